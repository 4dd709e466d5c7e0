"""The command line: ``smtpcodes REPLY…``, ``explain CODE``, ``table``, ``scan [LOG…]``.

A first word that is not a subcommand means ``classify``. Results go to stdout, usage errors to
stderr with exit status 2. Everything shown comes from the public API.

It never shows a traceback for what a terminal does to a program: a reader that goes away
(``smtpcodes table | head -1``) ends it quietly, Ctrl-C exits 130, stdin is read as bytes with
undecodable bytes replaced (a log with stray Latin-1 is read, not fatal), and an output that
cannot show a character (an ASCII-only terminal) gets an escape instead of a crash.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, BinaryIO, Final, TextIO, cast

from smtpcodes import Category, classify, texts
from smtpcodes._explain import LANGUAGES, Explanation, Language, explain
from smtpcodes.errors import SmtpCodesError
from smtpcodes.models import Classification

if TYPE_CHECKING:
    from smtpcodes.logscan import LogRecord

__all__ = ["main"]

_SUBCOMMANDS = frozenset({"classify", "explain", "table", "scan"})



def _version() -> str:
    from smtpcodes import __version__

    return __version__


def default_language(environ: dict[str, str] | None = None) -> Language:
    """German when ``LC_ALL`` (or, without it, ``LANG``) starts with ``de``, else English."""
    env = os.environ if environ is None else environ
    setting = env.get("LC_ALL") or env.get("LANG") or ""
    return "de" if setting.lower().startswith("de") else "en"


def _parser(language: Language) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smtpcodes",
        description="Explain SMTP replies: what the server said and what to do next.",
    )
    parser.add_argument("-V", "--version", action="version", version=f"smtpcodes {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)
    classify_cmd = sub.add_parser(
        "classify", help="classify replies (the default when the first word is a reply)")
    classify_cmd.add_argument("replies", nargs="*", metavar="REPLY",
                              help="replies to classify; none: one per line from stdin")
    classify_cmd.add_argument("--json", action="store_true", help="one JSON object a line")
    classify_cmd.add_argument("--explain", action="store_true",
                              help="add the long explanation to each verdict")
    classify_cmd.add_argument("--command", dest="smtp_command", metavar="CMD",
                              help="the SMTP command the replies answered (RCPT, MAIL, DATA…)")
    classify_cmd.add_argument("--status", help="a DSN Status value such as 5.1.1")
    explain_cmd = sub.add_parser("explain", help="explain a code or a category")
    explain_cmd.add_argument("subject", metavar="CODE|CATEGORY",
                             help="550, 5.7.26 or a category such as greylisted")
    explain_cmd.add_argument("--json", action="store_true", help="print JSON")
    table_cmd = sub.add_parser("table", help="print the quick-reference table")
    table_cmd.add_argument("--json", action="store_true", help="one JSON object a line")
    scan_cmd = sub.add_parser("scan", help="classify the delivery attempts of mail logs")
    scan_cmd.add_argument("files", nargs="*", metavar="FILE",
                          help="Postfix, Exim or Sendmail logs (.gz read as such); none: stdin")
    scan_cmd.add_argument("--json", action="store_true",
                          help="one JSON object per delivery attempt instead of the summary")
    scan_cmd.add_argument("--top", type=int, default=10, metavar="N",
                          help="failing destination domains to list (default 10)")
    for command in (classify_cmd, explain_cmd, table_cmd):
        command.add_argument("--lang", choices=LANGUAGES, default=language,
                             help=f"language of the texts (default here: {language})")
    return parser


def main(argv: Sequence[str] | None = None, stdin: TextIO | BinaryIO | None = None) -> int:
    """Run the command line; returns the exit status (0, 2 for usage errors, 130 on Ctrl-C)."""
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="backslashreplace")  # never UnicodeEncodeError on output
    try:
        status = _run(argv, stdin)
        sys.stdout.flush()
    except BrokenPipeError:  # the reader (head, less) went away: stop quietly
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        return 130
    return status


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's final flush raises nothing."""
    stdout = sys.__stdout__
    if stdout is None or sys.stdout is not stdout:  # replaced (tests, embedding): leave it
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):  # not a real file (tests)
        pass


