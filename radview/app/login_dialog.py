"""Login to radview servers: one API token per connection, the role from the server.

Before the main window opens, each radview connection is asked who its token
belongs to (GET /api/whoami). The role shown and used by the workstation is the
server's answer, never a setting. A missing or refused token opens a small
dialog to paste one (from `radview users add`); the token is kept only in the
user's settings file, which is written owner-only (settings_store).
"""

from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from radview.errors import RadviewError

log = logging.getLogger("radview.workstation")


def whoami(connection) -> dict:
    """The server's answer for this connection's token; AuthError when refused."""
    from radview.net.radview_client import RadviewClient

    with RadviewClient(connection.url, token=connection.token or None,
                       ca_cert=connection.ca_cert or None,
                       client_cert=connection.client_cert or None,
                       client_key=connection.client_key or None, timeout=10) as client:
        return client.whoami()


class LoginDialog(QDialog):
    """Asks for the API token of one radview connection."""

    def __init__(self, connection, message: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(f"Log in to {connection.name}")
        layout = QVBoxLayout(self)
        text = QLabel(f"{connection.url} needs an API token (ask the server's administrator: "
                      "<code>radview users add NAME --role ROLE</code>).")
        text.setWordWrap(True)
        layout.addWidget(text)
        if message:
            problem = QLabel(message)
            problem.setWordWrap(True)
            problem.setStyleSheet("color: #e0a040")
            layout.addWidget(problem)
        form = QFormLayout()
        self.token = QLineEdit(connection.token)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText("rv_…")
        form.addRow("Token", self.token)
        self.ca_cert = QLineEdit(connection.ca_cert)
        self.ca_cert.setPlaceholderText("optional: PEM of a private CA (https:// servers)")
        form.addRow("CA certificate", self.ca_cert)
        self.client_cert = QLineEdit(connection.client_cert)
        self.client_cert.setPlaceholderText("optional: PEM client certificate (mutual TLS)")
        form.addRow("Client certificate", self.client_cert)
        self.client_key = QLineEdit(connection.client_key)
        self.client_key.setPlaceholderText("optional: PEM key of the client certificate")
        form.addRow("Client key", self.client_key)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def ensure_logins(settings, *, ask: Callable[[object, str], tuple[str, ...] | None] | None = None
                  ) -> list[str]:
    """Checks every radview connection's token with its server and sets the
    connection's role from the answer. ``ask(connection, problem)`` returns a new
    (token, ca_cert[, client_cert, client_key]) or None to give up (default: the
    LoginDialog); it is asked on a refused token and on a refused TLS handshake (a
    private CA or a client certificate missing). Returns one line per connection
    that stays logged out (the study list then shows the reason)."""
    from radview.net.radview_client import AuthError

    ask = ask or _ask_with_dialog
    problems = []
    for conn in settings.connections:
        if conn.kind != "radview":
            continue
        message = ""
        for _attempt in range(3):
            try:
                info = whoami(conn)
            except AuthError as exc:
                message = str(exc)
            except RadviewError as exc:
                message = str(exc)
                if not _tls_refused(conn.url):  # unreachable: keep the token, try later
                    problems.append(f"{conn.name}: {exc}")
                    break
            else:
                conn.role, conn.user = info["role"], info["user"]
                log.info("connection %s: logged in as %s (%s)", conn.name, conn.user, conn.role)
                break
            answer = ask(conn, message)
            if answer is None:
                problems.append(f"{conn.name}: not logged in ({message})")
                break
            conn.token, conn.ca_cert, *client = answer
            if client:
                conn.client_cert, conn.client_key = client
        else:
            problems.append(f"{conn.name}: not logged in ({message})")
    return problems


def _tls_refused(url: str) -> bool:
    """An https:// server that listens but whose exchange failed: the TLS settings (a
    private CA, a client certificate for mutual TLS) are what to fix, so the login
    dialog is shown. (A refused TLS 1.3 client certificate surfaces only as a closed
    connection, so the error text cannot tell.)"""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        return False
    try:
        with socket.create_connection((parts.hostname, parts.port or 443), timeout=3):
            return True
    except OSError:
        return False


def _ask_with_dialog(connection, message: str) -> tuple[str, ...] | None:
    dialog = LoginDialog(connection, message)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return tuple(field.text().strip() for field in (dialog.token, dialog.ca_cert,
                                                    dialog.client_cert, dialog.client_key))
