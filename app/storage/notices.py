"""Group robots, the licenses each covers, and the record of what each channel was told.

The rows only: where a robot's address and secret are kept (the system's credential store,
or here) is app.operations.robot_secrets's business.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import NamedTuple

from app.domain.digest import SentKey
from app.storage.database import Store
from app.storage.licenses import now_text


class RobotRow(NamedTuple):
    id: int
    kind: str
    name: str
    host: str
    address_shown: str
    all_licenses: bool
    license_ids: tuple[int, ...]      # when not all_licenses
    secret_ref: str
    secret_place: str                 # "keyring" or "database"
    credential: str | None            # the JSON of address and secret, when kept here
    last_attempt_on: date | None
    last_attempt_at: str | None
    last_ok: bool | None
    last_message: str
    last_sent_count: int

    def covers(self, license_id: int) -> bool:
        return self.all_licenses or license_id in self.license_ids


def robot_channel(robot_id: int) -> str:
    return f"robot:{robot_id}"


DESKTOP_CHANNEL = "desktop"


def all_robots(store: Store) -> list[RobotRow]:
    covered: dict[int, list[int]] = {}
    for row in store.query("SELECT robot_id, license_id FROM robot_licenses ORDER BY license_id"):
        covered.setdefault(row["robot_id"], []).append(row["license_id"])
    return [_robot(row, covered.get(row["id"], [])) for row in store.query("SELECT * FROM robots ORDER BY id")]


def get_robot(store: Store, robot_id: int) -> RobotRow | None:
    return next((robot for robot in all_robots(store) if robot.id == robot_id), None)


def _robot(row, license_ids: list[int]) -> RobotRow:
    attempt = row["last_attempt_on"]
    return RobotRow(row["id"], row["kind"], row["name"], row["host"], row["address_shown"],
                    bool(row["all_licenses"]), tuple(license_ids), row["secret_ref"], row["secret_place"],
                    row["credential"], date.fromisoformat(attempt) if attempt else None, row["last_attempt_at"],
                    None if row["last_ok"] is None else bool(row["last_ok"]), row["last_message"] or "",
                    row["last_sent_count"] or 0)


def add_robot(store: Store, *, kind: str, name: str, host: str, address_shown: str,
              license_ids: Iterable[int] | None, secret_ref: str, secret_place: str,
              credential: str | None) -> int:
    """``license_ids`` None: every license, those added later too."""
    with store.transaction() as db:
        cursor = db.execute(
            "INSERT INTO robots (kind, name, host, address_shown, all_licenses, secret_ref, secret_place, "
            "credential, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (kind, name, host, address_shown, int(license_ids is None), secret_ref, secret_place, credential,
             now_text()))
        robot_id = cursor.lastrowid
        _set_licenses(db, robot_id, license_ids)
    return robot_id


def update_robot(store: Store, robot_id: int, *, name: str, host: str, address_shown: str,
                 license_ids: Iterable[int] | None, secret_place: str, credential: str | None) -> None:
    with store.transaction() as db:
        db.execute("UPDATE robots SET name = ?, host = ?, address_shown = ?, all_licenses = ?, secret_place = ?, "
                   "credential = ?, last_attempt_on = NULL, last_ok = NULL, last_message = '' WHERE id = ?",
                   (name, host, address_shown, int(license_ids is None), secret_place, credential, robot_id))
        db.execute("DELETE FROM robot_licenses WHERE robot_id = ?", (robot_id,))
        _set_licenses(db, robot_id, license_ids)


def _set_licenses(db, robot_id: int, license_ids: Iterable[int] | None) -> None:
    for license_id in sorted(set(license_ids or ())):
        db.execute("INSERT INTO robot_licenses (robot_id, license_id) VALUES (?, ?)", (robot_id, license_id))


def remove_robot(store: Store, robot_id: int) -> bool:
    """Removes the robot, what it covered and the record of what it was told."""
    with store.transaction() as db:
        db.execute("DELETE FROM notices_sent WHERE channel = ?", (robot_channel(robot_id),))
        db.execute("DELETE FROM robot_licenses WHERE robot_id = ?", (robot_id,))
        return db.execute("DELETE FROM robots WHERE id = ?", (robot_id,)).rowcount > 0


def record_attempt(store: Store, robot_id: int, *, on: date, ok: bool, message: str, sent_count: int) -> None:
    with store.transaction() as db:
        db.execute("UPDATE robots SET last_attempt_on = ?, last_attempt_at = ?, last_ok = ?, last_message = ?, "
                   "last_sent_count = ? WHERE id = ?",
                   (on.isoformat(), now_text(), int(ok), message, sent_count, robot_id))


# ------------------------------------------------------------------ what was told
def told(store: Store, channel: str) -> set[SentKey]:
    return {SentKey(row["license_id"], row["obligation"], row["stage"]) for row in store.query(
        "SELECT license_id, obligation, stage FROM notices_sent WHERE channel = ?", (channel,))}


def record_told(store: Store, channel: str, keys: Iterable[SentKey], *, on: date) -> None:
    """Each key once: a key already recorded stays as it was (INSERT OR IGNORE)."""
    stamp = datetime.now().isoformat(timespec="seconds")
    with store.transaction() as conn:
        conn.executemany(
            "INSERT OR IGNORE INTO notices_sent (channel, license_id, obligation, stage, sent_on, sent_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(channel, key.license_id, key.obligation, key.stage, on.isoformat(), stamp) for key in keys])
