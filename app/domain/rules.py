"""The deadline rules (day counts and sources) read from resources/catalogue/deadlines.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from app.resources import catalogue_dir


class CatalogueError(ValueError):
    """A catalogue file is malformed; the message names the file and the key."""


@dataclass(frozen=True)
class DeadlineRules:
    renewal_notice_days: int
    renewal_safe_working_days: int
    renewal_prepare_days: int
    renewal_late_correction_days: int
    annual_window_start: tuple[int, int]
    annual_due: tuple[int, int]
    annual_grace_until: tuple[int, int]
    change_days: int
    cancellation_notice_days: int
    authority_completeness_working_days: int
    authority_decision_days: int
    expiry_years: int
    sources: dict[str, str] = field(compare=False, hash=False)


def _get(table: dict, dotted: str, kind: type, path: Path):
    node = table
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            raise CatalogueError(f"{path.name}: 缺少键 {dotted}")
        node = node[part]
    if not isinstance(node, kind) or (kind is int and isinstance(node, bool)):
        raise CatalogueError(f"{path.name}: 键 {dotted} 应为 {kind.__name__}")
    if kind is int and node < 0:
        raise CatalogueError(f"{path.name}: 键 {dotted} 不能为负数")
    return node


def _month_day(text: str, dotted: str, path: Path) -> tuple[int, int]:
    try:
        month, day = (int(x) for x in text.split("-"))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            raise ValueError
    except ValueError:
        raise CatalogueError(f"{path.name}: 键 {dotted} 应为 MM-DD，收到 {text!r}") from None
    return month, day


def load_deadline_rules(path: Path) -> DeadlineRules:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(f"{path.name}: TOML 格式错误：{exc}") from None
    g = lambda key, kind=int: _get(data, key, kind, path)  # noqa: E731
    sources = {
        "renewal_legal": g("renewal.source_legal", str),
        "renewal_safe": g("renewal.source_safe", str),
        "renewal_last_working_day": g("renewal.source_last_working_day", str),
        "renewal_prepare": g("renewal.source_prepare", str),
        "annual_report": g("annual_report.source", str),
        "change_decision": g("change.source_decision", str),
        "change_registration": g("change.source_registration", str),
        "change_address": g("change.source_address", str),
        "cancellation": g("cancellation.source", str),
        "authority": g("authority.source", str),
        "expiry": g("expiry.source", str),
    }
    return DeadlineRules(
        renewal_notice_days=g("renewal.notice_days"),
        renewal_safe_working_days=g("renewal.safe_working_days"),
        renewal_prepare_days=g("renewal.prepare_days"),
        renewal_late_correction_days=g("renewal.late_correction_days"),
        annual_window_start=_month_day(g("annual_report.window_start", str), "annual_report.window_start", path),
        annual_due=_month_day(g("annual_report.due", str), "annual_report.due", path),
        annual_grace_until=_month_day(g("annual_report.grace_until", str), "annual_report.grace_until", path),
        change_days=g("change.days"),
        cancellation_notice_days=g("cancellation.notice_days"),
        authority_completeness_working_days=g("authority.completeness_working_days"),
        authority_decision_days=g("authority.decision_days"),
        expiry_years=g("expiry.years"),
        sources=sources,
    )


@cache
def default_rules() -> DeadlineRules:
    return load_deadline_rules(catalogue_dir() / "deadlines.toml")
