"""One module per language, each exporting ``LANGUAGE`` (a ``Language``)."""
