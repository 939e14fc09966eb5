"""Settings ▸ Sign in with Apptoto against the sandbox: the browser is the stand-in (BROWSER), the wait for it runs
on a real worker thread with Cancel; the tokens go to the keyring only; sending then uses them."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import QSettings, Qt

from gui.apptoto.sandbox import DEMO_CLIENT_ID, DEMO_USER
from gui.apptoto.tokens import Tokens
from gui.qt import settings
from gui.qt.account import CUSTOM, Account
from gui.qt.settings_dialog import SettingsDialog
from tests.gui import send_helpers

stubs, journal_dir = send_helpers.stubs, send_helpers.journal_dir



def dialog_for(qtbot, account: Account) -> SettingsDialog:
    dialog = SettingsDialog(account)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def on_the_sandbox(qtbot, dialog: SettingsDialog, sandbox) -> None:
    """Another address = the sandbox, sign in chosen, the sandbox's app id typed, as an office admin would."""
    dialog.server.setCurrentIndex(dialog.server.findData(CUSTOM))
    qtbot.keyClicks(dialog.url, sandbox.url)
    qtbot.keyClicks(dialog.user, "me@clinic.example")
    qtbot.mouseClick(dialog.sign_in_method, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.sign_in_box.client_id, DEMO_CLIENT_ID)


def stored_text(folder) -> str:
    QSettings().sync()
    return "".join(p.read_text(encoding="utf-8", errors="replace") for p in folder.rglob("*") if p.is_file())


def oauth_entries(ring) -> dict[str, str]:
    return {name: value for (_service, name), value in ring.store.items() if name.startswith("oauth")}


def test_sign_in_from_settings_on_a_worker_thread(qtbot, sandbox, memory_keyring, fake_browser, threads,
                                                  isolated_settings):
    account = Account()
    dialog = dialog_for(qtbot, account)
    assert dialog.api_key_method.isChecked() and not dialog.sign_in_box.isVisible()    # no client id yet
    on_the_sandbox(qtbot, dialog, sandbox)
    box = dialog.sign_in_box
    assert box.isVisible() and not dialog.key.isVisible() and box.status.text().startswith("Not signed in")
    qtbot.mouseClick(box.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.signing_in, timeout=20000)
    assert box.status.text().startswith(f"Signed in as me@clinic.example on {sandbox.url}")
    assert box.sign_out_button.isEnabled() and box.sign_in_button.isEnabled()
    (tokens_json,) = [v for name, v in oauth_entries(memory_keyring).items() if name.startswith("oauth apptoto")]
    tokens = Tokens.from_json(tokens_json)
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    text = stored_text(isolated_settings)
    assert DEMO_CLIENT_ID in text and not any(secret in text for secret in tokens.secrets)
    again = Account()
    assert again.where.sign_in and again.missing() == ""
    with again.client() as client:
        client.check()
    assert sandbox.auth_schemes[-1] == "bearer"
    reopened = dialog_for(qtbot, again)
    assert reopened.sign_in_method.isChecked() and "Signed in as me@clinic.example" in reopened.sign_in_box.status.text()
    qtbot.mouseClick(reopened.sign_in_box.sign_out_button, Qt.MouseButton.LeftButton)
    assert oauth_entries(memory_keyring) == {} and "Not signed in" in reopened.sign_in_box.status.text()
    assert "Authorized Applications" in reopened.sign_in_box.status.text()
    assert again.missing().startswith("Not signed in to Apptoto yet")


def test_cancel_while_the_browser_is_open_keeps_the_window_responsive(qtbot, sandbox, memory_keyring, fake_browser,
                                                                     threads):
    fake_browser.set(idle="1")                          # the user never finishes in the browser
    dialog = dialog_for(qtbot, Account())
    on_the_sandbox(qtbot, dialog, sandbox)
    box = dialog.sign_in_box
    qtbot.mouseClick(box.sign_in_button, Qt.MouseButton.LeftButton)
    assert box.signing_in and box.cancel_button.isVisible() and not box.sign_in_button.isEnabled()
    assert "Waiting for you to sign in" in box.status.text() and "/oauth/authorize?" in box.status.text()
    assert fake_browser.redirect_port()                 # the browser was started on the sign-in page
    qtbot.keyClicks(dialog.user, "-still-typing")        # the GUI thread is not blocked meanwhile
    assert dialog.user.text() == "me@clinic.example-still-typing"
    qtbot.mouseClick(box.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.signing_in, timeout=5000)
    assert box.status.text() == "Sign-in cancelled; nothing was saved."
    assert box.sign_in_button.isEnabled() and not box.cancel_button.isVisible()
    assert oauth_entries(memory_keyring) == {}


