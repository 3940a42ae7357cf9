"""Deleting and restoring: a license, a case or an attachment goes to the 回收站 and comes back
whole; emptying the 回收站 removes it for good.

Each deletion is preceded by a backup (no backup, no deletion, as with a migration), and so is
emptying. Until the 回收站 is emptied, nothing leaves the database or the data folder: the rows
are only marked (app.storage.trash), the attachment files stay where they are.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import NamedTuple

from app.domain.cases import OPEN_STATUSES
from app.domain.catalogue import default_catalogue
from app.domain.deadlines import CHANGE_KINDS
from app.domain.errors import FieldError, ValidationError
from app.domain.license import License
from app.paths import attachments_folder
from app.storage import backup as backups
from app.storage import cases as case_rows
from app.storage import licenses, trash
from app.storage.cases import Attachment, CaseRecord
from app.storage.database import Store
from app.storage.errors import StorageError
from app.storage.licenses import now_text
from app.storage.trash import ATTACHMENT, CASE, LICENSE, TrashRow

KIND_LABELS = {LICENSE: "许可证", CASE: "办理事项", ATTACHMENT: "附件"}
# A finished case has changed the license or entered its history (a new term, new values, a
# 年报 filed, the 注销): it stays. Withdrawn ones may go.
KEPT_CASES = ("approved", "closed")

__all__ = ["ATTACHMENT", "CASE", "KIND_LABELS", "LICENSE", "Contents", "Emptied", "TrashEntry", "case_title",
           "delete_attachment", "delete_case", "delete_license", "empty_trash", "entries", "erase_entry",
           "license_contents", "case_contents", "restore", "restore_license"]


class Contents(NamedTuple):
    """What goes with a deletion (and comes back with it)."""

    cases: int = 0
    open_cases: int = 0
    items: int = 0
    attachments: int = 0
    attachment_bytes: int = 0
    events: int = 0
    license_files: int = 0


class TrashEntry(NamedTuple):
    """One deletion as the 回收站 lists it."""

    id: int
    kind: str
    label: str
    deleted_at: str
    contents: Contents
    backup: str
    blocked: str            # why it cannot be restored now ("" when it can)
    license_id: int
    case_id: int | None
    attachment_id: int | None


class Emptied(NamedTuple):
    entries: int
    files: int
    bytes: int
    backup: str


# ---------------------------------------------------------------------------- naming and counting
def case_title(case: CaseRecord) -> str:
    """A case in words: 续期, 法定代表人变更, 2027年年报 ... (Chinese data)."""
    if case.procedure == "change" and case.context.get("change_kind") in CHANGE_KINDS:
        return CHANGE_KINDS[case.context["change_kind"]][0]
    if case.procedure == "annual_report" and case.context.get("report_year"):
        return f"{case.context['report_year']}年年报"
    return default_catalogue().procedure(case.procedure).name


def _one(store: Store, sql: str, params: tuple) -> int:
    return store.query(sql, params)[0][0] or 0


def license_contents(store: Store, license_id: int) -> Contents:
    in_cases = "case_id IN (SELECT id FROM cases WHERE license_id = ? AND deleted_at IS NULL)"
    marks = ",".join("?" * len(OPEN_STATUSES))
    return Contents(
        cases=_one(store, "SELECT count(*) FROM cases WHERE license_id = ? AND deleted_at IS NULL", (license_id,)),
        open_cases=_one(store, f"SELECT count(*) FROM cases WHERE license_id = ? AND deleted_at IS NULL "
                               f"AND status IN ({marks})", (license_id, *OPEN_STATUSES)),
        items=_one(store, f"SELECT count(*) FROM case_items WHERE {in_cases}", (license_id,)),
        attachments=_one(store, f"SELECT count(*) FROM attachments WHERE deleted_at IS NULL AND {in_cases}",
                         (license_id,)),
        attachment_bytes=_one(store, f"SELECT sum(size) FROM attachments WHERE deleted_at IS NULL AND {in_cases}",
                              (license_id,)),
        events=_one(store, "SELECT count(*) FROM events WHERE license_id = ?", (license_id,)),
        license_files=_one(store, "SELECT count(*) FROM license_files WHERE license_id = ?", (license_id,)))


def case_contents(store: Store, case_id: int) -> Contents:
    return Contents(
        cases=1,
        items=_one(store, "SELECT count(*) FROM case_items WHERE case_id = ?", (case_id,)),
        attachments=_one(store, "SELECT count(*) FROM attachments WHERE case_id = ? AND deleted_at IS NULL",
                         (case_id,)),
        attachment_bytes=_one(store, "SELECT sum(size) FROM attachments WHERE case_id = ? AND deleted_at IS NULL",
                              (case_id,)))


def _attachment_contents(attachment: Attachment) -> Contents:
    return Contents(attachments=1, attachment_bytes=attachment.size)


# ---------------------------------------------------------------------------- deleting
def _backup_first(store: Store, *, reason: str, what: str) -> str:
    """A backup before anything is marked; no backup, no deletion. The backup's folder name."""
    try:
        made = backups.backup_now(store.path, reason=reason, note=what)
    except StorageError as error:
        raise type(error)(f"删除前的自动备份没有成功，因此没有删除，数据保持原样。{error}") from error
    return made.folder.name


