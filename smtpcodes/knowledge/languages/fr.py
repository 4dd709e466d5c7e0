"""French wording of SMTP replies and bounce notices: Exchange's, Lotus Domino's and Google
Groups' French NDR texts, and the French Roundcube client strings that quote a server's refusal
(Orange's and La Poste's bilingual replies are read by their codes, in ``providers/orange``).
Sources: roundcube/roundcubemail program/localization/fr_FR.
Also: Thunderbird's composeMsgs.properties, Evolution's translated RFC 5321 reply texts
(GNOME/evolution-data-server po/), MailScanner's localized sender notices (MailScanner/v5
reports/), and French replies pasted in public GitHub issues (Google Groups' French refusal, a
French ministry relay).
Also the RFC 5321 reply texts in French as OVHcloud's French guide to SMTP errors writes them
(ovh/docs), Oracle Cloud Email Delivery's French replies, Exchange Online's French quota NDR, the
French strings of Zimbra (ZMsg_fr), Mailman 2, Sympa, SOGo and SpamAssassin (30_text_fr.cf),
.NET's SmtpClient as SQL Server's French docs quote it, and French guides to bounces
(arobase.org, assistance.email).
Also: glibc's translated strerror and resolver texts (bminor/glibc po/),
Microsoft's localized Windows Sockets error list (win32-pr desktop-src/WinSock), PHPMailer's
language files, MailScanner's attachment refusals.
Also: the translated SMTP errors of mail clients, webmails and list managers: Kopano, Mutt, Claws
Mail, Sylpheed, Thunderbird l10n, Evolution's camel-smtp, Zimbra's web client, Sympa, Mailman 2
hold reasons, Mailspring, SnappyMail, Nextcloud Mail, SquirrelMail, FairEmail, msmtp, Cypht,
CodeIgniter's Email library, Gmail's French help on bounces.
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/),
.NET's localized SmtpStatusCode reference (learn.microsoft.com), SQL Server Reporting Services'
docs quoting .NET's SmtpClient refusal.
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them.
Also: Horde_Imap_Client, Zimbra's ZMsg (fr, fr-CA) and ZmMsg, mpop, Mozilla NSS's TLS errors
(firefox-l10n nsserrors.properties), GLib's GIO resolver errors, Afterlogic Aurora's mail
module."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_UIT = "https://uitranslation.com/Images/?lang=fr-fr&term=04a5485eb88d"
_ROUNDCUBE = "roundcube/roundcubemail:program/localization/fr_FR/messages.inc"
_ACADEMY = (
    "https://www.emailacademy.fr/pt2/Blog/"
    "Les-erreurs-de-non-remise-des-emails-et-leurs-significations"
)

_EVO_PO = "GNOME/evolution-data-server:po/fr.po"
_MAILSCANNER = "MailScanner/v5:common/usr/share/MailScanner/reports/fr/"
_RC_L10N = "roundcube/roundcubemail:program/localization/fr_FR/messages.inc"
_TB_L10N = (
    "thunderbird/thunderbird-l10n:fr/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)
_OVH = (
    "ovh/docs:pages/web_cloud/email_and_collaborative_solutions/troubleshooting/"
    "diagnostic_advanced/guide.fr-fr.md"
)
_OCI = "https://docs.oracle.com/fr-fr/iaas/Content/Email/Concepts/troubleshooting.htm"
_MS_QUOTA = (
    "https://learn.microsoft.com/fr-fr/Exchange/mail-flow-best-practices/"
    "non-delivery-reports-in-exchange-online/fix-error-for-submission-quota-exceeded-in-exchange-online"
)
_MAILMAN = "jaredmauch/mailman2-python3:messages/fr/LC_MESSAGES/mailman.po"
_SYMPA = "sympa-community/sympa:po/sympa/fr.po"
_ZIMBRA = "Zimbra/zm-ajax:WebRoot/messages/ZMsg_fr.properties"
_SA = "apache/spamassassin:rules/30_text_fr.cf"
_SSRS = ("zelanko/sql-docs.fr-fr:docs/reporting-services/install-windows/"
         "configure-e-mail-for-a-reporting-services-service-application.md")
_AROBASE = "https://www.arobase.org:443/ecole/erreurs.htm"
_ASSISTANCE = "https://assistance.email/top-10-des-messages-derreur-e-mail/amp"
_TECNOBITS = ("https://tecnobits.com/fr/E-mail-non-d%C3%A9livr%C3%A9-avec-l%27adresse-correcte-dans-"
              "Gmail")
_SOGO = "Alinto/sogo:UI/MailerUI/French.lproj/Localizable.strings"

LANGUAGE = Language(
    code="fr",
    name="French",
    phrases=(
        # Zimbra's web client (ZmMsg errorNotAuthenticated): the user is not authenticated.
        Phrases("fr.auth-required-zmmsg", C.AUTH_REQUIRED, (
            "utilisateur non authentifié",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_fr.properties"),
        # Zimbra's server errors (ZMsg service.UNKNOWN_DOCUMENT): an unknown command was sent to
        # the server.
        Phrases("fr.syntax-error-zimbra-unknown-command", C.SYNTAX_ERROR, (
            "commande inconnue envoyée au serveur",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_fr.properties"),
        # Zimbra's server errors (ZMsg remote.TIMEOUT, service.RESOURCE_UNREACHABLE): a timeout
        # error, the resource unreachable.
        Phrases("fr.network-error-zimbra-remote", C.NETWORK_ERROR, (
            "une erreur de délai", "ressource indisponible",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_fr.properties"),
        # Zimbra's server errors (ZMsg im.internal_server_error): an internal server error
        # occurred.
        Phrases("fr.server-error-zimbra-internal", C.SERVER_ERROR, (
            "erreur interne de nos serveurs",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_fr.properties"),
        # Zimbra's server errors (ZMsg mail.SEND_ABORTED_ADDRESS_FAILURE, fr and fr-CA): the
        # message could not be sent due to invalid address(es).
        Phrases("fr.user-unknown-zimbra-address", C.USER_UNKNOWN, (
            "une adresse incorrecte", "des adresses incorrectes",
        ), ("Zimbra/zm-ajax:WebRoot/messages/ZMsg_fr.properties; Zimbra/zm-ajax:We"
            "bRoot/messages/ZMsg_fr_CA.properties"), decisive=False),
        # Zimbra's server errors (ZMsg: mail.MAINTENANCE, account.MAINTENANCE_MODE): the account is
        # in maintenance mode (the service unavailable for it). (fr, fr-CA)
        Phrases("fr.service-unavailable-zimbra-maintenance", C.SERVICE_UNAVAILABLE, (
            "ce compte est indisponible pour", "compte est en cours de maintenance",
        ), ("Zimbra/zm-ajax:WebRoot/messages/ZMsg_fr.properties; Zimbra/zm-ajax:We"
            "bRoot/messages/ZMsg_fr_CA.properties")),
        # Afterlogic WebMail/Aurora mail module: an error connecting to the mail server.
        Phrases("fr.network-error-afterlogic", C.NETWORK_ERROR, (
            "erreur lors de la connexion au serveur",
        ), "afterlogic/aurora-module-mail:i18n/French.ini"),
        # Afterlogic WebMail/Aurora mail module: the user name or password typed is incorrect.
        Phrases("fr.auth-failed-afterlogic", C.AUTH_FAILED, (
            "le mot de passe que vous avez tapé",
        ), "afterlogic/aurora-module-mail:i18n/French.ini"),
        # Afterlogic WebMail/Aurora mail module: the message cannot be sent to the recipients,
        # sending to external domains may be blocked.
        Phrases("fr.policy-violation-afterlogic", C.POLICY_VIOLATION, (
            "l'envoi à des domaines externes",
        ), "afterlogic/aurora-module-mail:i18n/French.ini"),
        # Afterlogic WebMail/Aurora mail module: the message was sent but not saved, the mailbox is
        # over quota.
        Phrases("fr.mailbox-full-afterlogic", C.MAILBOX_FULL, (
            "votre boîte aux lettres dépasse le quota",
        ), "afterlogic/aurora-module-mail:i18n/French.ini"),
        # GLib's GIO: TLS support is not available (no TLS backend for a GNOME mail client's
        # connection).
        Phrases("fr.tls-required-glib", C.TLS_REQUIRED, (
            "la prise en charge tls",
        ), "GNOME/glib:po/fr.po"),
        # GLib's GIO network errors (the resolver and socket layer of GNOME mail clients such as
        # Evolution, Geary and Balsa): an error resolving a host name (or reverse-resolving an
        # address), temporarily unable to resolve, the connection is closed.
        Phrases("fr.network-error-glib-resolver", C.NETWORK_ERROR, (
            "erreur de résolution de", "erreur de résolution inverse de",
            "impossible temporairement de résoudre",
        ), "GNOME/glib:po/fr.po"),
        # Mozilla NSS's TLS errors (nsserrors.properties; Thunderbird reports them when a mail
        # server's TLS fails): no secure communication with the peer (no common cipher, certificate
        # rejected, domain mismatch), the SSL peer rejected or cannot verify the certificate, the
        # peer's certificate expired, revoked or of an unknown issuer, an unsupported security
        # protocol version.
        Phrases("fr.tls-required-nss", C.TLS_REQUIRED, (
            "impossible de communiquer en mode sécurisé", "le pair ssl", "le certificat du pair",
            "version non gérée du protocole de sécurité",
            "l'autorité de délivrance du certificat du pair",
        ), "mozilla-l10n/firefox-l10n:fr/security/manager/chrome/pipnss/nsserrors.properties"),
        # Horde's IMAP/POP3 library (Horde_Imap_Client): the remote server is temporarily
        # unavailable.
        Phrases("fr.service-unavailable-horde-imap", C.SERVICE_UNAVAILABLE, (
            "est temporairement indisponible",
        ), "horde/Imap_Client:locale/fr/LC_MESSAGES/Horde_Imap_Client.po"),
        # Horde_Imap_Client: the operation failed for want of a secure connection; the server
        # offers no secure connections.
        Phrases("fr.tls-required-horde-imap", C.TLS_REQUIRED, (
            "connexion sécurisée manquante", "ne supporte pas les connexions sécurisées",
        ), "horde/Imap_Client:locale/fr/LC_MESSAGES/Horde_Imap_Client.po"),
        # Horde_Imap_Client: the server does not support an extension (or a command on POP3
        # servers).
        Phrases("fr.not-implemented-horde-imap", C.NOT_IMPLEMENTED, (
            "ne supporte pas l'extension", "n'est pas supporté sur les serveurs",
        ), "horde/Imap_Client:locale/fr/LC_MESSAGES/Horde_Imap_Client.po"),
        # Horde_Imap_Client: an unexpected reply while authenticating; authorization failed after
        # authentication.
        Phrases("fr.auth-failed-horde-imap", C.AUTH_FAILED, (
            "lors de l'authentification",
            "mais pas l'autorisation",
        ), "horde/Imap_Client:locale/fr/LC_MESSAGES/Horde_Imap_Client.po"),
        # Horde_Imap_Client: an error communicating with the mail server; the server rejected the
        # connection.
        Phrases("fr.network-error-horde-imap", C.NETWORK_ERROR, (
            "erreur de communication avec le serveur", "a rejeté la connexion",
        ), "horde/Imap_Client:locale/fr/LC_MESSAGES/Horde_Imap_Client.po"),
        # Zimbra's web client (ZmMsg): the attachment failed as the message would exceed the size
        # limit; the attachment is too big.
        Phrases("fr.message-too-large-zimbra-web", C.MESSAGE_TOO_LARGE, (
            "dépassé la taille limite", "pièce jointe trop grande",
            "mail est trop gros",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_fr.properties"),
        # Zimbra's web client (ZmMsg): the files cannot be attached as the account's mail quota is
        # reached.
        Phrases("fr.mailbox-full-zimbra-web", C.MAILBOX_FULL, (
            "limite de quota de votre compte",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_fr.properties"),
        # mpop (POP3 client): the POP3 server does not support the TOP or CAPA command.
        Phrases("fr.not-implemented-mpop", C.NOT_IMPLEMENTED, (
            "ne supporte pas la commande",
        ), "marlam/mpop:po/fr.po"),
        # mpop (POP3 client): the POP3 server does not support TLS via the STLS command.
        Phrases("fr.tls-required-mpop", C.TLS_REQUIRED, (
            "ne supporte pas tls via la commande stls",
        ), "marlam/mpop:po/fr.po"),
        # MailScanner's notice put in place of an attachment found infected by a virus.
        Phrases("fr.virus-mailscanner-replaced", C.VIRUS, (
            "contient probablement un virus",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/fr/deleted.virus.message.txt"),
        # MailScanner's notice put in place of an attachment of a type this site does not accept (deleted.filename.message.txt).
        Phrases("fr.content-rejected-mailscanner-replaced", C.CONTENT_REJECTED, (
            "interdisent la transmission de la pièce jointe",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/fr/deleted.filename.message.txt"),
        # Thunderbird's account setup errors (accountCreationModel.properties): unable to log in
        # at the server, probably a wrong configuration, username or password.
        Phrases("fr.auth-failed-thunderbird-setup", C.AUTH_FAILED, (
            "le mot de passe sont probablement incorrect",
        ), ("thunderbird/thunderbird-l10n:fr/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("fr.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "impossible de trouver un serveur",
        ), ("thunderbird/thunderbird-l10n:fr/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("fr.tls-required-kimap", C.TLS_REQUIRED, (
            "échec de la transaction ssl",
        ), "KDE/kimap:po/fr/libkimap6.po"),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("fr.network-error-kdepim-terminated", C.NETWORK_ERROR, (
            "a interrompu immédiatement la connexion", "connexion interrompue avec le serveur",
            "déconnecté du serveur pendant la connexion",
        ), "KDE/kdepim-runtime:po/fr/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("fr.network-error-kdepim", C.NETWORK_ERROR, (
            "aucune réponse dans le temps imparti", "connexion perdue",
            "déconnecté pendant la connexion",
        ), "KDE/kdepim-runtime:po/fr/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime): an error during authentication, unable
        # to log in to the server.
        Phrases("fr.auth-failed-kdepim", C.AUTH_FAILED, (
            "une erreur s'est produite durant l'authentification",
        ), "KDE/kdepim-runtime:po/fr/akonadi_pop3_resource.po"),
        # KDE's Akonadi POP3 resource (kdepim-runtime): an SSL/TLS error.
        Phrases("fr.tls-required-kdepim", C.TLS_REQUIRED, (
            "erreur « ssl / tls »",
        ), "KDE/kdepim-runtime:po/fr/akonadi_pop3_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("fr.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "le serveur n'est pas disponible",
        ), "KDE/kdepim-runtime:po/fr/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("fr.tls-required-glib-networking", C.TLS_REQUIRED, (
            "requiert un certificat tls", "certificat tls inacceptable",
            "impossible de créer une connexion tls", "négociation tls",
            "la connexion tls a été fermée", "n’a pas envoyé de certificat",
            "n'a pas envoyé de certificat", "alerte tls fatale",
        ), "GNOME/glib-networking:po/fr.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("fr.network-error-glib-networking", C.NETWORK_ERROR, (
            "les entrées/sorties du connecteur ont expiré", "la connexion est cassée",
        ), "GNOME/glib-networking:po/fr.po"),
        # Thunderbird's connection timeout (messenger.properties).
        Phrases("fr.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "temps limite de connexion",
        ), "thunderbird/thunderbird-l10n:fr/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the connection failed, the server
        # disconnected.
        Phrases("fr.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "échec lors de la connexion", "s’est déconnecté", "s'est déconnecté",
        ), "thunderbird/thunderbird-l10n:fr/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): an unrecoverable TLS error.
        Phrases("fr.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "erreur tls non récupérable",
        ), "thunderbird/thunderbird-l10n:fr/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("fr.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "échec de l’envoi du mot de passe", "échec de l'envoi du mot de passe",
        ), "thunderbird/thunderbird-l10n:fr/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("fr.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "impossible d’établir une connexion tls", "impossible d'établir une connexion tls",
        ), "thunderbird/thunderbird-l10n:fr/mail/chrome/messenger/localMsgs.properties"),
        # arobase.org's French list of SMTP codes: 454, TLS not available for a temporary reason (RFC 3207).
        Phrases("fr.tls-required-arobase", C.TLS_REQUIRED, (
            "tls temporairement indisponible",
        ), "http://www.arobase.org/sos/erreurs-codes.htm"),
        # Roundcube's 'Message size exceeds server limit' and 'Maximum size of a message exceeded' (attaching a file).
        Phrases("fr.message-too-large-roundcube-attach", C.MESSAGE_TOO_LARGE, (
            "la taille maximale d’un fichier",
        ), "roundcube/roundcubemail:program/localization/fr_FR/messages.inc"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("fr.auth-required-kmail", C.AUTH_REQUIRED, (
            "vous devez fournir un nom d'utilisateur et un mot de passe",
        ), "KDE/kmailtransport:po/fr/libmailtransport6.po"),
        Phrases("fr.user-unknown-weak", C.USER_UNKNOWN, ("inconnu", "inexistant"), _ACADEMY,
                decisive=False),
        # Microsoft's French help title for 5.7.750 'Client blocked from sending from unregistered domain' (the 5.7.7xx code rule reads it as reputation).
        Phrases("fr.reputation-microsoft-unregistered-domain", C.REPUTATION, (
            "interdit d’envoi à partir d’un domaine non enregistré",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR:AlchemyInsights/"
            "5-7-750-service-unavailable-client-blocked-from-sending-from-unregistered-d.md")),
        Phrases("fr.has-moved", C.HAS_MOVED, (
            "adresse électronique du destinataire a changé",
            "adresse electronique du destinataire a change",
        ), _UIT),
        Phrases("fr.auth-failed", C.AUTH_FAILED, ("échec d'authentification",), _ROUNDCUBE),
        Phrases("fr.message-too-large", C.MESSAGE_TOO_LARGE, (
            "taille du courriel dépasse la limite",
        ), _ROUNDCUBE),
        Phrases("fr.network-error", C.NETWORK_ERROR, (
            "échec de connexion au serveur", "echec de connexion au serveur",
        ), _ROUNDCUBE),
        Phrases("fr.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "votre adresse e-mail dans les paramètres du compte",
        ), _TB_L10N, decisive=False),
        Phrases("fr.too-many-recipients-thunderbird", C.RATE_LIMITED, (
            "nombre de destinataires autorisé a été dépassé",
        ), _TB_L10N),
        Phrases("fr.message-too-large-thunderbird", C.MESSAGE_TOO_LARGE, (
            "excède la taille globale limite",
        ), _TB_L10N),
        Phrases("fr.network-error-thunderbird", C.NETWORK_ERROR, (
            "le serveur est peut-être mal configuré", "la connexion au serveur sortant",
        ), _TB_L10N),
        Phrases("fr.auth-failed-thunderbird", C.AUTH_FAILED, (
            "impossible de s'authentifier sur le serveur",
            "ne gère pas la méthode d'authentification",
        ), _TB_L10N),
        Phrases("fr.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "impossible de définir l'expéditeur",
        ), _RC_L10N, decisive=False),
        Phrases("fr.mailbox-full-evolution", C.MAILBOX_FULL, (
            "dépassement de l'allocation de stockage",
        ), _EVO_PO),
        Phrases("fr.auth-required-evolution", C.AUTH_REQUIRED, (
            "authentification requise",
        ), _EVO_PO),
        Phrases("fr.auth-failed-evolution", C.AUTH_FAILED, (
            "anomalie d'authentification temporaire",
            "mécanisme d'authentification est trop faible",
            "ne prend pas en charge l'authentification", "mauvaise réponse d'authentification",
        ), _EVO_PO),
        Phrases("fr.system-full-evolution", C.SYSTEM_FULL, (
            "stockage système insuffisant",
        ), _EVO_PO),
        Phrases("fr.virus-mailscanner", C.VIRUS, (
            "notre passerelle antivirus a détecté un virus", "pièces jointes infectées",
        ), _MAILSCANNER + "sender.virus.report.txt"),
        Phrases("fr.blocklisted-mailscanner", C.BLOCKLISTED, (
            "inscrit sur une liste noire",
        ), _MAILSCANNER + "sender.spam.rbl.report.txt"),
        Phrases("fr.spam-content-mailscanner", C.SPAM_CONTENT, (
            "s'agit probablement d'un polluriel",
        ), _MAILSCANNER + "sender.spam.sa.report.txt"),
        Phrases("fr.sender-rejected-mailman", C.SENDER_REJECTED, (
            "interdit d'envoi sur cette liste", "envoi par un non-abonné",
            "non-abonnés ne sont pas autorisés à envoyer",
        ), "jaredmauch/mailman2-python3:messages/fr/LC_MESSAGES/mailman.po"),
        # Google Groups' French refusal: the English one ("may not have permission to post") is
        # read as a sender refusal too.
        Phrases("fr.sender-rejected-googlegroups", C.SENDER_REJECTED, (
            "pas autorisé à lui envoyer des messages",
        ), "https://github.com/zestedesavoir/zds-site/issues/929"),
        # A French ministry's relay refusing an internal sender address arriving from outside.
        Phrases("fr.sender-rejected-internal", C.SENDER_REJECTED, (
            "emetteur interne depuis internet",
        ), "https://github.com/MTES-MCT/numerique/issues/16"),
        Phrases("fr.user-unknown-sympa", C.USER_UNKNOWN, (
            "n'est pas une liste connue", "liste inconnue",
        ), "sympa-community/sympa:po/sympa/fr.po"),
        Phrases("fr.sender-rejected-sympa", C.SENDER_REJECTED, (
            "diffusion de message : erreur d'autorisation", "pas autorisé à diffuser ce message",
            "dans la liste est réservée aux abonnés",
        ), "sympa-community/sympa:po/sympa/fr.po"),
        # RFC 5321's reply texts in French, as Evolution translates them (camel-smtp-transport.c)
        # and as OVHcloud's French guide to SMTP replies writes them.
        Phrases("fr.syntax-error", C.SYNTAX_ERROR, ("erreur de syntaxe",), _EVO_PO),
        Phrases("fr.not-implemented", C.NOT_IMPLEMENTED, ("commande non implémenté",), _EVO_PO),
        Phrases("fr.service-unavailable-rfc", C.SERVICE_UNAVAILABLE, (
            "service non disponible",
        ), _EVO_PO, decisive=False),
        Phrases("fr.has-moved-rfc", C.HAS_MOVED, ("utilisateur non local",), _EVO_PO),
        Phrases("fr.mailbox-unavailable", C.USER_UNKNOWN, (
            "boîte aux lettres non disponible", "boîte aux lettres indisponible",
            "boîte mail indisponible", "nom de boîte aux lettres non autorisé",
        ), f"{_EVO_PO}; {_OVH}", decisive=False),
        Phrases("fr.server-error-rfc", C.SERVER_ERROR, ("erreur de traitement",), _EVO_PO,
                decisive=False),
        Phrases("fr.system-full-ovh", C.SYSTEM_FULL, ("système de stockage insuffisant",), _OVH),
        Phrases("fr.mailbox-full-ovh", C.MAILBOX_FULL, ("espace de stockage dépassé",), _OVH),
        Phrases("fr.bad-sequence-ovh", C.BAD_SEQUENCE, ("mauvaise séquence de commandes",), _OVH,
                decisive=False),
        Phrases("fr.auth-failed-ovh", C.AUTH_FAILED, ("échec lors de l'authentification",), _OVH),
        Phrases("fr.network-error-ovh", C.NETWORK_ERROR, (
            "délai dépassé, problème de connexion",
        ), _OVH),
        # Oracle Cloud's Email Delivery, its SMTP replies in its French documentation.
        Phrases("fr.too-many-connections", C.TOO_MANY_CONNECTIONS, ("trop de connexions",),
                _OCI),
        Phrases("fr.network-error-timeout", C.NETWORK_ERROR, ("délai d'expiration dépassé",),
                _OCI),
        # Exchange Online's French NDR for the sender's daily recipient limit.
        Phrases("fr.rate-limited-exchange", C.RATE_LIMITED, ("quota d'envoi de l'expéditeur",),
                _MS_QUOTA),
        Phrases("fr.too-many-recipients", C.RATE_LIMITED, ("trop de destinataires",), _RC_L10N),
        Phrases("fr.too-many-recipients-horde", C.RATE_LIMITED, (
            "pas autorisé à envoyer des messages à plus de",
        ), "horde/imp:locale/fr/LC_MESSAGES/imp.po"),
        Phrases("fr.content-rejected-roundcube", C.CONTENT_REJECTED, (
            "ne prend pas en charge unicode dans l'adresse",
        ), _RC_L10N),
        Phrases("fr.content-rejected-mailman", C.CONTENT_REJECTED, (
            "type de contenu du message était explicitement refusé",
        ), _MAILMAN),
        Phrases("fr.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, (
            "sa taille dépasse le maximum autorisé",
        ), _ZIMBRA),
        Phrases("fr.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "taille du corps du message est trop importante",
            "taille de votre message était trop importante",
        ), _MAILMAN),
        Phrases("fr.message-too-large-sympa", C.MESSAGE_TOO_LARGE, ("message trop gros",),
                _SYMPA),
        Phrases("fr.message-too-large-thunderbird-limit", C.MESSAGE_TOO_LARGE, (
            "excède une taille limite temporaire", "excède la limite de taille globale",
        ), _TB_L10N),
        Phrases("fr.tls-required-thunderbird", C.TLS_REQUIRED, (
            "impossible d'établir un lien sécurisé",
        ), _TB_L10N),
        Phrases("fr.auth-failed-thunderbird-cleartext", C.AUTH_FAILED, (
            "n'autorise pas les mots de passe non chiffrés",
        ), _TB_L10N),
        Phrases("fr.network-error-loop", C.NETWORK_ERROR, (
            "une boucle a été détectée", "trop de sauts entre les serveurs",
        ), f"{_SYMPA}; {_ZIMBRA}"),
        Phrases("fr.user-unknown-zimbra", C.USER_UNKNOWN, ("il n'existe aucun compte",), _ZIMBRA),
        Phrases("fr.service-unavailable-zimbra", C.SERVICE_UNAVAILABLE, (
            "service temporairement indisponible",
        ), _ZIMBRA, decisive=False),
        Phrases("fr.tls-required-evolution", C.TLS_REQUIRED, (
            "chiffrement requis pour le mécanisme d'authentification",
            "en mode sécurisé a échoué", "la commande starttls a échoué",
        ), _EVO_PO),
        # French renderings of the common bounce reasons (arobase.org's and assistance.email's
        # guides to French users' bounces).
        Phrases("fr.host-unknown", C.HOST_UNKNOWN, ("hôte inconnu", "domaine introuvable"),
                _AROBASE),
        Phrases("fr.mailbox-full-guides", C.MAILBOX_FULL, (
            "boîte e-mail pleine", "boîte e\u2011mail pleine",
        ), _ASSISTANCE),
        Phrases("fr.message-too-large-guides", C.MESSAGE_TOO_LARGE, (
            "taille du message trop grande", "message trop volumineux", "e-mail est trop volumineux",
        ), _ASSISTANCE),
        Phrases("fr.mailbox-full-inbox", C.MAILBOX_FULL, (
            "boîte de réception du destinataire est pleine", "boîte de réception pleine",
        ), _TECNOBITS),
        Phrases("fr.user-unknown-guides", C.USER_UNKNOWN, ("adresse email n'existe pas",),
                _TECNOBITS),
        Phrases("fr.rate-limited-guides", C.RATE_LIMITED, ("atteint votre limite d'envoi",),
                _TECNOBITS),
        # .NET's SmtpClient in French, as SQL Server Reporting Services' French docs quote it.
        Phrases("fr.auth-required-dotnet", C.AUTH_REQUIRED, ("client n'était pas authentifié",),
                _SSRS),
        # SpamAssassin's French report and rule descriptions (rules/30_text_fr.cf).
        Phrases("fr.spam-content-spamassassin", C.SPAM_CONTENT, ("est probablement du spam",),
                _SA),
        Phrases("fr.blocklisted-spamassassin", C.BLOCKLISTED, ("relais listé dans",), _SA),
        # SOGo's French webmail errors when the SMTP server refuses (UI/MailerUI/French.lproj).
        Phrases("fr.network-error-sogo", C.NETWORK_ERROR, (
            "erreur est survenue en tentant de rejoindre le serveur smtp",
        ), _SOGO),
        Phrases("fr.user-unknown-sogo", C.USER_UNKNOWN, (
            "aucune adresse n'est valide", "adresses suivantes sont invalides",
        ), _SOGO, decisive=False),
        # Orange's and La Poste's French halves, unaccented (FrancePTT's 403 and 426).
        # Exchange Online's 5.1.90 NDR (the sender's daily recipient limit), as Microsoft's
        # localized help titles it.
        Phrases("fr.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "limite quotidienne pour les destinataires",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR:AlchemyInsights/5-1-90-your-mess"
            "age-cant-be-sent-daily-limit.md"
        )),
        # Gmail's French sending-limit errors (its help on sending limits).
        Phrases("fr.rate-limited-gmail", C.RATE_LIMITED, (
            "vous avez atteint la limite d'envoi",
            "atteint une des limites d'envoi",
            "dépassé le nombre maximal de destinataires",
            "reçoit des e-mails à un rythme qui empêche",
        ), (
            "https://support.google.com/mail/bin/answer.py?hl=fr&hlrm=en&answer=22839; https:"
            "//support.google.com/a/answer/166852?hl=fr"
        )),
        # Outlook's French relay refusal, as Microsoft's French KB 290842 quotes it.
        Phrases("fr.relay-denied-outlook", C.RELAY_DENIED, (
            "relais refusé",
        ), "http://support.microsoft.com/kb/290842/fr"),
        # glibc's translated strerror texts: ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, EADDRNOTAVAIL,
        # ENETUNREACH, ECONNRESET, ECONNABORTED, ENETDOWN, EHOSTDOWN, gai_strerror's EAI_AGAIN
        # and the resolver's host name lookup failure.
        Phrases("fr.network-error-glibc", C.NETWORK_ERROR, (
            "échec non récupérable lors de la résolution du nom",
            "hôte cible est arrêté ou en panne",
            "réseau ne fonctionne pas",
            "logiciel a provoqué l'abandon de la connexion",
            "erreur de repérage du nom de l'hôte",
            "connexion refusée", "connexion terminée par expiration du délai d'attente",
            "aucun chemin d'accès pour atteindre l'hôte cible", "attribuer l'adresse demandée",
            "réseau n'est pas accessible", "connexion ré-initialisée par le correspondant",
            "échec temporaire dans la résolution du nom",
        ), "bminor/glibc:po/fr.po"),
        # glibc's translated gai_strerror texts (EAI_NONAME, EAI_NODATA) and the resolver's
        # unknown host.
        Phrases("fr.host-unknown-glibc", C.HOST_UNKNOWN, (
            "nom ou service inconnu", "aucune adresse associée avec le nom de l'hôte",
        ), "bminor/glibc:po/fr.po"),
        # Microsoft's Windows Sockets error list in this language (WSAECONNREFUSED 10061,
        # WSAETIMEDOUT 10060, WSAEHOSTUNREACH 10065, WSAEADDRNOTAVAIL 10049, WSAECONNRESET 10054,
        # WSAENETDOWN 10050 to WSAECONNABORTED 10053),
        # as Windows MTAs and mail clients quote the socket error of a failed delivery.
        Phrases("fr.network-error-winsock", C.NETWORK_ERROR, (
            "réseau est en défaillance",
            "connexion établie a été abandonnée par le logiciel",
            "aucune connexion n'a pu être établie", "délai d'attente de la connexion dépassé",
            "tentative de connexion a échoué", "aucun itinéraire vers l'hôte",
            "hôte impossible à atteindre", "adresse demandée n'est pas valide dans son contexte",
            "réseau est inaccessible", "connexion réinitialisée par l'homologue",
            "connexion existante a dû être fermée par l'hôte distant",
        ), "MicrosoftDocs/win32-pr.fr-fr:desktop-src/WinSock/windows-sockets-error-codes-2.md"),
        Phrases("fr.auth-failed-phpmailer", C.AUTH_FAILED, (
            "smtp : échec de l'authentification",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-fr.php"),
        Phrases("fr.network-error-phpmailer", C.NETWORK_ERROR, (
            "impossible de se connecter au serveur smtp", "fonction smtp connect() a échoué",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-fr.php"),
        Phrases("fr.sender-rejected-phpmailer", C.SENDER_REJECTED, (
            "adresse d'expéditeur suivante a échoué",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-fr.php", decisive=False),
        # Windows Sockets' WSAHOST_NOT_FOUND (11001) in Microsoft's French error list.
        Phrases("fr.host-unknown-winsock", C.HOST_UNKNOWN, (
            "hôte introuvable",
        ), "MicrosoftDocs/win32-pr.fr-fr:desktop-src/WinSock/windows-sockets-error-codes-2.md"),
        Phrases("fr.content-rejected-mailscanner", C.CONTENT_REJECTED, (
            "pièce jointe est interdite",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/fr/sender.filename.report.txt"),
        Phrases("fr.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "ticket kerberos/gssapi n'a pas été accepté",
        ), (
            "thunderbird/thunderbird-l10n:fr/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("fr.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "vous utilisez une identité correcte à envoyer",
        ), (
            "thunderbird/thunderbird-l10n:fr/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        ), decisive=False),
        Phrases("fr.content-rejected-mailman-filter", C.CONTENT_REJECTED, (
            "type de contenu du message n'était pas explicitement autorisé",
            "extension de fichier du message", "message était vide",
        ), "jaredmauch/mailman2-python3:messages/fr/LC_MESSAGES/mailman.po"),
        Phrases("fr.sender-rejected-evolution", C.SENDER_REJECTED, (
            "adresse de l'expéditeur n'est pas valide",
        ), "GNOME/evolution-data-server:po/fr.po", decisive=False),
        # Kopano's spooler refusing to send as another user or group.
        Phrases("fr.sender-rejected-send-as", C.SENDER_REJECTED, (
            "envoyer en tant qu'utilisateur ou groupe",
            "pour lequel vous essayez d'envoyer",
        ), "Kopano-dev/kopano-core:po/fr.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("fr.tls-required-mail-clients", C.TLS_REQUIRED, (
            "erreur lors de l'établissement de la connexion starttls",
            "échec de la négociation tls",
            "impossible d'initier une session starttls",
            "impossible d'initier la session starttls",
            "le serveur nécessite starttls",
            "échec starttls",
            "impossible de négocier la connexion tls",
            "connexion chiffrée non disponible",
        ), "eworm-de/claws-mail:po/fr.po; muttmua/mutt:po/fr.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("fr.auth-failed-mail-clients", C.AUTH_FAILED, (
            "aucune méthode smtp auth disponible",
            "méthode smtp auth sélectionnée non disponible",
            "authentification forte obligatoire",
        ), "eworm-de/claws-mail:po/fr.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("fr.auth-failed-weak-mail-clients", C.AUTH_FAILED, (
            "l'authentification a échoué",
            "l'authentification sasl a échoué",
        ), "eworm-de/claws-mail:po/fr.po; muttmua/mutt:po/fr.po", decisive=False),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("fr.network-error-mail-clients", C.NETWORK_ERROR, (
            "dépassement du délai d'attente de la connexion",
            "connexion fermée par l'hôte distant",
            "le serveur a fermé la connexion",
        ), "eworm-de/claws-mail:po/fr.po; muttmua/mutt:po/fr.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("fr.network-error-weak-mail-clients", C.NETWORK_ERROR, (
            "impossible de se connecter à",
        ), "muttmua/mutt:po/fr.po", decisive=False),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("fr.message-too-large-mail-clients", C.MESSAGE_TOO_LARGE, (
            "message est trop volumineux",
        ), "eworm-de/claws-mail:po/fr.po"),
        # Sylpheed's translated client errors (po/) when the SMTP server's TLS, authentication or
        # connection fails.
        Phrases("fr.network-error-sylpheed", C.NETWORK_ERROR, (
            "la connexion a été fermée par le serveur",
            "serveur smtp non trouvé",
        ), "sylpheed-mail/sylpheed:po/fr.po"),
        # Sylpheed's translated client errors (po/) when the SMTP server's TLS, authentication or
        # connection fails.
        Phrases("fr.auth-failed-weak-sylpheed", C.AUTH_FAILED, (
            "l'authentification à échoué",
            "erreur est survenue pendant la phase d'authentification",
        ), "sylpheed-mail/sylpheed:po/fr.po", decisive=False),
        # Sylpheed's translated client errors (po/) when the SMTP server's TLS, authentication or
        # connection fails.
        Phrases("fr.tls-required-sylpheed", C.TLS_REQUIRED, (
            "échec lors de l'ouverture de la session tls",
        ), "sylpheed-mail/sylpheed:po/fr.po"),
        # Sylpheed's translated client errors (po/) when the SMTP server's TLS, authentication or
        # connection fails.
        Phrases("fr.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp auth pas disponible",
        ), "sylpheed-mail/sylpheed:po/fr.po"),
        # Roundcube refusing to send again before its minimum interval between messages.
        Phrases("fr.rate-limited-roundcube-sent-too-quickly", C.RATE_LIMITED, (
            "avant d’envoyer ce courriel",
        ), "roundcube/roundcubemail:program/localization/fr_FR/messages.inc"),
        # Thunderbird: the sender (From:) address or identity is invalid.
        Phrases("fr.sender-rejected-thunderbird-l10n", C.SENDER_REJECTED, (
            "l’adresse de l’expéditeur (de",
            "l’identité de l’expéditeur n’est pas valide",
        ), (
            "thunderbird/thunderbird-l10n:fr/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        # Thunderbird: the outgoing server does not take the chosen (encrypted) password method.
        Phrases("fr.auth-failed-thunderbird-l10n", C.AUTH_FAILED, (
            "ne semble pas gérer les mots de passe chiffrés",
        ), (
            "thunderbird/thunderbird-l10n:fr/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        # Evolution's translated SMTP transport errors (camel-smtp-transport): the secure connection,
        # STARTTLS or the authentication type failed; RFC 4954's password transition.
        Phrases("fr.auth-failed-evolution-camel", C.AUTH_FAILED, (
            "aucune prise en charge pour l’authentification",
        ), "GNOME/evolution-data-server:po/fr.po"),
        # Gmail's French help on sending limits: sending is suspended (for up to 24 hours) after many
        # sent messages bounced.
        Phrases("fr.rate-limited-gmail-bounces", C.RATE_LIMITED, (
            "impossible de distribuer les messages que vous avez envoyés",
        ), "https://support.google.com/mail/bin/answer.py?hl=fr&hlrm=en&answer=22839"),
        # Zimbra web client's translated errors (ZMsg): wrong username or password, authentication
        # required, the server cannot be reached or timed out.
        Phrases("fr.auth-failed-zimbra-web", C.AUTH_FAILED, (
            "le nom d’utilisateur ou le mot de passe est incorrect",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_fr.properties"),
        # Zimbra web client's translated errors (ZMsg): wrong username or password, authentication
        # required, the server cannot be reached or timed out.
        Phrases("fr.network-error-zimbra-web", C.NETWORK_ERROR, (
            "connexion avec le serveur cible a dépassé le délai imparti",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_fr.properties"),
        # Sympa: the list takes posts only from its moderators, owners, subscribers or local users.
        Phrases("fr.sender-rejected-sympa-lists", C.SENDER_REJECTED, (
            "la diffusion de message est réservée aux",
            "diffusion de messages dans la liste est réservée aux",
        ), "sympa-community/sympa:po/sympa/fr.po"),
        # Mailman 2 holding or refusing a post for the list's own rules: a moderated list, an implicit
        # destination, possible administrivia, a restricted list, a suspicious header.
        Phrases("fr.policy-violation-mailman-held", C.POLICY_VIOLATION, (
            "envoi sur une liste modérée",
            "message avec destination implicite",
            "contient peut être des requêtes administratives",
            "envoi sur une liste restreinte requiert une approbation",
            "message avec en-tête douteux",
        ), "jaredmauch/mailman2-python3:messages/fr/LC_MESSAGES/mailman.po"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("fr.auth-failed-mailspring", C.AUTH_FAILED, (
            "erreur d'authentification - vérifiez votre nom d'utilisateur",
        ), "Foundry376/Mailspring:app/lang/fr.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("fr.network-error-mailspring", C.NETWORK_ERROR, (
            "impossible de se connecter au serveur / port",
        ), "Foundry376/Mailspring:app/lang/fr.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("fr.tls-required-mailspring", C.TLS_REQUIRED, (
            "starttls n'est pas disponible",
        ), "Foundry376/Mailspring:app/lang/fr.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("fr.relay-denied-mailspring", C.RELAY_DENIED, (
            "le serveur smtp ne relaie pas un message",
        ), "Foundry376/Mailspring:app/lang/fr.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("fr.rate-limited-mailspring", C.RATE_LIMITED, (
            "dépassé votre limite d'envoi quotidienne",
            "bande passante gmail dépassée",
        ), "Foundry376/Mailspring:app/lang/fr.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("fr.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "contient une pièce jointe illégale",
        ), "Foundry376/Mailspring:app/lang/fr.json"),
        # SnappyMail webmail's translated notifications: the server cannot be reached, the
        # recipients are invalid, the authentication failed.
        Phrases("fr.network-error-snappymail", C.NETWORK_ERROR, (
            "serveur injoignable",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/fr/user.json"),
        # SnappyMail webmail's translated notifications: the server cannot be reached, the
        # recipients are invalid, the authentication failed.
        Phrases("fr.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "destinataires invalides",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/fr/user.json", decisive=False),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the
        # connection failed; the SMTP credentials were refused.
        Phrases("fr.network-error-nextcloud-mail", C.NETWORK_ERROR, (
            "le serveur smtp n'est pas joignable",
            "échec de la connexion smtp",
        ), "nextcloud/mail:l10n/fr.json"),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the
        # connection failed; the SMTP credentials were refused.
        Phrases("fr.auth-failed-nextcloud-mail", C.AUTH_FAILED, (
            "le mot de passe smtp est incorrect",
            "le serveur smtp a refusé l'authentification",
            "erreur d'authentification smtp",
        ), "nextcloud/mail:l10n/fr.json"),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("fr.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "un changement d'authentification est nécessaire",
            "ce type d'authentification n'est pas assez fiable",
            "échec temporaire de l'authentification",
        ), "RealityRipple/squirrelmail:locale/fr_FR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("fr.bad-sequence-weak-squirrelmail", C.BAD_SEQUENCE, (
            "séquence de commandes incorrecte",
        ), "RealityRipple/squirrelmail:locale/fr_FR/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("fr.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "paramètre non implémenté",
        ), "RealityRipple/squirrelmail:locale/fr_FR/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("fr.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "ce type d'authentification nécessite un chiffrement",
        ), "RealityRipple/squirrelmail:locale/fr_FR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("fr.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "erreur dans le traitement",
        ), "RealityRipple/squirrelmail:locale/fr_FR/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("fr.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "nom de boîte refusé",
            "boîte à lettre indisponible",
        ), "RealityRipple/squirrelmail:locale/fr_FR/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("fr.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "limite de stockage atteinte",
        ), "RealityRipple/squirrelmail:locale/fr_FR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("fr.service-unavailable-weak-squirrelmail", C.SERVICE_UNAVAILABLE, (
            "service indisponible, fermeture du canal",
        ), "RealityRipple/squirrelmail:locale/fr_FR/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("fr.has-moved-squirrelmail", C.HAS_MOVED, (
            "ce n'est pas un utilisateur local. essayez de faire suivre le message",
        ), "RealityRipple/squirrelmail:locale/fr_FR/LC_MESSAGES/squirrelmail.po"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("fr.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "plus grand que la limite du serveur",
        ), "M66B/FairEmail:app/src/main/res/values-fr-rFR/strings.xml"),
        # FairEmail's bare authentication-failure legend.
        Phrases("fr.auth-failed-weak-fairemail", C.AUTH_FAILED, (
            "échec de l'authentification",
        ), "M66B/FairEmail:app/src/main/res/values-fr-rFR/strings.xml", decisive=False),
        # msmtp's translated SMTP client errors (TLS, authentication, connection, server lookup).
        Phrases("fr.tls-required-msmtp", C.TLS_REQUIRED, (
            "ne supporte pas tls via la commande starttls",
            "échec de la poignée de main tls",
            "la vérification du certificat tls a échouée",
            "vérification du certificat tls impossible",
        ), "marlam/msmtp:po/fr.po"),
        # msmtp's translated SMTP client errors (TLS, authentication, connection, server lookup).
        Phrases("fr.auth-failed-msmtp", C.AUTH_FAILED, (
            "la méthode d'authentification a échouée",
            "méthode d'authentification utilisable",
            "utiliser une méthode d'authentification sécurisée",
            "ne supporte pas la méthode d'authentification",
        ), "marlam/msmtp:po/fr.po"),
        # msmtp's "the server does not support authentication": the server's EHLO offers no AUTH
        # (marlam/msmtp:src/msmtp.c tests the AUTH capability), a command not implemented there.
        Phrases("fr.not-implemented-msmtp-auth", C.NOT_IMPLEMENTED, (
            "ne supporte pas l'authentification",
        ), "marlam/msmtp:po/fr.po"),
        # msmtp's translated SMTP client errors (TLS, authentication, connection, server lookup).
        Phrases("fr.network-error-msmtp", C.NETWORK_ERROR, (
            "hôte inaccessible",
            "connexion réinitialisée par le correspondant",
            "la connexion a été fermée prématurément",
            "a dépassée le délai d'inactivité",
        ), "marlam/msmtp:po/fr.po"),
        # msmtp's translated SMTP client errors (TLS, authentication, connection, server lookup).
        Phrases("fr.host-unknown-msmtp", C.HOST_UNKNOWN, (
            "hôte non trouvé",
        ), "marlam/msmtp:po/fr.po"),
        # Cypht's translated refusal of the SMTP server's authentication.
        Phrases("fr.auth-failed-cypht", C.AUTH_FAILED, (
            "n'a pas réussi à s'authentifier auprès du serveur smtp",
            "échec de l'authentification auprès du serveur smtp",
        ), "cypht-org/cypht:language/fr.php"),
        # CodeIgniter's Email library: the server refused the user name, password or credentials.
        Phrases("fr.auth-failed-codeigniter", C.AUTH_FAILED, (
            "impossible d'identifier le nom d'utilisateur",
            "impossible d'identifier le mot de passe",
        ), "codeigniter4/translations:Language/fr/Email.php"),
        # CodeIgniter's Email library: AUTH could not be started; the server's own reply follows and decides.
        Phrases("fr.auth-failed-weak-codeigniter", C.AUTH_FAILED, (
            "échec lors de l'envoi de la commande auth login",
        ), "codeigniter4/translations:Language/fr/Email.php", decisive=False),
        # Thunderbird: the server's answer to CLIENTID says this device may not send mail.
        Phrases("fr.policy-violation-thunderbird-clientid", C.POLICY_VIOLATION, (
            "votre appareil n’est pas autorisé à envoyer des e-mails",
        ), (
            "thunderbird/thunderbird-l10n:fr/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        # Exchange's French delay DSN: not delivered yet, still being retried (the quoted cause, if any, says more).
        Phrases("fr.expired-exchange-delayed", C.EXPIRED, (
            "de nouvelles tentatives de remise seront effectuées",
            "le serveur va tenter de remettre ce message",
        ), "https://pastebin.com/SYa736QZ", decisive=False),
        # Exchange Online's French NDR table: 4.3.2 recipient thread limit, the mailbox takes too many messages too fast.
        Phrases("fr.rate-limited-exchange-thread-limit", C.RATE_LIMITED, (
            "reçoit trop rapidement un trop grand nombre de messages",
        ), (
            "https://learn.microsoft.com/fr-fr/exchange/troubleshoot/email-delivery/ndr/non-d"
            "elivery-reports-in-exchange-online"
        )),
        # Exchange Online's French NDR table: 4.4.7 message expired in the queue.
        Phrases("fr.expired-exchange-queue", C.EXPIRED, (
            "le message de la file d’attente a expiré",
            "le message de la file d'attente a expiré",
        ), (
            "https://learn.microsoft.com/fr-fr/exchange/troubleshoot/email-delivery/ndr/non-d"
            "elivery-reports-in-exchange-online"
        )),
        # Exchange's French NDR reference (Exchange 2013 docs), 4.4.1/4.4.2: the destination server does not respond, or the connection between the servers dropped.
        Phrases("fr.network-error-exchange2013", C.NETWORK_ERROR, (
            "le serveur de destination ne répond pas",
            "une connexion a été abandonnée entre les serveurs",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.fr-fr:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's French NDR reference (Exchange 2013 docs), 5.2.1: the mailbox can't be accessed (offline, disabled or quarantined).
        Phrases("fr.mailbox-disabled-weak-exchange2013", C.MAILBOX_DISABLED, (
            "la boîte aux lettres est inaccessible",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.fr-fr:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        ), decisive=False),
        # Exchange's French NDR reference (Exchange 2013 docs), 5.2.2: the recipient's mailbox is over its storage quota.
        Phrases("fr.mailbox-full-exchange2013", C.MAILBOX_FULL, (
            "quota de stockage de la boîte aux lettres du destinataire",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.fr-fr:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's French NDR reference (Exchange 2013 docs), 5.3.4: the message exceeds the configured size limit.
        Phrases("fr.message-too-large-exchange2013", C.MESSAGE_TOO_LARGE, (
            "dépassant la limite de taille configurée",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.fr-fr:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's French NDR reference (Exchange 2013 docs), 5.5.3: more recipients than a single message may have.
        Phrases("fr.rate-limited-exchange2013", C.RATE_LIMITED, (
            "dépasse le nombre total de destinataires autorisé",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.fr-fr:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's French NDR reference (Exchange 2013 docs), 5.7.1: the sender isn't allowed to send to this recipient.
        Phrases("fr.policy-violation-exchange2013", C.POLICY_VIOLATION, (
            "n'est pas autorisé à envoyer des messages au destinataire",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.fr-fr:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's French NDR reference (Exchange 2013 docs), 4.4.7: the message expired in the queue.
        Phrases("fr.expired-exchange2013", C.EXPIRED, (
            "le message dans la file d'attente a expiré",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.fr-fr:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's French NDR reference (Exchange 2013 docs), 5.7.1: relaying to a system that isn't the message's final destination is refused.
        Phrases("fr.relay-denied-exchange2013", C.RELAY_DENIED, (
            "n’est pas la destination finale du message",
            "n'est pas la destination finale du message",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.fr-fr:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's French NDR reference (Exchange 2013 docs), 5.7.1: the sending system didn't authenticate to a receiver that requires it.
        Phrases("fr.auth-required-exchange2013", C.AUTH_REQUIRED, (
            "ne s’est pas authentifié auprès du système de messagerie de réception",
            "ne s'est pas authentifié auprès du système de messagerie de réception",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.fr-fr:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's French NDR reference (Exchange 2013 docs), 5.1.1: there is no such recipient in the destination mail system.
        Phrases("fr.user-unknown-exchange2013", C.USER_UNKNOWN, (
            "pas de destinataire dans le système de messagerie de destination",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.fr-fr:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's French NDR reference (Exchange 2013 docs), 4.3.1: insufficient memory or a full disk on the receiving server.
        Phrases("fr.system-full-weak-exchange2013", C.SYSTEM_FULL, (
            "erreur de mémoire insuffisante",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.fr-fr:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        ), decisive=False),
        # Exchange's French NDR reference (Exchange 2013 docs), 5.1.7: the sender's SMTP address is missing or malformed.
        Phrases("fr.sender-rejected-exchange2013", C.SENDER_REJECTED, (
            "l’adresse smtp de l’expéditeur est absente",
            "l'adresse smtp de l'expéditeur est absente",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.fr-fr:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's French NDR reference (Exchange 2013 docs), 5.4.4: no route for the message's delivery (next hop unknown).
        Phrases("fr.network-error-no-route-exchange2013", C.NETWORK_ERROR, (
            "aucun itinéraire pour la remise des messages",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.fr-fr:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # arobase.org's French table of SMTP replies: 452 insufficient system storage, 450 mailbox unavailable (written with hyphens), 432 password transition.
        Phrases("fr.system-full-arobase", C.SYSTEM_FULL, (
            "manque de ressources système",
        ), "http://www.arobase.org/sos/erreurs-codes.htm"),
        # arobase.org's French table: 450 mailbox unavailable (weak: also a mailbox locked by another user).
        Phrases("fr.user-unknown-weak-arobase", C.USER_UNKNOWN, (
            "boîte-aux-lettres non disponible",
        ), "http://www.arobase.org/sos/erreurs-codes.htm", decisive=False),
        # arobase.org's French table: 432 a password transition is needed (RFC 4954).
        Phrases("fr.auth-failed-arobase", C.AUTH_FAILED, (
            "mot de passe de transition nécessaire",
        ), "http://www.arobase.org/sos/erreurs-codes.htm"),
        # A French hosting help centre's table of mail errors: the connection is refused, no SMTP session can be opened.
        Phrases("fr.network-error-magic", C.NETWORK_ERROR, (
            "connexion est refusée",
        ), "https://assistance.groupemagiconline.com/knowledge-base/code-derreurs-mail/"),
        # OVHcloud's French reply-code guide: 554 no SMTP service here (weak, as the other RFC texts of service refusal).
        Phrases("fr.service-unavailable-weak-ovh", C.SERVICE_UNAVAILABLE, (
            "aucun service smtp ici",
        ), "ovh/docs:pages/web/emails/diagnostic_smtp_code/guide.fr-fr.md", decisive=False),
        # assistance.email's table of French bounce wordings: 550 mailbox unavailable as 'boîte indisponible' (weak: also a disabled account).
        Phrases("fr.user-unknown-weak-assistance", C.USER_UNKNOWN, (
            "boîte indisponible",
        ), "https://assistance.email/top-10-des-messages-derreur-e-mail/amp", decisive=False),
        # Tecnobits' French list of Gmail's common bounce causes: the mail server is not available (weak).
        Phrases("fr.service-unavailable-weak-tecnobits", C.SERVICE_UNAVAILABLE, (
            "serveur de messagerie n'est pas disponible",
        ), ("https://tecnobits.com/fr/E-mail-non-d%C3%A9li"
            "vr%C3%A9-avec-l%27adresse-correcte-dans-Gmail"), decisive=False),
        # Adobe Campaign's French failure reasons for bounces it qualifies: the mailbox is full; the account was disabled (weak: a sender's own account can be disabled too); the domain is invalid (weak).
        Phrases("fr.mailbox-full-adobe", C.MAILBOX_FULL, (
            "boîte pleine",
        ), ("AdobeDocs/campaign-standard.fr-FR:help/send"
            "ing/using/understanding-delivery-failures.md")),
        # Adobe Campaign's French failure reason 'Compte désactivé': the provider closed the recipient's inactive account.
        Phrases("fr.mailbox-disabled-weak-adobe", C.MAILBOX_DISABLED, (
            "compte désactivé",
        ), ("AdobeDocs/campaign-standard.fr-FR:help/send"
            "ing/using/understanding-delivery-failures.md"), decisive=False),
        # Adobe Campaign's French failure reason 'Domaine invalide': the address's domain is wrong or no longer exists.
        Phrases("fr.host-unknown-weak-adobe", C.HOST_UNKNOWN, (
            "domaine invalide",
        ), ("AdobeDocs/campaign-standard.fr-FR:help/send"
            "ing/using/understanding-delivery-failures.md"), decisive=False),
        # Exchange's French NDR reference (Exchange 2013 docs), 5.3.5/5.4.6: a mail loop was detected (X.4.6 routing loop).
        Phrases("fr.network-error-loop-exchange2013", C.NETWORK_ERROR, (
            "boucle de courrier",
        ), ("MicrosoftDocs/OfficeDocs-Exchange-Test-pr.fr-fr:Exchange-Ser"
            "ver-2013/dsns-and-ndrs-in-exchange-2013-exchange-2013-help.md")),
        # Microsoft's localized help titled 'Mailbox quota exceeded' (AlchemyInsights).
        Phrases("fr.mailbox-full-microsoft", C.MAILBOX_FULL, (
            "quota de boîte aux lettres dépassé",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.fr"
            "-FR:AlchemyInsights/mailbox-quota-exceeded.md")),
        # Microsoft's localized help on 550 5.7.511 'Access denied, banned sender' (the sending IP or account is banned).
        Phrases("fr.blocklisted-microsoft", C.BLOCKLISTED, (
            "expéditeur interdit",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR:AlchemyIn"
            "sights/ip-blocked-for-sending-too-much-spam-550-5-7-51.md")),
        # Microsoft 365's localized 451 4.7.0 'Temporary server error. Please try again later.' (PRX4): weak, as a reason may follow.
        Phrases("fr.server-error-weak-microsoft", C.SERVER_ERROR, (
            "erreur de serveur temporaire",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR:"
            "AlchemyInsights/451-470-temporary-server-error.md"), decisive=False),
        # Microsoft's localized help on TLS deprecation: 451 5.7.3 'Must issue a STARTTLS command first'.
        Phrases("fr.tls-required-microsoft", C.TLS_REQUIRED, (
            "émettre une commande starttls",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR:Al"
            "chemyInsights/issues-related-to-tls-deprecation.md")),
        # Microsoft's localized help on NDR 5.4.6 / 5.4.14 'Hop count exceeded' (a routing loop).
        Phrases("fr.network-error-microsoft-hop-count", C.NETWORK_ERROR, (
            "dépassement du nombre de sauts",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.fr-"
            "FR:AlchemyInsights/error-546-5414-hop-count.md")),
        # Microsoft 365's localized help titled 'Daily email limit exceeded' (the sender over its daily sending limit).
        Phrases("fr.rate-limited-daily-email", C.RATE_LIMITED, (
            "limite quotidienne de courrier électronique dépassée",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.fr-F"
            "R:AlchemyInsights/daily-email-limit-exceeded.md")),
        # Microsoft's localized help title for 4.5.3 'Too many recipients' (AS780090).
        Phrases("fr.rate-limited-microsoft-recipients", C.RATE_LIMITED, (
            "nombre de destinataires trop élevé",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR:Alchemy"
            "Insights/antispam-4-5-3-too-many-recipients-as780090.md")),
        # Microsoft's localized help title for 4.7.500 'Server busy, please try again later' (weak: Exchange Online's code reads it as a reputation throttle).
        Phrases("fr.service-unavailable-weak-microsoft-busy", C.SERVICE_UNAVAILABLE, (
            "serveur occupé, veuillez essayer",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR:AlchemyInsights/antis"
            "pam-4-7-500-server-busy-please-try-again-later-from-xxx-xxx-xxx-xxx.md"), decisive=False),
        # Microsoft's localized help title for 550 5.7.501 'Access denied, spam abuse detected' (the sending account is banned for spam, as microsoft.spam-abuse reads the English).
        Phrases("fr.blocklisted-microsoft-spam-abuse", C.BLOCKLISTED, (
            "abus de courrier indésirable détecté",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR:AlchemyInsigh"
            "ts/error-code-550-5-7-501-access-denied-spam-abuse-detected.md")),
        # Microsoft's localized help title for 550 5.7.708 'Access denied, traffic not accepted from this IP' (a poorly reputed IP, as the 5.7.7xx code rule reads it).
        Phrases("fr.reputation-microsoft-traffic", C.REPUTATION, (
            "trafic non accepté à partir de cette adresse ip",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR:AlchemyInsights/antispa"
            "m-550-5-7-708-service-unavailable-access-denied-traffic-not-accepted.md")),
        # Microsoft's French help title for 'Client host blocked using Spamhaus' (its French text misspells the list 'Spamhouse', so the list's name alone does not decide).
        Phrases("fr.blocklisted-microsoft-client-host", C.BLOCKLISTED, (
            "hôte du client est bloqué",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR:Alche"
            "myInsights/error-sending-email-blocked-by-spamhaus.md")),
        # Microsoft's localized help title for 5.7.606 'Access denied, banned sending IP'.
        Phrases("fr.blocklisted-microsoft-banned-ip", C.BLOCKLISTED, (
            "adresse ip d’envoi interdite",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr"
            ".fr-FR:AlchemyInsights/antispam-5.7.606.md")),
        # Microsoft's localized help title for 550 5.7.705 'Access denied, tenant has exceeded threshold' (the 5.7.7xx block the code rule reads as reputation).
        Phrases("fr.reputation-microsoft-tenant-threshold", C.REPUTATION, (
            "le client a dépassé le seuil",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR:AlchemyInsights/er"
            "ror-code-550-5-7-705-access-denied-tenant-has-exceeded-threshold.md")),
        # Microsoft's French help on Exchange Online's receiving limit: senders get an NDR (5.2.121/5.2.122) saying the mailbox exceeded its maximum delivery threshold.
        Phrases("fr.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "sont limitées pendant les",
            "dépassé le seuil de remise maximal",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR:AlchemyInsights/mailbox-receiving-limit.md"),
        # Exchange Online's French 5.1.8 NDR for a user restricted for sending spam, as Microsoft's French docs on the Restricted users portal quote it: "Votre message n’a pas pu être remis parce que vous n’avez pas été reconnu comme expéditeur valide", "550 5.1.8 accès refusé, expéditeur sortant incorrect" (Access denied, bad outbound sender).
        Phrases("fr.sender-rejected-exchange-bad-sender", C.SENDER_REJECTED, (
            "reconnu comme expéditeur valide", "expéditeur sortant incorrect",
        ), ("MicrosoftDocs/microsoft-365-docs-pr.fr-FR:microsoft-365/security/office-365-security/"
            "removing-user-from-restricted-users-portal-after-spam.md")),
        # Microsoft's French help on the NDR '554 5.2.2 mailbox full' for a mail-enabled public folder.
        Phrases("fr.mailbox-full-microsoft-public-folder", C.MAILBOX_FULL, (
            "boîte aux lettres complète",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr."
            "fr-FR:AlchemyInsights/mailbox-full-error.md")),
        # Microsoft's French help on SMTP AUTH: 5.7.57 'Client not authenticated' (weak, as the English generic.auth-required-weak).
        Phrases("fr.auth-required-weak-microsoft", C.AUTH_REQUIRED, (
            "client non authentifié",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR:Al"
            "chemyInsights/solving-smtp-authentication-issues.md"), decisive=False),
        # emailacademy.fr's French guide to NDRs: 552 5.2.2, the recipient's inbox reached its maximum capacity.
        Phrases("fr.mailbox-full-academy", C.MAILBOX_FULL, (
            "a atteint sa capacité maximale",
        ), ("https://www.emailacademy.fr/pt2/Blog/Les-erreurs"
            "-de-non-remise-des-emails-et-leurs-significations")),
        # emailacademy.fr's French guide to NDRs: 554 5.7.1, rejected because of a security policy on the recipient's server.
        Phrases("fr.policy-violation-academy", C.POLICY_VIOLATION, (
            "rejeté en raison d'une politique de sécurité",
        ), ("https://www.emailacademy.fr/pt2/Blog/Les-erreurs"
            "-de-non-remise-des-emails-et-leurs-significations")),
        # K-9 / Thunderbird for Android status says "Erreur de connexion"
        Phrases("fr.network-error-weak-k9", C.NETWORK_ERROR, ("erreur de connexion",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-fr/strings.xml"),
                decisive=False),
        # K-9 account setup says "Erreur réseau. Vérifiez l’état de votre connexion"
        Phrases("fr.network-error-weak-k9-setup", C.NETWORK_ERROR, ("erreur réseau",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/setup/src/main/res/values-fr/strings.xml"),
                decisive=False),
        # K-9 server check says "Erreur d'authentification"
        Phrases("fr.auth-failed-weak-k9", C.AUTH_FAILED, ("erreur d'authentification",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/server/validation/src/main/res/values-fr/strings.xml"),
                decisive=False),
        # Geary, when it cannot reach the server, asks to check the network
        Phrases("fr.network-error-geary", C.NETWORK_ERROR, ("connexion impossible",),
                "GNOME/geary:po/fr.po", decisive=False),
        # Geary says an incorrect login or password, check your sending login and password
        Phrases("fr.auth-failed-geary", C.AUTH_FAILED, ("vérifiez votre adresse courriel et votre mot de passe",
            "mot de passe est incorrect", "mot de passe pour l'envoi",
        ),
                "GNOME/geary:po/fr.po"),
        # Delta Chat cannot log in and asks to check the address and the password
        Phrases("fr.auth-failed-deltachat", C.AUTH_FAILED, ("votre mot de passe sont corrects",),
                "deltachat/deltachat-android:src/main/res/values-fr/strings.xml"),
        # Delta Chat reports no internet connection (and so a failed login)
        Phrases("fr.network-error-deltachat", C.NETWORK_ERROR, ("pas de connexion internet",),
                "deltachat/deltachat-android:src/main/res/values-fr/strings.xml"),
        # GNOME Online Accounts' mail setup errors, server does not support STARTTLS, TLS not available
        Phrases("fr.tls-required-goa", C.TLS_REQUIRED, (
            "ne prend pas en charge starttls", "tls non disponible",
        ),
                "GNOME/gnome-online-accounts:po/fr.po"),
        # GNOME Online Accounts' mail setup errors, unknown authentication mechanism, failed
        Phrases("fr.auth-failed-goa", C.AUTH_FAILED, ("méthode d'authentification inconnue",),
                "GNOME/gnome-online-accounts:po/fr.po"),
        # fetchmail keeps the message, the SMTP server requires STARTTLS, TLS is mandatory
        Phrases("fr.tls-required-fetchmail", C.TLS_REQUIRED, (
            "serveur smtp exige starttls", "tls est requis pour cette session",
        ),
                "Distrotech/fetchmail:po/fr.po"),
        # fetchmail timed out waiting to connect to the server
        Phrases("fr.network-error-fetchmail", C.NETWORK_ERROR, (
            "d'attente d'une connexion avec le serveur",
        ),
                "Distrotech/fetchmail:po/fr.po"),
        # fetchmail's SMTP listener refused the recipient address (weak, the reason follows)
        Phrases("fr.user-unknown-weak-fetchmail", C.USER_UNKNOWN, (
            "n'apprécie pas l'adresse de destinataire", "rejette les adresses locales de destination",
        ),
                "Distrotech/fetchmail:po/fr.po", decisive=False),
        # GNU Mailutils' local delivery refuses, the recipient's mailbox quota or size exceeded
        Phrases("fr.mailbox-full-mailutils", C.MAILBOX_FULL, (
            "dépassement de quota de la boîte aux lettres", "excède la taille maximale de la boîte",
        ),
                "Distrotech/mailutils:po/fr.po"),
        # GNU Mailutils' stream errors, the remote host closed the connection
        Phrases("fr.network-error-mailutils", C.NETWORK_ERROR, ("l'hôte distant a fermé",),
                "Distrotech/mailutils:po/fr.po"),
        # GNU Mailutils' authentication errors, unsupported scheme, failed
        Phrases("fr.auth-failed-mailutils", C.AUTH_FAILED, (
            "schéma d'authentification non supporté",
        ),
                "Distrotech/mailutils:po/fr.po"),
        # GNU Mailutils refuses an invalid sender address
        Phrases("fr.sender-rejected-mailutils", C.SENDER_REJECTED, (
            "adresse d'expéditeur pas valable",
        ),
                "Distrotech/mailutils:po/fr.po"),
        # K-9's account check (before Nov 2023), the username or password is incorrect
        Phrases("fr.auth-failed-k9-check", C.AUTH_FAILED, ("mot de passe erroné",),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-fr/strings.xml"),
        # K-9's account check (before Nov 2023), the server presented an invalid SSL certificate
        Phrases("fr.tls-required-k9-check", C.TLS_REQUIRED, ("certificat ssl invalide",),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-fr/strings.xml"),
        # Geary's untrusted-connection dialog, the server's TLS certificate is unsigned, expired or mismatched
        Phrases("fr.tls-required-geary", C.TLS_REQUIRED, ("a été révoqué et est maintenant non valide", "est considéré comme non sécurisé", "certificat du serveur n’a pas été activé",
            "pas signé par une autorité reconnue", "certificat du serveur a expiré", "ne correspond pas à celle renseignée par le certificat",
        ),
                "GNOME/geary:po/fr.po"),
        # K-9 / Thunderbird for Android notification says "Certificate error" (weak)
        Phrases("fr.tls-required-weak-k9", C.TLS_REQUIRED, ("erreur de certificat",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-fr/strings.xml"),
                decisive=False),
        # GNOME Online Accounts' TLS errors, the signing certificate authority is unknown, expired
        Phrases("fr.tls-required-goa-certificate", C.TLS_REQUIRED, (
            "autorité de certificat de signature est inconnue", "le certificat a expiré",
        ),
                "GNOME/gnome-online-accounts:po/fr.po"),
        # GNOME Online Accounts' TLS error "Invalid certificate" (weak)
        Phrases("fr.tls-required-weak-goa", C.TLS_REQUIRED, ("certificat non valide",),
                "GNOME/gnome-online-accounts:po/fr.po", decisive=False),
        # GNOME Online Accounts, the server refused the password for the username
        Phrases("fr.auth-failed-goa-password", C.AUTH_FAILED, (
            "mot de passe non valide pour l'utilisateur",
        ),
                "GNOME/gnome-online-accounts:po/fr.po"),
        # fetchmail's authentication-failed notice and unknown login or authentication error
        Phrases("fr.auth-failed-fetchmail", C.AUTH_FAILED, (
            "authentification de fetchmail a échoué", "erreur de login ou d'identification",
        ),
                "Distrotech/fetchmail:po/fr.po"),
        # Evolution's SMTP errors, STARTTLS not supported or failed, secure connection failed
        Phrases("fr.tls-required-evolution-smtp", C.TLS_REQUIRED, ("starttls non pris en charge",),
                "GNOME/evolution-data-server:po/fr.po"),
        # Evolution's SMTP errors, the AUTH command failed, no support for the mechanism
        Phrases("fr.auth-failed-evolution-smtp", C.AUTH_FAILED, ("la commande auth a échoué",),
                "GNOME/evolution-data-server:po/fr.po"),
        # Evolution's SMTP error when MAIL FROM fails (weak, the server's reason follows)
        Phrases("fr.sender-rejected-weak-evolution-smtp", C.SENDER_REJECTED, (
            "la commande mail from a échoué",
        ),
                "GNOME/evolution-data-server:po/fr.po", decisive=False),
        # SquirrelMail's fr_FR RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("fr.system-full-squirrelmail-svn", C.SYSTEM_FULL, (
            "stockage insuffisant",
        ), "sitle/squirrelmail-src:locales/locale/fr_FR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's fr_FR RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("fr.server-error-weak-squirrelmail-svn", C.SERVER_ERROR, (
            "la transaction a échoué",
        ), "sitle/squirrelmail-src:locales/locale/fr_FR/LC_MESSAGES/squirrelmail.po", decisive=False),
        # .NET's SmtpStatusCode reference (fr-fr): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("fr.bad-sequence-dotnet-docs", C.BAD_SEQUENCE, (
            "envoyées dans l’ordre incorrect",
        ), "https://learn.microsoft.com/fr-fr/dotnet/api/system.net.mail.smtpstatuscode"),
        # .NET's SmtpStatusCode reference (fr-fr): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("fr.not-implemented-weak-dotnet-docs", C.NOT_IMPLEMENTED, (
            "n’implémente pas la commande spécifiée",
            "n’implémente pas le paramètre de commande",
        ), "https://learn.microsoft.com/fr-fr/dotnet/api/system.net.mail.smtpstatuscode", decisive=False),
        # .NET's SmtpStatusCode reference (fr-fr): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("fr.syntax-error-dotnet-docs", C.SYNTAX_ERROR, (
            "ne reconnaît pas la commande spécifiée",
        ), "https://learn.microsoft.com/fr-fr/dotnet/api/system.net.mail.smtpstatuscode"),
        # .NET's SmtpStatusCode reference (fr-fr): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("fr.auth-required-dotnet-docs", C.AUTH_REQUIRED, (
            "client n’est pas authentifié",
        ), "https://learn.microsoft.com/fr-fr/dotnet/api/system.net.mail.smtpstatuscode"),
        # Geary, when the server refuses the login, asks to check the receiving login and password
        Phrases("fr.auth-failed-geary-receiving", C.AUTH_FAILED, (
            "mot de passe pour la réception",
        ),
                "GNOME/geary:po/fr.po"),
        # fetchmail's "<protocol> connection to <host> failed" (weak, the cause follows elsewhere)
        Phrases("fr.network-error-weak-fetchmail", C.NETWORK_ERROR, ("échec de connexion",),
                "Distrotech/fetchmail:po/fr.po", decisive=False),
        # ezmlm-idx's translated refusals of a post from a non-subscriber (TXT_ONLY_SUBSCRIBERS) and
        # from a poster the owner blocked (TXT_REJECT_POSTS).
        Phrases("fr.sender-rejected-ezmlm", C.SENDER_REJECTED, (
            "seuls les abonnés peuvent poster",
            "configuré pour rejeter vos messages",
        ), "bruceg/ezmlm-idx:lang/fr/messages"),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("fr.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "rejetée par le modérateur",
        ), "jaredmauch/mailman2-python3:templates/fr/refuse.txt"),
        # mlmmj's translated listtexts: the list address is in neither To: nor Cc: (notintocc)
        Phrases("fr.policy-violation-mlmmj", C.POLICY_VIOLATION, (
            "adresse de la liste doit être mise",
        ), "neonkore/MLmmj:listtexts/fr/notintocc"),
        # mlmmj's translated listtexts: the poster's address is not subscribed, and only subscribers
        # may post (subonlypost)
        Phrases("fr.sender-rejected-mlmmj", C.SENDER_REJECTED, (
            "seulement les inscrits peuvent poster",
            "devez être inscrit pour poster",
        ), "neonkore/MLmmj:listtexts/fr/subonlypost"),
        # Sympa's translated reject.tt2 and delivery status notification: the moderator rejected the
        # post, or it was forwarded to the moderators for approval.
        Phrases("fr.policy-violation-sympa", C.POLICY_VIOLATION, (
            "transmis au(x) modérateur",
        ), "sympa-community/sympa:po/sympa/fr.po"),
        # Mailman 2's translated reasons not yet read: a post the moderator deemed inappropriate, the
        # Bcc refusal (implicit destinations not allowed), a suspicious header.
        Phrases("fr.policy-violation-mailman-inappropriate", C.POLICY_VIOLATION, (
            "jugé votre message inapproprié",
            "destinataires implicites ne sont pas autorisés",
            "avait un en-tête douteux",
        ), "jaredmauch/mailman2-python3:messages/fr/LC_MESSAGES/mailman.po"),
        # Mailman 3's notice that a post is held for the moderator.
        Phrases("fr.policy-violation-mailman3-awaits", C.POLICY_VIOLATION, (
            "attend la validation d'un modérateur",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/fr/LC_MESSAGES/mailman.p"
            "o"
        )),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("fr.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "jusqu'à ce que le modérateur",
        ), "jaredmauch/mailman2-python3:templates/fr/postheld.txt"),
        # Sympa's translated send-scenario refusals: distribution in the list not allowed, or restricted
        # (to moderators).
        Phrases("fr.sender-rejected-sympa-distribution", C.SENDER_REJECTED, (
            "diffusion des messages dans la liste est interdite",
        ), "sympa-community/sympa:po/sympa/fr.po"),
        # Sympa's translated refusal of a MIME multipart post.
        Phrases("fr.content-rejected-sympa", C.CONTENT_REJECTED, (
            "messages multipart ne sont pas autorisés",
        ), "sympa-community/sympa:po/sympa/fr.po"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, SpamDetect.py): emergency hold
        # of all list traffic, a header filter rule matched, a post to a moderated newsgroup.
        Phrases("fr.policy-violation-mailman-filter", C.POLICY_VIOLATION, (
            "envoi sur un newsgroup modéré",
            "mise en attente d'urgence",
            "correspondance avec une règle de filtrage",
        ), "jaredmauch/mailman2-python3:messages/fr/LC_MESSAGES/mailman.po"),
        # Mailman 3's list:user:notice:rejected (and refuse) template: the post was rejected, its reasons
        # listed after (weak: a listed reason's own wording decides).
        Phrases("fr.policy-violation-mailman3-rejected", C.POLICY_VIOLATION, (
            "rejeté pour les raisons suivantes",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/templates/fr/list:user:notice:rej"
            "ected.txt"
        ), decisive=False),
        # Mailman 3's list:user:notice:hold template: the post is held for the moderator's approval.
        Phrases("fr.policy-violation-mailman3-hold", C.POLICY_VIOLATION, (
            "en attente de validation par un modérateur",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/templates/fr/list:user:notice:hol"
            "d.txt"
        )),
        # Sympa's translated hint beside a subscribers-only refusal: the poster may be subscribed under
        # another address (weak: alone it only hints that the sender is not a subscriber).
        Phrases("fr.sender-rejected-sympa-other-address", C.SENDER_REJECTED, (
            "abonné à cette liste avec une autre adresse",
        ), "sympa-community/sympa:po/sympa/fr.po", decisive=False),
        # Mailman 3's hold and rejection reasons about the poster: not a member, banned, no valid sender.
        Phrases("fr.sender-rejected-mailman3-core", C.SENDER_REJECTED, (
            "n'est pas d'un membre de la liste",
            "est banni de la liste",
            "n'a pas d'expéditeurs valides",
        ), "osstech-jp/mailman:src/mailman/messages/fr/LC_MESSAGES/mailman.po"),
        # Mailman 3's moderation hold reasons (moderated member, implicit destination, emergency
        # moderation) and its notice that a post awaits the moderator's approval.
        Phrases("fr.policy-violation-mailman3-core", C.POLICY_VIOLATION, (
            "contient de l'administrivia", "correspondu à une règle d'entête", "portail de nouvelles groupées modéré",
            "provient d'un membre modéré",
            "a une destination implicite",
            "modération d'urgence est effective",
        ), "osstech-jp/mailman:src/mailman/messages/fr/LC_MESSAGES/mailman.po"),
        # Mailman 3's hold reason: the post exceeds the list's maximum message size.
        Phrases("fr.message-too-large-mailman3-core", C.MESSAGE_TOO_LARGE, (
            "plus lourd que la taille maximale",
        ), "osstech-jp/mailman:src/mailman/messages/fr/LC_MESSAGES/mailman.po"),
        # Mailman 3's no_subject rule: the post has no subject.
        Phrases("fr.content-rejected-mailman3-core", C.CONTENT_REJECTED, (
            "type de contenu du message a été explicitement refusé", "n'a pas été explicitement accepté",
            "le message n'a pas d'objet",
        ), "osstech-jp/mailman:src/mailman/messages/fr/LC_MESSAGES/mailman.po"),
        # Odoo's mail server test: "Le serveur a refusé l'adresse de l'expéditeur (<from>) avec
        # l'erreur" (The server refused the sender address).
        Phrases("fr.sender-rejected-odoo", C.SENDER_REJECTED, (
            "a refusé l'adresse de l'expéditeur",
        ), "odoo/odoo:odoo/addons/base/i18n/fr/LC_MESSAGES/code.po"),
        # Odoo's mail server test: "Le serveur paraît ne pas prendre en charge SSL, essayer STARTTLS
        # à la place".
        Phrases("fr.tls-required-odoo", C.TLS_REQUIRED, (
            "ne pas prendre en charge ssl",
        ), "odoo/odoo:odoo/addons/base/i18n/fr/LC_MESSAGES/code.po"),
        # Trojitá's SMTP sender (src/MSA/SMTP.cpp), translated: "Cannot send message due to an
        # SSL/TLS error" ("Impossible d'envoyer ce message en raison d'une erreur SSL/TLS").
        Phrases("fr.tls-required-trojita", C.TLS_REQUIRED, (
            "en raison d'une erreur ssl/tls",
        ), "jktjkt/trojita:po/fr/trojita_common.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("fr.tls-required-claws", C.TLS_REQUIRED, (
            "le certificat tls est invalide",
        ), "eworm-de/claws-mail:po/fr.po"),
        # Sylpheed's translated "SSL certificate verify failed" (the server's certificate did not verify).
        Phrases("fr.tls-required-sylpheed-ssl", C.TLS_REQUIRED, (
            "échec de la vérification du certificat ssl",
        ), "sylpheed-mail/sylpheed:po/fr.po"),
        # EspoCRM's 'Invalid credentials.' (Email messages.invalidCredentials), shown when the SMTP server refuses the login
        Phrases("fr.auth-failed-espocrm", C.AUTH_FAILED, (
            "informations d'identification invalides",
        ), "espocrm/espocrm:application/Espo/Resources/i18n/fr_FR/Email.json"),
        # phpList's translated notice that a campaign was suspended because the message is too large
        Phrases("fr.message-too-large-phplist", C.MESSAGE_TOO_LARGE, (
            "taille du message trop importante",
        ), "phpList/phplist3:public_html/lists/admin/locale/fr/phplist.po"),
        # Post SMTP's connectivity test: no outbound route on the port, a firewall between the site and the Internet, no mail service on that port
        Phrases("fr.network-error-post-smtp", C.NETWORK_ERROR, (
            "aucun itinéraire sortant", "mis en place un firewall",
            "ne fournit pas de service sur ce port",
        ), "wpexpertsio/Post-SMTP:Postman/languages/postman-smtp-fr_FR.po"),
        # Zammad's email-channel probe: the login refused for wrong credentials or a wrong user name
        Phrases("fr.auth-failed-zammad", C.AUTH_FAILED, (
            "authentification échouée", "authentification echouée",
        ), "zammad/zammad:i18n/zammad.fr-fr.po"),
        # Zammad's email-channel probe 'Authentication not possible (not offered by the service)': the server offers no AUTH
        Phrases("fr.not-implemented-zammad", C.NOT_IMPLEMENTED, (
            "désactivé par le service tiers",
        ), "zammad/zammad:i18n/zammad.fr-fr.po"),
        # Joomla's French PHPMailer strings (PHPMAILER_*)
        Phrases("fr.auth-failed-joomla", C.AUTH_FAILED, (
            "authentification impossible",
        ), "AFUJ/joomla-cms-fr:language/fr-FR/joomla.ini", decisive=False),
        # Joomla's French PHPMailer strings (PHPMAILER_*)
        Phrases("fr.network-error-joomla", C.NETWORK_ERROR, (
            "connexion à l'hôte smtp impossible", "impossible de connecter par smtp",
        ), "AFUJ/joomla-cms-fr:language/fr-FR/joomla.ini"),
        # Joomla's French PHPMailer strings (PHPMAILER_*)
        Phrases("fr.user-unknown-joomla", C.USER_UNKNOWN, (
            "les adresses des destinataires suivants ont renvoyé une erreur",
        ), "AFUJ/joomla-cms-fr:language/fr-FR/joomla.ini", decisive=False),
        # Joomla's French PHPMailer strings (PHPMAILER_*)
        Phrases("fr.tls-required-joomla", C.TLS_REQUIRED, (
            "impossible de lancer tls",
        ), "AFUJ/joomla-cms-fr:language/fr-FR/joomla.ini"),
        # Joomla's French PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("fr.sender-rejected-joomla15", C.SENDER_REJECTED, (
            "l'adresse d'expédition suivante a échoué",
        ), "bringer/lavuelta:language/fr-FR/fr-FR.ini"),
        # Joomla's French PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("fr.user-unknown-joomla15", C.USER_UNKNOWN, (
            "les adresses des destinataires suivants ont échoué",
        ), "bringer/lavuelta:language/fr-FR/fr-FR.ini", decisive=False),
        # Joomla 3's French PHPMailer strings (PHPMAILER_*)
        Phrases("fr.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "l'adresse d'expédition suivante a renvoyé une erreur",
        ), "cuongnd/banhangonline88_joomla:language/fr-CA/fr-CA.ini"),
        # phpBB's French messenger errors: no connection to the SMTP host
        Phrases("fr.network-error-phpbb", C.NETWORK_ERROR, (
            "échec de la connexion au serveur smtp",
        ), "qiaeru/phpbb-language-fr:language/fr/common.php"),
        # phpBB's French messenger errors: no supported AUTH method
        Phrases("fr.auth-failed-phpbb", C.AUTH_FAILED, (
            "aucune méthode d'authentification n'est prise en charge",
        ), "qiaeru/phpbb-language-fr:language/fr/common.php"),
        # LWS's help on dormant addresses: an address unread for 90 days is "suspendue pour
        # inactivité".
        Phrases("fr.mailbox-disabled-lws-inactivity", C.MAILBOX_DISABLED, ("suspendue pour inactivité",),
                "https://help.lwspanel.com/base/Email/Controle-Suivi-Adresses-Email/Pourquoi-ma-boite-email-est-suspendue"),
        # Falconyte's French guide to SMTP 554: "Problèmes de réputation : L'adresse IP de votre
        # serveur a une mauvaise réputation".
        Phrases("fr.reputation-falconyte", C.REPUTATION, ("a une mauvaise réputation",),
                "https://falconyte.com/fr/help/smtp-errors/554-transaction-failed"),
        # Mailpro's guide to common SMTP errors: 5.7.26, the receiving server "ne peut pas vérifier
        # le domaine de l'expéditeur" (SPF, DKIM, DMARC).
        Phrases("fr.sender-unauthenticated-mailpro", C.SENDER_UNAUTHENTICATED, (
            "ne peut pas vérifier le domaine de l'expéditeur",
        ), "https://fr.mailpro.com/blog/erreurs-smtp-courantes"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("fr.rate-limited-sogo", C.RATE_LIMITED, (
            "envoyé trop de courriels",
        ), "Alinto/sogo:UI/MailerUI/French.lproj/Localizable.strings"),
        # Apple's French help on Mail Drop: attachments not sent when too many messages were sent or the maximum number of recipients exceeded.
        Phrases("fr.rate-limited-icloud-maildrop", C.RATE_LIMITED, (
            "envoyé un trop grand nombre de messages",
        ), "https://support.apple.com/fr-mg/108329"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        Phrases("fr.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "limite de débit maximale pour tous les destinataires",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR:AlchemyInsights/need-help-with-email-sending-limits.md"),
        # MailScanner's spam bounce (sender.spam.report): unsolicited mail refused, the spam detector did not like it.
        Phrases("fr.spam-content-mailscanner-uce", C.SPAM_CONTENT, (
            "courriel non sollicité",
            "détecteur de polluriel",
        ), _MAILSCANNER + "sender.spam.report.txt"),
        # Kopano spooler's NDR text (spooler/Spooler.cpp), translated: a fatal error while processing the message, Kopano cannot send it.
        Phrases("fr.server-error-kopano", C.SERVER_ERROR, (
            "une erreur fatale est survenue lors du traitement de votre message",
        ), "Kopano-dev/kopano-core:po/fr.po"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("fr.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("connexion au serveur",),
            ("réinitialisée", "interrompue"),
        ), "thunderbird/thunderbird-l10n:fr/mail/chrome/messenger/messenger.properties", window=60),
        # CiviCRM's French user guide on bounces: "la boite de réception du destinataire est
        # pleine et ne peut temporairement plus accepter de messages"; a mailbox ("boîte") that is
        # full, saturated or out of storage.
        Together("fr.together-mailbox-full", C.MAILBOX_FULL,
                 (("boîte",), ("plein", "saturé", "stockage")),
                 "ziako/civicrm-user-guide:docs/email/maintaining-healthy-email-lists.md", window=50),
        # Adobe Campaign's French docs on delivery failures, "Compte désactivé": "Le compte associé
        # à l'adresse n'est plus actif ... il peut fermer le compte de l'utilisateur ... Si le compte
        # est temporairement désactivé"; an account or mailbox disabled, suspended or inactive.
        Together("fr.together-mailbox-disabled", C.MAILBOX_DISABLED,
                 (("compte", "boîte aux lettres"),
                  ("désactivé", "suspendu", "n'est plus actif", "inactif", "fermé")),
                 "AdobeDocs/campaign.fr-FR:help/v8/send/delivery-failures.md"),
        # Microsoft's French help on 5.1.10: "L'adresse de courrier à laquelle vous avez envoyé
        # votre message n'existe pas ou est introuvable"; an address, recipient or user that does
        # not exist or cannot be found.
        Together("fr.together-user-unknown", C.USER_UNKNOWN,
                 (("adresse de courrier", "adresse e-mail", "adresse email", "adresse électronique",
                   "adresse courriel", "adresse du destinataire", "destinataire", "utilisateur"),
                  ("n'exist", "introuvable")),
                 "https://support.office.com/fr-fr/article/Corriger-les-probl%C3%A8mes-de-remise-des-"
                 "courriers-%C3%A9lectroniques-pour-le-code-d-erreur-5-1-10-dans-Office-365-"
                 "5a04a25a-a34f-476b-afc6-007fb92f86a1", window=65),
        # arobase.org's school of bounce errors ("le domaine ou la machine n'existent pas", the
        # right-hand side of the address), jouwweb's French help ("le nom de domaine et la
        # messagerie n'existent plus") and Adobe Campaign's "Domaine invalide" ("Le domaine de
        # l'adresse email est erroné ou n'existe plus"): the domain itself (not a user in it)
        # that does not exist or resolve.
        Together("fr.together-host-unknown", C.HOST_UNKNOWN,
                 (("domaine de l'adresse", "domaine du destinataire", "domaine de destination",
                   "nom de domaine", "le domaine est", "le domaine n'", "la machine", "hôte"),
                  ("n'exist", "résolu", "introuvable", "erroné")),
                 _AROBASE),
        # Exchange Online's French NDR help on the submission quota: "vous avez dépassé la limite
        # de taux de destinataires (10 000 destinataires par jour)"; a limit or quota per day,
        # hour or minute; also Google's French help on Gmail sending limits ("Vous avez atteint
        # une des limites relatives à l'envoi d'e-mails").
        Together("fr.together-rate-limited", C.RATE_LIMITED,
                 (("limite", "quota", "nombre maximal"),
                  ("par jour", "par heure", "par minute", "de taux", "quotidien", "envoi d'e-mails",
                   "envoi gmail")),
                 _MS_QUOTA),
        # Koumbit's French help on four common mail problems: "si un courriel contient des pièces
        # jointes dont la taille totale dépasse 10 megs, il risque d'être bloqué", "Les pièces
        # jointes trop grosses"; the size of a message or its attachments over the limit.
        Together("fr.together-message-too-large", C.MESSAGE_TOO_LARGE,
                 (("pièce jointe", "pièces jointes", "taille du message", "taille de votre message",
                   "taille totale", "taille du courriel", "taille de l'e-mail"),
                  ("dépasse", "trop gros", "trop volumineu", "supérieure à", "excède")),
                 "https://koumbit.org/fr/content/quatre-problemes-frequents"),
        # Microsoft's French Alchemy Insights note on 550 5.7.511 ("IP bloqué pour l'envoi d'un trop
        # de courrier indésirable", "la liste des expéditeurs bloqués"); a sending IP or sender that
        # is blocked, banned or on a block list.
        Together("fr.together-blocklisted", C.BLOCKLISTED,
                 (("adresse ip", "ip", "expéditeur", "serveur d'envoi"),
                  ("bloqué", "liste noire", "liste de blocage", "banni")),
                 "isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR:AlchemyInsights/ip-blocked-for-sending-too-much-spam-550-5-7-51.md"),
        # Sympa's French reject.tt2 ("Votre message pour la liste %1@%2 a été rejeté par %3,
        # modérateur de la liste"): the moderator's name stands between the refusal and the word.
        Together("fr.together-policy-violation-moderator", C.POLICY_VIOLATION, (
            ("rejeté", "refusé"),
            ("modérateur",),
        ), "sympa-community/sympa:po/sympa/fr.po", window=60),
        # msmtp's translated "envelope from address <address> not accepted by the server", the
        # address between the words.
        Together("fr.together-sender-rejected-msmtp", C.SENDER_REJECTED, (
            ("adresse d'expéditeur d'enveloppe",),
            ("n'est pas acceptée",),
        ), "marlam/msmtp:po/fr.po", window=100),
    ),
)
