"""Playing an answer while it is still being synthesised.

`StreamPlayer.feed` takes each piece of speech as the speaker hands it over (`Speaker.speak(..., on_audio=...)`)
and returns at once; a thread of its own writes the pieces to the sound device in order, so the first sentence
is heard while the next is synthesised. `wait` returns when everything fed has been played, which is when the
microphone may open again (no barge-in: an open microphone would hear the answer).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any, Protocol

from skill.voice.audio_io import AudioUnavailableError, _sounddevice
from skill.voice.engines import AudioChunk

__all__ = ["Player", "StreamPlayer"]


class Player(Protocol):
    """Where the answers go in a live conversation."""

    def feed(self, chunk: AudioChunk) -> None:
        """Queue a piece of speech to play after the ones before it; returns at once."""
        ...

    def wait(self) -> None:
        """Return when everything fed so far has been heard."""
        ...


class _Stream(Protocol):
    def write(self, data: bytes) -> Any: ...
    def stop(self) -> Any: ...
    def close(self) -> Any: ...


_DRAIN = object()  # queued by `wait`: play out what is buffered and close the stream


class StreamPlayer:
    """Plays `AudioChunk`s on the default (or given) output device as they are fed, from its own thread.

    `open_stream(sample_rate)` opens a started 16-bit mono output stream (sounddevice's by default; tests give
    their own). A failure to play is raised by the next `wait`, as one line.
    """

    def __init__(self, device: int | str | None = None, open_stream: Callable[[int], _Stream] | None = None) -> None:
        self.device = device
        self._open_stream = open_stream or self._sounddevice_stream
        self._queue: queue.Queue[Any] = queue.Queue()
        self._drained = threading.Event()
        self._error: Exception | None = None
        self._thread = threading.Thread(target=self._run, name="answer-playback", daemon=True)
        self._thread.start()

    def feed(self, chunk: AudioChunk) -> None:
        self._queue.put(chunk)

    def wait(self) -> None:
        self._drained.clear()
        self._queue.put(_DRAIN)
        self._drained.wait()
        error, self._error = self._error, None
        if error is not None:
            raise AudioUnavailableError(f"cannot play audio ({' '.join(str(error).split())})") from None

    def _run(self) -> None:
        stream: _Stream | None = None
        rate = 0
        while True:
            item = self._queue.get()
            try:
                if item is _DRAIN:
                    stream = _played_out(stream)
                elif self._error is None:  # after a failure the rest of the answer is dropped
                    if stream is not None and item.sample_rate != rate:
                        stream = _played_out(stream)
                    if stream is None:
                        stream, rate = self._open_stream(item.sample_rate), item.sample_rate
                    stream.write(item.pcm)
            except Exception as error:  # PortAudio errors, a device that went away: `wait` reports it
                self._error = error
                stream = None
            finally:
                if item is _DRAIN:
                    self._drained.set()

    def _sounddevice_stream(self, sample_rate: int) -> _Stream:
        stream = _sounddevice().RawOutputStream(samplerate=sample_rate, channels=1, dtype="int16", device=self.device)
        stream.start()
        return stream  # type: ignore[no-any-return]


def _played_out(stream: _Stream | None) -> None:
    """Close `stream` once its buffered audio has been played (`stop` returns then); None, the stream now closed."""
    if stream is not None:
        stream.stop()
        stream.close()
    return None
