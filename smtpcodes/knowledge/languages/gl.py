"""Galician (gl): the SMTP and sending error messages that mail clients show in Galician.
Sources: the mail clients' translation files named at each entry."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

LANGUAGE = Language(
    code="gl",
    name="Galician",
    phrases=(
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
        # Roundcube's 'Too many recipients' and 'Please wait N sec(s) before sending this message'.
        Phrases("gl.rate-limited-roundcube", C.RATE_LIMITED, (
            "antes de enviar esta mensaxe",
        ), "roundcube/roundcubemail:program/localization/gl_ES/messages.inc"),
        # Roundcube's 'Message size exceeds server limit' and 'Maximum size of a message exceeded' (attaching a file).
        Phrases("gl.message-too-large-roundcube", C.MESSAGE_TOO_LARGE, (
            "supera o límite do servidor",
            "superouse o tamaño máximo dunha mensaxe",
        ), "roundcube/roundcubemail:program/localization/gl_ES/messages.inc"),
        # Roundcube's 'Server does not support Unicode in email address' (SMTPUTF8).
        Phrases("gl.content-rejected-roundcube", C.CONTENT_REJECTED, (
            "non admite unicode no enderezo",
        ), "roundcube/roundcubemail:program/localization/gl_ES/messages.inc"),
        # Roundcube's 'SMTP Error: Failed to set sender'.
        Phrases("gl.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "erro ao establecer o remitente",
        ), "roundcube/roundcubemail:program/localization/gl_ES/messages.inc"),
        # Roundcube's 'SMTP Error: Connection to server failed'.
        Phrases("gl.network-error-roundcube", C.NETWORK_ERROR, (
            "erro de conexión co servidor",
        ), "roundcube/roundcubemail:program/localization/gl_ES/messages.inc"),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("gl.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "demasiadas conexións activas",
        ), "Foundry376/Mailspring:app/lang/gl.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("gl.relay-denied-mailspring", C.RELAY_DENIED, (
            "non retransmitirá unha mensaxe",
        ), "Foundry376/Mailspring:app/lang/gl.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("gl.rate-limited-mailspring", C.RATE_LIMITED, (
            "ancho de banda de gmail excedido",
        ), "Foundry376/Mailspring:app/lang/gl.json"),
        # Mailspring's 'Connection Error - Unable to connect to the server / port you provided.'
        Phrases("gl.network-error-mailspring", C.NETWORK_ERROR, (
            "non se pode conectar co servidor",
        ), "Foundry376/Mailspring:app/lang/gl.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("gl.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "contén un anexo ilegal",
        ), "Foundry376/Mailspring:app/lang/gl.json"),
        # Mailspring's 'Authentication required.'
        Phrases("gl.auth-required-mailspring", C.AUTH_REQUIRED, (
            "requírese autenticación",
        ), "Foundry376/Mailspring:app/lang/gl.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("gl.auth-failed-mailspring", C.AUTH_FAILED, (
            "non admite a autenticación básica",
        ), "Foundry376/Mailspring:app/lang/gl.json"),
        # Geary's server-certificate problems (expired, revoked, not activated, unknown authority, insecure, identity mismatch).
        Phrases("gl.tls-required-geary-po", C.TLS_REQUIRED, (
            "o certificado do servidor",
            "a identidade do servidor non coincide",
        ), "GNOME/geary:po/gl.po"),
        # Geary's 'Could not connect, check your network'.
        Phrases("gl.network-error-geary-po", C.NETWORK_ERROR, (
            "non foi posíbel conectarse",
        ), "GNOME/geary:po/gl.po"),
        # Geary's login problems: check your sending / receiving login and password; an account reported an incorrect login or password.
        Phrases("gl.auth-failed-geary-po", C.AUTH_FAILED, (
            "comprobe o seu enderezo de correo e contrasinal",
            "comprobe o seu inicio de sesión e contrasinal",
            "inicio de sesión ou contrasinal incorrecto",
        ), "GNOME/geary:po/gl.po"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("gl.tls-required-weak-k9", C.TLS_REQUIRED, (
            "erro certificado",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-gl/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("gl.network-error-weak-k9", C.NETWORK_ERROR, (
            "erro en conexión",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-gl/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-gl/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-gl/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("gl.auth-failed-weak-k9", C.AUTH_FAILED, (
            "erro de autenticación",
            "fallou a autenticación",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-gl/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-gl/strings.xml", decisive=False),
        # Delta Chat's login failure for want of an internet connection.
        Phrases("gl.network-error-deltachat", C.NETWORK_ERROR, (
            "sen conexión a internet",
        ), "deltachat/deltachat-android:src/main/res/values-gl/strings.xml"),
        # Delta Chat's login failure: cannot log in as the address; check the address and the password.
        Phrases("gl.auth-failed-deltachat", C.AUTH_FAILED, (
            "non se puido acceder como",
        ), "deltachat/deltachat-android:src/main/res/values-gl/strings.xml"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("gl.auth-required-kmail", C.AUTH_REQUIRED, (
            "debe indicar un nome de usuaria e un contrasinal",
        ), "KDE/kmailtransport:po/gl/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("gl.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "non admite autenticación",
        ), "KDE/kmailtransport:po/gl/libmailtransport6.po"),
        # FairEmail's authentication-failure notice.
        Phrases("gl.auth-failed-fairemail", C.AUTH_FAILED, (
            "erro na autenticación",
        ), "M66B/FairEmail:app/src/main/res/values-gl-rES/strings.xml"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("gl.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "máis grande que o límite do servidor",
        ), "M66B/FairEmail:app/src/main/res/values-gl-rES/strings.xml"),
    ),
)
