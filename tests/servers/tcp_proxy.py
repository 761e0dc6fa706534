"""A threaded TCP proxy on loopback that can drop its connections on demand, for tests."""

from __future__ import annotations

import contextlib
import selectors
import socket
import struct
import threading
from types import TracebackType
from typing import Self

_CHUNK = 65536


class _Connection:
    """One client connection and its upstream; pumped by one thread."""

    def __init__(self, proxy: TcpProxy, client: socket.socket, upstream: socket.socket) -> None:
        self.proxy = proxy
        self.client = client
        self.upstream = upstream
        self.budget: int | None = None  # server->client bytes left before a cut
        self.rst = False
        self._cut = False
        self._wake_r, self._wake_w = socket.socketpair()
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, name="tcp-proxy-conn", daemon=True)

    def cut(self, *, rst: bool = False) -> None:
        """Ask the pumping thread to close both sockets (FIN, or RST if rst)."""
        with self.proxy._lock:
            self._cut = True
            self.rst = self.rst or rst
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")

    def _run(self) -> None:
        sel = selectors.DefaultSelector()
        try:
            sel.register(self.client, selectors.EVENT_READ, self.upstream)
            sel.register(self.upstream, selectors.EVENT_READ, self.client)
            sel.register(self._wake_r, selectors.EVENT_READ, None)
            while not self._cut:
                for key, _events in sel.select():
                    if key.data is None or self._cut:
                        break
                    if not self._forward(key.fileobj, key.data):  # type: ignore[arg-type]
                        return
        except OSError:
            pass
        finally:
            sel.close()
            self._close()

    def _forward(self, src: socket.socket, dst: socket.socket) -> bool:
        to_client = src is self.upstream
        with self.proxy._lock:
            budget = self.budget if to_client else None
            if budget is not None and budget <= 0:
                self.proxy._record_cut(self)
                return False
        data = src.recv(_CHUNK if budget is None else min(_CHUNK, budget))
        if not data:
            return False
        dst.sendall(data)
        if not to_client:
            return True
        with self.proxy._lock:
            self.proxy.bytes_to_client += len(data)
            if self.budget is not None:
                self.budget -= len(data)
                if self.budget <= 0:
                    self.proxy._record_cut(self)
                    return False
        return True

    def _close(self) -> None:
        for sock in (self.client, self.upstream):
            with contextlib.suppress(OSError):
                if self.rst:
                    # Linger 0: close() sends RST instead of FIN.
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                else:
                    sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        self._wake_r.close()
        self._wake_w.close()
        self.proxy._forget(self)
        self.done.set()


class TcpProxy:
    """Forwards 127.0.0.1:<port> to target_host:target_port; can cut or refuse connections.

    - cut_after_bytes(n): the next connection to forward n more bytes server->client is
      closed right after them (every open and new connection counts from now);
    - cut_now(): close every open connection;
    - refuse(): close accepted connections at once, before any byte.
    """

    def __init__(
        self, target_port: int, target_host: str = "127.0.0.1", *, host: str = "127.0.0.1"
    ) -> None:
        self.target = (target_host, target_port)
        self.host = host
        self.port = 0
        self.accepted = 0
        self.cuts = 0
        self.bytes_to_client = 0
        self._lock = threading.Lock()
        self._connections: set[_Connection] = set()
        self._refusing = False
        self._budget: int | None = None
        self._once = True
        self._rst = False
        self._cut_event = threading.Event()
        self._listener: socket.socket | None = None
        self._wake_r: socket.socket | None = None
        self._wake_w: socket.socket | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> Self:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((self.host, 0))
        listener.listen(64)
        self._listener = listener
        self.port = int(listener.getsockname()[1])
        self._wake_r, self._wake_w = socket.socketpair()
        self._thread = threading.Thread(target=self._accept_loop, name="tcp-proxy", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop accepting, close every connection, wait for the threads."""
        if self._thread is None or self._wake_r is None or self._wake_w is None:
            return
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")
        self._thread.join(5)
        self._thread = None
        self._close_all(rst=False, timeout=5.0)
        self._wake_r.close()
        self._wake_w.close()
        self._wake_r = self._wake_w = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- faults ----------------------------------------------------------------------------

    def cut_after_bytes(self, n: int, *, once: bool = True, rst: bool = False) -> None:
        """Close a connection after n more bytes have gone to its client.

        With once, only the first connection to get there is cut and the trigger disarms,
        so the client can reconnect; otherwise every connection is cut after n bytes.
        With rst, the client sees a reset instead of an orderly close.
        """
        if n < 0:
            raise ValueError("n must be >= 0")
        with self._lock:
            self._budget, self._once, self._rst = n, once, rst
            self._cut_event.clear()
            for conn in self._connections:
                conn.budget = n
                conn.rst = rst

    def cut_now(self, *, rst: bool = False, timeout: float = 5.0) -> int:
        """Close every open connection now; returns how many, once they are closed."""
        count = self._close_all(rst=rst, timeout=timeout)
        with self._lock:
            self.cuts += count
        if count:
            self._cut_event.set()
        return count

    def refuse(self, enabled: bool = True) -> None:
        """Close new connections as soon as they are accepted (or stop doing so)."""
        with self._lock:
            self._refusing = enabled

    def reset(self) -> None:
        """Disarm cut_after_bytes and refuse."""
        with self._lock:
            self._refusing = False
            self._budget = None
            for conn in self._connections:
                conn.budget = None

    def wait_cut(self, timeout: float = 5.0) -> bool:
        """Wait until a connection has been cut since the last cut_after_bytes()."""
        return self._cut_event.wait(timeout)

    @property
    def open_connections(self) -> int:
        with self._lock:
            return len(self._connections)

    # -- internals -------------------------------------------------------------------------

    def _accept_loop(self) -> None:
        listener, wake = self._listener, self._wake_r
        assert listener is not None and wake is not None
        sel = selectors.DefaultSelector()
        sel.register(listener, selectors.EVENT_READ)
        sel.register(wake, selectors.EVENT_READ)
        try:
            while True:
                ready = [key.fileobj for key, _ in sel.select()]
                if wake in ready:
                    return
                try:
                    client, _addr = listener.accept()
                except OSError:
                    continue
                self._handle(client)
        finally:
            sel.close()
            listener.close()

    def _handle(self, client: socket.socket) -> None:
        with self._lock:
            self.accepted += 1
            refusing = self._refusing
        if refusing:
            with contextlib.suppress(OSError):
                client.shutdown(socket.SHUT_RDWR)
            client.close()
            return
        try:
            upstream = socket.create_connection(self.target, timeout=5)
        except OSError:
            client.close()
            return
        upstream.settimeout(None)
        client.settimeout(None)
        conn = _Connection(self, client, upstream)
        with self._lock:
            conn.budget, conn.rst = self._budget, self._rst
            self._connections.add(conn)
        conn.thread.start()

    def _close_all(self, *, rst: bool, timeout: float) -> int:
        with self._lock:
            connections = list(self._connections)
        for conn in connections:
            conn.cut(rst=rst)
        for conn in connections:
            conn.done.wait(timeout)
        return len(connections)

    def _record_cut(self, conn: _Connection) -> None:
        """Called with the lock held when conn used up its budget."""
        self.cuts += 1
        conn.rst = conn.rst or self._rst
        if self._once:
            self._budget = None
            for other in self._connections:
                other.budget = None
        self._cut_event.set()

    def _forget(self, conn: _Connection) -> None:
        with self._lock:
            self._connections.discard(conn)
