"""Afrikaans (af): the SMTP error messages that mail libraries show in Afrikaans. Sources:
PHPMailer's Afrikaans language file."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_PM = "PHPMailer/PHPMailer:language/phpmailer.lang-af.php"

LANGUAGE = Language(
    code="af",
    name="Afrikaans",
    phrases=(
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("af.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "kon nie bediener vind nie",
        ), ("thunderbird/thunderbird-l10n:af/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's IMAP errors (imapMsgs.properties): the server disconnected.
        Phrases("af.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "het ontkoppel",
        ), "thunderbird/thunderbird-l10n:af/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): encrypted or plain-text passwords or
        # the method not supported, the Kerberos/GSSAPI ticket refused (POP3 alike).
        Phrases("af.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "ondersteun blykbaar nie geënkripteerde wagwoord",
            "laat nie skoontekswagwoorde toe nie",
            "ondersteun nie die gekose magtigingsmetode nie",
            "kerberos/gssapi-kaartjie is nie aanvaar",
        ), "thunderbird/thunderbird-l10n:af/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("af.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "kon nie tls-verbinding",
        ), "thunderbird/thunderbird-l10n:af/mail/chrome/messenger/localMsgs.properties"),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("af.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "te veel aktiewe verbindings",
        ), "Foundry376/Mailspring:app/lang/af.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("af.relay-denied-mailspring", C.RELAY_DENIED, (
            "sal nie 'n boodskap herlaai nie",
        ), "Foundry376/Mailspring:app/lang/af.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("af.rate-limited-mailspring", C.RATE_LIMITED, (
            "daaglikse versendlimiet oorskry",
            "gmail-bandwydte is oorskry",
        ), "Foundry376/Mailspring:app/lang/af.json"),
        # Mailspring's 'Connection Error - Unable to connect to the server / port you provided.'
        Phrases("af.network-error-mailspring", C.NETWORK_ERROR, (
            "kan nie koppel aan die bediener",
        ), "Foundry376/Mailspring:app/lang/af.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("af.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "bevat 'n onwettige aanhangsel",
        ), "Foundry376/Mailspring:app/lang/af.json"),
        # Mailspring's 'Authentication required.'
        Phrases("af.auth-required-mailspring", C.AUTH_REQUIRED, (
            "verifikasie vereis",
        ), "Foundry376/Mailspring:app/lang/af.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("af.auth-failed-mailspring", C.AUTH_FAILED, (
            "ondersteun nie basiese gebruikersnaam",
            "verifikasie fout",
        ), "Foundry376/Mailspring:app/lang/af.json"),
        Phrases("af.auth-failed", C.AUTH_FAILED, (
            "kon nie geverifieer word nie",
        ), _PM),
        Phrases("af.network-error", C.NETWORK_ERROR, (
            "kon nie aan smtp-verbind nie", "smtp-verbinding () misluk",
        ), _PM),
        Phrases("af.sender-rejected", C.SENDER_REJECTED, (
            "die volgende van adres misluk",
        ), _PM),
        Phrases("af.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "die volgende ontvangers het misluk",
        ), _PM, decisive=False),
        # Joomla's Afrikaans PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("af.auth-failed-joomla", C.AUTH_FAILED, (
            "kon nie gebruiker of wagwoord staaf nie",
        ), "bringer/lavuelta:language/af-ZA/af-ZA.ini"),
        # Joomla's Afrikaans PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("af.sender-rejected-joomla", C.SENDER_REJECTED, (
            "die volgende adres het gefaal",
        ), "bringer/lavuelta:language/af-ZA/af-ZA.ini"),
        # Joomla's Afrikaans PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("af.user-unknown-joomla", C.USER_UNKNOWN, (
            "die volgende ontvanger het gefaal",
        ), "bringer/lavuelta:language/af-ZA/af-ZA.ini", decisive=False),
        # Joomla's Afrikaans PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("af.network-error-joomla", C.NETWORK_ERROR, (
            "kon nie met die smtp bediener verbind nie",
        ), "bringer/lavuelta:language/af-ZA/af-ZA.ini"),
        # Joomla 3's Afrikaans PHPMailer strings (PHPMAILER_*)
        Phrases("af.auth-failed-joomla3", C.AUTH_FAILED, (
            "kan nie gebruiker of wagwoord staaf nie",
        ), "cuongnd/banhangonline88_joomla:language/af-ZA/af-ZA.ini"),
        # Joomla 3's Afrikaans PHPMailer strings (PHPMAILER_*)
        Phrases("af.network-error-joomla3", C.NETWORK_ERROR, (
            "kan nie met die smtp bediener verbind nie", "verbinding gefaal",
        ), "cuongnd/banhangonline88_joomla:language/af-ZA/af-ZA.ini"),
        # Joomla 3's Afrikaans PHPMailer strings (PHPMAILER_*)
        Phrases("af.tls-required-joomla3", C.TLS_REQUIRED, (
            "kan nie tls begin nie",
        ), "cuongnd/banhangonline88_joomla:language/af-ZA/af-ZA.ini"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("af.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("aan bediener", "aan posbediener"),
            ("verbind nie", "het uitgetel"),
        ), "thunderbird/thunderbird-l10n:af/mail/chrome/messenger/messenger.properties", window=40),
    ),
)
