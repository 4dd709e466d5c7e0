"""Romanian (ro): the Romanian SMTP error wording of mail clients that show or quote a server's
refusal: Thunderbird's composeMsgs.properties (thunderbird/thunderbird-l10n), Roundcube's
messages.inc, Evolution's translations of the RFC 5321 reply texts
(GNOME/evolution-data-server po/), and
MailScanner's Romanian sender notices (virus, blocklist, spam).
Also: glibc's translated strerror and resolver texts (bminor/glibc po/), Zimbra's
web-client errors (Zimbra/zm-ajax ZMsg), SOGo's send errors (Alinto/sogo UI/MailerUI),
PHPMailer's language files, Mailman 2's refusals, MailScanner's attachment refusals, Evolution's
RFC 5321 reply texts.
Also: the translated SMTP errors of mail clients, webmails and list managers: Mutt, Claws Mail,
Sylpheed, Thunderbird l10n, Evolution's camel-smtp, Sympa, Mailman 2 hold reasons, Mailspring,
SnappyMail, Nextcloud Mail, Balsa, FairEmail, msmtp, Cypht, CodeIgniter's Email library.
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/).
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them.
Also: Geary's, Balsa's, Claws Mail's and Sylpheed's translated send errors, Mailspring's, Nextcloud
Mail's, FairEmail's, Thunderbird for Android's and Delta Chat's translated account and login errors,
where this language has them."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_EVO_PO = "GNOME/evolution-data-server:po/ro.po"
_MAILSCANNER = "MailScanner/v5:common/usr/share/MailScanner/reports/ro/"
_RC_L10N = "roundcube/roundcubemail:program/localization/ro_RO/messages.inc"
_TB_L10N = (
    "thunderbird/thunderbird-l10n:ro/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)

LANGUAGE = Language(
    code="ro",
    name="Romanian",
    phrases=(
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("ro.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "nu am găsit niciun server",
        ), ("thunderbird/thunderbird-l10n:ro/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("ro.network-error-kdepim", C.NETWORK_ERROR, (
            "conectarea la server este imposibilă",
            "deconectat de la server în timpul autentificării",
            "deconectat în timpul autentificării",
        ), "KDE/kdepim-runtime:po/ro/akonadi_pop3_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("ro.tls-required-glib-networking", C.TLS_REQUIRED, (
            "serverul necesită certificat tls", "certificat tls inacceptabil",
            "nu s-a putut crea conexiunea tls", "negocierea tls", "conexiunea tls a fost închisă",
            "nu a trimis un certificat", "alertă tls fatală",
        ), "GNOME/glib-networking:po/ro.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("ro.network-error-glib-networking", C.NETWORK_ERROR, (
            "conexiunea este deteriorată",
        ), "GNOME/glib-networking:po/ro.po"),
        # Thunderbird's connection errors (messenger.properties): the connection refused.
        Phrases("ro.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "conexiunea a fost refuzată",
        ), "thunderbird/thunderbird-l10n:ro/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the server broke the connection.
        Phrases("ro.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "a întrerupt conexiunea",
        ), "thunderbird/thunderbird-l10n:ro/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): an unrecoverable TLS error.
        Phrases("ro.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "eroare tls care nu poate fi eliminată",
        ), "thunderbird/thunderbird-l10n:ro/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("ro.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "transmiterea parolei",
        ), "thunderbird/thunderbird-l10n:ro/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("ro.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "nu s-a putut stabili conexiunea tls",
        ), "thunderbird/thunderbird-l10n:ro/mail/chrome/messenger/localMsgs.properties"),
        # K-9 Mail's account-setup check: cannot connect to server.
        Phrases("ro.network-error-k9-check", C.NETWORK_ERROR, (
            "nu se poate conecta cu serverul",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-ro/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("ro.auth-failed-k9-check", C.AUTH_FAILED, (
            "utilizator sau parolă incorecte",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-ro/strings.xml"),
        # Geary's server-certificate problems (expired, revoked, not activated, unknown authority, insecure, identity mismatch).
        Phrases("ro.tls-required-geary-po", C.TLS_REQUIRED, (
            "certificatul serverului",
            "identitatea serverului nu se potrivește",
        ), "GNOME/geary:po/ro.po"),
        # Geary's 'Could not connect, check your network'.
        Phrases("ro.network-error-geary-po", C.NETWORK_ERROR, (
            "nu s-a putut conecta, verificați rețeaua",
        ), "GNOME/geary:po/ro.po"),
        # Geary's login problems: check your sending / receiving login and password; an account reported an incorrect login or password.
        Phrases("ro.auth-failed-geary-po", C.AUTH_FAILED, (
            "o autentificare sau parolă incorectă",
            "verificați adresa de email și parola",
            "verificați numele și parola contului",
        ), "GNOME/geary:po/ro.po"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("ro.tls-required-weak-k9", C.TLS_REQUIRED, (
            "eroare de certificat",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-ro/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("ro.network-error-weak-k9", C.NETWORK_ERROR, (
            "eroare de conectare",
            "eroare de rețea",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-ro/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-ro/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-ro/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("ro.auth-failed-weak-k9", C.AUTH_FAILED, (
            "authentificare eșuată",
            "eroare de autentificare",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-ro/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-ro/strings.xml", decisive=False),
        # Delta Chat's login failure: cannot log in as the address; check the address and the password.
        Phrases("ro.auth-failed-deltachat", C.AUTH_FAILED, (
            "nu se poate autentifica ca",
        ), "deltachat/deltachat-android:src/main/res/values-ro/strings.xml"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("ro.auth-required-kmail", C.AUTH_REQUIRED, (
            "trebuie să furnizați un utilizator și o parolă",
        ), "KDE/kmailtransport:po/ro/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("ro.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "nu suportă autentificarea",
        ), "KDE/kmailtransport:po/ro/libmailtransport6.po"),
        Phrases("ro.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "dacă adresa ta de e-mail este corectă",
        ), _TB_L10N, decisive=False),
        # Microsoft's Romanian help title for 5.7.750 'Client blocked from sending from unregistered domain' (the 5.7.7xx code rule reads it as reputation).
        Phrases("ro.reputation-microsoft-unregistered-domain", C.REPUTATION, (
            "trimiterea de la domeniul neînregistrat",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.ro-RO:AlchemyInsights/"
            "5-7-750-service-unavailable-client-blocked-from-sending-from-unregistered-d.md")),
        # Microsoft's Romanian help title: the account restricted for sending too much spam (5.1.8, the sender blocked).
        Phrases("ro.sender-rejected-exchange-spam", C.SENDER_REJECTED, (
            "deoarece a trimis prea mult spam",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.ro-RO:AlchemyInsights/"
            "sender-blocked-for-sending-too-much-spam.md")),
        # Microsoft's Romanian help on Exchange Online's receiving limit: senders get an NDR (5.2.121/5.2.122) saying the mailbox exceeded its maximum delivery threshold.
        Phrases("ro.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "depășit pragul maxim de livrare",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.ro-RO:AlchemyInsights/"
            "mailbox-receiving-limit.md")),
        Phrases("ro.too-many-recipients-thunderbird", C.RATE_LIMITED, (
            "depășirii numărului permis de destinatari",
        ), _TB_L10N),
        Phrases("ro.message-too-large-thunderbird", C.MESSAGE_TOO_LARGE, (
            "depășește dimensiunea standard acceptată de server",
        ), _TB_L10N),
        Phrases("ro.network-error-thunderbird", C.NETWORK_ERROR, (
            "ar putea fi o problemă de configurare a serverului",
            "conexiunea cu serverul de trimitere", "conexiunea la serverul de trimitere",
        ), _TB_L10N),
        Phrases("ro.auth-failed-thunderbird", C.AUTH_FAILED, (
            "nu se poate efectua autentificarea", "nu are suport pentru metoda de autentificare",
        ), _TB_L10N),
        Phrases("ro.network-error-roundcube", C.NETWORK_ERROR, (
            "conexiunea cu serverul a eşuat",
        ), _RC_L10N),
        Phrases("ro.auth-failed-roundcube", C.AUTH_FAILED, (
            "autentificare eşuată",
        ), _RC_L10N),
        Phrases("ro.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "nu s-a putut seta expeditorul",
        ), _RC_L10N, decisive=False),
        Phrases("ro.mailbox-full-evolution", C.MAILBOX_FULL, (
            "spațiul de stocare alocat depășit",
        ), _EVO_PO),
        Phrases("ro.auth-required-evolution", C.AUTH_REQUIRED, (
            "necesită autentificare",
        ), _EVO_PO),
        Phrases("ro.auth-failed-evolution", C.AUTH_FAILED, (
            "eșuare temporară a autentificării", "mecanismul de autentificare este prea slab",
        ), _EVO_PO),
        Phrases("ro.system-full-evolution", C.SYSTEM_FULL, (
            "spațiu de stocare insuficient",
        ), _EVO_PO),
        Phrases("ro.virus-mailscanner", C.VIRUS, (
            "a gasit intr-unul dintre mailurile", "atasamentele infectate nu vor ajunge",
        ), _MAILSCANNER + "sender.virus.report.txt"),
        Phrases("ro.blocklisted-mailscanner", C.BLOCKLISTED, (
            "listat in cel putin unul din serverele",
        ), _MAILSCANNER + "sender.spam.rbl.report.txt"),
        Phrases("ro.sender-rejected-mailman", C.SENDER_REJECTED, (
            "interzisă publicarea de mesaje", "persoană neabonată pe o listă exclusivă",
            "neabonate nu au permisiunea de a publica",
        ), "jaredmauch/mailman2-python3:messages/ro/LC_MESSAGES/mailman.po"),
        # Exchange Online's 5.1.90 NDR (the sender's daily recipient limit), as Microsoft's
        # localized help titles it.
        Phrases("ro.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "limita zilnică pentru destinatarii",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.ro-RO:AlchemyInsights/5-1-90-your-mess"
            "age-cant-be-sent-daily-limit.md"
        )),
        # glibc's translated strerror texts: ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, EADDRNOTAVAIL,
        # ENETUNREACH, ECONNRESET, ECONNABORTED, ENETDOWN, EHOSTDOWN, gai_strerror's EAI_AGAIN
        # and the resolver's host name lookup failure.
        Phrases("ro.network-error-glibc", C.NETWORK_ERROR, (
            "eșec nerecuperabil în rezolvarea numelui",
            "mașina de la distanță este deconectată",
            "rețeaua este căzută",
            "software-ul a cauzat pierderea conexiunii",
            "eroare la căutarea numelui de gazdă",
            "conectare refuzată", "timpul de conectare a expirat",
            "nicio rută spre mașina de la distanță", "nu se poate atribui adresa solicitată",
            "rețeaua este inaccesibilă", "conexiune reinițiată de către mașina de la distanță",
            "eșec temporar în rezolvarea numelui",
        ), "bminor/glibc:po/ro.po"),
        # glibc's translated gai_strerror texts (EAI_NONAME, EAI_NODATA) and the resolver's
        # unknown host.
        Phrases("ro.host-unknown-glibc", C.HOST_UNKNOWN, (
            "gazdă necunoscută",
            "nume sau serviciu necunoscut", "nicio adresă asociată cu numele gazdei",
        ), "bminor/glibc:po/ro.po"),
        Phrases("ro.user-unknown-evolution", C.USER_UNKNOWN, (
            "căsuța poștală nedisponibilă", "nume neacceptat pentru căsuța de mail",
        ), "GNOME/evolution-data-server:po/ro.po", decisive=False),
        Phrases("ro.has-moved-evolution", C.HAS_MOVED, (
            "utilizatorul nu este local",
        ), "GNOME/evolution-data-server:po/ro.po"),
        Phrases("ro.syntax-error-evolution", C.SYNTAX_ERROR, (
            "eroare de sintaxă",
        ), "GNOME/evolution-data-server:po/ro.po", decisive=False),
        Phrases("ro.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "comandă neimplementată", "parametrul comenzii neimplementat",
        ), "GNOME/evolution-data-server:po/ro.po", decisive=False),
        Phrases("ro.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "serviciu nedisponibil",
        ), "GNOME/evolution-data-server:po/ro.po", decisive=False),
        Phrases("ro.server-error-evolution", C.SERVER_ERROR, (
            "eroare la procesare",
        ), "GNOME/evolution-data-server:po/ro.po", decisive=False),
        Phrases("ro.tls-required-evolution", C.TLS_REQUIRED, (
            "mecanismul de autentificare cerut necesită criptare",
        ), "GNOME/evolution-data-server:po/ro.po"),
        Phrases("ro.user-unknown-zimbra", C.USER_UNKNOWN, (
            "nu există un astfel de cont",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ro.properties"),
        Phrases("ro.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, (
            "depăşit mărimea maximă permisă",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ro.properties"),
        Phrases("ro.service-unavailable-zimbra", C.SERVICE_UNAVAILABLE, (
            "serviciu temporar indisponibil",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ro.properties", decisive=False),
        Phrases("ro.network-error-zimbra", C.NETWORK_ERROR, (
            "prea multe salturi între servere",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ro.properties"),
        Phrases("ro.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "corpul mesajului este prea mare", "mesajul dumneavoastră este prea mare",
        ), "jaredmauch/mailman2-python3:messages/ro/LC_MESSAGES/mailman.po"),
        Phrases("ro.too-many-recipients-mailman", C.RATE_LIMITED, (
            "prea multe recipiente",
        ), "jaredmauch/mailman2-python3:messages/ro/LC_MESSAGES/mailman.po"),
        Phrases("ro.auth-failed-phpmailer", C.AUTH_FAILED, (
            "autentificarea a eșuat",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-ro.php"),
        Phrases("ro.network-error-phpmailer", C.NETWORK_ERROR, (
            "conectarea la serverul smtp a eșuat",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-ro.php"),
        Phrases("ro.sender-rejected-phpmailer", C.SENDER_REJECTED, (
            "adrese from au dat eroare",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-ro.php", decisive=False),
        Phrases("ro.content-rejected-mailscanner", C.CONTENT_REJECTED, (
            "ca fiind inacceptabile",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/ro/sender.filename.report.txt"),
        Phrases("ro.user-unknown-sogo", C.USER_UNKNOWN, (
            "toate adresele destinatar sunt invalide", "următoarea adrese sunt invalide",
        ), "Alinto/sogo:UI/MailerUI/Romanian.lproj/Localizable.strings"),
        Phrases("ro.network-error-sogo", C.NETWORK_ERROR, (
            "eroare de conectare la serverul smtp",
        ), "Alinto/sogo:UI/MailerUI/Romanian.lproj/Localizable.strings"),
        Phrases("ro.user-unknown-zimbra-address", C.USER_UNKNOWN, (
            "din cauza unei/unor adrese nevalabile",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ro.properties", decisive=False),
        Phrases("ro.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "certificatul kerberos/gssapi nu a fost acceptat",
        ), (
            "thunderbird/thunderbird-l10n:ro/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("ro.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "nu permite parole în clar",
        ), (
            "thunderbird/thunderbird-l10n:ro/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("ro.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "folosești identitatea corectă la expeditor",
        ), (
            "thunderbird/thunderbird-l10n:ro/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        ), decisive=False),
        Phrases("ro.content-rejected-mailman", C.CONTENT_REJECTED, (
            "a fost explicit restricţionat", "nu a fost explicit permis", "mesajul a rămas gol",
        ), "jaredmauch/mailman2-python3:messages/ro/LC_MESSAGES/mailman.po"),
        Phrases("ro.auth-failed-evolution-response", C.AUTH_FAILED, (
            "răspunsul serverului de autentificare este greșit",
        ), "GNOME/evolution-data-server:po/ro.po"),
        Phrases("ro.sender-rejected-evolution", C.SENDER_REJECTED, (
            "adresa expeditorului nu este validă",
        ), "GNOME/evolution-data-server:po/ro.po", decisive=False),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("ro.tls-required-mail-clients", C.TLS_REQUIRED, (
            "eroare la pornirea conectării starttls",
            "acordului de interogare tls a eșuat",
            "nu s-a putut porni sesiunea starttls",
            "nu se poate porni sesiunea starttls",
            "serverul necesită starttls",
            "starttls a eșuat",
        ), "eworm-de/claws-mail:po/ro.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("ro.auth-failed-mail-clients", C.AUTH_FAILED, (
            "nu este disponibilă nicio metodă smtp auth",
            "necesară o autentificare (mai) puternică",
        ), "eworm-de/claws-mail:po/ro.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("ro.auth-failed-weak-mail-clients", C.AUTH_FAILED, (
            "a apărut o eroare la autentificare",
        ), "eworm-de/claws-mail:po/ro.po", decisive=False),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("ro.network-error-mail-clients", C.NETWORK_ERROR, (
            "conexiunea a expirat",
            "conexiune refuzată",
            "conexiune închisă de serverul de la distanță",
        ), "eworm-de/claws-mail:po/ro.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("ro.message-too-large-mail-clients", C.MESSAGE_TOO_LARGE, (
            "mesajul este prea mare",
        ), "eworm-de/claws-mail:po/ro.po"),
        # Sylpheed's translated client errors (po/) when the SMTP server's TLS, authentication or
        # connection fails.
        Phrases("ro.network-error-sylpheed", C.NETWORK_ERROR, (
            "timpul sesiunii a expirat",
            "nu se poate efectua conexiunea la serverul smtp",
        ), "sylpheed-mail/sylpheed:po/ro.po"),
        # Sylpheed's translated client errors (po/) when the SMTP server's TLS, authentication or
        # connection fails.
        Phrases("ro.tls-required-sylpheed", C.TLS_REQUIRED, (
            "nu se poate porni sesiunea tls",
        ), "sylpheed-mail/sylpheed:po/ro.po"),
        # Sylpheed's translated client errors (po/) when the SMTP server's TLS, authentication or
        # connection fails.
        Phrases("ro.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp auth indisponibil",
        ), "sylpheed-mail/sylpheed:po/ro.po"),
        # Roundcube refusing a message to more recipients than its limit allows.
        Phrases("ro.rate-limited-roundcube-too-many-recipients", C.RATE_LIMITED, (
            "prea mulţi destinatari",
        ), "roundcube/roundcubemail:program/localization/ro_RO/messages.inc"),
        # Roundcube refusing to send again before its minimum interval between messages.
        Phrases("ro.rate-limited-roundcube-sent-too-quickly", C.RATE_LIMITED, (
            "înainte de a trimite acest mesaj",
        ), "roundcube/roundcubemail:program/localization/ro_RO/messages.inc"),
        # Thunderbird: STARTTLS required but not offered by the outgoing server.
        Phrases("ro.tls-required-thunderbird-l10n", C.TLS_REQUIRED, (
            "folosind starttls pentru că serverul nu pare să suporte",
        ), (
            "thunderbird/thunderbird-l10n:ro/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        # Thunderbird: the sender (From:) address or identity is invalid.
        Phrases("ro.sender-rejected-thunderbird-l10n", C.SENDER_REJECTED, (
            "adresa expeditorului (de la:) este nevalidă",
            "identitatea expeditorului este nevalidă",
        ), (
            "thunderbird/thunderbird-l10n:ro/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        # Thunderbird: the outgoing server does not take the chosen (encrypted) password method.
        Phrases("ro.auth-failed-thunderbird-l10n", C.AUTH_FAILED, (
            "nu pare să aibă suport pentru parole criptate",
        ), (
            "thunderbird/thunderbird-l10n:ro/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        # Evolution's translated SMTP transport errors (camel-smtp-transport): the secure connection,
        # STARTTLS or the authentication type failed; RFC 4954's password transition.
        Phrases("ro.tls-required-evolution-camel", C.TLS_REQUIRED, (
            "conectarea în mod securizat",
        ), "GNOME/evolution-data-server:po/ro.po"),
        # Evolution's translated SMTP transport errors (camel-smtp-transport): the secure connection,
        # STARTTLS or the authentication type failed; RFC 4954's password transition.
        Phrases("ro.auth-failed-evolution-camel", C.AUTH_FAILED, (
            "tip de autentificare nesuportat",
            "o tranziție a parolei",
        ), "GNOME/evolution-data-server:po/ro.po"),
        # Zimbra web client's translated errors (ZMsg): wrong username or password, authentication
        # required, the server cannot be reached or timed out.
        Phrases("ro.auth-failed-zimbra-web", C.AUTH_FAILED, (
            "numele de utilizator sau parola sunt incorecte",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ro.properties"),
        # Zimbra web client's translated errors (ZMsg): wrong username or password, authentication
        # required, the server cannot be reached or timed out.
        Phrases("ro.auth-required-zimbra-web", C.AUTH_REQUIRED, (
            "autentificare necesară",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ro.properties"),
        # Zimbra web client's translated errors (ZMsg): wrong username or password, authentication
        # required, the server cannot be reached or timed out.
        Phrases("ro.network-error-zimbra-web", C.NETWORK_ERROR, (
            "nu este posibilă conectarea la server",
            "a expirat conexiunea la serverul de la distanţă",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ro.properties"),
        # Mailman 2 holding or refusing a post for the list's own rules: a moderated list, an implicit
        # destination, possible administrivia, a restricted list, a suspicious header.
        Phrases("ro.policy-violation-mailman-held", C.POLICY_VIOLATION, (
            "publicat pe o listă suprevegheată",
            "mesajul are destinaţie implicită",
            "să conţină comenzi administrative",
            "listă restricţionată după expeditor necesită aprobare",
            "mesajul are un header suspicios",
        ), "jaredmauch/mailman2-python3:messages/ro/LC_MESSAGES/mailman.po"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("ro.auth-failed-mailspring", C.AUTH_FAILED, (
            "eroare de autentificare - verificați",
            "nu acceptă autentificarea de bază",
        ), "Foundry376/Mailspring:app/lang/ro.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("ro.network-error-mailspring", C.NETWORK_ERROR, (
            "nu se poate conecta la serverul / portul",
        ), "Foundry376/Mailspring:app/lang/ro.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("ro.tls-required-mailspring", C.TLS_REQUIRED, (
            "starttls nu este disponibil",
        ), "Foundry376/Mailspring:app/lang/ro.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("ro.relay-denied-mailspring", C.RELAY_DENIED, (
            "serverul smtp nu va transmite un mesaj",
        ), "Foundry376/Mailspring:app/lang/ro.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("ro.rate-limited-mailspring", C.RATE_LIMITED, (
            "ați depășit limita de expediere zilnică",
            "lățimea de bandă gmail a depășit",
        ), "Foundry376/Mailspring:app/lang/ro.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("ro.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "conține un atașament ilegal",
        ), "Foundry376/Mailspring:app/lang/ro.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("ro.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "prea multe conexiuni active",
        ), "Foundry376/Mailspring:app/lang/ro.json"),
        # SnappyMail webmail's translated notifications: the server cannot be reached, the
        # recipients are invalid, the authentication failed.
        Phrases("ro.network-error-snappymail", C.NETWORK_ERROR, (
            "eroare la conectarea la server",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/ro/user.json"),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the
        # connection failed; the SMTP credentials were refused.
        Phrases("ro.network-error-nextcloud-mail", C.NETWORK_ERROR, (
            "serverul smtp nu poate fi contactat",
            "conectarea la smtp a eșuat",
        ), "nextcloud/mail:l10n/ro.json"),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the
        # connection failed; the SMTP credentials were refused.
        Phrases("ro.auth-failed-nextcloud-mail", C.AUTH_FAILED, (
            "numele utilizatorului pentru smtp sunt eronate",
        ), "nextcloud/mail:l10n/ro.json"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c).
        Phrases("ro.network-error-balsa", C.NETWORK_ERROR, (
            "nu se poate atinge serverul smtp",
            "conectarea la serverul smtp",
        ), "GNOME/balsa:po/ro.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c).
        Phrases("ro.network-error-weak-balsa", C.NETWORK_ERROR, (
            "conexiune pierdută",
        ), "GNOME/balsa:po/ro.po", decisive=False),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c).
        Phrases("ro.tls-required-balsa", C.TLS_REQUIRED, ("autoritatea semnării certificatului nu este cunoscută", "certificat tls deteriorat", "certificatul a expirat", "certificatul a fost revocat",
            "nu suportă starttls",
        ), "GNOME/balsa:po/ro.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c).
        Phrases("ro.auth-failed-balsa", C.AUTH_FAILED, ("autentificarea gssapi a eșuat", "nicio modalitate de autentificare nu este cunoscută",
            "niciun mecanism de autentificare potrivit",
        ), "GNOME/balsa:po/ro.po"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("ro.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "mai mare decât limita serverului",
        ), "M66B/FairEmail:app/src/main/res/values-ro-rRO/strings.xml"),
        # msmtp's translated SMTP client errors (TLS, authentication, connection, server lookup).
        Phrases("ro.tls-required-msmtp", C.TLS_REQUIRED, (
            "nu acceptă tls prin intermediul comenzii starttls",
            "negocierea tls a eșuat",
            "verificarea certificatului tls a eșuat",
        ), "marlam/msmtp:po/ro.po"),
        # msmtp's translated SMTP client errors (TLS, authentication, connection, server lookup).
        Phrases("ro.auth-failed-msmtp", C.AUTH_FAILED, (
            "metodă de autentificare utilizabilă",
            "metodă de autentificare sigură",
            "nu acceptă metoda de autentificare",
        ), "marlam/msmtp:po/ro.po"),
        # msmtp's "the server does not support authentication": the server's EHLO offers no AUTH
        # (marlam/msmtp:src/msmtp.c tests the AUTH capability), a command not implemented there.
        Phrases("ro.not-implemented-msmtp-auth", C.NOT_IMPLEMENTED, (
            "serverul nu acceptă autentificarea",
        ), "marlam/msmtp:po/ro.po"),
        # msmtp's translated SMTP client errors (TLS, authentication, connection, server lookup).
        Phrases("ro.network-error-msmtp", C.NETWORK_ERROR, (
            "gazdă inaccesibilă",
            "conexiunea a fost închisă în mod neașteptat",
            "operația a depășit timpul de așteptare",
        ), "marlam/msmtp:po/ro.po"),
        # msmtp's translated SMTP client errors (TLS, authentication, connection, server lookup).
        Phrases("ro.host-unknown-msmtp", C.HOST_UNKNOWN, (
            "gazda nu a fost găsită",
        ), "marlam/msmtp:po/ro.po"),
        # Cypht's translated refusal of the SMTP server's authentication.
        Phrases("ro.auth-failed-cypht", C.AUTH_FAILED, (
            "eroare de autentificare la serverul smtp",
        ), "cypht-org/cypht:language/ro.php"),
        # CodeIgniter's Email library: the server refused the user name, password or credentials.
        Phrases("ro.auth-failed-codeigniter", C.AUTH_FAILED, (
            "autentificarea credențialelor utilizatorului a eșuat",
            "autentificarea numelui de utilizator nu a putut fi efectuată",
            "autentificarea parolei nu a putut fi efectuată",
        ), "codeigniter4/translations:Language/ro/Email.php"),
        # CodeIgniter's Email library: AUTH could not be started; the server's own reply follows and decides.
        Phrases("ro.auth-failed-weak-codeigniter", C.AUTH_FAILED, (
            "trimiterea comenzii auth login a eșuat",
            "eroare la trimiterea comenzii auth login",
            "nu se poate iniția comanda auth",
        ), "codeigniter4/translations:Language/ro/Email.php", decisive=False),
        # Thunderbird: the server's answer to CLIENTID says this device may not send mail.
        Phrases("ro.policy-violation-thunderbird-clientid", C.POLICY_VIOLATION, (
            "dispozitivului tău nu i se permite să trimită",
        ), (
            "thunderbird/thunderbird-l10n:ro/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        # Roundcube's msgsizeerror: attaching would exceed the maximum message size.
        Phrases("ro.message-too-large-roundcube-attach", C.MESSAGE_TOO_LARGE, (
            "dimensiunea maximă a unui mesaj",
        ), "roundcube/roundcubemail:program/localization/ro_RO/messages.inc"),
        # Microsoft's Romanian help title for 'Server busy, please try again later' (weak: Exchange Online's 4.7.500 is a reputation throttle its code decides).
        Phrases("ro.service-unavailable-weak-alchemy", C.SERVICE_UNAVAILABLE, (
            "server ocupat, încercați din nou",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.ro-RO:AlchemyInsights/antis"
            "pam-4-7-500-server-busy-please-try-again-later-from-xxx-xxx-xxx-xxx.md"), decisive=False),
        # A hosting provider's Romanian help titles SMTP's '550 Relay Not Permitted' as 'Releu nepermis'.
        Phrases("ro.relay-denied-alexhost", C.RELAY_DENIED, (
            "releu nepermis",
        ), "https://alexhost.com/ro/faq/error-550-relay-not-permitted"),
        # Microsoft's localized help titled 'Mailbox quota exceeded' (AlchemyInsights).
        Phrases("ro.mailbox-full-microsoft", C.MAILBOX_FULL, (
            "cota de cutie poștală",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.ro"
            "-RO:AlchemyInsights/mailbox-quota-exceeded.md")),
        # Microsoft's localized help on 550 5.7.511 'Access denied, banned sender' (the sending IP or account is banned).
        Phrases("ro.blocklisted-microsoft", C.BLOCKLISTED, (
            "expeditor interzis",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.ro-RO:AlchemyIn"
            "sights/ip-blocked-for-sending-too-much-spam-550-5-7-51.md")),
        # Microsoft 365's localized 451 4.7.0 'Temporary server error. Please try again later.' (PRX4): weak, as a reason may follow.
        Phrases("ro.server-error-weak-microsoft", C.SERVER_ERROR, (
            "eroare server temporar",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.ro-RO:"
            "AlchemyInsights/451-470-temporary-server-error.md"), decisive=False),
        # Microsoft's localized help on TLS deprecation: 451 5.7.3 'Must issue a STARTTLS command first'.
        Phrases("ro.tls-required-microsoft", C.TLS_REQUIRED, (
            "emită mai întâi o comandă starttls",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.ro-RO:Al"
            "chemyInsights/issues-related-to-tls-deprecation.md")),
        # Microsoft's localized help on bulk mail delays: 432 4.3.21 'Mailbox server busy; mail intentionally delayed'.
        Phrases("ro.service-unavailable-microsoft-busy", C.SERVICE_UNAVAILABLE, (
            "server cutie poștală ocupat",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.ro-RO:"
            "AlchemyInsights/temporary-bulk-mail-flow-delay.md")),
        # Microsoft's localized help on NDR 5.4.6 / 5.4.14 'Hop count exceeded' (a routing loop).
        Phrases("ro.network-error-microsoft-hop-count", C.NETWORK_ERROR, (
            "numărul de salturi depășit",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.ro-"
            "RO:AlchemyInsights/error-546-5414-hop-count.md")),
        # Microsoft 365's localized help titled 'Daily email limit exceeded' (the sender over its daily sending limit).
        Phrases("ro.rate-limited-daily-email", C.RATE_LIMITED, (
            "limita de e-mail zilnică a fost depășită",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.ro-R"
            "O:AlchemyInsights/daily-email-limit-exceeded.md")),
        # Microsoft's localized help title for 550 5.7.501 'Access denied, spam abuse detected' (the sending account is banned for spam, as microsoft.spam-abuse reads the English).
        Phrases("ro.blocklisted-microsoft-spam-abuse", C.BLOCKLISTED, (
            "abuz de spam detectat",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.ro-RO:AlchemyInsigh"
            "ts/error-code-550-5-7-501-access-denied-spam-abuse-detected.md")),
        # Microsoft's localized help title for 550 5.7.708 'Access denied, traffic not accepted from this IP' (a poorly reputed IP, as the 5.7.7xx code rule reads it).
        Phrases("ro.reputation-microsoft-traffic", C.REPUTATION, (
            "trafic ne acceptat de la acest ip",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.ro-RO:AlchemyInsights/antispa"
            "m-550-5-7-708-service-unavailable-access-denied-traffic-not-accepted.md")),
        # Microsoft's localized help title for 550 5.4.1 'Relay Access Denied'.
        Phrases("ro.relay-denied-microsoft", C.RELAY_DENIED, (
            "acces la retransmisie refuzat",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.ro-RO:"
            "AlchemyInsights/antispam-5-4-1-dbeb-catch-all.md")),
        # Microsoft's localized help title for 5.7.606 'Access denied, banned sending IP'.
        Phrases("ro.blocklisted-microsoft-banned-ip", C.BLOCKLISTED, (
            "ip de trimitere interzis",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr"
            ".ro-RO:AlchemyInsights/antispam-5.7.606.md")),
        # Microsoft's localized help title for 550 5.7.705 'Access denied, tenant has exceeded threshold' (the 5.7.7xx block the code rule reads as reputation).
        Phrases("ro.reputation-microsoft-tenant-threshold", C.REPUTATION, (
            "entitatea găzduită a depășit pragul",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.ro-RO:AlchemyInsights/er"
            "ror-code-550-5-7-705-access-denied-tenant-has-exceeded-threshold.md")),
        # Microsoft's Romanian help on SMTP AUTH: 5.7.57 'Client not authenticated' (weak).
        Phrases("ro.auth-required-weak-microsoft", C.AUTH_REQUIRED, (
            "client ne autentificat",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.ro-RO:Al"
            "chemyInsights/solving-smtp-authentication-issues.md"), decisive=False),
        # Microsoft's Romanian help on SMTP AUTH: 5.7.139 'Authentication unsuccessful'.
        Phrases("ro.auth-failed-microsoft", C.AUTH_FAILED, (
            "autentificarea nu reușește",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.ro-RO:Al"
            "chemyInsights/solving-smtp-authentication-issues.md")),
        # SquirrelMail's ro_RO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("ro.service-unavailable-weak-squirrelmail", C.SERVICE_UNAVAILABLE, (
            "canalul se închide",
        ), "sitle/squirrelmail-src:locales/locale/ro_RO/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's ro_RO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("ro.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "tranziţie de parolă",
            "autentificare temporară eşuată",
        ), "sitle/squirrelmail-src:locales/locale/ro_RO/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's ro_RO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("ro.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "căsuţă poştală indisponibilă",
            "numele căsuţei poştale nu este permis",
        ), "sitle/squirrelmail-src:locales/locale/ro_RO/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's ro_RO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("ro.system-full-squirrelmail", C.SYSTEM_FULL, (
            "nu a fost efectuată: spaţiu insuficient",
        ), "sitle/squirrelmail-src:locales/locale/ro_RO/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's ro_RO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("ro.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "comanda neimplementată",
            "parametrul comenzii nu este implementat",
        ), "sitle/squirrelmail-src:locales/locale/ro_RO/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's ro_RO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("ro.bad-sequence-squirrelmail", C.BAD_SEQUENCE, (
            "secvenţa incorectă de comenzi",
        ), "sitle/squirrelmail-src:locales/locale/ro_RO/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's ro_RO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("ro.auth-required-squirrelmail", C.AUTH_REQUIRED, (
            "este nevoie de autentificare",
        ), "sitle/squirrelmail-src:locales/locale/ro_RO/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's ro_RO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("ro.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "se depăşeşte spaţiul alocat",
        ), "sitle/squirrelmail-src:locales/locale/ro_RO/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's ro_RO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("ro.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "tranzacţia a eşuat",
        ), "sitle/squirrelmail-src:locales/locale/ro_RO/LC_MESSAGES/squirrelmail.po", decisive=False),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("ro.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "respinsă de către moderatorul listei",
        ), "jaredmauch/mailman2-python3:templates/ro/refuse.txt"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("ro.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "reţinut până când moderatorul listei",
        ), "jaredmauch/mailman2-python3:templates/ro/postheld.txt"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, Emergency.py, SpamDetect.py): a
        # moderated list, an implicit destination, a restricted list's approval, administrivia, a
        # suspicious header, a post the moderator deemed inappropriate, an emergency hold, a header
        # filter rule.
        Phrases("ro.policy-violation-mailman-moderation", C.POLICY_VIOLATION, (
            "header suspicios", "newsgroup supravegheat", "copiile oarbe",
            "considerat nepotrivit de către moderatorul",
            "reţinerea de urgenţă a întregului trafic",
            "activarea unei reguli de filtrare",
        ), "jaredmauch/mailman2-python3:messages/ro/LC_MESSAGES/mailman.po"),
        # Sympa's translated subject of its notice for a list that does not exist ("List unknown").
        Phrases("ro.user-unknown-sympa-subject", C.USER_UNKNOWN, (
            "lista necunoscuta",
        ), "sympa-community/sympa:po/sympa/ro.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("ro.tls-required-claws", C.TLS_REQUIRED, (
            "certificatul tls nu este valid",
        ), "eworm-de/claws-mail:po/ro.po"),
        # Sylpheed's translated "SSL certificate verify failed" (the server's certificate did not verify).
        Phrases("ro.tls-required-sylpheed-ssl", C.TLS_REQUIRED, (
            "verificarea certificatului ssl a eșuat",
        ), "sylpheed-mail/sylpheed:po/ro.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("ro.tls-required-balsa-session", C.TLS_REQUIRED, (
            "se cere tls dar nu este disponibil",
        ), "GNOME/balsa:po/ro.po"),
        # Geary's untrusted-connection reasons: the server certificate unsigned, mismatched or expired.
        Phrases("ro.tls-required-geary", C.TLS_REQUIRED, (
            "nu este semnat de o autoritate cunoscută",
            "identitatea serverului nu se potrivește cu identitatea",
            "certificatul serverului a expirat",
        ), "GNOME/geary:po/ro.po"),
        # Claws Mail's SMTP AUTH errors: failed, stronger authentication required, the method unavailable.
        Phrases("ro.auth-failed-claws-session", C.AUTH_FAILED, (
            "smtp auth selectată nu este dispnibilă",
        ), "eworm-de/claws-mail:po/ro.po"),
        # FairEmail: no (suitable) internet connection (weak).
        Phrases("ro.network-error-weak-fairemail", C.NETWORK_ERROR, (
            "nu există o conexiune viabilă la internet",
        ), "M66B/FairEmail:app/src/main/res/values-ro-rRO/strings.xml", decisive=False),
        # PHPMailer's SMTP error: the server refused the recipients listed after it (weak: the server's own reply decides).
        Phrases("ro.user-unknown-phpmailer-recipients", C.USER_UNKNOWN, (
            "următoarele adrese de email au eșuat",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-ro.php", decisive=False),
        # Joomla 3's (another pack's) Romanian PHPMailer strings (PHPMAILER_*)
        Phrases("ro.auth-failed-joomla3-ddsales", C.AUTH_FAILED, (
            "nu s-a putut face autentificarea",
        ), "dwarkesh0204/ddsales:language/ro-RO/ro-RO.ini"),
        # Joomla 3's (another pack's) Romanian PHPMailer strings (PHPMAILER_*)
        Phrases("ro.sender-rejected-joomla3-ddsales", C.SENDER_REJECTED, (
            "urmatoarea adresș de expeditor a eșuat",
        ), "dwarkesh0204/ddsales:language/ro-RO/ro-RO.ini"),
        # Joomla 3's (another pack's) Romanian PHPMailer strings (PHPMAILER_*)
        Phrases("ro.user-unknown-joomla3-ddsales", C.USER_UNKNOWN, (
            "următorii destinatari au eșuat",
        ), "dwarkesh0204/ddsales:language/ro-RO/ro-RO.ini", decisive=False),
        # Joomla 3's (another pack's) Romanian PHPMailer strings (PHPMAILER_*)
        Phrases("ro.network-error-joomla3-ddsales", C.NETWORK_ERROR, (
            "nu s-a reușit conectarea la gazda smtp", "conectare smtp eșuată",
        ), "dwarkesh0204/ddsales:language/ro-RO/ro-RO.ini"),
        # Joomla 3's (another pack's) Romanian PHPMailer strings (PHPMAILER_*)
        Phrases("ro.tls-required-joomla3-ddsales", C.TLS_REQUIRED, (
            "nu s-a putut porni tls",
        ), "dwarkesh0204/ddsales:language/ro-RO/ro-RO.ini"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("ro.rate-limited-sogo", C.RATE_LIMITED, (
            "trimiteți prea multe",
        ), "Alinto/sogo:UI/MailerUI/Romanian.lproj/Localizable.strings"),
        # GNU Mailutils' translated delivery and SMTP client texts (po/): the recipient's mailbox quota is exceeded, or the message would exceed its maximum size.
        Phrases("ro.mailbox-full-mailutils", C.MAILBOX_FULL, (
            "quota maibox-ului a fost depăşită",
            "depăşi mărimea maximă a mailbox-ului",
        ), "Distrotech/mailutils:po/ro.po"),
        # GNU Mailutils' translated delivery and SMTP client texts (po/): no such user (name).
        Phrases("ro.user-unknown-mailutils", C.USER_UNKNOWN, (
            "nu există user-ul",
            "nu există username-ul",
        ), "Distrotech/mailutils:po/ro.po"),
        # GNU Mailutils' translated delivery and SMTP client texts (po/): unsupported authentication scheme.
        Phrases("ro.auth-failed-mailutils", C.AUTH_FAILED, (
            "schemă de autentificare nesuportată",
        ), "Distrotech/mailutils:po/ro.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): the mailbox quota exceeded.
        Phrases("ro.mailbox-full-evolution-exchange", C.MAILBOX_FULL, (
            "cota cutiei de mail depășită",
        ), "GNOME/evolution-mapi:po/ro.po; GNOME/evolution-ews:po/ro.po"),
        # Evolution's Exchange back ends (evolution-mapi, evolution-ews): the login at the server failed,
        # the password expired.
        Phrases("ro.auth-failed-evolution-exchange", C.AUTH_FAILED, (
            "nu s-a reușit autentificarea la server",
            "parola a expirat",
        ), "GNOME/evolution-mapi:po/ro.po; GNOME/evolution-ews:po/ro.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): no more sessions can be created, the
        # session limit was reached.
        Phrases("ro.too-many-connections-evolution-exchange", C.TOO_MANY_CONNECTIONS, (
            "s-a atins limita sesiunilor",
        ), "GNOME/evolution-mapi:po/ro.po; GNOME/evolution-ews:po/ro.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): the account is disabled.
        Phrases("ro.mailbox-disabled-evolution-exchange", C.MAILBOX_DISABLED, (
            "cont dezactivat",
        ), "GNOME/evolution-mapi:po/ro.po; GNOME/evolution-ews:po/ro.po"),
        # Evolution's EWS back end (evolution-ews): the Exchange or Microsoft 365 server is busy
        # (ErrorServerBusy), waiting to retry.
        Phrases("ro.service-unavailable-evolution-exchange", C.SERVICE_UNAVAILABLE, (
            "serverul exchange este ocupat",
            "serverul microsoft 365 este ocupat",
        ), "GNOME/evolution-mapi:po/ro.po; GNOME/evolution-ews:po/ro.po"),
        # Zimbra web client (ZmMsg): the attachment failed because the message would exceed the
        # size limit.
        Phrases("ro.message-too-large-zimbra-web", C.MESSAGE_TOO_LARGE, (
            "dimensiunea mesajului depăşeşte limita",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_ro.properties"),
        # Zimbra web client (ZmMsg): the mail quota is exceeded.
        Phrases("ro.mailbox-full-zimbra-web", C.MAILBOX_FULL, (
            "aţi depăşit cota de mesaje",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_ro.properties"),
        # GLib's GIO network errors (GNOME/glib po/): socket I/O timed out, network or host unreachable,
        # error resolving a host name, could not connect to the proxy server.
        Phrases("ro.network-error-glib-gio", C.NETWORK_ERROR, (
            "a expirat limita de timp la i/o",
            "nu se poate accesa rețeaua",
            "nu se poate accesa gazda",
            "eroare la rezolvarea",
            "temporar nu se poate rezolva",
            "nu s-a putut conecta la serverul proxy",
        ), "GNOME/glib:po/ro.po"),
        # libsoup's translated connection errors (GNOME/libsoup po/): the network stream closed or the
        # connection terminated unexpectedly.
        Phrases("ro.network-error-libsoup", C.NETWORK_ERROR, (
            "fluxul de rețea s-a închis neașteptat",
            "conexiunea s-a terminat neașteptat",
        ), "GNOME/libsoup:po/ro.po"),
        # Tuta (Tutanota) mail client's errors (src/ui/translations): the number of allowed emails
        # was exceeded, or the allowed attempts; try again later.
        Phrases("ro.rate-limited-tuta", C.RATE_LIMITED, (
            "numărul de încercări permise a fost depășit",
            "depășit numărul e-mailurilor permise",
            "numărul maxim de e-mailuri a fost depășit",
        ), "tutao/tutanota:src/ui/translations/ro.ts"),
        # Tuta (Tutanota) mail client's errors: the storage limit is exceeded, no more mail can be
        # received or sent.
        Phrases("ro.mailbox-full-tuta", C.MAILBOX_FULL, (
            "limita de stocare a fost depășită",
        ), "tutao/tutanota:src/ui/translations/ro.ts"),
        # Tuta (Tutanota) mail client's errors: the body text exceeds the maximum size limit.
        Phrases("ro.message-too-large-tuta", C.MESSAGE_TOO_LARGE, (
            "corpul textului depășește limita maximă",
        ), "tutao/tutanota:src/ui/translations/ro.ts"),
        # Tuta (Tutanota) client's connection errors: the connection to the server was lost.
        Phrases("ro.network-error-tuta", C.NETWORK_ERROR, (
            "conexiunea cu serverul s-a întrerupt",
        ), "tutao/tutanota:src/ui/translations/ro.ts"),
        # Tuta (Tutanota) mail import: the IMAP server uses a self-signed SSL certificate, its
        # identity could not be verified.
        Phrases("ro.tls-required-tuta", C.TLS_REQUIRED, (
            "certificat ssl autosemnat",
        ), "tutao/tutanota:src/ui/translations/ro.ts"),
        # Tuta (Tutanota) mail import: the credentials are incorrect.
        Phrases("ro.auth-failed-tuta", C.AUTH_FAILED, (
            "datele de autentificare sunt incorecte",
        ), "tutao/tutanota:src/ui/translations/ro.ts"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("ro.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("conexiunea cu serverul",),
            ("nu a reușit", "a expirat", "resetată", "întreruptă", "a eșuat"),
        ), "thunderbird/thunderbird-l10n:ro/mail/chrome/messenger/messenger.properties", window=50),
        # Microsoft's Romanian Alchemy Insights note on 554 5.2.2: "a vă asigura că nu s-a atins
        # cota cutiei poștale"; a mailbox that is full or has reached its storage quota.
        Together("ro.together-mailbox-full", C.MAILBOX_FULL,
                 (("cutie poștal", "cutia poștal", "cutiei poștal", "căsuța poștal",
                   "căsuței poștal", "căsuță poștal", "căsuța de e-mail"),
                  ("plin", "atins cota", "cota de stocare", "spațiu insuficient", "spațiul de stocare")),
                 "isabella232/OfficeDocs-AlchemyInsights-pr.ro-RO:AlchemyInsights/mailbox-full-error.md"),
        # Microsoft's Romanian Alchemy Insights note on 550 5.7.511: "eliminați contul afectat din
        # lista de expeditori blocați"; a sender or sending IP that is blocked or on a block list.
        Together("ro.together-blocklisted", C.BLOCKLISTED,
                 (("blocat", "blocaț", "listă neagră", "lista neagră", "listă de blocare"),
                  ("expeditor", "adresa ip", "adresă ip", "ip-ul")),
                 "isabella232/OfficeDocs-AlchemyInsights-pr.ro-RO:AlchemyInsights/"
                 "ip-blocked-for-sending-too-much-spam-550-5-7-51.md"),
        # Microsoft's Romanian Alchemy Insights note on 5.1.90: "Expeditorul a depășit limita
        # zilnică de 10.000 de mesaje ... Limitele de trimitere"; a daily, hourly or sending limit.
        Together("ro.together-rate-limited", C.RATE_LIMITED,
                 (("limit",), ("zilnic", "pe zi", "pe oră", "orar", "de trimitere")),
                 "isabella232/OfficeDocs-AlchemyInsights-pr.ro-RO:AlchemyInsights/"
                 "5-1-90-your-message-cant-be-sent-daily-limit.md"),
        # msmtp's translated "envelope from address <address> not accepted by the server", the
        # address between the words.
        Together("ro.together-sender-rejected-msmtp", C.SENDER_REJECTED, (
            ("adresa expeditorului plicului",),
            ("nu este acceptată",),
        ), "marlam/msmtp:po/ro.po", window=100),
    ),
)
