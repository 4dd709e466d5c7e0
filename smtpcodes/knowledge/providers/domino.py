"""HCL (formerly IBM/Lotus) Domino and Notes: the recipient-lookup failures of its router in
delivery failure reports (``Diagnostic-Code: X-Notes; …``). A recipient the router cannot find
in the Domino Directory (formerly the public Name & Address Book) is "not listed in" it; one
that matches several entries is "not unique. Several matches found in Domino Directory" (an
ambiguous address, RFC 3463 X.1.4). Sources: Domino delivery failure reports kept as test data by
flufl.bounce and the bounce parsers named per entry."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_DOMINO = "wRAR/flufl.bounce:flufl/bounce/tests/data/simple_12.txt"
_DIRECTORY = (
    "rjbs/Mail-DeliveryStatus-BounceParser:lib/Mail/DeliveryStatus/BounceParser.pm "
    "(not listed in Domino); "
    "jungleran/inmail:tests/src/Kernel/StandardDSNReasonAnalyzerTest.php; "
    "assoconnect/php-smtp-code:tests/ParserTest.php; "
    "voku/PHPMailer-BMH:src/BounceMailHandler/phpmailer-bmh_rules.php (not listed in public "
    "Name & Address Book; not unique. Several matches found in Domino Directory)"
)

PROVIDER = Provider(
    name="domino",
    hosts=(),
    source="https://www.hcl-software.com/domino",
    phrases=(
        Phrases("domino.not-listed", C.USER_UNKNOWN, (
            "invalid final delivery userid",
        ), _DOMINO),
        Phrases("domino.directory", C.USER_UNKNOWN, (
            "not listed in domino directory", "not listed in public name & address book",
            "several matches found in domino directory",
        ), _DIRECTORY),
    ),
)
