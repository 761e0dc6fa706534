"""Graceful shutdown: SIGTERM (systemd stop) or SIGINT ends a run between two messages."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

log = logging.getLogger(__name__)


@contextmanager
def stop_on_signals(
    signals: tuple[int, ...] = (signal.SIGTERM, signal.SIGINT),
) -> Iterator[Callable[[], bool]]:
    """Yield a `stop()` that turns true once a signal arrives; a second SIGINT interrupts at once."""
    requested = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield requested.is_set
        return

    def handle(signum: int, _frame: FrameType | None) -> None:
        if requested.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        log.warning("%s received: stopping after the current message", signal.Signals(signum).name)
        requested.set()

    previous = {s: signal.signal(s, handle) for s in signals}
    try:
        yield requested.is_set
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
