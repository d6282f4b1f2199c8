#!/usr/bin/env bash
# Instructions per stage of `tilmash annotate`, counted by valgrind's callgrind: unlike timings,
# the counts repeat to within a fraction of a percent on a busy machine, so two builds can be
# compared run against run (see instructions.py).
#
#   Benchmarks/instructions/run.sh [instructions.py options]    e.g. --files 150 --terms 50000
#
# Needs valgrind (`apt-get install valgrind`). Builds Tilmash in release mode, generates
# Benchmarks/data/ when missing, and prints a table (Markdown) of the stages.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bench="$(dirname "$here")"
repo="$(dirname "$bench")"

command -v valgrind >/dev/null || { echo "run.sh: valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }
(cd "$repo" && swift build -c release --product tilmash)
if [ ! -f "$bench/data/manifest.json" ]; then
  (cd "$bench" && swift run -c release tilmash-corpus)
fi
exec python3 "$here/instructions.py" --tilmash "$repo/.build/release/tilmash" --data "$bench/data" "$@"
