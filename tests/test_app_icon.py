"""The app icon: drawn once, shipped as .png (window), .ico (Windows) and .icns (macOS)."""

from pathlib import Path

from PySide6.QtGui import QImage

from app.resources import resources_dir

ROOT = Path(__file__).resolve().parent.parent


def test_window_icon_comes_from_the_shipped_png(qapp, qtbot):
    from app.ui.application import make_application

    app = make_application()
    qtbot.waitUntil(lambda: not app.windowIcon().isNull())     # set once the event loop runs
    icon = app.windowIcon()
    assert not icon.isNull()
    assert icon.pixmap(64, 64).width() == 64


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
