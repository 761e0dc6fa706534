#!/usr/bin/env python3
"""Write the bundled demo mailbox: ``intake/demo_mailbox/*.eml``.

Fifteen fictional messages that CITES Parties (and mail servers) could have sent in answer
to two calls for documents:

* Notification to the Parties No. 2021/008 (seized and confiscated live animals; action
  plans, protocols, regulatory measures, SOPs, species guidance; deadline 28 February 2021);
* the CoP14 decisions on internet trade in CITES-listed species (four questions, no deadline).

All people, mailboxes, rescue centres and document texts are invented; the domains are
those of real government bodies. The output is byte-for-byte reproducible: fixed dates,
Message-IDs and MIME boundaries, PDFs made by reportlab in invariant mode (with a fixed
creation date), DOCX files made by python-docx with fixed core properties and re-zipped
with fixed timestamps.

The script also writes ``tests/samples/demo_expected.json``, the result the pipeline should
export for each message file.

Usage::

    .venv/bin/python scripts/make_demo_mailbox.py           # (re)write the files
    .venv/bin/python scripts/make_demo_mailbox.py --check   # exit 1 if a file is stale
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import io
import json
import os
import struct
import sys
import textwrap
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.generator import BytesGenerator
from email.message import EmailMessage, MIMEPart
from email.policy import SMTP
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as PdfTable

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "intake" / "demo_mailbox"
EXPECTED = ROOT / "tests" / "samples" / "demo_expected.json"

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# The Secretariat's (invented) mailboxes and mail hosts.
INBOX = "live.animals@cites.org"
INBOX_2008 = "internet.trade@cites.org"
ALIAS = "legal.affairs@cites.org"
MX = "mx1.cites.org"
IMAP = "imap.cites.org"

CALL_008 = "2021/008"
CALL_CP14 = "CoP14-internet-trade"
# 28 February 2021, end of day in Europe/Zurich (CET, UTC+1).
DEADLINE_008 = dt.datetime(2021, 2, 28, 23, 0, 0, tzinfo=dt.UTC)


# ---------------------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------------------


@dataclass
class Doc:
    """An attached document: its text in a small markup, and what intake should find."""

    filename: str
    doc_type: str
    language: str
    confidential: bool
    author: str
    created: dt.datetime
    markup: str
    header: str = ""  # running header (e.g. a confidentiality marking)
    footer: str = ""
    declared_type: str = ""  # Content-Type in the message, when not the real one

    @property
    def media_type(self) -> str:
        return PDF if self.filename.lower().endswith(".pdf") else DOCX

    def expected(self) -> dict[str, Any]:
        return {
            "filename": self.filename,
            "media_type": self.media_type,
            "doc_type": self.doc_type,
            "confidential": self.confidential,
            "language": self.language,
        }

    def render(self) -> bytes:
        return make_pdf(self) if self.media_type == PDF else make_docx(self)


Block = tuple[str, Any]  # ("title"|"h"|"p"|"ul", str | list[str]) or ("table", rows)


def parse_markup(markup: str) -> list[Block]:
    """``# title``, ``## heading``, ``- item``, ``| a | b |`` rows, blank-line paragraphs."""
    blocks: list[Block] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            blocks.append(("p", " ".join(para)))
            para.clear()

    previous = ""
    for raw in textwrap.dedent(markup).strip().splitlines():
        line = raw.strip()
        heading_goes_on = previous.startswith("#") and line and line[0] not in "#-+|"
        previous = line if not heading_goes_on else previous
        if heading_goes_on:  # a long title or heading written on two lines
            kind, text = blocks[-1]
            blocks[-1] = (kind, f"{text} {line}")
        elif not line:
            flush()
        elif line.startswith("## "):
            flush()
            blocks.append(("h", line[3:]))
        elif line.startswith("# "):
            flush()
            blocks.append(("title", line[2:]))
        elif line.startswith("- "):
            flush()
            if blocks and blocks[-1][0] == "ul":
                blocks[-1][1].append(line[2:])
            else:
                blocks.append(("ul", [line[2:]]))
        elif line.startswith("+ ") and blocks and blocks[-1][0] == "ul":
            blocks[-1][1][-1] += " " + line[2:]  # continuation of the last list item
        elif line.startswith("+ |") and blocks and blocks[-1][0] == "table":
            # the last table row goes on: more cells
            blocks[-1][1][-1].extend(cell.strip() for cell in line[2:].strip("|").split("|"))
        elif line.startswith("|"):
            flush()
            row = [cell.strip() for cell in line.strip("|").split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(row)
            else:
                blocks.append(("table", [row]))
        else:
            para.append(line)
    flush()
    return blocks


def _title_of(doc: Doc) -> str:
    return next(str(text) for kind, text in parse_markup(doc.markup) if kind == "title")


def make_pdf(doc: Doc) -> bytes:
    """A text PDF; invariant mode, with the creation date forced to ``doc.created``."""
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontSize=10.5, leading=14)
    title = ParagraphStyle("title", parent=styles["Title"], fontSize=16, leading=20)
    heading = ParagraphStyle("heading", parent=styles["Heading2"], fontSize=12, leading=15)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5)
    story: list[Any] = []
    for kind, value in parse_markup(doc.markup):
        if kind == "title":
            story += [Paragraph(escape(value), title), Spacer(1, 6)]
        elif kind == "h":
            story.append(Paragraph(escape(value), heading))
        elif kind == "p":
            story.append(Paragraph(escape(value), body))
        elif kind == "ul":
            items = [ListItem(Paragraph(escape(v), body), leftIndent=14) for v in value]
            story.append(ListFlowable(items, bulletType="bullet", start="•", leftIndent=14))
        elif kind == "table":
            rows = [[Paragraph(escape(c), cell) for c in row] for row in value]
            table = PdfTable(rows, repeatRows=1)
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.4, "#666666"),
                        ("BACKGROUND", (0, 0), (-1, 0), "#DDDDDD"),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story += [Spacer(1, 4), table, Spacer(1, 6)]

    def decorate(canvas: Canvas, template: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        if doc.header:
            canvas.drawString(2 * cm, A4[1] - 1.3 * cm, doc.header)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, str(canvas.getPageNumber()))
        if doc.footer:
            canvas.drawString(2 * cm, 1.2 * cm, doc.footer)
        canvas.restoreState()

    created = doc.created

    def canvas_maker(*args: Any, **kwargs: Any) -> Canvas:
        canvas = Canvas(*args, **kwargs)
        stamp = canvas._doc._timeStamp  # used for /CreationDate and /ModDate
        stamp.YMDhms = created.timetuple()[:6]
        offset = created.utcoffset() or dt.timedelta(0)
        stamp.dhh, stamp.dmm = divmod(int(offset.total_seconds()) // 60, 60)
        return canvas

    buf = io.BytesIO()
    template = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=_title_of(doc),
        author=doc.author,
        subject="",
        creator="Microsoft® Word for Microsoft 365",
        invariant=True,
    )
    # reportlab seeds the PDF /ID with SOURCE_DATE_EPOCH when set: pin it to the document date
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(created.timestamp()))
    try:
        template.build(story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=canvas_maker)
    finally:
        if saved is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = saved
    return buf.getvalue()


def make_docx(doc: Doc) -> bytes:
    document = docx.Document()
    props = document.core_properties
    props.title = _title_of(doc)
    props.author = doc.author
    props.last_modified_by = doc.author
    props.created = doc.created.astimezone(dt.UTC).replace(tzinfo=None)
    props.modified = (doc.created + dt.timedelta(hours=2)).astimezone(dt.UTC).replace(tzinfo=None)
    props.revision = 4
    props.comments = ""
    props.language = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES"}[doc.language]
    section = document.sections[0]
    if doc.header:
        para = section.header.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(doc.header)
        run.bold = True
        run.font.size = Pt(9)
        run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    if doc.footer:
        run = section.footer.paragraphs[0].add_run(doc.footer)
        run.font.size = Pt(8)
    for kind, value in parse_markup(doc.markup):
        if kind == "title":
            document.add_heading(value, level=0)
        elif kind == "h":
            document.add_heading(value, level=1)
        elif kind == "p":
            document.add_paragraph(value)
        elif kind == "ul":
            for item in value:
                document.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            table = document.add_table(rows=len(value), cols=len(value[0]), style="Table Grid")
            for r, row in enumerate(value):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
                    if r == 0:
                        table.cell(r, c).paragraphs[0].runs[0].bold = True
    buf = io.BytesIO()
    document.save(buf)
    return rezip(buf.getvalue(), doc.created)


def rezip(data: bytes, when: dt.datetime) -> bytes:
    """Copy a zip archive with every member dated ``when`` (python-docx uses the clock)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(_zipinfo(info.filename, when), src.read(info.filename))
    return out.getvalue()


def _zipinfo(name: str, when: dt.datetime) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 0  # as written on Windows
    info.external_attr = 0x20  # FILE_ATTRIBUTE_ARCHIVE
    return info


def make_zip(docs: Sequence[Doc], when: dt.datetime) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for doc in docs:
            archive.writestr(_zipinfo(doc.filename, when), doc.render())
    return out.getvalue()


def make_png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A small two-colour PNG (an e-mail signature logo): a band on a white ground."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    rows = b""
    for y in range(height):
        band = height // 3 <= y < 2 * height // 3
        rows += b"\x00" + (bytes(rgb) if band else b"\xff\xff\xff") * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------------------


class Raw(str):
    """A header value written to the file exactly as given (already encoded and folded)."""


Headers = list[tuple[str, str]]


def received(frm: str, by: str, ident: str, date: str, *, to: str | None = INBOX) -> Raw:
    """A ``Received:`` trace field, folded the way Postfix writes it."""
    lines = [f"from {frm}"] if frm else []
    lines.append(
        f"by {by} (Postfix) with ESMTPS id {ident}" if frm else f"by {by} (Postfix) id {ident}"
    )
    if to:
        lines.append(f"for <{to}>; {date}")
    else:
        lines[-1] += ";"
        lines.append(date)
    return Raw("\n\t".join(lines))


def encoded_words(text: str, charset: str, encoding: str, name: str = "Subject") -> Raw:
    """RFC 2047 encoded words as a given mail client writes them, folded under 78 columns."""
    words: list[str] = []
    chunk = ""
    limit = min(75, 76 - len(name) - 2)
    for char in text:
        if chunk and len(_encode_chunk(chunk + char, charset, encoding)) > limit:
            words.append(_encode_chunk(chunk, charset, encoding))
            chunk = char
        else:
            chunk += char
    words.append(_encode_chunk(chunk, charset, encoding))
    lines = [words[0]]
    width = len(name) + 2 + len(words[0])
    for word in words[1:]:
        if width + 1 + len(word) <= 76:
            lines[-1] += " " + word
            width += 1 + len(word)
        else:
            lines.append(word)
            width = 1 + len(word)
    return Raw("\n ".join(lines))


def _q(byte: int) -> str:
    char = chr(byte)
    if char == " ":
        return "_"
    if char.isascii() and (char.isalnum() or char in "!*+-/"):
        return char
    return f"={byte:02X}"


def _encode_chunk(chunk: str, charset: str, encoding: str) -> str:
    data = chunk.encode(charset)
    if encoding.upper() == "B":
        return f"=?{charset}?B?{base64.b64encode(data).decode()}?="
    return f"=?{charset}?Q?{''.join(_q(b) for b in data)}?="


def html_of(text: str, lang: str) -> str:
    """An Outlook-flavoured HTML rendering of a plain-text body."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        prose = len(lines[0]) >= 60
        inner = " ".join(lines) if prose else "<br>\n".join(escape(line) for line in lines)
        if prose:
            inner = escape(inner)
        out.append(f'<p class="MsoNormal">{inner}</p>')
    paras = "\n".join(out)
    return (
        f'<html lang="{lang}">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        "<style>p.MsoNormal{margin:0cm 0cm 8pt 0cm;font-family:Calibri,sans-serif;"
        "font-size:11pt}</style>\n</head>\n<body>\n"
        f'<div class="WordSection1">\n{paras}\n</div>\n</body>\n</html>\n'
    )


def text_part(
    text: str,
    *,
    html_lang: str = "",
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    logo: bytes = b"",
    logo_cid: str = "",
) -> MIMEPart:
    """The body: text/plain, or multipart/alternative with an HTML twin (and inline logo)."""
    part = MIMEPart(policy=SMTP)
    part.set_content(text, charset=charset, cte=cte)
    if html_lang:
        html = html_of(text, html_lang)
        if logo:
            html = html.replace(
                "</div>\n</body>",
                f'<p class="MsoNormal"><img width="60" height="18" src="cid:{logo_cid}"'
                ' alt="logo"></p>\n</div>\n</body>',
            )
        part.add_alternative(html, subtype="html", charset=charset, cte=cte)
        if logo:
            html_part = part.get_payload()[1]
            html_part.make_related()
            image = file_part(
                logo, "image/png", logo_cid.split("@")[0], "outlook", disposition="inline"
            )
            image.set_raw("Content-ID", f"<{logo_cid}>")
            html_part.attach(image)
    return part


