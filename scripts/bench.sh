#!/usr/bin/env bash
# `make bench`: cruddur-ddb against the AWS CLI, boto3 and a minimal HTTP client (the lower
# bound), on a DynamoDB Local of its own; writes BENCHMARKS.md. Not part of `make test`.
#
# Setup, all inside the repository: builds target/release/cruddur-ddb, installs the pinned
# awscli and boto3 (bench/requirements.txt) into .local/bench-venv, starts DynamoDB Local on
# BENCH_DDB_PORT with the full JIT (and a second one on BENCH_DDB_PORT2 for `table copy` and
# `table diff`, unless BENCH_COPY_ITEMS is 0 or not one of BENCH_SIZES), and stops them at the
# end, whatever happens. Nothing on the developer's own ports (8000, 55432) or the test ports
# is touched.
#
#   BENCH_DDB_PORT  port of the benchmark's DynamoDB Local (18100)
#   BENCH_DDB_PORT2 port of the second DynamoDB Local, the copy's target (18101)
#   BENCH_MOTO_PORT port of the benchmark's moto server (S3, for the restore from S3; 18102;
#                   not started when BENCH_S3_REPS is 0)
#   BENCH_PG_PORT   Postgres port handed to scripts/services.sh (55452; Postgres is not started)
#   BENCH_BIN       a cruddur-ddb binary to measure instead of building target/release
#   BENCH_SIZES, BENCH_REPS, ...: see bench/bench.py
# Runtime on 2 cores with the defaults: roughly 17 minutes (plus the first pip install).
set -euo pipefail
ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$ROOT"

log() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

# The developer's DDB_PORT/PG_PORT are deliberately not inherited.
export DDB_PORT="${BENCH_DDB_PORT:-18100}" PG_PORT="${BENCH_PG_PORT:-55452}"
case "$DDB_PORT" in '' | *[!0-9]*) die "BENCH_DDB_PORT must be a port number, got '$DDB_PORT'" ;; esac
DDB_PORT2="${BENCH_DDB_PORT2:-18101}"
case "$DDB_PORT2" in '' | *[!0-9]*) die "BENCH_DDB_PORT2 must be a port number, got '$DDB_PORT2'" ;; esac
[ "$DDB_PORT2" != "$DDB_PORT" ] || die "BENCH_DDB_PORT2 must differ from BENCH_DDB_PORT ($DDB_PORT)"
# The second server only when bench.py will copy: BENCH_COPY_ITEMS (100000) is one of BENCH_SIZES.
NEED_DDB2=0
copy_items="${BENCH_COPY_ITEMS:-100000}"
if [ "$copy_items" != 0 ] && [ "${BENCH_COPY_REPS:-2}" != 0 ]; then
  for size in ${BENCH_SIZES:-20000 100000}; do  # bench.py also accepts commas
    for s in ${size//,/ }; do
      if [ "$s" = "$copy_items" ]; then NEED_DDB2=1; fi
    done
  done
fi
export MOTO_PORT="${BENCH_MOTO_PORT:-18102}"
case "$MOTO_PORT" in '' | *[!0-9]*) die "BENCH_MOTO_PORT must be a port number, got '$MOTO_PORT'" ;; esac
NEED_MOTO=1
[ "${BENCH_S3_REPS:-2}" != 0 ] || NEED_MOTO=0
# Full JIT (services.sh defaults to -XX:TieredStopAtLevel=1, which is slower under load).
NEED_PG=1
[ "${BENCH_SEED_MESSAGES:-100000}" != 0 ] && [ "${BENCH_SEED_REPS:-2}" != 0 ] || NEED_PG=0
export DDB_JAVA_OPTS=""
mkdir -p .local/bench
SERVICES_LOG="$ROOT/.local/bench/services.log"

# ---------------------------------------------------------------- the binary
if [ -z "${BENCH_BIN:-}" ]; then
  export PATH="$HOME/.cargo/bin:$PATH"
  command -v cargo >/dev/null || die "cargo is not installed (https://rustup.rs), or set BENCH_BIN"
  log "building target/release/cruddur-ddb (cargo build --release) ..."
  cargo build --release --quiet
else
  [ -x "$BENCH_BIN" ] || die "BENCH_BIN=$BENCH_BIN is not an executable file"
  BENCH_BIN="$(cd -- "$(dirname -- "$BENCH_BIN")" && pwd -P)/$(basename -- "$BENCH_BIN")"
  export BENCH_BIN
fi

# ---------------------------------------------------------------- the peers (pinned)
VENV="$ROOT/.local/bench-venv"
REQ="$ROOT/bench/requirements.txt"
if [ ! -x "$VENV/bin/python" ]; then
  log "creating .local/bench-venv ..."
  python3 -m venv "$VENV" \
    || die "could not create a Python venv (python3 -m venv); on Debian: apt-get install python3-venv"
fi
if ! cmp -s "$REQ" "$VENV/.bench-requirements" || [ ! -x "$VENV/bin/aws" ]; then
  log "installing $(grep -v '^#' "$REQ" | tr '\n' ' ')into .local/bench-venv ..."
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$REQ" \
    || die "pip could not install bench/requirements.txt from PyPI"
  cp "$REQ" "$VENV/.bench-requirements"
