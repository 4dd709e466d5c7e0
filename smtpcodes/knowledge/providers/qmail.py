"""qmail (and netqmail/notqmail): the replies of qmail-smtpd and the bounce wording of
qmail-remote, qmail-local and qmail-send (plus vpopmail's vdelivermail; its own texts are in
providers/vpopmail.py), and the refusals of chkuser, the recipient/sender check patched into
qmail-smtpd by vpopmail sites ("sorry, can't find a valid MX for rcpt domain (chkuser)").
Sources: the notqmail source (qmail-smtpd.c, qmail-remote.c, qmail-local.c, qmail-send.c),
chkuser_settings.h of the patched qmail trees, and qmail bounces."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_SMTPD = "notqmail/notqmail:qmail-smtpd.c"
_REMOTE = "notqmail/notqmail:qmail-remote.c"
_LOCAL = "notqmail/notqmail:qmail-local.c"
_SEND = "notqmail/notqmail:qmail-send.c"
_CHKUSER = "sagredo-dev/qmail:chkuser_settings.h"

PROVIDER = Provider(
    name="qmail",
    hosts=(),
    source="https://cr.yp.to/qmail.html",
    phrases=(
        Phrases("qmail.no-mailbox", C.USER_UNKNOWN, (
            "no mailbox here by that name",
        ), _LOCAL),
        Phrases("qmail.rcpthosts", C.RELAY_DENIED, (
            "list of allowed rcpthosts",
        ), _SMTPD),
        Phrases("qmail.bad-sequence", C.BAD_SEQUENCE, (
            "mail first",
            "rcpt first",
        ), _SMTPD, decisive=False),
        Phrases("qmail.no-host", C.HOST_UNKNOWN, (
            "i couldn't find any host named",
            "i couldn't find a mail exchanger or ip address",
            "i couldn't find any host by that name",
        ), _REMOTE),
        Phrases("qmail.no-connection", C.NETWORK_ERROR, (
            "i wasn't able to establish an smtp connection",
            "connection to mail server rejected",
            "connection to mail server timed out",
            "communication with mail server failed",
            "cname lookup failed temporarily",
            "but connection died",
        ), _REMOTE),
        # qmail-remote: the remote refused the session before any address; the "Remote host
        # said:" text that follows names the reason, so these only decide when it does not.
        Phrases("qmail.greeting-failed", C.SERVICE_UNAVAILABLE, (
            "but greeting failed",
        ), _REMOTE, decisive=False),
        Phrases("qmail.helo-rejected", C.POLICY_VIOLATION, (
            "but my name was rejected",
        ), _REMOTE, decisive=False),
        Phrases("qmail.partial-line", C.CONTENT_REJECTED, (
            "partial final lines",
        ), _REMOTE),
        # qmail-send's last words on a message whose queue lifetime ran out, after the last
        # temporary failure's own text: weak, so that the cause it quotes decides.
        Phrases("qmail.queue-lifetime", C.EXPIRED, (
            "this message has been in the queue too long",
        ), _SEND, decisive=False),
        # qmail-local: the message already has this host's Delivered-To line (#5.4.6);
        # qmail-remote: this host is the recipient domain's best MX but does not treat it as
        # local, so the mail would come back to it (#5.4.6, perm_ambigmx).
        Phrases("qmail.looping", C.NETWORK_ERROR, (
            "this message is looping",
            "although i'm listed as a best-preference mx or a for that host",
        ), _LOCAL + "; " + _SMTPD + "; " + _REMOTE),
        # qmail-smtpd: qmail-queue failed for the message just received.
        Phrases("qmail.queue-failure", C.SERVER_ERROR, (
            "qqt failure",
        ), _SMTPD),
        # chkuser, the recipient and sender check that qmail-smtpd patches (qmail-toaster, vpopmail
        # sites) add: the domain has no usable MX, or its DNS lookup failed for now.
        Phrases("qmail.chkuser-rcpt-mx", C.HOST_UNKNOWN, (
            "can't find a valid mx for rcpt domain",
        ), _CHKUSER),
        Phrases("qmail.chkuser-sender", C.SENDER_REJECTED, (
            "can't find a valid mx for sender domain",
            "sender address has invalid format",
        ), _CHKUSER + "; denislemire/netqmail:chkuser_settings.h"),
        Phrases("qmail.chkuser-dns", C.NETWORK_ERROR, (
            "dns temporary failure",
        ), _CHKUSER),
        # qmail-local and qmail-lspawn/qmail-rspawn: the local delivery failed on this host.
        Phrases("qmail.local-delivery", C.SERVER_ERROR, (
            "timeout on maildir delivery",
            "temporary error on maildir delivery",
            "unable to chdir to maildir",
            "file has been locked for 30 seconds straight",
            "home directory is sticky",
            "uh-oh: .qmail",
            "uh-oh: home directory is writable",
            "uh-oh: first line of .qmail file is blank",
            "unable to run qmail-local",
            "unable to run qmail-remote",
            "qmail-local crashed",
            "qmail-remote crashed",
            "unable to find alias user",
            "trouble reading users/cdb",
            "unable to forward message",
            "unable to run /bin/sh",
            "aack, child crashed",
            "system resources temporarily unavailable",
            "unable to read control files",
            "unable to switch to home directory",
        ), _LOCAL + "; " + _REMOTE + "; notqmail/notqmail:qmail-lspawn.c; notqmail/notqmail:qmail-rspawn.c"),
    ),
)
