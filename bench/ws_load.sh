#!/usr/bin/env bash
# Load on /ws: CLIENTS WebSocket clients at once (300 by default), each running bench/ws_load.py (a
# gallery-sized program) to the end, ROUNDS times on one server. Per round: completed runs, p50 and
# p99 time to `accepted` and to `started`, to the first data message and to the summary, and the server's CPU time; at the end the
# server's heap (peak in use while loaded, and live after a full GC).
# Target (issue 5): every run completes, p99 to the first batch under one second.
# The clients all come from 127.0.0.1, so the server runs with max-runs-per-address raised to CLIENTS.
# Usage: bench/ws_load.sh [CLIENTS] [ROUNDS]
# Needs backend/target/interleave.jar (or JAR=...), a JDK 21+ (JAVA_HOME), Node 20+ and frontend/node_modules.
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-300}
rounds=${2:-5}
. bench/ws_server.sh
start_server --interleave.ws.max-runs-per-address="$clients"

peak=0
sample_heap() { # the largest heap in use, sampled every 100 ms until the file $tmp/stop appears
  local max=0 used
  while [ ! -e "$tmp/stop" ]; do
    used=$("$jdk/jstat" -gc "$server" 2>/dev/null | awk 'NR==2 { printf "%d", $3 + $4 + $6 + $8 }')
    [ -n "$used" ] && [ "$used" -gt "$max" ] && max=$used
    sleep 0.1
  done
  echo "$max" >"$tmp/peak"
}

for r in $(seq "$rounds"); do
  rm -f "$tmp/stop"
  sample_heap &
  sampler=$!
  cpu_before=$(server_cpu_ticks)
  echo "== round $r: $clients clients"
  node --experimental-websocket --no-warnings "$tmp/ws_client.mjs" load "ws://localhost:$port/ws" bench/ws_load.py \
    "$clients"
  echo "server CPU time: $(awk -v t=$(( $(server_cpu_ticks) - cpu_before )) 'BEGIN { printf "%.2f", t / 100 }') s"
  touch "$tmp/stop"
  wait "$sampler"
  p=$(cat "$tmp/peak")
  [ "$p" -gt "$peak" ] && peak=$p
done
"$jdk/jcmd" "$server" GC.run >/dev/null
live=$("$jdk/jstat" -gc "$server" | awk 'NR==2 { printf "%d", $3 + $4 + $6 + $8 }')
echo "== server heap: peak in use $((peak / 1024)) MB, live after a full GC $((live / 1024)) MB (max heap: $(max_heap_mb) MB)"
