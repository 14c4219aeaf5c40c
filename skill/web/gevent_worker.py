"""Gunicorn's gevent worker with a deadline for receiving each request, so slow and idle clients cannot pile up.

Gunicorn's gevent worker only bounds the idle wait for a request (`keepalive`). A client that sends its body a byte
at a time, or opens a TLS connection and never completes the handshake, holds its connection for as long as it
likes, and a few hundred of them use up the worker. Here a request must arrive in full - TLS handshake, headers and
body - within `read_timeout` seconds of the connection opening, or of the previous answer on a kept-alive connection;
a client that has not managed it is disconnected. Only waiting for the client counts: the time the app takes to
answer does not.

Gunicorn loads it by its dotted path, `skill.web.gevent_worker.ReadDeadlineWorker`. The application object may carry
`read_timeout` (seconds); otherwise ServerSettings' default applies.
"""

from __future__ import annotations

import functools
import signal
import time
from collections.abc import Callable
from typing import Any

import gevent
from gevent.local import local
from gunicorn.workers.ggevent import GeventWorker

from skill.web.server_settings import ServerSettings


class RequestTooSlow(BaseException):
    """The request did not arrive in full by its deadline.

    A BaseException, like gevent's own Timeout, so that Flask's and the app's `except Exception` let it through to
    the worker, which closes the connection instead of answering 500.
    """


class _RequestDeadline:
    """When the request being received on one connection must be in."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.due = 0.0
        self._timer: gevent.Timeout | None = None

    def start(self) -> None:
        """A new request is due: the clock runs through the handshake, the idle wait and the headers."""
        self.stop()
        self.due = time.monotonic() + self.seconds
        self._timer = gevent.Timeout.start_new(self.seconds, RequestTooSlow)

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.close()
            self._timer = None

    def bound_read(self) -> gevent.Timeout:
        """A timeout for one read of the body: whatever is left until the request is due."""
        remaining = self.due - time.monotonic()
        if remaining <= 0:
            raise RequestTooSlow()
        return gevent.Timeout(remaining, RequestTooSlow)


class _ReaderWithDeadline:
    """Gunicorn's body reader (every body read goes through its `read`) bounded by the request's deadline."""

    def __init__(self, reader: Any, deadline: _RequestDeadline) -> None:
        self._reader = reader
        self._deadline = deadline

    def read(self, size: int) -> bytes:
        with self._deadline.bound_read():
            return self._reader.read(size)


class ReadDeadlineWorker(GeventWorker):  # type: ignore[misc]
    """The gevent worker, with each request's arrival bounded by `read_timeout` seconds."""

    def init_process(self) -> None:
        # Until gunicorn installs the worker's own handlers, a stop signal would reach the master's handler inherited
        # through fork and be lost: a server stopped while this worker boots (gevent's patching takes a moment)
        # would then wait out the whole graceful timeout. Here it stops the worker as soon as it is up.
        for stop in (signal.SIGTERM, signal.SIGINT, signal.SIGQUIT):
            signal.signal(stop, self.handle_exit)
        self.read_timeout = float(getattr(self.app, "read_timeout", ServerSettings.read_timeout))
        self._connection = local()  # one greenlet per connection: each keeps its own deadline here
        if self.cfg.is_ssl:
            self.cfg.set("ssl_context", _handshake_in_handler(self.cfg.ssl_context))
        super().init_process()

    def handle(self, listener: Any, client: Any, addr: Any) -> None:
        deadline = _RequestDeadline(self.read_timeout)
        self._connection.deadline = deadline
        deadline.start()
        try:
            super().handle(listener, client, addr)
        finally:
            deadline.stop()

    def handle_request(self, listener_name: Any, req: Any, sock: Any, addr: Any) -> Any:
        deadline: _RequestDeadline = self._connection.deadline
        # The headers are in. From here only reading the body counts, so the app's own work is never cut short.
        deadline.stop()
        req.body.reader = _ReaderWithDeadline(req.body.reader, deadline)
        answered = super().handle_request(listener_name, req, sock, addr)
        deadline.start()  # the next request on this kept-alive connection
        return answered

    def handle_error(self, req: Any, client: Any, addr: Any, exc: BaseException) -> None:
        if isinstance(exc, RequestTooSlow):
            # No answer: a client this slow is most likely not reading one. Debug, like gunicorn's other client
            # disconnections: a slow-client attack would otherwise flood the log. The connection closes after this.
            self.log.debug("Closed a connection from %s: no whole request within %g s", _peer(addr), self.read_timeout)
            return
        super().handle_error(req, client, addr, exc)


def _handshake_in_handler(make_context: Callable[..., Any]) -> Callable[..., Any]:
    """Gunicorn's `ssl_context` hook, changed so that the TLS handshake happens under the request deadline.

    Gevent's server would otherwise complete the handshake when it accepts the connection, before `handle` starts
    the clock, and a client that never finishes one would hold the connection for good. Gunicorn's `handle` performs
    the handshake itself when the socket arrives without one (its `do_handshake_on_connect` is off by default).
    """

    def make(config: Any, default_factory: Callable[[], Any]) -> Any:
        context = make_context(config, default_factory)
        context.wrap_socket = functools.partial(context.wrap_socket, do_handshake_on_connect=False)
        return context

    return make


def _peer(addr: Any) -> str:
    return f"{addr[0]}:{addr[1]}" if isinstance(addr, tuple) and len(addr) >= 2 else str(addr)
