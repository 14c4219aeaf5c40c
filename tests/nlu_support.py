"""The resolver on the real interaction model, built once per test process and only when a test first uses it.

Built at import, each test module's own copy cost about a second on every worker as pytest collected the suite,
used or not (seven of them: some 13 s of the suite's CPU on two workers).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from skill.local.interaction_model import load_interaction_model
from skill.local.resolver import Resolver


@lru_cache(maxsize=1)
def real_resolver() -> Resolver:
    return Resolver(load_interaction_model())


class LazyResolver:
    """Stands for `real_resolver()`: the same object, built on first use."""

    def __getattr__(self, name: str) -> Any:
        return getattr(real_resolver(), name)
