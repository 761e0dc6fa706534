"""Markings printed on a document (header, footer, first page): CONFIDENTIAL, USO OFICIAL, ..."""

from __future__ import annotations

import re
from dataclasses import dataclass

from classifiers.confidentiality_lexicon import fold_for_rules
from classifiers.markings_foreign import foreign_marking

# Read on the original text: upper-case words are markings, the same words in a sentence are not.
_UPPER = re.compile(
    r"(?<![A-Za-z])(?:STRICTLY CONFIDENTIAL|CONFIDENTIAL|CONFIDENTIEL(?:LE)?|CONFIDENCIAL|"
    r"RESTRICTED|RESTREINT|RESERVAD[OA]|INFORMACI[ÓO]N (?:P[ÚU]BLICA )?(?:RESERVADA|CLASIFICADA)|SENSITIVE|OFFICIAL[- ]SENSITIVE|PROTECTED|(?:COMMERCIAL[- ])?IN[- ]CONFIDENCE|TLP:(?:AMBER|RED|GREEN)|"
    r"FOR OFFICIAL USE ONLY|NOT FOR (?:PUBLIC )?(?:PUBLICATION|DISTRIBUTION|RELEASE|DISCLOSURE|CIRCULATION)|PRE-?DECISIONAL|DELIBERATIVE|LIMITED|SECRET|VERTRAULICH|"
    r"CONTROLLED UNCLASSIFIED INFORMATION|CUI|LAW ENFORCEMENT SENSITIVE|NUR F[ÜU]R DEN DIENSTGEBRAUCH|VS-NFD|"
    r"VERTROUWELIJK|DIENSTVERTROUWELIJK|SEKRETESS|HEMLIG|RISERVATO|CONFIDENZIALE|SIGILOSO|RESTRITO|"
    r"TERHAD|RAHSIA|UNNTATT OFFENTLIGHET|"
    # round 17: markings in the languages of the Parties' own documents (Indonesian, Nordic,
    # Finnish, Polish, Czech, Turkish, Russian, Chinese, Japanese, Korean, Arabic)
    r"(?:SANGAT )?RAHASIA|TERBATAS|FORTROLIGT?|KONFIDENSIELT|SALAINEN|LUOTTAMUKSELLINEN|POUFNE|TAJNE|ZASTRZE[ŻZ]ONE|D[ŮU]V[ĚE]RN[ÉE]|"
    r"G[İI]ZL[İI]|H[İI]ZMETE [ÖO]ZEL|K[İI][ŞS][İI]YE [ÖO]ZEL|СЕКРЕТНО|КОНФИДЕНЦИАЛЬНО|ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ|ДСП|"
    r"机密|秘密|機密|極秘|社外秘|대외비|기밀|سري|"
    r"(?:CLASIFICACI[ÓO]N|Clasificaci[óo]n)\s*:?\s*(?:LIMITAD[OA]|RESERVAD[OA]|CONFIDENCIAL|SECRET[OA]))(?![A-Za-z])"
)
# A reviewer's comment left in the margin ("[Comment AT3]: Costings in Table 5 ... are not for
# publication yet"): a phrase counts wherever it is on the line.
_COMMENT = re.compile(
    r"^\s*\[?\s*(?:comment|commentaire|comentario|remarque|nota|note)\b[^\]:\n]{0,20}\]?\s*:",
    re.IGNORECASE,
)
# Read on folded text, any case.
_PHRASES = re.compile(
    r"(?<![a-z])(?:for internal use(?: only)?|internal use only|usage interne|uso interno|"
    r"for official use|usage officiel|uso oficial|diffusion (?:restreinte|limitee)|"
    r"difusion (?:limitada|restringida)|circulacion restringida|distribution restreinte|"
    r"limited distribution|handle with care|ne pas diffuser|no difundir|not for distribution|"
    r"strictement confidentiel|estrictamente confidencial|informacion (?:publica )?clasificada|"
    r"informacion reservada|informacion publica reservada|document (?:a|de) diffusion restreinte|confidentiel|confidential|"
    r"not for citation|not to be cited|do not cite|ne pas citer|no citar|uso exclusivo|usage exclusif|exclusive use|"
    r"uso restringido|acces restreint|acceso restringido|for the secretariat only|"
    r"not for publication|pas pour publication|no para (?:su )?publicacion|ne pas publier|a ne pas publier|no publicar|no divulgar|do not publish|not to be published|not for (?:public )?(?:release|disclosure|circulation)|ne pas (?:transmettre|communiquer) a des tiers|do not (?:forward|pass on|circulate|distribute|disclose)|ne pas distribuer|no distribuir|no (?:transmitir|comunicar|circular) a terceros|pre ?decisional|"
    r"sekretess|vertraulich|hemlig|riservato|confidenziale|sigiloso|vertrouwelijk|vs nfd|nur fur den dienstgebrauch|"
    r"ne pas communiquer|ne pas diffuser|reserve a l usage|usage reserve|niet verspreiden|nicht weitergeben|"
    r"usage administratif(?: uniquement)?|administrative use only|uso administrativo|unntatt offentlighet|"
    r"documento de uso interno|document (?:a|d) usage interne|internal document|prohibida su (?:difusion|divulgacion)|"
    r"diffusion interdite|interdit(?:e)? de diffusion|"
    r"distr\.? ?:? ?(?:limited|restricted|restreinte|limitada)|"
    r"(?:diffusion|distribution|difusion|distribucion) ?:? ?(?:\w+ ){0,4}(?:uniquement|seulement|only|unicamente|exclusivamente|solamente|solo)|"
    r"(?:diffusion|distribution|difusion|distribucion) ?:? ?(?:restricted to|limitee? a(?:ux?)?|limitada a|reservee? a(?:ux?)?|reservada a)|"
    r"non communicable|no comunicable|not communicable|commercial in confidence|con caracter reservado|"
    r"caracter (?:reservado|confidencial)|caractere confidentiel|"
    r"official sensitive|(?:for )?authori[sz]ed (?:users|personnel|staff|persons|officers) only|"
    r"a l attention exclusive (?:du|de la|des) destinataires?|for the (?:exclusive )?attention of the addressee only|"
    r"personal and confidential|personnel et confidentiel|personal y confidencial|"
    r"releasable (?:only )?to (?:\w+ ){0,5}(?:only|authorities)|"
    r"confidencial|restricted|restreint|restringid[oa])(?![a-z])"
)
_CJK = re.compile(r"取扱注意|秘密|機密|机密|内部资料|内部資料|部外秘|社外秘")
_PUBLIC_COPY = re.compile(
    r"(?<![a-z])(?:cleared for public release|approved for public release|"
    r"(?:copia|version|copie|copy|ejemplar|exemplaire) (?:testada |caviardee |redacted )?(?:para|pour|for) (?:la |el )?"
    r"(?:publicacion|difusion|diffusion|publication|public release))(?![a-z])"
)
_NEGATED = re.compile(
    # each alternative a whole word: not the "public" of "People's Republic"
    r"(?<![a-z])(?:(?<!controlled )(?:not|non|no|un|sin|sans)[ ]?(?:confidential|confidentiel(?:le)?|confidencial|restricted|"
    r"classified|classifie|clasificad[oa])|unclassified|non classifie|public version|version publique|"
    r"version publica|redacted version|version expurgee|version testada|publico|public(?![a-z])|tlp:? ?(?:white|clear)|"
    r"not protectively marked|acceso publico|version communicable|document communicable|"
    r"version (?:para|pour|for) (?:publicacion|publication)|distr\.? ?:? ?general|offentlig versjon|offentlig version|"
    r"version (?:diffusable|publiable|difundible|publicable)|version (?:para|pour) (?:el |le )?(?:portal|portail) (?:de |de la )?transparen\w*|"
    r"transparency (?:portal )?version|version for (?:the )?transparency portal)"
)
_NOT_A_MARKING = re.compile(
    r"derechos reservados|droits reserves|all rights reserved|tous droits reserves|copyright|"
    r"copia no controlada|internal procedure|procedure interne|procedimiento interno|"
    # A place, not the document: "RESTRICTED ACCESS ZONE", "zone à accès réservé".
    r"restricted (?:access )?(?:zone|area|site|premises)|(?:zone|area|site|salle|sala) (?:a |de )?acc(?:es|eso) "
    r"(?:restreint|reserve|restringido|limite|limitado)|acc(?:es|eso) (?:restreint|reserve|restringido) (?:au|a|al) personal\w*|"
    # A box of a form for the authority to fill in: "ESPACIO RESERVADO PARA LA AUTORIDAD"
    r"(?:espacio|casilla|recuadro|campo|cuadro|seccion|espace|cadre|case|zone|space|box|section) "
    r"(?:reservad[oa]|reservee?|reserved|restricted|restreinte?) (?:para|a|al|a la|au|aux|for)(?: (?:la|el|l|the|use of the))? \w+|"
    r"(?:for|para|pour) (?:office|official|administrative) use(?: only)? *:|"
    r"(?:a remplir par|a llenar por|para ser llenado por|to be (?:filled|completed) (?:in )?by) (?:l |la |el |the )?\w+"
)


