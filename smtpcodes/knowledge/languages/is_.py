"""Icelandic (is): the SMTP and sending error messages that mail clients show in Icelandic.
Sources: the mail clients' translation files named at each entry."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

LANGUAGE = Language(
    code="is",
    name="Icelandic",
    phrases=(
        # Thunderbird's account setup errors (accountCreationModel.properties): unable to log in
        # at the server, probably a wrong configuration, username or password.
        Phrases("is.auth-failed-thunderbird-setup", C.AUTH_FAILED, (
            "get ekki innskráð á netþjón",
        ), ("thunderbird/thunderbird-l10n:is/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("is.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "finn ekki netþjón",
        ), ("thunderbird/thunderbird-l10n:is/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's connection errors (messenger.properties): the connection failed, refused
        # or timed out.
        Phrases("is.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "get ekki tengst við netþjón", "tengingu var hafnað", "tími rann út fyrir tengingu",
        ), "thunderbird/thunderbird-l10n:is/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's connection errors (messenger.properties): an authentication failure
        # while connecting (OAuth2).
        Phrases("is.auth-failed-thunderbird-connection", C.AUTH_FAILED, (
            "auðkenning brást",
        ), "thunderbird/thunderbird-l10n:is/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the server disconnected.
        Phrases("is.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "hefur aftengst",
        ), "thunderbird/thunderbird-l10n:is/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): encrypted or plain-text passwords or
        # the method not supported, the Kerberos/GSSAPI ticket refused (POP3 alike).
        Phrases("is.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "virðist ekki styðja dulkóðuð lykilorð", "leyfir ekki ódulkóðuð lykilorð",
            "styður ekki valda auðkennisaðferð", "aðgangsheimildin var hafnað",
        ), "thunderbird/thunderbird-l10n:is/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): a TLS error that cannot be
        # overridden.
        Phrases("is.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "tls-villa sem ekki er hægt að hnekkja",
        ), "thunderbird/thunderbird-l10n:is/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("is.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "sending á lykilorði",
        ), "thunderbird/thunderbird-l10n:is/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("is.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "get ekki tengst með tls tengingu",
        ), "thunderbird/thunderbird-l10n:is/mail/chrome/messenger/localMsgs.properties"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("is.tls-required-k9-check", C.TLS_REQUIRED, (
            "ógilt ssl-skilríki",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-is/strings.xml"),
        # K-9 Mail's account-setup check: cannot connect to server.
        Phrases("is.network-error-k9-check", C.NETWORK_ERROR, (
            "gat ekki tengst við póstþjón",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-is/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("is.auth-failed-k9-check", C.AUTH_FAILED, (
            "rangt notandanafn eða lykilorð",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-is/strings.xml"),
        # Roundcube's 'Too many recipients' and 'Please wait N sec(s) before sending this message'.
        Phrases("is.rate-limited-roundcube", C.RATE_LIMITED, (
            "of margir viðtakendur",
            "áður en þessi skilaboð eru send",
        ), "roundcube/roundcubemail:program/localization/is_IS/messages.inc"),
        # Roundcube's 'Message size exceeds server limit' and 'Maximum size of a message exceeded' (attaching a file).
        Phrases("is.message-too-large-roundcube", C.MESSAGE_TOO_LARGE, (
            "stærð skilaboða yfir takmörkum",
            "fór yfir leyfilega hámarksstærð",
        ), "roundcube/roundcubemail:program/localization/is_IS/messages.inc"),
        # Roundcube's 'Server does not support Unicode in email address' (SMTPUTF8).
        Phrases("is.content-rejected-roundcube", C.CONTENT_REJECTED, (
            "styður ekki unicode í tölvupóstföngum",
        ), "roundcube/roundcubemail:program/localization/is_IS/messages.inc"),
        # Roundcube's 'SMTP Error: Failed to set sender'.
        Phrases("is.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "mistókst að setja sendanda",
        ), "roundcube/roundcubemail:program/localization/is_IS/messages.inc"),
        # Roundcube's 'SMTP Error: Connection to server failed'.
        Phrases("is.network-error-roundcube", C.NETWORK_ERROR, (
            "tenging við póstþjón mistókst",
        ), "roundcube/roundcubemail:program/localization/is_IS/messages.inc"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("is.tls-required-weak-k9", C.TLS_REQUIRED, (
            "villa í skilríki",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-is/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("is.network-error-weak-k9", C.NETWORK_ERROR, (
            "villa í netkerfi",
            "villa í tengingu",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-is/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-is/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-is/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("is.auth-failed-weak-k9", C.AUTH_FAILED, (
            "auðkenningarvilla",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-is/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-is/strings.xml", decisive=False),
        # SnappyMail's 'Invalid recipients' notification (the RCPT refusal it shows).
        Phrases("is.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "rangir viðtakendur",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/is/user.json", decisive=False),
        # SnappyMail's 'Can't connect to server' notification.
        Phrases("is.network-error-snappymail", C.NETWORK_ERROR, (
            "get ekki tengst á netþjón",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/is/user.json"),
        # SnappyMail's bare 'Authentication failed' notification.
        Phrases("is.auth-failed-weak-snappymail", C.AUTH_FAILED, (
            "auðkenning mistókst",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/is/user.json", decisive=False),
        # Thunderbird's smtpTooManyRecipients: the message not sent because the allowed number of recipients was exceeded (the server's reply follows).
        Phrases("is.too-many-recipients-thunderbird", C.RATE_LIMITED, (
            "leyfilegan fjölda viðtakenda",
        ), "thunderbird/thunderbird-l10n:is/mail/chrome/messenger/messengercompose/composeMsgs.properties"),
        # Mailspring's sending errors: 'Gmail bandwidth exceeded. Please try again later.' and 'The message has been blocked by Yahoo - you have exceeded your daily sending limit.'
        Phrases("is.rate-limited-mailspring", C.RATE_LIMITED, (
            "bandbreidd gmail fór yfir",
            "daglegan sendingarmörk",
        ), "Foundry376/Mailspring:app/lang/is.json"),
        # Nextcloud Mail's translated SMTP account errors (l10n/): the SMTP server is not reachable; the SMTP connection failed.
        Phrases("is.network-error-nextcloud-mail", C.NETWORK_ERROR, (
            "ekki næst í smtp-þjóninn",
            "smtp-tenging mistókst",
        ), "nextcloud/mail:l10n/is.json"),
        # Nextcloud Mail's translated SMTP account errors (l10n/): wrong SMTP user name or password; the server denied authentication; SMTP authentication error.
        Phrases("is.auth-failed-nextcloud-mail", C.AUTH_FAILED, (
            "smtp-notandanafn eða lykilorð er rangt",
        ), "nextcloud/mail:l10n/is.json"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("is.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("tenging við netþjóninn",),
            ("endurstillt", "rofin"),
        ), "thunderbird/thunderbird-l10n:is/mail/chrome/messenger/messenger.properties", window=40),
    ),
)
