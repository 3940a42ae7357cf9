"""What a license owes: obligations derived from its certificate, what happened to it, and today.

RULES.md §4. ``obligations_of`` answers for one license, from plain facts: the certificate's two
dates, the history (events: reports filed, decisions, approvals) and the procedures under way
(cases: submitted, under 补正, approved). Nothing here is stored and nothing reads a database;
every screen, reminder, export and command reads this answer, so that none can go stale on its
own.

Each obligation has a legal due day and a day to act by (the last working day on or before it),
and a state:
- ``pending``: to do, the act-by day has not passed;
- ``submitted``: the company did its part, the authority has not decided;
- ``done``;
- ``overdue``: the act-by day has passed but it can still be done (a 年报 in April, a late change);
- ``missed``: no longer possible (a renewal after its legal last day, a 年报 after April).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple
from weakref import WeakKeyDictionary

from app.domain.chinese_dates import weekday
from app.domain.deadline_item import Deadline
from app.domain.deadlines import CHANGE_KINDS, TRIGGER_LABELS, suggested_expiry
from app.domain.rules import DeadlineRules, default_rules
from app.domain.titles import ACT_BY_NOTE, Wording, worded, wording
from app.domain.workdays import WorkdayCalendar

PENDING, SUBMITTED, DONE, OVERDUE, MISSED = "pending", "submitted", "done", "overdue", "missed"
STATES = (PENDING, SUBMITTED, DONE, OVERDUE, MISSED)
OPEN_STATES = frozenset({PENDING, SUBMITTED, OVERDUE, MISSED})
STATE_LABELS = {PENDING: "待办", SUBMITTED: "已提交，待决定", DONE: "已完成", OVERDUE: "已逾期（仍可补办）",
                MISSED: "已错过"}
KINDS = ("renewal", "annual_report", "correction", "change", "cancellation", "expiry")
KIND_LABELS = {"renewal": "续期", "annual_report": "年报", "correction": "补正", "change": "变更",
               "cancellation": "注销", "expiry": "到期"}

# The events of a license's history that change what it owes (kept by app.storage.events).
ANNUAL_REPORT_FILED = "annual_report_filed"        # {"year": Y}
PAST_REPORTS_CONFIRMED = "past_reports_confirmed"  # {"filed": bool, "years": [Y, ...]}
RENEWAL_DECIDED = "renewal_decided"                # {"renew": bool, "stop_date": "YYYY-MM-DD" | None}
RENEWAL_APPROVED = "renewal_approved"              # {"case_id", "old_issued", "old_expiry", "new_issued", "new_expiry"}
CHANGE_APPROVED = "change_approved"                # {"case_id", "change_kind", "changes": {field: [old, new]}}

ACTIVE_CASE = ("open", "submitted", "correction")
WITH_AUTHORITY = ("submitted", "correction")
ENDED_CASE = ("approved", "closed")
ACTIVE_OR_ENDED = (*ACTIVE_CASE, *ENDED_CASE)

STOPPING_NOTE = ("未在法定期限内申请续期：许可证于 {expiry} 到期终止，到期后继续经营属擅自经营"
                 "（《电信条例》第六十九条：责令改正、没收违法所得、罚款）。要继续经营，须在到期前重新申请许可"
                 "（从申请到取得约 4–6 个月，S4）；不再经营的，报告停止经营并做好用户善后（办法；S0 §三）。")
ENDED_NOTE = ("许可证已于 {expiry} 到期终止（未在法定期限内申请续期）。继续经营属擅自经营（《电信条例》第六十九条："
              "责令改正、没收违法所得、罚款）：在重新取得许可（约 4–6 个月，S4）之前不得经营；不再经营的，"
              "报告停止经营并做好用户善后（办法；S0 §三）。")
LATE_SUBMISSION_NOTE = ("在法定最后一日 {legal} 之后才提交：发证机关可能不予受理（《电信业务经营许可管理办法》"
                        "第二十七条）。")
UNDECIDED_NOTE = ("有效期届满前发证机关仍未作出决定的，视为准予延续（《行政许可法》第五十条）；"
                  "取得新证后请登记批准结果。")
LATE_CORRECTION_NOTE = ("离有效期至 {expiry} 已不足 {days} 日：此时补正可能来不及，有不予续期的风险（S2）。")
CORRECTION_DEFAULT_NOTE = "补正通知未注明期限：按{what}安排。"
CORRECTION_SOURCE = "《电信条例》第十四条；S2：材料不齐全的，发证机关一次告知补正；补正期限以通知为准"


class HistoryEvent(NamedTuple):
    """One step in a license's history, as far as obligations need it."""

    kind: str
    day: date
    detail: Mapping


