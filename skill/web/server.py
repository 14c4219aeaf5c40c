"""Running the web app: Werkzeug's threaded server for local development, gunicorn for production.

Production runs gunicorn with gevent workers (skill.web.gevent_worker): each connection is a greenlet, so idle and
slow clients cost memory rather than workers, and each request must arrive in full within a deadline.
"""

from __future__ import annotations

import logging
import resource
import socket
import ssl
import sys
from collections.abc import Callable
from typing import Any, TextIO

from flask import Flask

from skill.web.app import ConfigurationError, WebSettings, create_app, is_loopback_host
from skill.web.server_settings import ServerSettings

DEV_WARNING = (
    "WARNING: development mode. Alexa request signatures and timestamps are NOT checked.\n"
    "         It only listens on this machine; never expose it to a network."
)
WORKER_CLASS = "skill.web.gevent_worker.ReadDeadlineWorker"
# Descriptors a worker needs besides its client connections: listeners, logs, the heartbeat file, imports.
SPARE_FILE_DESCRIPTORS = 64

log = logging.getLogger("skill.web")


def serve(settings: WebSettings, host: str, port: int, out: TextIO = sys.stdout,
          app_factory: Callable[[WebSettings], Flask] = create_app, server: ServerSettings | None = None) -> None:
    """Start the service in the foreground; prints the address it listens on (port 0 picks a free one)."""
    if settings.dev and not is_loopback_host(host):
        raise ConfigurationError(f"--dev only runs on a loopback address (127.0.0.1, ::1, localhost), not {host}")
    server = server or ServerSettings()
    if not settings.dev:
        _check_certificate(server)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    # Built here even for production, where each worker builds its own: a bad setting fails now, in the foreground.
    app = app_factory(settings)
    if settings.dev:
        print(DEV_WARNING, file=sys.stderr, flush=True)
        _serve_development(app, host, port, out)
    else:
        _serve_production(lambda: app_factory(settings), server, host, port, out)


def _serve_development(app: Flask, host: str, port: int, out: TextIO) -> None:
    from werkzeug.serving import make_server

    server = make_server(host, port, app, threaded=True)
    _announce(out, "http", host, server.server_port)
    try:
        server.serve_forever()
    finally:
        server.server_close()


def _serve_production(build_app: Callable[[], Flask], server: ServerSettings, host: str, port: int,
                      out: TextIO) -> None:
    _raise_open_file_limit(server.worker_connections + SPARE_FILE_DESCRIPTORS)
    if port == 0:
        port = _free_port(host)  # gunicorn would pick one but not tell us which
    application = production_server(build_app, server, _bind_address(host, port))
    _announce(out, server.scheme, host, port)
    application.run()


def production_server(build_app: Callable[[], Flask], server: ServerSettings, bind: str) -> Any:
    """Gunicorn configured with our gevent worker and `server`'s settings; `.run()` serves in the foreground."""
    try:
        from gunicorn.app.base import BaseApplication

        import skill.web.gevent_worker  # noqa: F401 - gunicorn loads it by name; fail here if gevent is missing
    except ImportError as error:
        raise ConfigurationError(
            f"production serving needs gunicorn and gevent: pip install 'muscle-twitch-helper[server]' "
            f"({error.name} missing)") from error

    class _Embedded(BaseApplication):  # type: ignore[misc]
        read_timeout = server.read_timeout  # read by the worker: gunicorn has no setting for it

        def load_config(self) -> None:
            for name, value in gunicorn_settings(server, bind).items():
                self.cfg.set(name, value)
            if "control_socket_disable" in self.cfg.settings:  # gunicorn 25 and later
                # A management socket we do not use, at one path per user that several servers would contend for.
                self.cfg.set("control_socket_disable", True)

        def load(self) -> Any:
            # Called in each worker after gevent has patched it, so the app's locks and sockets are gevent's: an OS
            # lock made before patching and held across a download would stop every greenlet of the worker.
            return build_app()

    return _Embedded()


def gunicorn_settings(server: ServerSettings, bind: str) -> dict[str, Any]:
    """Gunicorn's settings for `server` (the read deadline travels on the application object instead)."""
    return {
        "bind": bind,
        "worker_class": WORKER_CLASS,
        "workers": server.workers,
        "worker_connections": server.worker_connections,
        "keepalive": server.keep_alive,
        "timeout": server.worker_timeout,
        "certfile": server.certfile,
        "keyfile": server.keyfile,
        "preload_app": False,  # the app must be built in the worker, after gevent's patching (see load)
        "accesslog": None,  # our own one-line-per-request log carries no health data
    }


def _check_certificate(server: ServerSettings) -> None:
    """A certificate gunicorn cannot load would only fail in the workers; fail at start with the reason instead."""
    if not server.certfile:
        return
    try:
        ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(server.certfile, server.keyfile)
    except (OSError, ssl.SSLError) as error:
        raise ConfigurationError(f"cannot use the certificate {server.certfile}"
                                 f"{f' with the key {server.keyfile}' if server.keyfile else ''}: {error}") from error


def _raise_open_file_limit(needed: int) -> None:
    """Each open connection is a file descriptor: raise the soft limit as far as allowed, and say if short."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY or soft >= needed:
        return
    target = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    except (ValueError, OSError):
        target = soft
    if target < needed:
        log.warning("the open-file limit (%d) is below the %d a worker may need; raise `ulimit -n` or lower "
                    "--worker-connections", target, needed)


def _bind_address(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _free_port(host: str) -> int:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def _announce(out: TextIO, scheme: str, host: str, port: int) -> None:
    shown = f"[{host}]" if ":" in host else host
    print(f"Serving Muscle Twitch Helper on {scheme}://{shown}:{port}/alexa (health: /healthz)", file=out, flush=True)
