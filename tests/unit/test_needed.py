"""What a column mapping still lacks, in words (the Columns dialog shows it; the window opens the dialog for it)."""

from gui.sheets.needed import CONTACT, missing, unused


def test_the_fields_new_appointments_need_and_a_way_to_reach_people():
    assert missing([]) == ["Title", "Start", "End (or Duration)", "Calendar", CONTACT]
    assert missing(["title", "start_time", "duration_minutes", "calendar_id", "participant2_email"]) == []
    assert missing(["title", "start_time", "end_time", "participant_name"], default_calendar="Front desk") == [CONTACT]
    assert missing(["title", "start_time", "end_time", "calendar", "participant_contact_id"]) == []


def test_unused_columns_leave_out_blank_headers_and_the_apps_results_columns():
    headers = ["Visit Kind", "", "Send status", "Patient"]
    assert unused(headers, [None, None, None, "participant_name"]) == [0]