fi

# ---------------------------------------------------------------- the launcher
# bench/spawn.c forks each measured command from a small process (see its header).
SPAWN="$ROOT/.local/bench/spawn"
if [ ! -x "$SPAWN" ] || [ "$ROOT/bench/spawn.c" -nt "$SPAWN" ]; then
  command -v cc >/dev/null || die "a C compiler (cc) is needed to build bench/spawn.c (apt-get install gcc)"
  cc -O2 -Wall -o "$SPAWN" "$ROOT/bench/spawn.c" || die "could not compile bench/spawn.c"
fi
export BENCH_SPAWN="$SPAWN"

# ---------------------------------------------------------------- DynamoDB Local
# Refuse a busy port rather than benchmark (and drop tables on) someone else's server.
port_busy() {
  if { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null; then
    exec 3<&- 3>&-
    return 0
  fi
  return 1
}
if port_busy "$DDB_PORT"; then
  die "port $DDB_PORT is already in use; choose another BENCH_DDB_PORT (a DynamoDB Local left over by an interrupted benchmark stops with: DDB_PORT=$DDB_PORT PG_PORT=$PG_PORT scripts/services.sh down --this-port)"
fi
if [ "$NEED_DDB2" = 1 ] && port_busy "$DDB_PORT2"; then
  die "port $DDB_PORT2 is already in use; choose another BENCH_DDB_PORT2 (a DynamoDB Local left over by an interrupted benchmark stops with: DDB_PORT=$DDB_PORT2 PG_PORT=0 scripts/services.sh down --this-port)"
fi
if [ "$NEED_MOTO" = 1 ] && port_busy "$MOTO_PORT"; then
  die "port $MOTO_PORT is already in use; choose another BENCH_MOTO_PORT (a moto server left over by an interrupted benchmark stops with: DDB_PORT=$DDB_PORT PG_PORT=0 MOTO_PORT=$MOTO_PORT scripts/services.sh down --this-port)"
fi
if [ "$NEED_PG" = 1 ] && port_busy "$PG_PORT"; then
  die "port $PG_PORT is already in use; choose another BENCH_PG_PORT (a Postgres left over by an interrupted benchmark stops with: DDB_PORT=$DDB_PORT PG_PORT=$PG_PORT scripts/services.sh down --this-port)"
fi
cleanup() {
  log "stopping the benchmark's DynamoDB Local on :$DDB_PORT"
  # (with MOTO_PORT exported, this also stops the benchmark's moto server)
  scripts/services.sh down --this-port >>"$SERVICES_LOG" 2>&1 || true
  if [ "$NEED_DDB2" = 1 ]; then
    log "stopping the second DynamoDB Local on :$DDB_PORT2"
    DDB_PORT=$DDB_PORT2 PG_PORT=0 scripts/services.sh down --this-port >>"$SERVICES_LOG" 2>&1 || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
log "starting DynamoDB Local on :$DDB_PORT (full JIT) ..."
if ! scripts/services.sh up dynamodb >"$SERVICES_LOG" 2>&1; then
  cat "$SERVICES_LOG" >&2
  die "could not start DynamoDB Local"
fi
if [ "$NEED_DDB2" = 1 ]; then
  log "starting a second DynamoDB Local on :$DDB_PORT2 (full JIT; target of table copy/diff) ..."
  if ! DDB_PORT=$DDB_PORT2 scripts/services.sh up dynamodb >>"$SERVICES_LOG" 2>&1; then
    cat "$SERVICES_LOG" >&2
    die "could not start the second DynamoDB Local"
  fi
  export BENCH_ENDPOINT2="http://localhost:$DDB_PORT2"
else
  unset BENCH_ENDPOINT2
fi

if [ "$NEED_MOTO" = 1 ]; then
  log "starting a moto server on :$MOTO_PORT (S3, for the restore from S3) ..."
  if ! scripts/services.sh up moto >>"$SERVICES_LOG" 2>&1; then
    cat "$SERVICES_LOG" >&2
    die "could not start the moto server"
  fi
  export BENCH_MOTO_ENDPOINT="http://localhost:$MOTO_PORT"
else
  unset BENCH_MOTO_ENDPOINT
fi

if [ "$NEED_PG" = 1 ]; then
  log "starting Postgres on :$PG_PORT (users, for the seed at scale) ..."
  if ! scripts/services.sh up postgres >>"$SERVICES_LOG" 2>&1; then
    cat "$SERVICES_LOG" >&2
    die "could not start Postgres"
  fi
  export BENCH_PG_URL="postgresql://postgres:password@127.0.0.1:$PG_PORT/cruddur"
else
  unset BENCH_PG_URL
fi

export BENCH_ENDPOINT="http://localhost:$DDB_PORT"
export BENCH_PYTHON="$VENV/bin/python" BENCH_AWS="$VENV/bin/aws"
export BENCH_DDB_LOG="$ROOT/.local/dynamodb-$DDB_PORT.log"
rc=0
"$VENV/bin/python" bench/bench.py || rc=$?
exit "$rc"
