"""Build the double-click app for this OS: `uv run python installer/build.py [--self-test] [--no-package]`.

Makes the icons from resources/apptoto-sheets.png (with Qt, no Pillow), runs PyInstaller on
installer/apptoto-sheets.spec into dist/apptoto-sheets/, checks the bundle (no dev-only packages, no Qt
library missing), then packages it: a tarball on Linux, the Inno Setup installer on Windows (when ISCC is
installed), `dist/Apptoto Sheets.app` on macOS. `--self-test` runs the frozen app's `--self-test` at the end.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import struct
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "apptoto-sheets"
SPEC = ROOT / "installer" / f"{NAME}.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
ICONS = WORK / "icons"
ICON_PNG = ROOT / "resources" / f"{NAME}.png"
BUNDLE = DIST / NAME
MAX_LINUX_MB = 150
NOT_IN_BUNDLE = ("pandas", "numpy", "pytest", "_pytest", "PyInstaller")


def version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def executable() -> Path:
    """The frozen program to run from a shell (on Windows the console twin, which has a stdout)."""
    if sys.platform == "win32":
        return BUNDLE / f"{NAME}-cli.exe"
    app = DIST / "Apptoto Sheets.app" / "Contents" / "MacOS" / NAME
    if sys.platform == "darwin" and app.is_file():
        return app
    return BUNDLE / NAME


# ---- icons ---------------------------------------------------------------------------------------
def _png_sizes(sizes: list[int]) -> dict[int, bytes]:
    """The app icon scaled to each size, as PNG bytes (QImage needs no QApplication)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage

    image = QImage(str(ICON_PNG))
    if image.isNull():
        raise SystemExit(f"cannot read the icon {ICON_PNG}")
    out = {}
    for size in sizes:
        scaled = image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        scaled.save(buffer, "PNG")
        buffer.close()
        out[size] = bytes(data)
    return out


def write_ico(path: Path) -> None:
    """A multi-size .ico of PNG images (Windows Vista and later read PNG entries)."""
    images = _png_sizes([16, 24, 32, 48, 64, 128, 256])
    head = struct.pack("<HHH", 0, 1, len(images))
    offset = len(head) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images.items():
        side = 0 if size >= 256 else size            # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    path.write_bytes(head + entries + blobs)


def write_icns(path: Path) -> None:
    """A macOS .icns of PNG entries (16 ... 1024 px, normal and @2x), none larger than the source PNG."""
    from PySide6.QtGui import QImageReader

    largest = max(QImageReader(str(ICON_PNG)).size().width(), 16)
    kinds = {"icp4": 16, "icp5": 32, "icp6": 64, "ic07": 128, "ic08": 256, "ic09": 512, "ic10": 1024,
             "ic11": 32, "ic12": 64, "ic13": 256, "ic14": 512}
    kinds = {kind: size for kind, size in kinds.items() if size <= largest}
    images = _png_sizes(sorted(set(kinds.values())))
    body = b"".join(k.encode() + struct.pack(">I", 8 + len(images[s])) + images[s] for k, s in kinds.items())
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def make_icons() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    if not ICON_PNG.is_file():
        raise SystemExit(f"the app icon {ICON_PNG} is missing")
    if sys.platform == "win32":
        write_ico(ICONS / f"{NAME}.ico")
    elif sys.platform == "darwin":
        write_icns(ICONS / f"{NAME}.icns")


# ---- build and checks ----------------------------------------------------------------------------
def run_pyinstaller() -> None:
    for old in (BUNDLE, DIST / "Apptoto Sheets.app"):     # never mix files of an older build into this one
        shutil.rmtree(old, ignore_errors=True)
    env = dict(os.environ, APPTOTO_ICON_DIR=str(ICONS))
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--clean",
               "--distpath", str(DIST), "--workpath", str(WORK / "pyinstaller"), "--log-level", "WARN"]
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT, env=env)


def size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def check_bundle() -> list[str]:
    """Problems with the built bundle (empty if fine)."""
    problems = []
    exe = BUNDLE / (f"{NAME}.exe" if sys.platform == "win32" else NAME)
    if not exe.is_file():
        problems.append(f"no executable at {exe}")
    toc = "\n".join(p.read_text(errors="replace") for p in (WORK / "pyinstaller" / NAME).glob("*.toc"))
    for package in NOT_IN_BUNDLE:
        if f"('{package}'" in toc or f"('{package}." in toc:
            problems.append(f"{package} is in the bundle (it must not be)")
    for name in ("cacert.pem",):
        if not any(BUNDLE.rglob(name)):
            problems.append(f"{name} is missing (TLS to api.apptoto.com would fail)")
    if sys.platform.startswith("linux"):
        problems += missing_libraries()
        mb = size_mb(BUNDLE)
        if mb > MAX_LINUX_MB:
            problems.append(f"the bundle is {mb:.0f} MB, over {MAX_LINUX_MB} MB")
    return problems


