"""Thai (th): the Thai SMTP error wording of mail clients and web frameworks that show or quote a
server's refusal. Sources: Thunderbird's composeMsgs.properties (thunderbird/thunderbird-l10n),
Mailspring's send and account errors (app/lang), Zimbra's web-client errors (Zimbra/zm-ajax
ZMsg), and CodeIgniter's Email library (codeigniter4/translations, bcit-ci/codeigniter3-translations).
Also: SOGo's send errors and Thunderbird for Android's account errors.

Thai is written without spaces between words; every Thai letter is read as a possible word
start, so these phrases are kept long enough to name their reason alone.
Also: Joomla 3's PHPMailer strings in this language (PHPMAILER_*), as web
applications show them.
Also: GoDaddy's Thai help on bounces, Mail Master's and MailDee's Thai help pages, ThaiZone's
FAQ."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_TB_L10N = (
    "thunderbird/thunderbird-l10n:th/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)
_MAILSPRING = "Foundry376/Mailspring:app/lang/th.json"
_ZIMBRA = "Zimbra/zm-ajax:WebRoot/messages/ZMsg_th.properties"
_CI4 = "codeigniter4/translations:Language/th/Email.php"
_CI3 = "bcit-ci/codeigniter3-translations:language/thai/email_lang.php"

_GODADDY = "https://www.godaddy.com/th-th/help/what-does-my-email-bounce-mean-3568"
_MAILMASTER = (
    "https://www.mailmaster.co.th/manual/detail/551_%E0%B8%AD%E0%B8%B5%E0%B9%80%E0%B8%A1%E0%B8%A5"
    "%E0%B9%84%E0%B8%A1%E0%B9%88%E0%B8%AA%E0%B8%B2%E0%B8%A1%E0%B8%B2%E0%B8%A3%E0%B8%96%E0%B8%AA%E0"
    "%B9%88%E0%B8%87%E0%B8%AD%E0%B8%AD%E0%B8%81%E0%B9%84%E0%B8%94%E0%B9%89_%E0%B8%AB%E0%B8%A3%E0%B8"
    "%B7%E0%B8%AD_%E0%B8%9C%E0%B8%B9%E0%B9%89%E0%B8%A3%E0%B8%B1%E0%B8%9A%E0%B9%84%E0%B8%A1%E0%B9%88"
    "%E0%B9%84%E0%B8%94%E0%B9%89%E0%B8%A3%E0%B8%B1%E0%B8%9A%E0%B8%AD%E0%B8%B5%E0%B9%80%E0%B8%A1%E0"
    "%B8%A5"
)
_MAILDEE_UNKNOWN = "http://emailserverhosting.maildee.com/2015/02/email-unknown-user.html"


LANGUAGE = Language(
    code="th",
    name="Thai",
    phrases=(
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("th.tls-required-glib-networking", C.TLS_REQUIRED, (
            "เซิร์ฟเวอร์ต้องการใบรับรอง tls", "ใบรับรอง tls ไม่เป็นที่ยอมรับ",
            "ดำเนินการ tls handshake ไม่สำเร็จ", "การเชื่อมต่อ tls ปิดอย่างกะทันหัน",
            "ไม่ส่งใบรับรองมา", "คำเตือน tls ร้ายแรง",
        ), "GNOME/glib-networking:po/th.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("th.network-error-glib-networking", C.NETWORK_ERROR, (
            "i/o ของซ็อกเก็ตหมดเวลา", "การเชื่อมต่อเสียหาย",
        ), "GNOME/glib-networking:po/th.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): unable to log in
        # at the server, probably a wrong configuration, username or password.
        Phrases("th.auth-failed-thunderbird-setup", C.AUTH_FAILED, (
            "ไม่สามารถเข้าสู่ระบบที่เซิร์ฟเวอร์ได้",
        ), ("thunderbird/thunderbird-l10n:th/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("th.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "ไม่พบเซิร์ฟเวอร์",
        ), ("thunderbird/thunderbird-l10n:th/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's account setup (accountSetup.ftl): authentication failed, the credentials
        # wrong or incomplete.
        Phrases("th.auth-failed-weak-thunderbird-setup", C.AUTH_FAILED, (
            "การยืนยันตัวตนล้มเหลว",
        ), "thunderbird/thunderbird-l10n:th/mail/messenger/accountcreation/accountSetup.ftl", decisive=False),
        # Thunderbird's connection errors (messenger.properties): the connection failed.
        Phrases("th.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "ไม่สามารถเชื่อมต่อไปยังเซิร์ฟเวอร์",
        ), "thunderbird/thunderbird-l10n:th/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's connection errors (messenger.properties): an authentication failure
        # while connecting (OAuth2).
        Phrases("th.auth-failed-thunderbird-connection", C.AUTH_FAILED, (
            "การรับรองความถูกต้องล้มเหลว",
        ), "thunderbird/thunderbird-l10n:th/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the server disconnected.
        Phrases("th.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "ได้ตัดการเชื่อมต่อแล้ว",
        ), "thunderbird/thunderbird-l10n:th/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): plain-text passwords not allowed
        # (POP3 alike).
        Phrases("th.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "ไม่อนุญาตรหัสผ่านแบบข้อความธรรมดา",
        ), "thunderbird/thunderbird-l10n:th/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): a TLS error that cannot be
        # overridden.
        Phrases("th.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "ข้อผิดพลาด tls ที่ไม่สามารถมองข้ามได้",
        ), "thunderbird/thunderbird-l10n:th/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("th.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "การส่งรหัสผ่านสำหรับผู้ใช้",
        ), "thunderbird/thunderbird-l10n:th/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("th.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "ไม่สามารถสร้างการเชื่อมต่อ tls",
        ), "thunderbird/thunderbird-l10n:th/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird: the outgoing server refused the credentials or the chosen mechanism.
        Phrases("th.auth-failed-thunderbird", C.AUTH_FAILED, (
            "ไม่สามารถรับรองความถูกต้องกับเซิร์ฟเวอร์ขาออก",
            "ไม่รองรับวิธีการรับรองความถูกต้องที่เลือก",
            "ไม่ยอมรับตั๋ว kerberos/gssapi",
            "ไม่อนุญาตรหัสผ่านที่เป็นข้อความธรรมดา",
            "ไม่รองรับรหัสผ่านที่เข้ารหัสลับ",
        ), _TB_L10N),
        # Thunderbird: more recipients than the server allows.
        Phrases("th.rate-limited-thunderbird", C.RATE_LIMITED, (
            "มีผู้รับเกินกว่าจำนวนที่อนุญาต",
        ), _TB_L10N),
        # Thunderbird: the message is over the server's global size limit.
        Phrases("th.message-too-large-thunderbird", C.MESSAGE_TOO_LARGE, (
            "เกินขีดจำกัดขนาดส่วนกลางของเซิร์ฟเวอร์",
        ), _TB_L10N),
        # Thunderbird: the connection to the outgoing server failed, was lost mid-transaction or
        # timed out; the outgoing server is unknown.
        Phrases("th.network-error-thunderbird", C.NETWORK_ERROR, (
            "อาจไม่พร้อมใช้งานหรือปฏิเสธการเชื่อมต่อ",
            "หายไประหว่างการทำธุรกรรม",
            "หมดเวลา ลองอีกครั้ง",
            "ไม่รู้จักเซิร์ฟเวอร์ขาออก",
        ), _TB_L10N),
        # Thunderbird: STARTTLS was asked for but the server does not announce it.
        Phrases("th.tls-required-thunderbird", C.TLS_REQUIRED, (
            "ไม่สามารถสร้างลิงก์ที่ปลอดภัยกับเซิร์ฟเวอร์ขาออก",
        ), _TB_L10N),
        # Thunderbird: the envelope sender (From:) or the sending identity was refused; the MAIL
        # FROM reply with a hint to check the account's address; the identity and authentication
        # used for sending (the server's own reply decides where it names a reason).
        Phrases("th.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "ที่อยู่ของผู้ส่ง (จาก:) ไม่ถูกต้อง",
            "ข้อมูลประจำตัวของผู้ส่งไม่ถูกต้อง",
            "ที่อยู่อีเมลของคุณถูกต้องในการตั้งค่าบัญชี",
            "ใช้ข้อมูลประจำตัวที่ถูกต้องในการส่ง",
        ), _TB_L10N, decisive=False),
        # Thunderbird: the server's answer to CLIENTID says this device may not send mail.
        Phrases("th.policy-violation-thunderbird-clientid", C.POLICY_VIOLATION, (
            "อุปกรณ์ของคุณไม่ได้รับอนุญาตให้ส่งจดหมาย",
        ), _TB_L10N),
        # Thunderbird: non-ASCII local part and a server without SMTPUTF8.
        Phrases("th.content-rejected-thunderbird", C.CONTENT_REJECTED, (
            "เซิร์ฟเวอร์ของคุณไม่รองรับ smtputf8",
        ), _TB_L10N),
        # Mailspring's send and account errors: the server's refusal as the client words it.
        Phrases("th.auth-failed-mailspring", C.AUTH_FAILED, (
            "ข้อผิดพลาดในการตรวจสอบสิทธิ์",
            "ไม่สนับสนุนการตรวจสอบชื่อผู้ใช้ / รหัสผ่านขั้นพื้นฐาน",
            "ไม่สามารถตรวจสอบสิทธิ์กับ",
        ), _MAILSPRING),
        Phrases("th.auth-required-mailspring", C.AUTH_REQUIRED, (
            "ต้องการการตรวจสอบสิทธิ์",
        ), _MAILSPRING),
        Phrases("th.network-error-mailspring", C.NETWORK_ERROR, (
            "ไม่สามารถเชื่อมต่อกับเซิร์ฟเวอร์ / พอร์ตที่คุณระบุ",
        ), _MAILSPRING),
        Phrases("th.tls-required-mailspring", C.TLS_REQUIRED, (
            "starttls ไม่พร้อมใช้งาน",
            "tls ไม่สามารถใช้งานได้",
        ), _MAILSPRING),
        Phrases("th.relay-denied-mailspring", C.RELAY_DENIED, (
            "เซิร์ฟเวอร์ smtp จะไม่ส่งต่อข้อความ",
        ), _MAILSPRING),
        Phrases("th.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "ไฟล์แนบที่ไม่ได้รับอนุญาตโดยเซิร์ฟเวอร์",
        ), _MAILSPRING),
        Phrases("th.rate-limited-mailspring", C.RATE_LIMITED, (
            "เกินขีด จำกัด การส่งรายวัน",
            "แบนด์วิดท์ gmail สูงกว่า",
        ), _MAILSPRING),
        Phrases("th.spam-content-mailspring", C.SPAM_CONTENT, (
            "ตัวกรองจดหมายขยะขาออก",
        ), _MAILSPRING),
        Phrases("th.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "มีการเชื่อมต่อที่ใช้งานอยู่",
        ), _MAILSPRING),
        # Zimbra web client's errors (ZMsg): no such account, an invalid address, the message over
        # the size limit, wrong credentials, authentication required, too many hops, no server.
        Phrases("th.user-unknown-zimbra", C.USER_UNKNOWN, (
            "ไม่มีบัญชีนี้",
        ), _ZIMBRA),
        Phrases("th.user-unknown-zimbra-address", C.USER_UNKNOWN, (
            "เนื่องจากที่อยู่ไม่ถูกต้อง",
        ), _ZIMBRA, decisive=False),
        Phrases("th.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, (
            "มีขนาดใหญ่เกินขนาดสูงสุดที่อนุญาต",
        ), _ZIMBRA),
        Phrases("th.auth-failed-zimbra", C.AUTH_FAILED, (
            "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง",
        ), _ZIMBRA),
        Phrases("th.auth-required-zimbra", C.AUTH_REQUIRED, (
            "ต้องมีการรับรองความถูกต้อง",
        ), _ZIMBRA),
        Phrases("th.network-error-zimbra", C.NETWORK_ERROR, (
            "มีการข้ามระหว่างเซิร์ฟเวอร์มากเกินไป",
            "ไม่สามารถติดต่อกับเซิร์ฟเวอร์",
            "ข้อผิดพลาดการหมดเวลา",
        ), _ZIMBRA),
        # CodeIgniter's Email library: the server refused the user name or the password.
        Phrases("th.auth-failed-codeigniter4", C.AUTH_FAILED, (
            "ไม่สามารถตรวจสอบชื่อผู้ใช้ได้",
            "ไม่สามารถตรวจสอบรหัสผ่านได้",
        ), _CI4),
        Phrases("th.auth-failed-codeigniter3", C.AUTH_FAILED, (
            "การยืนยันผู้ใช้งานล้มเหลว",
            "การยืนยันรหัสผ่านล้มเหลว",
        ), _CI3),
        # CodeIgniter 3: AUTH LOGIN could not be sent; the server's own reply follows and decides.
        Phrases("th.auth-failed-weak-codeigniter3", C.AUTH_FAILED, (
            "กากรส่งคำสั่ง auth login ล้มเหลว",
        ), _CI3, decisive=False),
        # SOGo's send errors: every recipient or some recipients refused by the SMTP server; the SMTP connection failed.
        Phrases("th.user-unknown-sogo", C.USER_UNKNOWN, (
            "ผู้รับทั้งหมดไม่ถูกต้อง",
            "ที่อยู่ต่อไปนี้ไม่ถูกต้อง",
        ), "Alinto/sogo:UI/MailerUI/Thai.lproj/Localizable.strings"),
        # SOGo's send errors: every recipient or some recipients refused by the SMTP server; the SMTP connection failed.
        Phrases("th.network-error-sogo", C.NETWORK_ERROR, (
            "เกิดข้อผิดพลาดขณะเชื่อมต่อกับเซิร์ฟเวอร์ smtp",
        ), "Alinto/sogo:UI/MailerUI/Thai.lproj/Localizable.strings"),
        # Thunderbird for Android (K-9) legends: a connection or network error (weak: the server's own reply decides).
        Phrases("th.network-error-weak-thunderbird-android", C.NETWORK_ERROR, (
            "เกิดข้อผิดพลาดของเครือข่าย",
        ), (
            "thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-th/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-th/strings.xml"
        ), decisive=False),
        # Thunderbird for Android (K-9) legends: authentication failed or an authentication error (weak).
        Phrases("th.auth-failed-weak-thunderbird-android", C.AUTH_FAILED, (
            "ผิดพลาดในการรับรองความถูกต้อง",
        ), (
            "thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-th/strings.xml"
        ), decisive=False),
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
        # GoDaddy's Thai help: an address "ไม่ถูกต้องหรือไม่มีอยู่จริง" (wrong or not real), a
        # full mailbox ("กล่องจดหมายเต็ม").
        Phrases("th.user-unknown-godaddy", C.USER_UNKNOWN, ("ไม่มีอยู่จริง",), _GODADDY),
        Phrases("th.mailbox-full", C.MAILBOX_FULL, ("กล่องจดหมายเต็ม",), _GODADDY),
        # Mail Master's help on mail that cannot go out: a file type not allowed, a file too big,
        # outgoing mail on a blacklist, the destination mailbox full.
        Phrases("th.content-rejected-mailmaster", C.CONTENT_REJECTED, ("นามสกุลไม่อนุญาตให้ส่ง",),
                _MAILMASTER),
        Phrases("th.message-too-large-mailmaster", C.MESSAGE_TOO_LARGE, ("ไฟล์ที่มีขนาดใหญ่เกินไป",),
                _MAILMASTER),
        Phrases("th.blocklisted-mailmaster", C.BLOCKLISTED, ("โดน blacklist",), _MAILMASTER),
        Phrases("th.mailbox-full-mailmaster", C.MAILBOX_FULL, ("อีเมลปลายทางเต็ม",), _MAILMASTER),
        # MailDee's note on 'unknown user': the mail did not arrive "เพราะไม่มีรายชื่อนั้นอยู่จริง".
        Phrases("th.user-unknown-maildee", C.USER_UNKNOWN, ("ไม่มีรายชื่อนั้นอยู่จริง",), _MAILDEE_UNKNOWN),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("th.rate-limited-sogo", C.RATE_LIMITED, (
            "ส่งอีเมลมากเกินไป",
        ), "Alinto/sogo:UI/MailerUI/Thai.lproj/Localizable.strings"),
        # Microsoft's help title for Exchange Online's 4.5.3 'Too many recipients (AS780090)' (the message over the per-message recipient limit).
        Phrases("th.too-many-recipients-exchange", C.RATE_LIMITED, (
            "ผู้รับมากเกินไป",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.th-TH:AlchemyInsights/antispam-4-5-3-too-many-recipients-as780090.md"),
        # Microsoft's help title for Exchange Online's 5.1.90 NDR: the sender's daily recipient limit reached.
        Phrases("th.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "ขีดจํากัดสูงสุดต่อวัน",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.th-TH:AlchemyInsights/5-1-90-your-message-cant-be-sent-daily-limit.md"),
        # Microsoft's help title for SharePoint's 'Daily email limit exceeded. Workflow is suspended'.
        Phrases("th.rate-limited-daily-email-workflow", C.RATE_LIMITED, (
            "ขีดจํากัดอีเมลรายวัน",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.th-TH:AlchemyInsights/daily-email-limit-exceeded.md"),
        # Microsoft's help on Exchange Online's mailbox receiving limit (3,600 messages an hour): senders get a 5.2.121 or 5.2.122 NDR saying the mailbox exceeded its maximum delivery threshold.
        Phrases("th.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "เกินค่าเกณฑ์การส่งสูงสุด",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.th-TH:AlchemyInsights/mailbox-receiving-limit.md"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        Phrases("th.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "ขีดจํากัดอัตราของผู้รับ",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.th-TH:AlchemyInsights/need-help-with-email-sending-limits.md"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("th.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("การเชื่อมต่อไปยังเซิร์ฟเวอร์",),
            ("หมดเวลา", "ถูกรีเซ็ต", "ถูกขัดจังหวะ"),
        ), "thunderbird/thunderbird-l10n:th/mail/chrome/messenger/messenger.properties", window=40),
    ),
)
