"""Build the double-click app for this OS: `uv run python installer/build.py [--self-test] [--installer] ...`.

The bundle: makes the icons, compiles the Qt translations (resources/i18n/*.ts, if any), runs PyInstaller on
installer/apptoto-sheets.spec into dist/apptoto-sheets/ (and `dist/Apptoto Sheets.app` on macOS) and checks it
(no dev-only packages, no Qt library missing, every translation in). Then, as asked:
  --self-test       run the frozen app's --self-test (any output on stderr fails it too)
  --installer       make what users download: the Linux tarball, the Windows setup.exe (Inno Setup), the macOS .dmg
  --test-installer  install that as a user would, in a temporary place, and run the installed app's --self-test
  --skip-bundle     use the bundle already in dist/ (e.g. after signing it), build nothing
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from installer import packages, qt_translations  # noqa: E402 - run as a script: the project folder first
from installer.icons import make_icons  # noqa: E402
from installer.layout import BUNDLE, DIST, ICONS, MAC_APP, NAME, ROOT, SPEC, WORK, executable, version  # noqa: E402

MAX_LINUX_MB = 150
NOT_IN_BUNDLE = ("pandas", "numpy", "pytest", "_pytest", "PyInstaller")
SELF_TEST_TIMEOUT_S = 300


# ---- build and checks ----------------------------------------------------------------------------
def compile_translations() -> list[Path]:
    compiled = qt_translations.compile_all()
    print(f"translations: {', '.join(sorted(qt_translations.language(q) for q in compiled)) or 'none'}"
          f" ({len(compiled)} in {qt_translations.SOURCE_DIR.relative_to(ROOT)})", flush=True)
    return compiled


def run_pyinstaller() -> None:
    for old in (BUNDLE, MAC_APP):                         # never mix files of an older build into this one
        shutil.rmtree(old, ignore_errors=True)
    env = dict(os.environ, APPTOTO_ICON_DIR=str(ICONS), APPTOTO_I18N_DIR=str(qt_translations.COMPILED_DIR))
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
    problems += missing_translations()
    if sys.platform.startswith("linux"):
        problems += missing_libraries()
        mb = size_mb(BUNDLE)
        if mb > MAX_LINUX_MB:
            problems.append(f"the bundle is {mb:.0f} MB, over {MAX_LINUX_MB} MB")
    return problems


def missing_translations() -> list[str]:
    """Compiled catalogues, and Qt's qtbase_<language>.qm for their languages, that the bundle lacks."""
    compiled = sorted(qt_translations.COMPILED_DIR.glob("*.qm"))
    if not compiled:
        return []
    ours = {p.name for p in BUNDLE.rglob(f"{qt_translations.BUNDLE_DIR}/*.qm")}
    problems = [f"the translation {qm.name} is not in the bundle's {qt_translations.BUNDLE_DIR}"
                for qm in compiled if qm.name not in ours]
    import PySide6

    bundled = {p.name for p in BUNDLE.rglob("qtbase_*.qm")}
    shipped = {qt_translations.language(qm) for qm in compiled}
    qt_own = {p.name for p in Path(PySide6.__file__).parent.rglob("qtbase_*.qm")}
    problems += [f"Qt's {name} is not in the bundle" for name in sorted(qt_own - bundled)
                 if qt_translations.keep_qt_translation(name, shipped)]
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


# ---- running the frozen app ----------------------------------------------------------------------
def run_self_test(exe: Path, env: dict | None = None) -> int:
    """Run `exe --self-test`; like its exit code, any output on stderr (a Qt warning, a traceback) fails."""
    env = dict(os.environ if env is None else env)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"+ {exe} --self-test", flush=True)
    result = subprocess.run([str(exe), "--self-test"], env=env, timeout=SELF_TEST_TIMEOUT_S,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace")
    if result.stderr:
        sys.stderr.write(result.stderr)
        print("the frozen app wrote to stderr (above): treated as a failure", file=sys.stderr)
        return result.returncode or 1
    return result.returncode


def build_bundle() -> int:
    make_icons()
    compile_translations()
    run_pyinstaller()
    problems = check_bundle()
    for problem in problems:
        print(f"bundle check: {problem}", file=sys.stderr)
    print(f"bundle: {BUNDLE} ({size_mb(BUNDLE):.0f} MB)" + (f", and {MAC_APP}" if MAC_APP.is_dir() else ""))
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-bundle", action="store_true", help="use the bundle already in dist/")
    parser.add_argument("--self-test", action="store_true", help="run the frozen app's --self-test")
    parser.add_argument("--installer", action="store_true",
                        help="make what users download (tarball / setup.exe / .dmg) from the bundle")
    parser.add_argument("--test-installer", action="store_true",
                        help="install that in a temporary place as a user would and run the installed --self-test")
    args = parser.parse_args(argv)
    ver = version()
    print(f"{NAME} {ver} for {sys.platform} ({platform.machine()})", flush=True)
    if not args.skip_bundle and build_bundle():
        return 1
    if args.self_test:
        code = run_self_test(executable())
        if code:
            print(f"the frozen self-test FAILED (exit {code})", file=sys.stderr)
            return 1
    package = packages.package_path(ver)
    if args.installer:
        package = packages.make(ver)
        print(f"installer: {package} ({package.stat().st_size / 1e6:.0f} MB)", flush=True)
    if args.test_installer:
        code = packages.test_installed(package, run_self_test)
        if code:
            print(f"the installed app's self-test FAILED (exit {code})", file=sys.stderr)
            return 1
        print(f"installed from {package.name}: self-test passed", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
