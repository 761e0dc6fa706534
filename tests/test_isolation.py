"""Worker processes stop a call that loops, eats memory or crashes, and the next call works."""

from __future__ import annotations

import io
import os
import signal
import time

import pytest
from PIL import Image

from extractors import extract_isolated
from intake import isolation
from intake.isolation import Limits, MemoryExceeded, RemoteTraceback, TimedOut, WorkerDied
from tests.test_ocr import french_scan

FAST = Limits(seconds=2.0, memory_bytes=1024 * 1024 * 1024)


def _loop_forever() -> None:
    while True:
        pass


def _allocate(mebibytes: int) -> int:
    block = bytearray(mebibytes * 1024 * 1024)
    return len(block)


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _fail() -> None:
    raise ValueError("bad input in the worker")


def _pid() -> int:
    return os.getpid()


def test_a_call_returns_its_value() -> None:
    assert isolation.run(_allocate, 1, limits=FAST) == 1024 * 1024


def test_a_loop_is_killed_after_the_time_limit_and_the_pool_recovers() -> None:
    started = time.monotonic()
    with pytest.raises(TimedOut, match="timed out after 2 s"):
        isolation.run(_loop_forever, limits=FAST)
    assert time.monotonic() - started < 10
    assert isolation.run(_allocate, 1, limits=FAST) == 1024 * 1024


def test_memory_over_the_limit_is_reported() -> None:
    with pytest.raises(MemoryExceeded, match="exceeded the memory limit"):
        isolation.run(_allocate, 2048, limits=FAST)
    assert isolation.run(_allocate, 10, limits=FAST) == 10 * 1024 * 1024


def test_a_worker_that_dies_is_replaced() -> None:
    with pytest.raises(WorkerDied, match="SIGKILL"):
        isolation.run(_die, limits=FAST)
    assert isolation.run(_allocate, 1, limits=FAST) == 1024 * 1024


def test_an_exception_comes_back_with_the_worker_traceback() -> None:
    with pytest.raises(ValueError, match="bad input") as info:
        isolation.run(_fail, limits=FAST)
    assert isinstance(info.value.__cause__, RemoteTraceback)
    assert "_fail" in str(info.value.__cause__)


def test_workers_are_reused() -> None:
    first = isolation.run(_pid, limits=FAST)
    assert isolation.run(_pid, limits=FAST) == first
    assert first != os.getpid()


def test_extraction_overrun_becomes_a_recorded_error_with_a_flag() -> None:
    # A parser that really loops is hard to find on purpose; a real OCR under 1 ms does it.
    tiny = Limits(seconds=0.001, memory_bytes=1024 * 1024 * 1024)
    result = extract_isolated(french_scan(), "image/png", tiny)
    assert result.error == "extraction timed out after 0.001 s"
    assert result.flags == ("timeout",)


def test_extraction_over_memory_is_recorded() -> None:
    # 8000 x 8000 RGB: 200 kB of PNG that needs 192 MB once decoded.
    buffer = io.BytesIO()
    Image.new("RGB", (8000, 8000), "white").save(buffer, "PNG")
    small = Limits(seconds=60, memory_bytes=300 * 1024 * 1024)
    result = extract_isolated(buffer.getvalue(), "image/png", small)
    assert result.error == "extraction exceeded the memory limit"
    assert result.flags == ("memory_limit",)
