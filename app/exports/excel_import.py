"""Reading a staff-edited checklist back: the hidden ids and every editable cell.

Whole-file problems (not a workbook, damaged, hidden sheet removed) raise ImportRefused with a
Chinese message; a bad cell becomes a problem of its row, reported by the import plan.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.domain.checklist_import import EDITABLE, RowError, SheetRow
from app.exports.checklist_layout import (
    COLUMN_INDEX,
    COLUMNS,
    FORMAT_NAME,
    FORMAT_VERSION,
    MAIN_SHEET,
    META_SHEET,
    letter,
)
from app.exports.errors import ImportRefused

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"
MAX_ROWS = 100_000
NOT_OURS = ("这不是许可证管家导出的清单，或其中隐藏的识别信息已被删除或损坏，无法把各行对应到材料。"
            "请从许可证管家重新导出清单，在新文件上填写。")
COLUMN_LETTERS = {key: letter(key) for key in ("name", *EDITABLE)}


@dataclass(frozen=True)
class ChecklistFile:
    case_id: int
    database_id: str
    exported_at: str
    rows: tuple[SheetRow, ...]
    problems: tuple[RowError, ...] = ()


def read_checklist(path: Path) -> ChecklistFile:
    path = Path(path)
    _check_container(path)
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception as problem:  # any parse failure of an untrusted file means "damaged"
        raise ImportRefused(f"文件 {path.name} 已损坏，无法读取（{type(problem).__name__}）。"
                            "请在 Excel 中打开并另存一次，或重新导出。") from None
    try:
        if META_SHEET not in workbook.sheetnames or MAIN_SHEET not in workbook.sheetnames:
            raise ImportRefused(NOT_OURS)
        meta = _read_meta(workbook[META_SHEET])
        rows = _read_rows(workbook[MAIN_SHEET], meta)
    except ImportRefused:
        raise
    except Exception as problem:
        raise ImportRefused(f"文件 {path.name} 已损坏，无法读取（{type(problem).__name__}）。") from None
    finally:
        workbook.close()
    return ChecklistFile(case_id=meta["case_id"], database_id=meta["database_id"],
                         exported_at=meta["exported_at"], rows=tuple(rows))


def _check_container(path: Path) -> None:
    if not path.is_file():
        raise ImportRefused(f"找不到文件：{path}")
    try:
        with path.open("rb") as handle:
            head = handle.read(4)
    except OSError as problem:
        raise ImportRefused(f"无法打开 {path.name}：{problem.strerror or problem}（文件可能正被其他程序独占）") from None
    if head == OLE_MAGIC:
        raise ImportRefused(f"{path.name} 是旧版 .xls 格式或设置了打开密码，无法读取。"
                            "请在 Excel 中另存为 .xlsx（不设打开密码）后再导入。")
    if head != ZIP_MAGIC:
        raise ImportRefused(f"{path.name} 不是 Excel 工作簿（.xlsx）。请选择许可证管家导出的清单文件。")
    if not zipfile.is_zipfile(path):
        raise ImportRefused(f"文件 {path.name} 已损坏（可能没有完整保存、复制或下载），无法读取。"
                            "请找到完整的文件，或重新导出。")


def _read_meta(sheet) -> dict:
    meta: dict = {}
    pieces: list[str] | None = None
    for values in sheet.iter_rows(values_only=True):
        first = values[0] if values else None
        if pieces is not None:
            if not isinstance(first, str):
                raise ImportRefused(NOT_OURS)
            pieces.append(first)
        elif first == "rows":
            pieces = []
        elif isinstance(first, str) and len(values) > 1:
            meta[first] = values[1]
    if (meta.get("format") != FORMAT_NAME or not isinstance(meta.get("case_id"), int)
            or not isinstance(meta.get("database_id"), str) or pieces is None):
        raise ImportRefused(NOT_OURS)
    if meta.get("version") != FORMAT_VERSION:
        raise ImportRefused(f"这份清单的格式版本（{meta.get('version')}）与本程序不同，请用本程序重新导出。")
    meta["entries"] = _entries("".join(pieces))
    meta.setdefault("exported_at", "")
    return meta


def _entries(text: str) -> list[tuple[int, int, dict]]:
    try:
        rows = json.loads(text)
    except ValueError:
        raise ImportRefused(NOT_OURS) from None
    if not isinstance(rows, list) or len(rows) > MAX_ROWS:
        raise ImportRefused(NOT_OURS)
    entries = []
    for entry in rows:
        if (not isinstance(entry, list) or len(entry) != 7 or not all(isinstance(v, int) for v in entry[:2])
                or not all(isinstance(v, str) for v in entry[2:])):
            raise ImportRefused(NOT_OURS)
        row, item_id, name, state, owner, due, note = entry
        entries.append((row, item_id, {"name": name, "state": state, "owner": owner, "due_date": due,
                                       "note": note}))
    return entries


def _read_rows(sheet, meta: dict) -> list[SheetRow]:
    entries = meta["entries"]
    if not entries:
        return []
    first, last = entries[0][0], entries[-1][0]
    by_row = {}
    for cells in sheet.iter_rows(min_row=first, max_row=last, max_col=len(COLUMNS)):
        for cell in cells:
            if getattr(cell, "row", None) is not None:
                by_row.setdefault(cell.row, {})[cell.column] = cell
    rows = []
    for number, item_id, exported in entries:
        cells = by_row.get(number, {})
        values, problems = {}, {}
        for key in EDITABLE:
            value, problem = _cell_value(cells.get(COLUMN_INDEX[key]), key)
            values[key] = value
            if problem:
                problems[key] = problem
        name_value, _ = _cell_value(cells.get(COLUMN_INDEX["name"]), "name")
        rows.append(SheetRow(row=number, item_id=item_id, exported=exported, name=name_value or "",
                             cells=values, problems=problems))
    return rows


def _cell_value(cell, key: str) -> tuple[object, str | None]:
    """The cell's value as str, date or None, or a problem saying why it cannot be used."""
    if cell is None or cell.value is None:
        return None, None
    value, kind = cell.value, getattr(cell, "data_type", None)
    if kind == "f" or (isinstance(value, str) and value.startswith("=") and kind != "s"):
        what = "日期" if key == "due_date" else "内容"
        return None, f"是公式（{str(value)[:30]}），请直接填写{what}"
    if kind == "e":
        return None, f"是错误值（{value}），请重新填写"
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return (value if key == "due_date" else value.isoformat()), None
    if isinstance(value, bool):
        return ("是" if value else "否"), None
    if isinstance(value, int | float):
        if key == "due_date":
            return None, f"应为日期，收到数字 {value:g}；请填写如 2026-12-01 的日期"
        return (str(int(value)) if float(value).is_integer() else str(value)), None
    return str(value), None