class Correction(NamedTuple):
    notice_date: date
    reply_by: date | None = None
    resubmitted_on: date | None = None


class CaseFacts(NamedTuple):
    """A procedure of the license, as far as obligations need it."""

    id: int
    procedure: str
    status: str                       # open | submitted | correction | approved | closed | cancelled | withdrawn
    change_kind: str | None = None
    trigger_date: date | None = None  # a change's decision/registration day; a cancellation's stop day
    submitted_on: date | None = None  # the first submission
    closed_on: date | None = None
    corrections: tuple[Correction, ...] = ()
    old_expiry: date | None = None    # an approved renewal: the 有效期至 it replaced


class Obligation(NamedTuple):
    key: str                 # stable: "renewal:2027-03-14", "annual_report:2027", "change:12", ...
    kind: str                # one of KINDS
    year: int | None         # the filing year of an annual report
    title: str
    due: date                # the legal day
    act_by: date             # the last working day on or before it
    state: str
    estimated: bool
    source: str
    case: int | None = None
    note: str = ""
    until: date | None = None    # an annual report's last day of 限期补报
    opens: date | None = None    # an annual report's first day of filing
    wording: Wording | None = None   # what ``title`` says, for the interface to say in its language

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    def days_left(self, today: date) -> int:
        return (self.act_by - today).days


class Milestone(NamedTuple):
    """A planning date before the renewal (not an obligation: missing it has no consequence)."""

    key: str                 # prepare_from | renewal_safe_date
    title: str
    day: date
    estimated: bool
    source: str
    wording: Wording | None = None

    def days_left(self, today: date) -> int:
        return (self.day - today).days


class LicenseObligations(NamedTuple):
    items: tuple[Obligation, ...]        # every obligation, done ones too, by act-by day
    milestones: tuple[Milestone, ...]
    ended_on: date | None                # the day the license ended early (注销 done)
    not_renewing: bool                   # the company decided not to renew

    def open_items(self) -> list[Obligation]:
        return [o for o in self.items if o.state in OPEN_STATES]

    def annual_reports(self) -> list[Obligation]:
        return [o for o in self.items if o.kind == "annual_report"]

    def find(self, key: str) -> Obligation | None:
        return next((o for o in self.items if o.key == key), None)

    def for_case(self, case_id: int) -> list[Obligation]:
        return [o for o in self.items if o.case == case_id]

    def next_action(self, today: date) -> Obligation | Milestone:
        """The next thing to do (RULES.md §4): an overdue or missed one first (a missed
        expiry or renewal before the rest), else the earliest pending one, or a planning
        milestone that comes before it; with nothing open, the license's expiry."""
        urgent = [o for o in self.items
                  if o.state == OVERDUE or (o.state == MISSED and o.kind in _URGENT_WHEN_MISSED)]
        if urgent:
            return min(urgent, key=lambda o: (_URGENT_WHEN_MISSED.get(o.kind, 9) if o.state == MISSED else 9,
                                              o.act_by, o.key))
        pending = [o for o in self.items if o.state == PENDING]
        first = min(pending, key=lambda o: (o.act_by, o.key)) if pending else None
        early = [m for m in self.milestones if m.day >= today and (first is None or m.day < first.act_by)]
        if early:
            return min(early, key=lambda m: (m.day, m.key))
        if first is not None:
            return first
        expiry = [o for o in self.items if o.kind == "expiry"]
        return expiry[-1] if expiry else self.items[-1]

    def through(self, today: date) -> date:
        """The last day from ``today`` on that every state, and so the next action, stays as
        it is: states change only on the day after one of the dates compared with today."""
        days = [d for o in self.items for d in (o.act_by, o.due, o.until) if d is not None and d >= today]
        days += [m.day for m in self.milestones if m.day >= today]
        return min(days, default=today + timedelta(days=366))


