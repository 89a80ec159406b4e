"""What the three PyInstaller specs share: the entry scripts, what goes in and what stays out.

Imported by packaging/casefiles-{linux,windows,macos}.spec (each puts SPECPATH on sys.path), so
the three platforms build from one list of Qt modules, data files and exclusions. It runs inside
PyInstaller at build time only; nothing in the app imports it.

One Analysis covers both entry points (packaging/entry_gui.py, packaging/entry_cli.py); each spec
makes two EXEs from it and one COLLECT, so `casefiles` and `casefiles-cli` sit in one folder and
share one `_internal/` of libraries.
"""

import os
import re
import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
RESOURCES = ROOT / "resources"

GUI_NAME = "casefiles"
CLI_NAME = "casefiles-cli"
ENTRY_GUI = str(PACKAGING / "entry_gui.py")
ENTRY_CLI = str(PACKAGING / "entry_cli.py")


def version() -> str:
    """The version in casefiles/__init__.py (read, not imported: the build must not need Qt)."""
    text = (ROOT / "casefiles" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.M).group(1)


# The Qt modules casefiles imports (`grep -rn "from PySide6" casefiles`). PyInstaller's hooks
# collect each one's library, plugins and translations; QtPdf's library links QtNetwork, which
# comes in as a library only (no Python module, none of its plugins).
QT_USED = ["QtCore", "QtGui", "QtWidgets", "QtDBus", "QtPdf", "QtPdfWidgets", "QtPrintSupport"]

# Every other PySide6 module, so that nothing (a dependency's optional Qt import, a hook) drags
# one in with its libraries and plugins.
QT_EXCLUDED = [
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAsyncio", "QtAxContainer", "QtBluetooth", "QtCanvasPainter", "QtCharts", "QtConcurrent",
    "QtDataVisualization", "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp",
    "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetwork",
    "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPositioning", "QtQml",
    "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
    "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort",
    "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvg", "QtSvgWidgets", "QtTest",
    "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick",
    "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
]

EXCLUDES = [f"PySide6.{name}" for name in QT_EXCLUDED] + [
    "PyQt5", "PyQt6", "PySide2", "shiboken2",      # one Qt binding only
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib",
    "test", "tests", "unittest", "doctest", "pydoc_data", "lib2to3",
    "pytest", "_pytest", "pytestqt", "hypothesis", "atheris", "zxingcpp", "ruff", "pygments",
    "setuptools", "pkg_resources", "distutils", "pip",
    "casefiles.tests", "bench",
    # lxml's hook takes every submodule; trafilatura, justext, python-docx and openpyxl use
    # etree, html, sax and builder only.
    "lxml.objectify", "lxml.isoschematron", "lxml.usedoctest", "lxml.html.diff",
    "lxml.html._difflib", "lxml.html.usedoctest", "lxml.html.soupparser", "lxml.html.html5parser",
]

# Imported at run time by name, which PyInstaller's import scan cannot see; and the Qt modules
# used, named so that they stay in even if an import of one becomes lazy.
HIDDEN_IMPORTS = [
    "_rl_accel",  # rl-accel: reportlab imports its C accelerator inside a try
    *(f"PySide6.{name}" for name in QT_USED),
]

