"""The hot path's first half: text in, a parsed reply out.

The parser finds the reply inside whatever wraps it in real bounces (``smtp; 550 …``, Postfix's
``host X[ip] said: … (in reply to RCPT TO command)``, Exim's ``SMTP error from remote mail
server after RCPT TO:<…>: …``, Exchange's ``#550 5.1.1 …##``, Sendmail's ``<<< 550 …``), reads the
basic code and the RFC 3463 enhanced code, strips the codes repeated on each line of a multi-line
reply, and joins the text. A failure that follows a ``354`` prompt in the same text is the answer;
an enhanced code quoted inside a generic reply (a proxy passing on the next hop's answer) is read.
A qmail-send log line's report (after its ``delivery N: failure:`` prefix, or alone) with no
space but several underscores gets its spaces back: qmail-send logs every character it deems
unsafe, the space among them, as ``_`` and each newline as ``/`` (notqmail/notqmail:qsutil.c,
``logsafe``), as in ``failure: 192.0.2.1_does_not_like_recipient./Remote_host_said:_550_…/``.

Every pattern is compiled once, here. None has nested quantifiers, adjacent quantifiers over the
same characters are possessive, and every pattern that is *searched* starts with a literal or a
character class, so that the scan is linear (``tests/test_hardening.py`` checks each one). No more
than :data:`MAX_SCAN` characters are ever read.

Enhanced codes are int triples ``(class, subject, detail)`` everywhere inside the package, read by
the one pattern :data:`ENHANCED`.
"""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache
from typing import Final, NamedTuple

__all__ = [
    "ENHANCED",
    "MAX_LINES",
    "MAX_SCAN",
    "Enhanced",
    "ParsedReply",
    "enhanced_from_text",
    "enhanced_triple",
    "normalize_command",
    "parse_text",
    "retry_hint",
    "without_code",
]

MAX_SCAN: Final = 4096
"""Characters of input read at most: 4 KiB. RFC 5321 §4.5.3.1.5 allows 512 characters a reply
line; the longest real replies and bounce diagnostics in tests/data and the shared corpus are
under 1,000. What lies beyond is never read, which bounds the work on any input."""

MAX_LINES: Final = 128
"""Lines whose codes are read at most; text beyond them is read as plain words."""

Enhanced = tuple[int, int, int]
"""An RFC 3463 enhanced status code as ``(class, subject, detail)``."""

ENHANCED: Final = r"(?P<enh>(?P<k>[245])\.(?P<s>[0-9]{1,3})\.(?P<d>[0-9]{1,3}))(?![0-9]|\.[0-9])"
"""The one pattern of an enhanced code (RFC 3463 §2: class.subject.detail, 1-3 digits each)."""

_ENHANCED_ALONE_RE: Final = re.compile(r"[245]\.[0-7]\.[0-9]{1,3}(?![0-9]|\.[0-9])", re.ASCII)
"""An enhanced code on its own, for replies that carry no basic code (``(#5.7.1)``); the
character before it must not be a digit or a dot (checked in code, not by a lookbehind)."""

_CODE_RE: Final = re.compile(
    r"""
    (?P<code>[2-5][0-9][0-9])                      # basic reply code, RFC 5321 §4.2
    (?: [ ]++ (?P=code) (?=[ \t-]) )?               # written twice ("550 550 5.1.1", Gmail)
    (?: [ \t]*+-[ \t]*+ | [ \t:]++ | $ )            # '-' continues a multi-line reply, SP ends it
    (?: \#? """ + ENHANCED + r""" [ \t:-]*+ )?     # RFC 3463
    """,
    re.ASCII | re.VERBOSE,
)
"""A reply line's code part, matched where a reply starts (never searched for)."""

