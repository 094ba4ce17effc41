"""The command-line options of every command that talks to a radview server
(kept apart from the client so `radview --help` does not load httpx)."""

from __future__ import annotations

import argparse


def add_connection_args(p: argparse.ArgumentParser) -> None:
    """--token, --ca-cert and --client-cert/--client-key; the client is made with
    ``radview.net.radview_client.client_from_args(args)``."""
    p.add_argument("--token", default=None,
                   help="API token (default: the RADVIEW_TOKEN environment variable)")
    p.add_argument("--ca-cert", default=None,
                   help="PEM file of the CA that signed an https:// server's certificate")
    p.add_argument("--client-cert", default=None,
                   help="PEM client certificate, for servers that require mutual TLS")
    p.add_argument("--client-key", default=None, help="PEM key of --client-cert")
