"""What obligations and planning dates are called: a template per kind of title, and the values
that fill it in (dates, day counts, the kind of change).

The domain words a title in Chinese (an Obligation's or a Milestone's ``title``, a Deadline's
``label``); the interface words the same ``Wording`` in its own language
(app/ui/widgets/obligation_titles.py), with templates that say in Chinese exactly these (a test
checks). A wording is a plain tuple (key, ((name, value), ...)) of strings, so that the
dashboard's kept lines hold it as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

TITLES = {
    "renewal": "申请续期（有效期至 {expiry}，到期前 {days} 日）",
    "renewal_or_stop": "申请续期（有效期至 {expiry}，到期前 {days} 日；不再续期的，同一日前报告注销）",
    "renewal_done": "申请续期（有效期至 {expiry}）",
    "prepare_from": "开始准备续期（到期前 {days} 日）",
    "renewal_safe_date": "续期安全日期（到期前第 {days} 个工作日）",
    "cancellation": "报告不再续期（注销）并做好用户善后（停止经营日 {stop} 前 {days} 日）",
    "expiry": "许可证到期（有效期至）",
    "annual_report": "{year}年年报（报告{reported}年度）",
    "change": "{change}：{trigger}（{day}）起 {days} 日内申请",
    "change_rule": "{change}：{trigger}起 {days} 日内申请",
    "correction": "补正并重新提交（{notice} 的补正通知）",
}
# Added to a dated line's label when the legal day is not the day to act by; ``legal_day`` among
# its wording's values.
ACT_BY_NOTE = "；法定最后一日 {due}（{weekday}）不是工作日，最后可办理日为 {act_by}"


class Wording(NamedTuple):
    key: str                                  # a key of TITLES
    values: tuple[tuple[str, str], ...] = ()


def wording(key: str, **values: object) -> Wording:
    """The wording of a title: its template's key and its values, as strings (dates ISO)."""
    return Wording(key, tuple((name, str(value)) for name, value in values.items()))


def worded(wording: tuple, *, templates: Mapping[str, str] = TITLES,
           terms: Mapping[str, Mapping[str, str]] | None = None) -> str:
    """The title a wording says, with ``templates``; ``terms`` turn a value that is a key (the
    kind of change, what starts its days) into its words."""
    key, values = wording
    terms = terms or {}
    filled = {name: terms.get(name, {}).get(value, value) for name, value in values}
    return templates[key].format(**filled)
