"""Attaching files in the window: the copy runs off the window's thread (the window keeps
answering), shows its progress when large and can be stopped; a file above the limit is
refused at once with its size; odd names come out readable."""

from __future__ import annotations

import os
import sys
import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from app.operations import attachments as attachment_ops
from app.operations import cases as ops
from app.operations import licenses as license_ops
from app.paths import attachments_folder
from app.storage import attachment_files
from app.ui.checklist.checklist_view import ChecklistView

TODAY = date(2026, 11, 22)
MB = 1024 * 1024


@pytest.fixture
def view(qtbot, store, valid_license_input):
    license_id = license_ops.add_license(store, valid_license_input).id
    case_id = ops.start_case(store, license_id, "renewal").id
    widget = ChecklistView(store, case_id, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.table.selectRow(3)
    return widget


def choose(monkeypatch, *paths) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], ""))


def sparse(path, size: int):
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


def leftovers(store) -> list[str]:
    folder = attachments_folder(store.path)
    return sorted(p.name for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


class Gate:
    """Holds every chunk of a copy until opened: the copy is surely under way meanwhile."""

    def __init__(self, monkeypatch):
        self.open = threading.Event()
        self.reached = threading.Event()
        real = attachment_files.copy_with_hash

        def held(source, target, *, progress=None, cancelled=None):
            def slow_progress(done):
                self.reached.set()
                self.open.wait(30)
                if progress is not None:
                    progress(done)
            return real(source, target, progress=slow_progress, cancelled=cancelled)

        monkeypatch.setattr(attachment_files, "copy_with_hash", held)


def test_a_large_copy_runs_off_the_windows_thread_with_its_progress(qtbot, store, view, tmp_path, monkeypatch):
    scan = tmp_path / "扫描件.pdf"
    scan.write_bytes(os.urandom(12 * MB))
    choose(monkeypatch, scan)
    gate = Gate(monkeypatch)
    editor = view.editor
    qtbot.mouseClick(editor.attach_button, Qt.MouseButton.LeftButton)
    assert gate.reached.wait(10)
    # The copy waits mid-way, and the window goes on: its events run, the dialog shows.
    assert editor.copying and not editor.attach_button.isEnabled()
    qtbot.waitUntil(lambda: editor.progress_dialog is not None and editor.progress_dialog.isVisible())
    ticks = []
    qtbot.waitUntil(lambda: ticks.append(1) or len(ticks) > 3)
    assert "扫描件.pdf" in editor.progress_dialog.labelText()
    gate.open.set()
    qtbot.waitUntil(lambda: editor.attachments.count() == 1, timeout=30_000)
    assert not editor.copying and editor.attach_button.isEnabled() and editor.progress_dialog is None
    stored = ops.item_attachments(store, editor.entry.item.id)[0]
    assert stored.size == 12 * MB and ops.attachment_path(store, stored).read_bytes() == scan.read_bytes()
    assert not any(name.endswith(".partial") for name in leftovers(store))


def test_a_copy_can_be_stopped_and_leaves_nothing(qtbot, store, view, tmp_path, monkeypatch):
    scan = tmp_path / "扫描件.pdf"
    scan.write_bytes(os.urandom(10 * MB))
    choose(monkeypatch, scan)
    gate = Gate(monkeypatch)
    editor = view.editor
    qtbot.mouseClick(editor.attach_button, Qt.MouseButton.LeftButton)
    assert gate.reached.wait(10)
    qtbot.waitUntil(lambda: editor.progress_dialog is not None and editor.progress_dialog.isVisible())
    cancel = editor.progress_dialog.findChild(QPushButton)
    assert cancel.text() == "取消"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    gate.open.set()
    qtbot.waitUntil(lambda: not editor.copying, timeout=30_000)
    assert "已取消" in editor.attach_message.text()
    assert editor.attachments.count() == 0 and ops.item_attachments(store, editor.entry.item.id) == []
    assert leftovers(store) == []


def test_a_file_above_the_limit_is_refused_at_once_with_its_size(qtbot, store, view, tmp_path, monkeypatch):
    big = sparse(tmp_path / "录像.mp4", 2 * 1024 * MB)
    choose(monkeypatch, big)
    qtbot.mouseClick(view.editor.attach_button, Qt.MouseButton.LeftButton)
    message = view.editor.attach_message.text()
    assert "录像.mp4" in message and "2.0 GB" in message and "100.0 MB" in message
    assert not view.editor.copying and leftovers(store) == []


def test_small_files_need_no_dialog_and_several_go_in_one_go(qtbot, store, view, tmp_path, monkeypatch):
    files = [tmp_path / f"第{i}页.pdf" for i in range(3)]
    for index, path in enumerate(files):
        path.write_bytes(b"%PDF" + bytes([index]))
    choose(monkeypatch, *files, tmp_path / "不存在.pdf")
    qtbot.mouseClick(view.editor.attach_button, Qt.MouseButton.LeftButton)
    assert view.editor.progress_dialog is None
    qtbot.waitUntil(lambda: view.editor.attachments.count() == 3)
    assert "找不到文件" in view.editor.attach_message.text()


@pytest.mark.skipif(sys.platform != "linux", reason="names of bytes that are not UTF-8")
def test_odd_names_come_out_readable(qtbot, store, view, tmp_path, monkeypatch):
    names = {os.fsdecode(b"bad\xff.pdf"): "bad\ufffd.pdf",
             os.fsdecode("营业执照.pdf".encode("gb18030")): "营业执照.pdf",
             "invoice\u202efdp.exe": "invoicefdp.exe"}
    paths = []
    for name in names:
        path = tmp_path / name
        path.write_bytes(name.encode("utf-8", "surrogateescape"))
        paths.append(path)
    choose(monkeypatch, *paths)
    qtbot.mouseClick(view.editor.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.editor.attachments.count() == 3)
    shown = [view.editor.attachments.item(i).text() for i in range(3)]
    for readable in names.values():
        assert any(text.startswith(readable) for text in shown), shown
    assert view.editor.attach_message.text() == ""


def test_the_limits_are_what_the_message_says():
    assert attachment_ops.size_text(attachment_ops.MAX_BYTES) == "100.0 MB"
    assert attachment_ops.LARGE_BYTES < attachment_ops.MAX_BYTES
