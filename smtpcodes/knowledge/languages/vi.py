"""Vietnamese (vi): the SMTP error messages that mail clients and mail libraries show in
Vietnamese. Sources: Thunderbird's Vietnamese composeMsgs.properties
(thunderbird/thunderbird-l10n), Roundcube's Vietnamese messages.inc and PHPMailer's Vietnamese
language file."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_TB = (
    "thunderbird/thunderbird-l10n:vi/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_RC = "roundcube/roundcubemail:program/localization/vi_VN/messages.inc"
_PM = "PHPMailer/PHPMailer:language/phpmailer.lang-vi.php"

LANGUAGE = Language(
    code="vi",
    name="Vietnamese",
    phrases=(
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
            "lỗi địa chỉ gửi đi", "không thể bố trí người gửi",
        ), _PM + "; " + _RC),
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
    ),
)
