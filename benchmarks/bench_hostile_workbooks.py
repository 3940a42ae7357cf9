"""Refusing hostile workbooks, against reading the checklist they were made from.

The bombs: the checklist with a main sheet inflating to 1 GiB of whitespace (a 1 MB file), and
one with a table of 1,200,000 empty shared strings packed just under the size allowed (15.6
MB inflated, 45 KB on disk; openpyxl took 12.6 s to read it). Each is refused from the zip's
directory, or a count of its tags, before openpyxl parses anything. Baseline: previewing the
import of the 14-row checklist itself. Targets: the bomb refused on its declared size ≤ 0.5×
that baseline; the packed table, which must be inflated (15.6 MB) to be counted, ≤ 10×.

    python -m benchmarks.bench_hostile_workbooks
"""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

from benchmarks.common import Result, best_of

LICENSE = {"number": "京B2-20190350", "company": "北京示例呼叫服务有限公司", "scope": "provincial",
           "issued": "2022-03-15", "expiry": "2027-03-14"}
MB = 1024 * 1024


def _deflated(name: str) -> zipfile.ZipInfo:
    entry = zipfile.ZipInfo(name)
    entry.compress_type = zipfile.ZIP_DEFLATED
    return entry


def whitespace_bomb(source: Path, target: Path, *, megabytes: int = 1024) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename != "xl/worksheets/sheet1.xml":
                dst.writestr(info.filename, data)
                continue
            head, tail = data.split(b"</sheetData>")
            with dst.open(_deflated(info.filename), "w", force_zip64=True) as handle:
                handle.write(head)
                for _ in range(megabytes):
                    handle.write(b" " * MB)
                handle.write(b"</sheetData>" + tail)
    return target


def shared_strings_bomb(source: Path, target: Path, *, count: int = 1_200_000) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdS" Type="http://schemas.'
                                    b'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
                                    b'Target="sharedStrings.xml"/></Relationships>')
            dst.writestr(info.filename, data)
        with dst.open(_deflated("xl/sharedStrings.xml"), "w") as handle:
            handle.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            for _ in range(count // 100_000):
                handle.write(b"<si><t/></si>" * 100_000)
            handle.write(b"</sst>")
    return target


def run() -> list[Result]:
    from app.exports.errors import ImportRefused
    from app.operations import cases as cases_ops
    from app.operations import excel as excel_ops
    from app.operations import licenses as license_ops
    from app.operations import open_store

    def refusal(path: Path):
        try:
            excel_ops.preview_import(store, path)
        except ImportRefused as refused:
            return str(refused)
        return None

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        store = open_store(folder / "bench.sqlite3")
        try:
            license = license_ops.add_license(store, LICENSE)
            case = cases_ops.start_case(store, license.id, "renewal")
            checklist = excel_ops.export_case(store, case.id, folder / "checklist.xlsx")
            bombs = {"1 GiB of whitespace in a 1 MB file": (whitespace_bomb(checklist, folder / "ws.xlsx"), 0.5),
                     "1,200,000 empty shared strings": (shared_strings_bomb(checklist, folder / "ss.xlsx"), 10)}
            baseline, plan = best_of(5, lambda: excel_ops.preview_import(store, checklist))
            results = []
            for name, (path, most) in bombs.items():
                elapsed, message = best_of(5, lambda path=path: refusal(path))
                ratio = elapsed / baseline
                results.append(Result(
                    name=f"refusing a workbook bomb: {name} ({path.stat().st_size / MB:.2f} MB file)",
                    measured=elapsed, baseline=baseline, target=f"≤ {most}× reading the real checklist",
                    passed=message is not None and ratio <= most,
                    note=f"{ratio:.3f}× previewing the {plan.rows_read}-row checklist; refused: {message is not None}"))
        finally:
            store.close()
    return results


if __name__ == "__main__":
    for result in run():
        print(f"{result.name}: {result.measured * 1000:.1f} ms vs {result.baseline * 1000:.1f} ms — {result.note} "
              f"— {'PASS' if result.passed else 'MISS'}")
