"""Emergency signs in words no synonym lists, and lookalikes that are no sign (skill/local/nlu/sign_cues.py).

Every sentence is our own, written for these tests (none from the dialogue corpora).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skill.domain.triage import EMERGENCY_SYMPTOMS, NEW_NERVE_SYMPTOMS, SUDDEN_SIGNS
from skill.local.interaction_model import load_interaction_model
from skill.local.nlu.sign_cues import CueError, SignCues
from skill.local.nlu.word_cache import known_words
from tests.nlu_support import LazyResolver

MODEL = load_interaction_model()
RESOLVER = LazyResolver()
with known_words():  # (the cues' words from the file a resolver's build keeps them in: 3 s of every collection)
    CUES = SignCues.load()


def heard(text: str, pending: str | None = "emergency_screen") -> tuple[list[str], list[str]]:
    slots = RESOLVER.resolve(text, pending).slot_ids()
    return slots.get("symptom", []), slots.get("deniedSymptom", [])


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("i can barely breathe", "difficulty_breathing"),
        ("i can't get me wind, even sat down", "difficulty_breathing"),
        ("her lips have gone a greyish sort of colour", "difficulty_breathing"),
        ("my throat feels like it's closing up", "difficulty_breathing"),
        ("it's like somebody parked a brick on my chest", "chest_pain"),
        ("chest, heavy, bad", "chest_pain"),
        ("his heart was banging away after them monster cans", "palpitations"),
        ("my mouth's gone a bit squint on the one side", "facial_droop"),
        ("her words came out in the wrong order", "difficulty_speaking"),
        ("my tongue feels too thick to talk", "difficulty_speaking"),
        ("everything went black at the bus stop", "fainting"),
        ("i woke up on the kitchen floor", "fainting"),
        ("my tea keeps going down the wrong way", "difficulty_swallowing"),
        ("she was shaking on the floor and her eyes rolled", "seizure"),
        ("he didn't recognise where he was", "confusion"),
        ("half of his face isn't moving properly", "facial_droop"),
        ("the left of her smile has sort of frozen", "facial_droop"),
        ("his lips are a purply colour", "difficulty_breathing"),
        ("her mouth went bluey round the edges", "difficulty_breathing"),
        ("my heart's leaping about like mad since them pills", "palpitations"),
        ("her mouth won't shut properly on the right", "facial_droop"),
        ("his juice keeps dribbling out the side of his mouth", "facial_droop"),
        ("my lip feels like the dentist just numbed it", "sensation_change"),
        ("my ticker is going like the clappers", "palpitations"),
        ("mum's gone a bit doolally this afternoon", "confusion"),
        ("he didn't know what year it is", "confusion"),
        ("we had to fan him until he came round", "fainting"),
        ("my grip went completely at breakfast", "weakness"),
        ("she wasn't able to hold her cup this morning", "weakness"),
        ("when he talks it comes out as gibberish", "difficulty_speaking"),
        ("her tea runs out of her mouth when she drinks", "facial_droop"),
        ("since lunch, one side won't close properly", "facial_droop"),
        ("the bread sticks in her throat since this morning", "difficulty_swallowing"),
        ("she keeps asking what day it is", "confusion"),
        ("he couldn't find his way back from the shop", "confusion"),
        ("next thing i knew i was looking at the carpet", "fainting"),
        ("i don't remember falling", "fainting"),
        ("his words are coming out all mince", "difficulty_speaking"),
        ("my right arm isn't listening to me", "weakness"),
        ("my heart's doing somersaults after that energy drink", "palpitations"),
        ("mi cyaan get di water dung", "difficulty_swallowing"),
        ("every bite hangs in my craw", "difficulty_swallowing"),
        ("nothing will go down since tea time", "difficulty_swallowing"),
        ("she started kicking and bucking on the kitchen floor", "seizure"),
        ("he wet himself and wasn't answering", "seizure"),
        ("everything went grey and i was laid out on the path", "fainting"),
        ("he asked me who i was", "confusion"),
        ("she doesn't know her own home", "confusion"),
        ("he keeps asking the same question", "confusion"),
        ("his chest has a big ouchy and it's squeezy", "chest_pain"),
        ("my words keep coming out crossways", "difficulty_speaking"),
        ("my legs won't carry me since lunch", "weakness"),
        ("my arm went manhid bigla", "sensation_change"),
        ("i touch my cheek and i feel nothing", "sensation_change"),
        ("the room was spinning and then i was on the floor", "fainting"),
        ("when i opened my eyes i was on the ground", "fainting"),
        ("yesterday i lost myself in the shop", "fainting"),
        ("his hand won't close round the fork", "weakness"),
        ("since lunch her arm just hangs there", "weakness"),
        ("i could not say the word for milk", "difficulty_speaking"),
        ("my heart is not comfortable since the energy drinks", "chest_pain"),
        ("she forgot her own street this morning", "confusion"),
        ("i had a shaking attack and my eyes went up", "seizure"),
        ("after the pills i give back everything", "nausea"),
        ("my heart is running like a horse", "palpitations"),
        ("she keeps seeing things that aren't there", "confusion"),
        ("his chest is whistling with every breath", "difficulty_breathing"),
        ("i'm gulping for air between sentences", "difficulty_breathing"),
        ("the milk shot back up out of her nose at breakfast", "difficulty_swallowing"),
        ("he stared at me blankly over his cornflakes", "confusion"),
        ("gran's gone all vague since teatime", "confusion"),
        ("she thinks i'm her dad and keeps asking for her mother", "confusion"),
        ("he thought i was his brother this morning", "confusion"),
        ("she kept calling for her husband who died in ninety two", "confusion"),
        ("mam had a muddled turn at the shops", "confusion"),
        ("the lights went out and i was on the kitchen lino", "fainting"),
        ("next thing the dog was licking my face and i was flat out on the patio tiles", "fainting"),
        ("she just went rigid in her chair", "seizure"),
        ("he went stiff as a plank and fell off the bench", "seizure"),
        ("the corner of her mouth has slid down", "facial_droop"),
        ("the words just would not come when i rang the bank", "difficulty_speaking"),
        ("his words were coming out all wrong at tea", "difficulty_speaking"),
        ("i cannot make a fist with my left hand", "weakness"),
        ("her leg went heavy halfway up the road", "weakness"),
        ("he was chucking his guts up after the caffeine pills", "nausea"),
        ("her left leg packed in on the stairs", "weakness"),
        ("his arm went like a wet noodle at dinner", "weakness"),
        ("my hand feels like it's not mine", "sensation_change"),
        ("it's like sucking air through a straw", "difficulty_breathing"),
        ("his words came out all scattered", "difficulty_speaking"),
        ("she had a little blackout in the queue", "fainting"),
        ("he couldn't tell me how he got home", "confusion"),
        ("i lost two hours this afternoon and don't know where they went", "confusion"),
        ("i can't twist the top off a bottle of pop any more", "weakness"),
        ("both hands feel like i'm wearing thick gloves", "sensation_change"),
        ("i tried to say hello and it came out all mangled", "difficulty_speaking"),
        ("i came round with my neighbour standing over me", "fainting"),
        ("i don't remember landing on the kitchen floor", "fainting"),
        ("every sip of tea makes her cough and splutter since lunch", "difficulty_swallowing"),
        ("he slumped down off his chair at the table", "fainting"),
        ("she had a wee turn in the garden centre", "fainting"),
        ("it feels like a mule is standing on my chest", "chest_pain"),
        ("he just wasn't with it at breakfast, didn't know the time of day", "confusion"),
        ("she's drooling out of one side of her mouth since lunch", "facial_droop"),
        ("and just now his words went all strange", "difficulty_speaking"),
        ("he's jerking and won't wake up", "fainting"),
        ("he wouldn't wake up for school, we shook him and he's all floppy", "fainting"),
        ("i passed clean out at my sister's on saturday, came round on her rug", "fainting"),
        ("we can't rouse him", "fainting"),
        ("i couldn't wake my husband", "fainting"),
        ("i'm not able to breathe", "difficulty_breathing"),
        ("mi nah able fi breathe", "difficulty_breathing"),
        ("she's unable to breathe", "difficulty_breathing"),
        # what one cannot do, said with what happens ("can't grip ... slides out"), and beside the new lookalikes
        ("i can't grip my cup, it slides out my fingers", "weakness"),
        ("since ma dinner ah cannae get a grip o ma cup wi ma right hand, it just slides oot ma fingers", "weakness"),
        ("i had a faint this morning", "fainting"),
        ("my son had a seizure at the port", "seizure"),
        # the round-30 lookalikes' own words, said of a real sign (the safety review's probes)
        ("i've just had a drug seizure, what do i do", "seizure"),
        ("i fainted twitching all over this morning", "fainting"),
        ("crossing the road blacked out and fell", "fainting"),
        # ... and round 31's: a person beside the animal, a study word after the sign, a faint long ago and again
        ("the dog found him collapsed", "fainting"),
        ("walking the dog my dad fainted", "fainting"),
        ("studying i fainted", "fainting"),
        ("i fainted once years ago, never again until last week", "fainting"),
        ("i had a seizure years ago, it has happened again", "seizure"),
        # (the second safety review: doing something with an animal, studying then a sign, a first time in years)
        ("i was studying and fainted", "fainting"),
        ("studying and chest pains", "chest_pain"),
        ("was out walking the dog and collapsed", "fainting"),
        ("feeding the cattle and couldn't breathe", "difficulty_breathing"),
        ("this morning mucking out the horse, fainted twice", "fainting"),
        ("playing pokemon and blacked out", "fainting"),
        ("i'm 50 years old and i had a seizure, it's never happened before", "seizure"),
        ("i fainted, not happened since i was a teenager years ago", "fainting"),
        ("my face went numb to it suddenly", "sensation_change"),
        ("i've been passing out day and night", "fainting"),
        # (round 32's review: a real knock-out, a blackout in the street, smoke, someone in the room, a new fit)
        ("we were knocked out by the fumes from the heater", "fainting"),
        ("i got knocked out in the semis of the boxing", "fainting"),
        ("i had a blackout in the street yesterday", "fainting"),
        ("yes we choked on the smoke from the fire", "difficulty_breathing"),
        ("i was out for the count for a minute this morning", "fainting"),
        ("watching tv and the wife there collapsed", "fainting"),
        ("watching the telly my dad had a stroke", "facial_droop"),
        ("during the film my son had a seizure", "seizure"),
        ("he had febrile convulsions as a baby but nothing since, and his eyelid's twitching since this morning and "
         "he's had a fit", "seizure"),
        ("i fainted at work, never happened before in all my 40 years", "fainting"),
        ("my words have been getting lazy over the last few months", "difficulty_speaking"),
    ],
)
def test_a_sign_in_words_no_synonym_lists_is_heard(text: str, sign: str) -> None:
    said, denied = heard(text)
    assert sign in said and sign not in denied


def test_a_cant_inside_the_sign_is_part_of_it_and_a_not_before_it_denies_it() -> None:
    assert "difficulty_breathing" in heard("i can't fill my lungs properly")[0]
    assert "difficulty_swallowing" in heard("my throat won't let me swallow")[0]
    for denial in ("i'm not short of breath or anything", "i haven't had any trouble swallowing"):
        resolution = RESOLVER.resolve(denial, "other_symptoms")
        assert "symptom" not in resolution.slot_ids(), denial  # a plain no, or the sign denied
        assert resolution.intent == "AMAZON.NoIntent" or resolution.slot_ids().get("deniedSymptom"), denial


@pytest.mark.parametrize(
    ("text", "not_sign"),
    [
        ("no, fit as a fiddle otherwise", "seizure"),
        ("i had a stroke of luck at bingo", "facial_droop"),
        ("i'm feeling a bit blue about it all", "difficulty_breathing"),
        ("i'm confused about whether i should worry", "confusion"),
        ("my heart sank when it started again", "palpitations"),
        ("the side of my face won't stop moving", "facial_droop"),
        ("i've told him until i'm blue in the face", "difficulty_breathing"),
        ("we blacked out the bedroom for the baby", "fainting"),
        ("she nearly choked laughing at it", "difficulty_swallowing"),
        ("i dropped off on the couch after tea", "weakness"),
        ("my heart's in my mouth every time it flickers", "palpitations"),
        ("my heart skipped a beat when i noticed it", "palpitations"),
        ("i thought i was having a stroke when it started", "facial_droop"),
        ("my eye keeps twitching, i thought i was having a heart attack but it was just wind", "chest_pain"),
        ("the ref nearly gave me a heart attack, i'm having one more pint anyway", "chest_pain"),
        ("i'm gasping for a brew", "difficulty_breathing"),
        ("we all collapsed laughing at the panto", "fainting"),
        ("what a stroke of bad luck that was", "facial_droop"),
        ("no, the only thing that had a fit today was the printer", "seizure"),
        ("my jaw dropped when she told me", "facial_droop"),
        ("i threw a wobbly at the meeting", "seizure"),
        ("i'm on pins and needles about the scan", "sensation_change"),
        ("the kids are winding me up", "difficulty_breathing"),
        ("my heart skipped a beat when my crush texted", "chest_pain"),
        ("our old cat had a funny turn and keeled over in the hall", "fainting"),
        ("i saw a lad collapse at the match and now i'm worried", "fainting"),
        ("we watched a programme where a woman had a seizure", "seizure"),
        ("i've been on double shifts all month", "double_vision"),
        ("i had a double espresso at lunch", "double_vision"),
        ("i'm puffing a bit on the hills these days", "swelling"),
        ("no, the only thing that fainted was the old boiler", "fainting"),
        ("nope, the only collapse round here was the garden shed", "fainting"),
        ("no, the only thing that had convulsions was my laptop", "seizure"),
        ("the washing blew about in the wind all day", "difficulty_breathing"),
        ("the website crashed and it went down for hours", "fainting"),
        ("i've been doing fitness classes three times a week", "seizure"),
        ("the pound is looking weak against the euro", "weakness"),
        ("our tent collapsed in the storm at the festival", "fainting"),
        ("the work laptop keeps freezing and the printer died", "fainting"),
        ("the wind is howling round the house", "difficulty_breathing"),
        ("the power blackout lasted all night", "fainting"),
        ("the whole estate had a blackout on friday", "fainting"),
        ("i was a bit choked about missing the match", "difficulty_swallowing"),
        ("i'm dead tired after the night shift", "weakness"),
        ("the clinic can't see me until january", "vision_change"),
        ("dad took a turn for the better after the op", "fainting"),
        ("that crossword had me completely confused", "confusion"),
        ("the old mower that wheezes every spring", "difficulty_breathing"),
        ("the grandkids are giving me a heart attack with that trampoline", "chest_pain"),
        ("i was breathless with excitement when she rang", "difficulty_breathing"),
        ("our lads choked in the semi final again", "difficulty_swallowing"),
        ("i nearly passed out when the vet's bill came", "fainting"),
        ("i've read a lot about seizures and strokes online", "seizure"),
        ("my daughter's a nurse so she knows about strokes and seizures", "seizure"),
        ("the only things that collapsed were my runner beans", "fainting"),
        ("a fella on eastenders had a seizure last night", "seizure"),
        ("that film really put the wind up me", "difficulty_breathing"),
        ("it's hard to talk about since my mum died", "difficulty_speaking"),
        ("there's a really fit lad at the gym", "seizure"),
        ("we put blackout blinds in the nursery", "fainting"),
        ("the weeks all blur into one on nights", "vision_change"),
        ("i've been pulling doubles at the hospital", "double_vision"),
        ("i always get tongue tied when i'm nervous", "difficulty_speaking"),
        ("we were in fits of laughing at the wedding", "seizure"),
        ("her face is not crooked at all", "facial_droop"),
        ("i've been feeling a bit blue since the divorce", "difficulty_breathing"),
        ("no, i'm fit and well", "seizure"),
        ("my manager had a fit about the quarterly numbers", "seizure"),
        ("we had a power cut and the tills all blacked out", "fainting"),
        ("my phone froze and the screen went totally black", "fainting"),
        ("in the serial last night the nurse fainted at the wedding", "fainting"),
        ("my savings are shrinking every month", "muscle_wasting"),
        ("i can't wake up in the mornings", "fainting"),
        ("i couldn't wake up this morning", "fainting"),
        ("i can breathe fine, not a problem", "difficulty_breathing"),
        ("i'm able to breathe fine, no problem", "difficulty_breathing"),
        ("no, i'm breathing fine, not short of breath", "difficulty_breathing"),
        ("my chest is fine, not tight", "chest_pain"),
        # round 30
        ("we made a big cocaine seizure at the port and i've been doing double shifts", "seizure"),
        ("the work is mind-numbing and my arm's been twitching", "sensation_change"),
        ("there's a faint flicker in my shoulder", "fainting"),
        ("we'd a power cut, the whole glen blacked out", "fainting"),
        # round 31
        ("i've been revising strokes and seizures and facial droop all week", "seizure"),
        ("this heat's got the cattle all laid out under the trees", "fainting"),
        ("my pokemon fainted like ten times last night lol", "fainting"),
        ("three weeks now, since the scrum collapsed on us at training", "fainting"),
        ("our system crashed this week, everyone's fit to be tied", "seizure"),
        ("it's been the bridge collapse all week, honestly i am numb to it by now", "sensation_change"),
        ("my teacher says i keep choking in auditions", "difficulty_swallowing"),
        ("i had a seizure once when i was nine, after a high fever, but nothing in the twenty-five years since",
         "seizure"),
        ("i fainted once donating blood, about six years ago, but it never happened again", "fainting"),
        # round 32: sport, money, the weather, a power cut, a show, a baby's fits long ago, speech on a page
        ("we got knocked out in the semis on saturday, gutted", "fainting"),
        ("the leafs choked again last night, no surprise", "difficulty_swallowing"),
        ("it is the stress, the cedi has collapsed and my shop is suffering", "fainting"),
        ("last night we had a blackout the whole street", "fainting"),
        ("the wind nearly blew me over this morning", "difficulty_breathing"),
        ("i was watching teleserye and the lola there had a stroke", "facial_droop"),
        ("his eyelid's been twitching since monday. he had febrile convulsions as a baby but nothing since",
         "seizure"),
        ("suddenly my voice assistant got lazy", "difficulty_speaking"),
        ("all of a sudden my kid's handwriting and words on the page got sloppy", "difficulty_speaking"),
        ("i'm choking for a smoke", "difficulty_breathing"),
    ],
)
def test_a_lookalike_is_no_sign(text: str, not_sign: str) -> None:
    assert not_sign not in heard(text, "other_symptoms")[0]


def test_a_lookalike_takes_away_only_its_own_reading() -> None:
    assert "back" not in RESOLVER.resolve("my eye twitch is back again").slot_ids().get("bodyPart", [])
    assert RESOLVER.resolve("it's my back that's twitching").slot_ids().get("bodyPart") == ["back"]
    # "went down the wrong way" is no faint, but it is still swallowing trouble.
    said, _ = heard("my drink went down the wrong way")
    assert said == ["difficulty_swallowing"]


def test_every_cue_is_an_urgent_or_a_new_nerve_sign_of_the_model() -> None:
    symptoms = {value.id for value in MODEL.slot_types["SYMPTOM"].values}
    urgent = set(EMERGENCY_SYMPTOMS) | set(SUDDEN_SIGNS) | set(NEW_NERVE_SYMPTOMS) | {"palpitations", "nausea"}
    for cue in CUES.cues:
        assert cue.value.id in symptoms and cue.value.id in urgent, cue.value.id
    every_id = symptoms | {value.id for slot_type in MODEL.slot_types.values() for value in slot_type.values}
    for lookalike in CUES.lookalikes:
        assert lookalike.not_ids <= every_id and len(lookalike.words) >= 2, lookalike


@pytest.mark.parametrize(
    "raw",
    ["not json", {"slot_type": "SYMPTOM", "reach": 4, "signs": [{"id": "x", "groups": [[]]}], "lookalikes": {}},
     {"slot_type": "SYMPTOM", "signs": [], "lookalikes": {"fit as a fiddle": ["seizure"]}},
     {"slot_type": "SYMPTOM", "reach": 4, "signs": [], "lookalikes": {"well": ["seizure"]}},
     # a lookalike written twice: JSON would keep only the second reading
     '{"slot_type": "SYMPTOM", "reach": 4, "signs": [], '
     '"lookalikes": {"dead tired": ["weakness"], "dead tired": ["fainting"]}}',
     # a lookalike that fillers shrink ("like to had a heart attack" would be "to have a heart attack")
     {"slot_type": "SYMPTOM", "reach": 4, "signs": [], "lookalikes": {"like to had a heart attack": ["chest_pain"]}},
     # a closing denial that fillers shrink to a bare "not"
     {"slot_type": "SYMPTOM", "reach": 4, "signs": [], "lookalikes": {}, "closing_denials": ["not literally"]},
     # a group of fillers only, gone before cues are read ("my mouth was just moving")
     {"slot_type": "SYMPTOM", "reach": 4, "lookalikes": {},
      "signs": [{"id": "difficulty_speaking", "groups": [["mouth"], ["moving"], ["just", "really"]]}]}],
)
def test_a_broken_cue_file_is_refused_with_its_path(tmp_path: Path, raw: object) -> None:
    (tmp_path / "xx-XX.json").write_text(raw if isinstance(raw, str) else json.dumps(raw), encoding="utf-8")
    with pytest.raises(CueError, match="xx-XX.json"):
        SignCues.load("xx-XX", tmp_path)


@pytest.mark.parametrize(
    "text",
    [
        "no, my late mother collapsed from a stroke years ago, so i'm careful, but i have nothing like that",
        "nah, i blacked out at a stag do once, but none of those lately",
    ],
)
def test_signs_told_as_a_story_then_denied_as_a_group_are_denied(text: str) -> None:
    assert "symptom" not in RESOLVER.resolve(text, "emergency_screen").slot_ids()


def test_a_closing_denial_never_hides_a_sign_said_to_be_happening_now() -> None:
    said, _ = heard("no, but my arm went dead an hour ago, nothing like that before")
    assert said == ["weakness"]


def test_a_person_said_to_be_the_one_with_the_sign_is_no_story() -> None:
    # "It's my husband who collapsed": he did, and nothing says it is over, whoever the twitch is.
    assert heard("no, it's my husband who collapsed, not me")[0] == ["fainting"]
    assert "symptom" not in RESOLVER.resolve("no, it's the cat that keeps choking on fur balls, not me",
                                             "emergency_screen").slot_ids()
    assert "symptom" not in RESOLVER.resolve("no, it's my dad who had a stroke years ago, not me",
                                             "emergency_screen").slot_ids()


@pytest.mark.parametrize(("text", "sign"), [("her lips don't look normal, bit blue", "difficulty_breathing"),
                                            ("his face, all gone crooked", "facial_droop")])
def test_a_clause_of_only_a_state_after_a_part_is_about_that_part(text: str, sign: str) -> None:
    assert heard(text)[0] == [sign]


@pytest.mark.parametrize("text", [
    "we had a lady collapse on the ward last night and i was doing compressions on her",
    "i had a ewe flat out cold in the straw on wednesday",
    "my souffle collapsed last night, but i'm still standing",
    "i will tell you what collapsed, our batting, all out for ninety one",
    "i had to choke the old quad bike to get her going",
    "the drill's gone weak, but that's the battery",
    "my daughter-in-law says i am weak at making round chapatis",
    "that's just him giving out",
])
def test_a_strangers_an_animals_or_a_things_sign_and_idioms_are_no_sign(text: str) -> None:
    assert heard(text, "other_symptoms")[0] == []


@pytest.mark.parametrize(("text", "sign"), [
    ("i had a fit", "seizure"),
    ("the cake got stuck in my throat", "difficulty_swallowing"),
    ("me heart's been hammering away like a road drill since them energy cans", "palpitations"),
    ("me right arm went like a wet sock an hour ago, couldn't lift the kettle with it", "weakness"),
    ("my legs keep giving out", "weakness"),
    ("i went to take a sip of water and it just wouldn't go down, came back out my nose", "difficulty_swallowing"),
    ("when i look at road signs there's two of them, one sitting a little above the other", "double_vision"),
    ("that same eyelid's hanging that low i have to tip my head back to see the telly", "drooping_eyelid"),
    ("saliva keeps coming out of the corner of my mouth when i am talking", "drooling"),
])
def test_a_persons_own_sign_beside_a_thing_or_in_plain_words_is_heard(text: str, sign: str) -> None:
    assert sign in heard(text, "other_symptoms")[0]


def test_a_sign_said_to_be_today_came_on_suddenly() -> None:
    said = RESOLVER.resolve("no new ones, but i couldn't get my morning pills down today", "medication").slot_ids()
    assert said.get("symptom") == ["difficulty_swallowing"] and said.get("pace") == ["sudden"]


def test_objects_stacked_are_no_double_vision() -> None:
    assert heard("i put one box on top of the other", "other_symptoms")[0] == []


@pytest.mark.parametrize("text", ["his mouth can't stop drooping on one side", "her face never stops drooping"])
def test_a_sign_that_wont_stop_is_there(text: str) -> None:
    assert heard(text) == (["facial_droop"], [])


@pytest.mark.parametrize(
    "text",
    ["no, the cat choked on a hairball this morning", "a woman had a seizure on the telly last night",
     "no, what if i pass out while i'm driving though", "i had my passing out parade last week"],
)
def test_an_animals_or_an_actors_signs_and_fears_and_idioms_are_no_sign(text: str) -> None:
    assert not {"difficulty_swallowing", "seizure", "fainting"} & set(heard(text, "other_symptoms")[0])


def test_a_sign_said_of_oneself_beside_a_pet_is_still_heard() -> None:
    assert "fainting" in heard("the dog jumped up and i passed out on the kitchen floor")[0]


@pytest.mark.parametrize(
    ("text", "not_place"),
    [
        ("my eyelid twitches and the room keeps spinning", "back"),
        ("i'm facing a big deadline and my eyelid twitches", "face"),
        ("my calf twitched all through my nap", "neck"),
        ("my eyelid goes when i feel trapped at work", "shoulder"),
        ("i've told her till i'm blue in the face but my calf still twitches", "face"),
    ],
)
def test_an_everyday_word_that_shares_a_stem_with_a_body_part_is_no_twitching_place(text: str, not_place: str) -> None:
    # A second place would mean "more than one place", a reason to see a doctor soon.
    assert not_place not in RESOLVER.resolve(text).slot_ids().get("bodyPart", [])


def test_the_body_parts_themselves_are_still_heard() -> None:
    for text, place in (("my face keeps twitching", "face"), ("the nape of my neck twitches", "neck"),
                        ("my left trap is twitching", "shoulder"), ("both my traps twitch", "shoulder")):
        assert place in RESOLVER.resolve(text).slot_ids().get("bodyPart", []), text


def test_a_sign_of_ones_own_beside_someone_seen_is_still_heard() -> None:
    assert "fainting" in heard("i saw my husband collapse in the garden")[0]  # someone named, not a stranger
    assert "seizure" in heard("i had a fit while i was watching telly")[0]  # the sign before what was watched
    assert "sensation_change" in heard("i watched a man fall and then my arm went numb")[0]


def test_a_clause_of_ones_own_after_an_animals_is_still_heard() -> None:
    assert "fainting" in heard("the dog had a fit and i fainted")[0]


def test_now_alone_says_nothing_about_how_a_sign_came_on() -> None:
    gradual = RESOLVER.resolve("my grip has been going for months, i can hardly open a jar now", "weakness")
    assert "sudden" not in gradual.slot_ids().get("pace", [])
    assert RESOLVER.resolve("my arm went numb just now", "weakness").slot_ids().get("pace") == ["sudden"]


@pytest.mark.parametrize(("text", "not_value", "slot"), [
    ("i'm slow on my feet these days from my knees", "foot", "bodyPart"),
    ("my calf twitches when i'm on the train to work", "exercise", "trigger"),
    ("my eyelid twitches when i back up photos to a thumb drive", "thumb", "bodyPart"),
    ("my shoulder started twitching after i moved a chest of drawers", "chest", "bodyPart"),
    ("i was jointing chicken thighs when my eyelid started", "thigh", "bodyPart"),
    ("we had lamb shoulder for sunday dinner and now my lip twitches", "shoulder", "bodyPart"),
    ("i help at the coffee morning and my calf twitches", "caffeine", "trigger"),
    ("we're stress testing the new app and my thumb is twitching", "stress", "trigger"),
    ("we had fish for tea and my eyelid started twitching", "caffeine", "trigger"),
])
def test_an_everyday_phrase_is_no_place_or_trigger(text: str, not_value: str, slot: str) -> None:
    assert not_value not in RESOLVER.resolve(text).slot_ids().get(slot, [])


@pytest.mark.parametrize("question", ["sudden_onset", "screen_face_limbs", "emergency_screen"])
def test_a_no_is_never_read_into_words_without_a_negative(question: str) -> None:
    assert RESOLVER.resolve("today. all. at once.", question).intent != "AMAZON.NoIntent"


def test_a_decade_named_is_long_ago_so_a_sign_then_is_history() -> None:
    # The dialogue takes a sign said only with a time a month or more ago as history, not a sign now.
    slots = RESOLVER.resolve("my nan had a stroke back in the eighties").slot_ids()
    assert slots.get("duration") == ["P30Y"]


def test_a_stimulant_said_with_its_reaction_travels_with_it() -> None:
    said = "my calf twitches and after my third red bull my heart's going like the clappers"
    slots = RESOLVER.resolve(said).slot_ids()
    assert "palpitations" in slots.get("symptom", []) and set(slots.get("trigger", [])) & {"caffeine", "stimulant"}


@pytest.mark.parametrize(("text", "places"), [("my leg, the calf, keeps twitching", ["calf"]),
                                              ("my hand, the thumb, jumps", ["thumb"]),
                                              ("my calf and my thigh both twitch", ["calf", "thigh"])])
def test_a_place_narrowed_down_is_one_place(text: str, places: list[str]) -> None:
    assert RESOLVER.resolve(text).slot_ids().get("bodyPart") == places


@pytest.mark.parametrize("text", ["no po", "no hen", "no o", "no ji"])
def test_a_word_of_respect_after_a_no_is_still_a_no(text: str) -> None:
    assert RESOLVER.resolve(text, "emergency_screen").intent == "AMAZON.NoIntent"


def test_asking_the_skill_to_speak_up_is_no_answer() -> None:
    assert RESOLVER.resolve("speak up nuh, darling", "emergency_screen").intent == "AMAZON.RepeatIntent"


def test_an_emergency_sign_today_is_no_story_from_long_ago_even_beside_a_long_time() -> None:
    said = "today she is talking to people who are not there, i've cared for her six years"
    slots = RESOLVER.resolve(said).slot_ids()
    assert "confusion" in slots.get("symptom", []) and slots.get("pace") == ["sudden"]
    story = RESOLVER.resolve("my dad had a stroke years ago and my eyelid twitches today").slot_ids()
    assert "pace" not in story  # today is the twitch's, in a clause of its own


def test_a_time_that_dates_a_death_is_no_time_of_the_sign() -> None:
    # "dead twelve years" dates the uncle's death; the sign now must not sound like history.
    said = "today he called me by my uncle's name, my uncle's been dead twelve years"
    slots = RESOLVER.resolve(said, "emergency_screen").slot_ids()
    assert "confusion" in slots.get("symptom", []) and "duration" not in slots
    # A limb gone dead is a sign, and its time stays the sign's.
    assert RESOLVER.resolve("my hand went dead for twenty minutes").slot_ids().get("duration") == ["PT20M"]


@pytest.mark.parametrize("text", ["no, the only thing that happened was my arm went numb this morning",
                                  "the only time i blacked out was at lunch today",
                                  "no, only my face went droopy an hour ago"])
def test_a_sign_after_only_is_still_heard_when_it_is_the_persons(text: str) -> None:
    assert heard(text, "emergency_screen")[0]


def test_only_that_says_how_recent_is_no_thing_named() -> None:
    # "Only yesterday" says how recent a sign is; it is not "the only thing that ... was".
    assert "facial_droop" in heard("only yesterday her face slipped down on the left, it was awful")[0]


@pytest.mark.parametrize(("text", "sign"), [("my arm is really weak today", "weakness"),
                                            ("her grip has gone completely", "weakness"),
                                            ("my left side went numb at work", "sensation_change"),
                                            ("his speech was slurred at the pub", "difficulty_speaking")])
def test_a_sign_said_of_a_person_or_a_part_of_one_stays(text: str, sign: str) -> None:
    assert sign in heard(text, "emergency_screen")[0]


@pytest.mark.parametrize(("text", "sign"), [
    # A thing after "in", "at" or "on" is where, not who ("the things rule" must not take a person's sign).
    ("my wife at the supermarket collapsed an hour ago", "fainting"),
    ("grandad in the car had a fit on the way home", "seizure"),
    # Stems are not tenses: a lookalike of a fear once felt must not take away a fear said now.
    ("i think it's a stroke, her face looks wrong", "facial_droop"),
    ("she keeps fitting and won't wake up properly", "seizure"),
    ("his heart is pounding since the energy drink", "palpitations"),
    ("the only one who passed out at the party was me", "fainting"),
    ("the only one that collapsed was my brother", "fainting"),
    ("his team mate collapsed during the match", "fainting"),
    ("my wife slipped on the soap in the bath and passed out", "fainting"),
    ("it's like a horse is sitting on my chest", "chest_pain"),
])
def test_a_persons_sign_beside_a_place_or_a_thing_word_is_still_heard(text: str, sign: str) -> None:
    assert sign in heard(text, "emergency_screen")[0]


def test_a_sample_does_not_put_back_a_sign_the_analysis_took_away() -> None:
    assert "seizure" not in heard("my phone had a fit this morning", "emergency_screen")[0]


_WORDS = sorted(CUES.vocabulary | {"it", "not", "be", "my", "the", ",", "but", "no"})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS), max_size=14))
def test_cues_find_well_formed_matches_in_any_words(lemmas: list[str]) -> None:
    # "it" standing for a part and a "not" between a part and its state both move where a match starts: whatever
    # the words, every match stays inside them and spans at least one.
    for match in CUES.candidates(lemmas):
        assert 0 <= match.start < match.end <= len(lemmas)


@pytest.mark.parametrize("text", [
    "i near enough keeled over laughing at the pub",
    "i'm fit as a mallee bull apart from the leg",
    "my mam says i'm always away with the fairies",
    "my grandson passed out of the police college on saturday",
    "that bill was a hard pill to swallow",
    "i'm wrecked from dropping the kids to school",
    "i am always tongue-tied when i present at work",
    "my face fell when i counted it up on the calendar",
    "the only one throwing up round here is the cat",
])
def test_everyday_sayings_are_no_sign(text: str) -> None:
    assert heard(text, "other_symptoms")[0] == []


@pytest.mark.parametrize(("text", "signs"), [
    ("my eyelid's been twitching a week because my uncle had a stroke last year and it started with his face", []),
    ("her eyelid has been twitching, and a girl in her class fainted at assembly last week", []),
    ("my son's leg twitches, he had a fit last week", ["seizure"]),
    ("my eyelid twitches and my husband collapsed an hour ago", ["fainting"]),
])
def test_someone_elses_sign_days_ago_is_theirs_and_the_twitching_persons_stays(text: str, signs: list[str]) -> None:
    resolution = RESOLVER.resolve(text)
    assert resolution.slot_ids().get("symptom", []) == signs
    assert "face" not in resolution.slot_ids().get("bodyPart", [])


# The safety review of stop 21's own rules: each sentence was lost by a rule as first written.
@pytest.mark.parametrize(("text", "pending", "sign"), [
    ("my eyelid keeps twitching and my husband had a fit last week and he's had another one today", None, "seizure"),
    ("my eyelid twitches and my mum has been confused for three days", None, "confusion"),
    ("her eyelid twitches, and a girl in her class fainted at assembly last week and she's just fainted too", None,
     "fainting"),
    ("we've had a resident collapse just now she's not responding", None, "fainting"),
    ("we had a chicken curry mum's choking she can't breathe", None, "difficulty_breathing"),
    ("dad was using the chainsaw passed out", None, "fainting"),
    ("my son had a fit as a result of his fever this morning", None, "seizure"),
    ("his face fell when he was talking the left side drooped", None, "facial_droop"),
    ("her legs keep giving out to one side since this morning", None, "weakness"),
    ("he keeled over laughing and now he won't come round", None, "fainting"),
    ("my chest is not sore it's heavy like a brick", None, "chest_pain"),
    ("breathing not laboured just stopped", None, "difficulty_breathing"),
    ("no i'm a man but my chest is really tight", "pregnant", "chest_pain"),
])
def test_a_sign_beside_what_a_new_rule_sets_aside_is_still_heard(text: str, pending: str | None, sign: str) -> None:
    assert sign in RESOLVER.resolve(text, pending).slot_ids().get("symptom", [])


def test_a_sign_hedged_with_mostly_is_still_sudden() -> None:
    assert RESOLVER.resolve("my arm's gone numb, mostly since i woke up").slot_ids().get("pace") == ["sudden"]


@pytest.mark.parametrize("text", ["the twitching doesn't wake me up at night", "my chest's not tight or sore",
                                  "i'm not able to breathe through my nose with this cold",
                                  "no it's my husband who collapsed, years ago, not me"])
def test_a_new_rule_invents_no_sign(text: str) -> None:
    assert heard(text, "other_symptoms")[0] == []


@pytest.mark.parametrize("text", [
    "no not him his big sister fainted at school assembly last week but that was her and she's fine",
    "no not me my colleague fainted in the office yesterday and i got a big fright that's all",
])
def test_after_not_me_someone_elses_sign_and_handing_out_are_no_sign(text: str) -> None:
    assert heard(text)[0] == []


@pytest.mark.parametrize(("text", "sign"), [
    ("no not me my colleague fainted but i have chest pain now", "chest_pain"),
    ("not me, my husband collapsed just now", "fainting"),
    ("when i watch the telly there's two newsreaders when there's only one", "double_vision"),
    ("my pillow is wet in the morning from my mouth running these last few weeks", "drooling"),
])
def test_a_sign_now_or_in_plain_words_is_heard_after_not_me(text: str, sign: str) -> None:
    assert sign in heard(text, "other_symptoms")[0]


@pytest.mark.parametrize(("text", "sign"), [
    ("half my face is sleeping since this morning, suddenly", "sensation_change"),
    ("left hand... and the cup... keeps slipping out... since lunch... all of a sudden", "weakness"),
    ("my mouth went funny on one side when i looked in the mirror this morning and my tea came out", "facial_droop"),
    ("last week i was on the floor, i did not know anything, my daughter found me", "fainting"),
    ("no... but... my words... went... went... gone... this morning... sudden", "difficulty_speaking"),
])
def test_signs_said_with_effort_are_heard(text: str, sign: str) -> None:
    assert sign in heard(text, "other_symptoms")[0]


def test_words_going_over_ones_head_are_no_speech_trouble() -> None:
    assert heard("the words went over my head", "other_symptoms")[0] == []


# The safety review of round 26's rules: an old condition said beside a new sign hid the new one at first.
@pytest.mark.parametrize(("text", "pending", "sign"), [
    ("my left side's been weak since my stroke ten years back but this morning my right arm went numb",
     "screen_face_limbs", "sensation_change"),
    ("i've had a weak leg since my accident thirty years ago always the same but an hour ago my arm went numb all of "
     "a sudden and i can't lift it", "weakness", "sensation_change"),
    ("mums had trouble swallowing for three years since her stroke nothing new but at supper she couldnt get a word "
     "out", "screen_speech", "difficulty_speaking"),
])
def test_a_new_sign_beside_an_old_condition_is_heard(text: str, pending: str, sign: str) -> None:
    assert sign in RESOLVER.resolve(text, pending).slot_ids().get("symptom", [])


@pytest.mark.parametrize("text", ["i've got a weird twitch on the side of my mouth",
                                  "no no the only thing on the floor was my glasses they fell out of my pocket",
                                  "no but the doctor's words went straight over my head"])
def test_a_twitch_described_or_a_thing_dropped_is_no_sign(text: str) -> None:
    assert heard(text, "other_symptoms")[0] == []


@pytest.mark.parametrize(("text", "sign"), [
    ("the words were there in my head but i could not say them out, my mouth was just moving", "difficulty_speaking"),
    ("when i was drinking water at lunch it came straight out through my nose", "difficulty_swallowing"),
    ("my lunch wouldn't go down right, the sandwich just sat there in my throat", "difficulty_swallowing"),
    ("since evening my wife is saying my mouth is going to one side when i talk", "facial_droop"),
    ("she's been calling me by my mam's name all evening", "confusion"),
    ("on saturday at mass i went all hot and the next thing i was lying across the kneeler with people fanning me",
     "fainting"),
    ("yes, earlier i tried to talk and my mouth was just moving, nothing came", "difficulty_speaking"),
    ("today, mouth just moving, no words", "difficulty_speaking"),
])
def test_round_27s_signs_in_plain_words_are_heard(text: str, sign: str) -> None:
    assert sign in heard(text, "other_symptoms")[0]


@pytest.mark.parametrize("text", ["i could not say it in front of my boss",
                                  "the twitch is going to the other side of my face",
                                  "i keep calling my kids by the wrong names, and my eyelid twitches",
                                  # the safety review of round 27's cues (each was a false emergency)
                                  "no, just the heat, people were fanning themselves at the match",
                                  "no, just hot, someone was fanning me at the wedding cos it was boiling",
                                  "no, but people in my office are big fans of espresso",
                                  "the next thing i was lying on the sofa watching telly and my eyelid started",
                                  "no, i get home, next thing i'm lying in bed exhausted",
                                  "no, stress, my boss keeps calling me by the wrong name",
                                  "no, my nan calls everyone by their first name, that's just her",
                                  "my eyelid twitches whenever my mum calls me by my full name",
                                  "when the twitch comes my mouth goes up to the side a bit",
                                  "my face goes red to the side of my neck when i'm nervous, that's all"])
def test_round_27s_near_misses_are_no_sign(text: str) -> None:
    assert not set(heard(text, "other_symptoms")[0]) & {"difficulty_speaking", "facial_droop", "confusion",
                                                        "fainting"}