_URGENT_WHEN_MISSED = {"expiry": 0, "renewal": 1, "cancellation": 2}
# The words of the values of a change's title that are keys (app.domain.titles).
CHANGE_TERMS = {"change": {kind: label for kind, (label, _trigger) in CHANGE_KINDS.items()},
                "trigger": TRIGGER_LABELS}


@lru_cache(maxsize=8192)
def _titled(key: str, **values: object) -> tuple[str, Wording]:
    """A title in Chinese, and its wording: the same for the same values, which thousands of
    licenses share (a year's report, the lead days), so each is made once."""
    said = wording(key, **values)
    return worded(said, terms=CHANGE_TERMS), said


def is_met(state: str) -> bool:
    """Whether the company has done its part (nothing left for it to do)."""
    return state in (SUBMITTED, DONE)


# ---------------------------------------------------------------------------- the function
def obligations_of(*, issued: date, expiry: date, events: Iterable[HistoryEvent] = (),
                   cases: Iterable[CaseFacts] = (), calendar: WorkdayCalendar, today: date,
                   rules: DeadlineRules | None = None) -> LicenseObligations:
    """Every obligation of one license on ``today``.

    ``issued``/``expiry``: the current certificate's 发证日期 and 有效期至; ``events``: its
    history (any order); ``cases``: its procedures (any status).
    """
    rules = rules or default_rules()
    story = _read(issued, events, cases)
    renewal_case, cancellation_case, decision = story.renewal_case, story.cancellation_case, story.decision
    ended_on = None
    if cancellation_case is not None and cancellation_case.status in ENDED_CASE:
        ended_on = cancellation_case.closed_on or expiry
    renewal_with_authority = renewal_case is not None and renewal_case.status in WITH_AUTHORITY
    not_renewing = not renewal_with_authority and (
        (decision is not None and not decision.detail.get("renew", True)) or cancellation_case is not None)
    legal = expiry - timedelta(days=rules.renewal_notice_days)

    items: list[Obligation] = []
    renewal = None
    if ended_on is None and not not_renewing:
        renewal = _renewal(expiry=expiry, legal=legal, case=renewal_case, decided=decision is not None,
                           calendar=calendar, today=today, rules=rules)
        items.append(renewal)
    items += _previous_renewals(story.approved_renewals, calendar=calendar, rules=rules)
    milestones = ()
    if renewal is not None and renewal.state in (PENDING, OVERDUE):
        milestones = _milestones(expiry, calendar=calendar, rules=rules)
    if not_renewing or cancellation_case is not None:
        items.append(_cancellation(expiry=expiry, case=cancellation_case, decision=decision, calendar=calendar,
                                   today=today, rules=rules))
    items.append(_expiry(expiry=expiry, renewal=renewal, not_renewing=not_renewing, ended_on=ended_on,
                         today=today, rules=rules))
    presumed = (renewal_with_authority and today > expiry and renewal_case.submitted_on is not None
                and renewal_case.submitted_on <= legal)
    in_force_until = _in_force_until(expiry=expiry, ended_on=ended_on, presumed_renewed=presumed, rules=rules)
    items += _annual_reports(start=story.start, end=in_force_until, filed=story.filed_years, calendar=calendar,
                             today=today, rules=rules)
    for case in story.changes:
        change = _change(case, calendar=calendar, today=today, rules=rules)
        if change is not None:
            items.append(change)
    for case in story.corrected:
        items += _corrections(case, expiry=expiry, calendar=calendar, today=today, rules=rules)
    items.sort(key=_BY_ACT_BY_AND_KEY)
    return LicenseObligations(tuple(items), milestones, ended_on, not_renewing)


