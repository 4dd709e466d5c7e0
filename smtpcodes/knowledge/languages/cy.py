"""Welsh (cy): the SMTP error messages that mail clients show in Welsh. Sources: Thunderbird's
Welsh composeMsgs.properties (thunderbird/thunderbird-l10n) and Roundcube's Welsh messages.inc.
Also: Evolution's translated RFC 5321 reply texts (GNOME/evolution-data-server po/)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_TB = (
    "thunderbird/thunderbird-l10n:cy/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_RC = "roundcube/roundcubemail:program/localization/cy_GB/messages.inc"
_EVO = "GNOME/evolution-data-server:po/cy.po"

LANGUAGE = Language(
    code="cy",
    name="Welsh",
    phrases=(
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("cy.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "methu canfod gweinydd",
        ), ("thunderbird/thunderbird-l10n:cy/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's connection errors (messenger.properties): the connection failed, refused
        # or timed out.
        Phrases("cy.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "methwyd cysylltu â gweinydd", "gwrthodwyd y cysylltiad", "cyfnod cyswllt i weinydd",
        ), "thunderbird/thunderbird-l10n:cy/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's connection errors (messenger.properties): an authentication failure
        # while connecting (OAuth2).
        Phrases("cy.auth-failed-thunderbird-connection", C.AUTH_FAILED, (
            "methiant dilysu",
        ), "thunderbird/thunderbird-l10n:cy/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): no connection to the mail server, the
        # server disconnected.
        Phrases("cy.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "methu cysylltu â gweinydd e-bost", "wedi datgysylltu",
        ), "thunderbird/thunderbird-l10n:cy/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): encrypted or plain-text passwords or
        # the method not supported, the Kerberos/GSSAPI ticket refused (POP3 alike).
        Phrases("cy.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "yn cynnal cyfrineiriau", "yn cynnal y dull dilysu", "tocyn kerberos/gssapi",
            "caniatáu cyfrineiriau testun plaen",
        ), "thunderbird/thunderbird-l10n:cy/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): a TLS error that cannot be
        # overridden.
        Phrases("cy.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "gwall tls nad oedd modd ei ddiystyru",
        ), "thunderbird/thunderbird-l10n:cy/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("cy.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "methodd anfon cyfrinair",
        ), "thunderbird/thunderbird-l10n:cy/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("cy.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "methu creu cysylltiad tls",
        ), "thunderbird/thunderbird-l10n:cy/mail/chrome/messenger/localMsgs.properties"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("cy.tls-required-k9-check", C.TLS_REQUIRED, (
            "tystysgrif ssl annilys",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-cy/strings.xml"),
        # K-9 Mail's account-setup check: cannot connect to server.
        Phrases("cy.network-error-k9-check", C.NETWORK_ERROR, (
            "methwyd cysylltu gyda'r gweinydd",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-cy/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("cy.auth-failed-k9-check", C.AUTH_FAILED, (
            "enw defnyddiwr neu gyfrinair anghywir",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-cy/strings.xml"),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("cy.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "gormod o gysylltiadau gweithredol",
        ), "Foundry376/Mailspring:app/lang/cy.json"),
        # Mailspring's 'The message has been blocked by Yahoo's outbound spam filter.'
        Phrases("cy.spam-content-mailspring", C.SPAM_CONTENT, (
            "hidlydd sbam allbound",
        ), "Foundry376/Mailspring:app/lang/cy.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("cy.relay-denied-mailspring", C.RELAY_DENIED, (
            "ni fyddai gweinydd smtp yn trosglwyddo neges",
        ), "Foundry376/Mailspring:app/lang/cy.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("cy.rate-limited-mailspring", C.RATE_LIMITED, (
            "gostyngodd lled band gmail",
            "rhagori ar eich cyfyngiad anfon dyddiol",
        ), "Foundry376/Mailspring:app/lang/cy.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("cy.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "yn cynnwys atodiad anghyfreithlon",
        ), "Foundry376/Mailspring:app/lang/cy.json"),
        # Mailspring's 'Authentication required.'
        Phrases("cy.auth-required-mailspring", C.AUTH_REQUIRED, (
            "angen dilysiad",
        ), "Foundry376/Mailspring:app/lang/cy.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("cy.auth-failed-mailspring", C.AUTH_FAILED, (
            "yn cefnogi dilysu enw defnyddiwr",
        ), "Foundry376/Mailspring:app/lang/cy.json"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("cy.tls-required-weak-k9", C.TLS_REQUIRED, (
            "gwall tystysgrif",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-cy/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("cy.network-error-weak-k9", C.NETWORK_ERROR, (
            "gwall cysylltiad",
            "gwall rhwydwaith",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-cy/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-cy/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-cy/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("cy.auth-failed-weak-k9", C.AUTH_FAILED, (
            "gwall dilysu",
            "methodd y dilysiad",
            "methwyd a dilysu",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-cy/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-cy/strings.xml", decisive=False),
        Phrases("cy.auth-failed", C.AUTH_FAILED, (
            "methu dilysu gweinydd", "yn cynnal y dull yma o ddilysu", "methwyd dilysu'r cyfrif",
        ), _TB + "; " + _RC),
        Phrases("cy.network-error", C.NETWORK_ERROR, (
            "gall fod nad yw'r gweinydd ar gael", "wedi ei golli yng nghanol trosglwyddiad",
            "methwyd cysylltu a'r gweinydd",
        ), _TB + "; " + _RC),
        Phrases("cy.message-too-large", C.MESSAGE_TOO_LARGE, (
            "yn fwy nag uchafswm eang", "mae maint y neges yn fwy na cyfyngiad",
        ), _TB + "; " + _RC),
        Phrases("cy.too-many-recipients", C.RATE_LIMITED, (
            "ganiatáu o dderbynwyr", "gormod o dderbynnwyr",
        ), _TB + "; " + _RC),
        Phrases("cy.smtputf8", C.CONTENT_REJECTED, (
            "yn cefnogi smtputf8", "yn cefnogi unicode mewn cyfeiriadau",
        ), _TB + "; " + _RC),
        Phrases("cy.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "methwyd gosod y danfonwr",
        ), _RC, decisive=False),
        Phrases("cy.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "fod eich cyfeiriad e-bost yn gywir",
        ), _TB, decisive=False),
        Phrases("cy.network-error-thunderbird", C.NETWORK_ERROR, (
            "efallai fod y gweinydd wedi'i ffurfweddu yn anghywir",
        ), _TB),
        Phrases("cy.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "yn caniatáu cyfrineiriau testun plaen",
        ), _TB),
        Phrases("cy.user-unknown-roundcube", C.USER_UNKNOWN, (
            "methwyd ychwanegu derbynwr",
        ), _RC, decisive=False),
        Phrases("cy.mailbox-full-evolution", C.MAILBOX_FULL, (
            "terfyn storfa wedi ei gyrraedd",
        ), _EVO),
        Phrases("cy.system-full-evolution", C.SYSTEM_FULL, (
            "ddim digon o storfa yn y system",
        ), _EVO),
        Phrases("cy.auth-required-evolution", C.AUTH_REQUIRED, (
            "angen dilysu",
        ), _EVO),
        Phrases("cy.auth-failed-evolution", C.AUTH_FAILED, (
            "methiant dros dro ar ddilysu", "dull dilysiant yn rhy wan",
        ), _EVO),
        Phrases("cy.has-moved-evolution", C.HAS_MOVED, (
            "defnyddiwr ddim yn un lleol",
        ), _EVO),
        Phrases("cy.user-unknown-evolution", C.USER_UNKNOWN, (
            "blwch ebost ddim ar gael", "ni chaniateir yr enw blwch ebost",
        ), _EVO, decisive=False),
        Phrases("cy.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "defnyddio'r hunaniaeth gywir",
        ), _TB, decisive=False),
        Phrases("cy.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "gwiriwch fod y derbynnydd neges",
        ), _TB, decisive=False),
        Phrases("cy.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "yn cynnal cyfrineiriau wedi eu hamgryptio",
        ), _TB),
        # Joomla 3's Welsh PHPMailer strings (PHPMAILER_*)
        Phrases("cy.auth-failed-joomla3", C.AUTH_FAILED, (
            "doedd dim modd dilysu",
        ), "cuongnd/banhangonline88_joomla:language/cy-GB/cy-GB.ini"),
        # Joomla 3's Welsh PHPMailer strings (PHPMAILER_*)
        Phrases("cy.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "roedd y cyfeiriad 'oddi wrth' canlynol wedi methu",
        ), "cuongnd/banhangonline88_joomla:language/cy-GB/cy-GB.ini"),
        # Joomla 3's Welsh PHPMailer strings (PHPMAILER_*)
        Phrases("cy.user-unknown-joomla3", C.USER_UNKNOWN, (
            "roedd y derbynwyr canlynol wedi methu",
        ), "cuongnd/banhangonline88_joomla:language/cy-GB/cy-GB.ini", decisive=False),
        # Joomla 3's Welsh PHPMailer strings (PHPMAILER_*)
        Phrases("cy.network-error-joomla3", C.NETWORK_ERROR, (
            "doedd dim modd cysylltu â'r lletywr smtp", "heb lwyddo i gysylltu smtp",
        ), "cuongnd/banhangonline88_joomla:language/cy-GB/cy-GB.ini"),
        # Joomla 3's Welsh PHPMailer strings (PHPMAILER_*)
        Phrases("cy.tls-required-joomla3", C.TLS_REQUIRED, (
            "doedd dim modd cychwyn tls",
        ), "cuongnd/banhangonline88_joomla:language/cy-GB/cy-GB.ini"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("cy.rate-limited-sogo", C.RATE_LIMITED, (
            "anfon gormod o bost",
        ), "Alinto/sogo:UI/MailerUI/Welsh.lproj/Localizable.strings"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("cy.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "cyn danfon y neges",
        ), "roundcube/roundcubemail:program/localization/cy_GB/messages.inc"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("cy.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("cysylltiad â gweinydd",),
            ("ei ailosod", "ei darfu"),
        ), "thunderbird/thunderbird-l10n:cy/mail/chrome/messenger/messenger.properties", window=40),
    ),
)
