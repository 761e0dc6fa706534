"""Language of a text: en/fr/es expected; other languages recognised, kept and flagged.

Measured in `bench/language.py`: lingua limited to the three working languages of the Convention
is the most accurate on short texts, so it decides between en, fr and es. It cannot say
"Portuguese", so a second look runs over a wider set of languages (lingua in its low-accuracy
mode, small and fast; on short texts confirmed by the full models of the language it found),
and a language other than en/fr/es wins only when that look is clearly sure of it. Non-Latin
scripts are told by their characters first. Formulaic e-mail phrases
("Ci-joint.", "Segue em anexo.", "Met vriendelijke groet") decide texts too short for a model.

The main language is that of the author's own words: quoted replies (after a "wrote:" line, a
separator or a From/Sent/Subject header block), confidentiality disclaimers, and a closing formula
with the signature after it count only when nothing else is there; of a bilingual line
("Saludos cordiales / Best regards", a Canadian signature) the first half counts. One-word
answers ("D'accord.", "Sin problema.") are formulaic phrases like greetings.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from classifiers.doc_type import fold
from intake.domain import Decision

WORKING = ("en", "fr", "es")
# Latin-script languages the Secretariat receives besides the working ones (the second look).
OTHER_LATIN = ("pt", "de", "it", "nl", "ca", "ro", "pl", "cs", "sv", "da", "fi", "hu", "tr", "id")
# Scripts that name their language, and scripts shared by several (told apart by lingua).
_SCRIPT_LANGUAGE = {
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "HANGUL": "ko",
    "GREEK": "el",
    "HEBREW": "he",
    "THAI": "th",
    "GEORGIAN": "ka",
    "ARMENIAN": "hy",
    "CJK": "zh",
}
_SCRIPT_LANGUAGES = {
    "CYRILLIC": ("ru", "uk", "bg", "sr", "mk", "be", "kk"),
    "ARABIC": ("ar", "fa", "ur"),
    "DEVANAGARI": ("hi", "mr"),
}
# A second-look language other than en/fr/es must be at least this sure, and this many times
# surer than the best working language, to win; short texts need a formulaic phrase besides.
OTHER_MIN_CONFIDENCE = 0.5
OTHER_MIN_RATIO = 3.0
SHORT_LETTERS = 40
CONFIRM_CHARS = 120
WINDOW_CHARS = 2500
MAX_WINDOWS = 5
# A line this short with one ' / ' in it is read as bilingual (a signature, a closing).
BILINGUAL_CHARS = 200

_NOISE = re.compile(
    r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+|\+?\d[\d\s().-]{5,}\d|[_=*#~-]{3,}"
)
# Reply and forward separators, after cleaning (which drops the dashes and the addresses).
_REPLY_HEADER = re.compile(
    r"^\s*(on .{4,80} wrote:|le .{4,80} a [ée]crit ?:|el .{4,80} escribi[óo]:|"
    r"[-_=* ]*(original message|message d'origine|mensaje original|forwarded message|"
    r"message transf[ée]r[ée]|mensaje reenviado|urspr[üu]ngliche nachricht|"
    r"messaggio originale|mensagem original)[-_=* ]*$)",
    re.IGNORECASE,
)
# The header block of a quoted message: a sender line, then a date, recipient or subject line.
_HEADER_FROM = re.compile(r"^\s*\*?(from|de|von|da|van|od|fra|fr[åa]n)\s?\*?\s?:", re.IGNORECASE)
_HEADER_FIELD = re.compile(
    r"^\s*\*?(sent|date|to|cc|subject|envoy[ée]( le)?|objet|[àa]|enviado( el)?|fecha|para|asunto|"
    r"gesendet|an|betreff|datum|inviato|data|oggetto|enviada|assunto|verzonden|aan|onderwerp)"
    r"\s?\*?\s?:",
    re.IGNORECASE,
)
_DISCLAIMER_WORDS = re.compile(
    r"confidential|confidentiel|confidencial|vertraulich|riservat|vertrouwelijk|disclaimer|"
    r"aviso legal|intended (solely |only )?for|addressee|destinataire|destinatario|"
    r"in error|par erreur|por error|before printing|avant d'imprimer|antes de imprimir|"
    r"medio ambiente antes|piense|unauthori[sz]ed|privileged",
    re.IGNORECASE,
)
# Closing formulas, accents folded; on a bilingual line ("Med vanliga halsningar / Kind
# regards") either half may be the formula.
_CLOSING = re.compile(
    r"^\s*(kind regards|best regards|warm regards|regards|best wishes|yours (sincerely|faithfully|"
    r"truly)|sincerely|respectfully|with regards|many thanks|thanks|thank you( very much)?|cheers|"
    r"all the best|cordialement|bien cordialement|bien a vous|salutations( distinguees)?|"
    r"meilleures salutations|veuillez agreer.*|je vous prie d'agreer.*|amicalement|"
    r"atentamente|saludos( cordiales)?|un (cordial )?saludo|cordialmente|quedo atent[oa].*|"
    r"atenciosamente|(com os )?(melhores )?cumprimentos|cordiali saluti|distinti saluti|"
    r"mit freundlichen gr(u|ue)(ss|ß)en|freundliche gr(u|ue)(ss|ß)e|met vriendelijke groet(en)?|"
    r"salutacions( cordials)?|med vanlig(a|e)? hals(ningar|ning)|med venlig hilsen|"
    r"med vennlig hilsen|ystavallisin terveisin|z powazaniem|pozdrawiam|s pozdravem|"
    r"cu (stima|respect)|saygilarimla|salam hormat)\b[ ,.!]*$"
)
# Formulaic e-mail phrases, accents folded. A phrase weighs its number of words.
PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        "please", "please find", "find attached", "see attached", "attached", "enclosed",
        "herewith", "thanks", "thank you", "many thanks", "regards", "kind regards",
        "best regards", "yours sincerely", "yours faithfully", "dear", "fyi", "hi", "hello",
        "sent from my", "the", "and", "of the", "we", "our", "with", "noted", "received",
        "yes", "agreed", "no problem", "no objection", "of course", "sure", "fine", "will do",
        "confirmed",
    ),
    "fr": (
        "merci", "merci beaucoup", "ci-joint", "ci-jointe", "ci-joints", "cordialement",
        "bien cordialement", "bonjour", "bonsoir", "madame", "monsieur", "veuillez",
        "veuillez trouver", "salutations", "bien recu", "bien a vous", "piece jointe",
        "pieces jointes", "pj", "envoye de mon", "nous", "vous", "avec", "est", "les",
        "des", "du", "et", "pour", "bonne journee", "amicalement", "oui", "d'accord",
        "entendu", "bien note", "c'est note", "pas de probleme", "aucun probleme",
        "aucune objection", "tout a fait", "avec plaisir", "parfait", "bien entendu",
    ),
    "es": (
        "gracias", "muchas gracias", "adjunto", "adjunta", "adjuntos", "saludos",
        "saludos cordiales", "un saludo", "atentamente", "estimada", "estimado", "estimados",
        "senora", "senor", "quedo atento", "quedo atenta", "envio", "le remito", "remito",
        "enviado desde mi", "los", "las", "del", "y", "nuestro", "nuestra", "buenos dias",
        "buenas tardes", "hola", "usted", "de acuerdo", "sin problema", "ningun problema",
        "claro", "por supuesto", "conforme", "entendido", "perfecto", "recibido",
        "ninguna objecion", "con gusto",
    ),
    "pt": (
        "obrigado", "obrigada", "muito obrigado", "segue", "segue em anexo", "em anexo",
        "prezado", "prezada", "prezados", "atenciosamente", "cumprimentos", "enviado do meu",
        "nao", "voce", "em", "uma", "ola", "bom dia", "boa tarde", "muito", "agradecemos",
        "sim", "de acordo", "sem problema",
    ),
    "it": (
        "grazie", "grazie mille", "in allegato", "allegato", "allegati", "cordiali saluti",
        "distinti saluti", "saluti", "gentile", "gentili", "buongiorno", "buonasera",
        "inviato da", "gli", "della", "che", "cordiali",
    ),
    "de": (
        "danke", "vielen dank", "anbei", "im anhang", "mit freundlichen grussen",
        "mit freundlichen gruessen", "freundliche grusse", "freundliche grusse",
        "sehr geehrte", "sehr geehrter", "hallo", "gesendet von", "und", "der", "die", "das",
        "ist", "wir", "ihnen",
    ),
    "nl": (
        "met vriendelijke groet", "met vriendelijke groeten", "vriendelijke groet", "bedankt",
        "dank u", "dank je", "in de bijlage", "bijlage", "bijgevoegd", "geachte",
        "verzonden vanaf", "het", "een", "wij", "graag",
    ),
    "ca": (
        "adjunt", "gracies", "moltes gracies", "salutacions", "cordialment", "benvolgut",
        "benvolguda", "bon dia", "enviat des del meu", "amb", "els",
    ),
}  # fmt: skip


def _language(code: str) -> Language:
    return Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))


@lru_cache(maxsize=8)
def _detector(codes: tuple[str, ...], low_accuracy: bool = False) -> LanguageDetector:
    builder = LanguageDetectorBuilder.from_languages(*(_language(c) for c in codes))
    if low_accuracy:
        builder = builder.with_low_accuracy_mode()
    return builder.build()


def confidences(
    text: str, codes: tuple[str, ...], low_accuracy: bool = False
) -> list[tuple[str, float]]:
    """lingua's confidence per language of `codes`, best first."""
    values = _detector(codes, low_accuracy).compute_language_confidence_values(text)
    return [(v.language.iso_code_639_1.name.lower(), float(v.value)) for v in values]


