"""The triage policy: facts in, next question or level of care out.

Levels are checked from the most to the least urgent and the highest one any fact calls for wins. Questions are asked
in a fixed order, red flags before benign ones, and only while an answer could still change the level.
"""

from __future__ import annotations

from dataclasses import dataclass

from skill.domain.case import LIFESTYLE_TRIGGERS, Answer, Case
from skill.domain.people import person

EMERGENCY = "emergency"
SEE_DOCTOR_SOON = "see_doctor_soon"
SEE_DOCTOR_IF_PERSISTS = "see_doctor_if_persists"
SELF_CARE = "self_care"
LEVELS = (SELF_CARE, SEE_DOCTOR_IF_PERSISTS, SEE_DOCTOR_SOON, EMERGENCY)  # least to most urgent
RANK = {level: rank for rank, level in enumerate(LEVELS)}

# "Not sure" to the emergency screen: its signs one at a time, where "not sure" about one counts as that sign
# (when unsure, err towards urgent). Each lists the symptoms that, described in answer to it, are a yes.
SCREEN_SIGN_QUESTIONS: dict[str, frozenset[str]] = {
    "screen_breathing": frozenset({"difficulty_breathing"}),
    "screen_chest": frozenset({"chest_pain", "palpitations", "nausea"}),
    "screen_collapse": frozenset({"seizure", "fainting", "confusion"}),
    "screen_face_limbs": frozenset({"weakness", "sensation_change", "facial_droop"}),
    "screen_speech": frozenset({"difficulty_speaking", "difficulty_swallowing"}),
}
# The screen, in two short yes/no questions (each said in one breath): breathing, chest, collapse first; the sudden
# stroke signs second. Each lists the signs it asks one at a time after "not sure".
SCREEN_PARTS: dict[str, tuple[str, ...]] = {
    "emergency_screen": ("screen_breathing", "screen_chest", "screen_collapse"),
    "emergency_screen_sudden": ("screen_face_limbs", "screen_speech"),
}
EMERGENCY_SCREENS = tuple(SCREEN_PARTS)
SUDDEN_SCREEN = EMERGENCY_SCREENS[1]  # the second half: what came on suddenly
# Signs the screen asks about only when they come on suddenly. Heard with no word on how they came on, the skill
# asks "did that come on suddenly, today?" rather than assume gradual; sudden (or not sure) is an emergency.
# A severe headache ("the worst headache of my life") is one too: a safety addition from the NHS page on headaches
# (call 999 for one that comes on suddenly and is extremely painful), not from the source document. The screen
# does not ask about it; it is heard when told, and one that crept up calls for a provider.
SUDDEN_SIGNS = frozenset({"weakness", "sensation_change", "difficulty_speaking", "difficulty_swallowing",
                          "severe_headache"})
# Every symptom the screen names: described in answer to it, it is a yes.
SCREEN_SYMPTOMS = frozenset().union(*SCREEN_SIGN_QUESTIONS.values())
# Whether a sign already heard came on suddenly is asked right after the first half of the screen, before the second;
# so is whether a racing heart or being sick told later came after a stimulant (`after_stimulant`).
SAFETY_QUESTIONS = ("emergency_screen", *SCREEN_PARTS["emergency_screen"], "sudden_onset", "after_stimulant",
                    "emergency_screen_sudden", *SCREEN_PARTS["emergency_screen_sudden"])

# Questions a clinician asks as one ("Any weakness, numbness or tingling, or the muscle looking thinner?"), each
# with the questions it stands for, in the order those are asked alone. A group is asked, in place of its first
# question, while at least two of its questions are still open; "no" answers all of them, "not sure" leaves all of
# them unsure, and a yes that names none asks which. With one open, that one is asked on its own. A question is
# named by what it asks about: a sign ("my hand's gone weak"), a medicine ("i started prednisone"), any symptom
# for other symptoms ("i've had headaches"), or a pregnancy ("i'm pregnant actually").
QUESTION_GROUPS: dict[str, tuple[str, ...]] = {
    "nerve_signs": ("weakness", "muscle_size", "sensation"),
    # Issue 9: the history a provider takes after the warning signs, in one breath ("Have you started or changed a
    # medicine lately, noticed any other new symptoms, or could you be pregnant?"); pregnancy only of someone who
    # could be, and only while it could change the level.
    "health_changes": ("medication", "other_symptoms", "pregnant"),
}



