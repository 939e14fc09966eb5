"""Column matching (never guessing) and mapping files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gui.sheets.mapping import MappingError, MappingFile, load_mapping, map_columns, save_mapping
from gui.sheets.reader import read_table

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_synonyms_map_to_canonical_names() -> None:
    table = read_table(CORPUS / "synonyms.xlsx")
    cmap = map_columns(table.headers)
    assert cmap.fields == ["external_id", "calendar", "title", "start_time", "end_time", "participant_name",
                           "participant_email", "participant_phone", "content", "location"]
    assert cmap.notes == [""] * 10
    assert cmap.index("participant_phone") == 7 and cmap.index("calendar_id") is None


def test_unknown_blank_and_results_columns_are_noted() -> None:
    cmap = map_columns(["Title", "Colour", "", "Send status", "Send message", "Status"])
    assert cmap.fields == ["title", None, None, None, None, "appointment_status"]
    assert cmap.notes == ["", '"Colour" is not a known column; it is ignored.', "Column 3 has no header; it is ignored.",
                          '"Send status" is a results column; it is kept but not sent.',
                          '"Send message" is a results column; it is kept but not sent.', ""]
    assert cmap.unknown == [1, 2]


def test_results_columns_are_known_by_their_exact_names_only() -> None:
    # An export's "Status" is the appointment's status, never the app's results column (issue 20).
    assert map_columns(["Title", "send status", "Status"]).fields == ["title", None, "appointment_status"]
    assert map_columns(["Title", "send status"]).notes[1] == '"send status" is not a known column; it is ignored.'
    # Results workbooks written before the rename: the exact pair "status" + "message" is still the app's.
    old = map_columns(["id", "Title", "status", "message"])
    assert old.fields == ["id", "title", None, None]
    assert old.notes[2] == '"status" is a results column; it is kept but not sent.'
    assert map_columns(["Title", "status"]).fields == ["title", "appointment_status"]


def test_two_headers_for_one_field_are_left_unmapped_but_a_mobile_phone_wins() -> None:
    table = read_table(CORPUS / "ambiguous.xlsx")
    cmap = map_columns(table.headers)
    assert cmap.fields == ["title", "start_time", "end_time", "participant_name", None, "participant_phone",
                           None, None]
    assert cmap.notes[4] == '"Phone" is not sent: reminders go to the mobile number in "Mobile".'
    assert cmap.notes[5] == ""
    assert cmap.notes[6] == ('"Note" and "Notes" all mean content; none of them is used until the mapping '
                             "says which.")
    assert cmap.problems() == [n for n in cmap.notes if n]


def test_exact_canonical_name_wins_a_clash() -> None:
    cmap = map_columns(["participant_phone", "Mobile", "Title"])
    assert cmap.fields == ["participant_phone", None, "title"]
    assert cmap.notes[1] == '"Mobile" also means participant_phone, but "participant_phone" is used for it.'


def test_mapping_resolves_a_clash_and_can_ignore_a_column() -> None:
    headers = ["Title", "Start", "End", "Client Name", "Phone", "Mobile", "Note", "Notes"]
    cmap = map_columns(headers, {"Mobile": "participant_phone", "Notes": "custom_data.notes", "Note": None,
                                 "Missing": "location"})
    assert cmap.fields == ["title", "start_time", "end_time", "participant_name", None, "participant_phone",
                           None, "custom_data.notes"]
    assert cmap.notes[4] == '"Phone" also means participant_phone, but "Mobile" is used for it.'
    assert cmap.notes[6] == '"Note" is ignored, as the mapping says.'
    assert cmap.unused == ["Missing"]
    assert cmap.problems()[-1] == 'The mapping names a column "Missing" that is not in the sheet.'


def test_mapping_keys_match_headers_ignoring_case_and_spaces() -> None:
    cmap = map_columns(["Who  is it", "Start"], {"who is IT": "participant2_name"})
    assert cmap.fields == ["participant2_name", "start_time"]


def test_mapping_errors() -> None:
    with pytest.raises(MappingError) as err:
        map_columns(["Who"], {"Who": "client"})
    assert str(err.value) == ('The mapping: "Who" is mapped to "client", which is not a known column name '
                              "(for example title, start_time, participant_phone, custom_data.room).")
    with pytest.raises(MappingError) as err:
        map_columns(["A", "B"], {"A": "title", "B": "title"})
    assert str(err.value) == 'The mapping maps both "A" and "B" to title; map only one of them.'


def test_ambiguous_single_header_is_noted(monkeypatch: pytest.MonkeyPatch) -> None:
    from gui.core import fields
    real = fields.candidates
    monkeypatch.setattr(fields, "candidates",
                        lambda h: ["content", "location"] if h == "Info" else real(h))
    cmap = map_columns(["Info", "Title"])
    assert cmap.fields == [None, "title"]
    assert cmap.notes[0] == '"Info" could mean content or location; it is ignored until the mapping says which.'


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    headers = ["Title", "Start", "Phone", "Mobile", "", "Send status"]
    cmap = map_columns(headers, {"Mobile": "participant_phone"})
    path = tmp_path / "map.json"
    save_mapping(path, cmap, sheet="March", header_row=4)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == {"columns": {"Title": "title", "Start": "start_time", "Phone": None,
                                "Mobile": "participant_phone"}, "sheet": "March", "header_row": 4}
    loaded = load_mapping(path)
    assert loaded == MappingFile({"Title": "title", "Start": "start_time", "Phone": None,
                                  "Mobile": "participant_phone"}, "March", 4)
    assert map_columns(headers, loaded.columns).fields == cmap.fields


@pytest.mark.parametrize(("text", "message"), [
    ("{not json", 'Mapping file "m.json" is not valid JSON (line 1, column 2: Expecting property name enclosed '
                  "in double quotes)."),
    ("[]", 'Mapping file "m.json" must hold an object with "columns": {"<header>": "<column name>"}.'),
    ('{"columns": {"A": "start"}}', 'Mapping file "m.json": "A" is mapped to "start", which is not a known '
                                    "column name (for example title, start_time, participant_phone, "
                                    "custom_data.room)."),
    ('{"columns": {}, "sheets": "x"}', 'Mapping file "m.json" has unknown entries: sheets (allowed: "columns", '
                                       '"sheet", "header_row", "name", "date_order", "saved").'),
    ('{"columns": {}, "date_order": "DM"}', 'Mapping file "m.json": "date_order" must be one of MDY, DMY, YMD.'),
    ('{"columns": {}, "header_row": 0}', 'Mapping file "m.json": "header_row" must be a row number (1 or more).'),
    ('{"columns": {}, "sheet": 3}', 'Mapping file "m.json": "sheet" must be a sheet name in quotes.'),
])
def test_bad_mapping_files(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "m.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(MappingError) as err:
        load_mapping(path)
    assert str(err.value) == message


def test_missing_mapping_file(tmp_path: Path) -> None:
    with pytest.raises(MappingError) as err:
        load_mapping(tmp_path / "none.json")
    assert str(err.value) == f'Mapping file "none.json" was not found ({tmp_path / "none.json"}).'