class _Story(NamedTuple):
    """What a license's history and cases say, read in one pass over each."""

    start: date                          # the earliest 发证日期 of its terms
    filed_years: frozenset[int]          # annual reports filed (or confirmed filed at registration)
    decision: HistoryEvent | None        # the latest decision whether to renew
    renewal_case: CaseFacts | None       # the renewal under way (open, submitted, under 补正)
    cancellation_case: CaseFacts | None  # the cancellation under way or done
    approved_renewals: tuple[CaseFacts, ...]
    changes: tuple[CaseFacts, ...]       # not withdrawn or cancelled
    corrected: tuple[CaseFacts, ...]     # cases with 补正 notices


def _read(issued: date, events: Iterable[HistoryEvent], cases: Iterable[CaseFacts]) -> _Story:
    start, filed, decision = issued, set(), None
    for event in sorted(events, key=_BY_DAY):
        kind, detail = event.kind, event.detail
        if kind == ANNUAL_REPORT_FILED:
            if isinstance(detail.get("year"), int):
                filed.add(detail["year"])
        elif kind == PAST_REPORTS_CONFIRMED:
            if detail.get("filed"):
                filed.update(year for year in detail.get("years", ()) if isinstance(year, int))
        elif kind == RENEWAL_DECIDED:
            decision = event
        elif kind == RENEWAL_APPROVED and detail.get("old_issued"):
            start = min(start, date.fromisoformat(detail["old_issued"]))
    renewal_case = cancellation_case = None
    approved, changes, corrected = [], [], []
    for case in sorted(cases, key=_BY_ID):
        procedure, status = case.procedure, case.status
        if procedure == "renewal":
            if status in ACTIVE_CASE:
                renewal_case = case
            elif status == "approved" and case.old_expiry is not None:
                approved.append(case)
        elif procedure == "cancellation" and status in ACTIVE_OR_ENDED:
            cancellation_case = case
        elif procedure == "change" and status not in ("withdrawn", "cancelled"):
            changes.append(case)
        if case.corrections:
            corrected.append(case)
    return _Story(start, frozenset(filed), decision, renewal_case, cancellation_case, tuple(approved),
                  tuple(changes), tuple(corrected))


_BY_DAY = itemgetter(1)                 # HistoryEvent.day
_BY_ID = itemgetter(0)                  # CaseFacts.id
_BY_ACT_BY_AND_KEY = itemgetter(5, 0)   # Obligation.act_by, Obligation.key


def _state_by_date(today: date, *, act_by: date, possible_until: date | None) -> str:
    """pending until the act-by day, overdue while still possible, missed after."""
    if today <= act_by:
        return PENDING
    if possible_until is None or today <= possible_until:
        return OVERDUE
    return MISSED


# ---------------------------------------------------------------------------- renewal
def _renewal(*, expiry: date, legal: date, case: CaseFacts | None, decided: bool, calendar: WorkdayCalendar,
             today: date, rules: DeadlineRules) -> Obligation:
    act_by, estimated = calendar.last_workday_on_or_before(legal)
    note = ""
    if case is not None and case.status in WITH_AUTHORITY:
        state = SUBMITTED
        if case.submitted_on is not None and case.submitted_on > legal:
            note = LATE_SUBMISSION_NOTE.format(legal=legal.isoformat())
        if today > expiry:
            note = (note + UNDECIDED_NOTE) if note else UNDECIDED_NOTE
    else:
        state = _state_by_date(today, act_by=act_by, possible_until=legal)
        if state == MISSED:
            note = (STOPPING_NOTE if today <= expiry else ENDED_NOTE).format(expiry=expiry.isoformat())
    title, said = _titled("renewal_or_stop" if case is None and not decided else "renewal",
                          expiry=expiry.isoformat(), days=rules.renewal_notice_days)
    return Obligation(f"renewal:{expiry.isoformat()}", "renewal", None, title, legal, act_by, state, estimated,
                      rules.sources["renewal_legal"], case.id if case else None, note, wording=said)


