#!/usr/bin/env python3
"""Times `quire quotes` in every format, and `quire report`, on a project of 10,000+ quotes.

The issue's target: 10,000 quotes to any format in under a second. The project is built once
(a generated X archive coded with the shipped codebook) and reused.

    python3 Scripts/bench_exports.py [--quire .build/release/quire] [--tweets 120000] [--runs 3]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quire", default=os.path.join(ROOT, ".build/release/quire"))
    ap.add_argument("--tweets", type=int, default=120_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--work", default="/tmp/quire-bench-exports")
    a = ap.parse_args()
    if not os.path.exists(a.quire):
        sys.exit(f"no quire binary at {a.quire}: run `swift build -c release` first")
    os.makedirs(a.work, exist_ok=True)
    project = os.path.join(a.work, f"p{a.tweets}.quire")
    archive = os.path.join(a.work, f"archive{a.tweets}")
    if not os.path.exists(project):
        if not os.path.exists(archive):
            run([sys.executable, os.path.join(ROOT, "Scripts/gen_bench_corpus.py"), "--tweets", str(a.tweets), "--out", archive])
        run([a.quire, "init", "--project", project])
        run([a.quire, "import", archive, "--project", project])
        run([a.quire, "codebook", "load", os.path.join(ROOT, "Codebooks/teachers-on-twitter.yml"), "--project", project])
        run([a.quire, "code", "--project", project])
    import sqlite3
    with sqlite3.connect(project) as db:
        quotes = db.execute("SELECT COUNT(*) FROM coding WHERE status != 'rejected'").fetchone()[0]
    print(f"project: {a.tweets} tweets, {quotes} quote rows; median of {a.runs} runs, wall seconds")
    jobs = [(f, [a.quire, "quotes", "--format", f, "--out", os.path.join(a.work, "q." + f), "--project", project])
            for f in ["csv", "tsv", "json", "markdown", "html", "latex", "docx"]]
    jobs += [(f"report {f}", [a.quire, "report", "--format", f, "--out", os.path.join(a.work, "r." + f), "--project", project])
             for f in ["html", "markdown", "latex", "docx"]]
    print("| export | seconds | per 10,000 quotes |")
    print("|---|--:|--:|")
    for name, cmd in jobs:
        times = []
        for _ in range(a.runs):
            t0 = time.perf_counter()
            run(cmd)
            times.append(time.perf_counter() - t0)
        m = statistics.median(times)
        print(f"| {name} | {m:.2f} | {m * 10000 / max(1, quotes):.2f} |")


if __name__ == "__main__":
    main()
