#!/usr/bin/env bash
# dxportal vs Hugo on the same neutral fixture, same machine, same run, same protocol.
#
#   bench/run.sh                                  # presets province and national, 5 runs each
#   PRESETS=province RUNS=3 bench/run.sh          # any subset of: province national (or seeds), fewer runs
#
# For each preset: generate the neutral fixture with ../shared/bench/gen_fixture.py, convert it for dxportal
# (java -jar target/dxportal.jar generate --from-fixture) and for Hugo (../shared/bench/to_hugo.py), then time both
# builds with the `dropcache` protocol of ../shared/bench/run_hugo_bench.sh: before every run the output is removed,
# dirty pages are synced, the page cache dropped, and the tool's binaries and the whole input tree read back, so the
# input is warm and the output side starts clean. hyperfine --warmup 1 --runs $RUNS gives the wall time (JVM start
# included: every run is a fresh `java -jar`); each run is wrapped in /usr/bin/time -v for the peak RSS (median).
# Then, when the jar has the incremental engine (vn.dxportal.serve.EditLatency), the rebuild time after one
# Markdown edit and one period YAML edit on a copy of the generated content.
#
# Environment: PRESETS (default "province national"), RUNS (default 5, the shared anchor's `--runs 5`), EDIT_RUNS (default 10), RESULTS (default /tmp/dxbench-results),
# SHARED (default: ../shared/bench beside the repository), JAVA_OPTS (JVM flags for dxportal builds; default below), SERVE_JAVA_OPTS (for the incremental engine),
# AOT_JAVA_OPTS (for the dxportal-aot row),
# AOT_JAVA (a java of JDK 25 or later for the dxportal-aot row; default: the newest under /usr/lib/jvm; empty: no such row),
# PAGE_SET (hugo: one more row, dxportal drawing only the page families the Hugo site has; an experiment, see below).
# Needs root (drop_caches) and installs hugo and hyperfine from Debian when they are missing. Bulky data goes to
# /tmp/bench-fixture-* and /tmp/bench-site-* (the same paths run_hugo_bench.sh uses) and /tmp/dxbench-*.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$(cd "$REPO/.." && pwd)/shared/bench}
PRESETS=${PRESETS:-province national}
RUNS=${RUNS:-5}
# Edits are cheap to repeat and their times spread more (a collection or a JIT compilation lands in one of them):
# their medians are over more runs, after EditLatency's own two warm-up edits.
EDIT_RUNS=${EDIT_RUNS:-10}
RESULTS=${RESULTS:-/tmp/dxbench-results}
# What a publishing script would pass: the parallel collector suits a short batch job that allocates a lot and
# never needs low pause times; the heap ceiling is what a national build needs (its live data is ~450 MB while
# pages render) with room for few full collections. The heap starts at its ceiling (-Xms) with a fixed 150 MB young
# generation (-Xmn): grown step by step from the machine's default, the old generation filled early and the JVM ran
# two or three full collections of 0.3-0.5 s each on the way up; a small young generation copies fewer survivors.
# The heap in transparent huge pages (where the kernel offers them on request, "madvise"): a national build faults in
# 850 MB of heap 2 MB at a time instead of 4 KB, about a second less system and user time (docs/benchmark.md).
# C2 (the optimising compiler) inlines less: callees of up to 50 bytecodes on hot paths (default 325) and none whose
# compiled code is over 500 bytes (default 2500). On 2 cores its compiler thread competes with rendering, and most
# methods of a build are lukewarm: smaller compilations halve C2's time and the hot paths still get compiled early
# (docs/benchmark.md, JVM flags).
JIT_OPTS="-XX:FreqInlineSize=50 -XX:InlineSmallCode=500"
# A build (not the long-lived preview) also compiles with C2 later, five times the default call counts, and C1 inlines
# less: a cold build's lukewarm methods are no longer compiled twice over. Against the lines above alone, alternating
# builds: national 2-3 % less time and CPU, province about 12 % less (docs/benchmark.md, fourteenth session).
BUILD_JIT_OPTS="$JIT_OPTS -XX:Tier4InvocationThreshold=25000 -XX:Tier4MinInvocationThreshold=3000 -XX:Tier4CompileThreshold=75000 -XX:Tier4BackEdgeThreshold=200000 -XX:C1MaxInlineSize=20 -XX:C1InlineStackLimit=5"
JAVA_OPTS=${JAVA_OPTS:--XX:+UseParallelGC -Xmx850m -Xms850m -Xmn150m -XX:+UseTransparentHugePages $BUILD_JIT_OPTS}
# The JDK 25 row (below) keeps C2's usual call counts: its start-up cache brings the training run's method profiles,
# and compiling those methods later undid what the cache is for: national 22.88 s with the later counts, 2.8 s behind
# the JDK 17 row of the same run; with its usual counts 20.05 s, 1 s ahead of it in the next (fourteenth session).
AOT_JAVA_OPTS=${AOT_JAVA_OPTS:--XX:+UseParallelGC -Xmx850m -Xms850m -Xmn150m -XX:+UseTransparentHugePages $JIT_OPTS}
# The live preview keeps every parsed file and the last build's pages between edits: it is given more room. The
# same inlining limits cut the national period YAML edit from ~430 to ~345 ms (docs/benchmark.md).
SERVE_JAVA_OPTS=${SERVE_JAVA_OPTS:--XX:+UseParallelGC -Xmx3g $JIT_OPTS}
JAR=$REPO/target/dxportal.jar
# A second dxportal row, when a JDK 25 or later is on the machine: the same jar and flags on that JVM with an
# ahead-of-time cache (JEP 483/515: classes loaded and linked, and method profiles, recorded by a training run) made
# once per bench run from the sample portal in content/, not from the fixture measured. -XX:AOTMode=on makes a
# cache the JVM cannot use an error, rather than a run silently without it.
if [ -z "${AOT_JAVA+set}" ]; then
  AOT_JAVA=""
  for j in $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null); do
    v=$("$j" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ -n "$v" ] && [ "${v%%.*}" -ge 25 ] 2>/dev/null; then AOT_JAVA=$j; fi
  done
