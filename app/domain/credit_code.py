"""统一社会信用代码 (GB 32100-2015): 18 characters, the last one a check character."""

from __future__ import annotations

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # no I, O, S, V, Z
# 第 1 位, the registering authority: 机构编制 1, 外交 2, 司法行政 3, 文化 4, 民政 5, 旅游 6,
# 宗教 7, 工会 8, 工商（市场监管） 9, 中央军委改革和编制办公室 A, 农业 N, 其他 Y.
AUTHORITIES = "123456789ANY"
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
    if code[0] not in AUTHORITIES:
        return f"第 1 位（登记管理部门代码）应为 1–9、A、N 或 Y，现在是 {code[0]}"
    if code[1] not in "123456789":
        return f"第 2 位（机构类别代码）应为 1–9，现在是 {code[1]}（企业为 1）"
    if not code[2:8].isdigit() or code[2:4] == "00":
        return "第 3–8 位应为登记机关所在地的行政区划码（6 位数字，如 110108）"
    expected = check_character(code[:17])
    if code[17] != expected:
        return f"校验位不符：按 GB 32100-2015 最后一位应为 {expected}，请核对是否抄错"
    return None
