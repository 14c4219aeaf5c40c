"""Whose twitch it is. People often ask for someone else ("it's my mum's hand"); questions and advice then speak
about that person, and questions that cannot apply to them are not asked.

Person ids are the PERSON slot type's value ids in the interaction model (a contract, like the other slot ids).
The words for each pronoun ("has she", "is he") live in the content file, per locale.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Person:
    pronoun: str  # "you", "she", "he" or "they": which grammar forms of the content file to speak with
    could_be_pregnant: bool  # asking a man, a boy or a small child about pregnancy makes no sense


SPEAKER = Person("you", could_be_pregnant=True)

PEOPLE: dict[str, Person] = {
    "mother": Person("she", True),
    "father": Person("he", False),
    "wife": Person("she", True),
    "husband": Person("he", False),
    "girlfriend": Person("she", True),
    "boyfriend": Person("he", False),
    "partner": Person("they", True),
    "daughter": Person("she", True),
    "son": Person("he", False),
    "sister": Person("she", True),
    "brother": Person("he", False),
    "grandmother": Person("she", False),
    "grandfather": Person("he", False),
    "aunt": Person("she", True),
    "uncle": Person("he", False),
    "child": Person("they", False),
    "grandson": Person("he", False),
    "granddaughter": Person("she", True),
    "nephew": Person("he", False),
    "niece": Person("she", True),
    "friend": Person("they", True),
    # Named only by a pronoun with the twitch ("his hand keeps twitching", "one of our residents, her hand...").
    "he": Person("he", False),
    "she": Person("she", True),
    "someone": Person("they", True),
}


def person(subject: str | None) -> Person:
    """The person a case is about; the speaker when nobody else was named (or an unknown id)."""
    return PEOPLE.get(subject or "", SPEAKER)
