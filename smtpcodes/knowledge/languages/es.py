"""Spanish wording of SMTP replies and bounce notices: Exchange's, Lotus Domino's and Google
Groups' Spanish NDR texts, the bounce fragments collected in Alex Borrás's list of Spanish bounce
wordings, and the Spanish Roundcube client strings that quote a server's refusal. Sources:
pastebin NDR copies, alexborras.com,
roundcube/roundcubemail program/localization/es_ES/messages.inc.
Also: Thunderbird's composeMsgs.properties, Evolution's translated RFC 5321 reply texts
(GNOME/evolution-data-server po/), MailScanner's localized sender notices (MailScanner/v5
reports/).
Also: glibc's translated strerror and resolver texts (bminor/glibc po/),
Microsoft's localized Windows Sockets error list (win32-pr desktop-src/WinSock), Zimbra's web-
client errors (Zimbra/zm-ajax ZMsg), SOGo's send errors (Alinto/sogo UI/MailerUI), PHPMailer's
language files, Mailman 2's refusals, MailScanner's attachment refusals, Evolution's RFC 5321
reply texts, Roundcube's regional SMTP errors.
Also: the translated SMTP errors of mail clients, webmails and list managers: Horde IMP and
Horde_Smtp, Kopano, Mutt, Claws Mail, Sylpheed, Thunderbird l10n, Evolution's camel-smtp, Sympa,
Mailman 2 and 3 hold and rejection reasons, Mailspring, SnappyMail, Nextcloud Mail, SquirrelMail,
Balsa, FairEmail, msmtp, Cypht, CodeIgniter's Email library.
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/), SQL
Server Reporting Services' docs quoting .NET's SmtpClient refusal.
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them.
Also: Horde_Imap_Client, Zimbra's ZMsg and ZmMsg, mpop, Mozilla NSS's TLS errors (firefox-l10n
nsserrors.properties, es-ES, es-AR, es-MX), GLib's GIO resolver errors, Afterlogic Aurora's mail
module."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_BORRAS = "https://alexborras.com/errores-y-warnings-habituales-en-retorno-de-email/ab_md/"
_ROUNDCUBE = "roundcube/roundcubemail:program/localization/es_ES/messages.inc"

_EVO_PO = "GNOME/evolution-data-server:po/es.po"
_MAILSCANNER = "MailScanner/v5:common/usr/share/MailScanner/reports/es/"
_RC_L10N = "roundcube/roundcubemail:program/localization/es_ES/messages.inc"
_TB_L10N = (
    "thunderbird/thunderbird-l10n:es-ES/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)

LANGUAGE = Language(
    code="es",
    name="Spanish",
    phrases=(
        # Zimbra's web client (ZmMsg accountInactiveError): the account is temporarily unavailable
        # due to system maintenance.
        Phrases("es.service-unavailable-zmmsg-maintenance", C.SERVICE_UNAVAILABLE, (
            "el sistema se encuentra en mantenimiento",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_es.properties"),
        # Zimbra's web client (ZmMsg errorNotAuthenticated): the user is not authenticated.
        Phrases("es.auth-required-zmmsg", C.AUTH_REQUIRED, (
            "usuario no autenticado",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_es.properties"),
        # Zimbra's server errors (ZMsg service.UNKNOWN_DOCUMENT): an unknown command was sent to
        # the server.
        Phrases("es.syntax-error-zimbra-unknown-command", C.SYNTAX_ERROR, (
            "comando desconocido enviado al servidor",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_es.properties"),
        # Zimbra's server errors (ZMsg service.RESOURCE_UNREACHABLE): the resource unreachable.
        Phrases("es.network-error-zimbra-remote", C.NETWORK_ERROR, (
            "recurso no accesible",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_es.properties"),
        # Zimbra's server errors (ZMsg im.internal_server_error): an internal server error
        # occurred.
        Phrases("es.server-error-zimbra-internal", C.SERVER_ERROR, (
            "error de servidor interno",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_es.properties"),
        # Zimbra's server errors (ZMsg: mail.MAINTENANCE, account.MAINTENANCE_MODE): the account is
        # in maintenance mode (the service unavailable for it).
        Phrases("es.service-unavailable-zimbra-maintenance", C.SERVICE_UNAVAILABLE, (
            "en modo de mantenimiento",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_es.properties"),
        # Zimbra's server errors (ZMsg: mail.QUOTA_EXCEEDED): the message could not be sent as the
        # mail quota is exceeded.
        Phrases("es.mailbox-full-zimbra-quota", C.MAILBOX_FULL, (
            "has excedido el espacio disponible",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_es.properties"),
        # Mozilla NSS's TLS errors in the es-MX catalogue (nsserrors.properties): no secure
        # communication with the peer ('en forma segura').
        Phrases("es.tls-required-nss-es-mx", C.TLS_REQUIRED, (
            "comunicar en forma segura",
        ), "mozilla-l10n/firefox-l10n:es-MX/security/manager/chrome/pipnss/nsserrors.properties"),
        # Mozilla NSS's TLS errors in the es-AR catalogue (nsserrors.properties; Thunderbird
        # reports them when a mail server's TLS fails): no secure communication possible, the peer
        # uses an unsupported security protocol version, the SSL peer closed the connection.
        Phrases("es.tls-required-nss-es-ar", C.TLS_REQUIRED, (
            "no es posible comunicarse de forma segura",
            "versión no soportada del protocolo de seguridad", "el par ssl",
        ), "mozilla-l10n/firefox-l10n:es-AR/security/manager/chrome/pipnss/nsserrors.properties"),
        # Afterlogic WebMail/Aurora mail module: an error connecting to the mail server.
        Phrases("es.network-error-afterlogic", C.NETWORK_ERROR, (
            "error conectando el servidor",
        ), "afterlogic/aurora-module-mail:i18n/Spanish.ini"),
        # Afterlogic WebMail/Aurora mail module: the message cannot be sent, sending to external
        # domains is not allowed (the translation's own spelling).
        Phrases("es.policy-violation-afterlogic", C.POLICY_VIOLATION, (
            "envios a dominios externos",
        ), "afterlogic/aurora-module-mail:i18n/Spanish.ini"),
        # GLib's GIO: TLS support is not available (no TLS backend for a GNOME mail client's
        # connection).
        Phrases("es.tls-required-glib", C.TLS_REQUIRED, (
            "el soporte de tsl",
        ), "GNOME/glib:po/es.po"),
        # GLib's GIO network errors (the resolver and socket layer of GNOME mail clients such as
        # Evolution, Geary and Balsa): an error resolving a host name (or reverse-resolving an
        # address), temporarily unable to resolve, the connection is closed, a timeout, the network
        # unreachable.
        Phrases("es.network-error-glib-resolver", C.NETWORK_ERROR, (
            "error al resolver", "no se puede resolver", "la conexión está cerrada",
            "se alcanzó el tiempo de expiración",
        ), "GNOME/glib:po/es.po"),
        # Mozilla NSS's TLS errors (nsserrors.properties; Thunderbird reports them when a mail
        # server's TLS fails): no secure communication with the peer (no common cipher, certificate
        # rejected, domain mismatch), the SSL peer rejected or cannot verify the certificate, the
        # peer's certificate expired, revoked or of an unknown issuer, an unsupported security
        # protocol version.
        Phrases("es.tls-required-nss", C.TLS_REQUIRED, (
            "no es posible comunicar de forma segura", "no se puede comunicar de forma segura",
            "el otro extremo de la conexión ssl", "el certificado de la otra parte",
            "el emisor del certificado de la otra parte",
            "versión del protocolo de seguridad no admitida",
        ), "mozilla-l10n/firefox-l10n:es-ES/security/manager/chrome/pipnss/nsserrors.properties"),
        # Horde's IMAP/POP3 library (Horde_Imap_Client): no secure connection to the server could
        # be opened, the server offers none, the operation failed for want of one.
        Phrases("es.tls-required-horde-imap", C.TLS_REQUIRED, (
            "no se puede iniciar una conexión segura", "no admite conexiones seguras",
            "la inexistencia de una conexión segura",
        ), "horde/Imap_Client:locale/es/LC_MESSAGES/Horde_Imap_Client.po"),
        # Horde_Imap_Client: an error communicating with the mail server; the server rejected the
        # connection.
        Phrases("es.network-error-horde-imap", C.NETWORK_ERROR, (
            "error al comunicar con el servidor", "el servidor rechazó la conexión",
        ), "horde/Imap_Client:locale/es/LC_MESSAGES/Horde_Imap_Client.po"),
        # Horde_Imap_Client: the operation failed as the quota on the mail server is exceeded.
        Phrases("es.mailbox-full-horde-imap", C.MAILBOX_FULL, (
            "ha excedido su cuota",
        ), "horde/Imap_Client:locale/es/LC_MESSAGES/Horde_Imap_Client.po"),
        # Horde_Imap_Client: the server does not support an extension (or a command on POP3
        # servers).
        Phrases("es.not-implemented-horde-imap", C.NOT_IMPLEMENTED, (
            "no admite la extensión", "no está soportado en servidores",
        ), "horde/Imap_Client:locale/es/LC_MESSAGES/Horde_Imap_Client.po"),
        # Horde_Imap_Client: an unknown authentication method, an unexpected reply while
        # authenticating, expired credentials, authorization failed.
        Phrases("es.auth-failed-horde-imap", C.AUTH_FAILED, (
            "método de autentificación desconocido",
            "respuesta inesperada del servidor al autentificar",
            "las credenciales de autentificación han caducado", "pero falló la autorización",
        ), "horde/Imap_Client:locale/es/LC_MESSAGES/Horde_Imap_Client.po"),
        # Horde_Imap_Client: the remote server is temporarily unavailable.
        Phrases("es.service-unavailable-horde-imap", C.SERVICE_UNAVAILABLE, (
            "no está disponible temporalmente",
        ), "horde/Imap_Client:locale/es/LC_MESSAGES/Horde_Imap_Client.po"),
        # Zimbra's web client (ZmMsg): the attachment failed as the item would exceed the size
        # limit; the attachment is too big.
        Phrases("es.message-too-large-zimbra-web", C.MESSAGE_TOO_LARGE, (
            "excedería el tamaño límite", "archivo adjunto demasiado grande",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_es.properties"),
        # Zimbra's web client (ZmMsg): the files cannot be attached as the storage space is
        # exceeded.
        Phrases("es.mailbox-full-zimbra-web", C.MAILBOX_FULL, (
            "has excedido el espacio de",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_es.properties"),
        # mpop (POP3 client): the POP3 server does not support the TOP or CAPA command (the
        # translation's own spelling).
        Phrases("es.not-implemented-mpop", C.NOT_IMPLEMENTED, (
            "no admite la orden", "no sooporta la orden",
        ), "marlam/mpop:po/es.po"),
        # mpop (POP3 client): the POP3 server does not support TLS via the STLS command.
        Phrases("es.tls-required-mpop", C.TLS_REQUIRED, (
            "no admite tls a través de la orden",
        ), "marlam/mpop:po/es.po"),
        # Mailman 3's hold and refusal reasons (rule descriptions) in this language's catalogue.
        Phrases("es.policy-violation-mailman3-core", C.POLICY_VIOLATION, (
            "contiene administrivia", "encaja con una regla de cabecera",
        ), "osstech-jp/mailman:src/mailman/messages/es/LC_MESSAGES/mailman.po"),
        # MailScanner's notice to the sender of a message deleted as spam for its content and its sending server (sender.spam.report.txt).
        Phrases("es.spam-content-mailscanner-report", C.SPAM_CONTENT, (
            "identificado como spam", "correo electrónico no solicitado",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/es/sender.spam.report.txt"),
        # MailScanner's notice put in place of an attachment found infected by a virus.
        Phrases("es.virus-mailscanner-replaced", C.VIRUS, (
            "infectado por un virus",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/es/deleted.virus.message.txt"),
        # MailScanner's notice put in place of an attachment of a type this site does not accept (deleted.filename.message.txt).
        Phrases("es.content-rejected-mailscanner-replaced", C.CONTENT_REJECTED, (
            "lista de anexos inaceptables",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/es/deleted.filename.message.txt"),
        # Thunderbird's account setup errors (accountCreationModel.properties): unable to log in
        # at the server, probably a wrong configuration, username or password.
        Phrases("es.auth-failed-thunderbird-setup", C.AUTH_FAILED, (
            "no se puede ingresar al servidor", "no se puede iniciar sesión en el servidor",
            "imposible iniciar sesión en el servidor",
        ), ("thunderbird/thunderbird-l10n:es-ES/mail/chrome/messenger/accountCreationModel.pr"
            "operties")),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("es.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "no se puede encontrar el servidor", "no se puede encontrar un servidor",
        ), ("thunderbird/thunderbird-l10n:es-ES/mail/chrome/messenger/accountCreationModel.pr"
            "operties")),
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("es.auth-failed-weak-kimap", C.AUTH_FAILED, (
            "el inicio de sesión ha fallado",
        ), "KDE/kimap:po/es/libkimap6.po", decisive=False),
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("es.auth-failed-kimap", C.AUTH_FAILED, (
            "el inicio de sesión sencillo está desactivado",
        ), "KDE/kimap:po/es/libkimap6.po"),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("es.tls-required-kimap", C.TLS_REQUIRED, (
            "el diálogo ssl ha fallado",
        ), "KDE/kimap:po/es/libkimap6.po"),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("es.network-error-kdepim-terminated", C.NETWORK_ERROR, (
            "ha terminado la conexión", "tiempo de espera agotado",
        ), "KDE/kdepim-runtime:po/es/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("es.network-error-kdepim", C.NETWORK_ERROR, (
            "no es posible conectar al servidor", "no es posible conectarse al servidor",
            "desconectado del servidor durante el inicio de sesión",
            "desconectado durante el inicio de sesión",
        ), "KDE/kdepim-runtime:po/es/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime): an error during authentication, unable
        # to log in to the server.
        Phrases("es.auth-failed-kdepim", C.AUTH_FAILED, (
            "ha ocurrido un error durante la autenticación",
            "no es posible iniciar sesión en el servidor",
        ), "KDE/kdepim-runtime:po/es/akonadi_pop3_resource.po"),
        # KDE's Akonadi POP3 resource (kdepim-runtime): an SSL/TLS error.
        Phrases("es.tls-required-kdepim", C.TLS_REQUIRED, (
            "error de ssl/tls",
        ), "KDE/kdepim-runtime:po/es/akonadi_pop3_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("es.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "el servidor no está disponible",
        ), "KDE/kdepim-runtime:po/es/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("es.tls-required-glib-networking", C.TLS_REQUIRED, (
            "requiere un certificado tls", "certificado tls inaceptable",
            "no se pudo crear la conexión tls", "negociación tls",
            "la conexión tls se cerró inesperadamente", "no envió un certificado",
            "alerta fatal de tls",
        ), "GNOME/glib-networking:po/es.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("es.network-error-glib-networking", C.NETWORK_ERROR, (
            "expiró la e/s del socket", "la conexión está rota",
        ), "GNOME/glib-networking:po/es.po"),
        # Thunderbird's IMAP errors (imapMsgs.properties): a TLS error that cannot be overridden
        # (es-AR, es-MX; es-ES 'ignorado').
        Phrases("es.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "error de tls que no puede ser anulado", "error de tls que no puede ser ignorado",
        ), "thunderbird/thunderbird-l10n:es-ES/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): plain-text or encrypted passwords not
        # supported, the Kerberos/GSSAPI ticket refused, the method not supported (es-ES, es-AR,
        # es-MX; POP3 alike).
        Phrases("es.auth-failed-thunderbird-imap-password", C.AUTH_FAILED, (
            "contraseñas en texto plano", "contraseñas sin cifrar",
            "no soportar contraseñas cifradas", "el ticket kerberos/gssapi no fue aceptado",
            "no admite el método de identificación",
        ), "thunderbird/thunderbird-l10n:es-ES/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed (es-ES,
        # es-AR, es-MX).
        Phrases("es.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "envío de la contraseña", "envío de contraseña",
        ), "thunderbird/thunderbird-l10n:es-ES/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("es.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "no se puede establecer una conexión tls",
        ), "thunderbird/thunderbird-l10n:es-ES/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's connection failed or timed out (messenger.properties, es-MX).
        Phrases("es.network-error-thunderbird-connection-mx", C.NETWORK_ERROR, (
            "ha fallado al conectar al servidor", "el tiempo de espera para el servidor",
        ), "thunderbird/thunderbird-l10n:es-MX/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's connection timeout (messenger.properties, es-AR; es-ES alike).
        Phrases("es.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "se agotó el tiempo de espera", "superó el tiempo de espera",
            "superado el tiempo de espera",
        ), "thunderbird/thunderbird-l10n:es-AR/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's OAuth2 error: authentication failure while connecting (es-AR; es-ES
        # alike).
        Phrases("es.auth-failed-thunderbird-connection", C.AUTH_FAILED, (
            "falla de autenticación conectándose", "fallo de identificación al conectarse",
        ), "thunderbird/thunderbird-l10n:es-AR/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): authentication failure while
        # connecting (es-MX).
        Phrases("es.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "autenticación fallada",
        ), "thunderbird/thunderbird-l10n:es-MX/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the server cut the connection or
        # disconnected (es-ES, es-AR, es-MX).
        Phrases("es.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "cortó la conexión", "cortado la conexión", "se ha desconectado",
        ), "thunderbird/thunderbird-l10n:es-ES/mail/chrome/messenger/imapMsgs.properties"),
        # Roundcube's 'Message size exceeds server limit' and 'Maximum size of a message exceeded' (attaching a file).
        Phrases("es.message-too-large-roundcube-attach-ar", C.MESSAGE_TOO_LARGE, (
            "se excedió el tamaño máximo",
        ), "roundcube/roundcubemail:program/localization/es_AR/messages.inc"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("es.auth-required-kmail", C.AUTH_REQUIRED, (
            "necesita proporcionar un nombre de usuario y una contraseña",
        ), "KDE/kmailtransport:po/es/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("es.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "no implementa autenticación",
        ), "KDE/kmailtransport:po/es/libmailtransport6.po"),
        Phrases("es.user-unknown", C.USER_UNKNOWN, (
            "usuario desconocido", "usuario inexistente", "no se encuentra en la libreta",
            "no se pudo encontrar la dirección de correo",
        ), _BORRAS + "; https://www.inboxally.com/es/blog/el-codigo-de-error-550-5-1-1; "
           "https://pastebin.com/JHaPQHk7"),
        Phrases("es.mailbox-full", C.MAILBOX_FULL, (
            "correo lleno", "buzón del destinatario está lleno",
        ), _BORRAS + "; https://pastebin.com/HGKcccQU"),
        Phrases("es.mailbox-disabled", C.MAILBOX_DISABLED, (
            "ha expirado por falta de uso",
        ), _BORRAS),
        Phrases("es.expired", C.EXPIRED, ("tiempo de entrega vencido",), _BORRAS),
        Phrases("es.auth-failed", C.AUTH_FAILED, (
            "ha fallado la autenticación", "ha fallado la autenticacion",
        ), _ROUNDCUBE),
        Phrases("es.network-error", C.NETWORK_ERROR, (
            "ha fallado la conexión al servidor", "ha fallado la conexion al servidor",
        ), _ROUNDCUBE),
        Phrases("es.message-too-large", C.MESSAGE_TOO_LARGE, (
            "tamaño de mensaje excede", "tamaño máximo del mensaje",
            "tamano de mensaje excede",
        ), _ROUNDCUBE),
        Phrases("es.content-rejected", C.CONTENT_REJECTED, (
            "no soporta unicode en la dirección",
        ), _ROUNDCUBE),
        Phrases("es.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "es correcta en las preferencias de su cuenta",
        ), _TB_L10N, decisive=False),
        Phrases("es.too-many-recipients-thunderbird", C.RATE_LIMITED, (
            "exceder el número permitido de destinatarios",
        ), _TB_L10N),
        Phrases("es.message-too-large-thunderbird", C.MESSAGE_TOO_LARGE, (
            "excede el límite global de tamaño",
        ), _TB_L10N),
        Phrases("es.network-error-thunderbird", C.NETWORK_ERROR, (
            "el servidor puede estar mal configurado", "se perdió en mitad de la transacción",
            "ha caducado la conexión al servidor",
        ), _TB_L10N),
        Phrases("es.auth-failed-thunderbird", C.AUTH_FAILED, (
            "no se puede identificar al servidor de salida",
            "no admite el mecanismo de identificación",
        ), _TB_L10N),
        Phrases("es.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "no se pudo asignar el remitente",
        ), _RC_L10N, decisive=False),
        Phrases("es.mailbox-full-evolution", C.MAILBOX_FULL, (
            "excedió la capacidad de almacenamiento",
        ), _EVO_PO),
        Phrases("es.auth-required-evolution", C.AUTH_REQUIRED, (
            "autenticación requerida",
        ), _EVO_PO),
        Phrases("es.auth-failed-evolution", C.AUTH_FAILED, (
            "falló temporal en la autenticación", "método de autenticación es demasiado débil",
        ), _EVO_PO),
        Phrases("es.system-full-evolution", C.SYSTEM_FULL, (
            "la capacidad del sistema es insuficiente",
        ), _EVO_PO),
        Phrases("es.virus-mailscanner", C.VIRUS, (
            "nuestro detector de virus ha sido activado",
            "partes del mensaje que estaban infectadas",
        ), _MAILSCANNER + "sender.virus.report.txt"),
        Phrases("es.blocklisted-mailscanner", C.BLOCKLISTED, (
            "en una lista negra pública",
        ), _MAILSCANNER + "sender.spam.rbl.report.txt"),
        Phrases("es.spam-content-mailscanner", C.SPAM_CONTENT, (
            "su mensaje indica que probablemente es spam",
        ), _MAILSCANNER + "sender.spam.sa.report.txt"),
        Phrases("es.sender-rejected-mailman", C.SENDER_REJECTED, (
            "prohibido mandar mensajes a esta lista", "dirección que no pertenece a la lista",
            "no se les permite mandar mensajes",
        ), "jaredmauch/mailman2-python3:messages/es/LC_MESSAGES/mailman.po"),
        Phrases("es.user-unknown-sympa", C.USER_UNKNOWN, (
            "dirección no se reconoce en la lista",
        ), "sympa-community/sympa:po/sympa/es.po"),
        Phrases("es.sender-rejected-sympa", C.SENDER_REJECTED, (
            "distribución del mensaje: autorización denegada",
            "no tienes permiso para enviar este mensaje", "está restringida a los suscriptores",
        ), "sympa-community/sympa:po/sympa/es.po"),
        # Exchange Online's 5.1.90 NDR (the sender's daily recipient limit), as Microsoft's
        # localized help titles it.
        Phrases("es.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "límite diario de destinatarios",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.es-ES:AlchemyInsights/5-1-90-your-mess"
            "age-cant-be-sent-daily-limit.md"
        )),
        # Outlook's Spanish relay refusal, as Microsoft's Spanish help quotes it.
        Phrases("es.relay-denied-outlook", C.RELAY_DENIED, (
            "retransmisión denegada",
        ), (
            "https://support.microsoft.com/es-es/office/recibo-un-error-550-553-o-retransmisi"
            "%C3%B3n-prohibido-al-enviar-mensajes-de-correo-electr%C3%B3nico-65b494a4-0a15-43"
            "3e-829f-e73651e0245e?ui=es-es&rs=es-es&ad=es"
        )),
        # Gmail's Spanish help on returned mail, naming the errors its bounces give.
        Phrases("es.rate-limited-gmail", C.RATE_LIMITED, (
            "alcanzaste el límite para enviar correos",
        ), "https://support.google.com/mail/answer/6596?hl=es-419&ref_topic=2467017"),
        Phrases("es.mailbox-full-gmail", C.MAILBOX_FULL, (
            "bandeja recibidos del destinatario no tiene espacio",
        ), "https://support.google.com/mail/answer/6596?hl=es-419&ref_topic=2467017"),
        Phrases("es.user-unknown-gmail", C.USER_UNKNOWN, (
            "dirección de correo electrónico del destinatario no existe",
        ), "https://support.google.com/mail/answer/6596?hl=es-419&ref_topic=2467017"),
        # glibc's translated strerror texts: ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, EADDRNOTAVAIL,
        # ENETUNREACH, ECONNRESET, ECONNABORTED, ENETDOWN, EHOSTDOWN, gai_strerror's EAI_AGAIN
        # and the resolver's host name lookup failure.
        Phrases("es.network-error-glibc", C.NETWORK_ERROR, (
            "fallo irrecuperable en la resolución del nombre",
            "red no está activa",
            "programa provocó el fin de la conexión",
            "nombre de `host' no encontrado",
            "conexión rehusada", "expiró el tiempo de conexión", "no existe ninguna ruta hasta el",
            "no se puede asignar la dirección solicitada", "red es inaccesible",
            "conexión reinicializada por la máquina remota",
            "fallo temporal en la resolución del nombre",
        ), "bminor/glibc:po/es.po"),
        # glibc's translated gai_strerror texts (EAI_NONAME, EAI_NODATA) and the resolver's
        # unknown host.
        Phrases("es.host-unknown-glibc", C.HOST_UNKNOWN, (
            "nombre o servicio desconocido", "no existe ninguna dirección asociada al nombre",
        ), "bminor/glibc:po/es.po"),
        # Microsoft's Windows Sockets error list in this language (WSAECONNREFUSED 10061,
        # WSAETIMEDOUT 10060, WSAEHOSTUNREACH 10065, WSAEADDRNOTAVAIL 10049, WSAECONNRESET 10054,
        # WSAENETDOWN 10050 to WSAECONNABORTED 10053),
        # as Windows MTAs and mail clients quote the socket error of a failed delivery.
        Phrases("es.network-error-winsock", C.NETWORK_ERROR, (
            "red está sin conexión",
            "software anuló una conexión establecida",
            "software provocó la anulación de la conexión",
            "conexión rechazada", "equipo de destino la rechazó activamente",
            "tiempo de espera de la conexión", "parte conectada no respondió",
            "no hay ninguna ruta para hospedar", "host inalcanzable",
            "dirección solicitada no es válida", "no se puede acceder a la red",
            "forzó el cierre de la conexión existente",
        ), "isabella232/win32-pr.es-es:desktop-src/WinSock/windows-sockets-error-codes-2.md"),
        # Windows' own Spanish text of WSAECONNREFUSED (10061), as users paste it.
        Phrases("es.network-error-winsock-real", C.NETWORK_ERROR, (
            "equipo de destino denegó expresamente",
        ), "https://github.com/IIC2233/Syllabus-2024-1/issues/543"),
        Phrases("es.user-unknown-evolution", C.USER_UNKNOWN, (
            "buzón no está disponible", "nombre no permitido para el buzón",
        ), "GNOME/evolution-data-server:po/es.po", decisive=False),
        Phrases("es.has-moved-evolution", C.HAS_MOVED, (
            "usuario no es local",
        ), "GNOME/evolution-data-server:po/es.po"),
        Phrases("es.syntax-error-evolution", C.SYNTAX_ERROR, (
            "error de sintaxis",
        ), "GNOME/evolution-data-server:po/es.po", decisive=False),
        Phrases("es.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "comando no implementado",
        ), "GNOME/evolution-data-server:po/es.po", decisive=False),
        Phrases("es.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "servicio no disponible",
        ), "GNOME/evolution-data-server:po/es.po", decisive=False),
        Phrases("es.server-error-evolution", C.SERVER_ERROR, (
            "error en procesamiento",
        ), "GNOME/evolution-data-server:po/es.po", decisive=False),
        Phrases("es.tls-required-evolution", C.TLS_REQUIRED, (
            "cifrado requerida por el mecanismo de autenticación pedido",
        ), "GNOME/evolution-data-server:po/es.po"),
        Phrases("es.user-unknown-zimbra", C.USER_UNKNOWN, (
            "esa cuenta no existe",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_es.properties"),
        Phrases("es.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, (
            "supera el tamaño máximo permitido",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_es.properties"),
        Phrases("es.network-error-zimbra", C.NETWORK_ERROR, (
            "demasiadas conexiones entre servidores",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_es.properties"),
        Phrases("es.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "mensaje es demasiado grande",
        ), "jaredmauch/mailman2-python3:messages/es/LC_MESSAGES/mailman.po"),
        Phrases("es.too-many-recipients-mailman", C.RATE_LIMITED, (
            "demasiados destinatarios",
        ), "jaredmauch/mailman2-python3:messages/es/LC_MESSAGES/mailman.po"),
        Phrases("es.auth-failed-phpmailer", C.AUTH_FAILED, (
            "imposible autentificar",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-es.php"),
        Phrases("es.network-error-phpmailer", C.NETWORK_ERROR, (
            "imposible conectar al servidor smtp", "smtp connect() falló",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-es.php"),
        Phrases("es.sender-rejected-phpmailer", C.SENDER_REJECTED, (
            "siguiente dirección de remitente falló",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-es.php", decisive=False),
        Phrases("es.network-error-roundcube-419", C.NETWORK_ERROR, (
            "ha fallado la conexión con el servidor",
        ), "roundcube/roundcubemail:program/localization/es_419/messages.inc"),
        Phrases("es.auth-failed-roundcube-419", C.AUTH_FAILED, (
            "error de autenticación",
        ), "roundcube/roundcubemail:program/localization/es_419/messages.inc"),
        Phrases("es.sender-rejected-roundcube-419", C.SENDER_REJECTED, (
            "fallo en establecer remitente",
        ), "roundcube/roundcubemail:program/localization/es_419/messages.inc", decisive=False),
        Phrases("es.network-error-roundcube-ar", C.NETWORK_ERROR, (
            "conexión al servidor falló",
        ), "roundcube/roundcubemail:program/localization/es_AR/messages.inc"),
        Phrases("es.auth-failed-roundcube-ar", C.AUTH_FAILED, (
            "falló la autentificación",
        ), "roundcube/roundcubemail:program/localization/es_AR/messages.inc"),
        Phrases("es.sender-rejected-roundcube-ar", C.SENDER_REJECTED, (
            "no se pudo establecer el remitente",
        ), "roundcube/roundcubemail:program/localization/es_AR/messages.inc", decisive=False),
        Phrases("es.content-rejected-roundcube-ar", C.CONTENT_REJECTED, (
            "no soporta unicode en las direcciones de correo",
        ), "roundcube/roundcubemail:program/localization/es_AR/messages.inc"),
        Phrases("es.message-too-large-roundcube-ar", C.MESSAGE_TOO_LARGE, (
            "mensaje excede el límite del servidor",
        ), "roundcube/roundcubemail:program/localization/es_AR/messages.inc"),
        Phrases("es.content-rejected-mailscanner", C.CONTENT_REJECTED, (
            "lista de archivos no aceptados",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/es/sender.filename.report.txt"),
        Phrases("es.user-unknown-sogo", C.USER_UNKNOWN, (
            "ninguno de los destinatarios es válido", "siguientes direcciones no son válidas",
            "todos los destinatarios han sido descartados", "destinatarios descartados",
        ), (
            "Alinto/sogo:UI/MailerUI/SpanishArgentina.lproj/Localizable.strings; Alinto/sogo:"
            "UI/MailerUI/SpanishSpain.lproj/Localizable.strings"
        )),
        Phrases("es.network-error-sogo", C.NETWORK_ERROR, (
            "error de conexión mientras se trataba de conectar",
        ), "Alinto/sogo:UI/MailerUI/SpanishArgentina.lproj/Localizable.strings"),
        Phrases("es.user-unknown-zimbra-address", C.USER_UNKNOWN, (
            "debido a una dirección no válida",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_es.properties", decisive=False),
        Phrases("es.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "tique kerberos/gssapi no ha sido aceptado",
        ), (
            "thunderbird/thunderbird-l10n:es-ES/mail/chrome/messenger/messengercompose/compos"
            "eMsgs.properties"
        )),
        Phrases("es.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "no admite contraseñas no cifradas",
        ), (
            "thunderbird/thunderbird-l10n:es-ES/mail/chrome/messenger/messengercompose/compos"
            "eMsgs.properties"
        )),
        Phrases("es.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "está usando la identidad correcta para el envío",
        ), (
            "thunderbird/thunderbird-l10n:es-ES/mail/chrome/messenger/messengercompose/compos"
            "eMsgs.properties"
        ), decisive=False),
        Phrases("es.content-rejected-mailman", C.CONTENT_REJECTED, (
            "tipo de contenido del mensaje", "extensión del adjunto del mensaje",
            "mensaje quedó vacío",
        ), "jaredmauch/mailman2-python3:messages/es/LC_MESSAGES/mailman.po"),
        Phrases("es.auth-failed-evolution-response", C.AUTH_FAILED, (
            "respuesta de autenticación errónea desde el servidor",
        ), "GNOME/evolution-data-server:po/es.po"),
        Phrases("es.sender-rejected-evolution", C.SENDER_REJECTED, (
            "dirección del remitente no válida",
        ), "GNOME/evolution-data-server:po/es.po", decisive=False),
        # Horde IMP's refusal of a message to more recipients than the sender may reach.
        Phrases("es.rate-limited-horde", C.RATE_LIMITED, (
            "permiso para enviar mensajes a más de",
        ), "horde/imp:locale/es/LC_MESSAGES/imp.po"),
        # Horde_Smtp's text for a 550 refusal of a recipient.
        Phrases("es.user-unknown-horde", C.USER_UNKNOWN, (
            "la dirección no se encontró, es desconocida",
        ), "horde/Smtp:locale/es/LC_MESSAGES/Horde_Smtp.po"),
        Phrases("es.auth-failed-horde", C.AUTH_FAILED, (
            "servidor denegó la autentificación",
        ), "horde/Smtp:locale/es/LC_MESSAGES/Horde_Smtp.po"),
        Phrases("es.auth-required-horde", C.AUTH_REQUIRED, (
            "servidor precisa autentificación",
        ), "horde/Smtp:locale/es/LC_MESSAGES/Horde_Smtp.po"),
        # Horde_Smtp: the TLS negotiation failed, or the server offers no TLS the client requires.
        Phrases("es.tls-required-horde", C.TLS_REQUIRED, (
            "no se pudo iniciar una conexión tls segura",
            "el servidor no admite conexiones tls",
        ), "horde/Smtp:locale/es/LC_MESSAGES/Horde_Smtp.po"),
        Phrases("es.network-error-horde", C.NETWORK_ERROR, (
            "servidor cerró la conexión inesperadamente",
        ), "horde/Smtp:locale/es/LC_MESSAGES/Horde_Smtp.po"),
        Phrases("es.service-unavailable-horde", C.SERVICE_UNAVAILABLE, (
            "el servidor no admite conexiones smtp",
        ), "horde/Smtp:locale/es/LC_MESSAGES/Horde_Smtp.po", decisive=False),
        # Kopano's spooler refusing to send as another user or group.
        Phrases("es.sender-rejected-send-as", C.SENDER_REJECTED, (
            "no se le permite enviar como usuario",
            "grupo desde el que intenta enviar",
        ), "Kopano-dev/kopano-core:po/es.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("es.tls-required-mail-clients", C.TLS_REQUIRED, (
            "error iniciando la conexión con starttls",
            "negociación tls fallida",
            "no se pudo iniciar la sesión starttls",
            "no se puede iniciar la sesión starttls",
            "el servidor necesita starttls",
            "starttls falló",
            "no se pudo negociar una conexión tls",
        ), "eworm-de/claws-mail:po/es.po; muttmua/mutt:po/es.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("es.auth-failed-mail-clients", C.AUTH_FAILED, (
            "ningún método smtp auth disponible",
            "método smtp auth seleccionado no está disponible",
            "se necesita autenticación (más) fuerte",
        ), "eworm-de/claws-mail:po/es.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("es.auth-failed-weak-mail-clients", C.AUTH_FAILED, (
            "hubo un error en la autenticación",
            "la autenticación falló",
        ), "eworm-de/claws-mail:po/es.po", decisive=False),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("es.network-error-mail-clients", C.NETWORK_ERROR, (
            "excedió el límite de tiempo",
            "conexión cerrada por la máquina remota",
        ), "eworm-de/claws-mail:po/es.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("es.network-error-weak-mail-clients", C.NETWORK_ERROR, (
            "no se pudo conectar a",
        ), "muttmua/mutt:po/es.po", decisive=False),
        # Sylpheed's translated client errors (po/) when the SMTP server's TLS, authentication or
        # connection fails.
        Phrases("es.network-error-sylpheed", C.NETWORK_ERROR, (
            "se agotó el tiempo de espera de la sesión",
            "no se puede conectar con el servidor smtp",
            "servidor smtp no encontrado",
        ), "sylpheed-mail/sylpheed:po/es.po"),
        # Sylpheed's translated client errors (po/) when the SMTP server's TLS, authentication or
        # connection fails.
        Phrases("es.auth-failed-weak-sylpheed", C.AUTH_FAILED, (
            "la autentificación falló",
            "error en la autentificación",
        ), "sylpheed-mail/sylpheed:po/es.po", decisive=False),
        # Sylpheed's translated client errors (po/) when the SMTP server's TLS, authentication or
        # connection fails.
        Phrases("es.tls-required-sylpheed", C.TLS_REQUIRED, (
            "no puedo iniciar la sesión tls",
        ), "sylpheed-mail/sylpheed:po/es.po"),
        # Sylpheed's translated client errors (po/) when the SMTP server's TLS, authentication or
        # connection fails.
        Phrases("es.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp auth no está disponible",
        ), "sylpheed-mail/sylpheed:po/es.po"),
        # Roundcube refusing to send again before its minimum interval between messages.
        Phrases("es.rate-limited-roundcube-sent-too-quickly", C.RATE_LIMITED, (
            "antes de enviar este mensaje",
        ), (
            "roundcube/roundcubemail:program/localization/es_ES/messages.inc; roundcube/round"
            "cubemail:program/localization/es_419/messages.inc; roundcube/roundcubemail:progr"
            "am/localization/es_AR/messages.inc"
        )),
        # Thunderbird: STARTTLS required but not offered by the outgoing server.
        Phrases("es.tls-required-thunderbird-l10n", C.TLS_REQUIRED, (
            "usando starttls ya que no anuncia ese mecanismo",
            "usando starttls porque no anuncia esa funcionalidad",
        ), (
            "thunderbird/thunderbird-l10n:es-ES/mail/chrome/messenger/messengercompose/compos"
            "eMsgs.properties; thunderbird/thunderbird-l10n:es-AR/mail/chrome/messenger/messe"
            "ngercompose/composeMsgs.properties"
        )),
        # Thunderbird: the sender (From:) address or identity is invalid.
        Phrases("es.sender-rejected-thunderbird-l10n", C.SENDER_REJECTED, (
            "la dirección del remitente (de:)",
            "la identidad del remitente no es válida",
            "la identidad del remitente no era válida",
        ), (
            "thunderbird/thunderbird-l10n:es-ES/mail/chrome/messenger/messengercompose/compos"
            "eMsgs.properties; thunderbird/thunderbird-l10n:es-AR/mail/chrome/messenger/messe"
            "ngercompose/composeMsgs.properties"
        )),
        # Thunderbird: the outgoing server does not take the chosen (encrypted) password method.
        Phrases("es.auth-failed-thunderbird-l10n", C.AUTH_FAILED, (
            "no parece admitir contraseñas cifradas",
            "no parece soportar contraseñas cifradas",
            "no se puede autenticar al servidor smtp",
            "no soporta el método de autenticación seleccionado",
        ), (
            "thunderbird/thunderbird-l10n:es-ES/mail/chrome/messenger/messengercompose/compos"
            "eMsgs.properties; thunderbird/thunderbird-l10n:es-AR/mail/chrome/messenger/messe"
            "ngercompose/composeMsgs.properties"
        )),
        # Thunderbird (es-AR): the connection to the outgoing server failed, timed out or dropped.
        Phrases("es.network-error-thunderbird-l10n", C.NETWORK_ERROR, (
            "se terminó el tiempo para la conexión al servidor smtp",
            "falló la conexión al servidor saliente",
            "se perdió la conexión al servidor smtp",
        ), (
            "thunderbird/thunderbird-l10n:es-AR/mail/chrome/messenger/messengercompose/compos"
            "eMsgs.properties"
        )),
        # Thunderbird (es-AR): the message exceeds the server's size limit.
        Phrases("es.message-too-large-thunderbird-l10n", C.MESSAGE_TOO_LARGE, (
            "excede el límite global del servidor",
        ), (
            "thunderbird/thunderbird-l10n:es-AR/mail/chrome/messenger/messengercompose/compos"
            "eMsgs.properties"
        )),
        # Evolution's translated SMTP transport errors (camel-smtp-transport): the secure connection,
        # STARTTLS or the authentication type failed; RFC 4954's password transition.
        Phrases("es.tls-required-weak-evolution-camel", C.TLS_REQUIRED, (
            "en modo seguro",
        ), "GNOME/evolution-data-server:po/es.po", decisive=False),
        # Evolution's translated SMTP transport errors (camel-smtp-transport): the secure connection,
        # STARTTLS or the authentication type failed; RFC 4954's password transition.
        Phrases("es.tls-required-evolution-camel", C.TLS_REQUIRED, (
            "el comando starttls ha fallado",
        ), "GNOME/evolution-data-server:po/es.po"),
        # Evolution's translated SMTP transport errors (camel-smtp-transport): the secure connection,
        # STARTTLS or the authentication type failed; RFC 4954's password transition.
        Phrases("es.auth-failed-evolution-camel", C.AUTH_FAILED, (
            "no hay soporte para la autenticación",
            "una transición de contraseña",
        ), "GNOME/evolution-data-server:po/es.po"),
        # Zimbra web client's translated errors (ZMsg): wrong username or password, authentication
        # required, the server cannot be reached or timed out.
        Phrases("es.auth-failed-zimbra-web", C.AUTH_FAILED, (
            "el nombre de usuario o la contraseña son incorrectos",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_es.properties"),
        # Zimbra web client's translated errors (ZMsg): wrong username or password, authentication
        # required, the server cannot be reached or timed out.
        Phrases("es.auth-required-zimbra-web", C.AUTH_REQUIRED, (
            "se requiere autenticación",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_es.properties"),
        # Zimbra web client's translated errors (ZMsg): wrong username or password, authentication
        # required, the server cannot be reached or timed out.
        Phrases("es.network-error-zimbra-web", C.NETWORK_ERROR, (
            "no se puede conectar con el servidor",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_es.properties"),
        # Sympa: the list takes posts only from its moderators, owners, subscribers or local users.
        Phrases("es.sender-rejected-sympa-lists", C.SENDER_REJECTED, (
            "la distribución de mensajes en esta lista está restringida",
        ), "sympa-community/sympa:po/sympa/es.po"),
        # Sympa: the address is not a list it knows.
        Phrases("es.user-unknown-sympa-lists", C.USER_UNKNOWN, (
            "lista desconocida",
        ), "sympa-community/sympa:po/sympa/es.po"),
        # Mailman 2 holding or refusing a post for the list's own rules: a moderated list, an implicit
        # destination, possible administrivia, a restricted list, a suspicious header.
        Phrases("es.policy-violation-mailman-held", C.POLICY_VIOLATION, (
            "envío a una lista moderada",
            "el mensaje no va dirigido explícitamente a la lista",
            "puede contener solicitudes administrativas",
            "a una lista restringida precisa de aprobación",
            "tiene una cabecera sospechosa",
        ), "jaredmauch/mailman2-python3:messages/es/LC_MESSAGES/mailman.po"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("es.auth-failed-mailspring", C.AUTH_FAILED, (
            "no admite la autenticación básica de nombre de usuario",
        ), "Foundry376/Mailspring:app/lang/es.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("es.tls-required-mailspring", C.TLS_REQUIRED, (
            "starttls no está disponible",
        ), "Foundry376/Mailspring:app/lang/es.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("es.relay-denied-mailspring", C.RELAY_DENIED, (
            "el servidor smtp no retransmitiría un mensaje",
        ), "Foundry376/Mailspring:app/lang/es.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("es.rate-limited-mailspring", C.RATE_LIMITED, (
            "has excedido tu límite de envío diario",
            "ancho de banda de gmail superado",
        ), "Foundry376/Mailspring:app/lang/es.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("es.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "contiene un archivo adjunto ilegal",
        ), "Foundry376/Mailspring:app/lang/es.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("es.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "demasiadas conexiones activas",
        ), "Foundry376/Mailspring:app/lang/es.json"),
        # SnappyMail webmail's translated notifications: the server cannot be reached, the
        # recipients are invalid, the authentication failed.
        Phrases("es.network-error-snappymail", C.NETWORK_ERROR, (
            "no se puede conectar al servidor",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/es/user.json"),
        # SnappyMail webmail's translated notifications: the server cannot be reached, the
        # recipients are invalid, the authentication failed.
        Phrases("es.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "los destinatarios no son válidos",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/es/user.json", decisive=False),
        # SnappyMail webmail's translated notifications: the server cannot be reached, the
        # recipients are invalid, the authentication failed.
        Phrases("es.auth-failed-weak-snappymail", C.AUTH_FAILED, (
            "autenticación fallida",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/es/user.json", decisive=False),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the
        # connection failed; the SMTP credentials were refused.
        Phrases("es.network-error-nextcloud-mail", C.NETWORK_ERROR, (
            "no es posible conectarse al servidor smtp",
            "la conexión smtp ha fallado",
        ), "nextcloud/mail:l10n/es.json"),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the
        # connection failed; the SMTP credentials were refused.
        Phrases("es.auth-failed-nextcloud-mail", C.AUTH_FAILED, (
            "el usuario o contraseña smtp no es correcto",
        ), "nextcloud/mail:l10n/es.json"),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("es.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "una contraseña de transición es necesaria",
            "mecanismo de identificación demasiado simple",
            "falló de identificación temporal",
        ), "RealityRipple/squirrelmail:locale/es_ES/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("es.auth-failed-weak-squirrelmail", C.AUTH_FAILED, (
            "falló de identificación",
        ), "RealityRipple/squirrelmail:locale/es_ES/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("es.auth-required-squirrelmail", C.AUTH_REQUIRED, (
            "indentificación necesaria",
        ), "RealityRipple/squirrelmail:locale/es_ES/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("es.bad-sequence-weak-squirrelmail", C.BAD_SEQUENCE, (
            "secuencia errónea de comandos",
        ), "RealityRipple/squirrelmail:locale/es_ES/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("es.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "parámetro de comandos no implementado",
        ), "RealityRipple/squirrelmail:locale/es_ES/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("es.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "el cifrado es necesario para el mecanismo de identificación solicitado",
        ), "RealityRipple/squirrelmail:locale/es_ES/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("es.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "error de proceso",
        ), "RealityRipple/squirrelmail:locale/es_ES/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("es.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "nombre de buzón no permitido",
            "buzón no disponible",
        ), "RealityRipple/squirrelmail:locale/es_ES/LC_MESSAGES/squirrelmail.po", decisive=False),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c).
        Phrases("es.network-error-weak-balsa", C.NETWORK_ERROR, ("falló al conectar al servidor smtp",
            "conexión perdida",
        ), "GNOME/balsa:po/es.po", decisive=False),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c).
        Phrases("es.tls-required-balsa", C.TLS_REQUIRED, ("certificado tls roto", "el certificado se ha revocado",
            "el servidor no soporta starttls",
        ), "GNOME/balsa:po/es.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c).
        Phrases("es.auth-failed-balsa", C.AUTH_FAILED, ("no hay manera conocida de autenticar",
            "no hay un mecanismo de autenticación adecuado",
        ), "GNOME/balsa:po/es.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c).
        Phrases("es.service-unavailable-balsa", C.SERVICE_UNAVAILABLE, (
            "no ofrece el servicio smtp en el puerto",
        ), "GNOME/balsa:po/es.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c).
        Phrases("es.auth-required-balsa", C.AUTH_REQUIRED, (
            "se requiere nombre de usuario y contraseña",
        ), "GNOME/balsa:po/es.po"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("es.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "más grande que el límite del servidor",
        ), "M66B/FairEmail:app/src/main/res/values-es-rES/strings.xml"),
        # Mailman 3's hold reason: the post exceeds the list's maximum message size.
        Phrases("es.message-too-large-mailman3", C.MESSAGE_TOO_LARGE, (
            "mayor que el tamaño máximo de",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/es/LC_MESSAGES/mailman.p"
            "o"
        )),
        # Mailman 3's hold and rejection reasons about the poster: not a member, banned, no valid sender.
        Phrases("es.sender-rejected-mailman3", C.SENDER_REJECTED, (
            "no es de un miembro de la lista",
            "está vetado en esta lista",
            "no tiene remitentes válidos",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/es/LC_MESSAGES/mailman.p"
            "o"
        )),
        # Mailman 3's moderation hold reasons: moderated member, implicit destination, emergency moderation.
        Phrases("es.policy-violation-mailman3-held", C.POLICY_VIOLATION, (
            "proviene de un miembro moderado",
            "moderación de emergencia está en vigor",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/es/LC_MESSAGES/mailman.p"
            "o"
        )),
        # Mailman 3's notice that a post is held for the moderator.
        Phrases("es.policy-violation-mailman3-awaits", C.POLICY_VIOLATION, (
            "espera la aprobación del moderador",
            "retenido hasta que el moderador de la lista",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/es/LC_MESSAGES/mailman.p"
            "o"
        )),
        # msmtp's translated SMTP client errors (TLS, authentication, connection, server lookup).
        Phrases("es.tls-required-msmtp", C.TLS_REQUIRED, (
            "fallo en el apretón de manos tls",
            "fallo en la verificación del certificado tls",
            "fallo en la comprobación del certificado tls",
        ), "marlam/msmtp:po/es.po"),
        # msmtp's translated SMTP client errors (TLS, authentication, connection, server lookup).
        Phrases("es.auth-failed-msmtp", C.AUTH_FAILED, (
            "fallo en la autenticación",
            "ningún método usable de autenticación",
            "ningún método de autenticación seguro",
        ), "marlam/msmtp:po/es.po"),
        # msmtp's "the server does not support authentication": the server's EHLO offers no AUTH
        # (marlam/msmtp:src/msmtp.c tests the AUTH capability), a command not implemented there.
        Phrases("es.not-implemented-msmtp-auth", C.NOT_IMPLEMENTED, (
            "el servidor no admite autenticación",
        ), "marlam/msmtp:po/es.po"),
        # msmtp's translated SMTP client errors (TLS, authentication, connection, server lookup).
        Phrases("es.network-error-msmtp", C.NETWORK_ERROR, (
            "host no alcanzable",
            "conexión reiniciada por el compañero",
            "la conexión se cerró por sorpresa",
            "se ha superado el tiempo de espera",
        ), "marlam/msmtp:po/es.po"),
        # msmtp's translated SMTP client errors (TLS, authentication, connection, server lookup).
        Phrases("es.host-unknown-msmtp", C.HOST_UNKNOWN, (
            "host no encontrado",
        ), "marlam/msmtp:po/es.po"),
        # msmtp's translated SMTP client errors (TLS, authentication, connection, server lookup).
        Phrases("es.sender-rejected-msmtp", C.SENDER_REJECTED, (
            "el servidor no acepta la dirección de remitente",
        ), "marlam/msmtp:po/es.po"),
        # Cypht's translated refusal of the SMTP server's authentication.
        Phrases("es.auth-failed-cypht", C.AUTH_FAILED, (
            "no pude autenticar con el servidor smtp",
        ), "cypht-org/cypht:language/es.php"),
        # CodeIgniter's Email library: the server refused the user name, password or credentials.
        Phrases("es.auth-failed-codeigniter", C.AUTH_FAILED, (
            "no se pudieron autenticar las credenciales del usuario",
            "ha fallado la autentificación del usuario",
            "ha fallado la autentificación de la contraseña",
            "fallo al autenticar el usuario",
            "fallo al autenticar la contraseña",
        ), "codeigniter4/translations:Language/es/Email.php"),
        # CodeIgniter's Email library: AUTH could not be started; the server's own reply follows and decides.
        Phrases("es.auth-failed-weak-codeigniter", C.AUTH_FAILED, (
            "ha fallado el envío del comando auth login",
            "fallo al enviar el comando auth login",
            "no se puede iniciar el comando auth",
        ), "codeigniter4/translations:Language/es/Email.php", decisive=False),
        # Thunderbird: the server's answer to CLIENTID says this device may not send mail.
        Phrases("es.policy-violation-thunderbird-clientid", C.POLICY_VIOLATION, (
            "su dispositivo no tiene permitido enviar correo",
        ), (
            "thunderbird/thunderbird-l10n:es-ES/mail/chrome/messenger/messengercompose/compos"
            "eMsgs.properties"
        )),
        # Microsoft 365's Spanish NDR for a recipient domain that DNS says does not exist (5.4.310).
        Phrases("es.host-unknown-exchange-online", C.HOST_UNKNOWN, (
            "ha informado que el dominio del destinatario no existe",
            "su dominio no está registrado correctamente",
        ), "https://pastebin.com/a6MD8UcR; https://pastebin.com/VQWvQ0TH"),
        # Microsoft 365's Spanish NDR relaying a remote refusal of an address not found at its domain.
        Phrases("es.user-unknown-exchange-online", C.USER_UNKNOWN, (
            "no se encontraba en el dominio de destino",
        ), "https://pastebin.com/qSHqkmLq"),
        # Microsoft's Spanish KB 2625264 on the 4.4.7 QUEUE.Expired NDR: the message expired in the queue.
        Phrases("es.expired-exchange-queue", C.EXPIRED, (
            "en la cola ha expirado",
        ), "http://support.microsoft.com/kb/2625264/es"),
        # Exchange's Spanish NDR reference (Exchange 2013 docs), 4.4.1/4.4.2: the destination server does not respond, or the connection between the servers dropped.
        Phrases("es.network-error-exchange2013", C.NETWORK_ERROR, (
            "el servidor de destino no responde",
            "se ha interrumpido una conexión entre servidores",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.es-es:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Spanish NDR reference (Exchange 2013 docs), 5.2.1: the mailbox can't be accessed (offline, disabled or quarantined).
        Phrases("es.mailbox-disabled-weak-exchange2013", C.MAILBOX_DISABLED, (
            "no se puede obtener acceso al buzón",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.es-es:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        ), decisive=False),
        # Exchange's Spanish NDR reference (Exchange 2013 docs), 5.2.2: the recipient's mailbox is over its storage quota.
        Phrases("es.mailbox-full-exchange2013", C.MAILBOX_FULL, (
            "ha superado su cuota de almacenamiento",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.es-es:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Spanish NDR reference (Exchange 2013 docs), 5.3.4: the message exceeds the configured size limit.
        Phrases("es.message-too-large-exchange2013", C.MESSAGE_TOO_LARGE, (
            "supera el límite de tamaño configurado",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.es-es:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Spanish NDR reference (Exchange 2013 docs), 5.5.3: more recipients than a single message may have.
        Phrases("es.rate-limited-exchange2013", C.RATE_LIMITED, (
            "supera el número total de destinatarios permitidos",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.es-es:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Spanish NDR reference (Exchange 2013 docs), 5.7.1: the sender isn't allowed to send to this recipient.
        Phrases("es.policy-violation-exchange2013", C.POLICY_VIOLATION, (
            "no se permite que el remitente envíe mensajes al destinatario",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.es-es:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Spanish NDR reference (Exchange 2013 docs), 4.4.7: the message expired in the queue.
        Phrases("es.expired-exchange2013", C.EXPIRED, (
            "el mensaje de la cola ha expirado",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.es-es:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Spanish NDR reference (Exchange 2013 docs), 5.7.1: relaying to a system that isn't the message's final destination is refused.
        Phrases("es.relay-denied-exchange2013", C.RELAY_DENIED, (
            "no sea el destino final del mensaje",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.es-es:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Spanish NDR reference (Exchange 2013 docs), 5.7.1: the sending system didn't authenticate to a receiver that requires it.
        Phrases("es.auth-required-exchange2013", C.AUTH_REQUIRED, (
            "no se autenticó en el sistema de correo electrónico de recepción",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.es-es:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Spanish NDR reference (Exchange 2013 docs), 5.1.1: there is no such recipient in the destination mail system.
        Phrases("es.user-unknown-exchange2013", C.USER_UNKNOWN, (
            "no existe en el sistema de correo electrónico de destino",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.es-es:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Spanish NDR reference (Exchange 2013 docs), 4.3.1: insufficient memory or a full disk on the receiving server.
        Phrases("es.system-full-weak-exchange2013", C.SYSTEM_FULL, (
            "error de memoria insuficiente",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.es-es:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        ), decisive=False),
        # Exchange's Spanish NDR reference (Exchange 2013 docs), 5.1.7: the sender's SMTP address is missing or malformed.
        Phrases("es.sender-rejected-exchange2013", C.SENDER_REJECTED, (
            "la dirección smtp del remitente falta",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.es-es:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Spanish NDR reference (Exchange 2013 docs), 5.4.4: no route for the message's delivery (next hop unknown).
        Phrases("es.network-error-no-route-exchange2013", C.NETWORK_ERROR, (
            "no hay una ruta para la entrega de mensajes",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.es-es:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Lotus Domino's Spanish refusal of an unknown recipient, from a list of the Spanish bounce
        # texts a mailing sender met (alexborras.com).
        Phrases("es.user-unknown-domino-directory", C.USER_UNKNOWN, (
            "no se encuentra en el directorio de domino",
        ), "https://alexborras.com/errores-y-warnings-habituales-en-retorno-de-email/ab_md/"),
        # OVHcloud's Spanish guide to SMTP replies renders RFC 5321's texts in Spanish: 420 timeout/connection problem.
        Phrases("es.network-error-ovh", C.NETWORK_ERROR, (
            "tiempo excedido, problema de conexión",
            "plazo excedido, problema de conexión",
        ), ("ovh/docs:pages/web/emails/diagnostic_advanced/guide.es-es.md;"
            " ovh/docs:pages/web/emails/diagnostic_smtp_code/guide.es-es.md")),
        # OVHcloud's Spanish guide: 450/550 mailbox unavailable (weak: also a busy or locked mailbox).
        Phrases("es.user-unknown-weak-ovh", C.USER_UNKNOWN, (
            "buzón de correo no disponible",
        ), "ovh/docs:pages/web/emails/diagnostic_advanced/guide.es-es.md", decisive=False),
        # OVHcloud's Spanish guide: 552 exceeded storage allocation.
        Phrases("es.mailbox-full-ovh", C.MAILBOX_FULL, (
            "espacio de almacenamiento superado",
            "espacio de almacenamiento excedido",
        ), ("ovh/docs:pages/web/emails/diagnostic_advanced/guide.es-es.md;"
            " ovh/docs:pages/web/emails/diagnostic_smtp_code/guide.es-es.md")),
        # OVHcloud's Spanish guide: 535 authentication failed.
        Phrases("es.auth-failed-ovh", C.AUTH_FAILED, (
            "falló durante la autenticación",
        ), "ovh/docs:pages/web/emails/diagnostic_advanced/guide.es-es.md"),
        # OVHcloud's Spanish guide: 452 insufficient system storage.
        Phrases("es.system-full-ovh", C.SYSTEM_FULL, (
            "sistema de almacenamiento insuficiente",
        ), "ovh/docs:pages/web/emails/diagnostic_advanced/guide.es-es.md"),
        # OVHcloud's Spanish guide: 551 user not local.
        Phrases("es.has-moved-ovh", C.HAS_MOVED, (
            "usuario no local",
        ), "ovh/docs:pages/web/emails/diagnostic_advanced/guide.es-es.md"),
        # OVHcloud's Spanish guide: 554 no SMTP service here.
        Phrases("es.service-unavailable-weak-ovh", C.SERVICE_UNAVAILABLE, (
            "aquí no hay servicios smtp",
            "no hay ningún servicio smtp",
        ), ("ovh/docs:pages/web/emails/diagnostic_advanced/guide.es-es.md;"
            " ovh/docs:pages/web/emails/diagnostic_smtp_code/guide.es-es.md"), decisive=False),
        # OVHcloud's Spanish guide: 503 bad sequence of commands.
        Phrases("es.bad-sequence-weak-ovh", C.BAD_SEQUENCE, (
            "mala secuencia de comandos",
            "secuencia de comandos incorrecta",
        ), ("ovh/docs:pages/web/emails/diagnostic_advanced/guide.es-es.md;"
            " ovh/docs:pages/web/emails/diagnostic_smtp_code/guide.es-es.md"), decisive=False),
        # A Spanish web agency's guide glosses 'Invalid Domain Name' as 'el nombre de dominio no es correcto' (weak).
        Phrases("es.host-unknown-weak-claveweb", C.HOST_UNKNOWN, (
            "nombre de dominio no es correcto",
        ), "https://www.claveweb.com/blog/correo-electronico-consejos-uso/", decisive=False),
        # Exchange's Spanish NDR reference (Exchange 2013 docs), 5.3.5/5.4.6: a mail loop was detected (X.4.6 routing loop).
        Phrases("es.network-error-loop-exchange2013", C.NETWORK_ERROR, (
            "bucle de correo",
        ), ("MicrosoftDocs/OfficeDocs-Exchange-Test-pr.es-es:Exchange-Ser"
            "ver-2013/dsns-and-ndrs-in-exchange-2013-exchange-2013-help.md")),
        # Microsoft's localized help titled 'Mailbox quota exceeded' (AlchemyInsights).
        Phrases("es.mailbox-full-microsoft", C.MAILBOX_FULL, (
            "cuota de buzón excedida",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.es"
            "-ES:AlchemyInsights/mailbox-quota-exceeded.md")),
        # Microsoft's localized help on 550 5.7.511 'Access denied, banned sender' (the sending IP or account is banned).
        Phrases("es.blocklisted-microsoft", C.BLOCKLISTED, (
            "remitente prohibido",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.es-ES:AlchemyIn"
            "sights/ip-blocked-for-sending-too-much-spam-550-5-7-51.md")),
        # Microsoft 365's localized 451 4.7.0 'Temporary server error. Please try again later.' (PRX4): weak, as a reason may follow.
        Phrases("es.server-error-weak-microsoft", C.SERVER_ERROR, (
            "error de servidor temporal",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.es-ES:"
            "AlchemyInsights/451-470-temporary-server-error.md"), decisive=False),
        # Microsoft's localized help on TLS deprecation: 451 5.7.3 'Must issue a STARTTLS command first'.
        Phrases("es.tls-required-microsoft", C.TLS_REQUIRED, (
            "emitir primero un comando starttls",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.es-ES:Al"
            "chemyInsights/issues-related-to-tls-deprecation.md")),
        # Microsoft's localized help on TLS deprecation: 421 4.4.2 'Connection dropped due to SocketError'.
        Phrases("es.network-error-microsoft-dropped", C.NETWORK_ERROR, (
            "conexión descartada",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.es-ES:Al"
            "chemyInsights/issues-related-to-tls-deprecation.md")),
        # Microsoft's localized help on bulk mail delays: 432 4.3.21 'Mailbox server busy; mail intentionally delayed'.
        Phrases("es.service-unavailable-microsoft-busy", C.SERVICE_UNAVAILABLE, (
            "servidor de buzones de correo ocupado",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.es-ES:"
            "AlchemyInsights/temporary-bulk-mail-flow-delay.md")),
        # Microsoft's localized help on NDR 5.4.6 / 5.4.14 'Hop count exceeded' (a routing loop).
        Phrases("es.network-error-microsoft-hop-count", C.NETWORK_ERROR, (
            "número de saltos superado",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.es-"
            "ES:AlchemyInsights/error-546-5414-hop-count.md")),
        # Microsoft 365's localized help titled 'Daily email limit exceeded' (the sender over its daily sending limit).
        Phrases("es.rate-limited-daily-email", C.RATE_LIMITED, (
            "límite de correo electrónico diario excedido",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.es-E"
            "S:AlchemyInsights/daily-email-limit-exceeded.md")),
        # Microsoft's localized help title for 4.7.500 'Server busy, please try again later' (weak: Exchange Online's code reads it as a reputation throttle).
        Phrases("es.service-unavailable-weak-microsoft-busy", C.SERVICE_UNAVAILABLE, (
            "servidor ocupado, inténtelo",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.es-ES:AlchemyInsights/antis"
            "pam-4-7-500-server-busy-please-try-again-later-from-xxx-xxx-xxx-xxx.md"), decisive=False),
        # Microsoft's localized help title for 550 5.7.708 'Access denied, traffic not accepted from this IP' (a poorly reputed IP, as the 5.7.7xx code rule reads it).
        Phrases("es.reputation-microsoft-traffic", C.REPUTATION, (
            "tráfico no aceptado desde esta ip",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.es-ES:AlchemyInsights/antispa"
            "m-550-5-7-708-service-unavailable-access-denied-traffic-not-accepted.md")),
        # Microsoft's Spanish help title for 5.7.750 'Client blocked from sending from unregistered domain' (the 5.7.7xx code rule reads it as reputation).
        Phrases("es.reputation-microsoft-unregistered-domain", C.REPUTATION, (
            "envío de un dominio no registrado",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.es-ES:AlchemyInsights/"
            "5-7-750-service-unavailable-client-blocked-from-sending-from-unregistered-d.md")),
        # Microsoft's Spanish help on Exchange Online's receiving limit: senders get an NDR (5.2.121/5.2.122) saying the mailbox exceeded its maximum delivery threshold.
        Phrases("es.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "se limitan durante los próximos",
            "superado el umbral máximo de entrega",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.es-ES:AlchemyInsights/mailbox-receiving-limit.md"),
        # Microsoft's Spanish help title: the account restricted for sending too much spam (5.1.8, the sender blocked).
        Phrases("es.sender-rejected-exchange-spam", C.SENDER_REJECTED, (
            "por enviar demasiado correo no deseado",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.es-ES:AlchemyInsights/sender-blocked-for-sending-too-much-spam.md"),
        # Exchange Online's Spanish 5.1.8 NDR for a user restricted for sending spam, as the Spanish microsoft-365-docs on the Restricted users portal quote it: "No se pudo entregar el mensaje porque el remitente no es válido", "550 5.1.8 acceso denegado, remitente incorrecto de correo saliente" (bad outbound sender).
        Phrases("es.sender-rejected-exchange-bad-sender", C.SENDER_REJECTED, (
            "porque el remitente no es válido", "remitente incorrecto de correo saliente",
        ), ("Kaputt4/microsoft-365-docs-pr.es-ES:microsoft-365/security/office-365-security/"
            "removing-user-from-restricted-users-portal-after-spam.md")),
        # Microsoft's localized help title for 550 5.4.1 'Relay Access Denied'.
        Phrases("es.relay-denied-microsoft", C.RELAY_DENIED, (
            "acceso de retransmisión denegado",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.es-ES:"
            "AlchemyInsights/antispam-5-4-1-dbeb-catch-all.md")),
        # Microsoft's localized help title for 5.7.606 'Access denied, banned sending IP'.
        Phrases("es.blocklisted-microsoft-banned-ip", C.BLOCKLISTED, (
            "ip de envío prohibida",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr"
            ".es-ES:AlchemyInsights/antispam-5.7.606.md")),
        # Microsoft's localized help title for 550 5.7.705 'Access denied, tenant has exceeded threshold' (the 5.7.7xx block the code rule reads as reputation).
        Phrases("es.reputation-microsoft-tenant-threshold", C.REPUTATION, (
            "el inquilino ha superado el umbral",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.es-ES:AlchemyInsights/er"
            "ror-code-550-5-7-705-access-denied-tenant-has-exceeded-threshold.md")),
        # Microsoft's Spanish help on SMTP AUTH: 5.7.57 'Client not authenticated' (weak).
        Phrases("es.auth-required-weak-microsoft", C.AUTH_REQUIRED, (
            "cliente no autenticado",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.es-ES:Al"
            "chemyInsights/solving-smtp-authentication-issues.md"), decisive=False),
        # Microsoft's Spanish help on SMTP AUTH: 5.7.139 'Authentication unsuccessful'.
        Phrases("es.auth-failed-microsoft", C.AUTH_FAILED, (
            "autenticación incorrecta",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.es-ES:Al"
            "chemyInsights/solving-smtp-authentication-issues.md")),
        # Spanish email-marketing guides list the soft-bounce reasons in Spanish: the mailbox is full (over quota), the recipient's inbox is full; the mailbox is inactive; the server got too many messages; the message is too large; the domain name does not exist.
        Phrases("es.mailbox-full-guides", C.MAILBOX_FULL, (
            "buzón está lleno",
            "bandeja de entrada del destinatario está llena",
        ), ("http://agenciachan.com/la-razon-los-rebotes-emai"
            "l/; https://zaid.com.ar/rebotes-blandos-vs-duros/")),
        # agenciachan's Spanish list of soft bounces: the mailbox is inactive.
        Phrases("es.mailbox-disabled-guides", C.MAILBOX_DISABLED, (
            "buzón está inactivo",
        ), "http://agenciachan.com/la-razon-los-rebotes-email/"),
        # agenciachan's Spanish list of soft bounces: the recipient's server received too many messages in a period.
        Phrases("es.rate-limited-guides", C.RATE_LIMITED, (
            "recibido demasiados correos electrónicos",
        ), "http://agenciachan.com/la-razon-los-rebotes-email/"),
        # agenciachan's Spanish list of soft bounces: the email message is too large.
        Phrases("es.message-too-large-guides", C.MESSAGE_TOO_LARGE, (
            "correo electrónico es demasiado grande",
        ), "http://agenciachan.com/la-razon-los-rebotes-email/"),
        # agenciachan's Spanish list of bounces: the domain name does not exist.
        Phrases("es.host-unknown-guides", C.HOST_UNKNOWN, (
            "nombre de dominio no existe",
        ), "http://agenciachan.com/la-razon-los-rebotes-email/"),
        # acens' Spanish help on soft bounces: the recipient's inbox is full ('la bandeja de entrada llena').
        Phrases("es.mailbox-full-acens", C.MAILBOX_FULL, (
            "bandeja de entrada llena",
        ), ("https://ayuda.acens.com/hc/es/articles/3600155"
            "81738--Qu%C3%A9-son-los-Hardbounce-y-Softbounce")),
        # K-9 / Thunderbird for Android says "Fallo de autenticación en <account>"
        Phrases("es.auth-failed-k9", C.AUTH_FAILED, ("fallo de autenticación",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-es/strings.xml")),
        # K-9 / Thunderbird for Android status says "Error de conexión"
        Phrases("es.network-error-weak-k9", C.NETWORK_ERROR, ("error de conexión",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-es/strings.xml"),
                decisive=False),
        # K-9 account setup says "Error en la red. Comprueba el estado de tu conexión"
        Phrases("es.network-error-weak-k9-setup", C.NETWORK_ERROR, ("error en la red",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/setup/src/main/res/values-es/strings.xml"),
                decisive=False),
        # K-9 server check says "Error de red"
        Phrases("es.network-error-weak-k9-validation", C.NETWORK_ERROR, ("error de red",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/server/validation/src/main/res/values-es/strings.xml"),
                decisive=False),
        # K-9 server check says "Error en la autenticación"
        Phrases("es.auth-failed-weak-k9", C.AUTH_FAILED, ("error en la autenticación",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/server/validation/src/main/res/values-es/strings.xml"),
                decisive=False),
        # Geary, when it cannot reach the server, asks to check the network
        Phrases("es.network-error-geary", C.NETWORK_ERROR, ("no se ha podido conectar",),
                "GNOME/geary:po/es.po", decisive=False),
        # Geary says an incorrect login or password, check your sending login and password
        Phrases("es.auth-failed-geary", C.AUTH_FAILED, ("compruebe la dirección de correo y la contraseña",
            "usuario o contraseña no válid", "contraseña para envío de correo",
        ),
                "GNOME/geary:po/es.po"),
        # Delta Chat cannot log in and asks to check the address and the password
        Phrases("es.auth-failed-deltachat", C.AUTH_FAILED, ("la contraseña son correctas",),
                "deltachat/deltachat-android:src/main/res/values-es/strings.xml"),
        # Delta Chat reports no internet connection (and so a failed login)
        Phrases("es.network-error-deltachat", C.NETWORK_ERROR, ("no hay conexión a internet",),
                "deltachat/deltachat-android:src/main/res/values-es/strings.xml"),
        # GNOME Online Accounts' mail setup errors, server does not support STARTTLS, TLS not available
        Phrases("es.tls-required-goa", C.TLS_REQUIRED, ("tls no disponible",),
                "GNOME/gnome-online-accounts:po/es.po"),
        # GNOME Online Accounts' mail setup errors, unknown authentication mechanism, failed
        Phrases("es.auth-failed-goa", C.AUTH_FAILED, (
            "mecanismo de autenticación desconocido",
        ),
                "GNOME/gnome-online-accounts:po/es.po"),
        # fetchmail keeps the message, the SMTP server requires STARTTLS, TLS is mandatory
        Phrases("es.tls-required-fetchmail", C.TLS_REQUIRED, (
            "servidor smtp necesita starttls", "tls es obligatorio para esta sesión",
        ),
                "Distrotech/fetchmail:po/es.po"),
        # fetchmail timed out waiting to connect to the server
        Phrases("es.network-error-fetchmail", C.NETWORK_ERROR, (
            "espera para conectarse con el servidor",
        ),
                "Distrotech/fetchmail:po/es.po"),
        # fetchmail's SMTP listener refused the recipient address (weak, the reason follows)
        Phrases("es.user-unknown-weak-fetchmail", C.USER_UNKNOWN, (
            "no le gusta la dirección de recipiente", "rechazó las direcciones locales de destino",
        ),
                "Distrotech/fetchmail:po/es.po", decisive=False),
        # GNU Mailutils' local delivery refuses, the recipient's mailbox quota or size exceeded
        Phrases("es.mailbox-full-mailutils", C.MAILBOX_FULL, (
            "se excedió la cuota del buzón", "excedería el tamaño máximo del buzón",
        ),
                "Distrotech/mailutils:po/es.po"),
        # GNU Mailutils' stream errors, the remote host closed the connection
        Phrases("es.network-error-mailutils", C.NETWORK_ERROR, (
            "cerrada por el anfitrión remoto", "el lado remoto cerró la conexión",
        ),
                "Distrotech/mailutils:po/es.po"),
        # GNU Mailutils' authentication errors, unsupported scheme, failed
        Phrases("es.auth-failed-mailutils", C.AUTH_FAILED, (
            "no se admite el esquema de autenticación",
        ),
                "Distrotech/mailutils:po/es.po"),
        # GNU Mailutils refuses an invalid sender address
        Phrases("es.sender-rejected-mailutils", C.SENDER_REJECTED, (
            "no es una dirección de remitente válida",
        ),
                "Distrotech/mailutils:po/es.po"),
        # K-9's account check (before Nov 2023), the username or password is incorrect
        Phrases("es.auth-failed-k9-check", C.AUTH_FAILED, ("usuario o contraseña incorrectos",),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-es/strings.xml"),
        # K-9's account check (before Nov 2023), it cannot connect to the server
        Phrases("es.network-error-k9-check", C.NETWORK_ERROR, (
            "no se pudo conectar con el servidor",
        ),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-es/strings.xml"),
        # K-9's account check (before Nov 2023), the server presented an invalid SSL certificate
        Phrases("es.tls-required-k9-check", C.TLS_REQUIRED, ("certificado ssl incorrecto",),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-es/strings.xml"),
        # Geary's untrusted-connection dialog, the server's TLS certificate is unsigned, expired or mismatched
        Phrases("es.tls-required-geary", C.TLS_REQUIRED, ("certificado del servidor se considera inseguro", "no se ha activado el certificado del servidor", "se ha revocado el certificado del servidor",
            "no está firmado por una autoridad conocida", "certificado del servidor ha caducado", "no coincide con la identidad en el certificado",
        ),
                "GNOME/geary:po/es.po"),
        # K-9 / Thunderbird for Android notification says "Certificate error" (weak)
        Phrases("es.tls-required-weak-k9", C.TLS_REQUIRED, ("el certificado no funciona",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-es/strings.xml"),
                decisive=False),
        # GNOME Online Accounts' TLS errors, the signing certificate authority is unknown, expired
        Phrases("es.tls-required-goa-certificate", C.TLS_REQUIRED, (
            "autoridad de firma del certificado", "el certificado ha caducado",
        ),
                "GNOME/gnome-online-accounts:po/es.po"),
        # GNOME Online Accounts' TLS error "Invalid certificate" (weak)
        Phrases("es.tls-required-weak-goa", C.TLS_REQUIRED, ("certificado no válido",),
                "GNOME/gnome-online-accounts:po/es.po", decisive=False),
        # GNOME Online Accounts, the server refused the password for the username
        Phrases("es.auth-failed-goa-password", C.AUTH_FAILED, (
            "contraseña incorrecta para el nombre de usuario",
        ),
                "GNOME/gnome-online-accounts:po/es.po"),
        # fetchmail's authentication-failed notice and unknown login or authentication error
        Phrases("es.auth-failed-fetchmail", C.AUTH_FAILED, (
            "la autenticación de fetchmail falló", "error de entrada o de autenticación",
        ),
                "Distrotech/fetchmail:po/es.po"),
        # Evolution's SMTP errors, STARTTLS not supported or failed, secure connection failed
        Phrases("es.tls-required-evolution-smtp", C.TLS_REQUIRED, ("no se soporta starttls",),
                "GNOME/evolution-data-server:po/es.po"),
        # Evolution's SMTP errors, the AUTH command failed, no support for the mechanism
        Phrases("es.auth-failed-evolution-smtp", C.AUTH_FAILED, ("el comando auth ha fallado",),
                "GNOME/evolution-data-server:po/es.po"),
        # Evolution's SMTP error when MAIL FROM fails (weak, the server's reason follows)
        Phrases("es.sender-rejected-weak-evolution-smtp", C.SENDER_REJECTED, (
            "el comando mail from ha fallado",
        ),
                "GNOME/evolution-data-server:po/es.po", decisive=False),
        # Evolution's SMTP error when RCPT TO fails (weak, the server's reason follows)
        Phrases("es.user-unknown-weak-evolution-smtp", C.USER_UNKNOWN, ("falló rcpt to",),
                "GNOME/evolution-data-server:po/es.po", decisive=False),
        # .NET's SmtpClient refusal (SmtpException) as SQL Server Reporting Services' docs quote it:
        # the SMTP server wants a secure connection or an authenticated client.
        Phrases("es.auth-required-dotnet", C.AUTH_REQUIRED, (
            "el cliente no se autenticó",
        ), "zelanko/sql-docs.es-es:docs/reporting-services/install-windows/configure-e-mail-for-a-reporting-services-service-application.md"),
        # SquirrelMail's es_ES RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("es.system-full-weak-squirrelmail-svn", C.SYSTEM_FULL, (
            "no hay suficiente espacio de almacenamiento",
        ), "sitle/squirrelmail-src:locales/locale/es_ES/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's es_ES RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("es.auth-failed-squirrelmail-svn", C.AUTH_FAILED, (
            "fallo temporal de autenticación",
            "mecanismo de autenticación demasiado débil",
        ), "sitle/squirrelmail-src:locales/locale/es_ES/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's es_ES RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("es.auth-failed-weak-squirrelmail-svn", C.AUTH_FAILED, (
            "falló la autenticación",
        ), "sitle/squirrelmail-src:locales/locale/es_ES/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's es_ES RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("es.auth-required-squirrelmail-svn", C.AUTH_REQUIRED, (
            "autenticación necesaria",
        ), "sitle/squirrelmail-src:locales/locale/es_ES/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's es_ES RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("es.server-error-weak-squirrelmail-svn", C.SERVER_ERROR, (
            "falló la transacción",
        ), "sitle/squirrelmail-src:locales/locale/es_ES/LC_MESSAGES/squirrelmail.po", decisive=False),
        # Geary, when the server refuses the login, asks to check the receiving login and password
        Phrases("es.auth-failed-geary-receiving", C.AUTH_FAILED, (
            "contraseña del servidor de envío",
        ),
                "GNOME/geary:po/es.po"),
        # fetchmail's "<protocol> connection to <host> failed" (weak, the cause follows elsewhere)
        Phrases("es.network-error-weak-fetchmail", C.NETWORK_ERROR, ("falló la conexión",),
                "Distrotech/fetchmail:po/es.po", decisive=False),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("es.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "rechazada por el moderador",
        ), "jaredmauch/mailman2-python3:templates/es/refuse.txt"),
        # mlmmj's translated listtexts: the list address is in neither To: nor Cc: (notintocc)
        Phrases("es.policy-violation-mlmmj", C.POLICY_VIOLATION, (
            "dirección de la lista debe aparecer",
        ), "neonkore/MLmmj:listtexts/es/notintocc"),
        # mlmmj's translated listtexts: the poster's address is not subscribed, and only subscribers
        # may post (subonlypost)
        Phrases("es.sender-rejected-mlmmj", C.SENDER_REJECTED, (
            "solamente los suscriptores pueden enviar",
            "es solamente para suscriptores",
        ), "neonkore/MLmmj:listtexts/es/subonlypost"),
        # Sympa's translated reject.tt2 and delivery status notification: the moderator rejected the
        # post, or it was forwarded to the moderators for approval.
        Phrases("es.policy-violation-sympa", C.POLICY_VIOLATION, (
            "rechazado por el moderador",
            "enviado al moderador tu mensaje",
        ), "sympa-community/sympa:po/sympa/es.po"),
        # Mailman 2's translated reasons not yet read: a post the moderator deemed inappropriate, the
        # Bcc refusal (implicit destinations not allowed), a suspicious header.
        Phrases("es.policy-violation-mailman-inappropriate", C.POLICY_VIOLATION, (
            "considerado inapropiado por el moderador",
            "destinos implícitos no se permiten",
        ), "jaredmauch/mailman2-python3:messages/es/LC_MESSAGES/mailman.po"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("es.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "en espera de que el moderador",
        ), "jaredmauch/mailman2-python3:templates/es/postheld.txt"),
        # Sympa's translated delivery status notification: the post is over the list's maximum size.
        Phrases("es.message-too-large-sympa-dsn", C.MESSAGE_TOO_LARGE, (
            "superaba el tamaño máximo",
        ), "sympa-community/sympa:po/sympa/es.po"),
        # Sympa's translated send-scenario refusals: distribution in the list not allowed, or restricted
        # (to moderators).
        Phrases("es.sender-rejected-sympa-distribution", C.SENDER_REJECTED, (
            "distribución de mensajes en esta lista no está permitida",
        ), "sympa-community/sympa:po/sympa/es.po"),
        # Sympa's translated refusal of a MIME multipart post.
        Phrases("es.content-rejected-sympa", C.CONTENT_REJECTED, (
            "no se permiten los mensajes multipartes",
        ), "sympa-community/sympa:po/sympa/es.po"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, SpamDetect.py): emergency hold
        # of all list traffic, a header filter rule matched, a post to a moderated newsgroup.
        Phrases("es.policy-violation-mailman-filter", C.POLICY_VIOLATION, (
            "grupo de noticias moderado",
            "bloqueo de emergencia de todo el tráfico",
            "activar una regla de filtrado",
        ), "jaredmauch/mailman2-python3:messages/es/LC_MESSAGES/mailman.po"),
        # Sympa's translated hint beside a subscribers-only refusal: the poster may be subscribed under
        # another address (weak: alone it only hints that the sender is not a subscriber).
        Phrases("es.sender-rejected-sympa-other-address", C.SENDER_REJECTED, (
            "con una dirección de correo diferente",
        ), "sympa-community/sympa:po/sympa/es.po", decisive=False),
        # Mailman 3's no_subject rule: the post has no subject.
        Phrases("es.content-rejected-mailman3-core", C.CONTENT_REJECTED, (
            "extensión de fichero del mensaje",
            "el mensaje no tiene asunto",
        ), "osstech-jp/mailman:src/mailman/messages/es/LC_MESSAGES/mailman.po"),
        # Mailman 3's list:user:notice:rejected template: the post was rejected, its reasons listed after
        # (weak: a listed reason's own wording decides).
        Phrases("es.policy-violation-mailman3-reasons", C.POLICY_VIOLATION, (
            "rechazado por las siguientes razones",
        ), "osstech-jp/mailman:src/mailman/templates/es/list:user:notice:rejected.txt", decisive=False),
        # Odoo's mail server test: "El servidor rechazó la dirección del remitente (<from>) con el
        # error" (The server refused the sender address).
        Phrases("es.sender-rejected-odoo", C.SENDER_REJECTED, (
            "rechazó la dirección del remitente",
        ), "odoo/odoo:odoo/addons/base/i18n/es/LC_MESSAGES/code.po"),
        # Odoo's mail server test: "Su servidor no parece soportar SSL. Tal vez quiera probar
        # STARTTLS en su lugar."
        Phrases("es.tls-required-odoo", C.TLS_REQUIRED, (
            "no parece soportar ssl",
        ), "odoo/odoo:odoo/addons/base/i18n/es/LC_MESSAGES/code.po"),
        # Odoo's mail server test (base es.po): "El servidor terminó la conexión inesperadamente.
        # Revise la configuración en el número de este puerto."
        Phrases("es.network-error-odoo", C.NETWORK_ERROR, (
            "terminó la conexión inesperadamente",
        ), "odoo/odoo:odoo/addons/base/i18n/es.po"),
        # Trojitá's SMTP sender (src/MSA/SMTP.cpp), translated: "Cannot send message due to an
        # SSL/TLS error" ("No se ha podido enviar el mensaje debido a un error de SSL/TLS").
        Phrases("es.tls-required-trojita", C.TLS_REQUIRED, (
            "debido a un error de ssl/tls",
        ), "jktjkt/trojita:po/es/trojita_common.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("es.tls-required-claws", C.TLS_REQUIRED, (
            "certificado tls inválido",
        ), "eworm-de/claws-mail:po/es.po"),
        # Sylpheed's translated "SSL certificate verify failed" (the server's certificate did not verify).
        Phrases("es.tls-required-sylpheed-ssl", C.TLS_REQUIRED, (
            "falló la verificación del certificado ssl",
        ), "sylpheed-mail/sylpheed:po/es.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("es.tls-required-balsa-session", C.TLS_REQUIRED, (
            "falo la negociación tls",
            "tls requerido pero no disponible",
        ), "GNOME/balsa:po/es.po"),
        # EspoCRM's 'Invalid credentials.' (Email messages.invalidCredentials), shown when the SMTP server refuses the login
        Phrases("es.auth-failed-espocrm", C.AUTH_FAILED, (
            "credenciales inválidas",
        ), "espocrm/espocrm:application/Espo/Resources/i18n/es_ES/Email.json"),
        # phpList's translated notice that a campaign was suspended because the message is too large
        Phrases("es.message-too-large-phplist", C.MESSAGE_TOO_LARGE, (
            "mensaje demasiado largo", "mensaje demasiado grande",
        ), "phpList/phplist3:public_html/lists/admin/locale/es/phplist.po"),
        # Zammad's email-channel probe 'Authentication not possible (not offered by the service)': the server offers no AUTH
        Phrases("es.not-implemented-zammad", C.NOT_IMPLEMENTED, (
            "no es ofrecida por el servicio",
        ), "zammad/zammad:i18n/zammad.es-es.po"),
        # Joomla's Spanish PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("es.auth-failed-joomla", C.AUTH_FAILED, (
            "no es posible autenticar",
        ), "bringer/lavuelta:language/es-ES/es-ES.ini"),
        # Joomla's Spanish PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("es.user-unknown-joomla", C.USER_UNKNOWN, (
            "los siguientes destinatarios fallaron",
        ), "bringer/lavuelta:language/es-ES/es-ES.ini", decisive=False),
        # Joomla's Spanish PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("es.network-error-joomla", C.NETWORK_ERROR, (
            "no es posible conectar con el servidor smtp",
        ), "bringer/lavuelta:language/es-ES/es-ES.ini"),
        # Joomla 3's Spanish PHPMailer strings (PHPMAILER_*)
        Phrases("es.auth-failed-joomla3", C.AUTH_FAILED, (
            "no se pudo autenticar",
        ), "cuongnd/banhangonline88_joomla:language/es-CO/es-CO.ini"),
        # Joomla 3's Spanish PHPMailer strings (PHPMAILER_*)
        Phrases("es.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "error en la siguiente dirección de remitente",
        ), "cuongnd/banhangonline88_joomla:language/es-CO/es-CO.ini"),
        # Joomla 3's Spanish PHPMailer strings (PHPMAILER_*)
        Phrases("es.user-unknown-joomla3", C.USER_UNKNOWN, (
            "hubo un error en los siguientes destinatarios",
        ), "cuongnd/banhangonline88_joomla:language/es-CO/es-CO.ini", decisive=False),
        # Joomla 3's Spanish PHPMailer strings (PHPMAILER_*)
        Phrases("es.tls-required-joomla3", C.TLS_REQUIRED, (
            "no se pudo iniciar tls",
        ), "cuongnd/banhangonline88_joomla:language/es-CO/es-CO.ini"),
        # Joomla 3's Spanish PHPMailer strings (PHPMAILER_*)
        Phrases("es.auth-failed-joomla3-es-es", C.AUTH_FAILED, (
            "no se puede autentificar",
        ), "cuongnd/banhangonline88_joomla:language/es-ES/es-ES.ini"),
        # Joomla 3's Spanish PHPMailer strings (PHPMAILER_*)
        Phrases("es.user-unknown-joomla3-es-es", C.USER_UNKNOWN, (
            "los siguientes destinatarios han fallado",
        ), "cuongnd/banhangonline88_joomla:language/es-ES/es-ES.ini", decisive=False),
        # Joomla 3's Spanish PHPMailer strings (PHPMAILER_*)
        Phrases("es.network-error-joomla3", C.NETWORK_ERROR, (
            "conexión smtp fallida",
        ), "cuongnd/banhangonline88_joomla:language/es-ES/es-ES.ini"),
        # Joomla 3's Spanish PHPMailer strings (PHPMAILER_*)
        Phrases("es.tls-required-joomla3-es-es", C.TLS_REQUIRED, (
            "no se puede iniciar el servicio tls",
        ), "cuongnd/banhangonline88_joomla:language/es-ES/es-ES.ini"),
        # Joomla's (a site's installed packs') Spanish PHPMailer strings (PHPMAILER_*)
        Phrases("es.auth-failed-joomla3-nielsnuebel", C.AUTH_FAILED, (
            "no se ha podido autentificar",
        ), "nielsnuebel/yovoco:administrator/language/es-ES/es-ES.ini"),
        # Joomla's (a site's installed packs') Spanish PHPMailer strings (PHPMAILER_*)
        Phrases("es.user-unknown-joomla3-fnunes1906", C.USER_UNKNOWN, (
            "las siguientes direcciones para la recepción del correo electrónico han fallado",
        ), "FNunes1906/V3:administrator/language/es-ES/es-ES.ini", decisive=False),
        # Joomla's (a site's installed packs') Spanish PHPMailer strings (PHPMAILER_*)
        Phrases("es.network-error-joomla3-fnunes1906", C.NETWORK_ERROR, (
            "no se puede conectar al hospedaje smtp",
        ), "FNunes1906/V3:administrator/language/es-ES/es-ES.ini"),
        # DeServidores' guide to SMTP errors: 421 means "el Servidor SMTP no está disponible en ese
        # momento" (a restart, a passing fault).
        Phrases("es.service-unavailable-deservidores", C.SERVICE_UNAVAILABLE, (
            "servidor smtp no está disponible", "servidor smtp no esta disponible",
        ), "https://blog.deservidores.com/errores-al-enviar-correo-electronico-estos-son-los-mas-habituales/"),
        # Host Rentable's cPanel guide: "Cuando una cuenta excede su cuota, no se enviarán más
        # correos electrónicos a ésta dirección" (Exim's 'Mailbox quota exceeded' bounce).
        Phrases("es.mailbox-full-hostrentable", C.MAILBOX_FULL, ("excede su cuota",),
                "https://blog.hostrentable.ar/2019/07/13/como-aumentar-el-espacio-del-correo-electronico-en-cpanel"),
        # Warmy's Spanish guide to 550 5.4.1: «Dirección del destinatario rechazada: Acceso
        # denegado», an address that does not exist (Exchange Online's directory-based edge
        # blocking).
        Phrases("es.user-unknown-warmy", C.USER_UNKNOWN, ("dirección del destinatario rechazada",),
                "https://www.warmy.io/blog/es/error-smtp-550-5-4-1-como-solucionarlo"),
        # InboxAlly's Spanish guide to 550 5.1.1: "La cuenta de correo electrónico se eliminó".
        Phrases("es.user-unknown-inboxally", C.USER_UNKNOWN, ("cuenta de correo electrónico se eliminó",),
                "https://www.inboxally.com/es/blog/el-codigo-de-error-550-5-1-1-usuario-desconocido-que-es-y-como-evitarlo"),
        # Axarnet on '550 permanent failure': missing SPF/DKIM/DMARC ("El servidor no puede
        # verificar tu identidad como remitente legítimo") and mass sending ("Has mandado
        # demasiados correos en poco tiempo").
        Phrases("es.sender-unauthenticated-axarnet", C.SENDER_UNAUTHENTICATED, (
            "no puede verificar tu identidad como remitente",
        ), "https://axarnet.es/blog/error-550-permanent-failure"),
        Phrases("es.rate-limited-axarnet", C.RATE_LIMITED, ("demasiados correos en poco tiempo",),
                "https://axarnet.es/blog/error-550-permanent-failure"),
        # 0PC's help on refused mail: "los fallos de configuración de SPF" or a reverse DNS that
        # does not match.
        Phrases("es.sender-unauthenticated-0pc", C.SENDER_UNAUTHENTICATED, ("configuración de spf",),
                "http://www.0pc.eu/pt/ayuda/problemas-correo;mostrar=0"),
        # Microsoft's Spanish support article on 550/553 relaying errors: Outlook quotes qmail's
        # refusal as "553 lo sentimos, ese dominio no está en mi lista de rcpthosts permitidos", a
        # message returned "con un mensaje de error 550, 553 o prohibido para retransmisión".
        Phrases("es.relay-denied-microsoft-support", C.RELAY_DENIED, (
            "lista de rcpthosts permitidos", "prohibido para retransmisión",
        ), "https://support.microsoft.com/es-es/office/recibo-un-error-550-553-o-retransmisi%C3%B3n-prohibido-"
           "al-enviar-mensajes-de-correo-electr%C3%B3nico-65b494a4-0a15-433e-829f-e73651e0245e?ui=es-es&rs=es-es&ad=es"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("es.rate-limited-sogo", C.RATE_LIMITED, (
            "enviar demasiados correos",
        ), "Alinto/sogo:UI/MailerUI/SpanishArgentina.lproj/Localizable.strings; Alinto/sogo:UI/MailerUI/SpanishSpain.lproj/Localizable.strings"),
        # A Spanish host's explanation of cPanel's 'has exceeded the max defers and failures per hour' refusal.
        Phrases("es.rate-limited-failures-per-hour", C.RATE_LIMITED, (
            "correos fallidos por hora",
        ), "https://mihosting.com/?p=67237"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        Phrases("es.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "límite de tasa de destinatarios",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.es-ES:AlchemyInsights/need-help-with-email-sending-limits.md"),
        # MailScanner's spam bounce (sender.spam.report): unsolicited commercial e-mail refused.
        Phrases("es.spam-content-mailscanner-uce", C.SPAM_CONTENT, (
            "comercial no solicitado",
        ), _MAILSCANNER + "sender.spam.report.txt"),
        # Kopano's MAPI error text (m4lcommon/Util.cpp, MAPI_E_STORE_FULL), translated: the message store has reached its maximum size.
        Phrases("es.mailbox-full-kopano", C.MAILBOX_FULL, (
            "carpeta de mensajes está llena",
        ), "Kopano-dev/kopano-core:po/es.po"),
        # Kopano spooler's NDR text (spooler/Spooler.cpp), translated: a fatal error while processing the message, Kopano cannot send it.
        Phrases("es.server-error-kopano", C.SERVER_ERROR, (
            "ocurrió un error fatal al procesar su mensaje",
        ), "Kopano-dev/kopano-core:po/es.po"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words. (es-ES,
        # es-AR, es-MX alike)
        Together("es.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("conexión al servidor", "conexión con el servidor"),
            ("reinici", "interrump", "se terminó", "restableci"),
        ), "thunderbird/thunderbird-l10n:es-ES/mail/chrome/messenger/messenger.properties", window=60),
        # Adobe Campaign's Spanish docs on delivery failures: "El buzón de este usuario está lleno
        # y no puede aceptar más mensajes"; a mailbox or inbox that is full or out of capacity.
        # Also Microsoft's Spanish Alchemy Insights note on 554 5.2.2: "no se ha alcanzado la
        # cuota de buzones de correo".
        Together("es.together-mailbox-full", C.MAILBOX_FULL,
                 (("buzón", "casilla", "bandeja de entrada"),
                  ("llen", "sin espacio", "capacidad", "alcanzado la cuota")),
                 "AdobeDocs/campaign-standard.es-ES:help/sending/using/understanding-delivery-failures.md"),
        # The same page on a disabled account: "puede cerrar la cuenta del usuario ... si la cuenta
        # se desactiva temporalmente ... la cuenta está desactivada de forma permanente"; an account
        # or mailbox that is disabled, suspended or inactive.
        Together("es.together-mailbox-disabled", C.MAILBOX_DISABLED,
                 (("cuenta", "buzón"), ("desactiva", "deshabilita", "suspendid", "inactiv")),
                 "AdobeDocs/campaign-standard.es-ES:help/sending/using/understanding-delivery-failures.md"),
        # GoDaddy's Spanish help on Workspace mail limits: "limitamos nuestras cuentas de correo a
        # 250 transferencias SMTP por día", "limitamos el número de destinatarios a 1 500 por día";
        # a limit or quota per day, hour or minute.
        Together("es.together-rate-limited", C.RATE_LIMITED,
                 (("limit", "límite", "cuota de envío", "máximo de"),
                  ("por día", "por hora", "por minuto", "al día", "diari")),
                 "http://ix-one.com/domainhostingFAQ/article/MS_23027.html", window=70),
        # A GoDaddy-hosted Spanish help page on 552 bounces: "los correos electrónicos salientes ...
        # tienen las características de correo no deseado", "Algo en su mensaje activó nuestros
        # filtros contra correo no deseado ... y eso marcó el mensaje como correo no solicitado".
        Together("es.together-spam-content", C.SPAM_CONTENT,
                 (("correo no deseado", "correo no solicitado"),
                  ("características de", "activó", "marcó", "detectado como", "identificado como",
                   "considerado como")),
                 "https://cheap.hostingdude.com/cheap-website/help/7/7961fd80.html?locale=es"),
        # Microsoft's Spanish Alchemy Insights note on 550 5.7.511 ("la dirección IP está bloqueada",
        # "la lista de remitentes bloqueados"); a sending IP or sender blocked or on a block list.
        Together("es.together-blocklisted", C.BLOCKLISTED,
                 (("dirección ip", "ip", "remitente"),
                  ("bloquead", "lista negra", "lista de bloqueo", "prohibido")),
                 "isabella232/OfficeDocs-AlchemyInsights-pr.es-ES:AlchemyInsights/ip-blocked-for-sending-too-much-spam-550-5-7-51.md"),
    ),
)
