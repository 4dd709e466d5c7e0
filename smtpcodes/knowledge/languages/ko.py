"""Korean (ko): the Korean SMTP error wording of mail clients that show or quote a server's
refusal: Thunderbird's composeMsgs.properties (thunderbird/thunderbird-l10n), Roundcube's
messages.inc, Evolution's translations of the RFC 5321 reply texts
(GNOME/evolution-data-server po/)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_EVO_PO = "GNOME/evolution-data-server:po/ko.po"
_RC_L10N = "roundcube/roundcubemail:program/localization/ko_KR/messages.inc"
_TB_L10N = (
    "thunderbird/thunderbird-l10n:ko/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)

LANGUAGE = Language(
    code="ko",
    name="Korean",
    phrases=(
        Phrases("ko.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "자신의 메일 주소를 확인한 후",
        ), _TB_L10N, decisive=False),
        Phrases("ko.too-many-recipients-thunderbird", C.RATE_LIMITED, (
            "받는 사람 수의 한도를 초과하여",
        ), _TB_L10N),
        Phrases("ko.message-too-large-thunderbird", C.MESSAGE_TOO_LARGE, (
            "서버의 일반 크기 제한",
        ), _TB_L10N),
        Phrases("ko.network-error-thunderbird", C.NETWORK_ERROR, (
            "서버 설정이 틀릴 가능성이", "연결이 실패했기 때문에", "연결이 중간에 실패했습니다", "연결 시간이 초과되어",
        ), _TB_L10N),
        Phrases("ko.auth-failed-thunderbird", C.AUTH_FAILED, (
            "smtp 서버 인증에 실패했습니다", "선택한 인증 방식을 지원하지 않습니다",
        ), _TB_L10N),
        Phrases("ko.network-error-roundcube", C.NETWORK_ERROR, (
            "서버와의 연결을 실패했습니다",
        ), _RC_L10N),
        Phrases("ko.auth-failed-roundcube", C.AUTH_FAILED, (
            "인증을 실패했습니다",
        ), _RC_L10N),
        Phrases("ko.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "설정하는데 실패했습니다",
        ), _RC_L10N, decisive=False),
        Phrases("ko.message-too-large-roundcube", C.MESSAGE_TOO_LARGE, (
            "메시지 크기가 서버 제한을",
        ), _RC_L10N),
        Phrases("ko.mailbox-full-evolution", C.MAILBOX_FULL, (
            "저장 공간이 할당량을 넘었습니다",
        ), _EVO_PO),
        Phrases("ko.auth-required-evolution", C.AUTH_REQUIRED, (
            "인증이 필요합니다",
        ), _EVO_PO),
        Phrases("ko.auth-failed-evolution", C.AUTH_FAILED, (
            "인증이 임시로 실패했습니다", "인증 방식이 너무 취약합니다",
        ), _EVO_PO),
        Phrases("ko.system-full-evolution", C.SYSTEM_FULL, (
            "시스템 저장 공간이 부족합니다",
        ), _EVO_PO),
        Phrases("ko.sender-rejected-mailman", C.SENDER_REJECTED, (
            "리스트로 글을 보내는게 금지되어", "리스트에 비회원이 글을 보내셨습니다", "비회원은 글을 보낼 수 없습니다",
        ), "jaredmauch/mailman2-python3:messages/ko/LC_MESSAGES/mailman.po"),
        Phrases("ko.sender-rejected-sympa", C.SENDER_REJECTED, (
            "메시지 배포 허용되지 않습니다",
        ), "sympa-community/sympa:po/sympa/ko.po"),
    ),
)
