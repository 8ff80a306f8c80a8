"""Code a fixed set of articles and write every event as JSON Lines, to compare two versions' output.

A speed change must not change what accord codes.  Run this once on the old code and once on the
new one and compare the two files byte for byte (``cmp``); the digest printed at the end is the
file's SHA-256.  Articles: the development articles dev01-devNNN (``--dev-last``, default 215) in
file order, then ``--articles`` recombined from the same articles' paragraphs as bench/speed.py
builds its corpus (seed 7), so no blind article is read.  Each event is written as ``accord code
-o OUT.jsonl`` writes it, with one line before each article's events naming the article and its
sentence count (so a change in sentences shows too).

    PYTHONPATH=src python bench/same_output.py --articles 2000 -o /tmp/new.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dev_articles(last: int) -> list[object]:
    """dev01..dev{last} as Articles, in number order."""
    from accord.model import Article
    from accord.stages.ingest import read_file

    paths = [ROOT / f"eval/dev/articles/dev{n:02d}.txt" for n in range(1, last + 1)]
    return [a for p in paths if p.exists() for a in read_file(p) if isinstance(a, Article)]


def recombined(articles: list[object], count: int, scratch: Path, seed: int = 7) -> list[object]:
    """``count`` articles made of the given articles' paragraphs (bench/speed.py's recipe), written
    as JSON Lines and read back as ``accord code`` reads a corpus file."""
    from accord.model import Article
    from accord.stages.ingest import read_file

    pool = [a for a in articles if isinstance(a, Article)]
    paragraphs = [p for a in pool for p in a.text.split("\n\n")]
    lengths = [len(a.text.split("\n\n")) for a in pool]
    rng = random.Random(seed)
    with scratch.open("w", encoding="utf-8") as out:
        for i in range(count):
            source = rng.choice(pool)
            text = "\n\n".join(rng.choice(paragraphs) for _ in range(rng.choice(lengths)))
            published = source.published.isoformat() if source.published else None
            record = {"url": f"https://bench.example/{i}", "date": published, "title": f"Bench {i}", "text": text}
            out.write(json.dumps(record) + "\n")
    return [a for a in read_file(scratch) if isinstance(a, Article)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--dev-last", type=int, default=215, help="last development article (dev01..devN)")
    parser.add_argument("--articles", type=int, default=2000, help="recombined articles after the development ones")
    args = parser.parse_args()

    from accord.pipeline import Coder

    dev = dev_articles(args.dev_last)
    with tempfile.TemporaryDirectory() as scratch:
        corpus = recombined(dev, args.articles, Path(scratch) / "corpus.jsonl")
    started = time.process_time()
    coder = Coder()
    ready = time.process_time()
    stream = [*dev, *corpus]
    events = 0
    with args.output.open("w", encoding="utf-8") as out:
        for article in coder.code(stream):  # type: ignore[arg-type]
            out.write(json.dumps({"article": article.url, "sentences": len(article.sentences)}) + "\n")
            for event in article.events:
                out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
                events += 1
    done = time.process_time()
    digest = hashlib.sha256(args.output.read_bytes()).hexdigest()
    print(
        f"{len(stream)} articles, {events} events; Coder() {ready - started:.2f} s CPU, "
        f"coding {done - ready:.2f} s CPU; sha256 {digest}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
