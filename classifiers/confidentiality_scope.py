"""Which attached documents a sentence speaks of, and how specifically.

Parties name documents by file name (sometimes misspelt), by position in a list ("documents 2
and 3", "the last attachment", "les deux premiers"), by type ("the contract", "la PON"), by
format ("the spreadsheet", "le PDF"), by language ("the English translation"), by a word of
their name ("the summary"), as "the annex" (or "Annex B"), "the forwarded files", "the others",
a pronoun, or all of them at once.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from classifiers import confidentiality_lexicon as lex
from classifiers.confidentiality_lexicon import fold_for_rules
from classifiers.confidentiality_parties import by_party

# How specific a statement is about a document; the most specific one decides.
EXCEPTION, NAMED, TYPED, ALL, UNSCOPED = 4, 3, 2, 1, 0


@dataclass(frozen=True)
class DocumentFacts:
    """What the confidentiality decision needs to know about one document."""

    filename: str
    doc_type: str
    origin: str
    margins: str  # headers, footers and the top of the first page
    language: str | None = None


@dataclass
class Reading:
    """What has been read so far in the message, for references back ("the others", "it")."""

    mentioned: set[int] = field(default_factory=set)
    last_scope: list[int] = field(default_factory=list)
    last_polarity: str | None = None
    last_sentence: str = ""  # where last_scope was read
    last_excepted: list[int] = field(default_factory=list)  # what an exception left out last
    excepted_sentence: str = ""
    # Words the message uses to describe each document ("el plan nacional preparado por la
    # consultora Ecovida"), for a later "el de la consultora".
    descriptions: dict[int, set[str]] = field(default_factory=dict)


# Procedures and protocols by their nature: "anything operational stays in the closed part"
_OPERATIONAL = (
    r"(?<=anything )operational", r"(?<=everything )operational", r"(?<=lo )operativo", r"(?<=ce qui est )operationnel",
)  # fmt: skip
TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "contract": (
        r"contracts?", r"agreements?", r"contrats?", r"conventions?", r"contratos?", r"convenios?",
        r"cartas? de (?:entendimiento|intencion(?:es)?)", r"memorandos? de entendimiento",
        # consent, not a document: "notre accord à sa publication", "de acuerdo con la publicación"
        r"protocoles? d accord", r"(?<!d )(?<!sans l )(?<!sans leur )(?<!sans son )(?<!donne son )(?<!donne leur )(?<!obtenu son )(?<!obtenu leur )(?<!recueillir l )(?<!obtenir l )(?<!demander l )(?<!attendre l )(?<!avoir l )accords?(?! (?:a|pour|sur) (?:sa|la|leur|leurs|cette|une) (?:publication|diffusion|mise en ligne|communication))(?! (?:de|pour la) (?:publication|diffusion|mise en ligne))(?! (?:prealable|ecrit|expres|formel))",
        r"(?<!de )(?<!sin el )(?<!sin su )acuerdos?(?! (?:con|para|a) (?:la|su) (?:publicacion|difusion))(?! (?:previo|expreso|escrito))", r"mou", r"moa", r"memorand(?:um|a)", r"comodatos?", r"sla",
        r"leases?", r"baux", r"bail", r"arrendamientos?", r"addend(?:um|a)", r"avenants?", r"adendas?",
    ),
    "action_plan": (
        r"action plans?", r"plans? d action", r"plan(?:es)? de accion", r"plans? nationa(?:l|ux)",
        r"plan nacional", r"strateg(?:y|ie|ia)", r"response plan", r"plan de respuesta",
        r"(?<=the |our )plan", r"(?<=le |ce )plan", r"(?<=el )plan", r"(?<=este )plan",
    ),
    "protocol": (r"protocols?", r"protocoles?", r"protocolos?", r"protocoll[oi]", *_OPERATIONAL),
    "sop": (
        r"sops?", r"standard operating procedures?", r"operating procedures?", r"procedures?(?! (?:judiciaires?|penales?|judiciales|legal(?:es)?|disciplinaires?))",
        r"procedimientos?", r"procedures? operationnelles?", r"mode operatoire", r"pon", r"poe", r"pno",
        r"(?<!handling )instructions?", r"instructivos?", r"manual de procedimientos",
        r"ordres? de service", r"ordenes de servicio", r"orden de servicio", r"(?:force )?standing orders?", r"service orders?",
        *_OPERATIONAL,
    ),
    "species_guidance": (
        r"guidance", r"guidelines?", r"guides?", r"lignes directrices", r"orientations", r"directrices",
        r"guias?", r"lineamientos?", r"fiches? (?:especes?|perroquets?)", r"fiches?", r"fichas?", r"recommandations?",
        r"recomendaciones", r"care sheets?", r"(?:care|husbandry) manuals?", r"manuel de soins", r"manual de (?:cuidados|manejo)",
        r"species (?:sheets?|fact ?sheets?|profiles?)", r"fact ?sheets?",
    ),
    "other": (
        r"reports?", r"rapports?", r"informes?", r"actas?", r"statistics", r"statistiques", r"estadisticas",
        r"minutes", r"proces verbal", r"statuts", r"statutes", r"estatutos", r"bylaws",
    ),
    "network_resources": (
        r"lists?", r"listes?", r"listas?", r"listados?", r"directory", r"directories", r"repertoires?",
        r"annuaires?", r"directorios?", r"networks?", r"reseaux?", r"redes", r"relacion de centros",
        r"registers? of (?:centres|centers|facilities)"
    ),
    "regulatory_measure": (
        r"regulations?", r"decrees?", r"laws?", r"legislation", r"reglements?", r"decrets?", r"lois?",
        r"arretes?", r"ordonnances?", r"reglamentos?", r"decretos?", r"leyes", r"ley", r"legislacion",
        r"resolucion(?:es)?", r"policy", r"(?<=the )acts?", r"(?<=this )act", r"ordinances?",
        r"statutory instruments?", r"textes? (?:reglementaires?|legislatifs?|juridiques?)",
        r"textes? a caractere (?:reglementaire|normatif|juridique|legislatif)", r"textos? de caracter (?:normativo|reglamentario|juridico|legal)",
        r"textos? (?:normativos?|reglamentarios?|legales?|juridicos?)", r"(?:regulatory|legal|legislative) (?:texts?|instruments?)",
        r"normativa", r"(?<=lo )normativo", r"(?<=anything )(?:regulatory|normative)", r"(?<=ce qui est )(?:reglementaire|normatif)",
    ),
    "cover_letter": (
        r"cover(?:ing)? letter", r"letters?", r"lettres?", r"cartas?", r"oficios?", r"courriers?",
        r"bordereau", r"transmittal",
    ),
}  # fmt: skip
_TYPE_RES = {t: lex.compile_any(words) for t, words in TYPE_WORDS.items()}
# "anything operational", "everything that is guidance": documents of a kind, not all of them
_OF_A_NATURE = r"(?:that is |which is )?(?:operational|regulatory|normative|guidance)\b"
_ALL = lex.compile_any(
    [
        r"(?<!(?<![a-z])at )(?<!after )(?<!above )all", rf"every(?:thing)?(?! {_OF_A_NATURE})", rf"any(?! (?:more|longer|further|questions?|problems?|other))(?!thing {_OF_A_NATURE})", r"entire", r"whole", r"these documents?", r"the documents?",
        r"documents? (?:provided|attached|submitted|sent|transmitted)", r"the attached", r"attachments?",
        r"this submission", r"our submission", r"(?:the )?enclosed (?:documents?|files?|materials?)", r"enclosures",
        r"the (?:information|material|documentation)(?! (?:of|for) the secretariat)", r"this version",
        r"the attached version", r"cette version", r"la version jointe", r"esta version",
        r"la version adjunta", r"nothing", r"none", r"tous", r"toutes",
        r"(?<!du )(?<!pas )(?<!avant )(?<!malgre )tout(?! (?:a fait|de suite|le monde|d abord|au plus|de meme))", r"l ensemble",
        r"les documents", r"ces documents", r"pieces? jointes?", r"(?:ces|les|nos) (?:deux |trois |quatre )?pieces", r"ci joints?", r"aucun(?:e)?", r"rien",
        r"cette soumission", r"(?:les|ces|des) informations?", r"l information(?! du secretariat)",
        r"notre envoi", r"documents? (?:transmis|joints?)",
        r"what (?:it|we|they|i) (?:has |have |had )?(?:enclosed|attached|sent|submitted|forwarded)",
        r"ce que (?:nous|je) (?:vous )?(?:joignons|envoyons|transmettons|avons (?:joint|envoye|transmis))",
        r"lo que (?:les |le )?(?:adjuntamos|enviamos|remitimos|hemos (?:adjuntado|enviado|remitido))",
        r"(?<!del )(?<!sobre )(?<!(?<![a-z])ante )(?<!(?<![a-z])con )(?<!(?<![a-z])de )todo(?! (?:caso|momento|el mundo|lo posible|lo operativo|lo normativo))", r"todos", r"todas?",
        r"toda la (?:documentacion|informacion)", r"los documentos", r"estos documentos", r"adjuntos?",
        r"ningun(?:o|a)?", r"nada", r"la informacion", r"la documentacion", r"esta presentacion",
        r"este envio", r"documentos? (?:remitid|enviad|adjunt)\w*", r"ambos", r"ambas", r"both", r"les deux",
        r"everything", r"the document", r"le document", r"el documento", r"the file", r"le fichier",
        r"el archivo",
    ]
)  # fmt: skip
_EVERY_ATTACHMENT = re.compile(
    r"(?:and|et|y) (?:of |de |des )?(?:its |all |the |any |their |ses |toutes les |leurs |sus |los |todos los )?"
    r"(?:attachments|pieces jointes|anexos|adjuntos|documents? joints?)|all (?:the )?attachments|"
    r"toutes les pieces jointes|todos los (?:anexos|adjuntos)|"
    # "the attached contain personal data": the attachments as the subject
    r"^(?:please (?:be aware|note) that )?(?:the )?attached(?: documents| files)? (?:contain|include|are|have)|"
    r"(?:^|\b(?:that|que|because|car|porque) )(?:les )?pieces jointes (?:contiennent|comportent|sont)|"
    r"(?:^|\b(?:that|que|because|car|porque) )(?:los )?(?:adjuntos|anexos) (?:contienen|incluyen|son)"
)  # fmt: skip
_ALL_DOCUMENTS = re.compile(
    r"^(?:\w+ ){0,3}(?:all (?:the |of the |these |our )?(?:documents|files|attachments|materials?|enclosures)|"
    r"todos (?:los|estos|nuestros) (?:documentos|archivos|adjuntos|anexos)|tous (?:les|ces|nos) (?:documents|fichiers)|"
    r"toutes (?:les|ces|nos) pieces|l ensemble des (?:documents|pieces)|the enclosed documents|les documents (?:ci )?joints|"
    r"all (?:two|three|four|five) (?:documents|files|attachments)|(?:these|the|ces|les|estos|los) (?:two|three|four|deux|trois|quatre|dos|tres|cuatro) "
    r"(?:documents|files|attachments|documentos|archivos|adjuntos))\b"
)
_BOTH = re.compile(
    r"^(?:\w+ ){0,2}(?:both|ambos|ambas|les deux|tous deux|toutes deux|los dos|las dos)\b"
    r"(?! (?:the |les |los |las |our |nos )?\w+ (?:and|et|y)\b)(?! (?:de|of|des|del) )"
)
_OTHER_PARTIES = re.compile(
    r"(?:other|autres|demas|otras) (?:cites )?(?:parties|partes|management authorities|organes|autoridades)"
)
_OTHERS = lex.compile_any(
    [
        r"the others?(?! part)", r"the other (?:documents?|files?|attachments?|ones?)", r"the rest",
        r"the remaining", r"all (?:the )?others?", r"les autres", r"le reste", r"les autres documents",
        r"el resto", r"los demas", r"las demas", r"lo demas", r"los otros", r"las otras", r"the remainder",
        r"everything else", r"tout le reste", r"(?<![a-z] )other (?:documents?|files?|attachments?|ones)",
        r"the (?:two|three|four) others?", r"the other (?:two|three|four)", r"les (?:deux|trois|quatre) autres",
        r"los (?:otros|restantes) (?:dos|tres|cuatro)", r"las (?:otras|restantes) (?:dos|tres|cuatro)", r"los (?:dos|tres) restantes",
        r"el resto de (?:los )?documentos", r"le reste des documents",
    ]
)  # fmt: skip
_ANNEX = lex.compile_any(
    [r"annex(?:es)?", r"annexes?", r"anexos?", r"appendix", r"appendices", r"apendices?"]
)
_ANNEX_ID = re.compile(
    r"(?<![a-z])(?:annex(?:es|e)?|anexos?|appendix|apendice)"
    r"(?:\s*(\d{1,2})|\s+(?:n[o°º]\.?\s*)?([ivx]{1,4}|\d{1,2}|[a-h]))(?![a-z0-9])"
)  # fmt: skip
_FORWARD = lex.compile_any(
    [
        r"forwarded", r"below", r"transfere(?:e|s|es)?", r"ci dessous", r"reenviad[oa]s?", r"a continuacion",
        r"mas abajo",
    ]
)  # fmt: skip
_PRONOUN = lex.compile_any(
    [
        r"it", r"they", r"them", r"its", r"their", r"leurs?(?= [a-z])", r"this", r"ese", r"esa", r"aquel", r"aquella",
        r"that one", r"this one",
        r"(?:es|son|est|sont|c est|it is|they are) (?:un|una|une|des|unos|unas|an?) (?:\w+ )?(?:documento|document)s?", r"these", r"il", r"elle", r"ils", r"elles", r"ceci", r"cela",
        r"les?(?= \w+(?:er|ir|re|ez|ons|ent)\b)", r"la(?= \w+(?:er|ir|re|ez|ons|ent)\b)", r"l[oa]s?(?= (?:\w+(?:ar|er|ir|an|en|amos|emos|imos)|ha|han|hemos)\b)", r"esto", r"eso", r"\w+r(?:lo|la|los|las)",
        r"\w+rse", r"en(?= (?:autoriser|permettre|publier|diffuser|accepter))",
        r"the (?:final|current|latest|definitive|official|approved) version",
        r"la version (?:finale|definitive|actuelle|officielle|validee)",
        r"la version (?:final|definitiva|vigente|oficial|aprobada)", r"el texto vigente",
    ]
)  # fmt: skip
_FILENAME = re.compile(
    r"[\w()\[\]., -]{2,120}?\.(?:pdf|docx?|xlsx?|odt|ods|rtf|txt|zip|jpe?g|png|tiff?|msg|pptx?)\b",
    re.I,
)  # fmt: skip

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "uno": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
}  # fmt: skip
_ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "premier": 1,
    "premiere": 1,
    "deuxieme": 2,
    "troisieme": 3,
    "quatrieme": 4,
    "cinquieme": 5,
    "primer": 1,
    "primero": 1,
    "primera": 1,
    "segundo": 2,
    "segunda": 2,
    "tercer": 3,
    "tercero": 3,
    "tercera": 3,
    "cuarto": 4,
    "cuarta": 4,
    "quinto": 5,
    "quinta": 5,
}  # fmt: skip
_LAST = r"(?:last|dernier|derniere|ultimo|ultima)"
_FIRST = r"(?:first|premiers?|premieres?|primeros?|primeras?|primer)"
_DOC_NOUN = (
    r"(?:documents?|docs?|attachments?|files?|items?|fichiers?|pieces?|pj|p j|documentos?|archivos?|adjuntos?|ones?|"
    r"numerals?|numerales|numbers?|numeros?|points?|puntos?|incisos?|literal(?:es)?|paragraphs?)"
)  # fmt: skip
_RANGE = re.compile(
    rf"(?<![a-z]){_DOC_NOUN}\s*(?:n[o°º]s?\.?\s*|numbers?\s*|numeros?\s*)?"
    r"(\d{1,2}(?:\s*(?:,|and|et|y|&|to|a|-|–)\s*\d{1,2})*)"
    r"|(?<![a-z])n[o°º]\s*(\d{1,2})(?![0-9])"
)  # fmt: skip
_LONE_NUMBER = re.compile(
    r"(?<![a-z0-9])(?:el|la|le|the|no|nr|n)\s+(\d)(?![0-9]|\s*(?:de|of|du)\b)"
)
# Bare item numbers as a clause's subject, where the message numbers its documents:
# "Confidentiality: 1 and 2 can be made public. 3 please keep to the Secretariat."
_BARE_NUMBERS = re.compile(
    r"(?:^|:\s*)(\d(?:\s*(?:,|and|et|y|&)\s*\d)*)\s+(?=(?:can|may|is|are|should|must|please|"
    r"puede|pueden|peut|peuvent|son|es|sont|est|no|not|ne|doit|doivent|debe|deben|se|por favor|"
    r"merci|svp|pls)\b)"
)
_MEDIA: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        r"spreadsheets?|excel|xlsx?|tableurs?|fichier excel|hojas? de calculo|planillas?|classeurs?|ods",
        (".xlsx", ".xls", ".xlsm", ".ods", ".csv"),
    ),
    (r"pdfs?", (".pdf",)),
    (
        r"word (?:file|document|version)s?|docx|fichiers? word|documentos? word|archivos? word|(?:version|formato|format) (?:en )?word|en word|in word|"
        r"(?<=el )word|(?<=le )word|(?<=the )word",
        (".docx", ".doc", ".odt", ".rtf"),
    ),
    (
        r"scans?|scanned (?:copy|copies)|escaneos?|numerisations?",
        (".jpg", ".jpeg", ".png", ".tif", ".tiff"),
    ),
)  # fmt: skip
_MEDIA_RES = [(lex.compile_any([p]), suffixes) for p, suffixes in _MEDIA]
_LANGUAGE_VERSION: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "en",
        r"english|anglais(?:e)?|ingles(?:a)?|en ingles|en anglais",
        ("en", "eng", "english", "translation", "traduction", "traduccion"),
    ),
    ("fr", r"french|francais(?:e)?|frances(?:a)?|en francais", ("fr", "fra", "french", "francais")),
    (
        "pt",
        r"portuguese|portugais(?:e)?|portugues(?:a)?|en portugais|en portugues",
        ("pt", "por", "portuguese", "portugues"),
    ),
    (
        "es",
        r"spanish|espagnol(?:e)?|espanol(?:a)?|castellano|en espanol",
        ("es", "esp", "spa", "spanish", "espanol"),
    ),
)  # fmt: skip
_VERSION_WORD = lex.compile_any(
    [
        r"versions?", r"translations?", r"traductions?", r"traduccion(?:es)?", r"originals?",
        r"texte original", r"texto original",
    ]
)  # fmt: skip
_GENERIC_TOKENS = {
    "the",
    "and",
    "for",
    "with",
    "final",
    "version",
    "draft",
    "signed",
    "copy",
    "scan",
    "file",
    "document",
    "docs",
    "pdf",
    "docx",
    "xlsx",
    "annex",
    "annexe",
    "anexo",
    "del",
    "des",
    "los",
    "las",
    "les",
    "con",
    "pour",
    "para",
    "2019",
    "2020",
    "2021",
    "2022",
    "v1",
    "v2",
    "en",
    "es",
    "fr",
}  # fmt: skip
# Four-letter words too common to single out a file ("PACE_Primates.pdf" is singled out by "pace").
_SHORT_COMMON = {
    "this", "that", "with", "from", "have", "been", "will", "your", "their", "para", "pour", "dans", "sont",
    "esta", "este", "tous", "todo", "also", "only", "seul", "must", "them", "they", "what", "when", "then",
    "than", "there", "here", "some", "more", "most", "such", "same", "very", "sera", "tout", "avec",
    "nous", "vous", "leur", "elle", "mais", "ante", "como", "pero", "sino", "sido", "ser", "sus", "cada",
    "part", "page", "copy", "data", "date", "name", "file", "list", "plan", "word", "text", "note", "annex",
    "site", "web", "base", "link", "form", "year", "june", "july", "mars", "mayo", "juin", "city", "zone",
}  # fmt: skip
_TYPE_TOKENS = {w for words in TYPE_WORDS.values() for w in words if re.fullmatch(r"[a-z ]+", w)}


def _stem(filename: str) -> str:
    return fold_for_rules(filename.rsplit(".", 1)[0]).strip()


def _tokens(text: str) -> set[str]:
    return {
        t
        for t in re.findall(
            r"[a-z0-9]{2,}", fold_for_rules(re.sub(r"([a-z])([A-Z])", r"\1 \2", text))
        )
    }


def by_file_name(clause: str, original: str, docs: Sequence[DocumentFacts]) -> list[int]:
    """Documents named by their file name, or by a misspelling of it."""
    found: set[int] = set()
    # The clause's own words: "Keep Agreement_X.pdf confidential; everything else can be
    # published" names the file in its first clause only.
    for match in _FILENAME.finditer(clause):
        name = match.group(0).strip()
        ratios = [
            difflib.SequenceMatcher(None, name, fold_for_rules(d.filename)).ratio() for d in docs
        ]
        best = max(range(len(docs)), key=lambda i: ratios[i]) if docs else None
        if best is not None and ratios[best] >= 0.75:
            found.add(best)
    for i, doc in enumerate(docs):
        stem = _stem(doc.filename)
        if len(stem) >= 6 and stem in clause:
            found.add(i)
    return sorted(found)


def _numbers(text: str) -> list[int]:
    values: list[int] = []
    for low, high in re.findall(r"(\d{1,2})\s*(?:to|a|-|–)\s*(\d{1,2})", text):
        values.extend(range(int(low), int(high) + 1))
    values.extend(int(n) for n in re.findall(r"\d{1,2}", text))
    return values


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}
_ITEM_LABEL = re.compile(r"(?<![a-z0-9)])\(\s*(i{1,3}|iv|v|vi|[a-f])\s*\)")  # not "6(1)(a)"


def by_position(clause: str, count: int, in_numbered_context: bool = False) -> list[int]:
    """Documents named by their place in the list: numbers, ranges, ordinals, first/last N."""
    found: set[int] = set()
    for match in _RANGE.finditer(clause):
        found.update(
            n - 1 for n in _numbers(match.group(1) or match.group(2) or "") if 1 <= n <= count
        )
    if in_numbered_context:
        found.update(
            int(m.group(1)) - 1
            for m in _LONE_NUMBER.finditer(clause)
            if 1 <= int(m.group(1)) <= count
        )
        for m in _BARE_NUMBERS.finditer(clause):
            found.update(n - 1 for n in _numbers(m.group(1)) if 1 <= n <= count)
    # "Item (ii)", "items (i) and (iii)", "(b)": lists numbered with roman numerals or letters.
    for label in _ITEM_LABEL.findall(clause):
        place = _ROMAN.get(label) or (ord(label) - ord("a") + 1 if len(label) == 1 else 0)
        if 1 <= place <= count:
            found.add(place - 1)
    number = r"(?:(\d)|(" + "|".join(_NUMBER_WORDS) + r"))"
    for match in re.finditer(
        # an article, a number or a document noun: "the first two", "los primeros", "first
        # attachment"; not the adverb ("kindly blur first the faces", "we first need")
        rf"(?<![a-z])(?:(?:the |les |los |las |le |la |el |l )(?:{number} )?{_FIRST}(?: {number})?|(?:{number} ){_FIRST}(?: {number})?|"
        rf"{_FIRST} {number}|{_FIRST} {_DOC_NOUN}|^{_FIRST}(?= (?:are|is|can|may|should|must|son|sont|pueden|peuvent|es|est)\b))(?![a-z])",
        clause,
    ):
        digits = [g for g in match.groups() if g]
        many = (
            int(digits[0])
            if digits and digits[0].isdigit()
            else _NUMBER_WORDS.get(digits[0], 1)
            if digits
            else 1
        )
        found.update(range(min(many, count)))
    for match in re.finditer(
        # "the last one", "les deux derniers", "last attachment"; not "last 12 March", "last year".
        rf"(?<![a-z])(?:^(?:{number} )?{_LAST}s?(?: {number})?(?= (?:are|is|can|may|should|must|please|son|sont|pueden|peuvent)\b)|"
        rf"(?:the |les |los |las |la |le |el |this |ce |cette |este |esta )(?:{number} )?{_LAST}s?(?: {number})?"
        rf"(?! \d|(?: \w+)? (?:year|month|week|time|session|meeting|night|day|an|annee|mois|semaine|ano|mes|semana|anos|annees|meses|semanas|dias|jours|days|decades?)s?\b)"
        rf"(?: {_DOC_NOUN})?|{_LAST}s?(?: {number})? {_DOC_NOUN})(?![a-z])",
        clause,
    ):
        digits = [g for g in match.groups() if g]
        many = (
            int(digits[0])
            if digits and digits[0].isdigit()
            else _NUMBER_WORDS.get(digits[0], 1)
            if digits
            else 1
        )
        found.update(range(max(0, count - many), count))
    for word, position in _ORDINAL_WORDS.items():
        ordinal = re.search(
            rf"(?<![a-z])(?:(?:the|le|la|el|du|de la|del|al|au|a la|this|ce|cette|este|esta) {word}"
            rf"(?! part(?:y|ies))|{word} {_DOC_NOUN})(?![a-z])",
            clause,
        )
        if position > 1 and ordinal and position <= count:
            found.add(position - 1)
    # "The middle one is not": of three documents, the second
    if count == 3 and re.search(
        r"(?<![a-z])(?:the middle(?: one| (?:document|attachment|file))?|celui du milieu|celle du milieu|"
        r"el (?:del medio|de en medio)|la (?:del medio|de en medio))(?![a-z])",
        clause,
    ):
        found.add(1)
    return sorted(found)


def by_format(clause: str, docs: Sequence[DocumentFacts]) -> list[int]:
    # A file name cited with its extension ("Tulverket_protocol.pdf") names a file, not a format.
    clause = re.sub(r"\S+\.(?:pdf|docx?|xlsx?|odt|ods|csv|rtf|pptx?|zip|txt)\b", " ", clause)
    # "qui figure dans le même fichier PDF": the file just named, not every PDF
    clause = re.sub(
        r"(?:meme|same|mismo|single|un seul|un solo) (?:fichier |file |archivo |document |documento )?"
        r"(?:pdf|word|excel|docx?|xlsx?)(?: (?:file|fichier|archivo))?",
        " ",
        clause,
    )
    found: list[int] = []
    for pattern, suffixes in _MEDIA_RES:
        if pattern.search(clause):
            found.extend(i for i, d in enumerate(docs) if d.filename.lower().endswith(suffixes))
    return sorted(set(found))


def by_language_version(clause: str, docs: Sequence[DocumentFacts]) -> list[int]:
    """ "The English translation", "la version française", "el original en español"."""
    if not _VERSION_WORD.search(clause) and not re.search(
        r"\ben (?:ingles|anglais|espanol|francais)\b", clause
    ):
        return []
    found: set[int] = set()
    for language, words, tokens in _LANGUAGE_VERSION:
        if re.search(rf"(?<![a-z])(?:{words})(?![a-z])", clause):
            for i, doc in enumerate(docs):
                name = _tokens(doc.filename)
                if doc.language == language or name & set(tokens):
                    found.add(i)
    if not found and re.search(r"(?<![a-z])(?:original|officiel(?:le)?|oficial)(?![a-z])", clause):
        # "the original": the document that is not marked as a translation.
        translated = {
            i
            for i, d in enumerate(docs)
            if _tokens(d.filename) & {"translation", "traduction", "traduccion", "en", "unofficial"}
        }
        found = {i for i in range(len(docs)) if i not in translated} if translated else set()
    # "The Portuguese original of the agreement": that version of the type named.
    typed, named_a_type = by_type(clause, docs)
    if named_a_type and found & set(typed):
        found &= set(typed)
    return sorted(found)


# Kinds of document within a type, as file names carry them.
_KINDS = frozenset((
    "mou", "moa", "lease", "contract", "agreement", "memorandum", "convention", "accord", "contrat",
    "convenio", "contrato", "acuerdo", "comodato", "addendum", "avenant", "adenda", "bail",
    "arrendamiento", "guide", "guia", "manual", "manuel", "sheet", "fiche", "ficha",
))  # fmt: skip


def _by_kind(clause: str, docs: Sequence[DocumentFacts], typed: list[int]) -> list[int]:
    """ "The MoU and the SOP" among an MoU, a lease and an SOP: within each type named, the
    documents whose names carry the kind of document named, where that tells them apart."""
    kinds = set(re.findall(r"[a-z]{3,}", clause)) & _KINDS
    if not kinds:
        return []
    kept: list[int] = []
    for doc_type in {docs[i].doc_type for i in typed}:
        group = [i for i in typed if docs[i].doc_type == doc_type]
        hit = [i for i in group if set(re.findall(r"[a-z]+", docs[i].filename.lower())) & kinds]
        kept.extend(hit if hit and len(group) > 1 else group)
    return sorted(kept) if len(kept) < len(typed) else []


def _after_type_word(clause: str, match: re.Match[str]) -> str:
    """The type word and the few words right after it ("le guide des brigades")."""
    return " ".join(clause[match.start() :].split()[:5])


def _by_name_within_type(clause: str, docs: Sequence[DocumentFacts], typed: list[int]) -> list[int]:
    """ "Le mode opératoire de la DDPP et la convention" among the DDPP's SOP, a refuge's SOP and
    the convention: within a type that several documents share, the one the words right after
    the type word name, where the whole clause names no other of them ("the lease of 2015 and
    its 2019 extension" names both)."""
    named = set(by_name_word(clause, docs))
    kept: list[int] = []
    for doc_type in {docs[i].doc_type for i in typed}:
        group = [i for i in typed if docs[i].doc_type == doc_type]
        matches = list(_TYPE_RES[doc_type].finditer(clause)) if doc_type in _TYPE_RES else []
        if len(group) < 2 or len(matches) != 1:
            kept.extend(group)
            continue
        after = set(by_name_word(_after_type_word(clause, matches[0]), docs))
        hit = [i for i in group if i in after]
        kept.extend(hit if hit and hit == [i for i in group if i in named] else group)
    return sorted(kept) if len(kept) < len(typed) else []


def _type_word_in_name(clause: str, docs: Sequence[DocumentFacts], typed: list[int]) -> list[int]:
    """ "Le guide des brigades" for "ANPN_guide_intervention_brigades.pdf", an SOP, beside a
    care sheet that is the species guidance: the file whose name carries both the type word the
    clause uses and a word that singles it out."""
    word = by_name_word(clause, docs)
    if len(word) != 1 or word[0] in typed:
        return []
    name = _stem(docs[word[0]].filename)
    for pattern in _TYPE_RES.values():
        for match in pattern.finditer(clause):
            # the word right after the type word ("le guide des brigades"), not one further on
            # ("la convention ne pouvait être publiée qu'après son approbation")
            if pattern.search(name) and by_name_word(_after_type_word(clause, match), docs) == word:
                return word
    return []


def _with_coordinated(clause: str, docs: Sequence[DocumentFacts], typed: list[int]) -> list[int]:
    """ "Pas de mise en ligne pour le contrat ni pour le tableau des effectifs": a document named
    by a word of its name beside one named by its type."""
    found = set(typed)
    coordinated = re.split(
        r"\b(?:and|et|y|ni|nor|or|ou|o|as well as|ainsi que|asi como) (?:pour |for |para |con |avec |with )?"
        r"(?=(?:le|la|les|l|the|el|los|las|our|notre|nos|nuestro|nuestra|its|son|sa|ses|su|sus)\b)",
        clause,
    )
    for part in coordinated[1:]:
        if by_type(part, docs)[1]:
            continue
        word = by_name_word(part, docs)
        if len(word) == 1:
            found.update(word)
    return sorted(found)


def by_name_word(clause: str, docs: Sequence[DocumentFacts]) -> list[int]:
    """A distinctive word of a file name ("the summary", "the full text", "el resumen")."""
    words = set(re.findall(r"[a-z]{4,}", clause)) - _GENERIC_TOKENS - _TYPE_TOKENS - _SHORT_COMMON
    synonyms = {
        "summary": {"summary", "resume", "resumen", "executive"},
        "resume": {"summary", "resume", "resumen"},
        "resumen": {"summary", "resume", "resumen"},
        "integral": {"integral", "full", "complet", "completo", "integra"},
        "complet": {"integral", "full", "complet", "completo"},
        "completo": {"integral", "full", "complet", "completo", "integra"},
        "integra": {"integral", "full", "completo", "integra"},
    }
    if re.search(r"\bfull (?:text|version|plan|report)\b", clause):
        words |= {"full", "integral", "complet", "completo"}
    found: set[int] = set()
    for word in words:
        wanted = synonyms.get(word, {word})
        matching = [i for i, doc in enumerate(docs) if wanted & _tokens(doc.filename)]
        if len(matching) == 1:  # a word that singles out one document
            found.add(matching[0])
    return sorted(found) if 0 < len(found) < len(docs) else []


# Words of publication and restriction, which margins print as markings, not as descriptions.
_MARGIN_COMMON = {
    "public", "publique", "publico", "publica", "publish", "published", "publie", "publier", "publicar",
    "publicado", "publicada", "confidential", "confidentiel", "confidencial", "restricted", "restreint",
    "internal", "interne", "interno", "only", "uniquement", "solo", "version", "document", "documents",
    "documento", "documentos", "page", "pages", "pagina", "draft", "projet", "borrador", "website",
    "secretariat", "attached", "should", "could", "would", "made", "may", "peut", "puede", "pueden",
    "peuvent", "can", "cannot", "pas", "also", "aussi", "tambien", "with", "avec", "con", "from",
    "this", "that", "these", "those", "their", "there", "which", "while", "where",
}  # fmt: skip
_CARRIES = re.compile(
    r"(?<![a-z])(?:carr(?:y|ies|ying)|bear(?:s|ing)?|porte(?:nt)?|portant|lleva(?:n)?|membrete|"
    r"letterheads?|logos?|en tete|header|mention|sello|stamp|tampon|encabezado|cachet|"
    # "El que dice "borrador" en la portada", "the one that says DRAFT on the cover"
    r"(?:que|qui|that|which) (?:dice|dicen|dit|disent|says|say|reads?)|portada|(?:front )?cover|couverture|page de garde)(?![a-z])"
)


_QUOTED = re.compile(r"[\"“«‘']\s*([^\"”»’'\n]{3,40}?)\s*[\"”»’']")


def by_quoted_margin(clause: str, original: str, docs: Sequence[DocumentFacts]) -> list[int]:
    """The documents whose first lines carry the words the sentence quotes ("El que dice
    "borrador" en la portada"), when only some of them do."""
    found: set[int] = set()
    for quote in _QUOTED.findall(original):
        words = fold_for_rules(quote).strip()
        if words not in clause:
            continue  # a quote from another clause of the sentence
        found.update(
            i
            for i, d in enumerate(docs)
            if re.search(rf"\b{re.escape(words)}\b", fold_for_rules(d.margins))
        )
    return sorted(found) if 0 < len(found) < len(docs) else []


def by_margin_words(clause: str, docs: Sequence[DocumentFacts]) -> list[int]:
    """The documents whose first lines share most of a clause's distinctive words ("the one with
    the photographs", "validés par le Comité national"), when only some of them do."""
    words = {
        w[:6]
        for w in re.findall(r"[a-z]{4,}", clause)
        if w not in _GENERIC_TOKENS | _TYPE_TOKENS | _MARGIN_COMMON
    }
    scores = []
    for doc in docs:
        carried = {t[:6] for t in _tokens(doc.margins[:400])} if doc.margins else set()
        scores.append(len(words & carried))
    best = max(scores, default=0)
    found = [i for i, score in enumerate(scores) if score == best]
    return found if best and len(found) < len(docs) else []


_COUNTED = re.compile(
    r"(?<![a-z])(?:both|ambos|ambas|(?:the|les|los|las|our|nos|nuestros|nuestras) (\w+))\s*$"
)


def _counted(before: str) -> int:
    """How many documents the words before a type word count ("the two", "les deux", "both")."""
    match = _COUNTED.search(before)
    if match is None:
        return 0
    return _NUMBER_WORDS.get(match.group(1), 0) if match.group(1) else 2


def by_type(clause: str, docs: Sequence[DocumentFacts]) -> tuple[list[int], bool]:
    """Documents of the types a clause names; the flag says whether it named any type at all."""
    # A law cited further on ("..., au sens de la loi sur la transparence") is not a subject.
    clause = _REFERENCE.split(clause, maxsplit=1)[0]
    positions = sorted(
        (m.start(), t) for t, pattern in _TYPE_RES.items() if (m := pattern.search(clause))
    )
    if not positions:
        return [], False
    # Several types may be named ("the directory holds personal data protected by the Law on
    # ..."): the documents of every attached type named; a type nothing attached is of is ignored.
    found: list[int] = []
    for start, doc_type in positions:
        # The documents of that type; a file name with the word only when none is of the type
        # ("the list" is the directory, not "SOP_rescue_network.pdf"), or when the clause counts
        # more of them than are of the type ("the two procedures": an SOP and a joint procedure).
        of_type = [i for i, d in enumerate(docs) if d.doc_type == doc_type]
        if len(of_type) < max(1, _counted(clause[:start])):
            of_type += [
                i
                for i, d in enumerate(docs)
                if _TYPE_RES[doc_type].search(_stem(d.filename)) and i not in of_type
            ]
        found.extend(i for i in of_type if i not in found)
    return sorted(found), True


_REFERENCE = re.compile(
    r"\b(?:au sens (?:de|du|des)|in terms of|pursuant to|under (?:section|article|the)|conformement (?:a|au|aux)|"
    r"de conformidad con|conforme a|segun (?:la|el)|protected (?:by|under)|protegid\w* (?:por|en)|protege\w* par|"
    r"en (?:application|vertu) (?:de|du)|en virtud de|en los terminos del?|under the terms of|aux termes (?:de|du))\b"
)


def _type_is_subject(clause: str) -> bool:
    """Whether a document type is named among the first words of a clause (its subject)."""
    head = " ".join(clause.split()[:6])
    return any(pattern.search(head) for pattern in _TYPE_RES.values())


# "Annexes 2 and 3", "les annexes I et III", "anexos 1, 2 y 4", "Annexes C to E"
_ANNEX_LIST = re.compile(
    r"(?<![a-z])(?:annexes|anexos|appendices|apendices)\s+((?:\d{1,2}|[ivx]{1,4}|[a-h])"
    r"(?:\s*(?:,|and|et|y|&|to|a|au|-)\s*(?:\d{1,2}|[ivx]{1,4}|[a-h]))+)(?![a-z0-9])"
)


def _listed_annexes(listed: str) -> set[str]:
    ids = re.findall(r"\d{1,2}|[ivx]{1,4}|[a-h]", re.sub(r"\s(?:and|et|to|au|a|y)\s", " ", listed))
    ids = [i for i in ids if i.isdigit() == ids[0].isdigit()]  # "annexes 2 and a letter"
    found = set(ids)
    ranged = re.search(r"(\w+)\s*(?:to|a|au|-)\s*(\w+)\s*$", listed)
    if ranged and len(ids) == 2:
        first, last = ranged.groups()
        if first.isdigit() and last.isdigit():
            found |= {str(n) for n in range(int(first), int(last) + 1)}
        elif first in _ROMAN and last in _ROMAN:
            found |= {k for k, v in _ROMAN.items() if _ROMAN[first] <= v <= _ROMAN[last]}
        elif len(first) == len(last) == 1:
            found |= {chr(c) for c in range(ord(first), ord(last) + 1)}
    return found


def _annex_ids(text: str) -> set[str]:
    ids = {m.group(1) or m.group(2) for m in _ANNEX_ID.finditer(text)}
    for listed in _ANNEX_LIST.finditer(text):
        ids |= _listed_annexes(listed.group(1))
    return ids


def _annex_text(doc: DocumentFacts) -> str:
    """A document's name and first lines, with "AnnexC_..." read as "Annex C"."""
    name = re.sub(r"(?<=Annex|Anexo|ANNEX|ANEXO)(?=[A-H0-9](?:[^a-z]|$))", " ", doc.filename)
    return fold_for_rules(name + " " + doc.margins[:200])


def _is_annex(doc: DocumentFacts) -> bool:
    text = _annex_text(doc)
    return bool(_ANNEX.search(text) or _annex_ids(text))


_SIGNED = lex.compile_any([
    r"signed", r"signe(?:e|s|es)?", r"firmad[oa]s?", r"scanned", r"scanne(?:e|s|es)?", r"numerise(?:e|s|es)?", r"escanead[oa]s?",
])  # fmt: skip
_SCAN_TOKENS = {"signed", "signe", "signee", "firmado", "firmada", "scan", "scanned", "scanner", "escaneado", "escaneada",
                "escaneo", "numerise", "img", "image"}  # fmt: skip


def by_signed_copy(clause: str, docs: Sequence[DocumentFacts]) -> list[int]:
    """ "The signed one", "el firmado (el PDF escaneado)": the scanned or signed copy, when the
    other documents are not."""
    match = _SIGNED.search(clause)
    if match is None or re.match(
        r" (?:in|on|en|le|el|au|at|by|par|por) (?:\w+ )?(?:19|20)\d\d", clause[match.end() :]
    ):
        return []  # "both signed in 2020": when they were signed, not which copy
    found = [
        i
        for i, d in enumerate(docs)
        if _tokens(d.filename) & _SCAN_TOKENS
        or d.filename.lower().endswith((".jpg", ".jpeg", ".png", ".tif", ".tiff"))
    ]
    if re.search(r"(?:non|not|un|no|sin|sans|pas) ?$", clause[: match.start()]):
        found = [i for i in range(len(docs)) if i not in found]  # "le projet, non signé"
    return found if 0 < len(found) < len(docs) else []


_YEAR = re.compile(r"(?<![0-9])((?:19|20)\d\d)(?![0-9])")
_VERSION_NOUN = lex.compile_any([
    r"versions?", r"revisions?", r"revision", r"editions?", r"edicion", r"texts?", r"textes?", r"textos?",
    # "the 2017 one", "celle de 2015", "la de 2020": a year names one of two versions
    r"(?:the )?(?:19|20)\d\d ones?", r"(?:celle|celui|celles|ceux|la|el|las|los) de (?:19|20)\d\d",
    # "the 2016 SOP and the 2014 MOA": a year before the type word
    r"(?:the|our|its|their) (?:19|20)\d\d (?:sop|moa|mou|plan|protocol|procedure|agreement|contract|guidelines?|manual|list|directory|register|edition|issue)s?",
])  # fmt: skip


_OLD = lex.compile_any([
    r"ancien(?:ne)?s?", r"old(?:er)?", r"former", r"previous", r"expired", r"earlier", r"antigu[oa]s?",
    r"anterior(?:es)?", r"viej[oa]s?", r"precedente?s?", r"echue?s?", r"vencid[oa]s?", r"caduc(?:s|ue|ues)?",
])  # fmt: skip
_NEW = lex.compile_any([
    r"nouve(?:au|lle|aux|lles)", r"new(?:er)?", r"current", r"latest", r"nuev[oa]s?", r"actual(?:es)?",
    r"vigente?s?", r"en vigueur", r"in force", r"renewed", r"renouvelee?s?", r"actuel(?:le)?s?", r"recent",
])  # fmt: skip


def _latest_year(doc: DocumentFacts) -> int | None:
    years = [int(y) for y in _YEAR.findall(f"{doc.filename} {doc.margins[:300]}")]
    return max(years) if years else None


def by_age(clause: str, docs: Sequence[DocumentFacts]) -> list[int]:
    """ "L'ancienne convention ... La nouvelle reste confidentielle": of two documents of one
    type, the older or the newer by the years their names or first lines carry."""
    old, new = _OLD.search(clause), _NEW.search(clause)
    if new and re.search(
        r"(?:not|no|plus|no longer|ya no) (?:(?:est|esta|is|are|sont|estan) )?$",
        clause[: new.start()],
    ):
        old, new = new, None  # "n'est plus en vigueur", "ya no está vigente": the older
    if bool(old) == bool(new):
        return []
    typed, _ = by_type(clause, docs)
    groups = [typed] if typed and len({docs[i].doc_type for i in typed}) == 1 else []
    if not typed:
        by_kind: dict[str, list[int]] = {}
        for i, d in enumerate(docs):
            by_kind.setdefault(d.doc_type, []).append(i)
        groups = [g for g in by_kind.values() if len(g) > 1]
    if len(groups) != 1 or len(groups[0]) < 2:
        return []
    dated = {i: _latest_year(docs[i]) for i in groups[0]}
    if None in dated.values() or len(set(dated.values())) != len(dated):
        return []
    pick = min if old else max
    return [pick(dated, key=lambda i: dated[i] or 0)]


def by_version_year(clause: str, docs: Sequence[DocumentFacts]) -> list[int]:
    """ "The 2019 version", "la révision de 2021": the document whose name or first lines carry
    that year, and no other."""
    if not _VERSION_NOUN.search(clause):
        return []
    found: set[int] = set()
    for year in _YEAR.findall(clause):
        holding = [i for i, d in enumerate(docs) if year in f"{d.filename} {d.margins[:300]}"]
        if len(holding) == 1:
            found.update(holding)
    if not found and re.search(
        r"(?<![a-z])(?:revision|revised|revisee|revisada|rev)(?![a-z])", clause
    ):
        found = {
            i for i, d in enumerate(docs) if _tokens(d.filename) & {"rev", "revised", "revision"}
        }
    return sorted(found) if 0 < len(found) < len(docs) else []


_LETTER_ANNEX = re.compile(
    r"(?<![a-z])(?:annexe|annex|anexo|appendix|apendice|enclosure)\s+(\d{1,2}|[ivx]{1,4}|[a-h])\s*[:=]?\s+"
    r"((?:(?!(?:annexe|annex|anexo|appendix|apendice|enclosure)\s)[^;\n/]){6,160})"
)


def _annexes_listed_in_letter(docs: Sequence[DocumentFacts]) -> dict[str, int]:
    """ "Pièces annexées : Annexe 1 – Note technique ...; Annexe 2 – Liste des établissements":
    the files a transmittal letter numbers as its annexes, matched by their description."""
    listed: dict[str, int] = {}
    for letter in (d for d in docs if d.doc_type == "cover_letter" and d.margins):
        for number, description in _LETTER_ANNEX.findall(fold_for_rules(letter.margins)):
            target = best_document(description, docs)
            if target is not None and docs[target] is not letter:
                listed[number] = target
    return listed


def by_annex(clause: str, docs: Sequence[DocumentFacts]) -> tuple[list[int], int]:
    """ "The annex" (every annex attached, or the documents after the first), "Annex B" (that one)."""
    # The letter that lists the annexes is not one of them.
    annexed = [i for i, d in enumerate(docs) if _is_annex(d) and d.doc_type != "cover_letter"]
    wanted = _annex_ids(clause)
    if wanted:
        numbered = [i for i in annexed if wanted & _annex_ids(_annex_text(docs[i]))]
        if numbered:
            return numbered, NAMED
        listed = _annexes_listed_in_letter(docs)
        numbered = sorted({listed[w] for w in wanted if w in listed})
        if numbered:
            return numbered, NAMED
        return [], TYPED  # "anexo III" of a document: not an attachment of its own
    if annexed:
        return annexed, TYPED
    if _PLURAL_ANNEXES.search(clause):
        # "los anexos son confidenciales" with no file called an annex: every attachment but
        # the letter that sends them
        return [i for i, d in enumerate(docs) if d.doc_type != "cover_letter"], TYPED
    return (list(range(1, len(docs))), TYPED) if len(docs) > 1 else ([], TYPED)


_PLURAL_ANNEXES = re.compile(r"(?<![a-z])(?:annexes|anexos|appendices|apendices)(?![a-z])")


# "Le protocole contient en annexe les coordonnées GPS": an annex of the document named, not
# an annexed file.
_HAS_AN_ANNEX = re.compile(
    r"(?<![a-z])(?:contient|contiennent|comporte|comportent|comprend|contains?|includes?|has|have|"
    r"contiene|contienen|incluye|incluyen|lleva|tiene)(?: \w+){0,2} (?:en |in |an |un |una |une |as |como )?"
    r"(?:annexe|annex|anexo|appendix|apendice)|"
    # "the plan may be posted without its appendices": a part of the plan, not other files
    r"(?<![a-z])(?:without|sans|sin|with|avec|con) (?:its|their|ses|leurs|sus|son|su) (?:annex|anex|appendi|apendice)|"
    # "without the bank annex", "siempre y cuando no aparezca el anexo con los datos bancarios"
    r"(?<![a-z])(?:without|sans|sin) (?:the|l|le|la|el) (?:\w+ )?(?:annex|anex|appendi|apendice)|"
    r"(?<![a-z])(?:aparezca|aparezcan|figure|figurent|appears?) (?:\w+ ){0,2}(?:annex|anex|appendi|apendice)"
)


_OWNED = re.compile(
    r"(?:documents?|fichiers?|pieces|documentos?|archivos?|files?|papers?|textes?|textos?|materials?)"
    r" (?:de l |de la |du |des |del |de |d |of the |of |from the |from |by the |by )([a-z][a-z0-9]{2,})\b"
)


def by_owner(clause: str, original: str, docs: Sequence[DocumentFacts]) -> list[int]:
    """ "Les documents de l'ICCN", "the papers of WDFW": the files whose names carry the body's
    name or acronym, when some do and others do not. An agreement is signed by two and is not
    clearly one body's own, so it is left to what else is said of it."""
    names = {w.lower() for w in re.findall(r"\w+", original) if w[0].isupper()}
    for match in _OWNED.finditer(clause):
        owner = match.group(1)
        if owner not in names:
            continue  # "le fichier des centres": a common noun, not a body's name
        carrying = [
            i
            for i, d in enumerate(docs)
            if owner in re.split(r"[^a-z0-9]+", fold_for_rules(d.filename))
        ]
        if 0 < len(carrying) < len(docs):
            return [i for i in carrying if docs[i].doc_type != "contract"]
    return []


def scope(
    clause: str,
    original: str,
    docs: Sequence[DocumentFacts],
    reading: Reading,
    numbered_context: bool = False,
) -> tuple[list[int], int, str]:
    """The documents a clause speaks of, how specifically, and how it named them."""
    everything = list(range(len(docs)))
    clause = _FOR_EVERYONE.sub(" ", clause)  # "la partie visible par tous": who sees, not what
    clause = _PARTITIVE.sub("", clause)  # "De estos cuatro documentos, nos reservamos el convenio"
    named = by_file_name(clause, original, docs) or by_position(clause, len(docs), numbered_context)
    if named:
        return named, NAMED, "named"
    if len(docs) == 2 and _BOTH.match(clause):
        # "Both are internal to Customs": both documents, not the one named after Customs
        return everything, ALL, "both documents"
    topic = by_topic(clause, docs)
    if topic is not None:
        return topic, NAMED, "by its subject"
    party = by_party(clause, docs)
    if party:  # "Guatemala solicita que los suyos ...", in a regional body's submission
        typed, _ = by_type(clause, docs)
        return [i for i in party if i in typed] or party, NAMED, "by the Party's country code"
    if _OTHERS.search(clause) and not _OTHER_PARTIES.search(clause):
        others = [i for i in everything if i not in reading.mentioned]
        if others:
            # "el procedimiento puede publicarse junto con lo demás": that one and the others.
            typed, _ = by_type(clause, docs)
            return sorted({*others, *typed}), TYPED, "the others"
    if _SIGNED_WITH.search(clause):
        # "Tous les documents signés avec des partenaires extérieurs": the agreements attached
        agreed = [i for i, d in enumerate(docs) if d.doc_type in ("contract", "protocol")]
        if agreed:
            return agreed, TYPED, "the documents signed with others"
    for finder, why in (
        (by_signed_copy, "the signed copy"),
        (by_version_year, "by version"),
        (by_age, "the older or the newer"),
        (by_format, "by format"),
        (by_language_version, "by language version"),
    ):
        found = finder(clause, docs)
        if found:
            return found, NAMED, why
    if _EVERY_ATTACHMENT.search(clause):  # "this e-mail and its annexes": all of them
        return everything, ALL, "all documents"
    if (_ANNEX.search(clause) or _annex_ids(clause)) and not _HAS_AN_ANNEX.search(clause):
        annexed, specificity = by_annex(clause, docs)
        if len(annexed) > 1:
            # "L'annexe comportant la carte": the annex whose name has that word.
            word = by_name_word(clause, [docs[i] for i in annexed])
            if word:
                return [annexed[i] for i in word], NAMED, "the annex, by a word of its name"
        if annexed:
            return annexed, specificity, "the annex"
    if _CARRIES.search(clause):
        quoted = by_quoted_margin(clause, original, docs)
        if quoted:  # "El que dice "borrador" en la portada": the one whose cover says so
            return quoted, NAMED, "by what its first lines say"
        # "Anything that carries the ANB logo", "los documentos con membrete de esta Secretaría"
        marked = by_margin_words(clause, docs)
        if marked:
            return marked, NAMED, "by what its first lines carry"
    owned = by_owner(clause, original, docs)
    if owned:  # "Pour les documents de l'ICCN, aucune restriction": the files that carry its name
        return owned, NAMED, "by whose documents they are"
    if _ALL_DOCUMENTS.search(clause):  # "todos los documentos adjuntos son información pública"
        return everything, ALL, "all documents"
    typed, named_a_type = by_type(clause, docs)
    if len(typed) > 1 and len({docs[i].doc_type for i in typed}) == 1:
        # "The care manual" among two guidance documents: the one whose name has that word.
        word = by_name_word(clause, [docs[i] for i in typed])
        if word:
            return [typed[i] for i in word], NAMED, "document type, by a word of its name"
        # "the procedure with photographs" / "the text-only procedure": what its first lines say
        marked = by_margin_words(clause, [docs[i] for i in typed])
        # "The agreement is public too, but its annex is not": an annex whose first lines say it
        # "forms part of the Agreement" is not the agreement the clause names
        if not _ANNEX.search(clause):
            marked = [i for i in marked if not _is_annex(docs[typed[i]])]
        if marked:
            return [typed[i] for i in marked], NAMED, "document type, by its first lines"

    narrowed = _by_kind(clause, docs, typed)
    if narrowed:
        return narrowed, NAMED, "document type, by its kind"
    narrowed = _by_name_within_type(clause, docs, typed)
    if narrowed:
        return narrowed, NAMED, "document type, by a word of its name"
    qualified = _type_word_in_name(clause, docs, typed)
    if qualified:
        return qualified, NAMED, "by the type word and a word of its name"
    if typed:
        return _with_coordinated(clause, docs, typed), TYPED, "document type"
    author = by_author(clause, reading)
    if author:
        return author, NAMED, "by its author in the message"
    word = by_name_word(clause, docs)
    if word:
        return word, NAMED, "by a word of its name"
    described = by_description(clause, reading)
    if described:
        return described, NAMED, "by its description in the message"
    submission = re.sub(
        r"\b(?:this|ce|cet|cette|este|esta) (?:submission|soumission|envio)\b", "", clause
    )
    if named_a_type and not _ALL.search(submission) and _type_is_subject(clause):
        # A type nothing attached is of ("our intelligence reports"): about something else;
        # not a law cited further on ("..., protected by the Data Protection Law").
        return [], TYPED, "a document not attached"
    if _FORWARD.search(clause):
        forwarded = [i for i, d in enumerate(docs) if d.origin == "forwarded"]
        if forwarded:
            return forwarded, TYPED, "forwarded files"
    if _PRONOUN.search(clause) and not _ALL.search(clause):
        if reading.last_scope:
            return list(reading.last_scope), TYPED, "as before"
        return everything, ALL, "all documents"
    if _ALL.search(clause):
        return everything, ALL, "all documents"
    return everything, UNSCOPED, "no document named"


# "Tout ce qui concerne les oiseaux", "everything to do with the primates", "todo lo relativo a
# los loros": documents by their subject.
_TOPIC = re.compile(
    r"(?:(?:tout )?ce qui (?:concerne|touche|a trait|se rapporte)(?: a| au| aux)?|"
    r"(?:everything|anything|whatever) (?:that )?(?:concerning|about|relating to|related to|regarding|to do with|on)|"
    r"todo lo (?:que (?:concierne|toca|tiene que ver con|se refiere)|relativo|relacionado|referente)(?: a| al| con)?)"
    r" (?:(?:le|la|les|l|the|el|los|las|lo) )?(?:(?:dossier|tema|subject|file|cas|caso|asunto|question|cuestion) )?"
    r"(?:(?:des|de|du|of|del|de la) )?(?:(?:le|la|les|l|the|el|los|las) )?(?P<topic>[a-z]{4,})"
)


def by_topic(clause: str, docs: Sequence[DocumentFacts]) -> list[int] | None:
    """The documents whose names carry the subject a clause speaks of ("ce qui touche au dossier
    des primates"); an empty list where none does (the subject is not a file's: "tout ce qui
    concerne les oiseaux" covers no other document), None where the clause names no subject."""
    match = _TOPIC.search(clause)
    if match is None:
        return None
    stem = match.group("topic")[:5]
    return [i for i, d in enumerate(docs) if any(t.startswith(stem) for t in _tokens(d.filename))]


_PARTITIVE = re.compile(
    r"^(?:de|of|parmi|entre|among|sur|out of) (?:estos|these|ces|los|the|les|nos|our|nuestros|those) "
    r"(?:\w+ )?(?:documentos|documents|archivos|files|adjuntos|attachments|pieces|fichiers|ones)?\s*,?\s*(?=\w)"
)
_FOR_EVERYONE = re.compile(
    r"(?<![a-z])(?:(?:visible|accessible|ouverte?|consultable)s? (?:par|a) (?:tous|tout le monde)|"
    r"(?:visible|accessible|open) to (?:all|everyone|everybody)|(?:visible|accesible|abierta?)s? (?:para|a) todos|"
    r"a la vista de todos|for all to see)(?![a-z])"
)
_SIGNED_WITH = re.compile(
    r"(?<![a-z])(?:documents?|textes?|instruments?|documentos?|pieces?|textos?|files?|anything|everything|tout ce qui|todo lo que)"
    r" (?:\w+ ){0,2}(?:signed|signe\w*|firmad\w*|suscrit\w*|conclu\w*|ha sido firmado|a ete signe) (?:jointly )?(?:with|avec|con)(?![a-z])"
)
_DEICTIC = re.compile(
    r"(?<![a-z])(?:the one|that one|the (?:document|file|one) (?:from|by|of|about|with|prepared|written|drafted)|"
    r"le document (?:de|du|des|sur)|celui (?:de|du|des|qui)|celle (?:de|du|des|qui)|el (?:documento|archivo) (?:de|del|sobre)|"
    r"el de(?:l)?|la de(?:l)?|el que|la que|lo de(?:l)?)(?![a-z])"
)
_DESCRIPTION_STOP = _GENERIC_TOKENS | _SHORT_COMMON | {
    "documento", "document", "documents", "documentos", "which", "while", "prepared", "preparado", "prepare",
    "elaborado", "elabore", "written", "redige", "escrito", "about", "sobre", "todavia", "still", "encore",
}  # fmt: skip


def descriptions_of(text: str, docs: Sequence[DocumentFacts]) -> dict[int, set[str]]:
    """The words each document is described with in the message: each phrase of a list or an
    enumeration that fits one document best."""
    found: dict[int, set[str]] = {}
    phrases = re.split(
        r"[;:\n]|,\s+(?=(?:the|le|la|les|el|los|las|l|y|et|and)\b)|"
        r"\s(?:y|et|and)\s(?=(?:the|le|la|les|el|los|las|l|su|sus|son|sa|ses|its|our|nuestro|notre)\b)",
        fold_for_rules(text),
    )
    for phrase in phrases:
        target = best_document(phrase, docs)
        if target is not None:
            words = set(re.findall(r"[a-z]{4,}", phrase)) - _DESCRIPTION_STOP - _TYPE_TOKENS
            found.setdefault(target, set()).update(words)
            author = _AUTHOR.search(phrase)
            if author:  # "written by the Borneo Wildlife Trust": kept apart as "by:trust"
                by = set(re.findall(r"[a-z]{4,}", phrase[author.end() :])) - _DESCRIPTION_STOP
                found[target].update(f"by:{word}" for word in by)
    return found


_AUTHOR = re.compile(
    r"\b(?:(?:written|drafted|prepared|produced|issued|authored|developed) by|"
    r"(?:redige|elabore|prepare|etabli|produit)e?s? par|(?:elaborad|redactad|preparad|producid)[oa]s? por)\b"
)


def by_author(clause: str, reading: Reading) -> list[int]:
    """ "The one from the Trust can be posted": the document the message said the Trust wrote,
    before any file whose name has that word (the agreement with the Trust)."""
    if not _DEICTIC.search(clause):
        return []
    return _best_described({f"by:{w}" for w in re.findall(r"[a-z]{4,}", clause)}, reading)


def by_description(clause: str, reading: Reading) -> list[int]:
    """ "El de la consultora", "the document from the Prosecutor's Office": the document the
    message described with that word, when the clause points at one without naming it."""
    if not reading.descriptions or not _DEICTIC.search(clause):
        return []
    words = set(re.findall(r"[a-z]{4,}", clause)) - _DESCRIPTION_STOP - _TYPE_TOKENS
    return _best_described(words, reading)


def _best_described(words: set[str], reading: Reading) -> list[int]:
    """The one document whose description in the message shares the most of these words."""
    scores = {i: len(words & described) for i, described in reading.descriptions.items()}
    best = max(scores.values(), default=0)
    winners = [i for i, score in scores.items() if score == best]
    return winners if best and len(winners) == 1 else []


def best_document(description: str, docs: Sequence[DocumentFacts]) -> int | None:
    """The document a free description fits best (a table row: "Policy on the disposition...")."""
    stop = {
        "the",
        "and",
        "for",
        "with",
        "des",
        "les",
        "pour",
        "avec",
        "del",
        "los",
        "las",
        "para",
        "con",
        "of",
        "de",
        "la",
        "le",
        "el",
        "du",
        "en",
        "on",
        "et",
        "y",
    }
    words = {t for t in _tokens(description) if len(t) >= 3} - stop
    acronym = "".join(re.findall(r"\b([A-Z])[a-z]+", description)).lower()
    folded = fold_for_rules(description)
    scores = []
    for i, doc in enumerate(docs):
        name = {t for t in _tokens(doc.filename.rsplit(".", 1)[0]) if len(t) >= 3} - stop
        overlap = len(words & name)
        # "Office of Law Enforcement ... SOP" for OLE_SOP_...: initials and the type count too.
        overlap += sum(1 for t in name if len(acronym) >= 2 and t in acronym)
        overlap += 1 if by_type(folded, [doc])[0] else 0
        scores.append((overlap / max(1, len(name)), overlap, i))
    scores.sort(reverse=True)
    if (
        scores
        and (scores[0][0] >= 0.5 or scores[0][1] >= 2)
        and (len(scores) == 1 or scores[0][:2] > scores[1][:2])
    ):
        return scores[0][2]
    return None
