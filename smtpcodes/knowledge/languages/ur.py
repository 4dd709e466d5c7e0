"""Urdu (ur): the SMTP error messages that mail libraries show in Urdu. Sources: PHPMailer's Urdu
language file."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_PM = "PHPMailer/PHPMailer:language/phpmailer.lang-ur.php"

LANGUAGE = Language(
    code="ur",
    name="Urdu",
    phrases=(
        Phrases("ur.auth-failed", C.AUTH_FAILED, (
            "تصدیق کرنے سے قاصر",
        ), _PM),
        Phrases("ur.network-error", C.NETWORK_ERROR, (
            "سرور سے منسلک ہونے سے قاصر", "ملنا ناکام ہوا",
        ), _PM),
        Phrases("ur.sender-rejected", C.SENDER_REJECTED, (
            "بھیجنے والے کا پتہ ناکام ہو گیا",
        ), _PM),
        Phrases("ur.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "درج ذیل پتہ پر نہیں بھیجا جاسکا",
        ), _PM, decisive=False),
    ),
)
