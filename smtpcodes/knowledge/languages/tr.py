"""Turkish (tr): wordings of the SMTP error messages that mail clients and mail libraries show in
Turkish. Sources: Thunderbird's and Roundcube's Turkish SMTP error strings and PHPMailer's
Turkish language file.
Also: Thunderbird's composeMsgs.properties, Evolution's translated RFC 5321 reply texts
(GNOME/evolution-data-server po/).
Also: glibc's translated strerror and resolver texts (bminor/glibc po/), Zimbra's
web-client errors (Zimbra/zm-ajax ZMsg), SOGo's send errors (Alinto/sogo UI/MailerUI), Mailman
2's refusals, Evolution's RFC 5321 reply texts.
Also: Horde's SMTP library and IMP webmail's translated texts (horde/Smtp, horde/imp locale/).
Also: Sympa's delivery status notifications (sympa-community/sympa po/sympa/).
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/),
.NET's localized SmtpStatusCode reference (learn.microsoft.com).
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_THUNDERBIRD = (
    "thunderbird/thunderbird-l10n:tr/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_ROUNDCUBE = "roundcube/roundcubemail:program/localization/tr_TR/messages.inc"

_EVO_PO = "GNOME/evolution-data-server:po/tr.po"
_TB_L10N = (
    "thunderbird/thunderbird-l10n:tr/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)

LANGUAGE = Language(
    code="tr",
    name="Turkish",
    phrases=(
        # Sympa's subject for the notice to a sender whose message held a virus ('A virus in your email').
        Phrases("tr.virus-sympa-email", C.VIRUS, (
            "mesajınızda virüs var",
        ), "sympa-community/sympa:po/sympa/tr.po"),
        # Mailman 3's hold and refusal reasons (rule descriptions) in this language's catalogue.
        Phrases("tr.policy-violation-mailman3-core", C.POLICY_VIOLATION, (
            "yönetici işleri içeriyor", "bir başlık kuralıyla eşleşti", "denetlenen bir haber grubu",
        ), "osstech-jp/mailman:src/mailman/messages/tr/LC_MESSAGES/mailman.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): unable to log in
        # at the server, probably a wrong configuration, username or password.
        Phrases("tr.auth-failed-thunderbird-setup", C.AUTH_FAILED, (
            "sunucuya giriş yapılamıyor",
        ), ("thunderbird/thunderbird-l10n:tr/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("tr.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "sunucu bulunamadı",
        ), ("thunderbird/thunderbird-l10n:tr/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("tr.auth-failed-weak-kimap", C.AUTH_FAILED, (
            "oturum açma başarısız",
        ), "KDE/kimap:po/tr/libkimap6.po", decisive=False),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("tr.tls-required-kimap", C.TLS_REQUIRED, (
            "tls antlaşması başarısız", "ssl el sıkışması başarısız",
        ), "KDE/kimap:po/tr/libkimap6.po"),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("tr.network-error-kdepim", C.NETWORK_ERROR, (
            "bağlantıyı sonlandırdı", "bağlantıyı anında sonlandırdı", "sunucusundan zaman aşımı",
            "bağlantı koptu",
        ), "KDE/kdepim-runtime:po/tr/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime): an error during authentication, unable
        # to log in to the server.
        Phrases("tr.auth-failed-kdepim", C.AUTH_FAILED, (
            "kimlik doğrulama sırasında bir hata oluştu",
        ), "KDE/kdepim-runtime:po/tr/akonadi_pop3_resource.po"),
        # KDE's Akonadi POP3 resource (kdepim-runtime): an SSL/TLS error.
        Phrases("tr.tls-required-kdepim", C.TLS_REQUIRED, (
            "ssl/tls hatası",
        ), "KDE/kdepim-runtime:po/tr/akonadi_pop3_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("tr.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "sunucu kullanılabilir değil",
        ), "KDE/kdepim-runtime:po/tr/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("tr.tls-required-glib-networking", C.TLS_REQUIRED, (
            "tls sertifikası istedi", "kabul edilemez bir tls sertifika",
            "tls bağlantısı oluşturulamadı", "tls el sıkışması",
            "tls bağlantısı beklenmedik biçimde sonlandı", "eşi sertifika göndermedi",
            "ölümcül tls uyarısı",
        ), "GNOME/glib-networking:po/tr.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("tr.network-error-glib-networking", C.NETWORK_ERROR, (
            "g/ç yuvası zaman aşımına uğradı", "bağlantı kırık",
        ), "GNOME/glib-networking:po/tr.po"),
        # Thunderbird's connection failed or reset (messenger.properties).
        Phrases("tr.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "sunucusuna bağlanılamadı", "bağlantı sıfırlandı",
        ), "thunderbird/thunderbird-l10n:tr/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): a TLS error that cannot be
        # overridden.
        Phrases("tr.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "geçersiz kılınamayan tls hatası",
        ), "thunderbird/thunderbird-l10n:tr/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): plain-text passwords not allowed.
        Phrases("tr.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "düz metin parolalara izin vermiyor",
        ), "thunderbird/thunderbird-l10n:tr/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): the password could not be sent.
        Phrases("tr.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "için parola gönderilemedi",
        ), "thunderbird/thunderbird-l10n:tr/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("tr.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "tls bağlantısı kurulamıyor",
        ), "thunderbird/thunderbird-l10n:tr/mail/chrome/messenger/localMsgs.properties"),
        # Roundcube's 'Too many recipients' and 'Please wait N sec(s) before sending this message'.
        Phrases("tr.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "bu iletiyi göndermeden önce",
        ), "roundcube/roundcubemail:program/localization/tr_TR/messages.inc"),
        # Roundcube's 'Message size exceeds server limit' and 'Maximum size of a message exceeded' (attaching a file).
        Phrases("tr.message-too-large-roundcube-attach", C.MESSAGE_TOO_LARGE, (
            "boyutundan büyük",
        ), "roundcube/roundcubemail:program/localization/tr_TR/messages.inc"),
        # Geary's 'Could not connect, check your network'.
        Phrases("tr.network-error-geary-po", C.NETWORK_ERROR, (
            "bağlanamadı, ağınızı gözden geçirin",
        ), "GNOME/geary:po/tr.po"),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("tr.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "çok fazla aktif bağlantı",
        ), "Foundry376/Mailspring:app/lang/tr.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("tr.relay-denied-mailspring", C.RELAY_DENIED, (
            "ileti aktarmayacak",
        ), "Foundry376/Mailspring:app/lang/tr.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("tr.rate-limited-mailspring", C.RATE_LIMITED, (
            "bant genişliği aşıldı",
        ), "Foundry376/Mailspring:app/lang/tr.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("tr.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "izin verilmeyen yasa dışı ek",
        ), "Foundry376/Mailspring:app/lang/tr.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("tr.auth-failed-mailspring", C.AUTH_FAILED, (
            "doğrulama hatası",
            "parola kimlik doğrulamasını desteklemiyor",
        ), "Foundry376/Mailspring:app/lang/tr.json"),
        # SnappyMail's 'Invalid recipients' notification (the RCPT refusal it shows).
        Phrases("tr.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "geçersiz alıcılar",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/tr/user.json", decisive=False),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("tr.auth-required-kmail", C.AUTH_REQUIRED, (
            "bir kullanıcı adı ve parola sağlamanız gerekiyor",
        ), "KDE/kmailtransport:po/tr/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("tr.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "kimlik doğrulamayı desteklemiyor",
        ), "KDE/kmailtransport:po/tr/libmailtransport6.po"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("tr.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "sunucu sınırından",
        ), "M66B/FairEmail:app/src/main/res/values-tr-rTR/strings.xml", decisive=False),
        Phrases("tr.auth-failed", C.AUTH_FAILED, (
            "oturum açılamadı", "kimlik doğrulanamadı", "yetkilendirme yöntemini desteklemiyor",
        ), _THUNDERBIRD),
        # Microsoft's Turkish help title for 550 5.7.708 'Access denied, traffic not accepted from this IP' (a poorly reputed IP, as the 5.7.7xx code rule reads it).
        Phrases("tr.reputation-microsoft-traffic", C.REPUTATION, (
            "trafik bu ip'den kabul edilmedi",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.tr-TR:AlchemyInsights/"
            "antispam-550-5-7-708-service-unavailable-access-denied-traffic-not-accepted.md")),
        # Microsoft's Turkish help title for 5.7.750 'Client blocked from sending from unregistered domain' (the 5.7.7xx code rule reads it as reputation).
        Phrases("tr.reputation-microsoft-unregistered-domain", C.REPUTATION, (
            "kaydı olmayan etki alanı göndermesi",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.tr-TR:AlchemyInsights/"
            "5-7-750-service-unavailable-client-blocked-from-sending-from-unregistered-d.md")),
        # Microsoft's Turkish help title: the account restricted for sending too much spam (5.1.8, the sender blocked).
        Phrases("tr.sender-rejected-exchange-spam", C.SENDER_REJECTED, (
            "istenmeyen posta gönderdiği için kısıtlandı",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.tr-TR:AlchemyInsights/"
            "sender-blocked-for-sending-too-much-spam.md")),
        # Exchange Online's Turkish 5.1.8 NDR for a user restricted for sending spam, as the tr-TR microsoft-365-docs on the Restricted users portal quote it: "Geçerli bir gönderen olarak tanınmadığınız (tanınmadınız) için iletiniz teslim edilemedi".
        Phrases("tr.sender-rejected-exchange-bad-sender", C.SENDER_REJECTED, (
            "geçerli bir gönderen olarak tanınmad",
        ), ("KaganCanSit/microsoft-365-docs-pr.tr-TR:microsoft-365/security/office-365-security/"
            "removing-user-from-restricted-users-portal-after-spam.md; Centaurioun/microsoft-365-docs-pr.tr-TR:"
            "microsoft-365/security/office-365-security/removing-user-from-restricted-users-portal-after-spam.md")),
        # Microsoft's Turkish help on Exchange Online's receiving limit: senders get an NDR (5.2.121/5.2.122) saying the mailbox exceeded its maximum delivery threshold.
        Phrases("tr.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "dakika boyunca kısıtlandı",
            "en yüksek teslim eşiğini aşmış",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.tr-TR:AlchemyInsights/"
            "mailbox-receiving-limit.md")),
        Phrases("tr.network-error", C.NETWORK_ERROR, (
            "smtp sunucusuna bağlanılamadı", "sunucu bağlantısı kurulamadı",
            "ile bağlantı başarısız", "ile bağlantı koptu", "bağlantı zaman aşımına uğradı",
            "smtp connect() fonksiyonu başarısız",
        ), _THUNDERBIRD),
        Phrases("tr.message-too-large", C.MESSAGE_TOO_LARGE, (
            "boyutu sunucu sınırlamasını aşıyor", "genel boyut sınırını aşıyor",
        ), _THUNDERBIRD),
        Phrases("tr.too-many-recipients", C.RATE_LIMITED, (
            "verilen alıcı sayısı aşıldığı",
        ), _THUNDERBIRD),
        Phrases("tr.smtputf8", C.CONTENT_REJECTED, (
            "unikod karakterleri desteklemiyor",
        ), _ROUNDCUBE),
        Phrases("tr.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "e-posta adresinin doğruluğunu kontrol",
        ), _TB_L10N, decisive=False),
        Phrases("tr.network-error-thunderbird", C.NETWORK_ERROR, (
            "sunucu yanlış yapılandırılmış olabilir",
        ), _TB_L10N),
        Phrases("tr.mailbox-full-evolution", C.MAILBOX_FULL, (
            "ayrılan saklama miktarı aşıldı",
        ), _EVO_PO),
        Phrases("tr.auth-required-evolution", C.AUTH_REQUIRED, (
            "kimlik doğrulaması gerekli",
        ), _EVO_PO),
        Phrases("tr.auth-failed-evolution", C.AUTH_FAILED, (
            "geçici kimlik doğrulama hatası", "kimlik doğrulama yöntemi çok zayıf",
        ), _EVO_PO),
        Phrases("tr.system-full-evolution", C.SYSTEM_FULL, (
            "disk alanı yetersiz",
        ), _EVO_PO),
        Phrases("tr.sender-rejected-mailman", C.SENDER_REJECTED, (
            "listeye mesaj göndermeniz yasaktır", "üyelerin mesaj atabildiği listeye",
            "üye olmayan kişilerin mesaj atması",
        ), "jaredmauch/mailman2-python3:messages/tr/LC_MESSAGES/mailman.po"),
        # Exchange Online's 5.1.90 NDR (the sender's daily recipient limit), as Microsoft's
        # localized help titles it.
        Phrases("tr.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "alıcıları için günlük sınırınıza ulaştığınız",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.tr-TR:AlchemyInsights/5-1-90-your-mess"
            "age-cant-be-sent-daily-limit.md"
        )),
        # Google's Turkish SMTP relay errors.
        Phrases("tr.relay-denied-gmail", C.RELAY_DENIED, (
            "posta geçişi reddedildi",
            "geçiş için geçersiz kimlik bilgileri",
        ), "https://support.google.com/a/answer/6140680?hl=tr&ref_topic=2921034"),
        Phrases("tr.rate-limited-gmail-relay", C.RATE_LIMITED, (
            "günlük smtp geçiş sınırı aşıldı",
            "en fazla smtp geçişi sınırı aşıldı",
        ), "https://support.google.com/a/answer/6140680?hl=tr&ref_topic=2921034"),
        # glibc's translated strerror texts: ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, EADDRNOTAVAIL,
        # ENETUNREACH, ECONNRESET, ECONNABORTED, ENETDOWN, EHOSTDOWN, gai_strerror's EAI_AGAIN
        # and the resolver's host name lookup failure.
        Phrases("tr.network-error-glibc", C.NETWORK_ERROR, (
            "çözümlemesinde düzeltilebilir olmayan bozukluk",
            "makina çökük",
            "ağ yok oldu",
            "yazılım bağlantının kopmasına sebep oldu",
            "makina ismi araması başarısız oldu",
            "bağlantı reddedildi", "bağlantıda zaman aşımı", "makinaya ağ üzerinden yol yok",
            "ağ erişilebilir durumda değil", "bağlantı karşıdan kesildi",
            "çözünürlüğünde geçici başarısızlık",
        ), "bminor/glibc:po/tr.po"),
        # glibc's translated gai_strerror texts (EAI_NONAME, EAI_NODATA) and the resolver's
        # unknown host.
        Phrases("tr.host-unknown-glibc", C.HOST_UNKNOWN, (
            "bilinmeyen makina",
            "ya da servis bilinmiyor", "makina ismiyle ilişkili adres yok",
        ), "bminor/glibc:po/tr.po"),
        Phrases("tr.user-unknown-evolution", C.USER_UNKNOWN, (
            "posta kutusu kullanılabilir değil", "posta kutusu adına izin verilmedi",
        ), "GNOME/evolution-data-server:po/tr.po", decisive=False),
        Phrases("tr.has-moved-evolution", C.HAS_MOVED, (
            "kullanıcı yerel değil",
        ), "GNOME/evolution-data-server:po/tr.po"),
        Phrases("tr.syntax-error-evolution", C.SYNTAX_ERROR, (
            "söz dizimi hatası",
        ), "GNOME/evolution-data-server:po/tr.po", decisive=False),
        Phrases("tr.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "komut henüz tanınmıyor", "komut parametresi henüz tanınmıyor",
        ), "GNOME/evolution-data-server:po/tr.po", decisive=False),
        Phrases("tr.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "hizmet uygun değil",
        ), "GNOME/evolution-data-server:po/tr.po", decisive=False),
        Phrases("tr.server-error-evolution", C.SERVER_ERROR, (
            "işlem sırasında hata",
        ), "GNOME/evolution-data-server:po/tr.po", decisive=False),
        Phrases("tr.tls-required-evolution", C.TLS_REQUIRED, (
            "kimlik doğrulama yöntemi için şifreleme gerekiyor",
        ), "GNOME/evolution-data-server:po/tr.po"),
        Phrases("tr.user-unknown-zimbra", C.USER_UNKNOWN, (
            "böyle bir hesap yok",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_tr.properties"),
        Phrases("tr.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, (
            "boyut üst sınırını aştığı",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_tr.properties"),
        Phrases("tr.service-unavailable-zimbra", C.SERVICE_UNAVAILABLE, (
            "hizmet geçici olarak kullanılamıyor",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_tr.properties", decisive=False),
        Phrases("tr.network-error-zimbra", C.NETWORK_ERROR, (
            "çok sayıda hoplama noktası",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_tr.properties"),
        Phrases("tr.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "mesaj gövdesi çok büyük", "mesajınız çok büyüktü",
        ), "jaredmauch/mailman2-python3:messages/tr/LC_MESSAGES/mailman.po"),
        Phrases("tr.too-many-recipients-mailman", C.RATE_LIMITED, (
            "çok fazla alıcı",
        ), "jaredmauch/mailman2-python3:messages/tr/LC_MESSAGES/mailman.po"),
        Phrases("tr.user-unknown-sogo", C.USER_UNKNOWN, (
            "tüm alıcılar geçersiz", "şu adresler geçersiz",
        ), "Alinto/sogo:UI/MailerUI/TurkishTurkey.lproj/Localizable.strings"),
        Phrases("tr.network-error-sogo", C.NETWORK_ERROR, (
            "smtp sunucusu ile bağlantı kurulurken sorun çıktı",
        ), "Alinto/sogo:UI/MailerUI/TurkishTurkey.lproj/Localizable.strings"),
        Phrases("tr.user-unknown-zimbra-address", C.USER_UNKNOWN, (
            "geçersiz adres(ler) nedeniyle",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_tr.properties", decisive=False),
        Phrases("tr.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "kerberos/gssapi bileti",
        ), (
            "thunderbird/thunderbird-l10n:tr/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("tr.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "düz metin biçimindeki parolaları desteklemiyor",
        ), (
            "thunderbird/thunderbird-l10n:tr/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("tr.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "göndermek için doğru kimliği kullandığınızdan",
        ), (
            "thunderbird/thunderbird-l10n:tr/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        ), decisive=False),
        Phrases("tr.content-rejected-mailman", C.CONTENT_REJECTED, (
            "mesajın içerik tür", "mesaj boş kaldı",
        ), "jaredmauch/mailman2-python3:messages/tr/LC_MESSAGES/mailman.po"),
        Phrases("tr.auth-failed-evolution-response", C.AUTH_FAILED, (
            "sunucudan hatalı kimlik doğrulama yanıtı",
        ), "GNOME/evolution-data-server:po/tr.po"),
        Phrases("tr.sender-rejected-evolution", C.SENDER_REJECTED, (
            "gönderen adresi geçerli değil",
        ), "GNOME/evolution-data-server:po/tr.po", decisive=False),
        # Horde's SMTP library (Horde_Smtp, used by IMP and Nextcloud Mail): its translated texts
        # for the reply codes and connection failures it reads (454, 452, 530, 554, lost connection).
        Phrases("tr.tls-required-horde", C.TLS_REQUIRED, (
            "sunucuya güvenli tls bağlantısı açılamadı",
            "sunucu tls bağlantılarını desteklemez",
        ), "horde/Smtp:locale/tr/LC_MESSAGES/Horde_Smtp.po"),
        Phrases("tr.network-error-horde", C.NETWORK_ERROR, (
            "smtp sunucusuna bağlanırken hata oluştu",
            "sunucu bağlantıyı beklenmedik bir şekilde kapattı",
        ), "horde/Smtp:locale/tr/LC_MESSAGES/Horde_Smtp.po"),
        Phrases("tr.system-full-horde", C.SYSTEM_FULL, (
            "yetersiz sistem saklama alanı",
        ), "horde/Smtp:locale/tr/LC_MESSAGES/Horde_Smtp.po"),
        Phrases("tr.auth-failed-horde", C.AUTH_FAILED, (
            "sunucu kimlik doğrulamayı reddetti",
        ), "horde/Smtp:locale/tr/LC_MESSAGES/Horde_Smtp.po"),
        Phrases("tr.auth-required-horde", C.AUTH_REQUIRED, (
            "sunucu kimlik doğrulaması gerektiriyor",
        ), "horde/Smtp:locale/tr/LC_MESSAGES/Horde_Smtp.po"),
        Phrases("tr.service-unavailable-horde", C.SERVICE_UNAVAILABLE, (
            "sunucu smtp bağlantılarını kabul etmiyor",
        ), "horde/Smtp:locale/tr/LC_MESSAGES/Horde_Smtp.po"),
        # IMP's (Horde webmail) refusal of a message over the sender's recipient limit.
        Phrases("tr.too-many-recipients-imp", C.RATE_LIMITED, (
            "alıcıdan daha fazlaya",
        ), "horde/imp:locale/tr/LC_MESSAGES/imp.po"),
        # Sympa's delivery status notification for a list that does not exist (its subject, "List
        # unknown").
        Phrases("tr.user-unknown-sympa", C.USER_UNKNOWN, (
            "liste bilinmiyor",
        ), "sympa-community/sympa:po/sympa/tr.po"),
        # Thunderbird's note when the server refuses a recipient (RCPT TO): check the recipient's
        # address; the server's own reply, quoted in it, names the reason.
        Phrases("tr.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "alıcısını gözden geçirip",
        ), (
            "thunderbird/thunderbird-l10n:tr/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        ), decisive=False),
        # Roundcube's note when the SMTP server refuses a recipient (smtptoerror); the server's
        # reply, quoted in it, names the reason.
        Phrases("tr.user-unknown-roundcube", C.USER_UNKNOWN, (
            "alıcısı eklenemedi",
        ), "roundcube/roundcubemail:program/localization/tr_TR/messages.inc", decisive=False),
        # Roundcube's note when the SMTP server refuses the sender (smtpfromerror).
        Phrases("tr.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "gönderici adresi",
        ), "roundcube/roundcubemail:program/localization/tr_TR/messages.inc", decisive=False),
        # Thunderbird's note that the server refuses its encrypted-password authentication (the
        # mechanism must change).
        Phrases("tr.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "şifrelenmiş parolaları desteklemiyor",
        ), (
            "thunderbird/thunderbird-l10n:tr/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        )),
        # PHPMailer's note on the recipients the SMTP server refused (recipients_failed); the
        # server's reply names the reason.
        Phrases("tr.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "belirtilen alıcılara ulaşılamadı",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-tr.php", decisive=False),
        # Microsoft 365's Turkish help: 554 5.2.2 "mailbox full" (posta kutusu dolu) and "Mailbox quota exceeded".
        Phrases("tr.mailbox-full", C.MAILBOX_FULL, ("posta kutusu dolu", "posta kutusu kotası aşıldı", "posta kutusu kotanızı aştınız"),
                "isabella232/OfficeDocs-AlchemyInsights-pr.tr-TR:AlchemyInsights/mailbox-full-error.md; isabella232/OfficeDocs-AlchemyInsights-pr.tr-TR:AlchemyInsights/mailbox-quota-exceeded.md"),
        # Microsoft 365's Turkish "550 5.4.1 Relay Access Denied".
        Phrases("tr.relay-denied-microsoft", C.RELAY_DENIED, ("geçiş erişimi reddedildi",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.tr-TR:AlchemyInsights/antispam-5-4-1-dbeb-catch-all.md"),
        # Microsoft 365's Turkish help on SMTP AUTH errors (5.7.57, 5.7.3, 5.7.139): "Authentication unsuccessful".
        Phrases("tr.auth-failed-microsoft", C.AUTH_FAILED, ("kimlik doğrulaması başarısız",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.tr-TR:AlchemyInsights/solving-smtp-authentication-issues.md"),
        # Microsoft 365's Turkish help: the sending IP on a block list (engelleme listesi, engellenenler listesinde) and 550 5.7.511 "banned sender".
        Phrases("tr.blocklisted-microsoft", C.BLOCKLISTED, ("engelleme listesi", "engellenenler listesinde", "yasaklanmış gönderen"),
                "isabella232/OfficeDocs-AlchemyInsights-pr.tr-TR:AlchemyInsights/error-sending-email-blocked-by-spamhaus.md; isabella232/OfficeDocs-AlchemyInsights-pr.tr-TR:AlchemyInsights/ip-blocked-for-sending-too-much-spam-550-5-7-51.md"),
        # Microsoft 365's Turkish "Server busy, please try again later".
        Phrases("tr.service-unavailable-microsoft", C.SERVICE_UNAVAILABLE, ("sunucu meşgul",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.tr-TR:AlchemyInsights/antispam-4-7-500-server-busy-please-try-again-later-from-xxx-xxx-xxx-xxx.md"),
        # Plain Turkish for an unknown recipient, as a Turkish table of 550 replies glosses them ("No such user here", "User unknown", "No such recipient here", "No account by that name here") and GoDaddy's Turkish bounce help words it.
        Phrases("tr.words-user-unknown", C.USER_UNKNOWN, ("böyle bir kullanıcı yok", "bilinmeyen kullanıcı", "böyle bir alıcı yok", "bu isme sahip bir hesap yok", "var olmayan e-posta adresi"),
                "https://backlink.name/blog/smtp-550-hata-kodu-ayrintilari; https://tr.godaddy.com/help/e-postamin-geri-donmesi-ne-anlama-geliyor-3568"),
        # "Does not exist" ("Recipient does not exist here" – Alıcı burada mevcut değil): weak, as other things may not exist.
        Phrases("tr.words-user-unknown-weak", C.USER_UNKNOWN, ("mevcut değil",),
                "https://backlink.name/blog/smtp-550-hata-kodu-ayrintilari", decisive=False),
        # "Relaying denied" as the same table renders it.
        Phrases("tr.words-relay-denied", C.RELAY_DENIED, ("röle reddedildi",),
                "https://backlink.name/blog/smtp-550-hata-kodu-ayrintilari"),
        # A full mailbox (dolu posta kutusu) and a full quota (kota dolu), as GoDaddy's and a Turkish host's bounce tables word them.
        Phrases("tr.words-mailbox-full", C.MAILBOX_FULL, ("dolu posta kutusu", "kota dolu"),
                "https://tr.godaddy.com/help/e-postamin-geri-donmesi-ne-anlama-geliyor-3568; https://destek.sh.com.tr/rehber/smtp-mail-gonderim-hata-kodlari"),
        # 530 "Authentication required" as a Turkish host's SMTP code table explains it: no authentication was done in the session.
        Phrases("tr.words-auth-required", C.AUTH_REQUIRED, ("kimlik doğrulama yapılmamış",),
                "https://destek.sh.com.tr/rehber/smtp-mail-gonderim-hata-kodlari"),
        # 421 "Service not available": the server is temporarily out of service.
        Phrases("tr.words-service-unavailable", C.SERVICE_UNAVAILABLE, ("geçici olarak hizmet dışı",),
                "https://destek.sh.com.tr/rehber/smtp-mail-gonderim-hata-kodlari", decisive=False),
        # The Turkish word for a blacklist (kara liste, kara listeye, kara listede), as Turkish bounce guides use it.
        Phrases("tr.words-blocklisted", C.BLOCKLISTED, ("kara liste",),
                "https://destek.sh.com.tr/rehber/smtp-mail-gonderim-hata-kodlari; https://useinbox.com/tr/blog/e-posta-soft-bounce-ve-hard-bounce-kodlari-ve-aciklamalar"),
        # Microsoft 365's Turkish 451 4.7.0 "Temporary server error. Please try again later." (PRX4): weak, as a reason may follow.
        Phrases("tr.server-error-exchange", C.SERVER_ERROR, ("geçici sunucu hatası",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.tr-TR:AlchemyInsights/451-470-temporary-server-error.md", decisive=False),
        # Microsoft 365's Turkish help title "Daily email limit exceeded" (the sender over its daily sending limit). Also a Turkish guide's "exceeding the daily or hourly sending limits".
        Phrases("tr.rate-limited-daily-email", C.RATE_LIMITED, ("e-posta sınırı aşıldı", "gönderme limitlerini aş"),
                "isabella232/OfficeDocs-AlchemyInsights-pr.tr-TR:AlchemyInsights/daily-email-limit-exceeded.md; https://feeddi.com/mail-gonderme-neden-basarisiz-olur"),
        # Greylisting by its Turkish name (gri liste, gri listeye, gri listede).
        Phrases("tr.greylisted", C.GREYLISTED, ("gri liste",),
                "https://umitturanli.com.tr/tag/gri-liste/"),
        # Virus-laden mail (virüslü içerik, virüslü e-posta), as a Turkish mail host's quarantine help words it.
        Phrases("tr.words-virus", C.VIRUS, ("virüslü",),
                "https://uzmanposta.com/bilgi-bankasi/uzmanposta-panel/bekleyen-kuyruk/"),
        # The recipient's mailbox being full in its genitive form (alıcının posta kutusunun dolu olması), which "posta kutusu dolu" does not match.
        Phrases("tr.words-mailbox-full-genitive", C.MAILBOX_FULL, ("posta kutusunun dolu",),
                "https://verunix.com/mail-gitmeme-sorunu-nasil-cozulur"),
        # K-9 / Thunderbird for Android says "Kimlik doğrulama başarısız oldu"
        Phrases("tr.auth-failed-k9", C.AUTH_FAILED, ("kimlik doğrulama başarısız",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-tr/strings.xml")),
        # K-9 / Thunderbird for Android status says "Bağlantı hatası"
        Phrases("tr.network-error-weak-k9", C.NETWORK_ERROR, ("bağlantı hatası",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-tr/strings.xml"),
                decisive=False),
        # K-9 account setup says "Ağ hatası. Lütfen bağlantı durumunuzu kontrol edip"
        Phrases("tr.network-error-weak-k9-setup", C.NETWORK_ERROR, ("ağ hatası",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/setup/src/main/res/values-tr/strings.xml"),
                decisive=False),
        # K-9 server check says "Kimlik doğrulama hatası"
        Phrases("tr.auth-failed-weak-k9", C.AUTH_FAILED, ("kimlik doğrulama hatası",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/server/validation/src/main/res/values-tr/strings.xml"),
                decisive=False),
        # Geary says "An account has reported an incorrect login or password"
        Phrases("tr.auth-failed-geary", C.AUTH_FAILED, ("e-posta adres ve parolanızı gözden geçirin", "gönderici giriş ve parolanızı", "yanlış bir giriş veya parola"),
                "GNOME/geary:po/tr.po"),
        # Delta Chat cannot log in and asks to check the address and the password
        Phrases("tr.auth-failed-deltachat", C.AUTH_FAILED, ("parolanın doğru olup olmadığını",),
                "deltachat/deltachat-android:src/main/res/values-tr/strings.xml"),
        # Delta Chat reports no internet connection (and so a failed login)
        Phrases("tr.network-error-deltachat", C.NETWORK_ERROR, ("internet bağlantısı yok",),
                "deltachat/deltachat-android:src/main/res/values-tr/strings.xml"),
        # GNOME Online Accounts' mail setup errors, server does not support STARTTLS, TLS not available
        Phrases("tr.tls-required-goa", C.TLS_REQUIRED, (
            "starttls yöntemini desteklemiyor", "tls kullanılabilir değil",
        ),
                "GNOME/gnome-online-accounts:po/tr.po"),
        # GNOME Online Accounts' mail setup errors, unknown authentication mechanism, failed
        Phrases("tr.auth-failed-goa", C.AUTH_FAILED, ("bilinmeyen kimlik doğrulama tekniği",),
                "GNOME/gnome-online-accounts:po/tr.po"),
        # K-9's account check (before Nov 2023), the username or password is incorrect
        Phrases("tr.auth-failed-k9-check", C.AUTH_FAILED, (
            "kullanıcı adı veya parola doğru değil",
        ),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-tr/strings.xml"),
        # K-9's account check (before Nov 2023), it cannot connect to the server
        Phrases("tr.network-error-k9-check", C.NETWORK_ERROR, ("sunucuya bağlanılamadı",),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-tr/strings.xml"),
        # K-9's account check (before Nov 2023), the server presented an invalid SSL certificate
        Phrases("tr.tls-required-k9-check", C.TLS_REQUIRED, ("geçersiz bir ssl sertifikası",),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-tr/strings.xml"),
        # Geary's untrusted-connection dialog, the server's TLS certificate is unsigned, expired or mismatched
        Phrases("tr.tls-required-geary", C.TLS_REQUIRED, ("sertifikası etkinleştirilemedi", "güvensiz kabul ediliyor", "iptal edildi ve şu anda geçersiz",
            "bilinen yetkilice imzalanmamış", "sertifikasının süresi doldu", "sertifikadaki kimlik ile uyuşmuyor",
        ),
                "GNOME/geary:po/tr.po"),
        # K-9 / Thunderbird for Android notification says "Certificate error" (weak)
        Phrases("tr.tls-required-weak-k9", C.TLS_REQUIRED, ("sertifika hatası",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-tr/strings.xml"),
                decisive=False),
        # GNOME Online Accounts' TLS errors, the certificate has expired
        Phrases("tr.tls-required-goa-certificate", C.TLS_REQUIRED, ("sertifikanın süresi dolmuş",),
                "GNOME/gnome-online-accounts:po/tr.po"),
        # GNOME Online Accounts' TLS error "Invalid certificate" (weak)
        Phrases("tr.tls-required-weak-goa", C.TLS_REQUIRED, ("geçersiz sertifika",),
                "GNOME/gnome-online-accounts:po/tr.po", decisive=False),
        # GNOME Online Accounts, the server refused the password for the username
        Phrases("tr.auth-failed-goa-password", C.AUTH_FAILED, ("kullanıcısı için geçersiz parola",),
                "GNOME/gnome-online-accounts:po/tr.po"),
        # Evolution's SMTP errors, STARTTLS not supported or failed, secure connection failed
        Phrases("tr.tls-required-evolution-smtp", C.TLS_REQUIRED, (
            "starttls desteklenmiyor", "starttls komutu başarısız", "güvenli kipte bağlanamadı",
        ),
                "GNOME/evolution-data-server:po/tr.po"),
        # Evolution's SMTP errors, the AUTH command failed, no support for the mechanism
        Phrases("tr.auth-failed-evolution-smtp", C.AUTH_FAILED, (
            "auth komutu başarısız", "kimlik doğrulaması desteklenmiyor",
        ),
                "GNOME/evolution-data-server:po/tr.po"),
        # Evolution's SMTP error when MAIL FROM fails (weak, the server's reason follows)
        Phrases("tr.sender-rejected-weak-evolution-smtp", C.SENDER_REJECTED, (
            "mail from komutu başarısız",
        ),
                "GNOME/evolution-data-server:po/tr.po", decisive=False),
        # SquirrelMail's tr_TR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("tr.service-unavailable-weak-squirrelmail", C.SERVICE_UNAVAILABLE, (
            "kanal kapatılıyor",
        ), "sitle/squirrelmail-src:locales/locale/tr_TR/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's tr_TR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("tr.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "şifre geçişi gerekli",
            "doğrulama mekanizması çok zayıf",
        ), "sitle/squirrelmail-src:locales/locale/tr_TR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's tr_TR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("tr.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "posta kutusu yok",
            "posta kutusu ismine izin verilmiyor",
        ), "sitle/squirrelmail-src:locales/locale/tr_TR/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's tr_TR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("tr.system-full-squirrelmail", C.SYSTEM_FULL, (
            "yeterli depolama alanı yok",
        ), "sitle/squirrelmail-src:locales/locale/tr_TR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's tr_TR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("tr.syntax-error-squirrelmail", C.SYNTAX_ERROR, (
            "komut algılanamadı",
            "argümanlarda sözdizim hatası",
        ), "sitle/squirrelmail-src:locales/locale/tr_TR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's tr_TR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("tr.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "komut uygulanmadı",
            "komut parametresi uygulanmadı",
        ), "sitle/squirrelmail-src:locales/locale/tr_TR/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's tr_TR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("tr.bad-sequence-squirrelmail", C.BAD_SEQUENCE, (
            "kötü komut sırası",
        ), "sitle/squirrelmail-src:locales/locale/tr_TR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's tr_TR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("tr.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "doğrulama mekanizması için şifreleme gerekiyor",
        ), "sitle/squirrelmail-src:locales/locale/tr_TR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's tr_TR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("tr.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "posta eylemi durduruldu: kota aşımı",
        ), "sitle/squirrelmail-src:locales/locale/tr_TR/LC_MESSAGES/squirrelmail.po"),
        # .NET's SmtpStatusCode reference (tr-tr): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("tr.bad-sequence-dotnet-docs", C.BAD_SEQUENCE, (
            "komutlar yanlış sırada gönderildi",
        ), "https://learn.microsoft.com/tr-tr/dotnet/api/system.net.mail.smtpstatuscode"),
        # .NET's SmtpStatusCode reference (tr-tr): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("tr.auth-required-weak-dotnet-docs", C.AUTH_REQUIRED, (
            "kimliği doğrulanmamış",
        ), "https://learn.microsoft.com/tr-tr/dotnet/api/system.net.mail.smtpstatuscode", decisive=False),
        # .NET's SmtpStatusCode reference (tr-tr): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("tr.not-implemented-weak-dotnet-docs", C.NOT_IMPLEMENTED, (
            "belirtilen komutu uygulamaz",
            "belirtilen komut parametresini uygulamaz",
        ), "https://learn.microsoft.com/tr-tr/dotnet/api/system.net.mail.smtpstatuscode", decisive=False),
        # .NET's SmtpStatusCode reference (tr-tr): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("tr.syntax-error-dotnet-docs", C.SYNTAX_ERROR, (
            "belirtilen komutu tanımıyor",
        ), "https://learn.microsoft.com/tr-tr/dotnet/api/system.net.mail.smtpstatuscode"),
        # Geary, when the server refuses the login, asks to check the receiving login and password
        Phrases("tr.auth-failed-geary-receiving", C.AUTH_FAILED, ("alıcı giriş ve parolanızı",),
                "GNOME/geary:po/tr.po"),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("tr.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "liste moderatörü tarafından reddedildi",
        ), "jaredmauch/mailman2-python3:templates/tr/refuse.txt"),
        # mlmmj's translated listtexts: the list address is in neither To: nor Cc: (notintocc)
        Phrases("tr.policy-violation-mlmmj", C.POLICY_VIOLATION, (
            "liste adresi to: veya cc:",
        ), "neonkore/MLmmj:listtexts/tr/notintocc"),
        # mlmmj's translated listtexts: the poster's address is not subscribed, and only subscribers
        # may post (subonlypost)
        Phrases("tr.sender-rejected-mlmmj", C.SENDER_REJECTED, (
            "sadece uyeler listeye",
            "listesine sadece uyeler",
        ), "neonkore/MLmmj:listtexts/tr/subonlypost"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, Moderate.py): a moderated list,
        # an implicit destination (the list not in To: or Cc:), a restricted list's approval, possible
        # administrivia, a suspicious header, a post the moderator deemed inappropriate.
        Phrases("tr.policy-violation-mailman-moderation", C.POLICY_VIOLATION, (
            "uygun olmadığına karar verdi",
            "onaylı listeye mesaj gönderimi",
            "gideceği yer örtülü",
            "örtülü alıcı adreslerine izin",
            "kısıtlı bir listeye gönderim onay",
            "yönetimsel bilgi içeriyor",
            "şüpheli bir başlık",
        ), "jaredmauch/mailman2-python3:messages/tr/LC_MESSAGES/mailman.po"),
        # Mailman 3's hold and rejection reasons about the poster: not a member, banned, no valid sender.
        Phrases("tr.sender-rejected-mailman3", C.SENDER_REJECTED, (
            "bir liste üyesinden değil",
            "bu listeden yasaklandı",
            "geçerli bir göndereni yok",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/tr/LC_MESSAGES/mailman.p"
            "o"
        )),
        # Mailman 3's moderation hold reasons: moderated member, implicit destination, emergency
        # moderation; and its notice that a post awaits the moderator's approval.
        Phrases("tr.policy-violation-mailman3-held", C.POLICY_VIOLATION, (
            "denetlenen bir üyeden geliyor",
            "dolaylı bir hedefi var",
            "moderatör onayı bekliyor",
            "acil durum denetimi etkin",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/tr/LC_MESSAGES/mailman.p"
            "o"
        )),
        # Mailman 3's hold reason: the post exceeds the list's maximum message size.
        Phrases("tr.message-too-large-mailman3", C.MESSAGE_TOO_LARGE, (
            "kb boyutundan daha büyük",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/tr/LC_MESSAGES/mailman.p"
            "o"
        )),
        # Mailman 3's content filter and no_subject rule: a disallowed file extension or content type,
        # no subject.
        Phrases("tr.content-rejected-mailman3", C.CONTENT_REJECTED, (
            "dosya uzantısına açıkça yasaklandı",
            "mesajın konusu yok",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/tr/LC_MESSAGES/mailman.p"
            "o"
        )),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("tr.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "onaylaması için bekletiliyor",
        ), "jaredmauch/mailman2-python3:templates/tr/postheld.txt"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, SpamDetect.py): emergency hold
        # of all list traffic, a header filter rule matched, a post to a moderated newsgroup.
        Phrases("tr.policy-violation-mailman-filter", C.POLICY_VIOLATION, (
            "onaylı bir haber grubuna",
            "acil bekletme etkin",
            "filtre kuralı eşleşmesi",
        ), "jaredmauch/mailman2-python3:messages/tr/LC_MESSAGES/mailman.po"),
        # Mailman 3's list:user:notice:hold and refuse templates: the post is held for the moderator, or
        # the moderator rejected it.
        Phrases("tr.policy-violation-mailman3-notice", C.POLICY_VIOLATION, (
            "gözden geçirene kadar bekletiliyor",
        ), "osstech-jp/mailman:src/mailman/templates/tr/list:user:notice:hold.txt"),
        # Mailman 3's list:user:notice:rejected template: the post was rejected, its reasons listed after
        # (weak: a listed reason's own wording decides).
        Phrases("tr.policy-violation-mailman3-reasons", C.POLICY_VIOLATION, (
            "nedenlerden dolayı reddedildi",
        ), "osstech-jp/mailman:src/mailman/templates/tr/list:user:notice:rejected.txt", decisive=False),
        # Odoo's mail server test: "Sunucunuz SSL desteklemiyor, STARTTLS kullanmayı deneyebilirsiniz"
        # (the server does not seem to support SSL).
        Phrases("tr.tls-required-odoo", C.TLS_REQUIRED, (
            "ssl desteklemiyor",
        ), "odoo/odoo:odoo/addons/base/i18n/tr/LC_MESSAGES/code.po"),
        # Trojitá's SMTP sender (src/MSA/SMTP.cpp), translated: "Cannot send message due to an
        # SSL/TLS error" ("Bir SSL/TLS hatasından dolayı ileti gönderilemiyor").
        Phrases("tr.tls-required-trojita", C.TLS_REQUIRED, (
            "bir ssl/tls hatasından",
        ), "jktjkt/trojita:po/tr/trojita_common.po"),
        # Sylpheed's translated SMTP session errors ("Can't start TLS session").
        Phrases("tr.tls-required-sylpheed", C.TLS_REQUIRED, (
            "tls oturumuna bağlantı kurulamadı",
        ), "sylpheed-mail/sylpheed:po/tr.po"),
        # Sylpheed's translated SMTP session errors ("SMTP AUTH not available / Authentication failed").
        Phrases("tr.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp auth kullanılamıyor", "yetkilendirmede hata oluştu",
        ), "sylpheed-mail/sylpheed:po/tr.po"),
        # Sylpheed's translated SMTP session errors ("Connection closed by the remote host / Can't connect to SMTP server").
        Phrases("tr.network-error-sylpheed", C.NETWORK_ERROR, (
            "bağlantı karşı taraftan kesildi", "smtp sunucusuna bağlantı yapılamadı",
        ), "sylpheed-mail/sylpheed:po/tr.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("tr.auth-failed-balsa", C.AUTH_FAILED, ("gssapi doğrulaması başarısız oldu", "kimlik doğrulamanın yolu bilinmiyor",
            "uygun kimlik doğrulama mekanizması yok",
        ), "GNOME/balsa:po/tr.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("tr.auth-required-balsa", C.AUTH_REQUIRED, (
            "kullanıcı adı ve parola gerekli",
        ), "GNOME/balsa:po/tr.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("tr.service-unavailable-balsa", C.SERVICE_UNAVAILABLE, (
            "smtp hizmetini sunmuyor",
        ), "GNOME/balsa:po/tr.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("tr.message-too-large-claws", C.MESSAGE_TOO_LARGE, (
            "boyutu çok büyük",
        ), "eworm-de/claws-mail:po/tr.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("tr.tls-required-claws", C.TLS_REQUIRED, (
            "tls iletişimi başarısız",
            "tls sertifikası geçersiz",
        ), "eworm-de/claws-mail:po/tr.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("tr.auth-failed-claws", C.AUTH_FAILED, (
            "smtp auth yöntemi mevcut değil",
        ), "eworm-de/claws-mail:po/tr.po"),
        # Sylpheed's translated "SSL certificate verify failed" (the server's certificate did not verify).
        Phrases("tr.tls-required-sylpheed-ssl", C.TLS_REQUIRED, (
            "ssl sertifikası doğrulaması başarısız",
        ), "sylpheed-mail/sylpheed:po/tr.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("tr.tls-required-balsa-session", C.TLS_REQUIRED, ("bozuk tls sertifikası", "imzalayan sertifika yetkilisi bilinmiyor", "sertifika feshedilmiş",
            "tls el sıkışması başarısız",
            "tls gerekli ama kullanılabilir değil",
        ), "GNOME/balsa:po/tr.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("tr.network-error-balsa-session", C.NETWORK_ERROR, ("bağlantı kesildi",
            "smtp sunucusuna ulaşılamıyor",
        ), "GNOME/balsa:po/tr.po"),
        # EspoCRM's 'Invalid credentials.' (Email messages.invalidCredentials), shown when the SMTP server refuses the login
        Phrases("tr.auth-failed-espocrm", C.AUTH_FAILED, (
            "geçersiz kimlik bilgileri",
        ), "espocrm/espocrm:application/Espo/Resources/i18n/tr_TR/Email.json"),
        # Post SMTP's connectivity test: no outbound route on the port, a firewall between the site and the Internet, no mail service on that port
        Phrases("tr.network-error-post-smtp", C.NETWORK_ERROR, (
            "arasında giden bir yol yok", "güvenlik duvarı var",
            "bu bağlantı noktasında hizmet sağlamaz",
        ), "wpexpertsio/Post-SMTP:Postman/languages/postman-smtp-tr_TR.po"),
        # Joomla 3's Turkish PHPMailer strings (PHPMAILER_*)
        Phrases("tr.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "gönderen adresi hatalı",
        ), "cuongnd/banhangonline88_joomla:language/tr-TR/tr-TR.ini"),
        # Joomla 3's Turkish PHPMailer strings (PHPMAILER_*)
        Phrases("tr.user-unknown-joomla3", C.USER_UNKNOWN, (
            "alıcının adresi hatalı",
        ), "cuongnd/banhangonline88_joomla:language/tr-TR/tr-TR.ini", decisive=False),
        # Joomla 3's Turkish PHPMailer strings (PHPMAILER_*)
        Phrases("tr.network-error-joomla3", C.NETWORK_ERROR, (
            "bağlantısı başarısız",
        ), "cuongnd/banhangonline88_joomla:language/tr-TR/tr-TR.ini"),
        # Joomla 3's Turkish PHPMailer strings (PHPMAILER_*)
        Phrases("tr.tls-required-joomla3", C.TLS_REQUIRED, (
            "tls başlatılamadı",
        ), "cuongnd/banhangonline88_joomla:language/tr-TR/tr-TR.ini"),
        # GoDaddy's Turkish help on bounces: a full mailbox happens when the recipient "depolama
        # sınırına ulaştığında".
        Phrases("tr.mailbox-full-godaddy-storage", C.MAILBOX_FULL, ("depolama sınırına ulaş",),
                "https://tr.godaddy.com/help/e-postamin-geri-donmesi-ne-anlama-geliyor-3568"),
        # IxirHost on Exim's 'Mailbox quota exceeded': the mail came back "hesabın kotası dolduğu
        # için".
        Phrases("tr.mailbox-full-ixirhost", C.MAILBOX_FULL, ("hesabın kotası dol",),
                "https://blog.ixirhost.com/mail-delivery-failed-returning-message-to-sender-mailbox-quota-exceeded/"),
        # SH's table of SMTP errors in Turkish: 451 "Sunucu tarafında geçici bir hata", 452
        # "Sunucuda yeterli kaynak yok", 500 "Geçersiz SMTP komutu", 502/504 "desteklenmiyor",
        # 551 "Kullanıcı farklı sunucuda".
        Phrases("tr.server-error-sh", C.SERVER_ERROR, ("sunucu tarafında geçici bir hata",),
                "https://destek.sh.com.tr/rehber/smtp-mail-gonderim-hata-kodlari"),
        Phrases("tr.system-full-sh", C.SYSTEM_FULL, ("sunucuda yeterli kaynak yok",),
                "https://destek.sh.com.tr/rehber/smtp-mail-gonderim-hata-kodlari"),
        Phrases("tr.syntax-error-sh", C.SYNTAX_ERROR, ("geçersiz smtp komutu",),
                "https://destek.sh.com.tr/rehber/smtp-mail-gonderim-hata-kodlari"),
        Phrases("tr.not-implemented-sh", C.NOT_IMPLEMENTED, (
            "smtp komutu desteklenmiyor", "parametre desteklenmiyor",
        ), "https://destek.sh.com.tr/rehber/smtp-mail-gonderim-hata-kodlari"),
        Phrases("tr.has-moved-sh", C.HAS_MOVED, ("kullanıcı farklı sunucuda",),
                "https://destek.sh.com.tr/rehber/smtp-mail-gonderim-hata-kodlari"),
        # Sistem Destek Uzmanı's bilingual table: 421 "Servis mevcut değil, iletim kanalı
        # kapatılıyor".
        Phrases("tr.service-unavailable-closing", C.SERVICE_UNAVAILABLE, ("iletim kanalı kapatılıyor",),
                "https://www.sistemdestekuzmani.com/tag/mail-hata-kodlari/"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("tr.rate-limited-sogo", C.RATE_LIMITED, (
            "çok fazla ileti gönder",
        ), "Alinto/sogo:UI/MailerUI/TurkishTurkey.lproj/Localizable.strings"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        Phrases("tr.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "alıcı oranı sınırına",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.tr-TR:AlchemyInsights/need-help-with-email-sending-limits.md"),
        # Sistem Destek Uzmanı's Turkish SMTP code list: 250 requested mail action okay, completed.
        Phrases("tr.delivered-sistemdestek", C.DELIVERED, (
            "istenen posta eylemi tamam",
        ), "https://www.sistemdestekuzmani.com/tag/mail-hata-kodlari/"),
        # Hataverdi's Turkish SMTP code list: 221, the transmission channel is being closed by the server.
        Phrases("tr.service-unavailable-hataverdi", C.SERVICE_UNAVAILABLE, (
            "iletim kanalı sunucu tarafından kapatılıyor",
        ), "https://www.hataverdi.com/e-mail-smtp-hata-kodlarinin-anlamlari-ve-cozumleri/2019/11/"),
        # fetchmail's translated SMTP-listener refusals (po/): it doesn't like the recipient address; it rejected the local recipient addresses.
        Phrases("tr.user-unknown-fetchmail", C.USER_UNKNOWN, (
            "dinleyicisi alıcı adresi olarak",
            "yerel alıcı adreslerini reddetti",
        ), "Distrotech/fetchmail:po/tr.po"),
        # fetchmail's translated login failure (po/): unknown login or authentication error. Also its 'authentication failed' mail subject.
        Phrases("tr.auth-failed-fetchmail", C.AUTH_FAILED, (
            "kimlik denetlemesi başarısız",
            "kimlik denetleme hatası",
        ), "Distrotech/fetchmail:po/tr.po"),
        # fetchmail's translated connect timeout (po/): timeout after N seconds waiting to connect to the server.
        Phrases("tr.network-error-fetchmail", C.NETWORK_ERROR, (
            "zamanaşımı süresi doldu",
        ), "Distrotech/fetchmail:po/tr.po"),
        # Microsoft 365's machine-translated help for 5.7.606 (AlchemyInsights antispam-5.7.606), 'Banned sending IP'.
        Phrases("tr.blocklisted-microsoft-banned-ip", C.BLOCKLISTED, (
            "ip gönderme yasaklandı",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.tr-TR:AlchemyInsights/antispam-5.7.606.md"),
        # Microsoft 365's machine-translated help for 550 5.7.501 'Access denied, spam abuse detected' (AlchemyInsights).
        Phrases("tr.blocklisted-microsoft-spam-abuse", C.BLOCKLISTED, (
            "spam kötüye kullanımı",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.tr-TR:AlchemyInsights/error-code-550-5-7-501-access-denied-spam-abuse-detected.md"),
        # Microsoft 365's machine-translated help for 550 5.7.705 'Access denied, tenant has exceeded threshold' (too much spam or bulk mail sent by the organisation; AlchemyInsights).
        Phrases("tr.reputation-microsoft-tenant-threshold", C.REPUTATION, (
            "kiracı eşiği aştı",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.tr-TR:AlchemyInsights/error-code-550-5-7-705-access-denied-tenant-has-exceeded-threshold.md"),
        # Trojitá's translated IMAP/SMTP login failure (po/): authentication failed, often a bad password or wrong user name.
        Phrases("tr.auth-failed-trojita", C.AUTH_FAILED, (
            "kimlik denetimi başarısız",
        ), "jktjkt/trojita:po/tr/trojita_common.po"),
        # Microsoft 365's translated 432 4.3.21 'Mailbox server busy; mail intentionally delayed' (AlchemyInsights temporary-bulk-mail-flow-delay).
        Phrases("tr.service-unavailable-microsoft-busy", C.SERVICE_UNAVAILABLE, (
            "posta kutusu sunucusu meşgul",
            "bilerek gecikmiş posta",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.tr-TR:AlchemyInsights/temporary-bulk-mail-flow-delay.md"),
        # Microsoft's localized help on NDR 5.4.6 / 5.4.14 'Hop count exceeded' (a mail loop; AlchemyInsights error-546-5414-hop-count).
        Phrases("tr.network-error-microsoft-hop-count", C.NETWORK_ERROR, (
            "atlama sayısı aşıldı",
            "posta döngüsü sorunu",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.tr-TR:AlchemyInsights/error-546-5414-hop-count.md"),
        # Mailpile's SMTP/IMAP login errors (smtp_client.py, mail_source/): the server refused the
        # login (AUTH or OAuth2), a bad character in the username or password.
        Phrases("tr.auth-failed-mailpile", C.AUTH_FAILED, (
            "hatalı kullanıcı adı veya parola",
        ), "mailpile/Mailpile:shared-data/locale/tr/LC_MESSAGES/mailpile.po"),
        # Mailpile's SMTP client: the server refused the envelope sender (MAIL FROM).
        Phrases("tr.sender-rejected-mailpile", C.SENDER_REJECTED, (
            "gönderici smtp sunucusu tarafından reddedildi",
        ), "mailpile/Mailpile:shared-data/locale/tr/LC_MESSAGES/mailpile.po"),
        # Mailpile's connection errors (conn_brokers, smtp_client): could not connect, the
        # connection timed out or was refused, the host unreachable.
        Phrases("tr.network-error-mailpile", C.NETWORK_ERROR, (
            "bağlantı zaman aşımı",
        ), "mailpile/Mailpile:shared-data/locale/tr/LC_MESSAGES/mailpile.po"),
        # Evolution's Exchange back ends (evolution-mapi, evolution-ews): the login at the server failed,
        # the password expired.
        Phrases("tr.auth-failed-evolution-exchange", C.AUTH_FAILED, (
            "parolanın süresi dolmuş",
            "parolanın süresi doldu",
        ), "GNOME/evolution-mapi:po/tr.po; GNOME/evolution-ews:po/tr.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): no more sessions can be created, the
        # session limit was reached.
        Phrases("tr.too-many-connections-evolution-exchange", C.TOO_MANY_CONNECTIONS, (
            "oturum limitine ulaşıldı",
        ), "GNOME/evolution-mapi:po/tr.po; GNOME/evolution-ews:po/tr.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): the account is disabled.
        Phrases("tr.mailbox-disabled-evolution-exchange", C.MAILBOX_DISABLED, (
            "hesap devre dışı bırakılmış",
        ), "GNOME/evolution-mapi:po/tr.po; GNOME/evolution-ews:po/tr.po"),
        # Evolution's EWS back end (evolution-ews): the Exchange or Microsoft 365 server is busy
        # (ErrorServerBusy), waiting to retry.
        Phrases("tr.service-unavailable-evolution-exchange", C.SERVICE_UNAVAILABLE, (
            "exchange sunucusu meşgul",
            "microsoft 365 sunucusu meşgul",
        ), "GNOME/evolution-mapi:po/tr.po; GNOME/evolution-ews:po/tr.po"),
        # Zimbra web client (ZmMsg): the attachment failed because the message would exceed the
        # size limit.
        Phrases("tr.message-too-large-zimbra-web", C.MESSAGE_TOO_LARGE, (
            "boyut sınırını aştığı için",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_tr.properties"),
        # Zimbra web client (ZmMsg): the user is not authenticated.
        Phrases("tr.auth-required-zimbra-web", C.AUTH_REQUIRED, (
            "kullanıcının kimliği doğrulanmadı",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_tr.properties"),
        # Zimbra web client (ZmMsg): the mail quota is exceeded.
        Phrases("tr.mailbox-full-zimbra-web", C.MAILBOX_FULL, (
            "posta kotanızı aştığınız",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_tr.properties"),
        # Zimbra web client (ZmMsg): the upload was rejected, the file contains a virus.
        Phrases("tr.virus-zimbra-web", C.VIRUS, (
            "virüs içeriyor",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_tr.properties"),
        # GLib's GIO network errors (GNOME/glib po/): socket I/O timed out, network or host unreachable,
        # error resolving a host name, could not connect to the proxy server.
        Phrases("tr.network-error-glib-gio", C.NETWORK_ERROR, (
            "yuva g/ç zaman aşımı",
            "ağa erişilemiyor",
            "makineye erişilemiyor",
            "çözerken hata",
        ), "GNOME/glib:po/tr.po"),
        # libsoup's translated connection errors (GNOME/libsoup po/): the network stream closed or the
        # connection terminated unexpectedly.
        Phrases("tr.network-error-libsoup", C.NETWORK_ERROR, (
            "ağ akışı beklenmeyen biçimde sonlandı",
            "bağlantı beklenmeyen biçimde sonlandı",
        ), "GNOME/libsoup:po/tr.po"),
        # Tuta (Tutanota) mail client's errors: the storage limit is exceeded, no more mail can be
        # received or sent.
        Phrases("tr.mailbox-full-tuta", C.MAILBOX_FULL, (
            "depolama alanınız doldu",
        ), "tutao/tutanota:src/ui/translations/tr.ts"),
        # Tuta (Tutanota) mail client's errors: the body text exceeds the maximum size limit.
        Phrases("tr.message-too-large-tuta", C.MESSAGE_TOO_LARGE, (
            "en büyük boyut limiti",
        ), "tutao/tutanota:src/ui/translations/tr.ts"),
        # Tuta (Tutanota) mail client's errors (src/ui/translations): the number of allowed emails
        # was exceeded, or the allowed attempts; try again later.
        Phrases("tr.rate-limited-tuta", C.RATE_LIMITED, (
            "deneme sayısı aşıldı",
            "izin verilen eposta miktarını aşmış",
            "izin verilen e-posta sayısı aşıldığı",
        ), "tutao/tutanota:src/ui/translations/tr.ts"),
        # Tuta (Tutanota) mail import: the credentials are incorrect.
        Phrases("tr.auth-failed-tuta", C.AUTH_FAILED, (
            "giriş bilgileriniz yanlış",
        ), "tutao/tutanota:src/ui/translations/tr.ts"),
    ),
    together=(
        # Hataverdi's Turkish key to SMTP errors ("101 The server is unable to connect":
        # "Sunucuyla bağlantı kurulamıyor"): no connection to the server.
        Together("tr.together-network-error", C.NETWORK_ERROR, (
            ("sunucu",),
            ("bağlantı kurulamı", "bağlanılamı", "bağlanamı"),
        ), "https://www.hataverdi.com/e-mail-smtp-hata-kodlarinin-anlamlari-ve-cozumleri/2019/11/"),
        # ASO's note on "Quota exceeded (mailbox for user is full)" ("alıcının sunucudaki mail
        # kutusu dolmuş demektir"): the mailbox with its being full ("dolu", "dolmuş"; not
        # "dolayı", because of).
        Together("tr.together-mailbox-full", C.MAILBOX_FULL, (
            ("posta kutu", "e-posta kutu", "gelen kutu", "mail kutu", "mailbox"),
            ("dolu", "doldu", "dolmuş"),
        ), "https://www.aso.com.tr/blog/709-quota-exceeded-mailbox-for-user-is-full.html"),
        # Microsoft's Turkish Alchemy Insights article on NDR 5.1.90 ("10.000 iletilik günlük alıcı
        # oranı sınırını aştı"): a daily limit exceeded or reached.
        Together("tr.together-rate-limited", C.RATE_LIMITED, (
            ("günlük",),
            ("sınır",),
            ("aştı", "aşıldı", "ulaştı"),
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.tr-TR:AlchemyInsights/5-1-90-your-message-cant-be-sent-dai"
           "ly-limit.md", window=50),
        # Microsoft's Turkish Alchemy Insights article on NDR 5.7.511 ("Engellenen Gönderenler
        # listesinden kaldırmak etkilenen hesabı"): the sender on the blocked senders' list.
        Together("tr.together-blocklisted", C.BLOCKLISTED, (
            ("engellenen gönderen", "engellenmiş gönderen"),
            ("liste",),
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.tr-TR:AlchemyInsights/1264-ip-blocked-for-sending-too-much"
           "-spam-550-5-7-51.md", window=30),
        # Microsoft's Turkish Alchemy Insights article on NDR 4.5.3 ("e-posta trafiği hacmini ...
        # temel alan sınırı aştığında"): the mail traffic over its limit.
        Together("tr.together-rate-limited-traffic", C.RATE_LIMITED, (
            ("trafi",),
            ("sınır",),
            ("aştı", "aşıyor", "aşıldı"),
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.tr-TR:AlchemyInsights/1049-antispam-4-5-3-too-many-recipien"
           "ts-as780090.md", window=90),
        # Balsa's translated "Connecting SMTP server <host> (<address>) failed: <reason>", the host
        # and address between the words.
        Together("tr.together-network-error-balsa", C.NETWORK_ERROR, (
            ("smtp sunucu bağlantısı",),
            ("başarısız",),
        ), "GNOME/balsa:po/tr.po", window=100),
    ),
)
