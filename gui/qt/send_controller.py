"""Sending from the window: confirm, write generated ids into the grid, send a snapshot on a worker as the busy
state's "sending" job (the grid is read-only meanwhile), and show each row's outcome as its batch is answered."""

from __future__ import annotations

import threading
import time
from collections.abc import Collection, Hashable, Iterable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QTableView, QWidget

from gui.apptoto import engine
from gui.apptoto.accounts import AccountFiles
from gui.apptoto.confirm import confirmation
from gui.apptoto.document import Applied, Document, Server
from gui.apptoto.estimate import estimate_seconds
from gui.apptoto.eventzones import Rezone
from gui.apptoto.journal import Journal
from gui.apptoto.listing import estimate_pages
from gui.apptoto.rows import SENT, external_id_edits, send_items
from gui.apptoto.send import client_secrets
from gui.apptoto.send import send as send_rows
from gui.apptoto.send_report import LeftOut, left_out, send_report
from gui.core import crashlog
from gui.core.i18n import tr, trn
from gui.core.snapshot import Snapshot
from gui.core.vocab import NEW, UNDONE, Outcome
from gui.qt import dialogs, settings
from gui.qt.account import Account
from gui.qt.busy import SENDING, Busy
from gui.qt.job_panel import row_news
from gui.qt.row_look import counts_text, outcome_counts
from gui.qt.schedule_model import FIRST_DATA, ScheduleModel
from gui.qt.send_dialog import Confirmation
from gui.qt.settings_controller import SettingsController
from gui.qt.tasks import run_task

RESULT_WIDTH = 300          # the widest the id columns grow to show what a send wrote
PROGRESS_STEPS = 200        # a send reports its progress about this many times (each report crosses threads)


def now_and_then(emit, total: int):
    """The engine's progress callback (on the worker): every row of a small send, every 1/200 of a big one, and
    every message that is news (a retry, a rejected batch). Each report wakes the GUI thread, which then takes
    the interpreter from the send: 20,000 of them slowed a 20,000-row send threefold."""
    step, last = max(1, total // PROGRESS_STEPS), [-total]

    def progress(done: int, of: int, message: str) -> None:
        if done - last[0] >= step or done >= of or not row_news(message):
            last[0] = done
            emit(done, of, message)

    return progress


def outcome_from_record(record: dict) -> Outcome:
    """The Outcome a journal outcome record holds (as the engine wrote it: dataclasses as dicts)."""
    server = record.get("server")
    return Outcome(**{**record, "server": Server(**server) if isinstance(server, dict) else server})


class RunRelay:
    """The send's journal, passed through; every outcome is also queued for the GUI thread, which shows it
    (and the session file keeps it) while the send goes on. Called from the worker."""

    def __init__(self, run: Any, notify) -> None:
        self._run, self._notify = run, notify
        self._lock = threading.Lock()
        self._pending: dict[Hashable, Outcome] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._run, name)

    def outcome(self, key: Hashable, outcome: dict) -> None:
        self._run.outcome(key, outcome)
        with self._lock:
            first = not self._pending
            self._pending[key] = outcome_from_record(outcome)
        if first:
            self._notify()

    def take(self) -> dict[Hashable, Outcome]:
        """The outcomes queued since the last take (on the GUI thread)."""
        with self._lock:
            taken, self._pending = self._pending, {}
        return taken


