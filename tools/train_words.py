"""Train the word model and write ``smtpcodes/knowledge/learned.json`` (see ``smtpcodes._learned``).

    python tools/train_words.py          # write the module
    python tools/train_words.py --check  # exit 1 if the committed module is not what this writes
    python tools/train_words.py --cv     # held-out precision and coverage, by source

The model is an averaged perceptron (Collins 2002, "Discriminative training methods for hidden
Markov models"), trained on sourced text only:

- the learn set, ``tests/data/replies_*.jsonl`` and ``tests/data/learn/*.jsonl``, each row
  with its ``source`` (the check set, ``tests/data/check``, is never read);
- every phrase of ``smtpcodes/knowledge/``, labelled with its entry's category (each entry
  names its source).

A feature is kept only if texts from at least two *origins* (a repository, or a web site) use
it, so that a word only one program writes (its name, its template variables) says nothing.
The run is deterministic: sorted inputs, five seeded shuffles (``SEEDS``) whose weights are
averaged, sums in a fixed order.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import zlib
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from smtpcodes._learned import features, lead, model_of, suppresses  # noqa: E402
from smtpcodes.enums import Category  # noqa: E402
from smtpcodes.knowledge import load  # noqa: E402

OUT = ROOT / "smtpcodes" / "knowledge" / "learned.json"
DATA = ROOT / "tests" / "data"
EPOCHS = 8
MIN_ORIGINS = 2
SEEDS = (1, 2, 3, 4, 5)
"""The shuffles the perceptron is trained with; the weights are the mean of the five runs. One
run's weights hang on the order it saw the replies in, so a small change of the learn set
reshuffled everything: two models trained each without a different 2 % of the documents gave
different answers on 21.8 % of the check-set and corpus texts (1,872), against 9.8 % with five
runs (8.3 % with ten, at twice the training time). ``--cv`` improved too: at the margin, 56.8 %
answered and 90.2 % right (55.3 % and 89.3 % with one run); at the suppress margin, 5.5 % of
dead-address verdicts false (6.3 %)."""
MAX_WEIGHTS = 6
"""Weights a feature keeps, its strongest: a common word ("message", "not") had up to 30, each
a sum to do per reply; with six, the held-out figures of ``--cv`` stayed the same (44 % answered
and 86 % right at the margin, against 45 % and 86 % with all) and the model does less than half
the work."""
MARGIN = 3.0
"""The score lead the best category needs. Chosen with ``--cv``: with sources held out five
ways, 47.5 % of the held-out learn replies clear it, and 86.2 % of those are right (the model's
own figure; it is read only where no rule matched)."""
SUPPRESS_MARGIN = 5.0
"""The lead a verdict that suppresses an address (a dead-address category) needs: a suppression
cannot be taken back. Chosen with ``--cv``: of the held-out dead-address verdicts, 15 % are
false at 3.0 and 7.5 % at 5.0."""
DEAD = frozenset(category.value for category in Category if suppresses(category))
"""The categories whose permanent verdict is ``suppress`` (``smtpcodes._tables.ACTIONS``)."""
SKIPPED = frozenset({"delivered", "intermediate", "unknown"})
"""Categories the codes decide, or that name no reason: not the model's to say."""


class Doc(NamedTuple):
    features: list[str]
    category: str
    origin: str


def origin(source: str) -> str:
    """A source's origin: the web site of a URL, the repository of ``owner/repo:path``."""
    first = source.split(maxsplit=1)[0] if source.strip() else ""
    if "://" in first:
        return first.split("/")[2].lower()
    return first.split(":", 1)[0].lower()


