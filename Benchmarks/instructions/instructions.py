"""Counts the instructions `tilmash annotate` spends in each stage, with valgrind's callgrind.

Runs the release binary once (untimed, to fill a private index cache) and once under
callgrind on a fixed sample of the benchmark corpus (the first --files articles of each
language) with one glossary, then sums callgrind's inclusive counts per stage. Instruction
counts do not measure cache misses, so they complement the timed benchmarks rather than
replace them; their worth is that they repeat, so the effect of a change shows on a noisy
machine.

valgrind 3.19 cannot read the DWARF 5 debug information Swift 6 writes, so the binary is
copied without it (`strip -g`); function names come from the symbol table.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

# Stage name, and a fragment of the mangled name of the function whose inclusive count it is.
# A stage marked with dots is part of the one above it with fewer. Loading runs partly on other threads
# (callgrind charges their work to the thread, not to the function that waited for it), so it
# is reported as what is left of the whole run: start-up, reading the glossary and its index
# from the cache, listing the files, exit.
STAGES = [
    ("annotate documents (read, detect, match, render)", "BatchAnnotatorV8annotatey"),
    ("· detect language", "LanguageDetectorO6detect4utf8"),
    ("· match (the four below and building annotations)", "MatcherC8annotate4utf8"),
    ("· · fold", "FolderV4fold4utf8"),
    ("· · word facts", "WordFactsV5words5index"),
    ("· · walks: exact and inflected", "MatcherC12longestMatch"),
    ("· · walks: name skeletons", "MatcherC20longestSkeletonMatch"),
    ("· JSON lines", "JSONLinesFormatterC6render"),
]


def sample(corpus, files, directory):
    total = 0
    for language in sorted(os.listdir(corpus)):
        source = os.path.join(corpus, language)
        if not os.path.isdir(source):
            continue
        target = os.path.join(directory, language)
        os.makedirs(target)
        for name in sorted(os.listdir(source))[:files]:
            shutil.copy(os.path.join(source, name), target)
            total += os.path.getsize(os.path.join(source, name))
    return total


def inclusive_counts(profile):
    report = subprocess.run(
        ["callgrind_annotate", "--inclusive=yes", "--threshold=100", profile],
        check=True, capture_output=True, text=True).stdout
    counts = []
    for line in report.splitlines():
        match = re.match(r"\s*([\d,]+) \([ \d.]+%\)\s+(.*)$", line)
        if match:
            counts.append((int(match.group(1).replace(",", "")), match.group(2)))
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tilmash", required=True)
    parser.add_argument("--data", required=True, help="the generated Benchmarks/data directory")
    parser.add_argument("--files", type=int, default=150, help="articles per language (default 150)")
    parser.add_argument("--terms", type=int, default=50000, help="glossary size (default 50000)")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        binary = os.path.join(scratch, "tilmash")
        subprocess.run(["strip", "-g", "-o", binary, options.tilmash], check=True)
        corpus = os.path.join(scratch, "corpus")
        size = sample(os.path.join(options.data, "corpus"), options.files, corpus)
        glossary = os.path.join(options.data, f"glossary-{options.terms}.csv")
        command = [binary, "annotate", "--jobs", "1", "--no-progress", "--glossary", glossary, corpus]
        environment = dict(os.environ, XDG_CACHE_HOME=os.path.join(scratch, "cache"))
        warm = subprocess.run(command, env=environment, capture_output=True, check=True)
        profile = os.path.join(scratch, "callgrind.out")
        measured = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={profile}"] + command,
            env=environment, capture_output=True, check=True)
        if measured.stdout != warm.stdout:
            sys.exit("instructions.py: the run under callgrind wrote different output")
        counts = inclusive_counts(profile)

    total = max(count for count, _ in counts)
    print(f"{options.files} articles per language ({size:,} bytes), {options.terms:,}-term glossary, "
          f"`--jobs 1`, index cache warm.\n")
    print("| Stage | Instructions | Per input byte | Share |")
    print("|---|---:|---:|---:|")

    def row(stage, count):
        print(f"| {stage} | {count:,} | {count / size:.1f} | {100 * count / total:.1f}% |")

    row("whole run", total)
    documents = 0
    for stage, fragment in STAGES:
        found = [count for count, name in counts if fragment in name]
        if not found:
            sys.exit(f"instructions.py: no function matches {fragment!r}; has it been renamed?")
        row(stage, max(found))
        documents = documents or max(found)
    row("start-up, load and exit (the rest)", total - documents)


if __name__ == "__main__":
    main()
