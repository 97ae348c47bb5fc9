#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through ctest. Render tests need a
# display, so ctest runs inside a virtual X server. Then, in their own build folders:
#   build-asan  the unit, command-line and corpus tests again with AddressSanitizer +
#               UndefinedBehaviorSanitizer (tests/CMakeLists.txt says why not the rest)
#   build-fuzz  a short libFuzzer run of every fuzz target (scripts/fuzz.sh)
# Locally AA_SKIP_SANITIZE=1 and AA_SKIP_FUZZ=1 skip those stages; CI (CI=true) always runs
# them, and builds with warnings as errors (-DAA_WERROR=ON; CMake also turns it on by itself
# when CI=true, which covers the fuzz build). Arguments go to cmake for the main build (see
# scripts/build.sh).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ci=0
[[ "${CI:-}" == "true" ]] && ci=1
run_sanitize=1
run_fuzz=1
((ci == 0)) && [[ "${AA_SKIP_SANITIZE:-0}" == "1" ]] && run_sanitize=0
((ci == 0)) && [[ "${AA_SKIP_FUZZ:-0}" == "1" ]] && run_fuzz=0
werror=()
((ci)) && werror=(-DAA_WERROR=ON)

jobs="$(nproc)"
run_ctest() {  # run_ctest BUILD_DIR [LD_PRELOAD for the tests]
  (cd "$1" && export LD_PRELOAD="${2:-${LD_PRELOAD:-}}" && xvfb-run -a -s "-screen 0 1920x1080x24 -noreset" ctest --output-on-failure --timeout 900 -j "$jobs")
}
stage_times=()
stage() {  # stage NAME COMMAND...: runs it and remembers how long it took
  local name="$1" start=$SECONDS
  shift
  echo "==== $name"
  "$@"
  stage_times+=("$name $((SECONDS - start)) s")
}

extra=()
((run_sanitize || run_fuzz)) && extra+=(clang libclang-rt-14-dev)  # fuzzing needs clang
stage "install" "$root/scripts/install-deps.sh" "${extra[@]}"
stage "build" "$root/scripts/build.sh" "${werror[@]}" "$@"
stage "ctest" run_ctest "$root/build"

if ((run_sanitize)); then
  # Leak checking stays on for our code. Mesa's GLX unloads its DRI driver (llvmpipe) at
  # exit, after which LeakSanitizer sees the driver's still-referenced allocations as leaks
  # from an "<unknown module>" that no suppression can name. Preloading the driver keeps it
  # mapped (and its memory reachable) until the leak check; verify_asan_link_order=0 allows
  # that preload. The suppressions list only Mesa, LLVM, GLX/X11/xcb and GLFW as a backstop.
  # (Slow unwinding, the other way to name those frames, hung in llvmpipe's threads here.)
  dri="$(ls /usr/lib/*/dri/swrast_dri.so 2>/dev/null | head -1 || true)"
  leaks=1
  if [[ -z "$dri" ]]; then
    leaks=0
    echo "swrast_dri.so not found: leak checking off for the sanitizer run (Mesa driver unload)"
  fi
  export ASAN_OPTIONS="detect_leaks=$leaks:verify_asan_link_order=0:strict_string_checks=1:detect_stack_use_after_return=1"
  export LSAN_OPTIONS="suppressions=$root/scripts/sanitizers/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  asan="$root/build-asan"
  if [[ ! -f "$asan/CMakeCache.txt" ]]; then
    # -O1 keeps the instrumented build quick to compile and the tests quick to run.
    stage "asan configure" cmake -S "$root" -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
      -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" -DCMAKE_C_FLAGS_DEBUG="-O1 -g" -DAA_SANITIZE=ON "${werror[@]}"
  elif ((ci)); then
    cmake -S "$root" -B "$asan" "${werror[@]}" >/dev/null  # a folder configured before without it
  fi
  stage "asan build" cmake --build "$asan" --parallel "$jobs"
  stage "asan ctest" run_ctest "$asan" "$dri"
  unset ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS
else
  echo "==== sanitizers skipped (AA_SKIP_SANITIZE=1)"
fi

if ((run_fuzz)); then
  stage "fuzz" env AA_APP="$root/build/ankle-atlas" "$root/scripts/fuzz.sh" --seconds "${AA_FUZZ_SECONDS:-25}"
else
  echo "==== fuzzing skipped (AA_SKIP_FUZZ=1)"
fi

echo "==== stage times (total $SECONDS s)"
printf '  %s\n' "${stage_times[@]}"
