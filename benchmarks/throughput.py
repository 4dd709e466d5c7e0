"""Throughput of classify() as ratios measured in one run (these machines are noisy).

Every figure is a ratio against a floor measured in the same run, on the same strings: one
precompiled ``re.match`` of a reply code (``[2-5][0-9][0-9][ -]``), the least any parser pays.
Times are CPU times (``time.process_time``), best of several passes, garbage collector paused.

* ``unique``: classify() on real replies it has never seen (each pass makes every string new,
  and no two passes of the run share a string); the learn set's replies, and also per shape:
  with an enhanced code, wrapped in a bounce's words, multi-line, non-English, and the check
  set's replies (real replies as they occur in the wild, without the learn set's template
  strings).
* ``repeat``: classify() on replies it has seen (the per-input cache answers), each pass reading
  them ten times over: the learn set's first 16,384 short replies, the working set the cache
  always answers (``smtpcodes._classify.CACHE_ENTRIES``). A longer cycle of distinct replies
  measures the cache's size, not the cost of a hit: past 16,384 some of them are read anew.
* ``pigeontrust``: pigeontrust 0.2's ``classify_reply(code, message)`` on the same unique
  replies, its input split into code and message before its clock starts (a benchmark-only
  extra: ``pip install .[bench]``); ``vs_pigeontrust`` is our time over its time (below 1 is
  faster). An accuracy table beside it shows, on the check set, how often each gets the
  hard-bounce verdict right.
* ``import``: ``import smtpcodes`` over ``from pydantic import BaseModel`` in fresh interpreters
  (interpreter start excluded); ``import_classify`` the same for ``from smtpcodes import
  classify``, which defines the models and loads the parser and the tables (the models'
  validators are built, the knowledge compiles and the word model loads on the first call).
  Each is the median of seven interleaved runs' own ratios.
* ``first call``: seconds of the first ``classify`` in a fresh interpreter (an English, a German
  and a Chinese reply): what a command-line run or a short-lived process pays once. Reported,
  not guarded (it grows with the knowledge).

``--check`` fails (exit 1) when a ratio is more than 50% above benchmarks/baseline.json (a
guard against large regressions, not a stopwatch); ``--quick`` runs fewer passes (CI);
``--record`` rewrites the baseline with the medians of three runs (record with ``--quick``,
as CI checks).

    python benchmarks/throughput.py [--quick] [--check | --record]
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, Final

from accuracy import expected_action, load  # this folder's JSON Lines loader and labels

from smtpcodes import Action, classify, parse
from smtpcodes._classify import CACHE_ENTRIES, SHORT

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
BASELINE = Path(__file__).with_name("baseline.json")
CODE_RE = re.compile(r"[2-5][0-9][0-9][ -]", re.ASCII)
TOLERANCE = 1.5
GUARDED = ("unique", "repeat", "import", "import_classify")
RECORD_RUNS = 3
"""Runs whose medians ``--record`` writes as the baseline."""


def _rows() -> list[dict[str, Any]]:
    """The learn set's replies."""
    return load(sorted(DATA.glob("replies_*.jsonl")) + sorted((DATA / "learn").glob("*.jsonl")))


def _cpu(run: Callable[[], object], passes: int) -> float:
    best = float("inf")
    for _ in range(passes):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            run()
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


def _floor(texts: list[str]) -> None:
    for text in texts:  # written as the classify loop is: one call per reply
        CODE_RE.match(text)


def _classify_all(texts: list[str]) -> None:
    for text in texts:
        classify(text)


_REPEAT_ROUNDS = 10
"""Times each pass of the repeat measure reads the replies it has seen."""

_ROUNDS = itertools.count(1)
"""One counter for the whole run: no two batches of any measure share a string."""


