"""Run untrusted parsing in worker processes with a wall-time and a memory limit.

Parsing a hostile file can loop forever, recurse without end or allocate gigabytes; inside
the pipeline's own process that would stop the run. Here every call runs in a separate process
whose address space is capped (RLIMIT_AS); a call that overruns its time is killed, and a
worker that dies is replaced. The caller gets a typed error instead:

    IsolationError          the call could not finish in its worker
    ├── TimedOut            killed after `limits.seconds`
    ├── MemoryExceeded      hit the RLIMIT_AS cap (MemoryError, or killed while allocating)
    └── WorkerDied          the process ended without answering (a crash in C code)

An exception raised by the function itself is not an IsolationError: it is re-raised in the
caller with the worker's traceback attached as its cause (as `concurrent.futures` does).

Workers are forked from a forkserver (a clean process, not the pipeline with its database
connections and threads; nothing is preloaded there, so a script without a `__main__` guard is
not re-run) and reused: one pool per set of limits, at most `IDLE_WORKERS` kept waiting, each retired after `TASKS_PER_WORKER` calls so
that memory fragmentation from a large file does not accumulate.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import multiprocessing
import os
import resource
import signal
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerContext
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar, cast

log = logging.getLogger(__name__)

T = TypeVar("T")

IDLE_WORKERS = 2
TASKS_PER_WORKER = 200
# Tesseract and BLAS would otherwise start one thread per core, each reserving address space.
STARTUP_SECONDS = 120.0  # for a worker to start and import what the call needs
_WORKER_ENV = {"OMP_THREAD_LIMIT": "1", "OMP_NUM_THREADS": "1"}


@dataclass(frozen=True)
class Limits:
    """What one isolated call may use: seconds of wall time and bytes of address space."""

    seconds: float = 120.0
    memory_bytes: int = 2 * 1024 * 1024 * 1024


class IsolationError(Exception):
    """The isolated call did not finish; `flag` names the triage flag it raises."""

    flag = "extraction_failed"


class TimedOut(IsolationError):
    flag = "timeout"


class MemoryExceeded(IsolationError):
    flag = "memory_limit"


class WorkerDied(IsolationError):
    flag = "worker_crashed"


class RemoteTraceback(Exception):
    """The traceback of an exception raised in a worker, shown as the cause of the re-raise."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text

    def __str__(self) -> str:
        return f'\n"""\n{self.text}"""'


def _serve(conn: Connection, memory_bytes: int) -> None:
    """The worker's loop: apply the memory cap, then answer calls until told to stop."""
    os.environ.update(_WORKER_ENV)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        except MemoryError:  # the arguments alone do not fit under the cap
            conn.send(("memory", None, ""))
            return
        if request is None:
            return
        func, args = request
        # Unpickling the call imported what it needs: the time limit starts now, not before.
        conn.send(("started", None, ""))
        try:
            answer: tuple[str, Any, str] = ("ok", func(*args), "")
        except MemoryError:
            # The heap may be half-built: answer, then leave so a fresh worker takes over.
            conn.send(("memory", None, ""))
            return
        except BaseException as exc:  # noqa: BLE001 - sent back with its traceback, re-raised there
            answer = ("raise", exc, traceback.format_exc())
        try:
            conn.send(answer)
        except MemoryError:
            conn.send(("memory", None, ""))
            return
        except (TypeError, AttributeError, ValueError) as exc:  # an unpicklable exception
            conn.send(("raise", RuntimeError(repr(answer[1])), f"{answer[2]}\n{exc}"))


class _Worker:
    def __init__(self, ctx: ForkServerContext, limits: Limits) -> None:
        self.conn, child = ctx.Pipe()
        self.process: BaseProcess = ctx.Process(
            target=_serve, args=(child, limits.memory_bytes), daemon=True, name="intake-worker"
        )
        self.process.start()
        child.close()
        self.tasks = 0

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(1)
        self.kill()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.conn.close()


class WorkerPool:
    """Reusable workers sharing one set of limits; safe to call from several threads."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self._ctx: ForkServerContext = multiprocessing.get_context("forkserver")
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()

    def _checkout(self) -> _Worker:
        with self._lock:
            while self._idle:
                worker = self._idle.pop()
                if worker.process.is_alive():
                    return worker
                worker.kill()
        return _Worker(self._ctx, self.limits)

    def _checkin(self, worker: _Worker) -> None:
        worker.tasks += 1
        with self._lock:
            if worker.tasks < TASKS_PER_WORKER and len(self._idle) < IDLE_WORKERS:
                self._idle.append(worker)
                return
        worker.stop()

    def call(self, func: Callable[..., T], *args: Any) -> T:
        """`func(*args)` in a worker; raises an IsolationError when the limits stop it."""
        worker = self._checkout()
        started = time.monotonic()
        try:
            worker.conn.send((func, args))
            # A fresh worker starts and imports the function's module first; on a loaded
            # machine that alone can take seconds, which the file's time limit must not count.
            if not worker.conn.poll(max(STARTUP_SECONDS, self.limits.seconds)):
                raise TimedOut(f"the worker did not start within {STARTUP_SECONDS:g} s")
            status, value, remote = worker.conn.recv()
            if status == "started":
                if not worker.conn.poll(self.limits.seconds):
                    raise TimedOut(f"timed out after {self.limits.seconds:g} s")
                status, value, remote = worker.conn.recv()
        except TimedOut:
            worker.kill()
            raise
        except (EOFError, OSError, BrokenPipeError) as exc:
            worker.process.join(5)
            code = worker.process.exitcode
            worker.kill()
            raise self._death(code, time.monotonic() - started) from exc
        if status == "memory":
            worker.kill()
            raise MemoryExceeded("exceeded the memory limit")
        self._checkin(worker)
        if status == "raise":
            raised = cast(BaseException, value)
            raise raised from RemoteTraceback(remote)
        return cast(T, value)

    def _death(self, code: int | None, elapsed: float) -> IsolationError:
        # Allocation failures inside C code (pdfium, libxml2, Tesseract) usually end in
        # SIGABRT or SIGSEGV rather than a Python MemoryError.
        signame = signal.Signals(-code).name if code is not None and code < 0 else str(code)
        if code in (-signal.SIGABRT, -signal.SIGSEGV, -signal.SIGBUS):
            return MemoryExceeded(f"exceeded the memory limit (worker ended by {signame})")
        return WorkerDied(f"worker died ({signame}) after {elapsed:.1f} s")

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.stop()


_pools: dict[Limits, WorkerPool] = {}
_pools_lock = threading.Lock()


def pool(limits: Limits) -> WorkerPool:
    """The shared pool for these limits (created on first use, closed at exit)."""
    with _pools_lock:
        found = _pools.get(limits)
        if found is None:
            found = _pools[limits] = WorkerPool(limits)
        return found


def run(func: Callable[..., T], *args: Any, limits: Limits) -> T:
    """`func(*args)` in an isolated worker with these limits."""
    return pool(limits).call(func, *args)


@atexit.register
def _close_all() -> None:
    with _pools_lock:
        pools = list(_pools.values())
        _pools.clear()
    for p in pools:
        p.close()
