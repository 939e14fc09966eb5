"""Sending from the window: confirm, write generated ids into the grid, send on a worker, show each row's outcome."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from gui.apptoto import engine
from gui.apptoto.accounts import AccountFiles
from gui.apptoto.estimate import estimate_seconds
from gui.apptoto.journal import Journal
from gui.apptoto.listing import estimate_pages
from gui.apptoto.rows import (
    SENT,
    apply_result,
    external_id_edits,
    index_by_number,
    key_edits,
    send_items,
)
from gui.apptoto.send import client_secrets
from gui.apptoto.send import send as send_rows
from gui.core.summary import summarise
from gui.core.table import WorkbookError
from gui.core.vocab import MAYBE_UPDATE, NEW
from gui.qt import dialogs, settings
from gui.qt.account import Account
from gui.qt.autosave import snapshot
from gui.qt.outcome_view import counts_text, outcome_counts, outcome_data, outcome_text
from gui.qt.review import Review
from gui.qt.schedule_model import FIRST_DATA, STATUS
from gui.qt.send_dialog import Confirmation
from gui.qt.send_panel import SendPanel
from gui.qt.tasks import run_task
from gui.resources import resources_dir
from gui.sheets.edited import save_edited

RESULT_WIDTH = 300          # the widest the status column grows to show outcomes


class SendController(QObject):
    """Owns a send: one at a time; the worker only sends, every widget and row is touched on the GUI thread."""

    started = Signal(int)                  # items being sent
    progress = Signal(int, int, str)       # done, total, message (emitted from the worker)
    finished = Signal(object)              # the SubmitResult, after the rows show it
    saved = Signal(str)                    # a results workbook was written

    def __init__(self, window: Any, account: Account) -> None:
        super().__init__(window)
        self.window, self.model, self.account = window, window.model, account
        self.options = settings.send_options       # () -> SendOptions (tests make back-off instant)
        self.journal = Journal                       # () -> Journal
        self.sleep, self.clock = time.sleep, time.monotonic
        self.running = False
        self.last_result: engine.SubmitResult | None = None
        self._cancel = threading.Event()
        self._generation = 0
        self.panel = SendPanel()
        window.statusBar().addPermanentWidget(self.panel)
        self.model.outcome_source = outcome_data
        self.model.reset_done.connect(self._on_model_reset_done)
        self.panel.cancel_requested.connect(self._on_panel_cancel_requested)
        self.progress.connect(self._on_self_progress)
        actions = window.actions
        actions.send.triggered.connect(self._on_send_triggered)
        actions.retry_failed.triggered.connect(self._on_retry_failed_triggered)
        actions.save_results.triggered.connect(self._on_save_results_triggered)
        actions.settings.triggered.connect(self._on_settings_triggered)
        self._update_actions()

    # ---- sending --------------------------------------------------------------------------------
    def send(self, rows: Iterable[int] | None = None) -> bool:
        """Send `rows` (default: the ticked rows) after the confirmation; False when nothing was started."""
        schedule = self.model.schedule
        if schedule is None or self.running:
            return False
        rows = sorted(set(rows)) if rows is not None else self.model.checked_rows()
        if not rows:
            self._say("Tick the rows to send first (the Send column).")
            return False
        missing = self.account.missing()
        if missing and not (self.open_settings(focus_key=True, why=missing) and not self.account.missing()):
            self._say(self.account.missing() or missing)
            return False
        options = self.options()
        sendable = self.model.review.sendable(rows)
        items = send_items(schedule, sendable, add_auto=settings.get(settings.ADD_AUTO))
        journal = self.journal()
        file = str(self.window.document.path) if self.window.document else schedule.source
        confirmation = self.confirmation(rows, sendable, items, options)
        if not dialogs.confirm_send(self.window, confirmation):
            return False
        try:
            client = self.account.client()
        except ValueError as exc:
            dialogs.show_error(self.window, "Cannot send", str(exc))
            return False
        try:                                         # an unwritable data folder: said before anything changes
            run = journal.start_run(file, base_url=client.base_url, user=client.user, total=len(items),
                                    secrets=client_secrets(client))
        except OSError as exc:
            dialogs.show_error(self.window, "Cannot send", f"The send journal cannot be written: {exc}. "
                               "Nothing was sent.")
            return False
        index_of = {schedule.rows[i].number: i for i in sendable}
        assigned = engine.assign_external_ids(items) if options.generate_external_ids else {}
        edits = external_id_edits(assigned, index_of, self.model.ensure_column)
        if edits:                                    # stored in the grid before anything leaves
            self.model.set_cells(edits, undoable=False)
        self._start(schedule, items, client, options, run, file)
        return True

    def confirmation(self, rows: list[int], sendable: list[int], items: list[engine.SendItem],
                     options: engine.SendOptions) -> Confirmation:
        """What the confirmation says for these rows."""
        schedule = self.model.schedule
        known = getattr(self.window.preview, "known_calendars", None)
        lines = summarise(schedule, rows, known).lines()
        warnings = []
        again = [i for i in sendable if schedule.rows[i].outcome and schedule.rows[i].outcome.state in SENT]
        if again:
            warnings.append(f"{len(again):,} of these rows were already sent in this session and would be sent "
                            "again (they update the same appointments).")
        notes = []
        keyless = sum(1 for i in items if i.kind == NEW and not engine.has_key(i.event))
        if options.generate_external_ids and keyless:
            notes.append(f"{keyless:,} new row{'s get' if keyless != 1 else ' gets'} an External ID made from the "
                         "appointment, written into the grid before sending, so a retry or a resend can never make "
                         "a duplicate.")
        elif keyless:
            notes.append(f"{keyless:,} new row{'s have' if keyless != 1 else ' has'} no External ID: if the "
                         "connection fails, check Apptoto before sending them again.")
        if settings.get(settings.ADD_AUTO):
            notes.append("#auto is added to new events: Apptoto sends its auto messages for them.")
        return Confirmation(self.account.describe(), self.account.is_sandbox(), len(items), lines, warnings, notes)

    def _start(self, schedule, items, client, options, run, file: str) -> None:
        self._generation += 1
        self._cancel = cancel = threading.Event()
        generation, sleep, clock = self._generation, self.sleep, self.clock
        listing = getattr(getattr(self.window, "compare", None), "listing", None)     # used only while fresh

        def work() -> engine.SubmitResult:
            with client:
                return send_rows(items, client, options, file, run=run, progress=self.progress.emit,
                                 cancel=cancel, listing=listing, journal_days=settings.get(settings.JOURNAL_DAYS),
                                 sleep=sleep, clock=clock)

        def failed(exc: BaseException) -> None:
            run.close()
            self._on_task_failed(generation, exc)

        self.running = True
        self._update_actions()
        checked = sum(1 for i in items if i.kind in (NEW, MAYBE_UPDATE))
        seconds = estimate_seconds(len(items), estimate_pages(checked) if checked else 0, options,
                                   AccountFiles(client.base_url, client.user).load().largest_batch)
        self.panel.start(len(items), "checking Apptoto for these appointments first" if checked else "",
                         seconds / max(1, len(items)))
        self.window.statusBar().clearMessage()
        self.started.emit(len(items))
        run_task(work, lambda result: self._on_task_done(generation, schedule, result), failed, owner=self)

    def cancel(self) -> None:
        """Stop after the batch being sent; rows not sent end 'skipped' and keep their place."""
        if self.running:
            self._cancel.set()
            self.panel.cancelling()

    @Slot(int, int, str)
    def _on_self_progress(self, done: int, total: int, message: str) -> None:
        if self.running:
            self.panel.show_progress(done, total, message)

    def _on_task_done(self, generation: int, schedule, result: engine.SubmitResult) -> None:
        if generation != self._generation:
            return
        self._stopped()
        self.last_result = result
        if schedule is not self.model.schedule:
            self._say("The send finished after another file was opened: its results are in Send history.")
            return
        where = index_by_number(schedule)                    # rows may have moved meanwhile
        _note_earlier_sends(schedule, result, where)
        touched = apply_result(schedule, result, where)
        edits = key_edits(schedule, touched, self.model.ensure_column)
        if edits:
            self.model.set_cells(edits, undoable=False)
        self.model.refresh_rows(touched)
        compare = getattr(self.window, "compare", None)
        if compare is not None:
            compare.forget(touched)                  # what Apptoto holds has changed
        self._learn_calendars(schedule, touched)
        self._show_counts()
        self._update_actions()
        self._show_results_columns()
        tally = counts_text(outcome_counts(result.values()))
        self._say(f"{result.message} This send: {tally}." if result.status != engine.FINISHED else
                  "Send finished.")
        self.finished.emit(result)
        if result.status == engine.AUTH_FAILED:
            if dialogs.ask_fix_credentials(self.window, result.message):
                self.open_settings(focus_key=True)
        elif result.status == engine.CRASHED:
            dialogs.show_error(self.window, "Sending stopped", f"{result.message}\nRows already sent keep "
                               "their results; the others were not sent.")

    def _on_task_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._stopped()
        dialogs.show_error(self.window, "Sending stopped", f"Sending stopped by an unexpected error: {exc!r}")

    def _stopped(self) -> None:
        self.running = False
        self.panel.finish()
        self._update_actions()

    def _learn_calendars(self, schedule, touched: list[int]) -> None:
        """Calendars of rows Apptoto accepted exist now (the confirmation stops calling them new)."""
        preview = getattr(self.window, "preview", None)
        if preview is None or preview.known_calendars is None:
            return
        names = {schedule.rows[i].event.get("calendar") for i in touched
                 if schedule.rows[i].outcome.state in SENT}
        names.discard(None)
        if not names <= set(preview.known_calendars):
            preview.set_known_calendars(sorted({*preview.known_calendars, *names}))

    # ---- after a send ---------------------------------------------------------------------------
    def rows_in(self, *states: str) -> list[int]:
        """Row indices whose outcome is one of `states`."""
        schedule = self.model.schedule
        if schedule is None:
            return []
        return [i for i, row in enumerate(schedule.rows) if row.outcome is not None and row.outcome.state in states]

    def retry_failed(self) -> bool:
        """Send again the rows that failed or were not sent; rows of unknown fate only if the user says so."""
        rows = self.rows_in(engine.FAILED, engine.SKIPPED)
        unknown = self.rows_in(engine.UNKNOWN)
        if unknown and dialogs.confirm_retry_unknown(self.window, len(unknown)):
            rows += unknown
        if not rows:
            self._say("No failed rows to send again.")
            return False
        return self.send(rows)

    def save_results(self) -> bool:
        """Write a results workbook (never over the input); the writing runs on a worker."""
        document = self.window.document
        if document is None or self.running:
            return False
        folder = document.path.parent
        if folder.resolve() == resources_dir().resolve():      # the bundled sample: not into the app's folder
            folder = Path.home()
        suggested = folder / f"{document.path.stem}-results.xlsx"
        path = dialogs.ask_save_results(self.window, str(suggested))
        if not path:
            return False
        rows, table = snapshot(document.schedule), document.loaded.table   # copied here; written on a worker
        run_task(lambda: save_edited(path, rows, table, rows.invalid), self._on_results_written,
                 self._on_results_failed)
        return True

    def _on_results_written(self, path: Path) -> None:
        self._say(f"Results saved to {Path(path).name}.")
        self.saved.emit(str(path))

    def _on_results_failed(self, exc: BaseException) -> None:
        message = str(exc) if isinstance(exc, WorkbookError | OSError) else repr(exc)
        dialogs.show_error(self.window, "Save results", message)

    # ---- settings -------------------------------------------------------------------------------
    def open_settings(self, focus_key: bool = False, why: str = "") -> bool:
        """The settings dialog; rows are read again when the default zone, date order or calendar changed."""
        from gui.qt.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.account, getattr(self.window.preview, "known_calendars", None), self.window)
        if why:
            dialog.error.setText(why)
            dialog.error.show()
        if focus_key:
            dialog.focus_key()
        ok = dialogs.edit_settings(dialog)
        if ok and dialog.key_note:
            self._say(dialog.key_note)
        if ok and dialog.reading_changed:
            self.reread()
        dialog.deleteLater()
        return ok

    def reread(self) -> None:
        """Read every row again with the settings' zone, date order and calendar (ticks and outcomes kept)."""
        document = self.window.document
        if document is None:
            return
        checked = self.model.checked_rows()
        document.schedule.set_options(settings.options())
        review = Review(document.schedule)
        document.review = review
        self.model.set_review(review, checked)
        self.window.problems.model.set_review(review)
        self._say("Rows read again with the new settings.")

    # ---- the window -----------------------------------------------------------------------------
    def _update_actions(self) -> None:
        actions, has_document = self.window.actions, self.model.schedule is not None
        actions.send.setEnabled(has_document and not self.running)
        actions.retry_failed.setEnabled(has_document and not self.running
                                        and bool(self.rows_in(engine.FAILED, engine.SKIPPED, engine.UNKNOWN)))
        actions.save_results.setEnabled(has_document and not self.running)
        actions.settings.setEnabled(not self.running)

    def _show_results_columns(self) -> None:
        """Widen the status, id and external_id columns to what they now hold, and bring them into view."""
        view, schedule = self.window.view, self.model.schedule
        columns = [STATUS] + [FIRST_DATA + c for c in (schedule.column_of("id"), schedule.column_of("external_id"))
                              if c is not None]
        header = view.horizontalHeader()
        for column in columns:
            view.resizeColumnToContents(column)
            header.resizeSection(column, min(RESULT_WIDTH, header.sectionSize(column) + 12))
        view.horizontalScrollBar().setValue(0)

    def _show_counts(self) -> None:
        schedule = self.model.schedule
        outcomes = [row.outcome for row in schedule.rows if row.outcome is not None] if schedule else []
        self.panel.show_counts(counts_text(outcome_counts(outcomes)) if outcomes else "")

    def _say(self, text: str, timeout: int = 15000) -> None:
        self.window.statusBar().showMessage(text, timeout)

    def _on_send_triggered(self) -> None:
        self.send()

    def _on_retry_failed_triggered(self) -> None:
        self.retry_failed()

    def _on_save_results_triggered(self) -> None:
        self.save_results()

    def _on_settings_triggered(self) -> None:
        self.open_settings()

    def _on_panel_cancel_requested(self) -> None:
        self.cancel()

    def _on_model_reset_done(self) -> None:
        self._update_actions()
        self._show_counts()


def _note_earlier_sends(schedule, result: engine.SubmitResult, where: dict) -> None:
    """A row skipped now that was sent earlier in the session says so (its earlier result is not lost)."""
    for key, got in result.items():
        index = where.get(key)
        earlier = schedule.rows[index].outcome if index is not None else None
        if got.state == engine.SKIPPED and earlier is not None and earlier.state in SENT:
            got.message = f"{got.message.rstrip('.')}. Earlier in this session: {outcome_text(earlier)}."
