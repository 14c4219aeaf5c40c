"""The web service through Flask's test client, with real request envelopes signed by a throwaway CA."""

from __future__ import annotations

import copy
import json
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient

from skill.alexa.builder import build_skill
from skill.cli import main
from skill.domain.content import load_content
from skill.local.signing import DEFAULT_URL, ThrowawayCertificateAuthority
from skill.web.app import ConfigurationError, WebSettings, create_app
from skill.web.verification import SignatureVerifier

FIXTURES = Path(__file__).parent / "fixtures" / "requests"
SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"
NOW = datetime(2026, 11, 26, 9, 0, 30, tzinfo=UTC)  # 30 s after the fixtures' timestamp
CONTENT = load_content("en-US")  # the fixtures and the chat speak as en-US
SKILL = build_skill()
CA = ThrowawayCertificateAuthority(now=NOW)


def fixture(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def body_of(envelope: dict[str, Any]) -> bytes:
    return json.dumps(envelope).encode("utf-8")


def production_client(**verifier_options: Any) -> FlaskClient:
    source = verifier_options.pop("certificate_source", CA.certificate_source())
    verifier = SignatureVerifier(certificate_source=source, trust_roots=[CA.root], clock=lambda: NOW)
    app = create_app(WebSettings(skill_ids=(SKILL_ID,)), skill=SKILL, signature_verifier=verifier, clock=lambda: NOW)
    return app.test_client()


def dev_client() -> FlaskClient:
    return create_app(WebSettings(dev=True), skill=SKILL).test_client()


def post_signed(client: FlaskClient, body: bytes, headers: dict[str, str] | None = None) -> Any:
    return client.post("/alexa", data=body, content_type="application/json; charset=utf-8",
                       headers=headers if headers is not None else CA.headers(body))


def speech(response: Any) -> str:
    return response.get_json()["response"]["outputSpeech"]["ssml"]


# -- production: every check Amazon requires ------------------------------------------------------------------


def test_a_correctly_signed_request_is_answered() -> None:
    response = post_signed(production_client(), body_of(fixture("launch")))
    assert response.status_code == 200
    assert "Welcome to Muscle Twitch Helper" in speech(response)


def _rejected(response: Any, reason_part: str) -> None:
    assert response.status_code == 400, response.get_data(as_text=True)
    assert reason_part in response.get_json()["error"]


def test_a_tampered_body_is_rejected() -> None:
    body = body_of(fixture("launch"))
    headers = CA.headers(body)
    _rejected(post_signed(production_client(), body.replace(b"LaunchRequest", b"LaunchRequesT"), headers),
              "signature")


def test_a_signature_by_another_key_is_rejected() -> None:
    body = body_of(fixture("launch"))
    impostor = CA.issue_leaf(key_slot="someone-else")
    headers = {**CA.headers(body), "Signature-256": CA.sign(body, impostor)}
    _rejected(post_signed(production_client(), body, headers), "signature")


@pytest.mark.parametrize(("leaf_options", "reason"), [
    ({"not_after": NOW - timedelta(seconds=1)}, "expired"),
    ({"not_before": NOW + timedelta(hours=1)}, "not valid yet"),
    ({"san": ("example.com",)}, "echo-api.amazon.com"),
    ({"trusted": False}, "trust"),
])
def test_a_bad_certificate_is_rejected(leaf_options: dict[str, Any], reason: str) -> None:
    leaf = CA.issue_leaf(**leaf_options)
    body = body_of(fixture("launch"))
    client = production_client(certificate_source=CA.certificate_source(leaf=leaf))
    response = post_signed(client, body, CA.headers(body, leaf=leaf))
    assert response.status_code == 400
    assert reason in response.get_json()["error"].lower()


@pytest.mark.parametrize("url", [
    "http://s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "https://notamazon.com/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem",
    "https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem",
])
def test_a_bad_certificate_url_is_rejected(url: str) -> None:
    body = body_of(fixture("launch"))
    response = post_signed(production_client(), body, CA.headers(body, url=url))
    assert response.status_code == 400 and "url" in response.get_json()["error"].lower()


def test_missing_signature_headers_are_rejected() -> None:
    _rejected(post_signed(production_client(), body_of(fixture("launch")), {}), "")


def test_a_stale_timestamp_is_rejected() -> None:
    envelope = fixture("launch")
    envelope["request"]["timestamp"] = (NOW - timedelta(seconds=151)).strftime("%Y-%m-%dT%H:%M:%SZ")
    _rejected(post_signed(production_client(), body_of(envelope)), "timestamp")


def test_a_wrong_skill_id_is_rejected() -> None:
    envelope = fixture("launch")
    for part in (envelope["session"], envelope["context"]["System"]):
        part["application"]["applicationId"] = "amzn1.ask.skill.someone-elses-skill"
    _rejected(post_signed(production_client(), body_of(envelope)), "application id")


def test_a_failed_certificate_download_is_a_400_not_a_500() -> None:
    client = production_client(certificate_source=CA.certificate_source(url="https://s3.amazonaws.com/echo.api/x"))
    _rejected(post_signed(client, body_of(fixture("launch"))), "download")


def test_the_chain_is_fetched_once_and_then_cached() -> None:
    source = CA.certificate_source()
    client = production_client(certificate_source=source)
    for _ in range(3):
        assert post_signed(client, body_of(fixture("launch"))).status_code == 200
    assert source.fetch_count == 1 and source.fetched_urls == [DEFAULT_URL]


def test_production_refuses_to_start_without_a_skill_id() -> None:
    with pytest.raises(ConfigurationError, match="skill id"):
        create_app(WebSettings(), skill=SKILL)


def test_the_skill_id_can_come_from_the_environment() -> None:
    settings = WebSettings.from_env({"ALEXA_SKILL_ID": f" {SKILL_ID} , amzn1.ask.skill.other "})
    assert settings.skill_ids == (SKILL_ID, "amzn1.ask.skill.other")


# -- bad input: always a clear 4xx ----------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "content_type", "status", "reason"), [
    (b"not json at all", "application/json", 400, "not valid JSON"),
    (b"\xff\xfe\x00garbage", "application/json", 400, "not valid JSON"),
    (b"[1, 2, 3]", "application/json", 400, "not a JSON object"),
    (b'{"hello": "world"}', "application/json", 400, "not an Alexa request envelope"),
    (b'{"version": "1.0", "request": {"type": "LaunchRequest"}}', "application/json", 400, "request.requestId"),
    (b"{}", "text/plain", 415, "application/json"),
])
def test_bad_bodies_get_a_clear_4xx(body: bytes, content_type: str, status: int, reason: str) -> None:
    response = dev_client().post("/alexa", data=body, content_type=content_type)
    assert response.status_code == status
    assert reason in response.get_json()["error"]


