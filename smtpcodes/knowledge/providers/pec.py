"""Italian certified e-mail (PEC, Posta Elettronica Certificata): the providers' standard notices.

A PEC provider answers every message with a receipt or a notice whose subject names what happened
(the technical rules' "avviso di non accettazione", "avviso di mancata consegna", "preavviso di
mancata consegna" and their reasons). Read here:

- "Mancata consegna per superamento del tempo massimo" (the rules' "superamento dei tempi
  massimi"): the recipient's provider neither took the message in charge
  nor delivered it within the maximum time (12 hours for the warning, 24 for the notice), so the
  delivery time expired (``expired``).
- The reasons Namirial's help gives a "mancata consegna": the recipient's box is full ("casella
  del destinatario piena", ``mailbox_full``), the recipient is not valid ("destinatario non
  valido": it never existed or was deleted, ``user_unknown``), the box exists but is blocked
  ("casella inibita alla ricezione", for example awaiting renewal: ``mailbox_disabled``).

The bare "AVVISO DI MANCATA CONSEGNA" names no reason (the reason is in its body, read by the
language modules), so it is not read here. Sources: Namirial's service-desk article on the
"Avviso di mancata consegna", and a law firm's questions and answers on PEC non-delivery.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_NAMIRIAL = (
    "https://servicedesk.namirial.com/hc/it/articles/4418366332177-Riscontro-l-errore-"
    "Avviso-di-mancata-consegna-a-cosa-%C3%A8-dovuto"
)
_ARCELLA = (
    "https://avvocatotelematico.studiolegalearcella.it:443/2015/01/26/"
    "quesiti-e-risposte-che-cose-la-mancata-consegna-di-una-pec/"
)

PROVIDER = Provider(
    name="pec",
    hosts=("pec.it", "legalmail.it", "postecert.it", "actaliscertymail.it"),
    source=_NAMIRIAL,
    phrases=(
        Phrases("pec.expired-max-time", C.EXPIRED, (
            "mancata consegna per superamento del tempo massimo",
            "mancata consegna per superamento dei tempi massimi",
        ), _NAMIRIAL + "; " + _ARCELLA),
        Phrases("pec.mailbox-full", C.MAILBOX_FULL, (
            "casella del destinatario piena",
        ), _NAMIRIAL),
        # A box that exists but is blocked (for example awaiting renewal) takes no mail.
        Phrases("pec.mailbox-disabled", C.MAILBOX_DISABLED, (
            "casella inibita alla ricezione",
        ), _NAMIRIAL),
        Phrases("pec.user-unknown", C.USER_UNKNOWN, (
            "mancata consegna per destinatario non valido",
        ), _NAMIRIAL),
    ),
)
