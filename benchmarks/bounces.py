"""parse_bounce() on the 629 real bounce e-mails: recall, category agreement, speed vs flufl.bounce.

For every e-mail of shared/corpus/bounce-emails/ it compares the recipients found with
``expected.jsonl`` (case-insensitively) and, where a category is expected, whether the
classification's category is it or one of ``also``. Feedback-loop reports and auto-replies are
not bounces: their recipients are not counted; instead the share recognised by
``is_feedback_report`` / ``is_auto_reply`` is printed.

Throughput is measured in the same run on the same bytes: ``parse_bounce`` (with the
classification cache cleared before each pass, so every reply is classified afresh) against
flufl.bounce's ``all_failures`` (which finds addresses only), both parsing the message from
bytes; the best of ``--repeat`` interleaved passes each. The ratio is flufl's time over ours:
above 1.0 we are faster. Without flufl.bounce installed (``pip install smtpcodes[bench]``) the
comparison is skipped.

    python benchmarks/bounces.py [--corpus DIR] [--repeat 5] [--show-misses]
"""

from __future__ import annotations

import argparse
import email
import importlib
import json
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from smtpcodes import is_auto_reply, is_feedback_report, parse_bounce

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bounce-emails"
NOT_BOUNCES = frozenset({"feedback", "vacation"})


def main() -> int:
    """Print recall, agreement and the speed ratio against flufl.bounce."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    expected_file = args.corpus / "expected.jsonl"
    if not expected_file.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in expected_file.read_text(encoding="utf-8").splitlines()]
    messages = [(args.corpus / row["file"]).read_bytes() for row in rows]
    _accuracy(rows, messages, show=args.show_misses)
    _speed(messages, args.repeat)
    return 0


def _accuracy(rows: list[dict[str, Any]], messages: list[bytes], *, show: bool) -> None:
    wanted = found = judged = agreed = not_bounces = recognised = 0
    misses: Counter[str] = Counter()
    for row, raw in zip(rows, messages, strict=True):
        got = {r.recipient.lower(): r for r in parse_bounce(raw)}
        for item in row["recipients"]:
            if item["origin_reason"] in NOT_BOUNCES:
                not_bounces += 1
                recognised += is_feedback_report(raw) or is_auto_reply(raw)
                continue
            wanted += 1
            recipient = got.get(item["recipient"].lower())
            if recipient is None:
                misses[f"not found ({row['mta']})"] += 1
                if show:
                    print(f"MISS {row['file']}: {item['recipient']}")
                continue
            found += 1
            if item["category"] is None:
                continue
            judged += 1
            category = recipient.classification.category.value if recipient.classification else None
            if category in {item["category"], *item["also"]}:
                agreed += 1
            else:
                misses[f"want {item['category']} got {category}"] += 1
                if show:
                    print(f"BAD  {row['file']}: want {item['category']} got {category} | "
                          f"{recipient.diagnostic[:120]}")
    print(f"e-mails: {len(rows)}")
    print(f"recipients found: {found}/{wanted} = {found / wanted:.1%}")
    print(f"category agreement: {agreed}/{judged} = {agreed / judged:.1%}")
    print(f"feedback reports and auto-replies recognised: {recognised}/{not_bounces}")
    for reason, count in misses.most_common(8):
        print(f"  {count:3}  {reason}")


def _speed(messages: list[bytes], repeat: int) -> None:
    try:
        flufl: Any = importlib.import_module("flufl.bounce")
    except ImportError:
        flufl = None
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(max(1, repeat)):  # interleaved, so a busy spell slows both alike
        ours.append(_timed(lambda: _ours(messages)))
        if flufl is not None:
            theirs.append(_timed(lambda: _flufl(flufl.all_failures, messages)))
    best = min(ours)
    print(f"parse_bounce: {best * 1000:.0f} ms for {len(messages)} e-mails "
          f"({len(messages) / best:.0f}/s)")
    if flufl is None:
        print("flufl.bounce is not installed (pip install smtpcodes[bench]): comparison skipped")
        return
    peer = min(theirs)
    print(f"flufl.bounce all_failures: {peer * 1000:.0f} ms ({len(messages) / peer:.0f}/s)")
    print(f"speed ratio (flufl time / parse_bounce time): {peer / best:.2f}")


def _ours(messages: list[bytes]) -> None:
    _clear_classify_cache()
    for raw in messages:
        parse_bounce(raw)


def _flufl(all_failures: Callable[[Any], object], messages: list[bytes]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for raw in messages:
            try:
                all_failures(email.message_from_bytes(raw))
            except Exception:  # noqa: BLE001, S112 - a peer crashing on one e-mail must not stop the run
                continue


def _clear_classify_cache() -> None:
    """Measure classification uncached: clear every function cache the package holds.

    The engine's caches are private and move between versions, so they are found, not named.
    """
    from smtpcodes import _classify

    _classify.clear_caches()  # the per-input result caches are plain dicts
    for name, module in list(sys.modules.items()):
        if name == "smtpcodes" or name.startswith("smtpcodes."):
            for value in list(vars(module).values()):
                clear = getattr(value, "cache_clear", None)
                if callable(clear):
                    clear()


def _timed(run: Callable[[], None]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())
