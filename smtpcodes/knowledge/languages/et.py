"""Estonian (et): the SMTP error messages that mail clients and mail libraries show in
Estonian. Sources: Thunderbird's Estonian composeMsgs.properties (thunderbird/thunderbird-l10n),
Roundcube's Estonian messages.inc, PHPMailer's Estonian language file and IMP webmail's Estonian
translation (horde/imp).
Also: Evolution's translated RFC 5321 reply texts (GNOME/evolution-data-server po/).
Also: Mailman 2's refusals (jaredmauch/mailman2-python3); Sympa's delivery notices (sympa-
community/sympa po/sympa/).
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/).
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them.
Also: Geary's, Balsa's, Claws Mail's and Sylpheed's translated send errors, Mailspring's, Nextcloud
Mail's, FairEmail's, Thunderbird for Android's and Delta Chat's translated account and login errors,
where this language has them."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_TB = (
    "thunderbird/thunderbird-l10n:et/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_RC = "roundcube/roundcubemail:program/localization/et_EE/messages.inc"
_PM = "PHPMailer/PHPMailer:language/phpmailer.lang-et.php"
_IMP = "horde/imp:locale/et/LC_MESSAGES/imp.po"
_EVO = "GNOME/evolution-data-server:po/et.po"
_MAILMAN = "jaredmauch/mailman2-python3:messages/et/LC_MESSAGES/mailman.po"
_SYMPA = "sympa-community/sympa:po/sympa/et.po"

LANGUAGE = Language(
    code="et",
    name="Estonian",
    phrases=(
        # Sympa's subject for the notice to a sender whose message held a virus ('A virus in your email').
        Phrases("et.virus-sympa-email", C.VIRUS, (
            "teie kirjas on viirus",
        ), "sympa-community/sympa:po/sympa/et.po"),
        # Mutt's authentication errors (po/): anonymous, CRAM-MD5, GSSAPI, SASL or APOP
        # authentication failed, LOGIN disabled on the server, login failed.
        Phrases("et.auth-failed-mutt-po", C.AUTH_FAILED, (
            "meldimine ebaõnnestus", "on sellel serveril blokeeritud",
        ), "muttmua/mutt:po/et.po"),
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write.
        Phrases("et.network-error-mutt-po", C.NETWORK_ERROR, (
            "ei leia masina", "ei õnnestu ühendust luua", "server sulges ühenduse",
            "viga serveriga ühenduse loomisel",
        ), "muttmua/mutt:po/et.po"),
        # Mutt's TLS errors (po/): TLS could not be negotiated, no encrypted connection, SSL
        # failed, the server certificate expired, untrusted or not matching the host name, its
        # verification failed.
        Phrases("et.tls-required-mutt-po", C.TLS_REQUIRED, (
            "tls ühendust ei õnnestu kokku leppida", "ssl ebaõnnestus",
            "serveri sertifikaat on aegunud", "ei õnnestu saada partneri sertifikaati",
        ), "muttmua/mutt:po/et.po"),
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("et.auth-failed-weak-kimap", C.AUTH_FAILED, (
            "sisselogimine nurjus",
        ), "KDE/kimap:po/et/libkimap6.po", decisive=False),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("et.tls-required-kimap", C.TLS_REQUIRED, (
            "tls läbirääkimised nurjusid", "ssl-käepigistus nurjus",
        ), "KDE/kimap:po/et/libkimap6.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): unable to log in
        # at the server, probably a wrong configuration, username or password.
        Phrases("et.auth-failed-thunderbird-setup", C.AUTH_FAILED, (
            "serverisse pole võimalik sisse logida",
        ), ("thunderbird/thunderbird-l10n:et/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("et.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "serverit ei leitud",
        ), ("thunderbird/thunderbird-l10n:et/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's account setup (accountSetup.ftl): authentication failed, the credentials
        # wrong or incomplete.
        Phrases("et.auth-failed-weak-thunderbird-setup", C.AUTH_FAILED, (
            "tuvastamine ebaõnnestus",
        ), "thunderbird/thunderbird-l10n:et/mail/messenger/accountcreation/accountSetup.ftl", decisive=False),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("et.network-error-kdepim", C.NETWORK_ERROR, (
            "ühenduse loomine imap serveriga nurjus", "ühendus kadus",
            "ühendus katkestati sisselogimise ajal",
        ), "KDE/kdepim-runtime:po/et/akonadi_imap_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("et.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "server pole kättesaadav",
        ), "KDE/kdepim-runtime:po/et/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("et.tls-required-glib-networking", C.TLS_REQUIRED, (
            "server nõudis tls-sertifikaati", "tls-ühendust pole võimalik luua",
            "tls-ühendus suleti ootamatult", "ei tagastanud sertifikaati", "tls-kätluse",
            "lubamatu tls-sertifikaat",
        ), "GNOME/glib-networking:po/et.po"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("et.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "tls-ühenduse loomine",
        ), "thunderbird/thunderbird-l10n:et/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's connection errors (messenger.properties): the connection failed, refused
        # or timed out.
        Phrases("et.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "ühendumine serveriga", "keeldus ühenduse loomisest", "ühendamise ajalimiit",
        ), "thunderbird/thunderbird-l10n:et/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the connection refused or broken by
        # the server.
        Phrases("et.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "ühendusest keelduti", "katkestas ühenduse",
        ), "thunderbird/thunderbird-l10n:et/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): an unrecoverable TLS error.
        Phrases("et.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "möödapääsmatu tlsi viga",
        ), "thunderbird/thunderbird-l10n:et/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("et.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "parooli edastamine ei õnnestunud",
        ), "thunderbird/thunderbird-l10n:et/mail/chrome/messenger/localMsgs.properties"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("et.tls-required-k9-check", C.TLS_REQUIRED, (
            "vigast ssl sertifikaati",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-et/strings.xml"),
        # K-9 Mail's account-setup check: cannot connect to server.
        Phrases("et.network-error-k9-check", C.NETWORK_ERROR, (
            "ei saa serveriga ühendust",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-et/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("et.auth-failed-k9-check", C.AUTH_FAILED, (
            "vale kasutajanimi või salasõna",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-et/strings.xml"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("et.tls-required-weak-k9", C.TLS_REQUIRED, (
            "sertifikaadiviga",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-et/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("et.network-error-weak-k9", C.NETWORK_ERROR, (
            "võrguühenduse viga",
            "ühenduse viga",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-et/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-et/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-et/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("et.auth-failed-weak-k9", C.AUTH_FAILED, (
            "viga autentimisel",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-et/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-et/strings.xml", decisive=False),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("et.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "liiga palju aktiivseid ühendusi",
        ), "Foundry376/Mailspring:app/lang/et.json"),
        # Mailspring's 'The message has been blocked by Yahoo's outbound spam filter.'
        Phrases("et.spam-content-mailspring", C.SPAM_CONTENT, (
            "väljuva rämpsposti filtri",
        ), "Foundry376/Mailspring:app/lang/et.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("et.relay-denied-mailspring", C.RELAY_DENIED, (
            "smtp-server ei edasta sõnumit",
        ), "Foundry376/Mailspring:app/lang/et.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("et.rate-limited-mailspring", C.RATE_LIMITED, (
            "gmaili ribalaius on ületatud",
            "ületanud oma igapäevase saatmise piiri",
        ), "Foundry376/Mailspring:app/lang/et.json"),
        # Mailspring's 'Connection Error - Unable to connect to the server / port you provided.'
        Phrases("et.network-error-mailspring", C.NETWORK_ERROR, (
            "pordiga ühenduse luua",
        ), "Foundry376/Mailspring:app/lang/et.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("et.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "sisaldab illegaalset manust",
        ), "Foundry376/Mailspring:app/lang/et.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("et.auth-failed-mailspring", C.AUTH_FAILED, (
            "autentimise viga",
            "ei toeta põhilist kasutajanime",
            "ei saa enam autentimiseks kasutada",
        ), "Foundry376/Mailspring:app/lang/et.json"),
        # SnappyMail's 'Invalid recipients' notification (the RCPT refusal it shows).
        Phrases("et.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "puudulikud saajad",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/et/user.json", decisive=False),
        # SnappyMail's 'Can't connect to server' notification.
        Phrases("et.network-error-snappymail", C.NETWORK_ERROR, (
            "serveriga ühendumine ebaõnnestus",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/et/user.json"),
        # SnappyMail's bare 'Authentication failed' notification.
        Phrases("et.auth-failed-weak-snappymail", C.AUTH_FAILED, (
            "autentimine ebaõnnestus",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/et/user.json", decisive=False),
        # Cypht's 'Failed to authenticate to the SMTP server' and 'Connected, but failed to authenticate to the SMTP server'.
        Phrases("et.auth-failed-cypht", C.AUTH_FAILED, (
            "autentimine smtp serveris ebaõnnestus",
            "smtp serveriga autentimine ei toimi",
        ), "cypht-org/cypht:language/et.php"),
        # Cypht's 'Could not add server: Connection refused'.
        Phrases("et.network-error-cypht", C.NETWORK_ERROR, (
            "ühendus ei toimi",
        ), "cypht-org/cypht:language/et.php"),
        # Delta Chat's login failure for want of an internet connection.
        Phrases("et.network-error-deltachat", C.NETWORK_ERROR, (
            "internetiühendus puudub",
        ), "deltachat/deltachat-android:src/main/res/values-et/strings.xml"),
        # Delta Chat's login failure: cannot log in as the address; check the address and the password.
        Phrases("et.auth-failed-deltachat", C.AUTH_FAILED, (
            "ei õnnestu sisse logida",
        ), "deltachat/deltachat-android:src/main/res/values-et/strings.xml"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("et.auth-required-kmail", C.AUTH_REQUIRED, (
            "on vaja kasutajanime ja parooli",
        ), "KDE/kmailtransport:po/et/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("et.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "ei toeta autentimist",
        ), "KDE/kmailtransport:po/et/libmailtransport6.po"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("et.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "suurem kui serveri limiit",
        ), "M66B/FairEmail:app/src/main/res/values-et-rEE/strings.xml"),
        Phrases("et.auth-failed", C.AUTH_FAILED, (
            "autentimine smtp-serveriga", "ei toeta valitud autentimise viisi",
            "autoriseerimise viga", "autentimine nurjus",
        ), _TB + "; " + _PM + "; " + _RC),
        Phrases("et.network-error", C.NETWORK_ERROR, (
            "ühendumine smtp-serveriga", "katkes keset kirja saatmist", "ühendus smtp-serverisse",
            "ei õnnestunud luua ühendust smtp serveriga", "smtp connect() ebaõnnestus",
            "serveriga ühendumine nurjus",
        ), _TB + "; " + _PM + "; " + _RC),
        Phrases("et.message-too-large", C.MESSAGE_TOO_LARGE, (
            "ületab üldise suuruspiirangu", "kirja suurus ületab serveri limiiti",
        ), _TB + "; " + _RC),
        Phrases("et.too-many-recipients", C.RATE_LIMITED, (
            "lubatud adressaatide arvu ületamise", "liiga palju adressaate",
            "sul ei ole lubatud saata rohkem kui",
        ), _TB + "; " + _RC + "; " + _IMP),
        Phrases("et.smtputf8", C.CONTENT_REJECTED, (
            "ei toeta smtputf8", "server ei toeta unicode",
        ), _TB + "; " + _RC),
        Phrases("et.sender-rejected", C.SENDER_REJECTED, (
            "järgnev saatja e-posti aadress on vigane",
        ), _PM),
        Phrases("et.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "saatjaks määramine nurjus",
        ), _RC, decisive=False),
        Phrases("et.network-error-thunderbird", C.NETWORK_ERROR, (
            "server võib olla valesti seadistatud",
        ), _TB),
        Phrases("et.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "ei aktsepteerinud kerberose",
        ), _TB),
        Phrases("et.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "ei luba krüptimata kujul paroole",
        ), _TB),
        Phrases("et.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "järgnevate saajate e-posti aadressid on vigased", "saajaks määramine nurjus",
        ), _PM + "; " + _RC, decisive=False),
        Phrases("et.system-full-evolution", C.SYSTEM_FULL, (
            "süsteemis pole piisavalt ruumi",
        ), _EVO),
        Phrases("et.auth-required-evolution", C.AUTH_REQUIRED, (
            "autentimine on vajalik",
        ), _EVO),
        Phrases("et.auth-failed-evolution", C.AUTH_FAILED, (
            "ajutine autentimise tõrge", "autentimismehhanism on liiga nõrk",
        ), _EVO),
        Phrases("et.tls-required-evolution", C.TLS_REQUIRED, (
            "jaoks on krüptimine vajalik",
        ), _EVO),
        Phrases("et.has-moved-evolution", C.HAS_MOVED, (
            "pole kohalik kasutaja",
        ), _EVO),
        Phrases("et.user-unknown-evolution", C.USER_UNKNOWN, (
            "kirjakast ei ole saadaval", "kirjakastil on lubamatu nimi",
        ), _EVO, decisive=False),
        Phrases("et.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "teenus ei ole saadaval",
        ), _EVO, decisive=False),
        Phrases("et.server-error-evolution", C.SERVER_ERROR, (
            "viga töötlemisel",
        ), _EVO, decisive=False),
        Phrases("et.syntax-error-evolution", C.SYNTAX_ERROR, (
            "viga süntaksis",
        ), _EVO, decisive=False),
        Phrases("et.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "käsku ei ole veel teostatud",
        ), _EVO, decisive=False),
        Phrases("et.auth-failed-evolution-response", C.AUTH_FAILED, (
            "vigane autentimise vastus",
        ), _EVO),
        Phrases("et.sender-rejected-evolution", C.SENDER_REJECTED, (
            "saatja aadress on vigane",
        ), _EVO, decisive=False),
        Phrases("et.sender-rejected-mailman", C.SENDER_REJECTED, (
            "oled selle listi mustas nimekirjas", "pole listi liikmete nimekirjas",
            "saavad postitada ainult listi liikmed",
        ), _MAILMAN),
        Phrases("et.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "kiri on liiga suur", "kiri oli liiga suur",
        ), _MAILMAN),
        Phrases("et.content-rejected-mailman", C.CONTENT_REJECTED, (
            "seda tüüpi kirju siia listi ei lubata", "kirja sisu tüüp ei olnud lubatud",
            "sellise laiendiga faile siia listi ei lubata", "manusefaili laiend ei olnud lubatud",
            "ei jäänud kirjast mitte midagi järgi",
        ), _MAILMAN),
        Phrases("et.user-unknown-sympa", C.USER_UNKNOWN, (
            "tundmatu list", "see aadress ei ole listi aadress",
        ), _SYMPA),
        Phrases("et.sender-rejected-sympa", C.SENDER_REJECTED, (
            "kirja edastamine: volitus keelatud",
            "kirjade levitamine selles listis ei ole lubatud",
        ), _SYMPA),
        Phrases("et.virus-sympa", C.VIRUS, (
            "viirusetõrje programm leidis viiruse",
        ), _SYMPA),
        Phrases("et.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "kasutad saatmiseks õiget identiteeti",
        ), _TB, decisive=False),
        Phrases("et.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "kontrolli kirja adressaati",
        ), _TB, decisive=False),
        Phrases("et.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "ei toeta krüptitud paroole",
        ), _TB),
        # SquirrelMail's et_EE translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("et.service-unavailable-weak-squirrelmail", C.SERVICE_UNAVAILABLE, (
            "sulgen kanali",
        ), "sitle/squirrelmail-src:locales/locale/et_EE/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's et_EE translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("et.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "kirjakast pole kättesaadav",
            "sellist kirjakasti nime ei lubata",
        ), "sitle/squirrelmail-src:locales/locale/et_EE/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's et_EE translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("et.system-full-squirrelmail", C.SYSTEM_FULL, (
            "kettaruumi ei jätku",
        ), "sitle/squirrelmail-src:locales/locale/et_EE/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's et_EE translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("et.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "ajutine identifitseerimise ebaõnnestumine",
            "identifitseerimise meetod on liiga ebaturvaline",
        ), "sitle/squirrelmail-src:locales/locale/et_EE/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's et_EE translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("et.syntax-error-squirrelmail", C.SYNTAX_ERROR, (
            "käsust ei saadud aru",
            "süntaksi viga parameetrites",
        ), "sitle/squirrelmail-src:locales/locale/et_EE/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's et_EE translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("et.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "toimingut ei ole defineeritud",
            "toimingu parameetrit ei ole defineeritud",
        ), "sitle/squirrelmail-src:locales/locale/et_EE/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's et_EE translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("et.bad-sequence-squirrelmail", C.BAD_SEQUENCE, (
            "toimingute vale järjekord",
        ), "sitle/squirrelmail-src:locales/locale/et_EE/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's et_EE translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("et.auth-required-squirrelmail", C.AUTH_REQUIRED, (
            "nõutakse identifitseerimist",
        ), "sitle/squirrelmail-src:locales/locale/et_EE/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's et_EE translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("et.auth-failed-weak-squirrelmail", C.AUTH_FAILED, (
            "identifitseerimine ei õnnestunud",
        ), "sitle/squirrelmail-src:locales/locale/et_EE/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's et_EE translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("et.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "identifitseerimise meetod nõuab krüpteerimist",
        ), "sitle/squirrelmail-src:locales/locale/et_EE/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's et_EE translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("et.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "kettalimiiti ei jätku",
        ), "sitle/squirrelmail-src:locales/locale/et_EE/LC_MESSAGES/squirrelmail.po"),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("et.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "moderaator lükkas tagasi teie taotluse",
        ), "jaredmauch/mailman2-python3:templates/et/refuse.txt"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("et.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "edastati listi moderaatorile läbivaatuseks",
        ), "jaredmauch/mailman2-python3:templates/et/postheld.txt"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, Emergency.py, SpamDetect.py): a
        # moderated list, an implicit destination, a restricted list's approval, administrivia, a
        # suspicious header, a post the moderator deemed inappropriate, an emergency hold, a header
        # filter rule.
        Phrases("et.policy-violation-mailman-moderation", C.POLICY_VIOLATION, (
            "kahtlane päis", "modereeritud uudisegruppi", "pimekoopiad",
            "see kiri ei sobi sellesse listi",
            "postitus modereeritud listi",
            "kirjal puudub sihtaadress",
            "vaja toimetaja nõusolekut",
            "sisaldab administratiivkorraldusi",
            "kirja päised on kahtlased",
            "peetakse läbivaatuseks kinni",
            "filter pidas kirja kinni",
        ), "jaredmauch/mailman2-python3:messages/et/LC_MESSAGES/mailman.po"),
        # Sympa's translated send-scenario refusals: distribution in the list not allowed, or restricted
        # (to subscribers, moderators, local users).
        Phrases("et.sender-rejected-sympa-distribution", C.SENDER_REJECTED, (
            "kirju võivad saata vaid",
        ), "sympa-community/sympa:po/sympa/et.po"),
        # Sympa's translated refusal of a MIME multipart post.
        Phrases("et.content-rejected-sympa", C.CONTENT_REJECTED, (
            "mitmeosalisi kirju ei ole",
        ), "sympa-community/sympa:po/sympa/et.po"),
        # Sympa's translated reject.tt2 and delivery status notification: the moderator rejected the
        # post, or it was forwarded to the moderators for approval.
        Phrases("et.policy-violation-sympa", C.POLICY_VIOLATION, (
            "lükati tagasi moderaatori",
            "saadeti edasi listi toimetaja",
        ), "sympa-community/sympa:po/sympa/et.po"),
        # Sylpheed's translated SMTP session errors ("Can't start TLS session").
        Phrases("et.tls-required-sylpheed", C.TLS_REQUIRED, (
            "ei suuda avada tls sessiooni",
        ), "sylpheed-mail/sylpheed:po/et.po"),
        # Sylpheed's translated SMTP session errors ("SMTP AUTH not available / Authentication failed").
        Phrases("et.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp auth pole saadav",
        ), "sylpheed-mail/sylpheed:po/et.po"),
        # Sylpheed's translated SMTP session errors ("Connection closed by the remote host / Can't connect to SMTP server").
        Phrases("et.network-error-sylpheed", C.NETWORK_ERROR, (
            "ei saa ühendust smtp serveriga",
        ), "sylpheed-mail/sylpheed:po/et.po"),
        # Sylpheed's translated "SSL certificate verify failed" (the server's certificate did not verify).
        Phrases("et.tls-required-sylpheed-ssl", C.TLS_REQUIRED, (
            "ssl ühendus ebaõnnestus",
        ), "sylpheed-mail/sylpheed:po/et.po"),
        # FairEmail: no (suitable) internet connection (weak).
        Phrases("et.network-error-weak-fairemail", C.NETWORK_ERROR, (
            "pole internetiühendust",
        ), "M66B/FairEmail:app/src/main/res/values-et-rEE/strings.xml", decisive=False),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("et.tls-required-mailspring", C.TLS_REQUIRED, (
            "starttls pole saadaval",
            "tls pole saadaval",
        ), "Foundry376/Mailspring:app/lang/et.json"),
        # Sylpheed's SMTP session errors: the session timed out, the server not found, an error during authentication.
        Phrases("et.auth-failed-sylpheed-session", C.AUTH_FAILED, (
            "autoriseerimisel tekkis viga",
        ), "sylpheed-mail/sylpheed:po/et.po"),
        # Joomla 3's Estonian PHPMailer strings (PHPMAILER_*)
        Phrases("et.auth-failed-joomla3", C.AUTH_FAILED, (
            "kasutaja tuvastamine ebaõnnestus",
        ), "cuongnd/banhangonline88_joomla:language/et-EE/et-EE.ini"),
        # Joomla 3's Estonian PHPMailer strings (PHPMAILER_*)
        Phrases("et.user-unknown-joomla3", C.USER_UNKNOWN, (
            "järgmistele aadressidele saatmine ebaõnnestus",
        ), "cuongnd/banhangonline88_joomla:language/et-EE/et-EE.ini", decisive=False),
        # Joomla 3's Estonian PHPMailer strings (PHPMAILER_*)
        Phrases("et.network-error-joomla3", C.NETWORK_ERROR, (
            "hostiga ühendumine ebaõnnestus",
        ), "cuongnd/banhangonline88_joomla:language/et-EE/et-EE.ini"),
        # Joomla 3's Estonian PHPMailer strings (PHPMAILER_*)
        Phrases("et.tls-required-joomla3", C.TLS_REQUIRED, (
            "tls-i käivitamine ebaõnnestus",
        ), "cuongnd/banhangonline88_joomla:language/et-EE/et-EE.ini"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("et.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "enne selle kirja saatmist",
        ), "roundcube/roundcubemail:program/localization/et_EE/messages.inc"),
        # Microsoft's help title for Exchange Online's 5.1.90 NDR: the sender's daily recipient limit reached.
        Phrases("et.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "päevase adressaadi määra piirangu",
            "adressaatide päevalimiiti",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.et-EE:AlchemyInsights/5-1-90-your-message-cant-be-sent-daily-limit.md"),
        # Microsoft's help title for SharePoint's 'Daily email limit exceeded. Workflow is suspended'.
        Phrases("et.rate-limited-daily-email-workflow", C.RATE_LIMITED, (
            "päevane meililimiit",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.et-EE:AlchemyInsights/daily-email-limit-exceeded.md"),
        # Microsoft's help on Exchange Online's mailbox receiving limit (3,600 messages an hour): senders get a 5.2.121 or 5.2.122 NDR saying the mailbox exceeded its maximum delivery threshold.
        Phrases("et.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "maksimaalse kohaletoimetamisläve",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.et-EE:AlchemyInsights/mailbox-receiving-limit.md"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        Phrases("et.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "adressaatide arvu piirangu ületamist",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.et-EE:AlchemyInsights/need-help-with-email-sending-limits.md"),
        # Kopano's MAPI error text (m4lcommon/Util.cpp, MAPI_E_STORE_FULL), translated: the message store has reached its maximum size.
        Phrases("et.mailbox-full-kopano", C.MAILBOX_FULL, (
            "sõnum kauplus on saavutanud maksimaalse suuruse",
        ), "Kopano-dev/kopano-core:po/et.po"),
        # Kopano spooler's NDR text (spooler/Spooler.cpp), translated: a fatal error while processing the message, Kopano cannot send it.
        Phrases("et.server-error-kopano", C.SERVER_ERROR, (
            "töötlemisel ilmnes viga",
        ), "Kopano-dev/kopano-core:po/et.po"),
        # Kopano spooler's send-as refusals (spooler/mailer.cpp), translated: the user or group to send as is not found; not allowed to send as them.
        Phrases("et.sender-rejected-send-as", C.SENDER_REJECTED, (
            "kasutaja või rühma üritate saata",
            "teil ei ole lubatud saata kui kasutaja",
        ), "Kopano-dev/kopano-core:po/et.po"),
        # Nextcloud Mail's translated SMTP account errors (l10n/): the SMTP server is not reachable; the SMTP connection failed.
        Phrases("et.network-error-nextcloud-mail", C.NETWORK_ERROR, (
            "smtp server pole leitav",
            "ühendust ei õnnestunud luua",
        ), "nextcloud/mail:l10n/et_EE.json"),
        # Nextcloud Mail's translated SMTP account errors (l10n/): wrong SMTP user name or password; the server denied authentication; SMTP authentication error.
        Phrases("et.auth-failed-nextcloud-mail", C.AUTH_FAILED, (
            "keeldus autentimisest",
            "kasutajanimi või salasõna on valed",
            "smtp autentimisviga",
        ), "nextcloud/mail:l10n/et_EE.json"),
        # Microsoft 365's localized help on the sender (account) blocked for sending too much spam (AlchemyInsights sender-blocked-for-sending-too-much-spam; the restricted users portal).
        Phrases("et.sender-rejected-exchange-spam", C.SENDER_REJECTED, (
            "blokeeritud liiga palju rämpsposti saatmiseks",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.et-EE:AlchemyInsights/sender-blocked-for-sending-too-much-spam.md"),
        # Microsoft 365's machine-translated help for 550 5.7.511 'Access denied, banned sender' (AlchemyInsights ip-blocked-for-sending-too-much-spam-550-5-7-51).
        Phrases("et.blocklisted-microsoft-banned-sender", C.BLOCKLISTED, (
            "keelatud saatja",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.et-EE:AlchemyInsights/ip-blocked-for-sending-too-much-spam-550-5-7-51.md"),
    ),
    together=(
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write. The address or mechanism between the words.
        Together("et.together-network-error-mutt", C.NETWORK_ERROR, (
            ("ühendus serveriga",),
            ("suleti",),
        ), "muttmua/mutt:po/et.po", window=40),
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("et.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("ühendus serveriga",),
            ("lähtestati", "katkestati", "ebaõnnestus"),
        ), "thunderbird/thunderbird-l10n:et/mail/chrome/messenger/messenger.properties", window=50),
    ),
)
