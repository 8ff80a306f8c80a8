"""Speed bench: accord's full ``code`` run against a bare ``nlp.pipe`` of the same model.

One command builds a corpus of real-style articles by recombining the development set's
paragraphs (distinct articles, distinct URLs, fixed seed), then, for 1 and 2 workers, times

- bare: ``spacy.load(model)`` (all its components) and ``nlp.pipe`` over the corpus texts
  (``n_process`` = workers);
- accord: ``accord code CORPUS -o OUT.jsonl --workers N`` (reading, cleaning, sentence filter,
  parse, actors, events, locations, output);

each in its own child process (so peak RSS is that run's), and prints the ratio, articles/s and
words/s per core, and peak RSS of the largest process.  With ``--same-blas`` it also times the
bare pipeline with accord's matrix products (numpy's BLAS, one thread; src/accord/stages/blas.py),
to show how much of the ratio that choice gives and how much the rest of accord does.  Then the
accuracy on eval/dev with and without the sentence filter.  The load average is printed: other jobs distort the figures.

    python bench/speed.py --articles 2000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


# The development articles the corpus is recombined from: dev01-dev545, the set of session 19.  Why
# pinned: each session adds blind articles to eval/dev, denser in events than the older ones, and a
# corpus rebuilt from all of them changed the ratio between sessions with no change of code
# (session 20: 1.81x and 2.08x on the same code).  ``--dev-upto 0`` takes every article.
DEV_UPTO = 545


def make_corpus(path: Path, count: int, seed: int = 7, dev_upto: int = DEV_UPTO) -> tuple[int, int]:
    """Write ``count`` recombined development articles as JSONL; returns (articles, words)."""
    from accord.model import Article
    from accord.stages.ingest import read_file

    dev = sorted((ROOT / "eval/dev/articles").glob("*.txt"))
    dev = [p for p in dev if not dev_upto or int(p.stem.removeprefix("dev")) <= dev_upto]
    articles = [a for p in dev for a in read_file(p) if isinstance(a, Article)]
    paragraphs = [p for a in articles for p in a.text.split("\n\n")]
    lengths = [len(a.text.split("\n\n")) for a in articles]
    rng = random.Random(seed)
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            source = rng.choice(articles)
            text = "\n\n".join(rng.choice(paragraphs) for _ in range(rng.choice(lengths)))
            words += len(text.split())
            record = {"url": f"https://bench.example/{i}", "date": source.published.isoformat(), "title": f"Bench {i}"}
            out.write(json.dumps({**record, "text": text}) + "\n")
    return count, words


def bare(corpus: Path, workers: int, numpy_blas: bool = False) -> None:
    """Child process: the bare full pipeline over the corpus texts (spaCy's defaults, or numpy's BLAS)."""
    import spacy

    from accord.stages.parse import resolve_model_name

    nlp = spacy.load(resolve_model_name(None))
    if numpy_blas:
        from accord.stages.blas import use_numpy_blas

        use_numpy_blas(nlp)  # the child runs with OPENBLAS_NUM_THREADS=1 (see main)
    with corpus.open(encoding="utf-8") as handle:
        texts = (json.loads(line)["text"] for line in handle)
        for _ in nlp.pipe(texts, batch_size=32, n_process=workers):
            pass


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, int]:
    """Run a child; returns wall seconds, CPU seconds of its processes and peak RSS (MB) of the largest."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, env={**os.environ, **(env or {})})
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return wall, cpu, after.ru_maxrss // 1024


def accuracy(sentence_filter: bool) -> float:
    """dyad_root F1 on eval/dev."""
    from accord.evaluation import evaluate, load_units
    from accord.pipeline import Coder

    units = load_units(ROOT / "eval/dev/gold.jsonl", ROOT / "eval/dev/articles")
    report = evaluate(units, Coder(sentence_filter=sentence_filter))
    return report.levels["dyad_root"].f1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--same-blas", action="store_true", help="also time the bare pipeline with numpy's BLAS")
    parser.add_argument("--repeat", type=int, default=1, help="pairs of runs per worker count (median ratio)")
    parser.add_argument("--skip-accuracy", action="store_true", help="time only; no accord eval runs")
    parser.add_argument(
        "--dev-upto", type=int, default=DEV_UPTO, help="recombine dev01..devN only (0: all of eval/dev)"
    )
    parser.add_argument("--bare-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare_child:
        bare(args.bare_child, args.workers[0], args.same_blas)
        return
    with tempfile.TemporaryDirectory(prefix="accord-speed-") as scratch:
        corpus = Path(scratch) / "corpus.jsonl"
        count, words = make_corpus(corpus, args.articles, dev_upto=args.dev_upto)
        print(f"corpus: {count} articles, {words} words; load before: {os.getloadavg()}", flush=True)
        for n in args.workers:
            ratios = [
                time_pair(corpus, Path(scratch), n, rep, args.same_blas, (count, words)) for rep in range(args.repeat)
            ]
            if args.repeat > 1:
                walls = ", ".join(f"{r:.2f}x" for r in ratios)
                print(f"workers={n} ratio accord/bare, each run: {walls}; median {statistics.median(ratios):.2f}x")
        print(f"load after: {os.getloadavg()}", flush=True)
    if args.skip_accuracy:
        return
    with_filter, without = accuracy(True), accuracy(False)
    print(f"eval/dev dyad_root F1: {with_filter:.3f} with the sentence filter, {without:.3f} without", flush=True)


def time_pair(corpus: Path, scratch: Path, n: int, rep: int, same_blas: bool, size: tuple[int, int]) -> float:
    """Time bare and accord once each at ``n`` workers; returns the wall ratio.

    Odd repetitions run accord first, so that a machine whose speed drifts during the bench
    favours neither side in the median.
    """
    child = [sys.executable, __file__, "--bare-child", str(corpus), "--workers", str(n)]
    cmd = [sys.executable, "-m", "accord.cli", "-q", "code", str(corpus), "-o", str(scratch / "out.jsonl")]
    runs: list[tuple[str, list[str], dict[str, str] | None]] = [("bare", child, None)]
    if same_blas:
        runs.append(("bare-numpy-blas", child + ["--same-blas"], {"OPENBLAS_NUM_THREADS": "1"}))
    runs.append(("accord", cmd + ["--workers", str(n)], None))
    if rep % 2:
        runs.reverse()
    rows = {name: timed(command, env) for name, command, env in runs}
    count, words = size
    for name in ("bare", "bare-numpy-blas", "accord"):
        if name in rows:
            wall, cpu, rss = rows[name]
            print(
                f"workers={n} run {rep + 1} {name:15s}: {wall:7.1f} s wall, {cpu:7.1f} s CPU, "
                f"{count / wall:6.1f} articles/s, {words / wall / n:7.0f} words/s per core "
                f"({words / cpu:7.0f} per CPU-second), peak RSS {rss} MB",
                flush=True,
            )
    for other in [name for name in ("bare", "bare-numpy-blas") if name in rows]:
        wall_ratio, cpu_ratio = rows[other][0] / rows["accord"][0], rows[other][1] / rows["accord"][1]
        print(
            f"workers={n} run {rep + 1} ratio accord/{other}: {wall_ratio:.2f}x wall, {cpu_ratio:.2f}x CPU", flush=True
        )
    return rows["bare"][0] / rows["accord"][0]


if __name__ == "__main__":
    main()
