"""Serbian (sr): the SMTP error messages that mail clients and mail libraries show in Serbian
(Cyrillic and Latin). Sources: Thunderbird's Serbian composeMsgs.properties
(thunderbird/thunderbird-l10n), Roundcube's Serbian messages.inc and PHPMailer's Serbian language
files (Cyrillic and Latin).
Also: Evolution's translated RFC 5321 reply texts (GNOME/evolution-data-server po/).
Also: Mailman 2's refusals (jaredmauch/mailman2-python3); SOGo's send errors (Alinto/sogo
UI/MailerUI); glibc's strerror and resolver texts (bminor/glibc po/).
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
    "thunderbird/thunderbird-l10n:sr/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_RC = "roundcube/roundcubemail:program/localization/sr_CS/messages.inc"
_PM = "PHPMailer/PHPMailer:language/phpmailer.lang-sr.php"
_PM_SR_LATN = "PHPMailer/PHPMailer:language/phpmailer.lang-sr_latn.php"
_EVO = "GNOME/evolution-data-server:po/sr.po"
_MAILMAN = "jaredmauch/mailman2-python3:messages/sr/LC_MESSAGES/mailman.po"
_SOGO = "Alinto/sogo:UI/MailerUI/Serbian.lproj/Localizable.strings"
_SOGO_SERBIANLATIN = "Alinto/sogo:UI/MailerUI/SerbianLatin.lproj/Localizable.strings"
_GLIBC = "bminor/glibc:po/sr.po"

LANGUAGE = Language(
    code="sr",
    name="Serbian",
    phrases=(
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("sr.auth-failed-weak-kimap", C.AUTH_FAILED, (
            "prijavljivanje neuspjelo", "prijavljivanje neuspelo",
        ), "KDE/kimap:po/sr@latin/libkimap6.po", decisive=False),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("sr.tls-required-kimap", C.TLS_REQUIRED, (
            "тлс преговори неуспешни", "ссл руковање пропало", "tls pregovori neuspešni",
            "ssl rukovanje propalo",
        ), "KDE/kimap:po/sr/libkimap6.po; KDE/kimap:po/sr@latin/libkimap6.po"),
        # Thunderbird's account setup (accountSetup.ftl): authentication failed, the credentials
        # wrong or incomplete.
        Phrases("sr.auth-failed-weak-thunderbird-setup", C.AUTH_FAILED, (
            "потврда идентитета није успела",
        ), "thunderbird/thunderbird-l10n:sr/mail/messenger/accountcreation/accountSetup.ftl", decisive=False),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("sr.network-error-kdepim-latin", C.NETWORK_ERROR, (
            "veza prekinuta", "prekinuta veza tokom prijavljivanja",
            "prekinuta veza sa serverom tokom prijavljivanja",
        ), "KDE/kdepim-runtime:po/sr@latin/akonadi_imap_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("sr.network-error-kdepim", C.NETWORK_ERROR, (
            "веза прекинута", "прекинута веза током пријављивања",
            "ne mogu da se povežem sa serverom",
        ), "KDE/kdepim-runtime:po/sr/akonadi_imap_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("sr.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "сервер није доступан", "server nije dostupan",
        ), "KDE/kdepim-runtime:po/sr/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("sr.tls-required-glib-networking", C.TLS_REQUIRED, (
            "тлс уверење које захтева сервер", "неприхватљиво тлс",
            "не могу да направим тлс везу", "тлс руковањ", "парњак тлс везе није послао уверење",
            "кобно тлс упозорење", "tls uverenje koje zahteva server",
            "ne mogu da napravim tls vezu", "tls veza je neočekivano zatvorena",
            "parnjak tls veze nije poslao uverenje", "kobno tls upozorenje",
            "neprihvatljivo tls uverenje",
        ), "GNOME/glib-networking:po/sr.po; GNOME/glib-networking:po/sr@latin.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("sr.network-error-glib-networking", C.NETWORK_ERROR, (
            "истекло време у/и утичнице", "веза је сломљена", "isteklo vreme u/i utičnice",
        ), "GNOME/glib-networking:po/sr.po; GNOME/glib-networking:po/sr@latin.po"),
        # Thunderbird's IMAP errors (imapMsgs.properties): a TLS error that cannot be ignored.
        Phrases("sr.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "tls грешка која се не може занемарити",
        ), "thunderbird/thunderbird-l10n:sr/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's connection errors (messenger.properties): the connection failed.
        Phrases("sr.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "нисам успео да се повежем на сервер",
        ), "thunderbird/thunderbird-l10n:sr/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's connection errors (messenger.properties): a login failure while
        # connecting (OAuth2).
        Phrases("sr.auth-failed-thunderbird-connection", C.AUTH_FAILED, (
            "неуспех пријаве",
        ), "thunderbird/thunderbird-l10n:sr/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): an identification error while
        # connecting.
        Phrases("sr.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "грешка у идентификацији",
        ), "thunderbird/thunderbird-l10n:sr/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the connection to the server broken.
        Phrases("sr.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "прекинута је веза са сервером",
        ), "thunderbird/thunderbird-l10n:sr/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("sr.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "слање лозинке за корисника",
        ), "thunderbird/thunderbird-l10n:sr/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("sr.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "не могу да успоставим tls везу",
        ), "thunderbird/thunderbird-l10n:sr/mail/chrome/messenger/localMsgs.properties"),
        # Balsa's texts in Serbian Latin script.
        Phrases("sr.network-error-balsa-latin", C.NETWORK_ERROR, (
            "nisam uspeo da se povežem sa smtp serverom",
            "veza je izgubljena",
        ), "GNOME/balsa:po/sr@latin.po"),
        # Balsa's texts in Serbian Latin script.
        Phrases("sr.auth-failed-balsa-latin", C.AUTH_FAILED, (
            "nema odgovarajućeg mehanizma potvrđivanja identiteta",
        ), "GNOME/balsa:po/sr@latin.po"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("sr.tls-required-k9-check", C.TLS_REQUIRED, (
            "неисправан ссл сертификат",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-sr/strings.xml"),
        # K-9 Mail's account-setup check: cannot connect to server.
        Phrases("sr.network-error-k9-check", C.NETWORK_ERROR, (
            "не могу да се повежем са сервером",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-sr/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("sr.auth-failed-k9-check", C.AUTH_FAILED, (
            "неисправно корисничко име или лозинка",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-sr/strings.xml"),
        # Geary's server-certificate problems (expired, revoked, not activated, unknown authority, insecure, identity mismatch).
        Phrases("sr.tls-required-geary-po", C.TLS_REQUIRED, (
            "уверење сервера",
            "uverenje servera",
            "идентитет сервера не одговара",
            "identitet servera ne odgovara",
        ), "GNOME/geary:po/sr.po; GNOME/geary:po/sr@latin.po"),
        # Geary's login problems: check your sending / receiving login and password; an account reported an incorrect login or password.
        Phrases("sr.auth-failed-geary-po", C.AUTH_FAILED, (
            "неисправну пријаву или лозинку",
            "проверите адресу и лозинку е-поште",
            "проверите пријаву и лозинку",
        ), "GNOME/geary:po/sr.po; GNOME/geary:po/sr@latin.po"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("sr.tls-required-weak-k9", C.TLS_REQUIRED, (
            "грешка сертификата",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-sr/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("sr.network-error-weak-k9", C.NETWORK_ERROR, (
            "грешка везе",
            "мрежна грешка",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-sr/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-sr/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-sr/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("sr.auth-failed-weak-k9", C.AUTH_FAILED, (
            "грешка при пријави",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-sr/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-sr/strings.xml", decisive=False),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("sr.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "превише је активних веза",
        ), "Foundry376/Mailspring:app/lang/sr.json"),
        # Mailspring's 'StartTLS is not available.'
        Phrases("sr.tls-required-mailspring", C.TLS_REQUIRED, (
            "тлс није доступан", "старттлс није доступан",
        ), "Foundry376/Mailspring:app/lang/sr.json"),
        # Mailspring's 'The message has been blocked by Yahoo's outbound spam filter.'
        Phrases("sr.spam-content-mailspring", C.SPAM_CONTENT, (
            "филтера за спам",
        ), "Foundry376/Mailspring:app/lang/sr.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("sr.relay-denied-mailspring", C.RELAY_DENIED, (
            "смтп сервер не би пренио поруку",
        ), "Foundry376/Mailspring:app/lang/sr.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("sr.rate-limited-mailspring", C.RATE_LIMITED, (
            "прекорачили сте ограничење дневног слања",
            "прекорачена је ширина гмаил",
        ), "Foundry376/Mailspring:app/lang/sr.json"),
        # Mailspring's 'Connection Error - Unable to connect to the server / port you provided.'
        Phrases("sr.network-error-mailspring", C.NETWORK_ERROR, (
            "не могу се повезати са сервером / портом",
        ), "Foundry376/Mailspring:app/lang/sr.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("sr.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "садржи неправилни прилог",
        ), "Foundry376/Mailspring:app/lang/sr.json"),
        # Mailspring's 'Authentication required.'
        Phrases("sr.auth-required-mailspring", C.AUTH_REQUIRED, (
            "провера идентитета потребна",
        ), "Foundry376/Mailspring:app/lang/sr.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("sr.auth-failed-mailspring", C.AUTH_FAILED, (
            "грешка аутентикације",
            "не подржава аутентификацију основног корисничког имена",
            "више не може да се идентифицира",
        ), "Foundry376/Mailspring:app/lang/sr.json"),
        # Delta Chat's login failure for want of an internet connection.
        Phrases("sr.network-error-deltachat", C.NETWORK_ERROR, (
            "нисте повезани на интернет",
        ), "deltachat/deltachat-android:src/main/res/values-sr/strings.xml"),
        # Delta Chat's login failure: cannot log in as the address; check the address and the password.
        Phrases("sr.auth-failed-deltachat", C.AUTH_FAILED, (
            "не могу да се пријавим као",
        ), "deltachat/deltachat-android:src/main/res/values-sr/strings.xml"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("sr.auth-required-kmail", C.AUTH_REQUIRED, (
            "морате задати корисничко име и лозинку",
            "morate zadati korisničko ime i lozinku",
        ), "KDE/kmailtransport:po/sr/libmailtransport6.po; KDE/kmailtransport:po/sr@latin/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("sr.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "не подржава аутентификацију",
        ), "KDE/kmailtransport:po/sr/libmailtransport6.po; KDE/kmailtransport:po/sr@latin/libmailtransport6.po"),
        # FairEmail's authentication-failure notice.
        Phrases("sr.auth-failed-fairemail", C.AUTH_FAILED, (
            "неуспела провера идентитета",
        ), "M66B/FairEmail:app/src/main/res/values-sr-rSP/strings.xml"),
        Phrases("sr.auth-failed", C.AUTH_FAILED, (
            "не могу да се аутентификујем", "не подржава изабрани начин пријаве",
            "аутентификација није успела", "неуспешна аутентификација",
            "autentifikacija nije uspela",
        ), _TB + "; " + _PM + "; " + _RC + "; " + _PM_SR_LATN),
        Phrases("sr.network-error", C.NETWORK_ERROR, (
            "повезивање на одлазни", "веза са одлазним", "повезивање са smtp сервером није успело",
            "неуспешно повезивање на сервер", "povezivanje sa smtp serverom nije uspelo",
        ), _TB + "; " + _PM + "; " + _RC + "; " + _PM_SR_LATN),
        Phrases("sr.message-too-large", C.MESSAGE_TOO_LARGE, (
            "премашује опште ограничење величине", "порука прекорачује ограничење величине",
        ), _TB + "; " + _RC),
        Phrases("sr.too-many-recipients", C.RATE_LIMITED, (
            "премашен дозвољени број прималаца", "превише прималаца",
        ), _TB + "; " + _RC),
        Phrases("sr.smtputf8", C.CONTENT_REJECTED, (
            "не подржава smtputf8", "сервер не подржава уникод",
        ), _TB + "; " + _RC),
        Phrases("sr.sender-rejected", C.SENDER_REJECTED, (
            "слање са следећих адреса није успело", "slanje sa sledećih adresa nije uspelo",
        ), _PM + "; " + _PM_SR_LATN),
        Phrases("sr.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "неуспешно постављање пошиљаоца",
        ), _RC, decisive=False),
        Phrases("sr.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "да ли је ваша мејл адреса исправна",
        ), _TB, decisive=False),
        Phrases("sr.network-error-thunderbird", C.NETWORK_ERROR, (
            "сервер је можда лоше подешен",
        ), _TB),
        Phrases("sr.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "није прихватио kerberos",
        ), _TB),
        Phrases("sr.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "не дозвољава нешифроване лозинке",
        ), _TB),
        Phrases("sr.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "слање на следеће адресе није успело", "неуспешно додавање примаоца",
            "slanje na sledeće adrese nije uspelo",
        ), _PM + "; " + _RC + "; " + _PM_SR_LATN, decisive=False),
        Phrases("sr.mailbox-full-evolution", C.MAILBOX_FULL, (
            "премашен је додељен простор",
        ), _EVO),
        Phrases("sr.system-full-evolution", C.SYSTEM_FULL, (
            "недовољно простора на систему",
        ), _EVO),
        Phrases("sr.auth-required-evolution", C.AUTH_REQUIRED, (
            "потребно је потврђивање идентитета",
        ), _EVO),
        Phrases("sr.auth-failed-evolution", C.AUTH_FAILED, (
            "није успело привремено потврђивање идентитета",
            "механизам потврђивања идентитета је преслаб",
        ), _EVO),
        Phrases("sr.tls-required-evolution", C.TLS_REQUIRED, (
            "неопходно је шифровање",
        ), _EVO),
        Phrases("sr.has-moved-evolution", C.HAS_MOVED, (
            "корисник није локалан",
        ), _EVO),
        Phrases("sr.user-unknown-evolution", C.USER_UNKNOWN, (
            "недоступно поштанско сандуче", "поштанско сандуче је недоступно",
            "име поштанског сандучета није дозвољено",
        ), _EVO, decisive=False),
        Phrases("sr.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "услуга није доступна",
        ), _EVO, decisive=False),
        Phrases("sr.server-error-evolution", C.SERVER_ERROR, (
            "грешка при обради",
        ), _EVO, decisive=False),
        Phrases("sr.syntax-error-evolution", C.SYNTAX_ERROR, (
            "грешка у синтакси",
        ), _EVO, decisive=False),
        Phrases("sr.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "наредба није подржана",
        ), _EVO, decisive=False),
        Phrases("sr.auth-failed-evolution-response", C.AUTH_FAILED, (
            "лош одговор потврђивања идентитета",
        ), _EVO),
        Phrases("sr.sender-rejected-evolution", C.SENDER_REJECTED, (
            "адреса пошиљаоца није исправна",
        ), _EVO, decisive=False),
        Phrases("sr.sender-rejected-mailman", C.SENDER_REJECTED, (
            "забрањено вам је да шаљете поруке на листу",
            "није члан послала је поруку на затворену листу",
            "нису чланови не могу да шаљу поруке",
        ), _MAILMAN),
        Phrases("sr.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "ваша порука је превелика",
        ), _MAILMAN),
        Phrases("sr.content-rejected-mailman", C.CONTENT_REJECTED, (
            "порука остаје празна",
        ), _MAILMAN),
        Phrases("sr.user-unknown-sogo", C.USER_UNKNOWN, (
            "ни један прималац није валидан", "следеће адресе нису валидне",
            "ni jedan primalac nije validan", "sledeće adrese nisu validne",
        ), _SOGO + "; " + _SOGO_SERBIANLATIN, decisive=False),
        Phrases("sr.network-error-sogo", C.NETWORK_ERROR, (
            "грешка при повезивању на смтп сервер", "greška pri povezivanju na smtp server",
        ), _SOGO + "; " + _SOGO_SERBIANLATIN),
        Phrases("sr.network-error-glibc", C.NETWORK_ERROR, (
            "веза је одбијена", "истекло је време везе", "нема путање до рачунара",
            "не могу да доделим захтевану адресу", "мрежа је недостижна",
            "везу је поново поставио парњак", "привремени неуспех одређивања назива",
            "софтвер је изазвао прекид везе", "мрежа је пала", "домаћин је пао",
            "неуспех претраге назива домаћина", "непоправљива грешка при одређивању назива",
        ), _GLIBC),
        Phrases("sr.host-unknown-glibc", C.HOST_UNKNOWN, (
            "није познат назив или сервер", "ниједна адреса није придружена називу домаћина",
            "непознат домаћин",
        ), _GLIBC),
        Phrases("sr.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "користите ли исправан идентитет",
        ), _TB, decisive=False),
        Phrases("sr.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "проверите примаоца поруке",
        ), _TB, decisive=False),
        Phrases("sr.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "не подржава шифроване лозинке",
        ), _TB),
        # SquirrelMail's sr_YU translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sr.service-unavailable-weak-squirrelmail", C.SERVICE_UNAVAILABLE, (
            "zatvaram kanal",
        ), "sitle/squirrelmail-src:locales/locale/sr_YU/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's sr_YU translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sr.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "prenos šifre je neophodan",
            "privremena greška u autentikaciji",
            "mehanizam za autentikaciju je previše slab",
        ), "sitle/squirrelmail-src:locales/locale/sr_YU/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's sr_YU translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sr.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "mailbox nedostupan",
            "ime mailbox-a nije dozvoljeno",
        ), "sitle/squirrelmail-src:locales/locale/sr_YU/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's sr_YU translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sr.system-full-squirrelmail", C.SYSTEM_FULL, (
            "nedovoljno prostora na sistemu",
        ), "sitle/squirrelmail-src:locales/locale/sr_YU/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's sr_YU translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sr.syntax-error-squirrelmail", C.SYNTAX_ERROR, (
            "komanda nije prepoznata",
        ), "sitle/squirrelmail-src:locales/locale/sr_YU/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's sr_YU translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sr.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "komanda nije implementirana",
            "komandni parametar nije podržan",
        ), "sitle/squirrelmail-src:locales/locale/sr_YU/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's sr_YU translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sr.bad-sequence-squirrelmail", C.BAD_SEQUENCE, (
            "loša sekvenca komandi",
        ), "sitle/squirrelmail-src:locales/locale/sr_YU/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's sr_YU translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sr.auth-required-squirrelmail", C.AUTH_REQUIRED, (
            "neophodna je autentikacija",
        ), "sitle/squirrelmail-src:locales/locale/sr_YU/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's sr_YU translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sr.auth-failed-weak-squirrelmail", C.AUTH_FAILED, (
            "autentikacija neuspešna",
        ), "sitle/squirrelmail-src:locales/locale/sr_YU/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's sr_YU translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sr.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "enkripcija je neophodna za izabrani mehanizam",
        ), "sitle/squirrelmail-src:locales/locale/sr_YU/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's sr_YU translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sr.has-moved-squirrelmail", C.HAS_MOVED, (
            "korisnik nije lokalni",
        ), "sitle/squirrelmail-src:locales/locale/sr_YU/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's sr_YU translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sr.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "prekoračuje dodeljen prostor",
        ), "sitle/squirrelmail-src:locales/locale/sr_YU/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's sr_YU translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sr.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "transakcija neuspešna",
        ), "sitle/squirrelmail-src:locales/locale/sr_YU/LC_MESSAGES/squirrelmail.po", decisive=False),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("sr.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "је одбијен од стране регулатора",
        ), "jaredmauch/mailman2-python3:templates/sr/refuse.txt"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("sr.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "док је регулатор листе",
        ), "jaredmauch/mailman2-python3:templates/sr/postheld.txt"),
        # Sylpheed's translated SMTP session errors ("Can't start TLS session").
        Phrases("sr.tls-required-sylpheed", C.TLS_REQUIRED, (
            "нисам успео да покренем тлс сесију",
        ), "sylpheed-mail/sylpheed:po/sr.po"),
        # Sylpheed's translated SMTP session errors ("SMTP AUTH not available / Authentication failed").
        Phrases("sr.auth-failed-sylpheed", C.AUTH_FAILED, (
            "смпт аутх није доступан", "пријава није успела",
        ), "sylpheed-mail/sylpheed:po/sr.po"),
        # Sylpheed's translated SMTP session errors ("Connection closed by the remote host / Can't connect to SMTP server").
        Phrases("sr.network-error-sylpheed", C.NETWORK_ERROR, (
            "веза је прекинута од стране удаљеног домаћина", "нисам успео да се повежем са смпт служитељем",
        ), "sylpheed-mail/sylpheed:po/sr.po"),
        # msmtp's translated SMTP client errors (authentication unsupported, TLS handshake or
        # certificate check failed, connection closed, host unreachable, timeout).
        Phrases("sr.auth-failed-msmtp", C.AUTH_FAILED, (
            "не могу да нађем употребљив начин потврђивања",
        ), "marlam/msmtp:po/sr.po"),
        # msmtp's "the server does not support authentication": the server's EHLO offers no AUTH
        # (marlam/msmtp:src/msmtp.c tests the AUTH capability), a command not implemented there.
        Phrases("sr.not-implemented-msmtp-auth", C.NOT_IMPLEMENTED, (
            "сервер не подржава потврђивање идентитета",
        ), "marlam/msmtp:po/sr.po"),
        # msmtp's translated SMTP client errors (authentication unsupported, TLS handshake or
        # certificate check failed, connection closed, host unreachable, timeout).
        Phrases("sr.tls-required-msmtp", C.TLS_REQUIRED, (
            "уверења није успело",
            "руковање није успело",
        ), "marlam/msmtp:po/sr.po"),
        # msmtp's translated SMTP client errors (authentication unsupported, TLS handshake or
        # certificate check failed, connection closed, host unreachable, timeout).
        Phrases("sr.network-error-msmtp", C.NETWORK_ERROR, (
            "веза је неочекивано затворена",
            "домаћин није доступан",
            "веза је прекинута на другом крају",
            "истекло је време за радњу",
        ), "marlam/msmtp:po/sr.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("sr.network-error-balsa", C.NETWORK_ERROR, ("веза је изгубљена",
            "нисам успео да се повежем са смтп сервером",
        ), "GNOME/balsa:po/sr.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("sr.auth-failed-balsa", C.AUTH_FAILED, ("гссапи потврђивање удентитета није успело", "ниједан начин потврђивања идентитета није познат",
            "нема одговарајућег механизма потврђивања",
        ), "GNOME/balsa:po/sr.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("sr.auth-required-balsa", C.AUTH_REQUIRED, (
            "корисничко име и лозинка су обавезни",
        ), "GNOME/balsa:po/sr.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("sr.service-unavailable-balsa", C.SERVICE_UNAVAILABLE, (
            "не нуди smtp услугу",
        ), "GNOME/balsa:po/sr.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("sr.tls-required-balsa", C.TLS_REQUIRED, ("издавач потписујућег уверења није познат", "оштећено тлс уверење", "уверење је истекло", "уверење је опозвано",
            "не подржава старттлс",
        ), "GNOME/balsa:po/sr.po"),
        # Claws Mail's translated SMTP session errors (TLS session, connection closed by the remote
        # host, authentication failed).
        Phrases("sr.tls-required-claws", C.TLS_REQUIRED, (
            "није могуће покретање tls сесије",
        ), "eworm-de/claws-mail:po/sr.po"),
        # Claws Mail's translated SMTP session errors (TLS session, connection closed by the remote
        # host, authentication failed).
        Phrases("sr.network-error-claws", C.NETWORK_ERROR, (
            "удаљени сервер је прекинуо везу",
        ), "eworm-de/claws-mail:po/sr.po"),
        # Claws Mail's translated SMTP session errors (TLS session, connection closed by the remote
        # host, authentication failed).
        Phrases("sr.auth-failed-claws", C.AUTH_FAILED, (
            "неуспешна идентификација",
        ), "eworm-de/claws-mail:po/sr.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("sr.message-too-large-claws", C.MESSAGE_TOO_LARGE, (
            "порука је превелика",
        ), "eworm-de/claws-mail:po/sr.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("sr.auth-failed-claws-2", C.AUTH_FAILED, (
            "smtp auth није доступан",
        ), "eworm-de/claws-mail:po/sr.po"),
        # Sylpheed's translated "SSL certificate verify failed" (the server's certificate did not verify).
        Phrases("sr.tls-required-sylpheed-ssl", C.TLS_REQUIRED, (
            "није успела провера ssl уверења",
        ), "sylpheed-mail/sylpheed:po/sr.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("sr.tls-required-balsa-session", C.TLS_REQUIRED, (
            "тлс преговарање није успело",
            "тлс је затражен али није доступан",
        ), "GNOME/balsa:po/sr.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("sr.network-error-balsa-session", C.NETWORK_ERROR, (
            "не могу да приступим смтп серверу",
        ), "GNOME/balsa:po/sr.po"),
        # Geary cannot connect and asks to check the network.
        Phrases("sr.network-error-geary", C.NETWORK_ERROR, (
            "не могу да се повежем, проверите вашу мрежу",
        ), "GNOME/geary:po/sr.po"),
        # Geary's untrusted-connection reasons: the server certificate unsigned, mismatched or expired.
        Phrases("sr.tls-required-geary", C.TLS_REQUIRED, (
            "уверење сервера није потписано",
            "идентитет сервера не одговара идентитету",
            "уверење сервера је истекло",
        ), "GNOME/geary:po/sr.po"),
        # Mailman 2's holds: a moderated list, an implicit destination, a restricted list's approval, a suspicious header.
        Phrases("sr.policy-violation-mailman-held", C.POLICY_VIOLATION, (
            "модерисану њуз-групу",
            "слање на модерисану листу",
            "порука има имплицитно одредиште",
            "слање на листу захтјева потврду",
            "заглавље са сумњивим садржајем",
        ), "jaredmauch/mailman2-python3:messages/sr/LC_MESSAGES/mailman.po"),
        # Claws Mail's SMTP AUTH errors: failed, stronger authentication required, the method unavailable.
        Phrases("sr.auth-failed-claws-session", C.AUTH_FAILED, (
            "неопходна је сигурна идентификација",
            "настала је грешка при идентификацији",
        ), "eworm-de/claws-mail:po/sr.po"),
        # Claws Mail's connection errors: timed out, refused, closed by the remote host.
        Phrases("sr.network-error-claws-session", C.NETWORK_ERROR, (
            "истекло је време за везу",
        ), "eworm-de/claws-mail:po/sr.po"),
        # FairEmail: no (suitable) internet connection (weak).
        Phrases("sr.network-error-weak-fairemail", C.NETWORK_ERROR, (
            "нема прикладне везе",
        ), "M66B/FairEmail:app/src/main/res/values-sr-rSP/strings.xml", decisive=False),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the connection failed; the SMTP credentials were refused.
        Phrases("sr.network-error-nextcloud-mail", C.NETWORK_ERROR, (
            "не може да се дође до smtp сервера",
            "није успело повезивање са smtp",
        ), "nextcloud/mail:l10n/sr.json"),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the connection failed; the SMTP credentials were refused.
        Phrases("sr.auth-failed-nextcloud-mail", C.AUTH_FAILED, (
            "није исправно smtp корисничко име или лозинка",
        ), "nextcloud/mail:l10n/sr.json"),
        # Sylpheed's SMTP session errors: the session timed out, the server not found, an error during authentication.
        Phrases("sr.network-error-sylpheed-session", C.NETWORK_ERROR, (
            "нисам пронашао смпт служитеља",
            "време за сесију је истекло",
        ), "sylpheed-mail/sylpheed:po/sr.po"),
        # Sylpheed's SMTP session errors: the session timed out, the server not found, an error during authentication.
        Phrases("sr.auth-failed-sylpheed-session", C.AUTH_FAILED, (
            "дошло је до грешке у пријави",
        ), "sylpheed-mail/sylpheed:po/sr.po"),
        # phpList's translated notice that a campaign was suspended because the message is too large
        Phrases("sr.message-too-large-phplist", C.MESSAGE_TOO_LARGE, (
            "poruka je prevelika",
        ), "phpList/phplist3:public_html/lists/admin/locale/sr/phplist.po"),
        # Joomla 3's Serbian PHPMailer strings (PHPMAILER_*)
        Phrases("sr.auth-failed-joomla3", C.AUTH_FAILED, (
            "не може се аутентификовати",
        ), "cuongnd/banhangonline88_joomla:language/sr-RS/sr-RS.ini"),
        # Joomla 3's Serbian PHPMailer strings (PHPMAILER_*)
        Phrases("sr.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "следећа изворна адреса је генерисала грешку",
        ), "cuongnd/banhangonline88_joomla:language/sr-RS/sr-RS.ini"),
        # Joomla 3's Serbian PHPMailer strings (PHPMAILER_*)
        Phrases("sr.user-unknown-joomla3", C.USER_UNKNOWN, (
            "следећи примаоци нису прошли",
        ), "cuongnd/banhangonline88_joomla:language/sr-RS/sr-RS.ini", decisive=False),
        # Joomla 3's Serbian PHPMailer strings (PHPMAILER_*)
        Phrases("sr.network-error-joomla3", C.NETWORK_ERROR, (
            "немогућа повезивање на smtp сервер", "није успела конекција",
        ), "cuongnd/banhangonline88_joomla:language/sr-RS/sr-RS.ini"),
        # Joomla 3's Serbian PHPMailer strings (PHPMAILER_*)
        Phrases("sr.tls-required-joomla3", C.TLS_REQUIRED, (
            "није могуће покренути tls",
        ), "cuongnd/banhangonline88_joomla:language/sr-RS/sr-RS.ini"),
        # Joomla 3's Serbian PHPMailer strings (PHPMAILER_*)
        Phrases("sr.auth-failed-joomla3-sr-yu", C.AUTH_FAILED, (
            "ne može se autentifikovati",
        ), "cuongnd/banhangonline88_joomla:language/sr-YU/sr-YU.ini"),
        # Joomla 3's Serbian PHPMailer strings (PHPMAILER_*)
        Phrases("sr.sender-rejected-joomla3-sr-yu", C.SENDER_REJECTED, (
            "sledeća izvorna adresa je generisala grešku",
        ), "cuongnd/banhangonline88_joomla:language/sr-YU/sr-YU.ini"),
        # Joomla 3's Serbian PHPMailer strings (PHPMAILER_*)
        Phrases("sr.user-unknown-joomla3-sr-yu", C.USER_UNKNOWN, (
            "sledeći primaoci nisu prošli",
        ), "cuongnd/banhangonline88_joomla:language/sr-YU/sr-YU.ini", decisive=False),
        # Joomla 3's Serbian PHPMailer strings (PHPMAILER_*)
        Phrases("sr.network-error-joomla3-sr-yu", C.NETWORK_ERROR, (
            "nemoguća povezivanje na smtp server", "nije uspela konekcija",
        ), "cuongnd/banhangonline88_joomla:language/sr-YU/sr-YU.ini"),
        # Joomla 3's Serbian PHPMailer strings (PHPMAILER_*)
        Phrases("sr.tls-required-joomla3-sr-yu", C.TLS_REQUIRED, (
            "nije moguće pokrenuti tls",
        ), "cuongnd/banhangonline88_joomla:language/sr-YU/sr-YU.ini"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("sr.rate-limited-sogo", C.RATE_LIMITED, (
            "pošaljem previše pošte",
            "пошаљем превише поште",
        ), "Alinto/sogo:UI/MailerUI/Montenegrin.lproj/Localizable.strings; Alinto/sogo:UI/MailerUI/SerbianLatin.lproj/Localizable.strings; Alinto/sogo:UI/MailerUI/Serbian.lproj/Localizable.strings"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("sr.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "пре слања ове поруке",
        ), "roundcube/roundcubemail:program/localization/sr_CS/messages.inc"),
        # Microsoft's help title for Exchange Online's 4.5.3 'Too many recipients (AS780090)' (the message over the per-message recipient limit).
        Phrases("sr.too-many-recipients-exchange", C.RATE_LIMITED, (
            "previše primalaca",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sr-Latn-RS:AlchemyInsights/antispam-4-5-3-too-many-recipients-as780090.md"),
        # Microsoft's help title for Exchange Online's 5.1.90 NDR: the sender's daily recipient limit reached.
        Phrases("sr.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "ograničenje broja dnevnih primalaca",
            "dnevno ograničenje za primaoce",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sr-Latn-RS:AlchemyInsights/5-1-90-your-message-cant-be-sent-daily-limit.md"),
        # Microsoft's help title for SharePoint's 'Daily email limit exceeded. Workflow is suspended'.
        Phrases("sr.rate-limited-daily-email-workflow", C.RATE_LIMITED, (
            "dnevni limit e-pošte",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sr-Latn-RS:AlchemyInsights/daily-email-limit-exceeded.md"),
        # Microsoft's help on Exchange Online's mailbox receiving limit (3,600 messages an hour): senders get a 5.2.121 or 5.2.122 NDR saying the mailbox exceeded its maximum delivery threshold.
        Phrases("sr.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "maksimalnu dozvoljenu vrednost isporuke",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sr-Latn-RS:AlchemyInsights/mailbox-receiving-limit.md"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("sr.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("веза са сервером", "веза ка серверу"),
            ("истекла", "ресетована", "прекинута"),
        ), "thunderbird/thunderbird-l10n:sr/mail/chrome/messenger/messenger.properties", window=50),
    ),
)