class _Unique:
    """Fresh copies of the replies for each pass, so that no pass hits the cache."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts

    def batch(self) -> list[str]:
        round_ = next(_ROUNDS)
        return [f"{text} [{round_}.{index}]" for index, text in enumerate(self.texts)]


def _best_ratio(batch: Callable[[], list[str]], passes: int) -> tuple[float, float]:
    """classify() over the floor on the same strings: the best of ``passes`` passes, each one's
    floor measured just before it (a slow moment of the machine hits both), and that floor."""
    best_ratio, best_floor = float("inf"), 0.0
    for _ in range(passes):
        strings = batch()
        floor = _cpu(partial(_floor, strings), 3)
        ratio = _cpu(partial(_classify_all, strings), 1) / floor
        if ratio < best_ratio:
            best_ratio, best_floor = ratio, floor
    return best_ratio, best_floor


def _unique_ratio(texts: list[str], passes: int) -> float:
    """classify() on unseen replies over the floor, on the same strings."""
    return _best_ratio(_Unique(texts).batch, passes)[0]


def _shapes(rows: list[dict[str, Any]]) -> dict[str, list[str]]:
    texts = [row["reply"] for row in rows]
    parsed = [parse(text) for text in texts]
    return {
        "all": texts,
        "enhanced": [t for t, p in zip(texts, parsed, strict=True) if p.enhanced is not None],
        "wrapped": [t for t in texts if not CODE_RE.match(t.lstrip("#<('\" "))],
        "multi-line": [t for t in texts if "\n" in t],
        "non-English": [row["reply"] for row in rows if row.get("lang", "en") != "en"],
        "check set": [row["reply"] for row in _check_rows()],
    }


def _check_rows() -> list[dict[str, Any]]:
    """The check set: real replies as they occur in the wild (no template strings)."""
    return load(sorted((DATA / "check").glob("*.jsonl")))


def _pigeontrust(texts: list[str], passes: int) -> float | None:
    try:
        from pigeontrust.smtp_probe import classify_reply
    except ImportError:
        return None
    fresh = _Unique(texts)
    best = float("inf")
    for _ in range(passes):
        batch = fresh.batch()
        pairs = [(reply.code or 0, reply.text) for reply in map(parse, batch)]  # split first

        def theirs(pairs: list[tuple[int, str]] = pairs) -> None:
            for code, message in pairs:
                classify_reply(code, message)

        ours = _cpu(partial(_classify_all, batch), 1)
        best = min(best, ours / _cpu(theirs, 1))
    return best


def _accuracy_table() -> None:
    """Hard-bounce verdicts on the check set: smtpcodes against pigeontrust."""
    try:
        from pigeontrust.smtp_probe import ProbeStatus, classify_reply
    except ImportError:
        return
    rows = _check_rows()
    ours = theirs = retry_ours = retry_theirs = 0
    for row in rows:
        wanted = expected_action(row)
        got = classify(row["reply"], command=row.get("command"))
        reply = parse(row["reply"])
        status = classify_reply(reply.code or 0, reply.text)
        ours += got.hard_bounce == (wanted is Action.SUPPRESS)
        theirs += (status is ProbeStatus.NOT_EXISTS) == (wanted is Action.SUPPRESS)
        retry_ours += (got.action is Action.RETRY) == (wanted is Action.RETRY)
        retry_theirs += (status in {ProbeStatus.GREYLISTED, ProbeStatus.RATE_LIMITED,
                                    ProbeStatus.MAILBOX_FULL}) == (wanted is Action.RETRY)
    total = len(rows)
    print(f"check set ({total} replies)      hard bounce right   retry right   categories")
    print(f"  smtpcodes                  {ours / total:10.1%}   {retry_ours / total:10.1%}   33")
    print(f"  pigeontrust 0.2            {theirs / total:10.1%}   {retry_theirs / total:10.1%}"
          "    7 statuses")


def _import_seconds(statement: str) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,  # noqa: S603
                                check=True).stdout)


def _import_ratios(runs: int) -> tuple[float, float, float]:
    """``import smtpcodes`` and ``from smtpcodes import classify`` over the pydantic floor."""
    ours, loaded, theirs = [], [], []
    for _ in range(runs):  # interleaved, so that a slow moment hits all three
        ours.append(_import_seconds("import smtpcodes"))
        loaded.append(_import_seconds("from smtpcodes import classify"))
        theirs.append(_import_seconds("from pydantic import BaseModel"))
    floor = statistics.median(theirs)
    print(f"import smtpcodes {statistics.median(ours) * 1e3:.1f} ms, from smtpcodes import "
          f"classify {statistics.median(loaded) * 1e3:.1f} ms, from pydantic import BaseModel "
          f"{floor * 1e3:.1f} ms (medians of {runs} runs)")
    # The median of the runs' own ratios: a ~20 ms import is mostly noise, and the least of a
    # few runs strays more from run to run than the middle one does.
    return (statistics.median(a / b for a, b in zip(ours, theirs, strict=True)),
            statistics.median(a / b for a, b in zip(loaded, theirs, strict=True)), floor)


def measure(*, quick: bool) -> dict[str, float]:
    """Every ratio, printed as it is measured."""
    passes = 3 if quick else 7
    rows = _rows()
    shapes = _shapes(rows)
    texts = shapes["all"]
    _classify_all(texts)  # compile the knowledge before any clock starts
    ratios: dict[str, float] = {}
    for name, group in shapes.items():
        ratio = _unique_ratio(group, passes)
        print(f"unique {name:<12} {len(group):5} replies  {ratio:6.1f} x floor")
        ratios["unique" if name == "all" else f"unique_{name.replace(' ', '_')}"] = ratio
    working = [text for text in dict.fromkeys(texts) if len(text) <= SHORT][:CACHE_ENTRIES // 2]
    _classify_all(working)
    seen = working * _REPEAT_ROUNDS  # a pass of a few milliseconds is mostly timer noise
    repeat, floor = _best_ratio(lambda: seen, passes)
    print(f"repeat                    {len(working)} replies  {repeat:6.2f} x floor "
          f"(floor {floor / len(seen) * 1e9:.0f} ns/reply)")
    ratios["repeat"] = repeat
    peers = (("vs_pigeontrust", "same unique replies", texts),
             ("vs_pigeontrust_check_set", "unique check-set replies", shapes["check set"]))
    for key, label, group in peers:
        peer = _pigeontrust(group, passes)
        if peer is None:  # pigeontrust is not installed
            break
        print(f"vs pigeontrust classify_reply ({label}): {peer:.2f} "
              f"({'faster' if peer < 1 else 'slower'})")
        ratios[key] = peer
    else:
        _accuracy_table()
    bare, loaded, _ = _import_ratios(7)  # as many runs in both modes as the baseline had
    print(f"import: {bare:.2f} x (the names load on first use); with the classifier loaded "
          f"(the models defined, the parser, the tables): {loaded:.2f} x")
    ratios["import"] = bare
    ratios["import_classify"] = loaded
    for name, reply in _FIRST_CALLS:
        seconds = statistics.median(_first_call_seconds(reply) for _ in range(1 if quick else 3))
        print(f"first call, {name}: {seconds:.2f} s (compiling what it reads; not guarded)")
        ratios[f"first_call_{name.split()[0]}_s"] = seconds
    return ratios


_FIRST_CALLS: Final = (
    ("english reply", "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown"),
    ("german reply", "550 5.1.1 Benutzer unbekannt, die Adresse existiert nicht mehr. Grüße"),
    ("chinese reply", "550 5.1.1 收件人地址不存在"),
)
"""Replies whose first classification in a fresh interpreter is timed: an ASCII one compiles
the knowledge's ASCII scan only; one in another script also the scan of every spaced script,
and the Chinese and Japanese one (see ``smtpcodes._match.Scans``)."""


def _first_call_seconds(reply: str) -> float:
    """Seconds of the first ``classify`` in a fresh interpreter, after the import."""
    code = ("import time; from smtpcodes import classify; t = time.perf_counter(); "
            f"classify({reply!r}); print(time.perf_counter() - t)")
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,  # noqa: S603
                                check=True).stdout)


def main() -> int:
    """Measure, print, and compare with or record the baseline."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer passes (CI)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="fail on a >50%% regression")
    mode.add_argument("--record", action="store_true", help="write benchmarks/baseline.json")
    args = parser.parse_args()
    if args.record:  # the middle of a few runs, so that one lucky run does not set the guard
        runs = [measure(quick=args.quick) for _ in range(RECORD_RUNS)]
        middle = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
        BASELINE.write_text(json.dumps({k: round(v, 2) for k, v in middle.items()}, indent=2)
                            + "\n", encoding="utf-8")
        return 0
    ratios = measure(quick=args.quick)
    if args.check:
        baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
        failed = [name for name in GUARDED
                  if name in baseline and ratios[name] > baseline[name] * TOLERANCE]
        for name in failed:
            print(f"REGRESSION {name}: {ratios[name]:.2f} > {TOLERANCE} x {baseline[name]}")
        return 1 if failed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
