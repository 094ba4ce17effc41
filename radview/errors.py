"""Exceptions shared across radview.

Every error meant for a user derives from RadviewError; the CLI prints its
message on one line and exits non-zero, without a traceback.
"""


class RadviewError(Exception):
    """An error with a message fit to show to the user."""


class UsageError(RadviewError):
    """Bad arguments or input given by the user."""
