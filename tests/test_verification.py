"""Amazon's request verification: signature, certificate chain, certificate URL, timestamp and application id.

Every signed request here comes from a throwaway CA (skill.local.signing) trusted only by the verifiers built in
these tests; certificate chains are served from memory or by servers on 127.0.0.1. No test touches the internet.
"""

from __future__ import annotations

import json
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from skill.local.signing import DEFAULT_URL, InMemoryCertificateSource, ThrowawayCertificateAuthority
from skill.web import verification
from skill.web.verification import (
    ApplicationIdVerifier,
    HttpsCertificateSource,
    SignatureVerifier,
    TimestampVerifier,
    VerificationError,
    canonical_certificate_url,
    load_system_trust_roots,
    parse_skill_ids,
    validate_certificate_url,
)

FIXTURES = Path(__file__).parent / "fixtures" / "requests"
NOW = datetime(2026, 11, 26, 9, 0, 0, tzinfo=UTC)  # the timestamp in launch.json
SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"
OTHER_SKILL_ID = "amzn1.ask.skill.99999999-9999-9999-9999-999999999999"
BODY = (FIXTURES / "launch.json").read_bytes()


def fixed_clock(moment: datetime = NOW) -> Callable[[], datetime]:
    return lambda: moment


class MovableClock:
    """A clock tests can move forward."""

    def __init__(self, moment: datetime = NOW) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture(scope="module")
def ca() -> ThrowawayCertificateAuthority:
    return ThrowawayCertificateAuthority(now=NOW)


def signature_verifier(ca: ThrowawayCertificateAuthority, source: InMemoryCertificateSource | None = None,
                       clock: Callable[[], datetime] | None = None, **kwargs: Any) -> SignatureVerifier:
    return SignatureVerifier(source or ca.certificate_source(), trust_roots=[ca.root],
                             clock=clock or fixed_clock(), **kwargs)


def rejection(verify: Callable[[], None]) -> str:
    with pytest.raises(VerificationError) as caught:
        verify()
    return caught.value.reason


# --- the signature ----------------------------------------------------------------------------------------------


def test_a_correctly_signed_request_passes(ca: ThrowawayCertificateAuthority) -> None:
    verifier = signature_verifier(ca)
    verifier.verify(ca.headers(BODY), BODY, None)
    verifier.verify(ca.headers(BODY), BODY.decode("utf-8"), None)  # a str body is checked as its UTF-8 bytes


def test_headers_are_found_whatever_their_case(ca: ThrowawayCertificateAuthority) -> None:
    headers = ca.headers(BODY)
    # A plain dict of Werkzeug's headers spells them like this.
    spelled_by_werkzeug = {"Signaturecertchainurl": headers["SignatureCertChainUrl"],
                           "Signature-256": headers["Signature-256"], "Content-Type": "application/json"}
    signature_verifier(ca).verify(spelled_by_werkzeug, BODY, None)
    signature_verifier(ca).verify({key.upper(): value for key, value in headers.items()}, BODY, None)


def tampered(body: bytes) -> bytes:
    position = body.index(b"LaunchRequest")
    return body[:position] + b"l" + body[position + 1:]


def test_a_body_changed_by_one_byte_is_rejected(ca: ThrowawayCertificateAuthority) -> None:
    changed = tampered(BODY)
    assert len(changed) == len(BODY) and changed != BODY
    reason = rejection(lambda: signature_verifier(ca).verify(ca.headers(BODY), changed, None))
    assert reason == "request signature does not match the body"


def test_a_signature_by_another_key_is_rejected(ca: ThrowawayCertificateAuthority) -> None:
    stranger = ca.issue_leaf(key_slot="not-the-leaf")
    headers = {**ca.headers(BODY), "Signature-256": ca.sign(BODY, leaf=stranger)}
    reason = rejection(lambda: signature_verifier(ca).verify(headers, BODY, None))
    # RSA cannot tell a changed body from another key: both simply do not verify.
    assert reason == "request signature does not match the body"


