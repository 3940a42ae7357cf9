"""The side panel that edits one checklist item; every change is saved at once.

A change the domain refuses (不适用 without a reason, a malformed date, a too-long note) is
shown next to its field and what the user typed stays in the field; nothing is written.
不适用 chosen without a reason yet keeps the editor on the item (``can_leave``). 撤销 (Ctrl+Z,
set up by the checklist view) takes back the item's last save through its history. An attachment
added by mistake goes to the 回收站. Read-only (a finished case), it only shows, and opens files.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.cases import CaseItem, ChecklistEntry
from app.domain.errors import ValidationError
from app.domain.item_undo import UNDO, changes_of
from app.operations import attachments as attachment_ops
from app.operations import cases as ops
from app.operations import trash as trash_ops
from app.storage.database import Store
from app.storage.errors import StorageError
from app.ui.checklist.attachment_copy import STEPS, AttachmentCopy
from app.ui.widgets import confirmations, file_places
from app.ui.widgets.case_labels import item_state_label
from app.ui.widgets.form_widgets import (
    ERROR_STYLE,
    HINT_STYLE,
    WARNING_STYLE,
    DateField,
    FieldMessage,
    FormLineEdit,
    NoteLine,
    with_message,
)

STATE_ORDER = ("missing", "in_progress", "ready", "not_applicable")
NOTE_SAVE_DELAY_MS = 600
PROGRESS_DELAY_MS = 400     # a copy done sooner shows no progress dialog
ABOUT_LINES = 6             # the height of the item's description box, in lines (it scrolls beyond)


class ItemEditor(QWidget):
    """Edits the item it was last given with ``show_entry``; emits ``saved`` after each write."""

    saved = Signal(int)                  # item id

    def __init__(self, store: Store, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self.store = store
        self.today = today or date.today()
        self.entry: ChecklistEntry | None = None
        self._loading = False
        self._copy: AttachmentCopy | None = None
        self._copy_item_id: int | None = None
        self._copy_problems: list[str] = []
        self.read_only = False
        self._act_by_case: tuple[int, date | None] | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self.save_note)
        self._build()
        self.setEnabled(False)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        """The item's name on one line, what it is in a box of fixed height (it scrolls when
        long), then the controls: each always in the same place, whatever the item, with a line
        kept for its message."""
        self.title = NoteLine(self)
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self.title.setFont(title_font)
        self.about = QTextBrowser(self)
        self.about.setObjectName("itemAbout")
        self.about.setFrameShape(QFrame.Shape.NoFrame)
        self.about.setOpenLinks(False)
        self.about.setStyleSheet("QTextBrowser { background: transparent; }")
        self.about.setFixedHeight(self.fontMetrics().lineSpacing() * ABOUT_LINES + 8)
        self.about.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.state = QComboBox(self)
        for key in STATE_ORDER:
            self.state.addItem(self._state_text(key), key)
        self.state.currentIndexChanged.connect(self._state_chosen)
        self.state_message = FieldMessage(self, reserve=True)
        self.undo_button = QPushButton(self.tr("撤销上一次修改"), self)
        self.undo_button.clicked.connect(self.undo)
        self.reason = FormLineEdit(self)
        self.reason.setPlaceholderText(self.tr("为什么这项材料不需要准备（必填）"))
        self.reason.editingFinished.connect(self.save_reason)
        self.reason_label = QLabel(self.tr("不适用原因"), self)
        self.reason_message = FieldMessage(self, reserve=True)
        self.owner = FormLineEdit(self)
        self.owner.setPlaceholderText(self.tr("谁来准备"))
        self.owner.editingFinished.connect(self.save_owner)
        self.owner_message = FieldMessage(self, reserve=True)
        self.due = DateField(parent=self)
        self.due.calendar_start = self.today
        self.due.editingFinished.connect(self.save_due)
        self.due_message = FieldMessage(self, reserve=True)
        self.due_hint = FieldMessage(self, reserve=True)
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(self.tr("备注（自动保存）"))
        self.note.setFixedHeight(64)
        self.note.setTabChangesFocus(True)
        self.note.textChanged.connect(self._note_typed)
        self.note.installEventFilter(self)
        self.note_message = FieldMessage(self, reserve=True)

        self.attachments = QListWidget(self)
        self.attachments.setFixedHeight(70)
        self.attachments.setAccessibleName(self.tr("附件"))
        self.attachments.itemDoubleClicked.connect(self._open_attachment)
        self.attachments.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.attachments.customContextMenuRequested.connect(self._attachment_menu)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.attachments)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_attachment)
        self.attach_button = QPushButton(self.tr("添加附件…"), self)
        self.attach_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self.tr("打开"), self)
        self.open_button.setToolTip(self.tr("打开所选附件（程序数据文件夹中的副本）"))
        self.open_button.clicked.connect(lambda: self._open_attachment(self.attachments.currentItem()))
        self.delete_button = QPushButton(self.tr("删除…"), self)
        self.delete_button.setToolTip(self.tr("把所选附件移到回收站（Delete 键）：可以恢复"))
        self.delete_button.clicked.connect(self.delete_attachment)
        self.attach_message = FieldMessage(self)       # the last line: it may grow, nothing is below

        state_row = QHBoxLayout()
        state_row.setContentsMargins(0, 0, 0, 0)
        state_row.addWidget(self.state, 1)
        state_row.addWidget(self.undo_button)
        due_line = QGridLayout()               # the date's problem, else its hint, on one line
        due_line.setContentsMargins(0, 0, 0, 0)
        due_line.addWidget(self.due_message, 0, 0)
        due_line.addWidget(self.due_hint, 0, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(2)
        form.addRow(self.tr("状态"), with_message(_row_widget(state_row, self), self.state_message))
        form.addRow(self.reason_label, with_message(self.reason, self.reason_message))
        form.addRow(self.tr("负责人"), with_message(self.owner, self.owner_message))
        form.addRow(self.tr("截止日期"), with_message(self.due, _row_widget(due_line, self)))
        form.addRow(self.tr("备注"), with_message(self.note, self.note_message))
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        attach_box = QVBoxLayout()
        attach_box.setContentsMargins(0, 0, 0, 0)
        attach_box.setSpacing(2)
        attach_box.addWidget(self.attachments)
        attach_box.addLayout(buttons)
        attach_box.addWidget(self.attach_message)
        form.addRow(self.tr("附件"), _row_widget(attach_box, self))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.about)
        layout.addLayout(form)
        layout.addStretch(1)

    def _state_text(self, key: str) -> str:
        return {"missing": self.tr("未准备"), "in_progress": self.tr("准备中"),
                "ready": self.tr("已准备"), "not_applicable": self.tr("不适用")}[key]

    # ------------------------------------------------------------------ showing
    def show_entry(self, entry: ChecklistEntry, *, reload: bool = False) -> None:
        """Show ``entry``; when it is the item already shown, only refresh what the user is not
        typing (``reload``: show every stored value, after an undo)."""
        same = self.entry is not None and self.entry.item.id == entry.item.id and not reload
        previous = self.entry.item if same else None
        if not same and not reload:
            self.flush()
            self._clear_messages()
        self.entry = entry
        self.setEnabled(True)
        item = entry.item
        self.title.show_note(f"{item.position}. {item.name}", "")
        self.about.setHtml(self._about_html(entry))
        self._show_attachments()
        self._show_due_hint(item)
        self._update_undo()
        if same:
            self._merge(previous, item)
            return
        self._loading = True
        try:
            self.state.setCurrentIndex(STATE_ORDER.index(item.state))
            self.reason.setText(item.na_reason)
            self.owner.setText(item.owner)
            self.due.setText(item.due_date.isoformat() if item.due_date else "")
            self.note.setPlainText(item.note)
        finally:
            self._loading = False
        self._show_reason(item.state == "not_applicable")

    def _about_html(self, entry: ChecklistEntry) -> str:
        """What the item is: its description, the forms asked for, the sources, how fresh it must be."""
        item = entry.item
        lines = [f'<span style="{HINT_STYLE}">{escape(item.description)}</span>'] if item.description else []
        facts = self.tr("形式要求：{forms}\n来源：{sources}").format(
            forms=self.tr("、").join(item.forms), sources=entry.sources_text)
        lines += [f'<span style="{HINT_STYLE}">{escape(line)}</span>' for line in facts.splitlines()]
        if item.freshness_note:
            lines.append(f'<span style="{WARNING_STYLE}">'
                         f'{escape(self.tr("时效要求：{note}").format(note=item.freshness_note))}</span>')
        if entry.freshness_warning:
            lines.append(f'<span style="{WARNING_STYLE}">{escape(entry.freshness_warning)}</span>')
        return "<br>".join(lines)

    def _act_by(self, case_id: int) -> date | None:
        """The day the case must be done by (its obligation's day to act by), None if it has none."""
        if self._act_by_case is None or self._act_by_case[0] != case_id:
            case = ops.get_case(self.store, case_id)
            obligation = ops.case_obligation(self.store, case, today=self.today) if case is not None else None
            self._act_by_case = (case_id, obligation.act_by if obligation is not None else None)
        return self._act_by_case[1]

    def _show_due_hint(self, item: CaseItem) -> None:
        """Under the due date: how late it is, or that it falls after the case's day to act by."""
        if self.read_only:                  # a finished case: nothing left to do about its dates
            self.due_hint.show_message(None)
            return
        act_by = self._act_by(item.case_id) if item.due_date is not None else None
        if item.is_overdue(self.today):
            self.due_hint.setStyleSheet(ERROR_STYLE)
            self.due_hint.show_message(self.tr("已逾期 %n 天", "", (self.today - item.due_date).days))
        elif act_by is not None and item.due_date > act_by:
            self.due_hint.setStyleSheet(WARNING_STYLE)
            self.due_hint.show_message(self.tr("晚于本事项最后可办理日 {date}").format(
                date=act_by.isoformat()))
        else:
            self.due_hint.show_message(None)
        if self.due_message.message():          # the date's problem first
            self.due_hint.hide()

    def _merge(self, before: CaseItem, after: CaseItem) -> None:
        """Take in changes made elsewhere (a 补正 notice, an import) to the item being shown.

        A field still holding what was stored before shows the new stored value; a field the
        user is editing keeps what they typed.
        """
        self._loading = True
        try:
            if self.state.currentData() == before.state and after.state != before.state:
                self.state.setCurrentIndex(STATE_ORDER.index(after.state))
                self._show_reason(after.state == "not_applicable")
            for field, stored_before, stored_after in (
                    (self.reason, before.na_reason, after.na_reason), (self.owner, before.owner, after.owner),
                    (self.due, _day(before.due_date), _day(after.due_date))):
                if field.text().strip() == stored_before and stored_after != stored_before:
                    field.setText(stored_after)
            if self.note.toPlainText().strip() == before.note and after.note != before.note:
                self.note.setPlainText(after.note)
        finally:
            self._loading = False

    def _show_reason(self, needed: bool) -> None:
        """The reason's row stays where it is; it takes text only while 不适用 is chosen."""
        self.reason.setEnabled(needed and not self.read_only)
        self.reason_label.setEnabled(needed)
        if not needed:
            self.reason_message.show_message(None)

    def _show_attachments(self) -> None:
        self.attachments.clear()
        for attachment in ops.item_attachments(self.store, self.entry.item.id):
            row = QListWidgetItem(self.tr("{name}（{added}）").format(
                name=attachment.original_name, added=attachment.added_at[:10]))
            row.setData(Qt.ItemDataRole.UserRole, attachment.id)
            row.setToolTip(self.tr("SHA-256：{sha}").format(sha=attachment.sha256))
            self.attachments.addItem(row)
        self.open_button.setEnabled(self.attachments.count() > 0)
        self.delete_button.setEnabled(self.attachments.count() > 0)
        if self.attachments.count() and self.attachments.currentRow() < 0:
            self.attachments.setCurrentRow(0)

    def set_read_only(self, read_only: bool) -> None:
        """Only show (a finished case): nothing can be changed, attachments still open."""
        self.read_only = read_only
        self.state.setEnabled(not read_only)
        for field in (self.reason, self.owner, self.due):
            field.setReadOnly(read_only)
        self.note.setReadOnly(read_only)
        if read_only:                       # nothing to type: no "(自动保存)" nor YYYY-MM-DD
            for field in (self.reason, self.owner, self.due, self.note):
                field.setPlaceholderText("")
        for button in (self.attach_button, self.delete_button, self.undo_button):
            button.setVisible(not read_only)

    def _update_undo(self) -> None:
        if self.entry is None or self.read_only:
            self.undo_button.setEnabled(False)
            return
        save = ops.last_item_change(self.store, self.entry.item.id)
        self.undo_button.setEnabled(bool(save))
        self.undo_button.setToolTip(
            self.tr("撤销：{change}（Ctrl+Z）").format(change=self.describe(save)) if save
            else self.tr("这一项没有可以撤销的修改"))

    def describe(self, save) -> str:
        """An item's save in words, for the undo button's tip: 状态 “已准备” → “准备中”；负责人 …"""
        fields = {"state": self.tr("状态"), "na_reason": self.tr("不适用原因"), "owner": self.tr("负责人"),
                  "due_date": self.tr("截止日期"), "note": self.tr("备注")}
        origins = {"excel": self.tr("（Excel 导入）"), "correction": self.tr("（补正通知）"), UNDO: self.tr("（撤销）")}
        parts = []
        for change in changes_of(save):
            old, new = change.old, change.new
            if change.field == "state":
                old, new = item_state_label(old), item_state_label(new)
            parts.append(self.tr("{field} “{old}” → “{new}”").format(
                field=fields.get(change.field, change.field), old=old, new=new))
        return self.tr("；").join(parts) + (origins.get(save[0].origin, "") if save else "")

    def _clear_messages(self) -> None:
        for message in (self.state_message, self.reason_message, self.owner_message, self.due_message,
                        self.note_message, self.attach_message):
            message.show_message(None)

    # ------------------------------------------------------------------ leaving, undoing
    def has_unsaved_choice(self) -> bool:
        """不适用 chosen and no reason saved yet: leaving would drop the choice."""
        return (self.entry is not None and not self.read_only and self.state.currentData() == "not_applicable"
                and self.entry.item.state != "not_applicable")

    def can_leave(self) -> bool:
        """Whether another item may be shown (or the checklist closed): not while 不适用 waits
        for its reason, which is then asked for next to its field."""
        self.flush()
        if not self.has_unsaved_choice():
            return True
        self.reason_message.show_message(self.tr("请先写明原因，或把状态改回"))
        self.reason.setFocus()
        return False

    def undo(self) -> bool:
        """Take back the item's last save (what is typed is saved first, then taken back)."""
        if self.entry is None or self.read_only:
            return False
        self.flush()
        item_id = self.entry.item.id
        try:
            restored = ops.undo_item_change(self.store, item_id)
        except ValidationError as error:
            self.state_message.show_message(str(error))
            return False
        except StorageError as error:
            self.state_message.show_message(str(error))
            return False
        self._clear_messages()
        self.show_entry(replace(self.entry, item=restored), reload=True)
        self.saved.emit(item_id)
        return True

    # ------------------------------------------------------------------ saving
    def _save(self, changes: dict) -> bool:
        if self.entry is None or self.read_only:
            return False
        item_id = self.entry.item.id
        try:
            ops.update_item(self.store, item_id, **changes)
        except ValidationError as error:
            self._show_errors(error)
            return False
        for field in changes:
            self._message_for(field).show_message(None)
        self.saved.emit(item_id)
        return True

    def _show_errors(self, error: ValidationError) -> None:
        for problem in error.errors:
            if problem.field == "na_reason" and not self.reason.text().strip():
                text = self.tr("不适用时必须写明原因：写好后按回车")
            else:
                text = problem.message          # said under its field: the field's name goes without saying
            self._message_for(problem.field).show_message(text)
        if self.due_message.message():
            self.due_hint.hide()

    def _message_for(self, field: str) -> FieldMessage:
        return {"state": self.state_message, "na_reason": self.reason_message, "owner": self.owner_message,
                "due_date": self.due_message, "note": self.note_message}.get(field, self.state_message)

    def _state_chosen(self, index: int) -> None:
        if self._loading or self.entry is None:
            return
        key = self.state.itemData(index)
        self._show_reason(key == "not_applicable")
        if key == "not_applicable":
            # Saved together with its reason: with none yet, the domain's refusal is shown
            # next to the reason field and the stored state stays as it was.
            if not self._save({"state": key, "na_reason": self.reason.text()}):
                self.reason.setFocus()
            return
        self._save({"state": key})

    def save_reason(self) -> None:
        if self._loading or self.entry is None or self.state.currentData() != "not_applicable":
            return
        if self.reason.text().strip() == self.entry.item.na_reason and self.entry.item.state == "not_applicable":
            return
        self._save({"state": "not_applicable", "na_reason": self.reason.text()})

    def save_owner(self) -> None:
        if self.entry is not None and self.owner.text().strip() != self.entry.item.owner:
            self._save({"owner": self.owner.text()})

    def save_due(self) -> None:
        if self.entry is None:
            return
        current = self.entry.item.due_date.isoformat() if self.entry.item.due_date else ""
        if self.due.text().strip() != current:
            self._save({"due_date": self.due.text().strip() or None})

    def _note_typed(self) -> None:
        if not self._loading and self.entry is not None:
            self._note_timer.start()

    def save_note(self) -> None:
        self._note_timer.stop()
        if self.entry is not None and self.note.toPlainText().strip() != self.entry.item.note:
            self._save({"note": self.note.toPlainText()})

    def flush(self) -> None:
        """Save what is typed but not yet saved (a field still being edited, a reason)."""
        if self.entry is None or self.read_only:
            return
        self.save_owner()
        self.save_due()
        if self._note_timer.isActive():
            self.save_note()
        if self.state.currentData() == "not_applicable" and self.reason.text().strip():
            self.save_reason()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.note and event.type() == QEvent.Type.FocusOut:
            self.save_note()
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ attachments
    def choose_files(self) -> None:
        if self.entry is None:
            return
        paths = file_places.ask_open_paths(
            self, file_places.ATTACHMENTS, caption=self.tr("为“{name}”添加附件").format(name=self.entry.item.name),
            filter_text=self.tr("所有文件 (*)"))
        self.attach(paths)

    def attach(self, paths: list[str]) -> None:
        """Copy the files in on a worker thread (the window stays responsive; a large copy
        shows its progress and can be stopped), then record them for the item."""
        if self.entry is None or not paths or self.copying:
            return
        problems: list[str] = []
        sources: list[tuple[Path, int]] = []
        for path in paths:
            try:
                sources.append((Path(path), attachment_ops.source_size(Path(path))))
            except ValidationError as error:
                problems.append(str(error))
        self.attach_message.show_message("\n".join(problems))
        if not sources:
            return
        self._copy_problems = problems
        self._copy_item_id = self.entry.item.id
        self._copy = AttachmentCopy(self.store.path, self.entry.item.case_id, sources)
        self._copy.finished_copying.connect(self._copied)
        self.destroyed.connect(self._copy.cancel)       # the editor gone: stop, keep nothing
        if self._copy.total >= attachment_ops.LARGE_BYTES:
            self._show_progress(self._copy)
        self.attach_button.setEnabled(False)
        self._copy.start()

    @property
    def copying(self) -> bool:
        return self._copy is not None

    def _show_progress(self, copy: AttachmentCopy) -> None:
        dialog = QProgressDialog(self.tr("正在复制附件…"), self.tr("取消"), 0, STEPS, self)
        dialog.setWindowTitle(self.tr("添加附件"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(360)
        dialog.canceled.connect(copy.cancel)
        copy.progressed.connect(lambda step, name: self._progressed(dialog, step, name))
        copy.finished_copying.connect(lambda *_: dialog.close())
        copy.finished_copying.connect(dialog.deleteLater)
        self.progress_dialog = dialog

    def _progressed(self, dialog: QProgressDialog, step: int, name: str) -> None:
        dialog.setLabelText(self.tr("正在复制“{name}”…").format(name=name))
        dialog.setValue(step)

    def _copied(self, staged: list, problems: list[str], cancelled: bool) -> None:
        """Back on the window's thread: record what was copied."""
        item_id = self._copy_item_id
        self._copy = None
        self.progress_dialog = None
        self.attach_button.setEnabled(True)
        problems = [*self._copy_problems, *problems]
        added = 0
        for copy in staged:
            try:
                attachment_ops.record(self.store, item_id, copy)
                added += 1
            except (ValidationError, StorageError) as error:
                problems.append(str(error))
        if cancelled:
            problems.append(self.tr("已取消：没有添加未复制完的文件。"))
        self.attach_message.show_message("\n".join(problems))
        if added:
            if self.entry is not None and self.entry.item.id == item_id:
                self._show_attachments()
            self.saved.emit(item_id)

    def _attachment_menu(self, position) -> None:
        row = self.attachments.itemAt(position)
        if row is None:
            return
        self.attachments.setCurrentItem(row)
        menu = QMenu(self)
        menu.addAction(self.tr("打开"), lambda: self._open_attachment(row))
        if not self.read_only:
            menu.addAction(self.tr("删除…"), self.delete_attachment)
        menu.popup(self.attachments.viewport().mapToGlobal(position))

    def delete_attachment(self) -> bool:
        """Move the selected attachment to the 回收站, after asking (its file stays until emptied)."""
        row = self.attachments.currentItem()
        if row is None or self.entry is None or self.read_only:
            return False
        attachment_id = row.data(Qt.ItemDataRole.UserRole)
        attachment = next((a for a in ops.item_attachments(self.store, self.entry.item.id) if a.id == attachment_id),
                          None)
        if attachment is None:
            return False
        what = self.tr("删除附件“{name}”（{item}）？").format(name=attachment.original_name, item=self.entry.item.name)
        if not confirmations.confirm_deletion(self, title=self.tr("删除附件"), what=what):
            return False
        try:
            trash_ops.delete_attachment(self.store, attachment_id)
        except (ValidationError, StorageError) as error:
            self.attach_message.show_message(str(error))
            return False
        self.attach_message.show_message(self.tr("已把“{name}”移到回收站（许可证 → 回收站 可以恢复）。").format(
            name=attachment.original_name))
        self._show_attachments()
        self.saved.emit(self.entry.item.id)
        return True

    def _open_attachment(self, row: QListWidgetItem | None) -> None:
        if row is None:
            return
        attachment_id = row.data(Qt.ItemDataRole.UserRole)
        for attachment in ops.item_attachments(self.store, self.entry.item.id):
            if attachment.id == attachment_id:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(ops.attachment_path(self.store, attachment))))



def _row_widget(layout, parent: QWidget) -> QWidget:
    holder = QWidget(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(layout)
    return holder


def _day(value) -> str:
    return value.isoformat() if value else ""
