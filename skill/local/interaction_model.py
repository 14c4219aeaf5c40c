"""Load an ASK interaction model (the JSON uploaded to the Alexa console) into plain dataclasses."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from skill.domain.locales import DEFAULT_LOCALE, SUPPORTED_LOCALES, supported

REPO_ROOT = Path(__file__).resolve().parents[2]
MODEL_DIR = REPO_ROOT / "interaction_model"
DEFAULT_MODEL_PATH = MODEL_DIR / f"{DEFAULT_LOCALE}.json"
#: Slot types that say who, how or whether ("my mum's", "out of nowhere", "yes"), but nothing about the twitch.
CONTEXT_SLOT_TYPES = frozenset({"PERSON", "ANSWER", "PLACE_PATTERN", "PACE"})


class UnsupportedLocaleError(ValueError):
    """A locale this skill has no interaction model for; the message lists the ones it has."""

    def __init__(self, locale: object) -> None:
        super().__init__(f"locale {locale!r} is not supported (supported: {', '.join(SUPPORTED_LOCALES)})")
        self.locale = locale


def checked_locale(locale: object) -> str:
    """`locale` spelled as Alexa spells it ("en-gb" → "en-GB"); UnsupportedLocaleError if the skill lacks it."""
    known = supported(locale)
    if known is None:
        raise UnsupportedLocaleError(locale)
    return known


def model_path(locale: str = DEFAULT_LOCALE) -> Path:
    """Where the interaction model of a supported locale lives: interaction_model/<locale>.json."""
    return MODEL_DIR / f"{checked_locale(locale)}.json"


class InteractionModelError(Exception):
    """The interaction model file is missing or is not a usable ASK interaction model."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"interaction model {path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class SlotDecl:
    """A slot as declared on an intent."""

    name: str
    type: str
    multiple: bool = False


@dataclass(frozen=True)
class Intent:
    """An intent with its slots (by name) and sample utterances."""

    name: str
    slots: dict[str, SlotDecl] = field(default_factory=dict)
    samples: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SlotValue:
    """One entity of a custom slot type: what entity resolution reports as `id` and `name`."""

    id: str
    name: str
    synonyms: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SlotType:
    """A custom slot type (or a built-in type extended with values)."""

    name: str
    values: list[SlotValue] = field(default_factory=list)


@dataclass(frozen=True)
class InteractionModel:
    """The parts of an ASK interaction model that local tooling needs."""

    invocation_name: str
    intents: dict[str, Intent]
    slot_types: dict[str, SlotType]
    # Intents with a dialog model: Alexa adds `dialogState` to their IntentRequests.
    dialog_intents: frozenset[str] = frozenset()
    path: Path | None = None

    def intent(self, name: str) -> Intent | None:
        """The intent called `name`, or None when the model has no such intent."""
        return self.intents.get(name)


def load_interaction_model(path: Path | str | None = None, locale: str = DEFAULT_LOCALE) -> InteractionModel:
    """Load (once per path) the model at `path`, by default the locale's `<repo>/interaction_model/<locale>.json`.

    An unsupported locale raises UnsupportedLocaleError, even with a path (the locale still names the requests).
    """
    default = model_path(locale)
    resolved = Path(path).expanduser().resolve() if path is not None else default
    return _load_cached(resolved)


@lru_cache(maxsize=8)
def _load_cached(path: Path) -> InteractionModel:
    try:
        raw_text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InteractionModelError(path, "file not found") from None
    except OSError as exc:
        raise InteractionModelError(path, f"cannot read: {exc.strerror or exc}") from None
    try:
        document = json.loads(raw_text)
    except json.JSONDecodeError as exc:
        raise InteractionModelError(path, f"invalid JSON at line {exc.lineno}: {exc.msg}") from None
    return parse_interaction_model(document, path)


def parse_interaction_model(document: Any, path: Path | None = None) -> InteractionModel:
    """Build an `InteractionModel` from the decoded ASK JSON document."""
    where = path or Path("<memory>")
    interaction_model = _expect_dict(document, "interactionModel", where)
    language_model = _expect_dict(interaction_model, "languageModel", where)

    invocation_name = language_model.get("invocationName")
    if not isinstance(invocation_name, str) or not invocation_name.strip():
        raise InteractionModelError(where, "languageModel.invocationName is missing")

    slot_types = {slot_type.name: slot_type for slot_type in _parse_types(language_model, where)}
    intents: dict[str, Intent] = {}
    for raw_intent in _expect_list(language_model, "intents", where):
        intent = _parse_intent(raw_intent, where)
        for slot in intent.slots.values():
            # Built-in AMAZON.* types need no declaration; a custom one that is missing is a typo.
            if not slot.type.startswith("AMAZON.") and slot.type not in slot_types:
                raise InteractionModelError(
                    where, f"slot {slot.name!r} of {intent.name} uses undeclared type {slot.type!r}"
                )
        intents[intent.name] = intent

    dialog = interaction_model.get("dialog") or {}
    dialog_intents = frozenset(
        raw["name"] for raw in dialog.get("intents", []) if isinstance(raw, dict) and "name" in raw
    )
    return InteractionModel(
        invocation_name=invocation_name.strip().lower(),
        intents=intents,
        slot_types=slot_types,
        dialog_intents=dialog_intents,
        path=path,
    )


def _parse_intent(raw: Any, where: Path) -> Intent:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        raise InteractionModelError(where, f"intent without a name: {raw!r:.80}")
    name = raw["name"]
    slots: dict[str, SlotDecl] = {}
    for raw_slot in raw.get("slots", []):
        if not isinstance(raw_slot, dict) or "name" not in raw_slot or "type" not in raw_slot:
            raise InteractionModelError(where, f"slot of {name} needs a name and a type: {raw_slot!r:.80}")
        multiple = bool((raw_slot.get("multipleValues") or {}).get("enabled", False))
        slots[raw_slot["name"]] = SlotDecl(raw_slot["name"], raw_slot["type"], multiple)
    samples = [sample for sample in raw.get("samples", []) if isinstance(sample, str) and sample.strip()]
    return Intent(name=name, slots=slots, samples=samples)


def _parse_types(language_model: dict[str, Any], where: Path) -> list[SlotType]:
    slot_types = []
    for raw_type in language_model.get("types", []):
        if not isinstance(raw_type, dict) or not isinstance(raw_type.get("name"), str):
            raise InteractionModelError(where, f"slot type without a name: {raw_type!r:.80}")
        values = []
        for raw_value in raw_type.get("values", []):
            name_block = raw_value.get("name") if isinstance(raw_value, dict) else None
            if not isinstance(name_block, dict) or not isinstance(name_block.get("value"), str):
                raise InteractionModelError(where, f"value of type {raw_type['name']} without name.value")
            canonical = name_block["value"]
            # Without an explicit id Alexa still reports one; the canonical name is a stable stand-in.
            values.append(
                SlotValue(
                    id=raw_value.get("id") or canonical,
                    name=canonical,
                    synonyms=[s for s in name_block.get("synonyms", []) if isinstance(s, str)],
                )
            )
        slot_types.append(SlotType(raw_type["name"], values))
    return slot_types


def _expect_dict(parent: Any, key: str, where: Path) -> dict[str, Any]:
    value = parent.get(key) if isinstance(parent, dict) else None
    if not isinstance(value, dict):
        raise InteractionModelError(where, f"missing object {key!r}")
    return value


def _expect_list(parent: dict[str, Any], key: str, where: Path) -> list[Any]:
    value = parent.get(key)
    if not isinstance(value, list):
        raise InteractionModelError(where, f"missing list {key!r}")
    return value
