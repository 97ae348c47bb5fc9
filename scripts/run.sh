#!/usr/bin/env bash
# Installs what is missing, builds, and starts Ankle Atlas on the built-in model.
# With no display it renders the seven standard views to PNG files instead.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
app="$root/build/ankle-atlas"

if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
  exec "$app" "$@"
fi

out="${AA_SCREENSHOT_DIR:-$root/screenshots}"
mkdir -p "$out"
echo "No display found: rendering the seven standard views headless into $out"
for view in lateral medial posterior anterior plantar superior whole-leg; do
  xvfb-run -a -s "-screen 0 1920x1080x24" "$app" "$@" --screenshot "$out/$view.png" --view "$view"
done
echo "Done. Open the PNG files in $out"
