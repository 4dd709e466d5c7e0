"""China Telecom's mail services (21cn.com, 189.cn): the refusal its 21CN mail servers
(mta.21cn.com) give for an account the operator has switched off, "550 is now disabled with SMTP
service" (the same words, "is now disabled with MTA service", appear in other servers' bounces
collected by PHPMailer-BMH). Chinese hosts' bounce guides read it as an account that was disabled,
frozen or deleted (帐号被冻结或删除), typically for an unpaid renewal or a breach of the terms of
service.
Sources: help.szhot.com's bounce guide (关键字: disabled) and PHPMailer-BMH's rules.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_SZHOT = "http://help.szhot.com/text_show.php?id=170"
_BMH = "voku/PHPMailer-BMH:src/BounceMailHandler/phpmailer-bmh_rules.php"

PROVIDER = Provider(
    name="chinatelecom",
    hosts=("21cn.com", "mta.21cn.com", "189.cn"),
    source=_SZHOT,
    phrases=(
        Phrases("chinatelecom.disabled-service", C.MAILBOX_DISABLED, (
            "is now disabled with",
        ), f"{_SZHOT}; {_BMH}"),
    ),
)