_THIS_DOCUMENT = re.compile(
    r"(?<![a-z])(?:this document|the present document|le present document|ce document|"
    r"el presente documento|este documento|(?:document|documento) non? comunicable|document non communicable)(?![a-z])"
)
_PLACE = re.compile(
    r"RESTRICTED (?:ACCESS )?(?:ZONE|AREA|SITE|PREMISES)|(?:ZONE|SALLE) (?:[ÀA] |D')?ACC[ÈE]S "
    r"(?:RESTREINT|R[ÉE]SERV[ÉE]|LIMIT[ÉE])|(?:ZONA|[ÁA]REA|SALA) (?:DE )?ACCESO (?:RESTRINGIDO|RESERVADO|LIMITADO)",
    re.IGNORECASE,
)


# "[SENSITIVE] | Joint Protocol | v2.1 | Page 1 of 14": a running head cut in cells, not a table row.
_RUNNING_HEAD = re.compile(r"(?i)\b(?:page|p\.|página|pagina)\s*\d+\s*(?:of|de|sur|/)\s*\d+")


def _cells(line: str) -> list[str]:
    """A line cut at its bars or tabs."""
    return re.split(r"\s*\|\s*|\t+", line.strip(" |"))


def _running_head(line: str, cells: list[str]) -> bool:
    """A header cut in cells ("TERHAD | Sarawak Forestry Corporation | SOP/MWC/07"): it carries
    page numbers, or a marking fills its first or last cell."""
    return bool(_RUNNING_HEAD.search(line)) or any(
        _UPPER.fullmatch(c.strip("[] ")) for c in (cells[0], cells[-1])
    )


