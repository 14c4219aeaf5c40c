"""End of speech by voice activity detection, and reading audio files as 16 kHz mono int16."""

from __future__ import annotations

import io
import struct
import wave

import numpy as np
import pytest

from skill.voice.audio_io import SAMPLE_RATE, AudioError, as_int16, frames, read_wav, resample, write_wav
from skill.voice.vad import VadSettings, segment_utterances, speech_span
from tests.voice_support import espeak, espeak_available, noise, silence

pytestmark = pytest.mark.skipif(not espeak_available(), reason="espeak-ng is not installed")


def seconds(audio: np.ndarray) -> float:
    return audio.size / SAMPLE_RATE


def test_two_utterances_separated_by_silence_are_two():
    first, second = espeak("my calf keeps twitching"), espeak("for three days")
    audio = np.concatenate([silence(0.6), first, silence(1.5), second, silence(1.0)])
    utterances = segment_utterances(audio)
    assert len(utterances) == 2
    # each keeps its speech (with a little padding), and neither swallows the other
    assert seconds(first) - 0.2 < seconds(utterances[0]) < seconds(first) + 1.3
    assert seconds(second) - 0.2 < seconds(utterances[1]) < seconds(second) + 1.3


def test_a_short_pause_inside_a_sentence_does_not_end_it():
    # espeak-ng ends each phrase with about 0.4 s of silence: a pause of about half a second
    audio = np.concatenate([silence(0.5), espeak("my calf"), silence(0.1), espeak("keeps twitching"), silence(1.0)])
    assert len(segment_utterances(audio)) == 1
    assert len(segment_utterances(audio, VadSettings(end_silence_ms=300))) == 2


def test_the_same_segmenter_works_frame_by_frame_as_on_a_microphone():
    audio = np.concatenate([silence(0.5), espeak("no"), silence(1.2), espeak("yes"), silence(1.2)])
    assert len(segment_utterances(frames(audio))) == 2


def test_silence_and_noise_are_no_utterance():
    assert segment_utterances(silence(3.0)) == []
    assert speech_span(silence(2.0)) is None
    assert len(segment_utterances(noise(2.0, 0.002))) == 0


def test_end_of_speech_comes_after_the_configured_silence():
    audio = np.concatenate([silence(0.5), espeak("stop"), silence(2.0)])
    short = segment_utterances(audio, VadSettings(end_silence_ms=300))[0]
    long = segment_utterances(audio, VadSettings(end_silence_ms=900))[0]
    assert 0.45 < seconds(long) - seconds(short) < 0.75


def test_a_long_utterance_is_cut_at_the_maximum():
    audio = np.concatenate([espeak("my eyelid has been twitching for three weeks since i started drinking coffee")] * 3)
    utterances = segment_utterances(audio, VadSettings(max_ms=3000))
    assert len(utterances) >= 2
    assert all(seconds(utterance) <= 3.01 for utterance in utterances)


def test_speech_span_trims_the_silence_around_one_utterance():
    speech = espeak("three days")
    span = speech_span(np.concatenate([silence(2.0), speech, silence(2.0)]))
    assert span is not None
    assert seconds(speech) - 0.2 < seconds(span) < seconds(speech) + 0.8


# -- reading audio ---------------------------------------------------------------------------------


def _wav(samples: np.ndarray, rate: int, channels: int = 1, width: int = 2) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(width)
        out.setframerate(rate)
        out.writeframes(samples.tobytes())
    return buffer.getvalue()


def _tone(rate: int, hz: float = 440.0, duration: float = 0.5) -> np.ndarray:
    t = np.arange(int(rate * duration)) / rate
    return np.sin(2 * np.pi * hz * t)


def _dominant_hz(samples: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(samples.astype(float)))
    return float(np.argmax(spectrum) * SAMPLE_RATE / samples.size)


def test_any_pcm_wav_becomes_16k_mono_int16(tmp_path):
    tone = _tone(22050)
    stereo = np.stack([tone, tone], axis=1)
    path = tmp_path / "stereo.wav"
    path.write_bytes(_wav((stereo * 16000).astype("<i2"), 22050, channels=2))
    audio = read_wav(path)
    assert audio.dtype == np.int16
    assert abs(audio.size - 8000) <= 1
    assert abs(_dominant_hz(audio) - 440) < 5  # resampled, not sped up
    eight_bit = _wav((_tone(8000) * 100 + 128).astype(np.uint8), 8000, width=1)
    assert abs(_dominant_hz(read_wav(eight_bit)) - 440) < 5


def test_float_wav_is_read(tmp_path):
    tone = (_tone(16000) * 0.5).astype("<f4")
    header = b"RIFF" + struct.pack("<I", 36 + tone.nbytes) + b"WAVE"
    fmt = b"fmt " + struct.pack("<IHHIIHH", 16, 3, 1, 16000, 64000, 4, 32)
    data = b"data" + struct.pack("<I", tone.nbytes) + tone.tobytes()
    audio = read_wav(header + fmt + data)
    assert abs(int(np.abs(audio).max()) - 16384) < 50


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no such file"), (b"not audio at all", "not a WAV file"), (b"RIFF\x00\x00\x00\x00WAVE", "not a WAV")],
)
def test_bad_files_raise_a_one_line_audio_error(tmp_path, content, message):
    path = tmp_path / "bad.wav"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(AudioError, match=message) as caught:
        read_wav(path)
    assert "\n" not in str(caught.value)


def test_an_encoding_we_cannot_read_says_so(tmp_path):
    header = b"RIFF" + struct.pack("<I", 40) + b"WAVE"
    fmt = b"fmt " + struct.pack("<IHHIIHH", 16, 7, 1, 8000, 8000, 1, 8)  # mu-law
    path = tmp_path / "mulaw.wav"
    path.write_bytes(header + fmt + b"data" + struct.pack("<I", 4) + b"\x00" * 4)
    with pytest.raises(AudioError, match="mu-law"):
        read_wav(path)


def test_write_and_read_round_trip(tmp_path):
    audio = (noise(0.3, 0.2)).astype(np.int16)
    assert np.array_equal(read_wav(write_wav(tmp_path / "x.wav", audio)), audio)
    assert np.array_equal(as_int16(audio.tobytes()), audio)


def test_resampling_keeps_length_in_time():
    assert resample(np.zeros(44100, np.float32), 44100).size == SAMPLE_RATE
