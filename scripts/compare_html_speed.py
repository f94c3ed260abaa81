#!/usr/bin/env python3
"""Documents per second on the development set's HTML pages: newsextract
against trafilatura, each in one process over the same pages.

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install trafilatura
    cargo build --release
    /tmp/venv/bin/python scripts/compare_html_speed.py [ROUNDS]

trafilatura runs in-process (its `extract` with metadata, as a user calls
it); newsextract gets every page of every round as arguments of one run,
so its process start-up is counted once, as trafilatura's import is. Each
measurement is taken TRIES times and the fastest kept, for both tools, so
that a busy machine slows neither comparison down.
"""
import glob
import os
import subprocess
import sys
import time

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 20
TRIES = 3
here = os.path.dirname(os.path.abspath(__file__))
pages = sorted(glob.glob(os.path.join(here, "..", "..", "shared", "corpus", "inputs", "dev", "*.html")))
if not pages:
    sys.exit("no HTML pages under ../shared/corpus/inputs/dev")
binary = os.path.join(here, "..", "target", "release", "newsextract")

docs = len(pages) * ROUNDS
timings = {}
for threads in (1, 0):
    timings[threads] = float("inf")
    for _ in range(TRIES):
        start = time.perf_counter()
        run = subprocess.run([binary, "--threads", str(threads)] + pages * ROUNDS, capture_output=True)
        timings[threads] = min(timings[threads], time.perf_counter() - start)
        assert run.returncode == 0, run.stderr.decode()
    label = "1 thread" if threads == 1 else f"all {os.cpu_count()} cores"
    print(f"newsextract ({label}): {docs} pages in {timings[threads]:.2f} s = {docs / timings[threads]:.1f} pages/s")

try:
    import trafilatura
except ImportError:
    sys.exit("trafilatura is not installed in this Python; see the docstring")
texts = [open(p, encoding="utf-8", errors="replace").read() for p in pages]
theirs = float("inf")
for _ in range(TRIES):
    start = time.perf_counter()
    for _ in range(ROUNDS):
        for text in texts:
            trafilatura.extract(text, with_metadata=True, output_format="json")
    theirs = min(theirs, time.perf_counter() - start)
print(f"trafilatura: {docs} pages in {theirs:.2f} s = {docs / theirs:.1f} pages/s")
print(f"newsextract is {theirs / timings[1]:.1f}x faster on one thread, {theirs / timings[0]:.1f}x on all cores")