fi
AOT_CACHE=$RESULTS/dxportal.aot
# PAGE_SET=hugo adds a row "dxportal-hugo-pages": the same build, same flags and protocol, drawing only the page
# families the Hugo site of ../shared/bench/README.md has (no document library, search index, open data, compliance,
# about, Q&A or access-to-information pages). It measures what the engine costs on (nearly) the pages Hugo makes, not
# the product: the jar comes from this source tree with bench/experiments/hugo-page-set.patch applied, in a copy under
# $RESULTS, and the product's jar never has it.
PAGE_SET=${PAGE_SET:-}
case "$PAGE_SET" in
  ""|hugo) ;;
  *) echo "error: PAGE_SET=$PAGE_SET: unknown page set (the only one is 'hugo')" >&2; exit 1 ;;
esac
PAGE_SET_JAR=$RESULTS/page-set-src/target/dxportal.jar

[ -f "$SHARED/gen_fixture.py" ] || { echo "error: $SHARED/gen_fixture.py not found (set SHARED=...)" >&2; exit 1; }
[ -w /proc/sys/vm/drop_caches ] || { echo "error: the dropcache protocol needs root (it writes /proc/sys/vm/drop_caches)" >&2; exit 1; }
missing=()
command -v hugo >/dev/null || missing+=(hugo)
command -v hyperfine >/dev/null || missing+=(hyperfine)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} from Debian"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ! -f "$JAR" ]; then (cd "$REPO" && mvn -B -q package -DskipTests); fi
if [ "$PAGE_SET" = hugo ]; then
  rm -rf "$RESULTS/page-set-src"
  mkdir -p "$RESULTS/page-set-src"
  # The whole source tree (the jar also packs schemas/ and rules/), without builds and history.
  tar -C "$REPO" --exclude=./target --exclude=./site --exclude=./.git -cf - . | tar -C "$RESULTS/page-set-src" -xf -
  patch -s -d "$RESULTS/page-set-src" -p1 < "$REPO/bench/experiments/hugo-page-set.patch" \
    || { echo "error: bench/experiments/hugo-page-set.patch no longer applies to src/ (update it, or run without PAGE_SET)" >&2; exit 1; }
  (cd "$RESULTS/page-set-src" && mvn -B -q package -DskipTests)
