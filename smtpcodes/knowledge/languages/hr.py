"""Croatian (hr): the SMTP error messages that mail clients and mail libraries show in
Croatian. Sources: Thunderbird's Croatian composeMsgs.properties (thunderbird/thunderbird-l10n),
Roundcube's Croatian messages.inc, PHPMailer's Croatian language file and IMP webmail's
Croatian translation (horde/imp).
Also: Evolution's translated RFC 5321 reply texts (GNOME/evolution-data-server po/).
Also: Mailman 2's refusals (jaredmauch/mailman2-python3); SOGo's send errors (Alinto/sogo
UI/MailerUI); glibc's strerror and resolver texts (bminor/glibc po/).
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/).
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them.
Also: Geary's, Balsa's, Claws Mail's and Sylpheed's translated send errors, Mailspring's, Nextcloud
Mail's, FairEmail's, Thunderbird for Android's and Delta Chat's translated account and login errors,
where this language has them."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_TB = (
    "thunderbird/thunderbird-l10n:hr/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_RC = "roundcube/roundcubemail:program/localization/hr_HR/messages.inc"
_PM = "PHPMailer/PHPMailer:language/phpmailer.lang-hr.php"
_IMP = "horde/imp:locale/hr/LC_MESSAGES/imp.po"
_EVO = "GNOME/evolution-data-server:po/hr.po"
_MAILMAN = "jaredmauch/mailman2-python3:messages/hr/LC_MESSAGES/mailman.po"
_SOGO = "Alinto/sogo:UI/MailerUI/Croatian.lproj/Localizable.strings"
_GLIBC = "bminor/glibc:po/hr.po"

LANGUAGE = Language(
    code="hr",
    name="Croatian",
    phrases=(
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("hr.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "nije moguće pronaći poslužitelj",
        ), ("thunderbird/thunderbird-l10n:hr/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("hr.tls-required-glib-networking", C.TLS_REQUIRED, (
            "zahtijeva tls vjerodajnicu", "neprihvatljiva tls vjerodajnica",
            "nemoguće stvaranje tls povezivanja", "tls rukovanj",
            "tls povezivanje je neočekivano zatvoreno", "nije poslao vjerodajnicu",
            "tls upozorenje", "neprihvatljiva punomoć tls",
        ), "GNOME/glib-networking:po/hr.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("hr.network-error-glib-networking", C.NETWORK_ERROR, (
            "istek vremena u/i priključnice", "povezivanje je slomljeno",
        ), "GNOME/glib-networking:po/hr.po"),
        # Thunderbird's connection errors (messenger.properties): an authentication failure
        # while connecting (OAuth2).
        Phrases("hr.auth-failed-thunderbird-connection", C.AUTH_FAILED, (
            "provjera autentičnosti neuspjela",
        ), "thunderbird/thunderbird-l10n:hr/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the server disconnected.
        Phrases("hr.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "se isključio",
        ), "thunderbird/thunderbird-l10n:hr/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): a TLS error that cannot be
        # overridden.
        Phrases("hr.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "tls pogreška koju nije moguće zaobići",
        ), "thunderbird/thunderbird-l10n:hr/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the method not supported, the
        # Kerberos/GSSAPI ticket refused.
        Phrases("hr.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "ne podržava odabranu metodu autentifikacije",
            "kerberos/gssapi kartica nije prihvaćena",
        ), "thunderbird/thunderbird-l10n:hr/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed,
        # plain-text passwords not supported.
        Phrases("hr.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "slanje lozinke za korisnika", "ne podržava lozinke u formatu običnog teksta",
        ), "thunderbird/thunderbird-l10n:hr/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("hr.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "nije moguće uspostaviti tls vezu",
        ), "thunderbird/thunderbird-l10n:hr/mail/chrome/messenger/localMsgs.properties"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("hr.tls-required-k9-check", C.TLS_REQUIRED, (
            "nevažeći ssl certifikat",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-hr/strings.xml"),
        # K-9 Mail's account-setup check: cannot connect to server.
        Phrases("hr.network-error-k9-check", C.NETWORK_ERROR, (
            "ne mogu se povezati na poslužitelj",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-hr/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("hr.auth-failed-k9-check", C.AUTH_FAILED, (
            "netočno korisničko ime ili lozinka",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-hr/strings.xml"),
        # Geary's server-certificate problems (expired, revoked, not activated, unknown authority, insecure, identity mismatch).
        Phrases("hr.tls-required-geary-po", C.TLS_REQUIRED, (
            "vjerodajnica poslužitelja",
            "identitet poslužitelja se ne podudara",
        ), "GNOME/geary:po/hr.po"),
        # Geary's 'Could not connect, check your network'.
        Phrases("hr.network-error-geary-po", C.NETWORK_ERROR, (
            "nemoguće povezivanje, provjerite svoju mrežu",
        ), "GNOME/geary:po/hr.po"),
        # Geary's login problems: check your sending / receiving login and password; an account reported an incorrect login or password.
        Phrases("hr.auth-failed-geary-po", C.AUTH_FAILED, (
            "provjerite svoju adresu e-pošte i lozinku",
            "provjerite svoju prijavu i lozinku",
            "nevaljanu lozinku prijave",
        ), "GNOME/geary:po/hr.po"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("hr.tls-required-weak-k9", C.TLS_REQUIRED, (
            "greška certifikata",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-hr/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("hr.network-error-weak-k9", C.NETWORK_ERROR, (
            "greška veze",
            "mrežna pogreška",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-hr/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-hr/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("hr.auth-failed-weak-k9", C.AUTH_FAILED, (
            "identifikacija nije uspjela",
            "pogreška provjere autentičnosti",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-hr/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-hr/strings.xml", decisive=False),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("hr.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "previše je aktivnih veza",
        ), "Foundry376/Mailspring:app/lang/hr.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("hr.relay-denied-mailspring", C.RELAY_DENIED, (
            "poslužitelj ne bi prenio poruku",
        ), "Foundry376/Mailspring:app/lang/hr.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("hr.rate-limited-mailspring", C.RATE_LIMITED, (
            "premašena je propusnost za gmail",
            "prekoračili ste dnevno ograničenje slanja",
        ), "Foundry376/Mailspring:app/lang/hr.json"),
        # Mailspring's 'Connection Error - Unable to connect to the server / port you provided.'
        Phrases("hr.network-error-mailspring", C.NETWORK_ERROR, (
            "nije moguće povezivanje s poslužiteljem",
        ), "Foundry376/Mailspring:app/lang/hr.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("hr.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "sadrži illegalni privitak",
        ), "Foundry376/Mailspring:app/lang/hr.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("hr.auth-failed-mailspring", C.AUTH_FAILED, (
            "pogreška autentifikacije",
            "ne podržava osnovnu provjeru autentičnosti",
            "više ne može provjeriti autentičnost",
        ), "Foundry376/Mailspring:app/lang/hr.json"),
        # FairEmail's authentication-failure notice.
        Phrases("hr.auth-failed-fairemail", C.AUTH_FAILED, (
            "provjera autentičnosti nije uspjela",
        ), "M66B/FairEmail:app/src/main/res/values-hr-rHR/strings.xml"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("hr.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "veća od ograničenja poslužitelja",
        ), "M66B/FairEmail:app/src/main/res/values-hr-rHR/strings.xml"),
        Phrases("hr.auth-failed", C.AUTH_FAILED, (
            "nije se moguće prijaviti na poslužitelj",
            "ne podržava odabranu metodu provjere autentičnosti", "neuspjela autentikacija",
            "autentikacija nije uspjela",
        ), _TB + "; " + _PM + "; " + _RC),
        Phrases("hr.network-error", C.NETWORK_ERROR, (
            "poslužitelj je možda nedostupan", "jer je veza s poslužiteljem odlazne pošte",
            "ne mogu se spojiti na smtp poslužitelj", "spajanje na smtp poslužitelj nije uspjelo",
            "povezivanje na poslužitelj nije uspjelo",
        ), _TB + "; " + _PM + "; " + _RC),
        Phrases("hr.message-too-large", C.MESSAGE_TOO_LARGE, (
            "prelazi globalno ograničenje veličine", "veličina poruke prekoračila je ograničenje",
        ), _TB + "; " + _RC),
        Phrases("hr.too-many-recipients", C.RATE_LIMITED, (
            "prekoračenja dopuštenog broja primatelja", "previše primatelja",
            "nemate ovlasti za slanje poruka na više od",
        ), _TB + "; " + _RC + "; " + _IMP),
        Phrases("hr.smtputf8", C.CONTENT_REJECTED, (
            "ne podržava smtputf8", "ne omogućava unicode u adresama",
        ), _TB + "; " + _RC),
        Phrases("hr.sender-rejected", C.SENDER_REJECTED, (
            "slanje s navedenih e-mail adresa nije uspjelo",
        ), _PM),
        Phrases("hr.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "postavljanje pošiljatelja",
        ), _RC, decisive=False),
        Phrases("hr.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "je li vaša adresa e-pošte ispravno upisana",
        ), _TB, decisive=False),
        Phrases("hr.network-error-thunderbird", C.NETWORK_ERROR, (
            "postavke poslužitelja mogu biti netočne",
        ), _TB),
        Phrases("hr.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "nije prihvatio kerberos",
        ), _TB),
        Phrases("hr.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "ne dozvoljava obične lozinke",
        ), _TB),
        Phrases("hr.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "slanje na navedenih e-mail adresa nije uspjelo", "dodavanje primatelja",
        ), _PM + "; " + _RC, decisive=False),
        Phrases("hr.mailbox-full-evolution", C.MAILBOX_FULL, (
            "premašen dodijeljeni prostor",
        ), _EVO),
        Phrases("hr.system-full-evolution", C.SYSTEM_FULL, (
            "nedovoljno prostora na sustavu",
        ), _EVO),
        Phrases("hr.auth-required-evolution", C.AUTH_REQUIRED, (
            "potrebna je ovjera",
        ), _EVO),
        Phrases("hr.auth-failed-evolution", C.AUTH_FAILED, (
            "privremena ovjera je neuspjela", "mehanizam ovjere je preslab",
        ), _EVO),
        Phrases("hr.tls-required-evolution", C.TLS_REQUIRED, (
            "šifriranje je potrebno za traženi mehanizam ovjere",
        ), _EVO),
        Phrases("hr.has-moved-evolution", C.HAS_MOVED, (
            "korisnik nije lokalan",
        ), _EVO),
        Phrases("hr.user-unknown-evolution", C.USER_UNKNOWN, (
            "nedostupan pretinac", "naziv pretinca nije dopušten",
        ), _EVO, decisive=False),
        Phrases("hr.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "usluga nije dostupna",
        ), _EVO, decisive=False),
        Phrases("hr.server-error-evolution", C.SERVER_ERROR, (
            "greška obrade",
        ), _EVO, decisive=False),
        Phrases("hr.syntax-error-evolution", C.SYNTAX_ERROR, (
            "greška sintakse",
        ), _EVO, decisive=False),
        Phrases("hr.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "naredba nije implementirana",
        ), _EVO, decisive=False),
        Phrases("hr.auth-failed-evolution-response", C.AUTH_FAILED, (
            "loš odgovor ovjere",
        ), _EVO),
        Phrases("hr.sender-rejected-evolution", C.SENDER_REJECTED, (
            "adresa pošiljatelja nije vanjana",
        ), _EVO, decisive=False),
        Phrases("hr.sender-rejected-mailman", C.SENDER_REJECTED, (
            "zabranjeno vam je slanje poruka na ovu listu", "poruka poslana od strane ne-člana",
            "nisu članovi nije dozvoljeno slanje poruka",
        ), _MAILMAN),
        Phrases("hr.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "tijelo poruke je previše veliko", "vaša poruka je prevelika",
        ), _MAILMAN),
        Phrases("hr.content-rejected-mailman", C.CONTENT_REJECTED, (
            "tip sadržaja poruke je eksplicitno nedozvoljen", "nakon filtriranja sadržaja",
        ), _MAILMAN),
        Phrases("hr.user-unknown-sogo", C.USER_UNKNOWN, (
            "svi su primatelji nevažeći", "sljedeće su adrese neispravne",
        ), _SOGO, decisive=False),
        Phrases("hr.network-error-sogo", C.NETWORK_ERROR, (
            "pogreška prilikom spajanja na smtp poslužitelj",
        ), _SOGO),
        Phrases("hr.network-error-glibc", C.NETWORK_ERROR, (
            "veza odbijena", "veza je prekinuta zbog ograničenja vremena", "nema trase",
            "nije moguće dodijeliti zatraženu adresu", "mreža nije dostupna",
            "poveznica je prekinuta od druge strane", "privremeni neuspjeh u rješavanju imena",
            "softver je uzrok prekida veze", "mreža je isključena", "host nije uključen",
            "nije pronađeno hostname", "nepopravljivi neuspjeh u razlučivanju imena",
        ), _GLIBC),
        Phrases("hr.host-unknown-glibc", C.HOST_UNKNOWN, (
            "ime ili servis nije poznato", "nijedna adresa nije pridružena s hostname",
            "nepoznati host",
        ), _GLIBC),
        Phrases("hr.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "koristite li ispravan indentitet za slanje",
        ), _TB, decisive=False),
        Phrases("hr.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "provjerite primatelja pošte",
        ), _TB, decisive=False),
        Phrases("hr.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "ne podržava kriptirane lozinke",
        ), _TB),
        # SquirrelMail's hr_HR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("hr.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "poštanski pretinac nije dostupan",
            "naziv poštanskog pretinca nije dozvoljen",
        ), "sitle/squirrelmail-src:locales/locale/hr_HR/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's hr_HR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("hr.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "greška u procesiranju",
            "neuspješna transakcija",
        ), "sitle/squirrelmail-src:locales/locale/hr_HR/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's hr_HR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("hr.system-full-squirrelmail", C.SYSTEM_FULL, (
            "nedovoljan prostor za pohranu",
        ), "sitle/squirrelmail-src:locales/locale/hr_HR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's hr_HR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("hr.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "privremena neuspješna autentikacija",
            "autentikacijski mehanizam je preslab",
        ), "sitle/squirrelmail-src:locales/locale/hr_HR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's hr_HR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("hr.syntax-error-squirrelmail", C.SYNTAX_ERROR, (
            "naredba nije prepoznata",
            "sintaksna greška u parametrima",
        ), "sitle/squirrelmail-src:locales/locale/hr_HR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's hr_HR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("hr.bad-sequence-squirrelmail", C.BAD_SEQUENCE, (
            "nevaljani niz naredbi",
        ), "sitle/squirrelmail-src:locales/locale/hr_HR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's hr_HR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("hr.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "parametar naredbe nije primjenjiv",
        ), "sitle/squirrelmail-src:locales/locale/hr_HR/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's hr_HR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("hr.auth-required-squirrelmail", C.AUTH_REQUIRED, (
            "potrebna autentifikacija",
        ), "sitle/squirrelmail-src:locales/locale/hr_HR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's hr_HR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("hr.auth-failed-weak-squirrelmail", C.AUTH_FAILED, (
            "neuspješna autentifikacija",
        ), "sitle/squirrelmail-src:locales/locale/hr_HR/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's hr_HR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("hr.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "nekripcija za zahtijevani autentikacijski mehanizam",
        ), "sitle/squirrelmail-src:locales/locale/hr_HR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's hr_HR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("hr.has-moved-squirrelmail", C.HAS_MOVED, (
            "korisnik se ne nalazi na lokalnom poslužitelju",
        ), "sitle/squirrelmail-src:locales/locale/hr_HR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's hr_HR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("hr.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "premašen je rezervirani prostor pohrane",
        ), "sitle/squirrelmail-src:locales/locale/hr_HR/LC_MESSAGES/squirrelmail.po"),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("hr.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "moderator je odbio",
        ), "jaredmauch/mailman2-python3:templates/hr/refuse.txt"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("hr.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "dok je moderator liste ne pregleda",
        ), "jaredmauch/mailman2-python3:templates/hr/postheld.txt"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, Emergency.py, SpamDetect.py): a
        # moderated list, an implicit destination, a restricted list's approval, administrivia, a
        # suspicious header, a post the moderator deemed inappropriate, an emergency hold, a header
        # filter rule.
        Phrases("hr.policy-violation-mailman-moderation", C.POLICY_VIOLATION, (
            "kao neodgovarajuća od strane moderatora",
            "poruku na moderiranu listu",
            "poruka ima implicitno odredište",
            "listu sa ograničenjima zahtjeva odobrenje",
            "može sadržavati administrativne zahtjeve",
            "poruka ima sumnjivo zaglavlje",
            "hitno zadržavanje cjelokupnog prometa",
        ), "jaredmauch/mailman2-python3:messages/hr/LC_MESSAGES/mailman.po"),
        # Sylpheed's translated SMTP session errors ("Can't start TLS session").
        Phrases("hr.tls-required-sylpheed", C.TLS_REQUIRED, (
            "ne mogu pokrenuti tls sesiju",
        ), "sylpheed-mail/sylpheed:po/hr.po"),
        # Sylpheed's translated SMTP session errors ("SMTP AUTH not available / Authentication failed").
        Phrases("hr.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp auth nije dostupan", "autorizacija nije uspjela",
        ), "sylpheed-mail/sylpheed:po/hr.po"),
        # Sylpheed's translated SMTP session errors ("Connection closed by the remote host / Can't connect to SMTP server").
        Phrases("hr.network-error-sylpheed", C.NETWORK_ERROR, (
            "vezu je prekinuo domaćin", "ne mogu se povezati s smtp poslužiteljem",
        ), "sylpheed-mail/sylpheed:po/hr.po"),
        # Sylpheed's translated "SSL certificate verify failed" (the server's certificate did not verify).
        Phrases("hr.tls-required-sylpheed-ssl", C.TLS_REQUIRED, (
            "ssl potvrda ne valja",
        ), "sylpheed-mail/sylpheed:po/hr.po"),
        # Geary's account problems: check the sending or receiving login and password, an incorrect login.
        Phrases("hr.auth-failed-geary", C.AUTH_FAILED, (
            "prijavu i lozinku slanja",
            "prijavu i lozinku primanja",
            "račun je prijavio nevaljanu lozinku",
        ), "GNOME/geary:po/hr.po"),
        # Geary's untrusted-connection reasons: the server certificate unsigned, mismatched or expired.
        Phrases("hr.tls-required-geary", C.TLS_REQUIRED, (
            "vjerodajnica poslužitelja nije potpisana",
            "vjerodajnica poslužitelja je istekla",
        ), "GNOME/geary:po/hr.po"),
        # Claws Mail's connection errors: timed out, refused, closed by the remote host.
        Phrases("hr.network-error-claws-session", C.NETWORK_ERROR, (
            "veza je završena od strane udaljenog računala",
        ), "eworm-de/claws-mail:po/hr.po"),
        # Claws Mail's SMTP AUTH errors: failed, stronger authentication required, the method unavailable.
        Phrases("hr.auth-failed-claws-session", C.AUTH_FAILED, (
            "greška prilikom ovjeravanja",
        ), "eworm-de/claws-mail:po/hr.po"),
        # Claws Mail: the message is over the server's maximum size.
        Phrases("hr.message-too-large-claws-session", C.MESSAGE_TOO_LARGE, (
            "maksimalna veličina je",
        ), "eworm-de/claws-mail:po/hr.po"),
        # Zimbra web client's translated errors (ZMsg): wrong credentials, no such account, authentication required.
        Phrases("hr.auth-failed-zimbra", C.AUTH_FAILED, (
            "neispravni podaci za prijavu",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_hr.properties"),
        # Zimbra web client's translated errors (ZMsg): wrong credentials, no such account, authentication required.
        Phrases("hr.user-unknown-zimbra", C.USER_UNKNOWN, (
            "ne postoji takav račun",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_hr.properties"),
        # Zimbra web client's translated errors (ZMsg): wrong credentials, no such account, authentication required.
        Phrases("hr.auth-required-zimbra", C.AUTH_REQUIRED, (
            "obavezna prijava",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_hr.properties"),
        # FairEmail's account legends: authentication failed (weak: the server's own reply decides).
        Phrases("hr.auth-failed-weak-fairemail-legend", C.AUTH_FAILED, (
            "autentifikacija neuspješna",
        ), "M66B/FairEmail:app/src/main/res/values-hr-rHR/strings.xml", decisive=False),
        # FairEmail: no (suitable) internet connection (weak).
        Phrases("hr.network-error-weak-fairemail", C.NETWORK_ERROR, (
            "prikladne internetske veze",
        ), "M66B/FairEmail:app/src/main/res/values-hr-rHR/strings.xml", decisive=False),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the connection failed; the SMTP credentials were refused.
        Phrases("hr.network-error-nextcloud-mail", C.NETWORK_ERROR, (
            "smtp poslužitelj nije dostupan",
            "smtp povezivanje nije uspjelo",
        ), "nextcloud/mail:l10n/hr.json"),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the connection failed; the SMTP credentials were refused.
        Phrases("hr.auth-failed-nextcloud-mail", C.AUTH_FAILED, (
            "smtp korisničko ime ili lozinka nisu ispravni",
        ), "nextcloud/mail:l10n/hr.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("hr.auth-required-mailspring", C.AUTH_REQUIRED, (
            "potrebna provjera",
        ), "Foundry376/Mailspring:app/lang/hr.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("hr.tls-required-mailspring", C.TLS_REQUIRED, (
            "starttls nije dostupan",
            "tls nije dostupan",
        ), "Foundry376/Mailspring:app/lang/hr.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("hr.spam-content-mailspring", C.SPAM_CONTENT, (
            "yahooov outbound spam filter",
        ), "Foundry376/Mailspring:app/lang/hr.json"),
        # Sylpheed's SMTP session errors: the session timed out, the server not found, an error during authentication.
        Phrases("hr.network-error-sylpheed-session", C.NETWORK_ERROR, (
            "isteklo je vrijeme",
            "nema smtp poslužitelja",
        ), "sylpheed-mail/sylpheed:po/hr.po"),
        # Sylpheed's SMTP session errors: the session timed out, the server not found, an error during authentication.
        Phrases("hr.auth-failed-sylpheed-session", C.AUTH_FAILED, (
            "greška pri ovjeri",
        ), "sylpheed-mail/sylpheed:po/hr.po"),
        # Joomla's Croatian PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("hr.auth-failed-joomla", C.AUTH_FAILED, (
            "nije moguće autorizirati",
        ), "bringer/lavuelta:language/hr-HR/hr-HR.ini"),
        # Joomla's Croatian PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("hr.sender-rejected-joomla", C.SENDER_REJECTED, (
            "adrese pošiljatelja nisu pronađene",
        ), "bringer/lavuelta:language/hr-HR/hr-HR.ini"),
        # Joomla's Croatian PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("hr.user-unknown-joomla", C.USER_UNKNOWN, (
            "slijedeći primatelji nisu pronađeni",
        ), "bringer/lavuelta:language/hr-HR/hr-HR.ini", decisive=False),
        # Joomla's Croatian PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("hr.network-error-joomla", C.NETWORK_ERROR, (
            "nije se moguće spojiti na smtp host",
        ), "bringer/lavuelta:language/hr-HR/hr-HR.ini"),
        # Joomla 3's Croatian PHPMailer strings (PHPMAILER_*)
        Phrases("hr.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "sljedeći pošiljatelji nisu pronađeni",
        ), "cuongnd/banhangonline88_joomla:language/hr-HR/hr-HR.ini"),
        # Joomla 3's Croatian PHPMailer strings (PHPMAILER_*)
        Phrases("hr.user-unknown-joomla3", C.USER_UNKNOWN, (
            "sljedeći primatelji nisu pronađeni",
        ), "cuongnd/banhangonline88_joomla:language/hr-HR/hr-HR.ini", decisive=False),
        # Joomla 3's Croatian PHPMailer strings (PHPMAILER_*)
        Phrases("hr.network-error-joomla3", C.NETWORK_ERROR, (
            "nije moguće spojiti se na smtp host",
        ), "cuongnd/banhangonline88_joomla:language/hr-HR/hr-HR.ini"),
        # Joomla 3's Croatian PHPMailer strings (PHPMAILER_*)
        Phrases("hr.tls-required-joomla3", C.TLS_REQUIRED, (
            "ne mogu pokrenuti tls",
        ), "cuongnd/banhangonline88_joomla:language/hr-HR/hr-HR.ini"),
        # Joomla 3's (another pack's) Croatian PHPMailer strings (PHPMAILER_*)
        Phrases("hr.sender-rejected-joomla3-ddsales", C.SENDER_REJECTED, (
            "slijedeći pošiljatelji nisu pronađeni",
        ), "dwarkesh0204/ddsales:language/hr-HR/hr-HR.ini"),
        # Microsoft's Croatian help title for SharePoint's 'Daily email limit exceeded. Workflow is suspended' (the workflow mail refused past the Exchange Online sending limits).
        Phrases("hr.rate-limited-daily-email-workflow", C.RATE_LIMITED, (
            "dnevno ograničenje e-pošte",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.hr-HR:AlchemyInsights/daily-email-limit-exceeded.md"),
        # Microsoft's Croatian help title for Exchange Online's 5.1.90 NDR: the sender's daily recipient limit reached.
        Phrases("hr.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "dnevno ograničenje broja primatelja",
            "dnevno ograničenje za primatelje",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.hr-HR:AlchemyInsights/5-1-90-your-message-cant-be-sent-daily-limit.md"),
        # Apple's Croatian help page on iCloud Mail's sending limits: the alerts shown when the daily message, daily recipient or per-message recipient limit is exceeded.
        Phrases("hr.rate-limited-icloud", C.RATE_LIMITED, (
            "prekoračili ograničenje slanja",
            "prekoračili ste ukupan broj",
            "prekoračili ukupan broj",
        ), "https://support.apple.com/hr-hr/102198"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("hr.rate-limited-sogo", C.RATE_LIMITED, (
            "poslati previše mailova",
        ), "Alinto/sogo:UI/MailerUI/Croatian.lproj/Localizable.strings"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("hr.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "prije slanja ove poruke",
        ), "roundcube/roundcubemail:program/localization/hr_HR/messages.inc"),
        # Microsoft's help on Exchange Online's mailbox receiving limit (3,600 messages an hour): senders get a 5.2.121 or 5.2.122 NDR saying the mailbox exceeded its maximum delivery threshold.
        Phrases("hr.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "maksimalni prag isporuke",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.hr-HR:AlchemyInsights/mailbox-receiving-limit.md"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        Phrases("hr.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "dosegne ograničenje broja primatelja",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.hr-HR:AlchemyInsights/need-help-with-email-sending-limits.md"),
        # Microsoft 365's localized help on the sender (account) blocked for sending too much spam (AlchemyInsights sender-blocked-for-sending-too-much-spam; the restricted users portal).
        Phrases("hr.sender-rejected-exchange-spam", C.SENDER_REJECTED, (
            "blokiran zbog slanja prevelike količine",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.hr-HR:AlchemyInsights/sender-blocked-for-sending-too-much-spam.md"),
        # Microsoft 365's machine-translated help for 550 5.7.511 'Access denied, banned sender' (AlchemyInsights ip-blocked-for-sending-too-much-spam-550-5-7-51).
        Phrases("hr.blocklisted-microsoft-banned-sender", C.BLOCKLISTED, (
            "zabranio pošiljatelja",
            "zabranjenih pošiljatelja",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.hr-HR:AlchemyInsights/ip-blocked-for-sending-too-much-spam-550-5-7-51.md"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("hr.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("povezivanje na poslužitelj", "veza s poslužiteljem"),
            ("nije uspjelo", "odbijena", "poništena", "prekinuta"),
        ), "thunderbird/thunderbird-l10n:hr/mail/chrome/messenger/messenger.properties", window=60),
    ),
)
