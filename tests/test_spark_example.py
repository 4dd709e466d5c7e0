"""examples/spark_classify.py on local Spark: skipped where pyspark is not installed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pyspark")
pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "spark_classify.py"


@pytest.mark.slow
def test_spark_example_writes_one_verdict_per_reply(tmp_path: Path) -> None:
    """Three replies in, three JSON objects out, in order, with the verdict's fields."""
    source, target = tmp_path / "in.txt", tmp_path / "out.jsonl"
    source.write_text(
        "550 5.1.1 <a@example.com>: Recipient address rejected: User unknown\n"
        "452 4.2.2 Mailbox full\n"
        "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred\n",
        encoding="utf-8",
    )
    done = subprocess.run(  # noqa: S603  as a user runs it: the executors import the script
        [sys.executable, str(EXAMPLE), str(source), str(target), "--master", "local[1]"],
        capture_output=True, text=True, check=False, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [(r["category"], r["action"]) for r in rows] == [
        ("user_unknown", "suppress"), ("mailbox_full", "retry"), ("reputation", "retry"),
    ]
    assert rows[0]["reply"].startswith("550 5.1.1")
    assert rows[1]["enhanced"] == "4.2.2"
