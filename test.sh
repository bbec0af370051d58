#!/usr/bin/env bash
# Runs every test of the project on a fresh machine.
# It installs what the tests need first: the Node conformance drivers (graphql-js as the oracle,
# graphql-http, graphql-ws, graphql-sse, playwright-core) from npm, Debian's chromium for the IDE
# browser test and Debian's postgresql for the PostgreSQL pass; then it builds and runs every .NET test
# project on SQLite, runs the database-backed ones (engine, schema, server) again on PostgreSQL plus the
# cluster's (PostgreSQL only), and ends with a line per pass and one summary line.
set -euo pipefail
cd "$(dirname "$0")"

npm ci --prefix tests/conformance --no-audit --no-fund --loglevel=error
bash tests/browser/install-chromium.sh
# PostgreSQL for the second pass (installs Debian's postgresql when missing; needs root).
pg_url=$(bash tests/postgres/start-postgres.sh | tail -n 1)

sqlite_log=$(mktemp)
postgresql_log=$(mktemp)
trap 'rm -f "$sqlite_log" "$postgresql_log"' EXIT
status=0
# Runs one test command with its output in log $1, remembering (and saying) a failure instead of stopping.
run_tests() {
    local log=$1 code=0
    shift
    "$@" 2>&1 | tee -a "$log" || code=$?
    if [ "$code" -ne 0 ]; then
        echo "test.sh: '$*' exited with $code" | tee -a "$log"
        status=$code
    fi
}

# Tests of several nodes on one database (trait Category=PostgreSQL) need PostgreSQL: they run in the pass below.
run_tests "$sqlite_log" dotnet test Flowserv.GraphQL.sln -c Release --nologo --filter "Category!=PostgreSQL"

# The projects whose tests use a database, once more on PostgreSQL: each engine fixture and each server host
# gets a fresh database there. The cluster's tests run two server processes on one database and data folder
# (the docker-compose.yml topology).
for project in Engine Schema Server Cluster; do
    echo "=== Flowserv.$project.Tests against PostgreSQL ($pg_url) ===" | tee -a "$postgresql_log"
    FLOWSERV_TEST_DATABASE=$pg_url run_tests "$postgresql_log" dotnet test "tests/Flowserv.$project.Tests" -c Release --nologo --no-build
done

# dotnet test prints one "Passed!/Failed!" line per test project; sums them over the logs given, as "N passed, N failed".
count_tests() {
    awk '/(Passed|Failed)!/ {
        for (i = 1; i <= NF; i++) {
            if ($i == "Passed:") passed += $(i + 1)
            if ($i == "Failed:") failed += $(i + 1)
        }
    } END { printf "%d passed, %d failed\n", passed, failed }' FS='[ ,]+' "$@"
}
echo "sqlite: $(count_tests "$sqlite_log")"
echo "postgresql: $(count_tests "$postgresql_log")"
echo "tests: $(count_tests "$sqlite_log" "$postgresql_log")"
exit "$status"