def clean_for_detection(text: str) -> str:
    """The words of a text without addresses, links, phone numbers and quoted replies."""
    lines = [line for line in text.splitlines() if not line.lstrip().startswith(">")]
    return re.sub(r"[ \t]+", " ", _NOISE.sub(" ", "\n".join(lines))).strip()


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


_QUOTED = re.compile(r"«[^»]{3,300}»|“[^”]{3,300}”|\"[^\"\n]{3,300}\"")


def _without_quotations(text: str) -> str:
    """The text less quoted titles and passages (someone else's words), when enough remains."""
    rest = _QUOTED.sub(" ", text)
    return rest if _letters(rest) >= 20 else text


def _halves(line: str) -> list[str]:
    """The two halves of a bilingual line ("Thank you / Merci"), or the line alone."""
    parts = line.split(" / ")
    if len(parts) == 2 and len(line) < BILINGUAL_CHARS and all(_letters(p) >= 3 for p in parts):
        return parts
    return [line]


def _first_of_bilingual(line: str) -> str:
    return _halves(line)[0]


def _is_closing(line: str) -> bool:
    return any(_CLOSING.match(fold(half)) for half in _halves(line))


def _has_body(text: str) -> bool:
    """Enough words before a closing to tell a language: a sentence, or a formula ("Ci-joint.")."""
    letters = _letters(text)
    return letters >= 25 or (letters >= 3 and bool(phrase_scores(text)))


