"""Mail clients and sending libraries: the error texts they show in place of, or around, a server's
reply (PHPMailer's language strings, nodemailer's connection errors, Thunderbird's compose
messages, .NET ``SmtpClient``, MailKit, JavaMail/Angus Mail, Python ``smtplib``, Symfony Mailer and
Swift Mailer). Most of them carry no SMTP code at all: the client timed out, could not start TLS or
could not log in before any reply was read. Where a client only wraps the server's reply ("The
server response was: …") the reply's own code and words decide; only the client's own wordings are
here. Sources: each library's own message strings, read in its repository (paths below), and the
errors its users pasted in public issues.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_PHPMAILER = "PHPMailer/PHPMailer:src/PHPMailer.php"
_NODEMAILER = "nodemailer/nodemailer:lib/smtp-connection/index.js"
_THUNDERBIRD = (
    "mozilla/releases-comm-central:"
    "mail/locales/en-US/chrome/messenger/messengercompose/composeMsgs.properties"
)
_DOTNET = "dotnet/runtime:src/libraries/System.Net.Mail/src/Resources/Strings.resx"
_MAILKIT_TLS = "jstedfast/MailKit:MailKit/Security/SslHandshakeException.cs"
_ANGUS = (
    "eclipse-ee4j/angus-mail:"
    "providers/smtp/src/main/java/org/eclipse/angus/mail/smtp/SMTPTransport.java"
)
_SMTPLIB = "python/cpython:Lib/smtplib.py"
_SYMFONY = "https://github.com/symfony/symfony/issues/36755"

PROVIDER = Provider(
    name="clients",
    hosts=(),
    source=_PHPMAILER,
    phrases=(
        # PHPMailer's 'authenticate' string: "SMTP Error: Could not authenticate."
        Phrases("clients.phpmailer-auth", C.AUTH_FAILED, ("could not authenticate",), _PHPMAILER),
        # 'smtp_connect_failed': "SMTP connect() failed." (its other languages are in their
        # modules: "SMTP connect() selhal", "SMTP connect() misslyckades" …).
        Phrases("clients.phpmailer-connect", C.NETWORK_ERROR, ("smtp connect() failed",),
                _PHPMAILER),
        # nodemailer's ETLS errors, when starting TLS on the connection fails.
        Phrases("clients.nodemailer-tls", C.TLS_REQUIRED,
                ("error initiating tls", "error upgrading connection with starttls"), _NODEMAILER),
        # nodemailer EAUTH: 'Missing credentials for "PLAIN"' (no user or password configured).
        Phrases("clients.nodemailer-credentials", C.AUTH_FAILED, ("missing credentials for",),
                _NODEMAILER),
        # nodemailer EMESSAGE: "Message size larger than allowed <SIZE>" (the server's SIZE).
        Phrases("clients.nodemailer-size", C.MESSAGE_TOO_LARGE,
                ("message size larger than allowed",), _NODEMAILER),
        # Thunderbird: smtpAuthFailure, smtpAuthMechNotSupported, smtpPasswordUndefined.
        Phrases("clients.thunderbird-auth", C.AUTH_FAILED,
                ("unable to authenticate to outgoing server",
                 "does not support the selected authentication method",
                 "could not get password for"), _THUNDERBIRD),
        # Thunderbird: smtpSendRequestRefused ("because connecting to Outgoing server (SMTP) %S
        # failed") and smtpSendInterrupted ("was lost in the middle of the transaction").
        Phrases("clients.thunderbird-network", C.NETWORK_ERROR,
                ("connecting to outgoing server", "lost in the middle of the transaction"),
                _THUNDERBIRD),
        # Thunderbird startTlsFailed: "Unable to establish a secure link with Outgoing server
        # (SMTP) %S using STARTTLS since it doesn't advertise that feature."
        Phrases("clients.thunderbird-tls", C.TLS_REQUIRED,
                ("unable to establish a secure link",), _THUNDERBIRD),
        # .NET MailServerDoesNotSupportStartTls: "Server does not support secure connections."
        Phrases("clients.dotnet-tls", C.TLS_REQUIRED,
                ("server does not support secure connections",), _DOTNET),
        # MailKit SslHandshakeException: "An error occurred while attempting to establish an SSL
        # or TLS connection."
        Phrases("clients.mailkit-tls", C.TLS_REQUIRED,
                ("establish an ssl or tls connection",), _MAILKIT_TLS),
        # Angus Mail / JavaMail: "Could not convert socket to TLS".
        Phrases("clients.javamail-tls", C.TLS_REQUIRED, ("could not convert socket to tls",),
                _ANGUS),
        # smtplib: "STARTTLS extension not supported by server." (SMTPNotSupportedError; the
        # generic "not supported" would read it as an unimplemented command).
        Phrases("clients.smtplib-tls", C.TLS_REQUIRED,
                ("starttls extension not supported",), _SMTPLIB),
        # smtplib: "No suitable authentication method found." (no AUTH mechanism in common).
        Phrases("clients.smtplib-auth", C.AUTH_FAILED,
                ("no suitable authentication method",), _SMTPLIB),
        # smtplib SMTPServerDisconnected: "Connection unexpectedly closed".
        Phrases("clients.smtplib-disconnected", C.NETWORK_ERROR,
                ("connection unexpectedly closed",), _SMTPLIB),
        # Symfony Mailer and Swift Mailer: 'Failed to authenticate on SMTP server with username
        # "…" using the following authenticators: …' (each authenticator's reply follows).
        Phrases("clients.symfony-auth", C.AUTH_FAILED,
                ("failed to authenticate on smtp server",), _SYMFONY),
    ),
)
