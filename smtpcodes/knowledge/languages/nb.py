"""Norwegian Bokmål (nb): wordings of the SMTP error messages that mail clients and mail libraries
show in Norwegian Bokmål. Sources: Thunderbird's and Roundcube's Norwegian Bokmål SMTP error
strings and PHPMailer's Norwegian Bokmål language file.
Also: Thunderbird's composeMsgs.properties, Evolution's translated RFC 5321 reply texts
(GNOME/evolution-data-server po/).
Also: glibc's translated strerror and resolver texts (bminor/glibc po/), Zimbra's
web-client errors (Zimbra/zm-ajax ZMsg), SOGo's send errors (Alinto/sogo UI/MailerUI), Mailman
2's refusals, Evolution's RFC 5321 reply texts, Roundcube's regional SMTP errors.
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/).
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_THUNDERBIRD = (
    "thunderbird/thunderbird-l10n:nb-NO/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_ROUNDCUBE = "roundcube/roundcubemail:program/localization/nb_NO/messages.inc"
_PHPMAILER = "PHPMailer/PHPMailer:language/phpmailer.lang-nb.php"

_EVO_PO = "GNOME/evolution-data-server:po/nb.po"
_RC_L10N = "roundcube/roundcubemail:program/localization/nb_NO/messages.inc"
_TB_L10N = (
    "thunderbird/thunderbird-l10n:nb-NO/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)

LANGUAGE = Language(
    code="nb",
    name="Norwegian Bokmål",
    phrases=(
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("nb.auth-failed-weak-kimap", C.AUTH_FAILED, (
            "innlogging mislyktes",
        ), "KDE/kimap:po/nb/libkimap6.po", decisive=False),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("nb.tls-required-kimap", C.TLS_REQUIRED, (
            "ssl-håndtryk mislyktes",
        ), "KDE/kimap:po/nb/libkimap6.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): unable to log in
        # at the server, probably a wrong configuration, username or password.
        Phrases("nb.auth-failed-thunderbird-setup", C.AUTH_FAILED, (
            "klarte ikke logge inn på serveren",
        ), ("thunderbird/thunderbird-l10n:nb-NO/mail/chrome/messenger/accountCreationModel.pr"
            "operties")),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("nb.network-error-kdepim", C.NETWORK_ERROR, (
            "tilkobling gikk tapt", "koblet fra tjeneren under innlogging",
        ), "KDE/kdepim-runtime:po/nb/akonadi_imap_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("nb.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "tjeneren er ikke tilgjengelig",
        ), "KDE/kdepim-runtime:po/nb/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("nb.tls-required-glib-networking", C.TLS_REQUIRED, (
            "tjener krever tls-sertifikat", "kunne ikke lage tls-tilkobling",
            "tls-tilkobling ble lukket uventet", "sendte ikke et sertifikat",
            "uakseptabelt tls-sertifikat",
        ), "GNOME/glib-networking:po/nb.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("nb.network-error-glib-networking", C.NETWORK_ERROR, (
            "tidsavbrudd for i/o på plugg",
        ), "GNOME/glib-networking:po/nb.po"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the connection refused, the server
        # disconnected.
        Phrases("nb.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "tilkoblingen ble avvist", "har koblet fra",
        ), "thunderbird/thunderbird-l10n:nb-NO/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): a TLS error that cannot be
        # overridden.
        Phrases("nb.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "tls-feil som ikke kan overstyres",
        ), "thunderbird/thunderbird-l10n:nb-NO/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): plain-text passwords not allowed, the
        # Kerberos/GSSAPI ticket refused (POP3 alike).
        Phrases("nb.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "tillater ikke passord som overføres i klartekst",
            "tillater ikke passord i ren tekst", "kerberos/gssapi-ticket ble",
        ), "thunderbird/thunderbird-l10n:nb-NO/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("nb.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "klarte ikke sende passordet",
        ), "thunderbird/thunderbird-l10n:nb-NO/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("nb.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "klarte ikke å opprette tls-tilkobling",
        ), "thunderbird/thunderbird-l10n:nb-NO/mail/chrome/messenger/localMsgs.properties"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("nb.tls-required-k9-check", C.TLS_REQUIRED, (
            "ugyldig ssl-sertifikat",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-nb/strings.xml"),
        # K-9 Mail's account-setup check: cannot connect to server.
        Phrases("nb.network-error-k9-check", C.NETWORK_ERROR, (
            "kan ikke koble til tjener",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-nb/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("nb.auth-failed-k9-check", C.AUTH_FAILED, (
            "brukernavn eller passord er feil",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-nb/strings.xml"),
        # Geary's server-certificate problems (expired, revoked, not activated, unknown authority, insecure, identity mismatch).
        Phrases("nb.tls-required-geary-po", C.TLS_REQUIRED, (
            "tjenersertifikatet",
            "tjenerens identitet samsvarer ikke",
        ), "GNOME/geary:po/nb.po"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("nb.tls-required-weak-k9", C.TLS_REQUIRED, (
            "sertifikatsfeil",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-nb/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("nb.network-error-weak-k9", C.NETWORK_ERROR, (
            "nettverksfeil",
            "tilkoblingsfeil",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-nb/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-nb-rNO/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-nb-rNO/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("nb.auth-failed-weak-k9", C.AUTH_FAILED, (
            "autentisering feilet",
            "identitetsbekreftelsesfeil",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-nb/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-nb-rNO/strings.xml", decisive=False),
        # SnappyMail's 'Invalid recipients' notification (the RCPT refusal it shows).
        Phrases("nb.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "ugyldige mottakere",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/nb/user.json", decisive=False),
        # SnappyMail's 'Can't connect to server' notification.
        Phrases("nb.network-error-snappymail", C.NETWORK_ERROR, (
            "klarte ikke å koble til tjeneren",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/nb/user.json"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("nb.auth-required-kmail", C.AUTH_REQUIRED, (
            "du må angi et brukernavn og et passord",
        ), "KDE/kmailtransport:po/nb/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("nb.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "støtter ikke autentisering",
        ), "KDE/kmailtransport:po/nb/libmailtransport6.po"),
        # FairEmail's authentication-failure notice (the same string in nn-rNO and no-rNO).
        Phrases("nb.auth-failed-fairemail", C.AUTH_FAILED, (
            "godkjenning mislyktes",
        ), "M66B/FairEmail:app/src/main/res/values-nb-rNO/strings.xml"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit (the same string in nn-rNO and no-rNO).
        Phrases("nb.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "er større enn tjenerbegrensningen",
        ), "M66B/FairEmail:app/src/main/res/values-nb-rNO/strings.xml"),
        Phrases("nb.auth-failed", C.AUTH_FAILED, (
            "kunne ikke autentisere", "pålogging feilet", "klarte ikke å autentisere",
            "støtter ikke den valgte autentiseringsmetoden",
        ), _THUNDERBIRD),
        # Microsoft's Norwegian (Bokmål) help title for 550 5.7.708 'Access denied, traffic not accepted from this IP' (a poorly reputed IP, as the 5.7.7xx code rule reads it).
        Phrases("nb.reputation-microsoft-traffic", C.REPUTATION, (
            "trafikk godtas ikke fra denne ip",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.nb-NO:AlchemyInsights/"
            "antispam-550-5-7-708-service-unavailable-access-denied-traffic-not-accepted.md")),
        # Microsoft's Norwegian (Bokmål) help title for 5.7.750 'Client blocked from sending from unregistered domain' (the 5.7.7xx code rule reads it as reputation).
        Phrases("nb.reputation-microsoft-unregistered-domain", C.REPUTATION, (
            "fra å sende fra uregistrert domene",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.nb-NO:AlchemyInsights/"
            "5-7-750-service-unavailable-client-blocked-from-sending-from-unregistered-d.md")),
        # Microsoft's Norwegian (Bokmål) help title: the account restricted for sending too much spam (5.1.8, the sender blocked).
        Phrases("nb.sender-rejected-exchange-spam", C.SENDER_REJECTED, (
            "sendes for mye søppelpost",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.nb-NO:AlchemyInsights/"
            "sender-blocked-for-sending-too-much-spam.md")),
        # Microsoft's Norwegian (Bokmål) help on Exchange Online's receiving limit: senders get an NDR (5.2.121/5.2.122) saying the mailbox exceeded its maximum delivery threshold.
        Phrases("nb.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "overskredet den maksimale leveringsgrensen",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.nb-NO:AlchemyInsights/"
            "mailbox-receiving-limit.md")),
        Phrases("nb.network-error", C.NETWORK_ERROR, (
            "kunne ikke koble til smtp-vert", "klarte ikke koble til server",
            "tilkoblingen til utgående server", "ble mistet midt i en transaksjon",
            "fikk tidsavbrudd", "smtp connect() mislyktes",
        ), _THUNDERBIRD),
        Phrases("nb.message-too-large", C.MESSAGE_TOO_LARGE, (
            "meldingsstørrelse overskreder", "større enn maksstørrelsen",
        ), _THUNDERBIRD),
        Phrases("nb.too-many-recipients", C.RATE_LIMITED, (
            "tillatte antallet mottakere ble overskredet",
        ), _THUNDERBIRD),
        Phrases("nb.smtputf8", C.CONTENT_REJECTED, (
            "støtter ikke unicode i epostadressen",
        ), _ROUNDCUBE),
        Phrases("nb.sender-rejected", C.SENDER_REJECTED, (
            "følgende avsenderadresse mislyktes",
        ), _PHPMAILER),
        Phrases("nb.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "kontroller at e-postadressen er korrekt",
        ), _TB_L10N, decisive=False),
        Phrases("nb.network-error-thunderbird", C.NETWORK_ERROR, (
            "serveren kan være feilkonfigurert",
        ), _TB_L10N),
        Phrases("nb.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "kunne ikke sette avsender",
        ), _RC_L10N, decisive=False),
        Phrases("nb.mailbox-full-evolution", C.MAILBOX_FULL, (
            "lagringsallokering oversteget",
        ), _EVO_PO),
        Phrases("nb.auth-required-evolution", C.AUTH_REQUIRED, (
            "autentisering kreves",
        ), _EVO_PO),
        Phrases("nb.auth-failed-evolution", C.AUTH_FAILED, (
            "midlertidig autentiseringsfeil", "autentiseringsmekanismen er for svak",
        ), _EVO_PO),
        Phrases("nb.system-full-evolution", C.SYSTEM_FULL, (
            "utilstrekkelig lagringsplass",
        ), _EVO_PO),
        Phrases("nb.sender-rejected-mailman", C.SENDER_REJECTED, (
            "ikke lov til å sende meldinger", "avsender er ikke medlem av listen",
            "må være medlem for å kunne sende",
        ), "jaredmauch/mailman2-python3:messages/no/LC_MESSAGES/mailman.po"),
        # Exchange Online's 5.1.90 NDR (the sender's daily recipient limit), as Microsoft's
        # localized help titles it.
        Phrases("nb.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "daglige grensen for meldingsmottakere",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.nb-NO:AlchemyInsights/5-1-90-your-mess"
            "age-cant-be-sent-daily-limit.md"
        )),
        # glibc's translated strerror texts: ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, EADDRNOTAVAIL,
        # ENETUNREACH, ECONNRESET, ECONNABORTED, ENETDOWN, EHOSTDOWN, gai_strerror's EAI_AGAIN
        # and the resolver's host name lookup failure.
        Phrases("nb.network-error-glibc", C.NETWORK_ERROR, (
            "uoverkommelig feil i navneoppslag",
            "vertsmaskin er nede",
            "nettverket er nede",
            "programvare forårsaket forbindelsesbrudd",
            "oppslag av vertsnavn feilet",
            "oppkobling nektes", "oppkoblingen overskred tidsgrensen",
            "ingen rute til vertsmaskinen", "kan ikke benytte den ønskede adressen",
            "nettverket er ikke tilgjengelig", "forbindelsen brutt i den andre enden",
            "midlertidig feil i navneoppslag",
        ), "bminor/glibc:po/nb.po"),
        # glibc's translated gai_strerror texts (EAI_NONAME, EAI_NODATA) and the resolver's
        # unknown host.
        Phrases("nb.host-unknown-glibc", C.HOST_UNKNOWN, (
            "ukjent vert",
            "navn eller tjeneste ukjent", "ingen adresse assosiert med vertsnavn",
        ), "bminor/glibc:po/nb.po"),
        Phrases("nb.user-unknown-evolution", C.USER_UNKNOWN, (
            "postboks ikke tilgjengelig", "postboksnavn ikke tillatt",
        ), "GNOME/evolution-data-server:po/nb.po", decisive=False),
        Phrases("nb.has-moved-evolution", C.HAS_MOVED, (
            "ikke lokal bruker",
        ), "GNOME/evolution-data-server:po/nb.po"),
        Phrases("nb.syntax-error-evolution", C.SYNTAX_ERROR, (
            "syntaksfeil",
        ), "GNOME/evolution-data-server:po/nb.po", decisive=False),
        Phrases("nb.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "kommando ikke implementert", "kommandoparameter ikke implementert",
        ), "GNOME/evolution-data-server:po/nb.po", decisive=False),
        Phrases("nb.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "tjenesten er ikke tilgjengelig",
        ), "GNOME/evolution-data-server:po/nb.po", decisive=False),
        Phrases("nb.server-error-evolution", C.SERVER_ERROR, (
            "feil i prosessering",
        ), "GNOME/evolution-data-server:po/nb.po", decisive=False),
        Phrases("nb.tls-required-evolution", C.TLS_REQUIRED, (
            "kryptering kreves for forespurt autentiseringsmekanisme",
        ), "GNOME/evolution-data-server:po/nb.po"),
        Phrases("nb.user-unknown-zimbra", C.USER_UNKNOWN, (
            "kontoen finnes ikke",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_no.properties"),
        Phrases("nb.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, (
            "overskrider den tillatte maksimumsstørrelsen",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_no.properties"),
        Phrases("nb.service-unavailable-zimbra", C.SERVICE_UNAVAILABLE, (
            "tjenesten er midlertidig utilgjengelig",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_no.properties", decisive=False),
        Phrases("nb.network-error-zimbra", C.NETWORK_ERROR, (
            "for mange hopp mellom servere",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_no.properties"),
        Phrases("nb.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "meldingen er for stor", "meldingen din er for stor",
        ), "jaredmauch/mailman2-python3:messages/no/LC_MESSAGES/mailman.po"),
        Phrases("nb.too-many-recipients-mailman", C.RATE_LIMITED, (
            "for mange mottakere",
        ), "jaredmauch/mailman2-python3:messages/no/LC_MESSAGES/mailman.po"),
        Phrases("nb.network-error-roundcube-nn", C.NETWORK_ERROR, (
            "tilkopling til tenar feila",
        ), "roundcube/roundcubemail:program/localization/nn_NO/messages.inc"),
        Phrases("nb.auth-failed-roundcube-nn", C.AUTH_FAILED, (
            "autentisering feila",
        ), "roundcube/roundcubemail:program/localization/nn_NO/messages.inc"),
        Phrases("nb.sender-rejected-roundcube-nn", C.SENDER_REJECTED, (
            "klarte ikkje å angje sendar",
        ), "roundcube/roundcubemail:program/localization/nn_NO/messages.inc", decisive=False),
        Phrases("nb.user-unknown-sogo", C.USER_UNKNOWN, (
            "alle mottakeradresser er ugyldige", "følgende mottakeradresser er ugyldige",
        ), "Alinto/sogo:UI/MailerUI/NorwegianBokmal.lproj/Localizable.strings"),
        Phrases("nb.network-error-sogo", C.NETWORK_ERROR, (
            "tilkoblingsproblem med smtp-tjener",
        ), "Alinto/sogo:UI/MailerUI/NorwegianBokmal.lproj/Localizable.strings"),
        Phrases("nb.user-unknown-zimbra-address", C.USER_UNKNOWN, (
            "på grunn av en eller flere ugyldige adresser",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_no.properties", decisive=False),
        Phrases("nb.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "kerberos/gssapi-ticket ble ikke godkjent",
        ), (
            "thunderbird/thunderbird-l10n:nb-NO/mail/chrome/messenger/messengercompose/compos"
            "eMsgs.properties"
        )),
        Phrases("nb.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "tillater ikke passord i klartekst",
        ), (
            "thunderbird/thunderbird-l10n:nb-NO/mail/chrome/messenger/messengercompose/compos"
            "eMsgs.properties"
        )),
        Phrases("nb.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "bruker riktig identitet til å sende",
        ), (
            "thunderbird/thunderbird-l10n:nb-NO/mail/chrome/messenger/messengercompose/compos"
            "eMsgs.properties"
        ), decisive=False),
        Phrases("nb.content-rejected-mailman", C.CONTENT_REJECTED, (
            "meldingens innholdstype", "meldingens filetternavn", "var meldingen tom",
        ), "jaredmauch/mailman2-python3:messages/no/LC_MESSAGES/mailman.po"),
        Phrases("nb.auth-failed-evolution-response", C.AUTH_FAILED, (
            "ugyldig svar på autentisering fra tjener",
        ), "GNOME/evolution-data-server:po/nb.po"),
        Phrases("nb.sender-rejected-evolution", C.SENDER_REJECTED, (
            "senderadresse ikke gyldig",
        ), "GNOME/evolution-data-server:po/nb.po", decisive=False),
        # Thunderbird's note when the server refuses a recipient (RCPT TO): check the recipient's
        # address; the server's own reply, quoted in it, names the reason.
        Phrases("nb.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "kontroller mottakeren",
        ), (
            "thunderbird/thunderbird-l10n:nb-NO/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        ), decisive=False),
        # Roundcube's note when the SMTP server refuses a recipient (smtptoerror); the server's
        # reply, quoted in it, names the reason.
        Phrases("nb.user-unknown-roundcube", C.USER_UNKNOWN, (
            "kunne ikke legge til mottaker",
        ), "roundcube/roundcubemail:program/localization/nb_NO/messages.inc", decisive=False),
        # Thunderbird's note that the server refuses its encrypted-password authentication (the
        # mechanism must change).
        Phrases("nb.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "ut til å støtte krypterte passord",
        ), (
            "thunderbird/thunderbird-l10n:nb-NO/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        # PHPMailer's note on the recipients the SMTP server refused (recipients_failed); the
        # server's reply names the reason.
        Phrases("nb.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "følgende mottakeradresser feilet",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-nb.php", decisive=False),
        # Office 365's Norwegian NDR table, 4.4.316 'Connection refused [Message=Socket error code 10061]'.
        Phrases("nb.network-error-office365", C.NETWORK_ERROR, (
            "tilkobling nektes",
        ), (
            "https://support.office.com/nb-no/article/rapporter-i-office-365-om-manglende-lev"
            "ering-av-e-post-51daa6b9-2e35-49c4-a0c9-df85bf8533c3"
        )),
        # Office 365's Norwegian help on NDR 5.1.10: the address does not exist or was not found.
        Phrases("nb.user-unknown-office365", C.USER_UNKNOWN, (
            "eksisterer ikke eller ble ikke funnet",
        ), (
            "https://support.office.com/nb-no/article/l%C3%B8se-problemer-med-levering-av-e-p"
            "ost-for-feilkode-550-5-1-10-i-office-365-5a04a25a-a34f-476b-afc6-007fb92f86a1?ui"
            "=nb-NO&rs=nb-NO&ad=NO"
        )),
        # Office 365's Norwegian help on NDR 5.7.1: the sender has no permission to send to the recipient or group.
        Phrases("nb.policy-violation-office365", C.POLICY_VIOLATION, (
            "ikke tillatelse til å sende til",
        ), (
            "https://support.office.com/nb-no/article/l%C3%B8se-problemer-med-levering-av-e-p"
            "ost-for-feilkode-550-5-7-1-i-office-365-da1ff375-f88f-4a3e-b81f-06cdb6ecae3c?ui="
            "nb-NO&rs=nb-NO&ad=NO"
        )),
        # Office 365's Norwegian help on NDR 5.7.1: no permission to send through a mail server between sender and recipient.
        Phrases("nb.relay-denied-office365", C.RELAY_DENIED, (
            "ikke tillatelse til å sende e-post via",
        ), (
            "https://support.office.com/nb-no/article/l%C3%B8se-problemer-med-levering-av-e-p"
            "ost-for-feilkode-550-5-7-1-i-office-365-da1ff375-f88f-4a3e-b81f-06cdb6ecae3c?ui="
            "nb-NO&rs=nb-NO&ad=NO"
        )),
        # Microsoft's Norwegian help titles 'Mailbox Quota Exceeded' 'Postbokskvote overskredet'.
        Phrases("nb.mailbox-full-microsoft", C.MAILBOX_FULL, (
            "postbokskvote overskredet",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.nb-NO:AlchemyInsights/mailbox-quota-ex"
            "ceeded.md"
        )),
        # Microsoft's Norwegian help on 550 5.7.511 'Access denied, banned sender': 'Ingen tilgang, utestengt avsender'.
        Phrases("nb.blocklisted-microsoft", C.BLOCKLISTED, (
            "utestengt avsender",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.nb-NO:AlchemyInsights/ip-blocked-for-s"
            "ending-too-much-spam-550-5-7-51.md"
        )),
        # Microsoft's localized help on NDR 550 5.4.1 'Relay Access Denied' names the refusal in this language.
        Phrases("nb.relay-denied-microsoft", C.RELAY_DENIED, (
            "videresendingstilgang nektet",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.nb-NO:AlchemyInsights/antispam-5-4-1-d"
            "beb-catch-all.md"
        )),
        # Microsoft's Norwegian help titles NDR 554 5.2.2 'mailbox full' 'postboksen full'.
        Phrases("nb.mailbox-full-microsoft-ndr", C.MAILBOX_FULL, (
            "postboksen full",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.nb-NO:AlchemyInsights/mailbox-full-error.md"),
        # Microsoft's Norwegian help on 451 4.7.0 'Temporary server error. Please try again later. PRX4'.
        Phrases("nb.server-error-microsoft", C.SERVER_ERROR, (
            "midlertidig serverfeil",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.nb-NO:AlchemyInsights/451-470-temporar"
            "y-server-error.md"
        )),
        # Microsoft's Norwegian help on TLS deprecation: 421 4.4.2 'Connection dropped due to SocketError'.
        Phrases("nb.network-error-microsoft-socket", C.NETWORK_ERROR, (
            "tilkobling ble brutt",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.nb-NO:AlchemyInsights/issues-related-t"
            "o-tls-deprecation.md"
        )),
        # Microsoft's Norwegian help on TLS deprecation: 451 5.7.3 'Must issue a STARTTLS command first'.
        Phrases("nb.tls-required-microsoft", C.TLS_REQUIRED, (
            "utstede en starttls-kommando",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.nb-NO:AlchemyInsights/issues-related-t"
            "o-tls-deprecation.md"
        )),
        # Microsoft's Norwegian help on bulk mail delays: 432 4.3.21 'Mailbox server busy; mail intentionally delayed'.
        Phrases("nb.service-unavailable-microsoft-busy", C.SERVICE_UNAVAILABLE, (
            "postboksserver opptatt",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.nb-NO:AlchemyInsights/temporary-bulk-m"
            "ail-flow-delay.md"
        )),
        # Microsoft's localized help on NDR 5.4.6 / 5.4.14 'Hop count exceeded' (a routing loop, network_error as in
        # generic's English wording).
        Phrases("nb.network-error-microsoft-hop-count", C.NETWORK_ERROR, (
            "antall mellomstasjoner overskredet",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.nb-NO:AlchemyInsights/error-546-5414-h"
            "op-count.md"
        )),
        # SquirrelMail's nb_NO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("nb.service-unavailable-weak-squirrelmail", C.SERVICE_UNAVAILABLE, (
            "lukker kanal",
        ), "sitle/squirrelmail-src:locales/locale/nb_NO/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's nb_NO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("nb.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "passordovergang er nødvendig",
            "autentiseringsmekanisme er for svak",
        ), "sitle/squirrelmail-src:locales/locale/nb_NO/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's nb_NO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("nb.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "postboks utilgjengelig",
        ), "sitle/squirrelmail-src:locales/locale/nb_NO/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's nb_NO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("nb.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "feil under behandling",
            "transaksjonsfeil",
        ), "sitle/squirrelmail-src:locales/locale/nb_NO/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's nb_NO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("nb.system-full-squirrelmail", C.SYSTEM_FULL, (
            "manglende systemkapasitet",
        ), "sitle/squirrelmail-src:locales/locale/nb_NO/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's nb_NO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("nb.bad-sequence-squirrelmail", C.BAD_SEQUENCE, (
            "feil rekkefølge av kommandoer",
        ), "sitle/squirrelmail-src:locales/locale/nb_NO/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's nb_NO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("nb.auth-required-squirrelmail", C.AUTH_REQUIRED, (
            "autentisering nødvendig",
        ), "sitle/squirrelmail-src:locales/locale/nb_NO/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's nb_NO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("nb.auth-failed-weak-squirrelmail", C.AUTH_FAILED, (
            "autentiseringsfeil",
        ), "sitle/squirrelmail-src:locales/locale/nb_NO/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's nb_NO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("nb.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "kryptering nødvendig for ønsket autentiseringsmekanisme",
        ), "sitle/squirrelmail-src:locales/locale/nb_NO/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's nb_NO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("nb.has-moved-squirrelmail", C.HAS_MOVED, (
            "bruker er ikke lokal",
        ), "sitle/squirrelmail-src:locales/locale/nb_NO/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's nb_NO translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("nb.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "overskrider lagringskapasitet",
        ), "sitle/squirrelmail-src:locales/locale/nb_NO/LC_MESSAGES/squirrelmail.po"),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("nb.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "ble avslått av listemoderatoren",
        ), "jaredmauch/mailman2-python3:templates/no/refuse.txt"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("nb.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "holdes foreløpig igjen inntil moderatoren",
        ), "jaredmauch/mailman2-python3:templates/no/postheld.txt"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, Emergency.py, SpamDetect.py): a
        # moderated list, an implicit destination, a restricted list's approval, administrivia, a
        # suspicious header, a post the moderator deemed inappropriate, an emergency hold, a header
        # filter rule.
        Phrases("nb.policy-violation-mailman-moderation", C.POLICY_VIOLATION, (
            "tvilsomt meldingshode", "moderert nyhetsgruppe", "andre implisitte mål",
            "karakterisert som upassende",
            "melding sendt til moderert liste",
            "meldingen har implisitt mål",
            "begrenset liste krever godkjenning",
            "kan ha administrativt innhold",
            "har et mistenkelig meldingshode",
            "nødholdes tilbake for godkjenning",
            "ble avvist av et filter",
        ), "jaredmauch/mailman2-python3:messages/no/LC_MESSAGES/mailman.po"),
        # Mailman 3's hold and rejection reasons about the poster: not a member, banned, no valid sender.
        Phrases("nb.sender-rejected-mailman3-core", C.SENDER_REJECTED, (
            "meldingen er ikke fra et listemedlem",
            "har ingen gyldige avsendere",
        ), "osstech-jp/mailman:src/mailman/messages/nb_NO/LC_MESSAGES/mailman.po"),
        # Mailman 3's moderation hold reasons (moderated member, implicit destination, emergency
        # moderation) and its notice that a post awaits the moderator's approval.
        Phrases("nb.policy-violation-mailman3-core", C.POLICY_VIOLATION, (
            "samsvarte med en hoderegel",
            "i påvente av moderatorgodkjenning",
        ), "osstech-jp/mailman:src/mailman/messages/nb_NO/LC_MESSAGES/mailman.po"),
        # Mailman 3's no_subject rule: the post has no subject.
        Phrases("nb.content-rejected-mailman3-core", C.CONTENT_REJECTED, (
            "meldingen mangler emne",
        ), "osstech-jp/mailman:src/mailman/messages/nb_NO/LC_MESSAGES/mailman.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("nb.network-error-balsa", C.NETWORK_ERROR, ("mistet tilkoblingen",
            "klarte ikke koble til smtp-tjeneren",
        ), "GNOME/balsa:po/nb.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("nb.auth-failed-balsa", C.AUTH_FAILED, ("det er ingen kjente måter å autentisere på",
            "ingen passende autentiseringsmetode",
        ), "GNOME/balsa:po/nb.po"),
        # Claws Mail's translated SMTP session errors (TLS session, connection closed by the remote
        # host, authentication failed).
        Phrases("nb.network-error-claws", C.NETWORK_ERROR, (
            "forbindelsen lukket av nettverksvert",
        ), "eworm-de/claws-mail:po/nb.po"),
        # Claws Mail's translated SMTP session errors (TLS session, connection closed by the remote
        # host, authentication failed).
        Phrases("nb.auth-failed-claws", C.AUTH_FAILED, (
            "autentisering mislyktes",
        ), "eworm-de/claws-mail:po/nb.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("nb.tls-required-claws", C.TLS_REQUIRED, (
            "feil ved tls-oppkobling",
            "ssl/tls-sertifikatet er ugyldig",
        ), "eworm-de/claws-mail:po/nb.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("nb.auth-failed-claws-2", C.AUTH_FAILED, (
            "smtp auth ikke tilgjengelig",
        ), "eworm-de/claws-mail:po/nb.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("nb.tls-required-balsa-session", C.TLS_REQUIRED, ("en ukjent sertifikatutsteder har signert det", "sertifikatet er utgått",
            "tls-forhandling mislyktes",
            "tls påkrevd, men utilgjengelig",
        ), "GNOME/balsa:po/nb.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("nb.network-error-balsa-session", C.NETWORK_ERROR, (
            "klarte ikke nå smtp-tjeneren",
        ), "GNOME/balsa:po/nb.po"),
        # EspoCRM's 'Invalid credentials.' (Email messages.invalidCredentials), shown when the SMTP server refuses the login
        Phrases("nb.auth-failed-espocrm", C.AUTH_FAILED, (
            "ugyldige legitimasjonsopplysninger",
        ), "espocrm/espocrm:application/Espo/Resources/i18n/nb_NO/Email.json"),
        # phpList's translated notice that a campaign was suspended because the message is too large
        Phrases("nb.message-too-large-phplist", C.MESSAGE_TOO_LARGE, (
            "meldingen er for lang",
        ), "phpList/phplist3:public_html/lists/admin/locale/nb/phplist.po"),
        # Joomla 3's Norwegian Bokmål PHPMailer strings (PHPMAILER_*)
        Phrases("nb.auth-failed-joomla3", C.AUTH_FAILED, (
            "kunne ikke autentifisere",
        ), "cuongnd/banhangonline88_joomla:language/nb-NO/nb-NO.ini"),
        # Joomla 3's Norwegian Bokmål PHPMailer strings (PHPMAILER_*)
        Phrases("nb.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "følgende fra-adresse feilet",
        ), "cuongnd/banhangonline88_joomla:language/nb-NO/nb-NO.ini"),
        # Joomla 3's Norwegian Bokmål PHPMailer strings (PHPMAILER_*)
        Phrases("nb.user-unknown-joomla3", C.USER_UNKNOWN, (
            "følgende mottakere feilet",
        ), "cuongnd/banhangonline88_joomla:language/nb-NO/nb-NO.ini", decisive=False),
        # Joomla 3's Norwegian Bokmål PHPMailer strings (PHPMAILER_*)
        Phrases("nb.network-error-joomla3", C.NETWORK_ERROR, (
            "kunne ikke koble til smtp-serveren", "tilkobling feilet",
        ), "cuongnd/banhangonline88_joomla:language/nb-NO/nb-NO.ini"),
        # Microsoft's Norwegian help title for SharePoint's 'Daily email limit exceeded. Workflow is suspended' (the workflow mail refused past the Exchange Online sending limits).
        Phrases("nb.rate-limited-daily-email-workflow", C.RATE_LIMITED, (
            "daglig e-postgrense",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.nb-NO:AlchemyInsights/daily-email-limit-exceeded.md"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("nb.rate-limited-sogo", C.RATE_LIMITED, (
            "sende for mange eposter",
        ), "Alinto/sogo:UI/MailerUI/NorwegianBokmal.lproj/Localizable.strings"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("nb.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "før du sender denne meldingen",
        ), "roundcube/roundcubemail:program/localization/nb_NO/messages.inc"),
        # Kopano's MAPI error text (m4lcommon/Util.cpp, MAPI_E_STORE_FULL), translated: the message store has reached its maximum size.
        Phrases("nb.mailbox-full-kopano", C.MAILBOX_FULL, (
            "meddelsemappen har nådd sin storleksgrensen",
        ), "Kopano-dev/kopano-core:po/nb.po"),
        # Kopano spooler's NDR text (spooler/Spooler.cpp), translated: a fatal error while processing the message, Kopano cannot send it.
        Phrases("nb.server-error-kopano", C.SERVER_ERROR, (
            "oppstått en feil ved å behandle meddelse",
        ), "Kopano-dev/kopano-core:po/nb.po"),
        # Kopano spooler's send-as refusals (spooler/mailer.cpp), translated: the user or group to send as is not found; not allowed to send as them.
        Phrases("nb.sender-rejected-send-as", C.SENDER_REJECTED, (
            "gruppidentitet du forsøkte å sende med",
            "ikke tilatt å sende med andre bruker",
        ), "Kopano-dev/kopano-core:po/nb.po"),
        # Microsoft 365's machine-translated help for 550 5.7.501 'Access denied, spam abuse detected' (AlchemyInsights).
        Phrases("nb.blocklisted-microsoft-spam-abuse", C.BLOCKLISTED, (
            "søppelpostmisbruk",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.nb-NO:AlchemyInsights/error-code-550-5-7-501-access-denied-spam-abuse-detected.md"),
        # Nextcloud Mail's translated SMTP account errors (l10n/): the SMTP server is not reachable; the SMTP connection failed.
        Phrases("nb.network-error-nextcloud-mail", C.NETWORK_ERROR, (
            "smtp-serveren er ikke tilgjengelig",
        ), "nextcloud/mail:l10n/nb.json"),
        # Mailpile's SMTP/IMAP login errors (smtp_client.py, mail_source/): the server refused the
        # login (AUTH or OAuth2), a bad character in the username or password.
        Phrases("nb.auth-failed-mailpile", C.AUTH_FAILED, (
            "tilgang nektet av e-posttjeneren",
            "tegn i brukernavn eller passord",
            "ugyldig brukernavn eller passord",
            "feil brukernavn eller passord",
        ), "mailpile/Mailpile:shared-data/locale/nb_NO/LC_MESSAGES/mailpile.po"),
        # Mailpile's SMTP client: the server refused the envelope sender (MAIL FROM).
        Phrases("nb.sender-rejected-mailpile", C.SENDER_REJECTED, (
            "avviste avsender",
        ), "mailpile/Mailpile:shared-data/locale/nb_NO/LC_MESSAGES/mailpile.po"),
        # Mailpile's SMTP client: the TLS negotiation failed.
        Phrases("nb.tls-required-mailpile", C.TLS_REQUIRED, (
            "sikker tls-tilknytning",
        ), "mailpile/Mailpile:shared-data/locale/nb_NO/LC_MESSAGES/mailpile.po"),
        # Mailpile's connection errors (conn_brokers, smtp_client): could not connect, the
        # connection timed out or was refused, the host unreachable.
        Phrases("nb.network-error-mailpile", C.NETWORK_ERROR, (
            "tidsavbrudd for tilkobling",
            "klarte ikke å koble til",
            "tilkobling nektet",
            "tjeneren kan ikke nås",
        ), "mailpile/Mailpile:shared-data/locale/nb_NO/LC_MESSAGES/mailpile.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): the mailbox quota exceeded.
        Phrases("nb.mailbox-full-evolution-exchange", C.MAILBOX_FULL, (
            "postbokskvote oversteget",
        ), "GNOME/evolution-mapi:po/nb.po; GNOME/evolution-ews:po/nb.po"),
        # Evolution's Exchange back ends (evolution-mapi, evolution-ews): the login at the server failed,
        # the password expired.
        Phrases("nb.auth-failed-evolution-exchange", C.AUTH_FAILED, (
            "klarte ikke å logge inn på tjeneren",
            "passord utløpt",
        ), "GNOME/evolution-mapi:po/nb.po; GNOME/evolution-ews:po/nb.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): no more sessions can be created, the
        # session limit was reached.
        Phrases("nb.too-many-connections-evolution-exchange", C.TOO_MANY_CONNECTIONS, (
            "kan ikke opprette flere økter",
        ), "GNOME/evolution-mapi:po/nb.po; GNOME/evolution-ews:po/nb.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): the account is disabled.
        Phrases("nb.mailbox-disabled-evolution-exchange", C.MAILBOX_DISABLED, (
            "kontoen er deaktivert",
        ), "GNOME/evolution-mapi:po/nb.po; GNOME/evolution-ews:po/nb.po"),
        # Zimbra web client (ZmMsg): the attachment failed because the message would exceed the
        # size limit.
        Phrases("nb.message-too-large-zimbra-web", C.MESSAGE_TOO_LARGE, (
            "overskredet størrelsegrensen",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_no.properties"),
        # Zimbra web client (ZmMsg): the user is not authenticated.
        Phrases("nb.auth-required-zimbra-web", C.AUTH_REQUIRED, (
            "brukeren er uautentisert",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_no.properties"),
        # Zimbra web client (ZmMsg): the mail quota is exceeded.
        Phrases("nb.mailbox-full-zimbra-web", C.MAILBOX_FULL, (
            "overskredet e-postkvoten",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_no.properties"),
        # GLib's GIO network errors (GNOME/glib po/): socket I/O timed out, network or host unreachable,
        # error resolving a host name, could not connect to the proxy server.
        Phrases("nb.network-error-glib-gio", C.NETWORK_ERROR, (
            "tidsavbrudd for i/u mot plugg",
            "nettverk kan ikke nås",
            "kan ikke nå vert",
            "feil ved oppslag av",
            "ute av stand til å slå opp",
            "kunne ikke koble til proxy-tjener",
        ), "GNOME/glib:po/nb.po"),
        # libsoup's translated connection errors (GNOME/libsoup po/): the network stream closed or the
        # connection terminated unexpectedly.
        Phrases("nb.network-error-libsoup", C.NETWORK_ERROR, (
            "nettverksstrømmen ble lukket på uventet vis",
            "tilkoblingen ble brutt uventet",
        ), "GNOME/libsoup:po/nb.po"),
        # Tuta (Tutanota) mail client's errors (src/ui/translations): the number of allowed emails
        # was exceeded, or the allowed attempts; try again later.
        Phrases("nb.rate-limited-tuta", C.RATE_LIMITED, (
            "antall tillatte forsøk er nådd",
            "grensen for antallet tillatte e-postmeldinger",
            "antallet tillatte e-postmeldinger er overskredet",
        ), "tutao/tutanota:src/ui/translations/no.ts"),
        # Tuta (Tutanota) mail client's errors: the storage limit is exceeded, no more mail can be
        # received or sent.
        Phrases("nb.mailbox-full-tuta", C.MAILBOX_FULL, (
            "lagringsgrensen din er overskredet",
        ), "tutao/tutanota:src/ui/translations/no.ts"),
        # Tuta (Tutanota) mail client's errors: the body text exceeds the maximum size limit.
        Phrases("nb.message-too-large-tuta", C.MESSAGE_TOO_LARGE, (
            "størrelse over maksimal grense",
        ), "tutao/tutanota:src/ui/translations/no.ts"),
        # Tuta (Tutanota) client's connection errors: the connection to the server was lost.
        Phrases("nb.network-error-tuta", C.NETWORK_ERROR, (
            "forbindelsen med serveren ble tapt",
        ), "tutao/tutanota:src/ui/translations/no.ts"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("nb.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("tilkobling til server",),
            ("nullstilt", "avbrutt"),
        ), "thunderbird/thunderbird-l10n:nb-NO/mail/chrome/messenger/messenger.properties", window=50),
        # NSFF's help on returned mail ("det er lagt inn en epostadresse som ikke lenger er i
        # drift", "epostadressen ... ikke lenger eksisterer"): the address no longer there.
        Together("nb.together-user-unknown", C.USER_UNKNOWN, (
            ("epostadresse", "e-postadresse", "adresse"),
            ("ikke lenger er i drift", "ikke lenger eksisterer", "eksisterer ikke", "finnes ikke"),
        ), "http://www.nsff.no/cms/hjelp.php?nh_id=526"),
        # Mekke's help on lost mail ("du har fått tildelt en IP-adresse fra din ISP som er
        # svartelistet"): the sending IP or server on a blacklist.
        Together("nb.together-blocklisted", C.BLOCKLISTED, (
            ("ip-adresse", "ip", "mailserver", "e-postserver", "avsenderserver"),
            ("svartelist", "svarteliste"),
        ), "https://www.mekke.no/brukerhjelp-mail-forsvinner-8373s.html"),
        # NTNU's help on a used-up mail quota ("Dersom du overskrider kvoten vil du ikke få lov til
        # å sende eller motta e-post"): the quota exceeded and receiving stopped.
        Together("nb.together-mailbox-full", C.MAILBOX_FULL, (
            ("overskrid", "oppbrukt"),
            ("kvote",),
            ("motta",),
        ), "https://i.ntnu.no/wiki/-/wiki/Norsk/Oppbrukt+epostkvote", window=60),
        # Office 365's Norwegian list of NDR codes (4.4.316: "forsøkene på å koble til serveren
        # mislyktes på grunn av et problem med nettverkstilkoblingen"): connecting to the server
        # failed.
        Together("nb.together-network-error", C.NETWORK_ERROR, (
            ("koble til serveren", "koble til e-postserveren", "koble til mottakerserveren"),
            ("mislyktes", "mislykkes"),
        ), "https://support.office.com/nb-no/article/rapporter-i-office-365-om-manglende-levering-av-e"
           "-post-51daa6b9-2e35-49c4-a0c9-df85bf8533c3"),
        # Microsoft's Norwegian Alchemy Insights article on NDR 5.1.90 ("Avsenderen har overskredet
        # den daglige grensen for mottakerfrekvens"): a daily limit exceeded or reached.
        Together("nb.together-rate-limited", C.RATE_LIMITED, (
            ("overskredet", "nådd"),
            ("daglige grensen", "sendegrense"),
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.nb-NO:AlchemyInsights/5-1-90-your-message-cant-be-sent-dai"
           "ly-limit.md"),
        # Make's help on returned newsletters ("Bad domain": "sendt til et ugyldig eller
        # ikke-eksisterende domene"): the adjective right before the domain ("brukeren finnes ikke
        # på domenet" says a user is missing there).
        Together("nb.together-host-unknown", C.HOST_UNKNOWN, (
            ("ikke-eksisterende",),
            ("domene",),
        ), "https://support.make.as/hvorfor-returnerer-nyhetsbrevet-mitt", window=25),
        # The same help ("Inactive-mailbox": "sendt til en utløpt, inaktiv eller deaktivert
        # e-postkasse"): the mailbox inactive or disabled.
        Together("nb.together-mailbox-disabled", C.MAILBOX_DISABLED, (
            ("inaktiv", "deaktivert", "utløpt"),
            ("e-postkasse", "postkasse", "mailboks"),
        ), "https://support.make.as/hvorfor-returnerer-nyhetsbrevet-mitt"),
        # The same help ("Message-expired": "innenfor de grenser som er satt når det gjelder tid og
        # antall forsøk på å levere e-posten"): delivery attempts used up.
        Together("nb.together-expired", C.EXPIRED, (
            ("antall forsøk", "leveringsforsøk"),
            ("levere", "levert"),
        ), "https://support.make.as/hvorfor-returnerer-nyhetsbrevet-mitt"),
        # The same help ("No-answer-from-host": "vi ikke har fått noe svar fra mottakerens
        # server"): no answer from the receiving server.
        Together("nb.together-network-error-no-answer", C.NETWORK_ERROR, (
            ("ikke har fått noe svar", "ikke fått svar", "svarer ikke"),
            ("server", "tjener"),
        ), "https://support.make.as/hvorfor-returnerer-nyhetsbrevet-mitt", window=50),
    ),
)
