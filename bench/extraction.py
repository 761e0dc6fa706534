"""Isolation overhead: the same documents extracted in-process and in the worker pool.

    .venv/bin/python bench/extraction.py [ROUNDS]

Prints, per document and in total, the median time in-process, isolated (reused worker) and
the ratio, plus the cost of starting a fresh worker. Measured in one run on this machine.
"""

from __future__ import annotations

import functools
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from extractors import extract, extract_isolated
from extractors.sniff import sniff
from intake import isolation

SAMPLES = Path(__file__).resolve().parents[1] / "tests" / "samples" / "documents"
FILES = [
    "tika__testTXT_win-1252.txt",
    "tika__testRTF.rtf",
    "tika__testWORD.docx",
    "tika__testWORD.doc",
    "tika__testEXCEL.xlsx",
    "tika__testOpenOffice2.odt",
    "tika__testPDF.pdf",
    "pdfplumber__2023-06-20-PV.pdf",
    "tika__testOCR.pdf",
]


def _median(run: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    limits = isolation.Limits()
    extract_isolated(b"warm up", "text/plain", limits)  # start the forkserver and one worker
    print(f"{'document':34} {'in-process':>11} {'isolated':>10} {'overhead':>10} {'ratio':>7}")
    total_in = total_iso = 0.0
    for name in FILES:
        data = (SAMPLES / name).read_bytes()
        kind = sniff(data, name)
        inline = _median(functools.partial(extract, data, kind), rounds)
        isolated = _median(functools.partial(extract_isolated, data, kind, limits), rounds)
        total_in += inline
        total_iso += isolated
        print(
            f"{name[:34]:34} {inline * 1000:9.1f}ms {isolated * 1000:8.1f}ms "
            f"{(isolated - inline) * 1000:8.1f}ms {isolated / inline:6.2f}x"
        )
    print(
        f"{'total':34} {total_in * 1000:9.1f}ms {total_iso * 1000:8.1f}ms "
        f"{(total_iso - total_in) * 1000:8.1f}ms {total_iso / total_in:6.2f}x"
    )
    fresh = isolation.Limits(seconds=119.0)  # another pool: its first call starts a worker
    started = time.perf_counter()
    extract_isolated(b"x", "text/plain", fresh)
    print(
        f"starting a fresh worker (fork from the forkserver, imports): "
        f"{(time.perf_counter() - started) * 1000:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
