#!/usr/bin/env bash
# Loads the committed completion scripts in real bash, zsh and fish and asks each shell
# to complete a subcommand. A shell that is not installed is skipped with a message.
set -uo pipefail
cd "$(dirname -- "${BASH_SOURCE[0]}")/.."
dir="$PWD/completions"
fail=0
pass=0
skip() { echo "completions: $1 is not installed; its check was skipped (apt-get install $1)"; }
check() { # name, expected word, output
  if grep -qx -- "$2" <<<"$3"; then pass=$((pass + 1)); else
    echo "completions: $1 did not offer '$2'; it said: $3" >&2
    fail=$((fail + 1))
  fi
}

if command -v bash >/dev/null; then
  out=$(bash --norc --noprofile -c '
    source "$1" || exit 1
    COMP_WORDS=(cruddur-ddb table sc); COMP_CWORD=2; COMP_LINE="cruddur-ddb table sc"; COMP_POINT=${#COMP_LINE}
    _cruddur__ddb cruddur-ddb sc table && printf "%s\n" "${COMPREPLY[@]}"' _ "$dir/cruddur-ddb.bash" 2>&1)
  check bash scan "$out"
  # A file argument completes file names; a table name position inserts no `-`.
  tmp=$(mktemp -d)
  touch "$tmp/backup-for-completion.jsonl"
  out=$(cd "$tmp" && bash --norc --noprofile -c '
    source "$1" || exit 1
    COMP_WORDS=(cruddur-ddb table restore backup-); COMP_CWORD=3
    _cruddur__ddb cruddur-ddb backup- restore && printf "%s\n" "${COMPREPLY[@]}"
    COMP_WORDS=(cruddur-ddb table scan ""); COMP_CWORD=3
    _cruddur__ddb cruddur-ddb "" scan && echo "scan offers ${#COMPREPLY[@]}"' _ "$dir/cruddur-ddb.bash" 2>&1)
  rm -rf "$tmp"
  check bash backup-for-completion.jsonl "$out"
  check bash "scan offers 0" "$out"
else skip bash; fi

if command -v zsh >/dev/null; then
  # compinit, then the script must register itself for cruddur-ddb without an error.
  out=$(ZDOTDIR=$(mktemp -d) zsh -f -c '
    autoload -Uz compinit && compinit -u -d "$ZDOTDIR/.zcompdump" || exit 1
    source "$1" || exit 1
    print -r -- ${_comps[cruddur-ddb]}' _ "$dir/_cruddur-ddb" 2>&1)
  check zsh _cruddur-ddb "$out"
else skip zsh; fi

if command -v fish >/dev/null; then
  out=$(HOME=$(mktemp -d) fish --no-config -c 'source $argv[1]; and complete -C "cruddur-ddb table sc"' "$dir/cruddur-ddb.fish" 2>&1 | cut -f1)
  check fish scan "$out"
else skip fish; fi

[ "$fail" -eq 0 ] || { echo "completions: $fail shell check(s) failed" >&2; exit 1; }
