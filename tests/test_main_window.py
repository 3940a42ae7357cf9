from app.operations import licenses as license_ops
from app.ui.main_window import MainWindow


def test_main_window_shows_the_licenses(qtbot, store, valid_license_input):
    license_ops.add_license(store, valid_license_input)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.model.rowCount() == 1
    assert window.model.index(0, 1).data() == "京B2-20190350"


def test_smoke_test_flag_exits_zero(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "app", "--db", str(tmp_path / "s.sqlite3"), "--smoke-test"],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_the_first_paint_is_told_once(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    told = []
    window.first_painted.connect(lambda: told.append(window.isVisible()))
    window.show()
    qtbot.waitUntil(lambda: told == [True])
    window.update()
    window.repaint()
    qtbot.wait(50)
    assert told == [True]


def test_the_menus_shortcuts_are_set_once_the_window_has_painted(qtbot, store):
    from PySide6.QtGui import QKeySequence

    window = MainWindow(store)
    qtbot.addWidget(window)
    assert window.add_action.shortcuts() == [] and not window.setup_finished
    window.show()
    qtbot.waitUntil(lambda: window.setup_finished)
    assert window.add_action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.New)
    assert window.overview_action.shortcuts() == [QKeySequence("Esc")]
    assert window.filter_action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Find)
    window.finish_setup()                               # once only
    assert len(window.add_action.shortcuts()) == len(QKeySequence.keyBindings(QKeySequence.StandardKey.New))