def _rfc2231(name: str, value: str) -> str:
    """``name*0*=UTF-8''...;`` continuations, as Thunderbird writes long or non-ASCII names."""
    quoted = "".join(
        chr(b) if chr(b).isascii() and (chr(b).isalnum() or chr(b) in "-._~") else f"%{b:02X}"
        for b in value.encode("utf-8")
    )
    pieces, rest = [], quoted
    while rest:
        cut = min(len(rest), 50)
        while "%" in rest[max(cut - 2, 0) : cut]:  # never split a %XX escape
            cut -= 1
        pieces.append(rest[:cut])
        rest = rest[cut:]
    charset = "UTF-8''"
    return ";\n ".join(
        f"{name}*{i}*={charset if i == 0 else ''}{piece}" for i, piece in enumerate(pieces)
    )


def file_part(
    data: bytes,
    ctype: str,
    filename: str,
    style: str,
    *,
    disposition: str = "attachment",
    date: dt.datetime | None = None,
) -> MIMEPart:
    """A base64 file part whose headers look like those the given mail client writes.

    outlook: quoted names, RFC 2047 words for non-ASCII names, Content-Description, size and
    dates; thunderbird: RFC 2231 continuations for long or non-ASCII names; gmail: quoted names
    plus X-Attachment-Id; zimbra: unquoted token names.
    """
    part = MIMEPart(policy=SMTP)
    ascii_name = filename.isascii()
    if style == "outlook":
        quoted = (
            filename
            if ascii_name
            else "\n\t".join(_encode_chunk(chunk, "utf-8", "B") for chunk in _chunks(filename, 36))
        )
        part.set_raw("Content-Type", f'{ctype};\n\tname="{quoted}"')
        part.set_raw("Content-Description", quoted)
        params = f'filename="{quoted}"; size={len(data)}'
        if date is not None:
            stamp = date.astimezone(dt.UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
            params += f';\n\tcreation-date="{stamp}";\n\tmodification-date="{stamp}"'
        part.set_raw("Content-Disposition", f"{disposition};\n\t{params}")
    elif style == "thunderbird":
        if ascii_name and len(filename) < 60:
            part.set_raw("Content-Type", f'{ctype};\n name="{filename}"')
            part.set_raw("Content-Disposition", f'{disposition};\n filename="{filename}"')
        else:
            part.set_raw("Content-Type", f"{ctype};\n {_rfc2231('name', filename)}")
            part.set_raw(
                "Content-Disposition", f"{disposition};\n {_rfc2231('filename', filename)}"
            )
    elif style == "gmail":
        part.set_raw("Content-Type", f'{ctype}; \n\tname="{filename}"')
        part.set_raw("Content-Disposition", f'{disposition}; \n\tfilename="{filename}"')
    elif style == "zimbra":
        part.set_raw("Content-Type", f"{ctype}; name={filename}")
        part.set_raw("Content-Disposition", f"{disposition}; filename={filename}")
    else:
        raise ValueError(style)
    part.set_raw("Content-Transfer-Encoding", "base64")
    if style == "gmail":
        part.set_raw("Content-ID", "<f_kloqx2vj0>")
        part.set_raw("X-Attachment-Id", "f_kloqx2vj0")
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def _chunks(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def add_file(body: MIMEPart, part: MIMEPart) -> MIMEPart:
    if body.get_content_type() != "multipart/mixed":
        body.make_mixed()
    body.attach(part)
    return part


def attach(body: MIMEPart, doc: Doc, style: str) -> MIMEPart:
    ctype = doc.declared_type or doc.media_type
    return add_file(body, file_part(doc.render(), ctype, doc.filename, style, date=doc.created))


def set_boundaries(part: MIMEPart, make: Callable[[int], str]) -> None:
    """Give each multipart a fixed boundary; an attached message keeps its own ones."""
    multiparts: list[MIMEPart] = []

    def visit(node: MIMEPart) -> None:
        if node.get_content_maintype() == "multipart":
            multiparts.append(node)
            for child in node.get_payload():
                visit(child)

    visit(part)
    for n, node in enumerate(multiparts):
        node.set_boundary(make(n))


def fold_ascii(name: str, value: str) -> Raw:
    """Fold an unstructured ASCII header at spaces, under 78 columns."""
    lines = [f"{name}:"]
    for word in value.split(" "):
        if len(lines[-1]) + 1 + len(word) > 78 and lines[-1] != f"{name}:":
            lines.append("")
        lines[-1] += " " + word
    return Raw("\n".join(lines).removeprefix(f"{name}: "))


def assemble(headers: Headers, body: MIMEPart, preamble: str | None = None) -> EmailMessage:
    """A message with ``headers`` in this order, then MIME-Version and ``body``'s MIME."""
    msg = EmailMessage(policy=SMTP)
    for name, value in headers:
        if name.lower() in {"message-id", "references", "in-reply-to"}:
            value = Raw(value)  # one line however long, as mail clients write them
        elif name.lower() in {"subject", "thread-topic"} and value.isascii():
            value = value if isinstance(value, Raw) else fold_ascii(name, value)
        if isinstance(value, Raw):
            msg.set_raw(name, str(value))
        else:
            msg[name] = value
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    for name, value in body.items():
        msg[name] = value
    msg.set_payload(body.get_payload())
    msg.preamble = preamble
    return msg


def to_bytes(msg: EmailMessage) -> bytes:
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=SMTP.clone(refold_source="none")).flatten(msg)
    return buf.getvalue()


def outlook_boundary(token: str) -> Callable[[int], str]:
    return lambda n: f"_{n * 4:03d}_{token}_"


def thunderbird_boundary(token: str) -> Callable[[int], str]:
    return lambda n: f"------------{token[: 24 - 2 * n]}{'ab' * n}"


def gmail_boundary(token: str) -> Callable[[int], str]:
    return lambda n: f"000000000000{int(token, 16) + n:016x}"


@dataclass
class Sample:
    filename: str
    message: EmailMessage
    kind: str
    call: str | None
    party: str | None
    language: str
    documents: list[Doc] = field(default_factory=list)
    duplicate_of: str | None = None

    def received_at(self) -> dt.datetime:
        topmost = self.message["Received"]
        assert topmost is not None, self.filename
        return parsedate_to_datetime(str(topmost).rsplit(";", 1)[1].strip()).astimezone(dt.UTC)

    def expected(self) -> dict[str, Any]:
        received_at = self.received_at()
        late = received_at > DEADLINE_008 if self.call == CALL_008 else None
        return {
            "kind": self.kind,
            "call": self.call,
            "party": self.party,
            "received_at": received_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "late": late,
            "language": self.language,
            "duplicate_of": self.duplicate_of,
            "documents": [doc.expected() for doc in self.documents],
        }


def when(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


# ---------------------------------------------------------------------------------------
# 01 / 13 - France, Notification 2021/008
# ---------------------------------------------------------------------------------------

FR_PLAN = Doc(
    filename="Plan_action_national_animaux_saisis_2021-2025.pdf",
    doc_type="action_plan",
    language="fr",
    confidential=False,
    author="DEB - Bureau des échanges internationaux d'espèces menacées",
    created=when("2021-02-11T16:20:00+01:00"),
    header="MINISTÈRE DE LA TRANSITION ÉCOLOGIQUE – Direction de l'eau et de la biodiversité",
    footer="Réponse à la notification aux Parties n° 2021/008",
    markup="""
    # Plan d'action national pour la gestion des animaux vivants saisis et confisqués (2021-2025)

    ## 1. Contexte

    Chaque année, les services douaniers, l'Office français de la biodiversité et les
    services vétérinaires saisissent plusieurs centaines d'animaux vivants d'espèces inscrites
    aux annexes de la CITES : reptiles, oiseaux, tortues terrestres, primates et, de plus en
    plus souvent, invertébrés. La résolution Conf. 17.8 invite les Parties à prévoir, dès la
    saisie, la destination des spécimens confisqués. Le présent plan d'action organise cette
    prise en charge à l'échelle nationale, en lien avec les autorités CITES de gestion et
    scientifique.

    ## 2. Objectifs

    - garantir la prise en charge de tout animal vivant saisi dans un délai de 24 heures ;
    - disposer d'un réseau conventionné de centres de sauvetage couvrant l'ensemble du
    + territoire métropolitain et les collectivités d'outre-mer ;
    - harmoniser les pratiques des services de contrôle par des procédures communes ;
    - réduire la durée de garde provisoire grâce à des décisions de destination plus rapides.

    ## 3. Axes d'action

    Axe 1 – Réseau d'accueil. La direction de l'eau et de la biodiversité conclut des contrats
    de prestation avec des centres de sauvetage habilités et tient à jour la liste de leurs
    capacités par groupe taxonomique.

    Axe 2 – Formation. Des sessions annuelles sont organisées pour les agents des douanes et de
    l'Office français de la biodiversité sur la manipulation, le transport et l'identification
    des spécimens vivants.

    Axe 3 – Décision de destination. Le préfet de département statue sur la destination finale
    après avis de l'autorité scientifique CITES : remise dans un centre, placement dans un
    établissement zoologique, renvoi dans le pays d'origine ou, en dernier recours, euthanasie.

    ## 4. Suivi

    Un comité de suivi réunit deux fois par an les administrations concernées et les centres
    partenaires. Un bilan annuel, comprenant le nombre d'animaux pris en charge, leur
    destination et les coûts supportés, est transmis au Secrétariat CITES.
    """,
)

FR_CONTRACT = Doc(
    filename="Contrat de prestation – centre de sauvetage.docx",
    doc_type="contract",
    language="fr",
    confidential=True,
    author="Service juridique DEB",
    created=when("2021-01-28T09:45:00+01:00"),
    header="CONFIDENTIEL – NE PAS DIFFUSER",
    footer="Contrat n° DEB-2021-014 – document confidentiel",
    markup="""
    # Contrat de prestation relatif à l'accueil d'animaux vivants saisis ou confisqués

    Entre le ministère de la Transition écologique, direction de l'eau et de la biodiversité,
    ci-après « l'administration », d'une part, et l'association Refuge des Grands Chênes,
    centre de sauvetage de la faune exotique, ci-après « le prestataire », d'autre part,
    il est convenu ce qui suit.

    ## Article 1 – Objet

    Le présent contrat a pour objet l'accueil, l'hébergement, les soins vétérinaires et
    l'entretien des animaux vivants d'espèces inscrites aux annexes de la CITES saisis par les
    services de l'État et confiés au prestataire dans l'attente d'une décision de destination.

    ## Article 2 – Obligations du prestataire

    Le prestataire s'engage à recevoir les animaux à toute heure, sur simple réquisition, dans
    la limite des capacités déclarées à l'annexe 1. Il tient un registre d'entrée et de sortie,
    conserve les animaux séparément jusqu'à la fin de la quarantaine et informe
    l'administration de tout décès dans un délai de 48 heures.

    ## Article 3 – Prix et modalités de paiement

    L'administration verse au prestataire un forfait journalier de 9 euros par reptile, de 14
    euros par oiseau et de 35 euros par primate, ainsi que le remboursement des frais
    vétérinaires sur présentation de justificatifs. Les paiements interviennent chaque
    trimestre.

    ## Article 4 – Durée

    Le contrat est conclu pour une durée de trois ans à compter de sa signature. Il peut être
    résilié par chacune des parties avec un préavis de six mois.

    ## Article 5 – Confidentialité

    Les parties s'engagent à ne pas divulguer les termes du présent contrat, en particulier
    les conditions financières et l'adresse des installations d'accueil.
    """,
)

FR_TEXT = """\
Madame, Monsieur,

En réponse à la notification aux Parties n° 2021/008 du 20 janvier 2021, l'organe de gestion
CITES de la France a le plaisir de vous transmettre les documents suivants relatifs à la gestion
des animaux vivants saisis et confisqués :

- le plan d'action national 2021-2025 (PDF) ;
- le contrat de prestation conclu avec un centre de sauvetage de la faune exotique (Word).

Le plan d'action peut être publié ; le contrat avec le centre de sauvetage est confidentiel.

Nous restons à votre disposition pour tout complément d'information.

Bien cordialement,

Hélène Vasseur
Chargée de mission CITES
Bureau des échanges internationaux d'espèces menacées
Direction de l'eau et de la biodiversité
Ministère de la Transition écologique
Tél. : +33 1 40 81 00 00
"""

FR_HEADERS_COMMON: Headers = [
    ("From", "Vasseur Hélène <helene.vasseur@developpement-durable.gouv.fr>"),
    ("To", f"CITES Secretariat <{INBOX}>"),
    ("CC", f"CITES Legal Affairs <{ALIAS}>"),
    (
        "Subject",
        encoded_words("Notification n° 2021/008 – plan d'action animaux saisis", "utf-8", "B"),
    ),
    ("Thread-Topic", "Notification n° 2021/008 – plan d'action animaux saisis"),
    ("Thread-Index", Raw("AdcDhJ3kVb0xQ2cGS0aKk3mF7lH1Ag==")),
    ("Date", "Mon, 15 Feb 2021 10:31:07 +0100"),
    (
        "Message-ID",
        "<PR1P264MB20483C1B9F0E4A7D6B2E8C51D9A34F07@PR1P264MB2048.FRAP264.PROD.OUTLOOK.COM>",
    ),
    ("Accept-Language", "fr-FR, en-US"),
    ("Content-Language", "fr-FR"),
    ("X-MS-Has-Attach", "yes"),
]


def france_body() -> MIMEPart:
    body = text_part(unwrap(FR_TEXT), html_lang="fr")
    attach(body, FR_PLAN, "outlook")
    attach(body, FR_CONTRACT, "outlook")
    set_boundaries(
        body, outlook_boundary("PR1P264MB20483C1B9F0E4A7D6B2E8C51D9A34F07PR1P264MB2048FRAP")
    )
    return body


def msg_france() -> Sample:
    headers: Headers = [
        ("Return-Path", "<helene.vasseur@developpement-durable.gouv.fr>"),
        ("Delivered-To", INBOX),
        (
            "Received",
            received(
                f"{MX} ({MX} [198.51.100.20])",
                IMAP,
                "4DfL2r1vYtz1xqN",
                "Mon, 15 Feb 2021 10:31:52 +0100 (CET)",
            ),
        ),
        (
            "Received",
            received(
                "smtp1.developpement-durable.gouv.fr\n\t(smtp1.developpement-durable.gouv.fr"
                " [192.0.2.41])",
                MX,
                "4DfL2q6H0Nz9vGq",
                "Mon, 15 Feb 2021 10:31:49 +0100 (CET)",
                to=None,
            ),
        ),
        *FR_HEADERS_COMMON,
    ]
    return Sample(
        "01-fr-plan-action-contrat-confidentiel.eml",
        assemble(headers, france_body()),
        kind="submission",
        call=CALL_008,
        party="FR",
        language="fr",
        documents=[FR_PLAN, FR_CONTRACT],
    )


def msg_france_duplicate() -> Sample:
    """The same message delivered a second time through the CC'd alias."""
    headers: Headers = [
        ("Return-Path", "<helene.vasseur@developpement-durable.gouv.fr>"),
        ("Delivered-To", ALIAS),
        ("X-Original-To", ALIAS),
        (
            "Received",
            received(
                "lists.cites.org (lists.cites.org [198.51.100.31])",
                IMAP,
                "4DfLkT3mQpz1xqR",
                "Mon, 15 Feb 2021 11:02:17 +0100 (CET)",
                to=ALIAS,
            ),
        ),
        (
            "Received",
            received(
                f"{MX} ({MX} [198.51.100.20])",
                "lists.cites.org",
                "4DfLkS0bWfz3nZk",
                "Mon, 15 Feb 2021 11:02:15 +0100 (CET)",
                to=ALIAS,
            ),
        ),
        (
            "Received",
            received(
                "smtp1.developpement-durable.gouv.fr\n\t(smtp1.developpement-durable.gouv.fr"
                " [192.0.2.41])",
                MX,
                "4DfL2q6H0Nz9vGq",
                "Mon, 15 Feb 2021 10:31:49 +0100 (CET)",
                to=None,
            ),
        ),
        *FR_HEADERS_COMMON,
    ]
    return Sample(
        "13-fr-doublon-plan-action.eml",
        assemble(headers, france_body()),
        kind="submission",
        call=CALL_008,
        party="FR",
        language="fr",
        documents=[FR_PLAN, FR_CONTRACT],
        duplicate_of="01-fr-plan-action-contrat-confidentiel.eml",
    )


# ---------------------------------------------------------------------------------------
# 02 - Mexico, Notification 2021/008 (Thunderbird, RFC 2231 file names)
# ---------------------------------------------------------------------------------------

MX_PROTOCOL = Doc(
    filename="Protocolo de manejo – animales decomisados.pdf",
    doc_type="protocol",
    language="es",
    confidential=False,
    author="DGVS - SEMARNAT",
    created=when("2021-02-19T12:10:00-06:00"),
    header="SECRETARÍA DE MEDIO AMBIENTE Y RECURSOS NATURALES – Dirección General de Vida "
    "Silvestre",
    markup="""
    # Protocolo de manejo de ejemplares vivos de fauna silvestre asegurados y decomisados

    ## 1. Objeto y ámbito de aplicación

    El presente protocolo establece los criterios que deben seguir la Procuraduría Federal de
    Protección al Ambiente, la Dirección General de Vida Silvestre y las unidades de manejo
    para la conservación de la vida silvestre cuando se aseguren ejemplares vivos de especies
    incluidas en los Apéndices de la CITES o en la Norma Oficial Mexicana NOM-059-SEMARNAT-2010.
    Se aplica en puertos, aeropuertos, cruces fronterizos y en operativos realizados en el
    interior del país.

    ## 2. Principios

    - El bienestar del ejemplar prevalece sobre cualquier otra consideración logística.
    - Todo ejemplar asegurado debe quedar identificado, fotografiado y registrado en el acta
    + de inspección dentro de las primeras seis horas.
    - La canalización se realiza preferentemente a centros para la conservación e
    + investigación de la vida silvestre (CIVS) o a predios e instalaciones autorizados.

    ## 3. Etapas del manejo

    Aseguramiento precautorio: el personal de inspección verifica el estado general de los
    ejemplares, separa a los individuos enfermos y solicita el apoyo de un médico veterinario.
    Traslado: se emplean contenedores que cumplan la reglamentación para el transporte de
    animales vivos y se evita el traslado nocturno de aves diurnas. Custodia temporal: el
    depositario designado lleva una bitácora de alimentación, tratamientos y mortalidad.

    ## 4. Destino final

    Una vez dictada la resolución administrativa, la Dirección General de Vida Silvestre
    determina el destino final del ejemplar: liberación al hábitat natural cuando exista un
    dictamen favorable, repatriación al país de origen, entrega a una institución de
    investigación o exhibición, o, en casos excepcionales y debidamente justificados, la
    eutanasia humanitaria.
    """,
)

MX_SOP = Doc(
    filename="Procedimiento operativo estándar – recepción de ejemplares.docx",
    doc_type="sop",
    language="es",
    confidential=True,
    author="CIVS Los Reyes - DGVS",
    created=when("2021-02-08T10:30:00-06:00"),
    header="USO INTERNO",
    markup="""
    # Procedimiento operativo estándar (POE-DGVS-07): recepción, cuarentena y canalización
    de ejemplares vivos decomisados

    ## Propósito

    Este procedimiento operativo estándar describe, paso a paso, las tareas que realiza el
    personal de los centros para la conservación e investigación de la vida silvestre desde la
    llegada de un ejemplar decomisado hasta su canalización definitiva. Su aplicación es
    obligatoria para todo el personal técnico y veterinario de los centros.

    ## Recepción

    - Verificar que el ejemplar llegue acompañado del acta de inspección y del oficio de
    + depósito emitido por la autoridad competente.
    - Asignar un número de expediente y colocar una marca temporal (anillo, microchip o
    + fotografía de patrones) sin provocar estrés adicional.
    - Realizar una revisión clínica inicial y registrar peso, condición corporal y lesiones.

    ## Cuarentena

    Los ejemplares permanecen en cuarentena durante un mínimo de treinta días para aves y
    mamíferos y de sesenta días para reptiles y anfibios. Durante este periodo se toman
    muestras para diagnóstico de enfermedades de importancia sanitaria, se desparasita y se
    restringe el acceso del personal a un solo cuidador por recinto.

    ## Canalización

    Concluida la cuarentena, el responsable del centro elabora una ficha técnica con la
    recomendación de destino. La ficha se envía a la Dirección General de Vida Silvestre,
    que autoriza la liberación, la transferencia a otra institución o la permanencia en el
    centro. Toda salida de ejemplares se documenta con una constancia de entrega.
    """,
)

MX_TEXT = """\
Estimada Secretaría CITES:

Por medio del presente, y en atención a la Notificación a las Partes
No. 2021/008, la Autoridad Administrativa CITES de México remite los
siguientes documentos sobre el manejo de ejemplares vivos asegurados y
decomisados:

1. Protocolo de manejo de ejemplares vivos de fauna silvestre asegurados
   y decomisados (PDF).
2. Procedimiento operativo estándar para la recepción, cuarentena y
   canalización de ejemplares (Word).

El protocolo puede publicarse; el procedimiento es de uso interno.

Quedamos atentos a cualquier comentario.

Saludos cordiales,

--
Mtra. Lucía Fernanda Ortega Salinas
Subdirectora de Comercio Internacional de Vida Silvestre
Dirección General de Vida Silvestre
Secretaría de Medio Ambiente y Recursos Naturales (SEMARNAT)
"""


def msg_mexico() -> Sample:
    body = text_part(MX_TEXT, html_lang="es", cte="8bit")
    attach(body, MX_PROTOCOL, "thunderbird")
    attach(body, MX_SOP, "thunderbird")
    set_boundaries(body, thunderbird_boundary("Xq3V8bZr0Lm2Pd7Hk5Nw1Ty6"))
    headers: Headers = [
        ("Return-Path", "<lucia.ortega@semarnat.gob.mx>"),
        ("Delivered-To", INBOX),
        (
            "Received",
            received(
                f"{MX} ({MX} [198.51.100.20])",
                IMAP,
                "4DlT0q2Rmkz1xqN",
                "Wed, 24 Feb 2021 00:06:41 +0100 (CET)",
            ),
        ),
        (
            "Received",
            received(
                "correo.semarnat.gob.mx (correo.semarnat.gob.mx [203.0.113.77])",
                MX,
                "4DlT0p5ZXsz9vGq",
                "Wed, 24 Feb 2021 00:06:38 +0100 (CET)",
            ),
        ),
        ("From", "Lucía Ortega Salinas <lucia.ortega@semarnat.gob.mx>"),
        ("To", f"CITES Secretariat <{INBOX}>"),
        (
            "Subject",
            encoded_words(
                "Notificación No. 2021/008 – protocolo y procedimiento (México)", "UTF-8", "Q"
            ),
        ),
        ("Message-ID", "<7d3f9c2a-51e8-4b6a-9f0e-2c8d41b7a6e3@semarnat.gob.mx>"),
        ("Date", "Tue, 23 Feb 2021 17:05:33 -0600"),
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1",
        ),
        ("Content-Language", "es-MX"),
    ]
    return Sample(
        "02-es-mexico-protocolo-procedimiento-interno.eml",
        assemble(headers, body, preamble="This is a multi-part message in MIME format."),
        kind="submission",
        call=CALL_008,
        party="MX",
        language="es",
        documents=[MX_PROTOCOL, MX_SOP],
    )


# ---------------------------------------------------------------------------------------
# 03 - South Africa, Notification 2021/008 (reply, inline signature logo)
# ---------------------------------------------------------------------------------------

ZA_REGULATION = Doc(
    filename="ZA_Regulatory_measures_seized_live_specimens.pdf",
    doc_type="regulatory_measure",
    language="en",
    confidential=False,
    author="CITES Management Authority of South Africa",
    created=when("2021-02-22T11:00:00+02:00"),
    header="Department of Forestry, Fisheries and the Environment – Republic of South Africa",
    markup="""
    # Regulatory Measures for the Management of Seized and Confiscated Live Specimens of
    CITES-listed Species in South Africa

    ## 1. Legal framework

    The import, export, re-export and possession of specimens of CITES-listed species in South
    Africa are regulated under the National Environmental Management: Biodiversity Act, 2004
    (Act No. 10 of 2004), the CITES Regulations and the Threatened or Protected Species
    Regulations. Provincial conservation ordinances apply to species that are not listed
    nationally. Live specimens seized by the South African Police Service, the South African
    Revenue Service (Customs) or provincial Environmental Management Inspectors are forfeited
    to the State on conviction or by administrative order.

    ## 2. Measures applicable from the moment of seizure

    - The seizing officer must notify the provincial issuing authority and the Management
    + Authority within 24 hours and record each specimen in the national seizure register.
    - Live specimens must be placed without delay in a facility registered as a rehabilitation
    + facility or sanctuary under the Threatened or Protected Species Regulations.
    - A veterinarian registered with the South African Veterinary Council must examine each
    + animal and issue a report that is kept with the case docket.

    ## 3. Disposal of forfeited specimens

    After forfeiture the Management Authority, on the advice of the Scientific Authority,
    decides on disposal. Options in order of preference are: return to the wild within the
    natural range after rehabilitation and disease screening; return to the country of export
    at that country's expense; transfer to a registered facility for conservation breeding or
    education; and humane euthanasia where no other option is possible. Disposal decisions are
    recorded and reported in the annual illegal trade report.

    ## 4. Costs

    Where a conviction is obtained, the court may order the accused to pay the costs of care
    of the seized animals. In all other cases costs are borne by the provincial authority.
    """,
)

ZA_GUIDANCE = Doc(
    filename="Species guidance - Temminck's ground pangolin (Smutsia temminckii).docx",
    doc_type="species_guidance",
    language="en",
    confidential=False,
    author="Scientific Authority of South Africa",
    created=when("2021-01-29T08:15:00+02:00"),
    markup="""
    # Species-specific Guidance: Temminck's Ground Pangolin (Smutsia temminckii) – Care of
    Seized and Confiscated Live Animals

    ## Why pangolins need specific handling

    Temminck's ground pangolin is the only pangolin species occurring in South Africa and is
    listed in Appendix I of CITES. Pangolins seized from traffickers are almost always
    severely dehydrated, stressed and underweight, and many have been kept in sacks or car
    boots for days. Mortality in the first two weeks after seizure is high unless specialised
    care starts immediately.

    ## First 48 hours

    - Keep the animal in a quiet, dark, warm box (24 to 28 degrees Celsius); do not place
    + several pangolins together.
    - Do not attempt to feed immediately; rehydrate with subcutaneous fluids under veterinary
    + supervision.
    - Record weight daily; weight loss after day three is a warning sign.
    - Handle the animal by the base of the tail only, never by the scales of the back.

    ## Rehabilitation

    Pangolins feed exclusively on specific ant and termite species and do not accept
    substitute diets reliably. Rehabilitation therefore relies on supervised foraging walks in
    suitable habitat, several hours a night, accompanied by trained monitors. Animals should be
    fitted with a tracking device before release and monitored for at least six months.

    ## Evidence and release

    Scale samples for DNA analysis are taken by the attending veterinarian and handed to the
    investigating officer with a chain-of-custody form. Release takes place within the
    province of origin where this is known, at a site approved by the provincial authority.
    """,
)

ZA_TEXT = """\
Dear Colleagues,

On behalf of the CITES Management Authority of South Africa, please find attached our response to
Notification to the Parties No. 2021/008 on the management of seized and confiscated live animals:

- Regulatory measures for the management of seized and confiscated live specimens (PDF);
- Species-specific guidance on Temminck's ground pangolin, Smutsia temminckii (Word).

Nothing in this submission is confidential.

Kind regards,

Thandiwe Mokoena
Deputy Director: CITES Management Authority
Biodiversity and Conservation Branch
Department of Forestry, Fisheries and the Environment
Republic of South Africa

From: CITES Secretariat <live.animals@cites.org>
Sent: Wednesday, 20 January 2021 15:12
Subject: CITES Notification to the Parties No. 2021/008

Dear CITES Management Authority,

Please find attached Notification to the Parties No. 2021/008 concerning the use of seized and
confiscated specimens of CITES-listed species. Parties are invited to share their action plans,
protocols, regulatory measures and standard operating procedures before 28 February 2021.

CITES Secretariat
"""


def unwrap(text: str) -> str:
    """Join the lines of prose blocks, as Outlook writes a paragraph on one line."""
    blocks = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        listy = any(line[:2] in {"- ", "1.", "2.", "3."} for line in lines)
        blocks.append(" ".join(lines) if len(lines[0]) >= 60 and not listy else block)
    return "\n\n".join(blocks)


def msg_south_africa() -> Sample:
    body = text_part(
        unwrap(ZA_TEXT),
        html_lang="en",
        logo=make_png(60, 18, (0x00, 0x77, 0x49)),
        logo_cid="image001.png@01D70B6A.5C3E8F20",
    )
    attach(body, ZA_REGULATION, "outlook")
    attach(body, ZA_GUIDANCE, "outlook")
    set_boundaries(
        body, outlook_boundary("VI1PR0901MB2201E4C7A05B3D9F81C2A6E4B8D5F103VI1PR0901MB2201")
    )
    headers: Headers = [
        ("Return-Path", "<tmokoena@environment.gov.za>"),
        ("Delivered-To", INBOX),
        (
            "Received",
            received(
                f"{MX} ({MX} [198.51.100.20])",
                IMAP,
                "4DmV7c0HhLz1xqN",
                "Thu, 25 Feb 2021 13:12:58 +0100 (CET)",
            ),
        ),
        (
            "Received",
            received(
                "mail.environment.gov.za (mail.environment.gov.za [192.0.2.118])",
                MX,
                "4DmV7b3W9pz9vGq",
                "Thu, 25 Feb 2021 13:12:55 +0100 (CET)",
            ),
        ),
        ("From", "Thandiwe Mokoena <tmokoena@environment.gov.za>"),
        ("To", f"CITES Secretariat <{INBOX}>"),
        ("Subject", "RE: CITES Notification to the Parties No. 2021/008"),
        ("Thread-Topic", "CITES Notification to the Parties No. 2021/008"),
        ("Thread-Index", Raw("AQHW7zX4m0Zk8dE3QkS7bF1p9c2aW6o8sAkQ")),
        ("Date", "Thu, 25 Feb 2021 14:12:09 +0200"),
        (
            "Message-ID",
            "<VI1PR0901MB2201E4C7A05B3D9F81C2A6E4B8D5F103@VI1PR0901MB2201.eurprd09.prod.outlook.com>",
        ),
        ("References", "<20210120141203.4DLQ3x1Zn6z9vGq@smtp-out.cites.org>"),
        ("In-Reply-To", "<20210120141203.4DLQ3x1Zn6z9vGq@smtp-out.cites.org>"),
        ("Accept-Language", "en-ZA, en-US"),
        ("Content-Language", "en-ZA"),
        ("X-MS-Has-Attach", "yes"),
    ]
    return Sample(
        "03-en-south-africa-regulation-pangolin-guidance.eml",
        assemble(headers, body),
        kind="submission",
        call=CALL_008,
        party="ZA",
        language="en",
        documents=[ZA_REGULATION, ZA_GUIDANCE],
    )


# ---------------------------------------------------------------------------------------
# 04 - United Kingdom, Notification 2021/008, received after the deadline
# ---------------------------------------------------------------------------------------

UK_NETWORK = Doc(
    filename="UK_rescue_centres_network_seized_live_animals.docx",
    doc_type="network_resources",
    language="en",
    confidential=False,
    author="Defra International Wildlife Trade team",
    created=when("2021-03-01T15:40:00+00:00"),
    markup="""
    # Network of Rescue Centres and Resources for Seized Live Animals – United Kingdom

    Live animals seized by Border Force at ports and airports, or confiscated inland by the
    police, are placed with the rescue centres listed below under agreements held by the
    Animal and Plant Health Agency. The list is reviewed every year; capacity varies with the
    season and with the size of recent seizures, so officers must telephone the centre before
    any transfer. Large mammals and primates are placed case by case with licensed zoos.

    | Centre | Location | Species groups accepted | Usual capacity | Contact route |
    | Heathrow Animal Reception Centre | London Heathrow Airport
    + | All taxa, first reception and quarantine | 400 animals | Border Force duty officer |
    | Northfield Reptile Rescue | Lincolnshire, England | Reptiles and amphibians
    + | 150 animals | APHA CITES team |
    | Glenmoray Wildlife Sanctuary | Perthshire, Scotland | Birds of prey, parrots
    + | 60 birds | Scottish Government wildlife crime unit |
    | Afon Valley Tortoise Trust | Powys, Wales | Tortoises and freshwater turtles
    + | 200 animals | APHA CITES team |
    | Lough Erne Exotic Animal Centre | County Fermanagh, Northern Ireland
    + | Small mammals, reptiles | 40 animals | DAERA wildlife inspectors |
    | Kestrel Lane Primate Refuge | Dorset, England | Primates (small species only)
    + | 12 animals | Defra wildlife trade policy |

    ## Other resources

    - The Border Force CITES team at Heathrow provides 24-hour identification support by
    + telephone and photograph for officers at other ports.
    - The National Wildlife Crime Unit coordinates police seizures and keeps a register of
    + expert witnesses for identification and valuation.
    - Veterinary advice is available from the Zoological Society of London under a standing
    + arrangement for cases involving disease risk.

    ## Costs and disposal

    Costs of care are met by Defra until the case is concluded. After forfeiture, the Secretary
    of State decides on disposal, taking the advice of the UK Scientific Authority for fauna;
    return to the country of origin is considered first for Appendix I species.
    """,
)

UK_TEXT = """\
Dear CITES Secretariat,

Apologies for the late reply to Notification to the Parties No. 2021/008. Please find attached a
document listing the rescue centres and other resources that the UK Management Authority relies
on when live animals are seized at the border or confiscated inland.

The table was compiled with the Border Force CITES team and covers England, Scotland, Wales and
Northern Ireland.

Best wishes,

Oliver Pemberton
CITES Policy Adviser | International Wildlife Trade
Department for Environment, Food and Rural Affairs
"""


def msg_united_kingdom() -> Sample:
    body = text_part(unwrap(UK_TEXT), html_lang="en", cte="7bit")
    html_part = body.get_payload()[1]
    del html_part["Content-Transfer-Encoding"]
    html_part["Content-Transfer-Encoding"] = "7bit"
    attach(body, UK_NETWORK, "outlook")
    set_boundaries(
        body, outlook_boundary("LO2P265MB3087A9F1C64E0B27D35E8A1C90F6B4D2LO2P265MB3087GBRP")
    )
    headers: Headers = [
        ("Return-Path", "<oliver.pemberton@defra.gov.uk>"),
        ("Delivered-To", INBOX),
        (
            "Received",
            received(
                f"{MX} ({MX} [198.51.100.20])",
                IMAP,
                "4DqXb41dNwz1xqN",
                "Tue, 02 Mar 2021 10:48:03 +0100 (CET)",
            ),
        ),
        (
            "Received",
            received(
                "mail-eopbgr100098.outbound.protection.outlook.com\n\t(mail-eopbgr100098."
                "outbound.protection.outlook.com [192.0.2.98])",
                MX,
                "4DqXb23Kcvz9vGq",
                "Tue, 02 Mar 2021 10:48:00 +0100 (CET)",
            ),
        ),
        ("From", "Oliver Pemberton <oliver.pemberton@defra.gov.uk>"),
        ("To", f"CITES Secretariat <{INBOX}>"),
        ("Subject", "UK response to Notification 2021/008 - seized live animals"),
        ("Thread-Topic", "UK response to Notification 2021/008 - seized live animals"),
        ("Thread-Index", Raw("AdcPVf0Rk2nYbT5gQ1Ku7x0cYc3D9A==")),
        ("Date", "Tue, 2 Mar 2021 09:47:21 +0000"),
        (
            "Message-ID",
            "<LO2P265MB3087A9F1C64E0B27D35E8A1C90F6B4D2@LO2P265MB3087.GBRP265.PROD.OUTLOOK.COM>",
        ),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ]
    return Sample(
        "04-en-uk-late-rescue-centres-table.eml",
        assemble(headers, body),
        kind="submission",
        call=CALL_008,
        party="GB",
        language="en",
        documents=[UK_NETWORK],
    )


# ---------------------------------------------------------------------------------------
# 05 - Switzerland, CoP14 internet trade (2008, Thunderbird 2, ISO-8859-1 8bit body)
# ---------------------------------------------------------------------------------------

CH_ANSWER = Doc(
    filename="Reponse_Suisse_commerce_Internet_CITES.pdf",
    doc_type="other",
    language="fr",
    confidential=False,
    author="OVF - Service CITES",
    created=when("2008-06-10T14:00:00+02:00"),
    header="Office vétérinaire fédéral OVF – Confédération suisse",
    markup="""
    # Commerce en ligne de spécimens d'espèces couvertes par la CITES – Réponse de la Suisse

    Le présent document répond aux quatre questions posées aux Parties en application des
    décisions adoptées à la 14e session de la Conférence des Parties (La Haye, 2007) sur le
    commerce des espèces sauvages via Internet.

    ## i) Nature et ampleur du commerce via Internet impliquant la Suisse

    Les contrôles effectués par l'organe de gestion sur les principales plates-formes de
    petites annonces et de ventes aux enchères actives en Suisse montrent qu'environ 300 offres
    par mois portent sur des spécimens d'espèces CITES. Il s'agit surtout de reptiles vivants
    (tortues terrestres, pythons), d'oiseaux (perroquets), d'objets en ivoire ancien et de
    produits en peau de reptile. Les offres émanent majoritairement de particuliers.

    ## ii) Problèmes constatés, y compris le commerce illicite

    Une part importante des annonces ne mentionne ni le statut CITES ni l'existence d'un
    certificat. Plusieurs enquêtes ouvertes en 2007 concernaient des tortues importées sans
    permis et revendues en ligne. L'identification du vendeur et la preuve de l'origine légale
    restent difficiles lorsque les annonces sont publiées depuis l'étranger.

    ## iii) Efficacité des mesures prises, y compris un code de conduite

    Un code de conduite a été convenu en 2006 avec deux grandes plates-formes suisses : les
    annonces d'espèces de l'annexe I sont retirées et les vendeurs sont informés des règles
    applicables. Depuis lors, le nombre d'offres d'ivoire a diminué d'environ la moitié. Les
    contrôles ciblés des douanes sur les envois postaux ont permis plusieurs saisies.

    ## iv) Changements dans les routes commerciales et les modes d'expédition

    On observe une augmentation des envois de petits spécimens vivants par la poste et par les
    services de messagerie express, souvent en provenance d'autres pays européens, au détriment
    des importations commerciales classiques par fret aérien.
    """,
)

CH_TEXT = """\
Madame, Monsieur,

Suite à la notification relative aux décisions de la CoP14 sur le
commerce des espèces sauvages via Internet, l'Office vétérinaire
fédéral, organe de gestion CITES de la Suisse, vous fait parvenir en
annexe ses réponses aux quatre questions posées (nature et ampleur du
commerce, problèmes constatés, efficacité des mesures prises, évolution
des routes commerciales et des modes d'expédition).

Nous vous prions d'agréer, Madame, Monsieur, nos salutations
distinguées.

Martin Aebischer
Service CITES
Office vétérinaire fédéral OVF
Département fédéral de l'économie DFE
"""


def msg_switzerland() -> Sample:
    body = text_part(CH_TEXT, charset="iso-8859-1", cte="8bit")
    attach(body, CH_ANSWER, "thunderbird")
    set_boundaries(body, thunderbird_boundary("020803070104030907060502"))
    headers: Headers = [
        ("Return-Path", "<martin.aebischer@bvet.admin.ch>"),
        ("Delivered-To", INBOX_2008),
        (
            "Received",
            received(
                "mx.cites.org (mx.cites.org [198.51.100.21])",
                "mail.cites.org",
                "9F1C23A84B2",
                "Wed, 11 Jun 2008 16:21:30 +0200 (CEST)",
                to=INBOX_2008,
            ),
        ),
        (
            "Received",
            received(
                "mailgate.admin.ch (mailgate.admin.ch [192.0.2.160])",
                "mx.cites.org",
                "3B7D45E61A0",
                "Wed, 11 Jun 2008 16:21:27 +0200 (CEST)",
                to=INBOX_2008,
            ),
        ),
        ("Message-ID", "<484FDE4C.8030605@bvet.admin.ch>"),
        ("Date", "Wed, 11 Jun 2008 16:20:44 +0200"),
        ("From", "Martin Aebischer <martin.aebischer@bvet.admin.ch>"),
        ("User-Agent", "Thunderbird 2.0.0.14 (Windows/20080421)"),
        ("To", f"CITES Secretariat <{INBOX_2008}>"),
        ("Subject", "Commerce en ligne de spécimens CITES – réponse de la Suisse"),
    ]
    return Sample(
        "05-fr-suisse-commerce-internet-cop14.eml",
        assemble(headers, body, preamble="This is a multi-part message in MIME format."),
        kind="submission",
        call=CALL_CP14,
        party="CH",
        language="fr",
        documents=[CH_ANSWER],
    )


# ---------------------------------------------------------------------------------------
# 06 - Spain, CoP14 internet trade (2008, Outlook 2003, ISO-8859-1 quoted-printable)
# ---------------------------------------------------------------------------------------

ES_ANSWER = Doc(
    filename="Respuesta_Espana_comercio_Internet_CITES.docx",
    doc_type="other",
    language="es",
    confidential=False,
    author="SOIVRE - Autoridad Administrativa CITES",
    created=when("2008-06-27T09:20:00+02:00"),
    markup="""
    # Respuesta de España sobre el comercio por Internet de especímenes de especies incluidas
    en la CITES

    La Autoridad Administrativa CITES de España presenta la siguiente información en respuesta
    a las decisiones de la 14ª reunión de la Conferencia de las Partes relativas al comercio de
    especies silvestres por Internet.

    ## i) Naturaleza y magnitud del comercio por Internet

    El seguimiento realizado por el Servicio de Protección de la Naturaleza de la Guardia Civil
    (SEPRONA) y por la Autoridad Administrativa indica que en los portales de anuncios
    españoles se publican cada mes varios cientos de ofertas de especímenes CITES. Predominan
    las aves vivas, en particular loros y rapaces, los reptiles, las tallas de marfil y los
    artículos de marroquinería de piel de reptil.

    ## ii) Problemas detectados, incluido el comercio ilegal

    Muchos vendedores desconocen la obligación de acompañar la venta de un certificado
    comunitario. Se han detectado anuncios de tortugas mediterráneas capturadas en la
    naturaleza y de aves con anillas falsificadas. La identificación de los anunciantes
    requiere la colaboración de los portales, que no siempre es inmediata.

    ## iii) Eficacia de las medidas adoptadas y código de conducta

    En 2007 se firmó un acuerdo de colaboración con los dos principales portales de anuncios,
    que incluye un código de conducta para los anunciantes y un procedimiento de retirada
    rápida de anuncios ilegales. Las inspecciones del SEPRONA en línea han dado lugar a
    numerosas denuncias administrativas y a varios procedimientos penales.

    ## iv) Cambios en las rutas comerciales y los métodos de envío

    Se observa un aumento de los envíos por correo postal y por empresas de mensajería de
    pequeños reptiles e invertebrados, así como de piezas de marfil de pequeño tamaño
    procedentes de otros Estados miembros de la Unión Europea.
    """,
)

ES_TEXT = """\
Estimados señores:

En relación con la solicitud de información sobre el comercio por Internet de especímenes de
especies incluidas en la CITES (decisiones de la CoP14), les remito adjunta la respuesta de la
Autoridad Administrativa CITES de España, que aborda las cuatro cuestiones planteadas.

Un saludo,

Beatriz Lozano Iglesias
Jefa de Servicio CITES
Subdirección General de Inspección, Certificación y Asistencia Técnica del Comercio Exterior
Secretaría General de Comercio Exterior
Ministerio de Industria, Turismo y Comercio
"""


def msg_spain() -> Sample:
    body = text_part(unwrap(ES_TEXT), html_lang="es", charset="iso-8859-1")
    attach(body, ES_ANSWER, "outlook")
    set_boundaries(body, lambda n: f"----_=_NextPart_00{n + 1}_01C8DAA4.6B3E8F10")
    headers: Headers = [
        ("Return-Path", "<blozano@mityc.es>"),
        ("Delivered-To", INBOX_2008),
        (
            "Received",
            received(
                "mx.cites.org (mx.cites.org [198.51.100.21])",
                "mail.cites.org",
                "B42A6C19E03",
                "Mon, 30 Jun 2008 13:03:02 +0200 (CEST)",
                to=INBOX_2008,
            ),
        ),
        (
            "Received",
            received(
                "correo.mityc.es (correo.mityc.es [203.0.113.140])",
                "mx.cites.org",
                "71E0F2D3C58",
                "Mon, 30 Jun 2008 13:02:58 +0200 (CEST)",
                to=INBOX_2008,
            ),
        ),
        ("Content-class", "urn:content-classes:message"),
        (
            "Subject",
            encoded_words(
                "Comercio por Internet de especímenes CITES - respuesta de España",
                "iso-8859-1",
                "Q",
            ),
        ),
        ("Date", "Mon, 30 Jun 2008 13:02:10 +0200"),
        ("X-MimeOLE", "Produced By Microsoft Exchange V6.5"),
        ("Message-ID", "<5A3C1E9D7F0B2E4DA81C6F93B2D07E14@CORREO01.mityc.es>"),
        ("X-MS-Has-Attach", "yes"),
        ("Thread-Topic", "Comercio por Internet de especimenes CITES - respuesta de Espana"),
        ("Thread-Index", Raw("AcjaokVbx3F9YkQZT2u0b8mXQJ1lTw==")),
        ("From", '"Lozano Iglesias, Beatriz" <blozano@mityc.es>'),
        ("To", INBOX_2008),
    ]
    return Sample(
        "06-es-espana-comercio-internet-cop14.eml",
        assemble(headers, body, preamble="This is a multi-part message in MIME format."),
        kind="submission",
        call=CALL_CP14,
        party="ES",
        language="es",
        documents=[ES_ANSWER],
    )


# ---------------------------------------------------------------------------------------
# 07 - European Union, Notification 2021/008 (Exchange, base64 bodies)
# ---------------------------------------------------------------------------------------

EU_COVER = Doc(
    filename="Ares(2021)1432876 - Cover letter EU submission Notif 2021-008.pdf",
    doc_type="cover_letter",
    language="en",
    confidential=False,
    author="ENV.F.3",
    created=when("2021-02-26T17:05:00+01:00"),
    header="EUROPEAN COMMISSION – DIRECTORATE-GENERAL FOR ENVIRONMENT",
    footer="Commission européenne/Europese Commissie, 1049 Bruxelles/Brussel, BELGIQUE/BELGIË",
    markup="""
    # Cover letter – Submission of the European Union in response to CITES Notification to
    the Parties No. 2021/008

    Brussels, 26 February 2021

    Dear Madam, Dear Sir,

    The European Commission, on behalf of the European Union, welcomes the initiative of the
    Secretariat to gather information on existing resources and networks for the management of
    seized and confiscated live animals, as requested by Decisions 18.159 and 18.160.

    With this letter we submit two documents. The first is the part of the EU action plan that
    concerns the management of live specimens seized in the European Union, prepared with the
    Member States in the framework of the EU Enforcement Group. The second is the standard
    operating procedure used by Member States to coordinate the placement of confiscated live
    animals between them when national facilities are full.

    The action plan and this letter may be made available on the CITES website. The standard
    operating procedure is intended for the use of enforcement and management authorities only
    and we would ask the Secretariat to keep it in the restricted part of the database.

    The Commission remains at the disposal of the Secretariat for any further information and
    looks forward to the compilation of resources that will result from this exercise.

    Yours faithfully,

    Head of Unit
    """,
)

EU_PLAN = Doc(
    filename="EU_action_plan_live_confiscated_specimens.pdf",
    doc_type="action_plan",
    language="en",
    confidential=False,
    author="ENV.F.3",
    created=when("2021-02-19T10:00:00+01:00"),
    header="EU Wildlife Trade Enforcement Group",
    markup="""
    # Action Plan on the Management of Seized and Confiscated Live Specimens in the European
    Union

    ## Background

    Under Council Regulation (EC) No 338/97 Member States seize and confiscate live specimens
    of species listed in its Annexes when they are imported, exported or traded in breach of
    the Regulation. Each year several thousand live animals are seized at the external
    borders and within the internal market, most of them reptiles, birds and tortoises. The
    EU Action Plan against Wildlife Trafficking calls on Member States to ensure that
    confiscated live animals are properly cared for and to share facilities where needed.

    ## Actions

    - Action 1: every Member State designates at least one rescue centre or sanctuary for each
    + major taxonomic group and communicates its contact details to the Commission.
    - Action 2: the Commission maintains a restricted list of facilities with available
    + capacity, updated every quarter by the Management Authorities.
    - Action 3: Member States apply the common standard operating procedure when placing
    + animals in another Member State.
    - Action 4: Member States report annually on the numbers of live specimens confiscated
    + and on their final disposal.
    - Action 5: the Commission supports training of enforcement officers on the handling and
    + transport of live animals through the EU Enforcement Group.

    ## Funding and timeline

    The actions are implemented between 2021 and 2025. Costs of care remain the responsibility
    of the Member State that confiscated the animals; the Commission may co-finance training
    and the development of shared facilities. Progress will be reviewed at the meetings of
    the EU Enforcement Group and reported to the CITES Standing Committee.
    """,
)

EU_SOP = Doc(
    filename="SOP_intra-EU_placement_confiscated_live_animals.docx",
    doc_type="sop",
    language="en",
    confidential=True,
    author="ENV.F.3",
    created=when("2021-02-12T14:30:00+01:00"),
    header="FOR INTERNAL USE ONLY – EU ENFORCEMENT GROUP",
    markup="""
    # Standard Operating Procedure: Placement of Confiscated Live Animals between EU Member
    States

    ## Scope

    This standard operating procedure applies when a Management Authority of a Member State
    cannot place confiscated live animals in a suitable facility on its own territory and
    requests a placement in another Member State. It covers the request, the transfer and the
    follow-up, and is used by Management Authorities and enforcement agencies only.

    ## Procedure

    - Step 1: the requesting Management Authority sends the standard request form to the
    + Commission's functional mailbox, with species, number of specimens, health status and
    + expected duration of care.
    - Step 2: the Commission circulates the request within four working hours to the Member
    + States that reported capacity for the taxonomic group concerned.
    - Step 3: the receiving Member State confirms acceptance and designates the facility;
    + both Management Authorities agree on transport and costs in writing.
    - Step 4: the transfer is accompanied by a copy of the confiscation decision and a
    + veterinary certificate; no CITES permit is required within the Union.
    - Step 5: the receiving facility reports the arrival and, later, the final disposal of the
    + animals to both Management Authorities.

    ## Records

    Each Management Authority keeps a file for every placement, including the request, the
    acceptance, transport documents and veterinary reports, for at least five years.
    """,
)

EU_TEXT = """\
Dear Madam, Dear Sir,

Please find attached the submission of the European Union in response to CITES Notification to
the Parties No. 2021/008 on the management of seized and confiscated live animals:

1. Cover letter (PDF);
2. Action plan on the management of seized and confiscated live specimens in the EU (PDF);
3. Standard Operating Procedure for placements between Member States (Word).

The cover letter and the action plan may be made public. The SOP is for internal use only and
should not be published.

Best regards,

Katarzyna NOWAK-BERG
Policy Officer – Wildlife Trade
European Commission
Directorate-General for Environment
Unit F.3 – Global Environmental Cooperation and Multilateral Agreements
"""


def msg_european_union() -> Sample:
    body = text_part(unwrap(EU_TEXT), html_lang="en", cte="base64")
    attach(body, EU_COVER, "outlook")
    attach(body, EU_PLAN, "outlook")
    attach(body, EU_SOP, "outlook")
    set_boundaries(
        body, outlook_boundary("AM0PR07MB4418C2E6F9A1B0D37E5C84A2F19D6B05AM0PR07MB4418eurp")
    )
    headers: Headers = [
        ("Return-Path", "<Katarzyna.NOWAK-BERG@ec.europa.eu>"),
        ("Delivered-To", INBOX),
        (
            "Received",
            received(
                f"{MX} ({MX} [198.51.100.20])",
                IMAP,
                "4DnCq51TbVz1xqN",
                "Fri, 26 Feb 2021 18:41:05 +0100 (CET)",
            ),
        ),
        (
            "Received",
            received(
                "mail-out.ec.europa.eu (mail-out.ec.europa.eu [192.0.2.200])",
                MX,
                "4DnCq42YhQz9vGq",
                "Fri, 26 Feb 2021 18:41:02 +0100 (CET)",
            ),
        ),
        ("From", "NOWAK-BERG Katarzyna (ENV) <Katarzyna.NOWAK-BERG@ec.europa.eu>"),
        ("To", f"'CITES Secretariat' <{INBOX}>"),
        ("CC", "ENV-CITES-TEAM <ENV-CITES-TEAM@ec.europa.eu>"),
        (
            "Subject",
            "EU submission – CITES Notification No. 2021/008 (seized and confiscated live animals)",
        ),
        ("Date", "Fri, 26 Feb 2021 18:40:12 +0100"),
        (
            "Message-ID",
            "<AM0PR07MB4418C2E6F9A1B0D37E5C84A2F19D6B05@AM0PR07MB4418.eurprd07.prod.outlook.com>",
        ),
        ("Accept-Language", "en-GB, fr-BE"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
        ("X-Classification", "Sensitivity: Normal"),
    ]
    return Sample(
        "07-en-eu-cover-letter-action-plan-sop-internal.eml",
        assemble(headers, body),
        kind="submission",
        call=CALL_008,
        party="EU",
        language="en",
        documents=[EU_COVER, EU_PLAN, EU_SOP],
    )


# ---------------------------------------------------------------------------------------
# 08 - Out-of-office auto-reply (Belgium, French) to the Secretariat's reminder
# ---------------------------------------------------------------------------------------

REMINDER_ID = "<20210222070014.4DkQ7m6Xq4z9vGp@smtp-out.cites.org>"
REMINDER_SUBJECT = "Reminder: CITES Notification No. 2021/008 – deadline 28 February 2021"

BE_TEXT = """\
Bonjour,

Je suis absente du bureau jusqu'au lundi 1er mars 2021 inclus et n'ai qu'un accès limité à ma
messagerie. Votre message ne sera pas transféré.

Pour toute question urgente relative aux permis CITES, veuillez contacter le service CITES au
+32 2 524 00 00.

Cordialement,

Sophie Dumont
Service Bien-être animal et CITES
SPF Santé publique, Sécurité de la chaîne alimentaire et Environnement
"""


def msg_auto_reply() -> Sample:
    body = text_part(unwrap(BE_TEXT), html_lang="fr", cte="base64")
    set_boundaries(
        body, outlook_boundary("DB8PR02MB5627B3F01E9C4D7A62F5B0C8E3A19D47DB8PR02MB5627eurp")
    )
    headers: Headers = [
        ("Return-Path", "<>"),
        ("Delivered-To", INBOX),
        (
            "Received",
            received(
                f"{MX} ({MX} [198.51.100.20])",
                IMAP,
                "4DkQ7v0fGqz1xqN",
                "Mon, 22 Feb 2021 08:00:31 +0100 (CET)",
            ),
        ),
        (
            "Received",
            received(
                "mail.health.fgov.be (mail.health.fgov.be [203.0.113.9])",
                MX,
                "4DkQ7t5kLmz9vGq",
                "Mon, 22 Feb 2021 08:00:29 +0100 (CET)",
            ),
        ),
        ("From", "DUMONT Sophie <sophie.dumont@health.fgov.be>"),
        ("To", f"CITES Secretariat <{INBOX}>"),
        (
            "Subject",
            encoded_words(f"Réponse automatique : {REMINDER_SUBJECT}", "utf-8", "B"),
        ),
        ("Thread-Topic", REMINDER_SUBJECT),
        ("Thread-Index", Raw("AdcI5xRk0bYq9t3pS8aVZ4hN1xE2gAAAAnJw")),
        ("Date", "Mon, 22 Feb 2021 08:00:14 +0100"),
        (
            "Message-ID",
            "<cd4e0b7f2a9c4c6b8e1f30a5d7b9e214@DB8PR02MB5627.eurprd02.prod.outlook.com>",
        ),
        ("References", REMINDER_ID),
        ("In-Reply-To", REMINDER_ID),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "sophie.dumont@health.fgov.be"),
        ("Content-Language", "fr-BE"),
        ("X-MS-Has-Attach", ""),
    ]
    return Sample(
        "08-fr-reponse-automatique-absence.eml",
        assemble(headers, body),
        kind="auto_reply",
        call=None,
        # The government domain tells the Party even on an auto-reply; it answers no call.
        party="BE",
        language="fr",
    )


# ---------------------------------------------------------------------------------------
# 09 - Bounce (Postfix DSN) for the reminder sent to a stale address
# ---------------------------------------------------------------------------------------

BOUNCE_TEXT = """\
This is the mail system at host smtp-out.cites.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<cites.focalpoint@nepa.gov.jm>: host mx1.nepa.gov.jm[203.0.113.25] said: 550
    5.1.1 <cites.focalpoint@nepa.gov.jm>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""

BOUNCED_HEADERS = f"""\
Return-Path: <{INBOX}>
Received: from imap.cites.org (imap.cites.org [198.51.100.22])
\tby smtp-out.cites.org (Postfix) with ESMTPSA id 4DkQ7m6Xq4z9vGp;
\tMon, 22 Feb 2021 08:00:14 +0100 (CET)
Date: Mon, 22 Feb 2021 08:00:14 +0100
From: CITES Secretariat <{INBOX}>
To: cites.focalpoint@nepa.gov.jm
Subject: =?utf-8?Q?Reminder:_CITES_Notification_No._2021/008_=E2=80=93_deadline?=
 =?utf-8?Q?_28_February_2021?=
Message-ID: {REMINDER_ID}
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1_4DkQ7m6Xq4z9vGp"
"""


def msg_bounce() -> Sample:
    body = MIMEPart(policy=SMTP)
    body.set_content(BOUNCE_TEXT, charset="us-ascii", cte="7bit")
    body["Content-Description"] = "Notification"
    body.make_mixed()
    del body["Content-Type"]
    body["Content-Type"] = "multipart/report; report-type=delivery-status"

    status = MIMEPart(policy=SMTP)
    status["Content-Description"] = "Delivery report"
    status["Content-Type"] = "message/delivery-status"
    per_message = MIMEPart(policy=SMTP)
    for name, value in [
        ("Reporting-MTA", "dns; smtp-out.cites.org"),
        ("X-Postfix-Queue-ID", "4DkQ7m6Xq4z9vGp"),
        ("X-Postfix-Sender", f"rfc822; {INBOX}"),
        ("Arrival-Date", "Mon, 22 Feb 2021 08:00:14 +0100 (CET)"),
    ]:
        per_message.set_raw(name, value)
    per_recipient = MIMEPart(policy=SMTP)
    for name, value in [
        ("Final-Recipient", "rfc822; cites.focalpoint@nepa.gov.jm"),
        ("Original-Recipient", "rfc822;cites.focalpoint@nepa.gov.jm"),
        ("Action", "failed"),
        ("Status", "5.1.1"),
        ("Remote-MTA", "dns; mx1.nepa.gov.jm"),
        (
            "Diagnostic-Code",
            "smtp; 550 5.1.1 <cites.focalpoint@nepa.gov.jm>: Recipient address\n"
            "    rejected: User unknown in virtual mailbox table",
        ),
    ]:
        per_recipient.set_raw(name, value)
    per_message.set_payload("")
    per_recipient.set_payload("")
    status.set_payload([per_message, per_recipient])
    body.attach(status)

    returned = MIMEPart(policy=SMTP)
    returned.set_content(BOUNCED_HEADERS, subtype="rfc822-headers", charset="us-ascii", cte="7bit")
    del returned["Content-Type"]
    returned["Content-Description"] = "Undelivered Message Headers"
    returned["Content-Type"] = "text/rfc822-headers"
    body.attach(returned)
    set_boundaries(body, lambda n: "4DkQ7n1Hc3z9vGq.1613977219/smtp-out.cites.org")

    headers: Headers = [
        ("Return-Path", "<>"),
        ("Delivered-To", INBOX),
        (
            "Received",
            received(
                "smtp-out.cites.org (smtp-out.cites.org [198.51.100.23])",
                IMAP,
                "4DkQ7n4ZsRz1xqN",
                "Mon, 22 Feb 2021 08:00:20 +0100 (CET)",
            ),
        ),
        (
            "Received",
            received(
                "",
                "smtp-out.cites.org",
                "4DkQ7n1Hc3z9vGq",
                "Mon, 22 Feb 2021 08:00:19 +0100 (CET)",
                to=None,
            ),
        ),
        ("Date", "Mon, 22 Feb 2021 08:00:19 +0100 (CET)"),
        ("From", "MAILER-DAEMON@smtp-out.cites.org (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", INBOX),
        ("Auto-Submitted", "auto-replied"),
        ("Message-Id", "<20210222070019.4DkQ7n1Hc3z9vGq@smtp-out.cites.org>"),
    ]
    return Sample(
        "09-en-bounce-delivery-status.eml",
        assemble(headers, body, preamble="This is a MIME-encapsulated message."),
        kind="bounce",
        call=None,
        party=None,
        language="en",
    )


# ---------------------------------------------------------------------------------------
# 10 - Kenya: a cover message forwarding (as message/rfc822) a colleague's message + PDF
# ---------------------------------------------------------------------------------------

KE_PROTOCOL = Doc(
    filename="KWS_Protocol_Confiscated_Live_Wildlife_2021.pdf",
    doc_type="protocol",
    language="en",
    confidential=False,
    author="KWS Veterinary and Capture Services",
    created=when("2021-02-17T12:30:00+03:00"),
    header="KENYA WILDLIFE SERVICE",
    markup="""
    # Protocol for the Handling, Care and Disposition of Confiscated Live Wildlife

    ## 1. Purpose

    This protocol sets out how officers of the Kenya Wildlife Service and partner agencies
    handle live wild animals recovered from illegal trade, from the moment of seizure at
    Jomo Kenyatta International Airport, the port of Mombasa, land border posts or inland
    operations, to the final disposition of each animal. It applies to all species protected
    under the Wildlife Conservation and Management Act, 2013, including those listed in the
    Appendices of CITES.

    ## 2. Immediate actions at the point of seizure

    - Secure the animals and the scene, and photograph the containers before opening them.
    - Call the duty veterinarian of the Veterinary and Capture Services department.
    - Separate live from dead animals, and sick from healthy ones; keep species apart.
    - Record species, numbers and condition on the seizure form, which is countersigned by
    + the investigating officer.

    ## 3. Holding and care

    Animals are moved to the KWS animal orphanage in Nairobi or to a partner rescue facility
    approved by the Director General. Each animal receives a veterinary examination within 12
    hours. Samples for forensic analysis are collected by the veterinarian and handed over to
    the investigating officer with a chain-of-custody record. Animals are held as exhibits
    until the court releases them or authorises photographs and samples to be used instead.

    ## 4. Disposition

    Indigenous animals fit for release are returned to suitable habitat within their known
    range after rehabilitation. Non-native animals are repatriated in cooperation with the
    country of origin, or placed in approved facilities. Euthanasia is a last resort, decided
    by the senior veterinarian and recorded in the case file.
    """,
)

KE_ORIGINAL_TEXT = """\
Dear Grace,

Attached is the final version of the protocol on confiscated live wildlife, as approved by the
Director of Veterinary and Capture Services last week. You may share it with the CITES
Secretariat in reply to their notification.

Best regards,

Dr. Peter Otieno
Senior Veterinary Officer
Veterinary and Capture Services
Kenya Wildlife Service
"""

KE_TEXT = """\
Dear Sir/Madam,

Please find attached the message from my colleague in our Veterinary and Capture Services
department, which carries Kenya's protocol for the handling, care and disposition of confiscated
live wildlife. This is our contribution in response to Notification to the Parties No. 2021/008.

The protocol may be published in the database.

Regards,

Grace Kamau
Senior Warden – CITES Office
Kenya Wildlife Service
"""


def msg_kenya_forward() -> Sample:
    inner_body = text_part(unwrap(KE_ORIGINAL_TEXT), html_lang="en")
    attach(inner_body, KE_PROTOCOL, "outlook")
    set_boundaries(
        inner_body, outlook_boundary("AM6PR03MB4121D8E0C5B7A9F3E2614DC07B8A5E93AM6PR03MB4121eurp")
    )
    inner = assemble(
        [
            ("From", "Peter Otieno <potieno@kws.go.ke>"),
            ("To", "Grace Kamau <gkamau@kws.go.ke>"),
            ("Subject", "Protocol on confiscated live wildlife (final)"),
            ("Thread-Topic", "Protocol on confiscated live wildlife (final)"),
            ("Thread-Index", Raw("AdcF9kP2s1xGv8YwTdu3Zr4mLq0n7w==")),
            ("Date", "Thu, 18 Feb 2021 16:02:11 +0300"),
            (
                "Message-ID",
                "<AM6PR03MB4121D8E0C5B7A9F3E2614DC07B8A5E93@AM6PR03MB4121.eurprd03.prod.outlook.com>",
            ),
            ("Accept-Language", "en-GB, en-US"),
            ("Content-Language", "en-GB"),
            ("X-MS-Has-Attach", "yes"),
        ],
        inner_body,
    )

    body = text_part(unwrap(KE_TEXT), html_lang="en")
    body.add_attachment(
        inner, cte="7bit", filename="Protocol on confiscated live wildlife (final).eml"
    )
    set_boundaries(
        body, outlook_boundary("AM6PR03MB4121F0A2B9C8D7E6A5B4C3D2E1F0A9B8AM6PR03MB4121eurp")
    )
    headers: Headers = [
        ("Return-Path", "<gkamau@kws.go.ke>"),
        ("Delivered-To", INBOX),
        (
            "Received",
            received(
                f"{MX} ({MX} [198.51.100.20])",
                IMAP,
                "4DhYk20pQwz1xqN",
                "Fri, 19 Feb 2021 09:26:33 +0100 (CET)",
            ),
        ),
        (
            "Received",
            received(
                "mail.kws.go.ke (mail.kws.go.ke [203.0.113.180])",
                MX,
                "4DhYk06Tn8z9vGq",
                "Fri, 19 Feb 2021 09:26:30 +0100 (CET)",
            ),
        ),
        ("From", "Grace Kamau <gkamau@kws.go.ke>"),
        ("To", f"CITES Secretariat <{INBOX}>"),
        ("Subject", "FW: Protocol on confiscated live wildlife (final) - Notification 2021/008"),
        ("Thread-Topic", "Protocol on confiscated live wildlife (final)"),
        ("Thread-Index", Raw("AdcF9kP2s1xGv8YwTdu3Zr4mLq0n7wAg4bX0")),
        ("Date", "Fri, 19 Feb 2021 11:25:40 +0300"),
        (
            "Message-ID",
            "<AM6PR03MB4121F0A2B9C8D7E6A5B4C3D2E1F0A9B8@AM6PR03MB4121.eurprd03.prod.outlook.com>",
        ),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ]
    return Sample(
        "10-en-kenya-forwarded-protocol.eml",
        assemble(headers, body),
        kind="submission",
        call=CALL_008,
        party="KE",
        language="en",
        documents=[KE_PROTOCOL],
    )


# ---------------------------------------------------------------------------------------
# 11 - Brazil: documents.zip holding a PDF and a DOCX (Zimbra)
# ---------------------------------------------------------------------------------------

BR_PROTOCOL = Doc(
    filename="CETAS_protocol_seized_wild_animals_EN.pdf",
    doc_type="protocol",
    language="en",
    confidential=False,
    author="IBAMA - CETAS coordination",
    created=when("2021-02-24T10:00:00-03:00"),
    header="IBAMA – Brazilian Institute of Environment and Renewable Natural Resources",
    markup="""
    # Protocol for the Reception and Destination of Seized Wild Animals at CETAS Wildlife
    Screening Centres (English version)

    ## 1. The CETAS network

    The Wild Animal Screening Centres (CETAS) are facilities run by IBAMA and by state
    environmental agencies that receive wild animals seized by inspection and police bodies,
    handed over voluntarily or rescued. The network has centres in all regions of the country
    and receives tens of thousands of animals each year, mostly songbirds, parrots, turtles
    and small primates taken from the wild for the domestic and international pet trade.

    ## 2. Reception

    - Each animal is received with the official seizure document and is given an individual
    + record number.
    - A veterinarian or biologist assesses health, behaviour and the degree of habituation to
    + humans, and classifies the animal for its likely destination.
    - Exotic and CITES-listed species are reported to the CITES Management Authority within
    + five working days.

    ## 3. Destination

    Native animals in good condition are released after rehabilitation in areas registered
    for release, chosen according to the species' range. Animals that cannot be released are
    sent to zoos, breeding facilities or scientific institutions registered with IBAMA, under a
    term of custody. Exotic animals are returned to the country of origin where possible.

    ## 4. Monitoring

    Releases are monitored through marking and, for some species, radio tracking. Each centre
    reports monthly on admissions, deaths, releases and transfers through the national system
    for the management of wild fauna.
    """,
)

BR_AGREEMENT = Doc(
    filename="Cooperation_agreement_rescue_centres_translation.docx",
    doc_type="contract",
    language="en",
    confidential=False,
    author="IBAMA - Legal Office",
    created=when("2021-02-24T11:15:00-03:00"),
    footer="Unofficial English translation – the Portuguese text prevails",
    markup="""
    # Cooperation Agreement for the Reception and Care of Seized Wild Animals (model contract,
    English translation)

    Between the Brazilian Institute of Environment and Renewable Natural Resources (IBAMA),
    hereinafter "IBAMA", and the partner institution identified in Annex I, hereinafter "the
    Partner", the following agreement is concluded.

    ## Clause 1 – Object

    The object of this agreement is the reception, temporary keeping, veterinary care and
    rehabilitation by the Partner of wild animals seized or rescued by IBAMA, when the capacity
    of the nearest CETAS wildlife screening centre is exhausted.

    ## Clause 2 – Obligations of the Partner

    The Partner undertakes to keep the animals in enclosures suited to the species, to provide
    food and veterinary care, to keep individual records and to allow inspection by IBAMA at
    any time. The Partner may not sell, exchange or exhibit the animals.

    ## Clause 3 – Obligations of IBAMA

    IBAMA undertakes to deliver the animals with the corresponding documents, to decide on
    their destination within one hundred and eighty days and to provide technical support for
    release programmes.

    ## Clause 4 – Costs

    Each party bears its own costs. No financial transfer is made under this agreement.

    ## Clause 5 – Duration

    The agreement is valid for five years from its publication in the Official Gazette and
    may be extended by an amendment signed by both parties.
    """,
)

BR_TEXT = """\
Dear CITES Secretariat,

