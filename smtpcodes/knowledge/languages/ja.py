"""Japanese (ja): wordings of Japanese bounce notices (Gmail, Lotus Notes/Domino, au EZweb,
Japanese ISPs) and of the SMTP error messages that mail clients show in Japanese. Sources:
Gmail's Japanese help on bounced mail,
Japanese ISP help pages, Thunderbird's and Roundcube's Japanese SMTP error strings and
PHPMailer's Japanese language file.
Also: Thunderbird's composeMsgs.properties, Evolution's translated RFC 5321 reply texts
(GNOME/evolution-data-server po/).
More: Gmail's other SMTP errors and its full-inbox DSN in Japanese, Mailman's and Sympa's
Japanese texts, Microsoft's Japanese help on Outlook's non-delivery messages, Japanese tables of
the RFC 5321 reply texts, and Japanese ISPs' and delivery services' explanations of each bounce
(wrong local part or domain, full mailbox, size, expiry, spam, virus, connection).
Plain words (``ja.words-*``): the short everyday wording of each reason ("アドレスが存在しない",
"容量超過", "迷惑メール", "ブラックリスト", "受信拒否", "中継が拒否", "接続に失敗", "タイムアウト",
"送信制限に達", "認証エラー"), as Japanese ISPs', hosts' and delivery services' help pages and Gmail's
and Microsoft's Japanese help use them.
Also: Zimbra's Japanese server errors (ZMsg_ja), Horde IMP's recipient limit, Microsoft's Japanese
help titles of Exchange Online NDRs (Alchemy Insights: 5.1.90, 4.5.3, 451 4.7.0, 5.4.6, 5.4.1, the
spam-restricted account, the mailbox quota), Microsoft 365's Japanese 5.1.8 bad-sender bounce,
Google Groups' bulk-sender refusal, more of Mailman's and Sympa's
notices, and Windows Sockets' Japanese connection errors as users paste them.
Also: SQL Server Reporting Services' docs quoting .NET's SmtpClient refusal, Horde_Smtp's errors.
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_THUNDERBIRD = (
    "thunderbird/thunderbird-l10n:ja/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_ROUNDCUBE = "roundcube/roundcubemail:program/localization/ja_JP/messages.inc"
_PHPMAILER = "PHPMailer/PHPMailer:language/phpmailer.lang-ja.php"
_SUPPORT_GOOGLE_COM = "https://support.google.com/mail/answer/6596?hl=ja"
_CATV_YOKOHAMA_NE_JP = (
    "https://www.catv-yokohama.ne.jp/faq/internet/internet-email-usage/"
    "trouble-faq-internet-email-usage/11387"
)

_EVO_PO = "GNOME/evolution-data-server:po/ja.po"
_TB_L10N = (
    "thunderbird/thunderbird-l10n:ja/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)

# Japanese ISPs' translations of bounce reasons.
_DREAM_JP = "http://dream.jp/support/techinfo/mail/error/error05.html"
_HOCOROCO = "https://www.hocoroco.net/internet_lifeguide/errormail.html"

_PA_SOLUTION = "https://www.pa-solution.net/as/scope3/chupicom/web/detail.aspx?id=921&a=102&isCrawler=1"
_PCSEIKATSU = "https://pcseikatsu.wixsite.com/pc-support/post/本格ブログをデザイン"
_DIY = "http://diy-seikatsu.com/gmail-keitai-okurenai-todokanai/3/"
_BUSBLOG = "http://faq.busblog.jp/faq/show/410"
_IPPO = "https://ippo.ne.jp/g/44.html"
_MONEYTIMES = "https://moneytimes.jp/archives/185548/2"
_BBIQ = "https://faq.bbiq.jp/hikari/faq_detail.html?category=5524&id=7552&page=2000"
_MEGAEGG = "https://faq.megaegg.jp/faq_detail.html?id=296"
_FEELTECH = (
    "https://faq.feeltech.jp/%e3%83%a1%e3%83%bc%e3%83%ab%e3%81%8c%e9%80%81%e4%bf%a1%e3%82%a8"
    "%e3%83%a9%e3%83%bc%e3%81%a7%e9%80%81%e3%82%8c%e3%81%aa%e3%81%84%e3%81%a8%e3%81%8d%e3%81"
    "%ae%e5%af%be%e5%87%a6%e6%b3%95/"
)
_SMOOOOTH = "https://user-manual2.smooooth.jp/archives/3770"
_SOFT1 = "https://soft1.jp/trouble/i/i009.html"
_URASHITA = "https://urashita.com/?p=36286"

_MS_NDR_JA = (
    "https://support.microsoft.com/ja-jp/topic/"
    "%E5%88%9D%E5%BF%83%E8%80%85%E3%81%A7%E3%82%82%E3%82%8F%E3%81%8B%E3%82%8B-outlook-"
    "%E9%80%81%E4%BF%A1%E3%81%A7%E3%81%8D%E3%81%AA%E3%81%84-%E9%85%8D%E4%BF%A1%E4%B8%8D"
    "%E8%83%BD%E3%83%A1%E3%83%BC%E3%83%AB%E3%81%8C%E6%88%BB%E3%81%A3%E3%81%A6%E3%81%8F"
    "%E3%82%8B-f711b1bd-c517-9cc4-10fd-58acfac6ca59"
)
_MS_571_JA = (
    "https://support.office.com/ja-jp/article/Office-365-%E3%81%AE%E3%82%A8%E3%83%A9%E3%83%BC%E3%82%B3"
    "%E3%83%BC%E3%83%89-5-7-1-%E3%81%AE%E3%83%A1%E3%83%BC%E3%83%AB%E9%85%8D%E4%BF%A1%E3%81%AE%E5%95"
    "%8F%E9%A1%8C%E3%82%92%E4%BF%AE%E6%AD%A3%E3%81%99%E3%82%8B-da1ff375-f88f-4a3e-b81f-06cdb6ecae3c"
)
_MS_NDR_TABLE_JA = (
    "https://learn.microsoft.com/ja-jp/exchange/mail-flow-best-practices/non-delivery-reports-in-"
    "exchange-online/non-delivery-reports-in-exchange-online?WT.mc_id=M365-MVP-5002496"
)
_MS_NDR_TABLE_JA2 = (
    "https://learn.microsoft.com/ja-jp/exchange/troubleshoot/email-delivery/ndr/"
    "non-delivery-reports-in-exchange-online"
)
_MS_KB_JA = "http://support.microsoft.com/kb/882944/ja"
_HATENA = "https://b.hatena.ne.jp/mittsun1979/mail/SMTP"
_BOWNOW = "http://manual.bownow.dog/case/2017/09/26/4"
_FUJITSU = (
    "https://doc.cloud.global.fujitsu.com/lib/iaas/jp/api-reference/v1/ap/concept_ap/"
    "C_msg_mail_responsecodes_0302020901.html"
)
_BLOGGER_GMAIL = "https://bloggerblog0.blogspot.com/2021/09/smtp.html"
_MIMIZUN = "http://mimizun.com/log/2ch/operatex/1145953600/l50"
_POPOWA = "http://wiki.popowa.com/wiki-old/smtp2B-error2B-code.html"
_YUE = "http://yue.sakura.ne.jp/melody/ware/smtp.html"
_PECO = (
    "https://pe-co.com/2012/10/04/%e8%a6%9a%e3%81%88%e6%9b%b8%e3%81%8d%ef%bc%9astmp%e5%bf%9c"
    "%e7%ad%94%e3%82%b3%e3%83%bc%e3%83%89%e4%b8%80%e8%a6%a7"
)

_GMAIL_CODES_JA = "https://support.google.com/a/answer/3726730?hl=ja&ref_topic=1355150"

# Plain words: the short, everyday Japanese for each reason, as ISPs' and delivery services' help
# pages, Gmail's and Microsoft's Japanese help use them across many replies.
_ARENA = (
    "https://help.arena.ne.jp/hc/ja/articles/360038694154-%E3%83%A1%E3%83%BC%E3%83%AB%E3%82%92"
    "%E9%80%81%E4%BF%A1%E3%81%97%E3%81%9F%E3%82%89%E3%82%A8%E3%83%A9%E3%83%BC%E3%83%A1%E3%83%BC"
    "%E3%83%AB%E3%81%8C%E8%BF%94%E3%81%A3%E3%81%A6%E6%9D%A5%E3%81%9F%E3%81%AE%E3%81%A7%E3%81%99"
    "%E3%81%8C-%E5%8E%9F%E5%9B%A0%E3%82%92%E6%95%99%E3%81%88%E3%81%A6%E3%81%8F%E3%81%A0%E3%81%95"
    "%E3%81%84-%E3%83%A1%E3%83%BC%E3%83%AB%E3%83%9B%E3%82%B9%E3%83%86%E3%82%A3%E3%83%B3%E3%82%B0"
)
_MYASP = "https://docs.myasp.jp/?p=7044"
_YML_ACCOUNT = "https://www.y-ml.com/help/deliveryerror/251-suddenly-account-not-exists.html"
_YML_BLOCK = "https://www.y-ml.com/help/deliveryerror/360-receive-block.html"
_POWERBIZ = "https://powerbiz.jp/psm/trouble/archives/772/"
_MEDIARIUM = "https://mediarium.hatenadiary.org/entry/20070906"
_JETB = "https://jetb.co.jp/errormail?amp=1"
_MISTY = "http://misty.ne.jp/support/faq/mailerror.html"
_CUENOTE = "https://www.cuenote.jp/documents/smtp/000222.html"
_AWAISORA = "https://services.awaisora.com/2025/07/25/c10ed473-1ab5-4e5c-9ae1-3af9fecf1f1d"
_MIRAI = "https://isp.mirai.ad.jp/faq/others/j-net/mail-lock"
_STUDY_SEC = "https://study-sec.com/smtp-authentication"
_IELABO = "https://www.ielabo.co.jp/blog/email-trouble-check-point-2/"
_OMAKASE = "https://member.omakase.jp/mailmag/200607.html"
_SHOPMAKER = "http://www.shopmaker.jp/ct/contents6.htm"
_PIPIFORM = "https://pipiform.com/docs/ja/troubleshooting/gmail-is-returning-emails.html"
_BUNKYO = "http://open.shonan.bunkyo.ac.jp/sysroom/?p=7958"
_PC_DESIGN_K = "https://pc-design-k.jp/repair/20240412104457/"
_GMAIL_LIMITS_JA = "https://support.google.com/mail/answer/22839?hl=ja&ref_topic=7280460"
_GSUITE_LIMITS_JA = "https://support.google.com/a/answer/166852?hl=ja"
_MS_KB_447_JA = "http://support.microsoft.com/kb/2625264/ja"
_MS_QUEUED_JA = (
    "https://learn.microsoft.com/ja-jp/exchange/monitoring/mail-flow-reports/"
    "mfr-queued-messages-report"
)

_IBARAKI = "http://www.ipc.ibaraki.ac.jp/security/virusscan.php"
_GMAIL_VIRUS_JA = "https://support.google.com/mail/answer/25760?hl=ja"
_CANONET = "http://faq.canonet.ne.jp/index.php?sid=2140243&lang=ja&action=artikel&cat=2&id=473&artlang=ja"
_PSN = "https://www.psn.ne.jp/support/mail/nospam.html"
_QMAIL_JP = (
    "https://moin.qmail.jp/DNS/%E7%94%A8%E8%AA%9E/%E9%80%86%E5%BC%95%E3%81%8D/"
    "%E8%A8%AD%E5%AE%9A%E3%81%AB%E3%81%A4%E3%81%84%E3%81%A6"
)
_ATW = "https://atw.jp/faq/faq-201903120919665"
_OITA = "https://www.cc.oita-u.ac.jp/faq/mail/page-811/"
_EPOST = "https://e-postinc.jp/faq/faq01-98.html"
_ORANGESHARE = "https://orangeshare.jp/?p=4648"
_REVIEWS_GROWTH = (
    "https://reviews-growth.com/2023/07/10/"
    "%E3%82%A2%E3%83%89%E3%83%AC%E3%82%B9%E3%81%8C%E3%82%B5%E3%83%BC%E3%83%90%E3%83%BC%E3%81%AB%E6%8B%92%E5%90%A6/"
)
_KOZUPON = "https://www.kozupon.com/2003/08/12/%E3%81%93%E3%81%AE%E3%83%A1%E3%83%BC%E3%83%AB%E3%82%A8%E3%83%A9%E3%83%BC%E3%81%AA%E3%81%AB%E3%82%88%EF%BC%81%EF%BC%9F/"
_ZIMBRA_JA = "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ja.properties"
_SOGO_JA = "Alinto/sogo:UI/MailerUI/Japanese.lproj/Localizable.strings"
_MUTT_JA = "muttmua/mutt:po/ja.po"
_GLIBC_JA = "bminor/glibc:po/ja.po"
_AI_JA = "isabella232/OfficeDocs-AlchemyInsights-pr.ja-JP:AlchemyInsights/"
_MM_JA = "jaredmauch/mailman2-python3:messages/ja/LC_MESSAGES/mailman.po"

LANGUAGE = Language(
    code="ja",
    name="Japanese",
    phrases=(
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("ja.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "サーバーが見つかりません",
        ), ("thunderbird/thunderbird-l10n:ja/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("ja.tls-required-glib-networking", C.TLS_REQUIRED, (
            "tls 証明書を要求しました", "受け付けられない tls", "tls コネクションを確立できませんでした", "tls ハンドシェイク",
            "tls コネクションが突然閉じられました", "証明書を送信しませんでした", "致命的な tls アラート",
        ), "GNOME/glib-networking:po/ja.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("ja.network-error-glib-networking", C.NETWORK_ERROR, (
            "コネクションが切断されています",
        ), "GNOME/glib-networking:po/ja.po"),
        # Thunderbird's connection reset or interrupted (messenger.properties).
        Phrases("ja.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "接続がリセットされました", "接続が中断されました",
        ), "thunderbird/thunderbird-l10n:ja/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): a TLS error that cannot be
        # overridden.
        Phrases("ja.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "上書きできない tls エラー",
        ), "thunderbird/thunderbird-l10n:ja/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the Kerberos/GSSAPI ticket not
        # accepted (the POP3 one alike).
        Phrases("ja.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "kerberos/gssapi チケットが",
        ), "thunderbird/thunderbird-l10n:ja/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): the password could not be sent.
        Phrases("ja.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "のパスワードを送信できませんでした",
        ), "thunderbird/thunderbird-l10n:ja/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("ja.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "tls 接続が確立できません",
        ), "thunderbird/thunderbird-l10n:ja/mail/chrome/messenger/localMsgs.properties"),
        # Balsa's lost-connection and SMTP-connect failures.
        Phrases("ja.network-error-balsa-po", C.NETWORK_ERROR, (
            "切断されました",
        ), "GNOME/balsa:po/ja.po"),
        # Roundcube's 'Too many recipients' and 'Please wait N sec(s) before sending this message'.
        Phrases("ja.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "このメッセージを送信するまで",
        ), "roundcube/roundcubemail:program/localization/ja_JP/messages.inc"),
        # Roundcube's 'Message size exceeds server limit' and 'Maximum size of a message exceeded' (attaching a file).
        Phrases("ja.message-too-large-roundcube-attach", C.MESSAGE_TOO_LARGE, (
            "メッセージの最大サイズ",
        ), "roundcube/roundcubemail:program/localization/ja_JP/messages.inc"),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("ja.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "アクティブな接続が多すぎます",
        ), "Foundry376/Mailspring:app/lang/ja.json"),
        # Mailspring's 'The message has been blocked by Yahoo's outbound spam filter.'
        Phrases("ja.spam-content-mailspring", C.SPAM_CONTENT, (
            "外向きのスパムフィルタ",
        ), "Foundry376/Mailspring:app/lang/ja.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("ja.relay-denied-mailspring", C.RELAY_DENIED, (
            "メッセージを中継しません",
        ), "Foundry376/Mailspring:app/lang/ja.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("ja.rate-limited-mailspring", C.RATE_LIMITED, (
            "帯域幅を超えました",
        ), "Foundry376/Mailspring:app/lang/ja.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("ja.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "許可されていない不正な添付ファイル",
        ), "Foundry376/Mailspring:app/lang/ja.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("ja.auth-failed-mailspring", C.AUTH_FAILED, (
            "パスワード認証をサポートしていません",
        ), "Foundry376/Mailspring:app/lang/ja.json"),
        # SnappyMail's 'Invalid recipients' notification (the RCPT refusal it shows).
        Phrases("ja.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "無効な受信者",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/ja/user.json", decisive=False),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("ja.auth-required-kmail", C.AUTH_REQUIRED, (
            "ユーザ名とパスワードが必要です",
        ), "KDE/kmailtransport:po/ja/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("ja.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "認証をサポートしていません",
        ), "KDE/kmailtransport:po/ja/libmailtransport6.po"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("ja.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "がサーバーの制限",
        ), "M66B/FairEmail:app/src/main/res/values-ja-rJP/strings.xml"),
        Phrases("ja.auth-failed", C.AUTH_FAILED, (
            "認証できませんでした", "認証に失敗しました", "認証方式をサポートしていません",
        ), _THUNDERBIRD),
        Phrases("ja.network-error", C.NETWORK_ERROR, (
            "smtpホストに接続できませんでした", "サーバーへの接続に失敗しました", "smtp接続に失敗しました", "に接続できなかったため", "との接続が切断された",
            "との接続がタイムアウト",
        ), _THUNDERBIRD),
        Phrases("ja.message-too-large", C.MESSAGE_TOO_LARGE, (
            "サーバーのサイズ制限を超えた", "メッセージの大きさがサーバーの制限",
        ), _THUNDERBIRD),
        Phrases("ja.too-many-recipients", C.RATE_LIMITED, ("受信者の許容数を超えた",), _THUNDERBIRD),
        Phrases("ja.too-many-recipients-roundcube", C.RATE_LIMITED, ("宛先が多すぎます",), _ROUNDCUBE),
        Phrases("ja.smtputf8", C.CONTENT_REJECTED, ("アドレスにunicodeをサポートしていません",), _ROUNDCUBE),
        Phrases("ja.sender-rejected", C.SENDER_REJECTED, ("fromアドレスを登録する際にエラー",), _PHPMAILER),
        Phrases("ja.user-unknown", C.USER_UNKNOWN, (
            "アカウントは存在しません", "宛先不明",
        ), _SUPPORT_GOOGLE_COM),
        Phrases("ja.mailbox-full", C.MAILBOX_FULL, (
            "メールボックスが一杯", "メールボックス容量不足", "容量オーバー",
        ), _CATV_YOKOHAMA_NE_JP),
        Phrases("ja.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "メールアドレスの設定が正しいか確認",
        ), _TB_L10N, decisive=False),
        Phrases("ja.network-error-thunderbird", C.NETWORK_ERROR, (
            "サーバーの設定に誤りがある可能性",
        ), _TB_L10N),
        Phrases("ja.mailbox-full-evolution", C.MAILBOX_FULL, (
            "領域割り当てを越えました",
        ), _EVO_PO),
        Phrases("ja.auth-required-evolution", C.AUTH_REQUIRED, (
            "認証を必要としています",
        ), _EVO_PO),
        Phrases("ja.auth-failed-evolution", C.AUTH_FAILED, (
            "一時的な認証に失敗しました", "認証メカニズムは不十分", "サポートしていない認証方法です",
        ), _EVO_PO),
        # Evolution's (camel) POP3 'STLS not supported by server' and the certificate revoked
        # by the connection's revocation list.
        Phrases("ja.tls-required-evolution", C.TLS_REQUIRED, (
            "stls 拡張をサポートしていません", "この証明書は失効されています",
        ), _EVO_PO),
        # Evolution's (camel) 'Host lookup failed' of the mail server's name (the name did
        # not resolve: no route to the server).
        Phrases("ja.network-error-evolution-host-lookup", C.NETWORK_ERROR, (
            "ホストの検索",
        ), _EVO_PO, decisive=False),
        # Thunderbird's IMAP 'could not connect ... you may have exceeded the maximum number
        # of connections to this server' (imapServerDroppedConnection2).
        Phrases("ja.too-many-connections-thunderbird-imap", C.TOO_MANY_CONNECTIONS, (
            "同時接続数の限度を超えている",
        ), "thunderbird/thunderbird-l10n:ja/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's SMTP CLIENTID refusal: sending mail from this device is not allowed
        # (smtpClientidPermission).
        Phrases("ja.policy-violation-thunderbird-clientid", C.POLICY_VIOLATION, (
            "端末からのメール送信が許可されていません",
        ), _TB_L10N),
        Phrases("ja.system-full-evolution", C.SYSTEM_FULL, (
            "システムの保存領域が足りません",
        ), _EVO_PO),
        # Evolution's other translated RFC 5321 / RFC 4954 reply texts.
        Phrases("ja.syntax-error-evolution", C.SYNTAX_ERROR, ("構文解析エラー",), _EVO_PO),
        Phrases("ja.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "コマンドは実装されていません", "コマンドパラメーターは実装されていません",
        ), _EVO_PO),
        Phrases("ja.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "サービスは利用できません",
        ), _EVO_PO),
        Phrases("ja.has-moved-evolution", C.HAS_MOVED, ("ユーザーはローカルではありません",), _EVO_PO),
        Phrases("ja.mailbox-unavailable-evolution", C.USER_UNKNOWN, (
            "メールボックスは利用できません", "メールボックス名は認められません",
        ), _EVO_PO, decisive=False),
        Phrases("ja.server-error-evolution", C.SERVER_ERROR, (
            "要求された動作を中断しました: 処理中にエラー",
        ), _EVO_PO),
        # STARTTLS missing or encryption required for the AUTH mechanism (Evolution);
        # Thunderbird startTlsFailed.
        Phrases("ja.tls-required-client", C.TLS_REQUIRED, (
            "starttls 拡張はサポートしていません", "認証メカニズムのために暗号化が必要です",
            "starttls をサポートしていないため",
        ), f"{_EVO_PO}; {_TB_L10N}"),
        # Thunderbird smtpHintAuthEncryptToPlain*, smtpHintAuthPlainToEncrypt, smtpAuthGssapi,
        # smtpPasswordUndefined.
        Phrases("ja.auth-failed-thunderbird", C.AUTH_FAILED, (
            "暗号化されたパスワードをサポートしていない", "平文のパスワードを許可していません",
            "チケットが送信 (smtp) サーバー", "のパスワードを取得できなかった",
        ), _TB_L10N),
        # Thunderbird couldNotGetUsersMailAddress2: the From: address is not valid.
        Phrases("ja.sender-rejected-client", C.SENDER_REJECTED, (
            "送信者のアドレス (from:) が正しくありません",
        ), _TB_L10N),
        # Thunderbird errorIllegalLocalPart2: a non-ASCII local part without SMTPUTF8.
        Phrases("ja.smtputf8-thunderbird", C.CONTENT_REJECTED, (
            "非 ascii 文字が含まれています",
        ), _TB_L10N),
        Phrases("ja.sender-rejected-mailman", C.SENDER_REJECTED, (
            "このリストへの投稿を禁止されています", "会員限定リストへの非会員の投稿", "会員以外の方はこのリストに投稿できません",
        ), "jaredmauch/mailman2-python3:messages/ja/LC_MESSAGES/mailman.po"),
        Phrases("ja.policy-mailman", C.POLICY_VIOLATION, (
            "このメールは投稿先が表示されていません", "宛先を明示しないメールの配送は受け付けていません",
            "司会者の承認待ちです", "制限付きリストへの投稿",
        ), "jaredmauch/mailman2-python3:messages/ja/LC_MESSAGES/mailman.po"),
        Phrases("ja.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "メールの本文が長すぎます", "メールが長すぎます",
        ), "jaredmauch/mailman2-python3:messages/ja/LC_MESSAGES/mailman.po"),
        Phrases("ja.too-many-recipients-mailman", C.RATE_LIMITED, ("宛先数が多すぎます",), "jaredmauch/mailman2-python3:messages/ja/LC_MESSAGES/mailman.po"),
        Phrases("ja.user-unknown-sympa", C.USER_UNKNOWN, (
            "メーリングリストとして登録されていません",
        ), "sympa-community/sympa:po/sympa/ja.po"),
        Phrases("ja.sender-rejected-sympa", C.SENDER_REJECTED, (
            "このリストへ発送することはできません", "このリストへ発送できるのは", "このメッセージは以下の理由で送ることができません",
            "メッセージのゆくえ: 認められませんでした",
        ), "sympa-community/sympa:po/sympa/ja.po"),
        Phrases("ja.policy-sympa", C.POLICY_VIOLATION, (
            "モデレータ (たち) に回送しました", "へ送ったメッセージは、モデレータ",
        ), "sympa-community/sympa:po/sympa/ja.po"),
        Phrases("ja.message-too-large-sympa", C.MESSAGE_TOO_LARGE, ("メッセージが大きすぎます",),
                "sympa-community/sympa:po/sympa/ja.po"),
        Phrases("ja.user-unknown-gromox", C.USER_UNKNOWN, (
            "受信者が存在していない",
        ), "grommunio/gromox:data/local_bounce/euc-jp/BOUNCE_NO_USER"),
        Phrases("ja.rate-limited-gmail", C.RATE_LIMITED, (
            "非常に速いペースでメールを受信しようとしています",
        ), _GMAIL_CODES_JA),
        Phrases("ja.user-unknown-isp", C.USER_UNKNOWN, (
            "のユーザーは登録されていません", "該当のメールアドレスが存在しません", "マークの左側が存在しません",
        ), f"{_DREAM_JP}; {_HOCOROCO}"),
        Phrases("ja.host-unknown", C.HOST_UNKNOWN, ("マークの右側が存在しません",), _HOCOROCO),
        Phrases("ja.mailbox-full-isp", C.MAILBOX_FULL, ("メールボックスが満杯",), _HOCOROCO),
        Phrases("ja.expired", C.EXPIRED, ("時間以上メールを送信出来ない",), _HOCOROCO),
        Phrases("ja.message-too-large-isp", C.MESSAGE_TOO_LARGE, (
            "送信先のメールサーバの容量を超えて", "受信できるメール容量を超えて",
        ), f"{_HOCOROCO}; {_CATV_YOKOHAMA_NE_JP}"),
        Phrases("ja.policy-gmail", C.POLICY_VIOLATION, (
            "のメールポリシーに違反しています",
        ), _GMAIL_CODES_JA),
        # Japanese delivery services' and blogs' glosses of the reply and status codes.
        Phrases("ja.user-unknown-codes", C.USER_UNKNOWN, (
            "メールボックスが存在していないため", "送信先のメールアドレスがありません",
        ), f"{_HATENA}; {_BOWNOW}"),
        Phrases("ja.mailbox-unavailable-codes", C.USER_UNKNOWN, (
            "宛先のメールボックスが利用できません", "送信先のメールボックスが利用できません",
        ), _BOWNOW, decisive=False),
        Phrases("ja.mailbox-full-codes", C.MAILBOX_FULL, ("容量が制限オーバー",), _HATENA),
        Phrases("ja.system-full-codes", C.SYSTEM_FULL, ("システム容量がいっぱい",), _BOWNOW),
        Phrases("ja.syntax-error-codes", C.SYNTAX_ERROR, ("文章が長すぎるため受け付けられません",), _BOWNOW),
        Phrases("ja.not-implemented-codes", C.NOT_IMPLEMENTED, ("コマンドのパラメータが実装されていません",),
                _BOWNOW),
        Phrases("ja.tls-required-codes", C.TLS_REQUIRED, ("送信には暗号化が必要",), _BOWNOW),
        Phrases("ja.policy-codes", C.POLICY_VIOLATION, ("送信先から受信拒否を受けました",), _BOWNOW),
        Phrases("ja.too-many-recipients-codes", C.RATE_LIMITED, ("同時送信アドレスが多すぎる",), _FUJITSU),
        # Gmail's other SMTP error texts in Japanese (as a Japanese copy of Google's table has them).
        # Gmail 552 5.7.0 "its content presents a potential security issue", as Gmail shows it in
        # Japanese.
        Phrases("ja.virus-gmail", C.VIRUS, ("コンテンツにセキュリティ上の問題が潜んでいる",), "https://www.johosecuritynavi.com/?p=2674"),
        Phrases("ja.server-error-gmail", C.SERVER_ERROR, (
            "システムに一時的な問題があります", "システムの一時的な問題です",
        ), _BLOGGER_GMAIL),
        Phrases("ja.service-unavailable-gmail", C.SERVICE_UNAVAILABLE, ("サーバーがビジーです",),
                _BLOGGER_GMAIL),
        Phrases("ja.policy-gmail-whitelist", C.POLICY_VIOLATION, ("ドメインのホワイトリストにありません",),
                _BLOGGER_GMAIL),
        Phrases("ja.reputation-gmail", C.REPUTATION, ("大量の迷惑メールが送信されたことを検出",),
                _BLOGGER_GMAIL),
        Phrases("ja.tls-required-gmail", C.TLS_REQUIRED, ("ドメインには tls が必要です",), _BLOGGER_GMAIL),
        # Japanese translations of the RFC 5321 reply texts, as Japanese help pages tabulate
        # them next to each code (three wordings in circulation).
        Phrases("ja.service-unavailable-rfc", C.SERVICE_UNAVAILABLE, (
            "サービスは利用不能", "サービスは利用不可", "このホストのメール・サービスは動作していません",
        ), f"{_MIMIZUN}; {_YUE}; {_PECO}"),
        Phrases("ja.mailbox-unavailable-rfc", C.USER_UNKNOWN, (
            "メールボックスが利用できないため", "メールボックスが利用不可", "メールボックスが利用できないので",
            "メールボックスの名前が不適切なため",
        ), f"{_MIMIZUN}; {_POPOWA}; {_YUE}", decisive=False),
        Phrases("ja.user-unknown-rfc", C.USER_UNKNOWN, ("宛て先のメールボックスが無い",), _PECO),
        Phrases("ja.server-error-rfc", C.SERVER_ERROR, (
            "処理中にエラーが発生", "ローカル・エラーのために",
        ), f"{_MIMIZUN}; {_YUE}; {_PECO}"),
        Phrases("ja.system-full-rfc", C.SYSTEM_FULL, (
            "記憶装置の空き領域が不十分", "ディスクの空き領域不足", "ファイル・システムの容量不足",
        ), f"{_MIMIZUN}; {_YUE}; {_PECO}"),
        Phrases("ja.mailbox-full-rfc", C.MAILBOX_FULL, ("ディスク不足のため",), _MIMIZUN),
        Phrases("ja.syntax-error-rfc", C.SYNTAX_ERROR, (
            "コマンドが理解できない", "引数の文法に", "コマンドの文法エラー", "コマンドのパラメータエラー",
            "文法が間違っています",
        ), f"{_MIMIZUN}; {_YUE}; {_PECO}"),
        Phrases("ja.not-implemented-rfc", C.NOT_IMPLEMENTED, (
            "このシステムには実装されていない", "コマンドの引数が未定義", "指定のコマンドはサポートしていません",
            "パラメータはサポートしていません", "実装されていないコマンドです", "実装されていない引数です",
        ), f"{_MIMIZUN}; {_YUE}; {_PECO}"),
        Phrases("ja.bad-sequence-rfc", C.BAD_SEQUENCE, (
            "コマンドの発行順序が間違って", "コマンドの実行順序に問題", "コマンドの順序が間違って",
        ), f"{_MIMIZUN}; {_YUE}; {_PECO}"),
        # Microsoft's Japanese help on Outlook's non-delivery messages ("配信不能メール").
        Phrases("ja.user-unknown-outlook", C.USER_UNKNOWN, (
            "不明なアドレスです", "ユーザーが見つかりません", "無効な受信者です",
        ), _MS_NDR_JA),
        # Microsoft's Japanese pages on Exchange Online's NDRs: no permission to send to the
        # recipient (5.7.x), a recipient receiving too fast (432 4.3.2).
        Phrases("ja.policy-exchange", C.POLICY_VIOLATION, ("送信するアクセス許可がありません",), _MS_571_JA),
        Phrases("ja.rate-limited-exchange", C.RATE_LIMITED, (
            "大量のメールを速く受信しすぎる", "メッセージを受信する速度が速すぎる",
        ), f"{_MS_NDR_TABLE_JA}; {_MS_NDR_TABLE_JA2}"),
        Phrases("ja.message-too-large-outlook", C.MESSAGE_TOO_LARGE, ("添付ファイルのサイズが大きすぎる",),
                _MS_KB_JA),
        # Japanese ISPs' and hosts' help pages that explain each bounce in Japanese.
        Phrases("ja.user-unknown-help", C.USER_UNKNOWN, (
            "マークより左側が間違って", "より左の部分に誤り", "マークより前が間違って", "宛先のユーザ名",
            "より前の部分」が存在しない", "マーク以前が間違って", "メールアドレスが存在していない",
        ), f"{_PA_SOLUTION}; {_CATV_YOKOHAMA_NE_JP}; {_PCSEIKATSU}; {_DIY}; {_BUSBLOG}; {_IPPO}; "
           f"{_MONEYTIMES}"),
        Phrases("ja.host-unknown-help", C.HOST_UNKNOWN, (
            "マークより右側が間違って", "より右の部分に誤り", "マークの後ろが間違って", "宛先のドメイン名",
            "マーク以降の部分が間違って",
        ), f"{_PA_SOLUTION}; {_CATV_YOKOHAMA_NE_JP}; {_PCSEIKATSU}; {_DIY}; {_IPPO}"),
        Phrases("ja.mailbox-full-help", C.MAILBOX_FULL, (
            "メールボックスに空き容量がない", "メールボックスがいっぱい", "容量がオーバー",
            "受信トレイの空き容量不足", "受信トレイがいっぱい",
        ), f"{_PA_SOLUTION}; {_SOFT1}; {_PCSEIKATSU}; {_URASHITA}"),
        Phrases("ja.message-too-large-help", C.MESSAGE_TOO_LARGE, (
            "メールサイズが大きすぎる", "ファイルの容量が大きすぎ", "送信可能サイズを越えて",
            "ファイル制限でメールが受信できず",
        ), f"{_PA_SOLUTION}; {_SOFT1}; {_PCSEIKATSU}; {_DIY}"),
        Phrases("ja.expired-help", C.EXPIRED, ("経っても相手へ届けることができない",), _SOFT1),
        Phrases("ja.user-unknown-help-more", C.USER_UNKNOWN, (
            "より前に一致する", "よりも左側が正しく入力", "に当てはまるメールアドレスが存在していません",
        ), f"{_BBIQ}; {_MEGAEGG}; {_FEELTECH}"),
        Phrases("ja.host-unknown-help-more", C.HOST_UNKNOWN, ("より後ろに一致する", "より右側が正しく入力"),
                f"{_BBIQ}; {_MEGAEGG}"),
        Phrases("ja.mailbox-full-help-more", C.MAILBOX_FULL, (
            "受信ボックスの容量に空きがない", "メールボックスの容量がいっぱい",
        ), f"{_BBIQ}; {_MEGAEGG}"),
        Phrases("ja.message-too-large-help-more", C.MESSAGE_TOO_LARGE, (
            "メールの容量が大きい時", "容量等が大きすぎる",
        ), f"{_MEGAEGG}; {_SMOOOOTH}"),
        Phrases("ja.spam-content-help", C.SPAM_CONTENT, (
            "スパムメールと判定", "リンクが不審であると判断",
        ), f"{_PCSEIKATSU}; {_SUPPORT_GOOGLE_COM}"),
        Phrases("ja.virus-help", C.VIRUS, ("ウイルスに感染している",), _PCSEIKATSU),
        Phrases("ja.network-error-gmail", C.NETWORK_ERROR, (
            "受信側のメールサーバーに接続できない",
        ), _SUPPORT_GOOGLE_COM),
        # Plain words: the short wording that carries the reason in Japanese help pages, where no
        # longer phrase of the entries above names it.
        Phrases("ja.words-user-unknown", C.USER_UNKNOWN, (
            "アドレスが存在しない", "アドレスが存在しません", "アカウントが存在しない", "存在しないメールアドレス",
            "宛先のアカウントがない", "メールアドレスが無効", "無効なメールアドレス", "アドレス不明",
            "ユーザが見つからない", "該当するアドレスがない",
        ), f"{_IELABO}; {_ARENA}; {_MYASP}; {_YML_ACCOUNT}; {_POWERBIZ}; {_MEDIARIUM}; {_GMAIL_LIMITS_JA}; "
           f"{_SUPPORT_GOOGLE_COM}; {_PC_DESIGN_K}; {_AWAISORA}; {_BUNKYO}"),
        # "Over capacity": mostly a full mailbox, but the words alone do not say whose capacity.
        Phrases("ja.words-over-capacity", C.MAILBOX_FULL, ("容量超過",), _ARENA, decisive=False),
        Phrases("ja.words-spam", C.SPAM_CONTENT, ("迷惑メール",), _PA_SOLUTION, decisive=False),
        Phrases("ja.words-spam-judged", C.SPAM_CONTENT, ("スパムと判断",), _PIPIFORM),
        Phrases("ja.words-blocklisted", C.BLOCKLISTED, ("ブラックリスト",), f"{_ARENA}; {_MEDIARIUM}"),
        Phrases("ja.words-blocked", C.BLOCKLISTED, ("受信ブロック",), f"{_YML_BLOCK}; {_YML_ACCOUNT}",
                decisive=False),
        Phrases("ja.words-refused", C.POLICY_VIOLATION, ("受信拒否", "メールが拒否され", "受け取りを拒否"),
                f"{_YML_BLOCK}; {_POWERBIZ}; {_MEDIARIUM}; {_OMAKASE}", decisive=False),
        Phrases("ja.words-relay-denied", C.RELAY_DENIED, ("中継が拒否",), f"{_JETB}; {_MEDIARIUM}"),
        Phrases("ja.words-host-unknown", C.HOST_UNKNOWN, (
            "宛先のホストがない", "サーバーが見あたらない", "メールサーバが存在しない",
        ), f"{_MEDIARIUM}; {_CUENOTE}; {_SHOPMAKER}"),
        Phrases("ja.words-network", C.NETWORK_ERROR, ("接続に失敗", "通信障害"),
                f"{_MISTY}; {_POWERBIZ}; {_MEDIARIUM}"),
        Phrases("ja.words-timeout", C.NETWORK_ERROR, ("タイムアウト",), _POWERBIZ, decisive=False),
        Phrases("ja.words-rate-limited", C.RATE_LIMITED, (
            "送信制限に達", "送信制限を超え", "制限数に達しました", "受信者数の上限", "受信数の制限を超過",
        ), f"{_GSUITE_LIMITS_JA}; {_GMAIL_LIMITS_JA}; {_PIPIFORM}"),
        # Japanese hosts' and support pages' wording of a message over the size limit: a mail over
        # the limit value (制限値を超えるメール) fails while sending, the mail app's "容量はXXXMBを
        # 超えるため送信できません", and "容量オーバーで送信できません" (the message, not the mailbox).
        Phrases("ja.message-too-large-help-size", C.MESSAGE_TOO_LARGE, (
            "制限値を超えるメール", "容量オーバーで送信できません",
        ), "https://www.just-size.net/faq/?id=171; https://sendmagic.jp/tech-info/ti_means_emailsize"),
        Phrases("ja.words-message-too-large", C.MESSAGE_TOO_LARGE, (
            "添付ファイルが大きすぎ", "添付ファイルの容量が大きい",
        ), f"{_PC_DESIGN_K}; {_HOCOROCO}"),
        # Exchange's 4.4.7 in Microsoft's Japanese help: the message expired in the queue.
        Phrases("ja.words-expired", C.EXPIRED, (
            "メッセージが期限切れ", "メッセージの期限が切れ", "メッセージは期限切れ",
        ), f"{_MS_KB_447_JA}; {_MS_QUEUED_JA}"),
        # "Authentication error": mostly SMTP AUTH, but the words alone could be another check's.
        Phrases("ja.words-auth-failed", C.AUTH_FAILED, ("認証エラー",), f"{_MIRAI}; {_STUDY_SEC}",
                decisive=False),
        Phrases("ja.words-auth-required", C.AUTH_REQUIRED, ("smtp認証なし",), _ARENA),
        # Virus notices in Japanese: a university mail server's "【警告】ウイルスに感染しています", Gmail's
        # "ウィルスを検出しました", a host's "メールサーバーでウイルスを検出しました".
        Phrases("ja.virus-notice", C.VIRUS, ("ウイルスに感染しています", "ウィルスを検出しました", "ウイルスを検出しました"),
                f"{_IBARAKI}; {_GMAIL_VIRUS_JA}; {_CANONET}"),
        # A sending server without reverse DNS (逆引き), as a Japanese ISP's receiving policy ("逆引きが
        # できないメール送信サーバからのメールを受信拒否しています", answered with 450 "IP name lookup failed")
        # and qmail.jp's wiki put it.
        Phrases("ja.reverse-dns", C.REVERSE_DNS, ("逆引きができない", "逆引きできない"), f"{_PSN}; {_QMAIL_JP}"),
        # The reverse lookup (逆引き) itself, as Japanese hosts and delivery services explain
        # refusals of senders whose IP has no PTR ("逆引きの失敗", "逆引きによるホストの排除"):
        # weak, it names the check rather than its failure.
        Phrases("ja.reverse-dns-weak-help", C.REVERSE_DNS, ("逆引き",),
                "https://www.sendmagic.jp/techinfo/dns/; https://akisoftware.com/pmsrv/help/revdns.html; "
                "https://merumamo.com/blog/3_jyw_l_kw", decisive=False),
        # A server's connection limit as Japanese admins explain it: the IMAP connection limit
        # exceeded (接続数の制限を超えた, Dovecot's mail_max_userip_connections), E-Post's POP3
        # session limit (接続セッション数の制限) reached and the connection cut.
        Phrases("ja.too-many-connections-help", C.TOO_MANY_CONNECTIONS, (
            "接続数の制限を超え", "接続セッション数の制限",
        ), "https://pcvogel.sarakura.net/2014/06/26/31324; https://www.e-postinc.jp/faq/faq15-01.html"),
        # Greylisting as a Japanese host explains it: a temporary refusal to accept (一時受取拒否).
        Phrases("ja.greylisted-help", C.GREYLISTED, ("一時受取拒否",),
                "https://wpu.jp/notification/detail.html?newsid=412&tp=0"),
        # "サーバーにログインできません" (cannot log on to the server), a send error as a Japanese
        # host's FAQ quotes it (POP before SMTP not done, or a wrong password).
        # Outlook Express's 0x800CCC18 in Japanese, as a Japanese ISP's FAQ quotes it: "セキュリティで
        # 保護されたパスワード認証でサーバーにログオンできませんでした。" (SPA logon to the server failed).
        # Thunderbird for Android's server validation errors: the client certificate expired or
        # could not be accessed, and the server lacks a needed capability.
        Phrases("ja.tls-required-tb-android-client-cert", C.TLS_REQUIRED, (
            "証明書の有効期限は満了", "クライアント証明書にアクセスできませんでした",
        ), "thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-ja/strings.xml"),
        Phrases("ja.not-implemented-tb-android-capability", C.NOT_IMPLEMENTED, ("サーバーの機能が不足",),
                "thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-ja/strings.xml"),
        Phrases("ja.auth-failed-outlook-express-logon", C.AUTH_FAILED, ("サーバーにログオンできませんでした",),
                "https://secure.i-do.ne.jp/user/faq/result?bl=2&id=103"),
        # A Japanese SMTP-error reference on 502: the command is not implemented on the mail server
        # (実装されていない); weak, the words name the reply's meaning in prose.
        Phrases("ja.not-implemented-weak-help", C.NOT_IMPLEMENTED, ("実装されていない",),
                "https://falconyte.com/ja/help/smtp-errors/502-command-not-implemented", decisive=False),
        Phrases("ja.auth-failed-login-help", C.AUTH_FAILED, ("サーバーにログインできません",),
                "http://datastations.com/newbh/help/faq/mail_smtp.html"),
        # Greylisting by its Japanese names, as Japanese hosts and universities explain the delay
        # ("グレイリストスパム防御", "Greylisting(グレイリスティング)方式", "グレイリスト方式").
        Phrases("ja.greylisted", C.GREYLISTED, ("グレイリスト", "グレイリスティング"),
                f"{_ATW}; {_OITA}; {_EPOST}"),
        # Outlook's 451 4.7.650 as a Japanese admin translates it: "IPレピュテーション(IP評価)により一時的に
        # 送信制限".
        Phrases("ja.reputation", C.REPUTATION, ("ipレピュテーション",), _ORANGESHARE),
        # The receiving server's spoofing check against the sender domain's SPF record (なりすましメール).
        Phrases("ja.sender-unauthenticated-weak", C.SENDER_UNAUTHENTICATED, ("なりすましメール",),
                _REVIEWS_GROWTH, decisive=False),
        # Japanese admins' glosses of common error mails: 451 Name server timeout ("名前解決を求めたが…返事
        # が来なかった", "何らかの障害があって通信不可能な状態") and a full mailbox ("メールボックスが満タン").
        Phrases("ja.network-error-gloss", C.NETWORK_ERROR, ("通信不可能な状態", "名前解決を求めたが"),
                f"{_MEDIARIUM}; {_KOZUPON}"),
        Phrases("ja.mailbox-full-gloss", C.MAILBOX_FULL, ("メールボックスが満タン",), _KOZUPON),
        # Zimbra's Japanese web-client errors when the server refuses a message (ZMsg_ja):
        # mail.MESSAGE_TOO_BIG, and mail.SEND_ABORTED_ADDRESS_FAILURE (weak: "the address is invalid").
        Phrases("ja.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, ("最大許容サイズを超えている",),
                _ZIMBRA_JA),
        Phrases("ja.user-unknown-zimbra", C.USER_UNKNOWN, ("アドレスが無効なため",), _ZIMBRA_JA,
                decisive=False),
        # Gromox's other Japanese notices: a local delivery error (local_bounce BOUNCE_OPERATION_ERROR)
        # and a mailing list that only its members may post to (mlist_bounce BOUNCE_MLIST_*).
        Phrases("ja.server-error-gromox", C.SERVER_ERROR, ("システムエラーがあった",),
                "grommunio/gromox:data/local_bounce/euc-jp/BOUNCE_OPERATION_ERROR"),
        Phrases("ja.sender-rejected-gromox", C.SENDER_REJECTED, ("送信権限がない", "メールリストへの送信権限"),
                "grommunio/gromox:data/mlist_bounce/euc-jp/BOUNCE_MLIST_INTERNAL"),
        # SOGo's Japanese webmail errors when the SMTP server refuses (UI/MailerUI/Japanese.lproj): the
        # message too big, all or some recipients invalid (weak), the SMTP connection failed.
        Phrases("ja.message-too-large-sogo", C.MESSAGE_TOO_LARGE, ("メッセージのサイズが大きすぎます",), _SOGO_JA),
        Phrases("ja.user-unknown-sogo", C.USER_UNKNOWN, ("すべての宛先が無効です", "以下のアドレスが無効です"),
                _SOGO_JA, decisive=False),
        Phrases("ja.network-error-sogo", C.NETWORK_ERROR, (
            "smtpサーバーへの接続中にエラー", "メールサーバーとの通信中にエラー",
        ), _SOGO_JA),
        # SOGo's login page: 'Authentication Failed' as "ログインできません".
        Phrases("ja.auth-failed-sogo-login", C.AUTH_FAILED, ("ログインできません",),
                "Alinto/sogo:UI/MainUI/Japanese.lproj/Localizable.strings"),
        # Sylpheed's Japanese send errors (po/ja.po): "SMTPサーバ: %s:%d に接続できません。", "SMTPサーバが
        # 見つかりません: %s:%d".
        Phrases("ja.network-error-sylpheed", C.NETWORK_ERROR, ("に接続できません", "smtpサーバが見つかりません"),
                "sylpheed-mail/sylpheed:po/ja.po"),
        # Claws Mail's Japanese errors (po/ja.po): "接続が拒否されました" (connection refused),
        # "認証中にエラーが発生しました" (an error during SMTP authentication); also the connection
        # closed by the remote host, a socket error, the IMAP connection broken, the connection not
        # accepted; the selected SMTP AUTH method not available, the IMAP login refused.
        Phrases("ja.network-error-claws", C.NETWORK_ERROR, (
            "接続が拒否されました", "リモートホストにより", "ソケットエラー", "接続が壊れています",
            "接続が受け付けられませんでした",
        ), "eworm-de/claws-mail:po/ja.po"),
        Phrases("ja.auth-failed-claws", C.AUTH_FAILED, (
            "認証中にエラーが発生しました", "smtp authメソッドは利用できません", "ログインが拒否されました",
        ), "eworm-de/claws-mail:po/ja.po"),
        # and its TLS errors: the STARTTLS session could not start or failed, the handshake failed, the
        # server requires STARTTLS; the SSL/TLS certificate unknown, invalid and expired or changed,
        # a certificate for another host (you may be connecting to a rogue server).
        Phrases("ja.tls-required-claws", C.TLS_REQUIRED, (
            "starttls接続の開始でエラー", "tlsハンドシェイクに失敗", "starttlsセッションを開始できません",
            "starttlsを必要とします", "starttlsが失敗しました", "ssl/tls証明書が", "不正なサーバに接続している可能性",
        ), "eworm-de/claws-mail:po/ja.po"),
        # Mutt's Japanese SMTP client errors (po/ja.po): "%s 認証に失敗した", "TLS 接続を確立できなかった",
        # "%s に接続できなかった (%s)".
        Phrases("ja.auth-failed-mutt", C.AUTH_FAILED, ("認証に失敗した",), _MUTT_JA),
        Phrases("ja.tls-required-mutt", C.TLS_REQUIRED, ("tls 接続を確立できなかった",), _MUTT_JA),
        Phrases("ja.network-error-mutt", C.NETWORK_ERROR, ("に接続できなかった",), _MUTT_JA),
        # glibc's Japanese strerror texts (po/ja.po), as an MTA or client on a Japanese locale
        # writes them after a failed connection: ECONNREFUSED, EHOSTUNREACH, ENETUNREACH,
        # EADDRNOTAVAIL, ECONNRESET, EAI_AGAIN, ENETDOWN, EHOSTDOWN.
        Phrases("ja.network-error-strerror", C.NETWORK_ERROR, (
            "接続を拒否されました", "ホストへの経路がありません", "ネットワークに届きません",
            "要求アドレスに割り当てられません", "接続が相手からリセットされました", "名前解決に一時的に失敗しました",
            "ネットワークが落ちています", "ホストが落ちています",
        ), _GLIBC_JA),
        # Zimbra's other Japanese server errors (WebRoot/messages/ZMsg_ja): service.TEMPORARILY_UNAVAILABLE,
        # service.AUTH_REQUIRED, service.TOO_MANY_HOPS, account.AUTH_FAILED.
        Phrases("ja.service-unavailable-zimbra", C.SERVICE_UNAVAILABLE, ("サービスは一時的に使用できません",),
                _ZIMBRA_JA, decisive=False),
        Phrases("ja.auth-required-zimbra", C.AUTH_REQUIRED, ("認証が必要です",), _ZIMBRA_JA),
        # Zimbra's (ZMsg) 'This account is currently in maintenance mode': the mailbox is locked
        # for maintenance.
        Phrases("ja.mailbox-disabled-zimbra", C.MAILBOX_DISABLED, ("アカウントはメンテナンスモード",), _ZIMBRA_JA),
        # Zimbra web client's (ZmMsg) 'you have exceeded your mail quota' (attaching a file,
        # saving an appointment or a task): the user's own mailbox is over quota.
        Phrases("ja.mailbox-full-zimbra-web", C.MAILBOX_FULL, (
            "メールの割り当て容量を超えて",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_ja.properties"),
        # Zimbra web client's 'The send from address field is not a valid email address'.
        Phrases("ja.sender-rejected-zimbra-web", C.SENDER_REJECTED, (
            "送信元アドレス欄のメールアドレスが無効",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_ja.properties"),
        # Android's AOSP Email app: 'TLS required but not supported by server', 'Can't safely
        # connect to server' (the certificate check failed), 'Couldn't open connection to server
        # due to security error' (SSL), and 'Authentication methods aren't supported by server'.
        Phrases("ja.tls-required-aosp-email", C.TLS_REQUIRED, (
            "tlsが必要ですがサーバーが対応していません", "サーバーへの安全な接続を確立できません",
            "セキュリティエラーのためサーバーに接続できませんでした",
        ), "aosp-mirror/platform_packages_apps_email:res/values-ja/strings.xml"),
        Phrases("ja.auth-failed-aosp-email", C.AUTH_FAILED, (
            "認証方法がサーバーでサポートされていません",
        ), "aosp-mirror/platform_packages_apps_email:res/values-ja/strings.xml"),
        Phrases("ja.network-error-zimbra-hops", C.NETWORK_ERROR, ("ホップが多すぎます",), _ZIMBRA_JA),
        Phrases("ja.auth-failed-zimbra", C.AUTH_FAILED, ("ユーザー名またはパスワードが正しくありません",), _ZIMBRA_JA),
        # Horde IMP's Japanese refusal of a message to more recipients than the user may send to
        # (locale/ja imp.po: "You are not allowed to send messages to more than %d recipients").
        Phrases("ja.too-many-recipients-horde", C.RATE_LIMITED, ("人以上にメールを送信できません",),
                "horde/imp:locale/ja/LC_MESSAGES/imp.po"),
        # Exchange Online's and Outlook.com's errors as Microsoft's Japanese help (Alchemy Insights)
        # titles them: 5.1.90 the sender's daily recipient limit; the account restricted for sending
        # spam (5.1.8, the sender blocked); the mailbox quota exceeded.
        Phrases("ja.rate-limited-daily-recipients", C.RATE_LIMITED, ("メッセージ受信者の 1 日の制限に達した",),
                f"{_AI_JA}5-1-90-your-message-cant-be-sent-daily-limit.md"),
        Phrases("ja.sender-rejected-exchange-spam", C.SENDER_REJECTED, ("スパムの送信によりアカウントが制限",),
                f"{_AI_JA}sender-blocked-for-sending-too-much-spam.md"),
        Phrases("ja.mailbox-full-exchange", C.MAILBOX_FULL, ("メールボックス クォータを超えました",),
                f"{_AI_JA}mailbox-quota-exceeded.md"),
        # Roundcube's Japanese loginfailed ("ログインできませんでした。").
        Phrases("ja.auth-failed-roundcube", C.AUTH_FAILED, ("ログインできませんでした",),
                "roundcube/roundcubemail:program/localization/ja_JP/messages.inc"),
        # More Exchange Online NDRs as Microsoft's Japanese help titles them: 4.5.3 too many recipients
        # (AS780090), 451 4.7.0 a temporary server error (PRX4), 5.4.6 / 5.4.14 the hop count
        # exceeded (a routing loop), and the 550 5.4.1 relay access denied.
        Phrases("ja.too-many-recipients-exchange", C.RATE_LIMITED, ("受信者が多すぎます",),
                f"{_AI_JA}antispam-4-5-3-too-many-recipients-as780090.md"),
        Phrases("ja.server-error-exchange", C.SERVER_ERROR, ("一時的なサーバー エラー",),
                f"{_AI_JA}451-470-temporary-server-error.md", decisive=False),
        Phrases("ja.network-error-exchange-hops", C.NETWORK_ERROR, ("ホップ数の超過",),
                f"{_AI_JA}error-546-5414-hop-count.md"),
        Phrases("ja.relay-denied-exchange", C.RELAY_DENIED, ("リレー アクセスの拒否",),
                f"{_AI_JA}antispam-5-4-1-dbeb-catch-all.md"),
        # Google Groups' Japanese refusal of a bulk sender's post (Google's Japanese help on messages to
        # a group that bounce, answer 168383: "Google グループによってメッセージが拒否されました。…の一括送信
        # ガイドラインをご確認ください。"): as gmail.groups-rejected reads the English, the sending IP's
        # reputation.
        Phrases("ja.reputation-google-groups", C.REPUTATION, (
            "google グループによってメッセージが拒否されました", "一括送信ガイドライン",
        ), "https://googlesupport.serverhump.com/a/answer/168383?hl=ja&ref_topic=1354753 (support.google.com/a/answer/168383?hl=ja)"),
        # More of Mailman 2's Japanese notices (messages/ja mailman.po): a post refused because
        # non-members may not post, posts held for administrivia or a suspicious header, and a content
        # type the list does not carry (content filtering).
        Phrases("ja.sender-rejected-mailman-more", C.SENDER_REJECTED, ("会員以外からの投稿を禁止",), _MM_JA),
        Phrases("ja.policy-mailman-held", C.POLICY_VIOLATION, ("管理コマンドが含まれています", "不審なヘッダがあります"),
                _MM_JA),
        Phrases("ja.content-rejected-mailman", C.CONTENT_REJECTED, (
            "配送が許可されていないファイル拡張子", "メールが空になりました",
            "配送が禁止されているファイル形式", "配送が許可されていないファイル形式",
        ), _MM_JA),
        # More of Sympa's Japanese notices (po/sympa/ja.po): "A virus in your mail" and a list that takes
        # no multipart messages.
        Phrases("ja.virus-sympa", C.VIRUS, ("メール中にウイルスがみつかりました",), "sympa-community/sympa:po/sympa/ja.po"),
        Phrases("ja.content-rejected-sympa", C.CONTENT_REJECTED, ("マルチパートのメッセージは受け付けません",),
                "sympa-community/sympa:po/sympa/ja.po"),
        # Microsoft 365's Japanese 5.1.8 bounce for a sender blocked over its sending limits ("550 5.1.8アクセスが
        # 拒否されました、不正な送信者", the error "送信者が不正です", as GoDaddy's Japanese help quotes them), and
        # Hotmail's old refusal of a computer it blocked for abuse ("Windows Live の使用条件に違反しているため、
        # このコンピューターからメッセージを送信することはできません").
        Phrases("ja.sender-rejected-microsoft", C.SENDER_REJECTED, (
            "不正な送信者", "送信者が不正です", "windows live の使用条件に違反しているため",
        ), "https://jp.godaddy.com/help/unblock-my-microsoft-365-email-40359; https://mysteriousramu.com/2010/06/02/%E3%80%8Cwindows-live-%E3%81%AE%E4%BD%BF%E7%94%A8%E6%9D%A1%E4%BB%B6%E3%81%AB%E9%81%95%E5%8F%8D%E3%81%97%E3%81%A6%E3%81%84%E3%82%8B%E3%81%9F%E3%82%81%E3%80%81%E3%81%93%E3%81%AE%E3%82%B3%E3%83%B3/"),
        # Windows Sockets' Japanese texts of WSAECONNREFUSED (10061) and WSAECONNRESET (10054), as users
        # paste them.
        Phrases("ja.network-error-winsock", C.NETWORK_ERROR, (
            "対象のコンピューターによって拒否されたため", "既存の接続はリモート ホストに強制的に切断されました",
        ), "https://github.com/MShawon/YouTube-Viewer/issues/229; https://github.com/re3turn/twicrawler/issues/17"),
        # Exchange's Japanese NDR reference (Exchange 2013 docs), 4.4.1/4.4.2: the destination server does not respond, or the connection between the servers dropped.
        Phrases("ja.network-error-exchange2013", C.NETWORK_ERROR, (
            "配信先のサーバーが応答していません",
            "サーバー間の接続が解除されました",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ja-jp:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Japanese NDR reference (Exchange 2013 docs), 5.2.1: the mailbox can't be accessed (offline, disabled or quarantined).
        Phrases("ja.mailbox-disabled-weak-exchange2013", C.MAILBOX_DISABLED, (
            "メールボックスにアクセスできません",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ja-jp:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        ), decisive=False),
        # Exchange's Japanese NDR reference (Exchange 2013 docs), 5.2.2: the recipient's mailbox is over its storage quota.
        Phrases("ja.mailbox-full-exchange2013", C.MAILBOX_FULL, (
            "格納域の制限を超え",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ja-jp:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Japanese NDR reference (Exchange 2013 docs), 5.3.4: the message exceeds the configured size limit.
        Phrases("ja.message-too-large-exchange2013", C.MESSAGE_TOO_LARGE, (
            "構成されているサイズ制限を超えている",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ja-jp:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Japanese NDR reference (Exchange 2013 docs), 5.5.3: more recipients than a single message may have.
        Phrases("ja.rate-limited-exchange2013", C.RATE_LIMITED, (
            "許可されている受信者の総数を超えています",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ja-jp:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Japanese NDR reference (Exchange 2013 docs), 5.7.1: the sender isn't allowed to send to this recipient.
        Phrases("ja.policy-violation-exchange2013", C.POLICY_VIOLATION, (
            "この受信者にメッセージを送信することを許可されていません",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ja-jp:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Japanese NDR reference (Exchange 2013 docs), 4.4.7: the message expired in the queue.
        Phrases("ja.expired-exchange2013", C.EXPIRED, (
            "キューのメッセージの有効期限が切れました",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ja-jp:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Japanese NDR reference (Exchange 2013 docs), 5.7.1: relaying to a system that isn't the message's final destination is refused.
        Phrases("ja.relay-denied-exchange2013", C.RELAY_DENIED, (
            "メッセージの最終送信先でない",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ja-jp:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Japanese NDR reference (Exchange 2013 docs), 5.7.1: the sending system didn't authenticate to a receiver that requires it.
        Phrases("ja.auth-required-exchange2013", C.AUTH_REQUIRED, (
            "受信側の電子メール システムで認証されていません",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ja-jp:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Japanese NDR reference (Exchange 2013 docs), 5.1.1: there is no such recipient in the destination mail system.
        Phrases("ja.user-unknown-exchange2013", C.USER_UNKNOWN, (
            "該当する受信者が存在しない",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ja-jp:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Japanese NDR reference (Exchange 2013 docs), 4.3.1: insufficient memory or a full disk on the receiving server.
        Phrases("ja.system-full-weak-exchange2013", C.SYSTEM_FULL, (
            "メモリ不足によるエラー",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ja-jp:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        ), decisive=False),
        # Exchange's Japanese NDR reference (Exchange 2013 docs), 5.4.4: no route for the message's delivery (next hop unknown).
        Phrases("ja.network-error-no-route-exchange2013", C.NETWORK_ERROR, (
            "メッセージ配信用のルートが存在しな",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ja-jp:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Japanese NDR reference (Exchange 2013 docs), 5.3.5 and 5.4.6: a mail loop was detected (メールのループ, X.4.6 routing loop).
        Phrases("ja.network-error-loop-exchange2013", C.NETWORK_ERROR, (
            "メールのループ",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ja-jp:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Japanese NDR reference (Exchange 2013 docs), 5.2.3: the message is too long for the recipient's local quota (ローカル クォータを超え).
        Phrases("ja.message-too-large-local-exchange2013", C.MESSAGE_TOO_LARGE, (
            "ローカル クォータを超え",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ja-jp:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Japanese NDR reference (Exchange 2013 docs), 5.7.3: the sender forbids reassignment to an alternate recipient (代替受信者への再割り当て); weak, a policy refusal.
        Phrases("ja.policy-violation-weak-exchange2013", C.POLICY_VIOLATION, (
            "代替受信者への再割り当て",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ja-jp:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        ), decisive=False),
        # Outlook Express's Japanese send errors, as a Japanese page pastes them: 0x800CCC0E
        # "サーバーへの接続は失敗しました。" (the client reached no server) and 0x800CCC0F
        # "サーバーは接続を解除しました。" (the server dropped the connection), consistent with
        # clients.outlook-connect.
        Phrases("ja.network-error-outlook-express", C.NETWORK_ERROR, (
            "サーバーへの接続は失敗しました", "サーバーは接続を解除しました",
        ), "http://hehao1.seesaa.net/article/44145698.html"),
        # Outlook Express's 0x800CCC6D in Japanese: "メッセージのサイズがサーバーの制限を越えたため、
        # メッセージを送信できませんでした。" (the message exceeds the server's size limit).
        Phrases("ja.message-too-large-outlook-express", C.MESSAGE_TOO_LARGE, (
            "メッセージのサイズがサーバーの制限を越えた",
        ), "https://897825.o389qniy.asia/faq/mail/mail18b.html"),
        # Outlook's relay refusal as Microsoft's Japanese help on 550/553 relay errors quotes it
        # ("Server Response: '550 <someone@example.com> ....リレー拒否\"").
        Phrases("ja.relay-denied-outlook", C.RELAY_DENIED, ("リレー拒否",), (
            "https://support.microsoft.com/ja-jp/office/メール-メッセージを送信すると-550-553-"
            "またはリレー禁止エラーを受信します-65b494a4-0a15-433e-829f-e73651e0245e"
        )),
        # Windows Live Mail's error 3207 for a Hotmail account Microsoft locked until the user
        # solves a challenge ("セキュリティ上の理由により、このメール アカウントは一時的に無効になっています。"):
        # the sending account is refused, as in ja.sender-rejected-microsoft.
        Phrases("ja.sender-rejected-windows-live-mail", C.SENDER_REJECTED, (
            "セキュリティ上の理由により、このメール アカウントは一時的に無効",
        ), "https://mysteriousramu.com/2011/10/"),
        # Microsoft 365's Japanese help on SMTP AUTH errors (5.7.57, 5.7.3, 5.7.139): "Authentication unsuccessful".
        Phrases("ja.auth-failed-microsoft", C.AUTH_FAILED, ("認証は失敗しました",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.ja-JP:AlchemyInsights/solving-smtp-authentication-issues.md"),
        # The same help's "Client not authenticated" (5.7.57).
        Phrases("ja.auth-required-microsoft", C.AUTH_REQUIRED, ("未認証のクライアント",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.ja-JP:AlchemyInsights/solving-smtp-authentication-issues.md"),
        # Microsoft 365's Japanese help: the sending IP on a block list (ブロック リスト, Microsoft's spelling with a space).
        Phrases("ja.blocklisted-microsoft", C.BLOCKLISTED, ("ブロック リスト",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.ja-JP:AlchemyInsights/error-sending-email-blocked-by-spamhaus.md"),
        # Microsoft 365's Japanese "Server busy, please try again later".
        Phrases("ja.service-unavailable-microsoft", C.SERVICE_UNAVAILABLE, ("サーバーがビジー状態",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.ja-JP:AlchemyInsights/antispam-4-7-500-server-busy-please-try-again-later-from-xxx-xxx-xxx-xxx.md"),
        # Microsoft's Japanese help title for 550 5.7.708 'Access denied, traffic not accepted from this IP' (a poorly reputed IP, as the 5.7.7xx code rule reads it).
        Phrases("ja.reputation-microsoft-traffic", C.REPUTATION, (
            "この ip からのトラフィックは受け入れられ",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.ja-JP:AlchemyInsights/"
            "antispam-550-5-7-708-service-unavailable-access-denied-traffic-not-accepted.md")),
        # Microsoft's Japanese help title for 5.7.750 'Client blocked from sending from unregistered domain' (the 5.7.7xx code rule reads it as reputation).
        Phrases("ja.reputation-microsoft-unregistered-domain", C.REPUTATION, (
            "未登録のドメインからの送信",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.ja-JP:AlchemyInsights/"
            "5-7-750-service-unavailable-client-blocked-from-sending-from-unregistered-d.md")),
        # Microsoft's Japanese help on Exchange Online's receiving limit: senders get an NDR (5.2.121/5.2.122) saying the mailbox exceeded its maximum delivery threshold.
        Phrases("ja.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "分間抑制されます",
            "最大配信しきい値を超え",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.ja-JP:AlchemyInsights/mailbox-receiving-limit.md"),
        # GoDaddy's Japanese bounce table: "Account storage limit" (the recipient is over quota).
        Phrases("ja.words-mailbox-full-storage", C.MAILBOX_FULL, ("アカウントストレージ制限",),
                "https://jp.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685"),
        # GoDaddy's Japanese "Account disabled" (アカウントが無効です).
        Phrases("ja.words-mailbox-disabled", C.MAILBOX_DISABLED, ("アカウントが無効",),
                "https://jp.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685"),
        # Gmail's Japanese help on bounced mail: the message too large for the recipient's inbox.
        Phrases("ja.message-too-large-gmail", C.MESSAGE_TOO_LARGE, ("メールのサイズが大きすぎ",),
                "https://support.google.com/mail/answer/6596?hl=ja&topic=1668979&ctx=topic&visit_id=636948779695670022-3121236189&rd=2"),
        # Gmail's Japanese help: the message was classified as spam (迷惑メールに分類された), a verdict where the bare 迷惑メール is weak.
        Phrases("ja.spam-content-gmail", C.SPAM_CONTENT, ("迷惑メールに分類",),
                "https://support.google.com/mail/answer/6596?hl=ja&topic=1668979&ctx=topic&visit_id=636948779695670022-3121236189&rd=2"),
        # Microsoft 365's Japanese help title "Daily email limit exceeded" (the sender over its daily sending limit).
        Phrases("ja.rate-limited-daily-email", C.RATE_LIMITED, ("メールの制限を超えました",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.ja-JP:AlchemyInsights/daily-email-limit-exceeded.md"),
        # Greylisting in its other katakana spelling (グレーリスト, beside グレイリスト), as Japanese Plesk and security guides write it.
        Phrases("ja.greylisted-variant", C.GREYLISTED, ("グレーリスト",),
                "https://ja.unixlinux.online/xs/hk/1007037340.html; http://mecha-security.com/archives/2006/07/post_147.html"),
        # K-9 / Thunderbird for Android status says "接続エラー"
        Phrases("ja.network-error-weak-k9", C.NETWORK_ERROR, ("接続エラー",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-ja/strings.xml"),
                decisive=False),
        # K-9 account setup says "ネットワークエラーが発生しました"
        Phrases("ja.network-error-weak-k9-setup", C.NETWORK_ERROR, ("ネットワークエラー",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/setup/src/main/res/values-ja/strings.xml"),
                decisive=False),
        # Geary says "Check your sending login and password"
        Phrases("ja.auth-failed-geary", C.AUTH_FAILED, ("メールアドレスとパスワードを確認してください", "送信のログイン名とパスワード"),
                "GNOME/geary:po/ja.po"),
        # Delta Chat cannot log in and asks to check the address and the password
        Phrases("ja.auth-failed-deltachat", C.AUTH_FAILED, ("としてログインできません",),
                "deltachat/deltachat-android:src/main/res/values-ja/strings.xml"),
        # GNOME Online Accounts' mail setup errors, server does not support STARTTLS, TLS not available
        Phrases("ja.tls-required-goa", C.TLS_REQUIRED, ("starttls をサポートしていません", "tls が利用できません"),
                "GNOME/gnome-online-accounts:po/ja.po"),
        # GNOME Online Accounts' mail setup errors, unknown authentication mechanism, failed
        Phrases("ja.auth-failed-goa", C.AUTH_FAILED, ("不明な認証メカニズム",),
                "GNOME/gnome-online-accounts:po/ja.po"),
        # fetchmail keeps the message, the SMTP server requires STARTTLS, TLS is mandatory
        Phrases("ja.tls-required-fetchmail", C.TLS_REQUIRED, ("starttls を要求しています",),
                "Distrotech/fetchmail:po/ja.po"),
        # fetchmail timed out waiting to connect to the server
        Phrases("ja.network-error-fetchmail", C.NETWORK_ERROR, ("の接続応答を待ちましたが",),
                "Distrotech/fetchmail:po/ja.po"),
        # fetchmail's SMTP listener refused the recipient address (weak, the reason follows)
        Phrases("ja.user-unknown-weak-fetchmail", C.USER_UNKNOWN, (
            "受け手のアドレスを受け付けません", "アドレスの受信を拒否しました",
        ),
                "Distrotech/fetchmail:po/ja.po", decisive=False),
        # K-9's account check (before Nov 2023), the username or password is incorrect
        Phrases("ja.auth-failed-k9-check", C.AUTH_FAILED, ("またはパスワードが不正です",),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-ja/strings.xml"),
        # K-9's account check (before Nov 2023), the server presented an invalid SSL certificate
        Phrases("ja.tls-required-k9-check", C.TLS_REQUIRED, ("無効な ssl 証明書",),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-ja/strings.xml"),
        # Geary's untrusted-connection dialog, the server's TLS certificate is unsigned, expired or mismatched
        Phrases("ja.tls-required-geary", C.TLS_REQUIRED, ("サーバーの証明書が安全ではありません", "サーバーの証明書が有効になっていません", "失効しているため現在無効です",
            "既知の認証局によって署名されていません", "証明書が期限切れです", "証明書の id と一致しません",
        ),
                "GNOME/geary:po/ja.po"),
        # K-9 / Thunderbird for Android notification says "Certificate error" (weak)
        Phrases("ja.tls-required-weak-k9", C.TLS_REQUIRED, ("証明書エラー",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-ja/strings.xml"),
                decisive=False),
        # GNOME Online Accounts' TLS errors, the signing certificate authority is unknown, expired
        Phrases("ja.tls-required-goa-certificate", C.TLS_REQUIRED, ("署名している認証局が未知", "証明書の有効期限が切れて"),
                "GNOME/gnome-online-accounts:po/ja.po"),
        # GNOME Online Accounts' TLS error "Invalid certificate" (weak)
        Phrases("ja.tls-required-weak-goa", C.TLS_REQUIRED, ("不正な証明書",),
                "GNOME/gnome-online-accounts:po/ja.po", decisive=False),
        # GNOME Online Accounts, the server refused the password for the username
        Phrases("ja.auth-failed-goa-password", C.AUTH_FAILED, ("のパスワードが無効です",),
                "GNOME/gnome-online-accounts:po/ja.po"),
        # fetchmail's authentication-failed notice and unknown login or authentication error
        Phrases("ja.auth-failed-fetchmail", C.AUTH_FAILED, ("不明なログイン又は認証のエラー",),
                "Distrotech/fetchmail:po/ja.po"),
        # Evolution's SMTP errors, STARTTLS not supported or failed, secure connection failed
        Phrases("ja.tls-required-evolution-smtp", C.TLS_REQUIRED, ("starttls コマンドが失敗",),
                "GNOME/evolution-data-server:po/ja.po"),
        # Evolution's SMTP errors, the AUTH command failed, no support for the mechanism
        Phrases("ja.auth-failed-evolution-smtp", C.AUTH_FAILED, (
            "auth コマンドが失敗", "という認証タイプはサポートしていません", "間違った認証応答",
        ),
                "GNOME/evolution-data-server:po/ja.po"),
        # Evolution's SMTP error when MAIL FROM fails (weak, the server's reason follows)
        Phrases("ja.sender-rejected-weak-evolution-smtp", C.SENDER_REJECTED, ("差出人のアドレスが正しくありません",),
                "GNOME/evolution-data-server:po/ja.po", decisive=False),
        # Horde_Smtp's Japanese error texts for a server's SMTP refusal (the webmail shows them).
        Phrases("ja.system-full-horde", C.SYSTEM_FULL, (
            "システムの容量が不足",
        ), "horde/Smtp:locale/ja/LC_MESSAGES/Horde_Smtp.po"),
        # Horde_Smtp's Japanese error texts for a server's SMTP refusal (the webmail shows them).
        Phrases("ja.user-unknown-horde", C.USER_UNKNOWN, (
            "アドレスが見つからないか不明",
        ), "horde/Smtp:locale/ja/LC_MESSAGES/Horde_Smtp.po"),
        # Horde_Smtp's Japanese error texts for a server's SMTP refusal (the webmail shows them).
        Phrases("ja.user-unknown-weak-horde", C.USER_UNKNOWN, (
            "メールボックスがありません",
        ), "horde/Smtp:locale/ja/LC_MESSAGES/Horde_Smtp.po", decisive=False),
        # Horde_Smtp's Japanese error texts for a server's SMTP refusal (the webmail shows them).
        Phrases("ja.auth-failed-horde", C.AUTH_FAILED, (
            "サーバは認証を拒否",
        ), "horde/Smtp:locale/ja/LC_MESSAGES/Horde_Smtp.po"),
        # Horde_Smtp's Japanese error texts for a server's SMTP refusal (the webmail shows them).
        Phrases("ja.auth-required-horde", C.AUTH_REQUIRED, (
            "サーバは認証を要求",
        ), "horde/Smtp:locale/ja/LC_MESSAGES/Horde_Smtp.po"),
        # Horde_Smtp's Japanese error texts for a server's SMTP refusal (the webmail shows them).
        Phrases("ja.tls-required-horde", C.TLS_REQUIRED, (
            "tls 接続をサポートしていません",
        ), "horde/Smtp:locale/ja/LC_MESSAGES/Horde_Smtp.po"),
        # Horde_Smtp's Japanese error texts for a server's SMTP refusal (the webmail shows them).
        Phrases("ja.service-unavailable-horde", C.SERVICE_UNAVAILABLE, (
            "smtp接続を受け付けません",
        ), "horde/Smtp:locale/ja/LC_MESSAGES/Horde_Smtp.po", decisive=False),
        # .NET's SmtpClient refusal (SmtpException) as SQL Server Reporting Services' docs quote it:
        # the SMTP server wants a secure connection or an authenticated client.
        Phrases("ja.auth-required-dotnet", C.AUTH_REQUIRED, (
            "クライアントが認証されていません",
        ), "zelanko/sql-docs.ja-jp:docs/reporting-services/install-windows/configure-e-mail-for-a-reporting-services-service-application.md"),
        # Geary, when the server refuses the login, asks to check the receiving login and password
        Phrases("ja.auth-failed-geary-receiving", C.AUTH_FAILED, ("受信のログイン名とパスワード",),
                "GNOME/geary:po/ja.po"),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("ja.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "リスト司会者により拒否されました",
        ), "jaredmauch/mailman2-python3:templates/ja/refuse.txt"),
        # Mailman 2's translated reasons not yet read: a post the moderator deemed inappropriate, the
        # Bcc refusal (implicit destinations not allowed), a suspicious header.
        Phrases("ja.policy-violation-mailman-inappropriate", C.POLICY_VIOLATION, (
            "不適切と思われます",
        ), "jaredmauch/mailman2-python3:messages/ja/LC_MESSAGES/mailman.po"),
        # Mailman 3's no_subject rule: the post has no subject.
        Phrases("ja.content-rejected-mailman3", C.CONTENT_REJECTED, (
            "メッセージに題名がありません",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/ja/LC_MESSAGES/mailman.p"
            "o"
        )),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("ja.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "投稿が保留されました",
        ), "jaredmauch/mailman2-python3:templates/ja/postheld.txt"),
        # Sympa's translated subject of its notice for a list that does not exist ("List unknown").
        Phrases("ja.user-unknown-sympa-subject", C.USER_UNKNOWN, (
            "そういうリストは知りません",
        ), "sympa-community/sympa:po/sympa/ja.po"),
        # fml8's and fml4's Japanese refusal of a post from a non-member (user/deny, error/not_member,
        # kern not_ml_member).
        Phrases("ja.sender-rejected-fml", C.SENDER_REJECTED, (
            "メーリングリストのメンバーではありません",
        ), (
            "fmlorg/fml8:fml/share/message/euc-jp/user/deny; fmlorg/fml8:fml/share/message/eu"
            "c-jp/error/not_member; fmlorg/fml4:messages/Japanese/kern"
        )),
        # fml4's Japanese content filter: a mail with attachments, or an HTML mail, is refused.
        Phrases("ja.content-rejected-fml", C.CONTENT_REJECTED, (
            "添付メールが流れないようにするため",
            "貼付メールを拒否しています",
        ), "fmlorg/fml4:messages/Japanese/filter"),
        # fml4's filter and fml8's refusal of a post, a reason following (weak: the reason may say more).
        Phrases("ja.policy-violation-fml", C.POLICY_VIOLATION, (
            "という理由のため拒否されました",
            "からの投稿は拒否されました",
        ), (
            "fmlorg/fml4:messages/Japanese/filter; fmlorg/fml8:fml/share/message/euc-jp/error"
            "/reject_post"
        ), decisive=False),
        # Mailman 2's translated hold and rejection reasons (Hold.py, SpamDetect.py): emergency hold
        # of all list traffic, a header filter rule matched, a post to a moderated newsgroup.
        Phrases("ja.policy-violation-mailman-filter", C.POLICY_VIOLATION, (
            "モデレーテッド・ニュースグループへの投稿",
            "緊急配送保留が有効",
            "フィルタ規則に合致したメールを拒否",
        ), "jaredmauch/mailman2-python3:messages/ja/LC_MESSAGES/mailman.po"),
        # Sympa's translated hint beside a subscribers-only refusal: the poster may be subscribed under
        # another address (weak: alone it only hints that the sender is not a subscriber).
        Phrases("ja.sender-rejected-sympa-other-address", C.SENDER_REJECTED, (
            "リストにほかのメール アドレスで読者登録",
        ), "sympa-community/sympa:po/sympa/ja.po", decisive=False),
        # Odoo's mail server test: "あなたのサーバはSSLをサポートしていないように見受けられます。"
        # (the server does not seem to support SSL).
        Phrases("ja.tls-required-odoo", C.TLS_REQUIRED, (
            "sslをサポートしていない",
        ), "odoo/odoo:odoo/addons/base/i18n/ja/LC_MESSAGES/code.po"),
        # Sylpheed's translated SMTP session errors ("Can't start TLS session").
        Phrases("ja.tls-required-sylpheed", C.TLS_REQUIRED, (
            "tls セッションを開始できません",
        ), "sylpheed-mail/sylpheed:po/ja.po"),
        # Sylpheed's translated SMTP session errors ("SMTP AUTH not available / Authentication failed").
        Phrases("ja.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp auth が利用できません",
        ), "sylpheed-mail/sylpheed:po/ja.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("ja.auth-failed-balsa", C.AUTH_FAILED, ("既知の認証方式が存在しません",
            "利用可能な認証メカニズムがありません",
        ), "GNOME/balsa:po/ja.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("ja.auth-failed-claws-2", C.AUTH_FAILED, (
            "smtp authメソッドを利用できません",
        ), "eworm-de/claws-mail:po/ja.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("ja.tls-required-claws-2", C.TLS_REQUIRED, (
            "ssl/tls証明書が無効です",
        ), "eworm-de/claws-mail:po/ja.po"),
        # Sylpheed's translated "SSL certificate verify failed" (the server's certificate did not verify).
        Phrases("ja.tls-required-sylpheed-ssl", C.TLS_REQUIRED, (
            "ssl 証明書を検証できません",
        ), "sylpheed-mail/sylpheed:po/ja.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("ja.tls-required-balsa-session", C.TLS_REQUIRED, ("tlsが要求されましたがコンパイル時に有効にされていません", "不明な認証局です", "破損したssl/tls証明書", "証明書が破棄されています", "証明書の期限満了です",
            "tlsネゴシエーションに失敗",
        ), "GNOME/balsa:po/ja.po"),
        # EspoCRM's 'Invalid credentials.' (Email messages.invalidCredentials), shown when the SMTP server refuses the login
        Phrases("ja.auth-failed-espocrm", C.AUTH_FAILED, (
            "資格情報が無効です",
        ), "espocrm/espocrm:application/Espo/Resources/i18n/ja_JP/Email.json"),
        # Joomla's Japanese PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("ja.sender-rejected-joomla", C.SENDER_REJECTED, (
            "発信元アドレスは失敗しました",
        ), "bringer/lavuelta:language/ja-JP/ja-JP.ini"),
        # Joomla's Japanese PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("ja.user-unknown-joomla", C.USER_UNKNOWN, (
            "次の宛先に失敗しました",
        ), "bringer/lavuelta:language/ja-JP/ja-JP.ini", decisive=False),
        # Joomla 3's Japanese PHPMailer strings (PHPMAILER_*)
        Phrases("ja.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "次の差出人アドレスで失敗しました",
        ), "cuongnd/banhangonline88_joomla:language/ja-JP/ja-JP.ini"),
        # Joomla 3's Japanese PHPMailer strings (PHPMAILER_*)
        Phrases("ja.user-unknown-joomla3", C.USER_UNKNOWN, (
            "次の受取人で失敗しました",
        ), "cuongnd/banhangonline88_joomla:language/ja-JP/ja-JP.ini", decisive=False),
        # phpBB's Japanese messenger errors: no supported AUTH method
        Phrases("ja.auth-failed-phpbb", C.AUTH_FAILED, (
            "利用可能な認証方式がありません",
        ), "tk6904/phpbb-language-pack:3.3.17/language/ja/common.php"),
        # Misty's help on bounces: "送信先のサーバーが存在しなかったことを意味しています" (the
        # destination server, i.e. the part after "@", does not exist).
        Phrases("ja.host-unknown-misty", C.HOST_UNKNOWN, ("送信先のサーバーが存在しな",),
                "http://misty.ne.jp/support/faq/mailerror.html"),
        # Blastengine's guide to docomo mail not arriving: the receiving handset short of free
        # space ("受信端末の空き容量が不足している場合、ドコモメールを受信できません").
        Phrases("ja.mailbox-full-docomo-device", C.MAILBOX_FULL, ("空き容量が不足",),
                "https://blastengine.jp/blog_content/docomo-email/"),
        # Japanese mail-security and hosting help on SPF failures: CyberSolutions' MailGates log
        # ("「SPF 認証失敗」は...許可されていないIPから送信されたメール"), GMO's Simple mail ("メール受信先の SPF
        # 認証でメールを受け付けない"), Keiri no Mikata's bounce notes ("SPFレコードに関するエラー"), Lolipop's
        # help on Gmail's 5.7.26 ("SPFのメール認証が通らず").
        Phrases("ja.sender-unauthenticated-spf-failed", C.SENDER_UNAUTHENTICATED, ("spf 認証失敗",),
                "https://cloud-sup.cybersolutions.co.jp/hc/ja/articles/360039751911--SPF-%E8%AA%8D%E8%A8%BC%E5%A4%B1"
                "%E6%95%97-%E3%81%8C%E8%A1%A8%E7%A4%BA%E3%81%95%E3%82%8C%E3%82%B9%E3%83%91%E3%83%A0%E5%88%A4%E5%AE"
                "%9A%E3%81%95%E3%82%8C%E3%82%8B"),
        Phrases("ja.sender-unauthenticated-gmo-spf", C.SENDER_UNAUTHENTICATED, ("spf 認証でメールを受け付けない",),
                "https://mail-saas.gmocloud.com/support/faq.html"),
        Phrases("ja.sender-unauthenticated-keiri-spf", C.SENDER_UNAUTHENTICATED, ("spfレコードに関するエラー",),
                "https://keirinomikata.zendesk.com/hc/ja/articles/24707654334489-SPF%E3%83%AC%E3%82%B3%E3%83%BC%E3%83"
                "%89%E3%82%A8%E3%83%A9%E3%83%BC%E3%81%AB%E3%81%A4%E3%81%84%E3%81%A6"),
        Phrases("ja.sender-unauthenticated-lolipop-spf", C.SENDER_UNAUTHENTICATED, ("spfのメール認証が通らず",),
                "https://support.lolipop.jp/hc/ja/articles/21946925094675-https-support-google-com-mail-answer-81126-"
                "authentication-%E3%81%A8%E3%81%84%E3%81%86URL%E3%81%8C%E8%A8%98%E8%BC%89%E3%81%95%E3%82%8C%E3%81%9F"
                "%E3%82%A8%E3%83%A9%E3%83%BC%E3%83%A1%E3%83%BC%E3%83%AB%E3%81%8C%E5%B1%8A%E3%81%8D%E3%81%BE%E3%81%97"
                "%E3%81%9F"),
        # Apple's Japanese help page on iCloud Mail's sending limits: the alerts shown when the daily message, daily recipient or per-message recipient limit is exceeded.
        Phrases("ja.rate-limited-icloud", C.RATE_LIMITED, (
            "送信可能な上限を超え",
            "送信できる合計件数を超え",
            "送信できる合計人数を超え",
            "受信者数が上限を超え",
        ), "http://support.apple.com/kb/HT4863?locale=ja_JP&viewlocale=ja_JP"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("ja.rate-limited-sogo", C.RATE_LIMITED, (
            "大量のメールを送信しよう",
        ), "Alinto/sogo:UI/MailerUI/Japanese.lproj/Localizable.strings"),
        # LINE WORKS's help on its sending limits (60 mails a minute, 20,000 recipients a day): past the maximum, sending is held up to 24 hours.
        Phrases("ja.rate-limited-lineworks", C.RATE_LIMITED, (
            "メールの最大数を超え",
        ), "https://help.worksmobile.com/ko/faqs/mail/send-mail/how-many-mails-can-be-sent-a-day"),
        # Apple's Japanese help on Mail Drop: too many messages sent or the maximum number of recipients exceeded.
        Phrases("ja.rate-limited-icloud-maildrop", C.RATE_LIMITED, (
            "メッセージの件数が多すぎる",
            "受信者の最大人数を超え",
        ), "https://support.apple.com/ja-jp/HT203093"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        # Microsoft's Japanese help on the TLS 1.0/1.1 retirement: "451 5.7.3 最初に STARTTLS
        # コマンドを発行する必要があります" and "TLS ネゴシエーションが SocketError エラーによって失敗しました".
        Phrases("ja.tls-required-microsoft-tls-deprecation", C.TLS_REQUIRED, (
            "最初に starttls コマンドを発行する必要があります", "tls ネゴシエーションが",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.ja-JP:AlchemyInsights/issues-related-to-tls-deprecation.md"),
        # Microsoft's Japanese help title for 5.7.606 (banned sending IP): "禁止送信 IP".
        Phrases("ja.blocklisted-microsoft-banned-ip", C.BLOCKLISTED, ("禁止送信 ip",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.ja-JP:AlchemyInsights/antispam-5.7.606.md"),
        # Microsoft's Japanese help on 4.7.500: the source IP's mail volume exceeds the limit its
        # reputation allows (ソース IP アドレスの評価に基づいて).
        Phrases("ja.reputation-microsoft-ip-evaluation", C.REPUTATION, ("ip アドレスの評価",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.ja-JP:AlchemyInsights/antispam-4-7-500-access-denied-please-try-again-later.md"),
        # Outlook.com's Japanese help on 550/553: mail comes back with a relay-prohibited error (リレー禁止).
        Phrases("ja.relay-denied-outlook-com", C.RELAY_DENIED, ("リレー禁止",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.ja-JP:AlchemyInsights/outlook-com-error-550.md"),
        # Outlook.com's Japanese help: a daily limit on the mail one can send (1 日に送信できる電子メールの制限).
        Phrases("ja.rate-limited-outlook-com", C.RATE_LIMITED, ("送信できる電子メールの制限",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.ja-JP:AlchemyInsights/outlook-com-over-quota.md"),
        Phrases("ja.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "受信者数の制限に達",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.ja-JP:AlchemyInsights/need-help-with-email-sending-limits.md"),
        # Japanese vendors' notes on Exchange Online's sending limits: once the sending limit is
        # reached (メール送信に関する制限に達する) no message leaves the mailbox, messages over the
        # message-count limit (メッセージ数の制限を超える) are held back, and the system restricts
        # an account's sending (メール送信を制限) after a burst.
        Phrases("ja.rate-limited-exchange-online-help", C.RATE_LIMITED, (
            "メール送信に関する制限に達", "メッセージ数の制限を超え", "メール送信を制限",
        ), ("https://support.bbsystem.co.jp/hc/ja/articles/36916736975897-%E9%80%9A%E7%9F%A5%E3%83%A1"
            "%E3%83%BC%E3%83%AB%E3%81%AB%E9%96%A2%E3%81%99%E3%82%8B%E5%88%B6%E9%99%90%E4%BA%8B%E9%A0%85; "
            "https://live-style.jp/outlook-limits")),
        # A Japanese bulk-mail vendor's notes on carrier bounces: 'errors caused by the SPF record come back like the domain-restriction refusal'.
        Phrases("ja.sender-unauthenticated-flagsystem-spf", C.SENDER_UNAUTHENTICATED, ("spfレコードによるエラー",),
                "http://flagsystem.co.jp/news/archives/26"),
        # BIGLOBE's help on sender-domain authentication results: SPF hardfail 'the sender address is forged (authentication failed)', DKIM 'the signature could not be verified'.
        Phrases("ja.sender-unauthenticated-biglobe-results", C.SENDER_UNAUTHENTICATED, ("送信元アドレスが詐称されている", "署名の検証に失敗"),
                "http://ask.form.sso.biglobe.ne.jp/faq_detail.html?faq_id=10584&faq_category=1046"),
        # IDC Frontier hosting's mail limits: 'mail whose size per message (1通の容量) exceeds 20MB cannot be delivered'.
        Phrases("ja.message-too-large-per-message-capacity", C.MESSAGE_TOO_LARGE, ("通の容量が",),
                "http://manual.idchosting.jp/manual/standard/mail/limitation.html"),
        # A Japanese SMTP error reference on 421: 'the mail server is temporarily unavailable and is closing the transmission channel'.
        Phrases("ja.service-unavailable-closing-channel", C.SERVICE_UNAVAILABLE, ("送信チャネルを閉じ",),
                "https://falconyte.com/ja/help/smtp-errors/421-service-not-available"),
        # Gmail's Japanese SMTP error reference, 450 4.2.1: the recipient is receiving mail at a pace that allows no more deliveries.
        Phrases("ja.rate-limited-gmail-receiving-pace", C.RATE_LIMITED, ("メール配信に応じられないペース",),
                "https://support.google.com/mail/answer/3726730?hl=ja"),
        # Google Workspace's Japanese SMTP error reference, 450 4.2.1 'receiving mail too quickly' (the time between mails is too short).
        Phrases("ja.rate-limited-gmail-receiving-too-soon", C.RATE_LIMITED, ("メール受信までの時間が短すぎ",),
                "https://support.google.com/a/answer/3726730?hl=ja"),
        # Google Workspace's Japanese SMTP error reference, 450 4.2.1: the user's daily SMTP relay limit exceeded.
        Phrases("ja.rate-limited-gmail-relay-limit", C.RATE_LIMITED, ("smtp リレーの上限を超え",),
                "https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes?hl=ja"),
        # Gmail's Japanese help on bounced mail: 'the recipient's mail server is down'.
        Phrases("ja.service-unavailable-gmail-server-down", C.SERVICE_UNAVAILABLE, ("メールサーバーがダウン",),
                "https://support.google.com/mail/answer/6596?hl=ja&topic=1668979&ctx=topic&visit_id=636948779695670022-3121236189&rd=2"),
        # Gmail's Japanese help on bounced mail: 'the recipient's settings do not allow mail from you'.
        Phrases("ja.policy-violation-gmail-not-allowed", C.POLICY_VIOLATION, ("あなたからのメールを許可していない",),
                "https://support.google.com/mail/answer/6596?hl=ja&topic=1668979&ctx=topic&visit_id=636948779695670022-3121236189&rd=2"),
        # iPhone Mail's Japanese SSL errors as Japanese help pages quote them: 'SSLで接続できません' (cannot connect using SSL; set the account up without SSL?) and 'サーバの識別情報を検証できません' (cannot verify server identity).
        Phrases("ja.tls-required-ios-ssl", C.TLS_REQUIRED, ("sslで接続できません", "サーバの識別情報を検証できません"),
                "https://global-creative.jp/ssldesetsuzokudekimasenakauntowosslnashidesetteishimasuka%ef%bc%9ftaishohoukaisetsu; https://global-creative.jp/?p=2687"),
        # Microsoft's Japanese help on postmaster@outlook.com failures: the sender tried to attach a file over 10 MB.
        Phrases("ja.message-too-large-outlookcom-attachment", C.MESSAGE_TOO_LARGE, ("を超えるファイルを添付",),
                "https://wus.prod.support.services.microsoft.com/ja-jp/office/failed-delivery-messages-from-the-postmaster-at-outlook-com-microsoft-com-or-service-microsoft-com-eb34d15e-1251-4802-995d-78917ecb1de6"),
        # A Japanese host's FAQ on refused sending: the POP-before-SMTP authentication was not obtained (receive first, then send within 30 minutes).
        Phrases("ja.auth-required-pop-before-smtp", C.AUTH_REQUIRED, ("認証が取れていない",),
                "http://datastations.com/newbh/help/faq/mail_smtp.html"),
        # Thunderbird's Japanese POP3 login errors (localMsgs.properties): sending the user name or the password did not succeed.
        Phrases("ja.auth-failed-thunderbird-pop3", C.AUTH_FAILED, ("ユーザー名を送信できませんでした", "パスワードを送信できませんでした"),
                "thunderbird/thunderbird-l10n:ja/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's Japanese mail-server certificate errors (certError.ftl): the certificate is not valid for the server, has expired, is not from a trusted source.
        # Mail clients' certificate warnings as Japanese hosts and support shops quote them:
        # Outlook's "インターネット セキュリティ警告" ("対象のプリンシパル名が間違っています。" /
        # "接続しているサーバは、確認出来ないセキュリティ証明書を使用しています。"), macOS Mail's
        # "メールは、サーバの識別情報を確認できません", Thunderbird's "証明書が正しくありません".
        Phrases("ja.tls-required-client-cert-warning", C.TLS_REQUIRED, (
            "プリンシパル名が間違っています", "確認出来ないセキュリティ証明書", "サーバの識別情報を確認できません",
            "証明書が正しくありません",
        ), "https://willnet.ad.jp/outlookprincipalname; https://togeonet.co.jp/post-17129; "
           "https://www.choge-blog.com/?p=87873"),
        Phrases("ja.tls-required-thunderbird-cert", C.TLS_REQUIRED, ("の証明書が正しくありません", "の証明書の有効期限が", "の証明書は信頼されたソースからのものではありません"),
                "thunderbird/thunderbird-l10n:ja/mail/messenger/certError.ftl"),
    ),
    together=(
        # A recipient address that does not exist, however the sentence runs: GoDaddy's Japanese
        # bounce table ("送信したメールアドレスは存在しません。"), Gmail's Japanese help ("宛先のメール
        # アドレスが無効になっているか、すでに存在していない"), Y-ML's "アカウントが存在しない".
        Together("ja.together-user-unknown", C.USER_UNKNOWN, (
            ("メールアドレス", "宛先", "ユーザー", "ユーザ名", "アカウント", "受信者", "受取人"),
            ("存在しません", "存在しない", "存在していません", "存在していない", "見つかりません",
             "見つからない", "登録されていません"),
        ), "https://jp.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685"),
        # A full mailbox: the mailbox (or the account's storage) with its limit reached or exceeded
        # or no room left. GoDaddy's Japanese table ("受信者のアカウントが保存容量の上限に達したため"),
        # XBIT's manual ("メールボックスが容量制限一杯"). Message size words (メールの容量, サイズ) stay out.
        Together("ja.together-mailbox-full", C.MAILBOX_FULL, (
            ("メールボックス", "受信箱", "受信トレイ", "受信ボックス", "保存容量", "ストレージ"),
            ("上限", "いっぱい", "一杯", "満杯", "空きがな", "空き容量がな", "超過", "超え", "不足",
             "達し"),
        ), "https://manual.xbit.jp/?p=8159; "
           "https://jp.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685"),
        # A mailbox that exists but is disabled: GoDaddy's Japanese table ("受信者アカウントは存在しますが、
        # メール受信機能が無効になっています"); an account stopped or frozen, as Japanese account
        # notices word it ("アカウントが停止されています", "このアカウントは凍結されました").
        Together("ja.together-mailbox-disabled", C.MAILBOX_DISABLED, (
            ("アカウント", "受信機能", "メールボックス"),
            ("無効に", "無効化", "停止さ", "停止中", "凍結", "休止"),
        ), "https://jp.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685; "
           "https://digital-trouble-note.com/?p=34"),
        # The domain (the part after @, the host name) does not exist or can't be found: Cuenote's
        # SMTP notes on a DNS failure ("ホスト名(@より右側)が無効である", "ドメインが利用できなくなった"),
        # Japanese ISPs' help ("ドメインが存在しない", "見つかりません").
        Together("ja.together-host-unknown", C.HOST_UNKNOWN, (
            ("ドメイン", "ホスト名", "より右", "右側", "より後ろ"),
            ("存在しません", "存在しない", "見つかりません", "見つからな", "見あたらな",
             "利用できなくな", "無効であ"),
        ), "https://www.cuenote.jp/documents/smtp/000222.html"),
        # A message over a size limit: the message's (or its attachment's) size with a limit or
        # "too large" (Japanese ISPs' bounce help: "送信しようとしているメールサイズが大きすぎる",
        # "1通あたりのメール容量"); the mailbox's capacity words stay out (mailbox_full).
        Together("ja.together-message-too-large", C.MESSAGE_TOO_LARGE, (
            ("メッセージのサイズ", "メッセージサイズ", "メールのサイズ", "メールサイズ", "添付ファイルのサイズ",
             "添付ファイルの容量", "メールの容量", "サイズ制限", "一通あたり", "1通あたり"),
            ("上限", "制限", "超え", "超過", "大きすぎ", "大き"),
        ), "https://www.pa-solution.net/as/scope3/chupicom/web/detail.aspx?id=921&a=102&isCrawler=1"),
        # A virus found in the message: XSERVER's antivirus FAQ ("ウィルスを検知して削除した旨を…通知"),
        # Gmail's Japanese help ("添付ファイルで既知のウィルスが検出された場合、Gmail はそのメールを拒否"),
        # Bizメール's virus filter ("メールにウイルスが検出された場合").
        Together("ja.together-virus", C.VIRUS, (
            ("ウイルス", "ウィルス", "マルウェア"),
            ("検出", "検知", "感染", "発見", "見つか"),
        ), "https://www.xserver.ne.jp/support/faq/faq_service_mail_viruscheck.php; "
           "https://support.google.com/mail/answer/25760?hl=ja"),
        # The sending IP on a block list or blocked: Japanese hosts' help ("グローバルIPアドレスがブロック
        # リストに登録されてしまった", "接続元IPアドレスがリストに登録されているかどうか").
        Together("ja.together-blocklisted", C.BLOCKLISTED, (
            ("ipアドレス", "送信元ip", "接続元ip"),
            ("ブロックリスト", "リストに登録", "ブロックさ", "遮断"),
        ), "https://www.tomokos.net/65/; https://mws.islands.ne.jp/dokidoki/form-spam.php"),
        # A sending limit reached: HubSpot's Japanese help ("送信上限に達したため、このEメールは送信
        # できませんでした"), forwardy's hourly limit ("メール送信の上限数を超過すると、メールの送信が保留").
        Together("ja.together-rate-limited", C.RATE_LIMITED, (
            ("送信上限", "送信の上限", "送信数", "送信件数", "送信回数", "送信制限"),
            ("達し", "超過", "超え"),
        ), "https://knowledge.hubspot.com/jp/articles/kcs_article/email/why-was-my-sales-email-not-sent-due-to-a-send-limit; "
           "https://cp.forwardy.jp/whmcs/index.php?rp=%2Fknowledgebase%2F133%2F1%E6%99%82%E9%96%93%E3%81%82%E3%81%9F%E3%82%8A%E3%81%AE%E9%80%81%E4%BF%A1%E5%8F%AF%E8%83%BD%E3%81%AA%E3%83%A1%E3%83%BC%E3%83%AB%E4%B8%8A%E9%99%90%E6%95%B0.html"),
        # No connection to the server: "smtpサーバーに接続がされていません" as a Japanese help page
        # quotes bounces, "接続できませんでした".
        Together("ja.together-network-error", C.NETWORK_ERROR, (
            ("接続",),
            ("されていません", "できません", "できなかった", "できない", "失敗", "切断"),
        ), "https://fastsecurecontactform.com/1738"),
        # Retries given up: Mail Zipper's help ("これ以上の再配送処理は実施しないため…配送失敗した旨の
        # 通知メール").
        Together("ja.together-expired", C.EXPIRED, (
            ("再配送", "再送処理", "再試行", "リトライ", "配送期限"),
            ("実施しない", "行わない", "中止", "打ち切", "諦め", "あきらめ", "経過"),
        ), "https://solution.lrm.jp/hc/ja/articles/15059963609369"),
        # Relaying refused: E-Post Mail Server's FAQ ("中継違反と見なしている", "外部ドメイン宛のリレーを
        # 禁止しています"), Sakura's manual ("メールの中継を拒否しました").
        Together("ja.together-relay-denied", C.RELAY_DENIED, (
            ("中継を", "中継が", "中継は", "中継違反", "リレーを", "リレーは", "リレーが"),
            ("拒否", "禁止", "違反", "許可されていません", "許可していません"),
        ), "https://www.e-postinc.jp/faq/faq01-79.html"),
        # SMTP credentials refused: the user name or password wrong (path-finder's help: "SMTPサーバーに
        # 接続するためのユーザー名やパスワードが正しく設定されていない場合").
        Together("ja.together-auth-failed", C.AUTH_FAILED, (
            ("smtp認証", "パスワード", "ユーザー名", "ユーザ名やパスワード", "ログイン"),
            ("正しく設定されていない", "正しくありません", "正しくない", "間違", "誤り", "一致しません",
             "失敗"),
        ), "https://blog.path-finder.jp/?p=9158"),
        # Content judged as spam: "スパム判定" as Cuenote's SMTP notes name the receiving MTA's verdict
        # ("スパム判定をした際に、そのことを応答コード中に記載する"), and spam filters' detection
        # (検知, 検出); "迷惑メール" and "スパムと判断" are phrases already.
        Together("ja.together-spam", C.SPAM_CONTENT, (
            ("スパム",),
            ("判定", "検知", "検出", "分類"),
        ), "https://www.cuenote.jp/documents/smtp/000225.html"),
        # Refused by the recipient's side settings: its server's conditions or the recipient's
        # filtering rules (a Japanese help page on mail refused after it seemed delivered: "受信者側の
        # メールサーバーが特定の条件を満たしたメールを自動的に拒否する場合や、受信者がフィルタリングルールを
        # 誤設定している").
        Together("ja.together-policy", C.POLICY_VIOLATION, (
            ("受信者側のメールサーバー", "フィルタリングルール", "フィルタリング設定", "フィルタ設定", "受信設定",
             "指定受信"),
            ("拒否", "ブロック", "受信しない", "誤設定", "受け付けない"),
        ), "https://services.awaisora.com/2025/07/16/070e8510-b5bc-4696-aa32-7af18ed241f3"),
    ),
)
