"""Slovak (sk): the Slovak SMTP error wording of mail clients that show or quote a server's
refusal: Thunderbird's composeMsgs.properties (thunderbird/thunderbird-l10n), Roundcube's
messages.inc, Evolution's translations of the RFC 5321 reply texts
(GNOME/evolution-data-server po/), and
MailScanner's Slovak sender notices (virus, blocklist, spam).
Also: glibc's translated strerror and resolver texts (bminor/glibc po/), SOGo's
send errors (Alinto/sogo UI/MailerUI), PHPMailer's language files, Mailman 2's refusals,
MailScanner's attachment refusals, Evolution's RFC 5321 reply texts, Roundcube's regional SMTP
errors.
Also: IMP webmail's translated recipient-limit refusal (horde/imp locale/).
Also: Gmail's Slovak help on bounced messages (support.google.com/mail/answer/6596?hl=sk).
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/).
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them.
Also: Geary's, Balsa's, Claws Mail's and Sylpheed's translated send errors, Mailspring's, Nextcloud
Mail's, FairEmail's, Thunderbird for Android's and Delta Chat's translated account and login errors,
where this language has them."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_EVO_PO = "GNOME/evolution-data-server:po/sk.po"
_MAILSCANNER = "MailScanner/v5:common/usr/share/MailScanner/reports/sk/"
_RC_L10N = "roundcube/roundcubemail:program/localization/sk_SK/messages.inc"
_TB_L10N = (
    "thunderbird/thunderbird-l10n:sk/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)

LANGUAGE = Language(
    code="sk",
    name="Slovak",
    phrases=(
        # MailScanner's notice put in place of an attachment on the list of unacceptable attachments, the original kept in quarantine (stored.filename.message.txt).
        Phrases("sk.content-rejected-mailscanner-stored", C.CONTENT_REJECTED, (
            "na zozname nepripustnych priloh",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/sk/stored.filename.message.txt"),
        # MailScanner's notice put in place of an attachment found infected by a virus.
        Phrases("sk.virus-mailscanner-replaced", C.VIRUS, (
            "infikovana virusom",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/sk/deleted.virus.message.txt"),
        # MailScanner's notice put in place of an attachment of a type this site does not accept (deleted.filename.message.txt).
        Phrases("sk.content-rejected-mailscanner-replaced", C.CONTENT_REJECTED, (
            "je na liste priloh",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/sk/deleted.filename.message.txt"),
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("sk.auth-failed-weak-kimap", C.AUTH_FAILED, (
            "prihlásenie zlyhalo", "pihlásenie zlyhalo",
        ), "KDE/kimap:po/sk/libkimap6.po", decisive=False),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("sk.tls-required-kimap", C.TLS_REQUIRED, (
            "tls skúška zlyhala", "ssl handshake zlyhalo",
        ), "KDE/kimap:po/sk/libkimap6.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("sk.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "nie je možné nájsť server",
        ), ("thunderbird/thunderbird-l10n:sk/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("sk.network-error-kdepim", C.NETWORK_ERROR, (
            "nemôžem sa pripojiť na server", "server ukončil spojenie",
            "server okamžite ukončil spojenie", "časový limit zo servera",
            "prerušené spojenie so serverom", "nepodarilo sa pripojiť na imap server",
            "spojenie stratené", "odpojený zo servera počas prihlasovania",
            "odpojený počas prihlasovania",
        ), "KDE/kdepim-runtime:po/sk/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime): an error during authentication, unable
        # to log in to the server.
        Phrases("sk.auth-failed-kdepim", C.AUTH_FAILED, (
            "počas overovania sa vyskytla chyba", "nemôžem sa prihlásiť na server",
        ), "KDE/kdepim-runtime:po/sk/akonadi_pop3_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("sk.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "server nie je dostupný",
        ), "KDE/kdepim-runtime:po/sk/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("sk.tls-required-glib-networking", C.TLS_REQUIRED, (
            "server požaduje certifikát pre tls", "neprijateľný certifikát pre tls",
            "nepodarilo sa vytvoriť pripojenie s použitím tls", "spoznaní pomocou tls",
            "pripojenie pomocou tls bolo nečakane ukončené", "závažnú výstrahu tls",
            "neprijateľná autorita certifikátu",
        ), "GNOME/glib-networking:po/sk.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("sk.network-error-glib-networking", C.NETWORK_ERROR, (
            "čas vstupno/výstupného soketu vypršal", "pripojenie je poškodené",
        ), "GNOME/glib-networking:po/sk.po"),
        # Thunderbird's connection errors (messenger.properties): the connection failed.
        Phrases("sk.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "nepodarilo sa spojiť so serverom",
        ), "thunderbird/thunderbird-l10n:sk/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's connection errors (messenger.properties): an authentication failure
        # while connecting (OAuth2).
        Phrases("sk.auth-failed-thunderbird-connection", C.AUTH_FAILED, (
            "zlyhala autentifikácia",
        ), "thunderbird/thunderbird-l10n:sk/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the connection timed out, the server
        # disconnected.
        Phrases("sk.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "vypršal čas pre pripojenie", "sa odpojil",
        ), "thunderbird/thunderbird-l10n:sk/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): an unexpected TLS error.
        Phrases("sk.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "neočakávaná chyba tls",
        ), "thunderbird/thunderbird-l10n:sk/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("sk.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "odoslanie hesla pre používateľa",
        ), "thunderbird/thunderbird-l10n:sk/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("sk.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "nie je možné nadviazať spojenie tls",
        ), "thunderbird/thunderbird-l10n:sk/mail/chrome/messenger/localMsgs.properties"),
        # K-9 Mail's account-setup check: cannot connect to server.
        Phrases("sk.network-error-k9-check", C.NETWORK_ERROR, (
            "nie je možné sa pripojiť k serveru",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-sk/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("sk.auth-failed-k9-check", C.AUTH_FAILED, (
            "používateľské meno alebo heslo nie je správne",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-sk/strings.xml"),
        # Geary's server-certificate problems (expired, revoked, not activated, unknown authority, insecure, identity mismatch).
        Phrases("sk.tls-required-geary-po", C.TLS_REQUIRED, (
            "certifikát servera",
            "certifikátu servera",
            "identita servera sa nezhoduje",
        ), "GNOME/geary:po/sk.po"),
        # Geary's 'Could not connect, check your network'.
        Phrases("sk.network-error-geary-po", C.NETWORK_ERROR, (
            "nepodarilo sa pripojiť, skontrolujte vašu sieť",
        ), "GNOME/geary:po/sk.po"),
        # Geary's login problems: check your sending / receiving login and password; an account reported an incorrect login or password.
        Phrases("sk.auth-failed-geary-po", C.AUTH_FAILED, (
            "skontrolujte vaše prihlasovacie meno a heslo",
            "skontrolujte vašu emailovú adresu a heslo",
            "nesprávne prihlasovacie meno alebo heslo",
        ), "GNOME/geary:po/sk.po"),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("sk.network-error-weak-k9", C.NETWORK_ERROR, (
            "chyba pripojenia",
            "chyba siete",
            "sieťová chyba",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-sk/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-sk/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-sk/strings.xml", decisive=False),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("sk.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "príliš veľa aktívnych pripojení",
        ), "Foundry376/Mailspring:app/lang/sk.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("sk.relay-denied-mailspring", C.RELAY_DENIED, (
            "server smtp nebude odosielať správu",
        ), "Foundry376/Mailspring:app/lang/sk.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("sk.rate-limited-mailspring", C.RATE_LIMITED, (
            "prekročená šírka pásma služby gmail",
            "prekročili ste limit denného odosielania",
        ), "Foundry376/Mailspring:app/lang/sk.json"),
        # Mailspring's 'Connection Error - Unable to connect to the server / port you provided.'
        Phrases("sk.network-error-mailspring", C.NETWORK_ERROR, (
            "nedá sa pripojiť k poskytnutému serveru",
        ), "Foundry376/Mailspring:app/lang/sk.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("sk.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "obsahuje nelegálnu prílohu",
        ), "Foundry376/Mailspring:app/lang/sk.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("sk.auth-failed-mailspring", C.AUTH_FAILED, (
            "chyba overenia",
            "nepodporuje základné autentifikáciu",
            "už nemôže overiť",
        ), "Foundry376/Mailspring:app/lang/sk.json"),
        # SnappyMail's 'Invalid recipients' notification (the RCPT refusal it shows).
        Phrases("sk.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "neplatný príjemcovia",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/sk/user.json", decisive=False),
        # SnappyMail's 'Can't connect to server' notification.
        Phrases("sk.network-error-snappymail", C.NETWORK_ERROR, (
            "nepodarilo sa pripojiť k serveru",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/sk/user.json"),
        # Delta Chat's login failure for want of an internet connection.
        Phrases("sk.network-error-deltachat", C.NETWORK_ERROR, (
            "žiadne pripojenie k internetu",
        ), "deltachat/deltachat-android:src/main/res/values-sk/strings.xml"),
        # Delta Chat's login failure: cannot log in as the address; check the address and the password.
        Phrases("sk.auth-failed-deltachat", C.AUTH_FAILED, (
            "nie je možné prihlásiť sa ako",
        ), "deltachat/deltachat-android:src/main/res/values-sk/strings.xml"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("sk.auth-required-kmail", C.AUTH_REQUIRED, (
            "musíte vyplniť užívateľské meno a heslo",
        ), "KDE/kmailtransport:po/sk/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("sk.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "nepodporuje autentifikáciu",
        ), "KDE/kmailtransport:po/sk/libmailtransport6.po"),
        # FairEmail's authentication-failure notice.
        Phrases("sk.auth-failed-fairemail", C.AUTH_FAILED, (
            "overenie zlyhalo",
        ), "M66B/FairEmail:app/src/main/res/values-sk-rSK/strings.xml"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("sk.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "väčšia než limit servera",
        ), "M66B/FairEmail:app/src/main/res/values-sk-rSK/strings.xml"),
        Phrases("sk.too-many-recipients-thunderbird", C.RATE_LIMITED, (
            "prekročenia povoleného počtu príjemcov",
        ), _TB_L10N),
        Phrases("sk.message-too-large-thunderbird", C.MESSAGE_TOO_LARGE, (
            "presiahla globálny limit servera",
        ), _TB_L10N),
        Phrases("sk.network-error-thunderbird", C.NETWORK_ERROR, (
            "server môže byť nesprávne nakonfigurovaný",
            "pripojenie k serveru pre odosielanie pošty",
            "časový limit pripojenia k serveru",
        ), _TB_L10N),
        Phrases("sk.auth-failed-thunderbird", C.AUTH_FAILED, (
            "nebolo možné overenie na serveri", "nepodporuje zvolenú metódu overenia",
        ), _TB_L10N),
        Phrases("sk.network-error-roundcube", C.NETWORK_ERROR, (
            "neúspešné pripojenie k serveru",
        ), _RC_L10N),
        Phrases("sk.auth-failed-roundcube", C.AUTH_FAILED, (
            "neúspešná autentifikácia",
        ), _RC_L10N),
        Phrases("sk.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "nemožno nastaviť odosielateľa",
        ), _RC_L10N, decisive=False),
        Phrases("sk.message-too-large-roundcube", C.MESSAGE_TOO_LARGE, (
            "veľkosť správy presahuje limit servera",
        ), _RC_L10N),
        Phrases("sk.mailbox-full-evolution", C.MAILBOX_FULL, (
            "presiahnuté vyhradené miesto pre úložisko",
        ), _EVO_PO),
        Phrases("sk.auth-required-evolution", C.AUTH_REQUIRED, (
            "vyžaduje sa overenie totožnosti",
        ), _EVO_PO),
        Phrases("sk.auth-failed-evolution", C.AUTH_FAILED, (
            "dočasné zlyhanie overenia totožnosti", "mechanizmus overenia je príliš slabý",
        ), _EVO_PO),
        Phrases("sk.system-full-evolution", C.SYSTEM_FULL, (
            "nedostatok miesta v systéme",
        ), _EVO_PO),
        Phrases("sk.virus-mailscanner", C.VIRUS, (
            "nas detektor virusov prave zistil", "ziadna infikovana cast spravy",
        ), _MAILSCANNER + "sender.virus.report.txt"),
        Phrases("sk.blocklisted-mailscanner", C.BLOCKLISTED, (
            "verejnej ciernej listine",
        ), _MAILSCANNER + "sender.spam.rbl.report.txt"),
        Phrases("sk.spam-content-mailscanner", C.SPAM_CONTENT, (
            "vasa sprava bola oznacena ako spam",
        ), _MAILSCANNER + "sender.spam.sa.report.txt"),
        Phrases("sk.sender-rejected-mailman", C.SENDER_REJECTED, (
            "zakázané prispievať do tejto konferencie",
            "konferencie obmedzenej iba pre účastníkov", "môžu prispievať iba jej účastníci",
        ), "jaredmauch/mailman2-python3:messages/sk/LC_MESSAGES/mailman.po"),
        # glibc's translated strerror texts: ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, EADDRNOTAVAIL,
        # ENETUNREACH, ECONNRESET, ECONNABORTED, ENETDOWN, EHOSTDOWN, gai_strerror's EAI_AGAIN
        # and the resolver's host name lookup failure.
        Phrases("sk.network-error-glibc", C.NETWORK_ERROR, (
            "neopraviteľná chyba pri riešení názvu",
            "počítač je vypnutý",
            "sieť je nefunkčná",
            "software spôsobil zrušenie spojenia",
            "nepodarilo sa nájsť meno počítača",
            "spojenie odmietnuté", "časový limit pre spojenie vypršal",
            "cesta k počítaču neexistuje", "priradenie požadovanej adresy nie je možné",
            "sieť nie je dostupná", "spojenie zrušené druhou stranou",
            "dočasná chyba pri riešení názvu",
        ), "bminor/glibc:po/sk.po"),
        # glibc's translated gai_strerror texts (EAI_NONAME, EAI_NODATA) and the resolver's
        # unknown host.
        Phrases("sk.host-unknown-glibc", C.HOST_UNKNOWN, (
            "neznámy počítač",
            "názov alebo služba neznáme", "názov počítača nemá priradenú adresu",
        ), "bminor/glibc:po/sk.po"),
        Phrases("sk.user-unknown-evolution", C.USER_UNKNOWN, (
            "poštová schránka nie je k dispozícii", "nepovolený názov poštovej schránky",
        ), "GNOME/evolution-data-server:po/sk.po", decisive=False),
        Phrases("sk.has-moved-evolution", C.HAS_MOVED, (
            "používateľ nie je lokálny",
        ), "GNOME/evolution-data-server:po/sk.po"),
        Phrases("sk.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "príkaz neimplementovaný", "parameter príkazu neimplementovaný",
        ), "GNOME/evolution-data-server:po/sk.po", decisive=False),
        Phrases("sk.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "služba nie je k dispozícii",
        ), "GNOME/evolution-data-server:po/sk.po", decisive=False),
        Phrases("sk.server-error-evolution", C.SERVER_ERROR, (
            "chyba pri spracovaní",
        ), "GNOME/evolution-data-server:po/sk.po", decisive=False),
        Phrases("sk.tls-required-evolution", C.TLS_REQUIRED, (
            "pre požadovaný spôsob overenia totožnosti je vyžadované šifrovanie",
        ), "GNOME/evolution-data-server:po/sk.po"),
        Phrases("sk.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "správy je príliš veľké", "správa je príliš veľká",
        ), "jaredmauch/mailman2-python3:messages/sk/LC_MESSAGES/mailman.po"),
        Phrases("sk.too-many-recipients-mailman", C.RATE_LIMITED, (
            "príliš veľa príjemcov",
        ), "jaredmauch/mailman2-python3:messages/sk/LC_MESSAGES/mailman.po"),
        Phrases("sk.auth-failed-phpmailer", C.AUTH_FAILED, (
            "chyba autentifikácie",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-sk.php"),
        Phrases("sk.network-error-phpmailer", C.NETWORK_ERROR, (
            "nebolo možné nadviazať spojenie so smtp serverom", "smtp connect() zlyhalo",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-sk.php"),
        Phrases("sk.sender-rejected-phpmailer", C.SENDER_REJECTED, (
            "následujúca adresa from je nesprávna",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-sk.php", decisive=False),
        Phrases("sk.content-rejected-roundcube", C.CONTENT_REJECTED, (
            "nepodporuje unicode v e-mailovej adrese",
        ), "roundcube/roundcubemail:program/localization/sk_SK/messages.inc"),
        Phrases("sk.content-rejected-mailscanner", C.CONTENT_REJECTED, (
            "zozname nepovolenych priloh",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/sk/sender.filename.report.txt"),
        Phrases("sk.user-unknown-sogo", C.USER_UNKNOWN, (
            "žiadny príjemca nie je platný", "nasledujúci príjemcovia nemajú platnú adresu",
        ), "Alinto/sogo:UI/MailerUI/Slovak.lproj/Localizable.strings"),
        Phrases("sk.network-error-sogo", C.NETWORK_ERROR, (
            "chyba pri pripájaní na smtp server",
        ), "Alinto/sogo:UI/MailerUI/Slovak.lproj/Localizable.strings"),
        Phrases("sk.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "tiket kerberos/gssapi nebol serverom",
        ), (
            "thunderbird/thunderbird-l10n:sk/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("sk.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "nepovoľuje nezašifrované heslá",
        ), (
            "thunderbird/thunderbird-l10n:sk/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("sk.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "používate správnu identitu a či je použitá overovacia metóda",
        ), (
            "thunderbird/thunderbird-l10n:sk/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        ), decisive=False),
        Phrases("sk.content-rejected-mailman", C.CONTENT_REJECTED, (
            "prípona súboru", "prípona souboru", "zostala prázdna správa",
        ), "jaredmauch/mailman2-python3:messages/sk/LC_MESSAGES/mailman.po"),
        Phrases("sk.auth-failed-evolution-response", C.AUTH_FAILED, (
            "neplatná odpoveď na overenie totožnosti od servera",
        ), "GNOME/evolution-data-server:po/sk.po"),
        Phrases("sk.sender-rejected-evolution", C.SENDER_REJECTED, (
            "adresa odosielateľa nie je platná",
        ), "GNOME/evolution-data-server:po/sk.po", decisive=False),
        # IMP's (Horde webmail) refusal of a message over the sender's recipient limit.
        Phrases("sk.too-many-recipients-imp", C.RATE_LIMITED, (
            "nemáte právo odoslať správy viac ako",
        ), "horde/imp:locale/sk/LC_MESSAGES/imp.po"),
        # Gmail's Slovak notice when it cannot connect to the recipient's mail server (Gmail's help on
        # bounced messages).
        Phrases("sk.network-error-gmail", C.NETWORK_ERROR, (
            "server príjemcu neprijal naše požiadavky",
        ), "https://support.google.com/mail/answer/6596?hl=sk"),
        # Thunderbird's note when the server refuses a recipient (RCPT TO): check the recipient's
        # address; the server's own reply, quoted in it, names the reason.
        Phrases("sk.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "skontrolujte príjemcu správy",
        ), (
            "thunderbird/thunderbird-l10n:sk/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        ), decisive=False),
        # Roundcube's note when the SMTP server refuses a recipient (smtptoerror); the server's
        # reply, quoted in it, names the reason.
        Phrases("sk.user-unknown-roundcube", C.USER_UNKNOWN, (
            "nemožno pridať príjemcu",
        ), "roundcube/roundcubemail:program/localization/sk_SK/messages.inc", decisive=False),
        # Thunderbird's note that the server refuses its encrypted-password authentication (the
        # mechanism must change).
        Phrases("sk.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "nepodporuje šifrované heslá",
        ), (
            "thunderbird/thunderbird-l10n:sk/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        )),
        # Thunderbird's note when the server refuses the sender (MAIL FROM): check your address.
        Phrases("sk.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "overte nastavenie vašej",
        ), (
            "thunderbird/thunderbird-l10n:sk/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        ), decisive=False),
        # PHPMailer's note on the recipients the SMTP server refused (recipients_failed); the
        # server's reply names the reason.
        Phrases("sk.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "adresy príjemcov niesu správne",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-sk.php", decisive=False),
        # SquirrelMail's sk_SK translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sk.service-unavailable-weak-squirrelmail", C.SERVICE_UNAVAILABLE, (
            "uzatváram kanál",
        ), "sitle/squirrelmail-src:locales/locale/sk_SK/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's sk_SK translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sk.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "heslo prechodu",
            "dočasné zlyhananie autentifikácie",
            "autentifikačný mechanizmus je príliš slabý",
        ), "sitle/squirrelmail-src:locales/locale/sk_SK/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's sk_SK translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sk.auth-failed-weak-squirrelmail", C.AUTH_FAILED, (
            "autentifikácia zlyhala",
        ), "sitle/squirrelmail-src:locales/locale/sk_SK/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's sk_SK translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sk.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "chyba v spracovaní",
            "transakcia zlyhala",
        ), "sitle/squirrelmail-src:locales/locale/sk_SK/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's sk_SK translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sk.system-full-squirrelmail", C.SYSTEM_FULL, (
            "nedostatok systémového úložného priestoru",
        ), "sitle/squirrelmail-src:locales/locale/sk_SK/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's sk_SK translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sk.syntax-error-squirrelmail", C.SYNTAX_ERROR, (
            "príkaz nerozpoznaný",
            "chyba syntaxe v parametroch",
        ), "sitle/squirrelmail-src:locales/locale/sk_SK/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's sk_SK translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sk.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "príkaz nie je implementovaný",
            "parameter príkazu nie je implementovaný",
        ), "sitle/squirrelmail-src:locales/locale/sk_SK/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's sk_SK translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sk.bad-sequence-squirrelmail", C.BAD_SEQUENCE, (
            "zlá postupnosť príkazov",
        ), "sitle/squirrelmail-src:locales/locale/sk_SK/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's sk_SK translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sk.auth-required-squirrelmail", C.AUTH_REQUIRED, (
            "je požadovaná autentifikácia",
        ), "sitle/squirrelmail-src:locales/locale/sk_SK/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's sk_SK translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sk.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "zakódovanie vyžaduje autentifikačný mechanizmus",
        ), "sitle/squirrelmail-src:locales/locale/sk_SK/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's sk_SK translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sk.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "alokáciu úložného priestoru",
        ), "sitle/squirrelmail-src:locales/locale/sk_SK/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's sk_SK translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sk.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "meno schránky nebolo povolené",
        ), "sitle/squirrelmail-src:locales/locale/sk_SK/LC_MESSAGES/squirrelmail.po", decisive=False),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("sk.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "zamietnutá správcom konferencie",
        ), "jaredmauch/mailman2-python3:templates/sk/refuse.txt"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("sk.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "je potrebný súhlas moderátora",
        ), "jaredmauch/mailman2-python3:templates/sk/postheld.txt"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, Emergency.py, SpamDetect.py): a
        # moderated list, an implicit destination, a restricted list's approval, administrivia, a
        # suspicious header, a post the moderator deemed inappropriate, an emergency hold, a header
        # filter rule.
        Phrases("sk.policy-violation-mailman-moderation", C.POLICY_VIOLATION, (
            "slepé kópie a iní",
            "moderátorom posúdený ako neprijateľný",
            "príspevok do moderovanej konferencie",
            "neobsahuje korektného",
            "prispievať bez súhlasu moderátora",
            "obsahuje príkazy pre listserver",
            "príspevok má neplatnú hlavičku",
            "núdzová moderácia všetkých správ",
            "zamietnutá filtrovacím pravidlom",
        ), "jaredmauch/mailman2-python3:messages/sk/LC_MESSAGES/mailman.po"),
        # Mailman 3's list:user:notice:hold and refuse templates: the post is held for the moderator, or
        # the moderator rejected it.
        Phrases("sk.policy-violation-mailman3-notice", C.POLICY_VIOLATION, (
            "kým ju schváli moderátor",
            "odmietnutá moderátorom konferencie",
        ), (
            "osstech-jp/mailman:src/mailman/templates/sk/list:user:notice:hold.txt; osstech-j"
            "p/mailman:src/mailman/templates/sk/list:user:notice:refuse.txt"
        )),
        # Mailman 3's list:user:notice:rejected template: the post was rejected, its reasons listed after
        # (weak: a listed reason's own wording decides).
        Phrases("sk.policy-violation-mailman3-reasons", C.POLICY_VIOLATION, (
            "odmietnutá z nasledujúcich dôvodov",
        ), "osstech-jp/mailman:src/mailman/templates/sk/list:user:notice:rejected.txt", decisive=False),
        # Sylpheed's translated SMTP session errors ("Can't start TLS session").
        Phrases("sk.tls-required-sylpheed", C.TLS_REQUIRED, (
            "nedá sa vytvoriť tls spojenie",
        ), "sylpheed-mail/sylpheed:po/sk.po"),
        # Sylpheed's translated SMTP session errors ("SMTP AUTH not available / Authentication failed").
        Phrases("sk.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp auth nie je dostupné", "autentizácia bola neúspešná",
        ), "sylpheed-mail/sylpheed:po/sk.po"),
        # Sylpheed's translated SMTP session errors ("Connection closed by the remote host / Can't connect to SMTP server").
        Phrases("sk.network-error-sylpheed", C.NETWORK_ERROR, (
            "vzdialený hostiteľ ukončil spojenie",
        ), "sylpheed-mail/sylpheed:po/sk.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("sk.tls-required-claws", C.TLS_REQUIRED, (
            "zlyhalo vytvorenie spojenia tls",
            "certifikát tls je neplatný",
        ), "eworm-de/claws-mail:po/sk.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("sk.auth-failed-claws", C.AUTH_FAILED, (
            "nie je dostupná žiadna metóda smtp auth",
        ), "eworm-de/claws-mail:po/sk.po"),
        # Geary's untrusted-connection reasons: the server certificate unsigned, mismatched or expired.
        Phrases("sk.tls-required-geary", C.TLS_REQUIRED, (
            "nie je podpísaný známou autoritou",
            "identita servera sa nezhoduje s identitou",
            "platnosť certifikátu servera skončila",
        ), "GNOME/geary:po/sk.po"),
        # Balsa's SMTP send error: the server refused to relay ("Relaying refused"); the message stays in the outbox.
        Phrases("sk.relay-denied-balsa", C.RELAY_DENIED, (
            "prenos odmietnutý",
        ), "GNOME/balsa:po/sk.po"),
        # Balsa's SMTP send errors: the SMTP server refused the connection or cannot be reached.
        Phrases("sk.network-error-balsa", C.NETWORK_ERROR, (
            "smtp server odmietol spojenie",
            "smtp server nemohol byť dosiahnutý",
        ), "GNOME/balsa:po/sk.po"),
        # Claws Mail's SMTP session errors: STARTTLS could not be started or failed, the server requires it.
        Phrases("sk.tls-required-claws-session", C.TLS_REQUIRED, (
            "nemožno vytvoriť reláciu starttls",
            "chyba vytvorenia spojenia starttls",
            "starttls zlyhalo",
            "server na prihlásenie vyžaduje starttls",
        ), "eworm-de/claws-mail:po/sk.po"),
        # Claws Mail's connection errors: timed out, refused, closed by the remote host.
        Phrases("sk.network-error-claws-session", C.NETWORK_ERROR, (
            "uplynul časový limit spojenia",
        ), "eworm-de/claws-mail:po/sk.po"),
        # Claws Mail's SMTP AUTH errors: failed, stronger authentication required, the method unavailable.
        Phrases("sk.auth-failed-claws-session", C.AUTH_FAILED, (
            "je vyžadovaná silnejšia autentifikácia",
            "zvolená metóda smtp auth nie je dostupná",
        ), "eworm-de/claws-mail:po/sk.po"),
        # FairEmail: no (suitable) internet connection (weak).
        Phrases("sk.network-error-weak-fairemail", C.NETWORK_ERROR, (
            "nedostačujúci prístup na internet",
        ), "M66B/FairEmail:app/src/main/res/values-sk-rSK/strings.xml", decisive=False),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the connection failed; the SMTP credentials were refused.
        Phrases("sk.network-error-nextcloud-mail", C.NETWORK_ERROR, (
            "smtp server nie je dostupný",
            "pripojenie k smtp zlyhalo",
        ), "nextcloud/mail:l10n/sk.json"),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the connection failed; the SMTP credentials were refused.
        Phrases("sk.auth-failed-nextcloud-mail", C.AUTH_FAILED, (
            "heslo k smtp je nesprávne",
        ), "nextcloud/mail:l10n/sk.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("sk.tls-required-mailspring", C.TLS_REQUIRED, (
            "starttls nie je k dispozícii",
            "tls nie je k dispozícii",
        ), "Foundry376/Mailspring:app/lang/sk.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("sk.spam-content-mailspring", C.SPAM_CONTENT, (
            "odchádzajúcim spamovým filtrom",
        ), "Foundry376/Mailspring:app/lang/sk.json"),
        # Sylpheed's SMTP session errors: the session timed out, the server not found, an error during authentication.
        Phrases("sk.auth-failed-sylpheed-session", C.AUTH_FAILED, (
            "vyskytla sa chyba v autentizácii",
        ), "sylpheed-mail/sylpheed:po/sk.po"),
        # Thunderbird for Android (K-9) notification: authentication failed for the account, update the server settings (weak).
        Phrases("sk.auth-failed-weak-thunderbird-android-notification", C.AUTH_FAILED, (
            "aktualizujte nastavenia servera",
        ), (
            "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-sk/strings.xml"
        ), decisive=False),
        # Joomla 3's Slovak PHPMailer strings (PHPMAILER_*)
        Phrases("sk.auth-failed-joomla3", C.AUTH_FAILED, (
            "nemôžem sa overiť",
        ), "cuongnd/banhangonline88_joomla:language/sk-SK/sk-SK.ini"),
        # Joomla 3's Slovak PHPMailer strings (PHPMAILER_*)
        Phrases("sk.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "nasledovná adresa odosielateľa zlyhala",
        ), "cuongnd/banhangonline88_joomla:language/sk-SK/sk-SK.ini"),
        # Joomla 3's Slovak PHPMailer strings (PHPMAILER_*)
        Phrases("sk.user-unknown-joomla3", C.USER_UNKNOWN, (
            "zlyhali nasledovní príjemcovia",
        ), "cuongnd/banhangonline88_joomla:language/sk-SK/sk-SK.ini", decisive=False),
        # Joomla 3's Slovak PHPMailer strings (PHPMAILER_*)
        Phrases("sk.network-error-joomla3", C.NETWORK_ERROR, (
            "nemôžem sa pripojiť na smtp hostiteľa", "zlyhalo pripojenie na smtp",
        ), "cuongnd/banhangonline88_joomla:language/sk-SK/sk-SK.ini"),
        # Joomla 3's Slovak PHPMailer strings (PHPMAILER_*)
        Phrases("sk.tls-required-joomla3", C.TLS_REQUIRED, (
            "nemôžem spustiť tls",
        ), "cuongnd/banhangonline88_joomla:language/sk-SK/sk-SK.ini"),
        # Joomla 3's (another pack's) Slovak PHPMailer strings (PHPMAILER_*)
        Phrases("sk.auth-failed-joomla3-ddsales", C.AUTH_FAILED, (
            "nemôžem overiť",
        ), "dwarkesh0204/ddsales:language/sk-SK/sk-SK.ini"),
        # Joomla 3's (another pack's) Slovak PHPMailer strings (PHPMAILER_*)
        Phrases("sk.network-error-joomla3-ddsales", C.NETWORK_ERROR, (
            "zlyhalo pripojenie smtp",
        ), "dwarkesh0204/ddsales:language/sk-SK/sk-SK.ini"),
        # eTest's note on undelivered mail: "Príjemcova emailová schránka je plná".
        Phrases("sk.mailbox-full-etest", C.MAILBOX_FULL, ("schránka je plná",),
                "https://www.etest.sk/nedoruceny-email/"),
        # A Slovak guide to undeliverable mail: the recipient's server may refuse a letter "z
        # dôvodu jeho veľkej veľkosti".
        Phrases("sk.message-too-large-size", C.MESSAGE_TOO_LARGE, ("z dôvodu jeho veľkej veľkosti",),
                "https://sk.internetdaybook.com/10573313-why-is-it-impossible-to-send-mail"),
        # Host2U's FAQ on 'Client host [x.x.x.x] blocked using ...': the sender's SMTP server "je
        # zaradený v zozname SPAM serverov"; the server takes no mail "z ktoréhokoľvek blokovaného
        # servera".
        Phrases("sk.blocklisted-host2u", C.BLOCKLISTED, (
            "zaradený v zozname spam serverov", "z ktoréhokoľvek blokovaného servera",
        ), "https://www.host2u.sk/faq/ked-mi-niekto-chce-poslat-mail-zobrai-sa-hlasenie-client-host-x-x-x-x-"
           "blocked-using-co-to-znamena-a-co-s-tym/"),
        # Microsoft's Slovak help title for SharePoint's 'Daily email limit exceeded. Workflow is suspended' (the workflow mail refused past the Exchange Online sending limits).
        Phrases("sk.rate-limited-daily-email-workflow", C.RATE_LIMITED, (
            "denný limit e-mailov",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sk-SK:AlchemyInsights/daily-email-limit-exceeded.md"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("sk.rate-limited-sogo", C.RATE_LIMITED, (
            "odoslať príliš veľa",
        ), "Alinto/sogo:UI/MailerUI/Slovak.lproj/Localizable.strings"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("sk.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "pred odoslaním tejto správy",
        ), "roundcube/roundcubemail:program/localization/sk_SK/messages.inc"),
        # Microsoft's help on Exchange Online's mailbox receiving limit (3,600 messages an hour): senders get a 5.2.121 or 5.2.122 NDR saying the mailbox exceeded its maximum delivery threshold.
        Phrases("sk.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "maximálnu veľkosť doručenia",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sk-SK:AlchemyInsights/mailbox-receiving-limit.md"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        Phrases("sk.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "limit frekvencie príjemcov",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sk-SK:AlchemyInsights/need-help-with-email-sending-limits.md"),
        # MailScanner's spam bounce (sender.spam.report), written without accents: unsolicited commercial mail refused.
        Phrases("sk.spam-content-mailscanner-uce", C.SPAM_CONTENT, (
            "nevyziadana komercna posta",
            "nevyziadanu komercnu postu",
        ), _MAILSCANNER + "sender.spam.report.txt"),
        # fetchmail's translated login failure (po/): unknown login or authentication error.
        Phrases("sk.auth-failed-fetchmail", C.AUTH_FAILED, (
            "chyba pri prihlásení alebo overení totožnosti",
        ), "Distrotech/fetchmail:po/sk.po"),
        # fetchmail's translated connect timeout (po/): timeout after N seconds waiting to connect to the server.
        Phrases("sk.network-error-fetchmail", C.NETWORK_ERROR, (
            "vypršanie časového limitu",
        ), "Distrotech/fetchmail:po/sk.po"),
        # Mutt's translated SMTP client errors (po/): could not connect; the server closed the connection; SMTP session failed with a read or write error.
        Phrases("sk.network-error-mutt", C.NETWORK_ERROR, (
            "server uzavrel spojenie",
        ), "muttmua/mutt:po/sk.po"),
        # SpamAssassin's Slovak spamtrap reply (30_text_sk.cf): the address is not available, no longer in use.
        Phrases("sk.user-unknown-spamassassin", C.USER_UNKNOWN, (
            "adresa nie je dostupná",
            "adresa už nie je používaná",
        ), "apache/spamassassin:rules/30_text_sk.cf"),
        # SpamAssassin's Slovak rule descriptions (30_text_sk.cf): the message contains an executable program.
        Phrases("sk.content-rejected-spamassassin", C.CONTENT_REJECTED, (
            "vykonateľný program",
        ), "apache/spamassassin:rules/30_text_sk.cf"),
        # Microsoft 365's localized help on the sender (account) blocked for sending too much spam (AlchemyInsights sender-blocked-for-sending-too-much-spam; the restricted users portal).
        Phrases("sk.sender-rejected-exchange-spam", C.SENDER_REJECTED, (
            "účet je zablokovaný pre odosielanie",
            "blokovaný odosielateľ",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sk-SK:AlchemyInsights/sender-blocked-for-sending-too-much-spam.md"),
        # Microsoft 365's machine-translated help for 550 5.7.511 'Access denied, banned sender' (AlchemyInsights ip-blocked-for-sending-too-much-spam-550-5-7-51).
        Phrases("sk.blocklisted-microsoft-banned-sender", C.BLOCKLISTED, (
            "zakázané odosielateľa",
            "ip blokované pre odosielanie",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sk-SK:AlchemyInsights/ip-blocked-for-sending-too-much-spam-550-5-7-51.md"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): the mailbox quota exceeded.
        Phrases("sk.mailbox-full-evolution-exchange", C.MAILBOX_FULL, (
            "prekročená kvóta poštovej schránky",
        ), "GNOME/evolution-mapi:po/sk.po; GNOME/evolution-ews:po/sk.po"),
        # Evolution's Exchange back ends (evolution-mapi, evolution-ews): the login at the server failed,
        # the password expired.
        Phrases("sk.auth-failed-evolution-exchange", C.AUTH_FAILED, (
            "zlyhalo prihlásenie na server",
            "platnosť hesla vypršala",
        ), "GNOME/evolution-mapi:po/sk.po; GNOME/evolution-ews:po/sk.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): no more sessions can be created, the
        # session limit was reached.
        Phrases("sk.too-many-connections-evolution-exchange", C.TOO_MANY_CONNECTIONS, (
            "nedá sa vytvoriť viac relácií",
        ), "GNOME/evolution-mapi:po/sk.po; GNOME/evolution-ews:po/sk.po"),
        # GLib's GIO network errors (GNOME/glib po/): socket I/O timed out, network or host unreachable,
        # error resolving a host name, could not connect to the proxy server.
        Phrases("sk.network-error-glib-gio", C.NETWORK_ERROR, (
            "vypršal časový limit v/v soketu",
            "sieť nedostupná",
            "hostiteľ nedostupný",
            "chyba pri preklade adresy",
            "dočasne schopná preložiť adresu",
            "nepodarilo sa pripojiť k proxy serveru",
        ), "GNOME/glib:po/sk.po"),
        # libsoup's translated connection errors (GNOME/libsoup po/): the network stream closed or the
        # connection terminated unexpectedly.
        Phrases("sk.network-error-libsoup", C.NETWORK_ERROR, (
            "sieťový prúd bol neočakávane uzavretý",
            "pripojenie bolo neočakávane ukončené",
        ), "GNOME/libsoup:po/sk.po"),
        # Tuta (Tutanota) mail client's errors (src/ui/translations): the number of allowed emails
        # was exceeded, or the allowed attempts; try again later.
        Phrases("sk.rate-limited-tuta", C.RATE_LIMITED, (
            "počet povolených pokusov bol prekročený",
            "prekročil/a počet povolených e-mailov",
            "prekročený počet povolených e-mailov",
        ), "tutao/tutanota:src/ui/translations/sk.ts"),
        # Tuta (Tutanota) mail client's errors: the storage limit is exceeded, no more mail can be
        # received or sent.
        Phrases("sk.mailbox-full-tuta", C.MAILBOX_FULL, (
            "úložiskový limit bol prekročený",
        ), "tutao/tutanota:src/ui/translations/sk.ts"),
        # Tuta (Tutanota) mail client's errors: the body text exceeds the maximum size limit.
        Phrases("sk.message-too-large-tuta", C.MESSAGE_TOO_LARGE, (
            "základný text presahuje maximálnu veľkosť",
        ), "tutao/tutanota:src/ui/translations/sk.ts"),
        # Tuta (Tutanota) client's connection errors: the connection to the server was lost.
        Phrases("sk.network-error-tuta", C.NETWORK_ERROR, (
            "pripojenie k serveru sa prerušilo",
        ), "tutao/tutanota:src/ui/translations/sk.ts"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("sk.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("pripojenie k serveru",),
            ("vypršal", "obnovené", "prerušené"),
        ), "thunderbird/thunderbird-l10n:sk/mail/chrome/messenger/messenger.properties", window=50),
        # Gmail's Slovak help on bounced mail ("Server príjemcu neprijal naše požiadavky": "keď sa
        # Gmail nemôže pripojiť k e-mailovému serveru príjemcu"): no connection to the server.
        Together("sk.together-network-error", C.NETWORK_ERROR, (
            ("nemôže pripojiť", "nemohol pripojiť", "nepodarilo pripojiť", "nedá pripojiť"),
            ("server",),
        ), "https://support.google.com/mail/answer/6596?hl=sk"),
        # The same help ("Správa bola nahlásená ako spam": "Text správy alebo odkazy v nej
        # vyzerajú podozrivo"): the text or links looking suspicious.
        Together("sk.together-spam-content", C.SPAM_CONTENT, (
            ("text správy", "odkaz"),
            ("podozriv",),
        ), "https://support.google.com/mail/answer/6596?hl=sk"),
        # Microsoft's Slovak Alchemy Insights article on NDR 5.1.90 ("Odosielateľ prekročil denný
        # limit počtu príjemcov"): a daily limit exceeded or reached.
        Together("sk.together-rate-limited", C.RATE_LIMITED, (
            ("prekročil", "dosiahli"),
            ("denný limit", "denného limitu"),
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sk-SK:AlchemyInsights/5-1-90-your-message-cant-be-sent-dai"
           "ly-limit.md"),
        # Microsoft's Slovak Alchemy Insights article on NDR 5.7.511 ("odstrániť príslušný účet zo
        # zoznamu blokovaných odosielateľov"): the sender on the blocked senders' list.
        Together("sk.together-blocklisted", C.BLOCKLISTED, (
            ("zoznam",),
            ("blokovaných odosielateľ", "zablokovaných odosielateľ"),
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sk-SK:AlchemyInsights/1264-ip-blocked-for-sending-too-much"
           "-spam-550-5-7-51.md", window=30),
        # Microsoft's Slovak Alchemy Insights article on NDR 5.4.1 ("550 5.4.1 prístup k prenosu
        # bol odmietnutý", Relay Access Denied): access to the relay refused.
        Together("sk.together-relay-denied", C.RELAY_DENIED, (
            ("prístup k prenosu",),
            ("odmietnut", "zamietnut"),
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sk-SK:AlchemyInsights/antispam-5-4-1-dbeb-catch-all.md", window=30),
        # Microsoft's Slovak Alchemy Insights article on NDR 4.5.3 ("objem toku e-mailov od
        # zdrojovou adresou IP presahuje limit"): the mail traffic over its limit (not "objem
        # správy", a message's size).
        Together("sk.together-rate-limited-traffic", C.RATE_LIMITED, (
            ("objem toku",),
            ("presahuje limit", "prekračuje limit"),
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sk-SK:AlchemyInsights/1049-antispam-4-5-3-too-many-recipien"
           "ts-as780090.md", window=60),
        # Office 365's Slovak list of NDR codes (4.4.316: "pokusy o pripojenie zlyhávajú z dôvodu
        # problému so sieťovým pripojením"): connection attempts failing.
        Together("sk.together-network-error-connect", C.NETWORK_ERROR, (
            ("pokusy o pripojenie", "pokus o pripojenie"),
            ("zlyháv", "zlyhal"),
        ), "https://support.office.com/sk-sk/article/ozn%C3%A1menia-o-nedoru%C4%8Den%C3%AD-e-mailov"
           "-v-slu%C5%BEb%C3%A1ch-office-365-51daa6b9-2e35-49c4-a0c9-df85bf8533c3"),
    ),
)
