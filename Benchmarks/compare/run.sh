#!/usr/bin/env bash
# Tilmash against FlashText and pyahocorasick on the benchmark corpus (see compare.py).
#
#   Benchmarks/compare/run.sh [compare.py options]    e.g. --runs 5 --sweep-runs 3 --corpus-mb 20
#
# Makes its own virtual environment (Benchmarks/compare/.venv, from PyPI), builds Tilmash in
# release mode, generates Benchmarks/data/ when missing, and writes Benchmarks/results/
# (compare.md, compare.json, throughput.png).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bench="$(dirname "$here")"
repo="$(dirname "$bench")"

if [ ! -x "$here/.venv/bin/python" ]; then
  python3 -m venv "$here/.venv"
  "$here/.venv/bin/pip" install --quiet --upgrade pip
  "$here/.venv/bin/pip" install --quiet flashtext pyahocorasick matplotlib
fi

# With TILMASH=path, that binary is compared on the data --data names (CI's smoke run);
# otherwise Tilmash is built in release mode and Benchmarks/data/ generated when missing.
if [ -z "${TILMASH:-}" ]; then
  (cd "$repo" && swift build -c release --product tilmash)
  if [ ! -f "$bench/data/manifest.json" ]; then
    (cd "$bench" && swift run -c release tilmash-corpus)
  fi
  TILMASH="$repo/.build/release/tilmash"
fi
exec "$here/.venv/bin/python" "$here/compare.py" --tilmash "$TILMASH" "$@"
