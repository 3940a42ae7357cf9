# Replaces PyInstaller's hook of PySide6.QtCore: the same files, less those the app never loads.
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

from installer.bundle_options import filtered_hook_entries

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = filtered_hook_entries(binaries)
datas = filtered_hook_entries(datas)
