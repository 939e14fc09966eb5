"""Addresses and connections shared by the client and the sign-in: which URLs are safe, what a failure means."""

from __future__ import annotations

import ipaddress
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from gui.apptoto.errors import InsecureURLError, NetworkError
from gui.core.i18n import tr

if TYPE_CHECKING:
    import requests

DEFAULT_BASE_URL = "https://api.apptoto.com"


def is_loopback_host(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(base_url: str) -> str:
    """The base URL without a trailing slash; InsecureURLError for http:// off this computer or another scheme."""
    parts = urlsplit(base_url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InsecureURLError(tr("net", "Not a web address Apptoto Sheets can use: {url} (use https://...)",
                                  url=repr(base_url)))
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise InsecureURLError(tr("net", "Refusing plain http:// to {host}: the API key or sign-in would travel "
                                  "unencrypted. Use https://.", host=parts.hostname))
    return base_url.strip().rstrip("/")


def classify_connection_error(exc: requests.RequestException) -> NetworkError:
    """Map a requests exception to a NetworkError in plain words (the server name not found, the connection refused,
    the certificate refused, a proxy, a time-out, a dropped connection), telling whether the request may have reached
    the server. The library's own text is kept apart (`detail`), never in the message."""
    import requests
    import urllib3.exceptions

    detail = " ".join(str(exc).split())
    url = getattr(getattr(exc, "request", None), "url", None) or ""
    host = urlsplit(url).netloc or tr("errors", "the server")
    if isinstance(exc, requests.ConnectTimeout):
        return NetworkError("timeout", maybe_applied=False, detail=detail, cause="connect_timeout", host=host)
    if isinstance(exc, requests.Timeout):          # read time-out: sent, no answer in time
        return NetworkError("timeout", maybe_applied=True, detail=detail, cause="read_timeout", host=host)
    reason = exc.args[0] if exc.args else None
    inner = getattr(reason, "reason", reason)     # MaxRetryError wraps the real cause
    causes = (inner, reason)
    if isinstance(exc, requests.exceptions.ProxyError) or any(isinstance(c, urllib3.exceptions.ProxyError)
                                                              for c in causes):
        return NetworkError("connection", maybe_applied=False, detail=detail, cause="proxy", host=host)
    if isinstance(exc, requests.exceptions.SSLError) or any(isinstance(c, urllib3.exceptions.SSLError)
                                                            for c in causes):
        return NetworkError("connection", maybe_applied=False, detail=detail, cause="tls", host=host)
    if any(isinstance(c, urllib3.exceptions.NameResolutionError) for c in causes):
        return NetworkError("connection", maybe_applied=False, detail=detail, cause="dns", host=host)
    if any(isinstance(c, urllib3.exceptions.NewConnectionError) for c in causes):   # (a ConnectTimeoutError too)
        refused = "refused" in detail.lower() or isinstance(getattr(inner, "__context__", None), ConnectionRefusedError)
        return NetworkError("connection", maybe_applied=False, detail=detail, cause="refused" if refused else "",
                            host=host)
    if any(isinstance(c, urllib3.exceptions.ConnectTimeoutError) for c in causes):
        return NetworkError("timeout", maybe_applied=False, detail=detail, cause="connect_timeout", host=host)
    # Connection aborted / reset / closed without an answer: it may have been applied.
    return NetworkError("connection", maybe_applied=True, detail=detail, cause="dropped", host=host)
