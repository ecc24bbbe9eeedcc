#!/usr/bin/env bash
# The seeds' comparison of one job done several ways (bench/web_requests.py): 20 web requests of
# 100 ms waiting and 5 ms CPU each, serially, with 10 threads and with 4 processes. Prints each
# variant's virtual time (what the program measures) and the engine's wall time (target: each
# under 200 ms of simulation once the JVM is warm; the cold figure includes JVM start and the
# first compilation of the library modules).
# Usage: bench/processes.sh [runs]   (needs backend/target/interleave.jar; JAVA_HOME of a JDK 21+)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=backend/target/interleave.jar
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for mode in serial threads processes; do
  sed "s/^MODE = .*/MODE = \"$mode\"/" bench/web_requests.py >"$tmp/$mode.py"
  "$java" -jar "$jar" run "$tmp/$mode.py" --summary >"$tmp/out" 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
  cold=$(grep -o 'wall time [0-9.]* s' "$tmp/err")
  "$java" -jar "$jar" run "$tmp/$mode.py" --summary --repeat "$runs" >"$tmp/out2" 2>"$tmp/err2"
  warm=$(grep -o 'wall time [0-9.]* s' "$tmp/err2" | tail -1)
  echo "$(head -1 "$tmp/out") virtual; cold JVM: $cold; warm JVM (run $runs in one JVM): $warm"
done
