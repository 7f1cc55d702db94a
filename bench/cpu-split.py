#!/usr/bin/env python3
"""Where a build's CPU went, from an async-profiler profile recorded with `threads,collapsed`.

Usage:
  java -agentpath:/tmp/ap/linux-x64/libasyncProfiler.so=start,event=cpu,interval=5ms,threads,collapsed,file=build.collapsed \
       -jar target/dxportal.jar build --content DIR
  python3 bench/cpu-split.py build.collapsed [interval_ms, default 5]

Prints CPU seconds by thread and by what the samples were doing (drawing pages, writing files, loading, the JIT,
the collector...), and how much of it the kernel spent finding free inodes for new files and folders
(`find_inode_bit`): on a file system without a journal this grows when many files were deleted minutes before.
Why a script: the same two tables were worked out by hand in several sessions (see docs/benchmark.md).
"""
import collections
import re
import sys

# First match wins: a sample's stack is put under the first stage whose frame it holds, in this order.
STAGES = [
    ("the JIT compilers", lambda thread, stack: "Compiler" in thread),
    ("the collector and the VM thread", lambda thread, stack: "GC Thread" in thread or "VM Thread" in thread),
    ("writing files", lambda thread, stack: "site-writer" in thread or "WriteQueue.write" in stack or "SiteWriter.write" in stack),
    ("the search index", lambda thread, stack: "SearchIndex" in stack or "SearchPostings" in stack or "SearchPages" in stack),
    ("drawing pages", lambda thread, stack: "Templates.draw" in stack),
    ("open data and feeds", lambda thread, stack: "OpenData" in stack or "XmlFile" in stack or "AtomFeed" in stack),
    ("loading", lambda thread, stack: "ContentLoader" in stack),
    ("validating", lambda thread, stack: "validate/" in stack),
    ("metrics", lambda thread, stack: "metrics/Metrics" in stack),
    ("rules", lambda thread, stack: "rules/" in stack),
    ("planning", lambda thread, stack: "Pipeline.plan" in stack or "Planner" in stack),
]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    seconds = float(sys.argv[2] if len(sys.argv) > 2 else 5) / 1000
    by_thread, by_stage = collections.Counter(), collections.Counter()
    total = inode_search = 0
    try:
        profile = open(sys.argv[1], encoding="utf-8")
    except OSError as e:
        sys.exit(f"{sys.argv[1]}: cannot read the profile ({e.strerror}); record one as the usage above says")
    with profile:
        for line in profile:
            stack, _, count = line.rstrip("\n").rpartition(" ")
            if not count.isdigit():
                continue
            n = int(count)
            total += n
            thread = stack.split(";", 1)[0]
            # "[ForkJoinPool.commonPool-worker-1 tid=123]" → "ForkJoinPool.commonPool-worker-N" ("C2 CompilerThre" stays)
            by_thread[re.sub(r"(?<=[-#])\d+", "N", re.sub(r" tid=\d+\]$|^\[", "", thread))] += n
            by_stage[next((name for name, test in STAGES if test(thread, stack)), "other")] += n
            if "find_inode_bit" in stack:
                inode_search += n
    if total == 0:
        sys.exit(f"{sys.argv[1]}: no samples (was it recorded with 'collapsed'?)")
    print(f"CPU in samples: {total * seconds:.2f} s")
    print("\nby thread (CPU s):")
    for name, n in by_thread.most_common(8):
        print(f"  {n * seconds:7.2f}  {name}")
    print("\nby what it was doing (CPU s):")
    for name, n in by_stage.most_common():
        print(f"  {n * seconds:7.2f}  {name}")
    print(f"\nthe kernel finding free inodes (find_inode_bit): {inode_search * seconds:.2f} s")


if __name__ == "__main__":
    main()
