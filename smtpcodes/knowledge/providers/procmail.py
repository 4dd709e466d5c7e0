"""procmail, the local delivery agent many MTAs hand mail to (mailbox_command, a .forward pipe):
what it writes to stderr when a delivery fails, which the MTA quotes in its bounce ("procmail:
Quota exceeded while writing ..."). The file system's EDQUOT is a full mailbox; ENOSPC a full
disk ("No space left to finish writing"); a lockfile it cannot take ("Lock failure on"), a
failed write ("Error while writing to") or a Maildir temp file it cannot make are local delivery
failures. Source: the procmail source tree (src/mailfold.c, src/locking.c, src/procmail.c)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_MAILFOLD = "BuGlessRB/procmail:src/mailfold.c"

PROVIDER = Provider(
    name="procmail",
    hosts=(),
    source="https://github.com/BuGlessRB/procmail",
    phrases=(
        Phrases("procmail.quota", C.MAILBOX_FULL, (
            "quota exceeded while writing",
        ), _MAILFOLD),
        Phrases("procmail.no-space", C.SYSTEM_FULL, (
            "no space left to finish writing",
        ), _MAILFOLD),
        Phrases("procmail.write-failure", C.SERVER_ERROR, (
            'error while writing to "',
            "lock failure on",
            "couldn't create or rename temp file",
            "kernel-lock failed",
        ), (_MAILFOLD + "; BuGlessRB/procmail:src/locking.c; "
            "BuGlessRB/procmail:src/procmail.c")),
    ),
)
