#!/usr/bin/env bash
# Renders scripts/packaging/ankle-atlas.svg to the PNG sizes the install step ships
# (icons/ankle-atlas-{48,128,256}.png). Run it after editing the SVG and commit the PNGs,
# so that building and packaging need no SVG renderer.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if ! command -v rsvg-convert >/dev/null; then
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends librsvg2-bin
fi
mkdir -p "$here/icons"
for size in 48 128 256; do
  rsvg-convert --width "$size" --height "$size" --format png \
    --output "$here/icons/ankle-atlas-$size.png" "$here/ankle-atlas.svg"
done
echo "Wrote $here/icons/ankle-atlas-{48,128,256}.png"
