"""The SQLite memory store: per-user round trips, isolation, expiry, the version check, and what survives
several processes writing at once and a writer killed with SIGKILL mid-write."""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import random
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from ask_sdk_core.exceptions import PersistenceException
from ask_sdk_model import Context, RequestEnvelope
from ask_sdk_model.interfaces.system import SystemState
from ask_sdk_model.user import User

from skill.storage import (
    RETENTION_DAYS,
    VERSION_KEY,
    MemorySettings,
    SqlitePersistenceAdapter,
    StorageSettingsError,
    VersionConflict,
    persistence_adapter,
)
from skill.storage.sqlite_adapter import DATABASE_FILE
from tests.storage_contract import (
    a_stale_save_conflicts_and_changes_nothing,
    creating_conflicts_when_another_request_created_it_first,
)

REPO = Path(__file__).resolve().parents[1]
DAY = 24 * 60 * 60
START = 1_700_000_000.0


def envelope_for(user_id: str | None) -> RequestEnvelope:
    """The smallest request envelope that carries a user id (or none)."""
    return RequestEnvelope(context=Context(system=SystemState(user=User(user_id=user_id))))


class FakeClock:
    """Epoch seconds that only move when the test says so."""

    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock) -> SqlitePersistenceAdapter:
    return SqlitePersistenceAdapter(tmp_path / "data" / DATABASE_FILE, clock=clock)


def stored_rows(path: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT user_id, attributes, expires_at FROM memory ORDER BY user_id").fetchall()


# --- settings ---


def test_settings_default_to_memory_off_and_sqlite_in_the_user_data_folder(tmp_path: Path) -> None:
    settings = MemorySettings.from_env({"XDG_DATA_HOME": str(tmp_path)})
    assert settings == MemorySettings(memory=False, storage="sqlite", data_dir=tmp_path / "muscle-twitch-helper")
    assert persistence_adapter(settings) is None
    without_xdg = MemorySettings.from_env({})
    assert without_xdg.data_dir == Path.home() / ".local" / "share" / "muscle-twitch-helper"


def test_settings_read_every_variable_and_overrides_win(tmp_path: Path) -> None:
    environ = {
        "MTH_MEMORY": "ON",
        "MTH_STORAGE": "dynamodb",
        "MTH_DATA_DIR": str(tmp_path / "memory"),
        "MTH_DYNAMODB_TABLE": "twitch-memory",
    }
    settings = MemorySettings.from_env(environ)
    assert (settings.memory, settings.storage, settings.data_dir, settings.dynamodb_table) == (
        True,
        "dynamodb",
        tmp_path / "memory",
        "twitch-memory",
    )
    overridden = MemorySettings.from_env({**environ, "MTH_MEMORY": "maybe"}, memory=False, storage="sqlite")
    assert (overridden.memory, overridden.storage) == (False, "sqlite")


@pytest.mark.parametrize(
    ("environ", "variable"),
    [
        ({"MTH_MEMORY": "yes please"}, "MTH_MEMORY"),
        ({"MTH_STORAGE": "postgres"}, "MTH_STORAGE"),
        ({"MTH_MEMORY": "on", "MTH_STORAGE": "dynamodb"}, "MTH_DYNAMODB_TABLE"),
        ({"MTH_DYNAMODB_TABLE": "a b"}, "MTH_DYNAMODB_TABLE"),
    ],
)
def test_a_bad_setting_is_a_value_error_naming_the_variable(environ: dict[str, str], variable: str) -> None:
    with pytest.raises(StorageSettingsError, match=variable) as raised:
        MemorySettings.from_env(environ)
    assert isinstance(raised.value, ValueError)


def test_an_unknown_override_is_refused() -> None:
    with pytest.raises(TypeError, match="memroy"):
        MemorySettings.from_env({}, memroy=True)


def test_memory_on_with_sqlite_gives_an_adapter_on_a_file_in_the_data_dir(tmp_path: Path) -> None:
    adapter = persistence_adapter(MemorySettings.from_env({"MTH_MEMORY": "on", "MTH_DATA_DIR": str(tmp_path / "d")}))
    assert isinstance(adapter, SqlitePersistenceAdapter)
    assert not (tmp_path / "d").exists()  # nothing is opened until the first request needs it
    adapter.save_attributes(envelope_for("amzn1.ask.account.A"), {"twitches": 1})
    assert stat.S_IMODE((tmp_path / "d").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "d" / DATABASE_FILE).stat().st_mode) == 0o600
    with sqlite3.connect(tmp_path / "d" / DATABASE_FILE) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)


