"""Reading a staff-edited checklist back: the hidden ids and every editable cell.

Whole-file problems (not a workbook, damaged, hidden sheet removed or edited) raise
ImportRefused with a Chinese message; a bad cell becomes a problem of its row, reported by the
import plan. The id sheet is found by its content when it was renamed, and checked against its
checksum and the file's identity property (see app.exports.checklist_layout); an id sheet shown
or renamed, but intact, is imported with a notice saying so.
"""

from __future__ import annotations

import json
import re
import struct
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
    IDENTITY_PROPERTY,
    MAIN_SHEET,
    META_SHEET,
    SOURCES_SHEET,
    letter,
    meta_checksum,
)
from app.exports.errors import ImportRefused

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"
MAX_ROWS = 100_000
MAX_SQLITE_ID = 2**63 - 1
MAX_EXCEL_ROW = 1_048_576
# What no checklist needs: a workbook beyond these is refused from its zip directory alone,
# before any part is inflated or parsed. (A checklist of 10,000 materials, far more than any
# procedure has, holds a main sheet of 7.8 MB and a hidden one of 1 MB.)
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_PARTS = 300
MAX_DIRECTORY_BYTES = 256 * 1024        # the zip's table of its parts
MAX_XML_PART_BYTES = 16 * 1024 * 1024   # a sheet, the shared strings, the styles ... inflated
MAX_PART_BYTES = 32 * 1024 * 1024       # a picture pasted in, inflated
MAX_TOTAL_BYTES = 64 * 1024 * 1024
MAX_CELLS_PER_SHEET = 150_000          # 11 columns of 10,000 materials: 110,000
MAX_SHARED_STRINGS = 150_000
_END_OF_DIRECTORY = b"PK\x05\x06"
NOT_OURS = ("这不是许可证管家导出的清单，或其中隐藏的识别信息已被删除或损坏，无法把各行对应到材料。"
            "请从许可证管家重新导出清单，在新文件上填写。")
EXPORT_AGAIN = "请从许可证管家重新导出清单，把填好的内容抄到新文件上（或在程序里直接修改）。"
ID_SHEET_DELETED = (f"这份清单中隐藏的识别信息工作表“{META_SHEET}”已被删除（在 LibreOffice 或 WPS 中显示出来后可能被误删），"
                    "无法把各行对应到材料，没有导入任何内容。" + EXPORT_AGAIN)
ID_SHEET_EDITED = (f"这份清单中隐藏的识别信息工作表“{META_SHEET}”被改动过，无法确认各行对应哪项材料，"
                   "为避免导错，没有导入任何内容。" + EXPORT_AGAIN)
ID_SHEET_FOREIGN = (f"这份清单中的识别信息工作表“{META_SHEET}”与文件本身不符（可能是从另一份清单复制来的），"
                    "为避免导错，没有导入任何内容。" + EXPORT_AGAIN)
MAIN_SHEET_MISSING = (f"找不到工作表“{MAIN_SHEET}”（可能被改名或删除）。请把填好的工作表改回“{MAIN_SHEET}”这个名字"
                      "后再导入，或从许可证管家重新导出清单。")
APP_NAME = "许可证管家"
SCAN_ROWS = 12                  # an id sheet says what it is in its first rows
COLUMN_LETTERS = {key: letter(key) for key in ("name", *EDITABLE)}


@dataclass(frozen=True)
class ChecklistFile:
    case_id: int
    database_id: str
    exported_at: str
    rows: tuple[SheetRow, ...]
    problems: tuple[RowError, ...] = ()
    notices: tuple[str, ...] = ()          # what was noticed but does not stop the import


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
        identity = _identity(workbook)
        meta_sheet, notices = _find_meta_sheet(workbook)
        if meta_sheet is None:
            ours = identity is not None or MAIN_SHEET in workbook.sheetnames or \
                (workbook.properties.creator == APP_NAME and SOURCES_SHEET in workbook.sheetnames)
            raise ImportRefused(ID_SHEET_DELETED if ours else NOT_OURS)
        meta = _read_meta(meta_sheet)
        if identity is not None and meta["checksum"] and identity.get("checksum") != meta["checksum"]:
            raise ImportRefused(ID_SHEET_FOREIGN)
        if MAIN_SHEET not in workbook.sheetnames:
            raise ImportRefused(MAIN_SHEET_MISSING)
        rows = _read_rows(workbook[MAIN_SHEET], meta)
    except ImportRefused:
        raise
    except Exception as problem:
        raise ImportRefused(f"文件 {path.name} 已损坏，无法读取（{type(problem).__name__}）。") from None
    finally:
        workbook.close()
    intact = "内容经校验完好，照常导入。" if meta["checksum"] else "照常导入。"
    return ChecklistFile(case_id=meta["case_id"], database_id=meta["database_id"],
                         exported_at=meta["exported_at"], rows=tuple(rows),
                         notices=tuple(f"{notice}；{intact}" for notice in notices))


