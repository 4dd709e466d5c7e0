"""Thai (th): the SMTP and mail-sending error messages that web applications show
in Thai. Sources: Joomla 3's
PHPMailer strings in this language (PHPMAILER_*)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

LANGUAGE = Language(
    code="th",
    name="Thai",
    phrases=(
        # Joomla 3's Thai PHPMailer strings (PHPMAILER_*)
        Phrases("th.auth-failed-joomla3", C.AUTH_FAILED, (
            "มีข้อผิดพลาดชื่อหรือรหัสผ่านไม่ถูกต้อง",
        ), "cuongnd/banhangonline88_joomla:language/th-TH/th-TH.ini"),
        # Joomla 3's Thai PHPMailer strings (PHPMAILER_*)
        Phrases("th.user-unknown-joomla3", C.USER_UNKNOWN, (
            "มีข้อผิดพลาดผู้รับดังต่อไปนี้",
        ), "cuongnd/banhangonline88_joomla:language/th-TH/th-TH.ini", decisive=False),
        # Joomla 3's Thai PHPMailer strings (PHPMAILER_*)
        Phrases("th.network-error-joomla3", C.NETWORK_ERROR, (
            "ไม่สามารถเชื่อมต่อ smtp ที่โฮสต์ได้", "การเชื่อมต่อ smtp ล้มเหลว",
        ), "cuongnd/banhangonline88_joomla:language/th-TH/th-TH.ini"),
        # Joomla 3's Thai PHPMailer strings (PHPMAILER_*)
        Phrases("th.tls-required-joomla3", C.TLS_REQUIRED, (
            "ไม่สามารถเริ่มทำงาน tls",
        ), "cuongnd/banhangonline88_joomla:language/th-TH/th-TH.ini"),
    ),
)
