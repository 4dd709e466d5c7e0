"""Italiaonline (Libero Mail, Virgilio Mail): the delivery errors its help explains.

Libero's and Virgilio's help pages "Messaggi di errore più frequenti dopo invio email" list the
DSN texts their users meet; Italiaonline's own outgoing servers refuse a message sent through an
SMTP server that is not the user's provider's with ``550 Relay Disabled`` ("RELAYING NOT ALLOWED
(550 Relay Disabled)": the client's outgoing-server setting is wrong).
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_LIBERO = "https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email"
_VIRGILIO = (
    "https://aiuto.virgilio.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email/"
)

PROVIDER = Provider(
    name="libero",
    hosts=("libero.it", "virgilio.it", "iol.it", "inwind.it", "blu.it", "italiaonline.it"),
    source=_LIBERO,
    phrases=(
        Phrases("libero.relay-disabled", C.RELAY_DENIED, ("relay disabled",), _LIBERO),
    ),
)
