"""The triage policy as a table: every level, every rule, and the order questions are asked in."""

from __future__ import annotations

import pytest

from skill.domain.case import Answer, Case
from skill.domain.triage import (
    EMERGENCY,
    QUESTION_GROUPS,
    QUESTION_ORDER,
    SCREEN_PARTS,
    SCREEN_SIGN_QUESTIONS,
    SEE_DOCTOR_IF_PERSISTS,
    SEE_DOCTOR_SOON,
    SELF_CARE,
    assess,
    floor_of,
    is_answered,
    open_members,
)

Y, N, U = Answer.YES, Answer.NO, Answer.UNKNOWN
ALL_CLEAR = {"emergency_screen": N, "emergency_screen_sudden": N, "sudden_onset": N, "weakness": N, "muscle_size": N,
             "sensation": N, "same_place": Y, "medication": N, "other_symptoms": N, "pregnant": N}


def case(answers: dict | None = None, *, parts=("eyelid",), days: float | None = 3, symptoms=(), triggers=(),
         unrecognised_symptoms=(), unrecognised_parts=(), clear: bool = True, subject: str | None = None) -> Case:
    """A case with every warning sign answered "no" unless told otherwise."""
    built = Case() if subject is None else Case().with_subject(subject)
    for question, answer in {**(ALL_CLEAR if clear else {}), **(answers or {})}.items():
        built = built.with_answer(question, answer) if answer is not None else built
    built = built.with_body_parts(parts, unrecognised_parts).with_symptoms(symptoms, unrecognised_symptoms)
    built = built.with_triggers(triggers)
    return built.with_onset(days) if days is not None else built


