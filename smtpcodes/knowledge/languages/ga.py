"""Irish (ga): the SMTP error messages that mail clients show in Irish. Sources: Thunderbird's
Irish composeMsgs.properties (thunderbird/thunderbird-l10n) and Roundcube's Irish messages.inc."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_TB = (
    "thunderbird/thunderbird-l10n:ga-IE/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_RC = "roundcube/roundcubemail:program/localization/ga_IE/messages.inc"

LANGUAGE = Language(
    code="ga",
    name="Irish",
    phrases=(
        Phrases("ga.auth-failed", C.AUTH_FAILED, (
            "níorbh fhéidir fíordheimhniú a dhéanamh", "leis an modh roghnaithe fíordheimhnithe",
            "theip ar an bhfíordheimhniú",
        ), _TB + "; " + _RC),
        Phrases("ga.network-error", C.NETWORK_ERROR, (
            "gur theip orainn ceangal a bhunú", "gur cailleadh an ceangal",
            "go ndeachaigh an ceangal", "theip ar an nasc leis an bhfreastalaí",
        ), _TB + "; " + _RC),
        Phrases("ga.message-too-large", C.MESSAGE_TOO_LARGE, (
            "teorainn uilíoch méide an fhreastalaí",
        ), _TB),
        Phrases("ga.too-many-recipients", C.RATE_LIMITED, (
            "tá an iomarca faighteoirí ann",
        ), _RC),
        Phrases("ga.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "go bhfuil an seoladh ríomhphoist ceart",
        ), _TB, decisive=False),
        Phrases("ga.network-error-thunderbird", C.NETWORK_ERROR, (
            "go bhfuil cumraíocht mhícheart ar an bhfreastalaí",
        ), _TB),
        Phrases("ga.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "leis an ticéad kerberos",
        ), _TB),
        Phrases("ga.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "focail fhaire neamhchriptithe",
        ), _TB),
        Phrases("ga.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "deimhnigh faighteoir na teachtaireachta",
        ), _TB, decisive=False),
        Phrases("ga.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "le focail fhaire chriptithe",
        ), _TB),
        # Joomla 3's Irish PHPMailer strings (PHPMAILER_*)
        Phrases("ga.auth-failed-joomla3", C.AUTH_FAILED, (
            "theip ar fhíordheimhniú",
        ), "cuongnd/banhangonline88_joomla:language/ga-IE/ga-IE.ini"),
        # Joomla 3's Irish PHPMailer strings (PHPMAILER_*)
        Phrases("ga.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "theip ar an seoladh 'ó' seo a leanas",
        ), "cuongnd/banhangonline88_joomla:language/ga-IE/ga-IE.ini"),
        # Joomla 3's Irish PHPMailer strings (PHPMAILER_*)
        Phrases("ga.user-unknown-joomla3", C.USER_UNKNOWN, (
            "theip ar na faighteoirí seo a leanas",
        ), "cuongnd/banhangonline88_joomla:language/ga-IE/ga-IE.ini", decisive=False),
        # Joomla 3's Irish PHPMailer strings (PHPMAILER_*)
        Phrases("ga.network-error-joomla3", C.NETWORK_ERROR, (
            "níorbh fhéidir ceangal le hóstach smtp", "theip ar cheangal smtp",
        ), "cuongnd/banhangonline88_joomla:language/ga-IE/ga-IE.ini"),
        # Joomla 3's Irish PHPMailer strings (PHPMAILER_*)
        Phrases("ga.tls-required-joomla3", C.TLS_REQUIRED, (
            "níorbh fhéidir tls a thosú",
        ), "cuongnd/banhangonline88_joomla:language/ga-IE/ga-IE.ini"),
    ),
)
