"""Whole conversations in people's own words (tests/data/dialogue), played through `python -m skill chat --json`.

tuning, generalisation and rounds 3 to 214 were tuned on; evaluation, blind and fresh, by other authors, never were
(README, "Conversations in people's own words"). The held-out splits are played whole, the splits tuned on every
thirtieth conversation; `scripts/bench dialogue` plays them all, and `--failures` lists what went wrong.
"""

from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from skill.local.dialogue_corpus import (
    HELD_OUT,
    LEVELS,
    SPLITS,
    ChatProcess,
    Played,
    Report,
    Script,
    ScriptError,
    chat_command,
    load_scripts,
    play,
    score,
)

DATA = Path(__file__).parent / "data" / "dialogue"
ROOT = Path(__file__).resolve().parents[1]


# Floors: what each split measured at the last round of issue 8. The targets (every emergency caught, 95% of
# levels right on evaluation) are met on the splits tuned on, not yet on the held-out ones (evaluation, blind,
# fresh): these keep them from sliding. The held-out splits are played whole; of each split tuned on, every
# thirtieth conversation (its floor measured on those, from a full re-play; every second until 32 rounds, every
# third until 128, then every fourth until 152 rounds took the suite to its four minutes, every fifth took a clean
# clone's CI run to 3 min 46 s of tests at 154, every sixth took CI to 253 s with its set-up at stop 55, every
# eighth the suite alone to 3 min 37 s at 158, every tenth a clean clone's tests to 4 min 34 s at 162, and every
# fifteenth to 4 min 30 s at 166, every twentieth until CI took 421 s with its set-up at stop 64, every thirtieth
# since), to keep the suite quick — `scripts/bench dialogue` plays them all and the README reports those whole
# figures. A comment names a failure known in the whole split (README), whether or not the conversations played
# hold it.
PLAYED_EVERY = 30
FLOORS = {
    # split: (levels right, emergencies caught, re-asked questions at most, dead ends at most)
    "tuning": (4 / 4, 2 / 2, 0, 0),
    "generalisation": (3 / 4, 1 / 1, 0, 0),
    "round3": (4 / 4, 4 / 4, 0, 0),
    "round4": (4 / 4, 2 / 2, 0, 0),
    "round5": (4 / 4, 1 / 1, 0, 0),  # other people's signs told beside one's own twitch (README)
    "round6": (3 / 3, 2 / 2, 0, 0),
    "round7": (3 / 3, 2 / 2, 0, 0),  # "i thought i was having a stroke": stems cannot tell it from "i think"
    "round8": (3 / 3, 2 / 2, 0, 0),
    "round9": (2 / 3, 2 / 2, 0, 0),
    "round10": (3 / 3, 2 / 2, 0, 0),
    "round11": (3 / 3, 1 / 1, 0, 0),
    "round12": (3 / 3, 3 / 3, 0, 0),
    "round13": (3 / 3, 1 / 1, 0, 0),
    "round14": (3 / 3, 3 / 3, 0, 0),
    "round15": (3 / 3, 3 / 3, 0, 0),
    "round16": (3 / 3, 2 / 2, 0, 0),
    "round17": (2 / 3, 1 / 2, 0, 0),  # signs told only in answer to a question never reached (README)
    "round18": (3 / 3, 3 / 3, 0, 0),
    "round19": (2 / 3, 1.0, 0, 0),  # (no emergency among those played)
    "round20": (3 / 3, 3 / 3, 0, 0),
    "round21": (3 / 3, 2 / 2, 0, 0),
    "round22": (3 / 3, 1 / 1, 0, 0),
    "round23": (3 / 3, 1.0, 0, 0),  # (no emergency among those played)
    "round24": (3 / 3, 1 / 1, 0, 0),  # pairs of a real sign and its lookalike: a third takes some of each
    "round25": (3 / 3, 1 / 1, 0, 0),
    "round26": (2 / 3, 1 / 2, 0, 0),
    "round27": (3 / 3, 2 / 2, 0, 0),
    "round28": (3 / 3, 1.0, 0, 0),  # (no emergency among those played)
    "round29": (3 / 3, 1 / 1, 0, 0),
    "round30": (3 / 3, 2 / 2, 0, 0),
    "round31": (3 / 3, 2 / 2, 0, 0),
    "round32": (2 / 3, 2 / 2, 0, 0),
    "round33": (2 / 3, 1 / 1, 0, 0),  # a stroke "in 2015" beside today's twitch stays a sign (README)
    "round34": (3 / 3, 3 / 3, 0, 0),
    "round35": (3 / 3, 1 / 1, 0, 0),
    "round36": (3 / 3, 1 / 1, 0, 0),
    "round37": (3 / 3, 1 / 1, 0, 0),
    "round38": (3 / 3, 2 / 2, 1, 0),
    "round39": (3 / 3, 1 / 1, 0, 0),
    "round40": (2 / 3, 1 / 1, 0, 0),
    "round41": (3 / 3, 1 / 1, 0, 0),
    "round42": (2 / 3, 2 / 2, 0, 0),
    "round43": (3 / 3, 2 / 2, 0, 0),
    "round44": (3 / 3, 1 / 1, 0, 0),
    "round45": (3 / 3, 1 / 1, 0, 0),
    "round46": (3 / 3, 1 / 1, 0, 0),  # "couldn't feel my face on saturday, it was that good a night": kept
    "round47": (3 / 3, 1 / 1, 0, 0),  # a name's "'s" ("I'm Peggy's neighbour") is someone the skill can't place
    "round48": (3 / 3, 3 / 3, 0, 0),  # legs "heavy" or "like rubber" beside a calf read as a second place
    "round49": (3 / 3, 1 / 1, 0, 0),  # a febrile fit "when he was a baby, nothing since" still read as now
    "round50": (3 / 3, 3 / 3, 0, 0),  # energy drinks today told only to the triggers question, never asked
    "round51": (3 / 3, 1 / 1, 0, 0),  # a leg asleep after six hours in a cab; a faint "years ago" at the check
    "round52": (3 / 3, 1 / 1, 1, 0),  # coffee "given up" beside a quick heart: a stimulant still (review A)
    "round53": (3 / 3, 1 / 1, 0, 0),  # "walked up to the churchyard and back": a back twitching too
    "round54": (3 / 3, 1 / 1, 0, 0),  # a clot "in 2015, all sorted" read as when the twitch began
    "round55": (3 / 3, 1 / 1, 0, 0),  # "it was Friday, not a month" put right after the advice is not heard
    "round56": (3 / 3, 1 / 1, 0, 0),  # a fit class, a collapsed stall, "nobody collapsed": signs still (review C)
    "round57": (3 / 3, 1 / 1, 0, 0),  # "my mind went blank in the meeting": a sign still (review A)
    "round58": (3 / 3, 1 / 1, 0, 0),  # "what do you mean by fainting?" at the check counts as the sign, by design
    "round59": (3 / 3, 1 / 1, 0, 0),  # "out cold on the flight", asleep, stays a faint
    "round60": (3 / 3, 1 / 1, 0, 0),  # a dentist's droopy lip told without "from the injection" stays a sign
    "round61": (3 / 3, 1 / 1, 0, 0),  # "no idea if the muscle's gone smaller" counts as smaller, towards caution
    "round62": (2 / 3, 1 / 1, 0, 0),  # "she had a fit when the dog dug up her seedlings" (a temper) stays a fit
    "round63": (3 / 3, 1 / 1, 0, 0),  # a leg that "wouldn't hold me" since "I got up at three" is asked "sudden?"
    "round64": (3 / 3, 1 / 1, 0, 0),  # "September, no wait, ... last Thursday": a time put right far on is missed
    "round65": (3 / 3, 1 / 1, 0, 0),  # an idiom beside any other symptom, "now" or "then" stays a sign (A65)
    "round66": (3 / 3, 1 / 1, 0, 0),
    "round67": (3 / 3, 1 / 1, 0, 0),  # "no tablets of any kind. The header choked ...": a cue across the stop
    "round68": (3 / 3, 1 / 1, 0, 0),  # "Dad being tight" beside "ever since" keeps the given heart attack
    "round69": (3 / 3, 1 / 1, 0, 0),  # "hymn books feeling like house bricks" (a house's, read as a thing's)
    "round70": (3 / 3, 1 / 1, 0, 0),
    "round71": (3 / 3, 1 / 1, 0, 0),
    "round72": (3 / 3, 1 / 1, 0, 0),  # "muggins here is fitting it himself" stays a fit (run-on speech: A72)
    "round73": (3 / 3, 1 / 1, 0, 0),  # arms dead from carrying the baby "at three in the morning": weakness, today
    "round74": (3 / 3, 1 / 1, 0, 0),
    "round75": (3 / 3, 1 / 1, 0, 0),
    "round76": (2 / 3, 1 / 1, 0, 0),
    "round77": (3 / 3, 1 / 1, 0, 0),  # "the only one who keeled over was Henrietta, my old hen": a name keeps it
    "round78": (3 / 3, 1 / 1, 0, 0),
    "round79": (3 / 3, 1 / 1, 0, 0),  # others' emergencies told by people who tend them all day (README)
    "round80": (3 / 3, 1 / 1, 0, 0),  # tune80-016 says "ok, thank you" after the advice, which ends the session
    "round81": (3 / 3, 1 / 1, 0, 0),
    "round82": (2 / 3, 1 / 1, 1, 0),  # a new medicine by a name the model lacks, said early, is asked again
    "round83": (3 / 3, 1 / 1, 0, 0),
    "round84": (3 / 3, 1 / 1, 0, 0),  # "twitch started about a week after that": a start told from another event
    "round85": (3 / 3, 1 / 1, 0, 0),
    "round86": (3 / 3, 1 / 1, 0, 0),  # "my face is fine, it's the ceiling that's dropped"; a mixer "chokin'"
    "round87": (3 / 3, 1 / 1, 0, 0),  # "since the summer sale in June, it just got worse on Black Friday"
    "round88": (3 / 3, 1 / 1, 0, 0),
    "round89": (2 / 3, 1 / 1, 0, 0),  # "the only heart attack I've had is that cliffhanger": said of oneself
    "round90": (3 / 3, 1 / 1, 0, 0),  # "my legs are dead" after wiping out is asked "sudden?"; the script says no
    "round91": (2 / 3, 0 / 1, 0, 0),  # a hand gone floppy "literally only just started" is asked "sudden?"
    "round92": (3 / 3, 1 / 1, 0, 0),  # "my face fell when I stood on the scales" stays a droop (review A45's rule)
    "round93": (3 / 3, 1 / 1, 0, 0),  # "the day the belt went down" stays a faint (review A45b's run-on)
    "round94": (3 / 3, 1 / 1, 0, 0),  # "a jump, jump, jump, from morning to night" is read as since this morning
    "round95": (3 / 3, 1 / 1, 0, 0),  # "only thing that dropped was my face when I saw the quote" stays a droop;
    # "after the fitting" stays a fit (review B46c), and "my jaw nearly hit the floor" a faint (review A46e)
    "round96": (3 / 3, 1 / 1, 0, 0),
    "round97": (2 / 3, 1 / 1, 0, 0),  # "my acca went down on the last leg" stays a faint: "and so did my grandad"
    # can follow it (review A46b); so do "the only heart attack I nearly had" ("... I nearly had to carry him") and a
    # near faint at a win ("... and after that she was out for two minutes", review A46e)
    "round98": (3 / 3, 1 / 1, 0, 0),
    "round99": (1 / 3, 0 / 1, 0, 0),  # a faint told only in answer to "when did it start?", never asked once the
    # twitch "moves around" has decided the level
    "round100": (2 / 3, 1 / 1, 0, 0),  # "ok muscle twitch helper" opens as a report, not a launch
    "round101": (3 / 3, 1 / 1, 0, 0),
    "round102": (2 / 3, 1 / 1, 0, 0),
    "round103": (3 / 3, 1 / 1, 0, 0),  # the seized Corsa's and Fiesta's "seizure" stays a sign (review A47)
    "round104": (3 / 3, 1 / 1, 0, 0),
    "round105": (3 / 3, 1 / 1, 0, 0),
    "round106": (3 / 3, 1 / 1, 0, 0),  # "not on any tablets" said with the no to the safety check is asked again: a
    # trigger denied there closed the stimulant question (review A47c)
    "round107": (3 / 3, 1 / 1, 0, 0),
    "round108": (3 / 3, 1 / 1, 0, 0),
    "round109": (3 / 3, 1 / 1, 0, 0),  # breathlessness told only in answer to "when did it start?", never asked
    # once the opening said "since ... last week"
    "round110": (3 / 3, 1 / 1, 0, 0),
    "round111": (3 / 3, 1 / 1, 0, 0),
    "round112": (3 / 3, 1 / 1, 0, 0),
    "round113": (3 / 3, 1 / 1, 1, 0),
    "round114": (1 / 3, 0 / 1, 0, 0),  # a speech sign told only after the advice, its "today" in the clause before;
    # the script's default "no" to "did it come on suddenly, today?" is taken
    "round115": (3 / 3, 1 / 1, 0, 0),
    "round116": (3 / 3, 1 / 1, 0, 0),
    "round117": (3 / 3, 1 / 1, 0, 0),
    "round118": (3 / 3, 1 / 1, 0, 0),
    "round119": (3 / 3, 1 / 1, 0, 0),
    "round120": (2 / 3, 1 / 1, 0, 0),
    "round121": (3 / 3, 1 / 1, 0, 0),
    "round122": (3 / 3, 1 / 1, 0, 0),  # a month said after "since right around the midterms" is not heard: asked
    "round123": (3 / 3, 1 / 1, 0, 0),
    "round124": (2 / 3, 1 / 1, 0, 0),
    "round125": (3 / 3, 1 / 1, 0, 0),
    "round126": (3 / 3, 1 / 1, 0, 0),
    "round127": (3 / 3, 1 / 1, 0, 0),
    "round128": (3 / 3, 1 / 1, 0, 0),
    "round129": (3 / 3, 1 / 1, 0, 0),
    "round130": (3 / 3, 1 / 1, 1, 0),
    "round131": (3 / 3, 1 / 1, 0, 0),
    "round132": (2 / 3, 1 / 1, 0, 0),
    "round133": (3 / 3, 1 / 1, 0, 0),
    "round134": (3 / 3, 1 / 1, 0, 0),
    "round135": (3 / 3, 1 / 1, 0, 0),  # a racing heart and vomiting after caffeine tablets told only in answer to
    # "when did it start?", never asked once the runner's default "no" to "always in the same place?" settled it
    "round136": (2 / 3, 1 / 1, 0, 0),
    "round137": (3 / 3, 1 / 1, 0, 0),
    "round138": (3 / 3, 1 / 1, 0, 0),  # a faint told only in answer to "any other new symptoms?", never asked once
    # the runner's default "no" to "always in the same place?" settled the level
    "round139": (3 / 3, 1 / 1, 0, 0),
    "round140": (3 / 3, 1 / 1, 0, 0),
    "round141": (3 / 3, 1 / 1, 0, 0),
    "round142": (3 / 3, 1 / 1, 0, 0),
    "round143": (3 / 3, 1 / 1, 0, 0),
    "round144": (3 / 3, 1 / 1, 0, 0),
    "round145": (3 / 3, 1 / 1, 0, 0),
    "round146": (2 / 3, 1 / 1, 0, 0),  # a racing heart after pre-workout told only in answer to "anything that
    # might have set it off?", which an eyelid twitch of days is never asked, after a "no" to the check that named it
    "round147": (3 / 3, 1 / 1, 0, 0),
    "round148": (2 / 3, 1 / 1, 0, 0),
    "round149": (2 / 3, 1 / 1, 0, 0),
    "round150": (3 / 3, 1 / 1, 0, 0),
    "round151": (2 / 3, 1 / 1, 0, 0),
    "round152": (2 / 3, 1 / 1, 0, 0),
    "round153": (2 / 3, 1 / 1, 0, 0),
    "round154": (3 / 3, 1 / 1, 0, 0),
    "round155": (3 / 3, 1 / 1, 0, 0),
    "round156": (3 / 3, 1 / 1, 0, 0),
    "round157": (3 / 3, 1 / 1, 0, 0),  # a long-standing weakness told without "no different" stays a sign (README)
    "round158": (3 / 3, 1 / 1, 0, 0),
    "round159": (3 / 3, 1 / 1, 0, 0),
    "round160": (3 / 3, 1 / 1, 0, 0),
    "round161": (3 / 3, 1 / 1, 0, 0),
    "round162": (2 / 3, 1 / 1, 0, 0),
    "round163": (3 / 3, 1 / 1, 0, 0),
    "round164": (3 / 3, 1 / 1, 0, 0),
    "round165": (2 / 3, 1 / 1, 0, 0),
    "round166": (2 / 3, 1 / 1, 0, 0),
    "round167": (2 / 3, 1 / 1, 0, 0),
    "round168": (3 / 3, 1 / 1, 0, 0),
    "round169": (2 / 3, 1 / 1, 0, 0),
    "round170": (3 / 3, 1 / 1, 0, 0),
    "round171": (3 / 3, 1 / 1, 0, 0),
    "round172": (2 / 3, 1 / 1, 0, 0),
    "round173": (2 / 3, 1 / 1, 0, 0),
    "round174": (2 / 3, 1 / 1, 0, 0),
    "round175": (2 / 3, 1 / 1, 0, 0),
    "round176": (2 / 3, 1 / 1, 0, 0),
    "round177": (3 / 3, 1 / 1, 0, 0),
    "round178": (2 / 3, 1 / 1, 0, 0),
    "round179": (2 / 3, 1 / 1, 0, 0),
    "round180": (2 / 3, 1 / 1, 0, 0),
    "round181": (2 / 3, 1 / 1, 0, 0),
    "round182": (3 / 3, 1 / 1, 0, 0),
    "round183": (3 / 3, 1 / 1, 0, 0),
    "round184": (3 / 3, 1 / 1, 0, 0),
    "round185": (2 / 3, 1 / 1, 0, 0),
    "round186": (3 / 3, 1 / 1, 0, 0),
    "round187": (2 / 3, 1 / 1, 0, 0),
    "round188": (2 / 3, 1 / 1, 0, 0),
    "round189": (3 / 3, 1 / 1, 0, 0),
    "round190": (2 / 3, 1 / 1, 0, 0),
    "round191": (3 / 3, 1 / 1, 0, 0),
    "round192": (1 / 3, 1 / 1, 0, 0),
    "round193": (3 / 3, 1 / 1, 0, 0),
    "round194": (2 / 3, 1 / 1, 0, 0),  # "since Tuesday, leg day. my legs were straight dead after": no time (README)
    "round195": (3 / 3, 1 / 1, 0, 0),
    "round196": (3 / 3, 1 / 1, 0, 0),
    "round197": (3 / 3, 1 / 1, 0, 0),  # a relative's stroke "last Lent" beside one's own twitch since Tuesday (README)
    "round198": (3 / 3, 1 / 1, 0, 0),
    "round199": (3 / 3, 1 / 1, 0, 0),
    "round200": (2 / 3, 1 / 1, 0, 0),  # another's stroke in 2015, told of again at the check (README)
    "round201": (2 / 3, 1 / 1, 0, 0),  # fibromyalgia's ache "all over, head to toe" beside an eyelid's twitch (README)
    "round202": (3 / 3, 1 / 1, 0, 0),
    "round203": (2 / 3, 1 / 1, 0, 0),  # a shutdown "non-verbal for the evening, his normal" (README)
    "round204": (3 / 3, 1 / 1, 0, 0),
    "round205": (3 / 3, 1 / 1, 0, 0),
    "round206": (2 / 3, 1 / 1, 0, 0),  # "how do you mean weakness? like I cannot stand on the toes?" (README)
    "round207": (2 / 3, 0 / 1, 0, 0),  # a collapse told only to "any other symptoms?", never asked alone (README)
    "round208": (3 / 3, 1 / 1, 0, 0),
    "round209": (2 / 3, 1 / 1, 0, 0),  # a resident's fit at work beside Mam's slow slurring, a false alarm (README)
    "round210": (2 / 3, 1 / 1, 0, 0),  # "it was HIM with the headache, not me" after the advice, not yet taken (README)
    "round211": (3 / 3, 1 / 1, 0, 0),  # "only thing that collapsed this week was a ceiling I was fixing" (README)
    "round212": (3 / 3, 1 / 1, 0, 0),  # "what do you mean, drooping? like my face?" twice is not sure: urgent (README)
    "round213": (3 / 3, 1 / 1, 0, 0),  # "my eyelid has been having a fit since Monday", a false alarm (README)
    "round214": (3 / 3, 1 / 1, 0, 0),  # a relative's stroke "in twenty twenty one" beside one's own calf (README)
    "evaluation": (0.90, 38 / 40, 4, 1),
    "blind": (0.90, 39 / 41, 3, 0),  # (a conversation now right reaches pregnancy, said in passing: counts only)
    "fresh": (0.94, 41 / 42, 1, 0),
}


