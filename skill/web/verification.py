"""Amazon's checks that a request really comes from Alexa, built on `cryptography` alone.

Amazon requires a skill hosted as a web service to check, for every request
(developer.amazon.com/docs/custom-skills/host-a-custom-skill-as-a-web-service.html):
- the `SignatureCertChainUrl` header names a chain under https://s3.amazonaws.com/echo.api/;
- the chain's first certificate is in date, lists `echo-api.amazon.com` among its SANs, and chains to a trusted root;
- `Signature-256` is that certificate's RSA signature (PKCS#1 v1.5, SHA-256) over the exact body bytes;
- the request timestamp is within 150 seconds of now (one hour for skill events);
- the application id is this skill's.

The ASK SDK's own verifier (ask-sdk-webservice-support) cannot be imported on OpenSSL >= 3.0.10, so this module
implements the same checks with the same call shape, `verify(headers, serialized_request_env,
deserialized_request_env)`. Every failure is a `VerificationError` whose `reason` is short, contains no request data,
and is meant for an HTTP 400 body. Nothing here imports Flask.
"""

from __future__ import annotations

import base64
import binascii
import functools
import http.client
import logging
import posixpath
import socket
import ssl
import threading
import time
import urllib.parse
import warnings
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.utils import CryptographyDeprecationWarning
from cryptography.x509 import verification as x509_verification

if TYPE_CHECKING:
    from ask_sdk_model import RequestEnvelope

log = logging.getLogger(__name__)

SIGNATURE_CERT_CHAIN_URL_HEADER = "SignatureCertChainUrl"
SIGNATURE_256_HEADER = "Signature-256"
CERT_URL_SCHEME = "https"
CERT_URL_HOST = "s3.amazonaws.com"
CERT_URL_PORT = 443
CERT_URL_PATH_PREFIX = "/echo.api/"
ECHO_API_DNS_NAME = "echo-api.amazon.com"

DEFAULT_TOLERANCE_SECONDS = 150
SKILL_EVENT_TOLERANCE_SECONDS = 3600
SKILL_EVENT_TYPE_PREFIX = "AlexaSkillEvent."

DEFAULT_DOWNLOAD_TIMEOUT_SECONDS = 3.0
DEFAULT_MAX_CHAIN_BYTES = 256 * 1024
DEFAULT_MAX_CONCURRENT_DOWNLOADS = 2
DEFAULT_FAILURE_MEMORY_SECONDS = 60.0
DEFAULT_FAILURE_CACHE_SIZE = 256
# Added to the source's own deadline for requests waiting on someone else's download: the downloader validates the
# chain after its deadline-bound fetch, and a waiter should see that result rather than give up a moment before it.
DOWNLOAD_WAIT_GRACE_SECONDS = 0.5

DOWNLOAD_FAILED = "could not download the signing certificate"
DOWNLOADS_BUSY = "signing certificate download busy, try again"
# How many chain URLs that once validated keep their reserved download slot (Amazon uses one at a time).
PROVEN_URLS_KEPT = 8
APPLICATION_ID_MISMATCH = "application id does not match this skill"


def utc_now() -> datetime:
    """The current time, timezone-aware in UTC."""
    return datetime.now(UTC)


class VerificationError(Exception):
    """A request that must not be answered; `reason` is short, safe to show, and fits an HTTP 400 body."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class RequestVerifier(Protocol):
    """The ASK SDK's verifier interface: return quietly when the request is acceptable, raise otherwise."""

    def verify(
        self,
        headers: Mapping[str, str],
        serialized_request_env: str | bytes,
        deserialized_request_env: RequestEnvelope | None,
    ) -> None:
        """Raise VerificationError if this request must be refused."""


class CertificateSource(Protocol):
    """Where signing certificate chains come from: the network in production, memory in tests."""

    def fetch(self, url: str) -> bytes:
        """The PEM chain at `url`; raise VerificationError when it cannot be had."""


# --- the certificate URL ---------------------------------------------------------------------------------------


def validate_certificate_url(url: str) -> None:
    """Raise VerificationError unless `url` is one Amazon would use for its signing certificate chain."""
    canonical_certificate_url(url)


