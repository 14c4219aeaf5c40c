"""Listening live: the next utterance from a stream of microphone frames, with its recognition started early.

The detector hands an utterance over only after `end_silence_ms` of silence (700 ms by default: shorter cuts off
people who pause mid-sentence). Waiting and then recognising would put the whole recognition after that wait.
`listen_and_recognise` starts recognising as soon as the pause reaches a third of it (240 ms of 700, in whole
30 ms frames), on a worker thread, with the audio as it would be handed over at that moment:

- if the pause turns out to be the end, that result is used: the audio it heard differs from the utterance only
  by the silent frames after it, and the rest of the wait was spent recognising instead of idling;
- if the person speaks again, the early result is dropped (never used, never logged) and the next pause starts
  another, so nothing said after a pause is ever lost;
- recognitions run one at a time on the worker, so a recogniser that is not thread-safe (pocketsphinx) is safe.

The end-of-speech wait itself is unchanged; only the recognition moves into it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from skill.voice.audio_io import FRAME_MS
from skill.voice.recognition import Recognition, Recognizer
from skill.voice.vad import UtteranceSegmenter, VadSettings

__all__ = ["EARLY_SHARE", "Heard", "early_recognition_ms", "listen_and_recognise", "listen_for_utterance"]

#: Recognition starts when the pause has lasted this share of the end-of-speech silence. The detector decides the end
#: after 630-690 ms of a 700 ms wait (90% of its frames silent), so a third (240 ms) leaves 390-450 ms for recognising:
#: more than tiny.en takes on 2 cores with its short window (`skill.voice.whisper_recognition`), while pauses
#: between words, shorter than that, start no recognition that is then dropped.
EARLY_SHARE = 1 / 3


@dataclass(frozen=True)
class Heard:
    """One utterance and what the recogniser made of it."""

    audio: np.ndarray
    recognition: Recognition
    early: bool  # recognised during the end-of-speech wait (False: after it)


def early_recognition_ms(settings: VadSettings) -> int:
    """The pause after which recognition starts, in ms (a whole number of frames, at least one)."""
    frames = max(1, round(settings.end_silence_ms * EARLY_SHARE / settings.frame_ms))
    return frames * settings.frame_ms


def listen_for_utterance(
    frames: Iterable[bytes], timeout_seconds: float, settings: VadSettings | None = None
) -> np.ndarray | None:
    """The next utterance from a frame stream; None when no speech starts within `timeout_seconds`."""
    return _next_utterance(frames, UtteranceSegmenter(settings), timeout_seconds)


def _next_utterance(
    frames: Iterable[bytes],
    segmenter: UtteranceSegmenter,
    timeout_seconds: float,
    after_frame: Callable[[UtteranceSegmenter], None] | None = None,
) -> np.ndarray | None:
    """The next utterance `segmenter` hands over from `frames`; None when no speech starts within `timeout_seconds`.
    `after_frame` sees the segmenter after each frame that ended no utterance."""
    waited = 0.0
    for frame in frames:
        utterance = segmenter.push(frame)
        if utterance is not None:
            return utterance
        if after_frame is not None:
            after_frame(segmenter)
        if not segmenter.triggered:
            waited += FRAME_MS / 1000
            if waited >= timeout_seconds:
                return None
    return segmenter.flush()


def listen_and_recognise(
    frames: Iterable[bytes],
    recognizer: Recognizer,
    timeout_seconds: float,
    settings: VadSettings | None = None,
    *,
    early: bool = True,
) -> Heard | None:
    """The next utterance and its recognition; None when no speech starts within `timeout_seconds`.

    With `early` (the default) recognition starts during the end-of-speech wait (see the module's docstring);
    without it, after the wait, as `listen_for_utterance` followed by `recognise` would.
    """
    segmenter = UtteranceSegmenter(settings)
    start_after_ms = early_recognition_ms(segmenter.settings)
    worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="recognition")
    pending: Future[Recognition] | None = None  # started during the current pause; dropped if speech resumes

    def drop() -> None:
        nonlocal pending
        if pending is not None:
            pending.cancel()  # a recognition already running finishes on the worker; its result is ignored
            pending = None

    def heard(audio: np.ndarray) -> Heard:
        if pending is not None:  # the pause it started in was the end: only silence came after
            return Heard(audio, pending.result(), True)
        return Heard(audio, worker.submit(recognizer.recognise, audio).result(), False)

    def watch(segmenter: UtteranceSegmenter) -> None:
        nonlocal pending
        if not segmenter.triggered or segmenter.trailing_silence_ms == 0:
            drop()  # nothing yet, a burst too short to be speech, or speaking (again)
        elif early and pending is None and segmenter.trailing_silence_ms >= start_after_ms:
            pending = worker.submit(recognizer.recognise, segmenter.audio_so_far())

    try:
        utterance = _next_utterance(frames, segmenter, timeout_seconds, watch)
        return heard(utterance) if utterance is not None else None
    finally:
        # Nothing is running once a result is back (the worker runs in order); after a timeout a dropped recognition
        # may be, and is waited for, so that the next listen never runs two at once.
        worker.shutdown(wait=True, cancel_futures=True)