def _played(split: str) -> list[Script]:
    scripts = load_scripts(DATA / f"{split}.jsonl")
    return scripts if split in HELD_OUT else scripts[::PLAYED_EVERY]


def _play(splits: tuple[str, ...]) -> dict[str, Report]:
    with ChatProcess(cwd=ROOT) as chat:
        return {split: score(_played(split), chat) for split in splits}


@pytest.fixture(scope="module")
def reports() -> dict[str, Report]:
    # Two chat processes at once: each conversation waits on its own skill process, and CI has two cores.
    with ThreadPoolExecutor(max_workers=2) as pool:
        halves = pool.map(_play, (SPLITS[0::2], SPLITS[1::2]))
        return {split: report for half in halves for split, report in half.items()}


@pytest.mark.skipif(shutil.which("faketime") is None, reason="needs faketime (scripts/test installs it)")
def test_the_corpora_are_played_on_their_own_day_so_a_holiday_said_is_always_as_long_ago() -> None:
    # Thanksgiving 2026 was 26 November, a week before the corpora's day, whatever day the suite runs on; the
    # United States' Election Day, in its own calendar, 3 November (round 193).
    with ChatProcess(cwd=ROOT) as chat:
        chat("open muscle twitch helper")
        turn = chat("my eyelid has been twitching since thanksgiving")
        chat("exit")
        chat("open muscle twitch helper")
        voted = chat("my arm has been twitching, I first noticed it standing in line to vote on election day")
    assert "starting about 7 days ago" in turn["speech"], turn["speech"]
    assert "starting about 1 month ago" in voted["speech"], voted["speech"]


