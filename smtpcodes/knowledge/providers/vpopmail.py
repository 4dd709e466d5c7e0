"""vpopmail (inter7), the virtual-domain add-on of qmail: the texts its delivery agent
vdelivermail prints for qmail to put in the bounce. A mailbox whose account has the BOUNCE_MAIL
flag is refused as "account is locked email bounced"; a full mailbox or domain as "user is over
quota" / "domain is over quota" (unless the domain's .over-quota.msg says otherwise); a message
carrying its own Delivered-To line as "mail is looping"; an unreachable authentication back end
as "deferred, database down", and a Maildir it cannot create as "Auto creation of maildir failed.
(#5.9.8)". An unknown user gets qmail's "Sorry, no mailbox here by that name. (#5.1.1)"
(providers/qmail.py). Source: the vpopmail source tree (vdelivermail.c)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_VDELIVERMAIL = "brunonymous/vpopmail:vdelivermail.c"

PROVIDER = Provider(
    name="vpopmail",
    hosts=(),
    source="https://www.inter7.com/vpopmail-virtualized-email/",
    phrases=(
        # checkuser(): the account's gid carries BOUNCE_MAIL (vmoduser -b).
        Phrases("vpopmail.locked", C.MAILBOX_DISABLED, (
            "account is locked",
        ), _VDELIVERMAIL),
        Phrases("vpopmail.over-quota", C.MAILBOX_FULL, (
            "user is over quota",
            "domain is over quota",
        ), _VDELIVERMAIL),
        Phrases("vpopmail.looping", C.NETWORK_ERROR, (
            "mail is looping",
        ), _VDELIVERMAIL),
        Phrases("vpopmail.system", C.SERVER_ERROR, (
            "deferred, database down",
            "auto creation of maildir failed",
            "auto re-creation of maildir failed",
            "invalid syntax in .qmail-default file",
        ), _VDELIVERMAIL),
    ),
)
