#!/usr/bin/env bash
# concurrent.futures on the simulated machine (figures for the notes): the seeds' web-request
# comparison, bench/web_requests.py (20 requests of 100 ms waiting and 5 ms CPU each), done
# serially and with 10 threads through a ThreadPoolExecutor. For each variant: the program's
# own elapsed (virtual) time, the engine's wall time for a cold JVM and for the 8th run in one
# JVM (target: under 200 ms after warm-up), and CPython 3.13's real time when it is installed.
# Usage: bench/futures.sh   (needs backend/target/interleave.jar; JAVA_HOME of a JDK 21+)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=backend/target/interleave.jar
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for variant in serial pool; do
  sed "s/^VARIANT = \"pool\"$/VARIANT = \"$variant\"/" bench/web_requests.py >"$tmp/$variant.py"
  echo "== $variant"
  "$java" -jar "$jar" run "$tmp/$variant.py" --summary >"$tmp/out" 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
  echo "interleave (virtual time): $(cat "$tmp/out")"
  echo "cold JVM: $(grep -o 'wall time [0-9.]* s' "$tmp/err")"
  "$java" -jar "$jar" run "$tmp/$variant.py" --summary --repeat 8 >/dev/null 2>"$tmp/err"
  echo "warm JVM (8th run in one JVM): $(grep -o 'wall time [0-9.]* s' "$tmp/err" | tail -1)"
  if command -v python3.13 >/dev/null || PYENV_VERSION=3.13.0 python3 -c 'import sys; assert sys.version_info[:2] == (3, 13)' 2>/dev/null; then
    py=$(command -v python3.13 || echo python3)
    echo "CPython 3.13 (real time): $(PYENV_VERSION=3.13.0 "$py" "$tmp/$variant.py")"
  fi
done