@functools.lru_cache(maxsize=64)
def canonical_certificate_url(url: str) -> str:
    """Validate `url` like `validate_certificate_url` and return the normalised URL that is actually fetched.

    Scheme and host are compared case-insensitively, the path case-sensitively after percent-decoding and
    removing dot segments (so `/echo.api/../x` and `/echo.api/%2e%2e/x` both fail). The fetched URL is rebuilt
    from the checked parts, so what is downloaded is exactly what was validated. Amazon's URLs never carry user
    information, a query or a fragment; those are refused rather than interpreted, since they only add ways for
    parsers to disagree about where the file is. (Only valid URLs are cached: lru_cache does not keep exceptions.)
    """
    if not url or not url.strip():
        raise VerificationError("certificate URL is missing")
    try:
        parts = urllib.parse.urlsplit(url.strip())
        port = parts.port
    except ValueError as error:
        raise VerificationError("certificate URL is malformed") from error
    if parts.scheme.lower() != CERT_URL_SCHEME:
        raise VerificationError("certificate URL scheme is not https")
    if "@" in parts.netloc:
        raise VerificationError("certificate URL must not contain user information")
    if (parts.hostname or "").lower() != CERT_URL_HOST:
        raise VerificationError(f"certificate URL host is not {CERT_URL_HOST}")
    if port is not None and port != CERT_URL_PORT:
        raise VerificationError(f"certificate URL port is not {CERT_URL_PORT}")
    if parts.query or parts.fragment or url.strip().endswith(("?", "#")):
        raise VerificationError("certificate URL must not have a query or fragment")
    path = urllib.parse.unquote(parts.path)
    if "\\" in path or any(ord(char) < 0x20 or ord(char) == 0x7F for char in path):
        # Some HTTP stacks treat a backslash as a separator; control characters have no place in a path.
        raise VerificationError("certificate URL path has characters Amazon does not use")
    normalised = posixpath.normpath(path) if path else ""
    if not normalised.startswith(CERT_URL_PATH_PREFIX):
        raise VerificationError(f"certificate URL path does not start with {CERT_URL_PATH_PREFIX}")
    return f"{CERT_URL_SCHEME}://{CERT_URL_HOST}{urllib.parse.quote(normalised, safe='/')}"


# --- fetching the chain ----------------------------------------------------------------------------------------


