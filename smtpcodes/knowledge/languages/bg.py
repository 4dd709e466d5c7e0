"""Bulgarian (bg): the SMTP error messages that mail clients and mail libraries show in
Bulgarian. Sources: Thunderbird's Bulgarian composeMsgs.properties (thunderbird/thunderbird-l10n),
Roundcube's Bulgarian messages.inc and PHPMailer's Bulgarian language file."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_TB = (
    "thunderbird/thunderbird-l10n:bg/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_RC = "roundcube/roundcubemail:program/localization/bg_BG/messages.inc"
_PM = "PHPMailer/PHPMailer:language/phpmailer.lang-bg.php"

LANGUAGE = Language(
    code="bg",
    name="Bulgarian",
    phrases=(
        Phrases("bg.auth-failed", C.AUTH_FAILED, (
            "неуспешно удостоверяване", "не поддържа избрания метод за удостоверяване",
            "не може да се удостовери", "грешни потребител",
        ), _TB + "; " + _PM + "; " + _RC),
        Phrases("bg.network-error", C.NETWORK_ERROR, (
            "поради липса на връзка с изходящия", "пропадна насред предаването",
            "времето за изчакване на изходящия", "не може да се свърже с smtp хоста",
            "няма връзка със сървъра",
        ), _TB + "; " + _PM + "; " + _RC),
        Phrases("bg.message-too-large", C.MESSAGE_TOO_LARGE, (
            "надхвърля ограничението на сървъра за общ размер",
            "размерът на писмото надвишава ограничението",
        ), _TB + "; " + _RC),
        Phrases("bg.too-many-recipients", C.RATE_LIMITED, (
            "превишаване на разрешения брой получатели", "прекалено много адреси за изпращане",
        ), _TB + "; " + _RC),
        Phrases("bg.smtputf8", C.CONTENT_REJECTED, (
            "не поддържа smtputf8", "не поддържа unicode в имейл адреса",
        ), _TB + "; " + _RC),
        Phrases("bg.sender-rejected", C.SENDER_REJECTED, (
            "следните адреси за подател са невалидни",
        ), _PM),
        Phrases("bg.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "дали е верен пощенският ви адрес",
        ), _TB, decisive=False),
        Phrases("bg.network-error-thunderbird", C.NETWORK_ERROR, (
            "сървърът може би е неправилно конфигуриран",
        ), _TB),
        Phrases("bg.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "билетът kerberos",
        ), _TB),
        Phrases("bg.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "не приема пароли от обикновен текст",
        ), _TB),
        Phrases("bg.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "следните адреси за получател са невалидни",
        ), _PM, decisive=False),
    ),
)