def _identity(workbook) -> dict | None:
    """The identity property (case, database, checksum), when the file still has it."""
    for prop in getattr(workbook, "custom_doc_props", ()) or ():
        if getattr(prop, "name", None) == IDENTITY_PROPERTY and isinstance(getattr(prop, "value", None), str):
            try:
                value = json.loads(prop.value)
            except ValueError:
                return None
            return value if isinstance(value, dict) else None
    return None


def _find_meta_sheet(workbook) -> tuple[object | None, list[str]]:
    """The id sheet by its name, else by what it says (renamed); and what was noticed about it."""
    notices = []
    if META_SHEET in workbook.sheetnames:
        sheet = workbook[META_SHEET]
    else:
        sheet = next((workbook[name] for name in workbook.sheetnames
                      if name not in (MAIN_SHEET, SOURCES_SHEET) and _says_it_is_ours(workbook[name])), None)
        if sheet is None:
            return None, []
        notices.append(f"隐藏的识别信息工作表被改名为“{_shown_name(sheet.title)}”（原名“{META_SHEET}”）")
    if getattr(sheet, "sheet_state", "veryHidden") == "visible":
        notices.append(f"隐藏的识别信息工作表“{_shown_name(sheet.title)}”已被取消隐藏（可在表格软件中把它重新隐藏）")
    return sheet, notices


def _says_it_is_ours(sheet) -> bool:
    for values in sheet.iter_rows(max_row=SCAN_ROWS, max_col=2, values_only=True):
        if values and len(values) > 1 and values[0] == "format" and values[1] == FORMAT_NAME:
            return True
    return False


def _shown_name(name: str) -> str:
    return name if len(name) <= 31 and name.isprintable() else name[:31].encode("ascii", "replace").decode()


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
    damaged = ImportRefused(f"文件 {path.name} 已损坏（可能没有完整保存、复制或下载），无法读取。"
                            "请找到完整的文件，或重新导出。")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportRefused(_too_big(path, f"文件有 {_megabytes(size)}"))
    parts, directory_bytes = _directory_summary(path)
    if parts is None:
        raise damaged
    if parts > MAX_PARTS or directory_bytes > MAX_DIRECTORY_BYTES:
        raise ImportRefused(_too_big(path, f"其中有 {parts} 个部件"))
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_sizes(path, members)
            _check_counts(path, archive, members)
    except ImportRefused:
        raise
    except Exception:  # any failure of an untrusted zip (bad CRC, broken deflate ...) means "damaged"
        raise damaged from None


def _directory_summary(path: Path) -> tuple[int | None, int]:
    """The number of parts and the size of the zip's directory, read from its end record
    (None when there is none: not a complete zip)."""
    with path.open("rb") as handle:
        handle.seek(0, 2)
        length = handle.tell()
        tail_start = max(0, length - (22 + 65535))
        handle.seek(tail_start)
        tail = handle.read()
    at = tail.rfind(_END_OF_DIRECTORY)
    if at < 0 or len(tail) - at < 22:
        return None, 0
    _sig, _disk, _start_disk, _here, total, directory_bytes, _offset, _comment = struct.unpack(
        "<4s4H2LH", tail[at:at + 22])
    return total, directory_bytes


def _check_sizes(path: Path, members: list[zipfile.ZipInfo]) -> None:
    """Each part's inflated size as the directory declares it (Python's zip reader never
    inflates a part beyond that), against what a checklist can need."""
    if len(members) > MAX_PARTS:
        raise ImportRefused(_too_big(path, f"其中有 {len(members)} 个部件"))
    total = 0
    for member in members:
        limit = MAX_XML_PART_BYTES if member.filename.lower().endswith((".xml", ".rels", ".vml")) else MAX_PART_BYTES
        if member.file_size > limit:
            raise ImportRefused(_too_big(path, f"其中的 {_shown_part(member.filename)} 解压后有 "
                                               f"{_megabytes(member.file_size)}"))
        total += member.file_size
    if total > MAX_TOTAL_BYTES:
        raise ImportRefused(_too_big(path, f"解压后共有 {_megabytes(total)}"))