@pytest.mark.parametrize(
    ("faulty_leaf", "reason"),
    [
        (lambda ca: ca.issue_leaf(not_after=NOW - timedelta(seconds=1)), "signing certificate has expired"),
        (lambda ca: ca.issue_leaf(not_before=NOW + timedelta(seconds=1)), "signing certificate is not valid yet"),
        (lambda ca: ca.issue_leaf(san=[]), "signing certificate is not issued for echo-api.amazon.com"),
        (lambda ca: ca.issue_leaf(san=["echo-api.amazon.com.evil.example", "www.amazon.com"]),
         "signing certificate is not issued for echo-api.amazon.com"),
        (lambda ca: ca.issue_leaf(trusted=False), "signing certificate chain does not lead to a trusted root"),
        (lambda ca: ThrowawayCertificateAuthority("An Unrelated CA", now=NOW).leaf,
         "signing certificate chain does not lead to a trusted root"),
    ],
    ids=["expired", "not-yet-valid", "no-san", "wrong-san", "impostor-chain", "unrelated-ca"],
)
def test_a_faulty_signing_certificate_is_rejected(ca: ThrowawayCertificateAuthority, faulty_leaf: Any,
                                                  reason: str) -> None:
    leaf = faulty_leaf(ca)
    source = InMemoryCertificateSource({DEFAULT_URL: leaf.chain_pem()})
    headers = ca.headers(BODY, leaf=leaf)  # correctly signed with the faulty leaf's own key
    assert rejection(lambda: signature_verifier(ca, source).verify(headers, BODY, None)) == reason


def test_a_chain_without_its_intermediate_is_rejected(ca: ThrowawayCertificateAuthority) -> None:
    source = InMemoryCertificateSource({DEFAULT_URL: ca.leaf.certificate_pem()})
    reason = rejection(lambda: signature_verifier(ca, source).verify(ca.headers(BODY), BODY, None))
    assert reason == "signing certificate chain does not lead to a trusted root"


@pytest.mark.parametrize(
    ("drop", "replace", "reason"),
    [
        ("SignatureCertChainUrl", {}, "missing SignatureCertChainUrl header"),
        ("Signature-256", {}, "missing Signature-256 header"),
        (None, {"Signature-256": ""}, "missing Signature-256 header"),
        (None, {"Signature-256": "not base64!"}, "Signature-256 header is not valid base64"),
        (None, {"SignatureCertChainUrl": "https://notamazon.com/echo.api/echo-api-cert.pem"},
         "certificate URL host is not s3.amazonaws.com"),
        (None, {"SignatureCertChainUrl": "https://s3.amazonaws.com/echo.api/not-there.pem"},
         "could not download the signing certificate"),
    ],
    ids=["no-url", "no-signature", "empty-signature", "bad-base64", "bad-url", "download-fails"],
)
def test_missing_or_unusable_headers_are_rejected(ca: ThrowawayCertificateAuthority, drop: str | None,
                                                  replace: dict[str, str], reason: str) -> None:
    headers = {**ca.headers(BODY), **replace}
    headers.pop(drop or "", None)
    assert rejection(lambda: signature_verifier(ca).verify(headers, BODY, None)) == reason


def test_a_chain_that_is_not_pem_is_rejected(ca: ThrowawayCertificateAuthority) -> None:
    source = InMemoryCertificateSource({DEFAULT_URL: b"<Error><Code>AccessDenied</Code></Error>"})
    reason = rejection(lambda: signature_verifier(ca, source).verify(ca.headers(BODY), BODY, None))
    assert reason == "signing certificate chain is not valid PEM"


def test_a_bad_url_is_refused_before_anything_is_fetched(ca: ThrowawayCertificateAuthority) -> None:
    source = ca.certificate_source()
    headers = {**ca.headers(BODY), "SignatureCertChainUrl": "http://s3.amazonaws.com/echo.api/echo-api-cert.pem"}
    reason = rejection(lambda: signature_verifier(ca, source).verify(headers, BODY, None))
    assert reason == "certificate URL scheme is not https"
    assert source.fetch_count == 0


# --- the certificate URL ----------------------------------------------------------------------------------------

VALID_URLS = [
    "https://s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem",
    "https://S3.AMAZONAWS.COM/echo.api/echo-api-cert.pem",
    "HTTPS://s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com/echo.api/echo-api-cert-12-ats.pem",
]

