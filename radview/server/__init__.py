"""The radview image server (Qt-free)."""
