"""Group robots and the day's notices: what the GUI and the CLI both do.

- ``add_robot`` / ``update_robot`` / ``remove_robot`` / ``robots``: the robots, their licenses,
  their address and secret (app.operations.robot_secrets).
- ``send_digests``: once a day, each robot's digest of what is news to it (app.domain.digest),
  read from ``due_reminders``; what is delivered is recorded, part by part; a failure records
  nothing as told (so it is news again the next day) and is kept as the robot's last attempt,
  which the app shows. ``automatic=True`` (the app's daily check) tries a robot at most once
  a day; the command line tries whenever it is run.
- ``desktop_news`` / ``mark_desktop_told``: the same rule for the desktop notice.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import NamedTuple

from app.domain.digest import Digest, digest_of, news, sent_key
from app.domain.errors import FieldError, ValidationError
from app.domain.reminders import Reminder
from app.domain.text import shown
from app.notify import formats
from app.notify.formats import KIND_LABELS, Part, RobotAddress
from app.operations import robot_secrets
from app.operations.reminders import due_reminders
from app.operations.robot_secrets import Credential, SecretMissing
from app.storage import licenses as license_rows
from app.storage import notices
from app.storage.database import Store
from app.storage.notices import DESKTOP_CHANNEL, RobotRow, robot_channel

NOTHING_NEW = "没有新的提醒"
__all__ = ["KIND_LABELS", "RobotOutcome", "RobotRow", "add_robot", "desktop_news", "mark_desktop_told",
           "pending_digests", "remove_robot", "robots", "send_digests", "send_trial", "update_robot"]


class RobotOutcome(NamedTuple):
    robot: RobotRow
    digest: Digest
    parts: list[Part]
    sent: int                  # stages delivered (and recorded)
    problem: str               # "" when all was delivered (or there was nothing to send)
    skipped: bool = False      # an automatic check that had already tried this robot today

    @property
    def ok(self) -> bool:
        return not self.problem


Deliver = Callable[[formats.Request], object]      # returns app.notify.webhook.Delivery


# ------------------------------------------------------------------ the robots
def robots(store: Store) -> list[RobotRow]:
    return notices.all_robots(store)


def get_robot(store: Store, robot_id: int) -> RobotRow | None:
    return notices.get_robot(store, robot_id)


def license_ids_of(store: Store, numbers: Iterable[str] | None) -> list[int] | None:
    """The ids of the licenses numbered ``numbers`` (None: every license); ValidationError
    names the numbers not recorded."""
    if numbers is None:
        return None
    from app.operations import licenses as license_ops

    ids, unknown = [], []
    for number in numbers:
        found = license_ops.find_license(store, number)
        if found is None:
            unknown.append(shown(number))
        else:
            ids.append(found.id)
    if unknown:
        raise ValidationError(FieldError("license", "--license", "找不到编号为 " + "、".join(unknown)
                                         + " 的许可证（先用 list 查看已登记的编号）"))
    return ids


def add_robot(store: Store, *, kind: str, url: str, secret: str = "", license_ids: Iterable[int] | None = None,
              name: str = "") -> RobotRow:
    """Check and add a robot; ``license_ids`` None: it covers every license, later ones too."""
    address = formats.check_robot(kind, url, secret)
    covered = _checked_licenses(store, license_ids)
    secret_ref = uuid.uuid4().hex
    place, credential = robot_secrets.keep(secret_ref, Credential(address.url, address.secret))
    try:
        robot_id = notices.add_robot(store, kind=address.kind, name=_name(name, address),
                                     host=address.host, address_shown=formats.shown_address(address.url),
                                     license_ids=covered, secret_ref=secret_ref, secret_place=place,
                                     credential=credential)
    except BaseException:
        robot_secrets.forget(secret_ref=secret_ref, secret_place=place)
        raise
    return notices.get_robot(store, robot_id)


def update_robot(store: Store, robot_id: int, *, url: str, secret: str = "",
                 license_ids: Iterable[int] | None = None, name: str = "") -> RobotRow:
    """New address, secret, licenses or name; the record of what it was told stays."""
    robot = existing_robot(store, robot_id)
    address = formats.check_robot(robot.kind, url, secret)
    covered = _checked_licenses(store, license_ids)
    place, credential = robot_secrets.keep(robot.secret_ref, Credential(address.url, address.secret))
    notices.update_robot(store, robot_id, name=_name(name, address), host=address.host,
                         address_shown=formats.shown_address(address.url), license_ids=covered,
                         secret_place=place, credential=credential)
    if robot.secret_place == robot_secrets.KEYRING and place != robot_secrets.KEYRING:
        robot_secrets.forget(secret_ref=robot.secret_ref, secret_place=robot.secret_place)
    return notices.get_robot(store, robot_id)


def remove_robot(store: Store, robot_id: int) -> RobotRow:
    robot = existing_robot(store, robot_id)
    notices.remove_robot(store, robot_id)
    robot_secrets.forget(secret_ref=robot.secret_ref, secret_place=robot.secret_place)
    return robot


def credential_of(robot: RobotRow) -> Credential:
    return robot_secrets.read(secret_ref=robot.secret_ref, secret_place=robot.secret_place,
                              credential=robot.credential)


def existing_robot(store: Store, robot_id: int) -> RobotRow:
    robot = notices.get_robot(store, robot_id)
    if robot is None:
        raise ValidationError(FieldError("id", "--id", f"没有编号为 {robot_id} 的机器人（用 notify list 查看）"))
    return robot


def _checked_licenses(store: Store, license_ids: Iterable[int] | None) -> list[int] | None:
    if license_ids is None:
        return None
    ids = sorted(set(license_ids))
    known = {license.id for license in license_rows.all_licenses(store)}
    if not ids:
        raise ValidationError(FieldError("license", "许可证", "至少选一张许可证，或选“全部许可证”"))
    if set(ids) - known:
        raise ValidationError(FieldError("license", "许可证", "所选的许可证已不存在"))
    return ids


def _name(name: str, address: RobotAddress) -> str:
    name = " ".join(str(name or "").split())[:40]
    return name or f"{KIND_LABELS[address.kind]}群"


def licenses(store: Store) -> list:
    """Every license a robot may cover (for the robot dialog's list)."""
    return license_rows.all_licenses(store)


def covered_numbers(store: Store, robot: RobotRow) -> list[str]:
    if robot.all_licenses:
        return []
    numbers = {license.id: license.number for license in license_rows.all_licenses(store)}
    return [numbers[i] for i in robot.license_ids if i in numbers]


# ------------------------------------------------------------------ the day's digests
def pending_digests(store: Store, today: date, *, reminders: list[Reminder] | None = None
                    ) -> list[tuple[RobotRow, Digest]]:
    """Each robot with its digest of ``today``: what is news to it (may be empty)."""
    reminders = due_reminders(store, today) if reminders is None else reminders
    return [(robot, digest_of(news(reminders, told=notices.told(store, robot_channel(robot.id)),
                                   covers=robot.covers), today=today))
            for robot in notices.all_robots(store)]


def send_digests(store: Store, today: date, *, automatic: bool = False, deliver: Deliver | None = None,
                 now: Callable[[], float] = time.time) -> list[RobotOutcome]:
    """Send each robot its digest of ``today`` and record what was delivered."""
    found = notices.all_robots(store)
    if not found:
        return []
    if deliver is None:
        from app.notify.webhook import deliver
    outcomes = []
    for robot, digest in pending_digests(store, today):
        if automatic and robot.last_attempt_on == today:
            outcomes.append(RobotOutcome(robot, digest, [], 0, "", skipped=True))
            continue
        outcomes.append(_send_one(store, robot, digest, deliver=deliver, now=now))
    return outcomes


def _send_one(store: Store, robot: RobotRow, digest: Digest, *, deliver: Deliver,
              now: Callable[[], float]) -> RobotOutcome:
    parts = formats.digest_messages(robot.kind, digest) if digest else []
    if not parts:
        notices.record_attempt(store, robot.id, on=digest.today, ok=True, message=NOTHING_NEW, sent_count=0)
        return RobotOutcome(robot, digest, [], 0, "")
    try:
        credential = credential_of(robot)
    except SecretMissing as error:
        notices.record_attempt(store, robot.id, on=digest.today, ok=False, message=str(error), sent_count=0)
        return RobotOutcome(robot, digest, parts, 0, str(error))
    address = RobotAddress(robot.kind, credential.url, credential.secret, robot.host)
    sent, problem = 0, ""
    for part in parts:
        delivery = deliver(formats.request_for(address, part.message, now=now()))
        if not delivery.ok:
            problem = delivery.problem
            break
        notices.record_told(store, robot_channel(robot.id), part.keys, on=digest.today)
        sent += len(part.keys)
    if problem and sent:
        problem += f"（已发出 {sent} 项，其余 {len(digest.keys) - sent} 项明天再试）"
    message = problem or f"已发送 {sent} 项"
    notices.record_attempt(store, robot.id, on=digest.today, ok=not problem, message=message, sent_count=sent)
    return RobotOutcome(robot, digest, parts, sent, problem)


def send_trial(store: Store, robot_id: int, *, deliver: Deliver | None = None,
               now: Callable[[], float] = time.time) -> object:
    """A test message to one robot; returns the Delivery (nothing is recorded)."""
    robot = existing_robot(store, robot_id)
    return send_trial_to(robot.kind, credential_of(robot), host=robot.host, deliver=deliver, now=now)


def send_trial_to(kind: str, credential: Credential, *, host: str, deliver: Deliver | None = None,
                  now: Callable[[], float] = time.time) -> object:
    """A test message to an address not saved yet (the robot dialog's 发送测试消息)."""
    if deliver is None:
        from app.notify.webhook import deliver
    stamp = datetime.fromtimestamp(now()).strftime("%Y-%m-%d %H:%M")
    message = formats.trial_message(kind, sent_at=stamp)
    return deliver(formats.request_for(RobotAddress(kind, credential.url, credential.secret, host), message,
                                       now=now()))


def has_robots(store: Store) -> bool:
    return bool(store.query("SELECT 1 FROM robots LIMIT 1"))


def failures(store: Store) -> list[RobotRow]:
    """The robots whose last attempt failed (shown until one succeeds)."""
    return [robot for robot in notices.all_robots(store) if robot.last_ok is False]


# ------------------------------------------------------------------ the desktop notice
def desktop_news(store: Store, today: date, *, reminders: list[Reminder] | None = None) -> list[Reminder]:
    """What entered a lead time or fell overdue since the desktop was last told."""
    reminders = due_reminders(store, today) if reminders is None else reminders
    return news(reminders, told=notices.told(store, DESKTOP_CHANNEL))


def mark_desktop_told(store: Store, reminders: Iterable[Reminder], today: date) -> None:
    keys = [sent_key(r) for r in reminders if r.license.id is not None]
    if keys:
        notices.record_told(store, DESKTOP_CHANNEL, keys, on=today)