def test_closing_the_dialog_stops_waiting_for_the_browser(qtbot, sandbox, memory_keyring, fake_browser, threads):
    fake_browser.set(idle="1")
    dialog = dialog_for(qtbot, Account())
    on_the_sandbox(qtbot, dialog, sandbox)
    qtbot.mouseClick(dialog.sign_in_box.sign_in_button, Qt.MouseButton.LeftButton)
    port = fake_browser.redirect_port()
    dialog.reject()
    assert threads.wait(5000)                           # the worker saw the cancel and ended
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def test_sign_in_is_chosen_when_a_client_id_is_configured(qtbot, memory_keyring, monkeypatch):
    monkeypatch.delenv("APPTOTO_CLIENT_ID", raising=False)
    assert not Account().where.sign_in
    monkeypatch.setenv("APPTOTO_CLIENT_ID", "office-app")
    dialog = dialog_for(qtbot, Account())
    assert dialog.sign_in_method.isChecked() and "office-app" in dialog.sign_in_box.client_id.placeholderText()
    assert Account().missing().startswith("Not signed in to Apptoto yet")
    dialog.reject()
    monkeypatch.delenv("APPTOTO_CLIENT_ID")
    settings.put(settings.CLIENT_ID, "office-app")
    assert Account().where.sign_in
    dialog = dialog_for(qtbot, Account())
    assert dialog.sign_in_method.isChecked() and dialog.sign_in_box.client_id.text() == "office-app"
    qtbot.mouseClick(dialog.api_key_method, Qt.MouseButton.LeftButton)     # the API key stays for who needs it
    assert dialog.key.isVisible() and not dialog.sign_in_box.isVisible()
    dialog.accept()
    assert not Account().where.sign_in and settings.get(settings.SIGN_IN_METHOD) == "api_key"


def test_sign_in_needs_a_client_id(qtbot, memory_keyring, monkeypatch):
    monkeypatch.delenv("APPTOTO_CLIENT_ID", raising=False)
    dialog = dialog_for(qtbot, Account())
    qtbot.mouseClick(dialog.sign_in_method, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.sign_in_box.sign_in_button, Qt.MouseButton.LeftButton)
    assert "No client id" in dialog.sign_in_box.status.text() and not dialog.sign_in_box.signing_in
    dialog.accept()
    assert dialog.isVisible() and "client id" in dialog.error.text()


def test_the_window_sends_on_the_sign_in_and_asks_to_sign_in_again_when_it_ended(
        qtbot, stubs, fake_browser, tmp_path, isolated_settings):
    sandbox = send_helpers.start_sandbox()
    try:
        win = send_helpers.open_sample(qtbot, sandbox)
        account = win.sending.account
        dialog = dialog_for(qtbot, account)                  # --sandbox offers the sign-in too
        assert dialog.api_key_method.isChecked()
        qtbot.mouseClick(dialog.sign_in_method, Qt.MouseButton.LeftButton)
        assert "the sandbox's app" in dialog.sign_in_box.client_id.placeholderText()
        qtbot.mouseClick(dialog.sign_in_box.sign_in_button, Qt.MouseButton.LeftButton)   # synchronous runner
        assert dialog.sign_in_box.status.text().startswith(f"Signed in as {DEMO_USER} on the SANDBOX")
        dialog.accept()
        assert account.where.sign_in and account.where.user == DEMO_USER
        first = len(sandbox.requests)
        with qtbot.waitSignal(win.sending.finished, timeout=20000) as done:
            assert win.sending.send()
        assert done.args[0].status == "finished"
        puts = [s for (m, _p), s in zip(sandbox.requests[first:], sandbox.auth_schemes[first:], strict=True)
                if m == "PUT"]
        assert puts and set(puts) == {"bearer"}
        journaled = stored_text(tmp_path / "data") + stored_text(isolated_settings)
        assert "events" in journaled and not any(secret in journaled for secret in account.tokens().secrets)
        sandbox.oauth.revoke_all()                         # removed under Authorized Applications
        win.model.check_all()                              # sent rows were unticked: ticked again on purpose
        puts_before = sum(1 for m, _p in sandbox.requests if m == "PUT")
        asked_before = len(sandbox.requests)
        with qtbot.waitSignal(win.sending.finished, timeout=20000) as done:
            assert win.sending.send()
        assert done.args[0].status == "auth_failed"
        (asked,) = [message for kind, message in stubs.asked if kind == "fix"]
        assert "Your sign-in with Apptoto has ended" in asked and "Sign in again" in asked
        # issue 17: the send first reads the before-state of the events it updates; that read is refused (401)
        # and nothing is sent
        assert len(sandbox.requests) > asked_before
        assert sum(1 for m, _p in sandbox.requests if m == "PUT") == puts_before
        assert account.tokens() is None
    finally:
        sandbox.stop()