@pytest.mark.skipif(shutil.which("faketime") is None, reason="needs faketime (scripts/test installs it)")
def test_a_holiday_is_read_by_the_calendar_of_the_locale_the_chat_speaks() -> None:
    # Canada's Thanksgiving 2026 was 12 October, America's 26 November: one person, two lengths of time.
    with ChatProcess(chat_command("--locale", "en-CA"), cwd=ROOT) as chat:
        chat("open muscle twitch helper")
        turn = chat("my eyelid has been twitching since thanksgiving")
    assert "starting about 7 weeks ago" in turn["speech"], turn["speech"]


def test_the_corpus_is_big_enough_and_covers_every_level_and_category() -> None:
    scripts = {split: load_scripts(DATA / f"{split}.jsonl") for split in SPLITS}
    every = [script for found in scripts.values() for script in found]
    assert len(scripts["tuning"]) + len(scripts["evaluation"]) >= 150
    assert len({script.id for script in every}) == len(every)
    assert {script.level for script in every} == set(LEVELS)
    for split in HELD_OUT:  # measured per category; a tuning round may be weighted to a few
        assert len({script.category for script in scripts[split]}) == 15, split


@pytest.mark.parametrize("split", SPLITS)
def test_levels_and_emergencies_stay_at_or_above_their_floors(reports: dict[str, Report], split: str) -> None:
    report = reports[split]
    levels, caught, _, _ = FLOORS[split]
    assert report.levels_right / report.conversations >= levels - 1e-9, f"{report.levels_right}/{report.conversations}"
    assert report.emergencies_caught >= caught * report.emergencies - 1e-9, (
        f"{report.emergencies_caught}/{report.emergencies}")


