"""Render everything Muscle Twitch Helper can say to audio files plus an index.html, so a clinician can listen.

Usage: scripts/preview-prompts [--engine auto|gtts|piper|espeak] [--locale L] [--output DIR] [--format wav|mp3]
                               [--timeout S]

Items come from the content file (every level's action and title, reason, self-care tip, advice paragraph,
question prompt/reprompt/why, detail prompt and dialogue line; placeholders such as {symptoms} filled with a
representative value) and from real responses of the skill driven in-process (the launch, one final advice
per level, the A.L.S. answer). Output: DIR/<id>.wav (or .mp3) and DIR/index.html with each item's id, its
text and an audio player. Exit 0 when every item was spoken, 1 when some failed (listed in the index), 2 for
bad options.
"""

from __future__ import annotations

import argparse
import html
import logging
import string
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from skill.alexa.ssml import to_ssml
from skill.domain.content import Content, load_content
from skill.domain.locales import DEFAULT_LOCALE, SUPPORTED_LOCALES

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "dist" / "prompts"

# Representative values for the placeholders in content text.
SAMPLE_VALUES = {
    "symptoms": "trouble breathing",
    "topics": "weakness",
    "pattern": "it's in your eyelid",
    "parts": "calf",
    "part": "calf",
    "duration": "3 days",
    "frequency": "a few times a day",
    "triggers": "coffee",
    "signs": "weakness",
    "examples": "pins and needles",
    "choices": "a new medicine",
    "person": "your mom",
    "change": "no weakness",
}
# Per-item values where the default would read oddly.
_NERVE_SIGNS = {"signs": "weakness, numbness or tingling, or the muscle looking thinner",
                "examples": "dropping things or tripping, pins and needles or numb skin, or a muscle shrinking"}
_HEALTH_CHANGES = {"signs": "started or changed a medicine lately, noticed any other new symptoms, or could you be "
                             "pregnant",
                   "examples": "a new water pill or steroid, cramps or a headache, or a possible pregnancy",
                   "choices": "a new or changed medicine, other new symptoms, or a chance of pregnancy"}
ITEM_VALUES = {
    **{f"questions.nerve_signs.{part}": _NERVE_SIGNS for part in ("prompt", "reprompt", "short")},
    "detail_prompts.nerve_signs.prompt": _NERVE_SIGNS,
    **{f"questions.health_changes.{part}": _HEALTH_CHANGES for part in ("prompt", "reprompt", "short")},
    "detail_prompts.health_changes.prompt": _HEALTH_CHANGES,
    "reasons.stimulant_reaction": {"symptoms": "chest pain and a racing heartbeat"},
    "reasons.new_symptom": {"symptoms": "numbness or tingling"},
    "reasons.other_symptoms": {"symptoms": "cramps"},
}
ADVICE_KEYS = ("safety_net", "visit", "medicine_caution", "als")

# Conversations typed into the simulator: (id, utterances, the outcome the last turn should have).
CONVERSATIONS: tuple[tuple[str, tuple[str, ...], str | None], ...] = (
    ("response.launch", ("open muscle twitch helper",), None),
    (
        "response.advice.self_care",
        ("open muscle twitch helper", "my eyelid keeps twitching", "no", "no", "no", "yes", "about three days", "no"),
        "self_care",
    ),
    (
        "response.advice.see_doctor_if_persists",
        ("open muscle twitch helper", "my shoulder keeps twitching", "no", "no", "i don't know", "yes", "i'm not sure",
         "no"),
        "see_doctor_if_persists",
    ),
    ("response.advice.see_doctor_soon", ("open muscle twitch helper", "my leg keeps twitching", "no", "no",
                                         "yes, my leg is weak", "no, it came on slowly"), "see_doctor_soon"),
    ("response.advice.emergency", ("open muscle twitch helper", "my arm is twitching", "no", "no", "no",
                                   "i can't breathe"),
     "emergency"),
    ("response.als", ("open muscle twitch helper", "my thumb twitches", "no", "is it a. l. s."), None),
    ("response.help", ("open muscle twitch helper", "help"), None),
    ("response.stop", ("open muscle twitch helper", "my calf twitches", "stop"), None),
)  # fmt: skip


