"""The three apps `scripts/bench http` serves with gunicorn: loaded by gunicorn as `bench_http_apps:<name>()`.

Gunicorn builds them in each worker (no preload), so under the gevent worker they are built after gevent has patched
the process, as `python -m skill serve` builds the real one.

The verified app trusts a throwaway CA whose root and chain the benchmark wrote to $BENCH_CA_DIR, so signed requests
are checked end to end exactly as in production, with the chain served from memory instead of Amazon's S3.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from cryptography import x509
from flask import Flask, Response

from skill.local.signing import DEFAULT_URL, InMemoryCertificateSource
from skill.web.app import WebSettings, create_app
from skill.web.verification import SignatureVerifier

SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"


def verified_app() -> Flask:
    """Production settings: signature, timestamp and skill id checked on every request."""
    ca_dir = Path(os.environ["BENCH_CA_DIR"])
    root = x509.load_pem_x509_certificate((ca_dir / "root.pem").read_bytes())
    source = InMemoryCertificateSource({DEFAULT_URL: (ca_dir / "chain.pem").read_bytes()})
    verifier = SignatureVerifier(certificate_source=source, trust_roots=[root])
    return create_app(WebSettings(skill_ids=(SKILL_ID,)), signature_verifier=verifier)


def unverified_app() -> Flask:
    """The same app with verification off (development settings)."""
    return create_app(WebSettings(dev=True))


def canned_app() -> Flask:
    """The same server answering one fixed response: what HTTP and gunicorn alone cost."""
    app = Flask(__name__)
    canned = json.dumps({"version": "1.0", "response": {"outputSpeech": {"type": "PlainText", "text": "Hello"},
                                                        "shouldEndSession": False}})

    @app.post("/alexa")
    def alexa() -> Response:
        return Response(canned, mimetype="application/json")

    return app
