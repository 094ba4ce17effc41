"""A TCP proxy that records every byte between client and server, and can cut connections."""

from __future__ import annotations

import socket
import threading


class RecordingProxy:
    def __init__(self, upstream_port: int, *, cut_first: int = 0, cut_after: int = 2000):
        self.upstream = ("127.0.0.1", upstream_port)
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.sent = bytearray()  # client -> server
        self.cut_first, self.cut_after = cut_first, cut_after
        self.connections = 0
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            with self._lock:
                self.connections += 1
                cut = self.connections <= self.cut_first
            server = socket.create_connection(self.upstream)
            threading.Thread(target=self._pump, args=(client, server, True, cut), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False, False), daemon=True).start()

    def _pump(self, src, dst, record: bool, cut: bool) -> None:
        seen = 0
        try:
            while data := src.recv(65536):
                if record:
                    with self._lock:
                        self.sent += data
                seen += len(data)
                if cut and seen > self.cut_after:
                    break  # the link drops mid-request
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()

    def close(self) -> None:
        self.sock.close()
