"""Utterance → intent + slots, using only the interaction model's own samples and slot values.

This stands in for Alexa's NLU everywhere except a real Echo. It works in two passes.

1. **Exact** (`skill.local.nlu.templates`): the utterance is a sample with slot values filled in, after the
   same `normalize` (case, punctuation, fillers, apostrophes, contractions, spelled acronyms do not matter).
   Confidence 1.0 (0.9 for a bare slot value). Not when the sample's slots would cut a longer value in two
   ("my {bodyPart} feels {symptom}" for "my chest feels tight").

2. **Fuzzy**, for everything else (`skill.local.nlu`). Restarts are repaired and fillers dropped; a
   gazetteer over the lemmatised names and synonyms finds slot values anywhere (longest match,
   non-overlapping, across types, with modifiers such as "left" taken in), and durations are read where
   they stand. The values become placeholders of their type and what is left is compared with every sample
   the same way (TF-IDF over unigrams and bigrams of lemmas, nearest sample per intent). A value that
   could also be a sample's own word ("drinking") is tried both ways. The pending question adds a small
   bonus to the intents that answer it, so a bare "four days" answers "when did it start?". Values said
   under a negation ("no weakness") are not slot values. The slots are the values of the types the
   chosen intent declares, repeated ids once. A sample with words in a slot that match no value (Alexa's
   ER_SUCCESS_NO_MATCH, "my scalp is twitching") is the last resort before Fallback.

Two kinds of slot are learned from how the samples use them. A *negation slot* is one every sample of its intent
puts right after a negation ("no {deniedSymptom}", "i'm not on any {deniedTrigger}"): values said under a negation
go there, as a type of their own, and nowhere else. A *leading slot* is one every sample of its intent opens with
("{answer} but {symptom}"): that intent takes its values only first in the utterance ("maybe" mid-sentence is no
answer), and a lone "no" that negates the value right after it ("no weakness") is that negation, not an answer.

Knowing when it does not know: words that no sample or value uses count against an utterance, and when
too little of it looks like any sample the answer is AMAZON.FallbackIntent with confidence under 0.5.
One exception, for safety: a value in `urgent_values` (by default the signs the skill's emergency screen asks
about, and the medicines, pesticides and nerve signs that send a person to a doctor) said without a negation
always reaches an intent that carries it, whatever else was said or asked.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from itertools import dropwhile, pairwise, product, takewhile
from pathlib import Path

from skill.domain.case import PARTS_WITHIN, SYMPTOM_ANSWERS
from skill.domain.conversation import HISTORY_AFTER_SECONDS, SCREEN_QUESTIONS
from skill.domain.durations import days_since, iso_duration_seconds
from skill.domain.locales import DEFAULT_LOCALE
from skill.domain.triage import (
    EMERGENCY_SYMPTOMS,
    QUESTION_GROUPS,
    SAFETY_QUESTIONS,
    STIMULANT_REACTION_SYMPTOMS,
    SUDDEN_SCREEN,
    SUDDEN_SIGNS,
    YES_NO_QUESTIONS,
    questions_of,
)
from skill.local.dates import CALENDAR, MONTHS, WEEKDAYS, Calendar, calendar_for
from skill.local.dates import VOCABULARY as DATE_WORDS
from skill.local.durations import NUMBER_PHRASE, parse_duration, parse_number
from skill.local.durations import VOCABULARY as DURATION_WORDS
from skill.local.interaction_model import (
    CONTEXT_SLOT_TYPES,
    InteractionModel,
    InteractionModelError,
    SlotDecl,
    SlotValue,
    checked_locale,
    load_interaction_model,
)
from skill.local.nlu import repair
from skill.local.nlu.classifier import END, START, IntentClassifier
from skill.local.nlu.gazetteer import (
    DATE_TYPE,
    DURATION_TYPE,
    Gazetteer,
    Match,
    Value,
    duration_candidates,
    said_of_someones_age,
)
from skill.local.nlu.lexicon import (
    BUILT_IN_TYPES,
    CLAUSE_BREAKS,
    HAVE,
    NOTICED,
    NOW_WORDS,
    OWN,
    PACE_TYPE,
    PARTS_OF_A_THING,
    PERSON_TYPE,
    PLACE_TYPE,
    SIGN_TYPE,
    SPEAKER_WORDS,
    TEAMS,
    THINGS,
    TIME_UNITS,
    TWITCH_LEMMAS,
    WEAKNESS,
    any_twitching,
    clause_spans,
    recent,
)
from skill.local.nlu.other_signs import (
    an_animal,
    in_a_simile,
    without_figures_of_speech,
    without_others_signs,
    without_signs_in_jest,
    without_signs_supposed,
    without_tellers,
)
from skill.local.nlu.results import Resolution, ResolvedSlot, distinct
from skill.local.nlu.sign_cues import SignCues
from skill.local.nlu.templates import SLOT_REFERENCE, Candidate, TemplateMatcher
from skill.local.nlu.text import (
    A_SIGN_TOLD,
    ANOTHER_DAY,
    FILLER_WORDS,
    STOPWORDS,
    THIRD_PERSON,
    Token,
    expand,
    lemma,
    normal_words,
    normalize,
    occurrences,
    time_of_day_at,
)
from skill.local.nlu.text import tokens as word_tokens
from skill.local.nlu.word_cache import known_words

__all__ = [
    "BUILTIN_SAMPLES", "FALLBACK_INTENT", "FILLER_WORDS", "PENDING_HINTS", "QUESTION_IDS", "Resolution",
    "ResolvedSlot", "Resolver", "normalize",
]  # fmt: skip

FALLBACK_INTENT = "AMAZON.FallbackIntent"

#: Question ids the skill stores in the `pending_question` session attribute.
QUESTION_IDS: tuple[str, ...] = (
    "emergency_screen", "emergency_screen_sudden", "body_part", "onset", "episode_length", "frequency", "same_place",
    "weakness", "muscle_size", "sensation", "triggers", "medication", "pregnant", "other_symptoms",
    # weakness, muscle size and numbness asked as one; medicine, other symptoms and pregnancy asked as one
    "nerve_signs", "health_changes",
    # the safety check's signs one at a time (after "not sure"), "did that come on suddenly?", and "did that come
    # after caffeine or a stimulant?"
    "screen_breathing", "screen_chest", "screen_collapse", "screen_face_limbs", "screen_speech", "sudden_onset",
    "after_stimulant",
)  # fmt: skip

# Intents a bare answer most likely belongs to while a question is pending, best first.
_YES_NO = ("AMAZON.YesIntent", "AMAZON.NoIntent", "DontKnowIntent")
_DONT_KNOW_INTENT = _YES_NO[2]
_UNGENDERED = frozenset({"partner", "friend", "someone"})
_KIDS = frozenset({"kid", "kiddo", "teen", "teenager"})  # (no baby: "the baby, he" may be a grandson)
# "Everything came back up": "back" after a verb of coming or bringing is where to, not the back (round 195).
_MOVED_BACK = frozenset(lemma(word) for word in ("came", "come", "coming", "went", "go", "brought", "bring", "threw",
                                                  "throw", "sent", "send", "kept", "keep"))
_PRONOUNS = frozenset({"he", "she"})
# The safety check's questions (not "did that come on suddenly?", which a "not now" does not answer).
_SCREENS = frozenset(SAFETY_QUESTIONS) - {"sudden_onset"}
_NOT_NOW = (("not", "right", "now"), ("not", "at", "the", "moment"), ("not", "anymore"), ("not", "any", "more"),
            ("not", "currently"), ("not", "at", "present"))
PENDING_HINTS: dict[str, tuple[str, ...]] = {
    "emergency_screen": (*_YES_NO, "DescribeSymptomIntent"),
    "emergency_screen_sudden": (*_YES_NO, "DescribeSymptomIntent"),
    "body_part": ("ReportTwitchIntent",),
    "onset": ("DurationIntent",),
    "episode_length": ("DurationIntent",),
    "frequency": ("FrequencyIntent",),
    "same_place": _YES_NO,
    "weakness": (*_YES_NO, "DescribeSymptomIntent"),
    "muscle_size": (*_YES_NO, "DescribeSymptomIntent"),
    "sensation": (*_YES_NO, "DescribeSymptomIntent"),
    "triggers": ("DescribeTriggerIntent", *_YES_NO),
    "medication": ("DescribeTriggerIntent", *_YES_NO),
    "pregnant": _YES_NO,
    "other_symptoms": ("DescribeSymptomIntent", *_YES_NO),
    **dict.fromkeys(("screen_breathing", "screen_chest", "screen_collapse", "screen_face_limbs", "screen_speech"),
                    (*_YES_NO, "DescribeSymptomIntent")),
    "sudden_onset": (*_YES_NO, "OnsetPaceIntent"),
    "after_stimulant": (*_YES_NO, "DescribeTriggerIntent"),  # "five caffeine pills", "just the stress"
    # "What would you like to change?": the answer names the new value ("it's about a week, not a month").
    "correction": ("CorrectionIntent", "DurationIntent", "ReportTwitchIntent", "DescribeSymptomIntent"),
}
# A grouped question ("any weakness, numbness or tingling, or the muscle looking thinner?") is answered yes or no
# first, or with what any of its questions takes ("i started prednisone", "i'm pregnant actually").
PENDING_HINTS |= {
    group: tuple(dict.fromkeys((*_YES_NO, *(hint for member in members for hint in PENDING_HINTS[member]))))
    for group, members in QUESTION_GROUPS.items()
}

# A unit said alone to "how long?" is one of it, or a few ("weeks" is "a few weeks").
_HOW_LONG_QUESTIONS = frozenset({"onset", "episode_length"})
_SENTENCE_ENDS = re.compile(r"[.!?;]+\s+")
_OF_THE_TWITCH = frozenset({"it", "it's", "twitch", "twitching", "twitches", "twitched", "this", "that"})
_PACE_INTENT, _DURATION_INTENT, _REPORT_INTENT = "OnsetPaceIntent", "DurationIntent", "ReportTwitchIntent"
_FREQUENCY_INTENT = PENDING_HINTS["frequency"][0]
_PLACE_PATTERN_TYPE = "PLACE_PATTERN"
_NO_ONE = frozenset({"nobody", "nobody's", "noone", "nothing", "nothing's", "none", "never", "no", "not", "without"})
_CHOKING_NOW = re.compile(
    r"\b(?:is|'s|am|'m|are|'re)\s+(?:still\s+|really\s+)?choking\b|\bchoking\b.{0,40}\bright now\b", re.I)
_SUDDEN_MOMENTS = frozenset({("this", "second"), ("a", "thunderclap"), ("of", "thunder"), ("mid", "sentence"),
                             ("mid", "conversation"), ("mid", "song"), ("sudden",), ("suddenly",)})
_MOMENT_UNITS = r"(?:second|sec|minute|moment|mo)"
_MOMENT_ASKED = re.compile(
    rf"\s*(?:(?:wait|hang on|hold on|give me|just) a {_MOMENT_UNITS}|bear with me)\b(?!\s*ago)"
    r"\s*[,.!;:]*\s*",
    re.I)
_ONE_MOMENT = re.compile(rf"\s*one {_MOMENT_UNITS}\b(?!\s*ago)\s*[,.!;:]*\s*(?=\w)", re.I)
# Someone else's word that an answer needs changing: "Marg says I gotta change one of my answers" (round 186).
_SOMEONE_SAYS = re.compile(r"\s*(?:(?:hold on|hang on|wait|sorry)(?: now)?\s*[,.!]+\s*)?(?:my |the |our )?\w+ says "
                           r"(?=i\b)", re.I)
_HELLO_YES = re.compile(r"\s*(?:hello|hi|hiya|hey|howdy|g'day)\s*[,.!]*\s*(?:yes|yeah|yep)\s*[,.!]+\s*", re.I)
# The pregnancy question's word said back before the answer: "pregnant? lawd no, mi fifty-six". (Only that word: a
# sign's said back may be affirmed after it, "fit? no, he's having one right now".)
_ECHOED_FIRST = re.compile(r"\s*(?:pregnant|pregnancy|expecting)\s*\?\s*(?=\S)", re.I)
_SAID_WRONG_FIRST = re.compile(
    r"\s*(?:(?:wait|sorry|oh|no|hang on|hold on)\s*[,.!]*\s*)*i\s+(?:said|got|answered)\s+(?:that|it)\s+wrong\b"
    r"\s*[,.!;:]*\s*", re.I)
_NO_THEN_SURE = re.compile(r"\s*(?:no|nah|nope|naw)\s*[,.!]+\s*(?P<sure>sure)\s+(?=[a-z'])", re.I)
_INTENTS_PUT_RIGHT = frozenset({_REPORT_INTENT, _DURATION_INTENT, "DescribeSymptomIntent", "CorrectionIntent"})
# "Wait, like a seizure? Is that what you're asking me?": a sign named back, asked about, not told.
_ASKED_IF_MEANT = re.compile(
    r"\s*(?:(?:wait|what|so|oh|um|er)\s*[,.!?]*\s*)*(?:you mean\s+|do you mean\s+)?(?:like\s+)?"
    r"(?P<what>(?:an?\s+|the\s+)?[a-z']+(?: [a-z']+)?)\s*[,.!?]*\s*"
    r"(?:is that|is this|that's) what you(?:'re| are)? "
    r"(?:asking(?: me)?(?: about)?|mean|meant|mean by that)\s*[?.!]*\s*$",
    re.I)
# Why it is asked, then whether the skill thinks the sign is happening: "what's all that for, you think i'm having a
# stroke?" is the why, not a stroke told (round 84: it had been the emergency advice for a drooping face). Only
# "why", "why are you asking (me all that)" or "what's (all) that for" before it: "why is my face drooping, do you
# think i'm having a stroke?" tells the sign (review A84). Without the why first, "do you think i'm having a
# stroke?" is still heard as the sign, towards caution.
# "Why", or "why (are/do) you ask(ing) (me all that)".
_WHY_YOU_ASK = (r"(?:(?:eh|oh|ah|um|er|so|but)\s*[,.!?]*\s*)?"  # ("eh, why are you asking me all those big things":
                r"why(?:\s+(?:do\s+|are\s+)?you\s+ask(?:ing)?"  # round 182)
                r"(?:\s+(?:me|all|that|this|those|these|things|big|questions|stuff))*)?")
_A_SIGN_DOUBTED = r"(?:an? )?(?:stroke|heart attack|seizure|fit)"
_WHY_ASKED_THEN_A_SIGN_DOUBTED = re.compile(
    rf"\s*(?:{_WHY_YOU_ASK}|what(?:'s| is) "
    r"(?:all )?(?:that|this) for|what for)\s*[,.?!]*\s*"
    r"(?:(?:do\s+|so\s+|are\s+)?you (?:think|reckon|saying|telling me) "
    r"(?:(?:i'm|i am|i|he's|he is|she's|she is|they're|they are) (?:having|got|getting)|it's|it is|that's|that is"
    r"|(?:i've|i have|he's|he has|she's|she has|they've|they have) had)"
    rf" {_A_SIGN_DOUBTED}(?:\s+or\s+(?:something|summat|what|anything)|\s+is\s+it)?"
    # ("... is it a stroke you think I have?": round 182)
    rf"|is it {_A_SIGN_DOUBTED} you (?:think|reckon) (?:i|he|she|they) (?:have|has|had|got|am having|is having))"
    r"\s*[?.!,]*\s*(?P<rest>.*)$",  # ("why, you think it's a stroke or something?": rounds 92 and 93; "why you asking
    # me all that? you think I having a stroke?": round 97; a recogniser writes no "?" after the why: review B46b;
    # "why you ask me all this? you think I got stroke is it?": round 105; "what's all that for? are you saying i've had
    # a stroke?": round 146)
    re.I | re.S)
# The same asked as a guess with a tag: "what would that be now, a stroke is it?" (round 114: it had been heard as
# the sign).
_WHAT_ASKED_THEN_A_SIGN_GUESSED = re.compile(
    r"\s*(?:what(?:'s|\s+is|\s+would|\s+could|\s+will)\s+(?:that|this|it|all\s+that)(?:\s+be)?(?:\s+(?:now|then|for))?"
    rf"|{_WHY_YOU_ASK})\s*[,.?!]*\s*"
    rf"{_A_SIGN_DOUBTED}\s*,?\s+is\s+it\s*[?.!,]*\s*(?P<rest>.*)$",
    re.I | re.S)
# A sign's name said back as a question, then the answer: "fainting? no", "fainting? i nearly fainted at the prices,
# does that count?" (round 83: the name had been heard as the sign itself). The answer taken alone only when it is
# no more than these words.
_WORDS_OF_A_BARE_ANSWER = frozenset({"no", "nope", "nah", "naw", "not", "sure", "don't", "do", "know", "dunno", "none",
                                     "of", "that", "those", "nothing", "like", "i", "i'm", "am", "unsure", "never",
                                     "really", "n't", "honestly", "thanks", "love",
                                     # a name for the listener ("weakness? no, darling": round 144)
                                     "darling", "darlin", "dear", "pet", "hun", "hon", "duck", "sweetheart", "luv",
                                     "mate", "hen", "po", "bro", "pal",
                                     # for two, and fine: "like fainting and stuff? no, neither of us, we're fine"
                                     # (round 214)
                                     "neither", "us", "we", "are", "fine"})
# What someone spoken for has not told: "she didn't say, to be honest", "he never said".
_NOT_SAID = re.compile(
    r"\s*(?:(?:well|um|erm|oh)\s*,?\s+)?(?:(?:he|she|they)\s+)?(?:didn't|did not|never|hasn't|has not|haven't|have not|"
    r"wouldn't|won't)\s+(?:say|said|tell|told|mention|mentioned|let\s+on)(?:\s+(?:me|us|anything|so|it|that))?\s*[,.]?\s*"
    r"(?:to\s+be\s+honest|tbh|honestly|really|love|dear)?\s*[.!?]*\s*", re.I)
# A second question asked back before the answer: "pregnant? at eighty-three? no", "weakness? in my arm? no".
_AN_ASIDE_ASKED = re.compile(r"\s*(?:at|with|in|me|him|her|really)\b[^?]{0,25}\?+\s*(?=\S)", re.I)
# A why question and nothing after it: "why you asking me all that for a little twitch?" (not "why do you ask, he
# did both an hour ago", "why are you asking? yes", nor, as a recogniser writes it, "why do you ask she did that an
# hour ago": reviews A48, B48, A48b).
_WHY_ALONE = re.compile(
    r"\s*(?:(?:sorry|um|erm|er|wait|hang\s+on)\s*[,.]?\s+)?"  # ("sorry, why are you asking me about ...": round 149)
    r"(?:why\s+(?:(?:are|do)\s+)?you\s+ask(?:ing)?(?:\s+(?:me|us|all|this|that|these|those|things|about|it|them))*"
    r"(?:\s+for\s+(?:a|my|the|this|just|such|one)(?:\s+(?:little|small|wee|tiny|silly|stupid))?\s+[a-z]+)?"
    # "what are you asking me that for?", and a twitch played down after it ("..., it's just a twitch, dude")
    r"|what\s+(?:(?:are|do)\s+)?you\s+ask(?:ing)?(?:\s+(?:me|us|all|this|that|these|those|about|it|them))*\s+for)"
    # (or one's own twitching place: "..., it's just my eye", "sure it's only my eyelid": rounds 149-150)
    r"(?:\s*[?.!,]*\s*(?:sure\s+)?(?:it'?s|its|this\s+is|that'?s)\s+(?:just|only)\s+(?:a\s+(?:(?:little|small|wee|tiny)\s+)?"
    r"twitch|my\s+(?:eye|eyelid|calf|thumb|leg|arm|hand|lip|face))"
    r"(?:\s*,?\s*(?:dude|mate|man|love|pal|bro|lol))?)?\s*[?.!]*\s*",
    re.I)
# What may be left beside a sign's names denied: "no, no weakness at all".
_ALL_OF_IT = frozenset({",", "at", "all", "and", "whatsoever"})
# "No numbness", "not weak": a sign's own name denied.
_A_SIGN_DENIED_BY_NAME = re.compile(
    r"\b(?:no|not|nor|or|any)\s+(?:numb|numbness|tingling|tingly|tingles|pins and needles|weak|weakness|faint|fainting|"
    r"fits?|seizures?|confused|confusion|drooping|droopy|thinner|thinning)\b")
# How to tell or what it means, asked and nothing after it: "how to tell ah?", "what do you mean?" (only these
# words: "fainting? what do you mean i blacked out in the shower" is read whole, review B48c).
_HOW_ASKED_ALONE = re.compile(
    r"\s*(?:how\s+(?:to|do\s+i|do\s+you|can\s+i|would\s+i|will\s+i)\s+(?:tell|know)|what\s+do\s+you\s+mean(?:\s+by"
    r"\s+(?:that|it|this))?|how\s+do\s+you\s+mean|meaning\s+what|like\s+what)(?:\s+(?:ah|eh|lah|la|then|exactly))?"
    r"\s*[?.!]*\s*", re.I)
_SIGN_ECHOED = re.compile(r"\s*(?:(?:whoa|woah|wow|huh|eh|jeez|blimey|crikey|hang\s+on|hold\s+on)\s*[,!.]*\s+)?"
                          r"(?:what\s*,?\s+)?(?:like\s+)?(?P<what>[a-z']+(?:\s+(?:and|or)\s+[a-z']+)?)"
                          r"(?:\s+and\s+(?:that|stuff|things|all\s+that))?\s*\?+\s*(?P<rest>\S.*)$", re.I | re.S)
# Two readings offered back, each opened the same way: "from when i noticed or from when it started".
_A_CHOICE_ASKED = re.compile(
    r"(?:do you mean |you mean )?(?P<opening>(?:from|since|when|which|is|was|do|did|does) [a-z']+) .{1,40}? "
    r"or (?P=opening) .{1,40}$")
# What a word of the question means, asked back: "what counts as confused?", "does being confused count?", "weakness
# in the medical sense?", "define suddenly", "what do you mean by suddenly?", "do I say yes if any one of them is yes?"
# (round 203's literal listeners: each had been read as the sign told, or as a yes to all of them).
_A_WORD_ASKED_ABOUT = re.compile(
    r"\bwhat (?:counts|would count|do you count) as (?:being |feeling |a |an )?(?P<counts>[a-z']+)"
    r"|\b(?:does|do|would|will) (?:being |feeling |having |a |an )?(?P<count>[a-z']+) count\b"
    # (only asked: "weak in the literal sense" said flat is told, safety review C71b)
    r"|\b(?:(?:do )?you mean )?(?P<sense>[a-z']+) in the (?:medical|clinical|technical|literal) sense(?=\s*\?)"
    r"|\bdefine (?:the word )?(?P<define>[a-z']+)"
    r"|\bwhat do you mean (?:by|with) (?:a |an )?(?P<meant>[a-z']+)"
    r"|\bdo i (?:say|answer) (?:yes|no)\b"
    r"|\b(?:does|would|will) (?:that|it|this) count\b", re.I)
# All that may be said beside a word asked about, each piece of it whole: a doubt, the speaker's lifelong tiredness
# or puzzlement, the condition named, a laugh, the question's own muddle ("weakness in the medical sense? I'm always
# tired. does that count?", "not sure. does being confused count? because i'm confused by people all the time,
# that's the autism, not the medical thing"). Anything else may tell a sign, a yes or a time ("does a seizure count?
# I had one in the car", "does fainting count? I do that every day", "... but this time I was out for ages": safety
# reviews C71 and C71b), and is read as it is.
_BESIDE_A_WORD_ASKED = re.compile(
    r"(?:then |so |well )?(?:i'm |i am )?not sure|i (?:don't|do not) know|"
    r"(?:because |cos )?(?:i'm|i am|i've been|i have been) (?:always |constantly )?(?:a bit |so |really |just )?"
    r"(?:tired|knackered|exhausted|worn out|shattered)(?: all the time)?|"
    r"(?:because |cos )?(?:i'm |i am )?(?:always )?(?:puzzled|confused) by people(?: all the time)?|"
    r"(?:i'm |i am )?always (?:puzzled|confused) (?:by|about|with) (?:the|my) "
    r"(?:rota|roster|schedule|timetable|shifts)|"
    r"(?:i'm |i am )?(?:only |just )?(?:puzzled|confused) (?:by|with) (?:the )?english"
    r"(?: prepositions| grammar| tenses| idioms| spelling| phrasal verbs)?|"
    r"i've got (?:adhd|autism|audhd|dyspraxia)|(?:that's|it's) (?:the|my) (?:autism|adhd)|not the medical thing|"
    r"haha|lol|ha|(?:your )?question'?s? (?:is )?confusing|(?:it's|that's) like \w+ questions in one(?: sentence)?|"
    r"if any(?: one)? of them|(?:and )?do you mean today|or ever|today or ever", re.I)
# ("Thinner how, like wasted away?": the guess after it is still the question, round 86.)
_ASKED_HOW = re.compile(r"\s*(?P<what>[a-z']+(?: [a-z']+)?)\s+(?:how|in what way|like how)\s*[?.!,]*"
                        r"(?:\s*like\s+[a-z']+(?:\s+[a-z']+){0,2}"
                        # ("Weakness how? like can I still get up on a horse?": a question put as its example, round
                        # 180.)
                        r"|\s*(?P<asked>(?:like\s+)?(?:can|could|do|does|is|are|would|will|should)\s+(?:i|he|she|they|we)"
                        r"\b[a-z' ]{0,60}\?))?\s*[?.!]*\s*$", re.I)
_HOW_ASKED_FIRST = re.compile(
    r"\s*(?:like\s+)?how\s+(?P<what>[a-z']+)\s*(?:do you mean|you mean)?\s*[?.!]*\s*$", re.I)
# "Thinner? how yuh mean thinner?": the word, then how it is meant (round 83).
_HOW_MEANT = re.compile(
    r"\s*(?:[a-z']+\s*[?.!,]+\s*)?(?:how|what)\s+(?:do\s+)?(?:you|yuh|ya)\s+mean\s+(?:by\s+)?(?P<what>[a-z']+)"
    r"\s*[?.!]*\s*$", re.I)
# Where a sentence parts into stretches that may each say something else ("my calf's been going, and my knee's been
# sore for a year"); with "." too, across sentences.
_BREAKS_IN_A_SENTENCE = frozenset({",", "and", "but"})
_STRETCH_BREAKS = _BREAKS_IN_A_SENTENCE | {"."}
_WORSE_BY_DEGREES = frozenset({"slower", "worse", "harder", "weaker", "gradually"})  # (not "has been": review A76)
_YES_FIRST = re.compile(r"\s*(?:yes|yeah|yep|yup|aye|ya|yah)\b\s*[,.!]*\s*", re.I)
_GREETING_FIRST = re.compile(r"\s*(?:good\s+)?(?:morning|afternoon|evening|mornin|evenin)'?\s*[,.!;:]+\s*", re.I)
_EARLIER_TODAY = frozenset({("this", "morning"), ("this", "afternoon"), ("this", "evening"), ("tonight",),
                            ("earlier", "today"), ("today",)})
# Words that say nothing but when, around "today" at "when did it start?".
_WHEN_ONLY_WORDS = frozenset({",", "since", "from", "it", "its", "it's", "started", "start", "starting", "began",
                              "begun", "kicked", "off", "about", "around", "at", "in", "the", "only", "yeah", "yes",
                              "first", "was", "that", "when"})
_PLURAL_UNITS = frozenset({"hours", "days", "weeks", "months", "years"})
_UNITS_WITHOUT_A_NUMBER = re.compile(rf"\b(?:for|been|since)\s+({'|'.join(sorted(_PLURAL_UNITS))})\b", re.I)
# All else an answer of a unit with no number may say ("it's been going on for months now").
_WORDS_OF_A_BARE_UNIT = frozenset({"it", "it's", "its", "is", "has", "have", "been", "going", "on", "and", "off", "for",
                                   "since", "now", "already", "oh", "um", "uh", "well", "so", "yeah", "honestly",
                                   ",", "."}) | _PLURAL_UNITS
# Words that tie a time to the twitch without naming it: "it started three months ago".
_POINTING_TO_THE_TWITCH = frozenset({"it", "this", "these", "that", "all", "whole", "thing", "started", "start",
                                     "starting", "began", "begun", "begin", "since", "been", "going", "on", "off",
                                     "now"})
# Words that may point back to the twitch from a stretch about something else: "it's been four months".
_POINTING_BACK = frozenset({"it", "this", "these", "all", "whole", "thing", "business"})
# Words around a time that only hedge it: "about four months, i'd say".
_TIME_HEDGES = frozenset({"i", "would", "say", "reckon", "think", "maybe", "about", "around", "roughly", "so", "well",
                          "or", "ago", "for", "the", "a", "over", "past", "last", ",", "and", "but", "guess",
                          "suppose", "like", "nearly", "almost", "near", "enough", "give", "take", "just", "under",
                          "more", "less", "than", "now", "good", "bit", "best", "part", "odd", "ish"})
# Questions about how a sign came on, where "all of a sudden" is the answer whatever else is said.
_ASKING_HOW_IT_CAME_ON = frozenset({"sudden_onset", "emergency_screen_sudden", "screen_face_limbs", "screen_speech"})
# Words that put a time right: "so it's more like four months", "actually nearer five weeks".
_PUTTING_RIGHT = frozenset({"like", "actually", "really", "nearer", "closer", "rather", "more", "so", "nearly",
                            "almost", "started"})
# A call or message from someone: "she just rang", "he just texted me".
_CALLED = frozenset({"rang", "rung", "called", "phoned", "texted", "messaged", "facetimed", "buzzed"})
_MEDICINES = frozenset({"medication", "diuretic", "corticosteroid", "estrogen"})
# A stimulant said as a medicine taken the same for years: a time said of it dates it ("same ritalin dose for five
# years"), not the twitch ("living on red bull for 3 days" may date the twitch).
_TAKEN = _MEDICINES | {"stimulant"}
_AS_PRESCRIBED = frozenset({"same", "dose", "unchanged", "prescribed"})
_UNCHANGED = frozenset({"same", "unchanged", "always"})
_UNCHANGED_PAIRS = frozenset({("nothing", "new"), ("not", "new"), ("no", "change"), ("no", "different"),
                              ("not", "changed"), ("not", "worse")})
_OLD_CAUSES = frozenset({"stroke", "polio", "accident", "birth", "operation", "injury", "crash", "surgery"})
# A correction that compares sides ("i've measured both calves, they're exactly the same") twitches nowhere new.
_COMPARING_WORDS = frozenset({"measured", "measure", "size", "smaller", "thinner", "bigger", "skinnier", "wasted"})
_SLEEP_LEMMAS = frozenset(lemma(word) for word in ("sleep", "sleeping", "slept", "kip", "shuteye"))
# Words that say a place does it too: "my sprained wrist is going as well", "so does my knee".
_MORE_OF_IT = frozenset({"too", "also", "well", "does", "do", "doing", "going", "same", "either"})
# Another complaint of a place, said in a twitch report: "a dodgy right shoulder", "eczema on both hands".
_OTHER_COMPLAINTS = frozenset({"dodgy", "eczema", "rash", "psoriasis", "arthritis", "arthritic", "injury", "injured",
                               "bruised", "bruise", "broken", "broke", "fracture", "fractured", "dislocated", "surgery",
                               "operation", "tattoo", "cramp", "cramps", "sprained", "sprain", "wound", "scar", "gout",
                               "bunion", "verruca", "deaf", "blind", "streaming", "watering", "itchy", "runny",
                               "hayfever", "scare",
                               # hands numb from the cold of a milking parlour (round 67), a mouth from the chilli (68)
                               "cold", "freezing", "frozen", "chilblains", "chapped", "chilli", "chillies", "chili",
                               "vindaloo", "spicy", "settled", "upset", "glutened", "bloated", "bug",
                               # knees wrecked from kneeling at the tiling (round 72)
                               "wrecked", "knackered", "sore", "aching", "achy",
                               # sinuses killing, ears plugged, a throat raw with a winter bug (round 82)
                               "infection", "infected", "plugged", "blocked", "stuffed", "raw", "congested",
                               "sinus", "sinuses", "cough", "coughing", "flu",
                               # Parkinson's old tremor beside a new twitch elsewhere (round 201: "my tremor is in my
                               # right hand, that's old news. what i'm calling about is my left eyelid")
                               "tremor", "tremors"})
# Age told of a place: "my legs aren't what they were", "my knees are not what they used to be".
_NOT_AS_THEY_WERE = frozenset({("what", "they", "were"), ("what", "it", "was"), ("what", "they", "used"),
                               ("what", "it", "used"), ("as", "young", "as"),
                               # a face "melting off from the heat" of the tandoor (round 169; "melting" alone may
                               # tell a droop, safety review C59)
                               ("from", "the", "heat")})
# Words that say a place named beside the one that twitches is about something else: "the elbow's a different
# thing", "the calf was a cramp".
_SOMETHING_ELSE = frozenset({"different", "separate", "else", "cramp", "cramps", "sore", "ache", "aches", "aching",
                             "hurts", "pain", "injury", "injured", "bruise", "bruised", "not"})
# Words that add places to a place already said: "just the calf, and the foot too sometimes".
_MORE_PLACES = frozenset({"and", "too", "also", "well", "sometimes", "plus", "both", "other", "spread", "spreads",
                          "moves", "moving", "now"})
# "I said no weakness, but...": what was answered before, told as such.
_ANSWERED_BEFORE = frozenset({"said", "told", "answered"})
# Said of an old problem of a place: "the knee's old news", "had that for years".
_OLD_NEWS = frozenset({"old", "news", "years", "ages", "forever"})
# Questions whose answers name no twitching place: a place said there without twitching is another thing's.
_NOT_ABOUT_PLACES = frozenset({"other_symptoms", "triggers", "medication", "pregnant"})
_NOT_ABOUT_PLACES |= {group for group, members in QUESTION_GROUPS.items() if set(members) <= _NOT_ABOUT_PLACES}
# A faint or a fit long ago and never since: "when i was nine", "never happened again", "nothing since".
# Said of someone else, only an age in years is childhood ("when she was fourteen"): "when he was at school" or
# "a baby" may be this morning's story.
_AGED_YOUNG = frozenset({"nine", "ten", "five", "six", "seven", "eight", "eleven", "twelve", "thirteen", "fourteen",
                         "fifteen", "sixteen", "teenager", "teen"})
_YOUNG = _AGED_YOUNG | {"young", "kid", "child", "little", "small", "baby", "girl", "boy", "school"}
_NEVER_SINCE = frozenset({("never", "again")})
_LATELY = frozenset({"moment", "minute", "minutes", "hour", "hours", "earlier"})  # "just now": "a moment ago"
_SIGN_AGAIN = frozenset({"fit", "fits", "fitted", "fitting", "seizure", "seizures", "seizing", "convulsion",
                         "convulsions", "convulsing", "fainted", "faint", "fainting", "passed", "collapsed",
                         "blacked", "keeled"})
# Said after the "never since", a sign or a time tells of a new one ("... but she had one in november").
_TOLD_AGAIN = _SIGN_AGAIN | frozenset({"one", "second", "having", "went", "today", "tonight", "yesterday", "now",
                                       "last", "this", "christmas", "easter"})
# "Not since", "nothing since" at the end of what is said ("not happened since i was a teenager" dates a new one).
_NOTHING_SINCE = frozenset({"not", "nothing", "none", "never", "n't"})
_NOT_HISTORY = frozenset({"until", "last", "another", "before", "first", "week", "weekend", "monday", "tuesday",
                          "wednesday", "thursday", "friday", "saturday", "sunday"})
# Said of a time when something was done about a sign rather than when it came on.
_DONE_ABOUT = frozenset(lemma(word) for word in ("about", "saw", "seen", "spoke", "phoned", "called", "rang", "checked",
                                                  "told", "visited", "appointment", "gp", "doctor", "nurse", "booked"))
# What may stand between "just" and the one place: "just my left eyelid", "only the right thumb".
_WHICH_ONE = frozenset({"my", "me", "the", "his", "her", "their", "left", "right", "upper", "lower", "top", "bottom",
                        "that", "this", "one"})
# "Just the one eye", "only the one side": one of a pair or one spot, said as the only one.
_ONE_OF = frozenset({"side", "spot", "place", "muscle", "eye", "lid", "leg", "arm", "hand", "foot", "calf", "thumb",
                     "cheek", "finger", "toe", "shoulder", "thigh"})
# Said after "the other one" when it twitches as well: "the other calf too", "the other one's started now".
_OTHER_PLACE_TOO = frozenset({"too", "also", "well", "now", "started", "starting", "going", "at", "both", "sometimes"})
# A "but" that only says an old condition was recovered from ("but he got over it completely"): narrower than
# `_RECOVERED`, as "but he's fine" or "but better now" may come before a new sign.
_GOT_OVER = frozenset({"over", "recovered", "recovery"})
# A verdict on a question ("that's impossible", "it's just not possible"): its words, and those that open it.
_NOT_POSSIBLE = frozenset({("not", "possible"), ("impossible",), ("out", "of", "the", "question"), ("no", "chance"),
                           ("not", "a", "chance"), ("no", "way")})
_OPENING_A_VERDICT = frozenset({",", "that", "it", "is", "just", "completely", "totally", "quite", "simply", "oh",
                                "no"})
# Words that say an answer is being taken back: "i was looking at the wrong arm".
_TAKING_BACK = frozenset({"wrong", "mistake", "misheard", "meant", "actually", "sorry", "wait"})
_TAKING_BACK_REACH = 8  # words from the start: "hang on, i got the time wrong, ..."
_CONTRASTS = frozenset({"but", "though", "although", "however", "except", "yet", "apart"})
_TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "yesterday", "lunch", "lunchtime", "breakfast",
                           "dinner", "tea", "teatime", "supper", "hour", "hours", "minutes", "suddenly", "sudden",
                           "nowhere", "blue", "just", "woke"})
_GETTING_WORSE = frozenset({"worse", "weaker", "getting", "more", "progressing", "spreading", "lately", "recently"})
_COMPARING_QUESTIONS = frozenset({"muscle_size", "weakness", "sensation", "nerve_signs"})
_FELT_SOMEWHERE = frozenset({"headache", "pain", "stiffness", "cramps", "sensation_change", "sweating", "swelling",
                             "nausea"})
# Where a symptom can only be felt: its organ named just before it is its seat, not a twitching place.
_SEAT_OF = {"nausea": frozenset({"abdomen"})}
_SITE_REACH = 6  # words from a symptom to where it is felt ("the headaches are more like all over my forehead")
_OLD_COMPLAINT = frozenset({"usual", "years", "ages", "always", "old", "decades"})
_OLD_ACHES = frozenset({"pain", "stiffness", "headache", "cramps", "other"})  # long-standing, not new symptoms
_MORE_TOLD = frozenset({"and", "but", "though", "although", "plus", "also", "oh"})
# Said from a call on, a time of what was heard: "..., it's been that way since her stroke".
_TIMES_AFTER_A_CALL = TIME_UNITS | {"fortnight", "since", "always", "forever", "usual", "hours", "minutes",
                                     "yesterday", "stroke"}
_WHERE_A_SIGN_IS = frozenset({"in", "down", "into", "on", "of", "my", "the", "his", "her", "their", "both", "either",
                              "any"})
_MALE = frozenset({"grandad", "granddad", "grandfather", "grandpa", "dad", "father", "husband", "guy", "lad", "fella",
                   "fellow", "bloke", "man", "gentleman", "boy", "male", "chap", "geezer", "dude", "gent"})
_PREGNANCY_INTENT, _PREGNANCY_TYPE = "PregnancyIntent", "PREGNANCY"
_PAST_PREGNANCY = 60  # an age said to "any chance you're pregnant?" that is a no
# What may follow an age said alone: a pause and a word to the listener ("she's eighty-two, pal", "eighty-two, love").
_TO_THE_LISTENER = frozenset({",", ".", "love", "pal", "dear", "mate", "hun", "honey", "son", "darling", "duck",
                              "pet", "my", "lover", "sweetheart", "chum", "bud", "buddy", "hen", "flower", "petal",
                              "lovey", "ma'am", "sir"})
_CHILDHOOD = 13  # an age said of her to "could she be pregnant?" that is a no
BOTH_SIDES = "both_sides"  # the PLACE_PATTERN value of "both my calves"
# "..., it's just the one spot" beside a muscle the same as ever: one place said (round 72), unless it moves.
_ONE_PLACE_SAID = frozenset({("one", "spot"), ("one", "place"), ("same", "spot"), ("same", "place"),
                             ("nowhere", "else"), ("that", "spot")})
_IT_MOVES_ABOUT = re.compile(r"\b(?:it|they|that|the twitch\w*)(?:'s| is| keeps| kind of| sort of)? (?:moves?|"
                             r"moving|jumps?|jumping|goes|going|travels?|travelling|traveling|wanders?) "
                             r"(?:about|around|all over|from place to place)\b")
# (Not "what do you mean, same place? it's my eye": the rounds answer it, a yes said with the place.)
_ASKED_BACK = re.compile(r"\b(?:same what|say (?:that |it )?again|pardon|come again|what was that|didn't catch|"
                         r"did not catch|didnt catch)\b")
_AN_ANSWER_BESIDE = re.compile(r"\b(?:yes|yeah|yep|aye|no|nah|nope|always|never|different|moves?|moving|around|about|"
                               r"both|other|all over|spot|side)\b")
_MOVING_ABOUT = frozenset({"different", "moves", "moving", "another", "around", "spreading", "spread", "too", "also"})
_SAME_AS_EVER = frozenset({"same", "usual", "regular", "unchanged"})
_AFTER_THE_SAME_DOSE = 8  # words after "same dose" that may add a change to it ("... but a water pill on top now")
# How a stretch said of the medicine before it opens ("amlodipine, unchanged for five years").
_SAID_OF_A_MEDICINE = frozenset({"unchanged", "for", "same", "steady", "stable"})
# Words that name a medicine without naming which, after "new" ("a new tablet", "new ones").
_A_MEDICINE_SAID = frozenset({"tablet", "tablets", "pill", "pills", "medicine", "medicines", "meds", "medication",
                              "medications", "prescription", "prescriptions", "dose", "one", "ones", "drug", "drugs",
                              "inhaler", "injection", "injections", "patch", "patches", "capsule", "capsules", "lot",
                              "stuff", "script", "jab", "treatment"})
_MEDICINE_CHANGES = frozenset({"new", "started", "start", "changed", "change", "increased", "upped", "doubled",
                               "tripled", "halved", "raised", "higher", "switched", "added", "different", "lowered",
                               "reduced", "stopped", "dose", "recently", "lately"})
# Changes only a dose has: "they tripled it last week" changes the medicine, whatever else the sentence names.
_ONLY_A_DOSE_CHANGES = frozenset({"doubled", "tripled", "halved", "upped", "increased", "raised", "lowered",
                                  "reduced"})
# A medicine told as unchanged, by its dose or its kind ("same dose of Keppra", "the same thyroxine dose", "my
# tablets are the same").
_A_STEADY_MEDICINE = re.compile(
    r"\b(?:same|unchanged|steady|stable)\b[^.,;]{0,40}\b(?:doses?|dosages?|tablets?|pills?|meds|medicines?|medications?|"
    r"prescription|injections?|infusions?|inhalers?)\b|\b(?:doses?|dosages?|tablets?|pills?|meds|medicines?|medications?|"
    r"prescription)\b[^.,;]{0,30}\b(?:same|unchanged|steady|stable)\b"
    # ("nah, same vyvanse, thirty mil, been on it two years, haven't touched the dose": round 203)
    r"|\bbeen on (?:it|them|that|those|this|these)(?: for)? (?:about |over |nearly |almost )?(?:\w+ )?(?:years?|yrs)\b")
# A medicine taken since long ago, told by when it began ("does sertraline count? i've been on it since year
# eleven": round 205).
_ON_IT_SINCE_LONG_AGO = re.compile(r"\bbeen on (?:it|them|that|those|this|these) since (?:i was (?:a (?:kid|child|baby|"
                                   r"toddler|teenager|teen|boy|girl)|little|small|young|\d+|(?:thirteen|fourteen|fifteen|"
                                   r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty)"
                                   r"(?:[- ]\w+)?)|year (?:\d+|seven|eight|nine|ten|eleven|twelve|thirteen)|"
                                   r"(?:school|uni|university|college)(?! (?:started|began|went|broke|finished|ended|"
                                   r"restarted))|my teens|19\d\d|20[01]\d)\b")
# What says a medicine did change after all ("not the same dose, they tripled it last week", "same tablets but a
# higher dose since monday": safety review E70).
_A_MEDICINE_CHANGED = re.compile(r"\b(?:not|isn't|wasn't|higher|lower|up|upped|doubled|tripled|halved|different|new|"
                                 r"started|added|switched|stopped|increased|decreased|reduced|changed|more|extra|another|"
                                 r"but)\b")
# Words only a medicine's dose is told in: "it went up from twenty to thirty milligrams".
_DOSE_WORDS = frozenset({"dose", "dosage", "milligrams", "milligram", "mg", "mgs"})
_APPROXIMATELY = frozenset({",", "bout", "about", "roughly", "around", "maybe", "probably", "ish", "approximately"})
_BARE_UNITS = {
    **{(unit,): f"a {unit}" for unit in ("hour", "day", "week", "fortnight", "month", "year")},
    **{(f"{unit}s",): f"a few {unit}s" for unit in ("hour", "day", "week", "month", "year")},
    # "week or two": a range said without its "a"
    **{(unit, "or", "two"): f"a {unit} or two" for unit in ("hour", "day", "week", "month", "year")},
}
# After a unit said alone, how near it is: about that long, as said.
_HEDGES_AFTER_A_UNIT = frozenset({("or", "so"), ("bit", "less"), ("a", "bit", "less"), ("bit", "more"),
                                  ("a", "bit", "more"), ("or", "thereabouts"), ("give", "or", "take"), ("ish",)})

_ENDING_INTENTS = frozenset({"AMAZON.StopIntent", "AMAZON.CancelIntent"})
_HOME_INTENT = "AMAZON.NavigateHomeIntent"
_FORGET_ME_INTENT = "ForgetMeIntent"
_WORDS_OF_FORGETTING = frozenset({"forget", "delete", "erase", "wipe", "remove", "clear", "remembering", "remember"})
# The words of "go home", "back to the main menu": anything else said with "home" makes it a place.
_WORDS_OF_GOING_HOME = frozenset({"go", "home", "take", "me", "to", "the", "back", "screen", "main", "menu", "start",
                                  "exit", "return", "please", "alexa", ",", "now", "just", "can", "you", "i", "want",
                                  "i'd", "id", "like", "would", "let's", "lets", "wanna", "could", "we"})
_HOME_AS_A_PLACE = re.compile(r"\bhome\b", re.I)
# When something began, told beside a "no, nothing happened today" ("... it came on in the night", "it was yesterday
# teatime, just like that"): then no bare no (safety review A).
_A_START_TOLD = re.compile(r"\b(?:night|overnight|yesterday|woke|waking|came on|come on|started|starting|hit|"
                           r"just like that|out of nowhere|teatime|tea time|dinnertime|lunchtime|bedtime|o'clock|"
                           r"\d{1,2}(?::\d\d)?\s*(?:am|pm))\b")
# ... and only beside what says it has long been so or came slowly ("he says it just feels tired after a long game,
# same as since Saturday"): "no, nothing happened today, he came in from the garden and it was like that" is no no
# (safety review A2).
_SLOW_OR_AS_EVER = re.compile(r"\b(?:tired|slow|slowly|gradual|gradually|weeks|months|same as|for ages|always|as ever|"
                              r"as usual)\b")
# How often, said beside a time put right ("it comes and goes but it's been since August").
_COMES_AND_GOES = re.compile(r"\b(?:it |they )?(?:comes and goes|come and go|on and off|off and on)\b", re.I)
# The question asked for again, as the last words said: whatever came before it was not yet the answer.
_QUESTION_NOT_HEARD = re.compile(r"\b(?:what was (?:the|that) question|what did you (?:just )?(?:say|ask)|"
                                 r"(?:can|could) you (?:say|repeat) (?:that|it|the question)(?: again)?|"
                                 r"say (?:that|it) again|what was that|come again)\W*$", re.I)
# What will not leave someone alone is a twitch that keeps on, nobody asked to go (round 99).
_WONT_LEAVE_ALONE = re.compile(r"\b(?:won't|will not|wont|doesn't|does not|never|can't|cannot)\s+leave\s+"
                               r"(?:me|him|her|us|them)\s+(?:alone|be)\b", re.I)
_START_OVER_INTENT = "AMAZON.StartOverIntent"
# The words of starting over; "from the top" is the one way of saying it without them.
_WORDS_OF_STARTING_OVER = frozenset({"start", "restart", "reset", "redo", "begin", "again", "scratch", "beginning",
                                     "fresh", "clear", "over"})
_FROM_THE_TOP = re.compile(r"\bfrom the top\b", re.I)
_TOP_AS_A_PLACE = re.compile(r"\b(on|at|near|by|in) (the )?top\b", re.I)
_A_TOP = re.compile(r"\b(?:the )?top\b", re.I)
# Questions about signs and symptoms, where a place said with one is where it is felt.
_SIGN_GROUP_QUESTIONS = frozenset({"nerve_signs", "weakness", "sensation", "muscle_size", "other_symptoms",
                                   "health_changes"})
# Words that end a session when said at a safety question ("stop", "bye"; not "right now actually").
_ENDING_WORDS = frozenset({"stop", "cancel", "quit", "exit", "bye", "goodbye", "enough", "done", "finished", "end",
                           "shut", "never", "forget", "leave", "off", "go"})
_RECORD_QUESTIONS = frozenset({"HowLongIntent", "RecallIntent"})
_ASKING_ABOUT_RECORD = frozenset({"how", "when", "what", "long", "last", "remember", "recall", "told", "tell",
                                  "stored", "know", "say", "said", "record", "time"})
# Alexa's built-in intents understand these without samples in the model.
BUILTIN_SAMPLES: dict[str, tuple[str, ...]] = {
    "AMAZON.YesIntent": ("yes", "yeah", "yep", "yup", "sure", "ok", "okay", "correct", "right"),
    "AMAZON.NoIntent": ("no", "nope", "nah", "no thanks", "no thank you"),
    "AMAZON.HelpIntent": ("help", "help me"),
    "AMAZON.StopIntent": ("stop", "shut up"),
    "AMAZON.CancelIntent": ("cancel", "never mind"),
    "AMAZON.RepeatIntent": ("repeat", "say that again"),
    "AMAZON.StartOverIntent": ("start over", "restart"),
}


def default_resolver(locale: str = DEFAULT_LOCALE) -> Resolver:
    """The resolver for the skill's own interaction model of `locale`, built once per process and locale: building
    it reads every sample (about a third of a second), and resolving never changes it."""
    return _resolver_for(checked_locale(locale))


@lru_cache(maxsize=8)
def _resolver_for(locale: str) -> Resolver:
    return Resolver(load_interaction_model(locale=locale), calendar=calendar_for(locale))


@dataclass(frozen=True)
class _PolicyValues:
    """From the one place they are defined (the triage policy), as (slot type, value id)."""

    screen: frozenset[tuple[str, str]]  # the signs the emergency screen asks about (urgent: never dropped)
    emergency: frozenset[tuple[str, str]]  # an emergency however they came on: doubt never hides them
    sudden: frozenset[tuple[str, str]]  # an emergency when sudden: "since i got up" decides the level
    reaction: frozenset[tuple[str, str]]  # an emergency after a stimulant (racing heart, vomiting, chest pain)
    stimulants: frozenset[tuple[str, str]]  # what such a reaction comes after
    # A medicine or a pesticide that may cause twitching, a new nerve sign, or twitching on both sides: each sends
    # the person to a doctor, so like the screen's signs it is never dropped for an intent or a sample that cannot
    # carry it ("always is, and i was using that organophosphate dip", "i've got twitching in both my calves").
    raising: frozenset[tuple[str, str]]


def _policy_values() -> _PolicyValues:
    from skill.domain.case import MEDICINE_TRIGGERS
    from skill.domain.triage import (
        EMERGENCY_SYMPTOMS,
        NEW_NERVE_SYMPTOMS,
        SCREEN_SYMPTOMS,
        STIMULANT_REACTION_SYMPTOMS,
        STIMULANTS,
        SUDDEN_SIGNS,
    )

    def as_values(slot_type: str, ids: frozenset[str]) -> frozenset[tuple[str, str]]:
        return frozenset((slot_type, value_id) for value_id in ids)

    return _PolicyValues(
        # (With the signs urgent when sudden that the screen does not name: a severe headache, told, is kept like
        # them, and so is how it came on: "a thunderclap headache out on the hill, worst pain ever" had been lost.)
        screen=as_values("SYMPTOM", SCREEN_SYMPTOMS | SUDDEN_SIGNS),
        emergency=as_values("SYMPTOM", EMERGENCY_SYMPTOMS),
        sudden=as_values("SYMPTOM", SUDDEN_SIGNS),
        reaction=as_values("SYMPTOM", STIMULANT_REACTION_SYMPTOMS),
        stimulants=as_values("TRIGGER", STIMULANTS),
        raising=as_values("TRIGGER", MEDICINE_TRIGGERS | {"pesticide"}) | as_values("SYMPTOM", NEW_NERVE_SYMPTOMS)
        | as_values("PLACE_PATTERN", frozenset({BOTH_SIDES})),
    )


def _asked_values() -> dict[str, tuple[str, str]]:
    """Pending question → the value a "yes" to it means, as (slot type, value id), from the skill's own table
    ("weakness?" asks about the symptom `weakness`). Not where a yes means the opposite of the value ("always
    in the same place?" and `spreading`; "any other symptoms?", whose yes is asked about)."""
    from skill.domain.case import SYMPTOM_ANSWERS

    return {question: ("SYMPTOM", symptom) for symptom, question in SYMPTOM_ANSWERS.items()
            if question not in ("same_place", "other_symptoms")}


def _group_signs() -> dict[str, dict[str, str]]:
    """Grouped question → the symptom each of its questions asks about, from the skill's own tables ("nerve_signs":
    weakness, muscle_wasting, sensation_change), as symptom → question."""
    from skill.domain.case import SYMPTOM_ANSWERS

    return {group: {symptom: question for symptom, question in SYMPTOM_ANSWERS.items() if question in members}
            for group, members in QUESTION_GROUPS.items()}


_GROUP_SIGNS = _group_signs()
# The value that names each question a group may ask, as (slot type, value id), where no symptom does: "all of
# them" to a group names each of its questions by these ("any new medicine, other symptoms, or pregnant?").
_NAMING_VALUES = {"medication": ("TRIGGER", "medication"), "other_symptoms": ("SYMPTOM", "other"),
                  "pregnant": ("PREGNANCY", "pregnant")}
_YES_INTENT, _HELP_INTENT = "AMAZON.YesIntent", "AMAZON.HelpIntent"

# Pending question → the value a name the model does not know most likely is, as (slot type, value id): asked
# about medicines, "i'm on sertraline" names one, whatever it is called. Only while that question is pending.
CATCH_ALL_VALUES: dict[str, tuple[str, str]] = {"medication": ("TRIGGER", "medication")}
# A group asking one of those questions takes its name too ("i'm on sertraline now" to "have you started or changed a
# medicine lately, noticed any other new symptoms...?"), but only where a medicine stands in a sample (after "on",
# "started", "take"): a word said alone there may as well be a symptom ("yes, fizzing").
CATCH_ALL_VALUES |= {group: CATCH_ALL_VALUES[member] for group, members in QUESTION_GROUPS.items()
                     for member in members[::-1] if member in CATCH_ALL_VALUES}
# What people are "on" that is no medicine: "i lost weight on purpose", "on holiday", "on nights".
_ON_SOMETHING_ELSE = frozenset({"purpose", "holiday", "holidays", "vacation", "leave", "call", "shift", "shifts",
                                "nights", "duty", "strike", "furlough", "mend", "edge", "form", "tenterhooks"})
_MAX_CATCH_ALL_WORDS = 3
_FALLBACK_CONFIDENCE = 0.1
_REPAIRED_CONFIDENCE = 0.85  # a sample matched once restarts, fillers at the edges or repeats were taken out
_PREFER_UNKNOWN_BELOW = 0.6  # a fuzzy reading of the same intent less sure than this loses to it

# -- fuzzy pass tuning (on the tuning split; see tests/test_resolver_*.py for what each is for) -------------
_HINT_BONUS = 0.12  # for the intent a pending question expects first; later hints get less
_ANSWER_BONUS = 0.08  # "yes, ..." to a yes/no question is a yes, whatever follows
_WEAK_VALUE_PENALTY = 0.03  # between equal readings, a sample's word is more likely than a value
_UNUSED_VALUE_PENALTY = 0.06  # per value said that the intent would not pass on
_DENIED_VALUE_PENALTY = 0.1  # per negated value of a type the intent takes ("i don't take any medication")
_VALUE_BONUS = 0.04  # per slot value the intent passes on (up to three): values are about this skill
_UNCOVERED_PENALTY = 0.2  # when the nearest sample shares none of the utterance's known content words
_NO_VALUE_PENALTY = 0.2  # an intent whose every sample carries a value, read with none ("what's the time")
_UNKNOWN_WORD_PENALTY = 0.12  # per content word no sample or slot value uses
_UNKNOWN_SHARE_PENALTY = 0.6  # times the share of unknown words: the most unknown words can cost
_THIRD_PARTY_PENALTY = 0.5  # per word pointing to someone else: the skill is about the person speaking
_NOTHING_KNOWN_PENALTY = 0.3  # when no content word of the utterance is known
_MIN_SIMILARITY = 0.25  # below this nothing looks enough like a sample: Fallback
_MIN_EVIDENCE = 0.35  # similarity + bonuses - penalties below this: Fallback
_FUZZY_CEILING = 0.89  # a fuzzy match is never as sure as an exact one
_URGENT_CONFIDENCE = 0.7
_MAX_READINGS = 16
_GOVERNED_REACH = 4  # "drinking a lot of | coffee"
_CLAUSE_BAR = 0.1  # one clause carrying a longer utterance must clear a higher bar
_MIN_CLAUSE_SPLIT_WORDS = 4
_CLAUSE_STARTERS = frozenset({"i", "it", "my", "there", "that", "this", "they", "the", "suddenly", "now", "then"})
_HEDGES = tuple(
    tuple(hedge.split())
    for hedge in ("i guess", "i suppose", "i think", "i believe", "i reckon", "i would say", "i would think",
                  "thanks", "thank you", "please")
)
_DISCOURSE_MARKERS = frozenset({"okay", "so", "well", "oh", "anyway", "now", "right"})
# Words between two values of one type that make them one list ("my calf and my thigh").
_LIST_GLUE = frozenset(
    lemma(word)
    for word in ("and", "or", "plus", "also", "as", "well", "my", "the", "both", "then", "a", "some", "too", "even",
                 "mostly", "sometimes", "now", "first", "maybe", "but", "in", "on")
)  # fmt: skip
# Little words that are the whole point of some samples ("no", "why", "again"): never light for the classifier.
_ANSWER_WORDS = frozenset({"yes", "no", "not", "okay", "never", "nothing", "none", "why", "how", "what", "again",
                           "maybe", "probably", "perhaps", "always", "sometimes", "often", "more", "all", "don't",
                           "same", "other", "else", "each", "every", "last", "first"})  # fmt: skip
_ANSWER_WORDS_FIRST = {
    **dict.fromkeys(("yes", "yeah", "yep", "yup", "aye", "mhm", "correct", "definitely", "absolutely"),
                    "AMAZON.YesIntent"),
    **dict.fromkeys(("no", "nope", "nah", "naw", "negative"), "AMAZON.NoIntent"),
}
_QUESTION_WORDS = frozenset({"what", "why", "how", "when", "where", "who", "which"})
# ("so" concludes: "last week, no wait, the week before my birthday, so about four weeks")
_CORRECTING_WORDS = frozenset({"actually", "maybe", "rather", "or", "no", "closer", "probably", "so"})
# After a "no", words that take back what was said ("no, wait", "no, what am i saying"), not a thing denied.
_AFTER_A_CORRECTING_NO = frozenset({",", "wait", "sorry", "actually", "what", "i", "it", "it's", "more", "hang",
                                    "hold", "scratch", "no", "not", "i'm", "that's", "longer", "less", "hmm", "um", "a",
                                    "an", "about", "like", "nearer", "closer"})
_NEGATORS = frozenset({"no", "not", "never", "without", "none", "nothing", "neither", "nor", "nae"})
_NEGATION_REACH = 3
_DOING_WORDS = frozenset({"go", "to", "the", "a", "any", "do", "play", "get", "much"})
_EXERCISE = "exercise"
# Below what the chat and the skill take as understood: a guessed yes or no is a miss.
_GUESSED_ANSWER_CONFIDENCE = 0.2
_NO_INTENT = "AMAZON.NoIntent"
_REPEAT_INTENT = "AMAZON.RepeatIntent"
_ANSWER_INTENTS = {"yes": _YES_INTENT, "no": _NO_INTENT}
_NARROWING_WORDS = frozenset({",", "the", "my", "his", "her", "its", "in", "on", "i", "mean", "well", "a", "actually",
                               "back", "front", "top", "bottom", "of"})  # "leg... back of... the calf"
_HABIT_TIMES = frozenset({"when", "whenever", "after", "in", "at", "on", "every", "first"})
_HABITUAL = frozenset({"mostly", "usually", "always", "often", "sometimes", "normally", "generally", "mainly",
                       "typically"})
# A time right after these dates a death ("dead ten years", "died two years back", "passed five years ago").
_DEATH_WORDS = frozenset({lemma(word) for word in ("dead", "died", "passed", "deceased")})
_DEATH_TO_TIME = frozenset({"away", "for", "on", "over", "nearly", "almost"})
_GOING = frozenset({lemma(word) for word in ("went", "gone", "go", "goes", "going", "felt", "feel", "feels", "turned")})
# A knack's "'s" is "is", no one's ("my handwriting's always been rotten"): only for telling a person's "'s" (a sign
# of one stays a sign: "my balance totally collapsed this morning").
_KNACKS = frozenset({"handwriting", "spelling", "memory"})
# "where it meets the neck", "the button round my neck":
_LOCATORS = frozenset({"near", "by", "beside", "next", "close", "towards", "toward", "around", "round", "above",
                       "below", "between", "under", "underneath", "meets", "meet", "joins", "join"})
# Words a yes or no sample shares with any sentence ("it is", "i do"): sharing only these is no evidence.
_LIGHT_ANSWER_WORDS = frozenset({"it", "is", "it's", "i", "a", "the", "my", "that", "this", "be", "am", "are", "was",
                                 "so", "do", "did", "have", "has", "had", "one", ","})
_TWITCH_REPORT_CONFIDENCE = 0.55
_TIMES_OF_A_REPORT = BUILT_IN_TYPES | {"FREQUENCY"}
# Just over what the chat and the skill take as understood, as for a twitch report found the same way.
_ANSWER_OF_ITS_KIND_CONFIDENCE = _TWITCH_REPORT_CONFIDENCE
_WHY_INTENT = "WhyIntent"
_LINKING = frozenset({"is", "are", "be", "feels", "feel", "look", "looks", "seems", "seem", "'s", "totally",
                      "completely", "all", "absolutely", "perfectly", "work", "works", "working", "still"})
_OTHER_DOINGS = frozenset(lemma(word) for word in (
    "rubbing", "rub", "holding", "hold", "held", "carrying", "carry", "washing", "massaging", "using", "ache", "aches",
    "aching", "hurts", "hurt", "hurting", "sore", "cramp", "cramps", "itch", "itches", "itchy", "killing", "agony",
    "bothering",
    # "I've measured both legs with the sewing tape": sized, not twitching (round 75)
    "measured", "measuring", "compared", "comparing"))
# "My grip is normal and I feel everything fine in the hand": felt fine, no twitching (round 161; never "now I feel
# it in my thigh too").
_FEELING = frozenset(lemma(word) for word in ("feel", "feels", "felt"))
_FELT_FINE = frozenset({"fine", "normal", "everything"})
# What is done to a place that is no twitch: "that's where i inject", "the other hand is where i prick".
_DOINGS_ELSEWHERE = frozenset(lemma(word) for word in (
    "inject", "injecting", "injection", "injections", "prick", "pricking", "jab", "jabs", "pump", "patch", "sensor",
    "test", "testing", "put", "wear", "stick"))
_FINE = frozenset({"fine", "normal", "ok", "okay", "alright", "good", "grand", "perfect"})
_PLAIN_YES = (["yes"], ["yeah"], ["yep"], ["aye"])  # a first word that is a yes and nothing more
# The same yes as a word anywhere ("swallowing: yes"), whatever else is said with it.
_YES_WORDS_ALONE = frozenset(word for [word] in _PLAIN_YES) | {"yup"}
_LOCATING = frozenset({"below", "under", "underneath", "beneath", "above", "near", "beside", "behind", "by", "next"})
_SPREAD_WORDS = frozenset({"and", "also", "too", "other", "moves", "moving", "spreads", "spreading", "sometimes",
                           "well", "times", "started", "now", "both", "either", "sides", "then", "plus"})
# At a grouped question, what a "no" speaks of, by the sign: "no, i'm walking fine" is about weakness, "feels
# normal" about feeling, "looks the same" about the muscle's size. That one is answered and the rest are asked again
# (never the other way: a no that names none of them answers all of them).
_SAID_FINE_ABOUT = {
    "weakness": (frozenset({"walk", "walking", "run", "running", "play", "playing", "lift", "lifting", "grip", "strong",
                            "strength", "carry", "carrying", "stairs", "open", "jars", "dropping", "drop", "legs",
                            "arms", "hold", "holding", "work", "working", "use", "using"}), frozenset()),
    "sensation_change": (frozenset({"feel", "feels", "feeling", "felt", "sensation"}),
                         _FINE | {"same", "everything"}),
    "muscle_wasting": (frozenset({"look", "looks", "looking", "size", "same as"}), _FINE | {"same"}),
}
# "All of them", "all three", "the lot" to a grouped question (or its "which ones?"): every one of them.
_ALL_OF_THEM = frozenset({"all", "everything", "lot", "three", "every", "each"})
_ALL_OF_THEM_WORDS = _ALL_OF_THEM | {",", "of", "them", "those", "the", "yes", "yeah", "yep", "one", "bit", "really",
                                     "probably", "think", "i", "a", "little", "sort", "kind", "it", "that", "said"}
_ANSWER_TYPE = "ANSWER"
# The signs of a nerve problem (those the nerve-signs question asks) a no to the safety check may deny besides ("no,
# and the leg is not weak"); and what else such a no carries with them: where and when.
_NERVE_SIGNS = frozenset(sign for sign, question in SYMPTOM_ANSWERS.items()
                         if question in QUESTION_GROUPS["nerve_signs"])
_SAID_WITH_DENIALS = frozenset({_ANSWER_TYPE, PLACE_TYPE, DURATION_TYPE, DATE_TYPE, _PLACE_PATTERN_TYPE})
_CORRECTION_INTENT = "CorrectionIntent"
_EXPLAIN_INTENT, _DESCRIBE_INTENT = "ExplainIntent", "DescribeSymptomIntent"
_SOMEONES = frozenset({"i", "i'm", "i've", "my", "me", "he", "she", "his", "her", "he's", "she's", "we", "our"})
_ASKING_WORDS = frozenset({"what", "what's", "whats", "how", "which", "mean", "means", "meaning", "meant", "why",
                           "explain", "understand", "example", "count", "counts", "class"})
_TRIGGER_INTENT, _TRIGGER_TYPE = "DescribeTriggerIntent", "TRIGGER"
# Facts a twitch report carries and a symptom's description would drop.
_ONLY_A_REPORT_CARRIES = frozenset({DATE_TYPE, _PREGNANCY_TYPE, f"!{_TRIGGER_TYPE}"})  # (a denied one: `_denied`)
_ASKING = frozenset(lemma(word) for word in ("ask", "asking", "asked", "know", "want", "need", "matter", "matters"))
# Question → the intents and slot types its answer names ("any caffeine or stress lately?" → a trigger; "when did it
# start?" → a day or a length).
# What may be said of a drink or a pill besides naming it: when, how often, and "this morning" (a pace word).
_BESIDE_A_TRIGGER_TOLD = frozenset({_TRIGGER_TYPE, DATE_TYPE, DURATION_TYPE, "FREQUENCY", PACE_TYPE})
_HAD_OR_COUNTED = frozenset({"had", "drank", "took", "downed", "necked", "sank", "sunk", "chugged", "pounded",
                             "smashed", "slammed", "drinking", "having", "taking", "two", "three", "four", "five",
                             "six", "couple", "few", "several", "lots", "loads", "bunch"})
# A "when" with a teller of its own before it ("I near died when ..."), not one that opens its stretch.
_WORDS_BEFORE_A_WHEN_OF_ITS_OWN = 2
_POINTING_AT_A_START = frozenset({"it", "this", "since", "started", "start", "starting", "began", "begun", "begin",
                                  "noticed", "first", "ever", "kicked"})
_WORDS_OF_A_SIGN_IN_AN_IDIOM = frozenset({"heart", "attack", "died", "dead", "killed", "stroke", "coronary", "fit",
                                          "choke", "choked", "blue", "collapsed", "fainted", "passed"})
_ANSWER_KINDS = {
    "triggers": (("DescribeTriggerIntent", "TRIGGER"),),
    "medication": (("DescribeTriggerIntent", "TRIGGER"),),
    "other_symptoms": (("DescribeSymptomIntent", "SYMPTOM"),),
    "onset": (("DurationIntent", DATE_TYPE), ("DurationIntent", DURATION_TYPE)),
}

# Words that say yes or no themselves; a yes or no without one is a guess.
_POLARITY_WORDS = frozenset(_ANSWER_WORDS_FIRST) | {"aye", "ja", "yes", "nothing", "none", "sure",
                                                     "course", "naw", "nae"}
_PLAIN_ANSWERS = frozenset({"yes", "yeah", "yep", "yup", "no", "nope", "nah", "aye", "naw"})
_PLAIN_YES_WORDS = frozenset({"yes", "yeah", "yep", "yup", "aye"})
# Words that say an answer just given was a mistake ("yes, no, sorry, I understood wrong").
_MISTAKE_WORDS = frozenset({"wrong", "misheard", "mistake", "understood", "understand", "meant", "sorry", "oops"})
# Owners whose "'s" is no one's ("my calendar's wall to wall"); not things whose signs are dropped.
_NO_ONES = frozenset({"calendar", "diary", "schedule", "inbox", "planner", "workload", "rota",
                     "brain", "mind", "nerves"})  # "my brain's fried": no one else's, an "is"


def _as_a_twitch_told_not_more_asked(resolution: Resolution, analysis: _Analysis) -> Resolution:
    """"I've got this twitchin' thing goin' on and it's doin' me head in" is a twitch told, not "go on" asking for
    more of the advice (round 140 had read it so, three times, before any question): a report, its place then
    asked. Only a twitch had ("got", "have", "there's"), with no word of asking."""
    words = {token.word for token in analysis.tokens}
    if resolution.intent != "AdviceDetailIntent" or not any_twitching(analysis.tokens) or words & _ASKING_WORDS or (
            not words & {"got", "have", "having", "there's", "keeps", "keep", "been"}):
        return resolution
    return Resolution(_REPORT_INTENT, {}, _TWITCH_REPORT_CONFIDENCE, resolution.text)


def _als_asked_only_when_named(resolution: Resolution, analysis: _Analysis) -> Resolution:
    """A question about ALS only when ALS (or motor neurone disease, Lou Gehrig's) is named: "it's possible" to "could
    you be pregnant?" had been "is a. l. s. possible" (round 139), so a maybe is not sure, anything else not caught."""
    words = {token.word for token in analysis.tokens}
    if resolution.intent != "AskAboutAlsIntent" or words & _ALS_NAMED:
        return resolution
    unsure = bool(words & {"possible", "possibly", "maybe", "might", "perhaps"})
    return Resolution(_DONT_KNOW_INTENT if unsure else FALLBACK_INTENT, {}, resolution.confidence, resolution.text)


_ALS_NAMED = frozenset({"als", "lou", "gehrig", "gehrig's", "gehrigs", "motor", "neuron", "neurone", "neurons",
                        "neurones", "mnd", "amyotrophic", "sclerosis"})


def _twitching_described(tokens: Sequence[Token]) -> bool:
    """Whether a word for twitching is said, or the twitch is told as a thing moving under the skin ("her calf's
    been going like a little fish under the skin": round 139 had not understood it, three times)."""
    words = [token.word for token in tokens]
    return any_twitching(tokens) or bool(occurrences(words, ("under", "the", "skin"))) or (
        # "My left eyelid's been gaun like the clappers", "me calf keeps going": going, as a twitch goes (round 140),
        # not going numb, weak or to do something.
        any(word in ("going", "gaun", "goin") and words[at - 1 : at] in (["been"], ["keeps"], ["keep"], ["'s"])
            and not set(words[at + 1 : at + 2]) & _GOING_SOMEHOW for at, word in enumerate(words)))


# After "going", what a part goes that is no twitch: "been going numb", "keeps going to sleep".
_GOING_SOMEHOW = frozenset({"numb", "weak", "weaker", "dead", "to", "blue", "grey", "gray", "funny", "limp", "floppy",
                            "down", "dull", "cold", "white", "stiff", "red", "black", "purple", "wobbly"})


def _with_a_faint_of_seconds(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """With the faint of "his mates said he were out for a few seconds" (round 149: it had been only a length): out,
    for a length of seconds (not "out for a minute to get milk"), right after "was", "were" or "went"."""
    words = [token.word for token in sequence]
    found = [Match(match.start - 3, match.start - 1, 2, (Value(SIGN_TYPE, "fainting", "fainted"),))
             for match in matches if DURATION_TYPE in match.types and match.start >= 3
             and words[match.start - 3 : match.start] in (["was", "out", "for"], ["were", "out", "for"],
                                                          ["went", "out", "for"])
             and any(re.fullmatch(r"PT\d+S", value.iso or "") for value in match.values)
             and not any(SIGN_TYPE in other.types and other.start < match.start < other.end + 3 for other in matches)]
    return sorted([*matches, *found], key=lambda match: match.start) if found else matches


def _with_names_said_bare(sequence: list[Token], matches: list[Match], owners: list[int],
                          said: Sequence[str]) -> list[Match]:
    """`matches` and, for a name said bare before what twitches ("madam's eyelid is fluttering", "rita's calf is
    jumping": round 139 had not understood a carer's opening, three times) or a relative the model has no word for
    ("my cousin's eyelid", "my apá's eyelid": round 194), someone: a person the model does not name, not the speaker
    (a pet is "my dog's" or "our cat's"). `owners`: the unknown owners of what twitches."""
    bare = [owner for owner in owners if _someone_unknown(sequence, owner, said)]
    if not bare or any(match.types == {PERSON_TYPE} for match in matches):
        return matches
    someone = Match(bare[0], bare[0] + 1, 1, (Value(PERSON_TYPE, "someone", "someone"),))
    return sorted([*matches, someone], key=lambda match: match.start)


def _someone_unknown(sequence: list[Token], owner: int, said: Sequence[str]) -> bool:
    """Whether an unknown owner of what twitches is a person: a name said bare, or any owner not an animal (a word
    the model does not know after "my" is likelier a relative in the family's own language, "my tía's hand", "my
    cousin's eyelid", than a pet: round 194 had not understood them three times and lost where the twitch was)."""
    owner_word = sequence[owner].word.removesuffix("'s")
    return _a_name_said_bare(sequence, owner) or (
        not an_animal(sequence[owner], sequence, said) and owner_word not in _PETS_BY_KIND)


# Pets by their kind, whose "'s" is no person's ("my pet's leg", "my bunny's ear": safety review C66), besides the
# animals `an_animal` knows.
_PETS_BY_KIND = frozenset({"pet", "bunny", "snake", "bird", "birdie", "fish", "guinea", "piggy", "frog", "doggy",
                           "doggie", "rat", "mouse"})


def _a_name_said_bare(sequence: list[Token], owner: int) -> bool:
    """Whether an owner is said with no "my", "the" or another owner before it: a name ("rita's", "madam's")."""
    return owner == 0 or sequence[owner - 1].word not in _DETERMINERS | {"of", "'s"}


# Words after an "'s" that make it "is" or "has", not someone's ("my sleep's getting worse").
_IS_AFTER = frozenset({"all", "getting", "got", "gone", "going", "been", "really", "so", "very", "not", "never"})
# Words without which no "no" was said (contractions are already "do not", "have not").
_NEGATIVE_WORDS = _NEGATORS | {"nope", "nah", "naw", "nae", "nuh", "negative", "nay", "nein", "n't"}
_COORDINATORS = frozenset({"or", "nor"})
# ("Or being sick" carries the denial; "or stuff", "or things" and "or having" do not: review E, "no alcohol or
# things, chest pain now" had denied the chest pain.)
_COORDINATED_LIGHT = frozenset({",", "any", "anything", "a", "the", "my", "of", "from", "even", "really", "much",
                                "being", "getting", "feeling", "gone"})  # ("i've no keeled over or gone doolally")
# "not sure my calf" doubts; "can't stop drooping" and "never stops jerking" say it goes on: neither denies.
_HEDGED_NEGATION = frozenset({"sure", "certain", "stop", "stops", "stopped", "stopping",
                              "worries", "worry", "problem",  # ("no worries my chest feels crushed": review A72)
                              "wonder"})  # ("no wonder he collapsed", "nae wonder": review of round 156)
# "Can't grip", "couldn't swallow": what a person cannot do, said as a sign, is no denial of it.
_ABLE = frozenset({"can", "could"})
_ABILITIES = frozenset({"grip", "hold", "lift", "move", "walk", "stand", "swallow", "speak", "talk", "breathe", "grab",
                        "pick", "button", "write", "raise", "open", "use", "get", "keep", "say", "form"})
# "Not only my eyelid, my calf too", "no just my eye" (to "anywhere else?"): the value is said, and more.
_NOT_ONLY = frozenset({"only", "just"})
_ANSWER_NOS = frozenset({"no", "nope", "nah", "naw"})
# "It started", "that came on": a clause telling when the thing said before it began.
_POINTING_BACK_TO_IT = frozenset({"it", "that", "this", "which", "all"})
_STARTING = frozenset(lemma(word) for word in ("started", "began", "begun", "came", "come", "happened", "kicked"))
_SUBJECTS = frozenset({"it", "it's", "i", "i'm", "i've", "she", "she's", "he", "he's", "they", "they're", "we", "we're",
                       "you"})
_DENIED_OF_A_PLACE = frozenset({"has", "have", "is", "are", "was", "were", "not", "been", "did", "does", "do", "gone",
                                "feel", "feels", "felt", "n't"})
# Besides the parts of the body, what "no my ..." may name and still be an answer before a sign ("no my speech is
# slurred", "no my left arm went dead"); never a person ("no my mum had fits as a kid").
_FACULTIES = frozenset(lemma(word) for word in ("speech", "words", "voice", "talking", "smile", "grip", "balance",
                                                 "vision", "sight", "breathing", "chest", "heart", "left", "right"))
_OWNERS = frozenset({"my", "me", "his", "her", "their", "our", "your"})
_OPINION_VERBS = frozenset({"think", "believe", "reckon", "feel"})
# A question about the question ("why are you asking me about chest pain?") names a value without saying it is
# there. Only recognised when it opens with one of these, names each value right after "about" or "ask", and
# nobody says "i" (whatever the person says about themself is a statement: "why, i do have chest pain").
_WHY_OPENINGS = (("why",), ("how", "come"))
_ASKING_PREGNANCY = frozenset({"pregnant", "health_changes"})
_ILLNESSES = frozenset({"infection", "flu", "cold", "cough", "bug", "virus", "covid", "fever", "sinusitis",
                        "bronchitis", "pneumonia", "tonsillitis", "laryngitis", "norovirus"})
_OPENING_A_START = frozenset({"since", "from", "after", "ever", "when", "started", "starting", "began"})
_STARTING_WORDS = frozenset({"started", "start", "began", "begun"})
_NEWS_OF_A_PRICE = frozenset(lemma(word) for word in ("saw", "opened", "got", "came", "landed", "arrived", "read"))
_PRICES = frozenset({"bill", "bills", "price", "prices", "quote", "invoice", "statement", "rent", "fare", "total"})
_PARTNERS = frozenset({"husband", "husband's", "wife", "partner", "partner's", "boyfriend", "girlfriend", "fiance",
                       "fiancé", "hubby"})
_TOPIC_MARKERS = frozenset({"about", "ask", "mention"})
_TOPIC_DETERMINERS = frozenset({"my", "the", "a", "an", "any", "this", "that", "these", "those", "some", "all"})
# "Why are you asking, is it about my chest pain?" says the person has it.
_FIRST_PERSON = frozenset({"i", "myself", "my"})
_POSSESSIVES = frozenset({"my", "our", "your"})


# -- the fuzzy pass: readings -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Reading:
    """One way to read the slot values found: which matches are values (and of which type)."""

    values: tuple[tuple[Match, str], ...]  # (match, slot type) of the matches taken as slot values
    sequence: tuple[str, ...]  # lemmas with the values as placeholders
    dropped: frozenset[int]  # id() of the matches left out of the sequence (negated)

    @property
    def types(self) -> frozenset[str]:
        return frozenset(slot_type for _, slot_type in self.values)


@dataclass(frozen=True)
class _Choice:
    intent: str
    score: float  # similarity, adjusted for the pending question and weak values
    similarity: float
    values: tuple[tuple[Match, str], ...]  # the reading's values of the types the intent declares
    sample: int


@dataclass
class _Analysis:
    """The fuzzy pass's view of an utterance: repaired tokens, the values in it, which are negated."""

    tokens: list[Token]
    matches: list[Match]
    negated: set[int]
    canonical: str  # the repaired text as canonical words, for a second exact try
    third_party: int  # words pointing to someone the model does not know: "my cat's tail"
    answer: str | None  # the yes/no intent the first word gives ("yes, ..." → AMAZON.YesIntent)
    # Opens with an editing term ("no wait, i meant my calf", "sorry, no weakness"): nothing earlier in the
    # utterance is repaired, so it corrects something said before. Kept first in `tokens` as `repair.EDIT`.
    corrects_earlier: bool = False


class Resolver:
    """Maps an utterance to the intent and slot values Alexa would send, for one interaction model."""

    def __init__(
        self,
        model: InteractionModel,
        *,
        allow_unknown_values: bool = True,
        urgent_values: Iterable[tuple[str, str]] | None = None,
        today: Callable[[], date] = date.today,
        cues: SignCues | None = None,
        calendar: Calendar = CALENDAR,
    ) -> None:
        with known_words():  # (the samples' words, worked out once per version of the code: most of the build)
            self._build(model, allow_unknown_values, urgent_values, today, cues, calendar)

    def _build(self, model: InteractionModel, allow_unknown_values: bool,
               urgent_values: Iterable[tuple[str, str]] | None, today: Callable[[], date], cues: SignCues | None,
               calendar: Calendar) -> None:
        """Everything the resolver reads an utterance with, from the model's samples, values and cues."""
        self.model = model
        # Alexa reads "since monday" against the device's date; so does the resolver, against this clock, and
        # "since thanksgiving" by the device's country: the locale's `calendar`.
        self._today = today
        samples = {
            intent.name: [*intent.samples, *BUILTIN_SAMPLES.get(intent.name, ())] for intent in model.intents.values()
        }
        self._templates = TemplateMatcher(model, samples, allow_unknown_values=allow_unknown_values, today=today,
                                          calendar=calendar)
        self._negation_slots, self._leading = _slot_roles(model)
        self._leading_types = frozenset().union(*self._leading.values())
        classifier_samples: list[tuple[str, tuple[str, ...]]] = []
        self._sample_texts: list[str] = []
        literal_lemmas: dict[str, set[str]] = {}
        for intent in model.intents.values():
            for sample in dict.fromkeys(samples[intent.name]):
                sequence = _sample_sequence(sample, intent.slots, model, self._negation_slots.get(intent.name, ()))
                if not sequence:
                    continue
                classifier_samples.append((intent.name, sequence))
                self._sample_texts.append(sample)
                # The words of the samples of an intent that takes a slot type: where a value of that type
                # could stand next to them ("my {bodyPart} keeps spasming" makes "spasms" a weak symptom).
                for slot_type in {slot.type for slot in intent.slots.values()}:
                    literal_lemmas.setdefault(slot_type, set()).update(
                        word for word in sequence if not word.startswith("<")
                    )
        light = {lemma(word) for word in STOPWORDS - _ANSWER_WORDS} | {START, END}
        self._classifier = IntentClassifier(classifier_samples, light)
        # What an utterance is about: its known words that are neither little words nor question words.
        self._content = frozenset(self._classifier.vocabulary - light - {lemma(word) for word in _QUESTION_WORDS})
        self._sample_content = [frozenset(sequence) & self._content for _, sequence in classifier_samples]
        # Intents that only exist to carry a value: every sample has a slot ("for {duration}").
        with_values: dict[str, bool] = {}
        for name, sequence in classifier_samples:
            with_values[name] = with_values.get(name, True) and any(word.startswith("<") for word in sequence)
        self._needs_values = frozenset(name for name, always in with_values.items() if always)
        self._gazetteer = Gazetteer(model, literal_lemmas, SignCues.load() if cues is None else cues, calendar)
        places = model.slot_types[PLACE_TYPE].values if PLACE_TYPE in model.slot_types else ()
        self._body_part_lemmas = frozenset(
            lemma(said) for value in places for said in (value.name, *value.synonyms) if " " not in said)
        self._owned_parts = self._body_part_lemmas | _FACULTIES
        self._known_lemmas = (
            self._classifier.vocabulary
            | self._gazetteer.vocabulary
            | (self._gazetteer.cues.vocabulary if self._gazetteer.cues else frozenset())
            | {lemma(word) for word in DURATION_WORDS | DATE_WORDS | calendar.words}
        )
        self._slot_for_type: dict[str, dict[str, SlotDecl]] = {}
        for intent in model.intents.values():
            by_type: dict[str, SlotDecl] = {}
            negation_slots = self._negation_slots.get(intent.name, ())
            for slot in intent.slots.values():
                by_type.setdefault(_denied(slot.type) if slot.name in negation_slots else slot.type, slot)
            self._slot_for_type[intent.name] = by_type
        policy = _policy_values()
        self._urgent = frozenset(policy.screen if urgent_values is None else urgent_values)
        self._kept = self._urgent | (policy.raising if urgent_values is None else frozenset())
        self._urgent_signs = frozenset(value_id for slot_type, value_id in self._urgent if slot_type == SIGN_TYPE)
        self._emergency = policy.emergency & self._urgent
        self._sudden_signs = policy.sudden & self._urgent
        self._reaction_signs, self._stimulants = policy.reaction, policy.stimulants
        # Signs a "no my face ..." answers rather than denies: urgent now, when sudden, or after a stimulant.
        self._signs_said_after_a_no = self._emergency | self._sudden_signs | self._reaction_signs
        self._asked = _asked_values()
        self._catch_all: dict[str, Value] = {}
        for question, (type_name, value_id) in CATCH_ALL_VALUES.items():
            slot_type = model.slot_types.get(type_name)
            value = next((v for v in slot_type.values if v.id == value_id), None) if slot_type else None
            if value is not None:
                self._catch_all[question] = Value(type_name, value.id, value.name)
        # The words a sample has right before a value of a type ("i'm on {trigger}", "i started {trigger}").
        self._leads: dict[str, frozenset[str]] = {}
        for _, sequence in classifier_samples:
            for position, word in enumerate(sequence[1:], 1):
                if word.startswith("<") and not sequence[position - 1].startswith("<"):
                    self._leads[word] = self._leads.get(word, frozenset()) | {sequence[position - 1]}

    # -- resolving --------------------------------------------------------------------------------

    def resolve(self, text: str, pending_question: str | None = None) -> Resolution:
        """The intent and slots for `text`; `pending_question` favours the intents that answer it."""
        if pending_question is None and (hello := _HELLO_YES.match(text)) and text[hello.end():].strip():
            # "Hello, yes, my right calf has been jumping since ...": a phone's "yes" to being greeted, no answer to
            # anything (it had been a bare yes, three times, and the calf asked for).
            return self.resolve(text[hello.end():], pending_question)
        if "pregnant" in questions_of(pending_question) and (echo := _ECHOED_FIRST.match(text)) and (
                "pregnant" in self._understood(text, pending_question).slot_ids().get("pregnancy", [])) and (
                answer := self.resolve(text[echo.end():], pending_question)).intent in (_NO_INTENT, _DONT_KNOW_INTENT):
            # "Pregnant? Lawd no, mi fifty-six": the question's word said back is no yes to it (round 160: it had
            # been "yes to pregnancy"); a no or a "not sure" after it is the answer.
            return answer
        aside = _MOMENT_ASKED.match(text) or pending_question is None and _GREETING_FIRST.match(text)
        if aside and text[aside.end():].strip():
            # "Morning. Is my left calf, ... from Easter time the foot catch on the step": a greeting, not "this
            # morning"; "wait a second, my eyelid's twitching" asks for a moment, no twitch of a second. A sign told
            # straight after either, with no time of its own, is happening now ("Morning, my right arm's gone weak",
            # "hang on a minute, my words are all jumbled": review A66), as the old reading of them had it.
            return self._now_after_an_aside(self.resolve(text[aside.end():], pending_question), text[aside.end():])
        # "One minute, I told one thing wrong. Can I change my answer?": a moment asked for before a change, no time of
        # a minute (round 171 had offered to change the start to a minute ago); "Marg says I gotta change one of my
        # answers": a change asked for, whoever said it was needed (round 186 had not understood it after the
        # advice, and the faint it was to tell was never heard). Only a change asked for with nothing else told
        # ("one minute ago my arm went numb, I need to change my answer" keeps its time, "one minute he was
        # talking, the next he couldn't" is sudden: safety review D60; "Marg says I gotta change one of my answers,
        # yes" is a yes: B63).
        opener = _ONE_MOMENT.match(text) if "next" not in _words_as_said(text) else None
        if opener is None and (says := _SOMEONE_SAYS.match(text)) and not re.search(
                r"[,.;:!?]\s*\w", text[says.end():]):
            opener = says
        if opener and (rest := self.resolve(text[opener.end():], pending_question)).intent == _CORRECTION_INTENT and (
                not rest.slots):
            return replace(rest, text=text)
        if (sure := _NO_THEN_SURE.match(text)) and len(text[sure.end():].split()) > 1 and not any(
                match.types == {_ANSWER_TYPE} and match.values[0].id == "unsure"
                for match in self._analyse(text[sure.end():]).matches):
            # "No, sure the only thing hurting is my wallet": Irish English's "sure" opens what follows the no; it
            # is no "not sure" (round 80: it had been, and the advice had been to watch the twitch).
            return self.resolve(text[: sure.start("sure")] + text[sure.end():], pending_question)
        if (wrong := _SAID_WRONG_FIRST.match(text)) and text[wrong.end():].strip() and (
                _CORRECTION_INTENT in self.model.intents) and (
                put_right := self._understood(text[wrong.end():], pending_question)).intent in _INTENTS_PUT_RIGHT and (
                "symptom" not in put_right.slots) and (kept := {name: values for name, values in put_right.slots.items()
                         if name in self._slot_names(_CORRECTION_INTENT)}):
            # "Wait, i said that wrong, it's the new commute that started in september, the eyelid only started
            # twitching last friday": a correction, told as one (its report had only been merged, towards caution,
            # and the advice had stayed as it was). A sign told after it stays a description: heard as it is.
            return _without_a_time_taken_back(Resolution(_CORRECTION_INTENT, kept, put_right.confidence, text), text)
        if (how := _ASKED_HOW.match(text) or _HOW_ASKED_FIRST.match(text) or _HOW_MEANT.match(text)) and (
                _EXPLAIN_INTENT in self.model.intents) and set(
                (what := self._understood(how.group("what"), pending_question)).slots) == {"symptom"} and not (
                # (The question put as its example asks only when it tells nothing: "fainting how? like do I count
                # it if I blacked out this morning?" tells the faint, safety review C62.)
                "asked" in how.re.groupindex and how.group("asked")
                and "symptom" in self._understood(how.group("asked"), pending_question).slots):
            # "Weak how?", "numb in what way?": what the word means, asked back, never a yes to it (it had been a
            # weakness said, and the advice raised for it). Not an urgent sign told with its part ("face drooping
            # how", review A70): that is told.
            told = len(how.group("what").split()) > 1 and _DESCRIBE_INTENT in self.model.intents and any(
                value.id in _URGENT_WHEN_TOLD for value in what.slots["symptom"])
            return Resolution(_DESCRIBE_INTENT if told else _EXPLAIN_INTENT, what.slots, what.confidence, text)
        if (meant := _ASKED_IF_MEANT.match(text)) and _EXPLAIN_INTENT in self.model.intents and set(
                (what := self._understood(meant.group("what"), pending_question)).slots) == {"symptom"} and not (
                len([word for word in meant.group("what").split() if word.lower() not in ("a", "an", "the")]) > 1
                and any(value.id in _URGENT_WHEN_TOLD for value in what.slots["symptom"])):
            # One word for the sign, as "weak how?" (round 81: it had been a correction that told a seizure, and the
            # emergency advice given); "face dropped, is that what you mean" tells it.
            return Resolution(_EXPLAIN_INTENT, what.slots, what.confidence, text)
        if (echoed := _SIGN_ECHOED.match(text)) and (answer := self._echo_answered(echoed, pending_question)):
            return answer
        if (doubted := _WHY_ASKED_THEN_A_SIGN_DOUBTED.match(text) or _WHAT_ASKED_THEN_A_SIGN_GUESSED.match(text)) and (
                _WHY_INTENT in self.model.intents):
            if not doubted.group("rest").strip():
                return Resolution(_WHY_INTENT, {}, _ANSWER_OF_ITS_KIND_CONFIDENCE, text)
            # ("What's that for, you think I'm having a fit? no, none of that": the answer after it, when it is a
            # bare no or not sure; anything else is read whole. Review B84.)
            if (answered := self._bare_answer(doubted.group("rest"), pending_question)) is not None:
                return replace(answered, text=text)
        if _A_CHOICE_ASKED.match(" ".join(word for word in normal_words(text) if word != ",")) and (
                _EXPLAIN_INTENT in self.model.intents) and not (
                    asked := self._understood(text, pending_question)).slots:
            # "From when I noticed, or from when it started?": which the question means, asked back (round 81: it
            # had been a correction, and the "no" after it had changed an answer).
            return Resolution(_EXPLAIN_INTENT, {}, asked.confidence, text)
        if (asked := _A_WORD_ASKED_ABOUT.search(text)) and _EXPLAIN_INTENT in self.model.intents and (
                explained := self._a_word_asked_about(text, asked, pending_question)) is not None:
            return explained
        resolution = self._understood(text, pending_question)
        if resolution.intent == _FORGET_ME_INTENT and not set(_words_as_said(text)) & _WORDS_OF_FORGETTING:
            # "I just told you" (review A74: it had been a request to forget everything stored): asked again.
            resolution = Resolution(FALLBACK_INTENT, {}, _GUESSED_ANSWER_CONFIDENCE, text)
        if resolution.intent == _HOME_INTENT and set(_words_as_said(text)) - _WORDS_OF_GOING_HOME:
            # "No, just screen fatigue from working from home": a home that is a place, not "go home" (review B74:
            # it had ended the session at the safety check with no advice).
            resolution = self._understood(_HOME_AS_A_PLACE.sub("house", text), pending_question)
        if resolution.intent in _ENDING_INTENTS and (alone := _WONT_LEAVE_ALONE.search(text)):
            # "I've got this twitch that won't leave me alone" (it had ended the session before the safety check).
            kept_on = text[: alone.start()] + "keeps twitching" + text[alone.end() :]
            resolution = self._understood(kept_on, pending_question)
        if resolution.intent in _ENDING_INTENTS and (rest := _without_asides_to_someone(text)) != text and (
                told := self._understood(rest, pending_question) if rest else Resolution(
                    FALLBACK_INTENT, {}, _GUESSED_ANSWER_CONFIDENCE, text)).intent not in _ENDING_INTENTS:
            # "A little butterfly in the side of my right hand. Aoife, leave the cat alone!": said to a grandchild in
            # the room, not to the skill (round 210's dead end: the session had ended at once with no advice); what
            # else was said is the answer, or is asked for again ("Kayden, get down off that!" alone).
            resolution = replace(told, text=text)
        if resolution.intent == _START_OVER_INTENT and not (said := set(_words_as_said(text))) & (
                _WORDS_OF_STARTING_OVER) and not _FROM_THE_TOP.search(text):
            # "A flicker in the fleshy bit of me right arm, just below the elbow, on top": the top of a part, no
            # "from the top" (round 97: "let's start again" had answered it forty times over, a loop).
            resolution = self._understood(_TOP_AS_A_PLACE.sub(r"\1 the upper side", text), pending_question)
            if resolution.intent == _START_OVER_INTENT:
                # ("Yes, only the right eye, the top", "the top part": round 181 had started over, and looped.)
                resolution = self._understood(_A_TOP.sub("the upper side", text), pending_question)
            if resolution.intent == _START_OVER_INTENT and said & _STARTING_WORDS:
                # "It started the week the whole camp blacked out": when the twitch began, told; never a start over
                # (safety review B62: it would have begun the session again).
                resolution = Resolution(FALLBACK_INTENT, {}, resolution.confidence, text)
        if pending_question is None and resolution.intent == _YES_INTENT and not resolution.slots and (
                yes := _YES_FIRST.match(text)) and "bodyPart" in (
                rest := self._understood(text[yes.end():], None)).slots:
            # "Aye, there's a twitch in the top of my right arm, ... I nearly died when I saw the price of the
            # diesel": asked nothing, a "yes" first answers nothing, and the story after it is the report (its yes
            # clause had outscored the twitch's, and the arm was asked for three times).
            return rest
        resolution = _without_a_time_taken_back(resolution, text)
        resolution = _without_the_day_only_noticed(resolution, text)
        resolution = _without_the_suddenness_of_noticing(resolution, text)
        resolution = _without_the_chest_of_a_workout(resolution, text)
        resolution = _without_a_spreading_of_things(resolution, text)
        resolution = _without_a_while_after_as_a_pace(resolution, text)
        if pending_question in _SIGN_GROUP_QUESTIONS and (still := [
                value for value in resolution.slots.get("trigger", []) if value.id == "exercise"
                and _told_as_still_able(text, value.spoken)]):
            # "No, she said she's still lifting her own bags at the market": strength told, no hard exercise
            # (round 162 had made it the likely trigger, and self-care for a shoulder).
            resolution = _without_values(resolution, "trigger", still)
        if pending_question == "correction" and resolution.intent in _RECORD_QUESTIONS and (
                rest := text.partition(".")[2].strip()):
            # "How long it's been. It started right after Halloween ... so closer to a month": which answer is
            # named, then the answer; no question about what is stored (round 161 had been told "I don't have
            # anything stored about you" and looped on it).
            return self.resolve(rest, pending_question)
        if resolution.intent == _CORRECTION_INTENT and set(resolution.slots) == {"answer"} and all(
                value.spoken in ("not", "n't") for value in resolution.slots["answer"]):
            # "Can I change my answer? I didn't ask her properly before": a verb's "not" answers nothing; what to
            # change is asked (round 162: the last answer had been changed to a no, and the numb cheek never told).
            resolution = replace(resolution, slots={})
        if pending_question == SUDDEN_SCREEN and "yes" in resolution.slot_ids().get("answer", []) and not (
                resolution.slot_ids().get("symptom")) and any_twitching(word_tokens(normal_words(text))):
            # "Yes, my calf, it's twitching since lunch" to "has your face, an arm or a leg suddenly gone weak...?":
            # the twitch told again, not a yes to a sign (the question is asked again).
            return _without_values(resolution, "answer", resolution.slots["answer"])
        if pending_question is not None and resolution.intent in (_YES_INTENT, _NO_INTENT, FALLBACK_INTENT) and (
                not resolution.slots) and _NOT_SAID.fullmatch(text) and _DONT_KNOW_INTENT in self.model.intents:
            # "She didn't say, to be honest", "he never said": asking for someone who has not told it is not knowing
            # (round 145: it had been a no to when it started; "he never said" a yes).
            return Resolution(_DONT_KNOW_INTENT, {}, resolution.confidence, text)
        if pending_question is not None and resolution.intent in (_YES_INTENT, _HELP_INTENT) and not (
                resolution.slots) and (answers := {match.values[0].id for match in self._analyse(text).matches
                                                   if match.types == {_ANSWER_TYPE} and not match.weak}) and (
                "unsure" in answers) and "yes" not in answers and not set(_words_as_said(text)) & (
                _YES_WORDS_ALONE | {"help"}) and not _a_question_opened(text):
            # "She doesn't know, she hasn't looked that close": not knowing, and a no, is never a yes (round 80: the
            # two had made one, and the sign it asked about was taken as told); "i don't know what day it started"
            # asks no help ("i'm not sure, what counts?" does).
            return Resolution(_DONT_KNOW_INTENT, {}, resolution.confidence, text)
        if pending_question in SAFETY_QUESTIONS and resolution.intent == _NO_INTENT and not resolution.slots and (
                set(_words_as_said(text)) & _YES_WORDS_ALONE or _not_well(text)):
            # "Swallowing: yes, can't since lunch", "chest pain? no. well, a bit": a yes said beside a no at a
            # safety question is not sure (one sign at a time, or the sign), never the no. So is "I'm not okay",
            # "I don't feel fine": something is wrong, which is no "no" (safety review A: the samples "i'm okay",
            # "i'm fine" had made it one).
            return Resolution(_DONT_KNOW_INTENT, {}, resolution.confidence, text)
        if pending_question is None and resolution.intent == _HELP_INTENT and (told := self._told_beside_help(text)):
            return told
        said = _words_as_said(text)
        was_well = pending_question == "sudden_onset" and bool({("was", "fine"), ("were", "fine")} & set(zip(
            said, said[1:], strict=False)))  # ("yes, it was fine when i drove in")
        if pending_question in SAFETY_QUESTIONS and resolution.intent == _YES_INTENT and not resolution.slots and (
                _said_well(text)) and not was_well and _DONT_KNOW_INTENT in self.model.intents:
            # "Yes I'm fine, just twitching" to "have you had trouble breathing, ...?": a yes to being well, or to
            # the twitch, beside a no to the signs; not sure, so the signs are asked one at a time (it had been an
            # emergency at once).
            return Resolution(_DONT_KNOW_INTENT, {}, resolution.confidence, text)
        if resolution.intent == FALLBACK_INTENT and pending_question in _HOW_LONG_QUESTIONS and len(
                sentences := _sentences(text)) > 1:
            # "It started Saturday during the crib tournament at the Legion. He said it was jumping the whole time
            # he was pegging.": the sentence that answers, the other only talk (round 102: not understood whole,
            # the start had been asked three times and noted as not sure). Nothing urgent is left out: a sign
            # anywhere would have made it a description.
            for sentence in sentences:
                answered = self.resolve(sentence, pending_question)
                if answered.intent in PENDING_HINTS[pending_question] and answered.slots:
                    return replace(answered, text=text)
        only_how_often = resolution.intent in (FALLBACK_INTENT, _FREQUENCY_INTENT, _DURATION_INTENT) and set(
            resolution.slots) <= {"frequency"}
        if pending_question == "onset" and only_how_often and len(units := {
                unit.lower() for unit in _UNITS_WITHOUT_A_NUMBER.findall(text)}) == 1 and set(
                _words_as_said(text)) <= _WORDS_OF_A_BARE_UNIT:
            # "It's been years", "on and off for months, going on for months" to "when did it start?": a few of
            # them, as a unit said alone is (it had not been understood, or only how often, and the start asked
            # again). Only the unit and words of its going on, nothing else at all (safety reviews A59 and C59:
            # "been weeks, and now my right leg is at it too", "it goes for hours most days").
            answered = self._resolve(_BARE_UNITS[tuple(units)], pending_question)
            if answered.slots:
                return Resolution(answered.intent, answered.slots, _ANSWER_OF_ITS_KIND_CONFIDENCE, text)
        return resolution

    def _now_after_an_aside(self, resolution: Resolution, rest: str) -> Resolution:
        """A sign urgent when sudden, told straight after a greeting or "hang on a minute" with no time of its own:
        happening now. Not one told as getting worse ("Good afternoon. The sandwiches have been going down slower"):
        that has gone on a while, and "did that come on suddenly, today?" asks how it came on."""
        signs = {(SIGN_TYPE, value.id) for value in resolution.slots.get("symptom", [])}
        if signs & self._sudden_signs and not {"pace", "duration", "startDate"} & set(resolution.slots) and (
                "pace" in self._slot_names(resolution.intent)) and not set(normal_words(rest)) & _WORSE_BY_DEGREES:
            return self._with_value(resolution, "pace", PACE_TYPE, "sudden")
        return resolution

    def _signs_told(self, text: str) -> dict[str, list[ResolvedSlot]]:
        """The slots of a description of symptoms in `text`, if it tells a symptom not denied; else empty."""
        analysis = self._analyse(text)
        values = self._all_values(analysis)
        if not any(said_type == SIGN_TYPE for _, said_type in values):
            return {}
        declared = self._slot_for_type.get(_DESCRIBE_INTENT, {})
        return self._slots(_DESCRIBE_INTENT, [(match, said_type) for match, said_type in values
                                              if said_type in declared], analysis)

    def _a_word_asked_about(self, text: str, asked: re.Match[str], pending_question: str | None) -> Resolution | None:
        """What a sign's word (or "suddenly", or how to answer) means, asked back, with nothing beside it but what
        `_BESIDE_A_WORD_ASKED` allows: "weakness in the medical sense? I'm always tired. does that count?", "what
        counts as confused? I'm always confused about the rota". Anything else beside it is read as it is ("does
        passing out count? I passed out this morning")."""
        rest = re.sub(r"\b(?:is|are|was|were) (?:yes|no)\b", " ", _A_WORD_ASKED_ABOUT.sub(" ", text), flags=re.I)
        # (The whitelist first: it needs no reading, and most questions back have more beside them.)
        if not all(_BESIDE_A_WORD_ASKED.fullmatch(piece.strip()) for piece in re.split(r"[,.;:!?]+", rest)
                   if piece.strip()):
            return None
        word = next((said for said in asked.groups() if said), None)
        asked_about = self._understood(word, pending_question).slots if word else {}
        if word and not ({"symptom", "pace"} & set(asked_about)):
            return None
        if not re.search(r"\w", rest) and (alone := self._understood(text, pending_question)).intent == (
                _EXPLAIN_INTENT):
            return alone  # (the question alone: the interaction model's own sample, "what counts as weakness")
        told = self._understood(rest, pending_question)
        # (With the tiredness beside it kept as what may have set the twitch off, as the model's own samples carry a
        # trigger with the word asked: "weakness in the medical sense? I'm always tired".)
        slots = {name: values for name, values in told.slots.items() if name == "trigger"} | (
            {"symptom": asked_about["symptom"]} if "symptom" in asked_about else {})
        return Resolution(_EXPLAIN_INTENT, slots, _ANSWER_OF_ITS_KIND_CONFIDENCE, text)

    def _bare_answer(self, text: str, pending_question: str | None) -> Resolution | None:
        """`text` as a no or not sure, when it is no more than that ("no", "not sure", "no, none of that"); None
        otherwise. What follows a sign named or doubted leans on it, so "no, he's having one right now" (after
        "fit?" or "you think he's having a fit?") is read whole (review A84)."""
        if not set(_words_as_said(text)) - {","} <= _WORDS_OF_A_BARE_ANSWER:
            return None
        answered = self._understood(text, pending_question)
        bare = answered.intent in (_NO_INTENT, _DONT_KNOW_INTENT) and not answered.slots.get("symptom")
        return answered if bare else None

    def _echo_answered(self, echoed: re.Match[str], pending_question: str | None) -> Resolution | None:
        """What is said after a sign's name asked back, when it is a plain no or not sure, or tells the sign again
        only as words that are not it ("i nearly fainted at the prices"); None otherwise. (Never "seizure? he just
        had one": what follows leans on the name, so all of it is read.)"""
        named = self._understood(echoed.group("what"), pending_question)
        if set(named.slots) not in ({"symptom"}, {"pregnancy"}):  # (pregnancy: "pregnant? at eighty-three? no")
            return None
        answer = _AN_ASIDE_ASKED.sub("", echoed.group("rest"), count=1)
        if (answered := self._bare_answer(answer, pending_question)) is not None:
            return replace(answered, text=echoed.string)
        if "symptom" not in named.slots:
            return None
        if _HOW_ASKED_ALONE.fullmatch(echoed.group("rest")) and _EXPLAIN_INTENT in self.model.intents:
            # "Thinner? how to tell ah?", "weakness? what do you mean?": what the sign means, asked (round 119: it had
            # been a yes to a thinner muscle).
            return Resolution(_EXPLAIN_INTENT, named.slots, named.confidence, echoed.string)
        if _WHY_ALONE.fullmatch(echoed.group("rest")) and _WHY_INTENT in self.model.intents:
            # "Fits and fainting? why you asking me all that for a little twitch?": why they are asked (round 117;
            # "strokes and fits and that? what are you asking me that for?", round 130).
            return Resolution(_WHY_INTENT, {}, _ANSWER_OF_ITS_KIND_CONFIDENCE, echoed.string)
        rest = self._understood(echoed.group("rest"), pending_question)
        said_again = {lemma(word) for word in _words_as_said(echoed.group("rest"))} & {
            lemma(word) for word in _words_as_said(echoed.group("what"))}
        if rest.intent == FALLBACK_INTENT and said_again:
            return replace(rest, text=echoed.string)
        denied = {value.id for value in rest.slots.get("deniedSymptom", [])}
        if "symptom" not in rest.slots and (rest.intent == _NO_INTENT or {
                value.id for value in named.slots["symptom"]} <= denied) and set(_words_as_said(
                _A_SIGN_DENIED_BY_NAME.sub("", echoed.group("rest")))) <= _WORDS_OF_A_BARE_ANSWER | _ALL_OF_IT:
            # "Numb? no, no numbness, no tingling", "weak? no, no weakness at all": the sign asked back, then denied by
            # its names and nothing else (round 213: the name asked back had been a yes to it; never "no, no feeling",
            # which is numbness, nor "no, no weakness, it's just heavy since lunch").
            return replace(rest, text=echoed.string)
        return None

    def _understood(self, text: str, pending_question: str | None) -> Resolution:
        resolution = _said_over_denied(self._resolve(text, pending_question))
        if pending_question is not None and resolution.intent in _ENDING_INTENTS and (
                answer := _after_a_stop_exclaimed(text)):
            # "Ah stop, them days are long behind me" to "could you be pregnant?": Irish English's "ah stop" is "oh,
            # come off it", and the answer follows (round 137's dead end: the session had ended with no advice).
            resolution = self._understood(answer, pending_question)
        if pending_question is not None and resolution.intent in _ENDING_INTENTS and _finished_of_something_else(
                words := _words_as_said(text), pending_question):
            # "No, I'm fifty-three, those days are finished" to "could you be pregnant?": what is finished is not
            # the talk; the answer, not an end with no advice (round 131's dead end).
            resolution = Resolution(_NO_INTENT if words[:1] and words[0] in _ANSWER_NOS else FALLBACK_INTENT, {},
                                    resolution.confidence, text)
        if pending_question is not None and resolution.intent == _NO_INTENT and set(
                resolution.slots) <= {"answer"} and _QUESTION_NOT_HEARD.search(text):
            # "No, he's not... well, he's just... Kayden, get down! Sorry, what was the question?": a start of an
            # answer left off, and the question asked for again; not a no (round 210 had taken it for a no to the
            # safety check, and her partner's slurred speech, told when asked again, was never heard as sudden). A yes
            # left off stays a yes: "yes... hang on, what did you say?" (safety review E).
            return Resolution(_REPEAT_INTENT, {}, resolution.confidence, text)
        if pending_question == "correction" and resolution.intent == _FREQUENCY_INTENT and _COMES_AND_GOES.search(
                text) and (again := self._understood(_COMES_AND_GOES.sub(" ", text), pending_question)).intent in (
                _CORRECTION_INTENT, PENDING_HINTS["onset"][0]) and _time_values(again):
            # "When it started. Dave's shouting it's been going since my birthday in August ... it comes and goes but
            # it's been since August": the time put right, however often (round 210 had heard only "comes and goes").
            return replace(again, text=text)
        if pending_question == "pregnant" and tuple(word for word in _words_as_said(text) if word not in (
                _OPENING_A_VERDICT)) in _NOT_POSSIBLE:
            # "That's out of the question", "not possible" to "could you be pregnant?": a no (round 139: "out of the
            # question" had been "say the question again", "not possible" a question about ALS).
            return Resolution(_NO_INTENT, {}, max(resolution.confidence, _TWITCH_REPORT_CONFIDENCE), text)
        if pending_question in SAFETY_QUESTIONS and (
            resolution.intent in _ENDING_INTENTS and not set(_words_as_said(text)) & _ENDING_WORDS
            or resolution.intent == _YES_INTENT and not resolution.slots and _right_as_a_side(text)
        ):
            # Asked again, not guessed: "right now actually" had matched "bye for now" and ended the session with no
            # advice (only a word that ends ends it there); "it's my right one" (misheard as "which one?") is a side.
            resolution = Resolution(FALLBACK_INTENT, {}, _GUESSED_ANSWER_CONFIDENCE, text)
        # (As the first words, a bare yes or no guessed from a few words is no answer to anything: "my calf's been
        # going since tuesday, i shifted sand on monday, i'm a man" had matched a no's "i'm a man".)
        if pending_question in SAFETY_QUESTIONS and resolution.intent == _CORRECTION_INTENT and (
                "symptom" in resolution.slots) and not (analysis := self._analyse(text)).corrects_earlier and any(
                match.types == {PACE_TYPE} for match in analysis.matches):
            # "No, just the mumbling that's been creeping up on me since the summer" to the safety check reads like
            # a correction's "no, just my calf", which has no place for how it came on: a description, with its pace.
            resolution = self._as_description_with_its_pace(resolution, analysis)
        if pending_question in SAFETY_QUESTIONS and resolution.intent == _NO_INTENT and not resolution.slots and (
                _DONT_KNOW_INTENT in self.model.intents and _said_not_sure(text)):
            # "No, not sure", "I not sure nah, that is plenty things" to a safety question: not sure is not a no (when
            # unsure, err towards urgent; round 130 had it a no and went on to self-care questions).
            resolution = Resolution(_DONT_KNOW_INTENT, {}, resolution.confidence, text)
        if pending_question in SAFETY_QUESTIONS and resolution.intent == _NO_INTENT and not resolution.slots and (
                _DESCRIBE_INTENT in self.model.intents and "but" in normal_words(text)) and (
                told := _signs_told_after_but(analysis := self._analyse(text))):
            # "No, ma'am, but I've had this dull headache most days since Margaret's funeral": a name no sample has
            # had left only the "no"; what comes after its "but" is told as well (nothing said is lost).
            described = Resolution(_DESCRIBE_INTENT, self._slots(_DESCRIBE_INTENT, told, analysis),
                                   resolution.confidence, text)
            resolution = self._with_value(self._as_description_with_its_pace(described, analysis), "answer",
                                          _ANSWER_TYPE, "no")
        if resolution.intent == _EXPLAIN_INTENT and _DESCRIBE_INTENT in self.model.intents and (
                (asked := _signs_asked_about(analysis := self._analyse(text))) is not None):
            values = self._all_values(analysis)
            told = [(match, slot_type) for match, slot_type in values if id(match) not in asked]
            urgent = [match for match, _ in values if SIGN_TYPE in match.types
                      and any(value.id in _URGENT_WHEN_TOLD for value in match.values)]
            if any(match in urgent for match, _ in told) or _a_sign_told_as_the_reason(analysis) or urgent and (
                    not _only_a_question(analysis, asked) or _I_MEAN_AFTER_A_PAUSE.search(text)):
                # "Oh, well, I did go down in the bathroom last night, don't know how, woke up on the mat": the faint
                # is told, in a clause that asks nothing; so are "what counts as confused? she's slurring and can't
                # lift her arm" and "what do you mean by confused, because this morning i didn't know what street i
                # was on": all that is told is kept, a sign only asked about is not (review B74). Anything more said
                # than the question ("what counts as a fit, like the shaking he's doing now?", "what do you mean by
                # confused, i keep getting lost in my own street") keeps the sign asked about, as an emergency sign
                # asked about anywhere but in a bare question back counts (review A74). Only "what d'ye mean by
                # confused?" is asked back.
                kept = told if any(match in urgent for match, _ in told) else values
                resolution = Resolution(_DESCRIBE_INTENT, self._slots(_DESCRIBE_INTENT, kept, analysis),
                                        resolution.confidence, text)
        if pending_question == "sudden_onset" and resolution.intent in (_NO_INTENT, FALLBACK_INTENT) and (
                _well_earlier_today(text)):
            # "She was fine at dinnertime" to "did it come on suddenly, today?": well earlier today, so it came on
            # since (review B73: it had been a no, and "see a doctor in the next few days" for a stroke).
            resolution = Resolution(_YES_INTENT, {}, resolution.confidence, text)
        if "pregnant" in questions_of(pending_question) and resolution.slot_ids().get("pregnancy") == ["pregnant"] and (
                _echoed_then_denied(self._analyse(text))):
            # "Pregnant? I'm a seventy year old man, no": the question said back, then the answer (round 73).
            resolution = self._with_value(_without_values(resolution, "pregnancy", resolution.slots["pregnancy"]),
                                          "pregnancy", "PREGNANCY", "not_pregnant")
        if pending_question in _SIGN_GROUP_QUESTIONS and resolution.intent == _REPORT_INTENT and (
                "symptom" in resolution.slots) and not any_twitching(word_tokens(normal_words(text))):
            # "No, I can still hold her fine, it just hurts at the wrist" to "any weakness, numbness ...?": where it
            # hurts, a description, not a second place that twitches (round 73).
            resolution = self._as_description(resolution)
        if pending_question == "correction" and resolution.intent == FALLBACK_INTENT and _CORRECTION_INTENT in (
                self.model.intents) and (put_right := self._when_put_right(text, self._analyse(text))):
            # "It's not three weeks, I was thinking of when the kitchen refit started, the eye only started monday":
            # asked what to change, a story around the time put right.
            return put_right
        # (A medicine started is its own story: "... i started steroid tablets last week for my back".)
        medicine_told = bool(set(resolution.slot_ids().get("trigger", [])) & _MEDICINES)
        if pending_question is None and (resolution.intent in (FALLBACK_INTENT, _PREGNANCY_INTENT) or (
                resolution.intent == _TRIGGER_INTENT and not medicine_told) or (
                resolution.intent in _ANSWER_WORDS_FIRST.values() and not resolution.slots)):
            # (A pregnancy told last in an opening that twitches: "my thumb's been flicking since monday, ..., but i
            # might be pregnant" had lost the thumb and the day, both asked again; so had "the muscle on top of my
            # left forearm, ... started the tuesday before thanksgiving, ... no new pills", read as its triggers.)
            analysis = self._analyse(text)
            if resolution.intent != _TRIGGER_INTENT and _CORRECTION_INTENT in self.model.intents and (
                    put_right := self._when_put_right(text, analysis)):
                return put_right
            resolution = self._as_twitch_report(resolution, analysis, None, opening=True)
        if ages := [value for value in resolution.slots.get("duration", []) if _an_age(value, text)]:
            # "No, i just had her, she's ten weeks": the baby's age, not how long the twitch has gone on.
            resolution = _without_values(resolution, "duration", ages)
        if pending_question in ("pregnant", "health_changes") and _no_but_might_be(text) and (
                resolution.slot_ids() in ({}, {"answer": ["no"]})) and resolution.intent in (
                _NO_INTENT, _DESCRIBE_INTENT, _TRIGGER_INTENT) and _PREGNANCY_INTENT in self.model.intents:
            # "No, but I might be": a chance of it (review A2: a plain no before).
            maybe, no = self._model_value(_PREGNANCY_TYPE, "maybe_pregnant"), self._model_value(_ANSWER_TYPE, "no")
            if maybe is not None and no is not None:
                # (The no kept, as "no, though my period is late" keeps it: to the rest of a grouped question.)
                return Resolution(_PREGNANCY_INTENT, {"answer": [ResolvedSlot(text, no.id, no.name)],
                                                      "pregnancy": [ResolvedSlot(text, maybe.id, maybe.name)]},
                                  resolution.confidence, text)
        if resolution.slot_ids().get("pregnancy") == ["not_pregnant"] and (
            "unsure" in resolution.slot_ids().get("answer", []) or _not_pregnant_taken_back(text)
        ):
            # "I'm not sure i'm not pregnant": the chance of it.
            resolution = self._with_value(resolution, "pregnancy", _PREGNANCY_TYPE, "maybe_pregnant")
        if pending_question in _NERVE_SIGN_QUESTIONS | set(SAFETY_QUESTIONS) and normal_words(text)[:2] in (
                ("sort", "of"), ("kind", "of")) and not resolution.slot_ids().get("symptom"):
            # "Sort of? It's not numb exactly, my cheek just feels different": "sort of" is not sure, and what
            # follows only says why (a sign said as there is kept: "kind of, my arm's gone weak").
            return Resolution(_DONT_KNOW_INTENT, {}, resolution.confidence, text)
        if pending_question in _NERVE_SIGN_QUESTIONS | set(SAFETY_QUESTIONS) and resolution.slot_ids().get(
                "symptom") and _not_sure_whether(text):
            # "It feels kinda off, I can't rightly say if it's numb or not": not sure of the sign (which, at the
            # safety check, counts as the sign), not a no from its "or not".
            resolution = self._with_value(resolution, "answer", "ANSWER", "unsure")
        if pending_question in _NERVE_SIGN_QUESTIONS | set(SAFETY_QUESTIONS) | _ASKING_OTHER_THINGS and (
                _places_of_a_no(resolution, text)):
            # "No, my feet came back once I'd warmed them", "not weak as such, more that my legs are tired", "no,
            # just the back" (the stiff back told before): the places of what is denied or explained, not a second
            # twitching place.
            resolution = _without_values(resolution, "bodyPart", resolution.slots["bodyPart"])
        said = set(normal_words(text))
        if pending_question == "correction" and "bodyPart" in resolution.slots and {"left", "right"} <= said and (
                said & {"also", "too", "anymore", "both"}) and _PLACE_PATTERN_TYPE in self._slot_for_type.get(
                resolution.intent, {}):
            # "The same place question, it's not just the right eye anymore, the left eye is also jumping": both
            # sides now, put right (the question's name had made it "always the same place": round 82's reading).
            resolution = self._with_value(_without_values(resolution, "placePattern", resolution.slots.get(
                "placePattern", [])), "placePattern", _PLACE_PATTERN_TYPE, BOTH_SIDES)
        if pending_question == "correction" and "bodyPart" in resolution.slots and _time_values(resolution) and (
                "both_sides" in resolution.slot_ids().get("placePattern", []) or said & {"too", "also", "well"}) and (
                not resolution.slots.get("symptom")):
            # "It's not only the right one, my left eyelid's been twitching too since yesterday": when it spread, not
            # when the twitch began (round 82: the start had been put to "is that right?", and the place lost). Only
            # a time said with the twitching, never beside a sign ("my left hand has gone numb too since an hour
            # ago": review A82).
            words, stretch_of, twitching = _twitching_stretches(text, _STRETCH_BREAKS)
            for name in ("duration", "startDate"):
                resolution = _without_values(resolution, name, [
                    value for value in resolution.slots.get(name, [])
                    if (parts := _stretches_of(value, words, stretch_of)) and parts <= twitching])
        if (resolution.intent == PENDING_HINTS["onset"][0] and "duration" in resolution.slots
                and pending_question not in _HOW_LONG_QUESTIONS
                and _CORRECTION_INTENT in self.model.intents and _one_time_not_another(text)):
            # "Hol on, is three days, not three months": the time said before, put right.
            return Resolution(_CORRECTION_INTENT, {"duration": resolution.slots["duration"][:1]},
                              resolution.confidence, text)
        if pending_question == "sudden_onset" and resolution.intent == FALLBACK_INTENT and (
                hours := [value for match in self._analyse(text).matches if match.types == {DURATION_TYPE}
                          for value in match.values if (value.iso or "").startswith("PT")]):
            # "Had to swap hands an hour ago" to "did it come on suddenly, today?": hours or minutes ago, said with
            # what was done then, is today (review B48d: it had been asked again).
            told = ResolvedSlot(spoken=text, id=None, name=None, value=hours[0].iso)
            return Resolution(_DURATION_INTENT, {"duration": [told]}, _ANSWER_OF_ITS_KIND_CONFIDENCE, text)
        if pending_question in _HOW_LONG_QUESTIONS and (days := _days_into_a_cycle(text)) is not None:
            # "Since about day 14 of my cycle, and I'm on day 22 today": the days between (round 81).
            told = ResolvedSlot(spoken=text, id=None, name=None, value=f"P{days}D")
            return Resolution(PENDING_HINTS["onset"][0], {"duration": [told]}, _ANSWER_OF_ITS_KIND_CONFIDENCE, text)
        if (pending_question == "correction" or pending_question in _HOW_LONG_QUESTIONS) and (
                corrected := self._time_put_right(text, quoted_only=resolution.intent != FALLBACK_INTENT)):
            # "It started before my sister's wedding, that was the first week of august, so four months near
            # enough": a story around it, and the time it ends on is the answer (or the time put right).
            intent = _CORRECTION_INTENT if pending_question == "correction" else PENDING_HINTS["onset"][0]
            return Resolution(intent, {"duration": [corrected]}, _ANSWER_OF_ITS_KIND_CONFIDENCE, text)
        if pending_question in _HOW_LONG_QUESTIONS and resolution.intent == _NO_INTENT and not resolution.slots and any(
            match.types == {_ANSWER_TYPE} and match.values[0].id == "unsure" and not match.weak
            for match in self._analyse(text).matches
        ):
            # "She honestly doesn't know, could be weeks, could be longer": no "no" answers "when did it start?".
            return Resolution(_DONT_KNOW_INTENT, {}, resolution.confidence, text)
        if pending_question == "correction" and (denied := _named_then_denied(text, [
            value for value in resolution.slots.get("symptom", [])
            if value.id not in self._urgent_signs or (SIGN_TYPE, value.id) in self._sudden_signs
        ])):
            # "The weakness, there isn't any, I was scaring myself": what is put right, named and then denied (never
            # a sign that is always an emergency; the skill confirms the rest before changing anything).
            said = [value for value in resolution.slots["symptom"] if value not in denied]
            slots = {name: values for name, values in resolution.slots.items() if name != "symptom"}
            slots |= {"symptom": said} if said else {}
            return Resolution(_DESCRIBE_INTENT, {**slots, "deniedSymptom": denied}, resolution.confidence, text)
        if pending_question in _SCREENS and resolution.intent == _NO_INTENT and not resolution.slots and not _not_now(
                text) and (told := self._more_told_after_a_no(text)) is not None:
            # "No, none of that. It's my right calf by the way, and it only started on Monday": the no, and the rest.
            return told
        if pending_question in _SCREENS and not resolution.slot_ids().get("symptom") and (
                _elliptical_yes(text) or _had_one_or_both(text)):
            # A yes said without "yes" to the safety check: its verb alone, "cos I did, twice this morning", "because
            # she is, since lunch" (review A48d), or what was had, "my son had both this morning", not twitching on
            # both sides (review A48b). After "fits and fainting? why do you ask" they had been asked again.
            return Resolution(_YES_INTENT, {}, max(resolution.confidence, _ANSWER_OF_ITS_KIND_CONFIDENCE), text)
        if pending_question in _SCREENS and not resolution.slot_ids().get("symptom") and _not_now(text):
            # "Not right now" to "have you had...?": maybe before. Not a no: the signs are asked one at a time.
            return Resolution(_DONT_KNOW_INTENT, {}, resolution.confidence, text)
        if (pending_question in _SCREENS and resolution.intent == _NO_INTENT and not resolution.slots
                and resolution.confidence < _PREFER_UNKNOWN_BELOW
                and set(normal_words(text)) & _NEGATIVE_WORDS == {"not"}):
            # "Not loo" (a recogniser's "no clue"), "not me": a "not" and a word that says nothing is no clear no to
            # a safety question, so it is asked again.
            return Resolution(FALLBACK_INTENT, {}, _GUESSED_ANSWER_CONFIDENCE, text)
        if pending_question in _HOW_LONG_QUESTIONS and resolution.intent == _PACE_INTENT and set(resolution.slots) == {
            "pace"
        }:
            return self._as_when_told_with_how(resolution) or self._as_started_today(resolution) or resolution
        if pending_question in _HOW_LONG_QUESTIONS and resolution.intent == _TRIGGER_INTENT and _said_today(text) and (
                started := self._as_started_today(resolution)):
            # "Since this arvo, after the gym": when, and what set it off (the twitch report carries both).
            return Resolution(_REPORT_INTENT, {**resolution.slots, **started.slots}, resolution.confidence, text)
        if pending_question in _HOW_LONG_QUESTIONS and resolution.intent == FALLBACK_INTENT and _only_today(text):
            # "Just today, since smoko": when it started, and nothing else ("today, went spark out" is asked again).
            started = self._as_started_today(resolution)
            if started is not None:
                return started
        if pending_question in _ASKING_HOW_IT_CAME_ON:
            # "Yes, all of a sudden, the twitching has been since november", "yes, since the end of october, but
            # today it went much worse all at once": the yes and the sudden are the answer, whatever sample carried
            # the twitch's date.
            resolution = self._with_how_it_came_on(resolution, text, pending_question)
        if pending_question == "sudden_onset" and (resolution.intent == _NO_INTENT or "no" in resolution.slot_ids().get(
                "answer", [])) and self._said_sudden(text, after_the_no=True):
            # "Not gradual, no, it was all at once": the sudden said after the no is the answer, whatever the no was
            # to (when unsure, the urgent reading; "sudden? no" is a no).
            return self._as_sudden(resolution)
        if pending_question == "sudden_onset" and _said_today(resolution.text):
            if _today_only_denied(resolution.text) and _slow_over_days(self._analyse(resolution.text)):
                # "No, not today, it came on slowly over two months": slow, as said (round 185's "no be today ...
                # slowly" had been read as sudden, and the gradual swallowing as an emergency). Never with minutes,
                # hours, a night or a waking said, nor with no time at all ("no, not today, it came on slowly twenty
                # minutes ago": safety review C63).
                return self._as_answer(resolution, _PACE_INTENT, "pace", PACE_TYPE, "gradual", resolution.confidence)
            if _today_only_denied(resolution.text) and self._a_bare_no_to_sudden(resolution, text):
                # "No, nothing sudden, nothing happened today, he says it just feels tired after a long game": a no,
                # the only today in it denied (round 210 had heard the "today" as sudden, and a tired leg as an
                # emergency).
                return Resolution(_NO_INTENT, {}, resolution.confidence, text)
            if _an_old_sign_no_different_today(resolution, text, self._today()):
                # "No, no, the legs have been going downhill slowly since about 2012. Nothing new today": how they
                # have long been, the today no different (round 201 had read it as sudden, and MS's old weakness as
                # an emergency).
                return Resolution(_NO_INTENT, {}, resolution.confidence, text)
            # "No, not sudden, it's been there since i got up this morning": today is sudden, whatever it is called.
            return self._as_sudden(resolution)
        if pending_question == "body_part" and resolution.intent == _REPORT_INTENT and "spreading" not in (
                resolution.slot_ids().get("symptom", [])) and _IT_MOVES_ABOUT.search(text.lower()):
            # "Started in me right arm but it moves about" to "where is the twitching?": the arm, and a twitch that
            # moves (round 202 had kept the arm alone, then heard "same what? say again" as the same place).
            resolution = self._with_sign_added(resolution, "spreading")
        if pending_question == "same_place" and _ASKED_BACK.search(said := text.lower()) and not (
                _AN_ANSWER_BESIDE.search(said)):
            # "Same what? say again", "pardon? same place?": the question not heard, asked again (round 202
            # had taken the "same" as the same place, no spreading, from a man whose twitch moves about).
            return Resolution(_REPEAT_INTENT, {}, resolution.confidence, text)
        if pending_question == "same_place" and (corrected := self._same_then_another_place(resolution, text)):
            return corrected
        if pending_question == "same_place" and resolution.intent in (
                _YES_INTENT, _FREQUENCY_INTENT, FALLBACK_INTENT) and set(resolution.slots) <= {"frequency"} and (
                _the_other_side_too(text)):
            # "Always the left one and now the right too", "now the right one as well" to "always in the same place?":
            # both sides, twitching in more than one place (it had been a plain yes: no spreading).
            return self._with_value(Resolution(_REPORT_INTENT, {}, resolution.confidence, text), "placePattern",
                                    _PLACE_PATTERN_TYPE, BOTH_SIDES)
        if pending_question == "same_place" and resolution.intent == _FREQUENCY_INTENT and (
                resolution.slot_ids().get("frequency") == ["constant"]) and _always_that_one(text):
            # "It is, always the left one" to "always in the same place?": that one place, not how often (round 174
            # had asked it three times and noted not sure).
            resolution = Resolution(_YES_INTENT, {}, resolution.confidence, text)
        if pending_question == "same_place" and resolution.intent == _YES_INTENT and not resolution.slots and set(
            normal_words(text)
        ) & {"too", "also", "and"}:
            # "Yes, and my calf too": another place that twitches, which the yes does not take back.
            resolution = self._with_places_said(resolution, text)
        if pending_question == "triggers" and resolution.slots.get("trigger") and resolution.slots.get(
                "bodyPart") and not resolution.slots.get("symptom") and not any_twitching(
                word_tokens(normal_words(text))):
            # "Fourteen hours on my feet", "my legs have never worked so hard", "bundles on my shoulder": where the
            # work fell, told as what set it off, not another place that twitches.
            resolution = _without_values(resolution, "bodyPart", resolution.slots["bodyPart"])
        if pending_question == "same_place" and "bodyPart" in resolution.slots and not resolution.slots.get(
                "symptom") and (said := set(normal_words(text))) & {"left", "right", "other"} and (
                said & {"also", "too"} or re.search(r"\bas well\b", text, re.I)) and (
                _PLACE_PATTERN_TYPE in self._slot_for_type.get(resolution.intent, {})):
            # "Ja, it's the same place, the base of the thumb, but since the weekend the left thumb is doing it
            # also": the other side too, whatever "same" said before (round 144).
            resolution = self._with_value(_without_values(resolution, "placePattern", resolution.slots.get(
                "placePattern", [])), "placePattern", _PLACE_PATTERN_TYPE, BOTH_SIDES)
        if "medication" in questions_of(pending_question) and resolution.intent == _YES_INTENT and (
            not resolution.slots) and (unchanged := self._yes_to_an_unchanged_medicine(text, pending_question)):
            # "Yes, I'm on a statin, but the same one for fifteen years, nothing new": no new or changed medicine.
            return unchanged
        if "medication" in questions_of(pending_question) and resolution.intent == _YES_INTENT and (
                not resolution.slots) and _a_dose_changed(text):
            # "Yes, my Adderall went up from twenty to thirty milligrams": a medicine changed, whatever it is.
            changed = Resolution(_TRIGGER_INTENT, {}, resolution.confidence, text)
            return self._with_value(self._with_value(changed, "answer", "ANSWER", "yes"), "trigger", _TRIGGER_TYPE,
                                    "medication")
        if resolution.slots.get("trigger") and "medication" not in resolution.slot_ids().get("trigger", []) and (
                _a_dose_changed(text)) and "trigger" in self._slot_names(resolution.intent):
            # "My psychiatrist upped my Adderall dose two weeks ago": the stimulant, and a medicine changed.
            medicine = self._model_value(_TRIGGER_TYPE, "medication")
            if medicine is not None:
                changed = [*resolution.slots["trigger"], ResolvedSlot(text, medicine.id, medicine.name)]
                resolution = replace(resolution, slots={**resolution.slots, "trigger": changed})
        if "medication" in questions_of(pending_question) and resolution.intent == _YES_INTENT and (
            not resolution.slots) and (started := self._medicine_with_its_time(text, pending_question)):
            # "Yes, started on sertraline a fortnight ago": the medicine is the answer; no trigger sample holds a
            # time, and the time is the medicine's, not the twitch's.
            return started
        if pending_question == "same_place" and _yes_and_the_same_place(resolution, text):
            # "Yes, only the right eye, and it started on tuesday after my first night shift", "yes, the twitch is
            # only ever in my thumb": a yes, and more told, with nothing that takes anything back.
            report = Resolution(_REPORT_INTENT, dict(resolution.slots), resolution.confidence, text)
            return self._with_value(self._with_value(report, "answer", "ANSWER", "yes"), "placePattern",
                                    _PLACE_PATTERN_TYPE, "same_place")
        if pending_question == "same_place" and _yes_just_beside_it(resolution, text):
            # "Yes, just below her left shoulder blade" after "her upper back": where in that place, not another.
            return Resolution(_YES_INTENT, {}, max(resolution.confidence, _TWITCH_REPORT_CONFIDENCE), text)
        if pending_question == "same_place" and (one := _just_the_one_place(resolution, text)) is not None:
            # "Yes, just the thumb, the calf was a cramp": the one place it twitches; the others are something else.
            slots = {name: values for name, values in resolution.slots.items() if name not in ("bodyPart", "answer")}
            report = Resolution(_REPORT_INTENT, {**slots, "bodyPart": [one]}, resolution.confidence, text)
            return self._with_value(report, "placePattern", _PLACE_PATTERN_TYPE, "same_place")
        if pending_question == "same_place" and _the_other_one_too(resolution, text):
            # "Same calf, and the other calf too", "just the left eyelid, the right one's started... the other one
            # now": twitching on both sides, whatever "same" or "just" said first.
            kept = {name: values for name, values in resolution.slots.items() if name not in ("placePattern", "answer")}
            report = Resolution(_REPORT_INTENT, kept, resolution.confidence, text)
            return self._with_value(report, "placePattern", _PLACE_PATTERN_TYPE, BOTH_SIDES)
        if pending_question == "same_place" and set(resolution.slots) == {"bodyPart"} and (
            len(resolution.slots["bodyPart"]) == 1
            and normal_words(text, drop_fillers=False)[:1] in (("just",), ("only",))
        ):
            # "Just the right eyelid" to "is it always in the same place?": the one place, so yes.
            return self._with_value(resolution, "placePattern", _PLACE_PATTERN_TYPE, "same_place")
        if pending_question == "triggers" and {"duration", "startDate"} & set(resolution.slots) and (
                {"answer", "trigger", "deniedTrigger"} & set(resolution.slots)):
            # "No, I've been off the drink since the summer" to "any caffeine, stress, drink lately?": the time is
            # the drink's, not the twitch's start (it had become "lasted a few months").
            slots = {name: values for name, values in resolution.slots.items() if name not in ("duration", "startDate")}
            answer = [value.id for value in slots.get("answer", [])]
            if set(slots) == {"answer"} and len(answer) == 1 and answer[0] in _ANSWER_INTENTS:
                return Resolution(_ANSWER_INTENTS[answer[0]], {}, resolution.confidence, text)
            resolution = replace(resolution, slots=slots)
        if pending_question in _NOT_ABOUT_PLACES and set(resolution.slots) & {"bodyPart"} and _another_problem(
            resolution, text
        ):
            resolution = _without_the_place(resolution)
        if pending_question in _COMPARING_QUESTIONS and "bodyPart" in resolution.slots and (
                set(resolution.slot_ids().get("answer", [])) & {"no", "unsure"} and not _a_place_added(resolution,
                                                                                                        text)):
            # "Hard to say, mate, my hands are that knocked about" to "does the muscle look thinner?": the hands
            # looked at for the answer, no second place that twitches.
            resolution = replace(resolution, slots={name: values for name, values in resolution.slots.items()
                                                    if name != "bodyPart"})
        if "deniedSymptom" in self._slot_names(resolution.intent) and _muscle_said_unchanged(text):
            resolution = self._with_muscle_unchanged(resolution)
        if resolution.intent == FALLBACK_INTENT and pending_question in _ASKING_OF_WEAKNESS and (
                _DESCRIBE_INTENT in self.model.intents and (
                    _strength_still_used(text) or _strength_said_unchanged(text))):
            # "I can still do up me own buttons and hold me pint", "I'm still lifting the buckets, no bother" to "any
            # weakness?": strength told by what the person still does, no weakness (it had been asked five times);
            # "my arm's strong as ever" (round 130).
            resolution = self._with_sign_denied(Resolution(_DESCRIBE_INTENT, {}, resolution.confidence, text), {},
                                                WEAKNESS)
        if resolution.intent == FALLBACK_INTENT and pending_question in _NERVE_SIGN_QUESTIONS and (
                (today := self._today()) is not None and _told_as_a_baseline(_words_as_said(text), today)):
            # "My left hand's been weak since my stroke in 2015, but it's no different, no weaker" to "any
            # weakness?": how they have long been, nothing new (round 157 had asked it again).
            return Resolution(_NO_INTENT, {}, resolution.confidence, text)
        if "deniedSymptom" in self._slot_names(resolution.intent) and _strength_said_unchanged(text):
            resolution = self._with_sign_denied(resolution, resolution.slots, WEAKNESS)
        if "deniedSymptom" in self._slot_names(resolution.intent) and _feeling_said_unchanged(text) and (
                _SENSATION_CHANGE not in resolution.slot_ids().get("symptom", [])):
            # "It's not weak and i can feel it fine", "the feeling's normal": no change in feeling, told (it had
            # been asked again).
            resolution = self._with_sign_denied(resolution, resolution.slots, _SENSATION_CHANGE)
        if pending_question in _COMPARING_QUESTIONS and "bodyPart" in resolution.slots and "symptom" not in (
                resolution.slots) and ("deniedSymptom" in resolution.slots or "no" in resolution.slot_ids().get(
                    "answer", []) and _compared_with_the_other(text)) and not any_twitching(
                word_tokens(normal_words(text))):
            # "No, I'm carrying the kids' bags, and feeling is also proper in my hand and face": where the strength
            # or feeling is, no second place that twitches (round 130); "no, it feels just like the other leg".
            resolution = _without_values(resolution, "bodyPart", resolution.slots["bodyPart"])
        if resolution.intent in (_NO_INTENT, _YES_INTENT, FALLBACK_INTENT) and not resolution.slots and (
                pending_question == "sensation") and _DESCRIBE_INTENT in self.model.intents and (
                _feeling_said_changed(text)):
            # "It doesn't feel normal", "the skin doesn't feel right" to "any change in feeling?": a change in
            # feeling, told (it had been a no).
            resolution = self._with_value(Resolution(_DESCRIBE_INTENT, {}, resolution.confidence, text), "symptom",
                                          SIGN_TYPE, _SENSATION_CHANGE)
        if (resolution.intent in (_YES_INTENT, FALLBACK_INTENT) or resolution.intent == _REPORT_INTENT and not
                resolution.slots) and "sensation" in questions_of(pending_question) and (
                _DESCRIBE_INTENT in self.model.intents and _feeling_said_unchanged(text)):
            # "He can feel everything" to "any numbness or tingling?": the feeling told as whole, not a yes (round 84).
            resolution = self._with_sign_denied(Resolution(_DESCRIBE_INTENT, {}, resolution.confidence, text), {},
                                                _SENSATION_CHANGE)
        if resolution.intent == _REPORT_INTENT and "placePattern" not in resolution.slots and _only_the_one_place(
            resolution, text
        ):
            # "It's my daughter's eyelid, just the right one", "right thumb only": always that one place, told.
            resolution = self._with_value(resolution, "placePattern", _PLACE_PATTERN_TYPE, "same_place")
        if resolution.intent == _REPORT_INTENT and "placePattern" not in resolution.slots and _each_side_named(
            self._analyse(text)
        ):
            # "My left calf twitches and my right calf too", "... and now the other calf as well": two places.
            resolution = self._with_value(resolution, "placePattern", _PLACE_PATTERN_TYPE, BOTH_SIDES)
        pattern = resolution.slot_ids().get("placePattern", [])
        comparing = pending_question in _COMPARING_QUESTIONS or (
            pending_question == "correction" and pattern == [BOTH_SIDES] and set(normal_words(text)) & _COMPARING_WORDS)
        if pattern and comparing and not any_twitching(word_tokens(normal_words(text))):
            # "No, both arms same" to "does the muscle look smaller?": a comparison, not twitching on both sides;
            # "no, same as ever": the muscle, not the twitching always in the same place.
            slots = {name: values for name, values in resolution.slots.items() if name != "placePattern"}
            resolution = replace(resolution, slots=slots)
        if pending_question in _COMPARING_QUESTIONS and resolution.intent == _REPORT_INTENT and (
                set(resolution.slots) - {"person", "pace", "startDate", "duration"} == {"bodyPart"}) and (
                _a_place_as_the_answer(text)):
            # "The left leg, like I told" to "any weakness, numbness or tingling?": where the sign is, a yes to it
            # (as "yes, the left leg" is), not a second place that twitches (round 130 had it "spreading" and never
            # heard the leg was weak); with when it came on ("the foot, since this morning only", round 132).
            resolution = self._with_value(resolution, "answer", _ANSWER_TYPE, "yes")
        if "other_symptoms" in questions_of(pending_question) and _nothing_new_but_the_old(resolution, text) and not {
            value.id for match in self._analyse(text).matches if SIGN_TYPE in match.types for value in match.values
        } - _OLD_ACHES:
            # "Nowt new, the hip's been bad for years", "nothing new except my usual arthritis": a no.
            return Resolution(_NO_INTENT, {}, max(resolution.confidence, _TWITCH_REPORT_CONFIDENCE), text)
        if pending_question in _GROUP_SIGNS:
            resolution = self._as_answer_to_a_group(resolution, text, pending_question)
        said_else = set(resolution.slots) - {"answer", "person"}
        unasked = "pregnancy" in self._slot_names(resolution.intent) and not {"pregnancy", "person"} & set(
            resolution.slots)
        # Asked whether they could be pregnant, alone or with other questions ("... or could you be pregnant?").
        asks_pregnancy = "pregnant" in questions_of(pending_question)
        said_pregnant = resolution.slot_ids().get("pregnancy") == ["pregnant"] and "person" not in resolution.slots
        if not asks_pregnancy and (unasked and _said_cannot_be_pregnant(text, volunteered=True) or said_pregnant and (
            _a_man_said(text)
        )):
            # "I'm a guy in my twenties, it's just my eyelid": the pregnancy question is answered before it is asked
            # ("i'm a bloke so don't ask if i'm pregnant" too: the word is the question's, not the speaker's state).
            resolution = self._with_value(resolution, "pregnancy", _PREGNANCY_TYPE, "not_pregnant")
        if asks_pregnancy and resolution.slot_ids().get("pregnancy", []) == ["pregnant"] and (
            _pregnant_then_no(text)
        ):
            # "Embarazada? ah, pregnant... no no": the question said back, then its answer.
            resolution = self._with_value(resolution, "pregnancy", _PREGNANCY_TYPE, "not_pregnant")
        said_no = resolution.intent == _NO_INTENT or resolution.slot_ids().get("answer") == ["no"]
        if pending_question in QUESTION_GROUPS and asks_pregnancy and said_no and not said_else - {"pregnancy"} and (
            _said_cannot_be_pregnant(text)
        ) and set(_words_as_said(text)) & (_ANSWER_NOS | {"nothing", "none", "nae", "nuh"}):
            # "Nope, I'm a man" to "..., or could you be pregnant?": a no to all of it, and why pregnancy is no. ("Mi a
            # man" alone answers only the pregnancy: the rest is asked, round 94, where a swallowing trouble since
            # lunch was to be told to "any other new symptoms?".)
            return Resolution(_NO_INTENT, {}, max(resolution.confidence, _URGENT_CONFIDENCE), text)
        echoed = said_pregnant and _words_as_said(text)[:1] == ["pregnant"]  # "pregnant? i'm eighty-four, love"
        if asks_pregnancy and _said_cannot_be_pregnant(text) and not (
                said_else - {"pregnancy"} if echoed else said_else):
            # "I'm a grandad, son" or "honey, i'm seventy-four" to "any chance you're pregnant?": no.
            return self._as_answer(resolution, _PREGNANCY_INTENT, "pregnancy", _PREGNANCY_TYPE, "not_pregnant",
                                   max(resolution.confidence, _URGENT_CONFIDENCE))
        resolution = self._without_history_beside_a_new_event(resolution, text)
        if pending_question not in SAFETY_QUESTIONS and _once_long_ago(resolution, text, self._today().year):
            # "I fainted once giving blood, about six years ago, but it never happened again": history.
            slots = {name: [value for value in values if not _a_year_or_more(value.value or "")]
                     for name, values in resolution.slots.items() if name != "symptom"}
            resolution = replace(resolution, slots={name: values for name, values in slots.items() if values})
        if pending_question not in SAFETY_QUESTIONS and _long_standing_and_unchanged(
            resolution, text, self._sudden_signs
        ):
            # "My left side's been weak since my stroke ten years back, nothing new": an old condition, not a sign.
            kept = [value for value in resolution.slots["symptom"] if (SIGN_TYPE, value.id) not in self._sudden_signs
                    and not _a_stroke(value)]
            slots = {name: values for name, values in resolution.slots.items() if name not in ("symptom", "duration")}
            slots |= {"symptom": kept} if kept else {}
            told = set(slots) - {"answer", "person", "bodyPart"}
            resolution = replace(resolution, slots=slots) if told else Resolution(
                _NO_INTENT, {}, _TWITCH_REPORT_CONFIDENCE, text)
        if pending_question not in SAFETY_QUESTIONS and _breathless_as_always(resolution, text, self._urgent_signs):
            # "I get breathless on the hill, always have done since I was a girl": how she has always been.
            symptoms = [value for value in resolution.slots["symptom"] if value.id != "difficulty_breathing"]
            slots = {name: values for name, values in resolution.slots.items() if name != "symptom"}
            resolution = replace(resolution, slots=slots | ({"symptom": symptoms} if symptoms else {}))
        if resolution.intent == _DESCRIBE_INTENT and set(resolution.slots) <= self._slot_names(_REPORT_INTENT) and (
            _places_only_twitch(resolution, text)
        ):
            # "Ma stomach's been queasy and there's this jumpin' in ma thigh": the thigh twitches, it is no site of
            # the queasiness.
            resolution = replace(resolution, intent=_REPORT_INTENT)
        if resolution.intent == _DURATION_INTENT and set(resolution.slots) <= {"duration", "startDate"} and (
            pending_question not in _HOW_LONG_QUESTIONS  # ("three weeks, it started the week the calf came")
        ):
            # "My right eyelid's been going since monday": the place too, in the intent that carries both.
            resolution = self._with_places_said(resolution, text)
        if pending_question not in SAFETY_QUESTIONS and (little := _a_little_caffeine(resolution, text)):
            # "Only one tea a day", "just the one coffee": no lot of caffeine, and "a day" is how often.
            resolution = self._as_denied_caffeine(resolution, little)
        resolution = _without_places_said_to_locate(_without_places_of_other_things(
            _without_places_of_a_likeness(_without_someone_of_a_likeness(resolution, text), text), text), text)
        resolution = _without_places_of_someone_elses_trouble(_without_places_of_others_before_mine(resolution, text),
                                                              text)
        # (Asked when, "he told me two weeks ago" is the answer; not after "i don't know when it started": "... he only
        # told me yesterday", round 103.)
        resolution = _without_the_day_of_another_story(_without_the_time_of_a_death(resolution, text), text)
        resolution = _without_a_machines_time_before_now(_without_the_time_of_a_breakdown(resolution, text), text,
                                                         pending_question)
        # (Nor after "no idea": "no idea, love. she only mentioned it last night", round 145.)
        if pending_question not in _HOW_LONG_QUESTIONS or "start" in resolution.slots or "unsure" in (
                resolution.slot_ids().get("answer", [])):
            resolution = _without_the_time_it_was_told(resolution, text)
        if pending_question in _ASKING_PREGNANCY or "pregnancy" in resolution.slots:
            asked = pending_question in _ASKING_PREGNANCY
            timed = _time_values(resolution)
            resolution = _without_the_time_a_partner_is_away(resolution, text, asked)
            if asked and timed and not _time_values(resolution) and resolution.intent == _CORRECTION_INTENT and set(
                    resolution.slots) <= {"answer", "pregnancy"} and _PREGNANCY_INTENT in self.model.intents:
                # ("No, I had a hysterectomy four years ago": its time had made it a correction of the twitch's.)
                resolution = replace(resolution, intent=_PREGNANCY_INTENT)
        if not resolution.slots.get("symptom"):
            resolution = _without_the_time_of_a_shock(resolution, text)
        resolution = _without_the_time_of_a_likeness(_times_of_the_twitch(resolution, text), text)
        resolution = _without_the_years_of_a_working_life(resolution, text)
        if resolution.intent == _REPORT_INTENT and len(_time_values(resolution)) > 1 and not {
                value.id for value in resolution.slots.get("symptom", [])} & self._urgent_signs and (
                kept := _without_times_of_other_things(resolution, text)) and _time_values(kept):
            # "My thumb has a wee jump since Monday, ... my hands are stiff with the arthritis, that's been twenty
            # years": the other complaint's time, when the twitch has one of its own.
            resolution = kept
        if {value.id for value in resolution.slots.get("trigger", [])} & _taken(text) and not _twitching_stretches(
            text, _STRETCH_BREAKS
        )[2]:
            # "The gp upped my sertraline two weeks ago": when the medicine changed, not when the twitch began.
            resolution = _without_the_medicines_time(resolution, text)
        if _medicine_unchanged(resolution, text):
            # "The same blood pressure pill i've been on for years": no medicine started or changed lately; and
            # "amlodipine, unchanged for five years" dates the pill, not the twitch. What follows is still read
            # (review A72: "he's choking on his dinner, he's on the same tablets for years" is choking now).
            resolution = self._as_denied_medicine(_without_the_medicines_time(resolution, text), pending_question)
        if "medication" in questions_of(pending_question) and _time_values(resolution) and not resolution.slots.get(
                "symptom") and (_A_STEADY_MEDICINE.search(said := text.lower()) or _ON_IT_SINCE_LONG_AGO.search(
                    said)) and not _A_MEDICINE_CHANGED.search(said) and not _twitching_stretches(
                    text, _STRETCH_BREAKS)[2]:
            # "No, same dose of Keppra since 2015", "same thyroxine dose, a hundred micrograms, for four years" to
            # "started or changed a medicine?": the medicine's years, a medicine the model does not know by name
            # (round 201 had dated the twitch by them and called it months old).
            for name in ("duration", "startDate"):  # (only a year or years: "same tablets since monday" may date it)
                years = [value for value in resolution.slots.get(name, []) if _a_year_or_more(value.value or "")
                         or re.fullmatch(r"(?:19|20)\d\d", value.value or "")]
                resolution = _without_values(resolution, name, years)
            if resolution.slot_ids() in ({}, {"answer": ["no"]}):
                return Resolution(_NO_INTENT, {}, resolution.confidence, text)
        if resolution.intent == _CORRECTION_INTENT and resolution.slot_ids() == {"answer": ["no"]} and (
                pending_question in YES_NO_QUESTIONS) and not set(_words_as_said(text)) & _MISTAKE_WORDS:
            # "No. I mean I'm washed out after an hour in ten-degree water" to "any numbness?": a no, said more
            # about; nothing put right (round 84: it had been a correction of nothing).
            resolution = Resolution(_NO_INTENT, {}, resolution.confidence, text)
        if "other_symptoms" in questions_of(pending_question) and resolution.intent in (
                PENDING_HINTS["onset"][0], _CORRECTION_INTENT) and (told := self._signs_told(text)):
            # "Only a cramp in the same spot on sunday, gone in a minute", "a headache on sunday" to "any other new
            # symptoms?": the symptom, with its own time, never a new start of the twitch (round 83: the cramp had
            # been lost, and the question asked three times).
            resolution = Resolution(_DESCRIBE_INTENT, told, resolution.confidence, text)
        if {"other_symptoms", "muscle_size"} & set(questions_of(pending_question)) and (
                resolution.intent == _DESCRIBE_INTENT) and not {
                value.id for value in resolution.slots.get("symptom", [])} & self._urgent_signs:
            # "Yeah, my lower back's been stiff in the mornings, the physio last year said it was a disc", "the back
            # of my hand looks bony, it's come on over a couple of months": when the other symptom began, not the
            # twitch; a time said with the twitch ("and the twitch is three months now") stays the twitch's. (How
            # a sign that may be sudden came on is read from its time.)
            resolution = _without_times_of_other_things(resolution, text)
        if "duration" in resolution.slots and (calendar := [value for value in resolution.slots.get("startDate", [])
                                                         if _said_by_the_calendar(value)]):
            # "About a month ago, just after new year": the amount said is what the person worked out; the
            # holiday or month only anchors it (and may be last year's or this year's). Not an amount of
            # something else ("it started around easter, we were on holiday for a week").
            # Nor a day it was seen ("it was going all through his stream last night, he's had it since the first
            # week of November": round 74).
            other = [value for value in resolution.slots["duration"]
                     if _said_of_something_else(value, text) or _only_a_bound(value, text)
                     or tuple(_spoken_words(value.spoken)) in _DAYS_TOLD]
            resolution = (_without_values(resolution, "duration", other) if other
                          else _without_values(resolution, "startDate", calendar))
        if "deniedTrigger" in resolution.slots and (listed := _denied_in_the_same_list(resolution, text)):
            # "I don't take tea, coffee, energy drinks, nothing like that": each of the list is denied, not only the
            # first (round 131 had the energy drinks taken, and a racing heart told later an emergency).
            resolution = _without_values(resolution, "trigger", listed)
            resolution = replace(resolution, slots={
                **resolution.slots, "deniedTrigger": distinct([*resolution.slots["deniedTrigger"], *listed])})
        if not {"symptom", "deniedSymptom"} & set(resolution.slots) and (years_of_else := [
                value for value in resolution.slots.get("duration", [])
                if (value.value or "").endswith("Y") and (_said_of_something_else(value, text) or _never_had_it_in(
                    value, text)) and not _said_since(value, text)]):
            # "He ran the bakery for forty years, he's retired now. His arm's been twitching", "been in the trade
            # twenty years and never had it before": years of a working life, not of the twitch (round 129). (Not
            # beside a sign: "i had a fit ten years ago" tells the fit is history; nor since an event, "since last
            # year's office christmas do".)
            resolution = _without_values(resolution, "duration", years_of_else)
        if resolution.intent == _REPORT_INTENT and "person" in resolution.slots and _all_my_places(resolution, text):
            # "My husband had his heart operation two years ago, he's fine, but the jumping in my eyelid...": the
            # twitch is the speaker's own; the husband is only in the story.
            resolution = replace(resolution, slots={name: values for name, values in resolution.slots.items()
                                                    if name != "person"})
        if "pace" not in resolution.slots and "pace" in self._slot_names(resolution.intent) and (
                self._signs_heard_on_a_call_just_now(resolution, text)):
            # "Mum just rang me and her words were coming out all wrong": what was heard on a call a moment ago is
            # happening now, unless its own words give it a time ("she just rang, her hand's been numb for months").
            resolution = self._with_value(resolution, "pace", PACE_TYPE, "sudden")
        if "difficulty_swallowing" in resolution.slot_ids().get("symptom", []) and _CHOKING_NOW.search(text) and (
                "difficulty_breathing" not in resolution.slot_ids()["symptom"]):
            # "He's choking on a chunk of steak right now": choking now is a breath that cannot get in, an emergency
            # at once (a choke told as past, "I keep choking when I drink", is trouble swallowing, asked "sudden?").
            resolution = self._with_sign_added(resolution, "difficulty_breathing")
        if "pace" not in resolution.slots and "symptom" in resolution.slots and _said_in_a_moment(resolution, text):
            # "Hang on, something's wrong, my right hand's just gone floppy on the table this second": happening now,
            # a description (no correction: nothing said before is taken back); a headache that hit "like a
            # thunderclap" came on at once. Only "this second": "the second time", "my second son" are no time (a pace
            # sample of it had matched them). ("A thunderclap headache" is the name a sample has: asked "sudden?".)
            if "pace" not in self._slot_names(resolution.intent) and resolution.intent == _CORRECTION_INTENT:
                resolution = self._as_description(resolution)
            if "pace" in self._slot_names(resolution.intent):
                resolution = self._with_value(resolution, "pace", PACE_TYPE, "sudden")
        told_when = {"duration", "startDate", "symptom"} & set(resolution.slots)
        if resolution.intent == _REPORT_INTENT and not told_when and _said_today(resolution.text) and not (
                _today_only_of_a_shock(resolution.text)):
            # "My eyelid started twitching all of a sudden this morning": when it started, not only how.
            started = self._as_started_today(resolution)
            if started is not None:
                # (Not today in a sentence of its own of where "we" are: "my left calf keeps twitching. we're at the
                # theme park today", round 158.)
                today_said = [(sentence, phrase) for sentence in _sentences(resolution.text)
                              for phrase in _EARLIER_TODAY if occurrences(_words_as_said(sentence), list(phrase))]
                if today_said and all(_of_another_story(sentence, list(phrase)) for sentence, phrase in today_said):
                    return resolution
                return replace(resolution, slots={**resolution.slots, **started.slots})
        return resolution

    def _with_muscle_unchanged(self, resolution: Resolution) -> Resolution:
        """"..., and the muscle looks the same as ever": no muscle loss, and no answer to "always the same place?"
        (unless that was said before the muscle, "always the same spot, and the muscle looks the same", or a spot or
        place is said)."""
        words = list(normal_words(resolution.text))
        same_before = "same" in words[: min((words.index(m) for m in ("muscle", "muscles", *_PAIRS_LOOKED_AT)
                                             if m in words), default=0)] or bool(
            set(zip(words, words[1:], strict=False)) & _ONE_PLACE_SAID) and not set(words) & _MOVING_ABOUT
        slots = {name: values for name, values in resolution.slots.items()
                 if name != "placePattern" or [value.id for value in values] != ["same_place"] or same_before}
        return self._with_sign_denied(resolution, slots, "muscle_wasting")

    def _with_sign_denied(
        self, resolution: Resolution, slots: dict[str, list[ResolvedSlot]], sign: str
    ) -> Resolution:
        """`slots` with `sign` denied too, unless it was also said."""
        value = self._model_value(SIGN_TYPE, sign)
        if value is None or sign in resolution.slot_ids().get("symptom", []):
            return resolution
        denied = [*slots.get("deniedSymptom", []), ResolvedSlot(resolution.text, value.id, value.name)]
        return replace(resolution, slots={**slots, "deniedSymptom": distinct(denied)})

    def _without_history_beside_a_new_event(self, resolution: Resolution, text: str) -> Resolution:
        """"He had a stroke ten years ago, he's had another one": the years date the old one; the sign is new. The
        long time is dropped so that what is happening again is not taken for history alone."""
        signs = [value for value in resolution.slots.get("symptom", []) if (SIGN_TYPE, value.id) in self._emergency]
        if not signs or "duration" not in resolution.slots:
            return resolution
        words = list(normal_words(text))

        def new_event(sign: ResolvedSlot) -> bool:
            # "Having" before a mention of the sign ("i think she's having a stroke"), or "another" after it.
            last = list(normal_words(sign.spoken))[-1:]
            said_at = [at for at, word in enumerate(words) if [word] == last]
            return any("having" in words[max(0, at - 3) : at] for at in said_at) or bool(
                said_at and "another" in words[max(0, said_at[0] - 3) :])

        long_ago = [value for value in resolution.slots["duration"]
                    if (iso_duration_seconds(value.value or "") or 0) >= HISTORY_AFTER_SECONDS]

        def another_after(value: ResolvedSlot) -> bool:  # "that one was ten years ago. i had another last night"
            at = occurrences(words, list(normal_words(value.spoken)))[:1]
            after = words[at[0] :] if at else []
            # (Or "and now" and a sign after it: "i've had this twitch for a year and now i can't breathe", review
            # B73; not "he's fine now", "a fit five years ago, now my eyelid twitches", nor a sign that has been
            # like that for years since.)
            sign_words = {word for sign in signs for word in normal_words(sign.spoken)}
            now = any(word == "now" and after[index - 1 : index] in (["and"], [","]) and bool(
                set(after[index + 1 : index + 7]) & sign_words) and not set(after[index:]) & {
                "years", "months", "ages", "always", "evenings"} for index, word in enumerate(after))
            return ("another" in after or now) and not set(after) & _NOT_AGAIN

        said = _words_as_said(text)  # ("just" is a filler to `normal_words`)
        # (Not "I'm fine, I've just had a good look in the mirror", the look ending what is said: round 200; "I just
        # had a look and he collapsed again" is new: safety review C69.)
        just_now = any(word == "just" and said[at + 1 : at + 2] in (
            ["collapsed"], ["fainted"], ["passed"], ["had"], ["gone"], ["went"], ["started"]) and not (
            said[at + 1] == "had" and _only_a_look_had(said[at + 2 :])) for at, word in enumerate(said))

        again = any(new_event(sign) for sign in signs) or _a_first_time(words) or _had_one_there(words) or any(
            another_after(value) for value in long_ago) or just_now
        if not long_ago or not again:
            return resolution
        slots = {name: values for name, values in resolution.slots.items() if name != "duration"}
        return replace(resolution, slots=slots)

    def _as_answer_to_a_group(self, resolution: Resolution, text: str, group: str) -> Resolution:
        """At a grouped question ("any weakness, numbness or tingling, or the muscle looking thinner?"): "all of
        them" names every one; a "no" that speaks of one of them ("no, not weak", "nah, legs are fine", "feels
        normal") denies that one, so the others are asked again rather than taken as a no."""
        signs = _GROUP_SIGNS[group]
        words = set(normal_words(text))
        if words & _ALL_OF_THEM and words <= _ALL_OF_THEM_WORDS:
            return self._all_of_a_group(resolution, text, group)
        resolution = self._as_no_about_what_is_taken(self._with_denied_medicine(resolution, text, group), text, group)
        bare_no = resolution.intent == _NO_INTENT and not resolution.slots
        no_said = bool(resolution.slots) and all(ids == ["no"] for ids in resolution.slot_ids().values())
        if not (bare_no or no_said) or _DESCRIBE_INTENT not in self.model.intents:
            return resolution
        analysis = self._analyse(text)
        denied = {value.id for index, match in enumerate(analysis.matches) if index in analysis.negated
                  for value in match.values if value.id in signs}
        if _places_said_fine(analysis.tokens, analysis.matches):
            denied.add("weakness")  # "nah, legs are fine": the legs work
        said = {token.word for token in analysis.tokens}
        said |= {"same as"} if "same as" in " ".join(token.word for token in analysis.tokens) else set()
        for symptom, (about, fine) in _SAID_FINE_ABOUT.items():
            if symptom in signs and said & about and (not fine or said & fine):
                denied.add(symptom)
        values = [value for symptom in signs if symptom in denied
                  and (value := self._model_value(SIGN_TYPE, symptom)) is not None]
        no = self._model_value(_ANSWER_TYPE, "no")
        if not values or no is None:
            return resolution
        slots = {"answer": [ResolvedSlot(text, no.id, no.name)],
                 "deniedSymptom": [ResolvedSlot(text, v.id, v.name) for v in values]}
        return Resolution(_DESCRIBE_INTENT, slots, resolution.confidence, text)

    def _with_denied_medicine(self, resolution: Resolution, text: str, group: str) -> Resolution:
        """"No meds, but I've been getting headaches" to a group asking about medicines and other symptoms: what was
        said not to be there, of the questions it asks (a medicine, other symptoms), is kept with what else was
        said, in an intent that carries both (one that describes a symptom has no slot for a medicine not taken)."""
        if "medication" not in QUESTION_GROUPS[group]:
            return resolution
        analysis = self._analyse(text)
        signs = _GROUP_SIGNS[group]
        told = {value.id for values in resolution.slots.values() for value in values}
        denied = [(match, _denied(_TRIGGER_TYPE if _TRIGGER_TYPE in match.types else SIGN_TYPE))
                  for index, match in enumerate(analysis.matches)
                  if index in analysis.negated and not {value.id for value in match.values} & told and any(
                      value.id in _MEDICINES or value.id in signs for value in match.values)]
        if not any(slot_type == _denied(_TRIGGER_TYPE) for _, slot_type in denied):
            return resolution
        kept = [(slot_type, value) for name, values in resolution.slots.items() for value in values
                if (slot_type := self._slot_type_of(resolution.intent, name)) is not None]
        needed = {slot_type for slot_type, _ in kept} | {slot_type for _, slot_type in denied}
        intent = next((name for name in (resolution.intent, _TRIGGER_INTENT, *self.model.intents)
                       if needed <= self._slot_for_type.get(name, {}).keys()), None)
        if intent is None:
            return resolution
        slots: dict[str, list[ResolvedSlot]] = {}
        for slot_type, value in kept:
            slots.setdefault(self._slot_for_type[intent][slot_type].name, []).append(value)
        for name, values in self._slots(intent, denied, analysis).items():
            slots.setdefault(name, []).extend(values)
        return Resolution(intent, {name: distinct(values) for name, values in slots.items()}, resolution.confidence,
                          text)

    def _as_no_about_what_is_taken(self, resolution: Resolution, text: str, group: str) -> Resolution:
        """"No, the same pills as always", "no, only me tea" to a group asking about medicines among other things: a
        no that speaks only of what is taken (a medicine, tea, a drink) answers the medicine, as a no that speaks of
        one sign answers that sign; the rest is asked again, not taken as a no."""
        # ("No, the same aspirin since 2019" is heard as a time, which dates the aspirin.)
        said_no = resolution.intent == _NO_INTENT or (
            resolution.intent in (_TRIGGER_INTENT, PENDING_HINTS["onset"][0])
            and resolution.slot_ids().get("answer") == ["no"])
        if "medication" not in QUESTION_GROUPS[group] or not said_no or _TRIGGER_INTENT not in self.model.intents:
            return resolution
        if set(resolution.slots) - {"answer", "trigger", "deniedTrigger", "duration", "startDate"}:
            return resolution
        analysis = self._analyse(text)
        taken = [match for match in analysis.matches if _TRIGGER_TYPE in match.types]
        # (How it is taken is no other answer: "the same pills as always", "my tea every morning".)
        how = {_TRIGGER_TYPE, _PLACE_PATTERN_TYPE, "FREQUENCY", *self._leading_types, *BUILT_IN_TYPES}
        if not taken or any(not match.types <= how for match in analysis.matches):
            return resolution
        if analysis.corrects_earlier or any(token.word == repair.EDIT for token in analysis.tokens) or any(
            value.id in _MEDICINES - {"medication"} for match in taken for value in match.values
        ):
            # A correction ("no, wait, i say no but it is wrong"), or a medicine that sends a person to a doctor
            # named ("no... the water tablet last month"): not for a no to take away.
            return resolution
        medicines = [_resolved(value, analysis.tokens, match) for match in taken for value in match.values
                     if value.id in _MEDICINES]
        generic = self._model_value(_TRIGGER_TYPE, "medication")
        no = self._model_value(_ANSWER_TYPE, "no")
        if no is None or (not medicines and generic is None):
            return resolution
        words = [token.word for token in analysis.tokens]
        if "but" in words and set(words[words.index("but") + 1 :]) & _MEDICINE_CHANGES and medicines:
            # "No, nothing new, but they started me on a statin in October": the no, then a medicine started after
            # all (the second review of stop 57 found it denied): the medicine, no no.
            return Resolution(_TRIGGER_INTENT, {"trigger": distinct(medicines)}, resolution.confidence, text)
        denied = medicines if medicines or generic is None else [ResolvedSlot(text, generic.id, generic.name)]
        others = [value for value in resolution.slots.get("trigger", []) if value.id not in _MEDICINES]
        slots = {"answer": [ResolvedSlot(text, no.id, no.name)],
                 "deniedTrigger": distinct([*resolution.slots.get("deniedTrigger", []), *denied])}
        return Resolution(_TRIGGER_INTENT, {**slots, **({"trigger": others} if others else {})},
                          resolution.confidence, text)

    def _slot_type_of(self, intent: str, slot_name: str) -> str | None:
        """The slot type (`!TYPE` for a denied value) an intent's slot of that name holds."""
        return next((slot_type for slot_type, slot in self._slot_for_type.get(intent, {}).items()
                     if slot.name == slot_name), None)

    def _all_of_a_group(self, resolution: Resolution, text: str, group: str) -> Resolution:
        """"All of them" to a grouped question: each of its questions named, by its sign ("weakness"), or by the value
        that names it ("a medicine", "other symptoms", "pregnant") said with a yes (a medicine not named is no yes by
        itself), in the describing intent that can carry them all."""
        signs = _GROUP_SIGNS[group]
        named = [(SIGN_TYPE, symptom) for symptom in signs]
        named += [_NAMING_VALUES[question] for question in QUESTION_GROUPS[group]
                  if question not in signs.values() and question in _NAMING_VALUES]
        values = [(slot_type, value) for slot_type, value_id in named
                  if (value := self._model_value(slot_type, value_id)) is not None]
        if any(slot_type != SIGN_TYPE for slot_type, _ in values) and (
            yes := self._model_value(_ANSWER_TYPE, "yes")) is not None:
            values.insert(0, (_ANSWER_TYPE, yes))
        types = {slot_type for slot_type, _ in values}
        intent = next((name for name in (_DESCRIBE_INTENT, *self.model.intents)
                       if name in self.model.intents and types <= self._slot_for_type.get(name, {}).keys()), None)
        if intent is None or not values:
            return resolution
        slots: dict[str, list[ResolvedSlot]] = {}
        for slot_type, value in values:
            slots.setdefault(self._slot_for_type[intent][slot_type].name, []).append(
                ResolvedSlot(text, value.id, value.name))
        return Resolution(intent, slots, max(resolution.confidence, _TWITCH_REPORT_CONFIDENCE), text)

    def _model_value(self, slot_type: str, value_id: str) -> SlotValue | None:
        """The model's value of that id, for a slot filled without a match (None if the model has none)."""
        values = self.model.slot_types[slot_type].values if slot_type in self.model.slot_types else ()
        return next((value for value in values if value.id == value_id), None)

    def _with_sign_added(self, resolution: Resolution, sign: str) -> Resolution:
        value = self._model_value(SIGN_TYPE, sign)
        if value is None:
            return resolution
        said = [*resolution.slots.get("symptom", []), ResolvedSlot(resolution.text, value.id, value.name)]
        return replace(resolution, slots={**resolution.slots, "symptom": said})

    def _with_value(self, resolution: Resolution, slot: str, slot_type: str, value_id: str) -> Resolution:
        value = self._model_value(slot_type, value_id)
        if value is None:
            return resolution
        filled = ResolvedSlot(resolution.text, value.id, value.name)
        return replace(resolution, slots={**resolution.slots, slot: [filled]})

    def _as_denied_medicine(self, resolution: Resolution, pending_question: str | None) -> Resolution:
        slots = {name: list(values) for name, values in resolution.slots.items()}
        taken = [value for value in slots.pop("trigger", []) if value.id in _MEDICINES]
        if kept := [value for value in resolution.slots.get("trigger", []) if value.id not in _MEDICINES]:
            slots["trigger"] = kept
        slots["deniedTrigger"] = distinct([*slots.get("deniedTrigger", []), *taken])
        if "medication" in questions_of(pending_question) and "symptom" not in slots:
            # The answer is about the medicine: "same cholesterol tablet for ten years" dates the tablet.
            slots = {name: values for name, values in slots.items() if name in ("trigger", "deniedTrigger", "answer")}
            return Resolution(_TRIGGER_INTENT, slots, resolution.confidence, resolution.text, resolution.sample)
        declared = self._slot_names(resolution.intent)
        carried_by_a_report = set(slots) <= self._slot_names(_REPORT_INTENT)
        if "deniedTrigger" not in declared and not {"bodyPart", "symptom"} <= set(slots) and carried_by_a_report:
            # "No. I'm on epilepsy tablets but not had a fit since 2009, same tablets all that time" to the safety
            # check: the no, and the medicine unchanged, in the one intent that carries both.
            return Resolution(_REPORT_INTENT, slots, resolution.confidence, resolution.text, resolution.sample)
        return replace(resolution, slots=slots) if "deniedTrigger" in declared else resolution

    def _same_then_another_place(self, resolution: Resolution, text: str) -> Resolution | None:
        """"Yes, same spot. no wait, it's my left calf not my thigh": the same place, and the place put right."""
        words = list(normal_words(text))
        if resolution.intent not in (_YES_INTENT, _REPORT_INTENT) or set(resolution.slots) - {
            "answer", "placePattern", "bodyPart"
        } or "wait" not in words or "same" not in words[: words.index("wait")]:
            return None
        after = words[words.index("wait") + 1 :]
        # Put right ("not my thigh", "sorry, the wrong bit"), not added to ("wait, my calf too").
        if not set(after) & (_TAKING_BACK | {"not"}) or set(after) & {"too", "also", "well", "and", "both", "more"}:
            return None
        tail = self.resolve(" ".join(after), "correction")
        if tail.intent not in (_CORRECTION_INTENT, _REPORT_INTENT) or set(tail.slots) != {"bodyPart"}:
            return None
        corrected = Resolution(_CORRECTION_INTENT, tail.slots, max(resolution.confidence, tail.confidence), text)
        return self._with_value(corrected, "placePattern", _PLACE_PATTERN_TYPE, "same_place")

    def _with_how_it_came_on(self, resolution: Resolution, text: str, pending_question: str) -> Resolution:
        if resolution.intent == _NO_INTENT or "no" in resolution.slot_ids().get("answer", []):
            return resolution  # "sudden? no": the answer is the no, as before
        sudden = "pace" not in resolution.slots and self._said_sudden(text)
        yes = "answer" not in resolution.slots and resolution.intent != _YES_INTENT and (
            _words_as_said(text)[:1] in _PLAIN_YES)
        if not (sudden or yes):
            return resolution
        needed = {name for name, said in (("pace", sudden), ("answer", yes)) if said}
        if not needed <= self._slot_names(resolution.intent):
            if pending_question != "sudden_onset":
                # At the screen a report may not be a yes; a yes said with a date and "all at once" is a yes to
                # the sudden signs, not a sign of that date.
                said_yes = resolution.slot_ids().get("answer") == ["yes"]
                return Resolution(_YES_INTENT, {}, resolution.confidence, text) if sudden and said_yes else resolution

            kept = self._slot_names(_REPORT_INTENT)
            resolution = Resolution(_REPORT_INTENT, {name: values for name, values in resolution.slots.items()
                                                     if name in kept}, resolution.confidence, text)
        if sudden:
            resolution = self._with_value(resolution, "pace", PACE_TYPE, "sudden")
        return self._with_value(resolution, "answer", "ANSWER", "yes") if yes else resolution

    def _a_bare_no_to_sudden(self, resolution: Resolution, text: str) -> bool:
        """Whether an answer to "did it come on suddenly?" opens with a no and tells no sign, no sudden after the no,
        no time of minutes, hours or a change (`_A_CHANGE_TOLD`, "sudden" aside: "nothing sudden" is the no) and no
        start (`_A_START_TOLD`), and says it came slowly or is as it has been (`_SLOW_OR_AS_EVER`)."""
        words = _words_as_said(text)
        said = re.sub(r"\bnothing sudden\b", "", text.lower())
        return bool(words) and words[0] in _ANSWER_NOS and not resolution.slots.get("symptom") and not (
            self._said_sudden(text, after_the_no=True)) and not _A_CHANGE_TOLD.search(said) and not (
            _A_START_TOLD.search(said)) and bool(_SLOW_OR_AS_EVER.search(said))

    def _said_sudden(self, text: str, after_the_no: bool = False) -> bool:
        """Whether a sudden start is said, not denied (and, `after_the_no`, after any no: "sudden? no" is none)."""
        analysis = self._analyse(text)
        nos = [match.start for match in analysis.matches
               if after_the_no and match.types == {"ANSWER"} and any(value.id == "no" for value in match.values)]
        return any(index not in analysis.negated and match.start > max(nos, default=-1)
                   and any(value.id == "sudden" for value in match.values)
                   for index, match in enumerate(analysis.matches) if PACE_TYPE in match.types)

    def _told_beside_help(self, text: str) -> Resolution | None:
        """"My right forearm is having some jumping inside, like a small fish. What to do, kindly do the needful": the
        twitch told, and help asked in a sentence of its own, is the report (round 184 had answered the help three
        times and never heard where). Only the sentences that ask for help are set aside, whatever else is told."""
        sentences = _sentences(text)
        told = [part for part in sentences if self._resolve(part, None).intent != _HELP_INTENT]
        if len(told) == len(sentences) or not told or not any_twitching(word_tokens(normal_words(" ".join(told)))):
            return None
        report = self._understood(" ".join(told), None)
        return replace(report, text=text) if report.intent == _REPORT_INTENT and "bodyPart" in report.slots else None

    def _more_told_after_a_no(self, text: str) -> Resolution | None:
        """A no to the safety check, then in a sentence of its own where or since when the twitch is ("no, none of
        that. it's my right calf by the way, and it only started on monday"): the no with those facts, as a report.
        Only where, when and how often, of no one else; a sign told in the rest is left to the no and the questions
        after it (a reading of the rest alone may take a story for one)."""
        words = _words_as_said(text)
        if not words or words[0] not in _ANSWER_NOS:
            return None
        rest_at = next((at for at, word in enumerate(words) if word in {".", "by"} or (
            word == "," and at > 1 and words[at - 1] not in _ANSWER_NOS)), None)
        if rest_at is None or rest_at + 1 >= len(words):
            return None
        if set(words[rest_at + 1 :]) & THIRD_PERSON:
            return None  # "no, nothing with me, the baby flings her arms out when the door slams": someone else
        rest_words = words[rest_at + 1 :]
        rest = self._resolve(" ".join(rest_words), None)
        # A time only of the twitch ("and it only started on monday", "it's been twitching a week"), not of a story
        # ("my calf. i started a new job on monday").
        its_time = any_twitching(word_tokens(rest_words)) or any(
            word in ("it", "it's", "its") and set(rest_words[at + 1 : at + 4]) & {
                "started", "began", "been", "has", "came", "come"}
            for at, word in enumerate(rest_words)) or ("since" in rest_words and "bodyPart" in rest.slots)
        kept = ("bodyPart", "placePattern", "frequency") + (("duration", "startDate") if its_time else ())
        facts = {name: values for name, values in rest.slots.items() if name in kept}
        no = self._model_value(_ANSWER_TYPE, "no")
        # (a time alone, of the twitch, is a report too: "no, none of those, but it's been going five weeks now")
        if rest.intent not in (_REPORT_INTENT, _DURATION_INTENT) or "symptom" in rest.slots or not facts or no is None:
            return None
        if set(facts) == {"bodyPart"} and [word for word in rest_words[:4] if word not in (
                "it's", "its", "it", "is", "'s")][:2] in ([only, whose] for only in ("just", "only")
                                                          for whose in ("the", "my", "me", "his", "her", "that")):
            return None  # "naw, nane o that. it's just the leg": only the twitch told already (round 144)
        return Resolution(_REPORT_INTENT, {"answer": [ResolvedSlot(words[0], no.id, no.name)], **facts},
                          _ANSWER_OF_ITS_KIND_CONFIDENCE, text)

    def _when_put_right(self, text: str, analysis: _Analysis) -> Resolution | None:
        """With nothing asked (after the advice), a time taken back and put right in words no sample has: "hang on
        i said a week didnt i its more like a month since my birthday", "i got the time wrong, it's not a couple of
        weeks, it started back in july". Only after a word of taking back in the first few words, and with no sign
        said. A time said beside another said not to be it puts it right too ("it was friday, not a month")."""
        opening = set(normal_words(text)[:_TAKING_BACK_REACH])
        # (Asked what to change, or after the advice, a time of four words too: "it wisnae a couple o' days, the
        # wife says it's been since bonfire night", round 188; not at other questions, safety review D64.)
        if not opening & (_TAKING_BACK | _ANSWERED_BEFORE | {"hang", "hold"}) and not _one_time_not_another(
                text, longest=4):
            return None
        if corrected := self._time_put_right(text, analysis=analysis):
            return Resolution(_CORRECTION_INTENT, {"duration": [corrected]}, _ANSWER_OF_ITS_KIND_CONFIDENCE, text)
        dates = [match for index, match in enumerate(analysis.matches)
                 if match.types == {DATE_TYPE} and index not in analysis.negated]
        if not dates or any(SIGN_TYPE in match.types for match in analysis.matches):
            return None
        started = _resolved(dates[-1].value_for(DATE_TYPE), analysis.tokens, dates[-1])
        return Resolution(_CORRECTION_INTENT, {"startDate": [started]}, _ANSWER_OF_ITS_KIND_CONFIDENCE, text)

    def _time_put_right(
        self, text: str, quoted_only: bool = False, analysis: _Analysis | None = None
    ) -> ResolvedSlot | None:
        """The last time said, not denied, with a word that puts it right just before it ("not a week, ... so it's
        more like four months"), or after the answer given before, quoted ("i said a month but it's only been about
        a week"; only this, or a time put right firmly, "..., more like a month", when `quoted_only`), when no sign
        is said."""
        analysis = analysis or self._analyse(text)
        if any(SIGN_TYPE in match.types for match in analysis.matches):
            return None
        times = [match for index, match in enumerate(analysis.matches)
                 if match.types == {DURATION_TYPE} and index not in analysis.negated]
        words = [token.word for token in analysis.tokens]
        if not times or words[times[-1].start - 1 : times[-1].start] in (["in"], ["for"]):
            return None  # not "we were on holiday for a week", "i'm seeing the doctor in two weeks"
        # The quoted answer and the one put right, two times and no more, the second of the twitch alone ("i said a
        # month, it's been a month, but it got worse a week ago" is no correction; "my wife thinks a week" another's).
        later = set(words[times[0].end : times[-1].end])
        quoted = len(times) == 2 and words[max(0, times[0].start - 2) : times[0].start] in (
            ["i", "said"], ["i", "put"], ["i", "answered"], ["told", "you"]) and not later & _NOT_THE_TWITCHS_TIME
        before_it = words[max(0, times[-1].start - 3) : times[-1].start]
        # ("About a week — no, it started before your brother's birthday — she's right, more like a month": one
        # time put right by a firmer word opening its own phrase, even where the first time alone was an answer;
        # not "my commute is more like an hour". "Like" is a filler, gone here.)
        firmly = len(times) > 1 and before_it[-1:] in (["more"], ["nearer"], ["closer"]) and (
            before_it[-2:-1] in ([","], ["or"], ["no"], ["actually"], ["really"], ["right"]))
        # ("It wasn't a couple of weeks at all, it was before we went away in June, so near enough six months": a
        # time denied, then the one said instead.)
        instead = any(match.types == {DURATION_TYPE} and index in analysis.negated and match.end <= times[-1].start
                      for index, match in enumerate(analysis.matches))
        if not quoted and not firmly and not instead and (quoted_only or not set(before_it) & _PUTTING_RIGHT):
            return None
        return _resolved(times[-1].value_for(DURATION_TYPE), analysis.tokens, times[-1])

    def _signs_heard_on_a_call_just_now(self, resolution: Resolution, text: str) -> bool:
        """Trouble speaking heard on a call "just" now ("she just rang me and her words were coming out all
        wrong"), with no time said from the call on ("..., it's been that way since her stroke")."""
        words = _words_as_said(text)
        called = next((at for at, (word, then) in enumerate(zip(words, words[1:], strict=False))
                       if word == "just" and then in _CALLED), None)
        if called is None or "difficulty_speaking" not in resolution.slot_ids().get("symptom", []):
            return False
        return not set(words[called:]) & _TIMES_AFTER_A_CALL

    def _medicine_with_its_time(self, text: str, pending_question: str | None) -> Resolution | None:
        """What `text` says without its times, when that names a medicine (and `text` names one, not denied)."""
        analysis = self._analyse(text)
        times = {index for match in analysis.matches if match.types & BUILT_IN_TYPES
                 for index in range(match.start, match.end)}
        medicines = [match for index, match in enumerate(analysis.matches)
                     if index not in analysis.negated and {value.id for value in match.values} & _MEDICINES]
        if not times or not medicines:
            return None
        untimed = " ".join(token.word for index, token in enumerate(analysis.tokens)
                           if index not in times and token.word != "ago")
        again = self._resolve(untimed, pending_question)
        if again.intent not in PENDING_HINTS.get(pending_question or "", ()) or not {
            value.id for value in again.slots.get("trigger", [])} & _MEDICINES:
            return None  # not an answer ("yes, a statin last week" reads as "what's a statin?")
        return replace(again, text=text, sample=None)

    def _yes_to_an_unchanged_medicine(self, text: str, pending_question: str | None) -> Resolution | None:
        words = list(normal_words(text))
        if words[:1] not in _PLAIN_YES:
            return None
        if any(word in _MEDICINE_CHANGES | {"up", "more", "extra"} and not set(words[max(0, at - 3) : at]) & _NEGATORS
               for at, word in enumerate(words)):
            return None  # "..., and they doubled the dose last month"
        rest = self.resolve(" ".join(word for word in words[1:] if word != ","), pending_question)
        denied = {value.id for value in rest.slots.get("deniedTrigger", [])}
        told = set(rest.slots) - {"deniedTrigger", "answer"}
        return rest if denied & _MEDICINES and not told else None

    def _with_places_said(self, resolution: Resolution, text: str) -> Resolution:
        analysis = self._analyse(text)
        places = [_resolved(match.value_for(PLACE_TYPE), analysis.tokens, match)
                  for index, match in enumerate(analysis.matches)
                  if match.types == {PLACE_TYPE} and index not in analysis.negated]
        if not places or not self._slot_names(_REPORT_INTENT) >= {"bodyPart", *resolution.slots}:
            return resolution
        return Resolution(_REPORT_INTENT, {"bodyPart": distinct(places), **resolution.slots}, resolution.confidence,
                          resolution.text, resolution.sample)

    def _as_denied_caffeine(self, resolution: Resolution, little: list[ResolvedSlot]) -> Resolution:
        """The cup denied as a trigger, and its "a day" (how often) no time of the twitch."""
        slots = {name: [value for value in values if value not in little and not (
                    name == "duration" and value.value == "P1D" and value.spoken.endswith("day"))]
                 for name, values in resolution.slots.items()}
        slots["deniedTrigger"] = distinct([*slots.get("deniedTrigger", []), *little])
        slots = {name: values for name, values in slots.items() if values}
        intent = next((name for name in (resolution.intent, _TRIGGER_INTENT) if set(slots) <= self._slot_names(name)),
                      None)
        if intent is None:
            return resolution
        return Resolution(intent, slots, resolution.confidence, resolution.text, resolution.sample)

    def _as_sudden(self, resolution: Resolution) -> Resolution:
        return self._as_answer(resolution, _PACE_INTENT, "pace", PACE_TYPE, "sudden", resolution.confidence)

    def _as_answer(
        self, resolution: Resolution, intent: str, slot: str, slot_type: str, value_id: str, confidence: float
    ) -> Resolution:
        """Only the model's value of that id, in that intent (the resolution as it was if the model has neither)."""
        value = self._model_value(slot_type, value_id)
        if value is None or intent not in self.model.intents:
            return resolution
        return Resolution(intent, {slot: [ResolvedSlot(resolution.text, value.id, value.name)]}, confidence,
                          resolution.text)

    def _slot_names(self, intent: str) -> set[str]:
        return {slot.name for slot in self._slot_for_type.get(intent, {}).values()}

    def _as_started_today(self, resolution: Resolution) -> Resolution | None:
        """"This afternoon" to "when did it start?": a start today, not only a sudden one (the pace reading would
        leave the question unanswered, and asked again)."""
        if not _phrases(resolution.text) & _EARLIER_TODAY:
            return None
        today = self._today()
        if today is None:
            return None
        start = ResolvedSlot(spoken=resolution.text, id=None, name=None, value=today.isoformat())
        return Resolution(_DURATION_INTENT, {"startDate": [start]}, resolution.confidence, resolution.text)

    def _resolve(self, text: str, pending_question: str | None) -> Resolution:
        words = list(normal_words(text))
        if not [word for word in words if word != ","]:
            return Resolution(FALLBACK_INTENT, {}, 0.0, text)
        if pending_question in _HOW_LONG_QUESTIONS and "," in words and len(words) <= 7:
            # "four... days": the pauses of someone for whom words are hard, not clauses.
            joined = " ".join(word for word in words if word != ",")
            if parse_duration(joined) is not None:
                return self._resolve(joined, pending_question)
        unit = tuple(word for word in words if word not in _APPROXIMATELY)
        if unit[:1] in (("for",), ("since",)) and unit[1:2] and unit[1].endswith("s"):
            unit = unit[1:]  # "for years", "since months", "for weeks now" to "when did it start?"
        if unit[-1:] in (("now",), ("already",)):
            unit = unit[:-1]
        if unit[1:] in _HEDGES_AFTER_A_UNIT:
            unit = unit[:1]  # "week or so", "week. bit less."
        if pending_question in _HOW_LONG_QUESTIONS and unit in _BARE_UNITS:
            # "week." or "week... bout" to "when did it start?": a short answer from someone for whom words are hard.
            return self._resolve(_BARE_UNITS[unit], pending_question)
        if (pending_question in _HOW_LONG_QUESTIONS and len(words) >= 3 and words[0] in _PLURAL_UNITS
                and words[1] == "," and re.fullmatch(NUMBER_PHRASE, words[2])):
            # "Months. Six maybe": the unit first, then how many, as someone short of breath or words says it.
            return self._resolve(" ".join([words[2], words[0], *words[3:]]), pending_question)
        hints = PENDING_HINTS.get(pending_question or "", ())
        exact = self._templates.exact(words, hints)
        if exact is not None and not exact.template.slot_count:
            # A sample without slots, word for word: what the model's author meant ("i'm confused" is a
            # request for help).
            return self._templates.resolution(exact, words, text)
        analysis = self._analyse(text, self._catch_all.get(pending_question or ""),
                                 catch_alone=pending_question not in QUESTION_GROUPS)
        if exact is not None:
            # A sample may read "no weakness" as {answer} {symptom}: only a reading that keeps denied values
            # denied (and said ones said) is taken.
            exact = self._templates.exact(words, hints, accept=lambda found: self._agrees(found, words, analysis))
        # A correction of something said before is not the sample its repaired words make ("my calf").
        repaired = exact is None and analysis.canonical != " ".join(words) and not analysis.corrects_earlier
        if repaired:
            words = analysis.canonical.split()  # restarts repaired: "my eye, no wait, my calf is twitching"
            exact = self._templates.exact(
                words, hints, accept=lambda found: self._agrees(found, words, analysis)
            )
        if exact is not None and not self._splits_a_value(exact, analysis):
            resolution = self._templates.resolution(exact, words, text)
            if repaired:  # a sample once repaired: not quite what was said
                resolution = replace(resolution, confidence=min(resolution.confidence, _REPAIRED_CONFIDENCE))
            if not exact.template.slot_count:
                return resolution
            resolution = self._with_urgent_values(self._with_answer_said_first(resolution, analysis), analysis, hints)
            return self._as_plain_answer(resolution, analysis, pending_question)
        fuzzy = self._fuzzy(analysis, hints, text)
        unknown = self._with_unknown_values(words, analysis, hints, text)
        if unknown is not None and (
            fuzzy.intent == FALLBACK_INTENT
            or (fuzzy.intent == unknown.intent and (not fuzzy.slots or fuzzy.confidence < _PREFER_UNKNOWN_BELOW))
        ):
            fuzzy = unknown  # a sample word for word, with words in a slot that match no value
        fuzzy = self._without_guessed_answer(self._with_leading_answer(fuzzy, analysis), analysis)
        fuzzy = self._with_answer_said_first(fuzzy, analysis)
        fuzzy = _answer_through_a_bad_line(_without_an_unsaid_stop(_without_an_unsaid_no(fuzzy, analysis), analysis),
                                           analysis)
        fuzzy = _without_an_unasked_question(fuzzy, analysis)
        fuzzy = _as_a_twitch_told_not_more_asked(self._as_twitch_report(fuzzy, analysis, pending_question), analysis)
        fuzzy = _als_asked_only_when_named(fuzzy, analysis)
        fuzzy = self._as_a_trigger_told(self._as_answer_of_its_kind(fuzzy, analysis, pending_question), analysis)
        fuzzy = _as_question_back(fuzzy, analysis)
        fuzzy = _with_pronoun(self._with_person(self._with_urgent_values(fuzzy, analysis, hints), analysis), analysis)
        fuzzy = self._with_first_answer(self._as_description_unless_asked(fuzzy, analysis), analysis, pending_question)
        fuzzy = _as_unsure_unless_correcting(fuzzy, analysis)
        fuzzy = _as_leading_answer_of_the_rest(fuzzy, analysis, pending_question)
        if pending_question in SCREEN_QUESTIONS:
            fuzzy = self._with_denials_said(fuzzy, analysis)
        fuzzy = self._without_a_time_of_something_else(fuzzy, analysis, pending_question)
        if pending_question is None:
            fuzzy = _without_places_only_felt(self._without_the_day_of_a_when_about_something_else(fuzzy, analysis),
                                              analysis)
        return self._with_gradual_pace_said(self._with_sites_inside_signs(
            self._as_plain_answer(fuzzy, analysis, pending_question), analysis), analysis)

    def _as_when_told_with_how(self, resolution: Resolution) -> Resolution | None:
        """"Tuesday night it come on, sudden like, out of nowhere, I was sat watchin' Stoke" to "when did it start?":
        the day is the answer; how the twitch came on says nothing more (round 198 had kept only the "sudden", and
        asked when it started three times)."""
        analysis = self._analyse(resolution.text)
        # (A day, or a length of days: "suddenly, two minutes into my run" is no start: review C68.)
        times = [(match, sorted(match.types)[0]) for index, match in enumerate(analysis.matches)
                 if index not in analysis.negated and (DATE_TYPE in match.types or DURATION_TYPE in match.types and (
                     iso_duration_seconds(match.values[0].iso or "") or 0) >= 86_400)]
        if not times or _DURATION_INTENT not in self.model.intents:
            return None
        return Resolution(_DURATION_INTENT, self._slots(_DURATION_INTENT, times, analysis), resolution.confidence,
                          resolution.text)

    def _without_the_day_of_a_when_about_something_else(self, resolution: Resolution,
                                                         analysis: _Analysis) -> Resolution:
        """"My eyelid's been goin', proper annoyin'. Mind, I near died when City let that late goal in Saturday", as
        the first words: a day told in a "when" of something else, in a stretch of its own with no twitch, sign or
        place, is that thing's day (round 198 had dated the twitch by the goal, never asked when it began, and so
        never heard the chest pain told with the answer). "Since we lost on Saturday", "it started when ..." and a
        "when" that opens its stretch ("..., when we lost on Saturday") still date it."""
        names = {slot.name for slot_type, slot in self._slot_for_type.get(resolution.intent, {}).items()
                 if slot_type in (DATE_TYPE, DURATION_TYPE)}
        dates = [match for match in analysis.matches if match.types & {DATE_TYPE, DURATION_TYPE}]
        if not names & resolution.slots.keys() or not dates or not any(
                PLACE_TYPE in match.types for match in analysis.matches):
            return resolution
        stretch_of = _stretch_numbers([token.word for token in analysis.tokens], _STRETCH_BREAKS)
        valued = {stretch_of[match.start] for match in analysis.matches if match.types & {SIGN_TYPE, PLACE_TYPE}}

        def of_something_else(date_said: Match) -> bool:
            here = stretch_of[date_said.start]
            before = [token for at, token in enumerate(analysis.tokens[: date_said.start]) if stretch_of[at] == here]
            words = [token.word for token in before]
            stretch = [token for at, token in enumerate(analysis.tokens) if stretch_of[at] == here]
            # ("I about had a heart attack Sunday watchin' the Packers choke", "I went blue in the face shoutin' at
            # the Albion on Saturday": a sign's word read as a figure of speech, with someone it happened to.)
            # (Only as an aside after the twitch is told: "ooh my heart stopped on the last number Tuesday ...,
            # I've got this twitching in both my legs" may date it.)
            told_before = any(PLACE_TYPE in match.types and stretch_of[match.start] < here
                              for match in analysis.matches)
            idiom = told_before and bool({token.word for token in stretch} & _WORDS_OF_A_SIGN_IN_AN_IDIOM) and bool(
                {token.word for token in stretch} & _SOMEONES)
            if here in valued or not idiom and "when" not in words[_WORDS_BEFORE_A_WHEN_OF_ITS_OWN:]:
                return False
            return not any(token.lemma in TWITCH_LEMMAS or token.word in _POINTING_AT_A_START for token in stretch)
        if not all(of_something_else(match) for match in dates):
            return resolution
        return replace(resolution, slots={name: values for name, values in resolution.slots.items()
                                          if name not in names})

    def _without_a_time_of_something_else(
        self, resolution: Resolution, analysis: _Analysis, pending_question: str | None
    ) -> Resolution:
        """"Nah, I mean I crashed out yesterday when I lost my Fortnite game", a no to the safety check: a time told
        only of something else, with no twitch, place or sign said, does not date the twitch (round 195 had taken
        "yesterday" as its start and never asked when it began). "No, but it's been at it since the spring" points
        to the twitch and keeps its time."""
        if pending_question not in SCREEN_QUESTIONS or "no" not in resolution.slot_ids().get("answer", []) or any(
                match.types & {SIGN_TYPE, PLACE_TYPE} for match in analysis.matches) or any_twitching(analysis.tokens):
            return resolution
        times = [match for match in analysis.matches if match.types & {DURATION_TYPE, DATE_TYPE}]
        if not times or not all(_about_something_else(analysis.tokens, match) for match in times):
            return resolution
        if any(_seconds(value) < 24 * 3600 for value in resolution.slots.get("duration", [])):
            return resolution  # ("No, one minute he was talking and the next he couldn't": how fast, not when)
        names = {slot.name for slot_type, slot in self._slot_for_type.get(resolution.intent, {}).items()
                 if slot_type in (DURATION_TYPE, DATE_TYPE)}
        if not names & resolution.slots.keys():
            return resolution
        return replace(resolution, slots={name: values for name, values in resolution.slots.items()
                                          if name not in names})

    def _as_description(self, resolution: Resolution) -> Resolution:
        """`resolution` as a description of symptoms: the slots that intent holds."""
        declared = self._slot_names(_DESCRIBE_INTENT)
        return Resolution(_DESCRIBE_INTENT, {name: values for name, values in resolution.slots.items()
                                             if name in declared}, resolution.confidence, resolution.text)

    def _as_description_with_its_pace(self, resolution: Resolution, analysis: _Analysis) -> Resolution:
        """`resolution` as a description of symptoms, with the one pace said (not negated), if any."""
        described = self._as_description(resolution)
        paces = _paces_said(analysis)
        if len(paces) != 1 or "pace" not in self._slot_names(_DESCRIBE_INTENT):
            return described
        return self._with_value(described, "pace", PACE_TYPE, next(iter(paces)))

    def _with_gradual_pace_said(self, resolution: Resolution, analysis: _Analysis) -> Resolution:
        """A sign read from a sample with no place for how it came on ("my hand is getting weaker bit by bit" as "my
        {bodyPart} is getting {symptom}") keeps "bit by bit" beside it, when that is the only pace said (any word of
        sudden, or none, and this leaves it as it was)."""
        signs = {(SIGN_TYPE, value.id) for value in resolution.slots.get("symptom", [])}
        if _paces_said(analysis) != {"gradual"} or "pace" in resolution.slots or len(signs) != 1 or not (
                signs & self._sudden_signs) or "pace" not in self._slot_names(resolution.intent):
            return resolution
        # Only of one sign, with no word of today or of how it is now ("... bit by bit and now it's dead" is sudden;
        # "not sudden" is none).
        words = list(normal_words(resolution.text))
        if any(word in NOW_WORDS | _TIMES_OF_DAY | _SAID_OF_TODAY | {"dead"} and not set(words[max(0, at - 2) : at]) & (
                _NEGATORS) for at, word in enumerate(words)):
            return resolution
        return self._with_value(resolution, "pace", PACE_TYPE, "gradual")

    def _with_sites_inside_signs(self, resolution: Resolution, analysis: _Analysis) -> Resolution:
        """"I've got tingles in my little finger": a sign read from its words whole (a cue) holds where it is felt,
        which Alexa would fill in the description's place slot too. Only for a description of a symptom, where a
        place is where the symptom is felt, never a second place that twitches."""
        slot = self._slot_for_type.get(resolution.intent, {}).get(PLACE_TYPE)
        if resolution.intent != _DESCRIBE_INTENT or slot is None or slot.name in resolution.slots:
            return resolution
        sites = [
            _resolved(place.values[0], analysis.tokens[match.start : match.end], place)
            for match in analysis.matches if SIGN_TYPE in match.types
            for place in self._places_inside(match, analysis.tokens)
        ]
        if not sites or "symptom" not in resolution.slots:
            return resolution
        return replace(resolution, slots={**resolution.slots, slot.name: distinct(sites)})

    def _with_first_answer(self, resolution: Resolution, analysis: _Analysis, pending: str | None) -> Resolution:
        """"No pain, just the worry" to "any chest pain?": the "no" that opens it answers the safety question, though
        it also denies the pain (it had gone, and the question was asked again until it counted as unsure)."""
        if pending not in _SCREENS or analysis.answer not in (_YES_INTENT, _NO_INTENT):
            return resolution
        slot = self._slot_for_type.get(resolution.intent, {}).get(_ANSWER_TYPE)
        if slot is None or slot.name in resolution.slots:
            return resolution
        answer_id = "yes" if analysis.answer == _YES_INTENT else "no"
        value = self._model_value(_ANSWER_TYPE, answer_id)
        if value is None:
            return resolution
        first = analysis.tokens[0].word
        return replace(resolution, slots={slot.name: [ResolvedSlot(first, value.id, value.name)], **resolution.slots})

    def _as_description_unless_asked(self, resolution: Resolution, analysis: _Analysis) -> Resolution:
        """A sign said as a statement is a description, not a question about what the word means: "no... well, my
        left hand went dead an hour ago, thought i'd trapped a nerve" had been "what does weakness mean?" (every
        sample of that intent opens with a question), so the safety check was explained and asked again, in a
        loop."""
        words = [token.word for token in analysis.tokens if token.word != ","]
        # A statement about someone, or an answer that opens with its no and tells what else ("no, apart from being
        # a nervous wreck": round 81), with no word of asking anywhere ("weakness means what?" is a question).
        answered = words[:1] in (["no"], ["nah"], ["nope"], ["yes"], ["yeah"]) or bool({"apart", "except"} & set(words))
        # Nor a statement with no question mark, every sample of the intent having a word of asking ("had a monster
        # before work", "drinking a few beers and two coffees" had been "what's a monster?").
        stated = "?" not in resolution.text and words[:1] not in (
            ["is"], ["are"], ["does"], ["do"], ["can"], ["could"], ["should"], ["would"], ["was"], ["wot's"], ["wots"])
        if resolution.intent != _EXPLAIN_INTENT or not (set(words) & _SOMEONES or answered or stated) or set(
                words) & _ASKING_WORDS:
            return resolution
        values = self._all_values(analysis)
        said = {slot_type for _, slot_type in values}
        intent = _DESCRIBE_INTENT if SIGN_TYPE in said else _TRIGGER_INTENT if _TRIGGER_TYPE in said else None
        if intent is None or intent not in self.model.intents:
            return resolution
        return Resolution(intent, self._slots(intent, values, analysis), resolution.confidence, resolution.text)

    def _with_person(self, resolution: Resolution, analysis: _Analysis) -> Resolution:
        """Whose twitch it is, when the sample nearest the rest had no place for it ("my lad's shoulder twitched
        on and off all last month", "the gentleman i look after, his hand's been twitching"): the questions and
        the advice then speak of them. (A sample said word for word is left as its author wrote it.)"""
        slot = self._slot_for_type.get(resolution.intent, {}).get(PERSON_TYPE)
        if resolution.intent != _REPORT_INTENT or slot is None or slot.name in resolution.slots:
            return resolution
        # Only an owner of the twitching place ("his hand", "my lad's shoulder"): a "she" elsewhere may be anyone.
        places = {match.start for match in analysis.matches if PLACE_TYPE in match.types}
        people = [(match, PERSON_TYPE) for index, match in enumerate(analysis.matches)
                  if match.types == {PERSON_TYPE} and index not in analysis.negated
                  and places & {match.end, match.end + 1}]
        if not people:
            return resolution
        slots = {**resolution.slots, **self._slots(resolution.intent, people, analysis)}
        return replace(resolution, slots=slots)

    def _as_answer_of_its_kind(
        self, resolution: Resolution, analysis: _Analysis, pending_question: str | None
    ) -> Resolution:
        """Not understood, yet it names values of the kind the question asks for and nothing another intent would
        need ("i had two red bulls before my shift" to "any caffeine or stress lately?"): the answer, not lost for
        a word no sample uses."""
        kinds = [kind for question in questions_of(pending_question) for kind in _ANSWER_KINDS.get(question, ())]
        # ("Yeah, definitely, so April" to "when did it start?": a bare yes or no to a question that asks none is
        # only a hedge.)
        hedged = resolution.intent in (_YES_INTENT, _NO_INTENT) and not resolution.slots and (
            pending_question not in YES_NO_QUESTIONS)
        # ("It started in August and it comes and goes" to "when did it start?": how often it comes is no answer
        # to when, and taken for one the question was asked again and again. Only with a start said: "flared up
        # yesterday" is the last time it came, review A59.)
        how_often_instead = resolution.intent == _FREQUENCY_INTENT and pending_question == "onset" and (
            _one_start_said(resolution.text))
        if resolution.intent != FALLBACK_INTENT and not hedged and not how_often_instead or not kinds or (
            analysis.third_party
        ):
            return resolution
        values = self._all_values(analysis)
        for intent, slot_type in kinds:
            declared = self._slot_for_type.get(intent, {})
            # (How often the thing named happens is part of naming it: "schnapps every night after".)
            told = [(match, said_type) for match, said_type in values
                    if said_type in declared or said_type != "FREQUENCY" or slot_type == "FREQUENCY"]
            # (Nor the "morning" of a day told for the start: "it started the night the fire alarm went off at three
            # in the morning, so friday gone", round 165; a sign's pace is no answer of this kind either way.)
            if slot_type in (DATE_TYPE, DURATION_TYPE) and PACE_TYPE not in declared:
                told = [(match, said_type) for match, said_type in told if said_type != PACE_TYPE]
            if how_often_instead and any(
                    _a_weekday_of_another_week(analysis.tokens, match) or not _said_as_the_start(analysis.tokens, match)
                    for match, said_type in told if said_type in (DATE_TYPE, DURATION_TYPE)):
                return resolution  # ("... came back on the thursday of that week, and it's been at me every day")
            if any(said_type == slot_type for _, said_type in told) and all(
                said_type in declared for _, said_type in told
            ):
                return Resolution(intent, self._slots(intent, told, analysis),
                                  _ANSWER_OF_ITS_KIND_CONFIDENCE, resolution.text)
        return resolution

    def _as_a_trigger_told(self, resolution: Resolution, analysis: _Analysis) -> Resolution:
        """Not understood, yet all it names is what may have set the twitch off, with the when and how much of it
        ("I had two energy drinks before my shift", "a couple of coffees this morning before work" to the safety
        check or as the first words): the trigger is noted and the question asked again, instead of the whole
        answer lost to "sorry?". The times are the drink's, not the twitch's, so only the trigger is kept."""
        if resolution.intent != FALLBACK_INTENT or analysis.third_party or _TRIGGER_INTENT not in self.model.intents:
            return resolution
        values = self._all_values(analysis)
        triggers = [(match, said_type) for match, said_type in values if said_type == _TRIGGER_TYPE]
        if not triggers or any(said_type not in _BESIDE_A_TRIGGER_TOLD for _, said_type in values):
            return resolution
        # Only one told as had, or counted ("autocorrect made me sound drunk", "remind me to take my pills" are not).
        before = {token.word for match, _ in triggers
                  for token in analysis.tokens[max(0, match.start - _DRINK_NAMED_WITHIN) : match.start]}
        if not before & _HAD_OR_COUNTED:
            return resolution
        return Resolution(_TRIGGER_INTENT, self._slots(_TRIGGER_INTENT, triggers, analysis),
                          _ANSWER_OF_ITS_KIND_CONFIDENCE, resolution.text)

    def _as_twitch_report(self, resolution: Resolution, analysis: _Analysis, pending: str | None,
                          opening: bool = False) -> Resolution:
        """Not understood, yet it names a place and says it twitches ("calf's been twitching since i was humping
        gib board all weekend"): a report of the twitch, whatever else is in it. So too when a clause was
        understood that cannot carry the place ("me eyelid's been twitching all week ... i'm running on empty"),
        and, as the first words, an "i don't know" that was only about when ("my foot keeps twitching, can't tell
        you when it started"). As the answer to "what's going on?" (`opening`), a place and how long or how often
        is enough, in words no sample has ("my right eye lid has been going for 3 days", "my left eye lid sending
        morse code all day"): the twitch it asked about, unless a sign is said with no word of twitching."""
        report = PENDING_HINTS["body_part"][0]
        if report not in self._slot_for_type or analysis.third_party:
            return resolution  # "my dog's leg keeps twitching" is not for this skill
        declared = self._slot_for_type.get(resolution.intent, {})
        drops_the_place = bool(resolution.slots) and PLACE_TYPE not in declared and {
            slot.type for slot in declared.values() if slot.name in resolution.slots
        } <= self._slot_for_type[report].keys()
        # "My calf is twitching but my arm is fine" read as "i'm fine": a yes or no no answer word opened.
        bare_answer = resolution.intent in _ANSWER_WORDS_FIRST.values() and not resolution.slots and (
            analysis.answer is None) or (pending is None and resolution.intent == _DONT_KNOW_INTENT)
        if resolution.intent != FALLBACK_INTENT and not drops_the_place and not bare_answer:
            return resolution
        values = self._all_values(analysis)
        # (Asked where it twitches, places alone are the answer: "the bit where my neck joins my shoulder".)
        places_asked = pending == "body_part" and {slot_type for _, slot_type in values} == {PLACE_TYPE}
        twitching = _twitching_described(analysis.tokens)
        if not twitching and not opening and not places_asked:
            return resolution
        if not any(slot_type == PLACE_TYPE for _, slot_type in values):
            return resolution
        timed = any(slot_type in _TIMES_OF_A_REPORT for _, slot_type in values)
        signed = any(slot_type == SIGN_TYPE for _, slot_type in values)
        if opening and not twitching and (signed or not timed):
            return resolution
        # What was denied on the way is kept too ("..., and before you ask, i ain't on any new medicine").
        denied = [(analysis.matches[index], _denied(sorted(analysis.matches[index].types)[0]))
                  for index in sorted(analysis.negated)]
        return Resolution(report, self._slots(report, values + denied, analysis), _TWITCH_REPORT_CONFIDENCE,
                          resolution.text)

    def _without_guessed_answer(self, resolution: Resolution, analysis: _Analysis) -> Resolution:
        """A yes or no guessed from a few words of a sample while the utterance names other things ("mm, my
        daughter says", "my... the arm, it's, it's") is no answer: it would drop what was said, and a guessed "no"
        to the safety check is the worst mistake there is. Not caught, so the question is asked again."""
        if resolution.intent not in _ANSWER_WORDS_FIRST.values() or any(
            token.word in _POLARITY_WORDS for token in analysis.tokens
        ):
            return resolution
        said = {token.word for token in analysis.tokens}
        if resolution.sample and (set(normal_words(resolution.sample)) & said) - _LIGHT_ANSWER_WORDS:
            return resolution  # a word of its sample that means something ("same eye" to "always the same place?")
        named = [
            match for index, match in enumerate(analysis.matches)
            if index not in analysis.negated and not match.types <= self._leading_types
        ]
        return Resolution(FALLBACK_INTENT, {}, _GUESSED_ANSWER_CONFIDENCE, resolution.text) if named else resolution

    def _with_answer_said_first(self, resolution: Resolution, analysis: _Analysis) -> Resolution:
        """"Yes, I switched from sertraline to mirtazapine": the yes said first, kept where the sample that matched
        the rest had no room for it (and the intent has). (A "no" said first may deny what follows: "no palpitations".)
        """
        said_yes = bool(analysis.tokens) and analysis.tokens[0].word in _PLAIN_YES_WORDS and not any(
            token.word in _NEGATIVE_WORDS for token in analysis.tokens)  # (not "yes... no, sorry, only my inhaler")
        named = {"trigger", "symptom"} & set(resolution.slots)  # (a yes to what it names, not "yes, both eyes now")
        if said_yes and named and "answer" not in resolution.slots and (
                "answer" in self._slot_names(resolution.intent)) and not any(
                token.word == repair.EDIT for token in analysis.tokens):
            return self._with_value(resolution, "answer", _ANSWER_TYPE, "yes")
        return resolution

    def _with_leading_answer(self, resolution: Resolution, analysis: _Analysis) -> Resolution:
        """A yes or no said first is the answer, not a word at the end that sounds like the other one ("no, only
        a bit down about it, otherwise okay"); a change of mind ("no, wait, yes") is an edit and keeps the last."""
        leading, found = analysis.answer, resolution.intent
        if (
            leading is None or found == leading or found not in _ANSWER_WORDS_FIRST.values()
            or any(token.word == repair.EDIT for token in analysis.tokens)
        ):
            return resolution
        return Resolution(leading, {}, resolution.confidence, resolution.text, None)

    def _as_plain_answer(self, resolution: Resolution, analysis: _Analysis, pending: str | None) -> Resolution:
        """A yes that only restates what was asked ("yeah, some weakness" to "any weakness?") is a yes: the
        value adds no new answer. Anything more ("yes, numbness in my fingers") stays what it says."""
        asked = self._asked.get(pending or "")
        if asked is None or analysis.answer != _YES_INTENT or _YES_INTENT not in self.model.intents:
            return resolution
        declared = self._slot_for_type.get(resolution.intent, {})
        slot = declared.get(asked[0])
        # The yes said with it may travel in a slot of its own: it is the same yes.
        leading = {declared[t].name for t in self._leading.get(resolution.intent, ()) if t in declared}
        facts = {name: ids for name, ids in resolution.slot_ids().items() if name not in leading}
        if slot is None or facts != {slot.name: [asked[1]]}:
            return resolution
        # Restating uses the value's own name ("some weakness"); a concrete description ("i keep dropping my keys")
        # is new information and stays a symptom report.
        value = resolution.slots[slot.name][0]
        if value.name is None or not set(normal_words(value.spoken)) <= set(normal_words(value.name)):
            return resolution
        return Resolution(_YES_INTENT, {}, resolution.confidence, resolution.text, resolution.sample)

    def _agrees(self, candidate: Candidate, tokens: list[str], analysis: _Analysis) -> bool:
        """Whether a sample's reading keeps what the analysis found negated in negation slots and what it found
        said in the others ("no weakness" is not {answer} {symptom}; "no, chest pain" is not a denial)."""
        negated: set[str] = set()
        said: set[str] = set()
        for index, match in enumerate(analysis.matches):
            ids = {value.id for value in match.values if value.id}
            (negated if index in analysis.negated else said).update(ids)
        negation_slots = self._negation_slots.get(candidate.template.intent, ())
        taken_away = self._taken_away(analysis)
        for name, values in self._templates.resolution(candidate, tokens, "").slots.items():
            for value in values:
                if value.id is None:
                    continue
                if name in negation_slots and value.id in said - negated:
                    return False
                if name not in negation_slots and value.id in (negated - said) | taken_away:
                    return False
        return True

    def _taken_away(self, analysis: _Analysis) -> frozenset[str]:
        """The urgent signs the analysis did not find (a thing's, an animal's, a lookalike's words): a sample's slot
        does not put them back ("my phone had a fit" is not "my {bodyPart} had a {symptom}")."""
        return self._urgent_signs - {value.id for match in analysis.matches for value in match.values}

    def _splits_a_value(self, candidate: Candidate, analysis: _Analysis) -> bool:
        """Whether a sample's slots cut a longer value in pieces ("my {bodyPart} feels {symptom}" reading
        "my chest feels tight" as chest + tight, where "chest feels tight" is one value): fewer values found
        anywhere (longest match first) than the sample's slots hold."""
        leading = self._leading.get(candidate.template.intent, frozenset())
        in_slots = sum(
            len(span.items) for ref, span, _ in candidate.parse.slots
            if ref.kind.has_values and ref.slot.type not in leading  # a yes first is never part of a value
        )
        if in_slots < 2:
            return False
        # Denied values count too: a sample's negation slot holds them ("no {deniedSymptom} but {symptom}"); and
        # the places inside a sign that is no emergency ("i've got {symptom} in my {bodyPart}" for "tingles in
        # my little finger", one cue): the sample keeps the sign whole and says where it is felt.
        found = sum(1 for match in analysis.matches if not match.types & BUILT_IN_TYPES) + sum(
            len(self._places_inside(match, analysis.tokens)) for match in analysis.matches if SIGN_TYPE in match.types)
        return found < in_slots

    def _places_inside(self, sign: Match, sequence: list[Token]) -> list[Match]:
        """The places named inside a sign read from several words ("tingles in my little finger"), as matches within
        its span; none for an emergency sign or one whose name holds its place ("pain in the chest" is chest pain,
        "my eyelid is drooping" a drooping eyelid)."""
        if sign.end - sign.start < 2 or self._is_emergency(sign):
            return []
        ids = {value.id for value in sign.values}
        inside = sequence[sign.start : sign.end]
        return [place for place in self._gazetteer.find_of_type(inside, PLACE_TYPE)
                if not any(place.values[0].id in sign_id for sign_id in ids)
                and not (place.start > 0 and inside[place.start - 1].lemma in _MOVED_BACK)]

    def _with_unknown_values(
        self, tokens: list[str], analysis: _Analysis, hints: tuple[str, ...], text: str
    ) -> Resolution | None:
        """A sample with words no slot value matches in one slot (Alexa's ER_SUCCESS_NO_MATCH).

        Not when the utterance is about someone else ("my cat keeps twitching her tail").
        """
        if analysis.third_party:
            return None
        found = self._templates.with_unknown_values(tokens, hints, self._plausible_unknown_values)
        if found is None:
            return None
        resolution = self._templates.resolution(found, tokens, text)
        taken_away = self._taken_away(analysis)
        if any(value.id in taken_away for values in resolution.slots.values() for value in values):
            return None
        return resolution

    def _plausible_unknown_values(self, unknown: list[list[str]]) -> bool:
        """At most one value that matches nothing, with a word no sample uses ("scalp", not "yeah" or "a"),
        and no value inside it."""
        return len(unknown) <= 1 and all(
            any(lemma(part) not in self._classifier.vocabulary for word in words for part in expand(word))
            and not self._gazetteer.find(word_tokens(words)) and words[0] not in _OPENING_A_CLAUSE
            for words in unknown
        )

    # -- the fuzzy pass ---------------------------------------------------------------------------

    def _analyse(self, text: str, catch_all: Value | None = None, catch_alone: bool = True) -> _Analysis:
        canonical_words = normal_words(text, drop_fillers=False)
        sequence = repair.mark_edits(word_tokens(canonical_words))
        sequence = repair.drop_fillers(sequence)
        while sequence and sequence[0].word in _DISCOURSE_MARKERS and any(t.word != "," for t in sequence[1:]):
            sequence = repair.tidy(sequence[1:])  # "okay, quit": a discourse marker before more words is no "yes"
        sequence = _without_edge_hedges(sequence)
        sequence = repair.with_shared_out_said_twice(
            repair.collapse_repeats(repair.drop_fragments(sequence, self._is_known)))
        # An editing term first, or right after a yes or no ("no, sorry, it's my shoulder"): nothing before it in
        # this utterance to repair, so it corrects an earlier turn. Where it stood is kept for the classifier.
        edit_at = next((i for i in (0, 1) if len(sequence) > i + 1 and sequence[i].word == repair.EDIT), None)
        if edit_at == 1 and sequence[0].word not in _ANSWER_WORDS_FIRST:
            edit_at = None
        corrects_earlier = edit_at is not None
        today = self._today()
        matches = self._gazetteer.find(sequence, today)
        for _ in range(4):  # one restart at a time, left to right
            # A yes or a "not" is no value a restart corrects: "my knee, sorry not knee, my thigh".
            anchors = [match for match in matches if not match.types <= self._leading_types]
            repaired = repair.apply_repair(sequence, anchors)
            if repaired is None:
                break
            sequence = repair.collapse_repeats(repair.tidy(repaired))
            matches = self._gazetteer.find(sequence, today)
        if any(SIGN_TYPE in match.types for match in matches):
            # A year beside a sign could date the sign or something long before it ("he had a fit in 2019 and he's
            # just had one now"): no year is read there, so a sign is never taken for history by one. (Reading it as
            # history where nothing of now was said was tried in round 61 and withdrawn: safety review A lost 199
            # of 612 emergencies told in run-on speech, "my dad had a stroke in 2015 his face has gone droopy".)
            # (But a sign then said to be over since, with nothing of now, is history, and goes: "he had his little
            # stroke back in 2015 and he's been fine since", round 139.)
            if _one_sign_over_since_a_year(sequence, matches):
                matches = [match for match in matches if SIGN_TYPE not in match.types]
            matches = [match for match in matches if not any(_a_year(value.iso or "") for value in match.values)]
        sources = list(dict.fromkeys(token.source for token in sequence))
        canonical = normalize(" ".join(canonical_words[source] for source in sources))
        if edit_at is not None and len(sequence) > edit_at and sequence[edit_at].word != repair.EDIT:
            # The classifier sees the editing term where it stood, as the samples of a correction have it.
            sequence = [*sequence[:edit_at], Token(repair.EDIT, repair.EDIT, sequence[edit_at].source),
                        *sequence[edit_at:]]
            matches = [
                replace(match, start=match.start + 1, end=match.end + 1) if match.start >= edit_at else match
                for match in matches
            ]
        if catch_all is not None:
            matches = self._with_catch_all(sequence, matches, catch_all, catch_alone)
        matches = self._with_leading_values_first(sequence, _narrowed(sequence, _without_locators(sequence, matches)))
        matches = without_figures_of_speech(sequence, _without_times_since_a_death(sequence, _without_habits(
            sequence, _without_drinking_of_another_drink(sequence, matches))))
        matches = _without_symptom_sites(sequence, _without_places_of_other_doings(
            sequence, _without_places_compared_with(sequence, matches)))
        matches = _without_weekdays_naming_a_thing(sequence, _without_hours_of_sleep(
            sequence, _with_whole_weeks_only_of_the_twitch(sequence, _without_lengths_of_things(
                sequence, _with_lengths_said_as_over(sequence, _without_years_known(sequence, matches))))))
        matches = without_tellers(sequence, without_others_signs(sequence, matches, canonical_words))
        matches = _without_a_baseline_unchanged(sequence, _with_signs_there_since_long_ago(
            sequence, without_signs_supposed(sequence, without_signs_in_jest(sequence, matches)), today), today)
        matches = self._without_history_beside_a_recent_sign(sequence, _without_times_said_before(sequence, matches),
                                                             today)
        matches = self._without_an_old_time_of_something_else(sequence, self._without_history_before_a_new_sign(
            sequence, matches))
        named = matches  # a person only mentioned is still a person the model knows, not a stranger's "'s"
        owners = self._unknown_owners(sequence, named, canonical_words)  # (read once: names said bare, third parties)
        matches = _with_names_said_bare(sequence, _with_a_faint_of_seconds(sequence, matches), owners,
                                        canonical_words)
        matches = _without_trips_on_things(sequence, _without_trips_away(sequence, _without_effects_of_a_procedure(
            sequence, matches, canonical_words)))
        matches = _without_signs_only_of_others(sequence, matches)
        matches = _without_teams_that_lost(sequence, matches)
        matches = _without_things_that_collapsed(sequence, _without_dozing_off(sequence, _without_a_person_asleep(
            sequence, _without_blackouts_of_the_power(sequence, matches))))
        matches = _without_idioms_of_memory_and_temper(sequence, matches)
        matches = _without_times_of_signs_set_aside(sequence, matches, _without_a_limb_lain_on(sequence, matches))
        matches = _without_times_of_an_illness(sequence, _without_times_of_a_partner_away(sequence, matches))
        matches = _without_runs_and_trains_of_other_things(sequence, _without_sleep_told_like_a_faint(
            sequence, matches))
        for without_lookalikes in (_without_numb_inside, _without_things_handed_out, _without_idioms_of_the_table,
                                   _without_idioms_of_a_night_out, _without_a_slip_got_up_from,
                                   _without_fits_of_temper, _without_idioms_of_weather_and_travel,
                                   _without_ice_and_speed_of_the_road, _without_all_over_the_place_of_other_doings,
                                   _without_old_complaints, _without_places_that_are_no_parts,
                                   _without_times_of_an_earlier_bout, _without_asking_on_someones_behalf,
                                   _without_idioms_of_exams, _without_thirst_of_a_drink_named,
                                   _without_a_water_pill_unnamed, _without_a_seat_sat_numb,
                                   _without_signs_of_the_late):
            matches = without_lookalikes(sequence, matches)
        matches = _with_twitching_places_sure(sequence, _without_bystanders(sequence, _without_coming_back(
            sequence, matches)))
        answer = _ANSWER_WORDS_FIRST.get(sequence[0].word) if sequence else None
        if (changed := _changed_mind(sequence, matches)) is not None:
            answer, matches = changed
        negated: set[int] = set()
        # A "no" inside how a thing came on ("with no warning yesterday") denies nothing after it (matches do not
        # overlap, so a pace's own words are only its own).
        in_paces = {at for match in matches if PACE_TYPE in match.types for at in range(match.start, match.end)}
        # Nor does the "not" of what a part cannot do ("my hand can't grip since lunch"): it is the sign's own.
        spoken_for = in_paces | {at for match in matches if SIGN_TYPE in match.types
                                 for at in _inabilities_in(sequence, match)}
        # Nor the "not" of a value that is its own denial, "not pregnant" ("no and i'm not pregnant my chest is tight
        # though": review B46b, the chest had been denied by the pregnancy's "not").
        spoken_for |= {match.start for match in matches if sequence[match.start].word in _NEGATORS
                       and any((value.id or "").startswith("not_") for value in match.values)}
        for index, match in enumerate(matches):
            inside_others = spoken_for - set(range(match.start, match.end))
            # (A value that is its own "not" is no denied one: "no meds not pregnant".)
            own_not = sequence[match.start].word in _NEGATORS and SIGN_TYPE not in match.types
            urgent = any((value.slot_type, value.id) in self._signs_said_after_a_no for value in match.values)
            if not own_not and (_negated(sequence, match, self._is_emergency(match), inside_others, urgent,
                                         self._owned_parts, canonical_words) or (
                index - 1 in negated and _coordinated(sequence, matches[index - 1], match)
                and not (SIGN_TYPE in match.types and _just_said_between(
                    sequence, matches[index - 1].end - 1, match.start, canonical_words))
            )):
                negated.add(index)
        if answer == _NO_INTENT:
            negated |= self._told_as_a_story(sequence, matches, negated)
        negated |= _places_said_fine(sequence, matches) | _places_of_denied_signs(sequence, matches, negated)
        if "literally" in canonical_words:
            negated |= {index for index, match in enumerate(matches) if _taken_back_as_a_figure(sequence, match)}
        # "The thinner one, I was looking at the wrong arm, ... not thinner at all": said, then denied, the last
        # word stands (never for a sign that may be an emergency, where a doubt must not hide it).
        negated |= {index for index, match in enumerate(matches) if index not in negated
                    and match.types == {SIGN_TYPE} and not self._is_emergency(match)
                    and not any((value.slot_type, value.id) in self._sudden_signs for value in match.values) and any(
                        later in negated and matches[later].values == match.values
                        and _taken_back(sequence, matches[later])
                        for later in range(index + 1, len(matches)))}
        if dropped := _the_twitchs_times_beside_a_sign(sequence, matches, negated, self._urgent_signs):
            kept = [index for index in range(len(matches)) if index not in dropped]
            negated = {kept.index(index) for index in negated if index in kept}
            matches = [matches[index] for index in kept]
        return _Analysis(sequence, matches, negated, canonical,
                         self._third_party(sequence, named, owners, canonical_words), answer, corrects_earlier)

    def _told_as_a_story(self, sequence: list[Token], matches: list[Match], negated: set[int]) -> set[int]:
        """After a first "no", signs named and then denied as a group ("no, my late mother collapsed from a stroke,
        but i have nothing like that") were a story: they are denied too. Not when anything says it is happening
        now (sudden, a date, a short time ago): then the signs stand, as when unsure."""
        cues = self._gazetteer.cues
        signs = [index for index, match in enumerate(matches) if index not in negated and SIGN_TYPE in match.types]
        if cues is None or not signs:
            return set()
        if any(match.types & {DATE_TYPE} or recent(match) for match in matches):
            return set()
        long_ago = any(match.types & {DURATION_TYPE} for match in matches) or bool(
            {token.word for token in sequence} & {"ago", "years", "once", "used"})
        if not long_ago and _said_whose(sequence, matches, signs[0]):
            return set()  # "no, it's my husband who collapsed, not me": he did, and nothing says it is over
        lemmas = [token.lemma for token in sequence]
        return set(signs) if cues.closes_with_denial(lemmas, matches[signs[-1]].end) else set()

    def _with_leading_values_first(self, sequence: list[Token], matches: list[Match]) -> list[Match]:
        """Matches without a lone negator first, as a value of a leading slot type, that negates the value right
        after it: "no weakness" denies weakness; "no, but my arm went dead" still answers no."""
        if not matches or matches[0].start != 0 or not matches[0].types <= self._leading_types:
            return matches
        first, following = matches[0], matches[1] if len(matches) > 1 else None
        if (
            first.end == 1
            and sequence[0].word in _NEGATORS
            and following is not None
            and following.start - first.end < _NEGATION_REACH
            and not {token.word for token in sequence[first.end : following.start]} & CLAUSE_BREAKS
        ):
            return matches[1:]
        return matches

    def _with_catch_all(self, sequence: list[Token], matches: list[Match], value: Value,
                        alone: bool = True) -> list[Match]:
        """`matches` and, as `value`, the one short run of words no sample or value knows ("i'm on sertraline"),
        when it stands where a sample has a value of its type (after "on", "started", "take"...) or, if `alone`,
        is all that was said, and nothing else said is unknown ("play some jazz" names no medicine). Words that
        set one thing against another are no name ("no, apart from a headache")."""
        taken = {position for match in matches for position in range(match.start, match.end)}
        unknown = [
            position
            for position, token in enumerate(sequence)
            if position not in taken
            and token.word.isalpha()
            and token.word not in STOPWORDS
            and token.word not in THIRD_PERSON
            and token.word not in _CONTRASTS
            and token.word not in _ON_SOMETHING_ELSE
            and token.word not in _FINE  # "no, he's grand"
            and token.lemma not in self._known_lemmas
        ]
        if not unknown or unknown[-1] - unknown[0] + 1 != len(unknown) or len(unknown) > _MAX_CATCH_ALL_WORDS:
            return matches
        if not alone and any(SIGN_TYPE in match.types for match in matches):
            return matches  # "i've had a dull headache" to a group asking about symptoms too: "dull" is the headache's
        start, end = unknown[0], unknown[-1] + 1
        if end < len(sequence) and sequence[end].word.isalpha() and sequence[end].word not in STOPWORDS and not any(
                match.start <= end < match.end and value.slot_type in match.types for match in matches):
            return matches  # a word that describes the next ("the croaky voice", "a gurgly tummy"), not a name
        before = [token for token in sequence[:start] if token.word != ","]
        leads = self._leads.get(_placeholder(value.slot_type), frozenset())
        if before and before[-1].lemma not in leads and not (
            alone and len(before) == 1 and before[0].word in _ANSWER_WORDS_FIRST  # "yes, sertraline"
        ) or not before and not alone:
            return matches
        run = Match(start, end, 1, (value,))
        return sorted([*matches, run], key=lambda match: match.start)

    def _unknown_owners(self, sequence: list[Token], matches: list[Match], said: Sequence[str] = ()) -> list[int]:
        """Where a noun the model does not know owns, with its "'s", what twitches ("my cat's tail keeps
        twitching", "madam's eyelid is fluttering"): the owners' positions."""
        in_values = {position for match in matches for position in range(match.start, match.end)}
        in_triggers = {position for match in matches if match.types == {_TRIGGER_TYPE}
                       for position in range(match.start, match.end)}
        people = {match.end - 1 for match in matches if match.types == {PERSON_TYPE}}
        owners = []
        for position, token in enumerate(sequence):
            if token.word != "'s" or not 0 < position < len(sequence) - 1:
                continue
            owner, owned = sequence[position - 1], sequence[position + 1]
            # A name after a person the model knows is that person ("mr doyle's hand", "my son jack's leg"); a
            # thing's "'s" is no one's ("the engine's seized").
            named = position - 2 in people or owner.word in THINGS | _KNACKS | _NO_ONES
            # (A place of the body the model knows is no one: "..., and my elbow's sore", its match taken as
            # where the soreness is felt.)
            # (Nor is a thing in a simile: "a flutter, like a moth's wing".)
            owner_unknown = (
                owner.lemma not in self._classifier.vocabulary and position - 1 not in in_values and not named
                and owner.lemma not in self._body_part_lemmas and not in_a_simile(owner, said)
            )
            # ("My mood's all over the place", "my sleep's getting worse": an "is", nothing owned.)
            # (Not a trigger owned: "since my laaitie's swimming lessons" dates the speaker's own twitch.)
            owned_noun = owned.word not in _IS_AFTER and (position + 1 in in_values - in_triggers or (
                owned.lemma not in self._known_lemmas and owned.word not in STOPWORDS
            ))
            # (Nor a time told by someone unknown: "since my laaitie's matric exams" dates one's own twitch.)
            dating = position >= 3 and sequence[position - 2].word in _POSSESSIVES and (
                sequence[position - 3].word in ("since", "from", "after", "before", "during"))
            # (Only what twitches: "his face dropped a mile when he saw the vet's bill" is no vet's twitch.)
            if owner_unknown and owned_noun and not dating and any_twitching(sequence[position + 1 : position + 6]):
                owners.append(position - 1)
        return owners

    def _third_party(self, sequence: list[Token], matches: list[Match], owners: list[int],
                     said: Sequence[str] = ()) -> int:
        """Words that put the utterance about someone the skill does not know: an unknown noun's "'s" before a
        body part or another unknown word ("my cat's tail", "my neighbour's dog"; not "my lip's been"). People the
        model names ("my mum's hand", "she keeps tripping") are a normal conversation."""
        in_values = {position for match in matches for position in range(match.start, match.end)}
        count = 0
        # "my dog keeps twitching in his sleep": someone the model does not name, spoken of as he or she, who
        # twitches ("her impression of our boss" is no one).
        if any(token.word in THIRD_PERSON for token in sequence):
            count += any(
                token.word in _POSSESSIVES
                and position + 1 not in in_values
                and (owner := sequence[position + 1]).lemma not in self._known_lemmas
                and owner.word not in STOPWORDS
                and owner.word != ","  # "asking for my... his arm": a pause, not someone's name
                and any_twitching(sequence[position + 2 : position + 5])
                for position, token in enumerate(sequence[:-1])
            )
        count += sum(not _someone_unknown(sequence, owner, said) for owner in owners)
        for position, token in enumerate(sequence):
            if token.lemma == HAVE and 1 < position < len(sequence) - 1:
                # "my boyfriend has a twitchy eyelid": an unknown owner has the value ("my scalp has" is no one, nor
                # is a thing: "my laptop had a seizure in the meeting, and ever since my eyelid's been hopping")
                owner = sequence[position - 1]
                owner_unknown = owner.lemma not in self._known_lemmas and position - 1 not in in_values and (
                    owner.word not in THINGS)
                has_value = any(
                    match.start > position and not match.types & BUILT_IN_TYPES for match in matches
                )
                # (Nor an animal's story told in a clause of its own: "our collie had a fit last night, but the top
                # of my right arm keeps flickering" is one's own twitch: round 77.)
                clause_end = next((at for at in range(position, len(sequence)) if sequence[at].word in (",", "but")),
                                  len(sequence))
                animals_story = an_animal(owner, sequence, said) and not any_twitching(sequence[position:clause_end])
                # (Nor anyone's story told in a clause of its own, with no value but a sign, a trigger or a "he":
                # "my boss had a fit when he saw the bill. my left calf has been jumping for a month", round 163.
                # Their sign is read as said, towards caution: whether it is theirs, or a figure of speech, is for
                # the sign rules.)
                sentence_end = next((at for at in range(position, len(sequence)) if sequence[at].word in (
                    ",", ".", "but", "and")), len(sequence))
                others_story = not any(position < match.start < sentence_end and not match.types & {
                    SIGN_TYPE, PERSON_TYPE, _TRIGGER_TYPE} for match in matches) and not any_twitching(
                    sequence[position:sentence_end])
                count += sequence[position - 2].word in _POSSESSIVES and owner_unknown and has_value and not (
                    animals_story or others_story)
        return count

    def _without_history_beside_a_recent_sign(self, sequence: list[Token], matches: list[Match],
                                              today: date) -> list[Match]:
        """"I had a stroke ten years ago and blacked out two days ago", "I fell last year but I had a fit on
        Tuesday": a time long past in one clause and an emergency sign with a time of lately (or said as now) in
        another. Only one time reaches the skill, and the first had been taken for when the sign came on, so the sign
        for history. The clause long past goes, with any sign in it (that is history); the recent sign and its time
        stay. (Not a time long past of the twitch: "twitching three months, and I fainted yesterday" keeps both.)"""
        times = [match for match in matches if match.types & {DURATION_TYPE, DATE_TYPE}]

        def urgent(match: Match) -> bool:  # an emergency now, or when sudden
            return any((value.slot_type, value.id) in self._signs_said_after_a_no for value in match.values)

        words = [token.word for token in sequence]
        if not times or not any(urgent(match) for match in matches) or set(words) & _SETTLED_OR_SEEN:
            # ("My brother fainted two days ago at the football, he's fine now": seen to, settled.)
            return matches
        spans = clause_spans(sequence)

        def clause_of(match: Match) -> tuple[int, int] | None:
            return next((span for span in spans if span[0] <= match.start < span[1]), None)

        def long_past(match: Match) -> bool:
            if match.types == {DURATION_TYPE}:
                return _a_long_past_duration(match)
            days = days_since(match.values[0].iso, today)
            return days is not None and days * 86400 >= HISTORY_AFTER_SECONDS

        signs = [match for match in matches if urgent(match)]
        signs_at = {clause_of(match) for match in signs}

        def of_a_sign(time: Match) -> bool:  # in its clause, or right after it ("he's slurring since an hour ago")
            return clause_of(time) in signs_at or any(0 <= time.start - sign.end <= 4 and not set(
                words[sign.end : time.start]) & (CLAUSE_BREAKS - {"since"}) for sign in signs)

        def when_it_came(time: Match) -> bool:  # not how long one lasted back then ("my face drooped for a few weeks")
            return time.start == 0 or words[time.start - 1] != "for" or _told_as_now(words, clause_of(time))

        # Or said to be happening now in its own words ("the shelf fell on me last year, anyway right now I'm
        # struggling to breathe", review F); not with a time after it, or a state that stayed ("now his memory is a
        # bit muddled, it's been like that for years").
        now_said = any(set(words[max(0, span[0] - 1) : span[1]]) & _HAPPENING_NOW  # ("now" splits clauses)
                       and not any(time.start >= span[0] for time in times) and not _came_of_it(words[span[0] :])
                       for span in signs_at if span is not None)
        recent_sign = now_said or any(not long_past(time) and of_a_sign(time) and when_it_came(time) for time in times)
        old = {clause_of(time) for time in times if long_past(time)} - {None}
        # (Not a twitch's clause, nor one told as going on or likened to now: "he's been having fits for two years",
        # "mum's having a stroke like the one two years ago".)
        old = {span for span in old if not any_twitching(sequence[span[0] : span[1]]) and not _told_as_now(words, span)
               and not {"like", "same", "as"} & set(words[span[0] : span[1]])}
        if not recent_sign or not old or old >= signs_at:
            return matches
        return [match for match in matches if clause_of(match) not in old]

    def _without_history_before_a_new_sign(self, sequence: list[Token], matches: list[Match]) -> list[Match]:
        """"She had a fit ten years ago, she's fitting", "mum had a stroke last year and she's collapsed": an
        emergency sign told with a time long past, then another told as a change now, after both, with no time of its
        own. The one time had made both history; it is the first one's, and the time goes. Narrowed after safety
        review D (227 harmless stories, 40 made emergencies): the later one must be told as happening ("has", "can't",
        "is fitting", "now", "just"), not as a state ("her face is a bit droopy"); and nothing after the old time may
        say it came of it, stayed, is usual or is someone else's ("ever since", "from it", "still", "that's old",
        "her dementia", "seizure free", "my sister has fainting spells too")."""
        signs = [match for match in matches if self._is_emergency(match)]
        long_ago = [match for match in matches if _a_long_past_duration(match)]
        if len(signs) < 2 or not long_ago:
            return matches
        words = [token.word for token in sequence]
        times = [match for match in matches if match.types & {DURATION_TYPE, DATE_TYPE}]
        people = [match for match in matches if match.types == {PERSON_TYPE}]
        dropped = set()
        for time in long_ago:
            first = next((sign for sign in signs if sign.end <= time.start or 0 <= sign.start - time.end <= 3), None)
            if first is None or _came_of_it(words[min(time.end, first.end) :]):
                continue
            before = {value.id for person in people if person.start < time.start for value in person.values}
            if any(person.start >= time.end and {value.id for value in person.values} - before - _SAME_SUBJECT
                   for person in people):
                continue  # "I fainted last year and my sister has fainting spells too"
            later = [sign for sign in signs if sign.start >= max(time.end, first.end)
                     and not any(other.start >= sign.start for other in times)
                     and _told_as_happening(words[max(time.end, first.end) : sign.end + 3])]
            if later:
                dropped.add(id(time))
        return [match for match in matches if id(match) not in dropped]

    def _without_an_old_time_of_something_else(self, sequence: list[Token], matches: list[Match]) -> list[Match]:
        """"His chest is always bad with the dust, he's had that since the eighties, but he did go down in the
        kitchen on Tuesday, out cold": a time long past told before a "but", with no emergency sign nor twitching
        beside it, is of what it was told with (round 133: it had made the faint after the "but" thirty years old)."""
        stretch_of, twitching = _stretches_and_twitching(sequence, {"but"})
        with_signs = {stretch_of[match.start] for match in matches if self._is_emergency(match)}
        dropped = {id(match) for match in matches if _a_long_past_duration(match)
                   and stretch_of[match.start] not in with_signs | twitching
                   and any(later > stretch_of[match.start] for later in with_signs)}
        return [match for match in matches if id(match) not in dropped]

    def _is_emergency(self, match: Match) -> bool:
        return any((value.slot_type, value.id) in self._emergency for value in match.values)

    def _is_known(self, lemma: str) -> bool:
        return lemma in self._known_lemmas

    def _fuzzy(self, analysis: _Analysis, hints: tuple[str, ...], text: str) -> Resolution:
        best: _Choice | None = None
        readings = list(self._readings(analysis))
        for reading in readings:
            choice = self._choose(reading, analysis, hints)
            if choice is not None and (best is None or choice.score > best.score):
                best = choice
        if best is None:
            return Resolution(FALLBACK_INTENT, {}, _FALLBACK_CONFIDENCE, text)
        evidence = best.score + _VALUE_BONUS * min(len(best.values), 3) - self._strangeness(analysis, best.values)
        if evidence < _MIN_EVIDENCE or best.similarity < _MIN_SIMILARITY:
            # A story around the point ("i was sitting at my desk and suddenly my eyelid started jumping"):
            # one clause that is clearly about this skill may carry the utterance, at a stricter bar.
            for span in _clauses(analysis):
                for reading in readings:
                    choice = self._choose(reading, analysis, hints, span)
                    if choice is None:
                        continue
                    clause_evidence = (
                        choice.score
                        + _VALUE_BONUS * min(len(choice.values), 3)
                        - self._strangeness(analysis, choice.values, span)
                        - _CLAUSE_BAR
                    )
                    if clause_evidence > evidence:
                        best, evidence = choice, clause_evidence
        if best.intent == _DESCRIBE_INTENT and (report := self._report_carrying_more(readings, analysis, hints, best)):
            # "Grand so it's my right eyelid, started saturday, ... no numbness, no weakness, not on any tablets": a
            # clause of symptoms carried it, and the twitch report carries that and the rest (when, the medicine).
            best = replace(report, score=best.score, similarity=best.similarity)
        elif best.intent == PENDING_HINTS["onset"][0] and not hints and (
                report := self._report_carrying_place(readings, analysis, hints, best)):
            # "Aye so it's my right bicep, same wee spot every time, and it's been at it since the wild camp ...,
            # Saturday the fourteenth of November", asked nothing: the time's intent had carried the day and lost
            # the place, which was asked for again (round 90).
            best = replace(report, score=best.score, similarity=best.similarity)
        sample = self._sample_texts[best.sample]
        if evidence < _MIN_EVIDENCE or best.similarity < _MIN_SIMILARITY:
            confidence = round(max(_FALLBACK_CONFIDENCE, min(0.45, evidence)), 3)
            return Resolution(FALLBACK_INTENT, {}, confidence, text, sample)
        confidence = round(min(_FUZZY_CEILING, 0.5 + 0.6 * (evidence - _MIN_EVIDENCE)), 3)
        slots = self._slots(best.intent, best.values, analysis)
        return Resolution(best.intent, slots, confidence, text, sample)

    def _readings(self, analysis: _Analysis) -> Iterator[_Reading]:
        """Every way to read the matches: each type of an ambiguous one; a weak one as a value or as words.

        A weak match right before a value of its own type is a sample's word, not a value ("drinking" in
        "i've been drinking a lot of coffee").
        """
        matches = analysis.matches
        options: list[list[str | None]] = []
        for index, match in enumerate(matches):
            if index in analysis.negated:
                # An intent without a slot for it leaves it out (and pays `_DENIED_VALUE_PENALTY` for its type).
                options.append([_denied(slot_type) for slot_type in sorted(match.types)])
                continue
            types: list[str | None] = sorted(match.types)
            if match.weak:
                governs = any(
                    not other.weak and other.types & match.types and 0 <= other.start - match.end <= _GOVERNED_REACH
                    for other in matches[index + 1 :]
                )
                types = [None] if governs else [*types, None]
            elif match.end - match.start == 1 and self._qualifies_next(analysis, index):
                types.append(None)  # "sometimes my arms": a one-word value may only qualify the next one
            elif match.start and match.types & self._leading_types:
                types.append(None)  # "my calf, maybe": an answer word said mid-sentence is usually just a word
            options.append(types)
        for count, combination in enumerate(product(*options)):
            if count >= _MAX_READINGS:
                return
            values = tuple(
                (match, slot_type) for match, slot_type in zip(matches, combination, strict=True) if slot_type
            )
            dropped = frozenset(id(matches[index]) for index in analysis.negated)
            yield _Reading(values, _query_sequence(analysis.tokens, values, matches, dropped), dropped)

    @staticmethod
    def _qualifies_next(analysis: _Analysis, index: int) -> bool:
        """Whether the one-word match at `index` stands right before a value of another type."""
        match = analysis.matches[index]
        following = analysis.matches[index + 1] if index + 1 < len(analysis.matches) else None
        if following is None or following.types & match.types:
            return False
        between = analysis.tokens[match.end : following.start]
        return all(token.lemma in _LIST_GLUE or token.word in ("it", "it's", "'s", "is") for token in between)

    def _report_carrying_more(
        self, readings: list[_Reading], analysis: _Analysis, hints: tuple[str, ...], chosen: _Choice
    ) -> _Choice | None:
        """The twitch report's reading of the utterance, when it passes on a place and a fact `chosen` (with no
        symptom said) would lose: when it started, pregnancy, a medicine or trigger denied."""
        if any(slot_type == SIGN_TYPE for _, slot_type in chosen.values):
            return None  # "my shoulders have gone stiff and achy since sunday": where a symptom is, and its time
        if (report := self._report_with_a_place(readings, analysis, hints)) is None:
            return None
        lost = {slot_type for _, slot_type in report.values} - {slot_type for _, slot_type in chosen.values}
        return report if lost & _ONLY_A_REPORT_CARRIES else None

    def _report_carrying_place(
        self, readings: list[_Reading], analysis: _Analysis, hints: tuple[str, ...], chosen: _Choice
    ) -> _Choice | None:
        """The twitch report's reading of the utterance, when it passes on a place `chosen` would lose."""
        if any(match.types == {PLACE_TYPE} for match, _ in chosen.values):
            return None
        return self._report_with_a_place(readings, analysis, hints)

    def _report_with_a_place(
        self, readings: list[_Reading], analysis: _Analysis, hints: tuple[str, ...]
    ) -> _Choice | None:
        """The best twitch report's reading of the utterance, when it carries a place."""
        reports = [choice for reading in readings if (choice := self._choose(reading, analysis, hints,
                                                                             only=_REPORT_INTENT))]
        report = max(reports, key=lambda choice: choice.score, default=None)
        return report if report is not None and any(match.types == {PLACE_TYPE} for match, _ in report.values) else None

    def _choose(
        self, reading: _Reading, analysis: _Analysis, hints: tuple[str, ...], span: tuple[int, int] | None = None,
        only: str | None = None,
    ) -> _Choice | None:
        """The best intent for one reading of the utterance, or of one clause of it (`span`).

        Each intent sees the values of the types it declares as placeholders and every other value as plain
        words, as a sample without that slot would have them. The values it passes on are all those of its
        types in the whole utterance, whichever clause it was recognised in. `only`: that intent alone is scored."""
        groups: dict[tuple[frozenset[str], frozenset[str]], list[str]] = {}
        for intent, declared in self._slot_for_type.items():
            if only not in (None, intent):
                continue
            kept = reading.types & frozenset(declared)
            groups.setdefault((kept, kept & self._leading.get(intent, frozenset())), []).append(intent)
        best: _Choice | None = None
        for (kept, first_only), intents in groups.items():
            values = tuple(
                (match, slot_type)
                for match, slot_type in reading.values
                if slot_type in kept and not (match.start and slot_type in first_only)
            )
            if kept == reading.types and span is None and len(values) == len(reading.values):
                sequence = reading.sequence
            else:
                sequence = _query_sequence(analysis.tokens, values, analysis.matches, reading.dropped, span)
            if not sequence:
                continue
            scores = self._classifier.score(sequence, intents)
            content = self._content.intersection(sequence)
            weak = sum(1 for match, _ in values if match.weak and (span is None or span[0] <= match.start < span[1]))
            # Who it is about or a yes is no fact about a twitch: "call my son" is about nothing the skill knows.
            facts = [value for value in values if _base(value[1]) not in CONTEXT_SLOT_TYPES]
            # Values said that this intent would not pass on (denied ones cost `_DENIED_VALUE_PENALTY` instead).
            unused = sum(1 for match, slot_type in reading.values if not match.weak and not slot_type.startswith("!"))
            unused -= sum(1 for match, slot_type in values if not match.weak and not slot_type.startswith("!"))
            for intent in intents:
                score = scores.get(intent)
                if score is None:
                    continue
                declared = self._slot_for_type[intent].keys()
                denied = sum(
                    1
                    for index in analysis.negated
                    if any(t in declared and t not in kept and _denied(t) not in kept
                           for t in analysis.matches[index].types)
                )
                similarity = score.similarity
                adjusted = (
                    similarity
                    + _hint_bonus(intent, hints)
                    + _ANSWER_BONUS * (intent in hints and intent == analysis.answer)
                    - _WEAK_VALUE_PENALTY * weak
                    - _UNUSED_VALUE_PENALTY * unused  # values said that this intent would not pass on
                    - _DENIED_VALUE_PENALTY * denied  # "i don't take any medication" is not a trigger named
                    # "what time is it" is only like "no that's it" in its little words: about something else
                    - _UNCOVERED_PENALTY
                    * bool(not facts and content and content.isdisjoint(self._sample_content[score.sample]))
                    - _NO_VALUE_PENALTY * (not facts and intent in self._needs_values)
                )
                if best is None or adjusted > best.score:
                    best = _Choice(intent, adjusted, similarity, values, score.sample)
        return best

    def _strangeness(
        self, analysis: _Analysis, values: tuple[tuple[Match, str], ...], span: tuple[int, int] | None = None
    ) -> float:
        """How much of the utterance no sample or slot value explains, as a penalty on its evidence.

        Each content word outside the values that no sample or value uses costs `_UNKNOWN_WORD_PENALTY`;
        little words ("the", "because", "where") say nothing either way. An unknown word first is likely a
        command for something else ("order more coffee", "set a timer") and costs twice; when every content
        word is unknown and there is no value, nothing in the utterance is about this skill.
        """
        start, end = span or (0, len(analysis.tokens))
        values = tuple((match, slot_type) for match, slot_type in values if start <= match.start < end)
        inside = {position for match, _ in values for position in range(match.start, match.end)}
        content = unknown = 0
        for position in range(start, end):
            token = analysis.tokens[position]
            if position in inside or token.lemma == "," or token.word.isdigit():
                continue
            if token.word in _ANSWER_WORDS:  # "no", "why": little words, but what some samples are about
                content += 1
                continue
            if token.word in STOPWORDS or token.lemma in STOPWORDS or token.word in THIRD_PERSON:
                continue
            content += 1
            if token.lemma not in self._known_lemmas:
                unknown += 2 if position == 0 else 1
        # In a long story a few strange words weigh less than in a short command: the share caps the count.
        share = unknown / (content + len(values)) if content else 0.0
        penalty = min(_UNKNOWN_WORD_PENALTY * unknown, _UNKNOWN_SHARE_PENALTY * share)
        penalty += _THIRD_PARTY_PENALTY * analysis.third_party
        if content and not values and unknown >= content:
            penalty += _NOTHING_KNOWN_PENALTY
        return penalty

    def _slots(
        self, intent: str, values: Iterable[tuple[Match, str]], analysis: _Analysis
    ) -> dict[str, list[ResolvedSlot]]:
        sequence = analysis.tokens
        declared = self._slot_for_type.get(intent, {})
        slots: dict[str, list[ResolvedSlot]] = {}
        last: dict[str, Match] = {}  # for a single-value slot, the match it holds
        # With a sign said, a time may be when it came on, or tell it is history ("a stroke twelve years ago"): the
        # first time said is kept, as the rules about history read it.
        by_the_twitch = not any(SIGN_TYPE in match.types for match in analysis.matches)
        for match, slot_type in values:
            slot = declared.get(slot_type)
            if slot is None:
                continue
            value = _resolved(match.value_for(_base(slot_type)), sequence, match)
            if slot.multiple or slot.name not in slots:
                slots.setdefault(slot.name, []).append(value)
                last[slot.name] = match
            elif _corrects(sequence, last[slot.name], match) or (
                by_the_twitch and slot_type == DURATION_TYPE and _said_with_the_twitch(sequence, match)
                and not _said_with_the_twitch(sequence, last[slot.name])
                and (_seconds(value) >= _seconds(slots[slot.name][0])
                     or _about_something_else(sequence, last[slot.name])
                     or _of_a_medicine(sequence, last[slot.name], analysis.matches))
            ) or (
                # "We've been busy since christmas and my eyelid has been twitching since monday": the day said
                # with the twitch, where the first is plainly of something else.
                by_the_twitch and slot_type == DATE_TYPE and _said_with_the_twitch(sequence, match)
                and not _said_with_the_twitch(sequence, last[slot.name])
                and (_about_something_else(sequence, last[slot.name], _POINTING_BACK)
                     or _a_thing_named_that_started(sequence, last[slot.name], analysis.matches)
                     or _a_date_alone_after_something_else(sequence, last[slot.name]))
            ) or (
                # "It started Thanksgiving weekend, our Thanksgiving, the twelfth of October": the same start told
                # again, more exactly, and longer ago (round 125: it had been the American Thanksgiving, a week).
                slot_type == DATE_TYPE and _the_same_day_told_again(sequence, last[slot.name], match) and (
                    days_since(value.value, today := self._today()) or 0) > (
                    days_since(slots[slot.name][0].value, today) or 0)
            ) or (
                # "Me dad rang us last night. he says ... it's been creeping on for a couple of months": the first
                # time only dates the telling (it had made a weakness of two months one of a day, and sudden).
                slot_type in (DURATION_TYPE, DATE_TYPE) and _dates_a_telling(sequence, last[slot.name])
                and not _dates_a_telling(sequence, match)
            ) or (
                # "The nurse spotted it on Tuesday, but it's been doing it since July": the day it was noticed, then
                # how long it has really gone on, longer (it had been two days). Never beside a sign, whose day it
                # may be (safety review A59: "my wife noticed it on tuesday, my face is drooping on one side"), and
                # only a start said of "it" ("we've lived here since 2019", "i've had this stress since may" are not:
                # reviews C59 and D59).
                by_the_twitch and slot_type == DATE_TYPE and _dates_a_noticing(sequence, last[slot.name])
                and not _about_something_else(sequence, match, frozenset({"it"}))
                and "since" in [token.word for token in sequence[max(match.start - 1, 0) : match.start + 1]]
                and (days_since(value.value, today := self._today()) or 0) > (
                    days_since(slots[slot.name][0].value, today) or 0)
            ):
                # A single-value slot holds one value: the first said, unless a later one corrects it
                # ("a month, maybe five weeks actually"), or is a time said with the twitch where the first is not,
                # and no shorter unless the first is plainly of something else ("the leafs choked last night, and my
                # calf's been twitching four days", "last year i had a scare with my back, but this flicker in my
                # eyelid, that only started ten days ago"; not "it started three months ago, it's been twitching
                # more these two days": towards caution).
                slots[slot.name], last[slot.name] = [value], match
        return {name: distinct(found) for name, found in slots.items()}

    # -- safety -----------------------------------------------------------------------------------

    def _with_urgent_values(self, resolution: Resolution, analysis: _Analysis, hints: tuple[str, ...]) -> Resolution:
        """Make sure an urgent value said without a negation reaches the skill, in an intent that carries it."""
        urgent = [(match, slot_type) for match, slot_type in _said_values(analysis, self._kept)
                  if slot_type != _PLACE_PATTERN_TYPE or _twitching_on_both_sides(
                      analysis, match, reported=resolution.intent == _REPORT_INTENT)]
        if not urgent:
            return resolution
        if _heard(urgent) & self._sudden_signs:
            # How a sign came on is as urgent as the sign: "since i got up my arm's a dead weight" is sudden.
            urgent += _said_values(analysis, frozenset({(PACE_TYPE, "sudden")}))
        if _heard(urgent) & (self._emergency | self._sudden_signs) and not _heard(urgent) & {(PACE_TYPE, "sudden")}:
            # An emergency sign "today" is happening now, whatever long time is said beside it ("today he is
            # talking to people who are not there ... I am with him two years" is no story from long ago); a sign
            # that is an emergency when sudden came on today ("i couldn't get my pills down today").
            urgent += _today(analysis, [match for match, slot_type in urgent if slot_type == SIGN_TYPE])
        if _heard(urgent) & self._reaction_signs:
            # So is what set it off: "since my fourth espresso my ticker's doing the fandango" is a stimulant
            # reaction only with the espresso.
            urgent += _said_values(analysis, self._stimulants)
        heard = _heard(urgent)
        declared = self._slot_for_type.get(resolution.intent, {})
        carried = {
            (declared[slot_type].type, value.id)
            for slot_type in {slot_type for _, slot_type in urgent}
            if slot_type in declared
            for value in resolution.slots.get(declared[slot_type].name, [])
        }
        if heard <= carried or self._only_asked_about(resolution, analysis, [match for match, _ in urgent]):
            return resolution
        if resolution.intent != FALLBACK_INTENT and resolution.slots and set(declared) >= {t for _, t in urgent}:
            # The right intent, missing the urgent value: add it to what was understood.
            slots = {name: list(values) for name, values in resolution.slots.items()}
            for match, slot_type in urgent:
                value = _resolved(match.value_for(slot_type), analysis.tokens, match)
                slots[declared[slot_type].name] = distinct([*slots.get(declared[slot_type].name, []), value])
            return Resolution(resolution.intent, slots, resolution.confidence, resolution.text, resolution.sample)
        # Otherwise the intent that best fits the utterance among those that can carry every value said.
        # (with what was read around them: "today" beside a sign is no value of its own, but its sudden pace)
        values = self._all_values(analysis) + [(match, slot_type) for match, slot_type in urgent
                                               if not any(match is found for found in analysis.matches)]
        types = {slot_type for _, slot_type in urgent}
        negated = frozenset(id(analysis.matches[index]) for index in analysis.negated)
        sequence = _query_sequence(analysis.tokens, tuple(values), analysis.matches, negated)
        scores = self._classifier.score(sequence)
        able = [intent for intent, by_type in self._slot_for_type.items() if types <= by_type.keys()]
        if not heard & self._urgent and (asked := [intent for intent in able if intent in hints]):
            # Only a medicine, pesticide or nerve sign to carry: in an answer to the question asked, not a question
            # back ("yeah, the doctor started her on a water tablet" answers "any new medicine?").
            able = asked
        intent = max(able, key=lambda name: (scores[name].similarity if name in scores else 0.0,
                                              _hint_bonus(name, hints), -able.index(name)))  # fmt: skip
        score = scores.get(intent)
        return Resolution(
            intent,
            self._slots(intent, values, analysis),
            max(_URGENT_CONFIDENCE, resolution.confidence if resolution.intent != FALLBACK_INTENT else 0.0),
            resolution.text,
            self._sample_texts[score.sample] if score else None,
        )

    def _only_asked_about(self, resolution: Resolution, analysis: _Analysis, urgent: list[Match]) -> bool:
        """Whether the urgent values are only the topic of a question about the question, in an intent that
        takes no such value ("why are you asking about chest pain"). Conservative: any doubt keeps them."""
        if resolution.intent == FALLBACK_INTENT or self._slot_for_type.get(resolution.intent):
            return False
        sequence = analysis.tokens
        words = [token.word for token in sequence]
        if not any(tuple(words[: len(opening)]) == opening for opening in _WHY_OPENINGS):
            return False
        if any(word in _FIRST_PERSON for word in words):
            return False
        return all(_topic_of_question(sequence, match) for match in urgent)

    def _with_denials_said(self, resolution: Resolution, analysis: _Analysis) -> Resolution:
        """"No, none of that, and the leg is not weak" to the safety check: the no, and the nerve signs said not to be
        there, in the intent that carries both (the no alone had lost them, and they were asked again: round 106).
        The screen's own signs denied are the no itself. Never a trigger denied: any one closes the question of a
        stimulant, and a racing heart told later after energy drinks was no longer asked about (review A47c)."""
        # (Or a medicine denied with them: "no weakness, no numbness or tingling, and I'm not on any new tablets",
        # round 158, had kept only the tablets.)
        medicine_denied = resolution.intent == _TRIGGER_INTENT and "deniedTrigger" in resolution.slots and set(
            resolution.slots) <= {"answer", "deniedTrigger"}
        if not (resolution.intent == _NO_INTENT and not resolution.slots or medicine_denied):
            return resolution
        denied = [(match, _denied(slot_type)) for index in sorted(analysis.negated)
                  for match in (analysis.matches[index],) for slot_type in sorted(match.types)
                  if slot_type == SIGN_TYPE and {value.id for value in match.values} <= _NERVE_SIGNS]
        if not denied:
            return resolution
        # With what else was said beside them ("no, none of that, it's just my right thigh, not weak, and it's been
        # going about three weeks"), in the first intent that carries it all; else the denials.
        # (Only where and when beside them: a trigger said there was not carried before either, "i stopped caffeine
        # in july" with "no coffee" denied had become caffeine taken, tune58-043.)
        said = [*((match, slot_type) for match, slot_type in self._all_values(analysis)
                  if slot_type in _SAID_WITH_DENIALS), *denied]
        needed = {slot_type for _, slot_type in said}
        carried = {"deniedTrigger": resolution.slots["deniedTrigger"]} if medicine_denied else {}
        intent = next((name for name in (_DESCRIBE_INTENT, _REPORT_INTENT)
                       if needed <= self._slot_for_type.get(name, {}).keys()
                       and set(carried) <= self._slot_names(name)), _REPORT_INTENT if carried else _DESCRIBE_INTENT)
        declared = self._slot_for_type.get(intent, {})
        said = [(match, slot_type) for match, slot_type in said if slot_type in declared]
        if not any(_base(slot_type) != slot_type for _, slot_type in said):
            return resolution
        return Resolution(intent, {**self._slots(intent, said, analysis), **carried}, resolution.confidence,
                          resolution.text, resolution.sample)

    def _all_values(self, analysis: _Analysis) -> list[tuple[Match, str]]:
        """Every match not negated, as a value of its first (or only) type."""
        return [
            (match, sorted(match.types)[0])
            for index, match in enumerate(analysis.matches)
            if index not in analysis.negated
        ]

# -- helpers ----------------------------------------------------------------------------------------


def _signs_told_after_but(analysis: _Analysis) -> list[tuple[Match, str]]:
    """The symptoms said, not denied, after a "but" ("no, but i've had a headache"; not "but nobody's hurt")."""
    words = [token.word for token in analysis.tokens]
    but = next((at for at, word in enumerate(words) if word == "but"), None)
    return [] if but is None else [(match, SIGN_TYPE) for index, match in enumerate(analysis.matches)
                                   if match.types == {SIGN_TYPE} and match.start > but
                                   and index not in analysis.negated and not set(words[but : match.start]) & _NO_ONE]


def _a_long_past_duration(match: Match) -> bool:
    """A length of time the skill reads as history when said with a sign ("ten years ago", "last year")."""
    return match.types == {DURATION_TYPE} and (iso_duration_seconds(match.values[0].iso or "") or 0) >= (
        HISTORY_AFTER_SECONDS)


def _without_places_only_felt(resolution: Resolution, analysis: _Analysis) -> Resolution:
    """"My right thumb's got this little jumpy twitch ... my fingers went numb 'cause it was like ten below, but they
    warmed right up": a place told only for what was felt there, in a stretch with no twitching and no sign heard,
    beside a place told twitching, is no second place that twitches (round 197 had heard twitching in two places, and
    sent a thumb twitch to the doctor)."""
    if resolution.intent != _REPORT_INTENT or len(resolution.slots.get("bodyPart", [])) < 2 or resolution.slots.get(
            "symptom"):
        return resolution
    stretch_of, twitching = _stretches_and_twitching(analysis.tokens, _STRETCH_BREAKS)
    places = [match for match in analysis.matches if match.types == {PLACE_TYPE}]
    if not any(stretch_of[match.start] in twitching for match in places):
        return resolution

    def only_felt(match: Match) -> bool:
        here = stretch_of[match.start]
        # ("My feet are cold and they're twitching too": the next stretch twitches, pointing back to it.)
        after = [(stretch_of[at], token.word) for at, token in enumerate(analysis.tokens)
                 if stretch_of[at] > here and token.word not in _STRETCH_BREAKS]
        following = after[0][0] if after else None
        opening = [word for part, word in after if part == following][:1]
        if following in twitching and (opening in (["they"], ["it"], ["that"], ["these"], ["those"]) or bool(
                opening) and lemma(opening[0]) in TWITCH_LEMMAS):  # ("... are dead tired and jumping all night")
            return False
        return here not in twitching and bool({token.word for at, token in enumerate(analysis.tokens)
                                                if stretch_of[at] == here} & _ONLY_FELT)
    felt = {value.id for match in places if only_felt(match) for value in match.values} - {
        value.id for match in places if stretch_of[match.start] in twitching for value in match.values}
    kept = [value for value in resolution.slots["bodyPart"] if value.id not in felt]
    if not felt or not kept:
        return resolution
    return replace(resolution, slots={**resolution.slots, "bodyPart": kept})


_ONLY_FELT = frozenset({"numb", "dead", "tingling", "tingly", "tingle", "pins", "needles", "jelly", "asleep", "cold",
                        "frozen", "perished", "froze", "warmed", "freezing", "ached", "aching", "sore"})


def _paces_said(analysis: _Analysis) -> set[str]:
    """How the signs came on, as said and not denied ("bit by bit", "all of a sudden")."""
    return {match.values[0].id for index, match in enumerate(analysis.matches)
            if match.types == {PACE_TYPE} and index not in analysis.negated}


def _with_pronoun(resolution: Resolution, analysis: _Analysis) -> Resolution:
    """"My partner's thumb keeps twitching, he's not slept": a he or she said of a person the model names without
    one (a partner, a friend, someone) says which, so the questions can ask "has he...?" and skip what cannot
    apply. (Not for a child: "she" would bring back the pregnancy question; "my kid, he's fifteen" is a son, whom
    the questions call "he", as round 196 expected.)"""
    people = resolution.slots.get("person", [])
    if len(people) != 1 or people[0].id not in _UNGENDERED | {"child"}:
        return resolution
    named = next((i for i, match in enumerate(analysis.matches) if match.types == {PERSON_TYPE}
                  and match.values[0].id == people[0].id), None)
    if named is None:
        return resolution
    pronouns = {match.values[0].id for match in analysis.matches[named + 1:]
                if match.types == {PERSON_TYPE} and match.values[0].id in _PRONOUNS}
    # (Only "my kid, he ...", "my kid Liam, he's fifteen": never "my kid's dad, he ...", "as a kid he used to", or
    # "my kids, he and his sister": safety review C67.)
    kid_match = analysis.matches[named]
    after = [token.word for token in analysis.tokens[kid_match.end : kid_match.end + 3]]
    kid = (people[0].id == "child" and analysis.tokens[kid_match.end - 1].word in _KIDS and kid_match.start > 0
           and analysis.tokens[kid_match.start - 1].word in ("my", "our", "the")
           and (after[:1] == ["he"] or after[:2] == [",", "he"] or after[1:3] == [",", "he"]))
    if len(pronouns) != 1 or people[0].id == "child" and (pronouns != {"he"} or not kid):
        return resolution
    if people[0].id == "child":
        return replace(resolution, slots={**resolution.slots, "person": [replace(people[0], id="son", name="son")]})
    match = next(match for match in analysis.matches[named + 1:] if match.types == {PERSON_TYPE}
                 and match.values[0].id in pronouns)
    return replace(resolution, slots={**resolution.slots,
                                      "person": [_resolved(match.values[0], analysis.tokens, match)]})


def _as_unsure_unless_correcting(resolution: Resolution, analysis: _Analysis) -> Resolution:
    """"Maybe, there's a kind of heaviness in there, i don't rightly know" is not sure, not "that's not right": a
    correction that names nothing, read from a few words, while a plain "i don't know" was said."""
    if resolution.intent != _CORRECTION_INTENT or resolution.slots or analysis.corrects_earlier:
        return resolution
    unsure = any(match.types == {_ANSWER_TYPE} and match.values[0].id == "unsure" and not match.weak
                 for match in analysis.matches)
    return Resolution(_DONT_KNOW_INTENT, {}, resolution.confidence, resolution.text) if unsure else resolution


def _phrases(text: str) -> set[tuple[str, ...]]:
    """The words said, and each pair of them in a row."""
    words = normal_words(text)
    return {(words[i], words[i + 1]) for i in range(len(words) - 1)} | {(word,) for word in words}


def _said_today(text: str) -> bool:
    return bool(_phrases(text) & (_EARLIER_TODAY | {("got", "up"), ("woke", "up"), ("woken", "up")}))


# Words of a time within a day or so (a night, yesterday, just now), which a slow pace said with them never makes a
# start of days ago.
_WITHIN_THE_DAY = frozenset({"minute", "minutes", "hour", "hours", "second", "seconds", "woke", "woken", "waking",
                             "just", "now", "tonight", "morning", "afternoon", "evening", "lunch", "breakfast",
                             "yesterday", "night", "overnight", "bedtime"})


def _slow_over_days(analysis: _Analysis) -> bool:
    """Only a slow pace said, over three days or more, and no time of minutes or hours nor `_WITHIN_THE_DAY`."""
    lengths = [value.iso or "" for match in analysis.matches if DURATION_TYPE in match.types for value in match.values]
    return _paces_said(analysis) == {"gradual"} and any(re.fullmatch(r"P(?:\d+[WMY]|(?:[3-9]|\d\d+)D)", iso)
                                                         for iso in lengths) and not any(
        iso.startswith("PT") for iso in lengths) and not {token.word for token in analysis.tokens} & _WITHIN_THE_DAY


# Words of a time within minutes or of a change, which no old sign "no different today" can carry.
_A_CHANGE_TOLD = re.compile(r"\b(?:ago|min|mins|minute|minutes|second|seconds|instant\w*|quick\w*|earlier|wham|while|"
                            r"at|went|gone|go|goes|dropped|collapsed|fit|fitting|now|then|suddenly|sudden|yes|yeah|"
                            r"\d{1,2}(?::\d\d)?|o'clock|am|pm|half|quarter|straight away|right away|immediately|hit|"
                            r"this is|this one|(?<!no )(?<!not )different)\b")


def _an_old_sign_no_different_today(resolution: Resolution, text: str, today: date | None) -> bool:
    """Whether the answer only tells an old sign as no different today ("the legs have been going downhill slowly
    since about 2012. nothing new today"): nothing else heard as a sign, and no time of minutes, no change, no yes
    (safety review C70: "...no different today, and my face dropped twenty mins ago" stays sudden)."""
    return today is not None and not resolution.slots.get("symptom") and not _A_CHANGE_TOLD.search(
        text.lower()) and _told_as_a_baseline(_words_as_said(text), today)


def _today_only_denied(text: str) -> bool:
    """Whether the only time today said is a "today" denied: "no, not today", Pidgin "no be today", "nothing
    happened today"."""
    words = list(normal_words(text))
    denied = [at for at, word in enumerate(words) if word == "today" and (
        words[at - 1 : at] == ["not"] or words[max(at - 2, 0) : at] in (["no", "be"], ["nothing", "happened"]))]
    return bool(denied) and not _said_today(" ".join(word for at, word in enumerate(words) if at not in denied))


def _stretch_numbers(words: list[str], breaks: Set[str]) -> list[int]:
    """For each word, the number of the stretch of the sentence it is in, stretches parted by `breaks`."""
    numbers, stretch = [], 0
    for word in words:
        stretch += word in breaks
        numbers.append(stretch)
    return numbers


def _twitching_stretches(text: str, breaks: Set[str]) -> tuple[list[str], list[int], set[int]]:
    """The words of `text`, the stretch each is in, and the stretches with a word for twitching."""
    said = word_tokens(normal_words(text))
    return [token.word for token in said], *_stretches_and_twitching(said, breaks)


def _stretches_and_twitching(sequence: Sequence[Token], breaks: Set[str]) -> tuple[list[int], set[int]]:
    """The stretch each token of `sequence` is in (parted by `breaks`), and the stretches with a word for
    twitching."""
    stretch_of = _stretch_numbers([token.word for token in sequence], breaks)
    return stretch_of, {part for token, part in zip(sequence, stretch_of, strict=True) if token.lemma in TWITCH_LEMMAS}


def _stretches_of(value: ResolvedSlot, words: list[str], stretch_of: list[int]) -> set[int]:
    """The stretches of the sentence (as `_twitching_stretches` numbers them) where a value's words are said."""
    return {stretch_of[at] for at in occurrences(words, _spoken_words(value.spoken))}


_TAKING_BACK_PHRASES = frozenset({("no",), ("hold", "on"), ("hang", "on"), ("wait",), ("actually",), ("sorry",),
                                  ("i", "mean"), ("scratch", "that")})


_ONLY_NOTICED = NOTICED - {"pointed"} | {"clocked", "realised", "realized"}  # (one's own noticing)


# What a strength told ends with, right before its doing: "she's still lifting", "i can still carry".
_STILL_ABLE = re.compile(r"\b(?:still|can|could|able to)\s+(?:\w+\s+)?$", re.I)


def _told_as_still_able(text: str, spoken: str) -> bool:
    """Whether the doing `spoken` is said right after "still" or "can" ("she's still lifting her own bags")."""
    said = re.search(rf"\b{re.escape(spoken.split()[0])}\b", text, re.I) if spoken.split() else None
    return said is not None and _STILL_ABLE.search(text[: said.start()]) is not None


def _without_the_day_only_noticed(resolution: Resolution, text: str) -> Resolution:
    """Without the day a twitch was only noticed, beside not knowing when it started: "i honestly dont know when it
    started i only noticed it on the callout on monday night" (round 159: it had been three days, and self-care;
    not knowing when is the advice to watch it)."""
    ids = resolution.slot_ids()
    if ids.get("start") != ["unknown"] or "startDate" not in resolution.slots or not set(
            _words_as_said(text)) & _ONLY_NOTICED:
        return resolution
    return _without_values(resolution, "startDate", resolution.slots["startDate"])


# A sudden realising, in words only realising uses ("it only dawned on me all of a sudden last night", "the only
# sudden thing was me twigging it"; never "noticed" or "spotted", whose suddenness may be the sign's own: safety
# review A), and what tells a sign slow in coming.
_REALISING = frozenset({"dawned", "twigged", "twigging", "clicked"})
_TOLD_SLOW = frozenset({"weeks", "months", "gradually", "slowly", "creeping", "crept"})


def _without_the_suddenness_of_noticing(resolution: Resolution, text: str) -> Resolution:
    """Without a sudden pace, and a time before the sign, that belong to realising a sign told slow in coming: "it
    only dawned on me all of a sudden last night, the left hand's been getting weaker ... for weeks" (round 164 had
    called an ambulance). Only with the slowness said outside the twitch's own clauses, no "yes" first, and every
    "sudden" said close before the realising or in its clause after it."""
    words = _words_as_said(text)
    realised = [at for at, word in enumerate(words) if word in _REALISING]
    pace = [value for value in resolution.slots.get("pace", []) if value.id == "sudden"]
    stretch_of, twitching = _stretches_and_twitching(word_tokens(words), {",", ".", "and", "but"})
    told_slow = any(word in _TOLD_SLOW and stretch_of[at] not in twitching for at, word in enumerate(words))
    # (The sign told now, or asked about: "did the weakness come on suddenly?" "no, no, it's been coming on slow for
    # weeks, the only sudden thing was me twigging it".)
    if not realised or not pace or not told_slow or words[:1] in (["yes"], ["yeah"], ["aye"], ["yep"]) or (
            "symptom" not in resolution.slots and resolution.intent != _PACE_INTENT):
        return resolution

    def of_the_realising(at: int) -> bool:
        return any(noticed - 5 <= at < noticed or noticed < at <= noticed + 10 and not set(
            words[noticed:at]) & {",", ".", "and", "but"} for noticed in realised)

    def said_of_it(value: ResolvedSlot) -> list[int]:
        spoken = _spoken_words(value.spoken)
        # (A pace told as the whole answer is where "sudden" is said.)
        return [at for at, word in enumerate(words) if word in ("sudden", "suddenly")] if spoken == words else list(
            occurrences(words, spoken))

    if not all(said_of_it(value) and all(of_the_realising(at) for at in said_of_it(value)) for value in pace):
        return resolution
    resolution = _without_values(resolution, "pace", pace)
    if "symptom" not in resolution.slots:
        # (How the sign came, told slow: the answer to "did it come on suddenly?".)
        slow = next(word for word in words if word in _TOLD_SLOW)
        return replace(resolution, slots={**resolution.slots, "pace": [ResolvedSlot(slow, "gradual", "gradual", None)]})
    # (A time only before the sign is told: "it dawned on me suddenly that my arm went weak an hour ago" keeps its
    # hour.)
    sign_at = min((at for value in resolution.slots["symptom"] for at in said_of_it(value)), default=len(words))
    for name in ("duration", "startDate"):
        if realising := [value for value in resolution.slots.get(name, []) if said_of_it(value) and all(
                of_the_realising(at) and at < sign_at for at in said_of_it(value))]:
            resolution = _without_values(resolution, name, realising)
    return resolution


_SORE = frozenset({"sore", "aching", "achy", "stiff", "tender"})
# What a real chest pain may be told with, whatever workout is named beside it.
_STILL_CHEST_PAIN = frozenset({"now", "today", "suddenly", "sudden", "crushing", "tight", "tightness", "pressure",
                               "breath", "breathe", "breathing", "arm", "jaw", "sweat", "sweating", "sweaty", "sick",
                               "heavy", "squeezing", "still", "worse", "during", "while", "when", "hour", "hours",
                               # (safety review A, round 163)
                               "radiating", "spreading", "spreads", "spread", "neck", "back", "shoulder", "pale",
                               "grey", "gray", "elephant", "sitting", "weight", "pounding", "racing", "blood", "dizzy",
                               "faint", "left"})


def _without_the_chest_of_a_workout(resolution: Resolution, text: str) -> Resolution:
    """Without the chest of muscles sore days after a workout, as a chest pain: "my pecs are sore from bench on
    tuesday but that's just doms" (round 163 had called an ambulance). The soreness stays (another symptom); only
    with the workout named as its cause ("sore from bench") and "doms" said, and nothing of a real chest pain
    anywhere: "chest pain during my workout", "... it's like an elephant sitting on me" are read as said."""
    words = _words_as_said(text)
    if "chest" not in {value.id for value in resolution.slots.get("bodyPart", [])} or "pain" not in {
            value.id for value in resolution.slots.get("symptom", [])} or set(words) & _STILL_CHEST_PAIN:
        return resolution
    # (Named so, "doms", beside the soreness from a workout; never in a twitch's own telling: "my left pec keeps
    # twitching, it's sore from bench" keeps its place.)
    from_a_workout = "doms" in words and any(
        word in _SORE and "from" in words[at + 1 : at + 3] and set(words[at + 2 : at + 6]) & (_WORKOUTS | {
            "bench", "gym", "press", "pushups"}) for at, word in enumerate(words))
    if not from_a_workout or any_twitching(word_tokens(words)):
        return resolution
    return _without_values(resolution, "bodyPart",
                           [value for value in resolution.slots["bodyPart"] if value.id == "chest"])


# Words "spread" goes on with when the twitch spreads ("spreading up my arm", "it's spread, now the other leg"), and
# the forms of the verb heard alone as the twitch spreading.
_SPREADING_ONWARD = frozenset({"to", "into", "across", "over", "up", "down", "around", "round", "through", "out",
                               "along", "from", "all", "now", "too", "everywhere", "further", "more", "again", "fast",
                               "quickly", "slowly", "lately", "recently", "though", "and", "but", "or", ",", ".", "on",
                               "about", "my", "his", "her", "their", "your", "its", "itself", "outwards", "outward",
                               "since", "as", "like", "in", "onto", "towards", "toward", "both", "every", "each"})
_SPREAD_VERBS = frozenset({"spreading", "spread", "spreads"})
_SPREADERS = frozenset({"i", "i've", "i'm", "i'd", "we", "we've", "we're", "from"})  # never "they": the twitches
_SPREADER_AUXILIARIES = frozenset({"is", "was", "were", "been", "be", "has", "had", "have", "am", "are", "keeps",
                                   "kept", "started", "starting", "just", "still", "all", "day"})


def _without_a_spreading_of_things(resolution: Resolution, text: str) -> Resolution:
    """Without the twitch "spreading" where something else is spread: "probably from spreading masa all weekend for
    the tamales", "i spread the muck on the top field" (round 167 had made a thumb's twitch one that spreads, and
    the doctor's advice came before a weak hand was told). Only the bare verb with a thing straight after it, done
    by "i", "we" or "from", and never had ("i have spreading twitches")."""
    spreading = [value for value in resolution.slots.get("symptom", []) if value.id == "spreading"
                 and tuple(_spoken_words(value.spoken)) in {(verb,) for verb in _SPREAD_VERBS}]
    if not spreading:
        return resolution
    words = _words_as_said(text)

    def of_a_thing(at: int) -> bool:
        # (Who spreads it, past "was", "been", "keeps": "i", "we" or "from"; never a part, the twitch, "it" or
        # "they": safety reviews A59 and C59, "the fasciculations have spread throughout my legs", "they've spread
        # right up my leg".)
        doer = next((word for word in reversed(words[:at]) if word not in _SPREADER_AUXILIARIES), ",")
        had = words[at - 1 : at] in (["have"], ["has"], ["had"], ["got"], ["getting"])  # "i have spreading twitches"
        return at + 1 < len(words) and words[at + 1].isalpha() and words[at + 1] not in _SPREADING_ONWARD and (
            doer in _SPREADERS) and not had

    places = [at for at, word in enumerate(words) if word in _SPREAD_VERBS]
    if not places or not all(of_a_thing(at) for at in places):
        return resolution
    return _without_values(resolution, "symptom", spreading)


def _without_a_while_after_as_a_pace(resolution: Resolution, text: str) -> Resolution:
    """Without a gradual pace that tells how long a sign lasted after it came: "around two today ... i couldn't even
    hold a spoon for a good while after" (round 169: "for a good while" had made the weakness slow in coming, and
    the advice was a doctor's appointment)."""
    gradual = [value for value in resolution.slots.get("pace", []) if value.id == "gradual"]
    if not gradual:
        return resolution  # (on every answer: the words are read only where there is a pace to weigh)
    words = _words_as_said(text)
    lasted = [value for value in gradual if any(
        words[at + len(spoken) : at + len(spoken) + 1] in (["after"], ["afterwards"], ["afterward"])
        for spoken in [_spoken_words(value.spoken)] for at in occurrences(words, spoken))]
    return _without_values(resolution, "pace", lasted) if lasted else resolution


def _without_a_time_taken_back(resolution: Resolution, text: str) -> Resolution:
    """Without the first of a length and a day when the other puts it right: "about three weeks, so it is, ach no,
    hold on, that's the fence that blew down. the thumb only started last thursday night" (the first had been
    kept)."""
    if {"duration", "startDate"} <= set(resolution.slots) and (earlier := _time_put_right(resolution, text)):
        return replace(resolution, slots={name: values for name, values in resolution.slots.items() if name != earlier})
    return resolution


def _time_put_right(resolution: Resolution, text: str) -> str | None:
    """The slot ("duration" or "startDate") to drop when a time is taken back and another said after it, with "no",
    "hold on", "actually" between them; None when none was."""
    words = _words_as_said(text)
    said = {}
    for name in ("duration", "startDate"):
        at = next(iter(occurrences(words, _spoken_words(resolution.slots[name][0].spoken))), None)
        if at is None or len(resolution.slots[name]) != 1:
            return None
        said[name] = at
    first, second = sorted(said, key=said.get)
    between = words[said[first] : said[second]]
    # (A "no" only as taking back, "ach no, hold on": not the "no" of "three months, no weakness, worse since
    # monday", which denies something else, and would shorten the time.)
    taken_back = any(occurrences(between, list(phrase)) for phrase in _TAKING_BACK_PHRASES if phrase != ("no",)) or any(
        word == "no" and between[at + 1 : at + 2] and between[at + 1] in _AFTER_A_CORRECTING_NO - {"not", "a"}
        for at, word in enumerate(between))
    # ("It started Labour weekend with the big changeover, so more like five weeks": a weekend the calendar cannot
    # place, read as this one, then the length the person reckons from it; round 87. A day it can place stays.)
    reckoned = second == "duration" and "so" in between[-4:] and "-W" in (resolution.slots["startDate"][0].value or "")
    return first if taken_back or reckoned else None


def _spoken_words(spoken: str) -> list[str]:
    return [token.word for token in word_tokens(normal_words(spoken))]


def _words_as_said(text: str) -> list[str]:
    """The words of `text` with its fillers kept ("just", "only" and "like" matter to the rules that read them)."""
    return [token.word for token in word_tokens(normal_words(text, drop_fillers=False))]


def _a_time_alone(value: ResolvedSlot, text: str) -> bool:
    """Whether a time is said in a stretch of the sentence with nothing but its hedges ("so, like four months")."""
    return not _other_words_beside(value, text)


def _said_of_something_else(value: ResolvedSlot, text: str) -> bool:
    """Whether a time is said in a stretch of the sentence that tells of something else ("we were on holiday for a
    week"), not one that only hedges it ("so about a week") or points to the twitch ("it's been a week")."""
    rest = _other_words_beside(value, text)
    return bool(rest) and not any(word in _POINTING_BACK or lemma(word) in TWITCH_LEMMAS for word in rest)


def _denied_in_the_same_list(resolution: Resolution, text: str) -> list[ResolvedSlot]:
    """The triggers said in a list that a denial opens ("i don't take tea, coffee, energy drinks"): only other
    things of the list, pauses and "or" / "and" / "nor" between them and the denial's verb."""
    words = _words_as_said(text)
    listed_words = {word for value in (*resolution.slots.get("trigger", []), *resolution.slots["deniedTrigger"])
                    for word in _spoken_words(value.spoken)} | {",", "or", "and", "nor", "no", "any"}
    found = []
    for value in resolution.slots.get("trigger", []):
        at = next(iter(occurrences(words, _spoken_words(value.spoken))), None)
        if at is None:
            continue
        back = at - 1
        while back >= 0 and words[back] in listed_words:
            back -= 1
        # (One verb between the denial and the list: "don't take", "don't touch", "never drink".)
        if back >= 1 and words[back] not in _NEGATORS and words[back - 1] in _NEGATORS and back < at - 1:
            found.append(value)
    return found


def _said_since(value: ResolvedSlot, text: str) -> bool:
    """Whether a time is said as a start: "since last year", "from last year's christmas do"."""
    words, spoken = _words_as_said(text), _spoken_words(value.spoken)
    return spoken[:1] in (["since"], ["from"]) or any(
        words[at - 1 : at] in (["since"], ["from"]) for at in occurrences(words, spoken))


def _never_had_it_in(value: ResolvedSlot, text: str) -> bool:
    """Whether years are said as a time without the twitch: "been on this pitch forty years and never had one"."""
    words = _words_as_said(text)
    return any(words[after : after + 2] == ["never", "had"] and words[after + 2 : after + 3] in (
        ["one"], ["it"], ["that"], ["this"], ["anything"]) and words[after + 3 : after + 4] in (
        [], ["before"], ["till"], ["until"], [","], ["."], ["and"], ["but"])  # (not "never had it checked")
        for at in occurrences(words, _spoken_words(value.spoken))
        for after in range(at + len(_spoken_words(value.spoken)), at + len(_spoken_words(value.spoken)) + 3))


def _only_a_bound(value: ResolvedSlot, text: str) -> bool:
    """Whether a length is said only as a bound ("way longer than a week, it started at the end of august")."""
    words = _words_as_said(text)
    return any(words[max(0, at - 2) : at] in (["longer", "than"], ["more", "than"])
               for at in occurrences(words, _spoken_words(value.spoken)))


def _other_words_beside(value: ResolvedSlot, text: str) -> list[str]:
    """The words said in the same stretch of the sentence as a time, but its own and those that hedge it."""
    words = _words_as_said(text)
    stretch_of = _stretch_numbers(words, _STRETCH_BREAKS)
    parts = _stretches_of(value, words, stretch_of)
    own = set(_spoken_words(value.spoken))
    return [word for word, part in zip(words, stretch_of, strict=True)
            if part in parts and word not in own and word not in _TIME_HEDGES]


_NERVE_SIGN_QUESTIONS = frozenset({"nerve_signs", *QUESTION_GROUPS["nerve_signs"]})
# Words that say the twitching has moved or spread ("no, but it's in my thigh too now").
_COMPARING = frozenset({"same", "look", "looks", "looking", "alike", "equal", "match", "matching"})
_MOVED_OR_SPREAD = frozenset({"too", "also", "spread", "spreading", "spreads", "moved", "moves", "moving", "now",
                              "started", "starting", "both", "other", "well", "jumping", "jumps", "going",
                              "flickering"})


# Questions about other things than where it twitches, whose "no, just my ears popping" names no twitching place.
_ASKING_OTHER_THINGS = frozenset({"health_changes", "medication", "triggers"})


def _places_of_a_no(resolution: Resolution, text: str) -> bool:
    """Whether the places said are only those of a no or a denial, with nothing present named, no word of
    twitching and none of its spreading."""
    ids = resolution.slot_ids()
    said_no = "no" in ids.get("answer", []) or bool(ids.get("deniedSymptom"))
    words = word_tokens(normal_words(text))
    spread = {token.word for token in words} & _MOVED_OR_SPREAD
    # ("No, both legs are looking same": both compared, not both twitching: round 82.)
    compared = spread <= {"both", "other"} and bool({token.word for token in words} & _COMPARING)
    return bool(ids.get("bodyPart")) and said_no and not ids.get("symptom") and not any_twitching(words) and (
        not spread or compared)


def _said_by_the_calendar(value: ResolvedSlot) -> bool:
    """A start said by a month, a season or a holiday ("since november", "since the spring", "since christmas"), not
    by a weekday or a year."""
    return bool(re.fullmatch(r"\d{4}-(\d{2}(-\d{2})?|SP|SU|FA|WI)", value.value or "")) and not set(
        _spoken_words(value.spoken)) & {*WEEKDAYS, "weekend", "today"}


# Words that may stand between an owner and the part of the body: "my left calf", "my poor old thumb".
_BEFORE_A_PLACE = frozenset({"left", "right", "poor", "old", "wee", "little", "upper", "lower", "other", "whole",
                             "bottom", "top", "inner", "outer"})


def _all_my_places(resolution: Resolution, text: str) -> bool:
    """Whether every twitching place is said as the speaker's own ("my eyelid", "my left calf"), none as anyone
    else's ("her eyelid", "my mum's hand")."""
    words = _words_as_said(text)
    places = resolution.slots.get("bodyPart", [])
    owners = []
    for place in places:
        for at in occurrences(words, _spoken_words(place.spoken)):
            before = at - 1
            while before >= 0 and words[before] in _BEFORE_A_PLACE:
                before -= 1
            owners.append(words[before] if before >= 0 else None)
    return bool(owners) and all(owner == "my" for owner in owners)


def _a_year_or_more(iso: str) -> bool:
    return re.fullmatch(r"P\d+Y.*", iso) is not None


def _well_earlier_today(text: str) -> bool:
    """Whether the words say the person was well at a time earlier today ("she was fine at dinnertime", "he was
    fine an hour ago", "fine at midday", "grand after tea"), with no long time beside it ("fine for months")."""
    words = _words_as_said(text)
    well = [at for at, word in enumerate(words) if (word in {"fine", "okay", "ok", "alright", "grand", "normal", "well"}
                                                    or word == "rain" and words[at - 2 : at] == ["right", "as"])
            and words[at + 1 : at + 2] in (["at"], ["this"], ["after"], ["before"], ["until"], ["till"], ["an"],
                                          ["earlier"], ["a"], ["when"])]
    earlier = _LAST_WELL_AT | {"midday", "noon", "bedtime", "tea", "hour", "ago", "lunch", "breakfast", "supper",
                               "dinner", "school", "work", "earlier", "afternoon"}
    long_since = {"months", "weeks", "years", "days", "slowly", "gradually", "yesterday"}
    return bool(well) and not set(words) & long_since and any(
        set(words[at + 1 : at + 5]) & earlier or any(word.isdigit() for word in words[at + 1 : at + 4]) for at in well)


def _echoed_then_denied(analysis: _Analysis) -> bool:
    """Whether a pregnancy said first is the question said back, and a "not pregnant" follows it."""
    values = [(match.start, value.id) for index, match in enumerate(analysis.matches) if index not in analysis.negated
              for value in match.values if value.slot_type == "PREGNANCY"]
    return bool(values) and values[0] == (0, "pregnant") and any(value == "not_pregnant" for _, value in values[1:])


def _without_the_time_of_a_likeness(resolution: Resolution, text: str) -> Resolution:
    """Without the time of what a sign is likened to ("I'm having chest pains like my heart attack five years ago",
    "he's fitting like he did twenty years ago"): when that was, not when this came on (review B74: the pain now had
    been read as five years old, and the safety check asked again)."""
    words = _words_as_said(text)
    likened = []
    for value in resolution.slots.get("duration", []):
        spoken = _spoken_words(value.spoken)
        for at in occurrences(words, spoken):
            like = next((before for before in range(at - 1, max(-1, at - 7), -1) if words[before] == "like"), None)
            # (A time since then, "... ago"; not "like the clappers for a few days", "like i'm drunk, since about an
            # hour ago": a time of its own.)
            ago = "ago" in words[at : at + len(spoken) + 2]
            if like is not None and ago and "since" not in words[like:at] and words[like + 1 : like + 2] in (
                    ["my"], ["his"], ["her"], ["their"], ["the"], ["he"], ["she"], ["last"]):
                likened.append(value)
                break
    return _without_values(resolution, "duration", likened) if likened else resolution


def _without_places_of_others_before_mine(resolution: Resolution, text: str) -> Resolution:
    """Without the places of other people's twitches told before "but mine" ("everybody on my team gets eye twitches
    from the monitors, but mine's my left calf": round 74): the speaker's own twitch is what follows."""
    places = resolution.slots.get("bodyPart", [])
    if resolution.intent != _REPORT_INTENT or len(places) < 2:
        return resolution
    words = _words_as_said(text)
    mine = next((at for at in range(len(words) - 1) if words[at] == "but" and words[at + 1] in ("mine", "mine's")),
                None)
    if mine is None or not set(words[:mine]) & _OTHERS_ABOUT:
        return resolution
    theirs = [place for place in places
              if (at := occurrences(words, _spoken_words(place.spoken))) and all(start < mine for start in at)]
    return _without_values(resolution, "bodyPart", theirs) if 0 < len(theirs) < len(places) else resolution


def _without_places_of_someone_elses_trouble(resolution: Resolution, text: str) -> Resolution:
    """Without a place said as someone else's ("her ear", "his knee") where nothing twitches, beside one's own
    twitching place ("my eyelid keeps twitching ... i was sat in the walk in centre with my nan ... it was just her
    ear": round 144)."""
    places = resolution.slots.get("bodyPart", [])
    if resolution.intent != _REPORT_INTENT or len(places) < 2:
        return resolution
    words, stretch_of, twitching = _twitching_stretches(text, _BREAKS_IN_A_SENTENCE)

    def owner(at: int) -> str | None:
        before = at - (at > 0 and words[at - 1] in ("left", "right"))
        return words[before - 1] if before > 0 else None

    def whose(place: ResolvedSlot) -> set[tuple[str | None, bool]]:
        return {(owner(at), stretch_of[at] in twitching) for at in occurrences(words, _spoken_words(place.spoken))}

    mine = any((who, True) in whose(place) for place in places for who in ("my", "me"))
    theirs = [place for place in places if (said := whose(place)) and all(
        who in ("her", "his", "their") and not twitches for who, twitches in said)]
    return _without_values(resolution, "bodyPart", theirs) if mine and 0 < len(theirs) < len(places) else resolution


def _without_places_of_a_likeness(resolution: Resolution, text: str) -> Resolution:
    """Without a place said only in a likeness, when another is the twitch's: "the lid over my right eye has been
    doing a little shimmy, like a loose signal arm on my layout" (round 76). Only a place said after "like a" with
    no one's "my" or "his" between."""
    places = resolution.slots.get("bodyPart", [])
    if len(places) < 2:
        return resolution
    words = _words_as_said(text)

    def likened(place: ResolvedSlot) -> bool:
        spoken = _spoken_words(place.spoken)
        return all(any(words[start : start + 2] in (["like", "a"], ["like", "an"]) and not set(
            words[start + 2 : at]) & _SOMEONES for start in range(max(0, at - 4), at)) for at in occurrences(
            words, spoken)) and bool(occurrences(words, spoken))
    likeness = [place for place in places if likened(place)]
    return _without_values(resolution, "bodyPart", likeness) if 0 < len(likeness) < len(places) else resolution


def _without_someone_of_a_likeness(resolution: Resolution, text: str) -> Resolution:
    """Without a "someone" who is only in a likeness, so the twitch stays the speaker's: "keeps going like someone's
    plucking a string" (round 77), "my arm feels like it belongs to someone else"."""
    people = resolution.slots.get("person", [])
    words = _words_as_said(text)

    def likened(person: ResolvedSlot) -> bool:
        spoken = _spoken_words(person.spoken)
        found = occurrences(words, spoken)
        return spoken[:1] in (["someone"], ["somebody"], ["someone's"], ["somebody's"]) and bool(found) and all(
            {"like", "belongs", "belong", "belonged", "belonging"} & set(words[max(0, at - 3) : at]) for at in found)
    likeness = [person for person in people if likened(person)]
    return _without_values(resolution, "person", likeness) if likeness else resolution


def _without_places_said_to_locate(resolution: Resolution, text: str) -> Resolution:
    """A twitch report of two places, one only said to say where the other is ("a wee flutter under my right eye, on
    the cheekbone", "my calf, just below the knee"): one place (round 73). Not with a word of more places or of
    moving ("under my eye and on my cheek too")."""
    places = resolution.slots.get("bodyPart", [])
    if resolution.intent != _REPORT_INTENT or len(places) != 2:
        return resolution
    words = _words_as_said(text)
    limb = _limb_said_after_its_part(words, places)
    if limb is not None:
        return _without_values(resolution, "bodyPart", [limb])
    if (limb := _limb_said_apart_from_the_twitch(text, places)) is not None:
        return _without_values(resolution, "bodyPart", [limb])
    # ("Started saturday", "started on monday": when it began, no place it has spread to; nor an "and" of another
    # thing, after the places: "..., and i'm a fella before you ask": round 140.)
    said_at = [at for place in places for at in occurrences(words, _spoken_words(place.spoken))]
    last = max(said_at, default=len(words))
    spread = {word for at, word in enumerate(words) if word in _SPREAD_WORDS and not (
        word == "started" and words[at + 1 : at + 2] and (words[at + 1] in WEEKDAYS or words[at + 1] in _WHEN_STARTED)
    ) and not (word == "and" and at > last + 3) and not (
        # ("It is moving on its own", "moves by itself": the twitch itself, no place it moves to: round 182.)
        word in ("moving", "moves") and words[at + 1 : at + 3] in (["on", "its"], ["by", "itself"]))}
    if spread:
        return resolution
    if (wider := _place_whose_part_is_named(words, places)) is not None:
        return _without_values(resolution, "bodyPart", [wider])
    if (limb := _limb_its_part_is_on(words, places)) is not None:
        return _without_values(resolution, "bodyPart", [limb])

    def locates(place: ResolvedSlot) -> bool:
        spoken = _spoken_words(place.spoken)
        at = occurrences(words, spoken)
        # ("Down by the side of me mouth": a side, corner or edge of it, round 129.)
        reach = 5 if len(at) == 1 and "of" in words[max(0, at[0] - 3) : at[0]] else 3
        return len(at) == 1 and bool(set(words[max(0, at[0] - reach) : at[0]] + spoken[:1]) & _LOCATING)
    locating = [place for place in places if locates(place)]
    if len(locating) != 1:
        return resolution
    return _without_values(resolution, "bodyPart", locating)


def _place_whose_part_is_named(words: list[str], places: list[ResolvedSlot]) -> ResolvedSlot | None:
    """The first of two places when the second, after a pause and "the", names the part of it meant: "my back, the
    shoulder blade part on the right" is one place (round 139 had two, so twitching in more than one)."""
    found = [(occurrences(words, _spoken_words(place.spoken)), place) for place in places]
    said = sorted(((at[0], place) for at, place in found if len(at) == 1), key=lambda pair: pair[0])
    if len(said) != 2:
        return None
    (_, wider), (at, part) = said
    after = words[at + len(_spoken_words(part.spoken)) :]
    return wider if words[max(0, at - 2) : at] == [",", "the"] and after[:1] in (["part"], ["bit"], ["area"]) else None


_WHEN_STARTED = frozenset({"on", "last", "yesterday", "today", "this", "about", "around", "at", "in", "after",
                           "before", "over", "a", "two", "three", "four", "five", "six", "seven", "week", "weeks",
                           "days", "ago"})


# The part of the body a smaller part is on: "my thumb, right hand" is one place.
_LIMB_OF = {"thumb": "hand", "finger": "hand", "toe": "foot", "calf": "leg", "thigh": "leg"}


def _limb_said_after_its_part(words: list[str], places: list[ResolvedSlot]) -> ResolvedSlot | None:
    """The limb of two places when it is said after a comma, only to say which the other is on ("between my thumb
    and first finger, mouse hand, the right one", "my calf, left leg"); None otherwise ("my thumb and now my whole
    hand")."""
    for _, limb, part_at, limb_at in _parts_and_their_limbs(words, places):
        # (The part may be said twice before it: "my thumb is jumping, the bottom of the thumb, on the left hand".)
        if not part_at or len(limb_at) != 1:
            return None
        between = words[part_at[-1] + 1 : limb_at[0]]
        after = words[limb_at[0] + len(_spoken_words(limb.spoken)) :]
        after = after[: after.index(",")] if "," in after else after
        said_of_itself = set(after) - _NAMING_A_SIDE or {"whole", "all", "entire"} & set(between)
        if ("," in between and not said_of_itself and not set(between) & (_SPREAD_WORDS - {"and"})
                and "and" not in between[between.index(",") :]):
            return limb
    return None


def _limb_its_part_is_on(words: list[str], places: list[ResolvedSlot]) -> ResolvedSlot | None:
    """The limb of two places when it only says which the other is on: "the thumb on my right hand", "my index
    finger of the left hand" (round 177: "my hitchhiking finger on the right hand" had been two places)."""
    for part, limb, part_at, limb_at in _parts_and_their_limbs(words, places):
        if len(part_at) != 1 or len(limb_at) != 1:
            return None
        between = words[part_at[0] + len(_spoken_words(part.spoken)) : limb_at[0]]
        if between[:1] in (["on"], ["of"]) and set(between) <= _ON_WHICH_LIMB:
            return limb
    return None


def _limb_said_apart_from_the_twitch(text: str, places: list[ResolvedSlot]) -> ResolvedSlot | None:
    """The limb of a part said to twitch, when the limb is said once, in a stretch of its own that says it is fine,
    with no word of twitching or of more places: "my right thumb is flickering since Tuesday ... The hand is strong,
    I can count the change fine" (round 182 had a thumb and a hand, twitching in two places)."""
    words, stretch_of, twitching = _twitching_stretches(text, {",", ".", "but"})
    for _part, limb, part_at, limb_at in _parts_and_their_limbs(words, places):
        if len(limb_at) != 1 or not part_at:
            continue
        stretch = stretch_of[limb_at[0]]
        said_with = {word for word, part in zip(words, stretch_of, strict=True) if part == stretch}
        if stretch not in twitching and stretch_of[part_at[0]] != stretch and said_with & _A_LIMB_SAID_FINE and not (
                said_with & (_SPREAD_WORDS | _MORE_OF_IT | {"whole", "all", "over", "up", "into", "goes", "go", "went",
                                                            "as"})):
            return limb
    return None


# What a limb is said to be, told apart from the twitch ("the hand is strong"; not "this week it's the hand": safety
# review C62).
_A_LIMB_SAID_FINE = frozenset({"strong", "fine", "okay", "ok", "normal", "steady", "alright", "good", "grand"})


def _parts_and_their_limbs(
    words: list[str], places: list[ResolvedSlot]
) -> Iterator[tuple[ResolvedSlot, ResolvedSlot, list[int], list[int]]]:
    """Each part among the places whose limb is there too (`_LIMB_OF`), with where the part is said before the limb
    first is, and where the limb is said."""
    by_id = {place.id: place for place in places}
    for part, limb in _LIMB_OF.items():
        if part in by_id and limb in by_id:
            limb_at = occurrences(words, _spoken_words(by_id[limb].spoken))
            part_said = occurrences(words, _spoken_words(by_id[part].spoken))
            part_at = [at for at in part_said if limb_at and at < limb_at[0]]
            yield by_id[part], by_id[limb], part_at, limb_at


_NAMING_A_SIDE = frozenset({"the", "right", "left", "one", "side"})
# The words between a part and the limb it is on, when they only say which: "on my left", "of the right".
_ON_WHICH_LIMB = _NAMING_A_SIDE - {"one", "side"} | {"on", "of", "my", "me", "his", "her", "their", "your"}


def _without_places_of_other_things(resolution: Resolution, text: str) -> Resolution:
    """A twitch report that names another place only for something else ("my eyelid keeps twitching. i've got a
    dodgy right shoulder from rugby", "eczema on the backs of both hands", "the cramp in my both feet"): that place
    is not a second place that twitches. Only a place in a stretch of its own with no word of twitching and a word
    of another complaint."""
    places = resolution.slots.get("bodyPart", [])
    both = resolution.slot_ids().get("placePattern", []) == [BOTH_SIDES]
    if resolution.intent != _REPORT_INTENT or not (len(places) > 1 or both):
        return resolution
    words, stretch_of, twitching = _twitching_stretches(text, {",", ".", "but"})
    other_things = {part for word, part in zip(words, stretch_of, strict=True) if word in _OTHER_COMPLAINTS} | {
        stretch_of[at] for at in range(len(words)) if tuple(words[at : at + 3]) in _NOT_AS_THEY_WERE}
    # A word of more of it ("my sprained wrist is going as well") makes its stretch twitch too; but "also got this big
    # bruise on my shin", an "also" before another complaint, adds that complaint ("and my gout foot also" twitches).
    more_of_it = {part for word, part in zip(words, stretch_of, strict=True) if word in _MORE_OF_IT}
    also_after = {part for at, (word, part) in enumerate(zip(words, stretch_of, strict=True)) if word in _MORE_OF_IT
                  and any(stretch_of[before] == part and words[before] in _OTHER_COMPLAINTS for before in range(at))}
    twitching |= (more_of_it - other_things) | also_after
    # "I had a scare with my arm last month, that's going too": more of it, said of the stretch before.
    twitching |= {part - 1 for part in _told_of_it_next(words, stretch_of, {part - 1 for part in more_of_it})}

    # ("My hand tremor is old but it twitches now": the next stretch's "it" is that place, twitching: review E70.)
    # (Not a twitching denied: "the wrist's just sore from batting, it's not twitching".)
    denied = {part for word, part in zip(words, stretch_of, strict=True) if word in _NOT_IT | {"n't", "never", "no"}}
    it_next = {stretch_of[at] - 1 for at in range(1, len(words)) if words[at] in ("it", "it's")
               and words[at - 1] in (",", ".", "but", "and") and stretch_of[at] in twitching - denied}

    def of_something_else(spoken: str) -> bool:
        at = occurrences(words, _spoken_words(spoken))[:1]
        return bool(at) and stretch_of[at[0]] in other_things - twitching - it_next

    kept = [place for place in places if not of_something_else(place.spoken)]
    if not kept or not twitching:
        return resolution
    slots = {**resolution.slots, "bodyPart": kept}
    if both and of_something_else("both"):
        slots.pop("placePattern")
    return replace(resolution, slots=slots) if slots != resolution.slots else resolution


def _time_values(resolution: Resolution) -> list[ResolvedSlot]:
    return [value for name in ("duration", "startDate") for value in resolution.slots.get(name, [])]


def _times_of_the_twitch(resolution: Resolution, text: str) -> Resolution:
    """Two times told of a twitch and nothing else: the one said with the twitch ("my thumb's been twitching since
    saturday, ... doc checked my sugar last month" started on saturday). With a sign said, every time is kept: it may
    be when the sign came on."""
    times = [(name, value) for name in ("duration", "startDate") for value in resolution.slots.get(name, [])]
    if len(times) < 2 or "symptom" in resolution.slots:
        return resolution
    words, stretch_of, twitching = _twitching_stretches(text, _BREAKS_IN_A_SENTENCE)
    twitching |= _told_of_it_next(words, stretch_of, twitching)
    # "He's had it since the first week of November": the twitch, had since.
    twitching |= {stretch_of[at] for at in range(len(words) - 2) if words[at] in ("had", "has")
                  and words[at + 1] in ("it", "this", "them", "these") and words[at + 2] in ("since", "for")}
    # A time said on its own right after the twitch ("... since january, like four months") is of it too.
    kept = [(name, value) for name, value in times if (parts := _stretches_of(value, words, stretch_of)) & twitching
            or {part - 1 for part in parts} & twitching and _a_time_alone(value, text)]
    if not kept or len(kept) == len(times):
        return resolution
    slots = {name: values for name, values in resolution.slots.items() if name not in ("duration", "startDate")}
    for name, value in kept:
        slots.setdefault(name, []).append(value)
    return replace(resolution, slots=slots)


# What a working life is told with: "he carried guys down ladders for thirty years" (round 79), "forty years in the
# merchant navy", "i did forty year on the trawlers" (round 84).
_YEARS_OF_WORK = frozenset({"carried", "worked", "served", "drove", "spent", "taught", "nursed", "farmed", "career",
                            "trade", "job", "navy", "army", "forces", "merchant", "pits", "mines", "sea", "trawlers",
                            "boats", "ships", "rigs", "docks", "railways", "buses",
                            # a craft's ("been turning bowls forty years, never had this": round 107)
                            "turning", "turned", "sewing", "knitting", "welding", "teaching", "fixing", "building",
                            "making", "nursing", "farming", "driving", "working",
                            # a profession's ("he edited the evening post for thirty years": round 122)
                            "edited", "editing", "managed", "managing", "coached", "coaching", "reported",
                            "reporting", "presented", "printed", "printing", "preached", "lectured", "refereed",
                            "skated", "skating", "sold", "selling", "cooked", "cooking", "painted", "painting",
                            "delivered", "delivering", "fished", "fishing", "sailed", "mined", "policed", "volunteered",
                            "volunteering", "captained", "skippered", "crewed", "piloted", "brewed", "distilled"})


def _without_the_years_of_a_working_life(resolution: Resolution, text: str) -> Resolution:
    """Without years told of a working life in a stretch with no word of twitching: "his left shoulder's been
    twitching and he won't see anyone, he says he carried guys down ladders for thirty years" (the twitch had been
    thirty years old, so "when did it start?" was never asked, where his chest pain was told). Then it is asked.
    Beside a sign, in a stretch without the sign: "he called me by my late mother's name two times, and this is a
    man who captained that ferry for thirty years" (round 135: the confusion had been thirty years old, history)."""
    told_in_years = [value for value in resolution.slots.get("duration", []) if (value.value or "").endswith("Y")]
    signs = resolution.slots.get("symptom", [])
    if not told_in_years or not signs and resolution.intent != _REPORT_INTENT:
        return resolution
    words, stretch_of, twitching = _twitching_stretches(text, _BREAKS_IN_A_SENTENCE)
    told_apart_from = set().union(*(_stretches_of(sign, words, stretch_of) for sign in signs)) if signs else twitching
    years = [value for value in told_in_years if (parts := _stretches_of(value, words, stretch_of))
             and not parts & told_apart_from
             and (set(said := [word for word, part in zip(words, stretch_of, strict=True) if part in parts])
                  & _YEARS_OF_WORK or _a_role_held(said))]
    return _without_values(resolution, "duration", years) if years else resolution


_HELD_BY = frozenset({"i", "he", "she", "we", "they"})
_NO_ROLE = frozenset({"bit", "little", "wee", "lot", "mess", "wreck"})


def _a_role_held(words: list[str]) -> bool:
    """Whether the words tell a role someone held: "i was an appraiser for forty years" (round 126: the twitch had
    been forty years old)."""
    return any(words[at] in _HELD_BY and words[at + 1 : at + 2] in (["was"], ["were"])
               and words[at + 2 : at + 3] in (["a"], ["an"]) and words[at + 3 : at + 4]
               and words[at + 3] not in _NO_ROLE for at in range(len(words)))


# Verbs of passing news on: a time right after one dates the telling ("my son mentioned on sunday ...").
_PASSED_ON = frozenset({"mentioned", "told", "tell", "telling", "said", "rang", "called", "phoned", "texted",
                        "messaged", "emailed", "asked", "wrote"}) | NOTICED
_TOLD_WHO = frozenset({"me", "us", "him", "her", "them", "it"})
_VISITS = frozenset({"saw", "visit", "visited", "visiting", "seen", "met"})
_DAY_WORDS_BEFORE = frozenset({"on", "last", "this", "the", "just", "at"})  # ("he told us at sunday dinner")
_DAYS_TOLD = frozenset({("last", "night"), ("yesterday",), ("last", "week"), ("this", "morning"), ("earlier",),
                        ("yesterday", "morning"), ("yesterday", "evening"), ("yesterday", "afternoon")})


def _dates_a_telling(sequence: list[Token], match: Match) -> bool:
    """Whether `match` is a day said right after a verb of passing news on by someone else ("he rang us last
    night", "she mentioned on sunday"), with nothing between but "on", "last", "the" and who was told."""
    words = [token.word for token in sequence]
    if tuple(words[match.start : match.end]) not in _DAYS_TOLD and match.types != {DATE_TYPE}:
        return False
    verb = _telling_before(words, match.start)
    return verb is not None and words[verb] not in NOTICED


def _dates_a_noticing(sequence: list[Token], match: Match) -> bool:
    """Whether `match` is a day said right after a verb of noticing, by anyone ("the nurse spotted it on tuesday",
    "i noticed it last week"), with nothing between but "on", "last", "the" and "it"."""
    words = [token.word for token in sequence]
    before = _back_over_day_words(words, match.start)
    before -= before > 0 and words[before - 1] in _TOLD_WHO
    return before > 0 and words[before - 1] in NOTICED


def _back_over_day_words(words: list[str], at: int) -> int:
    """Where the words before `at` that only lead up to a day ("on", "last", "the") begin."""
    while at > 0 and words[at - 1] in _DAY_WORDS_BEFORE:
        at -= 1
    return at


def _telling_before(words: list[str], at: int) -> int | None:
    """Where a verb of passing news on stands right before `at`, with nothing between but "on", "last", "the" and
    who was told ("he rang us | last night", "my son mentioned on | sunday"), and no "i" before it (one's own
    answer quoted: "i said a month"); None if none does."""
    before = _back_over_day_words(words, at)
    # ("She told me at the nativity | on tuesday": where it was told, between: round 73.)
    # ("Told me in his keywork session | this afternoon": round 165.)
    where = next((start for start in (before - 4, before - 3, before - 2) if start >= 0 and words[start] in (
        "at", "in", "during") and "," not in words[start:before]), None)
    before = where if where is not None else before
    before -= before > 0 and words[before - 1] in _TOLD_WHO
    if before > 0 and words[before - 1] in _PASSED_ON and words[before - 2 : before - 1] != ["i"]:
        return before - 1
    return None


def _without_the_time_it_was_told(resolution: Resolution, text: str) -> Resolution:
    """Without a time that dates only the telling ("my son mentioned on sunday his thumb's been twitching", "she
    rang me last night, her eyelid's been going"): right after a verb of passing news on, with no "since", "for" or
    "started" of its own. With a sign said, nothing is dropped: the time may be when it came on."""
    if "symptom" in resolution.slots:
        return resolution
    words = _words_as_said(text)

    def dates_the_telling(value: ResolvedSlot) -> bool:
        spoken = _spoken_words(value.spoken)
        for at in occurrences(words, spoken):
            # ("At the tournament on saturday he told me his cheek was jumping": the telling, told after its day.)
            after = words[at + len(spoken) : at + len(spoken) + 3]
            # ("I saw him on the visit saturday and he said his eyelid keeps going": round 165.)
            after = after[1:] if after[:1] == ["and"] and set(words[max(0, at - 5) : at]) & _VISITS else after[:2]
            if after[:1] in (["he"], ["she"], ["they"]) and after[1:] and after[1] in _PASSED_ON - NOTICED:
                return True
            verb = _telling_before(words, at)
            if verb is not None and not (words[verb] in NOTICED and {"i", "we"} & set(words[max(0, verb - 3) : verb])):
                return True  # (not "we noticed on sunday": one's own noticing dates the twitch)
        return False

    # A day (a date, "last night"), never a length: "he told me four months" is the twitch's time passed on.
    told = [value for value in resolution.slots.get("startDate", []) if dates_the_telling(value)]
    resolution = _without_values(resolution, "startDate", told) if told else resolution
    told = [value for value in resolution.slots.get("duration", []) if dates_the_telling(value)
            and tuple(_spoken_words(value.spoken)) in _DAYS_TOLD]
    return _without_values(resolution, "duration", told) if told else resolution


def _one_start_said(text: str) -> bool:
    """Whether one start, and only one, is said in so many words: "started", "since", "began" ("it's been on and off
    since I was a teenager, every day since friday" tells two, and the first is no date: safety review C59)."""
    words = _words_as_said(text)
    return sum(word in _START_SAID for word in words) == 1


_START_SAID = _STARTING_WORDS | {"since", "starting"}


def _said_as_the_start(sequence: Sequence[Token], match: Match) -> bool:
    """Whether a time stands within three words after the start said ("it started in august", "since tuesday"),
    not elsewhere ("it started a long time ago, ... really bad last week": safety review D59)."""
    return any(token.word in _START_SAID for token in sequence[max(0, match.start - 3) : match.start + 1])


def _a_weekday_of_another_week(sequence: Sequence[Token], match: Match) -> bool:
    """Whether a day is said as "the <weekday>", a weekday of some week told of, not this one ("came back on the
    thursday of that week")."""
    words = [token.word for token in sequence]
    return any(words[at] in WEEKDAYS and at > 0 and words[at - 1] == "the" for at in range(match.start, match.end))


# A sentence said to someone else in the room: a name and an order ("Kayden, get down off that!"), or a thing or
# creature to be left alone ("leave the cat alone"); never to Alexa, nor "alright, stop please", nor "me", "us" or "it"
# left alone. (The name as written, capitalised: a recogniser's lowercase "kayden stop" is left to the rest.)
_ASIDE_TO_SOMEONE = re.compile(
    r"^\s*(?:(?!(?i:alexa|no|yes|ok|okay|right|alright|well|oh|ah|sorry|please|look|listen|hey|hi|so|now|then|fine|"
    r"thanks|er|um|mum|mam|mom|dad)\b)[A-Z][a-z]+,\s*(?i:leave|stop|get|put|give|don't|do not|come|go|be|shut|sit|quit|"
    r"pack)\b|(?i:.*\bleave (?:the|that|your|his|her) (?!twitch)\w+ alone\b))")


def _without_asides_to_someone(text: str) -> str:
    """`text` without its sentences said to someone else in the room (`_ASIDE_TO_SOMEONE`): "" when all of it was."""
    sentences = _sentences(text)
    kept = [part for part in sentences if not _ASIDE_TO_SOMEONE.match(part)]
    return text if len(kept) == len(sentences) else ". ".join(part.strip() for part in kept)


def _sentences(text: str) -> list[str]:
    """The sentences said, at a full stop, "!", "?" or ";"."""
    return [part for part in _SENTENCE_ENDS.split(text) if part.strip()]


def _without_the_day_of_another_story(resolution: Resolution, text: str) -> Resolution:
    """Without the only day of a twitch report when it is said in a sentence of its own about what "we" or "they" did,
    with nothing of the twitch in it ("my right eyelid is hopping. we choked against galway on sunday and i lost the
    head with the ref": round 146 had dated the twitch to the match, and never asked when it started)."""
    times = _time_values(resolution)
    if resolution.intent != _REPORT_INTENT or len(times) != 1 or resolution.slots.get("symptom"):
        return resolution
    sentences = _sentences(text)
    if len(sentences) < 2:
        return resolution
    spoken = _spoken_words(times[0].spoken)
    holding = [sentence for sentence in sentences if occurrences(_words_as_said(sentence), spoken)]
    if len(holding) != 1 or not _of_another_story(holding[0], spoken):
        return resolution
    name = "duration" if times[0] in resolution.slots.get("duration", []) else "startDate"
    return _without_values(resolution, name, times)


def _of_another_story(sentence: str, spoken: list[str]) -> bool:
    """Whether the day `spoken` in `sentence` is of what "we" or "they" did, with nothing of the twitch there."""
    said = _words_as_said(sentence)
    found = occurrences(said, spoken)
    if not found:
        return False
    # (Its own clause, to the first pause or "and" after the day: "..., so i'd say it's stress" says what set the
    # twitch off, not that the day is its.)
    at = found[0] + len(spoken)
    end = next((index for index in range(at, len(said)) if said[index] in (",", "and", "so", "but")), len(said))
    clause = said[:end]
    about_it = set(clause) & {"it", "it's", "its", "this"} or set(said) & {
        "started", "began", "start", "since", "noticed", "ever", "after", "then"}  # ("..., and it started after")
    return said[:1] in (["we"], ["they"]) and not about_it and not any_twitching(word_tokens(normal_words(sentence)))


# A machine that broke down, told in a clause of its own with its day, beside a sign told as slow ("me grip's been going
# bit by bit ... the ute carked it on the M1 this morning": round 200 had heard the weakness as new this morning). Only
# a thing as the clause's subject ("the ute", "my laptop"), a verb of breaking down right after it, and nothing of a
# sign, a twitch or a person in its sentence; never a crash ("the car crashed this morning" may have hurt someone).
_BROKE_DOWN = frozenset({"died", "broke", "packed", "conked", "stalled", "blew", "failed", "froze", "quit"})
_A_MACHINES_OWNER = frozenset({"the", "my", "our", "his", "her", "their", "me"})
_PEOPLE_IN_A_CLAUSE = frozenset({"i", "me", "he", "she", "him", "her", "we", "us", "they", "them"})
_A_SLOW_PACE_SAID = re.compile(r"\b(?:bit by bit|little by little|slowly|gradually|over (?:the )?(?:last )?(?:few )?"
                               r"(?:weeks|months)|for (?:a few |a couple of |some |several )?(?:weeks|months|ages))\b")
_WEAK_SAID = re.compile(r"\b(?:weak\w*|dead|heavy|useless|gave way|give way|won't|wont|drop\w*|grip\w*|fell|fall\w*|"
                        r"lift|hold)\b")


def _without_the_time_of_a_breakdown(resolution: Resolution, text: str) -> Resolution:
    """Without a day or a pace said only in a clause about a machine that broke down."""
    said = {name: resolution.slots.get(name, []) for name in ("duration", "startDate", "pace")}
    # (Only when the rest tells its own slow pace: "my dad's arm went weak. the tractor stalled this morning" may tell
    # when it went, and keeps the day.)
    if not any(said.values()) or not _A_SLOW_PACE_SAID.search(text.lower()):
        return resolution
    words = _words_as_said(text)
    starts = [0, *(at + 1 for at, word in enumerate(words) if word in _ENDS_OF_A_MACHINES_CLAUSE)]
    clauses = [words[start:end] for start, end in zip(starts, [*starts[1:], len(words) + 1], strict=True)]

    def of_a_breakdown(clause: list[str]) -> bool:
        clause = [word for word in clause if word not in _ENDS_OF_A_MACHINES_CLAUSE]
        owner = next((at for at, word in enumerate(clause[:2]) if word in _A_MACHINES_OWNER), None)
        if owner is None or clause[owner + 1 : owner + 2] == [] or clause[owner + 1] not in THINGS:
            return False
        verb = set(clause[owner + 2 : owner + 4]) & _BROKE_DOWN
        told = " ".join(clause)
        return bool(verb) and not set(clause) & _PEOPLE_IN_A_CLAUSE and not re.search(A_SIGN_TOLD, told) and not (
            any_twitching(word_tokens(normal_words(told))))

    # (And no sign in the sentence of the day: "my arm is weak, the car broke down this morning and I fell" keeps it.)
    sentences = [(_words_as_said(sentence), sentence.lower()) for sentence in _sentences(text)]

    def a_machines(value: ResolvedSlot) -> bool:
        spoken = _spoken_words(value.spoken)
        holding = [clause for clause in clauses if spoken and occurrences(clause, spoken)]
        return bool(holding) and all(of_a_breakdown(clause) for clause in holding) and not any(
            re.search(A_SIGN_TOLD, said) or _WEAK_SAID.search(said)
            for sentence_words, said in sentences if occurrences(sentence_words, spoken))

    for name, values in said.items():
        machines = [value for value in values if a_machines(value)]
        resolution = _without_values(resolution, name, machines) if machines else resolution
    return resolution


# The machines of a home and the old idioms of their breaking ("the wireless has been on the blink all week").
_MACHINES = THINGS | {"wireless", "radio", "telly", "tv", "television", "furnace", "heating", "washer", "dryer",
                      "dishwasher", "microwave", "clock", "telephone", "doorbell"}
_ON_THE_BLINK = (("on", "the", "blink"), ("on", "the", "fritz"), ("playing", "up"), ("acting", "up"), ("kaput",),
                 ("packed", "in"), ("packed", "up"), ("out", "of", "order"))
# Words that make a machine's breaking the time of the twitch ("since the telly broke", "the telly broke on monday
# and it started then", "around the time the car broke down"): safety review C70.
_TIED_TO_THE_BREAKING = frozenset({"since", "then", "ever", "same", "around", "when", "after", "before", "till",
                                   "until", "day", "time", "as", "moment", "started", "start", "began", "begun",
                                   "together", "along", "both", "likewise", "right"})
# Words that tell a time after the "now" ("... and now my eye too, seven days").
_TIME_NUMBERS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                           "twelve", "fortnight", "fortnights", "couple", "few", "since", "ago", "yesterday", "today",
                           *(str(number) for number in range(1, 100))})
# What may stand between a machine's breaking and its time: "on the blink (for) (the last) (all) week".
_BEFORE_A_MACHINES_TIME = frozenset({"for", "all", "the", "last", "past", "a", "about", "nearly", "over", "this",
                                     "whole", "good"})


def _without_a_machines_time_before_now(resolution: Resolution, text: str,
                                        pending_question: str | None) -> Resolution:
    """Without the time of a machine's breaking, said right after its breaking and right before "and now" the twitch
    ("the wireless has been on the blink all week and now it seems my eyelid is too": round 202 had dated the twitch
    a week back, and never asked when it began, where the person told a spell of jumbled words). Losing the time
    only asks when it started; never with a sign said, a time of minutes or hours, a time said after the "now", the
    twitch tied to the breaking, nor to "when did it start?" (safety reviews C70 and C2-70)."""
    times = _time_values(resolution)
    said = text.lower()
    if pending_question in _HOW_LONG_QUESTIONS or not times or resolution.slots.get("symptom") or re.search(
            A_SIGN_TOLD, said) or _WEAK_SAID.search(said) or any(
                (value.value or "").startswith("PT") for value in times):
        return resolution
    words = _words_as_said(text)
    for owner in range(len(words) - 2):
        blink = next((owner + 2 + at + len(phrase) for at in range(5) for phrase in _ON_THE_BLINK
                      if words[owner + 2 + at : owner + 2 + at + len(phrase)] == list(phrase)), None)
        if words[owner] not in _A_MACHINES_OWNER or words[owner + 1] not in _MACHINES or blink is None:
            continue
        if (set(words[max(0, owner - 3) : owner]) | set(words[owner:])) & _TIED_TO_THE_BREAKING:
            return resolution

        def the_machines(value: ResolvedSlot, broke: int) -> bool:
            # (Said once, right after the breaking and right before "and now", with no time of any kind after it:
            # "... for a week and now my eye too, seven days" keeps it.)
            spoken = _spoken_words(value.spoken)
            at = occurrences(words, spoken)
            end = at[0] + len(spoken) if len(at) == 1 else 0
            return bool(end) and set(words[broke : at[0]]) <= _BEFORE_A_MACHINES_TIME and (
                words[end : end + 2] in (["and", "now"], [",", "now"])) and not set(words[end:]) & (
                    TIME_UNITS | _TIME_NUMBERS)

        for name in ("duration", "startDate"):
            dropped = [value for value in resolution.slots.get(name, []) if the_machines(value, blink)]
            resolution = _without_values(resolution, name, dropped) if dropped else resolution
        return resolution
    return resolution


_A_DEATH = frozenset({"died", "lost", "buried", "funeral", "death"})  # (not "passed": "he passed out an hour ago")


def _without_the_time_of_a_death(resolution: Resolution, text: str) -> Resolution:
    """Without a time said of a death, in a stretch where nothing twitches ("her left eyelid's been twitching ... dad
    had motor neurone disease, we lost him in 2011": round 145 had dated the twitch to 2011)."""
    if not _time_values(resolution):
        return resolution
    words, stretch_of, twitching = _twitching_stretches(text, _BREAKS_IN_A_SENTENCE)
    if set(words) & {"since", "after", "when", "then", "ever", "started", "began", "start"}:
        return resolution  # ("since my dad died in march", "my dad died last week and since then ...": its time)
    for name in ("duration", "startDate"):
        of_a_death = [value for value in resolution.slots.get(name, []) if (at := occurrences(
            words, _spoken_words(value.spoken))) and all(
            stretch_of[start] not in twitching and set(words[max(0, start - 4) : start]) & _A_DEATH for start in at)]
        resolution = _without_values(resolution, name, of_a_death) if of_a_death else resolution
    return resolution


_WHY_NOT_PREGNANT = frozenset({"tubes", "hysterectomy", "menopause", "coil", "implant", "sterilised", "sterilized",
                               "vasectomy", "snipped"})


def _without_times_of_other_things(resolution: Resolution, text: str) -> Resolution:
    """Without the times said in the same stretch of the sentence as another symptom, with nothing there that may
    point to the twitch ("my knee has been sore for a year"; not "cramps, and the whole thing started three months
    ago", "an ache in the calf, it's been four months now")."""
    words, stretch_of, twitching = _twitching_stretches(text, _STRETCH_BREAKS)
    symptoms = {part for value in resolution.slots.get("symptom", [])
                for part in _stretches_of(value, words, stretch_of)}
    if "pregnancy" in resolution.slots:
        # (And of an answer about pregnancy: "i'm not pregnant, i had my tubes tied years ago", round 163.)
        symptoms |= {part for value in resolution.slots["pregnancy"]
                     for part in _stretches_of(value, words, stretch_of)}
        symptoms |= {part for word, part in zip(words, stretch_of, strict=True) if word in _WHY_NOT_PREGNANT}
    pointing = {part for word, part in zip(words, stretch_of, strict=True) if word in _POINTING_BACK}
    of_the_symptom = symptoms - twitching - pointing
    # "... stiff in the mornings with the arthritis, sure that's been twenty years": a stretch that opens with "that"
    # right after the other symptom's is of it too, and so on ("the back ache, and that's nowt new, i've had that
    # twenty years": round 76).
    opening = {part: [word for at, word in enumerate(words)
                      if stretch_of[at] == part and word not in _STRETCH_BREAKS][:4] for part in set(stretch_of)}
    before = None  # the stretch before, passing over those of only a break (", and")
    for part, first in sorted(opening.items()):
        if not first:
            continue
        if before in of_the_symptom and "that" in first and part not in twitching | symptoms:
            of_the_symptom.add(part)
        before = part
    for name in ("duration", "startDate"):
        other = [value for value in resolution.slots.get(name, [])
                 if (parts := _stretches_of(value, words, stretch_of)) and parts <= of_the_symptom]
        resolution = _without_values(resolution, name, other) if other else resolution
    return resolution


_CYCLE_DAY = re.compile(r"\bday (?P<then>[a-z0-9 ]{1,20}?) of (?:my|her|the|their) cycle\b")
_CYCLE_TODAY = re.compile(
    r"\b(?:i'm|i am|she's|she is|i'm now|it's|today is|today's|we're) (?:now )?(?:on )?day (?P<now>[a-z0-9 ]{1,20}?)"
    r"(?: today| now|$| ,)")


def _days_into_a_cycle(text: str) -> int | None:
    """The days from "day 14 of my cycle" to "i'm on day 22 today", both said; None otherwise."""
    said = " ".join(normal_words(text))
    then, now = _CYCLE_DAY.search(said), _CYCLE_TODAY.search(said)
    if then is None or now is None:
        return None
    first, last = parse_number(then.group("then")), parse_number(now.group("now"))
    return last - first if first is not None and last is not None and 0 < last - first < 60 else None


def _without_the_time_of_a_shock(resolution: Resolution, text: str) -> Resolution:
    """Without the time said in a stretch that tells of news of a price, with no twitch in it ("it keeps
    flickering, and i nearly had a heart attack when i saw the gas bill this morning"): when the bill came, not
    when the twitch began, nor how it came on (round 80: it had dated a twitch of five weeks to this morning)."""
    if not {"duration", "startDate", "pace"} & set(resolution.slots):
        return resolution  # (read for every utterance without a sign: only a time or a pace can be the shock's)
    words, stretch_of, shocks = _stretches_of_a_shock(text)
    for name in ("duration", "startDate", "pace"):
        of_the_shock = [value for value in resolution.slots.get(name, [])
                        if (parts := _stretches_of(value, words, stretch_of)) and parts <= shocks]
        resolution = _without_values(resolution, name, of_the_shock) if of_the_shock else resolution
    return resolution


def _stretch_openings(words: list[str], stretch_of: list[int], skipped: Set[str]) -> dict[int, str]:
    """Each stretch's first word, passing over the `skipped` ones (a pause, or every break)."""
    openings: dict[int, str] = {}
    for word, part in zip(words, stretch_of, strict=True):
        if word not in skipped:
            openings.setdefault(part, word)
    return openings


def _without_times_of_an_illness(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the time said in a stretch of its own about an illness ("my arm is twitching, the upper arm, i am
    having chest infection since last week"): how long the infection has gone on, not the twitch (round 82: it had
    dated the twitch, so "when did it start?", whose answer told the breathing trouble, was never asked). Not a start
    told by the illness ("..., since i had covid in july", "i had covid in july and it started then"), nor beside a
    sign."""
    words = [token.word for token in sequence]
    if not _ILLNESSES.intersection(words) or not any(match.types & {DATE_TYPE, DURATION_TYPE} for match in matches):
        return matches  # (read for every utterance: most name no illness)
    stretch_of, twitching = _stretches_and_twitching(sequence, _STRETCH_BREAKS)
    if any(word in _STARTING_WORDS and part not in twitching for word, part in zip(words, stretch_of, strict=True)):
        return matches
    openings = _stretch_openings(words, stretch_of, _STRETCH_BREAKS)
    signs = {stretch_of[match.start] for match in matches if SIGN_TYPE in match.types}

    def of_the_illness(match: Match) -> bool:
        # The illness named before its time in its stretch ("having chest infection since last week").
        part = stretch_of[match.start]
        return part not in twitching | signs and openings.get(part) not in _OPENING_A_START and any(
            words[at] in _ILLNESSES for at in range(match.start) if stretch_of[at] == part)

    return [match for match in matches if not (match.types & {DATE_TYPE, DURATION_TYPE} and of_the_illness(match))]


def _stretches_of_a_shock(text: str) -> tuple[list[str], list[int], set[int]]:
    """The words of `text`, the stretch each is in, and the stretches telling of news of a price, with no twitch."""
    words, stretch_of, twitching = _twitching_stretches(text, _STRETCH_BREAKS)
    lemmas = [lemma(word) for word in words]
    shocks = {stretch_of[at] for at in range(len(words) - 1) if words[at] == "when" and set(
        lemmas[at + 1 : at + 6]) & _NEWS_OF_A_PRICE and set(words[at + 1 : at + 8]) & _PRICES} - twitching
    return words, stretch_of, shocks


def _today_only_of_a_shock(text: str) -> bool:
    """Whether every "this morning" (or the like) is said in a stretch telling of news of a price."""
    words, stretch_of, shocks = _stretches_of_a_shock(text)
    said = [at for phrase in _EARLIER_TODAY for at in occurrences(words, phrase)]
    return bool(said) and all(stretch_of[at] in shocks for at in said)


_WORDS_OF_LONG_AGO = frozenset({"baby", "child", "kid", "toddler", "teenager", "years", "decades", "school", "young"})


def _a_year_said(words: list[str], at: int) -> bool:
    """Whether a year, or a full recovery, is said at `at`: "in 2004", "back in two thousand and four", "since
    nineteen ninety", "made a full recovery" (a year beside a sign is not read as a time, but it still says the sign
    is long past: "a small stroke back in two thousand and four"; not "nineteen twenty minutes ago", "room 1204", "the
    recovery position": review A82)."""
    word, before = words[at], words[at - 1 : at]
    if word in ("recovery", "recovered"):
        return bool(set(words[max(0, at - 2) : at + 2]) & {"full", "fully", "complete", "completely"})
    year = (word.isdigit() and len(word) == 4) or (word == "two" and words[at + 1 : at + 2] == ["thousand"]) or (
        word in ("nineteen", "twenty") and words[at + 1 : at + 2] != [] and words[at + 1].endswith(("ty", "teen"))
        and words[at + 2 : at + 3] not in (["minutes"], ["minute"], ["hours"], ["seconds"]))
    return year and before in (["in"], ["since"], ["of"], ["from"])


def _the_twitchs_times_beside_a_sign(sequence: list[Token], matches: list[Match], negated: Set[int],
                                     urgent: Set[str]) -> set[int]:
    """The indexes of the twitch's own long times, to set aside when an urgent sign is told in another stretch ("i've
    had this for thirty-four weeks and i fainted", "my eyelid has been twitching for three months and i fainted
    yesterday"): the time dates the twitch, and, the first time said being the one kept, had made the faint history
    (review B80). A sign told as long past in its own stretch ("i had a stroke ten years ago") keeps them."""
    def long_ago(match: Match) -> bool:
        return DURATION_TYPE in match.types and (
            iso_duration_seconds(match.values[0].iso or "") or 0) >= HISTORY_AFTER_SECONDS

    if not any(long_ago(match) for match in matches):
        return set()  # (read for every utterance: only a time long enough to make a sign history matters)
    stretch_of, twitching = _stretches_and_twitching(sequence, _STRETCH_BREAKS)
    words = [token.word for token in sequence]
    # (The twitch pointed to: "i've had this", "had it for".)
    twitching |= {stretch_of[at] for at in range(1, len(words)) if words[at] in ("this", "it") and sequence[
        at - 1].lemma == HAVE}
    signs = {stretch_of[match.start] for index, match in enumerate(matches) if SIGN_TYPE in match.types
             and index not in negated and any(value.id in urgent for value in match.values)}
    # (Not a sign told as long past in its own words: "he had febrile convulsions as a baby", "i had one fit when i
    # was fifteen, forty-odd years ago", "a stroke ten years ago".)
    long_past = {part for part in signs if any(
        word in _WORDS_OF_LONG_AGO or words[at : at + 3] == ["when", "i", "was"] or _a_year_said(words, at)
        for at, word in enumerate(words) if stretch_of[at] == part) or any(
        long_ago(match) and stretch_of[match.start] == part for match in matches)}
    if not signs - long_past:
        return set()
    # Only a time long enough to make the sign history (a twitch's week does no harm beside a faint).
    return {index for index, match in enumerate(matches)
            if long_ago(match) and stretch_of[match.start] in twitching - signs}


def _without_times_of_a_partner_away(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the times said of a partner beside a pregnancy ruled out or in ("i can't be pregnant, my husband's been
    working in guyana since august"): how long they have been away, not when the twitch began (round 81: it had taken
    the place of "since monday", said of the twitch)."""
    if not any(_PREGNANCY_TYPE in match.types for match in matches) or any(
            SIGN_TYPE in match.types for match in matches):
        return matches  # (never beside a sign: "about an hour ago i was reading to my husband", tune51-035)
    stretch_of, twitching = _stretches_and_twitching(sequence, _STRETCH_BREAKS)
    partners = {stretch_of[at] for at, token in enumerate(sequence) if token.word in _PARTNERS} - twitching
    return [match for match in matches if not (match.types & {DATE_TYPE, DURATION_TYPE}
                                               and stretch_of[match.start] in partners)]


def _a_question_opened(text: str) -> bool:
    """Whether a clause opens with a word of asking ("i'm not sure, what counts?"; not "i don't know what day it
    started")."""
    words = list(normal_words(text))
    return any(word in _ASKING_WORDS and (at == 0 or words[at - 1] == ",") for at, word in enumerate(words))


def _without_the_time_a_partner_is_away(resolution: Resolution, text: str, asked: bool) -> Resolution:
    """Without the time said of a partner where pregnancy is asked or told ("i can't be pregnant, my husband's been
    working in guyana since august"): how long they have been away, not when the twitch began (round 81: it had
    dated the twitch four months back, and the advice raised for it)."""
    words, stretch_of, twitching = _twitching_stretches(text, _STRETCH_BREAKS)
    if resolution.slots.get("symptom"):
        return resolution  # (a sign's time is never taken away)
    # (And, asked about pregnancy, the time of what rules it out: "no, i had a hysterectomy four years ago"; not in a
    # report, "i'm a guy in my twenties it's just my eyelid going for like three days", tune25-046.)
    told = {part for word, part in zip(words, stretch_of, strict=True) if word in _PARTNERS} | {
        part for value in resolution.slots.get("pregnancy", []) if asked
        for part in _stretches_of(value, words, stretch_of)}
    for name in ("duration", "startDate"):
        away = [value for value in resolution.slots.get(name, [])
                if (parts := _stretches_of(value, words, stretch_of)) and parts <= told - twitching]
        resolution = _without_values(resolution, name, away) if away else resolution
    return resolution


def _places_only_twitch(resolution: Resolution, text: str) -> bool:
    """Every place said in a stretch of the sentence with a word for twitching, and every symptom outside them."""
    places, symptoms = resolution.slots.get("bodyPart", []), resolution.slots.get("symptom", [])
    if not places or not symptoms:
        return False
    words, stretch_of, twitching = _twitching_stretches(text, _BREAKS_IN_A_SENTENCE)
    place_parts = [_stretches_of(place, words, stretch_of) for place in places]
    symptom_parts = [_stretches_of(symptom, words, stretch_of) for symptom in symptoms]
    return all(parts and parts <= twitching for parts in place_parts) and all(
        parts and not parts & twitching for parts in symptom_parts)


def _a_little_caffeine(resolution: Resolution, text: str) -> list[ResolvedSlot]:
    """The caffeine said as one cup ("only one tea a day", "just the one coffee in the morning", "one coffee a
    day") or barely drunk ("i barely drink coffee"), with no sign said."""
    # Only in an answer about triggers, or in a twitch report: a sign or a how-it-came-on said beside the cup ("my
    # arm's gone funny, one coffee a day", "suddenly, one coffee a day") keeps its reading whole.
    if resolution.intent != _REPORT_INTENT and set(resolution.slots) - {"trigger", "deniedTrigger", "duration",
                                                                         "answer"}:
        return []
    if {"symptom", "pace"} & set(resolution.slots):
        return []
    words = _words_as_said(text)
    little = []
    for value in resolution.slots.get("trigger", []):
        at = occurrences(words, _spoken_words(value.spoken))
        if value.id != "caffeine" or not at:
            continue
        before, after = words[max(0, at[0] - 4) : at[0]], words[at[0] + len(_spoken_words(value.spoken)) :][:3]
        one = bool(set(before) & {"one", "1", "single"}) or before[-1:] == ["a"]
        only = bool(set(before) & {"only", "just"}) or after[:2] in (["a", "day"], ["per", "day"]) or after[:1] == [
            "daily"]
        # "I barely drink coffee" (not "..., but today i had loads", "normally", "except the last week").
        # ("Barely any coffee", "hardly any tea": round 81.)
        barely = any(word in {"barely", "hardly", "rarely", "seldom"} and then in {"drink", "have", "touch", "take",
                                                                                    "any"}
                     for word, then in zip(before[-3:], before[-2:], strict=False)) and not set(
            words[at[0] :]) & {"but", "except", "though", "normally", "usually", "today", "lately"}
        if (one and only or barely) and not set(before) & {"more", "than", "cans", "can", "energy", "pot", "litre",
                                                             "big"}:
            little.append(value)
    return little


def _nothing_new_but_the_old(resolution: Resolution, text: str) -> bool:
    """"Nothing new" (or a no) first, then only something old ("the hip's been bad for years", "except my usual
    arthritis"), with no sign, medicine or pregnancy told."""
    words = list(normal_words(text))
    denies = words[:2] == ["nothing", "new"] or words[:1] in (["no"], ["nope"], ["nah"], ["nothing"])
    told = {"symptom", "trigger", "pregnancy", "duration", "startDate", "pace"} & set(resolution.slots)
    unknown_only = all(value.id is None or value.id == "medication" for value in resolution.slots.get("trigger", []))
    old_at = next((at for at, word in enumerate(words) if word in _OLD_COMPLAINT), None)
    # Nothing added after the old complaint ("..., and my hands have been shaking", "though they upped the dose").
    added = old_at is not None and bool(set(words[old_at:]) & (_MORE_TOLD | _MEDICINE_CHANGES))
    return denies and old_at is not None and not added and (not told or told == {"trigger"} and unknown_only) and (
        "new" in words or "except" in words or "usual" in words)


def _yes_just_beside_it(resolution: Resolution, text: str) -> bool:
    """A yes, then only one place said by where it lies ("yes, just below her left shoulder blade", "yeah, same spot,
    just under her ear on the left": round 140 had the ear's place as a second twitching one)."""
    words = _words_as_said(text)
    places = resolution.slots.get("bodyPart", [])
    same = [value.id for value in resolution.slots.get("placePattern", [])] in ([], ["same_place"])
    if (words[:1] not in _PLAIN_YES and words[:1] != ["same"]) or len(places) != 1 or not same or set(
            resolution.slots) - {"bodyPart", "answer", "person", "placePattern"}:
        return False
    at = occurrences(words, _spoken_words(places[0].spoken))
    return bool(at) and bool(set(words[max(0, at[0] - 3) : at[0]]) & _LOCATING) and not set(words) & _SPREAD_WORDS


def _a_dose_changed(text: str) -> bool:
    """Whether a medicine's dose is told as changed ("upped my adderall dose", "went up to thirty milligrams"), not
    as the same as ever."""
    words = list(normal_words(text))
    if set(words) & {"same", "unchanged", "usual", "always", "years", "ages", "nothing"}:
        return False  # "a low dose of aspirin, have for ages", "but nothing's changed"
    return any(word in _DOSE_WORDS and not set(words[max(0, at - 4) : at + 5]) & _NEGATORS  # "no change to my dose"
               for at, word in enumerate(words))


_DOUBTED_NERVE_SIGNS = r"(?:thinner|thinning|smaller|skinnier|shrinking|weak\w*|numb\w*|tingl\w*|wasting)"
_A_NERVE_SIGN_DOUBTED = re.compile(
    rf"\b{_DOUBTED_NERVE_SIGNS}\?\s*(?:i'm |i am |im |i |honestly |to be honest )?(?:not sure|unsure|dunno|no idea|"
    rf"not certain)\b|\b(?:not sure|dunno) about (?:the )?{_DOUBTED_NERVE_SIGNS}\b")
_DENIABLE = r"(?:weakness|weak|numbness|numb|tingling|tingles|pins and needles)"
_ONLY_SIGNS_DENIED = re.compile(
    rf"^\W*(?:(?:(?:no|not|nope|nah|none)\s+(?:any\s+)?{_DENIABLE}|{_DENIABLE}\s+(?:no|nope|none|nah))\W*)*"
    r"(?:but\s+|and\s+)?$")


def _not_sure_whether(text: str) -> bool:
    """Whether `text` says it is not sure if something is so ("not sure if it's numb", "don't know whether it's
    weaker"), with no "yes" or "no" of its own before that."""
    # (Or asked back and then not sure, or not sure about it, with nothing said before it but other signs denied:
    # "weakness no, tingling no, but thinner? I'm not sure", "not sure about thinner"; round 196 had heard the thinner
    # muscle as there. Never after a sign said as there: "my grip is weaker, not sure about thinner" keeps the
    # weakness, and its sudden question: safety review C67.)
    lowered = text.lower()
    doubt = _A_NERVE_SIGN_DOUBTED.search(lowered)
    if doubt and _ONLY_SIGNS_DENIED.match(lowered[: doubt.start()]):
        return True
    words = _words_as_said(text)
    for at, word in enumerate(words):
        if word in ("if", "whether") and (words[max(0, at - 2) : at] in (["not", "sure"], ["not", "know"],
                                                                       ["not", "certain"], ["not", "tell"],
                                                                       ["not", "say"]) or words[at - 1] == "dunno"):
            return not set(words[:at]) & {"yes", "yeah", "yep", "no", "nope", "nah"}
    return False


# What takes a yes to "always in the same place?" back, or adds a place to it: a mistake owned, a no, or a word of
# spreading (but "and", "times" and "started": "yes, only the right eye, and it started on tuesday" tells more).
_NOT_THE_SAME_PLACE = _MISTAKE_WORDS | {"wait", "no", "not", "actually", "meant"} | (
    _SPREAD_WORDS - {"and", "times", "started"})


def _yes_and_the_same_place(resolution: Resolution, text: str) -> bool:
    """Whether an answer to "always in the same place?" is a yes told with more (a correction's words, or a report
    of one place), with nothing that takes it back or adds a place."""
    words = _words_as_said(text)
    if set(words) & _NOT_THE_SAME_PLACE:
        return False
    if resolution.intent == _CORRECTION_INTENT:
        return words[:1] in _PLAIN_YES
    # (Not "yes, just below her left shoulder blade": where in the place said before, read as such elsewhere.)
    return (resolution.intent == _REPORT_INTENT and resolution.slot_ids().get("answer", ["yes"]) == ["yes"]
            and len(resolution.slots.get("bodyPart", [])) == 1 and not set(words) & (_LOCATING | {"and"})
            and (words[:1] in _PLAIN_YES or bool(set(words) & {"only", "always"})))


def _just_the_one_place(resolution: Resolution, text: str) -> ResolvedSlot | None:
    """The place in "just the thumb" when other places said after it are only something else ("yeah, just the right
    calf, the elbow's a different thing"), not more twitching ("just the calf, and the foot too sometimes")."""
    places = resolution.slots.get("bodyPart", [])
    if len(places) < 2:
        return None
    words = _words_as_said(text)
    first = _spoken_words(places[0].spoken)
    found = occurrences(words, first)[:1]
    if not found or not {"just", "only"} & set(words[max(0, found[0] - 3) : found[0]]):
        return None
    at = found[0]
    rest = words[at + len(first) :]
    if not rest or rest[0] != "," or set(rest) & _MORE_PLACES or any_twitching(word_tokens(rest)):
        return None
    return places[0] if set(rest) & _SOMETHING_ELSE else None


def _another_problem(resolution: Resolution, text: str) -> bool:
    """Whether a place is named only for another problem, with no twitching, no symptom and no yes: "naw, the knee's
    old news" (not "yes, my arm", "no, but it's in my calf too now")."""
    said_yes = resolution.slot_ids().get("answer") == ["yes"]
    return not (said_yes or _a_place_added(resolution, text)) and bool(
        set(normal_words(text)) & (_SOMETHING_ELSE | _OTHER_COMPLAINTS | _OLD_NEWS))


def _a_place_added(resolution: Resolution, text: str) -> bool:
    """Whether a place is told as twitching too, or with a symptom ("no, but it's in my calf too now")."""
    words = set(normal_words(text))
    return bool(set(resolution.slots) & {"symptom", "placePattern"} or any_twitching(word_tokens(tuple(words)))
                or words & (_MOVED_OR_SPREAD | _MORE_OF_IT | {"started", "starting", "moved", "spread", "spreading"}))


def _without_the_place(resolution: Resolution) -> Resolution:
    """"Naw, the knee's old news" to "any other new symptoms?": the place is another problem's, not a second place
    that twitches; what is left is the answer (a bare no stays a no)."""
    slots = {name: values for name, values in resolution.slots.items() if name != "bodyPart"}
    answer = slots.get("answer", [])
    if set(slots) - {"answer", "person"}:
        return replace(resolution, slots=slots)
    if len(answer) == 1 and answer[0].id in _ANSWER_INTENTS:
        return Resolution(_ANSWER_INTENTS[answer[0].id], {}, resolution.confidence, resolution.text)
    return resolution


def _an_age(value: ResolvedSlot, text: str) -> bool:
    """Whether a time is said as someone's age ("she's ten weeks", "the baby's only four months")."""
    words = list(normal_words(text))
    said_at = occurrences(words, _spoken_words(value.spoken))
    return any(said_of_someones_age(words[max(0, at - 3) : at]) or _a_birth(words[max(0, at - 3) : at])
               for at in said_at)


def _a_birth(before: Sequence[str]) -> bool:
    """Whether the words before a time say a baby was born then ("i just had her three weeks ago", "gave birth
    a month ago"): the baby's age, not the twitch's."""
    return before[-2:] in (["had", "her"], ["had", "him"], ["had", "them"], ["had", "baby"], ["gave", "birth"]) or (
        before[-3:] in (["had", "the", "baby"], ["had", "my", "baby"], ["had", "the", "twins"]))


def _without_values(resolution: Resolution, slot: str, dropped: Sequence[ResolvedSlot]) -> Resolution:
    kept = [value for value in resolution.slots.get(slot, []) if value not in dropped]
    slots = {name: values for name, values in resolution.slots.items() if name != slot}
    return replace(resolution, slots={**slots, slot: kept} if kept else slots)


_NOT_IT = frozenset({"not", "wasn't", "isn't", "weren't", "ain't"})


def _one_time_not_another(text: str, longest: int = 3) -> bool:
    """"Three days, not three months": a time said, then another said not to be it ("it wasn't a month, ... it only
    started sunday night": round 140), of up to `longest` words; one of four only said of "it" ("it wasn't a couple
    of days", never "i've not a couple of days of tablets left": safety review D64)."""
    words = list(normal_words(text))
    return any(word in _NOT_IT and any(parse_duration(" ".join(words[at + 1 : at + size])) and (
        size <= 4 or words[at - 1 : at] in (["it"], ["was"], ["is"], ["it's"])) for size in range(2, longest + 2))
               for at, word in enumerate(words))


def _said_over_denied(resolution: Resolution) -> Resolution:
    """A symptom or trigger denied only as what was answered before, then said ("i said no weakness, but truly my
    hand has become weaker", "i said no to medicines but the gp upped my sertraline"): said, and the quoted no is no
    answer. (A denial of one's own, "no tingling, it was just the twitch i was feeling", stands.)"""
    words = list(normal_words(resolution.text))
    answered = next((at for at, word in enumerate(words) if word in _ANSWERED_BEFORE), None)
    but = next((at for at, word in enumerate(words) if word == "but" and answered is not None and at > answered), None)
    # The denial is the answer quoted before the "but", the sign what is said after it ("i said yes but i'm not
    # weak" takes the yes back).
    if but is None or not set(words[answered:but]) & _NEGATORS:
        return resolution
    # A "not" of the sign's own words is no denial after the "but" ("but i can't get up from a squat without
    # grabbing onto something").
    in_signs = Counter(word for value in resolution.slots.get("symptom", [])
                       for word in normal_words(value.spoken) if word in _NEGATORS | {"n't"})
    if Counter(word for word in words[but:] if word in _NEGATORS | {"n't"}) - in_signs:
        return resolution
    slots = dict(resolution.slots)
    for told, denial in (("symptom", "deniedSymptom"), ("trigger", "deniedTrigger")):
        said = {value.id for value in slots.get(told, [])}
        if said & {value.id for value in slots.get(denial, [])}:
            kept = [value for value in slots.pop(denial) if value.id not in said]
            slots |= {denial: kept} if kept else {}
            slots = {name: values for name, values in slots.items()
                     if name != "answer" or [value.id for value in values] != ["no"]}
    return replace(resolution, slots=slots)


_PAIRS_LOOKED_AT = frozenset({"legs", "calves", "arms", "hands", "thumbs", "thighs", "feet", "sides"})


def _muscle_said_unchanged(text: str) -> bool:
    """"The muscle looks the same as ever", "muscles look normal": the muscle's size, said to be unchanged."""
    words = _words_as_said(text)
    for at, word in enumerate(words):
        # ("Both legs look normal", "both calves look the same": the pair compared by eye, as the muscle is.)
        pair_looked_at = word in _PAIRS_LOOKED_AT and words[at - 1 : at] == ["both"] and words[at + 1 : at + 2] in (
            ["look"], ["looks"])
        if word in ("muscle", "muscles") or pair_looked_at:
            after = words[at + 1 : at + 6]
            # ("The muscle is the same size", "the muscle's normal".)
            looks = next((i for i, word in enumerate(after) if word in ("look", "looks", "looking", "seems", "is",
                                                                        "'s", "are", "stays")), None)
            clause = _up_to_a_pause(words[at:])
            if looks is not None and set(after[looks + 1 : looks + 3]) & (_FINE | {"same"}) and not set(
                clause) & {"not", "n't", "smaller", "thinner", "but"}:
                return True  # (in its own clause: "the muscle looks normal, i'm not on anything new")
    return False


def _up_to_a_pause(words: list[str]) -> list[str]:
    """The words before the first comma: one clause, said of what opens it."""
    return words[: words.index(",")] if "," in words else words


_ASKING_OF_WEAKNESS = frozenset({"nerve_signs", "weakness"})
_STILL_DONE = _ABILITIES | frozenset({"do", "doing", "lifting", "carry", "carrying", "holding", "gripping", "walking",
                                     "climbing", "opening", "using", "buttons", "writing", "milking", "work",
                                     "working", "drive", "driving", "play", "playing", "run", "running", "manage",
                                     "managing"})
# What says the strength is not all it was, beside what is still done ("i can still walk but my leg drags").
_NOT_ALL_IT_WAS = frozenset({"not", "cannot", "barely", "hardly", "struggle", "struggling", "weak", "weaker",
                             "harder", "less", "drop", "dropping", "drops", "but", "except", "though", "only", "just"})


# Words that end the talk only when said of the speaker ("i'm finished", "we're done"), not of something else
# ("those days are finished"); and what is said of the speaker or of the talk.
_ENDING_WHEN_OF_THE_SPEAKER = frozenset({"finished", "done", "over", "enough", "end"})
_THE_SPEAKER_OR_THE_TALK = frozenset({"i", "we", "am", "'m", "all", "that", "that's", "this", "it", "it's", "we're",
                                      "i'm"})


_EXCLAIMED = frozenset({"ah", "oh", "aw", "ach", "och"})


def _after_a_stop_exclaimed(text: str) -> str | None:
    """What follows an exclaimed "ah stop" ("ah stop, them days are long behind me"), or None: the whole of a bare
    "ah stop" is a stop."""
    words = _words_as_said(text)
    if not (words[:1] and words[0] in _EXCLAIMED and words[1:2] == ["stop"]):
        return None
    rest = list(dropwhile(lambda word: word in ("it", ",", "."), words[2:]))
    return " ".join(rest) if len(rest) > 1 else None


def _finished_of_something_else(words: list[str], pending_question: str) -> bool:
    """Whether the only words that might end the talk say something else is finished ("those days are finished");
    asked about pregnancy, after a no, also "this" (having children) over: "No, no, she is fifty-six, this is
    finished" (round 206's dead end), where every such word is "finished", "over" or "done" said of "this", "that" or
    "it" ("no, that's enough" still ends the talk)."""
    ending = [at for at, word in enumerate(words) if word in _ENDING_WORDS]
    if not ending:
        return False
    if all(words[at] in _ENDING_WHEN_OF_THE_SPEAKER and not set(words[max(0, at - 2) : at]) & (
            _THE_SPEAKER_OR_THE_TALK) for at in ending):
        return True
    return pending_question in _ASKING_OF_PREGNANCY and words[0] in _ANSWER_NOS and all(
        words[at] in _ENDING_WHEN_OF_THE_SPEAKER - {"enough"} and (
            words[max(0, at - 2) : at] in (["this", "is"], ["that", "is"], ["it", "is"])
            or words[at - 1 : at] in (["that's"], ["it's"])) for at in ending)


_ASKING_OF_PREGNANCY = frozenset({"pregnant", "health_changes"})


def _said_not_sure(text: str) -> bool:
    """Whether `text` says not sure in so many words ("not sure", "unsure", "dunno"), beside a no or not."""
    words = _words_as_said(text)
    return bool(set(words) & {"unsure", "dunno"}) or any(
        words[at - 1 : at] == ["not"] or words[at - 2 : at] in (["not", "too"], ["not", "really"], ["not", "so"])
        for at, word in enumerate(words) if word in ("sure", "certain"))


def _strength_still_used(text: str) -> bool:
    """"I can still do up me own buttons", "still lifting the buckets twice a day, no bother": something done with
    the strength the question asks about, still, and nothing said against it."""
    words = list(normal_words(text, drop_fillers=False))
    return "still" in words and any(word in _STILL_DONE for word in words[words.index("still") + 1 :][:3]) and (
        not set(words) & _NOT_ALL_IT_WAS) and not any(word.endswith("n't") for word in words)


def _strength_said_unchanged(text: str) -> bool:
    """"Grip's fine", "my strength is normal", "strong as ever": no weakness, in its own clause ("grip's fine but"
    says more)."""
    words = _words_as_said(text)
    for at, word in enumerate(words):
        if word in ("grip", "strength"):
            after = words[at + 1 : at + 4]
            clause = _up_to_a_pause(words[at:])
            said_fine = after[:1] in (["'s"], ["is"], ["feels"], ["seems"]) and set(after[1:]) & (_FINE | {"same"})
            if said_fine and not set(clause) & {"not", "n't", "weak", "weaker", "but", "except", "apart"}:
                return True
        # "Arm's strong as ever", "still strong", "full strength" (round 130), not "not as strong as it was".
        said_strong = word == "strong" and (words[at + 1 : at + 3] in _AS_EVER or words[at - 1 : at] == ["still"]) or (
            words[at : at + 2] == ["full", "strength"])
        if said_strong and not set(words[max(0, at - 4) : at]) & {"not", "n't", "never", "less", "nowhere"} and not (
                set(_up_to_a_pause(words[at:])) & {"but", "except", "apart", "weak", "weaker"}):
            return True
    return False


def _a_place_as_the_answer(text: str) -> bool:
    """Whether a place said to a question about signs is the answer ("the left leg, like i told"): no twitching
    said, no question, no "just" or "only" before the place ("just the calf" may say where the twitch is), and not
    left unfinished ("my... the arm, it's, it's": asked again)."""
    words = _words_without_pauses(text)
    return not any_twitching(word_tokens(normal_words(text))) and not set(words) & _ASKING_WORDS and (
        words[-1:] not in _LEFT_UNFINISHED) and not set(words[:3]) & {"just", "only"}


def _compared_with_the_other(text: str) -> bool:
    """"It feels just like the other leg", "same as the other one": a side compared with its pair."""
    words = _words_as_said(text)
    return any(words[at : at + 2] == ["the", "other"] and set(words[max(0, at - 3) : at]) & {"like", "as", "than"}
               for at in range(len(words)))


# Last words that leave a sentence unfinished.
_LEFT_UNFINISHED = [[word] for word in ("it's", "its", "it", "is", "was", "the", "my", "me", "and", "but", "a", "he's",
                                        "she's", "his", "her")]
_AS_EVER = [["as", word] for word in ("ever", "before", "always", "usual", "normal", "an", "the", "a")]


_SENSATION_CHANGE = "sensation_change"
_FELT_WHOLE = (["it"], ["them"], ["everything"])
_FEELING_FINE = frozenset({"fine", "normal", "normally", "ok", "okay", "alright", "properly", "perfectly", "grand",
                           "proper"})
# Words that only stress what follows: "feels just the same", "feels totally normal".
_ONLY_STRESSING = frozenset({"just", "totally", "completely", "exactly", "perfectly", "quite", "pretty", "all"})
# All else a feeling said to be normal may be said with: when it is touched, the twitch, the other side compared
# ("it feels normal when i touch it, just jumpy"; not "it feels normal until you press it and then there's nothing
# there", review A48d).
_FEELS_NORMAL_AND = frozenset({
    "when", "if", "i", "you", "touch", "touched", "rub", "rubbed", "press", "pressed", "poke", "it", "just", "jumpy",
    "twitchy", "only", "as", "the", "other", "same", "leg", "arm", "hand", "foot", "side", "one", "to", ",", "normal",
    "fine", "ok", "okay", "really", "else", "apart", "from", "twitching", "twitch", "is", "feeling", "my", "a", "bit",
    "jumping", "flickering", "ever", "always", "than"})
# Words of when something came on: a feeling said to be normal beside them may be the good side beside a sign.
_SAID_WHEN = frozenset({"since", "ago", "sudden", "suddenly", "today", "hour", "hours", "morning", "lunch", "came",
                        "started", "now"})


def _feeling_said_unchanged(text: str) -> bool:
    """"I can feel it fine", "the feeling's normal", "feeling is the same", "i feel everything": no change in
    feeling, in its own clause ("i can feel it fine but it tingles" says more)."""
    words = _words_as_said(text)
    for at, word in enumerate(words):
        clause = _up_to_a_pause(words[at:])
        if set(clause) & {"not", "n't", "numb", "tingle", "tingles", "tingling", "but", "except", "apart", "less"}:
            continue
        felt = word == "feel" and words[at - 1 : at] in (["can"], ["could"]) and bool(
            set(words[at + 1 : at + 3]) & _FEELING_FINE) and words[at + 1 : at + 2] in _FELT_WHOLE
        feeling = word == "feeling" and words[at + 1 : at + 2] in (["'s"], ["is"]) and (
            set(words[at + 2 : at + 4]) & (_FEELING_FINE | {"same"}))
        # ("Him feel everything, nothing look different": round 84.)
        everything = word in ("feel", "feels") and words[at + 1 : at + 2] == ["everything"]
        # ("It feels normal when i touch it", "feels just the same as the other leg", "it is feeling normal only":
        # round 118, round 113.)
        said = [word for word in words[at + 1 : at + 4] if word not in _ONLY_STRESSING]
        # (Said of "it", the place asked about, with no yes and no time: "yes, since this morning, the other side
        # feels normal", "sure has, all of a sudden an hour ago, my right foot feels normal" are the numbness,
        # reviews A48b, A48c.)
        subject = words[at - 2 : at - 1] if words[at - 1 : at] in (["is"], ["'s"]) else words[at - 1 : at]
        as_ever = (word == "feels" or word == "feeling" and words[at - 1 : at] in (["is"], ["'s"])) and (
            said[:1] and said[0] in _FEELING_FINE or said[:2] == ["the", "same"]) and subject in (
            [], ["it"], [","]) and not set(words) & (_YES_WORDS_ALONE | _SAID_WHEN) and set(
            words[at + 2 :]) <= _FEELS_NORMAL_AND
        if felt or feeling or everything or as_ever:
            return True
    return False


# Having had what was asked about: "my son had both this morning", "he had one an hour ago" (not "no, i've had both
# my jabs", "had both coffees this morning": review B48c).
_HAD = frozenset({"had", "has", "got", "did", "done", "having"})
_WHEN_ONLY = frozenset({"this", "morning", "afternoon", "evening", "today", "tonight", "now", "just", "earlier", "an",
                        "a", "hour", "hours", "minutes", "ago", "at", "lunch", "lunchtime", "breakfast", "yesterday",
                        "last", "night", "of", "them", "those", ","})


def _had_one_or_both(text: str) -> bool:
    """Whether "both" (or "one") is said as what someone had ("my son had both this morning", "he had one at the pool
    an hour ago"), said last or followed by when or where, not by what ("had one coffee", "had both my jabs"), and no
    "no" or "not" before it."""
    words = _words_as_said(text)
    # ("One" only of someone else: "a coffee? had one at lunch", "i had one at break time" are the drink, review B48d.)
    return not (words[:1] and words[0] in _ANSWER_NOS) and any(
        (word == "both" or word == "one" and words[at - 2 : at - 1] in (["he"], ["she"], ["they"]))
        and at > 0 and words[at - 1] in _HAD and not set(words[:at]) & {"not", "n't", "never"}
        and (words[at + 1 : at + 2] == [] or words[at + 1] in _WHEN_ONLY)
        for at, word in enumerate(words))


# A yes said with its verb alone: who, then the verb of the question ("i did", "she is", "he has").
_WHO_SAID = frozenset({"i", "he", "she", "they", "we"})
_VERB_OF_A_YES = frozenset({"did", "have", "has", "had", "is", "was", "am", "were", "do", "does"})
_BEFORE_A_YES = frozenset({"cos", "coz", "because", "well", "oh", "yeah", "yes", "actually", "aye"})
_AFTER_A_YES = frozenset({"actually", "been", "as", "it", "happens", "indeed"})


def _elliptical_yes(text: str) -> bool:
    """Whether the first clause is a yes said with its verb alone ("cos i did", "well i have actually"), and nothing
    said denies anything."""
    words = _words_as_said(text)
    if set(words) & (_NEGATORS | {"n't", "never", "nope", "nah", "no"}):
        return False
    clause = list(takewhile(lambda word: word != ",", words))
    clause = list(dropwhile(lambda word: word in _BEFORE_A_YES, clause))
    while clause and clause[-1] in _AFTER_A_YES:
        clause.pop()
    return len(clause) == 2 and clause[0] in _WHO_SAID and clause[1] in _VERB_OF_A_YES


def _feeling_said_changed(text: str) -> bool:
    """"It doesn't feel normal", "the skin doesn't feel right", "it doesn't feel like mine": a change in feeling, said
    as the whole of its clause (not "no, it doesn't feel normal to have a twitch this long", review A48b)."""
    words = [word for word in _words_as_said(text) if word not in _ONLY_STRESSING]
    if words[:1] and words[0] in _ANSWER_NOS or set(words) & _TWITCH_WORDS:
        return False  # (nor of the twitch: "the twitch doesn't feel normal since this morning", review A48c)
    for at, word in enumerate(words):
        if word not in ("feel", "feels") or not set(words[max(0, at - 2) : at]) & {"not", "n't"}:
            continue
        said = 1 if words[at + 1 : at + 2] in (["normal"], ["right"]) else 2 if words[at + 1 : at + 3] in (
            ["like", "mine"],) else 0
        if said and words[at + 1 + said : at + 2 + said] in ([], [","], ["now"], ["anymore"], ["any"], ["since"]):
            return True
    return False


def _only_the_one_place(resolution: Resolution, text: str) -> bool:
    """Whether a twitch report names its one place as the only one: "just the right one", "only my left eyelid",
    "right thumb only" (not "not only my eyelid", nor "just the calf, and the foot too")."""
    places, sides = resolution.slots.get("bodyPart", []), ("left", "right")
    if len(places) != 1:
        return False
    words = _words_as_said(text)
    said = _spoken_words(places[0].spoken)
    # ("My left calf's been twitching ... only that calf": the place said again by its last word.)
    for place, at in sorted({(tuple(form), at) for form in (said, said[-1:]) for at in occurrences(words, form)},
                            key=lambda found: found[1]):
        after = words[at + len(place) :]
        before = words[max(0, at - 4) : at]
        just = next((i for i, word in enumerate(before) if word in ("just", "only")), None)
        only_after = after[:1] == ["only"]
        if just is None and not only_after:
            continue
        if just is not None and (not set(before[just + 1 :]) <= _WHICH_ONE or "not" in before[:just]):
            continue
        if just is not None and before[just] == "just" and not set(before[just + 1 :]) & set(sides):
            continue  # "it's just my eyelid going" says what it is, not that it is never anywhere else
        # ("Only the left calf, no other symptoms": "no other" is no other place.)
        told_after = {word for i, word in enumerate(after) if i >= (1 if only_after else 0) and not (
            word == "other" and after[i - 1 : i] in (["no"], ["any"]))}
        if not told_after & (_MOVED_OR_SPREAD - {"now", "well"}):
            return True
    # "my daughter's eyelid, just the right one": the place, then which one of it.
    which_one = any(occurrences(words, [only, "the", side, "one"]) for only in ("just", "only") for side in sides)
    one_of = any(words[at + 3 : at + 4] and words[at + 3] in _ONE_OF | set(said)
                 for only in ("just", "only") for at in occurrences(words, [only, "the", "one"]))
    return (which_one or one_of) and not _the_other_one_too(resolution, text)


def _the_other_one_too(resolution: Resolution, text: str) -> bool:
    """Whether the twitching is said to be in "the other" place as well ("and the other calf too", "the left eyelid,
    the right one's started"), not "on the other hand", "not the other one" or "the other knee's just sore"."""
    words = _words_as_said(text)
    places = {word for value in resolution.slots.get("bodyPart", []) for word in _spoken_words(value.spoken)}
    sides = {"left": "right", "right": "left"}
    for at, word in enumerate(words):
        # "Just the left eyelid, the right one's started": the opposite side said second is the other one.
        other = word == "other" or word in sides and sides[word] in words[:at]
        if not other or words[at + 1 : at + 2] not in (["one"], ["ones"], ["side"]) and not (
            set(words[at + 1 : at + 3]) & places
        ):
            continue
        before, after = words[max(0, at - 3) : at], words[at + 1 :]
        if before[-2:] == ["on", "the"] or set(before) & (_NEGATORS | SPEAKER_WORDS) or "n't" in before:
            continue  # (nor "i rub the other one too")
        if set(after) & (_NEGATORS | {"n't", "stopped"}):
            continue  # "the other one has never twitched", "the left one stopped years ago"
        if set(after) & (_SOMETHING_ELSE | _FINE):
            continue
        if set(after) & _OTHER_PLACE_TOO or any_twitching(word_tokens(after)) or "and" in before and len(after) <= 2:
            return True  # (and "yes, my calf, and the other leg": the other said last, added)
    return False


def _only_today(text: str) -> bool:
    """Whether `text` says "today" (or this morning...) and otherwise only when: "just today, since smoko", "this
    morning it started", not "today, had a mini stroke" or "not today, ages ago"."""
    words = list(normal_words(text))
    found = next(((phrase, at[-1]) for phrase in _EARLIER_TODAY if (at := occurrences(words, phrase))), None)
    if found is None:
        return False
    phrase, at = found
    del words[at : at + len(phrase)]
    if "since" in words and words.index("since") + 1 < len(words):
        del words[words.index("since") + 1]  # since smoko, since lunch: when, in the speaker's own word
    return set(words) <= _WHEN_ONLY_WORDS


def _not_now(text: str) -> bool:
    words = normal_words(text, drop_fillers=False)
    if words and _ANSWER_WORDS_FIRST.get(words[0]) == _YES_INTENT:
        return False  # "yes, earlier, just not right now" is a yes
    return any(words[at : at + len(phrase)] == phrase for phrase in _NOT_NOW for at in range(len(words)))


# Words that ask what a sign means or how to tell it; "what", "how" and "which" only when they ask ("what do you
# mean", "how would i know", "what, like ...?"), not in a story ("what we saw was a complete collapse", "she can't
# understand what anyone is saying").
_WORDS_ASKING_WHAT = frozenset({"what", "how", "which"})
_ASKING_WHAT_IT_MEANS = _ASKING_WORDS - _WORDS_ASKING_WHAT - {"understand"}  # (not "she can't understand anyone")
# After "what", "how" or "which", the words of a story ("what we saw was...", "what happened was...", "what anyone is
# saying"); anything else there asks ("how weak?", "what do you mean", "what, like ...?").
_TOLD_AFTER_A_QUESTION_WORD = frozenset({"we", "i", "he", "she", "they", "it", "happened", "happens", "anyone",
                                         "everyone", "anybody", "everybody", "was", "were", "my", "his", "her",
                                         "their", "our"})


_THERE_NOW = frozenset({"this", "that", "these", "my", "his", "her"})  # ("what's this pain", "explain my chest pain")


def _signs_asked_about(analysis: _Analysis) -> set[int] | None:
    """The signs (as `id`s of their matches) a question back asks about: the first one said after its asking words
    ("what counts as fainting? i blacked out in the shower", "what do you mean by trouble breathing my lips are
    going blue": only "fainting" and "trouble breathing" are asked about; the rest is told, with or without a
    pause between, as a recogniser writes it). "What's this crushing pain in my chest" asks about a pain that is
    there: none. None when the whole is a question in a few words that open with the asking ("what, like dropping
    stuff?")."""
    words = [token.word for token in analysis.tokens]
    # ("I mean I passed out this morning": "i mean" asks nothing.)
    asking = [at for at, word in enumerate(words) if word in _ASKING_WHAT_IT_MEANS and words[at - 1 : at] != ["i"]
              or word in _WORDS_ASKING_WHAT and (words[at + 1 : at + 2] != []
                                             and words[at + 1] not in _TOLD_AFTER_A_QUESTION_WORD)]
    if asking and asking[0] == 0 and len([word for word in words if word.isalpha()]) <= 5 and not (
            set(words[1:3]) & _THERE_NOW):
        return None
    asked: set[int] = set()
    for at in asking:
        if set(words[at + 1 : at + 3]) & _THERE_NOW:
            continue  # ("what's this crushing pain in my chest", "explain my chest pain": one that is there)
        first = next((match for match in analysis.matches if SIGN_TYPE in match.types and match.start > at), None)
        # Right after "mean by", "counts as"; a few words on after "how" ("how would i know if he's confused").
        if first is not None and first.start - at <= (9 if words[at] == "how" else 4):
            asked.add(id(first))
    return asked


# The words of a bare question back about a sign ("what d'ye mean by confused, like?", "how would i know if it's a
# fit?", "sorry, what exactly counts as fainting?"): anything else said with it tells something.
_WORDS_OF_A_QUESTION_BACK = frozenset({
    "what", "what's", "whats", "how", "which", "do", "does", "did", "you", "ye", "d'ye", "d'you", "mean", "means",
    "meaning", "meant", "by", "count", "counts", "counted", "as", "class", "explain", "example", "is", "are", "was",
    "be", "a", "an", "the", "like", "exactly", "sorry", "please", "then", "here", "that", "this", "one", "i", "would",
    "could", "can", "should", "know", "tell", "if", "it", "it's", "he", "she", "he's", "she's", "they", "me", ",",
    "kind", "of", "sort", "thing", "really", "again", "so", "okay", "ok", "well", "just", "am", "have", "has", "had",
    "there", "say", "said", "word", "words", "proper", "actual", "actually", "pardon", "mate", "love", "dear", "in",
    "terms", "when", "to", "for", "someone", "somebody", "person", "people", "someone's", "whether", "or", "not",
    "sure", "understand", "don't", "n't", "isn't", "bit", "about", "after", "feel", "feels", "look", "looks",
    "sound", "sounds"})


# "What counts as a fit? I mean I was on the floor shaking": what follows is told, though a repair reads it as the
# question's own words.
_I_MEAN_AFTER_A_PAUSE = re.compile(r"[?,.!]\s*i\s+mean\b", re.I)


def _only_a_question(analysis: _Analysis, asked: set[int]) -> bool:
    """Whether only a question about the signs asked is said: every other word a word of asking, or the stimulant
    the question names ("what do you mean by vomiting after a stimulant?"); or more, but of no one ("what do you mean
    by trouble breathing, like from an allergy?"), or asking whether it counts ("what do you mean by fainting, like
    does my screen going black count?"). Not "what do you mean by a fit, like the shaking I had on the bus earlier",
    "how would i know if he's confused? he's got dementia": someone's own, told."""
    inside = {at for match in analysis.matches if id(match) in asked or _TRIGGER_TYPE in match.types
              for at in range(match.start, match.end)}
    words = [token.word for token in analysis.tokens]
    more = {word for at, word in enumerate(words) if at not in inside and word not in _WORDS_OF_A_QUESTION_BACK
            and word != repair.EDIT}  # ("sorry, what exactly ...")
    asks_if_it_counts = any(word in ("does", "do", "would", "did") and {"count", "counts"} & set(words[at + 1 :])
                            for at, word in enumerate(words))
    # ("How would i know", "what do i mean": the asker, not someone told of.)
    someone = any(word in _SOMEONES_OWN and not (word == "i" and words[at + 1 : at + 2] in (
        ["know"], ["tell"], ["mean"], ["understand"])) for at, word in enumerate(words))
    return not more or asks_if_it_counts or not someone


# Words that make what is said with a question back someone's own: "i", "my", "he", "mine"...
_SOMEONES_OWN = _SOMEONES | frozenset({"mine", "i've", "i'd", "i'll", "we've", "they", "their", "them", "him"})


# Only an urgent sign told turns a question back into a description: asking what another means records nothing. (Not
# weakness, nor numbness: "what do you mean by weakness? I'm weak as a kitten after twelve hours on nights", "... like
# dropping things?" are questions, and tiredness.)
_URGENT_WHEN_TOLD = EMERGENCY_SYMPTOMS | STIMULANT_REACTION_SYMPTOMS | SUDDEN_SIGNS - {"weakness", "sensation_change"}


def _a_sign_told_as_the_reason(analysis: _Analysis) -> bool:
    """Whether what happened is told after a "because" ("what do you mean by confused, because this morning i didn't
    know what street i was on", "do you mean like slurring? because i am"): an urgent sign, that it came on now, or
    the sign asked about said to be so, told as the reason for asking (not "..., because i'm not")."""
    words = [token.word for token in analysis.tokens]
    because = next((at for at, word in enumerate(words) if word in ("because", "cos", "cause", "coz")), None)
    if because is None:
        return False
    # ("Do you mean like slurring? because i am, just started": the sign asked about, said to be so.)
    affirmed = words[because + 1 : because + 3] in ([subject, verb] for subject in ("i", "he", "she", "they", "we")
                                                    for verb in ("am", "is", "are", "was", "were", "have", "has",
                                                                 "did", "do", "does")) and (
        words[because + 3 : because + 4] in ([], [","]))
    # (A sign, or that it came on now: not "because i've had a sore throat since monday", a time of something else.)
    return affirmed or any(match.start > because and (PACE_TYPE in match.types or SIGN_TYPE in match.types and any(
        value.id in _URGENT_WHEN_TOLD for value in match.values)) for match in analysis.matches)


# Said before a question back: "sorry, why are you asking me about fits and fainting?" (round 149).
_BEFORE_A_QUESTION_BACK = frozenset({repair.EDIT, "sorry", "um", "erm", "er", "wait", "so", "but", "okay", "ok"})


def _without_a_twitch_played_down(words: list[str]) -> list[str]:
    """`words` without a twitch played down at their end: "..., it's just my eye", "... sure it's only my eyelid"
    (rounds 149-150): one's own twitching place, no fact beside the question."""
    if len(words) < 4 or words[-2] != "my":
        return words
    at = len(words) - 2 - (words[-3] == "only")
    for said in (["it", "is"], ["it's"], ["its"], ["that", "is"], ["that's"]):
        if words[at - len(said) : at] == said:
            at -= len(said)
            break
    else:
        return words
    at -= words[at - 1 : at] == ["sure"]
    return words[: at - 1] if words[at - 1 : at] == [","] else words


def _as_question_back(resolution: Resolution, analysis: _Analysis) -> Resolution:
    """"Why you asking about the pills?": a question about the question, however its words run, not a fact about
    pills. Only with no sign in it (a sign is kept wherever it is said) and nothing said of the speaker."""
    words = [token.word for token in analysis.tokens]
    words = words[1:] if words[:1] and words[0] in _BEFORE_A_QUESTION_BACK else words
    words = _without_a_twitch_played_down(words[1:] if words[:1] == [","] else words)
    # "What's all that got to do with a twitchy leg?": what the question has to do with the twitch, asked back.
    to_do_with = next((at + 3 for at in range(len(words)) if words[at : at + 3] == ["to", "do", "with"]), None)
    if words[:1] == ["what"] and to_do_with is not None and resolution.intent != _WHY_INTENT:
        said_before = set(words[:to_do_with])
        if said_before & (_FIRST_PERSON | _SOMEONES) or "," in words[to_do_with:] or (
                resolution.slots.get("symptom") or any(SIGN_TYPE in match.types for match in analysis.matches)):
            return resolution
        return Resolution(_WHY_INTENT, {}, _ANSWER_OF_ITS_KIND_CONFIDENCE, resolution.text)
    if resolution.intent == _WHY_INTENT or not any(
        tuple(words[: len(opening)]) == opening for opening in _WHY_OPENINGS
    ):
        return resolution
    # ("Why's a speaker need to know my pills?": "my" of the thing asked about, in one breath, is still only the
    # question, round 84.)
    # (Nor "me" of who is asked: "why are you asking me all that for a calf twitch?", round 104.)
    asked_me = {"me"} if words.count("me") == 1 and any(
        occurrences(words, [asking, "me"]) for asking in ("ask", "asking")) else set()
    speaker = set(words) & (_FIRST_PERSON | _SOMEONES) - ({"my"} if "," not in words else set()) - asked_me
    if speaker or not {token.lemma for token in analysis.tokens} & _ASKING:
        return resolution  # "why do you need to know, she's on the floor": about someone, not only a question
    if resolution.slots.get("symptom") or any(SIGN_TYPE in match.types for match in analysis.matches):
        return resolution
    return Resolution(_WHY_INTENT, {}, _ANSWER_OF_ITS_KIND_CONFIDENCE, resolution.text)


def _placeholder(slot_type: str) -> str:
    return f"<{slot_type}>"


def _denied(slot_type: str) -> str:
    """The type a value said under a negation has: `!SYMPTOM` for "no weakness"."""
    return f"!{slot_type}"


def _base(slot_type: str) -> str:
    return slot_type.removeprefix("!")


def _slot_roles(model: InteractionModel) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """What the samples say about each slot, per intent: its negation slots (every sample has a negation right before
    the slot) and the types of its leading slots (every sample with the slot opens with it)."""
    negation: dict[str, set[str]] = {}
    not_negation: set[tuple[str, str]] = set()
    leading: dict[tuple[str, str], bool] = {}
    for intent in model.intents.values():
        for sample in intent.samples:
            pieces = SLOT_REFERENCE.split(sample)
            words: list[str] = []
            for position, piece in enumerate(pieces):
                if position % 2 == 0:
                    words.extend(token.word for token in word_tokens(normal_words(piece)) if token.word != ",")
                    continue
                slot = intent.slots.get(piece)
                if slot is None:
                    continue
                before = words[-_NEGATION_REACH:]
                if any(word in _NEGATORS for word in before):
                    negation.setdefault(intent.name, set()).add(slot.name)
                else:
                    not_negation.add((intent.name, slot.name))
                leading[intent.name, slot.type] = leading.get((intent.name, slot.type), True) and not words
                words.append(_placeholder(slot.type))
    negation_slots = {
        intent: frozenset(name for name in names if (intent, name) not in not_negation)
        for intent, names in negation.items()
    }
    leading_types: dict[str, set[str]] = {}
    for (intent_name, slot_type), first in leading.items():
        if first:
            leading_types.setdefault(intent_name, set()).add(slot_type)
    return negation_slots, {intent: frozenset(types) for intent, types in leading_types.items()}


def _sample_sequence(
    sample: str, slots: dict[str, SlotDecl], model: InteractionModel, negation_slots: Iterable[str] = ()
) -> tuple[str, ...]:
    """A sample as the classifier sees it: lemmas, and a placeholder for each slot reference (of the negated type
    for a negation slot)."""
    sequence: list[str] = []
    for position, piece in enumerate(SLOT_REFERENCE.split(sample)):
        if position % 2:
            slot = slots.get(piece)
            if slot is None:
                where = model.path or Path("<memory>")
                raise InteractionModelError(where, f"sample {sample!r} uses undeclared slot {piece!r}")
            sequence.append(_placeholder(_denied(slot.type) if piece in negation_slots else slot.type))
            continue
        # An editing term first ("sorry, i meant ...", "{answer} sorry ...") marks a correction, as in an utterance;
        # elsewhere it is repaired away, as in an utterance.
        for token in repair.mark_edits(word_tokens(normal_words(piece))):
            opening = all(word.startswith("<") for word in sequence) and len(sequence) <= 1
            if token.lemma != "," and (token.word != repair.EDIT or opening):
                sequence.append(token.lemma)
    return tuple(sequence)


def _query_sequence(
    sequence: list[Token],
    values: tuple[tuple[Match, str], ...],
    matches: list[Match],
    dropped: frozenset[int],
    span: tuple[int, int] | None = None,
) -> tuple[str, ...]:
    """The utterance (or the clause `span` of it) as the classifier sees it: values as placeholders, negated
    values left out, the values of a list as one."""
    starts = {match.start: (match, slot_type) for match, slot_type in values}
    skipped = {position for match in matches if id(match) in dropped for position in range(match.start, match.end)}
    result: list[str] = []
    position, end = span or (0, len(sequence))
    while position < end:
        if position in starts:
            match, slot_type = starts[position]
            placeholder = _placeholder(slot_type)
            glue = len(result)
            while glue and result[glue - 1] in _LIST_GLUE:
                glue -= 1
            if glue and result[glue - 1] == placeholder:
                del result[glue:]  # another value of the same list: "<BODY_PART> and my <BODY_PART>" is one
            else:
                result.append(placeholder)
            position = match.end
            continue
        if position not in skipped and sequence[position].lemma != ",":
            result.append(sequence[position].lemma)
        position += 1
    return tuple(result)


def _without_edge_hedges(sequence: list[Token]) -> list[Token]:
    """Without a hedge or a courtesy ("i guess", "thanks") first or last when more is said: alone, "i guess"
    is a yes and "thanks" is thanks."""
    words = [token.word for token in sequence]
    for hedge in _HEDGES:
        size = len(hedge)
        if len(words) > size and tuple(words[-size:]) == hedge and any(w != "," for w in words[:-size]):
            return repair.tidy(sequence[:-size])
        if len(words) > size and tuple(words[:size]) == hedge and any(w != "," for w in words[size:]):
            return repair.tidy(sequence[size:])
    return sequence


def _clauses(analysis: _Analysis) -> list[tuple[int, int]]:
    """Token spans of the clauses of a longer utterance: split at pauses and at "but", "because", and "and"
    before a new subject ("... at my desk and my eyelid started jumping"), never inside a value."""
    sequence = analysis.tokens
    inside = {position for match in analysis.matches for position in range(match.start + 1, match.end)}
    cuts = []
    for position, token in enumerate(sequence):
        if position in inside or position == 0:
            continue
        following = sequence[position + 1].word if position + 1 < len(sequence) else ""
        if token.word in (",", "but", "because") or (token.word == "and" and following in _CLAUSE_STARTERS):
            cuts.append(position)
    spans = []
    start = 0
    for cut in (*cuts, len(sequence)):
        if cut > start and any(token.word != "," for token in sequence[start:cut]):
            spans.append((start, cut))
        start = cut + 1
    return spans if len(spans) > 1 else []


def _resolved(value: Value | None, sequence: list[Token], match: Match) -> ResolvedSlot:
    spoken = " ".join(token.word for token in sequence[match.start : match.end])
    if value is None:
        return ResolvedSlot(spoken)
    if value.iso is not None:
        return ResolvedSlot(spoken, value=value.iso)
    return ResolvedSlot(spoken, value.id, value.name)


def _seconds(value: ResolvedSlot) -> float:
    return iso_duration_seconds(value.value) or 0.0


def _said_with_the_twitch(sequence: list[Token], match: Match) -> bool:
    """Whether `match` is in a stretch of the sentence (parted by commas, "and", "but") with a word for twitching,
    or in the stretch right after one that goes on about it ("this flicker in my eyelid, that only started...")."""
    stretch_of, twitching = _stretches_and_twitching(sequence, _BREAKS_IN_A_SENTENCE)
    return stretch_of[match.start] in twitching | _told_of_it_next([token.word for token in sequence], stretch_of,
                                                                   twitching)


def _told_of_it_next(words: list[str], stretch_of: list[int], twitching: set[int]) -> set[int]:
    """The stretches that go on about a twitching one right before them: ", that only started on saturday"."""
    return {stretch_of[at + 1] for at in range(len(words) - 2) if stretch_of[at] in twitching
            and words[at + 1] in (",", "and") and words[at + 2] in ("that", "it", "which")}


def _about_something_else(sequence: list[Token], match: Match,
                           pointing: frozenset[str] = _POINTING_TO_THE_TWITCH) -> bool:
    """Whether `match` is said in a stretch that tells of something else: other words than the time's and a
    speaker's hedges ("last year i had a scare with my back", "i retired six months ago"), none of them one that may
    point to the twitch ("had this for six months", "four months of my calf going", "about four months i'd say")."""
    stretch_of = _stretch_numbers([token.word for token in sequence], _BREAKS_IN_A_SENTENCE)
    said = [token for at, token in enumerate(sequence) if stretch_of[at] == stretch_of[match.start]
            and not match.start <= at < match.end and token.word not in _TIME_HEDGES]
    return bool(said) and not any(token.lemma in TWITCH_LEMMAS or token.word in pointing for token in said)


_WORDS_OF_STARTING = frozenset({"started", "began", "begun", "kicked", "start", "starts", "begin"})
_NO_THING_NAMED = frozenset({"it", "this", "that", "one", "thing", "what", "when", "which", "who"})


# Words a day told again may stand beside it: "..., back in October", "..., our Thanksgiving, the twelfth of October".
_TOLD_AGAIN_BESIDE = frozenset({",", "the", "on", "back", "in", "our", "around", "about", "so", "that", "was",
                                "well", "i", "mean", "like"})


def _the_same_day_told_again(sequence: list[Token], last: Match, match: Match) -> bool:
    """Whether `match` is a date said alone between pauses after `last`, a date said before it, with only days told
    between them: "since the new-moon weekend we drove out to the Karoo, the first weekend of November"."""
    words = [token.word for token in sequence]
    stretch_of = _stretch_numbers(words, _BREAKS_IN_A_SENTENCE)
    here = stretch_of[match.start]
    alone = all(match.start <= at < match.end or word in _TOLD_AGAIN_BESIDE
                for at, word in enumerate(words) if stretch_of[at] == here)
    # ("Thanksgiving weekend, our Thanksgiving, the twelfth of October".)
    between = all(word in _TOLD_AGAIN_BESIDE or word in DATE_WORDS for at, word in enumerate(words)
                  if stretch_of[last.start] < stretch_of[at] < here)
    return alone and between and last.end <= match.start and stretch_of[last.start] < here


def _a_date_alone_after_something_else(sequence: list[Token], match: Match) -> bool:
    """Whether `match` is a date said alone between pauses right after a stretch about something else: "i'm reading
    from my blood pressure diary, monday the thirtieth, one forty eight over eighty six" dates the reading."""
    words = [token.word for token in sequence]
    stretch_of = _stretch_numbers(words, _BREAKS_IN_A_SENTENCE)
    here = stretch_of[match.start]
    alone = all(match.start <= at < match.end or word in (",", "the", "on")
                for at, word in enumerate(words) if stretch_of[at] == here)
    before = [at for at in range(match.start) if stretch_of[at] == here - 1 and words[at] != ","]
    return alone and bool(before) and _about_something_else(sequence, Match(before[0], before[0] + 1, 1, ()),
                                                            _POINTING_BACK)


def _a_thing_named_that_started(sequence: list[Token], match: Match, matches: Sequence[Match]) -> bool:
    """Whether `match` is said in a stretch that names what started then, and it is no place of the body: "it's the
    new commute that started in september, the eyelid only started twitching last friday" (not "it's the calf that
    started in september": a place put right, with its day)."""
    stretch_of = _stretch_numbers([token.word for token in sequence], _BREAKS_IN_A_SENTENCE)
    here = stretch_of[match.start]
    places = {at for other in matches if PLACE_TYPE in other.types for at in range(other.start, other.end)}
    return any(stretch_of[at] == here and sequence[at + 1].word in ("that", "which") and (
        sequence[at + 2].word in _WORDS_OF_STARTING) and at not in places and sequence[at].word not in _NO_THING_NAMED
        and sequence[at].lemma not in TWITCH_LEMMAS for at in range(len(sequence) - 2) if at + 2 < match.start)


def _of_a_medicine(sequence: list[Token], match: Match, matches: Sequence[Match]) -> bool:
    """Whether `match` is said in a stretch that names a medicine and no twitching ("i've been on fluoxetine six
    years, same dose, ... and my forearm has been twitching for about six weeks")."""
    stretch_of = _stretch_numbers([token.word for token in sequence], _BREAKS_IN_A_SENTENCE)
    here = stretch_of[match.start]
    medicine = any(stretch_of[other.start] == here and _TRIGGER_TYPE in other.types
                   and any(value.id in _MEDICINES for value in other.values) for other in matches)
    return medicine and not any(token.lemma in TWITCH_LEMMAS for at, token in enumerate(sequence)
                                if stretch_of[at] == here)


def _corrects(sequence: list[Token], earlier: Match, later: Match) -> bool:
    """Whether `later` revises `earlier`: a correcting word between them or right after the later one ("..., maybe
    five weeks"; not the "no" of "three weeks, no weakness, ... five years ago", which denies something else, nor
    of "..., and no it's not weak, i ran a 5k on saturday", round 85)."""
    words = [token.word for token in sequence]

    def denies(at: int) -> bool:
        return words[at + 1] in ("it's", "i'm", "that's", "it", "i", "he's", "she's") and bool(
            set(words[at + 2 : at + 4]) & {"not", "n't", "never"})

    between = {word for at, word in enumerate(words[earlier.end : later.start + 1], earlier.end)
               if word != "no" or at + 1 >= later.start or words[at + 1] in _AFTER_A_CORRECTING_NO and not denies(at)}
    after = sequence[later.end].word if later.end < len(sequence) else ""
    return bool(between & _CORRECTING_WORDS) or after in _CORRECTING_WORDS


def _negated(
    sequence: list[Token], match: Match, emergency: bool, inside_others: frozenset[int] | set[int] = frozenset(),
    urgent: bool = False, parts: frozenset[str] = frozenset(), said: Sequence[str] = (),
) -> bool:
    """Whether a negation governs the value: "no weakness", "i haven't had any chest pain", and (not for an
    emergency sign, where a doubt must not hide it) "i don't think it's gotten smaller". For a sign that is urgent
    now or when sudden, a "no" before "my" or "his" and one of the `parts` is an answer ("no my face has been
    drooping"; not "no my mum had fits as a kid")."""
    if _inability_denied(sequence, match, said) and not (emergency and _an_urgent_inability(sequence, match)):
        return True  # "it's not like i can't feel it", "it's not that i can't move it": a double negative
    if match.start >= 2 and sequence[match.start - 1].word == "not" and sequence[match.start - 2].word in _ABLE and (
        sequence[match.start].word in _ABILITIES and SIGN_TYPE in match.types
    ):
        return False  # "i can't grip my cup, it slides out": not being able to is the sign
    if match.start >= 1 and sequence[match.start - 1].word == "not" and SIGN_TYPE in match.types and (
            sequence[match.start + 1 : match.start + 2] and sequence[match.start + 1].word in _AS_IT_SHOULD):
        return False  # "she's not breathing right, she's gasping": not doing it as it should is the sign (B84)
    # "I don't go to the gym", "i don't do any sport": exercise's verb of doing is no distance (never a sign's, nor
    # a stimulant's: "i don't go for the energy drinks much, but today i had four cans").
    skipped = 0 if match.values[0].id != _EXERCISE else sum(1 for _ in takewhile(
        lambda token: token.word in _DOING_WORDS, reversed(sequence[max(0, match.start - 4) : match.start])))
    for position in range(match.start - 1, max(-1, match.start - 1 - _NEGATION_REACH - skipped), -1):
        word = sequence[position].word
        if word in CLAUSE_BREAKS or SIGN_TYPE in match.types and _just_said_between(
                sequence, position, match.end - 1, said):
            break
        if word == "never" and _never_until_now(sequence, match):
            return False  # "i've never had a pain in my chest like this before", "never fainted until this morning"
        if word in _NEGATORS and sequence[position + 1].word not in _HEDGED_NEGATION | _NOT_ONLY and (
            position not in inside_others
        ):
            # "No it moves around", "nah she keeps dropping things", "no my face has been drooping" (a recogniser
            # writes no comma): an answer, then a sentence of its own.
            # (Or whatever of theirs cannot do what it should: "no my inhaler isn't working".)
            owned = sequence[position + 1].word in _OWNERS and urgent and (any(
                token.lemma in parts for token in sequence[position + 2 : position + 4]) or bool(
                _inabilities_in(sequence, match)))
            return not (word in _ANSWER_NOS and (sequence[position + 1].word in _SUBJECTS or owned)
                        and not _denied_in_its_own_words(sequence, match))
    if emergency:
        return False
    for position in range(match.start - 1, 0, -1):
        word = sequence[position].word
        if word in (",", "but", "because", "although", "though"):
            return False
        if word in _OPINION_VERBS and sequence[position - 1].word == "not" and (  # "i don't think", "i don't believe"
                position - 1 not in inside_others) and (
                # (Not "i don't think so", an answer whole: "no i mean i dont think so like ever since lunch ... it
                # goes down the wrong way", round 152.)
                sequence[position + 1 : position + 2] == [] or sequence[position + 1].word != "so") and (
                # (Not "i can't feel my feet since this morning": a sign's own. Nor "i don't feel anything else, just
                # my whole left arm went numb", review A45b, which denies only the anything else; "i don't feel
                # anything strange in my hand" denies it.)
                [token.word for token in sequence[position + 1 : position + 3]] != ["anything", "else"]):
            return True
    return False


def _just_said_between(sequence: list[Token], first: int, last: int, said: Sequence[str]) -> bool:
    """Whether a "just" (a filler, gone from `sequence`) was said between the words at `first` and `last`: a sign
    after it is what there is, out of a denial's reach ("i'm not dizzy just my chest hurts", "i wasn't dizzy or
    anything just chest pain", "no, not just chest pain"). Only for signs, where it errs towards urgent: a time, a
    pace, a trigger or a place after "not just" is one corrected ("it's not just been two weeks, more like four
    months", "it didn't just creep up, it came on all of a sudden", "no coffee just water": review D61). `said` are
    the words as said, fillers and all."""
    if not said or not 0 <= first < last < len(sequence):
        return False
    return "just" in said[sequence[first].source + 1 : sequence[last].source]


# After a sign's own "not", what it was not done as: "not breathing right", "not talking properly" is the sign.
_AS_IT_SHOULD = frozenset({"right", "properly", "normally", "straight"})


def _an_urgent_inability(sequence: list[Token], match: Match) -> bool:
    """Whether what a sign's own "not" cannot do is to breathe, move, respond or wake: then a double negative around
    it is no sure denial, and an emergency errs towards urgent ("it's not that i can't breathe after the pesto" stays
    the sign: review A73's re-run of A68)."""
    return any(sequence[at + 1].lemma in _URGENT_INABILITIES for at in _inabilities_in(sequence, match))


_URGENT_INABILITIES = frozenset(lemma(word) for word in ("breathe", "breathing", "move", "moving", "responding",
                                                         "waking", "answering", "stirring", "raise", "write"))


def _never_until_now(sequence: list[Token], match: Match) -> bool:
    """Whether a "never" before the value says it is here now, for the first time: "never ... like this before",
    "never ... until this morning" (not "i've never fainted before", which denies it)."""
    after = [token.word for token in sequence[match.end : match.end + 8]]
    # ("Like" is a filler, gone by now: "like this before" reads "this before".)
    return any(after[at : at + 2] in (["like", "this"], ["this", "before"]) for at in range(len(after))) or bool(
        set(after[:6]) & {"until", "till", "til"}) or after[:1] == ["this"] and after[1:2] in ([], [","], ["ever"])


# What a part "has not got" or "will not" do, said inside a sign's own words, is the sign: "my arm's not got any
# strength", "my leg won't hold me", "my hand can't grip".
# (As lemmas, as the words are compared: "won't move", "he's not breathing", "isn't responding" are the sign, so a
# "no" before them is an answer, not their denial: "no he's not breathing" had been a plain no.)
_LACKED = _URGENT_INABILITIES | frozenset(lemma(word) for word in (
    *_ABILITIES, "got", "have", "work", "working", "respond", "feel",
    "finish",  # ("can't finish a sentence for breath")
    "close", "shut", "squeeze",  # ("hand won't close")
    "know", "recognise", "recognize"))


def _inabilities_in(sequence: list[Token], match: Match) -> set[int]:
    """Where a "not" inside the match says what a part cannot do or has not got ("can't grip", "'s not got")."""
    return {at for at in range(match.start, match.end - 1)
            if sequence[at].word == "not" and sequence[at + 1].lemma in _LACKED}


_DOUBLE_NEGATIVES = (["not"], ["not", "that"], ["not", "as", "if"], ["not", "as", "though"])


def _inability_denied(sequence: list[Token], match: Match, said: Sequence[str]) -> bool:
    """Whether what a part cannot do is itself denied: "it's not like i can't feel it" (the "like" is gone here;
    `said` are the words as said, fillers and all), "not that the leg won't hold me", "it's not as if i can't
    walk"."""
    opening = sequence[match.start : match.start + 2]
    if [token.word for token in opening] == ["not", "that"] and opening[1].source == opening[0].source + 1:
        # The cue's words may open at the outer "not": "not that the leg won't hold me".
        return bool(_inabilities_in(sequence, replace(match, start=match.start + 1)))
    if not _inabilities_in(sequence, match):
        return False
    # Who or what cannot: a person ("not like i can't"), or a part after its "the" or owner ("not that the leg").
    start = match.start - (match.start >= 1 and sequence[match.start - 1].word in ("the", "my", "his", "her"))
    if start < 2 or (start == match.start and sequence[start - 1].word not in _SUBJECTS):
        return False
    before = sequence[max(0, start - 4) : start]
    words = [token.word for token in before[:-1]]
    for negative in _DOUBLE_NEGATIVES:
        if words[-len(negative):] != negative:
            continue
        spoken = before[-len(negative) - 1 :]
        # Only "like" may have gone between the "not" and the rest ("not like i can't"), never "just" or "only"
        # ("it's not just that i can't feel my hand": more is coming).
        gaps = [later.source - earlier.source - 1 for earlier, later in zip(spoken, spoken[1:], strict=False)]
        if negative == ["not"]:  # (not "it's not um i can't feel my face": a pause, then the sign)
            return gaps == [1] and list(said[spoken[0].source + 1 : spoken[0].source + 2]) == ["like"]
        return gaps == [0] * len(negative)
    return False


def _denied_in_its_own_words(sequence: list[Token], match: Match) -> bool:
    """Whether the sign's own words deny it ("my heart's fine no chest pain"), not say what a part cannot do."""
    inabilities = _inabilities_in(sequence, match)
    return any(sequence[at].word in _NEGATORS and at not in inabilities for at in range(match.start, match.end))


_WHOLE_SPANS = ("all week", "all this week", "all month", "all this month", "the whole week", "the whole month")


_LASTED_OVER = frozenset({"for", "going", "been", "lasted", "lasting"})


def _with_lengths_said_as_over(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """"Twitching for (just) over a week", "it's been going just over a week": how long, not a pace ("over a week" had
    been read as "over weeks", gradual, and the time asked again)."""
    kept = []
    for match in matches:
        before = [token.word for token in sequence[max(0, match.start - 2) : match.start] if token.word != "just"]
        if match.types == {PACE_TYPE} and before[-1:] and before[-1] in _LASTED_OVER and (
                sequence[match.start].word == "over"):
            length = [replace(found, start=found.start + match.start + 1, end=found.end + match.start + 1)
                      for found in duration_candidates(sequence[match.start + 1 : match.end])
                      if found.end == match.end - match.start - 1]
            kept.extend(length[:1])
            if length:
                continue
        kept.append(match)
    return kept


def _with_whole_weeks_only_of_the_twitch(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """"All week" and "the whole month" only where said with a word for twitching ("his eyelid's been flickering all
    week", "i've been on coffee the whole week" beside "twitching for five days" is the coffee's), or alone ("all
    week" to "when did it start?"); not of the rest of a life ("all week it's been the bridge collapse")."""
    words = [token.word for token in sequence]
    stretch_of, twitching = _stretches_and_twitching(sequence, _STRETCH_BREAKS)
    if len(set(stretch_of)) < 2:
        return matches
    return [match for match in matches if DURATION_TYPE not in match.types or stretch_of[match.start] in twitching
            or not any(whole in " ".join(words[match.start : match.end]) for whole in _WHOLE_SPANS)]


def _without_hours_of_sleep(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """"Sleeping like four hours", "i get five hours' sleep": how much sleep, not how long the twitch has gone on."""
    if any(SIGN_TYPE in match.types for match in matches) or not any_twitching(sequence):
        # A time said with a sign, or in answer to one, may be when it came on ("woke from a sleep an hour ago, arm
        # weak"; "yes, came on after sleeping for two hours"): only a twitch report's sleep habit is left out.
        return matches

    def of_sleep(match: Match) -> bool:
        before = {token.lemma for token in sequence[max(0, match.start - 2) : match.start]}
        after = {token.word for token in sequence[match.end : match.end + 2]}
        return bool(before & _SLEEP_LEMMAS) and not after & {"ago", "since"} and any(
            "H" in (value.iso or "") for value in match.values)
    return [match for match in matches if DURATION_TYPE not in match.types or not of_sleep(match)]


# What a length said as "a twelve hour ..." describes: a shift, a drive, a fast; not a time since anything.
_LENGTHS_OF_THINGS = frozenset({"shift", "shifts", "night", "nights", "day", "days", "stint", "drive", "drives",
                                "flight", "flights", "journey", "trip", "run", "ride", "fast", "week", "weeks",
                                "rota", "turn", "double", "sleep", "nap", "walk", "hike", "course", "conference",
                                # a musician's (round 69): "after a ten-hour session"
                                "session", "sessions", "rehearsal", "rehearsals", "gig", "gigs", "set", "practice",
                                "recording", "show", "shows", "service", "lesson"})
_SINGULAR_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})


def _without_years_known(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the length of "I've known them twenty years", "known her for ten years" (round 153: it had made a
    wrong word said an hour ago a speech trouble of twenty years, no longer sudden): how long someone is known."""
    words = [token.word for token in sequence]

    def known(match: Match) -> bool:
        before = words[max(0, match.start - 3) : match.start]
        before = before[:-1] if before[-1:] == ["for"] else before
        return DURATION_TYPE in match.types and len(before) >= 2 and before[-2] == "known" and before[-1] in (
            _KNOWN_WHOM)
    return [match for match in matches if not known(match)]


_KNOWN_WHOM = frozenset({"them", "him", "her", "you", "us", "it"})


def _without_lengths_of_things(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """"I've just come off a twelve hour night", "after a ten-hour shift", "a three day course": a unit said in the
    singular before a thing is that thing's length, not how long the twitch has gone on or when it began. Not
    beside a sign: "my arm went numb after a twelve hour shift" came on within those hours, as far as anyone knows."""
    if any(SIGN_TYPE in match.types for match in matches):
        return matches
    words = [token.word for token in sequence]

    def a_length(match: Match) -> bool:
        return DURATION_TYPE in match.types and match.end - match.start >= 2 and (
            words[match.end - 1] in _SINGULAR_UNITS) and words[match.start] not in ("a", "an", "one", "1") and (
            words[match.end : match.end + 1] and words[match.end] in _LENGTHS_OF_THINGS)
    return [match for match in matches if not a_length(match)]


# After "the <weekday>", the words that keep it a day (its times, a pause, a clause going on), not a thing named by
# the day ("the saturday rush", "the monday meeting"); and before it, the words that make such a thing a time
# ("since the saturday match").
_STILL_A_DAY_AFTER = frozenset({"morning", "afternoon", "evening", "night", "lunchtime", "teatime", "just", "gone",
                             "before", "after", "last", "past", "of", ",", ".", "and", "but", "when", "i", "it", "my"})
_DATING_A_THING = frozenset({"since", "after", "from", "started", "began", "start", "begin", "on", "before", "till",
                             "until", "by", "around", "about", "over", "during", "at", "for"})


def _without_weekdays_naming_a_thing(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """"The saturday rush nearly killed me": a weekday naming a thing, no date (it had dated a forearm twitch of
    three weeks to five days ago); "since the saturday rush", "after the monday meeting" still date it."""
    words = [token.word for token in sequence]

    def names_a_thing(match: Match) -> bool:
        said = words[match.start : match.end]
        the = match.start if said[:1] == ["the"] else match.start - 1
        if match.types != {DATE_TYPE} or said[-1:] == [] or said[-1] not in WEEKDAYS or words[the : the + 1] != [
                "the"] or match.end - the != 2:
            return False
        after = words[match.end : match.end + 1]
        before = words[max(0, the - 3) : the]
        leading = before[max((at + 1 for at, word in enumerate(before) if word in {",", "."}), default=0) :]
        return bool(after) and after[0] not in _STILL_A_DAY_AFTER | set(WEEKDAYS) and not set(leading) & _DATING_A_THING
    return [match for match in matches if not names_a_thing(match)]


# "The weakness, there isn't any": a sign named first, then denied whole in the clause after it.
_NONE_OF_IT = frozenset({
    ("there", "is", "not", "any"), ("there", "is", "none"), ("there", "are", "not", "any"), ("there", "are", "none"),
    ("i", "do", "not", "have", "any"), ("i", "do", "not", "have", "it"), ("i", "have", "not", "got", "any"),
    ("i", "have", "not", "got", "it"), ("i", "have", "none"), ("i", "have", "not", "had", "any"),
    ("i", "do", "not", "get", "any"), ("i", "never", "had", "any"), ("i", "never", "had", "it"),
})
_BEFORE_THE_NAMED = frozenset({"the", "that", "about", "oh", "um", "so", "well", "and", "my"})


# Words after a denial that say some of it is there after all ("..., except my arm since this morning").
_SOME_AFTER_ALL = frozenset({"except", "apart", "only", "besides", "but", "then", "since", "until", "till", "now",
                             "today", "suddenly", "sudden", "morning", "hour", "hours", "ago", "tonight", "yesterday"})


def _named_then_denied(text: str, signs: Sequence[ResolvedSlot]) -> list[ResolvedSlot]:
    """Of `signs`, the one that opens the sentence (after at most a "the" or "well") and is denied whole by the
    clause right after it, with nothing after that says some is there after all ("the weakness, there isn't any,
    I was scaring myself", "the numbness, I don't actually have any"; not "..., except my arm since this morning").
    Only that exact clause: "the weakness, I don't have any idea when it started" says nothing of having it."""
    words = [token.word for token in word_tokens(normal_words(text))]

    def denied(spoken: str) -> bool:
        named = _spoken_words(spoken)
        at = next(iter(occurrences(words, named)), None)
        end = None if at is None else at + len(named)
        if end is None or not set(words[:at]) <= _BEFORE_THE_NAMED or words[end : end + 1] != [","]:
            return False
        clause: list[str] = []
        for word in words[end + 1 :]:
            if word in {",", "but", "and", repair.EDIT}:
                break
            clause.append(word)
        return tuple(clause) in _NONE_OF_IT and not set(words[end + 1 + len(clause) :]) & _SOME_AFTER_ALL

    return [sign for sign in signs if denied(sign.spoken)]


_NOT_THE_TWITCHS_TIME = frozenset({"worse", "better", "other", "thinks", "think", "says", "said", "reckons",
                                   "wife", "husband", "doctor"})
_FINE_NOW = frozenset({"fine", "ok", "okay", "alright", "normally", "normal"})


def _taken_back_as_a_figure(sequence: list[Token], match: Match) -> bool:
    """"I can't breathe for panic, well not literally, I'm breathing fine": the speaker's own "can't breathe", now,
    said as a figure of speech and taken back at once by "not literally" (the caller checks the word was said; the
    fillers are gone here) and "i'm breathing fine", nothing after. Only breathing, only in those words: any other
    sign, another person, another tense, or a "not really" keeps the sign."""
    words = [token.word for token in sequence]
    if words[match.start : match.end] != ["can", "not", "breathe"] or words[match.start - 1 : match.start] != ["i"]:
        return False
    comma = next((at for at in range(match.end, min(len(words), match.end + 4)) if words[at] == ","), None)
    if comma is None or words[comma + 1 : comma + 3] != ["not", ","]:
        return False
    clause = []
    for word in words[comma + 3 :]:
        if word in {",", "but", repair.EDIT}:
            break
        clause.append(word)
    if "but" in words[comma + 3 :]:
        return False  # "..., not literally, i'm breathing fine but it's getting worse"
    return len(clause) == 4 and clause[:3] == ["i", "am", "breathing"] and clause[3] in _FINE_NOW


_A_LOOK_HAD = (["a", "look"], ["a", "good", "look"], ["a", "quick", "look"], ["a", "proper", "look"], ["a", "check"],
               ["a", "peek"], ["a", "glance"])
_WHERE_ONE_LOOKED = (["in", "the", "mirror"], ["at", "myself"], ["at", "it"], ["at", "her"], ["at", "him"])


def _only_a_look_had(after: list[str]) -> bool:
    """Whether the words after "just had" are a look and where it was had, and then nothing more is said."""
    look = next((len(words) for words in _A_LOOK_HAD if after[: len(words)] == words), None)
    if look is None:
        return False
    rest = after[look:]
    where = next((len(words) for words in _WHERE_ONE_LOOKED if rest[: len(words)] == words), 0)
    return not rest[where:]


def _taken_back(sequence: list[Token], denial: Match) -> bool:
    """Whether a denial takes back what was said before it: "not thinner at all", "i was looking at the wrong arm,
    ... not thinner" (not "not much pain", which only says how much)."""
    words = [token.word for token in sequence]
    return words[denial.end : denial.end + 2] == ["at", "all"] or bool(
        set(words[max(0, denial.start - 12) : denial.start]) & _TAKING_BACK)


def _changed_mind(sequence: list[Token], matches: list[Match]) -> tuple[str, list[Match]] | None:
    """A yes or no said first and taken back at once by the other ("yes — ah no, sorry, I understood wrong"): the
    second is the answer. Not when the second starts a denial ("yes, no weakness" says yes and denies weakness),
    and a yes taken back to a no only with words that say it was a mistake: a lost yes is the worse mistake."""
    words = [token.word for token in sequence]
    spoken = [i for i, word in enumerate(words) if word not in {",", repair.EDIT}]
    if len(spoken) < 2:
        return None
    first = _ANSWER_WORDS_FIRST.get(words[spoken[0]])
    second = _ANSWER_WORDS_FIRST.get(words[spoken[1]]) if words[spoken[1]] in _PLAIN_ANSWERS else None
    if first is None or second is None or first == second:
        return None  # "no, definitely not" is no change of mind
    if second == _NO_INTENT and not set(words) & _MISTAKE_WORDS:
        return None
    after = spoken[1] + 1
    if any(match.start == after and not match.types <= {"ANSWER"} for match in matches):
        return None  # "yes, no weakness"
    return second, [match for match in matches if match.start != spoken[0]]


def _without_an_unsaid_no(resolution: Resolution, analysis: _Analysis) -> Resolution:
    """A "no" read into words that hold no negative and share nothing but small words with the sample it came from
    ("all. at once." read as "that's all") is a guess: not understood, so the question is asked again. A wrong no
    to a safety question is the worst mistake there is. ("i am a man, seventy two" shares "man" with "i'm a man".)"""
    said = {token.word for token in analysis.tokens}
    if resolution.intent != _NO_INTENT or said & _NEGATIVE_WORDS:
        return resolution
    sample = set(normal_words(resolution.sample or ""))
    # "There's a chance" is not "there's no chance": the sample's no was the word not said.
    if (sample & said) - STOPWORDS - _LIGHT_ANSWER_WORDS and not sample & _NEGATIVE_WORDS:
        return resolution
    return Resolution(FALLBACK_INTENT, {}, _GUESSED_ANSWER_CONFIDENCE, resolution.text)


def _answer_through_a_bad_line(resolution: Resolution, analysis: _Analysis) -> Resolution:
    """"Sorry, you're breaking up, yes": a yes or no said with a word about the line is the answer, not a request to
    hear the question again (review B47: the yes to the safety check had been lost)."""
    said = set(re.findall(r"[a-z']+", resolution.text.lower()))  # as said: "speak up nuh" is no "no"
    yes, no = bool(said & _PLAIN_YES_WORDS), bool(said & (_PLAIN_ANSWERS - _PLAIN_YES_WORDS))
    if resolution.intent != _REPEAT_INTENT or yes == no:
        return resolution
    return Resolution(_YES_INTENT if yes else _NO_INTENT, {}, _TWITCH_REPORT_CONFIDENCE, resolution.text)


# Words only an ending says; and the words of a thing going away and coming back, which alone end nothing.
_WORDS_OF_ENDING = frozenset({"stop", "goodbye", "bye", "quit", "exit", "done", "finished", "enough", "end",
                              "leave", "alone", "cancel", "forget", "scrap", "drop"})
_AWAY_AND_BACK = frozenset({"away", "go", "went", "gone", "back", "see", "later", "mind", "never", "changed", "worry",
                            "talk"})


def _without_an_unsaid_stop(resolution: Resolution, analysis: _Analysis) -> Resolution:
    """A stop read into words that share none but small words with the sample it came from ("uh, the thing with
    the, when we went" read as "i have to go") is a guess: a session ended by a guess ends without advice."""
    if resolution.intent not in _ENDING_INTENTS:
        return resolution
    said = {token.word for token in analysis.tokens}
    twitching_place = any_twitching(analysis.tokens) and any(
        match.types == {PLACE_TYPE} for match in analysis.matches)
    shared = (set(normal_words(resolution.sample or "")) & said) - _LIGHT_ANSWER_WORDS
    words = [token.word for token in analysis.tokens]
    # (Not a "stop" that is denied: "the shaking won't stop and won't go away" is a sign going on: review A73.)
    # (Nor a thing so named: "i were frozen at the top of the drop", round 158.)
    ending = any(word in _WORDS_OF_ENDING and not set(words[max(0, at - 2) : at]) & _NEGATORS and not (
        words[at - 1 : at] in (["the"], ["a"]) and word not in ("end", "stop"))
                 for at, word in enumerate(words)) or ("never", "mind") in set(zip(words, words[1:], strict=False))
    if not twitching_place and (shared and ending or shared and not (
            any_twitching(analysis.tokens) or shared <= _AWAY_AND_BACK)):
        return resolution  # ("'tis my thumb, twitching away", "my twitch went away but it came back", "the cold
        # took my breath away" are no "go away")
    return Resolution(FALLBACK_INTENT, {}, _GUESSED_ANSWER_CONFIDENCE, resolution.text)


def _as_leading_answer_of_the_rest(resolution: Resolution, analysis: _Analysis, pending: str | None) -> Resolution:
    """"Nah feeling's fine the only touch i've had is touch rugby": a yes or no said first, and nothing else
    understood, is the answer, as it would be with a pause after it (speech often comes without one)."""
    if resolution.intent != FALLBACK_INTENT or analysis.answer not in (_YES_INTENT, _NO_INTENT):
        return resolution
    if pending in SAFETY_QUESTIONS:
        return resolution  # at a safety question, words not understood are asked again ("yes dear, the kettle...")
    if analysis.tokens[0].word not in _PLAIN_ANSWERS or any(SIGN_TYPE in match.types for match in analysis.matches):
        return resolution
    return Resolution(analysis.answer, {}, _TWITCH_REPORT_CONFIDENCE, resolution.text)


def _without_an_unasked_question(resolution: Resolution, analysis: _Analysis) -> Resolution:
    """A question about the record read into words that ask nothing ("i've this twitching" read as "how long have i
    had this twitch"): a twitch said is a report of it; anything else was not understood."""
    if resolution.intent not in _RECORD_QUESTIONS or {token.word for token in analysis.tokens} & _ASKING_ABOUT_RECORD:
        return resolution
    if any_twitching(analysis.tokens):
        return Resolution(_REPORT_INTENT, {}, _TWITCH_REPORT_CONFIDENCE, resolution.text)
    return Resolution(FALLBACK_INTENT, {}, _GUESSED_ANSWER_CONFIDENCE, resolution.text)


# What a comparison with the other side is about, when it is no twitching ("looks the same as the other hand").
_LOOKS_OR_SIZE = frozenset({"looks", "look", "looked", "seems", "size", "thinner", "smaller", "bigger", "bulkier",
                            "stronger", "weaker", "strong", "weak", "feels", "feel", "same"})


def _without_places_compared_with(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without a place only compared with ("the muscle looks the same as the other hand", "no thinner than the
    other arm"), while another place is said: the other side is the yardstick, not a second twitching place."""
    words = [token.word for token in sequence]
    compared = {id(match) for match in matches if match.types == {PLACE_TYPE} and match.start >= 3
                and words[match.start - 3 : match.start - 2] in (["as"], ["than"], ["to"], ["with"])
                and words[match.start - 2 : match.start] == ["the", "other"]
                and set(words[max(0, match.start - 8) : match.start - 3]) & _LOOKS_OR_SIZE
                and not any_twitching(sequence[match.end : match.end + 4])  # ("..., which twitches too")
                and not set(words[match.end : match.end + 3]) & {"too", "also", "as", "both"}}
    kept = [match for match in matches if id(match) not in compared]
    # ("No, feels the same as the other leg": the same as the other side is only ever the yardstick.)
    same = any(words[match.start - 4 : match.start - 3] == ["same"] for match in matches if id(match) in compared)
    return kept if same or any(match.types == {PLACE_TYPE} for match in kept) else matches


def _without_places_of_other_doings(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without a place named in a clause about something else, beside one that twitches ("my calf's twitching, i
    noticed it when i was rubbing my feet", "my eyelid's twitching, and i get cramp in my toes", "a twitch in my
    calf, and my knee aches"): where it aches or what it does is no second twitching place. A clause with no doing
    of its own ("and my thigh too") goes on with the twitch."""
    places = [match for match in matches if match.types == {PLACE_TYPE}]
    if len(places) < 2:
        return matches
    spans = clause_spans(sequence)
    matches = _without_places_where_else(sequence, matches, spans)
    twitching = [any_twitching(sequence[start:end]) for start, end in spans]
    if not any(twitching):
        return matches
    placed = [any(start <= match.start < end for match in places) for start, end in spans]
    # "My foot aches and twitches": a twitch with no place of its own goes back to the clause before.
    twitching = [twitches or (i + 1 < len(spans) and twitching[i + 1] and not placed[i + 1])
                 for i, twitches in enumerate(twitching)]
    dropped = set()
    for (start, end), twitches in zip(spans, twitching, strict=True):
        inside = [match for match in matches if start <= match.start and match.end <= end]
        lemmas = {token.lemma for token in sequence[start:end]}
        felt_fine = bool(lemmas & _FEELING) and bool({token.word for token in sequence[start:end]} & _FELT_FINE)
        doing = lemmas & _OTHER_DOINGS or felt_fine or any(SIGN_TYPE in match.types for match in inside)
        if not twitches and doing:
            # (With the "both" of "i've measured both legs": the sides compared, not twitching.)
            dropped |= {id(match) for match in inside if match.types == {PLACE_TYPE} or (
                match.types == {_PLACE_PATTERN_TYPE} and any(value.id == BOTH_SIDES for value in match.values))}
    return [match for match in matches if id(match) not in dropped]


def _without_places_where_else(
    sequence: list[Token], matches: list[Match], spans: list[tuple[int, int]]
) -> list[Match]:
    """Without the places said to be where something else is done, or not the one ("my right cheek. not where i
    inject, that's my tummy", "my thumb, the other hand is where i prick", "not the finger i prick, that's on the
    other hand"), while another place is left; not when that part, or the next, says it twitches too."""
    dropped: set[int] = set()
    for i, (start, end) in enumerate(spans):
        words = [token.word for token in sequence[start:end]]
        lemmas = {token.lemma for token in sequence[start:end]}
        if not ({"where", "not"} & set(words) and lemmas & _DOINGS_ELSEWHERE):
            continue
        parts = [(start, end)]
        if i + 1 < len(spans):
            after = [token.word for token in sequence[spans[i + 1][0] : spans[i + 1][1]]]
            parts += [spans[i + 1]] if after[:2] in (["that", "'s"], ["that", "is"], ["which", "is"]) else []
        if any(any_twitching(sequence[a:b]) for a, b in spans[i : i + 2]):
            continue  # "my belly where i inject, that's twitching now too"
        dropped |= {id(match) for match in matches
                    if match.types == {PLACE_TYPE} and any(a <= match.start < b for a, b in parts)}
    kept = [match for match in matches if id(match) not in dropped]
    return kept if any(match.types == {PLACE_TYPE} for match in kept) else matches


def _without_symptom_sites(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without a second place said just after a symptom felt somewhere, with no twitching between ("... my right
    eyelid the headaches are more like all over my forehead", "and i get pins and needles in my foot"): where that
    symptom is felt, not another twitching place (speech often has no pause to split the clauses)."""
    places = [match for match in matches if match.types == {PLACE_TYPE}]
    if len(places) < 2:
        return matches
    signs = [match for match in matches if any(value.id in _FELT_SOMEWHERE for value in match.values)]
    dropped = set()
    for place in places[1:]:
        for sign in signs:
            between = sequence[sign.start : min(len(sequence), place.end + 3)]
            if 0 <= place.start - sign.end <= _SITE_REACH and not any_twitching(between):
                dropped.add(id(place))
            # Before it, only the symptom's own organ ("the worst of it is my stomach, i've felt queasy all week").
            seat = {value.id for value in place.values} & {
                organ for value in sign.values for organ in _SEAT_OF.get(value.id, ())}
            opening = max((at for at in range(place.start) if sequence[at].word == ","), default=-1) + 1
            listed = {token.word for token in sequence[max(0, place.start - 4) : place.start]} & {
                "and", "or", "plus", "in", "too", "also"}
            if seat and not listed and 0 <= sign.start - place.end <= _SITE_REACH and not any_twitching(
                sequence[opening : sign.end]
            ):  # (not a place listed with the others or said to twitch: "my forearm and my stomach, i feel sick",
                # "my arm twitches, and there's a twitch in my stomach, nausea for a week")
                dropped.add(id(place))
    return [match for match in matches if id(match) not in dropped]


_NOTHING_WRONG_WITH = frozenset({("nothing", "wrong", "with"), ("nowt", "wrong", "with"), ("nothing", "matter", "with"),
                                 ("no", "problem", "with"), ("no", "problems", "with"), ("no", "trouble", "with")})


def _places_said_fine(sequence: list[Token], matches: list[Match]) -> set[int]:
    """The places said to be fine ("no, only the eye is jumping, the face is normal", "the hands and legs are
    fine"), as denied: where nothing is wrong, not another twitching place."""
    words = [token.word for token in sequence]
    fine: set[int] = set()
    places = [match for match in matches if match.types == {PLACE_TYPE} or match.types == {_PLACE_PATTERN_TYPE}
              and words[match.start : match.end] == ["both"]]  # (and "a hip and a pacemaker, both fine")
    for match in reversed(places):
        at = match.end
        while at < len(words) and words[at] in _LINKING:
            at += 1
        following = sequence[match.end : match.end + 8]
        stop = next((i for i, token in enumerate(following) if token.word == "," or any(
            other.start == match.end + i for other in places)), len(following))
        said_still = any(token.word in ("not", "n't") and following[i + 1].lemma in TWITCH_LEMMAS
                         and (i + 2 >= len(following) or following[i + 2].word == ",")
                         for i, token in enumerate(following[: stop - 1]))  # not "isn't twitching as much"
        before = tuple(word for word in words[max(0, match.start - 5) : match.start] if word not in _DETERMINERS)
        the_same = words[at : at + 2] == ["the", "same"] and words[at - 1 : at] in (["look"], ["looks"])
        if at < len(words) and words[at] in _FINE or said_still or before[-3:] in _NOTHING_WRONG_WITH or the_same:
            fine.add(id(match))  # (or "the neck's just stiff, it's not twitching", "nothing wrong with my arms")
        elif words[match.start : match.end] == ["both"] and (any(
                id(other) in fine and other.start == match.end for other in places) or (
                words[match.end + 1 : match.end + 2] and words[match.end + 1] in _LINKING
                and words[match.end + 2 : match.end + 3] and words[match.end + 2] in _FINE)):
            fine.add(id(match))  # "both legs look normal": neither is another place, and nothing is on both sides
        elif at < len(words) and words[at] in ("and", "or", ",") and any(
            id(other) in fine and other.start in (at + 1, at + 2) for other in places
        ):
            fine.add(id(match))  # "the hands and legs are fine"
        elif _a_list_said_fine(words, match.end, places):
            fine.add(id(match))  # "face, arms, speech, all fine", "my face and arms and talking are all as normal"
    return {index for index, match in enumerate(matches) if id(match) in fine}


# What a list of the stroke advert's checks names besides the parts ("face, arms, speech, all fine": round 89), and
# the little words between them.
_ADVERT_CHECKS = frozenset({"speech", "talking", "voice", "words", "smile", "walking", "balance", "vision", "eyes"})
_LIST_LINKS = frozenset({"my", "his", "her", "the", "and", "or", ",", "as", "both"})


def _a_list_said_fine(words: list[str], after: int, places: list[Match]) -> bool:
    """Whether the list a place ends, of other parts and the advert's checks, is then said fine as a whole: "face,
    arms, speech, all fine"."""
    at, listed = after, False
    while at < len(words):
        if (other := next((place for place in places if place.start == at), None)) is not None:
            at, listed = other.end, True
        elif words[at] in _ADVERT_CHECKS | _LIST_LINKS:
            listed = listed or words[at] in _ADVERT_CHECKS
            at += 1
        else:
            break
    while at < len(words) and words[at] in _LINKING | {"as"}:
        at += 1
    return listed and at < len(words) and words[at] in _FINE


def _places_of_denied_signs(sequence: list[Token], matches: list[Match], negated: set[int]) -> set[int]:
    """The places where a denied sign would be ("no numbness down the legs or anything"), as denied: nothing is
    there, so no second twitching place."""
    words = [token.word for token in sequence]
    denied = [matches[index] for index in negated if SIGN_TYPE in matches[index].types]
    found = set()
    for index, match in enumerate(matches):
        if match.types != {PLACE_TYPE}:
            continue
        for sign in denied:
            if sign.end <= match.start and set(words[sign.end : match.start]) <= _WHERE_A_SIGN_IS or (
                # "no my face hasn't dropped": the place the denial is said of
                match.end <= sign.start and set(words[match.end : sign.start]) <= _DENIED_OF_A_PLACE
            ):
                found.add(index)
    return found


def _each_side_named(analysis: _Analysis) -> bool:
    """Whether one place is named twice, once on each side ("my left calf ... my right calf", "my calf ... the other
    calf"), in words that twitch, none of them denied."""
    if not any_twitching(analysis.tokens):
        return False
    words = [token.word for token in analysis.tokens]
    places: dict[str, list[Match]] = {}
    for index, match in enumerate(analysis.matches):
        if match.types == {PLACE_TYPE} and index not in analysis.negated:
            places.setdefault(match.values[0].id, []).append(match)
    for named in places.values():
        sides = [set(words[max(0, match.start - 2) : match.end]) for match in named]
        if len(named) > 1 and ({"left", "right"} <= set().union(*sides) or any("other" in side for side in sides[1:])):
            return any(_twitches_too(words, match) for match in named[1:])
    return False


def _twitches_too(words: Sequence[str], place: Match) -> bool:
    """Whether the place named again is said to twitch as well ("... and my right calf too", "so does the other calf",
    "now the other calf as well"), not only named ("bigger than my right calf", "the other calf never does")."""
    opening = max((at for at in range(place.start) if words[at] in _BREAKS_IN_A_SENTENCE), default=-1) + 1
    closing = next((at for at in range(place.end, len(words)) if words[at] in _BREAKS_IN_A_SENTENCE), len(words))
    clause = words[opening:closing]
    if set(clause) & {"not", "never", "n't", "no", "than", "over", "with", "fine", "one"}:
        return False
    return (words[place.end : place.end + 1] in (["too"], ["also"], ["as"])
            or words[max(0, place.start - 4) : max(0, place.start - 2)] == ["so", "does"])


def _twitching_on_both_sides(analysis: _Analysis, both: Match, reported: bool = False) -> bool:
    """Whether "both" names places that twitch ("twitching in both my calves"), not a comparison ("both his arms
    look the same size") or a joke ("we're both twitchy"). Read as the twitch's report (`reported`), the places are
    the twitching ones without its word: "that's both my calves, they go like a bag o' worms", "yis, always the same,
    both calves" (round 198)."""
    place = next((match for match in analysis.matches  # (past whose they are: "both his calves")
                  if match.start > both.start and match.types != {PERSON_TYPE}), None)
    between = {token.word for token in analysis.tokens[both.end : place.start]} if place else set()
    return (place is not None and place.types == {PLACE_TYPE} and between <= {"my", "his", "her", "their", "the"}
            and (reported or any_twitching(analysis.tokens)))


# Words between an old sign and a later one that say the later came of it, or has not come back.
# ("Not" only where it denies: "he can't get up" says what he cannot do now.) Also what says it stayed, is usual
# or is known (review D).
_CAME_OF_IT = frozenset({"left", "since", "ever", "because", "from", "after", "with", "still", "never", "caused",
                         "gave", "due", "afterwards", "then", "result", "aftermath", "recovered", "over", "no", "not",
                         "nothing", "dementia", "free", "old", "usual", "always", "sometimes", "times", "often", "days",
                         "evenings", "spells", "too", "well", "epileptic", "epilepsy", "angina", "memory", "clinic",
                         "recover", "bit", "slightly", "little", "crooked", "lopsided", "like", "that", "fine", "tests",
                         "seen", "normal", "controlled", "medication", "tablets", "pacemaker", "monitor", "kids",
                         "children", "grow", "haven't", "hasn't", "hadn't", "didn't", "don't", "doesn't", "wasn't",
                         "isn't"})
# Whose sign it is, said again: "mum had a stroke ... she's collapsed".
_SAME_SUBJECT = frozenset({"he", "she", "they", "i", "we"})
# A sign told as happening: "has", "got", "can't", "keeps", "now", "just", or "is" with a verb in -ing or -ed.
_HAPPENING = frozenset({"has", "have", "got", "can", "cannot", "keeps", "keep", "now", "just", "currently"})


def _told_as_happening(words: Sequence[str]) -> bool:
    """("He's collapsed" comes as "he is collapsed": "is" with a verb in -ed is told as happening too.)"""
    return bool(set(words) & _HAPPENING) or any(
        word in ("is", "are", "am") and at + 1 < len(words) and words[at + 1].endswith(("ing", "ed"))
        for at, word in enumerate(words))


_CANNOT = frozenset({"can", "could", "cannot"})
# Words that tell a sign as happening now, not as part of an old story ("she's collapsed", "he's got chest pain",
# "he can't breathe"; not "was confused for weeks", "had chest pains for months").
_NOW_TENSE = frozenset({"is", "are", "am", "has", "have", "can", "cannot", "keeps", "keep", "now", "just", "currently",
                        "'s", "having"})  # ("mum's having a stroke like the one two years ago": "like" is a filler)


def _told_as_now(words: Sequence[str], span: tuple[int, int] | None) -> bool:
    if span is None:
        return False
    said = words[span[0] : span[1]]
    # ("He's been slurring" comes as "he been": a "been" is now, but not "had been".)
    been = any(word == "been" and said[at - 1 : at] != ["had"] for at, word in enumerate(said))
    return been or bool(set(said) & _NOW_TENSE)


def _came_of_it(words: Sequence[str]) -> bool:
    return any(word in _CAME_OF_IT and not (word == "not" and at > 0 and words[at - 1] in _CANNOT)
               for at, word in enumerate(words))


# "He had a fit ten years ago and he had one on the bus": one had again, where (review D: a broad "had one", "it
# happened" or "same thing" made 53 of 227 harmless stories emergencies: "had one scan", "it happened at a wedding",
# "never had one since", "her sister had one in her eighties").
_HAD_ONE = frozenset({("had", "one"), ("has", "one"), ("having", "one")})
_NOT_AGAIN = frozenset({"never", "not", "no", "haven't", "hasn't", "hadn't", "without", "since"})
_ONE_THERE = frozenset({"on", "at", "in", "just", "now", "today", "this", "again", "earlier"})
_RELATIVES = frozenset({"sister", "brother", "son", "daughter", "mum", "mother", "dad", "father", "husband", "wife",
                        "friend", "cousin", "nephew", "niece", "aunt", "auntie", "uncle", "gran", "grandad", "grandma",
                        "grandpa", "nan", "kids", "children", "child", "baby"})


def _had_one_there(words: Sequence[str]) -> bool:
    """Whether one was had again, somewhere or now ("he had one on the bus"), by the same person, with nothing that
    says it came of the first, has not come back or was seen to."""
    at = next((at for at in range(len(words) - 1) if (words[at], words[at + 1]) in _HAD_ONE
               and words[at + 2 : at + 3] and words[at + 2] in _ONE_THERE), None)
    return at is not None and not _came_of_it(words) and not set(words[:at]) & _RELATIVES - set(words[:3])


def _a_first_time(words: Sequence[str]) -> bool:
    """"Never happened before in all my 40 years", "first time in forty years": the years are a life or the gap
    since the last one, and what is told happened now. Not "never before or since", "never again"."""
    if set(words) & {"since", "again"}:
        return False
    never_before = any(word == "never" and "before" in words[at + 1 : at + 4] for at, word in enumerate(words))
    lifetime = any(words[at : at + 2] == ["in", "my"] and "years" in words[at + 2 : at + 5]
                   or words[at : at + 3] == ["in", "all", "my"] for at in range(len(words)))
    return never_before or lifetime or any(words[at : at + 3] == ["first", "time", "in"] for at in range(len(words)))


_TENS_OF_YEARS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
_FIT_NOW = frozenset({"shaking", "rolling", "jerking", "convulsing", "seizing", "fitting", "collapsed", "fainted",
                      "unconscious", "floppy"})


def _once_long_ago(resolution: Resolution, text: str, this_year: int) -> bool:
    """Whether the one sign said is a faint or a fit that happened once, years ago, in a year before this one or in
    childhood, and never since ("i had a seizure once when i was nine, nothing in the twenty-five years since", "she
    had a fit when she was fourteen and never had another"); not with any word of now, of a time of day, or of it
    happening again."""
    if resolution.slot_ids().get("symptom", []) not in (["fainting"], ["seizure"]):
        return False
    words, stretch_of, twitching = _twitching_stretches(text, _STRETCH_BREAKS)
    if sum(1 for at, word in enumerate(words) if word in _SIGN_AGAIN | _FIT_NOW and not set(
            words[max(0, at - 2) : at]) & {"never", "not", "no", "nothing"}) > 1:
        return False  # (a fit told now beside the old one: "the baby is fitting, she had a febrile fit when she was
        # eighteen months old, nothing since": review B73)
    pairs = set(zip(words, words[1:], strict=False))
    long_ago = bool(pairs & {("years", "ago"), ("years", "back")}) or any(
        words[at : at + 2] in (["when", "i"], ["as", "a"]) and set(words[at + 2 : at + 5]) & _YOUNG
        or words[at : at + 2] in (["when", "he"], ["when", "she"], ["when", "they"])
        and (any(words[index] in _AGED_YOUNG and words[index - 1] not in _TENS_OF_YEARS
                 for index in range(at + 2, min(at + 5, len(words))))
             or "old" in words[at + 4 : at + 7] and bool(set(words[at + 3 : at + 6]) & {"months", "month"}) and (
                 "was" in words[at + 2 : at + 3]))  # ("eighteen months old"; not "turned ninety", "eighty five")
        or re.fullmatch(r"(19|20)\d\d", words[at]) is not None and int(words[at]) < this_year
        and words[at - 1 : at] in (["in"], ["since"], ["from"], ["during"])  # (not a clock's "at 1900")
        for at in range(len(words)))
    # "Never had another" ("had another one this morning" is now).
    never_another = {at for at, word in enumerate(words)
                     if word == "another" and set(words[max(0, at - 3) : at]) & _NOTHING_SINCE}
    # "Never happened again", "not since", "nothing since" ("never happened before" is a first time); "... but
    # nothing in the twenty-five years since": a "since" closing the sentence after a "nothing".
    # (Not "she hasn't been right since": not well since, which is now: review A73.)
    closing_since = [at for at, word in enumerate(words) if word == "since"
                     and (at + 1 == len(words) or words[at + 1] in {",", "then", "that"})
                     and words[at - 1 : at] not in (["right"], ["well"], ["same"], ["herself"], ["himself"],
                                                    ["normal"], ["good"], ["themselves"], ["myself"])]
    never_since = bool(pairs & _NEVER_SINCE) or bool(never_another) or any(
        word == "happened" and words[at + 1 : at + 2] == ["again"] and set(words[max(0, at - 2) : at]) & _NOTHING_SINCE
        for at, word in enumerate(words)) or any(set(words[max(0, at - 7) : at]) & (_NOTHING_SINCE | {"no"})
                                                 for at in closing_since)
    again = {at for at, word in enumerate(words) if word == "again" and "never" not in words[max(0, at - 3) : at]}
    # (When the twitch started is not when the sign was: "his eyelid's been twitching since monday. he had febrile
    # convulsions as a baby but nothing since"; nor is an age now, "she's thirty now"; any other time of now is.)
    told = {word for at, (word, part) in enumerate(zip(words, stretch_of, strict=True))
            if (part not in twitching or not set(words[max(0, at - 2) : at]) & {"since", "for"})
            and at not in never_another and not (word == "now" and _an_age_now(words, at))}
    # "Three days ago" is now; "years ago" is not.
    lately_ago = any(word == "ago" and words[at - 1] not in {"years", "year", "decades", "ages"}
                     and stretch_of[at] not in twitching for at, word in enumerate(words))
    now = told & (NOW_WORDS - {"again"} | _TIMES_OF_DAY | _GETTING_WORSE | _NOT_HISTORY | _LATELY) or again
    # A sign told again after the "never since" is a new one ("nothing since, but today ... he had a fit", "never
    # had another, but she had one in november", "... on the 28th").
    closing = max((at for at, word in enumerate(words) if word in {"since", "again"} or at in never_another),
                  default=len(words))
    told_again = any(word in _TOLD_AGAIN or word in MONTHS or re.search(r"\d", word)
                     for word, part in zip(words[closing + 1 :], stretch_of[closing + 1 :], strict=True)
                     if part not in twitching)
    return long_ago and never_since and not now and not lately_ago and not told_again


_SIDE_BEFORE = frozenset({"my", "the", "his", "her", "their", "your", "on", "to"})
# After "right": a side ("my right one"), no "that's right" (nor "right now": "it's happening right now" is a yes).
_SIDE_OF = frozenset({"one", "side", "hand", "arm", "leg", "foot", "eye", "eyelid", "calf", "thumb", "cheek"})


def _right_as_a_side(text: str) -> bool:
    """Whether "right" is only said as a side ("it's my right one"), with no yes word."""
    words = _words_as_said(text)
    sides = [at for at, word in enumerate(words) if word == "right" and (
        words[at - 1 : at] and words[at - 1] in _SIDE_BEFORE or words[at + 1 : at + 2] and words[at + 1] in _SIDE_OF)]
    return bool(sides) and not (set(words) & _PLAIN_ANSWERS) and words.count("right") == len(sides)


def _an_age_now(words: list[str], at: int) -> bool:
    """"She's thirty now": an age, no time of the sign (not "she's having one now")."""
    return at >= 2 and parse_number(words[at - 1]) is not None and words[at - 2] in {"is", "am", "are", "was"}


def _one_sign_over_since_a_year(sequence: list[Token], matches: list[Match]) -> bool:
    """Whether one sign is said as had, with a year after it, and then said to be over since ("he had his little
    stroke back in 2015 and he's been fine since", "a mini-stroke back in 2019, a TIA, but he's been fine since"),
    with no word of now, again or another anywhere (round 139). Then the sign goes, as history. (A year alone beside
    a sign still dates nothing: "i had a stroke in 2015" stays a sign, safety review A; so does a second sign, "my dad
    had a stroke in 2015 his face has gone droopy".)"""
    signs = [match for match in matches if SIGN_TYPE in match.types]
    years = [match for match in matches if any(_a_year(value.iso or "") for value in match.values)]
    if len(signs) != 1 or len(years) != 1 or not 0 < years[0].start - signs[0].end <= 6:
        return False
    sign, year = signs[0], years[0]
    words = [token.word for token in sequence]
    if "had" not in words[max(0, sign.start - 3) : sign.end] or set(words[max(0, sign.start - 4) : sign.end]) & (
            _NOT_A_PAST_ONE):
        return False
    # ("Nothing like that now", "he's fine now": a "now" of the denial or of the recovery is none.)
    if any(word in _HAPPENING_NOW | _NOW_OR_AGAIN and not (word == "now" and set(words[max(0, at - 3) : at]) & (
            _NEGATORS | _SETTLED)) for at, word in enumerate(words)):
        return False
    after = words[year.end :]
    return any(occurrences(after, phrase) for phrase in _OVER_SINCE)


# Words beside a sign that make it no sign had and over: "i think i'm having a stroke", "she may have had one".
_NOT_A_PAST_ONE = frozenset({"having", "think", "thinks", "'m", "am", "is", "may", "might", "could", "if"})
_OVER_SINCE = (("fine", "since"), ("been", "fine"), ("nothing", "since"), ("well", "since"), ("okay", "since"),
               ("no", "problems", "since"), ("no", "trouble", "since"), ("fully", "recovered"), ("full", "recovery"),
               ("never", "looked", "back"), ("right", "as", "rain", "since"))
_NOW_OR_AGAIN = frozenset({"again", "another", "hour", "hours", "minutes", "sudden", "suddenly", "still"})


def _a_year(value: str) -> bool:
    return re.fullmatch(r"\d{4}", value) is not None


def _a_stroke(value: ResolvedSlot) -> bool:
    return value.id == "facial_droop" and "stroke" in normal_words(value.spoken)


def _long_standing_and_unchanged(resolution: Resolution, text: str, sudden: frozenset[tuple[str, str]]) -> bool:
    """Whether the one sign said (weakness, numbness, speech or swallowing) is an old condition said to be
    unchanged: every time said a year or more, with "nothing new", "the same" or "since my stroke", and no word of
    getting worse, of now, of a time of day or a "but" ("weaker and weaker for two years" is a sign)."""
    signs = {value.id for value in resolution.slots.get("symptom", [])}
    times = [value.value or "" for value in resolution.slots.get("duration", [])]
    # A stroke years ago is history in the same way ("he had a stroke ten years ago, nothing new since").
    old_stroke = any(_a_stroke(value) for value in resolution.slots.get("symptom", []))
    # One sign, with nothing said of how or when it came on but the years: "but this morning my right arm went
    # numb" beside an old weakness is a new sign, and keeps every sign said.
    if len(signs) != 1 or not (any((SIGN_TYPE, sign) in sudden for sign in signs) or old_stroke) or not times or (
        "pace" in resolution.slots
    ):
        return False
    if not all(_a_year_or_more(time) for time in times):
        return False
    words = [token.word for token in word_tokens(normal_words(text))]
    pairs = set(zip(words, words[1:], strict=False))
    unchanged = bool(set(words) & _UNCHANGED) or bool(pairs & _UNCHANGED_PAIRS) or any(
        words[at] == "since" and set(words[at + 1 : at + 4]) & _OLD_CAUSES for at in range(len(words)))
    # "..., but he got over it completely": a "but" that only says it was recovered from.
    contrasts = [at for at, word in enumerate(words) if word in _CONTRASTS
                 and not set(words[at + 1 : at + 5]) & _GOT_OVER]
    return unchanged and not contrasts and not set(words) & (_GETTING_WORSE | NOW_WORDS | _TIMES_OF_DAY)


# Breathlessness on a climb told as lifelong: the words of always said after it, the climbs, and what keeps it a sign
# (review C: a smaller effort, a start, a treatment failing, a red flag, "never", "fit", more said of the breath).
_AS_ALWAYS = frozenset({("always", "have"), ("always", "had"), ("always", "has"), ("always", "did"),
                        ("always", "do"), ("always", "does")})
_AS_A_CHILD = frozenset({"girl", "boy", "kid", "child", "lad", "lass", "little", "young", "youngster", "teenager"})
_CLIMBS = frozenset({"hill", "hills", "uphill", "stairs", "incline", "bank", "brae", "slope", "climbing"})
_BREATH_WORDS = frozenset({"breath", "breathless", "breathe", "breathing", "puffed", "wheezy", "wheeze",
                           "wheezing", "gasping", "gasp", "winded", "puff", "panting"})
_BREATHING_NOW = frozenset({"struggling", "gasping", "blue", "grey", "gray", "worse", "new", "suddenly", "sudden",
                            "sitting", "resting", "rest", "lying", "talk", "talking", "not", "never", "hardly",
                            "barely", "fine", "fit", "froth", "frothy", "pink", "lips", "ankles", "swollen",
                            "sentence", "inhaler", "flat", "bed", "chair", "room", "pillow", "pillows", "flight",
                            "operation", "cough", "coughing", "chest", "pain", "tight", "until", "anymore", "used",
                            "can", "could"})


def _breathless_as_always(resolution: Resolution, text: str, urgent: frozenset[str]) -> bool:
    """Whether the breathing said is breathlessness on a climb told as lifelong right after it ("I get breathless on
    the hill, always have done since I was a girl"): the only urgent sign, said once, and nothing of now, worse, a
    smaller effort, a start, a red flag or a "but" said anywhere (safety review C narrowed it: "he's always been fit
    but he's short of breath walking to the car" is a sign)."""
    signs = [value.id for value in resolution.slots.get("symptom", [])]
    if signs != ["difficulty_breathing"] or "pace" in resolution.slots:
        return False
    words = [token.word for token in word_tokens(normal_words(text))]
    breath = [at for at, word in enumerate(words) if word in _BREATH_WORDS]
    if len(breath) != 1:
        return False
    climb = next((at for at in range(breath[0] + 1, breath[0] + 5) if at < len(words) and words[at] in _CLIMBS), None)
    if climb is None:
        return False
    always = next((at for at in range(climb + 1, climb + 4) if tuple(words[at : at + 2]) in _AS_ALWAYS), None)
    if always is None:
        return False
    since = [at for at, word in enumerate(words) if word == "since" and at > breath[0]]  # (not the twitch's start)
    as_a_child = all(set(words[at + 1 : at + 5]) & _AS_A_CHILD for at in since)
    # From the breath's own clause on (not "my legs aren't what they were" before it).
    opens = max((at + 1 for at in range(breath[0]) if words[at] in {",", ".", "and", "but", "so"}), default=0)
    blocked = NOW_WORDS | _TIMES_OF_DAY | _GETTING_WORSE | _BREATHING_NOW
    return as_a_child and not set(words[opens:]) & blocked and not set(words[always:]) & _CONTRASTS


# A no to pregnancy doubted: the words that open the doubt, and said after them, a chance of it (a period late or
# missed, "might be").
_DOUBTING = frozenset({"but", "though", "although"})
_A_CHANCE_OF_PREGNANCY = frozenset({"late", "missed", "might", "maybe", "period", "overdue"})


def _no_but_might_be(text: str) -> bool:
    """"No, but I might be", "nah, though I think we could be": a no, then the speaker's own chance of it, with
    nothing after (not "no, but it might be", of something else asked with it)."""
    words = [word for word in normal_words(text) if word not in {",", "."}]
    doubt = next((at for at, word in enumerate(words) if word in _DOUBTING), None)
    return bool(words) and words[0] in _ANSWER_NOS | {"not"} and doubt is not None and len(words) >= doubt + 4 and (
        words[-2:] in (["might", "be"], ["could", "be"], ["may", "be"])) and words[-3] in {"i", "we"}


def _not_pregnant_taken_back(text: str) -> bool:
    """Whether a "not pregnant" said before is quoted and then doubted ("i said i'm not pregnant but i might be"), or
    a no is said and then doubted with a chance of it ("those days are long gone, but my period is a few days late",
    "past that age i think, but i've missed a period")."""
    words = list(normal_words(text))
    for at, word in enumerate(words):
        if word in _ANSWERED_BEFORE and "pregnant" in words[at + 1 : at + 5]:
            rest = words[at + 1 :]
            if "but" in rest and set(rest[rest.index("but") + 1 :][:4]) & {"might", "could", "may", "maybe"}:
                return True
    doubts = [at for at, word in enumerate(words) if word in _DOUBTING]
    # ("Late for work", "late nights" are no period late.)
    chances = {word for at, word in enumerate(words) if word in _A_CHANCE_OF_PREGNANCY
               and not (word == "late" and words[at + 1 : at + 2] in (["for"], ["to"], ["night"], ["nights"], ["on"]))}
    return any(set(words[at + 1 :]) & chances for at in doubts)


def _pregnant_then_no(text: str) -> bool:
    """"Pregnant... no no": the word said back, then only no ("pregnant no question about it" is a yes)."""
    words = [word for word in normal_words(text) if word != ","]
    return any(word == "pregnant" and words[at + 1 : at + 2] and words[at + 1] in _ANSWER_NOS
               and set(words[at + 1 :]) <= _ANSWER_NOS for at, word in enumerate(words))


def _said_cannot_be_pregnant(text: str, volunteered: bool = False) -> bool:
    """Whether the speaker says they are a man ("i'm a grandad", "i am a retired fella") or past the age of
    pregnancy ("honey, i'm seventy-four"). Volunteered, only "i'm a ..." ("i'm her husband" is about her) or an
    age said alone."""
    words = [token.word for token in word_tokens(normal_words(text))]
    if not volunteered and _a_childs_age_said(words):
        return True
    # "Eighty-two, love." to "any chance you're pregnant?": an age said alone, and a word to the listener after it
    # (round 201 had asked three times and noted not sure, then told an 82-year-old she might be pregnant).
    age, end = _age_from(words, 0)
    if not volunteered and age is not None and _PAST_PREGNANCY <= age < 130 and set(words[end:]) <= _TO_THE_LISTENER:
        return True
    for at in range(len(words)):
        # ("She's sixty-eight, my lover!" to "could she be pregnant?": round 198 had heard a yes.)
        if words[at : at + 2] not in (["i", "am"], ["she", "is"]):
            continue
        age, end = _age_from(words, at + 2)
        if words[at] == "she":  # (only her age, said alone: "she's with a fella", "she's 62 days late": review C68)
            if age is not None and _PAST_PREGNANCY <= age < 130 and (
                    words[end : end + 1] in ([], [","], ["."]) or set(words[end:]) <= _TO_THE_LISTENER):
                return True
            continue
        # Volunteered, an age must stand alone ("and i'm seventy-six so we can skip that"), not "i'm 70 percent".
        alone = age is not None and words[end : end + 1] in ([], [","], ["."], ["so"], ["and"], ["years"], ["now"])
        if volunteered and words[at + 2 : at + 3] != ["a"] and not alone:
            continue
        if set(words[at + 2 : at + 5]) & _MALE or (age is not None and _PAST_PREGNANCY <= age < 130):
            return True
    return False


_WELL = frozenset({"okay", "fine", "good", "alright", "right", "well", "great"})


def _said_in_a_moment(resolution: Resolution, text: str) -> bool:
    """Whether a moment is said, not denied: "this second", "like a thunderclap", "mid-sentence", "a sudden,
    excruciating headache" (where no pace was read). Not as a symptom's own name: "a headache like a thunderclap",
    "sudden bad headache" are asked whether they were sudden, as Alexa fills their samples."""
    named = " ".join(value.spoken for value in resolution.slots.get("symptom", [])).lower()
    words = normal_words(text)
    # ("Not all of a sudden": the "not" four words back.)
    return any(
        any(tuple(words[at : at + len(phrase)]) == phrase and phrase[-1] not in named for phrase in _SUDDEN_MOMENTS)
        and not any(word in _NEGATORS or word.endswith("n't") for word in words[max(0, at - 4) : at])
        for at in range(len(words)))


def _said_well(text: str) -> bool:
    """Whether a word of being well or of only the twitch is said, not denied ("yes i'm fine, just twitching")."""
    words = [word for word in _words_as_said(text) if word not in ("really", "feel", "feeling", "doing", "so", "too",
                                                                     "very", "all", "that")]
    return not _not_well(text) and bool(set(words) & (_WELL - {"right", "well"} | {"twitching", "twitch"}))


def _not_well(text: str) -> bool:
    """Whether a "not" stands right before a word of being well ("i'm not okay", "i don't feel fine", "not
    doing great"), not a "not bad" or a "nothing wrong"."""
    words = [word for word in _words_as_said(text) if word not in ("really", "feel", "feeling", "doing", "so", "too",
                                                                     "very", "all", "that")]
    return any(word in ("not", "never") and words[at + 1 : at + 2] and words[at + 1] in _WELL
               for at, word in enumerate(words))


def _a_childs_age_said(words: list[str]) -> bool:
    """"She's six" or "he's only eleven" to "could she be pregnant?": a child, so no."""
    for at in range(len(words)):
        if words[at : at + 2] not in (["she", "is"], ["he", "is"]):
            continue
        age, end = _age_from(words, at + 3 if words[at + 2 : at + 3] in (["only"], ["just"]) else at + 2)
        if age is not None and words[end : end + 1] in ([], [","], ["."], ["so"], ["and"], ["years"]):
            return age < _CHILDHOOD
    return False


def _age_from(words: list[str], start: int) -> tuple[int | None, int]:
    """The number said from `start` (in two words or one: "seventy four", "six") and where it ends."""
    for end in (start + 2, start + 1):
        if (age := parse_number(" ".join(words[start:end]))) is not None:
            return age, end
    return None, start


def _a_man_said(text: str) -> bool:
    """"I'm a bloke, so don't ask": a man, said as such (not "i'm a boy mum", "i'm a guy's wife")."""
    words = [token.word for token in word_tokens(normal_words(text))]
    return any(words[at : at + 3] == ["i", "am", "a"] and words[at + 3 : at + 4] and words[at + 3] in _MALE
               and words[at + 4 : at + 5] in ([], [","], ["."], ["so"], ["and"], ["here"], ["mate"])
               for at in range(len(words)))


def _taken(text: str) -> frozenset[str]:
    """The triggers that are medicines in `text`: a stimulant too when said as prescribed, at the same dose."""
    return _TAKEN if set(_words_as_said(text)) & _AS_PRESCRIBED else _MEDICINES


def _without_the_medicines_time(resolution: Resolution, text: str) -> Resolution:
    """Without the times said in a stretch that names a medicine and no twitching ("i take amlodipine, unchanged
    for five years")."""
    words, stretch_of, twitching = _twitching_stretches(text, _STRETCH_BREAKS)
    named = {word for value in resolution.slots.get("trigger", []) if value.id in _taken(text)
             for word in _spoken_words(value.spoken)}
    medicine = {part for word, part in zip(words, stretch_of, strict=True) if word in named} - twitching

    def the_medicines(value: ResolvedSlot) -> bool:
        # Its own stretch, or the next one said of it ("amlodipine, unchanged for five years"), not "..., it's been
        # going on for four months".
        at = occurrences(words, _spoken_words(value.spoken))
        if not at:
            return False
        part = stretch_of[at[0]]
        opening = next(word for word, other in zip(words, stretch_of, strict=True) if other == part)
        return part in medicine or part - 1 in medicine and part not in twitching and opening in _SAID_OF_A_MEDICINE

    for slot in ("duration", "startDate"):  # "for five years", "since 2019"
        if dropped := [value for value in resolution.slots.get(slot, []) if the_medicines(value)]:
            resolution = _without_values(resolution, slot, dropped)
    return resolution


# What "the same" may be of that is no medicine: a place ("the same spot") or a time ("since the same week").
_SAME_OF_A_PLACE_OR_TIME = frozenset({"spot", "place", "side", "eye", "bit", "muscle", "area", "leg", "arm", "calf",
                                      "week", "day", "time", "month", "weekend", "night", "morning", "fortnight"})


def _medicine_unchanged(resolution: Resolution, text: str) -> bool:
    """Whether the medicines named are said to be long-standing and unchanged ("the same pill i've been on for
    years, nothing's been started or changed") or not taken, with no change said ("... but they upped the
    dose")."""
    if not {value.id for value in resolution.slots.get("trigger", [])} & _MEDICINES:
        return False
    words = _words_as_said(text)  # "nothing has"

    def negated(at: int) -> bool:
        # (Within its own sentence and clause: "no numbness. my doctor started me on prednisolone" is a new
        # medicine, round 161; it had been denied.)
        window = words[max(0, at - 5) : at]
        cut = max((i + 1 for i, word in enumerate(window) if word in (".", ",", "but")), default=0)
        return bool(set(window[cut:]) & _NEGATIVE_WORDS)

    # A change word in a stretch of its own that names no medicine but a time dates the twitch: "started about six
    # weeks back, and my tablets haven't changed in years" is no new tablet.
    named = set().union(*(normal_words(value.spoken) for value in resolution.slots["trigger"]
                          if value.id in _MEDICINES))
    stretch_of = _stretch_numbers(words, {",", "and"})

    def dates_the_twitch(at: int) -> bool:
        own = {word for word, part in zip(words, stretch_of, strict=True) if part == stretch_of[at]}
        # ("They doubled my dose two weeks ago, same tablets", "they tripled it last week": the dose named, or a
        # change only a dose has, is a change of the medicine.)
        changes_a_dose = words[at] in _ONLY_A_DOSE_CHANGES and not any_twitching(word_tokens(tuple(own)))
        return not own & (named | _DOSE_WORDS | _A_MEDICINE_SAID) and not changes_a_dose and bool(
            own & (TIME_UNITS | {"ago", "back", "since"}))

    def more_after(at: int) -> bool:
        # ("same dose" says no change, unless more is said after it: "same dose but a water pill on top now", "put
        # up"; not "same dose for five years, and work's been mad", where the "and" opens another matter)
        after = set(words[at + 1 : at + 1 + _AFTER_THE_SAME_DOSE])
        return bool(after & {"up", "top", "twice", "extra"} or after & (_MORE_TOLD - {"and"}) and after & {
            "now", "new", "added", "another"})

    def new_of_another_thing(at: int) -> bool:
        # ("Had a new hip in 2019": new, of a hip, not of a medicine.)
        thing = words[at + 1 : at + 2]
        return words[at] == "new" and bool(thing) and thing[0] not in named | _A_MEDICINE_SAID and thing[0].isalpha()

    def long_ago(at: int) -> bool:
        # ("I stopped the pill years ago when we started trying": a change, but no lately one. Round 81.)
        after = words[at + 1 : at + 6]
        return any(after[i : i + 2] in (["years", "ago"], ["years", "back"], ["ages", "ago"]) for i in range(5))

    def a_doing(at: int) -> bool:
        # ("When we started trying", "started running": a doing begun, not a medicine.)
        thing = words[at + 1 : at + 2]
        return bool(thing) and thing[0].endswith("ing") and thing[0] not in named | {
            "taking", "using", "having", "getting", "injecting", "applying", "wearing"}

    changed = any(word in _MEDICINE_CHANGES and not negated(at) and not dates_the_twitch(at)
                  and not new_of_another_thing(at) and not long_ago(at) and not a_doing(at)
                  and not (at > 0 and words[at - 1] == "same" and not more_after(at)) for at, word in enumerate(words))
    # "I give out plenty of water tablets on the drug round, but i don't take any myself": none taken at all.
    if any(word in {"take", "taking", "on"} and set(words[max(0, at - 2) : at]) & _NEGATIVE_WORDS
           for at, word in enumerate(words)):
        return not changed
    # ("Always the same spot" says where it twitches, not that a medicine is the same as ever; nor does "since the
    # same week" the twitch began, when the medicine is as new as the twitch: round 108.)
    not_of_a_medicine = {at for at, word in enumerate(words) if word == "same" and words[at + 1 : at + 2] and (
        words[at + 1] in _SAME_OF_A_PLACE_OR_TIME)}
    long_held = bool({word for at, word in enumerate(words) if at not in not_of_a_medicine} & _SAME_AS_EVER) or any(
        words[at] == "for" and set(words[at + 1 : at + 4]) & {"years", "ages", "decades"} for at in range(len(words))
    ) or any(word in _MEDICINE_CHANGES and negated(at) for at, word in enumerate(words)) or bool(
        _ON_IT_SINCE_LONG_AGO.search(text.lower()))
    return long_held and not changed


def _without_drinking_of_another_drink(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """"Drank four Red Bulls studying for finals", "drinking two coffees a day": the drinking is of the drink named
    straight after it, not of alcohol (the word alone had been read as both)."""
    def of_another_drink(match: Match) -> bool:
        if match.types != {_TRIGGER_TYPE} or match.values[0].id != "alcohol" or any(
                token.lemma != "drink" for token in sequence[match.start : match.end]):
            return False
        return any(other.types == {_TRIGGER_TYPE} and other.values[0].id != "alcohol"
                   and match.end <= other.start <= match.end + _DRINK_NAMED_WITHIN
                   and not {token.word for token in sequence[match.end : other.start]} & _LIST_BREAKS
                   for other in matches)
    return [match for match in matches if not of_another_drink(match)]


_DRINK_NAMED_WITHIN = 4  # words between "drank" and what was drunk: "drank like four big red bulls"
_LIST_BREAKS = frozenset({",", "and", "then", "or", "plus", "but"})


def _without_habits(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without a "sudden" that is a habit ("pins and needles, mostly when i wake up", "usually after lunch"): it
    says when a sign comes, not that it came on today. Nor waking with a sign told as one that comes again or has
    gone on for long ("I woke up with numb hands again, it's been like that for months")."""
    words = {token.word for token in sequence}

    def a_habit(match: Match) -> bool:
        if match.types != {PACE_TYPE}:
            return False
        if match.start > 0 and sequence[match.start - 1].word in _HABITUAL and (
                sequence[match.start].word in _HABIT_TIMES):  # "mostly since i woke up" hedges a sudden
            return True
        # (Only "woke up and", "woke up with": "since" or "when i woke up" stay as they were.)
        own = {token.word for token in sequence[match.start : match.end]}
        return "woke" in own and not own & {"since", "when"} and bool(words & (_HABITUAL | _AGAIN_OR_LONG))
    return [match for match in matches if not a_habit(match)]


_AGAIN_OR_LONG = frozenset({"again", "every", "weeks", "months", "years", "ages", "lately", "recently", "most",
                            "each"})


_LIMBS_GONE_DEAD = frozenset({"arm", "arms", "hand", "hands", "leg", "legs", "foot", "feet", "fingers", "face", "side"})


def _a_limb_before(sequence: list[Token], at: int) -> bool:
    """Whether a limb is said shortly before, with no one named after it (then "dead" is the limb's)."""
    words = [token.word for token in sequence[max(0, at - 12) : at]]
    limb = max((i for i, word in enumerate(words) if word in _LIMBS_GONE_DEAD), default=None)
    return limb is not None and not set(words[limb:]) & _PEOPLE_WORDS


def _without_times_since_a_death(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without a time that says how long ago someone died ("called me by our kenny's name today, and kenny's been
    dead ten years"): it dates the death, not the twitch or a sign, and would make a sign now sound long past."""
    kept = []
    for match in matches:
        death = next((position for position in range(match.start - 1, max(-1, match.start - 4), -1)
                      if sequence[position].lemma in _DEATH_WORDS), None)
        dates_a_death = (
            match.types == {DURATION_TYPE}
            and death is not None
            # "my arm went dead for an hour": a limb gone dead is numb or weak, and the time is the sign's (and so
            # "my arm went dead and it's still dead two hours later": a limb said just before)
            and not (death and sequence[death - 1].lemma in _GOING)
            and not _a_limb_before(sequence, death)
            and all(token.word in _DEATH_TO_TIME for token in sequence[death + 1 : match.start])
        )
        if not dates_a_death:
            kept.append(match)
    return kept


# The expected effects of a procedure, told as such, that only sound like signs: being put under ("out cold for the
# whole thing"), a dentist's numb and droopy lip, a jab's dead arm, a mouth guard or a sprayed throat at an
# endoscopy. Each sign, and the words of its procedures.
_PROCEDURE_EFFECTS = {
    "fainting": frozenset({"sedation", "sedated", "sedative", "anaesthetic", "anesthetic", "anaesthesia", "anesthesia",
                           "general", "op", "operation", "procedure", "surgery", "colonoscopy", "endoscopy",
                           "theatre", "tube", "replaced", "replacement"}),
    "facial_droop": frozenset({"dentist", "dental", "filling", "fillings", "injection", "numbed", "numbing",
                               "anaesthetic", "anesthetic", "crown", "tooth", "teeth", "extraction"}),
    "sensation_change": frozenset({"dentist", "dental", "filling", "fillings", "numbed", "numbing", "anaesthetic",
                                   "anesthetic", "crown", "tooth", "teeth", "extraction", "block"}),
    "difficulty_speaking": frozenset({"dentist", "dental", "filling", "fillings", "numbed", "numbing", "anaesthetic",
                                      "anesthetic", "guard", "sprayed", "camera", "endoscopy", "tube"}),
    "difficulty_swallowing": frozenset({"sprayed", "spray", "camera", "endoscopy", "tube"}),
    "weakness": frozenset({"jab", "jabs", "vaccine", "vaccines", "vaccination", "booster", "flu", "tetanus", "block"}),
    "vision_change": frozenset({"drops", "dilating", "dilated", "optician", "optometrist", "optometrists"}),
}
# A sign told as the procedure's and over ("droopy from the injection", "wore off by teatime", "fine now", "they said
# was normal"); and what never is one: a fall, a sign that goes on or comes back ("still", "again", "worse"), a
# breath, a colour, today or "suddenly".
_TOLD_AS_ITS_EFFECT = frozenset({"wore", "worn", "wearing", "normal", "fine", "expected", "warned"})
_NO_EFFECT_OF_ONE = frozenset({"floor", "ground", "found", "collapsed", "fell", "fainted", "unresponsive", "wake",
                               "other", "today", "tonight", "suddenly", "sudden", "again", "keep", "keeps", "twice",
                               "rouse", "respond", "breathing", "breathe", "breath", "blue", "grey", "gray", "worse",
                               "spreading", "still", "passed", "blacked", "worst", "then"})
_GOING_ON_ABOUT_IT = 7  # words of a clause that only goes on about the one before (", but that wore off by teatime")
# Of these signs, only the words of the effect itself: being put under, knocked out or out cold; a "dead" arm.
_OWN_WORDS_OF_AN_EFFECT = {"fainting": frozenset({"cold", "under", "knocked", "sedated"}),
                           "weakness": frozenset({"dead"})}
_CLAUSE_ENDS = frozenset({".", ";", "?", "!", "but", "then", ",", "and"})


def _likened(words: Sequence[str]) -> frozenset[str]:
    """The words said in a likeness, fillers and all ("my mouth feels thick, like after the dentist", "numb like a
    dentist's injection", "feels like i've just come from the dentist"): a procedure named there was not had."""
    return frozenset(word for at, word in enumerate(words)
                     if set(words[max(0, at - 6) : at]) & {"like", "if", "than"})


def _without_effects_of_a_procedure(sequence: list[Token], matches: list[Match],
                                    as_said: Sequence[str] = ()) -> list[Match]:
    """Without the signs of a sentence when each is told as a procedure's expected effect ("my lip's all droopy from
    the injection", "they put him right under, he was out cold for three hours, which they said was normal", "a
    dead arm from the jab, fine now"). The procedure is named in the sign's clause or one next to it, and the sign
    is told as its effect there ("from the injection") or in the short clause after ("..., but that wore off by
    teatime"). Never a sign beside another one that is not an effect, nor one told with a fall, today, "suddenly",
    a time ago, "still" or "again", or in a likeness ("like after the dentist", read from the words `as_said`, with
    the fillers "like" is one of)."""
    signs = [match for match in matches if match.types == {SIGN_TYPE}]
    words = [token.word for token in sequence]
    if not any(len(match.values) == 1 and set(words) & _PROCEDURE_EFFECTS.get(match.values[0].id, frozenset())
               for match in signs):
        return matches  # (no procedure named of any sign said: nothing more to read)
    likened = _likened(as_said)
    clause_of = _stretch_numbers(words, set(_CLAUSE_ENDS))
    sentence_of = _stretch_numbers(words, {".", ";", "?", "!"})
    said_in: dict[int, list[str]] = {}
    for word, clause in zip(words, clause_of, strict=True):
        said_in.setdefault(clause, []).append(word)
    # ("An hour ago", "since twenty minutes", "this morning": when a sign came on; "blurry for hours" is how long an
    # effect lasted.)
    lately = {sentence_of[at] for at, word in enumerate(words) if word in {"minutes", "minute", "hour", "hours"} and (
        "ago" in words[at + 1 : at + 3] or "since" in words[max(0, at - 3) : at]) or word == "this" and words[
        at + 1 : at + 2] in (["morning"], ["afternoon"], ["evening"])}

    def told_in(clause: int, context: frozenset[str]) -> bool:
        said = said_in.get(clause, [])
        return bool(set(said) & _TOLD_AS_ITS_EFFECT) or any(  # "..., from the injection"
            word == "from" and set(said[at + 1 : at + 4]) & context for at, word in enumerate(said))

    def told_as_its_effect(match: Match, context: frozenset[str]) -> bool:
        # In a clause the sign's words stand in (a sign read from words across two), or the short one after.
        clauses = set(clause_of[match.start : match.end])
        after = [word for word in said_in.get(max(clauses) + 1, []) if word not in _CLAUSE_ENDS]
        return any(told_in(clause, context) for clause in clauses) or (
            len(after) <= _GOING_ON_ABOUT_IT and told_in(max(clauses) + 1, context))

    def an_effect(match: Match) -> bool:
        if match.types != {SIGN_TYPE} or len(match.values) != 1:
            return False
        sign, clause = match.values[0].id, clause_of[match.start]
        context = _PROCEDURE_EFFECTS.get(sign)
        near = {word for part in (clause - 1, clause, clause + 1) for word in said_in.get(part, [])}
        sentence = {word for word, part in zip(words, sentence_of, strict=True) if part == sentence_of[match.start]}
        if context is None or not near & context or near & context & likened or sentence & _NO_EFFECT_OF_ONE or (
                sentence_of[match.start] in lately):
            return False
        own = _OWN_WORDS_OF_AN_EFFECT.get(sign)
        return told_as_its_effect(match, context) and (own is None or bool(set(words[match.start : match.end]) & own))

    effects = {id(match) for match in signs if an_effect(match)}
    # (Every sign of a sentence an effect, or none is: "my lip's numb from the injection, my face is drooping, my arm
    # is weak" keeps them all.)
    kept_sentences = {sentence_of[match.start] for match in signs if id(match) not in effects}
    return [match for match in matches if id(match) not in effects or sentence_of[match.start] in kept_sentences]


# Around "back" that is coming home, not the body: "we got back sunday", "back last night from a long weekend".
_RETURNING_BEFORE = frozenset({"got", "get", "gets", "getting", "came", "come", "comes", "coming", "flew", "fly",
                               "flying", "drove", "drive", "driving", "went", "go", "going", "headed", "heading",
                               "be", "been", "was", "were", "are", "am", "is", "just", "arrived", "home", "way",
                               "looked", "look", "looking", "looks", "thinking", "think", "thought", "flicked",
                               "flicking", "checked", "checking", "read", "reading", "scrolled", "scrolling"})
# "The back bedroom", "the back garden": a room or a part of a house, no back that twitches.
_OF_A_HOUSE = frozenset({"bedroom", "garden", "door", "room", "yard", "step", "steps", "wall", "lane", "kitchen",
                         "seat", "seats", "office", "porch", "gate", "fence", "passage", "alley", "entrance", "stairs",
                         "field", "patio", "lawn", "shed", "bathroom", "window", "windows", "bedrooms",
                         "burner", "pocket", "row", "end",
                         # a station's and a ranch's ("the ute carked it out at the back bore": round 179)
                         "bore", "paddock", "paddocks", "verandah", "veranda", "barn", "pasture", "corral", "pens",
                         "yards", "track", "road", "roads", "blocks"})
_RETURNING_AFTER = frozenset({"from", "home", "last", "yesterday", "today", "tonight", "down", "up", "in", "at", "to",
                              "on", "after", "since", *WEEKDAYS})


# Around "trip" as a journey: the words before it ("since my singapore trip", "after the trip") and after it ("a
# trip to spain", "a coach trip down the rhine"); and the words of a fall that make it a trip all the same.
_DETERMINERS = frozenset({"my", "our", "the", "this", "that", "his", "her", "their", "your", "last", "a", "an"})
# ("Since my trip", "the last day of the trip".)
_DATING_A_JOURNEY = frozenset({"since", "after", "before", "during", "on", "from", "of"})
_AFTER_A_JOURNEY = frozenset({"to", "away", "abroad", "home", "round", "around", "through", "across", "with"})
_OF_A_FALL = frozenset({"fell", "fall", "falling", "stairs", "steps", "step", "floor", "over", "kerb", "curb", "rug"})
# Counts before a "trip" that make it journeys ("three snorkel trips"; not "a couple of trips", which may be falls).
_JOURNEYS_COUNTED = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few",
                               "several"})


def _without_trips_away(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the weakness of a "trip" that is a journey ("since my singapore trip", "we got back from a coach trip
    down the rhine", "a trip to spain"); tripping ("i keep tripping", "i had a trip and fell", "a trip down the
    stairs") stays."""
    words = [token.word for token in sequence]

    def a_journey(match: Match) -> bool:
        if match.types != {SIGN_TYPE} or words[match.start : match.end] not in (["trip"], ["trips"]):
            return False
        if set(words) & _OF_A_FALL:
            return False
        before, after = words[max(0, match.start - 3) : match.start], words[match.end : match.end + 1]
        # "my ski trip", "the half-term trip"
        named = len(before) >= 2 and before[-1] not in _DETERMINERS and bool(set(before[-3:-1]) & _DETERMINERS)
        dated = len(before) >= 2 and before[-1] in _DETERMINERS and before[-2] in _DATING_A_JOURNEY  # "since my trip"
        # "The first trip after we repaired the boat", "we ran three snorkel trips back to back" (round 84)
        counted = before[-1:] in (["first"], ["second"], ["third"], ["next"]) or len(before) >= 2 and (
            before[-2] in _JOURNEYS_COUNTED and before[-1].isalpha() and before[-1] not in _JOURNEYS_COUNTED | {"of"})
        return named or dated or counted or bool(set(after) & _AFTER_A_JOURNEY)
    return [match for match in matches if not a_journey(match)]


_OBSTACLES = frozenset({"step", "steps", "doorstep", "kerb", "curb", "rug", "mat", "cat", "dog", "cable", "wire",
                        "lead", "toy", "toys", "root", "hose", "hosepipe", "pavement", "slab", "stair", "box", "bag",
                        "shoe", "shoes", "lace", "laces", "threshold", "carpet", "porch", "stone", "paving", "rake"})
_LEGS_AND_GETTING_UP = frozenset({"leg", "legs", "foot", "feet", "knee", "knees", "toe", "toes", "ankle", "ankles",
                                  "hip", "up", "lift", "folded", "buckled", "went", "move", "drag", "dragging",
                                  "today", "yesterday", "week", "morning", "night", "again"})
_TRIPPING_OFTEN = frozenset({"keep", "keeps", "kept", "keeping", "always", "again", "often", "lot", "lots", "more",
                             "times", "twice", "constantly", "falls", "falling", "weak", "weaker", "give", "gave",
                             "not", "cannot", "dragging", "drag"})  # ("couldn't get up" comes as "could not")


def _without_trips_on_things(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the weakness of one trip over a thing long ago ("I took a tumble last year, tripped on the porch
    step"): an accident, not the tripping a weak leg gives. Only told with a time long past, and never where anything
    says it keeps happening, a leg, foot or knee is named or it was hard to get up (safety review C: "I tripped on
    the kerb, my foot didn't lift", "I tripped on the rug today and on the step yesterday")."""
    words = [token.word for token in sequence]
    if not any(_a_long_past_duration(match) for match in matches) or set(words) & (
            _TRIPPING_OFTEN | _LEGS_AND_GETTING_UP) or words.count("tripped") > 1:
        return matches

    def over_a_thing(match: Match) -> bool:
        if match.types != {SIGN_TYPE} or words[match.start] != "tripped" or match.end - match.start > 2:
            return False
        after = words[match.start + 1 : match.start + 6]
        return after[:1] in (["on"], ["over"]) and bool(set(after[1:]) & _OBSTACLES)
    return [match for match in matches if not over_a_thing(match)]


_DOZERS = frozenset({"i", "he", "she", "they", "we", "mum", "dad", "nan", "nana", "gran", "grandad", "grandma",
                     "grandpa", "husband", "wife", "mother", "father", "always", "often", "usually", "normally", "is",
                     "does", "do", "will", "tends", "to"})
_DOZING_PLACES = frozenset({("chair",), ("armchair",), ("recliner",), ("lunch",), ("dinner",), ("tea",), ("telly",),
                            ("tv",), ("television",), ("sofa",), ("couch",)})
_NOT_A_DOZE = frozenset({"suddenly", "sudden", "mid", "middle", "heap", "floor", "wake", "woke", "waking", "rouse",
                         "respond", "responding", "pills", "tablets", "breathing", "breath", "nowhere", "second",
                         "seconds", "minute", "blue", "grey", "gray", "collapsed", "slumped", "talking", "conversation",
                         "sentence", "sentences", "floppy", "limp", "arm", "leg", "hand", "strength", "face", "side",
                         "can", "could", "would", "fell", "fall", "unconscious", "out", "cold"})


def _without_dozing_off(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the weakness of dozing: someone who "drops off in his chair after his lunch" or "in front of the
    telly" falls asleep. Not a limb or strength that drops off, nor anything sudden, hard to wake, mid-sentence, on
    the floor or after pills (safety review C: "she suddenly dropped off in her chair mid-conversation")."""
    if not any(token.lemma == "drop" for token in sequence):
        return matches
    words = [token.word for token in sequence]
    spans = clause_spans(sequence)

    def dozing(match: Match) -> bool:
        if match.types != {SIGN_TYPE} or not any(value.id == "weakness" for value in match.values):
            return False
        drop = next((at for at in range(match.start, match.end) if sequence[at].lemma == "drop"), None)
        if drop is None or words[drop + 1 : drop + 2] != ["off"] or drop == 0 or words[drop - 1] not in _DOZERS:
            return False
        # From its own clause to the end ("..., and he drops off in his chair after lunch, that's normal for him"
        # is no doze taken back by "the same tablets for years" before it).
        opens = next((start for start, end in spans if start <= drop < end), 0)
        return not set(words[opens:]) & _NOT_A_DOZE and any(
            (word,) in _DOZING_PLACES for word in words[drop + 2 : drop + 7])
    return [match for match in matches if not dozing(match)]


_PARTS_THAT_GO_NUMB = frozenset({"tongue", "jaw", "chin", "cheek", "lip", "lips", "mouth", "elbow", "half", "shoulder",
                                 "wrist", "knee", "hip"})
_SAID_AS_A_SIGN_NOW = frozenset({"ago", "minutes", "hour", "hours", "suddenly", "sudden", "nowhere", "stayed", "still",
                                 "since"})
# Words that say a limb is numb, not a person asleep: "fell asleep and it's been tingling since".
_NUMB_WORDS = frozenset({"numb", "numbness", "tingling", "tingly", "tingles", "pins", "needles", "dead", "feeling"})


def _without_a_person_asleep(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the numbness of "fell asleep" said of a person ("he was dead on his feet, fell asleep in his dinner"):
    only a limb falls asleep as a sign ("my arm fell asleep", "my leg, it fell asleep")."""
    words = [token.word for token in sequence]
    # ("Dead on his feet" is tired, not a dead limb.)
    tired = {at + step for at in range(len(words) - 3) if words[at : at + 2] == ["dead", "on"]
             and words[at + 3] == "feet" for step in range(4)}
    if {word for at, word in enumerate(words) if at not in tired} & _NUMB_WORDS:
        return matches

    def asleep(match: Match) -> bool:
        if match.types != {SIGN_TYPE} or [value.id for value in match.values] != ["sensation_change"] or (
                words[match.start : match.end] not in (["fell", "asleep"], ["falls", "asleep"],
                                                       ["falling", "asleep"])):
            return False
        # Asleep somewhere a person dozes ("in his dinner", "in the chair"), with no part of the body said before it
        # in its clause, and nothing said of how long ago or how suddenly (review A66: "my tongue fell asleep at
        # the table twenty minutes ago", "up to the elbow, the whole thing fell asleep").
        opens = max((at + 1 for at in range(match.start) if words[at] == ","), default=0)
        before = {words[at] for at in range(opens, match.start) if at not in tired}
        dozed = any((word,) in _DOZING_PLACES | {("table",), ("bed",)} for word in words[match.end : match.end + 5])
        return dozed and not (before & (_PARTS_THAT_SLEEP | _PARTS_THAT_GO_NUMB | {"it", "they", "both", "whole"})
                              or set(words) & _SAID_AS_A_SIGN_NOW)
    return [match for match in matches if not asleep(match)]


# Sleep told in a faint's words: "out cold the second my head hit the pillow", "out like a light on the couch by
# nine", "she's asleep upstairs". What says sleep, near the words.
_SLEEP_WORDS = frozenset({"pillow", "pillows", "bed", "bedtime", "asleep", "sleep", "slept", "sleeping", "snoring",
                          "snored", "snores", "snore", "kip", "nap", "napping", "couch", "sofa", "duvet", "log",
                          "feed", "feeds"})
# A faint's own words that are also sleep's; "passed out cold" or "knocked out cold" stays a faint.
_SLEEP_LIKE_A_FAINT = frozenset({"out", "cold", "like", "a", "light", "spark", "was", "is", "be", "been", "went",
                                 "go", "goes", "going", "gone", "straight", "totally", "completely", "conking",
                                 "conked", "conk", "zonked", "zonking", "for", "the", "count", "keep", "kept"})
_SLEEPERS_GOING_DOWN = frozenset({"baby", "babies", "kids", "toddler", "twins"})
# Anywhere in what is said, sleep is no longer only sleep (safety review A63's shapes): a fall or a floor, a fit,
# a colour, pills, breathing, a baby held, and not waking, answering, moving or coming round.
_NOT_ONLY_SLEEP = frozenset({"floor", "ground", "fell", "fall", "falls", "collapsed", "collapse", "unresponsive",
                             "responsive", "blue", "grey", "gray", "fit", "fitting", "shaking", "shake", "shook",
                             "jerking", "stiff", "ambulance", "faint", "fainted", "fainting", "passed",
                             "unconscious", "limp", "floppy", "breathing", "breath", "suddenly", "sudden", "nowhere",
                             "knocked", "drunk", "pills", "tablets", "overdose", "took", "taking", "something",
                             "found", "gurgling", "gurgle", "pupils", "slurred", "slurring", "racing", "burning",
                             "sick", "vomit", "vomiting", "holding", "carrying", "heap", "awake", "help", "hospital",
                             "weird", "wrong", "mid", "shaken", "shouted", "shouting", "nobody", "eyes",
                             "staring"})
# ... and what not doing says: "won't wake", "can't get him to answer", "isn't moving", "won't come round".
_RESPONDING = frozenset({"wake", "waking", "waken", "woken", "answer", "answering", "respond", "responding",
                         "response", "move", "moving", "stir", "stirring", "come", "coming", "bring", "open", "talk",
                         "talking", "rouse", "get", "getting"})


def _not_only_sleep(words: list[str]) -> bool:
    if set(words) & _NOT_ONLY_SLEEP or any(words[at : at + 2] == ["all", "over"] for at in range(len(words))):
        return True
    return any(word in _RESPONDING and set(words[max(0, at - 4) : at]) & {"not", "never", "nothing", "no"}
               for at, word in enumerate(words))


def _without_sleep_told_like_a_faint(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the signs of sleep: "out cold" or "out like a light" with sleep beside it (a pillow, bed, snoring, the
    couch), the baby that "went down" for the night, a person "asleep" (a foot asleep is numb; "she's asleep
    upstairs" is not), "nearly dropped off at the wheel", "mutters gibberish in his sleep". Never where anything
    said, anywhere, is more than sleep: a fall, a fit, a colour, pills, a baby held, or not waking or answering."""
    words = [token.word for token in sequence]
    if _not_only_sleep(words):
        return matches
    # "As soon as the baby went down": the baby, as the subject, going to sleep.
    babies_down = {at + 1 for at in range(1, len(words) - 2) if words[at] in _SLEEPERS_GOING_DOWN
                   and words[at + 1 : at + 3] == ["went", "down"] and words[at - 1] in ("the", "my", "our")}

    short_of_sleep = {at for match in matches if match.types == {_TRIGGER_TYPE} and "lack_of_sleep" in {
        value.id for value in match.values} for at in range(match.start, match.end)}

    def sleep(match: Match) -> bool:
        if match.types != {SIGN_TYPE} or len(match.values) != 1:
            return False
        sign, own = match.values[0].id, words[match.start : match.end]
        around = set(words[max(0, match.start - 8) : match.end + 8])
        if sign == "fainting" and own[-2:] == ["went", "down"]:
            return match.end - 2 in babies_down
        if sign == "fainting" and "out" in own and set(own) <= _SLEEP_LIKE_A_FAINT:
            # (Or named sleep after, in so many words: "... but that was just sleeping it off", "that was him having
            # a kip": round 151-152.)
            renamed = any(words[at : at + 2] == ["that", "was"] and set(words[at + 2 : at + 6]) & _SLEEP_WORDS
                          for at in range(match.end, len(words)))
            # (Never sleep gone short, a trigger: "he was out cold for a minute, he hasn't been sleeping well" is a
            # faint.)
            slept = {word for at, word in enumerate(words) if word in _SLEEP_WORDS and at not in short_of_sleep and (
                match.start - 8 <= at < match.end + 8)}
            return bool(slept) or renamed or any(abs(at - match.start) <= 10 for at in babies_down)
        if sign == "weakness" and (drop := next((at for at in range(match.start, match.end)
                                                   if sequence[at].lemma in ("drop", "nod")), None)) is not None:
            # "Nearly dropped off at the wheel", "nodded off on the bus": sleep where one sits, not a limb.
            return words[drop + 1 : drop + 2] == ["off"] and words[drop + 2 : drop + 3] in (["at"], ["on"], [
                "in"]) and bool(set(words[drop + 3 : drop + 6]) & _WHERE_ONE_NODS_OFF)
        if sign == "weakness" and (flop := next((at for at in range(match.start, match.end)
                                                   if words[at] in _FLOPPED), None)) is not None:
            # "He flopped on the settee like a sack of flour": sat down worn out ("gone floppy" stays a sign).
            return words[flop + 1 : flop + 2] in (["on"], ["onto"], ["into"], ["in"]) and bool(
                set(words[flop + 2 : flop + 5]) & _FLOPPED_ONTO) and not set(words[flop:]) & _STILL_A_SIGN
        if sign == "difficulty_speaking":
            # "He mutters gibberish in his sleep", "talks nonsense in her sleep" (not "... and this morning he can't
            # talk at all": a time of today keeps it).
            return words[match.end : match.end + 1] == ["in"] and "sleep" in words[
                match.end + 1 : match.end + 4] and not set(words) & {"now", "today", "morning", "since"}
        if sign == "sensation_change" and [word for word in own if word not in ("fell", "fall", "falls", "dead",
                                                                                "fast", "sound")] == ["asleep"]:
            # A part asleep is numb ("my foot's asleep", "my leg fell asleep"); a person asleep sleeps ("she's asleep
            # upstairs", "dead asleep in my own bed").
            before = set(words[max(0, match.start - 4) : match.start])
            return not before & _PARTS_THAT_SLEEP and bool(
                before & (_PEOPLE_WORDS | _SLEEPERS_GOING_DOWN | {"i", "we"}) or around - set(own) & _SLEEP_WORDS)
        return False
    return [match for match in matches if not sleep(match)]


_FLOPPED = frozenset({"flopped", "flops", "flopping"})
_FLOPPED_ONTO = frozenset({"settee", "sofa", "couch", "bed", "chair", "armchair", "beanbag"})
_WHERE_ONE_NODS_OFF = frozenset({"wheel", "bus", "train", "tube", "desk", "meeting", "sofa", "couch", "settee",
                                 "telly", "tv", "lights", "lecture", "motorway", "shift", "job", "computer"})
_PARTS_THAT_SLEEP = frozenset({"foot", "feet", "leg", "legs", "arm", "arms", "hand", "hands", "finger", "fingers",
                               "toe", "toes", "thigh", "calf", "bum", "backside", "side", "face", "lip", "lips"})

# A limb lain on: "the baby slept on my arm", "I slept on it", "lying on my hand". The limb itself, never the sofa.
_LAIN_ON = frozenset({"slept", "sleeping", "sleeps", "asleep", "lay", "laid", "lying", "lain", "lies", "leaning",
                      "leant", "leaned", "sat"})
# Said of a dead limb that stayed ("... and it's been like that for an hour": review A70).
_STAYED = frozenset({"not", "never", "hour", "been", "minutes", "since"})
_CARRYING = frozenset({"carrying", "holding", "lugging", "hauling", "lifting", "pushing"})
_SHAKING_TOOLS = frozenset({"cutter", "trimmer", "flail", "strimmer", "chainsaw", "saw", "drill", "breaker",
                            "jackhammer", "sander", "mower", "grinder", "handlebars", "vibration", "vibrations",
                            "wacker", "compactor", "kango", "rotavator", "shears"})
# A workout's words: limbs dead or like jelly after one are spent, not struck ("legs were pure jelly walkin' out to
# the truck" after "the last set of hack squats", "my legs were like jelly walking to the car after, but that's leg
# day": round 163).
_WORKOUTS = frozenset({"curls", "squats", "squat", "deadlifts", "deadlift", "lunges", "reps", "workout", "wod",
                       "crossfit", "circuits", "bootcamp", "burpees", "hiit", "pushups"})
# What says a limb spent by a workout is more than spent, in its own clause (safety review A, round 163: "my left arm
# went numb and dead from the spin class", "dead from the curls and i dropped my cup", "went to jelly ..., i fell").
_MORE_THAN_SPENT = frozenset({"numb", "tingling", "tingly", "pins", "dropped", "dropping", "drop", "fell", "fall",
                              "fallen", "head", "left", "right", "one", "side", "grab", "grabbed", "buckled", "gave",
                              "collapsed", "floor", "not", "no", "never"})
_WORKED_ALL_DAY = frozenset({"controller", "controllers", "mouse", "keyboard", "typing", "gaming", "clicking",
                             "scrolling", "texting", "joystick", "gamepad",
                             # a rescue crew's and a house move's ("my arms are dead from the compressions", "...
                             # from doing cpr", "me arms were dead from the boxes": rounds 159-160)
                             "compressions", "cpr", "boxes", "stretcher", "hose", "hoses",
                             # a gym's ("my arm is dead from the preacher curls": round 163)
                             *_WORKOUTS})
# A stint of work that leaves the limbs dead, and what says they always are after one.
_STINTS_OF_WORK = frozenset({"round", "rounds", "shift", "shifts", "turn", "turns", "session", "workout", "training",
                             "graft", "twelve-hour", "ten-hour", "eight-hour", "double",
                             # hours on one's feet ("me legs am dead after ten hours stood at the fryer": round 198)
                             "hours"})
_LONG_WALKS = frozenset({"hike", "hiked", "hiking", "hill", "hills", "path", "trek", "ramble", "miles", "mountain"})
# A walk of a few steps, or legs spent for the first time: never a long walk's (safety review C68: "my legs went like
# jelly after I walked to the shop", "after walking the dog, just now").
_SHORT_OR_NEW = frozenset({"stairs", "steps", "few", "shop", "loo", "toilet", "door", "car", "kitchen", "bathroom",
                           "first", "never", "just", "suddenly", "sudden", "now", "dog"})
_TIRED_AS_EVER = frozenset({"always", "every", "usual", "normally", "normal"})  # ("..., but that's normal": round 198)


_PAUSES_AND_BUT = frozenset({",", ".", "but"})


def _clause_around(words: list[str], at: int) -> list[str]:
    """The words of the clause `at` stands in, between pauses and "but"."""
    stretch_of = _stretch_numbers(words, _PAUSES_AND_BUT)
    return [word for word, part in zip(words, stretch_of, strict=True)
            if part == stretch_of[at] and word not in _PAUSES_AND_BUT]


def _spent_by_a_workout(words: list[str], at: int) -> bool:
    """Whether the limbs "like jelly" at `at` are both legs or both arms, spent by a workout told in their clause or
    the one either side ("legs were pure jelly walkin' out to the truck" after "the last set of hack squats"; "my
    legs were like jelly walking to the car after, but that's leg day"), not denied ("no workout today"), and nothing
    in their own clause says more than spent."""
    own = _clause_around(words, at)
    if not {"legs", "arms"} & set(own) or set(own) & _MORE_THAN_SPENT:
        return False
    stretch_of = _stretch_numbers(words, _PAUSES_AND_BUT)
    # (The clauses with words in them: ", but" between two is one pause.)
    said = sorted({part for word, part in zip(words, stretch_of, strict=True) if word not in _PAUSES_AND_BUT})
    mine = said.index(stretch_of[at])
    near = set(said[max(0, mine - 1) : mine + 2])
    # (Or a long walk, the legs "like jelly after" it: "walked the coast path to Mortehoe yesterday, legs like jelly
    # after", "me legs were like jelly after the walk up to the castle": round 198. Never "on the stairs".)
    walked = "after" in own and "legs" in own and not set(own) & _SHORT_OR_NEW
    told = [i for i, part in enumerate(stretch_of) if part in near and (
        words[i] in _WORKOUTS or words[i : i + 2] == ["leg", "day"] or walked and (
            words[i] in _LONG_WALKS or words[i] == "walk" and words[i - 1 : i] in (["the"], ["long"])))]
    return any(not set(words[max(0, i - 3) : i]) & {"no", "not", "never", "n't"} for i in told)


def _limbs_told(words: list[str]) -> set[str]:
    """The limbs named among `words`, one word for both of a pair (a gym's "leg day" is no leg: round 163)."""
    return {word.rstrip("s") for at, word in enumerate(words)
            if word in _LIMBS_LAIN_ON and words[at + 1 : at + 2] != ["day"]}


def _without_a_seat_sat_numb(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without a bottom gone numb from sitting, that came back: "only my bum went numb sitting on those plastic chairs
    for three hours of carols rehearsal, but that was fine after" (round 139). Only a change of feeling of the seat
    alone (a leg or foot named too is read as before), sitting said after it, and its coming back said."""
    words = [token.word for token in sequence]
    if not set(words) & _SEATS or not set(words) & _SITTING or set(words) & _LIMBS_LAIN_ON:
        return matches
    phrases = (*_CAME_BACK, ("fine", "after"), ("fine", "afterwards"), ("fine", "once"), ("fine", "when"))
    if not any(occurrences(words, phrase) for phrase in phrases):
        return matches

    def seat_sat_numb(match: Match) -> bool:
        return match.types == {SIGN_TYPE} and [value.id for value in match.values] == ["sensation_change"] and bool(
            set(words[max(0, match.start - 3) : match.end]) & _SEATS) and bool(
            set(words[match.end : match.end + 4]) & _SITTING)
    return [match for match in matches if not seat_sat_numb(match)]


def _without_signs_of_the_late(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without a sign of someone who has died, named so in its clause: "my late father had a stroke in 2010, God rest
    his soul, that is why I am careful" (round 141), "her late husband collapsed at work". The talk is about the
    living: their signs are read as before."""
    words = [token.word for token in sequence]
    # (Or of someone said to have died, anywhere, whose sign is told as theirs with nothing of now in its clause: "my
    # husband had a stroke in August and he went to be with the Lord in October. his face dropped", "... had a
    # seizure disorder ... and he passed peacefully": round 153; never "her face has dropped since this morning".)
    # (Nobody else named, nor now, between the death told and the sign: "my husband passed away in March. now my son,
    # his face dropped" is the son's.)
    died_at = min((at for phrase in _A_DEATH_TOLD for at in occurrences(words, phrase)), default=None)

    def of_the_late(match: Match) -> bool:
        if SIGN_TYPE not in match.types:
            return False
        start = max((at + 1 for at in range(match.start) if words[at] in (",", ".", "but", "and")), default=0)
        if any(words[at] == "late" and words[at + 1 : at + 2] and words[at + 1] in _THE_LATE
               for at in range(max(start, match.start - 5), match.start)):
            return True
        end = next((at for at in range(match.end, len(words)) if words[at] in (",", ".", "but", "and")), len(words))
        clause = set(words[start:end])
        return died_at is not None and bool(set(words[max(start, match.start - 4) : match.start]) & (
            _THIRD_PERSON_OWNERS)) and not clause & (SPEAKER_WORDS | OWN | _NOW_SAID) and not set(
            words[died_at : match.start]) & (_THE_LATE | _NOW_SAID)
    return [match for match in matches if not of_the_late(match)]


_A_DEATH_TOLD = (("passed", "peacefully"), ("passed", "away"), ("went", "to", "be", "with", "the"),
                 ("been", "dead", "since"), ("god", "rest", "him"), ("god", "rest", "her"))
_THIRD_PERSON_OWNERS = frozenset({"he", "she", "his", "her", "him"})
_NOW_SAID = frozenset({"now", "today", "tonight", "since", "morning", "hour", "hours", "just", "suddenly", "still",
                       "minutes", "ago"})


_THE_LATE = frozenset({"husband", "wife", "father", "mother", "dad", "mum", "mam", "mom", "papa", "mama", "daddy",
                       "mammy", "mummy", "nan", "nana", "gran", "granny", "grandad", "granddad", "grandpa", "grandma",
                       "grandfather", "grandmother", "brother", "sister", "son", "daughter", "uncle", "aunt", "auntie",
                       "friend", "partner", "neighbour", "neighbor", "cousin", "fiance", "fiancee", "boss"})


_SEATS = frozenset({"bum", "bottom", "backside", "behind", "arse", "butt", "bum's", "bottom's", "backside's", "butt's",
                    "arse's", "rear"})
_SITTING = frozenset({"sitting", "sat", "sit", "sittin"})


_LIMBS_LAIN_ON = frozenset({"arm", "arms", "hand", "hands", "leg", "legs", "foot", "feet", "fingers", "shoulder"})
_WONT_QUIT = (["quit"], ["stop"], ["settle"])  # a twitch that "won't quit", never the limb's "won't stop tingling"
_FELT_GONE = frozenset({"numb", "dead", "weak", "tingling", "tingly", "useless", "heavy"})
_CAME_BACK = (("came", "back"), ("come", "back"), ("comes", "back"), ("coming", "back"), ("wore", "off"),
              ("wears", "off"), ("worn", "off"), ("shook", "it"), ("shake", "it"), ("back", "to", "normal"),
              ("normal", "now"), ("fine", "now"), ("feels", "normal"), ("feel", "normal"), ("feeling", "normal"))
# A limb that did not come back, came on of itself, or more than a limb: a sign, whatever it was lain on (safety
# review A63: "lying on the sofa and suddenly his arm went weak, it came back after ten minutes" is a warning stroke).
_STILL_A_SIGN = frozenset({"still", "hours", "face", "mouth", "speech", "words", "talk", "talking", "droop",
                           "drooping", "droopy", "lift", "grip", "again", "both", "side", "suddenly", "sudden",
                           "nowhere", "warning", "since", "morning", "times", "today", "thought", "too",
                           "happened", "move", "heavy", "gave"})


def _without_a_limb_lain_on(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the dead arm of a limb lain on that came back: "the baby fell asleep on my arm and it went dead, it
    came back after a good shake", "my arm went dead because she slept on it, it came back". Only with the limb
    itself lain on and its coming back both said, and nothing of it coming on by itself, staying, coming again, or
    of more than the one limb, anywhere near. A limb dead from carrying a load, on the same terms."""
    words = [token.word for token in sequence]
    lain = [at for at in range(len(words) - 2) if words[at] in _LAIN_ON and words[at + 1] == "on" and (
        words[at + 2] == "it" or words[at + 2] in ("my", "his", "her") and words[at + 3 : at + 4] and words[
            at + 3] in _LIMBS_LAIN_ON)]
    # "My arms went dead from the hedge cutter, ten hours on the flail, came back after a brew": a tool's shaking,
    # on the same terms as a limb lain on (its hours are the work's).
    # ("The dead arms was just the shaking off the cutter": the tool named as the cause is as good as said.)
    shaken = [at for at in range(1, len(words) - 1) if words[at] in ("from", "off") and (
        {"dead", "numb", "shaking", "vibration"} & set(words[max(0, at - 4) : at]))
        and set(words[at + 1 : at + 4]) & _SHAKING_TOOLS]
    lain += shaken
    back = [at for at in range(len(words)) for phrase in _CAME_BACK if tuple(words[at : at + len(phrase)]) == phrase]
    back += [at for at in shaken if {"shaking", "vibration"} & set(words[max(0, at - 2) : at])]
    # "My arm's dead from carrying the car seat": a limb tired from a load, with nothing said of it staying, coming on
    # of itself, or more than the one limb, anywhere (safety review A64: "... and it still hasn't come back after
    # three hours", "my whole left side's gone dead from carrying the kids").
    # ("Me arms went dead carrying the shopping up beck hill, six bags": the load right after, with no "from"; then
    # only the clause of the load and the one after it are read, "... but that's the bags, they were right as rain
    # once i put them down", so a heavy eyelid told later is not its staying: round 70.)
    # ("My hands are dead from the controller": hands tired from a device worked all day, on the same terms: round 74.)
    loaded = [at for at in range(1, len(words) - 1) if words[at - 1] == "dead" and (
        words[at] == "from" and (words[at + 1] in _CARRYING or set(words[at + 1 : at + 4]) & _WORKED_ALL_DAY)
        or words[at] in _CARRYING and words[at - 2 : at - 1] in (["went"], ["gone"], ["go"], ["goes"]))]
    # ("Me arms are dead after the round, but that's every day", "my legs are dead after a twelve-hour turn, always
    # have been": limbs tired after a stint of work, said to be how they always are, on the same terms: rounds
    # 155-156. The habit's own "been" is no sign staying.)
    # (Only with how they always are said, not denied, and nothing they cannot do: "my legs went dead after the
    # training session, i'm knackered, i can't feel them at all" is a sign.)
    # ("Normally I'm fine" says it is not as ever: safety review C68.)
    as_ever = any(word in _TIRED_AS_EVER and not set(words[max(0, at - 2) : at]) & {"not", "n't"}
                  and not set(words[at + 1 : at + 4]) & {"fine", "ok", "okay", "grand", "otherwise", "alright"}
                  for at, word in enumerate(words)) and not set(words) & {"n't", "cannot", "not", "today", "now",
                                                                           "suddenly", "sudden"} and not (
        occurrences(words, ["this", "time"]) or occurrences(words, ["as", "well"]))
    habitual = [at for at in range(1, len(words) - 1) if words[at - 1] == "dead" and words[at] == "after" and set(
        words[at + 1 : at + 6]) & _STINTS_OF_WORK] if as_ever else []
    loaded += habitual
    # (Both legs or arms like jelly, a workout told in their clause or the one either side, and nothing in their
    # own clause of more than being spent: on the same terms as a load.)
    loaded += [at for at, word in enumerate(words) if word == "jelly" and at > 0 and _spent_by_a_workout(words, at)]
    # (A workout's load, "dead from the curls", only on those terms too.)
    loaded = [at for at in loaded if not (words[at] == "from" and set(words[at + 1 : at + 4]) & _WORKOUTS) or not (
        set(_clause_around(words, at)) & _MORE_THAN_SPENT)]
    # What is read of a load without these words: the stint's own length ("a twelve-hour turn") and the habit's
    # "been" ("always have been").
    unread = {at + i for at in habitual for i in range(1, 6)
              if at + i < len(words) and not set(words[at + 1 : at + i]) & _STINTS_OF_WORK} | {
        at for at, word in enumerate(words) if word == "been" and words[at - 2 : at] in (["always", "have"],
                                                                                          ["always", "has"])} | {
        # (Nor the "not" of an aside, "but that's not why i'm asking", nor a building's lift, "four flights and no
        # lift": rounds 159-160; "no lift in it" is the arm's.)
        at for at, word in enumerate(words) if word == "not" and words[at + 1 : at + 2] == ["why"]
        or word == "lift" and words[at - 1 : at] in (["no"], ["the"], ["a"]) and words[at + 1 : at + 2] != ["in"]}

    stretch_of, twitching = _stretches_and_twitching(sequence, {",", "."})

    def said_of_the_load(at: int) -> list[str]:
        start = max((i + 1 for i in range(at) if words[i] == ","), default=0)
        ends = [i for i in range(at, len(words)) if words[i] == ","]
        if words[at] == "from":
            # (All of it, but the "been" and "since" of the twitch's own clauses, and its "won't quit": "it's been
            # jumping since sunday, and my arm's dead from holding the drill" says nothing of the arm staying: round
            # 72, nor "a twitch in my left thigh that won't quit": round 159; "..., it's twitching and it still
            # hasn't come back" does: review A72, and so does "my calf is twitching and i can't feel my hand".)
            return [word for index, (word, part) in enumerate(zip(words, stretch_of, strict=True))
                    if index not in unread and (part not in twitching or part == stretch_of[at]
                                                or word not in ("been", "since") and not (
                                                    word == "not" and words[index + 1 : index + 2] in _WONT_QUIT))]
        return [word for index, word in enumerate(words[: ends[1] if len(ends) > 1 else len(words)])
                if index >= start and index not in unread]

    def from_its_clause(at: int) -> set[str]:
        # (What is said from the load's own clause on, when what comes before names no limb and no sign: "we had a
        # cardiac arrest at a job this arvo and my arms are dead from the compressions" is no afternoon of dead
        # arms, round 159; "my arm went numb last night and now it's dead from the cpr" is a night of it.)
        start = max((i + 1 for i in range(at) if words[i] in (".", "and", "but")), default=0)
        if _limbs_told(words[:start]) or set(words[:start]) & _FELT_GONE:
            start = 0
        return set(said_of_the_load(at)) & set(words[start:])

    told_of_a_load = [at for at in loaded if words[at] != "from" or not (
        from_its_clause(at) & {"day", "night", "afternoon", "evening", "been"})]
    loaded = [at for at in told_of_a_load if not set(said := said_of_the_load(at)) & (_STILL_A_SIGN | _STAYED) and len(
        _limbs_told(said)) <= 1]
    if loaded:
        matches = [match for match in matches if not (
            match.types == {SIGN_TYPE} and {value.id for value in match.values} <= {"sensation_change", "weakness"}
            and any(match.start <= at - 1 < match.end + 1 for at in loaded))]
    if not lain or not back or any(set(words[max(0, at - 3) : at]) & {"not", "never"} for at in back):
        return matches  # (nor "it hasn't come back", "it never came back")

    def lain_on(match: Match) -> bool:
        if match.types != {SIGN_TYPE}:
            return False
        if [value.id for value in match.values] == ["seizure"] and words[match.start] in ("shake", "shook"):
            # The shake that brought it back ("it came back after a good shake"), not a fit.
            return any(words[at + 2 : match.start] and set(words[at + 2 : match.start]) <= {
                "after", "a", "good", "proper", "quick", "bit", "of", "with"} for at in back)
        if not {value.id for value in match.values} <= {"sensation_change", "weakness"}:
            return False
        near_lain = [at for at in lain if abs(at - match.start) <= 10]
        worked = bool(set(near_lain) & set(shaken))  # (a tool's work is told at more length)
        near_back = [at for at in back if abs(at - match.start) <= (18 if worked else 12)]
        if not near_lain or not near_back:
            return False
        # Its own stretch, from the lying on it or the sign to just past the coming back ("up every two hours" said
        # of a baby before it is no limb dead for hours).
        told = words[min(near_lain[0], match.start) : max(near_back[-1], match.end) + 6]
        limbs = {word.rstrip("s") for word in told if word in _LIMBS_LAIN_ON}
        still = _STILL_A_SIGN - {"hours"} if worked else _STILL_A_SIGN
        # (A numb lip, tongue or cheek anywhere beside it is no tool's: review A66.)
        return not set(told) & still and len(limbs) <= 1 and not (worked and set(words) & _PARTS_THAT_GO_NUMB - {
            "elbow", "half", "shoulder", "wrist", "knee", "hip"})
    return [match for match in matches if not lain_on(match)]


# A span of school or of life "blacked out" (forgotten), "a total collapse" of an event, a fit that was a strop: what
# says the sign is real after all, anywhere (safety review A64: "blacked out all of a sudden", "the whole way down
# the stairs", "year 9 PE lesson today", "it was a complete collapse and he banged his head", "I thought her fit was
# a strop but she went stiff and blue").
_STILL_A_FAINT_OR_FIT = frozenset({"today", "morning", "now", "sudden", "suddenly", "floor", "fell", "fall", "hit",
                                   "head", "found", "round", "woke", "ambulance", "nurse", "paramedic", "paramedics",
                                   "hospital", "jerking", "confused", "stiff", "blue", "shaking", "twitching", "floppy",
                                   "sleepy", "eyes", "unresponsive", "tongue", "wet", "but", "thought", "until",
                                   "said", "lesson", "assembly", "pe", "class", "minute", "minutes", "seconds", "way"})
_SPANS_OF_LIFE = frozenset({"year", "grade", "term", "school", "primary", "secondary", "uni", "college", "childhood",
                            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "nineties", "eighties",
                            "seventies", "sixth", "form", "gcses", "teens"})
_EVENTS = frozenset({"nativity", "play", "party", "plan", "plans", "diet", "routine", "bedtime", "sale", "project",
                     "show", "concert", "match", "game", "performance", "rehearsal", "evening", "holiday",
                     "day", "fundraiser", "fete", "disco", "assembly", "meeting", "launch", "dinner", "bake"})
_TEMPERS = frozenset({"strop", "tantrum", "paddy", "temper", "huff", "meltdown"})


def _without_idioms_of_memory_and_temper(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the faint of "he's blacked out the whole of year nine" (forgotten) or "the nativity was a total
    collapse", and the fit of "the fit was a strop about her phone": only with nothing anywhere that says the
    sign was real, today, or more than the idiom."""
    words = [token.word for token in sequence]
    if set(words) & _STILL_A_FAINT_OR_FIT:
        return matches

    def idiom(match: Match) -> bool:
        if match.types != {SIGN_TYPE} or len(match.values) != 1:
            return False
        sign, own, after = match.values[0].id, words[match.start : match.end], words[match.end : match.end + 4]
        if sign == "fainting" and own[:1] == ["blacked"]:
            # "Blacked out the whole of year nine", "most of eighth grade": a span of one's life, forgotten.
            return after[:3] in (["the", "whole", "of"], ["most", "of", "my"]) and bool(
                set(words[match.end : match.end + 6]) & _SPANS_OF_LIFE)
        if sign == "fainting" and own[-1:] in (["collapse"], ["collapses"]):
            # "The nativity was a total collapse": an event's, told as the subject with "was a total".
            before = words[max(0, match.start - 6) : match.start]
            return before[-2:] in (["a", "total"], ["a", "complete"], ["an", "utter"]) and before[-3:-2] in (
                ["was"], ["is"], ["were"]) and before[-4:-3] != [] and before[-4] in _EVENTS
        if sign == "seizure" and own in (["fit"], ["fits"]):
            # "The fit was a strop about her phone", "her fit was just a tantrum".
            return after[:1] == ["was"] and bool(set(after[1:]) & _TEMPERS)
        return False
    return [match for match in matches if not idiom(match)]


# A fit of temper (round 67, 66): "my wife about had a fit when she saw it jumping", "Auntie had a fit when she saw the
# seating plan, shouting the place down". What a real fit is told with, anywhere, keeps it (lights: a fit they set
# off).
_STILL_A_REAL_FIT = frozenset({"floor", "ground", "fell", "fall", "collapsed", "ambulance", "paramedic", "paramedics",
                               "hospital", "jerking", "jerked", "convulsing", "stiff", "blue", "grey", "gray",
                               "shaking", "floppy", "unresponsive", "tongue", "wet", "eyes", "rolled", "seconds",
                               "minutes", "epilepsy", "epileptic", "seizure", "seizures", "fitting", "lights", "light",
                               "flashing", "strobe", "screen", "round", "woke", "breathing", "breathe", "drowsy",
                               "sleepy", "confused", "frothing", "foaming", "bit", "again", "today", "tonight", "still",
                               "waking", "wake", "responding", "answering", "morning", "yesterday", "hour",
                               "hours", "ago", "stop", "one",
                               # (review A66: a real fit's own words, told with a "when she saw")
                               "rigid", "thrashing", "drooling", "dazed", "groggy", "purple", "gurgling", "snorting",
                               "clenched", "teeth", "memory", "remember", "soaked", "limp", "white", "pale", "through",
                               "know", "convulsed"})
# ... and what tells a fit's limbs going, near it ("rigid and twitching"; a twitch told elsewhere is the person's own).
_A_FITS_LIMBS = frozenset({"twitching", "jerking", "kicking", "arms", "legs", "going", "shaking", "thrashing"})
_NEARLY_OR_WOULD = frozenset({"about", "nearly", "almost", "practically", "would", "gonna", "will", "'ll"})
_HAD_A_FIT = frozenset({"had", "have", "has", "having"})
_SEEING_NEWS = frozenset({"saw", "seen", "sees", "heard", "hears", "found", "finds", "read", "realised", "realized",
                          "learned", "learnt", "told", "sid"})  # (Black Country "when I sid the price": round 198)
_OVER_A_TIME = frozenset({"weekend", "week", "night", "christmas", "easter", "summer", "winter", "holidays", "holiday",
                          "last", "past", "few", "years", "months", "weeks", "days", "new", "period", "course", "lunch",
                          "dinner", "breakfast", "tea"})
# ... nor where someone was, over something ("she had a fit over the sink", "slumped over the wheel").
_OVER_A_PLACE = frozenset({"sink", "bath", "toilet", "loo", "table", "desk", "counter", "side", "edge", "bed", "wheel",
                           "handlebars", "steering", "back", "railing", "rail", "fence", "cooker", "stove", "basin"})
_TEMPER_WORDS = frozenset({"shouting", "screaming", "ranting", "raving", "fuming", "livid", "angry", "mad", "cross",
                           "raging", "strop", "tantrum"})
# "The only fits in this house are the kids' tantrums": the only fits named, and they are tempers (round 198).
_TANTRUMS = frozenset({"tantrums", "tantrum", "strops", "strop", "paddies", "hissy"})
# "He had a right fit when the cows got out": a fit had, made much of, over what things did (never "went into a proper
# fit when her fever spiked", nor "when his sugar dropped": safety review C68).
_MADE_MUCH_OF = frozenset({"right", "proper", "absolute"})
_HAD_OR_THREW = (["had", "a"], ["threw", "a"], ["pitched", "a"], ["has", "a"])
# ("He had a proper fit when the car hit him": a fit after a harm, review E68.)
_DONE_TO_SOMEONE = frozenset({"him", "her", "me", "them", "us", "hit", "kicked", "knocked", "bit", "fell", "struck",
                              "ran", "crushed", "trampled", "threw", "landed"})
_ANIMALS_LOOSE = frozenset({"cows", "cow", "sheep", "dog", "dogs", "cat", "cats", "horse", "horses", "pigs", "goats",
                            "chickens", "hens", "bull", "bullocks", "heifers", "calves", "lambs", "ewes", "geese"})


def _without_fits_of_temper(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the fit of a temper or a fright: one "nearly" or "about" had, one had "when she saw" or "heard" some
    news, one told with shouting, or one had at someone. Only with nothing anywhere that says a fit was real, or now;
    then only one had at someone, with nothing of a real fit in its own clause."""
    words = [token.word for token in sequence]
    # ("I was blue in the face arguing with a van driver and he threw a proper fit when he saw the ticket": a figure
    # of speech is no colour of a real fit, round 156.)
    # (Nor "one" of a time or of a person, "about one month", "the only one having a fit was ...": rounds 163-165;
    # "i had one", "one of my fits", "the one fit" stay: safety review B.)
    real_said = {word for at, word in enumerate(words) if words[at : at + 4] != ["blue", "in", "the", "face"]
                 and not (word == "one" and (words[at + 1 : at + 2] and words[at + 1] in TIME_UNITS or words[
                     at - 2 : at] == ["the", "only"] and words[at + 1 : at + 2] in (
                     ["who"], ["having"], ["havin"], ["that"])))} & _STILL_A_REAL_FIT
    told_as_real = bool(real_said)

    def temper(match: Match) -> bool:
        if match.types != {SIGN_TYPE} or [value.id for value in match.values] != ["seizure"] or not (
                {"fit", "fits"} & set(words[match.start : match.end])):
            return False
        # ("They had a fit when the game crashed and they lost their save, like screaming at the telly": round 74.)
        after = words[match.end : match.end + 13]
        # A fit over something ("the bride's mother had an absolute fit over the buttonholes", round 137; not "over
        # there", "over the weekend") or at someone.
        over = after[:1] == ["over"] and after[1:2] not in (["there"], ["here"], ["by"]) and not (
            set(after[1:4]) & (_OVER_A_TIME | _OVER_A_PLACE))
        at_someone = after[:1] == ["at"] and _at_someone(after[1:5])
        clause = list(takewhile(lambda word: word not in (",", ".", "and", "but"), words[match.end :]))
        before = list(takewhile(lambda word: word not in (",", ".", "and", "but"), reversed(words[: match.start])))
        over_what_was_done = _over_what_was_done(clause, before)
        if told_as_real:
            # Only those, their clause holding nothing of a real fit ("the defence case collapsed yesterday and the
            # judge had a fit at counsel, but ...": round 134); a fit over what was done only with no word of a real
            # one anywhere but a time ("my boss had a fit because I was late, he was shaking on the floor" is one).
            return (over or at_someone) and not set(clause + before) & _STILL_A_REAL_FIT or over_what_was_done and not (
                real_said - _TIMES_OF_A_TEMPER)
        if set(words[max(0, match.start - 3) : match.end + 12]) & _A_FITS_LIMBS:
            return False
        # "About had a fit", "would have a fit": the word right before its "had" (not "i know all about fits").
        had = next((at for at in range(min(match.start + 1, len(words) - 1), max(-1, match.start - 3), -1)
                    if words[at] in _HAD_A_FIT), None)
        # ("She'd have a fit", "she would have a fit"; not "she'd had a fit", "would" as the words are written out:
        # one had.)
        nearly = had is not None and had > 0 and words[had - 1] in _NEARLY_OR_WOULD and (
            words[had - 1] in ("about", "nearly", "almost", "practically") or words[had] == "have")
        # ("He had a fit when they shut his branch ... but that was him losing his temper": named so after, round 150.)
        temper_named = bool(set(words[match.end :]) & {"temper", "tempers"})
        fit_at = max(at for at in range(match.start, match.end) if words[at] in ("fit", "fits"))
        # (What did it named right after "when (the)": a thing, an animal or a team, never someone: "grandad had a
        # proper fit when the carer came in" may be a fit.)
        did_it = after[2:3] if after[1:2] == ["the"] else after[1:2]
        made_much_of = fit_at > 0 and words[fit_at - 1] in _MADE_MUCH_OF and after[:1] == ["when"] and (
            words[max(0, fit_at - 3) : fit_at - 1] in _HAD_OR_THREW) and bool(did_it) and (
            did_it[0] in THINGS | TEAMS | _ANIMALS_LOOSE) and not set(after[2:7]) & _DONE_TO_SOMEONE
        only_tantrums = "only" in words[max(0, match.start - 2) : match.start] and bool(
            set(takewhile(lambda word: word != ".", words[match.end :])) & _TANTRUMS)
        return bool(nearly or over or at_someone or temper_named or made_much_of or only_tantrums or (
                over_what_was_done) or set(
                after) & _TEMPER_WORDS or any(
            word == "when" and set(after[at + 1 : at + 4]) & _SEEING_NEWS
            # ("That was about the tables": what it was over, not "about an hour ago"; "about it", round 137, never
            # "about this time last week".)
            or word == "about" and after[at + 1 : at + 2] in (["the"], ["his"], ["her"], ["their"], ["which"], ["it"])
            for at, word in enumerate(after)))
    return [match for match in matches if not temper(match)]


# A fit had over what someone did (round 199, in learner English): "my boss had a fit yesterday because I broke the
# vase", "my manager she have a fit because I come five minutes late", "... because the food arrive cold". Only
# someone else's, over what the speaker did or a thing at work went wrong, never over a harm, a medicine, lights or a
# fever ("she had a fit because she missed her tablets", "because the lights were flashing" may be real).
_A_TEMPERS_REASON = frozenset({"because", "cos", "coz", "cause"})
_WHO_DID_IT = frozenset({"i", "we", "you"})
# What was done to vex them (never a forgotten or a given medicine, a drink or a harm: "my son had a fit again because
# we forgot his epilim", "because I gave her too much insulin", "because we had like six red bulls": safety review C69)
_VEXING_DONE = frozenset({"come", "came", "was", "were", "am", "are", "broke", "break", "spilled", "spilt", "said",
                          "lost", "parked", "moved", "left", "answered", "argued", "laughed", "dropped", "burned",
                          "burnt", "didn't", "did", "didnt", "refused", "asked", "told", "missed", "changed"})
# ... or a thing that went wrong at work or at table ("because the food arrive cold"; never a drink: "my son had a fit
# because the coffee was so strong" is a stimulant's, safety review C69)
_VEXING_THINGS = frozenset({"food", "order", "delivery", "parcel", "bus", "van", "bill", "report",
                            "dinner", "lunch", "pizza", "cake", "kitchen", "invoice", "shipment", "post", "mail"})
_NO_REASON_FOR_A_TEMPER = frozenset({"tablets", "tablet", "pills", "pill", "medicine", "medicines", "medication",
                                     "meds", "dose", "injection", "jab", "hit", "pushed", "dropped", "fell", "fall",
                                     "hurt", "head", "fever", "temperature", "temp", "heat", "hot", "lights", "light",
                                     "flashing", "strobe", "screen", "sugar", "drink", "drinks", "drunk", "drugs",
                                     "alcohol", "sleep", "slept", "woke", "baby", "bang", "knock", "accident"})
_TIMES_OF_A_TEMPER = frozenset({"yesterday", "today", "morning", "tonight", "hour", "hours", "minutes", "seconds",
                                 "ago", "one"})
# Whose tempers: those one works for or serves, never one's own child, partner or parent, nor someone cared for ("my son
# had a fit because we missed his keppra", "my daughter had a fit because I was late picking her up, she fell and hit
# her head": safety review E69).
_GIVEN_TO_TEMPERS = frozenset({"boss", "manager", "supervisor", "gaffer", "foreman", "teacher", "coach", "client",
                               "customer", "landlord", "landlady", "neighbour", "neighbor", "chef", "owner",
                               "headteacher", "principal", "sergeant", "manageress", "bosses", "managers"})


def _over_what_was_done(clause: list[str], before: list[str]) -> bool:
    """Whether a fit's own clause (`clause` after it, `before` it read backwards) gives, within its first words, what
    the speaker did or a thing at work did as the reason for a boss's, a teacher's or a customer's fit: a temper."""
    reason = next((at for at, word in enumerate(clause[:6]) if word in _A_TEMPERS_REASON), None)
    if reason is None:
        return False
    doer, done = clause[reason + 1 : reason + 2], clause[reason + 2 : reason + 3]
    if not (doer and doer[0] in _WHO_DID_IT and done and done[0] in _VEXING_DONE or doer == ["the"] and done and (
            done[0] in _VEXING_THINGS)):
        return False
    return bool(set(before[:3]) & _GIVEN_TO_TEMPERS) and not set(clause[reason:] + before) & _NO_REASON_FOR_A_TEMPER


# Whom a fit of temper is had at ("the judge had a fit at counsel", "... at my opponent over disclosure": round 134);
# never where a fit is had ("at her desk", "at my mum's", "at the shops").
_FIT_AT_WHOM = frozenset({"counsel", "opponent", "opponents", "prosecution", "defence", "defense", "crown", "ref",
                          "referee", "staff", "kids", "lads", "players", "boss", "clerk", "usher", "jury", "witness",
                          "solicitor", "barrister", "lawyer", "judge", "customer", "customers", "driver", "waiter",
                          "waitress", "everyone", "everybody", "anyone", "anybody", "someone", "somebody", "council",
                          "contractor", "contractors", "builders", "plumber", "manager", "management", "gaffer",
                          # a match's and a home's ("the ref had a proper fit at our hooker": round 146)
                          "umpire", "coach", "hooker", "linesman", "neighbours", "husband", "wife"})
_FIT_AT_ME = frozenset({"me", "him", "them", "us", "her", "you"})
_AFTER_WHOM = frozenset({",", ".", "over", "for", "about", "because", "when", "and", "but", "again", "in", "on",
                         "after", "if"})
_WHOSE_PLACE = frozenset({"'s", "house", "place", "home", "party", "wedding", "funeral", "desk", "table", "bedside"})


def _at_someone(words: list[str]) -> bool:
    """Whether `words`, after the "at" of a fit, name someone the fit was had at (a temper), not a place."""
    if words[:1] and words[0] in _FIT_AT_ME:
        return words[1:2] in ([], *([word] for word in _AFTER_WHOM))
    while words and words[0] in ("the", "my", "our", "his", "their", "a", "an", "that", "this"):
        words = words[1:]
    return bool(words) and (words[0] in _FIT_AT_WHOM or words[0] in _PEOPLE_WORDS) and not (
        set(words[1:3]) & _WHOSE_PLACE)


# "Numb inside" said of grief (round 66): "only numb inside since she passed". Not "numb inside my mouth" (review A66).
_INSIDE_SOMETHING = frozenset({"my", "his", "her", "the", "of", "me", "your", "their", "a", "both", "it", "them",
                               "our"})


def _without_numb_inside(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the numbness of one "numb inside" with grief: "numb" alone, then "inside" with no part after it, and
    nothing said of how it came on or of a part of the body going numb."""
    words = [token.word for token in sequence]

    def grief(match: Match) -> bool:
        after = words[match.end : match.end + 2]
        said_of_a_part = any(other.types == {PLACE_TYPE} and 0 <= match.start - other.end <= 4 for other in matches)
        told_as_a_sign = set(words) & (_SAID_AS_A_SIGN_NOW - {"since", "still"} | _PARTS_THAT_GO_NUMB | {"face"})
        return (match.types == {SIGN_TYPE} and words[match.start : match.end] == ["numb"] and after[:1] == ["inside"]
                and not (after[1:] and after[1] in _INSIDE_SOMETHING) and not said_of_a_part and not told_as_a_sign)
    return [match for match in matches if not grief(match)]


# Idioms of the table (round 68): "I was so stuffed I couldn't breathe", "the brisket was so good she about passed out",
# "I nearly choked laughing", sweating at a vindaloo, a mouth numb from the chilli. Each only in its own words, said of
# the speaker where it says so, and with nothing anywhere of a real sign (review A68: a reaction told beside "full",
# "bloated" or a belt; a choke on food, purple, that can't make a sound; a whole side numb "from the curry").
_STUFFED = (("so", "stuffed"), ("that", "stuffed"), ("i'm", "stuffed"), ("am", "stuffed"), ("was", "stuffed"),
            ("so", "full"), ("that", "full"), ("too", "full"), ("too", "much"))
_A_REAL_BREATH = frozenset({"wheezing", "wheeze", "wheezy", "gasping", "gasp", "blue", "grey", "gray", "purple", "lips",
                            "lip", "tongue", "throat", "swelling", "swollen", "swell", "swelled", "puffy", "puffed",
                            "puffing", "eyes", "face", "blotchy", "welts", "hives", "rash", "itchy", "allergy",
                            "allergic", "anaphylactic", "anaphylaxis", "epipen", "nut", "nuts", "peanut", "peanuts",
                            "almonds", "cashews", "prawn", "prawns", "shrimp", "shellfish", "scallops", "crab",
                            "sesame", "satay", "kiwi", "egg", "sting", "stung", "chest", "tight", "tightness",
                            "choking", "choked", "bone", "pain", "whistling", "sudden", "suddenly", "help",
                            "ambulance", "worse", "getting", "properly", "struggling", "breath", "breathless", "air",
                            "fast", "lying", "flat", "smoke", "fumes", "mucus", "asthma", "sweaty", "sweating",
                            "limp", "floppy", "colour", "color", "minute", "minutes", "passed", "baby", "heart",
                            "pounding", "racing", "cold", "blood", "coughing", "cough", "grunting", "noise", "sound"})
_FOODS_THAT_CHOKE = frozenset({"grape", "grapes", "steak", "sausage", "sweet", "sweets", "gum", "lozenge", "cracker",
                               "crisp", "crisps", "tomato", "meat", "bread", "nut", "nuts", "peanut", "candy",
                               "toffee", "popcorn", "chicken", "fish", "apple", "carrot", "pie", "food", "dinner",
                               "lunch", "bite", "lump", "chunk", "piece", "mouthful", "drink", "water", "tea"})
_SO_GOOD = frozenset({"good", "tasty", "delicious", "lovely", "gorgeous", "nice"})
_STILL_A_REAL_FAINT = frozenset({"floor", "ground", "fell", "hit", "ambulance", "unconscious", "blue", "grey", "pale",
                                 "white", "shaking", "fit", "really", "actually", "properly", "did", "came", "woke",
                                 "chest"})
# What makes anyone sweat at the table: "that vindaloo blew my head off, I was sweating like a glassblower".
_SPICE = frozenset({"vindaloo", "curry", "chilli", "chillies", "chili", "spicy", "phaal", "madras", "jalfrezi",
                    "pepper", "peppers", "wings", "hot", "sauce"})
_NUMB_FROM_SPICE = frozenset({"mouth", "tongue", "lips", "lip"})  # where a chilli numbs, and nowhere else
_PERFORMED = frozenset({"note", "notes", "solo", "song", "chorus", "verse", "lines", "penalty", "putt", "serve",
                        "audition", "recital", "stage"})


def _without_idioms_of_the_table(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the breath of being "so stuffed I couldn't breathe", the faint of a dinner "so good she about passed
    out", the choke of "nearly choked laughing" or "choked on the high note", sweating at a curry, a mouth "numb from
    the chilli", or the stiffness of "him being tight" (mean with money)."""
    words = [token.word for token in sequence]

    def idiom(match: Match) -> bool:
        if match.types != {SIGN_TYPE} or len(match.values) != 1:
            return False
        sign, own = match.values[0].id, words[match.start : match.end]
        before, others = words[max(0, match.start - 6) : match.start], words[: match.start] + words[match.end :]
        if sign == "difficulty_breathing":
            stuffed = any(tuple(before[at : at + 2]) in _STUFFED for at in range(len(before)))
            speaker = bool(set(before) & {"i", "i'm", "i've", "we"})
            return stuffed and speaker and own[-1:] == ["breathe"] and not set(others) & _A_REAL_BREATH
        if sign == "difficulty_swallowing" and set(own) & {"choked", "choking", "choke"}:
            # "I nearly choked laughing", "the choking was just laughing", "I choked on the high note"
            after = words[match.end : match.end + 4]
            laughing = "laughing" in after[:2] and before[-1:] in (["nearly"], ["almost"]) or (
                words[match.end : match.end + 2] in (["was", "laughing"], ["was", "just"]))
            performed = after[:1] in (["on"], ["at"], ["in"], ["was"]) and bool(set(after[1:4]) & _PERFORMED)
            return (laughing or performed) and not set(others) & (_A_REAL_BREATH | _FOODS_THAT_CHOKE | {
                "stuck", "swallow", "swallowing", "down", "talk", "speak", "slaps", "make"})
        if sign == "fainting" and own == ["passed", "out"]:
            nearly = before[-1:] in (["about"], ["nearly"], ["almost"])
            so_good = any(before[at : at + 2] == ["so", word] for at in range(len(before)) for word in _SO_GOOD)
            return nearly and so_good and not set(words) & _STILL_A_REAL_FAINT
        if sign == "sweating" and set(words) & _SPICE:
            return not set(others) & (_A_REAL_BREATH | {"clammy", "pale"})
        if sign == "sensation_change" and own[-1:] == ["numb"] and words[match.end : match.end + 3] in (
                ["from", "the", "chilli"], ["from", "the", "chillies"], ["from", "the", "chili"]):
            # "my mouth was numb from the chilli for an hour": the mouth only, told as no more than that
            places = {word for word in words if word in _PARTS_THAT_SLEEP | _PARTS_THAT_GO_NUMB | {"face", "side"}}
            return places <= _NUMB_FROM_SPICE and not set(words) & {"sudden", "suddenly", "nowhere", "half", "whole",
                                                                    "still", "side"}
        if sign == "stiffness" and own == ["tight"]:
            return words[match.start - 1 : match.start] == ["being"]  # "that's just him being tight": mean
        return False
    return [match for match in matches if not idiom(match)]


# What is handed out or blacked out on paper (review B66): "Mum passed out the hymn sheets", "I blacked out the dates
# on the calendar". Only a determiner and one of these right after the sign's words.
_HANDED_OUT = frozenset({"sheets", "sheet", "papers", "leaflets", "leaflet", "flyers", "programmes", "programs",
                         "hymn", "hymnbooks", "books", "orders", "order", "sweets", "cake", "cakes", "drinks", "plates",
                         "presents", "gifts", "prizes", "food", "biscuits", "cards", "invitations", "forms", "tests",
                         "worksheets", "candles", "samosas", "sandwiches", "mince", "dates", "names", "words",
                         "lines", "windows", "bits", "parts", "numbers", "details",
                         # a church's and a school's ("he passed out the bulletins at church Sunday": round 197)
                         "bulletins", "bulletin", "handouts", "tickets", "menus", "candy", "cookies", "hymnals",
                         "ballots", "fliers", "pamphlets", "brochures", "booklets", "newsletters", "envelopes"})


_DRINKS_NOT_DRUNK = frozenset({"alcohol", "booze", "coffee", "tea", "beer", "wine", "caffeine", "cola", "coke", "pop",
                               "soda", "fizzy", "spirits", "energy", "decaf", "lager", "cider"})
_SOFT_DRINKS = frozenset({"decaf", "tea", "coffee", "water", "juice", "milk", "squash", "pop", "soda", "cola", "coke",
                          "herbal", "fizzy"})


def _without_thirst_of_a_drink_named(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the too little water of "I don't drink alcohol", nor the alcohol of "I only drink decaf" (round 74):
    a drink named right after the verb is what is drunk or not, neither thirst nor a drink of alcohol."""
    words = [token.word for token in sequence]

    def the_verb_only(match: Match) -> bool:
        after = words[match.end : match.end + 1]
        if any(value.id == "dehydration" for value in match.values):
            return words[match.end - 1 : match.end] == ["drink"] and bool(after) and after[0] in _DRINKS_NOT_DRUNK
        if not (any(value.id == "alcohol" for value in match.values) and words[match.start : match.end] == ["drink"]):
            return False
        # (Or a few words on, in its clause: "I drink maybe four sachets of 3-in-1 coffee a day", round 149.)
        clause_end = next((at for at in range(match.end, min(len(words), match.end + 7)) if words[at] in (
            ",", "and", "but")), min(len(words), match.end + 7))
        return bool(after) and after[0] in _SOFT_DRINKS or any(
            match.end <= other.start < clause_end and any(value.id in _DRUNK_NOT_ALCOHOL for value in other.values)
            for other in matches)
    return [match for match in matches if not the_verb_only(match)]


_DRUNK_NOT_ALCOHOL = frozenset({"caffeine", "stimulant"})


_PILLS = frozenset({"pill", "pills", "tablet", "tablets", "medicine", "medicines", "meds", "medication", "diuretic",
                    "diuretics", "water", "fluid", "furosemide", "lasix", "prescribed", "gp", "doctor"})


def _without_a_water_pill_unnamed(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the water pill of "I keep running to the toilet" said with no pill (round 75: "my stomach hasn't been
    my friend since the party jollof, I keep running to the toilet"): a tummy bug, not a medicine."""
    words = [token.word for token in sequence]
    if set(words) & _PILLS:
        return matches
    kept: list[Match] = []
    for match in matches:
        if "running" not in words[match.start : match.end] or all(value.id != "diuretic" for value in match.values):
            kept.append(match)
        elif others := tuple(value for value in match.values if value.id != "diuretic"):
            kept.append(replace(match, values=others))
    return kept


_PASSED_OUT_OF = frozenset({"academy", "college", "training", "depot", "sandhurst", "catterick", "hendon", "cranwell",
                            "dartmouth", "barracks", "course", "cadets", "recruit", "police", "army", "navy"})


def _without_things_handed_out(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the faint of "passed out the hymn sheets" (handed round) or "blacked out the names" (inked over)."""
    words = [token.word for token in sequence]

    def handed(match: Match) -> bool:
        said = words[match.start : match.end]
        if match.types != {SIGN_TYPE} or said not in (["passed", "out"], ["blacked", "out"]):
            return False
        after = words[match.end : match.end + 3]
        if said == ["passed", "out"] and (
                # "the only thing I passed out lately was the mulled cider" (round 135)
                words[max(0, match.start - 3) : match.start] in (["only", "thing", "i"], ["only", "things", "i"])
                # "he passed out of the welding academy": he finished his training there (round 133)
                or after[:1] == ["of"] and set(words[match.end + 1 : match.end + 5]) & _PASSED_OUT_OF and not set(
                    words[match.end + 1 : match.end + 3]) & {"nowhere", "blue"}
                # "four of my students passed out, all in first attempt": they passed (round 138)
                or any(words[match.end + k : match.end + k + 3] == ["in", "first", "attempt"] for k in range(3))):
            return True
        # (Never a noun that goes on as a clause of its own, run on without a pause: "my son passed out the tickets
        # were still in his hand", safety review C68.)
        handed_at = next((match.end + i for i, word in enumerate(after) if i and word in _HANDED_OUT), None)
        return after[:1] in (["the"], ["some"], ["all"], ["our"], ["their"], ["his"], ["her"], ["my"]) and (
            handed_at is not None) and words[handed_at + 1 : handed_at + 2] not in (
            ["were"], ["was"], ["fell"], ["went"], ["everywhere"], ["flew"], ["spilled"], ["dropped"], ["are"], ["is"],
            ["on"])  # ("I passed out the menus on the floor")
    return [match for match in matches if not handed(match)]


# A fall someone got straight up from (round 67): "he went down in the silage pit, slipped on the tarp, but he was
# up and laughing". What says more than a slip, anywhere, keeps the faint.
_SLIPS = frozenset({"slipped", "slip", "slipping", "tripped", "trip", "tripping", "skidded", "stumbled", "footing"})
_UP_AGAIN = (("was", "up"), ("got", "up"), ("back", "up"), ("up", "and"), ("straight", "up"), ("jumped", "up"))
_MORE_THAN_A_SLIP = frozenset({"head", "unconscious", "ambulance", "hospital", "paramedic", "paramedics", "confused",
                               "knocked", "cold", "fit", "shaking", "jerking", "blue", "grey", "gray", "breathing",
                               "breathe", "dizzy", "faint", "fainted", "woozy", "sick", "vomiting", "blood", "sense",
                               "first", "legs", "leg", "weak", "numb", "sudden", "suddenly", "nowhere",
                               "chest", "pale", "sweaty", "again", "white", "limp", "gone", "came", "heart", "lips",
                               "lip", "floppy", "rolling", "colour", "color", "there", "blank", "still", "but"})


def _without_a_slip_got_up_from(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the faint of "went down" told as a slip or a trip that the person was straight up from. (Fainting
    first and falling after is told with "first", "before", "dizzy" or "legs": kept.)"""
    words = [token.word for token in sequence]
    # A slip denied or doubted is none: "no slip or anything", "she didn't trip", "we thought he'd stumbled but".
    slipped = [at for at, word in enumerate(words) if word in _SLIPS and not (
        set(words[max(0, at - 3) : at]) & {"no", "not", "n't", "never", "without", "thought", "didn't", "nor"})]
    if not slipped or set(words) & _MORE_THAN_A_SLIP:
        return matches

    def slip(match: Match) -> bool:
        return (match.types == {SIGN_TYPE} and [value.id for value in match.values] == ["fainting"]
                and words[match.start : match.end][-2:] == ["went", "down"]
                and any(tuple(words[at : at + 2]) in _UP_AGAIN for at in range(match.end, len(words))))
    return [match for match in matches if not slip(match)]


# Idioms of a night out or a match (round 65): what says the sign was real, anywhere, keeps it.
_STILL_REAL_ON_A_NIGHT_OUT = frozenset({
    "floor", "ground", "fell", "hit", "ambulance", "hospital", "paramedic", "paramedics", "unconscious", "blue", "grey",
    "gray", "shaking", "fit", "stiff", "jerking", "breathe", "breathing", "breath", "clutching", "sweating", "sweaty",
    "pressure", "crushing", "tight", "slurring", "slurred", "confused", "vacant", "staring", "pills", "pill", "drugs",
    "vomiting", "numb", "droop", "drooping", "droopy", "still", "coughing", "gasping", "cold", "injury", "injured",
    "bleeding", "dizzy", "faint", "fainted", "pale", "white", "colour", "color", "clammy", "pulse", "pupil", "pupils",
    "blood", "ear", "double", "sleepy", "drowsy", "recognise", "recognize", "name", "babbling", "gibberish",
    "jumbled", "worst", "swollen", "swelling", "puffing", "tongue", "see", "eye", "feel", "tingling", "weak", "sick",
    "vomit", "now", "then", "since", "purple", "headache", "pounding", "stand"})
_DRINKS = frozenset({"pint", "drink", "beer", "tea", "coffee", "wine", "prosecco", "lager", "cider", "cocktail",
                     "shot", "bevvy"})
_TESTS_OF_MEMORY = frozenset({"quiz", "exam", "test", "interview", "audition", "question", "questions"})
_RESULTS = frozenset({"won", "scored", "lost", "missed", "equalised", "equalized", "win", "scores", "missing"})


# What is sat, said or performed under pressure, where one "chokes" or "goes blank" (round 73).
_TESTS_SAT = _TESTS_OF_MEMORY | frozenset({"paper", "papers", "exams", "tests", "mock", "mocks", "maths", "gcse",
                                          "gcses", "presentation", "speech", "lines", "recital", "penalty", "spelling",
                                          "evening", "assembly", "nativity", "play", "sats", "finals"})


_PAPERS_SAT = frozenset({"paper", "papers", "exam", "exams", "test", "tests", "question", "questions", "mock",
                         "mocks", "interview", "speech", "presentation", "lines", "penalty", "audition", "quiz"})
_THINGS_CHOKED_ON = frozenset({"clip", "straw", "towel", "swab", "dough", "sweet", "sweets", "gum", "lid", "cap",
                               "pen", "rubber", "water", "food", "sandwich", "crisp", "crisps", "biscuit"})


def _without_idioms_of_exams(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the signs of an exam's idioms: "i totally choked on the maths paper, like my mind went blank", "i
    blanked at parents' evening". Only when every sign said is one of them, one's own, with nothing anywhere that
    says a sign was real (as for a night out's idioms)."""
    words = [token.word for token in sequence]
    said = set(words)
    signs = [match for match in matches if SIGN_TYPE in match.types]
    told = _told_beside_the_twitch(sequence, *_stretches_and_twitching(sequence, {",", "."}))
    if not signs or not said & _TESTS_SAT or told & (_STILL_REAL_ON_A_NIGHT_OUT | {
            "remember", "where", "who", "today", "morning", "afternoon", "tonight", "ago"}) or said & (
            _OTHERS_ON_A_JOB | _OTHERS_AT_SCHOOL_OR_WORK):
        return matches

    def idiom(match: Match) -> bool:
        if match.types != {SIGN_TYPE} or len(match.values) != 1:
            return False
        sign, own = match.values[0].id, words[match.start : match.end]
        after = words[match.end : match.end + 4]
        sat = after[:1] in (["on"], ["in"], ["at"], ["during"]) and bool(set(after[1:4]) & _TESTS_SAT)
        if sign == "difficulty_swallowing":
            # Only choked, past, on the paper itself ("on the maths paper"), never on a thing in it or now (review
            # A73: "choking on a paper clip", "on the covid test swab", "i'm choking in the exam").
            choked_on = words[match.end + 2 : match.end + 6]
            on_it = after[:1] == ["on"] and after[1:2] in (["the"], ["my"], ["that"], ["this"]) and bool(
                set(choked_on[:2]) & _PAPERS_SAT) and not set(choked_on) & _THINGS_CHOKED_ON
            return "choked" in own and on_it
        if sign == "confusion":
            # ("Like my mind went blank", closing the choke on the paper; not "i went blank reading the paper".)
            return own[-1:] in (["blank"], ["blanked"]) and bool({"my", "i", "mind"} & set(
                words[max(0, match.start - 2) : match.end])) and (sat or not after and any(
                other is not match and SIGN_TYPE in other.types and other.end <= match.start for other in matches))
        return False
    if not all(idiom(match) for match in signs):
        return matches
    return [match for match in matches if SIGN_TYPE not in match.types]


def _told_beside_the_twitch(sequence: list[Token], stretch_of: list[int], twitching: set[int]) -> set[str]:
    """The words said, less those that are only the twitch's own: the eye that twitches, and the "since" that dates
    the twitch in its clause ("my left eye's been twitching", "my right calf's been flickering away since the october
    week": round 73), never "... twitching ever since" an idiom, which may tell of it (review A73). And not "tight" in
    "that's just dad being tight", mean with money. (`stretch_of` and `twitching` as `_stretches_and_twitching` gives
    them, parted at commas and full stops.)"""
    words = [token.word for token in sequence]
    return {word for at, word in enumerate(words) if not (word == "tight" and words[at - 1 : at] == ["being"]) and not (
        word == "eye" and any_twitching(sequence[at + 1 : at + 5])) and not (
        word == "since" and stretch_of[at] in twitching and words[at - 1 : at] != ["ever"] and words[
            at + 1 : at + 2] not in ([], [","], ["and"], ["then"], ["."]))}


def _without_idioms_of_a_night_out(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the signs of a night out's or a match's idioms: "the ref gave me about three heart attacks", "I'd give
    him a heart attack", "my mind went blank at the pub quiz", "I nearly choked on my pint when they read out our
    score", "he collapses into bed at four", "I nearly passed out when Wales won", "he went down in a tackle and was up
    and swearing". Only with nothing anywhere that says the sign was real: no other symptom, no "now" or "then",
    none of the words of a real sign (a floor, a fall, an ambulance, a colour, shaking, breathing, chest pressure,
    slurring, pills, still: safety review A65)."""
    words = [token.word for token in sequence]
    stretch_of, twitching = _stretches_and_twitching(sequence, {",", "."})
    told = _told_beside_the_twitch(sequence, stretch_of, twitching)
    if told & _STILL_REAL_ON_A_NIGHT_OUT or _not_only_sleep([w for w in words if w not in (
            "collapses", "collapsed", "passed", "sick", "racing", "holding", "help", "wrong", "weird", "eyes", "took",
            "taking", "something", "carrying", "shouting")]):
        return matches

    def moved_on_between(match: Match, other: Match) -> bool:
        # ("I nearly choked on my coffee when I saw the reports, ..., anyway, my left eye's been twitching and I've
        # been seeing double": a sign of the eye told with the twitch, in a clause of its own: round 73. Never a
        # pain, a weakness or a racing heart: "the ref gave me three heart attacks, my eye's been twitching since and
        # my arm aches" keeps the heart attack: review A73.)
        return stretch_of[other.start] in twitching and stretch_of[match.start] not in twitching and {
            value.id for value in other.values} <= {"double_vision", "blurred_vision"}

    def idiom(match: Match) -> bool:
        if match.types != {SIGN_TYPE} or len(match.values) != 1:
            return False
        if any(other is not match and SIGN_TYPE in other.types and not moved_on_between(match, other)
               for other in matches):
            return False  # (any other symptom told beside it: "... and now his left arm aches and his jaw hurts")
        sign, own = match.values[0].id, words[match.start : match.end]
        before, after = words[max(0, match.start - 5) : match.start], words[match.end : match.end + 5]
        if sign == "chest_pain" and set(own) <= {"heart", "attack", "attacks", "a"}:
            # A heart attack given ("the ref gave me about three", "I'd give him one"): a fright.
            return bool(set(before) & {"give", "gave", "giving", "gives"}) and (
                "attacks" in own or bool(set(before) & {"would", "will", "gonna", "going", "about", "nearly"}))
        if sign == "difficulty_speaking" and "voice" in own:
            # "Screaming that much I lost my voice for a day": hoarse from the terraces.
            return bool(set(words) & {"screaming", "shouting", "cheering", "singing", "roaring", "yelling",
                                      "chanting", "screamed", "shouted", "cheered", "sang", "encores", "encore",
                                      "gig", "gigs", "concert", "choir", "tour", "preaching", "sermons", "teaching"})
        if sign == "confusion" and own == ["went", "blank"]:
            return after[:1] in (["at"], ["in"], ["on"]) and bool(set(after) & _TESTS_OF_MEMORY)
        if sign == "difficulty_swallowing" and own[:1] in (["nearly"], ["almost"]):
            return after[:1] == ["on"] and bool(set(after[1:3]) & _DRINKS)
        if sign == "fainting" and own in (["collapses"], ["collapsed"], ["collapse"]):
            return after[:2] == ["into", "bed"]
        if sign == "fainting" and own[:1] in (["nearly"], ["almost"]) and "passed" in own:
            return after[:1] == ["when"] and bool(set(after[1:]) & _RESULTS)
        if sign == "fainting" and own[-2:] == ["went", "down"]:
            # "Went down in a tackle ... and was up and swearing": a fall of the game, and up again.
            return bool(set(words) & {"tackle", "tackled", "foul", "fouled"}) and any(
                words[at : at + 2] in (["was", "up"], ["got", "up"], ["back", "up"], ["up", "and"])
                for at in range(match.end, len(words)))
        return False
    return [match for match in matches if not idiom(match)]


# Idioms of the weather and of getting about (rounds 70 and 71). What says the sign was real, anywhere, keeps it: a
# fall, a colour, a one-sided face, slurring, shaking, chest pressure, "now", "still".
_STILL_REAL_OUT_AND_ABOUT = frozenset({
    "floor", "ground", "fell", "fall", "ambulance", "hospital", "paramedic", "paramedics", "unconscious", "blue",
    "grey", "gray", "purple", "shaking", "fit", "fitting", "jerking", "clutching", "pressure", "crushing", "tight",
    "tightness", "slurring", "slurred", "confused", "droop", "drooping", "droopy", "lopsided", "wheezing", "wheezy",
    "gasping", "still", "pale", "clammy", "sweating", "chest", "lips", "vomiting", "sick", "pills", "pill",
    "drugs", "half", "weak", "dizzy", "collapsed", "fainted", "whistly", "whistling", "answering", "responding",
    "seizure", "stiff", "never", "grab", "grabbed", "bannister", "banister", "rail", "ago", "usual", "normally",
    # (review A70: someone's asthma on a packed bus, a fire's or a garage's fumes, a mind blank that cannot say where
    # it lives, a side that has not come back)
    "help", "asthma", "inhaler", "drowsy", "hasn't", "haven't", "spreading", "remember", "recognise", "recognize",
    "crash", "crashed"})
# A fire's, a garage's or a crash's fumes and smoke are real, whatever the traffic (review A70).
_FUMES_OF_HARM = frozenset({"fire", "smoke", "smoky", "garage", "crash", "crashed", "throat", "burning", "caught"})
_DUST = frozenset({"dust", "sawdust", "dusty"})
_DUST_STILL_REAL = frozenset({"still", "again", "blood", "froth", "frothy", "speak", "talk", "talking", "voice",
                              "words", "sentence", "stuck", "heimlich", "minutes", "minute", "barely", "not", "carried",
                              "piece", "bit", "chunk", "lump", "sandwich", "swallow", "swallowed", "baby", "kids",
                              "colour", "color"})
_JOBS_OF_DUST = frozenset({"sander", "sanding", "sanded", "sand", "plaster", "plastering", "sawing", "saw", "grinder",
                           "grinding", "drilling", "drill", "floorboards", "boards", "skirting", "loft", "sweeping",
                           "hoovering", "mask", "sawdust", "decorating", "diy", "builders", "building", "site"})
# Someone else as the one the sign happened to: the idioms are one's own hyperbole ("my daughter can't breathe, the
# bus was packed" is hers, and real).
_SOMEONE_ELSE = frozenset({"he", "she", "him", "her", "his", "hers", "they", "them", "son", "daughter", "mum", "mom",
                           "mam", "dad", "husband", "wife", "nan", "gran", "grandad", "grandpa", "grandma", "baby",
                           "lady", "man", "boy", "girl", "kid", "kids", "child", "friend", "mate", "partner",
                           "someone", "somebody", "brother", "sister", "wee", "little", "toddler", "neighbour",
                           "neighbor", "passenger", "driver", "woman", "gentleman", "father", "mother"})
# Whoever else is on a job, whose choking is theirs (review A72), and at school or work, whose exam is theirs (A73).
_OTHERS_ON_A_JOB = _SOMEONE_ELSE | frozenset({"lad", "lads", "apprentice", "fella", "uncle", "missus", "hubby",
                                              "granddad", "grandson", "joiner", "builder", "builders", "plasterer",
                                              "labourer"})
_OTHERS_AT_SCHOOL_OR_WORK = frozenset({"nephew", "boyfriend", "girlfriend", "colleague", "teacher", "pupil", "student",
                                       "niece", "granddaughter"})
# Others whose twitches may be told before one's own ("everybody on my team gets eye twitches, but mine's ...").
_OTHERS_ABOUT = _SOMEONE_ELSE | _OTHERS_AT_SCHOOL_OR_WORK | frozenset({"everybody", "everyone", "team", "colleagues",
                                                                      "people", "folk", "loads", "lots"})
_ONESELF = frozenset({"i", "my", "me", "you", "your", "we", "our", "i'm", "i've"})
_ONE_SIDE_OR_MORE = frozenset({"left", "right", "side", "half", "mouth", "smile", "arm", "leg", "body", "cheek",
                               "words", "funny", "spreading", "still", "hour", "hours", "hasn't", "haven't"})
_EXTREMITIES = frozenset({"face", "fingers", "finger", "hands", "hand", "toes", "toe", "feet", "foot", "nose", "ears",
                          "fingertips"})
# The signs that, told beside an idiom, keep it (a spreading twitch or a pain does not).
_SIGNS_THAT_KEEP_IDIOMS = EMERGENCY_SYMPTOMS | SUDDEN_SIGNS | STIMULANT_REACTION_SYMPTOMS | {"severe_headache"}
# "About a month now", "for now": a time up to now, no "and now ...".
_TIMES_UP_TO_NOW = frozenset({"days", "weeks", "months", "years", "day", "week", "month", "year", "while", "ages",
                              "for", "by", "fortnight"})
_OVER_NOW = frozenset({"healed", "fine", "better", "gone", "okay", "ok", "over", "peeled", "grand"})
_TRANSPORT = frozenset({"tube", "train", "trains", "bus", "buses", "carriage", "tram", "line", "platform", "metro",
                        "subway", "underground", "streetcar", "coach", "ferry", "flight", "plane", "commute",
                        "escalator", "escalators", "lift", "elevator", "station", "rush"})
_PACKED_IN = frozenset({"sardine", "sardines", "armpit", "armpits", "rammed", "packed", "crammed", "squashed",
                        "sardined", "heaving"})
_TRAFFIC = _TRANSPORT | frozenset({"traffic", "road", "rank", "car", "cars", "lorry", "lorries", "taxi", "taxis",
                                   "stop", "junction", "motorway", "highway", "queue"})
_HEAT = frozenset({"hot", "roasting", "boiling", "sweltering", "stuffy", "muggy", "humid", "heat", "baking", "sauna",
                   "oven", "scorching", "scorcher", "heatwave", "sweatbox"})
_COLD = frozenset({"wind", "cold", "frozen", "freezing", "snow", "snowman", "snowball", "snowballs", "ice", "icy",
                   "frost", "frosty", "chill", "blizzard", "minus", "gloves", "sledging", "sledge", "shovelling",
                   "shoveling", "windchill", "arctic", "perishing", "baltic", "nippy"})
# Running for the train or fright at the top of a slope; never the stairs or a walk ("my leg turned to jelly on the
# stairs an hour ago and i had to grab the bannister, it never does that" is weakness: round 4).
_EXERTION = frozenset({"running", "ran", "sprint", "sprinting", "sprinted", "dashing", "dashed", "dancing", "gym",
                       "workout", "skiing", "unfit", "scared", "nerves", "nervous", "fright", "terrified", "froze",
                       "frightened", "race", "dash", "parkrun", "hike", "hiking", "hiked", "trek", "trekking",
                       "climb", "climbing", "party", "rave", "festival", "swim", "swimming",  # (rounds 74, 75)
                       # a skatepark's and a gym's ("my legs were jelly after the jam ... from skating all day": round
                       # 149)
                       "skating", "skate", "jam", "comp", "competition", "training", "practice", "bout",
                       # a theme park's ("me legs went to jelly on the big coaster": round 158; never "screaming",
                       # which may be in pain)
                       "coaster", "rollercoaster", "rides"})
_PRESSED_FOR_AN_ANSWER = frozenset({"checkout", "checkouts", "till", "tills", "pin", "password", "roundabout",
                                    "roundabouts", "junction", "system", "machine", "inspector", "barrier",
                                    "barriers", "kiosk", "pump"})
_A_PASS_HELD = frozenset({"the", "his", "her", "my", "your", "their", "a", "bus", "travel", "boarding", "rail"})


def _without_idioms_of_weather_and_travel(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the signs of the weather's and the journey's idioms: "the wind took my breath away", "couldn't breathe
    through me nose for the pollen", "crushed like a sardine, couldn't breathe on the northern line", "choking on the
    exhaust fumes at the stop", "the bus was that roasting i nearly passed out", "my face went numb in that wind",
    "my legs turned to jelly running for the train", "my mind went blank at the self checkout". Only with no other
    sign said, and nothing anywhere that says the sign was real (a fall, a colour, a face dropped on one side,
    slurring, shaking, chest pressure, "now", "still"). And never a faint in "the pass out of his wallet". One's own
    choking on a job's dust, told as past and over, is set aside on the same terms (round 72)."""
    words = [token.word for token in sequence]
    said = set(words)
    one_sided = any(words[at : at + 2] == ["one", "side"] for at in range(len(words)))
    # (Not the fit of "i nearly had a fit when i saw the boards", itself an idiom: round 72.)
    real = bool({word for at, word in enumerate(words) if not (word == "fit" and words[max(0, at - 3) : at] in (
        ["nearly", "had", "a"], ["almost", "had", "a"]))} & _STILL_REAL_OUT_AND_ABOUT) or one_sided

    def pass_held(match: Match) -> bool:
        # "He couldn't get the pass out of his wallet": a pass, the thing, never a faint.
        own = words[match.start : match.end]
        return own[:2] == ["pass", "out"] and words[match.start - 1 : match.start] and (
            words[match.start - 1] in _A_PASS_HELD) and words[match.end : match.end + 1] == ["of"]

    def someone_elses(match: Match) -> bool:
        # Whose sign: the nearest person said before it ("my son can't breathe", "i couldn't breathe"), or, with
        # none, anyone else named at all.
        subject = next((word for word in reversed(words[max(0, match.start - 5) : match.start])
                        if word in _SOMEONE_ELSE | _ONESELF), None)
        return subject in _SOMEONE_ELSE if subject is not None else bool(said & _SOMEONE_ELSE)

    def clause_of(match: Match) -> set[str]:
        start = max((at + 1 for at in range(match.start) if words[at] == ","), default=0)
        end = next((at for at in range(match.end, len(words)) if words[at] == ","), len(words))
        return set(words[start:end])

    def dust_of_the_job(match: Match, before: list[str], own: list[str], near: set[str]) -> bool:
        # One's own choking on a job's dust, told as past ("i was choking") and as over after it, by a mask put on
        # or a "fine" ("i was choking on the dust off that sander till my son got me a proper mask"): a cough of the
        # job (round 72). Never someone's, a fire's, one told now, or with a word of it going on or of a thing
        # stuck (reviews A72 and B72: "i'm choking on the dust all over the loft", "my mask broke and i'm choking",
        # "i was choking on the dust from the sander and my voice has gone", "... on a piece of plaster").
        choking = bool({"choking", "choked", "coughing", "spluttering"} & set(own + before[-2:]))
        past = bool({"was", "were"} & set(before[-3:]))
        after = words[match.end :]
        going_on = bool(set(after) & _DUST_STILL_REAL) or any(  # ("... since lunch", not "no bother since")
            word == "since" and after[at + 1 : at + 2] not in ([], [","], ["."], ["and"]) or word == "now" and (
                after[at - 1 : at] and after[at - 1] not in _TIMES_UP_TO_NOW | _OVER_NOW)
            for at, word in enumerate(after))
        over = bool(set(after) & {"mask", "masks", "fine", "better", "okay", "ok", "grand"}) and not going_on
        yes_first = words[:1] in ([[word] for word in _YES_WORDS_ALONE] + [["yeah"]])
        subject = next((word for word in reversed(before) if word in _OTHERS_ON_A_JOB | _ONESELF), None)
        return choking and past and bool(near & _DUST) and bool(said & _JOBS_OF_DUST) and over and not yes_first and (
            subject in _ONESELF) and not said & _FUMES_OF_HARM

    def idiom(match: Match) -> bool:
        if match.types != {SIGN_TYPE} or len(match.values) != 1 or real:
            return False
        sign, own = match.values[0].id, words[match.start : match.end]
        before, after = words[max(0, match.start - 8) : match.start], words[match.end : match.end + 6]
        near = set(before) | set(own) | set(after)
        clause = clause_of(match)
        someone_else = someone_elses(match)
        if any(word == "now" and words[at - 1] not in _OVER_NOW | _TIMES_UP_TO_NOW and not any_twitching(
                sequence[at : at + 6]) and words[at + 1 : at + 2] not in ([], [","])
               for at, word in enumerate(words[max(0, match.start - 3) :], max(0, match.start - 3))):
            return False  # ("... and now i can't breathe", "mind went blank at the self-checkout and now i can't
            # remember where i am": review B70; not "choking on fumes on the ring road. now me thigh's twitching",
            # nor "the burn's all healed now", "what they want for a travelcard now")
        if sign == "difficulty_breathing":
            # "Out of breath from the sprint and then fine": puffed from running, and over.
            puffed = "breath" in own and bool(near & _EXERTION) and "fine" in after
            taken_away = puffed or "breath" in own + after[:2] and "away" in own + after[:3] and (
                "back" not in words[match.end : match.end + 10]) and not said & _FUMES_OF_HARM
            nose = after[:1] == ["through"] and after[2:3] in (["nose"], ["nostrils"]) and not (
                {"mouth", "grunting", "grunt"} & said) and not someone_else
            # One's own crush, told as past ("couldn't breathe on the northern line", "you can't breathe in there"):
            # never someone's now ("my daughter can't breathe, the bus was packed").
            past = "could" in own or after[:2] == ["in", "there"] or after[:1] == ["for"]
            packed_in = bool(said & _PACKED_IN) and bool(said & _TRANSPORT) and past and not someone_else
            fumes = bool({"fumes", "exhaust"} & near) and bool(said & _TRAFFIC) and "choking" in own + before[-2:] and (
                not someone_else) and not said & _FUMES_OF_HARM
            return taken_away or nose or packed_in or fumes or dust_of_the_job(match, before, own, near)
        if sign == "difficulty_swallowing":
            fumes = bool({"fumes", "exhaust"} & near) and bool(said & _TRAFFIC) and "choking" in near and (
                not someone_else) and not said & _FUMES_OF_HARM
            return fumes or dust_of_the_job(match, before, own, near)
        if sign == "fainting":
            # One's own hyperbole only: "the room got so hot he almost passed out" is someone's near faint, told as
            # seen (a sign still: review A68).
            nearly = bool({"nearly", "almost"} & set(own + before[-2:]))
            own_words = "i" in (before + own)[-4:]
            return nearly and own_words and bool(set(before + own) & _HEAT)
        if sign == "sensation_change":
            # ("The burn's all healed now", "the sunburn's peeled": a burn of the sun, over.)
            sunburn = bool({"burn", "burns", "sunburn"} & set(own)) and bool(near & _OVER_NOW | near & _BURNT)
            # (Fingers, a face, toes numb in the cold, one's own, with nothing of a side, a mouth or its staying.)
            cold = "numb" in own + after[:1] and bool(near & _COLD) and bool(
                set(before[-3:] + own) & _EXTREMITIES) and not clause & _ONE_SIDE_OR_MORE and not someone_else
            # ("I couldnae feel my fingers at the christmas market, it was baltic, but they were fine the minute i
            # got inside": the cold said anywhere, and the feeling back after, round 83.)
            felt_again = own[-1:] == ["feel"] and bool(said & _COLD) and bool(set(after[:2]) & _EXTREMITIES) and bool(
                set(words[match.end :]) & _FINE) and not clause & _ONE_SIDE_OR_MORE and not someone_else
            return cold or sunburn or felt_again
        if sign == "weakness":
            # (Both legs, one's own, from running or fright; one leg, an arm, or one that stayed is weakness.)
            return "jelly" in own + after[:2] and "legs" in own + before[-3:] and bool(near & _EXERTION) and not (
                clause & (_ONE_SIDE_OR_MORE | {"not", "never", "still"})) and not someone_else
        if sign == "confusion":
            blank = own[-1:] == ["blank"] and bool({"my", "i"} & set(before[-2:] + own)) and not someone_else
            return blank and bool(set(after) & _PRESSED_FOR_AN_ANSWER)
        return False
    def about_to_fall_off(match: Match) -> bool:
        # "I thought my fingers were gonna fall off" in the cold: where the cold was felt, not a twitching place.
        after = words[match.end : match.end + 5]
        return match.types == {PLACE_TYPE} and any(after[at : at + 2] in (["fall", "off"], ["drop", "off"])
                                                   for at in range(len(after))) and not any_twitching(
            sequence[match.start : match.end + 5])
    matches = [match for match in matches if not (SIGN_TYPE in match.types and pass_held(match))
               and not about_to_fall_off(match)]
    idioms = {id(match) for match in matches if idiom(match)}
    # Any other symptom told beside one keeps it ("... and now my left arm's weak"), unless that is an idiom too
    # ("choking on exhaust fumes all week and my mind goes blank on the new one-way system").
    if any(SIGN_TYPE in match.types and id(match) not in idioms and {value.id for value in match.values} & (
            _SIGNS_THAT_KEEP_IDIOMS) for match in matches):
        return matches
    return _without_times_of_signs_set_aside(sequence, matches, [match for match in matches if id(match) not in idioms])


def _without_times_of_signs_set_aside(sequence: list[Token], before: list[Match], after: list[Match]) -> list[Match]:
    """`after` (the matches once some signs were set aside as lookalikes) without the times said in those signs'
    stretches, where nothing twitches: the time of an idiom is its own ("the train was that hot this morning i nearly
    passed out, but sure the calf thing's been going a while": no twitch of this morning; "my arms went dead from the
    hedge cutter yesterday, ..., came back after a brew": no twitch of yesterday)."""
    kept = {id(match) for match in after}
    set_aside = [match for match in before if id(match) not in kept and SIGN_TYPE in match.types]
    if not set_aside:
        return after
    words = [token.word for token in sequence]
    stretch_of, twitching = _stretches_and_twitching(sequence, {",", ".", "but"})
    told_of = {stretch_of[match.start] for match in set_aside} - twitching
    # (And a stretch right after one that opens with its hours: ", ten hours on the flail".)
    openings = _stretch_openings(words, stretch_of, {","})
    told_of |= {part + 1 for part in told_of if part + 1 in openings and part + 1 not in twitching and (
        openings[part + 1].isdigit() or parse_number(openings[part + 1]) is not None)}
    return [match for match in after if not (
        match.types & {DATE_TYPE, DURATION_TYPE, PACE_TYPE} and stretch_of[match.start] in told_of)]


_TAKING_A_DRUG = frozenset({"smoking", "smoked", "smoke", "smokes", "doing", "did", "does", "using", "used", "uses",
                            "taking", "took", "takes", "snorting", "snorted", "injecting", "injected", "crystal",
                            "some", "score", "scored", "bought", "buying"})
_SPEED_OF_A_THING = frozenset({"at", "top", "full", "high", "low", "internet", "broadband", "reading", "typing",
                               "walking", "wind", "same", "half", "warp"})
_ICE_WEATHER = frozenset({"slipped", "slip", "slipping", "snow", "snowed", "frost", "frosty", "roads", "road", "path",
                          "paths", "pavement", "pavements", "storm", "icy", "freezing", "cold", "winter", "skating",
                          "rink", "sliding", "skid", "skidded", "windscreen", "driveway", "steps", "gritter",
                          "gritters", "salt", "salted", "frozen", "sleet", "hail", "pond", "lake", "drinks", "drink",
                          "glass", "cooler", "freezer", "bucket", "sprain", "swelling", "swollen", "bruise"})
_AFTER_SPEED_OF_A_THING = frozenset({"bump", "bumps", "camera", "cameras", "limit", "limits", "dating", "boat",
                                     "skating", "of", "test", "up", "trap", "ramps"})


_THINGS_OF_ICE = frozenset({"cream", "creams", "lolly", "lollies", "pack", "packs", "cube", "cubes", "rink", "skating",
                            "hockey", "storm", "storms", "pop", "bath", "baths", "water", "tea", "coffee", "coffees",
                            "latte", "lattes", "age", "sheet", "road", "roads", "patch", "patches", "bucket", "maiden"})
_WHERE_ICE_LIES = frozenset({"on", "in", "everywhere", "all", "overnight", "this", "last", "for", "outside", "again",
                             "out"})
_GOING_ON_ICE = frozenset({"walking", "walk", "walked", "slipped", "slip", "slipping", "skating", "skate", "skated",
                           "fell", "falling", "sliding", "slid", "driving", "drove", "out", "stepped", "step",
                           "standing", "stood", "skidded", "skidding", "went"})


def _without_ice_and_speed_of_the_road(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """"Slipped on the ice", "an ice pack", "the ice storm", "driving at speed": the weather and the road, not the
    drugs of the same names (a stimulant had been read in every one). "Smoking ice", "he's on ice", "taking speed"
    stay stimulants."""
    words = [token.word for token in sequence]
    if any(SIGN_TYPE in match.types and {value.id for value in match.values} & STIMULANT_REACTION_SYMPTOMS
           for match in matches):
        return matches  # a racing heart, vomiting or chest pain beside it: the drug, whatever else (review A70)
    weather = bool(set(words) & _ICE_WEATHER)

    def not_a_drug(match: Match) -> bool:
        if match.types != {_TRIGGER_TYPE} or [value.id for value in match.values] != ["stimulant"] or (
                words[match.start] not in ("ice", "speed")):
            return False
        word, before = words[match.start], words[match.start - 1] if match.start else ""
        after = words[match.start + 1] if match.start + 1 < len(words) else ""
        if word == "ice":
            on_foot = before == "on" and words[match.start - 2 : match.start - 1] and (
                words[match.start - 2] in _GOING_ON_ICE)
            # ("I had ice at the hostel and my heart's going nuts": had, as a drug is had; "we had ice on the
            # roads" is the weather: review B70.)
            # Ice of the weather only where the weather or a thing of ice is said ("been on the ice all night" is
            # the drug), and never right after a word of taking it.
            taken = before in _TAKING_A_DRUG or after == "pipe" or before in ("had", "have", "having", "has") and (
                after not in _WHERE_ICE_LIES)
            return (after in _THINGS_OF_ICE or on_foot or weather) and not taken
        if word == "speed":
            return before in _SPEED_OF_A_THING or after in _AFTER_SPEED_OF_A_THING
        return False
    return [match for match in matches if not not_a_drug(match)]


_GOING_ALL_OVER = frozenset({"slipping", "sliding", "skidding", "running", "rushing", "dashing", "driving",
                             "travelling", "traveling", "flying", "walking", "wandering", "slid", "skidded", "ran",
                             "rushed", "drove", "flew", "walked", "sleep", "head", "mood", "moods", "hormones", "life",
                             "shifts", "schedule", "emotions", "mind", "brain", "stuff", "things", "everything",
                             "weather", "writing", "handwriting"})


def _without_all_over_the_place_of_other_doings(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """"I've been slipping and sliding all over the place", "my sleep's all over the place": where the person or a
    thing went, not a twitch everywhere (with no word of twitching in its stretch)."""
    words = [token.word for token in sequence]
    stretch_of, twitching = _stretches_and_twitching(sequence, {",", ".", "but"})

    def gone_all_over(match: Match) -> bool:
        return match.types == {PLACE_TYPE} and words[match.start : match.start + 2] == ["all", "over"] and (
            stretch_of[match.start] not in twitching) and bool(
            set(words[max(0, match.start - 4) : match.start]) & _GOING_ALL_OVER)
    return [match for match in matches if not gone_all_over(match)]


_GOING_THERE = frozenset({"walked", "walk", "walking", "drove", "drive", "driving", "went", "go", "going", "cycled",
                          "cycle", "ran", "run", "flew", "fly", "there", "into", "to", "came", "trip", "journey",
                          "hiked", "sailed", "swam"})
_THINGS_HELD = frozenset({"phone", "mobile", "cup", "mug", "bag", "bags", "pen", "keys", "glass", "pint", "remote",
                          "fork", "knife", "spoon", "brush", "tablet", "book", "lead", "leash", "stick", "umbrella",
                          "ticket", "card", "wallet", "purse", "coffee", "tea", "drink", "baby"})
_BURNT = frozenset({"fried", "burnt", "burned", "sunburnt", "sunburned", "peeling", "blistered", "blistering",
                    "frazzled", "cooked", "toasted", "scorched", "pink", "lobster"})


_AFTER_THERE_AND_BACK = frozenset({"because", "so", "but", "then", "and", "twice", "again", "each", "every", "in",
                                   "on", "with", "before", "after", "at", "yesterday", "today", "last", "this"})


def _a_date_or_year_at(words: list[str], at: int, matches: list[Match]) -> bool:
    """Whether a date, or a year said after "in" ("nineteen fifty eight": `_a_year_said`), begins at `at`."""
    return any(other.start == at and DATE_TYPE in other.types for other in matches) or (
        at < len(words) and _a_year_said(words, at))


_LOADS_CARRIED = frozenset({"packed", "carried", "carry", "carrying", "carries", "lugged", "lugging", "hauled",
                           "hauling", "humped", "humping", "hefted", "toted", "slung", "heaved"})
_PARTS_CARRIED_ON = frozenset({"my", "his", "her", "their", "me"})
_OWNERS_OF_A_BACK = frozenset({"my", "his", "her", "their", "our", "me", "your", "lower", "upper", "the", "a"})
_A_POSITIONS_SIDE = frozenset({"left", "right", "full", "half", "centre", "center", "wing", "open", "blind",
                               "blindside", "openside", "inside", "outside", "loose", "tight", "the", "at", "in"})
_SERVICES_OF_A_PART = frozenset({"clinic", "clinics", "hospital", "infirmary", "test", "tests", "exam", "check",
                                 "checkup", "doctor", "doctors", "specialist", "surgeon", "department", "unit", "ward",
                                 "appointment", "appointments", "casualty", "centre", "center", "chart", "surgery"})


def _without_places_that_are_no_parts(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without places that name no twitching part: a measure ("a six foot fence", "the forty foot" where people
    swim), white knuckles ("white-knuckling the poles": holding on in fright), and parts told as sunburnt ("my
    shoulders and the back of my neck are fried from umpiring"), where nothing in their stretch twitches."""
    words = [token.word for token in sequence]
    stretch_of, twitching = _stretches_and_twitching(sequence, {",", ".", "but"})

    def no_part(match: Match) -> bool:
        if match.types != {PLACE_TYPE}:
            return False
        own, before = words[match.start : match.end], words[match.start - 1] if match.start else ""
        # ("Six foot", "the forty foot": a singular foot after a number over one; "my two feet" are the feet.)
        count = int(before) if before.isdigit() else parse_number(before)
        if own == ["foot"] and count is not None and count > 1:
            return True
        # ("I walked into penzance and back, the bus never came": a journey there and back.)
        # ("... to the Mecca and back because the bus was off": round 143.)
        said_next = words[match.end : match.end + 1]
        if own == ["back"] and before == "and" and (said_next in ([], [","], ["."]) or said_next[0] in (
                _AFTER_THERE_AND_BACK)) and set(words[max(0, match.start - 7) : match.start]) & _GOING_THERE:
            return True
        # ("The lion tamer back in nineteen fifty eight", "back when i was a lad": a time gone by, round 145.)
        if own == ["back"] and before not in _OWNERS_OF_A_BACK and (said_next in (["when"], ["then"]) or (
                said_next == ["in"] and _a_date_or_year_at(words, match.end + 1, matches))):
            return True
        # ("He packed out half a bull on his back": where a load was carried, not a place that twitches: round 147.)
        carried_on = words[match.start - 2 : match.start - 1] == ["on"] and bool(
            set(words[max(0, match.start - 10) : match.start]) & _LOADS_CARRIED)
        if own in (["back"], ["shoulder"], ["shoulders"], ["head"]) and before in _PARTS_CARRIED_ON and carried_on:
            return True
        # ("We sat in the eye clinic waiting room", "at the foot clinic": a service of a part, not the part: round
        # 144.)
        if len(own) == 1 and words[match.end : match.end + 1] and words[match.end] in _SERVICES_OF_A_PART:
            return True
        # ("He plays flank for the under-fifteens", "he plays left back": a position on the field, round 146.)
        position = match.start
        while position > 0 and words[position - 1] in _A_POSITIONS_SIDE:
            position -= 1
        if position > 0 and words[position - 1] in ("plays", "play", "played", "playing"):
            return True
        # ("Twelve hours at the stope face", "the coal face", "the north face": a working or a rock's face, no part:
        # round 182.)
        if own == ["face"] and before in _FACES_OF_THINGS:
            return True
        # ("The thumb I do all my card palming with": a doing, in -ing, not a part: round 145.)
        if len(own) == 1 and own[0].endswith("ing") and not own[0].endswith("string"):
            return True
        # ("My left leg, the back part below the knee": where on another place, not the back: round 145.)
        if own == ["back"] and words[match.end : match.end + 1] in (["part"], ["bit"], ["portion"]) and any(
                other.types == {PLACE_TYPE} and other is not match for other in matches):
            return True
        if stretch_of[match.start] in twitching:
            return False
        # ("I'm a magician's assistant so I use my hands a lot": what is used, not where it twitches: round 145.)
        if own in (["hand"], ["hands"]) and words[max(0, match.start - 2) : match.start] in (
                ["use", "my"], ["using", "my"], ["used", "my"], ["uses", "his"], ["uses", "her"]):
            return True
        knuckles = before == "white" and own[:1] and own[0].startswith("knuckl")
        # ("I've the phone in my right hand": what the hand holds, not where it twitches.)
        at = match.start - (before in ("left", "right")) - 1
        held = own[-1:] in (["hand"], ["hands"]) and words[at - 1 : at + 1] in (
            ["in", "my"], ["in", "his"], ["in", "her"]) and at >= 2 and words[at - 2] in _THINGS_HELD
        # ("Couldn't breathe through my nose for the pollen": a blocked nose, no twitching place.)
        breathed_through = own in (["nose"], ["nostrils"]) and words[match.start - 2 : match.start - 1] == ["through"]
        if held or breathed_through:
            return True
        # ("My shoulders and the back of my neck are fried": the stretch may run on past "and" to the burn.)
        after = [word for at, word in enumerate(words[match.end : match.end + 10], match.end)
                 if stretch_of[at] == stretch_of[match.start]]
        return knuckles or bool(set(after) & _BURNT)
    return [match for match in matches if not no_part(match)]


# Words that open a clause, never a name: "I have a twitching which is disturbing me" is no place called "which is
# disturbing me" (round 182).
_OPENING_A_CLAUSE = frozenset({"which", "who", "what", "when", "where", "is", "was", "and", "but", "because", "since",
                               "if", "while"})
_FACES_OF_THINGS = frozenset({"stope", "coal", "rock", "cliff", "quarry", "seam", "pit", "crag", "north", "south",
                              "east", "west", "ice", "clock", "mine"})
_OLD_COMPLAINTS = frozenset({"bad", "bum", "dodgy", "gammy", "crook", "wonky", "dicky", "dickey", "trick", "old",
                             "bung", "busted", "knackered", "iffy", "ropey", "ropy", "duff", "dud", "arthritic"})
_LONG_AGO = frozenset({"history", "years", "year", "yonks", "ages", "school", "always", "forever", "decades"})


def _without_asking_on_someones_behalf(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the confusion of "i'm asking for the young fella who's redoing our bathroom": asking on someone's
    behalf, the "who's" opening what he does (round 73). Only with "for" right after the asking and a doing right
    after the "who is"; "she keeps asking who i am", "asking for a friend who isn't there", "asking for my mother
    who died" stay (review A72)."""
    words = [token.word for token in sequence]

    def on_behalf(match: Match) -> bool:
        if match.types != {SIGN_TYPE} or [value.id for value in match.values] != ["confusion"]:
            return False
        own = words[match.start : match.end]
        asking = next((at for at, word in enumerate(own) if word in ("asking", "ask", "asked", "asks")), None)
        who = next((at for at, word in enumerate(own) if word == "who"), None)
        if asking is None or who is None or own[asking + 1 : asking + 2] != ["for"]:
            return False
        doing = words[match.start + who + 2 : match.start + who + 3]
        return words[match.start + who + 1 : match.start + who + 2] == ["is"] and bool(doing) and (
            doing[0].endswith("ing")) and doing[0] not in ("nothing", "being")
    return [match for match in matches if not on_behalf(match)]


def _without_times_of_an_earlier_bout(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the time of an earlier bout that went away ("he had one like it back in 2019 and it went away by
    itself") or of an old injury mended ("he had that shoulder pinned after a motorbike crash in the nineties"),
    in a sentence's stretch where nothing twitches now: not when this twitch began (round 72). Only where another
    stretch twitches; with no other time, when it began is asked."""
    words = [token.word for token in sequence]
    stretch_of, twitching = _stretches_and_twitching(sequence, {",", ".", ";"})
    if not twitching or any(SIGN_TYPE in match.types for match in matches):
        return matches  # (a sign's time says how it came on: "he had a crash an hour ago, his arm's weak" keeps it)
    said_in: dict[int, list[str]] = {}
    for word, part in zip(words, stretch_of, strict=True):
        said_in.setdefault(part, []).append(word)

    def earlier(part: int) -> bool:
        said = said_in.get(part, [])
        pairs = set(zip(said, said[1:], strict=False))
        bout = "had" in said and bool(set(said) & {"one", "same", "this", "before"}) and bool(
            pairs & _WENT_AWAY | set(said) & {"cleared", "settled", "stopped"})
        mended = bool(set(said) & _MENDED) and bool(set(said) & {"had", "after"})
        return part not in twitching and (bout or mended)
    return [match for match in matches if not (match.types & {DATE_TYPE, DURATION_TYPE}
                                               and earlier(stretch_of[match.start]))]


_WENT_AWAY = frozenset({("went", "away"), ("gone", "away"), ("cleared", "up"), ("settled", "down"),
                        ("stopped", "by"), ("went", "off")})
_MENDED = frozenset({"pinned", "plated", "replaced", "operated", "operation", "surgery", "crash", "fracture",
                     "fractured", "broke", "broken", "reconstruction", "op"})


def _without_old_complaints(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without a place with an old complaint ("i got a bum knee from high school football but that's ancient
    history", "just my old rugby shoulder, that's been dodgy for thirty year"), its time and the sport that did it:
    no twitching place. Only where its stretch says no twitching, and another place is said or it is told as long
    ago ("my bad knee" alone, asked where the twitch is, stays the place)."""
    words = [token.word for token in sequence]
    stretch_of, twitching = _stretches_and_twitching(sequence, {",", ".", "but"})
    places = [match for match in matches if match.types == {PLACE_TYPE}]
    long_ago = bool(set(words) & _LONG_AGO)

    def complaint_at(place: Match) -> int | None:
        for at in (place.start - 1, place.start - 2):
            if at >= 0 and words[at] in _OLD_COMPLAINTS and stretch_of[at] == stretch_of[place.start]:
                return at
        return None
    old = {id(place): at for place in places if (at := complaint_at(place)) is not None
           and stretch_of[place.start] not in twitching and (len(places) > 1 or long_ago)}
    if not old:
        return matches
    told_of = {stretch_of[at] for at in old.values()}
    # The stretch right after one, opening with "that" ("..., that's been dodgy for thirty year") is of it too.
    told_of |= {part + 1 for part in told_of if (part + 1) not in twitching and any(
        stretch_of[at] == part + 1 and words[at] in ("that", "that's") for at in range(len(words)))}

    def of_the_complaint(match: Match) -> bool:
        if id(match) in old:
            return True
        if stretch_of[match.start] not in told_of:
            return False
        return DURATION_TYPE in match.types or match.types == {_TRIGGER_TYPE} and [
            value.id for value in match.values] == ["exercise"]
    return [match for match in matches if not of_the_complaint(match)]


_BEFORE_A_VEHICLE = frozenset({"a", "the", "freight", "goods", "steam", "express", "my", "his", "her", "our", "their",
                               "last", "first", "next", "early", "late", "night", "morning", "slow", "fast"})


def _without_runs_and_trains_of_other_things(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the exercise of words that only look like it: "a run of nights", "snores like a freight train", "on
    the train", a pill that "kicks in". "I run", "went for a run" and "I train" stay exercise."""
    words = [token.word for token in sequence]

    def not_exercise(match: Match) -> bool:
        if match.types != {_TRIGGER_TYPE} or [value.id for value in match.values] != ["exercise"] or (
                match.end - match.start != 1):
            return False
        word, after = words[match.start], words[match.start + 1 : match.start + 2]
        before = words[match.start - 1] if match.start else ""
        if word in ("run", "runs", "ran", "running") and after[:1] and (after[0] in _NOT_A_RUN_AFTER or (
                after == ["a"] and words[match.start + 2 : match.start + 3] and words[match.start + 2] in _RUN_THINGS)):
            # "the sweets ran short", "we ran out of milk", "running late", "ran a bath", "running a temperature"
            # (round 139 had a trigger of exercise in "the cook had a fit when the sweets ran short")
            return True
        if word in ("run", "runs"):
            return after == ["of"]
        if word in ("train", "trains"):
            return before in _BEFORE_A_VEHICLE
        return sequence[match.start].lemma == "kick" and after == ["in"]
    return [match for match in matches if not not_exercise(match)]


# After "ran" or "running", what runs that is no running: out, short, late, low, dry, behind, down (worn out).
_NOT_A_RUN_AFTER = frozenset({"out", "short", "late", "low", "dry", "behind", "down"})
_RUN_THINGS = frozenset({"bath", "temperature", "fever", "temp", "business", "shop", "stall", "meeting", "session",
                         "tab", "bar", "pub", "risk", "errand", "errands", "class", "club", "course"})
_THINGS_THAT_COLLAPSE = frozenset({"display", "arch", "archway", "arrangement", "hydraulics",  # (round 137)
                                   "gazebo", "shelf", "shelves", "shelving", "roof", "shed", "fence", "wall", "ceiling",
                                   "wardrobe", "tent", "marquee", "table", "ladder", "scaffolding", "scaffold",
                                   "bridge", "building", "tree", "branch", "greenhouse", "trellis", "cabinet",
                                   "cupboard", "bookcase", "sofa", "deckchair", "umbrella", "parasol", "gutter",
                                   "guttering", "chimney", "garage", "porch", "deck", "decking", "pergola", "stack",
                                   "pile", "cake", "trolley", "pram", "buggy", "tower", "plan", "deal", "market",
                                   "system", "talks", "business", "company", "hole", "tunnel", "bank", "chair",
                                   "cot", "frame", "hedge", "wheelbarrow", "polytunnel", "awning", "canopy",
                                   "thing", "barn", "silo", "byre", "haystack", "bales", "ditch",
                                   # the plot's (round 141): "me marrows collapsed wi' the frost"
                                   "marrows", "marrow", "vines", "pumpkins", "courgettes", "leeks", "onions",
                                   "sunflowers", "dahlias", "canes", "hive", "colony", "cloche",
                                   # a cook's that rise and fall (round 68): "the yorkshires collapsed"
                                   "yorkshires", "meringue", "sponge", "pavlova", "souffle", "croquembouche",
                                   # a market's ("the shares collapsed on Tuesday", round 181; never a name: "our
                                   # Price collapsed", "my Seng collapsed", safety review B62, so "the Hang Seng
                                   # collapsed" is left a faint)
                                   "shares", "stocks", "economy", "currency",
                                   # the street's ("half the road collapsed into a sinkhole": round 156)
                                   "road", "pavement", "sinkhole"})
_COLLAPSE_WORDS = frozenset({"collapsed", "collapse", "collapses", "collapsing", "blacked"})
_BEFORE_A_COLLAPSE = frozenset({"has", "had", "have", "just", "completely", "totally", "all", "then", "is", "was",
                                "were", "are",  # ("the whole cities were paralyzed Monday with that snow": round 197)
                                "it's", "finally", "literally", "basically"})
_CLAUSE_OPENERS = frozenset({",", ".", "and", "but", "so", "when", "then", "because", "as", "while", "only", "until",
                             "before", "after", "if", "even"})
_THING_LINKS = frozenset({"it", "that", "which", "up", "down", "together", "there", "in", "over"})
_PEOPLE_WORDS = _RELATIVES | frozenset({"mr", "mrs", "miss", "ms", "resident", "lady", "man", "woman", "gentleman",
                                        "patient", "client", "he", "she", "him", "her", "they", "you",
                                        "husband", "wife", "neighbour", "neighbor", "boy", "girl"})
_WHO_COLLAPSES = frozenset({"i", "he", "she", "we", "they", "you", "and", ",", "then", "mum", "dad", "nan"})
_HURT_AFTER = frozenset({"i", "me", "my", "myself", "so", "did", "crashed", "fell", "floor", "woke", "ground", "came",
                         "hurt", "trapped", "injured", "ambulance", "moving", "top"})
_POWER_CUT = frozenset({"gym", "arena", "rink", "stadium", "mall", "school",  # ("the whole gym blacked out": round 197)
                        "road", "street", "power", "town", "area", "city", "village", "estate", "neighbourhood",
                        "neighborhood", "houses", "grid", "electricity"})
# What stands still, "paralysed": a network or a place, never a part.
_THINGS_AT_A_STANDSTILL = frozenset({"cities", "state", "freeway", "interstate", "highways", "region",  # (round 197)
                                     "mtr", "tube", "subway", "metro", "traffic", "network", "trains", "railway",
                                     "line", "roads", "airport", "port", "city", "town", "country", "system",
                                     "government", "market", "markets", "office", "company", "motorway", "highway"})


# "The only one who had a fit was ...": a temper, when it was over something ("when the cubs let the guy ropes
# down", "over the repair bill") or is named as someone's ("the foreman's"); never with a time said after it.
_ONLY_OF_OTHERS_SIGNS = frozenset({"fit", "fits"})
_COPULAS = frozenset({"was", "were", "is", "are"})
_BEFORE_THE_ONE = frozenset({"the", "a", "an", "our", "my", "his", "her", "their", "old"})
# After the "was": a time (the sign's own: "the only fit he had was last year"), or someone the talk may be about.
_NOT_SOMEONE_ELSE = frozenset({"this", "that", "last", "yesterday", "today", "tonight", "on", "at", "in", "when",
                               "after", "before", "during", "about", "around", "just", "back", "earlier", "morning",
                               "afternoon", "evening", "night", "week", "weekend", "month", "year", "years", "months",
                               "weeks", "days", "day", "hour", "hours", "time", "ago", "i", "me", "myself", "we", "us",
                               "it", "one", "mine", *WEEKDAYS, *MONTHS}) | _PEOPLE_WORDS
_A_TEMPER_OVER = frozenset({"when", "over", "because", "about", "after", "at"})
_TIMES_OF_A_SIGN = frozenset({"today", "tonight", "morning", "afternoon", "evening", "hour", "hours", "minutes", "ago",
                              "now", "yesterday", "night", "earlier", "just"})


def _without_signs_only_of_others(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without a fit that "the only one who had" it "was" someone else's temper: "only fit round here is the park
    manager's", "the only person that had a fit this week was the ward sister, when she saw my trolley", "only
    one who had a fit was Akela, when the cubs let the guy ropes down" (rounds 123-132). Only "fit" (a collapse or
    a faint of someone else is still one: "the only one who collapsed was the customer's wife", review B47), only
    someone named after the "was" who is not the speaker nor a person the talk may be about, and never with a time
    said after it ("only person who had a fit was our goalie, at full time today")."""
    words = [token.word for token in sequence]

    def only_of_others(match: Match) -> bool:
        if match.types != {SIGN_TYPE} or not set(words[match.start : match.end]) & _ONLY_OF_OTHERS_SIGNS:
            return False
        before = words[max(0, match.start - 6) : match.start]
        if "only" not in before or set(before[before.index("only") :]) & {".", "but", "and"}:
            return False
        if _only_someone_else_had_it(before[before.index("only") + 1 :]) and not set(words) & (
                _STILL_A_REAL_FIT - {"one"}):  # ("she was the one lighting the diyas" tells no fit)
            return True
        after = words[match.end : match.end + 7]
        copula = next((at for at, word in enumerate(after) if word in _COPULAS), None)
        if copula is not None and set(after[:copula]) & _THROWN and not set(words) & _STILL_A_REAL_FIT:
            return True  # "only fit I've thrown is at the finance company": a fit thrown is a temper (round 138)
        if copula is not None and after[:copula] and set(after[:copula]) <= _HAD_BY_ME and "had" in after[:copula]:
            return _my_only_fit_was_something_else(words[match.end + copula + 1 :])
        if copula is not None and set(after[:copula]) & {"seen", "saw"} and set(after[:copula]) <= _SEEN_BY_ME:
            return _a_tantrum(words[match.end + copula + 1 :])
        if copula is None or set(after[:copula]) & {".", ",", "but", "and", "i", "he", "she", "they", "we", "you"}:
            return False  # (and not a fit someone had: "the only fit she's had was a bad one")
        rest = words[match.end + copula + 1 :]
        while rest and rest[0] in _BEFORE_THE_ONE:
            rest = rest[1:]
        said_after = list(takewhile(lambda word: word not in (".", "but"), rest))
        if rest and rest[0] in THINGS and rest[1:2] in ([], ["'s"], [","], ["."]):
            return True  # a thing's, whenever ("only fit round here was chat's, when i choked last night": round 140)
        if not rest or rest[0] in _NOT_SOMEONE_ELSE or rest[0][:1].isdigit() or set(rest[:2]) & _PEOPLE_WORDS or (
                set(said_after) & _TIMES_OF_A_SIGN) or "one" in rest[:3]:
            return False  # (nor the fit itself described: "the only fit was a long one when he was at school")
        # Someone's, ending what is named ("the foreman's when ...", not "a guest's twin": the twin had it).
        whose = next((at for at, word in enumerate(said_after[:4]) if word == "'s"), None)
        if whose is not None:
            return said_after[whose + 1 : whose + 2] in ([], [","], ["."]) or said_after[whose + 1] in _A_TEMPER_OVER
        return bool(set(said_after[1:8]) & _A_TEMPER_OVER)
    return [match for match in matches if not only_of_others(match)]


def _only_someone_else_had_it(named: list[str]) -> bool:
    """Whether the words between "only" and a fit name someone else, by their role, who had or threw it: "only the
    cook had a fit when the sweets ran short" (round 139). Not the speaker, nor anyone the talk may be about ("only
    my dad had a fit", "only the baby")."""
    while named and named[-1] in ("had", "has", "threw", "thrown", "'s", "really", "properly", "then"):
        named = named[:-1]
    return len(named) in (2, 3) and named[0] in ("the", "our", "their", "that") and not (
        set(named[1:]) & (_PEOPLE_WORDS | _NOT_SOMEONE_ELSE | {"one", "person", "child", "kid", "baby"}))


_HAD_BY_ME = frozenset({"i", "i've", "i'd", "have", "had", "ever", "'ve"})
_THROWN = frozenset({"thrown", "threw", "chucked", "pitched"})
_SEEN_BY_ME = _HAD_BY_ME | {"seen", "saw", "lately", "recently", "this", "week", "today", "all", "year", "month"}
# Someone else "throwing one" is a tantrum: "only fit I've seen lately was my coach throwin' one".
_THROWING_ONE = frozenset({"throwing", "throwin", "throwin'", "chucking", "chuckin", "chuckin'", "pitching"})
# Where the speaker's only fit was, or when: a fit then ("the only fit I've had was an hour ago", "at work today").
_WHERE_OR_WHEN_A_FIT_WAS = _NOT_SOMEONE_ELSE - {"when", "about", "i", "me", "myself", "we", "us", "it", "mine",
                                                "one"} - _PEOPLE_WORDS
_A_TEMPER = frozenset({"bill", "bills", "price", "prices", "swearing", "effing", "shouting", "yelling", "screaming",
                       "cursing", "ranting", "temper", "angry", "furious", "fuming", "raging"})


def _a_tantrum(rest: list[str]) -> bool:
    """Whether the only fit seen "was" someone "throwing one": "my coach throwin' one when I missed weight", "a wee guy
    throwin' one cos I knocked him back at the door" (the fit someone saw is theirs, and a fit, otherwise)."""
    said = list(takewhile(lambda word: word not in (".", "but"), rest))
    return bool(set(said[1:6]) & _THROWING_ONE) and not set(said) & (_STILL_A_REAL_FIT - {"one"})


def _my_only_fit_was_something_else(rest: list[str]) -> bool:
    """Whether "the only fit I've had was ..." names something else: "a fit of the giggles", "a bike fit at the
    shop", "the mask fit test", "when I opened the electric bill, just me effing and jeffing". A time or place of
    the fit is a fit ("the only fit I had was this morning", "... an hour ago", "... at work today": a phrase in the
    cues had taken those away, the one an hour ago heard as the twitch's time), as is "a bad one"; a "when" is a
    fit unless a temper is told ("when I was nine" is an old fit, for the skill's rules on the past to weigh)."""
    said = list(takewhile(lambda word: word not in (".", "but"), rest))
    while said and said[0] in _BEFORE_THE_ONE:
        said = said[1:]
    if _a_tantrum(said):
        return True
    if not said or said[0] in _WHERE_OR_WHEN_A_FIT_WAS or "one" in said[:3] or set(said) & _TIMES_OF_A_SIGN or any(
            word[:1].isdigit() for word in said):
        return False
    return said[0] != "when" or bool(set(said) & _A_TEMPER)


def _without_teams_that_lost(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the faint or the choke of a team that lost: "the Vikings choked again Sunday", "Stoke collapsed in the
    second half" (rounds 197-198 had heard trouble swallowing and a faint). Only a team's nickname nobody bears
    (`TEAMS`), as "the <team>" or with the game's moment said after it, the sign only its verb, and no person's word
    or harm near it ("the Bears choked and my dad choked on a chip" keeps the dad's)."""
    words = [token.word for token in sequence]

    def lost(match: Match) -> bool:
        own = words[match.start : match.end]
        if match.types != {SIGN_TYPE} or len(own) > 1 or own[0] not in _VERBS_OF_LOSING:
            return False
        at = match.start - 1
        while at >= 0 and words[at] in _BEFORE_A_TEAMS_LOSS:
            at -= 1
        # ("Me team collapsed in the last quarter of the granny": one's own side, only with the game named and
        # nothing of a harm: round 200.)
        a_side = at > 0 and words[at] in _A_SIDE and words[at - 1] in _WHOSE_SIDE and bool(
            set(words) & _GAMES_NAMED) and not set(words) & _HARM_TO_A_SIDE
        # (No one named before it in its own clause: "... when the pokie ate her twenty bucks, and the Blues choked"
        # names the sister in another, round 200.)
        if at < 0 or words[at] not in TEAMS and not a_side or set(takewhile(
                lambda word: word not in _ENDS_OF_A_CLAUSE, reversed(words[max(0, at - 6) : at]))) & _PEOPLE_WORDS:
            return False
        # (The team is what is said of, never where one went or what one had: "I came back from the city then
        # collapsed", "I had the blues then collapsed"; nor with someone else's the same: "... and so did grandad".)
        opened = at - (2 if at > 0 and (words[at - 1] == "the" or a_side) else 1)
        if opened >= 0 and words[opened] not in _ENDS_OF_A_CLAUSE | {"when", "then"} or any(
                words[i : i + 2] in (["so", "did"], ["did", "too"], ["as", "well"])
                for i in range(match.end, len(words))):
            return False
        after = list(takewhile(lambda word: word not in _ENDS_OF_A_CLAUSE, words[match.end : match.end + 4]))
        moment = after[:2] == ["in", "the"] and after[2:3] and after[2] in _MOMENTS_OF_A_GAME or after[:2] in (
            ["in", "overtime"], ["in", "extra"], ["late", "on"])
        # ("The Vikings", or a plural nickname opening what is said: "Vikings choked again Sunday, too".)
        named = at > 0 and words[at - 1] == "the" or (
            at == 0 or words[at - 1] in (",", ".")) and words[at].endswith("s")
        # (Never choking on something, nor a collapse onto somewhere: "the bears choked on a chicken wing", "I was
        # watching the packers collapsed on the couch": safety review B68.)
        if after[:1] == ["on"] or set(after) & (_PEOPLE_WORDS | _WHERE_ONE_COLLAPSES | _HARM_SAID):
            return False
        return moment or named and not a_side
    return [match for match in matches if not lost(match)]


_A_SIDE = frozenset({"team", "side", "squad"})
_WHOSE_SIDE = frozenset({"my", "me", "our", "the", "his", "her", "their"})
# (Only with the game said, and nothing of a harm to the players: "my team collapsed in the second half from the heat,
# two of them are still on the ground", "the team collapsed in the second half of the hike": safety review C69.)
_GAMES_NAMED = frozenset({"game", "match", "footy", "granny", "derby", "cup", "league", "origin", "grand",
                          "semi", "semis", "replay", "fixture"})
_HARM_TO_A_SIDE = frozenset({"heat", "hot", "sun", "hospital", "ground", "floor", "smoke", "fumes", "dehydrated",
                             "dehydration", "exhaustion", "exhausted", "hike", "training", "race", "run", "lap",
                             "laps", "marathon", "relay", "ambulance", "breathing", "breathe", "injured", "hurt",
                             "unconscious", "two", "three", "several", "some", "half"})


_HARM_SAID = frozenset({"cannot", "hurt", "injured", "ambulance", "me", "i", "my", "myself", "breathe", "breathing"})
_BEFORE_A_TEAMS_LOSS = frozenset({"again", "totally", "completely", "has", "have", "had", "were", "was", "literally"})
_ENDS_OF_A_CLAUSE = frozenset({",", ".", "and", "but", "so"})
_ENDS_OF_A_MACHINES_CLAUSE = _ENDS_OF_A_CLAUSE | {"then"}  # ("the ute died this morning, then ...")
_VERBS_OF_LOSING = frozenset({"choked", "choke", "chokes", "choking", "chokin", "collapsed", "collapse", "collapses",
                              "collapsing"})
_WHERE_ONE_COLLAPSES = frozenset({"couch", "sofa", "settee", "bed", "chair", "ground", "floor", "pitch", "field",
                                  "court", "ice", "stands", "bleachers"})
_MOMENTS_OF_A_GAME = frozenset({"first", "second", "third", "fourth", "last", "final", "closing", "dying"})


def _without_things_that_collapsed(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the faint of a thing that collapsed or blacked out ("the gazebo collapsed", "the shelf I put up
    collapsed on day one", "the shed roof, after it collapsed", "the whole road was blacked out"): a thing named just
    before, or "it" with a thing named shortly before. Never where a person, "and" or a pause stands right before
    ("I put the shelf up and collapsed"), nor a person or harm right after ("... and so did my husband")."""
    words = [token.word for token in sequence]

    def of_a_thing(match: Match) -> bool:
        own = words[match.start : match.end]
        if match.types != {SIGN_TYPE} or own not in (["paralysed"], ["paralyzed"]) and (
                words[match.start] not in _COLLAPSE_WORDS or len(own) > (2 if own[0] == "blacked" else 1)):
            return False
        at = match.start - 1
        while at >= 0 and words[at] in _BEFORE_A_COLLAPSE:
            at -= 1
        if at < 0 or words[at] in _WHO_COLLAPSES or set(words[max(0, at - 6) : at + 1]) & _PEOPLE_WORDS:
            return False  # (nor "the lady in the chair collapsed")
        after = words[match.end : match.end + 4]
        if set(after) & (_PEOPLE_WORDS | _HURT_AFTER | {"cannot"}) or any(
                after[at : at + 2] in (["could", "not"], ["can", "not"]) for at in range(len(after))):
            # "the gazebo collapsed and so did my husband", "the ladder collapsed under him" (review E); "after the
            # bales just collapsed, couldn't get up": a person who could not (review A66)
            return False
        if words[match.start] == "blacked":
            # Only a power cut ("the whole road was blacked out"), never what one saw go dark ("the sky blacked out
            # and I woke up on the lawn", "then it all blacked out").
            return words[at] in _POWER_CUT and _a_subject(words, at)
        if own[0] in ("paralysed", "paralyzed"):
            # A network at a standstill ("the MTR was completely paralysed with a signal fault": round 181).
            return words[at] in _THINGS_AT_A_STANDSTILL and _a_subject(words, at)
        if words[at] in _THINGS_THAT_COLLAPSE:
            return _a_subject(words, at)
        if at > 1 and words[at - 1] == "of" and words[at - 2] in _THINGS_THAT_COLLAPSE:
            return _a_subject(words, at - 2)  # "the whole arch of peonies collapsed" (round 137)
        # Or a thing a few words back, told through "it", "that" or a clause about it ("the shelf I put up"), with
        # no one named between ("Mr Jones in room four has collapsed" is a man).
        if words[at] not in _THING_LINKS:
            return False
        back = words[max(0, at - 8) : at + 1]
        thing = max((i for i, word in enumerate(back) if word in _THINGS_THAT_COLLAPSE), default=None)
        return thing is not None and not set(back[thing:]) & _PEOPLE_WORDS and _a_subject(
            words, max(0, at - 8) + thing)
    return [match for match in matches if not of_a_thing(match)]


# A blackout of the lights: "the whole site had a blackout when the grid connection dropped out", "the only blackout
# I've had was the platform's, when the main generator tripped" (round 133).
_POWER_WORDS = frozenset({"generator", "generators", "grid", "substation", "power", "electricity", "electrics", "mains",
                          "lights", "breaker", "breakers", "fuse", "fuses", "cable"})
_POWER_WENT = frozenset({"tripped", "trip", "failed", "dropped", "cut", "went", "blew", "off", "outage"})
_A_PERSONS_BLACKOUT = frozenset({"fell", "floor", "ground", "head", "ambulance", "round", "woke", "hit", "dizzy",
                                 "faint", "fainted", "unconscious", "hospital", "paramedics", "remember"})
_BLACKOUTS = frozenset({"blackout", "blackouts"})
_WHO_HAS_A_BLACKOUT = frozenset({"i", "i've", "i'd", "he", "he's", "she", "she's", "my", "his", "her", "me", "him"})


def _without_blackouts_of_the_power(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the faint of a "blackout" someone had with the power that went after it in its sentence ("... when
    the generators tripped"), when nobody is named before it in its clause ("I had a blackout", "he had a blackout
    at the substation") and nothing after it tells of a person going down or coming round."""
    words = [token.word for token in sequence]

    def of_the_power(match: Match) -> bool:
        if match.types != {SIGN_TYPE} or not set(words[match.start : match.end]) & _BLACKOUTS:
            return False
        after = list(takewhile(lambda word: word not in (".", "but"), words[match.end : match.end + 14]))
        before = list(takewhile(lambda word: word not in _CLAUSE_OPENERS - {"only"}, reversed(words[:match.start])))
        return bool(set(after) & _POWER_WORDS and set(after) & _POWER_WENT) and not (
            set(after) & _A_PERSONS_BLACKOUT or set(before) & (_WHO_HAS_A_BLACKOUT | _PEOPLE_WORDS))
    return [match for match in matches if not of_the_power(match)]


_TIMES_OPENING_A_CLAUSE = frozenset({"week", "night", "yesterday", "today", "morning", "afternoon", "evening",
                                     "weekend", *WEEKDAYS})


def _a_subject(words: list[str], at: int) -> bool:
    """Whether the thing at `at` opens its clause with its "the" ("the gazebo collapsed", "and the whole road was
    blacked out"), not the object of what someone was doing ("crossing the road blacked out and fell", "cutting
    the hedge collapsed": the person did)."""
    # ("Me marrows collapsed": "me" as "my", right before the thing.)
    start = next((i for i in range(at - 1, max(-1, at - 5), -1) if words[i] in _DETERMINERS or (
        words[i] == "me" and i == at - 1)), None)
    if start is None:
        return False
    if start >= 2 and words[start - 1] == "of" and words[start - 2] in _THINGS_THAT_COLLAPSE | PARTS_OF_A_THING:
        return _a_subject(words, start - 2)  # "the roof of the hay barn collapsed"
    if words[max(0, start - 2) : start] == ["far", "as"] or words[start - 1 : start] == ["after"]:
        # "got as far as the ditch then collapsed": where the person got to; "after the pie collapsed at the table"
        # (its comma lost): when (review A68)
        return False
    if words[start - 1 : start] in (["half"], ["part"]):
        start -= 1  # ("No. Half the road collapsed into a sinkhole": round 156.)
    # ("Last week the whole altar display collapsed": a time may open the clause before it, round 137.)
    return start == 0 or words[start - 1] in _CLAUSE_OPENERS | _TIMES_OPENING_A_CLAUSE


def _without_coming_back(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without the "back" of coming home ("we got back sunday from a coach trip", "right, so, back last night from a
    long weekend"): no back that twitches. One's own ("my back", "lower back") stays."""
    words = [token.word for token in sequence]

    def returning(match: Match) -> bool:
        if match.types != {PLACE_TYPE} or words[match.start : match.end] != ["back"]:
            return False
        before = words[match.start - 1] if match.start > 0 else ","
        after = words[match.end] if match.end < len(words) else "."
        return before in _RETURNING_BEFORE or (before in {",", "."} or match.start == 0) and after in _RETURNING_AFTER
    return [match for match in matches if not returning(match) and not _a_house_or_a_drink(words, match)]


_TWITCH_WORDS = frozenset({"twitch", "twitching", "twitches", "twitchy", "jumping", "flickering", "fluttering"})
_INSTRUMENTS = frozenset({"violin", "viola", "cello", "guitar", "bass", "fiddle", "ukulele", "banjo", "mandolin",
                          "bottle"})


def _a_house_or_a_drink(words: list[str], match: Match) -> bool:
    """A back of a house ("painting the back bedroom"), a neck that drinks ("necking Red Bulls"), or a temple
    prayed at ("standing and bending at the temple", "we went to the temple"; not "my left temple")."""
    if match.types != {PLACE_TYPE}:
        return False
    said = words[match.start : match.end]
    if said == ["neck"] and words[match.end : match.end + 2] in (["of", "the"], ["of", "my"], ["of", "his"]) and (
            set(words[match.end + 2 : match.end + 4]) & _INSTRUMENTS):
        return True  # "like on the neck of the violin": the instrument's
    return said == ["back"] and words[match.end : match.end + 1] and words[match.end] in _OF_A_HOUSE or (
        said in (["necking"], ["necked"])) or said == ["temple"] and words[max(0, match.start - 2) : match.start] in (
        ["at", "the"], ["to", "the"], ["from", "the"], ["the", "local"], ["our", "local"]) and not (
        _TWITCH_WORDS & set(words[max(0, match.start - 5) : match.start]))  # ("a twitch at the temple")


def _with_twitching_places_sure(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """A place that could be an everyday word ("back") is sure when it is said to twitch ("now my back's twitching
    too") or is someone's ("my back and my calf are twitching")."""
    return [
        replace(match, weak=False)
        if match.weak and match.types == {PLACE_TYPE} and (
            any_twitching(sequence[match.end : match.end + 3])
            or (match.start > 0 and sequence[match.start - 1].word in OWN | {"his", "her", "their"}
                and any_twitching(sequence))
        )
        else match
        for match in matches
    ]


def _without_bystanders(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without a person only mentioned when the twitching place is "my" own and no "he" or "she" is said ("my baby
    is three months old and my eyelid twitches"): the twitch is the speaker's, and so are the questions."""
    words = [token.word for token in sequence]
    if set(words) & THIRD_PERSON:
        return matches
    own_place = any(
        match.types == {PLACE_TYPE} and match.start > 0 and words[match.start - 1] in OWN for match in matches
    )
    if not own_place:
        return matches
    # The time of what happened to them is not the twitch's ("my eyelid's twitching and i'm in bits cos my sister
    # was rushed in with a stroke last month"), unless their clause speaks of the twitch ("my wife says it's been
    # three weeks").
    dated = set()
    for start, end in clause_spans(sequence):
        inside = [match for match in matches if start <= match.start and match.end <= end]
        # ("It's been at it since we buried my mother on tuesday": what dates the twitch, after its "since".)
        if not any(match.types == {PERSON_TYPE} for match in inside) or set(words[start:end]) & _OF_THE_TWITCH or (
                "since" in words[max(0, start - 1) : start + 1]):
            continue
        if "i" in words[start:end][:6] and all((value.iso or "").startswith("PT") for match in inside
                                               if match.types & BUILT_IN_TYPES for value in match.values):
            continue  # minutes or hours ago, what "i" did then ("about an hour ago i was reading to my husband and
            # the words came out jumbled"): the speaker's time, which may date the sign told next (not "yesterday i
            # took my dad to the gp, my hand has been weak for months")
        if not any(match.types & {PLACE_TYPE, SIGN_TYPE} for match in inside):
            dated |= {id(match) for match in inside if match.types & BUILT_IN_TYPES}
    return [match for match in matches if match.types != {PERSON_TYPE} and id(match) not in dated]


def _without_locators(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """Without a place that only says where another is ("my left cheek, near the mouth", "upper back, by the
    shoulder blade"): one place, not two."""
    kept: list[Match] = []
    for match in matches:
        # The locator may lead the place's own synonym ("around my mouth" is a name for the lip).
        before = {token.word for token in sequence[max(0, match.start - 3) : match.start + 1]}
        # ("Between my elbow and my wrist": both ends only say where the place is.)
        between = "between" in {token.word for token in sequence[max(0, match.start - 6) : match.start]} and (
            "and" in {token.word for token in sequence[max(0, match.start - 2) : match.start]})
        if (
            match.types == {PLACE_TYPE}
            and (before & _LOCATORS or between)
            and any(earlier.types == {PLACE_TYPE} for earlier in kept)
        ) or _the_limb_of_a_part_said(sequence, match, kept):
            if [value.id for value in match.values] == ["thumb"] and kept and kept[-1].types == {PLACE_TYPE} and [
                    value.id for value in kept[-1].values] == ["hand"]:
                # "The meaty pad of my right hand, just under the thumb": the thumb's own muscle, so the thumb
                # (round 140's "keeps going off like popcorn", newly understood, had become a twitch of the hand).
                kept[-1] = match
            continue
        kept.append(match)
    return kept


# A limb and the parts of it a twitch is named by: "my right thigh, the gas pedal leg" is one place.
_PARTS_OF_A_LIMB = {"leg": frozenset({"thigh", "calf"})}
# Words between a part and its limb that make the limb a second place ("my calf, and now my whole leg").
_ANOTHER_PLACE_BETWEEN = _SPREAD_WORDS | {"whole", "all", "over", "to", "into", "up", "down", "through", "across"}


def _the_limb_of_a_part_said(sequence: list[Token], match: Match, kept: list[Match]) -> bool:
    """Whether `match` names only the limb of a part said just before it, with no word of spreading between."""
    if match.types != {PLACE_TYPE} or len(match.values) != 1 or match.values[0].id not in _PARTS_OF_A_LIMB:
        return False
    parts = _PARTS_OF_A_LIMB[match.values[0].id]
    earlier = [place for place in kept if place.types == {PLACE_TYPE}]
    if not earlier or {value.id for value in earlier[-1].values} - parts:
        return False
    if [token.word for token in sequence[max(0, match.start - 2) : match.start]] == ["the", "one"]:
        return True  # "it's only the one leg": the limb of the part, however far back it was said
    between = {token.word for token in sequence[earlier[-1].end : match.start]}
    return not between & _ANOTHER_PLACE_BETWEEN


def _said_values(analysis: _Analysis, wanted: frozenset[tuple[str, str]]) -> list[tuple[Match, str]]:
    """Each match not negated that holds one of the `wanted` (slot type, value id), with that slot type."""
    return [
        (match, value.slot_type)
        for index, match in enumerate(analysis.matches)
        if index not in analysis.negated
        for value in match.values
        if (value.slot_type, value.id) in wanted
    ]


def _heard(said: list[tuple[Match, str]]) -> set[tuple[str, str]]:
    return {(slot_type, match.value_for(slot_type).id) for match, slot_type in said}  # type: ignore[union-attr]


_A_REASON_GIVEN = frozenset({"because", "cos", "cause", "'cause", "coz"})


# What says an age, not an hour, before "about" or "around" ("when i was about ten", "turning around ten").
_AN_AGE_TOLD = frozenset({"was", "were", "is", "am", "i'm", "be", "being", "aged", "age", "turned", "turning", "only",
                          "just", "kid", "child", "boy", "girl", "lad", "lass"})


def _an_hour_of_today_at(words: list[str], at: int) -> bool:
    """Whether an "at" (or "around", "about": round 143) beside a sign tells an hour of today: "on the shout at half
    two ... the words came oot aw in a fankle", "since he got back off his route at two his talk's gone thick", "since
    I come off de forklift at eleven, de whole leg gone dead" (rounds 135-136: each was asked "did it come on
    suddenly?"), unless another day follows ("at two on tuesday") or it is the time of a reason given ("my lip's numb
    because I had filler at two")."""
    if words[at] != "at" and at and (words[at - 1] in _AN_AGE_TOLD or words[at - 1].endswith("'s")):
        return False  # "when i was about ten", "she's around ten": an age
    said = time_of_day_at(words, at)
    after = list(takewhile(lambda word: word not in ("and", "but"), words[at + 1 + said : at + 9 + said]))
    # (Nor an hour of every day: "it's the same at ten in the morning over a cup of tea", round 142.)
    habit = bool(set(words[max(0, at - 2) : at]) & {"same", "even", "always", "usually", "every", "often"})
    return bool(said) and not habit and not set(after) & ANOTHER_DAY and not set(words[max(0, at - 5) : at]) & (
        _A_REASON_GIVEN)


def _today(analysis: _Analysis, signs: list[Match]) -> list[tuple[Match, str]]:
    """"Today" said in the same clause as a sign and outside any value, as the sudden pace: it happened today.
    ("My mum had a stroke years ago and my eyelid twitches today": today is the twitch's.)"""
    # Inside a value "today" is that value's ("since today"); a sign's cue may stretch over it ("called me by
    # his dead brother's name twice today").
    taken = {position for match in analysis.matches if SIGN_TYPE not in match.types
             for position in range(match.start, match.end)}
    spans = clause_spans(analysis.tokens)
    clauses = [(start, end) for start, end in spans if any(start <= sign.start < end for sign in signs)]
    # A "today" in the "since" clause right after a sign's is the sign's too ("my arm went weak since ten o'clock"),
    # unless another day is named after it ("numb since two o'clock in january when i started chemo", "tingly since
    # 3pm, on the sunday before last", "since 11am, at christmas"; not "... and it may be nothing").
    since_clauses = [(start, end) for (sign_start, sign_end), (start, end) in pairwise(spans)
                     if any(sign_start <= sign.start < sign_end for sign in signs) and start == sign_end + 1
                     and analysis.tokens[start - 1].word in ("since", "from")
                     and not _another_day_named(analysis, start)]
    # So is a time of hours "ago" in the sign's clause ("three weeks, and an hour ago my arm went numb": the
    # weeks are the twitch's, the hour the sign's).
    # (Not a time when something else was done about the sign: "i saw the gp two hours ago about my tingly feet".)
    hours_ago = {match.end - 1 for match in analysis.matches if match.types == {DURATION_TYPE} and any(
        (value.iso or "").startswith("PT") for value in match.values)
        and "ago" in {token.word for token in analysis.tokens[match.end - 1 : match.end + 1]}}
    around_times = {at for match in analysis.matches if match.types == {DURATION_TYPE}
                    for at in range(match.start - 1, match.end)}  # "about an hour ago" is when, not what about
    # (Nor are the sign's own words: "an hour ago my right hand won't do what i tell it", round 130.)
    in_signs = {at for sign in signs for at in range(sign.start, sign.end)}
    hours_ago = {at for at in hours_ago if not any(start <= at < end and {
        token.lemma for position, token in enumerate(analysis.tokens[start:end], start)
        if position not in around_times | in_signs} & _DONE_ABOUT for start, end in clause_spans(analysis.tokens))}
    words = [token.word for token in analysis.tokens]
    # Well earlier today, said beside the sign ("she was fine at dinnertime"), or a sign that came "while you were
    # talking" or "since i got back from the school run": it came on today (round 73).
    today_told = {at for at, word in enumerate(words) if word == "fine" and set(words[at + 1 : at + 4]) & (
        _LAST_WELL_AT) or word == "while" and words[at + 1 : at + 4] in (
        ["you", "were", "talking"], ["you", "were", "speaking"], ["you", "were", "asking"]) or word == "since" and any(
        words[at + 1 + k : at + 3 + k] == ["school", "run"] for k in range(7)) or (
        word in ("at", "around", "about") and _an_hour_of_today_at(words, at))}
    # A "today" the sign is dated back to with "since then" or "ever since": "at zuhr namaz today she couldn't get
    # back up off the prayer mat, her right leg's gone floppy since then" (round 162); close before it, with no other
    # time between ("a busy day today, years ago my leg went weak and it's been weak ever since" is no today's).
    for sign in signs:
        if words[sign.end : sign.end + 2] in (["since", "then"], ["ever", "since"]):
            today_told |= {at for at in range(max(0, sign.start - _TODAY_DATED_BACK), sign.start)
                           if words[at] in ("today", "tonight") and not any(
                               match.types & {DURATION_TYPE, DATE_TYPE} and at < match.start < sign.start
                               for match in analysis.matches)}
    # (Nor today said to be like every day: "my feet are always numb from the MS, twelve years, it's no different
    # today", round 157.)
    taken |= {at for at, word in enumerate(words) if word == "today" and any(
        tuple(words[before : before + 2]) in _NO_DIFFERENT for before in range(max(0, at - 3), at))}
    return [
        (Match(position, position + 1, 1, (Value(PACE_TYPE, "sudden", "suddenly"),)), PACE_TYPE)
        for position, token in enumerate(analysis.tokens)
        if position in today_told and signs
        or token.word in {"today", "tonight"} and position not in taken and any(
            start <= position < end for start, end in since_clauses)
        or (token.word in {"today", "tonight"} and position not in taken or position in hours_ago)
        and (any(start <= position < end for start, end in clauses) or (
            position in hours_ago and (_started_then(analysis, signs, position) or _the_sign_after_its_hour(
                analysis, signs, position))) or _it_the_sign_next(
            analysis, signs, position))
        # ("My leg suddenly went weak": a cue's words may stand either side of how it came on.)
        or token.word in {"suddenly", "sudden"} and analysis.tokens[position - 1].word not in _NEGATORS and any(
            sign.start < position < sign.end for sign in signs)
    ][:1]


_TODAY_DATED_BACK = 16  # how far before a sign said "since then" its "today" may stand


def _another_day_named(analysis: _Analysis, start: int) -> bool:
    """Whether a day other than today is named from `start` before an "and", "but" or the sentence's end (a date or
    length read, or a word of another day), as the time-of-day reading looks (`skill.local.nlu.text`)."""
    end = next((at for at in range(start, len(analysis.tokens)) if analysis.tokens[at].word in (".", "but", "and")),
               len(analysis.tokens))
    return bool({token.word for token in analysis.tokens[start:end]} & _ANOTHER_DAY_WORDS) or any(
        match.types & {DATE_TYPE, DURATION_TYPE} and start <= match.start < end for match in analysis.matches)


# Words that name a day other than today: the time-of-day reading's own (never "may" or "march": "he may be having
# a stroke"), and lengths, holidays and seasons besides.
_ANOTHER_DAY_WORDS = ANOTHER_DAY | frozenset({"last", "week", "weeks", "month", "months", "year", "years",
                                              "thanksgiving", "halloween", "birthday", "holiday", "holidays",
                                              "summer", "winter", "spring", "autumn"})
# Meals and parts of today a person was last well at: "she was fine at dinnertime".
_LAST_WELL_AT = frozenset({"breakfast", "lunch", "lunchtime", "dinnertime", "teatime", "morning", "earlier"})


# Between "i said" and the day it quotes: "i said since the summer", "i told you it was since june".
_QUOTING = frozenset({"since", "it", "was", "about", "around", "like", "you", "the", "for", "it's", "that"})


def _without_times_said_before(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """A day quoted from an earlier answer ("i said since the summer but ... mine only started a month ago") is the
    one being put right, when another time follows it. (A quoted length is read by `_time_put_right`.)"""
    words = [token.word for token in sequence]

    def quoted(match: Match) -> bool:
        at = match.start - 1
        while at >= 0 and words[at] in _QUOTING and match.start - at <= 4:
            at -= 1
        return at >= 1 and words[at] in {"said", "told"} and words[at - 1] in {"i", "i'd", "i've"}

    return [match for index, match in enumerate(matches) if not (match.types == {DATE_TYPE} and quoted(match) and any(
        later.types <= BUILT_IN_TYPES for later in matches[index + 1 :]))]


# A sign there since a day this long ago came on before today (two weeks: the skill's own first boundary).
_LONG_AGO_DAYS = 14
_SAID_OF_TODAY = frozenset({"today", "tonight", "now", "suddenly", "sudden"})


def _with_signs_there_since_long_ago(sequence: list[Token], matches: list[Match], today: date) -> list[Match]:
    """A date at least two weeks back said after "since" in a sign's clause or right after the sign ("my arm's been
    weak since november", "since the spring my leg's been dragging", "shrinking since the spring") is how the sign
    came on, the gradual pace: it has been there since then, as one there "for months" has. Alone, or of the twitch
    ("twitching since the spring"), it stays a date. (Seasons are read as in the north here: the skill dates them
    by the locale's own.)"""
    signs = [match for match in matches if SIGN_TYPE in match.types]
    if not signs:
        return matches
    # With how it came on said ("slowly since the summer") or anything of today ("since november my leg's been weak
    # but today it just gave out"), the date only goes: today's words decide.
    paced = any(PACE_TYPE in match.types or recent(match) for match in matches) or bool(
        {token.word for token in sequence} & _SAID_OF_TODAY)
    if _ANSWER_WORDS_FIRST.get(sequence[0].word if sequence else "") == _YES_INTENT and not paced:
        return matches  # "yes, my leg's been weak since november" to "...suddenly...?": the yes is not overruled
    words = [token.word for token in sequence]
    clauses = [(start, end) for start, end in clause_spans(sequence)
               if any(start <= sign.start < end for sign in signs)]
    paces_end = {match.end for match in matches if PACE_TYPE in match.types}

    def of_a_sign(at: int) -> bool:  # (or of how it came on: "..., slowly since the summer")
        return any(start <= at < end for start, end in clauses) or any(
            0 <= at - sign.end <= 4 and not set(words[sign.end : at]) & (CLAUSE_BREAKS - {"since"}) for sign in signs
        ) or at - 1 in paces_end

    def lasted(match: Match) -> bool:
        days = days_since(match.values[0].iso, today) if match.types == {DATE_TYPE} else None
        return days is not None and days >= _LONG_AGO_DAYS and "since" in words[max(0, match.start - 2) : match.start]

    gradual = (Value(PACE_TYPE, "gradual", "gradually"),)
    since_then = [lasted(match) and of_a_sign(match.start) for match in matches]
    if paced:
        return [match for match, since in zip(matches, since_then, strict=True) if not since]
    return [replace(match, values=gradual) if since else match
            for match, since in zip(matches, since_then, strict=True)]


# Signs that may be how someone has long been (an old stroke's weak arm, cerebral palsy's speech, MS's numb feet);
# what says it has been so for years, and that it is no different now; and what says something is new after all.
_BASELINE_SIGNS = frozenset({WEAKNESS, "sensation_change", "difficulty_speaking", "difficulty_swallowing",
                             "muscle_wasting"})
_FOR_YEARS = (("for", "years"), ("since", "birth"), ("since", "childhood"), ("all", "my", "life"),
              ("all", "his", "life"), ("all", "her", "life"), ("lifelong",), ("always",))
# (Not "hasn't changed", which may say it has not got better; each said with no "not" before it: "not the same as
# normal" is a change.)
_NO_DIFFERENT = (*sorted(_UNCHANGED_PAIRS - {("not", "changed")}), ("not", "different"), ("nowt", "new"),
                 ("old", "news"), ("no", "weaker"), ("no", "worse"), ("unchanged",), ("same", "as"), ("as", "normal"))
# What says something is new, now, sudden or worse after all (unless denied: "no weaker", "nothing new").
_NEW_AFTER_ALL = _GETTING_WORSE | NOW_WORDS | (_TIMES_OF_DAY - {"just"}) | {"new", "worsening"}
_DENYING = frozenset({"no", "not", "n't", "nothing", "nowt", "never"})
# After a "but", what only says it is old ("..., but that's old news", "but it's no different").
_BUT_OLD = frozenset({"old", "no", "nothing", "nowt", "same", "different", "unchanged"}) | _GOT_OVER


def _without_a_baseline_unchanged(sequence: list[Token], matches: list[Match], today: date) -> list[Match]:
    """Without a nerve sign told as how someone has long been, and no different now: "my right arm's been useless
    since the stroke in 2019, but that's old news, no different today", "his speech has always been hard for
    strangers to follow with his CP, but it's no different" (round 157). Only a sign whose own clause says how long
    (a year gone, "for years", "always", "since he was little"), with "no different" or the like said, and nothing
    new, worse or sudden said anywhere unless denied ("no weaker", "nothing new"); then the times and places of its
    clause go with it (2019 is no start of the twitch). A sign told in a clause of its own beside it stays: "his left
    arm's been weak since the stroke in 2019, that's nothing new. but on tuesday night his right hand went useless"."""
    signs = [match for match in matches if match.types == {SIGN_TYPE}
             and {value.id for value in match.values} <= _BASELINE_SIGNS]
    words = [token.word for token in sequence]
    if not signs or not _told_as_a_baseline(words, today):
        return matches
    spans = clause_spans(sequence)
    # (With its "since" clause: "my right arm's been useless | since the stroke in 2019".)
    told_for = [(start, following[1] if following and set(words[max(0, following[0] - 1) : following[0] + 1]) & {
        "since", "for", "from"} else end) for (start, end), following in zip(spans, [*spans[1:], None], strict=True)]
    clauses = [(start, end) for start, end in told_for
               if any(start <= sign.start < end for sign in signs) and _long_standing(words[start:end], today)
               and not any_twitching(sequence[start:end])]
    told = {id(match) for match in matches if any(start <= match.start < end for start, end in clauses) and (
        match in signs or match.types & (_TIMES_OF_A_REPORT | {PACE_TYPE, PLACE_TYPE}))}
    return [match for match in matches if id(match) not in told]


def _long_standing(words: list[str], today: date) -> bool:
    """Whether `words` say something has been so for years or a lifetime ("since the stroke in 2019", "always",
    "since he was little"; never "since i was at lunch")."""
    return any(word.isdigit() and 1900 < int(word) < today.year for word in words) or any(
        occurrences(words, phrase) for phrase in _FOR_YEARS) or any(
        words[at : at + 1] == ["since"] and words[at + 2 : at + 3] == ["was"] and bool(
            set(words[at + 3 : at + 5]) & _AS_A_CHILD) for at in range(len(words)))


def _told_as_a_baseline(words: list[str], today: date) -> bool:
    """Whether `words` say something has been so for years (or a lifetime) and is no different ("no different",
    "nothing new", "the same as ever", never "not the same as normal"), with nothing new, now, sudden or worse said
    unless denied, and no "but" that says more than that it is old."""
    unchanged = any(not set(words[max(0, at - 2) : at]) & _DENYING for phrase in _NO_DIFFERENT
                    for at in occurrences(words, phrase) if phrase[0] not in _DENYING)
    unchanged = unchanged or any(occurrences(words, phrase) for phrase in _NO_DIFFERENT if phrase[0] in _DENYING)
    # ("It's no different today", "chatting away as normal today": today as every day.)
    new = any(word in _NEW_AFTER_ALL and not set(words[max(0, at - 2) : at]) & _DENYING and not (
        word == "today" and words[at - 1 : at] in (["different"], ["normal"])) for at, word in enumerate(words))
    contrasts = any(word in _CONTRASTS and not set(words[at + 1 : at + 6]) & _BUT_OLD for at, word in enumerate(words))
    return _long_standing(words, today) and unchanged and not new and not contrasts


_SETTLED = frozenset({"fine", "okay", "ok", "better", "normal", "gone", "cleared", "settled", "alright"})
# Words that say a recent event beside old history was seen to or settled (review D: someone else's recent faint
# "at the football, he's fine now", a droop "checked yesterday, no change").
_SETTLED_OR_SEEN = _SETTLED | {"checked", "tests", "seen", "indigestion"}
_HAPPENING_NOW = frozenset({"now", "currently", "today", "tonight"})


def _it_the_sign_next(analysis: _Analysis, signs: list[Match], at: int) -> bool:
    """Whether `at` stands in a clause of "it" just after a sign's clause (one short clause may stand between), which
    says when the sign was: "his speech keeps going slurry then clearing, it's happened three times today"."""
    spans = clause_spans(analysis.tokens)
    here = next((index for index, (start, end) in enumerate(spans) if start <= at < end), None)
    if not here or analysis.tokens[spans[here][0]].word != "it" or {
            token.word for token in analysis.tokens[spans[here][0] : spans[here][1]]} & _SETTLED:
        return False  # (not "my arm went weak years ago, it's fine today")
    return any(start <= sign.start < end for start, end in spans[max(0, here - 2) : here] for sign in signs)


def _the_sign_after_its_hour(analysis: _Analysis, signs: list[Match], at: int) -> bool:
    """Whether a time of hours ago at `at` opens the sentence that tells a sign after it: "like an hour ago she got
    dizzy, and when she tried to ask for agua the words came out all tangled" (round 162: the hour had been lost to
    the twitch's week, and the speech trouble asked "sudden?", a no to which made it gradual). No other time or date,
    nor a word of a long or slow course, from the hour to the end of the sign's clause ("an hour ago I rang her and
    said my words have been wrong for weeks" stays as it was)."""
    spans = clause_spans(analysis.tokens)
    for sign in signs:
        if sign.start <= at or sign.start - at > 30:
            continue
        end = next((stop for start, stop in spans if start <= sign.start < stop), sign.end)
        if any(token.word in _LONG_TOLD for token in analysis.tokens[at:end]) or any(
                match.types & {DURATION_TYPE, DATE_TYPE} and at < match.start < end for match in analysis.matches):
            continue
        return True
    return False


# Words that tell a sign long or slow in coming, whatever hour opens the sentence ("an hour ago I noticed the
# twitching again, my arm has been weak for ages really").
_LONG_TOLD = frozenset({"ages", "months", "weeks", "years", "slowly", "gradually", "gradual", "getting", "always"})


def _started_then(analysis: _Analysis, signs: list[Match], at: int) -> bool:
    """Whether a time of hours ago at `at` dates a sign told before it, in a clause of its own that says when "it"
    started: "now my face is numb, it started while i was watching the telly twenty minutes ago". No other time or
    date stands between them (that one would be what "it" started at)."""
    for sign in signs:
        if sign.end > at:
            continue
        between = analysis.tokens[sign.end : at]
        said = [token.lemma for token in between]
        started = any(said[i] in _POINTING_BACK_TO_IT and said[i + 1] in _STARTING for i in range(len(said) - 1))
        dated = any(match.types & {DURATION_TYPE, DATE_TYPE} and sign.end <= match.start and match.end <= at
                    for match in analysis.matches)
        if started and not dated:
            return True
    return False


_TWITCH_WORDS_ALONE = frozenset({"twitch", "twitching", "twitches", "twitchy", "jumping", "flickering"})
_KEEPS = frozenset({"keeps", "keep", "kept"})  # ("his leg keeps jumping, right thigh": round 165)
_SIDES = frozenset({"right", "left"})
# Words after "the thumb on my right hand" that tell of a second one ("..., and the left one does it too").
_ANOTHER_TOO = frozenset({"too", "also", "both", "other", "one", "as", "whole"})
# Words that make a part said again after a wider one a second place ("my leg, and my calf", "then it moved").
_MORE_PLACES_TOLD = frozenset({"and", "also", "too", "both", "plus", "then", "now", "spread", "spreading", "moved"})


def _narrowed(sequence: list[Token], matches: list[Match]) -> list[Match]:
    """A place said and then narrowed down ("my leg, the calf", "my hand, the thumb"): one place, the narrower, not
    two (two places would be twitching that spreads). Only next to each other, with nothing but small words between."""
    places = [match for match in matches if match.types == {PLACE_TYPE}]
    wider: set[int] = set()
    for first, second in zip(places, places[1:], strict=False):
        between = {token.word for token in sequence[first.end : second.start]}
        first_id, second_id = first.value_for(PLACE_TYPE), second.value_for(PLACE_TYPE)
        # ("Leg twitch. thigh.": the twitch named between, and the narrower part said last on its own.)
        last_alone = [token.word for token in sequence[second.end : second.end + 1]] in ([], [","])
        # ("My leg's been twitching a bunch, my calf": the narrower part said again at the end, after a pause.)
        said_again = last_alone and [token.word for token in sequence[second.start - 2 : second.start]] in (
            [",", "my"], [",", "the"], [",", "his"], [",", "her"]) and not between & _MORE_PLACES_TOLD
        # ("Her leg is twitching, it's the back of her right leg under the knee": the part pointed to with "it's",
        # round 162; not "..., and it's in her calf too".)
        after = {token.word for token in sequence[second.end : second.end + 3]}
        pointed = "it" in between and between <= _NARROWING_WORDS | _TWITCH_WORDS_ALONE | {"it", "is", "'s"} and not (
            after & {"too", "also", "as", "and"}) and not any(  # (not "my arm twitches, it's my hand that's weak")
            SIGN_TYPE in match.types and second.start <= match.start <= second.end + 4 for match in matches)
        # ("The top of my left arm, just at the shoulder": where the two meet is one place, the shoulder: round 163.)
        meeting = bool(first_id and second_id and (first_id.id, second_id.id) == ("arm", "shoulder") and "top" in [
            token.word for token in sequence[max(0, first.start - 5) : first.start]]
            and between <= _NARROWING_WORDS | {"just", "at", "up", "right", "left", "near"})
        # (Never two sides: "my right arm keeps twitching, left hand" is two places: safety review B.)
        sides = [{token.word for token in sequence[max(0, match.start - 2) : match.end]} & _SIDES
                 for match in (first, second)]
        other_side = all(sides) and sides[0] != sides[1]
        if first_id and second_id and not other_side and (second_id.id in PARTS_WITHIN.get(first_id.id, ()) and (
                between <= _NARROWING_WORDS or last_alone and between <= _NARROWING_WORDS | _TWITCH_WORDS_ALONE
                | _KEEPS | _SIDES or said_again or pointed) or meeting):
            wider.add(id(first))
        elif first_id and second_id and first_id.id in PARTS_WITHIN.get(second_id.id, ()) and (
                between & {"of"} and between <= _NARROWING_WORDS | {"of", "left", "right"} or between & {"on"} and (
                    between <= _NARROWING_WORDS - {","} | {"left", "right", "their"}) and not {
                    token.word for token in sequence[second.end : second.end + 10]} & _ANOTHER_TOO):
            wider.add(id(second))  # "the calf of my left leg", "the thumb on her left hand" (round 194)
    # ("His left calf's been twitching ... it's just this leg": the limb pointed back to is the part said before.)
    for first, later in ((first, later) for at, first in enumerate(places) for later in places[at + 1 :]):
        first_id, later_id = first.value_for(PLACE_TYPE), later.value_for(PLACE_TYPE)
        if first_id and later_id and first_id.id in PARTS_WITHIN.get(later_id.id, ()) and later.start > 1 and (
                sequence[later.start - 1].word in ("this", "that")) and sequence[later.start - 2].word in (
                "just", "only", "is"):
            wider.add(id(later))
    return [match for match in matches if id(match) not in wider]


def _words_without_pauses(text: str) -> list[str]:
    """The words as said, without the commas and full stops between them."""
    return [word for word in _words_as_said(text) if word not in (",", ".")]


def _always_that_one(text: str) -> bool:
    """Whether all that is said is "always" of one place: "(it is,) always the left one", "always that eye" (not "always
    the left one, but sometimes the right one": safety review C60)."""
    words = _words_without_pauses(text)
    return "always" in words and bool(set(words) & _ONE_OF_THEM) and set(words) <= _ALWAYS_THAT_ONE


def _the_other_side_too(text: str) -> bool:
    """Whether the other side is said to twitch as well: "and now the right too", "the other one as well", "it was the
    left, now it's the right" (not "always the left one, even now", nor a "no" or "not" said with it)."""
    words = _words_without_pauses(text)
    said = set(words)
    more = bool(said & {"too", "also"}) or ("as", "well") in zip(words, words[1:], strict=False)
    another = {"left", "right"} <= said or "other" in said
    # (Never with a "no", a "same" or a side said to be fine: "yeah right one, same spot too", "the other leg's fine
    # too".)
    return not said & _NOT_THE_OTHER_SIDE and (more and (another or "now" in said) or "now" in said and another)


_NOT_THE_OTHER_SIDE = frozenset({"no", "not", "never", "nope", "nah", "same", "fine", "okay", "ok", "normal", "alright",
                                 "only", "just"})
_ONE_OF_THEM = frozenset({"one", "side", "eye", "spot", "place", "bit", "lid"})
_ALWAYS_THAT_ONE = _ONE_OF_THEM | {"it", "is", "yes", "yeah", "aye", "yep", "always", "the", "that", "this",
                                   "my", "his", "her", "left", "right", "same", "top", "bottom", "upper", "lower"}


def _said_whose(sequence: list[Token], matches: list[Match], sign: int) -> bool:
    """Whether the sign is said as whose it is, a person's: "it's my husband who collapsed" ("it's the cat that
    keeps choking" names no person)."""
    before = matches[sign - 1] if sign > 0 else None
    if before is None or before.types != {PERSON_TYPE}:
        return False
    words = [token.word for token in sequence]
    return words[before.end : before.end + 1] in (["who"], ["that"]) and "it" in words[max(0, before.start - 3) :
                                                                                        before.start]


def _coordinated(sequence: list[Token], before: Match, match: Match) -> bool:
    """Whether only "or", "nor" and the like stand between two values, so a negation of the first covers the
    second ("i'm not dropping anything or tripping")."""
    said = [token.word for token in sequence[before.end : match.start]]
    between = set(said)
    # (One more thing named in the list, of no value known: "never drink kopi or teh or any energy drink", round 150.)
    named = [at for at, word in enumerate(said) if word not in _COORDINATORS | _COORDINATED_LIGHT]
    listed = len(named) == 1 and 0 < named[0] < len(said) - 1 and said[named[0] - 1] in _COORDINATORS and (
        said[named[0] + 1] in _COORDINATORS)
    return bool(between & _COORDINATORS) and (between <= _COORDINATORS | _COORDINATED_LIGHT or listed)


def _topic_of_question(sequence: list[Token], match: Match) -> bool:
    """Whether the value is what "about" or "ask" governs ("asking me about all the chest pain")."""
    for position in range(match.start - 1, max(-1, match.start - 4), -1):
        token = sequence[position]
        if token.lemma in _TOPIC_MARKERS or token.word in _TOPIC_MARKERS:
            return True
        if token.word not in _TOPIC_DETERMINERS:
            return False
    return False


def _hint_affinity(intent: str, hints: tuple[str, ...]) -> int:
    return len(hints) - hints.index(intent) if intent in hints else 0


def _hint_bonus(intent: str, hints: tuple[str, ...]) -> float:
    if intent not in hints:
        return 0.0
    return _HINT_BONUS / (1 + 0.5 * hints.index(intent))


