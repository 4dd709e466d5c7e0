"""Galician (gl): the Galician SMTP error wording of mail clients, webmails and list managers that
show or quote a server's refusal. Sources: Thunderbird's composeMsgs.properties
(thunderbird/thunderbird-l10n), Roundcube's messages.inc, Evolution's camel-smtp and RFC 5321
reply texts (GNOME/evolution-data-server po/), glibc's strerror and resolver texts (bminor/glibc
po/), Balsa's, Sylpheed's and Geary's send errors, PHPMailer's language file and Mailman 2's hold
and rejection reasons.
Also: Mailspring's, SOGo's, Nextcloud Mail's, FairEmail's, Thunderbird for Android's and Delta
Chat's translated send, account and login errors.
Also: web applications' Galician
translations (phpList's admin catalogue) (web applications' texts).
Also: the mail clients' translation files named at each entry.
Also: KDE ksmtp, Mozilla NSS's TLS errors (firefox-l10n nsserrors.properties), GLib's GIO resolver
errors."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_TB_L10N = (
    "thunderbird/thunderbird-l10n:gl/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)
_RC_L10N = "roundcube/roundcubemail:program/localization/gl_ES/messages.inc"
_EVO_PO = "GNOME/evolution-data-server:po/gl.po"
_GLIBC_PO = "bminor/glibc:po/gl.po"
_BALSA_PO = "GNOME/balsa:po/gl.po"
_SYLPHEED_PO = "sylpheed-mail/sylpheed:po/gl.po"
_GEARY_PO = "GNOME/geary:po/gl.po"
_PHPMAILER = "PHPMailer/PHPMailer:language/phpmailer.lang-gl.php"
_MAILMAN_PO = "jaredmauch/mailman2-python3:messages/gl/LC_MESSAGES/mailman.po"

LANGUAGE = Language(
    code="gl",
    name="Galician",
    phrases=(
        # GLib's GIO: TLS support is not available (no TLS backend for a GNOME mail client's
        # connection).
        Phrases("gl.tls-required-glib", C.TLS_REQUIRED, (
            "a compatibilidade de tls",
        ), "GNOME/glib:po/gl.po"),
        # GLib's GIO network errors (the resolver and socket layer of GNOME mail clients such as
        # Evolution, Geary and Balsa): an error resolving a host name (or reverse-resolving an
        # address), temporarily unable to resolve, the connection is closed, a timeout, the network
        # unreachable.
        Phrases("gl.network-error-glib-resolver", C.NETWORK_ERROR, (
            "un erro ao resolver", "non é posíbel resolver", "a conexión está pechado",
            "tempo de espera máximo alcanzado",
            "a rede non é atinxíbel",
        ), "GNOME/glib:po/gl.po"),
        # Mozilla NSS's TLS errors (nsserrors.properties; Thunderbird reports them when a mail
        # server's TLS fails): no secure communication with the peer (no common cipher, certificate
        # rejected, domain mismatch), the SSL peer rejected or cannot verify the certificate, the
        # peer's certificate expired, revoked or of an unknown issuer, an unsupported security
        # protocol version.
        Phrases("gl.tls-required-nss", C.TLS_REQUIRED, (
            "non foi posíbel comunicar de modo seguro", "non é posíbel comunicar de modo seguro",
            "o elemento do mesmo nivel de ssl", "versión de protocolo de seguranza incompatíbel",
            "o certificado do elemento do mesmo nivel",
            "o emisor do certificado do elemento do mesmo nivel",
        ), "mozilla-l10n/firefox-l10n:gl/security/manager/chrome/pipnss/nsserrors.properties"),
        # KDE's SMTP library (ksmtp): insufficient storage space on the server (a 452 reply).
        Phrases("gl.system-full-ksmtp", C.SYSTEM_FULL, (
            "espazo de almacenamento insuficiente no servidor",
        ), "KDE/ksmtp:po/gl/libksmtp6.po"),
        # KDE's SMTP library (ksmtp): the mailbox is unavailable (a 550 reply).
        Phrases("gl.user-unknown-ksmtp", C.USER_UNKNOWN, (
            "caixa de correo non dispoñíbel",
        ), "KDE/ksmtp:po/gl/libksmtp6.po"),
        # KDE's SMTP library (ksmtp): the message exceeds the size limit.
        Phrases("gl.message-too-large-ksmtp", C.MESSAGE_TOO_LARGE, (
            "supera o tamaño límite",
        ), "KDE/ksmtp:po/gl/libksmtp6.po"),
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write.
        Phrases("gl.network-error-mutt-po", C.NETWORK_ERROR, (
            "non foi posible atopa-lo servidor", "non foi posible conectar con",
            "o servidor pechou a conexión", "erro ó conectar có servidor",
        ), "muttmua/mutt:po/gl.po"),
        # Mutt's TLS errors (po/): TLS could not be negotiated, no encrypted connection, SSL
        # failed, the server certificate expired, untrusted or not matching the host name, its
        # verification failed.
        Phrases("gl.tls-required-mutt-po", C.TLS_REQUIRED, (
            "non foi posible obter un certificado",
        ), "muttmua/mutt:po/gl.po"),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("gl.tls-required-kimap", C.TLS_REQUIRED, (
            "fallou a negociación de ssl",
        ), "KDE/kimap:po/gl/libkimap6.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("gl.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "non é posíbel localizar un servidor",
        ), ("thunderbird/thunderbird-l10n:gl/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("gl.network-error-kdepim", C.NETWORK_ERROR, (
            "o servidor terminou a conexión", "tempo límite do servidor de pop3",
            "conexión rota do servidor", "perdeuse a conexión",
            "desconectado do servidor durante o acceso", "desconectado durante o acceso",
        ), "KDE/kdepim-runtime:po/gl/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime): an error during authentication, unable
        # to log in to the server.
        Phrases("gl.auth-failed-kdepim", C.AUTH_FAILED, (
            "produciuse un erro durante a autenticación", "non se pode acceder ao servidor",
        ), "KDE/kdepim-runtime:po/gl/akonadi_pop3_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("gl.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "o servidor non está dispoñíbel",
        ), "KDE/kdepim-runtime:po/gl/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("gl.tls-required-glib-networking", C.TLS_REQUIRED, (
            "require un certificado tls", "certificado tls inaceptábel",
            "non foi posíbel crear a conexión tls", "a conexión tls pechouse",
            "non enviou un certificado", "certificado de autoridade tls inaceptábel",
        ), "GNOME/glib-networking:po/gl.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("gl.network-error-glib-networking", C.NETWORK_ERROR, (
            "tempo de espera do socket de e/s", "a conexión está rota",
        ), "GNOME/glib-networking:po/gl.po"),
        # Thunderbird's IMAP errors (imapMsgs.properties): an unrecoverable TLS error.
        Phrases("gl.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "erro tls non recuperábel",
        ), "thunderbird/thunderbird-l10n:gl/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's connection errors (messenger.properties): the connection failed or timed
        # out.
        Phrases("gl.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "produciuse un fallo ao conectarse", "superouse o tempo máximo de espera",
        ), "thunderbird/thunderbird-l10n:gl/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): an authentication failure while
        # connecting.
        Phrases("gl.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "produciuse un fallo na autenticación",
        ), "thunderbird/thunderbird-l10n:gl/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the connection refused or cut by the
        # server.
        Phrases("gl.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "a conexión foi rexeitada", "cortou a conexión",
        ), "thunderbird/thunderbird-l10n:gl/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("gl.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "erro ao enviar o contrasinal",
        ), "thunderbird/thunderbird-l10n:gl/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("gl.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "imposíbel estabelecer unha conexión tls",
        ), "thunderbird/thunderbird-l10n:gl/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird: the outgoing server refused the credentials or the chosen mechanism.
        Phrases("gl.auth-failed-thunderbird", C.AUTH_FAILED, (
            "non é posíbel autenticarse no servidor",
            "non admite o método de autenticación seleccionado",
            "non aceptou o ticket kerberos/gssapi",
            "non permite contrasinais en texto plano",
            "semella que non admite contrasinais cifrados",
        ), _TB_L10N),
        # Thunderbird: the number of recipients was over the server's limit.
        Phrases("gl.rate-limited-thunderbird", C.RATE_LIMITED, (
            "superou o número permitido de destinatarios",
        ), _TB_L10N),
        # Thunderbird: the message is over the server's global size limit.
        Phrases("gl.message-too-large-thunderbird", C.MESSAGE_TOO_LARGE, (
            "excede o límite global de tamaño",
        ), _TB_L10N),
        # Thunderbird: the connection to the outgoing server failed, was lost or timed out; the
        # server is unknown.
        Phrases("gl.network-error-thunderbird", C.NETWORK_ERROR, (
            "fallou a conexión co servidor de saída",
            "perdeu a conexión co servidor de saída",
            "caducou a conexión co servidor de saída",
            "servidor estea configurado incorrectamente",
        ), _TB_L10N),
        # Thunderbird: STARTTLS was asked for but the server does not announce it.
        Phrases("gl.tls-required-thunderbird", C.TLS_REQUIRED, (
            "non foi posíbel estabelecer unha ligazón segura",
        ), _TB_L10N),
        # Thunderbird: the envelope sender (From:) or the sending identity was refused; the MAIL
        # FROM reply with a hint to check the account's address; the identity and authentication
        # used for sending (the server's own reply decides where it names a reason).
        Phrases("gl.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "o enderezo do remitente (de:) non era correcto",
            "a identidade do remitente non era correcta",
            "comprobe se é correcto o enderezo de correo electrónico",
            "está a usar a identidade correcta para enviar",
        ), _TB_L10N, decisive=False),
        # Thunderbird: the server's answer to CLIENTID says this device may not send mail.
        Phrases("gl.policy-violation-thunderbird-clientid", C.POLICY_VIOLATION, (
            "o seu dispositivo non ten permiso para enviar correo",
        ), _TB_L10N),
        # Thunderbird: non-ASCII local part and a server without SMTPUTF8.
        Phrases("gl.content-rejected-thunderbird", C.CONTENT_REJECTED, (
            "o seu servidor non admite smtputf8",
        ), _TB_L10N),
        # Roundcube's SMTP errors: connection, authentication, sender, Unicode address, size,
        # recipient limit, minimum interval between messages.
        Phrases("gl.network-error-roundcube", C.NETWORK_ERROR, (
            "erro de conexión co servidor",
            "non se puido acceder ao servidor",
        ), _RC_L10N),
        Phrases("gl.auth-failed-roundcube", C.AUTH_FAILED, (
            "erro de autenticación",
        ), _RC_L10N),
        Phrases("gl.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "erro ao establecer o remitente",
        ), _RC_L10N, decisive=False),
        Phrases("gl.content-rejected-roundcube", C.CONTENT_REJECTED, (
            "non admite unicode no enderezo",
        ), _RC_L10N),
        Phrases("gl.message-too-large-roundcube", C.MESSAGE_TOO_LARGE, (
            "o tamaño da mensaxe supera o límite",
            "superouse o tamaño máximo dunha mensaxe",
            "supera o límite do servidor",
        ), _RC_L10N),
        Phrases("gl.rate-limited-roundcube", C.RATE_LIMITED, (
            "antes de enviar esta mensaxe",
        ), _RC_L10N),
        # Evolution's translations of the RFC 5321 reply texts and of camel-smtp's errors.
        Phrases("gl.user-unknown-evolution", C.USER_UNKNOWN, (
            "a caixa de correo non está dispoñíbel",
            "o nome da caixa de correo non se admite",
            "hai un ou máis destinatarios incorrectos",
        ), _EVO_PO, decisive=False),
        Phrases("gl.has-moved-evolution", C.HAS_MOVED, (
            "o usuario non é local",
            "usuario non local",
        ), _EVO_PO),
        Phrases("gl.mailbox-full-evolution", C.MAILBOX_FULL, (
            "excedeuse a asignación de almacenamento",
        ), _EVO_PO),
        Phrases("gl.system-full-evolution", C.SYSTEM_FULL, (
            "non hai suficiente almacenamento no sistema",
        ), _EVO_PO),
        Phrases("gl.server-error-evolution", C.SERVER_ERROR, (
            "produciuse un erro no procesamento",
        ), _EVO_PO, decisive=False),
        Phrases("gl.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "a orde non está implementada",
            "o parámetro da orde non está implementado",
        ), _EVO_PO, decisive=False),
        Phrases("gl.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "o servizo non está dispoñíbel",
        ), _EVO_PO, decisive=False),
        Phrases("gl.auth-failed-evolution", C.AUTH_FAILED, (
            "o mecanismo de autenticación é demasiado débil",
            "precísase unha transición de contrasinal",
            "a resposta de autenticación desde o servidor non é valida",
            "compatíbel coa autenticación",
        ), _EVO_PO),
        Phrases("gl.auth-required-evolution", C.AUTH_REQUIRED, (
            "autenticación requirida",
        ), _EVO_PO),
        Phrases("gl.tls-required-evolution", C.TLS_REQUIRED, (
            "necesítase un cifrado para o mecanismo de autenticación",
            "produciuse un fallo na orde starttls",
            "o starttls non é compatíbel",
        ), _EVO_PO),
        Phrases("gl.sender-rejected-evolution", C.SENDER_REJECTED, (
            "o enderezo do remitente non é válido",
        ), _EVO_PO, decisive=False),
        # glibc's translated strerror texts (ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, EADDRNOTAVAIL,
        # ENETUNREACH, ECONNRESET, ECONNABORTED, ENETDOWN, EHOSTDOWN) and resolver failures.
        Phrases("gl.network-error-glibc", C.NETWORK_ERROR, (
            "conexión rexeitada",
            "a conexión espirou",
            "non hai unha rota ao servidor",
            "non se pode asigna-lo enderezo pedido",
            "non se pode chegar á rede",
            "conexión reiniciada polo outro estremo",
            "fallo temporal na resolución de nomes",
            "fallo ao busca-lo nome do servidor",
            "un programa abortou a conexión",
            "a rede non funciona",
            "o servidor está inactivo",
            "fallo non recuperable na resolución de nomes",
        ), _GLIBC_PO),
        # glibc's gai_strerror EAI_NONAME and EAI_NODATA, and the resolver's unknown host.
        Phrases("gl.host-unknown-glibc", C.HOST_UNKNOWN, (
            "nome ou servicio descoñecido",
            "non hai un enderezo asociado ao nome de servidor",
            "servidor descoñecido",
        ), _GLIBC_PO),
        # Balsa's SMTP send errors: relaying refused, the connection refused, the server unreachable.
        Phrases("gl.relay-denied-balsa", C.RELAY_DENIED, (
            "o reenvío foi rexeitado",
        ), _BALSA_PO),
        Phrases("gl.network-error-balsa", C.NETWORK_ERROR, (
            "o servidor smtp rexeitou a conexión",
            "non foi posíbel acceder ao servidor smtp",
            "non é posíbel conectar co servidor",
        ), _BALSA_PO),
        # Sylpheed's SMTP session errors: authentication, SMTP AUTH missing, TLS not started.
        Phrases("gl.auth-failed-sylpheed", C.AUTH_FAILED, (
            "ocurriu algún erro na autenticación",
            "smtp auth non está disponible",
        ), _SYLPHEED_PO),
        Phrases("gl.tls-required-sylpheed", C.TLS_REQUIRED, (
            "non podo iniciar a sesión tls",
            "non podo abrir a sesión tls",
        ), _SYLPHEED_PO),
        # Geary's account problems: wrong sending login, no connection, a bad server certificate.
        Phrases("gl.auth-failed-geary", C.AUTH_FAILED, (
            "inicio de sesión e contrasinal de envío",
            "inicio de sesión ou contrasinal incorrecto",
        ), _GEARY_PO),
        Phrases("gl.network-error-geary", C.NETWORK_ERROR, (
            "non foi posíbel conectarse, comprobe a súa rede",
        ), _GEARY_PO),
        Phrases("gl.tls-required-geary", C.TLS_REQUIRED, (
            "o certificado do servidor non está asinado",
            "a identidade do servidor non coincide coa identidade no certificado",
            "o certificado do servidor caducou",
        ), _GEARY_PO),
        # PHPMailer's Galician SMTP errors.
        Phrases("gl.auth-failed-phpmailer", C.AUTH_FAILED, (
            "non puido ser autentificado",
        ), _PHPMAILER),
        Phrases("gl.network-error-phpmailer", C.NETWORK_ERROR, (
            "non puido conectar co servidor smtp",
            "smtp connect() fallou",
        ), _PHPMAILER),
        Phrases("gl.sender-rejected-phpmailer", C.SENDER_REJECTED, (
            "de remitente(s) deron erro",
        ), _PHPMAILER, decisive=False),
        # Mailman 2's refusals of a poster: forbidden, not a member.
        Phrases("gl.sender-rejected-mailman", C.SENDER_REJECTED, (
            "ten prohibido enviar mensaxes a esta rolda",
            "procedente dun enderezo que non pertence a ela",
            "non teñen permiso para enviar mensaxes a esta rolda",
        ), _MAILMAN_PO),
        # Mailman 2: the post is over the list's size limit.
        Phrases("gl.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "o corpo da mensaxe é demasiado grande",
            "a súa mensaxe é demasiado grande",
        ), _MAILMAN_PO),
        # Mailman 2: too many recipients.
        Phrases("gl.rate-limited-mailman", C.RATE_LIMITED, (
            "hai moitos destinatarios na mensaxe",
        ), _MAILMAN_PO),
        # Mailman 2's content filter: a disallowed content type, an empty message after filtering.
        Phrases("gl.content-rejected-mailman", C.CONTENT_REJECTED, (
            "o tipo de contido da mensaxe",
            "a mensaxe ficou baleira",
        ), _MAILMAN_PO),
        # Mailman 2's holds: a moderated list, an implicit destination, administrivia, a restricted
        # list, a suspicious header, the moderator's refusal, an emergency hold.
        Phrases("gl.policy-violation-mailman", C.POLICY_VIOLATION, (
            "grupo de novas moderado", "calcos ocultos",
            "envío a unha rolda moderada",
            "a mensaxe non vai dirixida explicitamente á rolda",
            "a mensaxe pode conter solicitudes administrativas",
            "a unha rolda restrinxida precisa a aprobación",
            "ten unha cabeceira sospeitosa",
            "o moderador considerou inapropiada a mensaxe",
            "bloqueo de emerxencia de todo o tráfico",
        ), _MAILMAN_PO),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("gl.auth-failed-mailspring", C.AUTH_FAILED, (
            "non admite a autenticación básica",
            "xa non pode autenticarse con",
        ), "Foundry376/Mailspring:app/lang/gl.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("gl.auth-required-mailspring", C.AUTH_REQUIRED, (
            "requírese autenticación",
        ), "Foundry376/Mailspring:app/lang/gl.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("gl.network-error-mailspring", C.NETWORK_ERROR, (
            "non se pode conectar co servidor",
        ), "Foundry376/Mailspring:app/lang/gl.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("gl.tls-required-mailspring", C.TLS_REQUIRED, (
            "starttls non está dispoñible",
            "tls non dispoñible",
        ), "Foundry376/Mailspring:app/lang/gl.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("gl.relay-denied-mailspring", C.RELAY_DENIED, (
            "non retransmitirá unha mensaxe",
        ), "Foundry376/Mailspring:app/lang/gl.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("gl.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "contén un anexo ilegal",
        ), "Foundry376/Mailspring:app/lang/gl.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("gl.rate-limited-mailspring", C.RATE_LIMITED, (
            "excedeu o límite de envío diario",
            "ancho de banda de gmail excedido",
        ), "Foundry376/Mailspring:app/lang/gl.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("gl.spam-content-mailspring", C.SPAM_CONTENT, (
            "filtro de spam de saída",
        ), "Foundry376/Mailspring:app/lang/gl.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("gl.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "demasiadas conexións activas",
        ), "Foundry376/Mailspring:app/lang/gl.json"),
        # SOGo's send errors: every recipient or some recipients refused by the SMTP server; the SMTP connection failed.
        Phrases("gl.user-unknown-sogo", C.USER_UNKNOWN, (
            "todos os destinatarios foron descartados",
        ), "Alinto/sogo:UI/MailerUI/Galician.lproj/Localizable.strings"),
        # SOGo's send errors: every recipient or some recipients refused by the SMTP server; the SMTP connection failed.
        Phrases("gl.network-error-sogo", C.NETWORK_ERROR, (
            "smtp) erro de conexión",
        ), "Alinto/sogo:UI/MailerUI/Galician.lproj/Localizable.strings"),
        # FairEmail's account legends: authentication failed (weak: the server's own reply decides).
        Phrases("gl.auth-failed-weak-fairemail-legend", C.AUTH_FAILED, (
            "erro na autenticación",
            "fallou a autenticación",
        ), "M66B/FairEmail:app/src/main/res/values-gl-rES/strings.xml", decisive=False),
        # FairEmail: no (suitable) internet connection (weak).
        Phrases("gl.network-error-weak-fairemail", C.NETWORK_ERROR, (
            "non hai conexión a internet",
        ), "M66B/FairEmail:app/src/main/res/values-gl-rES/strings.xml", decisive=False),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the connection failed; the SMTP credentials were refused.
        Phrases("gl.network-error-nextcloud-mail", C.NETWORK_ERROR, (
            "non é posíbel acceder ao servidor smtp",
            "produciuse un fallo na conexión smtp",
        ), "nextcloud/mail:l10n/gl.json"),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the connection failed; the SMTP credentials were refused.
        Phrases("gl.auth-failed-nextcloud-mail", C.AUTH_FAILED, (
            "o contrasinal de smtp son erróneos",
        ), "nextcloud/mail:l10n/gl.json"),
        # PHPMailer's SMTP error: the server refused the recipients listed after it (weak: the server's own reply decides).
        Phrases("gl.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "os seguintes destinos fallaron",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-gl.php", decisive=False),
        # Thunderbird for Android (K-9) legends: a connection or network error (weak: the server's own reply decides).
        Phrases("gl.network-error-weak-thunderbird-android", C.NETWORK_ERROR, (
            "erro en conexión",
        ), (
            "thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-gl/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-gl/strings.xml; thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-gl/strings.xml"
        ), decisive=False),
        # Thunderbird for Android (K-9) notification: a certificate error (weak).
        Phrases("gl.tls-required-weak-thunderbird-android", C.TLS_REQUIRED, (
            "erro certificado",
        ), (
            "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-gl/strings.xml"
        ), decisive=False),
        # Delta Chat cannot log in and asks to check the address and the password.
        Phrases("gl.auth-failed-deltachat", C.AUTH_FAILED, (
            "non se puido acceder como",
        ), "deltachat/deltachat-android:src/main/res/values-gl/strings.xml"),
        # Delta Chat reports no internet connection (and so a failed login).
        Phrases("gl.network-error-deltachat", C.NETWORK_ERROR, (
            "sen conexión a internet",
        ), "deltachat/deltachat-android:src/main/res/values-gl/strings.xml"),
        # phpList's translated notice that a campaign was suspended because the message is too large
        Phrases("gl.message-too-large-phplist", C.MESSAGE_TOO_LARGE, (
            "mensaxe é demasiado grande", "mensaxe demasiado grande",
        ), "phpList/phplist3:public_html/lists/admin/locale/gl/phplist.po"),
        # Joomla 3's Galician PHPMailer strings (PHPMAILER_*)
        Phrases("gl.auth-failed-joomla3", C.AUTH_FAILED, (
            "non foi posíbel autenticar",
        ), "cuongnd/banhangonline88_joomla:language/gl-ES/gl-ES.ini"),
        # Joomla 3's Galician PHPMailer strings (PHPMAILER_*)
        Phrases("gl.user-unknown-joomla3", C.USER_UNKNOWN, (
            "fallaron os seguintes destinatarios",
        ), "cuongnd/banhangonline88_joomla:language/gl-ES/gl-ES.ini", decisive=False),
        # Joomla 3's Galician PHPMailer strings (PHPMAILER_*)
        Phrases("gl.network-error-joomla3", C.NETWORK_ERROR, (
            "non foi posíbel conectarse ao servidor smtp", "fallou a conexión smtp",
        ), "cuongnd/banhangonline88_joomla:language/gl-ES/gl-ES.ini"),
        # Joomla 3's Galician PHPMailer strings (PHPMAILER_*)
        Phrases("gl.tls-required-joomla3", C.TLS_REQUIRED, (
            "non foi posíbel comezar o tls",
        ), "cuongnd/banhangonline88_joomla:language/gl-ES/gl-ES.ini"),
        # phpBB's Galician messenger errors: no connection to the SMTP host
        Phrases("gl.network-error-phpbb", C.NETWORK_ERROR, (
            "non se puido conectar ao servidor smtp",
        ), "anegtun/phpbb-language-gl:language/gl/common.php"),
        # phpBB's Galician messenger errors: no supported AUTH method
        Phrases("gl.auth-failed-phpbb", C.AUTH_FAILED, (
            "non hai métodos de autenticación permitidos",
        ), "anegtun/phpbb-language-gl:language/gl/common.php"),
        # phpBB's Galician messenger errors: the SMTP server does not support authentication (SMTP_NO_AUTH_SUPPORT)
        Phrases("gl.not-implemented-phpbb", C.NOT_IMPLEMENTED, (
            "non soporta autenticación",
        ), "anegtun/phpbb-language-gl:language/gl/common.php"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("gl.tls-required-k9-check", C.TLS_REQUIRED, (
            "certificado ssl non válido",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-gl/strings.xml"),
        # K-9 Mail's account-setup check: cannot connect to server.
        Phrases("gl.network-error-k9-check", C.NETWORK_ERROR, (
            "non se puido conectar co servidor",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-gl/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("gl.auth-failed-k9-check", C.AUTH_FAILED, (
            "nome de usuaria ou contrasinal incorrectos",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-gl/strings.xml"),
        # Geary's server-certificate problems (expired, revoked, not activated, unknown authority, insecure, identity mismatch).
        Phrases("gl.tls-required-geary-po", C.TLS_REQUIRED, (
            "o certificado do servidor",
            "a identidade do servidor non coincide",
        ), "GNOME/geary:po/gl.po"),
        # Geary's login problems: check your sending / receiving login and password; an account reported an incorrect login or password.
        Phrases("gl.auth-failed-geary-po", C.AUTH_FAILED, (
            "comprobe o seu enderezo de correo e contrasinal",
            "comprobe o seu inicio de sesión e contrasinal",
        ), "GNOME/geary:po/gl.po"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("gl.auth-required-kmail", C.AUTH_REQUIRED, (
            "debe indicar un nome de usuaria e un contrasinal",
        ), "KDE/kmailtransport:po/gl/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("gl.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "non admite autenticación",
        ), "KDE/kmailtransport:po/gl/libmailtransport6.po"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("gl.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "máis grande que o límite do servidor",
        ), "M66B/FairEmail:app/src/main/res/values-gl-rES/strings.xml"),
        # fetchmail's translated SMTP-listener refusals (po/): it doesn't like the recipient address; it rejected the local recipient addresses.
        Phrases("gl.user-unknown-fetchmail", C.USER_UNKNOWN, (
            "non acepta o enderezo de destinatario",
            "rexeitou os enderezos de destinatario",
        ), "Distrotech/fetchmail:po/gl.po"),
        # fetchmail's translated login failure (po/): unknown login or authentication error.
        Phrases("gl.auth-failed-fetchmail", C.AUTH_FAILED, (
            "erro descoñecido de login ou autenticación",
        ), "Distrotech/fetchmail:po/gl.po"),
        # fetchmail's translated connect timeout (po/): timeout after N seconds waiting to connect to the server.
        Phrases("gl.network-error-fetchmail", C.NETWORK_ERROR, (
            "tempo esgotado tras",
        ), "Distrotech/fetchmail:po/gl.po"),
        # Mutt's translated SASL authentication failure (po/).
        Phrases("gl.auth-failed-mutt", C.AUTH_FAILED, (
            "autenticación sasl fallida",
        ), "muttmua/mutt:po/gl.po"),
        # Trojitá's translated IMAP/SMTP login failure (po/): authentication failed, often a bad password or wrong user name.
        Phrases("gl.auth-failed-trojita", C.AUTH_FAILED, (
            "a autenticación fallou",
        ), "jktjkt/trojita:po/gl/trojita_common.po"),
    ),
    together=(
        # Mutt's authentication errors (po/): anonymous, CRAM-MD5, GSSAPI, SASL or APOP
        # authentication failed, LOGIN disabled on the server, login failed. The address or
        # mechanism between the words.
        Together("gl.together-auth-failed-mutt", C.AUTH_FAILED, (
            ("autenticación",),
            ("fallida",),
        ), "muttmua/mutt:po/gl.po", window=30),
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("gl.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("conexión co servidor",),
            ("restabeleceuse", "interrompeuse"),
        ), "thunderbird/thunderbird-l10n:gl/mail/chrome/messenger/messenger.properties", window=50),
    ),
)