def questions_of(question: str | None) -> tuple[str, ...]:
    """The questions a pending question asks: a group's, or itself (none while nothing is asked)."""
    return QUESTION_GROUPS.get(question or "", (question,) if question else ())


# The order questions are asked in: the safety questions always first, then where it is (needed to judge
# everything else), then the warning signs, then the questions that can only tell self-care from "if it persists".
QUESTION_ORDER = (
    *SAFETY_QUESTIONS,
    "body_part",
    "nerve_signs",
    "weakness",
    "muscle_size",
    "sensation",
    "same_place",
    "onset",
    "health_changes",
    "medication",
    "other_symptoms",
    "triggers",
    "pregnant",
)
# A provider asks these too, but no answer to them changes the level, so they are recorded when volunteered
# (and read back) but never asked.
RECORD_ONLY_QUESTIONS = ("episode_length", "frequency")
ALL_QUESTIONS = QUESTION_ORDER + RECORD_ONLY_QUESTIONS
YES_NO_QUESTIONS = frozenset(
    {*SAFETY_QUESTIONS, *QUESTION_GROUPS, "weakness", "muscle_size", "sensation", "same_place", "medication",
     "other_symptoms", "triggers", "pregnant"}
)

EMERGENCY_SYMPTOMS = frozenset(
    {"difficulty_breathing", "seizure", "fainting", "confusion", "facial_droop", "chest_pain"}
)
STIMULANT_REACTION_SYMPTOMS = frozenset({"chest_pain", "palpitations", "nausea"})
# The screen asks about "a lot of caffeine or another stimulant".
STIMULANTS = frozenset({"stimulant", "caffeine"})
# A racing heart or being sick told with no stimulant known: whether one came first is asked, as a safety question
# (round 85: "the heart pounding and the throwing up", told to "any other symptoms?" after a no to the long screen,
# came after five caffeine pills that were never asked about). Chest pain is an emergency whatever came first.
STIMULANT_QUESTION_SYMPTOMS = STIMULANT_REACTION_SYMPTOMS - EMERGENCY_SYMPTOMS
# Once the suddenness question has said "gradual", these call for a provider, not an ambulance.
SWALLOW_SPEECH_SYMPTOMS = frozenset({"difficulty_swallowing", "difficulty_speaking"})
NEW_NERVE_SYMPTOMS = frozenset({"drooping_eyelid", "double_vision", "vision_change", "drooling"})
OTHER_SYMPTOMS = frozenset({"pain", "stiffness", "headache", "sweating", "swelling", "palpitations", "nausea"})
# Cramps are common and harmless on their own in the source document, so they raise nothing.
WARNING_SIGN_QUESTIONS = ("weakness", "muscle_size", "sensation", "same_place", "medication",
                          "other_symptoms")

TWO_WEEKS_DAYS = 14.0
THREE_MONTHS_DAYS = 90.0


@dataclass(frozen=True)
class Finding:
    """One reason for a level, with the details the spoken reason names."""

    level: str
    reason: str
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class Assessment:
    """Where the case stands: either a question to ask next, or a settled level with its reasons."""

    floor: str | None
    findings: tuple[Finding, ...]
    next_question: str | None
    level: str | None

    @property
    def settled(self) -> bool:
        return self.level is not None

    @property
    def reasons(self) -> tuple[Finding, ...]:
        """The findings at the settled level: the ones that explain the advice."""
        return tuple(finding for finding in self.findings if finding.level == self.level)


# A turn reads the findings of the same case several times (the check of the stored state, the answer, the next
# question). A case never changes, so the last few are kept by identity; a tuple swapped whole is safe across threads.
_RECENT_FINDINGS: tuple[tuple[Case, tuple[Finding, ...]], ...] = ()


