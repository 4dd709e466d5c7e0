"""Uzbek (uz): the SMTP error messages that mail clients show in Uzbek. Sources: Thunderbird's
Uzbek composeMsgs.properties (thunderbird/thunderbird-l10n) and Roundcube's Uzbek messages.inc."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_TB = (
    "thunderbird/thunderbird-l10n:uz/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_RC = "roundcube/roundcubemail:program/localization/uz/messages.inc"

LANGUAGE = Language(
    code="uz",
    name="Uzbek",
    phrases=(
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("uz.tls-required-glib-networking", C.TLS_REQUIRED, (
            "server tls sertifikatini talab qiladi", "qabulqilib bo'lmas tls sertifikat",
            "qabul qilib bo‘lmaydigan tls sertifikat", "tls ulanishini yaratish mumkin emas",
            "tlsga bog'lanishda xatolik", "tls ulanishi kutilmaganda yopildi",
            "sertifikat yubormadi", "halokatli tls ogohlantirish",
            "tls bog'lanish jarayonida xatolik",
        ), "GNOME/glib-networking:po/uz.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("uz.network-error-glib-networking", C.NETWORK_ERROR, (
            "soket i/o javob bermadi", "ulanish uzilgan",
        ), "GNOME/glib-networking:po/uz.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("uz.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "server topilmadi",
        ), ("thunderbird/thunderbird-l10n:uz/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's IMAP errors (imapMsgs.properties): the connection to the server broken.
        Phrases("uz.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "serveri bilan aloqa uzildi",
        ), "thunderbird/thunderbird-l10n:uz/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): plain-text passwords or the method
        # not supported (POP3 alike).
        Phrases("uz.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "ochiq matnli parollarga ruxsat bermaydi", "uslubini qo‘llab-quvvatlamaydi",
        ), "thunderbird/thunderbird-l10n:uz/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("uz.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "uchun parol jo‘natilmadi",
        ), "thunderbird/thunderbird-l10n:uz/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("uz.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "tls aloqa o‘rnatilmadi",
        ), "thunderbird/thunderbird-l10n:uz/mail/chrome/messenger/localMsgs.properties"),
        Phrases("uz.auth-failed", C.AUTH_FAILED, (
            "haqiqiyligi tasdiqlanmadi",
            "tanlangan haqiqiylikni tasdiqlash uslubi bilan ishlay olmaydi",
            "autentifikatsiya muvaffaqqiyatsiz",
        ), _TB + "; " + _RC),
        Phrases("uz.network-error", C.NETWORK_ERROR, (
            "ulana olmadi", "ulanish uzatishning o‘rtasida yo‘qoldi", "ulanish vaqti o‘tib ketdi",
            "serverga ulanish muvaffaqqiyatsiz",
        ), _TB + "; " + _RC),
        Phrases("uz.message-too-large", C.MESSAGE_TOO_LARGE, (
            "serverning global hajm cheklovidan ortiqcha",
        ), _TB),
        Phrases("uz.too-many-recipients", C.RATE_LIMITED, (
            "qabul qiluvchilar soni ko‘p",
        ), _RC),
        Phrases("uz.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "jo‘natuvchini belgilash amalga oshmadi",
        ), _RC, decisive=False),
        Phrases("uz.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "e-pochta manzili to‘g‘ri ekanligini tasdiqlang",
        ), _TB, decisive=False),
        Phrases("uz.network-error-thunderbird", C.NETWORK_ERROR, (
            "server noto‘g‘ri sozlangan bo‘lishi mumkin",
        ), _TB),
        Phrases("uz.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "faqat matndan iborat parollarni qo‘llab-quvvatlamaydi",
        ), _TB),
        Phrases("uz.user-unknown-roundcube", C.USER_UNKNOWN, (
            "qabul qiluvchini belgilash amalga oshmadi",
        ), _RC, decisive=False),
        Phrases("uz.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "qabul qiluvchini tekshiring",
        ), _TB, decisive=False),
        Phrases("uz.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "shifrlangan parollarni qo‘llab-quvvatlamaydiganga",
        ), _TB),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("uz.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "xat jo‘natishdan avval",
        ), "roundcube/roundcubemail:program/localization/uz/messages.inc"),
        # Mailspring's sending errors: 'Gmail bandwidth exceeded. Please try again later.' and 'The message has been blocked by Yahoo - you have exceeded your daily sending limit.'
        Phrases("uz.rate-limited-mailspring", C.RATE_LIMITED, (
            "gmail tarmoqli kengligi oshdi",
            "kunlik yuborish limitidan oshdingiz",
        ), "Foundry376/Mailspring:app/lang/uz.json"),
    ),
)
