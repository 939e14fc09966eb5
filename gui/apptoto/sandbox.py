"""A local Apptoto simulator on loopback (stdlib http.server) with a rate limit and seeded fault injection."""

from __future__ import annotations

import base64
import dataclasses
import json
import random
import socket
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from gui.apptoto.net import is_loopback_host
from gui.apptoto.sandbox_oauth import DEMO_CLIENT_ID, OAuthServer
from gui.apptoto.sandbox_store import SandboxError, Store, parse_time

DEMO_USER = "demo@example.com"
DEMO_KEY = "sandbox-key"


@dataclass
class FaultConfig:
    """What goes wrong, and how often. Rates are probabilities per API request, drawn from one seeded RNG."""

    latency: float = 0.0              # seconds added to every request
    rate_429: float = 0.0             # answer 429 with Retry-After (nothing applied)
    retry_after: float = 1.0          # the Retry-After sent with 429 and 503
    max_batch: int | None = None      # a PUT/POST with more events answers 502 (nothing applied)
    rate_502: float = 0.0             # answer 502 whatever the size (a busy gateway; nothing applied)
    rate_5xx: float = 0.0             # answer 500 or 503 (nothing applied)
    rate_drop: float = 0.0            # apply the change, then close the socket without an answer
    rate_slow: float = 0.0            # wait `slow_seconds` before applying (client time-outs; still applied)
    slow_seconds: float = 1.0
    rate_limit: int | None = None     # requests per `rate_window` seconds per user; more answer 429 (0/None: off)
    rate_window: float = 60.0
    seed: int = 0

    @classmethod
    def parse(cls, spec: str, base: FaultConfig | None = None) -> FaultConfig:
        """'429=0.1,502=0.1,5xx=0.05,drop=0.05,slow=0.05,slow_seconds=2,max_batch=10,latency=0.2,rate_limit=100'."""
        aliases = {"429": "rate_429", "rate429": "rate_429", "502": "rate_502", "5xx": "rate_5xx", "rate5xx": "rate_5xx", "drop": "rate_drop", "slow": "rate_slow",
                   "502_above": "max_batch", "rate": "rate_limit"}
        types = {f.name: f.type for f in fields(cls)}
        config = dataclasses.replace(base) if base else cls()
        for part in filter(None, (p.strip() for p in spec.split(","))):
            name, sep, value = part.partition("=")
            name = aliases.get(name.strip(), name.strip())
            if not sep or name not in types:
                raise ValueError(f"unknown fault {part!r}; known: {', '.join(sorted(types))}")
            kind = types[name]
            setattr(config, name, int(value) if "int" in str(kind) and "float" not in str(kind) else float(value))
        return config


class _RateWindow:
    """Sliding-window request counter per user."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.seen: dict[str, deque[float]] = {}

    def over(self, user: str, limit: int, window: float) -> float | None:
        """Seconds to wait if `user` is over the limit (the request is not counted), else None."""
        now = self.clock()
        times = self.seen.setdefault(user, deque())
        while times and times[0] <= now - window:
            times.popleft()
        if len(times) >= limit:
            return max(0.001, times[0] + window - now)
        times.append(now)
        return None


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.0"     # one request per connection: no stale keep-alive surprises

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass

    def do_GET(self) -> None:
        self._handle("GET")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def _handle(self, method: str) -> None:
        sandbox = self.server.sandbox
        with sandbox._count_lock:
            sandbox.requests.append((method, self.path))
            sandbox.auth_schemes.append(self.headers.get("Authorization", "").partition(" ")[0].lower())
            sandbox.in_flight += 1
        try:
            status, body, headers = sandbox._dispatch(method, self)
        except _Drop:
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        finally:
            with sandbox._count_lock:
                sandbox.in_flight -= 1
        is_page = isinstance(body, bytes)             # the sign-in pages and redirects
        data = body if is_page else json.dumps(body).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8" if is_page else "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
        except OSError:          # the client gave up (time-out): the change stands
            pass


class _Drop(Exception):
    """Close the connection without an answer."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    sandbox: SandboxServer