@dataclass(frozen=True)
class Item:
    id: str
    ssml: str  # what is spoken (plain content text is escaped into SSML)
    text: str  # what is shown
    note: str = ""


def content_items(content: Content | None = None) -> list[Item]:
    """Every prompt and advice text in the content file, placeholders filled, telephone numbers read as the skill
    reads them (digit by digit)."""
    content = content or load_content(DEFAULT_LOCALE)
    raw = content.raw
    items: list[Item] = []

    def add(item_id: str, text: str) -> None:
        # Spoken to the person about their own twitch ("have you"), as most conversations are.
        filled = _fill(text, {**content.grammar("you"), **SAMPLE_VALUES, **ITEM_VALUES.get(item_id, {})})
        ssml = to_ssml([filled], content.telephone_numbers)
        items.append(Item(item_id, ssml, filled, "sample values filled in" if filled != text else ""))

    for level_id, level in raw["levels"].items():
        add(f"levels.{level_id}.action", level["action"])
        add(f"dialogue.level_intro.{level_id}", _fill(content.line("level_intro"), {"level": level["title"]}))
    for reason_id in raw["reasons"]:
        add(f"reasons.{reason_id}", content.reason(reason_id))
    for trigger_id, tip in raw["self_care"].items():
        add(f"self_care.{trigger_id}", tip["text"])
    for key in ADVICE_KEYS:
        add(key, content.advice(key))
    for question_id in raw["questions"]:
        question = content.question(question_id)
        add(f"questions.{question_id}.prompt", question.prompt)
        add(f"questions.{question_id}.reprompt", question.reprompt)
        add(f"questions.{question_id}.why", question.why)
        add(f"questions.{question_id}.short", question.short)
    for question_id, detail in raw["detail_prompts"].items():
        add(f"detail_prompts.{question_id}.prompt", detail["prompt"])
        add(f"detail_prompts.{question_id}.reprompt", detail["reprompt"])
    for key, line in raw["dialogue"].items():
        if key == "level_intro":
            continue  # one per level, above
        if isinstance(line, list):
            for number, variant in enumerate(line, 1):
                add(f"dialogue.{key}.{number}", variant)
        else:
            add(f"dialogue.{key}", line)
    return items


def response_items(locale: str = DEFAULT_LOCALE) -> Iterator[Item]:
    """Real responses of the skill, driven in-process through the simulator, in `locale`."""
    from skill.local.simulator import ChatSession, ssml_to_text

    for item_id, utterances, expected in CONVERSATIONS:
        chat = ChatSession(locale=locale)
        turn = None
        for utterance in utterances:
            turn = chat.send(utterance)
        assert turn is not None
        note = "after: " + " / ".join(utterances)
        if expected and turn.outcome != expected:
            note += f" (warning: the outcome was {turn.outcome}, not {expected})"
            print(f"warning: {item_id} ended with outcome {turn.outcome}, not {expected}", file=sys.stderr)
        if turn.ssml:
            yield Item(item_id, turn.ssml, ssml_to_text(turn.ssml), note)