INVALID_URLS = [
    ("http://s3.amazonaws.com/echo.api/echo-api-cert.pem", "certificate URL scheme is not https"),
    ("https://notamazon.com/echo.api/echo-api-cert.pem", "certificate URL host is not s3.amazonaws.com"),
    ("https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem", "certificate URL path does not start with /echo.api/"),
    ("https://s3.amazonaws.com/invalid.path/echo-api-cert.pem",
     "certificate URL path does not start with /echo.api/"),
    ("https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem", "certificate URL port is not 443"),
    ("https://s3.amazonaws.com/echo.api/../invalid.pem", "certificate URL path does not start with /echo.api/"),
    ("https://s3.amazonaws.com/echo.api/%2e%2e/invalid.pem", "certificate URL path does not start with /echo.api/"),
    ("https://s3.amazonaws.com/echo.api", "certificate URL path does not start with /echo.api/"),
    ("https://s3.amazonaws.com", "certificate URL path does not start with /echo.api/"),
    ("https://s3.amazonaws.com/echo.api/..\\..\\invalid.pem",
     "certificate URL path has characters Amazon does not use"),
    ("", "certificate URL is missing"),
    ("   ", "certificate URL is missing"),
    ("https://attacker@s3.amazonaws.com/echo.api/echo-api-cert.pem",
     "certificate URL must not contain user information"),
    ("https://s3.amazonaws.com:443@evil.example/echo.api/echo-api-cert.pem",
     "certificate URL must not contain user information"),
    ("https://s3.amazonaws.com/echo.api/echo-api-cert.pem?versionId=1",
     "certificate URL must not have a query or fragment"),
    ("https://s3.amazonaws.com/echo.api/echo-api-cert.pem?", "certificate URL must not have a query or fragment"),
    ("https://s3.amazonaws.com/echo.api/echo-api-cert.pem#x", "certificate URL must not have a query or fragment"),
    ("https://s3.amazonaws.com:https/echo.api/echo-api-cert.pem", "certificate URL is malformed"),
    ("https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert.pem",
     "certificate URL host is not s3.amazonaws.com"),
]


@pytest.mark.parametrize("url", VALID_URLS)
def test_amazon_certificate_urls_are_accepted(url: str) -> None:
    validate_certificate_url(url)


@pytest.mark.parametrize(("url", "reason"), INVALID_URLS, ids=[url or "empty" for url, _ in INVALID_URLS])
def test_other_certificate_urls_are_refused(url: str, reason: str) -> None:
    assert rejection(lambda: validate_certificate_url(url)) == reason


def test_the_url_fetched_is_the_normalised_url_that_was_checked(ca: ThrowawayCertificateAuthority) -> None:
    assert canonical_certificate_url("https://S3.AMAZONAWS.COM:443/echo.api/../echo.api/echo-api-cert.pem") \
        == DEFAULT_URL
    source = ca.certificate_source()
    verifier = signature_verifier(ca, source)
    for url in VALID_URLS[:4]:  # four spellings of one URL: one download, one cache entry
        verifier.verify(ca.headers(BODY, url=url), BODY, None)
    assert source.fetched_urls == [DEFAULT_URL]


# --- the chain cache --------------------------------------------------------------------------------------------


def test_a_second_request_uses_the_cached_chain(ca: ThrowawayCertificateAuthority) -> None:
    source = ca.certificate_source()
    verifier = signature_verifier(ca, source)
    verifier.verify(ca.headers(BODY), BODY, None)
    verifier.verify(ca.headers(BODY), BODY, None)
    assert source.fetch_count == 1


def test_the_cache_is_bounded(ca: ThrowawayCertificateAuthority) -> None:
    urls = [f"https://s3.amazonaws.com/echo.api/echo-api-cert-{n}.pem" for n in range(3)]
    source = InMemoryCertificateSource({url: ca.chain_pem() for url in urls})
    verifier = signature_verifier(ca, source, cache_size=2)
    for url in [*urls, urls[2], urls[0]]:
        verifier.verify(ca.headers(BODY, url=url), BODY, None)
    # urls[2] was still cached; urls[0] had been evicted by urls[2], so it is fetched again.
    assert source.fetched_urls == [*urls, urls[0]]


def test_a_cache_size_of_zero_fetches_every_time(ca: ThrowawayCertificateAuthority) -> None:
    source = ca.certificate_source()
    verifier = signature_verifier(ca, source, cache_size=0)
    verifier.verify(ca.headers(BODY), BODY, None)
    verifier.verify(ca.headers(BODY), BODY, None)
    assert source.fetch_count == 2


def test_an_expired_leaf_is_rejected_even_from_the_cache(ca: ThrowawayCertificateAuthority) -> None:
    leaf = ca.issue_leaf(not_after=NOW + timedelta(minutes=5))
    source = ca.certificate_source(leaf=leaf)
    clock = MovableClock()
    verifier = signature_verifier(ca, source, clock=clock)
    verifier.verify(ca.headers(BODY, leaf=leaf), BODY, None)

    clock.moment = NOW + timedelta(minutes=5, seconds=1)
    reason = rejection(lambda: verifier.verify(ca.headers(BODY, leaf=leaf), BODY, None))
    assert reason == "signing certificate has expired"
    assert source.fetch_count == 1  # rejected from the cache, not by a fresh download

    # The expired entry is gone: a renewed chain at the same URL is fetched and accepted.
    source.chains[DEFAULT_URL] = ca.chain_pem()
    verifier.verify(ca.headers(BODY), BODY, None)
    assert source.fetch_count == 2


