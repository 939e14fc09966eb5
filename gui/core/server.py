"""Which Apptoto a value came from: the server's address and the account. Ids, send outcomes, Compare results and
calendars belong to one server and account; what came from another is never sent."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from gui.core.i18n import tr

APPTOTO_HOST = "api.apptoto.com"


@dataclass(frozen=True, slots=True)
class Server:
    """An Apptoto server and account. Two values are the same server when their addresses are (scheme and host in
    any case, with or without a trailing slash) and their accounts are (e-mail in any case)."""

    base_url: str
    user: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "base_url", _normal_url(self.base_url))
        object.__setattr__(self, "user", self.user.strip())

    @classmethod
    def of(cls, client: Any) -> Server:
        """The server and account a client talks to."""
        return cls(getattr(client, "base_url", ""), getattr(client, "user", "") or "")

    @classmethod
    def from_json(cls, data: Any) -> Server | None:
        """A server saved by as_json ([base URL, user]), or None."""
        if isinstance(data, list | tuple) and len(data) == 2 and all(isinstance(v, str) for v in data):
            return cls(data[0], data[1])
        return None

    def as_json(self) -> list[str]:
        return [self.base_url, self.user]

    def as_text(self) -> str:
        """`https://api.apptoto.com (jo@example.com)`: how a results workbook's "Sent to" cell says it."""
        return f"{self.base_url} ({self.user})" if self.user else self.base_url

    @classmethod
    def from_text(cls, text: Any) -> Server | None:
        """A "Sent to" cell read back (as_text), or None when it is not one."""
        if not isinstance(text, str) or not text.strip():
            return None
        address, _, rest = text.strip().partition(" ")
        if not urlsplit(address).scheme or not urlsplit(address).netloc:
            return None
        rest = rest.strip()
        return cls(address, rest[1:-1] if rest.startswith("(") and rest.endswith(")") else "")

    def same_server(self, other: Server | None) -> bool:
        """The same address (the account may differ)."""
        return other is not None and self.base_url == other.base_url

    def same_account(self, other: Server | None) -> bool:
        """The same address and account (an unknown account on either side counts as the same)."""
        return self.same_server(other) and (not self.user or not other.user
                                            or self.user.casefold() == other.user.casefold())

    @property
    def host(self) -> str:
        parts = urlsplit(self.base_url)
        return parts.netloc or self.base_url

    @property
    def is_apptoto(self) -> bool:
        """The real Apptoto."""
        return urlsplit(self.base_url).hostname == APPTOTO_HOST

    @property
    def is_local(self) -> bool:
        """A server on this computer (the sandbox)."""
        host = (urlsplit(self.base_url).hostname or "").lower()
        return host in ("localhost", "::1") or host.startswith("127.") or host.endswith(".localhost")

    def name(self) -> str:
        """`Apptoto (api.apptoto.com)`, `the sandbox (127.0.0.1:8765)`, `the server at apptoto.example`."""
        if self.is_apptoto:
            return f"Apptoto ({self.host})"
        if self.is_local:
            return tr("server", "the sandbox ({host})", host=self.host)
        return tr("server", "the server at {host}", host=self.host)

    def describe(self) -> str:
        """The name with the account: `Apptoto (api.apptoto.com), account jo@example.com`."""
        return tr("server", "{server}, account {user}", server=self.name(),
                  user=self.user) if self.user else self.name()


def _normal_url(url: str) -> str:
    text = (url or "").strip().rstrip("/")
    parts = urlsplit(text)
    if not parts.scheme or not parts.netloc:
        return text
    return parts._replace(scheme=parts.scheme.lower(), netloc=parts.netloc.lower()).geturl()
