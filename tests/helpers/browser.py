"""The stand-in browser (fake_browser.py) wired in as the system browser through the BROWSER variable."""

from __future__ import annotations

import json
import shlex
import sys
import time
import webbrowser
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

FAKE_BROWSER = Path(__file__).with_name("fake_browser.py")
KNOBS = ("state", "code", "idle")


class FakeBrowser:
    """BROWSER set to fake_browser.py; `visits()` are what it saw, `set(state=..., code=..., idle=...)` tampers."""

    def __init__(self, monkeypatch, log: Path) -> None:
        self.monkeypatch, self.log = monkeypatch, log
        self.command = f"{shlex.quote(sys.executable)} {shlex.quote(str(FAKE_BROWSER))} %s"
        monkeypatch.setenv("BROWSER", self.command)
        monkeypatch.setenv("FAKE_BROWSER_LOG", str(log))
        for knob in KNOBS:
            monkeypatch.delenv(f"FAKE_BROWSER_{knob.upper()}", raising=False)
        # webbrowser reads BROWSER once per process: make it read it again, as a freshly started app would
        monkeypatch.setattr(webbrowser, "_tryorder", None)
        monkeypatch.setattr(webbrowser, "_browsers", {})

    def set(self, **knobs: str) -> None:
        for name, value in knobs.items():
            assert name in KNOBS, name
            self.monkeypatch.setenv(f"FAKE_BROWSER_{name.upper()}", value)

    def visits(self, expected: int = 1, timeout: float = 10.0) -> list[dict]:
        """What the browser saw, once it has logged `expected` visits (it logs after the app's page came back,
        which may be just after the sign-in returned), or `timeout` seconds passed."""
        deadline = time.monotonic() + timeout
        while True:
            lines = self.log.read_text(encoding="utf-8").splitlines() if self.log.exists() else []
            if len(lines) >= expected or time.monotonic() > deadline:
                return [json.loads(line) for line in lines]
            time.sleep(0.02)          # polled like qtbot.waitUntil: the browser is another process

    def redirect_port(self) -> int:
        """The port of the app's loopback listener, from the first authorize URL the browser was given."""
        asked = parse_qs(urlsplit(self.visits()[0]["authorize"]).query)
        return urlsplit(asked["redirect_uri"][0]).port

    def codes(self, expected: int = 1) -> list[str]:
        """The codes Apptoto (the sandbox) sent back, in order."""
        return [parse_qs(urlsplit(v["redirect"]).query)["code"][0] for v in self.visits(expected)
                if "redirect" in v]
