"""The DynamoDB memory store against a real DynamoDB-compatible server: moto_server, a separate process on loopback.

boto3 finds the server the way it finds DynamoDB in production, through its own configuration: here
AWS_ENDPOINT_URL_DYNAMODB, a region and dummy credentials. Nothing here can reach AWS or wait on a network timeout:
the endpoint is loopback and the instance metadata lookup is off.
"""

from __future__ import annotations

import http.client
import importlib
import logging
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter
from ask_sdk_core.exceptions import PersistenceException
from ask_sdk_model import Context, RequestEnvelope
from ask_sdk_model.interfaces.system import SystemState
from ask_sdk_model.user import User

from skill.storage import VERSION_KEY, MemorySettings, VersionConflict, persistence_adapter
from tests.skill_server import stop_process
from tests.storage_contract import (
    a_stale_save_conflicts_and_changes_nothing,
    creating_conflicts_when_another_request_created_it_first,
)

REPO = Path(__file__).resolve().parents[1]
TABLE = "muscle-twitch-memory"
DAY = 24 * 60 * 60
START = 1_700_000_000.0
SERVER_START_SECONDS = 30


def envelope_for(user_id: str | None) -> RequestEnvelope:
    """The smallest request envelope that carries a user id (or none)."""
    return RequestEnvelope(context=Context(system=SystemState(user=User(user_id=user_id))))


def new_user() -> RequestEnvelope:
    """A user no other test has touched, so tests share the table without seeing each other."""
    return envelope_for(f"amzn1.ask.account.{uuid.uuid4().hex}")


class FakeClock:
    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def answers(port: int) -> bool:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=0.5)
    try:
        connection.request("GET", "/moto-api/")
        return connection.getresponse().status == 200
    except OSError:
        return False
    finally:
        connection.close()


# Credentials and region are dummies; the config files point nowhere so a developer's ~/.aws cannot leak in.
def aws_environment(tmp_path: Path, endpoint: str | None) -> dict[str, str]:
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("AWS_") and key != "BOTO_CONFIG"
    }
    environment.update(
        AWS_ACCESS_KEY_ID="testing",
        AWS_SECRET_ACCESS_KEY="testing",
        AWS_CONFIG_FILE=str(tmp_path / "no-aws-config"),
        AWS_SHARED_CREDENTIALS_FILE=str(tmp_path / "no-aws-credentials"),
        AWS_EC2_METADATA_DISABLED="true",
    )
    if endpoint is not None:
        environment.update(AWS_DEFAULT_REGION="us-east-1", AWS_ENDPOINT_URL_DYNAMODB=endpoint)
    return environment


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """moto_server on a free loopback port for this module, with boto3's environment pointing at it."""
    folder = tmp_path_factory.mktemp("moto")
    port = free_port()
    log_path = folder / "moto_server.log"
    with open(log_path, "wb") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + SERVER_START_SECONDS
        while not answers(port):
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"moto_server did not start on port {port}:\n{log_path.read_text()[-2000:]}")
            time.sleep(0.1)
        url = f"http://127.0.0.1:{port}"
        with pytest.MonkeyPatch.context() as patch:
            for key in [key for key in os.environ if key.startswith("AWS_")]:
                patch.delenv(key)
            for key, value in aws_environment(folder, url).items():
                patch.setenv(key, value)
            yield url
    finally:
        stop_process(server)


@pytest.fixture(scope="module")
def dynamodb(endpoint: str) -> ModuleType:
    """skill.storage.dynamodb_adapter, imported once boto3 has a region (Amazon's adapter needs one to import)."""
    return importlib.import_module("skill.storage.dynamodb_adapter")


@pytest.fixture(scope="module")
def resource(dynamodb: ModuleType) -> Any:
    """A boto3 resource built from the environment, with the table created and ACTIVE."""
    built = dynamodb.dynamodb_resource()
    dynamodb.create_memory_table(built, TABLE)
    return built


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(dynamodb: ModuleType, resource: Any, clock: FakeClock) -> Any:
    return dynamodb.DynamoDbMemoryAdapter(TABLE, resource, clock=clock)


def raw_item(resource: Any, envelope: RequestEnvelope) -> dict[str, Any] | None:
    key = {"id": envelope.context.system.user.user_id}
    return resource.Table(TABLE).get_item(Key=key, ConsistentRead=True).get("Item")