class SendController(QObject):
    """Owns a send: one at a time; the worker only sends, every widget and row is touched on the GUI thread."""

    started = Signal(int)                  # items being sent
    progress = Signal(int, int, str)       # done, total, message (emitted from the worker)
    outcomes_ready = Signal()              # outcomes wait in the relay (emitted from the worker)
    finished = Signal(object)              # the SubmitResult, after the rows show it
    failed = Signal(str)                   # the send job itself broke (the rows keep what was answered)
    message = Signal(str, int)             # for the status bar: text, milliseconds (0: until replaced)
    reported = Signal(object, bool)        # the SendReport of the send that ended, and whether Retry has rows
    counts_changed = Signal(str)           # "29 created · 6 updated" of this session's sends

    def __init__(self, document: Document, busy: Busy, model: ScheduleModel, account: Account,
                 settings_flow: SettingsController, view: QTableView, parent: QWidget) -> None:
        super().__init__(parent)
        self.document, self.busy, self.model, self.account = document, busy, model, account
        self.settings_flow, self.view, self.parent_widget = settings_flow, view, parent
        self.options = settings.send_options       # () -> SendOptions (tests make back-off instant)
        self.journal = Journal                       # () -> Journal
        self.sleep, self.clock = time.sleep, time.monotonic
        self.last_result: engine.SubmitResult | None = None
        self._cancel = threading.Event()
        self._run: tuple[Snapshot, RunRelay, Server] | None = None
        self._left: LeftOut | None = None            # rows ticked for the running send that it was not given
        self._closing = False
        self.progress.connect(busy.progress)
        self.outcomes_ready.connect(self._on_self_outcomes_ready)
        model.reset_done.connect(self._on_model_reset_done)
        settings_flow.server_changed.connect(self._on_settings_flow_server_changed)
        busy.actions.send.triggered.connect(self._on_send_triggered)
        busy.actions.retry_failed.triggered.connect(self._on_retry_failed_triggered)
        self.update_actions()

    @property
    def running(self) -> bool:
        return self._run is not None

    # ---- sending --------------------------------------------------------------------------------
    def send(self, rows: Iterable[int] | None = None) -> bool:
        """Send `rows` (default: the ticked rows) after the confirmation; False when nothing was started (the
        API key is read from the keyring first, off the GUI thread: then True, and the rest follows)."""
        if not self.document.is_open or self.busy.job is not None:
            return False
        rows = sorted(set(rows)) if rows is not None else self.model.checked_rows()
        if not rows:
            self.message.emit(tr("send_controller", "Tick the rows to send first (the Send column)."), 15000)
            return False
        return bool(self.account.load_key(lambda: self._send(rows), owner=self))

    def _send(self, rows: list[int]) -> bool:
        if not self.document.is_open or self.busy.job is not None:
            return False
        missing = self.account.missing()
        if missing and not (self._settings(focus_key=True, why=missing) and not self.account.missing()):
            self.message.emit(self.account.missing() or missing, 15000)
            return False
        self.settings_flow.follow_server()          # nothing that came from another server or account is sent
        server = self.account.server()
        if server is None:
            self.message.emit(tr("send_controller", "The server's address cannot be used: Settings ▸ Server."), 15000)
            return False
        options, snapshot = self.options(), self.document.snapshot()
        asked = self.confirmation(snapshot, rows, server, options)
        journal, file = self.journal(), str(self.document.path)
        if not dialogs.confirm_send(self.parent_widget, asked) or not asked.facts.rows:
            return False
        chosen, rows = rows, asked.facts.rows        # conflicts left out unless ticked in the confirmation
        self._left = left_out(snapshot.numbers, chosen, asked.facts)
        options = replace(options, create_calendars=asked.create)
        items = send_items(snapshot, rows, add_auto=settings.get(settings.ADD_AUTO))
        connected = self._connect(journal, file, items)
        if connected is None:
            return False
        client, run = connected
        assigned = engine.assign_external_ids(items) if options.generate_external_ids else {}
        now = self.document.where_now(snapshot)                      # the dialog ran an event loop
        index_of = {snapshot.numbers[p]: now[p] for p in rows if now[p] is not None}
        edits = external_id_edits(assigned, index_of, self.model.ensure_column)
        if edits:                                    # stored in the grid before anything leaves
            self.model.set_cells(edits, undoable=False)
        rezone = Rezone(self.document.schedule, index_of)    # updates' zone-less times: in their event's zone
        self.document.notice = ""                    # said once, in this confirmation
        self._start(snapshot, items, client, options, run, file, rezone=rezone)
        return True

    def confirmation(self, snapshot: Snapshot, rows: list[int], server: Server,
                     options: engine.SendOptions) -> Confirmation:
        """What the confirmation says for sending `rows` (the snapshot is of the live rows, taken just now)."""
        document, memory = self.document, AccountFiles(server.base_url, server.user).load()
        listing = document.compare_listing
        fresh = listing is not None and listing.usable_for(server.base_url, server.user, None, time.time(),
                                                           memory.changed_at)

        def facts(include_conflicts: bool = False, create: frozenset[str] = frozenset()):
            return confirmation(document.schedule, rows, server, replace(options, create_calendars=create),
                                document.compare, document.compare_from, document.known_calendars,
                                memory.largest_batch, fresh, include_conflicts)

        first = facts()
        warnings = [document.notice] if document.notice else []
        again = [i for i in first.rows if (o := snapshot.outcomes[i]) is not None and o.state in SENT and o.why != UNDONE]
        if again:                                    # ticked again on purpose: they were unticked when sent
            warnings.append(trn("send_controller", "{count} of these rows was already sent in this session and would "
                                "be sent again (it updates the same appointment).",
                                "{count} of these rows were already "
                                "sent in this session and would be sent again (they update the same appointments).",
                                len(again)))
        notes = []
        items = send_items(snapshot, first.rows)
        keyless = sum(1 for i in items if i.kind == NEW and not engine.has_key(i.event))
        if options.generate_external_ids and keyless:
            notes.append(trn("send_controller",
                             "{count} new row gets an External ID made from the appointment, written "
                             "into the grid before sending, so a retry or a resend can never make a duplicate.",
                             "{count} new rows get an External ID made from the appointment, written into the grid "
                             "before sending, so a retry or a resend can never make a duplicate.", keyless))
        elif keyless:
            notes.append(trn("send_controller", "{count} new row has no External ID: if the connection fails, check "
                             "Apptoto before sending it again.", "{count} new rows have no External ID: if the "
                             "connection fails, check Apptoto before sending them again.", keyless))
        if settings.get(settings.ADD_AUTO):
            notes.append(tr("send_controller",
                            "#auto is added to new events: Apptoto sends its auto messages for them."))
        return Confirmation(first, self.account.describe(), warnings, notes, facts)

    def _connect(self, journal: Journal, file: str, items: list[engine.SendItem]) -> tuple[Any, Any] | None:
        """A client and the send's journal run; None after saying why not (nothing has changed yet)."""
        try:
            client = self.account.client()
        except ValueError as exc:
            dialogs.show_error(self.parent_widget, tr("send_controller", "Cannot send"), str(exc))
            return None
        try:                                         # an unwritable data folder: said before anything changes
            run = journal.start_run(file, base_url=client.base_url, user=client.user, total=len(items),
                                    secrets=client_secrets(client))
        except OSError as exc:
            dialogs.show_error(self.parent_widget, tr("send_controller", "Cannot send"),
                               tr("send_controller", "The send journal cannot be written: {problem}. Nothing was sent.",
                                  problem=exc))
            return None
        return client, run

    def _start(self, snapshot: Snapshot, items: list[engine.SendItem], client, options, run, file: str,
               create_anyway: Collection[Hashable] = frozenset(), rezone: Rezone | None = None) -> None:
        self._cancel = cancel = threading.Event()
        relay = RunRelay(run, self.outcomes_ready.emit)
        self._run = (snapshot, relay, Server(client.base_url, client.user))
        sleep, clock, progress = self.sleep, self.clock, now_and_then(self.progress.emit, len(items))
        listing, days = self.document.compare_listing, settings.get(settings.JOURNAL_DAYS)   # used only while fresh
        account = AccountFiles(client.base_url, client.user)

        def work() -> engine.SubmitResult:
            with client:
                return send_rows(items, client, options, file, run=relay, progress=progress, cancel=cancel,
                                 listing=listing, create_anyway=create_anyway, journal_days=days, account=account,
                                 rezone=rezone, sleep=sleep, clock=clock)

        def failed(exc: BaseException) -> None:
            run.close()
            self._on_task_failed(exc)

        seconds = estimate_seconds(len(items), estimate_pages(len(items)) if items else 0, options,
                                   account.load().largest_batch)
        self.busy.begin(SENDING, tr("send_controller", "Sending"), total=len(items),
                        note=tr("send_controller", "checking Apptoto for these appointments first"),
                        least_pace=seconds / max(1, len(items)),
                        cancel=cancel.set,
                        cancel_tip=tr("send_controller", "Stop after the batch being sent (rows already sent keep "
                        "their results)"), stopping=tr("send_controller", "stopping after this batch"))
        self.message.emit(self.busy.reason(), 0)
        self.started.emit(len(items))
        run_task(work, self._on_task_done, failed, owner=self)

    def cancel(self) -> None:
        """Stop after the batch being sent; rows not sent end 'skipped' and keep their place."""
        if self.running:
            self.busy.cancel()

    def stop_for_close(self) -> None:
        """The window closes once the send has stopped: cancel, and ask nothing more when it ends."""
        self._closing = True
        self.cancel()

    # ---- answers --------------------------------------------------------------------------------
    @Slot()
    def _on_self_outcomes_ready(self) -> None:
        if self._run is not None:
            snapshot, relay, server = self._run
            self._apply(snapshot, relay.take(), server)

    def _apply(self, snapshot: Snapshot, result, server: Server) -> Applied:
        """Outcomes onto their rows, ids into their cells (not undoable: the app writes them)."""
        applied = self.document.apply_send(snapshot, result, self.model.ensure_column, server)
        if applied.ids:
            self.model.set_cells(applied.ids, undoable=False)
        self.model.refresh_rows(applied.rows)
        if applied.done:                                     # sent: not sent again by the next Ctrl+Enter
            self.model.set_checked(applied.done, False)
        return applied

    def _on_task_done(self, result: engine.SubmitResult) -> None:
        snapshot, relay, server = self._run
        self._run = None
        relay.take()                                         # the whole result supersedes what waits
        applied = self._apply(snapshot, result, server)
        self.last_result = result
        self.busy.end(SENDING)
        self.update_actions()
        self._show_counts()
        self._show_results_columns()
        text = tr("send_controller", "Send finished.") if result.status == engine.FINISHED else tr(
            "send_controller", "{outcome} This send: {counts}.", outcome=result.message,
            counts=counts_text(outcome_counts(result.values())))
        if applied.removed:
            text += " " + trn("send_controller",
                              "{count} row was deleted while it was being sent: see Send history for "
                              "what Apptoto answered.",
                              "{count} rows were deleted while they were being sent: see Send "
                              "history for what Apptoto answered.", applied.removed)
        if applied.edited:
            text += " " + trn("send_controller", "{count} row was changed while being sent: Apptoto does not have the "
                              "change until sent again.",
                              "{count} rows were changed while being sent: Apptoto does not "
                              "have those changes until sent again.", applied.edited)
        if applied.stale:
            text += " " + tr("send_controller",
                             "The rows shown now are not the ones that were sent: see Send history for "
                             "the results.")
        self.message.emit(text, 15000)
        self.finished.emit(result)
        if self._closing:
            return
        self.reported.emit(send_report(result.items(), result.status, result.message, self._left),
                           bool(self.rows_in(engine.FAILED, engine.SKIPPED, engine.UNKNOWN)))
        if result.status == engine.AUTH_FAILED:
            if dialogs.ask_fix_credentials(self.parent_widget, result.message):
                self._settings(focus_key=True)
        elif result.status == engine.CRASHED:
            dialogs.show_error(self.parent_widget, tr("send_controller", "Sending stopped"),
                               tr("send_controller", "{outcome}\nRows already sent keep their results; the others were "
                                  "not sent.", outcome=result.message))
        elif result.status == engine.FINISHED:
            self._ask_create_anyway(snapshot, result)

    # ---- rows that may already be in Apptoto ----------------------------------------------------
    def _ask_create_anyway(self, snapshot: Snapshot, result: engine.SubmitResult) -> bool:
        """The send held back new rows that may already be in Apptoto: ask once which to create all the same, and
        send those as a job of their own. True when that send started."""
        held = result.check.held_back(result) if result.check is not None else []
        if not held or snapshot.generation != self.document.generation:
            return False
        now, position = self.document.where_now(snapshot), snapshot.positions()
        rows = {u.key: now[position[u.key]] for u in held if u.key in position and now[position[u.key]] is not None}
        held = [u for u in held if u.key in rows]
        chosen = dialogs.ask_create_anyway(self.parent_widget, held) & set(rows) if held else set()
        left = len(held) - len(chosen)
        if left:
            self.message.emit(trn("send_controller", "{count} new row was held back: Apptoto may already have it (the "
                                  "status says as which event). Retry failed rows asks again.", "{count} new rows were "
                                  "held back: Apptoto may already have them (the status says as which event). Retry "
                                  "failed rows asks again.", left), 0)
        return bool(chosen) and self._create_anyway(sorted(rows[key] for key in chosen), chosen)

    def _create_anyway(self, rows: list[int], keys: Collection[Hashable]) -> bool:
        """Send `rows` (held back as perhaps in Apptoto already), creating those of `keys` all the same."""
        if not self.document.is_open or self.busy.job is not None:
            return False
        options, snapshot = self.options(), self.document.snapshot()
        items = send_items(snapshot, snapshot.sendable(rows), add_auto=settings.get(settings.ADD_AUTO))
        journal, file = self.journal(), str(self.document.path)
        connected = self._connect(journal, file, items)
        if connected is None:
            return False
        client, run = connected
        self._left = None
        self._start(snapshot, items, client, options, run, file, create_anyway={i.key for i in items} & set(keys))
        return True

    def _on_task_failed(self, exc: BaseException) -> None:
        if self._run is not None:                            # what was answered before it broke stays shown
            snapshot, relay, server = self._run
            self._apply(snapshot, relay.take(), server)
        self._run = None
        self.busy.end(SENDING)
        self.update_actions()
        self._show_counts()
        text = tr("send_controller", "Sending stopped by an unexpected error: {error}", error=repr(exc))
        crashlog.logger.error("Sending stopped", exc_info=exc)
        self.message.emit(text, 15000)
        self.failed.emit(text)
        if not self._closing:
            dialogs.show_error(self.parent_widget, tr("send_controller", "Sending stopped"), text)

    # ---- after a send ---------------------------------------------------------------------------
    def rows_in(self, *states: str) -> list[int]:
        """Row indices whose outcome is one of `states`."""
        schedule = self.document.schedule
        if schedule is None:
            return []
        return [i for i, row in enumerate(schedule.rows) if row.outcome is not None and row.outcome.state in states]

    def retry_failed(self) -> bool:
        """Send again the rows that failed or were not sent; rows of unknown fate only if the user says so."""
        rows = self.rows_in(engine.FAILED, engine.SKIPPED)
        unknown = self.rows_in(engine.UNKNOWN)
        if unknown and dialogs.confirm_retry_unknown(self.parent_widget, len(unknown)):
            rows += unknown
        if not rows:
            self.message.emit(tr("send_controller", "No failed rows to send again."), 15000)
            return False
        return self.send(rows)

    def update_actions(self) -> None:
        """Send needs a document; Retry failed rows needs rows that failed, were skipped or are unknown."""
        self.busy.allow("retry_failed", self.document.is_open
                        and bool(self.rows_in(engine.FAILED, engine.SKIPPED, engine.UNKNOWN)))

    def _settings(self, focus_key: bool = False, why: str = "") -> bool:
        return self.settings_flow.open(focus_key, why)

    def _show_results_columns(self) -> None:
        """Widen the id and external_id columns to what they now hold, and bring them into view (the status column
        keeps its width: a send never pushes the sheet's columns away; a longer status is whole in its tooltip)."""
        view, schedule = self.view, self.document.schedule
        columns = [FIRST_DATA + c for c in (schedule.column_of("id"), schedule.column_of("external_id"))
                   if c is not None]
        header = view.horizontalHeader()
        for column in columns:
            view.resizeColumnToContents(column)
            header.resizeSection(column, min(RESULT_WIDTH, header.sectionSize(column) + 12))
        view.horizontalScrollBar().setValue(0)

    def _show_counts(self) -> None:
        schedule = self.document.schedule
        outcomes = [row.outcome for row in schedule.rows if row.outcome is not None] if schedule else []
        self.counts_changed.emit(counts_text(outcome_counts(outcomes)) if outcomes else "")

    # ---- slots ----------------------------------------------------------------------------------
    def _on_send_triggered(self) -> None:
        self.send()

    def _on_retry_failed_triggered(self) -> None:
        self.retry_failed()

    def outcomes_changed(self, *_args) -> None:
        """Rows' outcomes changed outside a send (an undo took some back): Retry failed rows and the counts follow."""
        self.update_actions()
        self._show_counts()

    def _on_model_reset_done(self) -> None:
        self.outcomes_changed()

    def _on_settings_flow_server_changed(self, _server) -> None:
        self.outcomes_changed()                              # results of another server were cleared