In reply to Notification to the Parties No. 2021/008, the CITES Management Authority of Brazil
(IBAMA) sends attached a compressed file (documents.zip) with two documents in English:

- the protocol for the reception and destination of seized wild animals in the CETAS network;
- the English translation of the model cooperation agreement with partner rescue centres.

Both documents may be published in full on the CITES website, including the cooperation
agreement.

Best regards,

Rafael Souza Almeida
Environmental Analyst – CITES Management Authority
Brazilian Institute of Environment and Renewable Natural Resources (IBAMA)
Brasília – DF, Brazil
"""


def msg_brazil_zip() -> Sample:
    body = text_part(unwrap(BR_TEXT), html_lang="en")
    archive = make_zip([BR_PROTOCOL, BR_AGREEMENT], when("2021-02-27T15:50:00-03:00"))
    add_file(body, file_part(archive, "application/x-zip-compressed", "documents.zip", "zimbra"))
    set_boundaries(
        body, lambda n: f"=_{'a3f9c1d7e5b2' if n == 0 else '6d0e8b4f2c91'}4e7a9b1c3d5f7e9a"
    )
    headers: Headers = [
        ("Return-Path", "<rafael.almeida@ibama.gov.br>"),
        ("Delivered-To", INBOX),
        (
            "Received",
            received(
                f"{MX} ({MX} [198.51.100.20])",
                IMAP,
                "4Dnxs91bKdz1xqN",
                "Sat, 27 Feb 2021 19:58:49 +0100 (CET)",
            ),
        ),
        (
            "Received",
            received(
                "zimbra.ibama.gov.br (zimbra.ibama.gov.br [203.0.113.201])",
                MX,
                "4Dnxs74QWmz9vGq",
                "Sat, 27 Feb 2021 19:58:46 +0100 (CET)",
            ),
        ),
        ("Date", "Sat, 27 Feb 2021 15:58:02 -0300 (BRT)"),
        ("From", "Rafael Souza Almeida <rafael.almeida@ibama.gov.br>"),
        ("To", f"CITES Secretariat <{INBOX}>"),
        ("Message-ID", "<1873466205.4417752.1614452282113.JavaMail.zimbra@ibama.gov.br>"),
        ("Subject", "Notification 2021/008 - Brazil - CETAS protocol and cooperation agreement"),
        ("X-Mailer", "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3953)"),
        ("Thread-Index", Raw("hJ3kW9xQZr0Ln6MzTu2Hs8pVcYbA1g==")),
        (
            "Thread-Topic",
            "Notification 2021/008 - Brazil - CETAS protocol and cooperation agreement",
        ),
    ]
    return Sample(
        "11-en-brazil-documents-zip.eml",
        assemble(headers, body),
        kind="submission",
        call=CALL_008,
        party="BR",
        language="en",
        documents=[BR_PROTOCOL, BR_AGREEMENT],
    )


# ---------------------------------------------------------------------------------------
# 12 - Colombia, from a personal Gmail address, minutes before the deadline
# ---------------------------------------------------------------------------------------

CO_REGULATION = Doc(
    filename="Medida_reglamentaria_disposicion_fauna_decomisada_Colombia.pdf",
    doc_type="regulatory_measure",
    language="es",
    confidential=False,
    author="MADS - Dirección de Bosques, Biodiversidad y Servicios Ecosistémicos",
    created=when("2021-02-26T09:00:00-05:00"),
    header="MINISTERIO DE AMBIENTE Y DESARROLLO SOSTENIBLE – República de Colombia",
    markup="""
    # Medida reglamentaria sobre la disposición provisional y final de especímenes de fauna
    silvestre aprehendidos, restituidos o decomisados

    ## Antecedentes

    La Ley 1333 de 2009, que establece el procedimiento sancionatorio ambiental, prevé la
    aprehensión preventiva y el decomiso definitivo de especímenes de fauna silvestre
    aprovechados, movilizados o comercializados ilegalmente. El Ministerio de Ambiente y
    Desarrollo Sostenible reglamenta las alternativas de disposición de dichos especímenes,
    que son aplicadas por las corporaciones autónomas regionales, las autoridades ambientales
    de los grandes centros urbanos y Parques Nacionales Naturales.

    ## Alternativas de disposición provisional

    - Centros de atención, valoración y rehabilitación de fauna silvestre (CAVR) de las
    + autoridades ambientales.
    - Hogares de paso y tenedores temporales autorizados, cuando el centro no tenga capacidad.
    - Zoológicos y otras instituciones que suscriban un acta de custodia con la autoridad.

    ## Alternativas de disposición final

    Liberación en el medio natural, previa evaluación biológica, sanitaria y genética que
    demuestre que el ejemplar es apto y que la zona de liberación corresponde a su área de
    distribución; ubicación en zoológicos, acuarios o centros de investigación; entrega en
    tenencia a zoocriaderos con fines de conservación; y, como última opción, la eutanasia
    practicada por un médico veterinario de acuerdo con protocolos de bienestar animal.

    ## Especímenes de especies exóticas o incluidas en la CITES

    Cuando el espécimen pertenezca a una especie no nativa o incluida en los Apéndices de la
    CITES, la autoridad ambiental consulta a la Autoridad Administrativa CITES antes de decidir,
    la cual podrá coordinar con el país de origen la repatriación del ejemplar.
    """,
)

CO_TEXT = """\
Buenas noches,

