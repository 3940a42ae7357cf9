"""A case's checklist as an Excel workbook for staff: prints well, hard to break, comes back.

The main sheet holds one row per material. Only 状态, 负责人, 截止日期 and 备注 are unlocked;
a veryHidden sheet holds the case id, the database identity and, for every row, the item id
and the values as exported, so that an import can tell what staff changed (with a checksum,
and protected with a password: see app.exports.checklist_layout for why).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Font, PatternFill
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.datavalidation import DataValidation

from app.domain.cases import ITEM_STATES, CaseItem
from app.domain.catalogue import Source
from app.domain.deadlines import Deadline
from app.exports import excel_styles as st
from app.exports.checklist_layout import (
    COLUMNS,
    FORMAT_NAME,
    FORMAT_VERSION,
    IDENTITY_PROPERTY,
    LAST_COLUMN,
    MAIN_SHEET,
    META_NOTICE,
    META_PASSWORD,
    META_SHEET,
    SOURCES_SHEET,
    letter,
    meta_checksum,
)
from app.exports.xlsx import (
    CellMaker,
    Formula,
    cell_sheet,
    fitted_width,
    print_setup,
    protect,
    row_height,
    save_atomically,
    set_properties,
    wrapped_lines,
)

META_CHUNK = 30_000        # characters per hidden cell (a cell holds at most 32,767)
OWNER_LIMIT = 50
NOTE_LIMIT = 2000
INSTRUCTIONS = ("填写说明：只有浅黄色的 状态、负责人、截止日期、备注 四列可以修改；状态请从下拉列表选择；"
                "标为“不适用”时请在备注中写明原因。保存后在许可证管家中“导入清单”即可更新。"
                "截止日期已过而仍未准备好的材料整行显示为红色。")
WRAPPED = ("name", "description", "forms", "note", "sources", "paper")
EDIT_STYLES = {"state": st.EDIT_CENTER, "owner": st.EDIT, "due_date": st.EDIT_DATE, "note": st.EDIT}


@dataclass(frozen=True)
class ChecklistExport:
    """Everything the checklist file shows; gathered by the operation, written here."""

    case_id: int
    database_id: str
    company: str
    license_number: str
    scope_label: str
    procedure_name: str
    case_note: str
    deadlines: tuple[Deadline, ...]
    items: tuple[CaseItem, ...]
    sources: dict[str, Source]
    exported_at: datetime


def source_short(source: Source) -> str:
    if source.kind == "law" and "》" in source.title:
        return source.title[:source.title.index("》") + 1]
    if source.kind == "guide":
        return "办事指南"
    return source.id


def _sources_text(item: CaseItem, sources: dict[str, Source]) -> str:
    return "、".join(source_short(sources[i]) if i in sources else i for i in item.sources)


def _description(item: CaseItem) -> str:
    text = item.description
    if item.freshness_note:
        text += f"\n时效：{item.freshness_note}"
    if item.state == "not_applicable" and item.na_reason:
        text += f"\n不适用原因：{item.na_reason}"
    return text


def _paper(item: CaseItem) -> str:
    marks = []
    if any("公章" in form for form in item.forms):
        marks.append("盖章 □")
    if "法定代表人签字" in item.forms:
        marks.append("签字 □")
    return "\n".join(marks)


def _deadline_label(deadline: Deadline) -> str:
    return deadline.label.split("（")[0]


def _deadline_note(deadline: Deadline) -> str:
    """The label's explanation, the estimate mark and the source, short enough for one line."""
    parts = []
    if "（" in deadline.label:
        parts.append(deadline.label[deadline.label.index("（") + 1:].rstrip("）"))
    if deadline.estimated:
        parts.append("估算：该年节假日安排未收录，按周末和法定节假日估算")
    basis = deadline.source.split("：")[0].split("；")[0]
    parts.append(f"依据：{basis if len(basis) <= 40 else basis[:39] + '…'}")
    return "；".join(parts)


