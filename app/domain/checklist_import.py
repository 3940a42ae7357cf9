"""What importing a staff-edited checklist would change, row by row, or why it cannot.

A field counts as edited by staff when its cell differs from the value written at export
(kept in the file's hidden sheet). If the app changed the same field since the export, to a
different value, that is a conflict and an error: nothing is overwritten silently.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from app.domain.cases import ITEM_LABELS, ITEM_STATES, CaseItem, apply_item_changes, parse_state
from app.domain.errors import ValidationError
from app.domain.text import shown

EDITABLE = ("state", "owner", "due_date", "note")


@dataclass(frozen=True)
class SheetRow:
    """One checklist row as read from the file."""

    row: int                                  # the Excel row number
    item_id: int
    exported: Mapping[str, str]               # name, state, owner, due_date, note as exported
    name: str                                 # the 材料名称 cell now
    cells: Mapping[str, object]               # editable field -> str, date or None
    problems: Mapping[str, str] = field(default_factory=dict)  # field -> why the cell is unusable


@dataclass(frozen=True)
class RowError:
    row: int | None
    column: str
    label: str
    message: str
    material: str = ""          # the row's material, so that staff find it without counting rows

    def __str__(self) -> str:
        where = f"第 {self.row} 行" if self.row else "文件"
        if self.material:
            where += f"“{shown(self.material)}”"
        if self.column:
            where += f" {self.column} 列"
        if self.label:
            where += f"（{self.label}）"
        return f"{where}：{self.message}"


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: str
    new: str

    def __str__(self) -> str:
        return f"{self.label}：{_shown(self.old)} → {_shown(self.new)}"


def _shown(text: str) -> str:
    return text.replace("\n", " ↵ ") if text else "（空）"


@dataclass(frozen=True)
class RowPlan:
    row: int
    name: str
    before: CaseItem
    after: CaseItem
    changes: tuple[FieldChange, ...]

    def __str__(self) -> str:
        return f"第 {self.row} 行 {self.name}：" + "；".join(str(c) for c in self.changes)


@dataclass(frozen=True)
class ImportPlan:
    case_id: int
    changed_rows: tuple[RowPlan, ...]
    errors: tuple[RowError, ...]
    rows_read: int
    notices: tuple[str, ...] = ()        # about the file, not stopping the import (a sheet shown ...)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def unchanged(self) -> int:
        return self.rows_read - len(self.changed_rows)


def stored_text(name: str, value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def display(name: str, text: str) -> str:
    if name == "state" and text in ITEM_STATES:
        return ITEM_STATES[text]
    return text


def plan_import(*, case_id: int, rows: Sequence[SheetRow], items: Mapping[int, CaseItem],
                columns: Mapping[str, str], file_problems: Sequence[RowError] = (),
                notices: Sequence[str] = ()) -> ImportPlan:
    """Every row checked; ``columns`` maps name and the editable fields to column letters."""
    errors: list[RowError] = list(file_problems)
    changed: list[RowPlan] = []
    seen: set[int] = set()
    for sheet_row in rows:
        plan = _plan_row(sheet_row, items, columns, errors, seen)
        if plan is not None:
            changed.append(plan)
    return ImportPlan(case_id=case_id, changed_rows=tuple(changed), errors=tuple(errors), rows_read=len(rows),
                      notices=tuple(notices))


def _plan_row(sheet_row: SheetRow, items: Mapping[int, CaseItem], columns: Mapping[str, str],
              errors: list[RowError], seen: set[int]) -> RowPlan | None:
    number = sheet_row.row

    item = items.get(sheet_row.item_id)

    def error(name: str, message: str) -> None:
        label = "材料名称" if name == "name" else ITEM_LABELS.get(name, "")
        material = item.name if item is not None else sheet_row.name
        errors.append(RowError(number, columns.get(name, ""), label, message, material))

    if item is None or sheet_row.item_id in seen:
        errors.append(RowError(number, "", "", "这一行的材料已不在这个办理事项中（可能已被删除），请重新导出"))
        return None
    seen.add(sheet_row.item_id)
    if sheet_row.name != sheet_row.exported.get("name"):
        error("name", f"与导出时的“{shown(sheet_row.exported.get('name', ''))}”不一致：行可能被移动、插入或删除，"
                      "请重新导出后再填写")
        return None
    changes: dict[str, object] = {}
    for name in EDITABLE:
        if name in sheet_row.problems:
            error(name, sheet_row.problems[name])
            continue
        raw = sheet_row.cells.get(name)
        try:
            value = parse_state(raw) if name == "state" else getattr(apply_item_changes(item, {name: raw}), name)
        except ValidationError as problem:
            error(name, problem.errors[0].message)
            continue
        new, exported, current = stored_text(name, value), sheet_row.exported.get(name, ""), stored_text(
            name, getattr(item, name))
        if new in (exported, current):
            continue
        if current != exported:
            error(name, f"导出后已在程序里改为“{display(name, current) or '（空）'}”，表格里又改为"
                        f"“{display(name, new) or '（空）'}”：请确认后在程序里修改，或重新导出")
            continue
        changes[name] = value
    if not changes:
        return None
    if changes.get("state") == "not_applicable" and not item.na_reason:
        changes["na_reason"] = changes.get("note", item.note)
    try:
        after = apply_item_changes(item, changes)
    except ValidationError as problem:
        for field_error in problem.errors:
            if field_error.field == "na_reason":
                error("note", "标为“不适用”时请在备注中写明原因")
            else:
                error(field_error.field, field_error.message)
        return None
    diff = tuple(FieldChange(name, ITEM_LABELS[name], display(name, stored_text(name, getattr(item, name))),
                             display(name, stored_text(name, getattr(after, name))))
                 for name in ITEM_LABELS if stored_text(name, getattr(item, name)) != stored_text(name, getattr(after, name)))
    if not diff:
        return None
    return RowPlan(row=number, name=item.name, before=item, after=after, changes=diff)
