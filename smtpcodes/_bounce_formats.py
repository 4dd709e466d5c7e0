"""The wording of bounce e-mails, as data: where the notice ends, which lines name a recipient.

Every pattern is precompiled, anchored (``match`` on one line) or searched in a capped text,
and free of nested quantifiers. Sources: RFC 3464 (DSN fields), RFC 5965 (ARF), RFC 3834
(auto-replies); the formats were read from the public ``set-of-emails`` collection (the Sisimai
sample set, BSD 2-clause) and from each MTA's source: Exim ``src/deliver.c`` (the "The following
address(es) failed" notice), Postfix ``src/bounce/bounce_template.c``, qmail ``qmail-send.c``
("Hi. This is the qmail-send program"), Sendmail ``savemail.c`` ("----- The following addresses
had permanent fatal errors -----"), Microsoft's NDR pages (Exchange 2003-2019, Office 365 in
English, German and French), Google's Gmail and Groups notices, Yahoo's "Sorry, we were unable
to deliver your message", Courier ``courier/module.dsn``, Lotus Domino ("was not delivered to:
... because:"), DragonFly's dma ``dma.c`` ("There was an error delivering your mail to").
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

__all__ = [
    "ADDRESS_RE",
    "AUTO_REPLY_HEADER_RE",
    "AUTO_SUBJECT_RE",
    "BOUNCE_FROM_RE",
    "BOUNCE_SUBJECT_RE",
    "DELAYED_RE",
    "FEEDBACK_MARKERS",
    "FORMATS",
    "FORWARDED_RE",
    "NOTICE_ENDS",
    "ORIGINAL_RE",
    "QUOTE_RE",
    "RULE_RE",
    "SENDER_CONTEXT_RE",
    "SENDER_LEAD_RE",
    "TextFormat",
]

_ADDRESS: Final = (
    r"""(?:"[^"\\\r\n]{1,64}"|[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64})"""  # quoted or dot-atom
    r"@"
    r"[A-Za-z0-9][A-Za-z0-9.-]{0,253}"  # domain: labels and dots (a trailing dot is stripped)
)
ADDRESS_RE: Final = re.compile(_ADDRESS, re.ASCII)
"""One e-mail address (dot-atom local part) in running text; flat, so it cannot backtrack."""

SENDER_CONTEXT_RE: Final = re.compile(
    r"(?:MAIL[ \t]FROM:[ \t]?|envelope-from[ \t]|sender[ \t]|Return-Path:[ \t]?|From:[ \t]?)"
    r"<?$",
    re.ASCII | re.IGNORECASE,
)
"""The text right before an address that makes it the sender, not a recipient."""

SENDER_LEAD_RE: Final = re.compile(r".{0,200}?\b(?:sent[ \t]by|from):?[ \t]*$", re.IGNORECASE)
"""A line that makes the address on the next line the sender (Exim: "A message sent by")."""

NOTICE_ENDS: Final = (
    # (who writes it, the start of the line where the returned message begins)
    ("Exim", r"-{2,}[ \t]{0,4}This[ \t]is[ \t]a[ \t]copy"),  # "------ This is a copy of …"
    ("qmail, Yahoo", r"-{2,}[ \t]{0,4}Below[ \t]this[ \t]line"),  # "--- Below this line is a copy"
    ("Gmail, Google Groups", r"-{2,}[ \t]{0,4}Original[ \t]message"),
    ("1&1", r"-{2,}[ \t]{0,4}The[ \t]header[ \t]of[ \t]the[ \t]original"),
    ("Sendmail V5, mail.local", r"-{2,}[ \t]{0,4}(?:Unsent|Returned|Undelivered)[ \t]message"),
    ("Exim 3, IMail", r"[|]?-{2,}[ \t]{0,4}Message[ \t]text[ \t]follows"),
    ("Courier", r"-{2,}[ \t]{0,4}original[ \t]message[ \t]headers"),
    ("DragonFly dma", r"Message[ \t]headers[ \t]follow"),
    ("IMail", r"Original[ \t]message[ \t]follows"),
    ("MXLogic", r"Included[ \t]is[ \t]a[ \t]copy[ \t]of[ \t]the[ \t]message"),
    ("Exchange, Office 365", r"Original[ \t]message[ \t]headers:"),
    ("Exchange, German", r"Ursprüngliche[ \t]Nachrichtenkopfzeilen:"),
    ("Exchange, French", r"En-têtes[ \t]de[ \t]message[ \t]d'origine"),
    ("any: the returned headers", r"(?:Received|Return-Path|DKIM-Signature|X-Received):[ \t]"),
    ("Zoho: unspaced headers", r"Received:from"),
)
"""Where each format's notice ends; a new format's marker is one more entry."""