def all_items(locale: str = DEFAULT_LOCALE) -> list[Item]:
    return content_items(load_content(locale)) + list(response_items(locale))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="scripts/preview-prompts", description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=("auto", "gtts", "piper", "espeak"), default=None,
                        help="one engine, or auto for gtts -> piper -> espeak (default: auto or $MTH_TTS_ENGINES)")
    parser.add_argument("--locale", choices=SUPPORTED_LOCALES, default=DEFAULT_LOCALE,
                        help="whose words and voice (default en-US)")
    parser.add_argument("--output", type=Path, default=None,
                        help=f"folder (default {DEFAULT_OUTPUT}, or {DEFAULT_OUTPUT}/<locale> for another locale)")
    parser.add_argument("--format", choices=("wav", "mp3"), default="wav", help="audio format (default wav)")
    parser.add_argument("--timeout", type=float, default=4.0, help="seconds gTTS may take per item (default 4)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log which engine spoke each item")
    return parser  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from skill.voice.tts import Speaker, SpeechError, default_engines, engines_for_locale

    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s")
    out: Path = args.output or (DEFAULT_OUTPUT if args.locale == DEFAULT_LOCALE else DEFAULT_OUTPUT / args.locale)
    try:
        out.mkdir(parents=True, exist_ok=True)
        engines, notes = engines_for_locale(default_engines(args.engine), args.locale)
        for note in notes:
            print(f"note: {note}", file=sys.stderr)
        speaker = Speaker(engines, timeout_seconds=args.timeout)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    started = time.monotonic()
    rows: list[tuple[Item, str | None, str]] = []  # item, file name or None, engine or error
    engines: Counter[str] = Counter()
    for item in all_items(args.locale):
        name = f"{_safe(item.id)}.{args.format}"
        try:
            result = speaker.speak(item.ssml, out / name)
        except (SpeechError, ValueError) as exc:
            rows.append((item, None, f"failed: {exc}"))
            print(f"error: {item.id}: {exc}", file=sys.stderr)
            continue
        engines[result.engine] += 1
        seconds = f", {result.audio_seconds:.1f} s" if result.audio_seconds else ""
        rows.append((item, name, f"{result.engine} ({result.voice}){seconds}"))
    index = out / "index.html"
    index.write_text(_index_html(rows), encoding="utf-8")
    failed = sum(1 for _, name, _ in rows if name is None)
    spoken = ", ".join(f"{engine} {count}" for engine, count in engines.most_common()) or "none"
    elapsed = time.monotonic() - started
    print(f"{len(rows) - failed} of {len(rows)} items spoken ({spoken}) in {elapsed:.1f} s -> {index}")
    return 1 if failed else 0


def _fill(text: str, values: dict[str, str]) -> str:
    names = {name for _, name, _, _ in string.Formatter().parse(text) if name}
    for name in names:
        text = text.replace("{" + name + "}", values.get(name, name.replace("_", " ")))
    return text


def _safe(item_id: str) -> str:
    return "".join(char if char.isalnum() or char in "._-" else "_" for char in item_id)


def _index_html(rows: list[tuple[Item, str | None, str]]) -> str:
    body = []
    for item, name, spoken in rows:
        audio = (
            f'<audio controls preload="none" src="{html.escape(name)}"></audio>'
            if name
            else '<span class="failed">not spoken</span>'
        )
        note = f'<div class="note">{html.escape(item.note)}</div>' if item.note else ""
        body.append(
            f'<tr id="{html.escape(item.id)}" data-id="{html.escape(item.id)}">'
            f"<td><code>{html.escape(item.id)}</code></td>"
            f"<td>{html.escape(item.text)}{note}</td>"
            f"<td>{audio}<div class=\"engine\">{html.escape(spoken)}</div></td></tr>"
        )
    rows_html = "\n".join(body)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Muscle Twitch Helper: everything the skill says</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 1.5rem; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border-bottom: 1px solid #ccc; padding: .5rem; text-align: left; vertical-align: top; }}
code {{ font-size: .85rem; }}
.note, .engine {{ color: #555; font-size: .85rem; margin-top: .25rem; }}
.failed {{ color: #a00; }}
</style>
</head>
<body>
<h1>Muscle Twitch Helper: everything the skill says</h1>
<p>{len(rows)} items: each prompt and advice text from the content file, then real responses of the skill.
General information, not a diagnosis.</p>
<table>
<thead><tr><th>Id</th><th>Text</th><th>Listen</th></tr></thead>
<tbody>
{rows_html}
</tbody>
</table>
</body>
</html>
"""


if __name__ == "__main__":
    raise SystemExit(main())