def delete_license(store: Store, license_id: int, *, backup: bool = True) -> TrashRow:
    """Move a license, with its cases, history and files, to the 回收站 (after a backup)."""
    license = licenses.get_license(store, license_id)
    if license is None:
        raise ValidationError(FieldError("license", "许可证", "这张许可证已不存在（可能已被删除）"))
    label = f"{license.number}　{license.company}"
    made = _backup_first(store, reason=backups.BEFORE_DELETE, what=f"删除许可证 {license.number} 之前") if backup else ""
    entry_id = trash.move_to_trash(store, kind=LICENSE, license_id=license_id, label=label, stamp=now_text(),
                                   backup=made)
    return trash.get_entry(store, entry_id)


def delete_case(store: Store, case_id: int, *, backup: bool = True) -> TrashRow:
    """Move a case (a procedure started by mistake), with its checklist and attachments, to the 回收站."""
    case = case_rows.get_case(store, case_id)
    if case is None:
        raise ValidationError(FieldError("case", "办理事项", "这个办理事项已不存在（可能已被删除）"))
    if case.status in KEPT_CASES:
        raise ValidationError(FieldError(
            "case", "办理事项", f"“{case_title(case)}”已办结：它已改动许可证或记入了历史，不能删除"))
    license = licenses.get_license(store, case.license_id)
    label = f"{case_title(case)}（{license.number}　{license.company}）"
    made = _backup_first(store, reason=backups.BEFORE_DELETE, what=f"删除办理事项 {label} 之前") if backup else ""
    entry_id = trash.move_to_trash(store, kind=CASE, license_id=case.license_id, case_id=case_id, label=label,
                                   stamp=now_text(), backup=made)
    return trash.get_entry(store, entry_id)


def delete_attachment(store: Store, attachment_id: int, *, backup: bool = True) -> TrashRow:
    """Move an attachment (a wrong scan) to the 回收站; its file stays in the data folder."""
    attachment = case_rows.get_attachment(store, attachment_id)
    case = case_rows.get_case(store, attachment.case_id) if attachment is not None else None
    if attachment is None or case is None:
        raise ValidationError(FieldError("attachment", "附件", "这个附件已不存在（可能已被删除）"))
    if case.status in KEPT_CASES:
        raise ValidationError(FieldError("attachment", "附件",
                                         f"“{case_title(case)}”已办结：它的材料和附件留作记录，不能删除"))
    item = case_rows.get_item(store, attachment.item_id)
    license = licenses.get_license(store, case.license_id)
    label = f"“{attachment.original_name}”（{item.name if item else ''}；{case_title(case)}，{license.number}）"
    made = _backup_first(store, reason=backups.BEFORE_DELETE,
                         what=f"删除附件 {attachment.original_name} 之前") if backup else ""
    entry_id = trash.move_to_trash(store, kind=ATTACHMENT, license_id=case.license_id, case_id=case.id,
                                   attachment_id=attachment_id, label=label, stamp=now_text(), backup=made)
    return trash.get_entry(store, entry_id)


# ---------------------------------------------------------------------------- listing and restoring
def entries(store: Store) -> list[TrashEntry]:
    """Everything in the 回收站, the latest deletion first, with what it holds."""
    return [_entry(store, row) for row in trash.entries(store)]


