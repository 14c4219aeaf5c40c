"""How the production server runs: worker model, deadlines for slow clients, TLS. Read from options and MTH_* variables.

Standard library only, so the command line can declare these options without importing the web stack.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any


class ServerSettingsError(ValueError):
    """A server option or MTH_* variable has a value the server cannot run with."""


@dataclass(frozen=True)
class ServerSettings:
    """Defaults suit a two-core machine facing the internet directly: one gevent worker per core."""

    workers: int = 2
    worker_connections: int = 1000  # per worker; an idle client costs a greenlet and a file descriptor
    read_timeout: float = 10.0  # a whole request (TLS handshake, headers, body) must arrive within this
    keep_alive: int = 5  # idle wait for the next request on a kept-alive connection; 0 closes after each answer
    worker_timeout: int = 30  # a worker whose event loop is blocked this long is restarted
    certfile: str | None = None
    keyfile: str | None = None

    @property
    def scheme(self) -> str:
        return "https" if self.certfile else "http"


def _whole_number(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise ServerSettingsError(f"must be a whole number from {low} to {high}, not {text!r}") from None
        if not low <= value <= high:
            raise ServerSettingsError(f"must be a whole number from {low} to {high}, not {text!r}")
        return value

    return parse


def _seconds(low: float, high: float) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = float("nan")
        if not low < value <= high:  # also refuses nan and inf
            raise ServerSettingsError(f"must be a number of seconds above {low:g} and at most {high:g}, not {text!r}")
        return value

    return parse


def _existing_file(text: str) -> str:
    if not os.path.isfile(text):
        raise ServerSettingsError(f"no such file: {text}")
    return text


@dataclass(frozen=True)
class ServerOption:
    """One setting as a command-line flag and an environment variable; the flag wins."""

    field: str
    flag: str
    env: str
    parse: Callable[[str], Any]
    metavar: str
    help: str


SERVER_OPTIONS: tuple[ServerOption, ...] = (
    ServerOption("workers", "--workers", "MTH_WORKERS", _whole_number(1, 64), "N",
                 "worker processes, about one per core"),
    ServerOption("worker_connections", "--worker-connections", "MTH_WORKER_CONNECTIONS", _whole_number(1, 100_000),
                 "N", "open connections each worker holds at most"),
    ServerOption("read_timeout", "--read-timeout", "MTH_READ_TIMEOUT", _seconds(0, 300), "S",
                 "seconds a client has to send a whole request (TLS handshake, headers and body), from connecting "
                 "or from the previous answer; slower or silent clients are disconnected"),
    ServerOption("keep_alive", "--keep-alive", "MTH_KEEP_ALIVE", _whole_number(0, 300), "S",
                 "seconds an idle connection waits for its next request; 0 closes after each answer"),
    ServerOption("worker_timeout", "--worker-timeout", "MTH_WORKER_TIMEOUT", _whole_number(1, 3600), "S",
                 "seconds a worker may stay unresponsive before it is restarted"),
    ServerOption("certfile", "--certfile", "MTH_CERTFILE", _existing_file, "PEM",
                 "serve HTTPS only, with this certificate chain (PEM)"),
    ServerOption("keyfile", "--keyfile", "MTH_KEYFILE", _existing_file, "PEM",
                 "the certificate's private key, when not in the --certfile"),
)


def server_settings(given: Mapping[str, Any], environ: Mapping[str, str] = os.environ) -> ServerSettings:
    """Settings from already-parsed flag values (None when not given), else MTH_* variables, else the defaults."""
    chosen: dict[str, Any] = {}
    for option in SERVER_OPTIONS:
        if given.get(option.field) is not None:
            chosen[option.field] = given[option.field]
        elif raw := environ.get(option.env, "").strip():
            try:
                chosen[option.field] = option.parse(raw)
            except ServerSettingsError as error:
                raise ServerSettingsError(f"{option.env} {error}") from None
    settings = replace(ServerSettings(), **chosen)
    if settings.keyfile and not settings.certfile:
        raise ServerSettingsError("--keyfile (MTH_KEYFILE) needs --certfile (MTH_CERTFILE)")
    return settings


def option_defaults() -> dict[str, Any]:
    """Each setting's default, for help texts."""
    defaults = ServerSettings()
    return {field.name: getattr(defaults, field.name) for field in fields(ServerSettings)}
