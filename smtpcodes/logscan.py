"""Mail logs: every delivery attempt Postfix, Exim or Sendmail recorded, classified.

:func:`scan_log` reads log lines one at a time (constant memory, any length of log) and yields a
:class:`LogRecord` for each line that records a delivery attempt: Postfix's ``to=<…>, …,
status=sent|deferred|bounced (…)``, Exim's ``=>``, ``**`` and ``==`` lines, Sendmail's ``to=…,
dsn=…, stat=…``. Lines that record no attempt (connections, queue-manager bookkeeping, message
arrivals) yield nothing.

>>> line = ("Jan  5 10:00:01 mx1 postfix/smtp[4242]: 3F2A1C0E9B: to=<ann@example.com>, "
...         "relay=mx.example.com[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, "
...         "status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 <ann@example.com>: "
...         "Recipient address rejected: User unknown (in reply to RCPT TO command))")
>>> [(r.recipient, r.status.value, r.classification.category.value) for r in scan_log([line])]
[('ann@example.com', 'bounced', 'user_unknown')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from enum import StrEnum
from typing import Final

from pydantic import BaseModel

from smtpcodes import _logformats as fmt
from smtpcodes import classify
from smtpcodes.models import Classification

__all__ = ["DeliveryStatus", "LogRecord", "scan_log"]

_MAX_RECIPIENTS: Final = 1_000
"""Recipients read at most from one Sendmail ``to=`` list."""
_SYSLOG_TIME: Final = "%b %d %H:%M:%S %Y"
_DEFAULT_DSN: Final = {"sent": "2.0.0", "expired": "4.4.7"}
"""The status hint for a record the MTA logged without ``dsn=`` (RFC 3463: 2.0.0 success,
4.4.7 delivery time expired)."""


class DeliveryStatus(StrEnum):
    """What became of one delivery attempt, as the log says.

    >>> DeliveryStatus("deferred").value
    'deferred'
    """

    SENT = "sent"
    """Delivered (Postfix ``sent``, Exim ``=>``, Sendmail ``Sent``)."""
    DEFERRED = "deferred"
    """Failed for now; the message stays queued (Postfix ``deferred``, Exim ``==``)."""
    BOUNCED = "bounced"
    """Failed for good; the sender gets a bounce (Postfix ``bounced``, Exim ``**``)."""
    EXPIRED = "expired"
    """The message stayed queued too long and went back to its sender (Postfix ``expired``)."""
    UNDELIVERABLE = "undeliverable"
    """An address probe found the address undeliverable (Postfix address verification)."""
    DELIVERABLE = "deliverable"
    """An address probe found the address deliverable (Postfix address verification)."""


class LogRecord(BaseModel, frozen=True, use_attribute_docstrings=True):
    """One delivery attempt read from a mail log line.

    >>> r = LogRecord(time="Jan  5 10:00:01", program="postfix/smtp",
    ...               status=DeliveryStatus.SENT, classification=classify("250 2.0.0 Ok"))
    >>> r.status.value, r.classification.category.value
    ('sent', 'delivered')
    """

    time: str
    """The timestamp as the log wrote it."""
    timestamp: datetime | None = None
    """The timestamp parsed; ``None`` for a BSD-syslog stamp (it has no year) unless
    :func:`scan_log` was given one."""
    host: str | None = None
    """The host that logged the line (syslog); ``None`` in Exim's own main log."""
    program: str
    """``postfix/smtp``, ``sm-mta``, ``exim`` …"""
    pid: int | None = None
    """The process id, where logged."""
    queue_id: str | None = None
    """The queue id (Postfix, Sendmail) or message id (Exim)."""
    recipient: str | None = None
    """The recipient address as logged (Postfix ``to=``, Exim's address); ``None`` for a record
    about the whole message (Postfix's expiry)."""
    original_recipient: str | None = None
    """The address before rewriting (Postfix ``orig_to=``, Exim's ``<…>``)."""
    status: DeliveryStatus
    """What became of the attempt."""
    dsn: str | None = None
    """The RFC 3463 status the MTA logged (``dsn=5.1.1``)."""
    relay: str | None = None
    """The host delivered to (Postfix and Sendmail ``relay=``, Exim ``H=``)."""
    delay: str | None = None
    """The delay as logged (seconds for Postfix, ``HH:MM:SS`` for Sendmail)."""
    reply: str = ""
    """The remote server's reply or the MTA's explanation."""
    classification: Classification
    """:func:`smtpcodes.classify` of the reply with ``dsn`` as the status hint."""


