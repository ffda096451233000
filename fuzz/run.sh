#!/usr/bin/env bash
# run.sh: a bounded run of every fuzz target (default 60 s each), one after the other.
#
# usage: fuzz/run.sh [SECONDS] [TARGET...]
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`); builds on stable with RUSTC_BOOTSTRAP=1.
# New inputs go to fuzz/corpus-work/<target> (git-ignored); the seeds in
# fuzz/corpus/<target> are read, never written. Crashes land in fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
SECS="${1:-60}"
shift || true
TARGETS=("$@")
[[ ${#TARGETS[@]} -gt 0 ]] || TARGETS=(scan_redact_restore body_walker sse_restorer pattern_loader approval_token)
export RUSTC_BOOTSTRAP=1
# (the loop below filters cargo-fuzz's output, so a missing tool would pass silently)
cargo fuzz --version >/dev/null 2>&1 || { echo "cargo-fuzz is missing: cargo install cargo-fuzz" >&2; exit 2; }
for t in "${TARGETS[@]}"; do
  mkdir -p "corpus-work/$t"
  echo "== $t: ${SECS}s"
  out="$(cargo fuzz run --release "$t" "corpus-work/$t" "corpus/$t" -- \
    -max_total_time="$SECS" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 2>&1)" || true
  grep -a -E "^(stat::|==|Done [0-9]+ runs|#[0-9]+ +DONE)|SUMMARY|panicked|Test unit written" <<<"$out" || true
  [[ -z "$(ls artifacts/$t 2>/dev/null)" ]] || { echo "$t: crash artifacts in fuzz/artifacts/$t"; exit 1; }
  # a build or start failure leaves no final line: say so instead of passing
  grep -q -a -E "^Done [0-9]+ runs" <<<"$out" || { echo "$t: did not run to the end:"; tail -20 <<<"$out"; exit 1; }
done
