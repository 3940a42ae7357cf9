"""What every workbook the app writes shares.

- Text stays text. openpyxl turns any string that starts with ``=`` into a live formula (and
  ``#N/A`` into an error cell), whatever the number format says. Every string is therefore
  written as a string cell (``data_type = 's'``), and text Excel would read as a formula on
  editing (=, +, -, @, tab, CR first) also carries ``quotePrefix``.
- Named styles, registered once per workbook; cells share one style array per style, so that
  a 10,000-row sheet costs little more than an unstyled one.
- Column widths measured in Excel units, a CJK character counting two.
- A4 landscape, one page wide, 第 N 页 / 共 M 页 in the footer.
- Saved to a temporary file in the target folder, then renamed over the target.
"""

from __future__ import annotations

import contextlib
import math
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import NamedStyle
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from app.exports.files import replace_atomically

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
APP_NAME = "许可证管家"
FONT_NAME = "等线"
MAX_CELL_TEXT = 32767


class Formula(str):
    """A formula the app itself writes (never user text), e.g. ``Formula("=C5-TODAY()")``."""


def reads_as_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def line_width(line: str, *, wide: float = 2) -> float:
    """Width of one line in Excel column units, a wide (CJK) character counting ``wide``."""
    if line.isascii():
        return len(line)
    return sum(wide if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def display_width(text: str) -> float:
    """Width of the longest line in Excel column units: a wide (CJK) character counts 2."""
    return max(line_width(line) for line in text.split("\n"))


def fitted_width(values: Iterable[str], *, header: str, minimum: float, maximum: float) -> float:
    """A column width that fits the header and the values, between ``minimum`` and ``maximum``.

    Values wider than ``maximum`` wrap (their style wraps text); measuring stops there.
    """
    width = display_width(header)
    for value in values:
        if width + 2 >= maximum:
            break
        width = max(width, display_width(value))
    return float(min(max(width + 2, minimum), maximum))


class CellSheet(WriteOnlyWorksheet):
    """A write-only sheet whose appended rows are lists of ready cells (from CellMaker) or None.

    openpyxl's own row path first tries each appended object as a plain value, and then builds
    a fresh cell for every styled one; this sheet places the given cells as they are.
    """

    def _values_to_row(self, values, row_idx):
        for column, cell in enumerate(values, 1):
            if cell is not None:
                cell.column = column
                cell.row = row_idx
                yield cell


def cell_sheet(workbook: Workbook, title: str) -> CellSheet:
    """A new CellSheet at the end of a write-only ``workbook``."""
    sheet = CellSheet(parent=workbook, title=title)
    workbook._add_sheet(sheet)
    return sheet


class _StyledCell(Cell):
    """A write-only cell whose style is fixed when it is made.

    A plain Cell copies its style array and hashes it again for every cell written; cells of
    one named style here share one array and its workbook style id, looked up once.
    """

    __slots__ = ("_style_id",)
    has_style = True

    def __init__(self, sheet, style_array, style_id: int):  # noqa: D107 - no super(): no copy
        self.parent = sheet
        self._style = style_array
        self._style_id = style_id
        self.row = 1
        self.column = 1
        self._value = None
        self._hyperlink = None
        self._comment = None
        self.data_type = "n"

    @property
    def style_id(self) -> int:
        return self._style_id


class CellMaker:
    """Write-only cells with a named style each; every string written as text."""

    def __init__(self, workbook: Workbook, styles: Iterable[NamedStyle]):
        self.workbook = workbook
        self._styles = {style.name: style for style in styles}
        for style in self._styles.values():
            if style.name not in workbook.named_styles:
                workbook.add_named_style(style)
        self._arrays: dict[tuple[str, bool], tuple[object, int]] = {}

    def _new(self, sheet, name: str, quoted: bool) -> _StyledCell:
        key = (name, quoted)
        found = self._arrays.get(key)
        if found is None:
            probe = Cell(sheet)
            probe.style = name
            probe.quotePrefix = quoted
            found = self._arrays[key] = (probe._style, probe.style_id)
        return _StyledCell(sheet, *found)

    def __call__(self, sheet, value: object, style: str) -> Cell:
        """A cell holding ``value``: str, Formula, date, datetime, int, float, Decimal or None."""
        if isinstance(value, str) and not isinstance(value, Formula):
            text = ILLEGAL_CHARACTERS_RE.sub("", value)[:MAX_CELL_TEXT]
            cell = self._new(sheet, style, reads_as_formula(text))
            # The stored value and type are set directly: assigning ``cell.value`` would make
            # "=..." a formula and "#N/A" an error.
            cell._value = text
            cell.data_type = "s"
            return cell
        cell = self._new(sheet, style, False)
        if value is None:
            return cell
        cell._value = value if not isinstance(value, Formula) else str(value)
        if isinstance(value, Formula):
            cell.data_type = "f"
        elif isinstance(value, datetime | date):
            cell.data_type = "d"
        elif isinstance(value, bool):
            cell.data_type = "b"
        elif isinstance(value, int | float | Decimal):
            cell.data_type = "n"
        else:
            raise TypeError(f"no Excel cell for {type(value).__name__}")
        return cell


def set_text(cell: Cell, value: str) -> None:
    """Put ``value`` into an ordinary (not write-only) cell as text, never as a formula."""
    cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)[:MAX_CELL_TEXT]
    cell.data_type = "s"
    cell.quotePrefix = reads_as_formula(value)


