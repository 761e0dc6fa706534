"""Shared shape of spreadsheet text: every sheet under its name, rows as tab-separated cells."""

from __future__ import annotations

from collections.abc import Iterable

MAX_ROWS = 100_000  # per workbook; a rescue-centre list has hundreds, not millions


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\t", " ").replace("\n", " ").strip()


def sheet_text(sheets: Iterable[tuple[str, Iterable[Iterable[object]]]]) -> tuple[str, bool]:
    """(text, truncated): each sheet's name, then its non-empty rows."""
    blocks: list[str] = []
    total = 0
    for name, rows in sheets:
        lines = [f"## {name}"]
        for row in rows:
            cells = [_cell(v) for v in row]
            while cells and not cells[-1]:
                cells.pop()
            if not cells:
                continue
            total += 1
            if total > MAX_ROWS:
                blocks.append("\n".join(lines))
                return "\n\n".join(blocks), True
            lines.append("\t".join(cells))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks), False
