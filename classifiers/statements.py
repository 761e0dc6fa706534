"""A message's own words, as the confidentiality rules read them.

The text is cut into segments (the newest message on top, then quoted replies and forwarded
messages, each one level deeper), e-mail disclaimers and quoted mentions are dropped, and each
segment is cut into sentences and clauses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classifiers import confidentiality_lexicon as lex

_REPLY_HEADER = re.compile(
    r"^\s*(?:-{2,}\s*(?:original message|message d.origine|mensaje original)\s*-{2,}|"
    r"(?:on|le|el) .{4,120}(?:wrote|a ecrit|a écrit|escribio|escribió)\s*:?\s*$|"
    r"-{2,}\s*.{2,80}(?:wrote|a ecrit|a écrit|escribio|escribió)\s*:?\s*-{2,}\s*$|"
    r"(?:from|de|von|da)\s*:\s*.+$\n^\s*(?:sent|envoye|envoyé|enviado(?: el)?|enviada|date|fecha|gesendet|datum|inviato|data)\s*:)",
    re.IGNORECASE | re.MULTILINE,
)
_FORWARD_HEADER = re.compile(
    r"^\s*(?:-{2,}\s*(?:forwarded message|message transf[ée]r[ée]|mensaje reenviado)\s*-{2,}|"
    r"begin forwarded message\s*:|d[ée]but du message (?:r[ée]exp[ée]di[ée]|transf[ée]r[ée])\s*:)",
    re.IGNORECASE | re.MULTILINE,
)
_DISCLAIMER = re.compile(
    r"intended (?:solely |only |exclusively )?for (?:the )?(?:use|named|person|addressee|individual|recipient|entity|exclusive|sole)|(?:addressee|destinataire|destinatario)s?\b(?!\s*:)|"  # not a slip's field
    r"(?:received|re[cç]u|recibido) (?:this|it|ce|este)? ?(?:\w+ )?(?:in error|by mistake|par erreur|por error)|"
    r"\b(?:if you (?:have )?received|si vous (?:avez re[cç]u|recevez)|si (?:usted )?(?:ha recibido|recibe))|"
    r"legally privileged|secreto profesional|\baviso legal\b|\bavertissement\b|\bdisclaimer\b|"
    r"confidentiality notice|aviso de confidencialidad|"
    # "E-mail correspondence to and from this address is subject to the ... Public Records Law"
    r"(?:correspondence|e-?mails?|messages?) (?:to and from|sent to|from) this (?:address|account)|"
    r"may be monitored|peut [eê]tre surveill|puede ser (?:monitorizad|supervisad)|"
    r"intended recipient|destinataire (?:pr[ée]vu|vis[ée])|destinatario (?:previsto|indicado)|"
    r"(?:dissemination|distribution|copying|disclosure) (?:or|and) (?:copying|distribution|use)|strictly prohibited|"
    r"strictement interdite?|estrictamente prohibid|legal privilege|privileged|privil[ée]gi|"
    r"^\s*(?:caution|notice|avis|aviso|nota)\s*:|"
    r"destin[ée]e?s? exclusivement (?:[àa] (?:la |les )?personnes?|aux? destinataires?|[àa] l['’]usage)|"
    r"destinad[oa]s? exclusivamente (?:a (?:la |las )?personas?|al? destinatari[oa]s?|al uso)",
    re.IGNORECASE,
)
# "This e-mail and its attachments are confidential": boilerplate in a footer, but the Party's
# own statement when written in the body; so it only counts as a disclaimer after the sign-off.
_ABOUT_THIS_MESSAGE = re.compile(
    r"\b(?:this|the|ce|cet|este)\s+(?:e-?mail|email message|message|mensaje|correo(?: electr[oó]nico)?|courriel|"
    r"communication)\b(?:\s+(?:and|et|y)\s+(?:any|all|its|ses|toutes?|sus)\s+(?:[ée]ventuel(?:le)?s\s+|eventuales\s+|possible\s+)?(?:attachments?|pi[eè]ces? jointes?|anexos?|adjuntos?))?"
    r"\s+(?:is|are|may|contains?|est|sont|peut|peuvent|es|son|puede|pueden|contiene)\b",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"^\s*(?:-{2,}\s*$|(?:kind |best |warm |with )?regards|sincerely|yours (?:sincerely|faithfully|truly)|best wishes|"
    r"cheers|thanks|thank you|cordialement|bien (?:cordialement|[àa] vous)|(?:meilleures |sinc[èe]res |mes )?salutations|amiti[ée]s|"
    r"(?:mit )?freundlichen gr[üu](?:ss|ß)en|(?:beste|freundliche) gr[üu](?:ss|ß)e|"
    r"veuillez agr[ée]er|atentamente|saludos|un (?:cordial )?saludo|cordial(?:es)? saludos?|gracias|"
    r"sent from my)",
    re.IGNORECASE | re.MULTILINE,
)
# Text in quotation marks is mentioned, not said ("stating any confidentiality rules").
_QUOTED_MENTION = re.compile(
    r"«[^»]{0,300}»|“[^”]{0,300}”|‘[^’]{0,300}’|\"[^\"\n]{0,300}\"|(?<![\w'])'[^'\n]{2,80}'(?![\w'])"
)
# A sentence ends at . ! ? followed by a space and a new sentence (informal mail starts them in
# lower case too), at a blank line, or before a list item.
_BREAK = re.compile(
    r"(?<=[.!?])\s+(?=[\"'(«¿¡]?[\wÀ-ÿ])|\n\s*\n|\n(?=\s*(?:[-*•–—]|\d+[.)]|\[)\s*)"
)
_ABBREVIATION = re.compile(
    r"(?:\b(?:no|nos|nr|n|nº|n°|mr|mrs|ms|dr|st|ste|sr|sra|srta|mme|mlle|m|art|arts|ref|réf|cf|vol|p|pp|"
    r"ch|ed|eds|etc|i\.e|e\.g|approx|inc|ltd|co|fig|op|cit|ibid|dept|dépt|gen|gén|al|let|lit|kap|fracc|frac|núm|num|párr|parr|para|sec|s))\.$",
    re.IGNORECASE,
)
# An initial ("Sofie H. Flensburg"), not the last letter of a list ("annexes A et B.").
_INITIAL = re.compile(r"(?:^|\b[A-Z][a-zà-ÿ]+ |\b[A-Z]\. )[A-Z]\.$")


@dataclass(frozen=True)
class Segment:
    """One message in the text: depth 0 is the newest; `forwarded` marks a forwarded one."""

    text: str
    depth: int
    forwarded: bool = False


def _strip_quote_marks(text: str) -> tuple[str, int]:
    lines = []
    depth = 0
    for line in text.splitlines():
        match = re.match(r"^((?:\s*>)+)\s?", line)
        if match:
            depth = max(depth, match.group(1).count(">"))
            line = line[match.end() :]
        lines.append(line)
    return "\n".join(lines), depth


def segments(body: str) -> list[Segment]:
    """The newest message first, then each quoted or forwarded one below it."""
    cuts: list[tuple[int, bool]] = []
    for pattern, forwarded in ((_REPLY_HEADER, False), (_FORWARD_HEADER, True)):
        cuts.extend((m.start(), forwarded) for m in pattern.finditer(body))
    quote = re.search(r"^\s*>", body, re.MULTILINE)
    if quote:
        cuts.append((quote.start(), False))
    cuts.sort()
    parts: list[Segment] = []
    start, depth, forwarded = 0, 0, False
    for position, is_forward in cuts:
        if position <= start and parts:
            continue
        parts.append(Segment(body[start:position], depth, forwarded))
        start, depth, forwarded = position, depth + 1, forwarded or is_forward
    parts.append(Segment(body[start:], depth, forwarded))
    result = []
    for part in parts:
        text, quote_depth = _strip_quote_marks(part.text)
        result.append(Segment(text, max(part.depth, quote_depth), part.forwarded))
    return [s for s in result if s.text.strip()]


def without_disclaimers(text: str) -> str:
    """The text without e-mail disclaimers (a footer's legal notice is not the Party's rule)."""
    kept = []
    sign_off = _SIGN_OFF.search(text)
    offset = 0
    for paragraph in re.split(r"\n\s*\n", text):
        start = text.find(paragraph, offset)
        offset = start + len(paragraph)
        after_sign_off = sign_off is not None and start >= sign_off.start()
        if after_sign_off and _ABOUT_THIS_MESSAGE.search(paragraph):
            kept.append("")
            continue
        if _DISCLAIMER.search(paragraph):
            sentences = [s for s in sentences_of(paragraph) if not _DISCLAIMER.search(s)]
            # A disclaimer paragraph goes whole once it starts; what precedes it stays.
            paragraph = (
                " ".join(sentences) if len(sentences) > 1 and not _is_footer(paragraph) else ""
            )
        kept.append(paragraph)
    return "\n\n".join(kept)


def _is_footer(paragraph: str) -> bool:
    first = sentences_of(paragraph)[:1]
    return bool(first) and bool(
        _DISCLAIMER.search(first[0]) or re.match(r"\s*[A-ZÁÉÍÓÚ ]{5,}:", first[0])
    )


_MENTION_WORDS = re.compile(
    r"rules?|r[eè]gles?|reglas?|stating|pr[eé]cisant|indicando", re.IGNORECASE
)


# A whole sentence in quotes is a statement reported for someone ("MALAWI: "Our protocol is for
# official use only.""), not a phrase mentioned.
_REPORTED_SENTENCE = re.compile(r"^.\s?[A-ZÁÉÍÓÚÀÈ][^.!?]*(?:\s+\S+){4,}[.!]\s?\W?$", re.DOTALL)


def _is_mention(quoted: str) -> bool:
    """A quoted marking or phrase about publication ("Diffusion restreinte", "stating any rules")."""
    folded = lex.fold_for_rules(quoted)
    if _MENTION_WORDS.search(quoted):
        return True
    if _REPORTED_SENTENCE.match(quoted):
        return False
    return bool(
        lex.RESTRICT.search(folded) or lex.PERMIT.search(folded) or lex.PUBLISH.search(folded)
    )


def without_mentions(text: str) -> str:
    """Quoted markings and phrases about publication are dropped: they are mentioned, not said
    ("stating any confidentiality rules", the stamp « Diffusion restreinte »). Other quotes (a
    document's name) stay."""
    return _QUOTED_MENTION.sub(lambda m: " " if _is_mention(m.group(0)) else m.group(0), text)


def sentences_of(text: str) -> list[str]:
    """Sentences, and list items, each on one line."""
    sentences: list[str] = []
    start = 0
    for match in _BREAK.finditer(text):
        before = text[start : match.start()]
        list_number = re.search(r"(?:^|\n)\s*\(?\w{1,3}[.)]$", before.rstrip())
        abbreviation = _ABBREVIATION.search(before.rstrip()) or _INITIAL.search(before.rstrip())
        if (
            abbreviation
            and re.search(r"\b(?:no|nos|nr|n)\.$", before.rstrip(), re.IGNORECASE)
            and not re.match(r"\s*[\d(]", text[match.end() - 1 :])
        ):
            abbreviation = None  # "el convenio, no. El listado...": "no" ends the sentence
        if "\n" not in match.group(0) and (abbreviation or list_number):
            continue  # "No. 2021/008", "Mr. Smith", "e.g. the plan"
        sentences.append(before)
        start = match.end()
    sentences.append(text[start:])
    return [p for p in (re.sub(r"\s+", " ", s).strip() for s in sentences) if p]
