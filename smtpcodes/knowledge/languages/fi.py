"""Finnish (fi): wordings of the SMTP error messages that mail clients and mail libraries show in
Finnish. Sources: Thunderbird's and Roundcube's Finnish SMTP error strings and PHPMailer's
Finnish language file.
Also: Thunderbird's composeMsgs.properties, Evolution's translated RFC 5321 reply texts
(GNOME/evolution-data-server po/).
Also: glibc's translated strerror and resolver texts (bminor/glibc po/), SOGo's
send errors (Alinto/sogo UI/MailerUI), Mailman 2's refusals, Evolution's RFC 5321 reply texts,
Thunderbird's SMTP errors.
Also: IMP webmail's translated recipient-limit refusal (horde/imp locale/).
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

_THUNDERBIRD = (
    "thunderbird/thunderbird-l10n:fi/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_ROUNDCUBE = "roundcube/roundcubemail:program/localization/fi_FI/messages.inc"
_PHPMAILER = "PHPMailer/PHPMailer:language/phpmailer.lang-fi.php"

_EVO_PO = "GNOME/evolution-data-server:po/fi.po"
_RC_L10N = "roundcube/roundcubemail:program/localization/fi_FI/messages.inc"
_TB_L10N = (
    "thunderbird/thunderbird-l10n:fi/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)

LANGUAGE = Language(
    code="fi",
    name="Finnish",
    phrases=(
        # Mutt's authentication errors (po/): anonymous, CRAM-MD5, GSSAPI, SASL or APOP
        # authentication failed, LOGIN disabled on the server, login failed.
        Phrases("fi.auth-failed-mutt-po", C.AUTH_FAILED, (
            "autentikaatio epäonnistui", "apop-autentilointi epäonnistui",
            "on poistettu käytöstä palvelimella",
        ), "muttmua/mutt:po/fi.po"),
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write.
        Phrases("fi.network-error-mutt-po", C.NETWORK_ERROR, (
            "aikakatkaistu", "uudelleenyhdistäminen epäonnistui", "ei löytynyt palvelinta",
            "ei voitu yhdistää kohteeseen",
            "smtp-sessio epäonnistui",
        ), "muttmua/mutt:po/fi.po"),
        # Mutt's TLS errors (po/): TLS could not be negotiated, no encrypted connection, SSL
        # failed, the server certificate expired, untrusted or not matching the host name, its
        # verification failed.
        Phrases("fi.tls-required-mutt-po", C.TLS_REQUIRED, (
            "ei voitu neuvotella tls-yhteyttä", "salattu yhteys ei käytettävissä",
            "ssl epäonnistui", "sertifikaatti on vanhentunut",
            "palvelinsertifikaatti on vanhentunut", "sertifikaatin palvelintesti epäonnistui",
            "ei täsmää sertifikaattiin", "ei voitu hakea sertifikaattia",
            "sertifikaatin varmennusvirhe",
        ), "muttmua/mutt:po/fi.po"),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("fi.tls-required-kimap", C.TLS_REQUIRED, (
            "tls-neuvottelu epäonnistui", "ssl-kättely epäonnistui",
        ), "KDE/kimap:po/fi/libkimap6.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("fi.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "palvelinta ei löydy",
        ), ("thunderbird/thunderbird-l10n:fi/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # KDE's Akonadi POP3 resource (kdepim-runtime): an SSL/TLS error.
        Phrases("fi.tls-required-kdepim", C.TLS_REQUIRED, (
            "ssl/tls-virhe",
        ), "KDE/kdepim-runtime:po/fi/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("fi.network-error-kdepim", C.NETWORK_ERROR, (
            "palvelin katkaisi yhteyden", "palvelin katkaisi välittömästi yhteyden",
            "aikakatkaisu pop3-palvelimessa", "yhteys katkesi",
            "yhteys palvelimeen katkaistiin tunnistauduttaessa",
            "yhteys katkaistiin tunnistauduttaessa",
        ), "KDE/kdepim-runtime:po/fi/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime): an error during authentication, unable
        # to log in to the server.
        Phrases("fi.auth-failed-kdepim", C.AUTH_FAILED, (
            "todennuksessa tapahtui virhe", "kirjautuminen palvelimeen",
        ), "KDE/kdepim-runtime:po/fi/akonadi_pop3_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("fi.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "palvelin ei ole käytettävissä",
        ), "KDE/kdepim-runtime:po/fi/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("fi.tls-required-glib-networking", C.TLS_REQUIRED, (
            "palvelin vaatii tls-varmenteen", "tls-varmenne ei ole hyväksyttävä",
            "ei voitu luoda tls-yhteyttä", "tls-kättely", "tls-yhteys katkesi yllättäen",
            "ei lähettänyt varmennetta", "tls-hälytyksen",
            "tls-varmenteen myöntäjä ei ole hyväksyttävä",
        ), "GNOME/glib-networking:po/fi.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("fi.network-error-glib-networking", C.NETWORK_ERROR, (
            "yhteys on rikki",
        ), "GNOME/glib-networking:po/fi.po"),
        # Thunderbird's IMAP errors (imapMsgs.properties): a TLS error that cannot be
        # overridden.
        Phrases("fi.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "ohittamaton tls-virhe",
        ), "thunderbird/thunderbird-l10n:fi/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's connection errors (messenger.properties): a login failure while
        # connecting (OAuth2).
        Phrases("fi.auth-failed-thunderbird-connection", C.AUTH_FAILED, (
            "kirjautumisvirhe yhdistettäessä",
        ), "thunderbird/thunderbird-l10n:fi/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's connection errors (messenger.properties): the connection refused.
        Phrases("fi.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "yhdistäminen estettiin",
        ), "thunderbird/thunderbird-l10n:fi/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): no connection to the mail server.
        Phrases("fi.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "ei saatu yhteyttä",
        ), "thunderbird/thunderbird-l10n:fi/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("fi.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "salasanan lähettäminen ei onnistunut",
        ), "thunderbird/thunderbird-l10n:fi/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("fi.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "tls-yhteyttä pop3-palvelimeen ei",
        ), "thunderbird/thunderbird-l10n:fi/mail/chrome/messenger/localMsgs.properties"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("fi.tls-required-k9-check", C.TLS_REQUIRED, (
            "virheellisen ssl-varmenteen",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-fi/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("fi.auth-failed-k9-check", C.AUTH_FAILED, (
            "käyttäjätunnus tai salasana väärin",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-fi/strings.xml"),
        # Geary's server-certificate problems (expired, revoked, not activated, unknown authority, insecure, identity mismatch).
        Phrases("fi.tls-required-geary-po", C.TLS_REQUIRED, (
            "palvelimen varmenne",
            "palvelimen identiteetti ei vastaa",
        ), "GNOME/geary:po/fi.po"),
        # Geary's login problems: check your sending / receiving login and password; an account reported an incorrect login or password.
        Phrases("fi.auth-failed-geary-po", C.AUTH_FAILED, (
            "käytettävä käyttäjätunnus ja salasana",
            "tarkista sähköpostiosoitteesi ja salasanasi",
            "väärästä käyttäjätunnuksesta tai salasanasta",
        ), "GNOME/geary:po/fi.po"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("fi.tls-required-weak-k9", C.TLS_REQUIRED, (
            "varmennevirhe",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-fi/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("fi.network-error-weak-k9", C.NETWORK_ERROR, (
            "verkkovirhe",
            "yhteysvirhe",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-fi/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-fi/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-fi/strings.xml", decisive=False),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("fi.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "liikaa aktiivisia yhteyksiä",
        ), "Foundry376/Mailspring:app/lang/fi.json"),
        # Mailspring's 'The message has been blocked by Yahoo's outbound spam filter.'
        Phrases("fi.spam-content-mailspring", C.SPAM_CONTENT, (
            "lähtevä roskapostisuodatin",
        ), "Foundry376/Mailspring:app/lang/fi.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("fi.relay-denied-mailspring", C.RELAY_DENIED, (
            "smtp-palvelin ei välittäisi viestiä",
        ), "Foundry376/Mailspring:app/lang/fi.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("fi.rate-limited-mailspring", C.RATE_LIMITED, (
            "gmailin kaistanleveys ylittyi",
            "ylittänyt päivittäisen lähetysrajan",
        ), "Foundry376/Mailspring:app/lang/fi.json"),
        # Mailspring's 'Connection Error - Unable to connect to the server / port you provided.'
        Phrases("fi.network-error-mailspring", C.NETWORK_ERROR, (
            "yhteyden muodostaminen palvelimeen / porttiin",
        ), "Foundry376/Mailspring:app/lang/fi.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("fi.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "sisältää illegalin liitteen",
        ), "Foundry376/Mailspring:app/lang/fi.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("fi.auth-failed-mailspring", C.AUTH_FAILED, (
            "todennusvirhe",
            "ei tue perus käyttäjätunnusta",
            "ei voi enää todentaa",
        ), "Foundry376/Mailspring:app/lang/fi.json"),
        # SnappyMail's 'Invalid recipients' notification (the RCPT refusal it shows).
        Phrases("fi.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "vastaanottajassa virhe",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/fi/user.json", decisive=False),
        # SnappyMail's 'Can't connect to server' notification.
        Phrases("fi.network-error-snappymail", C.NETWORK_ERROR, (
            "ei voi yhdistää palvelimeen",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/fi/user.json"),
        # SnappyMail's bare 'Authentication failed' notification.
        Phrases("fi.auth-failed-weak-snappymail", C.AUTH_FAILED, (
            "tunnistusvirhe",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/fi/user.json", decisive=False),
        # Delta Chat's login failure for want of an internet connection.
        Phrases("fi.network-error-deltachat", C.NETWORK_ERROR, (
            "ei internet-yhteyttä",
        ), "deltachat/deltachat-android:src/main/res/values-fi/strings.xml"),
        # Delta Chat's login failure: cannot log in as the address; check the address and the password.
        Phrases("fi.auth-failed-deltachat", C.AUTH_FAILED, (
            "kirjautuminen epäonnistui",
        ), "deltachat/deltachat-android:src/main/res/values-fi/strings.xml"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("fi.auth-required-kmail", C.AUTH_REQUIRED, (
            "anna käyttäjätunnus ja salasana käyttääksesi",
        ), "KDE/kmailtransport:po/fi/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("fi.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "ei tue tunnistautumista",
        ), "KDE/kmailtransport:po/fi/libmailtransport6.po"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("fi.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "suurempi kuin palvelimen raja",
        ), "M66B/FairEmail:app/src/main/res/values-fi-rFI/strings.xml"),
        Phrases("fi.auth-failed", C.AUTH_FAILED, (
            "tunnistus epäonnistui", "todennus smtp-palvelimelle",
            "ei tue valittua todennustapaa",
        ), _THUNDERBIRD),
        # Microsoft's Finnish help title for 550 5.7.708 'Access denied, traffic not accepted from this IP' (a poorly reputed IP, as the 5.7.7xx code rule reads it).
        Phrases("fi.reputation-microsoft-traffic", C.REPUTATION, (
            "ei ole hyväksytty tältä ip",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.fi-FI:AlchemyInsights/"
            "antispam-550-5-7-708-service-unavailable-access-denied-traffic-not-accepted.md")),
        # Microsoft's Finnish help title: the account restricted for sending too much spam (5.1.8, the sender blocked).
        Phrases("fi.sender-rejected-exchange-spam", C.SENDER_REJECTED, (
            "liiallisen roskapostin lähettämisen",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.fi-FI:AlchemyInsights/"
            "sender-blocked-for-sending-too-much-spam.md")),
        # Microsoft's Finnish help on Exchange Online's receiving limit: senders get an NDR (5.2.121/5.2.122) saying the mailbox exceeded its maximum delivery threshold.
        Phrases("fi.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "ylittänyt toimituksen raja-arvon",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.fi-FI:AlchemyInsights/"
            "mailbox-receiving-limit.md")),
        Phrases("fi.network-error", C.NETWORK_ERROR, (
            "yhteys palvelimeen ei onnistu", "yhdistäminen epäonnistui", "ei onnistuttu luomaan",
            "katkesi kesken tiedonsiirron", "aikakatkaistiin",
        ), _THUNDERBIRD),
        Phrases("fi.message-too-large", C.MESSAGE_TOO_LARGE, (
            "viestin koko ylittää", "ylittää palvelimen kokorajoituksen",
        ), _THUNDERBIRD),
        Phrases("fi.too-many-recipients", C.RATE_LIMITED, (
            "vastaanottajien sallittu määrä ylittyi",
        ), _THUNDERBIRD),
        Phrases("fi.smtputf8", C.CONTENT_REJECTED, (
            "ei tue unicodea sähköpostiosoitteessa",
        ), _ROUNDCUBE),
        Phrases("fi.sender-rejected", C.SENDER_REJECTED, (
            "lähettäjän osoite on virheellinen",
        ), _PHPMAILER),
        # PHPMailer's authenticate string: "käyttäjätunnistus" is one word (a compound), so no
        # word "tunnistus" starts inside it.
        Phrases("fi.auth-failed-phpmailer", C.AUTH_FAILED, (
            "käyttäjätunnistus epäonnistui",
        ), _PHPMAILER),
        Phrases("fi.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "sähköpostiosoitteesi on asetuksissa oikein",
        ), _TB_L10N, decisive=False),
        Phrases("fi.network-error-thunderbird", C.NETWORK_ERROR, (
            "palvelinasetukset voivat olla virheelliset",
        ), _TB_L10N),
        Phrases("fi.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "asettaminen epäonnistui",
        ), _RC_L10N, decisive=False),
        Phrases("fi.mailbox-full-evolution", C.MAILBOX_FULL, (
            "varattu levytila ylitetty",
        ), _EVO_PO),
        Phrases("fi.auth-required-evolution", C.AUTH_REQUIRED, (
            "todennus vaaditaan",
        ), _EVO_PO),
        Phrases("fi.auth-failed-evolution", C.AUTH_FAILED, (
            "väliaikainen todennusvirhe", "todennusmenetelmä on liian heikko",
        ), _EVO_PO),
        Phrases("fi.system-full-evolution", C.SYSTEM_FULL, (
            "järjestelmän levytila ei riitä",
        ), _EVO_PO),
        Phrases("fi.sender-rejected-mailman", C.SENDER_REJECTED, (
            "kielletty viestien lähetys tälle listalle", "vain jäsenille tarkoitetulle listalle",
            "ei-jäsenet eivat saa lähettää",
        ), "jaredmauch/mailman2-python3:messages/fi/LC_MESSAGES/mailman.po"),
        Phrases("fi.sender-rejected-sympa", C.SENDER_REJECTED, (
            "viestin jakelu: ei oikeuksia", "viestien jakelu listalle ei ole sallittu",
            "on rajoitettu listan tilaajille",
        ), "sympa-community/sympa:po/sympa/fi.po"),
        # Exchange Online's 5.1.90 NDR (the sender's daily recipient limit), as Microsoft's
        # localized help titles it.
        Phrases("fi.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "vastaanottajien päivittäisen rajan",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.fi-FI:AlchemyInsights/5-1-90-your-mess"
            "age-cant-be-sent-daily-limit.md"
        )),
        # glibc's translated strerror texts: ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, EADDRNOTAVAIL,
        # ENETUNREACH, ECONNRESET, ECONNABORTED, ENETDOWN, EHOSTDOWN, gai_strerror's EAI_AGAIN
        # and the resolver's host name lookup failure.
        Phrases("fi.network-error-glibc", C.NETWORK_ERROR, (
            "peruuttamaton virhe nimenselvityksessä",
            "kone on alhaalla",
            "verkko on poissa käytöstä",
            "ohjelmisto aiheutti yhteyden katkaisun",
            "konenimen hakuvirhe",
            "yhteys torjuttu", "yhteys aikakatkaistu", "reititystä koneeseen ei ole",
            "pyydettyä osoitetta ei voi asettaa", "verkkoa ei tavoiteta",
            "vastapää sulki yhteyden", "tilapäinen virhe nimenselvityksessä",
        ), "bminor/glibc:po/fi.po"),
        # glibc's translated gai_strerror texts (EAI_NONAME, EAI_NODATA) and the resolver's
        # unknown host.
        Phrases("fi.host-unknown-glibc", C.HOST_UNKNOWN, (
            "tuntematon konenimi",
            "nimeä tai palvelua ei tunneta", "konenimeen ei liity osoitetta",
        ), "bminor/glibc:po/fi.po"),
        Phrases("fi.user-unknown-evolution", C.USER_UNKNOWN, (
            "postilaatikko ei käytettävissä", "postilaatikon nimi ei ole sallittu",
        ), "GNOME/evolution-data-server:po/fi.po", decisive=False),
        Phrases("fi.has-moved-evolution", C.HAS_MOVED, (
            "käyttäjä ei ole paikallinen",
        ), "GNOME/evolution-data-server:po/fi.po"),
        Phrases("fi.syntax-error-evolution", C.SYNTAX_ERROR, (
            "syntaksivirhe",
        ), "GNOME/evolution-data-server:po/fi.po", decisive=False),
        Phrases("fi.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "komentoa ei ole toteutettu", "komennon parametria ei ole toteutettu",
        ), "GNOME/evolution-data-server:po/fi.po", decisive=False),
        Phrases("fi.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "palvelu ei ole käytettävissä",
        ), "GNOME/evolution-data-server:po/fi.po", decisive=False),
        Phrases("fi.server-error-evolution", C.SERVER_ERROR, (
            "virhe käsittelyssä",
        ), "GNOME/evolution-data-server:po/fi.po", decisive=False),
        Phrases("fi.tls-required-evolution", C.TLS_REQUIRED, (
            "pyydetty todennusmenetelmä vaatii salausta",
        ), "GNOME/evolution-data-server:po/fi.po"),
        Phrases("fi.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "viestin runko on liian iso", "viestisi oli liian pitkä",
        ), "jaredmauch/mailman2-python3:messages/fi/LC_MESSAGES/mailman.po"),
        Phrases("fi.too-many-recipients-mailman", C.RATE_LIMITED, (
            "liian monta vastaanottajaa",
        ), "jaredmauch/mailman2-python3:messages/fi/LC_MESSAGES/mailman.po"),
        Phrases("fi.content-rejected-thunderbird", C.CONTENT_REJECTED, (
            "palvelimesi ei tue stmputf8",
        ), (
            "thunderbird/thunderbird-l10n:fi/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("fi.user-unknown-sogo", C.USER_UNKNOWN, (
            "kaikki vastaanottajat ovat virheellisiä", "seuraavat osoitteet ovat virheellisiä",
        ), "Alinto/sogo:UI/MailerUI/Finnish.lproj/Localizable.strings"),
        Phrases("fi.network-error-sogo", C.NETWORK_ERROR, (
            "virhe yhdistettäessä smtp -palvelimeen",
        ), "Alinto/sogo:UI/MailerUI/Finnish.lproj/Localizable.strings"),
        Phrases("fi.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "ei hyväksynyt kerberos/gssapi-lippuasi",
        ), (
            "thunderbird/thunderbird-l10n:fi/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("fi.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "ei hyväksy salaamattomia salasanoja",
        ), (
            "thunderbird/thunderbird-l10n:fi/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("fi.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "käytät oikeaa käyttäjätietoa lähettämiseen",
        ), (
            "thunderbird/thunderbird-l10n:fi/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        ), decisive=False),
        Phrases("fi.content-rejected-mailman", C.CONTENT_REJECTED, (
            "on erikseen kielletty", "ei ole erikseen hyväksytty", "viesti oli tyhjä",
        ), "jaredmauch/mailman2-python3:messages/fi/LC_MESSAGES/mailman.po"),
        Phrases("fi.auth-failed-evolution-response", C.AUTH_FAILED, (
            "virheellinen vastaus varmennukseen palvelimelta",
        ), "GNOME/evolution-data-server:po/fi.po"),
        Phrases("fi.sender-rejected-evolution", C.SENDER_REJECTED, (
            "lähettäjän osoite on epäkelpo",
        ), "GNOME/evolution-data-server:po/fi.po", decisive=False),
        # IMP's (Horde webmail) refusal of a message over the sender's recipient limit.
        Phrases("fi.too-many-recipients-imp", C.RATE_LIMITED, (
            "sinulla ei ole lupaa lähettää kuin",
        ), "horde/imp:locale/fi/LC_MESSAGES/imp.po"),
        # Sympa's delivery status notification for a list that does not exist (its subject, "List
        # unknown").
        Phrases("fi.user-unknown-sympa", C.USER_UNKNOWN, (
            "tuntematon lista",
        ), "sympa-community/sympa:po/sympa/fi.po"),
        # Thunderbird's note when the server refuses a recipient (RCPT TO): check the recipient's
        # address; the server's own reply, quoted in it, names the reason.
        Phrases("fi.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "tarkista osoite",
        ), (
            "thunderbird/thunderbird-l10n:fi/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        ), decisive=False),
        # Roundcube's note when the SMTP server refuses a recipient (smtptoerror); the server's
        # reply, quoted in it, names the reason.
        Phrases("fi.user-unknown-roundcube", C.USER_UNKNOWN, (
            "lisääminen epäonnistui",
        ), "roundcube/roundcubemail:program/localization/fi_FI/messages.inc", decisive=False),
        # Roundcube's refusal of a message over its recipient limit (toomanyrecipients).
        Phrases("fi.too-many-recipients-roundcube", C.RATE_LIMITED, (
            "liikaa vastaanottajia",
        ), "roundcube/roundcubemail:program/localization/fi_FI/messages.inc"),
        # Thunderbird's note that the server refuses its encrypted-password authentication (the
        # mechanism must change).
        Phrases("fi.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "ei näytä tukevan salattuja salasanoja",
        ), (
            "thunderbird/thunderbird-l10n:fi/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        )),
        # PHPMailer's note on the recipients the SMTP server refused (recipients_failed); the
        # server's reply names the reason.
        Phrases("fi.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "seuraava vastaanottaja osoite on virheellinen",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-fi.php", decisive=False),
        # SquirrelMail's fi_FI translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fi.service-unavailable-weak-squirrelmail", C.SERVICE_UNAVAILABLE, (
            "palvelua ei ole käytössä",
        ), "sitle/squirrelmail-src:locales/locale/fi_FI/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's fi_FI translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fi.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "salasananvaihtoa tarvitaan",
            "käyttäjän tarkistus epäonnistui",
            "käyttäjätunnistusmekanismissa virhe",
        ), "sitle/squirrelmail-src:locales/locale/fi_FI/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's fi_FI translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fi.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "postilaatikko ei käytössä",
            "sähköpostilaatikkoa ei käytössä",
            "postilaatikon nimi on virheellinen",
        ), "sitle/squirrelmail-src:locales/locale/fi_FI/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's fi_FI translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fi.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "virhe suorituksessa",
            "transaktio epäonnistui",
        ), "sitle/squirrelmail-src:locales/locale/fi_FI/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's fi_FI translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fi.system-full-squirrelmail", C.SYSTEM_FULL, (
            "ei suoritettu: tila ei riitä",
        ), "sitle/squirrelmail-src:locales/locale/fi_FI/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's fi_FI translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fi.syntax-error-squirrelmail", C.SYNTAX_ERROR, (
            "komentoa ei tunnettu",
        ), "sitle/squirrelmail-src:locales/locale/fi_FI/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's fi_FI translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fi.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "komento ei ole tuettu",
            "komennon parametri ei ole tuettu",
        ), "sitle/squirrelmail-src:locales/locale/fi_FI/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's fi_FI translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fi.bad-sequence-squirrelmail", C.BAD_SEQUENCE, (
            "komennot väärässä järjestyksessä",
        ), "sitle/squirrelmail-src:locales/locale/fi_FI/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's fi_FI translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fi.auth-required-squirrelmail", C.AUTH_REQUIRED, (
            "autentikointi vaaditaan",
        ), "sitle/squirrelmail-src:locales/locale/fi_FI/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's fi_FI translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fi.auth-failed-weak-squirrelmail", C.AUTH_FAILED, (
            "autentikointi epäonnistui",
        ), "sitle/squirrelmail-src:locales/locale/fi_FI/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's fi_FI translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fi.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "tiedonsalausta tarvitaan",
        ), "sitle/squirrelmail-src:locales/locale/fi_FI/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's fi_FI translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fi.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "postilaatikko on täynnä",
        ), "sitle/squirrelmail-src:locales/locale/fi_FI/LC_MESSAGES/squirrelmail.po"),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("fi.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "ylläpitäjän syy pyyntösi hylkäämiseen",
        ), "jaredmauch/mailman2-python3:templates/fi/refuse.txt"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("fi.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "odottaa listan ylläpitäjän tarkastusta",
        ), "jaredmauch/mailman2-python3:templates/fi/postheld.txt"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, Emergency.py, SpamDetect.py): a
        # moderated list, an implicit destination, a restricted list's approval, administrivia, a
        # suspicious header, a post the moderator deemed inappropriate, an emergency hold, a header
        # filter rule.
        Phrases("fi.policy-violation-mailman-moderation", C.POLICY_VIOLATION, (
            "epäilyttävä otsikko", "moderoidulle listalle", "piilotettu tiedoksi kenttä",
            "piti viestiäsi sopimattomana",
            "lähetä ylläpidettävälle listalle",
            "viestillä on epäsuora kohde",
            "rajoitetulle listalle vaatii hyväksynnän",
            "viesti voi sisältää yläpitoa",
            "hätäpysäytys on voimassa",
            "torjuttu suodatussäännön perusteella",
        ), "jaredmauch/mailman2-python3:messages/fi/LC_MESSAGES/mailman.po"),
        # Sympa's translated send-scenario refusals: distribution in the list not allowed, or restricted
        # (to subscribers, moderators, local users).
        Phrases("fi.sender-rejected-sympa-distribution", C.SENDER_REJECTED, (
            "viestien jakelu listalle on rajoitettu",
        ), "sympa-community/sympa:po/sympa/fi.po"),
        # Sympa's translated refusal of a MIME multipart post.
        Phrases("fi.content-rejected-sympa", C.CONTENT_REJECTED, (
            "ei salli multipart-viestejä",
        ), "sympa-community/sympa:po/sympa/fi.po"),
        # Sympa's translated reject.tt2 and delivery status notification: the moderator rejected the
        # post, or it was forwarded to the moderators for approval.
        Phrases("fi.policy-violation-sympa", C.POLICY_VIOLATION, (
            "on hylätty tarkistuksessa",
            "on välitetty listan toimittajille",
        ), "sympa-community/sympa:po/sympa/fi.po"),
        # Odoo's mail server test: "Palvelimesi ei näytä tukevan SSL:ää, voit kokeilla STARTTLS:ää"
        # (the server does not seem to support SSL).
        Phrases("fi.tls-required-odoo", C.TLS_REQUIRED, (
            "ei näytä tukevan ssl",
        ), "odoo/odoo:odoo/addons/base/i18n/fi/LC_MESSAGES/code.po"),
        # Trojitá's SMTP sender (src/MSA/SMTP.cpp), translated: "Cannot send message due to an
        # SSL/TLS error" ("Viestiä ei voi lähettää SSL/TLS-virheen vuoksi").
        Phrases("fi.tls-required-trojita", C.TLS_REQUIRED, (
            "ssl/tls-virheen vuoksi",
        ), "jktjkt/trojita:po/fi/trojita_common.po"),
        # Sylpheed's translated SMTP session errors ("Can't start TLS session").
        Phrases("fi.tls-required-sylpheed", C.TLS_REQUIRED, (
            "tls-istuntoa ei voida käynnistää",
        ), "sylpheed-mail/sylpheed:po/fi.po"),
        # Sylpheed's translated SMTP session errors ("SMTP AUTH not available / Authentication failed").
        Phrases("fi.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp auth ei ole käytettävissä", "tunnistautuminen epäonnistui",
        ), "sylpheed-mail/sylpheed:po/fi.po"),
        # Sylpheed's translated SMTP session errors ("Connection closed by the remote host / Can't connect to SMTP server").
        Phrases("fi.network-error-sylpheed", C.NETWORK_ERROR, (
            "etäpalvelin sulki yhteyden", "smtp-palvelimeen ei voida yhdistää",
        ), "sylpheed-mail/sylpheed:po/fi.po"),
        # Claws Mail's translated SMTP session errors (TLS session, connection closed by the remote
        # host, authentication failed).
        Phrases("fi.network-error-claws", C.NETWORK_ERROR, (
            "etäpalvelin katkaisi yhteyden",
        ), "eworm-de/claws-mail:po/fi.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("fi.message-too-large-claws", C.MESSAGE_TOO_LARGE, (
            "liian iso viesti",
        ), "eworm-de/claws-mail:po/fi.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("fi.tls-required-claws", C.TLS_REQUIRED, (
            "ssl/tls-kättely epäonnistui",
            "ssl/tls-varmenne on viallinen",
        ), "eworm-de/claws-mail:po/fi.po"),
        # Sylpheed's translated "SSL certificate verify failed" (the server's certificate did not verify).
        Phrases("fi.tls-required-sylpheed-ssl", C.TLS_REQUIRED, (
            "ssl-varmenteen tarkistus epäonnistui",
        ), "sylpheed-mail/sylpheed:po/fi.po"),
        # Geary's account problems: check the sending or receiving login and password, an incorrect login.
        Phrases("fi.auth-failed-geary", C.AUTH_FAILED, (
            "lähettämiseen käytettävä käyttäjätunnus ja salasana",
            "vastaanottamiseen käytettävä käyttäjätunnus ja salasana",
        ), "GNOME/geary:po/fi.po"),
        # Geary cannot connect and asks to check the network.
        Phrases("fi.network-error-geary", C.NETWORK_ERROR, (
            "yhdistäminen ei onnistu, tarkista verkkoyhteytesi",
        ), "GNOME/geary:po/fi.po"),
        # Geary's untrusted-connection reasons: the server certificate unsigned, mismatched or expired.
        Phrases("fi.tls-required-geary", C.TLS_REQUIRED, (
            "varmennetta ei ole allekirjoitettu",
            "ei vastaa varmenteen identiteettiä",
            "palvelimen varmenne on vanhentunut",
        ), "GNOME/geary:po/fi.po"),
        # Balsa's SMTP send error: the server refused to relay ("Relaying refused"); the message stays in the outbox.
        Phrases("fi.relay-denied-balsa", C.RELAY_DENIED, (
            "viestin välitys epäonnistui",
        ), "GNOME/balsa:po/fi.po"),
        # Balsa's SMTP send errors: the SMTP server refused the connection or cannot be reached.
        Phrases("fi.network-error-balsa", C.NETWORK_ERROR, (
            "smtp-palvelin hylkäsi yhteyden",
            "smtp-palvelimeen ei saada yhteyttä",
        ), "GNOME/balsa:po/fi.po"),
        # Claws Mail's SMTP session errors: STARTTLS could not be started or failed, the server requires it.
        Phrases("fi.tls-required-claws-session", C.TLS_REQUIRED, (
            "starttls-session aloitus ei onnistu",
            "virhe starttls-yhteyttä avattaessa",
            "starttls epäonnistui",
            "palvelin vaatii starttls:ää kirjautumiseen",
            "starttls-istunnon käynnistys ei onnistu",
        ), "eworm-de/claws-mail:po/fi.po"),
        # Claws Mail's SMTP AUTH errors: failed, stronger authentication required, the method unavailable.
        Phrases("fi.auth-failed-claws-session", C.AUTH_FAILED, (
            "vahvempi todennus vaaditaan",
            "virhe todennuksessa",
            "smtp auth -käytäntö ei ple käytettävissä",
        ), "eworm-de/claws-mail:po/fi.po"),
        # Claws Mail's connection errors: timed out, refused, closed by the remote host.
        Phrases("fi.network-error-claws-session", C.NETWORK_ERROR, (
            "yhdistäminen estetty",
        ), "eworm-de/claws-mail:po/fi.po"),
        # FairEmail: no (suitable) internet connection (weak).
        Phrases("fi.network-error-weak-fairemail", C.NETWORK_ERROR, (
            "ei sopivaa verkkoyhteyttä",
        ), "M66B/FairEmail:app/src/main/res/values-fi-rFI/strings.xml", decisive=False),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the connection failed; the SMTP credentials were refused.
        Phrases("fi.network-error-nextcloud-mail", C.NETWORK_ERROR, (
            "smtp-palvelin ei ole tavoitettavissa",
            "smtp-yhteys epäonnistui",
        ), "nextcloud/mail:l10n/fi.json"),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the connection failed; the SMTP credentials were refused.
        Phrases("fi.auth-failed-nextcloud-mail", C.AUTH_FAILED, (
            "smtp-käyttäjätunnus tai -salasana on väärin",
        ), "nextcloud/mail:l10n/fi.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("fi.tls-required-mailspring", C.TLS_REQUIRED, (
            "starttls ei ole käytettävissä",
            "tls ei ole saatavilla",
        ), "Foundry376/Mailspring:app/lang/fi.json"),
        # Joomla 3's Finnish PHPMailer strings (PHPMAILER_*)
        Phrases("fi.auth-failed-joomla3", C.AUTH_FAILED, (
            "autentikointi ei onnistunut",
        ), "cuongnd/banhangonline88_joomla:language/fi-FI/fi-FI.ini"),
        # Joomla 3's Finnish PHPMailer strings (PHPMAILER_*)
        Phrases("fi.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "seuraava osoitteesta epäonnistui",
        ), "cuongnd/banhangonline88_joomla:language/fi-FI/fi-FI.ini"),
        # Joomla 3's Finnish PHPMailer strings (PHPMAILER_*)
        Phrases("fi.user-unknown-joomla3", C.USER_UNKNOWN, (
            "seuraavat vastaanottajat epäonnistuivat",
        ), "cuongnd/banhangonline88_joomla:language/fi-FI/fi-FI.ini", decisive=False),
        # Joomla 3's Finnish PHPMailer strings (PHPMAILER_*)
        Phrases("fi.tls-required-joomla3", C.TLS_REQUIRED, (
            "ei voitu avata tls-yhteyttä",
        ), "cuongnd/banhangonline88_joomla:language/fi-FI/fi-FI.ini"),
        # Sigmatic's support on mail problems: "Onko sähköpostilaatikon tila loppunut?", "Jos
        # sähköpostilaatikon levytila on loppu".
        Phrases("fi.mailbox-full-sigmatic", C.MAILBOX_FULL, ("sähköpostilaatikon tila loppu", "levytila on loppu"),
                "https://tuki.sigmatic.fi/ongelmia-sahkopostissa"),
        # Microsoft's Finnish help title for SharePoint's 'Daily email limit exceeded. Workflow is suspended' (the workflow mail refused past the Exchange Online sending limits).
        Phrases("fi.rate-limited-daily-email-workflow", C.RATE_LIMITED, (
            "sähköpostirajoitus ylitetty",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.fi-FI:AlchemyInsights/daily-email-limit-exceeded.md"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("fi.rate-limited-sogo", C.RATE_LIMITED, (
            "lähettää liian monta viestiä",
        ), "Alinto/sogo:UI/MailerUI/Finnish.lproj/Localizable.strings"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("fi.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "ennen viestin lähettämistä",
        ), "roundcube/roundcubemail:program/localization/fi_FI/messages.inc"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        Phrases("fi.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "vastaanottajan tiedonsiirtorajoitus",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.fi-FI:AlchemyInsights/need-help-with-email-sending-limits.md"),
        # Kopano's MAPI error text (m4lcommon/Util.cpp, MAPI_E_STORE_FULL), translated: the message store has reached its maximum size.
        Phrases("fi.mailbox-full-kopano", C.MAILBOX_FULL, (
            "viestivarasto on saavuttanut sen kokorajoituksen",
        ), "Kopano-dev/kopano-core:po/fi.po"),
        # Kopano spooler's NDR text (spooler/Spooler.cpp), translated: a fatal error while processing the message, Kopano cannot send it.
        Phrases("fi.server-error-kopano", C.SERVER_ERROR, (
            "käsiteltäessä viestiä tapahtui vakava virhe",
        ), "Kopano-dev/kopano-core:po/fi.po"),
        # Kopano spooler's send-as refusals (spooler/mailer.cpp), translated: the user or group to send as is not found; not allowed to send as them.
        Phrases("fi.sender-rejected-send-as", C.SENDER_REJECTED, (
            "jonka nimissä yrität lähettää",
            "ei ole oikeuksia lähettää käyttäjänä",
        ), "Kopano-dev/kopano-core:po/fi.po"),
        # GNU Mailutils' translated delivery and SMTP client texts (po/): the recipient's mailbox quota is exceeded, or the message would exceed its maximum size.
        Phrases("fi.mailbox-full-mailutils", C.MAILBOX_FULL, (
            "vastaanottajan sähköpostilaatikkokiintiö ylitettiin",
            "ylittäisi tämän vastaanottajan sähköpostilaatikon enimmäiskoon",
        ), "Distrotech/mailutils:po/fi.po"),
        # GNU Mailutils' translated delivery and SMTP client texts (po/): no such user (name).
        Phrases("fi.user-unknown-mailutils", C.USER_UNKNOWN, (
            "tuntematon käyttäjä",
        ), "Distrotech/mailutils:po/fi.po"),
        # GNU Mailutils' translated delivery and SMTP client texts (po/): not a valid sender address.
        Phrases("fi.sender-rejected-mailutils", C.SENDER_REJECTED, (
            "kelvoton lähettäjäosoite",
        ), "Distrotech/mailutils:po/fi.po"),
        # GNU Mailutils' translated delivery and SMTP client texts (po/): unsupported authentication scheme; authentication failed.
        Phrases("fi.auth-failed-mailutils", C.AUTH_FAILED, (
            "tukematon todennusskeema",
            "todennus epäonnistui",
        ), "Distrotech/mailutils:po/fi.po"),
        # GNU Mailutils' translated delivery and SMTP client texts (po/): the remote side (host) closed the connection.
        Phrases("fi.network-error-mailutils", C.NETWORK_ERROR, (
            "sulki yhteyden",
        ), "Distrotech/mailutils:po/fi.po"),
        # Mutt's translated SMTP client errors (po/): could not connect; the server closed the connection; SMTP session failed with a read or write error.
        Phrases("fi.network-error-mutt", C.NETWORK_ERROR, (
            "smtp-sessio epäonnistui: lukuvirhe",
            "smtp-sessio epäonnistui: kirjoitusvirhe",
        ), "muttmua/mutt:po/fi.po"),
        # Microsoft 365's machine-translated help for 550 5.7.501 'Access denied, spam abuse detected' (AlchemyInsights).
        Phrases("fi.blocklisted-microsoft-spam-abuse", C.BLOCKLISTED, (
            "roska postin väärinkäyttö",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.fi-FI:AlchemyInsights/error-code-550-5-7-501-access-denied-spam-abuse-detected.md"),
        # Microsoft 365's machine-translated help for 4.5.3 too many recipients (AS780090): the volume of mail from the source IP exceeds the limit set by its reputation.
        Phrases("fi.rate-limited-microsoft-as780090", C.RATE_LIMITED, (
            "tilavuus ylittää rajan",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.fi-FI:AlchemyInsights/1049-antispam-4-5-3-too-many-recipients-as780090.md"),
        # Microsoft 365's translated 432 4.3.21 'Mailbox server busy; mail intentionally delayed' (AlchemyInsights temporary-bulk-mail-flow-delay).
        Phrases("fi.service-unavailable-microsoft-busy", C.SERVICE_UNAVAILABLE, (
            "postilaatikon palvelin on varattu",
            "postin tarkoituksella viivytetty",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.fi-FI:AlchemyInsights/temporary-bulk-mail-flow-delay.md"),
        # Microsoft's localized help on NDR 5.4.6 / 5.4.14 'Hop count exceeded' (a mail loop; AlchemyInsights error-546-5414-hop-count).
        Phrases("fi.network-error-microsoft-hop-count", C.NETWORK_ERROR, (
            "sähköpostisilmukan ongelmasta",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.fi-FI:AlchemyInsights/error-546-5414-hop-count.md"),
        # Microsoft 365's machine-translated help for 550 5.7.511 'Access denied, banned sender' (AlchemyInsights ip-blocked-for-sending-too-much-spam-550-5-7-51).
        Phrases("fi.blocklisted-microsoft-banned-sender", C.BLOCKLISTED, (
            "lähettäjä kielletty",
            "kielletyn lähettäjä",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.fi-FI:AlchemyInsights/ip-blocked-for-sending-too-much-spam-550-5-7-51.md"),
        # Mailpile's SMTP/IMAP login errors (smtp_client.py, mail_source/): the server refused the
        # login (AUTH or OAuth2), a bad character in the username or password.
        Phrases("fi.auth-failed-mailpile", C.AUTH_FAILED, (
            "käyttäjätunnus tai salasana",
        ), "mailpile/Mailpile:shared-data/locale/fi/LC_MESSAGES/mailpile.po"),
        # Mailpile's SMTP client: the server refused the envelope sender (MAIL FROM).
        Phrases("fi.sender-rejected-mailpile", C.SENDER_REJECTED, (
            "hylkäsi lähettäjän",
        ), "mailpile/Mailpile:shared-data/locale/fi/LC_MESSAGES/mailpile.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): the mailbox quota exceeded.
        Phrases("fi.mailbox-full-evolution-exchange", C.MAILBOX_FULL, (
            "postilaatikon käytettävissä oleva tila ylitetty",
        ), "GNOME/evolution-mapi:po/fi.po; GNOME/evolution-ews:po/fi.po"),
        # Evolution's Exchange back ends (evolution-mapi, evolution-ews): the login at the server failed,
        # the password expired.
        Phrases("fi.auth-failed-evolution-exchange", C.AUTH_FAILED, (
            "salasana on vanhentunut",
        ), "GNOME/evolution-mapi:po/fi.po; GNOME/evolution-ews:po/fi.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): the account is disabled.
        Phrases("fi.mailbox-disabled-evolution-exchange", C.MAILBOX_DISABLED, (
            "tili on pois käytöstä",
        ), "GNOME/evolution-mapi:po/fi.po; GNOME/evolution-ews:po/fi.po"),
        # GLib's GIO network errors (GNOME/glib po/): socket I/O timed out, network or host unreachable,
        # error resolving a host name, could not connect to the proxy server.
        Phrases("fi.network-error-glib-gio", C.NETWORK_ERROR, (
            "pistoke i/o:n aikakatkaisu",
            "verkko ei ole tavoitettavissa",
            "isäntä ei ole tavoitettavissa",
            "virhe selvittäessä",
            "yhteyttä välityspalvelimeen",
        ), "GNOME/glib:po/fi.po"),
        # libsoup's translated connection errors (GNOME/libsoup po/): the network stream closed or the
        # connection terminated unexpectedly.
        Phrases("fi.network-error-libsoup", C.NETWORK_ERROR, (
            "yhteys päättyi odottamatta",
        ), "GNOME/libsoup:po/fi.po"),
        # Tuta (Tutanota) mail client's errors (src/ui/translations): the number of allowed emails
        # was exceeded, or the allowed attempts; try again later.
        Phrases("fi.rate-limited-tuta", C.RATE_LIMITED, (
            "olet yrittänyt liian monesti",
            "ylittänyt sallittujen sähköpostiviestien määrän",
            "sallittu sähköpostien määrä on ylittynyt",
        ), "tutao/tutanota:src/ui/translations/fi.ts"),
        # Tuta (Tutanota) mail client's errors: the storage limit is exceeded, no more mail can be
        # received or sent.
        Phrases("fi.mailbox-full-tuta", C.MAILBOX_FULL, (
            "tilarajasi on ylittynyt",
        ), "tutao/tutanota:src/ui/translations/fi.ts"),
        # Tuta (Tutanota) mail client's errors: the body text exceeds the maximum size limit.
        Phrases("fi.message-too-large-tuta", C.MESSAGE_TOO_LARGE, (
            "viestin tekstin koko ylittää",
        ), "tutao/tutanota:src/ui/translations/fi.ts"),
        # Tuta (Tutanota) client's connection errors: the connection to the server was lost.
        Phrases("fi.network-error-tuta", C.NETWORK_ERROR, (
            "palvelinyhteys katkesi",
        ), "tutao/tutanota:src/ui/translations/fi.ts"),
        # Tuta (Tutanota) mail import: the IMAP server uses a self-signed SSL certificate, its
        # identity could not be verified.
        Phrases("fi.tls-required-tuta", C.TLS_REQUIRED, (
            "itse allekirjoitettua",
        ), "tutao/tutanota:src/ui/translations/fi.ts"),
        # Tuta (Tutanota) mail import: the credentials are incorrect.
        Phrases("fi.auth-failed-tuta", C.AUTH_FAILED, (
            "kirjautumistiedot ovat väärin",
        ), "tutao/tutanota:src/ui/translations/fi.ts"),
    ),
    together=(
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write. The address or mechanism between the words.
        Together("fi.together-network-error-mutt", C.NETWORK_ERROR, (
            ("yhteys kohteeseen",),
            ("on katkaistu",),
        ), "muttmua/mutt:po/fi.po", window=40),
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("fi.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("yhteys palvelimeen", "yhteyden muodostaminen palvelimeen"),
            ("ei onnistu", "nollattiin", "keskeytyi", "epäonnistui"),
        ), "thunderbird/thunderbird-l10n:fi/mail/chrome/messenger/messenger.properties", window=60),
    ),
)
