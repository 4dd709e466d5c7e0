"""Lithuanian (lt): the SMTP error messages that mail clients and mail libraries show in
Lithuanian. Sources: Thunderbird's Lithuanian composeMsgs.properties
(thunderbird/thunderbird-l10n), Roundcube's Lithuanian messages.inc, PHPMailer's Lithuanian
language file and IMP webmail's Lithuanian translation (horde/imp)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_TB = (
    "thunderbird/thunderbird-l10n:lt/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_RC = "roundcube/roundcubemail:program/localization/lt_LT/messages.inc"
_PM = "PHPMailer/PHPMailer:language/phpmailer.lang-lt.php"
_IMP = "horde/imp:locale/lt/LC_MESSAGES/imp.po"

LANGUAGE = Language(
    code="lt",
    name="Lithuanian",
    phrases=(
        Phrases("lt.auth-failed", C.AUTH_FAILED, (
            "nepavyko patvirtinti tapatumo", "nepalaiko nurodyto tapatumo patikrinimo būdo",
            "autentifikacija nepavyko", "nepavyko autentikuotis",
        ), _TB + "; " + _PM + "; " + _RC),
        Phrases("lt.network-error", C.NETWORK_ERROR, (
            "nepavyko prisijungti prie išsiuntimo", "ryšys su išsiuntimo",
            "nepavyko susisiekti su išsiuntimo", "nepavyksta prisijungti prie smtp stoties",
            "smtp susijungimo klaida", "nepavyko prisijungti prie serverio",
        ), _TB + "; " + _PM + "; " + _RC),
        Phrases("lt.message-too-large", C.MESSAGE_TOO_LARGE, (
            "viršija bendrąjį serverio leidžiamą dydžio limitą",
            "laiško dydis viršija serverio nustatytą ribą",
        ), _TB + "; " + _RC),
        Phrases("lt.too-many-recipients", C.RATE_LIMITED, (
            "viršytas leistinas gavėjų skaičius", "per daug gavėjų",
            "negalite siųsti laiškų daugiau nei",
        ), _TB + "; " + _RC + "; " + _IMP),
        Phrases("lt.smtputf8", C.CONTENT_REJECTED, (
            "nepalaiko smtputf8", "serveris nepalaiko unikodo",
        ), _TB + "; " + _RC),
        Phrases("lt.sender-rejected", C.SENDER_REJECTED, (
            "neteisingas siuntėjo adresas", "nepavyko nurodyti siuntėjo",
        ), _PM + "; " + _RC),
        Phrases("lt.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "patikrinkite el. pašto adresą, nurodytą paskyros nuostatose",
        ), _TB, decisive=False),
        Phrases("lt.network-error-thunderbird", C.NETWORK_ERROR, (
            "serveris gali būti neteisingai aprašytas",
        ), _TB),
        Phrases("lt.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "nepriėmė pateikto kerberos",
        ), _TB),
        Phrases("lt.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "neleidžia nešifruotų slaptažodžių",
        ), _TB),
        Phrases("lt.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "nepavyko išsiųsti šiems gavėjams", "nepavyko pridėti gavėjo",
        ), _PM + "; " + _RC, decisive=False),
    ),
)