ORIGINAL_RE: Final = re.compile(
    r"[ \t|]{0,8}(?:" + "|".join(marker for _, marker in NOTICE_ENDS) + ")", re.IGNORECASE)
"""A line where the bounce notice ends and the returned message begins (``match``)."""


class TextFormat(NamedTuple):
    """One plain-text bounce format: how to know it, and which lines name a failed recipient."""

    name: str
    detect: re.Pattern[str]
    """Searched in the From, Subject and X-Failed-Recipients headers plus the notice's first
    2,000 characters."""
    recipient: re.Pattern[str]
    """Matched at the start of one notice line; group ``addr`` is the recipient."""
    block_end: re.Pattern[str]
    """Matched at the start of a line: the text about the recipient before it ends here."""
    lead: re.Pattern[str] = re.compile(r"(?!)")
    """Matched at the start of the lines right before a recipient line that belong to it
    (Sendmail's ``<<< 550 …`` transcript lines precede the recipient's summary)."""
    status: str | None = None
    """The status a notice of this format means when it states none."""


def _line(prefix: str) -> re.Pattern[str]:
    return re.compile(
        rf"[ \t]{{0,12}}{prefix}<?(?P<addr>{_ADDRESS})>?(?P<rest>.{{0,2000}})",
        re.ASCII | re.IGNORECASE,
    )


_GENERIC_LINE: Final = _line(
    r"(?:(?:[*>-]{1,3}|[0-9]{1,2}[.)])[ \t]{0,4})?"  # "* addr", ">>> addr", "1. addr"
    r"(?:(?:Delivery[ \t]failed|Failed[ \t]address(?:es)?|Address|Recipient|Destinataire"
    r"|Empfänger|Original[ \t]recipient|\[Status:[^\]]{0,40}Address)[ \t]{0,3}:[ \t]{0,4})?"
    r"['\"]?"
)

_SENDMAIL_LINE: Final = _line(
    r"(?:[45][0-9][0-9][ \t](?:[45]\.[0-9]{1,3}\.[0-9]{1,3}[ \t])?)?"  # "550 5.1.1 <addr>..."
    r"(?:>>>[ \t]{0,4})?"
)
_NEVER: Final = re.compile(r"(?!)")
_TRANSCRIPT: Final = re.compile(r"[ \t]{0,8}(?:While[ \t]talking[ \t]to|>>>[ \t])", re.IGNORECASE)

FORMATS: Final = (
    TextFormat(
        # Google Groups: "the group you tried to contact (…) may not exist, or you may not
        # have permission to post"; the group's address is only in X-Failed-Recipients.
        "google-groups",
        re.compile(r"groups\.google\.com/support|@googlegroups\.com", re.IGNORECASE),
        _NEVER,
        _NEVER,
        status="5.7.1",
    ),
    TextFormat(
        # Sendmail: "----- The following addresses had permanent fatal errors -----", then
        # "----- Transcript of session follows -----" with ">>> RCPT To:<…>" / "<<< 550 …"
        # lines and a "550 5.1.1 <addr>... User unknown" summary per recipient.
        "sendmail",
        re.compile(r"Transcript[ \t]of[ \t]session[ \t]follows|While[ \t]talking[ \t]to",
                   re.IGNORECASE),
        _SENDMAIL_LINE,
        _TRANSCRIPT,
        lead=re.compile(r"[ \t]{0,8}<<<[ \t]"),
    ),
    TextFormat("generic", re.compile(r""), _GENERIC_LINE, _NEVER),
)
"""Plain-text formats, most specific first; the last one reads any notice."""

