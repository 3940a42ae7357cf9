"""Where things are in an exported checklist: shared by the writer and the reader."""

from __future__ import annotations

from openpyxl.utils import get_column_letter

MAIN_SHEET = "材料清单"
SOURCES_SHEET = "来源说明"
META_SHEET = "许可证管家数据"      # veryHidden: the case, the database and each row's item
FORMAT_NAME = "license-keeper-checklist"
FORMAT_VERSION = 1

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
