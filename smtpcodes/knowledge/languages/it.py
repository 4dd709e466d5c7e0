"""Italian wording of SMTP replies and bounce notices: Aruba's (PEC and hosting) Italian replies,
Exchange's Italian NDR text, the Italian names Outlook.com gives its delivery errors, and the
Italian Roundcube client strings that quote a server's refusal. Sources: Aruba's PEC and hosting
guides, support.office.com it-it,
roundcube/roundcubemail program/localization/it_IT/messages.inc.
Also: Thunderbird's composeMsgs.properties, Evolution's translated RFC 5321 reply texts
(GNOME/evolution-data-server po/), MailScanner's localized sender notices (MailScanner/v5
reports/).
Also: glibc's translated strerror and resolver texts (bminor/glibc po/),
Microsoft's localized Windows Sockets error list (win32-pr desktop-src/WinSock), Zimbra's web-
client errors (Zimbra/zm-ajax ZMsg), SOGo's send errors (Alinto/sogo UI/MailerUI), PHPMailer's
language files, Mailman 2's refusals, MailScanner's attachment refusals, Evolution's RFC 5321
reply texts, Roundcube's regional SMTP errors.
Also: the translated SMTP errors of mail clients, webmails and list managers: Horde IMP, Kopano,
Mutt, Claws Mail, Sylpheed, Thunderbird l10n, Evolution's camel-smtp, Sympa, Mailman 2 and 3 hold
and rejection reasons, Mailspring, SnappyMail, Nextcloud Mail, FairEmail, CodeIgniter's Email
library, Gmail replies quoted by newsletterstudio.it.
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/),
.NET's localized SmtpStatusCode reference (learn.microsoft.com).
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them.
Also: Zimbra's ZMsg and ZmMsg, Mozilla NSS's TLS errors (firefox-l10n nsserrors.properties), GLib's
GIO resolver errors."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_PEC = (
    "https://guide.pec.it/posta-pec/faq-errori-comuni/errori-comuni/"
    "errori-comuni-durante-invio-ricezione-pec.aspx"
)
_OUTLOOK = (
    "https://support.office.com/it-it/article/la-posta-inviata-in-outlook-com-restituisce-"
    "un-messaggio-di-mancato-recapito-45e048ac-f7b1-4c0f-b525-081cb34f1062"
)
_ROUNDCUBE = "roundcube/roundcubemail:program/localization/it_IT/messages.inc"

_EVO_PO = "GNOME/evolution-data-server:po/it.po"
_MAILSCANNER = "MailScanner/v5:common/usr/share/MailScanner/reports/it/"
_RC_L10N = "roundcube/roundcubemail:program/localization/it_IT/messages.inc"
_TB_L10N = (
    "thunderbird/thunderbird-l10n:it/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)

LANGUAGE = Language(
    code="it",
    name="Italian",
    phrases=(
        # Zimbra's web client (ZmMsg accountInactiveError): the account is temporarily unavailable
        # due to system maintenance.
        Phrases("it.service-unavailable-zmmsg-maintenance", C.SERVICE_UNAVAILABLE, (
            "attività di manutenzione",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_it.properties"),
        # Zimbra's web client (ZmMsg errorNotAuthenticated): the user is not authenticated.
        Phrases("it.auth-required-zmmsg", C.AUTH_REQUIRED, (
            "utente non autenticato",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_it.properties"),
        # Zimbra's server errors (ZMsg service.UNKNOWN_DOCUMENT): an unknown command was sent to
        # the server.
        Phrases("it.syntax-error-zimbra-unknown-command", C.SYNTAX_ERROR, (
            "comando sconosciuto al server",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_it.properties"),
        # Zimbra's server errors (ZMsg service.RESOURCE_UNREACHABLE): the resource unreachable.
        Phrases("it.network-error-zimbra-remote", C.NETWORK_ERROR, (
            "risorsa non raggiungibile",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_it.properties"),
        # Zimbra's server errors (ZMsg im.internal_server_error): an internal server error
        # occurred.
        Phrases("it.server-error-zimbra-internal", C.SERVER_ERROR, (
            "errore interno del server",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_it.properties"),
        # Zimbra's server errors (ZMsg: mail.MAINTENANCE, account.MAINTENANCE_MODE): the account is
        # in maintenance mode (the service unavailable for it).
        Phrases("it.service-unavailable-zimbra-maintenance", C.SERVICE_UNAVAILABLE, (
            "account è in manutenzione",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_it.properties"),
        # GLib's GIO: TLS support is not available (no TLS backend for a GNOME mail client's
        # connection).
        Phrases("it.tls-required-glib", C.TLS_REQUIRED, (
            "il supporto a tls",
        ), "GNOME/glib:po/it.po"),
        # GLib's GIO network errors (the resolver and socket layer of GNOME mail clients such as
        # Evolution, Geary and Balsa): an error resolving a host name (or reverse-resolving an
        # address), temporarily unable to resolve, the connection is closed.
        Phrases("it.network-error-glib-resolver", C.NETWORK_ERROR, (
            "errore nel risolvere", "errore nella risoluzione inversa", "impossibile risolvere",
            "la connessione è chiusa",
        ), "GNOME/glib:po/it.po"),
        # Mozilla NSS's TLS errors (nsserrors.properties; Thunderbird reports them when a mail
        # server's TLS fails): no secure communication with the peer (no common cipher, certificate
        # rejected, domain mismatch), the SSL peer rejected or cannot verify the certificate, the
        # peer's certificate expired, revoked or of an unknown issuer, the peer's certificate
        # expired, revoked or of an unknown issuer, an unsupported security protocol version.
        Phrases("it.tls-required-nss", C.TLS_REQUIRED, (
            "impossibile stabilire una connessione sicura", "il peer ssl",
            "versione non supportata del protocollo di sicurezza",
            "il certificato del peer", "autorità emittente del certificato del peer",
        ), "mozilla-l10n/firefox-l10n:it/security/manager/chrome/pipnss/nsserrors.properties"),
        # Zimbra's web client (ZmMsg): the attachment was not uploaded as the message exceeds the
        # size limit.
        Phrases("it.message-too-large-zimbra-web", C.MESSAGE_TOO_LARGE, (
            "supera il limite di dimensioni",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_it.properties"),
        # Zimbra's web client (ZmMsg): the files cannot be attached as the mail space is exceeded.
        Phrases("it.mailbox-full-zimbra-web", C.MAILBOX_FULL, (
            "superato lo spazio a disposizione",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_it.properties"),
        # Mailman 3's hold and refusal reasons (rule descriptions) in this language's catalogue.
        Phrases("it.policy-violation-mailman3-core", C.POLICY_VIOLATION, (
            "contiene comandi amministativi", "regola per intestazioni", "newsgroup moderato",
        ), "osstech-jp/mailman:src/mailman/messages/it/LC_MESSAGES/mailman.po"),
        # MailScanner's notice to the sender of a message deleted as spam for its content and its sending server (sender.spam.report.txt).
        Phrases("it.spam-content-mailscanner-report", C.SPAM_CONTENT, (
            "classificato come spam", "email commerciali non richieste",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/it/sender.spam.report.txt"),
        # MailScanner's notice put in place of an attachment found infected by a virus.
        Phrases("it.virus-mailscanner-replaced", C.VIRUS, (
            "probabilmente contiene un virus",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/it/deleted.virus.message.txt"),
        # MailScanner's notice put in place of an attachment of a type this site does not accept (deleted.filename.message.txt).
        Phrases("it.content-rejected-mailscanner-replaced", C.CONTENT_REJECTED, (
            "considerato non accettabile da questo sito",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/it/deleted.filename.message.txt"),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("it.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "impossibile trovare un server",
        ), ("thunderbird/thunderbird-l10n:it/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("it.auth-failed-kimap", C.AUTH_FAILED, (
            "l'accesso semplice è disabilitato",
        ), "KDE/kimap:po/it/libkimap6.po"),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("it.tls-required-kimap", C.TLS_REQUIRED, (
            "negoziazione tls non riuscita", "negoziazione ssl non riuscita",
        ), "KDE/kimap:po/it/libkimap6.po"),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("it.network-error-kdepim-terminated", C.NETWORK_ERROR, (
            "ha terminato la connessione",
        ), "KDE/kdepim-runtime:po/it/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("it.network-error-kdepim", C.NETWORK_ERROR, (
            "tempo scaduto dal server", "connessione persa",
            "disconnesso dal server durante il login", "disconnesso durante il login",
        ), "KDE/kdepim-runtime:po/it/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime): an error during authentication, unable
        # to log in to the server.
        Phrases("it.auth-failed-kdepim", C.AUTH_FAILED, (
            "impossibile effettuare il login sul server",
        ), "KDE/kdepim-runtime:po/it/akonadi_pop3_resource.po"),
        # KDE's Akonadi POP3 resource (kdepim-runtime): an SSL/TLS error.
        Phrases("it.tls-required-kdepim", C.TLS_REQUIRED, (
            "errore ssl/tls",
        ), "KDE/kdepim-runtime:po/it/akonadi_pop3_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("it.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "il server non è disponibile",
        ), "KDE/kdepim-runtime:po/it/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("it.tls-required-glib-networking", C.TLS_REQUIRED, (
            "richiede un certificato tls", "certificato tls inammissibile",
            "impossibile creare la connessione tls", "handshake tls",
            "la connessione tls si è chiusa", "non ha inviato un certificato",
            "avviso tls fatale",
        ), "GNOME/glib-networking:po/it.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("it.network-error-glib-networking", C.NETWORK_ERROR, (
            "i/o sul socket scaduto", "la connessione è rotta",
        ), "GNOME/glib-networking:po/it.po"),
        # Thunderbird's connection refused (messenger.properties).
        Phrases("it.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "la connessione è stata rifiutata",
        ), "thunderbird/thunderbird-l10n:it/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the server disconnected.
        Phrases("it.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "si è disconnesso",
        ), "thunderbird/thunderbird-l10n:it/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): a TLS error that cannot be
        # overridden.
        Phrases("it.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "errore tls che non può essere ignorato",
        ), "thunderbird/thunderbird-l10n:it/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the chosen authentication method not
        # supported (the POP3 one alike).
        Phrases("it.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "non gestisce il metodo di autenticazione",
        ), "thunderbird/thunderbird-l10n:it/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("it.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "non riuscito l’invio della password", "non riuscito l'invio della password",
        ), "thunderbird/thunderbird-l10n:it/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("it.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "impossibile stabilire un collegamento tls",
        ), "thunderbird/thunderbird-l10n:it/mail/chrome/messenger/localMsgs.properties"),
        # A full mailbox: it "overflows with messages" and new ones are refused.
        Phrases("it.mailbox-full-trabocca", C.MAILBOX_FULL, (
            "trabocca di messaggi",
        ), "https://www.uiciechi.it/osi/03helpexpress/04f_a_q/05PostaEMessagistica/uhe00169.html"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("it.auth-required-kmail", C.AUTH_REQUIRED, (
            "devi dare un nome utente e una password",
        ), "KDE/kmailtransport:po/it/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("it.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "non supporta l'autenticazione",
        ), "KDE/kmailtransport:po/it/libmailtransport6.po"),
        Phrases("it.user-unknown", C.USER_UNKNOWN, (
            "destinatario sconosciuto", "utente sconosciuto", "cassetta postale non trovata",
        ), _PEC + "; " + _OUTLOOK),
        Phrases("it.mailbox-full", C.MAILBOX_FULL, (
            "cassetta postale piena", "quota superata",
        ), _OUTLOOK),
        Phrases("it.blocklisted", C.BLOCKLISTED, ("indirizzo ip bloccato",), _PEC),
        Phrases("it.auth-failed", C.AUTH_FAILED, ("autenticazione non riuscita",), _ROUNDCUBE),
        Phrases("it.network-error", C.NETWORK_ERROR, (
            "connessione al server non riuscita", "timeout della connessione",
        ), _ROUNDCUBE),
        Phrases("it.service-unavailable", C.SERVICE_UNAVAILABLE, (
            "risorse temporaneamente non disponibili",
        ), _OUTLOOK, decisive=False),
        Phrases("it.message-too-large", C.MESSAGE_TOO_LARGE, (
            "dimensione del messaggio supera", "dimensione massima del messaggio",
        ), _ROUNDCUBE),
        Phrases("it.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "verificare l'indirizzo email nelle impostazioni",
        ), _TB_L10N, decisive=False),
        Phrases("it.too-many-recipients-thunderbird", C.RATE_LIMITED, (
            "numero di destinatari supera il limite",
        ), _TB_L10N),
        Phrases("it.message-too-large-thunderbird", C.MESSAGE_TOO_LARGE, (
            "supera il limite globale del server",
        ), _TB_L10N),
        Phrases("it.network-error-thunderbird", C.NETWORK_ERROR, (
            "potrebbe essere configurato in modo non corretto", "perché la connessione al server",
        ), _TB_L10N),
        Phrases("it.auth-failed-thunderbird", C.AUTH_FAILED, (
            "non supporta il metodo di autenticazione",
        ), _TB_L10N),
        Phrases("it.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "impostazione del mittente",
        ), _RC_L10N, decisive=False),
        Phrases("it.mailbox-full-evolution", C.MAILBOX_FULL, (
            "allocazione dell'archivio superata",
        ), _EVO_PO),
        Phrases("it.auth-required-evolution", C.AUTH_REQUIRED, (
            "autenticazione richiesta",
        ), _EVO_PO),
        Phrases("it.auth-failed-evolution", C.AUTH_FAILED, (
            "autenticazione temporaneamente non riuscita",
            "meccanismo di autenticazione è troppo debole",
        ), _EVO_PO),
        Phrases("it.system-full-evolution", C.SYSTEM_FULL, (
            "archivio di sistema non sufficiente",
        ), _EVO_PO),
        Phrases("it.virus-mailscanner", C.VIRUS, (
            "il sistema antivirus e' stato sollecitato", "ritenuta infetta",
        ), _MAILSCANNER + "sender.virus.report.txt"),
        Phrases("it.blocklisted-mailscanner", C.BLOCKLISTED, (
            "liste pubbliche di sistemi mal configurati",
        ), _MAILSCANNER + "sender.spam.rbl.report.txt"),
        Phrases("it.spam-content-mailscanner", C.SPAM_CONTENT, (
            "classificato come spam in base ai contenuti",
        ), _MAILSCANNER + "sender.spam.sa.report.txt"),
        Phrases("it.sender-rejected-mailman", C.SENDER_REJECTED, (
            "proibito inviare messaggi a questa lista", "inviato da un non iscritto",
            "non è permesso inviare messaggi a questa lista",
        ), "jaredmauch/mailman2-python3:messages/it/LC_MESSAGES/mailman.po"),
        Phrases("it.user-unknown-sympa", C.USER_UNKNOWN, (
            "non è una lista di distribuzione nota",
        ), "sympa-community/sympa:po/sympa/it.po"),
        Phrases("it.sender-rejected-sympa", C.SENDER_REJECTED, (
            "distribuzione del messaggio: autorizzazione negata",
            "non sei autorizzato a inviare il messaggio", "è limitata agli iscritti alla lista",
        ), "sympa-community/sympa:po/sympa/it.po"),
        # Exchange Online's 5.1.90 NDR (the sender's daily recipient limit), as Microsoft's
        # localized help titles it.
        Phrases("it.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "limite giornaliero per i destinatari",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.it-IT:AlchemyInsights/5-1-90-your-mess"
            "age-cant-be-sent-daily-limit.md"
        )),
        # Exchange Online's Italian NDR for the sender's submission quota.
        Phrases("it.rate-limited-exchange", C.RATE_LIMITED, (
            "quota di invio del mittente",
        ), (
            "https://learn.microsoft.com/it-it/Exchange/mail-flow-best-practices/non-delivery"
            "-reports-in-exchange-online/fix-error-for-submission-quota-exceeded-in-exchange-"
            "online"
        )),
        # Gmail's Italian sending-limit errors.
        Phrases("it.rate-limited-gmail", C.RATE_LIMITED, (
            "hai raggiunto il limite di invio",
            "hai superato il numero massimo di destinatari",
        ), "https://support.google.com/a/answer/166852?authuser=7&hl=it"),
        # Gmail's Italian messages on its sending limits, as an Italian guide quotes them: the daily
        # limit reached ("Hai raggiunto il limite per l'invio di messaggi"), sending suspended after
        # many sent messages bounced ("Impossibile recapitare messaggi inviati", as
        # fr.rate-limited-gmail-bounces reads the French), and a recipient receiving mail too fast
        # ("… riceve la posta in quantità tali da impedire il recapito di messaggi aggiuntivi").
        Phrases("it.rate-limited-gmail-limits", C.RATE_LIMITED, (
            "raggiunto il limite per l'invio di messaggi",
            "impossibile recapitare messaggi inviati",
            "riceve la posta in quantità tali da impedire il recapito",
        ), "https://temp-mail.life/?p=104"),
        # Gmail's Italian bounce texts (its help on returned mail).
        Phrases("it.user-unknown-gmail", C.USER_UNKNOWN, (
            "che hai cercato di raggiungere non esiste",
        ), "http://support.google.com/mail/bin/answer.py?hl=it&answer=82454"),
        Phrases("it.spam-content-gmail", C.SPAM_CONTENT, (
            "messaggio contrassegnato come spam",
        ), "http://support.google.com/mail/bin/answer.py?hl=it&answer=82454"),
        Phrases("it.network-error-gmail", C.NETWORK_ERROR, (
            "non ha accettato le nostre richieste",
        ), "http://support.google.com/mail/bin/answer.py?hl=it&answer=82454"),
        # Outlook's Italian relay refusal, as Microsoft's Italian help quotes it.
        Phrases("it.relay-denied-outlook", C.RELAY_DENIED, (
            "inoltro negato",
        ), (
            "https://support.office.com/it-it/article/Visualizzazione-di-un-errore-550-553-o-"
            "di-inoltro-durante-l-invio-di-messaggi-di-posta-elettronica-65B494A4-0A15-433E-8"
            "29F-E73651E0245E"
        )),
        # glibc's translated strerror texts: ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, EADDRNOTAVAIL,
        # ENETUNREACH, ECONNRESET, ECONNABORTED, ENETDOWN, EHOSTDOWN, gai_strerror's EAI_AGAIN
        # and the resolver's host name lookup failure.
        Phrases("it.network-error-glibc", C.NETWORK_ERROR, (
            "errore irrecuperabile nella risoluzione del nome",
            "host non è attivo",
            "rete non è disponibile",
            "connessione interrotta per un problema software",
            "ricerca del nome dell'host non riuscita",
            "connessione rifiutata", "connessione scaduta", "nessun instradamento per l'host",
            "impossibile assegnare l'indirizzo richiesto", "rete non è raggiungibile",
            "connessione interrotta dal corrispondente",
            "errore temporaneo nella risoluzione del nome",
        ), "bminor/glibc:po/it.po"),
        # glibc's translated gai_strerror texts (EAI_NONAME, EAI_NODATA) and the resolver's
        # unknown host.
        Phrases("it.host-unknown-glibc", C.HOST_UNKNOWN, (
            "host sconosciuto",
            "nome o servizio sconosciuto", "nessun indirizzo associato al nome host",
        ), "bminor/glibc:po/it.po"),
        # Microsoft's Windows Sockets error list in this language (WSAECONNREFUSED 10061,
        # WSAETIMEDOUT 10060, WSAEHOSTUNREACH 10065, WSAEADDRNOTAVAIL 10049, WSAECONNRESET 10054,
        # WSAENETDOWN 10050 to WSAECONNABORTED 10053),
        # as Windows MTAs and mail clients quote the socket error of a failed delivery.
        Phrases("it.network-error-winsock", C.NETWORK_ERROR, (
            "software ha causato l'interruzione della connessione",
            "computer di destinazione l'ha rifiutata attivamente",
            "tentativo di connessione non è riuscito", "host non raggiungibile",
            "indirizzo richiesto non è valido", "interrotta forzatamente dall'host remoto",
        ), "MicrosoftDocs/win32-pr.it-it:desktop-src/WinSock/windows-sockets-error-codes-2.md"),
        Phrases("it.user-unknown-evolution", C.USER_UNKNOWN, (
            "mailbox non disponibile", "nome della mailbox non consentito",
        ), "GNOME/evolution-data-server:po/it.po", decisive=False),
        Phrases("it.has-moved-evolution", C.HAS_MOVED, (
            "utente non locale",
        ), "GNOME/evolution-data-server:po/it.po"),
        Phrases("it.syntax-error-evolution", C.SYNTAX_ERROR, (
            "errore di sintassi",
        ), "GNOME/evolution-data-server:po/it.po", decisive=False),
        Phrases("it.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "comando non implementato",
        ), "GNOME/evolution-data-server:po/it.po", decisive=False),
        Phrases("it.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "servizio non disponibile",
        ), "GNOME/evolution-data-server:po/it.po", decisive=False),
        Phrases("it.server-error-evolution", C.SERVER_ERROR, (
            "errore nell'elaborazione",
        ), "GNOME/evolution-data-server:po/it.po", decisive=False),
        Phrases("it.tls-required-evolution", C.TLS_REQUIRED, (
            "meccanismo di autenticazione richiesto richiede la cifratura",
        ), "GNOME/evolution-data-server:po/it.po"),
        Phrases("it.user-unknown-zimbra", C.USER_UNKNOWN, (
            "questo account non esiste",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_it.properties"),
        Phrases("it.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, (
            "supera le dimensioni massime consentite",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_it.properties"),
        Phrases("it.service-unavailable-zimbra", C.SERVICE_UNAVAILABLE, (
            "servizio temporaneamente non disponibile",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_it.properties", decisive=False),
        Phrases("it.network-error-zimbra", C.NETWORK_ERROR, (
            "troppi salti fra server",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_it.properties"),
        Phrases("it.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "messaggio è troppo grande", "messaggio era troppo grande",
        ), "jaredmauch/mailman2-python3:messages/it/LC_MESSAGES/mailman.po"),
        Phrases("it.too-many-recipients-mailman", C.RATE_LIMITED, (
            "troppi destinatari",
        ), "jaredmauch/mailman2-python3:messages/it/LC_MESSAGES/mailman.po"),
        Phrases("it.auth-failed-phpmailer", C.AUTH_FAILED, (
            "impossibile autenticarsi",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-it.php"),
        Phrases("it.network-error-phpmailer", C.NETWORK_ERROR, (
            "impossibile connettersi all'host smtp", "smtp connect() fallita",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-it.php"),
        Phrases("it.sender-rejected-phpmailer", C.SENDER_REJECTED, (
            "indirizzi mittenti hanno generato errore",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-it.php", decisive=False),
        Phrases("it.content-rejected-roundcube", C.CONTENT_REJECTED, (
            "non supporta i caratteri unicode nell'indirizzo",
        ), "roundcube/roundcubemail:program/localization/it_IT/messages.inc"),
        Phrases("it.content-rejected-mailscanner", C.CONTENT_REJECTED, (
            "risultano non accettabili da questo sito",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/it/sender.filename.report.txt"),
        Phrases("it.user-unknown-sogo", C.USER_UNKNOWN, (
            "nessun destinatario valido", "seguenti indirizzi non sono validi",
        ), "Alinto/sogo:UI/MailerUI/Italian.lproj/Localizable.strings"),
        Phrases("it.network-error-sogo", C.NETWORK_ERROR, (
            "errore durante la connessione al server smtp",
        ), "Alinto/sogo:UI/MailerUI/Italian.lproj/Localizable.strings"),
        Phrases("it.user-unknown-zimbra-address", C.USER_UNKNOWN, (
            "a causa di indirizzo o indirizzi non validi",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_it.properties", decisive=False),
        Phrases("it.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "credenziali kerberos/gssap non sono state accettate",
        ), (
            "thunderbird/thunderbird-l10n:it/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("it.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "non gestisce le password in testo semplice",
        ), (
            "thunderbird/thunderbird-l10n:it/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("it.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "stare usando l'identità corretta per l'invio",
        ), (
            "thunderbird/thunderbird-l10n:it/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        ), decisive=False),
        Phrases("it.content-rejected-mailman", C.CONTENT_REJECTED, (
            "estensione del nome file",
            "tipo del contenuto del messaggio",
            "messaggio è rimasto vuoto",
        ), "jaredmauch/mailman2-python3:messages/it/LC_MESSAGES/mailman.po"),
        Phrases("it.auth-failed-evolution-response", C.AUTH_FAILED, (
            "risposta di autenticazione dal server errata",
        ), "GNOME/evolution-data-server:po/it.po"),
        Phrases("it.sender-rejected-evolution", C.SENDER_REJECTED, (
            "indirizzo mittente non valido",
        ), "GNOME/evolution-data-server:po/it.po", decisive=False),
        # Horde IMP's refusal of a message to more recipients than the sender may reach.
        Phrases("it.rate-limited-horde", C.RATE_LIMITED, (
            "abilitato all'invio di messaggi a più di",
        ), "horde/imp:locale/it/LC_MESSAGES/imp.po"),
        # Kopano's spooler refusing to send as another user or group.
        Phrases("it.sender-rejected-send-as", C.SENDER_REJECTED, (
            "permesso di inviare e-mail per conto di",
            "per conto di cui si sta tentando di inviare",
        ), "Kopano-dev/kopano-core:po/it.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("it.tls-required-mail-clients", C.TLS_REQUIRED, (
            "errore nell'avviare la connessione starttls",
            "non è stato possibile avviare sessione starttls",
            "impossibile avviare una sessione starttls",
            "il server richiede il starttls",
            "fallito starttls",
            "impossibile negoziare la connessione tls",
            "connessione cifrata non disponibile",
        ), "eworm-de/claws-mail:po/it.po; muttmua/mutt:po/it.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("it.auth-failed-mail-clients", C.AUTH_FAILED, (
            "nessun metodo smtp auth disponibile",
            "metodo smtp auth selezionato non disponibile",
            "necessaria un'autenticazione (più) robusta",
        ), "eworm-de/claws-mail:po/it.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("it.auth-failed-weak-mail-clients", C.AUTH_FAILED, (
            "errore durante l'autenticazione",
            "autenticazione fallita",
        ), "eworm-de/claws-mail:po/it.po", decisive=False),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("it.network-error-mail-clients", C.NETWORK_ERROR, (
            "connessione chiusa dall'host remoto",
            "il server ha chiuso la connessione",
        ), "eworm-de/claws-mail:po/it.po; muttmua/mutt:po/it.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("it.network-error-weak-mail-clients", C.NETWORK_ERROR, (
            "impossibile connettersi a",
        ), "muttmua/mutt:po/it.po", decisive=False),
        # Sylpheed's translated client errors (po/) when the SMTP server's TLS, authentication or
        # connection fails.
        Phrases("it.tls-required-sylpheed", C.TLS_REQUIRED, (
            "impossibile avviare la sessione tls",
        ), "sylpheed-mail/sylpheed:po/it.po"),
        # Sylpheed's translated client errors (po/) when the SMTP server's TLS, authentication or
        # connection fails.
        Phrases("it.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp auth non disponibile",
        ), "sylpheed-mail/sylpheed:po/it.po"),
        # Roundcube refusing a message to more recipients than its limit allows.
        Phrases("it.rate-limited-roundcube-too-many-recipients", C.RATE_LIMITED, (
            "numero eccessivo di destinatari",
        ), "roundcube/roundcubemail:program/localization/it_IT/messages.inc"),
        # Roundcube refusing to send again before its minimum interval between messages.
        Phrases("it.rate-limited-roundcube-sent-too-quickly", C.RATE_LIMITED, (
            "secondi prima di inviare questo messaggio",
        ), "roundcube/roundcubemail:program/localization/it_IT/messages.inc"),
        # Thunderbird: STARTTLS required but not offered by the outgoing server.
        Phrases("it.tls-required-thunderbird-l10n", C.TLS_REQUIRED, (
            "utilizzando starttls in quanto non supporta",
        ), (
            "thunderbird/thunderbird-l10n:it/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        # Thunderbird: the sender (From:) address or identity is invalid.
        Phrases("it.sender-rejected-thunderbird-l10n", C.SENDER_REJECTED, (
            "l’indirizzo del mittente (da:) non era valido",
            "l’identità del mittente non era valida",
        ), (
            "thunderbird/thunderbird-l10n:it/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        # Thunderbird: the outgoing server does not take the chosen (encrypted) password method.
        Phrases("it.auth-failed-thunderbird-l10n", C.AUTH_FAILED, (
            "sembra non essere in grado di gestire le password crittate",
        ), (
            "thunderbird/thunderbird-l10n:it/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        # Evolution's translated SMTP transport errors (camel-smtp-transport): the secure connection,
        # STARTTLS or the authentication type failed; RFC 4954's password transition.
        Phrases("it.tls-required-evolution-camel", C.TLS_REQUIRED, (
            "in modalità sicura non riuscita",
            "comando starttls non riuscito",
        ), "GNOME/evolution-data-server:po/it.po"),
        # Evolution's translated SMTP transport errors (camel-smtp-transport): the secure connection,
        # STARTTLS or the authentication type failed; RFC 4954's password transition.
        Phrases("it.auth-failed-evolution-camel", C.AUTH_FAILED, (
            "nessun supporto per l'autenticazione",
            "passare attraverso la verifica della password",
        ), "GNOME/evolution-data-server:po/it.po"),
        # Zimbra web client's translated errors (ZMsg): wrong username or password, authentication
        # required, the server cannot be reached or timed out.
        Phrases("it.auth-failed-zimbra-web", C.AUTH_FAILED, (
            "il nome utente o la password sono errati",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_it.properties"),
        # Zimbra web client's translated errors (ZMsg): wrong username or password, authentication
        # required, the server cannot be reached or timed out.
        Phrases("it.auth-required-zimbra-web", C.AUTH_REQUIRED, (
            "autenticazione necessaria",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_it.properties"),
        # Zimbra web client's translated errors (ZMsg): wrong username or password, authentication
        # required, the server cannot be reached or timed out.
        Phrases("it.network-error-zimbra-web", C.NETWORK_ERROR, (
            "impossibile collegarsi al server",
            "la connessione al server remoto è scaduta",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_it.properties"),
        # Sympa: the list takes posts only from its moderators, owners, subscribers or local users.
        Phrases("it.sender-rejected-sympa-lists", C.SENDER_REJECTED, (
            "la distribuzione di messaggi in questa lista è limitata",
            "distribuzione del messaggio per questa lista è ristretta",
        ), "sympa-community/sympa:po/sympa/it.po"),
        # Sympa: the message is larger than the list's maximum size.
        Phrases("it.message-too-large-sympa-lists", C.MESSAGE_TOO_LARGE, (
            "messaggio troppo grande",
        ), "sympa-community/sympa:po/sympa/it.po"),
        # Sympa: the address is not a list it knows.
        Phrases("it.user-unknown-sympa-lists", C.USER_UNKNOWN, (
            "lista sconosciuta",
        ), "sympa-community/sympa:po/sympa/it.po"),
        # Mailman 2 holding or refusing a post for the list's own rules: a moderated list, an implicit
        # destination, possible administrivia, a restricted list, a suspicious header.
        Phrases("it.policy-violation-mailman-held", C.POLICY_VIOLATION, (
            "messaggio inviato ad una lista moderata",
            "il messaggio ha destinazione implicita",
            "potrebbe contenere richieste amministrative",
            "diretto ad una lista chiusa richiede approvazione",
            "il messaggio ha un campo sospetto",
        ), "jaredmauch/mailman2-python3:messages/it/LC_MESSAGES/mailman.po"),
        # Gmail's 421 4.7.0 in Italian as an Italian newsletter service's table gives it: an unusual
        # rate of unsolicited mail from the sending IP.
        Phrases("it.reputation-gmail-unusual-rate", C.REPUTATION, (
            "rilevato una percentuale insolita di posta indesiderata",
        ), "https://newsletterstudio.it/errori-smtp.php"),
        Phrases("it.tls-required-gmail-rcpt", C.TLS_REQUIRED, (
            "crittografia tls richiesta per il dominio rcpt",
        ), "https://newsletterstudio.it/errori-smtp.php"),
        Phrases("it.rate-limited-gmail-receiving", C.RATE_LIMITED, (
            "sta ricevendo email troppo rapidamente",
        ), "https://newsletterstudio.it/errori-smtp.php"),
        Phrases("it.service-unavailable-gmail-busy", C.SERVICE_UNAVAILABLE, (
            "server occupato. riprova",
        ), "https://newsletterstudio.it/errori-smtp.php", decisive=False),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("it.auth-failed-mailspring", C.AUTH_FAILED, (
            "errore di autenticazione - controlla il tuo nome utente",
            "non supporta l'autenticazione nome utente / password di base",
        ), "Foundry376/Mailspring:app/lang/it.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("it.tls-required-mailspring", C.TLS_REQUIRED, (
            "starttls non è disponibile",
        ), "Foundry376/Mailspring:app/lang/it.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("it.relay-denied-mailspring", C.RELAY_DENIED, (
            "il server smtp non può inoltrare un messaggio",
        ), "Foundry376/Mailspring:app/lang/it.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("it.rate-limited-mailspring", C.RATE_LIMITED, (
            "hai superato il limite di invio giornaliero",
            "larghezza di banda di gmail è stata superata",
        ), "Foundry376/Mailspring:app/lang/it.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("it.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "contiene un allegato illegale",
        ), "Foundry376/Mailspring:app/lang/it.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("it.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "troppe connessioni attive",
        ), "Foundry376/Mailspring:app/lang/it.json"),
        # SnappyMail webmail's translated notifications: the server cannot be reached, the
        # recipients are invalid, the authentication failed.
        Phrases("it.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "destinatario non valido",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/it/user.json", decisive=False),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the
        # connection failed; the SMTP credentials were refused.
        Phrases("it.network-error-nextcloud-mail", C.NETWORK_ERROR, (
            "il server smtp non è raggiungibile",
            "connessione smtp non riuscita",
        ), "nextcloud/mail:l10n/it.json"),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the
        # connection failed; the SMTP credentials were refused.
        Phrases("it.auth-failed-nextcloud-mail", C.AUTH_FAILED, (
            "la password smtp sono errati",
            "autenticazione negata dal server smtp",
            "errore di autenticazione smtp",
        ), "nextcloud/mail:l10n/it.json"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("it.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "più grande del limite del server",
        ), "M66B/FairEmail:app/src/main/res/values-it-rIT/strings.xml"),
        # Mailman 3's hold reason: the post exceeds the list's maximum message size.
        Phrases("it.message-too-large-mailman3", C.MESSAGE_TOO_LARGE, (
            "più grande della dimensione massima di",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/it/LC_MESSAGES/mailman.p"
            "o"
        )),
        # Mailman 3's hold and rejection reasons about the poster: not a member, banned, no valid sender.
        Phrases("it.sender-rejected-mailman3", C.SENDER_REJECTED, (
            "non proviene da un membro della lista",
            "è precluso da questa lista",
            "non ha mittenti validi",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/it/LC_MESSAGES/mailman.p"
            "o"
        )),
        # Mailman 3's moderation hold reasons: moderated member, implicit destination, emergency moderation.
        Phrases("it.policy-violation-mailman3-held", C.POLICY_VIOLATION, (
            "proviene da un membro soggetto a moderazione",
            "ha una destinazione implicita",
            "moderazione di emergenza è attiva",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/it/LC_MESSAGES/mailman.p"
            "o"
        )),
        # Mailman 3's content-type filter reasons.
        Phrases("it.content-rejected-mailman3", C.CONTENT_REJECTED, (
            "tipo di contenuto nel messaggio",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/it/LC_MESSAGES/mailman.p"
            "o"
        )),
        # Mailman 3's notice that a post is held for the moderator.
        Phrases("it.policy-violation-mailman3-awaits", C.POLICY_VIOLATION, (
            "attende l'approvazione del moderatore",
            "trattenuto fino a quando il moderatore",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/it/LC_MESSAGES/mailman.p"
            "o"
        )),
        # CodeIgniter's Email library: the server refused the user name, password or credentials.
        Phrases("it.auth-failed-codeigniter", C.AUTH_FAILED, (
            "fallita l'autenticazione dello username",
            "fallita l'autenticazione della password",
            "autenticazione dell'username fallita",
            "autenticazione della password fallita",
        ), "codeigniter4/translations:Language/it/Email.php"),
        # CodeIgniter's Email library: AUTH could not be started; the server's own reply follows and decides.
        Phrases("it.auth-failed-weak-codeigniter", C.AUTH_FAILED, (
            "fallito l'invio del comando auth login",
            "invio del comando auth login fallito",
        ), "codeigniter4/translations:Language/it/Email.php", decisive=False),
        # Thunderbird: the server's answer to CLIENTID says this device may not send mail.
        Phrases("it.policy-violation-thunderbird-clientid", C.POLICY_VIOLATION, (
            "al tuo dispositivo non è consentito inviare email",
        ), (
            "thunderbird/thunderbird-l10n:it/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        # Roundcube's msgsizeerror: attaching would exceed the maximum message size.
        Phrases("it.message-too-large-roundcube-attach", C.MESSAGE_TOO_LARGE, (
            "dimensione massima di un messaggio",
        ), "roundcube/roundcubemail:program/localization/it_IT/messages.inc"),
        # Outlook.com's Italian help on failed deliveries names the mailbox-full bounce this way.
        Phrases("it.mailbox-full-outlookcom", C.MAILBOX_FULL, (
            "casella di posta piena",
            "spazio disponibile superato",
        ), "http://windows.microsoft.com/it-it/outlook/delivery-failed"),
        # Exchange Online's Italian NDR table: 4.3.2 recipient thread limit, the mailbox receives too many messages too fast.
        Phrases("it.rate-limited-exchange-thread-limit", C.RATE_LIMITED, (
            "sta ricevendo troppi messaggi troppo rapidamente",
        ), (
            "https://learn.microsoft.com/it-it/exchange/troubleshoot/email-delivery/ndr/non-d"
            "elivery-reports-in-exchange-online"
        )),
        # Exchange's Italian NDR reference (Exchange 2013 docs), 4.4.1/4.4.2: the destination server does not respond, or the connection between the servers dropped.
        Phrases("it.network-error-exchange2013", C.NETWORK_ERROR, (
            "server di destinazione non risponde",
            "una connessione tra i server si è interrotta",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.it-it:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Italian NDR reference (Exchange 2013 docs), 5.2.1: the mailbox can't be accessed (offline, disabled or quarantined).
        Phrases("it.mailbox-disabled-weak-exchange2013", C.MAILBOX_DISABLED, (
            "impossibile accedere alla cassetta postale",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.it-it:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        ), decisive=False),
        # Exchange's Italian NDR reference (Exchange 2013 docs), 5.2.2: the recipient's mailbox is over its storage quota.
        Phrases("it.mailbox-full-exchange2013", C.MAILBOX_FULL, (
            "ha superato la quota di archiviazione",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.it-it:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Italian NDR reference (Exchange 2013 docs), 5.3.4: the message exceeds the configured size limit.
        Phrases("it.message-too-large-exchange2013", C.MESSAGE_TOO_LARGE, (
            "supera il limite di dimensione configurato",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.it-it:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Italian NDR reference (Exchange 2013 docs), 5.5.3: more recipients than a single message may have.
        Phrases("it.rate-limited-exchange2013", C.RATE_LIMITED, (
            "supera il numero totale dei destinatari",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.it-it:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Italian NDR reference (Exchange 2013 docs), 5.7.1: the sender isn't allowed to send to this recipient.
        Phrases("it.policy-violation-exchange2013", C.POLICY_VIOLATION, (
            "al mittente non è consentito inviare messaggi al destinatario",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.it-it:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Italian NDR reference (Exchange 2013 docs), 4.4.7: the message expired in the queue.
        Phrases("it.expired-exchange2013", C.EXPIRED, (
            "il messaggio nella coda è scaduto",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.it-it:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Italian NDR reference (Exchange 2013 docs), 5.7.1: relaying to a system that isn't the message's final destination is refused.
        Phrases("it.relay-denied-exchange2013", C.RELAY_DENIED, (
            "non è la destinazione finale del messaggio",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.it-it:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Italian NDR reference (Exchange 2013 docs), 5.7.1: the sending system didn't authenticate to a receiver that requires it.
        Phrases("it.auth-required-exchange2013", C.AUTH_REQUIRED, (
            "non è stato autenticato con il sistema di posta elettronica di ricezione",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.it-it:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Italian NDR reference (Exchange 2013 docs), 5.1.1: there is no such recipient in the destination mail system.
        Phrases("it.user-unknown-exchange2013", C.USER_UNKNOWN, (
            "non esiste alcun destinatario nel sistema di posta elettronica",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.it-it:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Italian NDR reference (Exchange 2013 docs), 4.3.1: insufficient memory or a full disk on the receiving server.
        Phrases("it.system-full-weak-exchange2013", C.SYSTEM_FULL, (
            "errore di memoria esaurita",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.it-it:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        ), decisive=False),
        # Exchange's Italian NDR reference (Exchange 2013 docs), 5.1.7: the sender's SMTP address is missing or malformed.
        Phrases("it.sender-rejected-exchange2013", C.SENDER_REJECTED, (
            "il mittente ha un indirizzo smtp non corretto o mancante",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.it-it:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Italian NDR reference (Exchange 2013 docs), 5.4.4: no route for the message's delivery (next hop unknown).
        Phrases("it.network-error-no-route-exchange2013", C.NETWORK_ERROR, (
            "non è presente una route per il recapito",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.it-it:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange Online's directory-based edge blocking (DBEB), in Microsoft's Italian help on
        # NDR 550 5.4.1: the recipient's address is not valid in the receiving organization (the
        # 5.4.1 code alone would read a network fault; microsoft.dbeb is the English wording).
        Phrases("it.user-unknown-exchange-dbeb", C.USER_UNKNOWN, (
            "indirizzo del destinatario rifiutato: accesso negato",
        ), (
            "https://support.microsoft.com/it-it/topic/codice-di-errore-550-5-4-1-del-rapporto-"
            "di-mancato-recapito-indirizzo-del-destinatario-rifiutato-accesso-negato-c0e98a8e-8"
            "1db-49c2-9bf1-32a1734d3e77"
        )),
        # Outlook.com's Italian help on failed deliveries names the common bounce texts as the
        # recipient's provider words them: the mailbox not found or invalid, the domain lookup failed,
        # the connection timed out.
        Phrases("it.user-unknown-outlookcom", C.USER_UNKNOWN, (
            "mailbox non trovata", "mailbox non valida",
        ), "http://windows.microsoft.com/it-it/outlook/delivery-failed"),
        Phrases("it.host-unknown-outlookcom", C.HOST_UNKNOWN, (
            "domain lookup non riuscito",
        ), "http://windows.microsoft.com/it-it/outlook/delivery-failed"),
        Phrases("it.network-error-outlookcom", C.NETWORK_ERROR, (
            "time out della connessione",
        ), "http://windows.microsoft.com/it-it/outlook/delivery-failed"),
        # Microsoft's Italian help on Outlook.com bounces: "mailbox unavailable" is mostly the same as
        # "mailbox not found" (weak: it may also be a passing account problem).
        Phrases("it.user-unknown-weak-office", C.USER_UNKNOWN, (
            "cassetta postale non disponibile",
        ), ("https://support.office.com/it-it/article/la-posta-inviata-in-outlook-com-restituisce-un-"
            "messaggio-di-mancato-recapito-45e048ac-f7b1-4c0f-b525-081cb34f1062"), decisive=False),
        # Libero's and Virgilio's Italian help on frequent bounces: the mailbox reached its maximum
        # capacity (their wording for MAILBOX FULL / user quota exceeded).
        Phrases("it.mailbox-full-libero", C.MAILBOX_FULL, (
            "limite massimo di capienza",
        ), "https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email"),
        # OVHcloud's Italian guide to SMTP replies renders RFC 5321's texts in Italian: 420 timeout/connection problem.
        Phrases("it.network-error-ovh", C.NETWORK_ERROR, (
            "tempo superato, problema di connessione",
        ), "ovh/docs:pages/web/emails/diagnostic_advanced/guide.it-it.md"),
        # OVHcloud's Italian guide: 450/550 mailbox unavailable (weak: also a busy or locked mailbox).
        Phrases("it.user-unknown-weak-ovh", C.USER_UNKNOWN, (
            "casella di posta non disponibile",
            "casella email non disponibile",
        ), "ovh/docs:pages/web/emails/diagnostic_advanced/guide.it-it.md", decisive=False),
        # OVHcloud's Italian guide: 552 exceeded storage allocation.
        Phrases("it.mailbox-full-ovh", C.MAILBOX_FULL, (
            "spazio di storage superato",
        ), "ovh/docs:pages/web/emails/diagnostic_advanced/guide.it-it.md"),
        # OVHcloud's Italian guide: 452 insufficient system storage.
        Phrases("it.system-full-ovh", C.SYSTEM_FULL, (
            "sistema di archiviazione insufficiente",
        ), "ovh/docs:pages/web/emails/diagnostic_advanced/guide.it-it.md"),
        # OVHcloud's Italian guide: 554 no SMTP service here.
        Phrases("it.service-unavailable-weak-ovh", C.SERVICE_UNAVAILABLE, (
            "nessun servizio smtp qui",
        ), "ovh/docs:pages/web/emails/diagnostic_advanced/guide.it-it.md", decisive=False),
        # Adobe Campaign's Italian docs quote 'Dominio non valido' as a soft failure message: the address's domain is wrong or no longer exists (weak).
        Phrases("it.host-unknown-weak-adobe", C.HOST_UNKNOWN, (
            "dominio non valido",
        ), ("AdobeDocs/campaign-standard.it-IT:help/send"
            "ing/using/understanding-delivery-failures.md"), decisive=False),
        # Libero's Italian help renders USER UNKNOWN as 'the address you are writing to does not exist': the bare predicate, weak as English 'not exist' is (a domain can also not exist).
        Phrases("it.user-unknown-weak-libero", C.USER_UNKNOWN, (
            "non esiste",
        ), ("https://aiuto.libero.it/articolo/mail/messa"
            "ggi-di-errore-piu-frequenti-dopo-invio-email"), decisive=False),
        # Exchange's Italian NDR reference (Exchange 2013 docs), 5.3.5/5.4.6: a mail loop was detected (X.4.6 routing loop).
        Phrases("it.network-error-loop-exchange2013", C.NETWORK_ERROR, (
            "loop della posta",
            "ciclo di posta elettronica",
        ), ("MicrosoftDocs/OfficeDocs-Exchange-Test-pr.it-it:Exchange-Ser"
            "ver-2013/dsns-and-ndrs-in-exchange-2013-exchange-2013-help.md")),
        # Microsoft's localized help titled 'Mailbox quota exceeded' (AlchemyInsights).
        Phrases("it.mailbox-full-microsoft", C.MAILBOX_FULL, (
            "quota della cassetta postale superata",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.it"
            "-IT:AlchemyInsights/mailbox-quota-exceeded.md")),
        # Microsoft's localized help on 550 5.7.511 'Access denied, banned sender' (the sending IP or account is banned).
        Phrases("it.blocklisted-microsoft", C.BLOCKLISTED, (
            "mittente escluso",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.it-IT:AlchemyIn"
            "sights/ip-blocked-for-sending-too-much-spam-550-5-7-51.md")),
        # Microsoft 365's localized 451 4.7.0 'Temporary server error. Please try again later.' (PRX4): weak, as a reason may follow.
        Phrases("it.server-error-weak-microsoft", C.SERVER_ERROR, (
            "errore temporaneo del server",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.it-IT:"
            "AlchemyInsights/451-470-temporary-server-error.md"), decisive=False),
        # Microsoft's localized help on TLS deprecation: 451 5.7.3 'Must issue a STARTTLS command first'.
        Phrases("it.tls-required-microsoft", C.TLS_REQUIRED, (
            "emettere prima un comando starttls",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.it-IT:Al"
            "chemyInsights/issues-related-to-tls-deprecation.md")),
        # Microsoft's localized help on TLS deprecation: 421 4.4.2 'Connection dropped due to SocketError'.
        Phrases("it.network-error-microsoft-dropped", C.NETWORK_ERROR, (
            "connessione interrotta",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.it-IT:Al"
            "chemyInsights/issues-related-to-tls-deprecation.md")),
        # Microsoft's localized help on bulk mail delays: 432 4.3.21 'Mailbox server busy; mail intentionally delayed'.
        Phrases("it.service-unavailable-microsoft-busy", C.SERVICE_UNAVAILABLE, (
            "server della cassetta postale occupata",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.it-IT:"
            "AlchemyInsights/temporary-bulk-mail-flow-delay.md")),
        # Microsoft's localized help on NDR 5.4.6 / 5.4.14 'Hop count exceeded' (a routing loop).
        Phrases("it.network-error-microsoft-hop-count", C.NETWORK_ERROR, (
            "superamento del conteggio hop",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.it-"
            "IT:AlchemyInsights/error-546-5414-hop-count.md")),
        # Microsoft 365's localized help titled 'Daily email limit exceeded' (the sender over its daily sending limit).
        Phrases("it.rate-limited-daily-email", C.RATE_LIMITED, (
            "limite giornaliero di posta elettronica superato",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.it-I"
            "T:AlchemyInsights/daily-email-limit-exceeded.md")),
        # Microsoft's localized help title for 4.7.500 'Server busy, please try again later' (weak: Exchange Online's code reads it as a reputation throttle).
        Phrases("it.service-unavailable-weak-microsoft-busy", C.SERVICE_UNAVAILABLE, (
            "server occupato, riprovare",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.it-IT:AlchemyInsights/antis"
            "pam-4-7-500-server-busy-please-try-again-later-from-xxx-xxx-xxx-xxx.md"), decisive=False),
        # Microsoft's localized help title for 550 5.7.501 'Access denied, spam abuse detected' (the sending account is banned for spam, as microsoft.spam-abuse reads the English).
        Phrases("it.blocklisted-microsoft-spam-abuse", C.BLOCKLISTED, (
            "rilevato abuso di posta indesiderata",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.it-IT:AlchemyInsigh"
            "ts/error-code-550-5-7-501-access-denied-spam-abuse-detected.md")),
        # Microsoft's localized help title for 550 5.7.708 'Access denied, traffic not accepted from this IP' (a poorly reputed IP, as the 5.7.7xx code rule reads it).
        Phrases("it.reputation-microsoft-traffic", C.REPUTATION, (
            "traffico non accettato da questo ip",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.it-IT:AlchemyInsights/antispa"
            "m-550-5-7-708-service-unavailable-access-denied-traffic-not-accepted.md")),
        # Microsoft's Italian help title for 5.7.750 'Client blocked from sending from unregistered domain' (the 5.7.7xx code rule reads it as reputation).
        Phrases("it.reputation-microsoft-unregistered-domain", C.REPUTATION, (
            "invio da un dominio non registrato",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.it-IT:AlchemyInsights/"
            "5-7-750-service-unavailable-client-blocked-from-sending-from-unregistered-d.md")),
        # Microsoft's Italian help on Exchange Online's receiving limit: senders get an NDR (5.2.121/5.2.122) saying the mailbox exceeded its maximum delivery threshold.
        Phrases("it.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "vengono limitate per i successivi",
            "superato la soglia di recapito massima",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.it-IT:AlchemyInsights/mailbox-receiving-limit.md"),
        # Microsoft's Italian help title: the account restricted because it sent too much spam (5.1.8, the sender blocked).
        Phrases("it.sender-rejected-exchange-spam", C.SENDER_REJECTED, (
            "ha inviato troppi messaggi di posta indesiderata",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.it-IT:AlchemyInsights/sender-blocked-for-sending-too-much-spam.md"),
        # Microsoft's localized help title for 550 5.7.705 'Access denied, tenant has exceeded threshold' (the 5.7.7xx block the code rule reads as reputation).
        Phrases("it.reputation-microsoft-tenant-threshold", C.REPUTATION, (
            "il tenant ha superato la soglia",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.it-IT:AlchemyInsights/er"
            "ror-code-550-5-7-705-access-denied-tenant-has-exceeded-threshold.md")),
        # Microsoft's Italian help on SMTP AUTH: 5.7.57 'Client not authenticated' (weak).
        Phrases("it.auth-required-weak-microsoft", C.AUTH_REQUIRED, (
            "client non autenticato",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.it-IT:Al"
            "chemyInsights/solving-smtp-authentication-issues.md"), decisive=False),
        # Contactlab's Italian table of bounce classes: the mailbox exists but accepts no messages (X.2.1); the user's mailbox is full; refused for the sending IP's or domain's reputation; a personal filter of the recipient blocks the sender.
        Phrases("it.mailbox-disabled-contactlab", C.MAILBOX_DISABLED, (
            "esiste ma non accetta messaggi",
        ), "https://docs.contactlab.com/it/docs/guides/send/analyse/bounces-email-and-sms"),
        # Contactlab's Italian table: Mailbox full, 'the user's mailbox is full'.
        Phrases("it.mailbox-full-contactlab", C.MAILBOX_FULL, (
            "casella di posta dell’utente è piena",
        ), "https://docs.contactlab.com/it/docs/guides/send/analyse/bounces-email-and-sms"),
        # Contactlab's Italian table: Reputation block, refused for the reputation of the sending IP or domain.
        Phrases("it.reputation-contactlab", C.REPUTATION, (
            "problemi di reputazione",
        ), "https://docs.contactlab.com/it/docs/guides/send/analyse/bounces-email-and-sms"),
        # Contactlab's Italian table: Recipient Block Policy, the recipient's own filter blocks the sender's address or domain.
        Phrases("it.policy-violation-contactlab", C.POLICY_VIOLATION, (
            "filtro personale che blocca",
        ), "https://docs.contactlab.com/it/docs/guides/send/analyse/bounces-email-and-sms"),
        # K-9 / Thunderbird for Android status says "Errore di connessione"
        Phrases("it.network-error-weak-k9", C.NETWORK_ERROR, ("errore di connessione",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-it/strings.xml"),
                decisive=False),
        # K-9 account setup says "Errore di rete. Controlla lo stato della tua connessione"
        Phrases("it.network-error-weak-k9-setup", C.NETWORK_ERROR, ("errore di rete",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/setup/src/main/res/values-it/strings.xml"),
                decisive=False),
        # K-9 server check says "Errore di autenticazione"
        Phrases("it.auth-failed-weak-k9", C.AUTH_FAILED, ("errore di autenticazione",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/server/validation/src/main/res/values-it/strings.xml"),
                decisive=False),
        # Geary, when it cannot reach the server, asks to check the network
        Phrases("it.network-error-geary", C.NETWORK_ERROR, ("impossibile connettersi",),
                "GNOME/geary:po/it.po", decisive=False),
        # Geary says an incorrect login or password, check your sending login and password
        Phrases("it.auth-failed-geary", C.AUTH_FAILED, ("controllare indirizzo email e password",
            "password non corrett", "credenziali di accesso in invio",
        ),
                "GNOME/geary:po/it.po"),
        # Delta Chat cannot log in and asks to check the address and the password
        Phrases("it.auth-failed-deltachat", C.AUTH_FAILED, ("la password siano corrett",),
                "deltachat/deltachat-android:src/main/res/values-it/strings.xml"),
        # Delta Chat reports no internet connection (and so a failed login)
        Phrases("it.network-error-deltachat", C.NETWORK_ERROR, ("nessuna connessione internet",),
                "deltachat/deltachat-android:src/main/res/values-it/strings.xml"),
        # GNOME Online Accounts' mail setup errors, server does not support STARTTLS, TLS not available
        Phrases("it.tls-required-goa", C.TLS_REQUIRED, (
            "non supporta starttls", "tls non disponibile",
        ),
                "GNOME/gnome-online-accounts:po/it.po"),
        # GNOME Online Accounts' mail setup errors, unknown authentication mechanism, failed
        Phrases("it.auth-failed-goa", C.AUTH_FAILED, ("meccanismo di autenticazione sconosciuto",),
                "GNOME/gnome-online-accounts:po/it.po"),
        # fetchmail keeps the message, the SMTP server requires STARTTLS, TLS is mandatory
        Phrases("it.tls-required-fetchmail", C.TLS_REQUIRED, (
            "server smtp richiede starttls", "tls è obbligatorio per questa sessione",
        ),
                "Distrotech/fetchmail:po/it.po"),
        # fetchmail timed out waiting to connect to the server
        Phrases("it.network-error-fetchmail", C.NETWORK_ERROR, (
            "attesa della connessione al server",
        ),
                "Distrotech/fetchmail:po/it.po"),
        # fetchmail's SMTP listener refused the recipient address (weak, the reason follows)
        Phrases("it.user-unknown-weak-fetchmail", C.USER_UNKNOWN, (
            "non gradisce l'indirizzo di destinatario", "rifiutato gli indirizzi dei destinatari locali",
        ),
                "Distrotech/fetchmail:po/it.po", decisive=False),
        # K-9's account check (before Nov 2023), the username or password is incorrect
        Phrases("it.auth-failed-k9-check", C.AUTH_FAILED, ("nome utente o password errati",),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-it/strings.xml"),
        # K-9's account check (before Nov 2023), the server presented an invalid SSL certificate
        Phrases("it.tls-required-k9-check", C.TLS_REQUIRED, ("certificato ssl non valido",),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-it/strings.xml"),
        # Geary's untrusted-connection dialog, the server's TLS certificate is unsigned, expired or mismatched
        Phrases("it.tls-required-geary", C.TLS_REQUIRED, ("certificato del server non è stato attivato", "è considerato non sicuro", "è stato revocato e non è più valido",
            "non è firmato da alcuna autorità", "certificato del server è scaduto", "non corrisponde all'identità del certificato",
        ),
                "GNOME/geary:po/it.po"),
        # K-9 / Thunderbird for Android notification says "Certificate error" (weak)
        Phrases("it.tls-required-weak-k9", C.TLS_REQUIRED, ("errore certificato",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-it/strings.xml"),
                decisive=False),
        # GNOME Online Accounts' TLS errors, the signing certificate authority is unknown, expired
        Phrases("it.tls-required-goa-certificate", C.TLS_REQUIRED, (
            "autorità di certificazione è sconosciuta", "il certificato è scaduto",
        ),
                "GNOME/gnome-online-accounts:po/it.po"),
        # GNOME Online Accounts' TLS error "Invalid certificate" (weak)
        Phrases("it.tls-required-weak-goa", C.TLS_REQUIRED, ("certificato non valido",),
                "GNOME/gnome-online-accounts:po/it.po", decisive=False),
        # GNOME Online Accounts, the server refused the password for the username
        Phrases("it.auth-failed-goa-password", C.AUTH_FAILED, (
            "password non valida per il nome utente",
        ),
                "GNOME/gnome-online-accounts:po/it.po"),
        # fetchmail's authentication-failed notice and unknown login or authentication error
        Phrases("it.auth-failed-fetchmail", C.AUTH_FAILED, (
            "errore sconosciuto di login o di autenticazione",
        ),
                "Distrotech/fetchmail:po/it.po"),
        # Evolution's SMTP errors, STARTTLS not supported or failed, secure connection failed
        Phrases("it.tls-required-evolution-smtp", C.TLS_REQUIRED, ("starttls non supportato",),
                "GNOME/evolution-data-server:po/it.po"),
        # Evolution's SMTP errors, the AUTH command failed, no support for the mechanism
        Phrases("it.auth-failed-evolution-smtp", C.AUTH_FAILED, ("comando auth non riuscito",),
                "GNOME/evolution-data-server:po/it.po"),
        # Evolution's SMTP error when MAIL FROM fails (weak, the server's reason follows)
        Phrases("it.sender-rejected-weak-evolution-smtp", C.SENDER_REJECTED, (
            "comando mail from non riuscito",
        ),
                "GNOME/evolution-data-server:po/it.po", decisive=False),
        # SquirrelMail's it_IT translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("it.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "password di transizione",
            "meccanismo di autenticazione è insufficiente",
        ), "sitle/squirrelmail-src:locales/locale/it_IT/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's it_IT translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("it.system-full-squirrelmail", C.SYSTEM_FULL, (
            "spazio di memorizzazione insufficiente",
        ), "sitle/squirrelmail-src:locales/locale/it_IT/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's it_IT translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("it.bad-sequence-squirrelmail", C.BAD_SEQUENCE, (
            "sequenza di comandi errata",
        ), "sitle/squirrelmail-src:locales/locale/it_IT/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's it_IT translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("it.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "richiesta la criptazione per questo meccanismo",
        ), "sitle/squirrelmail-src:locales/locale/it_IT/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's it_IT translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("it.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "eccede lo spazio per la memorizzazione",
        ), "sitle/squirrelmail-src:locales/locale/it_IT/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's it_IT translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("it.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "nome di mailbox non permesso",
        ), "sitle/squirrelmail-src:locales/locale/it_IT/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's it_IT translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("it.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "transazione fallita",
        ), "sitle/squirrelmail-src:locales/locale/it_IT/LC_MESSAGES/squirrelmail.po", decisive=False),
        # .NET's SmtpStatusCode reference (it-it): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("it.bad-sequence-dotnet-docs", C.BAD_SEQUENCE, (
            "non sono stati inviati nella sequenza corretta",
        ), "https://learn.microsoft.com/it-it/dotnet/api/system.net.mail.smtpstatuscode"),
        # .NET's SmtpStatusCode reference (it-it): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("it.not-implemented-weak-dotnet-docs", C.NOT_IMPLEMENTED, (
            "non implementa il comando specificato",
            "non implementa il parametro di comando",
        ), "https://learn.microsoft.com/it-it/dotnet/api/system.net.mail.smtpstatuscode", decisive=False),
        # .NET's SmtpStatusCode reference (it-it): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("it.syntax-error-dotnet-docs", C.SYNTAX_ERROR, (
            "non riconosce il comando specificato",
        ), "https://learn.microsoft.com/it-it/dotnet/api/system.net.mail.smtpstatuscode"),
        # Geary, when the server refuses the login, asks to check the receiving login and password
        Phrases("it.auth-failed-geary-receiving", C.AUTH_FAILED, (
            "credenziali di accesso in ricezione",
        ),
                "GNOME/geary:po/it.po"),
        # ezmlm-idx's translated refusals of a post from a non-subscriber (TXT_ONLY_SUBSCRIBERS) and
        # from a poster the owner blocked (TXT_REJECT_POSTS).
        Phrases("it.sender-rejected-ezmlm", C.SENDER_REJECTED, (
            "solo gli iscritti possono spedire",
            "chiesto di rifiutare i tuoi messaggi",
        ), "bruceg/ezmlm-idx:lang/it/messages"),
        # ezmlm-idx's translated ERR_MAX_SIZE: the post is larger than the list's limit.
        Phrases("it.message-too-large-ezmlm", C.MESSAGE_TOO_LARGE, (
            "non accetto messaggi con più di",
        ), "bruceg/ezmlm-idx:lang/it/messages"),
        # ezmlm-idx's translated ERR_NO_ADDRESS: the list address is not in To: or Cc: (an implicit
        # destination).
        Phrases("it.policy-violation-ezmlm", C.POLICY_VIOLATION, (
            "mi è stato chiesto di rigettare questo messaggio",
            "indirizzo della lista dev'essere in",
        ), "bruceg/ezmlm-idx:lang/it/messages"),
        # ezmlm-idx's translated ERR_NO_SUBJECT and ERR_MIN_SIZE: the post's form is refused (no
        # subject, too short).
        Phrases("it.content-rejected-ezmlm", C.CONTENT_REJECTED, (
            "le parti mime non consentite",
            "non accetto messaggi senza oggetto",
            "non accetto messaggi più corti di",
        ), "bruceg/ezmlm-idx:lang/it/messages"),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("it.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "rifiutata dal moderatore",
        ), "jaredmauch/mailman2-python3:templates/it/refuse.txt"),
        # mlmmj's translated listtexts: the post matched an access rule the list's administrator set
        # (access) and mlmmj's translated listtexts: the list address is in neither To: nor Cc: (notintocc)
        Phrases("it.policy-violation-mlmmj", C.POLICY_VIOLATION, (
            "rifiutato a causa di una regola",
            "indirizzo della lista deve essere contenuto",
        ), "neonkore/MLmmj:listtexts/it/access; neonkore/MLmmj:listtexts/it/notintocc"),
        # mlmmj's translated listtexts: the poster's address is not subscribed, and only subscribers
        # may post (subonlypost)
        Phrases("it.sender-rejected-mlmmj", C.SENDER_REJECTED, (
            "solo gli iscritti possono inviare",
            "una lista riservata agli",
        ), "neonkore/MLmmj:listtexts/it/subonlypost"),
        # Sympa's translated reject.tt2 and delivery status notification: the moderator rejected the
        # post, or it was forwarded to the moderators for approval.
        Phrases("it.policy-violation-sympa", C.POLICY_VIOLATION, (
            "rifiutato dal moderatore",
            "inoltrato ai moderatori",
        ), "sympa-community/sympa:po/sympa/it.po"),
        # Mailman 2's translated reasons not yet read: a post the moderator deemed inappropriate, the
        # Bcc refusal (implicit destinations not allowed), a suspicious header.
        Phrases("it.policy-violation-mailman-inappropriate", C.POLICY_VIOLATION, (
            "giudicato inappropriato dal moderatore",
            "destinatari impliciti non sono permessi",
            "messaggio ha un campo sospetto",
        ), "jaredmauch/mailman2-python3:messages/it/LC_MESSAGES/mailman.po"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("it.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "trattenuto in attesa che il moderatore",
        ), "jaredmauch/mailman2-python3:templates/it/postheld.txt"),
        # Sympa's translated delivery status notification: the post is over the list's maximum size.
        Phrases("it.message-too-large-sympa-dsn", C.MESSAGE_TOO_LARGE, (
            "supera la dimensione massima consentita",
        ), "sympa-community/sympa:po/sympa/it.po"),
        # Sympa's translated send-scenario refusals: distribution in the list not allowed, or restricted
        # (to moderators).
        Phrases("it.sender-rejected-sympa-distribution", C.SENDER_REJECTED, (
            "distribuzione di messaggi in questa lista non è permessa",
        ), "sympa-community/sympa:po/sympa/it.po"),
        # Sympa's translated refusal of a MIME multipart post.
        Phrases("it.content-rejected-sympa", C.CONTENT_REJECTED, (
            "messaggi in più parti non sono permessi",
        ), "sympa-community/sympa:po/sympa/it.po"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, SpamDetect.py): emergency hold
        # of all list traffic, a header filter rule matched, a post to a moderated newsgroup.
        Phrases("it.policy-violation-mailman-filter", C.POLICY_VIOLATION, (
            "inviato ad un gruppo moderato",
            "sospensione di emergenza",
            "a causa di una regola di filtro",
        ), "jaredmauch/mailman2-python3:messages/it/LC_MESSAGES/mailman.po"),
        # Mailman 3's list:user:notice:rejected (and refuse) template: the post was rejected, its reasons
        # listed after (weak: a listed reason's own wording decides).
        Phrases("it.policy-violation-mailman3-rejected", C.POLICY_VIOLATION, (
            "respinto per le seguenti ragioni",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/templates/it/list:user:notice:rej"
            "ected.txt"
        ), decisive=False),
        # Mailman 3's list:user:notice:hold template: the post is held for the moderator's approval.
        Phrases("it.policy-violation-mailman3-hold", C.POLICY_VIOLATION, (
            "in stato di attesa fino a quando",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/templates/it/list:user:notice:hol"
            "d.txt"
        )),
        # Sympa's translated hint beside a subscribers-only refusal: the poster may be subscribed under
        # another address (weak: alone it only hints that the sender is not a subscriber).
        Phrases("it.sender-rejected-sympa-other-address", C.SENDER_REJECTED, (
            "iscritto alla lista con un diverso indirizzo",
        ), "sympa-community/sympa:po/sympa/it.po", decisive=False),
        # Mailman 3's no_subject rule: the post has no subject.
        Phrases("it.content-rejected-mailman3-core", C.CONTENT_REJECTED, (
            "estensione del file nel messaggio",
            "il messaggio non ha oggetto",
        ), "osstech-jp/mailman:src/mailman/messages/it/LC_MESSAGES/mailman.po"),
        # Mailman 3's list:user:notice:rejected template: the post was rejected, its reasons listed after
        # (weak: a listed reason's own wording decides).
        Phrases("it.policy-violation-mailman3-reasons", C.POLICY_VIOLATION, (
            "rifiutato per i seguenti motivi",
        ), "osstech-jp/mailman:src/mailman/templates/it/list:user:notice:rejected.txt", decisive=False),
        # Odoo's mail server test: "Il server ha rifiutato l'indirizzo del mittente (<from>) con
        # l'errore" (The server refused the sender address).
        Phrases("it.sender-rejected-odoo", C.SENDER_REJECTED, (
            "ha rifiutato l'indirizzo del mittente",
        ), "odoo/odoo:odoo/addons/base/i18n/it/LC_MESSAGES/code.po"),
        # Odoo's mail server test: "Il tuo server non sembra supportare SSL, invece potresti voler
        # provare STARTTLS".
        Phrases("it.tls-required-odoo", C.TLS_REQUIRED, (
            "non sembra supportare ssl",
        ), "odoo/odoo:odoo/addons/base/i18n/it/LC_MESSAGES/code.po"),
        # Trojitá's SMTP sender (src/MSA/SMTP.cpp), translated: "Cannot send message due to an
        # SSL/TLS error" ("Impossibile inviare il messaggio a causa di un errore SSL/TLS").
        Phrases("it.tls-required-trojita", C.TLS_REQUIRED, (
            "a causa di un errore ssl/tls",
        ), "jktjkt/trojita:po/it/trojita_common.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("it.tls-required-claws", C.TLS_REQUIRED, (
            "handshake ssl/tls fallito",
            "il certificato ssl/tls non è valido",
        ), "eworm-de/claws-mail:po/it.po"),
        # Sylpheed's translated "SSL certificate verify failed" (the server's certificate did not verify).
        Phrases("it.tls-required-sylpheed-ssl", C.TLS_REQUIRED, (
            "verifica del certificato ssl fallita",
        ), "sylpheed-mail/sylpheed:po/it.po"),
        # EspoCRM's 'Invalid credentials.' (Email messages.invalidCredentials), shown when the SMTP server refuses the login
        Phrases("it.auth-failed-espocrm", C.AUTH_FAILED, (
            "credenziali non valide",
        ), "espocrm/espocrm:application/Espo/Resources/i18n/it_IT/Email.json"),
        # phpList's translated notice that a campaign was suspended because the message is too large
        Phrases("it.message-too-large-phplist", C.MESSAGE_TOO_LARGE, (
            "troppo grande",
        ), "phpList/phplist3:public_html/lists/admin/locale/it/phplist.po", decisive=False),
        # Post SMTP's connectivity test: no outbound route on the port, a firewall between the site and the Internet, no mail service on that port
        Phrases("it.network-error-post-smtp", C.NETWORK_ERROR, (
            "nessun percorso in uscita", "ha inserito un firewall",
            "non fornisce il servizio su questa porta",
        ), "wpexpertsio/Post-SMTP:Postman/languages/postman-smtp-it_IT.po"),
        # Zammad's email-channel probe 'Authentication not possible (not offered by the service)': the server offers no AUTH
        Phrases("it.not-implemented-zammad", C.NOT_IMPLEMENTED, (
            "non fornita dal servizio",
        ), "zammad/zammad:i18n/zammad.it-it.po"),
        # Joomla's Italian PHPMailer strings (PHPMAILER_*)
        Phrases("it.auth-failed-joomla", C.AUTH_FAILED, (
            "impossibile autenticare",
        ), "ggenovino/it-IT_joomla_lang_full_4.0.0-rc4v1:language/it-IT/joomla.ini"),
        # Joomla's Italian PHPMailer strings (PHPMAILER_*)
        Phrases("it.network-error-joomla", C.NETWORK_ERROR, (
            "connessione smtp fallita",
        ), "ggenovino/it-IT_joomla_lang_full_4.0.0-rc4v1:language/it-IT/joomla.ini"),
        # Joomla's Italian PHPMailer strings (PHPMAILER_*)
        Phrases("it.sender-rejected-joomla", C.SENDER_REJECTED, (
            "indirizzo del mittente non è valido",
        ), "ggenovino/it-IT_joomla_lang_full_4.0.0-rc4v1:language/it-IT/joomla.ini"),
        # Joomla's Italian PHPMailer strings (PHPMAILER_*)
        Phrases("it.user-unknown-joomla", C.USER_UNKNOWN, (
            "indirizzo del ricevente non è valido",
        ), "ggenovino/it-IT_joomla_lang_full_4.0.0-rc4v1:language/it-IT/joomla.ini", decisive=False),
        # Joomla's Italian PHPMailer strings (PHPMAILER_*)
        Phrases("it.tls-required-joomla", C.TLS_REQUIRED, (
            "non è stato possibile avviare il tls",
        ), "ggenovino/it-IT_joomla_lang_full_4.0.0-rc4v1:language/it-IT/joomla.ini"),
        # phpBB's Italian messenger errors: no supported AUTH method
        Phrases("it.auth-failed-phpbb", C.AUTH_FAILED, (
            "metodo di autenticazione non supportato",
        ), "phpbb-store/PhpBB-Italian-Language:language/it/common.php"),
        # Joomla's (a site's installed packs') Italian PHPMailer strings (PHPMAILER_*)
        Phrases("it.auth-failed-joomla3-naka211", C.AUTH_FAILED, (
            "non è stato possibile autenticare",
        ), "naka211/compac:administrator/language/it-IT/it-IT.ini"),
        # Joomla's (a site's installed packs') Italian PHPMailer strings (PHPMAILER_*)
        Phrases("it.sender-rejected-joomla3-naka211", C.SENDER_REJECTED, (
            "fallito l'invio con il seguente indirizzo mittente",
        ), "naka211/compac:administrator/language/it-IT/it-IT.ini"),
        # Joomla's (a site's installed packs') Italian PHPMailer strings (PHPMAILER_*)
        Phrases("it.user-unknown-joomla3-naka211", C.USER_UNKNOWN, (
            "sono falliti i seguenti destinatari",
        ), "naka211/compac:administrator/language/it-IT/it-IT.ini", decisive=False),
        # Joomla's (a site's installed packs') Italian PHPMailer strings (PHPMAILER_*)
        Phrases("it.network-error-joomla3-naka211", C.NETWORK_ERROR, (
            "non è stato possibile connettersi all'host smtp",
        ), "naka211/compac:administrator/language/it-IT/it-IT.ini"),
        # Roma Tre's guide to error messages: 'Delivery time expired' is "nonostante vari tentativi
        # non è stato possibile recapitare il messaggio".
        Phrases("it.expired-uniroma3", C.EXPIRED, ("nonostante vari tentativi",),
                "https://www.uniroma3.it/servizi/servizi-al-personale/servizi-informatici-e-telematici/"
                "posta-elettronica-di-ateneo/guida-ai-messaggi-di-errore/"),
        # Libero's (and Virgilio's) help: 'Routing server failure' "si verifica quando il dominio
        # (ciò che si trova dopo il simbolo "@") non esiste".
        Phrases("it.host-unknown-libero-routing", C.HOST_UNKNOWN, ("si verifica quando il dominio",),
                "https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email"),
        # Falconyte's Italian guide to 5.7.1: "Errore di autenticazione SPF".
        Phrases("it.sender-unauthenticated-falconyte", C.SENDER_UNAUTHENTICATED, ("errore di autenticazione spf",),
                "https://falconyte.com/it/help/bounce-codes/5-7-1-delivery-not-authorized"),
        # Tutto sulla posta elettronica on blacklists: if the sending server "è finito in una di
        # queste liste" or its IP "è inserito in una di queste liste", the mail is refused.
        Phrases("it.blocklisted-tuttosulla", C.BLOCKLISTED, (
            "finito in una di queste liste", "inserito in una di queste liste",
        ), "https://tuttosullapostaelettronica.it/blog/?p=1194", decisive=False),
        # AVA Hosting on '550 Relay Not Permitted': relaying a message "da una terza parte senza
        # autorizzazione".
        Phrases("it.relay-denied-ava", C.RELAY_DENIED, ("da una terza parte senza autorizzazione",),
                "https://ava.hosting/it/faq/15568"),
        # iCloud Mail's Italian alerts past the sending limits, as iPhoneItalia quotes them ('l'invio del messaggio non è riuscito perché hai superato il limite di invio').
        Phrases("it.rate-limited-icloud", C.RATE_LIMITED, (
            "superato il limite di invio",
        ), "https://mac.iphoneitalia.com/?p=84327"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("it.rate-limited-sogo", C.RATE_LIMITED, (
            "inviato troppe email",
        ), "Alinto/sogo:UI/MailerUI/Italian.lproj/Localizable.strings"),
        # MailScanner's spam bounce (sender.spam.report): unsolicited commercial e-mail refused.
        Phrases("it.spam-content-mailscanner-uce", C.SPAM_CONTENT, (
            "commerciale non richiesta",
            "commerciali non richieste",
        ), _MAILSCANNER + "sender.spam.report.txt"),
        # Virgilio's help on frequent DSNs: 'other or undefined network or routing status', a temporary remote problem of the network or mail system.
        Phrases("it.network-error-virgilio", C.NETWORK_ERROR, (
            "problema remoto sulla rete",
        ), "https://aiuto.virgilio.it/?p=313"),
        # Kopano's MAPI error text (m4lcommon/Util.cpp, MAPI_E_STORE_FULL), translated: the message store has reached its maximum size.
        Phrases("it.mailbox-full-kopano", C.MAILBOX_FULL, (
            "cassetta di posta ha raggiunto la dimensione massima",
        ), "Kopano-dev/kopano-core:po/it.po"),
        # Kopano spooler's NDR text (spooler/Spooler.cpp), translated: a fatal error while processing the message, Kopano cannot send it.
        Phrases("it.server-error-kopano", C.SERVER_ERROR, (
            "errore irreversibile durante l'elaborazione del messaggio",
        ), "Kopano-dev/kopano-core:po/it.po"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("it.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("connessione al server",),
            ("non riuscita", "reimpostata", "fuori tempo massimo"),
        ), "thunderbird/thunderbird-l10n:it/mail/chrome/messenger/messenger.properties", window=60),
        # Adobe Campaign's Italian docs on delivery failures ("la cassetta postale di questo utente è
        # piena e non può accettare altri messaggi") and Outlook.com's Italian help ("La casella di
        # posta in arrivo del destinatario contiene troppi messaggi"): a mailbox that is full; also
        # Microsoft's Italian Alchemy Insights note on 554 5.2.2 ("la quota della cassetta postale
        # ... non sia stata raggiunta").
        Together("it.together-mailbox-full", C.MAILBOX_FULL,
                 (("casella", "cassetta postale", "mailbox"),
                  ("pien", "contiene troppi", "capienza", "satur", "spazio esaurit", "quota della")),
                 "AdobeDocs/campaign-standard.it-IT:help/sending/using/understanding-delivery-failures.md",
                 window=60),
        # The same Adobe page on a disabled account: "se l'account è temporaneamente disattivato a
        # causa di sei mesi di inattività ... l'account è disattivato in modo permanente".
        Together("it.together-mailbox-disabled", C.MAILBOX_DISABLED,
                 (("account", "casella", "cassetta postale", "utenza"),
                  ("disattivat", "disabilitat", "sospes", "inattiv")),
                 "AdobeDocs/campaign-standard.it-IT:help/sending/using/understanding-delivery-failures.md"),
        # newsletterstudio.it's Italian glosses of Gmail's SMTP replies: "Impossibile eseguire
        # l'autenticazione a causa di un problema temporaneo con il sistema"; authentication that
        # could not be done, failed or was refused.
        Together("it.together-auth-failed", C.AUTH_FAILED,
                 (("autenticazione",), ("impossibile", "non riuscit", "fallit", "non valid")),
                 "https://newsletterstudio.it/errori-smtp.php"),
        # Fabrizio Fumagalli's Italian notes on SMTP status codes: "un problema di connessione con
        # il server SMTP remoto, causato da un blocco via firewall"; a connection to the remote
        # server that failed, was cut or timed out.
        Together("it.together-network-error", C.NETWORK_ERROR,
                 (("connessione", "server remoto", "server smtp remoto"),
                  ("problema di", "interrott", "scadut", "timeout", "time out")),
                 "https://sites.google.com/fabrizio-online.it/fabriziofumagalli/informatica/"
                 "smtp-error-status"),
        # Exchange Online's Italian NDR help on the submission quota: "il destinatario ha superato il
        # limite di frequenza (10.000 destinatari al giorno)"; a limit or quota per day or hour.
        Together("it.together-rate-limited", C.RATE_LIMITED,
                 (("limite", "quota"),
                  ("al giorno", "all'ora", "per ora", "di frequenza", "giornalier", "orari")),
                 "https://learn.microsoft.com/it-it/Exchange/mail-flow-best-practices/"
                 "non-delivery-reports-in-exchange-online/fix-error-for-submission-quota-exceeded-in-"
                 "exchange-online"),
        # Microsoft's Italian Alchemy Insights note on 550 5.7.511 ("IP bloccato per l'invio di troppi
        # messaggi di posta indesiderata", "elenco Mittenti bloccati"); a sending IP or sender that
        # is blocked or on a block list.
        Together("it.together-blocklisted", C.BLOCKLISTED,
                 (("indirizzo ip", "ip", "mittent"),
                  ("bloccat", "lista nera", "blacklist", "vietat")),
                 "isabella232/OfficeDocs-AlchemyInsights-pr.it-IT:AlchemyInsights/ip-blocked-for-sending-too-much-spam-550-5-7-51.md"),
        # fetchmail's "<protocol> connection to <host> failed", the host between the words
        Together("it.together-network-error-fetchmail", C.NETWORK_ERROR, (
            ("connessione a",),
            ("fallita",),
        ), "Distrotech/fetchmail:po/it.po", window=60),
    ),
)
