#!/usr/bin/env bash
# Runs each fuzz target (fuzz/fuzz_targets/) for SECONDS, default 600, one
# after another, and reports what each one did. Needs cargo-fuzz
# (`cargo install cargo-fuzz`); on a stable toolchain RUSTC_BOOTSTRAP=1 lets
# it use the sanitizer flags. Corpora start from the fixtures and are kept
# under fuzz/corpus/ (not committed); a crash is saved under fuzz/artifacts/
# and must become a regression test.
#
#   scripts/fuzz.sh              every target, 10 minutes each
#   scripts/fuzz.sh 60 dates     one target, one minute
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(decode text html dates quotes)
export RUSTC_BOOTSTRAP=1

for target in "${targets[@]}"; do
    corpus=fuzz/corpus/$target
    mkdir -p "$corpus"
    # start from real pages and their date lines
    for page in fixtures/seeds/*.txt tests/data/*; do
        [ -f "$page" ] && cp -n "$page" "$corpus/" 2>/dev/null || true
    done
    echo "== $target: ${seconds}s"
    # -timeout: a single input that runs 10 s counts as a hang
    log=fuzz/artifacts/$target.log
    mkdir -p fuzz/artifacts
    cargo fuzz run -O "$target" "$corpus" -- -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 >"$log" 2>&1 || true
    # the run count, and on a crash the panic and libFuzzer's summary
    grep -E "^Done [0-9]+ runs|panicked at|^SUMMARY|Test unit written" "$log" || tail -n 5 "$log"
    if ls fuzz/artifacts/"$target"/crash-* fuzz/artifacts/"$target"/timeout-* >/dev/null 2>&1; then
        echo "!! $target: crash or hang saved under fuzz/artifacts/$target/"
    fi
done
