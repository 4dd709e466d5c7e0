"""Faroese (fo): the SMTP error messages that webmails and mail libraries show in Faroese.
Sources: Roundcube's Faroese messages.inc and PHPMailer's Faroese language file."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_RC = "roundcube/roundcubemail:program/localization/fo_FO/messages.inc"
_PM = "PHPMailer/PHPMailer:language/phpmailer.lang-fo.php"

LANGUAGE = Language(
    code="fo",
    name="Faroese",
    phrases=(
        Phrases("fo.auth-failed", C.AUTH_FAILED, (
            "atgongd nokta", "kundi ikki góðkenna",
        ), _RC + "; " + _PM),
        Phrases("fo.network-error", C.NETWORK_ERROR, (
            "samband til ambatara riggaði ikki", "kundi ikki knýta samband við smtp vert",
        ), _RC + "; " + _PM),
        Phrases("fo.too-many-recipients", C.RATE_LIMITED, (
            "ov nógvir móttakarir",
        ), _RC),
        Phrases("fo.sender-rejected", C.SENDER_REJECTED, (
            "til bar ikki at seta sendarin", "adressa miseydnaðist",
        ), _RC + "; " + _PM, decisive=False),
        Phrases("fo.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "til bar ikki at nýta móttakarin", "fylgjandi móttakarar miseydnaðust",
        ), _RC + "; " + _PM, decisive=False),
    ),
)
