"""Typed errors of the Apptoto client: what went wrong, in plain words, and whether it may have been applied."""

from __future__ import annotations

import html
import json
import re

from gui.core.i18n import tr


class ApptotoError(Exception):
    """Any failure talking to Apptoto. str(error) is one line in plain words."""

    #: True when the request may have reached Apptoto and been applied although no answer came back.
    maybe_applied: bool = False


class InsecureURLError(ApptotoError, ValueError):
    """A base URL the client refuses: plain http:// to a host that is not this computer, or not http(s)."""


class HTTPStatusError(ApptotoError):
    """Apptoto answered with a non-2xx status. `body` is the raw answer (shortened)."""

    def __init__(self, status: int, body: str, message: str = "") -> None:
        self.status = status
        self.body = body
        super().__init__(message or tr("errors", "Apptoto answered {status}: {reason}", status=status,
                                       reason=reason_from_body(body)))


class AuthError(HTTPStatusError):
    """401/403: the e-mail or API key is wrong, the key was disabled, or the sign-in ended. Stops everything."""

    def __init__(self, status: int, body: str = "", message: str = "") -> None:
        super().__init__(status, body, message or tr(
            "errors", "Apptoto refused the e-mail or API key ({status}). Check them in Settings > Integrations > API "
            "Keys.", status=status))


class SignInNeeded(AuthError):
    """The sign-in with Apptoto has ended (Apptoto would not renew it, or it was removed): sign in again.
    Raised before anything is sent."""

    def __init__(self, why: str) -> None:
        self.why = why
        super().__init__(401, "", tr("errors", "Your sign-in with Apptoto has ended ({why}). Sign in again.", why=why))


class SignInError(ApptotoError):
    """Signing in with Apptoto did not finish. str() says why in plain words; it never holds a token or code."""


class SignInCancelled(SignInError):
    def __init__(self) -> None:
        super().__init__(tr("errors", "Sign-in cancelled; nothing was saved."))


class SignInTimeout(SignInError):
    def __init__(self, seconds: float) -> None:
        wait = f"{seconds / 60:g} min" if seconds >= 60 else f"{seconds:g} s"
        super().__init__(tr("errors", "No sign-in came back from the browser within {wait}, so Apptoto Sheets stopped "
                            "waiting. Nothing was saved: start the sign-in again when you are ready.", wait=wait))


class RateLimited(HTTPStatusError):
    """429: too many requests. `retry_after` is the server's Retry-After in seconds, when given."""

    def __init__(self, retry_after: float | None, body: str = "", status: int = 429) -> None:
        self.retry_after = retry_after
        super().__init__(status, body, tr("errors", "Apptoto says too many requests (429); asked to wait {seconds} s",
                                          seconds=f"{retry_after:g}") if retry_after is not None
                         else tr("errors", "Apptoto says too many requests (429)"))


class ServerError(HTTPStatusError):
    """5xx: Apptoto (or a gateway in front of it) failed. Nothing was applied as far as we know."""

    def __init__(self, status: int, body: str = "", retry_after: float | None = None) -> None:
        self.retry_after = retry_after
        names = {502: tr("errors", "bad gateway"), 503: tr("errors", "service unavailable"),
                 504: tr("errors", "gateway time-out")}
        super().__init__(status, body, tr("errors", "Apptoto had a server error {status} ({name})", status=status,
                                          name=names[status]) if status in names
                         else tr("errors", "Apptoto had a server error {status}", status=status))


class BadRequest(HTTPStatusError):
    """Another 4xx: Apptoto rejected what was sent. `body` says why."""

    def __init__(self, status: int, body: str = "") -> None:
        super().__init__(status, body, tr("errors", "Apptoto rejected it ({status}): {reason}", status=status,
                                          reason=reason_from_body(body)))


