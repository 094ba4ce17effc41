"""Progressive wavelet codec shared by server and workstation (Qt-free)."""
