"""The start at login (--tray): no window, one check at once, a notice of what is new (once),
the window when the notice or the tray is clicked; a second start shows the running window."""

import sys
import time
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.operations import licenses as license_ops
from app.operations import notifications
from app.storage import notices
from app.ui import application, tray_start
from app.ui.main_window import MainWindow
from app.ui.open_request import OpenRequests, ask_running_to_show, request_path
from app.ui.reminders import tray_home
from app.ui.reminders.daily_check import DailyCheck
from tests.robot_server import RobotServer


def visible_main_windows() -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def tray_session(db_path, monkeypatch, *, tray: bool, then=None) -> tuple[int, dict]:
    """Start in the tray (``tray``: a system tray exists), look once the first check is done."""
    seen: dict = {}
    monkeypatch.setattr(tray_start, "tray_available", lambda: tray)
    monkeypatch.setattr(tray_home, "tray_available", lambda: tray)
    watches = []
    original_start = tray_start.Watch.start

    def start(watch, **options):
        watches.append(watch)
        original_start(watch, **options)
        QTimer.singleShot(300, lambda: look(watch))

    def look(watch):
        watch.check.wait()
        QApplication.processEvents()
        seen.update(checks=watch.check.checks, notices=list(watch.home.notices),
                    windows=len(visible_main_windows()), window=watch.home.window)
        if then is not None:
            then(watch, seen)
        else:
            watch.home.quit()

    monkeypatch.setattr(tray_start.Watch, "start", start)
    status = application.run_gui(db_path=db_path, tray=True)
    return status, seen


def test_the_tray_start_shows_no_window_checks_once_and_notices_once(qtbot, store, db_path, monkeypatch,
                                                                      valid_license_input):
    license_ops.add_license(store, {**valid_license_input, "expiry": (date.today() + timedelta(days=20)).isoformat(),
                                    "issued": (date.today() - timedelta(days=1800)).isoformat()})
    store.close()
    status, seen = tray_session(db_path, monkeypatch, tray=True)
    assert status == 0
    assert seen["checks"] == 1 and seen["windows"] == 0 and seen["window"] is None
    assert len(seen["notices"]) == 1 and "京B2-20190350" in seen["notices"][0][1]
    status, again = tray_session(db_path, monkeypatch, tray=True)      # the next login, the same day
    assert status == 0 and again["checks"] == 1 and again["notices"] == []


def test_clicking_the_notice_opens_the_license(qtbot, store, db_path, monkeypatch, valid_license_input):
    added = license_ops.add_license(store, {**valid_license_input,
                                            "expiry": (date.today() + timedelta(days=20)).isoformat(),
                                            "issued": (date.today() - timedelta(days=1800)).isoformat()})
    store.close()

    def click(watch, seen):
        watch.home._notice_clicked()
        window = watch.home.window
        seen.update(shown=window.isVisible(), page=window._license_page is not None
                    and window.stack.currentWidget() is window._license_page
                    and window._license_page.license_id == added.id)
        window.close()                       # with a tray, closing hides: the app runs on
        QApplication.processEvents()
        seen.update(still_running=True)
        watch.home.quit()

    status, seen = tray_session(db_path, monkeypatch, tray=True, then=click)
    assert status == 0 and seen["shown"] and seen["page"] and seen["still_running"]


def test_without_a_tray_the_start_checks_and_quits_when_nothing_is_new(qtbot, store, db_path, monkeypatch):
    store.close()
    monkeypatch.setattr(tray_start, "tray_available", lambda: False)
    monkeypatch.setattr(tray_home, "tray_available", lambda: False)
    assert application.run_gui(db_path=db_path, tray=True) == 0        # returns by itself
    assert visible_main_windows() == []


def test_the_tray_start_sends_the_group_digest(qtbot, store, db_path, monkeypatch, valid_license_input):
    license_ops.add_license(store, {**valid_license_input, "expiry": (date.today() + timedelta(days=20)).isoformat(),
                                    "issued": (date.today() - timedelta(days=1800)).isoformat()})
    with RobotServer() as server:
        robot = notifications.add_robot(store, kind="wecom", url=server.url("wecom"))
        store.close()
        status, _seen = tray_session(db_path, monkeypatch, tray=True)
        assert status == 0 and len(server.received) == 1
    from app.operations import open_store

    reopened = open_store(db_path)
    try:
        assert notices.get_robot(reopened, robot.id).last_ok is True
    finally:
        reopened.close()


def test_a_failed_digest_is_said_in_the_tray(qtbot, store, db_path, monkeypatch, valid_license_input):
    license_ops.add_license(store, valid_license_input)
    notifications.add_robot(store, kind="wecom", url="http://127.0.0.1:9/cgi-bin/webhook/send?key=k")
    store.close()

    def wait_for_the_answer(watch, seen):
        qtbot.waitUntil(lambda: any("群通知没有发出" in title for title, _ in watch.home.notices), timeout=20_000)
        seen.update(notices=list(watch.home.notices))
        watch.home.quit()

    status, seen = tray_session(db_path, monkeypatch, tray=True, then=wait_for_the_answer)
    problem = next(text for title, text in seen["notices"] if "群通知没有发出" in title)
    assert status == 0 and "连不上 127.0.0.1" in problem


# ------------------------------------------------------------------ the daily check's clock
def test_the_daily_check_runs_again_on_a_new_day_or_after_sleep(qtbot, store):
    days = [date(2026, 5, 1)]
    clock = [1000.0]
    check = DailyCheck(store, today=lambda: days[0], clock=lambda: clock[0])
    check.start()
    assert check.checks == 1
    clock[0] += 60
    check.tick()
    assert check.checks == 1                  # a minute later, the same day
    days[0] += timedelta(days=1)
    clock[0] += 60
    check.tick()
    assert check.checks == 2                  # midnight passed
    clock[0] += 3 * 3600                      # a tick three hours late: the computer slept
    check.tick()
    assert check.checks == 3
    check.stop()


# ------------------------------------------------------------------ a second start
def test_a_request_file_wakes_the_running_app(qtbot, db_path):
    requests = OpenRequests(db_path)
    assert requests.start() and request_path(db_path).exists()
    with qtbot.waitSignal(requests.requested, timeout=5000):
        request_path(db_path).write_text("open 1\n", encoding="utf-8")
    assert request_path(db_path).stat().st_size == 0
    requests.stop()
    assert not request_path(db_path).exists()


def test_nobody_answering_is_said_in_time(db_path):
    db_path.touch()
    started = time.monotonic()
    assert not ask_running_to_show(db_path, wait_seconds=0.3)
    assert time.monotonic() - started < 2 and request_path(db_path).read_text(encoding="utf-8") == ""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_second_start_shows_the_running_window_instead_of_refusing(db_path):
    from tests.test_application import start_app, wait_for

    first = start_app(db_path, wait=False)
    try:
        wait_for(lambda: request_path(db_path).exists())
        second = start_app(db_path)
        assert second.returncode == 0, second.stderr
        assert "已经在运行" not in second.stderr
    finally:
        first.kill()
        first.wait(timeout=30)
