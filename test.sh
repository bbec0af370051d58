#!/usr/bin/env bash
# Runs every test of the project on a fresh machine.
# It installs what the tests need first: the Node conformance drivers (graphql-js as the oracle,
# graphql-http, graphql-ws, graphql-sse, playwright-core) from npm, Debian's chromium for the IDE
# browser test and Debian's postgresql for the engine tests' PostgreSQL pass; then it builds and runs
# every .NET test project (the engine's twice: SQLite, then PostgreSQL) and ends with one summary line.
set -euo pipefail
cd "$(dirname "$0")"

npm ci --prefix tests/conformance --no-audit --no-fund --loglevel=error
bash tests/browser/install-chromium.sh
# PostgreSQL for the engine tests' second pass (installs Debian's postgresql when missing; needs root).
pg_url=$(bash tests/postgres/start-postgres.sh | tail -n 1)

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Flowserv.GraphQL.sln -c Release --nologo 2>&1 | tee "$log" || status=$?

# The engine's database tests once more, each test on a fresh PostgreSQL database.
echo "=== Flowserv.Engine.Tests against PostgreSQL ($pg_url) ===" | tee -a "$log"
FLOWSERV_TEST_DATABASE=$pg_url dotnet test tests/Flowserv.Engine.Tests -c Release --nologo --no-build 2>&1 | tee -a "$log" || status=$?

# dotnet test prints one "Passed!/Failed!" line per test project; sum them into one closing line.
awk '/(Passed|Failed)!/ {
    for (i = 1; i <= NF; i++) {
        if ($i == "Passed:") passed += $(i + 1)
        if ($i == "Failed:") failed += $(i + 1)
    }
} END { printf "tests: %d passed, %d failed\n", passed, failed }' FS='[ ,]+' "$log"
exit "$status"