def _reply_start(lines: list[str]) -> int | None:
    """Where a quoted or forwarded message starts: a separator line, or a header block."""
    for i, line in enumerate(lines):
        header = _HEADER_FROM.match(line) and any(
            _HEADER_FIELD.match(following) for following in lines[i + 1 : i + 4]
        )
        if _REPLY_HEADER.match(line) or header:
            return i
    return None


def author_text(text: str) -> str:
    """The author's own words: before any quoted or forwarded message, without disclaimers,
    and without the signature after a closing formula when there is a body before it."""
    lines = clean_for_detection(text).splitlines()
    start = _reply_start(lines)
    if start is not None and _letters("\n".join(lines[:start])) >= 3:
        lines = lines[:start]
    paragraphs = [p for p in re.split(r"\n\s*\n", "\n".join(lines)) if p.strip()]
    kept = [p for p in paragraphs if len(_DISCLAIMER_WORDS.findall(p)) < 2]
    lines = "\n".join(kept or paragraphs).splitlines()
    for i, line in enumerate(lines):
        if _is_closing(line) and _has_body("\n".join(lines[:i])):
            # The body decides: a closing is a formula, often in a second language.
            lines = lines[:i]
            break
    own = "\n".join(_first_of_bilingual(line) for line in lines).strip()
    return _without_quotations(own)


