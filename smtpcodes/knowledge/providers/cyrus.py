"""Cyrus IMAP's LMTP server (lmtpd): its replies to a delivering MTA. The table of
imap/lmtp_err.et gives the codes ("550 5.1.1 User unknown" after the long "Mailbox unknown.
Either there is no mailbox associated with this name or you do not have authorization to see
it.", "452 4.2.2 Over quota SESSIONID=<…>", "451 4.2.1 <reason>", "554 5.6.0 <reason>"), the
texts come from imap/imap_err.et ("Delivery to mailbox is disabled", "Message contains bare
newlines", …). "Over quota" and "Mailbox unknown" are generic wording. Sources: cyrusimap/cyrus-imapd
(imap/lmtp_err.et, imap/imap_err.et, imap/lmtpengine.c)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_LMTP_ERR = "cyrusimap/cyrus-imapd:imap/lmtp_err.et"
_IMAP_ERR = "cyrusimap/cyrus-imapd:imap/imap_err.et"

PROVIDER = Provider(
    name="cyrus",
    hosts=(),
    source="https://www.cyrusimap.org/",
    phrases=(
        Phrases("cyrus.mailbox-unknown", C.USER_UNKNOWN, (
            "no mailbox associated with this",
        ), _LMTP_ERR),
        Phrases("cyrus.delivery-disabled", C.MAILBOX_DISABLED, (
            "delivery to mailbox is disabled",
        ), _IMAP_ERR),
        # IMAP_MAILBOX_MOVED, returned by lmtpd as "451 4.2.0 <reason>" (LMTP_MAILBOX_ERROR) when
        # a murder frontend or a replica still points at the mailbox's old backend.
        Phrases("cyrus.mailbox-moved", C.HAS_MOVED, (
            "mailbox has been moved to another server",
        ), f"{_IMAP_ERR}; {_LMTP_ERR}"),
        Phrases("cyrus.message-invalid", C.CONTENT_REJECTED, (
            "message contains bare newlines",
            "message contains nul characters",
            "message contains non-ascii characters in headers",
            "message contains invalid header",
            "message has no header/body separator",
        ), _IMAP_ERR),
    ),
)