@lru_cache(maxsize=8192)
def wrapped_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes in a wrapping cell ``width`` units wide.

    At 10 pt a CJK character is about 1.8 units wide in Excel; rounding each line up errs on
    the side of a little air rather than a clipped line.
    """
    usable = max(width - 1, 1.0)
    return sum(max(1, math.ceil(line_width(line, wide=1.8) / usable)) for line in text.split("\n"))


def row_height(lines: int, *, point_size: float = 10) -> float:
    """Row height in points for ``lines`` lines of text (rows are not auto-fitted on opening)."""
    return round(lines * point_size * 1.35 + 3, 1)


def print_setup(sheet, *, title_rows: str | None, header_left: str) -> None:
    """A4 landscape, one page wide, header rows repeated, page numbers in the footer.

    Call it before the first row is appended: a write-only sheet writes its page-setup
    properties together with its first row.
    """
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    if title_rows:
        sheet.print_title_rows = title_rows
    sheet.page_margins = PageMargins(left=0.4, right=0.4, top=0.7, bottom=0.7, header=0.3, footer=0.3)
    sheet.print_options.horizontalCentered = True
    sheet.oddHeader.left.text = header_left.replace("&", "&&")
    sheet.oddHeader.left.size = 9
    sheet.oddHeader.right.text = APP_NAME
    sheet.oddHeader.right.size = 9
    sheet.oddFooter.center.text = "第 &P 页 / 共 &N 页"
    sheet.oddFooter.center.size = 9


def protect(sheet) -> None:
    """Sheet protection without a password: locked cells cannot be edited; columns and rows
    can still be resized and the table filtered."""
    protection = sheet.protection
    protection.sheet = True
    protection.formatColumns = False
    protection.formatRows = False
    protection.autoFilter = False
    protection.selectLockedCells = False
    protection.selectUnlockedCells = False


def set_properties(workbook: Workbook, *, title: str, subject: str, created: datetime) -> None:
    props = workbook.properties
    props.title = title
    props.subject = subject
    props.creator = APP_NAME
    props.lastModifiedBy = APP_NAME
    props.created = created.replace(microsecond=0)
    props.modified = created.replace(microsecond=0)
    props.keywords = APP_NAME


def save_atomically(build: Callable[[], Workbook], target: Path) -> Path:
    """Build the workbook and save it through ``replace_atomically`` (temporary file, rename).

    The folder is checked before anything is built; a workbook whose save failed is discarded.
    """

    def write(temporary: Path) -> None:
        workbook = build()
        try:
            workbook.save(temporary)
        except OSError:
            _discard(workbook)
            raise

    return replace_atomically(Path(target), write)


def _discard(workbook: Workbook) -> None:
    """Finish the write-only sheets of a workbook whose save failed, quietly."""
    for sheet in workbook.worksheets:
        with contextlib.suppress(Exception):
            if isinstance(sheet, WriteOnlyWorksheet) and not sheet.closed:
                sheet.close()
