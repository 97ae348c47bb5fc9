#!/usr/bin/env bash
# Installs the Debian 12 packages Ankle Atlas needs to build, run and test, skipping
# the package index update when everything is already there. Arguments name extra
# packages to install as well.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  libglfw3-dev libglm-dev libassimp-dev libimgui-dev libstb-dev libepoxy-dev zlib1g-dev
  libmeshoptimizer-dev
  nlohmann-json3-dev libcli11-dev googletest libgtest-dev
  libgl1-mesa-dri libglx-mesa0 xvfb xauth fonts-dejavu-core
  libcairo2-dev poppler-utils  # the patient handout (PDF and PNG) and its tests (pdfinfo, pdftotext)
)
if [[ "${AA_WITH_TOOLS:-0}" == "1" ]]; then
  packages+=(clang libclang-rt-14-dev f3d)  # sanitizers, fuzzing and the f3d benchmark
fi
packages+=("$@")  # extra packages a calling script needs (test.sh: clang; bench.sh: f3d, time)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "All ${#packages[@]} packages are installed."
  exit 0
fi

echo "Installing: ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
