#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through ctest. Render tests
# need a display, so the whole run happens inside a virtual X server.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" "$@"
cd "$root/build"
xvfb-run -a -s "-screen 0 1920x1080x24" ctest --output-on-failure --timeout 900 -j "$(nproc)"