LEVEL_TABLE = [
    # (label, case, expected level, expected reason ids at that level)
    ("emergency screen yes", case({"emergency_screen": Y}), EMERGENCY, {"emergency_screen_yes"}),
    ("trouble breathing heard", case(symptoms=["difficulty_breathing"]), EMERGENCY, {"emergency_symptom"}),
    ("seizure", case(symptoms=["seizure"]), EMERGENCY, {"emergency_symptom"}),
    ("fainting", case(symptoms=["fainting"]), EMERGENCY, {"emergency_symptom"}),
    ("confusion", case(symptoms=["confusion"]), EMERGENCY, {"emergency_symptom"}),
    ("face droop", case(symptoms=["facial_droop"]), EMERGENCY, {"emergency_symptom"}),
    ("severe headache, sudden", case({"sudden_onset": Y}, symptoms=["severe_headache"]), EMERGENCY, {"sudden_sign"}),
    ("severe headache, not sure how it came on", case({"sudden_onset": U}, symptoms=["severe_headache"]), EMERGENCY,
     {"sudden_sign_unsure"}),
    ("severe headache that crept up", case({"sudden_onset": N}, symptoms=["severe_headache"]), SEE_DOCTOR_SOON,
     {"new_symptom"}),
    ("a headache alone", case(symptoms=["headache"]), SEE_DOCTOR_IF_PERSISTS, {"other_symptoms"}),
    ("stimulant and racing heart", case(triggers=["stimulant"], symptoms=["palpitations"]), EMERGENCY,
     {"stimulant_reaction"}),
    ("stimulant and vomiting", case(triggers=["stimulant"], symptoms=["nausea"]), EMERGENCY, {"stimulant_reaction"}),
    ("stimulant and chest pain", case(triggers=["stimulant"], symptoms=["chest_pain"]), EMERGENCY,
     {"stimulant_reaction"}),
    ("racing heart after a lot of caffeine", case(triggers=["caffeine"], symptoms=["palpitations"]), EMERGENCY,
     {"stimulant_reaction"}),
    ("not sure about the screen, then not sure about breathing",
     case({"emergency_screen": U, "screen_breathing": U}), EMERGENCY, {"screen_sign_unsure"}),
    ("not sure about the screen, then yes to chest pain",
     case({"emergency_screen": U, "screen_breathing": N, "screen_chest": Y}), EMERGENCY, {"screen_sign_yes"}),
    ("weakness that came on suddenly", case({"weakness": Y, "sudden_onset": Y}), EMERGENCY, {"sudden_sign"}),
    ("numbness, not sure if sudden", case({"sensation": U, "sudden_onset": U}, symptoms=["sensation_change"]),
     EMERGENCY, {"sudden_sign_unsure"}),
    ("trouble speaking that came on suddenly, after a no to the screen", case({"sudden_onset": Y},
     symptoms=["difficulty_speaking"]), EMERGENCY, {"sudden_sign"}),
    ("not sure about the whole screen is not an emergency by itself",
     case({"emergency_screen": U, **dict.fromkeys(SCREEN_SIGN_QUESTIONS, N)}), SELF_CARE, set()),
    ("emergency beats every other finding", case({"emergency_screen": Y, "weakness": Y}, days=200), EMERGENCY,
     {"emergency_screen_yes"}),
    ("weakness", case({"weakness": Y}), SEE_DOCTOR_SOON, {"weakness"}),
    ("weakness said as a symptom", case(symptoms=["weakness"], clear=False,
                                        answers={"emergency_screen": N, "emergency_screen_sudden": N,
                                                 "sudden_onset": N}), SEE_DOCTOR_SOON,
     {"weakness"}),
    ("muscle loss", case({"muscle_size": Y}), SEE_DOCTOR_SOON, {"muscle_wasting"}),
    ("numbness", case({"sensation": Y}), SEE_DOCTOR_SOON, {"sensation_change"}),
    ("gradual trouble swallowing", case(symptoms=["difficulty_swallowing"]), SEE_DOCTOR_SOON,
     {"swallowing_or_speaking"}),
    ("gradual trouble speaking", case(symptoms=["difficulty_speaking"]), SEE_DOCTOR_SOON,
     {"swallowing_or_speaking"}),
    ("moves around", case({"same_place": N}), SEE_DOCTOR_SOON, {"spreading"}),
    ("several places", case(parts=("calf", "thigh")), SEE_DOCTOR_SOON, {"spreading"}),
    ("whole body", case(parts=("whole_body",)), SEE_DOCTOR_SOON, {"spreading"}),
    ("three months", case(days=90), SEE_DOCTOR_SOON, {"lasted_months"}),
    ("a year", case(days=365), SEE_DOCTOR_SOON, {"lasted_months"}),
    ("diuretic", case(triggers=["diuretic"]), SEE_DOCTOR_SOON, {"medicine"}),
    ("corticosteroid", case(triggers=["corticosteroid"]), SEE_DOCTOR_SOON, {"medicine"}),
    ("estrogen", case(triggers=["estrogen"]), SEE_DOCTOR_SOON, {"medicine"}),
    ("medicine question yes", case({"medication": Y}), SEE_DOCTOR_SOON, {"medicine"}),
    ("pesticide", case(triggers=["pesticide"]), SEE_DOCTOR_SOON, {"chemical_exposure"}),
    ("double vision", case(symptoms=["double_vision"]), SEE_DOCTOR_SOON, {"new_symptom"}),
    ("soon collects every soon reason", case({"weakness": Y, "sensation": Y}, days=120), SEE_DOCTOR_SOON,
     {"weakness", "sensation_change", "lasted_months"}),
    ("two weeks", case(days=14), SEE_DOCTOR_IF_PERSISTS, {"lasted_weeks"}),
    ("eight weeks", case(days=56), SEE_DOCTOR_IF_PERSISTS, {"lasted_weeks"}),
    ("just under three months", case(days=89), SEE_DOCTOR_IF_PERSISTS, {"lasted_weeks"}),
    ("no trigger, not a typical site", case({"triggers": N}, parts=("shoulder",)), SEE_DOCTOR_IF_PERSISTS,
     {"no_clear_trigger"}),
    ("place unknown and no trigger", case({"body_part": U, "triggers": N}, parts=()), SEE_DOCTOR_IF_PERSISTS,
     {"no_clear_trigger"}),
    ("unrecognised place, no trigger", case({"triggers": N}, parts=(), unrecognised_parts=("ear",)),
     SEE_DOCTOR_IF_PERSISTS, {"no_clear_trigger"}),
    ("pregnant", case({"pregnant": Y}), SEE_DOCTOR_IF_PERSISTS, {"pregnancy"}),
    ("maybe pregnant", case({"pregnant": U}), SEE_DOCTOR_IF_PERSISTS, {"pregnancy"}),
    ("his eyelid: nobody asks a man about pregnancy", case({"pregnant": None}, subject="father"), SELF_CARE, set()),
    ("unsure about weakness", case({"weakness": U}), SEE_DOCTOR_IF_PERSISTS, {"unsure_warning_sign"}),
    ("onset unknown", case({"onset": U}, days=None), SEE_DOCTOR_IF_PERSISTS, {"onset_unknown"}),
    ("other symptom named", case(symptoms=["headache"]), SEE_DOCTOR_IF_PERSISTS, {"other_symptoms"}),
    ("other symptom not in the model", case(unrecognised_symptoms=["itchy ears"]), SEE_DOCTOR_IF_PERSISTS,
     {"other_symptoms"}),
    ("other symptoms, unnamed", case({"other_symptoms": Y}), SEE_DOCTOR_IF_PERSISTS, {"other_symptoms"}),
    ("racing heart, no stimulant before it",
     case({"after_stimulant": N}, triggers=["stress"], symptoms=["palpitations"]), SEE_DOCTOR_IF_PERSISTS,
     {"other_symptoms"}),
    ("racing heart after a stimulant, told when asked",
     case({"after_stimulant": Y}, triggers=["stress"], symptoms=["palpitations"]), EMERGENCY, {"stimulant_reaction"}),
    ("being sick, not sure if a stimulant came first", case({"after_stimulant": U}, symptoms=["nausea"]),
     EMERGENCY, {"stimulant_reaction_unsure"}),
    ("being sick, and no caffeine or other likely trigger lately", case({"triggers": N}, symptoms=["nausea"]),
     SEE_DOCTOR_IF_PERSISTS, {"other_symptoms"}),
    ("nicotine is not a likely trigger", case({"triggers": Y}, parts=("neck",), triggers=["nicotine"]),
     SEE_DOCTOR_IF_PERSISTS, {"no_clear_trigger"}),
    ("eyelid, three days", case(), SELF_CARE, set()),
    ("calf, thirteen days", case(parts=("calf",), days=13), SELF_CARE, set()),
    ("thumb, one day", case(parts=("thumb",), days=1), SELF_CARE, set()),
    ("shoulder after exercise", case(parts=("shoulder",), triggers=["exercise"]), SELF_CARE, set()),
    ("back after stress and coffee", case(parts=("back",), triggers=["stress", "caffeine"]), SELF_CARE, set()),
    ("neck after alcohol", case(parts=("neck",), triggers=["alcohol"]), SELF_CARE, set()),
    ("place unknown, poor sleep", case({"body_part": U}, parts=(), triggers=["lack_of_sleep"]), SELF_CARE, set()),
    ("cramps alone stay harmless", case(symptoms=["cramps"]), SELF_CARE, set()),
    ("an answer never made out is never self-care", case(triggers=["caffeine"]).with_unclear("body_part"),
     SEE_DOCTOR_IF_PERSISTS, {"answer_unclear"}),
    ("a safety check not made out, then a no to each of its signs, is answered",
     case({"screen_face_limbs": N, "screen_speech": N}).with_unclear("emergency_screen_sudden"), SELF_CARE, set()),
]