def test_the_table_helper_waits_for_an_active_on_demand_table_with_ttl(dynamodb: ModuleType, resource: Any) -> None:
    client = resource.meta.client
    dynamodb.create_memory_table(resource, TABLE)  # a second call finds the table and leaves it as it is
    table = client.describe_table(TableName=TABLE)["Table"]
    assert table["TableStatus"] == "ACTIVE"
    assert table["KeySchema"] == [{"AttributeName": "id", "KeyType": "HASH"}]
    assert table["BillingModeSummary"]["BillingMode"] == "PAY_PER_REQUEST"
    ttl = client.describe_time_to_live(TableName=TABLE)["TimeToLiveDescription"]
    assert (ttl["TimeToLiveStatus"], ttl["AttributeName"]) == ("ENABLED", "expires_at")


def test_settings_build_amazons_adapter_from_boto3s_own_configuration(dynamodb: ModuleType, resource: Any) -> None:
    from ask_sdk_dynamodb.adapter import DynamoDbAdapter

    settings = MemorySettings.from_env({"MTH_MEMORY": "on", "MTH_STORAGE": "dynamodb", "MTH_DYNAMODB_TABLE": TABLE})
    adapter = persistence_adapter(settings)  # no resource given: region and endpoint come from the environment
    assert isinstance(adapter, DynamoDbAdapter) and isinstance(adapter, AbstractPersistenceAdapter)
    assert adapter.create_table is False
    envelope = new_user()
    adapter.save_attributes(envelope, {"weeks": 2})
    assert raw_item(resource, envelope)["attributes"] == {"weeks": 2}  # it reached the loopback server


def test_round_trip_with_a_ttl_attribute_and_the_version_beside_the_attributes(
    store: Any, resource: Any, clock: FakeClock
) -> None:
    envelope, other = new_user(), new_user()
    assert store.get_attributes(envelope) == {}
    store.save_attributes(envelope, {"body_parts": ["calf"], "weeks": 3})
    store.save_attributes(other, {"body_parts": ["eyelid"]})
    read = store.get_attributes(envelope)
    assert {key: value for key, value in read.items() if key != VERSION_KEY} == {"body_parts": ["calf"], "weeks": 3}
    assert store.get_attributes(other)["body_parts"] == ["eyelid"]
    item = raw_item(resource, envelope)
    assert item["attributes"] == {"body_parts": ["calf"], "weeks": 3}
    assert item["version"] == read[VERSION_KEY]
    assert item["expires_at"] == int(START) + 120 * DAY  # a top-level number, epoch seconds, for DynamoDB's TTL


def test_floats_are_stored_as_decimal_and_read_back_as_int_or_float(store: Any, resource: Any) -> None:
    envelope = new_user()
    facts = {"weight_kg": 72.5, "tenth": 0.1, "weeks": 3, "whole_float": 4.0, "cramps": True, "nested": [{"x": 1.25}]}
    store.save_attributes(envelope, dict(facts))
    item = raw_item(resource, envelope)["attributes"]
    assert item["weight_kg"] == Decimal("72.5") and item["tenth"] == Decimal("0.1")
    read = store.get_attributes(envelope)
    assert read["weight_kg"] == 72.5 and type(read["weight_kg"]) is float
    assert read["tenth"] == 0.1 and type(read["tenth"]) is float
    assert read["weeks"] == 3 and type(read["weeks"]) is int
    assert read["whole_float"] == 4 and type(read["whole_float"]) is int  # DynamoDB keeps no int/float difference
    assert read["cramps"] is True
    assert read["nested"] == [{"x": 1.25}] and type(read["nested"][0]["x"]) is float


def test_a_stale_save_raises_version_conflict(store: Any) -> None:
    envelope = new_user()
    first = a_stale_save_conflicts_and_changes_nothing(store, envelope)
    first["count"] = 2
    store.save_attributes(envelope, first)  # the first save updated the dict's version: saving again works
    assert store.get_attributes(envelope)["count"] == 2


def test_creating_a_record_conflicts_when_another_request_created_it_first(store: Any) -> None:
    creating_conflicts_when_another_request_created_it_first(store, new_user())


