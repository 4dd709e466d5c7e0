"""The shape of delivery lines in mail logs, as data: one record per MTA.

Sources:

- Postfix: the delivery agents' log line (``to=<…>, relay=…, delay=…, delays=…, dsn=…,
  status=… (…)``), written by ``src/global/log_adhoc.c``; described in Postfix's
  ``DEBUG_README`` and ``MAILLOG_README``, and in ``postconf(5)`` (``smtp_log_*``). The queue
  manager's ``from=<…>, status=expired, returned to sender`` ends a message that timed out.
- Exim: the main log, Exim specification chapter "Log files", section "Log line flags":
  ``<=`` arrival, ``=>`` delivery, ``->`` further address of one delivery, ``>>`` cutthrough
  delivery, ``*>`` suppressed delivery, ``**`` failed (bounced) address, ``==`` deferred address;
  ``C="…"`` is the remote server's confirmation (log_selector ``+smtp_confirmation``).
- Sendmail: ``logdelivery()`` in ``sendmail/deliver.c`` and the "Log file" section of the
  Sendmail Installation and Operation Guide (``to=…, delay=…, xdelay=…, mailer=…, pri=…,
  relay=…, dsn=…, stat=…``).

Every pattern is anchored (``match``), free of nested quantifiers, and runs on a line capped at
:data:`MAX_LINE` characters.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "EXIM_CONFIRMATION_RE",
    "EXIM_DELIVERY_RE",
    "EXIM_FLAGS",
    "EXIM_HOST_RE",
    "EXIM_LINE_RE",
    "FIELD_RE",
    "MAX_LINE",
    "POSTFIX_PROGRAMS",
    "POSTFIX_STATUS",
    "QUEUE_LINE_RE",
    "SENDMAIL_PROGRAMS",
    "SYSLOG_RE",
]

MAX_LINE: Final = 8_192
"""Characters of one log line read at most (syslog's own limit is lower)."""

SYSLOG_RE: Final = re.compile(
    r"""
    (?P<time>
        [A-Z][a-z]{2}[ ][ 0-9][0-9][ ][0-9]{2}:[0-9]{2}:[0-9]{2}      # BSD syslog: Jan  5 10:00:01
        | [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}(?:\.[0-9]{1,9})?         # RFC 3339 (rsyslog)
          (?:Z|[+-][0-9]{2}:?[0-9]{2})?
    )
    [ ](?P<host>[^ ]{1,255})                                           # the logging host
    [ ](?P<program>[A-Za-z0-9_./-]{1,64})                              # postfix/smtp, sm-mta, exim
    (?:\[(?P<pid>[0-9]{1,10})\])?                                      # [pid]
    :[ ](?P<message>.*)
    """,
    re.ASCII | re.VERBOSE,
)
"""A syslog line: time, host, program[pid]: message."""

QUEUE_LINE_RE: Final = re.compile(r"(?P<queue_id>[0-9A-Za-z]{5,24}):[ ](?P<fields>.*)", re.ASCII)
"""A Postfix or Sendmail message after the syslog prefix: ``QUEUEID: key=value, …``."""

FIELD_RE: Final = re.compile(r"(?:^|,[ ])(?P<key>[a-z_]{2,16})=", re.ASCII)
"""Where one ``key=`` of a Postfix or Sendmail field list begins."""

POSTFIX_PROGRAMS: Final = ("postfix",)
"""Program-name prefixes of Postfix (``postfix/smtp``, ``postfix-out/lmtp``, ``postfix/error``)."""
SENDMAIL_PROGRAMS: Final = ("sendmail", "sm-mta", "sm-msp-queue")
"""Program names Sendmail logs under."""

POSTFIX_STATUS: Final = frozenset({
    "sent", "deferred", "bounced", "expired", "undeliverable", "deliverable"})
"""``status=`` values of Postfix delivery lines (the last two from address verification)."""

EXIM_LINE_RE: Final = re.compile(
    r"""
    (?P<time>[0-9]{4}-[0-9]{2}-[0-9]{2}[ ][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{3})?  # local time
        (?:[ ][+-][0-9]{4})?)                                        # log_timezone
    [ ](?:\[(?P<pid>[0-9]{1,10})\][ ])?                              # log_selector +pid
    (?P<message>.*)
    """,
    re.ASCII | re.VERBOSE,
)
"""An Exim main-log line: time, optional [pid], then the message."""

EXIM_DELIVERY_RE: Final = re.compile(
    r"""
    (?P<queue_id>[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4})  # message id (old and 4.97+)
    [ ](?P<flag>=>|->|>>|\*>|\*\*|==)                                 # the log line flag
    [ ](?P<address>[^ ]{1,1000})                                      # the address as routed
    (?:[ ]<(?P<original>[^ >]{1,1000})>)?                             # the original address
    (?P<rest>.*)
    """,
    re.ASCII | re.VERBOSE,
)
"""An Exim delivery, failure or deferral: message id, flag, address and the rest."""

EXIM_FLAGS: Final = {
    "=>": "sent", "->": "sent", ">>": "sent", "*>": "sent", "**": "bounced", "==": "deferred"}
"""Exim's log line flags -> the status of the delivery attempt."""

EXIM_CONFIRMATION_RE: Final = re.compile(r'[ ]C="(?P<reply>(?:[^"\\]|\\.){0,4000})"', re.ASCII)
"""``C="250 2.0.0 Ok …"``: the remote server's reply to a successful delivery."""

EXIM_HOST_RE: Final = re.compile(r"[ ]H=(?P<host>[^ ]{1,255}(?:[ ]\[[0-9A-Fa-f.:]{2,45}\])?)",
                                 re.ASCII)
"""``H=mx.example.com [192.0.2.1]``: the host Exim talked to."""