def test_a_safety_check_not_made_out_stays_unclear_until_each_sign_is_a_no() -> None:
    assessment = assess(case({"screen_face_limbs": N}).with_unclear("emergency_screen_sudden"))
    assert assessment.next_question == "screen_speech"
    assert assessment.floor == SEE_DOCTOR_IF_PERSISTS


@pytest.mark.parametrize(("label", "facts", "level", "reasons"), LEVEL_TABLE, ids=[row[0] for row in LEVEL_TABLE])
def test_level_table(label: str, facts: Case, level: str, reasons: set[str]) -> None:
    assessment = assess(facts)
    assert assessment.level == level, assessment
    assert {finding.reason for finding in assessment.reasons} == reasons


def test_every_level_appears_in_the_table() -> None:
    assert {row[2] for row in LEVEL_TABLE} == {EMERGENCY, SEE_DOCTOR_SOON, SEE_DOCTOR_IF_PERSISTS, SELF_CARE}


def test_a_later_no_never_erases_a_yes() -> None:
    facts = Case().with_answer("weakness", Y).with_answer("weakness", N)
    assert facts.answer("weakness") is Y
    facts = Case().with_answer("emergency_screen", Y).with_answer("emergency_screen", U)
    assert facts.answer("emergency_screen") is Y


def test_longest_duration_heard_wins() -> None:
    assert Case().with_onset(120).with_onset(3).onset_days == 120