fi
JAVA_BIN=$(readlink -f "$(command -v java)")
JAVA_HOME_DIR=$(dirname "$(dirname "$JAVA_BIN")")
HUGO_BIN=$(command -v hugo)

mkdir -p "$RESULTS"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  # How dear fresh memory is on this machine: on the project's virtual machines the first touch of a page the host has
  # taken back costs far more than the copy itself, and it moved both tools' times from one day to the next (Hugo
  # peaks at 2.5 GiB, dxportal writes 1 GB of pages). Three writes of 1 GiB into tmpfs, each freed at once.
  echo "fresh memory, 1 GiB written into /dev/shm (s, three times): $(for i in 1 2 3; do
    /usr/bin/time -f %e dd if=/dev/zero of=/dev/shm/dxbench-probe bs=1M count=1024 2>&1 >/dev/null | tail -1; rm -f /dev/shm/dxbench-probe; done | paste -sd' ')"
  echo "hugo: $(hugo version)"
  echo "hyperfine: $(hyperfine --version)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "dxportal: $(java -jar "$JAR" --version | head -1)"
  echo "JAVA_OPTS: $JAVA_OPTS"
  echo "SERVE_JAVA_OPTS: $SERVE_JAVA_OPTS"
  echo "AOT_JAVA_OPTS: $AOT_JAVA_OPTS"
  echo "runs: $RUNS (edits: $EDIT_RUNS)"
  if [ -n "$AOT_JAVA" ]; then echo "dxportal-aot: $("$AOT_JAVA" -version 2>&1 | head -1) ($AOT_JAVA), AOT cache trained on content/"; else echo "dxportal-aot: no JDK 25 or later (AOT_JAVA)"; fi
} | tee "$RESULTS/machine.txt"

if [ -n "$AOT_JAVA" ]; then
  # Training builds the sample portal once (from the repository: the default theme is found from there) and, on
  # exit, the JVM writes the cache in a child process. Its output is thrown away.
  rm -f "$AOT_CACHE"
  (cd "$REPO" && "$AOT_JAVA" $AOT_JAVA_OPTS -XX:AOTCacheOutput="$AOT_CACHE" -jar "$JAR" build --content content --out "$RESULTS/aot-training-site") \
    > "$RESULTS/aot-training.log" 2>&1
  rm -rf "$RESULTS/aot-training-site"
  echo "AOT cache: $(du -h "$AOT_CACHE" | cut -f1)"
fi

# The dropcache --prepare command: clean DEST, reset caches, re-read the tool's binaries and its input.
prepare_cmd() { # dest input binaries...
  local dest=$1 input=$2; shift 2
  echo "rm -rf $dest; sync; echo 3 > /proc/sys/vm/drop_caches; cat $* > /dev/null; find $input -type f -print0 | xargs -0 cat > /dev/null"
}

