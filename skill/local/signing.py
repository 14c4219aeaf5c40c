"""A throwaway certificate authority that signs requests the way Alexa does — for tests and local tools only.

Alexa signs every request body with the private key of a certificate for `echo-api.amazon.com` and names the PEM
chain's URL in the `SignatureCertChainUrl` header. Nobody but Amazon holds that key, so to exercise the production
verifier (skill.web.verification) end to end, tests, benchmarks and local clients use this module instead: it makes
a root CA, an intermediate and an echo-api-like leaf with `cryptography`, signs bodies with the leaf's key, and serves
the chain from memory (`InMemoryCertificateSource`) so nothing touches the network.

The production path never imports this module: its root is trusted only when a caller passes `ca.root` explicitly
as a trust root. Private keys are generated per process and are not secret; never use them for anything real.
"""

from __future__ import annotations

import base64
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

DEFAULT_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert.pem"
ECHO_API_DNS_NAME = "echo-api.amazon.com"
KEY_BITS = 2048

_CA_VALIDITY_BEFORE = timedelta(days=365)
_CA_VALIDITY_AFTER = timedelta(days=3650)
_LEAF_VALIDITY_BEFORE = timedelta(days=1)
_LEAF_VALIDITY_AFTER = timedelta(days=30)


@functools.cache
def cached_rsa_key(slot: str) -> rsa.RSAPrivateKey:
    """A 2048-bit RSA key, generated once per process for each slot name (generation takes ~50-100 ms)."""
    return rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)


@dataclass(frozen=True)
class IssuedCertificate:
    """A certificate, its private key, and the intermediates that lead from it towards the root."""

    certificate: x509.Certificate
    private_key: rsa.RSAPrivateKey
    intermediates: tuple[x509.Certificate, ...] = ()

    def certificate_pem(self) -> bytes:
        """The certificate alone, PEM-encoded."""
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    def private_key_pem(self) -> bytes:
        """The private key, unencrypted PKCS#8 PEM (for ssl.SSLContext.load_cert_chain in local servers)."""
        return self.private_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )

    def chain_pem(self) -> bytes:
        """Leaf first, then its intermediates: the layout of Amazon's echo-api chain file."""
        certificates = (self.certificate, *self.intermediates)
        return b"".join(cert.public_bytes(serialization.Encoding.PEM) for cert in certificates)


