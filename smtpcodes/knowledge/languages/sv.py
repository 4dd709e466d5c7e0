"""Swedish (sv): wordings of Swedish bounce notices and bounce-reason labels and of the SMTP error
messages that mail clients show in Swedish. Sources: GoDaddy's Swedish bounce table, Swedish
newsletter services' bounce labels (Multinet EditNews, Styrelseproffset), Thunderbird's and
Roundcube's Swedish SMTP error strings and PHPMailer's Swedish language file.
Also: Thunderbird's composeMsgs.properties, Evolution's translated RFC 5321 reply texts
(GNOME/evolution-data-server po/), MailScanner's localized sender notices (MailScanner/v5
reports/).
Also: glibc's translated strerror and resolver texts (bminor/glibc po/), Zimbra's
web-client errors (Zimbra/zm-ajax ZMsg), SOGo's send errors (Alinto/sogo UI/MailerUI), Mailman
2's refusals, MailScanner's attachment refusals, Evolution's RFC 5321 reply texts.
Also: IMP webmail's translated recipient-limit refusal (horde/imp locale/).
Also: Sympa's delivery status notifications (sympa-community/sympa po/sympa/).
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/).
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_THUNDERBIRD = (
    "thunderbird/thunderbird-l10n:sv-SE/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_ROUNDCUBE = "roundcube/roundcubemail:program/localization/sv_SE/messages.inc"
_PHPMAILER = "PHPMailer/PHPMailer:language/phpmailer.lang-sv.php"
_SE_GODADDY_COM = "https://se.godaddy.com/help/vad-ar-en-e-postavvisning-3568"
_SUPPORT_MULTINET_SE = (
    "https://support.multinet.se/sv-SE/support/solutions/articles/"
    "12000068538-mjuka-och-harda-studsar"
)

_EVO_PO = "GNOME/evolution-data-server:po/sv.po"
_MAILSCANNER = "MailScanner/v5:common/usr/share/MailScanner/reports/se/"
_RC_L10N = "roundcube/roundcubemail:program/localization/sv_SE/messages.inc"
_TB_L10N = (
    "thunderbird/thunderbird-l10n:sv-SE/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)

_GMAIL_CODES_SV = (
    "https://support.google.com/a/answer/3726730?utm_source=thenewsletternewsletter"
    "&utm_medium=website&utm_campaign=100623"
)

LANGUAGE = Language(
    code="sv",
    name="Swedish",
    phrases=(
        # MailScanner's notice to the sender of a message deleted as spam for its content and its sending server (sender.spam.report.txt).
        Phrases("sv.spam-content-mailscanner-report", C.SPAM_CONTENT, (
            "accepterar inte skräppost",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/se/sender.spam.report.txt"),
        # MailScanner's notice put in place of an attachment found infected by a virus.
        Phrases("sv.virus-mailscanner-replaced", C.VIRUS, (
            "verifierats som virussmittad",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/se/deleted.virus.message.txt"),
        # MailScanner's notice put in place of an attachment of a type this site does not accept (deleted.filename.message.txt).
        Phrases("sv.content-rejected-mailscanner-replaced", C.CONTENT_REJECTED, (
            "är av en typ som inte godkänns",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/se/deleted.filename.message.txt"),
        # Thunderbird's account setup errors (accountCreationModel.properties): unable to log in
        # at the server, probably a wrong configuration, username or password.
        Phrases("sv.auth-failed-thunderbird-setup", C.AUTH_FAILED, (
            "kan inte logga in på servern",
        ), ("thunderbird/thunderbird-l10n:sv-SE/mail/chrome/messenger/accountCreationModel.pr"
            "operties")),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("sv.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "kan inte hitta någon server",
        ), ("thunderbird/thunderbird-l10n:sv-SE/mail/chrome/messenger/accountCreationModel.pr"
            "operties")),
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write.
        Phrases("sv.network-error-mutt-po-connect", C.NETWORK_ERROR, (
            "kunde inte ansluta till",
        ), "muttmua/mutt:po/sv.po"),
        # Mutt's authentication errors (po/): anonymous, CRAM-MD5, GSSAPI, SASL or APOP
        # authentication failed, LOGIN disabled on the server, login failed.
        Phrases("sv.auth-failed-mutt-po", C.AUTH_FAILED, (
            "verifiering misslyckades", "login inaktiverat på den här servern",
            "autentiseringen misslyckades",
        ), "muttmua/mutt:po/sv.po"),
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write.
        Phrases("sv.network-error-mutt-po", C.NETWORK_ERROR, (
            "översteg tidsgränsen", "återanslutningen misslyckades", "kunde inte hitta värden",
            "servern stängde förbindelsen", "fel vid anslutning till server",
            "smtp-session misslyckades",
        ), "muttmua/mutt:po/sv.po"),
        # Mutt's TLS errors (po/): TLS could not be negotiated, no encrypted connection, SSL
        # failed, the server certificate expired, untrusted or not matching the host name, its
        # verification failed.
        Phrases("sv.tls-required-mutt-po", C.TLS_REQUIRED, (
            "kunde inte förhandla fram tls-anslutning", "krypterad anslutning otillgänglig",
            "ssl misslyckades", "certifikatvärdkontroll misslyckades",
            "servercertifikat har utgått", "servercertifikatet inte pålitligt",
            "matchar inte certifikat", "kunde inte hämta certifikat", "certifikatverifieringsfel",
        ), "muttmua/mutt:po/sv.po"),
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("sv.auth-failed-weak-kimap", C.AUTH_FAILED, (
            "inloggning misslyckades",
        ), "KDE/kimap:po/sv/libkimap6.po", decisive=False),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("sv.tls-required-kimap", C.TLS_REQUIRED, (
            "ssl-handskakning misslyckades",
        ), "KDE/kimap:po/sv/libkimap6.po"),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("sv.network-error-kdepim", C.NETWORK_ERROR, (
            "servern avslutade anslutningen", "servern avbröt anslutningen", "anslutningen bröts",
            "kunde inte ansluta till imap-servern", "anslutning nerkopplad",
            "nerkopplad från servern under inloggning", "nerkopplad under inloggning",
        ), "KDE/kdepim-runtime:po/sv/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime): an error during authentication, unable
        # to log in to the server.
        Phrases("sv.auth-failed-kdepim", C.AUTH_FAILED, (
            "ett fel uppstod under behörighetskontroll", "kunde inte logga in på servern",
        ), "KDE/kdepim-runtime:po/sv/akonadi_pop3_resource.po"),
        # KDE's Akonadi POP3 resource (kdepim-runtime): an SSL/TLS error.
        Phrases("sv.tls-required-kdepim", C.TLS_REQUIRED, (
            "ssl/tls-fel",
        ), "KDE/kdepim-runtime:po/sv/akonadi_pop3_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("sv.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "servern är inte tillgänglig",
        ), "KDE/kdepim-runtime:po/sv/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("sv.tls-required-glib-networking", C.TLS_REQUIRED, (
            "servern krävde tls-certifikat", "ej acceptabelt tls-certifikat",
            "kunde inte skapa tls-anslutning", "tls-handskakning", "sände inte ett certifikat",
            "ödesdiger tls-varning", "ej acceptabel utfärdare av tls-certifikat",
        ), "GNOME/glib-networking:po/sv.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("sv.network-error-glib-networking", C.NETWORK_ERROR, (
            "tidsgräns för in/ut på uttaget överskreds", "anslutningen är trasig",
        ), "GNOME/glib-networking:po/sv.po"),
        # Thunderbird's IMAP errors (imapMsgs.properties): no contact, the connection refused,
        # no answer in time, disconnected.
        Phrases("sv.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "det gick inte få kontakt med servern", "anslutningen nekades",
            "det tog för lång tid att få svar", "blivit bortkopplad från servern",
        ), "thunderbird/thunderbird-l10n:sv-SE/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): a TLS error that cannot be
        # overridden.
        Phrases("sv.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "tls-fel inträffade",
        ), "thunderbird/thunderbird-l10n:sv-SE/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): encrypted passwords not supported,
        # the Kerberos/GSSAPI ticket refused (POP3 alike).
        Phrases("sv.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "tycks inte stöda krypterade lösenord", "kerberos/gssapi-ticket accepterades inte",
            "kerberos/gssapi-biljetten accepterades inte",
        ), "thunderbird/thunderbird-l10n:sv-SE/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("sv.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "sändning av lösenordet",
        ), "thunderbird/thunderbird-l10n:sv-SE/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("sv.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "kan inte etablera tls-anslutning",
        ), "thunderbird/thunderbird-l10n:sv-SE/mail/chrome/messenger/localMsgs.properties"),
        # Roundcube's 'Too many recipients' and 'Please wait N sec(s) before sending this message'.
        Phrases("sv.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "sekunder med att skicka meddelandet",
        ), "roundcube/roundcubemail:program/localization/sv_SE/messages.inc"),
        # Roundcube's 'Message size exceeds server limit' and 'Maximum size of a message exceeded' (attaching a file).
        Phrases("sv.message-too-large-roundcube-attach", C.MESSAGE_TOO_LARGE, (
            "största tillåtna storlek",
        ), "roundcube/roundcubemail:program/localization/sv_SE/messages.inc"),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("sv.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "för många aktiva anslutningar",
        ), "Foundry376/Mailspring:app/lang/sv.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("sv.relay-denied-mailspring", C.RELAY_DENIED, (
            "smtp-servern skulle inte vidarebefordra",
        ), "Foundry376/Mailspring:app/lang/sv.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("sv.rate-limited-mailspring", C.RATE_LIMITED, (
            "gmail-bandbredd översteg",
            "överskridit din dagliga sändningsgräns",
        ), "Foundry376/Mailspring:app/lang/sv.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("sv.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "innehåller en olaglig bilaga",
        ), "Foundry376/Mailspring:app/lang/sv.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("sv.auth-failed-mailspring", C.AUTH_FAILED, (
            "stöder inte grundläggande användarnamn",
        ), "Foundry376/Mailspring:app/lang/sv.json"),
        # SnappyMail's 'Invalid recipients' notification (the RCPT refusal it shows).
        Phrases("sv.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "ogiltig mottagare",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/sv/user.json", decisive=False),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("sv.auth-required-kmail", C.AUTH_REQUIRED, (
            "du måste ange ett användarnamn och ett lösenord",
        ), "KDE/kmailtransport:po/sv/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("sv.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "stöder inte behörighetskontroll",
        ), "KDE/kmailtransport:po/sv/libmailtransport6.po"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("sv.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "större än gränsen på servern",
        ), "M66B/FairEmail:app/src/main/res/values-sv-rSE/strings.xml"),
        Phrases("sv.auth-failed", C.AUTH_FAILED, (
            "kunde inte autentisera", "inloggningen misslyckades", "kan inte autentisera",
            "stöder inte den valda autentiseringsmetoden",
        ), _THUNDERBIRD),
        # Microsoft's Swedish help title: the account restricted for sending too much spam (5.1.8, the sender blocked).
        Phrases("sv.sender-rejected-exchange-spam", C.SENDER_REJECTED, (
            "för att ha skickat för mycket skräppost",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.sv-SE:AlchemyInsights/"
            "sender-blocked-for-sending-too-much-spam.md")),
        # Exchange Online's Swedish 5.1.8 NDR for a user restricted for sending spam, as Microsoft's sv-SE docs on the Restricted users portal quote it: "Det gick inte att leverera meddelandet eftersom du inte godkändes som en giltig avsändare", "550 5.1.8 åtkomst nekad, felaktig utgående avsändare" (bad outbound sender).
        Phrases("sv.sender-rejected-exchange-bad-sender", C.SENDER_REJECTED, (
            "inte godkändes som en giltig avsändare", "felaktig utgående avsändare",
        ), ("MicrosoftDocs/microsoft-365-docs-pr.sv-SE:microsoft-365/security/office-365-security/"
            "removing-user-from-restricted-users-portal-after-spam.md")),
        # Microsoft's Swedish help on Exchange Online's receiving limit: senders get an NDR (5.2.121/5.2.122) saying the mailbox exceeded its maximum delivery threshold.
        Phrases("sv.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "begränsas under de kommande",
            "maximala leveranströskelvärdet",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.sv-SE:AlchemyInsights/"
            "mailbox-receiving-limit.md")),
        Phrases("sv.network-error", C.NETWORK_ERROR, (
            "kunde inte ansluta till smtp-server", "anslutning till servern misslyckades",
            "förlorades mitt under transaktionen", "gjorde timeout", "avbryter anslutningen",
            "anslutning till utgående server", "smtp connect() misslyckades",
        ), _THUNDERBIRD),
        Phrases("sv.message-too-large", C.MESSAGE_TOO_LARGE, (
            "meddelandet är för stort", "överskrider den globala storleksgränsen",
        ), _THUNDERBIRD),
        Phrases("sv.too-many-recipients", C.RATE_LIMITED, (
            "tillåtna antalet mottagare överskrids",
        ), _THUNDERBIRD),
        Phrases("sv.smtputf8", C.CONTENT_REJECTED, (
            "klarar inte mailadresser med unicode",
        ), _ROUNDCUBE),
        Phrases("sv.sender-rejected", C.SENDER_REJECTED, (
            "följande avsändaradress är felaktig",
        ), _PHPMAILER),
        Phrases("sv.user-unknown", C.USER_UNKNOWN, (
            "mottagaren hittades inte", "kontot finns inte", "adressen finns inte",
        ), _SE_GODADDY_COM),
        Phrases("sv.mailbox-full", C.MAILBOX_FULL, (
            "lagringsutrymme är slut", "brevlådan är full", "brevlåda är full",
        ), _SE_GODADDY_COM),
        Phrases("sv.mailbox-disabled", C.MAILBOX_DISABLED, (
            "kontot är inaktivt",
        ), _SE_GODADDY_COM),
        Phrases("sv.host-unknown", C.HOST_UNKNOWN, (
            "domänen finns inte", "domänen saknar mailserver",
        ), _SUPPORT_MULTINET_SE),
        Phrases("sv.service-unavailable", C.SERVICE_UNAVAILABLE, (
            "servern tillfälligt otillgänglig",
        ), _SE_GODADDY_COM, decisive=False),
        Phrases("sv.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "e-postadress är korrekt i dina kontoinställningar",
        ), _TB_L10N, decisive=False),
        Phrases("sv.network-error-thunderbird", C.NETWORK_ERROR, (
            "servern kan vara felaktigt konfigurerad",
        ), _TB_L10N),
        Phrases("sv.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "kan inte sätta avsändaradress",
        ), _RC_L10N, decisive=False),
        Phrases("sv.mailbox-full-evolution", C.MAILBOX_FULL, (
            "överskriden utrymmesallokering",
        ), _EVO_PO),
        Phrases("sv.auth-required-evolution", C.AUTH_REQUIRED, (
            "autentisering krävs",
        ), _EVO_PO),
        Phrases("sv.auth-failed-evolution", C.AUTH_FAILED, (
            "tillfälligt autentiseringsmisslyckande", "autentiseringsmekanismen är för svag",
        ), _EVO_PO),
        Phrases("sv.system-full-evolution", C.SYSTEM_FULL, (
            "otillräckligt systemutrymme",
        ), _EVO_PO),
        Phrases("sv.virus-mailscanner", C.VIRUS, (
            "virusscannern aktiverades", "infekterade delar har inte levererats",
        ), _MAILSCANNER + "sender.virus.report.txt"),
        Phrases("sv.blocklisted-mailscanner", C.BLOCKLISTED, (
            "server som är svartlistad",
        ), _MAILSCANNER + "sender.spam.rbl.report.txt"),
        Phrases("sv.spam-content-mailscanner", C.SPAM_CONTENT, (
            "indikerar att det var skräppost",
        ), _MAILSCANNER + "sender.spam.sa.report.txt"),
        Phrases("sv.sender-rejected-mailman", C.SENDER_REJECTED, (
            "inte tillstånd att skicka meddelanden till denna", "meddelande från icke-medlem",
            "måste vara medlem för att kunna skicka",
        ), "jaredmauch/mailman2-python3:messages/sv/LC_MESSAGES/mailman.po"),
        Phrases("sv.user-unknown-sympa", C.USER_UNKNOWN, (
            "är inte en känd e-postlista",
        ), "sympa-community/sympa:po/sympa/sv.po"),
        Phrases("sv.sender-rejected-sympa", C.SENDER_REJECTED, (
            "meddelandedistribuering: autentisering nekas", "du får inte skicka detta meddelande",
            "är begränsad till listprenumeranter",
        ), "sympa-community/sympa:po/sympa/sv.po"),
        Phrases("sv.rate-limited-gmail", C.RATE_LIMITED, (
            "tar emot e-post för snabbt", "högsta smtp-relägräns överskriden",
            "tar emot e-post i en takt som förhindrar",
        ), _GMAIL_CODES_SV),
        Phrases("sv.mailbox-full-gmail", C.MAILBOX_FULL, (
            "mottagarens inkorg har slut på lagringsutrymme",
        ), _GMAIL_CODES_SV),
        Phrases("sv.policy-gmail", C.POLICY_VIOLATION, (
            "bryter mot e-postpolicyn för",
        ), _GMAIL_CODES_SV),
        # Exchange Online's 5.1.90 NDR (the sender's daily recipient limit), as Microsoft's
        # localized help titles it.
        Phrases("sv.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "dagliga gräns för mottagare",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.sv-SE:AlchemyInsights/5-1-90-your-mess"
            "age-cant-be-sent-daily-limit.md"
        )),
        # Exchange Online's Swedish NDR for the sender's submission quota.
        Phrases("sv.rate-limited-exchange", C.RATE_LIMITED, (
            "överskrider gränsen för mottagare",
            "avsändarens sändningskvot",
        ), (
            "https://learn.microsoft.com/sv-se/exchange/troubleshoot/email-delivery/ndr/fix-e"
            "rror-for-submission-quota-exceeded-in-exchange-online"
        )),
        # Google's Swedish SMTP relay errors.
        Phrases("sv.relay-denied-gmail", C.RELAY_DENIED, (
            "e-postrelä nekas",
            "ogiltiga användaruppgifter för relä",
        ), "https://support.google.com/a/answer/6140680?hl=sv&ref_topic=2921034"),
        Phrases("sv.rate-limited-gmail-relay", C.RATE_LIMITED, (
            "daglig smtp-relägräns överskriden",
        ), "https://support.google.com/a/answer/6140680?hl=sv&ref_topic=2921034"),
        # Outlook's Swedish relay refusal, as Microsoft's Swedish help quotes it.
        Phrases("sv.relay-denied-outlook", C.RELAY_DENIED, (
            "vidarebefordran nekad",
        ), (
            "https://support.microsoft.com/sv-se/office/jag-f%C3%A5r-ett-felmeddelande-om-550"
            "-553-eller-f%C3%B6rbjuden-vidarebefordran-n%C3%A4r-jag-skickar-e-postmeddelanden"
            "-65b494a4-0a15-433e-829f-e73651e0245e?ui=sv-se&rs=sv-se&ad=se; https://support.o"
            "ffice.com/sv-se/article/ett-felmeddelande-av-typen-550-553-eller-f%C3%B6rbjuden-"
            "vidarebefordran-visas-n%C3%A4r-jag-skickar-e-postmeddelanden-65b494a4-0a15-433e-"
            "829f-e73651e0245e"
        )),
        # glibc's translated strerror texts: ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, EADDRNOTAVAIL,
        # ENETUNREACH, ECONNRESET, ECONNABORTED, ENETDOWN, EHOSTDOWN, gai_strerror's EAI_AGAIN
        # and the resolver's host name lookup failure.
        Phrases("sv.network-error-glibc", C.NETWORK_ERROR, (
            "icke återhämtningsbart fel i namnuppslagningen",
            "värddator är nere",
            "nätverket är nere",
            "programvaran orsakade ett förbindelsebrott",
            "uppslagning av värdnamn misslyckades",
            "förbindelsen förvägrad", "förbindelsens tidsgräns löpte ut", "ingen väg till värd",
            "kan inte tilldela begärd adress", "nätverket kan inte nås",
            "förbindelse borttagen av partnern", "namnuppslagning misslyckades temporärt",
        ), "bminor/glibc:po/sv.po"),
        # glibc's translated gai_strerror texts (EAI_NONAME, EAI_NODATA) and the resolver's
        # unknown host.
        Phrases("sv.host-unknown-glibc", C.HOST_UNKNOWN, (
            "okänd värd",
            "namn eller tjänst okänd", "ingen adress associerad med värdnamn",
        ), "bminor/glibc:po/sv.po"),
        Phrases("sv.user-unknown-evolution", C.USER_UNKNOWN, (
            "brevlådan inte tillgänglig", "brevlådenamn inte tillåtet",
        ), "GNOME/evolution-data-server:po/sv.po", decisive=False),
        Phrases("sv.has-moved-evolution", C.HAS_MOVED, (
            "användaren inte lokal",
        ), "GNOME/evolution-data-server:po/sv.po"),
        Phrases("sv.syntax-error-evolution", C.SYNTAX_ERROR, (
            "syntaxfel",
        ), "GNOME/evolution-data-server:po/sv.po", decisive=False),
        Phrases("sv.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "kommandot inte implementerat", "kommandoparameter inte implementerad",
        ), "GNOME/evolution-data-server:po/sv.po", decisive=False),
        Phrases("sv.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "tjänsten inte tillgänglig",
        ), "GNOME/evolution-data-server:po/sv.po", decisive=False),
        Phrases("sv.server-error-evolution", C.SERVER_ERROR, (
            "fel i behandling",
        ), "GNOME/evolution-data-server:po/sv.po", decisive=False),
        Phrases("sv.tls-required-evolution", C.TLS_REQUIRED, (
            "kryptering behövs för begärd autentiseringsmekanism",
        ), "GNOME/evolution-data-server:po/sv.po"),
        Phrases("sv.user-unknown-zimbra", C.USER_UNKNOWN, (
            "det finns inget sådant konto",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_sv.properties"),
        Phrases("sv.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, (
            "överskrider den högsta tillåtna storleken",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_sv.properties"),
        Phrases("sv.service-unavailable-zimbra", C.SERVICE_UNAVAILABLE, (
            "tjänsten är inte tillgänglig just nu",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_sv.properties", decisive=False),
        Phrases("sv.network-error-zimbra", C.NETWORK_ERROR, (
            "för många hopp mellan servrarna",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_sv.properties"),
        Phrases("sv.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "ditt meddelande är för stort",
        ), "jaredmauch/mailman2-python3:messages/sv/LC_MESSAGES/mailman.po"),
        Phrases("sv.too-many-recipients-mailman", C.RATE_LIMITED, (
            "för många mottagare",
        ), "jaredmauch/mailman2-python3:messages/sv/LC_MESSAGES/mailman.po"),
        Phrases("sv.content-rejected-mailscanner", C.CONTENT_REJECTED, (
            "inte av en typ som domänen godkänner",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/se/sender.filename.report.txt"),
        Phrases("sv.user-unknown-sogo", C.USER_UNKNOWN, (
            "alla mottagaradresserna är felaktiga", "följande mottagaradresser är felaktiga",
        ), "Alinto/sogo:UI/MailerUI/Swedish.lproj/Localizable.strings"),
        Phrases("sv.network-error-sogo", C.NETWORK_ERROR, (
            "fel uppstod i uppkopplingen mot smtp",
        ), "Alinto/sogo:UI/MailerUI/Swedish.lproj/Localizable.strings"),
        Phrases("sv.user-unknown-zimbra-address", C.USER_UNKNOWN, (
            "p.g.a. ogiltiga adresser",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_sv.properties", decisive=False),
        Phrases("sv.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "kerberos/gssapi biljetten accepterades inte",
        ), (
            "thunderbird/thunderbird-l10n:sv-SE/mail/chrome/messenger/messengercompose/compos"
            "eMsgs.properties"
        )),
        Phrases("sv.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "tillåter inte lösenord i klartext",
        ), (
            "thunderbird/thunderbird-l10n:sv-SE/mail/chrome/messenger/messengercompose/compos"
            "eMsgs.properties"
        )),
        Phrases("sv.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "använder rätt identitet för att skicka",
        ), (
            "thunderbird/thunderbird-l10n:sv-SE/mail/chrome/messenger/messengercompose/compos"
            "eMsgs.properties"
        ), decisive=False),
        Phrases("sv.content-rejected-mailman", C.CONTENT_REJECTED, (
            "meddelandets innehållstyp", "var meddelandet tomt",
        ), "jaredmauch/mailman2-python3:messages/sv/LC_MESSAGES/mailman.po"),
        Phrases("sv.auth-failed-evolution-response", C.AUTH_FAILED, (
            "felaktigt autentiseringssvar från servern",
        ), "GNOME/evolution-data-server:po/sv.po"),
        Phrases("sv.sender-rejected-evolution", C.SENDER_REJECTED, (
            "avsändaradressen är inte giltig",
        ), "GNOME/evolution-data-server:po/sv.po", decisive=False),
        # IMP's (Horde webmail) refusal of a message over the sender's recipient limit.
        Phrases("sv.too-many-recipients-imp", C.RATE_LIMITED, (
            "du har inte tillåtelse att skicka meddelande",
        ), "horde/imp:locale/sv/LC_MESSAGES/imp.po"),
        # Sympa's delivery status notification for a list that does not exist (its subject, "List
        # unknown").
        Phrases("sv.user-unknown-sympa-list", C.USER_UNKNOWN, (
            "okänd lista",
        ), "sympa-community/sympa:po/sympa/sv.po"),
        # Sympa's notice of a message over the list's size limit (5.2.3).
        Phrases("sv.message-too-large-sympa", C.MESSAGE_TOO_LARGE, (
            "för stort meddelande",
            "var över största tillåtna storlek",
        ), "sympa-community/sympa:po/sympa/sv.po"),
        # Sympa's notice of a virus found in the poster's message.
        Phrases("sv.virus-sympa", C.VIRUS, (
            "ett virus i ditt meddelande",
            "vår viruskontroll hittade ett virus",
        ), "sympa-community/sympa:po/sympa/sv.po"),
        # Thunderbird's note when the server refuses a recipient (RCPT TO): check the recipient's
        # address; the server's own reply, quoted in it, names the reason.
        Phrases("sv.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "kontrollera mottagarens",
        ), (
            "thunderbird/thunderbird-l10n:sv-SE/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        ), decisive=False),
        # Roundcube's note when the SMTP server refuses a recipient (smtptoerror); the server's
        # reply, quoted in it, names the reason.
        Phrases("sv.user-unknown-roundcube", C.USER_UNKNOWN, (
            "kan inte lägga till mottagaradress",
        ), "roundcube/roundcubemail:program/localization/sv_SE/messages.inc", decisive=False),
        # Roundcube's refusal of a message over its recipient limit (toomanyrecipients).
        Phrases("sv.too-many-recipients-roundcube", C.RATE_LIMITED, (
            "förmånga mottagare",
        ), "roundcube/roundcubemail:program/localization/sv_SE/messages.inc"),
        # Thunderbird's note that the server refuses its encrypted-password authentication (the
        # mechanism must change).
        Phrases("sv.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "stöder inte krypterade lösenord",
        ), (
            "thunderbird/thunderbird-l10n:sv-SE/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        # PHPMailer's note on the recipients the SMTP server refused (recipients_failed); the
        # server's reply names the reason.
        Phrases("sv.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "följande mottagare är felaktig",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-sv.php", decisive=False),
        # Office 365's Swedish NDR table, 4.4.316 'Connection refused [Message=Socket error code 10061]'.
        Phrases("sv.network-error-office365", C.NETWORK_ERROR, (
            "anslutning avslås",
        ), (
            "https://support.office.com/sv-se/article/ndr-rapporter-via-e-post-i-office-365-5"
            "1daa6b9-2e35-49c4-a0c9-df85bf8533c3"
        )),
        # GoDaddy's Swedish help on fixing bounced mail: the recipient account reached its storage limit.
        Phrases("sv.mailbox-full-godaddy-bounces", C.MAILBOX_FULL, (
            "gräns för lagringsutrymme",
        ), (
            "https://se.godaddy.com/help/atgarda-avvisat-e-postmeddelande-med-ett-avvisningsf"
            "el-40685"
        )),
        # GoDaddy's Swedish bounce table: the account exists but receiving mail has been disabled.
        Phrases("sv.mailbox-disabled-godaddy-bounces", C.MAILBOX_DISABLED, (
            "kontot har inaktiverats",
        ), (
            "https://se.godaddy.com/help/atgarda-avvisat-e-postmeddelande-med-ett-avvisningsf"
            "el-40685"
        )),
        # GoDaddy's Swedish bounce table: 'Delivery time limit'.
        Phrases("sv.expired-godaddy-bounces", C.EXPIRED, (
            "tidsgräns för leverans",
        ), (
            "https://se.godaddy.com/help/atgarda-avvisat-e-postmeddelande-med-ett-avvisningsf"
            "el-40685"
        )),
        # Exchange Online's Swedish help on NDR 5.1.0: the destination server accepts no messages from the sender,
        # who may be on the recipient's block list.
        Phrases("sv.policy-violation-exchange-online", C.POLICY_VIOLATION, (
            "accepterar inte meddelanden från dig",
            "mottagarens blockeringslista",
        ), (
            "https://learn.microsoft.com/sv-se/exchange/troubleshoot/email-delivery/ndr/fix-e"
            "rror-code-550-5-1-0-in-exchange-online"
        )),
        # Office 365's Swedish help on NDR 5.7.1: the sender has no permission to send to the recipient or group.
        Phrases("sv.policy-violation-office365-permission", C.POLICY_VIOLATION, (
            "inte behörighet att skicka till",
        ), (
            "https://support.office.com/sv-se/article/korrigera-problem-med-e-postleverans-f%"
            "C3%B6r-felkod-550-5-7-1-i-office-365-da1ff375-f88f-4a3e-b81f-06cdb6ecae3c"
        )),
        # Office 365's Swedish help on NDR 5.7.1: no permission to send through a mail server between sender and recipient.
        Phrases("sv.relay-denied-office365", C.RELAY_DENIED, (
            "inte behörighet att skicka e-post via",
        ), (
            "https://support.office.com/sv-se/article/korrigera-problem-med-e-postleverans-f%"
            "C3%B6r-felkod-550-5-7-1-i-office-365-da1ff375-f88f-4a3e-b81f-06cdb6ecae3c"
        )),
        # Office 365's Swedish help on NDR 5.4.1: the outbound connection attempt was not answered.
        Phrases("sv.network-error-office365-outbound", C.NETWORK_ERROR, (
            "kopplingsförsöket inte besvarades",
        ), (
            "https://support.office.com/sv-se/article/korrigera-e-post-problem-postleverans-f"
            "%C3%B6r-felkod-550-5-4-1-i-office-365-7dcf7a8b-e00e-49f8-bf8d-74aba79c5a6a"
        )),
        # Domänshop's Swedish FAQ: a sender whose mail would put the account over its disk quota gets the system
        # error 'diskkvoten har överskridits' (the older version of the page: 'diskkvoten är överskriden').
        Phrases("sv.mailbox-full-domeneshop", C.MAILBOX_FULL, (
            "diskkvoten har överskridits",
            "diskkvoten är överskriden",
        ), "https://xn--domn-noa.shop/faq?id=80&section=13"),
        # Microsoft's Swedish help titles 'Mailbox Quota Exceeded' 'Överskriden postlådekvot'.
        Phrases("sv.mailbox-full-microsoft", C.MAILBOX_FULL, (
            "överskriden postlådekvot",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.sv-SE:AlchemyInsights/mailbox-quota-ex"
            "ceeded.md"
        )),
        # Microsoft's Swedish help on 550 5.7.511 'Access denied, banned sender' ('blockerad avsändare' in its title,
        # 'förbjuden avsändare' in the quoted reply).
        Phrases("sv.blocklisted-microsoft", C.BLOCKLISTED, (
            "blockerad avsändare",
            "förbjuden avsändare",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.sv-SE:AlchemyInsights/ip-blocked-for-s"
            "ending-too-much-spam-550-5-7-51.md"
        )),
        # Microsoft's localized help on NDR 550 5.4.1 'Relay Access Denied' names the refusal in this language.
        Phrases("sv.relay-denied-microsoft", C.RELAY_DENIED, (
            "nekad reläåtkomst",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.sv-SE:AlchemyInsights/antispam-5-4-1-d"
            "beb-catch-all.md"
        )),
        # Microsoft's Swedish help titles NDR 554 5.2.2 'mailbox full' 'postlåda full'.
        Phrases("sv.mailbox-full-microsoft-ndr", C.MAILBOX_FULL, (
            "postlåda full",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sv-SE:AlchemyInsights/mailbox-full-error.md"),
        # Microsoft's Swedish help on TLS deprecation: 421 4.4.2 'Connection dropped due to SocketError'.
        Phrases("sv.network-error-microsoft-socket", C.NETWORK_ERROR, (
            "anslutningen har släppts",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.sv-SE:AlchemyInsights/issues-related-t"
            "o-tls-deprecation.md"
        )),
        # Microsoft's Swedish help on TLS deprecation: 451 5.7.3 'Must issue a STARTTLS command first'.
        Phrases("sv.tls-required-microsoft", C.TLS_REQUIRED, (
            "utfärda ett starttls-kommando",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.sv-SE:AlchemyInsights/issues-related-t"
            "o-tls-deprecation.md"
        )),
        # K-9 / Thunderbird for Android says "Autentisering misslyckades"
        Phrases("sv.auth-failed-k9", C.AUTH_FAILED, ("autentisering misslyckades",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-sv/strings.xml")),
        # K-9 / Thunderbird for Android status says "Anslutningsfel"
        Phrases("sv.network-error-weak-k9", C.NETWORK_ERROR, ("anslutningsfel",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-sv/strings.xml"),
                decisive=False),
        # K-9 account setup says "Nätverksfel. Vänligen se över din uppkoppling"
        Phrases("sv.network-error-weak-k9-setup", C.NETWORK_ERROR, ("nätverksfel",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/setup/src/main/res/values-sv/strings.xml"),
                decisive=False),
        # K-9 server check says "Autentiseringsfel"
        Phrases("sv.auth-failed-weak-k9", C.AUTH_FAILED, ("autentiseringsfel",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/server/validation/src/main/res/values-sv/strings.xml"),
                decisive=False),
        # Geary, when it cannot reach the server, asks to check the network
        Phrases("sv.network-error-geary", C.NETWORK_ERROR, ("det gick inte att ansluta",),
                "GNOME/geary:po/sv.po", decisive=False),
        # Geary says an incorrect login or password, check your sending login and password
        Phrases("sv.auth-failed-geary", C.AUTH_FAILED, ("kontrollera din e-postadress och lösenord",
            "felaktig inloggning eller lösenord", "inloggning och lösenord för sändning",
        ),
                "GNOME/geary:po/sv.po"),
        # Delta Chat cannot log in and asks to check the address and the password
        Phrases("sv.auth-failed-deltachat", C.AUTH_FAILED, ("lösenordet är korrekt",),
                "deltachat/deltachat-android:src/main/res/values-sv/strings.xml"),
        # Delta Chat reports no internet connection (and so a failed login)
        Phrases("sv.network-error-deltachat", C.NETWORK_ERROR, ("ingen internetanslutning",),
                "deltachat/deltachat-android:src/main/res/values-sv/strings.xml"),
        # GNOME Online Accounts' mail setup errors, server does not support STARTTLS, TLS not available
        Phrases("sv.tls-required-goa", C.TLS_REQUIRED, (
            "stöder inte starttls", "tls är inte tillgängligt",
        ),
                "GNOME/gnome-online-accounts:po/sv.po"),
        # GNOME Online Accounts' mail setup errors, unknown authentication mechanism, failed
        Phrases("sv.auth-failed-goa", C.AUTH_FAILED, ("okänd autentiseringsmekanism",),
                "GNOME/gnome-online-accounts:po/sv.po"),
        # fetchmail keeps the message, the SMTP server requires STARTTLS, TLS is mandatory
        Phrases("sv.tls-required-fetchmail", C.TLS_REQUIRED, (
            "smtp-servern kräver starttls", "tls är obligatoriskt för denna session",
        ),
                "Distrotech/fetchmail:po/sv.po"),
        # fetchmail timed out waiting to connect to the server
        Phrases("sv.network-error-fetchmail", C.NETWORK_ERROR, (
            "väntan på att ansluta till servern",
        ),
                "Distrotech/fetchmail:po/sv.po"),
        # fetchmail's SMTP listener refused the recipient address (weak, the reason follows)
        Phrases("sv.user-unknown-weak-fetchmail", C.USER_UNKNOWN, (
            "tycker inte om mottagaradressen", "avvisade lokala mottagaradresser",
        ),
                "Distrotech/fetchmail:po/sv.po", decisive=False),
        # GNU Mailutils' local delivery refuses, the recipient's mailbox quota or size exceeded
        Phrases("sv.mailbox-full-mailutils", C.MAILBOX_FULL, (
            "kvot för brevlåda överstigen", "överskrida maximal storlek för",
        ),
                "Distrotech/mailutils:po/sv.po"),
        # GNU Mailutils' stream errors, the remote host closed the connection
        Phrases("sv.network-error-mailutils", C.NETWORK_ERROR, ("anslutning stängd av fjärrvärd",),
                "Distrotech/mailutils:po/sv.po"),
        # K-9's account check (before Nov 2023), the username or password is incorrect
        Phrases("sv.auth-failed-k9-check", C.AUTH_FAILED, (
            "felaktigt användarnamn eller lösenord",
        ),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-sv/strings.xml"),
        # K-9's account check (before Nov 2023), it cannot connect to the server
        Phrases("sv.network-error-k9-check", C.NETWORK_ERROR, ("kan inte ansluta till server",),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-sv/strings.xml"),
        # K-9's account check (before Nov 2023), the server presented an invalid SSL certificate
        Phrases("sv.tls-required-k9-check", C.TLS_REQUIRED, ("ogiltigt ssl-certifikat",),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-sv/strings.xml"),
        # Geary's untrusted-connection dialog, the server's TLS certificate is unsigned, expired or mismatched
        Phrases("sv.tls-required-geary", C.TLS_REQUIRED, ("serverns certifikat har inte aktiverats", "har återkallats och är nu ogiltigt", "är betraktat som osäkert",
            "inte signerat av en känd utfärdare", "serverns certifikat har gått ut", "överensstämmer inte med identiteten i certifikatet",
        ),
                "GNOME/geary:po/sv.po"),
        # K-9 / Thunderbird for Android notification says "Certificate error" (weak)
        Phrases("sv.tls-required-weak-k9", C.TLS_REQUIRED, ("certifikatfel",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-sv/strings.xml"),
                decisive=False),
        # GNOME Online Accounts' TLS errors, the signing certificate authority is unknown, expired
        Phrases("sv.tls-required-goa-certificate", C.TLS_REQUIRED, (
            "signeringscertifikatets utfärdare", "certifikatet har gått ut",
        ),
                "GNOME/gnome-online-accounts:po/sv.po"),
        # GNOME Online Accounts' TLS error "Invalid certificate" (weak)
        Phrases("sv.tls-required-weak-goa", C.TLS_REQUIRED, ("ogiltigt certifikat",),
                "GNOME/gnome-online-accounts:po/sv.po", decisive=False),
        # GNOME Online Accounts, the server refused the password for the username
        Phrases("sv.auth-failed-goa-password", C.AUTH_FAILED, (
            "ogiltigt lösenord med användarnamn",
        ),
                "GNOME/gnome-online-accounts:po/sv.po"),
        # fetchmail's authentication-failed notice and unknown login or authentication error
        Phrases("sv.auth-failed-fetchmail", C.AUTH_FAILED, (
            "fetchmail-autenticering misslyckades", "inloggnings- eller autenticeringsfel",
        ),
                "Distrotech/fetchmail:po/sv.po"),
        # Evolution's SMTP errors, STARTTLS not supported or failed, secure connection failed
        Phrases("sv.tls-required-evolution-smtp", C.TLS_REQUIRED, (
            "starttls stöds inte", "starttls-kommandot misslyckades", "i säkert läge",
        ),
                "GNOME/evolution-data-server:po/sv.po"),
        # Evolution's SMTP errors, the AUTH command failed, no support for the mechanism
        Phrases("sv.auth-failed-evolution-smtp", C.AUTH_FAILED, ("auth-kommandot misslyckades",),
                "GNOME/evolution-data-server:po/sv.po"),
        # Evolution's SMTP error when MAIL FROM fails (weak, the server's reason follows)
        Phrases("sv.sender-rejected-weak-evolution-smtp", C.SENDER_REJECTED, (
            "mail from-kommandot misslyckades",
        ),
                "GNOME/evolution-data-server:po/sv.po", decisive=False),
        # SquirrelMail's sv_SE translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sv.service-unavailable-weak-squirrelmail", C.SERVICE_UNAVAILABLE, (
            "tjänsten är inte tillgänglig",
        ), "sitle/squirrelmail-src:locales/locale/sv_SE/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's sv_SE translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sv.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "lösenordet behöver bytas",
            "temporär validering misslyckades",
            "valideringsfunktionen är för svag",
        ), "sitle/squirrelmail-src:locales/locale/sv_SE/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's sv_SE translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sv.auth-failed-weak-squirrelmail", C.AUTH_FAILED, (
            "valideringen misslyckades",
            "validering misslyckades",
        ), "sitle/squirrelmail-src:locales/locale/sv_SE/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's sv_SE translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sv.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "brevlådan inte är tillgänglig",
            "brevlådans namn inte är tillåtet",
        ), "sitle/squirrelmail-src:locales/locale/sv_SE/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's sv_SE translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sv.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "fel i databehandlingen",
            "transaktionen misslyckades",
        ), "sitle/squirrelmail-src:locales/locale/sv_SE/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's sv_SE translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sv.system-full-squirrelmail", C.SYSTEM_FULL, (
            "otillräckligt lagringsutrymme",
        ), "sitle/squirrelmail-src:locales/locale/sv_SE/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's sv_SE translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sv.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "kommandot är inte implementerat",
            "parametern är inte implementerad",
        ), "sitle/squirrelmail-src:locales/locale/sv_SE/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's sv_SE translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sv.bad-sequence-squirrelmail", C.BAD_SEQUENCE, (
            "kommandona utförs i felaktig ordning",
        ), "sitle/squirrelmail-src:locales/locale/sv_SE/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's sv_SE translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sv.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "kryptering krävs för den begärda valideringen",
        ), "sitle/squirrelmail-src:locales/locale/sv_SE/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's sv_SE translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sv.has-moved-squirrelmail", C.HAS_MOVED, (
            "inte en lokal användare",
        ), "sitle/squirrelmail-src:locales/locale/sv_SE/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's sv_SE translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("sv.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "lagringsutrymmet är överskridet",
        ), "sitle/squirrelmail-src:locales/locale/sv_SE/LC_MESSAGES/squirrelmail.po"),
        # Geary, when the server refuses the login, asks to check the receiving login and password
        Phrases("sv.auth-failed-geary-receiving", C.AUTH_FAILED, (
            "inloggning och lösenord för mottagning",
        ),
                "GNOME/geary:po/sv.po"),
        # ezmlm-idx's translated refusals of a post from a non-subscriber (TXT_ONLY_SUBSCRIBERS) and
        # from a poster the owner blocked (TXT_REJECT_POSTS).
        Phrases("sv.sender-rejected-ezmlm", C.SENDER_REJECTED, (
            "endast prenumeranter får posta",
            "jag tillåter inte dina meddelanden",
        ), "bruceg/ezmlm-idx:lang/sv/messages"),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("sv.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "avslogs av listmoderatorn",
        ), "jaredmauch/mailman2-python3:templates/sv/refuse.txt"),
        # Sympa's translated reject.tt2 and delivery status notification: the moderator rejected the
        # post, or it was forwarded to the moderators for approval.
        Phrases("sv.policy-violation-sympa", C.POLICY_VIOLATION, (
            "avslagits av moderatorn",
            "skickats vidare till redaktör",
        ), "sympa-community/sympa:po/sympa/sv.po"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, Moderate.py): a moderated list,
        # an implicit destination (the list not in To: or Cc:), a restricted list's approval, possible
        # administrivia, a suspicious header, a post the moderator deemed inappropriate.
        Phrases("sv.policy-violation-mailman-moderation", C.POLICY_VIOLATION, (
            "karakteriserat som opassande",
            "meddelande till modererad lista",
            "inte klart utsagt mål",
            "oklara mål är inte tillåtna",
            "begränsad lista kräver godkännande",
            "kan ha administrativt innehåll",
            "misstänkt meddelandehuvud",
            "tvivelaktigt meddelandehuvud",
        ), "jaredmauch/mailman2-python3:messages/sv/LC_MESSAGES/mailman.po"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("sv.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "tillbaka tills moderatorn",
        ), "jaredmauch/mailman2-python3:templates/sv/postheld.txt"),
        # Sympa's translated send-scenario refusals: distribution in the list not allowed, or restricted
        # (to moderators).
        Phrases("sv.sender-rejected-sympa-distribution", C.SENDER_REJECTED, (
            "meddelandedistribution till denna lista",
        ), "sympa-community/sympa:po/sympa/sv.po"),
        # Sympa's translated refusal of a MIME multipart post.
        Phrases("sv.content-rejected-sympa", C.CONTENT_REJECTED, (
            "multipart-meddelanden är ej tillåtna",
        ), "sympa-community/sympa:po/sympa/sv.po"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, SpamDetect.py): emergency hold
        # of all list traffic, a header filter rule matched, a post to a moderated newsgroup.
        Phrases("sv.policy-violation-mailman-filter", C.POLICY_VIOLATION, (
            "hålls tillbaka för godkännande",
        ), "jaredmauch/mailman2-python3:messages/sv/LC_MESSAGES/mailman.po"),
        # Sympa's translated hint beside a subscribers-only refusal: the poster may be subscribed under
        # another address (weak: alone it only hints that the sender is not a subscriber).
        Phrases("sv.sender-rejected-sympa-other-address", C.SENDER_REJECTED, (
            "prenumerant med en annan e-postadress",
        ), "sympa-community/sympa:po/sympa/sv.po", decisive=False),
        # Trojitá's SMTP sender (src/MSA/SMTP.cpp), translated: "Cannot send message due to an
        # SSL/TLS error" ("Kan inte skicka brev på grund av ett SSL/TLS-fel").
        Phrases("sv.tls-required-trojita", C.TLS_REQUIRED, (
            "på grund av ett ssl/tls-fel",
        ), "jktjkt/trojita:po/sv/trojita_common.po"),
        # Sylpheed's translated SMTP session errors ("Can't start TLS session").
        Phrases("sv.tls-required-sylpheed", C.TLS_REQUIRED, (
            "kan inte starta tls-session",
        ), "sylpheed-mail/sylpheed:po/sv.po"),
        # Sylpheed's translated SMTP session errors ("SMTP AUTH not available / Authentication failed").
        Phrases("sv.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp auth ej tillgängligt",
        ), "sylpheed-mail/sylpheed:po/sv.po"),
        # Sylpheed's translated SMTP session errors ("Connection closed by the remote host / Can't connect to SMTP server").
        Phrases("sv.network-error-sylpheed", C.NETWORK_ERROR, (
            "anslutningen stängdes av fjärrvärden", "kan inte ansluta till smtp-server",
        ), "sylpheed-mail/sylpheed:po/sv.po"),
        # msmtp's translated SMTP client errors (authentication unsupported, TLS handshake or
        # certificate check failed, connection closed, host unreachable, timeout).
        Phrases("sv.auth-failed-msmtp", C.AUTH_FAILED, (
            "kan inte hitta en användbar autentiseringsmetod",
        ), "marlam/msmtp:po/sv.po"),
        # msmtp's "the server does not support authentication": the server's EHLO offers no AUTH
        # (marlam/msmtp:src/msmtp.c tests the AUTH capability), a command not implemented there.
        Phrases("sv.not-implemented-msmtp-auth", C.NOT_IMPLEMENTED, (
            "servern stöder inte autentisering",
        ), "marlam/msmtp:po/sv.po"),
        # msmtp's translated SMTP client errors (authentication unsupported, TLS handshake or
        # certificate check failed, connection closed, host unreachable, timeout).
        Phrases("sv.tls-required-msmtp", C.TLS_REQUIRED, (
            "tls-certifikatverifiering misslyckades",
            "tls-handskakning misslyckades",
        ), "marlam/msmtp:po/sv.po"),
        # msmtp's translated SMTP client errors (authentication unsupported, TLS handshake or
        # certificate check failed, connection closed, host unreachable, timeout).
        Phrases("sv.network-error-msmtp", C.NETWORK_ERROR, (
            "anslutningen stängdes oväntat",
            "värd oåtkomlig",
            "anslutning återställdes av motpart",
            "åtgärdens tidsgräns uppnåddes",
        ), "marlam/msmtp:po/sv.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("sv.auth-failed-balsa", C.AUTH_FAILED, ("inget sätt att autentisera är känt",
            "ingen passande autentiseringsmekanism",
        ), "GNOME/balsa:po/sv.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("sv.auth-required-balsa", C.AUTH_REQUIRED, (
            "användarnamn och lösenord krävs",
        ), "GNOME/balsa:po/sv.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("sv.service-unavailable-balsa", C.SERVICE_UNAVAILABLE, (
            "erbjuder inte smtp-tjänsten",
        ), "GNOME/balsa:po/sv.po"),
        # Claws Mail's translated SMTP session errors (TLS session, connection closed by the remote
        # host, authentication failed).
        Phrases("sv.network-error-claws", C.NETWORK_ERROR, (
            "anslutning avslutades av motstående värddator",
        ), "eworm-de/claws-mail:po/sv.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("sv.auth-failed-claws", C.AUTH_FAILED, (
            "ingen smtp auth-metod tillgänglig",
        ), "eworm-de/claws-mail:po/sv.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("sv.tls-required-claws", C.TLS_REQUIRED, (
            "tls-certifikat är ogiltigt",
        ), "eworm-de/claws-mail:po/sv.po"),
        # Sylpheed's translated "SSL certificate verify failed" (the server's certificate did not verify).
        Phrases("sv.tls-required-sylpheed-ssl", C.TLS_REQUIRED, (
            "misslyckades att verifiera ssl-certifikat",
        ), "sylpheed-mail/sylpheed:po/sv.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("sv.tls-required-balsa-session", C.TLS_REQUIRED, ("certifikatet har återkallats", "den signerande certifikatutfärdaren är okänd", "trasigt tls-certifikat",
            "tls-förhandling misslyckades",
            "tls krävs men är inte tillgängligt",
        ), "GNOME/balsa:po/sv.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("sv.network-error-balsa-session", C.NETWORK_ERROR, ("anslutning tappad",
            "det går inte att nå smtp-server",
        ), "GNOME/balsa:po/sv.po"),
        # Joomla 3's Swedish PHPMailer strings (PHPMAILER_*)
        Phrases("sv.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "följande från adress, misslyckades",
        ), "cuongnd/banhangonline88_joomla:language/sv-SE/sv-SE.ini"),
        # Joomla 3's Swedish PHPMailer strings (PHPMAILER_*)
        Phrases("sv.user-unknown-joomla3", C.USER_UNKNOWN, (
            "följande mottagare kunde inte nås",
        ), "cuongnd/banhangonline88_joomla:language/sv-SE/sv-SE.ini", decisive=False),
        # Joomla 3's Swedish PHPMailer strings (PHPMAILER_*)
        Phrases("sv.network-error-joomla3", C.NETWORK_ERROR, (
            "kunde inte ansluta till smtp-värden", "anslutning misslyckades",
        ), "cuongnd/banhangonline88_joomla:language/sv-SE/sv-SE.ini"),
        # Joomla 3's Swedish PHPMailer strings (PHPMAILER_*)
        Phrases("sv.tls-required-joomla3", C.TLS_REQUIRED, (
            "kunde inte starta tls",
        ), "cuongnd/banhangonline88_joomla:language/sv-SE/sv-SE.ini"),
        # Joomla 3's (another pack's) Swedish PHPMailer strings (PHPMAILER_*)
        Phrases("sv.network-error-joomla3-curjoomla", C.NETWORK_ERROR, (
            "kan inte ansluta till smtp-värden",
        ), "OleksiiSapronov/currency_joomla:language/sv-SE/sv-SE.ini"),
        # Joomla 3's (another pack's) Swedish PHPMailer strings (PHPMAILER_*)
        Phrases("sv.tls-required-joomla3-curjoomla", C.TLS_REQUIRED, (
            "kan inte att starta tls",
        ), "OleksiiSapronov/currency_joomla:language/sv-SE/sv-SE.ini"),
        # Joomla's (a site's installed packs') Swedish PHPMailer strings (PHPMAILER_*)
        Phrases("sv.sender-rejected-joomla3-naka211", C.SENDER_REJECTED, (
            "följande från adressen misslyckades",
        ), "naka211/compac:administrator/language/sv-SE/sv-SE.ini"),
        # Joomla's (a site's installed packs') Swedish PHPMailer strings (PHPMAILER_*)
        Phrases("sv.user-unknown-joomla3-naka211", C.USER_UNKNOWN, (
            "följande mottagare misslyckades",
        ), "naka211/compac:administrator/language/sv-SE/sv-SE.ini", decisive=False),
        # Joomla's (a site's installed packs') Swedish PHPMailer strings (PHPMAILER_*)
        Phrases("sv.network-error-joomla3-naka211", C.NETWORK_ERROR, (
            "uppkoppling misslyckades",
        ), "naka211/compac:administrator/language/sv-SE/sv-SE.ini"),
        # Joomla's (a site's installed packs') Swedish PHPMailer strings (PHPMAILER_*)
        Phrases("sv.tls-required-joomla3-naka211", C.TLS_REQUIRED, (
            "det gick inte att starta tls",
        ), "naka211/compac:administrator/language/sv-SE/sv-SE.ini"),
        # Admax's help on a full mail space ('The domain size limit ... has been exceeded. Incoming
        # mail is currently being rejected'): "man inte kan ta emot mer e-post".
        Phrases("sv.mailbox-full-admax", C.MAILBOX_FULL, ("inte kan ta emot mer e-post",),
                "https://login.admax.se/knowledgebase/article/46/fullt-utrymme-for-e-post"),
        # eGenerator's newsletter FAQ on bounces: "DQ betyder disk qouta full, d.v.s. studs av
        # orsaken att inboxen hos mottagaren är full".
        Phrases("sv.mailbox-full-egenerator", C.MAILBOX_FULL, ("hos mottagaren är full",),
                "https://tips-skriva-nyhetsbrev.egenerator.se/studsar/"),
        # Styrelseproffset's help on bounced mailings: "E-postadressen är felaktig".
        Phrases("sv.user-unknown-styrelseproffset", C.USER_UNKNOWN, ("e-postadressen är felaktig",),
                "https://hjalp.styrelseproffset.se/sv/articles/4017179-utskicksfel"),
        # Animana's help on mail problems: "Svartlistade e-post adresser är sådana som avsiktligt
        # blivit spärrade".
        Phrases("sv.blocklisted-animana", C.BLOCKLISTED, ("svartlistade e-post",),
                "https://help.animana.com/sv/kb/vanliga-orsaker-till-e-post-problem/"),
        # Crossnet's help on the quota error: the mailbox cannot take the mail "då den totala
        # storleken på e-postlådan kommer att överskridas på servern".
        Phrases("sv.mailbox-full-crossnet", C.MAILBOX_FULL, ("storleken på e-postlådan kommer att överskridas",),
                "https://support.crossnet.se/hc/sv/articles/200341351-Felmeddelande-om-quota"),
        # Microsoft's Swedish help title for SharePoint's 'Daily email limit exceeded. Workflow is suspended' (the workflow mail refused past the Exchange Online sending limits).
        Phrases("sv.rate-limited-daily-email-workflow", C.RATE_LIMITED, (
            "daglig e-postgräns",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sv-SE:AlchemyInsights/daily-email-limit-exceeded.md"),
        # Apple's Swedish help page on iCloud Mail's sending limits: the alerts shown when the daily message, daily recipient or per-message recipient limit is exceeded.
        Phrases("sv.rate-limited-icloud", C.RATE_LIMITED, (
            "gränsen på hur mycket du kan skicka",
            "överskridit antalet meddelanden",
            "överskridit antalet mottagare",
        ), "https://support.apple.com/sv-se/102198"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("sv.rate-limited-sogo", C.RATE_LIMITED, (
            "skicka för många meddelanden",
        ), "Alinto/sogo:UI/MailerUI/Swedish.lproj/Localizable.strings"),
        # MailScanner's spam bounce (sender.spam.report): junk mail blocked, the domain accepts no junk mail.
        Phrases("sv.spam-content-mailscanner-uce", C.SPAM_CONTENT, (
            "skräppost blockerat",
        ), _MAILSCANNER + "sender.spam.report.txt"),
        # Kopano's MAPI error text (m4lcommon/Util.cpp, MAPI_E_STORE_FULL), translated: the message store has reached its maximum size.
        Phrases("sv.mailbox-full-kopano", C.MAILBOX_FULL, (
            "meddelande mappen har nått sin storleksgräns",
        ), "Kopano-dev/kopano-core:po/sv.po"),
        # Mutt's translated SASL authentication failure (po/).
        Phrases("sv.auth-failed-mutt", C.AUTH_FAILED, (
            "sasl-verifiering misslyckades",
        ), "muttmua/mutt:po/sv.po"),
        # Mutt's translated SMTP client errors (po/): could not connect; the server closed the connection; SMTP session failed with a read or write error.
        Phrases("sv.network-error-mutt", C.NETWORK_ERROR, (
            "smtp-session misslyckades: läsfel",
            "smtp-session misslyckades: skrivfel",
        ), "muttmua/mutt:po/sv.po"),
        # Microsoft 365's machine-translated help for 5.7.606 (AlchemyInsights antispam-5.7.606), 'Banned sending IP'.
        Phrases("sv.blocklisted-microsoft-banned-ip", C.BLOCKLISTED, (
            "förbjudna att skicka ip",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sv-SE:AlchemyInsights/antispam-5.7.606.md"),
        # Microsoft 365's machine-translated help for 550 5.7.501 'Access denied, spam abuse detected' (AlchemyInsights).
        Phrases("sv.blocklisted-microsoft-spam-abuse", C.BLOCKLISTED, (
            "skräpinlägg upptäckt",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sv-SE:AlchemyInsights/error-code-550-5-7-501-access-denied-spam-abuse-detected.md"),
        # Microsoft 365's machine-translated help for 550 5.7.705 'Access denied, tenant has exceeded threshold' (too much spam or bulk mail sent by the organisation; AlchemyInsights).
        Phrases("sv.reputation-microsoft-tenant-threshold", C.REPUTATION, (
            "innehavare har överskridit tröskelvärdet",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sv-SE:AlchemyInsights/error-code-550-5-7-705-access-denied-tenant-has-exceeded-threshold.md"),
        # Trojitá's translated IMAP/SMTP login failure (po/): authentication failed, often a bad password or wrong user name.
        Phrases("sv.auth-failed-trojita", C.AUTH_FAILED, (
            "behörighetskontroll misslyckades",
        ), "jktjkt/trojita:po/sv/trojita_common.po"),
        # Microsoft's localized help on NDR 5.4.6 / 5.4.14 'Hop count exceeded' (a mail loop; AlchemyInsights error-546-5414-hop-count).
        Phrases("sv.network-error-microsoft-hop-count", C.NETWORK_ERROR, (
            "för många hopp har överskridits",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sv-SE:AlchemyInsights/error-546-5414-hop-count.md"),
        # Mailpile's SMTP/IMAP login errors (smtp_client.py, mail_source/): the server refused the
        # login (AUTH or OAuth2), a bad character in the username or password.
        Phrases("sv.auth-failed-mailpile", C.AUTH_FAILED, (
            "fel tecken i användarnamn",
            "ogiltigt användarnamn eller lösenord",
        ), "mailpile/Mailpile:shared-data/locale/sv/LC_MESSAGES/mailpile.po"),
        # Mailpile's SMTP client: the server refused the envelope sender (MAIL FROM).
        Phrases("sv.sender-rejected-mailpile", C.SENDER_REJECTED, (
            "skickare avfärdades",
        ), "mailpile/Mailpile:shared-data/locale/sv/LC_MESSAGES/mailpile.po"),
        # Mailpile's connection errors (conn_brokers, smtp_client): could not connect, the
        # connection timed out or was refused, the host unreachable.
        Phrases("sv.network-error-mailpile", C.NETWORK_ERROR, (
            "anslutning avbröts",
            "anslutning avvisad",
            "värd onåbar",
        ), "mailpile/Mailpile:shared-data/locale/sv/LC_MESSAGES/mailpile.po"),
        # Google Workspace's sending limits (Swedish help): the errors a user sees on reaching a
        # sending limit or the maximum number of recipients.
        Phrases("sv.rate-limited-gmail-sending-limits", C.RATE_LIMITED, (
            "gräns för att skicka e-post",
            "sändningsgräns i gmail",
            "överskridit maximalt antal mottagare",
        ), "https://support.google.com/a/answer/166852?hl=sv&ref_topic=28609"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): the mailbox quota exceeded.
        Phrases("sv.mailbox-full-evolution-exchange", C.MAILBOX_FULL, (
            "brevlådekvot överskreds",
        ), "GNOME/evolution-mapi:po/sv.po; GNOME/evolution-ews:po/sv.po"),
        # Evolution's Exchange back ends (evolution-mapi, evolution-ews): the login at the server failed,
        # the password expired.
        Phrases("sv.auth-failed-evolution-exchange", C.AUTH_FAILED, (
            "misslyckades med att logga in på servern",
            "lösenordet har gått ut",
            "lösenord utgånget",
        ), "GNOME/evolution-mapi:po/sv.po; GNOME/evolution-ews:po/sv.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): no more sessions can be created, the
        # session limit was reached.
        Phrases("sv.too-many-connections-evolution-exchange", C.TOO_MANY_CONNECTIONS, (
            "kan inte skapa fler sessioner",
        ), "GNOME/evolution-mapi:po/sv.po; GNOME/evolution-ews:po/sv.po"),
        # Evolution's EWS back end (evolution-ews): the Exchange or Microsoft 365 server is busy
        # (ErrorServerBusy), waiting to retry.
        Phrases("sv.service-unavailable-evolution-exchange", C.SERVICE_UNAVAILABLE, (
            "exchange-servern är upptagen",
            "microsoft 365-servern är upptagen",
        ), "GNOME/evolution-mapi:po/sv.po; GNOME/evolution-ews:po/sv.po"),
        # Zimbra web client (ZmMsg): the attachment failed because the message would exceed the
        # size limit.
        Phrases("sv.message-too-large-zimbra-web", C.MESSAGE_TOO_LARGE, (
            "överskrida storleksbegränsningen",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_sv.properties"),
        # Zimbra web client (ZmMsg): the user is not authenticated.
        Phrases("sv.auth-required-zimbra-web", C.AUTH_REQUIRED, (
            "användaren är inte autentiserad",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_sv.properties"),
        # Zimbra web client (ZmMsg): the mail quota is exceeded.
        Phrases("sv.mailbox-full-zimbra-web", C.MAILBOX_FULL, (
            "överskridit din e-postkvot",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_sv.properties"),
        # GLib's GIO network errors (GNOME/glib po/): socket I/O timed out, network or host unreachable,
        # error resolving a host name, could not connect to the proxy server.
        Phrases("sv.network-error-glib-gio", C.NETWORK_ERROR, (
            "tidsgräns för in/ut på uttaget",
            "nätverket är inte nåbart",
            "värddatorn är inte nåbar",
            "fel vid uppslag av",
            "för tillfället inte slå upp",
        ), "GNOME/glib:po/sv.po"),
        # libsoup's translated connection errors (GNOME/libsoup po/): the network stream closed or the
        # connection terminated unexpectedly.
        Phrases("sv.network-error-libsoup", C.NETWORK_ERROR, (
            "nätverksström stängdes oväntat",
            "anslutningen avslutades oväntat",
        ), "GNOME/libsoup:po/sv.po"),
        # Tuta (Tutanota) mail client's errors (src/ui/translations): the number of allowed emails
        # was exceeded, or the allowed attempts; try again later.
        Phrases("sv.rate-limited-tuta", C.RATE_LIMITED, (
            "antal tillåtna försök har överskridits",
            "överskridit antalet tillåtna e-postmeddelanden",
            "antalet tillåtna meddelanden har överskridits",
        ), "tutao/tutanota:src/ui/translations/sv.ts"),
        # Tuta (Tutanota) mail client's errors: the storage limit is exceeded, no more mail can be
        # received or sent.
        Phrases("sv.mailbox-full-tuta", C.MAILBOX_FULL, (
            "din lagringsgräns har överskridits",
        ), "tutao/tutanota:src/ui/translations/sv.ts"),
        # Tuta (Tutanota) mail client's errors: the body text exceeds the maximum size limit.
        Phrases("sv.message-too-large-tuta", C.MESSAGE_TOO_LARGE, (
            "överskrider den maximalt tillåtna storleken",
        ), "tutao/tutanota:src/ui/translations/sv.ts"),
        # Tuta (Tutanota) client's connection errors: the connection to the server was lost.
        Phrases("sv.network-error-tuta", C.NETWORK_ERROR, (
            "anslutningen till servern förlorades",
        ), "tutao/tutanota:src/ui/translations/sv.ts"),
        # Tuta (Tutanota) mail import: the IMAP server uses a self-signed SSL certificate, its
        # identity could not be verified.
        Phrases("sv.tls-required-tuta", C.TLS_REQUIRED, (
            "självsignerat ssl certifikat",
        ), "tutao/tutanota:src/ui/translations/sv.ts"),
        # Tuta (Tutanota) mail import: the credentials are incorrect.
        Phrases("sv.auth-failed-tuta", C.AUTH_FAILED, (
            "inloggningsuppgifterna är felaktiga",
        ), "tutao/tutanota:src/ui/translations/sv.ts"),
    ),
    together=(
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write. The address or mechanism between the words.
        Together("sv.together-network-error-mutt", C.NETWORK_ERROR, (
            ("anslutning till",),
            ("stängd",),
        ), "muttmua/mutt:po/sv.po", window=40),
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("sv.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("anslutning till server",),
            ("avbröts", "återställdes"),
        ), "thunderbird/thunderbird-l10n:sv-SE/mail/chrome/messenger/messenger.properties", window=60),
        # GoDaddy's Swedish list of bounces ("Lagringsutrymmet för mottagarens konto är slut") and
        # Animana's help ("När mottagaren nått sin övre gräns av lagringsutrymme"): the storage or
        # mailbox used up.
        Together("sv.together-mailbox-full", C.MAILBOX_FULL, (
            ("lagringsutrymme", "brevlåd", "inkorg", "postlåd"),
            ("är slut", "är full", "är fylld", "övre gräns"),
        ), "https://se.godaddy.com/help/vad-ar-en-e-postavvisning-3568"),
        # IDG's IT dictionary ("Mjuk studs": "Mottagarens kvot av lagrad e-post kan vara fylld"):
        # the quota filled.
        Together("sv.together-mailbox-full-quota", C.MAILBOX_FULL, (
            ("kvot",),
            ("fylld", "är full"),
        ), "https://it-ord.idg.se/ord/studs/"),
        # GoDaddy's list ("Den e-postadress som avsändaren skickat till finns inte") and Animana's
        # help ("en e-post adress som upphört att gälla"): the address or account that is not
        # there.
        Together("sv.together-user-unknown", C.USER_UNKNOWN, (
            ("e-postadress", "adress", "konto"),
            ("finns inte", "upphört att gälla", "existerar inte"),
        ), "https://se.godaddy.com/help/vad-ar-en-e-postavvisning-3568", window=50),
        # GoDaddy's list ("Kontot är inaktivt": "Oftast är sådana konton permanent inaktiverade"):
        # the account inactive or shut.
        Together("sv.together-mailbox-disabled", C.MAILBOX_DISABLED, (
            ("konto", "brevlåd"),
            ("inaktiv", "avstängd", "avstängt"),
        ), "https://se.godaddy.com/help/vad-ar-en-e-postavvisning-3568"),
        # Styrelseproffset's help on bounces ("Mottagarens e-postserver svarar inte"): the server
        # not answering.
        Together("sv.together-network-error", C.NETWORK_ERROR, (
            ("e-postserver", "server", "mailserver"),
            ("svarar inte", "inte svarar"),
        ), "https://hjalp.styrelseproffset.se/sv/articles/4017179-utskicksfel"),
        # GoDaddy's list ("Mottagarkontot vidarebefordrar meddelandet i en slinga (loop)"): a
        # forwarding loop.
        Together("sv.together-network-error-loop", C.NETWORK_ERROR, (
            ("vidarebefordra", "meddelandet"),
            ("slinga",),
        ), "https://se.godaddy.com/help/vad-ar-en-e-postavvisning-3568"),
        # Microsoft's Swedish Alchemy Insights article on NDR 5.7.511 ("påverkas kontot bort ur
        # listan Spärrade avsändare"): the sender on the blocked senders' list.
        Together("sv.together-blocklisted", C.BLOCKLISTED, (
            ("listan", "lista"),
            ("spärrade avsändare", "blockerade avsändare"),
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sv-SE:AlchemyInsights/1264-ip-blocked-for-sending-too-much"
           "-spam-550-5-7-51.md", window=30),
        # Microsoft's Swedish Alchemy Insights article on NDR 4.5.3 ("mängden e-trafik från
        # IP-källadress överskrider begränsningen"): the mail traffic over its limit.
        Together("sv.together-rate-limited-traffic", C.RATE_LIMITED, (
            ("trafik",),
            ("överskrider",),
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.sv-SE:AlchemyInsights/1049-antispam-4-5-3-too-many-recipien"
           "ts-as780090.md", window=60),
        # fetchmail's "<protocol> connection to <host> failed", the host between the words
        Together("sv.together-network-error-fetchmail", C.NETWORK_ERROR, (
            ("anslutning till",),
            ("misslyckades",),
        ), "Distrotech/fetchmail:po/sv.po", window=60),
    ),
)
