#!/usr/bin/env bash
# Set up casefiles on Debian: the system libraries Qt needs, and a virtualenv in .venv with the
# package installed editable. Safe to run again; it only installs what is missing.
#   scripts/setup.sh          libraries for tests (offscreen Qt) and the command line
#   scripts/setup.sh --gui    also what a real window (X11/Xvfb) needs
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(libgl1 libegl1 libfontconfig1 libglib2.0-0 libxkbcommon0 libdbus-1-3 fonts-dejavu-core
          dbus-daemon dbus-bin
          desktop-file-utils appstream
          poppler-utils qpdf age)
if [[ "${1:-}" == "--gui" ]]; then
  packages+=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
             libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0)
fi
python3 -c "import ensurepip" 2>/dev/null || packages+=(python3-venv)

missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "Installing Debian packages: ${missing[*]}"
  if [[ $(id -u) == 0 ]]; then apt_get=(apt-get); else apt_get=(sudo apt-get); fi
  "${apt_get[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

[[ -x .venv/bin/python ]] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
# The Dari and Pashto catalogues, compiled from resources/translations/*.ts (git keeps only those).
.venv/bin/python scripts/build_translations.py
