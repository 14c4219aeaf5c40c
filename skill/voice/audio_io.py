"""Audio in and out for the voice loop: WAV files as 16 kHz mono int16, the microphone, the speakers.

Everything the recogniser hears is 16 kHz, mono, signed 16-bit samples (`SAMPLE_RATE`). `read_wav` turns
any PCM WAV (8/16/24/32-bit integer or 32/64-bit float, any rate, any channels) into that; bad files raise
`AudioError` with a one-line reason. The microphone and playback go through sounddevice (PortAudio),
imported only when used, so reading files works on a machine without audio hardware.
"""

from __future__ import annotations

import io
import struct
import wave
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from skill.command_errors import CommandFailure
from skill.voice.riff import is_wave, wave_chunks

__all__ = [
    "FRAME_MS", "FRAME_SAMPLES", "SAMPLE_RATE", "AudioError", "AudioUnavailableError", "Microphone", "as_int16",
    "frames", "play_wav", "read_wav", "resample", "to_mono_int16", "write_wav",
]  # fmt: skip

SAMPLE_RATE = 16_000
FRAME_MS = 30
FRAME_SAMPLES = SAMPLE_RATE * FRAME_MS // 1000  # 480

_PORTAUDIO_HINT = (
    "install PortAudio (Debian/Ubuntu: sudo apt-get install libportaudio2) and check a microphone is connected, "
    "or give recorded files with --input"
)


class AudioError(CommandFailure):
    """A file that is not usable audio (missing, not WAV, an encoding we cannot read, empty)."""


class AudioUnavailableError(AudioError):
    """No sound device: PortAudio missing, no microphone or no speakers."""


def read_wav(source: str | Path | bytes) -> np.ndarray:
    """A WAV file (path or bytes) as 16 kHz mono int16 samples."""
    name = "audio" if isinstance(source, bytes) else str(source)
    try:
        data = source if isinstance(source, bytes) else Path(source).read_bytes()
    except FileNotFoundError:
        raise AudioError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise AudioError(f"{name}: is a directory") from None
    except OSError as error:
        raise AudioError(f"{name}: cannot read ({error.strerror or error})") from None
    if not is_wave(data):
        raise AudioError(f"{name}: not a WAV file")
    samples, rate, channels = _decode_wav(data, name)
    if samples.size == 0:
        raise AudioError(f"{name}: no audio in the file")
    return to_mono_int16(samples.reshape(-1, channels), rate)


def _decode_wav(data: bytes, name: str) -> tuple[np.ndarray, int, int]:
    """(samples as float in [-1, 1] interleaved, rate, channels) from the RIFF chunks."""
    fmt: tuple[int, int, int, int] | None = None
    payload: bytes | None = None
    for chunk, start, size in wave_chunks(data):
        body = data[start : start + size]
        if chunk == b"fmt " and len(body) >= 16:
            tag, channels, rate, _, _, bits = struct.unpack("<HHIIHH", body[:16])
            if tag == 0xFFFE and len(body) >= 26:  # WAVE_FORMAT_EXTENSIBLE: the real tag starts the sub-format
                tag = struct.unpack("<H", body[24:26])[0]
            fmt = (tag, channels, rate, bits)
        elif chunk == b"data":
            payload = body
            break
    if fmt is None or payload is None:
        raise AudioError(f"{name}: not a WAV file (no fmt or data chunk)")
    tag, channels, rate, bits = fmt
    if channels < 1 or rate < 4000:
        raise AudioError(f"{name}: unusable WAV format ({channels} channels, {rate} Hz)")
    width = bits // 8
    usable = len(payload) - len(payload) % (width * channels) if width else 0
    payload = payload[:usable]
    if tag == 1 and bits == 8:
        samples = (np.frombuffer(payload, np.uint8).astype(np.float32) - 128.0) / 128.0
    elif tag == 1 and bits == 16:
        samples = np.frombuffer(payload, "<i2").astype(np.float32) / 32768.0
    elif tag == 1 and bits == 24:
        raw = np.frombuffer(payload, np.uint8).reshape(-1, 3).astype(np.int32)
        value = raw[:, 0] | (raw[:, 1] << 8) | (raw[:, 2] << 16)
        samples = (np.where(value >= 1 << 23, value - (1 << 24), value) / float(1 << 23)).astype(np.float32)
    elif tag == 1 and bits == 32:
        samples = (np.frombuffer(payload, "<i4") / 2147483648.0).astype(np.float32)
    elif tag == 3 and bits in (32, 64):
        samples = np.frombuffer(payload, "<f4" if bits == 32 else "<f8").astype(np.float32)
    else:
        kind = {1: "PCM", 3: "float", 6: "A-law", 7: "mu-law"}.get(tag, f"format tag {tag}")
        raise AudioError(f"{name}: unsupported WAV encoding ({kind}, {bits} bits); use 16-bit PCM")
    return samples, rate, channels