def findings(case: Case) -> tuple[Finding, ...]:
    """Every level the facts so far call for, with its reason."""
    global _RECENT_FINDINGS
    recent = _RECENT_FINDINGS
    for known, found in recent:
        if known is case:
            return found
    found = _findings_of(case)
    _RECENT_FINDINGS = ((case, found), *recent[:3])
    return found


def _findings_of(case: Case) -> tuple[Finding, ...]:
    found: list[Finding] = []

    def add(level: str, reason: str, details: tuple[str, ...] = ()) -> None:
        found.append(Finding(level, reason, details))

    symptoms = case.symptoms
    if any(case.answer(screen) is Answer.YES for screen in EMERGENCY_SCREENS):
        add(EMERGENCY, "emergency_screen_yes", tuple(sorted(symptoms & SCREEN_SYMPTOMS)))
    if said_yes := tuple(q for q in SCREEN_SIGN_QUESTIONS if case.answer(q) is Answer.YES):
        add(EMERGENCY, "screen_sign_yes", said_yes)
    if unsure := tuple(q for q in SCREEN_SIGN_QUESTIONS if case.answer(q) is Answer.UNKNOWN):
        add(EMERGENCY, "screen_sign_unsure", unsure)
    after_stimulant = case.triggers & STIMULANTS or case.answer("after_stimulant") is Answer.YES
    stimulant_reaction = symptoms & STIMULANT_REACTION_SYMPTOMS if after_stimulant else frozenset()
    if stimulant_reaction:
        add(EMERGENCY, "stimulant_reaction", tuple(sorted(stimulant_reaction)))
    elif case.answer("after_stimulant") is Answer.UNKNOWN and symptoms & STIMULANT_QUESTION_SYMPTOMS:
        # Not sure whether a stimulant came first is taken as yes: when unsure, err towards urgent.
        add(EMERGENCY, "stimulant_reaction_unsure", tuple(sorted(symptoms & STIMULANT_QUESTION_SYMPTOMS)))
    if emergency_signs := (symptoms & EMERGENCY_SYMPTOMS) - stimulant_reaction:
        add(EMERGENCY, "emergency_symptom", tuple(sorted(emergency_signs)))
    if signs := sudden_capable_signs(case):
        if case.answer("sudden_onset") is Answer.YES:
            add(EMERGENCY, "sudden_sign", signs)
        elif case.answer("sudden_onset") is Answer.UNKNOWN:
            add(EMERGENCY, "sudden_sign_unsure", signs)

    if case.answer("weakness") is Answer.YES:
        add(SEE_DOCTOR_SOON, "weakness")
    if case.answer("muscle_size") is Answer.YES:
        add(SEE_DOCTOR_SOON, "muscle_wasting")
    if case.answer("sensation") is Answer.YES:
        add(SEE_DOCTOR_SOON, "sensation_change")
    if swallow_speech := symptoms & SWALLOW_SPEECH_SYMPTOMS:
        add(SEE_DOCTOR_SOON, "swallowing_or_speaking", tuple(sorted(swallow_speech)))
    if case.answer("same_place") is Answer.NO or case.places > 1:
        add(SEE_DOCTOR_SOON, "spreading")
    if case.onset_days is not None and case.onset_days >= THREE_MONTHS_DAYS:
        add(SEE_DOCTOR_SOON, "lasted_months")
    if case.answer("medication") is Answer.YES:
        add(SEE_DOCTOR_SOON, "medicine")
    if "pesticide" in case.triggers:
        add(SEE_DOCTOR_SOON, "chemical_exposure")
    if nerve := symptoms & (NEW_NERVE_SYMPTOMS | {"severe_headache"}):
        add(SEE_DOCTOR_SOON, "new_symptom", tuple(sorted(nerve)))

    if case.onset_days is not None and TWO_WEEKS_DAYS <= case.onset_days < THREE_MONTHS_DAYS:
        add(SEE_DOCTOR_IF_PERSISTS, "lasted_weeks")
    if case.answer("onset") is Answer.UNKNOWN and case.onset_days is None:
        add(SEE_DOCTOR_IF_PERSISTS, "onset_unknown")
    if unsure := tuple(q for q in WARNING_SIGN_QUESTIONS if case.answer(q) is Answer.UNKNOWN):
        add(SEE_DOCTOR_IF_PERSISTS, "unsure_warning_sign", unsure)
    other = tuple(sorted(symptoms & OTHER_SYMPTOMS - stimulant_reaction)) + case.unrecognised_symptoms
    if not other and case.answer("other_symptoms") is Answer.YES and not named_other_symptoms(case):
        other = ("unspecified",)
    if other:
        add(SEE_DOCTOR_IF_PERSISTS, "other_symptoms", other)
    if _place_known(case) and _triggers_known(case) and not case.typical_site and not case.likely_trigger:
        add(SEE_DOCTOR_IF_PERSISTS, "no_clear_trigger")
    if case.answer("pregnant") in (Answer.YES, Answer.UNKNOWN):
        add(SEE_DOCTOR_IF_PERSISTS, "pregnancy")
    # An answer never made out is "not sure", which never leads to self-care (where it is, what set it off); a
    # safety check not made out and then answered "no" sign by sign is answered.
    unclear = tuple(sorted(question for question in case.unclear
                           if not _denied_sign_by_sign(case, question) and not _asked_one_by_one(case, question)))
    if unclear:
        add(SEE_DOCTOR_IF_PERSISTS, "answer_unclear", unclear)
    return tuple(found)


