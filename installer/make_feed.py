"""Write the update feed (feed.json) for a release: `uv run python installer/make_feed.py --version 0.2.0 ...`.

The app's Help ▸ Check for updates… reads it (format: gui/apptoto/updates.py). The release workflow runs this
with the tag's version, the tag message as what is new, and the release's download addresses, and attaches
feed.json to the GitHub release; publishing it at the feed URL is the last step (installer/README.md).
The feed is read back with the app's own reader before it is written: a feed the app could not read stops here.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gui.apptoto.updates import FEED_FORMAT, UpdateError, parse_feed  # noqa: E402 - run as a script

BULLETS = ("- ", "* ", "• ")


def note_lines(text: str) -> list[str]:
    """What is new, one line each, from a tag message or a notes file (bullets and blank lines dropped)."""
    lines = []
    for line in text.splitlines():
        line = line.strip()
        for bullet in BULLETS:
            line = line.removeprefix(bullet)
        if line and not line.startswith("-----BEGIN PGP"):
            lines.append(line.strip())
        elif line.startswith("-----BEGIN PGP"):
            break                                   # a signed tag: the signature is not news
    return lines


def feed(version: str, downloads: dict[str, str], notes: list[str], released: str,
         minimum_supported: str | None = None) -> dict:
    """The feed as a dict, checked with the app's reader (SystemExit saying what is wrong)."""
    data = {"format": FEED_FORMAT, "latest": version.removeprefix("v"), "released": released, "notes": notes,
            "download": downloads}
    if minimum_supported:
        data["minimum_supported"] = minimum_supported.removeprefix("v")
    try:
        parse_feed(json.dumps(data), "this feed")
    except UpdateError as exc:
        raise SystemExit(str(exc)) from None
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", required=True, help="the release's version (a leading v is dropped)")
    parser.add_argument("--download", action="append", default=[], metavar="SYSTEM=URL", required=True,
                        help="download page or file per system: windows, macos, linux, other (repeat)")
    parser.add_argument("--notes-file", type=Path, help="what is new, one line each (e.g. the tag message)")
    parser.add_argument("--released", default=date.today().isoformat(), help="release date (default today)")
    parser.add_argument("--minimum-supported", default="", help="older versions are told they must update")
    parser.add_argument("--out", type=Path, default=Path("dist") / "feed.json")
    args = parser.parse_args(argv)
    downloads = {}
    for item in args.download:
        system, _, url = item.partition("=")
        if not url:
            parser.error(f"--download {item!r}: use SYSTEM=URL, e.g. windows=https://...")
        downloads[system.strip()] = url.strip()
    notes = note_lines(args.notes_file.read_text(encoding="utf-8")) if args.notes_file else []
    data = feed(args.version, downloads, notes, args.released, args.minimum_supported or None)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{args.out}: {data['latest']} ({len(notes)} note line{'s' if len(notes) != 1 else ''}, "
          f"downloads for {', '.join(downloads)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
