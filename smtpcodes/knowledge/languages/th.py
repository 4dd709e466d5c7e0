"""Thai (th): the explanations of bounces that Thai hosts and mail providers give their users.
Sources: GoDaddy's Thai help on bounces, Mail Master's and MailDee's Thai help pages, ThaiZone's
FAQ."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

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
    ),
)
