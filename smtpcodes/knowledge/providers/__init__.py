"""One module per provider or MTA, each exporting ``PROVIDER`` (a ``Provider``)."""
