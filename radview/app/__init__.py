"""Application shell and windows (Qt)."""
