#!/usr/bin/env bash
# Installs (if needed) and starts a throw-away PostgreSQL cluster for the engine tests, then prints
# its connection URL as the last line on stdout (everything else goes to stderr):
#
#   FLOWSERV_TEST_DATABASE=$(tests/postgres/start-postgres.sh | tail -n 1)
#
# Idempotent and fast on a second run. The cluster is Debian's own (pg_createcluster/pg_ctlcluster,
# no systemd, so it works in containers), named "flowserv-tests", listening on 127.0.0.1 only, on a
# port of its own so it never clashes with a server already on 5432. The test role may create
# databases because every test gets a fresh one. Needs root (apt-get, and the postgres system user).
# Overridable: FLOWSERV_PG_PORT (used when the cluster is created), FLOWSERV_PG_USER,
# FLOWSERV_PG_PASSWORD, FLOWSERV_PG_DATABASE (letters, digits and underscores: they go into a URL).
set -euo pipefail

port=${FLOWSERV_PG_PORT:-55432}
user=${FLOWSERV_PG_USER:-flowserv}
password=${FLOWSERV_PG_PASSWORD:-flowserv}
database=${FLOWSERV_PG_DATABASE:-flowserv}
cluster=flowserv-tests

log() { echo "start-postgres: $*" >&2; }

# The psql client can be installed without the server, so look for the server binary itself.
if ! compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null || ! command -v pg_ctlcluster >/dev/null; then
    log "installing the postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >&2
fi

# Newest installed server version: the directories under /usr/lib/postgresql are version numbers.
version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)

# Prints column $1 of this cluster's pg_lsclusters line (3 = port, 4 = status); nothing if it does not exist.
cluster_field() { pg_lsclusters -h | awk -v v="$version" -v c="$cluster" -v f="$1" '$1 == v && $2 == c { print $f }'; }

if [ -z "$(cluster_field 2)" ]; then
    log "creating cluster $version/$cluster on port $port"
    pg_createcluster "$version" "$cluster" --port "$port" -- --no-sync >&2
    # Durability is pointless for disposable data, and the tests create and drop many databases.
    cat >"/etc/postgresql/$version/$cluster/conf.d/flowserv-tests.conf" <<CONF
listen_addresses = '127.0.0.1'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
fi
port=$(cluster_field 3)

if [ "$(cluster_field 4)" != online ]; then
    log "starting cluster $version/$cluster on port $port"
    pg_ctlcluster "$version" "$cluster" start
fi

# Role and database are (re)asserted every time: cheap, and it repairs a half-finished first run.
# psql runs as the postgres superuser over this cluster's local socket (peer authentication).
runuser -u postgres -- psql --port "$port" --dbname postgres --no-psqlrc --quiet -v ON_ERROR_STOP=1 \
    --set=user="$user" --set=password="$password" --set=database="$database" <<'SQL' >&2
SELECT format('CREATE ROLE %I', :'user')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'user') \gexec
SELECT format('ALTER ROLE %I LOGIN CREATEDB PASSWORD %L', :'user', :'password') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'database', :'user')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'database') \gexec
SQL

echo "postgresql://$user:$password@127.0.0.1:$port/$database"
