"""The app icon: drawn once, shipped as .png (window), .ico (Windows) and .icns (macOS)."""

from pathlib import Path

from PySide6.QtGui import QIcon, QImage

from app.resources import resources_dir
from app.ui.smoke import finish_smoke_test

ROOT = Path(__file__).resolve().parent.parent


def test_window_icon_comes_from_the_shipped_png(qapp, qtbot, db_path, monkeypatch):
    from app.ui import application, smoke

    qapp.setWindowIcon(QIcon())
    shown_without = []

    def check_then_finish(app, window, **kwargs):
        shown_without.append(window.isVisible() and qapp.windowIcon().isNull())
        finish_smoke_test(app, window, **kwargs)

    monkeypatch.setattr(smoke, "finish_smoke_test", check_then_finish)
    assert application.run_gui(db_path=db_path, smoke_test=True) == 0
    assert shown_without == [True]          # the window painted first: the icon came after it
    qtbot.waitUntil(lambda: not qapp.windowIcon().isNull())
    icon = qapp.windowIcon()
    assert icon.pixmap(64, 64).width() == 64


def test_a_start_without_a_window_sets_the_icon_for_its_dialog(qapp, db_path, monkeypatch):
    from app.ui import application, recovery_dialog

    qapp.setWindowIcon(QIcon())
    db_path.write_bytes(b"garbage" * 1000)
    seen = []

    def quit_dialog(dialog):
        seen.append(not qapp.windowIcon().isNull())
        return 0

    monkeypatch.setattr(recovery_dialog.RecoveryDialog, "exec", quit_dialog)
    assert application.run_gui(db_path=db_path) == application.EXIT_START_PROBLEM
    assert seen == [True]


def test_committed_icons_are_real_images():
    png = QImage(str(resources_dir() / "icons" / "license-keeper.png"))
    assert (png.width(), png.height()) == (256, 256)
    assert png.hasAlphaChannel()
    assert (ROOT / "installer" / "icons" / "license-keeper.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (ROOT / "installer" / "icons" / "license-keeper.icns").read_bytes()[:4] == b"icns"


def test_make_icons_writes_every_format(tmp_path, qapp):
    from PIL import Image

    from installer.make_icons import ICO_SIZES, write_icons

    outputs = write_icons({kind: tmp_path / f"icon.{kind}" for kind in ("png", "ico", "icns")})
    assert Image.open(outputs["png"]).size == (256, 256)
    assert set(Image.open(outputs["ico"]).info["sizes"]) == {(n, n) for n in ICO_SIZES}
    assert Image.open(outputs["icns"]).size == (1024, 1024)
