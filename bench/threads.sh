#!/usr/bin/env bash
# The simulated machine's benchmarks (figures for the notes):
#   1. 1,000 threads x 100 lock-protected increments: wall time and trace events per second
#      (target: at least 1,000,000 events/s);
#   2. bench/cpu_workload.py on one thread and split over 4 threads: engine wall times
#      (target: 4 threads at most 1.5 x one thread);
#   3. 10,000 threads alive at once under a 500 MB heap (target: it runs; peak heap printed).
# Usage: bench/threads.sh [runs]   (needs backend/target/interleave.jar; JAVA_HOME of a JDK 21+)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=backend/target/interleave.jar
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

field() { # field NAME < summary: the number before NAME in --summary's output
  grep -o "[0-9.]* $1" | head -1 | cut -d' ' -f1
}

echo "== 1,000 threads x 100 lock-protected increments"
for _ in $(seq "$runs"); do
  "$java" -jar "$jar" run bench/locks_1000.py --summary >"$tmp/out" 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
  grep -q '^100000$' "$tmp/out" || { echo "wrong result" >&2; cat "$tmp/out" "$tmp/err" >&2; exit 1; }
  echo "cold JVM: $(field events <"$tmp/err") events, $(grep -o 'wall time [0-9.]* s' "$tmp/err"), $(field events/s <"$tmp/err") events/s"
done
"$java" -jar "$jar" run bench/locks_1000.py --summary --repeat 8 >"$tmp/out" 2>"$tmp/err"
echo "warm JVM (8th run in one JVM): $(grep -o 'wall time [0-9.]* s' "$tmp/err" | tail -1), $(grep -o '[0-9]* events/s' "$tmp/err" | tail -1)"

echo "== bench/cpu_workload.py: 1 thread vs 4 threads (engine wall time, best of $runs)"
sed 's/^THREADS = 1$/THREADS = 4/' bench/cpu_workload.py >"$tmp/cpu4.py"
best() {
  local b=
  for _ in $(seq "$runs"); do
    "$java" -jar "$jar" run "$1" --summary >/dev/null 2>"$tmp/err"
    local t
    t=$(grep -o 'wall time [0-9.]*' "$tmp/err" | cut -d' ' -f3)
    if [ -z "$b" ] || awk -v t="$t" -v b="$b" 'BEGIN { exit !(t < b) }'; then b=$t; fi
  done
  echo "$b"
}
diff <("$java" -jar "$jar" run bench/cpu_workload.py) <("$java" -jar "$jar" run "$tmp/cpu4.py") \
  || { echo "outputs differ" >&2; exit 1; }
one=$(best bench/cpu_workload.py)
four=$(best "$tmp/cpu4.py")
echo "1 thread: ${one} s, 4 threads: ${four} s, ratio $(awk -v a="$four" -v b="$one" 'BEGIN { printf "%.2f", a / b }')"

echo "== 10,000 threads alive at once (-Xmx500m)"
"$java" -Xmx500m -jar "$jar" run bench/threads_10k.py --summary >"$tmp/out" 2>"$tmp/err"
cat "$tmp/out"
grep -E 'threads|wall time' "$tmp/err"