def test_an_expired_item_reads_empty_is_deleted_and_can_be_created_again(
    store: Any, resource: Any, clock: FakeClock
) -> None:
    envelope = new_user()
    store.save_attributes(envelope, {"weeks": 1})
    clock.now = START + 120 * DAY - 1
    assert store.get_attributes(envelope)["weeks"] == 1
    clock.now = START + 120 * DAY
    assert store.get_attributes(envelope) == {}  # before DynamoDB's TTL sweep gets to it
    assert raw_item(resource, envelope) is None
    store.save_attributes(envelope, {"weeks": 9})
    assert store.get_attributes(envelope)["weeks"] == 9


def test_an_expired_item_not_yet_removed_does_not_block_a_new_record(store: Any, clock: FakeClock) -> None:
    envelope = new_user()
    store.save_attributes(envelope, {"weeks": 1})
    clock.now = START + 121 * DAY
    store.save_attributes(envelope, {"weeks": 4})  # without reading first: the stale item counts as absent
    assert store.get_attributes(envelope)["weeks"] == 4


def test_delete_and_envelopes_without_a_user_id(store: Any, resource: Any) -> None:
    envelope = new_user()
    store.save_attributes(envelope, {"weeks": 1})
    store.delete_attributes(envelope)
    assert store.get_attributes(envelope) == {} and raw_item(resource, envelope) is None
    for anonymous in (envelope_for(None), RequestEnvelope()):
        assert store.get_attributes(anonymous) == {}
        store.save_attributes(anonymous, {"weeks": 1})
        store.delete_attributes(anonymous)


def test_nothing_stored_appears_in_logs_even_at_debug(store: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    envelope = new_user()
    store.save_attributes(envelope, {"worry": "SECRET-FACT-41"})
    stale = store.get_attributes(envelope)
    store.save_attributes(envelope, store.get_attributes(envelope))
    with pytest.raises(VersionConflict) as raised:
        store.save_attributes(envelope, {**stale, "worry": "SECRET-FACT-42"})
    assert "SECRET-FACT" not in caplog.text and "SECRET-FACT" not in str(raised.value)
    assert raised.value.__cause__ is None and raised.value.__suppress_context__


def test_an_unreachable_endpoint_fails_fast_with_a_persistence_exception(dynamodb: ModuleType) -> None:
    import boto3

    closed = boto3.session.Session().resource(
        "dynamodb", endpoint_url=f"http://127.0.0.1:{free_port()}", config=dynamodb.CLIENT_CONFIG
    )
    store = dynamodb.DynamoDbMemoryAdapter(TABLE, closed)
    started = time.monotonic()
    with pytest.raises(PersistenceException, match="get_item failed: EndpointConnectionError"):
        store.get_attributes(new_user())
    assert time.monotonic() - started < 5


def test_without_a_region_the_import_fails_naming_the_variable(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", "import skill.storage.dynamodb_adapter"],
        env={**aws_environment(tmp_path, endpoint=None), "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "MissingAwsRegion: AWS_DEFAULT_REGION must be set" in result.stderr


def test_whole_sessions_weeks_apart_on_the_dynamodb_store(resource: Any, tmp_path: Path) -> None:
    """The same multi-session life as on SQLite (tests/test_memory_sessions.py), each session its own `chat`
    process against the DynamoDB-compatible server, days apart under faketime."""
    from tests.test_memory_sessions import FIRST_VISIT, STILL_GOING, session

    if shutil.which("faketime") is None:
        pytest.skip("needs faketime (scripts/test installs it)")
    on_dynamodb = {"MTH_STORAGE": "dynamodb", "MTH_DYNAMODB_TABLE": TABLE}
    first = session([*FIRST_VISIT, "yes"], tmp_path, **on_dynamodb)
    assert "I'll remember it" in first[-1]["speech"]
    day16 = session(STILL_GOING, tmp_path, days_later=16, **on_dynamodb)
    assert "Last time, 16 days ago, you told me about twitching in your eyelid" in day16[0]["speech"]
    assert day16[-2]["outcome"] == "see_doctor_if_persists"
    gone = session(["open muscle twitch helper", "no", "forget me", "yes"], tmp_path, days_later=17, **on_dynamodb)
    assert "I've deleted" in gone[-1]["speech"]
    assert not list(tmp_path.iterdir())  # nothing on the local disk: it all went to the table
    later = session(["open muscle twitch helper", "what did i tell you last time"], tmp_path, days_later=18,
                    **on_dynamodb)
    assert "I don't have anything stored about you" in later[1]["speech"]
