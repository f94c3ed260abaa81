#!/usr/bin/env bash
# Throughput and memory of the command line at crawl scale.
#
# Builds a corpus of 20,000 documents from the seed fixtures (as one JSON
# Lines file and as a folder of files), extracts it with one thread and with
# every core, and reports documents/s, MB/s of input and peak RSS; times one
# page in a fresh process; then extracts a 1 GB JSON Lines file and reports
# its peak RSS (memory must not grow with the input). Needs bash, python3
# and GNU time (/usr/bin/time).
#
#   scripts/bench.sh              everything (a few minutes)
#   BENCH_BIG=0 scripts/bench.sh  without the 1 GB run
#   BENCH_DOCS=5000 scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
docs=${BENCH_DOCS:-20000}
work=${BENCH_DIR:-$(mktemp -d)}
trap '[ -z "${BENCH_DIR:-}" ] && rm -rf "$work"' EXIT

cargo build --release --quiet
bin=target/release/newsextract
cores=$(nproc)

python3 - "$work" "$docs" <<'PY'
import glob, json, os, sys
work, docs = sys.argv[1], int(sys.argv[2])
pages = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("fixtures/seeds/*.txt"))]
os.makedirs(f"{work}/folder", exist_ok=True)
with open(f"{work}/corpus.jsonl", "w", encoding="utf-8") as out:
    for i in range(docs):
        page = pages[i % len(pages)]
        out.write(json.dumps({"id": str(i), "url": f"https://example.org/{i}", "text": page}, ensure_ascii=False) + "\n")
        sub = f"{work}/folder/{i // 1000:03d}"
        os.makedirs(sub, exist_ok=True)
        with open(f"{sub}/{i:05d}.txt", "w", encoding="utf-8") as f:
            f.write(page)
PY
text_bytes=$(du -sb "$work/folder" | cut -f1)

# run LABEL THREADS INPUT: one timed extraction, its records to /dev/null
run() {
    local label=$1 threads=$2 input=$3
    /usr/bin/time -f "%e %M" -o "$work/time" "$bin" --threads "$threads" "$input" >/dev/null 2>"$work/stderr" || {
        cat "$work/stderr"; exit 1; }
    read -r seconds rss_kb <"$work/time"
    python3 -c "
docs, seconds, mb, rss = $docs, max($seconds, 0.01), $text_bytes / 1e6, $rss_kb / 1024
print(f'{\"$label\":<28} {docs / seconds:>9.0f} docs/s {mb / seconds:>7.1f} MB/s   peak RSS {rss:>6.1f} MB   ({seconds:.2f} s)')"
}

echo "corpus: $docs documents, $((text_bytes / 1000000)) MB of text (seed pages), $cores cores"
run "JSON Lines, 1 thread" 1 "$work/corpus.jsonl"
run "JSON Lines, $cores threads" 0 "$work/corpus.jsonl"
run "folder, 1 thread" 1 "$work/folder"
run "folder, $cores threads" 0 "$work/folder"

# one page in a fresh process, as a shell loop over files runs it: start-up
# (language data, patterns) is most of its time
python3 - "$bin" fixtures/seeds/*.txt <<'PY'
import statistics, subprocess, sys, time
bin, pages = sys.argv[1], sys.argv[2:]
times = []
for _ in range(10):
    for page in pages:
        start = time.perf_counter()
        subprocess.run([bin, page], stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
print(f"{'one page, fresh process':<28} {statistics.median(times) * 1000:>9.1f} ms median over {len(times)} runs")
PY

if [ "${BENCH_BIG:-1}" != 0 ]; then
    # a 1 GB dump streamed through: peak RSS must stay flat
    big="$work/big.jsonl"
    : >"$big"
    while [ "$(stat -c %s "$big")" -lt 1000000000 ]; do cat "$work/corpus.jsonl" >>"$big"; done
    size=$(stat -c %s "$big")
    /usr/bin/time -f "%e %M" -o "$work/time" "$bin" "$big" >/dev/null 2>"$work/stderr" || { cat "$work/stderr"; exit 1; }
    read -r seconds rss_kb <"$work/time"
    echo "1 GB JSON Lines ($((size / 1000000)) MB, all cores): $seconds s, peak RSS $((rss_kb / 1024)) MB, $(tail -1 "$work/stderr")"
fi