def _part_head(part: str) -> str:
    """A part of a header, folded, without a leading preposition ("À usage interne")."""
    folded = _NOT_A_MARKING.sub(" ", fold_for_rules(part)).strip()
    return re.sub(r"^(?:a|for|para|pour|en|de) (?=\w)", "", folded)


@dataclass(frozen=True)
class Marking:
    """What a document's margins say: a restriction, an explicit public marking, or nothing."""

    restrictive: str | None = None
    public: str | None = None


def _marking_lines(head: str) -> list[tuple[str, str]]:
    """Lines that could carry a marking: (original, folded), without copyright-like notices."""
    lines = []
    # One line cut in cells is a running head; several are a table
    rows = sum(len(_cells(line)) >= 3 for line in head.splitlines())
    for line in head.splitlines():
        line = line.strip()
        cells = _cells(line)
        if len(cells) >= 3 and rows > 1 and not _running_head(line, cells):
            continue  # a table's row: its remark speaks of that row's item, not this document
        if line:
            line = _PLACE.sub(" ", line)
            lines.append((line, _NOT_A_MARKING.sub(" ", fold_for_rules(line))))
            # A stamp or a handwritten note quoted in a description: « Ne pas publier – usage DF ».
            for quoted in re.findall(r"«\s*([^»]{2,70}?)\s*»|“([^”]{2,70})”", line):
                text = next(q for q in quoted if q)
                lines.append((text, _NOT_A_MARKING.sub(" ", fold_for_rules(text))))
    return lines


def _left_in(word: str, folded: str) -> bool:
    """Whether a word found on the original line is still there once the phrases that are not
    markings (a form's box, a copyright notice) are taken out of the folded line."""
    return fold_for_rules(word) in folded