def _check_counts(path: Path, archive: zipfile.ZipFile, members: list[zipfile.ZipInfo]) -> None:
    """The cells of each sheet and the shared strings, counted in the raw XML: reading costs
    per cell and per string, so a small part packed with empty ones is refused as well."""
    for member in members:
        name = member.filename.lower()
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            tag, limit, what = b"c", MAX_CELLS_PER_SHEET, "个单元格"
        elif name.endswith("sharedstrings.xml"):
            tag, limit, what = b"si", MAX_SHARED_STRINGS, "个共享文本"
        else:
            continue
        count = _count_tags(archive.read(member), tag)
        if count > limit:
            raise ImportRefused(_too_big(path, f"其中的 {_shown_part(member.filename)} 有 {count:,} {what}"))


def _count_tags(xml: bytes, tag: bytes) -> int:
    """How many elements named ``tag`` open in ``xml``, or a few more (``<c`` also counts the
    sheet's few ``<col>`` and ``<cfRule>``): a plain count takes a tenth of a regular
    expression's time, which is needed only where the names carry a prefix."""
    count = xml.count(b"<" + tag)
    if b":" + tag in xml:
        count += len(re.findall(rb"<[A-Za-z_][\w.-]*:" + tag + rb"[\s/>]", xml))
    return count


def _too_big(path: Path, what: str) -> str:
    return (f"{path.name} 不像许可证管家导出的清单：{what}，远超一份材料清单所需，为安全起见没有读取。"
            "请从许可证管家重新导出清单，在新文件上填写。")


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):,.1f} MB" if size < 1024 ** 3 else f"{size / 1024 ** 3:,.1f} GB"


def _shown_part(name: str) -> str:
    return name if len(name) <= 60 and name.isprintable() else name[:60].encode("ascii", "replace").decode() + "…"


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
    checksum = meta.get("checksum")
    if checksum is not None and not _checksum_holds(meta, pieces):
        raise ImportRefused(ID_SHEET_EDITED)
    if meta.get("format") != FORMAT_NAME:
        raise ImportRefused(NOT_OURS)
    if not _is_id(meta.get("case_id")) or not isinstance(meta.get("database_id"), str) or pieces is None:
        raise ImportRefused(NOT_OURS)
    if meta.get("version") != FORMAT_VERSION:
        raise ImportRefused(f"这份清单的格式版本（{meta.get('version')}）与本程序不同，请用本程序重新导出。")
    meta["entries"] = _entries("".join(pieces))
    meta.setdefault("exported_at", "")
    meta["checksum"] = checksum or ""            # a checklist exported before checksums has none
    return meta


def _checksum_holds(meta: dict, pieces: list[str] | None) -> bool:
    """Whether the id sheet says what it said when written (no cell of it edited)."""
    if pieces is None or not all(isinstance(meta.get(k), str) for k in ("checksum", "database_id", "exported_at")):
        return False
    if not all(type(meta.get(k)) is int for k in ("case_id", "first_row", "row_count")):
        return False
    return meta_checksum(case_id=meta["case_id"], database_id=meta["database_id"], exported_at=meta["exported_at"],
                         first_row=meta["first_row"], row_count=meta["row_count"],
                         rows="".join(pieces)) == meta["checksum"]


def _entries(text: str) -> list[tuple[int, int, dict]]:
    try:
        rows = json.loads(text)
    except ValueError:
        raise ImportRefused(NOT_OURS) from None
    if not isinstance(rows, list) or len(rows) > MAX_ROWS:
        raise ImportRefused(NOT_OURS)
    entries = []
    for entry in rows:
        if (not isinstance(entry, list) or len(entry) != 7 or not _is_row(entry[0]) or not _is_id(entry[1])
                or not all(isinstance(v, str) for v in entry[2:])):
            raise ImportRefused(NOT_OURS)
        row, item_id, name, state, owner, due, note = entry
        entries.append((row, item_id, {"name": name, "state": state, "owner": owner, "due_date": due,
                                       "note": note}))
    return entries


def _is_id(value: object) -> bool:
    """A row id as SQLite keeps it (a larger number would not even reach the database)."""
    return type(value) is int and 0 < value <= MAX_SQLITE_ID


def _is_row(value: object) -> bool:
    return type(value) is int and 0 < value <= MAX_EXCEL_ROW


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