class HttpsCertificateSource:
    """Downloads a chain over HTTPS with one deadline for the whole download, a size cap, and no redirects.

    Built on http.client (what urllib uses underneath) rather than urlopen, because urlopen's timeout applies to
    each socket operation: a server dripping a byte at a time could hold a request thread for ever. Here the
    connect, the TLS handshake, and every read get only what is left of one deadline. Redirects are not followed:
    the URL fetched must be the URL validated. Proxy environment variables are not used.
    Every failure becomes VerificationError(DOWNLOAD_FAILED), so the caller answers 400, never 500.
    """

    def __init__(
        self,
        timeout_seconds: float = DEFAULT_DOWNLOAD_TIMEOUT_SECONDS,
        max_bytes: int = DEFAULT_MAX_CHAIN_BYTES,
        tls_context: ssl.SSLContext | None = None,
        connect_to: tuple[str, int] | None = None,
    ) -> None:
        """`connect_to` is for tests only: the TCP address used instead of the URL's host and port. TLS still
        checks the server's certificate against the URL's host, so it cannot make a download trust anything more."""
        if timeout_seconds <= 0 or max_bytes <= 0:
            raise ValueError("timeout_seconds and max_bytes must be positive")
        self.timeout_seconds = timeout_seconds
        self.max_bytes = max_bytes
        # The default context checks the server certificate and host name against the system trust store.
        self.tls_context = tls_context or ssl.create_default_context()
        self.connect_to = connect_to

    def fetch(self, url: str) -> bytes:
        """The body at `url` (https only), within the deadline and the size cap."""
        parts = urllib.parse.urlsplit(url)
        if parts.scheme.lower() != "https" or not parts.hostname:
            raise VerificationError("certificate URL scheme is not https")
        deadline = time.monotonic() + self.timeout_seconds
        try:
            connection = _DeadlineHTTPSConnection(parts.hostname, parts.port or 443, deadline, self.tls_context,
                                                  self.connect_to)
            response: http.client.HTTPResponse | None = None
            try:
                connection.request("GET", _path_and_query(parts), headers={"Accept": "*/*"})
                # Keep our own reference: http.client drops connection.sock once a response says it will close.
                sock = connection.sock
                sock.settimeout(_remaining(deadline))
                response = connection.getresponse()
                if response.status != 200:
                    raise _DownloadProblem(f"HTTP {response.status}")
                declared = response.getheader("Content-Length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise _DownloadProblem("declared body too large")
                return self._read_capped(sock, response, deadline)
            finally:
                # The response owns the socket once the server says it will close: close both, or it lingers.
                if response is not None:
                    response.close()
                connection.close()
        except (OSError, ValueError, http.client.HTTPException, _DownloadProblem) as error:
            # OSError covers refused and reset connections, timeouts, DNS and TLS failures; ValueError a bad port.
            log.warning("signing certificate download from %s failed: %r", parts.hostname, error)
            raise VerificationError(DOWNLOAD_FAILED) from error

    def _read_capped(self, sock: socket.socket, response: http.client.HTTPResponse, deadline: float) -> bytes:
        chunks: list[bytes] = []
        received = 0
        while True:
            sock.settimeout(_remaining(deadline))
            chunk = response.read1(16 * 1024)
            if not chunk:
                return b"".join(chunks)
            received += len(chunk)
            if received > self.max_bytes:
                raise _DownloadProblem("body too large")
            chunks.append(chunk)


class _DownloadProblem(Exception):
    """A download that worked at the socket level but must not be used."""


class _DeadlineHTTPSConnection(http.client.HTTPSConnection):
    """An HTTPS connection whose TCP connect and TLS handshake share the caller's deadline."""

    def __init__(self, host: str, port: int, deadline: float, tls_context: ssl.SSLContext,
                 connect_to: tuple[str, int] | None = None) -> None:
        super().__init__(host, port, timeout=_remaining(deadline), context=tls_context)
        self._deadline = deadline
        self._tls = tls_context
        self._address = connect_to or (host, port)

    def connect(self) -> None:
        sock = socket.create_connection(self._address, timeout=_remaining(self._deadline))
        try:
            # CPython bounds the whole handshake by the socket timeout (not each read), so this is what is left.
            sock.settimeout(_remaining(self._deadline))
            self.sock = self._tls.wrap_socket(sock, server_hostname=self.host)
        except BaseException:
            sock.close()
            raise


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("certificate download deadline passed")
    return left


def _path_and_query(parts: urllib.parse.SplitResult) -> str:
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


# --- trust roots ------------------------------------------------------------------------------------------------


@functools.cache
def load_system_trust_roots() -> tuple[x509.Certificate, ...]:
    """The system's trusted root certificates (the PEM bundle OpenSSL uses), else certifi's; loaded once."""
    candidates: list[str] = []
    cafile = ssl.get_default_verify_paths().cafile
    if cafile:
        candidates.append(cafile)
    try:
        import certifi

        candidates.append(certifi.where())
    except ImportError:
        pass
    for path in candidates:
        roots = _read_pem_bundle(Path(path))
        if roots:
            return roots
    raise RuntimeError("no trusted root certificates found: install ca-certificates or certifi")


def _read_pem_bundle(path: Path) -> tuple[x509.Certificate, ...]:
    try:
        data = path.read_bytes()
    except OSError:
        return ()
    try:
        with warnings.catch_warnings():
            # Some long-trusted roots have a non-positive serial; cryptography warns on them but they are not ours.
            warnings.simplefilter("ignore", CryptographyDeprecationWarning)
            return tuple(x509.load_pem_x509_certificates(data))
    except ValueError:
        # One certificate cryptography cannot parse must not cost every other root: load them one at a time.
        marker = b"-----END CERTIFICATE-----"
        roots = []
        for block in data.split(marker)[:-1]:
            try:
                roots.append(x509.load_pem_x509_certificate(block + marker))
            except ValueError:
                continue
        return tuple(roots)


# --- the signature ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _TrustedSigner:
    """What a validated chain leaves behind for the per-request check: the leaf's key and dates."""

    public_key: rsa.RSAPublicKey
    not_before: datetime
    not_after: datetime
    # The earliest expiry in the validated chain: past it, the whole chain must be validated again.
    chain_expires: datetime


class _Download:
    """One chain download in flight. Requests for the same URL wait on `done`, then read `signer` or `failure`."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.done = threading.Event()
        self.signer: _TrustedSigner | None = None
        self.failure: str | None = None  # the reason, when the download or the chain failed


class SignatureVerifier:
    """Checks `SignatureCertChainUrl` and `Signature-256` on the raw body, caching validated chains by URL.

    Every chain URL under Amazon's prefix looks valid, so a forged request with a new URL costs a download. To keep
    that from tying up the service: a URL whose chain failed is refused without a new download for
    `failure_memory_seconds` (in a bounded cache of its own, so it can never push out a good chain); concurrent
    requests for one URL share one download; at most `max_concurrent_downloads` run at once, and a request that
    would need one more is refused at once rather than queued — except that a URL whose chain validated before
    may use one slot more, so forged URLs cannot keep Alexa's own chain from being fetched again when it expires or
    leaves the cache (a chain never seen yet, at start-up, has no such slot). No request waits longer than one download
    (`download_wait_seconds`), and a request whose chain is cached never waits for any download.

    Nothing is loaded or fetched at construction; trust roots load on the first chain to validate (touch
    `trust_roots` at start-up to fail fast on a machine without any). Thread-safe, and gevent-safe once
    monkey-patched: locks are only held around dictionary updates, never across a download.
    """

    def __init__(
        self,
        certificate_source: CertificateSource | None = None,
        trust_roots: Sequence[x509.Certificate] | None = None,
        clock: Callable[[], datetime] = utc_now,
        cache_size: int = 16,
        max_concurrent_downloads: int = DEFAULT_MAX_CONCURRENT_DOWNLOADS,
        failure_memory_seconds: float = DEFAULT_FAILURE_MEMORY_SECONDS,
        failure_cache_size: int = DEFAULT_FAILURE_CACHE_SIZE,
        download_wait_seconds: float | None = None,
    ) -> None:
        if cache_size < 0 or failure_cache_size < 0 or failure_memory_seconds < 0:
            raise ValueError("cache sizes and failure_memory_seconds must not be negative")
        if max_concurrent_downloads < 1:
            raise ValueError("max_concurrent_downloads must be at least 1")
        if download_wait_seconds is not None and download_wait_seconds <= 0:
            raise ValueError("download_wait_seconds must be positive")
        if trust_roots is not None and not trust_roots:
            raise ValueError("trust_roots must not be empty (pass None for the system's roots)")
        self.certificate_source = certificate_source or HttpsCertificateSource()
        self._trust_roots = tuple(trust_roots) if trust_roots is not None else None
        self._store: x509_verification.Store | None = None
        self.clock = clock
        self.cache_size = cache_size
        self.max_concurrent_downloads = max_concurrent_downloads
        self.failure_memory = timedelta(seconds=failure_memory_seconds)
        self.failure_cache_size = failure_cache_size
        if download_wait_seconds is None:
            # A source with a deadline (HttpsCertificateSource) says how long one download can take.
            source_deadline = getattr(self.certificate_source, "timeout_seconds", DEFAULT_DOWNLOAD_TIMEOUT_SECONDS)
            download_wait_seconds = source_deadline + DOWNLOAD_WAIT_GRACE_SECONDS
        self.download_wait_seconds = download_wait_seconds
        # Two locks so that reading a cached chain never contends with the download bookkeeping. When both are
        # needed, _download_lock is taken first.
        self._cache: OrderedDict[str, _TrustedSigner] = OrderedDict()
        self._lock = threading.Lock()
        self._failures: OrderedDict[str, tuple[datetime, str]] = OrderedDict()  # url -> (when it failed, reason)
        self._downloads: dict[str, _Download] = {}
        # URLs whose chain validated before (Amazon's, in practice): when their chain must be fetched again (it
        # expired, or was pushed out of the cache) they may use one download slot more than forged URLs can.
        self._proven: OrderedDict[str, None] = OrderedDict()
        self._download_lock = threading.Lock()

    @property
    def trust_roots(self) -> tuple[x509.Certificate, ...]:
        """The roots chains must lead to (the system's unless given)."""
        if self._trust_roots is None:
            self._trust_roots = load_system_trust_roots()
        return self._trust_roots

    def verify(
        self,
        headers: Mapping[str, str],
        serialized_request_env: str | bytes,
        deserialized_request_env: RequestEnvelope | None = None,
    ) -> None:
        """Raise VerificationError unless the body carries a valid Alexa signature."""
        cert_url = header_value(headers, SIGNATURE_CERT_CHAIN_URL_HEADER)
        if not cert_url:
            raise VerificationError(f"missing {SIGNATURE_CERT_CHAIN_URL_HEADER} header")
        encoded_signature = header_value(headers, SIGNATURE_256_HEADER)
        if not encoded_signature:
            raise VerificationError(f"missing {SIGNATURE_256_HEADER} header")
        try:
            signature = base64.b64decode(encoded_signature.strip(), validate=True)
        except (binascii.Error, ValueError) as error:
            raise VerificationError(f"{SIGNATURE_256_HEADER} header is not valid base64") from error

        signer = self._trusted_signer(canonical_certificate_url(cert_url))
        body = serialized_request_env
        if isinstance(body, str):
            body = body.encode("utf-8")
        try:
            signer.public_key.verify(signature, body, padding.PKCS1v15(), hashes.SHA256())
        except InvalidSignature as error:
            # A changed body and a signature by another key are indistinguishable here, by design of RSA.
            raise VerificationError("request signature does not match the body") from error

    def _now(self) -> datetime:
        now = self.clock()
        return now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)

    def _trusted_signer(self, url: str) -> _TrustedSigner:
        now = self._now()
        # The cache first, without touching the download machinery: a known chain never waits behind a download.
        cached = self._cached_signer(url, now)
        if cached is not None:
            return cached
        download, leading = self._join_or_start_download(url, now)
        if leading:
            return self._run_download(url, download, now)
        return self._await_download(download)

    def _cached_signer(self, url: str, now: datetime) -> _TrustedSigner | None:
        with self._lock:
            cached = self._cache.get(url)
            if cached is not None:
                self._cache.move_to_end(url)
        if cached is None:
            return None
        try:
            # Re-check even a cached leaf's dates: the cache must never keep an expired certificate alive.
            _check_leaf_dates(cached.not_before, cached.not_after, now)
        except VerificationError:
            self._forget(url)
            raise
        if now < cached.chain_expires:
            return cached
        self._forget(url)  # an intermediate has expired: validate the chain afresh
        return None

    def _forget(self, url: str) -> None:
        with self._lock:
            self._cache.pop(url, None)

    def _join_or_start_download(self, url: str, now: datetime) -> tuple[_Download, bool]:
        """The download this request should wait for, and whether this request is the one to run it."""
        with self._download_lock:
            failure = self._recent_failure(url, now)
            if failure is not None:
                raise VerificationError(failure)
            running = self._downloads.get(url)
            if running is not None:
                return running, False
            # Looked at again under this lock: a download of this URL may have finished since the first look.
            finished = self._cached_signer(url, now)
            if finished is not None:
                download = _Download()
                download.signer = finished
                download.done.set()
                return download, False
            reserved = 1 if url in self._proven else 0
            if len(self._downloads) >= self.max_concurrent_downloads + reserved:
                # Refused, not queued: a queue would let forged URLs line up ahead of Alexa's requests.
                raise VerificationError(DOWNLOADS_BUSY)
            download = self._downloads[url] = _Download()
            return download, True

    def _run_download(self, url: str, download: _Download, now: datetime) -> _TrustedSigner:
        try:
            signer = self._fetch_and_validate(url, now)
            # Cached before the slot is freed, so a request arriving now finds either the chain or this download.
            self._remember(url, signer)
            download.signer = signer
            return signer
        except VerificationError as error:
            download.failure = error.reason
            raise
        finally:
            # Whatever happened (even an unexpected exception, or a killed greenlet), free the slot, wake the waiters.
            with self._download_lock:
                del self._downloads[url]
                if download.failure is not None:
                    self._remember_failure(url, download.failure)
                elif download.signer is not None:
                    self._proven[url] = None
                    self._proven.move_to_end(url)
                    while len(self._proven) > PROVEN_URLS_KEPT:
                        self._proven.popitem(last=False)
            download.done.set()

    def _await_download(self, download: _Download) -> _TrustedSigner:
        # Timed from the download's start, not this request's arrival: nobody waits longer than one download.
        left = download.started + self.download_wait_seconds - time.monotonic()
        if not download.done.wait(max(left, 0.0)):
            raise VerificationError(DOWNLOAD_FAILED)
        if download.signer is None:
            raise VerificationError(download.failure or DOWNLOAD_FAILED)
        _check_leaf_dates(download.signer.not_before, download.signer.not_after, self._now())
        return download.signer

    def _remember(self, url: str, signer: _TrustedSigner) -> None:
        if not self.cache_size:
            return
        with self._lock:
            self._cache[url] = signer
            self._cache.move_to_end(url)
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)

    def _recent_failure(self, url: str, now: datetime) -> str | None:
        """The reason `url` failed within the failure memory, else None. Call with _download_lock held."""
        remembered = self._failures.get(url)
        if remembered is None:
            return None
        failed_at, reason = remembered
        # `failed_at <= now` too: if the clock is set back, a remembered failure must not outlive its term.
        if failed_at <= now < failed_at + self.failure_memory:
            return reason
        del self._failures[url]
        return None

    def _remember_failure(self, url: str, reason: str) -> None:
        """Call with _download_lock held. Oldest first out, so the memory stays bounded whatever URLs arrive."""
        if not self.failure_cache_size or not self.failure_memory:
            return
        self._failures[url] = (self._now(), reason)
        self._failures.move_to_end(url)
        while len(self._failures) > self.failure_cache_size:
            self._failures.popitem(last=False)

    def _fetch_and_validate(self, url: str, now: datetime) -> _TrustedSigner:
        pem = self.certificate_source.fetch(url)
        try:
            chain = x509.load_pem_x509_certificates(pem)
        except ValueError as error:
            raise VerificationError("signing certificate chain is not valid PEM") from error
        leaf, intermediates = chain[0], chain[1:]
        not_before, not_after = leaf.not_valid_before_utc, leaf.not_valid_after_utc
        _check_leaf_dates(not_before, not_after, now)
        if not _has_dns_name(leaf, ECHO_API_DNS_NAME):
            raise VerificationError(f"signing certificate is not issued for {ECHO_API_DNS_NAME}")
        try:
            public_key = leaf.public_key()
        except (ValueError, UnsupportedAlgorithm) as error:
            raise VerificationError("signing certificate key is not RSA") from error
        if not isinstance(public_key, rsa.RSAPublicKey):
            raise VerificationError("signing certificate key is not RSA")
        try:
            validated = self._chain_verifier(now).verify(leaf, intermediates)
        except (x509_verification.VerificationError, ValueError) as error:
            log.info("signing certificate chain rejected: %s", error)
            raise VerificationError("signing certificate chain does not lead to a trusted root") from error
        chain_expires = min(cert.not_valid_after_utc for cert in validated)
        return _TrustedSigner(public_key, not_before, not_after, chain_expires)

    def _chain_verifier(self, now: datetime) -> x509_verification.ServerVerifier:
        # Amazon's signing certificate is a Web PKI server certificate for echo-api.amazon.com (EKU serverAuth and
        # clientAuth), so the server-certificate policy checks the SAN, EKU and CA constraints the way TLS would.
        if self._store is None:
            self._store = x509_verification.Store(list(self.trust_roots))
        return (
            x509_verification.PolicyBuilder()
            .store(self._store)
            .time(now)
            .build_server_verifier(x509.DNSName(ECHO_API_DNS_NAME))
        )


