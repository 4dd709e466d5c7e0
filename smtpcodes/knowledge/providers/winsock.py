"""Windows Sockets and the C library's socket and resolver errors, in English, as SMTP clients and
MTAs quote them when a delivery fails without any reply from the remote server: the TCP
connection was refused, timed out, aborted or could not even be set up from this host
(``WSAECONNREFUSED`` 10061 "No connection could be made because the target machine actively
refused it", ``WSAETIMEDOUT`` 10060 "A connection attempt failed because the connected party did
not properly respond after a period of time, or established connection failed because connected
host has failed to respond", ``WSAEADDRNOTAVAIL`` 10049 "The requested address is not valid in its
context", ``WSAECONNABORTED`` 10053 "An established connection was aborted by the software in your
host machine", ``WSAENETDOWN`` 10050, ``WSAEHOSTDOWN`` 10064; the libc ``strerror`` texts of
``EADDRNOTAVAIL`` "Cannot assign requested address" and ``ECONNABORTED`` "Software caused
connection abort"), or the resolver could not answer for now (``getaddrinfo``'s ``EAI_AGAIN``
"Temporary failure in name resolution", ``WSATRY_AGAIN`` 11002). All of them are
``network_error``: the route to the destination failed, not the destination's verdict. A name
with no address at all (``EAI_NODATA`` "No address associated with hostname", BSD's
``EAI_NONAME`` "nodename nor servname provided, or not known") is ``host_unknown``.
Sources: Microsoft's "Windows Sockets Error Codes" (learn.microsoft.com), the GNU C Library's
error texts, and the replies SMTP clients and MTAs print in issue threads."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_WSA = "https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2"
_GLIBC = ("https://www.gnu.org/software/libc/manual/html_node/Error-Codes.html; "
          "https://man7.org/linux/man-pages/man3/gai_strerror.3.html")

PROVIDER = Provider(
    name="winsock",
    hosts=(),
    source=_WSA,
    phrases=(
        # WSAECONNREFUSED (10061): nothing listens on the port, or a firewall answers for it.
        Phrases("winsock.refused", C.NETWORK_ERROR, (
            "target machine actively refused it",
        ), _WSA),
        # WSAETIMEDOUT (10060): the SYN or the data went unanswered.
        Phrases("winsock.timed-out", C.NETWORK_ERROR, (
            "connected party did not properly respond",
            "connected host has failed to respond",
        ), _WSA),
        # WSAECONNABORTED (10053), WSAENETDOWN (10050), WSAEHOSTDOWN (10064): the connection or
        # the network under it went away.
        Phrases("winsock.aborted", C.NETWORK_ERROR, (
            "aborted by the software in your host machine",
            "encountered a dead network",
            "destination host was down",
        ), _WSA),
        # WSAEADDRNOTAVAIL (10049) and libc's EADDRNOTAVAIL: this host cannot open the connection
        # (no usable source address, or a destination address such as port 0).
        Phrases("winsock.address-not-available", C.NETWORK_ERROR, (
            "requested address is not valid in its context",
            "cannot assign requested address",
        ), _WSA + "; " + _GLIBC),
        # getaddrinfo's EAI_NODATA (glibc) and EAI_NONAME (BSD, macOS): the name has no address, as
        # "Name or service not known" (generic.host-unknown) says on glibc.
        Phrases("winsock.no-address", C.HOST_UNKNOWN, (
            "no address associated with hostname",
            "nodename nor servname provided",
        ), _GLIBC + "; https://man.freebsd.org/cgi/man.cgi?query=gai_strerror"),
        # libc ECONNABORTED; getaddrinfo EAI_AGAIN and WSATRY_AGAIN (11002): the resolver got no
        # answer for now, a DNS failure on the way, not a domain that does not exist.
        Phrases("winsock.libc", C.NETWORK_ERROR, (
            "software caused connection abort",
            "temporary failure in name resolution",
            "temporary error during hostname resolution",
        ), _GLIBC + "; " + _WSA),
    ),
)
