"""Where things are in an exported checklist: shared by the writer and the reader.

The id sheet (META_SHEET) ties every row to its item. Excel and WPS keep it veryHidden and the
workbook's structure locked; LibreOffice keeps neither (it saves the sheet as an ordinary hidden
one, which anyone can show, rename or delete, and the structure unlocked), but it keeps a
sheet's protection with its password and the file's custom properties. So the id sheet is
also protected with a password (its cells cannot be edited by accident in any of them), its
content carries a checksum, and a custom property repeats the case, the database and that
checksum: an edited id sheet, or one from another file, is refused instead of imported wrong.
"""

from __future__ import annotations

import hashlib
import json

from openpyxl.utils import get_column_letter

MAIN_SHEET = "材料清单"
SOURCES_SHEET = "来源说明"
META_SHEET = "许可证管家数据"      # veryHidden: the case, the database and each row's item
FORMAT_NAME = "license-keeper-checklist"
FORMAT_VERSION = 1
IDENTITY_PROPERTY = "LicenseKeeperChecklist"   # custom document property: case, database, checksum
# Not a secret (it is in the source): it only keeps the id sheet's cells from being edited by
# accident once the sheet has been shown (after a LibreOffice save anyone can show it).
META_PASSWORD = "license-keeper"
META_NOTICE = "此工作表供许可证管家导入时把各行对应到材料，请勿修改、改名或删除。"

COLUMNS: tuple[tuple[str, str, float, float], ...] = (
    # key, header, minimum width, maximum width (Excel units; a CJK character is 2)
    ("position", "序号", 6, 6),
    ("name", "材料名称", 16, 26),
    ("description", "说明", 24, 40),
    ("forms", "形式要求", 10, 14),
    ("state", "状态", 10, 10),
    ("owner", "负责人", 10, 12),
    ("due_date", "截止日期", 12, 12),
    ("note", "备注", 20, 26),
    ("sources", "来源", 8, 14),
    ("paper", "盖章/签字", 10, 10),
    ("received", "签收", 9, 9),
)
COLUMN_INDEX = {key: index for index, (key, *_rest) in enumerate(COLUMNS, start=1)}
HEADERS = {key: header for key, header, *_rest in COLUMNS}
EDITABLE = ("state", "owner", "due_date", "note")
LAST_COLUMN = get_column_letter(len(COLUMNS))


def letter(key: str) -> str:
    return get_column_letter(COLUMN_INDEX[key])


def meta_checksum(*, case_id: int, database_id: str, exported_at: str, first_row: int, row_count: int,
                  rows: str) -> str:
    """SHA-256 of what the id sheet says (``rows``: its JSON text as written)."""
    canonical = json.dumps([FORMAT_NAME, FORMAT_VERSION, case_id, database_id, exported_at, first_row, row_count,
                            rows], ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
