"""The words and slot types the resolver and its readings share, and the small tests made with them.

Kept apart from `skill.local.resolver` so the readings in their own modules (`skill.local.nlu.other_signs`) can use
them without importing the resolver back.
"""

from __future__ import annotations

from collections.abc import Iterable

from skill.local.nlu import repair
from skill.local.nlu.gazetteer import DATE_TYPE, DURATION_TYPE, Match
from skill.local.nlu.text import Token, lemma

# Slot types Alexa computes a value for (rather than matching a listed value).
BUILT_IN_TYPES = frozenset({DURATION_TYPE, DATE_TYPE})
PACE_TYPE = "PACE"
NOW_WORDS = frozenset({"now", "again", "today", "tonight", "currently", "still"})
TIME_UNITS = frozenset({"days", "weeks", "months", "years", "while", "ages", "day", "week", "month", "year"})
# Where one clause ends and the next, perhaps about someone else, begins.
CLAUSE_SPLITS = frozenset({",", "and", "but", "so", "now", "then", "since", "because", "though", "although", "while",
                           "when", "who", repair.EDIT})
SPEAKER_WORDS = frozenset({"i", "me", "myself", "i'm", "i've", "i'd"})
OWN = frozenset({"my", "me", "mine"})  # "me eyelid" is "my eyelid" in many Englishes
PERSON_TYPE = "PERSON"
# Someone else's "spotted it on sunday" dates their noticing (one's own "i first noticed it last friday" is when it
# started); the one who spotted it only tells.
NOTICED = frozenset({"spotted", "noticed", "pointed"})
# Things that collapse, crash, choke, die or are weak in everyday talk: a sign said of one is no sign. Compared as
# words, not stems ("pounding" is no pound).
THINGS = frozenset(form for word in (
    "defence", "defense", "openers", "batting", "economy", "market", "stocks", "shares", "rupee", "dollar",
    "pound", "euro", "peso", "cedi", "naira", "rand", "shilling", "kwacha", "ringgit", "yen", "currency", "system",
    "computer", "laptop", "server", "website", "app", "phone",
    "battery", "signal", "wifi", "internet", "network", "printer", "car", "ute", "truck", "van", "engine", "brakes",
    "tractor", "boiler", "fridge", "freezer", "line", "tent", "marquee", "roof", "shed", "fence", "bridge", "deal",
    "plan", "project", "business", "company", "plants", "roses", "cake", "tyre", "tire", "chair", "table", "shelf",
    "street", "house", "town", "city", "area", "village", "estate", "block", "building", "office", "grid", "power",
    "beans", "flowers", "tomatoes", "seedlings", "mower", "pension", "savings", "wages", "money", "budget", "account",
    "till", "screen", "monitor", "spreadsheet", "drill", "saw", "hoover", "vacuum", "kettle", "toaster", "oven",
    "cooker", "mixer", "blender", "charger", "torch", "bike", "quad", "motorbike", "chainsaw", "strimmer", "souffle",
    # (a team's name that "choked" in a game; not "team", "hedge" or "drain": "training with the team collapsed",
    # "cutting the hedge collapsed" are a person's signs)
    "gate", "shelves", "leafs",
    # a household's seats ("the only thing that's collapsed is the passenger seat in the taxi": round 208)
    "seat", "seats", "deckchair", "mattress",
    # a farm's machines ("the header choked", "he choked the chainsaw")
    "header", "combine", "baler", "harvester", "auger", "pump", "generator", "carburettor", "carburetor",
    # the plant of a mine, a rig or a steelworks ("the compressor's been wheezing", "the substation tripped"), and
    # the courts' and offices' business ("the case collapsed", "the portal has collapsed": rounds 133 and 134)
    "compressor", "substation", "crusher", "conveyor", "crane", "case", "trial", "portal", "hearing", "council",
    "application", "motion", "appeal", "bid",
    # the water's and the drinks trade's ("the whole pontoon went dark", "the head on the pale ale collapsed": rounds
    # 135 and 136)
    "pontoon", "marina", "wharf", "ale", "beer", "lager", "stout", "cider", "batch", "mash",
    # the grounds' machines ("the chipper choked on wet leylandii": round 137)
    "chipper", "blower", "trimmer", "sprayer", "snipper",
    # a streamer's ("my whole pc blacked out and chat had a fit", "my damage was weak in the raid": round 140)
    "pc", "stream", "chat", "router", "console", "controller", "headset", "damage", "aim", "ping", "rig", "setup",
    "xbox", "playstation", "ps5", "channel", "livestream",
    # a theatre's and a club's ("the whole stage set collapsed", "the clubhouse blacked out", "our offense choked":
    # rounds 145-146; not "set": "my neck's set like concrete" is stiff)
    "flats", "scenery", "backdrop", "clubhouse", "offense", "offence", "scrum", "maul", "lineout", "pack",
    # what goes down at a mine or a bank, told to "anything that set it off?" ("before the cage goes down", "the
    # ATMs went down"; never drinks: "trouble getting drinks down" is a swallow)
    "cage", "atms", "atm",
    # a tower's, a choir loft's and a band's ("we rang a peal and it collapsed", "the poor old organ couldn't get a
    # breath", "my chops had completely collapsed" after three hours of carols: round 148; "the touch" is read in
    # other_signs, for "a touch dysphagic" is a little)
    "peal", "organ", "bellows", "blower", "chops", "embouchure",
    # a cheer squad's and a skatepark's ("the pyramid collapsed at practice", "the stunt collapsed": round 149)
    "pyramid", "stunt", "ramp", "halfpipe",
    # a film unit's ("the genny tripped", "the blackout blinds", "the whole unit went black": round 152)
    "genny", "blinds", "unit", "frame", "autocue",
    # a funeral's ("the chapel went dark when the fuse blew", "the cremator carked it": round 153)
    "chapel", "cremator", "crematorium", "hearse", "trestle",
    # a railway's, a bus depot's and the council's ("the whole panel went dark", "the timetable collapsed", "the
    # traffic was paralysed", "the spinner on the gritter seized": rounds 155-156; not "road", for "the road just
    # blacked out in front of me" is a faint, round 61, and a road that collapsed is the resolver's; not "sweeper",
    # a road sweeper being a person)
    "traffic", "panel", "timetable", "train", "bus", "signalling", "points", "service", "wagon", "spinner",
    "gritter", "roller",
    # a disabled person's kit and care ("the hoist collapsed, the hook went", "the care package collapsed": round 157)
    "hoist", "package", "sling", "powerchair", "wheelchair", "scooter",
    # a house move's ("the chain collapsed on tuesday": round 160; not "flat", for "my flat mate collapsed" is a
    # person's, and "the whole flat choking with dust" is a lookalike; nor a crew's hose, radio or pager, things
    # handled: "grabbed the hose collapsed on the spot" is a faint as a recogniser writes it)
    "chain",
    # a boat's ("the outboard's choking": round 190; a parish, a hall, a bay or a fryer that blacked out are
    # lookalikes of their own, for Hall, Parish, Bay and Fryer are people too: "Dave Hall collapsed", review C64)
    "outboard",
    # an office's ("the photocopier went into a seizure", "the CCTV died": rounds 203-204; not "ward", "camera",
    # "lobby", "ship", "release" or "deployment": "Ward collapsed", "in front of the camera collapsed", "in the back of
    # the ship collapsed", "after deployment collapsed at the gym", safety reviews A71 and A71b)
    "pipeline", "photocopier", "copier", "cctv",
) for form in (word, f"{word}s"))
# Sports teams named by nicknames nobody bears (no "Chelsea", "Everton", "Rangers", "Cowboys", "Brewers": people and
# trades; no plural made of "Stoke"): their collapse or choke is a lost game, only with the game's moment said
# ("Stoke collapsed in the second half") or as "the Vikings choked" (rounds 197-198; safety review B68).
TEAMS = frozenset({
    "packers", "vikings", "bears", "lions", "browns", "bengals", "steelers", "stillers", "ravens", "colts", "titans",
    "jaguars", "broncos", "chargers", "dolphins", "patriots", "jets", "eagles", "seahawks", "niners", "rams",
    "falcons", "panthers", "buccaneers", "bucs", "buckeyes", "wolverines", "badgers", "hawkeyes", "huskers",
    "cornhuskers", "gophers", "spartans", "cavs", "pistons", "knicks", "celtics", "bruins", "leafs", "lakers",
    "clippers", "dodgers", "mets", "phillies", "sixers", "stoke", "spurs", "arsenal", "liverpool", "wolves",
    "hammers", "baggies", "magpies", "toon", "canaries", "owls", "blades", "city", "united", "gunners", "blues",
})
# The parts of a thing, said before "of" it ("the roof of the shed", "the whole left side of the car").
PARTS_OF_A_THING = frozenset({"side", "top", "end", "half", "part", "back", "front"})
WEAKNESS = "weakness"
SIGN_TYPE = "SYMPTOM"
PLACE_TYPE = "BODY_PART"
# The words for twitching: with a place, in an utterance not otherwise understood, they report the twitch.
TWITCH_LEMMAS = frozenset(lemma(word) for word in ("twitch", "twitching", "twitches", "twitchy", "jumping", "flicker",
                                                    "flickering", "fluttering", "flutter", "spasming", "jerking",
                                                    "quivering", "pulsing", "tic", "jig", "jigging", "hopping",
                                                    "vibrating", "ticking", "trembling", "buzzing", "pinging",
                                                    "popping", "thumping", "dance", "dancing", "beating",
                                                    "flapping", "hummingbird", "kicking", "wriggling", "squirming",
                                                    "rippling", "writhing", "flicking", "flick", "jittering",
                                                    "jumpy", "bouncing", "fizzing", "hiccups", "hiccuping",
                                                    "hiccupping", "shimmy", "shimmying", "shiver", "plucking",
                                                    "plucked", "twanging", "louping"))
