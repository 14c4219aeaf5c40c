"""Turns a case and an assessment into the sentences the skill speaks. Plain text; the adapter makes it SSML."""

from __future__ import annotations

from collections.abc import Sequence

from skill.domain.case import MEDICINE_TRIGGERS, Answer, Case, reassuring_answer
from skill.domain.content import Content
from skill.domain.durations import spoken_duration
from skill.domain.people import person
from skill.domain.triage import (
    EMERGENCY,
    SEE_DOCTOR_SOON,
    SELF_CARE,
    STIMULANT_QUESTION_SYMPTOMS,
    Assessment,
    Finding,
    common_pattern_details,
    sudden_capable_signs,
)

# Yes/no questions whose "no" is worth reading back, in the order they are asked.
_DENIABLE = ("weakness", "muscle_size", "sensation", "medication", "other_symptoms")
_UNSURE = ("emergency_screen", "emergency_screen_sudden", "weakness", "muscle_size", "sensation", "same_place",
           "medication", "other_symptoms", "pregnant")
# Reasons whose details are question ids (said as topics) rather than symptom ids.
_TOPIC_REASONS = frozenset({"unsure_warning_sign", "screen_sign_yes", "screen_sign_unsure", "answer_unclear"})


def join_parts(items: Sequence[str]) -> str:
    """"a", "a, or b", "a, b, or c": for parts that may hold an "or" of their own ("numbness or tingling")."""
    items = list(items)
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])}, or {items[-1]}"


