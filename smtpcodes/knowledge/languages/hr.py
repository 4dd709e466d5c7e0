"""Croatian (hr): the SMTP error messages that mail clients and mail libraries show in
Croatian. Sources: Thunderbird's Croatian composeMsgs.properties (thunderbird/thunderbird-l10n),
Roundcube's Croatian messages.inc, PHPMailer's Croatian language file and IMP webmail's
Croatian translation (horde/imp)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_TB = (
    "thunderbird/thunderbird-l10n:hr/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_RC = "roundcube/roundcubemail:program/localization/hr_HR/messages.inc"
_PM = "PHPMailer/PHPMailer:language/phpmailer.lang-hr.php"
_IMP = "horde/imp:locale/hr/LC_MESSAGES/imp.po"

LANGUAGE = Language(
    code="hr",
    name="Croatian",
    phrases=(
        Phrases("hr.auth-failed", C.AUTH_FAILED, (
            "nije se moguće prijaviti na poslužitelj",
            "ne podržava odabranu metodu provjere autentičnosti", "neuspjela autentikacija",
            "autentikacija nije uspjela",
        ), _TB + "; " + _PM + "; " + _RC),
        Phrases("hr.network-error", C.NETWORK_ERROR, (
            "poslužitelj je možda nedostupan", "jer je veza s poslužiteljem odlazne pošte",
            "ne mogu se spojiti na smtp poslužitelj", "spajanje na smtp poslužitelj nije uspjelo",
            "povezivanje na poslužitelj nije uspjelo",
        ), _TB + "; " + _PM + "; " + _RC),
        Phrases("hr.message-too-large", C.MESSAGE_TOO_LARGE, (
            "prelazi globalno ograničenje veličine", "veličina poruke prekoračila je ograničenje",
        ), _TB + "; " + _RC),
        Phrases("hr.too-many-recipients", C.RATE_LIMITED, (
            "prekoračenja dopuštenog broja primatelja", "previše primatelja",
            "nemate ovlasti za slanje poruka na više od",
        ), _TB + "; " + _RC + "; " + _IMP),
        Phrases("hr.smtputf8", C.CONTENT_REJECTED, (
            "ne podržava smtputf8", "ne omogućava unicode u adresama",
        ), _TB + "; " + _RC),
        Phrases("hr.sender-rejected", C.SENDER_REJECTED, (
            "slanje s navedenih e-mail adresa nije uspjelo", "postavljanje pošiljatelja",
        ), _PM + "; " + _RC),
        Phrases("hr.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "je li vaša adresa e-pošte ispravno upisana",
        ), _TB, decisive=False),
        Phrases("hr.network-error-thunderbird", C.NETWORK_ERROR, (
            "postavke poslužitelja mogu biti netočne",
        ), _TB),
        Phrases("hr.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "nije prihvatio kerberos",
        ), _TB),
        Phrases("hr.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "ne dozvoljava obične lozinke",
        ), _TB),
        Phrases("hr.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "slanje na navedenih e-mail adresa nije uspjelo", "dodavanje primatelja",
        ), _PM + "; " + _RC, decisive=False),
    ),
)
