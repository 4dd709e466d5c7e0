"""Portuguese (Brazil and Portugal) wording of SMTP replies and bounce notices: the Portuguese
text Google publishes for Gmail's SMTP replies, GoDaddy's Portuguese relay replies, Brazilian
hosts' help pages that quote bounce wording, and the pt_BR/pt_PT Roundcube client strings that
quote a server's refusal. Sources: Gmail SMTP errors page (hl=pt-br), ix-one.com (GoDaddy)
bounce table, bs2internet.com, roundcube/roundcubemail program/localization/pt_BR and pt_PT.
Also: Thunderbird's composeMsgs.properties, Evolution's translated RFC 5321 reply texts
(GNOME/evolution-data-server po/), MailScanner's localized sender notices (MailScanner/v5
reports/).
Also: glibc's translated strerror and resolver texts (bminor/glibc po/),
Microsoft's localized Windows Sockets error list (win32-pr desktop-src/WinSock), Zimbra's web-
client errors (Zimbra/zm-ajax ZMsg), SOGo's send errors (Alinto/sogo UI/MailerUI), PHPMailer's
language files, Mailman 2's refusals, MailScanner's attachment refusals, Evolution's RFC 5321
reply texts, Roundcube's regional SMTP errors, Thunderbird's SMTP errors.
Also: the translated SMTP errors of mail clients, webmails and list managers: Horde IMP, Kopano,
Mutt, Claws Mail, Sylpheed, Thunderbird l10n, Evolution's camel-smtp, Sympa, Mailman 2 hold
reasons, Mailspring, SnappyMail, Nextcloud Mail, SquirrelMail, Balsa, FairEmail, msmtp, Cypht,
CodeIgniter's Email library.
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/),
.NET's localized SmtpStatusCode reference (learn.microsoft.com), SQL Server Reporting Services'
docs quoting .NET's SmtpClient refusal.
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them.
Also: Zimbra's ZMsg and ZmMsg (pt-PT, pt-BR), mpop, KDE ksmtp, Mozilla NSS's TLS errors
(firefox-l10n nsserrors.properties, pt-BR, pt-PT), GLib's GIO resolver errors."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_GMAIL = (
    "https://knowledge.workspace.google.com/admin/support/troubleshooting/"
    "gmail-smtp-errors-and-codes?hl=pt-br"
)
_GODADDY = "http://ix-one.com/domainhostingFAQ/article/MS_27771.html"
_BS2 = "https://bs2internet.com/mensagens-de-erro-ao-enviar-e-mails"
_ROUNDCUBE_BR = "roundcube/roundcubemail:program/localization/pt_BR/messages.inc"

_EVO_PO = "GNOME/evolution-data-server:po/pt.po"
_MAILSCANNER = "MailScanner/v5:common/usr/share/MailScanner/reports/pt_br/"
_RC_L10N = "roundcube/roundcubemail:program/localization/pt_PT/messages.inc"
_TB_L10N = (
    "thunderbird/thunderbird-l10n:pt-PT/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)

LANGUAGE = Language(
    code="pt",
    name="Portuguese",
    phrases=(
        # Zimbra's web client (ZmMsg accountInactiveError): the account is temporarily unavailable
        # due to system maintenance. (pt-PT, pt-BR)
        Phrases("pt.service-unavailable-zmmsg-maintenance", C.SERVICE_UNAVAILABLE, (
            "manutenção do sistema",
        ), ("Zimbra/zm-web-client:WebRoot/messages/ZmMsg_pt.properties; Zimbra/zm-"
            "web-client:WebRoot/messages/ZmMsg_pt_BR.properties")),
        # Zimbra's web client (ZmMsg errorNotAuthenticated): the user is not authenticated. (pt-PT,
        # pt-BR)
        Phrases("pt.auth-required-zmmsg", C.AUTH_REQUIRED, (
            "utilizador não autenticado", "usuário não autenticado",
        ), ("Zimbra/zm-web-client:WebRoot/messages/ZmMsg_pt.properties; Zimbra/zm-"
            "web-client:WebRoot/messages/ZmMsg_pt_BR.properties")),
        # Zimbra's server errors (ZMsg service.UNKNOWN_DOCUMENT, pt-PT and pt-BR): an unknown
        # command was sent to the server.
        Phrases("pt.syntax-error-zimbra-unknown-command", C.SYNTAX_ERROR, (
            "comando desconhecido enviado",
        ), ("Zimbra/zm-ajax:WebRoot/messages/ZMsg_pt.properties; Zimbra/zm-ajax:We"
            "bRoot/messages/ZMsg_pt_BR.properties")),
        # Zimbra's server errors (ZMsg remote.TIMEOUT, service.RESOURCE_UNREACHABLE; pt-PT and
        # pt-BR): a timeout error, the resource unreachable.
        Phrases("pt.network-error-zimbra-remote", C.NETWORK_ERROR, (
            "um erro de tempo limite", "recurso inalcançável", "recurso incontactável",
        ), ("Zimbra/zm-ajax:WebRoot/messages/ZMsg_pt_BR.properties; Zimbra/zm-ajax"
            ":WebRoot/messages/ZMsg_pt.properties")),
        # Zimbra's server errors (ZMsg im.internal_server_error): an internal server error
        # occurred.
        Phrases("pt.server-error-zimbra-internal", C.SERVER_ERROR, (
            "erro interno no servidor",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_pt.properties"),
        # Zimbra's server errors (ZMsg: mail.MAINTENANCE, account.MAINTENANCE_MODE): the account is
        # in maintenance mode (the service unavailable for it). (pt-PT, pt-BR)
        Phrases("pt.service-unavailable-zimbra-maintenance", C.SERVICE_UNAVAILABLE, (
            "no modo de manutenção",
        ), ("Zimbra/zm-ajax:WebRoot/messages/ZMsg_pt.properties; Zimbra/zm-ajax:We"
            "bRoot/messages/ZMsg_pt_BR.properties")),
        # Zimbra's server errors (ZMsg: mail.QUOTA_EXCEEDED): the message could not be sent as the
        # mail quota is exceeded. (pt-PT, pt-BR)
        Phrases("pt.mailbox-full-zimbra-quota", C.MAILBOX_FULL, (
            "excedeu a quota de correio", "a cota de e-mails foi ultrapassada",
        ), ("Zimbra/zm-ajax:WebRoot/messages/ZMsg_pt.properties; Zimbra/zm-ajax:We"
            "bRoot/messages/ZMsg_pt_BR.properties")),
        # GLib's GIO: TLS support is not available (no TLS backend for a GNOME mail client's
        # connection).
        Phrases("pt.tls-required-glib", C.TLS_REQUIRED, (
            "suporte tls não disponível",
        ), "GNOME/glib:po/pt_BR.po"),
        # GLib's GIO network errors (the resolver and socket layer of GNOME mail clients such as
        # Evolution, Geary and Balsa): an error resolving a host name (or reverse-resolving an
        # address), temporarily unable to resolve, the connection is closed, a timeout, the network
        # unreachable. (pt-PT and pt-BR)
        Phrases("pt.network-error-glib-resolver", C.NETWORK_ERROR, (
            "erro ao resolver", "a resolução invertida", "indisponível para resolver",
            "sem condições de resolver", "a ligação está fechada", "a conexão está fechada",
            "rede inalcançável",
            "foi atingido o tempo de expiração",
        ), "GNOME/glib:po/pt.po; GNOME/glib:po/pt_BR.po"),
        # Mozilla NSS's TLS errors (nsserrors.properties; Thunderbird reports them when a mail
        # server's TLS fails): no secure communication with the peer (no common cipher, certificate
        # rejected, domain mismatch), the SSL peer rejected or cannot verify the certificate, the
        # peer's certificate expired, revoked or of an unknown issuer, an unsupported security
        # protocol version. (pt-PT)
        Phrases("pt.tls-required-nss-pt-pt", C.TLS_REQUIRED, (
            "incapaz de comunicar de forma segura", "incapaz de comunicar com a outra máquina",
            "a outra máquina ssl", "o certificado do par", "o emissor do certificado do par",
            "versão de protocolo de segurança não suportada",
        ), "mozilla-l10n/firefox-l10n:pt-PT/security/manager/chrome/pipnss/nsserrors.properties"),
        # Mozilla NSS's TLS errors (nsserrors.properties; Thunderbird reports them when a mail
        # server's TLS fails): no secure communication with the peer (no common cipher, certificate
        # rejected, domain mismatch), the SSL peer rejected or cannot verify the certificate, the
        # peer's certificate expired, revoked or of an unknown issuer, the peer's certificate
        # expired, revoked or of an unknown issuer, an unsupported security protocol version.
        Phrases("pt.tls-required-nss", C.TLS_REQUIRED, (
            "não foi possível comunicar com segurança", "o sistema remoto ssl",
            "versão não suportada do protocolo de segurança",
            "o certificado do sistema remoto", "a entidade certificadora do sistema remoto",
        ), "mozilla-l10n/firefox-l10n:pt-BR/security/manager/chrome/pipnss/nsserrors.properties"),
        # KDE's SMTP library (ksmtp): insufficient storage space on the server (a 452 reply).
        Phrases("pt.system-full-ksmtp", C.SYSTEM_FULL, (
            "espaço de armazenamento insuficiente no servidor",
        ), "KDE/ksmtp:po/pt/libksmtp6.po"),
        # Zimbra's web client (ZmMsg, pt-BR and pt-PT): the attachment failed as the message
        # exceeds (would exceed) the size limit; the attachment is too big.
        Phrases("pt.message-too-large-zimbra-web", C.MESSAGE_TOO_LARGE, (
            "excedeu o limite de tamanho", "excederia o limite de tamanho",
            "tamanho do anexo é demasiado grande",
            "mensagem é demasiado grande",
        ), ("Zimbra/zm-web-client:WebRoot/messages/ZmMsg_pt_BR.properties; "
            "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_pt.properties")),
        # Zimbra's web client (ZmMsg, pt-BR and pt-PT): the files cannot be attached as the mail
        # quota is exceeded.
        Phrases("pt.mailbox-full-zimbra-web", C.MAILBOX_FULL, (
            "excedida a cota de e-mails", "excedeu a sua quota de correio",
        ), ("Zimbra/zm-web-client:WebRoot/messages/ZmMsg_pt_BR.properties; "
            "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_pt.properties")),
        # mpop (POP3 client, pt-BR): the POP3 server does not support the TOP or CAPA command.
        Phrases("pt.not-implemented-mpop", C.NOT_IMPLEMENTED, (
            "não suporta o comando",
        ), "marlam/mpop:po/pt_BR.po"),
        # mpop (POP3 client, pt-BR): the POP3 server does not support TLS via the STLS command.
        Phrases("pt.tls-required-mpop", C.TLS_REQUIRED, (
            "não suporta tls através do comando stls",
        ), "marlam/mpop:po/pt_BR.po"),
        # SpamAssassin's Brazilian Portuguese rule descriptions: the relay is listed in a MAPS blocklist (RBL, DUL, RSS, OPS, NML).
        Phrases("pt.blocklisted-spamassassin", C.BLOCKLISTED, (
            "relay consta em",
        ), "apache/spamassassin:rules/30_text_pt_br.cf"),
        # MailScanner's notice that the message's potentially dangerous content (scripts, forms, web bugs) was removed (deleted.content.message.txt).
        Phrases("pt.content-rejected-mailscanner-dangerous", C.CONTENT_REJECTED, (
            "conteúdo potencialmente perigoso",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/pt_br/deleted.content.message.txt"),
        # MailScanner's notice that a message received contained viruses, removed, and the disinfected files are attached (disinfected.report.txt).
        Phrases("pt.virus-mailscanner-disinfected", C.VIRUS, (
            "continha um ou mais vírus",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/pt_br/disinfected.report.txt"),
        # MailScanner's notice to the sender of a message deleted as spam for its content and its sending server (sender.spam.report.txt).
        Phrases("pt.spam-content-mailscanner-report", C.SPAM_CONTENT, (
            "sistema de detecção de spam",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/pt_br/sender.spam.report.txt"),
        # MailScanner's notice put in place of an attachment found infected by a virus.
        Phrases("pt.virus-mailscanner-replaced", C.VIRUS, (
            "infectado por um vírus",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/pt_br/stored.virus.message.txt"),
        # MailScanner's notice put in place of an attachment of a type this site does not accept (deleted.filename.message.txt).
        Phrases("pt.content-rejected-mailscanner-replaced", C.CONTENT_REJECTED, (
            "lista proíbida de tipos de arquivo",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/pt_br/deleted.filename.message.txt"),
        # Thunderbird's account setup errors (accountCreationModel.properties): unable to log in
        # at the server, probably a wrong configuration, username or password.
        Phrases("pt.auth-failed-thunderbird-setup", C.AUTH_FAILED, (
            "não foi possível acessar a conta no servidor",
            "não foi possível iniciar a sessão no servidor",
        ), ("thunderbird/thunderbird-l10n:pt-BR/mail/chrome/messenger/accountCreationModel.pr"
            "operties")),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("pt.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "não foi possível encontrar o servidor", "servidor não encontrado",
        ), ("thunderbird/thunderbird-l10n:pt-BR/mail/chrome/messenger/accountCreationModel.pr"
            "operties")),
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("pt.auth-failed-weak-kimap", C.AUTH_FAILED, (
            "a autenticação foi mal-sucedida", "falha no login",
        ), "KDE/kimap:po/pt/libkimap6.po; KDE/kimap:po/pt_BR/libkimap6.po", decisive=False),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("pt.tls-required-kimap", C.TLS_REQUIRED, (
            "a negociação de tls", "o protocolo inicial de ssl", "a negociação de ssl falhou",
        ), "KDE/kimap:po/pt/libkimap6.po; KDE/kimap:po/pt_BR/libkimap6.po"),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("pt.network-error-kdepim", C.NETWORK_ERROR, (
            "não é possível contactar o servidor", "a ligação perdeu-se",
            "desligou-se do servidor durante a autenticação",
            "expirou o tempo-limite do servidor",
        ), "KDE/kdepim-runtime:po/pt/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("pt.network-error-kdepim-br", C.NETWORK_ERROR, (
            "não foi possível estabelecer conexão com o servidor",
            "o servidor terminou a conexão", "tempo esgotado no servidor",
            "conexão quebrada com o servidor", "desconectado do servidor durante a inicialização",
            "desconectado durante a autenticação",
        ), "KDE/kdepim-runtime:po/pt_BR/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime): an error during authentication, unable
        # to log in to the server.
        Phrases("pt.auth-failed-kdepim", C.AUTH_FAILED, (
            "ocorreu um erro durante a autenticação",
        ), "KDE/kdepim-runtime:po/pt/akonadi_pop3_resource.po"),
        # KDE's Akonadi POP3 resource (kdepim-runtime): an SSL/TLS error.
        Phrases("pt.tls-required-kdepim", C.TLS_REQUIRED, (
            "erro de ssl/tls", "erro ssl/tls",
        ), "KDE/kdepim-runtime:po/pt/akonadi_pop3_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("pt.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "o servidor não está disponível",
        ), "KDE/kdepim-runtime:po/pt/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("pt.tls-required-glib-networking", C.TLS_REQUIRED, (
            "requer um certificado tls", "requer certificado tls", "certificado tls inaceitável",
            "impossível criar uma ligação tls", "não foi possível criar conexão tls",
            "comunicação inicial tls", "negociação tls", "ligação tls terminada inesperadamente",
            "conexão tls fechou inesperadamente", "não enviou um certificado",
            "alerta crítico tls", "alerta tls fatal",
            "autoridade de certificação tls inaceitável",
        ), "GNOME/glib-networking:po/pt.po; GNOME/glib-networking:po/pt_BR.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("pt.network-error-glib-networking", C.NETWORK_ERROR, (
            "expirou e/s do socket", "tempo de e/s do soquete", "a ligação está interrompida",
            "a conexão está quebrada",
        ), "GNOME/glib-networking:po/pt.po; GNOME/glib-networking:po/pt_BR.po"),
        # Thunderbird's connection timeout (messenger.properties, pt-BR).
        Phrases("pt.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "atingiu o tempo limite",
        ), "thunderbird/thunderbird-l10n:pt-BR/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's connection refused (messenger.properties, pt-PT).
        Phrases("pt.network-error-thunderbird-pt-pt", C.NETWORK_ERROR, (
            "a ligação foi recusada",
        ), "thunderbird/thunderbird-l10n:pt-PT/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the connection failed or timed out,
        # the server disconnected (pt-BR).
        Phrases("pt.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "falha ao conectar com servidor", "expirou o tempo de conexão", "foi desconectado",
        ), "thunderbird/thunderbird-l10n:pt-BR/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the connection failed, the server
        # ended it (pt-PT).
        Phrases("pt.network-error-thunderbird-imap-pt-pt", C.NETWORK_ERROR, (
            "falha ao ligar ao servidor", "terminou a ligação",
        ), "thunderbird/thunderbird-l10n:pt-PT/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): an unrecoverable TLS error (pt-BR;
        # pt-PT alike).
        Phrases("pt.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "erro de tls não substituível", "erro incontornável de tls",
        ), "thunderbird/thunderbird-l10n:pt-BR/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): encrypted or plain-text passwords not
        # supported, the GSSAPI ticket refused (pt-BR; pt-PT).
        Phrases("pt.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "suporte a senhas criptografadas", "não permite senhas",
            "kerberos/gssapi não foi aceite",
        ), "thunderbird/thunderbird-l10n:pt-BR/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed (pt-BR;
        # pt-PT).
        Phrases("pt.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "envio da senha", "envio da palavra-passe",
        ), "thunderbird/thunderbird-l10n:pt-BR/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3 server
        # (pt-BR; pt-PT).
        Phrases("pt.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "estabelecer uma conexão tls", "estabelecer a ligação tls",
        ), "thunderbird/thunderbird-l10n:pt-BR/mail/chrome/messenger/localMsgs.properties"),
        # Delta Chat's login failure: cannot log in as the address; check the address and the password.
        Phrases("pt.auth-failed-deltachat-br", C.AUTH_FAILED, (
            "verifique o e-mail e senha",
        ), "deltachat/deltachat-android:src/main/res/values-pt-rBR/strings.xml"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("pt.auth-required-kmail", C.AUTH_REQUIRED, (
            "tem de indicar um nome de utilizador e uma senha",
            "você precisa informar um nome de usuário e uma senha",
        ), "KDE/kmailtransport:po/pt/libmailtransport6.po; KDE/kmailtransport:po/pt_BR/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("pt.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "não suporta a autenticação",
            "não suporta autenticação",
        ), "KDE/kmailtransport:po/pt/libmailtransport6.po; KDE/kmailtransport:po/pt_BR/libmailtransport6.po"),
        Phrases("pt.user-unknown", C.USER_UNKNOWN, (
            "usuário desconhecido", "usuario desconhecido", "endereço de e-mail não existe",
        ), _BS2),
        # Microsoft's Brazilian Portuguese help title for 5.7.750 'Client blocked from sending from unregistered domain' (the 5.7.7xx code rule reads it as reputation).
        Phrases("pt.reputation-microsoft-unregistered-domain", C.REPUTATION, (
            "impedido de enviar de um domínio não registrado",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.pt-BR:AlchemyInsights/"
            "5-7-750-service-unavailable-client-blocked-from-sending-from-unregistered-d.md")),
        # Microsoft's Brazilian Portuguese help title: the account restricted for sending too much spam (5.1.8, the sender blocked).
        Phrases("pt.sender-rejected-exchange-spam", C.SENDER_REJECTED, (
            "restrita por enviar muito spam",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.pt-BR:AlchemyInsights/"
            "sender-blocked-for-sending-too-much-spam.md")),
        # Exchange Online's Brazilian Portuguese 5.1.8 NDR for a user restricted for sending spam, as Microsoft's pt-BR docs on the Restricted users portal quote it: "você não foi reconhecido como um remetente válido", "550 5.1.8 acesso negado, remetente de saída incorreto" (bad outbound sender).
        Phrases("pt.sender-rejected-exchange-bad-sender", C.SENDER_REJECTED, (
            "não foi reconhecido como um remetente válido", "remetente de saída incorreto",
        ), ("MicrosoftDocs/microsoft-365-docs-pr.pt-BR:microsoft-365/security/office-365-security/"
            "removing-user-from-restricted-users-portal-after-spam.md")),
        # Microsoft's Brazilian Portuguese help on Exchange Online's receiving limit: senders get an NDR (5.2.121/5.2.122) saying the mailbox exceeded its maximum delivery threshold.
        Phrases("pt.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "excedeu o limite máximo de entrega",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.pt-BR:AlchemyInsights/"
            "mailbox-receiving-limit.md")),
        Phrases("pt.mailbox-full", C.MAILBOX_FULL, (
            "caixa de entrada do destinatário está sem espaço",
            "caixa de entrada do destinatario esta sem espaco",
            "caixa postal do destinatário está cheia", "caixa postal do destinatario esta cheia",
        ), _GMAIL),
        Phrases("pt.rate-limited", C.RATE_LIMITED, (
            "recebendo e-mails muito rápido", "recebendo e-mails a uma taxa",
        ), _GMAIL),
        Phrases("pt.service-unavailable", C.SERVICE_UNAVAILABLE, (
            "servidor temporariamente indisponível", "servidor temporariamente indisponivel",
        ), _GODADDY, decisive=False),
        Phrases("pt.server-error", C.SERVER_ERROR, (
            "rejeitou temporariamente esta mensagem",
        ), _GMAIL, decisive=False),
        Phrases("pt.auth-failed", C.AUTH_FAILED, (
            "falha na autenticação", "falha na autenticacao", "a autenticação falhou",
        ), _ROUNDCUBE_BR),
        Phrases("pt.network-error", C.NETWORK_ERROR, (
            "conexão ao servidor falhou", "ligação ao servidor falhou",
        ), _ROUNDCUBE_BR),
        Phrases("pt.message-too-large", C.MESSAGE_TOO_LARGE, (
            "tamanho da mensagem excede", "tamanho máximo da mensagem",
        ), _ROUNDCUBE_BR),
        Phrases("pt.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "endereço eletrónico está correto nas definições",
        ), _TB_L10N, decisive=False),
        Phrases("pt.too-many-recipients-thunderbird", C.RATE_LIMITED, (
            "excedeu o número permitido de destinatários",
        ), _TB_L10N),
        Phrases("pt.message-too-large-thunderbird", C.MESSAGE_TOO_LARGE, (
            "excede o limite global do servidor",
        ), _TB_L10N),
        Phrases("pt.network-error-thunderbird", C.NETWORK_ERROR, (
            "pode ser que o servidor esteja mal configurado", "a ligação ao servidor de envio",
        ), _TB_L10N),
        Phrases("pt.auth-failed-thunderbird", C.AUTH_FAILED, (
            "não foi possível efetuar a autenticação", "não tem suporte ao método de autenticação",
        ), _TB_L10N),
        Phrases("pt.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "falha ao definir o remetente",
        ), _RC_L10N, decisive=False),
        Phrases("pt.mailbox-full-evolution", C.MAILBOX_FULL, (
            "alocação de armazenamento excedida",
        ), _EVO_PO),
        Phrases("pt.auth-required-evolution", C.AUTH_REQUIRED, (
            "autenticação necessária",
        ), _EVO_PO),
        Phrases("pt.auth-failed-evolution", C.AUTH_FAILED, (
            "falha temporária de autenticação", "mecanismo de autenticação é demasiado fraco",
        ), _EVO_PO),
        Phrases("pt.system-full-evolution", C.SYSTEM_FULL, (
            "armazenamento de sistema insuficiente",
        ), _EVO_PO),
        Phrases("pt.virus-mailscanner", C.VIRUS, (
            "nosso sistema de detecção de vírus", "parte do e-mail que estava infectada",
        ), _MAILSCANNER + "sender.virus.report.txt"),
        Phrases("pt.blocklisted-mailscanner", C.BLOCKLISTED, (
            "lista-negra de sistemas de e-mail",
        ), _MAILSCANNER + "sender.spam.rbl.report.txt"),
        Phrases("pt.spam-content-mailscanner", C.SPAM_CONTENT, (
            "indica que provavelmente se trata de spam",
        ), _MAILSCANNER + "sender.spam.sa.report.txt"),
        Phrases("pt.sender-rejected-mailman", C.SENDER_REJECTED, (
            "não tem autorização para enviar mensagens", "lista reservada a membros",
            "não membros não podem enviar mensagens", "não tem permissão para postar mensagens",
            "lista somente de membros", "não tem permissão de postar mensagens",
        ), (
            "jaredmauch/mailman2-python3:messages/pt/LC_MESSAGES/mailman.po; "
            "jaredmauch/mailman2-python3:messages/pt_BR/LC_MESSAGES/mailman.po"
        )),
        Phrases("pt.user-unknown-sympa", C.USER_UNKNOWN, (
            "não corresponde a uma lista de emails conhecida",
        ), "sympa-community/sympa:po/sympa/pt_BR.po"),
        Phrases("pt.sender-rejected-sympa", C.SENDER_REJECTED, (
            "restrita aos usuários do domínio local",
            "distribuição de mensagem: autorização negada",
            "não está autorizado a enviar essa mensagem", "na lista é restrita aos membros",
        ), "sympa-community/sympa:po/sympa/pt_BR.po"),
        # Exchange Online's 5.1.90 NDR (the sender's daily recipient limit), as Microsoft's
        # localized help titles it.
        Phrases("pt.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "limite diário de destinatários",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.pt-BR:AlchemyInsights/5-1-90-your-mess"
            "age-cant-be-sent-daily-limit.md"
        )),
        # Outlook's Portuguese relay refusals, as Microsoft's Brazilian and Portuguese help quote
        # them.
        Phrases("pt.relay-denied-outlook", C.RELAY_DENIED, (
            "retransmissão negada",
            "reencaminhamento recusado",
            "reencaminhamento negado",
        ), (
            "http://office.microsoft.com/pt-br/outlook-help/recebo-um-erro-550-553-ou-de-retr"
            "ansmissao-proibida-ao-enviar-emails-HA010080002.aspx; https://support.microsoft."
            "com/pt-pt/office/recebi-um-erro-550-553-ou-de-proibi%C3%A7%C3%A3o-de-reencaminha"
            "mento-ao-enviar-mensagens-de-e-mail-65b494a4-0a15-433e-829f-e73651e0245e"
        )),
        # glibc's translated strerror texts: ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, EADDRNOTAVAIL,
        # ENETUNREACH, ECONNRESET, ECONNABORTED, ENETDOWN, EHOSTDOWN, gai_strerror's EAI_AGAIN
        # and the resolver's host name lookup failure.
        Phrases("pt.network-error-glibc", C.NETWORK_ERROR, (
            "falha irrecuperável na resolução de nome",
            "host está desligado",
            "rede não responde",
            "término de conexão causada por software",
            "anfitrião está em baixo",
            "rede está em baixo",
            "programa abortou a ligação",
            "falha na procura do nome de host",
            "falha ao procurar nome de anfitrião",
            "ligação recusada", "ligação expirada", "sem caminho para o anfitrião",
            "impossível atribuir o endereço pedido", "rede inacessível",
            "ligação reposta pelo peer", "falha temporária na resolução de nome",
            "conexão recusada", "tempo esgotado para conexão", "não há rota para o host",
            "não foi possível acessar o endereço requisitado", "rede está fora de alcance",
            "conexão fechada pela outra ponta", "falha temporário na resolução de nome",
        ), "bminor/glibc:po/pt.po; bminor/glibc:po/pt_BR.po"),
        # glibc's translated gai_strerror texts (EAI_NONAME, EAI_NODATA) and the resolver's
        # unknown host.
        Phrases("pt.host-unknown-glibc", C.HOST_UNKNOWN, (
            "host desconhecido",
            "servidor desconhecido",
            "sem endereço associado ao nome de servidor", "nome ou serviço desconhecido",
            "não há endereço associado com o nome",
        ), "bminor/glibc:po/pt.po; bminor/glibc:po/pt_BR.po"),
        # Microsoft's Windows Sockets error list in this language (WSAECONNREFUSED 10061,
        # WSAETIMEDOUT 10060, WSAEHOSTUNREACH 10065, WSAEADDRNOTAVAIL 10049, WSAECONNRESET 10054,
        # WSAENETDOWN 10050 to WSAECONNABORTED 10053),
        # as Windows MTAs and mail clients quote the socket error of a failed delivery.
        Phrases("pt.network-error-winsock", C.NETWORK_ERROR, (
            "rede está inativa",
            "conexão estabelecida foi anulada pelo software",
            "software causou anulação da conexão",
            "recusou ativamente", "falha na tentativa de conexão", "nenhuma rota para o host",
            "host inacessível", "rede está inacessível", "fechada forçadamente pelo host remoto",
        ), "MicrosoftDocs/win32-pr.pt-br:desktop-src/WinSock/windows-sockets-error-codes-2.md"),
        Phrases("pt.user-unknown-evolution", C.USER_UNKNOWN, (
            "caixa de correio indisponível", "nome de caixa de correio não permitido",
            "nome da caixa de correio não permitido",
        ), (
            "GNOME/evolution-data-server:po/pt.po; GNOME/evolution-data-server:po/pt_BR.po"
        ), decisive=False),
        Phrases("pt.has-moved-evolution", C.HAS_MOVED, (
            "utilizador não é local", "usuário não é local",
        ), "GNOME/evolution-data-server:po/pt.po; GNOME/evolution-data-server:po/pt_BR.po"),
        Phrases("pt.syntax-error-evolution", C.SYNTAX_ERROR, (
            "erro de sintaxe",
        ), (
            "GNOME/evolution-data-server:po/pt.po; GNOME/evolution-data-server:po/pt_BR.po"
        ), decisive=False),
        Phrases("pt.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "comando não implementado",
        ), (
            "GNOME/evolution-data-server:po/pt.po; GNOME/evolution-data-server:po/pt_BR.po"
        ), decisive=False),
        Phrases("pt.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "serviço indisponível",
        ), (
            "GNOME/evolution-data-server:po/pt.po; GNOME/evolution-data-server:po/pt_BR.po"
        ), decisive=False),
        Phrases("pt.server-error-evolution", C.SERVER_ERROR, (
            "erro no processamento",
        ), (
            "GNOME/evolution-data-server:po/pt.po; GNOME/evolution-data-server:po/pt_BR.po"
        ), decisive=False),
        Phrases("pt.tls-required-evolution", C.TLS_REQUIRED, (
            "criptografia necessária para o mecanismo de autenticação solicitado",
            "criptografia necessária para o mecanismo de autenticação pedido",
        ), "GNOME/evolution-data-server:po/pt.po; GNOME/evolution-data-server:po/pt_BR.po"),
        Phrases("pt.user-unknown-zimbra", C.USER_UNKNOWN, (
            "essa conta não existe", "não existe tal conta",
        ), (
            "Zimbra/zm-ajax:WebRoot/messages/ZMsg_pt.properties; Zimbra/zm-ajax:WebRoot/messa"
            "ges/ZMsg_pt_BR.properties"
        )),
        Phrases("pt.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, (
            "excedeu o tamanho máximo permitido",
        ), (
            "Zimbra/zm-ajax:WebRoot/messages/ZMsg_pt.properties; Zimbra/zm-ajax:WebRoot/messa"
            "ges/ZMsg_pt_BR.properties"
        )),
        Phrases("pt.service-unavailable-zimbra", C.SERVICE_UNAVAILABLE, (
            "serviço temporariamente indisponível",
        ), (
            "Zimbra/zm-ajax:WebRoot/messages/ZMsg_pt.properties; Zimbra/zm-ajax:WebRoot/messa"
            "ges/ZMsg_pt_BR.properties"
        ), decisive=False),
        Phrases("pt.network-error-zimbra", C.NETWORK_ERROR, (
            "segmentos no caminho entre os servidores",
            "muitos segmentos no caminho entre servidores",
        ), (
            "Zimbra/zm-ajax:WebRoot/messages/ZMsg_pt.properties; Zimbra/zm-ajax:WebRoot/messa"
            "ges/ZMsg_pt_BR.properties"
        )),
        Phrases("pt.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "mensagem é muito grande", "mensagem foi muito grande",
        ), "jaredmauch/mailman2-python3:messages/pt_BR/LC_MESSAGES/mailman.po"),
        Phrases("pt.too-many-recipients-mailman", C.RATE_LIMITED, (
            "muitos destinatários",
        ), "jaredmauch/mailman2-python3:messages/pt_BR/LC_MESSAGES/mailman.po"),
        Phrases("pt.network-error-phpmailer", C.NETWORK_ERROR, (
            "não foi possível ligar ao servidor smtp", "falha na função smtp connect()",
            "não foi possível conectar ao servidor smtp", "smtp connect() falhou",
        ), (
            "PHPMailer/PHPMailer:language/phpmailer.lang-pt.php; PHPMailer/PHPMailer:language"
            "/phpmailer.lang-pt_br.php"
        )),
        Phrases("pt.sender-rejected-phpmailer", C.SENDER_REJECTED, (
            "envio falhou para o seguinte endereço do remetente", "seguintes remetentes falharam",
        ), (
            "PHPMailer/PHPMailer:language/phpmailer.lang-pt.php; PHPMailer/PHPMailer:language"
            "/phpmailer.lang-pt_br.php"
        ), decisive=False),
        Phrases("pt.auth-failed-phpmailer", C.AUTH_FAILED, (
            "não foi possível autenticar",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-pt_br.php"),
        Phrases("pt.network-error-thunderbird-br", C.NETWORK_ERROR, (
            "servidor pode ter sido configurado incorretamente", "conexão com o servidor de envio",
        ), (
            "thunderbird/thunderbird-l10n:pt-BR/mail/chrome/messenger/messengercompose/compos"
            "eMsgs.properties"
        )),
        Phrases("pt.auth-failed-thunderbird-br", C.AUTH_FAILED, (
            "não oferece suporte ao método de autenticação selecionado",
            "ticket kerberos/gssapi não foi aceito", "não permite senhas em texto puro",
        ), (
            "thunderbird/thunderbird-l10n:pt-BR/mail/chrome/messenger/messengercompose/compos"
            "eMsgs.properties"
        )),
        Phrases("pt.too-many-recipients-thunderbird-br", C.RATE_LIMITED, (
            "por exceder o número permitido de destinatários",
        ), (
            "thunderbird/thunderbird-l10n:pt-BR/mail/chrome/messenger/messengercompose/compos"
            "eMsgs.properties"
        )),
        Phrases("pt.sender-rejected-thunderbird-br", C.SENDER_REJECTED, (
            "garanta estar usando a identidade certa para enviar",
        ), (
            "thunderbird/thunderbird-l10n:pt-BR/mail/chrome/messenger/messengercompose/compos"
            "eMsgs.properties"
        ), decisive=False),
        Phrases("pt.content-rejected-roundcube", C.CONTENT_REJECTED, (
            "não suporta unicode em endereço de email",
            "não suporta unicode nos endereços de email",
        ), (
            "roundcube/roundcubemail:program/localization/pt_BR/messages.inc; roundcube/round"
            "cubemail:program/localization/pt_PT/messages.inc"
        )),
        Phrases("pt.content-rejected-mailscanner", C.CONTENT_REJECTED, (
            "encontra-se na lista de tipos de arquivo",
        ), "MailScanner/v5:common/usr/share/MailScanner/reports/pt_br/sender.filename.report.txt"),
        Phrases("pt.user-unknown-sogo", C.USER_UNKNOWN, (
            "todos os destinatários são inválidos", "seguintes endereços estão inválidos",
            "seguintes endereços são inválidos",
        ), (
            "Alinto/sogo:UI/MailerUI/BrazilianPortuguese.lproj/Localizable.strings; Alinto/so"
            "go:UI/MailerUI/Portuguese.lproj/Localizable.strings"
        )),
        Phrases("pt.network-error-sogo", C.NETWORK_ERROR, (
            "erro ao conectar ao servidor smtp", "erro ao ligar ao servidor smtp",
        ), (
            "Alinto/sogo:UI/MailerUI/BrazilianPortuguese.lproj/Localizable.strings; Alinto/so"
            "go:UI/MailerUI/Portuguese.lproj/Localizable.strings"
        )),
        Phrases("pt.user-unknown-zimbra-address", C.USER_UNKNOWN, (
            "existência de endereço",
        ), (
            "Zimbra/zm-ajax:WebRoot/messages/ZMsg_pt.properties; Zimbra/zm-ajax:WebRoot/messa"
            "ges/ZMsg_pt_BR.properties"
        ), decisive=False),
        Phrases("pt.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "dados kerberos/gssapi não foram aceites",
        ), (
            "thunderbird/thunderbird-l10n:pt-PT/mail/chrome/messenger/messengercompose/compos"
            "eMsgs.properties"
        )),
        Phrases("pt.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "não permite palavras-passe em texto simples",
        ), (
            "thunderbird/thunderbird-l10n:pt-PT/mail/chrome/messenger/messengercompose/compos"
            "eMsgs.properties"
        )),
        Phrases("pt.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "está a utilizar a identidade correta para enviar",
        ), (
            "thunderbird/thunderbird-l10n:pt-PT/mail/chrome/messenger/messengercompose/compos"
            "eMsgs.properties"
        ), decisive=False),
        Phrases("pt.content-rejected-mailman", C.CONTENT_REJECTED, (
            "tipo de conteúdo da mensagem", "extensão de arquivo", "após a filtragem de conteúdo",
        ), "jaredmauch/mailman2-python3:messages/pt_BR/LC_MESSAGES/mailman.po"),
        Phrases("pt.auth-failed-evolution-response", C.AUTH_FAILED, (
            "resposta de autenticação do servidor inválida",
        ), "GNOME/evolution-data-server:po/pt.po; GNOME/evolution-data-server:po/pt_BR.po"),
        Phrases("pt.sender-rejected-evolution", C.SENDER_REJECTED, (
            "endereço de remetente inválido", "endereço do remetente não é válido",
        ), (
            "GNOME/evolution-data-server:po/pt.po; GNOME/evolution-data-server:po/pt_BR.po"
        ), decisive=False),
        # Horde IMP's (pt_BR) refusal of a message to more recipients than the sender may reach.
        Phrases("pt.rate-limited-horde", C.RATE_LIMITED, (
            "não pode mandar mensagens para mais do que",
        ), "horde/imp:locale/pt_BR/LC_MESSAGES/imp.po"),
        # Kopano's spooler (pt, pt_BR) refusing to send as another user or group.
        Phrases("pt.sender-rejected-send-as", C.SENDER_REJECTED, (
            "permissão para enviar em nome do utilizador",
            "permissão para enviar como usuário",
            "grupo que está a tentar enviar em nome de",
            "grupo no qual você tenta enviar",
        ), "Kopano-dev/kopano-core:po/pt.po; Kopano-dev/kopano-core:po/pt_BR.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("pt.tls-required-mail-clients", C.TLS_REQUIRED, (
            "erro ao iniciar a conexão starttls",
            "erro ao iniciar a ligação starttls",
            "não foi possível efetuar o handshake do tls",
            "não foi possível iniciar a sessão starttls",
            "não foi possível iniciar sessão starttls",
            "o servidor depende do starttls",
            "falha no starttls",
        ), "eworm-de/claws-mail:po/pt_BR.po; eworm-de/claws-mail:po/pt_PT.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("pt.auth-failed-mail-clients", C.AUTH_FAILED, (
            "nenhum método smtp auth disponível",
            "método smtp auth selecionado não está disponível",
            "requerida uma autenticação (mais) forte",
        ), "eworm-de/claws-mail:po/pt_BR.po"),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("pt.auth-failed-weak-mail-clients", C.AUTH_FAILED, (
            "ocorreu um erro na autenticação",
        ), "eworm-de/claws-mail:po/pt_BR.po", decisive=False),
        # Mutt's and Claws Mail's translated client errors (po/) when the SMTP server's TLS,
        # authentication or connection fails.
        Phrases("pt.network-error-mail-clients", C.NETWORK_ERROR, (
            "tempo esgotado na conexão",
            "tempo esgotado na ligação",
            "conexão foi fechada pelo servidor remoto",
            "ligação foi fechada pelo servidor remoto",
            "o servidor fechou a conexão",
        ), (
            "eworm-de/claws-mail:po/pt_BR.po; eworm-de/claws-mail:po/pt_PT.po; muttmua/mutt:p"
            "o/pt_BR.po"
        )),
        # Sylpheed's translated client errors (po/) when the SMTP server's TLS, authentication or
        # connection fails.
        Phrases("pt.network-error-sylpheed", C.NETWORK_ERROR, (
            "tempo limite da sessão",
            "conexão finalizada pelo servidor remoto",
            "servidor smtp não encontrado",
        ), "sylpheed-mail/sylpheed:po/pt_BR.po"),
        # Sylpheed's translated client errors (po/) when the SMTP server's TLS, authentication or
        # connection fails.
        Phrases("pt.auth-failed-weak-sylpheed", C.AUTH_FAILED, (
            "falha de autenticação",
        ), "sylpheed-mail/sylpheed:po/pt_BR.po", decisive=False),
        # Sylpheed's translated client errors (po/) when the SMTP server's TLS, authentication or
        # connection fails.
        Phrases("pt.tls-required-sylpheed", C.TLS_REQUIRED, (
            "não foi possível iniciar sessão tls",
        ), "sylpheed-mail/sylpheed:po/pt_BR.po"),
        # Sylpheed's translated client errors (po/) when the SMTP server's TLS, authentication or
        # connection fails.
        Phrases("pt.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp auth não disponível",
        ), "sylpheed-mail/sylpheed:po/pt_BR.po"),
        # Roundcube refusing a message to more recipients than its limit allows.
        Phrases("pt.rate-limited-roundcube-too-many-recipients", C.RATE_LIMITED, (
            "demasiados destinatários",
        ), "roundcube/roundcubemail:program/localization/pt_PT/messages.inc"),
        # Roundcube refusing to send again before its minimum interval between messages.
        Phrases("pt.rate-limited-roundcube-sent-too-quickly", C.RATE_LIMITED, (
            "s para enviar a mensagem",
            "segundos antes de enviar esta mensagem",
        ), (
            "roundcube/roundcubemail:program/localization/pt_BR/messages.inc; roundcube/round"
            "cubemail:program/localization/pt_PT/messages.inc"
        )),
        # Thunderbird: STARTTLS required but not offered by the outgoing server.
        Phrases("pt.tls-required-thunderbird-l10n", C.TLS_REQUIRED, (
            "usando starttls, uma vez que ele não anuncia esta funcionalidade",
        ), (
            "thunderbird/thunderbird-l10n:pt-BR/mail/chrome/messenger/messengercompose/compos"
            "eMsgs.properties; thunderbird/thunderbird-l10n:pt-PT/mail/chrome/messenger/messe"
            "ngercompose/composeMsgs.properties"
        )),
        # Thunderbird: the sender (From:) address or identity is invalid.
        Phrases("pt.sender-rejected-thunderbird-l10n", C.SENDER_REJECTED, (
            "o endereço do remetente (de:) estava inválido",
            "a identidade do remetente estava inválida",
        ), (
            "thunderbird/thunderbird-l10n:pt-BR/mail/chrome/messenger/messengercompose/compos"
            "eMsgs.properties; thunderbird/thunderbird-l10n:pt-PT/mail/chrome/messenger/messe"
            "ngercompose/composeMsgs.properties"
        )),
        # Thunderbird: the outgoing server does not take the chosen (encrypted) password method.
        Phrases("pt.auth-failed-thunderbird-l10n", C.AUTH_FAILED, (
            "não tem suporte a senhas criptografadas",
            "não tem suporte a palavras-passe encriptadas",
        ), (
            "thunderbird/thunderbird-l10n:pt-BR/mail/chrome/messenger/messengercompose/compos"
            "eMsgs.properties; thunderbird/thunderbird-l10n:pt-PT/mail/chrome/messenger/messe"
            "ngercompose/composeMsgs.properties"
        )),
        # Evolution's translated SMTP transport errors (camel-smtp-transport): the secure connection,
        # STARTTLS or the authentication type failed; RFC 4954's password transition.
        Phrases("pt.tls-required-weak-evolution-camel", C.TLS_REQUIRED, (
            "em modo seguro",
        ), "GNOME/evolution-data-server:po/pt.po; GNOME/evolution-data-server:po/pt_BR.po", decisive=False),
        # Evolution's translated SMTP transport errors (camel-smtp-transport): the secure connection,
        # STARTTLS or the authentication type failed; RFC 4954's password transition.
        Phrases("pt.tls-required-evolution-camel", C.TLS_REQUIRED, (
            "falha no comando starttls",
            "o comando starttls falhou",
        ), "GNOME/evolution-data-server:po/pt.po; GNOME/evolution-data-server:po/pt_BR.po"),
        # Evolution's translated SMTP transport errors (camel-smtp-transport): the secure connection,
        # STARTTLS or the authentication type failed; RFC 4954's password transition.
        Phrases("pt.auth-failed-evolution-camel", C.AUTH_FAILED, (
            "sem suporte para autenticação",
            "não há suporte à autenticação",
            "transição de palavra-passe",
            "transição de senha",
            "mecanismo de autenticação é fraco demais",
        ), "GNOME/evolution-data-server:po/pt.po; GNOME/evolution-data-server:po/pt_BR.po"),
        # Evolution's translated SMTP transport errors (camel-smtp-transport): the secure connection,
        # STARTTLS or the authentication type failed; RFC 4954's password transition.
        Phrases("pt.system-full-evolution-camel", C.SYSTEM_FULL, (
            "espaço no sistema insuficiente",
        ), "GNOME/evolution-data-server:po/pt_BR.po"),
        # Evolution's translated SMTP transport errors (camel-smtp-transport): the secure connection,
        # STARTTLS or the authentication type failed; RFC 4954's password transition.
        Phrases("pt.mailbox-full-evolution-camel", C.MAILBOX_FULL, (
            "espaço alocado excedido",
        ), "GNOME/evolution-data-server:po/pt_BR.po"),
        # Evolution's translated SMTP transport errors (camel-smtp-transport): the secure connection,
        # STARTTLS or the authentication type failed; RFC 4954's password transition.
        Phrases("pt.auth-required-evolution-camel", C.AUTH_REQUIRED, (
            "autenticação exigida",
        ), "GNOME/evolution-data-server:po/pt_BR.po"),
        # Zimbra web client's translated errors (ZMsg): wrong username or password, authentication
        # required, the server cannot be reached or timed out.
        Phrases("pt.auth-failed-zimbra-web", C.AUTH_FAILED, (
            "o nome de utilizador ou a palavra-passe estão incorretos",
            "o nome de usuário e a senha estão incorretos",
        ), (
            "Zimbra/zm-ajax:WebRoot/messages/ZMsg_pt.properties; Zimbra/zm-ajax:WebRoot/messa"
            "ges/ZMsg_pt_BR.properties"
        )),
        # Zimbra web client's translated errors (ZMsg): wrong username or password, authentication
        # required, the server cannot be reached or timed out.
        Phrases("pt.network-error-zimbra-web", C.NETWORK_ERROR, (
            "não é possível estabelecer uma ligação ao servidor",
            "não é possível conectar-se ao servidor",
            "ligação ao servidor remoto excedeu o tempo limite",
            "conexão com o servidor remoto atingiu o tempo limite",
        ), (
            "Zimbra/zm-ajax:WebRoot/messages/ZMsg_pt.properties; Zimbra/zm-ajax:WebRoot/messa"
            "ges/ZMsg_pt_BR.properties"
        )),
        # Sympa: the list takes posts only from its moderators, owners, subscribers or local users.
        Phrases("pt.sender-rejected-sympa-lists", C.SENDER_REJECTED, (
            "a distribuição de mensagem nesta lista é restrita",
            "distribuição de mensagem para esta lista é restrita",
        ), "sympa-community/sympa:po/sympa/pt_BR.po"),
        # Sympa: the message is larger than the list's maximum size.
        Phrases("pt.message-too-large-sympa-lists", C.MESSAGE_TOO_LARGE, (
            "mensagem muito grande",
        ), "sympa-community/sympa:po/sympa/pt.po"),
        # Sympa: the address is not a list it knows.
        Phrases("pt.user-unknown-sympa-lists", C.USER_UNKNOWN, (
            "lista desconhecida",
        ), "sympa-community/sympa:po/sympa/pt.po"),
        # Sympa: its virus checker found a virus in the message.
        Phrases("pt.virus-sympa-lists", C.VIRUS, (
            "nosso antivírus encontrou um vírus",
        ), "sympa-community/sympa:po/sympa/pt_BR.po"),
        # Mailman 2 holding or refusing a post for the list's own rules: a moderated list, an implicit
        # destination, possible administrivia, a restricted list, a suspicious header.
        Phrases("pt.policy-violation-mailman-held", C.POLICY_VIOLATION, (
            "enviar mensagens para uma lista moderada",
            "postar para uma lista moderada",
            "a mensagem tem um destino implícito",
            "pode conter questões administrat",
            "para uma lista restrita pelo remetente requer aprovação",
            "lista restrita por remetente requer aprovação",
            "tem um cabeçalho suspeito",
            "contém um cabeçalho suspeito",
        ), (
            "jaredmauch/mailman2-python3:messages/pt/LC_MESSAGES/mailman.po; jaredmauch/mailm"
            "an2-python3:messages/pt_BR/LC_MESSAGES/mailman.po"
        )),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("pt.auth-failed-mailspring", C.AUTH_FAILED, (
            "erro de autenticação - verifique",
            "não suporta autenticação básica de nome de usuário",
            "não tem suporte a autenticação simples",
        ), (
            "Foundry376/Mailspring:app/lang/pt-BR.json; Foundry376/Mailspring:app/lang/pt.jso"
            "n"
        )),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("pt.network-error-mailspring", C.NETWORK_ERROR, (
            "não é possível conectar ao servidor/porta",
            "não foi possível conectar-se ao servidor/porta",
        ), (
            "Foundry376/Mailspring:app/lang/pt-BR.json; Foundry376/Mailspring:app/lang/pt.jso"
            "n"
        )),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("pt.tls-required-mailspring", C.TLS_REQUIRED, (
            "starttls não está disponível",
        ), "Foundry376/Mailspring:app/lang/pt-BR.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("pt.relay-denied-mailspring", C.RELAY_DENIED, (
            "o servidor smtp não retransmitiu uma mensagem",
        ), "Foundry376/Mailspring:app/lang/pt-BR.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("pt.rate-limited-mailspring", C.RATE_LIMITED, (
            "você excedeu o limite de envio diário",
            "largura de banda do gmail foi excedida",
        ), "Foundry376/Mailspring:app/lang/pt-BR.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("pt.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "contém um anexo ilegial",
        ), "Foundry376/Mailspring:app/lang/pt-BR.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("pt.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "muitas conexões ativas para sua conta",
        ), "Foundry376/Mailspring:app/lang/pt-BR.json"),
        # SnappyMail webmail's translated notifications: the server cannot be reached, the
        # recipients are invalid, the authentication failed.
        Phrases("pt.network-error-snappymail", C.NETWORK_ERROR, (
            "não foi possível conectar-se ao servidor",
            "não foi possível ligar ao servidor",
        ), (
            "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/pt-BR/user.json; the-d"
            "jmaze/snappymail:snappymail/v/0.0.0/app/localization/pt/user.json"
        )),
        # SnappyMail webmail's translated notifications: the server cannot be reached, the
        # recipients are invalid, the authentication failed.
        Phrases("pt.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "destinatário inválido",
            "destinatários inválidos",
        ), (
            "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/pt-BR/user.json; the-d"
            "jmaze/snappymail:snappymail/v/0.0.0/app/localization/pt/user.json"
        ), decisive=False),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the
        # connection failed; the SMTP credentials were refused.
        Phrases("pt.network-error-nextcloud-mail", C.NETWORK_ERROR, (
            "o servidor smtp não está acessível",
            "falha na conexão smtp",
        ), "nextcloud/mail:l10n/pt_BR.json"),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the
        # connection failed; the SMTP credentials were refused.
        Phrases("pt.auth-failed-nextcloud-mail", C.AUTH_FAILED, (
            "o nome de usuário ou senha smtp está errado",
            "o servidor smtp negou a autenticação",
            "erro de autenticação smtp",
        ), "nextcloud/mail:l10n/pt_BR.json"),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("pt.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "é necessária uma transição da senha",
            "o mecanismo de auteticação é muito fraco",
            "método de autenticação é demasiado simples",
            "erro temporário de autenticação",
        ), (
            "RealityRipple/squirrelmail:locale/pt_BR/LC_MESSAGES/squirrelmail.po; RealityRipp"
            "le/squirrelmail:locale/pt_PT/LC_MESSAGES/squirrelmail.po"
        )),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("pt.auth-required-squirrelmail", C.AUTH_REQUIRED, (
            "autenticação requerida",
            "autenticação obrigatória",
        ), (
            "RealityRipple/squirrelmail:locale/pt_BR/LC_MESSAGES/squirrelmail.po; RealityRipp"
            "le/squirrelmail:locale/pt_PT/LC_MESSAGES/squirrelmail.po"
        )),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("pt.bad-sequence-weak-squirrelmail", C.BAD_SEQUENCE, (
            "seqüência incorreta de comandos",
            "sequência inválida de comandos",
        ), (
            "RealityRipple/squirrelmail:locale/pt_BR/LC_MESSAGES/squirrelmail.po; RealityRipp"
            "le/squirrelmail:locale/pt_PT/LC_MESSAGES/squirrelmail.po"
        ), decisive=False),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("pt.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "é necessário criptografia para o mecanismo de autenticação",
            "cifragem obrigatória no método de autenticação solicitado",
        ), (
            "RealityRipple/squirrelmail:locale/pt_BR/LC_MESSAGES/squirrelmail.po; RealityRipp"
            "le/squirrelmail:locale/pt_PT/LC_MESSAGES/squirrelmail.po"
        )),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("pt.system-full-squirrelmail", C.SYSTEM_FULL, (
            "falta espaço de armazenamento no sistema (disco?)",
        ), "RealityRipple/squirrelmail:locale/pt_BR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("pt.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "nome de mailbox não permitida",
            "mailbox não disponível",
            "o mailbox não está disponível",
        ), "RealityRipple/squirrelmail:locale/pt_BR/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("pt.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "excedeu alocação de armazenamento",
        ), "RealityRipple/squirrelmail:locale/pt_BR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("pt.service-unavailable-weak-squirrelmail", C.SERVICE_UNAVAILABLE, (
            "serviço não disponível. fechando o canal",
        ), "RealityRipple/squirrelmail:locale/pt_BR/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("pt.has-moved-squirrelmail", C.HAS_MOVED, (
            "favor tentar encaminhar",
        ), "RealityRipple/squirrelmail:locale/pt_BR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("pt.auth-failed-weak-squirrelmail", C.AUTH_FAILED, (
            "autenticação falhou",
        ), "RealityRipple/squirrelmail:locale/pt_PT/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's translated SMTP reply texts (class/deliver/Deliver_SMTP), as its compose
        # screen shows a server's refusal.
        Phrases("pt.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "erro de processamento",
        ), "RealityRipple/squirrelmail:locale/pt_PT/LC_MESSAGES/squirrelmail.po", decisive=False),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c).
        Phrases("pt.network-error-balsa", C.NETWORK_ERROR, (
            "não foi possível atingir o servidor smtp",
            "conexão com o servidor smtp",
        ), "GNOME/balsa:po/pt.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c).
        Phrases("pt.network-error-weak-balsa", C.NETWORK_ERROR, (
            "conexão perdida",
        ), "GNOME/balsa:po/pt.po", decisive=False),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c).
        Phrases("pt.tls-required-balsa", C.TLS_REQUIRED, ("certificado tls quebrado", "o certificado foi revogado",
            "não oferece suporte a starttls",
        ), "GNOME/balsa:po/pt.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c).
        Phrases("pt.auth-failed-balsa", C.AUTH_FAILED, ("autenticação gssapi falhou", "nenhuma forma de autenticar é conhecida",
            "nenhum mecanismo de autenticação adequado",
        ), "GNOME/balsa:po/pt.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c).
        Phrases("pt.service-unavailable-balsa", C.SERVICE_UNAVAILABLE, (
            "não oferece o serviço smtp nas portas",
        ), "GNOME/balsa:po/pt_BR.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c).
        Phrases("pt.auth-required-balsa", C.AUTH_REQUIRED, (
            "nome de usuário e senha necessários",
        ), "GNOME/balsa:po/pt_BR.po"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("pt.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "maior que o limite do servidor",
            "maior do que o limite de servidor",
        ), "M66B/FairEmail:app/src/main/res/values-pt-rBR/strings.xml"),
        # msmtp's translated SMTP client errors (TLS, authentication, connection, server lookup).
        Phrases("pt.tls-required-msmtp", C.TLS_REQUIRED, (
            "não suporta tls através do comando starttls",
            "handshake de tls falhou",
            "handshake tls falhou",
            "a verificação do certificado tls falhou",
        ), "marlam/msmtp:po/pt_BR.po"),
        # msmtp's translated SMTP client errors (TLS, authentication, connection, server lookup).
        Phrases("pt.auth-failed-msmtp", C.AUTH_FAILED, (
            "método usável de autenticação",
            "método seguro de autenticação",
            "não suporta o método de autenticação",
        ), "marlam/msmtp:po/pt_BR.po"),
        # msmtp's "the server does not support authentication": the server's EHLO offers no AUTH
        # (marlam/msmtp:src/msmtp.c tests the AUTH capability), a command not implemented there.
        Phrases("pt.not-implemented-msmtp-auth", C.NOT_IMPLEMENTED, (
            "o servidor não suporta autenticação",
        ), "marlam/msmtp:po/pt_BR.po"),
        # msmtp's translated SMTP client errors (TLS, authentication, connection, server lookup).
        Phrases("pt.network-error-msmtp", C.NETWORK_ERROR, (
            "host inalcançável",
            "conexão redefinida pelo par",
            "a conexão foi fechada inesperadamente",
            "a operação esgotou por tempo",
        ), "marlam/msmtp:po/pt_BR.po"),
        # msmtp's translated SMTP client errors (TLS, authentication, connection, server lookup).
        Phrases("pt.host-unknown-msmtp", C.HOST_UNKNOWN, (
            "host não encontrado",
        ), "marlam/msmtp:po/pt_BR.po"),
        # Cypht's translated refusal of the SMTP server's authentication.
        Phrases("pt.auth-failed-cypht", C.AUTH_FAILED, (
            "falha ao autenticar no servidor de smtp",
        ), "cypht-org/cypht:language/pt-BR.php"),
        # CodeIgniter's Email library: the server refused the user name, password or credentials.
        Phrases("pt.auth-failed-codeigniter", C.AUTH_FAILED, (
            "falha ao autenticar o nome de usuário",
            "falha ao autenticar a senha",
            "falha ao autenticar as credenciais do usuário",
        ), "codeigniter4/translations:Language/pt/Email.php"),
        # CodeIgniter's Email library: AUTH could not be started; the server's own reply follows and decides.
        Phrases("pt.auth-failed-weak-codeigniter", C.AUTH_FAILED, (
            "falha ao enviar o comando auth login",
            "falha no envio do comando auth login",
            "não foi possível iniciar o comando auth",
        ), "codeigniter4/translations:Language/pt/Email.php", decisive=False),
        # Thunderbird: the server's answer to CLIENTID says this device may not send mail.
        Phrases("pt.policy-violation-thunderbird-clientid", C.POLICY_VIOLATION, (
            "dispositivo não tem permissão para enviar email",
            "dispositivo não tem permissão para enviar correio",
        ), (
            "thunderbird/thunderbird-l10n:pt-BR/mail/chrome/messenger/messengercompose/compos"
            "eMsgs.properties"
        )),
        # Microsoft's Portuguese KB 2625264 on the 4.4.7 QUEUE.Expired NDR: the message expired in the queue.
        Phrases("pt.expired-exchange-queue", C.EXPIRED, (
            "na fila expirou",
        ), "http://support.microsoft.com/kb/2625264/pt"),
        # Exchange's Portuguese NDR reference (Exchange 2013 docs), 4.4.1/4.4.2: the destination server does not respond, or the connection between the servers dropped.
        Phrases("pt.network-error-exchange2013", C.NETWORK_ERROR, (
            "o servidor de destino não está respondendo",
            "uma conexão foi perdida entre os servidores",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.pt-br:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Portuguese NDR reference (Exchange 2013 docs), 5.2.1: the mailbox can't be accessed (offline, disabled or quarantined).
        Phrases("pt.mailbox-disabled-weak-exchange2013", C.MAILBOX_DISABLED, (
            "a caixa de correio não pode ser acessada",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.pt-br:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        ), decisive=False),
        # Exchange's Portuguese NDR reference (Exchange 2013 docs), 5.2.2: the recipient's mailbox is over its storage quota.
        Phrases("pt.mailbox-full-exchange2013", C.MAILBOX_FULL, (
            "excedeu sua cota de repositório",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.pt-br:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Portuguese NDR reference (Exchange 2013 docs), 5.3.4: the message exceeds the configured size limit.
        Phrases("pt.message-too-large-exchange2013", C.MESSAGE_TOO_LARGE, (
            "excede um limite de tamanho configurado",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.pt-br:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Portuguese NDR reference (Exchange 2013 docs), 5.5.3: more recipients than a single message may have.
        Phrases("pt.rate-limited-exchange2013", C.RATE_LIMITED, (
            "excede o número total de destinatários permitidos",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.pt-br:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Portuguese NDR reference (Exchange 2013 docs), 5.7.1: the sender isn't allowed to send to this recipient.
        Phrases("pt.policy-violation-exchange2013", C.POLICY_VIOLATION, (
            "não tem permissão para enviar mensagens ao destinatário",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.pt-br:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Portuguese NDR reference (Exchange 2013 docs), 5.7.1: relaying to a system that isn't the message's final destination is refused.
        Phrases("pt.relay-denied-exchange2013", C.RELAY_DENIED, (
            "não seja o destino final da mensagem",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.pt-br:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Portuguese NDR reference (Exchange 2013 docs), 5.7.1: the sending system didn't authenticate to a receiver that requires it.
        Phrases("pt.auth-required-exchange2013", C.AUTH_REQUIRED, (
            "não fez a autenticação com o sistema de recebimento",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.pt-br:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Portuguese NDR reference (Exchange 2013 docs), 5.1.1: there is no such recipient in the destination mail system.
        Phrases("pt.user-unknown-exchange2013", C.USER_UNKNOWN, (
            "não existe um destinatário no sistema de email",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.pt-br:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Portuguese NDR reference (Exchange 2013 docs), 4.3.1: insufficient memory or a full disk on the receiving server.
        Phrases("pt.system-full-weak-exchange2013", C.SYSTEM_FULL, (
            "erro de memória insuficiente",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.pt-br:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        ), decisive=False),
        # Exchange's Portuguese NDR reference (Exchange 2013 docs), 5.1.7: the sender's SMTP address is missing or malformed.
        Phrases("pt.sender-rejected-exchange2013", C.SENDER_REJECTED, (
            "o remetente tem um endereço smtp ausente ou malformado",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.pt-br:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Brazilian guides to bounces, in the words they give for the reasons: the user is over quota
        # (CCM's translation of "User is over quota"), the inbox is full (PSafe), the destination server
        # or the address does not exist there (BS2).
        Phrases("pt.mailbox-full-guides", C.MAILBOX_FULL, (
            "usuário está acima da cota",
        ), "http://br.ccm.net/faq/28855-a-retrodifusao-do-mail-delivery-system"),
        Phrases("pt.mailbox-full-inbox", C.MAILBOX_FULL, (
            "caixa de entrada está cheia",
        ), "https://psafe.com/blog/por-que-o-e-mail-nao-chega"),
        Phrases("pt.host-unknown-guides", C.HOST_UNKNOWN, (
            "não existe o servidor de destino",
        ), "https://bs2internet.com/mensagens-de-erro-ao-enviar-e-mails"),
        Phrases("pt.user-unknown-guides", C.USER_UNKNOWN, (
            "não existe o e-mail no servidor de destino",
        ), "https://bs2internet.com/mensagens-de-erro-ao-enviar-e-mails"),
        # OVHcloud's European Portuguese guide to SMTP replies renders RFC 5321's texts in Portuguese: 420 timeout/connection problem.
        Phrases("pt.network-error-ovh", C.NETWORK_ERROR, (
            "prazo ultrapassado, problema de ligação",
        ), "ovh/docs:pages/web/emails/diagnostic_advanced/guide.pt-pt.md"),
        # OVHcloud's Portuguese guide: 450 mailbox unavailable (weak: also a busy or locked mailbox).
        Phrases("pt.user-unknown-weak-ovh", C.USER_UNKNOWN, (
            "caixa de email indisponível",
            "caixa de e-mail indisponível",
        ), ("ovh/docs:pages/web/emails/diagnostic_advanced/guide.pt-pt.md;"
            " ovh/docs:pages/web/emails/diagnostic_smtp_code/guide.pt-pt.md"), decisive=False),
        # OVHcloud's Portuguese guide: 552 exceeded storage allocation.
        Phrases("pt.mailbox-full-ovh", C.MAILBOX_FULL, (
            "espaço de armazenamento ultrapassado",
            "espaço de armazenamento foi ultrapassado",
        ), ("ovh/docs:pages/web/emails/diagnostic_advanced/guide.pt-pt.md;"
            " ovh/docs:pages/web/emails/diagnostic_smtp_code/guide.pt-pt.md")),
        # OVHcloud's Portuguese guide: 535 authentication failed.
        Phrases("pt.auth-failed-ovh", C.AUTH_FAILED, (
            "falha durante a autenticação",
        ), "ovh/docs:pages/web/emails/diagnostic_advanced/guide.pt-pt.md"),
        # OVHcloud's Portuguese guide: 452 insufficient system storage.
        Phrases("pt.system-full-ovh", C.SYSTEM_FULL, (
            "sistema de armazenamento insuficiente",
        ), "ovh/docs:pages/web/emails/diagnostic_advanced/guide.pt-pt.md"),
        # OVHcloud's Portuguese guide: 551 user not local.
        Phrases("pt.has-moved-ovh", C.HAS_MOVED, (
            "utilizador não local",
        ), "ovh/docs:pages/web/emails/diagnostic_advanced/guide.pt-pt.md"),
        # OVHcloud's Portuguese guide: 554 no SMTP service here.
        Phrases("pt.service-unavailable-weak-ovh", C.SERVICE_UNAVAILABLE, (
            "nenhum serviço smtp aqui",
        ), "ovh/docs:pages/web/emails/diagnostic_advanced/guide.pt-pt.md", decisive=False),
        # Clube do Hardware's Brazilian guide to bounce messages words the unknown mailbox as 'esta caixa postal não existe' and 550 as 'caixa postal não disponível' (weak: also a passing state).
        Phrases("pt.user-unknown-clubedohardware", C.USER_UNKNOWN, (
            "caixa postal não existe",
        ), ("http://www.clubedohardware.com.br/artigos/"
            "entendendo-mensagens-de-erro-de-e-mail/2831")),
        # Clube do Hardware: 550 'caixa postal não disponível' (mailbox unavailable), weak.
        Phrases("pt.user-unknown-weak-clubedohardware", C.USER_UNKNOWN, (
            "caixa postal não disponível",
        ), ("http://www.clubedohardware.com.br/artigos/"
            "entendendo-mensagens-de-erro-de-e-mail/2831"), decisive=False),
        # Netbit's Brazilian help on common sending errors: the recipient does not exist; the recipient's domain does not exist (Unrouteable address).
        Phrases("pt.user-unknown-netbit", C.USER_UNKNOWN, (
            "destinatário da mensagem não existe",
        ), "https://netbit.com.br/suporte/kb_E-mail_Problemas-comuns-no-envio.php"),
        # Netbit's Brazilian help: an unrouteable address, the recipient's domain does not exist or is down.
        Phrases("pt.host-unknown-netbit", C.HOST_UNKNOWN, (
            "domínio do destinatário não existir",
        ), "https://netbit.com.br/suporte/kb_E-mail_Problemas-comuns-no-envio.php"),
        # Adobe Campaign's Brazilian Portuguese docs quote 'Domínio inválido' as a soft failure message: the address's domain is wrong or no longer exists (weak).
        Phrases("pt.host-unknown-weak-adobe", C.HOST_UNKNOWN, (
            "domínio inválido",
        ), ("AdobeDocs/campaign-standard.pt-BR:help/send"
            "ing/using/understanding-delivery-failures.md"), decisive=False),
        # Exchange's Portuguese NDR reference (Exchange 2013 docs), 5.3.5/5.4.6: a mail loop was detected (X.4.6 routing loop).
        Phrases("pt.network-error-loop-exchange2013", C.NETWORK_ERROR, (
            "loop de email",
        ), ("MicrosoftDocs/OfficeDocs-Exchange-Test-pr.pt-br:Exchange-Ser"
            "ver-2013/dsns-and-ndrs-in-exchange-2013-exchange-2013-help.md")),
        # Microsoft's localized help titled 'Mailbox quota exceeded' (AlchemyInsights).
        Phrases("pt.mailbox-full-microsoft", C.MAILBOX_FULL, (
            "cota de caixa de correio excedida",
            "quota da caixa de correio excedida",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.pt-BR:AlchemyInsights/mailbox-quota-exceeded.md;"
            " isabella232/OfficeDocs-AlchemyInsights-pr.pt-PT:AlchemyInsights/mailbox-quota-exceeded.md")),
        # Microsoft's localized help on 550 5.7.511 'Access denied, banned sender' (the sending IP or account is banned).
        Phrases("pt.blocklisted-microsoft", C.BLOCKLISTED, (
            "remetente proibido",
            "remetente banido",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.pt-BR:AlchemyInsights/ip-blocked-for-sending-too-much-spam-550-5-7-51.md;"
            " isabella232/OfficeDocs-AlchemyInsights-pr.pt-PT:AlchemyInsights/ip-blocked-for-sending-too-much-spam-550-5-7-51.md")),
        # Microsoft 365's localized 451 4.7.0 'Temporary server error. Please try again later.' (PRX4): weak, as a reason may follow.
        Phrases("pt.server-error-weak-microsoft", C.SERVER_ERROR, (
            "erro de servidor temporário",
            "erro temporário do servidor",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.pt-BR:AlchemyInsights/451-470-temporary-server-error.md;"
            " isabella232/OfficeDocs-AlchemyInsights-pr.pt-PT:AlchemyInsights/451-470-temporary-server-error.md"), decisive=False),
        # Microsoft's localized help on TLS deprecation: 451 5.7.3 'Must issue a STARTTLS command first'.
        Phrases("pt.tls-required-microsoft", C.TLS_REQUIRED, (
            "emitir primeiro um comando starttls",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.pt-BR:Al"
            "chemyInsights/issues-related-to-tls-deprecation.md")),
        # Microsoft's localized help on TLS deprecation: 421 4.4.2 'Connection dropped due to SocketError'.
        Phrases("pt.network-error-microsoft-dropped", C.NETWORK_ERROR, (
            "a conexão caiu",
            "ligação abandonada",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.pt-BR:AlchemyInsights/issues-related-to-tls-deprecation.md;"
            " isabella232/OfficeDocs-AlchemyInsights-pr.pt-PT:AlchemyInsights/issues-related-to-tls-deprecation.md")),
        # Microsoft's localized help on bulk mail delays: 432 4.3.21 'Mailbox server busy; mail intentionally delayed'.
        Phrases("pt.service-unavailable-microsoft-busy", C.SERVICE_UNAVAILABLE, (
            "servidor de caixa de correio ocupado",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.pt-BR:"
            "AlchemyInsights/temporary-bulk-mail-flow-delay.md")),
        # Microsoft's localized help on NDR 5.4.6 / 5.4.14 'Hop count exceeded' (a routing loop).
        Phrases("pt.network-error-microsoft-hop-count", C.NETWORK_ERROR, (
            "contagem de saltos excedido",
            "contagem de saltos excedida",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.pt-BR:AlchemyInsights/error-546-5414-hop-count.md;"
            " isabella232/OfficeDocs-AlchemyInsights-pr.pt-PT:AlchemyInsights/error-546-5414-hop-count.md")),
        # Microsoft 365's localized help titled 'Daily email limit exceeded' (the sender over its daily sending limit).
        Phrases("pt.rate-limited-daily-email", C.RATE_LIMITED, (
            "limite de email diário excedido",
            "limite diário de e-mail excedido",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.pt-BR:AlchemyInsights/daily-email-limit-exceeded.md;"
            " isabella232/OfficeDocs-AlchemyInsights-pr.pt-PT:AlchemyInsights/daily-email-limit-exceeded.md")),
        # Microsoft's localized help title for 4.7.500 'Server busy, please try again later' (weak: Exchange Online's code reads it as a reputation throttle).
        Phrases("pt.service-unavailable-weak-microsoft-busy", C.SERVICE_UNAVAILABLE, (
            "servidor ocupado, tente",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.pt-BR:AlchemyInsights/antis"
            "pam-4-7-500-server-busy-please-try-again-later-from-xxx-xxx-xxx-xxx.md"), decisive=False),
        # Microsoft's localized help title for 550 5.7.501 'Access denied, spam abuse detected' (the sending account is banned for spam, as microsoft.spam-abuse reads the English).
        Phrases("pt.blocklisted-microsoft-spam-abuse", C.BLOCKLISTED, (
            "abuso de spam detectado",
            "abuso de spam detetado",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.pt-BR:AlchemyInsights/error-code-550-5-7-501-access-denied-spam-abuse-detected.md;"
            " isabella232/OfficeDocs-AlchemyInsights-pr.pt-PT:AlchemyInsights/error-code-550-5-7-501-access-denied-spam-abuse-detected.md")),
        # Microsoft's localized help title for 550 5.7.708 'Access denied, traffic not accepted from this IP' (a poorly reputed IP, as the 5.7.7xx code rule reads it).
        Phrases("pt.reputation-microsoft-traffic", C.REPUTATION, (
            "tráfego não aceito deste ip",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.pt-BR:AlchemyInsights/antispa"
            "m-550-5-7-708-service-unavailable-access-denied-traffic-not-accepted.md")),
        # Microsoft's localized help title for 550 5.4.1 'Relay Access Denied'.
        Phrases("pt.relay-denied-microsoft", C.RELAY_DENIED, (
            "acesso de retransmissão negado",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.pt-BR:"
            "AlchemyInsights/antispam-5-4-1-dbeb-catch-all.md")),
        # Microsoft's localized help title for 5.7.606 'Access denied, banned sending IP'.
        Phrases("pt.blocklisted-microsoft-banned-ip", C.BLOCKLISTED, (
            "ip de envio proibido",
            "ip de envio banido",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.pt-BR:AlchemyInsights/antispam-5.7.606.md;"
            " isabella232/OfficeDocs-AlchemyInsights-pr.pt-PT:AlchemyInsights/antispam-5.7.606.md")),
        # Google Groups' Brazilian Portuguese refusal of a bulk sender's post, as Google's admin
        # help on group messages that bounce quotes it (answer 168383: "Mensagem rejeitada pelo
        # Grupos do Google. Acesse …/answer/188131 para ler as Diretrizes sobre e-mails de
        # remetentes em massa."): others flagged the sending IP as a source of spam, so the
        # reputation, as gmail.groups-rejected reads the English.
        Phrases("pt.reputation-google-groups", C.REPUTATION, (
            "rejeitada pelo grupos do google",
            "diretrizes sobre e-mails de remetentes em massa",
        ), "https://support.google.com/a/answer/168383?hl=pt-BR&ref_topic=1354753"),
        # Microsoft's localized help title for 550 5.7.705 'Access denied, tenant has exceeded threshold' (the 5.7.7xx block the code rule reads as reputation).
        Phrases("pt.reputation-microsoft-tenant-threshold", C.REPUTATION, (
            "locatário excedeu limite",
            "o inquilino excedeu o limiar",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.pt-BR:AlchemyInsights/error-code-550-5-7-705-access-denied-tenant-has-exceeded-threshold.md;"
            " isabella232/OfficeDocs-AlchemyInsights-pr.pt-PT:AlchemyInsights/error-code-550-5-7-705-access-denied-tenant-has-exceeded-threshold.md")),
        # Microsoft's Portuguese help on the NDR '554 5.2.2 mailbox full' for a mail-enabled public folder.
        Phrases("pt.mailbox-full-microsoft-public-folder", C.MAILBOX_FULL, (
            "caixa de correio cheia",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr."
            "pt-BR:AlchemyInsights/mailbox-full-error.md")),
        # Microsoft's Portuguese help on SMTP AUTH: 5.7.57 'Client not authenticated' (weak).
        Phrases("pt.auth-required-weak-microsoft", C.AUTH_REQUIRED, (
            "cliente não autenticado",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.pt-BR:Al"
            "chemyInsights/solving-smtp-authentication-issues.md"), decisive=False),
        # Microsoft's Portuguese help on SMTP AUTH: 5.7.139 'Authentication unsuccessful'.
        Phrases("pt.auth-failed-microsoft", C.AUTH_FAILED, (
            "autenticação malsucedida",
            "autenticação sem sucesso",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.pt-BR:AlchemyInsights/solving-smtp-authentication-issues.md;"
            " isabella232/OfficeDocs-AlchemyInsights-pr.pt-PT:AlchemyInsights/solving-smtp-authentication-issues.md")),
        # A Portuguese glossary of soft bounces: the recipient's mailbox is full and cannot receive more messages.
        Phrases("pt.mailbox-full-filememo", C.MAILBOX_FULL, (
            "caixa de correio do destinatário está cheia",
        ), "https://filememo.info/definirtec/?p=8694"),
        # InboxAlly's Brazilian Portuguese guide names greylisting 'lista cinza' (the message held back by the grey list) and a full inbox 'caixa de entrada lotada'.
        Phrases("pt.greylisted-inboxally", C.GREYLISTED, (
            "lista cinza",
        ), ("https://www.inboxally.com/pt-br/blog/email-s"
            "oft-bounce-vs-hard-bounce-qual-e-a-diferenca")),
        # InboxAlly's Brazilian Portuguese guide: a soft bounce from a full inbox ('caixa de entrada lotada').
        Phrases("pt.mailbox-full-inboxally", C.MAILBOX_FULL, (
            "caixa de entrada lotada",
        ), ("https://www.inboxally.com/pt-br/blog/email-s"
            "oft-bounce-vs-hard-bounce-qual-e-a-diferenca")),
        # K-9 / Thunderbird for Android status (Portugal) says "Erro de ligação"
        Phrases("pt.network-error-weak-k9", C.NETWORK_ERROR, ("erro de ligação",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-pt-rPT/strings.xml"),
                decisive=False),
        # K-9 / Thunderbird for Android status (Brazil) says "Erro de conexão"
        Phrases("pt.network-error-weak-k9-br", C.NETWORK_ERROR, ("erro de conexão",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-pt-rBR/strings.xml"),
                decisive=False),
        # K-9 account setup says "Erro de rede. Verifique sua conexão"
        Phrases("pt.network-error-weak-k9-setup", C.NETWORK_ERROR, ("erro de rede",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/setup/src/main/res/values-pt-rBR/strings.xml"),
                decisive=False),
        # K-9 server check says "Erro de autenticação"
        Phrases("pt.auth-failed-weak-k9", C.AUTH_FAILED, ("erro de autenticação",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/server/validation/src/main/res/values-pt-rBR/strings.xml"),
                decisive=False),
        # Geary, when it cannot reach the server, asks to check the network
        Phrases("pt.network-error-geary", C.NETWORK_ERROR, ("não foi possível conectar",),
                "GNOME/geary:po/pt_BR.po", decisive=False),
        # Geary (Brazil) says "an account has reported an incorrect login or password"
        Phrases("pt.auth-failed-geary", C.AUTH_FAILED, ("verifique seu endereço de e-mail e senha", "login ou senha incorretos"),
                "GNOME/geary:po/pt_BR.po"),
        # Geary (Portugal): incorrect access credentials, check your sending credentials
        Phrases("pt.auth-failed-geary-pt", C.AUTH_FAILED, ("verifique o seu email e palavra-passe",
            "credenciais de acesso não eram corretas", "verifique as suas credenciais de envio",
        ),
                "GNOME/geary:po/pt.po"),
        # Delta Chat cannot log in and asks to check the address and the password
        Phrases("pt.auth-failed-deltachat", C.AUTH_FAILED, ("palavra-chave estão corretos",),
                "deltachat/deltachat-android:src/main/res/values-pt/strings.xml"),
        # Delta Chat reports no internet connection (and so a failed login)
        Phrases("pt.network-error-deltachat-br", C.NETWORK_ERROR, ("sem conexão com a internet",),
                "deltachat/deltachat-android:src/main/res/values-pt-rBR/strings.xml"),
        # GNOME Online Accounts' mail setup errors, server does not support STARTTLS, TLS not available
        Phrases("pt.tls-required-goa", C.TLS_REQUIRED, ("não suporta starttls", "tls indisponível"),
                "GNOME/gnome-online-accounts:po/pt.po"),
        # GNOME Online Accounts' mail setup errors, unknown authentication mechanism, failed
        Phrases("pt.auth-failed-goa", C.AUTH_FAILED, ("mecanismo de autenticação desconhecido",),
                "GNOME/gnome-online-accounts:po/pt.po"),
        # GNOME Online Accounts' mail setup errors, server does not support STARTTLS, TLS not available
        Phrases("pt.tls-required-goa-br", C.TLS_REQUIRED, (
            "não possui suporte a starttls", "tls não está disponível",
        ),
                "GNOME/gnome-online-accounts:po/pt_BR.po"),
        # fetchmail timed out waiting to connect to the server
        Phrases("pt.network-error-fetchmail", C.NETWORK_ERROR, (
            "esperando para conectar ao servidor",
        ),
                "Distrotech/fetchmail:po/pt_BR.po"),
        # fetchmail's SMTP listener refused the recipient address (weak, the reason follows)
        Phrases("pt.user-unknown-weak-fetchmail", C.USER_UNKNOWN, (
            "não gosta do endereço do destinatário",
        ),
                "Distrotech/fetchmail:po/pt_BR.po", decisive=False),
        # K-9's account check (before Nov 2023), the username or password is incorrect
        Phrases("pt.auth-failed-k9-check", C.AUTH_FAILED, ("palavra-passe incorretos",),
                ("thunderbird/thunderbird-android:"
                 "app/ui/legacy/src/main/res/values-pt-rPT/strings.xml")),
        # K-9's account check (before Nov 2023), the server presented an invalid SSL certificate
        Phrases("pt.tls-required-k9-check", C.TLS_REQUIRED, ("certificado ssl inválido",),
                ("thunderbird/thunderbird-android:"
                 "app/ui/legacy/src/main/res/values-pt-rPT/strings.xml")),
        # K-9's account check (before Nov 2023), the username or password is incorrect
        Phrases("pt.auth-failed-k9-check-br", C.AUTH_FAILED, ("usuário ou senha incorretos",),
                ("thunderbird/thunderbird-android:"
                 "app/ui/legacy/src/main/res/values-pt-rBR/strings.xml")),
        # Geary's untrusted-connection dialog, the server's TLS certificate is unsigned, expired or mismatched
        Phrases("pt.tls-required-geary", C.TLS_REQUIRED, (
            "não está assinado por uma autoridade conhecida", "certificado do servidor expirou", "não corresponde à identidade no certificado",
        ),
                "GNOME/geary:po/pt.po"),
        # K-9 / Thunderbird for Android notification says "Certificate error" (weak)
        Phrases("pt.tls-required-weak-k9", C.TLS_REQUIRED, ("erro de certificado",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-pt-rPT/strings.xml"),
                decisive=False),
        # K-9 / Thunderbird for Android notification says "Certificate error" (weak)
        Phrases("pt.tls-required-weak-k9-br", C.TLS_REQUIRED, ("erro no certificado",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-pt-rBR/strings.xml"),
                decisive=False),
        # GNOME Online Accounts' TLS errors, the signing certificate authority is unknown, expired
        Phrases("pt.tls-required-goa-certificate", C.TLS_REQUIRED, (
            "autoridade de certificação que assina", "o certificado expirou",
        ),
                "GNOME/gnome-online-accounts:po/pt.po"),
        # GNOME Online Accounts' TLS error "Invalid certificate" (weak)
        Phrases("pt.tls-required-weak-goa", C.TLS_REQUIRED, ("certificado inválido",),
                "GNOME/gnome-online-accounts:po/pt.po", decisive=False),
        # GNOME Online Accounts' TLS errors, the signing certificate authority is unknown, expired
        Phrases("pt.tls-required-goa-certificate-br", C.TLS_REQUIRED, (
            "autoridade certificadora assinante",
        ),
                "GNOME/gnome-online-accounts:po/pt_BR.po"),
        # GNOME Online Accounts, the server refused the password for the username
        Phrases("pt.auth-failed-goa-password", C.AUTH_FAILED, (
            "palavra-passe inválida com o nome de utilizador",
        ),
                "GNOME/gnome-online-accounts:po/pt.po"),
        # GNOME Online Accounts, the server refused the password for the username
        Phrases("pt.auth-failed-goa-password-br", C.AUTH_FAILED, (
            "senha inválida para o nome de usuário",
        ),
                "GNOME/gnome-online-accounts:po/pt_BR.po"),
        # fetchmail's authentication-failed notice and unknown login or authentication error
        Phrases("pt.auth-failed-fetchmail", C.AUTH_FAILED, (
            "erro desconhecido de login ou autenticação",
        ),
                "Distrotech/fetchmail:po/pt_BR.po"),
        # Evolution's SMTP errors, STARTTLS not supported or failed, secure connection failed
        Phrases("pt.tls-required-evolution-smtp", C.TLS_REQUIRED, ("não há suporte a starttls",),
                "GNOME/evolution-data-server:po/pt_BR.po"),
        # Evolution's SMTP errors, the AUTH command failed, no support for the mechanism
        Phrases("pt.auth-failed-evolution-smtp", C.AUTH_FAILED, ("o comando auth falhou",),
                "GNOME/evolution-data-server:po/pt_BR.po"),
        # Evolution's SMTP error when MAIL FROM fails (weak, the server's reason follows)
        Phrases("pt.sender-rejected-weak-evolution-smtp", C.SENDER_REJECTED, (
            "o comando mail from falhou",
        ),
                "GNOME/evolution-data-server:po/pt_BR.po", decisive=False),
        # .NET's SmtpClient refusal (SmtpException) as SQL Server Reporting Services' docs quote it:
        # the SMTP server wants a secure connection or an authenticated client.
        Phrases("pt.auth-required-dotnet", C.AUTH_REQUIRED, (
            "o cliente não foi autenticado",
            "o cliente não estava autenticado",
        ), "zelanko/sql-docs.pt-br:docs/reporting-services/install-windows/configure-e-mail-for-a-reporting-services-service-application.md"),
        # SquirrelMail's pt_PT RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("pt.service-unavailable-weak-squirrelmail-svn", C.SERVICE_UNAVAILABLE, (
            "fechar o canal",
        ), "sitle/squirrelmail-src:locales/locale/pt_PT/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's pt_PT RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("pt.auth-failed-squirrelmail-svn", C.AUTH_FAILED, (
            "transição da palavra-chave",
        ), "sitle/squirrelmail-src:locales/locale/pt_PT/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's pt_PT RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("pt.user-unknown-weak-squirrelmail-svn", C.USER_UNKNOWN, (
            "caixa de correio não está disponível",
            "caixa de corrio não disponível",
            "nome não permitido para a caixa de correio",
        ), "sitle/squirrelmail-src:locales/locale/pt_PT/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's pt_PT RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("pt.system-full-squirrelmail-svn", C.SYSTEM_FULL, (
            "falta espaço de armazenamento",
        ), "sitle/squirrelmail-src:locales/locale/pt_PT/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's pt_PT RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("pt.bad-sequence-squirrelmail-svn", C.BAD_SEQUENCE, (
            "sequência incorrecta de comandos",
        ), "sitle/squirrelmail-src:locales/locale/pt_PT/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's pt_PT RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("pt.tls-required-squirrelmail-svn", C.TLS_REQUIRED, (
            "necessário cifra para o mecanismo de autenticação",
        ), "sitle/squirrelmail-src:locales/locale/pt_PT/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's pt_PT RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("pt.mailbox-full-squirrelmail-svn", C.MAILBOX_FULL, (
            "excedeu o espaço de armazenamento",
        ), "sitle/squirrelmail-src:locales/locale/pt_PT/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's pt_PT RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("pt.server-error-weak-squirrelmail-svn", C.SERVER_ERROR, (
            "falha na transacção",
        ), "sitle/squirrelmail-src:locales/locale/pt_PT/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's pt_BR RFC 5321/4954 reply texts in its later (SVN trunk) catalogue, as its
        # compose screen shows a server's refusal.
        Phrases("pt.server-error-weak-squirrelmail-svn-br", C.SERVER_ERROR, (
            "falha na transação",
        ), "sitle/squirrelmail-src:locales/locale/pt_BR/LC_MESSAGES/squirrelmail.po", decisive=False),
        # .NET's SmtpStatusCode reference (pt-br): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("pt.bad-sequence-dotnet-docs", C.BAD_SEQUENCE, (
            "comandos foram enviados na sequência incorreta",
        ), "https://learn.microsoft.com/pt-br/dotnet/api/system.net.mail.smtpstatuscode"),
        # .NET's SmtpStatusCode reference (pt-br): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("pt.not-implemented-weak-dotnet-docs", C.NOT_IMPLEMENTED, (
            "não implementa o comando especificado",
            "não implementa o parâmetro do comando",
        ), "https://learn.microsoft.com/pt-br/dotnet/api/system.net.mail.smtpstatuscode", decisive=False),
        # .NET's SmtpStatusCode reference (pt-br): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("pt.syntax-error-dotnet-docs", C.SYNTAX_ERROR, (
            "não reconhece o comando especificado",
        ), "https://learn.microsoft.com/pt-br/dotnet/api/system.net.mail.smtpstatuscode"),
        # Geary, when the server refuses the login, asks to check the receiving login and password
        Phrases("pt.auth-failed-geary-receiving", C.AUTH_FAILED, (
            "verifique as suas credenciais de receção",
        ),
                "GNOME/geary:po/pt.po"),
        # Geary, when the server refuses the login, asks to check the receiving login and password
        Phrases("pt.auth-failed-geary-receiving-br", C.AUTH_FAILED, (
            "login e senha de recebimento",
        ),
                "GNOME/geary:po/pt_BR.po"),
        # ezmlm-idx's translated refusals of a post from a non-subscriber (TXT_ONLY_SUBSCRIBERS) and
        # from a poster the owner blocked (TXT_REJECT_POSTS). (pt and pt_BR)
        Phrases("pt.sender-rejected-ezmlm", C.SENDER_REJECTED, (
            "somente assinantes podem enviar mensagens",
            "estou rejeitando as suas mensagens",
            "programado a rejeitar as suas mensagens",
        ), "bruceg/ezmlm-idx:lang/pt/messages; bruceg/ezmlm-idx:lang/pt_BR/messages"),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("pt.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "rejeitada pelo moderador",
        ), (
            "jaredmauch/mailman2-python3:templates/pt/refuse.txt; jaredmauch/mailman2-python3"
            ":templates/pt_BR/refuse.txt; sympa-community/sympa:po/sympa/pt_BR.po"
        )),
        # Exchange's Brazilian Portuguese NDR reference (Exchange 2013 docs), 5.4.4: there is no route ("roteador") for the message's delivery (next hop unknown).
        Phrases("pt.network-error-no-route-exchange2013", C.NETWORK_ERROR, (
            "roteador para entrega de mensagens",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.pt-br:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Sympa's translated reject.tt2 and delivery status notification: the moderator rejected the
        # post, or it was forwarded to the moderators for approval.
        Phrases("pt.policy-violation-sympa", C.POLICY_VIOLATION, (
            "encaminhada para os/as moderadores",
        ), "sympa-community/sympa:po/sympa/pt_BR.po"),
        # Mailman 2's translated reasons not yet read: a post the moderator deemed inappropriate, the
        # Bcc refusal (implicit destinations not allowed), a suspicious header.
        Phrases("pt.policy-violation-mailman-inappropriate", C.POLICY_VIOLATION, (
            "de forma inapropriada pelo moderador",
            "considerada inapropriada pelo moderador",
            "destinos implícitos não são permitidos",
        ), (
            "jaredmauch/mailman2-python3:messages/pt_BR/LC_MESSAGES/mailman.po; jaredmauch/ma"
            "ilman2-python3:messages/pt/LC_MESSAGES/mailman.po"
        )),
        # Mailman 2's European Portuguese hold reason: the message body is too big.
        Phrases("pt.message-too-large-mailman-pt", C.MESSAGE_TOO_LARGE, (
            "corpo da mensagem é demasiado grande",
        ), "jaredmauch/mailman2-python3:messages/pt/LC_MESSAGES/mailman.po"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("pt.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "em espera até que o moderador",
        ), (
            "jaredmauch/mailman2-python3:templates/pt_BR/postheld.txt; jaredmauch/mailman2-py"
            "thon3:templates/pt/postheld.txt"
        )),
        # Sympa's translated delivery status notification: the post is over the list's maximum size.
        Phrases("pt.message-too-large-sympa-dsn", C.MESSAGE_TOO_LARGE, (
            "excede o tamanho máximo",
        ), "sympa-community/sympa:po/sympa/pt_BR.po"),
        # Sympa's translated send-scenario refusals: distribution in the list not allowed, or restricted
        # (to moderators).
        Phrases("pt.sender-rejected-sympa-distribution", C.SENDER_REJECTED, (
            "distribuição de mensagem não é permitida",
        ), "sympa-community/sympa:po/sympa/pt_BR.po"),
        # Sympa's translated refusal of a MIME multipart post.
        Phrases("pt.content-rejected-sympa", C.CONTENT_REJECTED, (
            "mensagens multipart não são permitidas",
        ), "sympa-community/sympa:po/sympa/pt_BR.po"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, SpamDetect.py): emergency hold
        # of all list traffic, a header filter rule matched, a post to a moderated newsgroup.
        Phrases("pt.policy-violation-mailman-filter", C.POLICY_VIOLATION, (
            "um newsgroup moderado",
            "contenção de emergência do tráfego",
            "rejeitada pela regra de filtro",
            "suspensão de emergência de todo o tráfego",
        ), (
            "jaredmauch/mailman2-python3:messages/pt_BR/LC_MESSAGES/mailman.po; jaredmauch/ma"
            "ilman2-python3:messages/pt/LC_MESSAGES/mailman.po"
        )),
        # Sympa's translated hint beside a subscribers-only refusal: the poster may be subscribed under
        # another address (weak: alone it only hints that the sender is not a subscriber).
        Phrases("pt.sender-rejected-sympa-other-address", C.SENDER_REJECTED, (
            "inscrito na lista com um endereço",
        ), "sympa-community/sympa:po/sympa/pt_BR.po", decisive=False),
        # Mailman 3's hold and rejection reasons about the poster: not a member, banned, no valid sender.
        Phrases("pt.sender-rejected-mailman3-core", C.SENDER_REJECTED, (
            "não é de um membro da lista",
            "foi banido desta lista",
            "não tem remetentes válidos",
        ), (
            "osstech-jp/mailman:src/mailman/messages/pt/LC_MESSAGES/mailman.po; osstech-jp/ma"
            "ilman:src/mailman/messages/pt_BR/LC_MESSAGES/mailman.po"
        )),
        # Mailman 3's moderation hold reasons (moderated member, implicit destination, emergency
        # moderation) and its notice that a post awaits the moderator's approval.
        Phrases("pt.policy-violation-mailman3-core", C.POLICY_VIOLATION, (
            "contém questões administrativas", "correspondeu a uma regra de cabeçalho", "grupo de notícias moderado",
            "vem de um membro moderado",
            "tem destinação implícita",
            "aguarda aprovação do moderador",
            "moderação de emergência está em vigor",
        ), (
            "osstech-jp/mailman:src/mailman/messages/pt/LC_MESSAGES/mailman.po; osstech-jp/ma"
            "ilman:src/mailman/messages/pt_BR/LC_MESSAGES/mailman.po"
        )),
        # Mailman 3's no_subject rule: the post has no subject.
        Phrases("pt.content-rejected-mailman3-core", C.CONTENT_REJECTED, (
            "tipo do conteúdo da mensagem", "extensão de ficheiro da mensagem",
            "a mensagem não tem um assunto",
        ), (
            "osstech-jp/mailman:src/mailman/messages/pt/LC_MESSAGES/mailman.po; osstech-jp/ma"
            "ilman:src/mailman/messages/pt_BR/LC_MESSAGES/mailman.po"
        )),
        # Mailman 3's list:user:notice:hold and refuse templates: the post is held for the moderator, or
        # the moderator rejected it.
        Phrases("pt.policy-violation-mailman3-notice", C.POLICY_VIOLATION, (
            "retido até que o moderador",
        ), (
            "osstech-jp/mailman:src/mailman/templates/pt/list:user:notice:hold.txt; osstech-j"
            "p/mailman:src/mailman/templates/pt_BR/list:user:notice:hold.txt"
        )),
        # Mailman 3's list:user:notice:rejected template: the post was rejected, its reasons listed after
        # (weak: a listed reason's own wording decides).
        Phrases("pt.policy-violation-mailman3-reasons", C.POLICY_VIOLATION, (
            "rejeitada pelos seguintes motivos",
        ), (
            "osstech-jp/mailman:src/mailman/templates/pt/list:user:notice:rejected.txt; osste"
            "ch-jp/mailman:src/mailman/templates/pt_BR/list:user:notice:rejected.txt"
        ), decisive=False),
        # Odoo's mail server test (pt_BR): "O servidor parece não oferecer suporte ao SSL, você pode
        # querer tentar usar STARTTLS".
        Phrases("pt.tls-required-odoo", C.TLS_REQUIRED, (
            "não oferecer suporte ao ssl",
        ), "odoo/odoo:odoo/addons/base/i18n/pt_BR/LC_MESSAGES/code.po"),
        # Odoo's mail server test (base pt_BR.po): "O servidor encerrou a conexão inesperadamente.
        # Verifique a configuração servida neste número de porta."
        Phrases("pt.network-error-odoo", C.NETWORK_ERROR, (
            "encerrou a conexão inesperadamente",
        ), "odoo/odoo:odoo/addons/base/i18n/pt_BR.po"),
        # Odoo's mail server test (base pt_BR.po): "O servidor recusou o endereço do remetente
        # (<from>) com o erro <reply>" (The server refused the sender address).
        Phrases("pt.sender-rejected-odoo", C.SENDER_REJECTED, (
            "recusou o endereço do remetente",
        ), "odoo/odoo:odoo/addons/base/i18n/pt_BR.po"),
        # Trojitá's SMTP sender (src/MSA/SMTP.cpp), translated: "Cannot send message due to an
        # SSL/TLS error" ("Não é possível enviar a mensagem, devido a um erro de SSL/TLS").
        Phrases("pt.tls-required-trojita", C.TLS_REQUIRED, (
            "devido a um erro de ssl/tls",
        ), "jktjkt/trojita:po/pt/trojita_common.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("pt.tls-required-claws", C.TLS_REQUIRED, (
            "o certificado tls é inválido",
        ), "eworm-de/claws-mail:po/pt_BR.po"),
        # Sylpheed's translated "SSL certificate verify failed" (the server's certificate did not verify).
        Phrases("pt.tls-required-sylpheed-ssl", C.TLS_REQUIRED, (
            "verificação do certificado ssl falhou",
        ), "sylpheed-mail/sylpheed:po/pt_BR.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("pt.tls-required-balsa-session", C.TLS_REQUIRED, (
            "a negociação tls falhou",
            "tls requisitado, mas não está disponível",
        ), "GNOME/balsa:po/pt_BR.po"),
        # Joomla 3's Portuguese PHPMailer strings (PHPMAILER_*)
        Phrases("pt.user-unknown-joomla3", C.USER_UNKNOWN, (
            "ocorreu um erro no seguinte destinatário",
        ), "cuongnd/banhangonline88_joomla:language/pt-BR/pt-BR.ini", decisive=False),
        # Joomla 3's Portuguese PHPMailer strings (PHPMAILER_*)
        Phrases("pt.tls-required-joomla3", C.TLS_REQUIRED, (
            "não foi possível iniciar tls",
        ), "cuongnd/banhangonline88_joomla:language/pt-BR/pt-BR.ini"),
        # Joomla 3's Portuguese PHPMailer strings (PHPMAILER_*)
        Phrases("pt.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "falha no seguinte endereço de remetente",
        ), "cuongnd/banhangonline88_joomla:language/pt-PT/pt-PT.ini"),
        # Joomla 3's Portuguese PHPMailer strings (PHPMAILER_*)
        Phrases("pt.user-unknown-joomla3-pt-pt", C.USER_UNKNOWN, (
            "falha nos seguintes destinatários",
        ), "cuongnd/banhangonline88_joomla:language/pt-PT/pt-PT.ini", decisive=False),
        # Joomla 3's Portuguese PHPMailer strings (PHPMAILER_*)
        Phrases("pt.network-error-joomla3", C.NETWORK_ERROR, (
            "falha na conexão ao smtp",
        ), "cuongnd/banhangonline88_joomla:language/pt-PT/pt-PT.ini"),
        # Joomla 3's (another pack's) Portuguese PHPMailer strings (PHPMAILER_*)
        Phrases("pt.sender-rejected-joomla3-ddsales", C.SENDER_REJECTED, (
            "o seguinte endereço de remetente falhou",
        ), "dwarkesh0204/ddsales:language/pt-PT/pt-PT.ini"),
        # Joomla 3's (another pack's) Portuguese PHPMailer strings (PHPMAILER_*)
        Phrases("pt.user-unknown-joomla3-ddsales", C.USER_UNKNOWN, (
            "erro do smtp nos seguintes destinatários",
        ), "dwarkesh0204/ddsales:language/pt-PT/pt-PT.ini", decisive=False),
        # Joomla 3's (another pack's) Portuguese PHPMailer strings (PHPMAILER_*)
        Phrases("pt.network-error-joomla3-curjoomla", C.NETWORK_ERROR, (
            "falha na ligação ao smtp",
        ), "OleksiiSapronov/currency_joomla:language/pt-PT/pt-PT.ini"),
        # Zammad's email-channel probe 'Authentication not possible (not offered by the service)': the server offers no AUTH
        Phrases("pt.not-implemented-zammad", C.NOT_IMPLEMENTED, (
            "não oferecida pelo serviço",
        ), "zammad/zammad:i18n/zammad.pt-br.po"),
        # Joomla's (a site's installed packs') Portuguese PHPMailer strings (PHPMAILER_*)
        Phrases("pt.sender-rejected-joomla3-fnunes1906", C.SENDER_REJECTED, (
            "erro no endereço do remetente",
        ), "FNunes1906/V3:language/pt-BR/pt-BR.ini"),
        # phpBB's Portuguese messenger errors: no supported AUTH method
        Phrases("pt.auth-failed-phpbb", C.AUTH_FAILED, (
            "nenhum método de autenticação suportado",
        ), "phpbb-pt/phpbb_language_pt:phpBB 3.1/language/pt/common.php"),
        # Netbit's help on 'Authentication required': the mail was refused because the client did
        # not authenticate to the SMTP server first ("não houve prévia autenticação").
        Phrases("pt.auth-required-netbit", C.AUTH_REQUIRED, ("não houve prévia autenticação", "nao houve previa autenticacao"),
                "https://netbit.com.br/suporte/kb_E-mail_Problemas-comuns-no-envio.php"),
        # UOL Host's FAQ on mailbox quota: over the quota "o e-mail deixa de funcionar por falta de
        # espaço (não recebe mais mensagens...)".
        Phrases("pt.mailbox-full-uolhost", C.MAILBOX_FULL, ("deixa de funcionar por falta de espaço",),
                "https://faq.uol.com.br/uolhost/content/informacoes-sobre-upgrade-de-e-mail-profissional"),
        # Netbit's help on receiving: callback verification refuses the mail when the sender's
        # server says "que o e-mail do remetente não existe".
        Phrases("pt.sender-rejected-netbit-callback", C.SENDER_REJECTED, ("e-mail do remetente não existe",),
                "https://netbit.com.br/suporte/kb_E-mail_Problemas-comuns-no-recebimento.php"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("pt.rate-limited-sogo", C.RATE_LIMITED, (
            "enviar muitos emails",
            "enviar demasiados emails",
        ), "Alinto/sogo:UI/MailerUI/BrazilianPortuguese.lproj/Localizable.strings; Alinto/sogo:UI/MailerUI/Portuguese.lproj/Localizable.strings"),
        # Microsoft's help title for Exchange Online's 5.1.90 NDR: the sender's daily recipient limit reached.
        Phrases("pt.rate-limited-daily-recipients-pt", C.RATE_LIMITED, (
            "limite diário para os destinatários",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.pt-PT:AlchemyInsights/5-1-90-your-message-cant-be-sent-daily-limit.md"),
        # Microsoft's help on Exchange Online's mailbox receiving limit (3,600 messages an hour): senders get a 5.2.121 or 5.2.122 NDR saying the mailbox exceeded its maximum delivery threshold.
        Phrases("pt.rate-limited-microsoft-receiving-pt", C.RATE_LIMITED, (
            "limiar de entrega máximo",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.pt-PT:AlchemyInsights/mailbox-receiving-limit.md"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        Phrases("pt.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "limite da taxa de destinatários",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.pt-PT:AlchemyInsights/need-help-with-email-sending-limits.md"),
        # Kopano's MAPI error text (m4lcommon/Util.cpp, MAPI_E_STORE_FULL), translated: the message store has reached its maximum size.
        Phrases("pt.mailbox-full-kopano", C.MAILBOX_FULL, (
            "caixa alcançou o seu tamanho máximo",
        ), "Kopano-dev/kopano-core:po/pt.po"),
        # Kopano spooler's NDR text (spooler/Spooler.cpp), translated: a fatal error while processing the message, Kopano cannot send it.
        Phrases("pt.server-error-kopano", C.SERVER_ERROR, (
            "ocorreu um erro fatal a processar a sua mensagem",
            "um erro fatal ocorreu durante o processamento da sua mensagem",
        ), "Kopano-dev/kopano-core:po/pt.po; Kopano-dev/kopano-core:po/pt_BR.po"),
        # SpamAssassin's Brazilian rule descriptions (30_text_pt_br.cf): DKIM, no valid signature (ADSP).
        Phrases("pt.sender-unauthenticated-spamassassin", C.SENDER_UNAUTHENTICATED, (
            "nenhuma assinatura válida",
        ), "apache/spamassassin:rules/30_text_pt_br.cf"),
        # SpamAssassin's Brazilian rule descriptions (30_text_pt_br.cf): classified as bulk mail by DCC.
        Phrases("pt.spam-content-spamassassin-bulk", C.SPAM_CONTENT, (
            "classificado como email em massa",
        ), "apache/spamassassin:rules/30_text_pt_br.cf"),
        # SpamAssassin's Brazilian rule descriptions (30_text_pt_br.cf): the message contains a Microsoft executable.
        Phrases("pt.content-rejected-spamassassin", C.CONTENT_REJECTED, (
            "contém um programa executável",
        ), "apache/spamassassin:rules/30_text_pt_br.cf"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words. (pt-BR;
        # pt-PT 'ligação' alike)
        Together("pt.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("conexão com o servidor", "ligação ao servidor"),
            ("reiniciada", "interrompida", "foi reposta", "expirou", "falhou"),
        ), "thunderbird/thunderbird-l10n:pt-BR/mail/chrome/messenger/messenger.properties", window=60),
        # Adobe Campaign's Brazilian docs on delivery failures ("a caixa de entrada deste usuário
        # está cheia e não pode aceitar mais mensagens") and OSAE's webmail note ("Quando é atingido
        # o limite de armazenamento ... ficando impedido de receber novos emails"): a full mailbox;
        # also Microsoft's European Portuguese Alchemy Insights note on 554 5.2.2 ("a quota da caixa
        # de correio pública ... não foi alcançada").
        Together("pt.together-mailbox-full", C.MAILBOX_FULL,
                 (("caixa de entrada", "caixa de correio", "caixa postal", "armazenamento"),
                  ("chei", "lotad", "sem espaço", "esgotad", "atingi", "quota da", "cota da")),
                 "AdobeDocs/campaign-standard.pt-BR:help/sending/using/understanding-delivery-failures.md"),
        # The same Adobe page on a disabled account: "ele pode fechar a conta do usuário ... a conta
        # é desativada permanentemente"; an account that is disabled, suspended or inactive.
        Together("pt.together-mailbox-disabled", C.MAILBOX_DISABLED,
                 (("conta é", "conta foi", "conta está", "conta do", "conta de e-mail", "conta de email",
                   "caixa postal"),
                  ("desativad", "desabilitad", "suspens", "inativ", "fechar")),
                 "AdobeDocs/campaign-standard.pt-BR:help/sending/using/understanding-delivery-failures.md"),
        # The same page on an invalid domain: "o domínio do endereço de email está incorreto ou não
        # existe mais"; the domain (not a user in it) that does not exist or cannot be found.
        Together("pt.together-host-unknown", C.HOST_UNKNOWN,
                 (("o domínio", "domínio do endereço", "domínio do destinatário", "nome de domínio"),
                  ("não existe", "inexistente", "não foi encontrado", "não pôde ser resolvido")),
                 "AdobeDocs/campaign-standard.pt-BR:help/sending/using/understanding-delivery-failures.md",
                 window=60),
        # A Brazilian blog on Exchange's IMCEAEX NDR: "o usuário não existe mais no ambiente"; a user,
        # recipient or address that does not exist or is unknown.
        Together("pt.together-user-unknown", C.USER_UNKNOWN,
                 (("usuário", "utilizador", "destinatário", "endereço de e-mail", "endereço de email",
                   "caixa de correio"),
                  ("não existe", "inexistente", "desconhecid")),
                 "https://www.eduardoseixas.com.br/blog/relatorio-de-nao-entrega-imceaex-quando-enviar-"
                 "mensagens-de-email-a-um-usuario-interno/"),
        # darede's Brazilian guide to common e-mail errors: "enviar anexos no seu email, com uma
        # quantidade maior do que o provedor de emails do destinatário suporta"; an attachment or
        # message bigger than the recipient's provider accepts.
        Together("pt.together-message-too-large", C.MESSAGE_TOO_LARGE,
                 (("anexo", "mensagem", "arquivo anexado"),
                  ("muito grande", "grande demais", "maior do que o", "maior que o limite",
                   "excede o tamanho")),
                 "https://www.darede.com.br/erros-mais-comuns-de-email/"),
        # Google Workspace's Brazilian list of Gmail SMTP errors: "450 4.2.1 Limite máximo de
        # redirecionamento SMTP excedido para o cliente"; a sending or relay limit exceeded.
        Together("pt.together-rate-limited", C.RATE_LIMITED,
                 (("limite máximo de redirecionamento", "limite de envio", "limite de mensagens",
                   "limite diário", "limite de destinatários"),
                  ("excedid", "atingid", "ultrapassad")),
                 "https://knowledge.workspace.google.com/admin/support/troubleshooting/"
                 "gmail-smtp-errors-and-codes?hl=pt-br"),
        # MailScanner's Brazilian notice for a removed attachment (deleted.virus.message.txt): "O
        # arquivo anexo desta mensagem ... pode estar infectado com vírus de computador"; a virus
        # or malware found in an attachment or message.
        Together("pt.together-virus", C.VIRUS,
                 (("vírus", "malware", "código malicioso"),
                  ("infectad", "anexo", "detectad", "contém", "contendo")),
                 "MailScanner/v5:common/usr/share/MailScanner/reports/pt_br/deleted.virus.message.txt"),
        # fetchmail's "<protocol> connection to <host> failed", the host between the words
        Together("pt.together-network-error-fetchmail", C.NETWORK_ERROR, (
            ("conexão",),
            ("falhou",),
        ), "Distrotech/fetchmail:po/pt_BR.po", window=60),
        # msmtp's translated "envelope from address <address> not accepted by the server", the
        # address between the words.
        Together("pt.together-sender-rejected-msmtp", C.SENDER_REJECTED, (
            ("envelope do endereço",),
            ("não foi aceito",),
        ), "marlam/msmtp:po/pt_BR.po", window=100),
    ),
)
