#!/usr/bin/env python3
"""Where each thread of a Quire run spends its time, from `perf` samples.

`perf report --tid` does not filter by thread on this machine kind, and SQLite is built without
frame pointers (its samples do not show their Swift callers), so this reads `perf script` output
itself: samples per thread, each thread's top leaf functions and libraries, and for any names
given, the share of the thread's samples whose call stack passes through them.

    perf record -F 999 -g -o run.data .build/release/quire code
    perf script -i run.data -F tid,ip,sym,dso | Scripts/perf_threads.py
    perf script -i run.data -F tid,ip,sym,dso | Scripts/perf_threads.py --top 15 Matcher Tokenizer sqlite3

A sample is attributed to a name when any frame of its stack contains it (a substring of the
mangled Swift name will do, e.g. `QuoteKeyAssigner`).
"""
import argparse
import collections
import re
import sys

FRAME = re.compile(r"^\s*[0-9a-f]+\s+(.*?)\s+\((.*)\)\s*$")
# A sample's first line: its thread id alone (perf pads ids of fewer digits with spaces, so the
# line may start with one), where a frame line is an address, a symbol and a library.
HEADER = re.compile(r"^\s*(\d+)\s*$")


def samples(lines):
    """Yields (tid, frames) for each sample; frames are (symbol, library) from leaf to root."""
    tid = None
    frames = []
    for line in lines:
        if not line.strip():
            if tid is not None:
                yield tid, frames
            tid, frames = None, []
        elif HEADER.match(line):
            if tid is not None:
                yield tid, frames
            tid, frames = HEADER.match(line).group(1), []
        else:
            m = FRAME.match(line)
            if m:
                frames.append((m.group(1), m.group(2).rsplit("/", 1)[-1]))
    if tid is not None:
        yield tid, frames


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*", help="names whose share of each thread's samples to print")
    ap.add_argument("--top", type=int, default=10, help="leaf functions to list per thread (default 10)")
    ap.add_argument("--threads", type=int, default=4, help="the busiest threads to show (default 4)")
    args = ap.parse_args()

    count = collections.Counter()
    leaves = collections.defaultdict(collections.Counter)
    libraries = collections.defaultdict(collections.Counter)
    through = collections.defaultdict(collections.Counter)
    for tid, frames in samples(sys.stdin):
        if not frames:
            continue
        count[tid] += 1
        symbol, library = frames[0]
        leaves[tid][symbol[:110]] += 1
        libraries[tid][library] += 1
        for name in args.names:
            if any(name in s for s, _ in frames):
                through[tid][name] += 1
    total = sum(count.values())
    if total == 0:
        sys.exit("no samples: pipe in `perf script -F tid,ip,sym,dso` of a `perf record -g` run")
    print(f"{total} samples in {len(count)} threads")
    for tid, n in count.most_common(args.threads):
        print(f"\nthread {tid}: {n} samples ({100 * n / total:.1f}%)")
        print("  libraries: " + ", ".join(f"{lib} {100 * k / n:.1f}%" for lib, k in libraries[tid].most_common(6)))
        for name in args.names:
            print(f"  through {name}: {100 * through[tid][name] / n:.1f}%")
        for symbol, k in leaves[tid].most_common(args.top):
            print(f"  {100 * k / n:5.1f}%  {symbol}")


if __name__ == "__main__":
    main()
