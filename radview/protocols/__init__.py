"""Hanging protocols, anatomy prediction and prior selection (Qt-free)."""