# --- round trips ---


def test_round_trip_per_user_with_a_hidden_version(store: SqlitePersistenceAdapter) -> None:
    envelope = envelope_for("amzn1.ask.account.A")
    assert store.get_attributes(envelope) == {}
    facts = {"body_parts": ["calf", "thigh"], "weeks": 3, "weight_kg": 72.5, "pregnant": None, "cramps": True}
    store.save_attributes(envelope, dict(facts))
    read = store.get_attributes(envelope)
    assert {key: value for key, value in read.items() if key != VERSION_KEY} == facts
    assert isinstance(read[VERSION_KEY], str) and read[VERSION_KEY]
    assert json.loads(stored_rows(store.path)[0][1]) == facts  # the token is stored beside, not inside


def test_users_are_isolated(store: SqlitePersistenceAdapter) -> None:
    alice, bob = envelope_for("amzn1.ask.account.ALICE"), envelope_for("amzn1.ask.account.BOB")
    store.save_attributes(alice, {"body_parts": ["eyelid"]})
    store.save_attributes(bob, {"body_parts": ["calf"]})
    assert store.get_attributes(alice)["body_parts"] == ["eyelid"]
    assert store.get_attributes(bob)["body_parts"] == ["calf"]
    store.delete_attributes(alice)
    assert store.get_attributes(alice) == {}
    assert store.get_attributes(bob)["body_parts"] == ["calf"]


def test_an_envelope_without_a_user_id_reads_empty_and_stores_nothing(store: SqlitePersistenceAdapter) -> None:
    for envelope in (envelope_for(None), RequestEnvelope()):
        assert store.get_attributes(envelope) == {}
        store.save_attributes(envelope, {"weeks": 2})
        store.delete_attributes(envelope)
    assert not store.path.exists()


def test_saving_the_same_dict_twice_in_one_request_works(store: SqlitePersistenceAdapter) -> None:
    envelope = envelope_for("amzn1.ask.account.A")
    attributes = store.get_attributes(envelope)
    attributes["weeks"] = 1
    store.save_attributes(envelope, attributes)
    attributes["weeks"] = 2
    store.save_attributes(envelope, attributes)  # the first save updated the dict's version
    assert store.get_attributes(envelope)["weeks"] == 2


def test_values_json_cannot_hold_are_refused_without_being_repeated(store: SqlitePersistenceAdapter) -> None:
    envelope = envelope_for("amzn1.ask.account.A")
    for bad in ({"worries": {"SECRET-FACT"}}, {"score": float("nan")}, {"when": (b"SECRET-FACT",)}):
        with pytest.raises(PersistenceException, match="JSON-compatible") as raised:
            store.save_attributes(envelope, bad)
        assert "SECRET-FACT" not in str(raised.value)
        assert raised.value.__cause__ is None and raised.value.__suppress_context__  # no trace of json's message
    assert store.get_attributes(envelope) == {}


# --- the version check ---


def test_a_stale_save_raises_version_conflict_and_changes_nothing(store: SqlitePersistenceAdapter) -> None:
    a_stale_save_conflicts_and_changes_nothing(store, envelope_for("amzn1.ask.account.A"))


def test_creating_a_record_conflicts_when_another_request_created_it_first(store: SqlitePersistenceAdapter) -> None:
    creating_conflicts_when_another_request_created_it_first(store, envelope_for("amzn1.ask.account.A"))


