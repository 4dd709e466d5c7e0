"""Faroese (fo): the SMTP error messages that webmails and mail libraries show in Faroese.
Sources: Roundcube's Faroese messages.inc and PHPMailer's Faroese language file.
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/)."""

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
        # SquirrelMail's fo_FO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fo.service-unavailable-weak-squirrelmail", C.SERVICE_UNAVAILABLE, (
            "tænasta er ikki til taks",
        ), "sitle/squirrelmail-src:locales/locale/fo_FO/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's fo_FO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fo.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "skifti av loyniorði",
            "fyribils feilur í heimildarkanning",
            "heimildarkanningarskipanin er ov veik",
        ), "sitle/squirrelmail-src:locales/locale/fo_FO/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's fo_FO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fo.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "postkassi ikki tøkur",
            "postkassa navn er ikki loyvt",
        ), "sitle/squirrelmail-src:locales/locale/fo_FO/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's fo_FO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fo.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "villa í gerð",
        ), "sitle/squirrelmail-src:locales/locale/fo_FO/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's fo_FO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fo.system-full-squirrelmail", C.SYSTEM_FULL, (
            "manglandi pláss á harðdiskli",
        ), "sitle/squirrelmail-src:locales/locale/fo_FO/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's fo_FO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fo.syntax-error-squirrelmail", C.SYNTAX_ERROR, (
            "ókent stýriboð",
        ), "sitle/squirrelmail-src:locales/locale/fo_FO/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's fo_FO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fo.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "stýriboð finst ikki",
        ), "sitle/squirrelmail-src:locales/locale/fo_FO/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's fo_FO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fo.bad-sequence-squirrelmail", C.BAD_SEQUENCE, (
            "vánalig raðfylgja av stýriboðum",
        ), "sitle/squirrelmail-src:locales/locale/fo_FO/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's fo_FO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fo.auth-required-squirrelmail", C.AUTH_REQUIRED, (
            "heimildarkanning kravd",
        ), "sitle/squirrelmail-src:locales/locale/fo_FO/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's fo_FO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fo.auth-failed-weak-squirrelmail", C.AUTH_FAILED, (
            "feilur í heimildarkanning",
        ), "sitle/squirrelmail-src:locales/locale/fo_FO/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's fo_FO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fo.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "brongling kravd",
        ), "sitle/squirrelmail-src:locales/locale/fo_FO/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's fo_FO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fo.has-moved-squirrelmail", C.HAS_MOVED, (
            "brúkari er ikki lokalur",
        ), "sitle/squirrelmail-src:locales/locale/fo_FO/LC_MESSAGES/squirrelmail.po"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("fo.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "áðrenn tú sendur hetta boð",
        ), "roundcube/roundcubemail:program/localization/fo_FO/messages.inc"),
    ),
)
