"""Remembering a twitch between sessions (skill/domain/memory.py), as pure domain: memory and the day in, a reply
and the memory to keep out."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from skill.domain.case import Answer, Case
from skill.domain.content import load_content
from skill.domain.conversation import Conversation, DialogueState, Heard
from skill.domain.memory import Memory, MemoryDialogue, Remembered, UnreadableMemory

CONTENT = load_content("en-US")
CONVERSATION = Conversation(CONTENT)
MEMORY = MemoryDialogue(CONVERSATION)
DAY0 = date(2026, 12, 1)


def advised(case: Case) -> DialogueState:
    """A state after advice, as the conversation leaves it."""
    state = DialogueState(case=case, disclaimer_given=True)
    for _ in range(30):
        # Three days, always in the same place, and no to everything else.
        pending = state.pending_question
        if pending == "onset":
            reply = CONVERSATION.hear(state, Heard(durations_seconds=(3 * 86_400.0,)))
        elif pending is None:
            reply = CONVERSATION.hear(state, Heard(body_parts=case.body_parts))
        else:
            reply = CONVERSATION.answer(state, Answer.YES if pending == "same_place" else Answer.NO)
        state = reply.state
        if state.outcome is not None:
            return state
    raise AssertionError("no advice")


def eyelid_for_three_days() -> DialogueState:
    state = advised(Case(body_parts=("eyelid",), triggers=frozenset({"caffeine"})))
    assert state.case.onset_days == 3.0
    return state


def test_only_a_clear_yes_stores_the_twitch_and_a_no_stores_only_dont_ask_again() -> None:
    state = MEMORY.offer(eyelid_for_three_days()).state
    assert state.pending_question == "remember_consent"
    yes = MEMORY.answer(state, Answer.YES, Memory(), DAY0)
    assert yes.memory is not None and yes.memory.consent is True and yes.reply.end_session
    record = yes.memory.record
    assert record is not None and record.body_parts == ("eyelid",) and record.started_on == DAY0 - timedelta(days=3)
    assert set(record.answers) <= {"weakness", "muscle_size", "sensation", "same_place", "medication",
                                   "other_symptoms"}
    for answer in (Answer.NO, Answer.UNKNOWN):
        declined = MEMORY.answer(state, answer, Memory(), DAY0).memory
        assert declined == Memory(False, DAY0)  # no health data
        assert MEMORY.offer_due(state, declined) is False


def test_no_offer_after_an_emergency_or_once_answered() -> None:
    state = eyelid_for_three_days()
    assert MEMORY.offer_due(state, Memory())
    assert not MEMORY.offer_due(replace(state, outcome="emergency"), Memory())
    assert not MEMORY.offer_due(state, Memory(True, DAY0))


def _remembered() -> Memory:
    state = MEMORY.offer(eyelid_for_three_days()).state
    memory = MEMORY.answer(state, Answer.YES, Memory(), DAY0).memory
    assert memory is not None
    return memory


@pytest.mark.parametrize(("days_later", "level"), [(16, "see_doctor_if_persists"), (100, "see_doctor_soon")])
def test_still_twitching_weeks_later_is_judged_again_from_when_it_began(days_later: int, level: str) -> None:
    memory = _remembered()
    today = DAY0 + timedelta(days=days_later)
    welcome = MEMORY.launch(memory, today)
    assert f"{days_later} days ago" in " ".join(welcome.speech) and "eyelid" in " ".join(welcome.speech)
    assert "not a diagnosis" in " ".join(welcome.speech)
    assert welcome.state.pending_question == "still_twitching"
    going_on = MEMORY.answer(welcome.state, Answer.YES, memory, today)
    assert going_on.reply.state.case.onset_days == days_later + 3
    assert going_on.reply.state.pending_question == "emergency_screen"  # the safety check first, again
    state = advised(going_on.reply.state.case)
    assert state.outcome == level
    kept = MEMORY.kept_up_to_date(state, memory, today)
    assert kept is not None and kept.record is not None and kept.record.level == level
    assert kept.record.started_on == memory.record.started_on  # the same twitch: it began when first told


def test_not_twitching_any_more_closes_the_record_and_keeps_the_consent() -> None:
    memory = _remembered()
    welcome = MEMORY.launch(memory, DAY0 + timedelta(days=9))
    done = MEMORY.answer(welcome.state, Answer.NO, memory, DAY0 + timedelta(days=9))
    assert done.memory == Memory(True, DAY0, None)
    assert CONTENT.line("still_no") in done.reply.speech


def test_something_new_on_return_is_a_new_assessment() -> None:
    memory = _remembered()
    welcome = MEMORY.launch(memory, DAY0 + timedelta(days=5))
    new = MEMORY.hear_on_return(welcome.state, Heard(body_parts=("calf",)), memory)
    assert new.memory is not None and new.memory.record is None
    assert new.reply.state.case.body_parts == ("calf",)


def test_forgetting_is_confirmed_first_and_no_keeps_everything() -> None:
    asked = MEMORY.forget(DialogueState(disclaimer_given=True))
    assert asked.state.pending_question == "forget_confirm"
    assert MEMORY.answer(asked.state, Answer.YES, _remembered(), DAY0).forget
    kept = MEMORY.answer(asked.state, Answer.NO, _remembered(), DAY0)
    assert not kept.forget and kept.memory is None


def test_what_did_i_tell_you_and_how_long_come_from_the_record() -> None:
    memory = _remembered()
    today = DAY0 + timedelta(days=9)
    said = " ".join(MEMORY.recall(DialogueState(disclaimer_given=True), memory, today, how_long=False).speech)
    level = memory.record.level if memory.record else ""
    assert "9 days ago" in said and "eyelid" in said and CONTENT.level(level)["title"] in said
    how_long = " ".join(MEMORY.recall(DialogueState(disclaimer_given=True), memory, today, how_long=True).speech)
    assert "12 days ago" in how_long
    nothing = " ".join(MEMORY.recall(DialogueState(disclaimer_given=True), Memory(False), today, False).speech)
    assert CONTENT.line("nothing_remembered") in nothing


def test_asking_for_the_record_at_the_opening_again_and_again_never_loops() -> None:
    state = DialogueState(disclaimer_given=True)
    said = []
    for _ in range(3):
        reply = MEMORY.recall(state, Memory(False), DAY0, how_long=False)
        said.append(reply.speech[-1])
        state = reply.state
    # The opening question is asked again once, then more simply, then the questions start (the safety check).
    assert said[0] != said[1] != said[2] and state.pending_question is not None


def test_memory_round_trips_and_anything_malformed_is_refused() -> None:
    memory = _remembered()
    assert Memory.from_dict(memory.to_dict()) == memory
    assert Memory.from_dict(None) == Memory()
    for broken in ({"consent": "yes"}, {"consent": True, "record": {"level": "emergency"}},
                   {"consent": True, "record": {"level": "self_care", "body_parts": "eyelid"}},
                   {"consent": True, "consent_on": 20261201}):
        with pytest.raises(UnreadableMemory):
            Memory.from_dict(broken)
    assert isinstance(memory.record, Remembered)
