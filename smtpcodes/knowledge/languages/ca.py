"""Catalan (ca): the Catalan SMTP error wording of mail clients that show or quote a server's
refusal: Thunderbird's composeMsgs.properties (thunderbird/thunderbird-l10n), Roundcube's
messages.inc, Evolution's translations of the RFC 5321 reply texts
(GNOME/evolution-data-server po/), and
MailScanner's Catalan sender notices (virus, blocklist, spam).
Also: glibc's translated strerror and resolver texts (bminor/glibc po/), Zimbra's
web-client errors (Zimbra/zm-ajax ZMsg), SOGo's send errors (Alinto/sogo UI/MailerUI),
PHPMailer's language files, Mailman 2's refusals, MailScanner's attachment refusals, Evolution's
RFC 5321 reply texts, Roundcube's regional SMTP errors.
Also: the translated SMTP errors of mail clients, webmails and list managers: Mutt, Claws Mail,
Thunderbird l10n, Evolution's camel-smtp, Sympa, Mailman 2 and 3 hold and rejection reasons,
Mailspring, SnappyMail, Nextcloud Mail, Balsa, FairEmail, CodeIgniter's Email library.
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them.
Also: Geary's, Balsa's, Claws Mail's and Sylpheed's translated send errors, Mailspring's, Nextcloud
Mail's, FairEmail's, Thunderbird for Android's and Delta Chat's translated account and login errors,
where this language has them.
Also: Zimbra's ZMsg and ZmMsg, KDE ksmtp, Mozilla NSS's TLS errors (firefox-l10n
nsserrors.properties), GLib's GIO resolver errors."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_EVO_PO = "GNOME/evolution-data-server:po/ca.po"
_MAILSCANNER = "MailScanner/v5:common/usr/share/MailScanner/reports/ca/"
_RC_L10N = "roundcube/roundcubemail:program/localization/ca_ES/messages.inc"
_TB_L10N = (
    "thunderbird/thunderbird-l10n:ca/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)

LANGUAGE = Language(
    code="ca",
    name="Catalan",
    phrases=(
        # Zimbra's web client (ZmMsg accountInactiveError): the account is temporarily unavailable
        # due to system maintenance.
        Phrases("ca.service-unavailable-zmmsg-maintenance", C.SERVICE_UNAVAILABLE, (
            "el sistema es troba en manteniment",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_ca.properties"),
        # Zimbra's server errors (ZMsg service.UNKNOWN_DOCUMENT): an unknown command was sent to
        # the server.
        Phrases("ca.syntax-error-zimbra-unknown-command", C.SYNTAX_ERROR, (
            "comanda desconeguda al servidor",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ca.properties"),
        # Zimbra's server errors (ZMsg service.RESOURCE_UNREACHABLE): the resource unreachable.
        Phrases("ca.network-error-zimbra-remote", C.NETWORK_ERROR, (
            "el recurs no és accessible",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ca.properties"),
        # Zimbra's server errors (ZMsg im.internal_server_error): an internal server error
        # occurred.
        Phrases("ca.server-error-zimbra-internal", C.SERVER_ERROR, (
            "error intern del servidor",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ca.properties"),
        # Zimbra's server errors (ZMsg: mail.MAINTENANCE, account.MAINTENANCE_MODE): the account is
        # in maintenance mode (the service unavailable for it).
        Phrases("ca.service-unavailable-zimbra-maintenance", C.SERVICE_UNAVAILABLE, (
            "en mode de manteniment",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ca.properties"),
        # Zimbra's server errors (ZMsg: mail.QUOTA_EXCEEDED): the message could not be sent as the
        # mail quota is exceeded.
        Phrases("ca.mailbox-full-zimbra-quota", C.MAILBOX_FULL, (
            "heu excedit la quota disponible",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ca.properties"),
        # GLib's GIO: TLS support is not available (no TLS backend for a GNOME mail client's
        # connection).
        Phrases("ca.tls-required-glib", C.TLS_REQUIRED, (
            "el tls no està implementat",
        ), "GNOME/glib:po/ca.po"),
        # GLib's GIO network errors (the resolver and socket layer of GNOME mail clients such as
        # Evolution, Geary and Balsa): an error resolving a host name (or reverse-resolving an
        # address), temporarily unable to resolve, the connection is closed.
        Phrases("ca.network-error-glib-resolver", C.NETWORK_ERROR, (
            "error en resoldre", "no s'ha pogut resoldre", "la connexió està tancada",
        ), "GNOME/glib:po/ca.po"),
        # Mozilla NSS's TLS errors (nsserrors.properties; Thunderbird reports them when a mail
        # server's TLS fails): no secure communication with the peer (no common cipher, certificate
        # rejected, domain mismatch), the SSL peer rejected or cannot verify the certificate, the
        # peer's certificate expired, revoked or of an unknown issuer, an unsupported security
        # protocol version.
        Phrases("ca.tls-required-nss", C.TLS_REQUIRED, (
            "no es pot comunicar de forma segura", "no s'ha pogut comunicar de forma segura",
            "l'altre extrem de la connexió ssl",
            "versió no implementada del protocol de seguretat",
            "el certificat de l'altre extrem", "l'emissor del certificat de l'altre extrem",
        ), "mozilla-l10n/firefox-l10n:ca/security/manager/chrome/pipnss/nsserrors.properties"),
        # KDE's SMTP library (ksmtp): insufficient storage space on the server (a 452 reply).
        Phrases("ca.system-full-ksmtp", C.SYSTEM_FULL, (
            "espai d'emmagatzematge insuficient al servidor",
        ), "KDE/ksmtp:po/ca/libksmtp6.po"),
        # KDE's SMTP library (ksmtp): the mailbox is unavailable (a 550 reply).
        Phrases("ca.user-unknown-ksmtp", C.USER_UNKNOWN, (
            "bústia de correu no disponible",
        ), "KDE/ksmtp:po/ca/libksmtp6.po"),
        # Zimbra's web client (ZmMsg): the files cannot be attached as the mail quota is exceeded.
        Phrases("ca.mailbox-full-zimbra-web", C.MAILBOX_FULL, (
            "superat la vostra quota de correu",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_ca.properties"),
        # Zimbra's web client (ZmMsg): the attachment failed as the message size would exceed the
        # limit.
        Phrases("ca.message-too-large-zimbra-web", C.MESSAGE_TOO_LARGE, (
            "la mida del missatge superaria",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_ca.properties"),
        # Mailman 3's hold and refusal reasons (rule descriptions) in this language's catalogue.
        Phrases("ca.policy-violation-mailman3-core", C.POLICY_VIOLATION, (
            "conté detalls administrius", "encaixa amb una regla de capçalera", "grup de notícies moderat",
        ), "osstech-jp/mailman:src/mailman/messages/ca/LC_MESSAGES/mailman.po"),
        # MailScanner's notice to the sender of a message deleted as spam for its content and its sending server (sender.spam.report.txt).
        Phrases("ca.spam-content-mailscanner-report", C.SPAM_CONTENT, (
            "detectat com a correu brossa",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/ca/sender.spam.report.txt"),
        # MailScanner's notice put in place of an attachment found infected by a virus.
        Phrases("ca.virus-mailscanner-replaced", C.VIRUS, (
            "infectat per un virus",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/ca/deleted.virus.message.txt"),
        # MailScanner's notice put in place of a message too large to pass (deleted.size.message.txt).
        Phrases("ca.message-too-large-mailscanner-replaced", C.MESSAGE_TOO_LARGE, (
            "era massa gran i s'ha suprimit",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/ca/deleted.size.message.txt"),
        # Mutt's authentication errors (po/): anonymous, CRAM-MD5, GSSAPI, SASL or APOP
        # authentication failed, LOGIN disabled on the server, login failed.
        Phrases("ca.auth-failed-mutt-po", C.AUTH_FAILED, (
            "l’entrada ha fallat", "no es troba habilitada en aquest servidor",
        ), "muttmua/mutt:po/ca.po"),
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write.
        Phrases("ca.network-error-mutt-po", C.NETWORK_ERROR, (
            "s’ha tancat la connexió amb", "no s’ha pogut reconnectar",
            "no s’ha pogut trobar l’amfitrió", "error en connectar amb el servidor",
            "la sessió smtp ha fallat",
        ), "muttmua/mutt:po/ca.po"),
        # Mutt's TLS errors (po/): TLS could not be negotiated, no encrypted connection, SSL
        # failed, the server certificate expired, untrusted or not matching the host name, its
        # verification failed.
        Phrases("ca.tls-required-mutt-po", C.TLS_REQUIRED, (
            "la negociació d’ssl ha fallat", "la comprovació de l’amfitrió del certificat",
            "no concorda amb el del certificat", "error en verificar el certificat",
        ), "muttmua/mutt:po/ca.po"),
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("ca.auth-failed-weak-kimap", C.AUTH_FAILED, (
            "ha fallat l'inici de la sessió", "no s'ha pogut fer l'inici de la sessió",
        ), "KDE/kimap:po/ca/libkimap6.po", decisive=False),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("ca.tls-required-kimap", C.TLS_REQUIRED, (
            "ha fallat la negociació tls", "el protocol inicial de ssl ha fallat",
        ), "KDE/kimap:po/ca/libkimap6.po; KDE/kimap:po/ca@valencia/libkimap6.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("ca.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "no s'ha pogut trobar el servidor",
        ), ("thunderbird/thunderbird-l10n:ca/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("ca.network-error-kdepim", C.NETWORK_ERROR, (
            "el servidor ha finalitzat la connexió", "temps excedit des del servidor",
            "temps límit excedit des del servidor", "connexió trencada des del servidor",
            "desconnectat del servidor durant l'inici de la sessió",
            "heu desconnectat durant l'inici de la sessió",
        ), "KDE/kdepim-runtime:po/ca/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime): an error during authentication, unable
        # to log in to the server.
        Phrases("ca.auth-failed-kdepim", C.AUTH_FAILED, (
            "s'ha produït un error durant l'autenticació", "no s'ha pogut iniciar la sessió",
        ), "KDE/kdepim-runtime:po/ca/akonadi_pop3_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("ca.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "el servidor no està disponible",
        ), "KDE/kdepim-runtime:po/ca/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("ca.tls-required-glib-networking", C.TLS_REQUIRED, (
            "requereix un certificat tls", "no es pot acceptar el certificat tls",
            "no es pot acceptar l'autoritat del certificat tls",
            "no s'ha pogut crear una connexió tls", "l'encaixada tls",
            "la connexió tls s'ha tancat", "no ha enviat cap certificat", "alerta fatal tls",
        ), "GNOME/glib-networking:po/ca.po; GNOME/glib-networking:po/ca@valencia.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("ca.network-error-glib-networking", C.NETWORK_ERROR, (
            "temps d'espera d'entrada/sortida del sòcol", "la connexió està trencada",
        ), "GNOME/glib-networking:po/ca.po; GNOME/glib-networking:po/ca@valencia.po"),
        # Thunderbird's IMAP errors (imapMsgs.properties): an unrecoverable TLS error.
        Phrases("ca.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "error de tls irrecuperable",
        ), "thunderbird/thunderbird-l10n:ca/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the server disconnected.
        Phrases("ca.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "s'ha desconnectat",
        ), "thunderbird/thunderbird-l10n:ca/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): plain-text passwords not allowed
        # (POP3 alike).
        Phrases("ca.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "no permet contrasenyes de text net",
        ), "thunderbird/thunderbird-l10n:ca/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed, the
        # Kerberos/GSSAPI ticket refused.
        Phrases("ca.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "en enviar la contrasenya", "ha acceptat el segell kerberos/gssapi",
        ), "thunderbird/thunderbird-l10n:ca/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("ca.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "establir la connexió tls",
        ), "thunderbird/thunderbird-l10n:ca/mail/chrome/messenger/localMsgs.properties"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("ca.tls-required-k9-check", C.TLS_REQUIRED, (
            "certificat ssl no vàlid",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-ca/strings.xml"),
        # Geary's server-certificate problems (expired, revoked, not activated, unknown authority, insecure, identity mismatch).
        Phrases("ca.tls-required-geary-po", C.TLS_REQUIRED, (
            "el certificat del servidor",
            "la identitat del servidor no coincideix",
        ), "GNOME/geary:po/ca.po"),
        # Geary's 'Could not connect, check your network'.
        Phrases("ca.network-error-geary-po", C.NETWORK_ERROR, (
            "no s'ha pogut fer la connexió",
        ), "GNOME/geary:po/ca.po"),
        # Geary's login problems: check your sending / receiving login and password; an account reported an incorrect login or password.
        Phrases("ca.auth-failed-geary-po", C.AUTH_FAILED, (
            "comproveu l'usuari i contrasenya",
            "comproveu la recepció de l'usuari i la contrasenya",
            "comproveu la vostra adreça de correu i la contrasenya",
            "nom d'usuari o contrasenya incorrecte",
        ), "GNOME/geary:po/ca.po"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("ca.tls-required-weak-k9", C.TLS_REQUIRED, (
            "error de certificat",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-ca/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("ca.network-error-weak-k9", C.NETWORK_ERROR, (
            "error de connexió",
            "error de la xarxa",
            "error de xarxa",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-ca/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-ca/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-ca/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("ca.auth-failed-weak-k9", C.AUTH_FAILED, (
            "error d'autenticació",
            "ha fallat l'autenticació",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-ca/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-ca/strings.xml", decisive=False),
        # Delta Chat's login failure for want of an internet connection.
        Phrases("ca.network-error-deltachat", C.NETWORK_ERROR, (
            "no hi ha connexió a internet",
        ), "deltachat/deltachat-android:src/main/res/values-ca/strings.xml"),
        # Delta Chat's login failure: cannot log in as the address; check the address and the password.
        Phrases("ca.auth-failed-deltachat", C.AUTH_FAILED, (
            "no es pot iniciar la sessió com a",
        ), "deltachat/deltachat-android:src/main/res/values-ca/strings.xml"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("ca.auth-required-kmail", C.AUTH_REQUIRED, (
            "heu de proporcionar un nom d'usuari i una contrasenya",
        ), "KDE/kmailtransport:po/ca/libmailtransport6.po; KDE/kmailtransport:po/ca@valencia/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("ca.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "no permet autenticació",
        ), "KDE/kmailtransport:po/ca/libmailtransport6.po; KDE/kmailtransport:po/ca@valencia/libmailtransport6.po"),
        Phrases("ca.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "heu indicat l'adreça electrònica correcta",
        ), _TB_L10N, decisive=False),
        Phrases("ca.too-many-recipients-thunderbird", C.RATE_LIMITED, (
            "s'ha superat el nombre de destinataris",
        ), _TB_L10N),
        Phrases("ca.message-too-large-thunderbird", C.MESSAGE_TOO_LARGE, (
            "excedeix la mida límit global",
        ), _TB_L10N),
        Phrases("ca.network-error-thunderbird", C.NETWORK_ERROR, (
            "el servidor pot estar configurat de forma incorrecta",
            "ha fallat la connexió amb el servidor de sortida",
            "s'ha perdut la connexió al servidor", "s'ha esgotat el temps d'espera de la connexió",
        ), _TB_L10N),
        Phrases("ca.auth-failed-thunderbird", C.AUTH_FAILED, (
            "no s'ha pogut autenticar al servidor", "no permet el mètode d'autenticació",
        ), _TB_L10N),
        Phrases("ca.network-error-roundcube", C.NETWORK_ERROR, (
            "la connexió al servidor ha fallat",
        ), _RC_L10N),
        Phrases("ca.auth-failed-roundcube", C.AUTH_FAILED, (
            "la identificació ha fallat",
        ), _RC_L10N),
        Phrases("ca.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "com a remitent",
        ), _RC_L10N, decisive=False),
        Phrases("ca.message-too-large-roundcube", C.MESSAGE_TOO_LARGE, (
            "la mida del missatge supera el límit",
        ), _RC_L10N),
        Phrases("ca.mailbox-full-evolution", C.MAILBOX_FULL, (
            "s'ha excedit l'emmagatzematge assignat",
        ), _EVO_PO),
        Phrases("ca.auth-required-evolution", C.AUTH_REQUIRED, (
            "cal autenticació",
        ), _EVO_PO),
        Phrases("ca.auth-failed-evolution", C.AUTH_FAILED, (
            "fallada temporal en l'autenticació", "el mecanisme d'autenticació és massa feble",
        ), _EVO_PO),
        Phrases("ca.system-full-evolution", C.SYSTEM_FULL, (
            "no hi ha prou espai d'emmagatzematge",
        ), _EVO_PO),
        Phrases("ca.virus-mailscanner", C.VIRUS, (
            "el nostre detector de virus ha estat activat", "cap part infectada del missatge",
        ), _MAILSCANNER + "sender.virus.report.txt"),
        Phrases("ca.blocklisted-mailscanner", C.BLOCKLISTED, (
            "en una llista negra pública",
        ), _MAILSCANNER + "sender.spam.rbl.report.txt"),
        Phrases("ca.spam-content-mailscanner", C.SPAM_CONTENT, (
            "indica que probablement és correu spam",
        ), _MAILSCANNER + "sender.spam.sa.report.txt"),
        Phrases("ca.message-too-large-mailscanner", C.MESSAGE_TOO_LARGE, (
            "era massa gran i ha estat suprimit",
        ), _MAILSCANNER + "sender.size.report.txt"),
        Phrases("ca.sender-rejected-mailman", C.SENDER_REJECTED, (
            "prohibit enviar missatges a aquesta llista", "adreça que no pertany a la llista",
            "no se'ls permet enviar missatges",
        ), "jaredmauch/mailman2-python3:messages/ca/LC_MESSAGES/mailman.po"),
        Phrases("ca.user-unknown-sympa", C.USER_UNKNOWN, (
            "no és cap llista de correu coneguda",
        ), "sympa-community/sympa:po/sympa/ca.po"),
        Phrases("ca.sender-rejected-sympa", C.SENDER_REJECTED, (
            "distribució del missatge: denegada l'autorització",
            "no esteu autoritzat a enviar aquest missatge",
            "està restringit als subscriptors de la llista",
        ), "sympa-community/sympa:po/sympa/ca.po"),
        # glibc's translated strerror texts: ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, EADDRNOTAVAIL,
        # ENETUNREACH, ECONNRESET, ECONNABORTED, ENETDOWN, EHOSTDOWN, gai_strerror's EAI_AGAIN
        # and the resolver's host name lookup failure.
        Phrases("ca.network-error-glibc", C.NETWORK_ERROR, (
            "fallada irrecuperable a la resolució de noms",
            "amfitrió no està operatiu",
            "xarxa no és activa",
            "programari ha tallat la connexió",
            "cerca del nom de l'amfitrió ha fallat",
            "s'ha refusat la connexió", "connexió ha expirat",
            "no hi ha cap camí cap a l'amfitrió", "no s'ha pogut assignar l'adreça sol·licitada",
            "xarxa és inabastable", "màquina remota ha reiniciat la connexió",
            "fallada temporal a la resolució de noms",
        ), "bminor/glibc:po/ca.po"),
        # glibc's translated gai_strerror texts (EAI_NONAME, EAI_NODATA) and the resolver's
        # unknown host.
        Phrases("ca.host-unknown-glibc", C.HOST_UNKNOWN, (
            "amfitrió no és conegut",
            "nom o servei no és conegut", "no hi ha cap adreça associada amb el nom d'amfitrió",
        ), "bminor/glibc:po/ca.po"),
        Phrases("ca.user-unknown-evolution", C.USER_UNKNOWN, (
            "no està disponible la bústia de correu",
            "no es pot fer servir aquest nom de bústia de correu",
        ), "GNOME/evolution-data-server:po/ca.po", decisive=False),
        Phrases("ca.has-moved-evolution", C.HAS_MOVED, (
            "l'usuari no és local",
        ), "GNOME/evolution-data-server:po/ca.po"),
        Phrases("ca.syntax-error-evolution", C.SYNTAX_ERROR, (
            "error de sintaxi",
        ), "GNOME/evolution-data-server:po/ca.po", decisive=False),
        Phrases("ca.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "no s'ha implementat l'ordre", "no està implementat el paràmetre de l'ordre",
        ), "GNOME/evolution-data-server:po/ca.po", decisive=False),
        Phrases("ca.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "servei no està disponible",
        ), "GNOME/evolution-data-server:po/ca.po", decisive=False),
        Phrases("ca.server-error-evolution", C.SERVER_ERROR, (
            "s'ha produït un error durant el processament",
        ), "GNOME/evolution-data-server:po/ca.po", decisive=False),
        Phrases("ca.tls-required-evolution", C.TLS_REQUIRED, (
            "mecanisme d'autenticació sol·licitat necessita xifratge",
        ), "GNOME/evolution-data-server:po/ca.po"),
        Phrases("ca.user-unknown-zimbra", C.USER_UNKNOWN, (
            "aquest compte no existeix",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ca.properties"),
        Phrases("ca.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, (
            "supera la mida màxima permesa",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ca.properties"),
        Phrases("ca.network-error-zimbra", C.NETWORK_ERROR, (
            "massa salts entre servidors",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ca.properties"),
        Phrases("ca.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "cos del missatge és massa llarg", "missatge era massa gran",
        ), "jaredmauch/mailman2-python3:messages/ca/LC_MESSAGES/mailman.po"),
        Phrases("ca.too-many-recipients-mailman", C.RATE_LIMITED, (
            "massa destinataris",
        ), "jaredmauch/mailman2-python3:messages/ca/LC_MESSAGES/mailman.po"),
        Phrases("ca.auth-failed-phpmailer", C.AUTH_FAILED, (
            "no s'ha pogut autenticar",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-ca.php"),
        Phrases("ca.network-error-phpmailer", C.NETWORK_ERROR, (
            "no es pot connectar al servidor smtp", "ha fallat el smtp connect()",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-ca.php"),
        Phrases("ca.sender-rejected-phpmailer", C.SENDER_REJECTED, (
            "adreces de remitent han fallat",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-ca.php", decisive=False),
        Phrases("ca.content-rejected-roundcube", C.CONTENT_REJECTED, (
            "no admet caràcters unicode a l'adreça",
        ), "roundcube/roundcubemail:program/localization/ca_ES/messages.inc"),
        Phrases("ca.content-rejected-mailscanner", C.CONTENT_REJECTED, (
            "fitxers adjunts inacceptables",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/ca/sender.filename.report.txt"),
        Phrases("ca.user-unknown-sogo", C.USER_UNKNOWN, (
            "tots els destinataris són incorrectes", "següents adreces són incorrectes",
        ), "Alinto/sogo:UI/MailerUI/Catalan.lproj/Localizable.strings"),
        Phrases("ca.network-error-sogo", C.NETWORK_ERROR, (
            "error al connectar amb el servidor smtp",
        ), "Alinto/sogo:UI/MailerUI/Catalan.lproj/Localizable.strings"),
        Phrases("ca.user-unknown-zimbra-address", C.USER_UNKNOWN, (
            "degut a una adreça no vàlida",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ca.properties", decisive=False),
        Phrases("ca.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "segell kerberos/gssapi no ha sigut acceptat",
        ), (
            "thunderbird/thunderbird-l10n:ca/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("ca.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "no permet les contrasenyes de text net",
        ), (
            "thunderbird/thunderbird-l10n:ca/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("ca.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "utilitzeu la identitat correcta per enviar",
        ), (
            "thunderbird/thunderbird-l10n:ca/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        ), decisive=False),
        Phrases("ca.content-rejected-mailman", C.CONTENT_REJECTED, (
            "tipus de contingut del missatge", "extensió de fitxer del missatge",
            "extensió del missatge no està permesa", "missatga era buit",
        ), "jaredmauch/mailman2-python3:messages/ca/LC_MESSAGES/mailman.po"),
        Phrases("ca.auth-failed-evolution-response", C.AUTH_FAILED, (
            "la resposta d'autenticació del servidor és incorrecta",
        ), "GNOME/evolution-data-server:po/ca.po"),
        Phrases("ca.sender-rejected-evolution", C.SENDER_REJECTED, (
            "adreça del remitent no és vàlida",
        ), "GNOME/evolution-data-server:po/ca.po", decisive=False),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("ca.tls-required-mail-clients", C.TLS_REQUIRED, (
            "error iniciant la connexió starttls",
            "negociació tls fallida",
            "no s'ha pogut iniciar la sessió starttls",
            "no es pot iniciar la sessió starttls",
            "el servidor requereix starttls",
            "starttls ha fallat",
            "no s’ha pogut negociar la connexió tls",
            "no s’ha pogut establir una connexió xifrada",
        ), "eworm-de/claws-mail:po/ca.po; muttmua/mutt:po/ca.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("ca.auth-failed-mail-clients", C.AUTH_FAILED, (
            "cap mètode disponible per a smtp auth",
            "mètode smtp auth seleccionat no està disponible",
            "cal una autenticació més forta",
        ), "eworm-de/claws-mail:po/ca.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("ca.auth-failed-weak-mail-clients", C.AUTH_FAILED, (
            "hi ha hagut un error d'autenticació",
            "autenticació fallida",
            "l’autenticació ha fallat",
        ), "eworm-de/claws-mail:po/ca.po; muttmua/mutt:po/ca.po", decisive=False),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("ca.network-error-mail-clients", C.NETWORK_ERROR, (
            "la connexió ha excedit el temps d'espera",
            "ha excedit el límit de temps",
            "connexió rebutjada",
            "connexió tancada per la màquina remota",
            "el servidor ha tancat la connexió",
        ), "eworm-de/claws-mail:po/ca.po; muttmua/mutt:po/ca.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("ca.network-error-weak-mail-clients", C.NETWORK_ERROR, (
            "no s’ha pogut connectar amb",
        ), "muttmua/mutt:po/ca.po", decisive=False),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("ca.message-too-large-mail-clients", C.MESSAGE_TOO_LARGE, (
            "el missatge és massa gros",
        ), "eworm-de/claws-mail:po/ca.po"),
        # Roundcube refusing a message to more recipients than its limit allows.
        Phrases("ca.rate-limited-roundcube-too-many-recipients", C.RATE_LIMITED, (
            "masses destinataris",
        ), "roundcube/roundcubemail:program/localization/ca_ES/messages.inc"),
        # Roundcube refusing to send again before its minimum interval between messages.
        Phrases("ca.rate-limited-roundcube-sent-too-quickly", C.RATE_LIMITED, (
            "abans d'enviar aquest missatge",
        ), "roundcube/roundcubemail:program/localization/ca_ES/messages.inc"),
        # Thunderbird: STARTTLS required but not offered by the outgoing server.
        Phrases("ca.tls-required-thunderbird-l10n", C.TLS_REQUIRED, (
            "utilitzant starttls, atès que no fa conèixer la característica",
        ), (
            "thunderbird/thunderbird-l10n:ca/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        # Thunderbird: the sender (From:) address or identity is invalid.
        Phrases("ca.sender-rejected-thunderbird-l10n", C.SENDER_REJECTED, (
            "l'adreça del remitent (de:) no és vàlida",
            "la identitat del remitent no és vàlida",
        ), (
            "thunderbird/thunderbird-l10n:ca/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        # Thunderbird: the outgoing server does not take the chosen (encrypted) password method.
        Phrases("ca.auth-failed-thunderbird-l10n", C.AUTH_FAILED, (
            "sembla que no permet contrasenyes xifrades",
        ), (
            "thunderbird/thunderbird-l10n:ca/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        # Evolution's translated SMTP transport errors (camel-smtp-transport): the secure connection,
        # STARTTLS or the authentication type failed; RFC 4954's password transition.
        Phrases("ca.tls-required-weak-evolution-camel", C.TLS_REQUIRED, (
            "en mode segur",
        ), "GNOME/evolution-data-server:po/ca.po", decisive=False),
        # Evolution's translated SMTP transport errors (camel-smtp-transport): the secure connection,
        # STARTTLS or the authentication type failed; RFC 4954's password transition.
        Phrases("ca.tls-required-evolution-camel", C.TLS_REQUIRED, (
            "ha fallat l'ordre starttls",
        ), "GNOME/evolution-data-server:po/ca.po"),
        # Evolution's translated SMTP transport errors (camel-smtp-transport): the secure connection,
        # STARTTLS or the authentication type failed; RFC 4954's password transition.
        Phrases("ca.auth-failed-evolution-camel", C.AUTH_FAILED, (
            "no està implementat el tipus d'autenticació",
            "una transició de la contrasenya",
        ), "GNOME/evolution-data-server:po/ca.po"),
        # Zimbra web client's translated errors (ZMsg): wrong username or password, authentication
        # required, the server cannot be reached or timed out.
        Phrases("ca.auth-failed-zimbra-web", C.AUTH_FAILED, (
            "el nom d’usuari o la contrasenya són incorrectes",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ca.properties"),
        # Zimbra web client's translated errors (ZMsg): wrong username or password, authentication
        # required, the server cannot be reached or timed out.
        Phrases("ca.auth-required-zimbra-web", C.AUTH_REQUIRED, (
            "l’autenticació és obligatòria",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ca.properties"),
        # Zimbra web client's translated errors (ZMsg): wrong username or password, authentication
        # required, the server cannot be reached or timed out.
        Phrases("ca.network-error-zimbra-web", C.NETWORK_ERROR, (
            "no es pot connectar amb el servidor",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ca.properties"),
        # Sympa: the list takes posts only from its moderators, owners, subscribers or local users.
        Phrases("ca.sender-rejected-sympa-lists", C.SENDER_REJECTED, (
            "la distribució de missatges en aquesta llista està restringida",
            "la distribució de missatgea per a aquesta llista està restringida",
        ), "sympa-community/sympa:po/sympa/ca.po"),
        # Sympa: the message is larger than the list's maximum size.
        Phrases("ca.message-too-large-sympa-lists", C.MESSAGE_TOO_LARGE, (
            "missatge massa llarg",
        ), "sympa-community/sympa:po/sympa/ca.po"),
        # Sympa: the address is not a list it knows.
        Phrases("ca.user-unknown-sympa-lists", C.USER_UNKNOWN, (
            "llista desconeguda",
        ), "sympa-community/sympa:po/sympa/ca.po"),
        # Mailman 2 holding or refusing a post for the list's own rules: a moderated list, an implicit
        # destination, possible administrivia, a restricted list, a suspicious header.
        Phrases("ca.policy-violation-mailman-held", C.POLICY_VIOLATION, (
            "envia a la llista moderada",
            "el missatge no va dirigit explícitament a la llista",
            "pot contenir sol·licituts administratives",
            "llista restringida precisa d'aprovació",
            "té una capçalera sospitosa",
        ), "jaredmauch/mailman2-python3:messages/ca/LC_MESSAGES/mailman.po"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("ca.auth-failed-mailspring", C.AUTH_FAILED, (
            "error d'autenticació: comproveu",
            "no admet l'autenticació bàsica d'usuari",
        ), "Foundry376/Mailspring:app/lang/ca.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("ca.network-error-mailspring", C.NETWORK_ERROR, (
            "no es pot connectar al servidor / port",
        ), "Foundry376/Mailspring:app/lang/ca.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("ca.tls-required-mailspring", C.TLS_REQUIRED, (
            "starttls no està disponible",
        ), "Foundry376/Mailspring:app/lang/ca.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("ca.relay-denied-mailspring", C.RELAY_DENIED, (
            "el servidor smtp no retransmetrà un missatge",
        ), "Foundry376/Mailspring:app/lang/ca.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("ca.spam-content-mailspring", C.SPAM_CONTENT, (
            "bloquejat pel filtre de correu brossa",
        ), "Foundry376/Mailspring:app/lang/ca.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("ca.rate-limited-mailspring", C.RATE_LIMITED, (
            "heu superat el vostre límit d'enviament diari",
            "s'ha superat l'ample de banda de gmail",
        ), "Foundry376/Mailspring:app/lang/ca.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("ca.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "conté un fitxer adjunt il·legal",
        ), "Foundry376/Mailspring:app/lang/ca.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("ca.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "massa connexions actives",
        ), "Foundry376/Mailspring:app/lang/ca.json"),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the
        # connection failed; the SMTP credentials were refused.
        Phrases("ca.network-error-nextcloud-mail", C.NETWORK_ERROR, (
            "el servidor smtp no és accessible",
            "la connexió smtp ha fallat",
        ), "nextcloud/mail:l10n/ca.json"),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the
        # connection failed; the SMTP credentials were refused.
        Phrases("ca.auth-failed-nextcloud-mail", C.AUTH_FAILED, (
            "la contrasenya smtp són incorrectes",
        ), "nextcloud/mail:l10n/ca.json"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c).
        Phrases("ca.network-error-balsa", C.NETWORK_ERROR, (
            "no es pot arribar al servidor smtp",
        ), "GNOME/balsa:po/ca.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c).
        Phrases("ca.network-error-weak-balsa", C.NETWORK_ERROR, (
            "s'ha perdut la connexió",
        ), "GNOME/balsa:po/ca.po", decisive=False),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c).
        Phrases("ca.tls-required-balsa", C.TLS_REQUIRED, ("certificat tls trencat", "el certificat ha vençut", "es desconeix l'autoritat de certificació", "s'ha revocat el certificat",
            "no és compatible amb starttls",
        ), "GNOME/balsa:po/ca.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c).
        Phrases("ca.auth-failed-balsa", C.AUTH_FAILED, ("l'autenticació gssapi ha fallat", "no hi ha cap manera d'autenticar-se",
            "no hi ha cap mecanisme d'autenticació adequat",
        ), "GNOME/balsa:po/ca.po"),
        # FairEmail's bare authentication-failure legend.
        Phrases("ca.auth-failed-weak-fairemail", C.AUTH_FAILED, (
            "autenticació ha fallat",
        ), "M66B/FairEmail:app/src/main/res/values-ca-rES/strings.xml", decisive=False),
        # Mailman 3's hold reason: the post exceeds the list's maximum message size.
        Phrases("ca.message-too-large-mailman3", C.MESSAGE_TOO_LARGE, (
            "més gran que la mida màxima de",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/ca/LC_MESSAGES/mailman.p"
            "o"
        )),
        # Mailman 3's hold and rejection reasons about the poster: not a member, banned, no valid sender.
        Phrases("ca.sender-rejected-mailman3", C.SENDER_REJECTED, (
            "no és d'un membre de la llista",
            "està vetat a aquesta llista",
            "no té remitents vàlids",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/ca/LC_MESSAGES/mailman.p"
            "o"
        )),
        # Mailman 3's moderation hold reasons: moderated member, implicit destination, emergency moderation.
        Phrases("ca.policy-violation-mailman3-held", C.POLICY_VIOLATION, (
            "prové d'un membre moderat",
            "té una destinació implícita",
            "moderació d'emergència està en vigor",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/ca/LC_MESSAGES/mailman.p"
            "o"
        )),
        # Mailman 3's notice that a post is held for the moderator.
        Phrases("ca.policy-violation-mailman3-awaits", C.POLICY_VIOLATION, (
            "espera l'aprovació de l'moderador",
            "retingut fins que el moderador de la llista",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/ca/LC_MESSAGES/mailman.p"
            "o"
        )),
        # CodeIgniter's Email library: the server refused the user name, password or credentials.
        Phrases("ca.auth-failed-codeigniter", C.AUTH_FAILED, (
            "error al autenticar el nom d'usuari",
            "error al autenticar la contrassenya",
        ), "bcit-ci/codeigniter3-translations:language/catalan/email_lang.php"),
        # CodeIgniter's Email library: AUTH could not be started; the server's own reply follows and decides.
        Phrases("ca.auth-failed-weak-codeigniter", C.AUTH_FAILED, (
            "error a l'enviar l'ordre auth login",
        ), "bcit-ci/codeigniter3-translations:language/catalan/email_lang.php", decisive=False),
        # Thunderbird: the server's answer to CLIENTID says this device may not send mail.
        Phrases("ca.policy-violation-thunderbird-clientid", C.POLICY_VIOLATION, (
            "el vostre dispositiu no té permís per enviar correu",
        ), (
            "thunderbird/thunderbird-l10n:ca/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        # Roundcube's msgsizeerror: attaching would exceed the maximum message size.
        Phrases("ca.message-too-large-roundcube-attach", C.MESSAGE_TOO_LARGE, (
            "sobrepassat la mida màxima del missatge",
        ), "roundcube/roundcubemail:program/localization/ca_ES/messages.inc"),
        # GNU Mailutils' local delivery refuses, the recipient's mailbox quota or size exceeded
        Phrases("ca.mailbox-full-mailutils", C.MAILBOX_FULL, (
            "s'ha excedit la quota de bústia", "excediria la mida màxima de bústia",
        ),
                "Distrotech/mailutils:po/ca.po"),
        # GNU Mailutils' stream errors, the remote host closed the connection
        Phrases("ca.network-error-mailutils", C.NETWORK_ERROR, (
            "el servidor remot ha tallat la connexió",
        ),
                "Distrotech/mailutils:po/ca.po"),
        # GNU Mailutils' authentication errors, unsupported scheme, failed
        Phrases("ca.auth-failed-mailutils", C.AUTH_FAILED, (
            "l'esquema de autenticació no és suportat", "ha fallat l'autentificació",
        ),
                "Distrotech/mailutils:po/ca.po"),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("ca.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "moderador de la llista ha rebutjat",
        ), "jaredmauch/mailman2-python3:templates/ca/refuse.txt"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("ca.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "fins que el moderador de la llista",
        ), "jaredmauch/mailman2-python3:templates/ca/postheld.txt"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, Emergency.py, SpamDetect.py): a
        # moderated list, an implicit destination, a restricted list's approval, administrivia, a
        # suspicious header, a post the moderator deemed inappropriate, an emergency hold, a header
        # filter rule.
        Phrases("ca.policy-violation-mailman-moderation", C.POLICY_VIOLATION, (
            "capçalera sospitosa", "còpies de carbó ocultes",
            "considerat que el vostre missatge és inapropiat",
            "retenció d'emergència de tot el tràfic",
            "coincideix amb una regla de filtre",
        ), "jaredmauch/mailman2-python3:messages/ca/LC_MESSAGES/mailman.po"),
        # Sympa's translated delivery status notification: the post is over the list's maximum size.
        Phrases("ca.message-too-large-sympa-dsn", C.MESSAGE_TOO_LARGE, (
            "supera la mida màxima",
        ), "sympa-community/sympa:po/sympa/ca.po"),
        # Sympa's translated send-scenario refusals: distribution in the list not allowed, or restricted
        # (to subscribers, moderators, local users).
        Phrases("ca.sender-rejected-sympa-distribution", C.SENDER_REJECTED, (
            "distribució de missatges en aquesta llista no està permesa",
        ), "sympa-community/sympa:po/sympa/ca.po"),
        # Sympa's translated refusal of a MIME multipart post.
        Phrases("ca.content-rejected-sympa", C.CONTENT_REJECTED, (
            "missatges multipar no estan permesos",
        ), "sympa-community/sympa:po/sympa/ca.po"),
        # Sympa's translated reject.tt2 and delivery status notification: the moderator rejected the
        # post, or it was forwarded to the moderators for approval.
        Phrases("ca.policy-violation-sympa", C.POLICY_VIOLATION, (
            "rebutjat pel moderador",
            "s'ha reenviat als moderadors",
        ), "sympa-community/sympa:po/sympa/ca.po"),
        # Mailman 3's list:user:notice:hold and refuse templates: the post is held for the moderator, or
        # the moderator rejected it.
        Phrases("ca.policy-violation-mailman3-notice", C.POLICY_VIOLATION, (
            "rebutjada pel moderador",
        ), "osstech-jp/mailman:src/mailman/templates/ca/list:user:notice:refuse.txt"),
        # Mailman 3's list:user:notice:rejected template: the post was rejected, its reasons listed after
        # (weak: a listed reason's own wording decides).
        Phrases("ca.policy-violation-mailman3-reasons", C.POLICY_VIOLATION, (
            "rebutjat per les següents raons",
        ), "osstech-jp/mailman:src/mailman/templates/ca/list:user:notice:rejected.txt", decisive=False),
        # Mailman 3's no_subject rule: the post has no subject.
        Phrases("ca.content-rejected-mailman3-core", C.CONTENT_REJECTED, (
            "el missatge no té assumpte",
        ), "osstech-jp/mailman:src/mailman/messages/ca/LC_MESSAGES/mailman.po"),
        # Odoo's mail server test: "El seu servidor no sembla suportar SSL, potser hauria de provar
        # d'utilitzar STARTTLS al seu lloc" (the server does not seem to support SSL).
        Phrases("ca.tls-required-odoo", C.TLS_REQUIRED, (
            "no sembla suportar ssl",
        ), "odoo/odoo:odoo/addons/base/i18n/ca/LC_MESSAGES/code.po"),
        # Trojitá's SMTP sender (src/MSA/SMTP.cpp), translated: "Cannot send message due to an
        # SSL/TLS error" ("No s'ha pogut enviar el missatge per un error de l'SSL/TLS").
        Phrases("ca.tls-required-trojita", C.TLS_REQUIRED, (
            "per un error de l'ssl/tls",
        ), "jktjkt/trojita:po/ca/trojita_common.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("ca.tls-required-balsa-session", C.TLS_REQUIRED, (
            "la negociació tls ha fracassat",
            "s'ha sol·licitat el tls però no està disponible",
        ), "GNOME/balsa:po/ca.po"),
        # Geary's untrusted-connection reasons: the server certificate unsigned, mismatched or expired.
        Phrases("ca.tls-required-geary", C.TLS_REQUIRED, (
            "no està signat per una autoritat coneguda",
            "el certificat del servidor ha caducat",
        ), "GNOME/geary:po/ca.po"),
        # PHPMailer's SMTP error: the server refused the recipients listed after it (weak: the server's own reply decides).
        Phrases("ca.user-unknown-phpmailer-recipients", C.USER_UNKNOWN, (
            "els següents destinataris han fallat",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-ca.php", decisive=False),
        # Joomla 3's Catalan PHPMailer strings (PHPMAILER_*)
        Phrases("ca.auth-failed-joomla3", C.AUTH_FAILED, (
            "no es pot autenticar",
        ), "cuongnd/banhangonline88_joomla:language/ca-ES/ca-ES.ini"),
        # Joomla 3's Catalan PHPMailer strings (PHPMAILER_*)
        Phrases("ca.network-error-joomla3", C.NETWORK_ERROR, (
            "error de connexió smtp",
        ), "cuongnd/banhangonline88_joomla:language/ca-ES/ca-ES.ini"),
        # Joomla 3's Catalan PHPMailer strings (PHPMAILER_*)
        Phrases("ca.tls-required-joomla3", C.TLS_REQUIRED, (
            "no s`ha pogut iniciar tls",
        ), "cuongnd/banhangonline88_joomla:language/ca-ES/ca-ES.ini"),
        # Joomla 3's (another pack's) Catalan PHPMailer strings (PHPMAILER_*)
        Phrases("ca.tls-required-joomla3-ddsales", C.TLS_REQUIRED, (
            "no s'ha pogut iniciar tls",
        ), "dwarkesh0204/ddsales:language/ca-ES/ca-ES.ini"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("ca.rate-limited-sogo", C.RATE_LIMITED, (
            "enviar massa correus",
        ), "Alinto/sogo:UI/MailerUI/Catalan.lproj/Localizable.strings"),
        # MailScanner's spam bounce (sender.spam.report): unsolicited commercial mail rejected, detected as junk mail.
        Phrases("ca.spam-content-mailscanner-uce", C.SPAM_CONTENT, (
            "correu electrònic comercial no sol·licitat",
        ), _MAILSCANNER + "sender.spam.report.txt"),
        # Kopano's MAPI error text (m4lcommon/Util.cpp, MAPI_E_STORE_FULL), translated: the message store has reached its maximum size.
        Phrases("ca.mailbox-full-kopano", C.MAILBOX_FULL, (
            "carpeta de missatges està plena",
        ), "Kopano-dev/kopano-core:po/ca.po"),
        # fetchmail's translated SMTP-listener refusals (po/): it doesn't like the recipient address; it rejected the local recipient addresses.
        Phrases("ca.user-unknown-fetchmail", C.USER_UNKNOWN, (
            "no admet l'adreça del destinatari",
            "ha rebutjat les adreces locals de destinació",
        ), "Distrotech/fetchmail:po/ca.po"),
        # fetchmail's translated TLS refusal (po/): TLS is mandatory for this session but the server refused CAPA.
        Phrases("ca.tls-required-fetchmail", C.TLS_REQUIRED, (
            "aquesta sessió requereix tls",
        ), "Distrotech/fetchmail:po/ca.po"),
        # fetchmail's translated login failure (po/): unknown login or authentication error.
        Phrases("ca.auth-failed-fetchmail", C.AUTH_FAILED, (
            "error no identificat de login o autenticació",
        ), "Distrotech/fetchmail:po/ca.po"),
        # fetchmail's translated connect timeout (po/): timeout after N seconds waiting to connect to the server.
        Phrases("ca.network-error-fetchmail", C.NETWORK_ERROR, (
            "temps esgotat després de",
        ), "Distrotech/fetchmail:po/ca.po"),
        # Trojitá's translated IMAP/SMTP login failure (po/): authentication failed, often a bad password or wrong user name.
        Phrases("ca.auth-failed-trojita", C.AUTH_FAILED, (
            "ha fallat en l'autenticació",
        ), "jktjkt/trojita:po/ca/trojita_common.po"),
    ),
    together=(
        # Mutt's authentication errors (po/): anonymous, CRAM-MD5, GSSAPI, SASL or APOP
        # authentication failed, LOGIN disabled on the server, login failed. The address or
        # mechanism between the words.
        Together("ca.together-auth-failed-mutt", C.AUTH_FAILED, (
            ("l’autenticació",),
            ("ha fallat",),
        ), "muttmua/mutt:po/ca.po", window=30),
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write. The address or mechanism between the words.
        Together("ca.together-network-error-mutt", C.NETWORK_ERROR, (
            ("la connexió amb",),
            ("ha expirat",),
        ), "muttmua/mutt:po/ca.po", window=40),
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("ca.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("connectar al servidor", "connexió al servidor"),
            ("no s'ha pogut", "rebutjat", "reiniciat", "interromput"),
        ), "thunderbird/thunderbird-l10n:ca/mail/chrome/messenger/messenger.properties", window=60),
        # The University of Barcelona's Catalan page on its mail service: "Els missatges que
        # superen aquest límit són rebutjats" (the 33 MB maximum size of a message) and "adjuntar
        # un fitxer massa gran"; a message or attachment over the size limit.
        Together("ca.together-message-too-large", C.MESSAGE_TOO_LARGE,
                 (("missatge", "fitxer", "adjunt"),
                  ("massa gran", "superen aquest límit", "supera la mida", "mida màxima permesa")),
                 "https://www.ub.edu/portal/web/iub/correu"),
    ),
)
