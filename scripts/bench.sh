#!/usr/bin/env bash
# Benchmark (not a test): Ankle Atlas against f3d on the same files, in one run, under one
# virtual X server (started once, so its start-up is not counted). Prints each figure, the
# ratio against f3d and the issue-5 target, and writes build/bench/results.md.
#   (a) cold start to a 1920x1080 PNG of the built-in model (median of --reps runs), and
#       the same without multisampling (f3d's default output has no anti-aliasing)
#   (b) the same for binary STLs of 250,000, 1,000,000 and 4,000,000 triangles generated
#       here (tests/bench): how the import path's cost grows with the file
#   (c) median and p95 frame time of the interactive scene with UI at 1920x1080 and 1280x720,
#       the camera turning every frame (so the scene may be drawn at reduced resolution, as
#       in the viewer while it moves; the scale reached is printed), and the median of a
#       still view at full quality (f3d, for comparison: mean frame time of a replayed
#       orbit drag, without UI)
#   (d) severity change to new frame: median and p95 (pose, upload, measure, draw)
#   (e) peak memory (max RSS from /usr/bin/time) of the runs above
# Usage: scripts/bench.sh [--reps N] [--frames N] [--model FILE]
#   --model FILE  use FILE instead of models/foot_ankle.glb (also the fallback while that
#                 file does not exist: a 300,000-triangle torus stands in, and it says so)
# Environment: AA_BUILD_DIR (default build; must be a Release build of this tree).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
reps=5
frames=300
model=""
while (($#)); do
  case "$1" in
    --reps) reps="$2"; shift 2 ;;
    --frames) frames="$2"; shift 2 ;;
    --model) model="$(realpath "$2")"; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
build="${AA_BUILD_DIR:-$root/build}"
out="$build/bench"

if [[ -z "${AA_BENCH_INNER:-}" ]]; then
  "$root/scripts/install-deps.sh" f3d time
  if [[ -z "${AA_BUILD_DIR:-}" ]]; then "$root/scripts/build.sh"; fi
  cmake --build "$build" --target ankle-atlas aa_bench_mesh
  mkdir -p "$out"
  args=(--reps "$reps" --frames "$frames")
  [[ -n "$model" ]] && args+=(--model "$model")
  # One X server for the whole run; software rendering (llvmpipe) as on a laptop without GPU.
  exec env AA_BENCH_INNER=1 xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "${args[@]}"
fi

app="$build/ankle-atlas"
mesh_tool="$build/tests/bench/aa_bench_mesh"
stl_sizes=(250000 1000000 4000000)
stl_file() { echo "$out/torus_$1.stl"; }
for n in "${stl_sizes[@]}"; do
  [[ -f "$(stl_file "$n")" ]] || "$mesh_tool" "$(stl_file "$n")" "$n" >/dev/null
done
model_note="models/foot_ankle.glb"
if [[ -z "$model" ]]; then
  if [[ -f "$root/models/foot_ankle.glb" ]]; then
    model="$root/models/foot_ankle.glb"
  else
    model="$out/standin_300k.stl"
    [[ -f "$model" ]] || "$mesh_tool" "$model" 300000 >/dev/null
    model_note="stand-in $(basename "$model") (models/foot_ankle.glb does not exist yet)"
  fi
else
  model_note="$model"
fi
# The built-in model is opened like any file so that both programs read the same bytes.
app_model=()
[[ "$model" != "$root/models/foot_ankle.glb" ]] && app_model=("$model")