def missing_libraries() -> list[str]:
    """Bundled Qt/Python libraries whose dependencies are not found (a plugin or library dropped too many)."""
    if not shutil.which("ldd"):
        return []
    internal = BUNDLE / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}")
    problems = set()
    for lib in internal.rglob("*.so*"):
        if "platformthemes" in lib.parts:            # gtk3 and portal themes use the desktop's own libraries
            continue
        out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            if "not found" in line and ("Qt6" in line or "shiboken" in line or "pyside" in line.lower()):
                problems.add(f"{lib.relative_to(BUNDLE)} needs {line.split()[0]}, which is not in the bundle")
    return sorted(problems)


# ---- packages ------------------------------------------------------------------------------------
def linux_tarball(ver: str) -> Path:
    """dist/apptoto-sheets-<version>-linux-<arch>.tar.gz: the folder, the .desktop file and install.sh."""
    arch = platform.machine() or "x86_64"
    out = DIST / f"{NAME}-{ver}-linux-{arch}.tar.gz"
    linux = ROOT / "installer" / "linux"

    def executable_bits(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(out, "w:gz") as tar:
        tar.add(BUNDLE, arcname=NAME, filter=executable_bits)
        tar.add(linux / f"{NAME}.desktop", arcname=f"{NAME}/{NAME}.desktop", filter=executable_bits)
        tar.add(linux / "install.sh", arcname=f"{NAME}/install.sh", filter=executable_bits)
    return out


def windows_installer(ver: str) -> Path | None:
    """Run Inno Setup's compiler if it is installed; the installer lands in dist/."""
    candidates = [shutil.which("iscc"), shutil.which("ISCC"),
                  r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe", r"C:\Program Files\Inno Setup 6\ISCC.exe"]
    iscc = next((c for c in candidates if c and Path(c).is_file()), None)
    script = ROOT / "installer" / "windows" / f"{NAME}.iss"
    defines = [f"/DAppVersion={ver}", f"/DSourceDir={BUNDLE}", f"/DOutputDir={DIST}",
               f"/DIconFile={ICONS / (NAME + '.ico')}"]
    if iscc is None:
        print("Inno Setup not found; to make the installer run:\n  iscc " + " ".join(defines) + f" {script}")
        return None
    subprocess.run([iscc, *defines, str(script)], check=True)
    return DIST / f"{NAME}-{ver}-setup.exe"


def self_test() -> int:
    """Run the frozen `--self-test`; like its exit code, any output on stderr (a Qt warning, a traceback) fails."""
    exe = executable()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"+ {exe} --self-test", flush=True)
    result = subprocess.run([str(exe), "--self-test"], env=env, timeout=300, stderr=subprocess.PIPE, text=True)
    if result.stderr:
        sys.stderr.write(result.stderr)
        print("the frozen app wrote to stderr (above): treated as a failure", file=sys.stderr)
        return result.returncode or 1
    return result.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--self-test", action="store_true", help="run the frozen app's --self-test afterwards")
    parser.add_argument("--no-package", action="store_true", help="only the folder: no tarball / installer")
    args = parser.parse_args(argv)
    ver = version()
    print(f"Building {NAME} {ver} for {sys.platform} ({platform.machine()})", flush=True)
    make_icons()
    run_pyinstaller()
    problems = check_bundle()
    for problem in problems:
        print(f"bundle check: {problem}", file=sys.stderr)
    print(f"bundle: {BUNDLE} ({size_mb(BUNDLE):.0f} MB)")
    if problems:
        return 1
    if not args.no_package:
        if sys.platform.startswith("linux"):
            print(f"tarball: {linux_tarball(ver)}")
        elif sys.platform == "win32":
            setup = windows_installer(ver)
            if setup:
                print(f"installer: {setup}")
        elif sys.platform == "darwin":
            print(f"app: {DIST / 'Apptoto Sheets.app'} (sign and notarise: installer/macos/README.md)")
    if args.self_test:
        code = self_test()
        if code:
            print(f"the frozen self-test FAILED (exit {code})", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
