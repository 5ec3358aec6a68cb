#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (sourced by .ci/run and .ci/with-postgres).
#   pg_start   initdb + start on a free 127.0.0.1 port; exports FREGGEN_TEST_POSTGRES; installs postgresql-15 if missing
#   pg_stop    stops the cluster and deletes its folder (safe to call twice)
# initdb refuses to run as root, so as root the cluster runs as the OS user "postgres".
# Tests run it without fsync (nothing is measured); FREGGEN_PG_DURABLE=1 keeps PostgreSQL's durable defaults, as the
# replica benchmark does, so that its figures include the cost of flushing each commit.

pg_run() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/bash -c "$*"
  else
    bash -c "$*"
  fi
}

pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

pg_install() {
  echo "PostgreSQL binaries not found: installing postgresql-15." >&2
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql-15 >/dev/null
}

pg_free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

pg_start() {
  PG_BIN=$(pg_bin)
  if [ -z "$PG_BIN" ]; then
    pg_install || { echo "Could not install PostgreSQL." >&2; return 1; }
    PG_BIN=$(pg_bin)
  fi

  PG_DIR=$(mktemp -d /tmp/freggen-pg.XXXXXX)
  chmod 755 "$PG_DIR"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DIR"; fi
  if ! pg_run "'$PG_BIN/initdb' -D '$PG_DIR/data' -A trust -U freg -E UTF8 >'$PG_DIR/initdb.log' 2>&1"; then
    echo "initdb failed:" >&2; cat "$PG_DIR/initdb.log" >&2
    return 1
  fi

  local tuning="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  if [ "${FREGGEN_PG_DURABLE:-0}" = "1" ]; then tuning=""; fi
  for _ in 1 2 3 4 5; do
    PG_PORT=$(pg_free_port) || break
    if pg_run "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -l '$PG_DIR/pg.log' -o \"-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=200 $tuning\" -w -t 60 start >/dev/null"; then
      export FREGGEN_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=freg;Database=postgres;Pooling=true;Maximum Pool Size=50"
      export PG_DIR PG_BIN
      echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT ($PG_DIR)" >&2
      return 0
    fi
  done

  echo "PostgreSQL did not start:" >&2; cat "$PG_DIR/pg.log" >&2 2>/dev/null
  return 1
}

pg_stop() {
  if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ]; then
    pg_run "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -m immediate -w -t 30 stop >/dev/null 2>&1" || true
    rm -rf "$PG_DIR"
  fi
  PG_DIR=""
}
