"""Recipes that use smtpcodes; each runs as a script and is tested in tests/test_examples.py."""
