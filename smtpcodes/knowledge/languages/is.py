"""Icelandic (is): the SMTP error messages that mail clients show in Icelandic. Sources:
Thunderbird's Icelandic composeMsgs.properties (thunderbird/thunderbird-l10n) and Roundcube's
Icelandic messages.inc.
Also: Evolution's translated RFC 5321 reply texts (GNOME/evolution-data-server po/)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_TB = (
    "thunderbird/thunderbird-l10n:is/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_RC = "roundcube/roundcubemail:program/localization/is_IS/messages.inc"
_EVO = "GNOME/evolution-data-server:po/is.po"

LANGUAGE = Language(
    code="is",
    name="Icelandic",
    phrases=(
        Phrases("is.auth-failed", C.AUTH_FAILED, (
            "styður ekki valda auðkennisaðferð", "auðkenning mistókst",
        ), _TB + "; " + _RC),
        Phrases("is.network-error", C.NETWORK_ERROR, (
            "þar sem tenging við póstþjónn", "þar sem tenging slitnaði", "þar sem tenging rann út",
            "tenging við póstþjón mistókst",
        ), _TB + "; " + _RC),
        Phrases("is.message-too-large", C.MESSAGE_TOO_LARGE, (
            "fer yfir hámarksstærð póstþjóns", "stærð skilaboða yfir takmörkum",
        ), _TB + "; " + _RC),
        Phrases("is.too-many-recipients", C.RATE_LIMITED, (
            "farið var yfir leyfilegan fjölda viðtakenda", "of margir viðtakendur",
        ), _TB + "; " + _RC),
        Phrases("is.smtputf8", C.CONTENT_REJECTED, (
            "styður ekki smtputf8", "styður ekki unicode í tölvupóstföngum",
        ), _TB + "; " + _RC),
        Phrases("is.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "mistókst að setja sendanda",
        ), _RC, decisive=False),
        Phrases("is.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "að póstfangið þitt sé rétt",
        ), _TB, decisive=False),
        Phrases("is.network-error-thunderbird", C.NETWORK_ERROR, (
            "hugsanlega er póstþjónn rangt stilltur",
        ), _TB),
        Phrases("is.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "auðkenni var hafnað af póstþjóni",
        ), _TB),
        Phrases("is.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "virðist ekki styðja ódulkóðuð lykilorð",
        ), _TB),
        Phrases("is.user-unknown-roundcube", C.USER_UNKNOWN, (
            "mistókst að bæta við viðtakandanum",
        ), _RC, decisive=False),
        Phrases("is.auth-required-evolution", C.AUTH_REQUIRED, (
            "auðkenningar krafist",
        ), _EVO),
    ),
)
