"""The kinds of save the crash test performs, each with the check that its acknowledged saves
survived. To cover a new kind of save (an Excel import, say), add a SaveKind here: ``save``
does one committed save through app operations and returns the acknowledgement payload (or
None when there is nothing to do yet); ``check`` finds the acknowledged saves in the database.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

PROVINCES = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新"


@dataclass
class ChildState:
    """What one child process has saved so far (it edits only its own rows)."""

    store: object
    rng: random.Random
    child: int
    workdir: Path
    seq: int = 0
    licenses: list[tuple[int, str]] = field(default_factory=list)     # (id, number)
    cases: dict[int, list[int]] = field(default_factory=dict)          # license id -> item ids
    case_ids: dict[int, int] = field(default_factory=dict)             # license id -> its open case
    in_trash: list[tuple[tuple[int, str], list[int] | None, int | None]] = field(default_factory=list)

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq


def _license_input(number: str, note: str) -> dict:
    return {"number": number, "company": "崩溃测试呼叫服务有限公司", "scope": "provincial",
            "issued": "2022-03-15", "expiry": "2027-03-14", "special_terms": note}


def _seq_of(text: str | None) -> int:
    """The save counter written at the end of a text ("... #17" -> 17)."""
    if not text or "#" not in text:
        return -1
    return int(text.rsplit("#", 1)[1])


class SaveKind:
    name = ""
    weight = 1

    def save(self, state: ChildState) -> str | None:
        raise NotImplementedError

    def check(self, conn: sqlite3.Connection, payloads: list[str], *, db_path: Path) -> list[str]:
        raise NotImplementedError


class AddLicense(SaveKind):
    name, weight = "add_license", 4

    def save(self, state):
        from app.operations import licenses as license_ops

        seq = state.next_seq()
        number = f"{PROVINCES[state.child % 31]}B2-{2001 + state.child // 31}{seq % 10000:04d}"
        saved = license_ops.add_license(state.store, _license_input(number, f"新增 #{seq}"))
        state.licenses.append((saved.id, number))
        return number

    def check(self, conn, payloads, *, db_path):
        problems = []
        for number in payloads:
            row = conn.execute("SELECT id FROM licenses WHERE number = ?", (number,)).fetchone()
            if row is None:
                problems.append(f"license {number} acknowledged but missing")
            elif not conn.execute("SELECT 1 FROM events WHERE license_id = ? AND kind = 'license_added'",
                                  (row[0],)).fetchone():
                problems.append(f"license {number} without its 'added' event (half a save)")
        return problems


class EditLicense(SaveKind):
    name, weight = "edit_license", 5

    def save(self, state):
        from app.operations import licenses as license_ops

        if not state.licenses:
            return None
        license_id, number = state.rng.choice(state.licenses)
        seq = state.next_seq()
        license_ops.update_license(state.store, license_id, _license_input(number, f"修改 #{seq}"))
        return f"{number} {seq}"

    def check(self, conn, payloads, *, db_path):
        last: dict[str, int] = defaultdict(int)
        acked: dict[str, int] = defaultdict(int)
        for payload in payloads:
            number, seq = payload.split()
            last[number] = max(last[number], int(seq))
            acked[number] += 1
        problems = []
        for number, seq in last.items():
            row = conn.execute("SELECT id, special_terms FROM licenses WHERE number = ?", (number,)).fetchone()
            if row is None or _seq_of(row[1]) < seq:
                problems.append(f"edit #{seq} of {number} acknowledged but not stored ({row and row[1]!r})")
                continue
            events = conn.execute("SELECT count(*) FROM events WHERE license_id = ? AND kind = 'license_edited'",
                                  (row[0],)).fetchone()[0]
            if events < acked[number]:
                problems.append(f"{number}: {acked[number]} edits acknowledged, {events} recorded")
        return problems


class StartCase(SaveKind):
    name, weight = "start_case", 1

    def save(self, state):
        from app.operations import cases as case_ops
        from app.storage import cases

        free = [(lid, n) for lid, n in state.licenses if lid not in state.cases]
        if not free:
            return None
        license_id, _ = state.rng.choice(free)
        case = case_ops.start_case(state.store, license_id, "renewal")
        state.cases[license_id] = [item.id for item in cases.items_for_case(state.store, case.id)]
        state.case_ids[license_id] = case.id
        return f"{case.id} {len(state.cases[license_id])}"

    def check(self, conn, payloads, *, db_path):
        problems = []
        for payload in payloads:
            case_id, items = map(int, payload.split())
            stored = conn.execute("SELECT count(*) FROM case_items WHERE case_id = ?", (case_id,)).fetchone()[0]
            if stored != items:
                problems.append(f"case {case_id}: {items} items acknowledged, {stored} stored")
        return problems


class TickItem(SaveKind):
    name, weight = "tick_item", 6

    def save(self, state):
        from app.operations import cases as case_ops

        items = [i for ids in state.cases.values() for i in ids[:-1]]     # the last one is undo_item's
        if not items:
            return None
        item_id = state.rng.choice(items)
        seq = state.next_seq()
        case_ops.update_item(state.store, item_id, state=state.rng.choice(["in_progress", "ready"]),
                                     note=f"勾选 #{seq}", owner=f"员工{seq % 7}")
        return f"{item_id} {seq}"

    def check(self, conn, payloads, *, db_path):
        last: dict[int, int] = defaultdict(int)
        for payload in payloads:
            item_id, seq = map(int, payload.split())
            last[item_id] = max(last[item_id], seq)
        problems = []
        for item_id, seq in last.items():
            row = conn.execute("SELECT note FROM case_items WHERE id = ?", (item_id,)).fetchone()
            if row is None or _seq_of(row[0]) < seq:
                problems.append(f"tick #{seq} of item {item_id} acknowledged but not stored")
                continue
            latest = conn.execute("SELECT new_value FROM item_history WHERE item_id = ? AND field = 'note' "
                                  "ORDER BY id DESC LIMIT 1", (item_id,)).fetchone()
            if latest is None or latest[0] != row[0]:
                problems.append(f"item {item_id}: note {row[0]!r} without its history row (half a save)")
        return problems


class AttachFile(SaveKind):
    name, weight = "attach_file", 1

    def save(self, state):
        from app.operations import cases as case_ops

        items = [i for ids in state.cases.values() for i in ids]
        if not items:
            return None
        item_id = state.rng.choice(items)
        seq = state.next_seq()
        source = state.workdir / f"scan-{state.child}-{seq}.pdf"
        source.write_bytes(state.rng.randbytes(state.rng.randint(1_000, 60_000)))
        attachment = case_ops.attach_file(state.store, item_id, source)
        return f"{item_id} {attachment.sha256}"

    def check(self, conn, payloads, *, db_path):
        problems = []
        for payload in payloads:
            item_id, sha = payload.split()
            row = conn.execute("SELECT stored_name FROM attachments WHERE item_id = ? AND sha256 = ?",
                               (int(item_id), sha)).fetchone()
            if row is None:
                problems.append(f"attachment {sha[:12]} of item {item_id} acknowledged but missing")
                continue
            stored = db_path.parent / "attachments" / row[0]
            if not stored.is_file() or hashlib.sha256(stored.read_bytes()).hexdigest() != sha:
                problems.append(f"attachment file {row[0]} missing or different")
        return problems


class BackUp(SaveKind):
    name, weight = "backup", 1

    def save(self, state):
        from app.storage import backup

        info = backup.backup_now(state.store.path, keep=100_000)
        return info.folder.name

    def check(self, conn, payloads, *, db_path):
        from app.storage import backup

        listed = {b.folder.name: b for b in backup.list_backups(db_path)}
        problems = [f"backup {name} acknowledged but not listed" for name in payloads if name not in listed]
        for info in listed.values():        # every listed backup is complete, killed or not
            problems += [f"backup {info.folder.name}: {p}" for p in backup.verify_backup(info)]
        return problems


class TrashLicense(SaveKind):
    """A license to the 回收站 and back: never one marked deleted without its deletion recorded."""

    name, weight = "trash_license", 1

    def save(self, state):
        from app.operations import trash

        if state.in_trash and (not state.licenses or state.rng.random() < 0.5):
            (license_id, number), items, case_id = state.in_trash.pop()
            trash.restore_license(state.store, number)
            state.licenses.append((license_id, number))
            if items is not None:
                state.cases[license_id], state.case_ids[license_id] = items, case_id
            return f"{license_id} restored"
        if not state.licenses:
            return None
        chosen = state.licenses.pop(state.rng.randrange(len(state.licenses)))
        trash.delete_license(state.store, chosen[0], backup=False)
        state.in_trash.append((chosen, state.cases.pop(chosen[0], None), state.case_ids.pop(chosen[0], None)))
        return f"{chosen[0]} deleted"

    def check(self, conn, payloads, *, db_path):
        marked = {r[0] for r in conn.execute("SELECT id FROM licenses WHERE deleted_at IS NOT NULL")}
        recorded = [r[0] for r in conn.execute("SELECT license_id FROM trash WHERE kind = 'license'")]
        problems = [f"license {i} marked deleted without its deletion (half a save)" for i in marked - set(recorded)]
        problems += [f"deletion of license {i} recorded but it is not marked" for i in set(recorded) - marked]
        problems += [f"license {i} in the 回收站 twice" for i in set(recorded) if recorded.count(i) > 1]
        return problems


class WithdrawCase(SaveKind):
    """A case withdrawn: its status and the history line with the reason, together."""

    name, weight = "withdraw_case", 1

    def save(self, state):
        from app.operations import steps

        if not state.case_ids:
            return None
        license_id = state.rng.choice(sorted(state.case_ids))
        case_id = state.case_ids.pop(license_id)
        state.cases.pop(license_id, None)
        seq = state.next_seq()
        steps.withdraw_case(state.store, case_id, reason=f"撤回 #{seq}")
        return str(case_id)

    def check(self, conn, payloads, *, db_path):
        problems = []
        for payload in payloads:
            row = conn.execute("SELECT status FROM cases WHERE id = ?", (int(payload),)).fetchone()
            if row is None or row[0] != "withdrawn":
                problems.append(f"withdrawal of case {payload} acknowledged but the case is {row and row[0]}")
        for case_id, in conn.execute("SELECT id FROM cases WHERE status = 'withdrawn'"):
            told = [e for e, in conn.execute("SELECT detail FROM events WHERE kind = 'case_withdrawn'")
                    if f'"case_id": {case_id},' in e]
            if not told:
                problems.append(f"case {case_id} withdrawn without its history line (half a save)")
        return problems


class UndoItem(SaveKind):
    """An item's last save taken back: the values and the history row of the undo, together. It
    edits and undoes the last item of each case (tick_item leaves those alone: an undo takes its
    saves' counters back)."""

    name, weight = "undo_item", 3

    def save(self, state):
        from app.operations import cases as case_ops

        items = [ids[-1] for ids in state.cases.values() if ids]
        if not items:
            return None
        item_id = state.rng.choice(items)
        if not case_ops.last_item_change(state.store, item_id) or state.rng.random() < 0.4:
            seq = state.next_seq()
            case_ops.update_item(state.store, item_id, owner=f"撤销测试{seq % 5}", note=f"撤销测试 #{seq}")
            return None
        case_ops.undo_item_change(state.store, item_id)
        return str(item_id)

    def check(self, conn, payloads, *, db_path):
        problems = []
        for item_id in sorted(set(map(int, payloads))):
            undone = conn.execute("SELECT count(*) FROM item_history WHERE item_id = ? AND origin = 'undo'",
                                  (item_id,)).fetchone()[0]
            if undone < payloads.count(str(item_id)):
                problems.append(f"item {item_id}: {payloads.count(str(item_id))} undos acknowledged, {undone} kept")
            for field_name, in conn.execute("SELECT DISTINCT field FROM item_history WHERE item_id = ?", (item_id,)):
                latest = conn.execute("SELECT new_value FROM item_history WHERE item_id = ? AND field = ? "
                                      "ORDER BY id DESC LIMIT 1", (item_id, field_name)).fetchone()[0]
                stored = conn.execute(f"SELECT coalesce({field_name}, '') FROM case_items WHERE id = ?",
                                      (item_id,)).fetchone()[0]
                if (stored or "") != (latest or ""):
                    problems.append(f"item {item_id}: {field_name} {stored!r} is not its history's {latest!r}")
        return problems


KINDS: dict[str, SaveKind] = {kind.name: kind for kind in (
    AddLicense(), EditLicense(), StartCase(), TickItem(), AttachFile(), BackUp(), TrashLicense(), WithdrawCase(),
    UndoItem())}


def run_child(db_path: Path, child: int, seed: int, kinds: list[str]) -> None:
    """Save for ever, printing ``ack <kind> <payload>`` after each committed save."""
    import sys

    from app.operations import open_store

    store = open_store(db_path)
    state = ChildState(store=store, rng=random.Random(seed), child=child,
                       workdir=db_path.parent / f"child-{child}")
    state.workdir.mkdir(exist_ok=True)
    chosen = [KINDS[name] for name in kinds]
    weights = [kind.weight for kind in chosen]
    print("ready", flush=True)
    while True:
        kind = state.rng.choices(chosen, weights)[0]
        payload = kind.save(state)
        if payload is not None:
            sys.stdout.write(f"ack {kind.name} {payload}\n")
            sys.stdout.flush()


if __name__ == "__main__":      # python -m tests.crash_saves DB CHILD SEED KIND...
    import sys

    run_child(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:])