def _script_counts(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            counts[name.split(" ")[0] if name else "OTHER"] += 1
    return counts


def phrase_scores(text: str) -> Counter[str]:
    """Formulaic phrases found per language, each weighing its number of words."""
    folded = " " + re.sub(r"[^\w'-]+", " ", fold(text)) + " "
    scores: Counter[str] = Counter()
    for lang, phrases in PHRASES.items():
        for phrase in phrases:
            hits = folded.count(f" {phrase} ")
            if hits:
                scores[lang] += min(hits, 3) * len(phrase.split())
    return scores


def _by_script(text: str, letters: int) -> Decision | None:
    counts = _script_counts(text)
    if counts["LATIN"] >= letters / 2:
        return None
    if counts["HIRAGANA"] or counts["KATAKANA"]:
        return _other("ja", 0.95, "Japanese kana")
    script = next(s for s, _ in counts.most_common() if s != "LATIN")
    if script in _SCRIPT_LANGUAGE:
        return _other(_SCRIPT_LANGUAGE[script], 0.95, f"{script.lower()} script")
    if script in _SCRIPT_LANGUAGES:
        lang, prob = confidences(text, _SCRIPT_LANGUAGES[script])[0]
        return _other(lang, round(prob, 3), f"{script.lower()} script, {lang} {prob:.2f}")
    return _other(None, 0.0, f"{script.lower()} script, language not known")


def _other(lang: str | None, confidence: float, evidence: str) -> Decision:
    return Decision("language", lang, confidence, evidence, flags=("language_other",))


def _second_look(text: str, letters: int, phrases: Counter[str]) -> Decision | None:
    """A language other than en/fr/es, when the wider detector or the phrases are sure of it."""
    wide = confidences(text, WORKING + OTHER_LATIN, low_accuracy=True)
    other, prob = next(((c, p) for c, p in wide if c not in WORKING), ("", 0.0))
    working_prob = max((p for c, p in wide if c in WORKING), default=0.0)
    if other and len(text) < CONFIRM_CHARS:
        # Trigrams alone are unreliable on short texts: confirm against the working languages
        # with the full models (loaded only for the languages that come up).
        confirm = dict(confidences(text, (*WORKING, other)))
        prob, working_prob = confirm[other], max(confirm[w] for w in WORKING)
    working_phrases = max(phrases[w] for w in WORKING)
    sure = prob >= OTHER_MIN_CONFIDENCE and prob >= OTHER_MIN_RATIO * working_prob
    if sure and (
        letters >= SHORT_LETTERS
        or phrases[other] > working_phrases
        or (prob >= 0.9 and prob >= 10 * working_prob and letters >= 10)
    ):
        weight = min(1.0, letters / 60)
        return _other(
            other, round(prob * weight, 3), f"not a working language: {other} ({prob:.2f})"
        )
    if letters < SHORT_LETTERS:
        lang, score = max(
            ((c, s) for c, s in phrases.items() if c not in WORKING),
            key=lambda cs: cs[1],
            default=("", 0),
        )
        if lang and score > working_phrases:
            return _other(lang, 0.5, f"not a working language: {lang} (formulaic phrases)")
    return None


def _decide_latin(text: str, letters: int) -> Decision:
    phrases = phrase_scores(text)
    other = _second_look(text, letters, phrases)
    if other is not None:
        return other
    working = dict(confidences(text, WORKING))
    if letters < SHORT_LETTERS:
        for lang in WORKING:
            working[lang] += 0.4 * phrases[lang]
    best = max(WORKING, key=lambda lang: working[lang])
    prob = working[best] / (sum(working.values()) or 1.0)
    weight = min(1.0, letters / 60)
    evidence = f"{best} {prob:.2f} over {letters} letters"
    if letters < SHORT_LETTERS and phrases[best]:
        evidence += " (formulaic phrases)"
    return Decision("language", best, round(prob * (0.5 + 0.5 * weight), 3), evidence)


def _windows(text: str) -> list[str]:
    if len(text) <= WINDOW_CHARS:
        return [text]
    step = max(WINDOW_CHARS, (min(len(text), 60000) - WINDOW_CHARS) // (MAX_WINDOWS - 1))
    return [text[start : start + WINDOW_CHARS] for start in range(0, len(text), step)][:MAX_WINDOWS]


def _detect(text: str) -> Decision:
    letters = _letters(text)
    if letters < 2:
        return Decision("language", None, 0.0, "no text to detect a language in")
    return _by_script(text, letters) or _decide_latin(text, letters)


def detect_language(text: str) -> Decision:
    """The main language of a text (of the author's own words), with its confidence; None when
    there are no words. Languages other than en/fr/es carry the flag `language_other`."""
    own = author_text(text)
    if _letters(own) < 2:
        own = clean_for_detection(text)
    windows = _windows(own)
    if len(windows) == 1:
        return _detect(own)
    decisions = [_detect(w) for w in windows]
    votes: dict[str | None, float] = {}
    for window, decision in zip(windows, decisions, strict=True):
        weight = _letters(window) * max(decision.confidence, 0.1)
        votes[decision.value] = votes.get(decision.value, 0.0) + weight
    main = max(votes, key=lambda value: votes[value])
    chosen = next(d for d in decisions if d.value == main)
    share = votes[main] / sum(votes.values())
    return Decision(
        "language",
        main,
        round(chosen.confidence * share, 3),
        f"{chosen.evidence}; {share:.0%} of {len(windows)} samples",
        flags=chosen.flags,
    )


def _blocks(text: str, block_chars: int) -> Iterable[str]:
    paragraph = ""
    for part in re.split(r"\n\s*\n", text):
        paragraph = f"{paragraph}\n\n{part}" if paragraph else part
        if _letters(paragraph) >= 80 or len(paragraph) >= block_chars:
            yield paragraph[:block_chars]
            paragraph = ""
    if paragraph:
        yield paragraph[:block_chars]


def _marked_segments(text: str) -> Iterable[str]:
    """Pieces that are marked as another voice: quotations, the second half of a bilingual
    line, lines in another script than the text around them."""
    yield from (m.group(0)[1:-1] for m in _QUOTED.finditer(text))
    for line in text.splitlines():
        parts = line.split(" / ")
        if len(parts) == 2 and len(line) < BILINGUAL_CHARS:
            yield from parts
        counts = _script_counts(line)
        if counts and counts.most_common(1)[0][0] != "LATIN":
            yield line


def other_languages(text: str, main: str | None, *, block_chars: int = 1500) -> list[str]:
    """Other languages in a text, in order of appearance: in a paragraph or more, or in a
    quotation, a bilingual line or a line in another script."""
    clean = clean_for_detection(text)[:60000]
    candidates = [(b, 0.7) for b in _blocks(clean, block_chars) if _letters(b) >= 60]
    candidates += [(s, 0.3) for s in _marked_segments(clean) if _letters(s) >= 10]
    found: list[str] = []
    for segment, needed in candidates:
        decision = _detect(segment)
        value = decision.value
        if value == "zh" and main == "ja":
            continue  # kanji without kana: part of the Japanese text
        if value and value != main and value not in found and decision.confidence >= needed:
            found.append(str(value))
    return found