_MARKERS: Final = (
    "said:", "smtp;", "<<<", "]:", ">:", "error:", "returned '", "responded with failure:",
    "reply:", "response:", "reason:", "; #", "says:", "talk to me:", "to:", "from:", "data:",
    "returned was:",  # Gmail's notices: "The error that the other server returned was: 550 …"
    # A mail client quoting the server ("The mail server responded: %s"), as Thunderbird's
    # translations write it (thunderbird/thunderbird-l10n:<locale>/mail/chrome/messenger/
    # messengercompose/composeMsgs.properties).
    "responded:", "antwortete:", "répondu :", "répondu:", "répondu\xa0:", "risposto:",
    "respondió:", "respondeu:", "antwoordde:", "respost:", "odpověděl:", "odpovedal:",
    "svarede:", "svarte:", "svarade:", "vastasi:", "válasza:", "odpowiedź serwera:",
    "serwera poczty:", "a răspuns:", "răspunsul serverului:", "ответил:", "відповідь сервера:",
    "yanıtı:", "からの応答:", "서버 응답:", "서버 메시지:",
)
"""What stands right before a reply inside a wrapper (in lower-case text): Postfix's ``said:``,
a DSN's ``smtp;``, Sendmail's ``<<<``, Exim's ``host [ip]:``, qmail's ``Remote host said:``, a
mail client's ``The mail server responded:``… Only spaces or tabs and one of ``#'"(`` may stand
between the marker and the code."""

_CODE_AHEAD_RE: Final = re.compile(r"[2-5][0-9][0-9](?=[ \t:-]|$)", re.ASCII | re.MULTILINE)
"""A reply code where a reply may start; the text before it is checked for a marker."""

_MARKER_LOOKBACK: Final = 256
"""Characters before a code in which its marker is looked for (bounds the work per code)."""

_LINE_START_RE: Final = re.compile(
    r"\n[ \t#'\"<(\[>-]*+(?:[sS]:[ \t]*+)?(?=[2-5][0-9][0-9](?:[ \t:-]|$))",
    re.ASCII | re.MULTILINE,
)
"""A code at the start of a later line (transcript arrows and ``S:`` prefixes allowed)."""

_PAIRED_RE: Final = re.compile(r"[2-5][0-9][0-9][ \t-]++\#?[245]\.[0-9]{1,3}\.[0-9]", re.ASCII)
"""A code followed by an enhanced code: a reply start even without a marker."""

_AFTER_COLON_RE: Final = re.compile(
    r":[ \t]++(?=[2-5][0-9][0-9][ -](?:[A-Za-z<\"'(\[]|[245]\.[0-9]))", re.ASCII
)
"""The last resort where no known marker, line start or enhanced code shows the reply: a code
after a colon and a space, as a program that writes its own words before the server's puts it
(``Failed to send email: 535 Login Fail``), with a word, an address or an enhanced code after it."""

_FAILURE_RE: Final = re.compile(r"[45][0-9][0-9][ \t-]++[45]\.[0-9]{1,3}\.[0-9]", re.ASCII)
"""A failure reply (code and enhanced code) inside the text of a 2xx banner or 354 prompt: the
server's real answer, as in ``220-mx.example 421 4.2.1 Service refused``."""

_COMMANDS_RE: Final = tuple((literal, re.compile(pattern, re.ASCII)) for literal, pattern in (
    ("(in reply to ", r"\(in reply to (?:end of )?([a-z]+)(?: [a-z]+)? command\)"),  # Postfix
    ("after ", (r"after (?:pipelined )?(rcpt|mail|data|end of data|initial connection|ehlo"
                r"|helo|auth|starttls|quit|bdat)")),  # Exim
    (">>> ", r">>> ([a-z]+)"),  # Sendmail's transcript
    ("did not like our ", r"did not like our (rcpt|mail|data)"),  # qmail-remote
    (" was rejected", r"but (?:my )?(sender|name) was rejected"),  # qmail-remote
))
"""The command a reply answered, as MTAs note it beside the reply (in lower-case text). One
pattern per MTA's note, each starting with its own literal words, so that the regex engine
skips to them at C speed instead of trying every note at every position; the note that stands
first in the text wins; a pattern is tried only where its first words stand in the text."""

_TRAILER_RE: Final = re.compile(r"\([iI][nN] reply to [A-Za-z ]{1,30} command\)", re.ASCII)
"""Wrapper text after the reply: Postfix's command note (Exchange's closing ``##`` is cut by
``_tidy`` with string methods: a pattern with two starts is tried at every position)."""

_HOST_RE: Final = re.compile(
    r"host[ ](?P<host>[A-Za-z0-9.-]{1,253})[ ]?\[[0-9A-Fa-f:.]{1,45}\]", re.ASCII
)
"""The remote server a wrapper names."""

