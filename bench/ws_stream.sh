#!/usr/bin/env bash
# Streaming over /ws: one client runs bench/ws_million.py (980,184 trace events) RUNS times in turn
# on one connection, decoding every batch with frontend/src/protocol.ts (typed columns) and
# acknowledging it, then RUNS more times building an object per event. Prints events per second
# delivered and decoded, from the start message to the summary, for each run; the first runs
# include the server's JIT warm-up.
# Target (issue 5): at least 500,000 events per second over loopback.
# Usage: bench/ws_stream.sh [RUNS]
# Needs backend/target/interleave.jar (or JAR=...), a JDK 21+ (JAVA_HOME), Node 20+ and frontend/node_modules.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-6}
. bench/ws_server.sh
start_server
echo "== $runs runs, batches decoded into typed columns"
node --experimental-websocket --no-warnings "$tmp/ws_client.mjs" stream "ws://localhost:$port/ws" \
  bench/ws_million.py "$runs"
echo "== $runs runs, every event decoded into an object"
node --experimental-websocket --no-warnings "$tmp/ws_client.mjs" stream "ws://localhost:$port/ws" \
  bench/ws_million.py "$runs" objects
