"""Dutch wording of SMTP replies and bounce notices: the Dutch text of Microsoft 365 NDRs, the
nl_NL Roundcube client strings that quote a server's refusal, and Dutch hosts' help pages that
quote or translate bounce wording (Strato, Lasso, Weboke). Dutch providers (KPN, Ziggo, xs4all)
reply in English, so most Dutch text reaches a sender through clients and NDR bodies. Sources:
roundcube/roundcubemail
program/localization/nl_NL/messages.inc, support.office.com nl-nl, strato.nl, lasso-concepten.nl.
Also: Thunderbird's composeMsgs.properties, Evolution's translated RFC 5321 reply texts
(GNOME/evolution-data-server po/), MailScanner's localized sender notices (MailScanner/v5
reports/).
Also: glibc's translated strerror and resolver texts (bminor/glibc po/), Zimbra's
web-client errors (Zimbra/zm-ajax ZMsg), SOGo's send errors (Alinto/sogo UI/MailerUI),
PHPMailer's language files, Mailman 2's refusals, MailScanner's attachment refusals, Evolution's
RFC 5321 reply texts, Roundcube's regional SMTP errors.
Also: the translated SMTP errors of mail clients, webmails and list managers: Horde IMP, Kopano,
Mutt, Claws Mail, Sylpheed, Thunderbird l10n, Evolution's camel-smtp, Sympa, Mailman 2 hold
reasons, Mailspring, SnappyMail, Nextcloud Mail, SquirrelMail, SpamAssassin's spam report,
FairEmail, Cypht, CodeIgniter's Email library.
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/).
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_ROUNDCUBE = "roundcube/roundcubemail:program/localization/nl_NL/messages.inc"
_STRATO = "https://www.strato.nl/faq/mail/waarom-krijg-ik-foutmeldingen-bij-het-werken-met-e-mail/"
_LASSO = "https://forum.lasso-concepten.nl/t/foutmeldingen-bij-e-mail/154"
_O365 = (
    "https://support.office.com/nl-nl/article/rapporten-over-niet-uitgevoerde-bezorging-"
    "e-mailen-in-office-365-51daa6b9-2e35-49c4-a0c9-df85bf8533c3"
)
_DATION = (
    "https://help.dation.nl/support/solutions/articles/"
    "80001046844-niet-verzonden-e-mails-bijwerken-"
)

_EVO_PO = "GNOME/evolution-data-server:po/nl.po"
_MAILSCANNER = "MailScanner/v5:common/usr/share/MailScanner/reports/nl/"
_RC_L10N = "roundcube/roundcubemail:program/localization/nl_NL/messages.inc"
_TB_L10N = (
    "thunderbird/thunderbird-l10n:nl/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)

LANGUAGE = Language(
    code="nl",
    name="Dutch",
    phrases=(
        # MailScanner's notice to the sender of a message deleted as spam for its content and its sending server (sender.spam.report.txt).
        Phrases("nl.spam-content-mailscanner-report", C.SPAM_CONTENT, (
            "spamdetector reageerde",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/nl/sender.spam.report.txt"),
        # MailScanner's notice put in place of an attachment found infected by a virus.
        Phrases("nl.virus-mailscanner-replaced", C.VIRUS, (
            "geinfecteerd door een virus",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/nl/deleted.virus.message.txt"),
        # Thunderbird's account setup errors (accountCreationModel.properties): unable to log in
        # at the server, probably a wrong configuration, username or password.
        Phrases("nl.auth-failed-thunderbird-setup", C.AUTH_FAILED, (
            "aanmelden bij server is niet mogelijk",
        ), ("thunderbird/thunderbird-l10n:nl/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("nl.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "kan geen server vinden",
        ), ("thunderbird/thunderbird-l10n:nl/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Mutt's authentication errors (po/): anonymous, CRAM-MD5, GSSAPI, SASL or APOP
        # authentication failed, LOGIN disabled on the server, login failed.
        Phrases("nl.auth-failed-mutt-po", C.AUTH_FAILED, (
            "login is uitgeschakeld op deze server", "apop authenticatie geweigerd",
        ), "muttmua/mutt:po/nl.po"),
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write.
        Phrases("nl.network-error-mutt-po", C.NETWORK_ERROR, (
            "kan adres van server", "fout tijdens verbinden met server", "smtp-sessie is mislukt",
        ), "muttmua/mutt:po/nl.po"),
        # Mutt's TLS errors (po/): TLS could not be negotiated, no encrypted connection, SSL
        # failed, the server certificate expired, untrusted or not matching the host name, its
        # verification failed.
        Phrases("nl.tls-required-mutt-po", C.TLS_REQUIRED, (
            "ssl is mislukt", "controle van servernaam van certificaat",
            "komt niet overeen met certificaat", "kan server certificaat niet verkrijgen",
            "fout bij verifiëren van certificaat",
        ), "muttmua/mutt:po/nl.po"),
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("nl.auth-failed-weak-kimap", C.AUTH_FAILED, (
            "aanmelden is mislukt",
        ), "KDE/kimap:po/nl/libkimap6.po", decisive=False),
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("nl.auth-failed-kimap", C.AUTH_FAILED, (
            "plat aanmelden is uitgeschakeld",
        ), "KDE/kimap:po/nl/libkimap6.po"),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("nl.tls-required-kimap", C.TLS_REQUIRED, (
            "tls-onderhandeling is mislukt", "ssl-handdruk is mislukt",
        ), "KDE/kimap:po/nl/libkimap6.po"),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("nl.network-error-kdepim-imap", C.NETWORK_ERROR, (
            "verbinding verbroken",
        ), "KDE/kdepim-runtime:po/nl/akonadi_imap_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("nl.network-error-kdepim", C.NETWORK_ERROR, (
            "er kon geen verbinding met de server worden gemaakt",
            "kan geen verbinding maken met de imap-server",
            "de server verbrak onmiddellijk de verbinding", "tijdslimiet vanaf pop3-server",
            "verbinding met pop3-server", "verbinding vanaf de server verbroken",
            "verbinding verbroken bij aanmelden",
        ), "KDE/kdepim-runtime:po/nl/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime): an error during authentication, unable
        # to log in to the server.
        Phrases("nl.auth-failed-kdepim", C.AUTH_FAILED, (
            "er deed zich een fout voor tijdens de authenticatie", "aanmelden op de server",
        ), "KDE/kdepim-runtime:po/nl/akonadi_pop3_resource.po"),
        # KDE's Akonadi POP3 resource (kdepim-runtime): an SSL/TLS error.
        Phrases("nl.tls-required-kdepim", C.TLS_REQUIRED, (
            "ssl/tls-fout",
        ), "KDE/kdepim-runtime:po/nl/akonadi_pop3_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("nl.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "server is niet beschikbaar",
        ), "KDE/kdepim-runtime:po/nl/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("nl.tls-required-glib-networking", C.TLS_REQUIRED, (
            "vereiste een tls-certificaat", "onacceptabel tls-certificaat",
            "kon geen tls-verbinding maken", "gaf geen tls-handshake",
            "tls-verbinding onverwachts afgebroken", "stuurde geen certificaat",
            "fatale tls-waarschuwing", "onacceptabele tls-certificaatautoriteit",
        ), "GNOME/glib-networking:po/nl.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("nl.network-error-glib-networking", C.NETWORK_ERROR, (
            "time-out bij socket-i/o", "de verbinding is verbroken",
        ), "GNOME/glib-networking:po/nl.po"),
        # Thunderbird's connection timeout and refusal (messenger.properties).
        Phrases("nl.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "wachttijd voor verbinding", "de verbinding werd geweigerd",
        ), "thunderbird/thunderbird-l10n:nl/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the server broke the connection.
        Phrases("nl.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "heeft de verbinding verbroken",
        ), "thunderbird/thunderbird-l10n:nl/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): an unrecoverable TLS error.
        Phrases("nl.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "niet-overschrijfbare tls-fout",
        ), "thunderbird/thunderbird-l10n:nl/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): plain-text passwords not allowed (the
        # POP3 one alike).
        Phrases("nl.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "staat geen plattetekstwachtwoorden toe",
        ), "thunderbird/thunderbird-l10n:nl/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("nl.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "verzending van wachtwoord",
        ), "thunderbird/thunderbird-l10n:nl/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("nl.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "kan geen tls-verbinding",
        ), "thunderbird/thunderbird-l10n:nl/mail/chrome/messenger/localMsgs.properties"),
        # The address written to does not exist.
        Phrases("nl.user-unknown-adres-bestaat-niet", C.USER_UNKNOWN, (
            "adres waar u naar toe stuurt niet bestaat",
        ), "http://nl.help.carerix.com/nl/articles/2245905-e-mail-bounce"),
        # Roundcube's 'SMTP Error: Failed to set sender'.
        Phrases("nl.sender-rejected-roundcube-be", C.SENDER_REJECTED, (
            "kon afzender",
        ), "roundcube/roundcubemail:program/localization/nl_BE/messages.inc"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("nl.auth-required-kmail", C.AUTH_REQUIRED, (
            "u dient een gebruikersnaam en wachtwoord op te geven",
        ), "KDE/kmailtransport:po/nl/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("nl.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "biedt geen ondersteuning voor authenticatie",
        ), "KDE/kmailtransport:po/nl/libmailtransport6.po"),
        Phrases("nl.user-unknown", C.USER_UNKNOWN, (
            "e-mailadres niet bekend", "e-mail adres niet bekend",
        ), _DATION),
        # Microsoft's Dutch help title for 550 5.7.708 'Access denied, traffic not accepted from this IP' (a poorly reputed IP, as the 5.7.7xx code rule reads it).
        Phrases("nl.reputation-microsoft-traffic", C.REPUTATION, (
            "verkeer niet geaccepteerd vanaf dit ip",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.nl-NL:AlchemyInsights/"
            "antispam-550-5-7-708-service-unavailable-access-denied-traffic-not-accepted.md")),
        # Microsoft's Dutch help title for 5.7.750 'Client blocked from sending from unregistered domain' (the 5.7.7xx code rule reads it as reputation).
        Phrases("nl.reputation-microsoft-unregistered-domain", C.REPUTATION, (
            "verzenden van niet-geregistreerd domein",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.nl-NL:AlchemyInsights/"
            "5-7-750-service-unavailable-client-blocked-from-sending-from-unregistered-d.md")),
        # Microsoft's Dutch help title: the account restricted for sending too much spam (5.1.8, the sender blocked).
        Phrases("nl.sender-rejected-exchange-spam", C.SENDER_REJECTED, (
            "vanwege het verzenden van te veel spam",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.nl-NL:AlchemyInsights/"
            "sender-blocked-for-sending-too-much-spam.md")),
        # Exchange Online's Dutch 5.1.8 NDR for a user restricted for sending spam, as Microsoft's nl-NL docs on the Restricted users portal quote it: "Uw bericht kan niet worden bezorgd omdat u niet als een geldige afzender bent herkend", "550 5.1.8 Toegang geweigerd, slechte uitgaande afzender" (bad outbound sender).
        Phrases("nl.sender-rejected-exchange-bad-sender", C.SENDER_REJECTED, (
            "niet als een geldige afzender bent herkend", "slechte uitgaande afzender",
        ), ("MicrosoftDocs/microsoft-365-docs-pr.nl-NL:microsoft-365/security/office-365-security/"
            "removing-user-from-restricted-users-portal-after-spam.md")),
        # Microsoft's Dutch help on Exchange Online's receiving limit: senders get an NDR (5.2.121/5.2.122) saying the mailbox exceeded its maximum delivery threshold.
        Phrases("nl.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "minuten beperkt",
            "maximumbezorgingsdrempel heeft overschreden",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.nl-NL:AlchemyInsights/"
            "mailbox-receiving-limit.md")),
        Phrases("nl.user-unknown-weak", C.USER_UNKNOWN, ("bestaat niet",), _LASSO,
                decisive=False),
        Phrases("nl.mailbox-full", C.MAILBOX_FULL, (
            "postvak van de ontvanger is vol", "mailbox van het e-mailadres is vol",
            "mailbox vol", "postbus vol",
        ), _STRATO),
        Phrases("nl.auth-failed", C.AUTH_FAILED, ("authenticatie mislukt",), _ROUNDCUBE),
        Phrases("nl.network-error", C.NETWORK_ERROR, (
            "verbinding met server mislukt", "verbinding geweigerd",
        ), _ROUNDCUBE),
        Phrases("nl.system-full", C.SYSTEM_FULL, ("onvoldoende systeemopslag",), _LASSO),
        Phrases("nl.service-unavailable", C.SERVICE_UNAVAILABLE, (
            "service is niet beschikbaar",
        ), _LASSO, decisive=False),
        Phrases("nl.message-too-large", C.MESSAGE_TOO_LARGE, (
            "berichtgrootte overschrijdt",
        ), _ROUNDCUBE),
        Phrases("nl.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "controleer of uw e-mailadres juist is ingesteld",
        ), _TB_L10N, decisive=False),
        Phrases("nl.too-many-recipients-thunderbird", C.RATE_LIMITED, (
            "toegestane aantal ontvangers wordt overschreden",
        ), _TB_L10N),
        Phrases("nl.message-too-large-thunderbird", C.MESSAGE_TOO_LARGE, (
            "overschrijdt de globalegroottelimiet",
        ), _TB_L10N),
        Phrases("nl.network-error-thunderbird", C.NETWORK_ERROR, (
            "mogelijk is de server niet juist geconfigureerd", "het verbinden met uitgaande",
            "in het midden van de transactie werd verbroken", "de wachttijd voor de verbinding",
        ), _TB_L10N),
        Phrases("nl.auth-failed-thunderbird", C.AUTH_FAILED, (
            "kan niet authenticeren bij uitgaande",
            "ondersteunt de geselecteerde authenticatiemethode niet",
        ), _TB_L10N),
        Phrases("nl.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "kan niet ingesteld worden",
        ), _RC_L10N, decisive=False),
        Phrases("nl.mailbox-full-evolution", C.MAILBOX_FULL, (
            "gebruikt teveel ruimte",
        ), _EVO_PO),
        Phrases("nl.auth-required-evolution", C.AUTH_REQUIRED, (
            "aanmelding is vereist",
        ), _EVO_PO),
        Phrases("nl.auth-failed-evolution", C.AUTH_FAILED, (
            "tijdelijke fout bij aanmelden", "aanmeldingsmechanisme te zwak",
        ), _EVO_PO),
        Phrases("nl.system-full-evolution", C.SYSTEM_FULL, (
            "onvoldoende ruimte op systeem",
        ), _EVO_PO),
        Phrases("nl.virus-mailscanner", C.VIRUS, (
            "onze virusscanner reageerde", "besmette bijlagen zijn niet afgeleverd",
        ), _MAILSCANNER + "sender.virus.report.txt"),
        Phrases("nl.blocklisted-mailscanner", C.BLOCKLISTED, (
            "opgenomen in een openbare zwarte lijst",
        ), _MAILSCANNER + "sender.spam.rbl.report.txt"),
        Phrases("nl.spam-content-mailscanner", C.SPAM_CONTENT, (
            "kenmerken die normaal gesproken alleen bij spam",
        ), _MAILSCANNER + "sender.spam.sa.report.txt"),
        Phrases("nl.sender-rejected-mailman", C.SENDER_REJECTED, (
            "niet toegestaan berichten te versturen naar deze lijst", "bericht van een niet-lid",
            "niet-leden mogen geen berichten versturen",
        ), "jaredmauch/mailman2-python3:messages/nl/LC_MESSAGES/mailman.po"),
        Phrases("nl.user-unknown-sympa", C.USER_UNKNOWN, (
            "is geen bekende mailinglijst",
        ), "sympa-community/sympa:po/sympa/nl.po"),
        Phrases("nl.sender-rejected-sympa", C.SENDER_REJECTED, (
            "distributie van berichten: toestemming geweigerd",
            "op de lijst is beperkt tot lijstabonnees", "op deze lijst is niet toegestaan",
        ), "sympa-community/sympa:po/sympa/nl.po"),
        # Exchange Online's 5.1.90 NDR (the sender's daily recipient limit), as Microsoft's
        # localized help titles it.
        Phrases("nl.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "dagelijkse limiet voor geadresseerden",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.nl-NL:AlchemyInsights/5-1-90-your-mess"
            "age-cant-be-sent-daily-limit.md"
        )),
        # Outlook's Dutch relay refusal, as Microsoft's Dutch help quotes it.
        Phrases("nl.relay-denied-outlook", C.RELAY_DENIED, (
            "doorsturen geweigerd",
        ), (
            "https://support.microsoft.com/nl-nl/office/ik-ontvang-550-553-en-doorstuurfouten"
            "-relay-bij-het-verzenden-van-e-mailberichten-65b494a4-0a15-433e-829f-e73651e0245"
            "e"
        )),
        # Gmail's Dutch sending-limit errors (Google Workspace's help on sending limits).
        Phrases("nl.rate-limited-gmail", C.RATE_LIMITED, (
            "limiet bereikt voor het verzenden van e-mails",
            "verzendlimiet bereikt in gmail",
            "maximale aantal ontvangers overschreden",
        ), "https://support.google.com/a/answer/166852?hl=nl&ref_topic=28609"),
        # glibc's translated strerror texts: ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, EADDRNOTAVAIL,
        # ENETUNREACH, ECONNRESET, ECONNABORTED, ENETDOWN, EHOSTDOWN, gai_strerror's EAI_AGAIN
        # and the resolver's host name lookup failure.
        Phrases("nl.network-error-glibc", C.NETWORK_ERROR, (
            "onherstelbaar probleem in naamsherleiding",
            "host is inactief",
            "netwerk ligt plat",
            "verbinding is verbroken door lokaal probleem",
            "opzoeken van hostnaam is mislukt",
            "verbinding is geweigerd", "verbinding is verlopen", "geen route naar host",
            "kan verzochte adres niet toewijzen", "netwerk is onbereikbaar",
            "verbinding is weggevallen", "tijdelijk probleem in naamsherleiding",
        ), "bminor/glibc:po/nl.po"),
        # glibc's translated gai_strerror texts (EAI_NONAME, EAI_NODATA) and the resolver's
        # unknown host.
        Phrases("nl.host-unknown-glibc", C.HOST_UNKNOWN, (
            "onbekende host",
            "naam of dienst is niet bekend", "aan hostnaam is geen adres verbonden",
        ), "bminor/glibc:po/nl.po"),
        Phrases("nl.user-unknown-evolution", C.USER_UNKNOWN, (
            "postbus niet beschikbaar", "postbusnaam niet toegestaan",
        ), "GNOME/evolution-data-server:po/nl.po", decisive=False),
        Phrases("nl.has-moved-evolution", C.HAS_MOVED, (
            "gebruiker niet lokaal",
        ), "GNOME/evolution-data-server:po/nl.po"),
        Phrases("nl.syntax-error-evolution", C.SYNTAX_ERROR, (
            "syntactische fout",
        ), "GNOME/evolution-data-server:po/nl.po", decisive=False),
        Phrases("nl.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "opdracht niet geïmplementeerd", "opdrachtparameter niet geïmplementeerd",
        ), "GNOME/evolution-data-server:po/nl.po", decisive=False),
        Phrases("nl.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "systeemdienst niet beschikbaar",
        ), "GNOME/evolution-data-server:po/nl.po", decisive=False),
        Phrases("nl.server-error-evolution", C.SERVER_ERROR, (
            "fout tijdens verwerken",
        ), "GNOME/evolution-data-server:po/nl.po", decisive=False),
        Phrases("nl.tls-required-evolution", C.TLS_REQUIRED, (
            "versleuteling vereist voor gewenst aanmeldingsmechanisme",
        ), "GNOME/evolution-data-server:po/nl.po"),
        Phrases("nl.user-unknown-zimbra", C.USER_UNKNOWN, (
            "een dergelijke account is niet aanwezig",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_nl.properties"),
        Phrases("nl.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, (
            "maximaal toegestane grootte heeft overschreden",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_nl.properties"),
        Phrases("nl.service-unavailable-zimbra", C.SERVICE_UNAVAILABLE, (
            "service tijdelijk niet beschikbaar",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_nl.properties", decisive=False),
        Phrases("nl.network-error-zimbra", C.NETWORK_ERROR, (
            "te veel sprongen tussen servers",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_nl.properties"),
        Phrases("nl.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "bericht is te groot", "bericht was te groot",
        ), "jaredmauch/mailman2-python3:messages/nl/LC_MESSAGES/mailman.po"),
        Phrases("nl.too-many-recipients-mailman", C.RATE_LIMITED, (
            "te veel geadresseerden",
        ), "jaredmauch/mailman2-python3:messages/nl/LC_MESSAGES/mailman.po"),
        Phrases("nl.network-error-phpmailer", C.NETWORK_ERROR, (
            "kon niet verbinden met smtp-host", "smtp-verbinding mislukt",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-nl.php"),
        Phrases("nl.sender-rejected-phpmailer", C.SENDER_REJECTED, (
            "volgende afzenderadres is mislukt",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-nl.php", decisive=False),
        Phrases("nl.content-rejected-roundcube", C.CONTENT_REJECTED, (
            "ondersteunt geen unicode in het e-mailadres",
        ), "roundcube/roundcubemail:program/localization/nl_NL/messages.inc"),
        Phrases("nl.content-rejected-mailscanner", C.CONTENT_REJECTED, (
            "lijst met onaanvaardbare bijlagen",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/nl/sender.filename.report.txt"),
        Phrases("nl.user-unknown-sogo", C.USER_UNKNOWN, (
            "alle ontvangers zijn ongeldig", "volgende adressen zijn ongeldig",
        ), "Alinto/sogo:UI/MailerUI/Dutch.lproj/Localizable.strings"),
        Phrases("nl.network-error-sogo", C.NETWORK_ERROR, (
            "fout bij verbinden met de smtp server",
        ), "Alinto/sogo:UI/MailerUI/Dutch.lproj/Localizable.strings"),
        Phrases("nl.user-unknown-zimbra-address", C.USER_UNKNOWN, (
            "vanwege ongeldig adres",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_nl.properties", decisive=False),
        Phrases("nl.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "kerberos/gssapi-ticket werd niet geaccepteerd",
        ), (
            "thunderbird/thunderbird-l10n:nl/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("nl.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "staat geen gebruik van plattetekstwachtwoorden toe",
        ), (
            "thunderbird/thunderbird-l10n:nl/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("nl.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "juiste identiteit gebruikt om te verzenden",
        ), (
            "thunderbird/thunderbird-l10n:nl/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        ), decisive=False),
        Phrases("nl.content-rejected-mailman", C.CONTENT_REJECTED, (
            "inhoudstype van uw bericht", "bestandstype van het bericht", "was het bericht leeg",
        ), "jaredmauch/mailman2-python3:messages/nl/LC_MESSAGES/mailman.po"),
        Phrases("nl.auth-failed-evolution-response", C.AUTH_FAILED, (
            "foutief antwoord van de server bij aanmelding",
        ), "GNOME/evolution-data-server:po/nl.po"),
        Phrases("nl.sender-rejected-evolution", C.SENDER_REJECTED, (
            "ongeldig afzenderadres",
        ), "GNOME/evolution-data-server:po/nl.po", decisive=False),
        # Horde IMP's refusal of a message to more recipients than the sender may reach.
        Phrases("nl.rate-limited-horde", C.RATE_LIMITED, (
            "ontvangers berichten zenden",
        ), "horde/imp:locale/nl/LC_MESSAGES/imp.po"),
        # Kopano's spooler refusing to send as another user or group.
        Phrases("nl.sender-rejected-send-as", C.SENDER_REJECTED, (
            "niet toegestaan te verzenden als gebruiker",
            "namens wie u probeert te verzenden",
        ), "Kopano-dev/kopano-core:po/nl.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("nl.tls-required-mail-clients", C.TLS_REQUIRED, (
            "fout bij starten starttls-verbinding",
            "tls-handdruk mislukt",
            "kan de starttls-sessie niet tot stand brengen",
            "kan starttls-sessie niet tot stand brengen",
            "server vereist starttls",
            "starttls mislukt",
            "kon tls connectie niet onderhandelen",
            "versleutelde verbinding niet beschikbaar",
        ), "eworm-de/claws-mail:po/nl.po; muttmua/mutt:po/nl.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("nl.auth-failed-mail-clients", C.AUTH_FAILED, (
            "smtp auth methode niet beschikbaar",
            "sterkere authenticatie vereist",
        ), "eworm-de/claws-mail:po/nl.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("nl.auth-failed-weak-mail-clients", C.AUTH_FAILED, (
            "fout opgetreden tijdens de authenticatie",
            "authenticatie is mislukt",
        ), "eworm-de/claws-mail:po/nl.po; muttmua/mutt:po/nl.po", decisive=False),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("nl.network-error-mail-clients", C.NETWORK_ERROR, (
            "niet binnen tijdslimiet tot stand gekomen",
            "verbinding gesloten door de server",
            "server heeft verbinding gesloten",
        ), "eworm-de/claws-mail:po/nl.po; muttmua/mutt:po/nl.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("nl.network-error-weak-mail-clients", C.NETWORK_ERROR, (
            "kan niet verbinden met",
        ), "muttmua/mutt:po/nl.po", decisive=False),
        # Sylpheed's translated client errors (po/) when the SMTP server's TLS, authentication or
        # connection fails.
        Phrases("nl.network-error-sylpheed", C.NETWORK_ERROR, (
            "verbinding verbroken door andere computer",
        ), "sylpheed-mail/sylpheed:po/nl.po"),
        # Sylpheed's translated client errors (po/) when the SMTP server's TLS, authentication or
        # connection fails.
        Phrases("nl.auth-failed-weak-sylpheed", C.AUTH_FAILED, (
            "identificatie mislukt",
            "fout opgetreden tijdens de identificatie",
        ), "sylpheed-mail/sylpheed:po/nl.po", decisive=False),
        # Sylpheed's translated client errors (po/) when the SMTP server's TLS, authentication or
        # connection fails.
        Phrases("nl.tls-required-sylpheed", C.TLS_REQUIRED, (
            "kan tls sessie niet starten",
        ), "sylpheed-mail/sylpheed:po/nl.po"),
        # Sylpheed's translated client errors (po/) when the SMTP server's TLS, authentication or
        # connection fails.
        Phrases("nl.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp auth niet beschikbaar",
        ), "sylpheed-mail/sylpheed:po/nl.po"),
        # Roundcube refusing a message to more recipients than its limit allows.
        Phrases("nl.rate-limited-roundcube-too-many-recipients", C.RATE_LIMITED, (
            "te veel ontvangers",
        ), "roundcube/roundcubemail:program/localization/nl_NL/messages.inc"),
        # Roundcube refusing to send again before its minimum interval between messages.
        Phrases("nl.rate-limited-roundcube-sent-too-quickly", C.RATE_LIMITED, (
            "seconde(n) voordat u dit bericht verstuurt",
            "wachten om het bericht te versturen",
        ), (
            "roundcube/roundcubemail:program/localization/nl_NL/messages.inc; roundcube/round"
            "cubemail:program/localization/nl_BE/messages.inc"
        )),
        # Thunderbird: STARTTLS required but not offered by the outgoing server.
        Phrases("nl.tls-required-thunderbird-l10n", C.TLS_REQUIRED, (
            "met starttls, aangezien de server die functie niet aankondigt",
        ), (
            "thunderbird/thunderbird-l10n:nl/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        # Thunderbird: the sender (From:) address or identity is invalid.
        Phrases("nl.sender-rejected-thunderbird-l10n", C.SENDER_REJECTED, (
            "het adres van de afzender (van:) is ongeldig",
            "de identiteit van de afzender is ongeldig",
        ), (
            "thunderbird/thunderbird-l10n:nl/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        # Thunderbird: the outgoing server does not take the chosen (encrypted) password method.
        Phrases("nl.auth-failed-thunderbird-l10n", C.AUTH_FAILED, (
            "lijkt geen versleutelde wachtwoorden te ondersteunen",
        ), (
            "thunderbird/thunderbird-l10n:nl/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        # Evolution's translated SMTP transport errors (camel-smtp-transport): the secure connection,
        # STARTTLS or the authentication type failed; RFC 4954's password transition.
        Phrases("nl.tls-required-evolution-camel", C.TLS_REQUIRED, (
            "fout bij opzetten van beveiligde verbinding",
            "starttls-opdracht mislukt",
        ), "GNOME/evolution-data-server:po/nl.po"),
        # Evolution's translated SMTP transport errors (camel-smtp-transport): the secure connection,
        # STARTTLS or the authentication type failed; RFC 4954's password transition.
        Phrases("nl.auth-failed-evolution-camel", C.AUTH_FAILED, (
            "geen ondersteuning voor aanmelding",
            "veranderen van wachtwoord is vereist",
        ), "GNOME/evolution-data-server:po/nl.po"),
        # Zimbra web client's translated errors (ZMsg): wrong username or password, authentication
        # required, the server cannot be reached or timed out.
        Phrases("nl.auth-failed-zimbra-web", C.AUTH_FAILED, (
            "de gebruikersnaam of het wachtwoord is onjuist",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_nl.properties"),
        # Zimbra web client's translated errors (ZMsg): wrong username or password, authentication
        # required, the server cannot be reached or timed out.
        Phrases("nl.auth-required-weak-zimbra-web", C.AUTH_REQUIRED, (
            "verificatie vereist",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_nl.properties", decisive=False),
        # Zimbra web client's translated errors (ZMsg): wrong username or password, authentication
        # required, the server cannot be reached or timed out.
        Phrases("nl.network-error-zimbra-web", C.NETWORK_ERROR, (
            "verbinding met de afstandsserver heeft een time-out",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_nl.properties"),
        # Sympa: the list takes posts only from its moderators, owners, subscribers or local users.
        Phrases("nl.sender-rejected-sympa-lists", C.SENDER_REJECTED, (
            "distributie van berichten op de lijst is beperkt",
            "distributie van berichten voor deze lijst is beperkt",
        ), "sympa-community/sympa:po/sympa/nl.po"),
        # Sympa: the message is larger than the list's maximum size.
        Phrases("nl.message-too-large-sympa-lists", C.MESSAGE_TOO_LARGE, (
            "bericht te groot",
        ), "sympa-community/sympa:po/sympa/nl.po"),
        # Sympa: the address is not a list it knows.
        Phrases("nl.user-unknown-sympa-lists", C.USER_UNKNOWN, (
            "onbekende lijst",
        ), "sympa-community/sympa:po/sympa/nl.po"),
        # Mailman 2 holding or refusing a post for the list's own rules: a moderated list, an implicit
        # destination, possible administrivia, a restricted list, a suspicious header.
        Phrases("nl.policy-violation-mailman-held", C.POLICY_VIOLATION, (
            "bericht aan een gemodereerde lijst",
            "bericht heeft een 'blinde' bestemming",
            "bevat wellicht administratieve opdrachten",
            "besloten lijst door de afzender is goedkeuring nodig",
            "bericht heeft een verdachte header",
        ), "jaredmauch/mailman2-python3:messages/nl/LC_MESSAGES/mailman.po"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("nl.auth-failed-mailspring", C.AUTH_FAILED, (
            "verificatiefout - controleer uw gebruikersnaam",
            "ondersteunt geen standaard gebruikersnaam / wachtwoord-authenticatie",
        ), "Foundry376/Mailspring:app/lang/nl.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("nl.network-error-mailspring", C.NETWORK_ERROR, (
            "kan geen verbinding maken met de server / poort",
        ), "Foundry376/Mailspring:app/lang/nl.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("nl.tls-required-mailspring", C.TLS_REQUIRED, (
            "starttls is niet beschikbaar",
        ), "Foundry376/Mailspring:app/lang/nl.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("nl.relay-denied-mailspring", C.RELAY_DENIED, (
            "de smtp-server stuurt geen bericht door",
        ), "Foundry376/Mailspring:app/lang/nl.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("nl.rate-limited-mailspring", C.RATE_LIMITED, (
            "dagelijkse verzendlimiet overschreden",
            "gmail-bandbreedte overschreden",
        ), "Foundry376/Mailspring:app/lang/nl.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("nl.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "te veel actieve verbindingen",
        ), "Foundry376/Mailspring:app/lang/nl.json"),
        # SnappyMail webmail's translated notifications: the server cannot be reached, the
        # recipients are invalid, the authentication failed.
        Phrases("nl.network-error-snappymail", C.NETWORK_ERROR, (
            "kan geen verbinding maken met de server",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/nl/user.json"),
        # SnappyMail webmail's translated notifications: the server cannot be reached, the
        # recipients are invalid, the authentication failed.
        Phrases("nl.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "onjuiste ontvangers",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/nl/user.json", decisive=False),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the
        # connection failed; the SMTP credentials were refused.
        Phrases("nl.network-error-nextcloud-mail", C.NETWORK_ERROR, (
            "smtp verbinding mislukt",
        ), "nextcloud/mail:l10n/nl.json"),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("nl.auth-failed-weak-squirrelmail", C.AUTH_FAILED, (
            "authorisatie mislukt",
        ), "RealityRipple/squirrelmail:locale/nl_NL/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("nl.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "authorisatie mechanisme is te zwak",
            "tijdelijke authorisatie fout",
        ), "RealityRipple/squirrelmail:locale/nl_NL/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("nl.auth-required-squirrelmail", C.AUTH_REQUIRED, (
            "authorisatie vereist",
        ), "RealityRipple/squirrelmail:locale/nl_NL/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("nl.bad-sequence-weak-squirrelmail", C.BAD_SEQUENCE, (
            "foute volgorde van commando/'s",
        ), "RealityRipple/squirrelmail:locale/nl_NL/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("nl.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "commando niet geimplementeerd",
            "commando parameter niet geimplementeerd",
        ), "RealityRipple/squirrelmail:locale/nl_NL/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("nl.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "encryptie vereist bij het gevraagde authorisatie mechanisme",
        ), "RealityRipple/squirrelmail:locale/nl_NL/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("nl.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "fout in voortgangsproces",
        ), "RealityRipple/squirrelmail:locale/nl_NL/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("nl.system-full-squirrelmail", C.SYSTEM_FULL, (
            "onvoldoende ruimte beschikbaar op systeem",
        ), "RealityRipple/squirrelmail:locale/nl_NL/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("nl.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "mailbox naam niet toegestaan",
            "maibox niet beschikbaar",
            "mailbox niet beschikbaar",
        ), "RealityRipple/squirrelmail:locale/nl_NL/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("nl.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "overschrijding toekenning opslagruimte",
        ), "RealityRipple/squirrelmail:locale/nl_NL/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("nl.service-unavailable-weak-squirrelmail", C.SERVICE_UNAVAILABLE, (
            "service niet beschikbaar, kanaal wordt afgesloten",
        ), "RealityRipple/squirrelmail:locale/nl_NL/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("nl.syntax-error-weak-squirrelmail", C.SYNTAX_ERROR, (
            "syntax fout in parameters of argumenten",
            "commando niet herkend",
        ), "RealityRipple/squirrelmail:locale/nl_NL/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("nl.has-moved-squirrelmail", C.HAS_MOVED, (
            "gebruiker niet locaal; probeer doorsturen",
        ), "RealityRipple/squirrelmail:locale/nl_NL/LC_MESSAGES/squirrelmail.po"),
        # SpamAssassin's Dutch report (rules/30_text_nl.cf) and its DNSBL rule descriptions.
        Phrases("nl.spam-content-spamassassin", C.SPAM_CONTENT, (
            "als mogelijke spam aangemerkt",
        ), "apache/spamassassin:rules/30_text_nl.cf"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("nl.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "groter dan de serverlimiet",
        ), "M66B/FairEmail:app/src/main/res/values-nl-rNL/strings.xml"),
        # Cypht's translated refusal of the SMTP server's authentication.
        Phrases("nl.auth-failed-cypht", C.AUTH_FAILED, (
            "authenticatie met de smpt-server mislukt",
        ), "cypht-org/cypht:language/nl.php"),
        # CodeIgniter's Email library: the server refused the user name, password or credentials.
        Phrases("nl.auth-failed-codeigniter", C.AUTH_FAILED, (
            "authenticatie gebruikersnaam gefaald",
            "authenticatie wachtwoord gefaald",
            "bij het authenticeren gaf de gebruikersnaam",
            "bij het authenticeren gaf het wachtwoord",
        ), "codeigniter4/translations:Language/nl/Email.php"),
        # CodeIgniter's Email library: AUTH could not be started; the server's own reply follows and decides.
        Phrases("nl.auth-failed-weak-codeigniter", C.AUTH_FAILED, (
            "versturen van auth login commando gefaald",
            'auth login"-opdracht gaf een foutmelding',
        ), "codeigniter4/translations:Language/nl/Email.php", decisive=False),
        # Thunderbird: the server's answer to CLIENTID says this device may not send mail.
        Phrases("nl.policy-violation-thunderbird-clientid", C.POLICY_VIOLATION, (
            "uw apparaat geen e-mail mag verzenden",
        ), (
            "thunderbird/thunderbird-l10n:nl/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        # Roundcube's msgsizeerror: attaching would exceed the maximum message size.
        Phrases("nl.message-too-large-roundcube-attach", C.MESSAGE_TOO_LARGE, (
            "maximale grootte van een bericht",
        ), "roundcube/roundcubemail:program/localization/nl_NL/messages.inc"),
        # Office 365's Dutch help on NDR 5.1.10: the address the message went to does not exist or cannot be found.
        Phrases("nl.user-unknown-exchange-online", C.USER_UNKNOWN, (
            "bestaat niet of kan niet worden gevonden",
        ), (
            "https://support.office.com/nl-nl/article/problemen-met-e-mailbezorging-bij-foutc"
            "ode-550-5-1-10-in-office-365-oplossen-5a04a25a-a34f-476b-afc6-007fb92f86a1"
        )),
        # Office 365's Dutch help on NDR 5.7.1: the sender has no permission to send to the recipient or group.
        Phrases("nl.policy-violation-office365", C.POLICY_VIOLATION, (
            "geen toestemming om berichten",
        ), (
            "https://support.office.com/nl-nl/article/problemen-met-e-mailbezorging-bij-foutc"
            "ode-550-5-7-1-in-office-365-oplossen-da1ff375-f88f-4a3e-b81f-06cdb6ecae3c"
        )),
        # Office 365's Dutch help on NDR 5.7.1: no permission to send through a mail server between sender and recipient.
        Phrases("nl.relay-denied-office365", C.RELAY_DENIED, (
            "geen toestemming om e-mail te verzenden via",
        ), (
            "https://support.office.com/nl-nl/article/problemen-met-e-mailbezorging-bij-foutc"
            "ode-550-5-7-1-in-office-365-oplossen-da1ff375-f88f-4a3e-b81f-06cdb6ecae3c"
        )),
        # Office 365's Dutch help on NDR 5.4.1: an outbound connection could not be made.
        Phrases("nl.network-error-office365-outbound", C.NETWORK_ERROR, (
            "niet lukt om een uitgaande verbinding te maken",
        ), (
            "https://support.office.com/nl-nl/article/problemen-met-e-mailbezorging-voor-fout"
            "code-550-5-4-1-in-office-365-7dcf7a8b-e00e-49f8-bf8d-74aba79c5a6a"
        )),
        # Microsoft's Dutch help titles 'Mailbox Quota Exceeded' 'Postvakquotum overschreden'.
        Phrases("nl.mailbox-full-microsoft", C.MAILBOX_FULL, (
            "postvakquotum overschreden",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.nl-NL:AlchemyInsights/mailbox-quota-ex"
            "ceeded.md"
        )),
        # Microsoft's localized help on NDR 550 5.4.1 'Relay Access Denied' names the refusal in this language.
        Phrases("nl.relay-denied-microsoft", C.RELAY_DENIED, (
            "doorlevertoegang geweigerd",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.nl-NL:AlchemyInsights/antispam-5-4-1-d"
            "beb-catch-all.md"
        )),
        # Microsoft's Dutch help titles NDR 554 5.2.2 'mailbox full' 'postvak vol'.
        Phrases("nl.mailbox-full-microsoft-ndr", C.MAILBOX_FULL, (
            "postvak vol",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.nl-NL:AlchemyInsights/mailbox-full-error.md"),
        # Microsoft's Dutch help on TLS deprecation: 451 5.7.3 'Must issue a STARTTLS command first'.
        Phrases("nl.tls-required-microsoft", C.TLS_REQUIRED, (
            "eerst een starttls-opdracht",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.nl-NL:AlchemyInsights/issues-related-t"
            "o-tls-deprecation.md"
        )),
        # K-9 / Thunderbird for Android status says "Verbindingsfout"
        Phrases("nl.network-error-weak-k9", C.NETWORK_ERROR, ("verbindingsfout",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-nl/strings.xml"),
                decisive=False),
        # K-9 account setup says "Netwerkfout. Controleer uw netwerkverbinding"
        Phrases("nl.network-error-weak-k9-setup", C.NETWORK_ERROR, ("netwerkfout",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/setup/src/main/res/values-nl/strings.xml"),
                decisive=False),
        # K-9 server check says "Authenticatiefout"
        Phrases("nl.auth-failed-weak-k9", C.AUTH_FAILED, ("authenticatiefout",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/server/validation/src/main/res/values-nl/strings.xml"),
                decisive=False),
        # Geary, when it cannot reach the server, asks to check the network
        Phrases("nl.network-error-geary", C.NETWORK_ERROR, ("kon geen verbinding maken",),
                "GNOME/geary:po/nl.po", decisive=False),
        # Geary says an incorrect login or password, check your sending login and password
        Phrases("nl.auth-failed-geary", C.AUTH_FAILED, ("controleer uw e-mailadres en wachtwoord",
            "onjuiste login of wachtwoord", "login en wachtwoord voor verzenden",
        ),
                "GNOME/geary:po/nl.po"),
        # Delta Chat cannot log in and asks to check the address and the password
        Phrases("nl.auth-failed-deltachat", C.AUTH_FAILED, (
            "controleer je e-mailadres en wachtwoord",
        ),
                "deltachat/deltachat-android:src/main/res/values-nl/strings.xml"),
        # Delta Chat reports no internet connection (and so a failed login)
        Phrases("nl.network-error-deltachat", C.NETWORK_ERROR, ("geen internetverbinding",),
                "deltachat/deltachat-android:src/main/res/values-nl/strings.xml"),
        # GNOME Online Accounts' mail setup errors, server does not support STARTTLS, TLS not available
        Phrases("nl.tls-required-goa", C.TLS_REQUIRED, (
            "ondersteunt starttls niet", "tls is niet beschikbaar",
        ),
                "GNOME/gnome-online-accounts:po/nl.po"),
        # GNOME Online Accounts' mail setup errors, unknown authentication mechanism, failed
        Phrases("nl.auth-failed-goa", C.AUTH_FAILED, (
            "onbekende authenticatiemethode", "aanmelden mislukt",
        ),
                "GNOME/gnome-online-accounts:po/nl.po"),
        # fetchmail keeps the message, the SMTP server requires STARTTLS, TLS is mandatory
        Phrases("nl.tls-required-fetchmail", C.TLS_REQUIRED, (
            "smtp-server vereist starttls", "tls is verplicht voor deze sessie",
        ),
                "Distrotech/fetchmail:po/nl.po"),
        # fetchmail's SMTP listener refused the recipient address (weak, the reason follows)
        Phrases("nl.user-unknown-weak-fetchmail", C.USER_UNKNOWN, (
            "wijst ontvangeradres", "lokale ontvangers geweigerd",
        ),
                "Distrotech/fetchmail:po/nl.po", decisive=False),
        # K-9's account check (before Nov 2023), the username or password is incorrect
        Phrases("nl.auth-failed-k9-check", C.AUTH_FAILED, (
            "gebruikersnaam of wachtwoord ongeldig",
        ),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-nl/strings.xml"),
        # K-9's account check (before Nov 2023), it cannot connect to the server
        Phrases("nl.network-error-k9-check", C.NETWORK_ERROR, (
            "kan geen verbinding met server maken",
        ),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-nl/strings.xml"),
        # K-9's account check (before Nov 2023), the server presented an invalid SSL certificate
        Phrases("nl.tls-required-k9-check", C.TLS_REQUIRED, ("ongeldig ssl-certificaat",),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-nl/strings.xml"),
        # Geary's untrusted-connection dialog, the server's TLS certificate is unsigned, expired or mismatched
        Phrases("nl.tls-required-geary", C.TLS_REQUIRED, ("is ingetrokken en is nu ongeldig", "certificaat van de server is niet geactiveerd", "wordt onveilig beschouwd",
            "niet ondertekend door een gekende", "certificaat van de server is verlopen", "komt niet overeen met de identiteit in het certificaat",
        ),
                "GNOME/geary:po/nl.po"),
        # K-9 / Thunderbird for Android notification says "Certificate error" (weak)
        Phrases("nl.tls-required-weak-k9", C.TLS_REQUIRED, ("certificaatfout",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-nl/strings.xml"),
                decisive=False),
        # GNOME Online Accounts' TLS errors, the signing certificate authority is unknown, expired
        Phrases("nl.tls-required-goa-certificate", C.TLS_REQUIRED, (
            "ondertekenen van het certificaat is onbekend", "het certificaat is verlopen",
        ),
                "GNOME/gnome-online-accounts:po/nl.po"),
        # GNOME Online Accounts' TLS error "Invalid certificate" (weak)
        Phrases("nl.tls-required-weak-goa", C.TLS_REQUIRED, ("ongeldig certificaat",),
                "GNOME/gnome-online-accounts:po/nl.po", decisive=False),
        # GNOME Online Accounts, the server refused the password for the username
        Phrases("nl.auth-failed-goa-password", C.AUTH_FAILED, (
            "ongeldig wachtwoord bij gebruikersnaam",
        ),
                "GNOME/gnome-online-accounts:po/nl.po"),
        # fetchmail's authentication-failed notice and unknown login or authentication error
        Phrases("nl.auth-failed-fetchmail", C.AUTH_FAILED, (
            "fetchmail-aanmelding is mislukt", "onbekende gebruikersnaam of ongeldig wachtwoord",
        ),
                "Distrotech/fetchmail:po/nl.po"),
        # Evolution's SMTP errors, STARTTLS not supported or failed, secure connection failed
        Phrases("nl.tls-required-evolution-smtp", C.TLS_REQUIRED, ("starttls niet ondersteund",),
                "GNOME/evolution-data-server:po/nl.po"),
        # Evolution's SMTP errors, the AUTH command failed, no support for the mechanism
        Phrases("nl.auth-failed-evolution-smtp", C.AUTH_FAILED, ("auth-opdracht mislukt",),
                "GNOME/evolution-data-server:po/nl.po"),
        # Evolution's SMTP error when MAIL FROM fails (weak, the server's reason follows)
        Phrases("nl.sender-rejected-weak-evolution-smtp", C.SENDER_REJECTED, (
            "mail from-opdracht mislukt",
        ),
                "GNOME/evolution-data-server:po/nl.po", decisive=False),
        # SquirrelMail's nl_NL RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("nl.auth-failed-squirrelmail-svn", C.AUTH_FAILED, (
            "tijdelijke autorisatie fout",
            "autorisatie mechanisme is te zwak",
        ), "sitle/squirrelmail-src:locales/locale/nl_NL/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's nl_NL RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("nl.auth-failed-weak-squirrelmail-svn", C.AUTH_FAILED, (
            "autorisatie mislukt",
        ), "sitle/squirrelmail-src:locales/locale/nl_NL/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's nl_NL RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("nl.auth-required-squirrelmail-svn", C.AUTH_REQUIRED, (
            "autorisatie vereist",
        ), "sitle/squirrelmail-src:locales/locale/nl_NL/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's nl_NL RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("nl.tls-required-squirrelmail-svn", C.TLS_REQUIRED, (
            "encryptie vereist bij het gevraagde autorisatie",
        ), "sitle/squirrelmail-src:locales/locale/nl_NL/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's nl_NL RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("nl.syntax-error-squirrelmail-svn", C.SYNTAX_ERROR, (
            "syntaxis fout in parameters",
        ), "sitle/squirrelmail-src:locales/locale/nl_NL/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's nl_NL RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("nl.not-implemented-weak-squirrelmail-svn", C.NOT_IMPLEMENTED, (
            "commando niet geïmplementeerd",
            "commando parameter niet geïmplementeerd",
        ), "sitle/squirrelmail-src:locales/locale/nl_NL/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's nl_NL RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("nl.bad-sequence-squirrelmail-svn", C.BAD_SEQUENCE, (
            "foute volgorde van commando's",
        ), "sitle/squirrelmail-src:locales/locale/nl_NL/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's nl_NL RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("nl.server-error-weak-squirrelmail-svn", C.SERVER_ERROR, (
            "transactie mislukt",
        ), "sitle/squirrelmail-src:locales/locale/nl_NL/LC_MESSAGES/squirrelmail.po", decisive=False),
        # Geary, when the server refuses the login, asks to check the receiving login and password
        Phrases("nl.auth-failed-geary-receiving", C.AUTH_FAILED, (
            "login en wachtwoord voor ontvangen",
        ),
                "GNOME/geary:po/nl.po"),
        # ezmlm-idx's translated refusals of a post from a non-subscriber (TXT_ONLY_SUBSCRIBERS) and
        # from a poster the owner blocked (TXT_REJECT_POSTS).
        Phrases("nl.sender-rejected-ezmlm", C.SENDER_REJECTED, (
            "alleen abonnees mogen berichten sturen",
            "opdracht gekregen om uw berichten te weigeren",
        ), "bruceg/ezmlm-idx:lang/nl/messages"),
        # ezmlm-idx's translated ERR_MAX_SIZE: the post is larger than the list's limit.
        Phrases("nl.message-too-large-ezmlm", C.MESSAGE_TOO_LARGE, (
            "accepteer geen berichten die groter zijn dan",
        ), "bruceg/ezmlm-idx:lang/nl/messages"),
        # ezmlm-idx's translated ERR_NO_ADDRESS: the list address is not in To: or Cc: (an implicit
        # destination).
        Phrases("nl.policy-violation-ezmlm", C.POLICY_VIOLATION, (
            "ik heb opdracht dit bericht af te wijzen",
            "list adres moet in to",
        ), "bruceg/ezmlm-idx:lang/nl/messages"),
        # ezmlm-idx's translated ERR_NO_SUBJECT and ERR_MIN_SIZE: the post's form is refused (no
        # subject, too short).
        Phrases("nl.content-rejected-ezmlm", C.CONTENT_REJECTED, (
            "onaccepteerbare mime delen",
            "geen berichten met een leeg onderwerp",
            "geen berichten die korter zijn dan",
        ), "bruceg/ezmlm-idx:lang/nl/messages"),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("nl.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "geweigerd door de lijstbeheerder",
        ), "jaredmauch/mailman2-python3:templates/nl/refuse.txt"),
        # mlmmj's translated listtexts: the post matched an access rule the list's administrator set
        # (access) and mlmmj's translated listtexts: the list address is in neither To: nor Cc: (notintocc)
        Phrases("nl.policy-violation-mlmmj", C.POLICY_VIOLATION, (
            "uw bericht voldeed aan een regel",
            "als ontvanger dan wel cc",
        ), "neonkore/MLmmj:listtexts/nl/access; neonkore/MLmmj:listtexts/nl/notintocc"),
        # mlmmj's translated listtexts: the post is over the list's size limit (maxmailsize)
        Phrases("nl.message-too-large-mlmmj", C.MESSAGE_TOO_LARGE, (
            "geweigerd wegens limit op grootte",
            "groter was dan de limit van",
        ), "neonkore/MLmmj:listtexts/nl/maxmailsize"),
        # Sympa's translated reject.tt2 and delivery status notification: the moderator rejected the
        # post, or it was forwarded to the moderators for approval.
        Phrases("nl.policy-violation-sympa", C.POLICY_VIOLATION, (
            "afgewezen door de moderator",
            "doorgestuurd naar de moderator",
        ), "sympa-community/sympa:po/sympa/nl.po"),
        # Mailman 2's translated reasons not yet read: a post the moderator deemed inappropriate, the
        # Bcc refusal (implicit destinations not allowed), a suspicious header.
        Phrases("nl.policy-violation-mailman-inappropriate", C.POLICY_VIOLATION, (
            "niet in orde bevonden door de moderator",
            "bestemmingen zijn niet toegestaan",
            "bericht had een verdachte header",
        ), "jaredmauch/mailman2-python3:messages/nl/LC_MESSAGES/mailman.po"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("nl.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "vastgehouden voor goedkeuring",
        ), "jaredmauch/mailman2-python3:templates/nl/postheld.txt"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, SpamDetect.py): emergency hold
        # of all list traffic, a header filter rule matched, a post to a moderated newsgroup.
        Phrases("nl.policy-violation-mailman-filter", C.POLICY_VIOLATION, (
            "gemodereerde nieuwsgroep",
            "noodmoderatie in werking",
        ), "jaredmauch/mailman2-python3:messages/nl/LC_MESSAGES/mailman.po"),
        # Mailman 3's hold and rejection reasons about the poster: not a member, banned, no valid sender.
        Phrases("nl.sender-rejected-mailman3-core", C.SENDER_REJECTED, (
            "komt niet van een lid van deze lijst",
            "is verbannen uit deze lijst",
            "heeft geen geldige afzenders",
        ), "osstech-jp/mailman:src/mailman/messages/nl/LC_MESSAGES/mailman.po"),
        # Mailman 3's moderation hold reasons (moderated member, implicit destination, emergency
        # moderation) and its notice that a post awaits the moderator's approval.
        Phrases("nl.policy-violation-mailman3-core", C.POLICY_VIOLATION, (
            "bevat administratieve opdrachten", "overeen met een headerregel",
            "komt van een gemodereerd lid",
            "heeft impliciete bestemming",
            "wacht op goedkeuring van een moderator",
            "noodmoderatie is ingeschakeld",
        ), "osstech-jp/mailman:src/mailman/messages/nl/LC_MESSAGES/mailman.po"),
        # Mailman 3's hold reason: the post exceeds the list's maximum message size.
        Phrases("nl.message-too-large-mailman3-core", C.MESSAGE_TOO_LARGE, (
            "kb maximum grootte",
        ), "osstech-jp/mailman:src/mailman/messages/nl/LC_MESSAGES/mailman.po"),
        # Mailman 3's no_subject rule: the post has no subject.
        Phrases("nl.content-rejected-mailman3-core", C.CONTENT_REJECTED, (
            "bestandsextensie van het bericht",
            "bericht heeft geen onderwerp",
        ), "osstech-jp/mailman:src/mailman/messages/nl/LC_MESSAGES/mailman.po"),
        # Mailman 3's list:user:notice:hold and refuse templates: the post is held for the moderator, or
        # the moderator rejected it.
        Phrases("nl.policy-violation-mailman3-notice", C.POLICY_VIOLATION, (
            "wordt vastgehouden tot een moderator",
            "afgekeurd door de lijstmoderator",
        ), (
            "osstech-jp/mailman:src/mailman/templates/nl/list:user:notice:hold.txt; osstech-j"
            "p/mailman:src/mailman/templates/nl/list:user:notice:refuse.txt"
        )),
        # Mailman 3's list:user:notice:rejected template: the post was rejected, its reasons listed after
        # (weak: a listed reason's own wording decides).
        Phrases("nl.policy-violation-mailman3-reasons", C.POLICY_VIOLATION, (
            "afgekeurd om de volgende redenen",
        ), "osstech-jp/mailman:src/mailman/templates/nl/list:user:notice:rejected.txt", decisive=False),
        # Odoo's mail server test: "Uw server lijkt geen SSL te ondersteunen. Probeer in de plaats
        # hiervan STARTLS."
        Phrases("nl.tls-required-odoo", C.TLS_REQUIRED, (
            "geen ssl te ondersteunen",
        ), "odoo/odoo:odoo/addons/base/i18n/nl/LC_MESSAGES/code.po"),
        # Odoo's mail server test (base nl.po): "De server heeft de verbinding onverwachts verbroken.
        # Controleer de configuratie op dit poortnummer."
        Phrases("nl.network-error-odoo", C.NETWORK_ERROR, (
            "heeft de verbinding onverwachts verbroken",
        ), "odoo/odoo:odoo/addons/base/i18n/nl.po"),
        # Trojitá's SMTP sender (src/MSA/SMTP.cpp), translated: "Cannot send message due to an
        # SSL/TLS error" ("Kan bericht niet verzenden vanwege een fout in SSL/TLS").
        Phrases("nl.tls-required-trojita", C.TLS_REQUIRED, (
            "vanwege een fout in ssl/tls",
        ), "jktjkt/trojita:po/nl/trojita_common.po"),
        # Sylpheed's translated SMTP session errors ("Can't start TLS session").
        Phrases("nl.tls-required-sylpheed-smtp", C.TLS_REQUIRED, (
            "kan geen tls sessie starten",
        ), "sylpheed-mail/sylpheed:po/nl.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("nl.tls-required-claws", C.TLS_REQUIRED, (
            "tls-certificaat is ongeldig",
        ), "eworm-de/claws-mail:po/nl.po"),
        # Sylpheed's translated "SSL certificate verify failed" (the server's certificate did not verify).
        Phrases("nl.tls-required-sylpheed-ssl", C.TLS_REQUIRED, (
            "ssl-certificaat verificatie is mislukt",
        ), "sylpheed-mail/sylpheed:po/nl.po"),
        # Post SMTP's connectivity test: no outbound route on the port, a firewall between the site and the Internet, no mail service on that port
        Phrases("nl.network-error-post-smtp", C.NETWORK_ERROR, (
            "uitgaande route tussen", "biedt geen service aan op deze poort",
        ), "wpexpertsio/Post-SMTP:Postman/languages/postman-smtp-nl_NL.po"),
        # Joomla's Dutch PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("nl.auth-failed-joomla", C.AUTH_FAILED, (
            "authentificatie mislukt",
        ), "bringer/lavuelta:language/nl-NL/nl-NL.ini"),
        # Joomla's Dutch PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("nl.user-unknown-joomla", C.USER_UNKNOWN, (
            "verzenden naar de volgende ontvangers is mislukt",
        ), "bringer/lavuelta:language/nl-NL/nl-NL.ini", decisive=False),
        # Joomla 3's Dutch PHPMailer strings (PHPMAILER_*)
        Phrases("nl.auth-failed-joomla3", C.AUTH_FAILED, (
            "kon niet authenticeren",
        ), "cuongnd/banhangonline88_joomla:language/nl-BE/nl-BE.ini"),
        # Joomla 3's Dutch PHPMailer strings (PHPMAILER_*)
        Phrases("nl.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "het volgende afzender adres is mislukt",
        ), "cuongnd/banhangonline88_joomla:language/nl-BE/nl-BE.ini"),
        # Joomla 3's Dutch PHPMailer strings (PHPMAILER_*)
        Phrases("nl.user-unknown-joomla3", C.USER_UNKNOWN, (
            "de volgende bestemmelingen zijn mislukt",
        ), "cuongnd/banhangonline88_joomla:language/nl-BE/nl-BE.ini", decisive=False),
        # Joomla 3's Dutch PHPMailer strings (PHPMAILER_*)
        Phrases("nl.network-error-joomla3", C.NETWORK_ERROR, (
            "kon geen verbinding met de smtp host maken",
        ), "cuongnd/banhangonline88_joomla:language/nl-BE/nl-BE.ini"),
        # Joomla 3's Dutch PHPMailer strings (PHPMAILER_*)
        Phrases("nl.tls-required-joomla3", C.TLS_REQUIRED, (
            "kon tls niet starten",
        ), "cuongnd/banhangonline88_joomla:language/nl-BE/nl-BE.ini"),
        # Joomla 3's Dutch PHPMailer strings (PHPMAILER_*)
        Phrases("nl.tls-required-joomla3-nl-nl", C.TLS_REQUIRED, (
            "kan tls niet starten",
        ), "cuongnd/banhangonline88_joomla:language/nl-NL/nl-NL.ini"),
        # Joomla 3's (another pack's) Dutch PHPMailer strings (PHPMAILER_*)
        Phrases("nl.auth-failed-joomla3-ddsales", C.AUTH_FAILED, (
            "er kon niet geauthenticeerd worden",
        ), "dwarkesh0204/ddsales:language/nl-BE/nl-BE.ini"),
        # Joomla 3's (another pack's) Dutch PHPMailer strings (PHPMAILER_*)
        Phrases("nl.network-error-joomla3-ddsales", C.NETWORK_ERROR, (
            "er kon geen verbinding met de smtp host gemaakt worden",
        ), "dwarkesh0204/ddsales:language/nl-BE/nl-BE.ini"),
        # Joomla 3's (another pack's) Dutch PHPMailer strings (PHPMAILER_*)
        Phrases("nl.tls-required-joomla3-ddsales", C.TLS_REQUIRED, (
            "tls kon niet gestart worden",
        ), "dwarkesh0204/ddsales:language/nl-BE/nl-BE.ini"),
        # phpBB's Dutch messenger errors: no supported AUTH method
        Phrases("nl.auth-failed-phpbb", C.AUTH_FAILED, (
            "geen ondersteunde authenticatiemethode",
        ), "phpbb-nl-vertaling/phpbb_nl:language/nl/common.php"),
        # phpBB's Dutch messenger errors: the SMTP server does not support authentication (SMTP_NO_AUTH_SUPPORT)
        Phrases("nl.not-implemented-phpbb", C.NOT_IMPLEMENTED, (
            "ondersteunt authenticatie niet",
        ), "phpbb-nl-vertaling/phpbb_nl:language/nl/common.php"),
        # Zammad's email-channel probe 'Authentication not possible (not offered by the service)': the server offers no AUTH
        Phrases("nl.not-implemented-zammad", C.NOT_IMPLEMENTED, (
            "niet beschikbaar in de service",
        ), "zammad/zammad:i18n/zammad.nl-nl.po"),
        # Joomla's (a site's installed packs') Dutch PHPMailer strings (PHPMAILER_*)
        Phrases("nl.auth-failed-joomla3-naka211", C.AUTH_FAILED, (
            "kan niet authenticeren",
        ), "naka211/compac:administrator/language/nl-NL/nl-NL.ini"),
        # STRATO's Dutch FAQ on e-mail errors: the spam filter's B-URL and B-TEXT tags, "Er is een
        # verdachte URL gevonden", "Er is verdachte tekst gevonden".
        Phrases("nl.spam-content-strato-suspect", C.SPAM_CONTENT, ("verdachte url", "verdachte tekst"),
                "https://www.strato.nl/faq/mail/waarom-krijg-ik-foutmeldingen-bij-het-werken-met-e-mail/"),
        # Hostingformule's FAQ on the catch-all setting 'Fail': the sender gets a message "dat het
        # e-mailadres niet bestaat" (the subordinate word order of "bestaat niet").
        Phrases("nl.user-unknown-hostingformule", C.USER_UNKNOWN, ("e-mailadres niet bestaat",),
                "https://www.hostingformule.nl/veelgestelde-vragen/e-mail/"),
        # Microsoft's Dutch help title for SharePoint's 'Daily email limit exceeded. Workflow is suspended' (the workflow mail refused past the Exchange Online sending limits).
        Phrases("nl.rate-limited-daily-email-workflow", C.RATE_LIMITED, (
            "dagelijkse e-maillimiet",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.nl-NL:AlchemyInsights/daily-email-limit-exceeded.md"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("nl.rate-limited-sogo", C.RATE_LIMITED, (
            "teveel berichten te versturen",
        ), "Alinto/sogo:UI/MailerUI/Dutch.lproj/Localizable.strings"),
        # MailScanner's spam bounce (sender.spam.report): unwanted (commercial) e-mail refused.
        Phrases("nl.spam-content-mailscanner-uce", C.SPAM_CONTENT, (
            "ongewenste (commerciele) e-mail",
        ), _MAILSCANNER + "sender.spam.report.txt"),
        # Kopano's MAPI error text (m4lcommon/Util.cpp, MAPI_E_STORE_FULL), translated: the message store has reached its maximum size.
        Phrases("nl.mailbox-full-kopano", C.MAILBOX_FULL, (
            "store heeft zijn maximumgrootte bereikt",
        ), "Kopano-dev/kopano-core:po/nl.po"),
        # Kopano spooler's NDR text (spooler/Spooler.cpp), translated: a fatal error while processing the message, Kopano cannot send it.
        Phrases("nl.server-error-kopano", C.SERVER_ERROR, (
            "fatale fout is opgetreden bij het verwerken van uw bericht",
        ), "Kopano-dev/kopano-core:po/nl.po"),
        # Microsoft 365's machine-translated help for 550 5.7.501 'Access denied, spam abuse detected' (AlchemyInsights).
        Phrases("nl.blocklisted-microsoft-spam-abuse", C.BLOCKLISTED, (
            "spam misbruik ontdekt",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.nl-NL:AlchemyInsights/error-code-550-5-7-501-access-denied-spam-abuse-detected.md"),
        # Microsoft 365's machine-translated help for 550 5.7.705 'Access denied, tenant has exceeded threshold' (too much spam or bulk mail sent by the organisation; AlchemyInsights).
        Phrases("nl.reputation-microsoft-tenant-threshold", C.REPUTATION, (
            "huurder de drempel heeft overschreden",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.nl-NL:AlchemyInsights/error-code-550-5-7-705-access-denied-tenant-has-exceeded-threshold.md"),
        # Nextcloud Mail's translated SMTP account errors (l10n/): the SMTP server is not reachable; the SMTP connection failed. (the Dutch text writes SNMP for SMTP)
        Phrases("nl.network-error-nextcloud-mail-unreachable", C.NETWORK_ERROR, (
            "server is niet bereikbaar",
        ), "nextcloud/mail:l10n/nl.json"),
        # Nextcloud Mail's translated SMTP account errors (l10n/): wrong SMTP user name or password; the server denied authentication; SMTP authentication error. (the Dutch text writes SNMP for SMTP)
        Phrases("nl.auth-failed-nextcloud-mail", C.AUTH_FAILED, (
            "gebruikersnaam of wachtwoord is niet juist",
            "authenticatie is geweigerd",
            "authenticatie fout",
        ), "nextcloud/mail:l10n/nl.json"),
        # Microsoft 365's machine-translated help for 4.5.3 too many recipients (AS780090): the volume of mail from the source IP exceeds the limit set by its reputation.
        Phrases("nl.rate-limited-microsoft-as780090", C.RATE_LIMITED, (
            "het volume van het verkeer",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.nl-NL:AlchemyInsights/1049-antispam-4-5-3-too-many-recipients-as780090.md"),
        # Microsoft's localized help on NDR 5.4.6 / 5.4.14 'Hop count exceeded' (a mail loop; AlchemyInsights error-546-5414-hop-count).
        Phrases("nl.network-error-microsoft-hop-count", C.NETWORK_ERROR, (
            "aantal hop wordt overschreden",
            "probleem met de e-maillus",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.nl-NL:AlchemyInsights/error-546-5414-hop-count.md"),
        # Microsoft 365's machine-translated help for 550 5.7.511 'Access denied, banned sender' (AlchemyInsights ip-blocked-for-sending-too-much-spam-550-5-7-51).
        Phrases("nl.blocklisted-microsoft-banned-sender", C.BLOCKLISTED, (
            "de afzender verboden",
            "verboden afzender",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.nl-NL:AlchemyInsights/ip-blocked-for-sending-too-much-spam-550-5-7-51.md"),
        # Mailpile's SMTP/IMAP login errors (smtp_client.py, mail_source/): the server refused the
        # login (AUTH or OAuth2), a bad character in the username or password.
        Phrases("nl.auth-failed-mailpile", C.AUTH_FAILED, (
            "toegang geweigerd door mailserver",
            "ongeldig teken in gebruikersnaam",
            "ongeldige gebruikersnaam of wachtwoord",
        ), "mailpile/Mailpile:shared-data/locale/nl_NL/LC_MESSAGES/mailpile.po"),
        # Mailpile's SMTP client: the server refused the envelope sender (MAIL FROM).
        Phrases("nl.sender-rejected-mailpile", C.SENDER_REJECTED, (
            "afzender geweigerd",
        ), "mailpile/Mailpile:shared-data/locale/nl_NL/LC_MESSAGES/mailpile.po"),
        # Mailpile's SMTP client: the TLS negotiation failed.
        Phrases("nl.tls-required-mailpile", C.TLS_REQUIRED, (
            "veilige tls-verbinding mislukt",
        ), "mailpile/Mailpile:shared-data/locale/nl_NL/LC_MESSAGES/mailpile.po"),
        # Mailpile's connection errors (conn_brokers, smtp_client): could not connect, the
        # connection timed out or was refused, the host unreachable.
        Phrases("nl.network-error-mailpile", C.NETWORK_ERROR, (
            "verbindingstime-out",
            "host onbereikbaar",
        ), "mailpile/Mailpile:shared-data/locale/nl_NL/LC_MESSAGES/mailpile.po"),
        # Opie's mail library (libmailwrapper/libmail, over libetpan): could not connect to the IMAP or
        # SMTP server, the connection refused, the host lookup failed.
        Phrases("nl.network-error-opie", C.NETWORK_ERROR, (
            "fout bij verbinden imap server",
            "host opzoeken mislukt",
            "server weigert de verbinding",
        ), ("opieproject/opie:i18n/nl/libmail.ts; op"
            "ieproject/opie:i18n/nl/libmailwrapper.ts")),
        # Opie's mail library (libmailwrapper): the login at the server failed.
        Phrases("nl.auth-failed-opie", C.AUTH_FAILED, (
            "fout bij aanmelden imap server",
        ), "opieproject/opie:i18n/nl/libmailwrapper.ts"),
        # Opie's mail library: libetpan's SMTP error 'Service not available' (421).
        Phrases("nl.service-unavailable-opie", C.SERVICE_UNAVAILABLE, (
            "service niet beschikbaar",
        ), "opieproject/opie:i18n/nl/libmailwrapper.ts"),
        # Opie's mail library: libetpan's SMTP error 'Error in processing' (451).
        Phrases("nl.server-error-opie", C.SERVER_ERROR, (
            "fout in verwerking",
        ), "opieproject/opie:i18n/nl/libmailwrapper.ts"),
        # Opie's mail library: libetpan's SMTP error 'Bad command sequence' (503).
        Phrases("nl.bad-sequence-opie", C.BAD_SEQUENCE, (
            "slechte commandovolgorde",
        ), "opieproject/opie:i18n/nl/libmailwrapper.ts"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): the mailbox quota exceeded.
        Phrases("nl.mailbox-full-evolution-exchange", C.MAILBOX_FULL, (
            "postbusquota overschreden",
        ), "GNOME/evolution-mapi:po/nl.po; GNOME/evolution-ews:po/nl.po"),
        # Evolution's Exchange back ends (evolution-mapi, evolution-ews): the login at the server failed,
        # the password expired.
        Phrases("nl.auth-failed-evolution-exchange", C.AUTH_FAILED, (
            "kon niet aanmelden bij server",
            "wachtwoord verlopen",
        ), "GNOME/evolution-mapi:po/nl.po; GNOME/evolution-ews:po/nl.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): no more sessions can be created, the
        # session limit was reached.
        Phrases("nl.too-many-connections-evolution-exchange", C.TOO_MANY_CONNECTIONS, (
            "kan niet meer sessies aanmaken",
        ), "GNOME/evolution-mapi:po/nl.po; GNOME/evolution-ews:po/nl.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): the account is disabled.
        Phrases("nl.mailbox-disabled-evolution-exchange", C.MAILBOX_DISABLED, (
            "account is uitgeschakeld",
        ), "GNOME/evolution-mapi:po/nl.po; GNOME/evolution-ews:po/nl.po"),
        # Evolution's EWS back end (evolution-ews): the Exchange or Microsoft 365 server is busy
        # (ErrorServerBusy), waiting to retry.
        Phrases("nl.service-unavailable-evolution-exchange", C.SERVICE_UNAVAILABLE, (
            "exchange-server is bezig",
            "microsoft 365-server is bezig",
        ), "GNOME/evolution-mapi:po/nl.po; GNOME/evolution-ews:po/nl.po"),
        # Zimbra web client (ZmMsg): the attachment failed because the message would exceed the
        # size limit.
        Phrases("nl.message-too-large-zimbra-web", C.MESSAGE_TOO_LARGE, (
            "bericht de maximale grootte",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_nl.properties"),
        # Zimbra web client (ZmMsg): the user is not authenticated.
        Phrases("nl.auth-required-zimbra-web", C.AUTH_REQUIRED, (
            "gebruiker niet geverifieerd",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_nl.properties"),
        # Zimbra web client (ZmMsg): the mail quota is exceeded.
        Phrases("nl.mailbox-full-zimbra-web", C.MAILBOX_FULL, (
            "e-mailquotum hebt overschreden",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_nl.properties"),
        # GLib's GIO network errors (GNOME/glib po/): socket I/O timed out, network or host unreachable,
        # error resolving a host name, could not connect to the proxy server.
        Phrases("nl.network-error-glib-gio", C.NETWORK_ERROR, (
            "time-out bij socket",
            "netwerk onbereikbaar",
            "fout bij oplossen van",
            "tijdelijk niet oplossen",
        ), "GNOME/glib:po/nl.po"),
        # libsoup's translated connection errors (GNOME/libsoup po/): the network stream closed or the
        # connection terminated unexpectedly.
        Phrases("nl.network-error-libsoup", C.NETWORK_ERROR, (
            "netwerkstroom onverwacht gesloten",
            "verbinding werd onverwacht verbroken",
        ), "GNOME/libsoup:po/nl.po"),
        # Tuta (Tutanota) mail client's errors (src/ui/translations): the number of allowed emails
        # was exceeded, or the allowed attempts; try again later.
        Phrases("nl.rate-limited-tuta", C.RATE_LIMITED, (
            "aantal toegestane pogingen is overschreden",
            "toegestane aantal e-mails is overschreden",
            "aantal toegestane e-mails overschreden",
        ), "tutao/tutanota:src/ui/translations/nl.ts"),
        # Tuta (Tutanota) mail client's errors: the storage limit is exceeded, no more mail can be
        # received or sent.
        Phrases("nl.mailbox-full-tuta", C.MAILBOX_FULL, (
            "beschikbare opslagruimte is opgebruikt",
        ), "tutao/tutanota:src/ui/translations/nl.ts"),
        # Tuta (Tutanota) mail client's errors: the body text exceeds the maximum size limit.
        Phrases("nl.message-too-large-tuta", C.MESSAGE_TOO_LARGE, (
            "hoofdtekst groter als",
        ), "tutao/tutanota:src/ui/translations/nl.ts"),
        # Tuta (Tutanota) client's connection errors: the connection to the server was lost.
        Phrases("nl.network-error-tuta", C.NETWORK_ERROR, (
            "verbinding met de server is verloren",
        ), "tutao/tutanota:src/ui/translations/nl.ts"),
        # Tuta (Tutanota) mail import: the credentials are incorrect.
        Phrases("nl.auth-failed-tuta", C.AUTH_FAILED, (
            "referenties incorrect",
        ), "tutao/tutanota:src/ui/translations/nl.ts"),
    ),
    together=(
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write. The address or mechanism between the words.
        Together("nl.together-network-error-mutt", C.NETWORK_ERROR, (
            ("verbinding met",),
            ("is verlopen", "beëindigd"),
        ), "muttmua/mutt:po/nl.po", window=40),
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("nl.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("verbinden met server", "verbinding met server"),
            ("mislukt", "geherinitialiseerd", "onderbroken"),
        ), "thunderbird/thunderbird-l10n:nl/mail/chrome/messenger/messenger.properties", window=60),
        # Exedo's list of mail errors ("De mailbox van de ontvanger is vol. De ontvanger moet eerst
        # zijn mailbox opschonen") and Dation's help ("De mailbox van het e-mailadres is vol"): the
        # mailbox with its being full or over its quota ("is vol", not "volgende"); Renaissance's
        # helpdesk ("uw mailbox op de server te vol raakt", "uw mailbox limiet overschreden is").
        Together("nl.together-mailbox-full", C.MAILBOX_FULL, (
            ("mailbox", "postvak", "postbus", "brievenbus"),
            ("is vol", "zit vol", "loopt vol", "te vol", "quotum", "quota", "opslagruimte",
             "limiet overschreden"),
        ), "https://www.exedo.nl/mailmeldingen"),
        # Exedo's list ("De mailserver van de ontvanger kent het e-mailadres niet"): the address the
        # receiving server does not know.
        Together("nl.together-user-unknown", C.USER_UNKNOWN, (
            ("mailadres", "emailadres", "e-mail adres", "gebruiker"),
            ("kent het", "kent dit", "onbekend", "niet bekend", "bestaat niet"),
        ), "https://www.exedo.nl/mailmeldingen"),
        # Dation's help ("vanuit een tijdelijk IP adres welke geblokkeerd is door de ontvangende
        # e-mail (provider)") and Strato's FAQ ("De mail komt van een mailserver of afzender die
        # geblokkeerd is"): the sending IP, server or sender blocked.
        Together("nl.together-blocklisted", C.BLOCKLISTED, (
            ("ip adres", "ip-adres", "ip", "mailserver", "afzender"),
            ("geblokkeerd", "zwarte lijst", "blacklist"),
        ), "https://help.dation.nl/support/solutions/articles/80001046844-niet-verzonden-e-mails-bijw"
           "erken-"),
        # Dation's help on unsent mail ("Too old": "Dation heeft een aantal keren geprobeerd om de
        # e-mail te sturen en dit niet is gelukt"): delivery tried several times until given up.
        Together("nl.together-expired", C.EXPIRED, (
            ("aantal keren", "meerdere keren"),
            ("geprobeerd",),
        ), "https://help.dation.nl/support/solutions/articles/80001046844-niet-verzonden-e-mails-bijw"
           "erken-"),
        # Microsoft's Dutch Alchemy Insights article on NDR 5.1.90 ("De afzender heeft de dagelijkse
        # limiet voor het aantal geadresseerden van 10.000 berichten overschreden"): a daily limit
        # exceeded or reached.
        Together("nl.together-rate-limited", C.RATE_LIMITED, (
            ("dagelijkse limiet",),
            ("overschreden", "bereikt"),
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.nl-NL:AlchemyInsights/5-1-90-your-message-cant-be-sent-dai"
           "ly-limit.md", window=90),
        # fetchmail's "<protocol> connection to <host> failed", the host between the words
        Together("nl.together-network-error-fetchmail", C.NETWORK_ERROR, (
            ("verbinding met",),
            ("mislukt",),
        ), "Distrotech/fetchmail:po/nl.po", window=60),
        # Odoo's mail server test: "De server heeft het afzenderadres (<from>) met een fout geweigerd"
        # (The server refused the sender address), the address between the words; base nl.po of
        # later versions says "afgewezen".
        Together("nl.together-sender-rejected-odoo", C.SENDER_REJECTED, (
            ("afzenderadres",),
            ("geweigerd", "afgewezen"),
        ), "odoo/odoo:odoo/addons/base/i18n/nl/LC_MESSAGES/code.po; "
           "odoo/odoo:odoo/addons/base/i18n/nl.po", window=80),
    ),
)