def _entry(store: Store, row: TrashRow) -> TrashEntry:
    if row.kind == LICENSE:
        contents = license_contents(store, row.license_id)
    elif row.kind == CASE:
        contents = case_contents(store, row.case_id)
    else:
        found = store.query("SELECT size FROM attachments WHERE id = ?", (row.attachment_id,))
        contents = Contents(attachments=1, attachment_bytes=found[0][0] if found else 0)
    return TrashEntry(row.id, row.kind, row.label, row.deleted_at, contents, row.backup,
                      _why_not_restorable(store, row), row.license_id, row.case_id, row.attachment_id)


def _why_not_restorable(store: Store, row: TrashRow) -> str:
    if row.kind == LICENSE:
        return ""
    license = licenses.get_license(store, row.license_id)
    if license is None:
        return "它所属的许可证也在回收站中：先恢复许可证"
    if row.kind == CASE:
        case = case_rows.get_deleted_case(store, row.case_id)
        if case is not None and case.status in OPEN_STATUSES and case.procedure != "change":
            other = next((c for c in case_rows.cases_for_license(store, row.license_id, statuses=OPEN_STATUSES)
                          if c.procedure == case.procedure), None)
            if other is not None:
                return f"这张许可证已有一个未办结的“{case_title(other)}”：先撤回或删除它"
        return ""
    if case_rows.get_case(store, row.case_id) is None:
        return "它所属的办理事项也在回收站中：先恢复办理事项"
    return ""


def restore(store: Store, entry_id: int) -> TrashEntry:
    """Bring a deletion back whole; ValidationError (nothing changed) when it cannot be now."""
    row = trash.get_entry(store, entry_id)
    if row is None:
        raise ValidationError(FieldError("trash", "回收站", "回收站中已没有这一项（可能已恢复或已清空）"))
    blocked = _why_not_restorable(store, row)
    if blocked:
        raise ValidationError(FieldError("trash", row.label, blocked))
    entry = _entry(store, row)
    trash.take_out(store, row)
    return entry


def restore_license(store: Store, number: str) -> License:
    """Restore the license of ``number`` from the 回收站 (the command line's way)."""
    from app.domain.license_number import normalise

    held = licenses.holder_of_number(store, normalise(number))
    if held is None or not held[1]:
        message = "不在回收站中（它没有被删除）" if held else "回收站中没有这个编号的许可证"
        raise ValidationError(FieldError("license", "许可证编号", message))
    row = trash.entry_for_license(store, held[0].id)
    restore(store, row.id)
    return licenses.get_license(store, held[0].id)


# ---------------------------------------------------------------------------- for good
def erase_entry(store: Store, entry_id: int, *, backup: bool = True) -> Emptied:
    """Remove one deletion for good (after a backup), its files too."""
    row = trash.get_entry(store, entry_id)
    if row is None:
        raise ValidationError(FieldError("trash", "回收站", "回收站中已没有这一项（可能已恢复或已清空）"))
    return _erase(store, [row], backup=backup)


def empty_trash(store: Store, *, backup: bool = True) -> Emptied:
    """Remove everything in the 回收站 for good (after a backup), the files of its attachments too."""
    return _erase(store, trash.entries(store), backup=backup)


def _erase(store: Store, rows: list[TrashRow], *, backup: bool) -> Emptied:
    if not rows:
        return Emptied(0, 0, 0, "")
    made = ""
    if backup:
        try:
            made = backups.backup_now(store.path, reason=backups.BEFORE_EMPTYING,
                                      note=f"彻底删除回收站中的 {len(rows)} 项之前").folder.name
        except StorageError as error:
            raise type(error)(f"彻底删除前的自动备份没有成功，因此没有删除，回收站保持原样。{error}") from error
    names: list[str] = []
    with store.atomic():
        for row in rows:
            if trash.get_entry(store, row.id) is not None:     # not gone with an earlier one
                names += trash.erase(store, row)
        names = trash.unreferenced(store, names)
    files, size = _remove_files(store.path, names)
    return Emptied(len(rows), files, size, made)


def _remove_files(db_path: Path, names: list[str]) -> tuple[int, int]:
    """Remove attachment files no row refers to any more, and the folders they leave empty."""
    root = attachments_folder(db_path)
    removed, size = 0, 0
    for name in names:
        path = root / name
        with contextlib.suppress(OSError):
            size += path.stat().st_size
            path.unlink()
            removed += 1
            if path.parent != root:
                with contextlib.suppress(OSError):
                    path.parent.rmdir()         # only when empty
    return removed, size
