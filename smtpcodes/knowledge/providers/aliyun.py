"""Alibaba Mail / Aliyun enterprise mail (qiye.aliyun.com, mxhichina.com): the English replies of
its SMTP and MTA front ends, as Alibaba's own table of them explains each one in Chinese ("阿里云
企业邮箱配置SMTP/MTA退信错误"), and the ``ANTISPAM_BAT[…]: <reason>`` tags of its anti-spam:
"too frequently sending" is a sending-rate limit, "bad sending" and "Reject by behaviour spam" a
refusal of the sending behaviour or IP, "spamed by local spam engine" the content.
Sources: the reply table (sh-aliyun.com, an Aliyun reseller's copy of it), Alibaba Mail's help on
its bounce texts (document_detail/36612 and 36620, as mirrored at bestwisewords.com) and on its
frequency limits (copied by its resellers), and the replies below.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_TABLE = "http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html"
_HELP = "http://bestwisewords.com/document_detail/36612.html"
_HELP_SPAM = "http://bestwisewords.com/document_detail/36620.html"
_FREQUENCY = "https://aliuyun.com.cn/news/help/164.html"
_FREQUENCY_ALSO = "https://aliyun123.cn/news/568.html"
_DM = (
    "https://www.alibabacloud.com/help/zh/directmail/latest/"
    "summary-of-common-email-return-codes-and-solutions"
)
_DM_COPY = "http://cryptsofthecoliseum.com/article-show-50-294.html"
_RBL = "http://www.zyy100.com/article-show-50-246.html"

PROVIDER = Provider(
    name="aliyun",
    hosts=("aliyun.com", "mxhichina.com", "qiye.aliyun.com", "alibaba-inc.com", "alimail.com"),
    source=_TABLE,
    tokens=(
        # ANTISPAM_BAT[…]: too frequently sending / much too frequently sending / currently
        # unexpected sending: the sender's (or the connecting IP's) rate of mails per minute,
        # hour or day is over Alibaba Mail's limit. They come after "Reject by behaviour spam",
        # which alone would read as a refused sending behaviour.
        Token("aliyun.too-frequent", C.RATE_LIMITED, (
            "too frequently sending", "currently unexpected sending",
        ), f"{_FREQUENCY}; {_FREQUENCY_ALSO}; https://www.qcnsw.com/jcxq1944_142.html"),
    ),
    phrases=(
        # 554 Reject by behaviour spam (发信行为被反垃圾拦截) and 454 Transient reject by
        # behaviour spam: the sending behaviour or the sending IP's reputation, not the content;
        # ANTISPAM_BAT[…]: bad sending names a low-reputation IP.
        Phrases("aliyun.behaviour-spam", C.REPUTATION, (
            "reject by behaviour spam", "bad sending",
        ), f"{_TABLE}; {_HELP}; {_RBL}"),
        # (13)ESO_LOCAL_SPAM: spamed by local spam engine; 554 Reject by content spam.
        Phrases("aliyun.content-spam", C.SPAM_CONTENT, (
            "spamed by local spam engine", "reject by content spam",
        ), f"{_HELP_SPAM}; {_TABLE}"),
        # 502 Mailfrom account is a local account (an Alibaba Mail sender arriving at the MX
        # instead of its SMTP server), 501 "MAIL FROM" is non-local account, 450 "MAIL FROM"
        # mailbox unavailable, 440 mail from account doesn't conform with authentication, 541
        # This account isn't allowed to send email.
        Phrases("aliyun.sender", C.SENDER_REJECTED, (
            "mailfrom account is a local account", "is non-local account",
            'mail from" mailbox unavailable', "mail from account doesn't conform",
            "this account isn't allowed to send",
        ), f"{_TABLE}; {_HELP}"),
        # 503 Rcptto account isn't a local account; 554 RCPT (<account>) dosn't exist.
        Phrases("aliyun.no-recipient", C.USER_UNKNOWN, (
            "rcptto account isn't a local account", "dosn't exist",
        ), f"{_HELP}; {_TABLE}"),
        # 542 This account isn't allowed to receive email (收件人不允许接收邮件).
        Phrases("aliyun.cannot-receive", C.MAILBOX_DISABLED, (
            "this account isn't allowed to receive",
        ), _TABLE),
        # 504 the number of RCPT attempts is achieved the maximum threshold (too many refused
        # recipients), 505 the total of RCPTs is achieved the maximum threshold.
        Phrases("aliyun.recipients-threshold", C.RATE_LIMITED, (
            "the number of rcpt attempts is achieved", "the total of rcpts is achieved",
        ), f"{_TABLE}; {_HELP}"),
        # 510 The length of DATA content / of Attach is achieved the maximum threshold.
        Phrases("aliyun.size-threshold", C.MESSAGE_TOO_LARGE, (
            "the length of data content is achieved", "the length of attach is achieved",
        ), f"{_TABLE}; {_HELP}"),
        # 510 The number of attachments is achieved the maximum threshold (附件数量超限).
        Phrases("aliyun.attachments-threshold", C.CONTENT_REJECTED, (
            "the number of attachments is achieved",
        ), f"{_TABLE}; {_HELP}"),
        # Alibaba Cloud DirectMail (邮件推送), the same company's sending service: 556 The number
        # of RCPTs is over size (over 300 recipients in one mail), 559 Invalid rcptto (命中无效地址库),
        # 423 Dns resolve error / 526 No data by dns resolve (the recipient domain's MX lookup
        # failed), 551 Main account unavailable (the sending account is restricted).
        Phrases("aliyun.directmail-recipients", C.RATE_LIMITED, ("the number of rcpts is over size",),
                f"{_DM}; {_DM_COPY}"),
        Phrases("aliyun.directmail-invalid", C.USER_UNKNOWN, ("invalid rcptto",), f"{_DM}; {_DM_COPY}"),
        Phrases("aliyun.directmail-dns", C.HOST_UNKNOWN, ("dns resolve error", "no data by dns resolve"),
                f"{_DM}; {_DM_COPY}"),
        Phrases("aliyun.directmail-account", C.SENDER_REJECTED, ("main account unavailable",),
                f"{_DM}; {_DM_COPY}"),
        # 524 username or passwd is NULL (账号或密码为空).
        Phrases("aliyun.auth", C.AUTH_FAILED, ("username or passwd is null",), _TABLE),
        # 523 cipher text is invalid base64 format (the AUTH exchange was not base64).
        Phrases("aliyun.auth-syntax", C.SYNTAX_ERROR, ("cipher text is invalid base64",), _TABLE),
    ),
)