def learn_rows() -> list[dict[str, str]]:
    files = sorted(DATA.glob("replies_*.jsonl")) + sorted((DATA / "learn").glob("*.jsonl"))
    return [json.loads(line) for path in files
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def documents() -> list[Doc]:
    docs = [Doc(features(row["reply"]), row["category"], origin(row.get("source", "")))
            for row in learn_rows()]
    knowledge = load()
    entries = [*knowledge.generic]
    for provider in knowledge.providers:
        entries += provider.phrases
    for language in knowledge.languages:
        entries += language.phrases
    docs += [Doc(features(phrase), Category(entry.category).value, origin(entry.source))
             for entry in entries for phrase in entry.phrases]
    return [doc for doc in docs if doc.category not in SKIPPED and doc.features]


Weights = dict[str, dict[str, float]]


def train(docs: list[Doc]) -> Weights:
    """Averaged perceptron weights: feature -> category -> weight."""
    origins: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        for feature in doc.features:
            origins[feature].add(doc.origin)
    kept = [Doc([f for f in doc.features if len(origins[f]) >= MIN_ORIGINS], doc.category,
                doc.origin) for doc in docs]
    kept = [doc for doc in kept if doc.features]
    runs = [_averaged(_perceptron(list(kept), seed)) for seed in SEEDS]
    return _finished(_mean(runs))


def _mean(runs: list[Weights]) -> Weights:
    """The weights of several runs averaged (a weight a run lacks counts as 0)."""
    summed: Weights = defaultdict(dict)
    for run in runs:
        for feature, row in run.items():
            for category, weight in row.items():
                summed[feature][category] = summed[feature].get(category, 0.0) + weight
    return {feature: {category: weight / len(runs) for category, weight in row.items()}
            for feature, row in summed.items()}


def _finished(weights: Weights) -> Weights:
    """Rounded to two places, zeros dropped, each feature's ``MAX_WEIGHTS`` strongest kept."""
    finished: Weights = {}
    for feature in sorted(weights):
        row = {category: value for category, weight in sorted(weights[feature].items())
               if (value := round(weight, 2))}
        if len(row) > MAX_WEIGHTS:
            strongest = sorted(row.items(), key=lambda item: (-abs(item[1]), item[0]))
            row = dict(strongest[:MAX_WEIGHTS])
        if row:
            finished[feature] = row
    return finished


class _Run(NamedTuple):
    weights: Weights
    totals: Weights
    stamps: dict[str, dict[str, int]]
    steps: int


def _perceptron(kept: list[Doc], seed: int) -> _Run:
    categories = sorted({doc.category for doc in kept})
    weights: dict[str, dict[str, float]] = defaultdict(dict)
    totals: dict[str, dict[str, float]] = defaultdict(dict)
    stamps: dict[str, dict[str, int]] = defaultdict(dict)
    shuffle = random.Random(seed).shuffle  # noqa: S311 - a fixed order of training, not secrecy
    step = 0
    for _ in range(EPOCHS):
        shuffle(kept)
        for doc in kept:
            step += 1
            scores: dict[str, float] = {}
            for feature in doc.features:
                for category, weight in weights[feature].items():
                    scores[category] = scores.get(category, 0.0) + weight
            # on a tie the true category loses, so that a tie is learned from
            best = max(categories, key=lambda c: (scores.get(c, 0.0), c != doc.category)) \
                if scores else None
            if best == doc.category:
                continue
            for feature in doc.features:
                for target, change in ((doc.category, 1.0), (best, -1.0)):
                    if target is None:
                        continue
                    old = weights[feature].get(target, 0.0)
                    totals[feature][target] = totals[feature].get(target, 0.0) + (
                        step - stamps[feature].get(target, 0)) * old
                    stamps[feature][target] = step
                    weights[feature][target] = old + change
    return _Run(weights, totals, stamps, step)


def _averaged(run: _Run) -> Weights:
    """Each weight averaged over every step of training."""
    weights, totals, stamps, step = run
    averaged: Weights = {}
    for feature in weights:  # ``_finished`` puts the features in order, once, after the mean
        row = {}
        for category, weight in weights[feature].items():
            total = totals[feature].get(category, 0.0) + (
                step - stamps[feature].get(category, 0)) * weight
            if total:
                row[category] = total / step
        if row:
            averaged[feature] = row
    return averaged


class Outcome(NamedTuple):
    lead: float
    said: str | None
    right: bool
    truly_dead: bool


def cross_validate(docs: list[Doc], folds: int = 5) -> None:
    """Precision and coverage on held-out origins (no origin in both halves), and how often a
    verdict that would suppress an address is wrong."""
    rows = [row for row in learn_rows() if row["category"] not in SKIPPED]
    outcomes: list[Outcome] = []
    for fold in range(folds):
        def held(name: str, fold: int = fold) -> bool:
            return zlib.crc32(name.encode()) % folds == fold
        # read through the written model, as the library reads it
        model = model_of(json.loads(render(train([doc for doc in docs
                                                  if not held(doc.origin)]))))
        for row in rows:
            if held(origin(row.get("source", ""))):
                index, ahead, _ = lead(model, features(row["reply"]))
                best = None if index is None else model.categories[index].value
                right = best == row["category"] or best in row.get("also", ())
                outcomes.append(Outcome(ahead, best, right, row["category"] in DEAD))
    for margin in (1.0, 2.0, 2.5, MARGIN, 4.0, SUPPRESS_MARGIN):
        chosen = [o.right for o in outcomes if o.lead >= margin]
        dead = [o for o in outcomes if o.lead >= margin and o.said in DEAD]
        false = sum(not o.truly_dead for o in dead)
        print(f"margin {margin:3.1f}: answers {len(chosen) / len(outcomes):6.1%} of "
              f"{len(outcomes)} held-out replies, right {sum(chosen) / max(len(chosen), 1):6.1%}; "
              f"of its {len(dead)} dead-address verdicts {false / max(len(dead), 1):5.1%} false")


ABOUT = (
    "The word model's weights, generated by tools/train_words.py (do not edit): the mean of "
    f"{len(SEEDS)} averaged perceptrons (one per training order) over word stems, stem pairs "
    "and character pairs (see smtpcodes/_learned.py), "
    "trained on the learn set's sourced replies (tests/data/replies_*.jsonl and "
    "tests/data/learn/*.jsonl: each row's source names where it was seen) and on every phrase "
    "of smtpcodes/knowledge/ (each entry names its source). A feature is kept only where texts "
    f"from at least {MIN_ORIGINS} independent origins use it. weights: feature -> "
    "[[category index, weight], ...]; margin: the lead over the next category the best one "
    "needs; suppress_margin: the lead a dead-address category needs (tools/train_words.py "
    "--cv)."
)


def render(weights: Weights) -> str:
    """The model as JSON, one feature a line (so that a retraining's diff can be read)."""
    categories = sorted({c for row in weights.values() for c in row})
    index = {name: i for i, name in enumerate(categories)}
    head = {"about": ABOUT, "margin": MARGIN, "suppress_margin": SUPPRESS_MARGIN,
            "categories": categories}
    lines = [json.dumps(head, ensure_ascii=False, indent=1)[:-2] + ',\n "weights": {']
    rows = []
    for feature, row in weights.items():
        pairs = sorted((index[c], w) for c, w in row.items())
        rows.append(f" {json.dumps(feature, ensure_ascii=False)}: {json.dumps(pairs)}")
    lines.append(",\n".join(rows))
    lines.append("}}")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed module")
    parser.add_argument("--cv", action="store_true", help="held-out precision and coverage")
    args = parser.parse_args()
    docs = documents()
    if args.cv:
        cross_validate(docs)
        return 0
    text = render(train(docs))
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("the committed model is up to date" if same else
              f"{OUT.relative_to(ROOT)} differs: run python tools/train_words.py")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(text.splitlines())} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