def test_a_version_read_before_a_delete_does_not_overwrite_a_record_created_after_it(
    store: SqlitePersistenceAdapter,
) -> None:
    envelope = envelope_for("amzn1.ask.account.A")
    store.save_attributes(envelope, {"weeks": 1})
    stale = store.get_attributes(envelope)
    store.delete_attributes(envelope)
    store.save_attributes(envelope, {"weeks": 2})
    with pytest.raises(VersionConflict):
        store.save_attributes(envelope, stale)


# --- expiry ---


def test_a_record_expires_120_days_after_the_last_save(store: SqlitePersistenceAdapter, clock: FakeClock) -> None:
    assert RETENTION_DAYS == 120
    envelope = envelope_for("amzn1.ask.account.A")
    store.save_attributes(envelope, {"weeks": 1})
    clock.now = START + 119 * DAY
    refreshed = store.get_attributes(envelope)
    assert refreshed["weeks"] == 1
    store.save_attributes(envelope, refreshed)  # a visit on day 119 restarts the 120 days
    clock.now = START + 200 * DAY
    assert store.get_attributes(envelope)["weeks"] == 1
    clock.now = START + (119 + 120) * DAY - 1
    assert store.get_attributes(envelope)["weeks"] == 1
    clock.now = START + (119 + 120) * DAY
    assert store.get_attributes(envelope) == {}
    assert stored_rows(store.path) == []  # purged, not just hidden


def test_expired_records_of_users_who_never_return_are_purged_by_any_save(
    store: SqlitePersistenceAdapter, clock: FakeClock
) -> None:
    store.save_attributes(envelope_for("amzn1.ask.account.GONE"), {"weeks": 1})
    clock.now = START + 121 * DAY
    store.save_attributes(envelope_for("amzn1.ask.account.HERE"), {"weeks": 2})
    assert [row[0] for row in stored_rows(store.path)] == ["amzn1.ask.account.HERE"]
    assert stored_rows(store.path)[0][2] == int(clock.now) + 120 * DAY


def test_purge_expired_deletes_only_expired_records(store: SqlitePersistenceAdapter, clock: FakeClock) -> None:
    store.save_attributes(envelope_for("amzn1.ask.account.OLD"), {"weeks": 1})
    clock.now = START + 60 * DAY
    store.save_attributes(envelope_for("amzn1.ask.account.NEWER"), {"weeks": 2})
    clock.now = START + 120 * DAY
    assert store.purge_expired() == 1
    assert [row[0] for row in stored_rows(store.path)] == ["amzn1.ask.account.NEWER"]


def test_an_expired_record_can_be_created_again_without_a_version(
    store: SqlitePersistenceAdapter, clock: FakeClock
) -> None:
    envelope = envelope_for("amzn1.ask.account.A")
    store.save_attributes(envelope, {"weeks": 1})
    clock.now = START + 130 * DAY
    store.save_attributes(envelope, {"weeks": 7})  # no version: the expired record counts as absent
    assert store.get_attributes(envelope)["weeks"] == 7


# --- nothing in the logs ---


