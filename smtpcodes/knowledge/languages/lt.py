"""Lithuanian (lt): the SMTP error messages that mail clients and mail libraries show in
Lithuanian. Sources: Thunderbird's Lithuanian composeMsgs.properties
(thunderbird/thunderbird-l10n), Roundcube's Lithuanian messages.inc, PHPMailer's Lithuanian
language file and IMP webmail's Lithuanian translation (horde/imp).
Also: Evolution's translated RFC 5321 reply texts (GNOME/evolution-data-server po/).
Also: SOGo's send errors (Alinto/sogo UI/MailerUI); glibc's strerror and resolver texts
(bminor/glibc po/).
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
    "thunderbird/thunderbird-l10n:lt/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_RC = "roundcube/roundcubemail:program/localization/lt_LT/messages.inc"
_PM = "PHPMailer/PHPMailer:language/phpmailer.lang-lt.php"
_IMP = "horde/imp:locale/lt/LC_MESSAGES/imp.po"
_EVO = "GNOME/evolution-data-server:po/lt.po"
_SOGO = "Alinto/sogo:UI/MailerUI/Lithuanian.lproj/Localizable.strings"
_GLIBC = "bminor/glibc:po/lt.po"

LANGUAGE = Language(
    code="lt",
    name="Lithuanian",
    phrases=(
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("lt.auth-failed-weak-kimap", C.AUTH_FAILED, (
            "nepavyko prisijungti prie paskyros",
        ), "KDE/kimap:po/lt/libkimap6.po", decisive=False),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("lt.tls-required-kimap", C.TLS_REQUIRED, (
            "tls suderinimas patyrė nesėkmę", "ssl suderinimas patyrė nesėkmę",
        ), "KDE/kimap:po/lt/libkimap6.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("lt.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "nepavyko rasti serverio",
        ), ("thunderbird/thunderbird-l10n:lt/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("lt.network-error-kdepim", C.NETWORK_ERROR, (
            "negalima užmegzti ryšio", "negalima prisijungti prie serverio",
            "atjungta nuo serverio", "ryšys nutrūko",
        ), "KDE/kdepim-runtime:po/lt/akonadi_pop3_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("lt.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "serveris nepasiekiamas",
        ), "KDE/kdepim-runtime:po/lt/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("lt.tls-required-glib-networking", C.TLS_REQUIRED, (
            "reikalauja tls liudijimo", "nepriimtinas tls liudijimas",
            "nepavyko užmegsti tls ryšio", "tls rankos paspaudimo",
            "tls ryšys netikėtai užsivėrė", "neatsiuntė liudijimo", "kritinį tls perspėjimą",
            "nepriimtina tls liudijimo įstaiga",
        ), "GNOME/glib-networking:po/lt.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("lt.network-error-glib-networking", C.NETWORK_ERROR, (
            "baigėsi lizdo i/o skirtas laikas", "ryšys yra sugadintas",
        ), "GNOME/glib-networking:po/lt.po"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("lt.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "nepavyko nustatyti tls ryšio",
        ), "thunderbird/thunderbird-l10n:lt/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): an authentication failure while
        # connecting, encrypted or plain-text passwords or the method not supported, the
        # Kerberos/GSSAPI ticket refused (POP3 alike).
        Phrases("lt.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "tapatybės patvirtinimo klaida", "nesuderinamas su slaptažodžių šifravimu",
            "neleidžia jungtis su nešifruotu slaptažodžiu",
            "nesuderinamas su parinktu tapatumo tikrinimo metodu",
            "nepalaiko pasirinkto tapatumo tikrinimo metodo",
            "nepriėmė „kerberos“/gssapi bilieto", "nepriėmė kerberos/gssapi bilieto",
        ), "thunderbird/thunderbird-l10n:lt/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the connection timed out.
        Phrases("lt.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "baigėsi laikas, skirtas prisijungimui",
        ), "thunderbird/thunderbird-l10n:lt/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): an unrecoverable TLS error.
        Phrases("lt.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "neištaisoma tls klaida",
        ), "thunderbird/thunderbird-l10n:lt/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("lt.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "nepavyko nusiųsti abonento",
        ), "thunderbird/thunderbird-l10n:lt/mail/chrome/messenger/localMsgs.properties"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("lt.tls-required-k9-check", C.TLS_REQUIRED, (
            "negaliojantį ssl sertifikatą",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-lt/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("lt.auth-failed-k9-check", C.AUTH_FAILED, (
            "naudotojo vardas arba slaptažodis neteisingi",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-lt/strings.xml"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("lt.tls-required-weak-k9", C.TLS_REQUIRED, (
            "sertifikato klaida",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-lt/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("lt.network-error-weak-k9", C.NETWORK_ERROR, (
            "ryšio klaida",
            "tinklo klaida",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-lt/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-lt/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-lt/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("lt.auth-failed-weak-k9", C.AUTH_FAILED, (
            "autentifikavimas nepavyko",
            "klaida nustatant tapatybę",
            "nepavyko nustatyti autentiškumo",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-lt/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-lt/strings.xml", decisive=False),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("lt.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "per daug aktyvių ryšių",
        ), "Foundry376/Mailspring:app/lang/lt.json"),
        # Mailspring's 'The message has been blocked by Yahoo's outbound spam filter.'
        Phrases("lt.spam-content-mailspring", C.SPAM_CONTENT, (
            "šlamšto filtras blokavo",
            "siunčiamas šlamšto filtras",
        ), "Foundry376/Mailspring:app/lang/lt.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("lt.relay-denied-mailspring", C.RELAY_DENIED, (
            "nebūtų perduoti pranešimo",
        ), "Foundry376/Mailspring:app/lang/lt.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("lt.rate-limited-mailspring", C.RATE_LIMITED, (
            "pralaidumas viršytas",
            "viršijote dienos siuntimo limitą",
        ), "Foundry376/Mailspring:app/lang/lt.json"),
        # Mailspring's 'Connection Error - Unable to connect to the server / port you provided.'
        Phrases("lt.network-error-mailspring", C.NETWORK_ERROR, (
            "negalima prisijungti prie jūsų pateikto serverio",
        ), "Foundry376/Mailspring:app/lang/lt.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("lt.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "yra neteisėtas priedas",
        ), "Foundry376/Mailspring:app/lang/lt.json"),
        # Mailspring's 'Authentication required.'
        Phrases("lt.auth-required-mailspring", C.AUTH_REQUIRED, (
            "autentifikavimas reikalingas",
        ), "Foundry376/Mailspring:app/lang/lt.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("lt.auth-failed-mailspring", C.AUTH_FAILED, (
            "autentifikavimo klaida",
            "nepalaiko bazinio vartotojo vardo",
            "nebegali autentiškumo tikrinti",
        ), "Foundry376/Mailspring:app/lang/lt.json"),
        # SnappyMail's 'Invalid recipients' notification (the RCPT refusal it shows).
        Phrases("lt.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "netinkamas gavėjas",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/lt/user.json", decisive=False),
        # SnappyMail's 'Can't connect to server' notification.
        Phrases("lt.network-error-snappymail", C.NETWORK_ERROR, (
            "nepavyskta prisijungti prie serverio",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/lt/user.json"),
        # Delta Chat's login failure for want of an internet connection.
        Phrases("lt.network-error-deltachat", C.NETWORK_ERROR, (
            "nėra interneto ryšio",
        ), "deltachat/deltachat-android:src/main/res/values-lt/strings.xml"),
        # Delta Chat's login failure: cannot log in as the address; check the address and the password.
        Phrases("lt.auth-failed-deltachat", C.AUTH_FAILED, (
            "nepavyksta prisijungti kaip",
        ), "deltachat/deltachat-android:src/main/res/values-lt/strings.xml"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("lt.auth-required-kmail", C.AUTH_REQUIRED, (
            "turite pateikti naudotojo vardą ir slaptažodį",
        ), "KDE/kmailtransport:po/lt/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("lt.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "nepalaiko tapatybės nustatymo",
        ), "KDE/kmailtransport:po/lt/libmailtransport6.po"),
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
            "neteisingas siuntėjo adresas",
        ), _PM),
        Phrases("lt.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "nepavyko nurodyti siuntėjo",
        ), _RC, decisive=False),
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
        Phrases("lt.mailbox-full-evolution", C.MAILBOX_FULL, (
            "peržengta vietos saugykloje riba",
        ), _EVO),
        Phrases("lt.system-full-evolution", C.SYSTEM_FULL, (
            "trūksta vietos sistemoje",
        ), _EVO),
        Phrases("lt.auth-required-evolution", C.AUTH_REQUIRED, (
            "būtina nustatyti tapatybę",
        ), _EVO),
        Phrases("lt.auth-failed-evolution", C.AUTH_FAILED, (
            "laikina tapatybės nustatymo nesėkmė", "tapatybės nustatymo mechanizmas per silpnas",
        ), _EVO),
        Phrases("lt.tls-required-evolution", C.TLS_REQUIRED, (
            "reikalingas šifravimas",
        ), _EVO),
        Phrases("lt.has-moved-evolution", C.HAS_MOVED, (
            "naudotojas ne vietinis",
        ), _EVO),
        Phrases("lt.user-unknown-evolution", C.USER_UNKNOWN, (
            "pašto dėžutė neprieinama", "pašto dėžutės vardas neleistinas",
        ), _EVO, decisive=False),
        Phrases("lt.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "paslauga neprieinama",
        ), _EVO, decisive=False),
        Phrases("lt.server-error-evolution", C.SERVER_ERROR, (
            "klaida vykdant",
        ), _EVO, decisive=False),
        Phrases("lt.syntax-error-evolution", C.SYNTAX_ERROR, (
            "sintaksės klaida",
        ), _EVO, decisive=False),
        Phrases("lt.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "komanda neįgyvendinta",
        ), _EVO, decisive=False),
        Phrases("lt.auth-failed-evolution-response", C.AUTH_FAILED, (
            "netinkamas tapatybės nustatymo atsakymas",
        ), _EVO),
        Phrases("lt.sender-rejected-evolution", C.SENDER_REJECTED, (
            "siuntėjo adresas neteisingas",
        ), _EVO, decisive=False),
        Phrases("lt.user-unknown-sogo", C.USER_UNKNOWN, (
            "visi gavėjai yra neteisingi", "įvestas adresas yra neteisingas",
        ), _SOGO, decisive=False),
        Phrases("lt.network-error-sogo", C.NETWORK_ERROR, (
            "klaida besijungiant prie smtp serverio",
        ), _SOGO),
        Phrases("lt.network-error-glibc", C.NETWORK_ERROR, (
            "prisijungimas atmestas", "baigėsi prisijungimo laukimo laikas",
            "nėra kelio iki serverio", "nepavyko priskirti prašomo adreso", "tinklas neprieinamas",
            "prisijungimas nutrauktas kito serverio", "laikinas vardų paieškos sutrikimas",
            "prisijungimas nutrauktas programiškai", "tinklas išjungtas", "serveris neveikia",
            "adreso paieškos sutrikimas", "kritinė klaida vardų paieškoje",
        ), _GLIBC),
        Phrases("lt.host-unknown-glibc", C.HOST_UNKNOWN, (
            "pavadinimas arba tarnyba nežinoma", "nėra su vardu susieto adreso",
            "nežinomas serveris",
        ), _GLIBC),
        Phrases("lt.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "naudojate teisingą tapatybę",
        ), _TB, decisive=False),
        Phrases("lt.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "patikrinkite laiško gavėjo adresą",
        ), _TB, decisive=False),
        Phrases("lt.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "nesupranta užšifruotų slaptažodžių",
        ), _TB),
        # SquirrelMail's lt_LT translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("lt.service-unavailable-weak-squirrelmail", C.SERVICE_UNAVAILABLE, (
            "uždaromas kanalas",
        ), "sitle/squirrelmail-src:locales/locale/lt_LT/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's lt_LT translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("lt.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "būtinas slaptažodžio įvedimas",
            "laikina autorizavimo klaida",
            "per silpnas autorizavimo tipas",
        ), "sitle/squirrelmail-src:locales/locale/lt_LT/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's lt_LT translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("lt.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "pašto dėžė nepasiekiama",
            "netinkamas pašto dėžės vardas",
        ), "sitle/squirrelmail-src:locales/locale/lt_LT/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's lt_LT translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("lt.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "įvyko klaida apdorojant",
            "transakcija nepavyko",
        ), "sitle/squirrelmail-src:locales/locale/lt_LT/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's lt_LT translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("lt.system-full-squirrelmail", C.SYSTEM_FULL, (
            "nepakanka vietos saugojimui",
        ), "sitle/squirrelmail-src:locales/locale/lt_LT/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's lt_LT translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("lt.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "komanda nenaudojama",
            "komandos opcija neįgyvendinta",
        ), "sitle/squirrelmail-src:locales/locale/lt_LT/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's lt_LT translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("lt.bad-sequence-squirrelmail", C.BAD_SEQUENCE, (
            "netinkama komandų seka",
        ), "sitle/squirrelmail-src:locales/locale/lt_LT/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's lt_LT translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("lt.auth-required-squirrelmail", C.AUTH_REQUIRED, (
            "būtina autorizacija",
        ), "sitle/squirrelmail-src:locales/locale/lt_LT/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's lt_LT translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("lt.auth-failed-weak-squirrelmail", C.AUTH_FAILED, (
            "autorizacija nepavyko",
        ), "sitle/squirrelmail-src:locales/locale/lt_LT/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's lt_LT translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("lt.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "autorizavimo mechanizmas reikalauja kodavimo",
        ), "sitle/squirrelmail-src:locales/locale/lt_LT/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's lt_LT translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("lt.has-moved-squirrelmail", C.HAS_MOVED, (
            "vartotojas nevietinis",
        ), "sitle/squirrelmail-src:locales/locale/lt_LT/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's lt_LT translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("lt.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "nepakanka vietos informacijai saugoti",
        ), "sitle/squirrelmail-src:locales/locale/lt_LT/LC_MESSAGES/squirrelmail.po"),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("lt.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "atmetė forumo prižiūrėtojas",
        ), "jaredmauch/mailman2-python3:templates/lt/refuse.txt"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("lt.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "laukia forumo",
        ), "jaredmauch/mailman2-python3:templates/lt/postheld.txt"),
        # Sylpheed's translated SMTP session errors ("Can't start TLS session").
        Phrases("lt.tls-required-sylpheed", C.TLS_REQUIRED, (
            "negaliu sukurti tls sesijos",
        ), "sylpheed-mail/sylpheed:po/lt.po"),
        # Sylpheed's translated SMTP session errors ("SMTP AUTH not available / Authentication failed").
        Phrases("lt.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp auth neprieinamas", "nepavyko patvirtinti autentiškumo",
        ), "sylpheed-mail/sylpheed:po/lt.po"),
        # Sylpheed's translated SMTP session errors ("Connection closed by the remote host / Can't connect to SMTP server").
        Phrases("lt.network-error-sylpheed", C.NETWORK_ERROR, (
            "prisijungimas uždarytas nuotolinio serverio",
        ), "sylpheed-mail/sylpheed:po/lt.po"),
        # Claws Mail's translated SMTP session errors (TLS session, connection closed by the remote
        # host, authentication failed).
        Phrases("lt.tls-required-claws", C.TLS_REQUIRED, (
            "nepavyksta pradėti tls sesijos",
        ), "eworm-de/claws-mail:po/lt.po"),
        # Claws Mail's translated SMTP session errors (TLS session, connection closed by the remote
        # host, authentication failed).
        Phrases("lt.network-error-claws", C.NETWORK_ERROR, (
            "nuotolinis serveris nutraukė ryšį",
        ), "eworm-de/claws-mail:po/lt.po"),
        # Claws Mail's translated SMTP session errors (TLS session, connection closed by the remote
        # host, authentication failed).
        Phrases("lt.auth-failed-claws", C.AUTH_FAILED, (
            "nepavyko nustatyti tapatumo",
        ), "eworm-de/claws-mail:po/lt.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("lt.message-too-large-claws", C.MESSAGE_TOO_LARGE, (
            "laiškas per didelis",
        ), "eworm-de/claws-mail:po/lt.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("lt.auth-failed-claws-2", C.AUTH_FAILED, (
            "nėra prieinamų smtp auth metodų",
        ), "eworm-de/claws-mail:po/lt.po"),
        # Claws Mail's connection errors: timed out, refused, closed by the remote host.
        Phrases("lt.network-error-claws-session", C.NETWORK_ERROR, (
            "baigėsi prijungimo laikas",
        ), "eworm-de/claws-mail:po/lt.po"),
        # Claws Mail's SMTP AUTH errors: failed, stronger authentication required, the method unavailable.
        Phrases("lt.auth-failed-claws-session", C.AUTH_FAILED, (
            "reikia saugesnio tapatumo nustatymo",
            "tapatumo nustatymo klaida",
        ), "eworm-de/claws-mail:po/lt.po"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("lt.tls-required-mailspring", C.TLS_REQUIRED, (
            "starttls nėra",
            "tls nėra",
        ), "Foundry376/Mailspring:app/lang/lt.json"),
        # Sylpheed's SMTP session errors: the session timed out, the server not found, an error during authentication.
        Phrases("lt.network-error-sylpheed-session", C.NETWORK_ERROR, (
            "baigėsi sesijos laikas",
        ), "sylpheed-mail/sylpheed:po/lt.po"),
        # Sylpheed's SMTP session errors: the session timed out, the server not found, an error during authentication.
        Phrases("lt.auth-failed-sylpheed-session", C.AUTH_FAILED, (
            "klaida tikrinant autentiškumą",
        ), "sylpheed-mail/sylpheed:po/lt.po"),
        # EspoCRM's 'Invalid credentials.' (Email messages.invalidCredentials), shown when the SMTP server refuses the login
        Phrases("lt.auth-failed-espocrm", C.AUTH_FAILED, (
            "neteisingi įgaliojimai",
        ), "espocrm/espocrm:application/Espo/Resources/i18n/lt_LT/Email.json"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("lt.rate-limited-sogo", C.RATE_LIMITED, (
            "siųsti per daug laiškų",
        ), "Alinto/sogo:UI/MailerUI/Lithuanian.lproj/Localizable.strings"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("lt.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "kad galėtumėte išsiųsti laišką",
        ), "roundcube/roundcubemail:program/localization/lt_LT/messages.inc"),
        # Microsoft's help title for Exchange Online's 5.1.90 NDR: the sender's daily recipient limit reached.
        Phrases("lt.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "dienos limitą laiškų gavėjams",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.lt-LT:AlchemyInsights/5-1-90-your-message-cant-be-sent-daily-limit.md"),
        # Microsoft's help title for SharePoint's 'Daily email limit exceeded. Workflow is suspended'.
        Phrases("lt.rate-limited-daily-email-workflow", C.RATE_LIMITED, (
            "dienos el. pašto limitas",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.lt-LT:AlchemyInsights/daily-email-limit-exceeded.md"),
        # Microsoft's help on Exchange Online's mailbox receiving limit (3,600 messages an hour): senders get a 5.2.121 or 5.2.122 NDR saying the mailbox exceeded its maximum delivery threshold.
        Phrases("lt.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "didžiausią pristatymo ribą",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.lt-LT:AlchemyInsights/mailbox-receiving-limit.md"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        Phrases("lt.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "gavėjų kiekio apribojimo limitą",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.lt-LT:AlchemyInsights/need-help-with-email-sending-limits.md"),
        # Mutt's translated SMTP client errors (po/): could not connect; the server closed the connection; SMTP session failed with a read or write error.
        Phrases("lt.network-error-mutt", C.NETWORK_ERROR, (
            "negalėjau prisijungti prie",
            "serveris uždarė jungtį",
        ), "muttmua/mutt:po/lt.po"),
        # Mutt's translated SASL authentication failure (po/).
        Phrases("lt.auth-failed-mutt", C.AUTH_FAILED, (
            "sasl autentikacija nepavyko",
        ), "muttmua/mutt:po/lt.po"),
        # Nextcloud Mail's translated SMTP account errors (l10n/): the SMTP server is not reachable; the SMTP connection failed.
        Phrases("lt.network-error-nextcloud-mail", C.NETWORK_ERROR, (
            "serveris yra nepasiekiamas",
            "smtp ryšys patyrė nesėkmę",
        ), "nextcloud/mail:l10n/lt_LT.json"),
        # Nextcloud Mail's translated SMTP account errors (l10n/): wrong SMTP user name or password; the server denied authentication; SMTP authentication error.
        Phrases("lt.auth-failed-nextcloud-mail", C.AUTH_FAILED, (
            "atmetė autentifikavimą",
            "neteisingas smtp naudotojo vardas",
        ), "nextcloud/mail:l10n/lt_LT.json"),
        # Microsoft 365's localized help on the sender (account) blocked for sending too much spam (AlchemyInsights sender-blocked-for-sending-too-much-spam; the restricted users portal).
        Phrases("lt.sender-rejected-exchange-spam", C.SENDER_REJECTED, (
            "dėl per didelio pašto šiukšlių siuntimo",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.lt-LT:AlchemyInsights/sender-blocked-for-sending-too-much-spam.md"),
        # Microsoft 365's machine-translated help for 550 5.7.511 'Access denied, banned sender' (AlchemyInsights ip-blocked-for-sending-too-much-spam-550-5-7-51).
        Phrases("lt.blocklisted-microsoft-banned-sender", C.BLOCKLISTED, (
            "uždrausta siuntėjo",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.lt-LT:AlchemyInsights/ip-blocked-for-sending-too-much-spam-550-5-7-51.md"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("lt.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("prisijungimas prie serverio", "prisijungimo prie serverio", "ryšys su serveriu"),
            ("laikas baigėsi", "nutrauktas", "pertrauktas", "nutrūko"),
        ), "thunderbird/thunderbird-l10n:lt/mail/chrome/messenger/messenger.properties", window=50),
    ),
)