# Only the Qt plugin folders a desktop app that shows widgets, SVG icons, PDFs and prints needs.
QT_PLUGIN_DIRS = {
    "platforms", "platformthemes", "platforminputcontexts", "imageformats", "iconengines",
    "printsupport", "styles", "xcbglintegrations", "wayland-decoration-client",
    "wayland-graphics-integration-client", "wayland-shell-integration",
}
# Within platforms: the desktop's (X11, Wayland, Windows, macOS) and the headless ones (tests,
# the smoke test). Not eglfs, linuxfb, vnc, vkkhrdisplay (embedded boards).
QT_PLATFORMS = re.compile(r"(q?xcb|q?wayland.*|qwindows|qcocoa|qoffscreen|qminimal|qdirect2d)$")
# The IBus and compose input methods stay; the virtual keyboard is QtQuick.
QT_INPUT_CONTEXTS_DROPPED = re.compile(r"virtualkeyboard", re.I)
# The GTK 3 theme plugin links GTK, which is not bundled: it would load the desktop's GTK over
# the build machine's glib, cairo and pango (a mismatch), or not load at all. Without it Qt
# uses the freedesktop portal theme (dark mode, fonts) and its Fusion style.
QT_PLATFORMTHEMES_DROPPED = re.compile(r"gtk", re.I)
# Linux: libraries left to the desktop the app runs on, not bundled. Each either loads the
# system's own plug-ins or configuration (glib/gio modules, fontconfig's fonts.conf, p11-kit and
# Kerberos modules, the CUPS client talking to the system's cupsd), is the client side of the
# running display server (libX11, libxcb and its extensions, Wayland, GL), is part of glibc
# (libmvec), or must be at least as new as the system's GL drivers need (libstdc++, libgcc_s: a
# bundled older libstdc++ breaks Mesa). Every desktop Linux has them; the libraries only they
# linked go with them (_drop_orphans). The xcb-util libraries Qt's xcb plugin needs (cursor,
# icccm, image, keysyms, render-util) and xkbcommon stay bundled: many desktops lack
# libxcb-cursor0, and without it Qt 6 cannot open a window on X11.
LINUX_SYSTEM_LIBS = re.compile(
    r"^lib(mvec|stdc\+\+|gcc_s|X11(-xcb)?|X(au|dmcp|ext|render|i|fixes|cursor)|"
    r"xcb(-(shm|randr|render|shape|sync|xfixes|xkb|xinput|glx|present|dri2|dri3))?|"
    r"fontconfig|freetype|expat|dbus-1|systemd|glib-2\.0|gio-2\.0|gobject-2\.0|gmodule-2\.0|"
    r"gthread-2\.0|gcrypt|gpg-error|gnutls|p11-kit|krb5.*|gssapi_krb5|k5crypto|com_err|"
    r"keyutils|cups|avahi-.*|wayland-.*|EGL|GL.*|drm|gbm)\.so(\.\d+)*$")
# babel is there for courlan (trafilatura's URL checks), which parses a locale only when asked
# for a target language (casefiles never asks; an unknown locale is caught there). Its CLDR data
# for 700 locales is 33 MB: these stay.
BABEL_LOCALES = {"root", "en", "fa", "fa_AF", "ps", "ps_AF"}
# Qt's own translations (button boxes, file dialogs) in the languages the app is translated to.
QT_TRANSLATIONS = re.compile(r"^qt(base)?_(?P<lang>[a-z]{2,3}(_[A-Z]{2})?)\.qm$")


def app_languages() -> set[str]:
    """Dari and Pashto, and whatever languages resources/translations/ holds at build time."""
    languages = {"fa", "ps"}
    folder = RESOURCES / "translations"
    if folder.is_dir():
        for qm in folder.glob("*.qm"):
            match = re.search(r"(?:^|[_.-])([a-z]{2,3}(?:_[A-Z]{2})?)$", qm.stem)
            if match:
                languages.add(match.group(1))
    return languages


def resource_datas() -> list[tuple[str, str]]:
    """resources/ file by file, as (source, destination folder); translations as .qm and .json
    only (the .ts sources stay out), and nothing that is absent at build time is required."""
    datas = []
    for path in sorted(RESOURCES.rglob("*")):
        if not path.is_file() or path.name.startswith(".") or "__pycache__" in path.parts:
            continue
        rel = path.relative_to(RESOURCES)
        if rel.parts[0] == "translations" and path.suffix not in {".qm", ".json"}:
            continue
        datas.append((str(path), str(Path("resources") / rel.parent)))
    return datas


def package_datas() -> list[tuple[str, str]]:
    """Data files of dependencies that read them beside their modules and have no hook."""
    from PyInstaller.utils.hooks import collect_data_files

    datas = []
    datas += collect_data_files("trafilatura")            # settings.cfg, the TEI DTD
    datas += collect_data_files("justext")                # stop lists (trafilatura's fallback)
    datas += collect_data_files("tld", excludes=["tests"])  # the public suffix list
    return datas


