"""Galician (gl): the SMTP and mail-sending error messages that web applications show
in Galician. Sources: web applications' Galician
translations (phpList's admin catalogue)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

LANGUAGE = Language(
    code="gl",
    name="Galician",
    phrases=(
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
    ),
)