def _previous_renewals(approved: Sequence[CaseFacts], *, calendar: WorkdayCalendar, rules: DeadlineRules) -> list[Obligation]:
    """The renewals of the terms that ended, done (the approved renewal cases)."""
    done = []
    for case in approved:
        legal = case.old_expiry - timedelta(days=rules.renewal_notice_days)
        act_by, estimated = calendar.last_workday_on_or_before(legal)
        title, said = _titled("renewal_done", expiry=case.old_expiry.isoformat())
        done.append(Obligation(
            f"renewal:{case.old_expiry.isoformat()}", "renewal", None, title, legal, act_by, DONE, estimated,
            rules.sources["renewal_legal"], case.id, wording=said))
    return done


def _milestones(expiry: date, *, calendar: WorkdayCalendar, rules: DeadlineRules) -> tuple[Milestone, ...]:
    safe = calendar.nth_workday_before(expiry, rules.renewal_safe_working_days)
    prepare, prepare_said = _titled("prepare_from", days=rules.renewal_prepare_days)
    safe_title, safe_said = _titled("renewal_safe_date", days=rules.renewal_safe_working_days)
    return (
        Milestone("prepare_from", prepare, expiry - timedelta(days=rules.renewal_prepare_days), False,
                  rules.sources["renewal_prepare"], prepare_said),
        Milestone("renewal_safe_date", safe_title, safe.date, safe.estimated, rules.sources["renewal_safe"], safe_said),
    )


# ---------------------------------------------------------------------------- end of the license
def _cancellation(*, expiry: date, case: CaseFacts | None, decision: HistoryEvent | None, calendar: WorkdayCalendar,
                  today: date, rules: DeadlineRules) -> Obligation:
    stop = expiry
    if case is not None and case.trigger_date is not None:
        stop = case.trigger_date
    elif decision is not None and decision.detail.get("stop_date"):
        stop = date.fromisoformat(decision.detail["stop_date"])
    due = stop - timedelta(days=rules.cancellation_notice_days)
    act_by, estimated = calendar.last_workday_on_or_before(due)
    if case is not None and case.status in ENDED_CASE:
        state = DONE
    elif case is not None and case.status in WITH_AUTHORITY:
        state = SUBMITTED
    else:
        state = _state_by_date(today, act_by=act_by, possible_until=None)
    title, said = _titled("cancellation", stop=stop.isoformat(), days=rules.cancellation_notice_days)
    return Obligation("cancellation", "cancellation", None, title, due, act_by, state, estimated,
                      rules.sources["cancellation"], case.id if case else None, wording=said)


def _expiry(*, expiry: date, renewal: Obligation | None, not_renewing: bool, ended_on: date | None,
            today: date, rules: DeadlineRules) -> Obligation:
    note = ""
    if ended_on is not None:
        state, note = DONE, f"许可证已于 {ended_on.isoformat()} 注销。"
    elif renewal is not None and renewal.state == SUBMITTED:
        state = SUBMITTED
        if today > expiry:
            note = UNDECIDED_NOTE
    elif not_renewing:
        state = PENDING if today <= expiry else DONE
        note = "公司已决定不再续期：许可证到期终止，到期前做好用户善后。"
    elif renewal is not None and renewal.state == MISSED:
        state = PENDING if today <= expiry else MISSED
        note = (STOPPING_NOTE if state == PENDING else ENDED_NOTE).format(expiry=expiry.isoformat())
    else:
        state = PENDING
    title, said = _titled("expiry")
    return Obligation(f"expiry:{expiry.isoformat()}", "expiry", None, title, expiry, expiry,
                      state, False, rules.sources["expiry"], None, note, wording=said)


