"""Mappings remembered by the shape of the file: the next export from the same system opens the same way (issue 20)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from gui.core.rowbuild import Options
from gui.sheets import memory
from gui.sheets.load import load_schedule, remap
from gui.sheets.mapping import MappingFile, load_mapping

NY = Options(default_time_zone="America/New_York", date_order="")
# A Jane-style export whose "Visit Type" column the app does not know as a title.
JANE = ("Start,End,Patient,Practitioner,Visit Kind,Status,Mobile,Email,Location\n"
        "2026-12-07 09:00,2026-12-07 09:50,Ann Lee,Dr. Patel,Massage,Booked,555-201-3344,ann@example.com,Main\n")
NEXT_WEEK = JANE.replace("2026-12-07", "2026-12-14").replace("Ann Lee", "Cy Diaz")


def test_the_fingerprint_is_the_set_of_headers_not_their_order_or_case():
    assert memory.fingerprint(["Start", "Patient"]) == memory.fingerprint(["patient", "START"])
    assert memory.fingerprint(["Start", "Patient"]) != memory.fingerprint(["Start", "Patient", "Mobile"])
    assert memory.fingerprint(["Start", "Patient", "Send status"]) == memory.fingerprint(["Start", "Patient"])


def test_remember_recall_and_forget(tmp_path: Path):
    headers = ["Start", "End", "Patient", "Practitioner", "Treatment", "Status", "Mobile", "Email", "Location"]
    kept = memory.remember(headers, MappingFile({"Treatment": "title"}, date_order="DMY"), tmp_path,
                           today=dt.date(2026, 12, 12))
    assert kept == MappingFile({"Treatment": "title"}, name="Jane export", date_order="DMY", saved="2026-12-12")
    assert memory.recall(list(reversed(headers)), tmp_path) == kept
    assert memory.label(kept) == ("Jane export (saved 12 Dec)" if dt.date.today().year == 2026
                                  else "Jane export (saved 12 Dec 2026)")
    stored = json.loads(memory.path_for(headers, tmp_path).read_text(encoding="utf-8"))
    assert stored == {"name": "Jane export", "saved": "2026-12-12", "columns": {"Treatment": "title"},
                      "date_order": "DMY"}                            # the ordinary mapping-file format
    assert load_mapping(memory.path_for(headers, tmp_path)) == kept   # so it can be shared as a file
    assert memory.forget(headers, tmp_path) and memory.recall(headers, tmp_path) is None


def test_an_unknown_shape_is_named_after_the_file():
    assert memory.default_name(["Who", "When"], "week 50.xlsx") == "Columns of week 50.xlsx"


def test_a_broken_remembered_file_is_ignored(tmp_path: Path):
    path = tmp_path / "jane.csv"
    path.write_text(JANE, encoding="utf-8")
    headers = ["Start", "End", "Patient", "Practitioner", "Visit Kind", "Status", "Mobile", "Email", "Location"]
    memory.path_for(headers, tmp_path / "maps").parent.mkdir(parents=True)
    memory.path_for(headers, tmp_path / "maps").write_text("{not json", encoding="utf-8")
    loaded = load_schedule(path, NY, folder=tmp_path / "maps")
    assert loaded.mapping is None and not loaded.remembered


def test_the_next_export_of_the_same_shape_opens_with_the_chosen_mapping(tmp_path: Path):
    first, second = tmp_path / "week49.csv", tmp_path / "week50.csv"
    first.write_text(JANE, encoding="utf-8")
    second.write_text(NEXT_WEEK, encoding="utf-8")
    maps = tmp_path / "maps"
    loaded = load_schedule(first, NY, folder=maps)
    assert "title" not in loaded.schedule.names and loaded.mapping is None
    names = list(loaded.schedule.names)
    names[4] = "title"                                         # the user chooses "Visit Kind" as the title
    rows = [(row.number, list(row.values)) for row in loaded.schedule.rows]
    chosen = remap(loaded, names, NY, rows, name="Jane export", folder=maps)
    assert chosen.remembered and chosen.schedule.rows[0].event["title"] == "Massage"
    again = load_schedule(second, NY, folder=maps)
    assert again.remembered and again.schedule.names == names
    assert again.schedule.rows[0].event["title"] == "Massage"
    assert again.mapping_label() == f"Mapping: {memory.label(chosen.mapping)}"
    assert again.notes[0] == f"Mapping: {memory.label(chosen.mapping)}, remembered for files with these columns."
    assert load_schedule(second, NY, folder=maps, remembered=False).schedule.names[4] is None


def test_the_command_line_uses_a_remembered_mapping_unless_told_not_to(tmp_path: Path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("APPTOTO_SHEETS_DATA_DIR", str(data))
    path = tmp_path / "week50.csv"
    path.write_text(NEXT_WEEK, encoding="utf-8")
    headers = NEXT_WEEK.splitlines()[0].split(",")
    memory.remember(headers, MappingFile({"Visit Kind": "title"}, name="Jane export"), data / "mappings",
                    today=dt.date(2026, 12, 12))

    def preview(*extra: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "gui", "preview", str(path), "--time-zone", "America/New_York",
                               *extra], capture_output=True, text=True, timeout=60)

    result = preview()
    assert result.returncode == 0
    assert json.loads(result.stdout)["events"][0]["title"] == "Massage"
    assert result.stderr.splitlines()[0].startswith('week50.csv, sheet "week50.csv": note: Mapping: Jane export '
                                                    "(saved 12 Dec")
    ignored = preview("--no-remembered-mapping")
    assert ignored.returncode == 1 and "Title is empty" in ignored.stderr
