"""Accuracy of classify() on the labelled corpus (shared/corpus/bounces.jsonl).

Each text is classified alone, with its ``code``, ``status`` and ``command`` passed as hints, as
the corpus README prescribes; a category counts as right when it is the label or one of ``also``.

    python benchmarks/accuracy.py [--show-misses] [--corpus PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from smtpcodes import classify

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bounces.jsonl"


def main() -> int:
    """Print the share of corpus texts whose category and hard-bounce verdict are right."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines()]
    right = hard_right = 0
    misses: Counter[tuple[str, str]] = Counter()
    for row in rows:
        given = (row["code"], row["text"]) if row["code"] else row["text"]
        got = classify(given, command=row["command"], status=row["status"])
        if got.category.value in {row["category"], *row["also"]}:
            right += 1
        else:
            misses[row["category"], got.category.value] += 1
            if args.show_misses:
                print(f"want {row['category']:<22} got {got.category.value:<22} "
                      f"{got.evidence.rule:<28} {row['code']} {row['status']} | "
                      f"{row['text'][:140]}")
        hard_right += got.hard_bounce == row["hard_bounce"]
    total = len(rows)
    print(f"category: {right}/{total} = {right / total:.1%}")
    print(f"hard_bounce: {hard_right}/{total} = {hard_right / total:.1%}")
    for (wanted, found), count in misses.most_common(12):
        print(f"  {count:3} want {wanted} got {found}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
