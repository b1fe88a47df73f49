#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the scale-out benchmarks and prints the connection string of an empty
# database owned by an ordinary role. Usage: source it (`. bench/scale-out/postgres.sh`); `pg_bench_stop` removes it.
# As root the cluster runs as the postgres user (PostgreSQL refuses root). Needs Debian's postgresql package.
set -euo pipefail
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
PG_DIR=$(mktemp -d /tmp/planbot-bench-pg.XXXXXX)
chmod 777 "$PG_DIR"
PG_PORT=${PG_PORT:-55499}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=300" -w start >/dev/null
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE ROLE planbot LOGIN PASSWORD 'bench' NOSUPERUSER NOCREATEDB"
pg_bench_db() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE \"$1\" OWNER planbot"; echo "Host=127.0.0.1;Port=$PG_PORT;Database=$1;Username=planbot;Password=bench"; }
pg_bench_stop() { as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null; rm -rf "$PG_DIR"; }
set +euo pipefail
