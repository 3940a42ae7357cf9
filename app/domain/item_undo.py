"""Undo in a checklist: taking back the last save of an item, through the item's history.

Every save writes one history row per changed field, all with the same ``change`` number (rows
from before that number existed are grouped by their time and origin). An undo is itself a save,
of origin ``undo``, that writes the old values back; undoing again takes back the save before,
as a stack: each undo cancels the latest save not cancelled yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import NamedTuple, Protocol

from app.domain.cases import ITEM_LABELS, CaseItem

UNDO = "undo"
ORIGIN_LABELS = {"app": "", "excel": "（Excel 导入）", "correction": "（补正通知）", UNDO: "（撤销）"}


class HistoryRow(Protocol):
    changed_at: str
    field: str
    old_value: str
    new_value: str
    origin: str
    change: int | None


def _saves(history: Sequence[HistoryRow]) -> list[list[HistoryRow]]:
    """The history (oldest first) grouped by save, oldest first."""
    saves: list[list[HistoryRow]] = []
    keys: list[object] = []
    for row in history:
        key = row.change if row.change is not None else (row.changed_at, row.origin)
        if keys and keys[-1] == key and all(r.field != row.field for r in saves[-1]):
            saves[-1].append(row)
        else:
            saves.append([row])
            keys.append(key)
    return saves


def change_to_undo(history: Sequence[HistoryRow]) -> list[HistoryRow]:
    """The rows of the save an undo takes back now (empty: nothing left to undo)."""
    undone = 0
    for save in reversed(_saves(history)):
        if save[0].origin == UNDO:
            undone += 1
        elif undone:
            undone -= 1
        else:
            return save
    return []


def undone_item(item: CaseItem, save: Sequence[HistoryRow]) -> CaseItem:
    """``item`` with the fields of ``save`` set back to what they were before it."""
    values: dict[str, object] = {}
    for row in save:
        if row.field not in ITEM_LABELS:
            continue
        if row.field == "due_date":
            values["due_date"] = date.fromisoformat(row.old_value) if row.old_value else None
        else:
            values[row.field] = row.old_value
    return replace(item, **values)


class Changed(NamedTuple):
    """One field of a save, its values cut short for a tip."""

    field: str
    old: str
    new: str


def changes_of(save: Sequence[HistoryRow]) -> list[Changed]:
    return [Changed(row.field, _short(row.old_value), _short(row.new_value)) for row in save]


def describe(save: Sequence[HistoryRow], *, state_labels: dict[str, str]) -> str:
    """The save in words, as an undo button's tip: 状态 已准备 → 准备中；负责人 … (Chinese data)."""
    parts = []
    for change in changes_of(save):
        old, new = change.old, change.new
        if change.field == "state":
            old, new = state_labels.get(old, old), state_labels.get(new, new)
        parts.append(f"{ITEM_LABELS.get(change.field, change.field)} “{old}” → “{new}”")
    origin = ORIGIN_LABELS.get(save[0].origin, "") if save else ""
    return "；".join(parts) + origin


def _short(text: str, limit: int = 20) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[:limit] + "…"
