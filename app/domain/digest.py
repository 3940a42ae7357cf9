"""What a day's notice says, and the once-only rule that keeps it from saying it twice.

A reminder (app.domain.reminders) is at a *stage*: inside one of its license's lead times
("lead:90"), overdue but still possible ("overdue"), or missed ("missed"). A channel (a group
robot, or the desktop notice) is told of each stage of each obligation once: what it was told
is kept as ``SentKey(license, obligation key, stage)`` records, and a day's news is what has
reached a stage the channel has no record of. Moving on to a nearer lead time, or falling
overdue, is news again; the same stage the next day is not (a digest, not daily noise).

A failed send records nothing, so the same news is still news the next day.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from datetime import date
from typing import NamedTuple

from app.domain.reminders import Reminder

OVERDUE_STAGE = "overdue"
MISSED_STAGE = "missed"
LEAD_PREFIX = "lead:"
NOTE_KINDS = ("renewal", "expiry")     # what follows a missed renewal or an ended license is said


class SentKey(NamedTuple):
    """One stage of one obligation, as told to one channel."""

    license_id: int
    obligation: str          # the obligation's (or milestone's) stable key, Reminder.key
    stage: str               # "lead:N", "overdue" or "missed"


def stage_of(reminder: Reminder) -> str:
    if reminder.deadline.state == MISSED_STAGE:
        return MISSED_STAGE
    if reminder.overdue or reminder.lead_time is None:
        return OVERDUE_STAGE
    return f"{LEAD_PREFIX}{reminder.lead_time}"


def sent_key(reminder: Reminder) -> SentKey:
    return SentKey(int(reminder.license.id or 0), reminder.key, stage_of(reminder))


def news(reminders: Iterable[Reminder], *, told: Collection[SentKey],
         covers: Callable[[int], bool] = lambda _license_id: True) -> list[Reminder]:
    """The reminders of the licenses a channel ``covers`` whose stage it has not been ``told`` of."""
    return [r for r in reminders if r.license.id is not None and covers(r.license.id)
            and sent_key(r) not in told]


class DigestLine(NamedTuple):
    key: SentKey
    number: str
    company: str
    what: str                # what to do (the obligation's label)
    act_by: date             # the day to act by
    days_left: int           # negative: days overdue
    lead_time: int | None
    state: str               # pending / overdue / missed (the obligation's)
    estimated: bool
    open_until: date | None  # overdue: the last day it can still be done
    note: str                # what follows a missed renewal or an ended license
    hard: bool = True        # an obligation (False: a planning date)
    kind: str = ""           # the obligation's kind (renewal, annual_report, expiry, ...)

    @property
    def late(self) -> bool:
        return self.key.stage in (OVERDUE_STAGE, MISSED_STAGE)


class Digest(NamedTuple):
    """One channel's news of one day: what entered a lead time, and what is overdue or missed."""

    today: date
    entered: tuple[DigestLine, ...]
    late: tuple[DigestLine, ...]

    @property
    def lines(self) -> tuple[DigestLine, ...]:
        return self.late + self.entered

    @property
    def keys(self) -> list[SentKey]:
        return [line.key for line in self.lines]

    def __bool__(self) -> bool:
        return bool(self.entered or self.late)


def digest_of(reminders: Iterable[Reminder], *, today: date) -> Digest:
    """The digest of ``reminders`` (a day's news), the overdue and missed first, each part by
    the day to act by, then license number."""
    lines = sorted((line_of(r) for r in reminders), key=lambda line: (line.act_by, line.number, line.key.obligation))
    return Digest(today, tuple(line for line in lines if not line.late), tuple(line for line in lines if line.late))


def line_of(reminder: Reminder) -> DigestLine:
    key = sent_key(reminder)
    note = reminder.note if key.stage == MISSED_STAGE and reminder.kind in NOTE_KINDS else ""
    return DigestLine(key, reminder.license.number, reminder.license.company, reminder.deadline.label,
                      reminder.date, reminder.days_left, reminder.lead_time, reminder.deadline.state,
                      reminder.estimated, reminder.open_until, note, reminder.deadline.hard,
                      reminder.kind)


# ------------------------------------------------------------------ the words of a line
def when_text(line: DigestLine) -> str:
    """How far off the act-by day is, in the words of the reminders list."""
    if line.key.stage == MISSED_STAGE and line.key.obligation.startswith("expiry"):
        return f"已于 {line.act_by.isoformat()} 到期（已过 {-line.days_left} 天）"
    if line.key.stage == MISSED_STAGE:
        until = f"，{line.open_until.isoformat()} 到期后不得继续经营" if line.open_until else ""
        return f"已错过（已过 {-line.days_left} 天）{until}"
    if line.late and line.open_until is not None and line.kind == "annual_report":
        return f"已逾期 {-line.days_left} 天，{line.open_until.isoformat()} 前可限期补报"
    if line.late:
        return f"已逾期 {-line.days_left} 天，仍可补办"
    if line.days_left == 0:
        return "就是今天"
    return f"还有 {line.days_left} 天（提前 {line.lead_time} 天提醒）"


def day_label(line: DigestLine) -> str:
    """What the line's day is: the day to act by, the expiry itself, or a planning date."""
    if line.kind == "expiry":
        return "到期日"
    return "办理截止" if line.hard else "日期"


def heading(digest: Digest) -> str:
    parts = []
    if digest.late:
        parts.append(f"{len(digest.late)} 项已逾期或已错过")
    if digest.entered:
        parts.append(f"{len(digest.entered)} 项进入提醒期")
    return f"许可证管家提醒（{digest.today.isoformat()}）：" + "，".join(parts)


ENTERED_TITLE = "进入提醒期"
LATE_TITLE = "已逾期 / 已错过"
FOOTER = "每项在每个提醒阶段只发一次。详情见许可证管家。"
