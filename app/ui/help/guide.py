"""The built-in guide: one Markdown file per language under resources/help, split into sections
at its ``##`` headings (the contents list beside the text)."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from app.resources import resources_dir

FALLBACK_LANGUAGE = "zh_CN"


class Section(NamedTuple):
    title: str
    text: str           # Markdown, the heading included


def guide_path(language: str) -> Path:
    path = resources_dir() / "help" / f"guide.{language}.md"
    return path if path.is_file() else resources_dir() / "help" / f"guide.{FALLBACK_LANGUAGE}.md"


def sections(language: str) -> tuple[str, list[Section]]:
    """The guide's title and its sections, in the language (Chinese when there is no guide in it)."""
    text = guide_path(language).read_text(encoding="utf-8")
    title, found, current = "", [], None
    for line in text.splitlines():
        if line.startswith("# ") and not title:
            title = line[2:].strip()
        elif line.startswith("## "):
            current = [line]
            found.append(current)
        elif current is not None:
            current.append(line)
    return title, [Section(lines[0][3:].strip(), "\n".join(lines).strip()) for lines in found]