def test_emergency_screen_is_always_asked_first() -> None:
    assert assess(Case()).next_question == "emergency_screen"
    assert assess(Case().with_body_parts(["eyelid"]).with_onset(3)).next_question == "emergency_screen"


def test_soon_sign_still_screens_for_emergency_before_settling() -> None:
    assessment = assess(Case().with_symptoms(["difficulty_swallowing"]))
    assert assessment.next_question == "emergency_screen"
    assert assessment.level is None


def test_not_sure_about_the_screen_asks_its_signs_one_at_a_time() -> None:
    facts = Case().with_body_parts(["eyelid"]).with_answer("emergency_screen", U)
    asked = []
    while (question := assess(facts).next_question) in SCREEN_SIGN_QUESTIONS:
        asked.append(question)
        facts = facts.with_answer(question, N)
    assert asked == list(SCREEN_PARTS["emergency_screen"])  # the first half's signs; the second half asked whole
    assert assess(facts).next_question == "emergency_screen_sudden"
    facts = facts.with_answer("emergency_screen_sudden", U)
    asked = []
    while (question := assess(facts).next_question) in SCREEN_SIGN_QUESTIONS:
        asked.append(question)
        facts = facts.with_answer(question, N)
    assert asked == list(SCREEN_PARTS["emergency_screen_sudden"])
    assert assess(Case().with_answer("emergency_screen_sudden", U).with_answer("screen_speech", U)).level == EMERGENCY


def test_a_racing_heart_or_being_sick_with_no_stimulant_known_asks_whether_one_came_first() -> None:
    facts = case(symptoms=["nausea"], triggers=["stress"])
    assert assess(facts).next_question == "after_stimulant"
    # Not asked once a stimulant is known (it is an emergency already), nor after a plain no to "any caffeine ...?".
    assert assess(facts.with_triggers(["caffeine"])).level == EMERGENCY
    assert assess(case({"triggers": N}, symptoms=["nausea"])).next_question != "after_stimulant"
    assert assess(case(symptoms=["chest_pain"])).next_question != "after_stimulant"


def test_a_sudden_capable_sign_asks_whether_it_was_sudden_before_anything_else() -> None:
    facts = Case().with_answer("emergency_screen", N).with_symptoms(["difficulty_swallowing"])
    assert assess(facts).next_question == "sudden_onset"
    assert assess(facts.with_answer("sudden_onset", N)).next_question == "emergency_screen_sudden"
    assert assess(facts.with_answer("sudden_onset", N).with_answer("emergency_screen_sudden", N)).level == (
        SEE_DOCTOR_SOON)
    assert assess(facts.with_answer("sudden_onset", U)).level == EMERGENCY
    # Sudden beats an earlier "no": merged towards caution.
    assert assess(facts.with_answer("sudden_onset", N).with_answer("sudden_onset", Y)).level == EMERGENCY


def test_a_twitch_without_a_sign_is_never_asked_whether_it_was_sudden() -> None:
    assert "sudden_onset" not in _questions_asked({}, Case().with_body_parts(["calf"]))


def test_pregnancy_is_asked_of_the_speaker_and_of_women_not_of_men_or_small_children() -> None:
    assert "pregnant" in _questions_asked({}, Case(), members=True)
    assert "pregnant" in _questions_asked({}, Case().with_subject("daughter"), members=True)
    assert "pregnant" not in _questions_asked({}, Case().with_subject("son"), members=True)
    assert "pregnant" not in _questions_asked({}, Case().with_subject("child"), members=True)


def test_emergency_heard_before_the_screen_settles_at_once() -> None:
    assessment = assess(Case().with_symptoms(["seizure"]))
    assert assessment.level == EMERGENCY and assessment.next_question is None


def _questions_asked(answers: dict[str, Answer], start: Case, *, members: bool = False) -> list[str]:
    """Walk the policy: answer each question from the table until it settles. With `members`, a grouped question
    is listed as the questions it asked."""
    asked: list[str] = []
    facts = start
    while (question := assess(facts).next_question) is not None:
        assert question not in asked, f"{question} asked twice"
        if question == "body_part":
            facts = facts.with_body_parts(["eyelid"])
        elif question == "onset":
            facts = facts.with_onset(answers.get("days", 3))
        elif question in QUESTION_GROUPS:
            # A grouped question answers each of its questions it asks (those still open), as the table says.
            open_now = open_members(facts, question, floor_of(facts))
            assert len(open_now) >= 2, f"{question} asked for {open_now}"
            for member in open_now:
                facts = facts.with_answer(member, answers.get(member, ALL_CLEAR.get(member, N)))
            if members:
                asked.extend(open_now)
                continue
        else:
            facts = facts.with_answer(question, answers.get(question, ALL_CLEAR.get(question, N)))
        asked.append(question)
    return asked


