#!/usr/bin/env bash
# Runs the CPU workload on CPython 3.13 and on Interleave, alternating, and prints each round's
# wall times, both medians and their ratio (CPython time / Interleave time: 1.0 means as fast,
# 0.5 means half as fast; the target is at least 0.5). Alternating rounds and medians keep the
# ratio fair when other work shares the machine.
# Usage: bench/cpu.sh [rounds]   (default 5; needs backend/target/interleave.jar and PYENV's 3.13.0)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
jar=backend/target/interleave.jar
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }

wall() { # wall time in seconds of "$@"
  local s e
  s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N)
  awk -v s="$s" -v e="$e" 'BEGIN { printf "%.3f", e - s }'
}
median() { # median of the arguments
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { printf "%.3f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

diff <(PYENV_VERSION=3.13.0 python3 bench/cpu_workload.py) <("$java" -jar "$jar" run bench/cpu_workload.py) \
  || { echo "outputs differ" >&2; exit 1; }
py=()
il=()
for r in $(seq "$rounds"); do
  py+=("$(wall env PYENV_VERSION=3.13.0 python3 bench/cpu_workload.py)")
  il+=("$(wall "$java" -jar "$jar" run bench/cpu_workload.py)")
  echo "round $r: cpython ${py[-1]} s, interleave ${il[-1]} s"
done
p=$(median "${py[@]}")
i=$(median "${il[@]}")
echo "cpython 3.13: ${p} s (median of $rounds)"
echo "interleave:   ${i} s (median of $rounds)"
echo "ratio (cpython/interleave): $(awk -v p="$p" -v i="$i" 'BEGIN { printf "%.2f", p / i }')"
