#!/usr/bin/env bash
# `make test`: start DynamoDB Local and Postgres on test ports (so a developer's own
# `make up` services are left alone), run every test against them, stop what was started.
#   TEST_DDB_PORT (18000), TEST_ISOLATED_DDB_PORT (18001, without -sharedDb),
#   TEST_PG_PORT (55442), TEST_MOTO_PORT (18002, moto server: DynamoDB, Streams and S3);
#   extra arguments go to `cargo test`.
set -euo pipefail
ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo >/dev/null || { echo "test: cargo is not installed (https://rustup.rs)" >&2; exit 1; }

export DDB_PORT="${TEST_DDB_PORT:-18000}" PG_PORT="${TEST_PG_PORT:-55442}"
# A second DynamoDB Local without -sharedDb (one database per access key and region, the
# Docker image's default), for the tests that must see what the AWS toolchain sees.
ISOLATED_DDB_PORT="${TEST_ISOLATED_DDB_PORT:-18001}"
MOTO_PORT="${TEST_MOTO_PORT:-18002}"
export MOTO_PORT
mkdir -p .local
log=.local/test-services.log
cleanup() {
  scripts/services.sh down --this-port >>"$log" 2>&1 || true
  DDB_PORT="$ISOLATED_DDB_PORT" PG_PORT=0 scripts/services.sh down --this-port >>"$log" 2>&1 || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# tmux drives the terminal UI's end-to-end tests (tests/it/tui.rs).
if ! command -v tmux >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tmux; } >.local/test-apt.log 2>&1 \
      || { echo "test: could not install tmux (see .local/test-apt.log)" >&2; exit 1; }
  else
    echo "test: tmux is needed for the terminal UI's tests; install it (apt-get install tmux, brew install tmux)" >&2
    exit 1
  fi
fi

# Build while the services start: both take a few seconds.
{ scripts/services.sh up dynamodb postgres moto && DDB_PORT="$ISOLATED_DDB_PORT" DDB_SHARED_DB=0 scripts/services.sh up dynamodb; } >"$log" 2>&1 &
services=$!
cargo test --no-run --quiet --all-targets 2>.local/test-build.log || { cat .local/test-build.log >&2; exit 1; }
if ! wait "$services"; then
  echo "test: could not start the local services:" >&2
  cat "$log" >&2
  exit 1
fi

# The committed completion scripts, loaded in real bash, zsh and fish (skips are announced).
scripts/check-completions.sh

export CRUDDUR_TEST_DDB_ENDPOINT="http://localhost:$DDB_PORT"
export CRUDDUR_TEST_ISOLATED_DDB_ENDPOINT="http://localhost:$ISOLATED_DDB_PORT"
export CRUDDUR_TEST_MOTO_ENDPOINT="http://localhost:$MOTO_PORT"
export CRUDDUR_TEST_CONNECTION_URL="postgresql://postgres:password@127.0.0.1:$PG_PORT/cruddur"
cargo test --quiet --no-fail-fast --all-targets "$@"
