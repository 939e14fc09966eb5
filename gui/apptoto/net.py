"""Addresses and connections shared by the client and the sign-in: which URLs are safe, what a failure means."""

from __future__ import annotations

import ipaddress
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from gui.apptoto.errors import InsecureURLError, NetworkError

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
        raise InsecureURLError(f"Not a web address Apptoto Sheets can use: {base_url!r} (use https://...)")
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise InsecureURLError(
            f"Refusing plain http:// to {parts.hostname}: the API key or sign-in would travel unencrypted. Use https://.")
    return base_url.strip().rstrip("/")


def classify_connection_error(exc: requests.RequestException) -> NetworkError:
    """Map a requests exception to NetworkError, telling whether the request may have reached the server."""
    import requests
    import urllib3.exceptions

    detail = str(exc)[:300]
    if isinstance(exc, requests.ConnectTimeout):
        return NetworkError("timeout", maybe_applied=False, detail=detail)
    if isinstance(exc, requests.Timeout):          # read time-out: sent, no answer in time
        return NetworkError("timeout", maybe_applied=True, detail=detail)
    reason = exc.args[0] if exc.args else None
    inner = getattr(reason, "reason", reason)     # MaxRetryError wraps the real cause
    never_sent = (urllib3.exceptions.NewConnectionError, urllib3.exceptions.NameResolutionError,
                  urllib3.exceptions.ConnectTimeoutError)
    if isinstance(exc, requests.exceptions.SSLError) or isinstance(inner, never_sent) \
            or isinstance(reason, never_sent):
        return NetworkError("connection", maybe_applied=False, detail=detail)
    # Connection aborted / reset / closed without an answer: it may have been applied.
    return NetworkError("connection", maybe_applied=True, detail=detail)