@pytest.mark.parametrize("split", SPLITS)
def test_no_loops_and_next_to_no_dead_ends_or_re_asked_questions(reports: dict[str, Report], split: str) -> None:
    report = reports[split]
    _, _, reasks, dead_ends = FLOORS[split]
    assert report.loops == 0
    assert report.dead_ends <= dead_ends and report.reasks <= reasks


# -- the runner itself, against a skill made of canned turns --------------------------------------------------------

SCRIPT = Script.from_json({
    "id": "t", "category": "plain", "speaker": "", "say": ["open muscle twitch helper", "my calf twitches"],
    "answers": {"emergency_screen": ["why?", "no"], "weakness": "i fainted"}, "otherwise": "no",
    "after_advice": ["thanks"],
    "expect": {"level": "emergency", "why": "", "emergency_after": "i fainted", "never_asked": ["onset"]},
})


def canned(turns: list[dict]) -> tuple[list[str], object]:
    said: list[str] = []

    def say(utterance: str) -> dict:
        said.append(utterance)
        return turns[min(len(said), len(turns)) - 1]

    return said, say


def turn(pending: str | None = None, outcome: str | None = None, speech: str = "", ended: bool = False) -> dict:
    return {"pending_question": pending, "outcome": outcome, "speech": speech, "ended": ended}


