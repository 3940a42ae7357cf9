"""What goes into a bundle and what stays out: shared by the app's spec and the benchmark's.

The app uses QtCore, QtGui and QtWidgets only. PyInstaller's Qt hooks add every plugin kind and
every Qt translation of the modules it finds; the lists below drop those the app never loads,
so that a bundle holds Qt's widgets stack, the Chinese and English Qt translations, and the
Python packages the app imports.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from importlib import metadata

# Python modules never imported by the app. The Qt ones would otherwise come in through
# PySide6's own package (it names all its modules) or through a plugin that links them.
EXCLUDED_MODULES = (
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQmlFeatures", "PySide6.QtQuick",
    "PySide6.QtQuickControls2", "PySide6.QtQuickTest", "PySide6.QtQuickWidgets",
    "PySide6.QtLabsStyleKit", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
    "PySide6.QtPrintSupport", "PySide6.QtSql", "PySide6.QtSvg", "PySide6.QtSvgWidgets",
    "PySide6.QtTest", "PySide6.QtUiTools", "PySide6.QtXml", "PySide6.QtConcurrent",
    "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick", "PySide6.QtWebChannel",
    "PySide6.QtWebSockets", "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.QtCharts",
    "PySide6.QtDataVisualization", "PySide6.QtGraphs", "PySide6.QtPositioning",
    "PySide6.QtLocation", "PySide6.QtBluetooth", "PySide6.QtSerialPort",
    # Optional extras that openpyxl and others use when present on the build machine
    # (Pillow is in the build environment for the icons); the app does not need them.
    "PIL", "numpy", "pandas", "lxml", "defusedxml", "IPython", "matplotlib",
    # Standard-library parts a desktop app does not use. multiprocessing matters for start-up:
    # with it in the bundle, PyInstaller adds run-time hooks that import multiprocessing,
    # socket, subprocess and pkgutil before the app's first line (about 10 ms).
    "tkinter", "_tkinter", "unittest", "doctest", "pydoc", "pydoc_data", "lib2to3",
    "idlelib", "ensurepip", "venv", "distutils", "setuptools", "pip", "pytest",
    "multiprocessing", "asyncio", "xmlrpc", "ftplib",
)

# Needed on Windows and macOS only. On Windows platformdirs asks the system for its folders
# through ctypes (click's console and dateutil's Windows time zones use it too); on macOS
# keyring reaches the Keychain through it (the group robots' secrets). On Linux nothing the app
# runs needs it (keyring's Secret Service goes through D-Bus; without ctypes a Linux bundle
# keeps the secrets in the database), and a bundle that holds ctypes imports it before the
# app's first line (PyInstaller's bootstrap patches its library loading): about 2 ms of every start.
WINDOWS_ONLY_MODULES = ("ctypes", "_ctypes")
CTYPES_PLATFORMS = ("win", "darwin")


def excluded_modules(platform: str = sys.platform) -> list[str]:
    """The modules a bundle built on ``platform`` leaves out."""
    needs_ctypes = platform.startswith(CTYPES_PLATFORMS)
    return [*EXCLUDED_MODULES, *(() if needs_ctypes else WINDOWS_ONLY_MODULES)]


# Qt plugin kinds the widgets app never loads (the touch, network and kiosk-display ones).
DROPPED_PLUGIN_KINDS = frozenset({
    "generic", "networkinformation", "tls", "egldeviceintegrations", "bearer",
    "qmltooling", "position", "sqldrivers", "printsupport",
})
# Single plugins of kept kinds: display back-ends for framebuffers and VNC, the GTK theme
# (it drags in GTK's libraries), image formats the app never reads.
DROPPED_PLUGIN_STEMS = frozenset({
    "qeglfs", "qlinuxfb", "qvnc", "qvkkhrdisplay", "qminimalegl", "qgtk3",
    "qtiff", "qwebp", "qtga", "qwbmp", "qpdf", "qmacheif", "qmacjp2", "qdirect2d",
})
# Qt libraries and Python bindings of modules the app does not use, as files are named on each
# system: libQt6Network.so.6, Qt6Network.dll, QtNetwork.framework, QtNetwork.abi3.so. (Svg and
# OpenGL stay: the SVG icon/image plugins and some display plugins link them.)
DROPPED_QT_PART = re.compile(
    r"(lib)?Qt6?(Network\w*|Qml\w*|Quick\w*|Pdf\w*|EglFS\w*|EglFs\w*|Designer\w*|Help|Sql|Test|"
    r"UiTools|Multimedia\w*|WebEngine\w*|WebChannel|WebSockets|3D\w*|Charts|DataVisualization|"
    r"Graphs\w*|Positioning|Location|Bluetooth|SerialPort|PrintSupport|Xml|Concurrent|"
    r"LabsStyleKit)(\.\w+)*",
)
# Windows: software OpenGL and the shader compiler serve Qt Quick and OpenGL widgets only.
DROPPED_WINDOWS_FILES = frozenset({"opengl32sw.dll", "d3dcompiler_47.dll"})
# Qt's own translations kept: the app speaks Chinese (source) and English.
KEPT_QT_LANGUAGES = ("zh_CN", "en")

# Python's UTF-8 mode in the frozen program: Chinese text printed by the command line and
# read from files does not depend on the locale of the machine (a C locale, a GBK console).
INTERPRETER_OPTIONS = [("X utf8", None, "OPTION")]

# Packages a start never imports: the Excel, calendar-file, working-day and command-line features
# load them when first used. They are collected as separate .pyc files beside the program rather
# than into the PYZ archive, whose table of contents every start reads whole (about 3 µs an
# entry: with them 580 entries, 1.7 ms; without, some 240).
LAZY_PACKAGES = ("openpyxl", "et_xmlfile", "icalendar", "dateutil", "sqlite_utils", "sqlite_fts4",
                 "click", "pluggy", "chinese_calendar", "tyme4py", "xml", "keyring")
MODULE_COLLECTION_MODE = {package: "pyc" for package in LAZY_PACKAGES}

# Imported lazily inside functions or by name, so named here to be sure they are bundled.
# keyring's backends are found through its entry points: PyInstaller's own hook for keyring
# collects them and its metadata.
HIDDEN_IMPORTS = ("sqlite_utils", "openpyxl", "chinese_calendar", "tyme4py", "platformdirs", "tomllib",
                  "keyring")


def _parts(dest: str) -> list[str]:
    return dest.replace("\\", "/").split("/")


def keep_file(dest: str) -> bool:
    """Whether a file collected for the bundle, named by its path inside it, is kept."""
    parts = _parts(dest)
    name = parts[-1]
    lowered = name.lower()
    if lowered in DROPPED_WINDOWS_FILES:
        return False
    if "translations" in parts[:-1] and lowered.endswith(".qm") and "PySide6" in parts:
        return any(lowered.endswith(f"_{lang.lower()}.qm") for lang in KEPT_QT_LANGUAGES)
    if "plugins" in parts[:-1] and "PySide6" in parts:
        kind = parts[parts.index("plugins") + 1]
        if kind in DROPPED_PLUGIN_KINDS:
            return False
        stem = re.sub(r"^lib|\.(so|dll|dylib)$", "", name)
        return stem not in DROPPED_PLUGIN_STEMS
    return not any(DROPPED_QT_PART.fullmatch(part) for part in parts)


def filtered(toc: Iterable[tuple]) -> list[tuple]:
    """A PyInstaller TOC (entries ``(dest, src, kind)``) without the files ``keep_file`` drops."""
    return [entry for entry in toc if keep_file(entry[0])]


def minimum_macos(distribution: str = "PySide6-Essentials") -> str | None:
    """The oldest macOS that the installed Qt wheel runs on, from its wheel tag (e.g. "14.0")."""
    try:
        wheel = metadata.distribution(distribution).read_text("WHEEL") or ""
    except metadata.PackageNotFoundError:
        return None
    return minimum_macos_of_tags(wheel)


def minimum_macos_of_tags(wheel_text: str) -> str | None:
    versions = [(int(major), int(minor))
                for major, minor in re.findall(r"^Tag: .*-macosx_(\d+)_(\d+)_\w+$", wheel_text,
                                               flags=re.MULTILINE)]
    if not versions:
        return None
    major, minor = min(versions)
    return f"{major}.{minor}"


def filtered_hook_entries(entries: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """A hook's ``(source file, destination folder)`` pairs without the files ``keep_file`` drops.

    Filtering in the hooks, before PyInstaller follows each library's own dependencies, keeps
    out what only a dropped plugin needs (the GTK theme alone pulls in a dozen libraries).
    """
    return [(src, dest) for src, dest in entries
            if keep_file(f"{dest}/{src.replace(chr(92), '/').rsplit('/', 1)[-1]}")]
