#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build-fuzz and runs them on seed corpora made
# from our own files (tests/fuzz/seeds, models/foot_ankle.manifest.json, models/lessons,
# generated meshes, cases and lessons).
#
#   scripts/fuzz.sh                      every target, 25 s each (the short run of test.sh)
#   scripts/fuzz.sh --seconds 3600 fuzz_model     one target for an hour
#   scripts/fuzz.sh --seconds 600 --jobs 2        two fuzzing processes per target
#
# Corpora grow in build-fuzz/corpus/<target> and are kept between runs; crashes land in
# build-fuzz/crashes/<target>. A loader crash whose faulting frame is inside libassimp is an
# Assimp bug: it is reported as such (not hidden), and the real app, which imports in a child
# process, must refuse that file and stay alive; that is checked with build/ankle-atlas. Any
# other crash, leak, timeout or sanitizer report fails the run. Inputs that crashed once are
# kept in tests/fuzz/crashers/<target>/ (committed) and replayed first as regressions.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds=25
jobs=1
targets=()
while (($#)); do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
((${#targets[@]})) || targets=(fuzz_manifest fuzz_options fuzz_model fuzz_case fuzz_lesson)

declare -A seed_kind=([fuzz_manifest]=manifest [fuzz_options]=options [fuzz_model]=model [fuzz_case]=case
                      [fuzz_lesson]=lesson)
# Small inputs keep executions fast; the model target refuses more than 256 KiB itself.
# The case and lesson readers' own size limits (1 and 2 MiB) are covered by unit tests.
declare -A max_len=([fuzz_manifest]=65536 [fuzz_options]=512 [fuzz_model]=65536 [fuzz_case]=16384
                    [fuzz_lesson]=32768)

"$root/scripts/install-deps.sh" clang libclang-rt-14-dev >/dev/null
build="$root/build-fuzz"
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DAA_FUZZ=ON -DAA_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" --target fuzz-targets --parallel "$(nproc)"
bin="$build/tests/fuzz"
"$bin/aa_fuzz_seeds" "$root" "$build/seeds" >/dev/null

app="${AA_APP:-$root/build/ankle-atlas}"
# A sanitizer report or a crash makes a target exit non-zero. Leaks count as errors, except
# in the loader target: Assimp 5.2.5 itself leaks on many malformed files (hundreds of
# reports a minute, all allocated inside libassimp), which would drown everything else.
# Leaks in our loader code are caught by the sanitizer ctest run instead.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:symbolize=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export TMPDIR="$scratch"

# Prints "assimp" when, going down the first stack of a report, a frame in libassimp comes
# before any frame in our own sources; "ours" otherwise. Sanitizer interceptors, libFuzzer,
# libc and the C++ runtime are neither and are passed over.
crash_owner() {
  awk -v ours="$root/" '/^ *#[0-9]+ / {
         if (/libassimp/) { print "assimp"; found = 1; exit }
         if (index($0, ours) && !index($0, ours "build")) { print "ours"; found = 1; exit } }
       END { if (!found) print "ours" }' "$1"
}

# The app must refuse (exit 2) or load (exit 0) an input that crashed Assimp in-process.
app_survives() {
  local input="$1" index ext file
  [[ -x "$app" ]] || { echo "    (no $app: app survival not checked; build it first)"; return 0; }
  index=$(( $(od -An -tu1 -N1 "$input") & 7 ))
  ext=(obj stl ply gltf glb off dae fbx)
  file="$scratch/replay.${ext[$index]}"
  tail -c +2 "$input" > "$file"
  local code=0
  # The app stops an import after 60 s of the child's processor time, or 180 s on the clock
  # for a child that hangs without working; only a run past both is the app not surviving.
  # (120 s on the clock failed a loaded run: a fuzzed PLY's import took longer, then ended.)
  timeout 400 "$app" --list-structures "$file" >/dev/null 2>"$scratch/app.err" || code=$?
  if [[ $code -eq 0 || $code -eq 2 ]]; then
    echo "    app (isolated import) exit $code: $(head -c 200 "$scratch/app.err" | tr '\n' ' ')"
    return 0
  fi
  echo "    APP DID NOT SURVIVE: exit $code on $file"
  return 1
}

failures=0
summary=()
for t in "${targets[@]}"; do
  kind="${seed_kind[$t]:?unknown target $t}"
  corpus="$build/corpus/$t"
  crashes="$build/crashes/$t"
  mkdir -p "$corpus" "$crashes"
  rm -f "$crashes"/*
  log="$build/$t.log"
  leaks=1
  [[ "$t" == fuzz_model ]] && leaks=0

  # Regressions first: every committed crasher must now pass (or, for Assimp's own bugs
  # in the loader target, leave the app alive).
  for input in "$root/tests/fuzz/crashers/$t"/*; do
    [[ -f "$input" ]] || continue
    if ! ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=$leaks" "$bin/$t" -timeout=30 "$input" >"$scratch/replay.log" 2>&1; then
      if [[ "$t" == fuzz_model && "$(crash_owner "$scratch/replay.log")" == assimp ]]; then
        echo "$t: known Assimp crash still present: ${input#$root/}"
        app_survives "$input" || failures=$((failures + 1))
      else
        echo "$t: REGRESSION: ${input#$root/} still fails:"
        grep -m 12 -E "ERROR|SUMMARY|#[0-9] |promise" "$scratch/replay.log" || true
        failures=$((failures + 1))
      fi
    fi
  done

  flags=(-max_total_time="$seconds" -max_len="${max_len[$t]}" -timeout=20 -rss_limit_mb=3072
         -artifact_prefix="$crashes/" -print_final_stats=1)
  [[ "$t" == fuzz_options ]] && flags+=(-close_fd_mask=3)  # --help text and error lines
  if [[ "$t" == fuzz_model ]]; then
    # Fork mode keeps going after a crash, so one Assimp bug does not end the run.
    flags+=(-fork="$jobs" -ignore_crashes=1 -ignore_ooms=1 -ignore_timeouts=1)
  elif ((jobs > 1)); then
    flags+=(-jobs="$jobs" -workers="$jobs")
  fi
  echo "== $t: ${seconds}s on $(ls "$corpus" | wc -l) corpus + $(ls "$build/seeds/$kind" | wc -l) seed inputs"
  code=0
  (cd "$scratch" && ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=$leaks" "$bin/$t" "${flags[@]}" "$corpus" "$build/seeds/$kind") \
    >"$log" 2>&1 || code=$?
  execs=$( (grep -oE 'stat::number_of_executed_units: [0-9]+' "$log" || true) | awk '{s += $2} END {print s + 0}')
  if [[ "$execs" == 0 ]]; then  # fork mode reports progress lines instead of final stats
    execs=$( (grep -oE '^#[0-9]+' "$log" || true) | tail -1 | tr -d '#')
  fi
  cov=$( (grep -oE 'cov: [0-9]+' "$log" || true) | tail -1 | awk '{print $2}')

  ours=0 theirs=0
  for artifact in "$crashes"/*; do
    [[ -f "$artifact" ]] || continue
    # A timeout artifact replays with a timeout too (libFuzzer's default is 20 minutes).
    ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=$leaks" "$bin/$t" -timeout=30 "$artifact" >"$scratch/replay.log" 2>&1 &&
      continue  # did not reproduce alone (flaky, or a leak only the loader target ignores)
    if [[ "$t" == fuzz_model && "$(crash_owner "$scratch/replay.log")" == assimp ]]; then
      theirs=$((theirs + 1))
      frame=$( (grep -m1 -E '^ *#[0-9]+ .*libassimp' "$scratch/replay.log" || true) | sed -E 's/^ *#[0-9]+ 0x[0-9a-f]+ in //' | cut -c1-150)
      echo "  Assimp bug (crash inside libassimp, not ours): $(basename "$artifact"): $frame"
      app_survives "$artifact" || failures=$((failures + 1))
    else
      ours=$((ours + 1))
      echo "  CRASH in our code: $artifact"
      grep -m 16 -E "ERROR|SUMMARY|#[0-9]+ |promise|runtime error" "$scratch/replay.log" | sed 's/^/    /' || true
    fi
  done
  if ((code != 0 && ours == 0 && theirs == 0)) && [[ "$t" != fuzz_model ]]; then
    ours=1
    echo "  $t exited with $code without an artifact; see $log"
  fi
  failures=$((failures + ours))
  summary+=("$t: ${execs:-?} executions in ${seconds}s, coverage ${cov:-?}, crashes: $ours ours, $theirs in Assimp")
done

echo "== fuzz summary"
printf '  %s\n' "${summary[@]}"
if ((failures)); then
  echo "fuzz: $failures failure(s); inputs are in $build/crashes (copy the ones to keep into tests/fuzz/crashers/<target>/)"
  exit 1
fi
echo "fuzz: no crash in our code"
