"""Basque (eu): the SMTP and sending error messages that mail clients show in Basque.
Sources: the mail clients' translation files named at each entry."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

LANGUAGE = Language(
    code="eu",
    name="Basque",
    phrases=(
        # Balsa's TLS failures (TLS required but unavailable, negotiation failed, certificate expired, revoked, unknown signing authority, broken).
        Phrases("eu.tls-required-balsa-po", C.TLS_REQUIRED, (
            "tls behar da baina ez dago erabilgarri",
            "tls negoziazioak huts egin du",
            "tls ziurtagiri hautsia",
            "sinaduraren ziurtagiri-emailea ez da ezaguna",
            "ziurtagiria errebokatu da",
            "ziurtagiria iraungi da",
        ), "GNOME/balsa:po/eu.po"),
        # Balsa's 'the server does not offer the SMTP service at port 465, 587 or 25'.
        Phrases("eu.service-unavailable-balsa-po", C.SERVICE_UNAVAILABLE, (
            "zerbitzariak ez du smtp zerbitzurik eskaintzen",
        ), "GNOME/balsa:po/eu.po"),
        # Balsa's lost-connection and SMTP-connect failures.
        Phrases("eu.network-error-balsa-po", C.NETWORK_ERROR, (
            "smtp zerbitzaria konektatzeak",
            "konexioa galdu da",
        ), "GNOME/balsa:po/eu.po"),
        # Balsa's 'user name and password required'.
        Phrases("eu.auth-required-balsa-po", C.AUTH_REQUIRED, (
            "erabiltzaile-izena eta pasahitza behar dira",
        ), "GNOME/balsa:po/eu.po"),
        # Balsa's SMTP AUTH failures (no known way to authenticate, GSSAPI failed).
        Phrases("eu.auth-failed-balsa-po", C.AUTH_FAILED, (
            "ez da ezagutzen autentifikatzeko modurik",
            "ez dago autentifikazio-mekanismo egokirik",
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
        # Roundcube's 'Too many recipients' and 'Please wait N sec(s) before sending this message'.
        Phrases("eu.rate-limited-roundcube", C.RATE_LIMITED, (
            "hartzaile gehiegi",
            "segundo mezua bidali aurretik",
        ), "roundcube/roundcubemail:program/localization/eu_ES/messages.inc"),
        # Roundcube's 'Message size exceeds server limit' and 'Maximum size of a message exceeded' (attaching a file).
        Phrases("eu.message-too-large-roundcube", C.MESSAGE_TOO_LARGE, (
            "zerbitzariak ezarritako muga",
            "mezu baten gehienezko tamaina",
        ), "roundcube/roundcubemail:program/localization/eu_ES/messages.inc"),
        # Roundcube's 'Server does not support Unicode in email address' (SMTPUTF8).
        Phrases("eu.content-rejected-roundcube", C.CONTENT_REJECTED, (
            "ez du unicode onartzen posta-helbidean",
        ), "roundcube/roundcubemail:program/localization/eu_ES/messages.inc"),
        # Roundcube's 'SMTP Error: Failed to set sender'.
        Phrases("eu.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "bidaltzailearen ezartzeak huts egin du",
        ), "roundcube/roundcubemail:program/localization/eu_ES/messages.inc"),
        # Roundcube's 'SMTP Error: Authentication failed'.
        Phrases("eu.auth-failed-roundcube", C.AUTH_FAILED, (
            "egiaztapenak huts egin du",
        ), "roundcube/roundcubemail:program/localization/eu_ES/messages.inc"),
        # Roundcube's 'SMTP Error: Connection to server failed'.
        Phrases("eu.network-error-roundcube", C.NETWORK_ERROR, (
            "zerbitzariarekiko konexioak huts egin du",
        ), "roundcube/roundcubemail:program/localization/eu_ES/messages.inc"),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("eu.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "kontu aktibo gehiegi daude",
        ), "Foundry376/Mailspring:app/lang/eu.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("eu.relay-denied-mailspring", C.RELAY_DENIED, (
            "smtp zerbitzariak ez luke erantzun mezu",
        ), "Foundry376/Mailspring:app/lang/eu.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("eu.rate-limited-mailspring", C.RATE_LIMITED, (
            "banda zabalera gainditu da",
            "eguneroko bidalketaren muga gainditu",
        ), "Foundry376/Mailspring:app/lang/eu.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("eu.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "onartzen ez duen eranskin",
        ), "Foundry376/Mailspring:app/lang/eu.json"),
        # Mailspring's 'Authentication required.'
        Phrases("eu.auth-required-mailspring", C.AUTH_REQUIRED, (
            "autentifikazioa beharrezkoa da",
        ), "Foundry376/Mailspring:app/lang/eu.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("eu.auth-failed-mailspring", C.AUTH_FAILED, (
            "ez du oinarrizko erabiltzaile-izena edo pasahitz-autentifikazioa onartzen",
        ), "Foundry376/Mailspring:app/lang/eu.json"),
        # Geary's server-certificate problems (expired, revoked, not activated, unknown authority, insecure, identity mismatch).
        Phrases("eu.tls-required-geary-po", C.TLS_REQUIRED, (
            "zerbitzariaren ziurtagiria",
            "zerbitzariaren nortasuna ez dator bat",
        ), "GNOME/geary:po/eu.po"),
        # Geary's 'Could not connect, check your network'.
        Phrases("eu.network-error-geary-po", C.NETWORK_ERROR, (
            "ezin da konektatu, egiaztatu zure sarea",
        ), "GNOME/geary:po/eu.po"),
        # Geary's login problems: check your sending / receiving login and password; an account reported an incorrect login or password.
        Phrases("eu.auth-failed-geary-po", C.AUTH_FAILED, (
            "saio-hasiera eta pasahitza",
            "saio-haste edo pasahitz oker",
        ), "GNOME/geary:po/eu.po"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("eu.tls-required-weak-k9", C.TLS_REQUIRED, (
            "ziurtagiri errorea",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-eu/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("eu.network-error-weak-k9", C.NETWORK_ERROR, (
            "konexio errorea",
            "sarearen errorea",
            "sareko errorea",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-eu/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-eu/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-eu/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("eu.auth-failed-weak-k9", C.AUTH_FAILED, (
            "autentifikazio errorea",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-eu/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-eu/strings.xml", decisive=False),
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
        # Delta Chat's login failure for want of an internet connection.
        Phrases("eu.network-error-deltachat", C.NETWORK_ERROR, (
            "ez dago internet konexiorik",
        ), "deltachat/deltachat-android:src/main/res/values-eu/strings.xml"),
        # Delta Chat's login failure: cannot log in as the address; check the address and the password.
        Phrases("eu.auth-failed-deltachat", C.AUTH_FAILED, (
            "bezala saioa hasi",
        ), "deltachat/deltachat-android:src/main/res/values-eu/strings.xml"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("eu.auth-required-kmail", C.AUTH_REQUIRED, (
            "erabiltzaile-izen eta pasahitz bat eman behar dituzu",
        ), "KDE/kmailtransport:po/eu/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("eu.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "ez du autentifikazio euskarririk",
        ), "KDE/kmailtransport:po/eu/libmailtransport6.po"),
        # FairEmail's authentication-failure notice.
        Phrases("eu.auth-failed-fairemail", C.AUTH_FAILED, (
            "autentifikazioak huts egin du",
        ), "M66B/FairEmail:app/src/main/res/values-eu-rES/strings.xml"),
    ),
)
