"""Mail clients and sending libraries: the error texts they show in place of, or around, a server's
reply (PHPMailer's language strings, nodemailer's connection errors, Thunderbird's compose
messages, .NET ``SmtpClient``, MailKit, JavaMail/Angus Mail, Python ``smtplib``, Symfony Mailer and
Swift Mailer). Most of them carry no SMTP code at all: the client timed out, could not start TLS or
could not log in before any reply was read. Where a client only wraps the server's reply ("The
server response was: …") the reply's own code and words decide; only the client's own wordings are
here. Sources: each library's own message strings, read in its repository (paths below), and the
errors its users pasted in public issues. Outlook, Outlook Express and Windows (Live) Mail show
their own error numbers (``Error Number: 0x800CCC0E``) in every language; their meanings are from
Microsoft's Knowledge Base articles on each error (Q191687, Q194068, Q181129, Q298944, Q198704,
Q250926, Q306041).
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
_KB = "jeffpar/kbarchive:kb/"  # Microsoft Knowledge Base articles on Outlook (Express) errors

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
        # msmtp: "the server does not support authentication", said when the server's EHLO
        # lists no AUTH capability: the command is not implemented there (a mechanism the two
        # sides do not share is auth_failed, as above).
        Phrases("clients.msmtp-auth-not-offered", C.NOT_IMPLEMENTED,
                ("server does not support authentication",), "marlam/msmtp:src/msmtp.c"),
        # smtplib SMTPServerDisconnected: "Connection unexpectedly closed".
        Phrases("clients.smtplib-disconnected", C.NETWORK_ERROR,
                ("connection unexpectedly closed",), _SMTPLIB),
        # Symfony Mailer and Swift Mailer: 'Failed to authenticate on SMTP server with username
        # "…" using the following authenticators: …' (each authenticator's reply follows).
        Phrases("clients.symfony-auth", C.AUTH_FAILED,
                ("failed to authenticate on smtp server",), _SYMFONY),
        # Outlook / Outlook Express 0x800CCC0E "The connection to the server has failed" (the
        # client reached no SMTP or POP3 server: port blocked or unavailable, Q191687) and
        # 0x800CCC0F "Your server has unexpectedly terminated the connection" (Q194068).
        # Network is last in the category order, so a server's reason quoted beside wins.
        Phrases("clients.outlook-connect", C.NETWORK_ERROR,
                ("0x800ccc0e", "0x800ccc0f", "the connection to the server has failed",
                 "your server has unexpectedly terminated the connection"),
                f"{_KB}191/Q191687/README.md; {_KB}194/Q194068/README.md"),
        # 0x800CCC0D "The host '…' could not be found. Please verify that you have entered the
        # server name correctly" (the mail server's own name does not resolve, Q181129).
        Phrases("clients.outlook-host", C.NETWORK_ERROR, ("0x800ccc0d",),
                f"{_KB}181/Q181129/README.md"),
        # 0x800CCC92 "There was a problem logging onto your mail server. Your Password was
        # rejected" (Q298944) and 0x800CCC18, a failed Secure/Distributed Password
        # Authentication logon (Q198704).
        Phrases("clients.outlook-logon", C.AUTH_FAILED, ("0x800ccc92", "0x800ccc18"),
                f"{_KB}298/Q298944/README.md; {_KB}198/Q198704/README.md"),
        # 0x800CCC1A "A secure connection to the server could not be established" (the SSL/TLS
        # handshake with the POP3, IMAP or SMTP server failed, Q250926).
        Phrases("clients.outlook-secure", C.TLS_REQUIRED,
                ("0x800ccc1a", "a secure connection to the server could not be established"),
                f"{_KB}250/Q250926/README.md"),
        # 0x800CCC78 SMTP_REJECTED_SENDER: the server refused MAIL FROM (Q306041); weak, as the
        # server's own reply, quoted after it, names the reason.
        Phrases("clients.outlook-rejected-sender", C.SENDER_REJECTED, ("0x800ccc78",),
                f"{_KB}306/Q306041/README.md", decisive=False),
    ),
)
