"""DNS blocklist operators as one 'provider': their zone names and lookup/delisting URLs.

A receiver that rejects on a DNSBL names the zone ("blocked using zen.spamhaus.org") or links the
operator's lookup page; either is evidence that the sending IP or domain is blocklisted. One
entry per operator: Spamhaus (ZEN, SBL, XBL, PBL, DBL, CSS; CBL/abuseat is now part of XBL),
SpamCop, SORBS, Barracuda BRBL, UCEPROTECT, Cloudmark CSI, NiX Spam, PSBL, invaluement, Hostkarma
(Junk Email Filter) and dnsbl.cobion.com (Abusix, Mailspike and SpamRATS wait for a
real reply naming them). An exception: Spamhaus answers queries
sent through open or public resolvers with error codes, and the receiver's MTA then reports
"Error: open resolver; https://www.spamhaus.org/returnc/…" - Spamhaus documents that this is the
receiver's own misconfiguration, not a listing; likewise Sendmail's "Temporary lookup failure of
<ip> at <zone>" is a failed query, not a listing. Sources: the operators' own pages (usage,
lookup and return-code documentation).
"""

from __future__ import annotations

from smtpcodes.enums import Action, Scope
from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_SPAMHAUS = "https://www.spamhaus.org/zen/"
_RETURNC = ("https://www.spamhaus.org/resource-hub/dnsbl/"
            "using-our-public-mirrors-check-your-return-codes-now./")

PROVIDER = Provider(
    name="dnsbl",
    hosts=(),
    source=_SPAMHAUS,
    tokens=(
        # Spamhaus's error answer to an open/public resolver: the receiver is misconfigured.
        Token("dnsbl.spamhaus-returnc", C.SERVER_ERROR, (
            "spamhaus.org/returnc", "error: open resolver",
        ), _RETURNC, action=Action.INVESTIGATE, scope=Scope.DOMAIN),
        # Sendmail's FEATURE(dnsbl) with a 't' third argument defers when the list cannot be
        # queried: "451 Temporary lookup failure of IP-ADDRESS at SERVER" names the zone, but the
        # sending IP was not found listed - a DNS failure on the receiver's side.
        # qmail's rblsmtpd -c (fail closed) says "451 temporary RBL lookup error" likewise.
        Token("dnsbl.lookup-failure", C.NETWORK_ERROR, (
            "temporary lookup failure of", "temporary rbl lookup error",
        ), "hrs-allbsd/sendmail:cf/feature/dnsbl.m4 (_DNSBL_MSG_TMP_); "
           "hrs-allbsd/sendmail:cf/README (dnsbl: temporary lookup failures); "
           "comotion/ucspi-tcp:rblsmtpd.c (temporary RBL lookup error)"),
        # URI blocklists list the domains found in message bodies, not senders ("SURBLs are
        # lists of web sites that have appeared in unsolicited messages"; "URIBL lists domains
        # that appear in spam, NOT where they were sent from"): a rejection naming their zones,
        # or a URL "in this email" that is listed, is about the content, though it says "listed".
        # URIBL's lookup page (lookup.uribl.com), where a refusal sends the sender to look up
        # the listed domain, names the same list.
        Token("dnsbl.uri-blocklist", C.SPAM_CONTENT, (
            "multi.surbl.org", "multi.uribl.com", "lookup.uribl.com", "a url in this email",
        ), "https://www.surbl.org/; http://uribl.com/about.shtml; "
           "https://github.com/openzfs/openzfs-docs/issues/543 (See http://lookup.uribl.com.); "
           "haraka/haraka-plugin-uribl:config/uribl.ini (both zones checked for body URIs only); "
           "https://www.simplefastwebsites.com/errors/security/surbl-uri-blocklist-listed/; "
           "https://github.com/freescout-help-desk/freescout/issues/4690"),
    ),
    # The operators' names and zones are wording the receiver writes (level of a decisive
    # phrase), not the receiver's own tag: Spamhaus's "open resolver" token above outranks them.
    phrases=(
        Phrases("dnsbl.spamhaus", C.BLOCKLISTED, (
            "spamhaus",
        ), _SPAMHAUS),
        Phrases("dnsbl.abuseat", C.BLOCKLISTED, ("abuseat.org",),
              "https://github.com/rackerlabs/support-how-to/issues/1437"),
        Phrases("dnsbl.spamcop", C.BLOCKLISTED, (
            "spamcop",
        ), "https://www.spamcop.net/bl.shtml"),
        Phrases("dnsbl.sorbs", C.BLOCKLISTED, ("sorbs",),
              "http://www.sorbs.net/lookup.shtml"),
        Phrases("dnsbl.uceprotect", C.BLOCKLISTED, (
            "uceprotect",
        ), "https://www.uceprotect.net/en/rblcheck.php"),
        Phrases("dnsbl.cloudmark", C.BLOCKLISTED, (
            "csi.cloudmark.com", "cloudmark sender intelligence",
        ), "http://csi.cloudmark.com/reset-request/"),
        Phrases("dnsbl.psbl", C.BLOCKLISTED, ("psbl",),
              "https://github.com/rikvanriel/spamikaze/issues/1 (listed at psbl.surriel.com)"),
        Phrases("dnsbl.invaluement", C.BLOCKLISTED, ("invaluement",),
              "zone-eu/zone-mta:config/bounces.txt (is listed by Invaluement)"),
        # Hostkarma is Junk Email Filter's list (its delisting page is on junkemailfilter.com).
        Phrases("dnsbl.hostkarma", C.BLOCKLISTED, ("hostkarma", "junkemailfilter"),
              "zone-eu/zone-mta:config/bounces.txt (Black listed at hostkarma, "
              "ipadmin.junkemailfilter.com)"),
        Phrases("dnsbl.cobion", C.BLOCKLISTED, ("dnsbl.cobion.com",),
              "zone-eu/zone-mta:config/bounces.txt"),
        Phrases("dnsbl.manitu", C.BLOCKLISTED, ("ix.dnsbl.manitu.net",),
              "https://support.onesystems.ch/722126-%C3%9Cbersicht-h%C3%A4ufig-vorkommender-"
              "Fehlermeldungen"),
    ),
)
