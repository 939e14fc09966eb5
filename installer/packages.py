"""What users download (Linux tarball, Windows setup.exe, macOS .dmg), and installing it as a user would to test it.

`make(version)` packages the bundle build.py made for this system; `test_installed(package, self_test)` installs
that package in a temporary place the way a user does (tarball + install.sh with a temporary home; a silent
per-user Inno Setup install; the .dmg mounted and the app dragged to an Applications folder), runs the installed
app's --self-test through `self_test(program, env)`, and removes it again.
"""

from __future__ import annotations

import os
import platform as host
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from installer.layout import APP_NAME, BUNDLE, DIST, ICONS, MAC_APP, NAME, ROOT, WORK, program

SelfTest = Callable[[Path, dict], int]
DMG_ATTEMPTS = 4                      # hdiutil on CI machines now and then fails with "Resource busy"
UNINSTALL_WAIT_S = 120


def package_path(ver: str, platform: str = sys.platform) -> Path:
    """The file users download, for this system."""
    if platform == "win32":
        return DIST / f"{NAME}-{ver}-setup.exe"
    if platform == "darwin":
        return DIST / f"{NAME}-{ver}-macos-{host.machine() or 'arm64'}.dmg"
    return DIST / f"{NAME}-{ver}-linux-{host.machine() or 'x86_64'}.tar.gz"


def make(ver: str, platform: str = sys.platform) -> Path:
    """Package the built bundle for `platform` (this system); SystemExit when a tool it needs is missing."""
    if platform == "win32":
        return windows_setup(ver)
    if platform == "darwin":
        return macos_dmg(ver)
    return linux_tarball(ver)


def test_installed(package: Path, self_test: SelfTest, platform: str = sys.platform) -> int:
    """Install `package` as a user would (in a temporary place), run the installed app's self-test, remove it."""
    if not package.is_file():
        print(f"{package} does not exist: make it first (build.py --installer)", file=sys.stderr)
        return 1
    if platform == "win32":
        return _test_windows_setup(package, self_test)
    if platform == "darwin":
        return _test_macos_dmg(package, self_test)
    return _test_linux_tarball(package, self_test)


def run(command: list, **kwargs) -> subprocess.CompletedProcess:
    print("+", " ".join(str(c) for c in command), flush=True)
    return subprocess.run([str(c) for c in command], **kwargs)


# ---- Linux: a tarball with install.sh -----------------------------------------------------------------
def linux_tarball(ver: str) -> Path:
    """dist/apptoto-sheets-<version>-linux-<arch>.tar.gz: the folder, the .desktop file and install.sh."""
    out = package_path(ver, "linux")
    linux = ROOT / "installer" / "linux"

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(out, "w:gz") as tar:
        tar.add(BUNDLE, arcname=NAME, filter=owned_by_root)
        tar.add(linux / f"{NAME}.desktop", arcname=f"{NAME}/{NAME}.desktop", filter=owned_by_root)
        tar.add(linux / "install.sh", arcname=f"{NAME}/install.sh", filter=owned_by_root)
    return out


def _test_linux_tarball(tarball: Path, self_test: SelfTest) -> int:
    with tempfile.TemporaryDirectory(prefix="apptoto-install-") as tmp:
        home, download = Path(tmp) / "home", Path(tmp) / "Downloads"
        home.mkdir()
        download.mkdir()
        env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
        env["HOME"] = str(home)
        run(["tar", "-xzf", tarball, "-C", download], check=True)
        run(["sh", download / NAME / "install.sh"], env=env, check=True)
        installed = home / ".local" / "share" / NAME
        entry = home / ".local" / "share" / "applications" / f"{NAME}.desktop"
        launcher = home / ".local" / "bin" / NAME
        problems = [f"install.sh did not create {p}" for p in (installed, entry, launcher) if not p.exists()]
        if not problems and f'Exec="{installed / NAME}" %f' not in entry.read_text():
            problems.append(f"the menu entry {entry} does not start {installed / NAME}")
        code = 1 if problems else self_test(launcher, env)
        run(["sh", installed / "install.sh", "--uninstall"], env=env, check=True)
        problems += [f"install.sh --uninstall left {p}" for p in (installed, entry, launcher) if p.exists()]
    for problem in problems:
        print(problem, file=sys.stderr)
    return code or (1 if problems else 0)


# ---- Windows: Inno Setup, per user ----------------------------------------------------------------------
def iscc() -> str | None:
    """Inno Setup's compiler: on PATH, or where its installer (or winget, per user) puts it."""
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    bases = [os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"),
             os.path.join(os.environ.get("LOCALAPPDATA", ""), "Programs")]
    for base in filter(None, bases):
        for exe in sorted(Path(base).glob("Inno Setup */ISCC.exe"), reverse=True):
            return str(exe)
    return None


