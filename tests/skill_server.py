"""Start `python -m skill serve` as a real process for a test, wait until it is healthy, and always stop it."""

from __future__ import annotations

import json
import os
import queue
import re
import ssl
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
START_TIMEOUT_S = 30
HEALTH_TIMEOUT_S = 10
ANNOUNCEMENT = re.compile(r"Serving .* on (?P<url>https?://\S+)/alexa\b")


@dataclass(frozen=True)
class RunningServer:
    base_url: str  # http://127.0.0.1:PORT, or https:// when started with a certificate
    process: subprocess.Popen[str]
    stderr_log: Path

    @property
    def skill_url(self) -> str:
        return f"{self.base_url}/alexa"

    @property
    def port(self) -> int:
        return int(self.base_url.rsplit(":", 1)[1])

    def stop(self) -> str:
        """Stop the server (if still running) and return what it wrote to stderr."""
        stop_process(self.process)
        return self.stderr_log.read_text(encoding="utf-8")


@contextmanager
def skill_server(*args: str, log_dir: Path, env: dict[str, str] | None = None,
                 tls: ssl.SSLContext | None = None) -> Iterator[RunningServer]:
    """`python -m skill serve --host 127.0.0.1 --port 0 ARGS...`, healthy, for the length of the `with` block.

    `tls` is the client context that trusts the server's certificate, for a server started with --certfile.
    """
    log = log_dir / "server-stderr.log"
    command = [sys.executable, "-m", "skill", "serve", "--host", "127.0.0.1", "--port", "0", *args]
    with log.open("w", encoding="utf-8") as stderr:
        process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=stderr, text=True,
                                   env={**os.environ, **(env or {})})
    try:
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=_copy_lines, args=(process.stdout, lines), daemon=True).start()
        base_url = _wait_for_announcement(process, lines, log)
        _wait_for_health(base_url, tls)
        yield RunningServer(base_url, process, log)
    finally:
        stop_process(process)
        if process.stdout:
            process.stdout.close()


def _copy_lines(stream: Any, lines: queue.Queue[str]) -> None:
    """Copy a subprocess's stdout into a queue until it closes; "" marks the end."""
    for line in stream:
        lines.put(line)
    lines.put("")


def _wait_for_announcement(process: subprocess.Popen[str], lines: queue.Queue[str], log: Path) -> str:
    """The address the server prints once it listens; fails with its stderr if it dies or stays silent."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while (remaining := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=remaining)
        except queue.Empty:
            break
        if match := ANNOUNCEMENT.search(line):
            return match["url"]
        if line == "":
            pytest.fail(f"the server exited ({process.wait()}) before announcing its address:\n{log.read_text()}")
    pytest.fail(f"the server announced no address within {START_TIMEOUT_S} s:\n{log.read_text()}")


def _wait_for_health(base_url: str, tls: ssl.SSLContext | None) -> None:
    """Polls GET /healthz until it answers status ok."""
    deadline = time.monotonic() + HEALTH_TIMEOUT_S
    problem = "no answer"
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base_url}/healthz", timeout=2, context=tls) as reply:
                body = json.loads(reply.read())
            if body.get("status") == "ok":
                return
            problem = f"unhealthy: {body}"
        except (OSError, ValueError) as error:
            problem = str(error)
        time.sleep(0.1)
    pytest.fail(f"{base_url}/healthz did not report ok within {HEALTH_TIMEOUT_S} s ({problem})")


def stop_process(process: subprocess.Popen[Any]) -> None:
    """Terminate a child process and wait for it, killing it if it will not stop within 10 s."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)
