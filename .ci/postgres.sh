#!/usr/bin/env bash
# Starts (or stops) a throwaway PostgreSQL 15 on loopback for the integration suite.
#   .ci/postgres.sh start   installs PostgreSQL from Debian's packages if missing, starts it on
#                           127.0.0.1:${PGPORT:-54329}, creates user and database "placewise"
#   .ci/postgres.sh stop    stops it and removes its data folder
set -euo pipefail
PGPORT=${PGPORT:-54329}
PGDATA=${PGDATA_DIR:-/tmp/placewise-ci-pg}
bin() {
  for d in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    [ -x "$d/$1" ] && { echo "$d/$1"; return; }
  done
  command -v "$1"
}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
start)
  if [ -z "$(bin initdb 2>/dev/null)" ]; then
    echo "installing PostgreSQL 15 from Debian's packages..."
    if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
    else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null; fi
  fi
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then useradd --system --home /var/lib/postgresql postgres; fi
  rm -rf "$PGDATA"; mkdir -p "$PGDATA"
  [ "$(id -u)" = 0 ] && chown postgres "$PGDATA"
  as_pg "$(bin initdb)" -D "$PGDATA" -U postgres --auth=trust -E UTF8 >/dev/null
  as_pg "$(bin pg_ctl)" -D "$PGDATA" -o "-p $PGPORT -k $PGDATA -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" -l "$PGDATA/log" -w start >/dev/null
  psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "create user placewise password 'placewise' createdb" >/dev/null
  psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "create database placewise owner placewise" >/dev/null
  echo "PostgreSQL $("$(bin postgres)" --version | awk '{print $3}') on 127.0.0.1:$PGPORT"
  ;;
stop)
  [ -d "$PGDATA" ] && as_pg "$(bin pg_ctl)" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PGDATA"
  ;;
*) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
