"""The one-shot loopback listener of a sign-in (RFC 8252 §7.3): 127.0.0.1, a free port, one answer, then closed."""

from __future__ import annotations

import html
import socketserver
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from gui.apptoto.errors import SignInCancelled, SignInError, SignInTimeout
from gui.core.i18n import tr

HOST = "127.0.0.1"
DONE_PAGE = ("Signed in to Apptoto", "Apptoto Sheets is signed in. You can close this tab and go back to "
             "Apptoto Sheets.")
FAILED_TITLE = "Sign-in did not finish"
STALE_TEXT = "This sign-in is already over. You can close this tab."

Answer = Callable[[dict[str, str]], Any]


def page(title: str, text: str) -> bytes:
    """A small, self-contained page for the browser tab."""
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head>"
            "<body style='font-family:sans-serif;max-width:36em;margin:4em auto;line-height:1.5'>"
            f"<h1 style='font-size:1.4em'>{html.escape(title)}</h1><p>{html.escape(text)}</p></body></html>"
            ).encode()


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the request line holds the code: never log
        pass

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        params = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        if parts.path not in ("", "/") or not ("code" in params or "error" in params):
            self._send(404, page("Not found", "Nothing here."))        # e.g. /favicon.ico: keep waiting
            return
        self._send(*self.server.listener._take(params))

    def _send(self, status: int, body: bytes) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)
        except OSError:                  # the browser went away: the sign-in itself is decided
            pass


class _Server(HTTPServer):
    listener: CallbackListener
    allow_reuse_address = False          # nobody else may bind the same port meanwhile (Windows)

    def server_bind(self) -> None:       # HTTPServer's asks DNS for the host's full name: not needed here
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = HOST, self.server_address[1]


class CallbackListener:
    """Listens on 127.0.0.1 for the browser's redirect. The first redirect carrying `code` or `error` is handed to
    `answer(params)` (on the listener's thread); its result, or the SignInError it raises, is what `wait()` returns
    or raises, and the browser tab is told how it went. Later redirects are refused."""

    def __init__(self, answer: Answer, port: int = 0) -> None:
        self._answer = answer
        try:
            self._server = _Server((HOST, port), _Handler)
        except OSError as exc:
            raise SignInError(tr("loopback", "Cannot receive the sign-in on this computer's port {port}: {reason}.",
                                 port=port, reason=exc.strerror or exc)) from None
        self._server.listener = self
        self._lock = threading.Lock()
        self._taken = False
        self._done = threading.Event()
        self._result: Any = None
        self._error: SignInError | None = None
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,),
                                        name="apptoto-sign-in", daemon=True)
        self._thread.start()

    @property
    def redirect_uri(self) -> str:
        """http://127.0.0.1:PORT: what the app registered with Apptoto (http://127.0.0.1) plus this port."""
        return f"http://{HOST}:{self._server.server_address[1]}"

    def _take(self, params: dict[str, str]) -> tuple[int, bytes]:
        with self._lock:
            if self._taken:
                return 409, page(FAILED_TITLE, STALE_TEXT)
            self._taken = True
        try:
            self._result = self._answer(params)
        except SignInError as exc:
            self._error = exc
        except Exception as exc:  # noqa: BLE001 - any failure ends the sign-in with a message, not a hang
            self._error = SignInError(tr("sign_in_box", "The sign-in failed: {error}", error=type(exc).__name__))
        finally:
            self._done.set()
        if self._error is not None:
            return 400, page(FAILED_TITLE, f"{self._error} You can close this tab.")
        return 200, page(*DONE_PAGE)

    def wait(self, timeout: float, cancelled: threading.Event | None = None,
             clock: Callable[[], float] = time.monotonic) -> Any:
        """Block until the answer came (its result), `timeout` seconds passed (SignInTimeout) or `cancelled` is set
        (SignInCancelled)."""
        deadline = clock() + timeout
        while not self._done.wait(0.05):
            if cancelled is not None and cancelled.is_set():
                raise SignInCancelled()
            if clock() >= deadline and not self._taken:      # an answer being handled is waited for
                raise SignInTimeout(timeout)
        if self._error is not None:
            raise self._error
        return self._result

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def __enter__(self) -> CallbackListener:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
