#!/usr/bin/env bash
# Parse, validate and execute of bench/graphql-js/documents in graphql-js 16.15 and in our engine, one
# after the other on this machine, then the ratios. Usage: bench/graphql-vs-js.sh [--time-ms N] [--only DOC]
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
npm ci --prefix bench/graphql-js --no-audit --no-fund --loglevel=error
dotnet build bench/GraphQL -c Release --nologo -v quiet -o "$out/bin" >/dev/null
node bench/graphql-js/bench.mjs "$@" > "$out/graphql-js.json"
dotnet "$out/bin/Flowserv.Bench.GraphQL.dll" --inputs bench/graphql-js "$@" > "$out/ours.json"
node bench/compare-graphql.mjs "$out/graphql-js.json" "$out/ours.json"
