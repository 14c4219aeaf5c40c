// The talk-to-it page: a conversation with the skill by keyboard, by voice (recorded here and recognised offline by
// the dev server, or the browser's own speech recognition) or with a screen reader. No libraries and nothing from the
// network: everything it needs is served by the dev server.
(() => {
  "use strict";

  // This file is also the recorder's AudioWorklet module (the page's policy allows scripts from this server only,
  // and one file keeps it so): in that scope there is no document, only the processor below. It hands the
  // microphone's samples to the page in blocks of 4096, and what is left when the page asks ("flush").
  if (typeof AudioWorkletProcessor === "function" && typeof registerProcessor === "function") {
    class Recorder extends AudioWorkletProcessor {
      constructor() {
        super();
        this.block = new Float32Array(4096);
        this.filled = 0;
        this.port.onmessage = (event) => {
          if (event.data !== "flush") return;
          this.hand();
          this.port.postMessage("flushed");
        };
      }

      hand() {
        if (this.filled) this.port.postMessage(this.block.slice(0, this.filled));
        this.filled = 0;
      }

      process(inputs) {
        const samples = inputs[0] && inputs[0][0]; // mono: the node mixes the microphone down to one channel
        if (samples) {
          for (let i = 0; i < samples.length; i += 1) {
            this.block[this.filled] = samples[i];
            this.filled += 1;
            if (this.filled === this.block.length) this.hand();
          }
        }
        return true;
      }
    }
    registerProcessor("mth-recorder", Recorder);
    return;
  }

  const LAUNCH = "open muscle twitch helper";
  const ALOUD_KEY = "mth-console-speak-aloud";
  const RECOGNITION_KEY = "mth-console-recognition";
  const SCRIPT_URL = (document.currentScript && document.currentScript.src) || "/console/static/console.js";
  const MAX_RECORDING_SECONDS = 30; // the most the server takes
  const MIN_RECORDING_SECONDS = 0.2;
  const HOLD_MS = 400; // Space held at least this long is push-to-talk: letting go sends
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
  const serverChoice = $("recognise-server");
  const browserChoice = $("recognise-browser");
  const browserChoiceHelp = $("recognise-browser-help");
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
    mode: "server", // who recognises speech: "server" (recorded here, recognised offline) or "browser"
    recognition: null, // the browser's SpeechRecognition while it listens
    recording: null, // the microphone recording while the server mode listens
    listening: false,
    heard: "",
    spaceHeld: false, // this Space press started a recording, which letting go may send
    spaceDownAt: 0,
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
  async function exchange(url, init, { waiting = "Waiting for the answer…", failed = "That was not sent" } = {}) {
    // One turn's request: its JSON when answered, null when not (the status line then says why).
    state.busy = true;
    if (waiting) waitingTimer = window.setTimeout(() => setStatus(waiting), 800);
    try {
      const reply = await fetch(url, { method: "POST", credentials: "same-origin", ...init });
      const data = await reply.json().catch(() => ({}));
      window.clearTimeout(waitingTimer);
      if (!reply.ok) {
        setStatus(`${failed}: ${data.error || `the server answered ${reply.status}`}.`, "error");
        return null;
      }
      return data;
    } catch (error) {
      window.clearTimeout(waitingTimer);
      setStatus("The console cannot reach its server. Is “python -m skill serve --dev” still running?", "error");
      return null;
    } finally {
      state.busy = false;
    }
  }

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
    addEntry("you", text);
    if (typed) input.value = "";
    const data = await exchange("/console/turn", {
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text }),
    });
    if (!data) {
      if (typed && !input.value) input.value = text;
      return false;
    }
    showAnswer(data);
    return true;
  }

  async function sendRecording(wav) {
    // The server recognises the recording and answers it as it answers typed text; "heard" is what it made out.
    if (state.busy) {
      setStatus("Still waiting for the last answer. Please try again in a moment.", "error");
      return false;
    }
    setStatus("Recognising what you said…");
    const data = await exchange("/console/listen", { headers: { "Content-Type": "audio/wav" }, body: wav },
      { waiting: null, failed: "What you said was not recognised" });
    if (!data) return false;
    const heard = (data.heard || "").trim();
    addEntry("you", heard || "(nothing the server could make out)");
    showAnswer(data);
    setStatus(heard ? `Heard: ${heard}` : "Heard nothing clear, so the skill asks again.");
    return true;
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

  // -- listening: who recognises speech ------------------------------------------------------------------------

  function canRecord() {
    return Boolean(navigator.mediaDevices && navigator.mediaDevices.getUserMedia &&
      (window.AudioContext || window.webkitAudioContext));
  }

  function setUpTalking() {
    browserChoice.disabled = !Recognition;
    if (!Recognition) {
      browserChoiceHelp.textContent = "Not available: this browser has no speech recognition of its own.";
    }
    const server = state.mode === "server";
    const available = server ? canRecord() : Boolean(Recognition);
    talk.classList.toggle("unavailable", !available);
    if (available) talk.removeAttribute("aria-disabled");
    else talk.setAttribute("aria-disabled", "true");
    if (server) {
      talkHelp.textContent = available
        ? "Talk (Alt+T, or Space when no box or button has focus), speak, then press it again to send; or hold " +
          "Space while you speak and let go. Recorded here and recognised by the development server on this " +
          "machine, offline."
        : "Talking is not available: this page cannot use a microphone here. Choose browser recognition, or type.";
    } else {
      talkHelp.textContent = available
        ? "Talk (Alt+T, or Space when no box or button has focus), then speak: what you say is sent when you " +
          "pause. It uses the browser's speech recognition, which may need the internet."
        : "Talking is not available: this browser has no speech recognition (Chrome, Edge and Safari have it). " +
          "Choose server recognition, or type.";
    }
  }

  function setMode(mode, { remember = true } = {}) {
    if (mode !== "browser" || !Recognition) mode = "server";
    if (mode !== state.mode) stopListening();
    state.mode = mode;
    serverChoice.checked = mode === "server";
    browserChoice.checked = mode === "browser";
    if (remember) {
      try {
        window.localStorage.setItem(RECOGNITION_KEY, mode);
      } catch (error) {
        // Not remembered, still works.
      }
    }
    setUpTalking();
  }

  function setListening(listening) {
    state.listening = listening;
    talk.setAttribute("aria-pressed", String(listening));
    const stop = state.mode === "server" ? "Stop and send" : "Stop listening";
    talk.querySelector(".label").textContent = listening ? stop : "Talk";
  }

  function stopListening() {
    // Escape, start over, another mode: nothing heard so far is sent.
    if (state.recording) stopRecording({ send: false });
    if (state.recognition && state.listening) state.recognition.abort();
  }

  function toggleTalk() {
    if (state.mode === "server") {
      if (!canRecord()) {
        setStatus(talkHelp.textContent, "error");
        input.focus();
        return;
      }
      if (state.recording) stopRecording();
      else startRecording();
      return;
    }
    toggleBrowserRecognition();
  }

  // -- server recognition: the microphone recorded here as 16-bit PCM WAV, recognised by the dev server --------

  const microphoneErrors = {
    NotAllowedError: "The microphone is blocked. Allow it in the browser's site settings, or type instead.",
    SecurityError: "The microphone is blocked. Allow it in the browser's site settings, or type instead.",
    NotFoundError: "No microphone was found. Please type instead.",
    NotReadableError: "The microphone is in use by another program or cannot be read. Please type instead.",
    OverconstrainedError: "The microphone cannot record here. Please type instead.",
  };

  async function startRecording() {
    const AudioContextClass = window.AudioContext || window.webkitAudioContext;
    const recording = {
      phase: "starting", stopWanted: false, sendWanted: true, context: null, stream: null, node: null,
      chunks: [], length: 0, limitTimer: 0, flush: () => Promise.resolve(),
    };
    state.recording = recording;
    stopSpeaking(); // it must not hear itself
    setListening(true);
    setStatus("Starting the microphone…");
    try {
      // Made at the key press, so the browser lets it run; at the hardware's rate (the server resamples), unless
      // that is above the 48 kHz the server takes.
      recording.context = new AudioContextClass();
      if (recording.context.sampleRate > 48000) {
        recording.context.close().catch(() => {});
        recording.context = new AudioContextClass({ sampleRate: 48000 });
      }
      recording.stream = await navigator.mediaDevices.getUserMedia({
        audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true, autoGainControl: true },
      });
      if (recording.context.state === "suspended") await recording.context.resume();
      recording.node = await recorderNode(recording);
      const source = recording.context.createMediaStreamSource(recording.stream);
      const mute = recording.context.createGain(); // the graph must reach the speakers to run; silently
      mute.gain.value = 0;
      source.connect(recording.node);
      recording.node.connect(mute);
      mute.connect(recording.context.destination);
    } catch (error) {
      releaseRecording(recording);
      if (state.recording === recording) {
        state.recording = null;
        setListening(false);
      }
      const reason = (error && error.message) || String(error);
      setStatus(microphoneErrors[error && error.name] || `The microphone could not start (${reason}). ` +
        "Please type instead.", "error");
      return;
    }
    recording.phase = "recording";
    recording.limitTimer = window.setTimeout(() => {
      addEntry("note", `Stopped listening after ${MAX_RECORDING_SECONDS} seconds, the longest one recording can be.`);
      stopRecording();
    }, MAX_RECORDING_SECONDS * 1000 - 250);
    if (recording.stopWanted) {
      stopRecording({ send: recording.sendWanted });
      return;
    }
    setStatus("Listening… Speak, then press Space or Alt+T again to send. Escape cancels.", "info", "Listening…");
  }

  async function recorderNode(recording) {
    const context = recording.context;
    const keep = (samples) => {
      recording.chunks.push(samples);
      recording.length += samples.length;
    };
    if (context.audioWorklet && window.AudioWorkletNode) {
      try {
        await context.audioWorklet.addModule(SCRIPT_URL);
        const node = new AudioWorkletNode(context, "mth-recorder",
          { numberOfInputs: 1, numberOfOutputs: 1, channelCount: 1, channelCountMode: "explicit" });
        let flushed = null;
        node.port.onmessage = (event) => {
          if (event.data === "flushed") {
            if (flushed) flushed();
          } else {
            keep(event.data);
          }
        };
        recording.flush = () => new Promise((resolve) => {
          flushed = resolve;
          node.port.postMessage("flush");
          window.setTimeout(resolve, 500); // whatever arrived by then
        });
        return node;
      } catch (error) {
        // No worklet here: the older processor node below does the same on the page's own thread.
      }
    }
    const node = context.createScriptProcessor(4096, 1, 1);
    node.onaudioprocess = (event) => keep(new Float32Array(event.inputBuffer.getChannelData(0)));
    return node;
  }

  async function stopRecording({ send = true } = {}) {
    const recording = state.recording;
    if (!recording) return;
    if (recording.phase === "starting") { // still asking for the microphone: stop as soon as it is there
      recording.stopWanted = true;
      recording.sendWanted = send;
      return;
    }
    if (recording.phase !== "recording") return;
    recording.phase = "stopping";
    window.clearTimeout(recording.limitTimer);
    if (send) await recording.flush();
    const rate = recording.context.sampleRate;
    releaseRecording(recording);
    if (state.recording === recording) state.recording = null;
    setListening(false);
    if (!send) {
      setStatus("Stopped listening. Nothing was sent.");
      return;
    }
    if (recording.length < rate * MIN_RECORDING_SECONDS) {
      setStatus("Nothing was recorded. Press Space or Alt+T, speak, then press it again.", "error");
      return;
    }
    await sendRecording(wavFile(recording.chunks, recording.length, rate));
  }

  function releaseRecording(recording) {
    window.clearTimeout(recording.limitTimer);
    if (recording.stream) for (const track of recording.stream.getTracks()) track.stop();
    if (recording.node) recording.node.disconnect();
    if (recording.context && recording.context.state !== "closed") recording.context.close().catch(() => {});
  }

  function wavFile(chunks, length, rate) {
    // 16-bit PCM, mono, at the recording's rate: a 44-byte header and the samples, little-endian.
    const count = Math.min(length, Math.floor(rate * MAX_RECORDING_SECONDS) - 1);
    const view = new DataView(new ArrayBuffer(44 + count * 2));
    const ascii = (offset, text) => {
      for (let i = 0; i < text.length; i += 1) view.setUint8(offset + i, text.charCodeAt(i));
    };
    ascii(0, "RIFF");
    view.setUint32(4, 36 + count * 2, true);
    ascii(8, "WAVE");
    ascii(12, "fmt ");
    view.setUint32(16, 16, true); // the format chunk's size
    view.setUint16(20, 1, true); // PCM
    view.setUint16(22, 1, true); // mono
    view.setUint32(24, rate, true);
    view.setUint32(28, rate * 2, true); // bytes per second
    view.setUint16(32, 2, true); // bytes per sample
    view.setUint16(34, 16, true); // bits per sample
    ascii(36, "data");
    view.setUint32(40, count * 2, true);
    let offset = 44;
    let written = 0;
    for (const chunk of chunks) {
      for (let i = 0; i < chunk.length && written < count; i += 1) {
        const sample = Math.max(-1, Math.min(1, chunk[i]));
        view.setInt16(offset, sample < 0 ? sample * 0x8000 : sample * 0x7fff, true);
        offset += 2;
        written += 1;
      }
    }
    return new Blob([view.buffer], { type: "audio/wav" });
  }

  // -- browser recognition (the browser's own SpeechRecognition) ---------------------------------------------

  const recognitionErrors = {
    "not-allowed": "The microphone is blocked. Allow it in the browser's site settings, or type instead.",
    "service-not-allowed": "This browser does not allow speech recognition here. Please type instead.",
    "no-speech": "Nothing was heard. Press Alt+T to try again, or type instead.",
    "audio-capture": "No microphone was found. Please type instead.",
    "network": "Speech recognition needs the browser's online speech service, which cannot be reached. " +
      "Choose server recognition, or type instead.",
    "language-not-supported": "Speech recognition does not support English here. Please type instead.",
  };

  function toggleBrowserRecognition() {
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
    if (isSpace(event) && !event.altKey && !takesSpace(event.target)) {
      event.preventDefault();
      if (event.repeat) return;
      // A press that starts a recording may be held: letting go after HOLD_MS sends it (push-to-talk); a quick
      // press leaves it listening until the next press.
      state.spaceHeld = state.mode === "server" && !state.listening;
      state.spaceDownAt = performance.now();
      toggleTalk();
    }
  });

  document.addEventListener("keyup", (event) => {
    if (!isSpace(event) || !state.spaceHeld) return;
    state.spaceHeld = false;
    if (performance.now() - state.spaceDownAt >= HOLD_MS) stopRecording();
  });

  function isSpace(event) {
    return event.key === " " || event.code === "Space";
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    send(input.value, { typed: true });
  });
  talk.addEventListener("click", toggleTalk);
  for (const choice of [serverChoice, browserChoice]) {
    choice.addEventListener("change", () => {
      if (choice.checked) setMode(choice.value);
    });
  }
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

  let savedMode = "server";
  try {
    savedMode = window.localStorage.getItem(RECOGNITION_KEY) || "server";
  } catch (error) {
    // Storage may be off; server recognition (offline) stays the default.
  }
  setMode(savedMode, { remember: false });
  // The skill starts launched, as on an Echo: the welcome is shown (and announced) at once, and heard as soon as
  // the browser allows sound.
  send(LAUNCH);
})();
