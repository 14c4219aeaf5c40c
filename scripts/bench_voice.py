"""Voice without an Echo: time from the end of speech to the first sample of the spoken answer, per engine, and
offline recognition accuracy, on utterances synthesised here (no microphone, no network).

End of speech → first answer sample = the voice-activity detector noticing the silence (measured by feeding the
audio frame by frame, in audio time) + recognition + resolver and skill + synthesis of the answer's first sentence
(what a streaming player plays first). The baseline in the same run is the same pipeline with the answer audio
already cached (no synthesis), so the ratio shows what speaking costs.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from typing import Any

import numpy as np

from skill.local.interaction_model import load_interaction_model
from skill.local.resolver import Resolver
from skill.local.simulator import ChatSession
from skill.voice.audio_io import FRAME_MS, frames, read_wav
from skill.voice.engines import EspeakEngine, PiperEngine
from skill.voice.recognition import Recognizer
from skill.voice.ssml_text import ssml_to_speakable
from skill.voice.vad import UtteranceSegmenter

AIM_SECONDS = 1.5
# (what is said, the question pending, the intent and slots it should resolve to)
UTTERANCES = [
    ("my eyelid keeps twitching", None, "ReportTwitchIntent", {"bodyPart": ["eyelid"]}),
    ("my calf keeps twitching", None, "ReportTwitchIntent", {"bodyPart": ["calf"]}),
    ("my thumb is twitching", None, "ReportTwitchIntent", {"bodyPart": ["thumb"]}),
    ("no", "weakness", "AMAZON.NoIntent", {}),
    ("yes", "weakness", "AMAZON.YesIntent", {}),
    ("three days", "onset", "DurationIntent", {"duration": ["P3D"]}),
    ("two weeks", "onset", "DurationIntent", {"duration": ["P2W"]}),
    ("i don't know", "onset", "DontKnowIntent", {}),
    ("why do you ask", "medication", "WhyIntent", {}),
    ("repeat that", "sensation", "AMAZON.RepeatIntent", {}),
    ("help", None, "AMAZON.HelpIntent", {}),
    ("stop", None, "AMAZON.StopIntent", {}),
    ("start over", None, "AMAZON.StartOverIntent", {}),
    ("is it a l s", None, "AskAboutAlsIntent", {}),
    ("coffee and stress", "triggers", "DescribeTriggerIntent", {"trigger": ["caffeine", "stress"]}),
    ("i can't breathe", None, "DescribeSymptomIntent", {"symptom": ["difficulty_breathing"]}),
    ("a few times a day", "frequency", "FrequencyIntent", {"frequency": ["several_times_a_day"]}),
    ("my arm feels weak", None, "DescribeSymptomIntent", {"symptom": ["weakness"], "bodyPart": ["arm"]}),
]


def synthesise(engine: object, text: str) -> np.ndarray:
    """The utterance at 16 kHz, followed by a second of silence, as a microphone would hear it."""
    audio = read_wav(engine.synthesize(text, timeout=60))  # type: ignore[attr-defined]
    return np.concatenate([audio, np.zeros(16_000, dtype=np.int16)])


def end_of_speech_delay_ms(audio: np.ndarray, speech_samples: int) -> tuple[float, np.ndarray | None]:
    """How long after the speech ends the detector hands over the utterance (in audio time)."""
    segmenter = UtteranceSegmenter()
    for index, frame in enumerate(frames(audio)):
        utterance = segmenter.push(frame)
        if utterance is not None:
            return (index + 1) * FRAME_MS - speech_samples / 16, utterance
    return float("nan"), segmenter.flush()


def first_sentence(ssml: str) -> str:
    text = ssml_to_speakable(ssml)
    match = re.match(r"(.+?[.?!])(\s|$)", text)
    return match.group(1) if match else text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--voices", default="piper,espeak", help="voices that say the test utterances")
    parser.add_argument("--recognisers", default="whisper,whisper-no-prompt,pocketsphinx",
                        help="recognisers to compare, in the same run (whisper needs the whisper extra)")
    args = parser.parse_args()
    model = load_interaction_model()
    resolver = Resolver(model)
    speakers = {"piper": PiperEngine(), "espeak": EspeakEngine()}
    answer_engines = {name: engine for name, engine in speakers.items() if engine.available()}
    for engine in answer_engines.values():  # load models before timing
        engine.synthesize("ready", timeout=60)
    print(f"aim: first answer sample within {AIM_SECONDS} s of the end of speech")
    for name in args.recognisers.split(","):
        started = time.perf_counter()
        recognizer = build_recogniser(name, model)
        if recognizer is None:
            print(f"\n{name}: not installed, skipped")
            continue
        print(f"\n== {name}: loaded in {time.perf_counter() - started:.2f} s")
        run_voices(args.voices.split(","), recognizer, resolver, speakers, answer_engines)


def build_recogniser(name: str, model: Any) -> Any:
    """The recogniser by name; None when its package is not installed."""
    if name == "pocketsphinx":
        return Recognizer(model)
    from skill.voice.whisper_recognition import WhisperRecognizer, whisper_available

    if not whisper_available():
        return None
    return WhisperRecognizer(local_files_only=True, **({"initial_prompt": None} if name.endswith("no-prompt") else {}))


def run_voices(voices: list[str], recognizer: Any, resolver: Resolver, speakers: dict[str, Any],
               answer_engines: dict[str, Any]) -> None:
    for voice in voices:
        engine = speakers[voice]
        right = 0
        rows: dict[str, list[float]] = {"cached answer (baseline)": []}
        rows.update({f"answer by {name}": [] for name in answer_engines})
        asr_ms: list[float] = []
        for text, pending, intent, slots in UTTERANCES:
            audio = synthesise(engine, text)
            delay_ms, utterance = end_of_speech_delay_ms(audio, len(audio) - 16_000)
            heard = recognizer.recognise(utterance if utterance is not None else audio)
            asr_ms.append(heard.seconds * 1000)
            resolution = resolver.resolve(heard.text or "", pending)
            right += resolution.intent == intent and resolution.slot_ids() == slots
            chat = ChatSession(resolver=resolver)
            chat.send("open muscle twitch helper")
            skill_started = time.perf_counter()
            turn = chat.send(heard.text or "mumble")
            skill_ms = (time.perf_counter() - skill_started) * 1000
            pipeline_ms = delay_ms + heard.seconds * 1000 + skill_ms
            rows["cached answer (baseline)"].append(pipeline_ms)
            sentence = first_sentence(turn.ssml)
            for name, answer_engine in answer_engines.items():
                tts_started = time.perf_counter()
                answer_engine.synthesize(sentence, timeout=60)
                rows[f"answer by {name}"].append(pipeline_ms + (time.perf_counter() - tts_started) * 1000)
        print(f"\nutterances said by {voice}: recognition + resolution right {right}/{len(UTTERANCES)} "
              f"({right / len(UTTERANCES):.0%}); recognition p50 {statistics.median(asr_ms):.0f} ms")
        print(f"  {'end of speech → first answer sample':<40}{'p50 ms':>9}{'max ms':>9}{'vs aim':>9}{'vs cached':>11}")
        baseline = statistics.median(rows["cached answer (baseline)"])
        for label, values in rows.items():
            p50 = statistics.median(values)
            print(f"  {label:<40}{p50:>9.0f}{max(values):>9.0f}{p50 / (AIM_SECONDS * 1000):>8.2f}x"
                  f"{p50 / baseline:>10.2f}x")


if __name__ == "__main__":
    main()