class SandboxServer:
    """The simulator. `with SandboxServer() as sb: ... sb.url ...`; `sb.store` is its state."""

    def __init__(self, port: int = 0, faults: FaultConfig | None = None,
                 users: dict[str, str] | None = None, host: str = "127.0.0.1",
                 clock: Callable[[], float] = time.monotonic, store: Store | None = None,
                 token_lifetime: float = 7200.0) -> None:
        if not is_loopback_host(host):
            raise ValueError("the sandbox listens on this computer only (127.0.0.1 / ::1)")
        self.host, self.port = host, port
        self.faults = faults or FaultConfig()
        self.users = dict(users) if users is not None else {DEMO_USER: DEMO_KEY}
        self.store = store or Store()
        self.oauth = OAuthServer(lambda: next(iter(self.users)), clock, token_lifetime)   # "Sign in with Apptoto"
        self.requests: list[tuple[str, str]] = []          # (method, path) of every request seen
        self.auth_schemes: list[str] = []                  # and its auth: "basic", "bearer" or ""
        self.in_flight = 0
        self.faults_seen: Counter[str] = Counter()       # '429', '5xx', 'drop', 'slow', '502' (size), '502_random', 'rate_limit'
        self._count_lock = threading.Lock()
        self._fault_lock = threading.Lock()
        self._rng = random.Random(self.faults.seed)
        self._window = _RateWindow(clock)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- life cycle --------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the sandbox is not running")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self._server.server_address[1]}"

    def start(self) -> SandboxServer:
        _Server.address_family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        self._server = _Server((self.host, self.port), _Handler)
        self._server.sandbox = self
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), name="apptoto-sandbox", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Run in the calling thread until KeyboardInterrupt (the `sandbox` command)."""
        self._server = _Server((self.host, self.port), _Handler)
        self._server.sandbox = self
        try:
            self._server.serve_forever()
        finally:
            self._server.server_close()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(5)
        self._server = self._thread = None

    def join(self, timeout: float | None = None) -> bool:
        """Wait while the server runs (for `timeout` seconds at most); False once it has stopped."""
        thread = self._thread
        if thread is None:
            return False
        thread.join(timeout)
        return thread.is_alive()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Wait until no request is being handled (slow requests finish applying after a client time-out)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._count_lock:
                if self.in_flight == 0:
                    return True
            time.sleep(0.01)
        return False

    # -- python access for tests -------------------------------------------------------------------
    @property
    def events(self) -> list[dict]:
        return self.store.snapshot()

    @property
    def calendars(self) -> dict[int, str]:
        with self.store.lock:
            return dict(self.store.calendars)

    def holds(self, ids: Iterable[Any]) -> set[int]:
        """Those of `ids` the sandbox has an event for (the window: which ids of a workbook are the sandbox's)."""
        with self.store.lock:
            return {i for i in ids if isinstance(i, int) and i in self.store.events}

    def mark_messaged(self, event_id: int, state: str = "reminded", who: str | None = None) -> list[int]:
        return self.store.mark_messaged(event_id, state, who)

    # -- requests ----------------------------------------------------------------------------------
    def _dispatch(self, method: str, handler: _Handler) -> tuple[int, Any, dict[str, str]]:
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""      # read first: answering early resets the socket
        parts = urlsplit(handler.path)
        if parts.path == "/oauth/authorize" and method == "GET":
            return self.oauth.authorize(parts.query)
        if parts.path == "/oauth/token" and method == "POST":
            return self.oauth.token(raw, handler.headers.get("Content-Type", ""))
        scheme, _, credential = handler.headers.get("Authorization", "").partition(" ")
        if scheme.lower() == "bearer":
            user, refusal = self.oauth.check(credential.strip(), method, parts.path)
            if refusal is not None:
                return refusal
        else:
            user = self._user(scheme, credential)
        if user is None:
            return 401, {"error": "Unauthorized: wrong e-mail or API key"}, {"WWW-Authenticate": 'Basic realm="Apptoto"'}
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        if parts.path.startswith("/_sandbox/"):
            return self._admin(method, parts.path, raw)
        f = self.faults
        if f.rate_limit:
            with self._fault_lock:
                wait = self._window.over(user, f.rate_limit, f.rate_window)
            if wait is not None:
                self._seen("rate_limit")
                return 429, {"error": "Rate limit exceeded"}, {"Retry-After": str(max(1, round(wait + 0.4999)))}
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            return 400, {"error": "body is not JSON"}, {}
        is_write = method in ("PUT", "POST") and parts.path == "/v1/events"
        with self._fault_lock:
            draw = self._rng.random()
            code = self._rng.choice((500, 503))
        if f.latency:
            time.sleep(f.latency)
        outcome = _pick(draw, f)
        if outcome:
            self._seen("502_random" if outcome == "502" else outcome)
        if outcome == "429":
            return 429, {"error": "Too many requests"}, {"Retry-After": f"{f.retry_after:g}"}
        if outcome == "502":
            return 502, {"error": "Bad Gateway"}, {}
        if outcome == "5xx":
            headers = {"Retry-After": f"{f.retry_after:g}"} if code == 503 else {}
            return code, {"error": "Internal server error" if code == 500 else "Service unavailable"}, headers
        if is_write and f.max_batch is not None and isinstance(body, dict) \
                and len(body.get("events") or []) > f.max_batch:
            self._seen("502")
            return 502, {"error": "Bad Gateway"}, {}
        if outcome == "slow":
            time.sleep(f.slow_seconds)
        try:
            status, answer = self._api(method, parts.path, query, body)
        except SandboxError as exc:
            return exc.status, {"error": str(exc)}, {}
        if outcome == "drop":
            raise _Drop
        return status, answer, {}

    def _seen(self, fault: str) -> None:
        with self._count_lock:
            self.faults_seen[fault] += 1

    def _user(self, scheme: str, value: str) -> str | None:
        if scheme.lower() != "basic":
            return None
        try:
            user, _, key = base64.b64decode(value.strip()).decode().partition(":")
        except ValueError:
            return None
        return user if user in self.users and self.users[user] == key else None

    def _api(self, method: str, path: str, query: dict[str, str], body: Any) -> tuple[int, Any]:
        store = self.store
        if path == "/v1/events" and method in ("PUT", "POST"):
            if not isinstance(body, dict) or "events" not in body:
                raise SandboxError(400, 'body must be {"events": [...]}')
            prevent = body.get("prevent_calendar_creation") is True
            return 200, {"events": store.upsert(body["events"], method == "POST", prevent)}
        if path == "/v1/events" and method == "GET":
            begin = parse_time(query.get("begin") or "", "begin")
            end = parse_time(query.get("end") or "", "end")
            page, size = _int(query, "page", 1), _int(query, "page_size", 30)
            deleted = query.get("include_deleted", "").lower() in ("1", "true", "yes")
            return 200, {"events": store.list(begin, end, page, size, deleted), "page": page}
        if path == "/v1/events" and method == "DELETE":
            return 200, {"events": [store.delete(**_key(query))]}
        if path == "/v1/event" and method == "GET":
            event = store.get(**_key(query))
            if event is None:
                raise SandboxError(404, "event not found")
            return 200, event
        raise SandboxError(404, f"no such endpoint: {method} {path}")

    def _admin(self, method: str, path: str, raw: bytes) -> tuple[int, Any, dict[str, str]]:
        """POST /_sandbox/messaged {"event_id", "state"?, "who"?}; GET /_sandbox/state."""
        try:
            data = json.loads(raw) if raw else {}
            if path == "/_sandbox/messaged" and method == "POST":
                ids = self.mark_messaged(int(data["event_id"]), data.get("state", "reminded"), data.get("who"))
                return 200, {"participants": ids}, {}
            if path == "/_sandbox/state" and method == "GET":
                return 200, {"events": self.events, "calendars": self.calendars}, {}
        except (KeyError, ValueError, TypeError) as exc:
            return 400, {"error": f"bad admin request: {exc}"}, {}
        return 404, {"error": "no such admin endpoint"}, {}


def _pick(draw: float, f: FaultConfig) -> str:
    """Which fault a request gets for a uniform draw in [0, 1): '429', '502', '5xx', 'drop', 'slow' or ''."""
    edge = 0.0
    for rate, name in ((f.rate_429, "429"), (f.rate_502, "502"), (f.rate_5xx, "5xx"), (f.rate_drop, "drop"), (f.rate_slow, "slow")):
        if edge <= draw < edge + rate:
            return name
        edge += rate
    return ""


def _int(query: dict[str, str], name: str, default: int) -> int:
    try:
        value = int(query.get(name, default))
    except ValueError:
        raise SandboxError(400, f"{name} must be a whole number") from None
    if value < 1:
        raise SandboxError(400, f"{name} must be 1 or more")
    return value


def _key(query: dict[str, str]) -> dict[str, Any]:
    if "id" in query:
        try:
            return {"id": int(query["id"])}
        except ValueError:
            raise SandboxError(400, "id must be a whole number") from None
    if "external_id" in query:
        return {"external_id": query["external_id"]}
    raise SandboxError(400, "give id or external_id")


__all__ = ["DEMO_CLIENT_ID", "DEMO_KEY", "DEMO_USER", "FaultConfig", "SandboxServer", "Store"]
