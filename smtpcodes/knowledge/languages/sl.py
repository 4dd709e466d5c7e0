"""Slovenian (sl): the SMTP error messages that mail clients and mail libraries show in
Slovenian. Sources: Thunderbird's Slovenian composeMsgs.properties (thunderbird/thunderbird-l10n),
Roundcube's Slovenian messages.inc and PHPMailer's Slovenian language file.
Also: Evolution's translated RFC 5321 reply texts (GNOME/evolution-data-server po/).
Also: Mailman 2's refusals (jaredmauch/mailman2-python3); Zimbra's web-client errors (Zimbra/zm-
ajax ZMsg); SOGo's send errors (Alinto/sogo UI/MailerUI); glibc's strerror and resolver texts
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
    "thunderbird/thunderbird-l10n:sl/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_RC = "roundcube/roundcubemail:program/localization/sl_SI/messages.inc"
_PM = "PHPMailer/PHPMailer:language/phpmailer.lang-sl.php"
_EVO = "GNOME/evolution-data-server:po/sl.po"
_MAILMAN = "jaredmauch/mailman2-python3:messages/sl/LC_MESSAGES/mailman.po"
_ZIMBRA = "Zimbra/zm-ajax:WebRoot/messages/ZMsg_sl.properties"
_SOGO = "Alinto/sogo:UI/MailerUI/Slovenian.lproj/Localizable.strings"
_GLIBC = "bminor/glibc:po/sl.po"

LANGUAGE = Language(
    code="sl",
    name="Slovenian",
    phrases=(
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("sl.auth-failed-weak-kimap", C.AUTH_FAILED, (
            "prijava ni uspela",
        ), "KDE/kimap:po/sl/libkimap6.po", decisive=False),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("sl.tls-required-kimap", C.TLS_REQUIRED, (
            "pogajanja tls so bila neuspešna", "rokovanje ssl je spodletelo",
        ), "KDE/kimap:po/sl/libkimap6.po"),
        # Thunderbird's account setup (accountSetup.ftl): authentication failed, the credentials
        # wrong or incomplete.
        Phrases("sl.auth-failed-weak-thunderbird-setup", C.AUTH_FAILED, (
            "overitev ni uspela",
        ), "thunderbird/thunderbird-l10n:sl/mail/messenger/accountcreation/accountSetup.ftl", decisive=False),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("sl.network-error-kdepim", C.NETWORK_ERROR, (
            "ni se mogoče povezati s strežnikom", "strežnik je takoj prekinil povezavo",
            "časovni potek strežnika", "povezovanje s strežnikom imap ni uspelo",
            "povezava prekinjena",
        ), "KDE/kdepim-runtime:po/sl/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime): an error during authentication, unable
        # to log in to the server.
        Phrases("sl.auth-failed-kdepim", C.AUTH_FAILED, (
            "prišlo je do napake pri avtentikaciji", "ni se mogoče prijaviti na strežnik",
        ), "KDE/kdepim-runtime:po/sl/akonadi_pop3_resource.po"),
        # KDE's Akonadi POP3 resource (kdepim-runtime): an SSL/TLS error.
        Phrases("sl.tls-required-kdepim", C.TLS_REQUIRED, (
            "ssl/tls napaka",
        ), "KDE/kdepim-runtime:po/sl/akonadi_pop3_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("sl.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "strežnik ni na voljo",
        ), "KDE/kdepim-runtime:po/sl/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("sl.tls-required-glib-networking", C.TLS_REQUIRED, (
            "strežnik zahteva potrdilo tls", "nesprejemljivo potrdilo tls",
            "povezave tls ni mogoče ustvariti", "izmenjave signalov tls",
            "povezava tls je nepričakovano končana", "ni vrnil veljavnega potrdila tls",
            "usodno opozorilo tls", "nesprejemljiv pooblastitelj potrdila tls",
        ), "GNOME/glib-networking:po/sl.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("sl.network-error-glib-networking", C.NETWORK_ERROR, (
            "je časovno potekel", "povezava je okvarjena",
        ), "GNOME/glib-networking:po/sl.po"),
        # Thunderbird's connection errors (messenger.properties): an authentication failure
        # while connecting (OAuth2).
        Phrases("sl.auth-failed-thunderbird-connection", C.AUTH_FAILED, (
            "spodletela overitev",
        ), "thunderbird/thunderbird-l10n:sl/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the server broke the connection.
        Phrases("sl.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "je prekinil povezavo",
        ), "thunderbird/thunderbird-l10n:sl/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): plain-text passwords or the method
        # not supported, the Kerberos/GSSAPI ticket refused (POP3 alike).
        Phrases("sl.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "ne podpira golega besedila za gesla", "ne podpira izbrane metode",
            "listka kerberos / gssapi",
        ), "thunderbird/thunderbird-l10n:sl/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed,
        # plain-text passwords not allowed.
        Phrases("sl.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "pošiljanje gesla za uporabnika", "ne dovoljuje običajnega besedila za gesla",
        ), "thunderbird/thunderbird-l10n:sl/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("sl.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "povezave tls s strežnikom",
        ), "thunderbird/thunderbird-l10n:sl/mail/chrome/messenger/localMsgs.properties"),
        # Balsa's lost-connection and SMTP-connect failures.
        Phrases("sl.network-error-balsa-po", C.NETWORK_ERROR, (
            "povezava s strežnikom smtp",
            "povezava je prekinjena",
        ), "GNOME/balsa:po/sl.po"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("sl.tls-required-k9-check", C.TLS_REQUIRED, (
            "neveljavno potrdilo ssl",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-sl/strings.xml"),
        # K-9 Mail's account-setup check: cannot connect to server.
        Phrases("sl.network-error-k9-check", C.NETWORK_ERROR, (
            "s strežnikom ni mogoče vzpostaviti povezave",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-sl/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("sl.auth-failed-k9-check", C.AUTH_FAILED, (
            "napačno uporabniško ime ali geslo",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-sl/strings.xml"),
        # Geary's server-certificate problems (expired, revoked, not activated, unknown authority, insecure, identity mismatch).
        Phrases("sl.tls-required-geary-po", C.TLS_REQUIRED, (
            "potrdilo strežnika",
        ), "GNOME/geary:po/sl.po"),
        # Geary's 'Could not connect, check your network'.
        Phrases("sl.network-error-geary-po", C.NETWORK_ERROR, (
            "ni mogoče vzpostaviti povezave. preverite omrežne nastavitve",
        ), "GNOME/geary:po/sl.po"),
        # Geary's login problems: check your sending / receiving login and password; an account reported an incorrect login or password.
        Phrases("sl.auth-failed-geary-po", C.AUTH_FAILED, (
            "preverite uporabniško ime in geslo",
            "napaka neveljavne prijave ali gesla",
        ), "GNOME/geary:po/sl.po"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("sl.tls-required-weak-k9", C.TLS_REQUIRED, (
            "napaka potrdila",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-sl/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("sl.network-error-weak-k9", C.NETWORK_ERROR, (
            "napaka omrežja",
            "napaka povezave",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-sl/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-sl/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-sl/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("sl.auth-failed-weak-k9", C.AUTH_FAILED, (
            "napaka overitve",
            "overjanje je spodletelo",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-sl/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-sl/strings.xml", decisive=False),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("sl.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "preveč aktivnih povezav",
        ), "Foundry376/Mailspring:app/lang/sl.json"),
        # Mailspring's 'The message has been blocked by Yahoo's outbound spam filter.'
        Phrases("sl.spam-content-mailspring", C.SPAM_CONTENT, (
            "filter za neželeno pošto",
        ), "Foundry376/Mailspring:app/lang/sl.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("sl.relay-denied-mailspring", C.RELAY_DENIED, (
            "strežnik smtp ne bi posredoval sporočila",
        ), "Foundry376/Mailspring:app/lang/sl.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("sl.rate-limited-mailspring", C.RATE_LIMITED, (
            "pasovna širina je presežena",
            "presegli ste dnevno omejitev pošiljanja",
        ), "Foundry376/Mailspring:app/lang/sl.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("sl.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "vsebuje nezakonito prilogo",
        ), "Foundry376/Mailspring:app/lang/sl.json"),
        # Mailspring's 'Authentication required.'
        Phrases("sl.auth-required-mailspring", C.AUTH_REQUIRED, (
            "potrebna je overitev",
        ), "Foundry376/Mailspring:app/lang/sl.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("sl.auth-failed-mailspring", C.AUTH_FAILED, (
            "napaka pri overjanju",
            "ne podpira osnovnega preverjanja pristnosti",
            "ne more več preverjati pristnosti",
        ), "Foundry376/Mailspring:app/lang/sl.json"),
        # SnappyMail's 'Invalid recipients' notification (the RCPT refusal it shows).
        Phrases("sl.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "neveljavni prejemniki",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/sl/user.json", decisive=False),
        # SnappyMail's 'Can't connect to server' notification.
        Phrases("sl.network-error-snappymail", C.NETWORK_ERROR, (
            "ni mogoče vzpostaviti povezave s strežnikom",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/sl/user.json"),
        # SnappyMail's bare 'Authentication failed' notification.
        Phrases("sl.auth-failed-weak-snappymail", C.AUTH_FAILED, (
            "spodletelo overjanje",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/sl/user.json", decisive=False),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("sl.auth-required-kmail", C.AUTH_REQUIRED, (
            "morate posredovati uporabniško ime in geslo",
        ), "KDE/kmailtransport:po/sl/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("sl.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "ne podpira overitve",
        ), "KDE/kmailtransport:po/sl/libmailtransport6.po"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("sl.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "večje od omejitev strežnika",
        ), "M66B/FairEmail:app/src/main/res/values-sl-rSI/strings.xml"),
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
        Phrases("sl.mailbox-full-evolution", C.MAILBOX_FULL, (
            "prekoračena je dodelitev shranjevanja",
        ), _EVO),
        Phrases("sl.system-full-evolution", C.SYSTEM_FULL, (
            "premalo je prostora na disku",
        ), _EVO),
        Phrases("sl.auth-required-evolution", C.AUTH_REQUIRED, (
            "zahtevana je overitev",
        ), _EVO),
        Phrases("sl.auth-failed-evolution", C.AUTH_FAILED, (
            "začasna napaka overitve", "način overitve je prešibak",
        ), _EVO),
        Phrases("sl.tls-required-evolution", C.TLS_REQUIRED, (
            "je obvezno šifriranje",
        ), _EVO),
        Phrases("sl.has-moved-evolution", C.HAS_MOVED, (
            "uporabnik ni krajeven uporabnik",
        ), _EVO),
        Phrases("sl.user-unknown-evolution", C.USER_UNKNOWN, (
            "poštni predal ni na voljo", "ime poštnega predala ni dovoljeno",
        ), _EVO, decisive=False),
        Phrases("sl.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "storitev ni na voljo",
        ), _EVO, decisive=False),
        Phrases("sl.server-error-evolution", C.SERVER_ERROR, (
            "napaka v obdelavi",
        ), _EVO, decisive=False),
        Phrases("sl.syntax-error-evolution", C.SYNTAX_ERROR, (
            "napaka skladnje",
        ), _EVO, decisive=False),
        Phrases("sl.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "ukaz ni podprt",
        ), _EVO, decisive=False),
        Phrases("sl.auth-failed-evolution-response", C.AUTH_FAILED, (
            "strežnik ni sprejel odziva podatkov overitve",
        ), _EVO),
        Phrases("sl.sender-rejected-evolution", C.SENDER_REJECTED, (
            "naslov pošiljatelja ni veljaven",
        ), _EVO, decisive=False),
        Phrases("sl.sender-rejected-mailman", C.SENDER_REJECTED, (
            "ni vam dovoljeno objavljati sporočil", "sporočilo nečlana na seznamu",
            "nečlanom ni dovoljeno objavljati",
        ), _MAILMAN),
        Phrases("sl.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "besedilo sporočila je preveliko", "vaše sporočilo je preveliko",
        ), _MAILMAN),
        Phrases("sl.content-rejected-mailman", C.CONTENT_REJECTED, (
            "vsebine sporočila je izrecno prepovedana", "vsebine sporočila ni izrecno dovoljena",
            "je sporočilo ostalo prazno",
        ), _MAILMAN),
        Phrases("sl.too-many-recipients-mailman", C.RATE_LIMITED, (
            "preveliko prejemnikov sporočila",
        ), _MAILMAN),
        Phrases("sl.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, (
            "ker presega dovoljeno velikost",
        ), _ZIMBRA),
        Phrases("sl.user-unknown-zimbra-address", C.USER_UNKNOWN, (
            "zaradi neveljavnega",
        ), _ZIMBRA, decisive=False),
        Phrases("sl.service-unavailable-zimbra", C.SERVICE_UNAVAILABLE, (
            "storitev začasno ni na voljo",
        ), _ZIMBRA, decisive=False),
        Phrases("sl.network-error-zimbra", C.NETWORK_ERROR, (
            "preveč preskokov med strežniki",
        ), _ZIMBRA),
        Phrases("sl.user-unknown-sogo", C.USER_UNKNOWN, (
            "vsi prejemniki so napačni", "naslednji naslovi so napačni",
        ), _SOGO, decisive=False),
        Phrases("sl.network-error-sogo", C.NETWORK_ERROR, (
            "napaka pri povezavi s smtp strežnikom",
        ), _SOGO),
        Phrases("sl.network-error-glibc", C.NETWORK_ERROR, (
            "zahtevanega naslova ni mogoče dodeliti", "omrežje ni dostopno",
            "razreševanje imena začasno ni uspelo", "programsko povzročena prekinitev povezave",
            "omrežje ni dejavno", "nepopravljiv neuspeh pri razreševanju imena",
        ), _GLIBC),
        Phrases("sl.host-unknown-glibc", C.HOST_UNKNOWN, (
            "ime ali storitev ni poznana", "z imenom gostitelja ni povezan noben naslov",
        ), _GLIBC),
        Phrases("sl.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "uporabljate pravo identiteto",
        ), _TB, decisive=False),
        Phrases("sl.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "preverite prejemnika pošte",
        ), _TB, decisive=False),
        Phrases("sl.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "ne podpira šifriranih gesel",
        ), _TB),
        # SquirrelMail's sl_SI translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sl.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "potreben je prehod gesla",
            "začasna napaka overjanja",
            "overovitveni mehanizem je prešibek",
        ), "sitle/squirrelmail-src:locales/locale/sl_SI/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's sl_SI translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sl.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "napaka v procesiranju",
            "transakcija spodletela",
        ), "sitle/squirrelmail-src:locales/locale/sl_SI/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's sl_SI translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sl.system-full-squirrelmail", C.SYSTEM_FULL, (
            "premalo prostora na sistemu",
        ), "sitle/squirrelmail-src:locales/locale/sl_SI/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's sl_SI translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sl.syntax-error-squirrelmail", C.SYNTAX_ERROR, (
            "skladenjska napaka; neznan ukaz",
            "skladenjska napaka v parametrih",
        ), "sitle/squirrelmail-src:locales/locale/sl_SI/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's sl_SI translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sl.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "ukaz ni realiziran",
            "parameter ukaza ni realiziran",
        ), "sitle/squirrelmail-src:locales/locale/sl_SI/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's sl_SI translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sl.bad-sequence-squirrelmail", C.BAD_SEQUENCE, (
            "napačno zaporedje ukazov",
        ), "sitle/squirrelmail-src:locales/locale/sl_SI/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's sl_SI translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sl.auth-required-squirrelmail", C.AUTH_REQUIRED, (
            "zahtevana overovitev",
        ), "sitle/squirrelmail-src:locales/locale/sl_SI/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's sl_SI translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sl.auth-failed-weak-squirrelmail", C.AUTH_FAILED, (
            "overovitev spodletela",
        ), "sitle/squirrelmail-src:locales/locale/sl_SI/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's sl_SI translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sl.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "poštni predal nedosegljiv",
        ), "sitle/squirrelmail-src:locales/locale/sl_SI/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's sl_SI translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sl.has-moved-squirrelmail", C.HAS_MOVED, (
            "uporabnik ni lokalen",
        ), "sitle/squirrelmail-src:locales/locale/sl_SI/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's sl_SI translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sl.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "prekoračena uporaba prostora",
        ), "sitle/squirrelmail-src:locales/locale/sl_SI/LC_MESSAGES/squirrelmail.po"),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("sl.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "je moderator zavrnil",
        ), "jaredmauch/mailman2-python3:templates/sl/refuse.txt"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("sl.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "čaka na odobritev moderatorja",
        ), "jaredmauch/mailman2-python3:templates/sl/postheld.txt"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, Emergency.py, SpamDetect.py): a
        # moderated list, an implicit destination, a restricted list's approval, administrivia, a
        # suspicious header, a post the moderator deemed inappropriate, an emergency hold, a header
        # filter rule.
        Phrases("sl.policy-violation-mailman-moderation", C.POLICY_VIOLATION, (
            "moderirani novičarski skupini", "skrite vljudnostne kopije",
            "moderator neprimerno obravnaval",
            "objavi na moderiranem seznamu",
            "sporočilo ima prikrit cilj",
            "omejenem seznamu zahteva odobritev",
            "morda vsebuje skrbniške opombe",
            "vsebuje sumljivo glavo",
            "nujna moderacija vseh sporočil",
        ), "jaredmauch/mailman2-python3:messages/sl/LC_MESSAGES/mailman.po"),
        # Sylpheed's translated SMTP session errors ("Can't start TLS session").
        Phrases("sl.tls-required-sylpheed", C.TLS_REQUIRED, (
            "ne morem pričeti seje tls",
        ), "sylpheed-mail/sylpheed:po/sl.po"),
        # Sylpheed's translated SMTP session errors ("SMTP AUTH not available / Authentication failed").
        Phrases("sl.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp auth ni na razpolago",
        ), "sylpheed-mail/sylpheed:po/sl.po"),
        # Sylpheed's translated SMTP session errors ("Connection closed by the remote host / Can't connect to SMTP server").
        Phrases("sl.network-error-sylpheed", C.NETWORK_ERROR, (
            "ne morem se povezati s strežnikom smtp",
        ), "sylpheed-mail/sylpheed:po/sl.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("sl.auth-failed-balsa", C.AUTH_FAILED, ("preverjanje pristnosti gssapi ni uspelo",
            "ni podanega ustreznega načina overitve",
        ), "GNOME/balsa:po/sl.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("sl.auth-required-balsa", C.AUTH_REQUIRED, (
            "zahtevani sta uporabniško ime in geslo",
        ), "GNOME/balsa:po/sl.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("sl.service-unavailable-balsa", C.SERVICE_UNAVAILABLE, (
            "ne ponuja storitve smtp",
        ), "GNOME/balsa:po/sl.po"),
        # Sylpheed's translated "SSL certificate verify failed" (the server's certificate did not verify).
        Phrases("sl.tls-required-sylpheed-ssl", C.TLS_REQUIRED, (
            "povezava ssl ni uspela",
        ), "sylpheed-mail/sylpheed:po/sl.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("sl.tls-required-balsa-session", C.TLS_REQUIRED, ("okvarjeno potrdilo tls", "podpisni overitelj potrdil ni poznan", "potrdilo je bilo preklicano", "potrdilo je poteklo",
            "pogajanje tls je spodletelo",
            "zahtevana je uporaba tls, ki pa ni na voljo",
        ), "GNOME/balsa:po/sl.po"),
        # Geary's untrusted-connection reasons: the server certificate unsigned, mismatched or expired.
        Phrases("sl.tls-required-geary", C.TLS_REQUIRED, (
            "potrdilo strežnika ni podpisano",
            "potrdilo strežnika ni skladno z istovetnostjo",
            "potrdilo strežnika je poteklo",
        ), "GNOME/geary:po/sl.po"),
        # FairEmail's account legends: authentication failed (weak: the server's own reply decides).
        Phrases("sl.auth-failed-weak-fairemail-legend", C.AUTH_FAILED, (
            "overitev je spodletela",
        ), "M66B/FairEmail:app/src/main/res/values-sl-rSI/strings.xml", decisive=False),
        # FairEmail: no (suitable) internet connection (weak).
        Phrases("sl.network-error-weak-fairemail", C.NETWORK_ERROR, (
            "ni primerne internetne povezave",
        ), "M66B/FairEmail:app/src/main/res/values-sl-rSI/strings.xml", decisive=False),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the connection failed; the SMTP credentials were refused.
        Phrases("sl.network-error-nextcloud-mail", C.NETWORK_ERROR, (
            "strežnik smtp ni dosegljiv",
            "povezava smtp je spodletela",
        ), "nextcloud/mail:l10n/sl.json"),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the connection failed; the SMTP credentials were refused.
        Phrases("sl.auth-failed-nextcloud-mail", C.AUTH_FAILED, (
            "geslo smtp je neveljavno",
        ), "nextcloud/mail:l10n/sl.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("sl.network-error-mailspring", C.NETWORK_ERROR, (
            "ni mogoče vzpostaviti povezave s strežnikom / vrati",
        ), "Foundry376/Mailspring:app/lang/sl.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("sl.tls-required-mailspring", C.TLS_REQUIRED, (
            "starttls ni na voljo",
            "tls ni na voljo",
        ), "Foundry376/Mailspring:app/lang/sl.json"),
        # Sylpheed's SMTP session errors: the session timed out, the server not found, an error during authentication.
        Phrases("sl.auth-failed-sylpheed-session", C.AUTH_FAILED, (
            "med preverjanjem istovetnosti je prišlo do napake",
        ), "sylpheed-mail/sylpheed:po/sl.po"),
        # IMP webmail's translated recipient-limit refusal: not allowed to send to more than %d recipients (within %d hours).
        Phrases("sl.rate-limited-imp", C.RATE_LIMITED, (
            "ne nimate pravic poslati sporočila več kot",
            "ne pravid da bi poslali sporočilo več kot",
        ), "horde/imp:locale/sl/LC_MESSAGES/imp.po"),
        # Joomla 3's Slovenian PHPMailer strings (PHPMAILER_*)
        Phrases("sl.auth-failed-joomla3", C.AUTH_FAILED, (
            "ne morem preveriti pristnosti",
        ), "cuongnd/banhangonline88_joomla:language/sl-SI/sl-SI.ini"),
        # Joomla 3's Slovenian PHPMailer strings (PHPMAILER_*)
        Phrases("sl.user-unknown-joomla3", C.USER_UNKNOWN, (
            "pošiljanje naslednjim naslovnikom ni uspelo",
        ), "cuongnd/banhangonline88_joomla:language/sl-SI/sl-SI.ini", decisive=False),
        # Joomla 3's Slovenian PHPMailer strings (PHPMAILER_*)
        Phrases("sl.network-error-joomla3", C.NETWORK_ERROR, (
            "ne morem se povezati na smtp strežnik", "povezava ni uspela",
        ), "cuongnd/banhangonline88_joomla:language/sl-SI/sl-SI.ini"),
        # Joomla 3's Slovenian PHPMailer strings (PHPMAILER_*)
        Phrases("sl.tls-required-joomla3", C.TLS_REQUIRED, (
            "ne morem zagnati tls",
        ), "cuongnd/banhangonline88_joomla:language/sl-SI/sl-SI.ini"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("sl.rate-limited-sogo", C.RATE_LIMITED, (
            "poslati preveč sporočil",
        ), "Alinto/sogo:UI/MailerUI/Slovenian.lproj/Localizable.strings"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("sl.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "sekund in nato znova poskusite s pošiljanjem",
        ), "roundcube/roundcubemail:program/localization/sl_SI/messages.inc"),
        # Microsoft's help title for Exchange Online's 4.5.3 'Too many recipients (AS780090)' (the message over the per-message recipient limit).
        Phrases("sl.too-many-recipients-exchange", C.RATE_LIMITED, (
            "preveč prejemnikov",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sl-SI:AlchemyInsights/antispam-4-5-3-too-many-recipients-as780090.md"),
        # Microsoft's help title for Exchange Online's 5.1.90 NDR: the sender's daily recipient limit reached.
        Phrases("sl.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "dnevno omejitev hitrosti prejemnika",
            "dnevno omejitev za prejemnike",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sl-SI:AlchemyInsights/5-1-90-your-message-cant-be-sent-daily-limit.md"),
        # Microsoft's help title for SharePoint's 'Daily email limit exceeded. Workflow is suspended'.
        Phrases("sl.rate-limited-daily-email-workflow", C.RATE_LIMITED, (
            "dnevna omejitev e-pošte",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sl-SI:AlchemyInsights/daily-email-limit-exceeded.md"),
        # Microsoft's help on Exchange Online's mailbox receiving limit (3,600 messages an hour): senders get a 5.2.121 or 5.2.122 NDR saying the mailbox exceeded its maximum delivery threshold.
        Phrases("sl.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "so dušeni",
            "največji prag dostave",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sl-SI:AlchemyInsights/mailbox-receiving-limit.md"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        Phrases("sl.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "dosežena omejitev prejemnikov",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sl-SI:AlchemyInsights/need-help-with-email-sending-limits.md"),
        # Kopano's MAPI error text (m4lcommon/Util.cpp, MAPI_E_STORE_FULL), translated: the message store has reached its maximum size.
        Phrases("sl.mailbox-full-kopano", C.MAILBOX_FULL, (
            "hramba sporočil je dosegla maksimalno velikost",
        ), "Kopano-dev/kopano-core:po/sl.po"),
        # Kopano spooler's NDR text (spooler/Spooler.cpp), translated: a fatal error while processing the message, Kopano cannot send it.
        Phrases("sl.server-error-kopano", C.SERVER_ERROR, (
            "med obdelavo vašega sporočila se je pojavila usodna napaka",
        ), "Kopano-dev/kopano-core:po/sl.po"),
        # Kopano spooler's send-as refusals (spooler/mailer.cpp), translated: the user or group to send as is not found; not allowed to send as them.
        Phrases("sl.sender-rejected-send-as", C.SENDER_REJECTED, (
            "skupina s katero bi radi poslali",
            "nimate dovoljenja za pošiljanje kot uporabnik",
        ), "Kopano-dev/kopano-core:po/sl.po"),
        # Trojitá's translated IMAP/SMTP login failure (po/): authentication failed, often a bad password or wrong user name.
        Phrases("sl.auth-failed-trojita", C.AUTH_FAILED, (
            "preverjanje pristnosti ni uspelo",
        ), "jktjkt/trojita:po/sl/trojita_common.po"),
        # Microsoft 365's localized help on the sender (account) blocked for sending too much spam (AlchemyInsights sender-blocked-for-sending-too-much-spam; the restricted users portal).
        Phrases("sl.sender-rejected-exchange-spam", C.SENDER_REJECTED, (
            "blokiran zaradi pošiljanja prevelike količine",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sl-SI:AlchemyInsights/sender-blocked-for-sending-too-much-spam.md"),
        # Microsoft 365's machine-translated help for 550 5.7.511 'Access denied, banned sender' (AlchemyInsights ip-blocked-for-sending-too-much-spam-550-5-7-51).
        Phrases("sl.blocklisted-microsoft-banned-sender", C.BLOCKLISTED, (
            "prepovedani pošiljatelj",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sl-SI:AlchemyInsights/ip-blocked-for-sending-too-much-spam-550-5-7-51.md"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("sl.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("povezava s strežnikom",),
            ("spodletela", "ni uspela", "je potekla", "obnovljena", "prekinjena", "zavrnjena", "ni bila mogoča"),
        ), "thunderbird/thunderbird-l10n:sl/mail/chrome/messenger/messenger.properties", window=50),
    ),
)