def _keep_babel(dest: str) -> bool:
    parts = Path(dest).parts
    if len(parts) == 3 and parts[:2] == ("babel", "locale-data") and parts[2].endswith(".dat"):
        return parts[2][:-4] in BABEL_LOCALES
    return True


def _qt_part(dest: str) -> tuple[str, list[str]] | None:
    """("plugins"|"translations"|"lib", the path's parts after it), for a file of PySide6's Qt."""
    parts = Path(dest).parts
    if not parts or parts[0] != "PySide6":
        return None
    rest = list(parts[1:])
    if rest and rest[0] == "Qt":  # Linux and macOS wheels: PySide6/Qt/...; Windows: PySide6/...
        rest = rest[1:]
    if rest and rest[0] in {"plugins", "translations", "lib"}:
        return rest[0], rest[1:]
    return "top", rest


def _keep(dest: str, languages: set[str]) -> bool:
    if not _keep_babel(dest):
        return False
    if sys.platform.startswith("linux") and "/" not in dest and LINUX_SYSTEM_LIBS.match(dest):
        return False
    found = _qt_part(dest)
    if found is None:
        return True
    kind, rest = found
    name = rest[-1] if rest else ""
    stem = re.sub(r"^lib", "", name.split(".")[0])
    if kind == "plugins" and rest:
        folder = rest[0]
        if folder not in QT_PLUGIN_DIRS:
            return False
        if folder == "platforms" and not QT_PLATFORMS.match(stem):
            return False
        if folder == "platforminputcontexts" and QT_INPUT_CONTEXTS_DROPPED.search(stem):
            return False
        return not (folder == "platformthemes" and QT_PLATFORMTHEMES_DROPPED.search(stem))
    if kind == "translations":
        match = QT_TRANSLATIONS.match(name)
        return bool(match) and match.group("lang").split("_")[0] in languages
    # A Qt library of an excluded module that some plugin or hook still asked for.
    if kind in {"lib", "top"} and rest:
        qt_lib = (re.match(r"^(?:lib)?Qt6(\w+?)\.(?:so|dll)", rest[0])
                  or re.match(r"^Qt(\w+)\.framework$", rest[0]))
        if qt_lib and _dropped_qt_library(qt_lib.group(1)):
            return False
    return True


def _dropped_qt_library(module: str) -> bool:
    """Whether Qt6<module> belongs to an excluded module and none of the used ones needs it."""
    needed = {"Core", "Gui", "Widgets", "DBus", "Pdf", "PdfWidgets", "PrintSupport", "Network",
              "Svg", "XcbQpa", "WaylandClient", "WaylandEglClientHwIntegration", "OpenGL",
              "WlShellIntegration"}
    if module in needed:
        return False
    heavy = ("WebEngine", "Quick", "Qml", "3D", "Multimedia", "Charts", "DataVisualization",
             "Graphs", "Location", "Positioning", "Bluetooth", "Nfc", "Sensors", "Serial",
             "Designer", "Help", "Test", "Sql", "Scxml", "StateMachine", "TextToSpeech",
             "RemoteObjects", "WebSockets", "WebChannel", "WebView", "HttpServer", "Lottie",
             "VirtualKeyboard", "SpatialAudio", "ShaderTools", "Labs", "CanvasPainter", "EglFS",
             "EglFs")
    return module.startswith(heavy)


def _needed(path: str) -> set[str]:
    """The DT_NEEDED sonames of an ELF file (objdump, which PyInstaller needs on Linux too)."""
    import subprocess

    out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True,
                         check=False).stdout
    return set(re.findall(r"^\s*NEEDED\s+(\S+)", out, re.M))


