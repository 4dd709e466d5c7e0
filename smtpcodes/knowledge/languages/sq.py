"""Albanian (sq): the SMTP error messages that mail clients show in Albanian. Sources:
Thunderbird's Albanian composeMsgs.properties (thunderbird/thunderbird-l10n) and Roundcube's
Albanian messages.inc.
Also: Evolution's translated RFC 5321 reply texts (GNOME/evolution-data-server po/)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_TB = (
    "thunderbird/thunderbird-l10n:sq/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_RC = "roundcube/roundcubemail:program/localization/sq_AL/messages.inc"
_EVO = "GNOME/evolution-data-server:po/sq.po"

LANGUAGE = Language(
    code="sq",
    name="Albanian",
    phrases=(
        # Mailman 3's hold and refusal reasons (rule descriptions) in this language's catalogue.
        Phrases("sq.policy-violation-mailman3-core", C.POLICY_VIOLATION, (
            "moderim nën gjendje të jashtëzakonshme", "ka vendmbërritje shprehimisht", "anëtar i moderuar", "përmban administrivia",
        ), "osstech-jp/mailman:src/mailman/messages/sq/LC_MESSAGES/mailman.po"),
        # Mailman 3's hold and refusal reasons (rule descriptions) in this language's catalogue.
        Phrases("sq.content-rejected-mailman3-core", C.CONTENT_REJECTED, (
            "mesazh s’ka subjekt",
        ), "osstech-jp/mailman:src/mailman/messages/sq/LC_MESSAGES/mailman.po"),
        # Mailman 3's hold and refusal reasons (rule descriptions) in this language's catalogue.
        Phrases("sq.sender-rejected-mailman3-core", C.SENDER_REJECTED, (
            "i dëbuar prej kësaj liste", "dërgues të vlefshëm", "prej një anëtari të listës",
        ), "osstech-jp/mailman:src/mailman/messages/sq/LC_MESSAGES/mailman.po"),
        # Mailman 3's hold and refusal reasons (rule descriptions) in this language's catalogue.
        Phrases("sq.message-too-large-mailman3-core", C.MESSAGE_TOO_LARGE, (
            "më i madh se madhësi maksimum",
        ), "osstech-jp/mailman:src/mailman/messages/sq/LC_MESSAGES/mailman.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): unable to log in
        # at the server, probably a wrong configuration, username or password.
        Phrases("sq.auth-failed-thunderbird-setup", C.AUTH_FAILED, (
            "s’arrihet të hyhet në shërbyes",
        ), ("thunderbird/thunderbird-l10n:sq/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("sq.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "s’gjen dot shërbyes",
        ), ("thunderbird/thunderbird-l10n:sq/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's connection errors (messenger.properties): the connection failed or
        # refused.
        Phrases("sq.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "s’u arrit të lidhej me shërbyesin", "s’arriti të lidhet te shërbyesi",
        ), "thunderbird/thunderbird-l10n:sq/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's connection errors (messenger.properties): an authentication failure
        # while connecting (OAuth2).
        Phrases("sq.auth-failed-thunderbird-connection", C.AUTH_FAILED, (
            "dështim mirëfilltësimi",
        ), "thunderbird/thunderbird-l10n:sq/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): no connection, timed out,
        # disconnected.
        Phrases("sq.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "s’u lidh dot me shërbyesin", "mbaroi koha për lidhje",
            "jeni shkëputur nga shërbyesi",
        ), "thunderbird/thunderbird-l10n:sq/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): encrypted passwords or the method not
        # supported (POP3 alike).
        Phrases("sq.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "nuk duket se mbulon fjalëkalimet e fshehtëzuar", "nuk mbulon metodën e përzgjedhur",
            "nuk e mbulon metodën e përzgjedhur",
        ), "thunderbird/thunderbird-l10n:sq/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): a TLS error that cannot be
        # overridden.
        Phrases("sq.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "gabim tls i paanashkalueshëm",
        ), "thunderbird/thunderbird-l10n:sq/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("sq.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "dërgimi i fjalëkalimit",
        ), "thunderbird/thunderbird-l10n:sq/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("sq.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "s’arrihet të vendoset lidhje tls",
        ), "thunderbird/thunderbird-l10n:sq/mail/chrome/messenger/localMsgs.properties"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("sq.tls-required-k9-check", C.TLS_REQUIRED, (
            "dëshmi ssl të pavlefshme",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-sq/strings.xml"),
        # K-9 Mail's account-setup check: cannot connect to server.
        Phrases("sq.network-error-k9-check", C.NETWORK_ERROR, (
            "lidhet dot te shërbyesi",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-sq/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("sq.auth-failed-k9-check", C.AUTH_FAILED, (
            "emër përdoruesi ose fjalëkalim i pasaktë",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-sq/strings.xml"),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("sq.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "shumë lidhje aktive",
        ), "Foundry376/Mailspring:app/lang/sq.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("sq.relay-denied-mailspring", C.RELAY_DENIED, (
            "serveri smtp nuk do të transmetojë",
        ), "Foundry376/Mailspring:app/lang/sq.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("sq.rate-limited-mailspring", C.RATE_LIMITED, (
            "bandwidth në gmail u tejkalua",
            "keni tejkaluar limitin e dërgimit",
        ), "Foundry376/Mailspring:app/lang/sq.json"),
        # Mailspring's 'Connection Error - Unable to connect to the server / port you provided.'
        Phrases("sq.network-error-mailspring", C.NETWORK_ERROR, (
            "nuk mund të lidhet me serverin",
        ), "Foundry376/Mailspring:app/lang/sq.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("sq.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "përmban një shtojcë illegale",
        ), "Foundry376/Mailspring:app/lang/sq.json"),
        # Mailspring's 'Authentication required.'
        Phrases("sq.auth-required-mailspring", C.AUTH_REQUIRED, (
            "kërkohet autentifikim",
        ), "Foundry376/Mailspring:app/lang/sq.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("sq.auth-failed-mailspring", C.AUTH_FAILED, (
            "gabim i vërtetimit",
            "nuk e mbështet emrin e përdoruesit",
        ), "Foundry376/Mailspring:app/lang/sq.json"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("sq.tls-required-weak-k9", C.TLS_REQUIRED, (
            "gabim dëshmie",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-sq/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("sq.network-error-weak-k9", C.NETWORK_ERROR, (
            "gabim lidhjeje",
            "gabim rrjeti",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-sq/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-sq/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-sq/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("sq.auth-failed-weak-k9", C.AUTH_FAILED, (
            "gabim mirëfilltësimi",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-sq/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-sq/strings.xml", decisive=False),
        # Delta Chat's login failure for want of an internet connection.
        Phrases("sq.network-error-deltachat", C.NETWORK_ERROR, (
            "s’ka lidhje internet",
        ), "deltachat/deltachat-android:src/main/res/values-sq/strings.xml"),
        # Delta Chat's login failure: cannot log in as the address; check the address and the password.
        Phrases("sq.auth-failed-deltachat", C.AUTH_FAILED, (
            "bëhet dot hyrja si",
        ), "deltachat/deltachat-android:src/main/res/values-sq/strings.xml"),
        Phrases("sq.auth-failed", C.AUTH_FAILED, (
            "s’arrihet të kryhet mirëfilltësimi",
            "nuk e mbulon metodën e përzgjedhur për mirëfilltësimin", "mirëfilltësimi dështoi",
        ), _TB + "; " + _RC),
        Phrases("sq.network-error", C.NETWORK_ERROR, (
            "dështoi lidhja me shërbyesin", "humbi në mes të ndërveprimit", "i mbaroi koha",
            "lidhja me shërbyesin dështoi",
        ), _TB + "; " + _RC),
        Phrases("sq.message-too-large", C.MESSAGE_TOO_LARGE, (
            "cakun e përgjithshëm të shërbyesit për madhësitë",
            "madhësia e mesazhit e tejkalon kufirin",
        ), _TB + "; " + _RC),
        Phrases("sq.too-many-recipients", C.RATE_LIMITED, (
            "tejkalimi të numrit të lejuar të marrësive", "zvogëloni numrin e marrësve",
        ), _TB + "; " + _RC),
        Phrases("sq.smtputf8", C.CONTENT_REJECTED, (
            "nuk mbulon smtputf8", "nuk mbulon kodim unikod",
        ), _TB + "; " + _RC),
        Phrases("sq.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "dështoi rregullimi i dërguesit",
        ), _RC, decisive=False),
        Phrases("sq.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "adresa juaj email është e saktë",
        ), _TB, decisive=False),
        Phrases("sq.network-error-thunderbird", C.NETWORK_ERROR, (
            "shërbyesi mund të jetë formësuar pasaktësisht",
        ), _TB),
        Phrases("sq.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "pusulla kerberos",
        ), _TB),
        Phrases("sq.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "nuk lejon fjalëkalime thjesht tekst",
        ), _TB),
        Phrases("sq.user-unknown-roundcube", C.USER_UNKNOWN, (
            "dështoi shtimi i marrësit",
        ), _RC, decisive=False),
        Phrases("sq.auth-required-evolution", C.AUTH_REQUIRED, (
            "kërkohet autentikimi",
        ), _EVO),
        Phrases("sq.auth-failed-evolution", C.AUTH_FAILED, (
            "dështim i përkohshëm i autentifikimit",
            "mekanizmi i autentifikimit është tepër i dobët",
        ), _EVO),
        Phrases("sq.tls-required-evolution", C.TLS_REQUIRED, (
            "ka nevojë për kriptim",
        ), _EVO),
        Phrases("sq.has-moved-evolution", C.HAS_MOVED, (
            "përdorues jo lokal",
        ), _EVO),
        Phrases("sq.user-unknown-evolution", C.USER_UNKNOWN, (
            "kuti jo në dispozicion", "emri i mailbox nuk pranohet",
        ), _EVO, decisive=False),
        Phrases("sq.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "shërbimi nuk është në dispozicion",
        ), _EVO, decisive=False),
        Phrases("sq.server-error-evolution", C.SERVER_ERROR, (
            "gabim gjatë proçesimit",
        ), _EVO, decisive=False),
        Phrases("sq.syntax-error-evolution", C.SYNTAX_ERROR, (
            "gabim sintaksor",
        ), _EVO, decisive=False),
        Phrases("sq.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "komandë e pasuportuar",
        ), _EVO, decisive=False),
        Phrases("sq.auth-failed-evolution-response", C.AUTH_FAILED, (
            "përgjigje e pavlefshme autentifikimi",
        ), _EVO),
        Phrases("sq.sender-rejected-evolution", C.SENDER_REJECTED, (
            "adresë e pavlefshme dërguesi",
        ), _EVO, decisive=False),
        Phrases("sq.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "po përdorni identitetin e saktë",
        ), _TB, decisive=False),
        Phrases("sq.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "kontrolloni marrësin",
        ), _TB, decisive=False),
        Phrases("sq.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "mbulon fjalëkalime të fshehtëzuar",
        ), _TB),
        # Claws Mail's translated SMTP session errors (TLS session, connection closed by the remote
        # host, authentication failed).
        Phrases("sq.network-error-claws", C.NETWORK_ERROR, (
            "lidhja u mbyll nga strehë e largët",
        ), "eworm-de/claws-mail:po/sq.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("sq.message-too-large-claws", C.MESSAGE_TOO_LARGE, (
            "mesazhi është shumë i madh",
        ), "eworm-de/claws-mail:po/sq.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("sq.tls-required-claws", C.TLS_REQUIRED, (
            "duarshtrëngimi tls dështoi",
            "dëshmia tls është e pavlefshme",
        ), "eworm-de/claws-mail:po/sq.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("sq.auth-failed-claws", C.AUTH_FAILED, (
            "metodë smtp auth të gatshme",
        ), "eworm-de/claws-mail:po/sq.po"),
        # phpList's translated notice that a campaign was suspended because the message is too large
        Phrases("sq.message-too-large-phplist", C.MESSAGE_TOO_LARGE, (
            "mesazhi shumë i madh",
        ), "phpList/phplist3:public_html/lists/admin/locale/sq/phplist.po"),
        # Joomla 3's Albanian PHPMailer strings (PHPMAILER_*)
        Phrases("sq.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "deshtoi dergimi i e-mailit me kete adrese deguesi",
        ), "cuongnd/banhangonline88_joomla:language/sq-AL/sq-AL.ini"),
        # Joomla 3's Albanian PHPMailer strings (PHPMAILER_*)
        Phrases("sq.user-unknown-joomla3", C.USER_UNKNOWN, (
            "deshtoi ne dergimin e ketyre marresve",
        ), "cuongnd/banhangonline88_joomla:language/sq-AL/sq-AL.ini", decisive=False),
        # Joomla 3's Albanian PHPMailer strings (PHPMAILER_*)
        Phrases("sq.network-error-joomla3", C.NETWORK_ERROR, (
            "nuk qe e mundur lidhje me host smtp", "lidhja smtp deshtuar",
        ), "cuongnd/banhangonline88_joomla:language/sq-AL/sq-AL.ini"),
        # Joomla 3's Albanian PHPMailer strings (PHPMAILER_*)
        Phrases("sq.tls-required-joomla3", C.TLS_REQUIRED, (
            "nuk esht ee mundur nisja e tls",
        ), "cuongnd/banhangonline88_joomla:language/sq-AL/sq-AL.ini"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("sq.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "përpara se të dërgohet ky mesazh",
        ), "roundcube/roundcubemail:program/localization/sq_AL/messages.inc"),
        # fetchmail's translated SMTP-listener refusals (po/): it doesn't like the recipient address; it rejected the local recipient addresses.
        Phrases("sq.user-unknown-fetchmail", C.USER_UNKNOWN, (
            "nuk e pëlqen vendndodhjen e marrësit",
            "hodhi tej vendndodhje vendore marrësish",
        ), "Distrotech/fetchmail:po/sq.po"),
        # fetchmail's translated connect timeout (po/): timeout after N seconds waiting to connect to the server.
        Phrases("sq.network-error-fetchmail", C.NETWORK_ERROR, (
            "mbarim kohe pas",
        ), "Distrotech/fetchmail:po/sq.po"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("sq.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("lidhja me shërbyesin",),
            ("u rivendos", "u ndërpre"),
        ), "thunderbird/thunderbird-l10n:sq/mail/chrome/messenger/messenger.properties", window=40),
    ),
)
