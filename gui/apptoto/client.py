"""HTTP client for the Apptoto REST API: an auth object (API key or sign-in), explicit time-outs, TLS always verified,
typed errors."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from gui import __version__
from gui.apptoto.auth import ApiKeyAuth, Auth
from gui.apptoto.errors import ApptotoError, BadRequest, BadResponse, RateLimited, ServerError
from gui.apptoto.net import DEFAULT_BASE_URL, check_base_url, classify_connection_error, is_loopback_host

if TYPE_CHECKING:        # requests is imported when a client is made: 0.13 s the window need not pay at start
    import requests

DEFAULT_TIMEOUT = (10.0, 240.0)           # (connect, read) seconds; big batches can take minutes
USER_AGENT = f"apptoto-sheets/{__version__}"
BODY_LIMIT = 2000                          # characters of an error body kept


def parse_retry_after(value: str | None, now: Callable[[], float] = time.time) -> float | None:
    """Retry-After as seconds to wait: delta-seconds or an HTTP date; None if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - now())


class ApptotoClient:
    """A thin client over a requests.Session. One instance per account; not shared between threads.

    `auth` proves who it is (gui.apptoto.auth): by default the API key (HTTP Basic with `user` and `api_key`)."""

    def __init__(self, base_url: str = DEFAULT_BASE_URL, user: str = "", api_key: str = "",
                 timeout: tuple[float, float] = DEFAULT_TIMEOUT,
                 session: requests.Session | None = None, auth: Auth | None = None) -> None:
        self.base_url = check_base_url(base_url)
        self.auth: Auth = auth if auth is not None else ApiKeyAuth(user, api_key)
        self.user = user or self.auth.user
        self.timeout = timeout
        if session is None:
            import requests

            session = requests.Session()
        self.session = session
        self._loopback = is_loopback_host(urlsplit(self.base_url).hostname or "")

    def __repr__(self) -> str:                    # never shows the key
        return f"ApptotoClient({self.base_url!r}, user={self.user!r})"

    def __enter__(self) -> ApptotoClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.session.close()

    # -- transport ---------------------------------------------------------------------------------
    def request(self, method: str, path: str, params: dict[str, Any] | None = None,
                body: Any = None, timeout: tuple[float, float] | None = None,
                not_found_ok: bool = False) -> Any:
        """Send one request; the decoded JSON answer, or None for a 404 when `not_found_ok`."""
        import requests

        url = f"{self.base_url}/{path.lstrip('/')}"
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        kwargs: dict[str, Any] = {}
        if body is not None:
            kwargs["json"] = body
        if self._loopback:                        # never send loopback traffic through a proxy
            kwargs["proxies"] = {"http": None, "https": None}
        self.auth.prepare(self.session)             # a sign-in is renewed shortly before it expires
        for attempt in (1, 2):
            try:
                resp = self.session.request(method, url, params=params, headers=headers, auth=self.auth,
                                            verify=True, timeout=timeout or self.timeout, allow_redirects=False,
                                            **kwargs)
            except requests.RequestException as exc:
                raise classify_connection_error(exc) from None
            if resp.status_code == 401 and attempt == 1 and self.auth.renew_after_401(self.session):
                continue                            # 401: nothing was applied; once more with renewed tokens
            return self._decode(resp, not_found_ok)

    def _decode(self, resp: requests.Response, not_found_ok: bool) -> Any:
        status = resp.status_code
        body = resp.text[:BODY_LIMIT] if resp.content else ""
        if status in (401, 403):
            raise self.auth.refused(status, body, resp.headers)
        if status == 429:
            raise RateLimited(parse_retry_after(resp.headers.get("Retry-After")), body)
        if status >= 500:
            raise ServerError(status, body, parse_retry_after(resp.headers.get("Retry-After")))
        if status == 404 and not_found_ok:
            return None
        if status >= 300:
            raise BadRequest(status, body)
        if not resp.content:
            return None
        try:
            return resp.json()
        except ValueError:
            raise BadResponse(f"not JSON: {body[:200]!r}") from None

    # -- API ---------------------------------------------------------------------------------------
    def put_events(self, events: list[dict], timeout: tuple[float, float] | None = None,
                   prevent_calendar_creation: bool = True) -> list[dict]:
        """PUT /v1/events: create or update; the events as Apptoto returned them (same order as sent).

        `prevent_calendar_creation` (the default) sends the body flag a client of the live API sends, asking
        Apptoto not to create a calendar for a name it does not know (undocumented: it may be ignored)."""
        return self._events_answer(self.request("PUT", "/v1/events", body=events_body(events, prevent_calendar_creation),
                                                timeout=timeout))

    def post_events(self, events: list[dict], timeout: tuple[float, float] | None = None,
                    prevent_calendar_creation: bool = True) -> list[dict]:
        """POST /v1/events: create only."""
        return self._events_answer(self.request("POST", "/v1/events",
                                                body=events_body(events, prevent_calendar_creation), timeout=timeout))

    def get_event(self, id: int | None = None, external_id: str | None = None) -> dict | None:
        """GET /v1/event by id or external_id; None when Apptoto has no such event."""
        params = _one_key(id, external_id)
        data = self.request("GET", "/v1/event", params=params, not_found_ok=True)
        if data is None:
            return None
        if isinstance(data, dict) and isinstance(data.get("event"), dict):
            return data["event"]
        if isinstance(data, dict):
            return data
        raise BadResponse("expected an event object")

    def list_events(self, begin: datetime | str, end: datetime | str, page_size: int = 30,
                    include_deleted: bool = False, **filters: Any) -> Iterator[dict]:
        """GET /v1/events over [begin, end], event by event, page by page until an empty page."""
        for page in self.list_pages(begin, end, page_size, include_deleted, **filters):
            yield from page

    def list_pages(self, begin: datetime | str, end: datetime | str, page_size: int = 30,
                   include_deleted: bool = False, **filters: Any) -> Iterator[list[dict]]:
        """The pages of GET /v1/events (page 1, 2, ...); each request is made only when the next page is asked for."""
        page = 1
        while True:
            events = self.list_page(begin, end, page, page_size, include_deleted, **filters)
            if not events:
                return
            yield events
            page += 1

    def list_page(self, begin: datetime | str, end: datetime | str, page: int, page_size: int = 30,
                  include_deleted: bool = False, **filters: Any) -> list[dict]:
        """One page (1-based) of GET /v1/events over [begin, end]; an empty list past the last page."""
        params: dict[str, Any] = {"begin": _iso(begin), "end": _iso(end), "page_size": page_size, **filters,
                                  "page": page}
        if include_deleted:
            params["include_deleted"] = "true"
        return self._events_answer(self.request("GET", "/v1/events", params=params))

    def delete_event(self, id: int | None = None, external_id: str | None = None) -> dict | None:
        """DELETE /v1/events by id or external_id: halts its messages. The deleted event, if returned."""
        data = self.request("DELETE", "/v1/events", params=_one_key(id, external_id))
        if isinstance(data, dict) and isinstance(data.get("events"), list) and data["events"]:
            return data["events"][0]
        return data if isinstance(data, dict) else None

    def check(self) -> None:
        """A cheap authenticated call ("Test connection"): raises AuthError / NetworkError / ... on failure."""
        now = datetime.now().astimezone().replace(microsecond=0)
        self.request("GET", "/v1/events", params={"begin": now.isoformat(), "end": now.isoformat(),
                                                  "page_size": 1, "page": 1})

    @staticmethod
    def _events_answer(data: Any) -> list[dict]:
        if isinstance(data, dict) and isinstance(data.get("events"), list):
            return data["events"]
        raise BadResponse("expected {\"events\": [...]}")


def events_body(events: list[dict], prevent_calendar_creation: bool = True) -> dict[str, Any]:
    """The body of PUT / POST /v1/events: `{"events": [...]}`, with `"prevent_calendar_creation": true` beside."""
    body: dict[str, Any] = {"events": events}
    if prevent_calendar_creation:
        body["prevent_calendar_creation"] = True
    return body


def _one_key(id: int | None, external_id: str | None) -> dict[str, Any]:
    if (id is None) == (external_id is None):
        raise ValueError("give exactly one of id or external_id")
    return {"id": id} if id is not None else {"external_id": external_id}


def _iso(value: datetime | str) -> str:
    return value.isoformat() if isinstance(value, datetime) else value


__all__ = ["ApptotoClient", "ApptotoError", "DEFAULT_BASE_URL", "check_base_url", "is_loopback_host"]