def _check_leaf_dates(not_before: datetime, not_after: datetime, now: datetime) -> None:
    if now > not_after:
        raise VerificationError("signing certificate has expired")
    if now < not_before:
        raise VerificationError("signing certificate is not valid yet")


def _has_dns_name(certificate: x509.Certificate, dns_name: str) -> bool:
    try:
        san = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return False
    except ValueError as error:  # duplicate or malformed extensions
        raise VerificationError("signing certificate extensions cannot be read") from error
    return any(name.lower() == dns_name for name in san.get_values_for_type(x509.DNSName))


def header_value(headers: Mapping[str, str], name: str) -> str | None:
    """A header by name, whatever its case (a plain dict from a WSGI server may spell it `Signature-256` or not)."""
    value = headers.get(name)
    if value is not None:
        return value
    wanted = name.lower()
    for key, candidate in headers.items():
        if key.lower() == wanted:
            return candidate
    return None


# --- the envelope -----------------------------------------------------------------------------------------------


class TimestampVerifier:
    """Refuses requests whose timestamp is not within the tolerance of now, in either direction (replays)."""

    def __init__(
        self,
        tolerance_seconds: float = DEFAULT_TOLERANCE_SECONDS,
        skill_event_tolerance_seconds: float = SKILL_EVENT_TOLERANCE_SECONDS,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        if tolerance_seconds < 0 or skill_event_tolerance_seconds < 0:
            raise ValueError("tolerances must not be negative")
        self.tolerance = timedelta(seconds=tolerance_seconds)
        # Amazon may deliver skill events (enable, disable, permissions, account linking) up to an hour late.
        self.skill_event_tolerance = timedelta(seconds=skill_event_tolerance_seconds)
        self.clock = clock

    def verify(
        self,
        headers: Mapping[str, str],
        serialized_request_env: str | bytes,
        deserialized_request_env: RequestEnvelope | None,
    ) -> None:
        """Raise VerificationError if the request is too old or dated too far in the future."""
        request = getattr(deserialized_request_env, "request", None)
        timestamp = getattr(request, "timestamp", None)
        if not isinstance(timestamp, datetime):
            raise VerificationError("request timestamp is missing")
        if timestamp.tzinfo is None:
            timestamp = timestamp.replace(tzinfo=UTC)  # Alexa's timestamps are UTC
        request_type = getattr(request, "object_type", None) or ""
        tolerance = self.skill_event_tolerance if request_type.startswith(SKILL_EVENT_TYPE_PREFIX) else self.tolerance
        now = self.clock()
        now = now.replace(tzinfo=UTC) if now.tzinfo is None else now
        age = now - timestamp
        if age > tolerance:
            raise VerificationError("request timestamp is too old")
        if -age > tolerance:
            raise VerificationError("request timestamp is too far in the future")


class ApplicationIdVerifier:
    """Refuses requests meant for another skill: Amazon requires checking the application id."""

    def __init__(self, skill_ids: Collection[str]) -> None:
        self.skill_ids = frozenset(skill_ids)
        if not self.skill_ids:
            raise ValueError("at least one skill id is needed")

    def verify(
        self,
        headers: Mapping[str, str],
        serialized_request_env: str | bytes,
        deserialized_request_env: RequestEnvelope | None,
    ) -> None:
        """Raise VerificationError unless the envelope's application id is one of ours."""
        if application_id(deserialized_request_env) not in self.skill_ids:
            raise VerificationError(APPLICATION_ID_MISMATCH)


def application_id(envelope: Any) -> str | None:
    """`context.System.application.applicationId`, else `session.application.applicationId`, else None."""
    for path in (("context", "system", "application", "application_id"),
                 ("session", "application", "application_id")):
        value = envelope
        for attribute in path:
            value = getattr(value, attribute, None)
        if isinstance(value, str) and value:
            return value
    return None


def parse_skill_ids(values: Iterable[str]) -> tuple[str, ...]:
    """Skill ids from repeated and/or comma-separated values, blanks dropped, first occurrence kept."""
    ids: dict[str, None] = {}
    for value in values:
        for part in (value or "").split(","):
            if part.strip():
                ids.setdefault(part.strip(), None)
    return tuple(ids)
