"""Hostile workbooks: bombs refused from the zip's directory before anything is parsed, ids no
database can hold, and date cells that skip nothing."""

from __future__ import annotations

import struct
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from app.exports import excel_import
from app.exports.checklist_layout import COLUMN_INDEX, MAIN_SHEET, META_SHEET
from app.exports.errors import ImportRefused
from app.operations import excel as excel_ops
from tests.excel_helpers import first_item_row, renewal_case, reseal

SHEET = "xl/worksheets/sheet1.xml"
SHARED = "xl/sharedStrings.xml"
MB = 1024 * 1024


@pytest.fixture
def checklist(store, tmp_path):
    case, items = renewal_case(store)
    path = excel_ops.export_case(store, case.id, tmp_path / "清单.xlsx")
    return path, items


def counts(store) -> tuple[int, ...]:
    return tuple(store.query(f"SELECT count(*) FROM {t}")[0][0] for t in ("case_items", "item_history"))


def rebuild(source: Path, target: Path, *, parts: dict[str, object] | None = None,
            extra: dict[str, bytes] | None = None) -> Path:
    """A copy of ``source`` with some parts replaced: bytes, or a function of the old bytes
    that yields chunks (written as they come, so a large part never sits in memory)."""
    parts = parts or {}
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            replacement = parts.get(info.filename)
            if callable(replacement):
                entry = zipfile.ZipInfo(info.filename)
                entry.compress_type = zipfile.ZIP_DEFLATED
                with dst.open(entry, "w", force_zip64=True) as handle:
                    for chunk in replacement(data):
                        handle.write(chunk)
            else:
                dst.writestr(info.filename, data if replacement is None else replacement)
        for name, data in (extra or {}).items():
            dst.writestr(name, data)
    return target


def with_shared_strings(source: Path, target: Path, strings) -> Path:
    def rels(data: bytes) -> bytes:
        return data.replace(b"</Relationships>", b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/'
                            b'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                            b"</Relationships>")

    def types(data: bytes) -> bytes:
        return data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                            b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')

    with zipfile.ZipFile(source) as src:
        patched = {"xl/_rels/workbook.xml.rels": rels(src.read("xl/_rels/workbook.xml.rels")),
                   "[Content_Types].xml": types(src.read("[Content_Types].xml"))}
    rebuild(source, target, parts=patched)
    with zipfile.ZipFile(target, "a", zipfile.ZIP_DEFLATED) as dst:
        entry = zipfile.ZipInfo(SHARED)
        entry.compress_type = zipfile.ZIP_DEFLATED
        with dst.open(entry, "w", force_zip64=True) as handle:
            handle.write(b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            for chunk in strings:
                handle.write(chunk)
            handle.write(b"</sst>")
    return target


def whitespace(megabytes: int):
    def chunks(data: bytes):
        head, tail = data.split(b"</sheetData>")
        yield head
        for _ in range(megabytes):
            yield b" " * MB
        yield b"</sheetData>" + tail
    return chunks


def empty_cells(count: int):
    def chunks(data: bytes):
        head, tail = data.split(b"</sheetData>")
        yield head + b'<row r="9999">'
        for _ in range(count // 10_000):
            yield b'<c r="Z9999"/>' * 10_000
        yield b"</row></sheetData>" + tail
    return chunks


def declare_smaller(path: Path, name: str) -> None:
    """Make the zip's directory claim that ``name`` inflates to a tenth of what it does."""
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46:at + 46 + name_length]) == name.encode():
            size = struct.unpack_from("<L", data, at + 24)[0]
            struct.pack_into("<L", data, at + 24, size // 10)
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))


def refused(store, path: Path) -> str:
    before = counts(store)
    with pytest.raises(ImportRefused) as refusal:
        plan = excel_ops.preview_import(store, path)
        excel_ops.apply_import(store, plan)
    assert counts(store) == before
    return str(refusal.value)


def test_a_megabyte_that_inflates_to_a_gigabyte_of_whitespace_is_refused_unread(store, checklist, tmp_path,
                                                                                monkeypatch):
    path, _ = checklist
    bomb = rebuild(path, tmp_path / "bomb.xlsx", parts={SHEET: whitespace(64)})
    assert bomb.stat().st_size < MB
    monkeypatch.setattr("openpyxl.load_workbook", lambda *a, **k: pytest.fail("parsed"))
    message = refused(store, bomb)
    assert "sheet1.xml" in message and "64.0 MB" in message and "重新导出" in message


def test_a_shared_strings_bomb_is_refused_unread(store, checklist, tmp_path, monkeypatch):
    path, _ = checklist
    bomb = with_shared_strings(path, tmp_path / "strings.xlsx", (b"<si><t/></si>" * 100_000 for _ in range(2)))
    monkeypatch.setattr("openpyxl.load_workbook", lambda *a, **k: pytest.fail("parsed"))
    assert "200,000 个共享文本" in refused(store, bomb)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(kind=st.sampled_from(["whitespace", "cells", "strings", "parts", "lying", "entities"]),
       scale=st.integers(1, 4))