def read_marking(margins: str) -> Marking:
    """The marking in a document's header, footer and first lines.

    Upper-case markings count anywhere in those lines; the same words in lower case count only on
    a short line of their own (a stamp), not inside a sentence that mentions them.
    """
    restrictive: str | None = None
    public: str | None = None
    for original, folded in _marking_lines(margins[:1500]):
        negated = _NEGATED.search(folded)
        upper = _UPPER.search(original)
        if (
            upper
            and upper.group(0) == "LIMITED"
            and not re.search(r"LIMITED (?:DISTRIBUTION|ACCESS)|DISTR\.?\s*:?\s*LIMITED", original)
        ):
            upper = None  # "Wildlife Rescue Limited": a company name
        if upper and not _left_in(upper.group(0), folded):
            upper = None  # "ESPACIO RESERVADO PARA LA AUTORIDAD": a box of a form, not a marking
        # A phrase counts on a short line (a stamp) or heading a line ("Sekretess enligt ...").
        # So does a note about the document itself ("el presente documento se remite con
        # carácter reservado"), wherever it is on its line.
        phrase = (
            _PHRASES.search(folded)
            if len(folded) <= 70 or _THIS_DOCUMENT.search(folded) or _COMMENT.match(original)
            # "USAGE ADMINISTRATIF UNIQUEMENT - Ne pas communiquer à des tiers - AGD&A": each
            # part of a header cut by dashes or bars heads a line of its own
            else next(
                (
                    m
                    for part in re.split(r"\s[-–|/]\s", original)
                    if (m := _PHRASES.match(_part_head(part)))
                ),
                None,
            )
        )
        cjk = _CJK.search(original)
        foreign, foreign_public = foreign_marking(original)
        if foreign and not _left_in(foreign, folded):
            foreign = None  # the same box of a form, in Portuguese capitals
        found = (
            (upper.group(0) if upper else None)
            or (phrase.group(0) if phrase else None)
            or (cjk.group(0) if cjk else None)
            or foreign
        )
        if found is None and foreign_public is not None:
            public = public or foreign_public
            continue
        copy = _PUBLIC_COPY.search(folded)
        if copy and not found:
            # "CLEARED FOR PUBLIC RELEASE - ... information redacted": the sender's public copy
            public = public or copy.group(0)
            continue
        says_public = (
            negated is not None
            and not re.search(r"clasificad|reservad", folded)
            and (found is not None or len(folded) <= 70 or negated.start() == 0)
            and (found is None or negated.start() <= folded.find(fold_for_rules(found)))
        )
        if says_public and negated is not None:
            # "NON CONFIDENTIEL", "VERSION PUBLIQUE": the document says it may be published.
            public = public or negated.group(0)
            continue
        if found and restrictive is None:
            restrictive = found
    if restrictive:
        return Marking(restrictive=restrictive)
    return Marking(public=public)


# A status the Party wrote into a file name ("..._CONFIDENTIAL.pdf", "..._NO_PUBLICAR.pdf",
# "..._PUBLICABLE.pdf"): whole words of the name, read like a marking on the document.
_NAME_RESTRICTIVE = re.compile(
    r"(?:^|[ ])(?:strictly confidential|confidential|confidentiel(?:le)?|confidencial|restricted|"
    r"restreint|reservad[oa]|internal use(?: only)?|usage interne|uso interno|in confidence|"
    r"no publicar|ne pas publier|do not publish|not for publication|non publiable|no publicable|"
    r"no difundir|ne pas diffuser|limited access|acces restreint|acceso restringido|diffusion restreinte|"
    r"difusion restringida|distribution limitee|limited distribution)(?=$|[ ])"
    # a place or a kind of species, not the document: "Zona_reservada_...", "Restricted_species"
    r"(?! (?:species|especes|especies|areas?|zones?|zonas?|range|sites?|goods|items|articles|weapons|substances))"
)
_NAME_PLACE = re.compile(
    r"(?:^|[ ])(?:zona|zone|area|aire|site) (?:reservad|restreint|restricted|restringid)"
)
_NAME_PUBLIC = re.compile(
    r"(?:^|[ ])(?:public|publique|publico|publica|publicable|publiable|publishable|"
    r"version publica|version publique|public version|para publicar|to publish|a publier)(?=$|[ ])"
)


def read_name_tag(filename: str) -> Marking:
    """The status written into a file name as words of their own, upper case for a public tag
    ("PUBLICABLE"; "Public_awareness_plan" names a subject, not a status)."""
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", filename)
    words = re.sub(r"[_.\-\s]+", " ", stem).strip()
    folded = fold_for_rules(words)
    restrictive = None if _NAME_PLACE.search(folded) else _NAME_RESTRICTIVE.search(folded)
    if restrictive and not re.search(
        r"(?:^|[ ])(?:not|non|no|un|sin|sans) " + re.escape(restrictive.group(0).strip()), folded
    ):
        return Marking(restrictive=restrictive.group(0).strip())
    upper = " ".join(w for w in words.split() if w.isupper() and len(w) > 1)
    public = _NAME_PUBLIC.search(fold_for_rules(upper))
    return Marking(public=public.group(0).strip()) if public else Marking()
