"""Starting the GUI: the QApplication, one writer per database, the database, the main window.

The start is a loop: take the database's lock, open the database (or, when it cannot be
opened, ask the user for a way forward), show the main window; when a dialog asks for a
restart (a restored backup, a moved data folder), close and go round again.
"""

from __future__ import annotations

import gc
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from app.operations.startup import integrity_problem, open_for_start
from app.operations.window_lock import EXIT_ALREADY_RUNNING
from app.resources import resources_dir
from app.storage.database import Store
from app.storage.errors import StorageError
from app.ui.instance_lock import InstanceLock, LockState, already_running_message
from app.ui.main_window import MainWindow
from app.ui.smoke import finish_smoke_test_once_painted

if TYPE_CHECKING:
    from app.operations import recovery
    from app.operations.recovery import StartProblem
    from app.ui.restart import RestartRequest

EXIT_START_PROBLEM = 3       # the database could not be opened and the user quit (or smoke test)
__all__ = ["EXIT_ALREADY_RUNNING", "EXIT_START_PROBLEM", "run_gui"]   # 4: another one holds the database
AFTER_START_DELAY_MS = 300   # after the first paint: garbage collection back on, the integrity
                             # scan, then the daily backup
START_REMINDERS_DELAY_MS = 400
DAILY_CHECK_DELAY_MS = 1500  # after the start reminders: the group notices, then a check a day
QUIT_EVENT = 20              # QEvent.Type.Quit, as its number: the enum takes a few ms to build


def app_title() -> str:
    """The app's name in the installed language (Chinese until a database chose another)."""
    return QCoreApplication.translate("Application", "许可证管家")


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("LicenseKeeper")
    app.setApplicationDisplayName(app_title())
    return app


def set_window_icon(app: QApplication) -> None:
    """The app's icon for its windows: set once the main window has painted, or before the
    first dialog of a start that shows none (building QIcon's Python class takes some ms)."""
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "license-keeper.png")))


def run_gui(*, db_path: Path, smoke_test: bool = False, tray: bool = False) -> int:
    """``tray``: start into the tray without a window (the start at login)."""
    app = make_application()
    db_path = Path(db_path)
    tray = tray and not smoke_test
    show_window = not tray
    notes: list[str] = []
    must_scan_first: set[Path] = set()
    lock: InstanceLock | None = None
    try:
        while True:
            if lock is None or lock.db_path != db_path or not lock.held:
                if lock is not None:
                    lock.release()
                lock = InstanceLock(db_path)
                state = lock.acquire()
                if state is LockState.HELD_ELSEWHERE:
                    holder = lock.holder()
                    lock = None
                    if not smoke_test and _ask_holder_to_show(db_path, holder, quiet=tray):
                        return 0            # the running one shows its window (or, at login, runs already)
                    if tray:                # a login start finding the app running: nothing to say
                        return EXIT_ALREADY_RUNNING
                    _tell(already_running_message(db_path, holder), smoke_test=smoke_test)
                    return EXIT_ALREADY_RUNNING
            else:
                state = LockState.ACQUIRED       # the same database again: still ours
            defer = False
            if state is LockState.NOT_WRITABLE:     # no lock file possible: say why
                from app.operations import recovery

                opened = recovery.probe_folder(db_path) or recovery.read_only_problem(db_path)
            else:
                # The page-by-page scan runs after the first paint (AfterStart below), except
                # after a scan has failed, when it runs before the window. (A smoke test starts
                # as a user's start does, and ends at that paint: it does not scan.)
                defer = db_path not in must_scan_first
                opened = open_for_start(db_path, defer_integrity=defer)
            if not isinstance(opened, Store):
                # The lock stays held while the way forward is carried out (a restore, a file
                # set aside), so that no second instance opens the file half-way.
                outcome = _resolve(opened, smoke_test=smoke_test)
                if outcome is None or outcome.db_path is None:
                    return EXIT_START_PROBLEM
                db_path, notes = outcome.db_path, outcome.done
                continue
            if show_window:
                status, request = _run_window(app, opened, notes=notes, smoke_test=smoke_test, scanned=not defer)
            else:
                from app.ui.tray_start import run_in_tray

                status, request = run_in_tray(app, opened, scanned=not defer)
            if request is None:
                return status
            show_window = True          # reopened after a restart asked for in the window
            gc.unfreeze()       # the closed window's objects may now be collected (see _run_window)
            if request.rescan:
                must_scan_first.add(request.db_path)
            db_path, notes = _carry_out(request, smoke_test=smoke_test)
    finally:
        if lock is not None:
            lock.release()