def test_a_body_over_the_limit_is_413() -> None:
    envelope = fixture("launch")
    envelope["padding"] = "x" * (256 * 1024)
    response = dev_client().post("/alexa", data=body_of(envelope), content_type="application/json")
    assert response.status_code == 413 and "larger than" in response.get_json()["error"]


def test_a_chunked_body_over_the_limit_is_413_too() -> None:
    # No Content-Length: the size is only known by reading (the server says it ends the stream, as gunicorn does).
    envelope = fixture("launch")
    envelope["padding"] = "x" * (256 * 1024)
    response = dev_client().post("/alexa", data=body_of(envelope), content_type="application/json",
                                 headers={"Transfer-Encoding": "chunked"},
                                 environ_base={"wsgi.input_terminated": True})
    assert response.status_code == 413 and "larger than" in response.get_json()["error"]


def _deeply_nested(depth: int) -> bytes:
    return b'{"version": "1.0", "request": ' + b"[" * depth + b"]" * depth + b"}"


@pytest.mark.parametrize(("body", "reason"), [
    (_deeply_nested(100_000), "nested too deeply"),  # past the JSON parser's own recursion limit
    (_deeply_nested(500), "nested more than"),  # parsed, but deeper than any envelope
    (b'{"version": "1.0", "request": {"n": ' + b"9" * 5000 + b"}}", "not valid JSON"),  # 4,300-digit limit
    (b'{"version": "1.0", "request": {"n": NaN}}', "not valid JSON"),
    (b'{"version": "1.0", "request": {"n": 1e999}}', "not valid JSON"),
])
def test_bodies_that_break_parsers_are_400(body: bytes, reason: str) -> None:
    response = dev_client().post("/alexa", data=body, content_type="application/json")
    assert response.status_code == 400 and reason in response.get_json()["error"]