CLAUSE_BREAKS = frozenset({",", "but", "i", "it", "that", "which", "because", "though", "although", repair.EDIT})
HAVE = lemma("have")


def any_twitching(tokens: Iterable[Token]) -> bool:
    """Whether a word for twitching is among the tokens."""
    return any(token.lemma in TWITCH_LEMMAS for token in tokens)


def clause_spans(sequence: list[Token]) -> list[tuple[int, int]]:
    """Token spans between clause breaks, at every "and", "when" or pause: short, so a pet's clause holds only its
    own words (unlike `_clauses`, which keeps values whole for the classifier)."""
    spans, start = [], 0
    for position, token in enumerate(sequence):
        if token.word in CLAUSE_SPLITS:
            if position > start:
                spans.append((start, position))
            start = position + 1
    if start < len(sequence):
        spans.append((start, len(sequence)))
    return spans


def said_sudden(match: Match) -> bool:
    return any(value.slot_type == PACE_TYPE and value.id == "sudden" for value in match.values)


def recent(match: Match) -> bool:
    """A match saying a thing is happening now or began lately: pace "sudden", or under two days ago."""
    if said_sudden(match):
        return True
    for value in match.values:
        if value.slot_type == DURATION_TYPE and value.iso and (
            value.iso.startswith("PT") or value.iso in ("P1D", "P2D")
        ):
            return True
    return False
