"""Bengali (bn): the SMTP error messages that mail libraries and mail clients show in Bengali.
Sources: PHPMailer's Bengali language file."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_PM = "PHPMailer/PHPMailer:language/phpmailer.lang-bn.php"

LANGUAGE = Language(
    code="bn",
    name="Bengali",
    phrases=(
        Phrases("bn.auth-failed", C.AUTH_FAILED, (
            "প্রমাণীকরণ করতে অক্ষম",
        ), _PM),
        Phrases("bn.network-error", C.NETWORK_ERROR, (
            "সার্ভারের সাথে সংযোগ করতে অক্ষম", "smtp সংযোগ() ব্যর্থ হয়েছে",
        ), _PM),
        Phrases("bn.sender-rejected", C.SENDER_REJECTED, (
            "নিম্নলিখিত প্রেরকের ঠিকানা",
        ), _PM),
        Phrases("bn.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "নিম্নলিখিত গন্তব্যগুলি ব্যর্থ হয়েছে",
        ), _PM, decisive=False),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("bn.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "এই চিঠি পাঠানোর আগে",
        ), "roundcube/roundcubemail:program/localization/bn_BD/messages.inc"),
        # Mailspring's sending errors: 'Gmail bandwidth exceeded. Please try again later.' and 'The message has been blocked by Yahoo - you have exceeded your daily sending limit.'
        Phrases("bn.rate-limited-mailspring", C.RATE_LIMITED, (
            "ব্যান্ডউইথ অতিক্রম",
            "দৈনিক প্রেরণ সীমা অতিক্রম",
        ), "Foundry376/Mailspring:app/lang/bn.json"),
    ),
)