def _ask_holder_to_show(db_path: Path, holder, *, quiet: bool) -> bool:
    """A second start on this computer: the running app shows its window (``quiet``: a start at
    login only checks that one runs, and asks nothing)."""
    import platform

    if holder is not None and holder.hostname and holder.hostname != platform.node():
        return False            # another computer's app, on a shared folder
    if quiet:
        return True
    from app.ui.open_request import ask_running_to_show

    return ask_running_to_show(db_path)


def _tell(message: str, *, smoke_test: bool) -> None:
    if smoke_test:
        print(message, file=sys.stderr, flush=True)
    else:
        from PySide6.QtWidgets import QMessageBox

        gc.enable()
        set_window_icon(QApplication.instance())
        QMessageBox.warning(None, app_title(), message)


def _resolve(problem: StartProblem, *, smoke_test: bool) -> recovery.Outcome | None:
    """Ask how to go on (never blocking in a smoke test), and do it; None means quit."""
    if smoke_test:
        print(problem.text(), file=sys.stderr, flush=True)
        return None
    gc.enable()         # a dialog that may stay open a while (see app.main)
    from PySide6.QtWidgets import QMessageBox

    from app.operations import recovery
    from app.operations.recovery import Choice
    from app.ui.recovery_dialog import RecoveryDialog

    set_window_icon(QApplication.instance())

    while True:
        dialog = RecoveryDialog(problem)
        dialog.exec()
        choice, folder = dialog.chosen()
        if choice is Choice.QUIT:
            return None
        try:
            return recovery.carry_out(problem, choice, folder=folder)
        except StorageError as error:
            QMessageBox.critical(dialog, app_title(), str(error))


def _run_window(app: QApplication, store: Store, *, notes: list, scanned: bool,
                smoke_test: bool) -> tuple[int, RestartRequest | None]:
    from app.ui.i18n import install_translator, saved_language

    install_translator(app, saved_language(store))
    notes = [note() if callable(note) else note for note in notes]     # in the window's language
    app.setApplicationDisplayName(app_title())
    window = MainWindow(store)
    daily = AfterStart(store.path, window, scan=not scanned)
    daily.finished.connect(window.statusBar().showMessage)    # queued: emitted off the UI thread
    daily.damaged.connect(lambda message: _damaged_after_start(window, store.path, message))
    daily.failed.connect(lambda message: _backup_failed(window, message))
    background: list = []           # what watches while the window is open (after the start)
    try:
        window.show()
        # What the start made (modules, classes, Qt's wrappers, the window, the dashboard's rows)
        # lives as long as the window. Frozen, it stays out of every later collection: with
        # 5,000 licenses a full collection in the session takes 0.5 ms instead of 12 (it would
        # go over the start's 27,000 objects; benchmarks/bench_gc_pause.py). The only cyclic
        # garbage the start leaves, kept by this, is datetime's pure-Python classes
        # (tests/test_start_frozen.py); a restart unfreezes (run_gui).
        gc.freeze()
        if notes:
            window.statusBar().showMessage(QCoreApplication.translate("Punctuation", "；").join(notes))
        if smoke_test:
            # Painted, then exit: the scan, the daily backup and the reminders belong to a
            # user's session.
            finish_smoke_test_once_painted(app, window)
        else:
            # After the first paint: the dashboard shows first, then the scan and backup, and
            # what falls due. Garbage collection, paused for the start (see app.main), resumes.
            QTimer.singleShot(AFTER_START_DELAY_MS, gc.enable)
            QTimer.singleShot(AFTER_START_DELAY_MS, daily.start)
            # (these two tied to the window: a window closed before then starts nothing)
            QTimer.singleShot(START_REMINDERS_DELAY_MS, window, window.show_start_reminders)
            QTimer.singleShot(DAILY_CHECK_DELAY_MS, window, lambda: background.append(_keep_watch(window, store)))
        window.first_painted.connect(lambda: set_window_icon(app))
        status = app.exec()
        # A Quit event left in the queue would end the next event loop the moment it starts
        # (the recovery dialog, a message box, the reopened window): drop it.
        QCoreApplication.removePostedEvents(app, QUIT_EVENT)
        restart = sys.modules.get("app.ui.restart")     # loaded by whatever asked for a restart
        if restart is None or status != restart.RESTART_EXIT_CODE:
            return status, None
        request = restart.take_request()
        return (0 if request is None else status), request
    finally:
        for watch in background:
            watch.stop()
        daily.wait()
        _close_quietly(app, window)
        store.close()


