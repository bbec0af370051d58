#!/usr/bin/env bash
# Stops the test cluster started by start-postgres.sh; with --drop also deletes it and its data.
set -euo pipefail

cluster=flowserv-tests

if ! command -v pg_lsclusters >/dev/null; then
    exit 0
fi
pg_lsclusters -h | awk -v c="$cluster" '$2 == c { print $1, $4 }' | while read -r version status; do
    if [ "$status" = online ]; then
        pg_ctlcluster "$version" "$cluster" stop
    fi
    if [ "${1:-}" = --drop ]; then
        pg_dropcluster "$version" "$cluster"
    fi
done
