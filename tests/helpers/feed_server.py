"""A local update feed for tests: http.server on loopback, in a thread, answering what the test puts in it."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

FEED_PATH = "/feed.json"


def feed(latest: str = "0.2.0", **extra: Any) -> dict[str, Any]:
    """A feed in the documented format announcing `latest`."""
    data: dict[str, Any] = {
        "format": 1,
        "latest": latest,
        "released": "2026-12-14",
        "notes": ["Spanish translation of the whole window", "Faster loading of big workbooks"],
        "download": {"windows": "https://downloads.example/win", "macos": "https://downloads.example/mac",
                     "linux": "https://downloads.example/linux"},
        "minimum_supported": "0.1.0",
    }
    data.update(extra)
    return data


class FeedServer:
    """Serves `body` (bytes; a dict is sent as JSON) with `status` at /feed.json; 404 elsewhere.

    `hold` makes every request wait for `release()` before it is answered (a slow server, or with a short
    time-out one that does not answer in time)."""

    def __init__(self) -> None:
        self.body: bytes = json.dumps(feed()).encode()
        self.status = 200
        self.requests: list[dict[str, str]] = []
        self.hold = False
        self._released = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:                     # noqa: N802 - http.server's name
                server.requests.append(dict(self.headers))
                if server.hold:
                    server._released.wait(30)
                status, body = (server.status, server.body) if self.path == FEED_PATH else (404, b"not found")
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:                           # the client gave up waiting
                    pass

            def log_message(self, *_args: Any) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), name="feed-server",
                                        daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}{FEED_PATH}"

    def serve(self, body: dict[str, Any] | bytes | str, status: int = 200) -> None:
        if isinstance(body, dict):
            body = json.dumps(body)
        self.body = body.encode() if isinstance(body, str) else body
        self.status = status

    def release(self) -> None:
        self._released.set()

    def __enter__(self) -> FeedServer:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)


def closed_port_url() -> str:
    """An http:// address on loopback where nothing listens (a connection is refused at once)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}{FEED_PATH}"