_RETRY_HINT_RE: Final = re.compile(
    r"""
    (?: come[ ]back[ ]in | zurück[ ]in | revenez[ ]dans ) [ ]
        (?P<h>[0-9]{1,2}):(?P<m>[0-9]{2}):(?P<s>[0-9]{2})               # milter-greylist
    | (?: try[ ]again | retry | come[ ]back | wait | again | erneut | réessayer | reessayer
        | versuchen[ ]sie[ ]es )
      [ ] (?:later[ ])? (?:in|after|dans|nach) [ ]
      (?:about[ ]|at[ ]least[ ]|etwa[ ]|ca\.[ ]|environ[ ])? (?P<n>[0-9]{1,6})[ ]?
      (?P<unit>seconds?|secs?|s|sekunden|secondes?|minutes?|mins?|m|minuten|hours?|hrs?|h
        |stunden?|heures?)(?![a-z])
    """,
    re.VERBOSE,
)
"""A server's hint of how long to wait, in English, German and French (lower-case text).

No standard exists; these are the common forms: milter-greylist's ``come back in 00:25:00``,
postgrey's ``try again in 300 seconds`` and the wordings of standards.md §3.5.
"""

_LEADING_JUNK: Final = " \t#'\"<(["
"""What stands before a code at a line start: Exchange's '#', quotes, brackets."""
_DIGITS_AND_DOT: Final = frozenset("0123456789.")
def _may_hint_retry(lowered: str) -> bool:
    """A cheap pre-check (substring tests are faster than any regex here): only text with one
    of these words can hold a retry hint."""
    return ("again" in lowered or "retry" in lowered or "wait" in lowered
            or "come back" in lowered or "erneut" in lowered or "essayer" in lowered
            or "zurück" in lowered or "revenez" in lowered or "versuchen" in lowered)
_UNIT_SECONDS: Final = {"s": 1, "m": 60, "h": 3600}
_UNIT_ALIASES: Final = {"st": "h", "he": "h", "se": "s", "mi": "m"}
_COMMAND_ALIASES: Final = {"END": "DATA", "INITIAL": "CONNECT", "BDAT": "DATA", "HELO": "EHLO",
                            "SENDER": "MAIL", "NAME": "EHLO"}
"""First words of a command's name and the command they stand for (qmail-remote says
"Connected to X but sender was rejected" for MAIL FROM, "… but my name was rejected" for HELO)."""
_WORD_RE: Final = re.compile(r"[A-Za-z]+", re.ASCII)


class ParsedReply(NamedTuple):
    """What the parser read; private, turned into the public ``Reply`` at the boundary."""

    code: int | None
    enhanced: Enhanced | None
    text: str
    command: str | None
    remote_host: str | None
    wrapper: str = ""
    """What the reporting MTA wrote before the reply (its words are evidence too)."""
    lowered: str = ""
    """``text`` lower-cased, when the parser already made it (the matcher reads it)."""


def enhanced_from_text(text: str, /) -> Enhanced | None:
    """The first enhanced code in ``text`` as an int triple, or None."""
    found = _ENHANCED_ALONE_RE.search(text)
    while found is not None:
        start = found.start()
        if start == 0 or text[start - 1] not in _DIGITS_AND_DOT:
            return enhanced_triple(found.group())
        found = _ENHANCED_ALONE_RE.search(text, start + 1)
    return None


def parse_text(raw: str, /) -> ParsedReply:
    """Read a reply's code, enhanced code and text from ``raw`` (never raises on a str)."""
    text = raw[:MAX_SCAN]
    if "_" in text:  # qmail-send's log writes every space of a report as "_"
        text = _qmail_log_spaces(text)
    if "\n" not in text and "\r" not in text:  # the common case: one line that is the reply
        head = text.lstrip(_LEADING_JUNK)
        found = _CODE_RE.match(head)
        if found is not None:
            if head[0] in "23":  # a banner or prompt with a failure after it on the same line
                failure = _FAILURE_RE.search(head, found.end())
                if failure is not None:
                    return parse_text(head[failure.start():])
            return _one_line(head, found)
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters grow when lower-cased; positions must hold
        lowered = text
    start = _reply_start(text, lowered)
    prefix, body = text[:start], text[start:]
    command = _command(lowered)  # each note's pattern is tried only where its words stand
    host_match = _HOST_RE.search(prefix) if "host " in prefix else None
    code, enhanced, joined = _read_lines(body)
    enhanced = _more_specific(enhanced, joined if code is not None else text)
    if code is None and start == 0 and enhanced is not None:
        joined = _strip_enhanced(joined, enhanced)
    return _new_reply(ParsedReply, (  # tuple.__new__: a NamedTuple's own __new__ is Python code
        code, enhanced, joined, command,
        host_match["host"] if host_match else None,
        " ".join(prefix.split()) if prefix else "", ""))


