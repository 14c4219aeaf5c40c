"""Write interaction_model/<locale>.json for every locale but en-US: the en-US model with that locale's overlay.

en-US.json is the hand-edited base. Each other locale keeps only what makes it different in
interaction_model/locales/<locale>.json, and this script writes the full model Alexa needs from the two:

    {
      "locale": "en-GB",
      "replaceWords": {"nine one one": "nine nine nine"},     # whole words, in every sample of the base
      "removeSamples": {"UrgencyQuestionIntent": ["should i call triple zero"]},
      "samples": {"UrgencyQuestionIntent": ["should i go to casualty"]},
      "synonyms": {"TRIGGER": {"lack_of_sleep": ["cream crackered"]}},
      "names": {"PERSON": {"mother": "mum"}}                  # the value's spoken name; its id never changes
    }

Value ids are the base's, so the skill understands every locale alike. The written files are committed (they are
what `ask deploy` uploads); tests/test_locale_models.py fails when they differ from what this script writes.
`--check` only reports whether they do.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
MODEL_DIR = REPO_ROOT / "interaction_model"
BASE_LOCALE = "en-US"
OVERLAY_KEYS = {"locale", "replaceWords", "removeSamples", "samples", "synonyms", "names", "comment"}


class OverlayError(Exception):
    """An overlay names an intent, type or value the base does not have, or contradicts itself."""


def overlay_path(locale: str) -> Path:
    return MODEL_DIR / "locales" / f"{locale}.json"


def overlay_locales() -> list[str]:
    """The locales with an overlay, in the order of skill.domain.locales.SUPPORTED_LOCALES."""
    from skill.domain.locales import SUPPORTED_LOCALES

    return [locale for locale in SUPPORTED_LOCALES if locale != BASE_LOCALE and overlay_path(locale).exists()]


def build(base: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    """The base model (a decoded ASK document) with `overlay` applied; the base is not changed."""
    unknown = set(overlay) - OVERLAY_KEYS
    if unknown:
        raise OverlayError(f"unknown overlay keys {sorted(unknown)}")
    document = copy.deepcopy(base)
    language_model = document["interactionModel"]["languageModel"]
    intents = {intent["name"]: intent for intent in language_model["intents"]}
    types = {slot_type["name"]: slot_type for slot_type in language_model.get("types", [])}

    replacements = [(re.compile(rf"(?<![\w']){re.escape(old)}(?![\w'])"), new)
                    for old, new in overlay.get("replaceWords", {}).items()]
    for name, removed in overlay.get("removeSamples", {}).items():
        intent = _known(intents, name, "intent")
        missing = set(removed) - set(intent.get("samples", []))
        if missing:
            raise OverlayError(f"{name}: samples to remove are not in the base: {sorted(missing)}")
        intent["samples"] = [sample for sample in intent["samples"] if sample not in set(removed)]
    for intent in intents.values():
        if "samples" in intent:
            intent["samples"] = _unique([_replace(sample, replacements) for sample in intent["samples"]])
    for name, added in overlay.get("samples", {}).items():
        intent = _known(intents, name, "intent")
        intent["samples"] = _unique([*intent.get("samples", []), *added])

    for type_name, renamed in overlay.get("names", {}).items():
        values = _values(_known(types, type_name, "slot type"))
        for value_id, new_name in renamed.items():
            block = _known(values, value_id, f"{type_name} value")["name"]
            # The old name stays sayable: it becomes a synonym.
            block["synonyms"] = _unique([block["value"], *block.get("synonyms", [])], drop=new_name)
            block["value"] = new_name
    for type_name, added_by_value in overlay.get("synonyms", {}).items():
        values = _values(_known(types, type_name, "slot type"))
        for value_id, added in added_by_value.items():
            block = _known(values, value_id, f"{type_name} value")["name"]
            block["synonyms"] = _unique([*block.get("synonyms", []), *added], drop=block["value"])
    return document


def render(document: dict[str, Any]) -> str:
    """The JSON text as committed: two-space indent, UTF-8, a final newline."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def expected_models() -> dict[Path, str]:
    """Every generated model file → the text it should hold."""
    base = json.loads((MODEL_DIR / f"{BASE_LOCALE}.json").read_text(encoding="utf-8"))
    expected = {}
    for locale in overlay_locales():
        overlay = json.loads(overlay_path(locale).read_text(encoding="utf-8"))
        if overlay.get("locale") != locale:
            raise OverlayError(f"{overlay_path(locale)} says locale {overlay.get('locale')!r}, not {locale!r}")
        try:
            expected[MODEL_DIR / f"{locale}.json"] = render(build(base, overlay))
        except OverlayError as error:
            raise OverlayError(f"{locale}: {error}") from None
    return expected


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a model file is out of date")
    args = parser.parse_args(argv)
    stale = []
    for path, text in expected_models().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(path)
        if not args.check:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(REPO_ROOT)}")
    if args.check and stale:
        print("out of date: " + ", ".join(str(path.relative_to(REPO_ROOT)) for path in stale), file=sys.stderr)
        return 1
    return 0


def _replace(sample: str, replacements: list[tuple[re.Pattern[str], str]]) -> str:
    for pattern, new in replacements:
        sample = pattern.sub(new, sample)
    return sample


def _unique(items: list[str], drop: str | None = None) -> list[str]:
    """In order, each once (compared in lower case), without `drop`."""
    seen = {drop.lower()} if drop else set()
    kept = []
    for item in items:
        if item.lower() not in seen:
            seen.add(item.lower())
            kept.append(item)
    return kept


def _values(slot_type: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {value["id"]: value for value in slot_type.get("values", [])}


def _known(table: dict[str, Any], key: str, kind: str) -> Any:
    if key not in table:
        raise OverlayError(f"no {kind} {key!r} in the base model")
    return table[key]


if __name__ == "__main__":
    sys.path.insert(0, str(REPO_ROOT))
    raise SystemExit(main())
