"""The day's digest and the once-only rule (app.domain.digest): plain Python, no network."""

from datetime import date, timedelta

from app.domain.digest import (
    MISSED_STAGE,
    OVERDUE_STAGE,
    SentKey,
    digest_of,
    heading,
    news,
    sent_key,
    stage_of,
    when_text,
)
from app.domain.license import License
from app.domain.obligations import obligations_of
from app.domain.reminders import collect_reminders
from app.domain.workdays import WorkdayCalendar


def license_(number="京B2-20190350", expiry=date(2027, 3, 14), license_id=1, **extra) -> License:
    return License(number=number, company="北京示例呼叫服务有限公司", scope="provincial",
                   issued=expiry.replace(year=expiry.year - 5) + timedelta(days=1), expiry=expiry,
                   id=license_id, **extra)


def reminders_on(today: date, *licenses: License):
    calendar = WorkdayCalendar()
    entries = [(lic, obligations_of(issued=lic.issued, expiry=lic.expiry, calendar=calendar, today=today))
               for lic in licenses]
    return collect_reminders(entries, today=today)


def renewal(reminders):
    return next(r for r in reminders if r.kind == "renewal")


def test_the_stage_is_the_lead_time_that_fired_or_overdue_or_missed():
    lic = license_()
    assert stage_of(renewal(reminders_on(date(2026, 11, 1), lic))) == "lead:90"
    assert stage_of(renewal(reminders_on(date(2026, 12, 1), lic))) == "lead:30"
    assert stage_of(renewal(reminders_on(date(2026, 12, 20), lic))) == MISSED_STAGE
    late_report = next(r for r in reminders_on(date(2026, 4, 10), lic) if r.kind == "annual_report")
    assert stage_of(late_report) == OVERDUE_STAGE


def test_each_stage_is_news_once_and_a_nearer_lead_time_is_news_again():
    lic = license_()
    told: set[SentKey] = set()
    first_day = date(2026, 11, 1)
    fresh = news(reminders_on(first_day, lic), told=told)
    assert fresh
    told |= {sent_key(r) for r in fresh}
    assert news(reminders_on(first_day, lic), told=told) == []              # the same day again
    assert news(reminders_on(first_day + timedelta(days=1), lic), told=told) == []    # no daily noise
    later = news(reminders_on(date(2026, 12, 1), lic), told=told)           # 30 days: a new stage
    assert [stage_of(r) for r in later if r.kind == "renewal"] == ["lead:30"]
    told |= {sent_key(r) for r in later}
    missed = news(reminders_on(date(2026, 12, 20), lic), told=told)
    assert [stage_of(r) for r in missed if r.kind == "renewal"] == [MISSED_STAGE]


def test_a_channel_hears_only_of_the_licenses_it_covers():
    first, second = license_(), license_("沪B2-20200712", date(2027, 1, 20), license_id=2)
    reminders = reminders_on(date(2026, 11, 1), first, second)
    only_second = news(reminders, told=set(), covers=lambda license_id: license_id == 2)
    assert only_second and {r.license.id for r in only_second} == {2}


def test_the_digest_puts_the_late_first_and_says_company_number_what_day_and_days_left():
    lic = license_()
    today = date(2026, 12, 20)
    digest = digest_of(reminders_on(today, lic), today=today)
    assert digest and digest.late and digest.entered
    missed = digest.late[0]
    assert (missed.number, missed.company) == ("京B2-20190350", "北京示例呼叫服务有限公司")
    assert missed.what.startswith("申请续期")
    assert missed.key.stage == MISSED_STAGE and missed.days_left < 0
    assert "已错过" in when_text(missed) and "2027-03-14 到期后不得继续经营" in when_text(missed)
    assert "擅自经营" in missed.note                     # what follows a missed renewal is said
    assert all(line.days_left >= 0 and line.key.stage.startswith("lead:") for line in digest.entered)
    assert "1 项已逾期或已错过" in heading(digest)
    assert digest.keys == [line.key for line in digest.lines]


def test_a_day_with_no_news_is_an_empty_digest():
    digest = digest_of([], today=date(2026, 1, 1))
    assert not digest and digest.keys == []


def test_when_text_counts_days_left_with_the_lead_time():
    lic = license_()
    today = date(2026, 12, 1)
    line = next(line for line in digest_of(reminders_on(today, lic), today=today).entered
                if line.key.obligation.startswith("renewal"))
    assert when_text(line) == f"还有 {line.days_left} 天（提前 30 天提醒）"
