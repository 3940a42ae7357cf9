"""The Qt binding in use keeps Python's reference counts right (see pyproject.toml)."""

import sys


def test_calls_that_return_nothing_leave_none_alone(qapp):
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("许可证")
        label.update()
    assert sys.getrefcount(None) - before > -100      # PySide6 6.12.0 on Python 3.11: -4000
