"""The English Alexa locales this skill serves. Each has its own words (skill/content/) and interaction model
(interaction_model/); en-AU is also what Alexa offers in New Zealand."""

from __future__ import annotations

DEFAULT_LOCALE = "en-US"
SUPPORTED_LOCALES = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN")


def supported(locale: object) -> str | None:
    """The supported locale a request's `locale` names (case as Alexa sends it, or any case), else None."""
    if not isinstance(locale, str):
        return None
    wanted = locale.strip().replace("_", "-").lower()
    return next((known for known in SUPPORTED_LOCALES if known.lower() == wanted), None)
