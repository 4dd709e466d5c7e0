"""German wording of SMTP replies and bounce notices: web.de/GMX (1&1) bilingual replies,
Exchange's and Microsoft 365's German NDR texts, Gmail's and Google Groups' German bounces, the
German Roundcube client strings that quote a server's refusal, and German hosts' help pages
(IONOS, mail.fr, parrot-media) that quote the wording their servers send. Sources: sitepackage.de's
table of typical German provider replies, pastebin NDR copies,
chatmail/core test-data, roundcube/roundcubemail program/localization/de_DE/messages.inc.
Also: Thunderbird's composeMsgs.properties, Evolution's translated RFC 5321 reply texts
(GNOME/evolution-data-server po/), MailScanner's localized sender notices (MailScanner/v5
reports/).
Also: glibc's translated strerror and resolver texts (bminor/glibc po/),
Microsoft's localized Windows Sockets error list (win32-pr desktop-src/WinSock), Zimbra's web-
client errors (Zimbra/zm-ajax ZMsg), SOGo's send errors (Alinto/sogo UI/MailerUI), PHPMailer's
language files, Mailman 2's refusals, MailScanner's attachment refusals, Evolution's RFC 5321
reply texts, Roundcube's regional SMTP errors.
Also: the translated SMTP errors of mail clients, webmails and list managers: Horde IMP and
Horde_Smtp, Kopano, Mutt, Claws Mail, Sylpheed, Mailspring, SnappyMail, Nextcloud Mail,
SquirrelMail, Balsa, Sympa, Mailman 2 and 3 hold and rejection reasons, SpamAssassin's spam report,
FairEmail, msmtp, Cypht, CodeIgniter's Email library, Thunderbird's CLIENTID refusal.
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/), SQL
Server Reporting Services' docs quoting .NET's SmtpClient refusal.
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_SITEPACKAGE = (
    "http://www.sitepackage.de/service/dokumentation/auswertung/"
    "typische-fehlermeldungen-bei-unzustellbarkeit.html"
)
_PARROT = (
    "https://www.parrot-media.de/mediathek/help-center/exchange-e-mail-postfaecher/"
    "probleme-beim-versenden-oder-empfangen-von-e-mails/"
)
_ROUNDCUBE = "roundcube/roundcubemail:program/localization/de_DE/messages.inc"
_M365_SPF = "sn00py1310/blog:content/posts/microsoft-spf-error.md"

_EVO_PO = "GNOME/evolution-data-server:po/de.po"
_MAILSCANNER = "MailScanner/v5:common/usr/share/MailScanner/reports/de/"
_RC_L10N = "roundcube/roundcubemail:program/localization/de_DE/messages.inc"
_TB_L10N = (
    "thunderbird/thunderbird-l10n:de/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)

_GMAIL_CODES_DE = "https://support.google.com/a/answer/3726730?hl=de&ref_topic=7279058"
_GMAIL_CODES_DE_OLD = "https://support.google.com/a/answer/3726730?hl=de"
_GMAIL_CODES_DE_COPY = (
    "https://support.walkingtoweb.com/help/de-de/3-email-cloud/"
    "140-emails-kommen-mit-einer-fehlermeldung-zuruck-was-ist-der-smtp-fehler-xxx-xxx"
)

LANGUAGE = Language(
    code="de",
    name="German",
    phrases=(
        # MailScanner's notice put in place of an attachment on the list of unacceptable attachments, the original kept in quarantine (stored.filename.message.txt).
        Phrases("de.content-rejected-mailscanner-stored", C.CONTENT_REJECTED, (
            "liste unerwünschter dateianhänge",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/de/stored.filename.message.txt"),
        # MailScanner's notice that the message's potentially dangerous content (scripts, forms, web bugs) was removed (deleted.content.message.txt).
        Phrases("de.content-rejected-mailscanner-dangerous", C.CONTENT_REJECTED, (
            "potenziell gefährliche inhalte",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/de/deleted.content.message.txt"),
        # MailScanner's notice that a message received contained viruses, removed, and the disinfected files are attached (disinfected.report.txt).
        Phrases("de.virus-mailscanner-disinfected", C.VIRUS, (
            "einen oder mehrere viren", "viren wurden entfernt",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/de/disinfected.report.txt"),
        # MailScanner's notice to the sender of a message deleted as spam for its content and its sending server (sender.spam.report.txt).
        Phrases("de.spam-content-mailscanner-report", C.SPAM_CONTENT, (
            "als spam erkannt", "unerwünschte werbemail",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/de/sender.spam.report.txt"),
        # MailScanner's notice put in place of an attachment found infected by a virus.
        Phrases("de.virus-mailscanner-replaced", C.VIRUS, (
            "von einem virus verseucht",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/de/stored.virus.message.txt"),
        # MailScanner's notice put in place of an attachment of a type this site does not accept (deleted.filename.message.txt).
        Phrases("de.content-rejected-mailscanner-replaced", C.CONTENT_REJECTED, (
            "liste der unerwünschten dateianhänge",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/de/deleted.filename.message.txt"),
        # Thunderbird's account setup errors (accountCreationModel.properties): unable to log in
        # at the server, probably a wrong configuration, username or password.
        Phrases("de.auth-failed-thunderbird-setup", C.AUTH_FAILED, (
            "anmeldung auf dem server fehlgeschlagen",
        ), ("thunderbird/thunderbird-l10n:de/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("de.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "server kann nicht gefunden werden",
        ), ("thunderbird/thunderbird-l10n:de/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write.
        Phrases("de.network-error-mutt-po-connect", C.NETWORK_ERROR, (
            "fehler beim verbinden mit dem server",
        ), "muttmua/mutt:po/de.po"),
        # Mutt's authentication errors (po/): anonymous, CRAM-MD5, GSSAPI, SASL or APOP
        # authentication failed, LOGIN disabled on the server, login failed.
        Phrases("de.auth-failed-mutt-po", C.AUTH_FAILED, (
            "login ist auf diesem server abgeschaltet", "anmeldung gescheitert",
        ), "muttmua/mutt:po/de.po"),
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write.
        Phrases("de.network-error-mutt-po", C.NETWORK_ERROR, (
            "verbindung fehlgeschlagen",
        ), "muttmua/mutt:po/de.po"),
        # Mutt's TLS errors (po/): TLS could not be negotiated, no encrypted connection, SSL
        # failed, the server certificate expired, untrusted or not matching the host name, its
        # verification failed.
        Phrases("de.tls-required-mutt-po", C.TLS_REQUIRED, (
            "ssl fehlgeschlagen", "prüfung des rechnernamens in zertifikat",
            "unvertrauenswürdiges server-zertifikat", "entspricht nicht dem zertifikat",
            "kein zertifikat vom server", "fehler beim prüfen des zertifikats",
        ), "muttmua/mutt:po/de.po"),
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("de.auth-failed-weak-kimap", C.AUTH_FAILED, (
            "anmeldung fehlgeschlagen",
        ), "KDE/kimap:po/de/libkimap6.po", decisive=False),
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("de.auth-failed-kimap", C.AUTH_FAILED, (
            "plain-anmeldung wird von diesem server abgelehnt",
        ), "KDE/kimap:po/de/libkimap6.po"),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("de.tls-required-kimap", C.TLS_REQUIRED, (
            "ssl-protokollaushandlung ist fehlgeschlagen",
        ), "KDE/kimap:po/de/libkimap6.po"),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("de.network-error-kdepim", C.NETWORK_ERROR, (
            "es kann keine verbindung mit dem server hergestellt werden",
            "der server hat die verbindung sofort abgebrochen",
            "die verbindung wurde während der anmeldung unterbrochen", "verbindung abgebrochen",
        ), "KDE/kdepim-runtime:po/de/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime): an error during authentication, unable
        # to log in to the server.
        Phrases("de.auth-failed-kdepim", C.AUTH_FAILED, (
            "bei der authentifizierung ist ein fehler aufgetreten", "anmeldung beim server",
        ), "KDE/kdepim-runtime:po/de/akonadi_pop3_resource.po"),
        # KDE's Akonadi POP3 resource (kdepim-runtime): an SSL/TLS error.
        Phrases("de.tls-required-kdepim", C.TLS_REQUIRED, (
            "ssl/tls-fehler",
        ), "KDE/kdepim-runtime:po/de/akonadi_pop3_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("de.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "der server ist nicht verfügbar",
        ), "KDE/kdepim-runtime:po/de/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("de.tls-required-glib-networking", C.TLS_REQUIRED, (
            "inakzeptables tls-zertifikat", "inakzeptable tls-zertifizierungsstelle",
            "server benötigt ein tls-zertifikat", "tls-verbindung konnte nicht erstellt werden",
            "ausführung des tls-handshake", "tls-verbindung wurde unerwartet geschlossen",
            "gegenstelle der tls-verbindung gab kein", "schwerwiegende tls-warnung",
        ), "GNOME/glib-networking:po/de.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("de.network-error-glib-networking", C.NETWORK_ERROR, (
            "die verbindung ist fehlerhaft",
        ), "GNOME/glib-networking:po/de.po"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the connection refused, the server
        # disconnected.
        Phrases("de.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "konnte keine verbindung mit dem", "hat die verbindung abgebrochen",
        ), "thunderbird/thunderbird-l10n:de/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): an unrecoverable TLS error
        # (handshake, TLS version or certificate).
        Phrases("de.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "nicht überschreibbarer tls-fehler",
        ), "thunderbird/thunderbird-l10n:de/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the Kerberos/GSSAPI ticket refused
        # (the POP3 one alike).
        Phrases("de.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "kerberos/gssapi-ticket wurde vom imap-server",
            "kerberos/gssapi-ticket wurde vom pop-server",
        ), "thunderbird/thunderbird-l10n:de/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("de.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "fehler beim senden des passworts",
        ), "thunderbird/thunderbird-l10n:de/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): the TLS connection could not be
        # established.
        Phrases("de.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "tls-verbindung zum pop3-server kann nicht",
        ), "thunderbird/thunderbird-l10n:de/mail/chrome/messenger/localMsgs.properties"),
        # Roundcube's 'Message size exceeds server limit' and 'Maximum size of a message exceeded' (attaching a file).
        Phrases("de.message-too-large-roundcube-attach-ch", C.MESSAGE_TOO_LARGE, (
            "maximale grösse einer nachricht",
        ), "roundcube/roundcubemail:program/localization/de_CH/messages.inc"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("de.auth-required-kmail", C.AUTH_REQUIRED, (
            "müssen sie einen benutzernamen und ein passwort angeben",
        ), "KDE/kmailtransport:po/de/libmailtransport6.po"),
        Phrases("de.user-unknown", C.USER_UNKNOWN, (
            "benutzer nicht bekannt", "benutzer unbekannt", "empfänger unbekannt",
            "empfaenger unbekannt", "unbekannter empfänger",
            "empfänger ist nicht bekannt", "existiert nicht auf diesem server",
            "e-mail-adresse konnte nicht gefunden werden",
            "die adresse wurde nicht gefunden", "weil die adresse nicht gefunden wurde",
        ), _SITEPACKAGE),
        Phrases("de.user-unknown-weak", C.USER_UNKNOWN, ("unbekannt", "existiert nicht"),
                _SITEPACKAGE, decisive=False),
        Phrases("de.mailbox-full", C.MAILBOX_FULL, (
            "speichervolumen ueberschritten", "speichervolumen überschritten",
            "zuviele mails auf dem server",
            "postfach voll", "postfach des empfängers ist voll", "postfach ist voll",
            "speicherplatz überschritten", "speicherplatz ueberschritten",
        ), _SITEPACKAGE),
        Phrases("de.mailbox-disabled", C.MAILBOX_DISABLED, (
            "postfach des empfängers wurde deaktiviert", "postfach wurde deaktiviert",
            "ist deaktiviert",
        ), _PARROT),
        Phrases("de.sender-unauthenticated", C.SENDER_UNAUTHENTICATED, (
            "nicht bestätigen konnte, dass ihre nachricht von einem vertrauenswürdigen ort",
        ), _M365_SPF),
        Phrases("de.auth-failed", C.AUTH_FAILED, (
            "authentisierung ist fehlgeschlagen",
        ), _ROUNDCUBE),
        Phrases("de.network-error", C.NETWORK_ERROR, (
            "verbindung ist fehlgeschlagen",
        ), _ROUNDCUBE),
        Phrases("de.message-too-large", C.MESSAGE_TOO_LARGE, (
            "nachrichtengröße übersteigt", "nachrichtengroesse uebersteigt",
            "maximale größe einer nachricht", "maximalgröße einer nachricht",
            "e-mail ist zu groß",
        ), _ROUNDCUBE),
        Phrases("de.content-rejected", C.CONTENT_REJECTED, (
            "unterstützt unicode in der e-mail-adresse nicht",
        ), _ROUNDCUBE),
        Phrases("de.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "e-mail-adresse in den konten-einstellungen",
        ), _TB_L10N, decisive=False),
        Phrases("de.too-many-recipients-thunderbird", C.RATE_LIMITED, (
            "erlaubte anzahl an empfängern überschritten",
        ), _TB_L10N),
        Phrases("de.message-too-large-thunderbird", C.MESSAGE_TOO_LARGE, (
            "übersteigt das globale größenlimit",
        ), _TB_L10N),
        Phrases("de.network-error-thunderbird", C.NETWORK_ERROR, (
            "server ist eventuell falsch konfiguriert", "verbindungsaufbau mit dem smtp-server",
            "mitten in der transaktion verloren",
        ), _TB_L10N),
        Phrases("de.auth-failed-thunderbird", C.AUTH_FAILED, (
            "kann nicht authentifiziert werden",
            "unterstützt die gewählte authentifizierungsmethode nicht",
        ), _TB_L10N),
        Phrases("de.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "konnte nicht gesetzt werden",
        ), _RC_L10N, decisive=False),
        Phrases("de.mailbox-full-evolution", C.MAILBOX_FULL, (
            "speicherzuteilung überschritten",
        ), _EVO_PO),
        Phrases("de.auth-required-evolution", C.AUTH_REQUIRED, (
            "legitimierung erforderlich",
        ), _EVO_PO),
        Phrases("de.auth-failed-evolution", C.AUTH_FAILED, (
            "legitimierung vorübergehend gescheitert", "legitimierungsmechanismus ist zu schwach",
        ), _EVO_PO),
        Phrases("de.system-full-evolution", C.SYSTEM_FULL, (
            "unzureichender systemspeicher",
        ), _EVO_PO),
        Phrases("de.virus-mailscanner", C.VIRUS, (
            "unser virenscanner wurde", "alle infizierten teile der nachricht",
        ), _MAILSCANNER + "sender.virus.report.txt"),
        Phrases("de.blocklisted-mailscanner", C.BLOCKLISTED, (
            "öffentlichen schwarzen liste",
        ), _MAILSCANNER + "sender.spam.rbl.report.txt"),
        Phrases("de.spam-content-mailscanner", C.SPAM_CONTENT, (
            "wahrscheinlich eine spam-mail",
        ), _MAILSCANNER + "sender.spam.sa.report.txt"),
        Phrases("de.sender-rejected-mailman", C.SENDER_REJECTED, (
            "nicht gestattet, nachrichten auf dieser liste",
            "absender ist nicht mitglied der liste",
        ), "jaredmauch/mailman2-python3:messages/de/LC_MESSAGES/mailman.po"),
        Phrases("de.user-unknown-sympa", C.USER_UNKNOWN, (
            "ist keine bekannte verteilerliste",
        ), "sympa-community/sympa:po/sympa/de.po"),
        Phrases("de.sender-rejected-sympa", C.SENDER_REJECTED, (
            "nachrichtenverteilung: autorisierung verweigert",
            "aus folgendem grund diese nachricht nicht senden",
            "auf dieser liste ist auf abonnenten beschränkt",
        ), "sympa-community/sympa:po/sympa/de.po"),
        Phrases("de.spam-content-bytecamp", C.SPAM_CONTENT, (
            "als spam eingestuft",
        ), "https://www.bytecamp.net/de/faq/email/zustellen.html"),
        Phrases("de.mailbox-full-bytecamp", C.MAILBOX_FULL, (
            "speicherplatz des kontos ueberschritten", "speicherplatz ausgeschöpft",
        ), "https://www.bytecamp.net/de/faq/email/zustellen.html"),
        # The same FAQ on 421 4.7.0 too many connections: the sending server "hat das Limit der
        # erlaubten Verbindungen zu unserem Mailserver überschritten".
        Phrases("de.too-many-connections-bytecamp", C.TOO_MANY_CONNECTIONS, (
            "limit der erlaubten verbindungen",
        ), "https://www.bytecamp.net/de/faq/email/zustellen.html"),
        Phrases("de.rate-limited-gmail", C.RATE_LIMITED, (
            "erhält zu schnell e-mails", "smtp-relay-dienst-höchstbeschränkung",
            "empfängt e-mails in einer geschwindigkeit",
        ), _GMAIL_CODES_DE),
        Phrases("de.policy-gmail", C.POLICY_VIOLATION, (
            "verstößt gegen die e-mail-richtlinien von",
            # 421 4.7.0 "IP not in whitelist for RCPT domain", in both versions of the page.
            "ip nicht auf weißer liste für rcpt-domain",
            "ip nicht auf zulassungsliste für rcpt-domain",
        ), _GMAIL_CODES_DE),
        # 421 4.7.0 "Our system has detected an unusual rate of unsolicited mail originating
        # from your IP address": Gmail's German reply text.
        Phrases("de.reputation-gmail", C.REPUTATION, (
            "ungewöhnliche anzahl unerwünschter e-mails",
        ), _GMAIL_CODES_DE_OLD),
        # 421 4.7.0 "TLS required for RCPT domain, closing connection".
        Phrases("de.tls-required-gmail", C.TLS_REQUIRED, (
            "tls für rcpt-domain erforderlich",
        ), _GMAIL_CODES_DE_OLD),
        # 452 4.2.2 "The recipient's inbox is out of storage space".
        Phrases("de.mailbox-full-gmail", C.MAILBOX_FULL, (
            "im posteingang des empfängers ist kein speicherplatz",
        ), _GMAIL_CODES_DE_COPY),
        # 421 4.4.5 "Server busy, try again later".
        Phrases("de.service-unavailable-gmail", C.SERVICE_UNAVAILABLE, (
            "server ist ausgelastet", "server überlastet. versuchen sie es später",
        ), _GMAIL_CODES_DE_OLD),
        # Exchange Online's 5.1.90 NDR (the sender's daily recipient limit), as Microsoft's
        # localized help titles it.
        Phrases("de.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "täglichen empfängerratengrenzwert",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.de-DE:AlchemyInsights/5-1-90-your-mess"
            "age-cant-be-sent-daily-limit.md"
        )),
        # Exchange Online's German 5.1.8 NDR (the sender's account is blocked from sending).
        Phrases("de.sender-rejected-exchange", C.SENDER_REJECTED, (
            "nicht als gültiger absender erkannt",
        ), (
            "https://learn.microsoft.com/de-de/exchange/troubleshoot/email-delivery/ndr/fix-e"
            "rror-code-5-1-8-in-exchange-online"
        )),
        # Google's German SMTP relay errors.
        Phrases("de.relay-denied-gmail", C.RELAY_DENIED, (
            "e-mail-relay wurde verweigert",
            "ungültige anmeldedaten für relay",
        ), "https://support.google.com/a/answer/6140680?hl=de"),
        Phrases("de.rate-limited-gmail-relay", C.RATE_LIMITED, (
            "tägliche smtp-relay-dienst-sendebeschränkung",
        ), "https://support.google.com/a/answer/6140680?hl=de"),
        # Gmail's German help on returned mail, naming the errors its bounces give.
        Phrases("de.rate-limited-gmail-help", C.RATE_LIMITED, (
            "limit zum senden von e-mails erreicht",
            "limit zum senden von e‑mails erreicht",
        ), "https://support.google.com/mail/answer/6596?hl=de&ref_topic=7065107"),
        # Gmail's German help on sending limits (answer 22839), as fr.rate-limited-gmail-bounces
        # reads the French: sending is suspended (for about 24 hours) after many sent messages
        # bounced ("Von Ihnen gesendete Nachrichten konnten nicht zugestellt werden.").
        Phrases("de.rate-limited-gmail-bounces", C.RATE_LIMITED, (
            "von ihnen gesendete nachrichten konnten nicht zugestellt werden",
        ), "https://support.google.com/mail/answer/22839?hl=de&amp;ref_topic=7280460"),
        Phrases("de.mailbox-full-gmail-help", C.MAILBOX_FULL, (
            "posteingang des empfängers ist voll",
            "posteingang des empfängers hat keinen freien speicherplatz",
        ), (
            "https://support.google.com/mail/answer/6596?hl=de&ref_topic=7065107; https://sup"
            "port.google.com/mail/answer/6596?hl=de&ref_topic=7280460"
        )),
        # Gmail's German sending-limit errors (Google Workspace's help on sending limits).
        Phrases("de.rate-limited-gmail-limits", C.RATE_LIMITED, (
            "gmail-sendebeschränkung erreicht",
            "maximale empfängerzahl überschritten",
        ), "https://support.google.com/a/answer/166852?hl=de&from=166862&rd=1"),
        # Outlook's German relay refusal, as Microsoft's German help quotes it.
        Phrases("de.relay-denied-outlook", C.RELAY_DENIED, (
            "relay verweigert",
        ), (
            "https://support.office.com/de-de/article/Beim-Senden-von-E-Mail-Nachrichten-wird"
            "-die-Fehlermeldung-550-die-Fehlermeldung-553-oder-eine-Fehlermeldung-im-Zusammen"
            "hang-mit-verbotenem-Relay-angezeigt-65b494a4-0a15-433e-829f-e73651e0245e"
        )),
        # glibc's translated strerror texts: ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, EADDRNOTAVAIL,
        # ENETUNREACH, ECONNRESET, ECONNABORTED, ENETDOWN, EHOSTDOWN, gai_strerror's EAI_AGAIN
        # and the resolver's host name lookup failure.
        Phrases("de.network-error-glibc", C.NETWORK_ERROR, (
            "nicht-behebbarer fehler in der namensauflösung",
            "rechner ist nicht aktiv",
            "netzwerk ist nicht aktiv",
            "programm verursachte den abbruch der verbindung",
            "fehler beim auflösen des hostnamens",
            "verbindungsaufbau abgelehnt", "wartezeit für die verbindung ist abgelaufen",
            "keine route zum zielrechner", "angeforderte adresse kann nicht zugewiesen werden",
            "netzwerk ist nicht erreichbar",
            "verbindung wurde vom kommunikationspartner zurückgesetzt",
            "temporärer fehler bei der namensauflösung",
        ), "bminor/glibc:po/de.po"),
        # glibc's translated gai_strerror texts (EAI_NONAME, EAI_NODATA) and the resolver's
        # unknown host.
        Phrases("de.host-unknown-glibc", C.HOST_UNKNOWN, (
            "unbekannter rechner",
            "name oder der dienst ist nicht bekannt", "zu diesem hostnamen gehört keine adresse",
        ), "bminor/glibc:po/de.po"),
        # Microsoft's Windows Sockets error list in this language (WSAECONNREFUSED 10061,
        # WSAETIMEDOUT 10060, WSAEHOSTUNREACH 10065, WSAEADDRNOTAVAIL 10049, WSAECONNRESET 10054,
        # WSAENETDOWN 10050 to WSAECONNABORTED 10053),
        # as Windows MTAs and mail clients quote the socket error of a failed delivery.
        Phrases("de.network-error-winsock", C.NETWORK_ERROR, (
            "nicht erreichbares netzwerk",
            "beim zurücksetzen wurde eine netzwerkverbindung getrennt",
            "software hat verbindungsabbruch verursacht",
            "verbindung wurde verweigert", "vom zielcomputer aktiv verweigert",
            "verbindungs timeout", "verbindungsversuch ist fehlgeschlagen", "keine route zum host",
            "nicht erreichbaren host", "angeforderte adresse ist im kontext nicht gültig",
            "verbindung wurde vom peer zurückgesetzt",
        ), "MicrosoftDocs/win32-pr.de-de:desktop-src/WinSock/windows-sockets-error-codes-2.md"),
        Phrases("de.user-unknown-evolution", C.USER_UNKNOWN, (
            "postfach nicht verfügbar", "postfachname nicht erlaubt",
        ), "GNOME/evolution-data-server:po/de.po", decisive=False),
        Phrases("de.has-moved-evolution", C.HAS_MOVED, (
            "benutzer nicht lokal",
        ), "GNOME/evolution-data-server:po/de.po"),
        Phrases("de.syntax-error-evolution", C.SYNTAX_ERROR, (
            "syntaxfehler",
        ), "GNOME/evolution-data-server:po/de.po", decisive=False),
        Phrases("de.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "befehl nicht implementiert", "befehlsparameter nicht implementiert",
        ), "GNOME/evolution-data-server:po/de.po", decisive=False),
        Phrases("de.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "dienst nicht verfügbar",
        ), "GNOME/evolution-data-server:po/de.po", decisive=False),
        Phrases("de.server-error-evolution", C.SERVER_ERROR, (
            "fehler bei verarbeitung",
        ), "GNOME/evolution-data-server:po/de.po", decisive=False),
        Phrases("de.tls-required-evolution", C.TLS_REQUIRED, (
            "verschlüsselung für den angeforderten authentifizierungsmechanismus erforderlich",
        ), "GNOME/evolution-data-server:po/de.po"),
        Phrases("de.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, (
            "maximal zulässige größe für mails überschreitet",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_de.properties"),
        Phrases("de.service-unavailable-zimbra", C.SERVICE_UNAVAILABLE, (
            "dienst vorübergehend nicht verfügbar",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_de.properties", decisive=False),
        Phrases("de.network-error-zimbra", C.NETWORK_ERROR, (
            "zu viele serverwechsel",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_de.properties"),
        Phrases("de.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "maximal zulässige größe beträgt", "nachricht war zu umfangreich",
        ), "jaredmauch/mailman2-python3:messages/de/LC_MESSAGES/mailman.po"),
        Phrases("de.too-many-recipients-mailman", C.RATE_LIMITED, (
            "anzahl der empfänger dieser nachricht ist zu hoch",
        ), "jaredmauch/mailman2-python3:messages/de/LC_MESSAGES/mailman.po"),
        Phrases("de.auth-failed-phpmailer", C.AUTH_FAILED, (
            "smtp-fehler: authentifizierung fehlgeschlagen",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-de.php"),
        Phrases("de.network-error-phpmailer", C.NETWORK_ERROR, (
            "konnte keine verbindung zum smtp-host herstellen",
            "verbindung zum smtp-server fehlgeschlagen",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-de.php"),
        Phrases("de.sender-rejected-phpmailer", C.SENDER_REJECTED, (
            "folgende absenderadresse ist nicht korrekt",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-de.php", decisive=False),
        Phrases("de.content-rejected-roundcube-ch", C.CONTENT_REJECTED, (
            "unterstützt keine unicode-zeichen in e-mail-adressen",
        ), "roundcube/roundcubemail:program/localization/de_CH/messages.inc"),
        Phrases("de.message-too-large-roundcube-ch", C.MESSAGE_TOO_LARGE, (
            "nachrichtengrösse übersteigt",
        ), "roundcube/roundcubemail:program/localization/de_CH/messages.inc"),
        Phrases("de.content-rejected-mailscanner", C.CONTENT_REJECTED, (
            "auf der liste unerlaubter",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/de/sender.filename.report.txt"),
        Phrases("de.user-unknown-sogo", C.USER_UNKNOWN, (
            "alle empfänger sind ungültig", "folgenden adressen sind ungültig",
        ), "Alinto/sogo:UI/MailerUI/German.lproj/Localizable.strings"),
        Phrases("de.network-error-sogo", C.NETWORK_ERROR, (
            "fehler beim verbinden mit dem smtp-server",
        ), "Alinto/sogo:UI/MailerUI/German.lproj/Localizable.strings"),
        Phrases("de.user-unknown-zimbra-address", C.USER_UNKNOWN, (
            "wegen ungültiger adresse",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_de.properties", decisive=False),
        Phrases("de.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "kerberos/gssapi-ticket wurde vom smtp-server",
        ), (
            "thunderbird/thunderbird-l10n:de/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("de.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "erlaubt die ungesicherte übertragung des passworts im klartext nicht",
        ), (
            "thunderbird/thunderbird-l10n:de/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("de.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "sowohl verwendete identität als auch authentifizierungsmethode",
        ), (
            "thunderbird/thunderbird-l10n:de/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        ), decisive=False),
        Phrases("de.content-rejected-mailman", C.CONTENT_REJECTED, (
            "mime-typ der nachricht wurde vom moderator", "datei-endung des attachments",
            "nach dem filtern der mail blieb kein inhalt",
        ), "jaredmauch/mailman2-python3:messages/de/LC_MESSAGES/mailman.po"),
        Phrases("de.auth-failed-evolution-response", C.AUTH_FAILED, (
            "fehlerhafte legitimierungsantwort vom server",
        ), "GNOME/evolution-data-server:po/de.po"),
        Phrases("de.sender-rejected-evolution", C.SENDER_REJECTED, (
            "absenderadresse ist nicht gültig",
        ), "GNOME/evolution-data-server:po/de.po", decisive=False),
        # Horde IMP's refusal of a message to more recipients than the sender may reach (at once or
        # in a period).
        Phrases("de.rate-limited-horde", C.RATE_LIMITED, (
            "dürfen nachrichten nicht an mehr als",
        ), "horde/imp:locale/de/LC_MESSAGES/imp.po"),
        # Kopano's spooler and Exchange Online refusing to send as (on behalf of) another user or
        # group: the sender identity is refused.
        Phrases("de.sender-rejected-send-as", C.SENDER_REJECTED, (
            "unter diesem benutzer- oder gruppennamen nachrichten zu versenden",
            "in deren namen der versand erfolgen soll",
            "nicht die berechtigung, die nachricht im auftrag",
        ), "Kopano-dev/kopano-core:po/de.po; https://pastebin.com/dUJNHrB0"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("de.tls-required-mail-clients", C.TLS_REQUIRED, (
            "fehler beim einleiten der starttls-verbindung",
            "starttls-sitzung kann nicht gestartet werden",
            "starttls-sitzung konnte nicht gestartet werden",
            "server erfordert starttls",
            "starttls schlug fehl",
            "keine tls-verbindung realisiert",
            "verschlüsselte verbindung nicht verfügbar",
        ), "eworm-de/claws-mail:po/de.po; muttmua/mutt:po/de.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("de.auth-failed-mail-clients", C.AUTH_FAILED, (
            "kein smtp-auth-verfahren verfügbar",
            "smtp-auth-verfahren nicht verfügbar",
            "stärkere authentifizierung erforderlich",
        ), "eworm-de/claws-mail:po/de.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("de.auth-failed-weak-mail-clients", C.AUTH_FAILED, (
            "fehler beim authentifizieren",
            "authentifizierung schlug fehl",
            "authentifizierung fehlgeschlagen",
        ), "eworm-de/claws-mail:po/de.po; muttmua/mutt:po/de.po", decisive=False),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("de.network-error-mail-clients", C.NETWORK_ERROR, (
            "verbindung abgelaufen",
            "verbindung durch gegenseite getrennt",
            "verbindung verweigert",
            "server hat verbindung geschlossen",
            "es kann keine verbindung zu",
        ), "eworm-de/claws-mail:po/de.po; muttmua/mutt:po/de.po"),
        # Sylpheed's translated client errors (po/) when the SMTP server's TLS, authentication or
        # connection fails.
        Phrases("de.network-error-sylpheed", C.NETWORK_ERROR, (
            "sitzungszeit abgelaufen",
            "verbindung geschlossen vom remote-host",
            "keine verbindung zum smtp-server",
            "verbindung zum smtp-server nicht möglich",
        ), "sylpheed-mail/sylpheed:po/de.po"),
        # Sylpheed's translated client errors (po/) when the SMTP server's TLS, authentication or
        # connection fails.
        Phrases("de.auth-failed-weak-sylpheed", C.AUTH_FAILED, (
            "fehler bei authentisierung",
            "fehler bei der authentisierung",
        ), "sylpheed-mail/sylpheed:po/de.po", decisive=False),
        # Sylpheed's translated client errors (po/) when the SMTP server's TLS, authentication or
        # connection fails.
        Phrases("de.tls-required-sylpheed", C.TLS_REQUIRED, (
            "kann tls-sitzung nicht beginnen",
        ), "sylpheed-mail/sylpheed:po/de.po"),
        # Sylpheed's translated client errors (po/) when the SMTP server's TLS, authentication or
        # connection fails.
        Phrases("de.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp auth nicht verfügbar",
        ), "sylpheed-mail/sylpheed:po/de.po"),
        # Roundcube refusing a message to more recipients than its limit allows.
        Phrases("de.rate-limited-roundcube-too-many-recipients", C.RATE_LIMITED, (
            "zuviele empfänger",
        ), (
            "roundcube/roundcubemail:program/localization/de_DE/messages.inc; roundcube/round"
            "cubemail:program/localization/de_CH/messages.inc"
        )),
        # Roundcube refusing to send again before its minimum interval between messages.
        Phrases("de.rate-limited-roundcube-sent-too-quickly", C.RATE_LIMITED, (
            "sekunde(n) vor dem senden dieser nachricht",
        ), "roundcube/roundcubemail:program/localization/de_DE/messages.inc"),
        # Thunderbird: STARTTLS required but not offered by the outgoing server.
        Phrases("de.tls-required-thunderbird-l10n", C.TLS_REQUIRED, (
            "kann nicht mit starttls aufgebaut werden",
        ), (
            "thunderbird/thunderbird-l10n:de/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        # Thunderbird: the sender (From:) address or identity is invalid.
        Phrases("de.sender-rejected-thunderbird-l10n", C.SENDER_REJECTED, (
            "die absenderadresse (von:) ist ungültig",
            "die sender-identität ist ungültig",
        ), (
            "thunderbird/thunderbird-l10n:de/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        # Thunderbird: the outgoing server does not take the chosen (encrypted) password method.
        Phrases("de.auth-failed-thunderbird-l10n", C.AUTH_FAILED, (
            "scheint die verschlüsselte übertragung des passworts nicht zu unterstützen",
            "scheint die übertragung verschlüsselter passwörter nicht zu unterstützen",
        ), (
            "thunderbird/thunderbird-l10n:de/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        # Evolution's translated SMTP transport errors (camel-smtp-transport): the secure connection,
        # STARTTLS or the authentication type failed; RFC 4954's password transition.
        Phrases("de.tls-required-evolution-camel", C.TLS_REQUIRED, (
            "im sicheren modus ist gescheitert",
            "starttls-befehl gescheitert",
        ), "GNOME/evolution-data-server:po/de.po"),
        # Evolution's translated SMTP transport errors (camel-smtp-transport): the secure connection,
        # STARTTLS or the authentication type failed; RFC 4954's password transition.
        Phrases("de.auth-failed-evolution-camel", C.AUTH_FAILED, (
            "keine unterstützung für legitimierungstyp",
            "ein passwortübergang ist notwendig",
        ), "GNOME/evolution-data-server:po/de.po"),
        # Gmail's German help on returned mail: the recipient chose in their settings not to take
        # mail from the sender (the recipient's block, not a reason of the sender's).
        Phrases("de.policy-violation-gmail-help", C.POLICY_VIOLATION, (
            "keine e‑mails von ihnen empfangen möchte",
        ), "https://support.google.com/mail/answer/6596?hl=de&ref_topic=7280460"),
        # Gmail's German help on returned mail: the recipient's mail server is down.
        Phrases("de.service-unavailable-gmail-help", C.SERVICE_UNAVAILABLE, (
            "e-mail-server des empfängers ist ausgefallen",
        ), "https://support.google.com/mail/answer/6596?hl=de&ref_topic=7280460", decisive=False),
        # Zimbra web client's translated errors (ZMsg): wrong username or password, authentication
        # required, the server cannot be reached or timed out.
        Phrases("de.auth-failed-zimbra-web", C.AUTH_FAILED, (
            "der nutzername oder das passwort ist falsch",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_de.properties"),
        # Zimbra web client's translated errors (ZMsg): wrong username or password, authentication
        # required, the server cannot be reached or timed out.
        Phrases("de.auth-required-zimbra-web", C.AUTH_REQUIRED, (
            "authentifizierung erforderlich",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_de.properties"),
        # Zimbra web client's translated errors (ZMsg): wrong username or password, authentication
        # required, the server cannot be reached or timed out.
        Phrases("de.network-error-zimbra-web", C.NETWORK_ERROR, (
            "verbindung zum server kann nicht hergestellt werden",
            "verbindung zum dezentralen server ist abgelaufen",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_de.properties"),
        # Sympa: the list takes posts only from its moderators, owners, subscribers or local users.
        Phrases("de.sender-rejected-sympa-lists", C.SENDER_REJECTED, (
            "nachrichtenverteilung für diese liste ist nur durch",
            "ist auf benutzer in der lokalen domäne beschränkt",
            "nachrichtenverteilung auf dieser liste ist beschränkt auf",
        ), "sympa-community/sympa:po/sympa/de.po"),
        # Sympa: the message is larger than the list's maximum size.
        Phrases("de.message-too-large-sympa-lists", C.MESSAGE_TOO_LARGE, (
            "nachricht zu groß",
        ), "sympa-community/sympa:po/sympa/de.po"),
        # Mailman 2 holding or refusing a post for the list's own rules: a moderated list, an implicit
        # destination, possible administrivia, a restricted list, a suspicious header.
        Phrases("de.policy-violation-mailman-held", C.POLICY_VIOLATION, (
            "ist auf moderiert geschaltet",
            "die adresse der liste ist nicht unter den empfängern",
            "nachricht könnte mailman-befehle enthalten",
            "liste mit eingeschränkten zugriffsrechten ist nur mit",
            "traf auf ein filterkriterium aus",
        ), "jaredmauch/mailman2-python3:messages/de/LC_MESSAGES/mailman.po"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("de.auth-failed-mailspring", C.AUTH_FAILED, (
            "authentifizierungsfehler - überprüfen sie ihren benutzernamen",
            "unterstützt keine grundlegende benutzername/passwort-authentifizierung",
        ), "Foundry376/Mailspring:app/lang/de.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("de.network-error-mailspring", C.NETWORK_ERROR, (
            "verbindung zum angegebenen server/port konnte nicht hergestellt werden",
        ), "Foundry376/Mailspring:app/lang/de.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("de.tls-required-mailspring", C.TLS_REQUIRED, (
            "starttls ist nicht verfügbar",
        ), "Foundry376/Mailspring:app/lang/de.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("de.relay-denied-mailspring", C.RELAY_DENIED, (
            "der smtp-server würde keine nachricht weiterleiten",
        ), "Foundry376/Mailspring:app/lang/de.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("de.rate-limited-mailspring", C.RATE_LIMITED, (
            "ihr tägliches sendelimit überschritten",
            "bandbreite überschritten",
        ), "Foundry376/Mailspring:app/lang/de.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("de.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "enthält eine illegale anlage",
        ), "Foundry376/Mailspring:app/lang/de.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("de.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "zu viele aktive verbindungen",
        ), "Foundry376/Mailspring:app/lang/de.json"),
        # SnappyMail webmail's translated notifications: the server cannot be reached, the
        # recipients are invalid, the authentication failed.
        Phrases("de.network-error-snappymail", C.NETWORK_ERROR, (
            "serververbindung kann nicht hergestellt werden",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/de/user.json"),
        # SnappyMail webmail's translated notifications: the server cannot be reached, the
        # recipients are invalid, the authentication failed.
        Phrases("de.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "ungültige empfängeradressen",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/de/user.json", decisive=False),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the
        # connection failed; the SMTP credentials were refused.
        Phrases("de.network-error-nextcloud-mail", C.NETWORK_ERROR, (
            "smtp-server ist nicht erreichbar",
            "smtp-verbindung fehlgeschlagen",
        ), "nextcloud/mail:l10n/de.json"),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the
        # connection failed; the SMTP credentials were refused.
        Phrases("de.auth-failed-nextcloud-mail", C.AUTH_FAILED, (
            "smtp-benutzername oder passwort ist falsch",
            "falscher smtp-benutzername oder passwort",
            "smtp-server hat die anmeldung verweigert",
            "smtp-authentifizierungsfehler",
        ), "nextcloud/mail:l10n/de.json; nextcloud/mail:l10n/de_DE.json"),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("de.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "ein kennwortüergang wird benötigt",
            "authentifizierungsmechanismus ist zu schwach",
            "temporärer authentifizierungsfehler",
        ), "RealityRipple/squirrelmail:locale/de_DE/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("de.auth-required-squirrelmail", C.AUTH_REQUIRED, (
            "authentifizierung benötigt",
        ), "RealityRipple/squirrelmail:locale/de_DE/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("de.bad-sequence-weak-squirrelmail", C.BAD_SEQUENCE, (
            "falsche befehlsreihenfolge",
        ), "RealityRipple/squirrelmail:locale/de_DE/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("de.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "für den geforderten authentifizierungsmechanismus wird verschlüsselung benötigt",
        ), "RealityRipple/squirrelmail:locale/de_DE/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("de.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "fehler bei der bearbeitung",
        ), "RealityRipple/squirrelmail:locale/de_DE/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("de.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "postfachname nicht zulässig",
        ), "RealityRipple/squirrelmail:locale/de_DE/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("de.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "speicherplatz wird überschritten",
        ), "RealityRipple/squirrelmail:locale/de_DE/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("de.service-unavailable-weak-squirrelmail", C.SERVICE_UNAVAILABLE, (
            "service nicht verfügbar, kanal wird geschlossen",
        ), "RealityRipple/squirrelmail:locale/de_DE/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("de.has-moved-squirrelmail", C.HAS_MOVED, (
            "kein lokaler benutzer; bitte weiterleitung versuchen",
        ), "RealityRipple/squirrelmail:locale/de_DE/LC_MESSAGES/squirrelmail.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c).
        Phrases("de.network-error-balsa", C.NETWORK_ERROR, (
            "verbinden mit dem smtp-server",
        ), "GNOME/balsa:po/de.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c).
        Phrases("de.network-error-weak-balsa", C.NETWORK_ERROR, (
            "verbindung wurde unterbrochen",
        ), "GNOME/balsa:po/de.po", decisive=False),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c).
        Phrases("de.tls-required-balsa", C.TLS_REQUIRED, ("beschädigtes tls-zertifikat", "das zertifikat wurde widerrufen", "die signierende zertifizierungsstelle ist unbekannt",
            "der entfernte server unterstützt starttls nicht",
        ), "GNOME/balsa:po/de.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c).
        Phrases("de.auth-failed-balsa", C.AUTH_FAILED, ("gssapi-legitimierung fehlgeschlagen", "keine legitimierungsmöglichkeit bekannt",
            "kein nutzbarer legitimierungsmechanismus",
        ), "GNOME/balsa:po/de.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c).
        Phrases("de.service-unavailable-balsa", C.SERVICE_UNAVAILABLE, (
            "bietet keinen smtp-dienst auf port",
        ), "GNOME/balsa:po/de.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c).
        Phrases("de.auth-required-balsa", C.AUTH_REQUIRED, (
            "benutzername und passwort erforderlich",
        ), "GNOME/balsa:po/de.po"),
        # SpamAssassin's German report (rules/30_text_de.cf) and its DNSBL rule descriptions.
        Phrases("de.spam-content-spamassassin", C.SPAM_CONTENT, (
            'als mögliche "spam"-nachricht identifiziert',
        ), "apache/spamassassin:rules/30_text_de.cf"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("de.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "größer als serverbegrenzung",
        ), "M66B/FairEmail:app/src/main/res/values-de-rDE/strings.xml"),
        # Mailman 3's hold reason: the post exceeds the list's maximum message size.
        Phrases("de.message-too-large-mailman3", C.MESSAGE_TOO_LARGE, (
            "größer als die maximale größe von",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/de/LC_MESSAGES/mailman.p"
            "o"
        )),
        # Mailman 3's hold and rejection reasons about the poster: not a member, banned, no valid sender.
        Phrases("de.sender-rejected-mailman3", C.SENDER_REJECTED, (
            "stammt nicht von einem listenmitglied",
            "ist aus dieser liste ausgeschlossen",
            "hat keine gültigen absender",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/de/LC_MESSAGES/mailman.p"
            "o"
        )),
        # Mailman 3's moderation hold reasons: moderated member, implicit destination, emergency moderation.
        Phrases("de.policy-violation-mailman3-held", C.POLICY_VIOLATION, (
            "kommt von einem moderierten mitglied",
            "hat ein implizites ziel",
            "notfall-moderation in kraft",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/de/LC_MESSAGES/mailman.p"
            "o"
        )),
        # Mailman 3's content-type filter reasons.
        Phrases("de.content-rejected-mailman3", C.CONTENT_REJECTED, (
            "der inhaltstyp der nachricht",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/de/LC_MESSAGES/mailman.p"
            "o"
        )),
        # Mailman 3's notice that a post is held for the moderator.
        Phrases("de.policy-violation-mailman3-awaits", C.POLICY_VIOLATION, (
            "wartet auf die zustimmung des moderators",
            "wurde zurückgehalten, bis eine moderator",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/de/LC_MESSAGES/mailman.p"
            "o"
        )),
        # msmtp's translated SMTP client errors (TLS, authentication, connection, server lookup).
        Phrases("de.tls-required-msmtp", C.TLS_REQUIRED, (
            "tls-aushandlung fehlgeschlagen",
            "tls-zertifikatsüberprüfung ist fehlgschlagen",
            "tls-zertifikatsüberprüfung ist fehlgeschlagen",
        ), "marlam/msmtp:po/de.po"),
        # msmtp's translated SMTP client errors (TLS, authentication, connection, server lookup).
        Phrases("de.auth-failed-msmtp", C.AUTH_FAILED, (
            "keine benutzbare authentifizierungsmethode",
            "sichere authentifizierungsmethode kann nicht benutzt werden",
            "unterstützt authentifizierungsmethode",
        ), "marlam/msmtp:po/de.po"),
        # msmtp's "the server does not support authentication": the server's EHLO offers no AUTH
        # (marlam/msmtp:src/msmtp.c tests the AUTH capability), a command not implemented there.
        Phrases("de.not-implemented-msmtp-auth", C.NOT_IMPLEMENTED, (
            "unterstützt keine authentifizierung",
        ), "marlam/msmtp:po/de.po"),
        # msmtp's translated SMTP client errors (TLS, authentication, connection, server lookup).
        Phrases("de.network-error-msmtp", C.NETWORK_ERROR, (
            "verbindung abgelehnt",
            "host nicht erreichbar",
            "verbindung von der gegenstelle zurückgesetzt",
            "verbindung wurde unerwartet getrennt",
            "die wartezeit ist abgelaufen",
        ), "marlam/msmtp:po/de.po"),
        # msmtp's translated SMTP client errors (TLS, authentication, connection, server lookup).
        Phrases("de.host-unknown-msmtp", C.HOST_UNKNOWN, (
            "host nicht gefunden",
        ), "marlam/msmtp:po/de.po"),
        # Cypht's translated refusal of the SMTP server's authentication.
        Phrases("de.auth-failed-cypht", C.AUTH_FAILED, (
            "authentifizierung am smtp server fehlgeschlagen",
        ), "cypht-org/cypht:language/de.php"),
        # CodeIgniter's Email library: the server refused the user name, password or credentials.
        Phrases("de.auth-failed-codeigniter", C.AUTH_FAILED, (
            "authentifizierung der benutzerdaten ist fehlgeschlagen",
            "benutzername konnte nicht authentifiziert werden",
            "passwort konnte nicht authentifiziert werden",
            "username konnte nicht authentifiziert werden",
        ), "codeigniter4/translations:Language/de/Email.php"),
        # CodeIgniter's Email library: AUTH could not be started; the server's own reply follows and decides.
        Phrases("de.auth-failed-weak-codeigniter", C.AUTH_FAILED, (
            "das auth login konnte nicht gesendet werden",
            "senden des kommandos auth login ist fehlgeschlagen",
            "der auth-befehl kann nicht ausgeführt werden",
        ), "codeigniter4/translations:Language/de/Email.php", decisive=False),
        # Thunderbird: the server's answer to CLIENTID says this device may not send mail.
        Phrases("de.policy-violation-thunderbird-clientid", C.POLICY_VIOLATION, (
            "dieses gerät keine e-mails versenden darf",
        ), (
            "thunderbird/thunderbird-l10n:de/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        # Exchange Online's German NDR table: 4.3.2 recipient thread limit, the mailbox receives too many messages too fast.
        Phrases("de.rate-limited-exchange-thread-limit", C.RATE_LIMITED, (
            "zu viele nachrichten zu schnell empfängt",
        ), (
            "https://learn.microsoft.com/de-de/exchange/mail-flow-best-practices/non-delivery"
            "-reports-in-exchange-online/non-delivery-reports-in-exchange-online"
        )),
        # Exchange Online's German NDR table: 4.4.7 the message expired in the queue.
        Phrases("de.expired-exchange-queue", C.EXPIRED, (
            "nachricht in der warteschlange ist abgelaufen",
        ), (
            "https://learn.microsoft.com/de-de/exchange/mail-flow-best-practices/non-delivery"
            "-reports-in-exchange-online/non-delivery-reports-in-exchange-online"
        )),
        # Exchange's German NDR reference (Exchange 2013 docs), 4.4.1/4.4.2: the destination server does not respond, or the connection between the servers dropped.
        Phrases("de.network-error-exchange2013", C.NETWORK_ERROR, (
            "zielserver reagiert nicht",
            "verbindung zwischen den servern wurde abgebrochen",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.de-de:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's German NDR reference (Exchange 2013 docs), 5.2.1: the mailbox can't be accessed (offline, disabled or quarantined).
        Phrases("de.mailbox-disabled-weak-exchange2013", C.MAILBOX_DISABLED, (
            "auf das postfach kann nicht zugegriffen werden",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.de-de:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        ), decisive=False),
        # Exchange's German NDR reference (Exchange 2013 docs), 5.2.2: the recipient's mailbox is over its storage quota.
        Phrases("de.mailbox-full-exchange2013", C.MAILBOX_FULL, (
            "speicherkontingent überschritten",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.de-de:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's German NDR reference (Exchange 2013 docs), 5.3.4: the message exceeds the configured size limit.
        Phrases("de.message-too-large-exchange2013", C.MESSAGE_TOO_LARGE, (
            "übersteigt die größenbeschränkung",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.de-de:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's German NDR reference (Exchange 2013 docs), 5.5.3: more recipients than a single message may have.
        Phrases("de.rate-limited-exchange2013", C.RATE_LIMITED, (
            "gesamtanzahl der zulässigen empfänger",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.de-de:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's German NDR reference (Exchange 2013 docs), 5.7.1: the sender isn't allowed to send to this recipient.
        Phrases("de.policy-violation-exchange2013", C.POLICY_VIOLATION, (
            "darf keine nachrichten an den empfänger senden",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.de-de:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's German NDR reference (Exchange 2013 docs), 5.7.1: relaying to a system that isn't the message's final destination is refused.
        Phrases("de.relay-denied-exchange2013", C.RELAY_DENIED, (
            "nicht das endziel der nachricht",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.de-de:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's German NDR reference (Exchange 2013 docs), 5.7.1: the sending system didn't authenticate to a receiver that requires it.
        Phrases("de.auth-required-exchange2013", C.AUTH_REQUIRED, (
            "hat keine authentifizierung bei dem empfangenden",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.de-de:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's German NDR reference (Exchange 2013 docs), 5.1.1: there is no such recipient in the destination mail system.
        Phrases("de.user-unknown-exchange2013", C.USER_UNKNOWN, (
            "im e-mail-zielsystem ist kein empfänger vorhanden",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.de-de:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's German NDR reference (Exchange 2013 docs), 4.3.1: insufficient memory or a full disk on the receiving server.
        Phrases("de.system-full-weak-exchange2013", C.SYSTEM_FULL, (
            "fehler durch unzureichenden speicher",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.de-de:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        ), decisive=False),
        # Exchange's German NDR reference (Exchange 2013 docs), 5.2.3: the message is too large for the recipient's local limit.
        Phrases("de.message-too-large-local-exchange2013", C.MESSAGE_TOO_LARGE, (
            "die nachricht ist zu groß",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.de-de:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's German NDR reference (Exchange 2013 docs), 5.1.7: the sender's SMTP address is missing or malformed.
        Phrases("de.sender-rejected-exchange2013", C.SENDER_REJECTED, (
            "ungültige oder fehlende smtp-adresse",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.de-de:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's German NDR reference (Exchange 2013 docs), 5.4.4: no route for the message's delivery (next hop unknown).
        Phrases("de.network-error-no-route-exchange2013", C.NETWORK_ERROR, (
            "keine route zur nachrichtenübermittlung",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.de-de:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's German NDR reference (Exchange 2013 docs), 5.3.5 and 5.4.6: a mail loop was detected (E-Mail-Schleife, Nachrichtenschleifen; X.4.6 routing loop).
        Phrases("de.network-error-loop-exchange2013", C.NETWORK_ERROR, (
            "e-mail-schleife", "nachrichtenschleife",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.de-de:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's German NDR reference (Exchange 2013 docs), 5.7.3: the sender didn't allow reassignment to an alternate recipient; weak, a policy refusal.
        Phrases("de.policy-violation-weak-exchange2013", C.POLICY_VIOLATION, (
            "neuzuweisung zum alternativempfänger",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.de-de:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        ), decisive=False),
        # Exchange Online's directory-based edge blocking (DBEB), in Microsoft's German help on
        # NDR 550 5.4.1: the recipient's address is not valid in the receiving organization (the
        # 5.4.1 code alone would read a network fault; microsoft.dbeb is the English wording).
        Phrases("de.user-unknown-exchange-dbeb", C.USER_UNKNOWN, (
            "empfängeradresse abgelehnt: zugriff verweigert",
        ), (
            "https://support.microsoft.com/de-de/topic/ndr-fehlercode-550-5-4-1-empf%C3%A4ngera"
            "dresse-abgelehnt-zugriff-verweigert-c0e98a8e-81db-49c2-9bf1-32a1734d3e77"
        )),
        # Exchange Online's 550 5.7.64 "Relay-Zugriff verweigert ATTR36" (a hybrid connector's
        # certificate names no accepted domain of the tenant, so its relaying is refused), as
        # Microsoft's German troubleshooting article quotes the NDR.
        Phrases("de.relay-denied-exchange-attr36", C.RELAY_DENIED, (
            "relay-zugriff verweigert",
        ), (
            "https://learn.microsoft.com./de-de/exchange/troubleshoot/hybrid-configuration-wiz"
            "ard-errors/relay-access-denied-attr36-ndr"
        )),
        # Strato's German table of bounce reasons: 'mailbox full' reads 'Empfängerpostfach ist voll'.
        Phrases("de.mailbox-full-strato", C.MAILBOX_FULL, (
            "empfängerpostfach ist voll",
        ), "https://www.strato.de/faq/mail/fehlermeldungen-bei-e-mails/"),
        # Strato's German table: '550 recipient e-mail adress unknown' reads 'Empfängeradresse ist nicht bekannt'.
        Phrases("de.user-unknown-strato", C.USER_UNKNOWN, (
            "empfängeradresse ist nicht bekannt",
        ), "https://www.strato.de/faq/mail/fehlermeldungen-bei-e-mails/"),
        # The German names GoDaddy's help gives its bounces (the recipient account's storage limit, a missing
        # account, a disabled account, a busy server).
        Phrases("de.mailbox-full-godaddy", C.MAILBOX_FULL, (
            "speicherplatzbegrenzung des kontos",
        ), (
            "https://at.godaddy.com/help/was-bedeutet-es-dass-meine-e-mail-nicht-zugestellt-w"
            "erden-konnte-3568"
        )),
        # GoDaddy's German bounce table: 'Account does not exist'.
        Phrases("de.user-unknown-godaddy", C.USER_UNKNOWN, (
            "konto nicht vorhanden", "nicht vorhandene e-mail-adresse",
        ), (
            "https://at.godaddy.com/help/was-bedeutet-es-dass-meine-e-mail-nicht-zugestellt-w"
            "erden-konnte-3568"
        )),
        # GoDaddy's German bounce table: 'Account disabled' (the account exists but receives no mail).
        Phrases("de.mailbox-disabled-godaddy", C.MAILBOX_DISABLED, (
            "konto deaktiviert",
        ), (
            "https://at.godaddy.com/help/was-bedeutet-es-dass-meine-e-mail-nicht-zugestellt-w"
            "erden-konnte-3568"
        )),
        # GoDaddy's German bounce table: '421 Server temporarily unavailable. Try again later. IB101'.
        Phrases("de.service-unavailable-godaddy", C.SERVICE_UNAVAILABLE, (
            "server zurzeit nicht erreichbar",
        ), (
            "https://at.godaddy.com/help/was-bedeutet-es-dass-meine-e-mail-nicht-zugestellt-w"
            "erden-konnte-3568"
        ), decisive=False),
        # Microsoft's German KB 2625264 quotes FOPE's 4.4.7 NDR ('QUEUE.Expired; message expired').
        Phrases("de.expired-fope", C.EXPIRED, (
            "nachricht ist abgelaufen",
        ), "http://support.microsoft.com/kb/2625264/de"),
        # Office 365's German help on NDR 5.1.10: the address the message went to does not exist or could not be found.
        Phrases("de.user-unknown-exchange-online", C.USER_UNKNOWN, (
            "nicht vorhanden oder konnte nicht gefunden werden",
        ), (
            "https://support.office.com/de-de/article/Beheben-von-Problemen-mit-der-Zustellun"
            "g-von-E-Mails-bei-Fehlercode-5-1-10-in-Office-365-5a04a25a-a34f-476b-afc6-007fb9"
            "2f86a1"
        )),
        # Exchange Online's German help on NDR 5.1.0: the destination server accepts no messages from the sender,
        # who may be on the recipient's block list.
        Phrases("de.policy-violation-exchange-online", C.POLICY_VIOLATION, (
            "akzeptiert keine nachrichten von ihnen",
            "sperrliste des empfängers",
        ), (
            "https://docs.microsoft.com/de-de/Exchange/mail-flow-best-practices/non-delivery-"
            "reports-in-exchange-online/fix-error-code-550-5-1-0-in-exchange-online"
        )),
        # WEB.DE's postmaster page on its delivery errors: too many e-mails were submitted in too short a time.
        Phrases("de.rate-limited-webde", C.RATE_LIMITED, (
            "zu viele e-mails in zu kurzer zeit",
        ), "https://postmaster.web.de/de/fehlermeldungen"),
        # WEB.DE's postmaster page: the mail was refused for now because of a general overload.
        Phrases("de.service-unavailable-webde", C.SERVICE_UNAVAILABLE, (
            "überlastsituation",
        ), "https://postmaster.web.de/de/fehlermeldungen", decisive=False),
        # WEB.DE's postmaster page: delivering is temporarily not allowed for administrative reasons (its e-mail policy).
        Phrases("de.policy-violation-webde", C.POLICY_VIOLATION, (
            "aus administrativen gründen",
        ), "https://postmaster.web.de/de/fehlermeldungen", decisive=False),
        # WEB.DE's postmaster page: the mail came from a server the domain's SPF record does not allow.
        Phrases("de.sender-unauthenticated-webde", C.SENDER_UNAUTHENTICATED, (
            "spf-eintrag",
        ), "https://postmaster.web.de/de/fehlermeldungen", decisive=False),
        # mail.fr's German table of bounce texts: 'Relay access denied' reads 'Relay nicht erlaubt'.
        Phrases("de.relay-denied-mailfr", C.RELAY_DENIED, (
            "relay nicht erlaubt",
        ), "https://mail.fr/de/hilfe/nachrichten/e-mail/mail_delivery_system_und_bounce_mails"),
        # mail.fr's German table of bounce texts: 'No such mailbox' reads 'Postfach existiert nicht mehr'.
        Phrases("de.user-unknown-mailfr", C.USER_UNKNOWN, (
            "postfach existiert nicht mehr",
        ), "https://mail.fr/de/hilfe/nachrichten/e-mail/mail_delivery_system_und_bounce_mails"),
        # mail.fr's German table of bounce texts: 'unrouteable address' reads 'Domain nicht erreichbar'.
        Phrases("de.host-unknown-mailfr", C.HOST_UNKNOWN, (
            "domain nicht erreichbar",
        ), (
            "https://mail.fr/de/hilfe/nachrichten/e-mail/mail_delivery_system_und_bounce_mail"
            "s"
        ), decisive=False),
        # Microsoft's German help titles 'Mailbox Quota Exceeded' 'Postfachkontingent überschritten'.
        Phrases("de.mailbox-full-microsoft", C.MAILBOX_FULL, (
            "postfachkontingent überschritten",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.de-DE:AlchemyInsights/mailbox-quota-ex"
            "ceeded.md"
        )),
        # Microsoft's German help on 550 5.7.511 'Access denied, banned sender': 'Zugriff verweigert, gesperrter Absender'.
        Phrases("de.blocklisted-microsoft", C.BLOCKLISTED, (
            "gesperrter absender",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.de-DE:AlchemyInsights/ip-blocked-for-s"
            "ending-too-much-spam-550-5-7-51.md"
        )),
        # Gmail's German SMTP errors (a copy of its help page): 451 4.4.2 'Timeout - closing connection'. Weak: a
        # timeout can also be the reason a delivery expired.
        Phrases("de.network-error-gmail-timeout", C.NETWORK_ERROR, (
            "zeitüberschreitung",
        ), (
            "https://support.walkingtoweb.com/help/de-de/3-email-cloud/140-emails-kommen-mit-"
            "einer-fehlermeldung-zuruck-was-ist-der-smtp-fehler-xxx-xxx"
        ), decisive=False),
        # Gmail's German SMTP errors: 421 4.3.0 'Temporary System Problem. Try again later' (gmail.server-error in English).
        Phrases("de.server-error-gmail", C.SERVER_ERROR, (
            "vorübergehendes systemproblem",
        ), (
            "https://support.walkingtoweb.com/help/de-de/3-email-cloud/140-emails-kommen-mit-"
            "einer-fehlermeldung-zuruck-was-ist-der-smtp-fehler-xxx-xxx"
        )),
        # netcomplete's German list of Gmail's SMTP errors: 421 4.4.5 'Server nicht verfügbar, versuchen Sie es später noch einmal'.
        Phrases("de.service-unavailable-netcomplete", C.SERVICE_UNAVAILABLE, (
            "server nicht verfügbar",
        ), "https://netcomplete.ch/bwl-knowledge-base/general/ueberblick-ueber-smtp-fehler"),
        # Microsoft's German help on 451 4.7.0 'Temporary server error. Please try again later. PRX4'.
        Phrases("de.server-error-microsoft", C.SERVER_ERROR, (
            "temporärer serverfehler",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.de-DE:AlchemyInsights/451-470-temporar"
            "y-server-error.md"
        )),
        # Microsoft's German help on TLS deprecation: 451 5.7.3 'Must issue a STARTTLS command first'.
        Phrases("de.tls-required-microsoft", C.TLS_REQUIRED, (
            "zuerst einen starttls-befehl",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.de-DE:AlchemyInsights/issues-related-t"
            "o-tls-deprecation.md"
        )),
        # Microsoft's German help on bulk mail delays: 432 4.3.21 'Mailbox server busy; mail intentionally delayed'.
        Phrases("de.service-unavailable-microsoft-busy", C.SERVICE_UNAVAILABLE, (
            "postfachserver ausgelastet",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.de-DE:AlchemyInsights/temporary-bulk-m"
            "ail-flow-delay.md"
        )),
        # Microsoft's localized help on NDR 5.4.6 / 5.4.14 'Hop count exceeded' (a routing loop, network_error as in
        # generic's English wording).
        Phrases("de.network-error-microsoft-hop-count", C.NETWORK_ERROR, (
            "hop-anzahl überschritten",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.de-DE:AlchemyInsights/error-546-5414-h"
            "op-count.md"
        )),
        # Microsoft's German help title for 550 5.7.708 'Access denied, traffic not accepted from this IP' (a poorly reputed IP, as the 5.7.7xx code rule reads it).
        Phrases("de.reputation-microsoft-traffic", C.REPUTATION, (
            "datenverkehr von dieser ip nicht akzeptiert",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.de-DE:AlchemyInsights/"
            "antispam-550-5-7-708-service-unavailable-access-denied-traffic-not-accepted.md")),
        # Microsoft's German help title for 5.7.750 'Client blocked from sending from unregistered domain' (the tenant sends much mail from domains it hasn't provisioned; the 5.7.7xx code rule reads it as reputation).
        Phrases("de.reputation-microsoft-unregistered-domain", C.REPUTATION, (
            "von unregistrierter domäne",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.de-DE:AlchemyInsights/"
            "5-7-750-service-unavailable-client-blocked-from-sending-from-unregistered-d.md")),
        # Microsoft's German help on Exchange Online's receiving limit: senders get an NDR (5.2.121/5.2.122) saying the mailbox exceeded its maximum delivery threshold (3,600 messages an hour).
        Phrases("de.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "minuten gedrosselt",
            "maximalen zustellungsschwellenwert überschritten",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.de-DE:AlchemyInsights/mailbox-receiving-limit.md"),
        # Microsoft's German help title: the account (sender) restricted for sending too much spam (5.1.8, the sender blocked), as the Japanese and Korean titles read.
        Phrases("de.sender-rejected-exchange-spam", C.SENDER_REJECTED, (
            "wegen des versands von zu viel spam",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.de-DE:AlchemyInsights/sender-blocked-for-sending-too-much-spam.md"),
        # K-9 / Thunderbird for Android status says "Verbindungsfehler"
        Phrases("de.network-error-weak-k9", C.NETWORK_ERROR, ("verbindungsfehler",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-de/strings.xml"),
                decisive=False),
        # K-9 account setup says "Netzwerkfehler. Bitte überprüfe deinen Verbindungsstatus"
        Phrases("de.network-error-weak-k9-setup", C.NETWORK_ERROR, ("netzwerkfehler",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/setup/src/main/res/values-de/strings.xml"),
                decisive=False),
        # K-9 server check says "Authentifizierungsfehler"
        Phrases("de.auth-failed-weak-k9", C.AUTH_FAILED, ("authentifizierungsfehler",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/server/validation/src/main/res/values-de/strings.xml"),
                decisive=False),
        # Geary, when it cannot reach the server, asks to check the network
        Phrases("de.network-error-geary", C.NETWORK_ERROR, (
            "verbindung konnte nicht hergestellt werden",
        ),
                "GNOME/geary:po/de.po", decisive=False),
        # Geary says an incorrect login or password, check your sending login and password
        Phrases("de.auth-failed-geary", C.AUTH_FAILED, ("prüfen sie ihre e-mail-adresse und ihr passwort",
            "falschen benutzernamen oder passwort", "benutzernamen und passwort zum senden",
        ),
                "GNOME/geary:po/de.po"),
        # Delta Chat cannot log in and asks to check the address and the password
        Phrases("de.auth-failed-deltachat", C.AUTH_FAILED, (
            "adresse und passwort auf richtigkeit",
        ),
                "deltachat/deltachat-android:src/main/res/values-de/strings.xml"),
        # Delta Chat reports no internet connection (and so a failed login)
        Phrases("de.network-error-deltachat", C.NETWORK_ERROR, ("keine internetverbindung",),
                "deltachat/deltachat-android:src/main/res/values-de/strings.xml"),
        # GNOME Online Accounts' mail setup errors, server does not support STARTTLS, TLS not available
        Phrases("de.tls-required-goa", C.TLS_REQUIRED, (
            "unterstützt starttls nicht", "tls nicht verfügbar",
        ),
                "GNOME/gnome-online-accounts:po/de.po"),
        # GNOME Online Accounts' mail setup errors, unknown authentication mechanism, failed
        Phrases("de.auth-failed-goa", C.AUTH_FAILED, (
            "unbekannter legitimierungsmodus", "legitimierung gescheitert",
        ),
                "GNOME/gnome-online-accounts:po/de.po"),
        # fetchmail keeps the message, the SMTP server requires STARTTLS, TLS is mandatory
        Phrases("de.tls-required-fetchmail", C.TLS_REQUIRED, (
            "smtp-server erfordert starttls", "tls ist für diese sitzung nötig",
        ),
                "Distrotech/fetchmail:po/de.po"),
        # fetchmail timed out waiting to connect to the server
        Phrases("de.network-error-fetchmail", C.NETWORK_ERROR, (
            "beim warten auf verbindung mit server",
        ),
                "Distrotech/fetchmail:po/de.po"),
        # fetchmail's SMTP listener refused the recipient address (weak, the reason follows)
        Phrases("de.user-unknown-weak-fetchmail", C.USER_UNKNOWN, (
            "mag empfängeradresse", "lehnte adressen mit lokalem empfänger ab",
        ),
                "Distrotech/fetchmail:po/de.po", decisive=False),
        # K-9's account check (before Nov 2023), the username or password is incorrect
        Phrases("de.auth-failed-k9-check", C.AUTH_FAILED, (
            "benutzername oder passwort ist falsch",
        ),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-de/strings.xml"),
        # K-9's account check (before Nov 2023), it cannot connect to the server
        Phrases("de.network-error-k9-check", C.NETWORK_ERROR, (
            "verbindung zum server nicht möglich",
        ),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-de/strings.xml"),
        # K-9's account check (before Nov 2023), the server presented an invalid SSL certificate
        Phrases("de.tls-required-k9-check", C.TLS_REQUIRED, ("ungültiges ssl-zertifikat",),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-de/strings.xml"),
        # Geary's untrusted-connection dialog, the server's TLS certificate is unsigned, expired or mismatched
        Phrases("de.tls-required-geary", C.TLS_REQUIRED, ("wird als unsicher erachtet", "zertifikat des servers wurde nicht aktiviert", "wurde widerrufen und ist jetzt ungültig",
            "von keiner bekannten zertifizierungsstelle signiert", "zertifikat des servers ist abgelaufen", "nicht mit der identität im zertifikat",
        ),
                "GNOME/geary:po/de.po"),
        # K-9 / Thunderbird for Android notification says "Certificate error" (weak)
        Phrases("de.tls-required-weak-k9", C.TLS_REQUIRED, ("zertifikatsfehler",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-de/strings.xml"),
                decisive=False),
        # GNOME Online Accounts' TLS errors, the signing certificate authority is unknown, expired
        Phrases("de.tls-required-goa-certificate", C.TLS_REQUIRED, (
            "zertifikatsaussteller ist nicht bekannt", "das zertifikat ist abgelaufen",
        ),
                "GNOME/gnome-online-accounts:po/de.po"),
        # GNOME Online Accounts' TLS error "Invalid certificate" (weak)
        Phrases("de.tls-required-weak-goa", C.TLS_REQUIRED, ("ungültiges zertifikat",),
                "GNOME/gnome-online-accounts:po/de.po", decisive=False),
        # GNOME Online Accounts, the server refused the password for the username
        Phrases("de.auth-failed-goa-password", C.AUTH_FAILED, ("ungültiges passwort für benutzer",),
                "GNOME/gnome-online-accounts:po/de.po"),
        # fetchmail's authentication-failed notice and unknown login or authentication error
        Phrases("de.auth-failed-fetchmail", C.AUTH_FAILED, (
            "authentifikation fehlgeschlagen", "einlogg- oder authentifikationsfehler",
        ),
                "Distrotech/fetchmail:po/de.po"),
        # Evolution's SMTP errors, STARTTLS not supported or failed, secure connection failed
        Phrases("de.tls-required-evolution-smtp", C.TLS_REQUIRED, ("starttls nicht unterstützt",),
                "GNOME/evolution-data-server:po/de.po"),
        # Evolution's SMTP errors, the AUTH command failed, no support for the mechanism
        Phrases("de.auth-failed-evolution-smtp", C.AUTH_FAILED, ("auth-befehl gescheitert",),
                "GNOME/evolution-data-server:po/de.po"),
        # Evolution's SMTP error when MAIL FROM fails (weak, the server's reason follows)
        Phrases("de.sender-rejected-weak-evolution-smtp", C.SENDER_REJECTED, (
            "mail from-befehl gescheitert",
        ),
                "GNOME/evolution-data-server:po/de.po", decisive=False),
        # .NET's SmtpClient refusal (SmtpException) as SQL Server Reporting Services' docs quote it:
        # the SMTP server wants a secure connection or an authenticated client.
        Phrases("de.auth-required-dotnet", C.AUTH_REQUIRED, (
            "client wurde nicht authentifiziert",
        ), "zelanko/sql-docs.de-de:docs/reporting-services/install-windows/configure-e-mail-for-a-reporting-services-service-application.md"),
        # SquirrelMail's de_DE RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("de.auth-failed-squirrelmail-svn", C.AUTH_FAILED, (
            "kennwortübermittlung wird benötigt",
        ), "sitle/squirrelmail-src:locales/locale/de_DE/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's de_DE RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("de.system-full-squirrelmail-svn", C.SYSTEM_FULL, (
            "aktion nicht ausgeführt: speicherplatz unzureichend",
        ), "sitle/squirrelmail-src:locales/locale/de_DE/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's de_DE RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("de.server-error-weak-squirrelmail-svn", C.SERVER_ERROR, (
            "transaktion fehlgeschlagen",
        ), "sitle/squirrelmail-src:locales/locale/de_DE/LC_MESSAGES/squirrelmail.po", decisive=False),
        # Geary, when the server refuses the login, asks to check the receiving login and password
        Phrases("de.auth-failed-geary-receiving", C.AUTH_FAILED, (
            "benutzernamen und passwort zum empfangen",
        ),
                "GNOME/geary:po/de.po"),
        # ezmlm-idx's translated refusals of a post from a non-subscriber (TXT_ONLY_SUBSCRIBERS) and
        # from a poster the owner blocked (TXT_REJECT_POSTS).
        Phrases("de.sender-rejected-ezmlm", C.SENDER_REJECTED, (
            "nur nachrichten von abonnenten der liste",
            "ihre nachrichten nicht anzunehmen",
        ), "bruceg/ezmlm-idx:lang/de/messages"),
        # ezmlm-idx's translated ERR_MAX_SIZE: the post is larger than the list's limit.
        Phrases("de.message-too-large-ezmlm", C.MESSAGE_TOO_LARGE, (
            "akzeptiere keine nachrichten, die größer sind",
        ), "bruceg/ezmlm-idx:lang/de/messages"),
        # ezmlm-idx's translated ERR_NO_ADDRESS: the list address is not in To: or Cc: (an implicit
        # destination).
        Phrases("de.policy-violation-ezmlm", C.POLICY_VIOLATION, (
            "ich wurde angewiesen, diese nachricht zurückzuweisen",
            "listen-adresse muss im empfänger",
        ), "bruceg/ezmlm-idx:lang/de/messages"),
        # ezmlm-idx's translated ERR_NO_SUBJECT and ERR_MIN_SIZE: the post's form is refused (no
        # subject, too short).
        Phrases("de.content-rejected-ezmlm", C.CONTENT_REJECTED, (
            "unzulässiger mime-bestandteile",
            "unzulässigen inhaltstyp",
            "folgendem mime-inhaltstyp",
            "keine nachrichten ohne betreff-zeile",
            "keine nachrichten, die kleiner sind",
        ), "bruceg/ezmlm-idx:lang/de/messages"),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("de.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "mit folgender begründung abgewiesen",
        ), "jaredmauch/mailman2-python3:templates/de/refuse.txt"),
        # mlmmj's translated listtexts: the post matched an access rule the list's administrator set
        # (access) and mlmmj's translated listtexts: the list address is in neither To: nor Cc: (notintocc)
        Phrases("de.policy-violation-mlmmj", C.POLICY_VIOLATION, (
            "administrator dieser liste aufgesetzt",
            "muss die adresse der liste entweder",
        ), "neonkore/MLmmj:listtexts/de/access; neonkore/MLmmj:listtexts/de/notintocc"),
        # mlmmj's translated listtexts: the poster's address is not subscribed, and only subscribers
        # may post (subonlypost)
        Phrases("de.sender-rejected-mlmmj", C.SENDER_REJECTED, (
            "ist eine geschlossene liste",
            "erlaubt nur nachrichten von adressen",
        ), "neonkore/MLmmj:listtexts/de/subonlypost"),
        # Sympa's translated reject.tt2 and delivery status notification: the moderator rejected the
        # post, or it was forwarded to the moderators for approval.
        Phrases("de.policy-violation-sympa", C.POLICY_VIOLATION, (
            "wurde durch den moderator",
            "an den/die moderator(en) weitergeleitet",
        ), "sympa-community/sympa:po/sympa/de.po"),
        # Mailman 2's translated reasons not yet read: a post the moderator deemed inappropriate, the
        # Bcc refusal (implicit destinations not allowed), a suspicious header.
        Phrases("de.policy-violation-mailman-inappropriate", C.POLICY_VIOLATION, (
            "als unangebracht erachtet",
            "oder weitere enthaltene zieladressen",
            "enthält einen verdächtigen header",
        ), "jaredmauch/mailman2-python3:messages/de/LC_MESSAGES/mailman.po"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("de.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "bis der listenmoderator",
        ), "jaredmauch/mailman2-python3:templates/de/postheld.txt"),
        # Sympa's translated delivery status notification: the post is over the list's maximum size.
        Phrases("de.message-too-large-sympa-dsn", C.MESSAGE_TOO_LARGE, (
            "maximal erlaubte größe",
        ), "sympa-community/sympa:po/sympa/de.po"),
        # Sympa's translated send-scenario refusals: distribution in the list not allowed, or restricted
        # (to moderators).
        Phrases("de.sender-rejected-sympa-distribution", C.SENDER_REJECTED, (
            "nachrichtenverteilung auf dieser liste ist nicht erlaubt",
        ), "sympa-community/sympa:po/sympa/de.po"),
        # Sympa's translated refusal of a MIME multipart post.
        Phrases("de.content-rejected-sympa", C.CONTENT_REJECTED, (
            "multipart-nachrichten sind in dieser liste",
        ), "sympa-community/sympa:po/sympa/de.po"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, SpamDetect.py): emergency hold
        # of all list traffic, a header filter rule matched, a post to a moderated newsgroup.
        Phrases("de.policy-violation-mailman-filter", C.POLICY_VIOLATION, (
            "moderierte nntp-newsgruppe",
            "not-moderation für alle",
            "durch filter-regeln blockiert",
        ), "jaredmauch/mailman2-python3:messages/de/LC_MESSAGES/mailman.po"),
        # Mailman 3's list:user:notice:rejected (and refuse) template: the post was rejected, its reasons
        # listed after (weak: a listed reason's own wording decides).
        Phrases("de.policy-violation-mailman3-rejected", C.POLICY_VIOLATION, (
            "mit folgender begründung abgelehnt",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/templates/de/list:user:notice:ref"
            "use.txt; wikimedia/operations-debs-mailman3:src/mailman/templates/de/list:user:n"
            "otice:rejected.txt"
        ), decisive=False),
        # Sympa's translated hint beside a subscribers-only refusal: the poster may be subscribed under
        # another address (weak: alone it only hints that the sender is not a subscriber).
        Phrases("de.sender-rejected-sympa-other-address", C.SENDER_REJECTED, (
            "unter einer anderen e-mail-adresse abonniert",
        ), "sympa-community/sympa:po/sympa/de.po", decisive=False),
        # Mailman 3's moderation hold reasons (moderated member, implicit destination, emergency
        # moderation) and its notice that a post awaits the moderator's approval.
        Phrases("de.policy-violation-mailman3-core", C.POLICY_VIOLATION, (
            "enthält administrivia", "mit einer headerregel überein", "moderiertes newsgroup-gateway",
            "wartet auf die zustimmung der moderation",
        ), "osstech-jp/mailman:src/mailman/messages/de/LC_MESSAGES/mailman.po"),
        # Mailman 3's no_subject rule: the post has no subject.
        Phrases("de.content-rejected-mailman3-core", C.CONTENT_REJECTED, (
            "dateierweiterung der nachricht",
            "nachricht hat keinen betreff",
        ), "osstech-jp/mailman:src/mailman/messages/de/LC_MESSAGES/mailman.po"),
        # Odoo's mail server test: "Der Server hat die Absenderadresse abgelehnt (<from>) mit dem
        # Fehler" (The server refused the sender address).
        Phrases("de.sender-rejected-odoo", C.SENDER_REJECTED, (
            "hat die absenderadresse abgelehnt",
        ), "odoo/odoo:odoo/addons/base/i18n/de/LC_MESSAGES/code.po"),
        # Odoo's mail server test: "Ihre Server scheint SSL nicht zu unterstützen, versuchen Sie
        # STARTTLS." (the server does not seem to support SSL).
        Phrases("de.tls-required-odoo", C.TLS_REQUIRED, (
            "scheint ssl nicht zu unterstützen",
        ), "odoo/odoo:odoo/addons/base/i18n/de/LC_MESSAGES/code.po"),
        # Odoo's mail server test (base de.po): "Der Server hat die Verbindung unerwartet
        # geschlossen. Überprüfen Sie die Konfiguration für diese Portnummer."
        Phrases("de.network-error-odoo", C.NETWORK_ERROR, (
            "hat die verbindung unerwartet geschlossen",
        ), "odoo/odoo:odoo/addons/base/i18n/de.po"),
        # Trojitá's SMTP sender (src/MSA/SMTP.cpp), translated: "Cannot send message due to an
        # SSL/TLS error" ("Nachricht kann wegen eines SSL/TLS-Fehlers nicht gesendet werden").
        Phrases("de.tls-required-trojita", C.TLS_REQUIRED, (
            "wegen eines ssl/tls-fehlers",
        ), "jktjkt/trojita:po/de/trojita_common.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("de.tls-required-claws", C.TLS_REQUIRED, (
            "ssl/tls-verbindung schlug fehl",
            "ssl/tls-zertifikat ist ungültig",
        ), "eworm-de/claws-mail:po/de.po"),
        # Sylpheed's translated "SSL certificate verify failed" (the server's certificate did not verify).
        Phrases("de.tls-required-sylpheed-ssl", C.TLS_REQUIRED, (
            "verifizierung des ssl-zertifikats fehlgeschlagen",
        ), "sylpheed-mail/sylpheed:po/de.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("de.tls-required-balsa-session", C.TLS_REQUIRED, (
            "tls ist erforderlich, aber nicht verfügbar",
        ), "GNOME/balsa:po/de.po"),
        # EspoCRM's 'Invalid credentials.' (Email messages.invalidCredentials), shown when the SMTP server refuses the login
        Phrases("de.auth-failed-espocrm", C.AUTH_FAILED, (
            "ungültige zugangsdaten",
        ), "espocrm/espocrm:application/Espo/Resources/i18n/de_DE/Email.json"),
        # Zammad's email-channel probe: the login refused for wrong credentials or a wrong user name
        Phrases("de.auth-failed-zammad", C.AUTH_FAILED, (
            "wegen fehlerhafter zugangsdaten", "wegen eines falschen benutzernamens",
        ), "zammad/zammad:i18n/zammad.de-de.po"),
        # Zammad's email-channel probe 'Authentication not possible (not offered by the service)': the server offers no AUTH
        Phrases("de.not-implemented-zammad", C.NOT_IMPLEMENTED, (
            "nicht vom dienst angeboten",
        ), "zammad/zammad:i18n/zammad.de-de.po"),
        # Joomla's German PHPMailer strings (PHPMAILER_*), as the site shows them, markup included
        Phrases("de.auth-failed-joomla", C.AUTH_FAILED, (
            "authentifizierung <strong>fehlgeschlagen",
        ), "joomlagerman/joomla:language/de-DE/joomla.ini"),
        # Joomla's German PHPMailer strings (PHPMAILER_*), as the site shows them, markup included
        Phrases("de.network-error-joomla", C.NETWORK_ERROR, (
            "keine verbindung zum smtp-host", "smtp-verbindung <strong>fehlgeschlagen",
        ), "joomlagerman/joomla:language/de-DE/joomla.ini"),
        # Joomla's German PHPMailer strings (PHPMAILER_*), as the site shows them, markup included (PHPMAILER_RECIPIENTS_FAILED)
        Phrases("de.user-unknown-joomla", C.USER_UNKNOWN, (
            "die folgenden empfänger sind nicht korrekt",
        ), "joomlagerman/joomla:language/de-DE/joomla.ini", decisive=False),
        # Joomla's German PHPMailer strings (PHPMAILER_*), as the site shows them, markup included
        Phrases("de.tls-required-joomla", C.TLS_REQUIRED, (
            "tls konnte nicht gestartet werden",
        ), "joomlagerman/joomla:language/de-DE/joomla.ini"),
        # phpBB's German messenger errors (NO_CONNECT_TO_SMTP_HOST, NO_SUPPORTED_AUTH_METHODS)
        Phrases("de.network-error-phpbb", C.NETWORK_ERROR, (
            "verbindung zum smtp-server kann nicht hergestellt werden",
        ), "phpbb-de/phpbb-translation:language/de/common.php"),
        # phpBB's German messenger errors (NO_CONNECT_TO_SMTP_HOST, NO_SUPPORTED_AUTH_METHODS): no shared mechanism
        Phrases("de.auth-failed-phpbb", C.AUTH_FAILED, (
            "keine unterstützte authentifizierungs-methode",
        ), "phpbb-de/phpbb-translation:language/de/common.php"),
        # Payt's German help on undeliverable mail lists "Gastgeber unbekannt" (host unknown, word
        # for word) beside "Benutzer unbekannt".
        Phrases("de.host-unknown-payt", C.HOST_UNKNOWN, ("gastgeber unbekannt",),
                "https://support.paytsoftware.com/de/was-bedeutet-die-fehlermeldung-e-mail-nicht-zustellbar"),
        # AMICRON's help on undeliverable mail: 'host unknown' is "die Adresse des Zielrechners
        # bzw. der Domain-Name ... existiert nicht".
        Phrases("de.host-unknown-zielrechner", C.HOST_UNKNOWN, ("adresse des zielrechners",),
                "http://www.amicron.org/onlinehilfe/amicron-mailoffice-50/e_mail_unzustellbare_e_mails.htm"),
        # one.systems' list of frequent errors (onesystems.ch): 554 5.7.1 Relay access denied is
        # "Die Empfänger-Domain wird nicht von uns verwaltet"; 550 5.1.8 Sender address rejected:
        # Domain not found is a sender address "eine Domain enthält ..., die nicht existiert"; an
        # RBL refusal means the sending server is "in dieser Liste eingetragen"; 450 4.7.1 cannot
        # find your hostname, the IP has "kein oder ein falscher Domainname" in the DNS.
        Phrases("de.relay-denied-onesystems", C.RELAY_DENIED, ("wird nicht von uns verwaltet",),
                "https://support.onesystems.ch/722126-%C3%9Cbersicht-h%C3%A4ufig-vorkommender-Fehlermeldungen"),
        Phrases("de.sender-rejected-onesystems", C.SENDER_REJECTED, ("absender-adresse eine domain enthält",),
                "https://support.onesystems.ch/722126-%C3%9Cbersicht-h%C3%A4ufig-vorkommender-Fehlermeldungen"),
        Phrases("de.blocklisted-onesystems", C.BLOCKLISTED, ("in dieser liste eingetragen",),
                "https://support.onesystems.ch/722126-%C3%9Cbersicht-h%C3%A4ufig-vorkommender-Fehlermeldungen",
                decisive=False),
        Phrases("de.reverse-dns-onesystems", C.REVERSE_DNS, ("kein oder ein falscher domainname",),
                "https://support.onesystems.ch/722126-%C3%9Cbersicht-h%C3%A4ufig-vorkommender-Fehlermeldungen"),
        # Mittwald's FAQ on its error messages: 4.1.8 Sender address rejected: Domain not found
        # ("Die Domain der Absenderadresse existiert nicht"), greylisting of a first-time sender
        # ("Da er das erste Mal an uns sendet, wird die Nachricht zunächst abgelehnt"), and 4.7.25
        # cannot find your hostname (the "PTR-Record des einliefernden Mail-Servers").
        Phrases("de.sender-rejected-mittwald", C.SENDER_REJECTED, ("die domain der absenderadresse",),
                "http://www.mittwald.de/faq/e-mail/fehlermeldungen/was-bedeutet-meine-e-mail-fehlermeldung"),
        Phrases("de.greylisted-mittwald", C.GREYLISTED, ("das erste mal an uns sendet",),
                "http://www.mittwald.de/faq/e-mail/fehlermeldungen/was-bedeutet-meine-e-mail-fehlermeldung"),
        Phrases("de.reverse-dns-mittwald", C.REVERSE_DNS, ("ptr-record des einliefernden",),
                "http://www.mittwald.de/faq/e-mail/fehlermeldungen/was-bedeutet-meine-e-mail-fehlermeldung"),
        # LiveDesign's webmail wiki: an attachment over the limit, "Die hochzuladende Datei
        # überschreitet die Maximalgröße von 25 MB" (besides 'Message size exceeds fixed limit').
        Phrases("de.message-too-large-livedesign", C.MESSAGE_TOO_LARGE, ("überschreitet die maximalgröße",),
                "https://wiki.livedesign.at/home/webmail/allgemeines"),
        # Microsoft's German help title for SharePoint's 'Daily email limit exceeded. Workflow is suspended' (the workflow mail refused past the Exchange Online sending limits).
        Phrases("de.rate-limited-daily-email-workflow", C.RATE_LIMITED, (
            "tägliche e-mail-grenze",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.de-DE:AlchemyInsights/daily-email-limit-exceeded.md"),
        # iCloud Mail's German iOS alert past the daily sending limits, as iphone-ticker.de quotes it ('Das Senden der E-Mail ist fehlgeschlagen, da Ihr Versandkontingent überschritten wurde').
        Phrases("de.rate-limited-icloud", C.RATE_LIMITED, (
            "versandkontingent überschritten",
        ), "https://stage.iphone-ticker.de/e-mail-beschraenkungen-in-icloud-maximal-200-nachrichten-pro-tag-104906"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("de.rate-limited-sogo", C.RATE_LIMITED, (
            "zu viele nachrichten auf einmal",
        ), "Alinto/sogo:UI/MailerUI/German.lproj/Localizable.strings"),
        # Exchange Online's continuous-error throttling of SMTP AUTH submissions (550 5.2.251-5.2.254): the sender throttled after repeated mailbox-full, Send As, licence or too-many-recipients errors.
        Phrases("de.rate-limited-exchange-throttled", C.RATE_LIMITED, (
            "aufgrund fortlaufender fehler",
        ), "https://learn.microsoft.com/de-de/exchange/mail-flow-best-practices/continuous-error-throttling-smtp-auth-submissions"),
        # Gmail's bounce past its daily sending limit, in a German guide's quotation ('Sie haben ein Limit für den E-Mail-Versand erreicht').
        Phrases("de.rate-limited-gmail-ciksiti", C.RATE_LIMITED, (
            "limit für den e-mail-versand erreicht",
        ), "https://ciksiti.com/de/chapters/17671-why-gmail-is-not-sending-my-email-messages"),
        # A German guide on Gmail bouncing mail past the day's sending limit.
        Phrases("de.rate-limited-gmail-pipiform", C.RATE_LIMITED, (
            "sendegrenze für den tag",
        ), "https://pipiform.com/docs/de/troubleshooting/gmail-is-returning-emails"),
        # Microsoft's help title for Exchange Online's 4.5.3 'Too many recipients (AS780090)' (the message over the per-message recipient limit).
        Phrases("de.too-many-recipients-exchange", C.RATE_LIMITED, (
            "zu viele empfänger",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.de-DE:AlchemyInsights/antispam-4-5-3-too-many-recipients-as780090.md"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        Phrases("de.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "empfängerratengrenze",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.de-DE:AlchemyInsights/need-help-with-email-sending-limits.md"),
        # A Plesk host's help on its outgoing-mail control (200 mails an hour per domain): 'Mail-Versand-Limit überschritten'.
        Phrases("de.rate-limited-plesk-outgoing", C.RATE_LIMITED, (
            "mail-versand-limit",
        ), "https://help.wpspace.de/de/articles/10230817-postausgangskontrolle-mail-versand-limit-uberschritten"),
        # domainprovider.de's bounce analyser: 5.1.2, the domain does not exist or has no mail setup.
        Phrases("de.host-unknown-domainprovider", C.HOST_UNKNOWN, (
            "domain existiert nicht",
        ), "https://www.domainprovider.de/email-fehler-analyse.php"),
        # Kopano's MAPI error text (m4lcommon/Util.cpp, MAPI_E_STORE_FULL), translated: the message store has reached its maximum size.
        Phrases("de.mailbox-full-kopano", C.MAILBOX_FULL, (
            "nachrichtenspeicher hat seine maximale größe erreicht",
        ), "Kopano-dev/kopano-core:po/de.po"),
        # Kopano spooler's NDR text (spooler/Spooler.cpp), translated: a fatal error while processing the message, Kopano cannot send it.
        Phrases("de.server-error-kopano", C.SERVER_ERROR, (
            "ein fehler ist beim verarbeiten ihrer nachricht aufgetreten",
        ), "Kopano-dev/kopano-core:po/de.po"),
        # Microsoft 365's machine-translated help for 5.7.606 (AlchemyInsights antispam-5.7.606), 'Banned sending IP'; and 5.7.501 'access denied, spam abuse detected'.
        Phrases("de.blocklisted-microsoft-banned-ip", C.BLOCKLISTED, (
            "verbannte absender-ip",
            "erkannten spam-missbrauch",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.de-DE:AlchemyInsights/antispam-5.7.606.md; isabella232/OfficeDocs-AlchemyInsights-pr.de-DE:AlchemyInsights/error-code-550-5-7-501-access-denied-spam-abuse-detected.md"),
        # Microsoft 365's machine-translated help for 550 5.7.705 'Access denied, tenant has exceeded threshold' (too much spam or bulk mail sent by the organisation; AlchemyInsights).
        Phrases("de.reputation-microsoft-tenant-threshold", C.REPUTATION, (
            "mandanten schwellenwert überschritten",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.de-DE:AlchemyInsights/error-code-550-5-7-705-access-denied-tenant-has-exceeded-threshold.md"),
        # Trojitá's translated IMAP/SMTP login failure (po/): authentication failed, often a bad password or wrong user name.
        Phrases("de.auth-failed-trojita", C.AUTH_FAILED, (
            "die authentifizierung ist fehlgeschlagen",
        ), "jktjkt/trojita:po/de/trojita_common.po"),
        # Mailpile's SMTP/IMAP login errors (smtp_client.py, mail_source/): the server refused the
        # login (AUTH or OAuth2), a bad character in the username or password.
        Phrases("de.auth-failed-mailpile", C.AUTH_FAILED, (
            "vom e-mail server verweigert",
            "zeichen in benutzername oder passwort",
            "ungültiger benutzername oder passwort",
        ), "mailpile/Mailpile:shared-data/locale/de/LC_MESSAGES/mailpile.po"),
        # Mailpile's SMTP client: the server refused the envelope sender (MAIL FROM).
        Phrases("de.sender-rejected-mailpile", C.SENDER_REJECTED, (
            "absender vom smtp-server abgelehnt",
        ), "mailpile/Mailpile:shared-data/locale/de/LC_MESSAGES/mailpile.po"),
        # Mailpile's SMTP client: the TLS negotiation failed.
        Phrases("de.tls-required-mailpile", C.TLS_REQUIRED, (
            "sichere tls-verbindung fehlgeschlagen",
        ), "mailpile/Mailpile:shared-data/locale/de/LC_MESSAGES/mailpile.po"),
        # Mailpile's connection errors (conn_brokers, smtp_client): could not connect, the
        # connection timed out or was refused, the host unreachable.
        Phrases("de.network-error-mailpile", C.NETWORK_ERROR, (
            "fehler beim verbinden",
            "host unerreichbar",
        ), "mailpile/Mailpile:shared-data/locale/de/LC_MESSAGES/mailpile.po"),
        # Opie's mail library (libmailwrapper): the login at the server failed.
        Phrases("de.auth-failed-opie", C.AUTH_FAILED, (
            "beim einloggen in server",
        ), "opieproject/opie:i18n/de/libmailwrapper.ts"),
        # Opie's mail library (libmailwrapper): the server has no TLS support, STARTTLS not supported,
        # SMTP TLS could not be set up.
        Phrases("de.tls-required-opie", C.TLS_REQUIRED, (
            "keine tls unterstützung",
            "initialisieren von smtp tls",
            "starttls wird nicht unterstützt",
        ), "opieproject/opie:i18n/de/libmailwrapper.ts"),
        # Opie's mail library: libetpan's SMTP error 'Not implemented' (502/504).
        Phrases("de.not-implemented-opie", C.NOT_IMPLEMENTED, (
            "nicht implementiert",
        ), "opieproject/opie:i18n/de/libmailwrapper.ts"),
        # Opie's mail library: libetpan's SMTP error 'Data exceeds storage allocation' (552).
        Phrases("de.mailbox-full-opie", C.MAILBOX_FULL, (
            "daten übersteigen speicherallokierung",
        ), "opieproject/opie:i18n/de/libmailwrapper.ts"),
        # Opie's mail library: libetpan's SMTP error 'Bad command sequence' (503).
        Phrases("de.bad-sequence-opie", C.BAD_SEQUENCE, (
            "schlechte kommandsequenz",
        ), "opieproject/opie:i18n/de/libmailwrapper.ts"),
        # Opie's mail library (libmailwrapper/libmail, over libetpan): could not connect to the IMAP or
        # SMTP server, the connection refused, the host lookup failed.
        Phrases("de.network-error-opie", C.NETWORK_ERROR, (
            "verbindung abgewiesen",
            "fehler bei verbindung zu imap-server",
            "initialisieren der smtp verbindung",
            "host-suche ist fehlgeschlagen",
        ), ("opieproject/opie:i18n/de/libmail.ts; op"
            "ieproject/opie:i18n/de/libmailwrapper.ts")),
        # Evolution's Exchange back ends (evolution-mapi, evolution-ews): the login at the server failed,
        # the password expired.
        Phrases("de.auth-failed-evolution-exchange", C.AUTH_FAILED, (
            "anmeldung am server ist gescheitert",
            "passwort ist abgelaufen",
        ), "GNOME/evolution-mapi:po/de.po; GNOME/evolution-ews:po/de.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): no more sessions can be created, the
        # session limit was reached.
        Phrases("de.too-many-connections-evolution-exchange", C.TOO_MANY_CONNECTIONS, (
            "weitere sitzungen können nicht erstellt werden",
        ), "GNOME/evolution-mapi:po/de.po; GNOME/evolution-ews:po/de.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): the account is disabled.
        Phrases("de.mailbox-disabled-evolution-exchange", C.MAILBOX_DISABLED, (
            "konto wurde deaktiviert",
        ), "GNOME/evolution-mapi:po/de.po; GNOME/evolution-ews:po/de.po"),
        # Evolution's EWS back end (evolution-ews): the Exchange or Microsoft 365 server is busy
        # (ErrorServerBusy), waiting to retry.
        Phrases("de.service-unavailable-evolution-exchange", C.SERVICE_UNAVAILABLE, (
            "exchange-server ist beschäftigt",
        ), "GNOME/evolution-mapi:po/de.po; GNOME/evolution-ews:po/de.po"),
        # Zimbra web client (ZmMsg): the attachment failed because the message would exceed the
        # size limit.
        Phrases("de.message-too-large-zimbra-web", C.MESSAGE_TOO_LARGE, (
            "die mail die maximale größe",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_de.properties"),
        # Zimbra web client (ZmMsg): the mail quota is exceeded.
        Phrases("de.mailbox-full-zimbra-web", C.MAILBOX_FULL, (
            "mail-kontingent überschritten",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_de.properties"),
        # GLib's GIO network errors (GNOME/glib po/): socket I/O timed out, network or host unreachable,
        # error resolving a host name, could not connect to the proxy server.
        Phrases("de.network-error-glib-gio", C.NETWORK_ERROR, (
            "rechner ist nicht erreichbar",
            "fehler beim auflösen von",
            "vorübergehend nicht aufgelöst werden",
            "verbindung zum proxy-server",
        ), "GNOME/glib:po/de.po"),
        # libsoup's translated connection errors (GNOME/libsoup po/): the network stream closed or the
        # connection terminated unexpectedly.
        Phrases("de.network-error-libsoup", C.NETWORK_ERROR, (
            "netzwerk-stream wurde unerwartet geschlossen",
            "verbindung wurde unerwartet beendet",
        ), "GNOME/libsoup:po/de.po"),
        # Tuta (Tutanota) mail client's errors (src/ui/translations): the number of allowed emails
        # was exceeded, or the allowed attempts; try again later.
        Phrases("de.rate-limited-tuta", C.RATE_LIMITED, (
            "anzahl erlaubter versuche überschritten",
            "maximale anzahl erlaubter e-mails",
            "maximale anzahl der erlaubten e-mails",
        ), ("tutao/tutanota:src/ui/translations/de.ts; t"
            "utao/tutanota:src/ui/translations/de_sie.ts")),
        # Tuta (Tutanota) mail client's errors: the storage limit is exceeded, no more mail can be
        # received or sent.
        Phrases("de.mailbox-full-tuta", C.MAILBOX_FULL, (
            "der verfügbare speicherplatz wurde verbraucht",
        ), ("tutao/tutanota:src/ui/translations/de.ts; t"
            "utao/tutanota:src/ui/translations/de_sie.ts")),
        # Tuta (Tutanota) mail client's errors: the body text exceeds the maximum size limit.
        Phrases("de.message-too-large-tuta", C.MESSAGE_TOO_LARGE, (
            "die nachricht die maximale größe",
        ), ("tutao/tutanota:src/ui/translations/de.ts; t"
            "utao/tutanota:src/ui/translations/de_sie.ts")),
        # Tuta (Tutanota) client's connection errors: the connection to the server was lost.
        Phrases("de.network-error-tuta", C.NETWORK_ERROR, (
            "die verbindung zum server ist abgebrochen",
        ), ("tutao/tutanota:src/ui/translations/de.ts; t"
            "utao/tutanota:src/ui/translations/de_sie.ts")),
        # Tuta (Tutanota) mail import: the IMAP server uses a self-signed SSL certificate, its
        # identity could not be verified.
        Phrases("de.tls-required-tuta", C.TLS_REQUIRED, (
            "selbstsigniertes ssl-zertifikat",
        ), ("tutao/tutanota:src/ui/translations/de.ts; t"
            "utao/tutanota:src/ui/translations/de_sie.ts")),
        # Tuta (Tutanota) mail import: the credentials are incorrect.
        Phrases("de.auth-failed-tuta", C.AUTH_FAILED, (
            "eingegebenen zugangsdaten ungültig",
        ), ("tutao/tutanota:src/ui/translations/de.ts; t"
            "utao/tutanota:src/ui/translations/de_sie.ts")),
    ),
    together=(
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write. The address or mechanism between the words.
        Together("de.together-network-error-mutt", C.NETWORK_ERROR, (
            ("verbindung zu", "rechner"),
            ("wurde beendet", "geschlossen", "kann nicht gefunden werden"),
        ), "muttmua/mutt:po/de.po", window=40),
        # KDE's Akonadi POP3 and IMAP resources (kdepim-runtime): the connection to the POP3 or
        # IMAP server broken or not established, the server between the words.
        Together("de.together-network-error-kdepim", C.NETWORK_ERROR, (
            ("verbindung zum pop3-server", "verbindung zum imap-server"),
            ("abgebrochen", "kann nicht hergestellt werden"),
        ), "KDE/kdepim-runtime:po/de/akonadi_pop3_resource.po", window=50),
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("de.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("verbindung mit server",),
            ("fehlgeschlagen", "wurde zurückgesetzt", "wurde unterbrochen", "konnte nicht hergestellt werden"),
        ), "thunderbird/thunderbird-l10n:de/mail/chrome/messenger/messenger.properties", window=60),
        # GMX's newsroom on bounces ("im Postfach des Empfängers nicht mehr ausreichend
        # Speicherplatz"), magazin66's explanation ("da das Postfach des Empfängers voll ist") and
        # Gmail's German help ("Der Posteingang des Empfängers hat keinen freien Speicherplatz"):
        # the mailbox with its being full or out of storage.
        Together("de.together-mailbox-full", C.MAILBOX_FULL, (
            ("postfach", "postfächer", "mailbox", "posteingang"),
            ("voll", "überfüllt", "übervoll", "speicherplatz", "speichervolumen", "speicherkapazität",
             "kontingent", "quota"),
        ), "https://newsroom.gmx.net/2017/09/28/unzustellbar-fehlermeldungen-email/", window=60),
        # Yahoo's German help on bounced mail ("dass der Account nicht existiert"), the Bremen
        # Seniorenlotse's explanation ("an eine Adresse schreibt, die einfach nicht mehr
        # existiert"), AMICRON's help ("Der Name des Empfängers (vor dem @-Zeichen) ist
        # unbekannt") and webgo's FAQ ("die E-Mail-Adresse existiert jedoch nicht"): the address,
        # account or recipient's name with its not existing.
        Together("de.together-user-unknown", C.USER_UNKNOWN, (
            ("e-mail-adresse", "empfängeradresse", "empfänger-adresse", "adresse", "account",
             "benutzer", "e-mail-konto", "name des empfängers"),
            ("nicht mehr existiert", "nicht mehr vorhanden", "nicht existiert", "nicht existent",
             "existiert nicht", "existiert jedoch nicht", "gibt es nicht",
             "ist unbekannt"),
        ), "https://de.hilfe.yahoo.com/kb/Es-gibt-weitere-Informationen-%EF%BF%BD%EF%BF%BDber-nich"
           "t-zugestellte-E-Mails-sln3275.html"),
        # AMICRON's help on returned mail ("Der Mailserver des Empängers wurde zwar gefunden, ist
        # (derzeit) aber nicht erreichbar"): the receiving mail server out of reach.
        Together("de.together-network-error-unreachable", C.NETWORK_ERROR, (
            ("mailserver", "zielserver", "zielrechner", "smtp-server"),
            ("nicht erreichbar", "unerreichbar"),
        ), "http://www.amicron.org/onlinehilfe/amicron-mailoffice-50/e_mail_unzustellbare_e_mails.htm",
            window=70),
        # schieb.de's key to bounce codes ("5.4.x – Es gibt Verbindungsprobleme beim Provider des
        # Empfängers"): a connection problem with the receiving provider or server.
        Together("de.together-network-error", C.NETWORK_ERROR, (
            ("verbindungsproblem", "verbindungsfehler", "verbindungsabbruch", "zeitüberschreitung"),
            ("provider", "server", "mailserver", "gegenstelle"),
        ), "https://www.schieb.de/fehler-meldung-email-konnte-nicht-zugestellt-werden-entschluesseln"),
        # The same key ("Die E-Mail wurde aufgrund von Sicherheitseinstellungen beim Provider des
        # Empfängers blockiert"): the receiver's security settings refusing the message.
        Together("de.together-policy-violation", C.POLICY_VIOLATION, (
            ("sicherheitseinstellung", "sicherheitsrichtlinie", "sicherheitsbestimmung"),
            ("blockiert", "abgelehnt", "zurückgewiesen"),
        ), "https://www.schieb.de/fehler-meldung-email-konnte-nicht-zugestellt-werden-entschluesseln",
            window=70),
        # Google's German Alert Center reference (OUT_OF_QUOTA: "Der Nutzer kann aufgrund eines
        # unzureichenden Kontingents keine E-Mails empfangen"): receiving stopped by the quota (not
        # "Empfänger", a recipients' limit).
        Together("de.together-mailbox-full-quota", C.MAILBOX_FULL, (
            ("kontingent",),
            ("empfangen",),
        ), "https://developers.google.cn/workspace/admin/alertcenter/reference/rest/v1beta1/EmailInv"
           "alidReason?hl=de", window=50),
        # Microsoft's German Alchemy Insights article on NDR 5.7.511 ("entfernen Sie das betroffene
        # Konto aus der Liste der blockierten Absender"): the sender on the blocked senders' list.
        Together("de.together-blocklisted", C.BLOCKLISTED, (
            ("liste",),
            ("blockierten absender", "blockierte absender", "gesperrten absender"),
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.de-DE:AlchemyInsights/1264-ip-blocked-for-sending-too-much"
           "-spam-550-5-7-51.md", window=30),
        # Mailhilfe's key to error codes ("Lautet der Fehlercode 534, dann bedeutet dies, dass die
        # zu versende Mail zu groß ist") and the RRZE helpdesk ("eine E-Mail mit 'übergroßem'
        # Anhang"): the mail, message or attachment too large.
        Together("de.together-message-too-large", C.MESSAGE_TOO_LARGE, (
            ("mail", "e-mail", "nachricht", "anhang", "anhänge", "dateianh", "datei"),
            ("zu groß", "übergroß"),
        ), "https://mailhilfe.de/?p=3161", window=20),
        # fetchmail's "<protocol> connection to <host> failed", the host between the words
        Together("de.together-network-error-fetchmail", C.NETWORK_ERROR, (
            ("verbindung zu",),
            ("fehlgeschlagen",),
        ), "Distrotech/fetchmail:po/de.po", window=60),
        # Odoo's mail server test (base de.po): "Der Server hat die Absenderadresse (<from>) mit dem
        # Fehler <reply> abgelehnt", the address and the server's reply between the words.
        Together("de.together-sender-rejected-odoo", C.SENDER_REJECTED, (
            ("absenderadresse",),
            ("abgelehnt",),
        ), "odoo/odoo:odoo/addons/base/i18n/de.po", window=100),
        # msmtp's translated "envelope from address <address> not accepted by the server", the
        # address between the words.
        Together("de.together-sender-rejected-msmtp", C.SENDER_REJECTED, (
            ("umschlagabsenderadresse",),
            ("nicht akzeptiert",),
        ), "marlam/msmtp:po/de.po", window=100),
    ),
)
