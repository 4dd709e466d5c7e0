"""maildrop, the Courier mail filter and local delivery agent (also used with Postfix, qmail and
vpopmail): the messages it writes to stderr when a delivery fails, which the calling MTA quotes
in its bounce. A Maildir++ quota refusal is "maildrop: maildir over quota."; its watchdog timer
(not a mailbox quota) "maildrop: Timeout quota exceeded."; a user the -d option names that
neither the authentication library nor the password file knows, "Invalid user specified."; and
failed writes, locks and home-directory checks are local delivery failures. Source: the
courier-libs source tree (maildrop/main.C, maildrop/maildir.C, maildrop/formatmbox.C,
maildrop/recipenode.C, maildrop/dotlock.C)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_MAIN = "svarshavchik/courier-libs:maildrop/main.C"

PROVIDER = Provider(
    name="maildrop",
    hosts=(),
    source="https://www.courier-mta.org/maildrop/",
    phrases=(
        Phrases("maildrop.over-quota", C.MAILBOX_FULL, (
            "maildir over quota",
        ), "svarshavchik/courier-libs:maildrop/maildir.C"),
        # main.C nouser(): exits EX_NOUSER.
        Phrases("maildrop.no-user", C.USER_UNKNOWN, (
            "invalid user specified",
        ), _MAIN),
        # main.C alarm_msg: the delivery took longer than its watchdog allows.
        Phrases("maildrop.delivery", C.SERVER_ERROR, (
            "timeout quota exceeded",
            "error writing to mailbox",
            "unable to deliver to mailbox",
            "unable to open mailbox",
            "seek error on mailbox",
            "unable to create a dot-lock",
            "invalid home directory permissions",
            "unable to change to home directory",
            "cannot find system user",
        ), (_MAIN + "; svarshavchik/courier-libs:maildrop/formatmbox.C; "
            "svarshavchik/courier-libs:maildrop/recipenode.C; "
            "svarshavchik/courier-libs:maildrop/dotlock.C; "
            "svarshavchik/courier-libs:maildrop/deliver.C")),
    ),
)
