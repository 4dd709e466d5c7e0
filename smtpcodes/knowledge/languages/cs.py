"""Czech (cs): wordings of Czech bounce notices and of the SMTP error messages that mail clients
show in Czech. Sources: Seznam.cz help on its bounce notices, Czech hosting providers' bounce
explanations (C4, GRhosting), Thunderbird's and Roundcube's Czech SMTP error strings and
PHPMailer's Czech language file.
Also: Thunderbird's composeMsgs.properties, Evolution's translated RFC 5321 reply texts
(GNOME/evolution-data-server po/), MailScanner's localized sender notices (MailScanner/v5
reports/).
Also: glibc's translated strerror and resolver texts (bminor/glibc po/), SOGo's
send errors (Alinto/sogo UI/MailerUI), Mailman 2's refusals, MailScanner's attachment refusals,
Evolution's RFC 5321 reply texts.
Also: Sympa's delivery status notifications (sympa-community/sympa po/sympa/).
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/).
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_THUNDERBIRD = (
    "thunderbird/thunderbird-l10n:cs/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_ROUNDCUBE = "roundcube/roundcubemail:program/localization/cs_CZ/messages.inc"
_PHPMAILER = "PHPMailer/PHPMailer:language/phpmailer.lang-cs.php"
_NAPOVEDA_SEZNAM_CZ = "https://napoveda.seznam.cz/uzivatel-neexistuje"
_FAQ_C4_CZ = "https://faq.c4.cz/odeslany-e-mail-se-vraci-zpet-s-chybou"
_SUPPORT_GRHOSTING_CZ = (
    "https://support.grhosting.cz/kb/a290/"
    "email-se-vratil-odesilateli-jako-nedorucitelny.aspx"
)

_EVO_PO = "GNOME/evolution-data-server:po/cs.po"
_MAILSCANNER = "MailScanner/v5:common/usr/share/MailScanner/reports/cz/"
_RC_L10N = "roundcube/roundcubemail:program/localization/cs_CZ/messages.inc"
_TB_L10N = (
    "thunderbird/thunderbird-l10n:cs/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)

LANGUAGE = Language(
    code="cs",
    name="Czech",
    phrases=(
        # MailScanner's notice put in place of an attachment on the list of unacceptable attachments, the original kept in quarantine (stored.filename.message.txt).
        Phrases("cs.content-rejected-mailscanner-stored", C.CONTENT_REJECTED, (
            "na seznamu nepripustnych priloh",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/cz/stored.filename.message.txt"),
        # MailScanner's notice that a message received contained viruses, removed, and the disinfected files are attached (disinfected.report.txt).
        Phrases("cs.virus-mailscanner-disinfected", C.VIRUS, (
            "viry byly odstraneny",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/cz/disinfected.report.txt"),
        # MailScanner's notice to the sender of a message deleted as spam for its content and its sending server (sender.spam.report.txt).
        Phrases("cs.spam-content-mailscanner-report", C.SPAM_CONTENT, (
            "oznacena jako spam",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/cz/sender.spam.report.txt"),
        # MailScanner's notice put in place of an attachment found infected by a virus.
        Phrases("cs.virus-mailscanner-replaced", C.VIRUS, (
            "infikovana virem",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/cz/deleted.virus.message.txt"),
        # MailScanner's notice put in place of an attachment of a type this site does not accept (deleted.filename.message.txt).
        Phrases("cs.content-rejected-mailscanner-replaced", C.CONTENT_REJECTED, (
            "je na seznamu priloh",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/cz/deleted.filename.message.txt"),
        # Thunderbird's account setup errors (accountCreationModel.properties): unable to log in
        # at the server, probably a wrong configuration, username or password.
        Phrases("cs.auth-failed-thunderbird-setup", C.AUTH_FAILED, (
            "nelze se přihlásit k serveru",
        ), ("thunderbird/thunderbird-l10n:cs/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("cs.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "nelze najít server",
        ), ("thunderbird/thunderbird-l10n:cs/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Mutt's authentication errors (po/): anonymous, CRAM-MD5, GSSAPI, SASL or APOP
        # authentication failed, LOGIN disabled on the server, login failed.
        Phrases("cs.auth-failed-mutt-po", C.AUTH_FAILED, (
            "je na tomto serveru zakázána",
        ), "muttmua/mutt:po/cs.po"),
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write.
        Phrases("cs.network-error-mutt-po", C.NETWORK_ERROR, (
            "opětovné připojení selhalo", "server uzavřel spojení",
            "chyba při připojováno k serveru", "smtp relace selhala",
        ), "muttmua/mutt:po/cs.po"),
        # Mutt's TLS errors (po/): TLS could not be negotiated, no encrypted connection, SSL
        # failed, the server certificate expired, untrusted or not matching the host name, its
        # verification failed.
        Phrases("cs.tls-required-mutt-po", C.TLS_REQUIRED, (
            "nelze navázat tls spojení", "šifrované spojení není k dispozici", "chyba ssl",
            "platnost certifikátu serveru vypršela", "kontrola certifikátu stroje selhala",
            "nedůvěryhodný certifikát serveru", "se neshoduje s jménem v certifikátu",
            "certifikát od serveru nelze získat", "chyba při ověřování certifikátu",
        ), "muttmua/mutt:po/cs.po"),
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("cs.auth-failed-weak-kimap", C.AUTH_FAILED, (
            "přihlášení selhalo",
        ), "KDE/kimap:po/cs/libkimap6.po", decisive=False),
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("cs.auth-failed-kimap", C.AUTH_FAILED, (
            "přihlášení prostým textem je na serveru zakázáno",
        ), "KDE/kimap:po/cs/libkimap6.po"),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("cs.tls-required-kimap", C.TLS_REQUIRED, (
            "komunikace v tls selhala", "handshake ssl selhal",
        ), "KDE/kimap:po/cs/libkimap6.po"),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("cs.network-error-kdepim", C.NETWORK_ERROR, (
            "nelze se spojit se serverem", "server ukončil spojení",
            "server okamžitě ukončil spojení", "časový limit od serveru",
            "odpojeno od serveru během přihlašování", "odpojeno během přihlašování",
            "spojení ztraceno",
        ), "KDE/kdepim-runtime:po/cs/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime): an error during authentication, unable
        # to log in to the server.
        Phrases("cs.auth-failed-kdepim", C.AUTH_FAILED, (
            "nastala chyba během ověření", "nelze se přihlásit na server",
        ), "KDE/kdepim-runtime:po/cs/akonadi_pop3_resource.po"),
        # KDE's Akonadi POP3 resource (kdepim-runtime): an SSL/TLS error.
        Phrases("cs.tls-required-kdepim", C.TLS_REQUIRED, (
            "chyba ssl/tls",
        ), "KDE/kdepim-runtime:po/cs/akonadi_pop3_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("cs.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "server není dostupný",
        ), "KDE/kdepim-runtime:po/cs/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("cs.tls-required-glib-networking", C.TLS_REQUIRED, (
            "server požaduje certifikát tls", "nepřijatelný certifikát tls",
            "nezdařilo se vytvořit připojení tls", "při navazování spojení tls",
            "připojení tls bylo neočekávaně zavřeno", "neposlal certifikát",
            "kritické varování tls", "nepřijatelná certifikační autorita tls",
        ), "GNOME/glib-networking:po/cs.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("cs.network-error-glib-networking", C.NETWORK_ERROR, (
            "vypršel časový limit v/v operace soketu", "spojení je přerušeno",
        ), "GNOME/glib-networking:po/cs.po"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the server disconnected.
        Phrases("cs.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "byl odpojen",
        ), "thunderbird/thunderbird-l10n:cs/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): an unrecoverable TLS error.
        Phrases("cs.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "při tls spojení nastala chyba",
        ), "thunderbird/thunderbird-l10n:cs/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the Kerberos/GSSAPI ticket refused.
        Phrases("cs.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "nepřijal tiket typu kerberos/gssapi",
        ), "thunderbird/thunderbird-l10n:cs/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("cs.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "odesílání hesla pro uživatele",
        ), "thunderbird/thunderbird-l10n:cs/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("cs.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "nepodařilo se navázat tls spojení",
        ), "thunderbird/thunderbird-l10n:cs/mail/chrome/messenger/localMsgs.properties"),
        # Roundcube's 'Too many recipients' and 'Please wait N sec(s) before sending this message'.
        Phrases("cs.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "sekund před odesláním zprávy",
        ), "roundcube/roundcubemail:program/localization/cs_CZ/messages.inc"),
        # Roundcube's 'Message size exceeds server limit' and 'Maximum size of a message exceeded' (attaching a file).
        Phrases("cs.message-too-large-roundcube-attach", C.MESSAGE_TOO_LARGE, (
            "byla překročena maximální velikost zprávy",
        ), "roundcube/roundcubemail:program/localization/cs_CZ/messages.inc"),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("cs.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "příliš mnoho aktivních připojení",
        ), "Foundry376/Mailspring:app/lang/cs.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("cs.relay-denied-mailspring", C.RELAY_DENIED, (
            "server smtp by zprávu neodeslal",
        ), "Foundry376/Mailspring:app/lang/cs.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("cs.rate-limited-mailspring", C.RATE_LIMITED, (
            "šířka pásma služby gmail byla překročena",
        ), "Foundry376/Mailspring:app/lang/cs.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("cs.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "obsahuje neplatnou přílohu",
        ), "Foundry376/Mailspring:app/lang/cs.json"),
        # Mailspring's 'Authentication required.'
        Phrases("cs.auth-required-mailspring", C.AUTH_REQUIRED, (
            "vyžadováno ověření",
        ), "Foundry376/Mailspring:app/lang/cs.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("cs.auth-failed-mailspring", C.AUTH_FAILED, (
            "chyba ověřování",
            "nepodporuje základní ověřování",
        ), "Foundry376/Mailspring:app/lang/cs.json"),
        # SnappyMail's 'Invalid recipients' notification (the RCPT refusal it shows).
        Phrases("cs.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "neplatní příjemci",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/cs/user.json", decisive=False),
        # SnappyMail's 'Can't connect to server' notification.
        Phrases("cs.network-error-snappymail", C.NETWORK_ERROR, (
            "nepodařilo se připojit k serveru",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/cs/user.json"),
        # SnappyMail's bare 'Authentication failed' notification.
        Phrases("cs.auth-failed-weak-snappymail", C.AUTH_FAILED, (
            "ověření selhalo",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/cs/user.json", decisive=False),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("cs.auth-required-kmail", C.AUTH_REQUIRED, (
            "musíte zadat uživatelské jméno a heslo",
        ), "KDE/kmailtransport:po/cs/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("cs.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "nepodporuje ověření",
        ), "KDE/kmailtransport:po/cs/libmailtransport6.po"),
        # FairEmail's authentication-failure notice.
        Phrases("cs.auth-failed-fairemail", C.AUTH_FAILED, (
            "ověření se nezdařilo",
        ), "M66B/FairEmail:app/src/main/res/values-cs-rCZ/strings.xml"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("cs.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "je větší než limit serveru",
        ), "M66B/FairEmail:app/src/main/res/values-cs-rCZ/strings.xml"),
        Phrases("cs.auth-failed", C.AUTH_FAILED, (
            "autentizace selhala", "chyba přihlášení", "autentizace k smtp serveru",
            "nepodporuje zvolenou metodu autentizace",
        ), _THUNDERBIRD),
        # Microsoft's Czech help title for 5.7.750 'Client blocked from sending from unregistered domain' (the 5.7.7xx code rule reads it as reputation).
        Phrases("cs.reputation-microsoft-unregistered-domain", C.REPUTATION, (
            "odesílání z neregistrované domény",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.cs-CZ:AlchemyInsights/"
            "5-7-750-service-unavailable-client-blocked-from-sending-from-unregistered-d.md")),
        # Microsoft's Czech help title: the account restricted for sending too much spam (5.1.8, the sender blocked).
        Phrases("cs.sender-rejected-exchange-spam", C.SENDER_REJECTED, (
            "omezený pro posílání příliš mnoho spamu",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.cs-CZ:AlchemyInsights/"
            "sender-blocked-for-sending-too-much-spam.md")),
        # Microsoft's Czech help on Exchange Online's receiving limit: senders get an NDR (5.2.121/5.2.122) saying the mailbox exceeded its maximum delivery threshold.
        Phrases("cs.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "maximální prahovou hodnotu doručení",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.cs-CZ:AlchemyInsights/"
            "mailbox-receiving-limit.md")),
        Phrases("cs.network-error", C.NETWORK_ERROR, (
            "nelze navázat spojení", "připojení k serveru selhalo", "nepodařilo připojit",
            "bylo ztraceno uprostřed transakce", "spojení se smtp serverem",
            "smtp connect() selhal",
        ), _THUNDERBIRD),
        Phrases("cs.message-too-large", C.MESSAGE_TOO_LARGE, (
            "zpráva překročila limit serveru", "globální velikostní limit",
        ), _THUNDERBIRD),
        Phrases("cs.too-many-recipients", C.RATE_LIMITED, (
            "překročila povolený počet příjemců",
        ), _THUNDERBIRD),
        Phrases("cs.smtputf8", C.CONTENT_REJECTED, (
            "unicode v e-mailové adrese není podporován",
        ), _ROUNDCUBE),
        Phrases("cs.sender-rejected", C.SENDER_REJECTED, (
            "adresa odesílatele je nesprávná",
        ), _PHPMAILER),
        Phrases("cs.user-unknown", C.USER_UNKNOWN, (
            "uživatel neexistuje", "schránka neexistuje",
        ), _NAPOVEDA_SEZNAM_CZ),
        Phrases("cs.user-unknown-weak", C.USER_UNKNOWN, (
            "neexistuje",
        ), _FAQ_C4_CZ, decisive=False),
        Phrases("cs.mailbox-full", C.MAILBOX_FULL, ("přeplněn",), _SUPPORT_GRHOSTING_CZ),
        Phrases("cs.spam-content", C.SPAM_CONTENT, ("odmítnuta jako spam",), _SUPPORT_GRHOSTING_CZ),
        Phrases("cs.blocklisted", C.BLOCKLISTED, ("je na blacklistu",), _SUPPORT_GRHOSTING_CZ),
        Phrases("cs.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "ověřte prosím správnost své e-mailové adresy",
        ), _TB_L10N, decisive=False),
        Phrases("cs.network-error-thunderbird", C.NETWORK_ERROR, (
            "server může být špatně nakonfigurován",
        ), _TB_L10N),
        Phrases("cs.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "nelze nastavit odesílatele",
        ), _RC_L10N, decisive=False),
        Phrases("cs.mailbox-full-evolution", C.MAILBOX_FULL, (
            "překročena alokace úložiště",
        ), _EVO_PO),
        Phrases("cs.auth-required-evolution", C.AUTH_REQUIRED, (
            "je vyžadováno ověření totožnosti",
        ), _EVO_PO),
        Phrases("cs.auth-failed-evolution", C.AUTH_FAILED, (
            "dočasné selhání ověřování totožnosti",
            "mechanismus ověřování totožnosti je příliš slabý",
        ), _EVO_PO),
        Phrases("cs.system-full-evolution", C.SYSTEM_FULL, (
            "nedostatek místa v systému",
        ), _EVO_PO),
        Phrases("cs.virus-mailscanner", C.VIRUS, (
            "nas detektor viru byl spusten", "zadna infikovana cast zpravy",
        ), _MAILSCANNER + "sender.virus.report.txt"),
        Phrases("cs.blocklisted-mailscanner", C.BLOCKLISTED, (
            "verejnem cernem seznamu",
        ), _MAILSCANNER + "sender.spam.rbl.report.txt"),
        Phrases("cs.spam-content-mailscanner", C.SPAM_CONTENT, (
            "zprava je pravdepodobne spam",
        ), _MAILSCANNER + "sender.spam.sa.report.txt"),
        Phrases("cs.sender-rejected-mailman", C.SENDER_REJECTED, (
            "zakázáno přispívat do této konference", "příspěvek od nečlena",
            "smí přispívat jen její účastníci",
        ), "jaredmauch/mailman2-python3:messages/cs/LC_MESSAGES/mailman.po"),
        # Exchange Online's 5.1.90 NDR (the sender's daily recipient limit), as Microsoft's
        # localized help titles it.
        Phrases("cs.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "denního limitu pro příjemce",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.cs-CZ:AlchemyInsights/5-1-90-your-mess"
            "age-cant-be-sent-daily-limit.md"
        )),
        # glibc's translated strerror texts: ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, EADDRNOTAVAIL,
        # ENETUNREACH, ECONNRESET, ECONNABORTED, ENETDOWN, EHOSTDOWN, gai_strerror's EAI_AGAIN
        # and the resolver's host name lookup failure.
        Phrases("cs.network-error-glibc", C.NETWORK_ERROR, (
            "neopravitelná chyba při vyhodnocení názvu",
            "počítač není v provozu",
            "síťování je mimo provoz",
            "software způsobil ukončení spojení (abort)",
            "název počítače se nepodařilo nalézt",
            "spojení odmítnuto", "spojení bylo příliš dlouho neaktivní",
            "k počítači neexistuje cesta", "požadovanou adresu nelze přiřadit",
            "síť není dostupná", "spojení zrušeno druhou stranou",
            "dočasná chyba při vyhodnocování jména",
        ), "bminor/glibc:po/cs.po"),
        # glibc's translated gai_strerror texts (EAI_NONAME, EAI_NODATA) and the resolver's
        # unknown host.
        Phrases("cs.host-unknown-glibc", C.HOST_UNKNOWN, (
            "neznámý počítač",
            "neznámé jméno nebo služba", "jméno počítače nemá přiřazenu adresu",
        ), "bminor/glibc:po/cs.po"),
        Phrases("cs.user-unknown-evolution", C.USER_UNKNOWN, (
            "poštovní schránka není k dispozici", "název poštovní schránky nepovolen",
        ), "GNOME/evolution-data-server:po/cs.po", decisive=False),
        Phrases("cs.has-moved-evolution", C.HAS_MOVED, (
            "uživatel není místní",
        ), "GNOME/evolution-data-server:po/cs.po"),
        Phrases("cs.syntax-error-evolution", C.SYNTAX_ERROR, (
            "syntaktická chyba",
        ), "GNOME/evolution-data-server:po/cs.po", decisive=False),
        Phrases("cs.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "příkaz není implementován", "parametr příkazu není implementován",
        ), "GNOME/evolution-data-server:po/cs.po", decisive=False),
        Phrases("cs.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "služba není k dispozici",
        ), "GNOME/evolution-data-server:po/cs.po", decisive=False),
        Phrases("cs.server-error-evolution", C.SERVER_ERROR, (
            "chyba při zpracování",
        ), "GNOME/evolution-data-server:po/cs.po", decisive=False),
        Phrases("cs.tls-required-evolution", C.TLS_REQUIRED, (
            "pro požadovaný způsob ověřování totožnosti je vyžadováno šifrovaní",
        ), "GNOME/evolution-data-server:po/cs.po"),
        Phrases("cs.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "zprávy je příliš veliké", "zpráva je příliš veliká",
        ), "jaredmauch/mailman2-python3:messages/cs/LC_MESSAGES/mailman.po"),
        Phrases("cs.too-many-recipients-mailman", C.RATE_LIMITED, (
            "příliš mnoho příjemců",
        ), "jaredmauch/mailman2-python3:messages/cs/LC_MESSAGES/mailman.po"),
        Phrases("cs.content-rejected-mailscanner", C.CONTENT_REJECTED, (
            "seznamu nepovolenych priloh",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/cz/sender.filename.report.txt"),
        Phrases("cs.user-unknown-sogo", C.USER_UNKNOWN, (
            "adresy všech příjemců jsou neplatné", "následující adresy jsou neplatné",
        ), "Alinto/sogo:UI/MailerUI/Czech.lproj/Localizable.strings"),
        Phrases("cs.network-error-sogo", C.NETWORK_ERROR, (
            "při spojení se smtp serverem došlo k chybě",
        ), "Alinto/sogo:UI/MailerUI/Czech.lproj/Localizable.strings"),
        Phrases("cs.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "nepřijal lístek kerberos/gssapi",
        ), (
            "thunderbird/thunderbird-l10n:cs/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("cs.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "nepodporuje nezašifrovaná hesla",
        ), (
            "thunderbird/thunderbird-l10n:cs/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("cs.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "používáte správnou identitu a že použitá ověřovací metoda",
        ), (
            "thunderbird/thunderbird-l10n:cs/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        ), decisive=False),
        Phrases("cs.content-rejected-mailman", C.CONTENT_REJECTED, (
            "přípona souboru", "nezbyl žádný text k odeslání",
        ), "jaredmauch/mailman2-python3:messages/cs/LC_MESSAGES/mailman.po"),
        Phrases("cs.auth-failed-evolution-response", C.AUTH_FAILED, (
            "neplatná odpověď ověřování totožnosti od serveru",
        ), "GNOME/evolution-data-server:po/cs.po"),
        Phrases("cs.sender-rejected-evolution", C.SENDER_REJECTED, (
            "adresa odesílatele není platná",
        ), "GNOME/evolution-data-server:po/cs.po", decisive=False),
        # Sympa's delivery status notification for a list that does not exist (its subject, "List
        # unknown").
        Phrases("cs.user-unknown-sympa", C.USER_UNKNOWN, (
            "neznáma konference",
        ), "sympa-community/sympa:po/sympa/cs.po"),
        # MailScanner's Czech notice of a message whose dangerous content (scripts, web pages) it
        # removed.
        Phrases("cs.content-rejected-mailscanner-dangerous", C.CONTENT_REJECTED, (
            "potencialne nebezpecny obsah",
            "potencialne nebezpecny email vymazan",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/cz/sender.content.report.txt"),
        # Thunderbird's note when the server refuses a recipient (RCPT TO): check the recipient's
        # address; the server's own reply, quoted in it, names the reason.
        Phrases("cs.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "zkontrolujte prosím příjemce zprávy",
        ), (
            "thunderbird/thunderbird-l10n:cs/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        ), decisive=False),
        # Roundcube's note when the SMTP server refuses a recipient (smtptoerror); the server's
        # reply, quoted in it, names the reason.
        Phrases("cs.user-unknown-roundcube", C.USER_UNKNOWN, (
            "nelze přidat příjemce",
        ), "roundcube/roundcubemail:program/localization/cs_CZ/messages.inc", decisive=False),
        # Thunderbird's note that the server refuses its encrypted-password authentication (the
        # mechanism must change).
        Phrases("cs.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "nepodporuje šifrovaná hesla",
        ), (
            "thunderbird/thunderbird-l10n:cs/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        )),
        # PHPMailer's note on the recipients the SMTP server refused (recipients_failed); the
        # server's reply names the reason.
        Phrases("cs.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "následující adresy příjemců nejsou správně",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-cs.php", decisive=False),
        # Exchange Online's Czech NDR table, 4.4.7: the message in the queue expired.
        Phrases("cs.expired-exchange-online", C.EXPIRED, (
            "platnost zprávy ve frontě vypršela",
        ), (
            "https://learn.microsoft.com/cs-cz/exchange/troubleshoot/email-delivery/ndr/non-d"
            "elivery-reports-in-exchange-online"
        )),
        # Exchange Online's Czech NDR table, 4.3.2 recipient thread limit: too many messages too quickly.
        Phrases("cs.rate-limited-exchange-online", C.RATE_LIMITED, (
            "příliš mnoho zpráv příliš rychle",
        ), (
            "https://learn.microsoft.com/cs-cz/exchange/troubleshoot/email-delivery/ndr/non-d"
            "elivery-reports-in-exchange-online"
        )),
        # Office 365's Czech help on NDR 5.1.10: the address does not exist or cannot be found.
        Phrases("cs.user-unknown-exchange-online", C.USER_UNKNOWN, (
            "neexistuje nebo se nedá najít",
        ), (
            "https://support.office.com/cs-cz/article/%C5%98e%C5%A1en%C3%AD-probl%C3%A9m%C5%A"
            "F-s-doru%C4%8Dov%C3%A1n%C3%ADm-e-mail%C5%AF-v-Office-365-%E2%80%93-k%C3%B3d-chyb"
            "y-5-1-10-5a04a25a-a34f-476b-afc6-007fb92f86a1"
        )),
        # Seznam's help on its 5.1.1 bounce: a nonexistent recipient was entered.
        Phrases("cs.user-unknown-seznam", C.USER_UNKNOWN, (
            "neexistující adresát",
        ), "https://napoveda.seznam.cz/uzivatel-neexistuje"),
        # Office 365's Czech help on NDR 5.7.1: the sender has no permission to send to the recipient or group.
        Phrases("cs.policy-violation-office365", C.POLICY_VIOLATION, (
            "nemáte oprávnění k poslání zprávy",
        ), (
            "https://support.office.com/cs-cz/article/%C5%98e%C5%A1en%C3%AD-probl%C3%A9m%C5%A"
            "F-s-doru%C4%8Dov%C3%A1n%C3%ADm-e-mail%C5%AF-s-k%C3%B3dem-chyby-550-5-7-1-v-offic"
            "e-365-da1ff375-f88f-4a3e-b81f-06cdb6ecae3c"
        )),
        # Office 365's Czech help on NDR 5.7.1: no permission to send through a mail server between sender and recipient.
        Phrases("cs.relay-denied-office365", C.RELAY_DENIED, (
            "nemáte oprávnění k odeslání e-mailu přes",
        ), (
            "https://support.office.com/cs-cz/article/%C5%98e%C5%A1en%C3%AD-probl%C3%A9m%C5%A"
            "F-s-doru%C4%8Dov%C3%A1n%C3%ADm-e-mail%C5%AF-s-k%C3%B3dem-chyby-550-5-7-1-v-offic"
            "e-365-da1ff375-f88f-4a3e-b81f-06cdb6ecae3c"
        )),
        # Microsoft's Czech help titles 'Mailbox Quota Exceeded' 'Překročená kvóta poštovní schránky'.
        Phrases("cs.mailbox-full-weak-microsoft", C.MAILBOX_FULL, (
            "kvóta poštovní schránky",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.cs-CZ:AlchemyInsights/mailbox-quota-ex"
            "ceeded.md"
        ), decisive=False),
        # Microsoft's Czech help on 550 5.7.511 'Access denied, banned sender': 'Přístup odepřen, zakázaný odesílatel'.
        Phrases("cs.blocklisted-microsoft", C.BLOCKLISTED, (
            "zakázaný odesílatel",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.cs-CZ:AlchemyInsights/ip-blocked-for-s"
            "ending-too-much-spam-550-5-7-51.md"
        )),
        # Microsoft's localized help on NDR 550 5.4.1 'Relay Access Denied' names the refusal in this language.
        Phrases("cs.relay-denied-microsoft", C.RELAY_DENIED, (
            "přístup k přenosu byl odepřen",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.cs-CZ:AlchemyInsights/antispam-5-4-1-d"
            "beb-catch-all.md"
        )),
        # hromadnaposta.cz's Czech help on Gmail's 550 5.4.5 'Daily sending quota exceeded'.
        Phrases("cs.rate-limited-hromadnaposta", C.RATE_LIMITED, (
            "denní kvota pro zasílání",
        ), (
            "https://hromadnaposta.cz/podpora/reseni-problemu/111-error-550-545-daily-sending"
            "-quota-exceeded-gsmtp"
        )),
        # Microsoft's Czech help on 451 4.7.0 'Temporary server error. Please try again later. PRX4'.
        Phrases("cs.server-error-microsoft", C.SERVER_ERROR, (
            "dočasná chyba serveru",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.cs-CZ:AlchemyInsights/451-470-temporar"
            "y-server-error.md"
        )),
        # Microsoft's Czech help on TLS deprecation: 451 5.7.3 'Must issue a STARTTLS command first'.
        Phrases("cs.tls-required-microsoft", C.TLS_REQUIRED, (
            "nejdřív vydat příkaz starttls",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.cs-CZ:AlchemyInsights/issues-related-t"
            "o-tls-deprecation.md"
        )),
        # K-9 / Thunderbird for Android says "Přihlášení se nezdařilo"
        Phrases("cs.auth-failed-k9", C.AUTH_FAILED, ("přihlášení se nezdařilo",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-cs/strings.xml")),
        # K-9 / Thunderbird for Android status says "Chyba spojení"
        Phrases("cs.network-error-weak-k9", C.NETWORK_ERROR, ("chyba spojení",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-cs/strings.xml"),
                decisive=False),
        # K-9 account setup says "Chyba sítě. Zkontrolujte prosím stav svého připojení"
        Phrases("cs.network-error-weak-k9-setup", C.NETWORK_ERROR, ("chyba sítě",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/setup/src/main/res/values-cs/strings.xml"),
                decisive=False),
        # K-9 server check says "Chyba autentizace"
        Phrases("cs.auth-failed-weak-k9", C.AUTH_FAILED, ("chyba autentizace",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/server/validation/src/main/res/values-cs/strings.xml"),
                decisive=False),
        # Geary, when it cannot reach the server, asks to check the network
        Phrases("cs.network-error-geary", C.NETWORK_ERROR, ("nelze se připojit",),
                "GNOME/geary:po/cs.po", decisive=False),
        # Geary says an incorrect login or password, check your sending login and password
        Phrases("cs.auth-failed-geary", C.AUTH_FAILED, ("zkontrolujte svoji e-mailovou adresu a heslo",
            "nesprávné přihlašovací jméno nebo heslo", "jméno a heslo pro odesílání",
        ),
                "GNOME/geary:po/cs.po"),
        # Delta Chat cannot log in and asks to check the address and the password
        Phrases("cs.auth-failed-deltachat", C.AUTH_FAILED, ("jednou e-mail a heslo",),
                "deltachat/deltachat-android:src/main/res/values-cs/strings.xml"),
        # Delta Chat reports no internet connection (and so a failed login)
        Phrases("cs.network-error-deltachat", C.NETWORK_ERROR, ("žádné připojení k internetu",),
                "deltachat/deltachat-android:src/main/res/values-cs/strings.xml"),
        # GNOME Online Accounts' mail setup errors, server does not support STARTTLS, TLS not available
        Phrases("cs.tls-required-goa", C.TLS_REQUIRED, (
            "nepodporuje starttls", "tls není dostupné",
        ),
                "GNOME/gnome-online-accounts:po/cs.po"),
        # GNOME Online Accounts' mail setup errors, unknown authentication mechanism, failed
        Phrases("cs.auth-failed-goa", C.AUTH_FAILED, ("neznámý autentizační mechanizm",),
                "GNOME/gnome-online-accounts:po/cs.po"),
        # fetchmail keeps the message, the SMTP server requires STARTTLS, TLS is mandatory
        Phrases("cs.tls-required-fetchmail", C.TLS_REQUIRED, (
            "server vyžaduje starttls", "je tls povinné",
        ),
                "Distrotech/fetchmail:po/cs.po"),
        # fetchmail timed out waiting to connect to the server
        Phrases("cs.network-error-fetchmail", C.NETWORK_ERROR, ("vypršel čas při připojování",),
                "Distrotech/fetchmail:po/cs.po"),
        # fetchmail's SMTP listener refused the recipient address (weak, the reason follows)
        Phrases("cs.user-unknown-weak-fetchmail", C.USER_UNKNOWN, (
            "se nelíbí adresa příjemce", "odmítl adresy místních příjemců",
        ),
                "Distrotech/fetchmail:po/cs.po", decisive=False),
        # K-9's account check (before Nov 2023), the username or password is incorrect
        Phrases("cs.auth-failed-k9-check", C.AUTH_FAILED, ("jméno nebo heslo není správné",),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-cs/strings.xml"),
        # K-9's account check (before Nov 2023), it cannot connect to the server
        Phrases("cs.network-error-k9-check", C.NETWORK_ERROR, ("nedaří se připojit k serveru",),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-cs/strings.xml"),
        # K-9's account check (before Nov 2023), the server presented an invalid SSL certificate
        Phrases("cs.tls-required-k9-check", C.TLS_REQUIRED, ("neplatný ssl certifikát",),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-cs/strings.xml"),
        # Geary's untrusted-connection dialog, the server's TLS certificate is unsigned, expired or mismatched
        Phrases("cs.tls-required-geary", C.TLS_REQUIRED, ("byl odvolán a v současnosti je neplatný", "certifikát serveru nebyl aktivován", "není považován za bezpečný",
            "je podepsán neznámou autoritou", "certifikát serveru vypršel", "neodpovídá identitě v certifikátu",
        ),
                "GNOME/geary:po/cs.po"),
        # K-9 / Thunderbird for Android notification says "Certificate error" (weak)
        Phrases("cs.tls-required-weak-k9", C.TLS_REQUIRED, ("chyba certifikátu",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-cs/strings.xml"),
                decisive=False),
        # GNOME Online Accounts' TLS errors, the signing certificate authority is unknown, expired
        Phrases("cs.tls-required-goa-certificate", C.TLS_REQUIRED, (
            "podepisující certifikační autorita", "certifikátu vypršela platnost",
        ),
                "GNOME/gnome-online-accounts:po/cs.po"),
        # GNOME Online Accounts' TLS error "Invalid certificate" (weak)
        Phrases("cs.tls-required-weak-goa", C.TLS_REQUIRED, ("neplatný certifikát",),
                "GNOME/gnome-online-accounts:po/cs.po", decisive=False),
        # GNOME Online Accounts, the server refused the password for the username
        Phrases("cs.auth-failed-goa-password", C.AUTH_FAILED, (
            "neplatné heslo s uživatelským jménem",
        ),
                "GNOME/gnome-online-accounts:po/cs.po"),
        # fetchmail's authentication-failed notice and unknown login or authentication error
        Phrases("cs.auth-failed-fetchmail", C.AUTH_FAILED, (
            "autentizace fetchmailu selhala", "chyba při přihlášení nebo autentizaci",
        ),
                "Distrotech/fetchmail:po/cs.po"),
        # Evolution's SMTP errors, STARTTLS not supported or failed, secure connection failed
        Phrases("cs.tls-required-evolution-smtp", C.TLS_REQUIRED, (
            "starttls není podporováno", "příkaz starttls selhal",
        ),
                "GNOME/evolution-data-server:po/cs.po"),
        # Evolution's SMTP errors, the AUTH command failed, no support for the mechanism
        Phrases("cs.auth-failed-evolution-smtp", C.AUTH_FAILED, ("příkaz auth selhal",),
                "GNOME/evolution-data-server:po/cs.po"),
        # Evolution's SMTP error when MAIL FROM fails (weak, the server's reason follows)
        Phrases("cs.sender-rejected-weak-evolution-smtp", C.SENDER_REJECTED, (
            "příkaz mail from selhal",
        ),
                "GNOME/evolution-data-server:po/cs.po", decisive=False),
        # Evolution's SMTP error when RCPT TO fails (weak, the server's reason follows)
        Phrases("cs.user-unknown-weak-evolution-smtp", C.USER_UNKNOWN, ("příkaz rcpt to",),
                "GNOME/evolution-data-server:po/cs.po", decisive=False),
        # SquirrelMail's Czech SMTP reply texts (class/deliver/Deliver_SMTP), as its compose screen
        # shows a server's refusal.
        Phrases("cs.service-unavailable-weak-squirrelmail", C.SERVICE_UNAVAILABLE, (
            "služba nedostupná, zavírám kanál",
        ), "RealityRipple/squirrelmail:locale/cs_CZ/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's Czech SMTP reply texts (class/deliver/Deliver_SMTP), as its compose screen
        # shows a server's refusal.
        Phrases("cs.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "přeměna hesla je nutná",
            "dočasna chyba autentifikace",
            "příliš nedokonalá metoda autentifikace",
        ), "RealityRipple/squirrelmail:locale/cs_CZ/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's Czech SMTP reply texts (class/deliver/Deliver_SMTP), as its compose screen
        # shows a server's refusal.
        Phrases("cs.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "schránka nedostupná",
            "schránka je nedostupná",
            "nepovolené jméno schránky",
        ), "RealityRipple/squirrelmail:locale/cs_CZ/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's Czech SMTP reply texts (class/deliver/Deliver_SMTP), as its compose screen
        # shows a server's refusal.
        Phrases("cs.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "chyba při provádění",
            "transakce se nezdařila",
        ), "RealityRipple/squirrelmail:locale/cs_CZ/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's Czech SMTP reply texts (class/deliver/Deliver_SMTP), as its compose screen
        # shows a server's refusal.
        Phrases("cs.system-full-squirrelmail", C.SYSTEM_FULL, (
            "akce nebyla provedena: nedostatek místa",
        ), "RealityRipple/squirrelmail:locale/cs_CZ/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's Czech SMTP reply texts (class/deliver/Deliver_SMTP), as its compose screen
        # shows a server's refusal.
        Phrases("cs.syntax-error-squirrelmail", C.SYNTAX_ERROR, (
            "chyba syntaxe; neznámý příkaz",
            "chyba syntaxe v parametrech",
        ), "RealityRipple/squirrelmail:locale/cs_CZ/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's Czech SMTP reply texts (class/deliver/Deliver_SMTP), as its compose screen
        # shows a server's refusal.
        Phrases("cs.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "příkaz nebyl implementován",
            "parametr příkazu nebyl implementován",
        ), "RealityRipple/squirrelmail:locale/cs_CZ/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's Czech SMTP reply texts (class/deliver/Deliver_SMTP), as its compose screen
        # shows a server's refusal.
        Phrases("cs.bad-sequence-squirrelmail", C.BAD_SEQUENCE, (
            "špatná posloupnost příkazů",
        ), "RealityRipple/squirrelmail:locale/cs_CZ/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's Czech SMTP reply texts (class/deliver/Deliver_SMTP), as its compose screen
        # shows a server's refusal.
        Phrases("cs.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "autentifikační metody je nutné použít šifrování",
        ), "RealityRipple/squirrelmail:locale/cs_CZ/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's Czech SMTP reply texts (class/deliver/Deliver_SMTP), as its compose screen
        # shows a server's refusal.
        Phrases("cs.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "limit velikosti schránky překročen",
        ), "RealityRipple/squirrelmail:locale/cs_CZ/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's cs_CZ RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("cs.auth-failed-squirrelmail-svn", C.AUTH_FAILED, (
            "dočasná chyba autentifikace",
        ), "sitle/squirrelmail-src:locales/locale/cs_CZ/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's cs_CZ RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("cs.auth-failed-weak-squirrelmail-svn", C.AUTH_FAILED, (
            "autentikace selhala",
        ), "sitle/squirrelmail-src:locales/locale/cs_CZ/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's cs_CZ RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("cs.auth-required-squirrelmail-svn", C.AUTH_REQUIRED, (
            "autentifikace je nutná",
        ), "sitle/squirrelmail-src:locales/locale/cs_CZ/LC_MESSAGES/squirrelmail.po"),
        # Geary, when the server refuses the login, asks to check the receiving login and password
        Phrases("cs.auth-failed-geary-receiving", C.AUTH_FAILED, ("jméno a heslo pro příjem",),
                "GNOME/geary:po/cs.po"),
        # ezmlm-idx's translated refusals of a post from a non-subscriber (TXT_ONLY_SUBSCRIBERS) and
        # from a poster the owner blocked (TXT_REJECT_POSTS).
        Phrases("cs.sender-rejected-ezmlm", C.SENDER_REJECTED, (
            "smějí přispívat pouze přihlášení uživatelé",
            "příkaz odmítnout příspěvky od vás",
        ), "bruceg/ezmlm-idx:lang/cs/messages"),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("cs.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "zamítnut správcem konference",
        ), "jaredmauch/mailman2-python3:templates/cs/refuse.txt"),
        # mlmmj's translated listtexts: the post matched an access rule the list's administrator set
        # (access) and mlmmj's translated listtexts: the list address is in neither To: nor Cc: (notintocc)
        Phrases("cs.policy-violation-mlmmj", C.POLICY_VIOLATION, (
            "odmitnut na zaklade pravidel",
            "adresa konference musi byt obsazena",
        ), "neonkore/MLmmj:listtexts/cz/access; neonkore/MLmmj:listtexts/cz/notintocc"),
        # Sympa's translated reject.tt2 and delivery status notification: the moderator rejected the
        # post, or it was forwarded to the moderators for approval.
        Phrases("cs.policy-violation-sympa", C.POLICY_VIOLATION, (
            "zamitnuta moderatorem",
        ), "sympa-community/sympa:po/sympa/cs.po"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, Moderate.py): a moderated list,
        # an implicit destination (the list not in To: or Cc:), a restricted list's approval, possible
        # administrivia, a suspicious header, a post the moderator deemed inappropriate.
        Phrases("cs.policy-violation-mailman-moderation", C.POLICY_VIOLATION, (
            "moderátorem shledán nepřijatelným",
            "příspěvek do moderované konference",
            "neobsahuje korektního",
            "přispívat bez souhlasu moderátora",
            "obsahuje příkazy pro listserver",
            "příspěvek má neplatnou hlavičku",
        ), "jaredmauch/mailman2-python3:messages/cs/LC_MESSAGES/mailman.po"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("cs.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "je nutný souhlas moderátora",
        ), "jaredmauch/mailman2-python3:templates/cs/postheld.txt"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, SpamDetect.py): emergency hold
        # of all list traffic, a header filter rule matched, a post to a moderated newsgroup.
        Phrases("cs.policy-violation-mailman-filter", C.POLICY_VIOLATION, (
            "aktivní nouzová moderace",
            "zamítnuta filtrovacím pravidlem",
        ), "jaredmauch/mailman2-python3:messages/cs/LC_MESSAGES/mailman.po"),
        # Mailman 3's hold and rejection reasons about the poster: not a member, banned, no valid sender.
        Phrases("cs.sender-rejected-mailman3-core", C.SENDER_REJECTED, (
            "je v tomto listu zakázán",
            "nemá žádné platné odesílatele",
        ), "osstech-jp/mailman:src/mailman/messages/cs/LC_MESSAGES/mailman.po"),
        # Mailman 3's moderation hold reasons (moderated member, implicit destination, emergency
        # moderation) and its notice that a post awaits the moderator's approval.
        Phrases("cs.policy-violation-mailman3-core", C.POLICY_VIOLATION, (
            "obsahuje administrivia",
            "aktivní nouzové moderování",
        ), "osstech-jp/mailman:src/mailman/messages/cs/LC_MESSAGES/mailman.po"),
        # Mailman 3's no_subject rule: the post has no subject.
        Phrases("cs.content-rejected-mailman3-core", C.CONTENT_REJECTED, (
            "koncovka přílohy této zprávy",
            "zpráva nemá žádný předmět",
        ), "osstech-jp/mailman:src/mailman/messages/cs/LC_MESSAGES/mailman.po"),
        # Mailman 3's list:user:notice:hold and refuse templates: the post is held for the moderator, or
        # the moderator rejected it.
        Phrases("cs.policy-violation-mailman3-notice", C.POLICY_VIOLATION, (
            "přidržen ke kontrole moderátorem",
            "byl odmítnut moderátorem",
        ), (
            "osstech-jp/mailman:src/mailman/templates/cs/list:user:notice:hold.txt; osstech-j"
            "p/mailman:src/mailman/templates/cs/list:user:notice:refuse.txt"
        )),
        # Mailman 3's list:user:notice:rejected template: the post was rejected, its reasons listed after
        # (weak: a listed reason's own wording decides).
        Phrases("cs.policy-violation-mailman3-reasons", C.POLICY_VIOLATION, (
            "důvodem tohoto odmítnutí je",
        ), "osstech-jp/mailman:src/mailman/templates/cs/list:user:notice:rejected.txt", decisive=False),
        # Odoo's mail server test: "Zdá se, že váš server nepodporuje protokol SSL, ale zkuste zkusit
        # STARTTLS" (the server does not seem to support SSL).
        Phrases("cs.tls-required-odoo", C.TLS_REQUIRED, (
            "nepodporuje protokol ssl",
        ), "odoo/odoo:odoo/addons/base/i18n/cs/LC_MESSAGES/code.po"),
        # Sylpheed's translated SMTP session errors ("Can't start TLS session").
        Phrases("cs.tls-required-sylpheed", C.TLS_REQUIRED, (
            "nelze spustit relaci tls",
        ), "sylpheed-mail/sylpheed:po/cs.po"),
        # Sylpheed's translated SMTP session errors ("SMTP AUTH not available / Authentication failed").
        Phrases("cs.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp auth je nedostupná",
        ), "sylpheed-mail/sylpheed:po/cs.po"),
        # Sylpheed's translated SMTP session errors ("Connection closed by the remote host / Can't connect to SMTP server").
        Phrases("cs.network-error-sylpheed", C.NETWORK_ERROR, (
            "nelze se spojit se serverem smtp", "spojení ukončeno vzdáleným hostitelem",
        ), "sylpheed-mail/sylpheed:po/cs.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("cs.auth-failed-balsa", C.AUTH_FAILED, ("nění znám žádný způsob, jak ověři totožnost", "ověření totožnosti přes gssapi selhalo",
            "žádný použitelný ověřovací mechanizmus",
        ), "GNOME/balsa:po/cs.po"),
        # Claws Mail's translated SMTP session errors (TLS session, connection closed by the remote
        # host, authentication failed).
        Phrases("cs.network-error-claws", C.NETWORK_ERROR, (
            "připojení bylo ukončeno vzdáleným počítačem",
        ), "eworm-de/claws-mail:po/cs.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("cs.message-too-large-claws", C.MESSAGE_TOO_LARGE, (
            "zpráva je příliš velká",
        ), "eworm-de/claws-mail:po/cs.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("cs.tls-required-claws", C.TLS_REQUIRED, (
            "tls vyjednávání selhalo",
            "tls certifikát je neplatný",
        ), "eworm-de/claws-mail:po/cs.po"),
        # Sylpheed's translated "SSL certificate verify failed" (the server's certificate did not verify).
        Phrases("cs.tls-required-sylpheed-ssl", C.TLS_REQUIRED, (
            "ověřování certifikátu ssl selhalo",
        ), "sylpheed-mail/sylpheed:po/cs.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("cs.tls-required-balsa-session", C.TLS_REQUIRED, ("autorita podepisovacího certifikátu není známá", "certifikát byl odvolán", "poškozený certifikát tls", "vypršela platnost certifikátu",
            "vyjednávání tls selhalo",
            "je požadováno tls, ale není k dispozici",
        ), "GNOME/balsa:po/cs.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("cs.network-error-balsa-session", C.NETWORK_ERROR, ("připojení je ztraceno",
            "nelze se dostat na server smtp",
        ), "GNOME/balsa:po/cs.po"),
        # EspoCRM's 'Invalid credentials.' (Email messages.invalidCredentials), shown when the SMTP server refuses the login
        Phrases("cs.auth-failed-espocrm", C.AUTH_FAILED, (
            "neplatné přihlašovací údaje",
        ), "espocrm/espocrm:application/Espo/Resources/i18n/cs_CZ/Email.json"),
        # Joomla's Czech PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("cs.auth-failed-joomla", C.AUTH_FAILED, (
            "nemohu ověřit",
        ), "bringer/lavuelta:language/cs-CZ/cs-CZ.ini"),
        # Joomla's Czech PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("cs.sender-rejected-joomla", C.SENDER_REJECTED, (
            "následující adresa selhala",
        ), "bringer/lavuelta:language/cs-CZ/cs-CZ.ini"),
        # Joomla's Czech PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("cs.user-unknown-joomla", C.USER_UNKNOWN, (
            "následující příjemci selhali",
        ), "bringer/lavuelta:language/cs-CZ/cs-CZ.ini", decisive=False),
        # Joomla's Czech PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("cs.network-error-joomla", C.NETWORK_ERROR, (
            "nemohu se připojit k smtp hostu",
        ), "bringer/lavuelta:language/cs-CZ/cs-CZ.ini"),
        # Joomla 3's Czech PHPMailer strings (PHPMAILER_*)
        Phrases("cs.auth-failed-joomla3", C.AUTH_FAILED, (
            "ověřování selhalo",
        ), "cuongnd/banhangonline88_joomla:language/cs-CZ/cs-CZ.ini"),
        # Joomla 3's Czech PHPMailer strings (PHPMAILER_*)
        Phrases("cs.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "nezdařilo se u následující adresy odesilatele",
        ), "cuongnd/banhangonline88_joomla:language/cs-CZ/cs-CZ.ini"),
        # Joomla 3's Czech PHPMailer strings (PHPMAILER_*)
        Phrases("cs.user-unknown-joomla3", C.USER_UNKNOWN, (
            "nezdařilo se pro následující adresu příjemce",
        ), "cuongnd/banhangonline88_joomla:language/cs-CZ/cs-CZ.ini", decisive=False),
        # Joomla 3's Czech PHPMailer strings (PHPMAILER_*)
        Phrases("cs.network-error-joomla3", C.NETWORK_ERROR, (
            "selhalo smtp připojení",
        ), "cuongnd/banhangonline88_joomla:language/cs-CZ/cs-CZ.ini"),
        # Joomla 3's Czech PHPMailer strings (PHPMAILER_*)
        Phrases("cs.tls-required-joomla3", C.TLS_REQUIRED, (
            "nelze spustit tls",
        ), "cuongnd/banhangonline88_joomla:language/cs-CZ/cs-CZ.ini"),
        # Zoner's help (CZECHIA.COM, Slovaknet) on a full mailbox: once the quota is reached
        # ("po naplnění kvóty") further mail is refused ("příjem dalších zpráv automaticky
        # zablokován").
        Phrases("cs.mailbox-full-zoner", C.MAILBOX_FULL, (
            "po naplnění kvóty", "příjem dalších zpráv automaticky zablokován",
        ), "https://napoveda.czechia.com/clanek/upozorneni-na-zaplneni-prostoru-e-mailove-schranky/"),
        # C4's FAQ on returned mail ('[SPF] ... is not allowed to send mail from ...'): the mail
        # goes out through an SMTP server "který v SPF v DNS domény není uvedený".
        Phrases("cs.sender-unauthenticated-c4", C.SENDER_UNAUTHENTICATED, ("v spf v dns domény není uvedený",),
                "https://faq.c4.cz/odeslany-e-mail-se-vraci-zpet-s-chybou"),
        # Microsoft's Czech help title for SharePoint's 'Daily email limit exceeded. Workflow is suspended' (the workflow mail refused past the Exchange Online sending limits).
        Phrases("cs.rate-limited-daily-email-workflow", C.RATE_LIMITED, (
            "denní limit e-mailu",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.cs-CZ:AlchemyInsights/daily-email-limit-exceeded.md"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("cs.rate-limited-sogo", C.RATE_LIMITED, (
            "odeslat příliš mnoho zpráv",
        ), "Alinto/sogo:UI/MailerUI/Czech.lproj/Localizable.strings"),
        # IMP's refusal: you are not allowed to send messages to more than %d recipients.
        Phrases("cs.too-many-recipients-horde", C.RATE_LIMITED, (
            "posílat zprávy více než",
        ), "horde/imp:locale/cs/LC_MESSAGES/imp.po"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        Phrases("cs.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "dosažení limitu počtu příjemců",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.cs-CZ:AlchemyInsights/need-help-with-email-sending-limits.md"),
        # MailScanner's spam bounce (sender.spam.report), written without accents: unsolicited commercial mail refused.
        Phrases("cs.spam-content-mailscanner-uce", C.SPAM_CONTENT, (
            "nevyzadana komercni posta",
            "nevyzadanou komercni postu",
        ), _MAILSCANNER + "sender.spam.report.txt"),
        # Quanda's Czech bounce reasons: 421 messages temporarily deferred by the recipient server's rules, usually too many messages or connections in too short a time.
        Phrases("cs.rate-limited-quanda", C.RATE_LIMITED, (
            "dočasně pozdržen",
            "příliš mnoho zpráv či spojení",
            "v příliš krátkém časovém úseku",
        ), "https://www.quanda.cz/blog/email-marketing/duvody-nedorucenych-e-mailu"),
        # Kopano's MAPI error text (m4lcommon/Util.cpp, MAPI_E_STORE_FULL), translated: the message store has reached its maximum size.
        Phrases("cs.mailbox-full-kopano", C.MAILBOX_FULL, (
            "úložiště zpráv dosáhlo své maximální velikosti",
        ), "Kopano-dev/kopano-core:po/cs.po"),
        # Kopano spooler's NDR text (spooler/Spooler.cpp), translated: a fatal error while processing the message, Kopano cannot send it.
        Phrases("cs.server-error-kopano", C.SERVER_ERROR, (
            "došlo k závažné chybě při zpracování zprávy",
        ), "Kopano-dev/kopano-core:po/cs.po"),
        # Kopano spooler's send-as refusals (spooler/mailer.cpp), translated: the user or group to send as is not found; not allowed to send as them.
        Phrases("cs.sender-rejected-send-as", C.SENDER_REJECTED, (
            "jako který chcete odesílat nebyl nalezen",
            "nemáte oprávnění odesílat jako uživatel",
        ), "Kopano-dev/kopano-core:po/cs.po"),
        # Mutt's translated SASL authentication failure (po/).
        Phrases("cs.auth-failed-mutt", C.AUTH_FAILED, (
            "přihlášení pomocí sasl se nezdařilo",
        ), "muttmua/mutt:po/cs.po"),
        # Mutt's translated SMTP client errors (po/): could not connect; the server closed the connection; SMTP session failed with a read or write error.
        Phrases("cs.network-error-mutt", C.NETWORK_ERROR, (
            "smtp relace selhala: chyba při čtení",
            "smtp relace selhala: chyba při zápisu",
        ), "muttmua/mutt:po/cs.po"),
        # Microsoft 365's machine-translated help for 5.7.606 (AlchemyInsights antispam-5.7.606), 'Banned sending IP'; the blocked senders list.
        Phrases("cs.blocklisted-microsoft-banned-ip", C.BLOCKLISTED, (
            "zakázané odesílání ip adres",
            "seznamu blokovaných odesílatelů",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.cs-CZ:AlchemyInsights/antispam-5.7.606.md"),
        # Microsoft 365's machine-translated help for 550 5.7.501 'Access denied, spam abuse detected' (AlchemyInsights).
        Phrases("cs.blocklisted-microsoft-spam-abuse", C.BLOCKLISTED, (
            "zjištěn spam nevyžádaný",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.cs-CZ:AlchemyInsights/error-code-550-5-7-501-access-denied-spam-abuse-detected.md"),
        # Microsoft 365's machine-translated help for 550 5.7.705 'Access denied, tenant has exceeded threshold' (too much spam or bulk mail sent by the organisation; AlchemyInsights).
        Phrases("cs.reputation-microsoft-tenant-threshold", C.REPUTATION, (
            "tenant překročil mezní hodnotu",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.cs-CZ:AlchemyInsights/error-code-550-5-7-705-access-denied-tenant-has-exceeded-threshold.md"),
        # Mailpile's SMTP/IMAP login errors (smtp_client.py, mail_source/): the server refused the
        # login (AUTH or OAuth2), a bad character in the username or password.
        Phrases("cs.auth-failed-mailpile", C.AUTH_FAILED, (
            "nesprávné jméno nebo heslo",
        ), "mailpile/Mailpile:shared-data/locale/cs_CZ/LC_MESSAGES/mailpile.po"),
        # Mailpile's SMTP client: the server refused the envelope sender (MAIL FROM).
        Phrases("cs.sender-rejected-mailpile", C.SENDER_REJECTED, (
            "odesílatel byl odmítnut",
        ), "mailpile/Mailpile:shared-data/locale/cs_CZ/LC_MESSAGES/mailpile.po"),
        # Mailpile's connection errors (conn_brokers, smtp_client): could not connect, the
        # connection timed out or was refused, the host unreachable.
        Phrases("cs.network-error-mailpile", C.NETWORK_ERROR, (
            "spojení vypršelo",
        ), "mailpile/Mailpile:shared-data/locale/cs_CZ/LC_MESSAGES/mailpile.po"),
        # Opie's mail library (libmailwrapper/libmail, over libetpan): could not connect to the IMAP or
        # SMTP server, the connection refused, the host lookup failed.
        Phrases("cs.network-error-opie", C.NETWORK_ERROR, (
            "chyba připojení k imap serveru",
            "připojení odmítnuto",
            "chyba inicializace smtp spojení",
        ), "opieproject/opie:i18n/cz/libmailwrapper.ts"),
        # Opie's mail library (libmailwrapper): the server has no TLS support, STARTTLS not supported,
        # SMTP TLS could not be set up.
        Phrases("cs.tls-required-opie", C.TLS_REQUIRED, (
            "server nemá podporu tls",
            "chyba inicializace smtp tls",
        ), "opieproject/opie:i18n/cz/libmailwrapper.ts"),
        # Opie's mail library: libetpan's SMTP error 'Not implemented' (502/504).
        Phrases("cs.not-implemented-opie", C.NOT_IMPLEMENTED, (
            "není implementováno",
        ), "opieproject/opie:i18n/cz/libmailwrapper.ts"),
        # Opie's mail library: libetpan's SMTP error 'Data exceeds storage allocation' (552).
        Phrases("cs.mailbox-full-opie", C.MAILBOX_FULL, (
            "data přesáhla velikost místa",
        ), "opieproject/opie:i18n/cz/libmailwrapper.ts"),
        # Opie's mail library: libetpan's SMTP error 'Error in processing' (451).
        Phrases("cs.server-error-opie", C.SERVER_ERROR, (
            "chyba při zpracovávání",
        ), "opieproject/opie:i18n/cz/libmailwrapper.ts"),
        # Opie's mail library: libetpan's SMTP error 'Mailbox unavailable' (550), a weak sign.
        Phrases("cs.user-unknown-opie", C.USER_UNKNOWN, (
            "schránka není k dispozici",
        ), "opieproject/opie:i18n/cz/libmailwrapper.ts", decisive=False),
        # Opie's mail library: libetpan's SMTP error 'Bad command sequence' (503).
        Phrases("cs.bad-sequence-opie", C.BAD_SEQUENCE, (
            "špatná sekvence příkazů",
        ), "opieproject/opie:i18n/cz/libmailwrapper.ts"),
        # Opie's mail library: libetpan's SMTP error 'User not local' (551).
        Phrases("cs.has-moved-opie", C.HAS_MOVED, (
            "uživatel není lokální",
        ), "opieproject/opie:i18n/cz/libmailwrapper.ts"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): a network error.
        Phrases("cs.network-error-evolution-exchange", C.NETWORK_ERROR, (
            "síťová chyba",
        ), "GNOME/evolution-mapi:po/cs.po; GNOME/evolution-ews:po/cs.po"),
        # Evolution's Exchange back ends (evolution-mapi, evolution-ews): the login at the server failed,
        # the password expired.
        Phrases("cs.auth-failed-evolution-exchange", C.AUTH_FAILED, (
            "selhalo přihlášení k serveru",
            "vypršela platnost hesla",
            "heslo vypršelo",
        ), "GNOME/evolution-mapi:po/cs.po; GNOME/evolution-ews:po/cs.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): no more sessions can be created, the
        # session limit was reached.
        Phrases("cs.too-many-connections-evolution-exchange", C.TOO_MANY_CONNECTIONS, (
            "nelze vytvořit více sezení",
        ), "GNOME/evolution-mapi:po/cs.po; GNOME/evolution-ews:po/cs.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): the account is disabled.
        Phrases("cs.mailbox-disabled-evolution-exchange", C.MAILBOX_DISABLED, (
            "účet je zakázaný",
        ), "GNOME/evolution-mapi:po/cs.po; GNOME/evolution-ews:po/cs.po"),
        # Evolution's EWS back end (evolution-ews): the Exchange or Microsoft 365 server is busy
        # (ErrorServerBusy), waiting to retry.
        Phrases("cs.service-unavailable-evolution-exchange", C.SERVICE_UNAVAILABLE, (
            "server exchange je zaneprázdněný",
            "server microsoft 365 je zaneprázdněný",
        ), "GNOME/evolution-mapi:po/cs.po; GNOME/evolution-ews:po/cs.po"),
        # GLib's GIO network errors (GNOME/glib po/): socket I/O timed out, network or host unreachable,
        # error resolving a host name, could not connect to the proxy server.
        Phrases("cs.network-error-glib-gio", C.NETWORK_ERROR, (
            "časový limit v/v soketu",
            "počítač není dostupný",
            "dočasně není možné vyřešit",
        ), "GNOME/glib:po/cs.po"),
        # libsoup's translated connection errors (GNOME/libsoup po/): the network stream closed or the
        # connection terminated unexpectedly.
        Phrases("cs.network-error-libsoup", C.NETWORK_ERROR, (
            "síťový proud byl neočekávaně uzavřen",
            "připojení bylo neočekávaně ukončeno",
        ), "GNOME/libsoup:po/cs.po"),
        # Tuta (Tutanota) mail client's errors (src/ui/translations): the number of allowed emails
        # was exceeded, or the allowed attempts; try again later.
        Phrases("cs.rate-limited-tuta", C.RATE_LIMITED, (
            "počet povolených pokusů překročen",
            "překročili povolený počet e-mailů",
            "překročení povoleného počtu e-mailů",
        ), "tutao/tutanota:src/ui/translations/cs.ts"),
        # Tuta (Tutanota) mail client's errors: the storage limit is exceeded, no more mail can be
        # received or sent.
        Phrases("cs.mailbox-full-tuta", C.MAILBOX_FULL, (
            "překročen váš limit uložiště",
        ), "tutao/tutanota:src/ui/translations/cs.ts"),
        # Tuta (Tutanota) mail client's errors: the body text exceeds the maximum size limit.
        Phrases("cs.message-too-large-tuta", C.MESSAGE_TOO_LARGE, (
            "text e-mailu přesahuje maximální velikost",
        ), "tutao/tutanota:src/ui/translations/cs.ts"),
    ),
    together=(
        # Mutt's authentication errors (po/): anonymous, CRAM-MD5, GSSAPI, SASL or APOP
        # authentication failed, LOGIN disabled on the server, login failed. The address or
        # mechanism between the words.
        Together("cs.together-auth-failed-mutt", C.AUTH_FAILED, (
            ("přihlášení pomocí", "autentizace"),
            ("se nezdařil",),
        ), "muttmua/mutt:po/cs.po", window=40),
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write. The address or mechanism between the words.
        Together("cs.together-network-error-mutt", C.NETWORK_ERROR, (
            ("spojení s", "počítač"),
            ("uzavřeno", "vypršel", "nelze navázat", "nelze nalézt"),
        ), "muttmua/mutt:po/cs.po", window=40),
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("cs.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("připojení k serveru", "spojení se serverem"),
            ("selhalo", "vypršelo", "bylo obnoveno", "bylo přerušeno"),
        ), "thunderbird/thunderbird-l10n:cs/mail/chrome/messenger/messenger.properties", window=60),
        # Forpsi's help on a full mailbox ("Zaplnění schránky bývá častým důvodem pro
        # nedoručování"): the mailbox, in any case, filled up.
        Together("cs.together-mailbox-full", C.MAILBOX_FULL, (
            ("zaplnění", "přeplnění", "zaplněn", "přeplněn"),
            ("schránk",),
        ), "https://support.forpsi.com/kb/a4063/jak-zjistim-zaplneni-schranky.aspx", window=25),
        # Microsoft's Czech Alchemy Insights article on NDR 5.1.90 ("Odesílatel překročil denní
        # limit počtu příjemců"): a daily limit exceeded or reached.
        Together("cs.together-rate-limited", C.RATE_LIMITED, (
            ("překročil", "dosáhli"),
            ("denní limit", "denního limitu"),
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.cs-CZ:AlchemyInsights/5-1-90-your-message-cant-be-sent-dai"
           "ly-limit.md"),
        # Microsoft's Czech list of NDR codes (4.4.7 "Message expired": "akce nebyla dokončena před
        # vypršením platnosti zprávy"): the message's lifetime run out, not a password's.
        Together("cs.together-expired", C.EXPIRED, (
            ("vypršení", "vypršel"),
            ("platnost",),
            ("zpráv",),
        ), "https://learn.microsoft.com/cs-cz/exchange/troubleshoot/email-delivery/ndr/non-delivery-"
           "reports-in-exchange-online"),
        # fetchmail's "<protocol> connection to <host> failed", the host between the words
        Together("cs.together-network-error-fetchmail", C.NETWORK_ERROR, (
            ("spojení",),
            ("selhalo",),
        ), "Distrotech/fetchmail:po/cs.po", window=60),
        # Balsa's translated "Connecting SMTP server <host> (<address>) failed: <reason>", the host
        # and address between the words.
        Together("cs.together-network-error-balsa", C.NETWORK_ERROR, (
            ("připojení k serveru smtp",),
            ("selhalo",),
        ), "GNOME/balsa:po/cs.po", window=100),
    ),
)
