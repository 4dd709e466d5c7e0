"""Greek (el): wordings of network and SMTP errors that mail clients, mail libraries and servers
show in Greek. Sources: glibc's Greek strerror texts (bminor/glibc po/el.po), Thunderbird's,
Roundcube's and PHPMailer's Greek SMTP error strings, Evolution's translated RFC 5321 reply texts
(GNOME/evolution-data-server po/el.po), and Microsoft 365's Greek help title of the 5.1.90 NDR.
Also: Zimbra's web-client errors (Zimbra/zm-ajax ZMsg), Mailman 2's and Sympa's list
refusals, Roundcube's sender refusal.
Also: Horde's SMTP library and IMP webmail's translated texts (horde/Smtp, horde/imp locale/).
Also: Sympa's delivery status notifications (sympa-community/sympa po/sympa/).
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/).
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them.
Also: Geary's, Balsa's, Claws Mail's and Sylpheed's translated send errors, Mailspring's, Nextcloud
Mail's, FairEmail's, Thunderbird for Android's and Delta Chat's translated account and login errors,
where this language has them."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

LANGUAGE = Language(
    code="el",
    name="Greek",
    phrases=(
        # Sympa's subject for the notice to a sender whose message held a virus ('A virus in your email').
        Phrases("el.virus-sympa-email", C.VIRUS, (
            "ύπαρξη ιού",
        ), "sympa-community/sympa:po/sympa/el.po"),
        # Mutt's authentication errors (po/): anonymous, CRAM-MD5, GSSAPI, SASL or APOP
        # authentication failed, LOGIN disabled on the server, login failed.
        Phrases("el.auth-failed-mutt-po", C.AUTH_FAILED, (
            "απέτυχε η είσοδος στο σύστημα",
        ), "muttmua/mutt:po/el.po"),
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write.
        Phrases("el.network-error-mutt-po", C.NETWORK_ERROR, (
            "έκλεισε η σύνδεση", "αδυναμία εύρεσης του διακομιστή", "αδυναμία σύνδεσης στο",
            "η σύνδεση με τον εξυπηρετητή έκλεισε", "σφάλμα κατα τη σύνδεση στο διακομιστή",
        ), "muttmua/mutt:po/el.po"),
        # Mutt's TLS errors (po/): TLS could not be negotiated, no encrypted connection, SSL
        # failed, the server certificate expired, untrusted or not matching the host name, its
        # verification failed.
        Phrases("el.tls-required-mutt-po", C.TLS_REQUIRED, (
            "αδυναμία διαπραγμάτευσης σύνδεσης tls", "ssl απέτυχε",
            "αδυναμία στη λήψη πιστοποιητικού",
        ), "muttmua/mutt:po/el.po"),
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("el.auth-failed-kimap", C.AUTH_FAILED, (
            "η σύνδεση απλού κειμένου είναι απενεργοποιημένη",
        ), "KDE/kimap:po/el/libkimap6.po"),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("el.tls-required-kimap", C.TLS_REQUIRED, (
            "αποτυχία διαπραγμάτευσης tls", "αποτυχία χειραψίας ssl",
        ), "KDE/kimap:po/el/libkimap6.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("el.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "δεν είναι δυνατή η εύρεση διακομιστή",
        ), ("thunderbird/thunderbird-l10n:el/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("el.network-error-kdepim", C.NETWORK_ERROR, (
            "αδυναμία σύνδεσης με τον εξυπηρετητή",
        ), "KDE/kdepim-runtime:po/el/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime): an error during authentication, unable
        # to log in to the server.
        Phrases("el.auth-failed-kdepim", C.AUTH_FAILED, (
            "αδυναμία εισόδου στον εξυπηρετητή",
        ), "KDE/kdepim-runtime:po/el/akonadi_pop3_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("el.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "ο εξυπηρετητής δεν είναι διαθέσιμος",
        ), "KDE/kdepim-runtime:po/el/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("el.tls-required-glib-networking", C.TLS_REQUIRED, (
            "απαίτησε πιστοποιητικό tls", "μη αποδεκτό πιστοποιητικό tls", "χειραψία tls",
            "χειραψία» tls", "η σύνδεση tls τερματίστηκε απρόσμενα", "δεν έστειλε πιστοποιητικό",
            "μοιραίου σφάλματος tls", "μη αποδεκτή αρχή έκδοσης πιστοποιητικών",
        ), "GNOME/glib-networking:po/el.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("el.network-error-glib-networking", C.NETWORK_ERROR, (
            "λήξη χρονικού ορίου επικοινωνίας", "η σύνδεση είναι σπασμένη",
        ), "GNOME/glib-networking:po/el.po"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("el.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "δημιουργία σύνδεσης tls",
        ), "thunderbird/thunderbird-l10n:el/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's connection errors (messenger.properties): the connection failed,
        # refused, timed out or reset.
        Phrases("el.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "αποτυχία σύνδεσης με τον διακομιστή", "η σύνδεση απορρίφθηκε",
            "το χρονικό όριο σύνδεσης", "επαναφορά της σύνδεσης",
        ), "thunderbird/thunderbird-l10n:el/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the connection refused, the server
        # disconnected.
        Phrases("el.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "υπήρξε άρνηση σύνδεσης", "αποσυνδέθηκε",
        ), "thunderbird/thunderbird-l10n:el/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("el.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "η αποστολή του κωδικού πρόσβασης",
        ), "thunderbird/thunderbird-l10n:el/mail/chrome/messenger/localMsgs.properties"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("el.tls-required-k9-check", C.TLS_REQUIRED, (
            "μη εγκυρο πιστοποιητικό ssl",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-el/strings.xml"),
        # K-9 Mail's account-setup check: cannot connect to server.
        Phrases("el.network-error-k9-check", C.NETWORK_ERROR, (
            "αδύνατη η σύνδεση στον εξυπηρετητή",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-el/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("el.auth-failed-k9-check", C.AUTH_FAILED, (
            "το όνομα χρήστη ή ο κωδικός πρόσβασης δεν είναι σωστά",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-el/strings.xml"),
        # Geary's server-certificate problems (expired, revoked, not activated, unknown authority, insecure, identity mismatch).
        Phrases("el.tls-required-geary-po", C.TLS_REQUIRED, (
            "το πιστοποιητικό του διακομιστή",
            "η ταυτότητα του διακομιστή δεν ταιριάζει",
        ), "GNOME/geary:po/el.po"),
        # Geary's 'Could not connect, check your network'.
        Phrases("el.network-error-geary-po", C.NETWORK_ERROR, (
            "αδυναμία σύνδεσης, ελέγξτε το δίκτυό σας",
        ), "GNOME/geary:po/el.po"),
        # Geary's login problems: check your sending / receiving login and password; an account reported an incorrect login or password.
        Phrases("el.auth-failed-geary-po", C.AUTH_FAILED, (
            "λανθασμένο όνομα χρήστη ή κωδικό πρόσβασης",
            "ελέγξτε την διεύθυνση ηλεκτρονικού ταχυδρομείου και το συνθηματικό",
            "ελέγξτε το όνομα εισόδου και το συνθηματικό",
        ), "GNOME/geary:po/el.po"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("el.tls-required-weak-k9", C.TLS_REQUIRED, (
            "σφάλμα πιστοποιητικού",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-el/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("el.network-error-weak-k9", C.NETWORK_ERROR, (
            "σφάλμα δικτύου",
            "σφάλμα σύνδεσης",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-el/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-el/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-el/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("el.auth-failed-weak-k9", C.AUTH_FAILED, (
            "αποτυχία πιστοποίησης",
            "αποτυχία ταυτοποίησης",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-el/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-el/strings.xml", decisive=False),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("el.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "πάρα πολλές ενεργές συνδέσεις",
        ), "Foundry376/Mailspring:app/lang/el.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("el.relay-denied-mailspring", C.RELAY_DENIED, (
            "δεν θα μεταδώσει ένα μήνυμα",
        ), "Foundry376/Mailspring:app/lang/el.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("el.rate-limited-mailspring", C.RATE_LIMITED, (
            "όριο ημερήσιας αποστολής",
            "εύρος ζώνης του gmail υπερέβη",
        ), "Foundry376/Mailspring:app/lang/el.json"),
        # Mailspring's 'Connection Error - Unable to connect to the server / port you provided.'
        Phrases("el.network-error-mailspring", C.NETWORK_ERROR, (
            "δεν είναι δυνατή η σύνδεση με τον διακομιστή",
        ), "Foundry376/Mailspring:app/lang/el.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("el.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "παράνομο συνημμένο",
        ), "Foundry376/Mailspring:app/lang/el.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("el.auth-failed-mailspring", C.AUTH_FAILED, (
            "δεν υποστηρίζει τον βασικό έλεγχο ταυτότητας",
            "σφάλμα ελέγχου ταυτότητας",
            "δεν μπορεί πλέον να επικυρώνεται",
        ), "Foundry376/Mailspring:app/lang/el.json"),
        # Delta Chat's login failure for want of an internet connection.
        Phrases("el.network-error-deltachat", C.NETWORK_ERROR, (
            "δεν υπάρχει σύνδεση στο διαδίκτυο",
        ), "deltachat/deltachat-android:src/main/res/values-el/strings.xml"),
        # Delta Chat's login failure: cannot log in as the address; check the address and the password.
        Phrases("el.auth-failed-deltachat", C.AUTH_FAILED, (
            "δεν είναι δυνατή η είσοδος ως",
        ), "deltachat/deltachat-android:src/main/res/values-el/strings.xml"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("el.auth-required-kmail", C.AUTH_REQUIRED, (
            "πρέπει να δώσετε όνομα χρήστη και κωδικό πρόσβασης",
        ), "KDE/kmailtransport:po/el/libmailtransport6.po"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("el.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "πιο μεγάλο από το όριο του διακομιστή",
        ), "M66B/FairEmail:app/src/main/res/values-el-rGR/strings.xml"),
        # glibc's translated strerror/gai_strerror texts (ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, EADDRNOTAVAIL, ENETUNREACH, ECONNRESET, EAI_AGAIN)
        Phrases("el.network-error-glibc", C.NETWORK_ERROR, (
            "μη-αποκαταστήσιμο σφάλμα κατά την ανάλυση ονόματος",
            "το λογισμικό προκάλεσε ακύρωση σύνδεσης",
            "απόρριψη σύνδεσης", "λήξη σύνδεσης", "δεν υπάρχει διαδρομή στο σύστημα",
            "δεν είναι δυνατή η εκχώρηση της ζητηθήσας διεύθυνσης",
            "δίκτυο δεν είναι προσπελάσιμο", "σύνδεση έκλεισε από το ταίρι",
            "προσωρινή αποτυχία κατά την ανάλυση ονόματος",
        ), "bminor/glibc:po/el.po"),
        # Microsoft's Greek help title for 550 5.7.708 'Access denied, traffic not accepted from this IP' (a poorly reputed IP, as the 5.7.7xx code rule reads it).
        Phrases("el.reputation-microsoft-traffic", C.REPUTATION, (
            "η κυκλοφορία δεν έγινε αποδεκτή",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.el-GR:AlchemyInsights/"
            "antispam-550-5-7-708-service-unavailable-access-denied-traffic-not-accepted.md")),
        # Microsoft's Greek help title for 5.7.750 'Client blocked from sending from unregistered domain' (the 5.7.7xx code rule reads it as reputation).
        Phrases("el.reputation-microsoft-unregistered-domain", C.REPUTATION, (
            "από μη καταχωρημένο τομέα",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.el-GR:AlchemyInsights/"
            "5-7-750-service-unavailable-client-blocked-from-sending-from-unregistered-d.md")),
        # Microsoft's Greek help title: the account restricted for sending too much spam (5.1.8, the sender blocked).
        Phrases("el.sender-rejected-exchange-spam", C.SENDER_REJECTED, (
            "αποστολή πάρα πολλής ανεπιθύμητης αλληλογραφίας",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.el-GR:AlchemyInsights/"
            "sender-blocked-for-sending-too-much-spam.md")),
        # glibc's translated gai_strerror texts (EAI_NONAME, EAI_NODATA) and the resolver's
        # unknown host.
        Phrases("el.host-unknown-glibc", C.HOST_UNKNOWN, (
            "όνομα ή η υπηρεσία δεν είναι γνωστά",
            "καμιά διεύθυνση δε συνδέεται με το όνομα συστήματος",
        ), "bminor/glibc:po/el.po"),
        Phrases("el.network-error-thunderbird", C.NETWORK_ERROR, (
            "απέτυχε η σύνδεση στον διακομιστή", "χάθηκε η σύνδεση με τον διακομιστή",
            "έληξε το όριο χρόνου σύνδεσης",
        ), (
            "thunderbird/thunderbird-l10n:el/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("el.network-error-roundcube", C.NETWORK_ERROR, (
            "απέτυχε η σύνδεση με τον εξυπηρετητή",
        ), "roundcube/roundcubemail:program/localization/el_GR/messages.inc"),
        Phrases("el.network-error-phpmailer", C.NETWORK_ERROR, (
            "αδυναμία σύνδεσης με τον φιλοξενητή", "αποτυχία σύνδεσης smtp",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-el.php"),
        Phrases("el.auth-failed-thunderbird", C.AUTH_FAILED, (
            "δεν είναι δυνατή η ταυτοποίηση στον διακομιστή",
            "δεν υποστηρίζει την επιλεγμένη μέθοδο ταυτοποίησης",
        ), (
            "thunderbird/thunderbird-l10n:el/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("el.auth-failed-roundcube", C.AUTH_FAILED, (
            "σφάλμα ταυτοποίησης",
        ), "roundcube/roundcubemail:program/localization/el_GR/messages.inc"),
        Phrases("el.auth-failed-phpmailer", C.AUTH_FAILED, (
            "αδυναμία πιστοποίησης",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-el.php"),
        Phrases("el.auth-failed-evolution", C.AUTH_FAILED, (
            "προσωρινή αποτυχία πιστοποίησης", "μηχανισμός πιστοποίησης είναι αδύναμος",
        ), "GNOME/evolution-data-server:po/el.po"),
        Phrases("el.auth-required-evolution", C.AUTH_REQUIRED, (
            "απαιτείται πιστοποίηση",
        ), "GNOME/evolution-data-server:po/el.po"),
        Phrases("el.mailbox-full-evolution", C.MAILBOX_FULL, (
            "υπέρβαση της κατανομής αποθήκευσης",
        ), "GNOME/evolution-data-server:po/el.po"),
        Phrases("el.system-full-evolution", C.SYSTEM_FULL, (
            "ανεπαρκής αποθήκευση συστήματος",
        ), "GNOME/evolution-data-server:po/el.po"),
        Phrases("el.message-too-large-thunderbird", C.MESSAGE_TOO_LARGE, (
            "υπερβαίνει το όριο μεγέθους του διακομιστή",
        ), (
            "thunderbird/thunderbird-l10n:el/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("el.message-too-large-roundcube", C.MESSAGE_TOO_LARGE, (
            "μέγεθος του μηνύματος υπερβαίνει το όριο του διακομιστή",
        ), "roundcube/roundcubemail:program/localization/el_GR/messages.inc"),
        Phrases("el.too-many-recipients-thunderbird", C.RATE_LIMITED, (
            "υπέρβασης του επιτρεπόμενου αριθμού παραληπτών",
        ), (
            "thunderbird/thunderbird-l10n:el/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("el.content-rejected-thunderbird", C.CONTENT_REJECTED, (
            "ο διακομιστής σας δεν υποστηρίζει smtputf8",
        ), (
            "thunderbird/thunderbird-l10n:el/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("el.content-rejected-roundcube", C.CONTENT_REJECTED, (
            "δεν υποστηρίζει unicode σε διευθύνσεις",
        ), "roundcube/roundcubemail:program/localization/el_GR/messages.inc"),
        Phrases("el.sender-rejected-phpmailer", C.SENDER_REJECTED, (
            "διεύθυνση αποστολέα δεν είναι σωστή",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-el.php"),
        Phrases("el.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "ημερήσιο όριο για τους παραλήπτες",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.el-GR:AlchemyInsights/5-1-90-your-mess"
            "age-cant-be-sent-daily-limit.md"
        )),
        Phrases("el.user-unknown-evolution", C.USER_UNKNOWN, (
            "γραμματοκιβώτιο δεν είναι διαθέσιμο", "όνομα του γραμματοκιβωτίου δεν επιτρέπεται",
        ), "GNOME/evolution-data-server:po/el.po", decisive=False),
        Phrases("el.has-moved-evolution", C.HAS_MOVED, (
            "μη τοπικός χρήστης",
        ), "GNOME/evolution-data-server:po/el.po"),
        Phrases("el.syntax-error-evolution", C.SYNTAX_ERROR, (
            "σφάλμα σύνταξης",
        ), "GNOME/evolution-data-server:po/el.po", decisive=False),
        Phrases("el.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "εντολή δεν έχει εφαρμοστεί", "παράμετρος της εντολής δεν έχει εφαρμοστεί",
        ), "GNOME/evolution-data-server:po/el.po", decisive=False),
        Phrases("el.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "υπηρεσία δεν διατίθεται",
        ), "GNOME/evolution-data-server:po/el.po", decisive=False),
        Phrases("el.server-error-evolution", C.SERVER_ERROR, (
            "σφάλμα κατά την επεξεργασία",
        ), "GNOME/evolution-data-server:po/el.po", decisive=False),
        Phrases("el.tls-required-evolution", C.TLS_REQUIRED, (
            "απαιτείται κρυπτογράφηση για τον ζητούμενο μηχανισμό πιστοποίησης",
        ), "GNOME/evolution-data-server:po/el.po"),
        Phrases("el.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "σώμα του μηνύματος είναι πολύ μεγάλο", "μήνυμα σας είναι πολύ μεγάλο",
        ), "jaredmauch/mailman2-python3:messages/el/LC_MESSAGES/mailman.po"),
        Phrases("el.too-many-recipients-mailman", C.RATE_LIMITED, (
            "μεγάλος αριθμός παραληπτών",
        ), "jaredmauch/mailman2-python3:messages/el/LC_MESSAGES/mailman.po"),
        Phrases("el.sender-rejected-mailman", C.SENDER_REJECTED, (
            "είστε απαγορευμένος", "αποστολή μη μέλους", "παρά μόνο στα μέλη της λίστας",
        ), "jaredmauch/mailman2-python3:messages/el/LC_MESSAGES/mailman.po"),
        Phrases("el.user-unknown-sympa", C.USER_UNKNOWN, (
            "δεν είναι μία γνωστή ηλεκτρονική λίστα",
        ), "sympa-community/sympa:po/sympa/el.po"),
        Phrases("el.sender-rejected-sympa", C.SENDER_REJECTED, (
            "διανομή μηνύματος: χωρίς εξουσιοδότηση", "επιτρέπεται μόνο στους συνδρομητές",
        ), "sympa-community/sympa:po/sympa/el.po"),
        Phrases("el.network-error-thunderbird-server", C.NETWORK_ERROR, (
            "βεβαιωθείτε ότι έχετε εισάγει σωστά τις ρυθμίσεις smtp",
        ), (
            "thunderbird/thunderbird-l10n:el/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("el.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "αποτυχία ορισμού αποστολέα",
        ), "roundcube/roundcubemail:program/localization/el_GR/messages.inc", decisive=False),
        Phrases("el.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "αίτημα kerberos/gssapi δεν έγινε δεκτό",
        ), (
            "thunderbird/thunderbird-l10n:el/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("el.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "δεν υποστηρίζει κωδικούς πρόσβασης απλού κειμένου",
        ), (
            "thunderbird/thunderbird-l10n:el/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("el.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "χρησιμοποιείτε τη σωστή ταυτότητα για αποστολή",
        ), (
            "thunderbird/thunderbird-l10n:el/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        ), decisive=False),
        Phrases("el.content-rejected-mailman", C.CONTENT_REJECTED, (
            "περιεχομένου στο μήνυμα", "επέκταση αρχείου", "το μήνυμα έμεινε κενό",
        ), "jaredmauch/mailman2-python3:messages/el/LC_MESSAGES/mailman.po"),
        Phrases("el.auth-failed-evolution-response", C.AUTH_FAILED, (
            "εσφαλμένη απάντηση πιστοποίησης από τον διακομιστή",
        ), "GNOME/evolution-data-server:po/el.po"),
        Phrases("el.sender-rejected-evolution", C.SENDER_REJECTED, (
            "άκυρη διεύθυνση αποστολέα",
        ), "GNOME/evolution-data-server:po/el.po", decisive=False),
        # Horde's SMTP library (Horde_Smtp, used by IMP and Nextcloud Mail): its translated texts
        # for the reply codes and connection failures it reads (454, 452, 530, 554, lost connection).
        Phrases("el.tls-required-horde", C.TLS_REQUIRED, (
            "αδυναμία δημιουργίας ασφαλούς σύνδεσης tls",
            "δεν υποστηρίζει tls συνδέσεις",
        ), "horde/Smtp:locale/el/LC_MESSAGES/Horde_Smtp.po"),
        Phrases("el.network-error-horde", C.NETWORK_ERROR, (
            "σφάλμα κατά τη σύνδεση με το διακομιστή smtp",
            "έκλεισε τη σύνδεση απροσδόκητα",
        ), "horde/Smtp:locale/el/LC_MESSAGES/Horde_Smtp.po"),
        Phrases("el.system-full-horde", C.SYSTEM_FULL, (
            "ανεπαρκές σύστημα αποθήκευσης",
        ), "horde/Smtp:locale/el/LC_MESSAGES/Horde_Smtp.po"),
        Phrases("el.auth-failed-horde", C.AUTH_FAILED, (
            "δεν επέτρεψε την πιστοποίηση",
        ), "horde/Smtp:locale/el/LC_MESSAGES/Horde_Smtp.po"),
        Phrases("el.auth-required-horde", C.AUTH_REQUIRED, (
            "ο διακομιστής απαιτεί πιστοποίηση",
        ), "horde/Smtp:locale/el/LC_MESSAGES/Horde_Smtp.po"),
        Phrases("el.service-unavailable-horde", C.SERVICE_UNAVAILABLE, (
            "δεν δέχεται συνδέσεις smtp",
        ), "horde/Smtp:locale/el/LC_MESSAGES/Horde_Smtp.po"),
        # IMP's (Horde webmail) refusal of a message over the sender's recipient limit.
        Phrases("el.too-many-recipients-imp", C.RATE_LIMITED, (
            "δεν επιτρέπεται η αποστολή μηνυμάτων σε περισσότερους από",
        ), "horde/imp:locale/el/LC_MESSAGES/imp.po"),
        # Sympa's delivery status notification for a list that does not exist (its subject, "List
        # unknown").
        Phrases("el.user-unknown-sympa-list", C.USER_UNKNOWN, (
            "άγνωστη λίστα",
        ), "sympa-community/sympa:po/sympa/el.po"),
        # Sympa's notice of a message over the list's size limit (5.2.3).
        Phrases("el.message-too-large-sympa", C.MESSAGE_TOO_LARGE, (
            "ήταν πάνω από το μέγιστο επιτρεπτό",
        ), "sympa-community/sympa:po/sympa/el.po"),
        # Thunderbird's note when the server refuses a recipient (RCPT TO): check the recipient's
        # address; the server's own reply, quoted in it, names the reason.
        Phrases("el.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "ελέγξτε τον παραλήπτη",
        ), (
            "thunderbird/thunderbird-l10n:el/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        ), decisive=False),
        # Roundcube's note when the SMTP server refuses a recipient (smtptoerror); the server's
        # reply, quoted in it, names the reason.
        Phrases("el.user-unknown-roundcube", C.USER_UNKNOWN, (
            "αποτυχία προσθήκης παραλήπτη",
        ), "roundcube/roundcubemail:program/localization/el_GR/messages.inc", decisive=False),
        # Roundcube's refusal of a message over its recipient limit (toomanyrecipients).
        Phrases("el.too-many-recipients-roundcube", C.RATE_LIMITED, (
            "υπερβολικά μεγάλο πλήθος αποδεκτών",
        ), "roundcube/roundcubemail:program/localization/el_GR/messages.inc"),
        # Thunderbird's note that the server refuses its encrypted-password authentication (the
        # mechanism must change).
        Phrases("el.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "υποστηρίζει κρυπτογραφημένους κωδικούς",
        ), (
            "thunderbird/thunderbird-l10n:el/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        )),
        # Thunderbird's note when the server refuses the sender (MAIL FROM): check your address.
        Phrases("el.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "βεβαιωθείτε ότι η διεύθυνση email σας είναι σωστή",
        ), (
            "thunderbird/thunderbird-l10n:el/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        ), decisive=False),
        # PHPMailer's note on the recipients the SMTP server refused (recipients_failed); the
        # server's reply names the reason.
        Phrases("el.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "οι παρακάτω διευθύνσεις παραλήπτη δεν είναι έγκυρες",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-el.php", decisive=False),
        # Horde_Smtp's text for a 450 reply (mailbox unavailable).
        Phrases("el.user-unknown-horde", C.USER_UNKNOWN, (
            "μη διαθέσιμο γραμματοκιβώτιο",
        ), "horde/Smtp:locale/el/LC_MESSAGES/Horde_Smtp.po", decisive=False),
        # glibc's Greek ENETDOWN and EHOSTDOWN texts and the resolver's host name lookup failure.
        Phrases("el.network-error-glibc-down", C.NETWORK_ERROR, (
            "αποτυχία αναζήτησης ονόματος συστήματος",
            "το δίκτυο δε λειτουργεί",
            "το σύστημα δε λειτουργεί",
        ), "bminor/glibc:po/el.po"),
        # glibc's Greek 'Unknown host' (the resolver's).
        Phrases("el.host-unknown-glibc-host", C.HOST_UNKNOWN, (
            "άγνωστο όνομα συστήματος",
        ), "bminor/glibc:po/el.po"),
        # SquirrelMail's el_GR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("el.service-unavailable-weak-squirrelmail", C.SERVICE_UNAVAILABLE, (
            "κλείσιμο διαύλου",
        ), "sitle/squirrelmail-src:locales/locale/el_GR/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's el_GR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("el.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "απαιτείται μετάβαση κωδικού",
            "πιστοποίησης ταυτότητας είναι υπερβολικά αδύναμος",
        ), "sitle/squirrelmail-src:locales/locale/el_GR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's el_GR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("el.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "σφάλμα στην επεξεργασία",
            "αποτυχία συναλλαγής",
        ), "sitle/squirrelmail-src:locales/locale/el_GR/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's el_GR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("el.system-full-squirrelmail", C.SYSTEM_FULL, (
            "αποθηκευτικός χώρος στο σύστημα",
        ), "sitle/squirrelmail-src:locales/locale/el_GR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's el_GR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("el.syntax-error-squirrelmail", C.SYNTAX_ERROR, (
            "η εντολή δεν αναγνωρίζεται",
            "συντακτικό σφάλμα στις παραμέτρους",
        ), "sitle/squirrelmail-src:locales/locale/el_GR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's el_GR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("el.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "δεν έχει υλοποιηθεί η εντολή",
            "παράμετρος της εντολής δεν έχει υλοποιηθεί",
        ), "sitle/squirrelmail-src:locales/locale/el_GR/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's el_GR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("el.bad-sequence-squirrelmail", C.BAD_SEQUENCE, (
            "κακή ακολουθία εντολών",
        ), "sitle/squirrelmail-src:locales/locale/el_GR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's el_GR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("el.auth-failed-weak-squirrelmail", C.AUTH_FAILED, (
            "αποτυχία πιστοποίησης ταυτότητας",
        ), "sitle/squirrelmail-src:locales/locale/el_GR/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's el_GR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("el.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "απαιτείται κρυπτογράφηση για τον μηχανισμό",
        ), "sitle/squirrelmail-src:locales/locale/el_GR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's el_GR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("el.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "υπέρβαση διαθέσιμου αποθηκευτικού χώρου",
        ), "sitle/squirrelmail-src:locales/locale/el_GR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's el_GR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("el.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "δεν επιτρέπεται το όνομα γραμματοκιβωτίου",
        ), "sitle/squirrelmail-src:locales/locale/el_GR/LC_MESSAGES/squirrelmail.po", decisive=False),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("el.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "απορρίφθηκε από τον διαχειριστή",
        ), "jaredmauch/mailman2-python3:templates/el/refuse.txt"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("el.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "μέχρι να το εξετάσει ο μεσολαβητής",
        ), "jaredmauch/mailman2-python3:templates/el/postheld.txt"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, Emergency.py, SpamDetect.py): a
        # moderated list, an implicit destination, a restricted list's approval, administrivia, a
        # suspicious header, a post the moderator deemed inappropriate, an emergency hold, a header
        # filter rule.
        Phrases("el.policy-violation-mailman-moderation", C.POLICY_VIOLATION, (
            "ύποπτη επικεφαλίδα", "ομάδα συζητήσεων με μεσολαβητή", "κρυφή κοινοποίηση",
            "κρίθηκε ακατάλληλο από τον μεσολαβητή",
            "λίστα που ελέγχεται από μεσολαβητή",
            "έχει έμμεσο προορισμό",
            "ελεγχόμενη λίστα απαιτεί έγκριση",
            "μπορεί να περιλαμβάνει administrivia",
            "έκτακτη κατκράτηση όλης της κίνησης",
            "ταιριάζει σε έναν κανόνα φιλτραρίσματος",
        ), "jaredmauch/mailman2-python3:messages/el/LC_MESSAGES/mailman.po"),
        # Sympa's translated send-scenario refusals: distribution in the list not allowed, or restricted
        # (to subscribers, moderators, local users).
        Phrases("el.sender-rejected-sympa-distribution", C.SENDER_REJECTED, (
            "η διανομή μηνυμάτων σε αυτή τη λίστα",
        ), "sympa-community/sympa:po/sympa/el.po"),
        # Sympa's translated refusal of a MIME multipart post.
        Phrases("el.content-rejected-sympa", C.CONTENT_REJECTED, (
            "δεν επιτρέπονται multipart μηνύματα",
        ), "sympa-community/sympa:po/sympa/el.po"),
        # Sympa's translated reject.tt2 and delivery status notification: the moderator rejected the
        # post, or it was forwarded to the moderators for approval.
        Phrases("el.policy-violation-sympa", C.POLICY_VIOLATION, (
            "έχει απορριφθεί από τον συντονιστή",
            "έχει προωθηθεί στους συντονιστές",
        ), "sympa-community/sympa:po/sympa/el.po"),
        # Trojitá's SMTP sender (src/MSA/SMTP.cpp), translated: "Cannot send message due to an
        # SSL/TLS error" ("Αδυναμία αποστολής εξαιτίας σφάλματος στο SSL/TLS").
        Phrases("el.tls-required-trojita", C.TLS_REQUIRED, (
            "σφάλματος στο ssl/tls",
        ), "jktjkt/trojita:po/el/trojita_common.po"),
        # Sylpheed's translated SMTP session errors ("Can't start TLS session").
        Phrases("el.tls-required-sylpheed", C.TLS_REQUIRED, (
            "δεν είναι δυνατό να ξεκινήσει συνεδρία tls",
        ), "sylpheed-mail/sylpheed:po/el.po"),
        # Sylpheed's translated SMTP session errors ("SMTP AUTH not available / Authentication failed").
        Phrases("el.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp auth δεν είναι διαθέσιμο", "η πιστοποίηση απέτυχε",
        ), "sylpheed-mail/sylpheed:po/el.po"),
        # Sylpheed's translated SMTP session errors ("Connection closed by the remote host / Can't connect to SMTP server").
        Phrases("el.network-error-sylpheed", C.NETWORK_ERROR, (
            "η σύνδεση έκλεισε από τον απομακρυσμένο",
        ), "sylpheed-mail/sylpheed:po/el.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("el.auth-failed-balsa", C.AUTH_FAILED, ("δεν υπάρχει γνωστός τρόπος ταυτοποίησης", "η ταυτοποίηση gssapi απέτυχε",
            "δεν βρέθηκε κατάλληλος μηχανισμός ταυτοποίησης",
        ), "GNOME/balsa:po/el.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("el.auth-required-balsa", C.AUTH_REQUIRED, (
            "απαιτείται όνομα χρήστη και κωδικός",
        ), "GNOME/balsa:po/el.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("el.service-unavailable-balsa", C.SERVICE_UNAVAILABLE, (
            "δεν προσφέρει υπηρεσία smtp",
        ), "GNOME/balsa:po/el.po"),
        # Claws Mail's translated SMTP session errors (TLS session, connection closed by the remote
        # host, authentication failed).
        Phrases("el.tls-required-claws", C.TLS_REQUIRED, (
            "δεν ήταν δυνατό να ξεκινήσει συνεδρία tls",
        ), "eworm-de/claws-mail:po/el.po"),
        # Claws Mail's translated SMTP session errors (TLS session, connection closed by the remote
        # host, authentication failed).
        Phrases("el.auth-failed-claws-el-gr", C.AUTH_FAILED, (
            "η ταυτοποίηση απέτυχε",
        ), "eworm-de/claws-mail:po/el_GR.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("el.message-too-large-claws", C.MESSAGE_TOO_LARGE, (
            "το μήνυμα είναι πολύ μεγάλο",
        ), "eworm-de/claws-mail:po/el.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("el.tls-required-claws-el-gr", C.TLS_REQUIRED, (
            "η χειραψία ssl/tls απέτυχε",
            "το πιστοποιητικό ssl/tls είναι άκυρο",
        ), "eworm-de/claws-mail:po/el_GR.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("el.auth-failed-claws-el-gr-2", C.AUTH_FAILED, (
            "δεν υπάρχει διαθέσιμη μέθοδος smtp auth",
        ), "eworm-de/claws-mail:po/el_GR.po"),
        # Sylpheed's translated "SSL certificate verify failed" (the server's certificate did not verify).
        Phrases("el.tls-required-sylpheed-ssl", C.TLS_REQUIRED, (
            "η επαλήθευση του πιστοποιητικού ssl απέτυχε",
        ), "sylpheed-mail/sylpheed:po/el.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("el.tls-required-balsa-session", C.TLS_REQUIRED, ("η αρχή έκδοσης του πιστοποιητικού υπογραφής", "κατεστραμμένο πιστοποιητικό tls", "το πιστοποιητικό έχει ανακληθεί", "το πιστοποιητικό έχει λήξει",
            "η διαπραγμάτευση tls απέτυχε",
            "απαιτείται tls αλλά δεν είναι διαθέσιμο",
        ), "GNOME/balsa:po/el.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("el.network-error-balsa-session", C.NETWORK_ERROR, ("η σύνδεση στον διακομιστή smtp", "η σύνδεση χάθηκε",
            "αδυναμία επικοινωνίας με τον διακομιστή smtp",
        ), "GNOME/balsa:po/el.po"),
        # Geary's untrusted-connection reasons: the server certificate unsigned, mismatched or expired.
        Phrases("el.tls-required-geary", C.TLS_REQUIRED, (
            "δεν είναι υπογεγραμμένο από μια γνωστή αρχή",
            "δεν ταιριάζει με την ταυτότητα του πιστοποιητικού",
            "πιστοποιητικό του διακομιστή έχει λήξει",
        ), "GNOME/geary:po/el.po"),
        # Claws Mail's SMTP AUTH errors: failed, stronger authentication required, the method unavailable.
        Phrases("el.auth-failed-claws-session", C.AUTH_FAILED, (
            "προέκυψε σφάλμα κατά την πιστοποίηση",
        ), "eworm-de/claws-mail:po/el.po"),
        # FairEmail: no (suitable) internet connection (weak).
        Phrases("el.network-error-weak-fairemail", C.NETWORK_ERROR, (
            "κατάλληλη σύνδεση διαδικτύου",
        ), "M66B/FairEmail:app/src/main/res/values-el-rGR/strings.xml", decisive=False),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("el.tls-required-mailspring", C.TLS_REQUIRED, (
            "το starttls δεν είναι διαθέσιμο",
            "το tls δεν είναι διαθέσιμο",
        ), "Foundry376/Mailspring:app/lang/el.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("el.spam-content-mailspring", C.SPAM_CONTENT, (
            "εξερχόμενο φίλτρο spam",
        ), "Foundry376/Mailspring:app/lang/el.json"),
        # Sylpheed's SMTP session errors: the session timed out, the server not found, an error during authentication.
        Phrases("el.network-error-sylpheed-session", C.NETWORK_ERROR, (
            "λήξη χρόνου σύνδεσης",
        ), "sylpheed-mail/sylpheed:po/el.po"),
        # EspoCRM's 'Invalid credentials.' (Email messages.invalidCredentials), shown when the SMTP server refuses the login
        Phrases("el.auth-failed-espocrm", C.AUTH_FAILED, (
            "μη έγκυρα στοιχεία εισόδου",
        ), "espocrm/espocrm:application/Espo/Resources/i18n/el_GR/Email.json"),
        # Post SMTP's connectivity test: no outbound route on the port, a firewall between the site and the Internet, no mail service on that port
        Phrases("el.network-error-post-smtp", C.NETWORK_ERROR, (
            "δεν υπάρχει εξερχόμενη διαδρομή", "έχει θέσει ένα firewall",
            "δεν παρέχει υπηρεσίες σε αυτή τη θύρα",
        ), "wpexpertsio/Post-SMTP:Postman/languages/postman-smtp-el_GR.po"),
        # Joomla 3's Greek PHPMailer strings (PHPMAILER_*)
        Phrases("el.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "η ακόλουθη διεύθυνση αποστολέα απέτυχε",
        ), "cuongnd/banhangonline88_joomla:language/el-GR/el-GR.ini"),
        # Joomla 3's Greek PHPMailer strings (PHPMAILER_*)
        Phrases("el.user-unknown-joomla3", C.USER_UNKNOWN, (
            "οι ακόλουθοι αποδέκτες απέτυχαν",
        ), "cuongnd/banhangonline88_joomla:language/el-GR/el-GR.ini", decisive=False),
        # Joomla 3's Greek PHPMailer strings (PHPMAILER_*)
        Phrases("el.network-error-joomla3", C.NETWORK_ERROR, (
            "αποτυχία σύνδεσης με τον διακομιστή smtp",
        ), "cuongnd/banhangonline88_joomla:language/el-GR/el-GR.ini"),
        # Joomla 3's Greek PHPMailer strings (PHPMAILER_*)
        Phrases("el.tls-required-joomla3", C.TLS_REQUIRED, (
            "δεν ήταν δυνατή η εκκίνηση του tls",
        ), "cuongnd/banhangonline88_joomla:language/el-GR/el-GR.ini"),
        # SigmaWeb's guide to common e-mail errors: 'Mailbox is full' is "η υπερκάλυψη του χώρου
        # του γραμματοκιβωτίου"; past the limit "δεν υπάρχει διαθέσιμος χώρος".
        Phrases("el.mailbox-full-sigmaweb", C.MAILBOX_FULL, (
            "υπερκάλυψη του χώρου του γραμματοκιβωτίου", "δεν υπάρχει διαθέσιμος χώρος",
        ), "https://www.sigmaweb.gr/common-email-errors/"),
        # IP.GR's help on returned mail: 'Full Inbox', "το mailbox του παραλήπτη είναι γεμάτο", and
        # "Ο λογαριασμός email δεν υπάρχει".
        Phrases("el.mailbox-full-ipgr", C.MAILBOX_FULL, ("του παραλήπτη είναι γεμάτο",),
                "https://www.ip.gr/Email/%CE%91%CE%BD%CF%84%CE%B9%CE%BC%CE%B5%CF%84%CF%8E%CF%80%CE%B9%CF%83%CE%B7_"
                "%CE%B5%CF%80%CE%B9%CF%83%CF%84%CF%81%CE%B5%CF%86%CF%8C%CE%BC%CE%B5%CE%BD%CF%89%CE%BD_"
                "%CE%BC%CE%B7%CE%BD%CF%85%CE%BC%CE%AC%CF%84%CF%89%CE%BD_email.-280.html"),
        Phrases("el.user-unknown-ipgr", C.USER_UNKNOWN, ("ο λογαριασμός email δεν υπάρχει",),
                "https://www.ip.gr/Email/%CE%91%CE%BD%CF%84%CE%B9%CE%BC%CE%B5%CF%84%CF%8E%CF%80%CE%B9%CF%83%CE%B7_"
                "%CE%B5%CF%80%CE%B9%CF%83%CF%84%CF%81%CE%B5%CF%86%CF%8C%CE%BC%CE%B5%CE%BD%CF%89%CE%BD_"
                "%CE%BC%CE%B7%CE%BD%CF%85%CE%BC%CE%AC%CF%84%CF%89%CE%BD_email.-280.html"),
        # Microsoft's Greek help title for SharePoint's 'Daily email limit exceeded. Workflow is suspended' (the workflow mail refused past the Exchange Online sending limits).
        Phrases("el.rate-limited-daily-email-workflow", C.RATE_LIMITED, (
            "ημερήσιου ορίου ηλεκτρονικού ταχυδρομείου",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.el-GR:AlchemyInsights/daily-email-limit-exceeded.md"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("el.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "πριν στείλετε το μήνυμα",
        ), "roundcube/roundcubemail:program/localization/el_GR/messages.inc"),
        # Microsoft's help title for Exchange Online's 4.5.3 'Too many recipients (AS780090)' (the message over the per-message recipient limit).
        Phrases("el.too-many-recipients-exchange", C.RATE_LIMITED, (
            "πάρα πολλοί παραλήπτες",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.el-GR:AlchemyInsights/antispam-4-5-3-too-many-recipients-as780090.md"),
        # Microsoft's help on Exchange Online's mailbox receiving limit (3,600 messages an hour): senders get a 5.2.121 or 5.2.122 NDR saying the mailbox exceeded its maximum delivery threshold.
        Phrases("el.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "μέγιστο όριο παράδοσης",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.el-GR:AlchemyInsights/mailbox-receiving-limit.md"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        Phrases("el.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "όριο χρέωσης παραλήπτη",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.el-GR:AlchemyInsights/need-help-with-email-sending-limits.md"),
        # fetchmail's translated SMTP-listener refusals (po/): it doesn't like the recipient address; it rejected the local recipient addresses.
        Phrases("el.user-unknown-fetchmail", C.USER_UNKNOWN, (
            "απεχθάνεται τη διεύθυνση παραλήπτη",
            "απέρριψε τις διευθύνσεις τοπικών παραληπτών",
        ), "Distrotech/fetchmail:po/el.po"),
        # fetchmail's translated login failure (po/): unknown login or authentication error. Also its 'authentication failed' mail subject.
        Phrases("el.auth-failed-fetchmail", C.AUTH_FAILED, (
            "αποτυχία εξουσιοδότησης",
            "σφάλμα εισόδου ή εξουσιοδότησης",
        ), "Distrotech/fetchmail:po/el.po"),
        # fetchmail's translated connect timeout (po/): timeout after N seconds waiting to connect to the server.
        Phrases("el.network-error-fetchmail", C.NETWORK_ERROR, (
            "λήξη χρόνου μετά από",
        ), "Distrotech/fetchmail:po/el.po"),
        # Mutt's translated SASL authentication failure (po/).
        Phrases("el.auth-failed-mutt", C.AUTH_FAILED, (
            "αυθεντικοποίηση sasl απέτυχε",
        ), "muttmua/mutt:po/el.po"),
        # Microsoft 365's machine-translated help for 4.5.3 too many recipients (AS780090): the volume of mail from the source IP exceeds the limit set by its reputation.
        Phrases("el.rate-limited-microsoft-as780090", C.RATE_LIMITED, (
            "όγκος της κυκλοφορίας",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.el-GR:AlchemyInsights/1049-antispam-4-5-3-too-many-recipients-as780090.md"),
        # Microsoft 365's translated 432 4.3.21 'Mailbox server busy; mail intentionally delayed' (AlchemyInsights temporary-bulk-mail-flow-delay).
        Phrases("el.service-unavailable-microsoft-busy", C.SERVICE_UNAVAILABLE, (
            "ο διακομιστής γραμματοκιβωτίου είναι απασχολημένος",
            "αλληλογραφία που καθυστέρησε σκόπιμα",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.el-GR:AlchemyInsights/temporary-bulk-mail-flow-delay.md"),
        # Microsoft 365's machine-translated help for 550 5.7.511 'Access denied, banned sender' (AlchemyInsights ip-blocked-for-sending-too-much-spam-550-5-7-51).
        Phrases("el.blocklisted-microsoft-banned-sender", C.BLOCKLISTED, (
            "απαγορεύονται αποστολέα",
            "απαγορευμένο αποστολέα",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.el-GR:AlchemyInsights/ip-blocked-for-sending-too-much-spam-550-5-7-51.md"),
        # Mailpile's SMTP/IMAP login errors (smtp_client.py, mail_source/): the server refused the
        # login (AUTH or OAuth2), a bad character in the username or password.
        Phrases("el.auth-failed-mailpile", C.AUTH_FAILED, (
            "στο όνομα χρήστη ή στον κωδικό",
            "λάθος όνομα χρήστη ή κωδικός",
        ), "mailpile/Mailpile:shared-data/locale/el_GR/LC_MESSAGES/mailpile.po"),
        # Mailpile's SMTP client: the server refused the envelope sender (MAIL FROM).
        Phrases("el.sender-rejected-mailpile", C.SENDER_REJECTED, (
            "αποστολέας απορρίφθη",
        ), "mailpile/Mailpile:shared-data/locale/el_GR/LC_MESSAGES/mailpile.po"),
        # Mailpile's connection errors (conn_brokers, smtp_client): could not connect, the
        # connection timed out or was refused, the host unreachable.
        Phrases("el.network-error-mailpile", C.NETWORK_ERROR, (
            "η σύνδεση έληξε",
            "αποτυχία σύνδεσης σε",
            "η σύνδεση δεν έγινε δεκτή",
            "ο εξυπηρετητής δεν ανταποκρίνεται",
        ), "mailpile/Mailpile:shared-data/locale/el_GR/LC_MESSAGES/mailpile.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): the mailbox quota exceeded.
        Phrases("el.mailbox-full-evolution-exchange", C.MAILBOX_FULL, (
            "η ποσόστωση γραμματοκιβωτίου ξεπεράστηκε",
        ), "GNOME/evolution-mapi:po/el.po; GNOME/evolution-ews:po/el.po"),
        # Evolution's Exchange back ends (evolution-mapi, evolution-ews): the login at the server failed,
        # the password expired.
        Phrases("el.auth-failed-evolution-exchange", C.AUTH_FAILED, (
            "ο κωδικός πρόσβασης έληξε",
        ), "GNOME/evolution-mapi:po/el.po; GNOME/evolution-ews:po/el.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): no more sessions can be created, the
        # session limit was reached.
        Phrases("el.too-many-connections-evolution-exchange", C.TOO_MANY_CONNECTIONS, (
            "έχετε φτάσει το όριο συνεδριών",
        ), "GNOME/evolution-mapi:po/el.po; GNOME/evolution-ews:po/el.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): the account is disabled.
        Phrases("el.mailbox-disabled-evolution-exchange", C.MAILBOX_DISABLED, (
            "ο λογαριασμός είναι απενεργοποιημένος",
        ), "GNOME/evolution-mapi:po/el.po; GNOME/evolution-ews:po/el.po"),
        # GLib's GIO network errors (GNOME/glib po/): socket I/O timed out, network or host unreachable,
        # error resolving a host name, could not connect to the proxy server.
        Phrases("el.network-error-glib-gio", C.NETWORK_ERROR, (
            "η υποδοχή i/o έληξε",
            "απροσπέλαστο δίκτυο",
            "απροσπέλαστος κεντρικός υπολογιστής",
            "σφάλμα επίλυσης του",
            "προσωρινή αδυναμία επίλυσης",
        ), "GNOME/glib:po/el.po"),
        # libsoup's translated connection errors (GNOME/libsoup po/): the network stream closed or the
        # connection terminated unexpectedly.
        Phrases("el.network-error-libsoup", C.NETWORK_ERROR, (
            "η ροή του δικτύου έκλεισε απρόσμενα",
            "η σύνδεση τερματίστηκε απρόσμενα",
        ), "GNOME/libsoup:po/el.po"),
        # Tuta (Tutanota) mail client's errors (src/ui/translations): the number of allowed emails
        # was exceeded, or the allowed attempts; try again later.
        Phrases("el.rate-limited-tuta", C.RATE_LIMITED, (
            "ξεπεράστηκε ο επιτρεπόμενος αριθμός προσπαθειών",
            "ξεπεράσατε τον αριθμό των επιτρεπόμενων",
            "υπέρβαση του αριθμού των επιτρεπόμενων",
        ), "tutao/tutanota:src/ui/translations/el.ts"),
        # Tuta (Tutanota) mail client's errors: the storage limit is exceeded, no more mail can be
        # received or sent.
        Phrases("el.mailbox-full-tuta", C.MAILBOX_FULL, (
            "υπερβεί το όριο του χώρου αποθήκευσης",
        ), "tutao/tutanota:src/ui/translations/el.ts"),
        # Tuta (Tutanota) mail client's errors: the body text exceeds the maximum size limit.
        Phrases("el.message-too-large-tuta", C.MESSAGE_TOO_LARGE, (
            "υπερβαίνει το μέγιστο όριο",
        ), "tutao/tutanota:src/ui/translations/el.ts"),
        # Tuta (Tutanota) client's connection errors: the connection to the server was lost.
        Phrases("el.network-error-tuta", C.NETWORK_ERROR, (
            "η σύνδεση με τον διακομιστή χάθηκε",
        ), "tutao/tutanota:src/ui/translations/el.ts"),
        # Tuta (Tutanota) mail import: the credentials are incorrect.
        Phrases("el.auth-failed-tuta", C.AUTH_FAILED, (
            "διαπιστευτήριά σας είναι λανθασμένα",
        ), "tutao/tutanota:src/ui/translations/el.ts"),
    ),
    together=(
        # Mutt's authentication errors (po/): anonymous, CRAM-MD5, GSSAPI, SASL or APOP
        # authentication failed, LOGIN disabled on the server, login failed. The address or
        # mechanism between the words.
        Together("el.together-auth-failed-mutt", C.AUTH_FAILED, (
            ("αυθεντικοποίηση",),
            ("απέτυχε",),
        ), "muttmua/mutt:po/el.po", window=30),
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("el.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("η σύνδεση με τον διακομιστή",),
            ("διακόπηκε",),
        ), "thunderbird/thunderbird-l10n:el/mail/chrome/messenger/messenger.properties", window=50),
    ),
)
