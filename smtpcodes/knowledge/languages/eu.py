"""Basque (eu): the Basque SMTP error wording of mail clients, webmails and list managers that
show or quote a server's refusal. Sources: Thunderbird's composeMsgs.properties
(thunderbird/thunderbird-l10n), Roundcube's messages.inc, Evolution's camel-smtp and RFC 5321
reply texts (GNOME/evolution-data-server po/), Balsa's, Sylpheed's and Geary's send errors and
Mailman 2's hold and rejection reasons.
Also: Mailspring's, SOGo's, Zimbra's, Nextcloud Mail's, FairEmail's, Thunderbird for Android's,
Delta Chat's and IMP's translated send, account and login errors.
Also: Joomla 3's PHPMailer strings in this language (PHPMAILER_*), as web
applications show them.
Also: the mail clients' translation files named at each entry."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_TB_L10N = (
    "thunderbird/thunderbird-l10n:eu/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)
_RC_L10N = "roundcube/roundcubemail:program/localization/eu_ES/messages.inc"
_EVO_PO = "GNOME/evolution-data-server:po/eu.po"
_BALSA_PO = "GNOME/balsa:po/eu.po"
_SYLPHEED_PO = "sylpheed-mail/sylpheed:po/eu.po"
_GEARY_PO = "GNOME/geary:po/eu.po"
_MAILMAN_PO = "jaredmauch/mailman2-python3:messages/eu/LC_MESSAGES/mailman.po"

LANGUAGE = Language(
    code="eu",
    name="Basque",
    phrases=(
        # Mutt's authentication errors (po/): anonymous, CRAM-MD5, GSSAPI, SASL or APOP
        # authentication failed, LOGIN disabled on the server, login failed.
        Phrases("eu.auth-failed-mutt-po", C.AUTH_FAILED, (
            "autentifikatzeak huts egin du", "saio astea ezgaiturik", "huts saioa hasterakoan",
        ), "muttmua/mutt:po/eu.po"),
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write.
        Phrases("eu.network-error-mutt-po", C.NETWORK_ERROR, (
            "konexioa itxia", "ostalaria aurkitu", "zerbitzariak konexioa itxi du",
            "errorea zerbitzariarekin konektatzerakoan", "smtp saioak huts egin du",
        ), "muttmua/mutt:po/eu.po"),
        # Mutt's TLS errors (po/): TLS could not be negotiated, no encrypted connection, SSL
        # failed, the server certificate expired, untrusted or not matching the host name, its
        # verification failed.
        Phrases("eu.tls-required-mutt-po", C.TLS_REQUIRED, (
            "ezin da tls konexioa negoziatu", "enkriptaturiko konexioa ez da erabilgarria",
            "ssl hutsa", "ziurtagiria iraungi egin da", "ez da ziurtagiriko berdina",
            "ezin da ziurtagiria jaso", "ziurtagiria egiaztapen errorea",
        ), "muttmua/mutt:po/eu.po"),
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("eu.auth-failed-weak-kimap", C.AUTH_FAILED, (
            "saio-hastea huts egin du",
        ), "KDE/kimap:po/eu/libkimap6.po", decisive=False),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("eu.tls-required-kimap", C.TLS_REQUIRED, (
            "ssl bostekoa estutzea huts egin du",
        ), "KDE/kimap:po/eu/libkimap6.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("eu.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "ezin da zerbitzaria aurkitu",
        ), ("thunderbird/thunderbird-l10n:eu/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # KDE's Akonadi POP3 resource (kdepim-runtime): an SSL/TLS error.
        Phrases("eu.tls-required-kdepim", C.TLS_REQUIRED, (
            "ssl/tls errorea",
        ), "KDE/kdepim-runtime:po/eu/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("eu.network-error-kdepim", C.NETWORK_ERROR, (
            "zerbitzariarekin konektatu ezinik", "zerbitzariak konexioa bukatu du",
            "zerbitzariak konexioa berehala bukatu du", "zerbitzariaren denbora-muga gainditu da",
            "zerbitzariaren konexioa hautsi da", "ez da imap zerbitzarira konektatzeko gai",
            "ez da zerbitzariarekin konektatzeko gai", "zerbitzaritik deskonektatu da",
            "saio-hastean deskonektatu da",
        ), "KDE/kdepim-runtime:po/eu/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime): an error during authentication, unable
        # to log in to the server.
        Phrases("eu.auth-failed-kdepim", C.AUTH_FAILED, (
            "autentifikazio garaian errore bat gertatu da", "zerbitzarian saio-hasi ezinik",
        ), "KDE/kdepim-runtime:po/eu/akonadi_pop3_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("eu.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "zerbitzaria ez dago erabilgarri",
        ), "KDE/kdepim-runtime:po/eu/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("eu.tls-required-glib-networking", C.TLS_REQUIRED, (
            "tls ziurtagiria behar du", "onartu gabeko tls ziurtagiria",
            "ezin izan da tls konexioa sortu", "tls diosala", "tls konexioa ustekabean itxi da",
            "ez du ziurtagiria bidali", "tls abisu larria", "tls ziurtagiri-emaile onartezina",
        ), "GNOME/glib-networking:po/eu.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("eu.network-error-glib-networking", C.NETWORK_ERROR, (
            "socketaren denbora-muga gaindituta", "konexioa etenda dago",
        ), "GNOME/glib-networking:po/eu.po"),
        # Thunderbird's connection errors (messenger.properties): the connection failed or
        # refused.
        Phrases("eu.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "zerbitzarira konektatzeak", "konexioa ukatu egin da",
        ), "thunderbird/thunderbird-l10n:eu/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the server disconnected.
        Phrases("eu.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "deskonektatu egin da",
        ), "thunderbird/thunderbird-l10n:eu/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): a TLS error that cannot be
        # overridden.
        Phrases("eu.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "baliogabetu ezin den tls errorea",
        ), "thunderbird/thunderbird-l10n:eu/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): encrypted or plain-text passwords or
        # the method not supported, the Kerberos/GSSAPI ticket refused (POP3 alike).
        Phrases("eu.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "zifratutako pasahitzak onartzen", "ez du testu arrunteko pasahitzik onartzen",
            "kerberos/gssapi tiketa ez du onartu",
            "ez du hautatutako autentifikazio metodoa onartzen",
        ), "thunderbird/thunderbird-l10n:eu/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("eu.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "erabiltzailearen pasahitza bidaltzean",
        ), "thunderbird/thunderbird-l10n:eu/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("eu.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "ezin da tls konexioa ezarri",
        ), "thunderbird/thunderbird-l10n:eu/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird: the outgoing server refused the credentials or the chosen mechanism.
        Phrases("eu.auth-failed-thunderbird", C.AUTH_FAILED, (
            "smtp zerbitzariarekin autentifikatu",
            "ez du hautatutako autentifikazio-metodoa onartzen",
            "ez du kerberos/gssapi tiketa onartu",
            "ez ditu pasahitzak testu garbian onartzen",
            "ez du enkriptatutako pasahitzentzako euskarririk",
        ), _TB_L10N),
        # Thunderbird: the number of recipients was over the server's limit.
        Phrases("eu.rate-limited-thunderbird", C.RATE_LIMITED, (
            "baimendutako hartzaile kopurua gainditzeagatik",
        ), _TB_L10N),
        # Thunderbird: the message is over the server's size limit.
        Phrases("eu.message-too-large-thunderbird", C.MESSAGE_TOO_LARGE, (
            "mezuaren tamainak zerbitzariaren muga gainditzen du",
        ), _TB_L10N),
        # Thunderbird: the connection to the outgoing server failed, was lost or timed out; the
        # server is unknown or misconfigured.
        Phrases("eu.network-error-thunderbird", C.NETWORK_ERROR, (
            "zerbitzariaren konexioak huts egin duelako",
            "konexioa transakzioaren erdian galdu delako",
            "konexioa denboraz kanpo geratu delako",
            "zerbitzaria gaizki konfiguratuta egon daiteke",
        ), _TB_L10N),
        # Thunderbird: STARTTLS was asked for but the server does not announce it.
        Phrases("eu.tls-required-thunderbird", C.TLS_REQUIRED, (
            "ezin da lotura segurua ezarri",
        ), _TB_L10N),
        # Thunderbird: the envelope sender (From:) or the sending identity was refused; the MAIL
        # FROM reply with a hint to check the account's address; the identity and authentication
        # used for sending (the server's own reply decides where it names a reason).
        Phrases("eu.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "bidaltzailearen helbidea (nork:) ez zen baliozkoa",
            "bidaltzailearen identitatea ez zen baliozkoa",
            "egiaztatu zure helbide elektronikoa zuzena dela",
            "bidalketa identitate egokia erabiltzen ari zarela",
        ), _TB_L10N, decisive=False),
        # Thunderbird: the server's answer to CLIENTID says this device may not send mail.
        Phrases("eu.policy-violation-thunderbird-clientid", C.POLICY_VIOLATION, (
            "zure gailuak ez duela baimenik mezuak bidaltzeko",
        ), _TB_L10N),
        # Thunderbird: non-ASCII local part and a server without SMTPUTF8.
        Phrases("eu.content-rejected-thunderbird", C.CONTENT_REJECTED, (
            "zure zerbitzariak ez du smtputf8 euskarririk",
        ), _TB_L10N),
        # Roundcube's SMTP errors: connection, authentication, sender, Unicode address, size,
        # recipient limit, minimum interval between messages.
        Phrases("eu.network-error-roundcube", C.NETWORK_ERROR, (
            "zerbitzariarekiko konexioak huts egin du",
            "zerbitzaria atzitzeak huts egin du",
        ), _RC_L10N),
        Phrases("eu.auth-failed-roundcube", C.AUTH_FAILED, (
            "egiaztapenak huts egin du",
        ), _RC_L10N),
        Phrases("eu.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "bidaltzailearen ezartzeak huts egin du",
        ), _RC_L10N, decisive=False),
        Phrases("eu.content-rejected-roundcube", C.CONTENT_REJECTED, (
            "ez du unicode onartzen posta-helbidean",
        ), _RC_L10N),
        Phrases("eu.message-too-large-roundcube", C.MESSAGE_TOO_LARGE, (
            "mezu baten gehienezko tamaina",
            "zerbitzariak ezarritako muga",
        ), _RC_L10N),
        Phrases("eu.rate-limited-roundcube", C.RATE_LIMITED, (
            "hartzaile gehiegi",
            "segundo mezua bidali aurretik",
        ), _RC_L10N),
        # Evolution's translations of the RFC 5321 reply texts and of camel-smtp's errors.
        Phrases("eu.user-unknown-evolution", C.USER_UNKNOWN, (
            "postontzia ez dago erabilgarri",
            "postontzi-izena ez da onartu",
            "erabiltzaile bat edo gehiago baliogabeak dira",
        ), _EVO_PO, decisive=False),
        Phrases("eu.has-moved-evolution", C.HAS_MOVED, (
            "erabiltzailea ez da lokala",
        ), _EVO_PO),
        Phrases("eu.mailbox-full-evolution", C.MAILBOX_FULL, (
            "biltegi-esleipena gaindituta",
        ), _EVO_PO),
        Phrases("eu.system-full-evolution", C.SYSTEM_FULL, (
            "sistema-biltegia ez da nahikoa",
        ), _EVO_PO),
        Phrases("eu.server-error-evolution", C.SERVER_ERROR, (
            "errorea prozesatzean",
        ), _EVO_PO, decisive=False),
        Phrases("eu.syntax-error-evolution", C.SYNTAX_ERROR, (
            "sintaxi-errorea",
        ), _EVO_PO, decisive=False),
        Phrases("eu.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "komandoa inplementatu gabe",
            "komando-parametroa inplementatu gabe",
        ), _EVO_PO, decisive=False),
        Phrases("eu.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "zerbitzua ez dago erabilgarri",
        ), _EVO_PO, decisive=False),
        Phrases("eu.auth-failed-evolution", C.AUTH_FAILED, (
            "autentifikazio-mekanismoa ahulegia da",
            "aldi baterako autentifikazioak huts egin du",
            "pasahitz-trantsizioa behar da",
            "zerbitzariak autentifikazio-erantzun txarra eman du",
            "autentifikazioa ez da onartzen",
            "autentifikazioa onartzen",
        ), _EVO_PO),
        Phrases("eu.auth-required-evolution", C.AUTH_REQUIRED, (
            "autentifikazioa behar da",
        ), _EVO_PO),
        Phrases("eu.tls-required-evolution", C.TLS_REQUIRED, (
            "beharrezkoa du zifratzea",
            "starttls komandoak huts egin du",
            "starttls ez da onartzen",
        ), _EVO_PO),
        Phrases("eu.sender-rejected-evolution", C.SENDER_REJECTED, (
            "bidaltzailearen helbidea ez da baliozkoa",
        ), _EVO_PO, decisive=False),
        # Balsa's SMTP client errors (libnetclient, libbalsa/send.c).
        Phrases("eu.auth-failed-balsa", C.AUTH_FAILED, (
            "ez dago autentifikazio-mekanismo egokirik",
            "ez da ezagutzen autentifikatzeko modurik",
            "gssapi autentifikazioak huts egin du",
            "autentifikazio-hutsegitea",
        ), _BALSA_PO),
        Phrases("eu.network-error-balsa", C.NETWORK_ERROR, (
            "smtp zerbitzaria atzitu",
            "smtp zerbitzaria konektatzeak",
        ), _BALSA_PO),
        Phrases("eu.network-error-weak-balsa", C.NETWORK_ERROR, (
            "konexioa galdu da",
        ), _BALSA_PO, decisive=False),
        Phrases("eu.tls-required-balsa", C.TLS_REQUIRED, (
            "urruneko zerbitzariak ez du onartzen starttls",
            "tls behar da baina ez dago erabilgarri",
            "tls negoziazioak huts egin du",
        ), _BALSA_PO),
        # Sylpheed's SMTP session errors: authentication, SMTP AUTH missing, connection, TLS.
        Phrases("eu.auth-failed-sylpheed", C.AUTH_FAILED, (
            "egiaztapen hutsegitea",
            "akatsa gertatu da egiaztatzerakoan",
            "smtp egiazt ez dago eskuragarri",
        ), _SYLPHEED_PO),
        Phrases("eu.network-error-sylpheed", C.NETWORK_ERROR, (
            "ezin da smtp zerbitzarira elkarketatu",
            "elkarketa hurruneko hostalariak itxita",
            "saioa epezkanpo",
            "smtp zerbitzaria ez da aurkitu",
        ), _SYLPHEED_PO),
        Phrases("eu.tls-required-sylpheed", C.TLS_REQUIRED, (
            "ezin da tls saioa hasi",
        ), _SYLPHEED_PO),
        # Geary's account problems: wrong sending login, no connection, a bad server certificate.
        Phrases("eu.auth-failed-geary", C.AUTH_FAILED, (
            "mezuak bidaltzeko saio-hasiera eta pasahitza",
            "saio-haste edo pasahitz oker",
        ), _GEARY_PO),
        Phrases("eu.network-error-geary", C.NETWORK_ERROR, (
            "ezin da konektatu, egiaztatu zure sarea",
        ), _GEARY_PO),
        Phrases("eu.tls-required-geary", C.TLS_REQUIRED, (
            "ez du sinatu ziurtagiri-emaile ezagun batek",
            "zerbitzariaren nortasuna ez dator bat",
            "zerbitzariaren ziurtagiria iraungi egin da",
        ), _GEARY_PO),
        # Mailman 2's refusals of a poster: forbidden, not a member.
        Phrases("eu.sender-rejected-mailman", C.SENDER_REJECTED, (
            "ez duzu zerredara mezurik bidaltzeko baimenik",
            "zerrendakide ez denak zerrendakideentzat bakarrik",
            "ez dute zerrendara mezuak bidaltzeko baimenik",
        ), _MAILMAN_PO),
        # Mailman 2: the post is over the list's size limit.
        Phrases("eu.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "mezua handiegia da",
        ), _MAILMAN_PO),
        # Mailman 2: too many recipients.
        Phrases("eu.rate-limited-mailman", C.RATE_LIMITED, (
            "hartzaile gehiegi du",
        ), _MAILMAN_PO),
        # Mailman 2's content filter: a disallowed content type or file extension, an empty message.
        Phrases("eu.content-rejected-mailman", C.CONTENT_REJECTED, (
            "mezuaren eduki tipoa",
            "mezuaren fitxategiaren luzapen hori",
            "mezuaren artxibo luzepena",
            "edukia iragazi ondoren mezua hutsik dago",
        ), _MAILMAN_PO),
        # Mailman 2's holds: a moderated list, an implicit destination, administrivia, a restricted
        # list, a suspicious header, the moderator's refusal, an emergency hold, a filter rule.
        Phrases("eu.policy-violation-mailman", C.POLICY_VIOLATION, (
            "moderatutako berri-talde", "kopia ezkutu",
            "bidal zerrenda moderatura",
            "ez dago garbi mezua zerrenda honetarako ote den",
            "eskaera administratiboak izan ditzake",
            "moderatzaileen onespena behar dute",
            "mezuak goiburu susmagarria du",
            "moderatzaileran ustez desegokia da",
            "trafiko guztiaren larrialdiko blokeoa",
            "iragazki erregela batekin bat egiteagatik",
        ), _MAILMAN_PO),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("eu.auth-failed-mailspring", C.AUTH_FAILED, (
            "autentifikazio errorea",
            "ez du oinarrizko erabiltzaile-izena edo pasahitz-autentifikazioa onartzen",
            "ezin du autentifikatu",
        ), "Foundry376/Mailspring:app/lang/eu.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("eu.auth-required-mailspring", C.AUTH_REQUIRED, (
            "autentifikazioa beharrezkoa da",
        ), "Foundry376/Mailspring:app/lang/eu.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("eu.network-error-mailspring", C.NETWORK_ERROR, (
            "ezin izan zara emandako zerbitzari / ataka konektatu",
        ), "Foundry376/Mailspring:app/lang/eu.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("eu.tls-required-mailspring", C.TLS_REQUIRED, (
            "starttls ez dago erabilgarri",
            "tls ez dago erabilgarri",
        ), "Foundry376/Mailspring:app/lang/eu.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("eu.relay-denied-mailspring", C.RELAY_DENIED, (
            "smtp zerbitzariak ez luke erantzun mezu",
        ), "Foundry376/Mailspring:app/lang/eu.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("eu.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "onartzen ez duen eranskin",
        ), "Foundry376/Mailspring:app/lang/eu.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("eu.rate-limited-mailspring", C.RATE_LIMITED, (
            "banda zabalera gainditu da",
            "eguneroko bidalketaren muga gainditu",
        ), "Foundry376/Mailspring:app/lang/eu.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("eu.spam-content-mailspring", C.SPAM_CONTENT, (
            "irteerako spam iragazkiak blokeatu du",
        ), "Foundry376/Mailspring:app/lang/eu.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("eu.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "kontu aktibo gehiegi daude",
        ), "Foundry376/Mailspring:app/lang/eu.json"),
        # SOGo's send errors: every recipient or some recipients refused by the SMTP server; the SMTP connection failed.
        Phrases("eu.user-unknown-sogo", C.USER_UNKNOWN, (
            "jasotzaile guztiak baliogabeak dira",
            "ondorengo jasotzaileak ez dira baliozkoak",
        ), "Alinto/sogo:UI/MailerUI/Basque.lproj/Localizable.strings"),
        # SOGo's send errors: every recipient or some recipients refused by the SMTP server; the SMTP connection failed.
        Phrases("eu.network-error-sogo", C.NETWORK_ERROR, (
            "errorea smtp zerbitzarira konektatzean",
        ), "Alinto/sogo:UI/MailerUI/Basque.lproj/Localizable.strings"),
        # Zimbra web client's translated errors (ZMsg): the server cannot be reached, timed out or too many hops; wrong credentials; no such account; the message over the size limit; invalid addresses.
        Phrases("eu.network-error-zimbra", C.NETWORK_ERROR, (
            "ezin da konektatu zerbitzariarekin",
            "konexio gehiegi zerbitzarien artean",
            "errore bat sortu da itxarote-denboran",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_eu.properties"),
        # Zimbra web client's translated errors (ZMsg): the server cannot be reached, timed out or too many hops; wrong credentials; no such account; the message over the size limit; invalid addresses.
        Phrases("eu.auth-failed-zimbra", C.AUTH_FAILED, (
            "erabiltzaile-izena edo pasahitza ez dira zuzenak",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_eu.properties"),
        # Zimbra web client's translated errors (ZMsg): the server cannot be reached, timed out or too many hops; wrong credentials; no such account; the message over the size limit; invalid addresses.
        Phrases("eu.user-unknown-zimbra", C.USER_UNKNOWN, (
            "kontua ez dago",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_eu.properties", decisive=False),
        # Zimbra web client's translated errors (ZMsg): the server cannot be reached, timed out or too many hops; wrong credentials; no such account; the message over the size limit; invalid addresses.
        Phrases("eu.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, (
            "onartutako gehienezko tamaina gainditzen baitu",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_eu.properties"),
        # Zimbra web client's translated errors (ZMsg): the server cannot be reached, timed out or too many hops; wrong credentials; no such account; the message over the size limit; invalid addresses.
        Phrases("eu.user-unknown-zimbra-address", C.USER_UNKNOWN, (
            "helbide bat edo gehiago ez baitira baliozkoak",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_eu.properties", decisive=False),
        # FairEmail's account legends: authentication failed (weak: the server's own reply decides).
        Phrases("eu.auth-failed-weak-fairemail-legend", C.AUTH_FAILED, (
            "autentifikazioak huts egin du",
        ), "M66B/FairEmail:app/src/main/res/values-eu-rES/strings.xml", decisive=False),
        # FairEmail: no (suitable) internet connection (weak).
        Phrases("eu.network-error-weak-fairemail", C.NETWORK_ERROR, (
            "internet konexiorik ez",
        ), "M66B/FairEmail:app/src/main/res/values-eu-rES/strings.xml", decisive=False),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the connection failed; the SMTP credentials were refused.
        Phrases("eu.network-error-nextcloud-mail", C.NETWORK_ERROR, (
            "smtp zerbitzaria ezin da atzitu",
            "smtp konexioak huts egin du",
        ), "nextcloud/mail:l10n/eu.json"),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the connection failed; the SMTP credentials were refused.
        Phrases("eu.auth-failed-nextcloud-mail", C.AUTH_FAILED, (
            "smtp erabiltzaile edo pasahitza txarto dago",
        ), "nextcloud/mail:l10n/eu.json"),
        # Sylpheed's SMTP session errors: the session timed out, the server not found, an error during authentication.
        Phrases("eu.network-error-sylpheed-session", C.NETWORK_ERROR, (
            "elkarketatzerakoan",
        ), "sylpheed-mail/sylpheed:po/eu.po", decisive=False),
        # Thunderbird for Android (K-9) legends: a connection or network error (weak: the server's own reply decides).
        Phrases("eu.network-error-weak-thunderbird-android", C.NETWORK_ERROR, (
            "konexio errorea",
            "sarearen errorea",
            "sareko errorea",
        ), (
            "thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-eu/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-eu/strings.xml; thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-eu/strings.xml"
        ), decisive=False),
        # Thunderbird for Android (K-9) notification: a certificate error (weak).
        Phrases("eu.tls-required-weak-thunderbird-android", C.TLS_REQUIRED, (
            "ziurtagiri errorea",
        ), (
            "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-eu/strings.xml"
        ), decisive=False),
        # Delta Chat cannot log in and asks to check the address and the password.
        Phrases("eu.auth-failed-deltachat", C.AUTH_FAILED, (
            "bezala saioa hasi",
        ), "deltachat/deltachat-android:src/main/res/values-eu/strings.xml"),
        # Delta Chat reports no internet connection (and so a failed login).
        Phrases("eu.network-error-deltachat", C.NETWORK_ERROR, (
            "ez dago internet konexiorik",
        ), "deltachat/deltachat-android:src/main/res/values-eu/strings.xml"),
        # IMP webmail's translated recipient-limit refusal: not allowed to send to more than %d recipients (within %d hours).
        Phrases("eu.rate-limited-imp", C.RATE_LIMITED, (
            "hartzaile baino gehiagori mezuak bidaltzeko",
        ), "horde/imp:locale/eu/LC_MESSAGES/imp.po"),
        # Joomla 3's Basque PHPMailer strings (PHPMAILER_*)
        Phrases("eu.auth-failed-joomla3", C.AUTH_FAILED, (
            "ezin da autentifikatu",
        ), "cuongnd/banhangonline88_joomla:language/eu-ES/eu-ES.ini"),
        # Joomla 3's Basque PHPMailer strings (PHPMAILER_*)
        Phrases("eu.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "ondorengo nondik helbideak huts egin du",
        ), "cuongnd/banhangonline88_joomla:language/eu-ES/eu-ES.ini"),
        # Joomla 3's Basque PHPMailer strings (PHPMAILER_*)
        Phrases("eu.user-unknown-joomla3", C.USER_UNKNOWN, (
            "ondorengo hartzaileek huts egin dute",
        ), "cuongnd/banhangonline88_joomla:language/eu-ES/eu-ES.ini", decisive=False),
        # Joomla 3's Basque PHPMailer strings (PHPMAILER_*)
        Phrases("eu.network-error-joomla3", C.NETWORK_ERROR, (
            "ezin da smtp zerbitzariarekin konektatu", "konexioan huts egin da",
        ), "cuongnd/banhangonline88_joomla:language/eu-ES/eu-ES.ini"),
        # Joomla 3's Basque PHPMailer strings (PHPMAILER_*)
        Phrases("eu.tls-required-joomla3", C.TLS_REQUIRED, (
            "ezin da tls hasieratu",
        ), "cuongnd/banhangonline88_joomla:language/eu-ES/eu-ES.ini"),
        # Balsa's TLS failures (TLS required but unavailable, negotiation failed, certificate expired, revoked, unknown signing authority, broken).
        Phrases("eu.tls-required-balsa-po", C.TLS_REQUIRED, (
            "tls ziurtagiri hautsia",
            "sinaduraren ziurtagiri-emailea ez da ezaguna",
            "ziurtagiria errebokatu da",
            "ziurtagiria iraungi da",
        ), "GNOME/balsa:po/eu.po"),
        # Balsa's 'the server does not offer the SMTP service at port 465, 587 or 25'.
        Phrases("eu.service-unavailable-balsa-po", C.SERVICE_UNAVAILABLE, (
            "zerbitzariak ez du smtp zerbitzurik eskaintzen",
        ), "GNOME/balsa:po/eu.po"),
        # Balsa's 'user name and password required'.
        Phrases("eu.auth-required-balsa-po", C.AUTH_REQUIRED, (
            "erabiltzaile-izena eta pasahitza behar dira",
        ), "GNOME/balsa:po/eu.po"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("eu.tls-required-k9-check", C.TLS_REQUIRED, (
            "ssl ziurtagiri baliogabe",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-eu/strings.xml"),
        # K-9 Mail's account-setup check: cannot connect to server.
        Phrases("eu.network-error-k9-check", C.NETWORK_ERROR, (
            "ezin zerbitzarira konektatu",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-eu/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("eu.auth-failed-k9-check", C.AUTH_FAILED, (
            "erabiltzaile izen edo pasahitz okerrak",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-eu/strings.xml"),
        # Geary's server-certificate problems (expired, revoked, not activated, unknown authority, insecure, identity mismatch).
        Phrases("eu.tls-required-geary-po", C.TLS_REQUIRED, (
            "zerbitzariaren ziurtagiria",
        ), "GNOME/geary:po/eu.po"),
        # Geary's login problems: check your sending / receiving login and password; an account reported an incorrect login or password.
        Phrases("eu.auth-failed-geary-po", C.AUTH_FAILED, (
            "saio-hasiera eta pasahitza",
        ), "GNOME/geary:po/eu.po"),
        # SnappyMail's 'Invalid recipients' notification (the RCPT refusal it shows).
        Phrases("eu.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "ez-baliozko hartzaileak",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/eu/user.json", decisive=False),
        # SnappyMail's 'Can't connect to server' notification.
        Phrases("eu.network-error-snappymail", C.NETWORK_ERROR, (
            "ezin da zerbitzarira konektatu",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/eu/user.json"),
        # SnappyMail's bare 'Authentication failed' notification.
        Phrases("eu.auth-failed-weak-snappymail", C.AUTH_FAILED, (
            "autentikazio errorea",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/eu/user.json", decisive=False),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("eu.auth-required-kmail", C.AUTH_REQUIRED, (
            "erabiltzaile-izen eta pasahitz bat eman behar dituzu",
        ), "KDE/kmailtransport:po/eu/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("eu.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "ez du autentifikazio euskarririk",
        ), "KDE/kmailtransport:po/eu/libmailtransport6.po"),
        # Mutt's translated SMTP client errors (po/): could not connect; the server closed the connection; SMTP session failed with a read or write error.
        Phrases("eu.network-error-mutt", C.NETWORK_ERROR, (
            "smtp saioak huts egin du: irakurketa errorea",
            "smtp saioak huts egin du: idazketa errorea",
        ), "muttmua/mutt:po/eu.po"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("eu.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("zerbitzarirako konexioa",),
            ("denboraz kanpo", "berrezarri", "moztu"),
        ), "thunderbird/thunderbird-l10n:eu/mail/chrome/messenger/messenger.properties", window=40),
    ),
)
