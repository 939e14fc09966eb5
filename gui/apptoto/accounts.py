"""What this computer remembers per Apptoto account (batch size that worked, calendar names, when a send last ran,
the events undoing a send deleted) and the lock that lets one send at a time talk to an account. Files are private to the user."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from gui.apptoto.calendars import Calendars
from gui.apptoto.identity import Retired
from gui.apptoto.privatefiles import open_private, private_dir, try_lock, unlock
from gui.core.i18n import tr_noop
from gui.core.paths import data_dir

WAITING = tr_noop("accounts", "Waiting for another send to this account to finish")     # tr() where shown
POLL = 0.25                  # seconds between tries while another send holds the lock


@dataclass(slots=True)
class Memory:
    """Remembered for one account: the largest batch answered whole, calendar names by id, every calendar id seen
    in its answers, and when a send to it last started or ended on this computer (wall clock), which makes a
    listing taken before then stale."""

    largest_batch: int = 0
    calendars: dict[int, str] = field(default_factory=dict)
    changed_at: float = 0.0
    calendar_ids: set[int] = field(default_factory=set)
    retired_external_ids: set[str] = field(default_factory=set)     # of events an undo deleted that a send created
    retired_ids: set[int] = field(default_factory=set)

    def retired(self) -> Retired:
        """What undoing sends to the account deleted of the events they created (identity.Retired)."""
        return Retired(frozenset(self.retired_external_ids), frozenset(self.retired_ids))

    def learn(self, known: Calendars) -> None:
        """Add what was learned of the account's calendars (a name learned later replaces an older one)."""
        self.calendars.update(known.names)
        self.calendar_ids.update(known.ids)

    def known(self) -> Calendars:
        """The account's calendars as remembered."""
        return Calendars(dict(self.calendars), set(self.calendar_ids))


class AccountFiles:
    """One account's files in the data folder: `<key>.json` (Memory) and `<key>.lock`."""

    def __init__(self, base_url: str, user: str, folder: Path | None = None) -> None:
        self.base_url, self.user = base_url.rstrip("/"), user
        key = hashlib.sha256(f"{self.base_url}\n{user.strip().casefold()}".encode()).hexdigest()[:16]
        self.folder = folder if folder is not None else data_dir() / "accounts"
        self.memory_path = self.folder / f"{key}.json"
        self.lock_path = self.folder / f"{key}.lock"

    def load(self) -> Memory:
        """What is remembered (nothing, if the file is missing or unreadable)."""
        try:
            data = json.loads(self.memory_path.read_text(encoding="utf-8"))
            return Memory(int(data.get("largest_batch") or 0),
                          {int(k): str(v) for k, v in (data.get("calendars") or {}).items()},
                          float(data.get("changed_at") or 0.0),
                          {int(v) for v in data.get("calendar_ids") or ()},
                          {str(v) for v in data.get("retired_external_ids") or ()},
                          {int(v) for v in data.get("retired_ids") or ()})
        except (OSError, ValueError, TypeError, AttributeError):
            return Memory()

    def save(self, memory: Memory) -> None:
        """Write it through a temporary file (raises OSError)."""
        private_dir(self.folder)
        temp = self.memory_path.with_suffix(f".{os.getpid()}.tmp")
        with open_private(temp, "w") as fh:
            json.dump({"base_url": self.base_url, "user": self.user, **asdict(memory),
                       "calendar_ids": sorted(memory.calendar_ids),
                       "retired_external_ids": sorted(memory.retired_external_ids),
                       "retired_ids": sorted(memory.retired_ids)}, fh)
        os.replace(temp, self.memory_path)

    def learn(self, known: Calendars) -> None:
        """Remember calendars learned outside a send (a Compare); a file that cannot be written is let be."""
        memory = self.load()
        memory.learn(known)
        with contextlib.suppress(OSError):
            self.save(memory)

    def retire(self, external_ids: Iterable[str | None], ids: Iterable[int | None]) -> None:
        """Remember events an undo deleted that a send had created: a later send of their rows makes them again
        under a new derived external_id (raises OSError)."""
        memory = self.load()
        memory.retired_external_ids.update(v for v in external_ids if v)
        memory.retired_ids.update(v for v in ids if isinstance(v, int))
        self.save(memory)

    def touch(self) -> float:
        """Record that a send to the account changes it now; the previous such time."""
        memory = self.load()
        before, memory.changed_at = memory.changed_at, time.time()
        self.save(memory)
        return before

    @contextlib.contextmanager
    def lock(self, waiting: Callable[[], None] | None = None, cancelled: Callable[[], bool] = lambda: False,
             sleep: Callable[[float], None] = time.sleep) -> Iterator[bool]:
        """Hold the account's lock for the block (yields True), waiting while another process holds it (calling
        `waiting` once); yields False when cancelled while waiting. The system frees it if the process dies."""
        private_dir(self.folder)
        with open_private(self.lock_path, "a") as fh:
            told = False
            while not try_lock(fh.fileno()):
                if cancelled():
                    yield False
                    return
                if not told and waiting is not None:
                    waiting()
                    told = True
                sleep(POLL)
            try:
                yield True
            finally:
                unlock(fh.fileno())

