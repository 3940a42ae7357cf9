"""The license's situation in plain words, when there is one to tell: a renewal submitted and
what to expect, a renewal missed and what follows, a decision not to renew, an end."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from app.domain.deadlines import authority_expectations
from app.domain.obligations import DONE, MISSED, SUBMITTED, LicenseObligations
from app.domain.workdays import WorkdayCalendar

INFO_STYLE = "background: #eef3fb; border: 1px solid #c9d7ee; border-radius: 4px; padding: 8px; color: #1f2a3a;"
ALERT_STYLE = "background: #fbe3e4; border: 1px solid #eab8bb; border-radius: 4px; padding: 8px; color: #5c1015;"
DONE_STYLE = "background: #e3f1e6; border: 1px solid #b9dcc2; border-radius: 4px; padding: 8px; color: #174d27;"


class Situation(NamedTuple):
    text: str
    style: str
    kind: str          # submitted | missed | expired | not_renewing | ended


def situation(owed: LicenseObligations, *, expiry: date, submitted_on: date | None, today: date,
              calendar: WorkdayCalendar) -> Situation | None:
    """What to tell about the license beside its timeline; None when its dates say it all.
    (The notes from the rules are Chinese data, as the rules' sources are.)"""
    renewal = next((o for o in owed.items if o.kind == "renewal" and o.state != DONE), None)
    expired = next((o for o in owed.items if o.kind == "expiry"), None)
    if owed.ended_on is not None:
        text = QCoreApplication.translate("LicenseSituation", "许可证已于 {date} 注销，不再有续期和年报要办。")
        return Situation(text.format(date=owed.ended_on.isoformat()), DONE_STYLE, "ended")
    if expired is not None and expired.state == MISSED:
        return Situation(QCoreApplication.translate("LicenseSituation", "许可证已到期。") + expired.note, ALERT_STYLE, "expired")
    if renewal is not None and renewal.state == MISSED:
        return Situation(QCoreApplication.translate("LicenseSituation", "续期已错过。") + renewal.note, ALERT_STYLE, "missed")
    if owed.not_renewing:
        report = owed.find("cancellation")
        if report is None:
            return None
        if report.state == SUBMITTED:
            text = QCoreApplication.translate("LicenseSituation", "已决定不再续期，注销报告已提交，等待发证机关办结。")
            return Situation(text, INFO_STYLE, "not_renewing")
        text = QCoreApplication.translate("LicenseSituation", "已决定不再续期：应在 {act_by} 前报告注销（法定最后一日 {due}），"
                                             "并做好用户善后；许可证到 {expiry} 为止。")
        return Situation(text.format(act_by=report.act_by.isoformat(), due=report.due.isoformat(),
                                     expiry=expiry.isoformat()), INFO_STYLE, "not_renewing")
    if renewal is not None and renewal.state == SUBMITTED and submitted_on is not None:
        notice, decision = authority_expectations(submitted=submitted_on, calendar=calendar)
        corrected = any(o.kind == "correction" and o.case == renewal.case for o in owed.items)
        if corrected:       # the one notice of what is missing has come: no longer something to expect
            text = QCoreApplication.translate("LicenseSituation", "续期申请已于 {date} 提交（已按补正通知补正），等待发证机关决定："
                                                 "受理后 60 日内作出决定（从提交起算约到 {decision}）。").format(
                date=submitted_on.isoformat(), decision=decision.date.isoformat())
        else:
            text = QCoreApplication.translate("LicenseSituation", "续期申请已于 {date} 提交，等待发证机关决定：材料不齐的，应在 {notice} "
                                                 "前一次告知补正；受理后 60 日内作出决定（从提交起算约到 {decision}）。").format(
                date=submitted_on.isoformat(), notice=notice.date.isoformat(), decision=decision.date.isoformat())
        if renewal.note:
            text += renewal.note
        elif today <= expiry:
            text += QCoreApplication.translate("LicenseSituation", "有效期届满前仍未作出决定的，视为准予延续（《行政许可法》第五十条）。")
        late = submitted_on > renewal.due
        return Situation(text, ALERT_STYLE if late else INFO_STYLE, "submitted")
    return None
