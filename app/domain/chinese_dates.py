"""Dates as Chinese text: the weekday (周三) and a day with its weekday (2027-03-31（周三）)."""

from __future__ import annotations

from datetime import date

WEEKDAYS = "一二三四五六日"


def weekday(day: date) -> str:
    """周一 … 周日"""
    return f"周{WEEKDAYS[day.weekday()]}"


def day_text(day: date) -> str:
    """2027-03-31（周三）"""
    return f"{day.isoformat()}（{weekday(day)}）"
