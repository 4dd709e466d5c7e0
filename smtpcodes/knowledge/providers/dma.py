"""DragonFly Mail Agent (dma), the small MTA of DragonFly BSD and FreeBSD: the reasons it writes
into its bounces ("There was an error delivering your mail to <...>"). A remote refusal is quoted
after "<host> [<ip>] did not like our <command>:", so the remote server's own words decide; dma's
own wording names the cases it decides itself: it gives up on a message it "Could not deliver for
the last <n> seconds" (dma.c, MAX_TIMEOUT), SMTP AUTH at the smarthost failed ("SMTP login to
<host> failed", net.c), and its queue or input is damaged ("corrupted queue file", "Internal
error: badly formed address", net.c and local.c). Source: the dma source tree (corecode/dma)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_DMA = "corecode/dma:dma.c"
_NET = "corecode/dma:net.c"
_LOCAL = "corecode/dma:local.c"

PROVIDER = Provider(
    name="dma",
    hosts=(),
    source="https://github.com/corecode/dma",
    phrases=(
        # deliver(): a temporary failure that lasted past MAX_TIMEOUT becomes a bounce.
        Phrases("dma.gave-up", C.EXPIRED, (
            "could not deliver for the last",
        ), _DMA),
        # deliver_remote(): the smarthost refused the AUTH exchange.
        Phrases("dma.smtp-login", C.AUTH_FAILED, (
            "smtp login to",
        ), _NET),
        Phrases("dma.queue-error", C.SERVER_ERROR, (
            "corrupted queue file",
            "internal error: badly formed address",
        ), _NET + "; " + _LOCAL),
    ),
)