Envío desde mi correo personal porque el servidor institucional presenta fallas hoy. Adjunto la
medida reglamentaria de Colombia sobre la disposición de especímenes de fauna silvestre
aprehendidos o decomisados, en respuesta a la Notificación a las Partes No. 2021/008.

Cordialmente,

Andrés Camilo Rojas
Profesional especializado – Autoridad Administrativa CITES
Dirección de Bosques, Biodiversidad y Servicios Ecosistémicos
Ministerio de Ambiente y Desarrollo Sostenible, Colombia
"""


def msg_colombia_gmail() -> Sample:
    body = text_part(unwrap(CO_TEXT), html_lang="es")
    attach(body, CO_REGULATION, "gmail")
    set_boundaries(body, gmail_boundary("2f9b1c05bc6a4e1d"))
    headers: Headers = [
        ("Return-Path", "<andres.c.rojas.cites@gmail.com>"),
        ("Delivered-To", INBOX),
        (
            "Received",
            received(
                f"{MX} ({MX} [198.51.100.20])",
                IMAP,
                "4DpdDc2M1Xz1xqN",
                "Sun, 28 Feb 2021 23:46:40 +0100 (CET)",
            ),
        ),
        (
            "Received",
            received(
                "mail-ed1-f54.google.com (mail-ed1-f54.google.com\n\t[209.85.208.54])",
                MX,
                "4DpdDb0YtKz9vGq",
                "Sun, 28 Feb 2021 23:46:38 +0100 (CET)",
            ),
        ),
        (
            "Received",
            Raw(
                "by mail-ed1-f54.google.com with SMTP id d8so11025604edr.8\n"
                f"        for <{INBOX}>; Sun, 28 Feb 2021 14:46:38 -0800 (PST)"
            ),
        ),
        ("MIME-Version", "1.0"),
        ("From", "Andrés Rojas <andres.c.rojas.cites@gmail.com>"),
        ("Date", "Sun, 28 Feb 2021 17:46:02 -0500"),
        ("Message-ID", "<CAF7uK2pX9dQ3vR0mN8bJ4hT6yW1sE5cL2aZ0gH7fM3kP9qV4xB@mail.gmail.com>"),
        (
            "Subject",
            encoded_words("Notificación 2021/008 - medida reglamentaria Colombia", "UTF-8", "Q"),
        ),
        ("To", INBOX),
    ]
    return Sample(
        "12-es-colombia-gmail-medida-reglamentaria.eml",
        assemble(headers, body),
        kind="submission",
        call=CALL_008,
        party="CO",
        language="es",
        documents=[CO_REGULATION],
    )


# ---------------------------------------------------------------------------------------
# 14 - Australia: no Message-ID, "Please see attached.", PDF sent as octet-stream
# ---------------------------------------------------------------------------------------

AU_SOP = Doc(
    filename="20210301_AWE_submission.pdf",
    doc_type="sop",
    language="en",
    confidential=False,
    author="Wildlife Trade Regulation Section",
    created=when("2021-03-01T09:55:00+11:00"),
    declared_type="application/octet-stream",
    header="Australian Government – Department of Agriculture, Water and the Environment",
    markup="""
    # Standard Operating Procedure: Seized Live Reptiles and Amphibians at the Border

    ## Purpose

    This standard operating procedure describes how officers of the Australian Border Force and
    the Department of Agriculture, Water and the Environment handle live reptiles and
    amphibians detected in passenger baggage, mail and cargo. Because of the serious
    biosecurity risk posed by exotic reptiles and their parasites and pathogens, the procedure
    combines wildlife trade and biosecurity requirements.

    ## Procedure

    - Step 1: do not open containers in public areas; move them to a secure room and notify
    + the on-call wildlife inspector and the biosecurity officer.
    - Step 2: identify the specimens to species level where possible, with photographs sent
    + to the identification service of the Department.
    - Step 3: native species are transferred to an approved wildlife carer or zoo for
    + assessment; exotic species are held in a biosecurity-approved containment facility.
    - Step 4: record all details in the seizure database, including the container labels,
    + airway bill or postal article number and the condition of each animal.

    ## Disposal

    Exotic live reptiles and amphibians are not released and are not retained in Australia
    unless an approved institution can hold them under biosecurity containment. In most cases
    they are humanely euthanased by a veterinarian after evidence has been collected. Native
    species are returned to the wild at the place of capture when this can be established,
    or placed with a zoo or approved carer.

    ## Records and reporting

    Seizure records are kept for seven years and are used for the annual illegal trade report
    submitted to the CITES Secretariat.
    """,
)

AU_TEXT = """\
Please see attached.

