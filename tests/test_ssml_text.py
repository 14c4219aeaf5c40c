"""SSML to speakable text: what every speech engine is fed, so it says what Alexa would say."""

from __future__ import annotations

import pytest

from skill.alexa.ssml import to_ssml
from skill.voice.ssml_text import number_to_words, ssml_to_speakable


@pytest.mark.parametrize(
    ("ssml", "expected"),
    [
        # What the skill really sends: chunks joined by a 300 ms break, apostrophes as &apos;.
        (
            "<speak>Welcome to Muscle Twitch Helper. I&apos;ll ask a few questions. <break time=\"300ms\"/> "
            "This is general information, not a diagnosis.</speak>",
            "Welcome to Muscle Twitch Helper. I'll ask a few questions. This is general information, not a diagnosis.",
        ),
        ("Plain text, no tags.", "Plain text, no tags."),
        ("To diagnose A.L.S., a doctor looks", "To diagnose A.L.S., a doctor looks"),
        # Breaks: a pause where there was none, never doubled punctuation.
        ("Hello <break/> there", "Hello, there"),
        ('Hello <break time="300ms"/> there', "Hello, there"),
        ('Hello <break time="1s"/> there', "Hello. there"),
        ('Hello <break time="1500ms"/> there', "Hello. there"),
        ('Hello <break time="50ms"/> there', "Hello there"),
        ('Hello <break strength="strong"/> there', "Hello. there"),
        ('Hello <break strength="x-weak"/> there', "Hello, there"),
        ('Hello <break strength="none"/> there', "Hello there"),
        ('Hello, <break strength="strong"/> there', "Hello. there"),
        ('Done. <break time="2s"/> Next', "Done. Next"),
        ('<break time="1s"/>Starts with a pause', "Starts with a pause"),
        # say-as
        ('About <say-as interpret-as="characters">ALS</say-as> now', "About A. L. S. now"),
        ('<say-as interpret-as="spell-out">emg</say-as>', "E. M. G."),
        ('<say-as interpret-as="characters">A.L.S.</say-as>', "A. L. S."),
        ('<say-as interpret-as="cardinal">21</say-as> days', "twenty-one days"),
        ('<say-as interpret-as="cardinal">1,250</say-as>', "one thousand two hundred fifty"),
        ('the <say-as interpret-as="ordinal">3</say-as> time', "the third time"),
        ('<say-as interpret-as="ordinal">22nd</say-as>', "twenty-second"),
        ('<say-as interpret-as="ordinal">100</say-as>', "one hundredth"),
        ('call <say-as interpret-as="digits">911</say-as>', "call 9 1 1"),
        ('<say-as interpret-as="cardinal">many</say-as>', "many"),
        ('<say-as interpret-as="date">2024-01-02</say-as>', "2024-01-02"),
        # Substitution, emphasis, prosody, structure, Amazon's own tags, silent tags.
        ('a test called <sub alias="electromyogram">EMG</sub>.', "a test called electromyogram."),
        ('<emphasis level="strong">Call</emphasis> now', "Call now"),
        ('<prosody rate="slow" pitch="low">Slowly</prosody> said', "Slowly said"),
        ("<p>First paragraph</p><p>Second one</p>", "First paragraph. Second one."),
        ("<s>One</s><s>Two?</s>", "One. Two?"),
        ('<amazon:effect name="whispered">quietly</amazon:effect> done', "quietly done"),
        ('<voice name="Joanna"><lang xml:lang="en-US">Hi</lang></voice> there', "Hi there"),
        ('<audio src="https://example.com/a.mp3"/>After the sound<mark name="m"/> ends', "After the sound ends"),
        ('<phoneme alphabet="ipa" ph="pɪˈkɑːn">pecan</phoneme> pie', "pecan pie"),
        # Entities and whitespace.
        ("Tom &amp; Jerry &lt;3 &quot;hi&quot; it&apos;s", 'Tom & Jerry <3 "hi" it\'s'),
        ("a&nbsp;b &eacute;t&eacute; &#233; &#xE9;", "a b été é é"),
        ("  lots \n\t of   space  ,  here . ", "lots of space, here."),
        # Nothing to say.
        ("", ""),
        ("   ", ""),
        ("<speak><break/></speak>", ""),
    ],
)
def test_ssml_to_speakable(ssml: str, expected: str) -> None:
    assert ssml_to_speakable(ssml) == expected


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        ("<speak>Tom & Jerry <break time='1s'/> run</speak>", "Tom & Jerry, run"),
        ("<speak>unclosed <emphasis>tag</speak>", "unclosed tag"),
        ("<speak>a <sub alias='electromyogram'>EMG</sub> & test", "a electromyogram & test"),
        ("text with a stray < sign", "text with a stray sign"),
        ("<<<>>>", ""),
        ("&unknownentity; text", "&unknownentity; text"),
    ],
)
def test_malformed_ssml_falls_back_to_stripping_tags(broken: str, expected: str) -> None:
    assert ssml_to_speakable(broken) == expected


def test_the_skills_own_ssml_comes_back_as_its_sentences() -> None:
    chunks = ["Here's what I understood: twitching in your calf.", "To diagnose A.L.S., a doctor looks & asks."]
    assert ssml_to_speakable(f"<speak>{to_ssml(chunks)}</speak>") == " ".join(chunks)
    assert ssml_to_speakable(to_ssml(chunks)) == " ".join(chunks)  # ask-sdk adds <speak> later


@pytest.mark.parametrize(
    ("number", "ordinal", "words"),
    [
        (0, False, "zero"),
        (7, True, "seventh"),
        (12, True, "twelfth"),
        (40, True, "fortieth"),
        (99, False, "ninety-nine"),
        (101, True, "one hundred first"),
        (2_000_005, False, "two million five"),
        (-3, False, "minus three"),
    ],
)
def test_number_to_words(number: int, ordinal: bool, words: str) -> None:
    assert number_to_words(number, ordinal=ordinal) == words


@pytest.mark.parametrize(("number", "spoken"), [("999", "9 9 9"), ("1800 022 222", "1 8 0 0, 0 2 2, 2 2 2")])
def test_a_telephone_number_is_read_digit_by_digit(number: str, spoken: str) -> None:
    ssml = f"<speak>{to_ssml([f'Call {number} now.'], telephone={number})}</speak>"
    assert ssml_to_speakable(ssml) == f"Call {spoken} now."
