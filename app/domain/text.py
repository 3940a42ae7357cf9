"""Text as users type, paste or name it: what is kept, what is refused, and how a refused value
is quoted back in a message.

Invisible format characters (zero-width spaces, byte order marks, the bidi controls that can
make ``invoice\\u202efdp.exe`` read as ``invoiceexe.pdf``) are removed; a value made of nothing
else is refused, as is text that is not valid Unicode (a lone surrogate: what undecodable
bytes of a file name or a terminal argument become).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import TypeVar

# Letters that draw nothing: Hangul fillers and the blank Braille pattern.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
ECHO_LIMIT = 40

NOT_UNICODE = "含有无法识别的字符（文字编码不正确，常见于乱码的文件名或粘贴的内容），请重新输入"
ONLY_INVISIBLE = "只有看不见的字符（如零宽空格、方向控制符），请填写实际内容"

T = TypeVar("T")


def has_lone_surrogate(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def is_format_character(ch: str) -> bool:
    """Zero-width spaces and joiners, bidi marks and overrides, the byte order mark, ..."""
    return unicodedata.category(ch) == "Cf"


def without_format_characters(text: str) -> str:
    if text.isascii():
        return text
    return "".join(ch for ch in text if not is_format_character(ch))


def is_blank(text: str) -> bool:
    """Nothing that shows: only spaces, format characters and blank letters (or nothing)."""
    return all(ch.isspace() or ch in _BLANK_LETTERS or is_format_character(ch) for ch in text)


def clean_text(value: object) -> str:
    """``value`` as text with its format characters removed and its ends stripped.

    ValueError (the message in Chinese) for text that is not valid Unicode, or that holds
    something yet nothing visible.
    """
    raw = "" if value is None else str(value)
    if has_lone_surrogate(raw):
        raise ValueError(NOT_UNICODE)
    text = without_format_characters(raw).strip()
    if raw.strip() and is_blank(text):
        raise ValueError(ONLY_INVISIBLE)
    return text


def shown(value: object, limit: int = ECHO_LIMIT) -> str:
    """A value quoted back to the user: control, format and undecodable characters written as
    ``\\uXXXX``, and a long value cut with its length said."""
    text = str(value)
    cut = text[:limit]
    visible = "".join(ch if ch.isprintable() and not is_format_character(ch) and not has_lone_surrogate(ch)
                      else f"\\u{ord(ch):04x}" for ch in cut)
    if len(text) > limit:
        return f"{visible}…（共 {len(text)} 个字符）"
    return visible


def first_of(items: Sequence[T], limit: int) -> tuple[Sequence[T], int]:
    """The items a list shows (at most ``limit``) and how many it leaves to "……另有 N 项": never
    one, whose line could have named that item itself."""
    shown = items if len(items) <= limit + 1 else items[:limit]
    return shown, len(items) - len(shown)
