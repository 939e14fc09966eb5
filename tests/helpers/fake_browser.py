"""A stand-in for the system browser in sign-in tests: set BROWSER="<python> tests/helpers/fake_browser.py %s".

It GETs the authorize URL without following redirects, reads the Location header and GETs that (so the app's loopback
listener receives the code), as a browser whose user approves at once would. Knobs, from the environment:
  FAKE_BROWSER_LOG    append one JSON line per visit: {"authorize", "redirect", "status", "page"}
  FAKE_BROWSER_STATE  put this state into the redirect instead of the one Apptoto sent back
  FAKE_BROWSER_CODE   put this code into the redirect instead of the one Apptoto sent back (a replayed code)
  FAKE_BROWSER_IDLE   set: only log the authorize URL (a user who never finishes signing in)
"""

from __future__ import annotations

import json
import os
import sys
import urllib.error
import urllib.request
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _get(opener: urllib.request.OpenerDirector, url: str) -> tuple[int, dict, str]:
    try:
        with opener.open(url, timeout=10) as resp:
            return resp.status, dict(resp.headers), resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read().decode("utf-8", "replace")


def _tamper(location: str) -> str:
    parts = urlsplit(location)
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    for key in ("state", "code"):
        if os.environ.get(f"FAKE_BROWSER_{key.upper()}"):
            query[key] = os.environ[f"FAKE_BROWSER_{key.upper()}"]
    return urlunsplit(parts._replace(query=urlencode(query)))


def _log(record: dict) -> None:
    if os.environ.get("FAKE_BROWSER_LOG"):
        with open(os.environ["FAKE_BROWSER_LOG"], "a", encoding="utf-8") as fh:
            fh.write(json.dumps(record) + "\n")


def main(url: str) -> int:
    if os.environ.get("FAKE_BROWSER_IDLE"):
        _log({"authorize": url, "idle": True})
        return 0
    opener = urllib.request.build_opener(_NoRedirect, urllib.request.ProxyHandler({}))
    status, headers, body = _get(opener, url)
    record = {"authorize": url, "authorize_status": status}
    location = headers.get("Location")
    if location:
        location = _tamper(location)
        record["redirect"] = location
        record["status"], _, record["page"] = _get(opener, location)
    else:
        record["page"] = body
    _log(record)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