def _qmail_log_spaces(text: str) -> str:
    """``text`` with spaces for underscores where its report, after qmail-send's ``delivery N:
    failure: `` (or no prefix at all), holds no space but several underscores (see the module's
    doc)."""
    colon = text.rfind(": ", 0, _QMAIL_PREFIX)
    start = 0 if colon < 0 else colon + 2
    report = text[start:]
    if " " in report or "\t" in report or report.count("_") < _QMAIL_WORDS:
        return text  # a text with spaces, or one token (Mandrill's "bad_mailbox")
    return text[:start] + report.replace("_", " ")


_QMAIL_PREFIX: Final = 40
"""Characters in which qmail-send's own ``delivery N: failure: `` prefix is looked for."""
_QMAIL_WORDS: Final = 3
"""Underscores a report needs to be read as qmail's (a sentence, not one identifier)."""


def _more_specific(enhanced: Enhanced | None, text: str) -> Enhanced | None:
    """``enhanced``, or the code ``text`` quotes when it has none or only a generic X.Y.0 one
    of the same class (a proxy passing on its next hop's answer)."""
    if enhanced is not None and enhanced[2] != 0:
        return enhanced
    inner = enhanced_from_text(text)
    if inner is not None and (enhanced is None or inner[0] == enhanced[0]):
        return inner
    return enhanced


def _one_line(head: str, found: re.Match[str]) -> ParsedReply:
    """One line that starts with its code: the common reply, read with the fewest steps."""
    code, written = found.group("code", "enh")
    enhanced = None if written is None else enhanced_triple(written)
    joined = head[found.end():]
    if "  " in joined or "\t" in joined or "\x0b" in joined or "\x0c" in joined:
        joined = " ".join(joined.split())
    else:
        joined = joined.strip()
    if "reply to" in joined or "##" in joined:
        joined = _tidy(joined)
    elif joined[:1] in _QUOTES or joined[-1:] in _QUOTES:
        joined = joined.strip(" '\"")
    enhanced = _more_specific(enhanced, joined)
    lowered = joined.lower()
    command = (_command(lowered) if "command" in lowered or "after " in lowered
               or "like our" in lowered or "was rejected" in lowered else None)
    return _new_reply(ParsedReply, (int(code), enhanced, joined, command, None, "", lowered))


@lru_cache(maxsize=1024)
def enhanced_triple(written: str, /) -> Enhanced:
    """A written enhanced code as the package holds it: ``"5.1.1"`` -> ``(5, 1, 1)``. Every
    reader of one (a reply line, a text, a DSN ``Status:``) ends here, once per distinct code."""
    klass, subject, detail = written.split(".")
    return int(klass), int(subject), int(detail)


_new_reply = tuple.__new__
_QUOTES: Final = frozenset("'\"")


def _reply_start(text: str, lowered: str) -> int:
    head = text.lstrip(_LEADING_JUNK)
    if _CODE_RE.match(head):  # the common case: the text is the reply
        return len(text) - len(head)
    best = len(text) + 1
    if ":" in lowered or ";" in lowered or "<<<" in lowered or "'" in lowered:
        best = _marked_code(lowered, best)
    if "\n" in text:
        line = _LINE_START_RE.search(text, 0, min(best, len(text)))
        if line is not None:
            best = min(best, line.end())
    if best <= len(text):
        return best
    for paired in _PAIRED_RE.finditer(text):
        if paired.start() == 0 or text[paired.start() - 1] not in _DIGITS_AND_DOT:
            return paired.start()
    quoted = _AFTER_COLON_RE.search(text) if ":" in text else None
    return 0 if quoted is None else quoted.end()


def _marked_code(lowered: str, default: int) -> int:
    """Where the first code that follows a wrapper's marker starts, or ``default``.

    Codes are rarer than the markers' letters, so the codes are found first and the few
    characters before each are checked (a tuple ``endswith`` at C speed), instead of trying
    every marker at every position of the text."""
    for found in _CODE_AHEAD_RE.finditer(lowered):
        start = found.start()
        before = lowered[max(0, start - _MARKER_LOOKBACK):start].rstrip(" \t")
        if before.endswith(_MARKERS):
            return start
        if before[-1:] in _OPENERS and before[:-1].rstrip(" \t").endswith(_MARKERS):
            return start
        if before[-1:] == ":" and _EXIM_AFTER in before:
            return start
    return default


