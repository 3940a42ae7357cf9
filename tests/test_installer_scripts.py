"""The Windows and macOS installer recipes agree with the app about names and folders.

They run only on their own systems (CI); here their text is checked against the code.
"""

import re
from pathlib import Path

from app.paths import APP_NAME
from installer import build
from installer.bundle_options import minimum_macos

ROOT = Path(__file__).resolve().parent.parent
ISS = ROOT / "installer" / "windows" / "license-keeper.iss"
WORKFLOW = ROOT / ".github" / "workflows" / "installers.yml"


def iss_text() -> str:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads the script as UTF-8 only with a BOM"
    return raw.decode("utf-8-sig")


def test_inno_script_installs_per_user_under_the_apps_names():
    text = iss_text()
    assert re.search(r"^PrivilegesRequired=lowest\s*$", text, re.M)
    assert re.search(r"^DefaultDirName=\{userpf\}\\", text, re.M)
    assert f'#define AppExeName "{build.NAME}.exe"' in text
    assert f'#define AppName "{build.DISPLAY_NAME}"' in text
    # The data folder the uninstaller asks about is the one app/paths.py uses on Windows
    # (platformdirs, roaming: %APPDATA%\<APP_NAME>).
    assert f'#define DataFolderName "{APP_NAME}"' in text
    assert "{userappdata}\\{#DataFolderName}" in text


def test_inno_script_has_shortcuts_chinese_and_keeps_data_by_default():
    text = iss_text()
    assert '{autoprograms}\\{#AppName}' in text and '{autodesktop}\\{#AppName}' in text
    assert re.search(r'^Name: "chinesesimplified"; MessagesFile: "\{#ChineseMessages\}"', text, re.M)
    uninstall = text[text.index("procedure CurUninstallStepChanged"):]
    assert "MB_DEFBUTTON2" in uninstall            # "否" (keep the data) is the default answer
    assert "UninstallSilent()" in uninstall        # and a silent uninstall never deletes it
    for message in ("DeleteDataQuestion", "DataKept", "DeleteDataFailed"):
        assert f"chinesesimplified.{message}=" in text and f"english.{message}=" in text


def test_workflow_builds_through_build_py_and_signs_only_with_secrets():
    text = WORKFLOW.read_text(encoding="utf-8")
    assert text.count("python installer/build.py --stage bundle") == 2
    assert text.count("python installer/build.py --stage package") == 2
    assert "runs-on: windows-latest" in text and "runs-on: macos-14" in text
    assert "choco install innosetup" in text
    signing = re.findall(r"- name: ((?:Sign|Prepare signing|Import the signing)[^\n]*)\n\s+if: ([^\n]+)",
                         text)
    assert len(signing) == 5, signing
    for name, condition in signing:
        assert "!= ''" in condition, name
    assert f"build/bundle/{build.DISPLAY_NAME}.app/Contents/MacOS/{build.NAME}" in text
    assert (ROOT / "installer" / "constraints.txt").is_file()


def test_pinned_pyside_needs_macos_14():
    pins = (ROOT / "installer" / "constraints.txt").read_text(encoding="utf-8")
    assert "PySide6-Essentials==6.12.0" in pins
    # Here (Linux) the installed wheel has no macOS tag; the spec falls back to 14.0, the
    # version the 6.12.0 wheels are tagged with (macosx_14_0_universal2).
    assert minimum_macos() in (None, "14.0")
    spec = (ROOT / "installer" / "license-keeper.spec").read_text(encoding="utf-8")
    assert '"LSMinimumSystemVersion": opts.minimum_macos() or "14.0"' in spec
    assert '"CFBundleDisplayName": DISPLAY_NAME' in spec and '"NSHighResolutionCapable": True' in spec
