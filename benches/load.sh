#!/usr/bin/env bash
# load.sh: sustained, realistic load on the gateway over loopback, then saturation.
#
# usage: benches/load.sh [--rate N] [--duration SECS] [--saturation SECS] [--out DIR]
#
# Traffic: 8 classes mixed by share of the rate (30% streaming), 3 tenants and 3
# connectors via X-Tenant-Id / X-Connector, bodies from the shared bench kit:
#   chat-small 30%  chat-medium 25%  chat-large 5%  embeddings 5%  anthropic 5%
#   chat-stream-small 15%  chat-stream-medium 10%  anthropic-stream 5%
# Phase 1 holds --rate req/s (default 200) for --duration s (default 600); phase 2
# runs every class closed-loop for --saturation s (default 60). The gateway runs
# with the audit trail on. Every 5 s the gateway's resident memory and open file
# descriptors are sampled. Prints a report (also in OUT/report.md).
#
# Needs the bench kit prepared once (mock upstream and oha built):
#   cp -r ../shared/bench /tmp/bench && chmod -R u+w /tmp/bench && /tmp/bench/setup.sh
# and BENCH_KIT=/tmp/bench (the default). Builds the gateway in release mode.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KIT="${BENCH_KIT:-/tmp/bench}"
RATE=200
DURATION=600
SATURATION=60
OUT="$ROOT/target/load-$(date -u +%Y%m%dT%H%M%SZ)"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rate) RATE="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --saturation) SATURATION="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    *) echo "load.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
OHA="$KIT/.tools/bin/oha"
MOCK="$KIT/mock-upstream/target/release/mock-upstream"
[[ -x "$OHA" && -x "$MOCK" ]] || { echo "load.sh: run $KIT/setup.sh first (see the header)" >&2; exit 2; }
mkdir -p "$OUT"
(cd "$ROOT" && cargo build --release --quiet)
GW="$ROOT/target/release/redaction-gateway"
MOCK_PORT=18180 GW_PORT=18190 ADMIN_PORT=19190

cat >"$OUT/gateway.toml" <<TOML
[server]
listen = "127.0.0.1:$GW_PORT"
admin_listen = "127.0.0.1:$ADMIN_PORT"

[[providers]]
name = "openai"
kind = "openai"
base_url = "http://127.0.0.1:$MOCK_PORT"
default = true

[[providers]]
name = "anthropic"
kind = "anthropic"
base_url = "http://127.0.0.1:$MOCK_PORT"

[audit]
path = "$OUT/audit/audit.jsonl"
TOML

PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
# streams: 20 chunks 5 ms apart, so a stream stays open ~100 ms like a short answer
"$MOCK" --port "$MOCK_PORT" --chunks 20 --chunk-delay-ms 5 --exit-after $((DURATION + SATURATION + 600)) >"$OUT/mock.log" 2>&1 &
PIDS+=($!)
"$GW" serve --config "$OUT/gateway.toml" >"$OUT/gateway.log" 2>&1 &
GW_PID=$!
PIDS+=($GW_PID)
for _ in $(seq 100); do curl -fsS "http://127.0.0.1:$ADMIN_PORT/readyz" >/dev/null 2>&1 && break; sleep 0.1; done

# class: name body path tenant connector share%
CLASSES=(
  "chat-small chat-small /v1/chat/completions t1 default 30"
  "chat-medium chat-medium /v1/chat/completions t2 ontrack 25"
  "chat-large chat-large /v1/chat/completions t3 traxo 5"
  "embeddings embeddings /v1/embeddings t1 default 5"
  "anthropic anthropic-messages /anthropic/v1/messages t2 ontrack 5"
  "stream-small chat-stream-small /v1/chat/completions t3 traxo 15"
  "stream-medium chat-stream-medium /v1/chat/completions t1 default 10"
  "anthropic-stream anthropic-stream /anthropic/v1/messages t2 ontrack 5"
)

sample() { # every 5 s: seconds, RSS KiB, open fds
  local t0; t0=$(date +%s)
  echo "t,rss_kib,fds" >"$OUT/samples.csv"
  while kill -0 "$GW_PID" 2>/dev/null; do
    echo "$(( $(date +%s) - t0 )),$(awk '/VmRSS/ {print $2}' /proc/$GW_PID/status),$(ls /proc/$GW_PID/fd | wc -l)" >>"$OUT/samples.csv"
    sleep 5
  done
}
sample &
PIDS+=($!)

phase() { # name seconds fixed|saturation
  local name="$1" secs="$2" mode="$3" c n body path tenant conn share rate args
  local ps=()
  for c in "${CLASSES[@]}"; do
    read -r n body path tenant conn share <<<"$c"
    if [[ "$mode" == fixed ]]; then
      rate=$(python3 -c "print(max(1, round($RATE * $share / 100)))")
      args=(-q "$rate" -c 16)
    else
      args=(-c 16)
    fi
    "$OHA" --no-tui --output-format json -m POST -T application/json -t 30s \
      -H "X-Tenant-Id: $tenant" -H "X-Connector: $conn" -D "$KIT/bodies/$body.json" \
      -z "${secs}s" "${args[@]}" "http://127.0.0.1:$GW_PORT$path" >"$OUT/$name-$n.json" &
    ps+=($!)
  done
  wait "${ps[@]}"
}

echo "load: fixed rate $RATE req/s for ${DURATION}s, then saturation for ${SATURATION}s; output in $OUT"
phase fixed "$DURATION" fixed
phase saturation "$SATURATION" saturation
sleep 6
python3 "$ROOT/benches/load_report.py" "$OUT" "$RATE" "$(nproc)" "$DURATION" | tee "$OUT/report.md"
# rotated files (oldest first), then the current one
mapfile -t AUDIT < <(ls "$OUT"/audit/audit.jsonl.* 2>/dev/null | sort; echo "$OUT/audit/audit.jsonl")
"$GW" audit verify "${AUDIT[@]}" 2>&1 | tee -a "$OUT/report.md"