Sarah Whitfield
Assistant Director | Wildlife Trade Regulation
Department of Agriculture, Water and the Environment
"""


def msg_australia_no_message_id() -> Sample:
    body = text_part(AU_TEXT, html_lang="en")
    attach(body, AU_SOP, "outlook")
    set_boundaries(
        body, outlook_boundary("SY4PR01MB6204B7A1C3E5D9F0284A6B8C1D3E5F70SY4PR01MB6204ausp")
    )
    headers: Headers = [
        ("Return-Path", "<sarah.whitfield@awe.gov.au>"),
        ("Delivered-To", INBOX),
        (
            "Received",
            received(
                f"{MX} ({MX} [198.51.100.20])",
                IMAP,
                "4Dpfgz3Sxcz1xqN",
                "Mon, 01 Mar 2021 00:20:05 +0100 (CET)",
            ),
        ),
        (
            "Received",
            received(
                "smtp.awe.gov.au (smtp.awe.gov.au [203.0.113.60])",
                MX,
                "4Dpfgx6JkRz9vGq",
                "Mon, 01 Mar 2021 00:20:01 +0100 (CET)",
            ),
        ),
        ("From", "Sarah Whitfield <sarah.whitfield@awe.gov.au>"),
        ("To", f"CITES Secretariat <{INBOX}>"),
        ("Subject", "Notification 2021/008"),
        ("Date", "Mon, 1 Mar 2021 10:18:47 +1100"),
        ("Content-Language", "en-AU"),
        ("X-MS-Has-Attach", "yes"),
    ]
    return Sample(
        "14-en-australia-no-message-id.eml",
        assemble(headers, body),
        kind="submission",
        call=CALL_008,
        party="AU",
        language="en",
        documents=[AU_SOP],
    )


# ---------------------------------------------------------------------------------------
# 15 - Peru: a question about the call, no document
# ---------------------------------------------------------------------------------------

PE_TEXT = """\
Estimada señora:

