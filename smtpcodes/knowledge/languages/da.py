"""Danish (da): wordings of the SMTP error messages that mail clients and mail libraries show in
Danish. Sources: Thunderbird's and Roundcube's Danish SMTP error strings and PHPMailer's Danish
language file.
Also: Thunderbird's composeMsgs.properties, Evolution's translated RFC 5321 reply texts
(GNOME/evolution-data-server po/), MailScanner's localized sender notices (MailScanner/v5
reports/).
Also: glibc's translated strerror and resolver texts (bminor/glibc po/), Zimbra's
web-client errors (Zimbra/zm-ajax ZMsg), SOGo's send errors (Alinto/sogo UI/MailerUI), Mailman
2's refusals, MailScanner's attachment refusals, Evolution's RFC 5321 reply texts.
Also: Horde's SMTP library and IMP webmail's translated texts (horde/Smtp, horde/imp locale/).
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/).
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them.
Also: Geary's, Balsa's, Claws Mail's and Sylpheed's translated send errors, Mailspring's, Nextcloud
Mail's, FairEmail's, Thunderbird for Android's and Delta Chat's translated account and login errors,
where this language has them."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_THUNDERBIRD = (
    "thunderbird/thunderbird-l10n:da/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_PHPMAILER = "PHPMailer/PHPMailer:language/phpmailer.lang-da.php"

_EVO_PO = "GNOME/evolution-data-server:po/da.po"
_MAILSCANNER = "MailScanner/v5:common/usr/share/MailScanner/reports/dk/"
_RC_L10N = "roundcube/roundcubemail:program/localization/da_DK/messages.inc"
_TB_L10N = (
    "thunderbird/thunderbird-l10n:da/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)

LANGUAGE = Language(
    code="da",
    name="Danish",
    phrases=(
        # MailScanner's notice put in place of an attachment found infected by a virus.
        Phrases("da.virus-mailscanner-replaced", C.VIRUS, (
            "indeholde vira",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/dk/stored.virus.message.txt"),
        # Mutt's authentication errors (po/): anonymous, CRAM-MD5, GSSAPI, SASL or APOP
        # authentication failed, LOGIN disabled on the server, login failed.
        Phrases("da.auth-failed-mutt-po", C.AUTH_FAILED, (
            "godkendelse slog fejl", "der er spærret for indlogning",
        ), "muttmua/mutt:po/da.po"),
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write.
        Phrases("da.network-error-mutt-po", C.NETWORK_ERROR, (
            "genforbindelse fejlede", "kunne ikke finde værten", "kunne ikke forbinde til",
            "serveren afbrød forbindelsen", "fejl under forbindelse til server",
            "smtp-session mislykkedes",
        ), "muttmua/mutt:po/da.po"),
        # Mutt's TLS errors (po/): TLS could not be negotiated, no encrypted connection, SSL
        # failed, the server certificate expired, untrusted or not matching the host name, its
        # verification failed.
        Phrases("da.tls-required-mutt-po", C.TLS_REQUIRED, (
            "kunne ikke opnå tls-forbindelse", "krypteret forbindelse ikke tilgængelig",
            "ssl mislykkedes", "server-certifikat er udløbet",
            "kontrol af certifikat-vært fejlede", "matcher ikke certifikat",
            "ude af stand til at hente certifikat", "fejl under godkendelse af certifikat",
        ), "muttmua/mutt:po/da.po"),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("da.tls-required-kimap", C.TLS_REQUIRED, (
            "ssl-håndtryk mislykkedes",
        ), "KDE/kimap:po/da/libkimap6.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): unable to log in
        # at the server, probably a wrong configuration, username or password.
        Phrases("da.auth-failed-thunderbird-setup", C.AUTH_FAILED, (
            "kan ikke logge på serveren",
        ), ("thunderbird/thunderbird-l10n:da/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("da.network-error-kdepim", C.NETWORK_ERROR, (
            "serveren terminerede forbindelse", "tiden løb ud fra pop3-server",
            "forbindelsen afbrudt fra pop3-server", "kan ikke forbinde til imap-serveren",
            "forbindelse til serveren afbrudt under login", "forbindelse afbrudt under login",
        ), "KDE/kdepim-runtime:po/da/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime): an error during authentication, unable
        # to log in to the server.
        Phrases("da.auth-failed-kdepim", C.AUTH_FAILED, (
            "en fejl opstod under autentificering", "kan ikke logge ind på serveren",
        ), "KDE/kdepim-runtime:po/da/akonadi_pop3_resource.po"),
        # KDE's Akonadi POP3 resource (kdepim-runtime): an SSL/TLS error.
        Phrases("da.tls-required-kdepim", C.TLS_REQUIRED, (
            "ssl/tls fejl",
        ), "KDE/kdepim-runtime:po/da/akonadi_pop3_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("da.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "serveren er ikke tilgængelig",
        ), "KDE/kdepim-runtime:po/da/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("da.tls-required-glib-networking", C.TLS_REQUIRED, (
            "kræver et tls-certifikat", "uacceptabelt tls-certifikat",
            "kunne ikke oprette tls-forbindelse", "tls-forhandling",
            "tls-forbindelse lukkede uventet", "sendte ikke noget certifikat", "fatal tls-alarm",
            "uacceptabel tls-certifikatmyndighed",
        ), "GNOME/glib-networking:po/da.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("da.network-error-glib-networking", C.NETWORK_ERROR, (
            "tidsudløb for sokkel-i/o", "forbindelsen virker ikke",
        ), "GNOME/glib-networking:po/da.po"),
        # Thunderbird's connection errors (messenger.properties): the connection failed or timed
        # out.
        Phrases("da.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "kunne ikke oprette forbindelse til serveren", "tidsfristen for forbindelsen",
        ), "thunderbird/thunderbird-l10n:da/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): no connection to the mail server, the
        # server broke the connection.
        Phrases("da.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "kunne ikke oprette forbindelse til mailserveren", "har afbrudt forbindelsen",
        ), "thunderbird/thunderbird-l10n:da/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): a TLS error that cannot be ignored.
        Phrases("da.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "tls-fejl, som ikke kan ignoreres",
        ), "thunderbird/thunderbird-l10n:da/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("da.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "afsendelsen af adgangskoden",
        ), "thunderbird/thunderbird-l10n:da/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("da.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "kunne ikke etablere tls-forbindelse",
        ), "thunderbird/thunderbird-l10n:da/mail/chrome/messenger/localMsgs.properties"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("da.tls-required-k9-check", C.TLS_REQUIRED, (
            "ugyldigt ssl-certifikat",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-da/strings.xml"),
        # K-9 Mail's account-setup check: cannot connect to server.
        Phrases("da.network-error-k9-check", C.NETWORK_ERROR, (
            "kan ikke forbinde til server",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-da/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("da.auth-failed-k9-check", C.AUTH_FAILED, (
            "brugernavn / kodeord er ugyldig",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-da/strings.xml"),
        # Geary's server-certificate problems (expired, revoked, not activated, unknown authority, insecure, identity mismatch).
        Phrases("da.tls-required-geary-po", C.TLS_REQUIRED, (
            "serverens certifikat",
            "serverens identitet stemmer ikke overens",
        ), "GNOME/geary:po/da.po"),
        # Geary's 'Could not connect, check your network'.
        Phrases("da.network-error-geary-po", C.NETWORK_ERROR, (
            "kunne ikke forbinde, tjek dit netværk",
        ), "GNOME/geary:po/da.po"),
        # Geary's login problems: check your sending / receiving login and password; an account reported an incorrect login or password.
        Phrases("da.auth-failed-geary-po", C.AUTH_FAILED, (
            "forkert login eller en forkert adgangskode",
            "tjek din e-mailadresse og adgangskode",
            "login og adgangskode",
        ), "GNOME/geary:po/da.po"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("da.tls-required-weak-k9", C.TLS_REQUIRED, (
            "certifikat fejl",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-da/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("da.network-error-weak-k9", C.NETWORK_ERROR, (
            "netværksfejl",
            "tilslutningsfejl",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-da/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-da/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-da/strings.xml", decisive=False),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("da.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "for mange aktive forbindelser",
        ), "Foundry376/Mailspring:app/lang/da.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("da.relay-denied-mailspring", C.RELAY_DENIED, (
            "ville ikke videresende en meddelelse",
        ), "Foundry376/Mailspring:app/lang/da.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("da.rate-limited-mailspring", C.RATE_LIMITED, (
            "gmail båndbredde overskredet",
            "overskredet din daglige afsendelsesgrænse",
        ), "Foundry376/Mailspring:app/lang/da.json"),
        # Mailspring's 'Connection Error - Unable to connect to the server / port you provided.'
        Phrases("da.network-error-mailspring", C.NETWORK_ERROR, (
            "kan ikke oprette forbindelse til den server",
        ), "Foundry376/Mailspring:app/lang/da.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("da.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "ulovlig vedhæftet fil",
        ), "Foundry376/Mailspring:app/lang/da.json"),
        # Mailspring's 'Authentication required.'
        Phrases("da.auth-required-mailspring", C.AUTH_REQUIRED, (
            "autentificering kræves",
        ), "Foundry376/Mailspring:app/lang/da.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("da.auth-failed-mailspring", C.AUTH_FAILED, (
            "understøtter ikke grundlæggende brugernavn",
            "godkendelsesfejl",
            "kan ikke længere godkendes",
        ), "Foundry376/Mailspring:app/lang/da.json"),
        # SnappyMail's 'Invalid recipients' notification (the RCPT refusal it shows).
        Phrases("da.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "ugyldige modtagere",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/da/user.json", decisive=False),
        # SnappyMail's 'Can't connect to server' notification.
        Phrases("da.network-error-snappymail", C.NETWORK_ERROR, (
            "kan ikke kontakte server",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/da/user.json"),
        # SnappyMail's bare 'Authentication failed' notification.
        Phrases("da.auth-failed-weak-snappymail", C.AUTH_FAILED, (
            "godkendelse fejlede",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/da/user.json", decisive=False),
        # Delta Chat's login failure: cannot log in as the address; check the address and the password.
        Phrases("da.auth-failed-deltachat", C.AUTH_FAILED, (
            "kan ikke logge ind som",
        ), "deltachat/deltachat-android:src/main/res/values-da/strings.xml"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("da.auth-required-kmail", C.AUTH_REQUIRED, (
            "du skal oplyse et brugernavn og en adgangskode",
        ), "KDE/kmailtransport:po/da/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("da.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "understøtter ikke godkendelse",
        ), "KDE/kmailtransport:po/da/libmailtransport6.po"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("da.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "større end servergrænsen",
        ), "M66B/FairEmail:app/src/main/res/values-da-rDK/strings.xml"),
        Phrases("da.auth-failed", C.AUTH_FAILED, (
            "login mislykkedes", "autenticering fejlede", "kunne ikke godkendes",
            "understøtter ikke den valgte sikkerhedsindstilling",
        ), _THUNDERBIRD),
        # Microsoft's Danish help title for 5.7.750 'Client blocked from sending from unregistered domain' (the 5.7.7xx code rule reads it as reputation).
        Phrases("da.reputation-microsoft-unregistered-domain", C.REPUTATION, (
            "domæne, der ikke er registreret",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.da-DK:AlchemyInsights/"
            "5-7-750-service-unavailable-client-blocked-from-sending-from-unregistered-d.md")),
        # Microsoft's Danish help title: the account restricted for sending too much spam (5.1.8, the sender blocked).
        Phrases("da.sender-rejected-exchange-spam", C.SENDER_REJECTED, (
            "begrænset for at sende for meget spam",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.da-DK:AlchemyInsights/"
            "sender-blocked-for-sending-too-much-spam.md")),
        # Exchange Online's Danish 5.1.8 NDR for a user restricted for sending spam, as Microsoft's da-DK docs on the Restricted users portal quote it: "Meddelelsen kunne ikke leveres, fordi du ikke blev genkendt som en gyldig afsender", "550 5.1.8 Adgang nægtet, ugyldig udgående afsender" (bad outbound sender).
        Phrases("da.sender-rejected-exchange-bad-sender", C.SENDER_REJECTED, (
            "ikke blev genkendt som en gyldig afsender", "ugyldig udgående afsender",
        ), ("MicrosoftDocs/microsoft-365-docs-pr.da-DK:microsoft-365/security/office-365-security/"
            "removing-user-from-restricted-users-portal-after-spam.md")),
        # Microsoft's Danish help on Exchange Online's receiving limit: senders get an NDR (5.2.121/5.2.122) saying the mailbox exceeded its maximum delivery threshold.
        Phrases("da.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "overskredet den maksimale grænse for levering",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.da-DK:AlchemyInsights/"
            "mailbox-receiving-limit.md")),
        Phrases("da.network-error", C.NETWORK_ERROR, (
            "forbindelse til smtp serveren kunne ikke oprettes",
            "forbindelsen til serveren afbrudt", "forbindelsen til smtp-serveren",
            "forsvandt midt i overførslen", "smtp connect() fejlede",
        ), _THUNDERBIRD),
        Phrases("da.message-too-large", C.MESSAGE_TOO_LARGE, (
            "størrelse overskrider serverenes grænse", "overstiger den generelle størrelsesgrænse",
        ), _THUNDERBIRD),
        Phrases("da.too-many-recipients", C.RATE_LIMITED, (
            "antallet af modtagere overskrider",
        ), _THUNDERBIRD),
        Phrases("da.sender-rejected", C.SENDER_REJECTED, (
            "følgende afsenderadresse er forkert",
        ), _PHPMAILER),
        Phrases("da.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "om din mailadresse er rigtig",
        ), _TB_L10N, decisive=False),
        Phrases("da.network-error-thunderbird", C.NETWORK_ERROR, (
            "serveren er måske forkert sat op",
        ), _TB_L10N),
        Phrases("da.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "kunne ikke indstille afsender",
        ), _RC_L10N, decisive=False),
        Phrases("da.mailbox-full-evolution", C.MAILBOX_FULL, (
            "lagringsallokering overskredet",
        ), _EVO_PO),
        Phrases("da.auth-required-evolution", C.AUTH_REQUIRED, (
            "godkendelse kræves",
        ), _EVO_PO),
        Phrases("da.auth-failed-evolution", C.AUTH_FAILED, (
            "midlertidig autentificeringsfejl", "autentificeringsmekanismen er for svag",
        ), _EVO_PO),
        Phrases("da.system-full-evolution", C.SYSTEM_FULL, (
            "utilstrækkelig lagringsplads",
        ), _EVO_PO),
        Phrases("da.virus-mailscanner", C.VIRUS, (
            "vores virusskanner har opdaget virus", "inficeret med virus er ikke blevet sendt",
        ), _MAILSCANNER + "sender.virus.report.txt"),
        Phrases("da.sender-rejected-mailman", C.SENDER_REJECTED, (
            "ikke lov til at sende mail til denne", "afsender er ikke medlem af listen",
            "skal være medlem for at kunne sende",
        ), "jaredmauch/mailman2-python3:messages/da/LC_MESSAGES/mailman.po"),
        # Exchange Online's 5.1.90 NDR (the sender's daily recipient limit), as Microsoft's
        # localized help titles it.
        Phrases("da.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "daglige grænse for meddelelsesmodtagere",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.da-DK:AlchemyInsights/5-1-90-your-mess"
            "age-cant-be-sent-daily-limit.md"
        )),
        # glibc's translated strerror texts: ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, EADDRNOTAVAIL,
        # ENETUNREACH, ECONNRESET, ECONNABORTED, ENETDOWN, EHOSTDOWN, gai_strerror's EAI_AGAIN
        # and the resolver's host name lookup failure.
        Phrases("da.network-error-glibc", C.NETWORK_ERROR, (
            "uoverkommelig fejl i navneopslag",
            "værtsmaskinen er nede",
            "netværket er nede",
            "programmet forårsagede forbindelsesafbrud",
            "opslag af værtsnavn fejlede",
            "opkobling nægtet", "opkoblingen overskred tidsgrænsen",
            "ingen rute til værtsmaskinen", "kan ikke tildele den ønskede adresse",
            "netværket er ikke tilgængeligt", "forbindelsen brudt i den anden ende",
            "midlertidig fejl i navneopslag",
        ), "bminor/glibc:po/da.po"),
        # glibc's translated gai_strerror texts (EAI_NONAME, EAI_NODATA) and the resolver's
        # unknown host.
        Phrases("da.host-unknown-glibc", C.HOST_UNKNOWN, (
            "ukendt vært",
            "navn eller tjeneste ukendt", "ingen adresse associeret med værtsnavn",
        ), "bminor/glibc:po/da.po"),
        Phrases("da.user-unknown-evolution", C.USER_UNKNOWN, (
            "postkasse ikke tilgængelig", "postkassenavn ikke tilladt",
        ), "GNOME/evolution-data-server:po/da.po", decisive=False),
        Phrases("da.has-moved-evolution", C.HAS_MOVED, (
            "ikke lokal bruger",
        ), "GNOME/evolution-data-server:po/da.po"),
        Phrases("da.syntax-error-evolution", C.SYNTAX_ERROR, (
            "syntaksfejl",
        ), "GNOME/evolution-data-server:po/da.po", decisive=False),
        Phrases("da.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "kommando ikke implementeret", "kommandoparameter ikke implementeret",
        ), "GNOME/evolution-data-server:po/da.po", decisive=False),
        Phrases("da.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "tjenesten er ikke tilgængelig",
        ), "GNOME/evolution-data-server:po/da.po", decisive=False),
        Phrases("da.server-error-evolution", C.SERVER_ERROR, (
            "fejl i processering",
        ), "GNOME/evolution-data-server:po/da.po", decisive=False),
        Phrases("da.tls-required-evolution", C.TLS_REQUIRED, (
            "forespurgte autentificeringsmekanisme kræver kryptering",
        ), "GNOME/evolution-data-server:po/da.po"),
        Phrases("da.user-unknown-zimbra", C.USER_UNKNOWN, (
            "en sådan konto findes ikke",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_da.properties"),
        Phrases("da.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, (
            "overskredet den maksimalt tilladelige størrelse",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_da.properties"),
        Phrases("da.service-unavailable-zimbra", C.SERVICE_UNAVAILABLE, (
            "service er ikke tilgængelig i øjeblikket",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_da.properties", decisive=False),
        Phrases("da.network-error-zimbra", C.NETWORK_ERROR, (
            "for mange hop imellem servere",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_da.properties"),
        Phrases("da.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "meddelelsen er for stor", "din mail er for stor",
        ), "jaredmauch/mailman2-python3:messages/da/LC_MESSAGES/mailman.po"),
        Phrases("da.too-many-recipients-mailman", C.RATE_LIMITED, (
            "for mange modtagere",
        ), "jaredmauch/mailman2-python3:messages/da/LC_MESSAGES/mailman.po"),
        Phrases("da.content-rejected-mailscanner", C.CONTENT_REJECTED, (
            "uønskede bilag",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/dk/sender.filename.report.txt"),
        Phrases("da.user-unknown-sogo", C.USER_UNKNOWN, (
            "alle modtagere er ugyldige", "følgende adresser er ugyldige",
        ), "Alinto/sogo:UI/MailerUI/Danish.lproj/Localizable.strings"),
        Phrases("da.network-error-sogo", C.NETWORK_ERROR, (
            "fejl ved oprettelse til smtp-server",
        ), "Alinto/sogo:UI/MailerUI/Danish.lproj/Localizable.strings"),
        Phrases("da.user-unknown-zimbra-address", C.USER_UNKNOWN, (
            "sende meddelelse pga. ugyldig",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_da.properties", decisive=False),
        Phrases("da.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "kerberos/gssapi-ticket blev ikke accepteret",
        ), (
            "thunderbird/thunderbird-l10n:da/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("da.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "tillader ikke ukrypterede adgangskoder",
        ), (
            "thunderbird/thunderbird-l10n:da/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("da.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "bruger den korrekte identitet til at sende",
        ), (
            "thunderbird/thunderbird-l10n:da/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        ), decisive=False),
        Phrases("da.content-rejected-mailman", C.CONTENT_REJECTED, (
            "meddelelsens indholdstype", "meddelelsens filnavn-endelse", "var meddelelsen tom",
        ), "jaredmauch/mailman2-python3:messages/da/LC_MESSAGES/mailman.po"),
        Phrases("da.auth-failed-evolution-response", C.AUTH_FAILED, (
            "ugyldigt svar på godkendelse fra server",
        ), "GNOME/evolution-data-server:po/da.po"),
        Phrases("da.sender-rejected-evolution", C.SENDER_REJECTED, (
            "afsenderadresse ikke gyldig",
        ), "GNOME/evolution-data-server:po/da.po", decisive=False),
        # Horde's SMTP library (Horde_Smtp, used by IMP and Nextcloud Mail): its translated texts
        # for the reply codes and connection failures it reads (454, 452, 530, 554, lost connection).
        Phrases("da.tls-required-horde", C.TLS_REQUIRED, (
            "kunne ikke åbne en sikker tls forbindelse",
            "serveren understøtter ikke tls forbindelser",
        ), "horde/Smtp:locale/da/LC_MESSAGES/Horde_Smtp.po"),
        Phrases("da.network-error-horde", C.NETWORK_ERROR, (
            "forbindelses fejl til smtp serveren",
            "serveren lukkede forbindelsen uventet",
        ), "horde/Smtp:locale/da/LC_MESSAGES/Horde_Smtp.po"),
        Phrases("da.system-full-horde", C.SYSTEM_FULL, (
            "ikke tilstrækkeligt system lager",
        ), "horde/Smtp:locale/da/LC_MESSAGES/Horde_Smtp.po"),
        Phrases("da.auth-failed-horde", C.AUTH_FAILED, (
            "serveren afviste godkendelsen",
        ), "horde/Smtp:locale/da/LC_MESSAGES/Horde_Smtp.po"),
        Phrases("da.auth-required-horde", C.AUTH_REQUIRED, (
            "serveren kræver godkendelse",
        ), "horde/Smtp:locale/da/LC_MESSAGES/Horde_Smtp.po"),
        Phrases("da.service-unavailable-horde", C.SERVICE_UNAVAILABLE, (
            "serveren accepterer ikke smtp forbindelser",
        ), "horde/Smtp:locale/da/LC_MESSAGES/Horde_Smtp.po"),
        # IMP's (Horde webmail) refusal of a message over the sender's recipient limit.
        Phrases("da.too-many-recipients-imp", C.RATE_LIMITED, (
            "du har ikke tilladelse til at sende beskeder til flere end",
        ), "horde/imp:locale/da/LC_MESSAGES/imp.po"),
        # Thunderbird's note when the server refuses a recipient (RCPT TO): check the recipient's
        # address; the server's own reply, quoted in it, names the reason.
        Phrases("da.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "kontroller modtageradressen",
        ), (
            "thunderbird/thunderbird-l10n:da/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        ), decisive=False),
        # Roundcube's note when the SMTP server refuses a recipient (smtptoerror); the server's
        # reply, quoted in it, names the reason.
        Phrases("da.user-unknown-roundcube", C.USER_UNKNOWN, (
            "kunne ikke tilføje modtageren",
        ), "roundcube/roundcubemail:program/localization/da_DK/messages.inc", decisive=False),
        # Thunderbird's note that the server refuses its encrypted-password authentication (the
        # mechanism must change).
        Phrases("da.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "understøtter tilsyneladende ikke krypterede adgangskoder",
        ), (
            "thunderbird/thunderbird-l10n:da/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        )),
        # PHPMailer's note on the recipients the SMTP server refused (recipients_failed); the
        # server's reply names the reason.
        Phrases("da.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "følgende modtagere fejlede",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-da.php", decisive=False),
        # Horde_Smtp's text for a 450 reply (mailbox unavailable).
        Phrases("da.user-unknown-horde", C.USER_UNKNOWN, (
            "mailmappen er ikke tilgængelig",
        ), "horde/Smtp:locale/da/LC_MESSAGES/Horde_Smtp.po", decisive=False),
        # Office 365's Danish DSN, as its Danish wiki quotes it: the message was not delivered because of a
        # permission or security problem (5.7.1).
        Phrases("da.policy-violation-office365", C.POLICY_VIOLATION, (
            "tilladelses- eller sikkerhedsproblem",
        ), "https://dansk130.rssing.com/chan-10151090/article79.html"),
        # The same Danish DSN's diagnostic: '530 5.7.1 Client was not authenticated'.
        Phrases("da.auth-required-office365", C.AUTH_REQUIRED, (
            "klient blev ikke godkendt",
        ), "https://dansk130.rssing.com/chan-10151090/article79.html"),
        # Microsoft's Danish help titles 'Mailbox Quota Exceeded' 'Postkassekvoten er overskredet'.
        Phrases("da.mailbox-full-microsoft", C.MAILBOX_FULL, (
            "postkassekvoten er overskredet",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.da-DK:AlchemyInsights/mailbox-quota-ex"
            "ceeded.md"
        )),
        # Microsoft's Danish help on 550 5.7.511 'Access denied, banned sender': 'Adgang nægtet, spærret afsender'.
        Phrases("da.blocklisted-microsoft", C.BLOCKLISTED, (
            "spærret afsender",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.da-DK:AlchemyInsights/ip-blocked-for-s"
            "ending-too-much-spam-550-5-7-51.md"
        )),
        # Microsoft's Danish help titles NDR 554 5.2.2 'mailbox full' 'postkasse fuld'.
        Phrases("da.mailbox-full-microsoft-ndr", C.MAILBOX_FULL, (
            "postkasse fuld",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.da-DK:AlchemyInsights/mailbox-full-error.md"),
        # Microsoft's Danish help on 451 4.7.0 'Temporary server error. Please try again later. PRX4'.
        Phrases("da.server-error-microsoft", C.SERVER_ERROR, (
            "midlertidig serverfejl",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.da-DK:AlchemyInsights/451-470-temporar"
            "y-server-error.md"
        )),
        # Microsoft's Danish help on TLS deprecation: 421 4.4.2 'Connection dropped due to SocketError'.
        Phrases("da.network-error-microsoft-socket", C.NETWORK_ERROR, (
            "forbindelse tabt",
            "forbindelsen er tabt",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.da-DK:AlchemyInsights/issues-related-t"
            "o-tls-deprecation.md"
        )),
        # Microsoft's Danish help on TLS deprecation: 451 5.7.3 'Must issue a STARTTLS command first'.
        Phrases("da.tls-required-microsoft", C.TLS_REQUIRED, (
            "udstede en starttls-kommando",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.da-DK:AlchemyInsights/issues-related-t"
            "o-tls-deprecation.md"
        )),
        # Microsoft's Danish help on bulk mail delays: 432 4.3.21 'Mailbox server busy; mail intentionally delayed'.
        Phrases("da.service-unavailable-microsoft-busy", C.SERVICE_UNAVAILABLE, (
            "postkasseserver optaget",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.da-DK:AlchemyInsights/temporary-bulk-m"
            "ail-flow-delay.md"
        )),
        # Microsoft's localized help on NDR 5.4.6 / 5.4.14 'Hop count exceeded' (a routing loop, network_error as in
        # generic's English wording).
        Phrases("da.network-error-microsoft-hop-count", C.NETWORK_ERROR, (
            "overskredet hopantal",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.da-DK:AlchemyInsights/error-546-5414-h"
            "op-count.md"
        )),
        # SquirrelMail's da_DK translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("da.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "ændring af password er nødvendig",
            "midlertidig authentificerings fejl",
            "for svag autentifikationsmekanisme",
        ), "sitle/squirrelmail-src:locales/locale/da_DK/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's da_DK translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("da.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "postkasse ikke fundet",
            "postkasse navn ikke tilladt",
        ), "sitle/squirrelmail-src:locales/locale/da_DK/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's da_DK translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("da.system-full-squirrelmail", C.SYSTEM_FULL, (
            "utilstrækkelig diskplads",
        ), "sitle/squirrelmail-src:locales/locale/da_DK/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's da_DK translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("da.bad-sequence-squirrelmail", C.BAD_SEQUENCE, (
            "forkert kommando sekvens",
        ), "sitle/squirrelmail-src:locales/locale/da_DK/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's da_DK translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("da.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "kommando parameter ikke implementeret",
        ), "sitle/squirrelmail-src:locales/locale/da_DK/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's da_DK translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("da.auth-required-squirrelmail", C.AUTH_REQUIRED, (
            "authentificering påkrævet",
        ), "sitle/squirrelmail-src:locales/locale/da_DK/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's da_DK translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("da.auth-failed-weak-squirrelmail", C.AUTH_FAILED, (
            "authentificering fejlede",
        ), "sitle/squirrelmail-src:locales/locale/da_DK/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's da_DK translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("da.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "påkrævet for anmodet autentifikationsmetode",
        ), "sitle/squirrelmail-src:locales/locale/da_DK/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's da_DK translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("da.has-moved-squirrelmail", C.HAS_MOVED, (
            "bruger er ikke lokal",
        ), "sitle/squirrelmail-src:locales/locale/da_DK/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's da_DK translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("da.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "tildelt diskplads overskredet",
        ), "sitle/squirrelmail-src:locales/locale/da_DK/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's da_DK translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("da.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "transaktion fejlede",
        ), "sitle/squirrelmail-src:locales/locale/da_DK/LC_MESSAGES/squirrelmail.po", decisive=False),
        # mlmmj's translated listtexts: the post matched an access rule the list's administrator set
        # (access) and mlmmj's translated listtexts: the list address is in neither To: nor Cc: (notintocc)
        Phrases("da.policy-violation-mlmmj", C.POLICY_VIOLATION, (
            "afvist på grund af en regel",
            "skal listens addresse være indeholdt",
        ), "neonkore/MLmmj:listtexts/da/access; neonkore/MLmmj:listtexts/da/notintocc"),
        # mlmmj's translated listtexts: the post is over the list's size limit (maxmailsize)
        Phrases("da.message-too-large-mlmmj", C.MESSAGE_TOO_LARGE, (
            "afvist på grund af en størrelsesbegrænsning",
        ), "neonkore/MLmmj:listtexts/da/maxmailsize"),
        # mlmmj's translated listtexts: the poster's address is not subscribed, and only subscribers
        # may post (subonlypost)
        Phrases("da.sender-rejected-mlmmj", C.SENDER_REJECTED, (
            "kun tilmeldte må sende post",
            "er kun for tilmeldte",
        ), "neonkore/MLmmj:listtexts/da/subonlypost"),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("da.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "blev afvist af listemoderator",
        ), "jaredmauch/mailman2-python3:templates/da/refuse.txt"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("da.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "holdes foreløbigt tilbage",
        ), "jaredmauch/mailman2-python3:templates/da/postheld.txt"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, Emergency.py, SpamDetect.py): a
        # moderated list, an implicit destination, a restricted list's approval, administrivia, a
        # suspicious header, a post the moderator deemed inappropriate, an emergency hold, a header
        # filter rule.
        Phrases("da.policy-violation-mailman-moderation", C.POLICY_VIOLATION, (
            "tvivlsomt brevhoved", "modereret nyhedsgruppe", "andre skjulte modtagere",
            "karakteriseret som upassende",
            "sendt til modereret liste",
            "meddelelsen har skjulte modtagere",
            "begrænset liste kræver godkendelse",
            "kan have administrativt indhold",
            "holdes tilbage for godkendelse",
            "fanget af en filterregel",
        ), "jaredmauch/mailman2-python3:messages/da/LC_MESSAGES/mailman.po"),
        # ezmlm-idx's translated refusals of a post from a non-subscriber (TXT_ONLY_SUBSCRIBERS) and
        # from a poster the owner blocked (TXT_REJECT_POSTS).
        Phrases("da.sender-rejected-ezmlm", C.SENDER_REJECTED, (
            "kun tilmeldte må poste",
            "instruktion om at afvise post fra dig",
        ), "bruceg/ezmlm-idx:lang/da/messages"),
        # Odoo's mail server test: "Din server ser ikke ud til at supporte SSL, du bliver måske nød
        # til at prøve STARTTLS i stedet" (the server does not seem to support SSL).
        Phrases("da.tls-required-odoo", C.TLS_REQUIRED, (
            "ser ikke ud til at supporte ssl",
        ), "odoo/odoo:odoo/addons/base/i18n/da/LC_MESSAGES/code.po"),
        # Sylpheed's translated SMTP session errors ("Can't start TLS session").
        Phrases("da.tls-required-sylpheed", C.TLS_REQUIRED, (
            "kan ikke starte tls session",
        ), "sylpheed-mail/sylpheed:po/da.po"),
        # Sylpheed's translated SMTP session errors ("SMTP AUTH not available / Authentication failed").
        Phrases("da.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp auth ikke tilgænglig", "godkendelses fejlede",
        ), "sylpheed-mail/sylpheed:po/da.po"),
        # Sylpheed's translated SMTP session errors ("Connection closed by the remote host / Can't connect to SMTP server").
        Phrases("da.network-error-sylpheed", C.NETWORK_ERROR, (
            "ingen forbindelse til smtp server",
        ), "sylpheed-mail/sylpheed:po/da.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("da.network-error-balsa", C.NETWORK_ERROR, ("forbindelse mistet",
            "kunne ikke forbinde til smtp-server",
        ), "GNOME/balsa:po/da.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("da.auth-failed-balsa", C.AUTH_FAILED, ("der kendes ikke nogen måde at godkende på",
            "ingen passende godkendelsesmekanisme",
        ), "GNOME/balsa:po/da.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("da.auth-required-balsa", C.AUTH_REQUIRED, (
            "brugernavn og adgangskode krævet",
        ), "GNOME/balsa:po/da.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("da.service-unavailable-balsa", C.SERVICE_UNAVAILABLE, (
            "tilbyder ikke smtp-tjenesten på port",
        ), "GNOME/balsa:po/da.po"),
        # Claws Mail's translated SMTP session errors (TLS session, connection closed by the remote
        # host, authentication failed).
        Phrases("da.network-error-claws", C.NETWORK_ERROR, (
            "forbindelsen lukket af ekstern vært",
        ), "eworm-de/claws-mail:po/da.po"),
        # Claws Mail's translated SMTP session errors (TLS session, connection closed by the remote
        # host, authentication failed).
        Phrases("da.auth-failed-claws", C.AUTH_FAILED, (
            "godkendelse mislykkedes",
        ), "eworm-de/claws-mail:po/da.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("da.message-too-large-claws", C.MESSAGE_TOO_LARGE, (
            "e-mailen er for stor",
        ), "eworm-de/claws-mail:po/da.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("da.tls-required-claws", C.TLS_REQUIRED, (
            "fejl under ssl/tls forhandling",
            "ssl/tls certifikatet er ugyldigt",
        ), "eworm-de/claws-mail:po/da.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("da.auth-failed-claws-2", C.AUTH_FAILED, (
            "der er ingen smtp auth metode",
        ), "eworm-de/claws-mail:po/da.po"),
        # Sylpheed's translated "SSL certificate verify failed" (the server's certificate did not verify).
        Phrases("da.tls-required-sylpheed-ssl", C.TLS_REQUIRED, (
            "ssl forbindelse fejlet",
        ), "sylpheed-mail/sylpheed:po/da.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("da.tls-required-balsa-session", C.TLS_REQUIRED, ("ssl/tls-certifikat ødelagt", "certifikatet er blevet tilbagekaldt", "certifikatet er udløbet", "den underskrivende certifikatautoritet er ukendt",
            "tls-forhandling mislykkedes",
            "tls krævet, men ikke tilgængelig",
        ), "GNOME/balsa:po/da.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("da.network-error-balsa-session", C.NETWORK_ERROR, (
            "kan ikke nå smtp-server",
        ), "GNOME/balsa:po/da.po"),
        # Geary's account problems: check the sending or receiving login and password, an incorrect login.
        Phrases("da.auth-failed-geary", C.AUTH_FAILED, (
            "udgående login og adgangskode",
            "indgående login og adgangskode",
        ), "GNOME/geary:po/da.po"),
        # Geary's untrusted-connection reasons: the server certificate unsigned, mismatched or expired.
        Phrases("da.tls-required-geary", C.TLS_REQUIRED, (
            "ikke signeret af en kendt autoritet",
            "stemmer ikke overens med identiteten i certifikatet",
            "serverens certifikat er udløbet",
        ), "GNOME/geary:po/da.po"),
        # Claws Mail's SMTP session errors: STARTTLS could not be started or failed, the server requires it.
        Phrases("da.tls-required-claws-session", C.TLS_REQUIRED, (
            "kan ikke starte starttls session",
            "fejl under opstart af starttls forbindelse",
            "starttls mislykkedes",
            "server kræver starttls for logind",
            "kunne ikke starte starttls session",
        ), "eworm-de/claws-mail:po/da.po"),
        # Claws Mail's SMTP AUTH errors: failed, stronger authentication required, the method unavailable.
        Phrases("da.auth-failed-claws-session", C.AUTH_FAILED, (
            "stærk(ere) godkendelse kræves",
            "der opstod fejl under godkendelse",
            "smtp auth metode var ikke tilgængelig",
        ), "eworm-de/claws-mail:po/da.po"),
        # Claws Mail's connection errors: timed out, refused, closed by the remote host.
        Phrases("da.network-error-claws-session", C.NETWORK_ERROR, (
            "forbindelsen afbrudt pga tidsudløb",
            "løb ud for tid",
            "forbindelsen er afvist",
        ), "eworm-de/claws-mail:po/da.po"),
        # FairEmail: no (suitable) internet connection (weak).
        Phrases("da.network-error-weak-fairemail", C.NETWORK_ERROR, (
            "ingen (passende) dataforbindelse",
        ), "M66B/FairEmail:app/src/main/res/values-da-rDK/strings.xml", decisive=False),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the connection failed; the SMTP credentials were refused.
        Phrases("da.network-error-nextcloud-mail", C.NETWORK_ERROR, (
            "smtp server er ikke tilgængelig",
            "smtp-forbindelse mislykkedes",
        ), "nextcloud/mail:l10n/da.json"),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the connection failed; the SMTP credentials were refused.
        Phrases("da.auth-failed-nextcloud-mail", C.AUTH_FAILED, (
            "smtp brugernavn eller kodeord er forkert",
        ), "nextcloud/mail:l10n/da.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("da.tls-required-mailspring", C.TLS_REQUIRED, (
            "starttls er ikke tilgængelig",
            "tls ikke tilgængelig",
        ), "Foundry376/Mailspring:app/lang/da.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("da.spam-content-mailspring", C.SPAM_CONTENT, (
            "udgående spamfilter",
        ), "Foundry376/Mailspring:app/lang/da.json"),
        # Sylpheed's SMTP session errors: the session timed out, the server not found, an error during authentication.
        Phrases("da.auth-failed-sylpheed-session", C.AUTH_FAILED, (
            "fejl ved godkendelse",
        ), "sylpheed-mail/sylpheed:po/da.po"),
        # Joomla's Danish PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("da.auth-failed-joomla", C.AUTH_FAILED, (
            "kunne ikke godkende",
        ), "bringer/lavuelta:language/da-DK/da-DK.ini"),
        # Joomla's Danish PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("da.sender-rejected-joomla", C.SENDER_REJECTED, (
            "den følgende fra-adresse fejlede",
        ), "bringer/lavuelta:language/da-DK/da-DK.ini"),
        # Joomla's Danish PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("da.network-error-joomla", C.NETWORK_ERROR, (
            "kunne ikke forbinde til smtp host",
        ), "bringer/lavuelta:language/da-DK/da-DK.ini"),
        # Joomla 3's Danish PHPMailer strings (PHPMAILER_*)
        Phrases("da.network-error-joomla3", C.NETWORK_ERROR, (
            "forbindelse fejlede",
        ), "cuongnd/banhangonline88_joomla:language/da-DK/da-DK.ini"),
        # Joomla 3's Danish PHPMailer strings (PHPMAILER_*)
        Phrases("da.tls-required-joomla3", C.TLS_REQUIRED, (
            "kunne ikke starte tls",
        ), "cuongnd/banhangonline88_joomla:language/da-DK/da-DK.ini"),
        # Joomla 3's (another pack's) Danish PHPMailer strings (PHPMAILER_*)
        Phrases("da.sender-rejected-joomla3-curjoomla", C.SENDER_REJECTED, (
            "følgende fra-adresse fejlede",
        ), "OleksiiSapronov/currency_joomla:language/da-DK/da-DK.ini"),
        # Domeneshop's Danish FAQ on sending limits: past them smtp.domeneshop.no and the webmail
        # "automatisk og midlertidigt afvise yderligere afsendelse".
        Phrases("da.rate-limited-domeneshop", C.RATE_LIMITED, ("midlertidigt afvise yderligere afsendelse",),
                "https://xn--domne-ura.shop/faq?currency=DKK&id=251&lang=da"),
        # Microsoft's Danish help title for SharePoint's 'Daily email limit exceeded. Workflow is suspended' (the workflow mail refused past the Exchange Online sending limits).
        Phrases("da.rate-limited-daily-email-workflow", C.RATE_LIMITED, (
            "daglig mailgrænse",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.da-DK:AlchemyInsights/daily-email-limit-exceeded.md"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("da.rate-limited-sogo", C.RATE_LIMITED, (
            "sende for mange mails",
        ), "Alinto/sogo:UI/MailerUI/Danish.lproj/Localizable.strings"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("da.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "før du sender denne besked",
        ), "roundcube/roundcubemail:program/localization/da_DK/messages.inc"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        Phrases("da.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "grænsen for modtagerhastigheden",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.da-DK:AlchemyInsights/need-help-with-email-sending-limits.md"),
        # Kopano's MAPI error text (m4lcommon/Util.cpp, MAPI_E_STORE_FULL), translated: the message store has reached its maximum size.
        Phrases("da.mailbox-full-kopano", C.MAILBOX_FULL, (
            "meddelelseslageret har nået sin maksimale størrelse",
        ), "Kopano-dev/kopano-core:po/da.po"),
        # fetchmail's translated SMTP-listener refusals (po/): it doesn't like the recipient address; it rejected the local recipient addresses.
        Phrases("da.user-unknown-fetchmail", C.USER_UNKNOWN, (
            "kan ikke lide modtageradresse",
            "afviste lokal modtageradresse",
        ), "Distrotech/fetchmail:po/da.po"),
        # fetchmail's translated TLS refusal (po/): TLS is mandatory for this session but the server refused CAPA.
        Phrases("da.tls-required-fetchmail", C.TLS_REQUIRED, (
            "tls er krævet for denne session",
        ), "Distrotech/fetchmail:po/da.po"),
        # fetchmail's translated connect timeout (po/): timeout after N seconds waiting to connect to the server.
        Phrases("da.network-error-fetchmail", C.NETWORK_ERROR, (
            "tidsafbrud efter",
        ), "Distrotech/fetchmail:po/da.po"),
        # Mutt's translated SMTP client errors (po/): could not connect; the server closed the connection; SMTP session failed with a read or write error.
        Phrases("da.network-error-mutt", C.NETWORK_ERROR, (
            "smtp-session mislykkedes: læsningsfejl",
            "smtp-session mislykkedes: skrivningsfejl",
        ), "muttmua/mutt:po/da.po"),
        # Microsoft 365's machine-translated help for 550 5.7.501 'Access denied, spam abuse detected' (AlchemyInsights).
        Phrases("da.blocklisted-microsoft-spam-abuse", C.BLOCKLISTED, (
            "spam misbrug opdaget",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.da-DK:AlchemyInsights/error-code-550-5-7-501-access-denied-spam-abuse-detected.md"),
        # Microsoft 365's machine-translated help for 550 5.7.705 'Access denied, tenant has exceeded threshold' (too much spam or bulk mail sent by the organisation; AlchemyInsights).
        Phrases("da.reputation-microsoft-tenant-threshold", C.REPUTATION, (
            "lejer har overskredet grænsen",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.da-DK:AlchemyInsights/error-code-550-5-7-705-access-denied-tenant-has-exceeded-threshold.md"),
        # Trojitá's translated IMAP/SMTP login failure (po/): authentication failed, often a bad password or wrong user name.
        Phrases("da.auth-failed-trojita", C.AUTH_FAILED, (
            "autentificering mislykkedes",
        ), "jktjkt/trojita:po/da/trojita_common.po"),
        # Mailpile's SMTP/IMAP login errors (smtp_client.py, mail_source/): the server refused the
        # login (AUTH or OAuth2), a bad character in the username or password.
        Phrases("da.auth-failed-mailpile", C.AUTH_FAILED, (
            "ugyldige tegn i brugernavn",
            "ugyldigt brugernavn eller kodeord",
        ), "mailpile/Mailpile:shared-data/locale/da_DK/LC_MESSAGES/mailpile.po"),
        # Mailpile's SMTP client: the server refused the envelope sender (MAIL FROM).
        Phrases("da.sender-rejected-mailpile", C.SENDER_REJECTED, (
            "afsender afvist",
        ), "mailpile/Mailpile:shared-data/locale/da_DK/LC_MESSAGES/mailpile.po"),
        # Mailpile's connection errors (conn_brokers, smtp_client): could not connect, the
        # connection timed out or was refused, the host unreachable.
        Phrases("da.network-error-mailpile", C.NETWORK_ERROR, (
            "forbindelsen udløb",
            "forbindelse nægtet",
            "vært utilgængelig",
        ), "mailpile/Mailpile:shared-data/locale/da_DK/LC_MESSAGES/mailpile.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): the mailbox quota exceeded.
        Phrases("da.mailbox-full-evolution-exchange", C.MAILBOX_FULL, (
            "brevbakkens kvota er overskredet",
        ), "GNOME/evolution-mapi:po/da.po; GNOME/evolution-ews:po/da.po"),
        # Evolution's Exchange back ends (evolution-mapi, evolution-ews): the login at the server failed,
        # the password expired.
        Phrases("da.auth-failed-evolution-exchange", C.AUTH_FAILED, (
            "kunne ikke logge ind på serveren",
            "adgangskode udløbet",
        ), "GNOME/evolution-mapi:po/da.po; GNOME/evolution-ews:po/da.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): no more sessions can be created, the
        # session limit was reached.
        Phrases("da.too-many-connections-evolution-exchange", C.TOO_MANY_CONNECTIONS, (
            "kan ikke oprette flere sessioner",
        ), "GNOME/evolution-mapi:po/da.po; GNOME/evolution-ews:po/da.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): the account is disabled.
        Phrases("da.mailbox-disabled-evolution-exchange", C.MAILBOX_DISABLED, (
            "kontoen er deaktiveret",
        ), "GNOME/evolution-mapi:po/da.po; GNOME/evolution-ews:po/da.po"),
        # Evolution's EWS back end (evolution-ews): the Exchange or Microsoft 365 server is busy
        # (ErrorServerBusy), waiting to retry.
        Phrases("da.service-unavailable-evolution-exchange", C.SERVICE_UNAVAILABLE, (
            "exchange-serveren er optaget",
            "microsoft 365-serveren er optaget",
        ), "GNOME/evolution-mapi:po/da.po; GNOME/evolution-ews:po/da.po"),
        # Zimbra web client (ZmMsg): the attachment failed because the message would exceed the
        # size limit.
        Phrases("da.message-too-large-zimbra-web", C.MESSAGE_TOO_LARGE, (
            "overgå størrelsesgrænsen",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_da.properties"),
        # Zimbra web client (ZmMsg): the user is not authenticated.
        Phrases("da.auth-required-zimbra-web", C.AUTH_REQUIRED, (
            "bruger ikke godkendt",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_da.properties"),
        # Zimbra web client (ZmMsg): the mail quota is exceeded.
        Phrases("da.mailbox-full-zimbra-web", C.MAILBOX_FULL, (
            "overskredet din mail-kvota",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_da.properties"),
        # GLib's GIO network errors (GNOME/glib po/): socket I/O timed out, network or host unreachable,
        # error resolving a host name, could not connect to the proxy server.
        Phrases("da.network-error-glib-gio", C.NETWORK_ERROR, (
            "netværket kan ikke nås",
            "værten kan ikke nås",
            "fejl ved opløsning af",
            "ude af stand til at opløse",
        ), "GNOME/glib:po/da.po"),
        # libsoup's translated connection errors (GNOME/libsoup po/): the network stream closed or the
        # connection terminated unexpectedly.
        Phrases("da.network-error-libsoup", C.NETWORK_ERROR, (
            "netværksudsendelsen blev uventet lukket",
            "forbindelsen blev uventet afbrudt",
        ), "GNOME/libsoup:po/da.po"),
        # Tuta (Tutanota) mail client's errors (src/ui/translations): the number of allowed emails
        # was exceeded, or the allowed attempts; try again later.
        Phrases("da.rate-limited-tuta", C.RATE_LIMITED, (
            "antal af tilladte forsøg er overskredet",
            "overskredet antal tilladte mails",
            "antallet af tilladte mail er overskredet",
        ), "tutao/tutanota:src/ui/translations/da.ts"),
        # Tuta (Tutanota) mail client's errors: the storage limit is exceeded, no more mail can be
        # received or sent.
        Phrases("da.mailbox-full-tuta", C.MAILBOX_FULL, (
            "overskredet grænsen for lagerplads",
        ), "tutao/tutanota:src/ui/translations/da.ts"),
        # Tuta (Tutanota) mail client's errors: the body text exceeds the maximum size limit.
        Phrases("da.message-too-large-tuta", C.MESSAGE_TOO_LARGE, (
            "overskrider den maksimale størrelsesgrænse",
        ), "tutao/tutanota:src/ui/translations/da.ts"),
        # Tuta (Tutanota) client's connection errors: the connection to the server was lost.
        Phrases("da.network-error-tuta", C.NETWORK_ERROR, (
            "forbindelsen til serveren gik tabt",
        ), "tutao/tutanota:src/ui/translations/da.ts"),
    ),
    together=(
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write. The address or mechanism between the words.
        Together("da.together-network-error-mutt", C.NETWORK_ERROR, (
            ("forbindelse til",),
            ("er lukket",),
        ), "muttmua/mutt:po/da.po", window=40),
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("da.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("forbindelsen til serveren",),
            ("nulstillet", "afbrudt"),
        ), "thunderbird/thunderbird-l10n:da/mail/chrome/messenger/messenger.properties", window=50),
        # Microsoft's Danish Alchemy Insights article on NDR 5.1.90 ("Afsenderen har overskredet
        # den daglige grænse for modtagerhastigheden"): a daily sending limit exceeded or reached.
        Together("da.together-rate-limited", C.RATE_LIMITED, (
            ("overskredet", "nået"),
            ("daglige grænse", "grænse for afsendelse", "afsendelsesgrænse"),
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.da-DK:AlchemyInsights/5-1-90-your-message-cant"
           "-be-sent-daily-limit.md"),
        # The Danish article on NDR 5.7.511 ("Forbudt adgang nægtet, afsender": "fjerne den berørte
        # konto fra listen over blokerede afsendere"): the sender on the blocked senders' list.
        Together("da.together-blocklisted", C.BLOCKLISTED, (
            ("liste", "listen"),
            ("blokerede afsendere", "blokeret afsender"),
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.da-DK:AlchemyInsights/1264-ip-blocked-for-sen"
           "ding-too-much-spam-550-5-7-51.md", window=20),
        # Microsoft's Danish Alchemy Insights article on NDR 4.5.3 ("e-mail-trafik fra
        # IP-kildeadresse, overstiger den grænse"): the mail traffic over its limit.
        Together("da.together-rate-limited-traffic", C.RATE_LIMITED, (
            ("trafik",),
            ("overstiger",),
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.da-DK:AlchemyInsights/1049-antispam-4-5-3-too-many-recipien"
           "ts-as780090.md", window=50),
    ),
)