def scan_log(
    lines: Iterable[str | bytes], /, *, year: int | None = None
) -> Iterator[LogRecord]:
    """Yield one :class:`LogRecord` per delivery attempt in Postfix, Exim or Sendmail log lines.

    Args:
        lines: log lines as text or bytes (bytes are read as UTF-8, bad bytes replaced), for
            instance an open file; read one at a time.
        year: the year of BSD-syslog timestamps, which carry none; without it their
            ``timestamp`` is ``None``.

    Never raises on any line; a line longer than 8,192 characters is read up to there.

    >>> exim = ("2024-01-05 10:00:01 1rLabc-000123-AB ** bob@example.net R=dnslookup "
    ...         "T=remote_smtp H=mx.example.net [192.0.2.7]: SMTP error from remote mail "
    ...         "server after RCPT TO:<bob@example.net>: 550 5.2.2 Mailbox full")
    >>> [(r.queue_id, r.status.value, r.classification.category.value)
    ...  for r in scan_log([exim])]
    [('1rLabc-000123-AB', 'bounced', 'mailbox_full')]
    """
    for raw in lines:
        yield from _records(_text(raw), year)


def _text(raw: str | bytes) -> str:
    if isinstance(raw, bytes | bytearray):
        return bytes(raw[: fmt.MAX_LINE * 4]).decode("utf-8", "replace")[: fmt.MAX_LINE].rstrip()
    return raw[: fmt.MAX_LINE].rstrip()


def _records(line: str, year: int | None) -> list[LogRecord]:
    """The delivery attempts one line records: none, one, or one per listed recipient."""
    syslog = fmt.SYSLOG_RE.match(line)
    if syslog is None:
        exim = fmt.EXIM_LINE_RE.match(line)
        if exim is None:
            return []
        head = _Head(exim["time"], _iso_time(exim["time"]), None, "exim", _int(exim["pid"]))
        return _exim(head, exim["message"])
    head = _Head(syslog["time"], _syslog_time(syslog["time"], year), syslog["host"],
                 syslog["program"], _int(syslog["pid"]))
    program = head.program.lower()
    message = syslog["message"]
    if program.startswith(fmt.POSTFIX_PROGRAMS):
        return _postfix(head, message)
    if program.startswith(fmt.SENDMAIL_PROGRAMS):
        return _sendmail(head, message)
    if program.startswith("exim"):
        exim = fmt.EXIM_LINE_RE.match(message)
        return _exim(head, exim["message"] if exim else message)
    return []


class _Head:
    """What every line format shares: when, where, which program."""

    __slots__ = ("host", "pid", "program", "time", "timestamp")

    def __init__(self, time: str, timestamp: datetime | None, host: str | None, program: str,
                 pid: int | None) -> None:
        self.time, self.timestamp, self.host, self.program, self.pid = (
            time, timestamp, host, program, pid)

    def record(self, **fields: object) -> LogRecord:
        status = DeliveryStatus(str(fields.pop("status")))
        reply = str(fields.get("reply") or "")
        dsn = fields.get("dsn")
        hint = str(dsn) if dsn else _DEFAULT_DSN.get(status.value)
        return LogRecord.model_validate({
            "time": self.time, "timestamp": self.timestamp, "host": self.host,
            "program": self.program, "pid": self.pid, "status": status,
            "classification": classify(reply, status=hint), **fields})