def test_red_flags_are_asked_before_benign_questions() -> None:
    assert _questions_asked({}, Case()) == [q for q in QUESTION_ORDER if q in _questions_asked({}, Case())]
    asked = _questions_asked({}, Case(), members=True)
    assert asked.index("weakness") < asked.index("sensation") < asked.index("pregnant")
    assert asked.index("other_symptoms") < asked.index("pregnant")


def test_benign_eyelid_skips_triggers_because_the_site_settles_it() -> None:
    asked = _questions_asked({}, Case(), members=True)
    assert "triggers" not in asked
    assert "pregnant" in asked


def test_atypical_site_asks_triggers() -> None:
    asked = _questions_asked({}, Case().with_body_parts(["shoulder"]))
    assert "triggers" in asked


def test_stops_as_soon_as_a_warning_sign_settles_it() -> None:
    asked = _questions_asked({"weakness": Y}, Case().with_body_parts(["calf"]))
    assert asked == ["emergency_screen", "emergency_screen_sudden", "nerve_signs", "sudden_onset"]


def test_persists_floor_skips_questions_that_can_only_lower_it() -> None:
    asked = _questions_asked({"days": 30}, Case().with_body_parts(["shoulder"]), members=True)
    assert "triggers" not in asked and "pregnant" not in asked
    assert "other_symptoms" in asked  # can still raise it


def test_never_asks_what_was_volunteered() -> None:
    volunteered = (Case().with_body_parts(["calf"]).with_onset(2).with_triggers(["diuretic"])
                   .with_symptoms(["spreading"]))
    for question in ("body_part", "onset", "medication", "same_place"):
        assert is_answered(volunteered, question)


@pytest.mark.parametrize("place", ["eyelid", "calf", "thumb"])
def test_the_benign_common_case_takes_six_answers_after_the_complaint(place: str) -> None:
    # Issue 9: "my eyelid keeps twitching" (the place said), then the two halves of the safety check, weakness,
    # muscle size and numbness asked as one, same place, when, and medicine, other symptoms and pregnancy asked as
    # one: 6, from 10 (8 with the nerve signs alone grouped).
    asked = _questions_asked({}, Case().with_body_parts([place]))
    assert asked == ["emergency_screen", "emergency_screen_sudden", "nerve_signs", "same_place", "onset",
                     "health_changes"]
    # Not one question that can change the level is dropped: each is still asked, inside its group.
    assert _questions_asked({}, Case().with_body_parts([place]), members=True) == [
        "emergency_screen", "emergency_screen_sudden", "weakness", "muscle_size", "sensation", "same_place", "onset",
        "medication", "other_symptoms", "pregnant"]
    assert assess(_answered(asked)).level == SELF_CARE


def _answered(asked: list[str]) -> Case:
    facts = Case().with_body_parts(["eyelid"]).with_onset(3)
    for question in asked:
        for member in QUESTION_GROUPS.get(question, (question,)):
            if member != "onset":
                facts = facts.with_answer(member, ALL_CLEAR.get(member, N))
    return facts


def test_the_nerve_signs_are_asked_as_one_while_two_or_more_are_open_and_one_alone() -> None:
    screened = Case().with_body_parts(["calf"]).with_onset(3).with_answer("emergency_screen", N).with_answer(
        "emergency_screen_sudden", N)
    assert assess(screened).next_question == "nerve_signs"
    # "No weakness or tingling" said in passing: the one left is asked on its own.
    denied = screened.with_answer("weakness", N).with_answer("sensation", N)
    assert assess(denied).next_question == "muscle_size"
    # One said: the group asks the other two.
    assert assess(screened.with_answer("weakness", N)).next_question == "nerve_signs"
    assert not is_answered(screened.with_answer("weakness", N), "nerve_signs")
    assert is_answered(denied.with_answer("muscle_size", N), "nerve_signs")
    # Each of them still decides the level on its own: a yes to any is "see a doctor soon", not sure is never
    # self-care.
    for member in QUESTION_GROUPS["nerve_signs"]:
        cleared = case({member: Y}) if member != "sensation" else case({member: Y, "sudden_onset": N})
        assert assess(cleared).level == SEE_DOCTOR_SOON
        assert assess(case({member: U})).level == SEE_DOCTOR_IF_PERSISTS


