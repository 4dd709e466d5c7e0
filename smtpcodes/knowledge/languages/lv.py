"""Latvian (lv): the SMTP error messages that mail clients and mail libraries show in Latvian.
Sources: Thunderbird's Latvian composeMsgs.properties (thunderbird/thunderbird-l10n), Roundcube's
Latvian messages.inc, PHPMailer's Latvian language file and IMP webmail's Latvian translation
(horde/imp).
Also: Evolution's translated RFC 5321 reply texts (GNOME/evolution-data-server po/).
Also: SOGo's send errors (Alinto/sogo UI/MailerUI).
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/).
Also: Geary's, Balsa's, Claws Mail's and Sylpheed's translated send errors, Mailspring's, Nextcloud
Mail's, FairEmail's, Thunderbird for Android's and Delta Chat's translated account and login errors,
where this language has them."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_TB = (
    "thunderbird/thunderbird-l10n:lv/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_RC = "roundcube/roundcubemail:program/localization/lv_LV/messages.inc"
_PM = "PHPMailer/PHPMailer:language/phpmailer.lang-lv.php"
_IMP = "horde/imp:locale/lv/LC_MESSAGES/imp.po"
_EVO = "GNOME/evolution-data-server:po/lv.po"
_SOGO = "Alinto/sogo:UI/MailerUI/Latvian.lproj/Localizable.strings"

LANGUAGE = Language(
    code="lv",
    name="Latvian",
    phrases=(
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("lv.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "neizdevās atrast serveri",
        ), ("thunderbird/thunderbird-l10n:lv/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("lv.tls-required-glib-networking", C.TLS_REQUIRED, (
            "pieprasa tls sertifikātu", "nepieņemams tls sertifikāts",
            "tls izaicinājumrokspiedien", "tls savienojums aizvērās negaidīti",
            "neatsūtīja sertifikātu", "fatālu tls brīdinājumu",
            "nepieņemama tls sertifikāta autoritāte",
        ), "GNOME/glib-networking:po/lv.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("lv.network-error-glib-networking", C.NETWORK_ERROR, (
            "savienojums ir salauzts",
        ), "GNOME/glib-networking:po/lv.po"),
        # Thunderbird's connection errors (messenger.properties): the connection refused or
        # timed out.
        Phrases("lv.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "savienojums tika atteikts", "iestājās noildze",
        ), "thunderbird/thunderbird-l10n:lv/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the server disconnected.
        Phrases("lv.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "ir atvienots",
        ), "thunderbird/thunderbird-l10n:lv/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed, the
        # Kerberos/GSSAPI ticket refused.
        Phrases("lv.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "neizdevās nosūtīt lietotāja", "gssapi biļeti",
        ), "thunderbird/thunderbird-l10n:lv/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("lv.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "neizdevās izveidot tls savienojumu",
        ), "thunderbird/thunderbird-l10n:lv/mail/chrome/messenger/localMsgs.properties"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("lv.tls-required-k9-check", C.TLS_REQUIRED, (
            "nederīgu ssl sertifikātu",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-lv/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("lv.auth-failed-k9-check", C.AUTH_FAILED, (
            "nepareizs lietotāja vārds vai parole",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-lv/strings.xml"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("lv.tls-required-weak-k9", C.TLS_REQUIRED, (
            "sertifikāta kļūda",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-lv/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("lv.network-error-weak-k9", C.NETWORK_ERROR, (
            "savienojuma kļūda",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-lv/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("lv.auth-failed-weak-k9", C.AUTH_FAILED, (
            "autentifikācija neizdevās",
            "autentifikācija kontam",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-lv/strings.xml", decisive=False),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("lv.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "pārāk daudz aktīvu savienojumu",
        ), "Foundry376/Mailspring:app/lang/lv.json"),
        # Mailspring's 'The message has been blocked by Yahoo's outbound spam filter.'
        Phrases("lv.spam-content-mailspring", C.SPAM_CONTENT, (
            "izejošo surogātpasta filtru",
        ), "Foundry376/Mailspring:app/lang/lv.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("lv.relay-denied-mailspring", C.RELAY_DENIED, (
            "smtp serveris nenosūtītu ziņojumu",
        ), "Foundry376/Mailspring:app/lang/lv.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("lv.rate-limited-mailspring", C.RATE_LIMITED, (
            "gmail joslas platums ir pārsniegts",
            "pārsniedzat ikdienas sūtīšanas ierobežojumu",
        ), "Foundry376/Mailspring:app/lang/lv.json"),
        # Mailspring's 'Connection Error - Unable to connect to the server / port you provided.'
        Phrases("lv.network-error-mailspring", C.NETWORK_ERROR, (
            "nevar izveidot savienojumu ar jūsu norādīto serveri",
        ), "Foundry376/Mailspring:app/lang/lv.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("lv.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "ir nelegāls pielikums",
        ), "Foundry376/Mailspring:app/lang/lv.json"),
        # Mailspring's 'Authentication required.'
        Phrases("lv.auth-required-mailspring", C.AUTH_REQUIRED, (
            "autentifikācija ir nepieciešama",
        ), "Foundry376/Mailspring:app/lang/lv.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("lv.auth-failed-mailspring", C.AUTH_FAILED, (
            "autentifikācijas kļūda",
            "neatbalsta pamata lietotājvārda",
            "vairs nevar autentificēt",
        ), "Foundry376/Mailspring:app/lang/lv.json"),
        # SnappyMail's 'Invalid recipients' notification (the RCPT refusal it shows).
        Phrases("lv.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "nepareizi saņēmēji",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/lv/user.json", decisive=False),
        # SnappyMail's 'Can't connect to server' notification.
        Phrases("lv.network-error-snappymail", C.NETWORK_ERROR, (
            "nevar savienoties ar serveri",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/lv/user.json"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("lv.auth-required-kmail", C.AUTH_REQUIRED, (
            "jums jānorāda lietotājvārds un parole",
        ), "KDE/kmailtransport:po/lv/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("lv.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "neatbalsta autentificēšanu",
        ), "KDE/kmailtransport:po/lv/libmailtransport6.po"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("lv.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "pārsniedz servera ierobežojumu",
        ), "M66B/FairEmail:app/src/main/res/values-lv-rLV/strings.xml"),
        Phrases("lv.auth-failed", C.AUTH_FAILED, (
            "neizdevās autentificēties", "neatbalsta izvēlēto autentifikācijas veidu",
            "autorizācija neizdevās", "neizdevās autorizēties",
        ), _TB + "; " + _PM + "; " + _RC),
        Phrases("lv.network-error", C.NETWORK_ERROR, (
            "neizdevās izveidot savienojumu ar izejošo serveri",
            "pazuda savienojums ar izejošo serveri", "savienojuma noildze",
            "nevar izveidot savienojumu ar smtp serveri", "smtp savienojuma kļūda",
            "neizdevās pieslēgties serverim",
        ), _TB + "; " + _PM + "; " + _RC),
        Phrases("lv.message-too-large", C.MESSAGE_TOO_LARGE, (
            "pārsniedz servera globālo izmēra ierobežojumu",
            "vēstules izmērs pārsniedz serverī noteikto limitu",
        ), _TB + "; " + _RC),
        Phrases("lv.too-many-recipients", C.RATE_LIMITED, (
            "pārāk daudz saņēmēju", "jums nav atļauts nosūtīt vēstules vairāk kā",
        ), _RC + "; " + _IMP),
        Phrases("lv.smtputf8", C.CONTENT_REJECTED, (
            "neatbalsta smtputf8", "serveris neatbalsta unikodu",
        ), _TB + "; " + _RC),
        Phrases("lv.sender-rejected", C.SENDER_REJECTED, (
            "nepareiza sūtītāja adrese",
        ), _PM),
        Phrases("lv.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "neizdevās iestatīt sūtītāju",
        ), _RC, decisive=False),
        Phrases("lv.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "vai jūsu epasta adrese ir pareiza",
        ), _TB, decisive=False),
        Phrases("lv.network-error-thunderbird", C.NETWORK_ERROR, (
            "serveris ir iestatīts nepareizi",
        ), _TB),
        Phrases("lv.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "nepieņēma kerberos",
        ), _TB),
        Phrases("lv.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "neatbalsta vienkārša teksta paroles",
        ), _TB),
        Phrases("lv.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "neizdevās nosūtīt šādiem saņēmējiem", "neizdevās pievienot saņēmēju",
        ), _PM + "; " + _RC, decisive=False),
        Phrases("lv.mailbox-full-evolution", C.MAILBOX_FULL, (
            "pārsniegta pieejamā glabātuves brīvā vieta",
        ), _EVO),
        Phrases("lv.system-full-evolution", C.SYSTEM_FULL, (
            "sistēmā nepietiek vietas",
        ), _EVO),
        Phrases("lv.auth-required-evolution", C.AUTH_REQUIRED, (
            "nepieciešama autentifikācija",
        ), _EVO),
        Phrases("lv.auth-failed-evolution", C.AUTH_FAILED, (
            "pagaidu autentifikācijas problēma", "autentifikācijas mehānisms ir par vāju",
        ), _EVO),
        Phrases("lv.tls-required-evolution", C.TLS_REQUIRED, (
            "nepieciešama šifrēšana",
        ), _EVO),
        Phrases("lv.has-moved-evolution", C.HAS_MOVED, (
            "lietotājs nav lokāls",
        ), _EVO),
        Phrases("lv.user-unknown-evolution", C.USER_UNKNOWN, (
            "pastkaste nav pieejama", "pastkastes nosaukums nav atļauts",
        ), _EVO, decisive=False),
        Phrases("lv.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "serviss nav pieejams",
        ), _EVO, decisive=False),
        Phrases("lv.server-error-evolution", C.SERVER_ERROR, (
            "kļūda apstrādē",
        ), _EVO, decisive=False),
        Phrases("lv.syntax-error-evolution", C.SYNTAX_ERROR, (
            "sintakses kļūda",
        ), _EVO, decisive=False),
        Phrases("lv.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "komanda nav ieviesta",
        ), _EVO, decisive=False),
        Phrases("lv.auth-failed-evolution-response", C.AUTH_FAILED, (
            "slikta autentifikācijas atbilde",
        ), _EVO),
        Phrases("lv.sender-rejected-evolution", C.SENDER_REJECTED, (
            "sūtītāja adrese nav derīga",
        ), _EVO, decisive=False),
        Phrases("lv.user-unknown-sogo", C.USER_UNKNOWN, (
            "visi adresāti ir nederīgi", "šī adrese ir nederīga",
        ), _SOGO, decisive=False),
        Phrases("lv.network-error-sogo", C.NETWORK_ERROR, (
            "veidojot savienojumu ar smtp serveri",
        ), _SOGO),
        Phrases("lv.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "izmantojat pareizo identitāti",
        ), _TB, decisive=False),
        Phrases("lv.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "pārbaudiet ziņojuma adresātu",
        ), _TB, decisive=False),
        Phrases("lv.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "neatbalsta šifrētas paroles",
        ), _TB),
        # SquirrelMail's lv_LV translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("lv.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "paroles šifrēšanas maiņa",
        ), "sitle/squirrelmail-src:locales/locale/lv_LV/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's lv_LV translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("lv.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "pastkaste nepieejama",
            "neatļauts pastkastes nosaukums",
        ), "sitle/squirrelmail-src:locales/locale/lv_LV/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's lv_LV translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("lv.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "kļūda izpildē",
            "transakcija nav notikusi",
        ), "sitle/squirrelmail-src:locales/locale/lv_LV/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's lv_LV translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("lv.system-full-squirrelmail", C.SYSTEM_FULL, (
            "sistēmā pietrūkst vietas",
        ), "sitle/squirrelmail-src:locales/locale/lv_LV/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's lv_LV translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("lv.bad-sequence-squirrelmail", C.BAD_SEQUENCE, (
            "nepareiza komandu kārtība",
        ), "sitle/squirrelmail-src:locales/locale/lv_LV/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's lv_LV translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("lv.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "komandas parametri nav ieviesti",
        ), "sitle/squirrelmail-src:locales/locale/lv_LV/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's lv_LV translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("lv.auth-required-squirrelmail", C.AUTH_REQUIRED, (
            "obligāta autentifikācija",
        ), "sitle/squirrelmail-src:locales/locale/lv_LV/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's lv_LV translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("lv.auth-failed-weak-squirrelmail", C.AUTH_FAILED, (
            "autentifikācija neveiksmīga",
        ), "sitle/squirrelmail-src:locales/locale/lv_LV/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's lv_LV translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("lv.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "autentifikācijas mehānismam pieprasīta šifrēšana",
        ), "sitle/squirrelmail-src:locales/locale/lv_LV/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's lv_LV translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("lv.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "pārsniegta pieejamā brīvā vieta",
        ), "sitle/squirrelmail-src:locales/locale/lv_LV/LC_MESSAGES/squirrelmail.po"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("lv.tls-required-mailspring", C.TLS_REQUIRED, (
            "starttls nav pieejams",
            "tls nav pieejams",
        ), "Foundry376/Mailspring:app/lang/lv.json"),
        # EspoCRM's 'Invalid credentials.' (Email messages.invalidCredentials), shown when the SMTP server refuses the login
        Phrases("lv.auth-failed-espocrm", C.AUTH_FAILED, (
            "nederīgi akreditācijas dati",
        ), "espocrm/espocrm:application/Espo/Resources/i18n/lv_LV/Email.json"),
        # Joomla 3's (another pack's) Latvian PHPMailer strings (PHPMAILER_*)
        Phrases("lv.auth-failed-joomla3-ddsales", C.AUTH_FAILED, (
            "nevar autentificēties",
        ), "dwarkesh0204/ddsales:language/lv-LV/lv-LV.ini"),
        # Joomla 3's (another pack's) Latvian PHPMailer strings (PHPMAILER_*)
        Phrases("lv.sender-rejected-joomla3-ddsales", C.SENDER_REJECTED, (
            "kļūda sekojošām adresēm",
        ), "dwarkesh0204/ddsales:language/lv-LV/lv-LV.ini"),
        # Joomla 3's (another pack's) Latvian PHPMailer strings (PHPMAILER_*)
        Phrases("lv.user-unknown-joomla3-ddsales", C.USER_UNKNOWN, (
            "neizdevās nosūtīt sekojošiem adresātiem",
        ), "dwarkesh0204/ddsales:language/lv-LV/lv-LV.ini", decisive=False),
        # Joomla 3's (another pack's) Latvian PHPMailer strings (PHPMAILER_*)
        Phrases("lv.network-error-joomla3-ddsales", C.NETWORK_ERROR, (
            "nevar pieslēgties smtp serverim", "nav iespējams pieslēgties smtp serverim",
        ), "dwarkesh0204/ddsales:language/lv-LV/lv-LV.ini"),
        # Joomla 3's (another pack's) Latvian PHPMailer strings (PHPMAILER_*)
        Phrases("lv.tls-required-joomla3-ddsales", C.TLS_REQUIRED, (
            "nav iespējams ieslēgt tls režīmu",
        ), "dwarkesh0204/ddsales:language/lv-LV/lv-LV.ini"),
        # Inbox.lv's help on sending errors: the recipient may not get the letter "ja viņa
        # pastkastīte ir pārpildīta", or the letter has "pārāk liels fails" attached.
        Phrases("lv.mailbox-full-inbox", C.MAILBOX_FULL, ("pastkastīte ir pārpildīta",),
                "https://help.inbox.pk/category/10037/question/10115?language=lv"),
        Phrases("lv.message-too-large-inbox", C.MESSAGE_TOO_LARGE, ("pārāk liels fails",),
                "https://help.inbox.pk/category/10037/question/10115?language=lv"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("lv.rate-limited-sogo", C.RATE_LIMITED, (
            "nosūtīt pārāk daudz",
        ), "Alinto/sogo:UI/MailerUI/Latvian.lproj/Localizable.strings"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("lv.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "pirms sūtiet šo vēstuli",
        ), "roundcube/roundcubemail:program/localization/lv_LV/messages.inc"),
        # Microsoft's help title for Exchange Online's 4.5.3 'Too many recipients (AS780090)' (the message over the per-message recipient limit).
        Phrases("lv.too-many-recipients-exchange", C.RATE_LIMITED, (
            "pārāk daudz adresātu",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.lv-LV:AlchemyInsights/antispam-4-5-3-too-many-recipients-as780090.md"),
        # Microsoft's help title for Exchange Online's 5.1.90 NDR: the sender's daily recipient limit reached.
        Phrases("lv.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "dienas adresātu skaita ierobežojumu",
            "sasniedzis dienas ierobežojumu",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.lv-LV:AlchemyInsights/5-1-90-your-message-cant-be-sent-daily-limit.md"),
        # Microsoft's help title for SharePoint's 'Daily email limit exceeded. Workflow is suspended'.
        Phrases("lv.rate-limited-daily-email-workflow", C.RATE_LIMITED, (
            "dienas e-pasta ierobežojums",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.lv-LV:AlchemyInsights/daily-email-limit-exceeded.md"),
        # Microsoft's help on Exchange Online's mailbox receiving limit (3,600 messages an hour): senders get a 5.2.121 or 5.2.122 NDR saying the mailbox exceeded its maximum delivery threshold.
        Phrases("lv.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "maksimālo piegādes slieksni",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.lv-LV:AlchemyInsights/mailbox-receiving-limit.md"),
        # Trojitá's translated IMAP/SMTP login failure (po/): authentication failed, often a bad password or wrong user name.
        Phrases("lv.auth-failed-trojita", C.AUTH_FAILED, (
            "pieteikties neizdevās",
        ), "jktjkt/trojita:po/lv/trojita_common.po"),
        # Microsoft 365's localized help on the sender (account) blocked for sending too much spam (AlchemyInsights sender-blocked-for-sending-too-much-spam; the restricted users portal).
        Phrases("lv.sender-rejected-exchange-spam", C.SENDER_REJECTED, (
            "jo ir izsūtījis pārāk daudz surogātpasta",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.lv-LV:AlchemyInsights/sender-blocked-for-sending-too-much-spam.md"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("lv.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("savienojums ar serveri",),
            ("atstatīts", "pārtraukts"),
        ), "thunderbird/thunderbird-l10n:lv/mail/chrome/messenger/messenger.properties", window=50),
    ),
)
