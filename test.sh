#!/usr/bin/env bash
# Runs every test of the project on a fresh machine.
# It installs what the tests need first: the Node conformance drivers (graphql-js as the oracle,
# graphql-http, graphql-ws, graphql-sse, playwright-core) from npm and Debian's chromium for the IDE
# browser test, then builds and runs every .NET test project, and ends with one summary line.
set -euo pipefail
cd "$(dirname "$0")"

npm ci --prefix tests/conformance --no-audit --no-fund --loglevel=error
bash tests/browser/install-chromium.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Flowserv.GraphQL.sln -c Release --nologo 2>&1 | tee "$log" || status=$?

# dotnet test prints one "Passed!/Failed!" line per test project; sum them into one closing line.
awk '/(Passed|Failed)!/ {
    for (i = 1; i <= NF; i++) {
        if ($i == "Passed:") passed += $(i + 1)
        if ($i == "Failed:") failed += $(i + 1)
    }
} END { printf "tests: %d passed, %d failed\n", passed, failed }' FS='[ ,]+' "$log"
exit "$status"
