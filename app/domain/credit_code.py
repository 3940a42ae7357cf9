"""统一社会信用代码 (GB 32100-2015): 18 characters, the last one a check character."""

from __future__ import annotations

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # no I, O, S, V, Z
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}


def check_character(first17: str) -> str:
    total = sum(_VALUE[ch] * w for ch, w in zip(first17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def credit_code_problem(code: str) -> str | None:
    """None when ``code`` is a well-formed code, else what is wrong, in Chinese."""
    if len(code) != 18:
        return f"应为 18 位，现在是 {len(code)} 位"
    bad = sorted({ch for ch in code if ch not in _VALUE})
    if bad:
        shown = "、".join(bad)
        return f"含有不允许的字符 {shown}（代码中不使用 I、O、S、V、Z 和小写字母）"
    if not code[2:8].isdigit():
        return "第 3–8 位应为行政区划码（6 位数字）"
    expected = check_character(code[:17])
    if code[17] != expected:
        return f"校验位不符：按 GB 32100-2015 最后一位应为 {expected}，请核对是否抄错"
    return None
