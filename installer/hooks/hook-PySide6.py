# Replaces PyInstaller's hook of the PySide6 package: the same, less the Windows OpenGL/ANGLE
# helpers (software OpenGL, shader compiler) that only Qt Quick and OpenGL widgets use.
from PyInstaller.utils.hooks import check_requirement
from PyInstaller.utils.hooks.qt import ensure_single_qt_bindings_package, pyside6_library_info

from installer.bundle_options import filtered_hook_entries

ensure_single_qt_bindings_package("PySide6")

if pyside6_library_info.version is not None:
    hiddenimports = ["shiboken6", "inspect"]
    if check_requirement("PySide6 >= 6.4.0"):
        hiddenimports += ["PySide6.support.deprecated"]
    binaries = filtered_hook_entries(pyside6_library_info.collect_extra_binaries())
