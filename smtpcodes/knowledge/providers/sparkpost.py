"""SparkPost (sparkpostmail.com, the sending side): the names of its published bounce
classification codes, as its webhooks' "bounce_class" numbers are shown and reported ("21 DNS
Failure", "25 Admin Failure", "51 Spam Block"). Names the generic wording already reads ("Invalid
Recipient", "Mailbox Full", "Spam Content", "Prohibited Attachment", "Relaying Denied", "Timeout")
need nothing here; names that say nothing ("Undetermined", "Soft Bounce", "Generic Bounce",
"Transient Failure", "Auto-Reply") stay unknown. Source: SparkPost "Bounce Classification Codes"
(support.sparkpost.com), read whole. The shorter names are weak: an SMTP reply's own specific
code beats them.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_CLASSES = "https://support.sparkpost.com/docs/deliverability/bounce-classification-codes"

PROVIDER = Provider(
    name="sparkpost",
    hosts=("sparkpostmail.com", "sparkpost.com"),
    source=_CLASSES,
    phrases=(
        # 21: "The message bounced due to a DNS failure." (a soft bounce: the lookup failed)
        Phrases("sparkpost.dns-failure", C.NETWORK_ERROR, ("dns failure",), _CLASSES,
                decisive=False),
        # 25: "The message was failed by SparkPost's configured policies" (its suppressions).
        Phrases("sparkpost.admin-failure", C.POLICY_VIOLATION, ("admin failure",), _CLASSES),
        # Not encoded: 23 "Too Large", 50 "Mail Block", 51 "Spam Block". As phrases they would
        # start inside servers' own words ("message too large for", "spam blocked"), where they
        # mean something else.
    ),
)