@pytest.mark.parametrize("mutate", [
    lambda e: e["context"]["System"].update(application=["not", "an", "object"]),
    lambda e: e["session"].update(application="amzn1.ask.skill.x"),
    lambda e: e.pop("session"),
    lambda e: e["session"].update(attributes=["a", "list"]),
    lambda e: e["request"].pop("intent"),
], ids=["context-application", "session-application", "no-session", "attributes-list", "no-intent"])
def test_envelopes_with_parts_of_the_wrong_shape_are_400(mutate: Any) -> None:
    envelope = fixture("yes_to_emergency_screen")
    mutate(envelope)
    for client in (dev_client(), production_client()):
        body = body_of(envelope)
        response = client.post("/alexa", data=body, content_type="application/json", headers=CA.headers(body))
        assert response.status_code == 400, response.get_json()


def test_an_unknown_request_type_cannot_echo_deep_attributes() -> None:
    envelope = fixture("launch")
    envelope["request"]["type"] = "Alexa.Something.Invented"
    deep: Any = "x"
    for _ in range(200):
        deep = {"d": deep}
    envelope["session"]["attributes"] = {"deep": deep}
    response = dev_client().post("/alexa", data=body_of(envelope), content_type="application/json")
    assert response.status_code == 400 and "nested" in response.get_json()["error"]


def test_a_malformed_timestamp_is_400() -> None:
    envelope = fixture("launch")
    envelope["request"]["timestamp"] = "yesterday-ish"
    response = dev_client().post("/alexa", data=body_of(envelope), content_type="application/json")
    assert response.status_code == 400 and "timestamp" in response.get_json()["error"]


def test_a_body_the_sdk_cannot_read_is_400() -> None:
    envelope = fixture("launch")
    envelope["request"]["locale"] = {"not": "a string"}
    envelope["session"]["new"] = "sometimes"
    envelope["request"]["timestamp"] = "2026-11-26T09:00:00Z"
    envelope["context"]["System"]["device"] = ["not", "an", "object"]
    response = dev_client().post("/alexa", data=body_of(envelope), content_type="application/json")
    assert response.status_code == 400


def test_an_unknown_request_type_gets_a_polite_spoken_answer() -> None:
    envelope = fixture("launch")
    envelope["request"]["type"] = "Alexa.Something.Invented.Next.Year"
    response = dev_client().post("/alexa", data=body_of(envelope), content_type="application/json")
    assert response.status_code == 200
    assert "can&apos;t do that here" in speech(response)


def test_wrong_method_and_path_are_clear() -> None:
    client = dev_client()
    assert client.get("/alexa").status_code == 405
    missing = client.get("/nothing-here")
    assert missing.status_code == 404 and "POST /alexa" in missing.get_json()["error"]


