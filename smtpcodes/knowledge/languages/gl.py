"""Galician (gl): the SMTP and mail-sending error messages that web applications show
in Galician. Sources: web applications' Galician
translations (phpList's admin catalogue)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

LANGUAGE = Language(
    code="gl",
    name="Galician",
    phrases=(
        # phpList's translated notice that a campaign was suspended because the message is too large
        Phrases("gl.message-too-large-phplist", C.MESSAGE_TOO_LARGE, (
            "mensaxe é demasiado grande", "mensaxe demasiado grande",
        ), "phpList/phplist3:public_html/lists/admin/locale/gl/phplist.po"),
    ),
)
