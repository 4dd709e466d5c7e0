"""Malay (ms): the SMTP error messages that mail clients and mail libraries show in Malay.
Sources: Thunderbird's Malay composeMsgs.properties (thunderbird/thunderbird-l10n) and PHPMailer's
Malay language file."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_TB = (
    "thunderbird/thunderbird-l10n:ms/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_PM = "PHPMailer/PHPMailer:language/phpmailer.lang-ms.php"

LANGUAGE = Language(
    code="ms",
    name="Malay",
    phrases=(
        Phrases("ms.auth-failed", C.AUTH_FAILED, (
            "tidak dapat mengesahkan pelayan", "tidak menyokong kaedah pengesahan",
            "tidak dapat pengesahan",
        ), _TB + "; " + _PM),
        Phrases("ms.network-error", C.NETWORK_ERROR, (
            "gagal disambungkan dengan pelayan", "hilang sambungan dengan pelayan",
            "kerana sambungan dengan pelayan keluar", "tidak dapat menghubungi hos pelayan smtp",
            "smtp connect() telah gagal",
        ), _TB + "; " + _PM),
        Phrases("ms.message-too-large", C.MESSAGE_TOO_LARGE, (
            "melebihi had saiz global pelayan",
        ), _TB),
        Phrases("ms.sender-rejected", C.SENDER_REJECTED, (
            "berikut merupakan ralat dari alamat e-mel",
        ), _PM),
        Phrases("ms.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "alamat e-mel anda adalah betul",
        ), _TB, decisive=False),
        Phrases("ms.network-error-thunderbird", C.NETWORK_ERROR, (
            "pelayan mungkin tersilap konfigurasi",
        ), _TB),
        Phrases("ms.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "tidak mengizinkan kata laluan teks jelas",
        ), _TB),
        Phrases("ms.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "penerima e-mel berikut telah gagal",
        ), _PM, decisive=False),
    ),
)