def test_record_only_questions_are_never_asked() -> None:
    asked = _questions_asked({}, Case().with_body_parts(["thigh"]))
    assert "episode_length" not in asked and "frequency" not in asked


# -- medicine, other symptoms and pregnancy asked as one (issue 9) --------------------------------------------------

SCREENED = Case().with_body_parts(["eyelid"]).with_onset(3).with_answer("emergency_screen", N).with_answer(
    "emergency_screen_sudden", N).with_answer("weakness", N).with_answer("muscle_size", N).with_answer(
    "sensation", N).with_answer("same_place", Y)


def test_the_health_changes_are_asked_as_one_while_two_or_more_are_open_and_one_alone() -> None:
    assert assess(SCREENED).next_question == "health_changes"
    assert open_members(SCREENED, "health_changes", floor_of(SCREENED)) == ("medication", "other_symptoms",
                                                                             "pregnant")
    # A man, a boy or an 80-year-old is not asked about pregnancy: the other two, still as one.
    for subject in ("father", "son", "grandmother"):
        him = SCREENED.with_subject(subject)
        assert assess(him).next_question == "health_changes"
        assert open_members(him, "health_changes", floor_of(him)) == ("medication", "other_symptoms")
        assert is_answered(him.with_answer("medication", N).with_answer("other_symptoms", N), "health_changes")
    # Nor once the level is already "see a provider if it lasts" (three weeks): pregnancy could not change it.
    weeks = SCREENED.with_onset(21)
    assert open_members(weeks, "health_changes", floor_of(weeks)) == ("medication", "other_symptoms")
    # One answered in passing ("i'm not on any tablets"): the other two, as one; two answered: the last alone.
    assert assess(SCREENED.with_answer("medication", N)).next_question == "health_changes"
    assert assess(SCREENED.with_answer("medication", N).with_answer("other_symptoms", N)).next_question == "pregnant"
    assert assess(SCREENED.with_subject("father").with_answer("medication", N)).next_question == "other_symptoms"


def test_each_health_change_still_decides_the_level_on_its_own() -> None:
    assert assess(SCREENED.with_answer("medication", Y)).level == SEE_DOCTOR_SOON
    for member in ("other_symptoms", "pregnant"):
        done = SCREENED.with_answer("medication", N).with_answer("other_symptoms", N).with_answer("pregnant", N)
        assert assess(done).level == SELF_CARE
        assert assess(done.with_answer(member, Y)).level == SEE_DOCTOR_IF_PERSISTS
    for member in QUESTION_GROUPS["health_changes"]:
        others = {m: N for m in QUESTION_GROUPS["health_changes"] if m != member}
        unsure = SCREENED
        for question, answer in {**others, member: U}.items():
            unsure = unsure.with_answer(question, answer)
        assert assess(unsure).level == SEE_DOCTOR_IF_PERSISTS, f"not sure about {member} led to self-care"


def test_a_grouped_question_not_made_out_asks_each_of_its_questions_the_level_still_needs() -> None:
    # Three misses: the group is noted as not made out and each question asked on its own; the group's own "not
    # made out" calls for nothing, so pregnancy, the last of them, is still asked (and self-care can follow).
    unclear = SCREENED.with_unclear("health_changes")
    asked = []
    while (question := assess(unclear).next_question) is not None:
        asked.append(question)
        unclear = unclear.with_answer(question, N)
    assert asked == ["medication", "other_symptoms", "pregnant"]
    assert assess(unclear).level == SELF_CARE


def test_findings_kept_for_speed_are_always_the_case_asked_about() -> None:
    """The findings of recent cases are kept by identity: cases that look alike but differ, read in turn and more
    of them than are kept, each get their own."""
    from skill.domain.triage import _findings_of, findings

    cases = [case({**ALL_CLEAR, "emergency_screen": answer}, days=days) for answer in (Y, N, U) for days in (3, 40)]
    for _ in range(3):
        for each in cases + cases[::-1]:
            assert findings(each) == _findings_of(each)
    assert [assess(each).level == EMERGENCY for each in cases] == [True] * 2 + [False] * 4
