#!/usr/bin/env bash
# Runs the CPU workload on CPython 3.13 and on Interleave and prints both wall times and their
# ratio (CPython time / Interleave time: 1.0 means as fast, 0.5 means half as fast).
# Usage: bench/cpu.sh [runs]   (needs backend/target/interleave.jar and PYENV's 3.13.0)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=backend/target/interleave.jar
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }

best() { # best wall time in seconds of "$@" over $runs runs
  local b=
  for _ in $(seq "$runs"); do
    local s e t
    s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N)
    t=$(awk -v s="$s" -v e="$e" 'BEGIN { print e - s }')
    if [ -z "$b" ] || awk -v t="$t" -v b="$b" 'BEGIN { exit !(t < b) }'; then b=$t; fi
  done
  printf '%.3f' "$b"
}

diff <(PYENV_VERSION=3.13.0 python3 bench/cpu_workload.py) <("$java" -jar "$jar" run bench/cpu_workload.py) \
  || { echo "outputs differ" >&2; exit 1; }
py=$(best env PYENV_VERSION=3.13.0 python3 bench/cpu_workload.py)
il=$(best "$java" -jar "$jar" run bench/cpu_workload.py)
echo "cpython 3.13: ${py} s"
echo "interleave:   ${il} s"
echo "ratio (cpython/interleave): $(awk -v p="$py" -v i="$il" 'BEGIN { printf "%.2f", p / i }')"