_EXIM_AFTER: Final = "mail server after "
"""Exim's ``SMTP error from remote mail server after <command and its parameters>:`` (Exim/exim:
src/src/transports/smtp.c): the command may end in anything (``SIZE=2868:``, ``HELO host:``),
so any colon after it may stand before the code."""


_OPENERS: Final = frozenset("#'\"(")
"""One of these may stand between a marker and its code (``smtp; "550 …``, ``said: (550``)."""


def _enhanced(found: re.Match[str]) -> Enhanced | None:
    written = found["enh"]
    return None if written is None else enhanced_triple(written)


def _read_lines(body: str) -> tuple[int | None, Enhanced | None, str]:
    """Strip the code (and enhanced code) each line repeats; join the rest."""
    if "\n" not in body and "\r" not in body:  # one line: no loop, no regex over the text
        found = _CODE_RE.match(body)
        if found is None:
            return None, None, _tidy(" ".join(body.split()))
        return int(found["code"]), _enhanced(found), _tidy(" ".join(body[found.end():].split()))
    code: int | None = None
    enhanced: Enhanced | None = None
    parts: list[str] = []
    lines = body.splitlines()
    if len(lines) > MAX_LINES:  # no reply has this many lines: the rest is read as plain text
        parts_beyond = " ".join(lines[MAX_LINES:])
        lines = [*lines[:MAX_LINES], parts_beyond]
    for line in lines:
        stripped = line.lstrip(_LEADING_JUNK)
        found = _CODE_RE.match(stripped)
        if found is not None:
            line_code = int(found["code"])
            if code is not None and code < 400 <= line_code:  # a failure after a 354 prompt
                code, enhanced, parts = None, None, []
            if code is None or line_code == code:
                code = line_code
                enhanced = enhanced or _enhanced(found)
                parts.append(stripped[found.end():])
                continue
        parts.append(line)
    return code, enhanced, _tidy(" ".join(" ".join(parts).split()))


def without_code(line: str, /) -> str:
    """``line`` without the reply code and enhanced code it starts with, as each line of a
    multi-line reply repeats them (``552-5.7.0 security issue.`` -> ``security issue.``)."""
    found = _CODE_RE.match(line)
    return line if found is None else line[found.end():]


def _tidy(joined: str) -> str:
    if "reply to" in joined:
        joined = " ".join(_TRAILER_RE.sub(" ", joined).split())
    if "##" in joined:
        trimmed = joined.rstrip(" \t")
        if trimmed.endswith("##"):
            joined = trimmed[:-2].rstrip()
    return joined.strip(" '\"")


def _strip_enhanced(text: str, enhanced: Enhanced) -> str:
    written = ".".join(map(str, enhanced))
    if text.startswith(written):
        return text[len(written):].lstrip(" -:")
    return text


def _command(lowered: str) -> str | None:
    first: re.Match[str] | None = None
    for literal, pattern in _COMMANDS_RE:
        found = pattern.search(lowered) if literal in lowered else None
        if found is not None and (first is None or found.start() < first.start()):
            first = found
    if first is None:
        return None
    return normalize_command(first.group(1))


def normalize_command(name: str) -> str | None:
    """``"RCPT TO"`` -> ``"RCPT"``, ``"end of data"`` -> ``"DATA"``; None without a word."""
    found = _WORD_RE.search(name)
    if found is None:
        return None
    word = found.group().upper()
    return _COMMAND_ALIASES.get(word, word)


def retry_hint(text: str, /, lowered: str = "") -> timedelta | None:
    """How long the reply's ``text`` asks to wait, or None (``lowered`` is ``text.lower()``
    where the caller has it). Read only for verdicts that retry: most replies need no wait."""
    lowered = lowered or text.lower()
    return _retry_hint(lowered) if _may_hint_retry(lowered) else None


def _retry_hint(lowered: str) -> timedelta | None:
    found = _RETRY_HINT_RE.search(lowered)
    if found is None:
        return None
    if found["h"] is not None:
        return timedelta(hours=int(found["h"]), minutes=int(found["m"]), seconds=int(found["s"]))
    unit = found["unit"]
    letter = _UNIT_ALIASES.get(unit[:2], unit[0])
    return timedelta(seconds=int(found["n"]) * _UNIT_SECONDS[letter])
