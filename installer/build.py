#!/usr/bin/env python3
"""Build License Keeper for the system this runs on: the one entry point on every platform.

    python installer/build.py                 # bundle, then the installer of this system
    python installer/build.py --stage bundle  # only the one-folder bundle (and the .app)
    python installer/build.py --stage package # only the installer, from a bundle built before

- every system: the one-folder bundle, build/bundle/LicenseKeeper/ (PyInstaller, from
  installer/license-keeper.spec); rebuilt only when its inputs changed (--force to insist);
- Windows: then dist/LicenseKeeper-<version>-setup.exe with Inno Setup's ISCC, when installed;
- macOS: build/bundle/许可证管家.app, then dist/LicenseKeeper-<version>-macos.dmg (hdiutil);
- Linux: the bundle only (a proof that the app freezes and starts).

The two stages let CI sign the program between them. PyInstaller (the ``installer`` extra of
pyproject.toml) is installed into the running Python when it is missing.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "license-keeper.spec"
BUILD = ROOT / "build"
BUNDLE_DIST = BUILD / "bundle"
WORK = BUILD / "pyinstaller"
DIST = ROOT / "dist"
NAME = "LicenseKeeper"
DISPLAY_NAME = "许可证管家"
ISS = ROOT / "installer" / "windows" / "license-keeper.iss"
# Inputs of the bundle besides the installed packages: a change to any of them means a rebuild.
INPUT_FOLDERS = ("app", "resources", "installer")
INPUT_FILES = ("pyproject.toml",)


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def version() -> str:
    return project()["version"]


def bundle_dir() -> Path:
    """The one-folder bundle (inside the .app on macOS)."""
    if sys.platform == "darwin":
        return app_path() / "Contents" / "MacOS"
    return BUNDLE_DIST / NAME


def app_path() -> Path:
    return BUNDLE_DIST / f"{DISPLAY_NAME}.app"


def executable() -> Path:
    return bundle_dir() / (f"{NAME}.exe" if os.name == "nt" else NAME)


def ensure_pyinstaller() -> None:
    """Install the ``installer`` extra's requirements into this Python if PyInstaller is missing."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        requirements = project()["optional-dependencies"]["installer"]
        print("Installing the build tools:", ", ".join(requirements), flush=True)
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet",
                               "--disable-pip-version-check", *requirements])


def _tool_versions() -> str:
    from importlib import metadata

    names = ("pyinstaller", "pyinstaller-hooks-contrib", "PySide6-Essentials", "shiboken6",
             "openpyxl", "sqlite-utils", "chinese-calendar", "tyme4py", "platformdirs")
    found = []
    for name in names:
        try:
            found.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name} missing")
    return f"{sys.version} {sys.platform} " + " ".join(found)


def inputs_fingerprint() -> str:
    """A digest of everything the bundle is made from: sources, resources, spec, tool versions."""
    digest = hashlib.sha256(_tool_versions().encode())
    paths = [ROOT / name for name in INPUT_FILES]
    for folder in INPUT_FOLDERS:
        # Notes and the Windows installer's own files do not go into the bundle.
        paths += [p for p in (ROOT / folder).rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".md")
                  and not p.is_relative_to(ISS.parent)]
    for path in sorted(paths):
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def stamp_path() -> Path:
    return BUILD / f"{NAME}.bundle-stamp"


def bundle_is_current() -> bool:
    stamp = stamp_path()
    return (executable().exists() and stamp.exists()
            and stamp.read_text() == inputs_fingerprint())


def run_pyinstaller(spec: Path, *, dist: Path, work: Path) -> None:
    """Run PyInstaller on ``spec`` with this Python, output into ``dist``."""
    ensure_pyinstaller()
    subprocess.check_call([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level=WARN",
                           "--distpath", str(dist), "--workpath", str(work), str(spec)],
                          cwd=ROOT)


def build_bundle(*, force: bool = False) -> Path:
    """The one-folder bundle, built when missing or out of date; returns the executable."""
    if not force and bundle_is_current():
        print(f"Bundle up to date: {bundle_dir()}", flush=True)
        return executable()
    stamp_path().unlink(missing_ok=True)
    print(f"Building the bundle of {DISPLAY_NAME} {version()} with PyInstaller ...", flush=True)
    run_pyinstaller(SPEC, dist=BUNDLE_DIST, work=WORK)
    if not executable().exists():
        raise SystemExit(f"PyInstaller finished but {executable()} is missing")
    stamp_path().write_text(inputs_fingerprint())
    print(f"Bundle: {bundle_dir()}", flush=True)
    return executable()


# --- Windows: Inno Setup ---------------------------------------------------------------------

def find_iscc() -> Path | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return Path(found)
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES"),
                 os.path.join(os.environ.get("LOCALAPPDATA", ""), "Programs")):
        if base:
            candidate = Path(base) / "Inno Setup 6" / "ISCC.exe"
            if candidate.exists():
                return candidate
    return None


def build_windows_installer() -> Path | None:
    iscc = find_iscc()
    if iscc is None:
        print("Inno Setup (ISCC.exe) not found: the bundle is built, the installer is not. "
              "Install Inno Setup 6 (e.g. `choco install innosetup`) and run this again.")
        return None
    DIST.mkdir(exist_ok=True)
    output = DIST / f"{NAME}-{version()}-setup.exe"
    subprocess.check_call([str(iscc), "/Qp", f"/DAppVersion={version()}",
                           f"/DBundleDir={bundle_dir()}", f"/DOutputDir={DIST}",
                           f"/DOutputBaseName={output.stem}",
                           f"/DIconFile={ROOT / 'installer' / 'icons' / 'license-keeper.ico'}",
                           str(ISS)])
    print(f"Installer: {output}")
    return output


# --- macOS: disk image -----------------------------------------------------------------------

def build_dmg() -> Path:
    """A compressed disk image holding the .app and a link to /Applications to drag it to."""
    DIST.mkdir(exist_ok=True)
    output = DIST / f"{NAME}-{version()}-macos.dmg"
    with tempfile.TemporaryDirectory() as staging_name:
        staging = Path(staging_name)
        # ditto keeps the signatures, extended attributes and symlinks of the bundle intact.
        subprocess.check_call(["ditto", str(app_path()), str(staging / app_path().name)])
        (staging / "Applications").symlink_to("/Applications")
        output.unlink(missing_ok=True)
        subprocess.check_call(["hdiutil", "create", "-volname", DISPLAY_NAME, "-srcfolder",
                               str(staging), "-fs", "HFS+", "-format", "UDZO", "-ov", str(output)])
    print(f"Disk image: {output}")
    return output


def package() -> Path | None:
    if sys.platform == "win32":
        return build_windows_installer()
    if sys.platform == "darwin":
        return build_dmg()
    print("Linux: the one-folder bundle is the product here; no installer is made.")
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stage", choices=("all", "bundle", "package"), default="all")
    parser.add_argument("--force", action="store_true", help="rebuild the bundle even if up to date")
    args = parser.parse_args(argv)
    if args.stage in ("all", "bundle"):
        build_bundle(force=args.force)
    if args.stage in ("all", "package"):
        if not executable().exists():
            raise SystemExit("No bundle to package: run with --stage bundle first.")
        package()
    return 0


if __name__ == "__main__":
    sys.exit(main())
