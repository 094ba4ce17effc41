"""radview: radiology reading workstation and image server."""

__version__ = "0.1.0"