def join_words(items: Sequence[str], conjunction: str = "and") -> str:
    """"a", "a and b", "a, b and c"."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


class Wording:
    """Composes spoken sentences from the content file; holds no state of its own."""

    def __init__(self, content: Content) -> None:
        self.content = content

    def duration(self, seconds: float) -> str:
        return spoken_duration(seconds, self.content.duration_units)

    def about(self, case: Case, text: str, **fields: str) -> str:
        """`text` spoken about the person the twitch belongs to: "have you" for the speaker, "has she" for mum."""
        return text.format_map({**self.content.grammar(person(case.subject).pronoun), **fields})

    def sudden_signs(self, case: Case) -> str:
        """The signs "did that come on suddenly?" asks about, by name ("weakness and trouble speaking")."""
        return join_words([self.content.name("symptom", sign) for sign in sudden_capable_signs(case)])

    def stimulant_signs(self, case: Case) -> str:
        """What "did that come after a stimulant?" asks about, by name ("a racing heartbeat and nausea or vomiting")."""
        return join_words([self.content.name("symptom", sign)
                           for sign in sorted(case.symptoms & STIMULANT_QUESTION_SYMPTOMS, reverse=True)])

    def group_parts(self, questions: Sequence[str], case: Case | None = None) -> dict[str, str]:
        """What a grouped question says of the questions it asks at once, in the order the content speaks them,
        about whoever the twitch belongs to: `signs` ("weakness, numbness or tingling, or the muscle looking
        thinner"; "started or changed a medicine lately, ... or could you be pregnant"), `examples` of each, and
        `choices`, their plain names for "which ones?" (the part itself where the content has no plain name)."""
        names = self.content.raw["names"]
        spoken = [question for question in names["group_part"] if question in questions]

        def said(kind: str, question: str) -> str:
            return self.about(case or Case(), self.content.name(kind, question))

        choices = [said("group_choice" if question in names.get("group_choice", {}) else "group_part", question)
                   for question in spoken]
        return {"signs": join_parts([said("group_part", question) for question in spoken]),
                "examples": join_parts([said("group_part_example", question) for question in spoken]),
                "choices": join_parts(choices)}

    def change(self, before: Case, after: Case) -> str:
        """What a correction changes, said back for confirmation ("no weakness", "twitching in your calf")."""
        c = self.content
        parts: list[str] = []
        if after.body_parts != before.body_parts or after.unrecognised_body_parts != before.unrecognised_body_parts:
            names = [c.name("body_part", part) for part in after.body_parts] + list(after.unrecognised_body_parts)
            parts.append(self._piece(after, "twitching_in", parts=join_words(names)))
        if after.onset_days is not None and after.onset_days != before.onset_days:
            parts.append(self._started(after))
        for question, answer in after.answers.items():
            if before.answers.get(question) == answer or question not in c.raw["topics"]:
                continue
            key = {reassuring_answer(question): "denied", Answer.UNKNOWN: "unsure"}.get(answer, "confirmed")
            parts.append(self._piece(after, key, topics=c.topic(question)))
        return ", ".join(parts)

    def confirmed(self, case: Case, questions: Sequence[str]) -> str:
        """The yes to those questions, said back ("yes to weakness and numbness"); empty for none."""
        topics = [self.content.topic(question) for question in questions]
        return self._piece(case, "confirmed", topics=join_words(topics)) if topics else ""

    def _piece(self, case: Case, key: str, **fields: str) -> str:
        """One read-back phrase, formatted once: spoken words (which may hold braces) are never a template."""
        return self.about(case, self.content.readback(key), **fields)

    def noted(self, case: Case) -> str:
        """The place (and start) just heard, said back briefly: "Twitching in your eyelid, starting about 3 days
        ago, noted." """
        names = self.place_names(case)
        parts = [self._piece(case, "twitching_in", parts=join_words(names)) if names else self._piece(case, "all_over")]
        if case.onset_days is not None:
            parts.append(self._started(case))
        heard = ", ".join(parts)
        return self.content.line("noted").format(heard=heard[:1].upper() + heard[1:])

    def place_names(self, case: Case) -> list[str]:
        """The places heard, by name (what Alexa could not resolve, as said), without "all over"."""
        names = [self.content.name("body_part", part) for part in case.body_parts if part != "whole_body"]
        return names + list(case.unrecognised_body_parts)

    def _started(self, case: Case) -> str:
        assert case.onset_days is not None
        return self._piece(case, "started", duration=self.duration(case.onset_days * 86_400))

    def readback(self, case: Case) -> str:
        """One sentence saying back everything understood, so the person can catch a mishearing."""
        return f"{self.content.line('readback_intro')} {', '.join(self._readback_parts(case))}."

    def readback_said(self, case: Case, words: int) -> list[str]:
        """The read-back as sentences of at most `words` words where it can be, split between the things
        understood (never inside a list such as "no weakness, muscle loss or numbness"), for the ear."""
        sentences = [[self.content.line("readback_intro")]]
        for part in self._readback_parts(case):
            if len(sentences[-1]) > 1 and len(" ".join([*sentences[-1], part]).split()) > words:
                sentences.append([])
            sentences[-1].append(part)
        said = [f"{sentence[0]} {', '.join(sentence[1:])}." for sentence in sentences[:1]]
        rest = [", ".join(sentence) for sentence in sentences[1:]]
        return said + [f"{text[:1].upper()}{text[1:]}." for text in rest]

    def _readback_parts(self, case: Case) -> list[str]:
        c = self.content
        parts: list[str] = []
        names = self.place_names(case)
        if case.subject is not None:
            parts.append(self._piece(case, "about_person", person=c.name("person", case.subject)))
        if "whole_body" in case.body_parts:
            parts.append(self._piece(case, "all_over"))
        elif names:
            parts.append(self._piece(case, "twitching_in", parts=join_words(names)))
        elif case.answer("body_part") is Answer.UNKNOWN:
            parts.append(self._piece(case, "twitching_unknown_place"))
        else:
            parts.append(self._piece(case, "twitching"))
        if case.onset_days is not None:
            parts.append(self._started(case))
        elif case.answer("onset") is Answer.UNKNOWN:
            parts.append(self._piece(case, "started_unknown"))
        if case.episode_seconds is not None:
            parts.append(self._piece(case, "lasting", duration=self.duration(case.episode_seconds)))
        if case.frequency:
            parts.append(self._piece(case, "frequency", frequency=c.name("frequency", case.frequency)))
        named_triggers = [c.name("trigger", t) for t in sorted(case.triggers) if t != "unspecified"]
        if named_triggers:
            parts.append(self._piece(case, "triggers", triggers=join_words(named_triggers)))
        elif "unspecified" in case.triggers:
            parts.append(self._piece(case, "some_trigger"))
        elif case.answer("triggers") is Answer.NO:
            parts.append(self._piece(case, "no_trigger"))
        heard = [c.name("symptom", s) for s in sorted(case.symptoms)]
        for question, symptom in (("weakness", "weakness"), ("muscle_size", "muscle_wasting"),
                                  ("sensation", "sensation_change")):
            if case.answer(question) is Answer.YES and symptom not in case.symptoms:
                heard.append(c.name("symptom", symptom))
        if case.answer("same_place") is Answer.NO and "spreading" not in case.symptoms:
            heard.append(c.name("symptom", "spreading"))
        if heard:
            parts.append(self._piece(case, "symptoms", symptoms=join_words(heard)))
        # A person's own words for a symptom each in a part of their own: a read-back said in short sentences may
        # break between them (they can be long).
        parts += [self._piece(case, "symptoms", symptoms=own) for own in case.unrecognised_symptoms]
        if case.answer("medication") is Answer.YES and not case.triggers & MEDICINE_TRIGGERS:
            parts.append(self._piece(case, "medicine"))
        if case.answer("pregnant") is Answer.YES:
            parts.append(self._piece(case, "pregnant"))
        denied = [c.topic(q) for q in _DENIABLE if case.answer(q) is Answer.NO]
        if denied:
            parts.append(self._piece(case, "denied", topics=join_words(denied, "or")))
        unsure = [c.topic(q) for q in _UNSURE if case.answer(q) is Answer.UNKNOWN]
        if unsure:
            parts.append(self._piece(case, "unsure", topics=join_words(unsure)))
        return parts

    def reason(self, finding: Finding, case: Case, most: int | None = None) -> str:
        """The finding said as a sentence; with `most`, at most that many of its symptoms are named and the rest
        are "other symptoms" (a person's own long words would not fit one breath)."""
        text = self.content.reason(finding.reason)
        if finding.reason == "emergency_screen_yes" and finding.details:
            # Name what was heard rather than "one of the signs".
            text = self.content.reason("emergency_symptom")
        if finding.reason in _TOPIC_REASONS:
            topics = [self.content.topic(q) for q in finding.details]
            if most is not None and len(topics) > most:  # (as symptoms are: a long list would not fit one breath)
                topics = [*topics[:most], self.content.topic("others")]
            return self.about(case, text, topics=join_words(topics, "or"))
        if finding.reason == "common_pattern":
            return self.about(case, text, pattern=self._pattern(case))
        symptoms = [self._symptom_name(detail) for detail in finding.details]
        if most is not None and len(symptoms) > most:
            symptoms = [*symptoms[:most], self._symptom_name("unspecified")]
        return self.about(case, text, symptoms=join_words(symptoms))

    def _symptom_name(self, symptom: str) -> str:
        if symptom == "unspecified":
            return "other symptoms"
        return self.content.raw["names"]["symptom"].get(symptom, symptom)

    def _pattern(self, case: Case) -> str:
        details = common_pattern_details(case)
        phrases = []
        if "site" in details:
            part = self.content.name("body_part", case.body_parts[0])
            phrases.append(self._piece(case, "pattern_site", part=part))
        if "trigger" in details:
            phrases.append(self._piece(case, "pattern_trigger"))
        return " and ".join(phrases)

    def self_care(self, case: Case, level: str) -> list[str]:
        """Self-care for the triggers heard; the general advice when none fits and self-care is the plan."""
        tips = [tip for t in sorted(case.triggers) if (tip := self.content.self_care(t))]
        if not tips and level != SEE_DOCTOR_SOON:
            tips = [self.content.self_care("general") or ""]
        return tips

    def emergency(self, assessment: Assessment, case: Case) -> list[str]:
        """Call now first; then what was heard that calls for it (a reason that names it, if there is one)."""
        level = self.content.level(EMERGENCY)
        reasons = sorted(assessment.reasons, key=lambda finding: not finding.details)[:1]
        return [level["action"], *(self.reason(f, case) for f in reasons), self.content.line("disclaimer")]

    def advice_first(self, assessment: Assessment, case: Case, words: int) -> list[str]:
        """The first turn of final advice, short enough for one breath (`words` at most, when the reason can be
        shortened to fit): the level as an action, the main reason, the safety net, not a diagnosis, and an offer
        of the rest. A reason naming many symptoms names fewer; all of them are in "why" and on the card."""
        c = self.content
        level_id = assessment.level
        assert level_id is not None and level_id != EMERGENCY
        main = self._reasons(assessment, level_id)[0]
        offer = "advice_offer_self_care" if level_id != SEE_DOCTOR_SOON else "advice_offer"
        rest = [c.advice("safety_net_short"), c.line("disclaimer_short"), c.line("card_note"), c.line(offer)]
        # The line about the card goes first when a turn runs long (the caller drops it), so it is not budgeted.
        budget = words - sum(len(part.split()) for part in (c.level(level_id)["lead"], *rest)
                             if part != c.line("card_note"))
        return [c.level(level_id)["lead"], self._reason_within(main, case, budget), *rest]

    def _reason_within(self, finding: Finding, case: Case, words: int) -> str:
        """The finding as a sentence of at most `words` if it can be: naming fewer of its symptoms, the rest as
        "other symptoms" (a person's own words for a symptom can be long)."""
        reason = self.reason(finding, case)
        for most in range(len(finding.details) - 1, -1, -1):
            if len(reason.split()) <= words:
                break
            reason = self.reason(finding, case, most=most)
        return reason

    def advice_topics(self, assessment: Assessment, case: Case, words: int) -> dict[str, list[str]]:
        """The rest of the advice, by what the person may ask for, each as sentences: the reasons, self-care, the
        visit (or when to see a provider), and what was understood (in sentences of at most `words`)."""
        c = self.content
        reasons, tips, visit = self._details(assessment, case, words - len(c.line("reasons_intro").split()))
        return {
            "reasons": [c.line("reasons_intro"), *reasons],
            "self_care": [c.line("self_care_intro"), *tips] if tips else [c.line("no_self_care")],
            "visit": visit or [c.advice("safety_net")],
            "summary": self.readback_said(case, words),
        }

    def advice(self, assessment: Assessment, case: Case) -> list[str]:
        """Final advice in full, for reading: read-back, level, reasons, the visit, self-care, safety net."""
        c = self.content
        level = c.level(assessment.level or "")
        reasons, tips, visit = self._details(assessment, case)
        chunks = [self.readback(case), f"{c.line('level_intro').format(level=level['title'])} {level['action']}",
                  " ".join([c.line("reasons_intro"), *reasons]), *visit]
        if tips:
            chunks.append(" ".join([c.line("self_care_intro"), *tips]))
        return [*chunks, c.advice("safety_net"), c.line("final_disclaimer")]

    def _details(
        self, assessment: Assessment, case: Case, reason_words: int | None = None
    ) -> tuple[list[str], list[str], list[str]]:
        """The advice's parts, said either way (short turns or the card): the reasons (each within `reason_words`
        when said), the self-care tips, and for `see_doctor_soon` what the visit involves (with the medicine caution
        when a medicine was involved)."""
        level_id = assessment.level
        assert level_id is not None and level_id != EMERGENCY
        findings = self._reasons(assessment, level_id)
        visit: list[str] = []
        if level_id == SEE_DOCTOR_SOON:
            if any(f.reason == "medicine" for f in findings):
                visit.append(self.content.advice("medicine_caution"))
            visit.append(self.content.advice("visit"))
        reasons = [self.reason(f, case) if reason_words is None else self._reason_within(f, case, reason_words)
                   for f in findings]
        return reasons, self.self_care(case, level_id), visit

    def _reasons(self, assessment: Assessment, level_id: str) -> list[Finding]:
        return [Finding(SELF_CARE, "common_pattern")] if level_id == SELF_CARE else list(assessment.reasons)