def to_mono_int16(samples: np.ndarray, rate: int) -> np.ndarray:
    """Samples (frames × channels, or 1-D; float in [-1, 1] or int16) as 16 kHz mono int16."""
    array = np.asarray(samples)
    if array.dtype == np.int16:
        array = array.astype(np.float32) / 32768.0
    array = array.astype(np.float32)
    if array.ndim == 2:
        array = array.mean(axis=1)
    if rate != SAMPLE_RATE:
        array = resample(array, rate, SAMPLE_RATE)
    return (np.clip(array, -1.0, 32767 / 32768) * 32768.0).astype(np.int16)


def resample(samples: np.ndarray, rate: int, target: int = SAMPLE_RATE) -> np.ndarray:
    """Band-limited resampling of float samples (FFT: the spectrum cut or padded at the new Nyquist)."""
    if rate == target or samples.size == 0:
        return samples.astype(np.float32)
    count = max(1, round(samples.size * target / rate))
    spectrum = np.fft.rfft(samples.astype(np.float64))
    bins = count // 2 + 1
    if bins <= spectrum.size:
        spectrum = spectrum[:bins]
    else:
        spectrum = np.concatenate([spectrum, np.zeros(bins - spectrum.size, dtype=spectrum.dtype)])
    return (np.fft.irfft(spectrum, count) * (count / samples.size)).astype(np.float32)


def as_int16(audio: np.ndarray | bytes | bytearray | memoryview) -> np.ndarray:
    """16 kHz mono audio given as int16 samples or their raw little-endian bytes, as an int16 array."""
    if isinstance(audio, bytes | bytearray | memoryview):
        raw = bytes(audio)
        return np.frombuffer(raw[: len(raw) - len(raw) % 2], "<i2").astype(np.int16)
    array = np.asarray(audio)
    if array.dtype != np.int16:
        if np.issubdtype(array.dtype, np.floating):
            return (np.clip(array, -1.0, 32767 / 32768) * 32768.0).astype(np.int16)
        raise AudioError(f"audio must be int16 samples or bytes, not {array.dtype}")
    return array.reshape(-1)


def frames(audio: np.ndarray | bytes, frame_samples: int = FRAME_SAMPLES) -> Iterator[bytes]:
    """The audio in whole frames of raw int16 bytes (30 ms by default); a short tail is dropped."""
    samples = as_int16(audio)
    for start in range(0, samples.size - frame_samples + 1, frame_samples):
        yield samples[start : start + frame_samples].tobytes()


def write_wav(path: str | Path, audio: np.ndarray | bytes, rate: int = SAMPLE_RATE) -> Path:
    """Write int16 mono samples as a 16-bit PCM WAV file."""
    path = Path(path)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(as_int16(audio).tobytes())
    return path


def wav_bytes(audio: np.ndarray | bytes, rate: int = SAMPLE_RATE) -> bytes:
    """int16 mono samples as the bytes of a WAV file."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(as_int16(audio).tobytes())
    return buffer.getvalue()


def _sounddevice():
    try:
        import sounddevice
    except (ImportError, OSError) as error:  # OSError: the module is there but PortAudio is not
        raise AudioUnavailableError(f"no audio device ({error}); {_PORTAUDIO_HINT}") from None
    return sounddevice


class Microphone:
    """The default input device as a stream of 30 ms frames (16 kHz mono int16 bytes).

    Use as a context manager; the stream is open only inside it, so nothing is recorded while the
    answer is played back.
    """

    def __init__(self, device: int | str | None = None) -> None:
        self.device = device
        self._stream = None

    def __enter__(self) -> Microphone:
        sounddevice = _sounddevice()
        try:
            self._stream = sounddevice.RawInputStream(
                samplerate=SAMPLE_RATE, channels=1, dtype="int16", blocksize=FRAME_SAMPLES, device=self.device
            )
            self._stream.start()
        except Exception as error:  # PortAudioError, ValueError for a bad device
            self._stream = None
            raise AudioUnavailableError(f"cannot open the microphone ({error}); {_PORTAUDIO_HINT}") from None
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._stream is not None:
            self._stream.stop()
            self._stream.close()
            self._stream = None

    def __iter__(self) -> Iterator[bytes]:
        if self._stream is None:
            raise AudioUnavailableError("the microphone is not open")
        while True:
            data, _overflowed = self._stream.read(FRAME_SAMPLES)
            yield bytes(data)


def play_wav(path: str | Path, device: int | str | None = None) -> None:
    """Play a WAV file on the default output device and wait until it has been heard."""
    sounddevice = _sounddevice()
    with wave.open(str(path), "rb") as source:
        rate, channels, width = source.getframerate(), source.getnchannels(), source.getsampwidth()
        raw = source.readframes(source.getnframes())
    if width != 2:
        samples = read_wav(Path(path))
        rate, channels = SAMPLE_RATE, 1
    else:
        samples = np.frombuffer(raw, "<i2").reshape(-1, channels)
    try:
        sounddevice.play(samples, rate, device=device)
        sounddevice.wait()
    except Exception as error:
        raise AudioUnavailableError(f"cannot play audio ({error}); {_PORTAUDIO_HINT}") from None
