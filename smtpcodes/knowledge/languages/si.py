"""Sinhala (si): the SMTP and mail-sending error messages that web applications show
in Sinhala. Sources: Joomla 3's
PHPMailer strings in this language (PHPMAILER_*)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

LANGUAGE = Language(
    code="si",
    name="Sinhala",
    phrases=(
        # Joomla 3's Sinhala PHPMailer strings (PHPMAILER_*)
        Phrases("si.auth-failed-joomla3", C.AUTH_FAILED, (
            "සථ්‍යාපනය කළ නොහැක",
        ), "cuongnd/banhangonline88_joomla:language/si-LK/si-LK.ini"),
        # Joomla 3's Sinhala PHPMailer strings (PHPMAILER_*)
        Phrases("si.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "මතු දැක්වෙන `වෙතින්` ලිපිනය අසමත්විය",
        ), "cuongnd/banhangonline88_joomla:language/si-LK/si-LK.ini"),
        # Joomla 3's Sinhala PHPMailer strings (PHPMAILER_*)
        Phrases("si.user-unknown-joomla3", C.USER_UNKNOWN, (
            "මතු දැක්වෙන ලාභියා අසමත්විය",
        ), "cuongnd/banhangonline88_joomla:language/si-LK/si-LK.ini", decisive=False),
        # Joomla 3's Sinhala PHPMailer strings (PHPMAILER_*)
        Phrases("si.network-error-joomla3", C.NETWORK_ERROR, (
            "සත්කාරකයට සම්බන්ධ විය නොහැක", "සබඳතාවය අසමත්විය",
        ), "cuongnd/banhangonline88_joomla:language/si-LK/si-LK.ini"),
        # Joomla 3's Sinhala PHPMailer strings (PHPMAILER_*)
        Phrases("si.tls-required-joomla3", C.TLS_REQUIRED, (
            "tls ආරම්භ කල නොහැකිය",
        ), "cuongnd/banhangonline88_joomla:language/si-LK/si-LK.ini"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("si.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "මෙම පණිවිඩය යැවීමට පෙර",
        ), "roundcube/roundcubemail:program/localization/si_LK/messages.inc"),
        # Mailspring's sending errors: 'Gmail bandwidth exceeded. Please try again later.' and 'The message has been blocked by Yahoo - you have exceeded your daily sending limit.'
        Phrases("si.rate-limited-mailspring", C.RATE_LIMITED, (
            "gmail කලාප පළල ඉක්මවා",
            "දිනපතා යැවීමේ සීමාව ඉක්මවා",
        ), "Foundry376/Mailspring:app/lang/si.json"),
    ),
)