def test_the_person_answers_whatever_is_asked_in_turn() -> None:
    said, say = canned([turn(), turn("emergency_screen"), turn("emergency_screen"), turn("weakness"),
                        turn(None, "emergency"), turn(None, "emergency"), turn(None, "emergency", ended=True)])
    played = play(SCRIPT, say)
    assert said == ["open muscle twitch helper", "my calf twitches", "why?", "no", "i fainted", "thanks", "stop"]
    assert played.right and played.emergency_at_once and not played.failures


def test_a_sign_of_the_safety_check_asked_alone_takes_the_checks_next_answer_then_otherwise() -> None:
    # "What d'ye mean by confused?" to the check, then its sign asked on its own: the person goes on with what they
    # say to the check, and once that is all said, with `otherwise`.
    script = Script.from_json({
        "id": "t", "category": "questions_back", "speaker": "", "say": ["open muscle twitch helper", "mum's eye"],
        "answers": {"emergency_screen": ["what d'ye mean by confused?", "she doesnae know what day it is"]},
        "otherwise": "no, she hasn't", "after_advice": [],
        "expect": {"level": "emergency", "why": "", "emergency_after": "she doesnae know what day it is"},
    })
    said, say = canned([turn(), turn("emergency_screen"), turn("screen_collapse"), turn("screen_breathing"),
                        turn(None, "self_care", ended=True)])
    play(script, say)
    assert said[2:] == ["what d'ye mean by confused?", "she doesnae know what day it is", "no, she hasn't"]


def test_a_late_emergency_a_re_ask_and_a_loop_are_each_failures() -> None:
    same = turn("onset", speech="When did it start?")
    _, say = canned([turn(), turn("emergency_screen"), turn("weakness"), same, same, same, turn(None, "self_care"),
                     turn(None, "self_care", ended=True)])
    played = play(SCRIPT, say)
    assert not played.right and played.emergency_at_once is False
    assert played.reasked == ["onset"] and played.loops == ["onset"]
    assert len(played.failures) == 4


def test_a_session_that_closes_without_advice_is_a_dead_end() -> None:
    _, say = canned([turn(), turn(ended=True)])
    assert play(SCRIPT, say).dead_end


def test_a_script_that_names_an_utterance_it_never_says_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "category": "plain", "say": ["hi"], "answers": {}, "otherwise": "no", '
                   '"expect": {"level": "emergency", "emergency_after": "never said"}}\n', encoding="utf-8")
    with pytest.raises(ScriptError, match="bad.jsonl:1"):
        load_scripts(bad)


def test_played_reports_its_level_as_the_last_given_but_an_emergency_stays() -> None:
    played = Played(SCRIPT, [("a", turn(None, "emergency")), ("b", turn(None, "self_care"))])
    assert played.level == "emergency"
