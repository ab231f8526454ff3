#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the central profile service's tests and bench.
#
#   eval "$(bash scripts/postgres-for-tests.sh)"        # exports DAWR_TEST_PG_URL and DAWR_TEST_PG_DIR
#   bash scripts/postgres-for-tests.sh stop "$DAWR_TEST_PG_DIR"
#
# Installs Debian's postgresql when it is missing (needs root or sudo), runs the cluster as the
# postgres user when invoked as root (initdb refuses root), listens on 127.0.0.1 only on a free
# port, keeps everything in one temp dir, and protects the database with a random password so a
# shared CI box cannot reach it without the printed URL. Only `export` lines go to stdout so the
# output can be eval'ed; progress goes to stderr.
set -euo pipefail

log() { echo "postgres-for-tests: $*" >&2; }

find_bindir() {
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir
    return
  fi
  # Debian keeps the server binaries out of PATH, one directory per major version.
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

if [ "${1:-}" = "stop" ]; then
  dir="${2:?usage: postgres-for-tests.sh stop DIR}"
  [ -f "$dir/data/PG_VERSION" ] || { log "no cluster in $dir"; exit 1; }
  bindir="$(find_bindir)"
  as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  rm -rf "$dir"
  log "stopped and removed $dir"
  exit 0
fi

bindir="$(find_bindir || true)"
if [ -z "$bindir" ]; then
  log "installing Debian's postgresql"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update >&2
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y --no-install-recommends postgresql >&2
  bindir="$(find_bindir)"
fi

dir="$(mktemp -d /tmp/dawr-pg.XXXXXX)"
chmod 755 "$dir"
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"

password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=' )"
printf '%s\n' "$password" >"$dir/pwfile"
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir/pwfile"
chmod 600 "$dir/pwfile"

# A free port: ask the kernel for one, then hand it to postgres (a tiny race, fine for tests).
port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"

as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=scram-sha-256 --pwfile="$dir/pwfile" \
  --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
rm -f "$dir/pwfile"

# fsync stays on: the bench should measure what a real deployment pays for durability.
as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=50" start >&2 ||
  { cat "$dir/server.log" >&2; exit 1; }

PGPASSWORD="$password" "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
  -c "CREATE DATABASE dawr_test" >&2

url="postgres://postgres:${password}@127.0.0.1:${port}/dawr_test"
log "cluster in $dir listening on 127.0.0.1:$port"
echo "export DAWR_TEST_PG_URL='$url'"
echo "export DAWR_TEST_PG_DIR='$dir'"
