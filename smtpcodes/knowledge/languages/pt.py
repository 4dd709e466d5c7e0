"""Portuguese (Brazil and Portugal) wording of SMTP replies and bounce notices: the Portuguese
text Google publishes for Gmail's SMTP replies, GoDaddy's Portuguese relay replies, Brazilian
hosts' help pages that quote bounce wording, and the pt_BR/pt_PT Roundcube client strings that
quote a server's refusal. Sources: Gmail SMTP errors page (hl=pt-br), ix-one.com (GoDaddy)
bounce table, bs2internet.com, roundcube/roundcubemail program/localization/pt_BR and pt_PT."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_GMAIL = (
    "https://knowledge.workspace.google.com/admin/support/troubleshooting/"
    "gmail-smtp-errors-and-codes?hl=pt-br"
)
_GODADDY = "http://ix-one.com/domainhostingFAQ/article/MS_27771.html"
_BS2 = "https://bs2internet.com/mensagens-de-erro-ao-enviar-e-mails"
_ROUNDCUBE_BR = "roundcube/roundcubemail:program/localization/pt_BR/messages.inc"

LANGUAGE = Language(
    code="pt",
    name="Portuguese",
    phrases=(
        Phrases("pt.user-unknown", C.USER_UNKNOWN, (
            "usuário desconhecido", "usuario desconhecido", "endereço de e-mail não existe",
        ), _BS2),
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
    ),
)