def _drop_orphans(binaries: list, dropped: list) -> list:
    """Linux: the libraries that only dropped files linked (the GTK theme's cairo, pango, ...).

    A library stays if a kept file links it, or if no file in the build linked it at all (it
    was collected for another reason: a hook, a dlopen), so only orphans made by the pruning go.
    """
    if not sys.platform.startswith("linux"):
        return binaries
    entries = [e for e in binaries + dropped if e[2] != "SYMLINK"]
    links = {e[0]: _needed(e[1]) for e in entries}
    linked_before = set().union(*links.values())
    kept = {e[0] for e in binaries}
    while True:
        linked_now = set().union(*(links[d] for d in kept if d in links))
        orphans = {d for d in kept if d in links and "/" not in d and Path(d).name in
                   linked_before and Path(d).name not in linked_now}
        if not orphans:
            break
        kept -= orphans
    return [e for e in binaries if e[0] in kept or e[2] == "SYMLINK"]


def _drop_dangling(tocs: list[list]) -> None:
    """Symbolic links whose target was dropped. PyInstaller links top-level names to libraries
    in sub-folders (libQt6Core.so.6 -> PySide6/Qt/lib/...); the links are in `datas`."""
    present = {e[0] for toc in tocs for e in toc if e[2] != "SYMLINK"}
    for toc in tocs:
        toc[:] = [e for e in toc if e[2] != "SYMLINK" or
                  os.path.normpath(os.path.join(os.path.dirname(e[0]), e[1])) in present]


def prune(analysis) -> None:
    """Drop from the Analysis the Qt plugins, translations and libraries the app does not use,
    and the system libraries that only they linked."""
    languages = app_languages()
    before = {"binaries": len(analysis.binaries), "datas": len(analysis.datas)}
    binaries = [e for e in analysis.binaries if _keep(e[0], languages)]
    binaries = _drop_orphans(binaries, [e for e in analysis.binaries if e not in binaries])
    analysis.binaries[:] = binaries
    analysis.datas[:] = [e for e in analysis.datas if _keep(e[0], languages)]
    _drop_dangling([analysis.binaries, analysis.datas])
    for attr, count in before.items():
        left_out = count - len(getattr(analysis, attr))
        print(f"casefiles_build: {attr}: {left_out} files left out", file=sys.stderr)


def scripts_for(analysis, entry: str, *, qt: bool) -> list:
    """The Analysis's runtime hooks and one entry script (the Analysis holds both).

    The CLI (qt=False) also leaves out PyInstaller's PySide6 runtime hook: it imports QtCore
    to register a qt.conf, which would load Qt into a command line that never needs it.
    """
    other = {Path(ENTRY_GUI).stem, Path(ENTRY_CLI).stem} - {Path(entry).stem}
    return [s for s in analysis.scripts
            if s[0] not in other and (qt or s[0] != "pyi_rth_pyside6")]


def app_icon_png(workdir: str, size: int) -> str:
    """resources/icons/casefiles.svg drawn as a size x size PNG in `workdir`, for the Windows
    and macOS specs (PyInstaller turns a PNG into .ico or .icns with Pillow). Qt draws it here,
    at build time: QtSvg is in the build's PySide6 even though the app leaves it out."""
    out = Path(workdir) / f"casefiles-{size}.png"
    if out.exists():
        return str(out)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (kept alive)
    renderer = QSvgRenderer(str(RESOURCES / "icons" / "casefiles.svg"))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise RuntimeError(f"could not write {out}")
    return str(out)


def windows_version_file(workdir: str) -> str:
    """The version resource of the Windows executables (Properties > Details), as the text file
    PyInstaller's EXE(version=...) reads."""
    numbers = [int(n) for n in re.findall(r"\d+", version())[:3]]
    numbers += [0] * (4 - len(numbers))
    fixed = ", ".join(str(n) for n in numbers)
    strings = {"CompanyName": "casefiles", "FileDescription": "casefiles",
               "FileVersion": version(), "InternalName": "casefiles",
               "LegalCopyright": "GPL-3.0-or-later", "OriginalFilename": "casefiles.exe",
               "ProductName": "casefiles", "ProductVersion": version()}
    entries = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({fixed}), prodvers=({fixed}), mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
          {entries}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
    out = Path(workdir) / "casefiles-version.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    return str(out)
