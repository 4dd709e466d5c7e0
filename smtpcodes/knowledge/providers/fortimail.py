"""Fortinet FortiMail (appliance and FortiMail Cloud): its content rejections name the FortiGuard
service that decided ("This email from IP ... has been rejected. The email message was detected as
spam. FortiGuard AntiSpam(SPAM URL: ...)" or "... FortiGuard WebFilter(<url> (<category>))": a URL
rated spam, phishing or malicious). Its other refusals use the common wording ("550 5.7.1 Relay
access denied", "451 Try again later" while greylisting). Sources: Fortinet community articles
and the FortiMail administration guide (troubleshoot MTA issues).
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_AS = ("https://community.fortinet.com/t5/FortiMail/Troubleshooting-Tip-Email-is-reject-with-the-"
       "error-message-This/ta-p/410082")
_WF = ("https://community.fortinet.com/fortimail-26/troubleshooting-tip-email-is-rejected-with-the-"
       "error-message-this-email-from-ip-xxx-xxx-xxx-xxx-has-been-rejected-the-email-message-was-"
       "detected-as-spam-fortiguard-antispam-or-fortiguard-webfilter-213791")
_MTA = ("https://docs.fortinet.com/document/fortimail/6.4.2/administration-guide/260598/"
        "troubleshoot-mta-issues")

PROVIDER = Provider(
    name="fortimail",
    hosts=("fortimail.com", "fortimailcloud.com"),
    source=_MTA,
    phrases=(
        Phrases("fortimail.fortiguard", C.SPAM_CONTENT,
                ("fortiguard antispam", "fortiguard webfilter"), _AS),
    ),
)