def _denied_sign_by_sign(case: Case, question: str) -> bool:
    """Whether a half of the safety check was not made out, and each of its signs, asked one at a time, was a no."""
    return question in SCREEN_PARTS and all(case.answer(part) is Answer.NO for part in SCREEN_PARTS[question])


def _asked_one_by_one(case: Case, question: str) -> bool:
    """Whether a question not made out is a grouped one: its questions are then asked one at a time, each while it
    can still change the level, and each answers for itself (one not made out is "not sure" in its turn). The group
    itself calls for nothing, or its floor would keep the later of them from being asked (pregnancy, after "if it
    persists")."""
    return question in QUESTION_GROUPS


def assess(case: Case, at_least: str | None = None) -> Assessment:
    """Decide the next question, or settle the level once no answer could change it.

    `at_least` is advice already given in this session: it never goes down, so questions that could only lower
    the level are not worth asking any more.
    """
    found = findings(case)
    floor = _floor(found, at_least)

    def settle(level: str) -> Assessment:
        return Assessment(floor, found, None, level)

    if floor == EMERGENCY:
        return settle(EMERGENCY)
    for question in SAFETY_QUESTIONS:
        if not is_answered(case, question) and _could_change_level(case, question, floor):
            return Assessment(floor, found, question, None)
    if floor == SEE_DOCTOR_SOON:
        # Only an emergency sign could raise it further, and the safety questions have ruled those out.
        return settle(SEE_DOCTOR_SOON)
    for question in QUESTION_ORDER:
        if not is_answered(case, question) and _could_change_level(case, question, floor):
            return Assessment(floor, found, question, None)
    if floor == SEE_DOCTOR_IF_PERSISTS:
        return settle(SEE_DOCTOR_IF_PERSISTS)
    if _common_pattern(case):
        return settle(SELF_CARE)
    # Unreachable with the rules above (an unknown onset or missing trigger is itself a finding); kept so that a
    # future rule change fails safe rather than reassuring.
    return settle(SEE_DOCTOR_IF_PERSISTS)


def _floor(found: tuple[Finding, ...], at_least: str | None = None) -> str | None:
    levels = [finding.level for finding in found] + ([at_least] if at_least else [])
    return max(levels, key=RANK.__getitem__, default=None)


def floor_of(case: Case, at_least: str | None = None) -> str | None:
    """The least urgent level the facts so far already call for (with advice already given, at least that)."""
    return _floor(findings(case), at_least)


def common_pattern_details(case: Case) -> tuple[str, ...]:
    """What makes a case look like the common harmless kind: a typical site, a likely trigger, or both."""
    details = []
    if case.typical_site:
        details.append("site")
    if case.likely_trigger:
        details.append("trigger")
    return tuple(details)


