"""Vietnamese (vi): the SMTP error messages that mail clients and mail libraries show in
Vietnamese. Sources: Thunderbird's Vietnamese composeMsgs.properties
(thunderbird/thunderbird-l10n), Roundcube's Vietnamese messages.inc and PHPMailer's Vietnamese
language file.
Also: Evolution's translated RFC 5321 reply texts (GNOME/evolution-data-server po/).
Also: Mailman 2's refusals (jaredmauch/mailman2-python3); Zimbra's web-client errors (Zimbra/zm-
ajax ZMsg); glibc's strerror and resolver texts (bminor/glibc po/); Sympa's delivery notices
(sympa-community/sympa po/sympa/).
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/).
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them.
Also: Geary's, Balsa's, Claws Mail's and Sylpheed's translated send errors, Mailspring's, Nextcloud
Mail's, FairEmail's, Thunderbird for Android's and Delta Chat's translated account and login errors,
where this language has them."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_TB = (
    "thunderbird/thunderbird-l10n:vi/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_RC = "roundcube/roundcubemail:program/localization/vi_VN/messages.inc"
_PM = "PHPMailer/PHPMailer:language/phpmailer.lang-vi.php"
_EVO = "GNOME/evolution-data-server:po/vi.po"
_MAILMAN = "jaredmauch/mailman2-python3:messages/vi/LC_MESSAGES/mailman.po"
_ZIMBRA = "Zimbra/zm-ajax:WebRoot/messages/ZMsg_vi.properties"
_GLIBC = "bminor/glibc:po/vi.po"
_SYMPA = "sympa-community/sympa:po/sympa/vi.po"

LANGUAGE = Language(
    code="vi",
    name="Vietnamese",
    phrases=(
        # Sympa's subject for the notice to a sender whose message held a virus ('A virus in your email').
        Phrases("vi.virus-sympa-email", C.VIRUS, (
            "thư chứa vi-rút",
        ), "sympa-community/sympa:po/sympa/vi.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): unable to log in
        # at the server, probably a wrong configuration, username or password.
        Phrases("vi.auth-failed-thunderbird-setup", C.AUTH_FAILED, (
            "không thể đăng nhập vào máy chủ",
        ), ("thunderbird/thunderbird-l10n:vi/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("vi.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "không thể tìm thấy máy chủ",
        ), ("thunderbird/thunderbird-l10n:vi/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("vi.tls-required-glib-networking", C.TLS_REQUIRED, (
            "yêu cầu chứng nhận tls", "không thể tạo kết nối tls", "kết nối tls kết thúc bất ngờ",
            "không gửi chứng nhận", "bắt tay tls", "chứng nhận tls không thể chấp nhận",
        ), "GNOME/glib-networking:po/vi.po"),
        # Thunderbird's connection timeout (messenger.properties).
        Phrases("vi.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "đã hết thời gian kết nối",
        ), "thunderbird/thunderbird-l10n:vi/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the server disconnected.
        Phrases("vi.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "đã ngắt kết nối",
        ), "thunderbird/thunderbird-l10n:vi/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): a TLS error that cannot be
        # overridden.
        Phrases("vi.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "lỗi tls không thể ghi đè",
        ), "thunderbird/thunderbird-l10n:vi/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the Kerberos/GSSAPI ticket refused
        # (POP3 alike).
        Phrases("vi.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "kerberos/gssapi không được máy chủ",
        ), "thunderbird/thunderbird-l10n:vi/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("vi.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "thất bại khi gửi mật khẩu",
        ), "thunderbird/thunderbird-l10n:vi/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("vi.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "không thể thiết lập kết nối tls",
        ), "thunderbird/thunderbird-l10n:vi/mail/chrome/messenger/localMsgs.properties"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("vi.tls-required-k9-check", C.TLS_REQUIRED, (
            "chứng chỉ ssl không hợp lệ",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-vi/strings.xml"),
        # K-9 Mail's account-setup check: cannot connect to server.
        Phrases("vi.network-error-k9-check", C.NETWORK_ERROR, (
            "không thể kết nối tới máy chủ",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-vi/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("vi.auth-failed-k9-check", C.AUTH_FAILED, (
            "tên hoặc mật khẩu không đúng",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-vi/strings.xml"),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("vi.network-error-weak-k9", C.NETWORK_ERROR, (
            "lỗi kết nối",
            "lỗi mang",
            "lỗi mạng",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-vi/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-vi/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-vi/strings.xml", decisive=False),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("vi.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "quá nhiều kết nối hoạt động",
        ), "Foundry376/Mailspring:app/lang/vi.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("vi.relay-denied-mailspring", C.RELAY_DENIED, (
            "sẽ không chuyển tiếp tin nhắn",
        ), "Foundry376/Mailspring:app/lang/vi.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("vi.rate-limited-mailspring", C.RATE_LIMITED, (
            "vượt quá giới hạn gửi hàng ngày",
            "đã vượt quá băng thông gmail",
        ), "Foundry376/Mailspring:app/lang/vi.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("vi.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "tệp đính kèm bất hợp pháp",
        ), "Foundry376/Mailspring:app/lang/vi.json"),
        # Mailspring's 'Authentication required.'
        Phrases("vi.auth-required-mailspring", C.AUTH_REQUIRED, (
            "yêu cầu xác thực",
        ), "Foundry376/Mailspring:app/lang/vi.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("vi.auth-failed-mailspring", C.AUTH_FAILED, (
            "không hỗ trợ xác thực tên người dùng",
            "không còn có thể xác thực",
        ), "Foundry376/Mailspring:app/lang/vi.json"),
        # SnappyMail's 'Invalid recipients' notification (the RCPT refusal it shows).
        Phrases("vi.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "người nhận thư không hợp lệ",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/vi/user.json", decisive=False),
        # SnappyMail's 'Can't connect to server' notification.
        Phrases("vi.network-error-snappymail", C.NETWORK_ERROR, (
            "không thể kết nối với máy chủ",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/vi/user.json"),
        # SnappyMail's bare 'Authentication failed' notification.
        Phrases("vi.auth-failed-weak-snappymail", C.AUTH_FAILED, (
            "xác minh thất bại",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/vi/user.json", decisive=False),
        # Delta Chat's login failure for want of an internet connection.
        Phrases("vi.network-error-deltachat", C.NETWORK_ERROR, (
            "không có kết nối internet",
        ), "deltachat/deltachat-android:src/main/res/values-vi/strings.xml"),
        # Delta Chat's login failure: cannot log in as the address; check the address and the password.
        Phrases("vi.auth-failed-deltachat", C.AUTH_FAILED, (
            "không thể đăng nhập với tên",
        ), "deltachat/deltachat-android:src/main/res/values-vi/strings.xml"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("vi.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "lớn hơn giới hạn máy chủ",
        ), "M66B/FairEmail:app/src/main/res/values-vi-rVN/strings.xml"),
        Phrases("vi.auth-failed", C.AUTH_FAILED, (
            "không thể xác thực", "không hỗ trợ phương thức xác thực", "xác thực thất bại",
        ), _TB + "; " + _PM + "; " + _RC),
        Phrases("vi.network-error", C.NETWORK_ERROR, (
            "không kết nối được với máy chủ gửi thư", "bị mất khi đang giao dịch",
            "hết thời gian chờ kết nối", "không thể kết nối máy chủ smtp", "lỗi kết nối với smtp",
            "kết nỗi tới máy chủ bị lỗi",
        ), _TB + "; " + _PM + "; " + _RC),
        Phrases("vi.message-too-large", C.MESSAGE_TOO_LARGE, (
            "vượt quá giới hạn kích thước chung",
        ), _TB),
        Phrases("vi.too-many-recipients", C.RATE_LIMITED, (
            "vượt quá số lượng người nhận cho phép", "quá nhiều người nhận",
        ), _TB + "; " + _RC),
        Phrases("vi.smtputf8", C.CONTENT_REJECTED, (
            "không hỗ trợ smtputf8",
        ), _TB),
        Phrases("vi.sender-rejected", C.SENDER_REJECTED, (
            "lỗi địa chỉ gửi đi",
        ), _PM),
        Phrases("vi.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "không thể bố trí người gửi",
        ), _RC, decisive=False),
        Phrases("vi.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "địa chỉ email của bạn là chính xác",
        ), _TB, decisive=False),
        Phrases("vi.network-error-thunderbird", C.NETWORK_ERROR, (
            "máy chủ có thể được định cấu hình không chính xác",
        ), _TB),
        Phrases("vi.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "không cho phép mật khẩu văn bản thuần túy",
        ), _TB),
        Phrases("vi.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "lỗi địa chỉ người nhận", "không thể bố trí người nhận",
        ), _PM + "; " + _RC, decisive=False),
        Phrases("vi.mailbox-full-evolution", C.MAILBOX_FULL, (
            "quá hạn sức chứa được gán",
        ), _EVO),
        Phrases("vi.system-full-evolution", C.SYSTEM_FULL, (
            "không đủ chỗ chứa",
        ), _EVO),
        Phrases("vi.auth-required-evolution", C.AUTH_REQUIRED, (
            "cần thiết xác thực",
        ), _EVO),
        Phrases("vi.auth-failed-evolution", C.AUTH_FAILED, (
            "lỗi xác thực tạm", "cơ chế xác thực quá yếu",
        ), _EVO),
        Phrases("vi.tls-required-evolution", C.TLS_REQUIRED, (
            "cần phải được mã hoá",
        ), _EVO),
        Phrases("vi.has-moved-evolution", C.HAS_MOVED, (
            "không phải người dùng cục bộ",
        ), _EVO),
        Phrases("vi.user-unknown-evolution", C.USER_UNKNOWN, (
            "hộp thư không sẵn sàng", "không cho phép tên hộp thư",
        ), _EVO, decisive=False),
        Phrases("vi.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "dịch vụ chưa sẵn sàng",
        ), _EVO, decisive=False),
        Phrases("vi.server-error-evolution", C.SERVER_ERROR, (
            "lỗi khi thực hiện",
        ), _EVO, decisive=False),
        Phrases("vi.syntax-error-evolution", C.SYNTAX_ERROR, (
            "lỗi cú pháp",
        ), _EVO, decisive=False),
        Phrases("vi.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "lệnh chưa được thi công",
        ), _EVO, decisive=False),
        Phrases("vi.auth-failed-evolution-response", C.AUTH_FAILED, (
            "trả lời xác thực sai",
        ), _EVO),
        Phrases("vi.sender-rejected-evolution", C.SENDER_REJECTED, (
            "địa chỉ người gửi không hợp lệ",
        ), _EVO, decisive=False),
        Phrases("vi.sender-rejected-mailman", C.SENDER_REJECTED, (
            "bị cấm gởi thư cho hộp thư chung", "thư đã gởi bởi người không thành viên",
            "không cho phép người không thành viên gởi thư",
        ), _MAILMAN),
        Phrases("vi.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "thư có thân quá lớn", "bạn đã gởi một thư quá lớn",
        ), _MAILMAN),
        Phrases("vi.content-rejected-mailman", C.CONTENT_REJECTED, (
            "cấm dứt khoát nội dung của thư", "không cho phép dứt khoát kiểu nội dung",
            "cấm dứt khoát phần mở rộng tập tin", "không cho phép dứt khoát mở rộng tập tin",
            "sau khi lọc nội dung",
        ), _MAILMAN),
        Phrases("vi.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, (
            "vượt qua kích cỡ tối đa được cho phép",
        ), _ZIMBRA),
        Phrases("vi.user-unknown-zimbra-address", C.USER_UNKNOWN, (
            "do địa chỉ không hợp lệ",
        ), _ZIMBRA, decisive=False),
        Phrases("vi.service-unavailable-zimbra", C.SERVICE_UNAVAILABLE, (
            "dịch vụ tạm thời không có",
        ), _ZIMBRA, decisive=False),
        Phrases("vi.network-error-zimbra", C.NETWORK_ERROR, (
            "quá nhiều chặng giữa các máy chủ",
        ), _ZIMBRA),
        Phrases("vi.network-error-glibc", C.NETWORK_ERROR, (
            "kết nối bị từ chối", "kết nối đã quá hạn", "không có đường dẫn đến máy",
            "không thể gán địa chỉ đã yêu cầu", "không thể kết nối mạng",
            "kết nối bị đặt lại bởi ngang hàng", "tạm thời không thể phân giải tên",
            "phần mềm đã gây ra kết nối hủy bỏ", "mạng không hoạt động", "máy không chạy",
            "lỗi tra cứu tên máy", "lỗi không thể phục hồi khi phân giải tên",
        ), _GLIBC),
        Phrases("vi.host-unknown-glibc", C.HOST_UNKNOWN, (
            "không rõ tên hoặc dịch vụ", "không có địa chỉ liên quan đến tên máy",
        ), _GLIBC),
        Phrases("vi.user-unknown-sympa", C.USER_UNKNOWN, (
            "không nhận ra hộp thư chung",
        ), _SYMPA),
        Phrases("vi.sender-rejected-sympa", C.SENDER_REJECTED, (
            "hộp thư chung này không cho phép phân phối thư",
        ), _SYMPA),
        Phrases("vi.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "sử dụng danh tính chính xác để gửi",
        ), _TB, decisive=False),
        Phrases("vi.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "kiểm tra người nhận thư",
        ), _TB, decisive=False),
        Phrases("vi.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "không hỗ trợ mật khẩu được mã hóa",
        ), _TB),
        # Microsoft 365's Vietnamese help: 554 5.2.2 mailbox full (hộp thư đầy) and "Mailbox quota exceeded".
        Phrases("vi.mailbox-full", C.MAILBOX_FULL, ("hộp thư đầy", "vượt quá hạn ngạch hộp thư", "vượt quá hạn mức hộp thư"),
                "isabella232/OfficeDocs-AlchemyInsights-pr.vi-VN:AlchemyInsights/mailbox-full-error.md; isabella232/OfficeDocs-AlchemyInsights-pr.vi-VN:AlchemyInsights/mailbox-quota-exceeded.md"),
        # Microsoft 365's Vietnamese help on SMTP AUTH errors (5.7.57, 5.7.3, 5.7.139): "Authentication unsuccessful".
        Phrases("vi.auth-failed-microsoft", C.AUTH_FAILED, ("xác thực không thành công",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.vi-VN:AlchemyInsights/solving-smtp-authentication-issues.md"),
        # The same help's "Client not authenticated" (5.7.57).
        Phrases("vi.auth-required-microsoft", C.AUTH_REQUIRED, ("máy khách chưa được xác thực",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.vi-VN:AlchemyInsights/solving-smtp-authentication-issues.md"),
        # Microsoft 365's Vietnamese help: the sending IP on a block list (danh sách chặn).
        Phrases("vi.blocklisted-microsoft", C.BLOCKLISTED, ("danh sách chặn",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.vi-VN:AlchemyInsights/error-sending-email-blocked-by-spamhaus.md"),
        # Microsoft 365's Vietnamese "Server busy, please try again later".
        Phrases("vi.service-unavailable-microsoft", C.SERVICE_UNAVAILABLE, ("máy chủ bận",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.vi-VN:AlchemyInsights/antispam-4-7-500-server-busy-please-try-again-later-from-xxx-xxx-xxx-xxx.md"),
        # Plain Vietnamese for an unknown recipient: GoDaddy's Vietnamese bounce table ("Account does not exist") and a Vietnamese host's (Mat Bao) guide ("email address does not exist").
        Phrases("vi.words-user-unknown", C.USER_UNKNOWN, ("tài khoản không tồn tại", "địa chỉ email không tồn tại"),
                "https://vn.godaddy.com/help/email-ca-toi-tr-li-co-y-ngha-gi-3568; https://cdspvinhlong.edu.vn/nhung-ma-loi-email-thuong-gap-trung-tam-ho-tro-ky-thuat/"),
        # "Does not exist" alone: weak, as other things may not exist.
        Phrases("vi.words-user-unknown-weak", C.USER_UNKNOWN, ("không tồn tại",),
                "https://cdspvinhlong.edu.vn/nhung-ma-loi-email-thuong-gap-trung-tam-ho-tro-ky-thuat/", decisive=False),
        # GoDaddy's Vietnamese "Account disabled".
        Phrases("vi.words-mailbox-disabled", C.MAILBOX_DISABLED, ("tài khoản bị vô hiệu hóa",),
                "https://vn.godaddy.com/help/email-ca-toi-tr-li-co-y-ngha-gi-3568"),
        # GoDaddy's Vietnamese "Account storage limit" (the recipient is over quota).
        Phrases("vi.words-mailbox-full", C.MAILBOX_FULL, ("giới hạn dung lượng tài khoản",),
                "https://vn.godaddy.com/help/email-ca-toi-tr-li-co-y-ngha-gi-3568"),
        # GoDaddy's Vietnamese "Delivery time expired".
        Phrases("vi.words-expired", C.EXPIRED, ("hết thời hạn chuyển thư",),
                "https://vn.godaddy.com/help/email-ca-toi-tr-li-co-y-ngha-gi-3568"),
        # GoDaddy's Vietnamese 421 "Server temporarily unavailable. Please try again later."
        Phrases("vi.words-service-unavailable", C.SERVICE_UNAVAILABLE, ("máy chủ tạm thời không sẵn sàng",),
                "https://vn.godaddy.com/help/email-ca-toi-tr-li-co-y-ngha-gi-3568"),
        # Microsoft 365's Vietnamese 451 4.7.0 "Temporary server error. Please try again later." (PRX4): weak, as a reason may follow.
        Phrases("vi.server-error-exchange", C.SERVER_ERROR, ("lỗi máy chủ tạm thời",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.vi-VN:AlchemyInsights/451-470-temporary-server-error.md", decisive=False),
        # Microsoft 365's Vietnamese 5.1.90: the sender reached the daily limit for message recipients.
        Phrases("vi.rate-limited-daily-recipients", C.RATE_LIMITED, ("giới hạn hàng ngày cho người nhận",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.vi-VN:AlchemyInsights/5-1-90-your-message-cant-be-sent-daily-limit.md"),
        # Microsoft 365's Vietnamese help title "Daily email limit exceeded" (the sender over its daily sending limit).
        Phrases("vi.rate-limited-daily-email", C.RATE_LIMITED, ("vượt quá giới hạn email hàng ngày",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.vi-VN:AlchemyInsights/daily-email-limit-exceeded.md"),
        # Microsoft's Vietnamese help on 550/553 relay errors: the "relay not permitted" error message (thông báo lỗi không phép chuyển tiếp).
        Phrases("vi.relay-denied-outlook", C.RELAY_DENIED, ("không phép chuyển tiếp",),
                "https://support.microsoft.com/vi-vn/office/t%C3%B4i-nh%E1%BA%ADn-%C4%91%C6%B0%E1%BB%A3c-l%E1%BB%97i-550-553-ho%E1%BA%B7c-kh%C3%B4ng-b%E1%BB%8B-chuy%E1%BB%83n-ti%E1%BA%BFp-khi-g%E1%BB%ADi-th%C6%B0-email-65b494a4-0a15-433e-829f-e73651e0245e"),
        # The Vietnamese word for spam (thư rác), as GoDaddy's Vietnamese help uses it ("Bị đánh dấu là thư rác"): weak, as the spam folder and anti-spam policy share it.
        Phrases("vi.words-spam-weak", C.SPAM_CONTENT, ("thư rác",),
                "https://vn.godaddy.com/help/giai-thich-ly-do-chan-bi-danh-dau-la-thu-rac-15952", decisive=False),
        # SquirrelMail's vi_VN translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("vi.service-unavailable-weak-squirrelmail", C.SERVICE_UNAVAILABLE, (
            "nên đóng kênh",
        ), "sitle/squirrelmail-src:locales/locale/vi_VN/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's vi_VN translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("vi.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "cần phải chuyển tiếp mật khẩu",
        ), "sitle/squirrelmail-src:locales/locale/vi_VN/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's vi_VN translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("vi.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "bị hủy bỏ do lỗi xử lý",
        ), "sitle/squirrelmail-src:locales/locale/vi_VN/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's vi_VN translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("vi.system-full-squirrelmail", C.SYSTEM_FULL, (
            "không đủ sức chứa hệ thống",
        ), "sitle/squirrelmail-src:locales/locale/vi_VN/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's vi_VN translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("vi.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "lệnh chưa được thực hiện",
        ), "sitle/squirrelmail-src:locales/locale/vi_VN/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's vi_VN translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("vi.bad-sequence-squirrelmail", C.BAD_SEQUENCE, (
            "dãy lệnh sai",
        ), "sitle/squirrelmail-src:locales/locale/vi_VN/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's vi_VN translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("vi.auth-failed-weak-squirrelmail", C.AUTH_FAILED, (
            "lỗi xác thực",
        ), "sitle/squirrelmail-src:locales/locale/vi_VN/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's vi_VN translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("vi.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "cần thiết mật mã cho cơ chế xác thực",
        ), "sitle/squirrelmail-src:locales/locale/vi_VN/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's vi_VN translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("vi.has-moved-squirrelmail", C.HAS_MOVED, (
            "người dùng không phải cục bộ",
        ), "sitle/squirrelmail-src:locales/locale/vi_VN/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's vi_VN translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("vi.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "vượt quá sức chứa đã cấp phát",
        ), "sitle/squirrelmail-src:locales/locale/vi_VN/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's vi_VN translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("vi.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "tên hộp thư không được phép",
        ), "sitle/squirrelmail-src:locales/locale/vi_VN/LC_MESSAGES/squirrelmail.po", decisive=False),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("vi.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "bị từ chối bởi điều tiết viên",
        ), "jaredmauch/mailman2-python3:templates/vi/refuse.txt"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("vi.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "bị giữ lại đến khi điều tiết viên",
        ), "jaredmauch/mailman2-python3:templates/vi/postheld.txt"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, Emergency.py, SpamDetect.py): a
        # moderated list, an implicit destination, a restricted list's approval, administrivia, a
        # suspicious header, a post the moderator deemed inappropriate, an emergency hold, a header
        # filter rule.
        Phrases("vi.policy-violation-mailman-moderation", C.POLICY_VIOLATION, (
            "dòng đầu đáng ngờ", "nhóm tin đã điều tiết", "không cho phép bcc",
            "quyết định là không thích hợp",
            "gởi cho hộp thư đã điều tiết",
            "thư có đích ngầm",
            "hộp thư bị giới hạn cần thiết tán thành",
            "có thể chứa linh tinh quản lý",
            "giữ lại khẩn cấp toàn bộ giao thông",
            "khớp với quy tắc lọc",
        ), "jaredmauch/mailman2-python3:messages/vi/LC_MESSAGES/mailman.po"),
        # Sympa's translated send-scenario refusals: distribution in the list not allowed, or restricted
        # (to subscribers, moderators, local users).
        Phrases("vi.sender-rejected-sympa-distribution", C.SENDER_REJECTED, (
            "quyền phân phối thư ra hộp thư chung",
        ), "sympa-community/sympa:po/sympa/vi.po"),
        # Sympa's translated refusal of a MIME multipart post.
        Phrases("vi.content-rejected-sympa", C.CONTENT_REJECTED, (
            "không cho phép thư đa phần",
        ), "sympa-community/sympa:po/sympa/vi.po"),
        # Sympa's translated reject.tt2 and delivery status notification: the moderator rejected the
        # post, or it was forwarded to the moderators for approval.
        Phrases("vi.policy-violation-sympa", C.POLICY_VIOLATION, (
            "đã được chuyển tiếp cho biên tập",
        ), "sympa-community/sympa:po/sympa/vi.po"),
        # Sylpheed's translated SMTP session errors ("Can't start TLS session").
        Phrases("vi.tls-required-sylpheed", C.TLS_REQUIRED, (
            "không thể khởi động phiên tls",
        ), "sylpheed-mail/sylpheed:po/vi.po"),
        # Sylpheed's translated SMTP session errors ("SMTP AUTH not available / Authentication failed").
        Phrases("vi.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp auth không sẵn có",
        ), "sylpheed-mail/sylpheed:po/vi.po"),
        # Sylpheed's translated SMTP session errors ("Connection closed by the remote host / Can't connect to SMTP server").
        Phrases("vi.network-error-sylpheed", C.NETWORK_ERROR, (
            "kết nối bị ngắt bởi máy từ xa",
        ), "sylpheed-mail/sylpheed:po/vi.po"),
        # Balsa's SMTP send error: the server refused to relay ("Relaying refused"); the message stays in the outbox.
        Phrases("vi.relay-denied-balsa", C.RELAY_DENIED, (
            "việc tiếp lại bị từ chối",
        ), "GNOME/balsa:po/vi.po"),
        # Balsa's SMTP send errors: the SMTP server refused the connection or cannot be reached.
        Phrases("vi.network-error-balsa", C.NETWORK_ERROR, (
            "máy phục vụ smtp đã từ chối kết nối",
            "không thể tới máy phục vụ smtp",
        ), "GNOME/balsa:po/vi.po"),
        # FairEmail: no (suitable) internet connection (weak).
        Phrases("vi.network-error-weak-fairemail", C.NETWORK_ERROR, (
            "không có kết nối internet phù hợp",
        ), "M66B/FairEmail:app/src/main/res/values-vi-rVN/strings.xml", decisive=False),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("vi.network-error-mailspring", C.NETWORK_ERROR, (
            "không thể kết nối với máy chủ / cổng",
        ), "Foundry376/Mailspring:app/lang/vi.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("vi.tls-required-mailspring", C.TLS_REQUIRED, (
            "starttls không khả dụng",
            "tls không khả dụng",
        ), "Foundry376/Mailspring:app/lang/vi.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("vi.spam-content-mailspring", C.SPAM_CONTENT, (
            "bộ lọc spam đi",
        ), "Foundry376/Mailspring:app/lang/vi.json"),
        # Sylpheed's SMTP session errors: the session timed out, the server not found, an error during authentication.
        Phrases("vi.network-error-sylpheed-session", C.NETWORK_ERROR, (
            "phiên làm việc hết giờ",
        ), "sylpheed-mail/sylpheed:po/vi.po"),
        # Sylpheed's SMTP session errors: the session timed out, the server not found, an error during authentication.
        Phrases("vi.auth-failed-sylpheed-session", C.AUTH_FAILED, (
            "có lỗi khi xác thực",
        ), "sylpheed-mail/sylpheed:po/vi.po"),
        # Joomla's Vietnamese PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("vi.auth-failed-joomla", C.AUTH_FAILED, (
            "không thể xác nhận quyền tác giả",
        ), "bringer/lavuelta:language/vi-VN/vi-VN.ini"),
        # Joomla's Vietnamese PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("vi.sender-rejected-joomla", C.SENDER_REJECTED, (
            "địa chỉ thất bại",
        ), "bringer/lavuelta:language/vi-VN/vi-VN.ini", decisive=False),
        # Joomla's Vietnamese PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("vi.user-unknown-joomla", C.USER_UNKNOWN, (
            "dạng người nhận theo sau đã hỏng",
        ), "bringer/lavuelta:language/vi-VN/vi-VN.ini", decisive=False),
        # Joomla's Vietnamese PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("vi.network-error-joomla", C.NETWORK_ERROR, (
            "không thể kết nối đến smtp host",
        ), "bringer/lavuelta:language/vi-VN/vi-VN.ini"),
        # Joomla 3's Vietnamese PHPMailer strings (PHPMAILER_*)
        Phrases("vi.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "các địa chỉ sau đây bị lỗi",
        ), "cuongnd/banhangonline88_joomla:language/vi-VN/vi-VN.ini"),
        # Joomla 3's Vietnamese PHPMailer strings (PHPMAILER_*)
        Phrases("vi.user-unknown-joomla3", C.USER_UNKNOWN, (
            "các người nhận sau đây bị lỗi", "người nhận sau thất bại",
        ), "cuongnd/banhangonline88_joomla:language/vi-VN/vi-VN.ini", decisive=False),
        # Joomla 3's Vietnamese PHPMailer strings (PHPMAILER_*)
        Phrases("vi.network-error-joomla3", C.NETWORK_ERROR, (
            "không thể kết nối với máy chủ smtp", "lỗi kết nối smtp", "kết nối không thành công",
        ), "cuongnd/banhangonline88_joomla:language/vi-VN/vi-VN.ini"),
        # Joomla 3's Vietnamese PHPMailer strings (PHPMAILER_*)
        Phrases("vi.tls-required-joomla3", C.TLS_REQUIRED, (
            "không thể khởi động tls", "không thể bắt đầu tls",
        ), "cuongnd/banhangonline88_joomla:language/vi-VN/vi-VN.ini"),
        # Hai Nhan's list of mail server notices: "hộp thư của người nhận bị đầy" (Inbox is full).
        Phrases("vi.mailbox-full-hainhan", C.MAILBOX_FULL, ("hộp thư của người nhận bị đầy",),
                "https://www.hainhan.com/vn/ho-tro/huong-dan/cac-thong-bao-email-thuong-gap/"),
        # VietNAP's note on 'Unrouteable address' from its shared hosting: the daily count of mail
        # sent out passed its limit ("số lượng email gửi ra ngoài vượt quá 2000").
        Phrases("vi.rate-limited-vietnap", C.RATE_LIMITED, ("gửi ra ngoài vượt quá",),
                "https://vietnap.vn/unroutable-address/"),
        # Zing Mail's help on bounces: "Không tìm thấy Host" (the recipient's domain does not
        # exist), and an address with characters not allowed ("chứa ký tự không hợp lệ", bad
        # address syntax).
        Phrases("vi.host-unknown-zing", C.HOST_UNKNOWN, (
            "không tìm thấy host", "tên miền của người nhận không tồn tại",
        ), "http://mail.zing.vn/en_US/help/190.html"),
        Phrases("vi.syntax-error-zing", C.SYNTAX_ERROR, ("chứa ký tự không hợp lệ",),
                "http://mail.zing.vn/en_US/help/190.html"),
        Phrases("vi.network-error-zing", C.NETWORK_ERROR, ("kết nối với máy chủ thư của người nhận thất bại",),
                "http://mail.zing.vn/en_US/help/190.html"),
        # VietNAP's guide to mail errors: 550-5.7.1 unauthenticated mail, checked against "các bản
        # ghi SPF".
        Phrases("vi.sender-unauthenticated-vietnap", C.SENDER_UNAUTHENTICATED, ("bản ghi spf",),
                "https://vietnap.vn/a/loi-thu-dien-tu/"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("vi.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "trước khi gửi thư này",
        ), "roundcube/roundcubemail:program/localization/vi_VN/messages.inc"),
        # Microsoft's help on Exchange Online's mailbox receiving limit (3,600 messages an hour): senders get a 5.2.121 or 5.2.122 NDR saying the mailbox exceeded its maximum delivery threshold.
        Phrases("vi.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "được tiết lưu",
            "ngưỡng chuyển phát tối đa",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.vi-VN:AlchemyInsights/mailbox-receiving-limit.md"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        Phrases("vi.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "giới hạn mức người nhận",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.vi-VN:AlchemyInsights/need-help-with-email-sending-limits.md"),
        # GNU Mailutils' translated delivery and SMTP client texts (po/): the recipient's mailbox quota is exceeded, or the message would exceed its maximum size.
        Phrases("vi.mailbox-full-mailutils", C.MAILBOX_FULL, (
            "hạn ngạch hộp thư bị vượt quá",
            "vượt quá kích cỡ hộp thư tối đa",
        ), "Distrotech/mailutils:po/vi.po"),
        # GNU Mailutils' translated delivery and SMTP client texts (po/): no such user (name).
        Phrases("vi.user-unknown-mailutils", C.USER_UNKNOWN, (
            "không có người dùng như vậy",
            "không có tên người dùng như vậy",
        ), "Distrotech/mailutils:po/vi.po"),
        # GNU Mailutils' translated delivery and SMTP client texts (po/): not a valid sender address.
        Phrases("vi.sender-rejected-mailutils", C.SENDER_REJECTED, (
            "không phải là địa chỉ người gửi hợp lệ",
        ), "Distrotech/mailutils:po/vi.po"),
        # GNU Mailutils' translated delivery and SMTP client texts (po/): unsupported authentication scheme.
        Phrases("vi.auth-failed-mailutils", C.AUTH_FAILED, (
            "lược đồ xác thực không được hỗ trợ",
        ), "Distrotech/mailutils:po/vi.po"),
        # GNU Mailutils' translated delivery and SMTP client texts (po/): the remote side (host) closed the connection.
        Phrases("vi.network-error-mailutils", C.NETWORK_ERROR, (
            "bên ở xa đã đóng kết nối",
            "kết nối bị đóng bởi máy ở xa",
        ), "Distrotech/mailutils:po/vi.po"),
        # fetchmail's translated SMTP-listener refusals (po/): it doesn't like the recipient address; it rejected the local recipient addresses.
        Phrases("vi.user-unknown-fetchmail", C.USER_UNKNOWN, (
            "không chấp nhận địa chỉ người nhận",
            "đã từ chối các địa chỉ người nhận",
        ), "Distrotech/fetchmail:po/vi.po"),
        # fetchmail's translated TLS refusal (po/): TLS is mandatory for this session but the server refused CAPA.
        Phrases("vi.tls-required-fetchmail", C.TLS_REQUIRED, (
            "bắt buộc phải sử dụng tls",
        ), "Distrotech/fetchmail:po/vi.po"),
        # fetchmail's translated login failure (po/): unknown login or authentication error.
        Phrases("vi.auth-failed-fetchmail", C.AUTH_FAILED, (
            "lỗi đăng nhập hay xác thực",
        ), "Distrotech/fetchmail:po/vi.po"),
        # fetchmail's translated connect timeout (po/): timeout after N seconds waiting to connect to the server.
        Phrases("vi.network-error-fetchmail", C.NETWORK_ERROR, (
            "quá giờ sau",
        ), "Distrotech/fetchmail:po/vi.po"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("vi.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("kết nối với máy chủ",),
            ("đặt lại", "gián đoạn"),
        ), "thunderbird/thunderbird-l10n:vi/mail/chrome/messenger/messenger.properties", window=50),
    ),
)
