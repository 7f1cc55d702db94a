#!/usr/bin/env bash
# Compares two ways of building the same content by running them AT THE SAME TIME, round after round.
#
# Usage (root, for the page-cache drop):
#   bash bench/side-by-side.sh CONTENT ROUNDS "label A|command A" "label B|command B"
# e.g.
#   bash bench/side-by-side.sh /tmp/dxbench-content-national 3 \
#     "main|java -Xmx850m -jar /tmp/main.jar build" "change|java -Xmx850m -jar target/dxportal.jar build"
# Each command gets "--content CONTENT --out DIR" appended (DIR in /dev/shm, one per side).
#
# Why: on this project's machines the same national build takes anywhere from 19 to 30 s from one run to the next,
# and even its CPU seconds vary by a fifth, so builds run one after the other cannot show a change of 2-3 %. Two
# builds started together share the machine's slow and fast moments; what each one used is then comparable. The
# figure to read is the CPU ratio B/A (user+sys, /usr/bin/time): the same jar on both sides gave 1.005-1.021.
# The wall times are printed too, but with two builds sharing two cores they say more about how the cores were
# shared than about either build; confirm a kept change with alternating single builds (bench/run.sh).
set -euo pipefail
[ $# -eq 4 ] || { sed -n '2,8p' "$0" >&2; exit 2; }
content=$1; rounds=$2; a=$3; b=$4
label_a=${a%%|*}; cmd_a=${a#*|}; label_b=${b%%|*}; cmd_b=${b#*|}
out_a=/dev/shm/side-by-side-a; out_b=/dev/shm/side-by-side-b
for round in $(seq 1 "$rounds"); do
  rm -rf "$out_a" "$out_b"
  sync; echo 3 > /proc/sys/vm/drop_caches
  find "$content" -type f -print0 | xargs -0 cat > /dev/null
  /usr/bin/time -o /tmp/side-by-side-a.time -f "%e %U %S" $cmd_a --content "$content" --out "$out_a" > /tmp/side-by-side-a.log 2>&1 &
  pid_a=$!
  /usr/bin/time -o /tmp/side-by-side-b.time -f "%e %U %S" $cmd_b --content "$content" --out "$out_b" > /tmp/side-by-side-b.log 2>&1 &
  pid_b=$!
  wait "$pid_a" || { echo "$label_a failed:" >&2; tail -5 /tmp/side-by-side-a.log >&2; exit 1; }
  wait "$pid_b" || { echo "$label_b failed:" >&2; tail -5 /tmp/side-by-side-b.log >&2; exit 1; }
  read -r wall_a user_a sys_a < /tmp/side-by-side-a.time
  read -r wall_b user_b sys_b < /tmp/side-by-side-b.time
  awk -v r="$round" -v la="$label_a" -v lb="$label_b" -v wa="$wall_a" -v wb="$wall_b" \
      -v ua="$user_a" -v sa="$sys_a" -v ub="$user_b" -v sb="$sys_b" \
      'BEGIN { ca = ua + sa; cb = ub + sb; printf "round %s: %s %.2f s wall, %.2f s CPU | %s %.2f s wall, %.2f s CPU | CPU %s/%s %.3f\n", r, la, wa, ca, lb, wb, cb, lb, la, cb / ca }'
done
