// The talk-to-it page: a conversation with the skill by keyboard, by voice (the browser's speech recognition) or
// with a screen reader. No libraries and nothing from the network: everything it needs is served by the dev server.
(() => {
  "use strict";

  const LAUNCH = "open muscle twitch helper";
  const ALOUD_KEY = "mth-console-speak-aloud";
  const $ = (id) => document.getElementById(id);
  const log = $("log");
  const statusLine = $("status");
  const form = $("say-form");
  const input = $("say");
  const talk = $("talk");
  const talkHelp = $("talk-help");
  const repeatButton = $("repeat");
  const resetButton = $("reset");
  const aloud = $("aloud");
  const player = $("player");
  const turns = $("turns");
  const Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
  const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");

  const state = {
    last: null, // {speech, audioUrl, audioFailed}
    busy: false,
    turnNumber: 0,
    attempt: 0, // each time an answer is spoken; a late failure of an older attempt is ignored
    wantAudio: false, // server audio was asked to play and has not finished
    fellBack: false, // this attempt already fell back to the browser's voice
    needsGesture: false, // the browser blocked sound until the person presses a key or clicks
    recognition: null,
    listening: false,
    heard: "",
  };

  // -- status and announcements -----------------------------------------------------------------------------

  let statusTimer = 0;
  function setStatus(message, kind = "info", shown = null) {
    // Cleared first, then set: a screen reader announces a message again even when it is the same words.
    // `shown` is a shorter text for the eye when the screen reader is to hear the whole `message`.
    window.clearTimeout(statusTimer);
    statusLine.textContent = "";
    statusLine.dataset.kind = kind;
    if (!message) return;
    statusTimer = window.setTimeout(() => {
      if (shown === null) {
        statusLine.textContent = message;
        return;
      }
      const heard = document.createElement("span");
      heard.className = "visually-hidden";
      heard.textContent = message;
      const seen = document.createElement("span");
      seen.setAttribute("aria-hidden", "true");
      seen.textContent = shown;
      statusLine.replaceChildren(heard, seen);
    }, 60);
  }

  function scrollToEntry(entry) {
    const block = entry.offsetHeight > window.innerHeight * 0.4 ? "start" : "nearest";
    entry.scrollIntoView({ block, behavior: reducedMotion.matches ? "auto" : "smooth" });
  }

  function addEntry(kind, text) {
    const entry = document.createElement("li");
    entry.className = `entry ${kind}`;
    if (kind !== "note") {
      const who = document.createElement("span");
      who.className = "who";
      who.textContent = kind === "you" ? "You said:" : "Helper:";
      entry.append(who, " ");
    }
    const body = document.createElement("span");
    body.className = "text";
    body.textContent = text;
    entry.append(body);
    if (kind === "skill") {
      for (const old of log.querySelectorAll(".latest")) old.classList.remove("latest");
      entry.classList.add("latest");
    }
    log.append(entry);
    scrollToEntry(entry);
    return entry;
  }

  function addDeveloperTurn(data) {
    const turn = data.turn;
    state.turnNumber += 1;
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    let title = `Turn ${state.turnNumber}: “${turn.utterance}” → ${turn.intent}`;
    if (turn.pending_question) title += `, asks ${turn.pending_question}`;
    if (turn.outcome) title += `, advice ${turn.outcome}`;
    summary.textContent = title;
    details.append(summary);
    const parts = [["Turn (as python -m skill chat --json prints it)", data.turn],
      ["Request envelope (JSON sent to the skill)", data.request],
      ["Response envelope (JSON the skill returned)", data.response]];
    for (const [heading, value] of parts) {
      const h = document.createElement("h3");
      h.textContent = heading;
      const pre = document.createElement("pre");
      pre.textContent = JSON.stringify(value, null, 2);
      details.append(h, pre);
    }
    turns.append(details);
  }

  // -- talking to the server -------------------------------------------------------------------------------

  let waitingTimer = 0;
  async function send(text, { typed = false } = {}) {
    text = text.trim();
    if (!text) {
      setStatus("Type something to say first.", "error");
      return false;
    }
    if (state.busy) {
      setStatus("Still waiting for the last answer. Please try again in a moment.", "error");
      return false;
    }
    state.busy = true;
    addEntry("you", text);
    if (typed) input.value = "";
    waitingTimer = window.setTimeout(() => setStatus("Waiting for the answer…"), 800);
    try {
      const reply = await fetch("/console/turn", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        credentials: "same-origin",
        body: JSON.stringify({ text }),
      });
      const data = await reply.json().catch(() => ({}));
      window.clearTimeout(waitingTimer);
      if (!reply.ok) {
        setStatus(`That was not sent: ${data.error || `the server answered ${reply.status}`}.`, "error");
        if (typed && !input.value) input.value = text;
        return false;
      }
      showAnswer(data);
      return true;
    } catch (error) {
      window.clearTimeout(waitingTimer);
      setStatus("The console cannot reach its server. Is “python -m skill serve --dev” still running?", "error");
      if (typed && !input.value) input.value = text;
      return false;
    } finally {
      state.busy = false;
    }
  }

  function showAnswer(data) {
    const turn = data.turn;
    if (data.session_restarted) {
      addEntry("note", "The server no longer had the earlier conversation (it restarted, or the page was idle " +
        "for a day), so this started a new one.");
    }
    if (turn.speech) addEntry("skill", turn.speech);
    if (turn.ended) addEntry("note", "The skill ended the session. Type or talk to start a new one.");
    addDeveloperTurn(data);
    setStatus("");
    if (!turn.speech) return;
    state.last = { speech: turn.speech, audioUrl: data.audio_url, audioFailed: false };
    loadAudio(state.last);
    speak();
  }

  async function startOver() {
    if (state.busy) {
      setStatus("Please wait for the answer first.", "error");
      return;
    }
    stopSpeaking();
    stopListening();
    try {
      await fetch("/console/reset", { method: "POST", credentials: "same-origin" });
    } catch (error) {
      // The new session starts anyway: a turn without a known cookie gets a fresh conversation.
    }
    log.replaceChildren();
    turns.replaceChildren();
    state.last = null;
    state.turnNumber = 0;
    loadAudio(null);
    setStatus("Started over.");
    await send(LAUNCH);
  }

  // -- speaking the answer ----------------------------------------------------------------------------------

  function loadAudio(last) {
    if (last && last.audioUrl) {
      if (player.getAttribute("src") !== last.audioUrl) player.setAttribute("src", last.audioUrl);
    } else {
      player.removeAttribute("src");
    }
    player.load();
  }

  function stopSpeaking() {
    state.wantAudio = false;
    if (!player.paused) player.pause();
    if ("speechSynthesis" in window) window.speechSynthesis.cancel();
  }

  function speak() {
    const last = state.last;
    if (!last) return;
    stopSpeaking();
    if (!aloud.checked) return;
    state.attempt += 1;
    state.fellBack = false;
    const attempt = state.attempt;
    if (!last.audioUrl || last.audioFailed) {
      browserVoice(last.speech);
      return;
    }
    state.wantAudio = true;
    try {
      player.currentTime = 0;
    } catch (error) {
      // Not seekable yet: it starts from the beginning anyway.
    }
    const playing = player.play();
    if (playing && playing.catch) {
      playing.catch((error) => {
        if (attempt !== state.attempt) return;
        if (error.name === "NotAllowedError") waitForGesture();
        else if (error.name !== "AbortError") fallBack(attempt);
      });
    }
  }

  function fallBack(attempt) {
    if (attempt !== state.attempt || state.fellBack || !state.last) return;
    state.fellBack = true;
    state.wantAudio = false;
    state.last.audioFailed = true;
    setStatus("The server's voice is not available, so the browser's own voice reads the answer.");
    browserVoice(state.last.speech);
  }

  function browserVoice(text) {
    if (!("speechSynthesis" in window) || !window.SpeechSynthesisUtterance) {
      setStatus("This browser cannot speak. The answer is shown in the conversation above.");
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = "en-US";
    utterance.onerror = (event) => {
      if (event.error === "not-allowed") waitForGesture();
    };
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(utterance);
  }

  function waitForGesture() {
    // Browsers block sound until someone interacts with the page: the first key press or click plays it.
    if (state.needsGesture) return;
    state.needsGesture = true;
    setStatus("Press any key or click anywhere to hear the answer aloud. It is also shown above.");
  }

  function onFirstGesture() {
    if (!state.needsGesture) return;
    state.needsGesture = false;
    speak();
  }

  player.addEventListener("error", () => {
    if (!state.last || player.getAttribute("src") !== state.last.audioUrl) return;
    state.last.audioFailed = true;
    if (state.wantAudio) fallBack(state.attempt);
  });
  player.addEventListener("ended", () => { state.wantAudio = false; });
  player.addEventListener("playing", () => {
    state.needsGesture = false;
  });

  function repeat() {
    if (!state.last) {
      setStatus("There is nothing to repeat yet.");
      return;
    }
    setStatus(`Repeating: ${state.last.speech}`, "info", "Repeating the last answer.");
    for (const entry of log.querySelectorAll(".latest")) scrollToEntry(entry);
    speak();
  }

  // -- listening (the browser's speech recognition) ---------------------------------------------------------

  const recognitionErrors = {
    "not-allowed": "The microphone is blocked. Allow it in the browser's site settings, or type instead.",
    "service-not-allowed": "This browser does not allow speech recognition here. Please type instead.",
    "no-speech": "Nothing was heard. Press Alt+T to try again, or type instead.",
    "audio-capture": "No microphone was found. Please type instead.",
    "network": "Speech recognition needs the browser's online speech service, which cannot be reached. " +
      "Please type instead.",
    "language-not-supported": "Speech recognition does not support English here. Please type instead.",
  };

  function setUpTalking() {
    if (!Recognition) {
      talk.setAttribute("aria-disabled", "true");
      talk.classList.add("unavailable");
      talkHelp.textContent = "Talking is not available: this browser has no speech recognition (Chrome, Edge " +
        "and Safari have it). Please type instead.";
      return;
    }
    talkHelp.textContent = "Talk (Alt+T, or Space when no box or button has focus), then speak: what you say is " +
      "sent when you pause. It uses the browser's speech recognition, which may need the internet.";
  }

  function setListening(listening) {
    state.listening = listening;
    talk.setAttribute("aria-pressed", String(listening));
    talk.querySelector(".label").textContent = listening ? "Stop listening" : "Talk";
  }

  function stopListening() {
    if (state.recognition && state.listening) state.recognition.abort();
  }

  function toggleTalk() {
    if (!Recognition) {
      setStatus(talkHelp.textContent, "error");
      input.focus();
      return;
    }
    if (state.listening) {
      state.recognition.stop(); // sends what was heard so far
      return;
    }
    stopSpeaking(); // it must not hear itself
    const recognition = new Recognition();
    recognition.lang = "en-US";
    recognition.interimResults = true;
    recognition.continuous = false;
    recognition.maxAlternatives = 1;
    state.heard = "";
    recognition.onstart = () => {
      setListening(true);
      setStatus("Listening. Speak now; press Alt+T again to stop.");
    };
    recognition.onresult = (event) => {
      let final = "";
      let interim = "";
      for (let i = 0; i < event.results.length; i += 1) {
        const text = event.results[i][0].transcript;
        if (event.results[i].isFinal) final += text;
        else interim += text;
      }
      state.heard = final;
      input.value = (final + interim).trim();
    };
    recognition.onerror = (event) => {
      if (event.error !== "aborted") {
        setStatus(recognitionErrors[event.error] || `Speech recognition failed (${event.error}). Please type.`,
          "error");
      }
    };
    recognition.onend = () => {
      setListening(false);
      state.recognition = null;
      const heard = state.heard.trim();
      state.heard = "";
      if (heard) {
        input.value = "";
        send(heard);
      }
    };
    state.recognition = recognition;
    try {
      recognition.start();
    } catch (error) {
      setListening(false);
      setStatus("Speech recognition could not start. Please type instead.", "error");
    }
  }

  // -- keyboard -----------------------------------------------------------------------------------------------

  function takesSpace(element) {
    // Space belongs to whatever has focus when it types, presses or toggles.
    if (!element || element === document.body) return false;
    return Boolean(element.closest("input, textarea, select, button, summary, a[href], audio, video, " +
      "[contenteditable], [tabindex]"));
  }

  document.addEventListener("keydown", onFirstGesture, { capture: true });
  document.addEventListener("pointerdown", onFirstGesture, { capture: true });

  document.addEventListener("keydown", (event) => {
    if (event.isComposing || event.ctrlKey || event.metaKey) return;
    if (event.altKey && !event.shiftKey) {
      const actions = { KeyT: toggleTalk, KeyR: repeat, KeyN: startOver };
      const action = actions[event.code];
      if (action) {
        event.preventDefault();
        if (!event.repeat) action();
      }
      return;
    }
    if (event.key === "Escape") {
      stopSpeaking();
      stopListening();
      return;
    }
    if ((event.key === " " || event.code === "Space") && !event.altKey && !takesSpace(event.target)) {
      event.preventDefault();
      if (!event.repeat) toggleTalk();
    }
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    send(input.value, { typed: true });
  });
  talk.addEventListener("click", toggleTalk);
  repeatButton.addEventListener("click", repeat);
  resetButton.addEventListener("click", startOver);

  try {
    aloud.checked = window.localStorage.getItem(ALOUD_KEY) !== "off";
  } catch (error) {
    // Storage may be off; the default (speak aloud) stays.
  }
  aloud.addEventListener("change", () => {
    try {
      window.localStorage.setItem(ALOUD_KEY, aloud.checked ? "on" : "off");
    } catch (error) {
      // Not remembered, still works.
    }
    if (!aloud.checked) stopSpeaking();
  });

  setUpTalking();
  // The skill starts launched, as on an Echo: the welcome is shown (and announced) at once, and heard as soon as
  // the browser allows sound.
  send(LAUNCH);
})();
