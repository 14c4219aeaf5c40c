"""Voice activity detection: where speech starts and ends, with webrtcvad.

webrtcvad classifies 10/20/30 ms frames of 16 kHz int16 audio as speech or not. `UtteranceSegmenter` turns
that frame stream into utterances, the same way for the live microphone (`push` one frame at a time) and
for files (`segment_utterances`):

- speech starts when most of the last `start_ms` (300 ms) of frames are speech; the `padding_ms` before
  it are kept, so the first consonant is not cut;
- it ends after `end_silence_ms` (700 ms) of mostly non-speech, the trailing silence kept as padding;
- an utterance longer than `max_ms` (15 s) is cut there.

700 ms is kept although it is most of the time to an answer: the synthetic voices of the corpus already pause up to
450 ms inside a line (espeak-ng at commas), and slow or effortful speakers pause longer (`voice --end-silence-ms`
lengthens it). The live loop recognises during the wait instead (`trailing_silence_ms`, `audio_so_far`: see
`skill.voice.listening`), so the wait no longer adds the recognition after it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from skill.voice.audio_io import FRAME_MS, FRAME_SAMPLES, SAMPLE_RATE, as_int16, frames

__all__ = ["VadSettings", "UtteranceSegmenter", "segment_utterances", "speech_span"]


@dataclass(frozen=True)
class VadSettings:
    aggressiveness: int = 2  # webrtcvad 0 (keeps most as speech) .. 3 (strictest)
    frame_ms: int = FRAME_MS
    start_ms: int = 300  # window that decides speech has started
    start_ratio: float = 0.6  # share of speech frames in that window
    end_silence_ms: int = 700  # silence that ends an utterance
    end_ratio: float = 0.9  # share of non-speech frames in that window
    padding_ms: int = 300  # audio kept before the start
    max_ms: int = 15_000  # longest utterance
    min_speech_ms: int = 120  # shorter bursts (a click, a cough) are not utterances


class UtteranceSegmenter:
    """Feed 30 ms frames (`push`); get each finished utterance back as int16 samples."""

    def __init__(self, settings: VadSettings | None = None, vad: object | None = None) -> None:
        import webrtcvad

        self.settings = settings or VadSettings()
        self._vad = vad or webrtcvad.Vad(self.settings.aggressiveness)
        ms = self.settings.frame_ms
        self._start_frames = max(1, self.settings.start_ms // ms)
        self._end_frames = max(1, self.settings.end_silence_ms // ms)
        self._padding_frames = max(self._start_frames, self.settings.padding_ms // ms)
        self._max_frames = max(1, self.settings.max_ms // ms)
        self._min_speech_frames = max(1, self.settings.min_speech_ms // ms)
        self.reset()

    def reset(self) -> None:
        self._before: deque[tuple[bytes, bool]] = deque(maxlen=self._padding_frames)
        self._window: deque[bool] = deque(maxlen=self._end_frames)
        self._current: list[bytes] = []
        self._speech_frames = 0
        self._trailing_silence = 0
        self.triggered = False

    def is_speech(self, frame: bytes) -> bool:
        return self._vad.is_speech(frame, SAMPLE_RATE)

    def push(self, frame: bytes) -> np.ndarray | None:
        """Take one frame; returns an utterance's samples when this frame finished one, else None."""
        speech = self.is_speech(frame)
        if not self.triggered:
            self._before.append((frame, speech))
            recent = list(self._before)[-self._start_frames :]
            voiced = sum(1 for _, flag in recent if flag)
            if len(recent) >= self._start_frames and voiced >= self.settings.start_ratio * self._start_frames:
                self.triggered = True
                self._current = [chunk for chunk, _ in self._before]
                self._speech_frames = sum(1 for _, flag in self._before if flag)
                self._before.clear()
                self._window.clear()
            return None
        self._current.append(frame)
        self._window.append(speech)
        self._speech_frames += speech
        self._trailing_silence = 0 if speech else self._trailing_silence + 1
        silent = sum(1 for flag in self._window if not flag)
        ended = len(self._window) == self._end_frames and silent >= self.settings.end_ratio * self._end_frames
        if ended or len(self._current) >= self._max_frames:
            return self._finish()
        return None

    @property
    def trailing_silence_ms(self) -> int:
        """How long the utterance in progress has been silent, up to now (0 while speaking or not triggered)."""
        return self._trailing_silence * self.settings.frame_ms if self.triggered else 0

    def audio_so_far(self) -> np.ndarray:
        """The utterance in progress as it would be handed over if it ended now (empty when not triggered)."""
        return np.frombuffer(b"".join(self._current), "<i2").astype(np.int16)

    def flush(self) -> np.ndarray | None:
        """The utterance in progress at the end of the input, if any."""
        return self._finish() if self.triggered else None

    def _finish(self) -> np.ndarray | None:
        audio = self.audio_so_far()
        enough = self._speech_frames >= self._min_speech_frames
        self.reset()
        return audio if enough else None


def segment_utterances(
    audio_frames: Iterable[bytes] | np.ndarray | bytes, settings: VadSettings | None = None
) -> list[np.ndarray]:
    """Split audio (30 ms frames of int16 bytes, or whole int16 audio) into utterances."""
    if isinstance(audio_frames, np.ndarray | bytes | bytearray):
        audio_frames = frames(audio_frames)
    segmenter = UtteranceSegmenter(settings)
    utterances = []
    for frame in audio_frames:
        utterance = segmenter.push(frame)
        if utterance is not None:
            utterances.append(utterance)
    last = segmenter.flush()
    if last is not None:
        utterances.append(last)
    return utterances


def speech_span(audio: np.ndarray | bytes, settings: VadSettings | None = None) -> np.ndarray | None:
    """The audio from the first speech to the last (with padding), or None when there is no speech at all.

    One file is one thing said: pauses inside it are kept, only the silence around it goes.
    """
    samples = as_int16(audio)
    settings = settings or VadSettings()
    segmenter = UtteranceSegmenter(settings)
    flags = [segmenter.is_speech(frame) for frame in frames(samples)]
    window = max(1, settings.start_ms // settings.frame_ms)
    starts = [
        index for index in range(len(flags)) if sum(flags[index : index + window]) >= settings.start_ratio * window
    ]
    if sum(flags) < max(1, settings.min_speech_ms // settings.frame_ms) or not starts:
        return None
    voiced = [index for index, flag in enumerate(flags) if flag]
    pad = max(1, settings.padding_ms // settings.frame_ms)
    first = max(0, starts[0] - pad)
    last = min(len(flags), voiced[-1] + 1 + pad)
    return samples[first * FRAME_SAMPLES : last * FRAME_SAMPLES]
