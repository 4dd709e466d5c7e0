"""Dovecot (LMTP server, LDA and quota-status policy service): the replies it gives a delivering
MTA. "550 5.1.1 <rcpt> User doesn't exist: <rcpt>" for an unknown user; "552 5.2.2 <rcpt> Quota
exceeded (mailbox for user is full)" (452 4.2.2 when quota_full_tempfail is set; the text is
quota_exceeded_message, the older MAIL_ERRSTR_NO_QUOTA "Not enough disk quota"); "451 4.3.0
Temporary internal error" and "Too many concurrent deliveries for user"; "554 5.4.6 Proxying
loops to itself". Sources: dovecot/core (src/lmtp/lmtp-recipient.c, lmtp-local.c, lmtp-proxy.c,
src/plugins/quota/quota-settings.c, src/lib-storage/mail-error.h) and replies quoted in issue
threads."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_LMTP = "dovecot/core:src/lmtp/"
_QUOTA = "dovecot/core:src/plugins/quota/quota-settings.c"

PROVIDER = Provider(
    name="dovecot",
    hosts=(),
    source="https://doc.dovecot.org/",
    phrases=(
        Phrases("dovecot.user-unknown", C.USER_UNKNOWN, (
            "user doesn't exist",
        ), _LMTP + "lmtp-recipient.c"),
        Phrases("dovecot.quota", C.MAILBOX_FULL, (
            "mailbox for user is full",
            "not enough disk quota",
        ), _QUOTA + "; dovecot/core:src/lib-storage/mail-error.h"),
        Phrases("dovecot.user-concurrency", C.RATE_LIMITED, (
            "too many concurrent deliveries for user",
        ), _LMTP + "lmtp-local.c"),
        Phrases("dovecot.internal-error", C.SERVER_ERROR, (
            "temporary internal error",
            "temporary internal failure",
        ), _LMTP + "lmtp-local.c"),
        Phrases("dovecot.proxy-loop", C.NETWORK_ERROR, (
            "proxying loops to itself",
            "proxying appears to be looping",
        ), _LMTP + "lmtp-proxy.c"),
    ),
)
