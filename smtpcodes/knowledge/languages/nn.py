"""Norwegian Nynorsk (nn): the SMTP error messages that mail clients show in Nynorsk. Sources:
Thunderbird's Nynorsk composeMsgs.properties (thunderbird/thunderbird-l10n) and Roundcube's Nynorsk
messages.inc; nb.py reads Roundcube's other Nynorsk texts and the Nynorsk wordings Bokmål shares.
Also: Evolution's translated RFC 5321 reply texts (GNOME/evolution-data-server po/).
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_TB = (
    "thunderbird/thunderbird-l10n:nn-NO/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_RC = "roundcube/roundcubemail:program/localization/nn_NO/messages.inc"
_EVO = "GNOME/evolution-data-server:po/nn.po"

LANGUAGE = Language(
    code="nn",
    name="Norwegian Nynorsk",
    phrases=(
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("nn.auth-failed-weak-kimap", C.AUTH_FAILED, (
            "innlogginga var mislukka",
        ), "KDE/kimap:po/nn/libkimap6.po", decisive=False),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("nn.tls-required-kimap", C.TLS_REQUIRED, (
            "feil ved ssl-handtrykk",
        ), "KDE/kimap:po/nn/libkimap6.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): unable to log in
        # at the server, probably a wrong configuration, username or password.
        Phrases("nn.auth-failed-thunderbird-setup", C.AUTH_FAILED, (
            "klarte ikkje å logge inn på serveren",
        ), ("thunderbird/thunderbird-l10n:nn-NO/mail/chrome/messenger/accountCreationModel.pr"
            "operties")),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("nn.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "klarte ikkje å finne serveren",
        ), ("thunderbird/thunderbird-l10n:nn-NO/mail/chrome/messenger/accountCreationModel.pr"
            "operties")),
        # Thunderbird's account setup (accountSetup.ftl): authentication failed, the credentials
        # wrong or incomplete.
        Phrases("nn.auth-failed-weak-thunderbird-setup", C.AUTH_FAILED, (
            "misslykka autentisering",
        ), ("thunderbird/thunderbird-l10n:nn-NO/mail/messenger/accountcreation/accountSetup.f"
            "tl")),
        # Thunderbird's connection errors (messenger.properties): the connection failed or
        # refused.
        Phrases("nn.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "mislykka tilkopling til tenaren", "tilkoplinga vart avvist",
        ), "thunderbird/thunderbird-l10n:nn-NO/mail/chrome/messenger/messenger.properties", decisive=False),
        # Thunderbird's IMAP errors (imapMsgs.properties): no connection, the server
        # disconnected.
        Phrases("nn.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "klarte ikkje å kopla serveren", "har kopla frå",
        ), "thunderbird/thunderbird-l10n:nn-NO/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): a TLS error that cannot be
        # overridden.
        Phrases("nn.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "tls-feil som ikkje kan overstyrast",
        ), "thunderbird/thunderbird-l10n:nn-NO/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): plain-text or encrypted passwords not
        # supported, the Kerberos/GSSAPI ticket refused (POP3 alike).
        Phrases("nn.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "tillèt ikkje overføring av passord i klartekst",
            "ser ikkje ut til å stø krypterte passord", "kerberos/gssapi-ticketen din vart",
        ), "thunderbird/thunderbird-l10n:nn-NO/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("nn.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "klarte ikkje å senda passordet",
        ), "thunderbird/thunderbird-l10n:nn-NO/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("nn.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "klarte ikkje å opprette tls-oppkopling",
        ), "thunderbird/thunderbird-l10n:nn-NO/mail/chrome/messenger/localMsgs.properties"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("nn.tls-required-k9-check", C.TLS_REQUIRED, (
            "ugyldig ssl-sertifikast",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-nn/strings.xml"),
        # K-9 Mail's account-setup check: cannot connect to server.
        Phrases("nn.network-error-k9-check", C.NETWORK_ERROR, (
            "kan ikkje kopla til tenaren",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-nn/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("nn.auth-failed-k9-check", C.AUTH_FAILED, (
            "brukarnamn eller passord er feil",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-nn/strings.xml"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("nn.tls-required-weak-k9", C.TLS_REQUIRED, (
            "sertifikatfeil",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-nn/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("nn.network-error-weak-k9", C.NETWORK_ERROR, (
            "tilkoplingsfeil",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-nn/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-nn/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-nn/strings.xml", decisive=False),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("nn.auth-required-kmail", C.AUTH_REQUIRED, (
            "du må oppgje eit brukarnamn og eit passord",
        ), "KDE/kmailtransport:po/nn/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("nn.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "støttar ikkje autentisering",
        ), "KDE/kmailtransport:po/nn/libmailtransport6.po"),
        Phrases("nn.auth-failed", C.AUTH_FAILED, (
            "klarte ikkje å autentisere mot", "støttar ikkje den valde autentiseringsmetoden",
        ), _TB),
        Phrases("nn.network-error", C.NETWORK_ERROR, (
            "tilkoplinga til utgåande tenar", "vart broten midt i ein transaksjon",
            "fekk tidsavbrot",
        ), _TB),
        Phrases("nn.message-too-large", C.MESSAGE_TOO_LARGE, (
            "storleiken på meldinga du freistar å senda",
        ), _TB),
        Phrases("nn.too-many-recipients", C.RATE_LIMITED, (
            "overskriding av tillatne antal mottakarar", "for mange mottakarar",
        ), _TB + "; " + _RC),
        Phrases("nn.smtputf8", C.CONTENT_REJECTED, (
            "støttar ikkje smtputf8",
        ), _TB),
        Phrases("nn.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "kontroller at e-postadressa er rett",
        ), _TB, decisive=False),
        Phrases("nn.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "brukar rett identitet til å sende",
        ), _TB, decisive=False),
        Phrases("nn.network-error-thunderbird", C.NETWORK_ERROR, (
            "tenaren kan vere feilkonfigurert",
        ), _TB),
        Phrases("nn.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "ticketen vart ikkje godkjend",
        ), _TB),
        Phrases("nn.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "tillèt ikkje passord i rein tekst",
        ), _TB),
        Phrases("nn.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "ser ikkje ut til å støtte krypterte passord",
        ), _TB),
        Phrases("nn.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "kontroller mottakaren",
        ), _TB, decisive=False),
        Phrases("nn.auth-failed-evolution", C.AUTH_FAILED, (
            "mellombels autentiseringsfeil",
        ), _EVO),
        Phrases("nn.user-unknown-roundcube", C.USER_UNKNOWN, (
            "klarte ikkje å leggja til mottakar",
        ), _RC, decisive=False),
        Phrases("nn.mailbox-full-evolution", C.MAILBOX_FULL, (
            "gjekk over tildelt lagringsplass",
        ), _EVO),
        Phrases("nn.system-full-evolution", C.SYSTEM_FULL, (
            "for lite lagerplass på systemet",
        ), _EVO),
        Phrases("nn.auth-required-evolution", C.AUTH_REQUIRED, (
            "autentisering påkrevd",
        ), _EVO),
        Phrases("nn.tls-required-evolution", C.TLS_REQUIRED, (
            "kryptering påkravd for den etterspurde",
        ), _EVO),
        Phrases("nn.has-moved-evolution", C.HAS_MOVED, (
            "brukar ikkje lokal",
        ), _EVO),
        Phrases("nn.user-unknown-evolution", C.USER_UNKNOWN, (
            "postboks utilgjengeleg", "postboksnamnet ikkje tillate",
        ), _EVO, decisive=False),
        Phrases("nn.auth-failed-evolution-response", C.AUTH_FAILED, (
            "ugyldig autentiseringssvar frå tenaren",
        ), _EVO),
        Phrases("nn.sender-rejected-evolution", C.SENDER_REJECTED, (
            "sendaradressa ikkje gyldig",
        ), _EVO, decisive=False),
        # SquirrelMail's nn_NO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("nn.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "treng ein passord overgang",
            "mellombels misslukka autentifisering",
            "mekanismen for autentisering er for svak",
        ), "sitle/squirrelmail-src:locales/locale/nn_NO/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's nn_NO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("nn.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "postboksen ikkje tilgjengeleg",
            "postboks ikkje tilgjengeleg",
            "forbode postboks namn",
        ), "sitle/squirrelmail-src:locales/locale/nn_NO/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's nn_NO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("nn.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "feil behandlaren",
        ), "sitle/squirrelmail-src:locales/locale/nn_NO/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's nn_NO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("nn.system-full-squirrelmail", C.SYSTEM_FULL, (
            "manglar lagerplass",
        ), "sitle/squirrelmail-src:locales/locale/nn_NO/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's nn_NO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("nn.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "kommando ikkje implementert",
            "kommando parameter ikkje implementert",
        ), "sitle/squirrelmail-src:locales/locale/nn_NO/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's nn_NO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("nn.bad-sequence-squirrelmail", C.BAD_SEQUENCE, (
            "feil rekkjefølge av kommandoar",
        ), "sitle/squirrelmail-src:locales/locale/nn_NO/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's nn_NO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("nn.auth-required-squirrelmail", C.AUTH_REQUIRED, (
            "krev autentisering",
        ), "sitle/squirrelmail-src:locales/locale/nn_NO/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's nn_NO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("nn.auth-failed-weak-squirrelmail", C.AUTH_FAILED, (
            "autentiseringa mislukkast",
        ), "sitle/squirrelmail-src:locales/locale/nn_NO/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's nn_NO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("nn.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "krev kryptering for ønska autentisering",
        ), "sitle/squirrelmail-src:locales/locale/nn_NO/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's nn_NO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("nn.has-moved-squirrelmail", C.HAS_MOVED, (
            "ikkje lokal brukar",
        ), "sitle/squirrelmail-src:locales/locale/nn_NO/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's nn_NO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("nn.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "utenfor minnetildelinga",
        ), "sitle/squirrelmail-src:locales/locale/nn_NO/LC_MESSAGES/squirrelmail.po"),
        # Joomla 3's Norwegian Nynorsk PHPMailer strings (PHPMAILER_*)
        Phrases("nn.auth-failed-joomla3", C.AUTH_FAILED, (
            "kunne ikkje autentisere",
        ), "cuongnd/banhangonline88_joomla:language/nn-NO/nn-NO.ini"),
        # Joomla 3's Norwegian Nynorsk PHPMailer strings (PHPMAILER_*)
        Phrases("nn.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "følgjande frå-adresse feila",
        ), "cuongnd/banhangonline88_joomla:language/nn-NO/nn-NO.ini"),
        # Joomla 3's Norwegian Nynorsk PHPMailer strings (PHPMAILER_*)
        Phrases("nn.user-unknown-joomla3", C.USER_UNKNOWN, (
            "følgjande mottakarar feila",
        ), "cuongnd/banhangonline88_joomla:language/nn-NO/nn-NO.ini", decisive=False),
        # Joomla 3's Norwegian Nynorsk PHPMailer strings (PHPMAILER_*)
        Phrases("nn.network-error-joomla3", C.NETWORK_ERROR, (
            "kunne ikkje kople til smtp-tenaren", "mislukka smtp-tilkopling",
        ), "cuongnd/banhangonline88_joomla:language/nn-NO/nn-NO.ini"),
        # Joomla 3's Norwegian Nynorsk PHPMailer strings (PHPMAILER_*)
        Phrases("nn.tls-required-joomla3", C.TLS_REQUIRED, (
            "kunne ikkje starte tls",
        ), "cuongnd/banhangonline88_joomla:language/nn-NO/nn-NO.ini"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("nn.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "sekund for å senda meldinga",
        ), "roundcube/roundcubemail:program/localization/nn_NO/messages.inc"),
        # Mailpile's SMTP/IMAP login errors (smtp_client.py, mail_source/): the server refused the
        # login (AUTH or OAuth2), a bad character in the username or password.
        Phrases("nn.auth-failed-mailpile", C.AUTH_FAILED, (
            "feil brukarnamn eller passord",
            "ugyldig brukarnamn eller passord",
        ), "mailpile/Mailpile:shared-data/locale/nn_NO/LC_MESSAGES/mailpile.po"),
        # Mailpile's SMTP client: the server refused the envelope sender (MAIL FROM).
        Phrases("nn.sender-rejected-mailpile", C.SENDER_REJECTED, (
            "avviste sendaren",
        ), "mailpile/Mailpile:shared-data/locale/nn_NO/LC_MESSAGES/mailpile.po"),
        # Mailpile's connection errors (conn_brokers, smtp_client): could not connect, the
        # connection timed out or was refused, the host unreachable.
        Phrases("nn.network-error-mailpile", C.NETWORK_ERROR, (
            "fekk eit tidsavbrot",
        ), "mailpile/Mailpile:shared-data/locale/nn_NO/LC_MESSAGES/mailpile.po"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("nn.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("tilkoplinga til tenar",),
            ("nullstilt", "avbroten"),
        ), "thunderbird/thunderbird-l10n:nn-NO/mail/chrome/messenger/messenger.properties", window=50),
    ),
)
