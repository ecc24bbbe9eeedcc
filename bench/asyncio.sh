#!/usr/bin/env bash
# asyncio on the simulated machine: bench/asyncio_requests.py (20 requests of 100 ms waiting and
# 5 ms CPU each, gathered on one event loop). Prints the virtual time the program measures and
# the engine's wall time, cold and warm (target: under 200 ms wall per run after warm-up).
# Usage: bench/asyncio.sh [runs]   (needs backend/target/interleave.jar; JAVA_HOME of a JDK 21+)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=backend/target/interleave.jar
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== bench/asyncio_requests.py"
for _ in $(seq "$runs"); do
  "$java" -jar "$jar" run bench/asyncio_requests.py --summary >"$tmp/out" 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
  echo "cold JVM: $(cat "$tmp/out"), $(grep -o 'wall time [0-9.]* s' "$tmp/err")"
done
"$java" -jar "$jar" run bench/asyncio_requests.py --summary --repeat 20 >"$tmp/out" 2>"$tmp/err"
echo "warm JVM (20th run in one JVM): $(tail -1 "$tmp/out"), $(grep -o 'wall time [0-9.]* s' "$tmp/err" | tail -1)"