def test_an_error_outside_the_skill_handlers_is_spoken_not_a_500() -> None:
    class ExplodingSkill:
        serializer = SKILL.serializer

        def invoke(self, request_envelope: Any, context: Any) -> Any:
            raise RuntimeError("disk full at /srv/secret")

    app = create_app(WebSettings(dev=True), skill=ExplodingSkill())  # type: ignore[arg-type]
    envelope = fixture("launch")
    envelope["session"]["attributes"] = {"pending_question": "onset"}
    response = app.test_client().post("/alexa", data=body_of(envelope), content_type="application/json")
    assert response.status_code == 200
    assert CONTENT.line("error_retry").replace("'", "&apos;") in speech(response)
    assert response.get_json()["sessionAttributes"] == {"pending_question": "onset"}  # nothing lost
    assert "secret" not in response.get_data(as_text=True)


# -- development mode ------------------------------------------------------------------------------------------


def test_dev_mode_answers_unsigned_requests_from_this_machine() -> None:
    response = dev_client().post("/alexa", data=body_of(fixture("launch")), content_type="application/json")
    assert response.status_code == 200


def test_dev_mode_refuses_callers_from_elsewhere() -> None:
    response = dev_client().post("/alexa", data=body_of(fixture("launch")), content_type="application/json",
                                 environ_base={"REMOTE_ADDR": "192.0.2.10"})
    assert response.status_code == 403


@pytest.mark.parametrize("path", ["/alexa", "/healthz", "/"])
def test_dev_mode_refuses_a_host_name_that_is_not_this_machine(path: str) -> None:
    # DNS rebinding: a page on evil.example resolves its name to 127.0.0.1; the browser still sends its Host.
    client = dev_client()
    headers = {"Host": "evil.example:8000"}
    response = client.post(path, data=body_of(fixture("launch")), content_type="application/json",
                           headers=headers) if path == "/alexa" else client.get(path, headers=headers)
    assert response.status_code == 403 and "loopback host name" in response.get_json()["error"]
    assert client.get(path if path != "/alexa" else "/healthz", headers={"Host": "localhost:8000"}).status_code == 200


def test_dev_mode_still_checks_the_skill_id_when_given() -> None:
    app = create_app(WebSettings(dev=True, skill_ids=("amzn1.ask.skill.mine",)), skill=SKILL)
    response = app.test_client().post("/alexa", data=body_of(fixture("launch")), content_type="application/json")
    assert response.status_code == 400


def test_serve_refuses_dev_mode_on_a_public_address(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--dev", "--host", "0.0.0.0", "--port", "0"]) == 2
    assert "loopback" in capsys.readouterr().err


def test_serve_refuses_production_without_a_skill_id(capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ALEXA_SKILL_ID", raising=False)
    assert main(["serve", "--port", "0"]) == 2
    assert "skill id" in capsys.readouterr().err


# -- health and logs --------------------------------------------------------------------------------------------


def test_healthz_reports_version_and_model() -> None:
    health = dev_client().get("/healthz")
    assert health.status_code == 200
    document = health.get_json()
    assert document["status"] == "ok" and document["model_loaded"] is True and document["version"]
    assert document["verification"].startswith("off")


def test_one_log_line_per_request_without_health_details(caplog: pytest.LogCaptureFixture) -> None:
    envelope = copy.deepcopy(fixture("one_shot_calf_and_thigh"))
    with caplog.at_level(logging.DEBUG):
        response = dev_client().post("/alexa", data=body_of(envelope), content_type="application/json")
    assert response.status_code == 200
    lines = [r for r in caplog.records if r.name == "skill.web" and r.levelno == logging.INFO]
    assert len(lines) == 1
    record = json.loads(lines[0].getMessage())
    assert record["request_id"] == envelope["request"]["requestId"]
    assert record["type"] == "IntentRequest" and record["intent"] == "ReportTwitchIntent"
    assert record["status"] == 200 and record["latency_ms"] >= 0
    everything_logged = " ".join(r.getMessage() for r in caplog.records if r.levelno >= logging.INFO)
    for private in ("calf", "thigh", "safety check", "diagnosis"):
        assert private not in everything_logged
