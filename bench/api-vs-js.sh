#!/usr/bin/env bash
# Our server against graphql-js (graphql-http on Node) on the same seeded SQLite database, in one run:
# requests/s and p50/p99 latency of bench/Api/documents/{leaderboard,runs}.graphql under 32 closed-loop
# clients (each response first compared with ours for equality), then the delay from a run's state change
# to its delivery to 1,000 workflowRunsChanged subscribers of our server. See bench/Api/README.md.
# Usage: bench/api-vs-js.sh [--seconds 10] [--warmup 30] [--clients 32] [--subscribers 1000] [--rounds 10]
#                           [--warmup-rounds 150] [--threads 2]
set -euo pipefail
cd "$(dirname "$0")/.."
ours_port=${OURS_PORT:-5181}
js_port=${JS_PORT:-5182}
js2_port=${JS2_PORT:-5183}
out=$(mktemp -d /tmp/flowserv-api-bench.XXXXXX)
pids=()
stop_servers() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_servers EXIT

# better-sqlite3 compiles from source when no prebuilt binary can be downloaded; Debian's nodejs ships the headers.
export npm_config_nodedir=${npm_config_nodedir:-/usr}
npm ci --prefix bench/Api --no-audit --no-fund --loglevel=error
npm ci --prefix bench/Api/graphql-js --no-audit --no-fund --loglevel=error
dotnet build server/Flowserv.Server.csproj -c Release --nologo -v quiet --artifacts-path "$out/art" >/dev/null
dotnet build bench/Api/Seed -c Release --nologo -v quiet --artifacts-path "$out/art" >/dev/null
dotnet "$out/art/bin/Flowserv.Bench.ApiSeed/release/Flowserv.Bench.ApiSeed.dll" "$out/api" > "$out/seed.json"

# Per-request logging at Information would measure the console, not the server; production runs at Warning.
FLOWSERV_API_DIR="$out/api" FLOWSERV_AUTH=open Logging__LogLevel__Default=Warning \
  ASPNETCORE_URLS="http://127.0.0.1:$ours_port" \
  dotnet "$out/art/bin/Flowserv.Server/release/flowserv-server.dll" > "$out/ours.log" 2>&1 &
pids+=($!)
node bench/Api/graphql-js/server.mjs "$out/api/flowserv.db" --port "$js_port" > "$out/graphql-js.log" 2>&1 &
pids+=($!)
node bench/Api/graphql-js/server.mjs "$out/api/flowserv.db" --port "$js2_port" --workers 2 > "$out/graphql-js-2.log" 2>&1 &
pids+=($!)
for port in "$ours_port" "$js_port" "$js2_port"; do
  for _ in $(seq 120); do
    curl -sf -o /dev/null -H 'content-type: application/json' -d '{"query":"{__typename}"}' "http://127.0.0.1:$port/graphql" && break
    sleep 0.5
  done
done

node bench/Api/run.mjs --seed "$out/seed.json" --json "$out/results.json" \
  --server "ours@${pids[0]}=http://127.0.0.1:$ours_port/graphql" \
  --server "graphql-js@${pids[1]}=http://127.0.0.1:$js_port/graphql" \
  --server "graphql-js, 2 workers@${pids[2]}=http://127.0.0.1:$js2_port/graphql" \
  "$@"
echo "raw figures: $out/results.json; server logs: $out/*.log" >&2
