"""What the resolver returns: the intent and slot values Alexa would send, and how sure it is."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ResolvedSlot:
    """One value heard for a slot.

    `id`/`name` are the entity-resolution match (None when the words match no value: Alexa's
    ER_SUCCESS_NO_MATCH). For AMAZON.DURATION and AMAZON.NUMBER `value` holds what Alexa sends
    ("P3D", "12") and `id`/`name` stay None.
    """

    spoken: str
    id: str | None = None
    name: str | None = None
    value: str | None = None


@dataclass(frozen=True)
class Resolution:
    """What Alexa would have understood: intent, slot values and how sure we are."""

    intent: str
    slots: dict[str, list[ResolvedSlot]] = field(default_factory=dict)
    confidence: float = 0.0
    text: str = ""
    sample: str | None = None  # the model sample that matched (or came nearest), for debugging

    def slot_ids(self) -> dict[str, list[str]]:
        """Slot name → resolved ids (ISO strings for durations); words that resolved to nothing are left out."""
        ids: dict[str, list[str]] = {}
        for slot_name, values in self.slots.items():
            resolved = [key for value in values if (key := value.id or value.value)]
            if resolved:
                ids[slot_name] = resolved
        return ids


def distinct(values: list[ResolvedSlot]) -> list[ResolvedSlot]:
    """Values with the same id once (the first said); unresolved words all kept."""
    seen: set[str] = set()
    result = []
    for value in values:
        key = value.id or value.value
        if key is not None and key in seen:
            continue
        if key is not None:
            seen.add(key)
        result.append(value)
    return result
