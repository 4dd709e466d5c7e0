"""Classify a file of SMTP replies on Spark: one reply per line in, one JSON object per line out.

    python examples/spark_classify.py IN.txt OUT.jsonl [--master local[2]]

Each executor imports smtpcodes once and classifies its partition with ``classify_many`` inside
``mapInPandas``; the driver writes the results, in input order, as JSON Lines with the reply and
its ``category``, ``action``, ``scope``, ``severity``, ``code`` and ``enhanced`` code. Point
``--master`` at a cluster (``spark://host:7077``, ``yarn``) when one machine is not enough;
smtpcodes must be installed on the executors. Needs ``pip install pyspark pandas pyarrow``
(not dependencies of smtpcodes).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

FIELDS = ("reply", "category", "action", "scope", "severity", "code", "enhanced")
SCHEMA = ("line long, reply string, category string, action string, scope string, "
          "severity string, code int, enhanced string")


def classify_frames(frames: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """``mapInPandas`` body: a ``reply`` column in, the verdict's columns out."""
    import pandas as pd

    from smtpcodes import classify_many

    for frame in frames:
        results = list(classify_many(frame["reply"].fillna("").tolist()))
        yield pd.DataFrame({
            "line": frame["line"],
            "reply": frame["reply"],
            "category": [r.category.value for r in results],
            "action": [r.action.value for r in results],
            "scope": [r.scope.value for r in results],
            "severity": [r.severity.value for r in results],
            "code": pd.array([r.code for r in results], dtype="Int64"),
            "enhanced": [str(r.enhanced) if r.enhanced else None for r in results],
        })


def run(source: Path, target: Path, master: str = "local[2]") -> int:
    """Classify every line of ``source`` into ``target``; returns the number of replies."""
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # executors use this interpreter
    spark = (SparkSession.builder.master(master).appName("smtpcodes")
             .config("spark.ui.enabled", "false")
             .config("spark.sql.execution.arrow.pyspark.enabled", "true").getOrCreate())
    try:
        lines = source.read_text(encoding="utf-8", errors="replace").splitlines()
        frame = spark.createDataFrame(list(enumerate(lines)), "line long, reply string")
        rows = frame.mapInPandas(classify_frames, SCHEMA).orderBy("line").collect()
    finally:
        spark.stop()
    with target.open("w", encoding="utf-8") as out:
        for row in rows:
            record: dict[str, Any] = {name: row[name] for name in FIELDS}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="a text file, one reply per line")
    parser.add_argument("target", type=Path, help="the JSON Lines file to write")
    parser.add_argument("--master", default="local[2]", help="Spark master (default local[2])")
    args = parser.parse_args(argv)
    count = run(args.source, args.target, args.master)
    print(f"{count} replies classified into {args.target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