def _in_force_until(*, expiry: date, ended_on: date | None, presumed_renewed: bool,
                    rules: DeadlineRules) -> date:
    """The last day the license is in force, as far as annual reports go. Once the term has run
    out, a renewal submitted in time and not yet decided counts as granted (行政许可法 第五十条):
    the license goes on, for a term the new certificate will say (five years until then)."""
    if ended_on is not None:
        return min(ended_on, expiry)
    if presumed_renewed:
        return suggested_expiry(expiry, rules)
    return expiry


# ---------------------------------------------------------------------------- annual reports
def report_years(start: date, end: date) -> range:
    """The filing years owed by a license in force from ``start`` to ``end``: Y when it was in
    force on 31 December of Y−1 (办法 第三十五条)."""
    last = end.year + 1 if (end.month, end.day) == (12, 31) else end.year
    return range(start.year + 1, last + 1)


def _annual_reports(*, start: date, end: date, filed: frozenset[int], calendar: WorkdayCalendar,
                    today: date, rules: DeadlineRules) -> list[Obligation]:
    reports = _reports_of(calendar, rules)
    items = []
    for year in report_years(start, end):
        pending = reports.get((year, PENDING)) or _report(reports, year, calendar=calendar, rules=rules)
        if year in filed:
            state = DONE
        else:
            state = _state_by_date(today, act_by=pending.act_by, possible_until=pending.until)
        items.append(pending if state == PENDING else reports[year, state])
    return items


# A year's report is the same obligation for every license, in each state: made once per
# calendar (which may differ by the schedules entered) and shared. A license's reports are then
# looked up rather than made, which is most of the work when thousands are computed at once.
_REPORTS: WeakKeyDictionary[WorkdayCalendar, dict] = WeakKeyDictionary()
REPORT_NOTES = {DONE: "已记录为已报送", OVERDUE: "已过截止日，{until} 前可限期补报",
                MISSED: "补报期已过：可能被列入电信业务经营不良名单"}


def _reports_of(calendar: WorkdayCalendar, rules: DeadlineRules) -> dict:
    # Keyed by the rules object itself (kept alive beside its reports): a frozen dataclass's
    # hash is recomputed from its fields at every look-up.
    by_rules = _REPORTS.setdefault(calendar, {})
    kept = by_rules.get(id(rules))
    if kept is None or kept[0] is not rules:
        kept = by_rules[id(rules)] = (rules, {})
    return kept[1]


def _report(reports: dict, year: int, *, calendar: WorkdayCalendar, rules: DeadlineRules) -> Obligation:
    """The year's report in every state, kept in ``reports``; the pending one returned."""
    due = date(year, *rules.annual_due)
    answer = calendar.last_workday_on_or_before(due)
    until = date(year, *rules.annual_grace_until)
    title, said = _titled("annual_report", year=year, reported=year - 1)
    pending = Obligation(f"annual_report:{year}", "annual_report", year, title, due,
                         answer.date, PENDING, answer.estimated, rules.sources["annual_report"], None, "", until,
                         date(year, *rules.annual_window_start), said)
    reports[year, PENDING] = pending
    for state, note in REPORT_NOTES.items():
        reports[year, state] = pending._replace(state=state, note=note.format(until=until.isoformat()))
    return pending


