"""`python -m skill speak "text or SSML" -o FILE [--engine gtts|piper|espeak|auto]`: say it into an audio file.

Prints one line (which engine spoke, the file, how long the audio is). Errors are raised as UsageError (exit 2:
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
        engines = default_engines(args.engine)  # None: $MTH_TTS_ENGINES or the whole chain
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