# hyperfine with the dropcache --prepare; every run (the warmup too) under /usr/bin/time -v, appended to one file:
# peak RSS is the median over the timed runs. Measuring RSS inside the timed runs rather than in three more runs
# (as run_hugo_bench.sh does) saves three national builds per tool; the wrapper costs one fork and is the same for both.
measure() { # name dir out prepare command...
  local name=$1 res=$2 out=$3 prep=$4; shift 4
  echo "prepare: $prep" > "$res/$name-protocol.txt"
  rm -f "$res/$name-time.txt"
  hyperfine --warmup 1 --runs "$RUNS" --prepare "$prep" --export-json "$res/$name.json" \
    --command-name "$name" "/usr/bin/time -v -a -o $res/$name-time.txt $* > $res/$name-last-run.log 2>&1"
  {
    echo "html_files: $(find "$out" -type f -name '*.html' | wc -l)"
    echo "all_files: $(find "$out" -type f | wc -l)"
    echo "file_bytes: $(find "$out" -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}')"
  } > "$res/$name-output.txt"
}

for preset in $PRESETS; do
  res=$RESULTS/$preset
  mkdir -p "$res"
  rm -f "$res/dxportal-aot.json"  # an earlier run's row, when this one has no JDK for it
  fx=/tmp/bench-fixture-$preset
  hugo_site=/tmp/bench-site-$preset
  content=/tmp/dxbench-content-$preset
  echo
  echo "=== $preset"
  python3 "$SHARED/gen_fixture.py" --preset "$preset" --out "$fx" | tee "$res/fixture.txt"
  python3 "$SHARED/to_hugo.py" --fixture "$fx" --out "$hugo_site" | tee "$res/hugo-site.txt"
  java -jar "$JAR" generate --from-fixture "$fx" --out "$content" | tee "$res/dxportal-content.txt"
  measure hugo "$res" "/tmp/bench-out-$preset" "$(prepare_cmd "/tmp/bench-out-$preset" "$hugo_site" "$HUGO_BIN")" \
    hugo --quiet -s "$hugo_site" -d "/tmp/bench-out-$preset"
  measure dxportal "$res" "/tmp/dxbench-out-$preset" "$(prepare_cmd "/tmp/dxbench-out-$preset" "$content" "$JAVA_BIN" "$JAVA_HOME_DIR/lib/modules" "$JAR")" \
    java $JAVA_OPTS -jar "$JAR" build --timings --content "$content" --out "/tmp/dxbench-out-$preset"
  # The last timed run's own account of where its time went (--timings only prints what every build records).
  sed -n '1,/Lâu nhất/p' "$res/dxportal-last-run.log"
  rm -f "$res/dxportal-hugo-pages.json"
  if [ "$PAGE_SET" = hugo ]; then
    measure dxportal-hugo-pages "$res" "/tmp/dxbench-out-$preset" "$(prepare_cmd "/tmp/dxbench-out-$preset" "$content" "$JAVA_BIN" "$JAVA_HOME_DIR/lib/modules" "$PAGE_SET_JAR")" \
      java $JAVA_OPTS -Ddxportal.experiment.pageSet=hugo -jar "$PAGE_SET_JAR" build --content "$content" --out "/tmp/dxbench-out-$preset"
  fi
  if [ -n "$AOT_JAVA" ]; then
    aot_home=$(dirname "$(dirname "$(readlink -f "$AOT_JAVA")")")
    measure dxportal-aot "$res" "/tmp/dxbench-out-$preset" "$(prepare_cmd "/tmp/dxbench-out-$preset" "$content" "$(readlink -f "$AOT_JAVA")" "$aot_home/lib/modules" "$JAR" "$AOT_CACHE")" \
      "$AOT_JAVA" $AOT_JAVA_OPTS -XX:AOTCache="$AOT_CACHE" -XX:AOTMode=on -jar "$JAR" build --timings --content "$content" --out "/tmp/dxbench-out-$preset"
    sed -n '1,/Lâu nhất/p' "$res/dxportal-aot-last-run.log"
  fi

  if unzip -Z1 "$JAR" 2>/dev/null | grep -x 'vn/dxportal/serve/EditLatency.class' >/dev/null; then  # not grep -q: with pipefail its early exit fails unzip
    rm -rf "/tmp/dxbench-edit-$preset"
    cp -r "$content" "/tmp/dxbench-edit-$preset"
    java $SERVE_JAVA_OPTS -cp "$JAR" vn.dxportal.serve.EditLatency --content "/tmp/dxbench-edit-$preset" --runs "$EDIT_RUNS" | tee "$res/edit-latency.txt"
  else
    echo "incremental engine: not in this build (no vn.dxportal.serve.EditLatency in $JAR)" | tee "$res/edit-latency.txt"
  fi