def test_hostile_workbooks_are_refused_and_change_nothing(store, checklist, tmp_path_factory, kind, scale):
    path, _ = checklist
    target = tmp_path_factory.mktemp("hostile") / "x.xlsx"
    if kind == "whitespace":
        rebuild(path, target, parts={SHEET: whitespace(16 * scale + 1)})
    elif kind == "cells":
        rebuild(path, target, parts={SHEET: empty_cells(150_000 + 50_000 * scale)})
    elif kind == "strings":
        with_shared_strings(path, target, (b"<si><t/></si>" * 50_000 for _ in range(3 + scale)))
    elif kind == "parts":
        rebuild(path, target, extra={f"xl/media/image{i}.png": b"" for i in range(300 * scale)})
    elif kind == "lying":
        rebuild(path, target, parts={SHEET: whitespace(scale)})
        declare_smaller(target, SHEET)
    else:
        laughs = b"".join(b'<!ENTITY l%d "&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;">' % ((i,) + (i - 1,) * 10)
                          for i in range(1, 10))
        bomb = (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY l0 "lol">' + laughs + b']><worksheet xmlns="http://'
                b'schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr">'
                b"<is><t>&l9;</t></is></c></row></sheetData></worksheet>")
        rebuild(path, target, parts={"xl/worksheets/sheet" + str(1 + scale % 3) + ".xml": bomb})
    assert refused(store, target)


def test_the_limits_leave_room_for_every_checklist(store, checklist):
    """The exported file itself, and one ten times its parts (a long procedure), pass the check."""
    path, _ = checklist
    excel_import._check_container(path)
    with zipfile.ZipFile(path) as archive:
        sizes = {info.filename: info.file_size for info in archive.infolist()}
    assert max(sizes.values()) * 100 < excel_import.MAX_XML_PART_BYTES


def edit_meta(path: Path, key: str, value) -> Path:
    """Change the id sheet with its checksum made to match: what the reader checks beyond it."""
    workbook = load_workbook(path)
    sheet = workbook[META_SHEET]
    for row in sheet.iter_rows():
        if row[0].value == key:
            row[1].value = value
    reseal(workbook)
    workbook.save(path)
    return path


@pytest.mark.parametrize(("case_id", "said"), [(10**30, "被改动过"), (2**63, "被改动过"),   # read back as floats
                                              (-1, "不是许可证管家导出的清单"), (0, "不是许可证管家导出的清单")])
def test_a_case_id_no_database_can_hold_is_refused(store, checklist, case_id, said):
    path, _ = checklist
    message = refused(store, edit_meta(path, "case_id", case_id))
    assert said in message


def test_a_huge_item_id_in_the_hidden_rows_is_refused(store, checklist):
    path, _ = checklist
    workbook = load_workbook(path)
    sheet = workbook[META_SHEET]
    for row in sheet.iter_rows():
        if isinstance(row[0].value, str) and row[0].value.startswith("[["):
            head, _, rest = row[0].value.partition(",")
            row[0].value = f"{head},{10**30}{rest[rest.index(','):]}"
            break
    reseal(workbook)
    workbook.save(path)
    assert "不是许可证管家导出的清单" in refused(store, path)


def date_cell_edit(path: Path, value, *, number_format: str | None = None, iso: bool = False) -> Path:
    workbook = load_workbook(path)
    workbook.iso_dates = iso
    sheet = workbook[MAIN_SHEET]
    cell = sheet.cell(row=first_item_row(path), column=COLUMN_INDEX["due_date"])
    cell.value = value
    if number_format:
        cell.number_format = number_format
    workbook.save(path)
    return path


@pytest.mark.parametrize(("value", "number_format", "iso", "year"), [
    (datetime(9999, 12, 31), None, True, "9999"),            # a real date cell, t="d"
    (datetime(9999, 12, 31), None, False, "9999"),           # a date serial
    (-5, "yyyy-mm-dd", False, "1899"),                       # a serial before 1900, shown as a date
])
def test_date_cells_meet_the_same_range_as_typed_text(store, checklist, value, number_format, iso, year):
    path, _ = checklist
    date_cell_edit(path, value, number_format=number_format, iso=iso)
    if iso:
        with zipfile.ZipFile(path) as archive:
            assert b't="d"' in archive.read(SHEET)
    before = counts(store)
    plan = excel_ops.preview_import(store, path)
    assert not plan.ok
    assert any("截止日期" in str(e) and f"年份 {year} 不合理" in str(e) for e in plan.errors), plan.errors
    assert counts(store) == before


def test_typed_text_of_the_same_dates_says_the_same(store, checklist):
    path, _ = checklist
    from tests.excel_helpers import staff_edit

    staff_edit(path, {(first_item_row(path), "due_date"): "9999-12-31"})
    plan = excel_ops.preview_import(store, path)
    assert any("年份 9999 不合理" in str(e) for e in plan.errors)
