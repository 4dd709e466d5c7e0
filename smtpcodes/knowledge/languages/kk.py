"""Kazakh (kk): the SMTP error messages that mail clients show in Kazakh. Sources:
Thunderbird's Kazakh composeMsgs.properties (thunderbird/thunderbird-l10n).
Also: Evolution's translated RFC 5321 reply texts (GNOME/evolution-data-server po/)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_TB = (
    "thunderbird/thunderbird-l10n:kk/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_EVO = "GNOME/evolution-data-server:po/kk.po"

LANGUAGE = Language(
    code="kk",
    name="Kazakh",
    phrases=(
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("kk.tls-required-glib-networking", C.TLS_REQUIRED, (
            "сервер tls сертификатын талап етеді", "жарамсыз tls сертификат",
            "байланысын жасау мүмкін емес", "tls байланысты орнату сәлемдемесін",
            "tls байланысты күтпегенде жабылды", "сертификатты жібермеген", "қатаң tls ескертуін",
        ), "GNOME/glib-networking:po/kk.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("kk.network-error-glib-networking", C.NETWORK_ERROR, (
            "сокет е/ш күту мерзімі аяқталған", "байланыс бұзылған",
        ), "GNOME/glib-networking:po/kk.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("kk.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "серверді табу мүмкін емес",
        ), ("thunderbird/thunderbird-l10n:kk/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's account setup (accountSetup.ftl): authentication failed, the credentials
        # wrong or incomplete.
        Phrases("kk.auth-failed-weak-thunderbird-setup", C.AUTH_FAILED, (
            "аутентификация сәтсіз аяқталды",
        ), "thunderbird/thunderbird-l10n:kk/mail/messenger/accountcreation/accountSetup.ftl", decisive=False),
        # Thunderbird's connection errors (messenger.properties): the connection refused or
        # timed out.
        Phrases("kk.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "байланыс тайдырылды", "байланысуды күту уақыты бітті",
        ), "thunderbird/thunderbird-l10n:kk/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the connection to the server broken.
        Phrases("kk.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "серверімен байланыс үзілді",
        ), "thunderbird/thunderbird-l10n:kk/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): plain-text passwords or the method
        # not supported (POP3 alike).
        Phrases("kk.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "парольдерді қолдамайтын", "аутентификация тәсілін қолдамайтын",
        ), "thunderbird/thunderbird-l10n:kk/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): a TLS error that cannot be
        # overridden.
        Phrases("kk.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "жөнделмейтін tls қатесі",
        ), "thunderbird/thunderbird-l10n:kk/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("kk.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "парольді жіберу сәтсіз",
        ), "thunderbird/thunderbird-l10n:kk/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("kk.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "tls байланысын орнату мүмкін емес",
        ), "thunderbird/thunderbird-l10n:kk/mail/chrome/messenger/localMsgs.properties"),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("kk.network-error-weak-k9", C.NETWORK_ERROR, (
            "желі қатесі",
        ), "thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-kk/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("kk.auth-failed-weak-k9", C.AUTH_FAILED, (
            "аутентификация қатесі",
        ), "thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-kk/strings.xml", decisive=False),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("kk.auth-required-kmail", C.AUTH_REQUIRED, (
            "пайдаланушының атауы мен паролін келтіру керек",
        ), "KDE/kmailtransport:po/kk/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("kk.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "аутентификацияны қолдамайды",
        ), "KDE/kmailtransport:po/kk/libmailtransport6.po"),
        Phrases("kk.auth-failed", C.AUTH_FAILED, (
            "аутентификациядан өту мүмкін емес", "таңдалған аутентификация тәсілін қолдамайды",
        ), _TB),
        Phrases("kk.network-error", C.NETWORK_ERROR, (
            "байланысты орнату сәтсіз аяқталды", "байланыс алмасудың ортасында үзілген",
            "байланысты орнатудың уақыты аяқталды",
        ), _TB),
        Phrases("kk.message-too-large", C.MESSAGE_TOO_LARGE, (
            "сервердің глобалды өлшем шегінен асып",
        ), _TB),
        Phrases("kk.too-many-recipients", C.RATE_LIMITED, (
            "алушылардың саны рұқсат етілген санынан асып",
        ), _TB),
        Phrases("kk.smtputf8", C.CONTENT_REJECTED, (
            "smtputf8 қолдамайды",
        ), _TB),
        Phrases("kk.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "адресіңіздің дұрыстығын тексеріп",
        ), _TB, decisive=False),
        Phrases("kk.network-error-thunderbird", C.NETWORK_ERROR, (
            "сервер қате бапталғаг болуы мүмкін",
        ), _TB),
        Phrases("kk.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "билетін қабылдамады",
        ), _TB),
        Phrases("kk.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "ашық мәтін парольдерін қолдамайтын",
        ), _TB),
        Phrases("kk.mailbox-full-evolution", C.MAILBOX_FULL, (
            "жад квотасынан асты",
        ), _EVO),
        Phrases("kk.system-full-evolution", C.SYSTEM_FULL, (
            "жүйелік жад жеткіліксіз",
        ), _EVO),
        Phrases("kk.auth-required-evolution", C.AUTH_REQUIRED, (
            "аутентификация керек",
        ), _EVO),
        Phrases("kk.auth-failed-evolution", C.AUTH_FAILED, (
            "уақытша аутентификация қатесі", "аутентификация механизмі тым әлсіз",
        ), _EVO),
        Phrases("kk.tls-required-evolution", C.TLS_REQUIRED, (
            "үшін шифрлеу қажет",
        ), _EVO),
        Phrases("kk.has-moved-evolution", C.HAS_MOVED, (
            "пайдаланушы жергілікті емес",
        ), _EVO),
        Phrases("kk.user-unknown-evolution", C.USER_UNKNOWN, (
            "пошта жәшігі қолжетімді емес", "пошта жәшігінің атына рұқсат жоқ",
        ), _EVO, decisive=False),
        Phrases("kk.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "қызмет қолжетімді емес",
        ), _EVO, decisive=False),
        Phrases("kk.server-error-evolution", C.SERVER_ERROR, (
            "өңдеу кезіндегі қате",
        ), _EVO, decisive=False),
        Phrases("kk.syntax-error-evolution", C.SYNTAX_ERROR, (
            "синтаксистік қате",
        ), _EVO, decisive=False),
        Phrases("kk.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "команда іске асырылмаған",
        ), _EVO, decisive=False),
        Phrases("kk.auth-failed-evolution-response", C.AUTH_FAILED, (
            "қате аутентификация жауабы",
        ), _EVO),
        Phrases("kk.sender-rejected-evolution", C.SENDER_REJECTED, (
            "жіберуші адресі жарамсыз",
        ), _EVO, decisive=False),
        Phrases("kk.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "дұрыс жеке мәліметтер қолданатыныңызға",
        ), _TB, decisive=False),
        Phrases("kk.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "хабарлама алушысын тексеріп",
        ), _TB, decisive=False),
        Phrases("kk.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "шифрленген парольдерді қолдамайтын",
        ), _TB),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("kk.rate-limited-sogo", C.RATE_LIMITED, (
            "тым көп хат",
        ), "Alinto/sogo:UI/MailerUI/Kazakh.lproj/Localizable.strings"),
        # Mailspring's sending errors: 'Gmail bandwidth exceeded. Please try again later.' and 'The message has been blocked by Yahoo - you have exceeded your daily sending limit.'
        Phrases("kk.rate-limited-mailspring", C.RATE_LIMITED, (
            "gmail өткізу қабілеті асты",
            "күнделікті жіберу лимитінен",
        ), "Foundry376/Mailspring:app/lang/kk.json"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("kk.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("серверіне байланысу",),
            ("тасталды", "үзілді"),
        ), "thunderbird/thunderbird-l10n:kk/mail/chrome/messenger/messenger.properties", window=40),
    ),
)