def as_read_back(text: str) -> str:
    """``text`` as a cell gives it back: XML keeps no carriage return (CR LF and CR become LF)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def exported_values(item: CaseItem) -> list:
    """What the hidden sheet remembers of a row: name, then the four editable fields, each as
    the cell will read back, so that an untouched cell never counts as a change."""
    return [as_read_back(item.name), item.state, as_read_back(item.owner),
            item.due_date.isoformat() if item.due_date else "", as_read_back(item.note)]


class _TopRows:
    """The rows above the table: cells by column, with the merges they need."""

    def __init__(self, sheet, cell: CellMaker):
        self.sheet, self.cell = sheet, cell
        self.rows: list[list] = []
        self.merges: list[str] = []

    @property
    def count(self) -> int:
        return len(self.rows)

    def add(self, values: list[tuple[int, object, str]], *, span: dict[int, int] | None = None) -> None:
        """A row of (column, value, style); ``span`` merges a column with the next n columns."""
        number = self.count + 1
        row: list = []
        for column, value, style in values:
            row.extend([None] * (column - 1 - len(row)))
            row.append(self.cell(self.sheet, value, style))
        for column, extra in (span or {}).items():
            self.merges.append(CellRange(min_col=column, min_row=number, max_col=column + extra,
                                         max_row=number).coord)
        self.rows.append(row)


class _Writer:
    def __init__(self, data: ChecklistExport):
        self.data = data
        self.workbook = Workbook(write_only=True)
        self.cell = CellMaker(self.workbook, st.all_styles())

    def build(self) -> Workbook:
        self._main_sheet()
        self._sources_sheet()
        self._meta_sheet()
        self.workbook.security = WorkbookProtection(lockStructure=True)
        title = f"{self.data.company} {self.data.procedure_name}材料清单"
        set_properties(self.workbook, title=title, subject=f"许可证 {self.data.license_number}",
                       created=self.data.exported_at)
        return self.workbook

    # ----------------------------------------------------------------- main sheet
    def _rows(self) -> list[dict[str, object]]:
        sources = self.data.sources
        return [{
            "position": item.position, "name": item.name, "description": _description(item),
            "forms": "、".join(item.forms), "state": ITEM_STATES[item.state], "owner": item.owner,
            "due_date": item.due_date, "note": item.note, "sources": _sources_text(item, sources),
            "paper": _paper(item), "received": "",
        } for item in self.data.items]

    def _main_sheet(self) -> None:
        data = self.data
        sheet = cell_sheet(self.workbook, MAIN_SHEET)
        rows = self._rows()
        for key, header, minimum, maximum in COLUMNS:
            values = (r[key] for r in rows if isinstance(r[key], str))
            sheet.column_dimensions[letter(key)].width = fitted_width(
                values, header=header, minimum=minimum, maximum=maximum)
        top = self._top_rows(sheet)
        self.header_row = top.count
        self.first_row = self.header_row + 1
        self.last_row = self.header_row + len(rows)
        sheet.freeze_panes = f"A{self.first_row}"
        print_setup(sheet, title_rows=f"{self.header_row}:{self.header_row}",
                    header_left=f"{data.company}  {data.license_number}  {data.procedure_name}")
        for row in top.rows:
            sheet.append(row)
        self._item_rows(sheet, rows)
        for ref in top.merges:
            sheet.merged_cells.add(ref)
        if rows:
            self._validations(sheet)
            self._highlights(sheet)
            sheet.auto_filter.ref = f"A{self.header_row}:{LAST_COLUMN}{self.last_row}"
        protect(sheet)

    def _top_rows(self, sheet) -> _TopRows:
        """Title, company and license, procedure and export time, deadlines, how to fill in,
        and the table header (the last row)."""
        data, top = self.data, _TopRows(sheet, self.cell)
        sheet.row_dimensions[1].height = 30
        top.add([(1, f"{data.procedure_name}材料清单", st.TITLE)], span={1: len(COLUMNS) - 1})
        pairs = {1: 1, 3: 1, 5: 1, 7: 1, 10: 1}
        top.add([(1, "公司名称", st.LABEL), (3, data.company, st.VALUE), (5, "许可证编号", st.LABEL),
                 (7, data.license_number, st.VALUE), (9, "许可范围", st.LABEL), (10, data.scope_label, st.VALUE)],
                span=pairs)
        procedure = data.procedure_name + (f"（{data.case_note}）" if data.case_note else "")
        top.add([(1, "办理事项", st.LABEL), (3, procedure, st.VALUE), (5, "导出时间", st.LABEL),
                 (7, data.exported_at.replace(second=0, microsecond=0), st.VALUE_STAMP),
                 (9, "办理编号", st.LABEL), (10, f"#{data.case_id}", st.VALUE)], span=pairs)
        if not data.deadlines:
            top.add([(1, "期限", st.LABEL), (3, "这一办理事项没有法定期限", st.VALUE)], span={1: 1})
        for deadline in data.deadlines:
            row = top.count + 1
            top.add([(1, _deadline_label(deadline), st.LABEL), (3, deadline.date, st.VALUE_DATE),
                     (4, Formula(f"=C{row}-TODAY()"), st.DAYS_LEFT), (5, _deadline_note(deadline), st.SMALL)],
                    span={1: 1, 5: len(COLUMNS) - 5})
        total_width = sum(sheet.column_dimensions[letter(key)].width for key, *_r in COLUMNS)
        sheet.row_dimensions[top.count + 1].height = row_height(wrapped_lines(INSTRUCTIONS, total_width),
                                                                point_size=9)
        top.add([(1, INSTRUCTIONS, st.SMALL)], span={1: len(COLUMNS) - 1})
        sheet.row_dimensions[top.count + 1].height = 22
        top.add([(index, header, st.HEADER) for index, (_key, header, *_r) in enumerate(COLUMNS, start=1)])
        return top

    def _item_rows(self, sheet, rows: list[dict[str, object]]) -> None:
        styles = {key: EDIT_STYLES.get(key, st.CELL) for key, *_r in COLUMNS}
        styles.update(position=st.CELL_CENTER, paper=st.CELL_CENTER)
        order = [(key, styles[key]) for key, *_r in COLUMNS]
        widths = {key: sheet.column_dimensions[letter(key)].width for key in WRAPPED}
        cell = self.cell
        for number, values in enumerate(rows, start=self.first_row):
            lines = max(wrapped_lines(values[key], widths[key]) for key in WRAPPED)
            if lines > 1:       # rows are not auto-fitted on opening: give wrapped text its lines
                sheet.row_dimensions[number].height = row_height(lines)
            sheet.append([cell(sheet, values[key], style) for key, style in order])

    def _range(self, key: str) -> str:
        column = letter(key)
        return f"{column}{self.first_row}:{column}{self.last_row}"

    def _validations(self, sheet) -> None:
        states = ",".join(ITEM_STATES.values())
        rules = [
            DataValidation(type="list", formula1=f'"{states}"', allow_blank=False, showDropDown=False,
                           errorTitle="状态", error=f"请从下拉列表中选择：{'、'.join(ITEM_STATES.values())}",
                           promptTitle="状态", prompt="从下拉列表中选择"),
            DataValidation(type="date", operator="between", formula1="DATE(1990,1,1)",
                           formula2="DATE(2100,12,31)", allow_blank=True, errorTitle="截止日期",
                           error="请填写日期，例如 2026-12-01", promptTitle="截止日期",
                           prompt="填写日期，例如 2026-12-01"),
            DataValidation(type="textLength", operator="lessThanOrEqual", formula1=str(OWNER_LIMIT),
                           allow_blank=True, errorTitle="负责人", error=f"负责人最多 {OWNER_LIMIT} 个字"),
            DataValidation(type="textLength", operator="lessThanOrEqual", formula1=str(NOTE_LIMIT),
                           allow_blank=True, errorTitle="备注", error=f"备注最多 {NOTE_LIMIT} 个字"),
        ]
        for rule, key in zip(rules, ("state", "due_date", "owner", "note"), strict=True):
            rule.showErrorMessage = True
            rule.showInputMessage = key in ("state", "due_date")
            rule.add(self._range(key))
            sheet.data_validations.append(rule)

    def _highlights(self, sheet) -> None:
        first = self.first_row
        state, due = letter("state"), letter("due_date")
        whole = f"A{first}:{LAST_COLUMN}{self.last_row}"
        ready, not_applicable = ITEM_STATES["ready"], ITEM_STATES["not_applicable"]
        overdue = (f'AND(ISNUMBER(${due}{first}),${due}{first}<TODAY(),'
                   f'${state}{first}<>"{ready}",${state}{first}<>"{not_applicable}")')
        sheet.conditional_formatting.add(whole, FormulaRule(
            formula=[overdue], stopIfTrue=True, font=Font(color=st.OVERDUE_FONT, bold=True),
            fill=PatternFill(fill_type="solid", start_color=st.OVERDUE_FILL, end_color=st.OVERDUE_FILL)))
        sheet.conditional_formatting.add(self._range("state"), FormulaRule(
            formula=[f'${state}{first}="{ready}"'],
            fill=PatternFill(fill_type="solid", start_color=st.READY_FILL, end_color=st.READY_FILL)))
        sheet.conditional_formatting.add(whole, FormulaRule(
            formula=[f'${state}{first}="{not_applicable}"'], font=Font(color=st.MUTED_FONT)))

    # ----------------------------------------------------------------- other sheets
    def _sources_sheet(self) -> None:
        sheet = cell_sheet(self.workbook, SOURCES_SHEET)
        used = sorted({i for item in self.data.items for i in item.sources})
        sheet.column_dimensions["A"].width = 22
        sheet.column_dimensions["B"].width = 90
        print_setup(sheet, title_rows="1:1", header_left=f"{self.data.company}  来源说明")
        sheet.append([self.cell(sheet, "来源", st.HEADER), self.cell(sheet, "出处", st.HEADER)])
        for source_id in used:
            source = self.data.sources.get(source_id)
            title = source.title if source else source_id      # what the source is, not its file
            sheet.append([self.cell(sheet, source_short(source) if source else source_id, st.CELL),
                          self.cell(sheet, title, st.CELL)])
        protect(sheet)

    def _meta_sheet(self) -> None:
        data = self.data
        sheet = cell_sheet(self.workbook, META_SHEET)
        sheet.sheet_state = "veryHidden"
        # The rows, as JSON [[row, item_id, name, state, owner, due_date, note], ...] cut into
        # pieces that fit a cell: a handful of cells instead of one per row.
        text = json.dumps([[row, item.id, *exported_values(item)]
                           for row, item in enumerate(data.items, start=self.first_row)], ensure_ascii=False)
        exported_at = data.exported_at.isoformat(timespec="seconds")
        checksum = meta_checksum(case_id=data.case_id, database_id=data.database_id, exported_at=exported_at,
                                 first_row=self.first_row, row_count=len(data.items), rows=text)
        cell, style = self.cell, st.META
        for key, value in (("notice", META_NOTICE), ("format", FORMAT_NAME), ("version", FORMAT_VERSION),
                           ("case_id", data.case_id), ("database_id", data.database_id),
                           ("exported_at", exported_at), ("first_row", self.first_row),
                           ("row_count", len(data.items)), ("checksum", checksum)):
            sheet.append([cell(sheet, key, style), cell(sheet, value, style)])
        sheet.append([cell(sheet, "rows", style), cell(sheet, "[[row, item_id, name, state, owner, due_date, note]]", style)])
        for start in range(0, len(text), META_CHUNK):
            sheet.append([cell(sheet, text[start:start + META_CHUNK], style)])
        protect(sheet)
        sheet.protection.password = META_PASSWORD
        self.workbook.custom_doc_props.append(StringProperty(name=IDENTITY_PROPERTY, value=json.dumps(
            {"case_id": data.case_id, "database_id": data.database_id, "checksum": checksum})))


def build_checklist(data: ChecklistExport) -> Workbook:
    return _Writer(data).build()


def write_checklist(data: ChecklistExport, target: Path) -> Path:
    """Write the checklist workbook to ``target`` (atomically); ExportError when that fails."""
    return save_atomically(lambda: build_checklist(data), Path(target))
