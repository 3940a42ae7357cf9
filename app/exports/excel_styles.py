"""The named styles of the app's workbooks (registered once per workbook)."""

from __future__ import annotations

from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Protection, Side

from app.exports.xlsx import FONT_NAME

DATE_FORMAT = "yyyy-mm-dd"
STAMP_FORMAT = "yyyy-mm-dd hh:mm"
DAYS_LEFT_FORMAT = '"还有 "0" 天";"已过 "0" 天";"就是今天"'
EDITABLE_FILL = "FFFFF8DC"
HEADER_FILL = "FF2F5597"
OVERDUE_FILL = "FFFFC7CE"
OVERDUE_FONT = "FF9C0006"
READY_FILL = "FFC6EFCE"
MUTED_FONT = "FF808080"

_THIN = Side(style="thin", color="FFA6A6A6")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_TOP_WRAP = Alignment(vertical="top", wrap_text=True)
_CENTER_WRAP = Alignment(horizontal="center", vertical="top", wrap_text=True)
_LOCKED = Protection(locked=True)
_UNLOCKED = Protection(locked=False)


def _font(**options) -> Font:
    return Font(name=FONT_NAME, size=options.pop("size", 10), **options)


def _style(name: str, **options) -> NamedStyle:
    options.setdefault("font", _font())
    options.setdefault("protection", _LOCKED)
    return NamedStyle(name=name, **options)


TITLE = "lk 标题"
LABEL = "lk 标签"
VALUE = "lk 值"
VALUE_DATE = "lk 值-日期"
VALUE_STAMP = "lk 值-时间"
DAYS_LEFT = "lk 剩余天数"
SMALL = "lk 说明文字"
HEADER = "lk 表头"
CELL = "lk 单元格"
CELL_CENTER = "lk 单元格-居中"
CELL_DATE = "lk 单元格-日期"
CELL_NUMBER = "lk 单元格-数字"
EDIT = "lk 可填写"
EDIT_CENTER = "lk 可填写-居中"
EDIT_DATE = "lk 可填写-日期"
META = "lk 内部数据"


def all_styles() -> list[NamedStyle]:
    return [
        _style(TITLE, font=_font(size=16, bold=True), alignment=Alignment(vertical="center")),
        _style(LABEL, font=_font(bold=True, color="FF595959"),
               alignment=Alignment(horizontal="right", vertical="center")),
        _style(VALUE, alignment=Alignment(horizontal="left", vertical="center", wrap_text=True)),
        _style(VALUE_DATE, number_format=DATE_FORMAT, alignment=Alignment(horizontal="left", vertical="center")),
        _style(VALUE_STAMP, number_format=STAMP_FORMAT, alignment=Alignment(horizontal="left", vertical="center")),
        _style(DAYS_LEFT, number_format=DAYS_LEFT_FORMAT, font=_font(bold=True),
               alignment=Alignment(horizontal="left", vertical="center")),
        _style(SMALL, font=_font(size=9, color="FF595959"),
               alignment=Alignment(horizontal="left", vertical="center", wrap_text=True)),
        _style(HEADER, font=_font(bold=True, color="FFFFFFFF"), border=_BOX,
               fill=PatternFill(fill_type="solid", start_color=HEADER_FILL, end_color=HEADER_FILL),
               alignment=Alignment(horizontal="center", vertical="center", wrap_text=True)),
        _style(CELL, border=_BOX, alignment=_TOP_WRAP),
        _style(CELL_CENTER, border=_BOX, alignment=_CENTER_WRAP),
        _style(CELL_DATE, border=_BOX, alignment=_CENTER_WRAP, number_format=DATE_FORMAT),
        _style(CELL_NUMBER, border=_BOX, alignment=Alignment(horizontal="right", vertical="top")),
        _style(EDIT, border=_BOX, alignment=_TOP_WRAP, protection=_UNLOCKED, number_format="@",
               fill=PatternFill(fill_type="solid", start_color=EDITABLE_FILL, end_color=EDITABLE_FILL)),
        _style(EDIT_CENTER, border=_BOX, alignment=_CENTER_WRAP, protection=_UNLOCKED, number_format="@",
               fill=PatternFill(fill_type="solid", start_color=EDITABLE_FILL, end_color=EDITABLE_FILL)),
        _style(EDIT_DATE, border=_BOX, alignment=_CENTER_WRAP, protection=_UNLOCKED, number_format=DATE_FORMAT,
               fill=PatternFill(fill_type="solid", start_color=EDITABLE_FILL, end_color=EDITABLE_FILL)),
        _style(META),
    ]