def windows_setup(ver: str) -> Path:
    """dist/apptoto-sheets-<version>-setup.exe from installer/windows/apptoto-sheets.iss."""
    script = ROOT / "installer" / "windows" / f"{NAME}.iss"
    defines = [f"/DAppVersion={ver}", f"/DSourceDir={BUNDLE}", f"/DOutputDir={DIST}",
               f"/DIconFile={ICONS / (NAME + '.ico')}"]
    compiler = iscc()
    if compiler is None:
        raise SystemExit("Inno Setup 6 is not installed (winget install JRSoftware.InnoSetup, or choco install "
                         "innosetup); then run build.py --skip-bundle --installer, or by hand:\n  iscc "
                         + " ".join(defines) + f" {script}")
    run([compiler, "/Q", *defines, script], check=True)
    return package_path(ver, "win32")


def _test_windows_setup(setup: Path, self_test: SelfTest) -> int:
    """A silent per-user install (no administrator rights) into a temporary folder, its self-test, uninstall."""
    tmp = Path(tempfile.mkdtemp(prefix="apptoto-install-"))
    target, log = tmp / APP_NAME, tmp / "setup.log"
    result = run([setup, "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/SP-", f"/DIR={target}", f"/LOG={log}"],
                 timeout=900)
    if result.returncode != 0:
        print(log.read_text(errors="replace") if log.is_file() else "(no setup log)", file=sys.stderr)
        print(f"the silent install failed (exit {result.returncode})", file=sys.stderr)
        return result.returncode
    missing = [name for name in (f"{NAME}.exe", f"{NAME}-cli.exe", "unins000.exe") if not (target / name).is_file()]
    if missing:
        print(f"the install in {target} lacks {', '.join(missing)}", file=sys.stderr)
        return 1
    code = self_test(program(target, "win32"), dict(os.environ))
    # The uninstaller hands over to a copy of itself and returns at once: wait for the files to go.
    run([target / "unins000.exe", "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"], timeout=300)
    deadline = time.monotonic() + UNINSTALL_WAIT_S
    while (target / f"{NAME}.exe").exists() and time.monotonic() < deadline:
        time.sleep(1)
    if (target / f"{NAME}.exe").exists():
        print(f"warning: the uninstaller left {target / (NAME + '.exe')} after {UNINSTALL_WAIT_S} s", file=sys.stderr)
    return code


# ---- macOS: the .app in a disk image --------------------------------------------------------------------
def macos_dmg(ver: str) -> Path:
    """dist/apptoto-sheets-<version>-macos-<arch>.dmg: the .app and a link to /Applications to drag it onto."""
    if not MAC_APP.is_dir():
        raise SystemExit(f"{MAC_APP} does not exist: build the bundle first")
    staging = WORK / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    run(["ditto", MAC_APP, staging / MAC_APP.name], check=True)          # ditto keeps signatures and links
    (staging / "Applications").symlink_to("/Applications")
    out = package_path(ver, "darwin")
    out.unlink(missing_ok=True)
    command = ["hdiutil", "create", "-volname", APP_NAME, "-srcfolder", staging, "-ov", "-format", "UDZO", out]
    for attempt in range(1, DMG_ATTEMPTS + 1):
        if run(command).returncode == 0:
            return out
        print(f"hdiutil failed (attempt {attempt} of {DMG_ATTEMPTS})", file=sys.stderr)
        time.sleep(5 * attempt)
    raise SystemExit(f"could not create {out.name}")


def _test_macos_dmg(dmg: Path, self_test: SelfTest) -> int:
    """Mount the image read-only, drag the app to an Applications folder (ditto), run its self-test, unmount."""
    with tempfile.TemporaryDirectory(prefix="apptoto-dmg-") as tmp:
        mount, applications = Path(tmp) / "volume", Path(tmp) / "Applications"
        mount.mkdir()
        applications.mkdir()
        run(["hdiutil", "attach", "-nobrowse", "-readonly", "-noautoopen", "-mountpoint", mount, dmg], check=True)
        try:
            app = mount / MAC_APP.name
            if not app.is_dir() or not (mount / "Applications").is_symlink():
                print(f"{dmg.name} does not hold {MAC_APP.name} and an Applications link", file=sys.stderr)
                return 1
            run(["ditto", app, applications / app.name], check=True)
        finally:
            if run(["hdiutil", "detach", mount]).returncode != 0:
                run(["hdiutil", "detach", "-force", mount])
        return self_test(program(applications / MAC_APP.name, "darwin"), dict(os.environ))
