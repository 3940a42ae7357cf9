"""A case: one procedure for one license, with a checklist item per applicable material."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from app.domain.errors import FieldError, ValidationError
from app.domain.license import parse_date
from app.domain.text import clean_text, shown, without_format_characters

ITEM_STATES = {"missing": "未准备", "in_progress": "准备中", "ready": "已准备", "not_applicable": "不适用"}
STATE_BY_LABEL = {label: key for key, label in ITEM_STATES.items()}
CASE_STATUSES = {
    "open": "准备中", "submitted": "已提交", "correction": "补正中",
    "approved": "已批准", "closed": "已办结", "cancelled": "已撤销", "withdrawn": "已撤回",
}
OPEN_STATUSES = ("open", "submitted", "correction")
FINISHED_STATUSES = ("approved", "closed", "cancelled", "withdrawn")
ITEM_LABELS = {"state": "状态", "na_reason": "不适用原因", "owner": "负责人", "due_date": "截止日期",
               "note": "备注"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class CaseItem:
    id: int
    case_id: int
    material_id: str
    position: int
    name: str
    description: str
    forms: tuple[str, ...]
    sources: tuple[str, ...]
    state: str = "missing"
    na_reason: str = ""
    owner: str = ""
    due_date: date | None = None
    note: str = ""
    freshness_days: int | None = None
    freshness_note: str = ""

    @property
    def state_label(self) -> str:
        return ITEM_STATES[self.state]

    def is_overdue(self, today: date) -> bool:
        return self.due_date is not None and self.due_date < today and self.state in ("missing", "in_progress")


@dataclass(frozen=True)
class Progress:
    ready: int
    applicable: int
    not_applicable: int

    @property
    def missing(self) -> int:
        return self.applicable - self.ready

    @property
    def complete(self) -> bool:
        return self.ready == self.applicable

    def __str__(self) -> str:
        return f"{self.ready}/{self.applicable} 已准备"


def outstanding(items: Iterable[CaseItem]) -> list[CaseItem]:
    """The items still to prepare: neither 已准备 nor 不适用."""
    return [i for i in items if i.state in ("missing", "in_progress")]


@dataclass(frozen=True)
class ChecklistEntry:
    """One row of a checklist as shown to the user: the item and what surrounds it."""

    item: CaseItem
    attachments: int
    last_attached: date | None
    sources_text: str
    freshness_warning: str | None = None

    def is_overdue(self, today: date) -> bool:
        return self.item.is_overdue(today)


def progress(items: Iterable[CaseItem]) -> Progress:
    items = list(items)
    na = sum(1 for i in items if i.state == "not_applicable")
    ready = sum(1 for i in items if i.state == "ready")
    return Progress(ready=ready, applicable=len(items) - na, not_applicable=na)


def _clean_text(value: object, *, field: str, limit: int, multiline: bool = False) -> str:
    try:
        text = clean_text(value)
    except ValueError as problem:
        raise ValidationError(FieldError(field, ITEM_LABELS[field], str(problem))) from None
    probe = text.replace("\n", "").replace("\r", "").replace("\t", " ") if multiline else text
    if _CONTROL.search(probe) or (not multiline and ("\n" in text or "\r" in text)):
        raise ValidationError(FieldError(field, ITEM_LABELS[field], "含有不可见的控制字符或换行"))
    if len(text) > limit:
        raise ValidationError(FieldError(field, ITEM_LABELS[field], f"过长：最多 {limit} 个字，现在 {len(text)} 个"))
    return text


def parse_state(value: object) -> str:
    text = without_format_characters(str(value or "")).strip()
    if text in ITEM_STATES:
        return text
    if text in STATE_BY_LABEL:
        return STATE_BY_LABEL[text]
    raise ValidationError(FieldError("state", ITEM_LABELS["state"],
                                     f"应为 {'、'.join(ITEM_STATES.values())} 之一，收到“{shown(text)}”"))


def apply_item_changes(item: CaseItem, changes: dict) -> CaseItem:
    """The item with ``changes`` applied, or ValidationError naming the field (nothing applied).

    Keys: state, na_reason, owner, due_date (date, text or None), note.
    """
    unknown = set(changes) - set(ITEM_LABELS)
    if unknown:
        raise ValueError(f"unknown item fields: {sorted(unknown)}")
    values = {}
    errors: list[FieldError] = []
    for name, value in changes.items():
        try:
            if name == "state":
                values[name] = parse_state(value)
            elif name == "due_date":
                values[name] = None if value in (None, "") else _due(value)
            elif name == "note":
                values[name] = _clean_text(value, field=name, limit=2000, multiline=True)
            elif name == "na_reason":
                values[name] = _clean_text(value, field=name, limit=500, multiline=True)
            else:
                values[name] = _clean_text(value, field=name, limit=50)
        except ValidationError as error:
            errors.extend(error.errors)
    if errors:
        raise ValidationError(errors)
    updated = replace(item, **values)
    if updated.state == "not_applicable" and not updated.na_reason:
        raise ValidationError(FieldError("na_reason", ITEM_LABELS["na_reason"],
                                         f"“{item.name}”标为不适用时必须写明原因"))
    if updated.state != "not_applicable" and "na_reason" not in changes:
        updated = replace(updated, na_reason="")
    return updated


def _due(value: object) -> date:
    try:
        return parse_date(value)
    except ValueError as problem:
        raise ValidationError(FieldError("due_date", ITEM_LABELS["due_date"], str(problem))) from None


def freshness_warning(item: CaseItem, *, attached_on: date | None, today: date) -> str | None:
    """A warning when a material that must be recent is older than its rule allows."""
    if item.freshness_days is None or attached_on is None:
        return None
    age = (today - attached_on).days
    if age > item.freshness_days:
        return f"{item.name}：{item.freshness_note}；附件是 {age} 天前添加的，请更新"
    return None
