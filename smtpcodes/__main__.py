"""``python -m smtpcodes``: the same program as the ``smtpcodes`` command (see ``_cli``)."""

from __future__ import annotations

import sys

from smtpcodes._cli import main

if __name__ == "__main__":
    sys.exit(main())
