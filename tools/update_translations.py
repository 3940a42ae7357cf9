"""Refresh the English translation from the interface's source strings, then compile it.

    .venv/bin/python tools/update_translations.py          # update the .ts, compile the .qm
    .venv/bin/python tools/update_translations.py --check  # exit 1 if a string is untranslated

Runs pyside6-lupdate (shipped with PySide6-Essentials, next to the venv's python) over every
app/ui/*.py into resources/translations/license_keeper_en.ts, keeping the translations already
made and dropping strings that are gone; then pyside6-lrelease compiles the .qm that ships.
New strings arrive as "unfinished": translate them in the .ts (Qt Linguist, pyside6-linguist,
or any editor) and run this again. tests/test_i18n.py fails while any string is unfinished.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "license_keeper_en.ts"
QM = TRANSLATIONS / "license_keeper_en.qm"


def tool(name: str) -> str:
    """A Qt tool from the running interpreter's scripts folder, else from PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install the project (PySide6-Essentials ships it) and run "
                 "this with the virtual environment's python")
    return found


def ui_sources() -> list[Path]:
    return sorted((ROOT / "app" / "ui").rglob("*.py"))


def run_lupdate(ts: Path) -> None:
    sources = [str(p.relative_to(ROOT)) for p in ui_sources()]
    subprocess.run([tool("pyside6-lupdate"), *sources, "-ts", str(ts), "-no-obsolete",
                    "-locations", "none", "-source-language", "zh_CN", "-target-language", "en",
                    "-silent"], cwd=ROOT, check=True)


def run_lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm), "-silent"], cwd=ROOT,
                   check=True)


def translated_texts(message: ET.Element) -> list[str]:
    """A message's translation: one text, or each plural form of a %n message."""
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished, non-empty translation."""
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = translated_texts(message)
            if (translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished")
                    or not texts or not all(text.strip() for text in texts)):
                problems.append((name, message.findtext("source", "")))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only report untranslated strings")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if not args.check:
        run_lupdate(TS)
        run_lrelease(TS, QM)
    problems = unfinished(TS)
    for context, source in problems:
        print(f"untranslated [{context}] {source}")
    print(f"{TS.relative_to(ROOT)}: {len(problems)} untranslated")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
