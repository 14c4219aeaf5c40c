"""`python -m skill speak "text or SSML" -o FILE [--engine gtts|piper|espeak|auto] [--locale en-GB]`: say it into
an audio file, in the locale's accent where the engine has one.

Prints one line (which engine spoke, the file, how long the audio is); each engine that has no voice for the
locale says on stderr which one it falls back to. Errors are raised as UsageError (exit 2:
empty text, an extension other than .wav/.mp3, a folder that cannot be written) or CommandFailure (exit 1:
no engine could speak); `skill.cli.main` reports them in one line.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import Any

from skill.command_errors import CommandFailure, UsageError

EXIT_OK = 0
ENGINE_CHOICES = ("auto", "gtts", "piper", "espeak")


def register(commands: Any) -> argparse.ArgumentParser:
    """Add the `speak` subcommand to an argparse subparsers object; its handler returns an exit status."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "speak",
        help="say text or SSML into a .wav or .mp3 file",
        description="Say text or SSML into an audio file with gTTS, Piper or espeak-ng (first that works).",
    )
    parser.add_argument("text", help='plain text or SSML, e.g. "<speak>Hello <break time=\'300ms\'/> there</speak>"')
    parser.add_argument("-o", "--output", required=True, type=Path, help="the audio file to write (.wav or .mp3)")
    parser.add_argument(
        "--engine",
        choices=ENGINE_CHOICES,
        default=None,
        help="one engine, or auto for the chain gtts -> piper -> espeak (default: auto, or $MTH_TTS_ENGINES)",
    )
    parser.add_argument("--timeout", type=float, default=None, help="seconds gTTS may take (default 4)")
    from skill.cli import add_locale_option

    add_locale_option(parser, "the accent: gTTS per region, espeak-ng en-us/en-gb, Piper US only")
    parser.add_argument("-v", "--verbose", action="store_true", help="log which engines were tried and why")
    parser.set_defaults(handler=run_speak)
    return parser


def run_speak(args: argparse.Namespace) -> int:
    """The `speak` handler: one line out; errors are raised for `skill.cli.main` to report in one line."""
    return _speak(args)


def _speak(args: argparse.Namespace) -> int:
    from skill.voice.ssml_text import ssml_to_speakable
    from skill.voice.tts import (
        DEFAULT_TIMEOUT_SECONDS,
        Speaker,
        SpeechError,
        SpeechOutputError,
        default_engines,
        engines_for_locale,
        format_for,
    )

    if args.verbose:
        logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    text = str(args.text or "")
    if not ssml_to_speakable(text):
        raise UsageError("nothing to say: the text is empty")
    out = Path(args.output)
    problem = _unwritable(out)
    if problem:
        raise UsageError(problem)
    try:
        format_for(out)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    timeout = args.timeout if args.timeout is not None else DEFAULT_TIMEOUT_SECONDS
    if timeout <= 0:
        raise UsageError("--timeout must be positive")
    try:
        engines, fallbacks = engines_for_locale(default_engines(args.engine), args.locale)  # None: $MTH_TTS_ENGINES
        for fallback in fallbacks:
            print(f"note: {fallback}", file=sys.stderr)
        speaker = Speaker(engines, timeout_seconds=timeout)
        result = speaker.speak(text, out)
    except (ValueError, SpeechOutputError) as exc:
        raise UsageError(str(exc)) from exc
    except SpeechError as exc:
        raise CommandFailure(str(exc)) from exc
    duration = f", {result.audio_seconds:.1f} s of audio" if result.audio_seconds else ""
    source = " (from the cache)" if result.cached else f" in {result.seconds:.2f} s"
    print(f"{result.engine} ({result.voice}) spoke{source} -> {result.path}{duration}")
    return EXIT_OK


def _unwritable(out: Path) -> str | None:
    if out.is_dir():
        return f"{out} is a folder; give a file name ending in .wav or .mp3"
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        return f"cannot write {out}: the folder {folder} does not exist"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"cannot write {out}: the folder {folder} is not writable"
    if out.exists() and not os.access(out, os.W_OK):
        return f"cannot write {out}: the file is read-only"
    return None