# ---------------------------------------------------------------------------- changes and 补正
def _change(case: CaseFacts, *, calendar: WorkdayCalendar, today: date, rules: DeadlineRules) -> Obligation | None:
    if case.change_kind not in CHANGE_KINDS or case.trigger_date is None:
        return None
    label, trigger_kind = CHANGE_KINDS[case.change_kind]
    due = case.trigger_date + timedelta(days=rules.change_days)
    act_by, estimated = calendar.last_workday_on_or_before(due)
    if case.status in ENDED_CASE:
        state = DONE
    elif case.status in WITH_AUTHORITY:
        state = SUBMITTED
    else:
        state = _state_by_date(today, act_by=act_by, possible_until=None)
    title, said = _titled("change", change=case.change_kind, trigger=trigger_kind, day=case.trigger_date.isoformat(),
                          days=rules.change_days)
    note = "已过 30 日的期限：尽快申请，并说明迟延的原因。" if state == OVERDUE else ""
    return Obligation(f"change:{case.id}", "change", None, title, due, act_by, state, estimated,
                      rules.sources[f"change_{trigger_kind}"], case.id, note, wording=said)


def _corrections(case: CaseFacts, *, expiry: date, calendar: WorkdayCalendar, today: date,
                 rules: DeadlineRules) -> list[Obligation]:
    items = []
    for number, correction in enumerate(case.corrections, start=1):
        due, note = correction_due(correction, procedure=case.procedure, expiry=expiry, rules=rules)
        act_by, estimated = calendar.last_workday_on_or_before(due)
        if correction.resubmitted_on is not None:
            state = DONE
        elif case.status == "correction" and number == len(case.corrections):
            state = _state_by_date(today, act_by=act_by, possible_until=None)
        else:
            continue        # a notice the case moved past without a recorded reply (withdrawn, decided)
        title, said = _titled("correction", notice=correction.notice_date.isoformat())
        items.append(Obligation(f"correction:{case.id}:{number}", "correction", None, title, due, act_by,
                                state, estimated, CORRECTION_SOURCE, case.id, note, wording=said))
    return items


def correction_due(correction: Correction, *, procedure: str, expiry: date,
                   rules: DeadlineRules | None = None) -> tuple[date, str]:
    """The day to reply to a 补正 notice by, and a note: the notice's date if it gives one;
    otherwise, for a renewal, 30 days before expiry (S2's line; the day before expiry when the
    notice comes later than that), for other procedures 30 days from the notice."""
    rules = rules or default_rules()
    late_line = expiry - timedelta(days=rules.renewal_late_correction_days)
    notes = []
    if correction.reply_by is not None:
        due = correction.reply_by
    elif procedure == "renewal":
        due = late_line if late_line > correction.notice_date else expiry - timedelta(days=1)
        notes.append(CORRECTION_DEFAULT_NOTE.format(what=f"到期前 {rules.renewal_late_correction_days} 日"))
    else:
        due = correction.notice_date + timedelta(days=30)
        notes.append(CORRECTION_DEFAULT_NOTE.format(what="通知之日起 30 日"))
    if procedure == "renewal" and due > late_line:
        notes.append(LATE_CORRECTION_NOTE.format(expiry=expiry.isoformat(), days=rules.renewal_late_correction_days))
    return due, "".join(notes)


# ---------------------------------------------------------------------------- as a dated line
def as_deadline(action: Obligation | Milestone) -> Deadline:
    """An obligation or milestone as the dated line the dashboard keeps and shows: dated by the
    day to act by, its label naming the legal day when that is later."""
    if isinstance(action, Milestone):
        return Deadline(action.key, action.title, action.day, action.source, action.estimated, False,
                        wording=action.wording)
    label, said = action.title, action.wording
    if action.act_by != action.due:
        label += ACT_BY_NOTE.format(due=action.due.isoformat(), weekday=weekday(action.due),
                                    act_by=action.act_by.isoformat())
        if said is not None:
            said = Wording(said.key, (*said.values, ("legal_day", action.due.isoformat())))
    return Deadline(action.key, label, action.act_by, action.source, action.estimated, True, action.year,
                    action.state, said)


class History(NamedTuple):
    """What happened to a license: its events and its cases, as ``obligations_of`` takes them."""

    events: tuple[HistoryEvent, ...] = ()
    cases: tuple[CaseFacts, ...] = ()
