"""Composition of the image server: store + version worker + HTTP (uvicorn) + DIMSE."""

from __future__ import annotations

import json
import logging
import signal
import threading
from pathlib import Path
from typing import Any

from radview.errors import UsageError

log = logging.getLogger("radview.server")


class RunningServer:
    """An assembled server; ``serve()`` blocks until SIGTERM/SIGINT or ``stop()``."""

    def __init__(self, data_dir: Path, *, http_port: int = 8042, dicom_port: int | None = 11112,
                 ae_title: str = "RADVIEW", host: str = "127.0.0.1",
                 peers: dict[str, tuple[str, int]] | None = None, fsync: bool = True,
                 tls_cert: str | Path | None = None, tls_key: str | Path | None = None,
                 tls_ca: str | Path | None = None):
        import uvicorn

        from radview.server.audit import AuditLog
        from radview.server.auth import Authenticator
        from radview.server.users import UserStore

        from radview.server.anatomy import AnatomyIndexer
        from radview.server.config import ServerConfig
        from radview.server.embedded import EmbeddedStore
        from radview.server.http import create_app
        from radview.server.versions import VersionWorker

        self.data_dir = Path(data_dir)
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"cannot use data folder {data_dir}: {exc}") from None
        self.config = ServerConfig.load(self.data_dir)
        (self.data_dir / "config.effective.json").write_text(
            json.dumps(self.config.to_json(), indent=2))
        self.store = EmbeddedStore(self.data_dir, fsync=fsync,
                                   bulk_threshold=int(self.config.raw.get("bulk_threshold", 1024)))
        self.worker = VersionWorker(self.store, self.config,
                                    threads=int(self.config.raw.get("version_workers", 1)))
        self.anatomy = AnatomyIndexer(self.store)
        self.users = UserStore(self.data_dir)
        self.authenticator = Authenticator(self.users, self.config, data_dir=self.data_dir)
        self.audit = AuditLog(self.data_dir, syslog=self.config.raw.get("audit_syslog"))
        self.tls = _check_tls(tls_cert, tls_key, tls_ca)
        self.dimse = None
        self.dimse_port = None
        peers = dict(peers or {})
        for ae, addr in (self.config.raw.get("peers") or {}).items():
            peers.setdefault(ae, (addr[0], int(addr[1])))
        if dicom_port is not None:
            from radview.server.dimse import DimseAccess, start_dimse, tls_context

            context = (tls_context(self.tls[0], self.tls[1], client_ca_file=self.tls[2])
                       if self.tls else None)
            self.dimse = start_dimse(
                self.store, ae_title=ae_title, port=dicom_port, host=host, peers=peers,
                duplicates=str(self.config.raw.get("dimse_duplicates", "refuse")),
                conflict_dir=self.data_dir / "conflicts", ssl_context=context,
                access=DimseAccess(self.authenticator, self.config, self.audit))
            self.dimse_port = self.dimse.port
        info = {"ae_title": ae_title, "dicom_port": self.dimse_port}
        app = create_app(self.store, self.config, worker=self.worker, data_dir=self.data_dir,
                         info=info, anatomy=self.anatomy, authenticator=self.authenticator,
                         audit=self.audit)
        tls_options: dict[str, Any] = {}
        if self.tls:
            import ssl

            tls_options = {"ssl_certfile": self.tls[0], "ssl_keyfile": self.tls[1]}
            if self.tls[2]:
                tls_options.update(ssl_ca_certs=self.tls[2], ssl_cert_reqs=ssl.CERT_REQUIRED)
        self.uvicorn = uvicorn.Server(uvicorn.Config(
            app, host=host, port=http_port, log_level="warning", access_log=False,
            lifespan="off", timeout_graceful_shutdown=5, **tls_options))
        self.host, self.http_port = host, http_port
        self.scheme = "https" if self.tls else "http"
        self.audit.record("application", "E", 0, event_type="application start",
                          user="radview-server", address=host,
                          detail=f"config in force: {json.dumps(self.config.to_json())[:400]}")

    def serve(self) -> None:
        self.worker.start()
        self.anatomy.start()
        counts = self.store.counts()
        log.info("data in %s: %d studies, %d series, %d instances", self.data_dir,
                 counts["studies"], counts["series"], counts["instances"])
        log.info("HTTP (DICOMweb + version API) on %s://%s:%d%s", self.scheme, self.host,
                 self.http_port, " (client certificates required)" if self.tls and self.tls[2]
                 else "")
        if self.dimse is not None:
            log.info("DICOM (C-ECHO/STORE/FIND/GET/MOVE) on %s:%d", self.host, self.dimse_port)
        try:
            self.uvicorn.run()  # installs SIGINT/SIGTERM handlers; returns on either
        except SystemExit:  # uvicorn exits when it cannot bind
            if not self.uvicorn.started:
                raise UsageError(f"cannot listen for HTTP on {self.host}:{self.http_port} "
                                 "(port in use or not allowed?)") from None
            raise
        finally:
            self.close()

    def stop(self) -> None:
        self.uvicorn.should_exit = True

    def close(self) -> None:
        log.info("shutting down")
        if self.dimse is not None:
            self.dimse.shutdown()
            self.dimse = None
        self.worker.stop()
        self.anatomy.stop()
        self.store.close()
        log.info("stopped cleanly")


def _check_tls(cert, key, ca) -> tuple[str, str, str | None] | None:
    """(cert, key, client CA) after checking they load together; None without TLS."""
    if cert is None and key is None:
        if ca is not None:
            raise UsageError("--tls-ca needs --tls-cert and --tls-key")
        return None
    if cert is None or key is None:
        raise UsageError("TLS needs both --tls-cert and --tls-key")
    from radview.server.dimse import tls_context

    tls_context(cert, key, client_ca_file=ca)  # a UsageError naming the problem
    return str(cert), str(key), (str(ca) if ca else None)


def configure_logging(verbose: bool = False) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("pynetdicom").setLevel(logging.WARNING)


def run_server(args: Any) -> int:
    configure_logging(getattr(args, "verbose", False))
    peers = {}
    for spec in args.peer or []:
        try:
            ae, addr = spec.split("=", 1)
            host, port = addr.rsplit(":", 1)
            peers[ae] = (host, int(port))
        except ValueError:
            raise UsageError(f"--peer must look like AE=host:port, got {spec!r}") from None
    server = RunningServer(Path(args.data), http_port=args.http_port,
                           dicom_port=args.dicom_port,
                           ae_title=args.ae_title, host=args.host, peers=peers,
                           tls_cert=args.tls_cert, tls_key=args.tls_key, tls_ca=args.tls_ca)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: server.stop())
    server.serve()
    return 0
