"""A module-level name is bound once: a second `_STARTING = ...` further down a long module silently replaces the
first for every function that reads it, the earlier rules included (three such clashes in the resolver had turned
word checks into checks against phrases that never match)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SKILL = Path(__file__).resolve().parents[1] / "skill"


def _names_bound_twice(source: str) -> list[str]:
    seen: set[str] = set()
    twice = []
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) else []
        for target in targets:
            if isinstance(target, ast.Name) and target.id.lstrip("_")[:1].isupper():
                if target.id in seen:
                    twice.append(target.id)
                seen.add(target.id)
    return twice


@pytest.mark.parametrize("path", sorted(SKILL.rglob("*.py")), ids=lambda path: str(path.relative_to(SKILL)))
def test_no_module_constant_is_bound_twice(path: Path) -> None:
    assert _names_bound_twice(path.read_text(encoding="utf-8")) == []


def test_a_name_bound_twice_is_found() -> None:
    assert _names_bound_twice("_A = 1\nB = 2\n_A = 3\n") == ["_A"]
    assert _names_bound_twice("_A = 1\n_A_TOO = 2\n") == []
