"""NetEase mail (163.com, 126.com, yeah.net, and NetEase enterprise mail): the bracket-less
two-part codes of its replies (``HL:ICC``, ``MI:SFQ``, ``RP:QRC``…), which all link
mail.163.com/help/help_spam_16.htm, and the English wording of its other refusals. Each code's
meaning is NetEase's own Chinese explanation in its published reply-code table ("退信代码说明"):
HL codes limit or suspend a sending IP, MI and RP codes limit a sender's mails, recipients and
connections, DT:SPM is content judged to be spam, DT:RBL an IP on a blocklist, WM:BLI / HL:IPB
an IP NetEase does not accept mail from.
Also "550 User has no permission" (SMTP access not turned on for the account) and "Invalid User".
Sources: NetEase's reply-code table (help_spam_16; as reproduced at biecuoliao.com and
www.51yue.net), Chinese hosts' bounce guides, and the replies below.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_CODES = "http://mail.163.com/help/help_spam_16.htm"
_TABLE = "https://biecuoliao.com/pa/MBRrwEM.html"
_TABLE_ALSO = "https://www.51yue.net/news/thread/20200123/14841169.html"
# A NetEase-hosted reseller's copy of the table (the same codes, its own name for NetEase).
_SPF_NOTE = "https://www.youqiyi.net/article278/detail266.html"
_RESELLER = "http://163ns.com.cn/mail/MailFAQ.htm"

PROVIDER = Provider(
    name="netease",
    hosts=("163.com", "126.com", "yeah.net", "netease.com", "188.com", "qiye.163.com"),
    source=_CODES,
    tokens=(
        # 554/550/451 DT:SPM: the mail carries spam characteristics (451: try again later).
        Token("netease.dt-spm", C.SPAM_CONTENT, ("dt:spm",), _CODES),
        # HL:IFC (HL:IFQ in the reseller's copy) the IP sent many mails in a short time; MI:SFQ the sender's 15-minute quota;
        # MI:STC / RP:TRC the sender's daily mails / recipients; MI:DMC / RP:DRC mails /
        # recipients in this connection; RP:QRC recipients in a short time; RP:RCL too many
        # recipients in one mail.
        Token("netease.frequency", C.RATE_LIMITED, (
            "hl:ifc", "mi:sfq", "mi:stc", "rp:trc", "mi:dmc", "rp:drc", "rp:qrc", "rp:rcl",
            "hl:ifq",
        ), f"{_CODES}; {_TABLE}; {_TABLE_ALSO}; {_RESELLER}"),
        # MI:SPF: the sending IP fails the sender domain's SPF check (a hosted-mail reseller's note on
        # "reply:550 MI:SPF … help_spam_16.htm": 被收信方服务器的spf策略检测身份认证未通过).
        Token("netease.mi-spf", C.SENDER_UNAUTHENTICATED, ("mi:spf",), _SPF_NOTE),
        # MI:CEL / RP:CEL: the client sent too many erroneous commands (发送方出现过多的错误指令。请检查发信
        # 程序); MI:CCL / RP:CCL: more commands than a normal session sends (发送方发送超出正常的指令数量).
        Token("netease.command-errors", C.SYNTAX_ERROR, ("mi:cel", "rp:cel"), f"{_TABLE}; {_TABLE_ALSO}"),
        Token("netease.command-count", C.RATE_LIMITED, ("mi:ccl", "rp:ccl"), f"{_TABLE}; {_TABLE_ALSO}"),
        # 450 DT:RBL: the sending IP is on one or more RBLs (发信IP位于一个或多个RBL里).
        Token("netease.dt-rbl", C.BLOCKLISTED, ("dt:rbl",), f"{_CODES}; {_TABLE}"),
        # HL:ICC: too many concurrent connections from the IP.
        Token("netease.concurrent", C.TOO_MANY_CONNECTIONS, ("hl:icc",), f"{_CODES}; {_TABLE}"),
        # HL:REP many unknown recipients, HL:MEP many forged sender domains, HL:IHU the IP
        # suspended for spam or abnormal connections.
        Token("netease.ip-behaviour", C.REPUTATION, ("hl:rep", "hl:mep", "hl:ihu"),
              f"{_CODES}; {_TABLE}; {_RESELLER}"),
        # WM:BLI / HL:IPB: the IP is not on NetEase's list of allowed sending addresses.
        Token("netease.ip-not-allowed", C.BLOCKLISTED, ("wm:bli", "hl:ipb"),
              f"{_CODES}; {_TABLE}; {_RESELLER}"),
        # WM:BLU / MI:SPB: the sender is not on NetEase's list of allowed senders; MI:IMF the
        # sender address is malformed.
        Token("netease.sender-not-allowed", C.SENDER_REJECTED, ("wm:blu", "mi:spb", "mi:imf"),
              f"{_CODES}; {_TABLE}"),
    ),
    phrases=(
        # 553 Local user only: SMTP hosts accept only local users as sender (Coremail, whose
        # servers NetEase's hosted mail shares, writes the same).
        Phrases("netease.local-user-only", C.SENDER_REJECTED, ("local user only",),
                f"{_CODES}; https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0"),
        # "550 User has no permission": the account has not turned on SMTP access (or an authorization
        # code) in its settings, so its login is refused (senders who met it, pointing to NetEase's help
        # and "登录邮箱设置一下开启smtp就行了"). Weak: the words alone could mean other permissions.
        Phrases("netease.smtp-not-enabled", C.AUTH_FAILED, ("user has no permission",),
                "https://github.com/open-falcon/mail-provider/issues/6; "
                "https://github.com/testerSunshine/12306/issues/62", decisive=False),
        # "<…@163.com> … Invalid User": NetEase's word for a recipient it does not have, as Chinese hosts'
        # bounce guides list it under 對方用戶不存在 (the recipient does not exist).
        Phrases("netease.invalid-user", C.USER_UNKNOWN, ("invalid user",), "http://www.tnet.hk/support/email/reemail_old.php",
                decisive=False),
        # 451 too much fail authentication / 554 IP is rejected, smtp auth error limit exceed.
        Phrases("netease.auth-failures", C.AUTH_FAILED, (
            "too much fail authentication", "smtp auth error limit exceed",
        ), f"{_CODES}; {_TABLE}"),
    ),
)
