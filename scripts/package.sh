#!/usr/bin/env bash
# Builds the Debian package (Release build in build/, `cpack -G DEB`) and shows its control
# data. With --install-test it also installs the .deb with apt-get, runs the installed
# /usr/bin/ankle-atlas from /tmp (--list-structures, and a screenshot under xvfb-run),
# and removes the package again. Needs root (or sudo) for --install-test.
# Environment: AA_BUILD_DIR (default build, configured and built by scripts/build.sh).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
install_test=0
[[ "${1:-}" == "--install-test" ]] && install_test=1
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"

build="${AA_BUILD_DIR:-$root/build}"
"$root/scripts/install-deps.sh" dpkg-dev file
if [[ -z "${AA_BUILD_DIR:-}" ]]; then "$root/scripts/build.sh"; fi
cmake --build "$build" --target ankle-atlas
(cd "$build" && cpack -G DEB)
deb="$(ls -t "$build"/ankle-atlas_*.deb | head -1)"
echo "== $deb"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends Installed-Size
dpkg-deb --contents "$deb" | awk '{print "  " $6}'
((install_test)) || exit 0

work="$(mktemp -d)"
trap '$sudo apt-get remove -y -qq ankle-atlas >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb"
cd "$work"  # nowhere near the source tree or the build folder
model_args=()
if [[ ! -f /usr/share/ankle-atlas/models/foot_ankle.glb ]]; then
  printf 'o wedge\nv 0 0 0\nv 40 0 0\nv 0 30 0\nv 0 0 20\nf 1 3 2\nf 1 2 4\nf 1 4 3\nf 2 3 4\n' > wedge.obj
  model_args=(wedge.obj)
  echo "(no built-in model in the package yet: using a small OBJ)"
fi
env -u ANKLE_ATLAS_MODELS /usr/bin/ankle-atlas "${model_args[@]}" --list-structures >"$work/list.json"
echo "--list-structures from $work: $(grep -c '"id"' "$work/list.json") structures"
if ((${#model_args[@]} == 0)) && command -v strace >/dev/null; then
  # The binary also knows the source tree's models folder as a last resort; make sure the
  # packaged copy is the one it reads.
  env -u ANKLE_ATLAS_MODELS strace -f -e trace=openat -o "$work/trace" /usr/bin/ankle-atlas --list-structures >/dev/null
  opened="$(grep -o '"[^"]*foot_ankle.glb"' "$work/trace" | head -1)"
  echo "the installed program read $opened"
  [[ "$opened" == '"/usr/share/ankle-atlas/models/foot_ankle.glb"' ]] || { echo "not the packaged model" >&2; exit 1; }
fi
env -u ANKLE_ATLAS_MODELS xvfb-run -a /usr/bin/ankle-atlas "${model_args[@]}" --screenshot "$work/shot.png" --size 640x360
file "$work/shot.png"
cp "$work/shot.png" "$build/deb-screenshot.png"
echo "installed package works from $work; screenshot copied to $build/deb-screenshot.png; removing it"
