"""Slovenian (sl): the SMTP error messages that mail clients and mail libraries show in
Slovenian. Sources: Thunderbird's Slovenian composeMsgs.properties (thunderbird/thunderbird-l10n),
Roundcube's Slovenian messages.inc and PHPMailer's Slovenian language file."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_TB = (
    "thunderbird/thunderbird-l10n:sl/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_RC = "roundcube/roundcubemail:program/localization/sl_SI/messages.inc"
_PM = "PHPMailer/PHPMailer:language/phpmailer.lang-sl.php"

LANGUAGE = Language(
    code="sl",
    name="Slovenian",
    phrases=(
        Phrases("sl.auth-failed", C.AUTH_FAILED, (
            "ni mogoče overiti", "ne podpira izbrane metode overjanja", "avtentikacija ni uspela",
            "avtentikacija je spodletela",
        ), _TB + "; " + _PM + "; " + _RC),
        Phrases("sl.network-error", C.NETWORK_ERROR, (
            "povezava z odhodnim strežnikom",
            "vzpostavljanje povezave s smtp gostiteljem ni uspelo",
            "ne morem vzpostaviti povezave s smtp strežnikom",
            "povezava s strežnikom je spodletela",
        ), _TB + "; " + _PM + "; " + _RC),
        Phrases("sl.message-too-large", C.MESSAGE_TOO_LARGE, (
            "presega splošno omejitev strežnika", "velikost sporočila presega omejitev strežnika",
        ), _TB + "; " + _RC),
        Phrases("sl.too-many-recipients", C.RATE_LIMITED, (
            "zaradi prevelikega števila prejemnikov", "navedli ste preveč prejemnikov",
        ), _TB + "; " + _RC),
        Phrases("sl.smtputf8", C.CONTENT_REJECTED, (
            "ne podpira smtputf8", "ne podpira uporabe šumnikov",
        ), _TB + "; " + _RC),
        Phrases("sl.sender-rejected", C.SENDER_REJECTED, (
            "neveljaven e-naslov pošiljatelja", "neveljaven elektronski naslov pošiljatelja",
        ), _PM + "; " + _RC),
        Phrases("sl.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "ali je vaš e-poštni naslov v nastavitvah računa pravilen",
        ), _TB, decisive=False),
        Phrases("sl.network-error-thunderbird", C.NETWORK_ERROR, (
            "morda strežnik ni pravilno nastavljen",
        ), _TB),
        Phrases("sl.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "vstopnice kerberos",
        ), _TB),
        Phrases("sl.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "ne dovoljuje gesel v golem besedilu",
        ), _TB),
        Phrases("sl.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "sledeči naslovniki so neveljavni", "neveljaven elektronski naslov prejemnika",
        ), _PM + "; " + _RC, decisive=False),
    ),
)
