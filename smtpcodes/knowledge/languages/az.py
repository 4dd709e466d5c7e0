"""Azerbaijani (az): the SMTP error messages that webmails and mail libraries show in
Azerbaijani. Sources: Roundcube's Azerbaijani messages.inc and PHPMailer's Azerbaijani language
file."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_RC = "roundcube/roundcubemail:program/localization/az_AZ/messages.inc"
_PM = "PHPMailer/PHPMailer:language/phpmailer.lang-az.php"

LANGUAGE = Language(
    code="az",
    name="Azerbaijani",
    phrases=(
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("az.network-error-weak-k9", C.NETWORK_ERROR, (
            "bağlantı xətası",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-az/strings.xml", decisive=False),
        # Cypht's 'Failed to authenticate to the SMTP server'.
        Phrases("az.auth-failed-cypht", C.AUTH_FAILED, (
            "əslliyin yoxlamasını yerinə yetirmək müvəffəq olmadı",
        ), "cypht-org/cypht:language/az.php"),
        # Cypht's 'Could not add server: Connection refused'.
        Phrases("az.network-error-cypht", C.NETWORK_ERROR, (
            "birləşmə rədd edilmişdir",
        ), "cypht-org/cypht:language/az.php"),
        # Delta Chat's login failure: cannot log in as the address; check the address and the password.
        Phrases("az.auth-failed-deltachat", C.AUTH_FAILED, (
            "kimi giriş alınmadı",
        ), "deltachat/deltachat-android:src/main/res/values-az/strings.xml"),
        # FairEmail's authentication-failure notice.
        Phrases("az.auth-failed-fairemail", C.AUTH_FAILED, (
            "kimlik doğrulaması uğursuz oldu",
        ), "M66B/FairEmail:app/src/main/res/values-az-rAZ/strings.xml"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("az.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "server limitindən",
        ), "M66B/FairEmail:app/src/main/res/values-az-rAZ/strings.xml", decisive=False),
        Phrases("az.auth-failed", C.AUTH_FAILED, (
            "giriş uğursuz oldu",
        ), _PM),
        Phrases("az.network-error", C.NETWORK_ERROR, (
            "serverlə bağlantı alınmadı", "smtp serverinə qoşulma uğursuz oldu",
        ), _RC + "; " + _PM),
        Phrases("az.too-many-recipients", C.RATE_LIMITED, (
            "qəbul edənlər həddindən artıq çoxdur",
        ), _RC),
        Phrases("az.sender-rejected", C.SENDER_REJECTED, (
            "göndərəni səlavə etmək mümkün deyil",
        ), _RC, decisive=False),
        Phrases("az.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "ünvanlar üzrə alıcılara göndərmə uğursuzdur", "qəbul edəni əlavə etmək mümkün deyil",
        ), _PM + "; " + _RC, decisive=False),
        # Trojitá's SMTP sender (src/MSA/SMTP.cpp), translated: "Cannot send message due to an
        # SSL/TLS error" ("SSL/TLS xətası ilə məktub göndərilə bilməz").
        Phrases("az.tls-required-trojita", C.TLS_REQUIRED, (
            "ssl/tls xətası ilə",
        ), "jktjkt/trojita:po/az/trojita_common.po"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("az.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "saniyə gözləmək",
        ), "roundcube/roundcubemail:program/localization/az_AZ/messages.inc"),
        # Mailspring's sending errors: 'Gmail bandwidth exceeded. Please try again later.' and 'The message has been blocked by Yahoo - you have exceeded your daily sending limit.'
        Phrases("az.rate-limited-mailspring", C.RATE_LIMITED, (
            "bant genişliyi aşıldı",
            "gündəlik göndərmə limitinizi aşdınız",
        ), "Foundry376/Mailspring:app/lang/az.json"),
        # Trojitá's translated IMAP/SMTP login failure (po/): authentication failed, often a bad password or wrong user name.
        Phrases("az.auth-failed-trojita", C.AUTH_FAILED, (
            "kimlik doğrulaması alınmadı",
        ), "jktjkt/trojita:po/az/trojita_common.po"),
    ),
)
