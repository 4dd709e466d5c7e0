"""Sina mail (sina.com, sina.cn, vip.sina.com, Sina's enterprise mail sina.net): the short English
replies of its SMTP servers, as a table of them with a Chinese gloss for each (posted on a Sina
blog) lists them: "550 black ip." (发信IP被禁止), "554 Black mail address." (黑邮件地址), "552 too many
same size mails." (发送过多长度类似信件), "552 mail from invalid." (发件人地址不合法), "553 host denies the
sender." (拒绝发件人地址), "554 sender is unvalidated." (发信人地址不合法), "556 remote ip check error."
(发信ip与Mail From地址不一致), "553 relay check local fail." (本域用户必须通过验证), "451 out of allow RCPT
numbers." (超出 RCPT 允许上限), "552 looping message." (环回信件) and the rest below. The Chinese glosses
themselves are read by ``zh``; the replies the servers send are these English words, whose basic
codes alone often mislead (a 552 that is not a full mailbox, a 553 that is not a bad mailbox
name, a 556 that is not a domain without mail).
Sources: blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html (the table of reply codes and reasons).
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_TABLE = "https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html"

PROVIDER = Provider(
    name="sina",
    hosts=("sina.com", "sina.cn", "sina.com.cn", "vip.sina.com", "sina.net"),
    source=_TABLE,
    phrases=(
        # 550 black ip. (发信IP被禁止); 554 Black mail address. (黑邮件地址); 554 openrelay check.
        # (拒绝开放中继服务器: an open relay refused).
        Phrases("sina.black-list", C.BLOCKLISTED, ("black ip", "black mail address", "openrelay check"), _TABLE),
        # 552 too many same size mails. (发送过多长度类似信件): many mails of the same length, a bulk
        # pattern held against the sender.
        Phrases("sina.same-size-mails", C.REPUTATION, ("too many same size mails",), _TABLE),
        # 552 mail from invalid. / 554 sender is unvalidated. (发件人地址不合法); 553 host denies the
        # sender. (拒绝发件人地址).
        Phrases("sina.sender", C.SENDER_REJECTED, (
            "mail from invalid", "sender is unvalidated", "host denies the sender",
        ), _TABLE),
        # 556 remote ip check error. (发信ip与Mail From地址不一致): the sending IP does not belong to the
        # MAIL FROM domain.
        Phrases("sina.remote-ip-check", C.SENDER_UNAUTHENTICATED, ("remote ip check error",), _TABLE),
        # 553 relay check local fail. (本域用户必须通过验证): a local sender must authenticate.
        Phrases("sina.relay-check-local", C.AUTH_REQUIRED, ("relay check local fail",), _TABLE),
        # 553 relay check domain fail (继电检查域失败): relaying for the domain refused.
        Phrases("sina.relay-check-domain", C.RELAY_DENIED, ("relay check domain fail",), _TABLE),
        # 555 helohost error. (helo 主机信息检查失败): the HELO host failed the server's check.
        Phrases("sina.helo-host", C.POLICY_VIOLATION, ("helohost error",), _TABLE),
        # 451 out of allow RCPT numbers. (超出 RCPT 允许上限).
        Phrases("sina.rcpt-limit", C.RATE_LIMITED, ("out of allow rcpt numbers",), _TABLE),
        # 552 looping message. (环回信件).
        Phrases("sina.looping", C.NETWORK_ERROR, ("looping message",), _TABLE),
        # 450 out of memory. (内部错误); 450 queue unavailable. (队列忙); 450 database temporary error.
        # (临时数据访问失败).
        Phrases("sina.internal", C.SERVER_ERROR, (
            "out of memory", "queue unavailable", "database temporary error",
        ), _TABLE),
        # 553 private list access denied. (列表访问拒绝): a mailing list that refuses the poster.
        Phrases("sina.private-list", C.SENDER_REJECTED, ("private list access denied",), _TABLE),
        # 554 attachment is too long. (单个附件大小超出限制: one attachment over the size limit).
        Phrases("sina.attachment-size", C.MESSAGE_TOO_LARGE, ("attachment is too long",), _TABLE),
        # 451 auth error. (认证临时失败) / 551 auth error. (认证永久失败).
        Phrases("sina.auth-error", C.AUTH_FAILED, ("auth error",), _TABLE),
        # 551 line parse error (该行违背协议); 500 sequence error (序列错误).
        Phrases("sina.line-parse", C.SYNTAX_ERROR, ("line parse error",), _TABLE),
        Phrases("sina.sequence", C.BAD_SEQUENCE, ("sequence error",), _TABLE),
    ),
)
