# Sourced by bench/ws_stream.sh and bench/ws_load.sh: builds the benchmark client and starts the
# server on a free port with the given extra arguments; stops it on exit.
# JAVA_OPTS (default -Xmx2g) go to the server's JVM. The heap is capped because the engine's heap
# guard (vm/HeapGuard) takes the old generation's occupancy, garbage included, for live data: on a
# big default heap G1 lets that pass the 1 GB per-run heap limit after a few thousand runs, and
# every run then stops with "heap limit reached". A 2 GB heap stays clear of it.
jar=${JAR:-backend/target/interleave.jar}
jdk=${JAVA_HOME:+$JAVA_HOME/bin}
jdk=${jdk:-$(dirname "$(readlink -f "$(command -v java)")")}
port=${PORT:-$((20000 + RANDOM % 20000))}
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }
[ -x frontend/node_modules/.bin/esbuild ] || { echo "install the frontend first: (cd frontend && npm ci)" >&2; exit 1; }
tmp=$(mktemp -d)
server=
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
frontend/node_modules/.bin/esbuild bench/ws_client.ts --bundle --platform=node --format=esm --log-level=warning \
  --outfile="$tmp/ws_client.mjs"

start_server() {
  # shellcheck disable=SC2086
  "$jdk/java" ${JAVA_OPTS:--Xmx2g} -jar "$jar" --server.port="$port" "$@" >"$tmp/server.log" 2>&1 &
  server=$!
  for _ in $(seq 120); do
    curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$server" 2>/dev/null || { cat "$tmp/server.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "the server did not start" >&2
  exit 1
}

server_cpu_ticks() { # user + system time of the server process, in 1/100 s
  awk '{ print $14 + $15 }' "/proc/$server/stat"
}

max_heap_mb() {
  "$jdk/jcmd" "$server" VM.flags | tr ' ' '\n' | awk -F= '/^-XX:MaxHeapSize=/ { printf "%d", $2 / 1048576 }'
}