def sudden_capable_signs(case: Case) -> tuple[str, ...]:
    """The signs heard that are an emergency when they come on suddenly (weakness, numbness, speech, swallowing)."""
    signs = set(case.symptoms & SUDDEN_SIGNS)
    if case.answer("weakness") is Answer.YES:
        signs.add("weakness")
    if case.answer("sensation") is Answer.YES:
        signs.add("sensation_change")
    return tuple(sorted(signs))


def is_answered(case: Case, question: str) -> bool:
    """True when the person has already told us the answer, directly or in passing."""
    if question == "body_part":
        return _place_known(case)
    if question == "onset":
        return case.onset_days is not None or case.answer("onset") is not None
    if question == "episode_length":
        return case.episode_seconds is not None or case.answer("episode_length") is not None
    if question == "frequency":
        return case.frequency is not None or case.answer("frequency") is not None
    if question == "triggers":
        return _triggers_known(case)
    if question == "same_place" and case.places > 1:
        return True
    if question == "other_symptoms" and named_other_symptoms(case):
        return True
    if question in QUESTION_GROUPS:
        # Answered when none of its questions is left to ask: a man is never asked whether he could be pregnant.
        floor = floor_of(case)
        return all(is_answered(case, member) or not _could_change_level(case, member, floor)
                   for member in QUESTION_GROUPS[question])
    return case.answer(question) is not None


def stimulant_question_open(case: Case) -> bool:
    """Whether a racing heart or being sick was told with no caffeine or stimulant among the triggers and no plain
    "no" to "any caffeine ... lately?" (a stimulant denied answers `after_stimulant` itself, so it is not asked)."""
    return bool(case.symptoms & STIMULANT_QUESTION_SYMPTOMS) and not case.triggers & STIMULANTS and (
        case.answer("triggers") is not Answer.NO)


def open_members(case: Case, group: str, floor: str | None = None) -> tuple[str, ...]:
    """The questions of a group still worth asking: not yet answered, and able to change the level from `floor`
    (`floor_of` the case: pregnancy is not asked once the level is already "see a provider if it lasts")."""
    return tuple(member for member in QUESTION_GROUPS[group]
                 if not is_answered(case, member) and _could_change_level(case, member, floor))


def _could_change_level(case: Case, question: str, floor: str | None) -> bool:
    if question in RECORD_ONLY_QUESTIONS:
        return False
    if question in SCREEN_SIGN_QUESTIONS:
        return any(case.answer(screen) is Answer.UNKNOWN for screen, signs in SCREEN_PARTS.items() if question in signs)
    if question == "sudden_onset":
        return bool(sudden_capable_signs(case))
    if question == "after_stimulant":
        return stimulant_question_open(case)
    below_persists = floor is None or RANK[floor] < RANK[SEE_DOCTOR_IF_PERSISTS]
    if question == "triggers":
        # Only decides between self-care and "if it persists", and a typical site already settles that.
        return below_persists and not case.typical_site
    if question == "pregnant":
        return below_persists and person(case.subject).could_be_pregnant
    if question in QUESTION_GROUPS:
        # Asked as one only while two or more of its questions are open; one left is asked on its own, and so is
        # each of them once the group was not made out (three misses).
        return question not in case.unclear and len(open_members(case, question, floor)) >= 2
    return True


def _place_known(case: Case) -> bool:
    return case.places > 0 or case.answer("body_part") is not None


def _triggers_known(case: Case) -> bool:
    return bool(case.triggers & LIFESTYLE_TRIGGERS) or case.answer("triggers") is not None


def named_other_symptoms(case: Case) -> bool:
    """Symptoms heard beyond the twitch itself and the warning signs asked about on their own."""
    return bool(case.symptoms - {"weakness", "muscle_wasting", "sensation_change", "spreading"}) or bool(
        case.unrecognised_symptoms
    )


def _common_pattern(case: Case) -> bool:
    recent = case.onset_days is not None and case.onset_days < TWO_WEEKS_DAYS
    return recent and bool(common_pattern_details(case))
