"""Irish (ga): the SMTP error messages that mail clients show in Irish. Sources: Thunderbird's
Irish composeMsgs.properties (thunderbird/thunderbird-l10n) and Roundcube's Irish messages.inc."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_TB = (
    "thunderbird/thunderbird-l10n:ga-IE/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_RC = "roundcube/roundcubemail:program/localization/ga_IE/messages.inc"

LANGUAGE = Language(
    code="ga",
    name="Irish",
    phrases=(
        # Mutt's authentication errors (po/): anonymous, CRAM-MD5, GSSAPI, SASL or APOP
        # authentication failed, LOGIN disabled on the server, login failed.
        Phrases("ga.auth-failed-mutt-po", C.AUTH_FAILED, (
            "díchumasaíodh login",
        ), "muttmua/mutt:po/ga.po"),
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write.
        Phrases("ga.network-error-mutt-po", C.NETWORK_ERROR, (
            "níorbh fhéidir dul i dteagmháil le", "dhún an freastalaí an nasc",
        ), "muttmua/mutt:po/ga.po"),
        # Mutt's TLS errors (po/): TLS could not be negotiated, no encrypted connection, SSL
        # failed, the server certificate expired, untrusted or not matching the host name, its
        # verification failed.
        Phrases("ga.tls-required-mutt-po", C.TLS_REQUIRED, (
            "níorbh fhéidir nasc tls a shocrú", "níl nasc criptithe ar fáil", "theip ar ssl",
            "tá an teastas as feidhm", "teastas an fhreastalaí as feidhm",
            "comhoiriúnach leis an teastas", "níorbh fhéidir an teastas a fháil",
            "teastas á fhíorú",
        ), "muttmua/mutt:po/ga.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): unable to log in
        # at the server, probably a wrong configuration, username or password.
        Phrases("ga.auth-failed-thunderbird-setup", C.AUTH_FAILED, (
            "ní féidir logáil isteach ar an bhfreastalaí",
        ), ("thunderbird/thunderbird-l10n:ga-IE/mail/chrome/messenger/accountCreationModel.pr"
            "operties")),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("ga.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "ní féidir freastalaí a aimsiú",
        ), ("thunderbird/thunderbird-l10n:ga-IE/mail/chrome/messenger/accountCreationModel.pr"
            "operties")),
        # Thunderbird's connection errors (messenger.properties): the connection failed or timed
        # out.
        Phrases("ga.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "theip ar an gceangal leis an bhfreastalaí", "imithe thar am",
        ), "thunderbird/thunderbird-l10n:ga-IE/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the connection refused, the server
        # disconnected.
        Phrases("ga.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "diúltaíodh leis an gceangal", "tar éis dícheangail",
        ), "thunderbird/thunderbird-l10n:ga-IE/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): plain-text passwords not allowed
        # (POP3 alike).
        Phrases("ga.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "le focail fhaire ghnáth-théacs",
        ), "thunderbird/thunderbird-l10n:ga-IE/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("ga.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "níorbh fhéidir focal faire",
        ), "thunderbird/thunderbird-l10n:ga-IE/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("ga.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "níorbh fhéidir ceangal tls a bhunú",
        ), "thunderbird/thunderbird-l10n:ga-IE/mail/chrome/messenger/localMsgs.properties"),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("ga.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "an iomarca nasc gníomhach",
        ), "Foundry376/Mailspring:app/lang/ga.json"),
        # Mailspring's 'The message has been blocked by Yahoo's outbound spam filter.'
        Phrases("ga.spam-content-mailspring", C.SPAM_CONTENT, (
            "scagair scam amach",
        ), "Foundry376/Mailspring:app/lang/ga.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("ga.relay-denied-mailspring", C.RELAY_DENIED, (
            "ní chuirfeadh an freastalaí smtp teachtaireacht ar aghaidh",
        ), "Foundry376/Mailspring:app/lang/ga.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("ga.rate-limited-mailspring", C.RATE_LIMITED, (
            "níos mó ná bandaleithead gmail",
            "sháraigh tú do theorainn sheasta laethúil",
        ), "Foundry376/Mailspring:app/lang/ga.json"),
        # Mailspring's 'Connection Error - Unable to connect to the server / port you provided.'
        Phrases("ga.network-error-mailspring", C.NETWORK_ERROR, (
            "ní féidir ceangal leis an bhfreastalaí",
        ), "Foundry376/Mailspring:app/lang/ga.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("ga.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "ceangaltán neamhdhleathach",
        ), "Foundry376/Mailspring:app/lang/ga.json"),
        # Mailspring's 'Authentication required.'
        Phrases("ga.auth-required-mailspring", C.AUTH_REQUIRED, (
            "fíordheimhniú riachtanach",
        ), "Foundry376/Mailspring:app/lang/ga.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("ga.auth-failed-mailspring", C.AUTH_FAILED, (
            "earráid fíordheimhnithe",
            "le fíordheimhniú bunúsach",
        ), "Foundry376/Mailspring:app/lang/ga.json"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("ga.tls-required-weak-k9", C.TLS_REQUIRED, (
            "earráid teastais",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-ga/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("ga.network-error-weak-k9", C.NETWORK_ERROR, (
            "earráid líonra",
            "earráid naisc",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-ga/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-ga/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-ga/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("ga.auth-failed-weak-k9", C.AUTH_FAILED, (
            "earráid fhíordheimhnithe",
            "theip ar fhíordheimhniú",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-ga/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-ga/strings.xml", decisive=False),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("ga.auth-required-kmail", C.AUTH_REQUIRED, (
            "is gá ainm úsáideora agus focal faire a sholáthar",
        ), "KDE/kmailtransport:po/ga/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("ga.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "ní thacaíonn an freastalaí seo le fíordheimhniú",
        ), "KDE/kmailtransport:po/ga/libmailtransport6.po"),
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
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("ga.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "sula sheolann tú an teachtaireacht",
        ), "roundcube/roundcubemail:program/localization/ga_IE/messages.inc"),
        # Nextcloud Mail's translated SMTP account errors (l10n/): the SMTP server is not reachable; the SMTP connection failed.
        Phrases("ga.network-error-nextcloud-mail", C.NETWORK_ERROR, (
            "níl an freastalaí smtp insroichte",
        ), "nextcloud/mail:l10n/ga.json"),
        # Nextcloud Mail's translated SMTP account errors (l10n/): wrong SMTP user name or password; the server denied authentication; SMTP authentication error.
        Phrases("ga.auth-failed-nextcloud-mail", C.AUTH_FAILED, (
            "ainm úsáideora nó pasfhocal smtp mícheart",
            "diúltaíodh fíordheimhniú",
        ), "nextcloud/mail:l10n/ga.json"),
    ),
    together=(
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write. The address or mechanism between the words.
        Together("ga.together-network-error-mutt", C.NETWORK_ERROR, (
            ("nasc le",),
            ("dúnta",),
        ), "muttmua/mutt:po/ga.po", window=40),
    ),
)
