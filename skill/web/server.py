"""Running the web app: Werkzeug's threaded server for local development, gunicorn for production."""

from __future__ import annotations

import logging
import socket
import sys
from collections.abc import Callable
from typing import Any, TextIO

from flask import Flask

from skill.web.app import ConfigurationError, WebSettings, create_app, is_loopback_host

DEV_WARNING = (
    "WARNING: development mode. Alexa request signatures and timestamps are NOT checked.\n"
    "         It only listens on this machine; never expose it to a network."
)


def serve(settings: WebSettings, host: str, port: int, out: TextIO = sys.stdout,
          app_factory: Callable[[WebSettings], Flask] = create_app) -> None:
    """Start the service in the foreground; prints the address it listens on (port 0 picks a free one)."""
    if settings.dev and not is_loopback_host(host):
        raise ConfigurationError(f"--dev only runs on a loopback address (127.0.0.1, ::1, localhost), not {host}")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    app = app_factory(settings)
    if settings.dev:
        print(DEV_WARNING, file=sys.stderr, flush=True)
        _serve_development(app, host, port, out)
    else:
        _serve_production(app, host, port, out)


def _serve_development(app: Flask, host: str, port: int, out: TextIO) -> None:
    from werkzeug.serving import make_server

    server = make_server(host, port, app, threaded=True)
    _announce(out, host, server.server_port)
    try:
        server.serve_forever()
    finally:
        server.server_close()


def _serve_production(app: Flask, host: str, port: int, out: TextIO) -> None:
    try:
        from gunicorn.app.base import BaseApplication
    except ImportError as error:
        raise ConfigurationError("production serving needs gunicorn: pip install 'muscle-twitch-helper[server]'") \
            from error

    class _Embedded(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            self.cfg.set("bind", f"[{host}]:{port}" if ":" in host else f"{host}:{port}")
            self.cfg.set("workers", 2)
            self.cfg.set("accesslog", None)  # our own one-line-per-request log carries no health data

        def load(self) -> Any:
            return app

    if port == 0:
        port = _free_port(host)  # gunicorn would pick one but not tell us which
    _announce(out, host, port)
    _Embedded().run()


def _free_port(host: str) -> int:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def _announce(out: TextIO, host: str, port: int) -> None:
    shown = f"[{host}]" if ":" in host else host
    print(f"Serving Muscle Twitch Helper on http://{shown}:{port}/alexa (health: /healthz)", file=out, flush=True)