def _stdin_lines(stdin: TextIO | BinaryIO | None) -> Iterator[str]:
    """Non-empty lines of stdin, read as bytes and decoded with U+FFFD for bad bytes."""
    source = stdin if stdin is not None else sys.stdin
    binary = getattr(source, "buffer", source)
    for line in binary:
        text = line.decode("utf-8", "replace") if isinstance(line, bytes) else line
        if text.strip():
            yield text.rstrip("\r\n")


def _run(argv: Sequence[str] | None, stdin: TextIO | BinaryIO | None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    if args_in in (["--version"], ["-V"]):
        print(f"smtpcodes {_version()}")
        return 0
    if not args_in or (args_in[0] not in _SUBCOMMANDS and args_in[0] not in {"-h", "--help"}):
        args_in.insert(0, "classify")
    args = _parser(default_language()).parse_args(args_in)
    if args.command == "explain":
        return _explain(args.subject, args.lang, as_json=args.json)
    if args.command == "table":
        return _table(args.lang, as_json=args.json)
    if args.command == "scan":
        return _scan(args.files, stdin, as_json=args.json, top=args.top)
    replies: Iterable[str] = args.replies or _stdin_lines(stdin)
    for reply in replies:
        result = classify(reply, command=args.smtp_command, status=args.status)
        if args.json:
            record = {"reply": reply, **result.model_dump(mode="json")}
            if args.explain:
                record["explanation"] = explain(result, lang=args.lang).model_dump(mode="json")
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(_verdict(result, args.lang))
            if args.explain:
                print(_indent(_explanation(explain(result, lang=args.lang))))
            print()
    return 0


def _scan(files: Sequence[str], stdin: TextIO | BinaryIO | None, *, as_json: bool,
          top: int) -> int:
    from smtpcodes.logscan import scan_log

    try:
        records: Iterable[LogRecord] = scan_log(_log_lines(files, stdin))
        if as_json:
            for record in records:
                print(json.dumps(_scan_json(record), ensure_ascii=False))
            return 0
        print(_scan_summary(records, top))
    except BrokenPipeError:
        raise  # main() ends quietly
    except OSError as error:
        print(f"smtpcodes scan: {error}", file=sys.stderr)
        return 2
    return 0


def _log_lines(files: Sequence[str], stdin: TextIO | BinaryIO | None) -> Iterator[bytes | str]:
    """The lines of each file in turn (``.gz`` decompressed), else of stdin, as bytes."""
    if not files:
        source = stdin or sys.stdin
        yield from getattr(source, "buffer", source)
        return
    for name in files:
        with open(name, "rb") as raw:  # noqa: PTH123
            stream: Iterable[bytes] = gzip.GzipFile(fileobj=raw) if name.endswith(".gz") else raw
            progress = _Progress(name, os.fstat(raw.fileno()).st_size)
            for number, line in enumerate(stream):
                if number % 4096 == 0:
                    progress.show(raw.tell())
                yield line
            progress.done()


class _Progress:
    """A percentage on stderr, only when stderr is a terminal (never in pipes or tests)."""

    def __init__(self, name: str, size: int) -> None:
        self.name, self.size = name, size
        self.active = sys.stderr.isatty() and size > 0

    def show(self, position: int) -> None:
        if self.active:
            print(f"\rscanning {self.name}: {min(100, 100 * position // self.size):3d} %",
                  end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        if self.active:
            print(f"\rscanning {self.name}: 100 %", file=sys.stderr, flush=True)


def _scan_json(record: LogRecord) -> dict[str, object]:
    verdict = record.classification
    return {
        "time": record.time,
        "timestamp": record.timestamp.isoformat() if record.timestamp else None,
        "host": record.host, "program": record.program, "queue_id": record.queue_id,
        "recipient": record.recipient, "status": record.status.value, "dsn": record.dsn,
        "relay": record.relay, "category": verdict.category.value,
        "action": verdict.action.value, "scope": verdict.scope.value,
        "severity": verdict.severity.value, "reply": record.reply,
    }


def _scan_summary(records: Iterable[LogRecord], top: int) -> str:
    statuses: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    actions: Counter[str] = Counter()
    scopes: Counter[str] = Counter()
    domains: Counter[str] = Counter()
    for record in records:
        verdict = record.classification
        statuses[record.status.value] += 1
        categories[verdict.category.value] += 1
        actions[verdict.action.value] += 1
        scopes[verdict.scope.value] += 1
        if record.status.value not in {"sent", "deliverable"} and record.recipient:
            domains[record.recipient.rpartition("@")[2].lower() or record.recipient] += 1
    total = sum(statuses.values())
    lines = [f"delivery attempts: {total}"
             + (f" ({', '.join(f'{k} {v}' for k, v in _ranked(statuses))})" if total else "")]
    for title, counts in (("category", categories), ("action", actions), ("scope", scopes)):
        lines += ["", *_table_rows(title, _ranked(counts))]
    lines += ["", *_table_rows("failing domain", _ranked(domains)[:top])]
    return "\n".join(lines)


def _ranked(counts: Counter[str]) -> list[tuple[str, int]]:
    """Most frequent first; ties by name, so the same log always prints the same table."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def _table_rows(title: str, rows: Sequence[tuple[str, int]]) -> list[str]:
    width = max([len(title), *(len(name) for name, _ in rows)])
    out = [f"{title:<{width}}  count", f"{'-' * width}  -----"]
    out += [f"{name:<{width}}  {count:5d}" for name, count in rows]
    return out


def _explain(subject: str, language: Language, *, as_json: bool) -> int:
    try:
        explanation = explain(subject, lang=language)
    except SmtpCodesError as error:
        print(f"smtpcodes explain: {error}", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps(explanation.model_dump(mode="json"), ensure_ascii=False))
    else:
        print(_explanation(explanation))
    return 0


def _table(language: Language, *, as_json: bool) -> int:
    bundle = texts.get(language)
    records = bundle.table_records()
    if as_json:
        for record in records:
            print(json.dumps(record, ensure_ascii=False))
        return 0
    labels = bundle.labels
    header = (labels.code, labels.kind, labels.meaning, labels.main_causes, labels.main_fixes)
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for record in records:
        causes, fixes = cast("list[str]", record["causes"]), cast("list[str]", record["fixes"])
        cells = (str(record["code"]), str(record["kind"]), str(record["meaning"]),
                 causes[0], fixes[0])
        print("| " + " | ".join(cell.replace("|", "/") for cell in cells) + " |")
    return 0


def _verdict(result: Classification, language: Language) -> str:
    """Two to four lines: codes, severity, category and action, then the advice, all in the
    chosen language (English shows the identifiers, as they are what programs match on)."""
    bundle = texts.get(language)
    labels = bundle.labels
    codes = " ".join(str(part) for part in (result.code, result.enhanced) if part is not None)
    if language == "en":
        head = (f"{codes or '---'}  {result.severity.value}  {result.category.value}"
                f"  -> {result.action.value}")
    else:
        head = (f"{codes or '---'}  {bundle.severity_name(result.severity)}  "
                f"{bundle.category_name(result.category)}  -> "
                f"{bundle.action_name(result.action)}")
    lines = [head, f"  {bundle.describe(result)}",
             f"  {labels.scope}: {bundle.scope_name(result.scope)}"]
    advice = result.retry
    if advice.retry and advice.after is not None and advice.give_up_after is not None:
        lines.append(f"  {labels.retry}: {labels.after} {bundle.duration(advice.after)}, "
                     f"{labels.give_up_after} {bundle.duration(advice.give_up_after)}")
    else:
        lines.append(f"  {labels.retry}: {labels.no}")
    matched = f" ({result.evidence.matched!r})" if result.evidence.matched else ""
    lines.append(f"  {labels.rule}: {result.evidence.rule}{matched}")
    return "\n".join(lines)


def _explanation(explanation: Explanation) -> str:
    bundle = texts.get(explanation.lang)
    labels = bundle.labels
    subject = explanation.subject
    first, _, rest = subject.partition(" ")
    if first in _CATEGORY_VALUES and explanation.lang != "en":  # a person's name for it
        subject = f"{bundle.category_name(Category(first))} {rest}".strip()
    lines = [f"{subject}: {explanation.title}", "", explanation.meaning, "",
             f"{labels.causes}:"]
    lines += [f"  - {cause}" for cause in explanation.causes]
    lines += ["", f"{labels.fixes}:"]
    lines += [f"  {number}. {fix}" for number, fix in enumerate(explanation.fixes, 1)]
    return "\n".join(lines)


_CATEGORY_VALUES: Final = frozenset(category.value for category in Category)


def _indent(text: str) -> str:
    return "\n".join(f"  {line}" if line else "" for line in text.splitlines())


if __name__ == "__main__":
    sys.exit(main())
