"""Western Frisian (fy): the SMTP and sending error messages that mail clients show in Western Frisian.
Sources: the mail clients' translation files named at each entry."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

LANGUAGE = Language(
    code="fy",
    name="Western Frisian",
    phrases=(
        # Thunderbird's account setup errors (accountCreationModel.properties): unable to log in
        # at the server, probably a wrong configuration, username or password.
        Phrases("fy.auth-failed-thunderbird-setup", C.AUTH_FAILED, (
            "oanmelden op server is net mooglik",
        ), ("thunderbird/thunderbird-l10n:fy-NL/mail/chrome/messenger/accountCreationModel.pr"
            "operties")),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("fy.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "kin gjin server fine",
        ), ("thunderbird/thunderbird-l10n:fy-NL/mail/chrome/messenger/accountCreationModel.pr"
            "operties")),
        # Thunderbird's connection errors (messenger.properties): the connection refused or
        # timed out.
        Phrases("fy.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "de ferbining waard wegere", "wachttiid foar ferbining",
        ), "thunderbird/thunderbird-l10n:fy-NL/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the connection timed out or broken by
        # the server.
        Phrases("fy.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "ferbiningstiid mei server", "hat de ferbining ferbrutsen",
        ), "thunderbird/thunderbird-l10n:fy-NL/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): a TLS error that cannot be
        # overridden.
        Phrases("fy.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "net-oerskriuwbere tls-flater",
        ), "thunderbird/thunderbird-l10n:fy-NL/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): encrypted or plain-text passwords or
        # the method not supported, the Kerberos/GSSAPI ticket refused (POP3 alike).
        Phrases("fy.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "wachtwurden net te stypjen", "gjin fersifere wachtwurden te stypjen",
            "platte-tekst wachtwurden net ta", "gjine platte-tekst wachtwurden ta",
            "stipet de selektearre autentikaasjemetoade net",
            "gssapi ticket wurde net akseptearre",
        ), "thunderbird/thunderbird-l10n:fy-NL/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("fy.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "ferstjoeren fan wachtwurd",
        ), "thunderbird/thunderbird-l10n:fy-NL/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("fy.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "kin gjin tls-ferbining",
        ), "thunderbird/thunderbird-l10n:fy-NL/mail/chrome/messenger/localMsgs.properties"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("fy.tls-required-k9-check", C.TLS_REQUIRED, (
            "ûnjildich ssl-sertifikaat",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-fy/strings.xml"),
        # K-9 Mail's account-setup check: cannot connect to server.
        Phrases("fy.network-error-k9-check", C.NETWORK_ERROR, (
            "kin gjin ferbining mei server meitsje",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-fy/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("fy.auth-failed-k9-check", C.AUTH_FAILED, (
            "brûkersnamme of wachtwurd ûnjildich",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-fy/strings.xml"),
        # Roundcube's 'Too many recipients' and 'Please wait N sec(s) before sending this message'.
        Phrases("fy.rate-limited-roundcube", C.RATE_LIMITED, (
            "tefolle ûntfangers",
            "foar it ferstjoeren fan dit berjocht",
        ), "roundcube/roundcubemail:program/localization/fy_NL/messages.inc"),
        # Roundcube's 'Message size exceeds server limit' and 'Maximum size of a message exceeded' (attaching a file).
        Phrases("fy.message-too-large-roundcube", C.MESSAGE_TOO_LARGE, (
            "maksimum grutte fan in berjocht",
        ), "roundcube/roundcubemail:program/localization/fy_NL/messages.inc"),
        # Roundcube's 'SMTP Error: Failed to set sender'.
        Phrases("fy.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "stjoerder fêststelle mislearre",
        ), "roundcube/roundcubemail:program/localization/fy_NL/messages.inc"),
        # Roundcube's 'SMTP Error: Authentication failed'.
        Phrases("fy.auth-failed-roundcube", C.AUTH_FAILED, (
            "ferifikaasje mislearre",
        ), "roundcube/roundcubemail:program/localization/fy_NL/messages.inc"),
        # Roundcube's 'SMTP Error: Connection to server failed'.
        Phrases("fy.network-error-roundcube", C.NETWORK_ERROR, (
            "ferbining mei tsjinner mislearre",
        ), "roundcube/roundcubemail:program/localization/fy_NL/messages.inc"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("fy.tls-required-weak-k9", C.TLS_REQUIRED, (
            "sertifikaatflater",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-fy/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("fy.network-error-weak-k9", C.NETWORK_ERROR, (
            "ferbiningsflater",
            "netwurkflater",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-fy/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-fy/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-fy/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("fy.auth-failed-weak-k9", C.AUTH_FAILED, (
            "autentikaasjeflater",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-fy/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-fy/strings.xml", decisive=False),
        # FairEmail's authentication-failure notice.
        Phrases("fy.auth-failed-fairemail", C.AUTH_FAILED, (
            "autentikaasje mislearre",
        ), "M66B/FairEmail:app/src/main/res/values-fy-rNL/strings.xml"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("fy.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "grutter dan de serverlimyt",
        ), "M66B/FairEmail:app/src/main/res/values-fy-rNL/strings.xml"),
        # Mailspring's sending errors: 'Gmail bandwidth exceeded. Please try again later.' and 'The message has been blocked by Yahoo - you have exceeded your daily sending limit.'
        Phrases("fy.rate-limited-mailspring", C.RATE_LIMITED, (
            "gmail-bandbreedte",
            "ferstjoeren beheind",
        ), "Foundry376/Mailspring:app/lang/fy.json"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("fy.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("ferbine mei server", "ferbinen mei server", "ferbining mei server"),
            ("koe net", "mislearre", "opnij ynsteld", "ûnderbrutsen"),
        ), "thunderbird/thunderbird-l10n:fy-NL/mail/chrome/messenger/messenger.properties", window=40),
    ),
)
