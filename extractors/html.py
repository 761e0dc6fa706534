"""HTML to plain text, for HTML attachments and HTML-only message bodies."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from extractors.text import decode_text
from intake.domain import Extraction

_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "section",
    "article",
    "header",
    "footer",
    "ul",
    "ol",
    "hr",
    "dt",
    "dd",
    "title",
}
_SKIP = {"script", "style", "head", "noscript", "template"}


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip_depth += 1
        elif tag in ("td", "th"):
            self.chunks.append("\t")
        elif tag in _BLOCK:
            self.chunks.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK:
            self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.chunks.append(data)


def html_to_text(html: str) -> str:
    """Readable text of an HTML document: block elements on their own lines, no markup."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    text = "".join(collector.chunks).replace("\xa0", " ")
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def extract_html(data: bytes) -> Extraction:
    """Text of an HTML file, its charset detected from the bytes and the meta tag."""
    head = data[:2048].decode("ascii", "ignore")
    match = re.search(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", head, re.IGNORECASE)
    text = decode_text(data, match.group(1) if match else None)
    return Extraction(text=html_to_text(text), media_type="text/html")
