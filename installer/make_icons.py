"""Draw the app icon once with Qt and write it as .png, .ico and .icns.

    python installer/make_icons.py

The drawing below is the single source: a certificate sheet with 证 and a red seal on a blue
tile. Qt paints it at 1024 px (the CJK font comes from the system: WenQuanYi Micro Hei on
Linux, a Hei/YaHei face elsewhere); Pillow writes the Windows and macOS formats. The outputs are
committed, so building the app needs neither this script nor Pillow; run it again only when the
drawing changes.
"""

from __future__ import annotations

import io
import os
import sys
from math import cos, pi, sin
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MASTER_SIZE = 1024
PNG_SIZE = 256                                    # the window icon (Qt scales it down)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
OUTPUTS = {
    "png": ROOT / "resources" / "icons" / "license-keeper.png",
    "ico": ROOT / "installer" / "icons" / "license-keeper.ico",
    "icns": ROOT / "installer" / "icons" / "license-keeper.icns",
}
CJK_FAMILIES = ("WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "Heiti SC",
                "Noto Sans CJK SC", "Source Han Sans SC", "SimHei")


def _cjk_font(pixel_size: int):
    from PySide6.QtGui import QFont, QFontDatabase

    available = set(QFontDatabase.families())
    family = next((name for name in CJK_FAMILIES if name in available), None)
    if family is None:
        raise SystemExit("No CJK font found: install one of " + ", ".join(CJK_FAMILIES))
    font = QFont(family)
    font.setPixelSize(pixel_size)
    font.setBold(True)
    return font


def render_master(size: int = MASTER_SIZE):
    """The icon as a QImage of ``size`` × ``size`` pixels, transparent outside the tile."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPainterPath, QPen

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    s = size / 1024.0                                           # drawn on a 1024 grid

    # The tile: a rounded square in a calm blue, lighter at the top.
    tile = QRectF(40 * s, 40 * s, 944 * s, 944 * s)
    gradient = QLinearGradient(tile.topLeft(), tile.bottomLeft())
    gradient.setColorAt(0.0, QColor("#2f6fd0"))
    gradient.setColorAt(1.0, QColor("#173f8a"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(gradient)
    p.drawRoundedRect(tile, 200 * s, 200 * s)

    # The certificate sheet, with a soft shadow and a thin inner frame.
    sheet = QRectF(212 * s, 150 * s, 600 * s, 724 * s)
    p.setBrush(QColor(0, 0, 0, 60))
    p.drawRoundedRect(sheet.translated(0, 18 * s), 48 * s, 48 * s)
    p.setBrush(QColor("#fbfaf5"))
    p.drawRoundedRect(sheet, 48 * s, 48 * s)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(QColor("#c9a44c"), 14 * s))
    p.drawRoundedRect(sheet.adjusted(38 * s, 38 * s, -38 * s, -38 * s), 22 * s, 22 * s)

    # 证, large, in the tile's dark blue; outlined as well as filled, so that it stays bold
    # in fonts without a bold face and legible at small sizes.
    glyph = QPainterPath()
    glyph.addText(0, 0, _cjk_font(int(400 * s)), "证")
    box = glyph.boundingRect()
    glyph.translate(sheet.center().x() - box.center().x(), 430 * s - box.center().y())
    p.setPen(QPen(QColor("#173f8a"), 16 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    p.setBrush(QColor("#173f8a"))
    p.drawPath(glyph)

    # Two text lines under the character, as on a certificate.
    p.setPen(QPen(QColor("#b8c2d6"), 22 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(300 * s, 712 * s), QPointF(600 * s, 712 * s))
    p.drawLine(QPointF(300 * s, 768 * s), QPointF(520 * s, 768 * s))

    # The red seal over the lower right corner, with a white star.
    centre, radius = QPointF(720 * s, 770 * s), 128 * s
    p.setPen(QPen(QColor("#ffffff"), 16 * s))
    p.setBrush(QColor("#d8322c"))
    p.drawEllipse(centre, radius, radius)
    star = QPainterPath()
    for i in range(10):
        r = (66 if i % 2 == 0 else 27) * s
        angle = -pi / 2 + i * pi / 5
        point = QPointF(centre.x() + r * cos(angle), centre.y() + r * sin(angle))
        if i == 0:
            star.moveTo(point)
        else:
            star.lineTo(point)
    star.closeSubpath()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#ffffff"))
    p.drawPath(star)
    p.end()
    return image


def _to_pillow(image):
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def write_icons(outputs: dict[str, Path] = OUTPUTS) -> dict[str, Path]:
    """Render the master and write every format; returns ``outputs``."""
    from PIL import Image

    master = _to_pillow(render_master())
    for path in outputs.values():
        path.parent.mkdir(parents=True, exist_ok=True)
    master.resize((PNG_SIZE, PNG_SIZE), Image.Resampling.LANCZOS).save(outputs["png"], optimize=True)
    master.save(outputs["ico"], format="ICO", sizes=[(n, n) for n in ICO_SIZES])
    master.save(outputs["icns"], format="ICNS")
    return outputs


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts need it
    for kind, path in write_icons().items():
        print(f"{kind:5} {path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