def _postfix(head: _Head, message: str) -> list[LogRecord]:
    found = fmt.QUEUE_LINE_RE.match(message)
    if found is None:
        return []
    fields = _fields(found["fields"])
    status_text = fields.get("status", "")
    word, _, reply = status_text.partition(" ")
    word = word.rstrip(",")
    if word not in fmt.POSTFIX_STATUS:
        return []
    if "to" not in fields and word != "expired":  # qmgr's from=, size= … lines
        return []
    return [head.record(
        queue_id=found["queue_id"], recipient=_angle(fields.get("to")),
        original_recipient=_angle(fields.get("orig_to")), status=word,
        dsn=fields.get("dsn"), relay=fields.get("relay"), delay=fields.get("delay"),
        reply=_parenthesised(reply) if "to" in fields else reply.strip(" ,"))]


def _sendmail(head: _Head, message: str) -> list[LogRecord]:
    found = fmt.QUEUE_LINE_RE.match(message)
    if found is None:
        return []
    fields = _fields(found["fields"])
    if "to" not in fields or "stat" not in fields:
        return []
    stat = fields["stat"]
    dsn = fields.get("dsn")
    if stat.lower().startswith("sent"):
        status = "sent"
    elif stat.lower().startswith("deferred") or (dsn or "").startswith("4"):
        status = "deferred"
    else:
        status = "bounced"
    reply = _parenthesised(stat.partition(" ")[2]) if status == "sent" else stat
    # one delivery to several recipients of one host: to=<a@x>,<b@x>
    recipients = [_angle(part) for part in fields["to"].split(",")[:_MAX_RECIPIENTS]]
    return [head.record(queue_id=found["queue_id"], recipient=recipient, status=status, dsn=dsn,
                        relay=fields.get("relay"), delay=fields.get("delay"), reply=reply)
            for recipient in recipients if recipient]


def _exim(head: _Head, message: str) -> list[LogRecord]:
    found = fmt.EXIM_DELIVERY_RE.match(message)
    if found is None:
        return []
    status = fmt.EXIM_FLAGS[found["flag"]]
    rest = found["rest"]
    host = fmt.EXIM_HOST_RE.search(rest)
    if status == "sent":
        confirmation = fmt.EXIM_CONFIRMATION_RE.search(rest)
        reply = confirmation["reply"].replace('\\"', '"') if confirmation else ""
    else:
        _, _, reply = rest.partition(": ")
        reply = reply or rest.strip()
    return [head.record(
        queue_id=found["queue_id"], recipient=found["address"].rstrip(":"),
        original_recipient=found["original"], status=status,
        relay=host["host"] if host else None, reply=reply.strip())]


def _fields(text: str) -> dict[str, str]:
    """``to=<a>, relay=b, status=sent (250 …)`` -> ``{"to": "<a>", "relay": "b", …}``.

    The last field keeps the rest of the line: Postfix's ``status=`` and Sendmail's ``stat=``
    come last and their text may hold commas.
    """
    starts = list(fmt.FIELD_RE.finditer(text))
    fields: dict[str, str] = {}
    for number, found in enumerate(starts):
        key = found["key"]
        if key in fields:
            continue
        if key in {"status", "stat"}:
            fields[key] = text[found.end():]
            break
        end = starts[number + 1].start() if number + 1 < len(starts) else len(text)
        fields[key] = text[found.end(): end].strip()
    return fields


def _angle(value: str | None) -> str | None:
    if not value:
        return None
    return value.strip().removeprefix("<").removesuffix(">") or None


def _parenthesised(text: str) -> str:
    text = text.strip()
    if text.startswith("(") and text.endswith(")"):
        return text[1:-1]
    return text


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _syslog_time(text: str, year: int | None) -> datetime | None:
    if "T" in text:
        return _iso_time(text)
    if year is None:
        return None
    try:
        return datetime.strptime(f"{text} {year}", _SYSLOG_TIME)  # noqa: DTZ007
    except ValueError:  # Feb 29 in a year without one
        return None


def _iso_time(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace(" +", "+").replace(" -", "-"))
    except ValueError:
        return None