# measure NAME COMMAND...: runs once, appends "ms maxrss_kb" to $out/NAME.samples.
measure() {
  local name="$1" start end
  shift
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$out/time.txt" "$@" >"$out/last.log" 2>&1 || {
    echo "bench: '$*' failed:" >&2; tail -5 "$out/last.log" >&2; exit 1; }
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(tail -1 "$out/time.txt")" >>"$out/$name.samples"
}
median_col() {  # median_col NAME COLUMN
  sort -n -k"$2" "$out/$1.samples" | awk -v c="$2" '{v[NR] = $c} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
max_col() { sort -n -k"$2" "$out/$1.samples" | tail -1 | awk -v c="$2" '{print $c}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf (b > 0 ? "%.2f" : "n/a"), (b > 0 ? a / b : 0)}'; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN {print (v <= t ? "meets" : "MISSES")}'; }

rm -f "$out"/*.samples
f3d_common=(--dry-run --quiet --resolution 1920,1080)
cold_start() {  # cold_start TAG FILE APP_ARGS...: warm-up run each, then reps alternating
  local tag="$1" file="$2"
  shift 2
  measure "warm" "$app" "$@" --screenshot "$out/$tag-app.png" --size 1920x1080
  measure "warm" f3d "${f3d_common[@]}" --output "$out/$tag-f3d.png" "$file"
  for ((i = 0; i < reps; ++i)); do
    measure "$tag-app" "$app" "$@" --screenshot "$out/$tag-app.png" --size 1920x1080
    measure "$tag-f3d" f3d "${f3d_common[@]}" --output "$out/$tag-f3d.png" "$file"
  done
}
echo "bench: model $model_note; $reps repetitions; renderer:"
"$app" "${app_model[@]}" --bench-frames 1 --size 64x64 | sed -E 's/.*"renderer":"([^"]*)".*/  \1/'
cold_start a "$model" "${app_model[@]}"
# f3d's default output has no anti-aliasing; the same start without MSAA, for reference.
for ((i = 0; i < reps; ++i)); do
  measure "a1-app" "$app" "${app_model[@]}" --samples 1 --screenshot "$out/a1-app.png" --size 1920x1080
done
for n in "${stl_sizes[@]}"; do cold_start "b$n" "$(stl_file "$n")" "$(stl_file "$n")"; done

frame_json=()
for size in 1920x1080 1280x720; do
  measure "c-$size" "$app" "${app_model[@]}" --bench-frames "$frames" --size "$size"
  frame_json+=("$(grep -m1 median_ms "$out/last.log")")
done
field() { sed -E "s/.*\"$2\":([0-9.]+).*/\1/;t;s/.*/n\/a/" <<<"$1"; }

# f3d has no frame-time report; an orbit drag replayed with --interaction-test-play renders
# one frame per mouse move, so (time with N moves - time with none) / N is its mean frame
# time (no UI, its default shading). Two runs each, the faster counts.
orbit_log() {  # orbit_log N: a left-button drag of N small mouse moves
  echo "# StreamVersion 1.1"
  echo "MouseMoveEvent 600 300 0 0 0 0 0"
  echo "LeftButtonPressEvent 600 300 0 0 0 0 0"
  for ((i = 1; i <= $1; ++i)); do echo "MouseMoveEvent $((600 + (i % 200) * 2)) 300 0 0 0 0 0"; done
  echo "LeftButtonReleaseEvent 600 300 0 0 0 0 0"
}
f3d_moves=100
orbit_log 0 >"$out/orbit-0.log"
orbit_log "$f3d_moves" >"$out/orbit-n.log"
f3d_frame=()
for res in 1920,1080 1280,720; do
  for log in 0 n 0 n; do
    measure "f3d-orbit-$res-$log" f3d --dry-run --quiet --resolution "$res" \
      --interaction-test-play="$out/orbit-$log.log" --output "$out/orbit.png" "$model"
  done
  f3d_frame+=("$(awk -v a="$(sort -n "$out/f3d-orbit-$res-n.samples" | head -1 | cut -d' ' -f1)" \
    -v b="$(sort -n "$out/f3d-orbit-$res-0.samples" | head -1 | cut -d' ' -f1)" -v n="$f3d_moves" \
    'BEGIN {printf "%.1f", (a - b) / n}')")
done

a_app=$(median_col a-app 1) a_f3d=$(median_col a-f3d 1) a1_app=$(median_col a1-app 1)
round() { if [[ "$1" =~ ^[0-9.]+$ ]]; then awk -v v="$1" 'BEGIN {printf "%.1f", v}'; else echo "$1"; fi; }
c1_med=$(round "$(field "${frame_json[0]}" median_ms)") c1_p95=$(round "$(field "${frame_json[0]}" p95_ms)")
c2_med=$(round "$(field "${frame_json[1]}" median_ms)") c2_p95=$(round "$(field "${frame_json[1]}" p95_ms)")
tris=$(field "${frame_json[0]}" triangles)
c1_still=$(round "$(field "${frame_json[0]}" still_median_ms)") c2_still=$(round "$(field "${frame_json[1]}" still_median_ms)")
scale2() { awk -v v="$1" 'BEGIN {printf (v ~ /^[0-9.]+$/ ? "%.2f" : "%s"), v}'; }
c1_scale=$(scale2 "$(field "${frame_json[0]}" moving_scene_scale)") c2_scale=$(scale2 "$(field "${frame_json[1]}" moving_scene_scale)")
d_med=$(round "$(field "${frame_json[0]}" severity_change_median_ms)") d_p95=$(round "$(field "${frame_json[0]}" severity_change_p95_ms)")
mem() { awk -v k="$1" 'BEGIN {printf "%.0f", k / 1024}'; }
a_mem_app=$(max_col a-app 2) a_mem_f3d=$(max_col a-f3d 2)
c_mem=$(max_col c-1920x1080 2)

{
  echo "| measure | Ankle Atlas | f3d 1.3 | ratio | target | |"
  echo "|---|---|---|---|---|---|"
  echo "| (a) start to 1920x1080 PNG, model ($tris triangles) | $a_app ms | $a_f3d ms | $(ratio "$a_app" "$a_f3d") | <= 0.5 | $(verdict "$(ratio "$a_app" "$a_f3d")" 0.5) |"
  echo "| (a) the same with --samples 1 (no anti-aliasing, like f3d's output) | $a1_app ms | $a_f3d ms | $(ratio "$a1_app" "$a_f3d") | | |"
  for n in "${stl_sizes[@]}"; do
    b_app=$(median_col "b$n-app" 1) b_f3d=$(median_col "b$n-f3d" 1)
    echo "| (b) start to 1920x1080 PNG, $(printf "%'d" "$n")-triangle STL | $b_app ms | $b_f3d ms | $(ratio "$b_app" "$b_f3d") | <= 1.0 | $(verdict "$(ratio "$b_app" "$b_f3d")" 1.0) |"
  done
  echo "| (c) frame time with UI, 1920x1080, camera turning: median / p95 (scene scale $c1_scale; f3d: mean orbit frame, no UI) | $c1_med / $c1_p95 ms | ${f3d_frame[0]} ms | $(ratio "$c1_med" "${f3d_frame[0]}") | <= 33 ms | $(verdict "$c1_med" 33) |"
  echo "| (c) frame time with UI, 1280x720, camera turning: median / p95 (scene scale $c2_scale; f3d: as above) | $c2_med / $c2_p95 ms | ${f3d_frame[1]} ms | $(ratio "$c2_med" "${f3d_frame[1]}") | <= 16 ms | $(verdict "$c2_med" 16) |"
  echo "| (c) still view at full quality with UI, median: 1920x1080 / 1280x720 | $c1_still / $c2_still ms | | | | |"
  echo "| (d) severity change to new frame, 1920x1080: median / p95 | $d_med / $d_p95 ms | n/a | | <= 16 ms | $(verdict "$d_med" 16) |"
  echo "| (e) peak RSS, run (a) | $(mem "$a_mem_app") MiB | $(mem "$a_mem_f3d") MiB | $(ratio "$a_mem_app" "$a_mem_f3d") | | |"
  for n in "${stl_sizes[@]}"; do
    b_mem_app=$(max_col "b$n-app" 2) b_mem_f3d=$(max_col "b$n-f3d" 2)
    echo "| (e) peak RSS, run (b) $(printf "%'d" "$n") triangles | $(mem "$b_mem_app") MiB | $(mem "$b_mem_f3d") MiB | $(ratio "$b_mem_app" "$b_mem_f3d") | | |"
  done
  echo "| (e) peak RSS, run (c) 1920x1080, $frames frames | $(mem "$c_mem") MiB | n/a | | | |"
} >"$out/results.md"
echo "bench: model $model_note" >>"$out/results.md"
cat "$out/results.md"
echo "bench: samples (ms, max RSS kB) in $out/*.samples; PNGs in $out"
