"""Spanish wording of SMTP replies and bounce notices: Spanish-speaking providers' replies
(Latinmail), Exchange's, Lotus Domino's and Google Groups' Spanish NDR texts, the bounce
fragments collected in Alex Borrás's list of Spanish bounce wordings, and the Spanish Roundcube
client strings that quote a server's refusal. Sources: sisimai issue #66 (Latinmail reply),
pastebin NDR copies, sisimai/p5-sisimai Lhost/Domino.pm, sisimai/set-of-emails, alexborras.com,
roundcube/roundcubemail program/localization/es_ES/messages.inc."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_LATINMAIL = "https://github.com/sisimai/p5-sisimai/issues/66"
_BORRAS = "https://alexborras.com/errores-y-warnings-habituales-en-retorno-de-email/ab_md/"
_ROUNDCUBE = "roundcube/roundcubemail:program/localization/es_ES/messages.inc"
_GGROUPS = "sisimai/set-of-emails:maildir/bsd/lhost-googlegroups-07.eml"

LANGUAGE = Language(
    code="es",
    name="Spanish",
    phrases=(
        Phrases("es.user-unknown", C.USER_UNKNOWN, (
            "destinatario desconocido", "usuario desconocido", "usuario inexistente",
            "no se encuentra en el directorio de domino", "no se encuentra en la libreta",
            "no se pudo encontrar la dirección de correo",
            "no se pudo encontrar la direccion de correo",
        ), _LATINMAIL),
        Phrases("es.mailbox-full", C.MAILBOX_FULL, (
            "mailbox lleno", "buzón lleno", "buzon lleno", "correo lleno",
            "buzón del destinatario está lleno", "buzon del destinatario esta lleno",
        ), _LATINMAIL),
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
    ),
)