class NetworkError(ApptotoError):
    """No usable answer: a time-out or a connection problem, in plain words. `maybe_applied` says whether it may have
    been applied; `cause` what happened ('dns', 'refused', 'tls', 'proxy', 'connect_timeout', 'read_timeout',
    'dropped', '' when not known); `detail` the network library's own text (for the journal, never shown alone)."""

    def __init__(self, kind: str, maybe_applied: bool, detail: str = "", cause: str = "", host: str = "") -> None:
        self.kind = kind                    # "timeout" or "connection"
        self.maybe_applied = maybe_applied
        self.detail = detail
        self.cause = cause or ("read_timeout" if kind == "timeout" and maybe_applied else
                               "connect_timeout" if kind == "timeout" else "dropped" if maybe_applied else "")
        self.host = host or tr("errors", "the server")
        super().__init__(self._words())

    def _words(self) -> str:
        host, local = self.host, self.host.startswith(("127.", "localhost", "[::1]"))
        cause = self.cause
        if cause == "dns":
            return tr("errors", "Apptoto could not be reached: the server name {host} was not found (check the address "
                      "and this computer's internet connection)", host=host.rsplit(":", 1)[0])
        if cause == "refused" and local:
            return tr("errors", "Apptoto could not be reached: {host} refused the connection (nothing answers "
                                "there: is "
                      "the sandbox still running?)", host=host)
        if cause == "refused":
            return tr("errors", "Apptoto could not be reached: {host} refused the connection (nothing answers there: "
                      "check the address; a firewall may block it)", host=host)
        if cause == "tls":
            return tr("errors", "Apptoto could not be reached: the secure connection to {host} could not be checked "
                      "(its certificate was refused: a network filter or proxy may be in the way, or this computer's "
                      "clock is wrong)", host=host)
        if cause == "proxy":
            return tr("errors", "Apptoto could not be reached: the proxy server in between failed to connect to {host} "
                      "(check the proxy settings, or ask your IT support)", host=host)
        if cause == "connect_timeout":
            return tr("errors", "Apptoto could not be reached: {host} did not answer in time (check this computer's "
                      "internet connection)", host=host)
        if cause == "read_timeout":
            return tr("errors", "Apptoto did not answer in time (the request may have been applied)")
        if cause == "dropped":
            return tr("errors", "Apptoto closed the connection before answering (the request may have been applied)")
        return tr("errors", "Apptoto could not be reached: the connection to {host} failed", host=host)

    @property
    def is_timeout(self) -> bool:
        return self.kind == "timeout"


class BadResponse(ApptotoError):
    """A 2xx answer that is not the JSON expected: the request was probably applied, but we cannot tell the result."""

    maybe_applied = True

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(tr("errors", "Apptoto's answer could not be understood: {detail}", detail=detail))


def reason_from_body(body: str) -> str:
    """The server's error text in plain words, whole sentences: the 'error'/'message' of a JSON body, the title of an
    HTML page, else the body's first line; a long text is shortened at a word, with "…"."""
    text = (body or "").strip()
    if not text:
        return tr("errors", "no reason given")
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if isinstance(data, dict):
        for key in ("error", "message", "errors", "detail"):
            if key in data and data[key]:
                value = data[key]
                if isinstance(value, list):
                    return shorten("; ".join(str(v) for v in value))
                if isinstance(value, dict):
                    return shorten("; ".join(f"{k}: {v}" for k, v in value.items()))
                return shorten(str(value))
    if text[:1] == "<":                              # an HTML page (a gateway's error page)
        title = re.search(r"<title[^>]*>(.*?)</title>", text, re.IGNORECASE | re.DOTALL)
        found = html.unescape(" ".join(title.group(1).split())) if title else ""
        return shorten(found) if found else tr("errors", "an error page without details")
    return shorten(text.splitlines()[0])


def shorten(text: str, limit: int = 300) -> str:
    """`text` on one line, cut at a word before `limit` characters with "…" when longer."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return cut.rstrip(",;:") + " …"


def failure_text(exc: BaseException, where: str) -> str:
    """One whole sentence for a failed "Test connection" or a command that could not start: `where` is the server
    as the user knows it (`Apptoto (api.apptoto.com)`, `the sandbox`)."""
    if isinstance(exc, AuthError):
        return tr("errors", "The account does not work on {server}: {reason}", server=where, reason=exc)
    if isinstance(exc, NetworkError):
        return f"{exc}."
    if isinstance(exc, ApptotoError):
        return tr("errors", "{server} could not be used: {reason}.", server=f"{where[:1].upper()}{where[1:]}",
                  reason=exc)
    return tr("errors", "The test failed because of an unexpected error: {error}: {reason}.", error=type(exc).__name__,
              reason=shorten(str(exc)))
