"""Hungarian (hu): the Hungarian SMTP error wording of mail clients that show or quote a server's
refusal: Thunderbird's composeMsgs.properties (thunderbird/thunderbird-l10n), Roundcube's
messages.inc, Evolution's translations of the RFC 5321 reply texts
(GNOME/evolution-data-server po/), and
MailScanner's Hungarian sender notices (virus, blocklist, spam).
Also: glibc's translated strerror and resolver texts (bminor/glibc po/), Zimbra's
web-client errors (Zimbra/zm-ajax ZMsg), SOGo's send errors (Alinto/sogo UI/MailerUI),
PHPMailer's language files, Mailman 2's refusals, MailScanner's attachment refusals, Evolution's
RFC 5321 reply texts, Roundcube's regional SMTP errors.
Also: Horde's SMTP library and IMP webmail's translated texts (horde/Smtp, horde/imp locale/).
Also: Sympa's delivery status notifications (sympa-community/sympa po/sympa/).
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/).
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them.
Also: Geary's, Balsa's, Claws Mail's and Sylpheed's translated send errors, Mailspring's, Nextcloud
Mail's, FairEmail's, Thunderbird for Android's and Delta Chat's translated account and login errors,
where this language has them."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_EVO_PO = "GNOME/evolution-data-server:po/hu.po"
_MAILSCANNER = "MailScanner/v5:common/usr/share/MailScanner/reports/hu/"
_RC_L10N = "roundcube/roundcubemail:program/localization/hu_HU/messages.inc"
_TB_L10N = (
    "thunderbird/thunderbird-l10n:hu/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)

LANGUAGE = Language(
    code="hu",
    name="Hungarian",
    phrases=(
        # Sympa's subject for the notice to a sender whose message held a virus ('A virus in your email').
        Phrases("hu.virus-sympa-email", C.VIRUS, (
            "levele vírust tartalmazott",
        ), "sympa-community/sympa:po/sympa/hu.po"),
        # MailScanner's notice to the sender of a message deleted as spam for its content and its sending server (sender.spam.report.txt).
        Phrases("hu.spam-content-mailscanner-report", C.SPAM_CONTENT, (
            "spam gyanus level",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/hu/sender.spam.report.txt"),
        # MailScanner's notice put in place of an attachment found infected by a virus.
        Phrases("hu.virus-mailscanner-replaced", C.VIRUS, (
            "virust tartalmazott",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/hu/deleted.virus.message.txt"),
        # MailScanner's notice put in place of an attachment of a type this site does not accept (deleted.filename.message.txt).
        Phrases("hu.content-rejected-mailscanner-replaced", C.CONTENT_REJECTED, (
            "elfogadhatatlan kiterjesztessel",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/hu/deleted.filename.message.txt"),
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("hu.auth-failed-weak-kimap", C.AUTH_FAILED, (
            "a bejelentkezés nem sikerült",
        ), "KDE/kimap:po/hu/libkimap6.po", decisive=False),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("hu.tls-required-kimap", C.TLS_REQUIRED, (
            "a tls kommunikációt nem sikerült beállítani", "az ssh kézfogás nem sikerült",
        ), "KDE/kimap:po/hu/libkimap6.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): unable to log in
        # at the server, probably a wrong configuration, username or password.
        Phrases("hu.auth-failed-thunderbird-setup", C.AUTH_FAILED, (
            "nem sikerült bejelentkezni a kiszolgálóra",
        ), ("thunderbird/thunderbird-l10n:hu/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's account setup (accountSetup.ftl): authentication failed, the credentials
        # wrong or incomplete.
        Phrases("hu.auth-failed-weak-thunderbird-setup", C.AUTH_FAILED, (
            "hitelesítés sikertelen",
        ), "thunderbird/thunderbird-l10n:hu/mail/messenger/accountcreation/accountSetup.ftl", decisive=False),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("hu.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "a kiszolgáló nem érhető el",
        ), "KDE/kdepim-runtime:po/hu/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("hu.tls-required-glib-networking", C.TLS_REQUIRED, (
            "tls-tanúsítványt kért", "elfogadhatatlan tls",
            "nem sikerült létrehozni a tls-kapcsolatot", "tls-kézfogás",
            "a tls-kapcsolat váratlanul befejeződött", "nem küldött tanúsítványt",
            "végzetes tls riasztást",
        ), "GNOME/glib-networking:po/hu.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("hu.network-error-glib-networking", C.NETWORK_ERROR, (
            "túllépte az i/o időkorlátot", "a kapcsolat megszakadt",
        ), "GNOME/glib-networking:po/hu.po"),
        # Thunderbird's connection errors (messenger.properties): the connection refused or
        # timed out.
        Phrases("hu.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "kapcsolatot elutasította", "túllépte a maximális várakozási időt",
        ), "thunderbird/thunderbird-l10n:hu/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the connection refused or broken.
        Phrases("hu.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "a kapcsolat el lett utasítva", "megszakadt az összeköttetés",
        ), "thunderbird/thunderbird-l10n:hu/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): a TLS error that cannot be
        # overridden.
        Phrases("hu.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "nem felülbírálható tls hiba",
        ), "thunderbird/thunderbird-l10n:hu/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("hu.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "jelszavának elküldése nem volt sikeres",
        ), "thunderbird/thunderbird-l10n:hu/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("hu.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "nem sikerült tls-kapcsolatot létrehozni",
        ), "thunderbird/thunderbird-l10n:hu/mail/chrome/messenger/localMsgs.properties"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("hu.tls-required-k9-check", C.TLS_REQUIRED, (
            "érvénytelen ssl-tanúsítványt",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-hu/strings.xml"),
        # K-9 Mail's account-setup check: cannot connect to server.
        Phrases("hu.network-error-k9-check", C.NETWORK_ERROR, (
            "nem lehet kapcsolódni a kiszolgálóhoz",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-hu/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("hu.auth-failed-k9-check", C.AUTH_FAILED, (
            "a felhasználónév vagy a jelszó hibás",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-hu/strings.xml"),
        # Geary's server-certificate problems (expired, revoked, not activated, unknown authority, insecure, identity mismatch).
        Phrases("hu.tls-required-geary-po", C.TLS_REQUIRED, (
            "a kiszolgáló tanúsítvány",
            "a kiszolgáló személyazonossága nem egyezik",
        ), "GNOME/geary:po/hu.po"),
        # Geary's 'Could not connect, check your network'.
        Phrases("hu.network-error-geary-po", C.NETWORK_ERROR, (
            "nem sikerült kapcsolódni, ellenőrizze a hálózatot",
        ), "GNOME/geary:po/hu.po"),
        # Geary's login problems: check your sending / receiving login and password; an account reported an incorrect login or password.
        Phrases("hu.auth-failed-geary-po", C.AUTH_FAILED, (
            "helytelen bejelentkezési nevet vagy jelszót",
            "bejelentkezési nevet és jelszót",
            "ellenőrizze az e-mail-címét és jelszavát",
        ), "GNOME/geary:po/hu.po"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("hu.tls-required-weak-k9", C.TLS_REQUIRED, (
            "tanúsítványhiba",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-hu/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("hu.network-error-weak-k9", C.NETWORK_ERROR, (
            "hálózati hiba",
            "kapcsolódási hiba",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-hu/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-hu/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-hu/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("hu.auth-failed-weak-k9", C.AUTH_FAILED, (
            "a hitelesítés sikertelen",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-hu/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-hu/strings.xml", decisive=False),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("hu.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "túl sok aktív kapcsolat",
        ), "Foundry376/Mailspring:app/lang/hu.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("hu.relay-denied-mailspring", C.RELAY_DENIED, (
            "kiszolgáló nem továbbítja az üzenetet",
        ), "Foundry376/Mailspring:app/lang/hu.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("hu.rate-limited-mailspring", C.RATE_LIMITED, (
            "túllépte a napi küldési limitet",
            "gmail sávszélessége túllépve",
        ), "Foundry376/Mailspring:app/lang/hu.json"),
        # Mailspring's 'Connection Error - Unable to connect to the server / port you provided.'
        Phrases("hu.network-error-mailspring", C.NETWORK_ERROR, (
            "nem sikerült csatlakozni a megadott szerverhez",
        ), "Foundry376/Mailspring:app/lang/hu.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("hu.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "illegális mellékletet tartalmaz",
        ), "Foundry376/Mailspring:app/lang/hu.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("hu.auth-failed-mailspring", C.AUTH_FAILED, (
            "hitelesítési hiba",
            "nem támogatja az alapvető felhasználónév",
            "már nem tud hitelesíteni",
        ), "Foundry376/Mailspring:app/lang/hu.json"),
        # SnappyMail's 'Invalid recipients' notification (the RCPT refusal it shows).
        Phrases("hu.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "érvénytelent címzettek",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/hu/user.json", decisive=False),
        # SnappyMail's 'Can't connect to server' notification.
        Phrases("hu.network-error-snappymail", C.NETWORK_ERROR, (
            "nem lehet kapcsolódni a szerverhez",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/hu/user.json"),
        # SnappyMail's bare 'Authentication failed' notification.
        Phrases("hu.auth-failed-weak-snappymail", C.AUTH_FAILED, (
            "érvénytelen hitelesítés",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/hu/user.json", decisive=False),
        # Cypht's 'Failed to authenticate to the SMTP server'.
        Phrases("hu.auth-failed-cypht", C.AUTH_FAILED, (
            "sikertelen azonosítás",
        ), "cypht-org/cypht:language/hu.php"),
        # Cypht's 'Could not add server: Connection refused'.
        Phrases("hu.network-error-cypht", C.NETWORK_ERROR, (
            "kapcsolat visszautasítva",
        ), "cypht-org/cypht:language/hu.php"),
        # Delta Chat's login failure for want of an internet connection.
        Phrases("hu.network-error-deltachat", C.NETWORK_ERROR, (
            "nincs internetkapcsolat",
        ), "deltachat/deltachat-android:src/main/res/values-hu/strings.xml"),
        # Delta Chat's login failure: cannot log in as the address; check the address and the password.
        Phrases("hu.auth-failed-deltachat", C.AUTH_FAILED, (
            "nem lehetett bejelentkezni",
        ), "deltachat/deltachat-android:src/main/res/values-hu/strings.xml"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("hu.auth-required-kmail", C.AUTH_REQUIRED, (
            "név és jelszó megadása szükséges",
        ), "KDE/kmailtransport:po/hu/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("hu.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "nem támogat felhasználóazonosítást",
        ), "KDE/kmailtransport:po/hu/libmailtransport6.po"),
        # FairEmail's authentication-failure notice.
        Phrases("hu.auth-failed-fairemail", C.AUTH_FAILED, (
            "azonosítás sikertelen",
        ), "M66B/FairEmail:app/src/main/res/values-hu-rHU/strings.xml"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("hu.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "nagyobb, mint amit a kiszolgáló engedélyez",
        ), "M66B/FairEmail:app/src/main/res/values-hu-rHU/strings.xml"),
        Phrases("hu.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "e-mail címe helyesen van-e megadva",
        ), _TB_L10N, decisive=False),
        # Microsoft's Hungarian help title for 5.7.750 'Client blocked from sending from unregistered domain' (the 5.7.7xx code rule reads it as reputation).
        Phrases("hu.reputation-microsoft-unregistered-domain", C.REPUTATION, (
            "nem regisztrált tartományról való küldést",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.hu-HU:AlchemyInsights/"
            "5-7-750-service-unavailable-client-blocked-from-sending-from-unregistered-d.md")),
        # Microsoft's Hungarian help title: the account restricted for sending too much spam (5.1.8, the sender blocked).
        Phrases("hu.sender-rejected-exchange-spam", C.SENDER_REJECTED, (
            "túl sok levélszemét küldése miatt korlátozva",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.hu-HU:AlchemyInsights/"
            "sender-blocked-for-sending-too-much-spam.md")),
        # Microsoft's Hungarian help on Exchange Online's receiving limit: senders get an NDR (5.2.121/5.2.122) saying the mailbox exceeded its maximum delivery threshold.
        Phrases("hu.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "túllépte a maximális kézbesítési küszöböt",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.hu-HU:AlchemyInsights/"
            "mailbox-receiving-limit.md")),
        Phrases("hu.too-many-recipients-thunderbird", C.RATE_LIMITED, (
            "túllépte a címzettek engedélyezett számát",
        ), _TB_L10N),
        Phrases("hu.message-too-large-thunderbird", C.MESSAGE_TOO_LARGE, (
            "globális méretkorlátot",
        ), _TB_L10N),
        Phrases("hu.network-error-thunderbird", C.NETWORK_ERROR, (
            "lehet, hogy a kiszolgálót hibásan állították be",
            "nem lehetett kapcsolatot teremteni", "kapcsolat megszakadt a tranzakció közben",
            "kapcsolat időtúllépés miatt megszakadt",
        ), _TB_L10N),
        Phrases("hu.auth-failed-thunderbird", C.AUTH_FAILED, (
            "nem sikerült a hitelesítés", "nem támogatja a kiválasztott hitelesítési módszert",
        ), _TB_L10N),
        Phrases("hu.network-error-roundcube", C.NETWORK_ERROR, (
            "sikertelen kapcsolódás a szerverhez",
        ), _RC_L10N),
        Phrases("hu.auth-failed-roundcube", C.AUTH_FAILED, (
            "sikertelen bejelentkezés",
        ), _RC_L10N),
        Phrases("hu.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "nem sikerült a feladó beállítása",
        ), _RC_L10N, decisive=False),
        Phrases("hu.message-too-large-roundcube", C.MESSAGE_TOO_LARGE, (
            "engedélyzett maximális méretet",
        ), _RC_L10N),
        Phrases("hu.mailbox-full-evolution", C.MAILBOX_FULL, (
            "a tárolólefoglalás túllépve",
        ), _EVO_PO),
        Phrases("hu.auth-required-evolution", C.AUTH_REQUIRED, (
            "hitelesítés szükséges",
        ), _EVO_PO),
        Phrases("hu.auth-failed-evolution", C.AUTH_FAILED, (
            "ideiglenes hitelesítési hiba", "a hitelesítési mechanizmus túl gyenge",
        ), _EVO_PO),
        Phrases("hu.system-full-evolution", C.SYSTEM_FULL, (
            "nincs elegendő rendszertárhely",
        ), _EVO_PO),
        Phrases("hu.virus-mailscanner", C.VIRUS, (
            "virusgyanus fajlt talalt", "a fertozott reszek kezbesitese",
        ), _MAILSCANNER + "sender.virus.report.txt"),
        Phrases("hu.blocklisted-mailscanner", C.BLOCKLISTED, (
            "levelezo szerverek nyilvanos listajan",
        ), _MAILSCANNER + "sender.spam.rbl.report.txt"),
        Phrases("hu.spam-content-mailscanner", C.SPAM_CONTENT, (
            "spam-nek minosul tartalma alapjan",
        ), _MAILSCANNER + "sender.spam.sa.report.txt"),
        Phrases("hu.sender-rejected-mailman", C.SENDER_REJECTED, (
            "tiltva a listára való levélküldéstől", "nem listatag küldött levelet",
            "listára csak a tagok küldhetnek",
        ), "jaredmauch/mailman2-python3:messages/hu/LC_MESSAGES/mailman.po"),
        Phrases("hu.user-unknown-sympa", C.USER_UNKNOWN, (
            "címmel nem található levelezési lista",
        ), "sympa-community/sympa:po/sympa/hu.po"),
        Phrases("hu.sender-rejected-sympa", C.SENDER_REJECTED, (
            "üzenet küldés: engedély megtagadva", "csak a listatagok számára engedélyezett",
        ), "sympa-community/sympa:po/sympa/hu.po"),
        # Exchange Online's 5.1.90 NDR (the sender's daily recipient limit), as Microsoft's
        # localized help titles it.
        Phrases("hu.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "címzettjeire vonatkozó napi korlátot",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.hu-HU:AlchemyInsights/5-1-90-your-mess"
            "age-cant-be-sent-daily-limit.md"
        )),
        # glibc's translated strerror texts: ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, EADDRNOTAVAIL,
        # ENETUNREACH, ECONNRESET, ECONNABORTED, ENETDOWN, EHOSTDOWN, gai_strerror's EAI_AGAIN
        # and the resolver's host name lookup failure.
        Phrases("hu.network-error-glibc", C.NETWORK_ERROR, (
            "helyreállíthatatlan névfeloldási hiba",
            "gép nem működik",
            "hálózat nem működik",
            "szoftver kapcsolatszakadást okozott",
            "gépnév keresése nem sikerült",
            "kapcsolat elutasítva", "időtúllépés a kapcsolatban", "nincs útvonal a gép felé",
            "nem sikerült a kért címet hozzárendelni", "hálózat elérhetetlen",
            "kapcsolatot bontotta a távoli fél", "átmeneti névfeloldási hiba",
        ), "bminor/glibc:po/hu.po"),
        # glibc's translated gai_strerror texts (EAI_NONAME, EAI_NODATA) and the resolver's
        # unknown host.
        Phrases("hu.host-unknown-glibc", C.HOST_UNKNOWN, (
            "ismeretlen gép",
            "név vagy a szolgáltatás nem ismert", "nincs cím társítva a gépnévhez",
        ), "bminor/glibc:po/hu.po"),
        Phrases("hu.user-unknown-evolution", C.USER_UNKNOWN, (
            "postafiók nem érhető el", "postafiók neve nem engedélyezett",
        ), "GNOME/evolution-data-server:po/hu.po", decisive=False),
        Phrases("hu.has-moved-evolution", C.HAS_MOVED, (
            "felhasználó nem helyi",
        ), "GNOME/evolution-data-server:po/hu.po"),
        Phrases("hu.syntax-error-evolution", C.SYNTAX_ERROR, (
            "szintaktikai hiba",
        ), "GNOME/evolution-data-server:po/hu.po", decisive=False),
        Phrases("hu.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "parancs nincs megvalósítva", "parancs paramétere nincs megvalósítva",
        ), "GNOME/evolution-data-server:po/hu.po", decisive=False),
        Phrases("hu.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "szolgáltatás nem érhető el",
        ), "GNOME/evolution-data-server:po/hu.po", decisive=False),
        Phrases("hu.server-error-evolution", C.SERVER_ERROR, (
            "hiba a feldolgozás során",
        ), "GNOME/evolution-data-server:po/hu.po", decisive=False),
        Phrases("hu.tls-required-evolution", C.TLS_REQUIRED, (
            "titkosítás szükséges a kért hitelesítési mechanizmushoz",
        ), "GNOME/evolution-data-server:po/hu.po"),
        Phrases("hu.user-unknown-zimbra", C.USER_UNKNOWN, (
            "nincs ilyen fiók",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_hu.properties"),
        Phrases("hu.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, (
            "túllépte a megengedett maximális méretet",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_hu.properties"),
        Phrases("hu.service-unavailable-zimbra", C.SERVICE_UNAVAILABLE, (
            "a szolgáltatás átmenetileg nem érhető el",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_hu.properties", decisive=False),
        Phrases("hu.network-error-zimbra", C.NETWORK_ERROR, (
            "túl sok ugrás a kiszolgálók között",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_hu.properties"),
        Phrases("hu.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "túl nagy méretű levél", "leveled túl nagy",
        ), "jaredmauch/mailman2-python3:messages/hu/LC_MESSAGES/mailman.po"),
        Phrases("hu.too-many-recipients-mailman", C.RATE_LIMITED, (
            "túl sok címzett",
        ), "jaredmauch/mailman2-python3:messages/hu/LC_MESSAGES/mailman.po"),
        Phrases("hu.auth-failed-phpmailer", C.AUTH_FAILED, (
            "az azonosítás sikertelen",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-hu.php"),
        Phrases("hu.network-error-phpmailer", C.NETWORK_ERROR, (
            "nem lehet kapcsolódni az smtp-szerverhez", "hiba az smtp-kapcsolatban",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-hu.php"),
        Phrases("hu.sender-rejected-phpmailer", C.SENDER_REJECTED, (
            "feladóként megadott következő cím hibás",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-hu.php", decisive=False),
        Phrases("hu.content-rejected-roundcube", C.CONTENT_REJECTED, (
            "nem támogatja a unicode karaktereket",
        ), "roundcube/roundcubemail:program/localization/hu_HU/messages.inc"),
        Phrases("hu.content-rejected-mailscanner", C.CONTENT_REJECTED, (
            "elfogadhatatlan kiterjesztesu",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/hu/sender.filename.report.txt"),
        Phrases("hu.user-unknown-sogo", C.USER_UNKNOWN, (
            "összes címzett érvénytelen", "alábbi címzettek érvénytelenek",
        ), "Alinto/sogo:UI/MailerUI/Hungarian.lproj/Localizable.strings"),
        Phrases("hu.network-error-sogo", C.NETWORK_ERROR, (
            "hiba az smtp kiszolgálóhoz történő csatlakozáskor",
        ), "Alinto/sogo:UI/MailerUI/Hungarian.lproj/Localizable.strings"),
        Phrases("hu.user-unknown-zimbra-address", C.USER_UNKNOWN, (
            "elküldeni az üzenetet érvénytelen cím",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_hu.properties", decisive=False),
        Phrases("hu.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "kerberos/gssapi jegyet nem fogadta el",
        ), (
            "thunderbird/thunderbird-l10n:hu/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("hu.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "nem engedi meg a sima szöveges jelszavak használatát",
        ), (
            "thunderbird/thunderbird-l10n:hu/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("hu.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "megfelelő személyazonosságot használja a küldéshez",
        ), (
            "thunderbird/thunderbird-l10n:hu/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        ), decisive=False),
        Phrases("hu.content-rejected-mailman", C.CONTENT_REJECTED, (
            "amely külön ki van tiltva", "amely nincs külön engedélyezve", "üres lett a levél",
        ), "jaredmauch/mailman2-python3:messages/hu/LC_MESSAGES/mailman.po"),
        Phrases("hu.auth-failed-evolution-response", C.AUTH_FAILED, (
            "hibás hitelesítési válasz a kiszolgálótól",
        ), "GNOME/evolution-data-server:po/hu.po"),
        Phrases("hu.sender-rejected-evolution", C.SENDER_REJECTED, (
            "küldőcím nem érvényes",
        ), "GNOME/evolution-data-server:po/hu.po", decisive=False),
        # Horde's SMTP library (Horde_Smtp, used by IMP and Nextcloud Mail): its translated texts
        # for the reply codes and connection failures it reads (454, 452, 530, 554, lost connection).
        Phrases("hu.tls-required-horde", C.TLS_REQUIRED, (
            "nem sikerült biztonságos tls kapcsolat",
            "a szerver nem támogat tls kapcsolat",
        ), "horde/Smtp:locale/hu/LC_MESSAGES/Horde_Smtp.po"),
        Phrases("hu.network-error-horde", C.NETWORK_ERROR, (
            "nem sikerült az smtp szerverhez kapcsolódni",
            "a szerver váratlanul lezárta a kapcsolatot",
        ), "horde/Smtp:locale/hu/LC_MESSAGES/Horde_Smtp.po"),
        Phrases("hu.system-full-horde", C.SYSTEM_FULL, (
            "nincs elegendő tárterület",
        ), "horde/Smtp:locale/hu/LC_MESSAGES/Horde_Smtp.po"),
        Phrases("hu.auth-failed-horde", C.AUTH_FAILED, (
            "a szerver megtagadta a hozzáférést",
        ), "horde/Smtp:locale/hu/LC_MESSAGES/Horde_Smtp.po"),
        Phrases("hu.auth-required-horde", C.AUTH_REQUIRED, (
            "a szerverhez ezonosítás szükséges",
        ), "horde/Smtp:locale/hu/LC_MESSAGES/Horde_Smtp.po"),
        Phrases("hu.service-unavailable-horde", C.SERVICE_UNAVAILABLE, (
            "a szerver nem fogad smtp kapcsolatot",
        ), "horde/Smtp:locale/hu/LC_MESSAGES/Horde_Smtp.po"),
        # IMP's (Horde webmail) refusal of a message over the sender's recipient limit.
        Phrases("hu.too-many-recipients-imp", C.RATE_LIMITED, (
            "címzettnek írhat levelet",
        ), "horde/imp:locale/hu/LC_MESSAGES/imp.po"),
        # Sympa's delivery status notification for a list that does not exist (its subject, "List
        # unknown").
        Phrases("hu.user-unknown-sympa-list", C.USER_UNKNOWN, (
            "ismeretlen lista",
        ), "sympa-community/sympa:po/sympa/hu.po"),
        # Thunderbird's note when the server refuses a recipient (RCPT TO): check the recipient's
        # address; the server's own reply, quoted in it, names the reason.
        Phrases("hu.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "ellenőrizze az üzenet címzettjeit",
        ), (
            "thunderbird/thunderbird-l10n:hu/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        ), decisive=False),
        # Roundcube's note when the SMTP server refuses a recipient (smtptoerror); the server's
        # reply, quoted in it, names the reason.
        Phrases("hu.user-unknown-roundcube", C.USER_UNKNOWN, (
            "nem sikerült a következő címzett hozzáadása",
        ), "roundcube/roundcubemail:program/localization/hu_HU/messages.inc", decisive=False),
        # Roundcube's refusal of a message over its recipient limit (toomanyrecipients).
        Phrases("hu.too-many-recipients-roundcube", C.RATE_LIMITED, (
            "túl sok a címzett",
        ), "roundcube/roundcubemail:program/localization/hu_HU/messages.inc"),
        # Thunderbird's note that the server refuses its encrypted-password authentication (the
        # mechanism must change).
        Phrases("hu.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "nem támogatja a titkosított jelszava",
        ), (
            "thunderbird/thunderbird-l10n:hu/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        )),
        # PHPMailer's note on the recipients the SMTP server refused (recipients_failed); the
        # server's reply names the reason.
        Phrases("hu.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "a címzettként megadott következő címek hibásak",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-hu.php", decisive=False),
        # Horde_Smtp's text for a 450 reply (mailbox unavailable).
        Phrases("hu.user-unknown-horde", C.USER_UNKNOWN, (
            "a postafiók nem elérhető",
        ), "horde/Smtp:locale/hu/LC_MESSAGES/Horde_Smtp.po", decisive=False),
        # SquirrelMail's hu_HU translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("hu.service-unavailable-weak-squirrelmail", C.SERVICE_UNAVAILABLE, (
            "csatorna zárása",
        ), "sitle/squirrelmail-src:locales/locale/hu_HU/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's hu_HU translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("hu.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "jelszóváltoztatás szükséges",
            "átmeneti authentikációs hiba",
        ), "sitle/squirrelmail-src:locales/locale/hu_HU/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's hu_HU translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("hu.user-unknown-squirrelmail", C.USER_UNKNOWN, (
            "nincs ilyen postafiók",
        ), "sitle/squirrelmail-src:locales/locale/hu_HU/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's hu_HU translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("hu.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "feldolgozási hiba",
        ), "sitle/squirrelmail-src:locales/locale/hu_HU/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's hu_HU translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("hu.system-full-weak-squirrelmail", C.SYSTEM_FULL, (
            "nincs elegendő tárhely",
        ), "sitle/squirrelmail-src:locales/locale/hu_HU/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's hu_HU translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("hu.syntax-error-squirrelmail", C.SYNTAX_ERROR, (
            "nincs ilyen parancs",
            "szintaktikus hiba a parametérekben",
        ), "sitle/squirrelmail-src:locales/locale/hu_HU/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's hu_HU translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("hu.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "utasítás végrehajtása nem támogatott",
            "megadott paraméterekkel nem támogatott",
        ), "sitle/squirrelmail-src:locales/locale/hu_HU/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's hu_HU translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("hu.bad-sequence-squirrelmail", C.BAD_SEQUENCE, (
            "parancsok sorrendje helytelen",
        ), "sitle/squirrelmail-src:locales/locale/hu_HU/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's hu_HU translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("hu.auth-required-squirrelmail", C.AUTH_REQUIRED, (
            "hitelesítés sükséges",
        ), "sitle/squirrelmail-src:locales/locale/hu_HU/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's hu_HU translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("hu.auth-failed-weak-squirrelmail", C.AUTH_FAILED, (
            "sikertelen hitelesítés",
        ), "sitle/squirrelmail-src:locales/locale/hu_HU/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's hu_HU translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("hu.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "hitelesítési mechanizmushoz titkosítás szükséges",
        ), "sitle/squirrelmail-src:locales/locale/hu_HU/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's hu_HU translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("hu.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "tárhelykorlátozás miatt",
        ), "sitle/squirrelmail-src:locales/locale/hu_HU/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's hu_HU translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("hu.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "postafióknév megadása nem engedélyezett",
        ), "sitle/squirrelmail-src:locales/locale/hu_HU/LC_MESSAGES/squirrelmail.po", decisive=False),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("hu.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "szerkesztője nem fogadta el",
        ), "jaredmauch/mailman2-python3:templates/hu/refuse.txt"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("hu.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "a szerkesztő jóváhagyásáig",
        ), "jaredmauch/mailman2-python3:templates/hu/postheld.txt"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, Emergency.py, SpamDetect.py): a
        # moderated list, an implicit destination, a restricted list's approval, administrivia, a
        # suspicious header, a post the moderator deemed inappropriate, an emergency hold, a header
        # filter rule.
        Phrases("hu.policy-violation-mailman-moderation", C.POLICY_VIOLATION, (
            "moderált hírcsoport", "lista forgalmának korlátozása", "máshogy megadott címzettek",
            "nem engedélyezi leveled megjelenését",
            "a levél moderált listára érkezett",
            "címzettje nem lett egyértelműen megadva",
            "zártkörű listára küldött levél",
            "valószínűleg adminisztrációs tartalmú",
            "gyanús fejlécet tartalmaz",
            "illeszkedik valamelyik szűrő feltételre",
        ), "jaredmauch/mailman2-python3:messages/hu/LC_MESSAGES/mailman.po"),
        # ezmlm-idx's translated refusals of a post from a non-subscriber (TXT_ONLY_SUBSCRIBERS) and
        # from a poster the owner blocked (TXT_REJECT_POSTS).
        Phrases("hu.sender-rejected-ezmlm", C.SENDER_REJECTED, (
            "csak listatagok kuldhetnek",
            "hogy utasitsam el a leveleidet",
        ), "bruceg/ezmlm-idx:lang/hu/messages"),
        # Sympa's translated send-scenario refusals: distribution in the list not allowed, or restricted
        # (to subscribers, moderators, local users).
        Phrases("hu.sender-rejected-sympa-distribution", C.SENDER_REJECTED, (
            "üzenet küldése a listára csak",
            "üzenet küldése nem megengedett",
        ), "sympa-community/sympa:po/sympa/hu.po"),
        # Sympa's translated refusal of a MIME multipart post.
        Phrases("hu.content-rejected-sympa", C.CONTENT_REJECTED, (
            "többrészes levelek küldése",
        ), "sympa-community/sympa:po/sympa/hu.po"),
        # Sympa's translated reject.tt2 and delivery status notification: the moderator rejected the
        # post, or it was forwarded to the moderators for approval.
        Phrases("hu.policy-violation-sympa", C.POLICY_VIOLATION, (
            "levelének megjelenését a szerkesztő",
            "a szerkesztő(k)höz továbbításra került",
        ), "sympa-community/sympa:po/sympa/hu.po"),
        # Mailman 3's moderation hold reasons (moderated member, implicit destination, emergency
        # moderation) and its notice that a post awaits the moderator's approval.
        Phrases("hu.policy-violation-mailman3-core", C.POLICY_VIOLATION, (
            "megfelelt egy fejlécszabálynak",
            "levele moderálásra vár",
        ), "osstech-jp/mailman:src/mailman/messages/hu/LC_MESSAGES/mailman.po"),
        # Mailman 3's no_subject rule: the post has no subject.
        Phrases("hu.content-rejected-mailman3-core", C.CONTENT_REJECTED, (
            "az üzenetnek nincs tárgya",
        ), "osstech-jp/mailman:src/mailman/messages/hu/LC_MESSAGES/mailman.po"),
        # Trojitá's SMTP sender (src/MSA/SMTP.cpp), translated: "Cannot send message due to an
        # SSL/TLS error" ("Az üzenet nem küldhető el egy SSL/TLS hiba miatt.").
        Phrases("hu.tls-required-trojita", C.TLS_REQUIRED, (
            "egy ssl/tls hiba miatt",
        ), "jktjkt/trojita:po/hu/trojita_common.po"),
        # Sylpheed's translated SMTP session errors ("Can't start TLS session").
        Phrases("hu.tls-required-sylpheed", C.TLS_REQUIRED, (
            "nem lehet tls menetet indítani",
        ), "sylpheed-mail/sylpheed:po/hu.po"),
        # Sylpheed's translated SMTP session errors ("SMTP AUTH not available / Authentication failed").
        Phrases("hu.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp auth nem elérhető", "az azonosítás nem sikerült",
        ), "sylpheed-mail/sylpheed:po/hu.po"),
        # Sylpheed's translated SMTP session errors ("Connection closed by the remote host / Can't connect to SMTP server").
        Phrases("hu.network-error-sylpheed", C.NETWORK_ERROR, (
            "a távoli fél bezárta a kapcsolatot", "nem lehet csatlakozni az smtp szerverhez",
        ), "sylpheed-mail/sylpheed:po/hu.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("hu.network-error-balsa", C.NETWORK_ERROR, ("a kapcsolat elveszett",
            "kiszolgálóhoz kapcsolódás meghiúsult",
        ), "GNOME/balsa:po/hu.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("hu.auth-failed-balsa", C.AUTH_FAILED, ("gssapi hitelesítés sikertelen", "nincs ismert hitelesítési mód",
            "nincs megfelelő hitelesítési mechanizmus",
        ), "GNOME/balsa:po/hu.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("hu.auth-required-balsa", C.AUTH_REQUIRED, (
            "felhasználónév és jelszó szükséges",
        ), "GNOME/balsa:po/hu.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("hu.service-unavailable-balsa", C.SERVICE_UNAVAILABLE, (
            "nem nyújt smtp szolgáltatást",
        ), "GNOME/balsa:po/hu.po"),
        # Claws Mail's translated SMTP session errors (TLS session, connection closed by the remote
        # host, authentication failed).
        Phrases("hu.network-error-claws", C.NETWORK_ERROR, (
            "a távoli szerver lezárta a kapcsolatot",
        ), "eworm-de/claws-mail:po/hu.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("hu.message-too-large-claws", C.MESSAGE_TOO_LARGE, (
            "az üzenet túl nagy",
        ), "eworm-de/claws-mail:po/hu.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("hu.tls-required-claws", C.TLS_REQUIRED, (
            "tls kézfogás sikertelen",
            "a tls tanúsítvány érvénytelen",
        ), "eworm-de/claws-mail:po/hu.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("hu.auth-failed-claws", C.AUTH_FAILED, (
            "nincs elérhető smtp auth mód",
        ), "eworm-de/claws-mail:po/hu.po"),
        # Sylpheed's translated "SSL certificate verify failed" (the server's certificate did not verify).
        Phrases("hu.tls-required-sylpheed-ssl", C.TLS_REQUIRED, (
            "ssl tanusítvány ellenőrzése nem sikerült",
        ), "sylpheed-mail/sylpheed:po/hu.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("hu.tls-required-balsa-session", C.TLS_REQUIRED, ("a tanúsítvány lejárt", "a tanúsítvány vissza lett vonva", "az aláíró hitelesítésszolgáltató ismeretlen", "hibás tls-tanúsítvány",
            "tls-egyeztetés sikertelen",
            "tls szükséges, de nem érthető el",
        ), "GNOME/balsa:po/hu.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("hu.network-error-balsa-session", C.NETWORK_ERROR, (
            "smtp kiszolgáló nem érhető el",
        ), "GNOME/balsa:po/hu.po"),
        # Geary's untrusted-connection reasons: the server certificate unsigned, mismatched or expired.
        Phrases("hu.tls-required-geary", C.TLS_REQUIRED, (
            "nem ismert hitelesítésszolgáltató írta alá",
            "személyazonossága nem egyezik a tanúsítványban",
            "a kiszolgáló tanúsítványa lejárt",
        ), "GNOME/geary:po/hu.po"),
        # Claws Mail's SMTP session errors: STARTTLS could not be started or failed, the server requires it.
        Phrases("hu.tls-required-claws-session", C.TLS_REQUIRED, (
            "starttls folyamat nem indítható",
            "starttls kapcsolathívási hiba",
            "starttls sikertelen",
            "a szerver starttls-t követel",
            "nem indítható starttls folyamat",
        ), "eworm-de/claws-mail:po/hu.po"),
        # Claws Mail's SMTP AUTH errors: failed, stronger authentication required, the method unavailable.
        Phrases("hu.auth-failed-claws-session", C.AUTH_FAILED, (
            "erős(ebb) hitelesítés szükséges",
            "hiba történt az azonosítás közben",
            "smtp auth mód nem elérhető",
        ), "eworm-de/claws-mail:po/hu.po"),
        # Claws Mail's connection errors: timed out, refused, closed by the remote host.
        Phrases("hu.network-error-claws-session", C.NETWORK_ERROR, (
            "kapcsolódási időtúllépés",
        ), "eworm-de/claws-mail:po/hu.po"),
        # FairEmail: no (suitable) internet connection (weak).
        Phrases("hu.network-error-weak-fairemail", C.NETWORK_ERROR, (
            "nem használható az internet kapcsolat",
        ), "M66B/FairEmail:app/src/main/res/values-hu-rHU/strings.xml", decisive=False),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the connection failed; the SMTP credentials were refused.
        Phrases("hu.network-error-nextcloud-mail", C.NETWORK_ERROR, (
            "az smtp-kiszolgáló nem érhető el",
            "az smtp kapcsolódás sikertelen",
        ), "nextcloud/mail:l10n/hu.json"),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the connection failed; the SMTP credentials were refused.
        Phrases("hu.auth-failed-nextcloud-mail", C.AUTH_FAILED, (
            "smtp-felhasználónév vagy jelszó hibás",
        ), "nextcloud/mail:l10n/hu.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("hu.tls-required-mailspring", C.TLS_REQUIRED, (
            "a starttls nem elérhető",
            "tls nem érhető el",
        ), "Foundry376/Mailspring:app/lang/hu.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("hu.spam-content-mailspring", C.SPAM_CONTENT, (
            "kimenő spamszűrője",
        ), "Foundry376/Mailspring:app/lang/hu.json"),
        # Sylpheed's SMTP session errors: the session timed out, the server not found, an error during authentication.
        Phrases("hu.network-error-sylpheed-session", C.NETWORK_ERROR, (
            "smtp szerver nem található",
            "menet időtúllépése",
        ), "sylpheed-mail/sylpheed:po/hu.po"),
        # Sylpheed's SMTP session errors: the session timed out, the server not found, an error during authentication.
        Phrases("hu.auth-failed-sylpheed-session", C.AUTH_FAILED, (
            "hiba történt az azonosításkor",
        ), "sylpheed-mail/sylpheed:po/hu.po"),
        # Joomla's Hungarian PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("hu.auth-failed-joomla", C.AUTH_FAILED, (
            "a hitelesítés nem sikerült",
        ), "bringer/lavuelta:language/hu-HU/hu-HU.ini"),
        # Joomla's Hungarian PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("hu.sender-rejected-joomla", C.SENDER_REJECTED, (
            "a következő feladó cím hibás",
        ), "bringer/lavuelta:language/hu-HU/hu-HU.ini"),
        # Joomla's Hungarian PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("hu.user-unknown-joomla", C.USER_UNKNOWN, (
            "a következő címzettek e-mail címe hibás",
        ), "bringer/lavuelta:language/hu-HU/hu-HU.ini", decisive=False),
        # Joomla's Hungarian PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("hu.network-error-joomla", C.NETWORK_ERROR, (
            "nem lehet kapcsolódni az smtp kiszolgálóhoz",
        ), "bringer/lavuelta:language/hu-HU/hu-HU.ini"),
        # Joomla 3's Hungarian PHPMailer strings (PHPMAILER_*)
        Phrases("hu.auth-failed-joomla3", C.AUTH_FAILED, (
            "nem lehetett hitelesíteni",
        ), "cuongnd/banhangonline88_joomla:language/hu-HU/hu-HU.ini"),
        # Joomla 3's Hungarian PHPMailer strings (PHPMAILER_*)
        Phrases("hu.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "a következő feladó címe hibás",
        ), "cuongnd/banhangonline88_joomla:language/hu-HU/hu-HU.ini"),
        # Joomla 3's Hungarian PHPMailer strings (PHPMAILER_*)
        Phrases("hu.user-unknown-joomla3", C.USER_UNKNOWN, (
            "a következő címzettek hibásak",
        ), "cuongnd/banhangonline88_joomla:language/hu-HU/hu-HU.ini", decisive=False),
        # Joomla 3's Hungarian PHPMailer strings (PHPMAILER_*)
        Phrases("hu.network-error-joomla3", C.NETWORK_ERROR, (
            "nem lehetett kapcsolódni az smtp-állomáshoz", "sikertelen smtp-csatlakozás",
        ), "cuongnd/banhangonline88_joomla:language/hu-HU/hu-HU.ini"),
        # Joomla 3's Hungarian PHPMailer strings (PHPMAILER_*)
        Phrases("hu.tls-required-joomla3", C.TLS_REQUIRED, (
            "nem lehetett elindítani a tls-t",
        ), "cuongnd/banhangonline88_joomla:language/hu-HU/hu-HU.ini"),
        # Microsoft's Hungarian help title for SharePoint's 'Daily email limit exceeded. Workflow is suspended' (the workflow mail refused past the Exchange Online sending limits).
        Phrases("hu.rate-limited-daily-email-workflow", C.RATE_LIMITED, (
            "napi levelezési korlát",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.hu-HU:AlchemyInsights/daily-email-limit-exceeded.md"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("hu.rate-limited-sogo", C.RATE_LIMITED, (
            "túl sok üzenetet",
        ), "Alinto/sogo:UI/MailerUI/Hungarian.lproj/Localizable.strings"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("hu.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "az üzenet elküldése előtt",
        ), "roundcube/roundcubemail:program/localization/hu_HU/messages.inc"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        Phrases("hu.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "címzettek arányának korlátját",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.hu-HU:AlchemyInsights/need-help-with-email-sending-limits.md"),
        # MailScanner's spam bounce (sender.spam.report), written without accents: unwanted message refused.
        Phrases("hu.spam-content-mailscanner-uce", C.SPAM_CONTENT, (
            "nem kivant uzenet",
            "nem kivant reklamlevel",
        ), _MAILSCANNER + "sender.spam.report.txt"),
        # Kopano's MAPI error text (m4lcommon/Util.cpp, MAPI_E_STORE_FULL), translated: the message store has reached its maximum size.
        Phrases("hu.mailbox-full-kopano", C.MAILBOX_FULL, (
            "üzenet tároló elérte a maximum kapacitását",
        ), "Kopano-dev/kopano-core:po/hu.po"),
        # Kopano spooler's NDR text (spooler/Spooler.cpp), translated: a fatal error while processing the message, Kopano cannot send it.
        Phrases("hu.server-error-kopano", C.SERVER_ERROR, (
            "végzetes hiba történt az üzenet feldolgozása közben",
        ), "Kopano-dev/kopano-core:po/hu.po"),
        # Kopano spooler's send-as refusals (spooler/mailer.cpp), translated: the user or group to send as is not found; not allowed to send as them.
        Phrases("hu.sender-rejected-send-as", C.SENDER_REJECTED, (
            "aki álltal próbálta küldeni nem található",
            "felhasználó vagy csoport nevében küldjön",
        ), "Kopano-dev/kopano-core:po/hu.po"),
        # Microsoft 365's machine-translated help for 5.7.606 (AlchemyInsights antispam-5.7.606), 'Banned sending IP'.
        Phrases("hu.blocklisted-microsoft-banned-ip", C.BLOCKLISTED, (
            "tiltott küldő ip",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.hu-HU:AlchemyInsights/antispam-5.7.606.md"),
        # Microsoft 365's machine-translated help for 550 5.7.501 'Access denied, spam abuse detected' (AlchemyInsights).
        Phrases("hu.blocklisted-microsoft-spam-abuse", C.BLOCKLISTED, (
            "levélszemétként való visszaélés",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.hu-HU:AlchemyInsights/error-code-550-5-7-501-access-denied-spam-abuse-detected.md"),
        # Microsoft 365's machine-translated help for 550 5.7.705 'Access denied, tenant has exceeded threshold' (too much spam or bulk mail sent by the organisation; AlchemyInsights).
        Phrases("hu.reputation-microsoft-tenant-threshold", C.REPUTATION, (
            "bérlő túllépte a küszöböt",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.hu-HU:AlchemyInsights/error-code-550-5-7-705-access-denied-tenant-has-exceeded-threshold.md"),
        # Microsoft 365's machine-translated help for 4.5.3 too many recipients (AS780090): the volume of mail from the source IP exceeds the limit set by its reputation.
        Phrases("hu.rate-limited-microsoft-as780090", C.RATE_LIMITED, (
            "e-mail forgalom mennyisége meghaladja",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.hu-HU:AlchemyInsights/1049-antispam-4-5-3-too-many-recipients-as780090.md"),
        # Microsoft 365's translated 432 4.3.21 'Mailbox server busy; mail intentionally delayed' (AlchemyInsights temporary-bulk-mail-flow-delay).
        Phrases("hu.service-unavailable-microsoft-busy", C.SERVICE_UNAVAILABLE, (
            "postaláda-kiszolgáló elfoglalt",
            "e-mail szándékosan késleltetve",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.hu-HU:AlchemyInsights/temporary-bulk-mail-flow-delay.md"),
        # Microsoft's localized help on NDR 5.4.6 / 5.4.14 'Hop count exceeded' (a mail loop; AlchemyInsights error-546-5414-hop-count).
        Phrases("hu.network-error-microsoft-hop-count", C.NETWORK_ERROR, (
            "ugrásszám túllépése",
            "e-mail-hurkos probléma",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.hu-HU:AlchemyInsights/error-546-5414-hop-count.md"),
        # Microsoft 365's machine-translated help for 550 5.7.511 'Access denied, banned sender' (AlchemyInsights ip-blocked-for-sending-too-much-spam-550-5-7-51).
        Phrases("hu.blocklisted-microsoft-banned-sender", C.BLOCKLISTED, (
            "betiltották a feladó",
            "betiltott feladó",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.hu-HU:AlchemyInsights/ip-blocked-for-sending-too-much-spam-550-5-7-51.md"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): the mailbox quota exceeded.
        Phrases("hu.mailbox-full-evolution-exchange", C.MAILBOX_FULL, (
            "túllépte a postafiókkvótát",
        ), "GNOME/evolution-mapi:po/hu.po; GNOME/evolution-ews:po/hu.po"),
        # Evolution's Exchange back ends (evolution-mapi, evolution-ews): the login at the server failed,
        # the password expired.
        Phrases("hu.auth-failed-evolution-exchange", C.AUTH_FAILED, (
            "a jelszó lejárt",
        ), "GNOME/evolution-mapi:po/hu.po; GNOME/evolution-ews:po/hu.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): no more sessions can be created, the
        # session limit was reached.
        Phrases("hu.too-many-connections-evolution-exchange", C.TOO_MANY_CONNECTIONS, (
            "nem hozható létre több munkamenet",
        ), "GNOME/evolution-mapi:po/hu.po; GNOME/evolution-ews:po/hu.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): the account is disabled.
        Phrases("hu.mailbox-disabled-evolution-exchange", C.MAILBOX_DISABLED, (
            "a fiók letiltva",
        ), "GNOME/evolution-mapi:po/hu.po; GNOME/evolution-ews:po/hu.po"),
        # Evolution's EWS back end (evolution-ews): the Exchange or Microsoft 365 server is busy
        # (ErrorServerBusy), waiting to retry.
        Phrases("hu.service-unavailable-evolution-exchange", C.SERVICE_UNAVAILABLE, (
            "exchange kiszolgáló elfoglalt",
            "microsoft 365 kiszolgáló elfoglalt",
        ), "GNOME/evolution-mapi:po/hu.po; GNOME/evolution-ews:po/hu.po"),
        # Zimbra web client (ZmMsg): the attachment failed because the message would exceed the
        # size limit.
        Phrases("hu.message-too-large-zimbra-web", C.MESSAGE_TOO_LARGE, (
            "túllépte az alábbi méretlimitet",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_hu.properties"),
        # Zimbra web client (ZmMsg): authentication failed with the account.
        Phrases("hu.auth-failed-zimbra-web", C.AUTH_FAILED, (
            "fiók hitelesítése sikertelen",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_hu.properties"),
        # Zimbra web client (ZmMsg): the user is not authenticated.
        Phrases("hu.auth-required-zimbra-web", C.AUTH_REQUIRED, (
            "a felhasználó nincs hitelesítve",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_hu.properties"),
        # Zimbra web client (ZmMsg): the mail quota is exceeded.
        Phrases("hu.mailbox-full-zimbra-web", C.MAILBOX_FULL, (
            "túllépte a levelezési kvótáját",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_hu.properties"),
        # Zimbra web client (ZmMsg): the upload was rejected, the file contains a virus.
        Phrases("hu.virus-zimbra-web", C.VIRUS, (
            "vírust tartalmaz",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_hu.properties"),
        # GLib's GIO network errors (GNOME/glib po/): socket I/O timed out, network or host unreachable,
        # error resolving a host name, could not connect to the proxy server.
        Phrases("hu.network-error-glib-gio", C.NETWORK_ERROR, (
            "a foglalat i/o túllépte az időkorlátot",
            "a gép elérhetetlen",
            "ideiglenesen nem oldható fel",
            "proxy kiszolgálóhoz",
        ), "GNOME/glib:po/hu.po"),
        # libsoup's translated connection errors (GNOME/libsoup po/): the network stream closed or the
        # connection terminated unexpectedly.
        Phrases("hu.network-error-libsoup", C.NETWORK_ERROR, (
            "hálózati adatfolyam váratlanul lezárult",
            "kapcsolat váratlanul megszakítva",
        ), "GNOME/libsoup:po/hu.po"),
        # Tuta (Tutanota) mail client's errors (src/ui/translations): the number of allowed emails
        # was exceeded, or the allowed attempts; try again later.
        Phrases("hu.rate-limited-tuta", C.RATE_LIMITED, (
            "meghaladta az engedélyezett próbálkozások számát",
            "meghaladta az engedélyezett e-mailek számát",
            "túllépte az engedélyezett e-mailek számát",
        ), "tutao/tutanota:src/ui/translations/hu.ts"),
        # Tuta (Tutanota) mail client's errors: the storage limit is exceeded, no more mail can be
        # received or sent.
        Phrases("hu.mailbox-full-tuta", C.MAILBOX_FULL, (
            "túllépte a tárolóhelykorlátját",
        ), "tutao/tutanota:src/ui/translations/hu.ts"),
        # Tuta (Tutanota) mail client's errors: the body text exceeds the maximum size limit.
        Phrases("hu.message-too-large-tuta", C.MESSAGE_TOO_LARGE, (
            "megengedett maximális mérete",
        ), "tutao/tutanota:src/ui/translations/hu.ts"),
        # Tuta (Tutanota) client's connection errors: the connection to the server was lost.
        Phrases("hu.network-error-tuta", C.NETWORK_ERROR, (
            "megszakadt a kapcsolat a kiszolgálóval",
        ), "tutao/tutanota:src/ui/translations/hu.ts"),
        # Tuta (Tutanota) mail import: the IMAP server uses a self-signed SSL certificate, its
        # identity could not be verified.
        Phrases("hu.tls-required-tuta", C.TLS_REQUIRED, (
            "ön-aláírt",
        ), "tutao/tutanota:src/ui/translations/hu.ts"),
        # Tuta (Tutanota) mail import: the credentials are incorrect.
        Phrases("hu.auth-failed-tuta", C.AUTH_FAILED, (
            "hitelesítő adatok helytelenek",
        ), "tutao/tutanota:src/ui/translations/hu.ts"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("hu.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("kiszolgálóhoz",),
            ("sikertelen", "alaphelyzetbe", "megszakítás"),
        ), "thunderbird/thunderbird-l10n:hu/mail/chrome/messenger/messenger.properties", window=50),
    ),
)