class ThrowawayCertificateAuthority:
    """Root CA → intermediate → leaf, all generated locally; the default leaf mimics Amazon's echo-api certificate.

    CAs made with the same `name` in one process share their (cached) keys, so they trust each other; give a
    different name for an unrelated CA, or use `issue_leaf(trusted=False)` for an impostor chain whose names match
    this CA but whose keys do not.
    """

    def __init__(self, name: str = "Throwaway Alexa Test", now: datetime | None = None) -> None:
        self.name = name
        # Certificates carry whole seconds; truncating keeps "valid at now" exact for tests with a fixed clock.
        self.now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
        self._root = self._make_root(key_slot=f"{name}/root")
        self._intermediate = self._make_intermediate(self._root, key_slot=f"{name}/intermediate")
        self._impostor: tuple[IssuedCertificate, IssuedCertificate] | None = None
        self.leaf = self.issue_leaf()

    @property
    def root(self) -> x509.Certificate:
        """The self-signed root: pass `[ca.root]` as a verifier's trust roots."""
        return self._root.certificate

    @property
    def intermediate(self) -> IssuedCertificate:
        """The intermediate CA that issues leaves."""
        return self._intermediate

    def issue_leaf(
        self,
        *,
        san: Sequence[str] = (ECHO_API_DNS_NAME,),
        not_before: datetime | None = None,
        not_after: datetime | None = None,
        key_slot: str = "leaf",
        trusted: bool = True,
    ) -> IssuedCertificate:
        """A leaf certificate like Amazon's signing certificate; the parameters make deliberately faulty ones.

        `san` lists DNS names (empty: no SAN extension at all); `key_slot` picks another cached key, for a
        signature by a key the chain does not vouch for; `trusted=False` issues from an impostor root and
        intermediate that copy this CA's names but have their own keys.
        """
        issuer = self._intermediate if trusted else self._impostor_chain()[1]
        key = cached_rsa_key(f"{self.name}/{key_slot}")
        builder = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, san[0] if san else "no-san.invalid")]))
            .issuer_name(issuer.certificate.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(not_before or self.now - _LEAF_VALIDITY_BEFORE)
            .not_valid_after(not_after or self.now + _LEAF_VALIDITY_AFTER)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_key_usage(digital_signature=True, key_encipherment=True), critical=True)
            .add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH]),
                critical=False,
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .add_extension(_authority_key_id(issuer), critical=False)
        )
        if san:
            builder = builder.add_extension(
                x509.SubjectAlternativeName([x509.DNSName(name) for name in san]), critical=False
            )
        certificate = builder.sign(issuer.private_key, hashes.SHA256())
        return IssuedCertificate(certificate, key, intermediates=(issuer.certificate,))

    def chain_pem(self, leaf: IssuedCertificate | None = None) -> bytes:
        """The PEM chain Amazon would serve at the certificate URL: leaf, then intermediate."""
        return (leaf or self.leaf).chain_pem()

    def sign(self, body: bytes | str, leaf: IssuedCertificate | None = None) -> str:
        """The `Signature-256` header value: base64 of RSA PKCS#1 v1.5 over SHA-256 of the exact body bytes."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        signature = (leaf or self.leaf).private_key.sign(data, padding.PKCS1v15(), hashes.SHA256())
        return base64.b64encode(signature).decode("ascii")

    def headers(self, body: bytes | str, url: str = DEFAULT_URL,
                leaf: IssuedCertificate | None = None) -> dict[str, str]:
        """The two headers Alexa adds to a request: where the chain lives, and the body's signature."""
        return {"SignatureCertChainUrl": url, "Signature-256": self.sign(body, leaf)}

    def certificate_source(self, url: str = DEFAULT_URL, leaf: IssuedCertificate | None = None
                           ) -> InMemoryCertificateSource:
        """An in-memory source that serves this CA's chain at `url`."""
        return InMemoryCertificateSource({url: self.chain_pem(leaf)})

    def _make_root(self, key_slot: str) -> IssuedCertificate:
        key = cached_rsa_key(key_slot)
        name = _name(f"{self.name} Root CA")
        certificate = (
            _ca_builder(self.now, key, subject=name, issuer=name, path_length=1)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256())
        )
        return IssuedCertificate(certificate, key)

    def _make_intermediate(self, root: IssuedCertificate, key_slot: str) -> IssuedCertificate:
        key = cached_rsa_key(key_slot)
        certificate = (
            _ca_builder(self.now, key, subject=_name(f"{self.name} Intermediate CA"),
                        issuer=root.certificate.subject, path_length=0)
            .add_extension(_authority_key_id(root), critical=False)
            .sign(root.private_key, hashes.SHA256())
        )
        return IssuedCertificate(certificate, key, intermediates=(root.certificate,))

    def _impostor_chain(self) -> tuple[IssuedCertificate, IssuedCertificate]:
        """A root and intermediate with this CA's names but other keys: a chain that only looks right."""
        if self._impostor is None:
            root = self._make_root(key_slot=f"{self.name}/impostor-root")
            self._impostor = (root, self._make_intermediate(root, key_slot=f"{self.name}/impostor-intermediate"))
        return self._impostor


class InMemoryCertificateSource:
    """A CertificateSource serving PEM chains from a dict; counts fetches so tests can see the cache work."""

    def __init__(self, chains: dict[str, bytes] | None = None) -> None:
        self.chains: dict[str, bytes] = dict(chains or {})
        self.fetch_count = 0
        self.fetched_urls: list[str] = []

    def fetch(self, url: str) -> bytes:
        """The chain stored for `url`; an unknown URL fails the way a failed download does."""
        self.fetch_count += 1
        self.fetched_urls.append(url)
        try:
            return self.chains[url]
        except KeyError:
            # Imported here so the module stays usable by tools that never load the web package.
            from skill.web.verification import VerificationError

            raise VerificationError("could not download the signing certificate") from None


def _name(common_name: str) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Muscle Twitch Helper local testing"),
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
    ])


def _ca_builder(now: datetime, key: rsa.RSAPrivateKey, *, subject: x509.Name, issuer: x509.Name,
                path_length: int) -> x509.CertificateBuilder:
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - _CA_VALIDITY_BEFORE)
        .not_valid_after(now + _CA_VALIDITY_AFTER)
        .add_extension(x509.BasicConstraints(ca=True, path_length=path_length), critical=True)
        .add_extension(_key_usage(key_cert_sign=True, crl_sign=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )


def _authority_key_id(issuer: IssuedCertificate) -> x509.AuthorityKeyIdentifier:
    ski = issuer.certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    return x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski)


def _key_usage(*, digital_signature: bool = False, key_encipherment: bool = False, key_cert_sign: bool = False,
               crl_sign: bool = False) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=digital_signature,
        content_commitment=False,
        key_encipherment=key_encipherment,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=key_cert_sign,
        crl_sign=crl_sign,
        encipher_only=False,
        decipher_only=False,
    )
