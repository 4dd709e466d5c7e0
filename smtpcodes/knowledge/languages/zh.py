"""Chinese (zh): wordings of Chinese bounce notices (QQ Mail, Chinese hosted mail services) and of
the SMTP error messages that mail clients show in Chinese. Sources: QQ Mail's bounce keyword
guide, emailhost.com.cn's bounce categories, Thunderbird's and Roundcube's Simplified Chinese
SMTP error strings and PHPMailer's Chinese language file.
Also: Thunderbird's composeMsgs.properties, Evolution's translated RFC 5321 reply texts
(GNOME/evolution-data-server po/).
Simplified and Traditional script both: Thunderbird zh-CN/zh-TW, Roundcube zh_CN/zh_TW,
PHPMailer zh/zh_cn, Evolution zh_CN/zh_TW, Mailman and Sympa zh_CN/zh_TW; Google's Chinese
tables of Gmail's SMTP errors; the Chinese glosses of the RFC 5321 reply texts and of the RFC 3463
status codes that Chinese help pages copy; NetEase's, Alibaba Mail's and Tencent Exmail's Chinese
explanations of their replies; Chinese hosts' bounce guides (退信原因) by reason.
Plain words (``zh.words-*``): the short everyday wording of each reason in both scripts
("邮件地址不存在", "邮箱空间已满", "垃圾邮件", "黑名单", "超时", "太过频繁", "附件太大", "中继访问被拒绝",
"域名不可用"), as Chinese bounce guides, hosts' help pages and Google's Chinese help use them.
Also: Zimbra's Simplified, Traditional and Hong Kong Chinese server errors (ZMsg_zh_CN/_TW/_HK),
Microsoft's Chinese help titles of Exchange Online NDRs (Alchemy Insights zh-CN/zh-TW: 5.1.90,
4.5.3, 451 4.7.0, 5.4.6, 5.4.1, the spam-restricted account, the mailbox quota), Roundcube's and
PHPMailer's Traditional Chinese login and connection failures, more of Mailman's and Sympa's
Chinese notices, and Windows Sockets' Chinese connection errors as users paste them.
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/),
.NET's localized SmtpStatusCode reference (learn.microsoft.com), SQL Server Reporting Services'
docs quoting .NET's SmtpClient refusal.
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_THUNDERBIRD = (
    "thunderbird/thunderbird-l10n:zh-CN/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_ROUNDCUBE = "roundcube/roundcubemail:program/localization/zh_CN/messages.inc"
_PHPMAILER = "PHPMailer/PHPMailer:language/phpmailer.lang-zh_cn.php"
_QQMAILBOX_COM = "https://qqmailbox.com/transceivers/169.html"
_EMAILHOST_COM_CN = "https://www.emailhost.com.cn/service.html?article_category=25&brd=1"

_EVO_PO = "GNOME/evolution-data-server:po/zh_CN.po"
_EVO_PO_TW = "GNOME/evolution-data-server:po/zh_TW.po"
_PHPMAILER_TW = "PHPMailer/PHPMailer:language/phpmailer.lang-zh.php"
_RC_TW = "roundcube/roundcubemail:program/localization/zh_TW/messages.inc"
_TB_TW = (
    "thunderbird/thunderbird-l10n:zh-TW/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)
_RC_L10N = "roundcube/roundcubemail:program/localization/zh_CN/messages.inc"
_TB_L10N = (
    "thunderbird/thunderbird-l10n:zh-CN/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)

# Chinese providers' own bounce explanations and reply-code tables.
_SZHOT = "http://help.szhot.com/text_show.php?id=170"
_SINA_BLOG = "https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html"
_ALIYUN_QIYE = "http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html"
_ALIYUN_DM = "https://www.alibabacloud.com/help/zh/directmail/latest/summary-of-common-email-return-codes-and-solutions"
_NETEASE_TABLE = "https://biecuoliao.com/pa/MBRrwEM.html"
_EXMAIL_FREQ = "http://ydadm.com/news_in/335"
_YIMISOFT = "https://www.yimisoft.com/article/detail/2263"
_138_GZ = "http://www.138.gz.cn/service_v76.html"
_ALIYUNTX = "http://aliyuntx.com/news_in/351"
_RENRENDOC = "https://renrendoc.com/paper/182292841.html"
_FOBHOST = "https://www.fobhost.com/jishuzhichi/jishuzhichi59.html"
_MYSDQQ = "http://mysdqq.cn/a460000-show/news-1981.html"

_GMAIL_CODES_ZH = (
    "https://knowledge.workspace.google.com/admin/support/troubleshooting/"
    "gmail-smtp-errors-and-codes?hl=zh-cn"
)

_MS_NDR_ZH = (
    "https://support.office.com/zh-cn/article/office-365-%E4%B8%AD%E7%9A%84%E7%94%B5%E5%AD%90%E9%82"
    "%AE%E4%BB%B6%E6%9C%AA%E9%80%81%E8%BE%BE%E6%8A%A5%E5%91%8A-51daa6b9-2e35-49c4-a0c9-df85bf8533c3"
)
_GODADDY_ZH = "https://sg.godaddy.com/zh/help/what-does-my-email-bounce-mean-3568"
_DM_TW = "http://cryptsofthecoliseum.com/article-show-50-294.html"
_TNET = "http://www.tnet.hk/support/email/reemail_old.php"
_WZ0733 = "https://wz.0733.com.cn/web/news-56.html"
_YFS8 = "https://yfs8.com/view/962889.html"
_TENGXUN_FORUM = (
    "https://www.tengxunqiyeyou.com/forum/forum.php?action=printable&mod=viewthread&tid=114"
)
_QQMAIL_ZJ = "http://www.qqmail.zj.cn/article/159.htm"
_TJHAOYAO = "http://www.tjhaoyao.com/news_in/2630"
_GOCD = "https://cnblogs.com/gocd/p/8269152.html"
_CODEPRJ = "https://www.codeprj.com/zh/blog/7e2d601.html"
_VVOV = "http://panel.vvov.cn/article/show.asp?id=4"
_GODADDY_TW = "https://tw.godaddy.com/help/what-does-my-email-bounce-mean-3568"
_WANGLU = "https://wanglu.net/thread/t12-245059-0.html"
_HENNGE = (
    "https://support.hdeone.com/hc/zh-tw/articles/115001360527-"
    "%E4%BB%A3%E8%A1%A8%E6%80%A7%E9%8C%AF%E8%AA%A4%E9%83%B5%E4%BB%B6-NDR-%E9%A1%9E%E5%9E%8B"
)
_HELPW = "https://help-w.com/renwu/1528359198_zh.html"
_URL_TW = (
    "http://help.url.com.tw/index.php/"
    "%E4%BF%A1%E7%AE%B1%E5%B8%B8%E8%A6%8B%E9%80%80%E4%BF%A1%E8%A8%8A%E6%81%AF"
)
_JULIELYNGE = "http://www.julielynge.com/newsshow1151.html"
_APPTJ = "http://blog.apptj.net/html/show-1767-1-11.html"
_LINUXBYTE = "http://www.linuxbyte.org/smtp-error-codes.html"
_GMAIL_HANS = "https://support.google.com/a/answer/3726730?hl=zh-Hans&ref_topic=7279058"
_LAOD = "https://laod.cn/5512.html"
_UBLINK = (
    "http://webmail.ublink.org/index.php/service/tech-know/nodif/"
    "gmail-smtp-%E9%8C%AF%E8%AA%A4%E5%92%8C%E4%BB%A3%E7%A2%BC"
)

# Plain words: the short, everyday Chinese for each reason, as bounce guides, providers' help pages
# and translated client strings use them across many replies.
_XIAYUYUN = "https://xiayuyun.com/zonghe/74184.html"
_DDTBK = "https://ddtbk.com/internet/64072.html"
_IFAXIN = "https://ifaxin.kf5.com/hc/kb/article/129132"
_BOOK118 = "https://max.book118.com/html/2017/0108/81360738.shtm"
_JUDUO = "https://juduo.cc/club/3824545.html"
_DADIQINYE = "http://dadiqinye.com/article/detail/3488"
_ALIYUNYH = "https://aliyunyh.com/756047.html"
_ALIYUNYH_OUTLOOK = "https://aliyunyh.com/215404.html"
_SHUHAIYUN = "https://www.shuhaiyun.com/asy/195805.html"
_URL_TW_1989 = "https://help.url.com.tw/1989.html"
_DISCOURSE_ZH = "https://meta.discourse.org/t/mail-receiver-relay-access-denied/145690/9?tl=zh_CN"
_GOOGLE_RELAY_TW = "https://support.google.com/a/answer/6140680?hl=zh-Hant&ref_topic=2921034"
_XIAYUYUN_RETURNED = "https://xiayuyun.com/zonghe/587184.html"
_VEVB = "http://vevb.com/wen/2020/05-13/817478.html"
_HOSTGATOR_ZH = "https://hostgator-doc.digital/docs/files/return-messages"
_WVF_TW = "https://www.wvf.com.tw/a/%e9%80%80%e4%bf%a1%e6%98%af%e4%bb%80%e9%ba%bc%e6%84%8f%e6%80%9d"

_CHOUWENLAO = "http://chouwenlao.cn/FAQhtml/faq14/faq1311.htm"
_SPF_ALIYUN = "http://82wxpeu.cn/news_in/1063"
_SPF_COREMAIL = "https://hezoon.cn/compro/detail/23/305/530.html"
_SPF_NOTE = "https://www.youqiyi.net/article278/detail266.html"
_SPF_GOOGLE = "https://support.google.com/a/answer/10685928?hl=zh-Hans&ref_topic=10685331"
_SPF_EXMAIL = "https://www.03400.com/2024/10"
_WTABCD = "http://wtabcd.cn/fanwen/fan/90/83838.html"
_GITCODE_PTR = "https://blog.gitcode.com/963d8dfe19c24477b72e66db3de839e6.html"
_SHUFENG = "http://www.shufengxianlan.com/qtweb/news8/399258.html"
_RELAYPOD = "https://www.relaypod.com/jishuziliao/20140221/719.html"
_WZ0733_VIRUS = "https://wz.0733.com.cn/web/news-164.html"
_MUNUE = "https://www.munue.com/397.html"
_HENANLONG = "http://henanlong.com/c/102G2094322022.html"
_FIJ777 = "http://www.fij777.cn/helpcenter/network/565.html"
_GROMOX = "grommunio/gromox:data/"
_SOGO_ZH = "Alinto/sogo:UI/MailerUI/ChineseChina.lproj/Localizable.strings"
_SOGO_TW = "Alinto/sogo:UI/MailerUI/ChineseTaiwan.lproj/Localizable.strings"
_MUTT_ZH = "muttmua/mutt:po/zh_CN.po"
_MUTT_TW = "muttmua/mutt:po/zh_TW.po"
_GLIBC_ZH = "bminor/glibc:po/zh_CN.po"
_GLIBC_TW = "bminor/glibc:po/zh_TW.po"
_WSA_10061_ZH = "https://github.com/dataabc/weibo-search/issues/166"
_WSA_10060_ZH = "https://github.com/kerryjiang/SuperSocket/issues/444"
_ZIMBRA_CN = "Zimbra/zm-ajax:WebRoot/messages/ZMsg_zh_CN.properties"
_ZIMBRA_TW = "Zimbra/zm-ajax:WebRoot/messages/ZMsg_zh_TW.properties"
_ZIMBRA_HK = "Zimbra/zm-ajax:WebRoot/messages/ZMsg_zh_HK.properties"
_AI_CN = "isabella232/OfficeDocs-AlchemyInsights-pr.zh-CN:AlchemyInsights/"
_AI_TW = "isabella232/OfficeDocs-AlchemyInsights-pr.zh-TW:AlchemyInsights/"
_AI_T = "451-470-temporary-server-error.md"
_AI_R = "antispam-4-5-3-too-many-recipients-as780090.md"
_AI_H = "error-546-5414-hop-count.md"
_AI_D = "antispam-5-4-1-dbeb-catch-all.md"
_MM_CN = "jaredmauch/mailman2-python3:messages/zh_CN/LC_MESSAGES/mailman.po"
_MM_TW = "jaredmauch/mailman2-python3:messages/zh_TW/LC_MESSAGES/mailman.po"
_SYMPA_CN = "sympa-community/sympa:po/sympa/zh_CN.po"
_SYMPA_TW = "sympa-community/sympa:po/sympa/zh_TW.po"

LANGUAGE = Language(
    code="zh",
    name="Chinese",
    phrases=(
        # Mailman 2's hold and refusal reasons in this language's catalogue.
        Phrases("zh.content-rejected-mailman", C.CONTENT_REJECTED, (
            "经过内容过滤后",
        ), "jaredmauch/mailman2-python3:messages/zh_CN/LC_MESSAGES/mailman.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("zh.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "无法找到服务器", "找不到伺服器",
        ), ("thunderbird/thunderbird-l10n:zh-CN/mail/chrome/messenger/accountCreationModel.pr"
            "operties")),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("zh.tls-required-kimap", C.TLS_REQUIRED, (
            "ssl 握手失败", "tls 溝通失敗", "ssl 交換連線資訊失敗",
        ), "KDE/kimap:po/zh_CN/libkimap6.po; KDE/kimap:po/zh_TW/libkimap6.po"),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("zh.network-error-kdepim", C.NETWORK_ERROR, (
            "服务器中止了连接", "服务器立刻中止了连接", "从 pop3服务器断开连接", "登录时与服务器断开连接", "登录时断开连接",
        ), "KDE/kdepim-runtime:po/zh_CN/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime): an error during authentication, unable
        # to log in to the server.
        Phrases("zh.auth-failed-kdepim", C.AUTH_FAILED, (
            "无法登录至服务器",
        ), "KDE/kdepim-runtime:po/zh_CN/akonadi_pop3_resource.po"),
        # KDE's Akonadi POP3 resource (kdepim-runtime): an SSL/TLS error.
        Phrases("zh.tls-required-kdepim", C.TLS_REQUIRED, (
            "ssl/tls 错误",
        ), "KDE/kdepim-runtime:po/zh_CN/akonadi_pop3_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("zh.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "服务器不可用",
        ), "KDE/kdepim-runtime:po/zh_CN/akonadi_imap_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("zh.network-error-kdepim-tw", C.NETWORK_ERROR, (
            "伺服器終止了連線", "伺服器立即終止了連線", "的連線斷開", "連線遺失", "在登入時從伺服器斷線", "在登入時斷線",
        ), "KDE/kdepim-runtime:po/zh_TW/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime): an error during authentication, unable
        # to log in to the server.
        Phrases("zh.auth-failed-kdepim-tw", C.AUTH_FAILED, (
            "認證時發生錯誤",
        ), "KDE/kdepim-runtime:po/zh_TW/akonadi_pop3_resource.po"),
        # KDE's Akonadi POP3 resource (kdepim-runtime): an SSL/TLS error.
        Phrases("zh.tls-required-kdepim-tw", C.TLS_REQUIRED, (
            "ssl/tls 錯誤",
        ), "KDE/kdepim-runtime:po/zh_TW/akonadi_pop3_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("zh.service-unavailable-kdepim-tw", C.SERVICE_UNAVAILABLE, (
            "伺服器無法使用",
        ), "KDE/kdepim-runtime:po/zh_TW/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("zh.tls-required-glib-networking", C.TLS_REQUIRED, (
            "需要 tls 证书", "无法接受的 tls 证书", "无法创建 tls 连接", "tls 连接被异常关闭", "未发送证书", "致命 tls 警报",
        ), "GNOME/glib-networking:po/zh_CN.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("zh.network-error-glib-networking", C.NETWORK_ERROR, (
            "连接已中断",
        ), "GNOME/glib-networking:po/zh_CN.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("zh.tls-required-glib-networking-tw", C.TLS_REQUIRED, (
            "要求的 tls 證書", "要求的 tls 憑證", "無法建立 tls 連線", "tls 連線無預警的關閉了", "沒有傳回證書", "沒有傳回憑證",
            "tls 交握", "不接受的 tls 證書", "不接受的 tls 憑證", "無法接受的 tls 憑證", "重大 tls 警告",
        ), "GNOME/glib-networking:po/zh_HK.po; GNOME/glib-networking:po/zh_TW.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("zh.network-error-glib-networking-tw", C.NETWORK_ERROR, (
            "i/o 接口逾時", "連線已損壞",
        ), "GNOME/glib-networking:po/zh_HK.po; GNOME/glib-networking:po/zh_TW.po"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the server disconnected (zh-CN).
        Phrases("zh.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "已经断开连接",
        ), "thunderbird/thunderbird-l10n:zh-CN/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): a TLS error that cannot be overridden
        # (zh-CN; zh-TW alike).
        Phrases("zh.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "不可忽略的 tls 错误", "不可忽略的 tls 錯誤",
        ), "thunderbird/thunderbird-l10n:zh-CN/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the chosen authentication method not
        # supported, the Kerberos/GSSAPI ticket refused (zh-CN; POP3 alike).
        Phrases("zh.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "不支持您选择的验证方式", "kerberos/gssapi 票据",
        ), "thunderbird/thunderbird-l10n:zh-CN/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed (zh-CN).
        Phrases("zh.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "发送密码失败",
        ), "thunderbird/thunderbird-l10n:zh-CN/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's connection refused, timed out, reset or interrupted
        # (messenger.properties, zh-TW; the IMAP disconnection alike).
        Phrases("zh.network-error-thunderbird-tw", C.NETWORK_ERROR, (
            "拒絕連線", "連線逾時", "連線被重設", "連線中斷", "已斷線",
        ), "thunderbird/thunderbird-l10n:zh-TW/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): the password not sent (zh-TW).
        Phrases("zh.auth-failed-thunderbird-pop-tw", C.AUTH_FAILED, (
            "未成功傳送使用者",
        ), "thunderbird/thunderbird-l10n:zh-TW/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3 server
        # (zh-TW).
        Phrases("zh.tls-required-thunderbird-pop-tw", C.TLS_REQUIRED, (
            "tls 連線到",
        ), "thunderbird/thunderbird-l10n:zh-TW/mail/chrome/messenger/localMsgs.properties"),
        # Balsa's lost-connection and SMTP-connect failures.
        Phrases("zh.network-error-balsa-po", C.NETWORK_ERROR, (
            "连接已丢失",
        ), "GNOME/balsa:po/zh_CN.po"),
        # Balsa's SMTP AUTH failures (no known way to authenticate, GSSAPI failed).
        Phrases("zh.auth-failed-balsa-po", C.AUTH_FAILED, (
            "没有已知的认证方式",
        ), "GNOME/balsa:po/zh_CN.po"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("zh.tls-required-k9-check-tw", C.TLS_REQUIRED, (
            "提供了一個無效的 ssl 憑證",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-zh-rTW/strings.xml"),
        # Roundcube's 'Too many recipients' and 'Please wait N sec(s) before sending this message'.
        Phrases("zh.rate-limited-roundcube-wait-tw", C.RATE_LIMITED, (
            "你寄出的郵件太過於頻繁",
        ), "roundcube/roundcubemail:program/localization/zh_TW/messages.inc"),
        # Roundcube's 'Too many recipients' and 'Please wait N sec(s) before sending this message'.
        Phrases("zh.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "秒才能发送邮件",
        ), "roundcube/roundcubemail:program/localization/zh_CN/messages.inc"),
        # Roundcube's 'Message size exceeds server limit' and 'Maximum size of a message exceeded' (attaching a file).
        Phrases("zh.message-too-large-roundcube-attach", C.MESSAGE_TOO_LARGE, (
            "邮件超出最大大小",
        ), "roundcube/roundcubemail:program/localization/zh_CN/messages.inc"),
        # Geary's server-certificate problems (expired, revoked, not activated, unknown authority, insecure, identity mismatch).
        Phrases("zh.tls-required-geary-po", C.TLS_REQUIRED, (
            "伺服器的憑證",
            "该服务器的证书",
            "伺服器的辨識身份與憑證", "邮箱服务器身份", "辨識身份無法通過核驗",
        ), "GNOME/geary:po/zh_CN.po; GNOME/geary:po/zh_TW.po"),
        # Geary's 'Could not connect, check your network'.
        Phrases("zh.network-error-geary-po", C.NETWORK_ERROR, (
            "無法連上，請檢查您的網路", "无法查询服务器名称", "無法查詢伺服器名稱",
        ), "GNOME/geary:po/zh_CN.po; GNOME/geary:po/zh_TW.po"),
        # Geary's login problems: check your sending / receiving login and password; an account reported an incorrect login or password.
        Phrases("zh.auth-failed-geary-po", C.AUTH_FAILED, (
            "登入名稱及密碼",
            "檢查您的電子郵件位址及密碼",
            "请检查您的电子邮件地址和密码", "登录问题", "登入問題",
        ), "GNOME/geary:po/zh_CN.po; GNOME/geary:po/zh_TW.po"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("zh.tls-required-weak-k9-tw", C.TLS_REQUIRED, (
            "憑證錯誤",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-zh-rTW/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("zh.network-error-weak-k9-tw", C.NETWORK_ERROR, (
            "網路錯誤",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-zh-rTW/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-zh-rTW/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-zh-rTW/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("zh.auth-failed-weak-k9-tw", C.AUTH_FAILED, (
            "身分認證錯誤",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-zh-rTW/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-zh-rTW/strings.xml", decisive=False),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("zh.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "太多活動連線",
            "活动连接数太多",
        ), "Foundry376/Mailspring:app/lang/zh-CN.json; Foundry376/Mailspring:app/lang/zh-TW.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("zh.relay-denied-mailspring", C.RELAY_DENIED, (
            "伺服器不會轉發訊息",
            "服务器不会中继邮件",
        ), "Foundry376/Mailspring:app/lang/zh-CN.json; Foundry376/Mailspring:app/lang/zh-TW.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("zh.rate-limited-mailspring", C.RATE_LIMITED, (
            "頻寬超限",
            "带宽已超出",
            "超過每日寄送上限",
        ), "Foundry376/Mailspring:app/lang/zh-CN.json; Foundry376/Mailspring:app/lang/zh-TW.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("zh.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "不允許的非法附件",
            "不允许的非法附件",
        ), "Foundry376/Mailspring:app/lang/zh-CN.json; Foundry376/Mailspring:app/lang/zh-TW.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("zh.auth-failed-mailspring", C.AUTH_FAILED, (
            "不支援基本的使用者名稱",
            "不支持基本的用户名",
        ), "Foundry376/Mailspring:app/lang/zh-CN.json; Foundry376/Mailspring:app/lang/zh-TW.json"),
        # SnappyMail's 'Invalid recipients' notification (the RCPT refusal it shows).
        Phrases("zh.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "收件人無效",
            "无效接收人",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/zh/user.json; the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/zh-TW/user.json", decisive=False),
        # Cypht's 'Failed to authenticate to the SMTP server' (Simplified Chinese).
        Phrases("zh.auth-failed-cypht", C.AUTH_FAILED, (
            "验证 smtp 服务器失败",
        ), "cypht-org/cypht:language/zh-Hans.php"),
        # Delta Chat's login failure: cannot log in as the address; check the address and the password.
        Phrases("zh.auth-failed-deltachat-tw", C.AUTH_FAILED, (
            "無法登入",
        ), "deltachat/deltachat-android:src/main/res/values-zh-rTW/strings.xml"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("zh.auth-required-kmail", C.AUTH_REQUIRED, (
            "您需要提供用户名和密码",
            "伺服器使用的帳號與密碼", "服务器要求身份认证", "伺服器需要通過認證",
        ), "KDE/kmailtransport:po/zh_CN/libmailtransport6.po; KDE/kmailtransport:po/zh_TW/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("zh.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "不支援認證",
        ), "KDE/kmailtransport:po/zh_CN/libmailtransport6.po; KDE/kmailtransport:po/zh_TW/libmailtransport6.po"),
        # FairEmail's authentication-failure notice (Simplified Chinese).
        Phrases("zh.auth-failed-weak-fairemail", C.AUTH_FAILED, (
            "验证失败",
        ), "M66B/FairEmail:app/src/main/res/values-zh-rCN/strings.xml", decisive=False),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit (Traditional Chinese).
        Phrases("zh.message-too-large-fairemail-tw", C.MESSAGE_TOO_LARGE, (
            "超出伺服器所限",
        ), "M66B/FairEmail:app/src/main/res/values-zh-rTW/strings.xml", decisive=False),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("zh.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "超出服务器限制",
        ), "M66B/FairEmail:app/src/main/res/values-zh-rCN/strings.xml", decisive=False),
        Phrases("zh.auth-failed", C.AUTH_FAILED, (
            "登录失败", "认证失败", "不支持您所选择的认证方式", "进行认证。请检查密码",
        ), _THUNDERBIRD),
        # Microsoft's simplified-Chinese help title for 550 5.7.708 'Access denied, traffic not accepted from this IP' (a poorly reputed IP, as the 5.7.7xx code rule reads it).
        Phrases("zh.reputation-microsoft-traffic", C.REPUTATION, (
            "此 ip 不接受流量",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.zh-CN:AlchemyInsights/"
            "antispam-550-5-7-708-service-unavailable-access-denied-traffic-not-accepted.md")),
        # Microsoft's simplified-Chinese help title for 5.7.750 'Client blocked from sending from unregistered domain' (the 5.7.7xx code rule reads it as reputation).
        Phrases("zh.reputation-microsoft-unregistered-domain", C.REPUTATION, (
            "无法通过未注册的域发送",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.zh-CN:AlchemyInsights/"
            "5-7-750-service-unavailable-client-blocked-from-sending-from-unregistered-d.md")),
        # Microsoft's simplified-Chinese help on Exchange Online's receiving limit: senders get an NDR (5.2.121/5.2.122) saying the mailbox exceeded its maximum delivery threshold.
        Phrases("zh.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "分钟内受到限制",
            "超过了最大送达阈值",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.zh-CN:AlchemyInsights/"
            "mailbox-receiving-limit.md")),
        # Microsoft's traditional-Chinese help title for 550 5.7.708 'Access denied, traffic not accepted from this IP' (a poorly reputed IP, as the 5.7.7xx code rule reads it).
        Phrases("zh.reputation-microsoft-traffic-tw", C.REPUTATION, (
            "未接受來自此 ip 的流量",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.zh-TW:AlchemyInsights/"
            "antispam-550-5-7-708-service-unavailable-access-denied-traffic-not-accepted.md")),
        # Microsoft's traditional-Chinese help title for 5.7.750 'Client blocked from sending from unregistered domain' (the 5.7.7xx code rule reads it as reputation).
        Phrases("zh.reputation-microsoft-unregistered-domain-tw", C.REPUTATION, (
            "無法從未註冊的網域傳送",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.zh-TW:AlchemyInsights/"
            "5-7-750-service-unavailable-client-blocked-from-sending-from-unregistered-d.md")),
        # Microsoft's traditional-Chinese help on Exchange Online's receiving limit: senders get an NDR (5.2.121/5.2.122) saying the mailbox exceeded its maximum delivery threshold.
        Phrases("zh.rate-limited-microsoft-receiving-tw", C.RATE_LIMITED, (
            "分鐘進行節流",
            "已超過傳遞閾值上限",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.zh-TW:AlchemyInsights/"
            "mailbox-receiving-limit.md")),
        Phrases("zh.network-error", C.NETWORK_ERROR, (
            "无法连接到", "连接服务器失败", "服务器连接失败", "的连接在传输过程中中断", "的连接超时", "网络异常",
        ), _THUNDERBIRD),
        Phrases("zh.message-too-large", C.MESSAGE_TOO_LARGE, (
            "消息长度超过服务器", "超过了全局大小限制", "邮件过大",
        ), _THUNDERBIRD),
        Phrases("zh.too-many-recipients", C.RATE_LIMITED, ("收件人数量超出上限", "发信数超限制"), _THUNDERBIRD),
        Phrases("zh.smtputf8", C.CONTENT_REJECTED, ("不支持带 unicode 字符",), _ROUNDCUBE),
        Phrases("zh.sender-rejected", C.SENDER_REJECTED, ("发送地址错误",), _PHPMAILER),
        Phrases("zh.user-unknown", C.USER_UNKNOWN, ("用户不存在", "收件人不存在", "未开通qq邮箱"), _QQMAILBOX_COM),
        Phrases("zh.mailbox-full", C.MAILBOX_FULL, ("收件人空间不足", "收件容量满", "邮箱空间不足"), _QQMAILBOX_COM),
        Phrases("zh.host-unknown", C.HOST_UNKNOWN, ("域名不存在",), _EMAILHOST_COM_CN),
        Phrases("zh.spam-content", C.SPAM_CONTENT, ("垃圾邮件退信",), _EMAILHOST_COM_CN),
        Phrases("zh.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "账户设置中的电子邮件地址是否正确",
        ), _TB_L10N, decisive=False),
        Phrases("zh.network-error-thunderbird", C.NETWORK_ERROR, (
            "服务器可能配置错误",
        ), _TB_L10N),
        Phrases("zh.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "添加发件人失败",
        ), _RC_L10N, decisive=False),
        Phrases("zh.mailbox-full-evolution", C.MAILBOX_FULL, (
            "存储分配超额", "超出可供儲存空間的限制",
        ), f"{_EVO_PO}; {_EVO_PO_TW}"),
        Phrases("zh.auth-required-evolution", C.AUTH_REQUIRED, (
            "必须认证",
        ), _EVO_PO),
        Phrases("zh.auth-failed-evolution", C.AUTH_FAILED, (
            "临时认证失败", "认证机制太弱", "来自服务器的无效认证应答", "臨時核對失敗", "核對機制太弱",
            "sasl 通訊協定錯誤",
        ), f"{_EVO_PO}; {_EVO_PO_TW}"),
        # Evolution's other translated RFC 5321 / RFC 4954 reply texts and its own errors.
        Phrases("zh.syntax-error-evolution", C.SYNTAX_ERROR, (
            "语法错误，命令无法识别", "参数语法错误", "語法錯誤，不認識的指令", "參數內的語法錯誤",
        ), f"{_EVO_PO}; {_EVO_PO_TW}"),
        Phrases("zh.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "命令尚未实现", "命令参数尚未实现", "指令沒有實作", "指令的參數沒有實作",
        ), f"{_EVO_PO}; {_EVO_PO_TW}"),
        Phrases("zh.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "服务不可用，正在关闭传输通道", "此服務仍未可用",
        ), f"{_EVO_PO}; {_EVO_PO_TW}"),
        Phrases("zh.has-moved-evolution", C.HAS_MOVED, (
            "用户不在本地", "不是本地端的使用者",
        ), f"{_EVO_PO}; {_EVO_PO_TW}"),
        Phrases("zh.mailbox-unavailable-evolution", C.USER_UNKNOWN, (
            "邮箱无效", "郵箱仍未可用",
        ), f"{_EVO_PO}; {_EVO_PO_TW}", decisive=False),
        Phrases("zh.server-error-evolution", C.SERVER_ERROR, (
            "动作请求已放弃：处理出错", "正在處理時發生錯誤",
        ), f"{_EVO_PO}; {_EVO_PO_TW}"),
        Phrases("zh.user-unknown-evolution", C.USER_UNKNOWN, (
            "一个或多个无效的收件人", "一或多個無效的收件者",
        ), f"{_EVO_PO}; {_EVO_PO_TW}"),
        # "Cannot send message: sender address not valid." (Evolution); Thunderbird's
        # couldNotGetUsersMailAddress2 "发件人地址（From:）无效".
        Phrases("zh.sender-rejected-client", C.SENDER_REJECTED, (
            "发件人地址不合法", "寄件者的地址無效", "发件人地址（from:）无效",
        ), f"{_EVO_PO}; {_EVO_PO_TW}; {_TB_L10N}"),
        # STARTTLS missing, encryption required for the AUTH mechanism; Thunderbird
        # startTlsFailed.
        Phrases("zh.tls-required-client", C.TLS_REQUIRED, (
            "不支持 starttls", "不支援 starttls", "请求的认证机制必须加密", "所要求的核對機制必須加密",
            "使用 starttls 建立安全连接",
        ), f"{_EVO_PO}; {_EVO_PO_TW}; {_TB_L10N}"),
        # Thunderbird smtpHintAuthEncryptToPlain*, smtpHintAuthPlainToEncrypt, smtpAuthGssapi.
        Phrases("zh.auth-failed-thunderbird", C.AUTH_FAILED, (
            "似乎不支持加密过的密码", "不允许明文密码", "令牌没有被发件服务器",
        ), _TB_L10N),
        # Thunderbird errorIllegalLocalPart2: a non-ASCII local part without SMTPUTF8.
        Phrases("zh.smtputf8-thunderbird", C.CONTENT_REJECTED, ("尚不支持 smtputf8",), _TB_L10N),
        Phrases("zh.system-full-evolution", C.SYSTEM_FULL, (
            "系统存储空间不足", "系統的儲存空間不足",
        ), f"{_EVO_PO}; {_EVO_PO_TW}"),
        Phrases("zh.sender-rejected-mailman", C.SENDER_REJECTED, (
            "被禁止往该列表发送信息", "由非成员发送到一个仅成员列表", "不允许非成员往该列表发送", "被禁止投書到本論壇", "非會員投書到限會員發言",
            "不允許非會員在此論壇發言",
        ), (
            "jaredmauch/mailman2-python3:messages/zh_CN/LC_MESSAGES/mailman.po; "
            "jaredmauch/mailman2-python3:messages/zh_TW/LC_MESSAGES/mailman.po"
        )),
        Phrases("zh.policy-mailman", C.POLICY_VIOLATION, (
            "信息中含有隐式的目的地", "不允许收信人的地址空白或者不清晰", "已经交由列表主持者审批", "发送到受限列表",
            "信件有隱含收件人", "不允許投書信件的收件人欄位空白", "已送交壇主裁決", "投書到管制的論壇",
        ), "jaredmauch/mailman2-python3:messages/zh_CN/LC_MESSAGES/mailman.po; jaredmauch/mailman2-python3:messages/zh_TW/LC_MESSAGES/mailman.po"),
        Phrases("zh.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "信件内容过大", "您的信件过大", "信件內容過大", "您的信件太大",
        ), "jaredmauch/mailman2-python3:messages/zh_CN/LC_MESSAGES/mailman.po; jaredmauch/mailman2-python3:messages/zh_TW/LC_MESSAGES/mailman.po"),
        Phrases("zh.too-many-recipients-mailman", C.RATE_LIMITED, ("该信息的收件人太多", "信件收件人太多"),
                "jaredmauch/mailman2-python3:messages/zh_CN/LC_MESSAGES/mailman.po; jaredmauch/mailman2-python3:messages/zh_TW/LC_MESSAGES/mailman.po"),
        Phrases("zh.sender-rejected-sympa", C.SENDER_REJECTED, (
            "这张邮件列表不允许邮件发行", "这张邮件列表的邮件发行仅限", "邮件发行：被否认的授权",
            "這張郵件列表不允許郵件發行", "這張郵件列表的郵件發行僅限", "郵件發行：被否認的授權",
        ), "sympa-community/sympa:po/sympa/zh_CN.po; sympa-community/sympa:po/sympa/zh_TW.po"),
        Phrases("zh.user-unknown-sympa", C.USER_UNKNOWN, ("以下地址不是已知邮件列表", "以下地址不是已知郵件列表"),
                "sympa-community/sympa:po/sympa/zh_CN.po; sympa-community/sympa:po/sympa/zh_TW.po"),
        Phrases("zh.policy-sympa", C.POLICY_VIOLATION, (
            "的邮件被转发到了编辑", "被监管员", "的郵件被轉發到了編輯", "被監管員",
        ), "sympa-community/sympa:po/sympa/zh_CN.po; sympa-community/sympa:po/sympa/zh_TW.po"),
        Phrases("zh.user-unknown-gromox", C.USER_UNKNOWN, (
            "该收件人并不存在", "該收件人並不存在",
        ), (
            "grommunio/gromox:data/local_bounce/gb2312/BOUNCE_NO_USER; "
            "grommunio/gromox:data/local_bounce/big5/BOUNCE_NO_USER"
        )),
        Phrases("zh.mailbox-full-gromox", C.MAILBOX_FULL, (
            "收件人邮箱已满", "收件人郵箱已滿",
        ), (
            "grommunio/gromox:data/local_bounce/gb2312/BOUNCE_MAILBOX_FULL; "
            "grommunio/gromox:data/local_bounce/big5/BOUNCE_MAILBOX_FULL"
        )),
        # Gromox's other Chinese notices: a local delivery error (BOUNCE_OPERATION_ERROR), and a
        # mailing list that only its members, the domain or named senders may post to
        # (mlist_bounce BOUNCE_MLIST_*; the subject line alone, "没有足够的权限", is weak).
        Phrases("zh.server-error-gromox", C.SERVER_ERROR, ("邮件系统出错", "郵件系統出錯"),
                f"{_GROMOX}local_bounce/gb2312/BOUNCE_OPERATION_ERROR; {_GROMOX}local_bounce/big5/BOUNCE_OPERATION_ERROR"),
        Phrases("zh.sender-rejected-gromox", C.SENDER_REJECTED, ("才可向该列表发送邮件", "才可向該列表發送郵件"),
                f"{_GROMOX}mlist_bounce/gb2312/BOUNCE_MLIST_INTERNAL; {_GROMOX}mlist_bounce/big5/BOUNCE_MLIST_DOMAIN"),
        Phrases("zh.sender-rejected-gromox-weak", C.SENDER_REJECTED, ("没有足够的权限", "沒有足夠的權限"),
                f"{_GROMOX}mlist_bounce/gb2312/BOUNCE_MLIST_SPECIFIED; {_GROMOX}mlist_bounce/big5/BOUNCE_MLIST_SPECIFIED",
                decisive=False),
        Phrases("zh.rate-limited-gmail", C.RATE_LIMITED, (
            "接收电子邮件的频率过高", "接收电子邮件过于频繁", "最高 smtp 中继量超出限制",
        ), _GMAIL_CODES_ZH),
        Phrases("zh.mailbox-full-gmail", C.MAILBOX_FULL, (
            "收件人的收件箱存储空间不足",
        ), _GMAIL_CODES_ZH),
        Phrases("zh.policy-gmail", C.POLICY_VIOLATION, (
            "此邮件违反了",
        ), _GMAIL_CODES_ZH, decisive=False),
        # The Chinese translation of the RFC 5321 reply texts that Chinese help pages and code
        # comments copy ("邮件服务返回代码含义").
        Phrases("zh.syntax-error-rfc", C.SYNTAX_ERROR, ("命令不可识别", "参数格式错误", "该行违背协议"),
                f"{_APPTJ}; {_LINUXBYTE}; {_SINA_BLOG}"),
        Phrases("zh.not-implemented-rfc", C.NOT_IMPLEMENTED, ("命令不可实现", "命令参数不可实现"),
                f"{_APPTJ}; {_LINUXBYTE}"),
        Phrases("zh.bad-sequence-rfc", C.BAD_SEQUENCE, ("错误的命令序列", "序列错误"),
                f"{_APPTJ}; {_SINA_BLOG}"),
        Phrases("zh.service-unavailable-rfc", C.SERVICE_UNAVAILABLE, ("服务未就绪",),
                f"{_APPTJ}; {_LINUXBYTE}"),
        Phrases("zh.mailbox-unavailable-rfc", C.USER_UNKNOWN, ("要求的邮件操作未完成", "邮箱名不可用"),
                f"{_APPTJ}; {_LINUXBYTE}", decisive=False),
        Phrases("zh.server-error-rfc", C.SERVER_ERROR, ("处理过程中出错", "临时数据访问失败"),
                f"{_APPTJ}; {_SINA_BLOG}"),
        Phrases("zh.has-moved-rfc", C.HAS_MOVED, ("用户非本地",), f"{_APPTJ}; {_LINUXBYTE}"),
        Phrases("zh.system-full-rfc", C.SYSTEM_FULL, ("系统存储不足",), f"{_APPTJ}; {_LINUXBYTE}"),
        Phrases("zh.mailbox-full-rfc", C.MAILBOX_FULL, ("过量的存储分配",), f"{_APPTJ}; {_LINUXBYTE}"),
        Phrases("zh.auth-failed-rfc", C.AUTH_FAILED, (
            "用户验证失败", "认证永久失败", "认证临时失败", "不支持的认证模式",
        ), f"{_LINUXBYTE}; {_SINA_BLOG}"),
        # The Chinese glosses of the RFC 3463 enhanced status codes ("邮件退信原因分析对照表"),
        # copied in Simplified and Traditional script by many hosts' help pages.
        Phrases("zh.user-unknown-rfc3463", C.USER_UNKNOWN, (
            "收件地址信箱错误", "收件地址信箱錯誤", "收件地址信箱句法错误", "收件地址信箱句法錯誤", "收件地址信箱不清",
        ), f"{_GOCD}; {_CODEPRJ}; {_VVOV}"),
        Phrases("zh.host-unknown-rfc3463", C.HOST_UNKNOWN, ("收件地址系统错误", "收件地址系統錯誤"),
                f"{_GOCD}; {_CODEPRJ}"),
        Phrases("zh.has-moved-rfc3463", C.HAS_MOVED, ("信箱已移除",), f"{_GOCD}; {_CODEPRJ}"),
        Phrases("zh.sender-rejected-rfc3463", C.SENDER_REJECTED, (
            "寄件者信箱句法错误", "寄件者信箱句法錯誤", "寄件者系统错误", "寄件者系統錯誤",
        ), f"{_GOCD}; {_CODEPRJ}"),
        Phrases("zh.mailbox-disabled-rfc3463", C.MAILBOX_DISABLED, ("信箱无法运作", "信箱無法運作"),
                f"{_GOCD}; {_CODEPRJ}"),
        Phrases("zh.mailbox-full-rfc3463", C.MAILBOX_FULL, ("信箱已满", "信箱已滿", "超出所分配的儲存空間"),
                f"{_GOCD}; {_CODEPRJ}; {_HELPW}"),
        Phrases("zh.message-too-large-rfc3463", C.MESSAGE_TOO_LARGE, (
            "邮件长度超出管理者限制", "郵件長度超出管理者限制", "邮件大小超出邮件系统限制", "郵件大小超出郵件系統限制",
        ), f"{_GOCD}; {_CODEPRJ}"),
        Phrases("zh.system-full-rfc3463", C.SYSTEM_FULL, (
            "邮件系统储存空间已满", "郵件系統儲存空間已滿", "係統空間不足",
        ), f"{_GOCD}; {_CODEPRJ}; {_HELPW}"),
        Phrases("zh.service-unavailable-rfc3463", C.SERVICE_UNAVAILABLE, (
            "主机无法接收信件", "主機無法接收信件", "主機無法提供正常服務",
        ), f"{_GOCD}; {_CODEPRJ}; {_HELPW}"),
        Phrases("zh.not-implemented-rfc3463", C.NOT_IMPLEMENTED, ("无法为收件主机所接收", "無法為收件主機所接收"),
                f"{_GOCD}; {_CODEPRJ}"),
        Phrases("zh.server-error-rfc3463", C.SERVER_ERROR, ("系统设定错误", "系統設定錯誤", "本地端錯誤"),
                f"{_GOCD}; {_CODEPRJ}; {_HELPW}"),
        Phrases("zh.network-error-rfc3463", C.NETWORK_ERROR, (
            "主机无回应", "主機無回應", "连线错误", "連線錯誤", "网路系统无法转送邮件", "網路系統無法轉送郵件",
        ), f"{_GOCD}; {_CODEPRJ}"),
        Phrases("zh.has-moved-rfc-tw", C.HAS_MOVED, ("使用者不屬于本地端", "使用者不屬於本地端"),
                f"{_JULIELYNGE}; {_HELPW}"),
        Phrases("zh.user-unknown-rfc-tw", C.USER_UNKNOWN, ("信箱不存在",), _HELPW),
        # More glosses: GoDaddy's Traditional Chinese help (with Microsoft 365's 5.4.1 wording), a
        # mail-log guide's failure reasons (查无此人, 信箱已爆, 连线被拒), HENNGE One's NDR types.
        Phrases("zh.user-unknown-tw-more", C.USER_UNKNOWN, (
            "電子郵件地址無效或不存在", "遭到收件人地址拒絕", "查无此人", "使用者不明",
        ), f"{_GODADDY_TW}; {_WANGLU}; {_HENNGE}"),
        Phrases("zh.mailbox-full-slang", C.MAILBOX_FULL, ("信箱已爆",), _WANGLU),
        Phrases("zh.network-error-log", C.NETWORK_ERROR, ("无法连线收件者邮件伺服器", "连线被拒", "网路不通"),
                _WANGLU),
        # A Taiwanese host's glosses of the bounces its users get (智邦小幫手).
        Phrases("zh.mailbox-full-url-tw", C.MAILBOX_FULL, ("信箱容量已滿",), _URL_TW),
        Phrases("zh.spam-content-url-tw", C.SPAM_CONTENT, ("被對方認為是垃圾信",), _URL_TW),
        Phrases("zh.sender-rejected-url-tw", C.SENDER_REJECTED, ("寄件人被拒絕",), _URL_TW),
        Phrases("zh.rate-limited-url-tw", C.RATE_LIMITED, ("信件寄送太頻繁",), _URL_TW),
        Phrases("zh.message-too-large-url-tw", C.MESSAGE_TOO_LARGE, ("已超出接收主機的限制",), _URL_TW),
        Phrases("zh.host-unknown-url-tw", C.HOST_UNKNOWN, ("搜尋不到該主機資訊",), _URL_TW),
        # The same Chinese server's other reply texts (the table on blog.sina.com.cn).
        # 553 relay check local fail (本域用户必须通过验证), 554 Black mail address (黑邮件地址), 554
        # openrelay check (拒绝开放中继服务器), 554 mail address invalid (发件人地址不匹配), 450 out of memory
        # (内部错误), 450 queue unavailable (队列忙).
        Phrases("zh.auth-required-sina", C.AUTH_REQUIRED, ("本域用户必须通过验证",), _SINA_BLOG),
        Phrases("zh.blocklisted-sina", C.BLOCKLISTED, ("黑邮件地址", "拒绝开放中继服务器"), _SINA_BLOG),
        Phrases("zh.sender-rejected-sina", C.SENDER_REJECTED, ("发件人地址不匹配",), _SINA_BLOG),
        Phrases("zh.server-error-sina", C.SERVER_ERROR, ("内部错误", "队列忙"), _SINA_BLOG),
        # A failed SPF check as Chinese help pages explain the bounce: "SPF驗證失敗，即您發送的郵件未通過SPF驗證"
        # (Alibaba Mail's reseller), "由于spf的原因(对方的发信ip不在域名申明的发信ip范围内)" (Coremail's), "被收信
        # 方服务器的spf策略检测身份认证未通过", Google's "SPF 身份验证失败"; Tencent Exmail's notice for a sender
        # domain without SPF/DKIM/DMARC records, "發件人(…)功能變數名稱的DNS記錄未設定或設定錯誤導致對方拒收".
        Phrases("zh.sender-unauthenticated", C.SENDER_UNAUTHENTICATED, (
            "spf驗證失敗", "未通過spf驗證", "由于spf的原因", "spf策略检测", "spf 身份验证失败",
            "的dns記錄未設定或設定錯誤",
        ), f"{_SPF_ALIYUN}; {_SPF_COREMAIL}; {_SPF_NOTE}; {_SPF_GOOGLE}; {_SPF_EXMAIL}"),
        # A sending IP without reverse DNS, as Chinese admins' pages explain "450 4.7.1 Client host rejected:
        # cannot find your hostname" ("错误原因:对方服务器未设置反向解析", "都是因为没有反向解析造成的") and
        # Gmail's 550 5.7.25 ("该IP地址缺少PTR记录").
        Phrases("zh.reverse-dns", C.REVERSE_DNS, ("未设置反向解析", "没有反向解析", "缺少ptr记录"),
                f"{_WTABCD}; {_GITCODE_PTR}"),
        # A host's list of the usual causes of a system bounce (系统退信的大致原因): no such recipient
        # address, no room left in the mailbox, over the provider's size limit for one mail, no SMTP
        # connection could be made, no destination mail host, too many recipients in one mail, the
        # recipient's mail server or IP not found.
        Phrases("zh.user-unknown-causes", C.USER_UNKNOWN, ("没有找到收件人的地址",), _SHUFENG),
        Phrases("zh.mailbox-full-causes", C.MAILBOX_FULL, ("没有足够的空间来接收新邮件",), _SHUFENG),
        Phrases("zh.message-too-large-causes", C.MESSAGE_TOO_LARGE, ("规定的一封邮件大小",), _SHUFENG),
        Phrases("zh.network-error-causes", C.NETWORK_ERROR, ("服务器不能建立链接",), _SHUFENG),
        Phrases("zh.host-unknown-causes", C.HOST_UNKNOWN, (
            "没有目的邮件主机", "找不到对方的邮件服务器", "目标电子邮件系统是未知或无效",
        ), f"{_SHUFENG}; {_RELAYPOD}"),
        Phrases("zh.rate-limited-causes", C.RATE_LIMITED, ("单封信件的收件人过多",), _SHUFENG),
        # Virus wordings of Chinese notices: NetEase enterprise mail's "邮件在投递过程中检测出包含病毒内容,会被
        # 丢弃" and "对方发送的邮件中带有病毒", Gmail's "检测到病毒!" in a Chinese write-up.
        Phrases("zh.virus-notice", C.VIRUS, ("包含病毒", "带有病毒", "检测到病毒"), f"{_WZ0733_VIRUS}; {_MUNUE}"),
        # Greylisting by its Chinese name (灰名单 / 灰名單), as Chinese explanations of the 451 deferral
        # ("被邮件服务器拒绝接收、并被要求稍后重发的所有邮件都会进入灰名单过滤器") use it.
        Phrases("zh.greylisted", C.GREYLISTED, ("灰名单", "灰名單"), f"{_HENANLONG}; {_FIJ777}"),
        Phrases("zh.relay-denied", C.RELAY_DENIED, ("拒绝中继",), _SINA_BLOG),
        Phrases("zh.rate-limited-rcpt", C.RATE_LIMITED, ("超出 rcpt 允许上限",), _SINA_BLOG),
        Phrases("zh.network-error-loop", C.NETWORK_ERROR, ("环回信件",), _SINA_BLOG),
        # Gmail's other SMTP error texts, in Google's Simplified and Traditional Chinese help.
        Phrases("zh.rate-limited-gmail-more", C.RATE_LIMITED, (
            "接收电子邮件的速度过快", "此邮件已受到速率限制", "接收邮件过于频繁", "目前正在接收大量郵件",
        ), f"{_GMAIL_HANS}; {_LAOD}; {_UBLINK}"),
        Phrases("zh.reputation-gmail", C.REPUTATION, ("来路不明的邮件", "來路不明電子郵件"),
                f"{_LAOD}; {_UBLINK}"),
        Phrases("zh.policy-gmail-whitelist", C.POLICY_VIOLATION, ("网域的白名单", "網域許可清單中"),
                f"{_LAOD}; {_UBLINK}"),
        Phrases("zh.tls-required-gmail", C.TLS_REQUIRED, ("网域需要 tls", "網域需要使用 tls"),
                f"{_LAOD}; {_UBLINK}"),
        Phrases("zh.server-error-gmail", C.SERVER_ERROR, (
            "临时系统问题", "系統暫時發生問題", "服务器暂时拒绝",
        ), f"{_LAOD}; {_UBLINK}; {_GMAIL_CODES_ZH}"),
        Phrases("zh.service-unavailable-gmail", C.SERVICE_UNAVAILABLE, ("服务器繁忙", "伺服器忙碌中"),
                f"{_LAOD}; {_UBLINK}"),
        Phrases("zh.network-error-gmail", C.NETWORK_ERROR, ("超时 - 正在断开连接",), _LAOD),
        Phrases("zh.not-implemented-gmail", C.NOT_IMPLEMENTED, ("不可包含多个目标网域",),
                f"{_LAOD}; {_GMAIL_CODES_ZH}"),
        Phrases("zh.user-unknown-help-more", C.USER_UNKNOWN, ("对方地址不存在",), _WZ0733),
        # The same explanations in Traditional Chinese (a Hong Kong host's bounce guide), and
        # the command-error one.
        Phrases("zh.user-unknown-help-tw", C.USER_UNKNOWN, ("用戶不存在", "帳號不存在"), _TNET),
        Phrases("zh.mailbox-full-help-tw", C.MAILBOX_FULL, ("郵箱空間不夠",), _TNET),
        Phrases("zh.message-too-large-help-tw", C.MESSAGE_TOO_LARGE, ("郵件過大",), _TNET),
        Phrases("zh.host-unknown-help-tw", C.HOST_UNKNOWN, ("無法查找對方服務器名稱",), _TNET),
        Phrases("zh.rate-limited-help-tw", C.RATE_LIMITED, ("群發包含過多用戶",), _TNET),
        Phrases("zh.mailbox-disabled-help-tw", C.MAILBOX_DISABLED, ("帳號被禁用",), _TNET),
        Phrases("zh.network-error-help-tw", C.NETWORK_ERROR, ("連接超時",), _TNET),
        Phrases("zh.policy-refused-help", C.POLICY_VIOLATION, (
            "对方拒收邮件", "對方拒收郵件", "系统服务商拒收此邮件", "的服務器拒收此郵件",
        ), f"{_FOBHOST}; {_TNET}", decisive=False),
        Phrases("zh.mailbox-full-folder", C.MAILBOX_FULL, ("邮箱文件夹邮件数量限制",), _MYSDQQ),
        Phrases("zh.syntax-error-command", C.SYNTAX_ERROR, ("无法识别的错误命令",), _MYSDQQ),
        Phrases("zh.syntax-error-help", C.SYNTAX_ERROR, ("系统指令错误", "系統指令錯誤"),
                f"{_FOBHOST}; {_TNET}"),
        Phrases("zh.mailbox-full-help-more", C.MAILBOX_FULL, (
            "接收方的邮箱已满", "没有足够邮箱空间", "没有足够的剩余空间",
        ), f"{_WZ0733}; {_YFS8}"),
        Phrases("zh.network-error-263", C.NETWORK_ERROR, ("网络连接不畅通",), "http://www.263gmail.js.cn/help/13/2.htm"),
        Phrases("zh.message-too-large-help", C.MESSAGE_TOO_LARGE, ("这封邮件太大了",), _WZ0733),
        # Exchange's Chinese non-delivery report: "You do not have permission to send to this
        # recipient".
        Phrases("zh.policy-exchange", C.POLICY_VIOLATION, ("您没有向此收件人发送邮件的权限",),
                "http://bbs.exchangecn.com/read-htm-tid-2437-fpage-11.html"),
        # Microsoft's Chinese table of Office 365 NDR codes: 4.4.7 (the message expired in the
        # queue) and 4.4.316 (connection refused).
        Phrases("zh.expired-exchange", C.EXPIRED, ("队列中的邮件已过期",), _MS_NDR_ZH),
        Phrases("zh.network-error-exchange", C.NETWORK_ERROR, ("连接被拒绝",),
                _MS_NDR_ZH),
        # Microsoft 365's Chinese rendering of 550 5.4.1 "Recipient address rejected: Access
        # denied" (the recipient is not in the directory), as GoDaddy's Chinese help quotes it; and
        # its list of bounce causes.
        Phrases("zh.user-unknown-microsoft", C.USER_UNKNOWN, ("收件人地址被拒绝", "电子邮件地址无效或不存在"),
                _GODADDY_ZH),
        Phrases("zh.mailbox-full-godaddy", C.MAILBOX_FULL, ("邮箱已满",), _GODADDY_ZH),
        # Tencent Exmail: the domain's sending quota for the day is used up.
        Phrases("zh.rate-limited-exmail-daily", C.RATE_LIMITED, (
            "发信量到达上限", "发信量已达当日上限",
        ), _TENGXUN_FORUM),
        # Tencent Exmail's help on why mail comes back (its resellers' copies).
        Phrases("zh.policy-recipient-refused", C.POLICY_VIOLATION, (
            "收件人拒收了您的邮件", "收件人拒收了您的郵件",
        ), f"{_QQMAIL_ZJ}; {_TJHAOYAO}"),
        Phrases("zh.rate-limited-receiving", C.RATE_LIMITED, ("有收信频率限制", "有收信頻率限制"),
                f"{_QQMAIL_ZJ}; {_TJHAOYAO}"),
        # NetEase's Chinese explanations of its reply codes (退信代码说明).
        Phrases("zh.too-many-connections-netease", C.TOO_MANY_CONNECTIONS, ("并发连接数过大",),
                _NETEASE_TABLE),
        Phrases("zh.rate-limited-netease", C.RATE_LIMITED, (
            "短期内发送了大量信件", "发送的邮件数量超出限制", "发送的收件人数量超出限制",
        ), _NETEASE_TABLE),
        Phrases("zh.blocklisted-netease", C.BLOCKLISTED, ("位于一个或多个rbl里", "允许的发送地址列表里"),
                _NETEASE_TABLE),
        Phrases("zh.spam-content-netease", C.SPAM_CONTENT, ("带有垃圾邮件特征",), _NETEASE_TABLE),
        Phrases("zh.auth-failed-netease", C.AUTH_FAILED, ("登录失败次数过多",), _NETEASE_TABLE),
        # QQ Mail / Tencent Exmail / NetEase: the sender or its IP sends too often.
        Phrases("zh.rate-limited-frequency", C.RATE_LIMITED, (
            "发信过于频繁", "發信頻率", "发信频率", "发送频率超过限制",
        ), f"{_YIMISOFT}; {_EXMAIL_FREQ}; {_138_GZ}; {_NETEASE_TABLE}"),
        # Aliyun Mail / DirectMail: sending quota and recipient count.
        Phrases("zh.rate-limited-aliyun", C.RATE_LIMITED, (
            "发信额度超出限制", "收件人数量超限",
        ), f"{_ALIYUN_DM}; {_ALIYUN_QIYE}"),
        # Alibaba Cloud DirectMail's reply table in Traditional script (a copy of its help page).
        Phrases("zh.directmail-size-tw", C.MESSAGE_TOO_LARGE, ("郵件大小超限",), _DM_TW),
        Phrases("zh.directmail-user-tw", C.USER_UNKNOWN, ("命中無效地址庫", "接收地址不存在"), _DM_TW),
        Phrases("zh.directmail-dns-tw", C.HOST_UNKNOWN, ("mx 解析查詢失敗",), _DM_TW),
        Phrases("zh.directmail-unreachable-tw", C.NETWORK_ERROR, ("目標主機不可到達",), _DM_TW),
        Phrases("zh.directmail-spam-tw", C.SPAM_CONTENT, ("郵件被判為垃圾郵件",), _DM_TW),
        Phrases("zh.mailbox-disabled", C.MAILBOX_DISABLED, (
            "用户被禁用", "帐号被冻结", "邮箱被锁", "收件人不允许接收邮件",
        ), f"{_SZHOT}; {_SINA_BLOG}; {_ALIYUN_QIYE}"),
        Phrases("zh.user-unknown-provider", C.USER_UNKNOWN, (
            "邮箱不存在", "命中无效地址库",
        ), f"{_SINA_BLOG}; {_ALIYUN_DM}"),
        Phrases("zh.spam-content-provider", C.SPAM_CONTENT, (
            "判为垃圾邮件", "识别为垃圾邮件",
        ), f"{_ALIYUN_QIYE}; {_ALIYUN_DM}; https://github.com/selfteaching/selfteaching-python-camp/issues/5556"),
        # Aliyun Mail: the sending behaviour (not the content) was stopped by its anti-spam.
        Phrases("zh.reputation-aliyun", C.REPUTATION, (
            "发信行为被反垃圾拦截", "发信被反垃圾临时拦截",
        ), _ALIYUN_QIYE),
        Phrases("zh.sender-rejected-provider", C.SENDER_REJECTED, (
            "发件人不允许发送邮件", "发件人邮箱不可用", "发件人邮箱不是本系统账号", "拒绝发件人地址",
        ), f"{_ALIYUN_QIYE}; {_SINA_BLOG}"),
        Phrases("zh.message-too-large-provider", C.MESSAGE_TOO_LARGE, (
            "邮件内容超限", "附件内容超限", "邮件大小超过限制", "单个附件大小超出限制",
        ), f"{_ALIYUN_QIYE}; {_SINA_BLOG}"),
        Phrases("zh.virus", C.VIRUS, ("含有病毒", "无法清除的病毒"), f"{_ALIYUN_QIYE}; {_SINA_BLOG}"),
        Phrases("zh.blocklisted", C.BLOCKLISTED, ("发信ip被禁止",), _SINA_BLOG),
        # Traditional Chinese clients: PHPMailer's zh file, Roundcube's zh_TW, Thunderbird's zh-TW.
        Phrases("zh.auth-failed-tw", C.AUTH_FAILED, (
            "登錄失敗", "身份核對失敗", "無法向寄件伺服器", "不支援您所選擇的認證方式", "可能不支援加密過的密碼",
            "不接受未加密的密碼", "門標（ticket）沒有被",
        ), f"{_PHPMAILER_TW}; {_RC_TW}; {_TB_TW}"),
        Phrases("zh.network-error-tw", C.NETWORK_ERROR, (
            "無法連接到", "與伺服器連線失敗", "無法連線至寄件伺服器", "的連線在傳輸過程中中斷", "間的連線逾時",
            "伺服器可能設定錯誤",
        ), f"{_PHPMAILER_TW}; {_RC_TW}; {_TB_TW}"),
        Phrases("zh.message-too-large-tw", C.MESSAGE_TOO_LARGE, (
            "郵件大小超過伺服器限制", "超過了伺服器的大小上限",
        ), f"{_RC_TW}; {_TB_TW}"),
        Phrases("zh.too-many-recipients-client", C.RATE_LIMITED, (
            "超過允許的收件者數量", "太多收件人。請減少至", "收件人太多，请减少人数至",
        ), f"{_TB_TW}; {_RC_TW}; {_RC_L10N}"),
        Phrases("zh.smtputf8-tw", C.CONTENT_REJECTED, (
            "伺服器不支援電郵位址有 unicode", "不支援 smtputf8",
        ), f"{_RC_TW}; {_TB_TW}"),
        Phrases("zh.tls-required-tw", C.TLS_REQUIRED, ("無法以 starttls 建立安全連線",), _TB_TW),
        Phrases("zh.sender-rejected-tw", C.SENDER_REJECTED, ("發送地址錯誤", "寄件地址無效"),
                f"{_PHPMAILER_TW}; {_TB_TW}"),
        Phrases("zh.sender-rejected-tw-weak", C.SENDER_REJECTED, (
            "無法設定寄件者", "中您的電子郵件地址是否正確",
        ), f"{_RC_TW}; {_TB_TW}", decisive=False),
        # Chinese hosts' tables that explain each bounce text in Chinese (退信原因).
        Phrases("zh.user-unknown-help", C.USER_UNKNOWN, (
            "收件人邮件地址不存在", "没有这个收件人", "帐号不存在",
        ), f"{_ALIYUNTX}; {_RENRENDOC}; {_FOBHOST}"),
        Phrases("zh.mailbox-full-help", C.MAILBOX_FULL, (
            "收件箱已满", "邮箱空间不够", "邮件容量达到了最大值",
        ), f"{_ALIYUNTX}; {_FOBHOST}"),
        Phrases("zh.mailbox-disabled-help", C.MAILBOX_DISABLED, (
            "帐号被禁用", "处于休眠状态",
        ), f"{_FOBHOST}; {_MYSDQQ}"),
        Phrases("zh.host-unknown-help", C.HOST_UNKNOWN, (
            "无法查找对方服务器名称", "没有这个主机", "检索不到接收方域名", "无法被系统解析",
        ), f"{_FOBHOST}; {_RENRENDOC}; {_ALIYUNTX}"),
        Phrases("zh.network-error-help", C.NETWORK_ERROR, (
            "连接超时", "无法建立smtp连接", "服务器连接被拒绝",
        ), f"{_FOBHOST}; {_ALIYUNTX}"),
        Phrases("zh.blocklisted-help", C.BLOCKLISTED, ("ip被屏蔽",), _FOBHOST),
        Phrases("zh.sender-rejected-help", C.SENDER_REJECTED, ("发信地址伪装",), _FOBHOST),
        Phrases("zh.rate-limited-help", C.RATE_LIMITED, ("群发包含过多用户",), _FOBHOST),
        Phrases("zh.spam-content-help", C.SPAM_CONTENT, (
            "认定为垃圾邮件", "認定為垃圾郵件",
        ), f"{_MYSDQQ}; http://bestwisewords.com/document_detail/36620.html"),
        # Plain words (both scripts): the short wording that carries the reason in bounce guides
        # and help pages, where no longer phrase of the entries above names it.
        Phrases("zh.words-user-unknown", C.USER_UNKNOWN, (
            "收件人地址不存在", "邮件地址不存在", "邮箱地址不存在", "郵件地址不存在", "不存在的账号",
            "收件人并不存在",
        ), f"{_XIAYUYUN}; {_IFAXIN}; {_BOOK118}; {_GODADDY_TW}; {_XIAYUYUN_RETURNED}; {_VEVB}"),
        Phrases("zh.words-mailbox-full", C.MAILBOX_FULL, (
            "邮箱空间已满", "郵箱空間已滿", "邮箱容量已满", "郵箱容量已滿", "郵箱已滿",
        ), f"{_XIAYUYUN}; {_JUDUO}; {_DADIQINYE}; {_WVF_TW}; {_XIAYUYUN_RETURNED}"),
        # "Spam" and "content rejected": a spam filter's doing, not always its verdict.
        Phrases("zh.words-spam", C.SPAM_CONTENT, ("垃圾邮件", "垃圾郵件", "内容被拒绝"),
                f"{_DDTBK}; {_GODADDY_TW}; {_XIAYUYUN}", decisive=False),
        Phrases("zh.words-blocklisted", C.BLOCKLISTED, ("黑名单", "黑名單"),
                f"{_DDTBK}; {_ALIYUNYH}; {_URL_TW_1989}"),
        Phrases("zh.words-network", C.NETWORK_ERROR, ("連接失敗", "通信不流畅"),
                f"{_DM_TW}; {_XIAYUYUN_RETURNED}"),
        Phrases("zh.words-timeout", C.NETWORK_ERROR, ("超时", "超時"),
                f"{_ALIYUNYH_OUTLOOK}; {_JUDUO}", decisive=False),
        Phrases("zh.words-rate-limited", C.RATE_LIMITED, (
            "太过频繁", "频率太高", "发送上限", "发送限制", "轉發數量上限", "轉發上限",
        ), f"{_XIAYUYUN}; {_SHUHAIYUN}; {_GOOGLE_RELAY_TW}; {_HOSTGATOR_ZH}; {_XIAYUYUN_RETURNED}"),
        # "Refused to accept": the receiving server's refusal, its reason not named.
        Phrases("zh.words-refused", C.POLICY_VIOLATION, ("拒绝接收",), _VEVB, decisive=False),
        # "(rejected for policy reasons)" as a host's Chinese table of bounces renders it.
        Phrases("zh.words-policy", C.POLICY_VIOLATION, ("策略原因",), _HOSTGATOR_ZH),
        Phrases("zh.words-message-too-large", C.MESSAGE_TOO_LARGE, (
            "附件太大", "附件过大", "邮件太大", "信件太大", "郵件大小超過",
        ), f"{_XIAYUYUN}; {_SHUHAIYUN}; {_JUDUO}; {_WVF_TW}; {_XIAYUYUN_RETURNED}"),
        Phrases("zh.words-auth-failed", C.AUTH_FAILED, ("認證失敗", "身份验证信息错误"),
                f"{_DM_TW}; {_ALIYUNYH}"),
        # "Relay access denied" as Discourse's Chinese forum renders it; Google's "Mail relay
        # denied" in its Traditional Chinese SMTP relay errors.
        Phrases("zh.words-relay-denied", C.RELAY_DENIED, ("中继访问被拒绝", "郵件轉發遭拒"),
                f"{_DISCOURSE_ZH}; {_GOOGLE_RELAY_TW}"),
        Phrases("zh.words-host-unknown", C.HOST_UNKNOWN, ("域名不可用",), _DADIQINYE),
        # A host's Traditional Chinese bounce guide (域名頻道): the same reasons as the Simplified
        # guides above, in the other script.
        Phrases("zh.host-unknown-help-trad", C.HOST_UNKNOWN, ("檢索不到接收方域名", "沒有這個主機"),
                _CHOUWENLAO),
        Phrases("zh.user-unknown-help-trad", C.USER_UNKNOWN, ("沒有這個收件人",), _CHOUWENLAO),
        Phrases("zh.network-error-help-trad", C.NETWORK_ERROR, ("無法建立smtp連接",), _CHOUWENLAO),
        Phrases("zh.sender-rejected-help-trad", C.SENDER_REJECTED, ("投遞地址被拒絕",), _CHOUWENLAO),
        # Hosted mail's sending limits: a sender that "delivered a large number of mails in a short
        # time" (138.gz.cn), Tencent Exmail's per-minute/hour/day sending volume limit (發信量限制).
        Phrases("zh.rate-limited-volume", C.RATE_LIMITED, ("投递了大量的邮件", "發信量限制"),
                f"{_138_GZ}; {_EXMAIL_FREQ}"),
        # SOGo's Chinese webmail errors when the SMTP server refuses (UI/MailerUI/ChineseChina.lproj,
        # ChineseTaiwan.lproj): the message too big, all or some recipients invalid (weak), the SMTP
        # connection failed.
        Phrases("zh.message-too-large-sogo", C.MESSAGE_TOO_LARGE, ("信息太大", "訊息太大"),
                f"{_SOGO_ZH}; {_SOGO_TW}"),
        Phrases("zh.user-unknown-sogo", C.USER_UNKNOWN, (
            "所有收件人都无效", "所有收件者帳號都無效", "以下的收件者帳號無效", "下列帐号无法发送",
        ), f"{_SOGO_ZH}; {_SOGO_TW}", decisive=False),
        Phrases("zh.network-error-sogo", C.NETWORK_ERROR, ("smtp服务器接续失败", "連接 smtp伺服器時發生錯誤"),
                f"{_SOGO_ZH}; {_SOGO_TW}"),
        # Sylpheed's Simplified Chinese send errors (po/zh_CN.po): "无法连接SMTP服务器：%s:%d",
        # "SMTP服务器未找到: %s:%d".
        Phrases("zh.network-error-sylpheed", C.NETWORK_ERROR, ("无法连接smtp服务器", "smtp服务器未找到", "未找到服务器"),
                "sylpheed-mail/sylpheed:po/zh_CN.po"),
        # Claws Mail's Traditional Chinese errors (po/zh_TW.po): TLS/STARTTLS could not start or the
        # server demands it, an error during authentication, the server could not be reached.
        Phrases("zh.tls-required-claws-tw", C.TLS_REQUIRED, (
            "tls連線起始失敗", "tls 交握失敗", "無法執行starttls", "伺服器需要以 starttls", "簽證發行者不是ca", "的簽證已過期",
        ), "eworm-de/claws-mail:po/zh_TW.po"),
        Phrases("zh.auth-failed-claws-tw", C.AUTH_FAILED, ("認證發生錯誤", "登入被拒絕"), "eworm-de/claws-mail:po/zh_TW.po"),
        Phrases("zh.network-error-claws-tw", C.NETWORK_ERROR, ("無法連線至伺服器", "連線沒有被接受", "時通訊錯誤", "無法進行連線"), "eworm-de/claws-mail:po/zh_TW.po"),
        # Claws Mail's Simplified Chinese errors (po/zh_CN.po): "授权失败" and "认证时发生错误" (SMTP
        # authentication failed), "需要更强的鉴定认证" (a stronger mechanism required), "无法连接服务器".
        Phrases("zh.auth-failed-claws", C.AUTH_FAILED, ("授权失败", "认证时发生错误", "需要更强的鉴定认证", "登录被拒绝"),
                "eworm-de/claws-mail:po/zh_CN.po"),
        Phrases("zh.network-error-claws", C.NETWORK_ERROR, ("无法连接服务器", "连接不被接受"), "eworm-de/claws-mail:po/zh_CN.po"),
        # Horde IMP's refusal of a message to more recipients than allowed (locale/zh_CN, zh_TW imp.po:
        # "You are not allowed to send messages to more than %d recipients").
        Phrases("zh.too-many-recipients-horde", C.RATE_LIMITED, ("允许将邮件发送给最多", "傳送信件給超過"),
                "horde/imp:locale/zh_CN/LC_MESSAGES/imp.po; horde/imp:locale/zh_TW/LC_MESSAGES/imp.po"),
        # Mutt's Chinese SMTP client errors (po/zh_CN.po, po/zh_TW.po): "%s 鉴权失败", "无法协商 TLS 连接",
        # "無法連線到 %s (%s)".
        Phrases("zh.auth-failed-mutt", C.AUTH_FAILED, ("鉴权失败",), _MUTT_ZH),
        Phrases("zh.tls-required-mutt", C.TLS_REQUIRED, ("无法协商 tls 连接",), _MUTT_ZH),
        Phrases("zh.network-error-mutt", C.NETWORK_ERROR, ("無法連線到",), _MUTT_TW),
        # glibc's Simplified and Traditional Chinese strerror texts (po/zh_CN.po, po/zh_TW.po), as
        # an MTA or client on a Chinese locale writes them after a failed connection: ECONNREFUSED,
        # EHOSTUNREACH, ENETUNREACH, EADDRNOTAVAIL, ECONNRESET, ETIMEDOUT, ENETDOWN, EHOSTDOWN, EAI_AGAIN.
        Phrases("zh.network-error-strerror", C.NETWORK_ERROR, (
            "拒绝连接", "没有到主机的路由", "网络不可达", "无法指定被请求的地址", "连接被对方重设",
            "連線被拒絕", "連線超過時間", "找不到通往該主機的路由路徑", "無法接觸網路", "無法指定所需的位址",
            "連線被對方重設", "域名解析暂时失败", "网络已关闭", "解析名稱時發生暫時性錯誤", "網路停擺",
            "遠端系統已停機了",
        ), f"{_GLIBC_ZH}; {_GLIBC_TW}"),
        # Windows Sockets' Chinese texts of WSAECONNREFUSED (10061) and WSAETIMEDOUT (10060), as
        # Windows writes them and users paste them.
        Phrases("zh.network-error-winsock", C.NETWORK_ERROR, (
            "目标计算机积极拒绝", "连接的主机没有反应",
        ), f"{_WSA_10061_ZH}; {_WSA_10060_ZH}"),
        # Zimbra's Simplified, Traditional (Taiwan) and Hong Kong Chinese server errors, as its web
        # client and the SOAP faults show them (WebRoot/messages/ZMsg_zh_CN, _zh_TW, _zh_HK):
        # account.NO_SUCH_ACCOUNT, mail.MESSAGE_TOO_BIG, mail.SEND_ABORTED_ADDRESS_FAILURE,
        # service.TEMPORARILY_UNAVAILABLE, service.AUTH_REQUIRED, service.TOO_MANY_HOPS,
        # account.AUTH_FAILED.
        Phrases("zh.user-unknown-zimbra", C.USER_UNKNOWN, ("无此账号", "無此帳戶", "無此賬號"),
                f"{_ZIMBRA_CN}; {_ZIMBRA_TW}; {_ZIMBRA_HK}"),
        Phrases("zh.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, ("超过允许的大小上限", "超過允許的大小上限"),
                f"{_ZIMBRA_CN}; {_ZIMBRA_TW}; {_ZIMBRA_HK}"),
        Phrases("zh.user-unknown-zimbra-address", C.USER_UNKNOWN, ("邮件，地址无效", "郵件，地址無效", "因為位址無效"),
                f"{_ZIMBRA_CN}; {_ZIMBRA_TW}; {_ZIMBRA_HK}", decisive=False),
        Phrases("zh.service-unavailable-zimbra", C.SERVICE_UNAVAILABLE, (
            "服务暂时不可用", "服務暫時無法使用", "服務暫時不可用",
        ), f"{_ZIMBRA_CN}; {_ZIMBRA_TW}; {_ZIMBRA_HK}", decisive=False),
        Phrases("zh.auth-required-zimbra", C.AUTH_REQUIRED, ("需要验证", "需要驗證", "需要認證"),
                f"{_ZIMBRA_CN}; {_ZIMBRA_TW}; {_ZIMBRA_HK}", decisive=False),
        Phrases("zh.network-error-zimbra-hops", C.NETWORK_ERROR, ("转发次数太多", "轉寄次數太多"),
                f"{_ZIMBRA_CN}; {_ZIMBRA_TW}; {_ZIMBRA_HK}"),
        Phrases("zh.auth-failed-zimbra", C.AUTH_FAILED, (
            "用户名或密码不正确", "使用者名稱或密碼不正確", "用戶名稱或密碼不正確",
        ), f"{_ZIMBRA_CN}; {_ZIMBRA_TW}; {_ZIMBRA_HK}"),
        # Exchange Online's and Outlook.com's errors as Microsoft's Chinese help (Alchemy Insights)
        # titles them: 5.1.90 the sender's daily recipient limit; the account restricted for sending
        # spam (5.1.8, the sender blocked); the mailbox quota exceeded; the recipient's inbox full.
        Phrases("zh.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "已达到邮件收件人的每日限制", "已達到每日的郵件收件者限制",
        ), f"{_AI_CN}5-1-90-your-message-cant-be-sent-daily-limit.md; "
           f"{_AI_TW}5-1-90-your-message-cant-be-sent-daily-limit.md"),
        Phrases("zh.sender-rejected-exchange-spam", C.SENDER_REJECTED, (
            "因发送太多垃圾邮件而遭限制", "因傳送太多垃圾郵件而遭限制",
        ), f"{_AI_CN}sender-blocked-for-sending-too-much-spam.md; "
           f"{_AI_TW}sender-blocked-for-sending-too-much-spam.md"),
        Phrases("zh.mailbox-full-exchange", C.MAILBOX_FULL, ("已超出邮箱配额", "超過信箱配額", "收件匣已滿"),
                f"{_AI_CN}mailbox-quota-exceeded.md; {_AI_TW}mailbox-quota-exceeded.md; "
                f"{_AI_TW}outlook-com-over-quota.md"),
        # Traditional Chinese login failure and lost SMTP connection: Roundcube's zh_TW loginfailed
        # ("登入失敗"), PHPMailer's zh (Taiwan) authenticate ("SMTP 錯誤：登入失敗。") and
        # smtp_connect_failed ("SMTP 連線失敗").
        Phrases("zh.auth-failed-tw-login", C.AUTH_FAILED, ("登入失敗",), f"{_RC_TW}; {_PHPMAILER_TW}"),
        Phrases("zh.network-error-tw-smtp", C.NETWORK_ERROR, ("smtp 連線失敗",), _PHPMAILER_TW),
        # More Exchange Online NDRs as Microsoft's Chinese help titles them: 4.5.3 too many recipients
        # (AS780090), 451 4.7.0 a temporary server error (PRX4), 5.4.6 / 5.4.14 the hop count
        # exceeded (a routing loop), and the 550 5.4.1 "relay access denied" (zh-TW).
        Phrases("zh.too-many-recipients-exchange", C.RATE_LIMITED, ("收件人过多", "的收件者太多"),
                f"{_AI_CN}{_AI_R}; {_AI_TW}{_AI_R}"),
        Phrases("zh.server-error-exchange", C.SERVER_ERROR, ("临时服务器错误", "暫時性伺服器錯誤"),
                f"{_AI_CN}{_AI_T}; {_AI_TW}{_AI_T}", decisive=False),
        Phrases("zh.network-error-exchange-hops", C.NETWORK_ERROR, ("超出跃点计数", "超過躍點計數"),
                f"{_AI_CN}{_AI_H}; {_AI_TW}{_AI_H}"),
        Phrases("zh.relay-denied-exchange-tw", C.RELAY_DENIED, ("轉送存取遭到拒絕",), f"{_AI_TW}{_AI_D}"),
        # More of Mailman 2's Chinese notices (messages/zh_CN and zh_TW mailman.po): a post refused
        # because the sender may not post ("You are not allowed to post to this mailing list"), and
        # posts held for the moderator because they may hold administrivia or carry a suspicious header.
        Phrases("zh.sender-rejected-mailman-more", C.SENDER_REJECTED, (
            "您没有发送信件至该邮件列表的权限", "您未被允許投書於本論壇",
        ), f"{_MM_CN}; {_MM_TW}"),
        Phrases("zh.policy-mailman-held", C.POLICY_VIOLATION, (
            "消息中包含管理指令", "訊息包含管理指令", "带有可疑的邮件头", "含有可疑的標題",
        ), f"{_MM_CN}; {_MM_TW}"),
        # More of Sympa's Chinese notices (po/sympa/zh_CN, zh_TW): the virus found in the sender's
        # message ("A virus in your mail", "Our viruschecker found a virus named…") and a list that
        # takes no multipart messages.
        Phrases("zh.virus-sympa", C.VIRUS, ("您的邮件中有一个病毒", "您的郵件中有一個病毒", "我们的病毒扫描", "我們的病毒掃描"),
                f"{_SYMPA_CN}; {_SYMPA_TW}"),
        Phrases("zh.content-rejected-sympa", C.CONTENT_REJECTED, ("多节邮件在这张邮件列表中不允许", "多節郵件在這張郵件列表中不允許"),
                f"{_SYMPA_CN}; {_SYMPA_TW}"),
        # More of Windows Sockets' Chinese texts, as users paste them: WSAECONNRESET (10054, the remote
        # host forcibly closed the connection) and WSAECONNREFUSED (10061) in its Traditional Chinese and
        # older Simplified Chinese wording.
        Phrases("zh.network-error-winsock-more", C.NETWORK_ERROR, (
            "远程主机强迫关闭了一个现有的连接", "因為目標電腦拒絕連線", "因为目标计算机拒绝联机",
        ), "https://github.com/michaelliao/learn-python3/issues/48; https://github.com/TokyoTechX-TAs/youtube-batch-upload/issues/8; https://github.com/insidesherpa/JPMC-tech-task-1-PY3/issues/189; https://github.com/FutunnOpen/futuquant/issues/10"),
        # Outlook's simplified-Chinese refusal to send on behalf of another user (Exchange's send-as/send-on-behalf denial).
        Phrases("zh.sender-rejected-outlook-on-behalf", C.SENDER_REJECTED, (
            "无法代表此用户发送邮件",
        ), "https://github.com/yuhongwei380/Problem-record/issues/26"),
        # Exchange's simplified-Chinese NDR reference (Exchange 2013 docs), 4.4.1/4.4.2: the destination server does not respond, or the connection between the servers dropped.
        Phrases("zh.network-error-exchange2013", C.NETWORK_ERROR, (
            "目标服务器没有响应",
            "服务器之间的连接断开",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.zh-cn:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's simplified-Chinese NDR reference (Exchange 2013 docs), 5.2.2: the recipient's mailbox is over its storage quota.
        Phrases("zh.mailbox-full-exchange2013", C.MAILBOX_FULL, (
            "已超过其存储配额",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.zh-cn:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's simplified-Chinese NDR reference (Exchange 2013 docs), 5.3.4: the message exceeds the configured size limit.
        Phrases("zh.message-too-large-exchange2013", C.MESSAGE_TOO_LARGE, (
            "配置的大小限制",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.zh-cn:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's simplified-Chinese NDR reference (Exchange 2013 docs), 5.5.3: more recipients than a single message may have.
        Phrases("zh.rate-limited-exchange2013", C.RATE_LIMITED, (
            "超过一封邮件允许的收件人总数",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.zh-cn:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's simplified-Chinese NDR reference (Exchange 2013 docs), 5.7.1: the sender isn't allowed to send to this recipient.
        Phrases("zh.policy-violation-exchange2013", C.POLICY_VIOLATION, (
            "不允许邮件发件人向收件人发送邮件",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.zh-cn:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's traditional-Chinese NDR reference (Exchange 2013 docs), 4.4.1/4.4.2: the destination server does not respond, or the connection between the servers dropped.
        Phrases("zh.network-error-exchange2013-tw", C.NETWORK_ERROR, (
            "目的地伺服器沒有回應",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.zh-tw:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's traditional-Chinese NDR reference (Exchange 2013 docs), 5.2.2: the recipient's mailbox is over its storage quota.
        Phrases("zh.mailbox-full-exchange2013-tw", C.MAILBOX_FULL, (
            "超過其儲存配額",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.zh-tw:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's traditional-Chinese NDR reference (Exchange 2013 docs), 5.3.4: the message exceeds the configured size limit.
        Phrases("zh.message-too-large-exchange2013-tw", C.MESSAGE_TOO_LARGE, (
            "郵件超過大小限制",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.zh-tw:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's traditional-Chinese NDR reference (Exchange 2013 docs), 5.5.3: more recipients than a single message may have.
        Phrases("zh.rate-limited-exchange2013-tw", C.RATE_LIMITED, (
            "允許的收件者總數",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.zh-tw:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's traditional-Chinese NDR reference (Exchange 2013 docs), 4.4.7: the message expired in the queue.
        Phrases("zh.expired-exchange2013-tw", C.EXPIRED, (
            "佇列中的郵件已過期",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.zh-tw:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's simplified-Chinese NDR reference (Exchange 2013 docs), 5.7.1: relaying to a system that isn't the message's final destination is refused.
        Phrases("zh.relay-denied-exchange2013", C.RELAY_DENIED, (
            "不是邮件最终目的地",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.zh-cn:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's simplified-Chinese NDR reference (Exchange 2013 docs), 5.7.1: the sending system didn't authenticate to a receiver that requires it.
        Phrases("zh.auth-required-exchange2013", C.AUTH_REQUIRED, (
            "未通过接收电子邮件系统的身份验证",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.zh-cn:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's simplified-Chinese NDR reference (Exchange 2013 docs), 5.1.1: there is no such recipient in the destination mail system.
        Phrases("zh.user-unknown-exchange2013", C.USER_UNKNOWN, (
            "目标电子邮件系统中没有收件人",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.zh-cn:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's simplified-Chinese NDR reference (Exchange 2013 docs), 4.3.1: insufficient memory or a full disk on the receiving server.
        Phrases("zh.system-full-weak-exchange2013", C.SYSTEM_FULL, (
            "发生内存不足错误",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.zh-cn:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        ), decisive=False),
        # Exchange's simplified-Chinese NDR reference (Exchange 2013 docs), 5.4.4: no route for the message's delivery (next hop unknown).
        Phrases("zh.network-error-no-route-exchange2013", C.NETWORK_ERROR, (
            "没有用于邮件传递的路由",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.zh-cn:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's simplified-Chinese NDR reference (Exchange 2013 docs), 5.3.5 and 5.4.6: a mail loop was detected (邮件循环, X.4.6 routing loop).
        Phrases("zh.network-error-loop-exchange2013", C.NETWORK_ERROR, (
            "邮件循环",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.zh-cn:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's simplified-Chinese NDR reference (Exchange 2013 docs), 5.1.7: the sender's SMTP address is malformed or missing (发件人 SMTP 地址).
        Phrases("zh.sender-rejected-exchange2013", C.SENDER_REJECTED, (
            "发件人 smtp 地址",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.zh-cn:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's simplified-Chinese NDR reference (Exchange 2013 docs), 5.7.3: reassigning the sender to an alternate recipient is forbidden (重新分配给备用收件人); weak, a policy refusal.
        Phrases("zh.policy-violation-weak-exchange2013", C.POLICY_VIOLATION, (
            "重新分配给备用收件人",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.zh-cn:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        ), decisive=False),
        # Exchange Online's simplified-Chinese 5.1.8 NDR for a user restricted for sending spam, as the zh-CN microsoft-365-docs on the Restricted users portal quote it: "你的邮件无法送达，因为系统认为你不是有效的发件人", "550 5.1.8 拒绝访问，错误出站发件人" (bad outbound sender).
        Phrases("zh.sender-rejected-exchange-bad-sender", C.SENDER_REJECTED, (
            "认为你不是有效的发件人", "错误出站发件人",
        ), ("TakaSoap/microsoft-365-docs-pr.zh-CN:microsoft-365/security/office-365-security/"
            "removing-user-from-restricted-users-portal-after-spam.md")),
        # The same 5.1.8 NDR in traditional Chinese, as Microsoft's zh-TW docs on the Restricted users portal quote it: "因為您不是認可的有效寄件者，所以無法傳遞您的郵件", "550 5.1.8 存取被拒，錯誤的外寄寄件者" (bad outbound sender).
        Phrases("zh.sender-rejected-exchange-bad-sender-tw", C.SENDER_REJECTED, (
            "不是認可的有效寄件者", "錯誤的外寄寄件者",
        ), ("MicrosoftDocs/microsoft-365-docs-pr.zh-TW:microsoft-365/security/office-365-security/"
            "removing-user-from-restricted-users-portal-after-spam.md")),
        # Outlook's relay refusal as Microsoft's Chinese help on 550/553 relay errors quotes it
        # ("服务器响应:“550 <someone@example.com>...中继拒绝'").
        Phrases("zh.relay-denied-outlook", C.RELAY_DENIED, ("中继拒绝",), (
            "https://support.microsoft.com/zh-cn/office/%E5%8F%91%E9%80%81%E7%94%B5%E5%AD%90%E9"
            "%82%AE%E4%BB%B6%E6%97%B6-%E6%88%91%E6%94%B6%E5%88%B0-550-553-%E6%88%96%E4%B8%AD%E7"
            "%BB%A7%E7%A6%81%E6%AD%A2%E7%9A%84%E9%94%99%E8%AF%AF-65b494a4-0a15-433e-829f-e73651e"
            "0245e"
        )),
        # Microsoft 365's Chinese help on SMTP AUTH errors (5.7.57, 5.7.3, 5.7.139): "Authentication unsuccessful" is 身份验证失败.
        Phrases("zh.auth-failed-microsoft", C.AUTH_FAILED, ("身份验证失败",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.zh-CN:AlchemyInsights/solving-smtp-authentication-issues.md"),
        # The same help's "Client not authenticated" (5.7.57) in Simplified and Traditional script.
        Phrases("zh.auth-required-microsoft", C.AUTH_REQUIRED, ("客户端未通过身份验证", "用戶端未驗證"),
                "isabella232/OfficeDocs-AlchemyInsights-pr.zh-CN:AlchemyInsights/solving-smtp-authentication-issues.md; isabella232/OfficeDocs-AlchemyInsights-pr.zh-TW:AlchemyInsights/solving-smtp-authentication-issues.md"),
        # Its Traditional Chinese "Authentication unsuccessful" (驗證失敗): weak, as SPF/DKIM checks also 驗證失敗.
        Phrases("zh.auth-failed-weak-tw", C.AUTH_FAILED, ("驗證失敗",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.zh-TW:AlchemyInsights/solving-smtp-authentication-issues.md", decisive=False),
        # Microsoft 365's Chinese help: an IP on a blocklist (封鎖清單, Traditional) and 550 5.7.511 "Access denied, banned sender" (已禁止发件人 / 禁止寄件者).
        Phrases("zh.blocklisted-microsoft", C.BLOCKLISTED, ("封鎖清單", "已禁止发件人", "禁止寄件者"),
                "isabella232/OfficeDocs-AlchemyInsights-pr.zh-TW:AlchemyInsights/error-sending-email-blocked-by-spamhaus.md; isabella232/OfficeDocs-AlchemyInsights-pr.zh-CN:AlchemyInsights/ip-blocked-for-sending-too-much-spam-550-5-7-51.md; isabella232/OfficeDocs-AlchemyInsights-pr.zh-TW:AlchemyInsights/ip-blocked-for-sending-too-much-spam-550-5-7-51.md"),
        # Microsoft 365's Chinese help titles: "Server busy" (伺服器忙碌, Traditional) and "Service unavailable" (服务不可用 / 服務無法使用); weak, as a refusal's reason may follow.
        Phrases("zh.service-unavailable-microsoft", C.SERVICE_UNAVAILABLE, ("伺服器忙碌", "服务不可用", "服務無法使用"),
                "isabella232/OfficeDocs-AlchemyInsights-pr.zh-TW:AlchemyInsights/antispam-4-7-500-server-busy-please-try-again-later-from-xxx-xxx-xxx-xxx.md; isabella232/OfficeDocs-AlchemyInsights-pr.zh-CN:AlchemyInsights/5-7-750-service-unavailable-client-blocked-from-sending-from-unregistered-d.md; isabella232/OfficeDocs-AlchemyInsights-pr.zh-TW:AlchemyInsights/5-7-750-service-unavailable-client-blocked-from-sending-from-unregistered-d.md", decisive=False),
        # QQ Mail's bounce help (as copied): the recipient's provider judged the mail to be spam ("将您的邮件判别为垃圾邮件而拒收").
        Phrases("zh.spam-content-judged", C.SPAM_CONTENT, ("判别为垃圾邮件",),
                "https://liuzhongwei.com/page/834338.html"),
        # A Chinese guide to overseas bounces: "the mail size exceeded the limit" (邮件大小超过了限制), the wording with 了 that the shorter entries miss.
        Phrases("zh.message-too-large-words-more", C.MESSAGE_TOO_LARGE, ("邮件大小超过了",),
                "https://m.gxwh.com.cn/wlyy/20215.html"),
        # Microsoft 365's Chinese (Simplified and Traditional) help title "Daily email limit exceeded" (the sender over its daily sending limit).
        Phrases("zh.rate-limited-daily-email", C.RATE_LIMITED, ("超过每日电子邮件限制", "超過每日電子郵件限制"),
                "isabella232/OfficeDocs-AlchemyInsights-pr.zh-CN:AlchemyInsights/daily-email-limit-exceeded.md; isabella232/OfficeDocs-AlchemyInsights-pr.zh-TW:AlchemyInsights/daily-email-limit-exceeded.md"),
        # Exchange's traditional-Chinese NDR reference (Exchange 2013 docs), 5.2.1: the mailbox cannot be accessed (offline, disabled or quarantined): weak.
        Phrases("zh.mailbox-disabled-weak-exchange2013-tw", C.MAILBOX_DISABLED, ("無法存取信箱",),
                "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.zh-tw:Exchange-Server-2013/dsns-and-ndrs-in-exchange-2013-exchange-2013-help.md", decisive=False),
        # Exchange's traditional-Chinese NDR reference, 5.7.1 "Unable to relay": the receiving system is not the message's final destination.
        Phrases("zh.relay-denied-exchange2013-tw", C.RELAY_DENIED, ("不是最終目的地",),
                "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.zh-tw:Exchange-Server-2013/dsns-and-ndrs-in-exchange-2013-exchange-2013-help.md"),
        # Exchange's traditional-Chinese NDR reference, 5.7.1 "Client was not authenticated": the sending system did not authenticate first.
        Phrases("zh.auth-required-exchange2013-tw", C.AUTH_REQUIRED, ("系統未先驗證",),
                "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.zh-tw:Exchange-Server-2013/dsns-and-ndrs-in-exchange-2013-exchange-2013-help.md"),
        # K-9 / Thunderbird for Android status says "连接错误"
        Phrases("zh.network-error-weak-k9", C.NETWORK_ERROR, ("连接错误",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-zh-rCN/strings.xml"),
                decisive=False),
        # K-9 account setup says "网络错误。请检查您的连接状态"
        Phrases("zh.network-error-weak-k9-setup", C.NETWORK_ERROR, ("网络错误",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/setup/src/main/res/values-zh-rCN/strings.xml"),
                decisive=False),
        # Geary, when it cannot reach the server, asks to check the network
        Phrases("zh.network-error-geary", C.NETWORK_ERROR, ("无法连接",),
                "GNOME/geary:po/zh_CN.po", decisive=False),
        # Geary says an incorrect login or password, check your sending login and password
        Phrases("zh.auth-failed-geary", C.AUTH_FAILED, ("登录名或密码错误", "发送服务器登录名及密码"),
                "GNOME/geary:po/zh_CN.po"),
        # Delta Chat cannot log in and asks to check the address and the password
        Phrases("zh.auth-failed-deltachat", C.AUTH_FAILED, ("电子邮件地址和密码是否正确",),
                "deltachat/deltachat-android:src/main/res/values-zh-rCN/strings.xml"),
        # GNOME Online Accounts' mail setup errors, unknown authentication mechanism, failed
        Phrases("zh.auth-failed-goa", C.AUTH_FAILED, ("未知认证机制",),
                "GNOME/gnome-online-accounts:po/zh_CN.po"),
        # fetchmail keeps the message, the SMTP server requires STARTTLS, TLS is mandatory
        Phrases("zh.tls-required-fetchmail", C.TLS_REQUIRED, ("服务器需要 starttls",),
                "Distrotech/fetchmail:po/zh_CN.po"),
        # fetchmail timed out waiting to connect to the server
        Phrases("zh.network-error-fetchmail", C.NETWORK_ERROR, ("等待连接服务器",),
                "Distrotech/fetchmail:po/zh_CN.po"),
        # fetchmail's SMTP listener refused the recipient address (weak, the reason follows)
        Phrases("zh.user-unknown-weak-fetchmail", C.USER_UNKNOWN, ("不认可收件人地址", "拒绝本地收件人地址"),
                "Distrotech/fetchmail:po/zh_CN.po", decisive=False),
        # K-9's account check (before Nov 2023), the server presented an invalid SSL certificate
        Phrases("zh.tls-required-k9-check", C.TLS_REQUIRED, ("无效的ssl证书",),
                ("thunderbird/thunderbird-android:"
                 "app/ui/legacy/src/main/res/values-zh-rCN/strings.xml")),
        # Geary's untrusted-connection dialog, the server's TLS certificate is unsigned, expired or mismatched
        Phrases("zh.tls-required-geary", C.TLS_REQUIRED, ("不是由已知机构签署", "服务器的证书已过期", "与证书中标识的不匹配"),
                "GNOME/geary:po/zh_CN.po"),
        # K-9 / Thunderbird for Android notification says "Certificate error" (weak)
        Phrases("zh.tls-required-weak-k9", C.TLS_REQUIRED, ("证书错误",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-zh-rCN/strings.xml"),
                decisive=False),
        # GNOME Online Accounts' TLS errors, the signing certificate authority is unknown, expired
        Phrases("zh.tls-required-goa-certificate", C.TLS_REQUIRED, ("证书颁发机构未知",),
                "GNOME/gnome-online-accounts:po/zh_CN.po"),
        # GNOME Online Accounts' TLS error "Invalid certificate" (weak)
        Phrases("zh.tls-required-weak-goa", C.TLS_REQUIRED, ("无效证书",),
                "GNOME/gnome-online-accounts:po/zh_CN.po", decisive=False),
        # GNOME Online Accounts, the server refused the password for the username
        Phrases("zh.auth-failed-goa-password", C.AUTH_FAILED, ("的密码无效",),
                "GNOME/gnome-online-accounts:po/zh_CN.po"),
        # fetchmail's authentication-failed notice and unknown login or authentication error
        Phrases("zh.auth-failed-fetchmail", C.AUTH_FAILED, ("上验证失败", "未知的登录或验证错误"),
                "Distrotech/fetchmail:po/zh_CN.po"),
        # Evolution's SMTP errors, STARTTLS not supported or failed, secure connection failed
        Phrases("zh.tls-required-evolution-smtp", C.TLS_REQUIRED, ("以安全模式连接", "不支持 stls"),
                "GNOME/evolution-data-server:po/zh_CN.po"),
        # .NET's SmtpClient refusal (SmtpException) as SQL Server Reporting Services' docs quote it:
        # the SMTP server wants a secure connection or an authenticated client.
        Phrases("zh.auth-required-dotnet", C.AUTH_REQUIRED, (
            "客户端未经身份验证",
        ), "yy28/sql-docs.zh-cn:docs/reporting-services/install-windows/configure-e-mail-for-a-reporting-services-service-application.md"),
        # .NET's SmtpClient refusal (SmtpException) in Traditional Chinese, as SQL Server Reporting
        # Services' docs quote it.
        Phrases("zh.auth-required-dotnet-tw", C.AUTH_REQUIRED, (
            "用戶端未經驗證",
        ), "zelanko/sql-docs.zh-tw:docs/reporting-services/install-windows/configure-e-mail-for-a-reporting-services-service-application.md"),
        # SquirrelMail's zh_CN translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("zh.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "口令需要转换",
        ), "sitle/squirrelmail-src:locales/locale/zh_CN/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's zh_CN translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("zh.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "邮箱不可用",
            "不允许的邮箱名",
        ), "sitle/squirrelmail-src:locales/locale/zh_CN/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's zh_CN translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("zh.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "处理过程出错",
            "事务处理失败",
        ), "sitle/squirrelmail-src:locales/locale/zh_CN/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's zh_CN translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("zh.system-full-squirrelmail", C.SYSTEM_FULL, (
            "系统存贮资源不足",
        ), "sitle/squirrelmail-src:locales/locale/zh_CN/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's zh_CN translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("zh.syntax-error-squirrelmail", C.SYNTAX_ERROR, (
            "无法识别的命令",
            "参数语法出错",
        ), "sitle/squirrelmail-src:locales/locale/zh_CN/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's zh_CN translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("zh.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "不支持的命令",
        ), "sitle/squirrelmail-src:locales/locale/zh_CN/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's zh_CN translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("zh.bad-sequence-squirrelmail", C.BAD_SEQUENCE, (
            "命令顺序出错",
        ), "sitle/squirrelmail-src:locales/locale/zh_CN/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's zh_CN translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("zh.auth-required-squirrelmail", C.AUTH_REQUIRED, (
            "要求认证",
        ), "sitle/squirrelmail-src:locales/locale/zh_CN/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's zh_CN translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("zh.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "认证机制要求加密",
        ), "sitle/squirrelmail-src:locales/locale/zh_CN/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's zh_CN translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("zh.has-moved-squirrelmail", C.HAS_MOVED, (
            "非本地用户",
        ), "sitle/squirrelmail-src:locales/locale/zh_CN/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's zh_CN translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("zh.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "超出已分配的存贮",
        ), "sitle/squirrelmail-src:locales/locale/zh_CN/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's zh_TW translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("zh.service-unavailable-weak-squirrelmail-tw", C.SERVICE_UNAVAILABLE, (
            "服務不存在",
        ), "sitle/squirrelmail-src:locales/locale/zh_TW/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's zh_TW translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("zh.user-unknown-weak-squirrelmail-tw", C.USER_UNKNOWN, (
            "不存在的郵件夾",
            "沒有此郵件夾",
            "不允許的郵件夾名稱",
        ), "sitle/squirrelmail-src:locales/locale/zh_TW/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's zh_TW translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("zh.server-error-weak-squirrelmail-tw", C.SERVER_ERROR, (
            "操作中出錯",
            "交易失敗",
        ), "sitle/squirrelmail-src:locales/locale/zh_TW/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's zh_TW translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("zh.system-full-squirrelmail-tw", C.SYSTEM_FULL, (
            "系統空間不足",
        ), "sitle/squirrelmail-src:locales/locale/zh_TW/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's zh_TW translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("zh.auth-failed-weak-squirrelmail-tw", C.AUTH_FAILED, (
            "認証失敗",
        ), "sitle/squirrelmail-src:locales/locale/zh_TW/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's zh_TW translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("zh.auth-failed-squirrelmail-tw", C.AUTH_FAILED, (
            "認證方法太過薄弱",
        ), "sitle/squirrelmail-src:locales/locale/zh_TW/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's zh_TW translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("zh.syntax-error-squirrelmail-tw", C.SYNTAX_ERROR, (
            "無法辨認的指令",
            "參數中語法錯誤",
        ), "sitle/squirrelmail-src:locales/locale/zh_TW/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's zh_TW translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("zh.not-implemented-weak-squirrelmail-tw", C.NOT_IMPLEMENTED, (
            "指令沒有實做",
            "沒有實做的指令參數",
        ), "sitle/squirrelmail-src:locales/locale/zh_TW/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's zh_TW translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("zh.bad-sequence-squirrelmail-tw", C.BAD_SEQUENCE, (
            "無效的指令序列",
        ), "sitle/squirrelmail-src:locales/locale/zh_TW/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's zh_TW translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("zh.auth-required-squirrelmail-tw", C.AUTH_REQUIRED, (
            "需要認証",
        ), "sitle/squirrelmail-src:locales/locale/zh_TW/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's zh_TW translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("zh.tls-required-squirrelmail-tw", C.TLS_REQUIRED, (
            "認證方法需要加密",
        ), "sitle/squirrelmail-src:locales/locale/zh_TW/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's zh_TW translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("zh.has-moved-squirrelmail-tw", C.HAS_MOVED, (
            "非本地使用者",
        ), "sitle/squirrelmail-src:locales/locale/zh_TW/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's zh_TW translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("zh.mailbox-full-squirrelmail-tw", C.MAILBOX_FULL, (
            "超過可用空間",
        ), "sitle/squirrelmail-src:locales/locale/zh_TW/LC_MESSAGES/squirrelmail.po"),
        # .NET's SmtpStatusCode reference (zh-cn): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("zh.bad-sequence-dotnet-docs", C.BAD_SEQUENCE, (
            "发送命令的顺序不正确",
        ), "https://learn.microsoft.com/zh-cn/dotnet/api/system.net.mail.smtpstatuscode"),
        # .NET's SmtpStatusCode reference (zh-cn): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("zh.auth-required-dotnet-docs", C.AUTH_REQUIRED, (
            "客户端未经过身份验证",
        ), "https://learn.microsoft.com/zh-cn/dotnet/api/system.net.mail.smtpstatuscode"),
        # .NET's SmtpStatusCode reference (zh-cn): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("zh.not-implemented-weak-dotnet-docs", C.NOT_IMPLEMENTED, (
            "无法实现指定的命令",
        ), "https://learn.microsoft.com/zh-cn/dotnet/api/system.net.mail.smtpstatuscode", decisive=False),
        # .NET's SmtpStatusCode reference (zh-cn): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("zh.syntax-error-dotnet-docs", C.SYNTAX_ERROR, (
            "无法识别指定的命令",
        ), "https://learn.microsoft.com/zh-cn/dotnet/api/system.net.mail.smtpstatuscode"),
        # .NET's SmtpStatusCode reference (zh-cn): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("zh.system-full-dotnet-docs", C.SYSTEM_FULL, (
            "没有足够的存储空间来完成",
        ), "https://learn.microsoft.com/zh-cn/dotnet/api/system.net.mail.smtpstatuscode"),
        # .NET's SmtpStatusCode reference (zh-cn): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("zh.user-unknown-weak-dotnet-docs", C.USER_UNKNOWN, (
            "目标邮箱找不到或无法访问",
        ), "https://learn.microsoft.com/zh-cn/dotnet/api/system.net.mail.smtpstatuscode", decisive=False),
        # .NET's SmtpStatusCode reference (zh-cn): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("zh.tls-required-dotnet-docs", C.TLS_REQUIRED, (
            "配置为仅接受 tls 连接",
        ), "https://learn.microsoft.com/zh-cn/dotnet/api/system.net.mail.smtpstatuscode"),
        # .NET's SmtpStatusCode reference (zh-cn): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("zh.server-error-weak-dotnet-docs", C.SERVER_ERROR, (
            "服务无法完成请求",
        ), "https://learn.microsoft.com/zh-cn/dotnet/api/system.net.mail.smtpstatuscode", decisive=False),
        # Geary, when the server refuses the login, asks to check the receiving login and password
        Phrases("zh.auth-failed-geary-receiving", C.AUTH_FAILED, ("接收服务器登录名及密码",),
                "GNOME/geary:po/zh_CN.po"),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("zh.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "已经被列表主持者拒绝",
            "已經被壇主拒絕",
        ), (
            "jaredmauch/mailman2-python3:templates/zh_CN/refuse.txt; jaredmauch/mailman2-pyth"
            "on3:templates/zh_TW/refuse.txt"
        )),
        # Mailman 2's translated reasons not yet read: a post the moderator deemed inappropriate, the
        # Bcc refusal (implicit destinations not allowed), a suspicious header.
        # Also: a restricted list's approval.
        Phrases("zh.policy-violation-mailman-inappropriate", C.POLICY_VIOLATION, (
            "列表主持人认为您的信息不合适",
            "向一个受限列表发送信息",
        ), "jaredmauch/mailman2-python3:messages/zh_CN/LC_MESSAGES/mailman.po"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("zh.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "直到通过列表主持者审核",
            "審查是否放行",
        ), (
            "jaredmauch/mailman2-python3:templates/zh_CN/postheld.txt; jaredmauch/mailman2-py"
            "thon3:templates/zh_TW/postheld.txt"
        )),
        # Sympa's translated subject of its notice for a list that does not exist ("List unknown").
        Phrases("zh.user-unknown-sympa-subject", C.USER_UNKNOWN, (
            "邮件列表未知数",
            "郵件列表未知數",
        ), (
            "sympa-community/sympa:po/sympa/zh_CN.po; sympa-community/sympa:po/sympa/zh_TW.po"
        )),
        # Mailman 2's translated hold and rejection reasons (Hold.py, SpamDetect.py): emergency hold
        # of all list traffic, a header filter rule matched, a post to a moderated newsgroup.
        Phrases("zh.policy-violation-mailman-filter", C.POLICY_VIOLATION, (
            "发送信息至受节制的新闻组",
            "紧急暂缓所有列表信件",
            "由于匹配过滤规则而被拒绝",
            "被過濾規則匹配程式所拒絕",
        ), (
            "jaredmauch/mailman2-python3:messages/zh_CN/LC_MESSAGES/mailman.po; jaredmauch/ma"
            "ilman2-python3:messages/zh_TW/LC_MESSAGES/mailman.po"
        )),
        # Mailman 3's hold and rejection reasons about the poster: not a member, banned, no valid sender.
        Phrases("zh.sender-rejected-mailman3-core", C.SENDER_REJECTED, (
            "不是来自列表中的成员",
            "已被此列表封禁",
            "没有有效的发件人",
        ), "osstech-jp/mailman:src/mailman/messages/zh_Hans/LC_MESSAGES/mailman.po"),
        # Mailman 3's moderation hold reasons (moderated member, implicit destination, emergency
        # moderation) and its notice that a post awaits the moderator's approval.
        Phrases("zh.policy-violation-mailman3-core", C.POLICY_VIOLATION, (
            "与首部规则匹配", "受审核的新闻组",
            "来自受审核的成员",
            "消息含有隐式目的地",
            "正在等待版主批准",
            "处于紧急审核状态",
        ), "osstech-jp/mailman:src/mailman/messages/zh_Hans/LC_MESSAGES/mailman.po"),
        # Mailman 3's hold reason: the post exceeds the list's maximum message size.
        Phrases("zh.message-too-large-mailman3-core", C.MESSAGE_TOO_LARGE, (
            "kb 的最大值",
        ), "osstech-jp/mailman:src/mailman/messages/zh_Hans/LC_MESSAGES/mailman.po"),
        # Mailman 3's no_subject rule: the post has no subject.
        Phrases("zh.content-rejected-mailman3-core", C.CONTENT_REJECTED, (
            "消息的内容类型", "文件扩展名被明确禁止",
            "消息没有主题",
        ), "osstech-jp/mailman:src/mailman/messages/zh_Hans/LC_MESSAGES/mailman.po"),
        # Mailman 3's list:user:notice:hold and refuse templates: the post is held for the moderator, or
        # the moderator rejected it.
        Phrases("zh.policy-violation-mailman3-notice", C.POLICY_VIOLATION, (
            "直到列表版主审阅通过",
            "已被列表版主拒绝",
        ), (
            "osstech-jp/mailman:src/mailman/templates/zh_Hans/list:user:notice:hold.txt; osst"
            "ech-jp/mailman:src/mailman/templates/zh_Hans/list:user:notice:refuse.txt"
        )),
        # Mailman 3's list:user:notice:rejected template: the post was rejected, its reasons listed after
        # (weak: a listed reason's own wording decides).
        Phrases("zh.policy-violation-mailman3-reasons", C.POLICY_VIOLATION, (
            "已被以下原因拒绝",
        ), (
            "osstech-jp/mailman:src/mailman/templates/zh_Hans/list:user:notice:rejected.txt"
        ), decisive=False),
        # Odoo's mail server test (zh_CN): "你的服务器好像不支持 SSL，你可以尝试STARTTLS。" (the server
        # does not seem to support SSL).
        Phrases("zh.tls-required-odoo", C.TLS_REQUIRED, (
            "好像不支持 ssl",
        ), "odoo/odoo:odoo/addons/base/i18n/zh_CN/LC_MESSAGES/code.po"),
        # Odoo's mail server test (base zh_CN.po): "服务器意外关闭了连接. 检查此端口地址上提供的设置."
        # (The server has closed the connection unexpectedly).
        Phrases("zh.network-error-odoo", C.NETWORK_ERROR, (
            "服务器意外关闭了连接",
        ), "odoo/odoo:odoo/addons/base/i18n/zh_CN.po"),
        # Odoo's mail server test (base zh_CN.po): "服务器拒绝发送地址 (<from>)，错误 (<reply>)" (The
        # server refused the sender address).
        Phrases("zh.sender-rejected-odoo", C.SENDER_REJECTED, (
            "服务器拒绝发送地址",
        ), "odoo/odoo:odoo/addons/base/i18n/zh_CN.po"),
        # Sylpheed's translated SMTP session errors ("Can't start TLS session").
        Phrases("zh.tls-required-sylpheed", C.TLS_REQUIRED, (
            "無法開啟 tls 連線", "不支援 sslv23", "不支援 tlsv1", "憑證驗證失敗",
        ), "sylpheed-mail/sylpheed:po/zh_TW.po"),
        # Sylpheed's translated SMTP session errors ("SMTP AUTH not available / Authentication failed").
        Phrases("zh.auth-failed-sylpheed", C.AUTH_FAILED, (
            "不支援 smtp 認證",
        ), "sylpheed-mail/sylpheed:po/zh_TW.po"),
        # Sylpheed's translated SMTP session errors ("Connection closed by the remote host / Can't connect to SMTP server").
        Phrases("zh.network-error-sylpheed-smtp", C.NETWORK_ERROR, (
            "遠端主機關閉連線", "作業逾時",
        ), "sylpheed-mail/sylpheed:po/zh_TW.po"),
        # msmtp's translated SMTP client errors (authentication unsupported, TLS handshake or
        # certificate check failed, connection closed, host unreachable, timeout).
        Phrases("zh.auth-failed-msmtp", C.AUTH_FAILED, (
            "找不到可用的认证方法",
        ), "marlam/msmtp:po/zh_CN.po"),
        # msmtp's "the server does not support authentication": the server's EHLO offers no AUTH
        # (marlam/msmtp:src/msmtp.c tests the AUTH capability), a command not implemented there.
        Phrases("zh.not-implemented-msmtp-auth", C.NOT_IMPLEMENTED, (
            "服务器不支持身份验证", "远程消息队列启动",
        ), "marlam/msmtp:po/zh_CN.po"),
        # msmtp's translated SMTP client errors (authentication unsupported, TLS handshake or
        # certificate check failed, connection closed, host unreachable, timeout).
        Phrases("zh.tls-required-msmtp", C.TLS_REQUIRED, (
            "tls 证书验证失败",
            "tls 握手失败", "证书指纹不匹配", "证书所有者与主机名",
        ), "marlam/msmtp:po/zh_CN.po"),
        # msmtp's translated SMTP client errors (authentication unsupported, TLS handshake or
        # certificate check failed, connection closed, host unreachable, timeout).
        Phrases("zh.network-error-msmtp", C.NETWORK_ERROR, (
            "连接意外关闭",
            "主机不可达",
            "连接被对方重置", "网络子系统失败", "网络读取错误", "网络写入错误", "代理失败", "无法定位主机",
        ), "marlam/msmtp:po/zh_CN.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("zh.auth-failed-claws-2", C.AUTH_FAILED, (
            "找不到有效smtp認證方法",
        ), "eworm-de/claws-mail:po/zh_TW.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("zh.tls-required-claws", C.TLS_REQUIRED, (
            "ssl/tls認證是無效的",
        ), "eworm-de/claws-mail:po/zh_TW.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("zh.auth-failed-claws-zh-cn", C.AUTH_FAILED, (
            "无smtp认证方式",
        ), "eworm-de/claws-mail:po/zh_CN.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("zh.tls-required-balsa-session", C.TLS_REQUIRED, ("损坏的 tls 证书", "证书已被吊销", "证书已过期", "证书签发机构未知",
            "tls 协商失败",
            "需要 tls 但不可用",
        ), "GNOME/balsa:po/zh_CN.po"),
        # phpList's translated notice that a campaign was suspended because the message is too large
        Phrases("zh.message-too-large-phplist", C.MESSAGE_TOO_LARGE, (
            "讯息太大", "消息太大",
        ), "phpList/phplist3:public_html/lists/admin/locale/zh_CN/phplist.po"),
        # Post SMTP's connectivity test: no outbound route on the port, a firewall between the site and the Internet, no mail service on that port
        Phrases("zh.network-error-post-smtp", C.NETWORK_ERROR, (
            "之间没有路由", "之间设置了防火墙", "没有在该端口提供服务",
        ), "wpexpertsio/Post-SMTP:Postman/languages/postman-smtp-zh_CN.po"),
        # Zammad's email-channel probe 'Authentication not possible (not offered by the service)': the server offers no AUTH
        Phrases("zh.not-implemented-zammad", C.NOT_IMPLEMENTED, (
            "服务不提供",
        ), "zammad/zammad:i18n/zammad.zh-cn.po"),
        # Joomla's Chinese PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("zh.auth-failed-joomla", C.AUTH_FAILED, (
            "無法認証",
        ), "bringer/lavuelta:language/zh-TW/zh-TW.ini"),
        # Joomla's Chinese PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("zh.sender-rejected-joomla", C.SENDER_REJECTED, (
            "下列的發信位址錯誤",
        ), "bringer/lavuelta:language/zh-TW/zh-TW.ini"),
        # Joomla's Chinese PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("zh.user-unknown-joomla", C.USER_UNKNOWN, (
            "下列的收信人錯誤",
        ), "bringer/lavuelta:language/zh-TW/zh-TW.ini", decisive=False),
        # Joomla 3's Chinese PHPMailer strings (PHPMAILER_*)
        Phrases("zh.auth-failed-joomla3", C.AUTH_FAILED, (
            "无法验证",
        ), "cuongnd/banhangonline88_joomla:language/zh-CN/zh-CN.ini"),
        # Joomla 3's Chinese PHPMailer strings (PHPMAILER_*)
        Phrases("zh.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "下列发件人地址有问题",
        ), "cuongnd/banhangonline88_joomla:language/zh-CN/zh-CN.ini"),
        # Joomla 3's Chinese PHPMailer strings (PHPMAILER_*)
        Phrases("zh.user-unknown-joomla3", C.USER_UNKNOWN, (
            "下列收件人有问题",
        ), "cuongnd/banhangonline88_joomla:language/zh-CN/zh-CN.ini", decisive=False),
        # Joomla 3's Chinese PHPMailer strings (PHPMAILER_*)
        Phrases("zh.network-error-joomla3", C.NETWORK_ERROR, (
            "smtp连接失败",
        ), "cuongnd/banhangonline88_joomla:language/zh-CN/zh-CN.ini"),
        # Joomla 3's Chinese PHPMailer strings (PHPMAILER_*)
        Phrases("zh.tls-required-joomla3", C.TLS_REQUIRED, (
            "无法启动tls",
        ), "cuongnd/banhangonline88_joomla:language/zh-CN/zh-CN.ini"),
        # Joomla 3's Chinese PHPMailer strings (PHPMAILER_*)
        Phrases("zh.network-error-joomla3-zh-tw", C.NETWORK_ERROR, (
            "smtp連結錯誤",
        ), "cuongnd/banhangonline88_joomla:language/zh-TW/zh-TW.ini"),
        # Joomla 3's Chinese PHPMailer strings (PHPMAILER_*)
        Phrases("zh.tls-required-joomla3-zh-tw", C.TLS_REQUIRED, (
            "無法啟動tls",
        ), "cuongnd/banhangonline88_joomla:language/zh-TW/zh-TW.ini"),
        # phpBB's Chinese messenger errors: no supported AUTH method
        Phrases("zh.auth-failed-phpbb", C.AUTH_FAILED, (
            "没有可支持的认证方法",
        ), "MiltonLai/phpbb3-lang-chinese:language/zh_cmn_hans/common.php"),
        # phpBB's Chinese messenger errors: the SMTP server does not support authentication (SMTP_NO_AUTH_SUPPORT)
        Phrases("zh.not-implemented-phpbb", C.NOT_IMPLEMENTED, (
            "服务器不支持验证",
        ), "MiltonLai/phpbb3-lang-chinese:language/zh_cmn_hans/common.php"),
        # A Tencent Exmail reseller's note on bounces: too many attachments make the mail too big
        # ("导致邮件体积太大").
        Phrases("zh.message-too-large-volume", C.MESSAGE_TOO_LARGE, ("邮件体积太大", "郵件體積太大"),
                "http://neatmaster518.com/info.aspx?id=11275"),
        # The same kind of note: receiving providers limit how often mail is accepted
        # ("对邮件接受进行了频率限制").
        Phrases("zh.rate-limited-accept-frequency", C.RATE_LIMITED, ("进行了频率限制", "進行了頻率限制"),
                "http://www.qqmail.zj.cn/article/159.htm"),
        # A NetEase enterprise-mail reseller's note on bounces: the content "包含了敏感词汇或违反规定的内容".
        Phrases("zh.spam-content-sensitive-words", C.SPAM_CONTENT, ("包含了敏感词汇", "包含了敏感詞彙"),
                "https://jusoucn.com/mailnew/65299.html"),
        # YunRelay's note on '553 you don't authenticate or the domain is not allowed relay':
        # "你未经授权给这个域名发信,这个域名不允许中继".
        Phrases("zh.relay-denied-yunrelay", C.RELAY_DENIED, ("不允许中继", "不允許中繼"),
                "http://www.yunrelay.com/news/mailreject/820496102646.html"),
        # Apple's Traditional Chinese help on iCloud Mail's sending limits: "傳送郵件失敗,因為超出傳送上限"
        # (iPhone), "你已超出每日可傳送的訊息總數" (iCloud.com).
        Phrases("zh.rate-limited-icloud-tw", C.RATE_LIMITED, ("超出傳送上限", "超出每日可傳送的訊息"),
                "https://support.apple.com/zh-mo/102198"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("zh.rate-limited-sogo", C.RATE_LIMITED, (
            "发送邮件达到上限",
            "寄送太多郵件",
        ), "Alinto/sogo:UI/MailerUI/ChineseChina.lproj/Localizable.strings; Alinto/sogo:UI/MailerUI/ChineseTaiwan.lproj/Localizable.strings"),
        # An Aliyun enterprise-mail reseller's help on the 'too frequently sending' bounce: the sender's rate or volume over Aliyun's per-minute, hourly or daily limit.
        Phrases("zh.rate-limited-aliyun-help", C.RATE_LIMITED, (
            "超过频率限制",
            "频率及数量过高",
        ), "https://aliuyun.com.cn/news/help/164.html"),
        # A reseller's copy of Aliyun's note on its outbound frequency limit ('too frequently sending').
        Phrases("zh.rate-limited-aliyun-outbound", C.RATE_LIMITED, (
            "外发频率限制",
            "短时间内频率过大",
        ), "http://www.j32w2.cn/news_in/2519"),
        # A summary of NetEase enterprise mail's refusal codes (421 HL:IHU, 451 DT:MRC, RP:TRC, RP:RPH): the sending frequency too high, too many mails sent.
        Phrases("zh.rate-limited-netease-codes", C.RATE_LIMITED, (
            "发送频率过高",
            "发送邮件数量过多",
        ), "https://wenku.csdn.net/doc/3wjr6q8vfx"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        Phrases("zh.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "收件人比率限制",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.zh-TW:AlchemyInsights/need-help-with-email-sending-limits.md"),
        # NeoMutt's Traditional Chinese certificate errors: 'Server certificate is not yet valid' / 'has expired'.
        Phrases("zh.tls-required-neomutt-tw", C.TLS_REQUIRED, ("伺服器的驗証還未有效", "伺服器的驗証已過期"),
                "neomutt/neomutt:po/zh_TW.po"),
        # NeoMutt's Traditional Chinese 'Server closed connection', 'Connection to %s closed', 'Connection lost'.
        Phrases("zh.network-error-neomutt-tw", C.NETWORK_ERROR, (
            "與伺服器的聯結中斷",
        ),
                "neomutt/neomutt:po/zh_TW.po"),
        # Balsa's Traditional Chinese SMTP errors: the SMTP server refused the connection; cannot connect to the server.
        Phrases("zh.network-error-balsa-tw", C.NETWORK_ERROR, ("伺服器拒絕連線", "無法連接至伺服器"),
                "GNOME/balsa:po/zh_TW.po"),
        # Balsa's Traditional Chinese certificate dialog: the authenticity of the certificate could not be verified.
        Phrases("zh.tls-required-balsa-tw", C.TLS_REQUIRED, ("無法驗證此憑證的真實性",),
                "GNOME/balsa:po/zh_TW.po"),
        # An Aliyun Mail reseller's notes on its bounce codes: 421 'the sending account is held by the outbound mail frequency limit', 'judged an abnormal outbound frequency by the anti-spam system'.
        Phrases("zh.rate-limited-aliyun-outbound-frequency", C.RATE_LIMITED, ("外发邮件频率限制", "外发频率异常"),
                "http://sdaliyun.com.cn/qs-25/70.html"),
        # A guide to Aliyun Mail's bounces: 'the part after @, the domain, cannot be recognised, or DNS did not resolve the domain'.
        Phrases("zh.host-unknown-aliyun-domain-part", C.HOST_UNKNOWN, ("域名部分不可识别", "dns没有解析到该域名"),
                "https://www.yuntunpuzi.com/aliyun/745/"),
        # A guide to Aliyun Mail's bounces: 'the message's volume is too large, over the recipient's limit for one message'.
        Phrases("zh.message-too-large-aliyun-volume", C.MESSAGE_TOO_LARGE, ("邮件体积过大",),
                "https://www.yuntunpuzi.com/aliyun/745/"),
        # Aliyun Mail's explanation of its 454 'currently unexpected sending': the sender's connection frequency is too high and over the receiving limit.
        Phrases("zh.rate-limited-aliyun-inbound-connections", C.RATE_LIMITED, ("来信链接频率过高",),
                "https://www.qcnsw.com/jcxq1944_142.html"),
        # A Taiwanese mail admin's list of deferral reasons: 'RETRY.19 452 4.3.1 Out of memory' glossed 记忆体不足 (memory short on the receiving system).
        Phrases("zh.system-full-out-of-memory-tw", C.SYSTEM_FULL, ("记忆体不足",),
                "https://wanglu.net/thread/t12-245059-0.html"),
        # GNOME Online Accounts' Traditional Chinese mail-account errors: TLS not available, and the certificate checks (unknown signing authority, identity mismatch, not yet valid, expired, revoked, insecure algorithm).
        Phrases("zh.tls-required-goa-tw", C.TLS_REQUIRED, ("tls 無法使用", "憑證授權中心不明", "網站身分比對不符", "憑證的啟用時刻在未來", "憑證已逾期", "憑證已撤銷", "憑證的演算法被認為是不安全"),
                "GNOME/gnome-online-accounts:po/zh_TW.po"),
        # GNOME Online Accounts' Traditional Chinese 'Unknown authentication mechanism'.
        Phrases("zh.auth-failed-goa-tw", C.AUTH_FAILED, ("不明的核對機制",),
                "GNOME/gnome-online-accounts:po/zh_TW.po"),
        # GNOME Online Accounts' Traditional Chinese 'Authentication failed' (核對失敗; weak: the word also names other checks).
        Phrases("zh.auth-failed-weak-goa-tw", C.AUTH_FAILED, ("核對失敗",),
                "GNOME/gnome-online-accounts:po/zh_TW.po", decisive=False),
        # Thunderbird's Traditional Chinese account-setup 'cannot contact server' (無法連繫伺服器).
        Phrases("zh.network-error-thunderbird-setup-tw", C.NETWORK_ERROR, ("無法連繫伺服器",),
                "thunderbird/thunderbird-l10n:zh-TW/mail/chrome/messenger/accountCreationUtil.properties"),
        # Thunderbird's Simplified Chinese POP3 login errors (localMsgs.properties): sending the user name or password failed; the chosen authentication method is not supported.
        Phrases("zh.auth-failed-thunderbird-pop3", C.AUTH_FAILED, (
            "把您的用户名发送到邮件服务器时出错",
        ),
                "thunderbird/thunderbird-l10n:zh-CN/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's Simplified Chinese 'cannot establish a TLS connection to the POP3 server'.
        Phrases("zh.tls-required-thunderbird-pop3", C.TLS_REQUIRED, ("无法建立到 pop3 服务器的 tls 连接",),
                "thunderbird/thunderbird-l10n:zh-CN/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's Traditional Chinese POP3 login errors: the user name, or the user's password, could not be sent.
        Phrases("zh.auth-failed-thunderbird-pop3-tw", C.AUTH_FAILED, (
            "無法傳送使用者名稱",
        ),
                "thunderbird/thunderbird-l10n:zh-TW/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's Chinese mail-server certificate errors (Simplified and Traditional): not valid for the server, expired on a date, not from a trusted source.
        Phrases("zh.tls-required-thunderbird-cert", C.TLS_REQUIRED, ("的证书对此服务器无效", "的证书已于", "的证书并非来自受信任的来源", "的憑證對該伺服器無效", "的憑證已於", "的憑證並非來自受信任的來源"),
                "thunderbird/thunderbird-l10n:zh-CN/mail/messenger/certError.ftl; thunderbird/thunderbird-l10n:zh-TW/mail/messenger/certError.ftl"),
        # Thunderbird's Simplified Chinese account hub 'Authentication error' (身份验证出错).
        Phrases("zh.auth-failed-thunderbird-hub", C.AUTH_FAILED, ("身份验证出错",),
                "thunderbird/thunderbird-l10n:zh-CN/mail/messenger/accountcreation/accountHub.ftl"),
        # Thunderbird's Traditional Chinese account hub 'Authentication error' (驗證發生錯誤; weak: 驗證 also names other checks).
        Phrases("zh.auth-failed-weak-thunderbird-hub-tw", C.AUTH_FAILED, ("驗證發生錯誤",),
                "thunderbird/thunderbird-l10n:zh-TW/mail/messenger/accountcreation/accountHub.ftl", decisive=False),
        # Horde IMP's Simplified Chinese login errors: no secure connection to the IMAP server could be opened.
        Phrases("zh.tls-required-horde-imp", C.TLS_REQUIRED, ("服务器安全连接",),
                "horde/imp:locale/zh_CN/LC_MESSAGES/imp.po"),
        # Horde IMP's Simplified Chinese 'Bad or malformed request. Server Responded: %s' (the IMAP BAD reply).
        Phrases("zh.syntax-error-horde-imp", C.SYNTAX_ERROR, ("格式错误的请求",),
                "horde/imp:locale/zh_CN/LC_MESSAGES/imp.po"),
        # Horde IMP's Traditional Chinese login errors: no secure connection to the IMAP server could be opened.
        Phrases("zh.tls-required-horde-imp-tw", C.TLS_REQUIRED, ("伺服器的安全連結",),
                "horde/imp:locale/zh_TW/LC_MESSAGES/imp.po"),
        # Horde IMP's Traditional Chinese connection errors: connection to the server failed, error connecting to the IMAP server, the IMAP server closed the connection.
        Phrases("zh.network-error-horde-imp-tw", C.NETWORK_ERROR, ("連結至伺服器失敗", "連結到 imap 伺服器", "伺服器關閉連結"),
                "horde/imp:locale/zh_TW/LC_MESSAGES/imp.po"),
        # Horde IMP's Traditional Chinese 'Bad or malformed request. Server Responded: %s' (錯誤的請求; weak: a bare 'bad request').
        Phrases("zh.syntax-error-weak-horde-imp-tw", C.SYNTAX_ERROR, ("錯誤的請求",),
                "horde/imp:locale/zh_TW/LC_MESSAGES/imp.po", decisive=False),
        # git send-email's Chinese refusals of a message it cannot send as it stands: 'cannot send message as 7bit', a line longer than 998 characters (RFC 5322's limit).
        Phrases("zh.content-rejected-git-send-email", C.CONTENT_REJECTED, ("以 7bit 形式", "超过 998 字符", "字元數超過 998"),
                "git/git:po/zh_CN.po; git/git:po/zh_TW.po"),
        # Zimbra web client's Simplified Chinese 'Authentication failed with account "{0}"' (无法认证 … 帐户).
        Phrases("zh.auth-failed-zimbra-web", C.AUTH_FAILED, ("无法认证",),
                "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_zh_CN.properties"),
        # Zimbra web client's Traditional Chinese 'you have exceeded your mail quota' (您的郵件已超出配額).
        Phrases("zh.mailbox-full-zimbra-web-tw", C.MAILBOX_FULL, ("郵件已超出配額",),
                "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_zh_TW.properties"),
        # Balsa's Chinese IMAP errors: 'Exceeded the number of connections per server %s' (Simplified and Hong Kong/Traditional).
        Phrases("zh.too-many-connections-balsa", C.TOO_MANY_CONNECTIONS, ("每个服务器的连接数", "超過連線數"),
                "GNOME/balsa:po/zh_CN.po; GNOME/balsa:po/zh_HK.po; GNOME/balsa:po/zh_TW.po"),
        # Balsa's Traditional Chinese SMTP error 'Relaying refused: … Message left in your outbox' (傳遞被拒絕; weak: 傳遞 also reads as plain delivery).
        Phrases("zh.relay-denied-weak-balsa-tw", C.RELAY_DENIED, ("傳遞被拒絕",),
                "GNOME/balsa:po/zh_HK.po; GNOME/balsa:po/zh_TW.po", decisive=False),
        # Balsa's Hong Kong Chinese certificate dialog: the authenticity of the certificate (證書) could not be verified.
        Phrases("zh.tls-required-balsa-hk", C.TLS_REQUIRED, ("無法驗證此證書的真實性",),
                "GNOME/balsa:po/zh_HK.po"),
        # Claws Mail's Simplified Chinese TLS errors: the SSL handshake failed, an error creating the TLS connection (TLS链接), the certificate issuer is not a CA, the server requires TLS the build lacks.
        Phrases("zh.tls-required-claws-cn", C.TLS_REQUIRED, ("握手失败", "tls链接", "发布者不是ca", "需要tls特性"),
                "eworm-de/claws-mail:po/zh_CN.po"),
        # Sylpheed's Simplified Chinese TLS errors: SSLv23 or TLSv1 not available, 'SSL certificate verify failed' (SSL 认证失败).
        Phrases("zh.tls-required-sylpheed-cn", C.TLS_REQUIRED, ("sslv23 不可用", "tlsv1 不可用", "ssl 认证失败"),
                "sylpheed-mail/sylpheed:po/zh_CN.po"),
        # Sylpheed's Simplified Chinese SMTP errors: 'error occurred on authentication', 'SMTP AUTH not available'.
        Phrases("zh.auth-failed-sylpheed-cn", C.AUTH_FAILED, ("验证时发生错误", "smtp验证不可用"),
                "sylpheed-mail/sylpheed:po/zh_CN.po"),
        # Thunderbird's Chinese IMAP error (imapMsgs.properties, zh-CN and zh-TW): unable to connect, the maximum number of connections to this server may be exceeded.
        Phrases("zh.too-many-connections-thunderbird-imap", C.TOO_MANY_CONNECTIONS, ("最大连接数量", "最大連線數量"),
                "thunderbird/thunderbird-l10n:zh-CN/mail/chrome/messenger/imapMsgs.properties; thunderbird/thunderbird-l10n:zh-TW/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's Chinese network errors (appstrings.properties): the configured proxy server could not be found.
        Phrases("zh.network-error-thunderbird-proxy", C.NETWORK_ERROR, ("无法找到您指定的代理服务器", "找不到您所設定的 proxy 伺服器"),
                "thunderbird/thunderbird-l10n:zh-CN/mail/chrome/messenger/appstrings.properties; thunderbird/thunderbird-l10n:zh-TW/mail/chrome/messenger/appstrings.properties"),
        # Thunderbird's Chinese POP3 error (localMsgs.properties): the POP3 server does not support the TOP command.
        Phrases("zh.not-implemented-thunderbird-pop3-top", C.NOT_IMPLEMENTED, ("不支持 top命令", "不支援 top 命令", "不支持 uidl", "不支援 uidl"),
                "thunderbird/thunderbird-l10n:zh-CN/mail/chrome/messenger/localMsgs.properties; thunderbird/thunderbird-l10n:zh-TW/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's Chinese 'An error occurred with the POP3 mail server' (weak: no reason named).
        Phrases("zh.server-error-weak-thunderbird-pop3", C.SERVER_ERROR, ("pop3 邮件服务器中发生了一个错误", "pop3 伺服器發生錯誤", "發生臨時錯誤"),
                "thunderbird/thunderbird-l10n:zh-CN/mail/chrome/messenger/localMsgs.properties; thunderbird/thunderbird-l10n:zh-TW/mail/chrome/messenger/localMsgs.properties", decisive=False),
        # Thunderbird's Chinese SMTP error (composeMsgs.properties): 'the outgoing server (SMTP) error, the server responded: %s' (weak: the server's own reply says why).
        Phrases("zh.server-error-weak-thunderbird-smtp", C.SERVER_ERROR, ("发件服务器（smtp）错误", "寄件伺服器（smtp）發生錯誤"),
                "thunderbird/thunderbird-l10n:zh-CN/mail/chrome/messenger/messengercompose/composeMsgs.properties; thunderbird/thunderbird-l10n:zh-TW/mail/chrome/messenger/messengercompose/composeMsgs.properties", decisive=False),
        # Thunderbird's Traditional Chinese news error 'A communication error occurred. Please try to connect again. TCP error:' (TCP 錯誤).
        Phrases("zh.network-error-thunderbird-tcp-tw", C.NETWORK_ERROR, ("tcp 錯誤",),
                "thunderbird/thunderbird-l10n:zh-TW/mail/chrome/messenger/news.properties"),
        # Thunderbird's Traditional Chinese account setup 'login verification failed' (登入驗證; weak: 驗證 also names other checks).
        Phrases("zh.auth-failed-weak-thunderbird-setup-tw", C.AUTH_FAILED, ("登入驗證",),
                "thunderbird/thunderbird-l10n:zh-TW/mail/chrome/messenger/accountCreationUtil.properties", decisive=False),
        # Roundcube's Chinese 'Connection to storage server failed' (the IMAP server; Simplified and Traditional).
        Phrases("zh.network-error-roundcube-storage", C.NETWORK_ERROR, ("连接至 imap 服务器失败", "連線到 imap 伺服器失敗"),
                "roundcube/roundcubemail:program/localization/zh_CN/messages.inc; roundcube/roundcubemail:program/localization/zh_TW/messages.inc"),
        # Roundcube's Chinese 'SMTP Error: Unable to parse recipients list' (Simplified and Traditional).
        Phrases("zh.syntax-error-roundcube-recipients", C.SYNTAX_ERROR, ("无法解析收件人列表", "無法解讀收件者清單"),
                "roundcube/roundcubemail:program/localization/zh_CN/messages.inc; roundcube/roundcubemail:program/localization/zh_TW/messages.inc"),
        # Evolution's Traditional Chinese TLS errors (camel IMAP/POP/SMTP providers): connecting in secure mode (以安全模式連線) failed, STLS not supported.
        Phrases("zh.tls-required-evolution-tw", C.TLS_REQUIRED, ("以安全模式連線", "不支援 stls"),
                "GNOME/evolution-data-server:po/zh_TW.po"),
        # Evolution's Traditional Chinese 'Failed to authenticate' (無法核對; weak: 核對 also names other checks).
        Phrases("zh.auth-failed-weak-evolution-tw", C.AUTH_FAILED, ("無法核對",),
                "GNOME/evolution-data-server:po/zh_TW.po", decisive=False),
        # msmtp's Simplified Chinese 'Cannot send command because it is longer than %d characters' (an over-long SMTP command line).
        Phrases("zh.syntax-error-msmtp", C.SYNTAX_ERROR, ("无法发送命令，因为其长度超过",),
                "marlam/msmtp:po/zh_CN.po"),
        # Mailspring's Simplified Chinese 'TLS Not Available' (TLS不可用).
        Phrases("zh.tls-required-mailspring", C.TLS_REQUIRED, ("tls不可用",),
                "Foundry376/Mailspring:app/lang/zh-CN.json"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words. (zh-CN; the
        # refused IMAP connection alike)
        Together("zh.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("连接服务器", "连接邮件服务器"),
            ("失败", "被重置", "中断", "被拒绝"),
        ), "thunderbird/thunderbird-l10n:zh-CN/mail/chrome/messenger/messenger.properties", window=30),
        # A recipient that does not exist or can't be found, in either script: Chinese hosts'
        # bounce guides ("收件人信箱地址错误", "您的信件所填寫的收件人信箱…找不到", "对方用户不存在",
        # "帐号不存在").
        Together("zh.together-user-unknown", C.USER_UNKNOWN, (
            ("收件人", "收件者", "收信人", "用户", "用戶", "使用者", "帐号", "帳號", "账号", "賬號",
             "帐户", "帳戶", "账户", "邮箱地址", "郵箱地址", "邮件地址", "郵件地址", "信箱地址",
             "收件地址"),
            ("不存在", "找不到", "查无此人", "查無此人", "未注册", "未註冊", "未开通", "未開通",
             "没有这个", "沒有這個", "地址错误", "地址錯誤"),
        ), "https://help.url.com.tw/1989.html; http://www.263gmail.js.cn/help/13/2.htm"),
        # A full mailbox: the mailbox (or its storage) filled, short of room, or its storage limit
        # reached (QQ Exmail reseller's bounce help: "收件人的邮箱已经被邮件塞满"; juduo's guide:
        # "一旦郵箱被塞滿"). A message's own size words stay out (message_too_large), and so does
        # the bare storage (存储空间), which is also the system's (system_full).
        Together("zh.together-mailbox-full", C.MAILBOX_FULL, (
            ("邮箱", "郵箱", "信箱", "收件箱", "收件匣"),
            ("已满", "已滿", "满了", "滿了", "塞满", "塞滿", "不足", "不够", "不夠"),
        ), "http://www.qqmail.zj.cn/article/159.htm; https://juduo.cc/club/3824545.html; "
           "https://tw.godaddy.com/help/what-does-my-email-bounce-mean-3568"),
        # A mailbox that exists but is frozen, disabled, closed or no longer used (fobhost's
        # bounce table: "帐号被禁用(冻结或删除等)"; juduo's guide: "對方的這個電子郵件信箱已經不再使用了";
        # a NetEase reseller's bounce help: "收件帐号是否处于过期或禁用状态").
        Together("zh.together-mailbox-disabled", C.MAILBOX_DISABLED, (
            ("帐号", "帳號", "账号", "賬號", "账户", "帐户", "帳戶", "邮箱", "郵箱", "信箱"),
            ("冻结", "凍結", "停用", "禁用", "停权", "停權", "注销", "註銷", "不再使用", "已关闭",
             "已關閉", "休眠"),
        ), "https://juduo.cc/club/3824545.html; https://www.fobhost.com/jishuzhichi/jishuzhichi59.html; "
           "https://m.wh-163.com/mobile/index/show/catid/2/id/588.html"),
        # The recipient's domain or host not found or not resolvable (Chinese hosts' bounce guides:
        # "检索不到接收方域名的邮件解析", "搜尋不到該主機資訊"; Tencent Cloud's note on a recipient
        # domain that does not exist: "邮件服务器无法找到指定的收件人域名", "域名未注册").
        Together("zh.together-host-unknown", C.HOST_UNKNOWN, (
            ("域名", "網域", "网域", "主机", "主機", "mx记录", "mx記錄"),
            ("不存在", "无法解析", "無法解析", "解析失败", "解析失敗", "搜寻不到", "搜尋不到", "查不到",
             "检索不到", "檢索不到", "未找到", "无法找到", "無法找到", "未注册", "未註冊"),
        ), "https://cloud.tencent.cn/developer/information/%E6%94%B6%E4%BB%B6%E4%BA%BA%E6%89%80%E5%B1%9E%E5%9F%9F%E5%90%8D%E4%B8%8D%E5%AD%98%E5%9C%A8-ask; "
           "https://help.url.com.tw/1989.html"),
        # A message or attachment over a size limit (Chinese hosts' bounce guides: "超过了对方的邮件
        # 服务商针对一封邮件大小的限制", "单个附件大小超出限制").
        Together("zh.together-message-too-large", C.MESSAGE_TOO_LARGE, (
            ("邮件大小", "郵件大小", "信件大小", "邮件的大小", "郵件的大小", "附件大小", "附件的大小",
             "单封邮件", "單封郵件", "单封信件", "單封信件", "信件的容量", "邮件容量", "郵件容量"),
            ("超过", "超過", "超出", "限制", "太大", "过大", "過大", "上限"),
        ), "https://wz.0733.com.cn/web/news-56.html; https://360docs.net/doc/a61843873.html"),
        # A virus found in the message (Gmail's help in Chinese: "如果 Gmail 发现某种已知病毒附在发送
        # 给您的电子邮件中, Gmail 将拒收该邮件"; NetEase's: "检测出包含病毒内容").
        Together("zh.together-virus", C.VIRUS, (
            ("病毒", "木马", "木馬", "恶意软件", "惡意軟體"),
            ("检测", "檢測", "发现", "發現", "含有", "包含", "感染", "携带", "攜帶", "查出", "带有",
             "帶有"),
        ), "https://www.munue.com/397.html; https://wz.0733.com.cn/web/news-164.html"),
        # The sending IP blocked or banned (Chinese bounce guides: "发件人IP被屏蔽", "發信IP被臨時禁用").
        Together("zh.together-blocklisted", C.BLOCKLISTED, (
            ("ip",),
            ("屏蔽", "封禁", "拉黑", "封锁", "封鎖", "拦截", "攔截", "禁用"),
        ), "https://www.fobhost.com/jishuzhichi/jishuzhichi59.html; http://j5om.com/disnew_3441.html"),
        # Too much mail: the sending volume, quota or frequency over its limit (Tencent Exmail's
        # help: "发信量达到上限无法往外发信"; Google Workspace's Chinese relay errors: "每日 SMTP 中继量
        # 超出限制").
        Together("zh.together-rate-limited", C.RATE_LIMITED, (
            ("发信量", "發信量", "发送量", "發送量", "发信数", "發信數", "发信频率", "發信頻率",
             "发送频率", "發送頻率", "发信额度", "發信額度", "发信上限", "發信上限", "发送上限",
             "發送上限", "中继量", "中繼量", "中继上限", "中繼上限"),
            ("上限", "超过", "超過", "超出", "达到", "達到", "过高", "過高", "过快", "過快"),
        ), "http://www.daewoodoosan.com/news_in/2584; "
           "https://support.google.com/a/answer/6140680?hl=zh-Hans&ref_topic=2921034"),
        # Retries used up: the qmail "in the queue too long" gloss of Chinese hosts' bounce guides
        # ("多次尝试,但邮件无法投递到接收方", "多次嘗試,但郵件無法投遞到接收方").
        Together("zh.together-expired", C.EXPIRED, (
            ("多次尝试", "多次嘗試", "重试", "重試", "在队列中", "在隊列中"),
            ("放弃", "放棄", "过期", "過期", "仍无法", "仍無法", "但邮件无法", "但郵件無法", "太久"),
        ), "https://www.fobhost.com/jishuzhichi/jishuzhichi59.html; "
           "http://chouwenlao.cn/FAQhtml/faq14/faq1311.htm"),
        # Relaying refused or not authorised (Google Workspace's Chinese SMTP relay errors: "已拒绝
        # 邮件中继"; a Chinese explanation of "Relay access denied": "未授权的中继").
        Together("zh.together-relay-denied", C.RELAY_DENIED, (
            ("邮件中继", "郵件中繼", "中继访问", "中繼訪問", "的中继", "的中繼", "中继邮件", "中繼郵件",
             "中继请求", "中繼請求"),
            ("拒绝", "拒絕", "不允许", "不允許", "禁止", "未授权", "未授權"),
        ), "https://support.google.com/a/answer/6140680?hl=zh-Hans&ref_topic=2921034; "
           "https://cneris.com/zh/category/%E7%B3%BB%E7%BB%9F%E7%AE%A1%E7%90%86/ubuntu-zh/"),
        # Credentials refused: the password or authorisation code wrong (Chinese mail help: "输入
        # 错误的账号或密码", "连续输错密码").
        Together("zh.together-auth-failed", C.AUTH_FAILED, (
            ("密码", "密碼", "授权码", "授權碼", "smtp认证", "smtp認證", "身份验证", "身份驗證"),
            ("错误", "錯誤", "输错", "輸錯", "不正确", "不正確", "不匹配", "无效", "無效"),
        ), "https://aliyunyh.com/447676.html"),
    ),
)
