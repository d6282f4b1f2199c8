#!/usr/bin/env python3
"""Tilmash side by side with FlashText and pyahocorasick on the generated corpus.

Run through run.sh (which makes the virtual environment and builds Tilmash):

    Benchmarks/compare/run.sh                 # 5 alternating runs per tool, every glossary size
    Benchmarks/compare/run.sh --runs 3 --sweep-runs 1 --corpus-mb 10

Every tool runs as its own process, end to end: read the glossary and build its index, read
every article, match, write one JSON line per article. The tools take turns (A B C A B C ...)
so that the noise of a shared machine falls on all of them alike. Reported: the median MB/s
(corpus bytes / wall clock), peak RSS of the process (wait4), the time to load the glossary and
build the index (a run on an empty input for Tilmash; measured inside the process for the
baselines), match counts, and the matches common to all three.

The baselines see the text folded as Tilmash folds it: NFC, Turkish İ/I in Turkish articles
(the language comes from the corpus directory; Tilmash detects it), lower case. They match
the glossary's written forms, folded the same way, as whole words, leftmost-longest. Tilmash
also matches inflected forms (bakanlığının for bakanlık), transliterated forms of names and
near spellings of Latin names, and requires names to be capitalized: its match set differs.
"""

import argparse
import csv
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent
REPO = BENCH.parent
LANGUAGES = ("en", "tr", "kk")

# Unicode word characters for the baselines: letters, digits and combining marks of the
# scripts the corpus uses (Latin, its supplements, Cyrillic), plus the underscore.
WORD_CHARS = {
    chr(c)
    for c in range(0x30, 0x2070)
    if chr(c).isalnum() or unicodedata.category(chr(c)).startswith("M")
} | {"_"}


def fold(text, language):
    text = unicodedata.normalize("NFC", text)
    if language == "tr":
        text = text.replace("İ", "i").replace("I", "ı")
    return text.lower()


def glossary_forms(path):
    """(folded form, entry id) for every written form of every language (tr forms folded the
    Turkish way)."""
    forms = []
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for language in LANGUAGES:
                for form in (row.get(language) or "").split("|"):
                    form = form.strip().lstrip("!").strip()
                    if form:
                        forms.append((fold(form, language), row["id"]))
    return forms


def check_manifest(data):
    """Exits unless data/corpus holds the articles data/manifest.json lists: articles left from
    an earlier generation would be measured too."""
    manifest = json.loads((data / "manifest.json").read_text(encoding="utf-8"))
    for language, expected in sorted(manifest["articles"].items()):
        found = sum(1 for _ in (data / "corpus" / language).iterdir())
        if found != expected:
            sys.exit(f"compare.py: {data / 'corpus' / language} holds {found} articles, manifest.json lists "
                     f"{expected}; regenerate the data (cd Benchmarks && swift run -c release tilmash-corpus)")


def articles(corpus):
    for language in LANGUAGES:
        folder = Path(corpus) / language
        for path in sorted(folder.iterdir()):
            yield language, f"{language}/{path.name}", path


# ---------------------------------------------------------------------------------------------
# Workers: one process per run.


def worker_flashtext(glossary, corpus, output):
    from flashtext import KeywordProcessor

    started = time.perf_counter()
    processor = KeywordProcessor(case_sensitive=False)
    processor.non_word_boundaries = set(WORD_CHARS)
    for form, entry in glossary_forms(glossary):
        processor.add_keyword(form, entry)
    build = time.perf_counter() - started
    with open(output, "w", encoding="utf-8") as out:
        for language, name, path in articles(corpus):
            text = fold(path.read_text(encoding="utf-8"), language)
            found = processor.extract_keywords(text, span_info=True)
            out.write(json.dumps({"document": name, "matches": [[e, s, t] for e, s, t in found]}, ensure_ascii=False))
            out.write("\n")
    return build


def worker_pyahocorasick(glossary, corpus, output):
    import ahocorasick

    started = time.perf_counter()
    automaton = ahocorasick.Automaton()
    for form, entry in glossary_forms(glossary):
        automaton.add_word(form, (entry, len(form)))
    automaton.make_automaton()
    build = time.perf_counter() - started
    word = WORD_CHARS
    with open(output, "w", encoding="utf-8") as out:
        for language, name, path in articles(corpus):
            text = fold(path.read_text(encoding="utf-8"), language)
            length = len(text)
            candidates = []
            for end, (entry, size) in automaton.iter(text):
                start = end - size + 1
                # Whole words only.
                if (start > 0 and text[start - 1] in word) or (end + 1 < length and text[end + 1] in word):
                    continue
                candidates.append((start, -size, entry))
            # Leftmost-longest, non-overlapping.
            candidates.sort()
            matches = []
            position = 0
            for start, negative, entry in candidates:
                if start >= position:
                    matches.append([entry, start, start - negative])
                    position = start - negative
            out.write(json.dumps({"document": name, "matches": matches}, ensure_ascii=False))
            out.write("\n")
    return build


