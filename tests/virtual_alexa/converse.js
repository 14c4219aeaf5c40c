#!/usr/bin/env node
/*
 * Holds one conversation with a skill's web endpoint through Bespoken's virtual-alexa.
 *
 * Usage: node converse.js <skill URL> <interaction model file> < script.json
 *
 * The script (stdin, or argv[4] as a JSON string) is an array of steps. The conversation always opens with a
 * LaunchRequest; then each step is either a string, spoken with alexa.utter() (it must match one of the model's
 * samples exactly), or {"intent": "Name", "slots": {"slot": "value"}}, sent with alexa.intend().
 *
 * Prints one JSON line per turn (the launch is turn 0):
 *   {"turn", "input", "request", "speech", "reprompt", "session_attributes", "session_ended", "session_active"}
 * where "request" is the request envelope exactly as virtual-alexa sent it, "session_attributes" are the
 * sessionAttributes of the skill's response, and "session_ended" is the response's shouldEndSession.
 *
 * Exits 2 on a usage error and 1 on any other error (unmatched utterance, HTTP status other than 200, bad JSON),
 * with a one-line message on stderr naming the turn.
 *
 * NODE_PATH must point at the node_modules directory that holds virtual-alexa (the tests install it in .cache/node).
 */
"use strict";

const fs = require("fs");

function fail(message, code) {
    process.stderr.write(`converse.js: ${message}\n`);
    process.exit(code);
}

function plainText(outputSpeech) {
    if (!outputSpeech) {
        return null;
    }
    if (outputSpeech.type === "SSML") {
        return outputSpeech.ssml
            .replace(/<[^>]*>/g, " ")
            .replace(/&apos;/g, "'")
            .replace(/&quot;/g, "\"")
            .replace(/&lt;/g, "<")
            .replace(/&gt;/g, ">")
            .replace(/&amp;/g, "&")
            .replace(/\s+/g, " ")
            .trim();
    }
    return outputSpeech.text;
}

function readScript(argv) {
    const source = argv.length > 4 ? argv[4] : fs.readFileSync(0, "utf8");
    let steps;
    try {
        steps = JSON.parse(source);
    } catch (error) {
        fail(`the script is not JSON: ${error.message}`, 2);
    }
    if (!Array.isArray(steps)) {
        fail("the script must be a JSON array of utterances or {\"intent\", \"slots\"} objects", 2);
    }
    return steps;
}

function describe(step) {
    return typeof step === "string" ? JSON.stringify(step) : `intent ${step.intent}`;
}

async function converse(url, modelPath, steps) {
    let va;
    try {
        va = require("virtual-alexa");
    } catch (error) {
        fail(`cannot load virtual-alexa (is NODE_PATH set to its node_modules?): ${error.message}`, 2);
    }
    const alexa = va.VirtualAlexa.Builder().skillURL(url).interactionModelFile(modelPath).create();
    let sent = null;
    alexa.filter((request) => {
        sent = JSON.parse(JSON.stringify(request));
    });

    const turns = [{ input: null, send: () => alexa.launch() }].concat(steps.map((step) => ({
        input: step,
        send: () => (typeof step === "string" ? alexa.utter(step) : alexa.intend(step.intent, step.slots || {})),
    })));

    for (let index = 0; index < turns.length; index += 1) {
        const turn = turns[index];
        const label = index === 0 ? "launch" : describe(turn.input);
        sent = null;
        let reply;
        try {
            reply = await turn.send();
        } catch (error) {
            // virtual-alexa rejects with a bare string for an HTTP status other than 200.
            fail(`turn ${index} (${label}): ${error && error.message ? error.message : error}`, 1);
        }
        const response = reply.response || {};
        const line = {
            turn: index,
            input: turn.input,
            request: sent,
            speech: plainText(response.outputSpeech),
            reprompt: response.reprompt ? plainText(response.reprompt.outputSpeech) : null,
            session_attributes: reply.sessionAttributes || {},
            session_ended: response.shouldEndSession === true,
            session_active: alexa.context().activeSession(),
        };
        process.stdout.write(JSON.stringify(line) + "\n");
    }
}

function main(argv) {
    if (argv.length < 4) {
        fail("usage: node converse.js <skill URL> <interaction model file> [script JSON] (else the script on stdin)", 2);
    }
    const steps = readScript(argv);
    converse(argv[2], argv[3], steps).catch((error) => fail(error && error.stack ? error.stack : String(error), 1));
}

main(process.argv);
