#!/usr/bin/env bash
# The seeds' comparison (C02): one job -- 20 web requests, each 100 ms of waiting and 5 ms of CPU --
# done serially, with 10 threads, with 4 processes and with asyncio (bench/four_ways/*.py).
# For each: the time the program measures on CPython 3.13 (real, best of RUNS) and on Interleave
# (virtual: what the simulated machine says it took), and Interleave's wall time to simulate it
# (cold: the first run in a fresh JVM; warm: the last of 10 runs in one JVM).
# Targets (issue 4): the virtual times ordered as the real ones; each variant simulated in under
# 200 ms of wall time (warm).
# Usage: bench/four_ways.sh [RUNS]   (needs backend/target/interleave.jar, a JDK 21+ as JAVA_HOME;
# CPython 3.13 as `PYENV_VERSION=3.13.0 python3`, skipped when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=${JAR:-backend/target/interleave.jar}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

seconds() { grep -o 'in [0-9.]* s' | head -1 | cut -d' ' -f2; }

printf '%-10s %12s %14s %12s %12s\n' variant "CPython (s)" "Interleave (s)" "cold wall" "warm wall"
for v in serial threads processes coroutines; do
  prog=bench/four_ways/$v.py
  real=-
  if PYENV_VERSION=3.13.0 python3 -c 'import sys; sys.exit(sys.version_info[:2] != (3, 13))' 2>/dev/null; then
    for _ in $(seq "$runs"); do
      t=$(PYENV_VERSION=3.13.0 python3 "$prog" | seconds)
      if [ "$real" = - ] || awk -v t="$t" -v b="$real" 'BEGIN { exit !(t < b) }'; then real=$t; fi
    done
  fi
  "$java" -jar "$jar" run "$prog" --summary --repeat 10 >"$tmp/out" 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
  virtual=$(seconds <"$tmp/out")
  cold=$(grep -o 'wall time [0-9.]* s' "$tmp/err" | head -1 | cut -d' ' -f3)
  warm=$(grep -o 'wall time [0-9.]* s' "$tmp/err" | tail -1 | cut -d' ' -f3)
  printf '%-10s %12s %14s %11ss %11ss\n' "$v" "$real" "$virtual" "$cold" "$warm"
done