FEEDBACK_MARKERS: Final = (
    "report-type=feedback-report",          # RFC 5965 ARF
    'report-type="feedback-report',
    "\nfeedback-type: ",                    # RFC 5965 §3.1, the machine-readable part
    '"notificationtype":"complaint"',       # Amazon SES complaint notification
    '\\"notificationtype\\":\\"complaint\\"',  # the same inside SNS JSON
    "x-hmxmroriginalrecipient:",            # Microsoft JMRP (Outlook.com) complaint
)
"""Lower-case marks of a feedback-loop report, looked for as plain substrings."""

AUTO_REPLY_HEADER_RE: Final = re.compile(
    r"auto-replied|auto_reply|autoreply|autorespond", re.ASCII | re.IGNORECASE)
"""RFC 3834 ``Auto-Submitted: auto-replied`` and the older X-Autoreply family."""

AUTO_SUBJECT_RE: Final = re.compile(
    r"[ \t]{0,4}(?:Auto(?:matic)?[ \t-]?(?:reply|response|respons|antwort)"
    r"|Out[ \t]of[ \t](?:the[ \t])?office|Away[ \t]|On[ \t]vacation|Vacation|Abwesenheit"
    r"|Absence|R[ée]ponse[ \t]automatique"
    r"|Autosvar|Auto:)",
    re.IGNORECASE,
)
"""Subjects that vacation responders and Exchange's automatic replies use."""

BOUNCE_FROM_RE: Final = re.compile(
    r"mailer-daemon|postmaster|mail[ .]delivery|MAILER_DAEMON|Delivery[ .]Subsystem",
    re.ASCII | re.IGNORECASE,
)
"""The From of a bounce: the mail system, not a person."""

BOUNCE_SUBJECT_RE: Final = re.compile(
    r"undeliver|undelivered|delivery[ \t](?:status|failure|failed|notification|has[ \t]failed)"
    r"|returned[ \t]mail|failure[ \t]notice|mail[ \t]delivery|could[ \t]not[ \t]be[ \t]delivered"
    r"|Unzustellbar|Non[ \t]remis|Nicht[ \t]zustellbar|DELIVERY[ \t]FAILURE|Warning:",
    re.IGNORECASE,
)
"""Subjects that say the message could not be delivered."""

DELAYED_RE: Final = re.compile(
    r"\(Delay\)|Delayed[ \t]Mail|still[ \t]being[ \t]retried|will[ \t]be[ \t]retried"
    r"|WARNING[ \t]MESSAGE[ \t]ONLY|THIS[ \t]IS[ \t]A[ \t]WARNING|Warning:[ \t]message"
    r"|temporary[ \t]error|has[ \t]not[ \t]yet[ \t]been[ \t]delivered|Verzögert",
    re.IGNORECASE,
)
"""Wording of a notice that reports a delay, not a failure."""

FORWARDED_RE: Final = re.compile(
    r"^(?:Begin[ \t]forwarded[ \t]message:|-{5,}[ \t]?Forwarded[ \t]message[ \t]?-{5,})",
    re.IGNORECASE | re.MULTILINE,
)
"""A bounce a person forwarded (Apple Mail, Gmail, Thunderbird): its lines are quoted ``> ``."""
QUOTE_RE: Final = re.compile(r"^>[ ]?", re.MULTILINE)
"""One level of ``> `` quoting at the start of a line."""

RULE_RE: Final = re.compile(r"[-=_#*|~ ]{3,200}")
"""A separator line of dashes, equals signs or hashes."""
