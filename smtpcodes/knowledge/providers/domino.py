"""HCL (formerly IBM/Lotus) Domino and Notes: the recipient-lookup failures and routing errors of
its router in delivery failure reports, in English and in the Japanese Notes/Domino templates.
Sources: Domino delivery failure reports collected by the sisimai project (set-of-emails)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_DOMINO = "sisimai/set-of-emails:maildir/bsd/lhost-domino-01.eml"
_DOMINO_JA = "sisimai/set-of-emails:maildir/bsd/lhost-domino-02.eml"
_NOTES = "sisimai/set-of-emails:maildir/bsd/lhost-notes-03.eml"
_LOOP = "sisimai/set-of-emails:maildir/bsd/lhost-domino-03.eml"

PROVIDER = Provider(
    name="domino",
    hosts=(),
    source="https://www.hcl-software.com/domino",
    phrases=(
        Phrases("domino.not-listed", C.USER_UNKNOWN, (
            "invalid final delivery userid",
        ), _DOMINO),
    ),
)
