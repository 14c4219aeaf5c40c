"""The ASK CLI's dialog replay files (`ask dialog --replay FILE`), run against the local skill.

A replay file is `{"skillId": ..., "locale": "en-US", "type": "text", "userInput": ["open ...", "...", ".quit"]}`.
Lines starting with "." are the ASK CLI's special commands: ".quit" ends the replay, the others (".record" and
friends) only matter inside the ASK CLI and are skipped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from skill.domain.locales import DEFAULT_LOCALE, SUPPORTED_LOCALES, supported


class ReplayError(ValueError):
    """The file is not a replay file this tool can run."""


@dataclass(frozen=True)
class ReplayFile:
    skill_id: str | None
    locale: str
    utterances: tuple[str, ...]
    skipped_commands: tuple[str, ...]


def load_replay(path: Path | str) -> ReplayFile:
    """Read and check a replay file; anything unexpected raises ReplayError with a one-line reason."""
    try:
        document: Any = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise ReplayError(f"cannot read {path}: {error.strerror or error}") from error
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ReplayError(f"{path} is not JSON: {error}") from error
    if not isinstance(document, dict):
        raise ReplayError(f"{path}: a replay file is a JSON object")
    if document.get("type", "text") != "text":
        raise ReplayError(f"{path}: only replay files of type \"text\" are supported")
    locale = supported(document.get("locale") or DEFAULT_LOCALE)
    if locale is None:
        raise ReplayError(f"{path}: locale {document.get('locale')!r} has no interaction model here "
                          f"(have: {', '.join(SUPPORTED_LOCALES)})")
    user_input = document.get("userInput")
    if not isinstance(user_input, list) or not all(isinstance(line, str) for line in user_input):
        raise ReplayError(f"{path}: userInput must be a list of strings")
    skill_id = document.get("skillId")
    if skill_id is not None and not isinstance(skill_id, str):
        raise ReplayError(f"{path}: skillId must be a string")
    utterances: list[str] = []
    skipped: list[str] = []
    for line in (line.strip() for line in user_input):
        if line == ".quit":
            break
        if line.startswith("."):
            skipped.append(line)
        elif line:
            utterances.append(line)
    return ReplayFile(skill_id or None, locale, tuple(utterances), tuple(skipped))
