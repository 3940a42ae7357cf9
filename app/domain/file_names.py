"""The name of an attached file: as the user can read it, and as it is kept on disk.

A name comes from the file system as it is: on Linux, bytes that are not UTF-8 arrive as
lone surrogates (Python's surrogateescape), which no database or JSON file takes. Such a
name is read as GB18030 when it is that (the names in a zip made on a Chinese Windows),
else with U+FFFD for what cannot be read. Bidi controls and other invisible characters
(``invoice\\u202efdp.exe`` shows as ``invoiceexe.pdf``) and control characters go; the kept
name is also safe on Windows and short enough for any file system.

``proposed_name`` makes the name offered when the app saves a file (a checklist, a calendar,
a backup) from parts such as the company, the procedure and the date, made safe the same way.
"""

from __future__ import annotations

import unicodedata

from app.domain.text import has_lone_surrogate, is_blank, without_format_characters

NAME_BYTES = 150                       # of the kept name's own part (file systems allow 255)
FALLBACK = "附件"
_NOT_ON_WINDOWS = dict.fromkeys(map(ord, '<>:"/\\|?*'), "_")
_WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
                    *(f"LPT{n}" for n in range(1, 10))}


def readable_name(name: str) -> str:
    """The name to show and to record: valid Unicode, no invisible or control characters."""
    if has_lone_surrogate(name):
        name = _decoded(name)
    name = "".join(ch for ch in without_format_characters(name) if unicodedata.category(ch) != "Cc").strip()
    return FALLBACK if is_blank(name) else name


def kept_name(name: str) -> str:
    """``readable_name`` made safe to keep on any system: no character Windows refuses, no
    trailing dot or space, at most NAME_BYTES bytes (the extension kept)."""
    name = readable_name(name).translate(_NOT_ON_WINDOWS).rstrip(". ") or FALLBACK
    if len(name.encode("utf-8")) <= NAME_BYTES:
        return name
    stem, dot, suffix = name.rpartition(".")
    if not dot or len(suffix.encode("utf-8")) > 16:
        stem, suffix = name, ""
    suffix = f".{suffix}" if suffix else ""
    budget = NAME_BYTES - len(suffix.encode("utf-8"))
    return stem.encode("utf-8")[:budget].decode("utf-8", "ignore").rstrip(". ") + suffix


def proposed_name(*parts: str, suffix: str) -> str:
    """``北京示例呼叫服务有限公司-续期材料清单-2026-12-05.xlsx`` from its parts and suffix: each
    part readable and without what Windows refuses, empty parts left out, joined by "-"; the
    longest part shortened until the name fits NAME_BYTES; never a Windows device name."""
    cleaned = [" ".join(readable_name(part).translate(_NOT_ON_WINDOWS).split()).strip(". ")
               for part in parts if part and not is_blank(part)]
    cleaned = [part for part in cleaned if part] or ["文件"]
    budget = NAME_BYTES - len(suffix.encode("utf-8"))
    while len("-".join(cleaned).encode("utf-8")) > budget:
        longest = max(range(len(cleaned)), key=lambda i: len(cleaned[i].encode("utf-8")))
        cleaned[longest] = cleaned[longest][:-1].rstrip(". ") or "_"
    stem = "-".join(cleaned)
    if stem.split(".")[0].upper() in _WINDOWS_DEVICES:
        stem = "_" + stem
    return stem + suffix


def _decoded(name: str) -> str:
    try:
        raw = name.encode("utf-8", "surrogateescape")     # the bytes the file system gave
    except UnicodeEncodeError:                          # a lone surrogate of a UTF-16 name
        raw = b""
    for encoding in ("utf-8", "gb18030"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if text and not has_lone_surrogate(text):
            return text
    return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in name)
