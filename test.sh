#!/usr/bin/env bash
# Runs every test of the project on a fresh machine.
# It installs what the tests need first: the Node conformance drivers (graphql-js as the oracle,
# graphql-http, graphql-ws, graphql-sse, playwright-core) from npm, Debian's chromium for the IDE
# browser test and Debian's postgresql for the engine tests' PostgreSQL pass; then it builds and runs
# every .NET test project (the engine's twice: SQLite, then PostgreSQL; the cluster's on PostgreSQL only)
# and ends with one summary line.
set -euo pipefail
cd "$(dirname "$0")"

npm ci --prefix tests/conformance --no-audit --no-fund --loglevel=error
bash tests/browser/install-chromium.sh
# PostgreSQL for the engine tests' second pass (installs Debian's postgresql when missing; needs root).
pg_url=$(bash tests/postgres/start-postgres.sh | tail -n 1)

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
# Runs one test command with its output in the log, remembering (and saying) a failure instead of stopping.
run_tests() {
    local code=0
    "$@" 2>&1 | tee -a "$log" || code=$?
    if [ "$code" -ne 0 ]; then
        echo "test.sh: '$*' exited with $code" | tee -a "$log"
        status=$code
    fi
}

# Tests of several nodes on one database (trait Category=PostgreSQL) need PostgreSQL: they run in the pass below.
run_tests dotnet test Flowserv.GraphQL.sln -c Release --nologo --filter "Category!=PostgreSQL"

# The engine's database tests once more, each test on a fresh PostgreSQL database.
echo "=== Flowserv.Engine.Tests against PostgreSQL ($pg_url) ===" | tee -a "$log"
FLOWSERV_TEST_DATABASE=$pg_url run_tests dotnet test tests/Flowserv.Engine.Tests -c Release --nologo --no-build
# Two server processes on one PostgreSQL database and data folder (the docker-compose.yml topology).
echo "=== Flowserv.Cluster.Tests against PostgreSQL ($pg_url) ===" | tee -a "$log"
FLOWSERV_TEST_DATABASE=$pg_url run_tests dotnet test tests/Flowserv.Cluster.Tests -c Release --nologo --no-build

# dotnet test prints one "Passed!/Failed!" line per test project; sum them into one closing line.
awk '/(Passed|Failed)!/ {
    for (i = 1; i <= NF; i++) {
        if ($i == "Passed:") passed += $(i + 1)
        if ($i == "Failed:") failed += $(i + 1)
    }
} END { printf "tests: %d passed, %d failed\n", passed, failed }' FS='[ ,]+' "$log"
exit "$status"