# --- downloads under load: failures remembered, one download per URL, a bound on all of them ------------------

FORGED_URLS = [f"https://s3.amazonaws.com/echo.api/forged-{n}.pem" for n in range(4)]


class GatedSource:
    """A certificate source whose downloads hang until the test opens `gate`; serves `chains`, fails other URLs."""

    def __init__(self, chains: dict[str, bytes] | None = None) -> None:
        self.chains = dict(chains or {})
        self.gate = threading.Event()
        self.fetched_urls: list[str] = []
        self._changed = threading.Condition()

    def fetch(self, url: str) -> bytes:
        with self._changed:
            self.fetched_urls.append(url)
            self._changed.notify_all()
        if not self.gate.wait(timeout=10):  # a safety net so a failing test cannot hang the suite
            raise VerificationError("could not download the signing certificate")
        if url not in self.chains:
            raise VerificationError("could not download the signing certificate")
        return self.chains[url]

    def wait_for_fetches(self, count: int) -> None:
        with self._changed:
            assert self._changed.wait_for(lambda: len(self.fetched_urls) >= count, timeout=5)


@contextmanager
def running(verify: Callable[[], None]) -> Iterator[dict[str, Any]]:
    """Run `verify` in a thread; yields a dict that gets `reason` (None on success) and `seconds` once it ends."""
    outcome: dict[str, Any] = {}

    def target() -> None:
        started = time.monotonic()
        try:
            verify()
            outcome["reason"] = None
        except VerificationError as error:
            outcome["reason"] = error.reason
        outcome["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    try:
        yield outcome
    finally:
        thread.join(timeout=10)


def timed_rejection(verify: Callable[[], None]) -> tuple[str, float]:
    started = time.monotonic()
    reason = rejection(verify)
    return reason, time.monotonic() - started


def test_a_failed_download_is_remembered_for_a_while(ca: ThrowawayCertificateAuthority) -> None:
    source = InMemoryCertificateSource()  # serves nothing yet: every download fails
    clock = MovableClock()
    verifier = signature_verifier(ca, source, clock=clock, failure_memory_seconds=60)
    headers = ca.headers(BODY)
    assert rejection(lambda: verifier.verify(headers, BODY, None)) == "could not download the signing certificate"

    clock.moment = NOW + timedelta(seconds=59)
    assert rejection(lambda: verifier.verify(headers, BODY, None)) == "could not download the signing certificate"
    assert source.fetch_count == 1  # refused from memory, without a second download

    source.chains[DEFAULT_URL] = ca.chain_pem()
    clock.moment = NOW + timedelta(seconds=61)
    verifier.verify(headers, BODY, None)  # the memory has lapsed: downloaded again, and now it works
    assert source.fetch_count == 2


def test_a_chain_that_fails_validation_is_remembered_too(ca: ThrowawayCertificateAuthority) -> None:
    source = InMemoryCertificateSource({DEFAULT_URL: ca.issue_leaf(trusted=False).chain_pem()})
    verifier = signature_verifier(ca, source)
    for _ in range(3):
        assert rejection(lambda: verifier.verify(ca.headers(BODY), BODY, None)) \
            == "signing certificate chain does not lead to a trusted root"
    assert source.fetch_count == 1


def test_a_clock_set_back_does_not_stretch_a_remembered_failure(ca: ThrowawayCertificateAuthority) -> None:
    source = InMemoryCertificateSource()
    clock = MovableClock()
    verifier = signature_verifier(ca, source, clock=clock)
    rejection(lambda: verifier.verify(ca.headers(BODY), BODY, None))
    clock.moment = NOW - timedelta(hours=1)
    rejection(lambda: verifier.verify(ca.headers(BODY), BODY, None))
    assert source.fetch_count == 2


def test_remembered_failures_are_bounded_and_never_push_out_good_chains(ca: ThrowawayCertificateAuthority) -> None:
    source = ca.certificate_source()
    verifier = signature_verifier(ca, source, cache_size=1, failure_cache_size=2)
    verifier.verify(ca.headers(BODY), BODY, None)
    for url in [*FORGED_URLS[:3], FORGED_URLS[2], FORGED_URLS[0]]:
        rejection(lambda url=url: verifier.verify(ca.headers(BODY, url=url), BODY, None))
    # forged-2 was still remembered; forged-0 had been pushed out by forged-2, so it is tried again.
    assert source.fetched_urls == [DEFAULT_URL, *FORGED_URLS[:3], FORGED_URLS[0]]
    verifier.verify(ca.headers(BODY), BODY, None)  # the good chain is still cached
    assert source.fetched_urls.count(DEFAULT_URL) == 1


def test_concurrent_requests_for_one_url_share_one_download(ca: ThrowawayCertificateAuthority) -> None:
    source = GatedSource({DEFAULT_URL: ca.chain_pem()})
    verifier = signature_verifier(ca, source)
    with ExitStack() as stack:
        outcomes = [stack.enter_context(running(lambda: verifier.verify(ca.headers(BODY), BODY, None)))
                    for _ in range(8)]
        source.wait_for_fetches(1)
        time.sleep(0.1)  # the others have time to arrive and wait
        assert not any(outcomes), "a request finished before the download did"
        source.gate.set()
    assert [outcome["reason"] for outcome in outcomes] == [None] * 8
    assert source.fetched_urls == [DEFAULT_URL]


def test_requests_waiting_on_a_failed_download_share_its_failure(ca: ThrowawayCertificateAuthority) -> None:
    source = GatedSource()
    verifier = signature_verifier(ca, source)
    with ExitStack() as stack:
        outcomes = [stack.enter_context(running(lambda: verifier.verify(ca.headers(BODY), BODY, None)))
                    for _ in range(4)]
        source.wait_for_fetches(1)
        time.sleep(0.1)
        source.gate.set()
    assert [outcome["reason"] for outcome in outcomes] == ["could not download the signing certificate"] * 4
    assert source.fetched_urls == [DEFAULT_URL]


def test_a_waiting_request_gives_up_after_the_download_wait(ca: ThrowawayCertificateAuthority) -> None:
    source = GatedSource({DEFAULT_URL: ca.chain_pem()})
    verifier = signature_verifier(ca, source, download_wait_seconds=0.3)
    with running(lambda: verifier.verify(ca.headers(BODY), BODY, None)) as downloader:
        source.wait_for_fetches(1)
        reason, seconds = timed_rejection(lambda: verifier.verify(ca.headers(BODY), BODY, None))
        source.gate.set()
    assert reason == "could not download the signing certificate"
    assert seconds < 1.0  # timed from the download's start, so at most 0.3 s plus scheduling
    assert downloader["reason"] is None  # the download itself went on and succeeded
    verifier.verify(ca.headers(BODY), BODY, None)  # and its chain is cached, timeouts or not
    assert source.fetched_urls == [DEFAULT_URL]


def test_a_download_beyond_the_limit_is_refused_at_once(ca: ThrowawayCertificateAuthority) -> None:
    source = GatedSource({url: ca.chain_pem() for url in FORGED_URLS})
    verifier = signature_verifier(ca, source, max_concurrent_downloads=2)
    forged = [lambda url=url: verifier.verify(ca.headers(BODY, url=url), BODY, None) for url in FORGED_URLS]
    with running(forged[0]), running(forged[1]):
        source.wait_for_fetches(2)
        reason, seconds = timed_rejection(forged[2])
        source.gate.set()
    assert reason == "signing certificate download busy, try again"
    assert seconds < 0.5  # "at once": the hanging downloads hold on for up to 10 s
    assert FORGED_URLS[2] not in source.fetched_urls
    forged[2]()  # "busy" is not remembered as the URL's failure: with a slot free, it is downloaded


def test_a_cached_chain_never_waits_behind_hanging_downloads(ca: ThrowawayCertificateAuthority) -> None:
    source = GatedSource({DEFAULT_URL: ca.chain_pem()})
    verifier = signature_verifier(ca, source, max_concurrent_downloads=2)
    with running(lambda: verifier.verify(ca.headers(BODY), BODY, None)):
        source.wait_for_fetches(1)
        source.gate.set()
    source.gate.clear()  # from now on every download hangs
    forged = [lambda url=url: verifier.verify(ca.headers(BODY, url=url), BODY, None) for url in FORGED_URLS]
    with running(forged[0]), running(forged[1]), running(forged[1]):  # both slots busy, and one request waiting
        source.wait_for_fetches(3)
        started = time.monotonic()
        verifier.verify(ca.headers(BODY), BODY, None)
        seconds = time.monotonic() - started
        source.gate.set()
    assert seconds < 0.5  # "at once": the hanging downloads hold on for up to 10 s


def test_an_unexpected_error_in_a_source_frees_its_slot(ca: ThrowawayCertificateAuthority) -> None:
    class BrokenSource:
        def fetch(self, url: str) -> bytes:
            raise RuntimeError("a bug in a certificate source")

    verifier = signature_verifier(ca, BrokenSource(), max_concurrent_downloads=1)  # type: ignore[arg-type]
    for _ in range(2):  # the second is not refused as busy, nor remembered as a failed URL
        with pytest.raises(RuntimeError):
            verifier.verify(ca.headers(BODY), BODY, None)


@pytest.mark.parametrize(
    "options",
    [{"max_concurrent_downloads": 0}, {"failure_memory_seconds": -1}, {"failure_cache_size": -1},
     {"download_wait_seconds": 0}],
    ids=["no-download-slots", "negative-memory", "negative-failure-cache", "no-wait"],
)
def test_download_limits_must_make_sense(ca: ThrowawayCertificateAuthority, options: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        signature_verifier(ca, **options)


def test_the_download_wait_follows_the_sources_deadline() -> None:
    source = HttpsCertificateSource(timeout_seconds=1.5)
    grace = verification.DOWNLOAD_WAIT_GRACE_SECONDS
    assert SignatureVerifier(source).download_wait_seconds == pytest.approx(1.5 + grace)
    assert SignatureVerifier(source, download_wait_seconds=0.7).download_wait_seconds == 0.7


# --- the timestamp ----------------------------------------------------------------------------------------------


def envelope(request_type: str = "LaunchRequest", timestamp: datetime | str = NOW,
             edit: Callable[[dict[str, Any]], None] | None = None) -> RequestEnvelope:
    """launch.json with another request type, timestamp or edit, deserialised as ask-sdk does."""
    event = json.loads(BODY)
    event["request"]["type"] = request_type
    event["request"]["timestamp"] = timestamp if isinstance(timestamp, str) \
        else timestamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    if request_type.startswith("AlexaSkillEvent."):
        event["request"]["eventCreationTime"] = event["request"]["timestamp"]
    if edit:
        edit(event)
    return DefaultSerializer().deserialize(json.dumps(event), RequestEnvelope)


@pytest.mark.parametrize(
    ("request_type", "age"),
    [
        ("LaunchRequest", timedelta(0)),
        ("LaunchRequest", timedelta(seconds=150)),
        ("LaunchRequest", timedelta(seconds=-150)),
        ("AlexaSkillEvent.SkillEnabled", timedelta(minutes=59)),
    ],
    ids=["now", "150s-old", "150s-ahead", "skill-event-59min-old"],
)
def test_timestamps_within_the_tolerance_pass(request_type: str, age: timedelta) -> None:
    TimestampVerifier(clock=fixed_clock()).verify({}, BODY, envelope(request_type, NOW - age))


@pytest.mark.parametrize(
    ("request_type", "age", "reason"),
    [
        ("LaunchRequest", timedelta(seconds=151), "request timestamp is too old"),
        ("LaunchRequest", timedelta(seconds=-151), "request timestamp is too far in the future"),
        ("IntentRequest", timedelta(minutes=59), "request timestamp is too old"),
        ("AlexaSkillEvent.SkillEnabled", timedelta(minutes=61), "request timestamp is too old"),
    ],
    ids=["151s-old", "151s-ahead", "intent-59min-old", "skill-event-61min-old"],
)
def test_timestamps_outside_the_tolerance_are_rejected(request_type: str, age: timedelta, reason: str) -> None:
    verifier = TimestampVerifier(clock=fixed_clock())
    assert rejection(lambda: verifier.verify({}, BODY, envelope(request_type, NOW - age))) == reason


def test_a_timestamp_without_a_zone_is_read_as_utc() -> None:
    naive = SimpleNamespace(request=SimpleNamespace(object_type="LaunchRequest", timestamp=datetime(2026, 11, 26, 9)))
    TimestampVerifier(clock=fixed_clock()).verify({}, BODY, naive)
    later = TimestampVerifier(clock=fixed_clock(NOW + timedelta(seconds=151)))
    assert rejection(lambda: later.verify({}, BODY, naive)) == "request timestamp is too old"


def test_a_request_without_a_timestamp_is_rejected() -> None:
    verifier = TimestampVerifier(clock=fixed_clock())
    assert rejection(lambda: verifier.verify({}, BODY, None)) == "request timestamp is missing"


# --- the application id -----------------------------------------------------------------------------------------


def test_this_skills_application_id_passes() -> None:
    ApplicationIdVerifier([OTHER_SKILL_ID, SKILL_ID]).verify({}, BODY, envelope())


def test_the_session_application_id_is_used_when_context_has_none() -> None:
    def without_context(event: dict[str, Any]) -> None:
        del event["context"]

    ApplicationIdVerifier([SKILL_ID]).verify({}, BODY, envelope(edit=without_context))


def test_another_skills_application_id_is_rejected() -> None:
    reason = rejection(lambda: ApplicationIdVerifier([OTHER_SKILL_ID]).verify({}, BODY, envelope()))
    assert reason == "application id does not match this skill"


def test_a_request_without_an_application_id_is_rejected() -> None:
    def without_application(event: dict[str, Any]) -> None:
        del event["context"]["System"]["application"]
        del event["session"]

    verifier = ApplicationIdVerifier([SKILL_ID])
    assert rejection(lambda: verifier.verify({}, BODY, envelope(edit=without_application))) \
        == "application id does not match this skill"
    assert rejection(lambda: verifier.verify({}, BODY, None)) == "application id does not match this skill"


def test_an_application_id_verifier_needs_a_skill_id() -> None:
    with pytest.raises(ValueError):
        ApplicationIdVerifier([])


def test_skill_ids_are_parsed_from_repeated_and_comma_separated_values() -> None:
    assert parse_skill_ids([" a, b ,,", "c", "", "a"]) == ("a", "b", "c")
    assert parse_skill_ids([""]) == ()


def test_all_checks_together_pass_a_real_envelope(ca: ThrowawayCertificateAuthority) -> None:
    headers = ca.headers(BODY)
    parsed = DefaultSerializer().deserialize(BODY.decode("utf-8"), RequestEnvelope)
    for verifier in (signature_verifier(ca), TimestampVerifier(clock=fixed_clock()),
                     ApplicationIdVerifier(parse_skill_ids([SKILL_ID]))):
        verifier.verify(headers, BODY, parsed)


# --- downloading the chain --------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_server_that_never_answers_fails_within_the_timeout() -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)  # the kernel completes the TCP handshake; nothing ever answers the TLS hello
        url = f"https://127.0.0.1:{silent.getsockname()[1]}/echo.api/echo-api-cert.pem"
        started = time.monotonic()
        reason = rejection(lambda: HttpsCertificateSource(timeout_seconds=0.3).fetch(url))
        elapsed = time.monotonic() - started
    assert reason == "could not download the signing certificate"
    assert 0.25 <= elapsed < 1.5


def test_a_refused_connection_is_a_verification_error() -> None:
    url = f"https://127.0.0.1:{free_port()}/echo.api/echo-api-cert.pem"
    assert rejection(lambda: HttpsCertificateSource(timeout_seconds=0.3).fetch(url)) \
        == "could not download the signing certificate"


def test_a_non_https_url_is_refused_before_any_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_connections(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(verification.socket, "create_connection", no_connections)
    source = HttpsCertificateSource()
    for url in ("http://127.0.0.1:1/echo.api/echo-api-cert.pem", "ftp://s3.amazonaws.com/echo.api/x.pem", "x"):
        assert rejection(lambda url=url: source.fetch(url)) == "certificate URL scheme is not https"


Responder = Callable[[ssl.SSLSocket], None]


@contextmanager
def local_tls_server(ca: ThrowawayCertificateAuthority, tmp_path: Path, respond: Responder) -> Iterator[str]:
    """An HTTPS server on 127.0.0.1 with a `localhost` certificate from the throwaway CA; yields its base URL."""
    server_credential = ca.issue_leaf(san=["localhost"], key_slot="localhost-server")
    (tmp_path / "server.pem").write_bytes(server_credential.chain_pem())
    (tmp_path / "server.key").write_bytes(server_credential.private_key_pem())
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "server.pem", tmp_path / "server.key")
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)  # so the loop notices `stop`: closing a socket does not wake a blocked accept()
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                raw, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            raw.settimeout(5)
            try:
                with context.wrap_socket(raw, server_side=True) as conn:
                    request = b""
                    while b"\r\n\r\n" not in request:
                        request += conn.recv(4096) or b"\r\n\r\n"
                    respond(conn)
            except OSError:
                pass  # the client gave up first, as the tests intend

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"https://localhost:{listener.getsockname()[1]}"
    finally:
        stop.set()
        listener.close()
        thread.join(timeout=5)


def client_trusting(ca: ThrowawayCertificateAuthority, **kwargs: Any) -> HttpsCertificateSource:
    tls = ssl.create_default_context(cadata=ca.root.public_bytes(serialization.Encoding.PEM).decode())
    return HttpsCertificateSource(tls_context=tls, **kwargs)


def http_reply(status: str, body: bytes) -> Responder:
    return lambda conn: conn.sendall(
        f"HTTP/1.1 {status}\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body
    )


def test_a_chain_is_downloaded_over_https(ca: ThrowawayCertificateAuthority, tmp_path: Path) -> None:
    with local_tls_server(ca, tmp_path, http_reply("200 OK", ca.chain_pem())) as base:
        assert client_trusting(ca).fetch(f"{base}/echo.api/echo-api-cert.pem") == ca.chain_pem()


def test_connect_to_moves_the_socket_but_tls_still_checks_the_urls_host(ca: ThrowawayCertificateAuthority,
                                                                       tmp_path: Path) -> None:
    with local_tls_server(ca, tmp_path, http_reply("200 OK", ca.chain_pem())) as base:
        source = client_trusting(ca, connect_to=("127.0.0.1", int(base.rsplit(":", 1)[1])))
        assert source.fetch("https://localhost/echo.api/echo-api-cert.pem") == ca.chain_pem()
        # Same socket, but the server's certificate is for localhost, not for the URL's s3.amazonaws.com.
        assert rejection(lambda: source.fetch(DEFAULT_URL)) == "could not download the signing certificate"


def test_a_server_with_an_untrusted_certificate_is_refused(ca: ThrowawayCertificateAuthority,
                                                           tmp_path: Path) -> None:
    with local_tls_server(ca, tmp_path, http_reply("200 OK", ca.chain_pem())) as base:
        # The default context trusts the system's roots, which never include the throwaway CA.
        assert rejection(lambda: HttpsCertificateSource(timeout_seconds=2).fetch(f"{base}/echo.api/x.pem")) \
            == "could not download the signing certificate"


@pytest.mark.parametrize(
    "respond",
    [
        http_reply("404 Not Found", b"<Error/>"),
        http_reply("302 Found", b""),
        http_reply("200 OK", b"x" * 2048),
        lambda conn: conn.sendall(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + b"x" * 2048),
    ],
    ids=["not-found", "redirect", "declared-too-large", "undeclared-too-large"],
)
def test_error_statuses_and_oversized_chains_are_refused(ca: ThrowawayCertificateAuthority, tmp_path: Path,
                                                         respond: Responder) -> None:
    with local_tls_server(ca, tmp_path, respond) as base:
        source = client_trusting(ca, max_bytes=1024)
        assert rejection(lambda: source.fetch(f"{base}/echo.api/x.pem")) \
            == "could not download the signing certificate"


def test_the_timeout_covers_the_whole_download_not_each_read(ca: ThrowawayCertificateAuthority,
                                                             tmp_path: Path) -> None:
    def drip(conn: ssl.SSLSocket) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\nConnection: close\r\n\r\n")
        for _ in range(100):  # one byte every 0.1 s: no single read ever waits long
            conn.sendall(b"x")
            time.sleep(0.1)

    with local_tls_server(ca, tmp_path, drip) as base:
        started = time.monotonic()
        reason = rejection(lambda: client_trusting(ca, timeout_seconds=0.5).fetch(f"{base}/echo.api/x.pem"))
        elapsed = time.monotonic() - started
    assert reason == "could not download the signing certificate"
    assert elapsed < 1.5


# --- trust roots ------------------------------------------------------------------------------------------------


def test_system_trust_roots_load_from_the_local_bundle() -> None:
    roots = load_system_trust_roots()
    assert roots and all(isinstance(root, x509.Certificate) for root in roots)
    assert load_system_trust_roots() is roots  # loaded once


def test_a_verifier_built_without_roots_loads_nothing_until_used() -> None:
    verifier = SignatureVerifier()
    assert verifier._trust_roots is None
    assert isinstance(verifier.certificate_source, HttpsCertificateSource)


def test_a_chain_that_validated_before_has_a_slot_forged_urls_cannot_take(ca: ThrowawayCertificateAuthority) -> None:
    # No cache, so Amazon's chain must be fetched again each time, as when it expires or is pushed out.
    source = GatedSource({DEFAULT_URL: ca.chain_pem(), **{url: ca.chain_pem() for url in FORGED_URLS}})
    verifier = signature_verifier(ca, source, max_concurrent_downloads=1, cache_size=0)
    with running(lambda: verifier.verify(ca.headers(BODY), BODY, None)):
        source.wait_for_fetches(1)
        source.gate.set()
    source.gate.clear()  # from now on every download hangs until released
    forged = [lambda url=url: verifier.verify(ca.headers(BODY, url=url), BODY, None) for url in FORGED_URLS]
    with running(forged[0]):
        source.wait_for_fetches(2)
        reason, _ = timed_rejection(forged[1])  # the one slot is taken: another forged URL is refused
        with running(lambda: verifier.verify(ca.headers(BODY), BODY, None)):
            source.wait_for_fetches(3)  # ...but Amazon's chain, proven before, is fetched beside it
            source.gate.set()
    assert reason == "signing certificate download busy, try again"
    assert source.fetched_urls.count(DEFAULT_URL) == 2
