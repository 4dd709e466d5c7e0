"""Polish (pl): wordings of Polish bounce notices and of the SMTP error messages that mail clients
show in Polish. Sources: Thunderbird's and Roundcube's Polish SMTP error strings, PHPMailer's
Polish language file, Onet Poczta's help on bounced mail and SARE's Polish bounce-reason labels.
Also: Thunderbird's composeMsgs.properties, Evolution's translated RFC 5321 reply texts
(GNOME/evolution-data-server po/).
Also: glibc's translated strerror and resolver texts (bminor/glibc po/), Zimbra's
web-client errors (Zimbra/zm-ajax ZMsg), SOGo's send errors (Alinto/sogo UI/MailerUI), Mailman
2's refusals, Evolution's RFC 5321 reply texts.
Also: IMP webmail's translated recipient-limit refusal (horde/imp locale/).
Also: Sympa's delivery status notifications (sympa-community/sympa po/sympa/).
Also: .NET's localized SmtpStatusCode reference (learn.microsoft.com).
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_THUNDERBIRD = (
    "thunderbird/thunderbird-l10n:pl/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_ROUNDCUBE = "roundcube/roundcubemail:program/localization/pl_PL/messages.inc"
_PHPMAILER = "PHPMailer/PHPMailer:language/phpmailer.lang-pl.php"
_POMOC_POCZTA_ONET_PL = (
    "https://pomoc.poczta.onet.pl/baza-wiedzy/"
    "co-zrobic-w-przypadku-odeslanych-lub-odrzuconych-e-maili/"
)
_SARE_PL = "https://sare.pl/baza-wiedzy/2017/03/21/analiza-zwrotow/"

_EVO_PO = "GNOME/evolution-data-server:po/pl.po"
_RC_L10N = "roundcube/roundcubemail:program/localization/pl_PL/messages.inc"
_TB_L10N = (
    "thunderbird/thunderbird-l10n:pl/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)

LANGUAGE = Language(
    code="pl",
    name="Polish",
    phrases=(
        # Sympa's subject for the notice to a sender whose message held a virus ('A virus in your email').
        Phrases("pl.virus-sympa-email", C.VIRUS, (
            "wirus w twojej wiadomości",
        ), "sympa-community/sympa:po/sympa/pl.po"),
        # SpamAssassin's Polish rule description: the From address is on the user's blocklist.
        Phrases("pl.blocklisted-spamassassin", C.BLOCKLISTED, (
            "czarnej listy",
        ), "apache/spamassassin:rules/30_text_pl.cf"),
        # Thunderbird's account setup errors (accountCreationModel.properties): unable to log in
        # at the server, probably a wrong configuration, username or password.
        Phrases("pl.auth-failed-thunderbird-setup", C.AUTH_FAILED, (
            "nie można zalogować się na serwerze",
        ), ("thunderbird/thunderbird-l10n:pl/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("pl.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "nie można odnaleźć serwera",
        ), ("thunderbird/thunderbird-l10n:pl/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Mutt's authentication errors (po/): anonymous, CRAM-MD5, GSSAPI, SASL or APOP
        # authentication failed, LOGIN disabled on the server, login failed.
        Phrases("pl.auth-failed-mutt-po", C.AUTH_FAILED, (
            "login został wyłączony na tym serwerze", "zalogowanie nie powiodło się",
        ), "muttmua/mutt:po/pl.po"),
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write.
        Phrases("pl.network-error-mutt-po", C.NETWORK_ERROR, (
            "przekroczyło czas oczekiwania", "serwer zamknął połączenie",
            "błąd łączenia z serwerem", "sesja smtp nie powiodła się",
        ), "muttmua/mutt:po/pl.po"),
        # Mutt's TLS errors (po/): TLS could not be negotiated, no encrypted connection, SSL
        # failed, the server certificate expired, untrusted or not matching the host name, its
        # verification failed.
        Phrases("pl.tls-required-mutt-po", C.TLS_REQUIRED, (
            "połączenie tsl nie zostało wynegocjowane", "połączenie szyfrowane nie jest dostępne",
            "ssl nie powiodło się", "weryfikacja certyfikat hosta",
            "certyfikat serwera utracił ważność", "niezaufany certyfikat serwera",
            "nie odpowiada certyfikatowi", "nie można pobrać certyfikatu",
            "błąd weryfikacji certyfikatu",
        ), "muttmua/mutt:po/pl.po"),
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("pl.auth-failed-weak-kimap", C.AUTH_FAILED, (
            "logowanie nie powiodło się",
        ), "KDE/kimap:po/pl/libkimap6.po", decisive=False),
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("pl.auth-failed-kimap", C.AUTH_FAILED, (
            "zwykłe logowanie jest wyłączone",
        ), "KDE/kimap:po/pl/libkimap6.po"),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("pl.tls-required-kimap", C.TLS_REQUIRED, (
            "nie udała się negocjacja tls", "nieudany uścisk dłoni ssl",
        ), "KDE/kimap:po/pl/libkimap6.po"),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("pl.network-error-kdepim", C.NETWORK_ERROR, (
            "serwer przerwał połączenie", "serwer natychmiast przerwał połączenie",
            "połączenie z serwerem pop3 zostało zerwane", "zerwano połączenie",
            "rozłączono z serwerem podczas logowania", "rozłączono podczas logowania",
        ), "KDE/kdepim-runtime:po/pl/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime): an error during authentication, unable
        # to log in to the server.
        Phrases("pl.auth-failed-kdepim", C.AUTH_FAILED, (
            "podczas uwierzytelniania wystąpił błąd", "nie można wejść na serwer",
        ), "KDE/kdepim-runtime:po/pl/akonadi_pop3_resource.po"),
        # KDE's Akonadi POP3 resource (kdepim-runtime): an SSL/TLS error.
        Phrases("pl.tls-required-kdepim", C.TLS_REQUIRED, (
            "błąd ssl/tls",
        ), "KDE/kdepim-runtime:po/pl/akonadi_pop3_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("pl.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "serwer jest niedostępny",
        ), "KDE/kdepim-runtime:po/pl/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("pl.tls-required-glib-networking", C.TLS_REQUIRED, (
            "wymaga certyfikatu tls", "nieakceptowalny certyfikat tls",
            "nie można utworzyć połączenia tls", "powitania tls",
            "połączenie tls zostało nieoczekiwanie zamknięte", "nie wysłał certyfikatu",
            "krytyczny alarm tls", "nieakceptowalny ośrodek certyfikacji",
        ), "GNOME/glib-networking:po/pl.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("pl.network-error-glib-networking", C.NETWORK_ERROR, (
            "wejście/wyjście gniazda przekroczyło czas oczekiwania", "połączenie jest uszkodzone",
        ), "GNOME/glib-networking:po/pl.po"),
        # Thunderbird's connection failed or refused (messenger.properties).
        Phrases("pl.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "nie można połączyć się z serwerem", "połączenie zostało odrzucone",
        ), "thunderbird/thunderbird-l10n:pl/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's OAuth2 error: authentication failure while connecting
        # (messenger.properties).
        Phrases("pl.auth-failed-thunderbird-connection", C.AUTH_FAILED, (
            "niepowodzenie uwierzytelniania",
        ), "thunderbird/thunderbird-l10n:pl/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the server disconnected.
        Phrases("pl.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "rozłączył się",
        ), "thunderbird/thunderbird-l10n:pl/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): a TLS error that cannot be
        # overridden.
        Phrases("pl.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "błąd tls nie do zignorowania",
        ), "thunderbird/thunderbird-l10n:pl/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the Kerberos/GSSAPI authentication
        # refused (the POP3 one alike).
        Phrases("pl.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "kerberos/gssapi zostało odrzucone",
        ), "thunderbird/thunderbird-l10n:pl/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("pl.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "przesyłanie hasła użytkownika",
        ), "thunderbird/thunderbird-l10n:pl/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP server.
        Phrases("pl.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "nie można ustanowić połączenia tls",
        ), "thunderbird/thunderbird-l10n:pl/mail/chrome/messenger/localMsgs.properties"),
        # Roundcube's 'Too many recipients' and 'Please wait N sec(s) before sending this message'.
        Phrases("pl.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "aby móc wysłać tą wiadomość",
        ), "roundcube/roundcubemail:program/localization/pl_PL/messages.inc"),
        # Roundcube's 'Message size exceeds server limit' and 'Maximum size of a message exceeded' (attaching a file).
        Phrases("pl.message-too-large-roundcube-attach", C.MESSAGE_TOO_LARGE, (
            "przekroczony maksymalny rozmiar wiadomości",
        ), "roundcube/roundcubemail:program/localization/pl_PL/messages.inc"),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("pl.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "zbyt wiele aktywnych połączeń",
        ), "Foundry376/Mailspring:app/lang/pl.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("pl.relay-denied-mailspring", C.RELAY_DENIED, (
            "serwer smtp nie przekazałby wiadomości",
        ), "Foundry376/Mailspring:app/lang/pl.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("pl.rate-limited-mailspring", C.RATE_LIMITED, (
            "przekroczono przepustowość gmaila",
            "przekroczyłeś dzienny limit wysyłania",
        ), "Foundry376/Mailspring:app/lang/pl.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("pl.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "zawiera załączniki niedozwolone",
        ), "Foundry376/Mailspring:app/lang/pl.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("pl.auth-failed-mailspring", C.AUTH_FAILED, (
            "błąd uwierzytelnienia",
            "nie obsługuje podstawowego uwierzytelniania",
        ), "Foundry376/Mailspring:app/lang/pl.json"),
        # SnappyMail's 'Invalid recipients' notification (the RCPT refusal it shows).
        Phrases("pl.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "nieprawidłowy adres odbiorcy",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/pl/user.json", decisive=False),
        # SnappyMail's 'Can't connect to server' notification.
        Phrases("pl.network-error-snappymail", C.NETWORK_ERROR, (
            "nie można połączyć z serwerem",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/pl/user.json"),
        # SnappyMail's bare 'Authentication failed' notification.
        Phrases("pl.auth-failed-weak-snappymail", C.AUTH_FAILED, (
            "uwierzytelnienie zakończone niepowodzeniem",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/pl/user.json", decisive=False),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("pl.auth-required-kmail", C.AUTH_REQUIRED, (
            "wymaga nazwy użytkownika i hasła",
        ), "KDE/kmailtransport:po/pl/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("pl.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "nie obsługuje uwierzytelniania",
        ), "KDE/kmailtransport:po/pl/libmailtransport6.po"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("pl.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "większa niż limit serwera",
        ), "M66B/FairEmail:app/src/main/res/values-pl-rPL/strings.xml"),
        Phrases("pl.auth-failed", C.AUTH_FAILED, (
            "nie udało się przeprowadzić uwierzytelnienia",
            "nie można przeprowadzić uwierzytelnienia", "uwierzytelnianie nie powiodło się",
            "nie udało się uwierzytelnić", "nie obsługuje wybranej metody uwierzytelniania",
        ), _THUNDERBIRD),
        # Microsoft's Polish help title for 550 5.7.708 'Access denied, traffic not accepted from this IP' (a poorly reputed IP, as the 5.7.7xx code rule reads it).
        Phrases("pl.reputation-microsoft-traffic", C.REPUTATION, (
            "ruch nie jest akceptowany z tego adresu ip",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.pl-PL:AlchemyInsights/"
            "antispam-550-5-7-708-service-unavailable-access-denied-traffic-not-accepted.md")),
        # Microsoft's Polish help title for 5.7.750 'Client blocked from sending from unregistered domain' (the 5.7.7xx code rule reads it as reputation).
        Phrases("pl.reputation-microsoft-unregistered-domain", C.REPUTATION, (
            "wysyłanie z niezarejestrowanych domen",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.pl-PL:AlchemyInsights/"
            "5-7-750-service-unavailable-client-blocked-from-sending-from-unregistered-d.md")),
        # Microsoft's Polish help title: the account restricted for sending too much spam (5.1.8, the sender blocked).
        Phrases("pl.sender-rejected-exchange-spam", C.SENDER_REJECTED, (
            "w przypadku wysyłania zbyt dużej spamu",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.pl-PL:AlchemyInsights/"
            "sender-blocked-for-sending-too-much-spam.md")),
        # Exchange Online's Polish 5.1.8 NDR for a user restricted for sending spam, as the pl-PL microsoft-365-docs on the Restricted users portal quote it: "nie zostałeś rozpoznany jako prawidłowy nadawca", "550 5.1.8 Odmowa dostępu, nieprawidłowy nadawca wychodzący" (bad outbound sender).
        Phrases("pl.sender-rejected-exchange-bad-sender", C.SENDER_REJECTED, (
            "nie zostałeś rozpoznany jako prawidłowy nadawca", "nieprawidłowy nadawca wychodzący",
        ), ("dragonix-11/microsoft-365-docs-pr.pl-PL:microsoft-365/security/office-365-security/"
            "removing-user-from-restricted-users-portal-after-spam.md")),
        # Microsoft's Polish help on Exchange Online's receiving limit: senders get an NDR (5.2.121/5.2.122) saying the mailbox exceeded its maximum delivery threshold.
        Phrases("pl.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "są ograniczane na następne",
            "przekroczyła próg dostarczenia",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.pl-PL:AlchemyInsights/"
            "mailbox-receiving-limit.md")),
        Phrases("pl.network-error", C.NETWORK_ERROR, (
            "nie udało się połączyć", "nie udało się nawiązać połączenia",
            "nie można połączyć się z wybranym hostem", "nie można nawiązać połączenia z serwerem",
            "zostało przerwane", "upłynął limit czasu połączenia",
        ), _THUNDERBIRD),
        Phrases("pl.message-too-large", C.MESSAGE_TOO_LARGE, (
            "rozmiar wiadomości przekracza limit", "przekracza globalny limit rozmiaru",
            "wiadomość zbyt długa",
        ), _THUNDERBIRD),
        Phrases("pl.too-many-recipients", C.RATE_LIMITED, (
            "przekroczenia dozwolonej liczby adresatów", "przekroczono limit wysyłania",
        ), _THUNDERBIRD),
        Phrases("pl.smtputf8", C.CONTENT_REJECTED, ("nie obsługuje znaków unicode",), _ROUNDCUBE),
        Phrases("pl.sender-rejected", C.SENDER_REJECTED, (
            "nieprawidłowy adres nadawcy", "następujący adres nadawcy jest nieprawidłowy",
            "niewłaściwy adres nadawcy",
        ), _PHPMAILER),
        Phrases("pl.user-unknown", C.USER_UNKNOWN, (
            "docelowe konto nie istnieje", "użytkownik o podanym adresie nie istnieje",
        ), _POMOC_POCZTA_ONET_PL),
        Phrases("pl.mailbox-disabled", C.MAILBOX_DISABLED, (
            "nieaktywna skrzynka pocztowa",
        ), _SARE_PL),
        Phrases("pl.host-unknown", C.HOST_UNKNOWN, ("nie ma takiej domeny",), _SARE_PL),
        Phrases("pl.spam-content", C.SPAM_CONTENT, (
            "wiadomość oznaczona jako spam",
        ), _POMOC_POCZTA_ONET_PL),
        Phrases("pl.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "zweryfikować poprawność adresu e-mail",
        ), _TB_L10N, decisive=False),
        Phrases("pl.network-error-thunderbird", C.NETWORK_ERROR, (
            "serwer może być niewłaściwie skonfigurowany",
        ), _TB_L10N),
        Phrases("pl.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "nie można ustawić nadawcy",
        ), _RC_L10N, decisive=False),
        Phrases("pl.mailbox-full-evolution", C.MAILBOX_FULL, (
            "przekroczony wykorzystany rozmiar",
        ), _EVO_PO),
        Phrases("pl.auth-required-evolution", C.AUTH_REQUIRED, (
            "wymagane uwierzytelnienie",
        ), _EVO_PO),
        Phrases("pl.auth-failed-evolution", C.AUTH_FAILED, (
            "chwilowe niepowodzenie podczas uwierzytelniania",
            "mechanizm uwierzytelniania jest za słaby",
        ), _EVO_PO),
        Phrases("pl.system-full-evolution", C.SYSTEM_FULL, (
            "brak miejsca w miejscu przechowywania",
        ), _EVO_PO),
        Phrases("pl.sender-rejected-mailman", C.SENDER_REJECTED, (
            "zablokował możliwość wysłania", "osobę spoza zamkniętej listy",
            "tylko członkowie listy mogą wysyłać",
        ), "jaredmauch/mailman2-python3:messages/pl/LC_MESSAGES/mailman.po"),
        Phrases("pl.user-unknown-sympa", C.USER_UNKNOWN, (
            "nie jest znaną listą mailingową",
        ), "sympa-community/sympa:po/sympa/pl.po"),
        Phrases("pl.sender-rejected-sympa", C.SENDER_REJECTED, (
            "dystrybucja wiadomości: odmowa autoryzacji",
            "rozsyłanie wiadomości w tej liście jest niedozwolone",
        ), "sympa-community/sympa:po/sympa/pl.po"),
        # Exchange Online's 5.1.90 NDR (the sender's daily recipient limit), as Microsoft's
        # localized help titles it.
        Phrases("pl.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "dzienny limit liczby adresatów", "przekroczył dzienny limit",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.pl-PL:AlchemyInsights/5-1-90-your-mess"
            "age-cant-be-sent-daily-limit.md"
        )),
        # Gmail's Polish sending-limit errors (Google Workspace's help on sending limits).
        Phrases("pl.rate-limited-gmail", C.RATE_LIMITED, (
            "osiągnięto limit wysyłanych wiadomości",
            "osiągnięto limit wysyłania z gmaila",
            "przekroczono maksymalną liczbę adresatów",
        ), "https://support.google.com/a/answer/166852?hl=pl"),
        # The Polish names GoDaddy's Microsoft 365 help gives its bounces.
        Phrases("pl.mailbox-full-godaddy", C.MAILBOX_FULL, (
            "limit miejsca na koncie", "osiągnęło limit miejsca",
        ), (
            "https://pl.godaddy.com/help/co-to-znaczy-ze-poczta-zostala-odbita-3568; https://"
            "pl.godaddy.com/help/napraw-odrzucone-wiadomosci-e-mail-z-bledem-odsylania-40685"
        )),
        Phrases("pl.user-unknown-godaddy", C.USER_UNKNOWN, (
            "konto nie istnieje",
        ), (
            "https://pl.godaddy.com/help/co-to-znaczy-ze-poczta-zostala-odbita-3568; https://"
            "pl.godaddy.com/help/napraw-odrzucone-wiadomosci-e-mail-z-bledem-odsylania-40685"
        )),
        Phrases("pl.mailbox-disabled-godaddy", C.MAILBOX_DISABLED, (
            "konto wyłączone", "ma wyłączoną funkcję odbierania",
        ), (
            "https://pl.godaddy.com/help/co-to-znaczy-ze-poczta-zostala-odbita-3568; https://"
            "pl.godaddy.com/help/napraw-odrzucone-wiadomosci-e-mail-z-bledem-odsylania-40685"
        )),
        Phrases("pl.expired-godaddy", C.EXPIRED, (
            "upłynął limit czasu na dostarczenie",
        ), (
            "https://pl.godaddy.com/help/co-to-znaczy-ze-poczta-zostala-odbita-3568; https://"
            "pl.godaddy.com/help/napraw-odrzucone-wiadomosci-e-mail-z-bledem-odsylania-40685"
        )),
        # glibc's translated strerror texts: ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, EADDRNOTAVAIL,
        # ENETUNREACH, ECONNRESET, ECONNABORTED, ENETDOWN, EHOSTDOWN, gai_strerror's EAI_AGAIN
        # and the resolver's host name lookup failure.
        Phrases("pl.network-error-glibc", C.NETWORK_ERROR, (
            "wystąpił krytyczny błąd w odwzorowaniu nazw",
            "urządzenie jest wyłączone",
            "sieć jest wyłączona",
            "oprogramowanie spowodowało przerwanie połączenia",
            "odnalezienie nazwy urządzenia jest niemożliwe",
            "połączenie odrzucone", "przekroczony czas oczekiwania na połączenie",
            "brak trasy do hosta", "nie można przypisać żądanego adresu", "sieć jest niedostępna",
            "połączenie zerwane przez drugą stronę", "odwzorowanie nazwy jest chwilowo niemożliwe",
        ), "bminor/glibc:po/pl.po"),
        # glibc's translated gai_strerror texts (EAI_NONAME, EAI_NODATA) and the resolver's
        # unknown host.
        Phrases("pl.host-unknown-glibc", C.HOST_UNKNOWN, (
            "nieznany host",
            "nazwa lub usługa jest nieznana", "brak adresu związanego z nazwą hosta",
        ), "bminor/glibc:po/pl.po"),
        Phrases("pl.user-unknown-evolution", C.USER_UNKNOWN, (
            "skrzynka jest niedostępna", "niedozwolona nazwa skrzynki",
        ), "GNOME/evolution-data-server:po/pl.po", decisive=False),
        Phrases("pl.has-moved-evolution", C.HAS_MOVED, (
            "użytkownik nie jest lokalny",
        ), "GNOME/evolution-data-server:po/pl.po"),
        Phrases("pl.syntax-error-evolution", C.SYNTAX_ERROR, (
            "błąd składniowy",
        ), "GNOME/evolution-data-server:po/pl.po", decisive=False),
        Phrases("pl.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "niezaimplementowane polecenie", "niezaimplementowany parametr polecenia",
        ), "GNOME/evolution-data-server:po/pl.po", decisive=False),
        Phrases("pl.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "usługa nie jest dostępna",
        ), "GNOME/evolution-data-server:po/pl.po", decisive=False),
        Phrases("pl.server-error-evolution", C.SERVER_ERROR, (
            "błąd podczas przetwarzania",
        ), "GNOME/evolution-data-server:po/pl.po", decisive=False),
        Phrases("pl.tls-required-evolution", C.TLS_REQUIRED, (
            "żądany mechanizm uwierzytelniający wymaga szyfrowania",
        ), "GNOME/evolution-data-server:po/pl.po"),
        Phrases("pl.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, (
            "przekracza ona maksymalny dozwolony rozmiar",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_pl.properties"),
        Phrases("pl.service-unavailable-zimbra", C.SERVICE_UNAVAILABLE, (
            "usługa jest tymczasowo niedostępna",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_pl.properties", decisive=False),
        Phrases("pl.network-error-zimbra", C.NETWORK_ERROR, (
            "zbyt wiele etapów między serwerami",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_pl.properties"),
        Phrases("pl.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "wiadomość zbyt duża", "wiadomość jest zbyt duża",
        ), "jaredmauch/mailman2-python3:messages/pl/LC_MESSAGES/mailman.po"),
        Phrases("pl.too-many-recipients-mailman", C.RATE_LIMITED, (
            "zbyt wielu adresatów",
        ), "jaredmauch/mailman2-python3:messages/pl/LC_MESSAGES/mailman.po"),
        Phrases("pl.user-unknown-sogo", C.USER_UNKNOWN, (
            "wszyscy odbiorcy zostali odrzuceni", "poniżsi odbiorcy zostali odrzuceni",
        ), "Alinto/sogo:UI/MailerUI/Polish.lproj/Localizable.strings"),
        Phrases("pl.network-error-sogo", C.NETWORK_ERROR, (
            "błąd połączenia z serwerem smtp",
        ), "Alinto/sogo:UI/MailerUI/Polish.lproj/Localizable.strings"),
        Phrases("pl.user-unknown-zimbra-address", C.USER_UNKNOWN, (
            "z powodu nieprawidłowych adresów",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_pl.properties", decisive=False),
        Phrases("pl.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "uwierzytelnianie przy pomocy kerberos/gssapi nie zostało zaakceptowane",
        ), (
            "thunderbird/thunderbird-l10n:pl/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("pl.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "haseł przesyłanych otwartym tekstem",
        ), (
            "thunderbird/thunderbird-l10n:pl/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("pl.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "do wysyłania używana jest poprawna tożsamość",
        ), (
            "thunderbird/thunderbird-l10n:pl/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        ), decisive=False),
        Phrases("pl.content-rejected-mailman", C.CONTENT_REJECTED, (
            "bezpośrednio zablokowan", "niedozwolony typ wiadomości",
            "nie można wysyłać tego rodzaju pliku", "wiadomość została pusta",
        ), "jaredmauch/mailman2-python3:messages/pl/LC_MESSAGES/mailman.po"),
        Phrases("pl.auth-failed-evolution-response", C.AUTH_FAILED, (
            "błędna odpowiedź serwera na uwierzytelnienie",
        ), "GNOME/evolution-data-server:po/pl.po"),
        # IMP's (Horde webmail) refusal of a message over the sender's recipient limit.
        Phrases("pl.too-many-recipients-imp", C.RATE_LIMITED, (
            "nie możesz wysyłać wiadomości do więcej niż",
        ), "horde/imp:locale/pl/LC_MESSAGES/imp.po"),
        # Sympa's delivery status notification for a list that does not exist (its subject, "List
        # unknown").
        Phrases("pl.user-unknown-sympa-list", C.USER_UNKNOWN, (
            "nieznana lista",
            "lista nieznana",
        ), "sympa-community/sympa:po/sympa/pl.po"),
        # Sympa's notice of a virus found in the poster's message.
        Phrases("pl.virus-sympa", C.VIRUS, (
            "nasz wykrywacz wirusów znalazł wirusa",
        ), "sympa-community/sympa:po/sympa/pl.po"),
        # Thunderbird's note when the server refuses a recipient (RCPT TO): check the recipient's
        # address; the server's own reply, quoted in it, names the reason.
        Phrases("pl.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "sprawdź adresata wiadomości",
        ), (
            "thunderbird/thunderbird-l10n:pl/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        ), decisive=False),
        # Roundcube's note when the SMTP server refuses a recipient (smtptoerror); the server's
        # reply, quoted in it, names the reason.
        Phrases("pl.user-unknown-roundcube", C.USER_UNKNOWN, (
            "nie można dodać odbiorcy",
        ), "roundcube/roundcubemail:program/localization/pl_PL/messages.inc", decisive=False),
        # Roundcube's refusal of a message over its recipient limit (toomanyrecipients).
        Phrases("pl.too-many-recipients-roundcube", C.RATE_LIMITED, (
            "zbyt wielu odbiorców",
        ), "roundcube/roundcubemail:program/localization/pl_PL/messages.inc"),
        # Thunderbird's note that the server refuses its encrypted-password authentication (the
        # mechanism must change).
        Phrases("pl.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "nie obsługiwać uwierzytelniania przy pomocy szyfrowanych haseł",
        ), (
            "thunderbird/thunderbird-l10n:pl/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        )),
        # PHPMailer's note on the recipients the SMTP server refused (recipients_failed); the
        # server's reply names the reason.
        Phrases("pl.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "nie udało się wysłać do następujących odbiorców",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-pl.php", decisive=False),
        # Polish 'does not exist' (of an account or address), as Interia's help explains 550 5.1.1 and Office
        # 365's Polish help 5.1.10; weak, as the words also say other things do not exist.
        Phrases("pl.user-unknown-weak", C.USER_UNKNOWN, (
            "nie istnieje",
        ), (
            "https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,"
            "nId,6589600"
        ), decisive=False),
        # Interia's help on 550 5.2.1: the recipient has a full mailbox ('ma przepełnioną skrzynkę').
        Phrases("pl.mailbox-full-interia", C.MAILBOX_FULL, (
            "przepełnioną skrzynkę",
        ), (
            "https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,"
            "nId,6589600"
        )),
        # Interia's help on 550 5.2.1: the account has been suspended.
        Phrases("pl.mailbox-disabled-interia", C.MAILBOX_DISABLED, (
            "konto zostało zawieszone",
        ), (
            "https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,"
            "nId,6589600"
        )),
        # Office 365's Polish NDR table, 4.4.316 'Connection refused [Message=Socket error code 10061]'.
        Phrases("pl.network-error-office365", C.NETWORK_ERROR, (
            "odmowa połączenia",
        ), (
            "https://support.office.com/pl-pl/article/raporty-o-niedostarczeniu-poczty-e-mail"
            "-w-us%C5%82udze-office-365-51daa6b9-2e35-49c4-a0c9-df85bf8533c3"
        )),
        # Office 365's Polish help on NDR 5.7.1: the sender has no permission to send to the recipient or group.
        Phrases("pl.policy-violation-office365", C.POLICY_VIOLATION, (
            "nie masz uprawnienia do wysyłania wiadomości do",
        ), (
            "https://support.office.com/pl-pl/article/rozwi%C4%85zywanie-problem%C3%B3w-dotyc"
            "z%C4%85cych-dostarczania-wiadomo%C5%9Bci-e-mail-zwi%C4%85zanych-z-kodem-b%C5%82%"
            "C4%99du-550-5-7-1-w-us%C5%82udze-office-365-da1ff375-f88f-4a3e-b81f-06cdb6ecae3c"
        )),
        # Office 365's Polish help on NDR 5.7.1: no permission to send through a mail server between sender and recipient.
        Phrases("pl.relay-denied-office365", C.RELAY_DENIED, (
            "nie masz uprawnienia do wysyłania wiadomości e-mail za pośrednictwem",
        ), (
            "https://support.office.com/pl-pl/article/rozwi%C4%85zywanie-problem%C3%B3w-dotyc"
            "z%C4%85cych-dostarczania-wiadomo%C5%9Bci-e-mail-zwi%C4%85zanych-z-kodem-b%C5%82%"
            "C4%99du-550-5-7-1-w-us%C5%82udze-office-365-da1ff375-f88f-4a3e-b81f-06cdb6ecae3c"
        )),
        # konto.pl's Polish list of bounce reasons: 'User not found' and 'User unknown / no such mailbox'.
        Phrases("pl.user-unknown-konto", C.USER_UNKNOWN, (
            "nie ma takiego odbiorcy",
            "nie ma takiej skrzynki",
        ), "https://support.konto.pl/kb/a2286/informacje-zwrotne-o-niedostarczeniu-wiadomosci.aspx"),
        # konto.pl's Polish list of bounce reasons: the quota of the recipient's mailbox is exceeded.
        Phrases("pl.mailbox-full-konto", C.MAILBOX_FULL, (
            "przekroczona powierzchnia skrzynki",
        ), "https://support.konto.pl/kb/a2286/informacje-zwrotne-o-niedostarczeniu-wiadomosci.aspx"),
        # konto.pl's Polish list of bounce reasons: 'Domain Not Found', no mail server was found.
        Phrases("pl.host-unknown-konto", C.HOST_UNKNOWN, (
            "serwer pocztowy nie został odnaleziony",
        ), "https://support.konto.pl/kb/a2286/informacje-zwrotne-o-niedostarczeniu-wiadomosci.aspx"),
        # SARE's Polish bounce classes: 513 'Unknown e-mail address'.
        Phrases("pl.user-unknown-weak-sare", C.USER_UNKNOWN, (
            "nieznany adres",
        ), "https://sare.pl/baza-wiedzy/2017/03/21/analiza-zwrotow/", decisive=False),
        # Microsoft's Polish help titles 'Mailbox Quota Exceeded' 'Przekroczono przydział skrzynki pocztowej'.
        Phrases("pl.mailbox-full-microsoft", C.MAILBOX_FULL, (
            "przekroczono przydział skrzynki",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.pl-PL:AlchemyInsights/mailbox-quota-ex"
            "ceeded.md"
        )),
        # Microsoft's Polish help on 550 5.7.511 'Access denied, banned sender': 'Odmowa dostępu, zablokowany nadawca'.
        Phrases("pl.blocklisted-microsoft", C.BLOCKLISTED, (
            "zablokowany nadawca",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.pl-PL:AlchemyInsights/ip-blocked-for-s"
            "ending-too-much-spam-550-5-7-51.md"
        )),
        # Microsoft's localized help on NDR 550 5.4.1 'Relay Access Denied' names the refusal in this language.
        Phrases("pl.relay-denied-microsoft", C.RELAY_DENIED, (
            "odmowa dostępu przekazywania",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.pl-PL:AlchemyInsights/antispam-5-4-1-d"
            "beb-catch-all.md"
        )),
        # webpc.pl's Polish SMTP reply texts: 550 'mailbox unavailable' ('skrzynka nie jest dostępna'); weak, as
        # English 'mailbox unavailable' is.
        Phrases("pl.user-unknown-weak-webpc", C.USER_UNKNOWN, (
            "skrzynka nie jest dostępna",
        ), "http://www.webpc.pl/artykuly/?id=17", decisive=False),
        # webpc.pl's Polish SMTP reply texts: 552 'exceeded storage allocation'.
        Phrases("pl.mailbox-full-webpc", C.MAILBOX_FULL, (
            "przekroczone ograniczenie ilości przechowywanych danych",
        ), "http://www.webpc.pl/artykuly/?id=17"),
        # Microsoft's Polish help on TLS deprecation: 451 5.7.3 'Must issue a STARTTLS command first'.
        Phrases("pl.tls-required-microsoft", C.TLS_REQUIRED, (
            "najpierw uruchomić polecenie starttls",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.pl-PL:AlchemyInsights/issues-related-t"
            "o-tls-deprecation.md"
        )),
        # Microsoft's Polish help on bulk mail delays: 432 4.3.21 'Mailbox server busy; mail intentionally delayed'.
        Phrases("pl.service-unavailable-microsoft-busy", C.SERVICE_UNAVAILABLE, (
            "serwer skrzynki pocztowej jest zajęty",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.pl-PL:AlchemyInsights/temporary-bulk-m"
            "ail-flow-delay.md"
        )),
        # K-9 / Thunderbird for Android says "Uwierzytelnianie się nie powiodło"
        Phrases("pl.auth-failed-k9", C.AUTH_FAILED, ("uwierzytelnianie się nie powiodło",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-pl/strings.xml")),
        # K-9 / Thunderbird for Android status says "Błąd połączenia"
        Phrases("pl.network-error-weak-k9", C.NETWORK_ERROR, ("błąd połączenia",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-pl/strings.xml"),
                decisive=False),
        # K-9 account setup says "Błąd sieci. Sprawdź stan połączenia"
        Phrases("pl.network-error-weak-k9-setup", C.NETWORK_ERROR, ("błąd sieci",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/setup/src/main/res/values-pl/strings.xml"),
                decisive=False),
        # K-9 server check says "Błąd autoryzacji"
        Phrases("pl.auth-failed-weak-k9", C.AUTH_FAILED, ("błąd autoryzacji",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/server/validation/src/main/res/values-pl/strings.xml"),
                decisive=False),
        # Geary, when it cannot reach the server, asks to check the network
        Phrases("pl.network-error-geary", C.NETWORK_ERROR, ("nie można się połączyć",),
                "GNOME/geary:po/pl.po", decisive=False),
        # Geary says an incorrect login or password, check your sending login and password
        Phrases("pl.auth-failed-geary", C.AUTH_FAILED, ("sprawdzić poprawność adresu e-mail i hasła",
            "niewłaściwy login lub hasło", "loginu i hasła wysyłania",
        ),
                "GNOME/geary:po/pl.po"),
        # Delta Chat cannot log in and asks to check the address and the password
        Phrases("pl.auth-failed-deltachat", C.AUTH_FAILED, ("adres i hasło są poprawne",),
                "deltachat/deltachat-android:src/main/res/values-pl/strings.xml"),
        # Delta Chat reports no internet connection (and so a failed login)
        Phrases("pl.network-error-deltachat", C.NETWORK_ERROR, ("brak połączenia internetowego",),
                "deltachat/deltachat-android:src/main/res/values-pl/strings.xml"),
        # GNOME Online Accounts' mail setup errors, server does not support STARTTLS, TLS not available
        Phrases("pl.tls-required-goa", C.TLS_REQUIRED, (
            "nie obsługuje starttls", "tls jest niedostępne",
        ),
                "GNOME/gnome-online-accounts:po/pl.po"),
        # GNOME Online Accounts' mail setup errors, unknown authentication mechanism, failed
        Phrases("pl.auth-failed-goa", C.AUTH_FAILED, (
            "nieznany mechanizm uwierzytelniania", "uwierzytelnienie się nie powiodło",
        ),
                "GNOME/gnome-online-accounts:po/pl.po"),
        # fetchmail keeps the message, the SMTP server requires STARTTLS, TLS is mandatory
        Phrases("pl.tls-required-fetchmail", C.TLS_REQUIRED, (
            "serwer smtp wymaga starttls", "tls jest wymagany dla tej sesji",
        ),
                "Distrotech/fetchmail:po/pl.po"),
        # fetchmail timed out waiting to connect to the server
        Phrases("pl.network-error-fetchmail", C.NETWORK_ERROR, ("oczekiwania na połączenie z",),
                "Distrotech/fetchmail:po/pl.po"),
        # fetchmail's SMTP listener refused the recipient address (weak, the reason follows)
        Phrases("pl.user-unknown-weak-fetchmail", C.USER_UNKNOWN, (
            "nie lubi adresu odbiorcy", "odrzucił adresy lokalnych odbiorców",
        ),
                "Distrotech/fetchmail:po/pl.po", decisive=False),
        # GNU Mailutils' local delivery refuses, the recipient's mailbox quota or size exceeded
        Phrases("pl.mailbox-full-mailutils", C.MAILBOX_FULL, (
            "przekroczono limit rozmiaru skrzynki", "przekroczyłaby dozwolony rozmiar skrzynki",
        ),
                "Distrotech/mailutils:po/pl.po"),
        # GNU Mailutils' stream errors, the remote host closed the connection
        Phrases("pl.network-error-mailutils", C.NETWORK_ERROR, (
            "zdalny system zerwał połączenie", "strona zdalna zamknęła połączenie",
        ),
                "Distrotech/mailutils:po/pl.po"),
        # GNU Mailutils' authentication errors, unsupported scheme, failed
        Phrases("pl.auth-failed-mailutils", C.AUTH_FAILED, (
            "schemat uwierzytelnienia nie jest obsługiwany", "uwierzytelnienie nie powiodło się",
        ),
                "Distrotech/mailutils:po/pl.po"),
        # K-9's account check (before Nov 2023), the username or password is incorrect
        Phrases("pl.auth-failed-k9-check", C.AUTH_FAILED, (
            "nieprawidłowa nazwa użytkownika lub hasło",
        ),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-pl/strings.xml"),
        # K-9's account check (before Nov 2023), it cannot connect to the server
        Phrases("pl.network-error-k9-check", C.NETWORK_ERROR, (
            "nie można uzyskać połączenia z serwerem",
        ),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-pl/strings.xml"),
        # K-9's account check (before Nov 2023), the server presented an invalid SSL certificate
        Phrases("pl.tls-required-k9-check", C.TLS_REQUIRED, ("nieprawidłowy certyfikat ssl",),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-pl/strings.xml"),
        # Geary's untrusted-connection dialog, the server's TLS certificate is unsigned, expired or mismatched
        Phrases("pl.tls-required-geary", C.TLS_REQUIRED, ("jest uważany za niebezpieczny", "certyfikat serwera nie został aktywowany", "został unieważniony i jest teraz nieprawidłowy",
            "nie jest podpisany przez znaną instytucję", "certyfikat serwera wygasł", "nie pasuje do tożsamości w certyfikacie",
        ),
                "GNOME/geary:po/pl.po"),
        # K-9 / Thunderbird for Android notification says "Certificate error" (weak)
        Phrases("pl.tls-required-weak-k9", C.TLS_REQUIRED, ("błąd certyfikatu",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-pl/strings.xml"),
                decisive=False),
        # GNOME Online Accounts' TLS errors, the signing certificate authority is unknown, expired
        Phrases("pl.tls-required-goa-certificate", C.TLS_REQUIRED, (
            "ośrodek podpisywania certyfikatów", "certyfikat wygasł",
        ),
                "GNOME/gnome-online-accounts:po/pl.po"),
        # GNOME Online Accounts' TLS error "Invalid certificate" (weak)
        Phrases("pl.tls-required-weak-goa", C.TLS_REQUIRED, ("nieprawidłowy certyfikat",),
                "GNOME/gnome-online-accounts:po/pl.po", decisive=False),
        # GNOME Online Accounts, the server refused the password for the username
        Phrases("pl.auth-failed-goa-password", C.AUTH_FAILED, (
            "nieprawidłowe hasło dla nazwy użytkownika",
        ),
                "GNOME/gnome-online-accounts:po/pl.po"),
        # fetchmail's authentication-failed notice and unknown login or authentication error
        Phrases("pl.auth-failed-fetchmail", C.AUTH_FAILED, (
            "błąd uwierzytelnienia fetchmaila", "nieznany login lub błąd uwierzytelniania",
        ),
                "Distrotech/fetchmail:po/pl.po"),
        # Evolution's SMTP errors, STARTTLS not supported or failed, secure connection failed
        Phrases("pl.tls-required-evolution-smtp", C.TLS_REQUIRED, (
            "starttls nie jest obsługiwane", "polecenie starttls się nie powiodło", "w trybie bezpiecznym się nie powiodło",
        ),
                "GNOME/evolution-data-server:po/pl.po"),
        # Evolution's SMTP errors, the AUTH command failed, no support for the mechanism
        Phrases("pl.auth-failed-evolution-smtp", C.AUTH_FAILED, (
            "polecenie auth się nie powiodło", "brak obsługi uwierzytelniania",
        ),
                "GNOME/evolution-data-server:po/pl.po"),
        # Evolution's SMTP error when MAIL FROM fails (weak, the server's reason follows)
        Phrases("pl.sender-rejected-weak-evolution-smtp", C.SENDER_REJECTED, (
            "polecenie mail from się nie powiodło",
        ),
                "GNOME/evolution-data-server:po/pl.po", decisive=False),
        # Evolution's SMTP error when RCPT TO fails (weak, the server's reason follows)
        Phrases("pl.user-unknown-weak-evolution-smtp", C.USER_UNKNOWN, ("wykonanie rcpt to",),
                "GNOME/evolution-data-server:po/pl.po", decisive=False),
        # .NET's SmtpStatusCode reference (pl-pl): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("pl.bad-sequence-dotnet-docs", C.BAD_SEQUENCE, (
            "wysłane w nieprawidłowej sekwencji",
        ), "https://learn.microsoft.com/pl-pl/dotnet/api/system.net.mail.smtpstatuscode"),
        # .NET's SmtpStatusCode reference (pl-pl): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("pl.auth-required-dotnet-docs", C.AUTH_REQUIRED, (
            "klient nie został uwierzytelniony",
        ), "https://learn.microsoft.com/pl-pl/dotnet/api/system.net.mail.smtpstatuscode"),
        # .NET's SmtpStatusCode reference (pl-pl): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("pl.not-implemented-weak-dotnet-docs", C.NOT_IMPLEMENTED, (
            "nie implementuje określonego polecenia",
            "nie implementuje określonego parametru polecenia",
        ), "https://learn.microsoft.com/pl-pl/dotnet/api/system.net.mail.smtpstatuscode", decisive=False),
        # .NET's SmtpStatusCode reference (pl-pl): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("pl.syntax-error-dotnet-docs", C.SYNTAX_ERROR, (
            "nie rozpoznaje określonego polecenia",
        ), "https://learn.microsoft.com/pl-pl/dotnet/api/system.net.mail.smtpstatuscode"),
        # Geary, when the server refuses the login, asks to check the receiving login and password
        Phrases("pl.auth-failed-geary-receiving", C.AUTH_FAILED, ("loginu i hasła odbierania",),
                "GNOME/geary:po/pl.po"),
        # ezmlm-idx's translated refusals of a post from a non-subscriber (TXT_ONLY_SUBSCRIBERS) and
        # from a poster the owner blocked (TXT_REJECT_POSTS).
        Phrases("pl.sender-rejected-ezmlm", C.SENDER_REJECTED, (
            "tylko prenumeratorzy mogą wysyłać",
            "nakazano mi odrzucać twoje listy",
        ), "bruceg/ezmlm-idx:lang/pl/messages"),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("pl.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "odrzucona przez moderatora",
        ), "jaredmauch/mailman2-python3:templates/pl/refuse.txt; sympa-community/sympa:po/sympa/pl.po"),
        # Sympa's translated reject.tt2 and delivery status notification: the moderator rejected the
        # post, or it was forwarded to the moderators for approval.
        Phrases("pl.policy-violation-sympa", C.POLICY_VIOLATION, (
            "przekazana redaktorowi",
        ), "sympa-community/sympa:po/sympa/pl.po"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, Moderate.py): a moderated list,
        # an implicit destination (the list not in To: or Cc:), a restricted list's approval, possible
        # administrivia, a suspicious header, a post the moderator deemed inappropriate.
        Phrases("pl.policy-violation-mailman-moderation", C.POLICY_VIOLATION, (
            "uznał wiadomość za niepożądaną",
            "wysłana na listę moderowaną",
            "jest niepoprawnie zaadresowana",
            "pośrednie adresowanie listy",
            "listę z ograniczeniami wymaga akceptacji",
            "może zawierać polecenia administracyjne",
            "nagłowek wiadomości jest niepoprawny",
            "nagłowek twojej wiadomości",
        ), "jaredmauch/mailman2-python3:messages/pl/LC_MESSAGES/mailman.po"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("pl.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "wstrzymana do dalszej decyzji",
        ), "jaredmauch/mailman2-python3:templates/pl/postheld.txt"),
        # Sympa's translated send-scenario refusals: distribution in the list not allowed, or restricted
        # (to moderators).
        Phrases("pl.sender-rejected-sympa-distribution", C.SENDER_REJECTED, (
            "rozsyłanie wiadomości dla tej listy jest dostępne",
        ), "sympa-community/sympa:po/sympa/pl.po"),
        # Sympa's translated refusal of a MIME multipart post.
        Phrases("pl.content-rejected-sympa", C.CONTENT_REJECTED, (
            "wieloczęściowe wiadomości nie są dozwolone",
        ), "sympa-community/sympa:po/sympa/pl.po"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, SpamDetect.py): emergency hold
        # of all list traffic, a header filter rule matched, a post to a moderated newsgroup.
        Phrases("pl.policy-violation-mailman-filter", C.POLICY_VIOLATION, (
            "wysłana na grupę moderowaną",
            "awaryjne moderowanie listy",
            "odrzucona przez filtr",
        ), "jaredmauch/mailman2-python3:messages/pl/LC_MESSAGES/mailman.po"),
        # Sympa's translated hint beside a subscribers-only refusal: the poster may be subscribed under
        # another address (weak: alone it only hints that the sender is not a subscriber).
        Phrases("pl.sender-rejected-sympa-other-address", C.SENDER_REJECTED, (
            "subskrybujesz listę innym adresem",
        ), "sympa-community/sympa:po/sympa/pl.po", decisive=False),
        # Sympa's translated send-scenario refusals: distribution restricted to subscribers or to local
        # domain users.
        Phrases("pl.sender-rejected-sympa-restricted", C.SENDER_REJECTED, (
            "tylko subskrybenci oraz użytkownicy",
            "wiadomości w liście jest zastrzeżone",
            "rozsyłanie wiadomości w obrębie listy",
        ), "sympa-community/sympa:po/sympa/pl.po"),
        # Odoo's mail server test: "Twój serwer nie obsługuje SSL. Możesz stosować STARTTLS." (the
        # server does not seem to support SSL).
        Phrases("pl.tls-required-odoo", C.TLS_REQUIRED, (
            "serwer nie obsługuje ssl",
        ), "odoo/odoo:odoo/addons/base/i18n/pl/LC_MESSAGES/code.po"),
        # Trojitá's SMTP sender (src/MSA/SMTP.cpp), translated: "Cannot send message due to an
        # SSL/TLS error" ("Nie można wysłać wiadomości ze względu na błąd SSL/TLS").
        Phrases("pl.tls-required-trojita", C.TLS_REQUIRED, (
            "ze względu na błąd ssl/tls",
        ), "jktjkt/trojita:po/pl/trojita_common.po"),
        # Sylpheed's translated SMTP session errors ("Can't start TLS session").
        Phrases("pl.tls-required-sylpheed", C.TLS_REQUIRED, (
            "nie można uruchomić sesji tls",
        ), "sylpheed-mail/sylpheed:po/pl.po"),
        # Sylpheed's translated SMTP session errors ("SMTP AUTH not available / Authentication failed").
        Phrases("pl.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp auth niedostępna", "błąd uwierzytelniania",
        ), "sylpheed-mail/sylpheed:po/pl.po"),
        # Sylpheed's translated SMTP session errors ("Connection closed by the remote host / Can't connect to SMTP server").
        Phrases("pl.network-error-sylpheed", C.NETWORK_ERROR, (
            "połączenie zamknięte przez zdalny komputer",
        ), "sylpheed-mail/sylpheed:po/pl.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("pl.auth-failed-balsa", C.AUTH_FAILED, ("nie jest znany żaden sposób na uwierzytelnienie", "uwierzytelnienie gssapi się nie powiodło",
            "brak odpowiedniego mechanizmu uwierzytelniania",
        ), "GNOME/balsa:po/pl.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("pl.auth-required-balsa", C.AUTH_REQUIRED, (
            "wymagana jest nazwa użytkownika i hasło",
        ), "GNOME/balsa:po/pl.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("pl.service-unavailable-balsa", C.SERVICE_UNAVAILABLE, (
            "nie oferuje usługi smtp",
        ), "GNOME/balsa:po/pl.po"),
        # Claws Mail's translated SMTP session errors (TLS session, connection closed by the remote
        # host, authentication failed).
        Phrases("pl.network-error-claws", C.NETWORK_ERROR, (
            "połączenie zostało zamknięte przez zdalnego",
        ), "eworm-de/claws-mail:po/pl.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("pl.tls-required-claws", C.TLS_REQUIRED, (
            "nie udało się uścisnąć ręki tls",
            "certyfikat tls jest nieprawidłowy",
        ), "eworm-de/claws-mail:po/pl.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("pl.auth-failed-claws", C.AUTH_FAILED, (
            "metoda smtp auth nie jest dostępna",
        ), "eworm-de/claws-mail:po/pl.po"),
        # Sylpheed's translated "SSL certificate verify failed" (the server's certificate did not verify).
        Phrases("pl.tls-required-sylpheed-ssl", C.TLS_REQUIRED, (
            "weryfikacja certyfikatu ssl zakończona niepowodzeniem",
        ), "sylpheed-mail/sylpheed:po/pl.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("pl.tls-required-balsa-session", C.TLS_REQUIRED, ("certyfikat został unieważniony", "ośrodek certyfikujący jest nieznany", "uszkodzony certyfikat tls",
            "negocjacja tls się nie powiodła",
            "wymagane jest tls, ale nie jest dostępne",
        ), "GNOME/balsa:po/pl.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("pl.network-error-balsa-session", C.NETWORK_ERROR, ("utracono połączenie",
            "nie można połączyć się z serwerem smtp",
        ), "GNOME/balsa:po/pl.po"),
        # phpList's translated notice that a campaign was suspended because the message is too large
        Phrases("pl.message-too-large-phplist", C.MESSAGE_TOO_LARGE, (
            "wiadomość za duża", "wiadomość jest za duża",
        ), "phpList/phplist3:public_html/lists/admin/locale/pl/phplist.po"),
        # Zammad's email-channel probe 'Authentication not possible (not offered by the service)': the server offers no AUTH
        Phrases("pl.not-implemented-zammad", C.NOT_IMPLEMENTED, (
            "nie jest oferowane przez usługę",
        ), "zammad/zammad:i18n/zammad.pl.po"),
        # Joomla's Polish PHPMailer strings (PHPMAILER_*)
        Phrases("pl.sender-rejected-joomla", C.SENDER_REJECTED, (
            "nie można skorzystać z następującego adresu nadawcy",
        ), "JoomlaPolska/jezyk-J4:language/pl-PL/joomla.ini"),
        # Joomla's Polish PHPMailer strings (PHPMAILER_*)
        Phrases("pl.user-unknown-joomla", C.USER_UNKNOWN, (
            "nie można wysłać poczty do następujących odbiorców",
        ), "JoomlaPolska/jezyk-J4:language/pl-PL/joomla.ini", decisive=False),
        # Joomla's Polish PHPMailer strings (PHPMAILER_*)
        Phrases("pl.tls-required-joomla", C.TLS_REQUIRED, (
            "nie można wystartować tls",
        ), "JoomlaPolska/jezyk-J4:language/pl-PL/joomla.ini"),
        # phpBB's Polish messenger errors: no supported AUTH method
        Phrases("pl.auth-failed-phpbb", C.AUTH_FAILED, (
            "nie istnieje żadna wspierana metoda uwierzytelniania",
        ), "phpbb-pl/phpbb-translation:phpBB/language/pl/common.php"),
        # Interia's help on 550 5.7.0 [SPF] 'host is not allowed to send mail from domain': the
        # domain's owner sets which IPs may send its mail.
        Phrases("pl.sender-unauthenticated-interia-spf", C.SENDER_UNAUTHENTICATED, (
            "z których ip mogą być wysyłane wiadomości",
        ), "https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600"),
        # Forpsi's (konto.pl) note on its 550 5.1.0 'policy violation': over 100 mails in the last
        # hour "z Twojego publicznego adresu IP", over half undeliverable, so SMTP access "dla
        # Twojego publicznego adresu IP został tymczasowo zablokowany" for 60 minutes.
        Phrases("pl.rate-limited-forpsi", C.RATE_LIMITED, (
            "z twojego publicznego adresu ip wysłano", "publicznego adresu ip został tymczasowo zablokowany",
        ), "https://support.konto.pl/kb/a2765/blad-policy-violation-e-maile-w-kolejce-z-adresu-ip.aspx"),
        # Microsoft's Polish help title for SharePoint's 'Daily email limit exceeded. Workflow is suspended' (the workflow mail refused past the Exchange Online sending limits).
        Phrases("pl.rate-limited-daily-email-workflow", C.RATE_LIMITED, (
            "dzienny limit poczty e-mail",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.pl-PL:AlchemyInsights/daily-email-limit-exceeded.md"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("pl.rate-limited-sogo", C.RATE_LIMITED, (
            "wysłać zbyt wiele e-maili",
        ), "Alinto/sogo:UI/MailerUI/Polish.lproj/Localizable.strings"),
        # IQ.pl's notices when a mail account passes its hourly or 24-hour sending limit ('Przekroczenie limitu bezpieczeństwa wysyłanych wiadomości e-mail').
        Phrases("pl.rate-limited-iq", C.RATE_LIMITED, (
            "limitu bezpieczeństwa wysyłanych wiadomości",
            "limit wiadomości e-mail wysyłanych",
        ), "https://www.iq.pl/pomoc/13/140"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        Phrases("pl.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "osiągnięciu limitu liczby adresatów",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.pl-PL:AlchemyInsights/need-help-with-email-sending-limits.md"),
        # Mutt's translated SMTP client errors (po/): could not connect; the server closed the connection; SMTP session failed with a read or write error.
        Phrases("pl.network-error-mutt", C.NETWORK_ERROR, (
            "nie zostało ustanowione",
            "sesja smtp nie powiodła się: błąd odczytu",
            "sesja smtp nie powiodła się: błąd zapisu",
        ), "muttmua/mutt:po/pl.po"),
        # Mutt's translated SASL authentication failure (po/).
        Phrases("pl.auth-failed-mutt", C.AUTH_FAILED, (
            "uwierzytelnienie sasl nie powiodło się",
        ), "muttmua/mutt:po/pl.po"),
        # Microsoft 365's machine-translated help for 5.7.606 (AlchemyInsights antispam-5.7.606), 'Banned sending IP'.
        Phrases("pl.blocklisted-microsoft-banned-ip", C.BLOCKLISTED, (
            "zbanowany adres ip",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.pl-PL:AlchemyInsights/antispam-5.7.606.md"),
        # Microsoft 365's machine-translated help for 550 5.7.705 'Access denied, tenant has exceeded threshold' (too much spam or bulk mail sent by the organisation; AlchemyInsights).
        Phrases("pl.reputation-microsoft-tenant-threshold", C.REPUTATION, (
            "dzierżawca został przekroczony próg",
            "dzierżawcy przekroczył próg",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.pl-PL:AlchemyInsights/error-code-550-5-7-705-access-denied-tenant-has-exceeded-threshold.md"),
        # Trojitá's translated IMAP/SMTP login failure (po/): authentication failed, often a bad password or wrong user name.
        Phrases("pl.auth-failed-trojita", C.AUTH_FAILED, (
            "nieudane uwierzytelnienie",
        ), "jktjkt/trojita:po/pl/trojita_common.po"),
        # Microsoft's localized help on NDR 5.4.6 / 5.4.14 'Hop count exceeded' (a mail loop; AlchemyInsights error-546-5414-hop-count).
        Phrases("pl.network-error-microsoft-hop-count", C.NETWORK_ERROR, (
            "przekroczeniem liczby przeskoków",
            "problemem pętli poczty",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.pl-PL:AlchemyInsights/error-546-5414-hop-count.md"),
        # Mailpile's SMTP/IMAP login errors (smtp_client.py, mail_source/): the server refused the
        # login (AUTH or OAuth2), a bad character in the username or password.
        Phrases("pl.auth-failed-mailpile", C.AUTH_FAILED, (
            "dostęp wzbroniony przez serwer",
            "nieprawidłowe znaki w nazwie użytkownika",
        ), "mailpile/Mailpile:shared-data/locale/pl/LC_MESSAGES/mailpile.po"),
        # Mailpile's SMTP client: the server refused the envelope sender (MAIL FROM).
        Phrases("pl.sender-rejected-mailpile", C.SENDER_REJECTED, (
            "wysyłający został odrzucony",
        ), "mailpile/Mailpile:shared-data/locale/pl/LC_MESSAGES/mailpile.po"),
        # Mailpile's SMTP client: the TLS negotiation failed.
        Phrases("pl.tls-required-mailpile", C.TLS_REQUIRED, (
            "bezpiecznego połączenia tls",
        ), "mailpile/Mailpile:shared-data/locale/pl/LC_MESSAGES/mailpile.po"),
        # Mailpile's connection errors (conn_brokers, smtp_client): could not connect, the
        # connection timed out or was refused, the host unreachable.
        Phrases("pl.network-error-mailpile", C.NETWORK_ERROR, (
            "czas połączenia wygasł",
        ), "mailpile/Mailpile:shared-data/locale/pl/LC_MESSAGES/mailpile.po"),
        # Opie's mail library (libmailwrapper/libmail, over libetpan): could not connect to the IMAP or
        # SMTP server, the connection refused, the host lookup failed.
        Phrases("pl.network-error-opie", C.NETWORK_ERROR, (
            "serwer odmowil polaczenia",
            "nie znaleziono hosta",
        ), "opieproject/opie:i18n/pl/libmail.ts"),
        # Evolution's Exchange back ends (evolution-mapi, evolution-ews): the login at the server failed,
        # the password expired.
        Phrases("pl.auth-failed-evolution-exchange", C.AUTH_FAILED, (
            "zalogowanie do serwera się nie powiodło",
            "hasło wygasło",
        ), "GNOME/evolution-mapi:po/pl.po; GNOME/evolution-ews:po/pl.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): no more sessions can be created, the
        # session limit was reached.
        Phrases("pl.too-many-connections-evolution-exchange", C.TOO_MANY_CONNECTIONS, (
            "nie można utworzyć więcej sesji",
        ), "GNOME/evolution-mapi:po/pl.po; GNOME/evolution-ews:po/pl.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): the account is disabled.
        Phrases("pl.mailbox-disabled-evolution-exchange", C.MAILBOX_DISABLED, (
            "konto jest wyłączone",
        ), "GNOME/evolution-mapi:po/pl.po; GNOME/evolution-ews:po/pl.po"),
        # Evolution's EWS back end (evolution-ews): the Exchange or Microsoft 365 server is busy
        # (ErrorServerBusy), waiting to retry.
        Phrases("pl.service-unavailable-evolution-exchange", C.SERVICE_UNAVAILABLE, (
            "serwer exchange jest zajęty",
            "serwer microsoft 365 jest zajęty",
        ), "GNOME/evolution-mapi:po/pl.po; GNOME/evolution-ews:po/pl.po"),
        # Zimbra web client (ZmMsg): the attachment failed because the message would exceed the
        # size limit.
        Phrases("pl.message-too-large-zimbra-web", C.MESSAGE_TOO_LARGE, (
            "przekroczyłaby limit rozmiaru",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_pl.properties"),
        # Zimbra web client (ZmMsg): the user is not authenticated.
        Phrases("pl.auth-required-zimbra-web", C.AUTH_REQUIRED, (
            "nie uwierzytelniono użytkownika",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_pl.properties"),
        # Zimbra web client (ZmMsg): the mail quota is exceeded.
        Phrases("pl.mailbox-full-zimbra-web", C.MAILBOX_FULL, (
            "przekroczono limit pojemności",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_pl.properties"),
        # Zimbra web client (ZmMsg): the upload was rejected, the file contains a virus.
        Phrases("pl.virus-zimbra-web", C.VIRUS, (
            "zawiera wirusa",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_pl.properties"),
        # GLib's GIO network errors (GNOME/glib po/): socket I/O timed out, network or host unreachable,
        # error resolving a host name, could not connect to the proxy server.
        Phrases("pl.network-error-glib-gio", C.NETWORK_ERROR, (
            "przekroczono czas oczekiwania wejścia/wyjścia",
            "komputer jest niedostępny",
            "błąd podczas rozwiązywania",
            "nie można tymczasowo rozwiązać",
        ), "GNOME/glib:po/pl.po"),
        # libsoup's translated connection errors (GNOME/libsoup po/): the network stream closed or the
        # connection terminated unexpectedly.
        Phrases("pl.network-error-libsoup", C.NETWORK_ERROR, (
            "strumień sieciowy został nieoczekiwanie zamknięty",
            "połączenie zostało nieoczekiwanie zakończone",
        ), "GNOME/libsoup:po/pl.po"),
        # Tuta (Tutanota) mail client's errors (src/ui/translations): the number of allowed emails
        # was exceeded, or the allowed attempts; try again later.
        Phrases("pl.rate-limited-tuta", C.RATE_LIMITED, (
            "liczba prób została wykorzystana",
            "przekroczyłeś maksymalną liczbę dozwolonych e-maili",
            "przekroczono liczbę dozwolonych wiadomości",
        ), "tutao/tutanota:src/ui/translations/pl.ts"),
        # Tuta (Tutanota) mail client's errors: the storage limit is exceeded, no more mail can be
        # received or sent.
        Phrases("pl.mailbox-full-tuta", C.MAILBOX_FULL, (
            "limit miejsca został przekroczony",
        ), "tutao/tutanota:src/ui/translations/pl.ts"),
        # Tuta (Tutanota) mail client's errors: the body text exceeds the maximum size limit.
        Phrases("pl.message-too-large-tuta", C.MESSAGE_TOO_LARGE, (
            "rozmiar tekstu w jego treści przekracza",
        ), "tutao/tutanota:src/ui/translations/pl.ts"),
        # Tuta (Tutanota) mail import: the IMAP server uses a self-signed SSL certificate, its
        # identity could not be verified.
        Phrases("pl.tls-required-tuta", C.TLS_REQUIRED, (
            "certyfikatu ssl z podpisem własnym",
        ), "tutao/tutanota:src/ui/translations/pl.ts"),
        # Tuta (Tutanota) mail import: the credentials are incorrect.
        Phrases("pl.auth-failed-tuta", C.AUTH_FAILED, (
            "nieprawidłowych danych uwierzytelniających",
        ), "tutao/tutanota:src/ui/translations/pl.ts"),
    ),
    together=(
        # Mutt's authentication errors (po/): anonymous, CRAM-MD5, GSSAPI, SASL or APOP
        # authentication failed, LOGIN disabled on the server, login failed. The address or
        # mechanism between the words.
        Together("pl.together-auth-failed-mutt", C.AUTH_FAILED, (
            ("uwierzytelnianie", "uwierzytelnienie"),
            ("nie powiodło się",),
        ), "muttmua/mutt:po/pl.po", window=40),
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write. The address or mechanism between the words.
        Together("pl.together-network-error-mutt", C.NETWORK_ERROR, (
            ("połączenie z", "host"),
            ("zostało zakończone", "nie zostało ustanowione", "nie został znaleziony"),
        ), "muttmua/mutt:po/pl.po", window=40),
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("pl.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("połączenie z serwerem",),
            ("zresetowane",),
        ), "thunderbird/thunderbird-l10n:pl/mail/chrome/messenger/messenger.properties", window=60),
        # The University of Silesia's note on bounced mail ("przepełniona skrzynka pocztowa
        # adresata") and Webspeed's guide to bounces ("Skrzynka odbiorcy osiągnęła limit
        # pojemności"): the mailbox, in any case, with its being full or at its capacity ("pełny
        # adres" is a full address, not a full mailbox).
        Together("pl.together-mailbox-full", C.MAILBOX_FULL, (
            ("skrzynk",),
            ("pełna", "pełną", "pełnej", "przepełnion", "zapełnion", "limit pojemności", "pojemnoś",
             "brak miejsca"),
        ), "http://usnet.us.edu.pl/blog/2008/09/04/moj-list-nie-doszedl-do-adresata-quota-exceeded/"),
        # Webspeed's guide ("Server Timeout": "serwer odbiorcy nie był w stanie dostarczyć Twojego
        # e-maila w odpowiednim czasie"): the receiving server out of time or not answering.
        Together("pl.together-network-error", C.NETWORK_ERROR, (
            ("serwer",),
            ("w odpowiednim czasie", "przekroczono czas", "limit czasu", "nie odpowiada"),
        ), "https://webspeed.pl/articles/49/rozszyfrowywanie-zwrotek-mailowych-jak-zrozumiec-komunik"
           "aty-o-bledach-dostarczenia", window=80),
        # The same guide ("Relay Access Denied": "serwer nie zezwala na przesyłanie wiadomości z
        # Twojego adresu"): the server refusing to pass the mail on.
        Together("pl.together-relay-denied", C.RELAY_DENIED, (
            ("nie zezwala na", "odmowa"),
            ("przesyłanie wiadomości", "przekazywanie wiadomości", "przekazywania wiadomości",
             "relay"),
        ), "https://webspeed.pl/articles/49/rozszyfrowywanie-zwrotek-mailowych-jak-zrozumiec-komunik"
           "aty-o-bledach-dostarczenia", window=25),
        # The same guide ("Message Blocked": "z powodu treści uznanej za niechcianą"): the content
        # judged unwanted or suspicious.
        Together("pl.together-spam-content", C.SPAM_CONTENT, (
            ("treś",),
            ("niechcian", "podejrzan"),
        ), "https://webspeed.pl/articles/49/rozszyfrowywanie-zwrotek-mailowych-jak-zrozumiec-komunik"
           "aty-o-bledach-dostarczenia", window=30),
        # Google's Polish Alert Center reference (OUT_OF_QUOTA: "Użytkownik nie może otrzymywać
        # e-maili z powodu niewystarczającego limitu"): receiving stopped for want of quota.
        Together("pl.together-mailbox-full-quota", C.MAILBOX_FULL, (
            ("otrzymywać", "odbierać", "odbioru"),
            ("niewystarczającego limitu", "niewystarczający limit"),
        ), "https://developers.google.cn/admin-sdk/alertcenter/reference/rest/v1beta1/EmailInvalidR"
           "eason?hl=pl", window=50),
        # Microsoft's Polish Alchemy Insights article on NDR 4.5.3 ("nasilenie ruchu e-mail ze
        # źródłowego adresu IP przekracza limit"): the mail traffic over its limit.
        Together("pl.together-rate-limited-traffic", C.RATE_LIMITED, (
            ("ruch",),
            ("przekracza limit", "przekroczenie limitu"),
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.pl-PL:AlchemyInsights/1049-antispam-4-5-3-too-many-recipien"
           "ts-as780090.md", window=60),
        # Microsoft's Polish Alchemy Insights article on NDR 5.7.511 ("usunąć odpowiednie konto z
        # listy zablokowanych nadawców"): the sender on the blocked senders' list.
        Together("pl.together-blocklisted", C.BLOCKLISTED, (
            ("list",),
            ("zablokowanych nadawców", "zablokowani nadawcy"),
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.pl-PL:AlchemyInsights/1264-ip-blocked-for-sending-too-much"
           "-spam-550-5-7-51.md", window=30),
        # Microsoft's Polish Alchemy Insights article on NDR 5.4.1 ("550 5.4.1 odmowa dostępu do
        # przekaźnika", Relay Access Denied): access to the relay refused.
        Together("pl.together-relay-denied-relay", C.RELAY_DENIED, (
            ("odmowa dostępu", "odmówiono dostępu"),
            ("przekaźnik",),
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.pl-PL:AlchemyInsights/antispam-5-4-1-dbeb-catch-all.md", window=30),
        # JZK's knowledge base on sending problems ("błąd Niewłaściwe dane logowania oznacza
        # nieprawidłowy login lub hasło", "Wybrana metoda logowania jest zbyt słaba", "Tymczasowy
        # brak autoryzacji"): credentials or mechanism refused.
        Together("pl.together-auth-failed", C.AUTH_FAILED, (
            ("niewłaściwe", "nieprawidłowe", "nieprawidłowy", "błędne", "zbyt słab", "tymczasowy"),
            ("dane logowania", "login lub hasło", "dane uwierzytelniające", "metoda logowania",
             "brak autoryzacji"),
        ), "https://www.jzk.pl/baza-wiedzy/problemy-z-wysylaniem-poczty", window=30),
        # The same knowledge base ("Ta domena nie przyjmuje poczty", RFC 7505's null MX): a domain
        # that takes no mail.
        Together("pl.together-host-unknown", C.HOST_UNKNOWN, (
            ("domena",),
            ("nie przyjmuje poczty",),
        ), "https://www.jzk.pl/baza-wiedzy/problemy-z-wysylaniem-poczty", window=20),
        # fetchmail's "<protocol> connection to <host> failed", the host between the words
        Together("pl.together-network-error-fetchmail", C.NETWORK_ERROR, (
            ("połączenie",),
            ("nie powiodło się",),
        ), "Distrotech/fetchmail:po/pl.po", window=60),
        # Balsa's translated "Connecting SMTP server <host> (<address>) failed: <reason>", the host
        # and address between the words.
        Together("pl.together-network-error-balsa", C.NETWORK_ERROR, (
            ("połączenie z serwerem smtp",),
            ("nie powiodło",),
        ), "GNOME/balsa:po/pl.po", window=100),
    ),
)
