"""What the start makes is frozen out of later garbage collections (app.ui.application): that
is only right if the start leaves little cyclic garbage behind, which would then stay until exit.

The only such garbage today is the standard library's: datetime defines its classes in Python,
then replaces them with the C ones (some 360 objects, about 57 KB), the same in every start."""

import os
import re
import subprocess
import sys
from datetime import date

import pytest

from app.operations import dashboard as dashboard_ops
from app.operations import licenses as license_ops

REPORT = """
import gc, sys
gc.collect()                        # whatever the interpreter's own start left
found = []
freeze = gc.freeze

def checked_freeze():
    found.append(gc.collect())      # unreachable objects the app's start made
    freeze()

gc.freeze = checked_freeze
from app import main
status = main.main(["--db", sys.argv[1], "--smoke-test"])
print("garbage at the freeze:", found, "frozen:", gc.get_freeze_count())
sys.exit(status)
"""


def garbage_at_the_freeze(db_path) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", REPORT, str(db_path)], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()[-1]


@pytest.mark.parametrize("licenses", ["none", "computed", "kept"])
def test_the_start_leaves_no_cyclic_garbage_to_freeze(store, db_path, valid_license_input, licenses):
    if licenses != "none":
        license_ops.add_license(store, valid_license_input)
    if licenses == "kept":
        today = date.today()
        dashboard_ops.keep_dashboard(store, dashboard_ops.dashboard_rows(store, today=today), today=today)
    store.close()
    line = garbage_at_the_freeze(db_path)
    found, frozen = re.fullmatch(r"garbage at the freeze: \[(\d+)\] frozen: (\d+)", line).groups()
    assert int(found) < 600, line                       # not growing with the app or its data
    assert int(frozen) > 10_000, line                   # the start's objects, frozen
