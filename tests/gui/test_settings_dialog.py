"""The settings dialog: stored per user (isolated QSettings), the API key only in the keyring, Test connection."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from gui.apptoto.credentials import SERVICE
from gui.apptoto.sandbox import DEMO_KEY, DEMO_USER
from gui.qt import dialogs, settings
from gui.qt.account import APPTOTO, CUSTOM, SANDBOX, Account, Where
from gui.qt.settings_dialog import SettingsDialog
from tests.gui import send_helpers

sandbox, stubs, win, journal_dir = send_helpers.sandbox, send_helpers.stubs, send_helpers.win, send_helpers.journal_dir
SECRET = "k3y-that-must-never-reach-a-file"


def stored_text(folder: Path) -> str:
    return "".join(p.read_text(encoding="utf-8", errors="replace") for p in folder.rglob("*") if p.is_file())


def dialog_for(qtbot, account: Account) -> SettingsDialog:
    dialog = SettingsDialog(account)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_key_goes_to_the_keyring_and_nowhere_else(qtbot, memory_keyring, isolated_settings):
    dialog = dialog_for(qtbot, Account())
    assert "system keyring" in dialog.key_help.text()
    qtbot.keyClicks(dialog.user, "me@clinic.example")
    qtbot.keyClicks(dialog.key, SECRET)
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted and not dialog.key_note
    assert memory_keyring.store == {(SERVICE, "me@clinic.example"): SECRET}
    QSettings().sync()
    text = stored_text(isolated_settings)
    assert "me@clinic.example" in text and SECRET not in text
    again = Account()
    assert again.api_key() == ""                                   # not read yet: never on the GUI thread
    again.load_key(lambda: None)                                   # read on a worker (here: at once)
    assert again.where == Where("me@clinic.example", APPTOTO) and again.api_key() == SECRET
    reopened = dialog_for(qtbot, again)
    assert reopened.key.text() == "" and "saved" in reopened.key.placeholderText()


def test_without_a_keyring_the_key_lives_in_memory_for_the_session(qtbot, broken_keyring, isolated_settings):
    account = Account()
    dialog = dialog_for(qtbot, account)
    assert "no system keyring" in dialog.key_help.text()
    qtbot.keyClicks(dialog.user, "me@clinic.example")
    qtbot.keyClicks(dialog.key, SECRET)
    dialog.accept()
    assert "kept until you quit" in dialog.key_note
    assert account.api_key() == SECRET and not account.missing()
    QSettings().sync()
    assert SECRET not in stored_text(isolated_settings)
    assert Account().api_key() == ""                    # the next session asks again
    assert "keyring" in Account().missing()


def test_settings_are_stored_per_user_and_read_back(qtbot, memory_keyring):
    dialog = dialog_for(qtbot, Account())
    dialog.zone.setEditText("Europe/Paris")
    dialog.region.setEditText("GB")
    qtbot.keyClicks(dialog.calendar, "Dr. Patel")
    dialog.batch.setValue(20)
    dialog.rate.setValue(60)
    qtbot.mouseClick(dialog.external_ids, Qt.MouseButton.LeftButton)
    dialog.add_auto.setChecked(True)
    dialog.accept()
    assert dialog.reading_changed
    assert (settings.get(settings.TIME_ZONE), settings.get(settings.PHONE_REGION),
            settings.get(settings.DEFAULT_CALENDAR)) == ("Europe/Paris", "GB", "Dr. Patel")
    # The date order is no setting: each file's own dates decide it, chosen per file in Columns (issue 15).
    assert settings.options().date_order == "" and not hasattr(dialog, "date_order")
    assert settings.options().phone_region == "GB"            # rows are read with the region from now on
    assert (settings.get(settings.BATCH_SIZE), settings.get(settings.RATE_LIMIT)) == (20, 60)
    assert settings.get(settings.EXTERNAL_IDS) is False and settings.get(settings.ADD_AUTO) is True
    assert settings.get(settings.REMEMBER_MAPPINGS) is True
    options = settings.send_options()
    assert (options.batch_size, options.rate_per_minute, options.generate_external_ids) == (20, 60, False)
    again = dialog_for(qtbot, Account())
    assert again.zone.currentText() == "Europe/Paris"
    assert again.batch.value() == 20 and not again.external_ids.isChecked() and again.add_auto.isChecked()


def test_defaults_external_ids_on_auto_off():
    assert settings.get(settings.EXTERNAL_IDS) is True and settings.get(settings.ADD_AUTO) is False
    assert settings.send_options().batch_size == 15


@pytest.mark.parametrize(("field", "value", "says"), [
    ("zone", "Mars/Olympus", "not a time zone"),
    ("url", "http://apptoto.example.com", "Refusing plain http"),
])
def test_bad_values_are_explained_and_not_stored(qtbot, memory_keyring, field, value, says):
    dialog = dialog_for(qtbot, Account())
    if field == "zone":
        dialog.zone.setEditText(value)
    else:
        dialog.server.setCurrentIndex(dialog.server.findData(CUSTOM))
        qtbot.keyClicks(dialog.url, value)
    dialog.accept()
    assert dialog.error.isVisible() and says in dialog.error.text()
    assert dialog.isVisible() and settings.get(settings.TIME_ZONE) == "" and settings.get(settings.SERVER) == APPTOTO


def test_test_connection_says_whether_the_account_works(qtbot, sandbox):
    account = Account(sandbox)
    dialog = dialog_for(qtbot, account)
    assert dialog.server.currentData() == SANDBOX and dialog.user.text() == DEMO_USER
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled())
    assert dialog.test_result.text().startswith("✔ The account works")
    qtbot.keyClicks(dialog.key, "wrong")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled())
    assert dialog.test_result.text() == (f"✘ The account does not work on the sandbox ({sandbox.url[7:]}): Apptoto "
                                         "refused the e-mail or API key (401). Check them in Settings > Integrations "
                                         "> API Keys.")


def test_test_connection_to_a_server_that_is_not_there(qtbot, memory_keyring, sandbox):
    url = sandbox.url
    sandbox.stop()
    dialog = dialog_for(qtbot, Account())
    dialog.server.setCurrentIndex(dialog.server.findData(CUSTOM))
    qtbot.keyClicks(dialog.url, url)
    qtbot.keyClicks(dialog.user, DEMO_USER)
    qtbot.keyClicks(dialog.key, DEMO_KEY)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled())
    assert dialog.test_result.text() == (f"✘ Apptoto could not be reached: {url[7:]} refused the connection "
                                         "(nothing answers there: is the sandbox still running?).")


def test_sandbox_mode_uses_the_demo_account_for_the_session_only(sandbox, isolated_settings):
    account = Account(sandbox)
    assert account.where == Where(DEMO_USER, SANDBOX) and account.api_key() == DEMO_KEY
    assert account.base_url() == sandbox.url and "SANDBOX" in account.describe()
    account.set_where(Where("other@example.com", SANDBOX))
    assert account.where.user == "other@example.com" and settings.get(settings.ACCOUNT_USER) == ""
    assert Account().where == Where("", APPTOTO)                      # nothing was stored


def test_changing_the_default_zone_reads_the_rows_again(win, stubs, monkeypatch):
    schedule = win.model.schedule
    index = next(i for i, row in enumerate(schedule.rows) if "start_time" in row.event)
    win.model.set_cells([(index, schedule.column_of("time_zone"), None)])    # times in the default zone
    win.model.set_checked([index], False)
    ticked = win.model.checked_rows()

    def edit(dialog):
        dialog.zone.setEditText("Asia/Tokyo")
        dialog.accept()
        return True

    monkeypatch.setattr(dialogs, "edit_settings", edit)
    win.actions.settings.trigger()
    assert win.model.schedule.rows[index].event["start_time"].endswith("+09:00")
    assert win.model.checked_rows() == ticked and win.document.review is win.model.review


def test_at_1024_by_700_the_dialog_keeps_a_sensible_height_and_its_texts_whole(qtbot):
    """Choosing "Sign in with Apptoto" made the dialog as tall as the screen, OK and Cancel far below the rows with
    empty space between; the "Remember the columns" box read "…opens the sam" at the width it had on 1024 × 700."""
    dialog = dialog_for(qtbot, Account())
    dialog.resize(680, dialog.height())
    qtbot.waitExposed(dialog)
    assert dialog.remember.sizeHint().width() <= dialog.remember.width()
    assert "same shape" in dialog.remember.toolTip() and dialog.remember.accessibleDescription()
    layout = dialog.layout()
    for choose in (dialog.sign_in_method, dialog.api_key_method, dialog.sign_in_method):
        qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.height() == layout.totalHeightForWidth(dialog.width()))
        assert dialog.height() <= dialog.screen().availableGeometry().height() - 40
