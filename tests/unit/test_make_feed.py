"""installer/make_feed.py writes a feed the app's own update check reads back."""

from __future__ import annotations

import json

import pytest

from gui.apptoto.updates import Version, parse_feed
from installer import make_feed

DOWNLOADS = ["--download", "windows=https://github.com/o/r/releases/download/v0.2.0/apptoto-sheets-0.2.0-setup.exe",
             "--download", "linux=https://github.com/o/r/releases/download/v0.2.0/apptoto-sheets-0.2.0.tar.gz",
             "--download", "other=https://github.com/o/r/releases/tag/v0.2.0"]


def test_a_release_feed_from_the_tag_message(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("Spanish translation\n\n- Check for updates in the Help menu\n* Faster loading\n"
                     "-----BEGIN PGP SIGNATURE-----\nabc\n", encoding="utf-8")
    out = tmp_path / "site" / "feed.json"
    assert make_feed.main(["--version", "v0.2.0", *DOWNLOADS, "--notes-file", str(notes), "--released",
                           "2026-12-14", "--minimum-supported", "0.1.0", "--out", str(out)]) == 0
    read = parse_feed(out.read_text(encoding="utf-8"))
    assert read.latest == Version("0.2.0")
    assert read.notes == ("Spanish translation", "Check for updates in the Help menu", "Faster loading")
    assert read.minimum_supported == Version("0.1.0") and str(read.released) == "2026-12-14"
    assert read.download_url("macos") == "https://github.com/o/r/releases/tag/v0.2.0"      # "other"
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == 1


def test_a_feed_the_app_could_not_read_is_not_written(tmp_path):
    out = tmp_path / "feed.json"
    with pytest.raises(SystemExit, match="must\\s+start with https://"):
        make_feed.main(["--version", "0.2.0", "--download", "windows=http://example.com/setup.exe", "--out", str(out)])
    with pytest.raises(SystemExit, match="is not a version number"):
        make_feed.main(["--version", "next", *DOWNLOADS, "--out", str(out)])
    assert not out.exists()