def _keep_watch(window: MainWindow, store: Store):
    """While the window is open: a second start raises it, and the daily check runs (the
    group notices now, the desktop notice and the group notices of each later day)."""
    from app.ui.tray_start import Watch

    watch = Watch(store, window.today, make_window=lambda: window, resident=False, parent=window)
    watch.home._window = window
    watch.start(desktop=False)          # the start reminders were today's desktop notice
    return watch


def _close_quietly(app: QApplication, window: MainWindow) -> None:
    """Close the window without a "last window closed" quit (see the note after exec)."""
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        app.setQuitOnLastWindowClosed(quit_on_close)


def _carry_out(request: RestartRequest, *, smoke_test: bool) -> tuple[Path, list]:
    """With the window and the database closed: restore a backup or put back a copy set aside if
    asked; the next database."""
    notes = list(request.done)
    if request.restore is not None:
        try:
            from app.operations.backups import restore_backup

            result = restore_backup(request.restore, request.db_path)
        except StorageError as error:
            _tell(str(error), smoke_test=smoke_test)
            return request.db_path, [str(error)]
        notes.append(QCoreApplication.translate("Application", "已恢复 {time} 的备份").format(
            time=f"{request.restore.created_at:%Y-%m-%d %H:%M}"))
        notes += [QCoreApplication.translate("Application", "原数据已改名保留：{name}").format(name=p.name)
                  for p in result.set_aside]
    if request.put_back is not None:
        try:
            from app.operations.backups import put_back

            moved = put_back(request.put_back, request.db_path)
        except StorageError as error:
            _tell(str(error), smoke_test=smoke_test)
            return request.db_path, [str(error)]
        notes.append(QCoreApplication.translate("Application", "已改回 {time} 恢复前的数据").format(
            time=f"{request.put_back.set_aside_at:%Y-%m-%d %H:%M}"))
        notes += [QCoreApplication.translate("Application", "原数据已改名保留：{name}").format(name=p.name)
                  for p in moved]
    return request.db_path, notes


def _damaged_after_start(window: MainWindow, db_path: Path, message: str) -> None:
    """The scan after start found damage: say so, then reopen through the recovery dialog."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(window, app_title(), window.tr(
        "数据库文件未通过完整性检查，为保护数据，将重新打开并提供恢复办法（恢复最近的自动备份，"
        "或换一个数据文件夹）。\n\n{message}").format(message=message))
    from app.ui import restart

    restart.request_restart(restart.RestartRequest(db_path=db_path, rescan=True))


def _backup_failed(window: MainWindow, message: str) -> None:
    """A failed daily backup stays in sight (the status bar's passing messages would hide it)
    until the window closes; the backup is tried again at the next start."""
    from PySide6.QtWidgets import QLabel

    label = QLabel(QCoreApplication.translate("Application", "今天的自动备份没有成功"), window)
    label.setStyleSheet("color: #b00020; font-weight: bold;")
    label.setToolTip(message + "\n\n" + QCoreApplication.translate(
        "Application", "可在“设置”中立即备份；下次启动时也会再试。"))
    window.statusBar().addPermanentWidget(label)


class AfterStart(QObject):
    """After the first paint, on a worker thread: the page-by-page integrity scan, the removal
    of what killed work left (half-written backups and attachment copies), then the daily
    backup (at most one a day; never of a damaged file)."""

    finished = Signal(str)      # a line for the status bar ("" when nothing was due)
    damaged = Signal(str)       # the scan found damage: what it said
    failed = Signal(str)        # the backup did not succeed: why

    def __init__(self, db_path: Path, parent=None, *, scan: bool = True):
        super().__init__(parent)
        self.db_path = db_path
        self.scan = scan            # False when the open already scanned
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="daily-backup")
            self._thread.start()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        problem = integrity_problem(self.db_path) if self.scan else None
        if problem is not None:
            self.damaged.emit(problem)
            return
        try:
            from app.operations import backups

            backups.clean_leftovers(self.db_path)
            made = backups.backup_if_due(self.db_path)
        except Exception as error:          # noqa: BLE001 - a thread: whatever it is must be told
            message = self.tr("自动备份没有成功：{error}").format(error=error)
            self.finished.emit(message)
            self.failed.emit(message)
            return
        if made is not None:
            self.finished.emit(self.tr("已自动备份（%n 张许可证）", "", made.license_count))
