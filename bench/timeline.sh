#!/usr/bin/env bash
# The timeline in headless Chromium: a synthetic trace of EVENTS (default one million) events,
# streamed into the trace store as JSON batches (frontend/bench/synthetic.ts), then the time to
# load and draw the first frame, and frame times (median, p95) while zooming in, panning and
# zooming out. Also draws the real fixture traces in both themes and saves screenshots (and the
# drawn model) to OUT (default /tmp/interleave-timeline).
# Targets (issue 6): load + first draw under 2 s, median frame under 16 ms.
# Usage: bench/timeline.sh [EVENTS] [OUT]
# Needs Node 20+, frontend/node_modules (npm ci) and Chromium (/usr/bin/chromium, or CHROMIUM=...).
set -euo pipefail
cd "$(dirname "$0")/../frontend"
events=${1:-1000000}
out=${2:-/tmp/interleave-timeline}
mkdir -p "$out"
bundle=$(mktemp -d)/timeline-bench.js
npx esbuild bench/timeline-page.ts --bundle --format=esm --target=es2022 --log-level=warning --outfile="$bundle"
node bench/timeline-run.mjs "$bundle" "$out" "$events" src/trace/fixtures/*.json
echo "screenshots in $out"