# ---------------------------------------------------------------------------------------------
# The driver.


def run_process(command, stdout_path, env=None):
    """Runs `command`, stdout to a file; returns (seconds, peak RSS in bytes, stderr).

    The peak RSS comes from /usr/bin/time: a child forked straight from this (large) Python
    process would report at least this process's RSS as its own maximum."""
    rss_file = Path(str(stdout_path) + ".rss")
    timed = ["/usr/bin/time", "-f", "%M", "-o", str(rss_file)] + [str(part) for part in command]
    with open(stdout_path, "wb") as out:
        started = time.perf_counter()
        process = subprocess.run(timed, stdout=out, stderr=subprocess.PIPE, env=env)
        seconds = time.perf_counter() - started
    stderr = process.stderr
    if process.returncode != 0:
        sys.exit(f"{' '.join(map(str, command))} failed ({process.returncode}):\n{stderr.decode(errors='replace')}")
    rss = int(rss_file.read_text().split()[-1]) * 1024
    return seconds, rss, stderr.decode(errors="replace")


class Tool:
    def __init__(self, name, args):
        self.name = name
        self.args = args

    def command(self, glossary, corpus, output):
        raise NotImplementedError


class Tilmash(Tool):
    """`tilmash annotate`; with its index cache in the scratch folder (warmed by `warm` before
    any timing), or without it (`--no-cache`: every run builds the index afresh)."""

    def __init__(self, args, jobs=1, cached=True):
        name = "tilmash" + (f" --jobs {jobs}" if jobs != 1 else "") + ("" if cached else " --no-cache")
        super().__init__(name, args)
        self.jobs = jobs
        self.cache = ["--cache-dir", str(args.data / "compare-scratch" / "index-cache")] if cached else ["--no-cache"]

    def command(self, glossary, corpus, output):
        return [
            str(self.args.tilmash), "annotate", "--format", "jsonl", "--jobs", str(self.jobs), "--no-progress",
            "--no-default-glossaries", "--glossary", str(glossary), *self.cache, str(corpus),
        ]

    def warm(self, glossary):
        """Builds and stores the glossary's index (untimed) so that timed runs read it back."""
        command = self.build_command(glossary)
        with open(os.devnull, "rb") as empty:
            subprocess.run(command, stdin=empty, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)

    def build_command(self, glossary):
        # Load and index the glossary, annotate one empty document from standard input.
        return [str(self.args.tilmash), "annotate", "--format", "jsonl", "--jobs", "1", "--no-progress",
                "--no-default-glossaries", "--glossary", str(glossary), *self.cache]

    def build_seconds(self, glossary, scratch):
        command = self.build_command(glossary)
        times = []
        for _ in range(3):
            with open(os.devnull, "rb") as empty, open(scratch, "wb") as out:
                started = time.perf_counter()
                subprocess.run(command, stdin=empty, stdout=out, stderr=subprocess.DEVNULL, check=True)
                times.append(time.perf_counter() - started)
        return statistics.median(times)

    def count(self, output):
        counts = Counter()
        with open(output, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                name = "/".join(Path(record["document"]).parts[-2:])
                for annotation in record.get("annotations", []):
                    counts[(name, annotation["id"])] += 1
        return counts


class Baseline(Tool):
    def command(self, glossary, corpus, output):
        return [sys.executable, str(Path(__file__).resolve()), "--worker", self.name, str(glossary), str(corpus), str(output)]

    def count(self, output):
        counts = Counter()
        with open(output, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                for match in record["matches"]:
                    counts[(record["document"], match[0])] += 1
        return counts


def subset_corpus(corpus, megabytes, scratch):
    """The first articles of each language up to `megabytes` in all (shares kept), as symlinks."""
    if not megabytes:
        return corpus
    target = scratch / f"corpus-{megabytes}mb"
    if target.exists():
        return target
    shares = {"en": 0.4, "tr": 0.3, "kk": 0.3}
    for language in LANGUAGES:
        (target / language).mkdir(parents=True)
        total = 0
        for path in sorted((Path(corpus) / language).iterdir()):
            if total >= megabytes * 1e6 * shares[language]:
                break
            (target / language / path.name).symlink_to(path.resolve())
            total += path.stat().st_size
    return target


def corpus_bytes(corpus):
    return sum(path.stat().st_size for _, _, path in articles(corpus))


def machine():
    cpu = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = 0
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                memory = int(line.split()[1]) * 1024
    except OSError:
        pass
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(memory / 2**30),
        "os": platform.platform(),
        "python": platform.python_version(),
        "swift": swift[0] if swift else "?",
    }


def alternate(tools, glossary, corpus, runs, scratch, label):
    """Runs every tool `runs` times in turns; returns {tool name: [(seconds, rss)]} and the last
    output of each."""
    results = {tool.name: [] for tool in tools}
    outputs = {}
    for run in range(runs):
        for tool in tools:
            output = scratch / f"{tool.name.replace(' ', '_')}-{glossary.stem}.out"
            seconds, rss, _ = run_process(tool.command(glossary, corpus, output), output)
            results[tool.name].append((seconds, rss))
            outputs[tool.name] = output
            print(f"  [{label}] run {run + 1}/{runs} {tool.name:<18} {seconds:7.2f} s  {rss / 2**20:7.1f} MB", flush=True)
    return results, outputs


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--worker", nargs=4, metavar=("TOOL", "GLOSSARY", "CORPUS", "OUTPUT"))
    parser.add_argument("--tilmash", type=Path, default=REPO / ".build" / "release" / "tilmash")
    parser.add_argument("--data", type=Path, default=BENCH / "data")
    parser.add_argument("--results", type=Path, default=BENCH / "results")
    parser.add_argument("--runs", type=int, default=5, help="alternating runs per tool for the main table")
    parser.add_argument("--sweep-runs", type=int, default=3, help="runs per tool and glossary size for the plot")
    parser.add_argument("--size", type=int, default=50_000, help="glossary of the main table")
    parser.add_argument("--corpus-mb", type=int, default=0, help="use only the first N MB of the corpus")
    args = parser.parse_args()

    if args.worker:
        tool, glossary, corpus, output = args.worker
        build = {"flashtext": worker_flashtext, "pyahocorasick": worker_pyahocorasick}[tool](glossary, corpus, output)
        print(json.dumps({"build_seconds": build}), file=sys.stderr)
        return

    check_manifest(args.data)
    scratch = args.data / "compare-scratch"
    scratch.mkdir(parents=True, exist_ok=True)
    corpus = subset_corpus(args.data / "corpus", args.corpus_mb, scratch)
    size_bytes = corpus_bytes(corpus)
    glossaries = sorted(args.data.glob("glossary-*.csv"), key=lambda p: int(p.stem.split("-")[1]))
    main_glossary = args.data / f"glossary-{args.size}.csv"
    tilmash = Tilmash(args)
    cold = Tilmash(args, cached=False)
    baselines = [Baseline("flashtext", args), Baseline("pyahocorasick", args)]
    tools = [tilmash, cold] + baselines
    for glossary in glossaries:
        tilmash.warm(glossary)
    print(f"corpus: {corpus} ({size_bytes / 1e6:.1f} MB); glossary {main_glossary.name}; {args.runs} runs each", flush=True)

    # 1. The main table: every tool on the main glossary, in turns.
    runs, outputs = alternate(tools, main_glossary, corpus, args.runs, scratch, "main")
    counts = {tool.name: tool.count(outputs[tool.name]) for tool in tools}
    build = {tool.name: tool.build_seconds(main_glossary, scratch / "empty.out") for tool in (tilmash, cold)}
    empty = scratch / "empty-corpus"
    for language in LANGUAGES:
        (empty / language).mkdir(parents=True, exist_ok=True)
    for baseline in baselines:
        times = []
        for _ in range(3):
            command = baseline.command(main_glossary, empty, scratch / "empty.out")
            _, _, stderr = run_process(command, scratch / "empty.stdout")
            times.append(json.loads(stderr.strip().splitlines()[-1])["build_seconds"])
        build[baseline.name] = statistics.median(times)

    # 2. Scaling: --jobs 1 against --jobs 2, in turns.
    jobs2 = Tilmash(args, jobs=2)
    scaling, _ = alternate([tilmash, jobs2], main_glossary, corpus, args.runs, scratch, "jobs")

    # 3. The sweep for the plot: every glossary size, every tool.
    sweep = {}
    for glossary in glossaries:
        size = int(glossary.stem.split("-")[1])
        if glossary == main_glossary:
            sweep[size] = {name: [s for s, _ in values] for name, values in runs.items()}
            continue
        result, _ = alternate(tools, glossary, corpus, args.sweep_runs, scratch, f"{size} terms")
        sweep[size] = {name: [s for s, _ in values] for name, values in result.items()}

    report(args, corpus, size_bytes, main_glossary, tools, runs, counts, build, scaling, sweep)


def mbps(size_bytes, seconds):
    return size_bytes / 1e6 / seconds


def report(args, corpus, size_bytes, glossary, tools, runs, counts, build, scaling, sweep):
    results = args.results
    results.mkdir(parents=True, exist_ok=True)
    names = [tool.name for tool in tools]
    median = {name: mbps(size_bytes, statistics.median(s for s, _ in runs[name])) for name in names}
    rss = {name: max(r for _, r in runs[name]) for name in names}
    totals = {name: sum(counts[name].values()) for name in names}
    keys = set.intersection(*(set(counts[name]) for name in names))
    common = sum(min(counts[name][key] for name in names) for key in keys)
    scaling_median = {name: mbps(size_bytes, statistics.median(s for s, _ in values)) for name, values in scaling.items()}
    speedup = scaling_median["tilmash --jobs 2"] / scaling_median["tilmash"]
    info = machine()

    lines = [
        f"Corpus: {size_bytes / 1e6:.1f} MB ({corpus.name}), glossary `{glossary.name}`, "
        f"{args.runs} alternating runs per tool, medians. Machine: {info['cpu']}, {info['cores']} cores "
        f"(shared with other work), {info['memory_gib']} GiB, {info['os']}, {info['swift']}, Python {info['python']}.",
        "",
        "| Tool | MB/s (median) | Tilmash's speed over it | Peak RSS (MB) | Load + index (s) | Matches | Runs (s) |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for name in names:
        lines.append(
            f"| {name} | {median[name]:.1f} | {median['tilmash'] / median[name]:.2f}x"
            if name != "tilmash" else f"| {name} | {median[name]:.1f} | (1x)"
        )
        lines[-1] += (
            f" | {rss[name] / 1e6:.0f} | {build.get(name, 0):.2f} | {totals[name]:,} | "
            + ", ".join(f"{s:.2f}" for s, _ in runs[name]) + " |"
        )
    lines += [
        "",
        f"Matches common to all tools (same document and entry, counted with multiplicity): {common:,}.",
        "",
        "`tilmash` reads its glossary index from the index cache (built by one untimed run before "
        "the timing starts); `tilmash --no-cache` builds it in every run, as the first run on a new "
        "glossary does.",
        "",
        f"Scaling: `--jobs 1` {scaling_median['tilmash']:.1f} MB/s, `--jobs 2` {scaling_median['tilmash --jobs 2']:.1f} MB/s: "
        f"**{speedup:.2f}x** ({args.runs} alternating runs each).",
        "",
        "Throughput (MB/s, median) by glossary size:",
        "",
        "| Terms | " + " | ".join(names) + " |",
        "|---:|" + "---:|" * len(names),
    ]
    for size in sorted(sweep):
        lines.append(f"| {size:,} | " + " | ".join(f"{mbps(size_bytes, statistics.median(sweep[size][n])):.1f}" for n in names) + " |")
    table = "\n".join(lines) + "\n"
    (results / "compare.md").write_text(table, encoding="utf-8")
    raw = {
        "machine": info, "corpus_bytes": size_bytes, "glossary": glossary.name, "runs": {n: runs[n] for n in names},
        "median_mbps": median, "peak_rss": rss, "build_seconds": build, "matches": totals, "common": common,
        "scaling": {n: v for n, v in scaling.items()}, "sweep": {str(k): v for k, v in sweep.items()},
    }
    (results / "compare.json").write_text(json.dumps(raw, indent=2), encoding="utf-8")
    print(table)

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(7, 4.2))
    sizes = sorted(sweep)
    for name in names:
        axes.plot(sizes, [mbps(size_bytes, statistics.median(sweep[s][name])) for s in sizes], marker="o", label=name)
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel("glossary terms")
    axes.set_ylabel("MB/s end to end (median)")
    axes.set_title(f"Annotating {size_bytes / 1e6:.0f} MB of en/tr/kk text, one core")
    axes.grid(True, which="both", alpha=0.3)
    axes.legend()
    figure.tight_layout()
    figure.savefig(results / "throughput.png", dpi=110)


if __name__ == "__main__":
    main()
