#!/usr/bin/env bash
# Install casefiles for this user, from the unpacked tarball it sits in (no root needed):
#
#   ./install.sh                 the program in ~/.local/lib/casefiles, the commands `casefiles`
#                                and `casefiles-cli` in ~/.local/bin, the menu entry, icon and
#                                AppStream metadata under ~/.local/share
#   ./install.sh --prefix DIR    the same under DIR instead of ~/.local
#   ./install.sh --uninstall     remove what it installed (never a store: those are yours)
#
# Running it again replaces the installed version. Stores are not touched either way: the
# default store is ~/.local/share/casefiles/store, apart from the program.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
prefix=$HOME/.local
uninstall=0
while (($#)); do
  case $1 in
    --prefix) prefix=${2:?--prefix needs a folder}; shift 2 ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
mkdir -p "$prefix"
prefix=$(cd "$prefix" && pwd)

app_id=org.casefiles.Casefiles
program=$prefix/lib/casefiles
bin=$prefix/bin
share=$prefix/share
desktop=$share/applications/$app_id.desktop
icon=$share/icons/hicolor/scalable/apps/$app_id.svg
metainfo=$share/metainfo/$app_id.metainfo.xml

refresh_caches() {
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$share/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null && [[ -f $share/icons/hicolor/index.theme ]]; then
    gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
  fi
}

if ((uninstall)); then
  for link in "$bin/casefiles" "$bin/casefiles-cli"; do
    # only our own links: a `casefiles` installed otherwise (pip, a distribution) stays
    if [[ -L $link && $(readlink "$link") == "$program/"* ]]; then rm -f "$link"; fi
  done
  rm -rf "$program"
  rm -f "$desktop" "$icon" "$metainfo"
  refresh_caches
  echo "casefiles removed from $prefix (stores are left where they are)."
  exit 0
fi

[[ -x $here/casefiles/casefiles && -x $here/casefiles/casefiles-cli ]] ||
  { echo "install.sh: run it from the unpacked tarball (casefiles/ beside it is missing)" >&2; exit 1; }

# The program: copied beside the old one, then swapped in, so a failed copy leaves the old one.
mkdir -p "$prefix/lib" "$bin" "$(dirname "$desktop")" "$(dirname "$icon")" "$(dirname "$metainfo")"
rm -rf "$program.new"
cp -a "$here/casefiles" "$program.new"
rm -rf "$program.old"
if [[ -e $program ]]; then mv "$program" "$program.old"; fi
mv "$program.new" "$program"
rm -rf "$program.old"

ln -sfn "$program/casefiles" "$bin/casefiles"
ln -sfn "$program/casefiles-cli" "$bin/casefiles-cli"

# The menu entry runs the installed program by its full path (~/.local/bin is not on every
# desktop session's PATH), quoted as the Desktop Entry spec asks. A path that would need more
# escaping than that (", `, $, \, %) falls back to the command's name on PATH.
exec_path=$program/casefiles
if [[ $exec_path =~ [\"\`\$\\%] ]]; then
  exec_line="Exec=casefiles %F"
  echo "install.sh: the menu entry runs \`casefiles\` from PATH (the folder's name is unusual)" >&2
else
  exec_line="Exec=\"$exec_path\" %F"
fi
while IFS= read -r line || [[ -n $line ]]; do
  if [[ $line == Exec=* ]]; then printf '%s\n' "$exec_line"; else printf '%s\n' "$line"; fi
done < "$here/$app_id.desktop" > "$desktop.tmp"
chmod 0644 "$desktop.tmp"
mv "$desktop.tmp" "$desktop"
install -m 0644 "$here/$app_id.svg" "$icon"
if [[ -f $here/$app_id.metainfo.xml ]]; then install -m 0644 "$here/$app_id.metainfo.xml" "$metainfo"; fi
refresh_caches

echo "casefiles installed in $program"
echo "  commands: $bin/casefiles, $bin/casefiles-cli"
echo "  menu entry: $desktop"
case ":$PATH:" in
  *":$bin:"*) ;;
  *) echo "  ($bin is not on your PATH: add it to run casefiles-cli by name)" ;;
esac
