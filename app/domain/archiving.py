"""Which licenses may be put away (归档): those that have ended.

A license ends when its 注销 is done, or when its term has run out without a renewal the
authority is still deciding (one submitted in time counts as granted until it decides, 行政许可法
第五十条: that license has not ended). An archived license leaves the dashboard and the
reminders; it keeps its history and can be brought back at any time.
"""

from __future__ import annotations

from datetime import date

from app.domain.obligations import SUBMITTED, LicenseObligations


def has_ended(owed: LicenseObligations, *, expiry: date, today: date) -> bool:
    if owed.ended_on is not None and owed.ended_on <= today:
        return True
    if today <= expiry:
        return False
    return not any(o.kind == "expiry" and o.state == SUBMITTED for o in owed.items)


def archive_refusal(owed: LicenseObligations, *, expiry: date, today: date) -> str | None:
    """Why the license cannot be archived today, or None when it can."""
    if has_ended(owed, expiry=expiry, today=today):
        return None
    if today > expiry:
        return "续期申请已按时提交、尚未决定：许可证视为延续（《行政许可法》第五十条），不能归档"
    return (f"许可证仍在有效期内（有效期至 {expiry.isoformat()}）：只有已注销或已过期的许可证可以归档；"
            "不再使用的，也可以删除（移到回收站）")
