"""Korean (ko): the Korean SMTP error wording of mail clients that show or quote a server's
refusal: Thunderbird's composeMsgs.properties (thunderbird/thunderbird-l10n), Roundcube's
messages.inc, Evolution's translations of the RFC 5321 reply texts
(GNOME/evolution-data-server po/), SOGo's Korean webmail strings, Zimbra's ZMsg_ko, Mailman 2's
and Sympa's Korean catalogues, Exchange Online's Korean quota NDR, .NET's SmtpClient as SQL
Server's Korean docs quote it; and the Korean explanations Naver's and Daum's bounce notices give
(quoted on Korean blogs that list the portals' return messages: foxydog.tistory.com,
oliveit.tistory.com).
Also: Zimbra's Korean login and address errors, PHPMailer's and Roundcube's Korean login and
connection failures, Microsoft's Korean help titles of Exchange Online NDRs (Alchemy Insights),
Outlook.com's Korean send refusals, more of Mailman's and Sympa's Korean notices, and Windows
Sockets' Korean connection-reset text.
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_EVO_PO = "GNOME/evolution-data-server:po/ko.po"
_RC_L10N = "roundcube/roundcubemail:program/localization/ko_KR/messages.inc"
_TB_L10N = (
    "thunderbird/thunderbird-l10n:ko/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)
_ZIMBRA = "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ko.properties"
_MAILMAN = "jaredmauch/mailman2-python3:messages/ko/LC_MESSAGES/mailman.po"
_SYMPA = "sympa-community/sympa:po/sympa/ko.po"
_MS_QUOTA = (
    "https://docs.microsoft.com/ko-kr/Exchange/mail-flow-best-practices/"
    "non-delivery-reports-in-exchange-online/fix-error-for-submission-quota-exceeded-in-exchange-online"
)
_FOXYDOG_SIZE = "https://foxydog.tistory.com/69"
_FOXYDOG_FULL = "https://foxydog.tistory.com/180"
_DAUM_CODES = "https://oliveit.tistory.com/39"
_NAVER_KIN = "https://kin.naver.com/qna/detail.naver?d1id=1&dirId=1060108&docId=228964450"
_SOGO = "Alinto/sogo:UI/MailerUI/Korean.lproj/Localizable.strings"
_SSRS = ("zelanko/sql-docs.ko-kr:docs/reporting-services/install-windows/"
         "configure-e-mail-for-a-reporting-services-service-application.md")

_JINBO = "http://blog.jinbo.net/007/archive/20051107"
_ADMINPLAY = "http://adminplay.com/index.php?document_srl=2077&mid=Mail&order_type=desc"
_KBIT = "http://kbit.tistory.com/tag/reply%20error%20message"
_CAFE24_SPF = "https://help.cafe24.com/faq/business-tools/webmail/mail-send-receive/email_spam_spf_check"
_KREONET = "https://wiki.kreonet.net/plugins/viewsource/viewpagesrc.action?pageId=198181008"
_GLIBC_KO = "bminor/glibc:po/ko.po"
_AI_KO = "isabella232/OfficeDocs-AlchemyInsights-pr.ko-KR:AlchemyInsights/"
_PHPMAILER_KO = "PHPMailer/PHPMailer:language/phpmailer.lang-ko.php"
_OLC_KO = "https://learn.microsoft.com/ko-kr/answers/questions/4466529/outlook-com"
_WSA_10061_KO = "https://github.com/SJang1/korea-covid-19-remaining-vaccine-macro/issues/370"
_WSA_10060_KO = "https://github.com/rickiepark/handson-ml/issues/4"

LANGUAGE = Language(
    code="ko",
    name="Korean",
    phrases=(
        # Mailman 3's hold and refusal reasons (rule descriptions) in this language's catalogue.
        Phrases("ko.content-rejected-mailman3-core", C.CONTENT_REJECTED, (
            "내용 유형이 명시적으로",
        ), "osstech-jp/mailman:src/mailman/messages/ko/LC_MESSAGES/mailman.po"),
        # Mailman 3's hold and refusal reasons (rule descriptions) in this language's catalogue.
        Phrases("ko.policy-violation-mailman3-core", C.POLICY_VIOLATION, (
            "헤더 규칙과 일치", "검토된 뉴스 그룹",
        ), "osstech-jp/mailman:src/mailman/messages/ko/LC_MESSAGES/mailman.po"),
        # Mutt's authentication errors (po/): anonymous, CRAM-MD5, GSSAPI, SASL or APOP
        # authentication failed, LOGIN disabled on the server, login failed.
        Phrases("ko.auth-failed-mutt-po", C.AUTH_FAILED, (
            "이 서버는 login이 허용되지 않음",
        ), "muttmua/mutt:po/ko.po"),
        # Mutt's TLS errors (po/): TLS could not be negotiated, no encrypted connection, SSL
        # failed, the server certificate expired, untrusted or not matching the host name, its
        # verification failed.
        Phrases("ko.tls-required-mutt-po", C.TLS_REQUIRED, (
            "서버 인증서가 만기됨",
        ), "muttmua/mutt:po/ko.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("ko.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "서버를 찾을 수 없습니다",
        ), ("thunderbird/thunderbird-l10n:ko/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("ko.auth-failed-weak-kimap", C.AUTH_FAILED, (
            "로그인 실패",
        ), "KDE/kimap:po/ko/libkimap6.po", decisive=False),
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("ko.auth-failed-kimap", C.AUTH_FAILED, (
            "서버에서 로그인을 지원하지 않습니다",
        ), "KDE/kimap:po/ko/libkimap6.po"),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("ko.tls-required-kimap", C.TLS_REQUIRED, (
            "tls 협상이 실패했습니다", "ssl 악수가 실패했습니다",
        ), "KDE/kimap:po/ko/libkimap6.po"),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("ko.network-error-kdepim-terminated", C.NETWORK_ERROR, (
            "연결을 종료했습니다", "연결을 즉시 종료했습니다", "연결이 종료되었습니다",
        ), "KDE/kdepim-runtime:po/ko/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("ko.network-error-kdepim", C.NETWORK_ERROR, (
            "시간 초과됨",
        ), "KDE/kdepim-runtime:po/ko/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime): an error during authentication, unable
        # to log in to the server.
        Phrases("ko.auth-failed-kdepim", C.AUTH_FAILED, (
            "인증 중 오류 발생", "에 로그인할 수 없습니다",
        ), "KDE/kdepim-runtime:po/ko/akonadi_pop3_resource.po"),
        # KDE's Akonadi POP3 resource (kdepim-runtime): an SSL/TLS error.
        Phrases("ko.tls-required-kdepim", C.TLS_REQUIRED, (
            "ssl/tls 오류",
        ), "KDE/kdepim-runtime:po/ko/akonadi_pop3_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("ko.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "서버를 사용할 수 없습니다",
        ), "KDE/kdepim-runtime:po/ko/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("ko.tls-required-glib-networking", C.TLS_REQUIRED, (
            "tls 인증서가 필요합니다", "tls 핸드셰이킹", "tls 연결을 만들 수 없습니다", "tls 연결이 예상치 못하게 닫혔습니다",
            "인증서를 보내지 않았습니다", "치명적인 tls 알림", "tls 인증 기관을 받아들일 수 없습니다",
        ), "GNOME/glib-networking:po/ko.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("ko.network-error-glib-networking", C.NETWORK_ERROR, (
            "소켓 입출력 제한 시간이 넘었습니다", "연결이 끊겼습니다",
        ), "GNOME/glib-networking:po/ko.po"),
        # Thunderbird's connection errors (messenger.properties): failed, refused, timed out,
        # reset, interrupted.
        Phrases("ko.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "서버에 연결하지 못했습니다", "연결이 거부되었습니다", "연결 시간이 초과되었습니다", "연결이 초기화되었습니다", "연결이 중단되었습니다",
        ), "thunderbird/thunderbird-l10n:ko/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the connection failed.
        Phrases("ko.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "서버 연결에 실패",
            "서버 연결 시간이 초과",
        ), "thunderbird/thunderbird-l10n:ko/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): a TLS error that cannot be ignored.
        Phrases("ko.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "무시할 수 없는 tls 오류",
        ), "thunderbird/thunderbird-l10n:ko/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): plain-text passwords not allowed, the
        # Kerberos/GSSAPI ticket refused (POP3 alike).
        Phrases("ko.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "평문 암호 사용을 허가하지 않습니다", "kerberos/gssapi 티켓을 허가하지 않았습니다",
        ), "thunderbird/thunderbird-l10n:ko/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed,
        # encrypted passwords not supported.
        Phrases("ko.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "암호 보내기가 실패했습니다", "암호화된 비밀번호 사용을 지원하지", "암호화 된 비밀번호를 지원하지",
        ), "thunderbird/thunderbird-l10n:ko/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("ko.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "tls 연결을 할 수 없습니다",
        ), "thunderbird/thunderbird-l10n:ko/mail/chrome/messenger/localMsgs.properties"),
        # Roundcube's 'Too many recipients' and 'Please wait N sec(s) before sending this message'.
        Phrases("ko.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "이 메시지를 보내기 전에",
        ), "roundcube/roundcubemail:program/localization/ko_KR/messages.inc"),
        # Roundcube's 'Message size exceeds server limit' and 'Maximum size of a message exceeded' (attaching a file).
        Phrases("ko.message-too-large-roundcube-attach", C.MESSAGE_TOO_LARGE, (
            "메시지의 최대 크기",
        ), "roundcube/roundcubemail:program/localization/ko_KR/messages.inc"),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("ko.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "너무 많은 활성 연결",
        ), "Foundry376/Mailspring:app/lang/ko.json"),
        # Mailspring's 'The message has been blocked by Yahoo's outbound spam filter.'
        Phrases("ko.spam-content-mailspring", C.SPAM_CONTENT, (
            "아웃 바운드 스팸 필터",
        ), "Foundry376/Mailspring:app/lang/ko.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("ko.relay-denied-mailspring", C.RELAY_DENIED, (
            "메세지를 릴레이하지 않습니다",
        ), "Foundry376/Mailspring:app/lang/ko.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("ko.rate-limited-mailspring", C.RATE_LIMITED, (
            "대역폭이 초과되었습니다",
            "일일 보내는 한도를 초과했습니다",
        ), "Foundry376/Mailspring:app/lang/ko.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("ko.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "허용하지 않는 불법적인 첨부 파일",
        ), "Foundry376/Mailspring:app/lang/ko.json"),
        # Mailspring's 'Authentication required.'
        Phrases("ko.auth-required-mailspring", C.AUTH_REQUIRED, (
            "인증 필요",
        ), "Foundry376/Mailspring:app/lang/ko.json"),
        # SnappyMail's 'Invalid recipients' notification (the RCPT refusal it shows).
        Phrases("ko.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "유효하지 않은 수신인",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/ko/user.json", decisive=False),
        # SnappyMail's 'Can't connect to server' notification.
        Phrases("ko.network-error-snappymail", C.NETWORK_ERROR, (
            "서버에 연결할 수 없습니다",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/ko/user.json"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("ko.auth-required-kmail", C.AUTH_REQUIRED, (
            "사용자 이름과 암호가 필요합니다",
        ), "KDE/kmailtransport:po/ko/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("ko.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "인증을 지원하지 않음",
        ), "KDE/kmailtransport:po/ko/libmailtransport6.po"),
        Phrases("ko.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "자신의 메일 주소를 확인한 후",
        ), _TB_L10N, decisive=False),
        # Microsoft's Korean help title for 550 5.7.708 'Access denied, traffic not accepted from this IP' (a poorly reputed IP, as the 5.7.7xx code rule reads it).
        Phrases("ko.reputation-microsoft-traffic", C.REPUTATION, (
            "이 ip에서 트래픽이 수락되지",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.ko-KR:AlchemyInsights/"
            "antispam-550-5-7-708-service-unavailable-access-denied-traffic-not-accepted.md")),
        # Microsoft's Korean help title for 5.7.750 'Client blocked from sending from unregistered domain' (the 5.7.7xx code rule reads it as reputation).
        Phrases("ko.reputation-microsoft-unregistered-domain", C.REPUTATION, (
            "등록되지 않은 도메인에서의 전송",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.ko-KR:AlchemyInsights/"
            "5-7-750-service-unavailable-client-blocked-from-sending-from-unregistered-d.md")),
        # Microsoft's Korean help on Exchange Online's receiving limit: senders get an NDR (5.2.121/5.2.122) saying the mailbox exceeded its maximum delivery threshold.
        Phrases("ko.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "동안 제한됩니다",
            "최대 배달 임계치를 초과",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.ko-KR:AlchemyInsights/"
            "mailbox-receiving-limit.md")),
        # Exchange Online's Korean 5.1.8 NDR for a user restricted for sending spam, as the ko-KR microsoft-365-docs on the Restricted users portal quote it: "유효한 보낸 사람으로 인식되지 않았기 때문에", "잘못된 아웃 바운드 보낸 사람" (bad outbound sender).
        Phrases("ko.sender-rejected-exchange-bad-sender", C.SENDER_REJECTED, (
            "유효한 보낸 사람으로 인식되지", "잘못된 아웃 바운드 보낸 사람",
        ), ("KSH-code/microsoft-365-docs-pr.ko-KR:microsoft-365/security/office-365-security/"
            "removing-user-from-restricted-users-portal-after-spam.md")),
        Phrases("ko.too-many-recipients-thunderbird", C.RATE_LIMITED, (
            "받는 사람 수의 한도를 초과하여",
        ), _TB_L10N),
        Phrases("ko.message-too-large-thunderbird", C.MESSAGE_TOO_LARGE, (
            "서버의 일반 크기 제한",
        ), _TB_L10N),
        Phrases("ko.network-error-thunderbird", C.NETWORK_ERROR, (
            "서버 설정이 틀릴 가능성이", "연결이 실패했기 때문에", "연결이 중간에 실패했습니다", "연결 시간이 초과되어",
        ), _TB_L10N),
        Phrases("ko.auth-failed-thunderbird", C.AUTH_FAILED, (
            "smtp 서버 인증에 실패했습니다", "선택한 인증 방식을 지원하지 않습니다",
        ), _TB_L10N),
        Phrases("ko.network-error-roundcube", C.NETWORK_ERROR, (
            "서버와의 연결을 실패했습니다",
        ), _RC_L10N),
        Phrases("ko.auth-failed-roundcube", C.AUTH_FAILED, (
            "인증을 실패했습니다", "로그인 시도 횟수를 초과",
        ), _RC_L10N),
        Phrases("ko.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "설정하는데 실패했습니다",
        ), _RC_L10N, decisive=False),
        Phrases("ko.message-too-large-roundcube", C.MESSAGE_TOO_LARGE, (
            "메시지 크기가 서버 제한을",
        ), _RC_L10N),
        Phrases("ko.mailbox-full-evolution", C.MAILBOX_FULL, (
            "저장 공간이 할당량을 넘었습니다",
        ), _EVO_PO),
        Phrases("ko.auth-required-evolution", C.AUTH_REQUIRED, (
            "인증이 필요합니다",
        ), _EVO_PO),
        Phrases("ko.auth-failed-evolution", C.AUTH_FAILED, (
            "인증이 임시로 실패했습니다", "인증 방식이 너무 취약합니다",
            "인증 방식을 지원하지 않습니다", "인증 응답이 틀렸습니다",
        ), _EVO_PO),
        Phrases("ko.system-full-evolution", C.SYSTEM_FULL, (
            "시스템 저장 공간이 부족합니다",
        ), _EVO_PO),
        Phrases("ko.sender-rejected-mailman", C.SENDER_REJECTED, (
            "리스트로 글을 보내는게 금지되어", "리스트에 비회원이 글을 보내셨습니다", "비회원은 글을 보낼 수 없습니다",
        ), _MAILMAN),
        Phrases("ko.sender-rejected-sympa", C.SENDER_REJECTED, (
            "메시지 배포 허용되지 않습니다",
        ), _SYMPA),
        # RFC 5321's reply texts in Korean, as Evolution translates them (camel-smtp-transport.c).
        Phrases("ko.syntax-error-evolution", C.SYNTAX_ERROR, ("문법 오류",), _EVO_PO),
        Phrases("ko.not-implemented-evolution", C.NOT_IMPLEMENTED, ("구현되지 않았습니다",), _EVO_PO),
        Phrases("ko.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "서비스를 사용할 수 없습니다", "서비스를 이용할 수 없습니다",
        ), f"{_EVO_PO}; {_ZIMBRA}", decisive=False),
        Phrases("ko.has-moved-evolution", C.HAS_MOVED, ("로컬 사용자가 아닙니다",), _EVO_PO),
        Phrases("ko.mailbox-unavailable-evolution", C.USER_UNKNOWN, (
            "메일함을 사용할 수 없습니다", "메일함 이름이 쓸 수 없는 이름입니다", "받는 사람 중에 한 명 이상이 잘못되었습니다",
        ), _EVO_PO, decisive=False),
        Phrases("ko.server-error-evolution", C.SERVER_ERROR, (
            "처리하는데 오류 발생", "전송이 실패했습니다",
        ), _EVO_PO, decisive=False),
        Phrases("ko.tls-required-evolution", C.TLS_REQUIRED, (
            "인증 방식에서는 암호화가 필요합니다", "보안 모드로 연결하는데 실패했습니다",
            "starttls 명령이 실패했습니다", "stls를 지원하지 않습니다",
        ), _EVO_PO),
        Phrases("ko.tls-required-thunderbird", C.TLS_REQUIRED, (
            "starttls를 통한 보안 연결을 할 수 없습니다",
        ), _TB_L10N),
        Phrases("ko.auth-failed-thunderbird-cleartext", C.AUTH_FAILED, (
            "평문 비밀번호 사용을 허가하지 않습니다",
        ), _TB_L10N),
        Phrases("ko.content-rejected-roundcube", C.CONTENT_REJECTED, (
            "유니코드 이메일 주소를 지원하지 않습니다",
        ), _RC_L10N),
        Phrases("ko.too-many-recipients-roundcube", C.RATE_LIMITED, (
            "받는 사람이 너무 많음", "참조자가 너무 많습니다",
        ), f"{_RC_L10N}; {_MAILMAN}"),
        Phrases("ko.too-many-recipients-horde", C.RATE_LIMITED, (
            "이상의 받는 사람에게 메시지를 보낼 수 없습니다",
        ), "horde/imp:locale/ko/LC_MESSAGES/imp.po"),
        # Exchange Online's Korean NDR for the sender's daily recipient limit.
        Phrases("ko.rate-limited-exchange", C.RATE_LIMITED, ("받는 사람 비율 한도", "전송 할당량이 초과되어"), _MS_QUOTA),
        Phrases("ko.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, (
            "최대 허용 크기를 초과했으므로",
        ), _ZIMBRA),
        Phrases("ko.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "본문이 너무 큽니다", "글은 너무 큽니다",
        ), _MAILMAN),
        # The Korean explanation Naver's and Daum's bounce notices give for 552 5.3.4.
        Phrases("ko.message-too-large-portals", C.MESSAGE_TOO_LARGE, (
            "메일의 크기가 커서", "편지의 크기가 너무커서",
        ), _FOXYDOG_SIZE),
        Phrases("ko.mailbox-full", C.MAILBOX_FULL, ("메일함이 가득 찼습니다",), _FOXYDOG_FULL),
        # Naver's help answer on mail that does not arrive: a full mailbox, a sender on the
        # recipient's block list.
        Phrases("ko.mailbox-full-naver", C.MAILBOX_FULL, (
            "메일함 용량이 초과", "메일함 용량 초과", "메일함이 꽉 차", "메일함이 꽉 찼",
        ), _NAVER_KIN),
        Phrases("ko.blocklisted-naver", C.BLOCKLISTED, ("수신차단 목록에 등록된",), _NAVER_KIN,
                decisive=False),
        Phrases("ko.network-error-loop", C.NETWORK_ERROR, (
            "홉(hop)이 너무 많습니다", "루프(loop)가 다음 메시지에서 검출되었습니다",
        ), f"{_ZIMBRA}; {_SYMPA}"),
        # Daum's Korean explanation of its 421 4.4.1 CHIC refusal.
        Phrases("ko.network-error-daum", C.NETWORK_ERROR, ("메일 수신 서버가 응답을 못하는",),
                _DAUM_CODES),
        Phrases("ko.user-unknown-zimbra", C.USER_UNKNOWN, ("없는 계정입니다",), _ZIMBRA),
        Phrases("ko.virus-sympa", C.VIRUS, ("바이러스가 발견되었습니다",), _SYMPA),
        # .NET's SmtpClient in Korean, as SQL Server Reporting Services' Korean docs quote it.
        Phrases("ko.auth-required-dotnet", C.AUTH_REQUIRED, ("클라이언트가 인증되지 않았습니다",), _SSRS),
        # SOGo's Korean webmail errors when the SMTP server refuses (UI/MailerUI/Korean.lproj).
        Phrases("ko.network-error-sogo", C.NETWORK_ERROR, ("smtp 서버에 연결할 때 오류가",), _SOGO),
        Phrases("ko.message-too-large-sogo", C.MESSAGE_TOO_LARGE, ("메시지가 너무 큽니다",), _SOGO),
        Phrases("ko.user-unknown-sogo", C.USER_UNKNOWN, (
            "모든 수신자가 유효하지 않습니다", "다음 주소는 유효하지 않습니다",
        ), _SOGO, decisive=False),
        # Exchange Online's 5.1.90 NDR (the sender's daily recipient limit), as Microsoft's
        # localized help titles it.
        Phrases("ko.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "수신자의 일일 한도에 도달",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.ko-KR:AlchemyInsights/5-1-90-your-mess"
            "age-cant-be-sent-daily-limit.md"
        )),
        # A Korean admin's translations (「번역」) of the common return messages: 550 (Mailbox) Quota
        # Violation, Gmail's 452 4.2.2 "inbox is out of storage space", and the size-limit replies
        # (552 Message length exceeds administrative limit, #5.3.4 message size exceeds limit,
        # "Exceeds the limit size of email", "message size exceeds fixed maximum size").
        Phrases("ko.mailbox-full-gloss", C.MAILBOX_FULL, ("할당량을 위반", "받은 편지함 저장 공간이 부족"),
                _FOXYDOG_FULL),
        Phrases("ko.message-too-large-gloss", C.MESSAGE_TOO_LARGE, (
            "메시지 크기가 제한을 초과", "메시지의 길이가 관리 제한을 초과", "제한 크기를 초과", "최대 크기를 초과",
        ), _FOXYDOG_SIZE),
        # Korean glosses of common return messages ("메일 발송시 리턴메일 메시지 해석하는 법", copied across
        # Korean admins' pages): 441 4.4.1 No answer from host, 451 4.4.2 Bad connection (io timeout),
        # 451 4.4.0 DNS resolving error, 421 Server too busy, 451 4.3.0 Temporary system failure.
        Phrases("ko.network-error-gloss", C.NETWORK_ERROR, ("서버의 응답이 없어서", "응답시간이 초과"),
                f"{_JINBO}; {_ADMINPLAY}"),
        Phrases("ko.host-unknown-gloss", C.HOST_UNKNOWN, ("도메인을 못찾아",), f"{_JINBO}; {_ADMINPLAY}"),
        Phrases("ko.service-unavailable-gloss", C.SERVICE_UNAVAILABLE, ("서버의 응답지연",),
                f"{_JINBO}; {_KBIT}"),
        Phrases("ko.server-error-gloss", C.SERVER_ERROR, ("서버의 일시적인 장애",), f"{_JINBO}; {_ADMINPLAY}",
                decisive=False),
        # Claws Mail's Korean errors (po/ko.po): the TLS session could not start, an error during SMTP
        # authentication, a connection timed out.
        Phrases("ko.tls-required-claws", C.TLS_REQUIRED, ("tls 연결 시작 중 에러", "tls 세션을 시작할 수 없습니다"),
                "eworm-de/claws-mail:po/ko.po"),
        Phrases("ko.auth-failed-claws", C.AUTH_FAILED, ("인증 도중 에러 발생", "인증이 실패했습니다", "로그인이 금지되었습니다"),
                "eworm-de/claws-mail:po/ko.po"),
        Phrases("ko.network-error-claws", C.NETWORK_ERROR, ("연결이 시간이 초과되었습니다",),
                "eworm-de/claws-mail:po/ko.po"),
        # Mutt's Korean client errors (po/ko.po, EUC-KR): "%s 인증에 실패함.", "TLS 연결 할수 없음",
        # "%s (%s)로 연결할 수 없음.".
        Phrases("ko.auth-failed-mutt", C.AUTH_FAILED, ("인증에 실패함",), "muttmua/mutt:po/ko.po"),
        Phrases("ko.tls-required-mutt", C.TLS_REQUIRED, ("tls 연결 할수 없음",), "muttmua/mutt:po/ko.po"),
        Phrases("ko.network-error-mutt", C.NETWORK_ERROR, ("연결할 수 없음",), "muttmua/mutt:po/ko.po"),
        # Sylpheed's Korean connection errors (po/ko.po): "%s:%d SMPT 서버에 연결할 수가 없습니다",
        # "서버에 연결할 수가 없습니다".
        Phrases("ko.network-error-sylpheed", C.NETWORK_ERROR, ("서버에 연결할 수가 없습니다",),
                "sylpheed-mail/sylpheed:po/ko.po"),
        # Korean hosts' explanations of refused or spam-foldered mail: an SPF record that does not match
        # the sending server (Cafe24's help: "SPF 레코드가 불일치할 때 스팸으로 분류"), a wrong reverse domain
        # for the sending IP (KREONET's list-service wiki: "reverse domain 이 잘못 설정된 경우, 상대편에서
        # 스팸으로 의심하고 block"); "classified as / suspected of spam" alone is weak.
        Phrases("ko.sender-unauthenticated", C.SENDER_UNAUTHENTICATED, ("spf 레코드가 불일치", "spf 값이 불일치"),
                _CAFE24_SPF),
        Phrases("ko.reverse-dns", C.REVERSE_DNS, ("reverse domain 이 잘못 설정",), _KREONET),
        Phrases("ko.words-spam", C.SPAM_CONTENT, ("스팸으로 분류", "스팸으로 의심"), f"{_CAFE24_SPF}; {_KREONET}",
                decisive=False),
        # glibc's Korean strerror texts (po/ko.po), as an MTA or client on a Korean locale writes
        # them after a failed connection: ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, ENETUNREACH,
        # EADDRNOTAVAIL, ECONNRESET, EAI_AGAIN, ENETDOWN, EHOSTDOWN.
        Phrases("ko.network-error-strerror", C.NETWORK_ERROR, (
            "연결이 거부됨", "연결 시간 초과", "호스트로 갈 루트가 없음", "네트워크가 접근 불가능합니다",
            "요청한 주소를 배정할 수 없습니다", "상대편이 연결을 끊음", "name resolution에서 일시적인 실패",
            "네트워크가 죽었습니다", "호스트가 죽었습니다",
        ), _GLIBC_KO),
        # Windows Sockets' Korean texts of WSAECONNREFUSED (10061) and WSAETIMEDOUT (10060), as
        # users paste them.
        Phrases("ko.network-error-winsock", C.NETWORK_ERROR, (
            "연결을 거부했으므로", "응답이 없어 연결하지 못했거나",
        ), f"{_WSA_10061_KO}; {_WSA_10060_KO}"),
        # Zimbra's Korean login error (ZMsg_ko account.AUTH_FAILED) and its refusal of invalid
        # addresses (mail.SEND_ABORTED_ADDRESS_FAILURE, weak: it does not say which address).
        Phrases("ko.auth-failed-zimbra", C.AUTH_FAILED, ("사용자 이름이나 비밀번호가 틀립니다",), _ZIMBRA),
        Phrases("ko.user-unknown-zimbra-address", C.USER_UNKNOWN, ("주소가 올바르지 않으므로",), _ZIMBRA,
                decisive=False),
        # Exchange Online's and Outlook.com's errors as Microsoft's Korean help (Alchemy Insights)
        # titles them: the account blocked for sending spam (5.1.8, the sender blocked); the mailbox
        # quota exceeded; 554 5.2.2 the mailbox full.
        Phrases("ko.sender-rejected-exchange-spam", C.SENDER_REJECTED, ("스팸을 보내 차단된 계정",),
                f"{_AI_KO}sender-blocked-for-sending-too-much-spam.md"),
        Phrases("ko.mailbox-full-exchange", C.MAILBOX_FULL, ("사서함 할당량 초과", "사서함이 가득 차"),
                f"{_AI_KO}mailbox-quota-exceeded.md; {_AI_KO}mailbox-full-error.md"),
        # PHPMailer's Korean SMTP errors (language/phpmailer.lang-ko.php): authenticate, connect_host,
        # smtp_connect_failed, from_failed (weak, as Roundcube's); Roundcube's ko_KR loginfailed.
        Phrases("ko.auth-failed-phpmailer", C.AUTH_FAILED, ("smtp 오류: 인증할 수 없습니다", "로그인이 실패했습니다"),
                f"{_PHPMAILER_KO}; {_RC_L10N}"),
        Phrases("ko.network-error-phpmailer", C.NETWORK_ERROR, (
            "smtp 호스트에 접속할 수 없습니다", "smtp 연결을 실패하였습니다",
        ), _PHPMAILER_KO),
        Phrases("ko.sender-rejected-phpmailer", C.SENDER_REJECTED, ("from 주소에서 오류가 발생했습니다",), _PHPMAILER_KO,
                decisive=False),
        # More Exchange Online NDRs as Microsoft's Korean help titles them: 451 4.7.0 a temporary server
        # error (PRX4), 5.4.6 / 5.4.14 the hop count exceeded (a routing loop), and the 550 5.4.1
        # relay access denied.
        Phrases("ko.server-error-exchange", C.SERVER_ERROR, ("임시 서버 오류",),
                f"{_AI_KO}451-470-temporary-server-error.md", decisive=False),
        Phrases("ko.network-error-exchange-hops", C.NETWORK_ERROR, ("홉 수와 관련된 오류",),
                f"{_AI_KO}error-546-5414-hop-count.md"),
        Phrases("ko.relay-denied-exchange", C.RELAY_DENIED, ("릴레이 액세스 거부",),
                f"{_AI_KO}antispam-5-4-1-dbeb-catch-all.md"),
        # More of Mailman 2's Korean notices (messages/ko mailman.po): a sender who may not post, posts
        # held for the moderator (a moderated list, administrivia, a suspicious header, implicit
        # destinations).
        Phrases("ko.sender-rejected-mailman-more", C.SENDER_REJECTED, ("메일링 리스트에 글쓰는게, 허락되지 않습니다",),
                _MAILMAN),
        Phrases("ko.policy-mailman-held", C.POLICY_VIOLATION, (
            "moderator 리스트에 글을 보내셨습니다", "관리 요청을 포함하고 있습니다", "의심스러운 헤더를 가지고",
            "이상한 헤더를 가지고", "알수없는 목적지를 가지고 있습니다", "implicit 목적지는 허락되지 않습니다",
        ), _MAILMAN),
        # More of Sympa's Korean notices (po/sympa/ko.po): distribution refused ("Message distribution:
        # Authorization denied", "…restricted to list moderators / subscribers"), a message forwarded to
        # the moderator, and a list that takes no multipart messages.
        Phrases("ko.sender-rejected-sympa-more", C.SENDER_REJECTED, ("메시지 배포 : 부정된 허가", "리스트으로 만들기 위해 제한됩니다"), _SYMPA),
        Phrases("ko.policy-sympa", C.POLICY_VIOLATION, ("메시지는 편집자에 전달되었습니다",),
                _SYMPA),
        Phrases("ko.content-rejected-sympa", C.CONTENT_REJECTED, ("여러 부분 메시지 이 리스트에서 허용되지 않습니다",), _SYMPA),
        # Outlook.com's Korean refusals of a send, as Microsoft's Korean Q&A lists them: the recipients per
        # message limited against spam, the daily message limit reached, the spam filter triggered by the
        # message.
        Phrases("ko.rate-limited-outlookcom", C.RATE_LIMITED, (
            "한 번에 메시지를 보낼 수 있는 대상의 수를 제한", "하루에 보낼 수 있는 메시지 수 한도에 도달",
        ), _OLC_KO),
        Phrases("ko.spam-content-outlookcom", C.SPAM_CONTENT, ("스팸 메일 차단 필터가 작동되었습니다",), _OLC_KO),
        # Windows Sockets' Korean text of WSAECONNRESET (10054), as a user pasted it.
        Phrases("ko.network-error-winsock-reset", C.NETWORK_ERROR, ("원격 호스트에 의해 강제로 끊겼습니다",), "https://github.com/idealo/image-super-resolution/issues/38"),
        # Exchange's Korean NDR reference (Exchange 2013 docs), 4.4.1/4.4.2: the destination server does not respond, or the connection between the servers dropped.
        Phrases("ko.network-error-exchange2013", C.NETWORK_ERROR, (
            "서버 사이의 연결이 끊어졌습니다",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ko-kr:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Korean NDR reference (Exchange 2013 docs), 5.2.1: the mailbox can't be accessed (offline, disabled or quarantined).
        Phrases("ko.mailbox-disabled-weak-exchange2013", C.MAILBOX_DISABLED, (
            "사서함에 액세스할 수 없습니다",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ko-kr:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        ), decisive=False),
        # Exchange's Korean NDR reference (Exchange 2013 docs), 5.2.2: the recipient's mailbox is over its storage quota.
        Phrases("ko.mailbox-full-exchange2013", C.MAILBOX_FULL, (
            "사서함 저장소 할당량을 초과",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ko-kr:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Korean NDR reference (Exchange 2013 docs), 5.3.4: the message exceeds the configured size limit.
        Phrases("ko.message-too-large-exchange2013", C.MESSAGE_TOO_LARGE, (
            "구성 된 크기 제한을 초과",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ko-kr:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Korean NDR reference (Exchange 2013 docs), 4.4.7: the message expired in the queue.
        Phrases("ko.expired-exchange2013", C.EXPIRED, (
            "큐에서 메시지가 만료",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ko-kr:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Korean NDR reference (Exchange 2013 docs), 5.3.5 and 5.4.6: a mail loop was detected (메일 루프, X.4.6 routing loop).
        Phrases("ko.network-error-loop-exchange2013", C.NETWORK_ERROR, (
            "메일 루프",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ko-kr:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Korean NDR reference (Exchange 2013 docs), 5.2.3: the message is too large (메시지가 너무 커서) for the recipient's local limit.
        Phrases("ko.message-too-large-local-exchange2013", C.MESSAGE_TOO_LARGE, (
            "메시지가 너무 커서",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ko-kr:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Korean NDR reference (Exchange 2013 docs), 5.4.4: there is no route for the message's delivery (메시지 배달에 대 한 경로가 없는).
        Phrases("ko.network-error-no-route-exchange2013", C.NETWORK_ERROR, (
            "배달에 대 한 경로가 없는",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ko-kr:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Korean NDR reference (Exchange 2013 docs), 4.3.1: an out-of-memory error (메모리 부족 오류), as with a full disk; weak, as memory errors have other causes.
        Phrases("ko.system-full-weak-exchange2013", C.SYSTEM_FULL, (
            "메모리 부족 오류",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ko-kr:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        ), decisive=False),
        # Exchange's Korean NDR reference (Exchange 2013 docs), 4.4.1: the destination server does not respond (대상 서버 응답 하지); weak, the wording is loose machine translation.
        Phrases("ko.network-error-weak-exchange2013", C.NETWORK_ERROR, (
            "대상 서버 응답 하지",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ko-kr:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        ), decisive=False),
        # Microsoft 365's Korean help on SMTP AUTH errors: "Authentication unsuccessful" (인증 실패); weak, as SPF/DKIM checks also fail.
        Phrases("ko.auth-failed-weak-microsoft", C.AUTH_FAILED, ("인증 실패",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.ko-KR:AlchemyInsights/solving-smtp-authentication-issues.md", decisive=False),
        # The same help's "Client not authenticated" (5.7.57).
        Phrases("ko.auth-required-microsoft", C.AUTH_REQUIRED, ("클라이언트가 인증되지 않음",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.ko-KR:AlchemyInsights/solving-smtp-authentication-issues.md"),
        # Microsoft 365's Korean help: the sending IP on a block list (차단 목록에 있습니다, PBL(정책 차단 목록)), and 550 5.7.511 "Access denied, banned sender".
        Phrases("ko.blocklisted-microsoft", C.BLOCKLISTED, ("차단 목록", "금지된 보낸 사람"),
                "isabella232/OfficeDocs-AlchemyInsights-pr.ko-KR:AlchemyInsights/error-sending-email-blocked-by-spamhaus.md; isabella232/OfficeDocs-AlchemyInsights-pr.ko-KR:AlchemyInsights/ip-blocked-for-sending-too-much-spam-550-5-7-51.md"),
        # Microsoft 365's Korean "Server busy, please try again later".
        Phrases("ko.service-unavailable-microsoft", C.SERVICE_UNAVAILABLE, ("서버 사용 중",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.ko-KR:AlchemyInsights/antispam-4-7-500-server-busy-please-try-again-later-from-xxx-xxx-xxx-xxx.md"),
        # Plain Korean "does not exist" (존재하지 않는, 존재하지 않습니다), as Korean bounce guides head the unknown-recipient case ("받는사람이 존재하지 않는 경우"): weak, as other things may not exist.
        Phrases("ko.words-user-unknown-weak", C.USER_UNKNOWN, ("존재하지 않",),
                "https://puffinknight.tistory.com/102; https://foxydog.tistory.com/180", decisive=False),
        # A disabled (suspended) account: a Korean bounce guide's heading for "Account disabled" / "Suspended user", and Google's Korean help title for mail from a disabled account.
        Phrases("ko.words-mailbox-disabled", C.MAILBOX_DISABLED, ("사용중지된", "사용 중지된 계정"),
                "https://puffinknight.tistory.com/102; https://knowledge.workspace.google.com/kb/external-user-not-able-to-send-emails-to-a-group-000004604?hl=ko"),
        # The recipient's mail storage exceeded or full, as Korean bounce guides word it ("받는사람의 메일용량이 초과된 경우", "메일함 용량이 가득 차서").
        Phrases("ko.words-mailbox-full", C.MAILBOX_FULL, ("메일용량이 초과", "메일함 용량이 가득"),
                "https://puffinknight.tistory.com/102; https://foxydog.tistory.com/180"),
        # The sending IP blocked by the big portals after bulk sending ("대형포털로부터 IP가 차단된 경우").
        Phrases("ko.words-blocklisted", C.BLOCKLISTED, ("ip가 차단",),
                "https://puffinknight.tistory.com/102"),
        # The Korean loanword for a blacklist (블랙리스트, 블랙리스트에 등록), as Korean guides to undelivered mail name the cause.
        Phrases("ko.words-blocklisted-loanword", C.BLOCKLISTED, ("블랙리스트",),
                "https://d31.nicesongtoyou.com/?p=4530"),
        # Microsoft 365's Korean help title "Daily email limit exceeded" (the sender over its daily sending limit).
        Phrases("ko.rate-limited-daily-email", C.RATE_LIMITED, ("전자 메일 제한 초과",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.ko-KR:AlchemyInsights/daily-email-limit-exceeded.md"),
        # A Korean gloss of qmail's "this message has been in the queue too long": the resend attempts ran out (재발송 시도수가 초과되어).
        Phrases("ko.words-expired", C.EXPIRED, ("재발송 시도수가 초과",),
                "http://adminplay.com/Mail/1844"),
        # Infected mail in Korean: a virus infection (바이러스에 감염), an infected attachment or email (감염된 첨부 파일, 감염된 이메일), as ESET's Korean mail-protection help and a Korean warning about fake bounces word it.
        Phrases("ko.words-virus", C.VIRUS, ("바이러스에 감염", "감염된 첨부 파일", "감염된 이메일"),
                "https://winter.cash-adsense.com/19; https://help.eset.com/eis/latest/ko-KR/idh_config_mail.html"),
        # Exchange's Korean NDR reference (Exchange 2013 docs), 5.7.1 "Unable to relay": the receiving system is not the message's final destination (최종 대상 시스템).
        Phrases("ko.relay-denied-exchange2013", C.RELAY_DENIED, ("최종 대상 시스템",),
                "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ko-kr:Exchange-Server-2013/dsns-and-ndrs-in-exchange-2013-exchange-2013-help.md"),
        # Exchange's Korean NDR reference, 5.5.3 "Too many recipients": more recipients than a single message may have.
        Phrases("ko.rate-limited-exchange2013", C.RATE_LIMITED, ("단일 메시지에 허용 된 총을 초과",),
                "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ko-kr:Exchange-Server-2013/dsns-and-ndrs-in-exchange-2013-exchange-2013-help.md"),
        # Exchange's Korean NDR reference, 5.7.1 "Delivery not authorized": the sender is not allowed to send to this recipient.
        Phrases("ko.policy-violation-exchange2013", C.POLICY_VIOLATION, ("메시지를 보내도록 허용 되지 않습니다",),
                "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ko-kr:Exchange-Server-2013/dsns-and-ndrs-in-exchange-2013-exchange-2013-help.md"),
        # K-9 / Thunderbird for Android says "<account> 계정 인증 오류"
        Phrases("ko.auth-failed-k9", C.AUTH_FAILED, ("계정 인증 오류",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-ko/strings.xml")),
        # K-9 / Thunderbird for Android status says "연결 오류"
        Phrases("ko.network-error-weak-k9", C.NETWORK_ERROR, ("연결 오류",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-ko/strings.xml"),
                decisive=False),
        # K-9 account setup says "네트워크 오류가 발생했습니다"
        Phrases("ko.network-error-weak-k9-setup", C.NETWORK_ERROR, ("네트워크 오류",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/setup/src/main/res/values-ko/strings.xml"),
                decisive=False),
        # K-9 server check says "인증 오류"
        Phrases("ko.auth-failed-weak-k9", C.AUTH_FAILED, ("인증 오류",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/server/validation/src/main/res/values-ko/strings.xml"),
                decisive=False),
        # Delta Chat cannot log in and asks to check the address and the password
        Phrases("ko.auth-failed-deltachat", C.AUTH_FAILED, ("비밀번호가 맞는지 확인",),
                "deltachat/deltachat-android:src/main/res/values-ko/strings.xml"),
        # Delta Chat reports no internet connection (and so a failed login)
        Phrases("ko.network-error-deltachat", C.NETWORK_ERROR, ("인터넷 연결 없음",),
                "deltachat/deltachat-android:src/main/res/values-ko/strings.xml"),
        # GNOME Online Accounts' mail setup errors, server does not support STARTTLS, TLS not available
        Phrases("ko.tls-required-goa", C.TLS_REQUIRED, ("starttls를 지원하지 않습니다", "tls를 사용할 수 없습니다"),
                "GNOME/gnome-online-accounts:po/ko.po"),
        # GNOME Online Accounts' mail setup errors, unknown authentication mechanism, failed
        Phrases("ko.auth-failed-goa", C.AUTH_FAILED, ("알 수 없는 인증 매커니즘", "인증에 실패"),
                "GNOME/gnome-online-accounts:po/ko.po"),
        # K-9's account check (before Nov 2023), the username or password is incorrect
        Phrases("ko.auth-failed-k9-check", C.AUTH_FAILED, ("비밀번호가 올바르지 않습니다",),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-ko/strings.xml"),
        # K-9's account check (before Nov 2023), it cannot connect to the server
        Phrases("ko.network-error-k9-check", C.NETWORK_ERROR, ("서버에 접속할 수 없습니다",),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-ko/strings.xml"),
        # K-9's account check (before Nov 2023), the server presented an invalid SSL certificate
        Phrases("ko.tls-required-k9-check", C.TLS_REQUIRED, ("올바르지 않은 ssl 인증서",),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-ko/strings.xml"),
        # GNOME Online Accounts' TLS errors, the signing certificate authority is unknown, expired
        Phrases("ko.tls-required-goa-certificate", C.TLS_REQUIRED, (
            "알 수 없는 서명 인증 기관", "인증서의 기한이 끝났습니다",
        ),
                "GNOME/gnome-online-accounts:po/ko.po"),
        # GNOME Online Accounts' TLS error "Invalid certificate" (weak)
        Phrases("ko.tls-required-weak-goa", C.TLS_REQUIRED, ("인증서가 잘못되었습니다",),
                "GNOME/gnome-online-accounts:po/ko.po", decisive=False),
        # GNOME Online Accounts, the server refused the password for the username
        Phrases("ko.auth-failed-goa-password", C.AUTH_FAILED, ("사용자 이름의 암호가 잘못되었습니다",),
                "GNOME/gnome-online-accounts:po/ko.po"),
        # Evolution's SMTP errors, the AUTH command failed, no support for the mechanism
        Phrases("ko.auth-failed-evolution-smtp", C.AUTH_FAILED, (
            "auth 명령이 실패했습니다", "인증을 지원하지 않습니다",
        ),
                "GNOME/evolution-data-server:po/ko.po"),
        # Evolution's SMTP error when MAIL FROM fails (weak, the server's reason follows)
        Phrases("ko.sender-rejected-weak-evolution-smtp", C.SENDER_REJECTED, (
            "보내는 사람 주소가 올바르지 않습니다",
        ),
                "GNOME/evolution-data-server:po/ko.po", decisive=False),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("ko.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "리스트 관리자에 의해 거부되었습니다",
        ), "jaredmauch/mailman2-python3:templates/ko/refuse.txt"),
        # Mailman 2's translated reasons not yet read: a post the moderator deemed inappropriate, the
        # Bcc refusal (implicit destinations not allowed), a suspicious header.
        # Also: a restricted list's approval.
        Phrases("ko.policy-violation-mailman-inappropriate", C.POLICY_VIOLATION, (
            "리스트와 맞지 않다고",
            "관리자의 승인이 있어야 합니다",
        ), "jaredmauch/mailman2-python3:messages/ko/LC_MESSAGES/mailman.po"),
        # Mailman 3's hold and rejection reasons about the poster: not a member, banned, no valid sender.
        Phrases("ko.sender-rejected-mailman3", C.SENDER_REJECTED, (
            "목록 회원이 아님",
            "목록에서 금지되어 있음",
            "유효한 발신자가 없음",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/ko/LC_MESSAGES/mailman.p"
            "o"
        )),
        # Mailman 3's moderation hold reasons: moderated member, implicit destination, emergency
        # moderation; and its notice that a post awaits the moderator's approval.
        Phrases("ko.policy-violation-mailman3-held", C.POLICY_VIOLATION, (
            "중재 된 회원으로부터",
            "암시 적 대상이 있음",
            "중재자 승인을 기다립니다",
            "비상 중재가 적용됨",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/ko/LC_MESSAGES/mailman.p"
            "o"
        )),
        # Mailman 3's hold reason: the post exceeds the list's maximum message size.
        Phrases("ko.message-too-large-mailman3", C.MESSAGE_TOO_LARGE, (
            "kb 최대 크기보다 큼",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/ko/LC_MESSAGES/mailman.p"
            "o"
        )),
        # Mailman 3's content filter and no_subject rule: a disallowed file extension or content type,
        # no subject.
        Phrases("ko.content-rejected-mailman3", C.CONTENT_REJECTED, (
            "명시 적으로 허용되지 않음",
            "메시지 제목이 없음",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/ko/LC_MESSAGES/mailman.p"
            "o"
        )),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("ko.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "승인을 얻기 위해 대기중입니다",
        ), "jaredmauch/mailman2-python3:templates/ko/postheld.txt"),
        # Sympa's translated subject of its notice for a list that does not exist ("List unknown").
        Phrases("ko.user-unknown-sympa", C.USER_UNKNOWN, (
            "미지수 리스트",
        ), "sympa-community/sympa:po/sympa/ko.po"),
        # Sympa's translated send-scenario refusals: distribution restricted to subscribers or to local
        # domain users.
        Phrases("ko.sender-rejected-sympa-restricted", C.SENDER_REJECTED, (
            "로컬 도메인 사용자에 제한됩니다",
            "만들기 위해 제한되고",
        ), "sympa-community/sympa:po/sympa/ko.po"),
        # Mailman 3's list:user:notice:hold and refuse templates: the post is held for the moderator, or
        # the moderator rejected it.
        Phrases("ko.policy-violation-mailman3-notice", C.POLICY_VIOLATION, (
            "목록 중재자가 승인을 위해 검토",
        ), "osstech-jp/mailman:src/mailman/templates/ko/list:user:notice:hold.txt"),
        # Mailman 3's list:user:notice:rejected template: the post was rejected, its reasons listed after
        # (weak: a listed reason's own wording decides).
        Phrases("ko.policy-violation-mailman3-reasons", C.POLICY_VIOLATION, (
            "다음과 같은 이유로 거절되었습니다",
        ), "osstech-jp/mailman:src/mailman/templates/ko/list:user:notice:rejected.txt", decisive=False),
        # Sylpheed's translated SMTP session errors ("SMTP AUTH not available / Authentication failed").
        Phrases("ko.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp 인증을 사용할 수 없습니다",
        ), "sylpheed-mail/sylpheed:po/ko.po"),
        # Sylpheed's translated "SSL certificate verify failed" (the server's certificate did not verify).
        Phrases("ko.tls-required-sylpheed-ssl", C.TLS_REQUIRED, (
            "ssl 연결이 실패했습니다", "sslv23을 사용할 수 없습니다", "tlsv1을 사용할 수 없습니다",
        ), "sylpheed-mail/sylpheed:po/ko.po"),
        # Joomla's Korean PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("ko.sender-rejected-joomla", C.SENDER_REJECTED, (
            "다음 보낸 주소가 실패했습니다",
        ), "bringer/lavuelta:language/ko-KR/ko-KR.ini"),
        # Joomla's Korean PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("ko.user-unknown-joomla", C.USER_UNKNOWN, (
            "다음 수신자가 실패했습니다",
        ), "bringer/lavuelta:language/ko-KR/ko-KR.ini", decisive=False),
        # Joomla's Korean PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("ko.network-error-joomla", C.NETWORK_ERROR, (
            "smtp 호스트에 연결할 수 없습니다",
        ), "bringer/lavuelta:language/ko-KR/ko-KR.ini"),
        # Joomla 3's Korean PHPMailer strings (PHPMAILER_*)
        Phrases("ko.auth-failed-joomla3", C.AUTH_FAILED, (
            "식별할 수 없습니다",
        ), "cuongnd/banhangonline88_joomla:language/ko-KR/ko-KR.ini"),
        # Joomla 3's Korean PHPMailer strings (PHPMAILER_*)
        Phrases("ko.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "주소로부터 다음이 실패했습니다",
        ), "cuongnd/banhangonline88_joomla:language/ko-KR/ko-KR.ini"),
        # Joomla 3's Korean PHPMailer strings (PHPMAILER_*)
        Phrases("ko.user-unknown-joomla3", C.USER_UNKNOWN, (
            "다음의 수신이 실패했습니다",
        ), "cuongnd/banhangonline88_joomla:language/ko-KR/ko-KR.ini", decisive=False),
        # Joomla 3's Korean PHPMailer strings (PHPMAILER_*)
        Phrases("ko.network-error-joomla3", C.NETWORK_ERROR, (
            "host에 접속할 수 없습니다", "smtp에 접속할 수 없습니다",
        ), "cuongnd/banhangonline88_joomla:language/ko-KR/ko-KR.ini"),
        # Joomla 3's Korean PHPMailer strings (PHPMAILER_*)
        Phrases("ko.tls-required-joomla3", C.TLS_REQUIRED, (
            "tls를 시작할 수 없습니다",
        ), "cuongnd/banhangonline88_joomla:language/ko-KR/ko-KR.ini"),
        # A Korean table of return messages (Hanafos' postmaster notes): the receiving SMTP server
        # down ("서버의 장애로 인해 메일을 수신받지 못하는"), relaying not available ("릴레이 기능이
        # 안돼어"), and a sender filtered as a spammer ("스패머로 인식되고", 421 4.3.2 Your IP is
        # filtered: an IP block).
        Phrases("ko.service-unavailable-jinbo", C.SERVICE_UNAVAILABLE, ("서버의 장애로 인해 메일을 수신받지 못하",),
                "http://blog.jinbo.net/007/archive/20051107"),
        Phrases("ko.relay-denied-jinbo", C.RELAY_DENIED, ("릴레이 기능이 안",),
                "http://blog.jinbo.net/007/archive/20051107"),
        Phrases("ko.blocklisted-jinbo", C.BLOCKLISTED, ("스패머로 인식되",),
                "http://blog.jinbo.net/007/archive/20051107"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("ko.rate-limited-sogo", C.RATE_LIMITED, (
            "메일을 너무 많이 보내",
        ), "Alinto/sogo:UI/MailerUI/Korean.lproj/Localizable.strings"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        Phrases("ko.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "받는 사람 비율 제한",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.ko-KR:AlchemyInsights/need-help-with-email-sending-limits.md"),
        # Daou TMSe's help on its '421 You made too many connections' refusal: one IP opening several SMTP connections at once.
        Phrases("ko.too-many-connections-tmse", C.TOO_MANY_CONNECTIONS, (
            "connection을 동시에 여러 개를 맺는",
        ), "https://manual.daouoffice.co.kr/hc/ko/articles/900006084846--TMSe-%EB%A9%94%EC%9D%BC-%EB%B0%9C%EC%86%A1%EC%9D%84-%ED%96%88%EB%8A%94%EB%8D%B0-too-many-connections-%EB%A6%AC%ED%84%B4%EB%A9%94%EC%9D%BC%EC%9D%B4-%EC%98%B5%EB%8B%88%EB%8B%A4"),
        # NeoMutt's Korean certificate errors: the server's certificate is not yet valid, or has expired.
        Phrases("ko.tls-required-neomutt", C.TLS_REQUIRED, ("서버 인증서가 아직 유효하지", "서버 인증서가 만기"),
                "neomutt/neomutt:po/ko.po"),
        # NeoMutt's Korean 'No authenticators available' (no AUTH mechanism both sides offer).
        Phrases("ko.auth-failed-neomutt", C.AUTH_FAILED, ("인증자가 없음",),
                "neomutt/neomutt:po/ko.po"),
        # A Korean developer's note on mail refused by SPF filters: without a registered SPF record legitimate mail is taken for spam.
        Phrases("ko.sender-unauthenticated-spf-unregistered", C.SENDER_UNAUTHENTICATED, ("spf 레코드 등록되지 않",),
                "http://www.uhoon.co.kr/index.php?mid=EtcTip&category=203&document_srl=2369&sort_index=readed_count&order_type=desc"),
        # Daou Office's help on TMSe's '421 You made too many connections': mail filtered by the block on one IP opening several connections at once (the concurrent-connection limit).
        Phrases("ko.too-many-connections-daouoffice", C.TOO_MANY_CONNECTIONS, ("동시 접속 횟수 제한", "connection을 동시에 여러 개"),
                "https://manual.daouoffice.co.kr/hc/ko/articles/900006084846--TMSe-%EB%A9%94%EC%9D%BC-%EB%B0%9C%EC%86%A1%EC%9D%84-%ED%96%88%EB%8A%94%EB%8D%B0-too-many-connections-%EB%A6%AC%ED%84%B4%EB%A9%94%EC%9D%BC%EC%9D%B4-%EC%98%B5%EB%8B%88%EB%8B%A4"),
        # Cypht's Korean 'Could not add server: Connection refused' (연결이 거부).
        Phrases("ko.network-error-cypht", C.NETWORK_ERROR, ("연결이 거부",),
                "cypht-org/cypht:language/ko.php"),
        # A Korean guide to Python smtplib's exceptions: SMTPConnectError 'an error while setting up the connection to the server'.
        Phrases("ko.network-error-smtplib-guide", C.NETWORK_ERROR, ("서버 연결 설정 중 오류",),
                "https://runebook.dev/ko/docs/python/library/smtplib/smtplib.SMTPException"),
        # Thunderbird's Korean account-setup errors (accountCreationUtil.properties): the login failed, with or without the server's reason.
        Phrases("ko.auth-failed-thunderbird-setup", C.AUTH_FAILED, ("로그인을 실패",),
                "thunderbird/thunderbird-l10n:ko/mail/chrome/messenger/accountCreationUtil.properties"),
        # Thunderbird's Korean POP3 login errors (localMsgs.properties): sending the user name or password failed; the server seems not to support encrypted passwords.
        Phrases("ko.auth-failed-thunderbird-pop3", C.AUTH_FAILED, ("사용자 이름 보내기가 실패", "암호 보내기가 실패", "암호화된 비밀번호 사용을 지원하지 않", "암호화 된 비밀번호를 지원하지 않"),
                "thunderbird/thunderbird-l10n:ko/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's Korean mail-server certificate errors: not valid for the server, not from a trusted source.
        Phrases("ko.tls-required-thunderbird-cert", C.TLS_REQUIRED, ("인증서가 해당 서버에서 유효하지 않", "인증서가 신뢰할 수 있는 출처에서 제공되지 않"),
                "thunderbird/thunderbird-l10n:ko/mail/messenger/certError.ftl"),
        # Horde IMP's Korean 'The attachment limit has been reached.' (the attachment size allowance, 첨부파일 제한용량).
        Phrases("ko.message-too-large-horde-imp", C.MESSAGE_TOO_LARGE, ("첨부파일 제한용량",),
                "horde/imp:locale/ko/LC_MESSAGES/imp.po"),
        # git send-email's Korean refusals of a message it cannot send as it stands: 'cannot send message as 7bit', a line longer than 998 characters (RFC 5322's limit).
        Phrases("ko.content-rejected-git-send-email", C.CONTENT_REJECTED, ("7비트로 보낼 수 없습니다", "998자보다 더 긴 줄"),
                "git/git:po/ko.po"),
        # .NET's Korean SmtpStatusCode reference: 452 InsufficientStorage, 'the SMTP service does not have enough storage to complete the request'.
        Phrases("ko.system-full-dotnet-docs", C.SYSTEM_FULL, ("충분한 스토리지가 없습니다",),
                "https://learn.microsoft.com/ko-kr/dotnet/api/system.net.mail.smtpstatuscode?view=netcore-2.1"),
        # .NET's Korean SmtpStatusCode reference: 451 LocalErrorInProcessing, 'the SMTP service cannot complete the request' (weak: any failed request).
        Phrases("ko.server-error-weak-dotnet-docs", C.SERVER_ERROR, ("서비스에서 요청을 완료할 수 없습니다",),
                "https://learn.microsoft.com/ko-kr/dotnet/api/system.net.mail.smtpstatuscode?view=netcore-2.1", decisive=False),
        # Zimbra web client's Korean 'you have exceeded your mail quota' (메일 할당량 초과).
        Phrases("ko.mailbox-full-zimbra-web", C.MAILBOX_FULL, ("메일 할당량 초과",),
                "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_ko.properties"),
        # Zimbra web client's Korean 'The upload was rejected, {0} contains a virus, {1}' (바이러스가 포함되어).
        Phrases("ko.virus-zimbra-web", C.VIRUS, ("바이러스가 포함되어",),
                "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_ko.properties"),
        # Thunderbird's Korean IMAP error (imapMsgs.properties): unable to connect, the server's maximum number of connections may be exceeded.
        Phrases("ko.too-many-connections-thunderbird-imap", C.TOO_MANY_CONNECTIONS, ("최대 연결 수를 넘은",),
                "thunderbird/thunderbird-l10n:ko/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's Korean 'Thunderbird is in offline mode and cannot connect to the internet' (appstrings.properties).
        Phrases("ko.network-error-thunderbird-offline", C.NETWORK_ERROR, ("인터넷에 연결할 수 없습니다",),
                "thunderbird/thunderbird-l10n:ko/mail/chrome/messenger/appstrings.properties"),
        # Thunderbird's Korean POP3 errors (localMsgs.properties): the server does not support the TOP command.
        Phrases("ko.not-implemented-thunderbird-pop3-top", C.NOT_IMPLEMENTED, ("top 명령어를 지원하지 않습니다", "xtnd xlst를 지원하지 않습니다"),
                "thunderbird/thunderbird-l10n:ko/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's Korean 'An error occurred with the POP3 mail server' (weak: no reason named).
        Phrases("ko.server-error-weak-thunderbird-pop3", C.SERVER_ERROR, ("pop3 메일 서버에 오류 발생",),
                "thunderbird/thunderbird-l10n:ko/mail/chrome/messenger/localMsgs.properties", decisive=False),
        # Thunderbird's Korean news error 'A communication error occurred. Please try to connect again. TCP error:' (TCP 오류).
        Phrases("ko.network-error-thunderbird-tcp", C.NETWORK_ERROR, ("tcp 오류",),
                "thunderbird/thunderbird-l10n:ko/mail/chrome/messenger/news.properties"),
        # Thunderbird's Korean SMTP error (composeMsgs.properties): 'the SMTP server failed %s, contact your administrator' (weak: the server's own reply says why).
        Phrases("ko.server-error-weak-thunderbird-smtp", C.SERVER_ERROR, ("smtp 서버에 장애 발생",),
                "thunderbird/thunderbird-l10n:ko/mail/chrome/messenger/messengercompose/composeMsgs.properties", decisive=False),
        # Thunderbird for Android's Korean 'Certificate error' (인증서 오류; weak: the reason is the certificate, the detail follows).
        Phrases("ko.tls-required-weak-thunderbird-android-cert", C.TLS_REQUIRED, ("인증서 오류",),
                "thunderbird/thunderbird-android:feature/account/server/certificate/src/main/res/values-ko/strings.xml", decisive=False),
        # Roundcube's Korean 'SMTP Error: Unable to parse recipients list' (수신자 목록을 구문 분석할 수 없습니다).
        Phrases("ko.syntax-error-roundcube-recipients", C.SYNTAX_ERROR, ("수신자 목록을 구문 분석할 수 없습니다",), _RC_L10N),
        # PHPMailer's Korean 'SMTP Error: The following recipients failed' (weak: the recipients' own refusals follow).
        Phrases("ko.user-unknown-weak-phpmailer", C.USER_UNKNOWN, ("수신자에서 오류가 발생했습니다",),
                "PHPMailer/PHPMailer:language/phpmailer.lang-ko.php", decisive=False),
    ),
    together=(
        # A recipient address wrong or not found, as Korean help words it ("보낸이가 받는 이 주소를 잘못
        # 입력하여 보낸 경우", Naver's answer on mail that does not arrive), beside the weak
        # "존재하지 않" phrase.
        Together("ko.together-user-unknown", C.USER_UNKNOWN, (
            ("수신자", "받는사람", "받는 사람", "받는 이", "계정", "메일주소", "메일 주소", "이메일 주소",
             "주소", "사용자"),
            ("찾을 수 없", "찾을 수가 없", "없는 사용자", "없는 계정", "없는 주소", "잘못 입력"),
        ), _NAVER_KIN),
        # A full mailbox: the mailbox full to the brim or over its quota (foxydog's bounce guide:
        # "수신자의 메일함(용량)이 가득 차서"; Naver's answer: "메일함 용량이 기본 용량(5GB)을 초과했을 경우").
        Together("ko.together-mailbox-full", C.MAILBOX_FULL, (
            ("메일함", "편지함", "받은편지함", "받은 편지함", "사서함", "메일박스"),
            ("가득", "꽉", "초과", "부족", "용량 초과", "용량초과", "넘었", "넘어"),
        ), f"{_FOXYDOG_FULL}; {_NAVER_KIN}"),
        # A mailbox that exists but is dormant, stopped or deactivated: Nate's dormant-account policy
        # ("해당 아이디로 수신되는 메일은 발송자에게 휴면 상태임을 알리며 반송됩니다"), Adobe Campaign's
        # Korean failure reasons ("주소에 연결된 계정이 더 이상 활성화되지 않습니다").
        Together("ko.together-mailbox-disabled", C.MAILBOX_DISABLED, (
            ("계정", "아이디", "받는사람", "받는 사람", "수신자", "메일함"),
            ("사용중지", "사용 중지", "정지", "휴면", "비활성", "활성화되지", "폐쇄", "해지"),
        ), "http://mail3.nate.com/app/mng/noticeview_unauth/?cur_no=349&num=428; "
           "AdobeDocs/campaign-classic.ko-KR:help/delivery/using/understanding-delivery-failures.md"),
        # The recipient's domain not found, missing or expired (foxydog's guide to "DNS resolving
        # error": "수신측의 도메인(DNS) 정보를 찾을 수가 없습니다", "수신자의 도메인이 없거나 기간이 만료가
        # 된 경우").
        Together("ko.together-host-unknown", C.HOST_UNKNOWN, (
            ("도메인", "호스트", "mx 레코드"),
            ("찾을 수 없", "찾을 수가 없", "존재하지", "없거나", "못찾", "못 찾", "만료", "잘못 입력"),
        ), "https://foxydog.tistory.com/140"),
        # A message over a size limit (foxydog's guide to "message size exceeds limit": "메일을 받을 수
        # 있는 크기 제한을 초과하여", "메일 메시지 크기를 받을 수 있는 한도 … 크기 초과로 인해"); the
        # mailbox's storage words stay out (mailbox_full).
        Together("ko.together-message-too-large", C.MESSAGE_TOO_LARGE, (
            ("크기 제한", "메시지 크기", "메시지의 크기", "메일 크기", "메일의 크기", "편지의 크기",
             "첨부파일 크기", "첨부 파일 크기", "크기 초과"),
            ("초과", "커서", "너무 커", "너무커", "한도"),
        ), _FOXYDOG_SIZE),
        # Content judged as spam ("스팸 메일로 분류될 때", a Korean guide to Daum mail errors); the
        # recipient's own spam settings are policy (below), and blocking words stay out.
        Together("ko.together-spam", C.SPAM_CONTENT, (
            ("스팸", "광고성"),
            ("분류", "판단", "판정", "간주"),
        ), "https://fourth.plug-korang.com/entry/%EB%8B%A4%EC%9D%8C-%EB%A9%94%EC%9D%BC-%EC%98%A4%EB%A5%98-%ED%95%B4%EA%B2%B0-%EB%B0%A9%EB%B2%95-%EC%95%8C%EC%95%84%EB%B3%B4%EA%B8%B0"),
        # Refused by the recipient's settings: a reject list or spam filter condition the recipient
        # set (puffinknight's list of portal bounces: "받는사람의 스팸설정(수신거부)에 의해 차단된 경우";
        # Naver's answer: "스팸 걸러내기 조건에 의해 차단된 경우").
        Together("ko.together-policy", C.POLICY_VIOLATION, (
            ("스팸설정", "스팸 설정", "수신거부", "수신 거부", "걸러내기", "차단 설정"),
            ("의해", "조건", "설정에"),
        ), f"https://puffinknight.tistory.com/102; {_NAVER_KIN}"),
        # The sending IP on a block list or blocked (Thundermail's blog: "아이피가 스팸하우스에 등록 된
        # 상태"; the portals' "IP가 차단된 경우").
        Together("ko.together-blocklisted", C.BLOCKLISTED, (
            ("ip", "아이피", "발송 서버", "발송서버"),
            ("차단", "블랙리스트", "스팸하우스", "거부"),
        ), "http://blog.thundermail.co.kr/312"),
        # Too much mail: the sending count over a limit (ndesk's notice: "5분 동안 메일 발송 건수
        # (수신자수)가 50건 이상일 경우 메일 잠금 처리", "메일 다량 발송시 발송 건수 등을 … 제한"; Macworld
        # Korea on iCloud mail: "24시간 이내에 … 메일 건수 총 1,000건까지 제한한다").
        Together("ko.together-rate-limited", C.RATE_LIMITED, (
            ("발송 건수", "발송건수", "메일 건수", "발송량", "전송량", "발송 횟수", "다량 발송"),
            ("초과", "제한", "이상일"),
        ), "https://www.ndesk.com/customer/notice/?boardId=55a8a895-9247-f191-ffc9-bd93dac32c91; "
           "https://www.itworld.co.kr/news/185298"),
        # The connection to the receiving server delayed, cut or refused (Cafe24's help on bulk-mail
        # failures: "일부 포털 수신 서버와의 연결이 일시 지연/끊김되면").
        Together("ko.together-network-error", C.NETWORK_ERROR, (
            ("연결", "접속"),
            ("지연", "끊김", "끊기", "끊어", "시간 초과", "시간초과"),
        ), "https://help.cafe24.com/faq/business-tools/bulk-mail/transmission-result/"
           "bulk_mail_specific_recipient_failures"),
        # Credentials refused: the password wrong (a Korean guide to Daum mail errors: "아이디 또는
        # 비밀번호가 틀렸거나").
        Together("ko.together-auth-failed", C.AUTH_FAILED, (
            ("비밀번호", "패스워드", "smtp 인증", "smtp인증"),
            ("틀렸", "틀린", "잘못", "일치하지", "실패", "오류"),
        ), "https://fourth.plug-korang.com/entry/%EB%8B%A4%EC%9D%8C-%EB%A9%94%EC%9D%BC-%EC%98%A4%EB%A5%98-%ED%95%B4%EA%B2%B0-%EB%B0%A9%EB%B2%95-%EC%95%8C%EC%95%84%EB%B3%B4%EA%B8%B0"),
        # Sympa's Korean reject.tt2 ("중재자(%3)가 메일링 리스트 를 위한 메시지 %1@%2 거부했습니다"): the
        # moderator refused the post, the list and address between the two words.
        Together("ko.together-policy-violation-moderator", C.POLICY_VIOLATION, (
            ("중재자",),
            ("거부했습니다", "거부되었습니다"),
        ), "sympa-community/sympa:po/sympa/ko.po", window=60),
    ),
)