En relación con la Notificación a las Partes No. 2021/008, quisiéramos consultar si los
convenios que el SERFOR mantiene con centros de rescate podrían incluirse en la parte de acceso
restringido de la base de datos, ya que contienen información sobre costos y ubicación de las
instalaciones.

Asimismo, le agradeceríamos confirmar si es posible enviar nuestro protocolo unos días después
del 28 de febrero, pues se encuentra en proceso de aprobación.

Atentamente,

Rosa Elena Quispe Huamán
Directora de Gestión Sostenible del Patrimonio de Fauna Silvestre
Servicio Nacional Forestal y de Fauna Silvestre (SERFOR) – Perú
"""


def msg_peru_question() -> Sample:
    body = text_part(unwrap(PE_TEXT), html_lang="es")
    set_boundaries(
        body, outlook_boundary("BN8PR04MB5906E2D4C6A8B0F1927E3A5C7D9B1F04BN8PR04MB5906namp")
    )
    headers: Headers = [
        ("Return-Path", "<rquispe@serfor.gob.pe>"),
        ("Delivered-To", INBOX),
        (
            "Received",
            received(
                f"{MX} ({MX} [198.51.100.20])",
                IMAP,
                "4DbPq13vHnz1xqN",
                "Wed, 10 Feb 2021 18:15:40 +0100 (CET)",
            ),
        ),
        (
            "Received",
            received(
                "correo.serfor.gob.pe (correo.serfor.gob.pe [203.0.113.222])",
                MX,
                "4DbPpz0KxTz9vGq",
                "Wed, 10 Feb 2021 18:15:37 +0100 (CET)",
            ),
        ),
        ("From", "Rosa Elena Quispe Huamán <rquispe@serfor.gob.pe>"),
        ("To", f"CITES Secretariat <{INBOX}>"),
        (
            "Subject",
            encoded_words("Consulta sobre la Notificación No. 2021/008", "iso-8859-1", "Q"),
        ),
        ("Thread-Topic", "Consulta sobre la Notificación No. 2021/008"),
        ("Thread-Index", Raw("AdcA0Yq7n3sTk1bXRm6pV2cZ8wE4hQ==")),
        ("Date", "Wed, 10 Feb 2021 12:14:55 -0500"),
        (
            "Message-ID",
            "<BN8PR04MB5906E2D4C6A8B0F1927E3A5C7D9B1F04@BN8PR04MB5906.namprd04.prod.outlook.com>",
        ),
        ("Accept-Language", "es-PE, en-US"),
        ("Content-Language", "es-PE"),
        ("X-MS-Has-Attach", ""),
    ]
    return Sample(
        "15-es-peru-consulta-sin-documentos.eml",
        assemble(headers, body),
        # A Party writing about the call without a file is kept as a submission and flagged
        # `no_documents` for the Secretariat, rather than guessed to be something else.
        kind="submission",
        call=CALL_008,
        party="PE",
        language="es",
    )


# ---------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------

BUILDERS: list[Callable[[], Sample]] = [
    msg_france,
    msg_mexico,
    msg_south_africa,
    msg_united_kingdom,
    msg_switzerland,
    msg_spain,
    msg_european_union,
    msg_auto_reply,
    msg_bounce,
    msg_kenya_forward,
    msg_brazil_zip,
    msg_colombia_gmail,
    msg_france_duplicate,
    msg_australia_no_message_id,
    msg_peru_question,
]


def build() -> dict[Path, bytes]:
    files: dict[Path, bytes] = {}
    expected: dict[str, Any] = {}
    for builder in BUILDERS:
        sample = builder()
        files[OUT_DIR / sample.filename] = to_bytes(sample.message)
        expected[sample.filename] = sample.expected()
    text = json.dumps(expected, indent=2, ensure_ascii=False) + "\n"
    files[EXPECTED] = text.encode("utf-8")
    return files


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale or missing files")
    args = parser.parse_args(argv)
    files = build()
    stale = [path for path, data in files.items() if not path.exists() or path.read_bytes() != data]
    extra = sorted(set(OUT_DIR.glob("*.eml")) - set(files))
    if args.check:
        for path in [*stale, *extra]:
            print(f"stale: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale or extra else 0
    for path in extra:
        path.unlink()
        print(f"removed {path.relative_to(ROOT)}")
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(files[path])
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
