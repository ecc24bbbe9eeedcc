# Sourced by bench/ws_stream.sh and bench/ws_load.sh: builds the benchmark client and starts the
# server on a free port with the given extra arguments; stops it on exit.
# JAVA_OPTS (default -Xmx2g) go to the server's JVM. start_server returns once the server has also
# finished its JIT warm-up (interleave.warmup.passes runs of the gallery through the engine, then as many
# over its own /ws), as a server would have long before a class opens the link.
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
    if curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1; then
      for _ in $(seq 120); do # the warm-up logs one line when it is done (none when it is off)
        grep -q 'warm-up: ' "$tmp/server.log" && break
        grep -q '^interleave.warmup.passes=0' <(printf '%s\n' "$@" | sed 's/^--//') && break
        sleep 0.5
      done
      return 0
    fi
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
