"""Throughput of classify() as ratios measured in one run (these machines are noisy).

Replays the real replies in tests/data (in the repository, so every run measures the same
strings) and compares, on the same strings:

* ``cold``: ``classify()`` on strings it has not seen (cache cleared before each pass),
* ``warm``: ``classify()`` on strings it has seen (the per-input cache answers),
* ``regex``: a bare precompiled ``re.match`` of a reply code, the floor any parser pays,

and prints ``cold/regex`` and ``warm/regex``. ``--check`` fails (exit 1) when a ratio is more
than ``--tolerance`` times the baseline recorded in benchmarks/baseline.json; ``--record``
rewrites the baseline. It also reports ``import smtpcodes`` against
``from pydantic import BaseModel``.

    python benchmarks/throughput.py [--check | --record] [--tolerance 3.0]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from smtpcodes import _api, classify

ROOT = Path(__file__).resolve().parents[1]
BASELINE = Path(__file__).with_name("baseline.json")
SOURCES = [
    ROOT / "tests" / "data" / "replies_providers.jsonl",
    ROOT / "tests" / "data" / "replies_mtas.jsonl",
]
CODE_RE = re.compile(r"[2-5][0-9][0-9][ -]", re.ASCII)


def _samples() -> list[str]:
    texts: list[str] = []
    for path in SOURCES:
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                texts.append(row.get("reply") or row["text"])
    return texts


def _best(run: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def _cold(texts: list[str]) -> None:
    _api._classify.cache_clear()  # noqa: SLF001  measuring the uncached path on purpose
    for text in texts:
        classify(text)


def _warm(texts: list[str]) -> None:
    for text in texts:
        classify(text)


def _regex(texts: list[str]) -> None:
    for text in texts:
        CODE_RE.match(text)


def _import_seconds(statement: str) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,  # noqa: S603
                                 check=True).stdout) for _ in range(5)]
    return min(runs)


def measure(repeats: int = 7) -> dict[str, float]:
    """Ratios of classify to a bare regex match over the same strings, and import ratio."""
    texts = _samples()
    _warm(texts)
    regex = _best(lambda: _regex(texts), repeats)
    cold = _best(lambda: _cold(texts), repeats)
    _warm(texts)
    warm = _best(lambda: _warm(texts), repeats)
    per_call = cold / len(texts)
    print(f"{len(texts)} replies; cold {per_call * 1e6:.1f} µs/reply "
          f"({1 / per_call:,.0f} replies/s), warm {warm / len(texts) * 1e6:.2f} µs/reply, "
          f"bare regex {regex / len(texts) * 1e6:.2f} µs/reply")
    smtp = _import_seconds("import smtpcodes")
    pyd = _import_seconds("from pydantic import BaseModel")
    print(f"import smtpcodes {smtp * 1e3:.1f} ms, from pydantic import BaseModel "
          f"{pyd * 1e3:.1f} ms")
    return {"cold_ratio": cold / regex, "warm_ratio": warm / regex, "import_ratio": smtp / pyd}


def main() -> int:
    """Measure, print, and compare with or record the baseline."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="fail on a large regression")
    mode.add_argument("--record", action="store_true", help="write benchmarks/baseline.json")
    parser.add_argument("--tolerance", type=float, default=3.0)
    args = parser.parse_args()
    ratios = measure()
    for name, value in ratios.items():
        print(f"{name}: {value:.2f}")
    if args.record:
        BASELINE.write_text(json.dumps({k: round(v, 2) for k, v in ratios.items()}, indent=2)
                            + "\n", encoding="utf-8")
        return 0
    if args.check:
        baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
        failed = [name for name, value in ratios.items()
                  if value > baseline[name] * args.tolerance]
        for name in failed:
            print(f"REGRESSION {name}: {ratios[name]:.2f} > {args.tolerance} x {baseline[name]}")
        return 1 if failed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