def test_nothing_stored_appears_in_logs_or_errors(
    store: SqlitePersistenceAdapter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    envelope = envelope_for("amzn1.ask.account.A")
    store.save_attributes(envelope, {"worry": "SECRET-FACT-41"})
    stale = store.get_attributes(envelope)
    store.save_attributes(envelope, store.get_attributes(envelope))
    stale["worry"] = "SECRET-FACT-42"
    with pytest.raises(VersionConflict) as raised:
        store.save_attributes(envelope, stale)
    assert "SECRET-FACT" not in caplog.text and "SECRET-FACT" not in str(raised.value)


# --- several processes, one file ---

PROCESSES = 4
INCREMENTS_EACH = 40


def _increment_worker(store: SqlitePersistenceAdapter, user_id: str, start: Any, results: Any, increments: int) -> None:
    """Add 1 to the user's count `increments` times, reading again after every conflict."""
    inherited = store._connection  # opened by the parent before the fork
    envelope = envelope_for(user_id)
    conflicts = 0
    start.wait()
    for _ in range(increments):
        while True:
            attributes = store.get_attributes(envelope)
            attributes["count"] = attributes.get("count", 0) + 1
            time.sleep(0.001)  # a handler's work between read and save: room for another worker to save first
            try:
                store.save_attributes(envelope, attributes)
                break
            except VersionConflict:
                conflicts += 1
    results.put((conflicts, store._connection is not inherited))


def test_processes_incrementing_one_users_count_lose_no_update(tmp_path: Path) -> None:
    store = SqlitePersistenceAdapter(tmp_path / DATABASE_FILE)
    user_id = "amzn1.ask.account.COUNTER"
    store.save_attributes(envelope_for("amzn1.ask.account.PARENT"), {})  # the parent's connection exists now
    # fork, so every child inherits the adapter and its open connection, as gunicorn workers would.
    context = multiprocessing.get_context("fork")
    start, results = context.Barrier(PROCESSES), context.Queue()
    workers = [
        context.Process(target=_increment_worker, args=(store, user_id, start, results, INCREMENTS_EACH))
        for _ in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    reports = [results.get(timeout=60) for _ in workers]
    for worker in workers:
        worker.join(timeout=10)
        assert worker.exitcode == 0
    conflicts = sum(report[0] for report in reports)
    print(f"\n{PROCESSES} processes x {INCREMENTS_EACH} increments: {conflicts} conflicts retried")
    assert all(reopened for _, reopened in reports), "a forked worker used its parent's SQLite connection"
    assert store.get_attributes(envelope_for(user_id))["count"] == PROCESSES * INCREMENTS_EACH


# --- a writer killed with SIGKILL ---

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from ask_sdk_model import Context, RequestEnvelope
    from ask_sdk_model.interfaces.system import SystemState
    from ask_sdk_model.user import User
    from skill.storage import SqlitePersistenceAdapter

    def envelope(user_id):
        return RequestEnvelope(context=Context(system=SystemState(user=User(user_id=user_id))))

    store = SqlitePersistenceAdapter(Path(sys.argv[1]))
    round_name = sys.argv[2]
    counter = envelope("amzn1.ask.account.COUNTER")
    for number in range(1_000_000):
        user_id = f"amzn1.ask.account.{round_name}-{number}"
        store.save_attributes(envelope(user_id), {"number": number, "filler": "x" * (number % 3000)})
        attributes = store.get_attributes(counter)
        attributes["count"] = attributes.get("count", 0) + 1
        store.save_attributes(counter, attributes)
        # Printed only after both commits returned: every line is a promise that the record is on disk.
        print(user_id, number, attributes["count"], flush=True)
    """
)
KILL_ROUNDS = 10


def test_records_reported_committed_survive_sigkill_and_the_file_stays_sound(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_FILE
    seed = random.randrange(1_000_000)
    chance = random.Random(seed)
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    store = SqlitePersistenceAdapter(path)
    counter = envelope_for("amzn1.ask.account.COUNTER")
    confirmed = 0
    last_count = 0
    for round_number in range(KILL_ROUNDS):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), f"round{round_number}"],
            stdout=subprocess.PIPE,
            env=environment,
            text=True,
        )
        assert writer.stdout is not None
        first_line = writer.stdout.readline()  # the writer is committing from here on
        assert first_line, f"the writer died before its first commit (seed {seed})"
        time.sleep(chance.uniform(0.0, 0.15))
        writer.send_signal(signal.SIGKILL)
        rest = writer.stdout.read()
        writer.wait(timeout=10)
        assert writer.returncode == -signal.SIGKILL
        # A line cut off by the kill (no newline) promised nothing.
        lines = [line for line in (first_line + rest).splitlines(keepends=True) if line.endswith("\n")]
        for line in lines:
            user_id, number, count = line.split()
            assert store.get_attributes(envelope_for(user_id))["number"] == int(number), f"lost (seed {seed})"
        last_count = int(lines[-1].split()[2])
        # The kill may land after the counter's commit and before its line: at most one more than reported.
        assert store.get_attributes(counter)["count"] - last_count in (0, 1), f"seed {seed}"
        confirmed += len(lines)
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    print(f"\n{KILL_ROUNDS} writers killed with SIGKILL (seed {seed}): {confirmed} reported commits, none lost")