done

python3 - "$RESULTS" $PRESETS <<'PY' | tee "$RESULTS/summary.md"
import json, re, statistics, sys
from pathlib import Path
root, presets = Path(sys.argv[1]), sys.argv[2:]

def tool(res, name):
    result = json.loads((res / f"{name}.json").read_text())["results"][0]
    runs = result["times"]
    # one /usr/bin/time -v report per run, the warmup first
    rss = [int(k) / 1024 for k in re.findall(r"Maximum resident set size \(kbytes\): (\d+)", (res / f"{name}-time.txt").read_text())][1:]
    out = dict(l.split(": ", 1) for l in (res / f"{name}-output.txt").read_text().split("\n") if ": " in l)
    return dict(median=statistics.median(runs), runs=runs, cpu=result["user"] + result["system"], rss=statistics.median(rss) if rss else float("nan"),
                html=int(out["html_files"]), files=int(out["all_files"]), bytes=int(out["file_bytes"]))

print("| preset | tool | HTML pages (all files) | output bytes | median wall s (runs) | CPU user+sys s (mean) | pages/s | ms/page | peak RSS MiB | dxportal/Hugo |")
print("|---|---|---|---|---|---|---|---|---|---|")
rows, aot_rows = {}, {}
for p in presets:
    res = root / p
    h, d = tool(res, "hugo"), tool(res, "dxportal")
    rows[p] = d
    tools = [("hugo", h), ("dxportal", d)]
    if (res / "dxportal-aot.json").exists():
        aot_rows[p] = tool(res, "dxportal-aot")
        tools.append(("dxportal-aot", aot_rows[p]))
    if (res / "dxportal-hugo-pages.json").exists():
        tools.append(("dxportal-hugo-pages (experiment)", tool(res, "dxportal-hugo-pages")))
    for name, t in tools:
        ratio = f"**{t['median'] / h['median']:.2f}×** time, {t['rss'] / h['rss']:.2f}× RSS" if name != "hugo" else ""
        print(f"| {p} | {name} | {t['html']:,} ({t['files']:,}) | {t['bytes']:,} | **{t['median']:.2f}** ({', '.join(f'{x:.2f}' for x in t['runs'])}) "
              f"| {t['cpu']:.2f} | {t['html'] / t['median']:,.0f} | {t['median'] * 1000 / t['html']:.2f} | {t['rss']:,.0f} | {ratio} |")
print()
for label, measured in (("dxportal", rows), ("dxportal-aot", aot_rows)):
    for p, d in measured.items():
        print(f"{label} build time per page, {p}: {d['median'] * 1000 / d['html']:.2f} ms ({d['html']:,} HTML pages, {d['median']:.2f} s)")
    if "province" in measured and "national" in measured:
        # Not the issue's figure (that is the per-page time above, for each preset): what each page more costs once the
        # build's fixed part (JVM start, class loading, JIT warm-up, the templates' first parse) is paid.
        small, big = measured["province"], measured["national"]
        print(f"{label} time per page added, province → national: {(big['median'] - small['median']) * 1000 / (big['html'] - small['html']):.2f} ms "
              f"(fixed part ≈ {small['median'] - small['html'] * (big['median'] - small['median']) / (big['html'] - small['html']):.2f} s)")
for p in presets:
    f = root / p / "edit-latency.txt"
    if f.exists():
        for line in f.read_text().splitlines():
            if line.strip(): print(f"{p}: {line.strip()}")
PY
