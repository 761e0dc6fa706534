"""Reading a message for confidentiality statements: the polarity of each clause, what it is
about, and the signals it gives each document (see `classifiers.confidentiality`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from classifiers import confidentiality_lexicon as lex
from classifiers.confidentiality_learned import learned_doubt, learned_restriction
from classifiers.confidentiality_lexicon import fold_for_rules
from classifiers.confidentiality_personal import says_none_held
from classifiers.confidentiality_scope import (
    ALL,
    EXCEPTION,
    NAMED,
    TYPED,
    UNSCOPED,
    DocumentFacts,
    Reading,
    best_document,
    scope,
)
from classifiers.statements import (
    Segment,
    sentences_of,
    without_disclaimers,
    without_mentions,
)

CONFIDENTIAL, PUBLIC = "true", "false"
_ELLIPSIS_OPPOSITE = re.compile(
    r"(?:^|\s)(?:not|non|no|pas|nope|si|oui|yes|sim|cannot|can not|may not|ne peut pas|no puede)\s*[.!]?$|"
    # "... happy for the protocol to be published. The form shouldn't be, though"
    r"\b(?:should|must|may|can|could|need) not be\b(?!\s+(?:\w+(?:ed|en|wn)|made|put|kept|sent|shared|"
    r"public|published|posted|online|confidential|restricted|in|on|at|for|to)\b)"
)
# "is the same as", "est dans le même cas que", "corre la misma suerte que"
_SAME_AS = (
    r"(?:(?:is|are|goes|stands) (?:exactly |just )?(?:the same|in the same (?:position|situation|case)) as|"
    r"(?:est|sont) (?:dans le meme cas|logee?s? a la meme enseigne) que|"
    r"(?:esta|estan|corre|corren) (?:en el mismo caso|la misma suerte) que)"
)
_ELLIPSIS_SAME = re.compile(
    r"(?:^|\s)(?:too|also|as well|likewise|aussi|egalement|de meme|tambien|tampoco|non plus|either|neither|"
    r"y compris|inclus|incluse|compris|comprise|incluido|incluida|included|including)"
    # "La convention avec le WWF aussi, d'ailleurs."
    r"(?:,?\s*(?:d ailleurs|au fait|by the way|btw|por cierto|de hecho|of course|bien sur|por supuesto|claro))?\s*[.!)]?$|"
    r"^(?:y compris|including|incluido|incluida|incluyendo|inclus|incluse|included) |"
    r"^(?:as (?:can|may|is|are|does|do|will|should|must)|(?:tout )?comme|de meme que|al igual que|como tambien|igual que) |"
    # "Idem pour la liste", "Cela vaut aussi pour l'annuaire", "Lo mismo para el listado"
    r"^(?:(?:and|et|y) )?(?:idem|(?:the )?same (?:goes |applies )?(?:for|to)|likewise (?:for|with)|(?:cela|ceci|ca) vaut (?:aussi|egalement) pour|"
    r"igual (?:sucede|pasa|ocurre) con|igual (?:el|la|los|las)\b|"
    r"il en (?:va|est) de meme (?:pour|de)|(?:et )?pareil pour|lo mismo (?:vale |aplica )?(?:para|con|sirve para)|"
    r"(?:eso|esto) (?:vale|aplica) tambien (?:para|a)|igual (?:para|con)|(?:this|that) (?:also )?applies (?:also )?to) |"
    # "and the contact list is the same as the MoU in that respect" (the MoU cut off by
    # _SAME_AS_WHAT first); "NB: the list — same as the MoU, please"
    rf"\b{_SAME_AS}\b|(?:^|\s)(?:the )?same as(?: for)?(?:,? please)?\s*[.!]?$"
)
# What a document is compared with is not spoken of: "the list is the same as [the MoU ...]"
_SAME_AS_WHAT = re.compile(
    rf"\b({_SAME_AS}|(?<=\s)(?:the )?same as(?= (?:the |for the )?\w+(?:,? please)?\s*[.!]?$))\b.*$"
)
_TAG_QUESTION = re.compile(
    r"(?<=\w),\s*¿?\s*(?:dale|vale|ok|okay|s[ií]|no|verdad|cierto|right|ok then|yes|d'accord|entendu|"
    r"n'est-ce pas|oui|non|agreed)\s*\?\s*$",
    re.IGNORECASE,
)
_ASKING = re.compile(
    r"\s*(?:¿|(?:can|could|may|might|should|shall|would|will|is|are|do|does|did|have|has|what|which|how|"
    r"est-ce|pouvons|pouvez|peut|peuvent|faut|doit|puis|quel|quelle|comment|podemos|pueden|puede|"
    r"debemos|deben|hay|qu[eé]|cu[aá]l|c[oó]mo)\b)",
    re.IGNORECASE,
)
_DEMONSTRATIVE = re.compile(
    r"^\s*(?:that|this|cela|ceci|ca|eso|esto|ello|lo anterior)\s*[,.;:]?\s*$"
)
_ANSWER_MARK = re.compile(
    r"^\s*(?:→|->|=>|⇒|R\s*:|A\s*:|Answer\s*:|R[ée]ponse\s*:|Respuesta\s*:)\s*", re.IGNORECASE
)
# The divisions of a text, whatever it holds: its pages, chapters, sections.
_DIVISIONS = r"pages?|paginas?|chapters?|chapitres?|capitulos?|sections?|secciones?"
_PART_OF_DOCUMENT = re.compile(
    r"^\s*(?:the |les? |la |las |los |el )?(?:columns?|colonnes?|columnas?|campos?|fields?|"
    r"champs?|rows?|lignes?|filas?|(?:telephone|phone|telefono|mobile|cell)\w* numbers?|numeros?|names|noms|nombres|"
    r"datos personales|donnees personnelles|personal data|addresses|adresses|direcciones|domicilios|"
    rf"tables?|tableaux?|tablas?|{_DIVISIONS}|photographs?|photos?|fotos?|"
    r"fotografias?|maps?|cartes?|mapas?)\b"
)
# "son annexe 4", "its appendix": a part of the document just named, not another file
_OWN_PART = re.compile(
    r"^\s*(?:its|their|son|sa|ses|leur|leurs|su|sus) (?:annex\w*|anex\w*|appendi\w*|apendice\w*|partie|parties|"
    rf"part|parts|parte|partes|{_DIVISIONS})\b"
)
_ANNOUNCED = re.compile(
    r"^\s*(?:please find |you will find |we send |i send )?(?:attached|enclosed|herewith)(?: (?:are|is|please find|you will find))?\s+"
)
_BOTH = re.compile(
    r"(?<![a-z])(?:both|ambos|ambas|les deux|tous (?:les )?deux|toutes (?:les )?deux|los dos|las dos|the two)(?![a-z])"
)
# "The former can be published; the latter cannot": the last two documents named before.
_FORMER_LATTER = re.compile(
    r"^(?:\w+ ){0,2}(?:(the former)|(the latter)|(?:celui|celle) ci|ce dernier|cette derniere|"
    r"(?:este|esta) ultim[oa])\b"
)
_NOT_THIS_ONE = re.compile(r"(?:not|pas|no|non|ni) (?:the|la|le|les|el|los|las|l|its|sa|son|su)\b")
_ITEM_START = re.compile(
    r"\s*(?:(\d{1,2}|[ivx]{1,4}|[a-f])[.)]|\((\d{1,2}|[ivx]{1,4}|[a-f])\))\s+\S", re.IGNORECASE
)
_ROMAN_NUMBERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}
_REFUSAL = re.compile(
    r"(?:c est|es|is|the answer is|la reponse est|la respuesta es) (?:que )?(?:non|no)\s*[.!]?$"
)
_BARE_YES = re.compile(r"(?:,\s*|(?<=[a-z]) )(?:si|oui|yes|ok|okay)\s*[.!]?$")
_BARE_NO = re.compile(r"(?:,\s*|(?<=[a-z]) )(?:no|non|pas)\s*[.!]?$")
# "Pero la lista tampoco, por favor": "not ... either", with nothing before it the rules read.
_NOT_EITHER = re.compile(
    r"(?<=[a-z]) (?:tampoco|non plus|neither|either)(?:\s*,?\s*(?:por favor|s il vous plait|svp|please))?\s*(?:[.!]?$|:)"
)
# "Nous autorisons la publication de l'arrêté et de la procédure, et d'eux seuls": the clause
# before named the only documents that may be published.
_ONLY_THOSE = re.compile(
    r"^\s*(?:and|et|y|but|mais|pero) (?:of |de |d )?(?:them|those|these|it|that one|eux|elles?|lui|ellos|ellas?|el|ceux ci|celles ci|celui ci|celle ci|esos|esas|estos|estas|ese|esa)"
    r" (?:only|alone|seul(?:e|s|es)?|uniquement|solamente|unicamente|sol[oa]s?)\s*[.!]?\s*$|"
    r"^\s*(?:and|et|y|but|mais|pero) (?:nothing|rien|nada|none) (?:else|d autre|de plus|mas|otro)\s*[.!]?\s*$"
)
_WITHOUT_PART = re.compile(
    r"\b(?:but|pero|mais|only|solo|seulement|provided|siempre que|a condition) (?:\w+ ){0,2}(?:without|sin|sans)\b"
)
_THAT_ONE_SUBJECT = re.compile(
    r"^\s*(?:(?:so|and|but|then|donc|et|mais|alors|asi que|y|pero|entonces) )?"
    r"(?:(?:could|can|would|may|should|must|pourriez vous|pourrait on|podrian|podria|pueden) )?"
    r"(?:that one|this one|that document|that file|celui ci|celle ci|celui la|celle la|ese|esa|este|esta)\b"
)
_NEGATED_SUBJECT = re.compile(
    r"\b((?:nada|ninguno|ninguna|nothing|none|rien|aucun|aucune)(?: (?:de|of) (?:lo|los|las|ce|ceux|celles|what|the \w+))?)"
    r" (?:que|qui|that|which)\b"
)
_NOT_THAT = re.compile(
    r"^\s*(?:no es que|no porque|ce n est pas que|non (?:pas )?que|non pas parce que|"
    r"it s not that|it is not that|not that|not because)\b"
)
_RELATIVE_START = re.compile(
    r"\s*(?:que|qui|which|who|whose|dont|cuyo|cuya|el cual|la cual|lequel|laquelle)\b"
)
_ONLY = re.compile(
    r"(?<![a-z])(?:only|solely|seul(?:e|s|es)?|uniquement|seulement|solo|solamente|unicamente|lo unico|la unica)(?![a-z])"
    # "La version arabe, seule authentique, peut être publiée": which text prevails, not "only"
    r"(?! (?:authentique|authentic|autentic[oa]|valid[oa]?|valable|official|officielle?|oficial|fait foi|hace fe))"
    # "... but only after we have removed the column": when, not which
    r"(?! (?:after|once|when|until|if|apres|une fois|quand|lorsque|despues|una vez|cuando|si)\b)"
)
_EXCEPT_MARKED = re.compile(
    r"(?:,\s*)?(?<![a-z])(?:except(?: for)?|sauf|salvo|excepto|save)\s+(?:(?:what|where|those|that which|ce qui|ceux qui|celles qui|"
    r"lo que|los que|las que|lo|indication|mention) )?(?:is |are |est |sont |esta |esten )?"
    r"(?:marked|stated|indicated|otherwise (?:stated|indicated|marked)|marque(?:e|s|es)?|indique(?:e|s|es)?|"
    r"contraire|mention contraire|indicado|indicada|marcado|marcada|en contrario)(?![a-z])"
)
_PUBLIC_TAG = (
    r"public|publique|publico|publica|public domain|non confidentiel(?:le)?|no confidencial|not confidential|"
    r"diffusable|publiable|difundible|publicable|publishable|open access|acces (?:libre|ouvert)|acceso (?:abierto|libre)|"
    # "[OK web]", "[sí web]"
    r"(?:ok|oui|yes|s[ií]) (?:pour (?:le )?)?(?:web|online|en ligne|en l[ií]nea|site|sitio|publication|publicaci[oó]n)|"
    # "(libre)", "→ web"
    r"libre|web"
)
_RESTRICTED_TAG = (
    r"non diffusable|non publiable|no difundible|no publicable|not publishable|not for publication|"
    r"restricted|confidential|confidentiel(?:le)?|confidencial|reservad[oa]|restreint|internal use(?: only)?|"
    r"usage interne|uso interno|official use(?: only)?|uso oficial|limited access|acces restreint|acceso restringido|"
    r"closed access|restricted access|acces (?:ferme|limite)|acceso (?:cerrado|limitado)|"
    # "[pas web]", "[no web]"
    r"(?:pas|no|not|non) (?:de |en |on |sur (?:le )?)?(?:web|online|en ligne|en l[ií]nea|site|sitio|publication|publicaci[oó]n)|"
    # "(réservé)", "→ solo Secretaría"
    r"r[ée]serv[ée]e?s?|(?:solo|s[óo]lo|only|uniquement|seulement) (?:(?:la|le|the) )?secr[ée]tar[ií]a(?:t|do)?|"
    r"secr[ée]tariat (?:only|seulement|uniquement)"
)
_TAG_WORDS = rf"(?:{_PUBLIC_TAG}|{_RESTRICTED_TAG})"
# in square brackets only: "[open]", "[closed]" after a title
_OPEN_TAG, _CLOSED_TAG = r"open|ouverte?|abiert[oa]", r"closed|fermee?|cerrad[oa]"
# "(en ligne : oui)", "(publish: no)", "(publicable: sí, ...)": a question of publication answered
_YES_NO_KEY = (
    r"en ligne|mise en ligne|online|on line|en l[ií]nea|publication|publicaci[oó]n|publish|publishable|"
    r"publicable|publiable|publier|publicar|diffusion|difusi[oó]n|web|site|sitio"
)
_YES_TAG, _NO_TAG = r"oui|yes|s[ií]|y", r"non|no|n"
_TAG = re.compile(
    rf"\(\s*(?:{_YES_NO_KEY})\s*\??\s*[:=]\s*((?:{_YES_TAG}|{_NO_TAG})(?![a-z]))[^()]*\)|"
    rf"\[\s*({_TAG_WORDS}|{_OPEN_TAG}|{_CLOSED_TAG})\s*\]|\(\s*({_TAG_WORDS})\s*\)|[:–—→-]\s*({_TAG_WORDS})\s*(?:\([^()]*\))?\s*[.;]?\s*$",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"(?:qui|que|which|who|la cual|el cual|las cuales|los cuales|lequel|laquelle) (?:ne |no |n )?"
    r"(?:est|sont|is|are|es|son|sera|seront|seran|will|peut|peuvent|pourra|can|may|could|should|must|"
    r"puede|pueden|podra|podran|debe|deben|doit|doivent|esta|estan|contient|contains?|contiene)\b"
)
# A clause whose subject is a pronoun or "the latter": it speaks of a document named before.
_PRONOUN = re.compile(
    r"^\s*(?:it|this one|the latter|celle ci|celui ci|cette derniere|ce dernier|elle|il|"
    r"esta|este|esta ultima|este ultimo|ella|el mismo|la misma)\s+(?!y a\b|faut\b|est possible\b)"
    # Spanish leaves the subject out: "Es para la parte restringida", "Puede publicarse"
    r"|^\s*(?:es|sera|esta|va|debe|puede|podra|queda|lleva)\s+(?!(?:\w+ )?(?:todo|todos|todas|ambos|ambas)\b)"
)
_INSTRUCTION_ON = re.compile(
    r"\b(?:no publicar|no difundir|ne pas publier|ne pas diffuser|do not publish|don t publish|"
    r"not to publish|do not post)\s+(?:(?:el|la|los|las|le|les|l|the|our|nuestro|notre)\s+)?[a-z]{3,}"
)
_THAT_ONE = re.compile(
    r"^\s*(?:(?:asi que|so|donc|por lo tanto|therefore) )?(?:ese|esa|that one|this one|celui la|celle la|celui ci|celle ci)\b"
)
# "Nous retirons notre accord à sa publication": the publication of the document just named.
_ITS_PUBLICATION = re.compile(
    r"\b(?:sa|son|leur|su|sus|its|their) (?:publication|publicacion|diffusion|difusion|mise en ligne|release|posting)\b"
)
_FOR_NOW = re.compile(
    r",?\s*(?:por ahora|por el momento|de momento|for now|for the time being|pour l instant|"
    r"pour le moment|pour l heure)\s*[.!]?$"
)
# A restriction asked as a question: "Could the protocol live in the restricted section?"
_REQUEST = re.compile(
    # "..., so could that one go in the members-only part, please?"
    r"(?:^|\b(?:so|then|and|but|please|donc|alors|et|mais|entonces|y|pero|asi que) )"
    r"(?:could|can|would|may|pourriez|pourrait|pouvez|podrian|podria|pueden|puede)\b"
    r"(?=.*(?:restricted|limited access|confidential|restreint|confidentiel|reservad|restringid|confidencial|"
    r"out of the public|off the public|hors de la partie publique|fuera de la parte publica|members only))"
    # "Serait-il possible de ne pas faire figurer la liste sur le site ?": asks for a restriction
    r"|(?:(?:serait|est) il|would it be|is it|seria|es) possible (?:de |to |que )?(?:\w+ )?(?:ne pas|not|no)\b"
    r"|(?:could|would|can) you (?:please )?not\b|(?:pourriez|pouvez) vous (?:ne pas|ne)\b|(?:podrian|podria|pueden|puede) (?:usted(?:es)? )?no\b"
)
_HEADER_LINE = re.compile(
    r"^[ \t]*(?:from|de|date|fecha|sent|envoye|envoyé|enviado|to|à|para|cc|subject|objet|asunto)"
    r"[ \t]*:.*$",
    re.IGNORECASE | re.MULTILINE,
)
_SUBJECT = re.compile(r"^\s*(?:subject|objet|asunto|re|tr|fw|fwd)\s*:", re.IGNORECASE)
# An unticked box and its label, in a form the Party filled in: "[x] public [ ] limited access".
_UNTICKED = re.compile(
    r"(?:\[ ?\]|\( ?\)|☐)[ \t]*[^\[\]()☐☒☑✓✔\n]{1,40}?(?=[ \t]*(?:\[|\(|☐|☒|☑|$))", re.MULTILINE
)
_TICKED = re.compile(r"[ \t]*(?:\[[xX✓✔]\]|\([xX✓✔]\)|☒|☑)[ \t]*")
# "With regard to confidentiality, the Board will consider the matter...": the topic put first
# belongs to the clause that follows it.
_TOPIC_FIRST = re.compile(
    r"^\s*((?:with regard to|regarding|as regards|as for|as to|concerning|on|turning to|"
    r"en ce qui concerne|s agissant de|quant a|pour ce qui est de|concernant|sur|"
    r"en cuanto a|respecto (?:a|de)|con respecto a|en lo que respecta a|sobre|en relacion con)"
    r" (?:the |la |l |el |lo )?(?:question (?:of |de (?:la )?)?|issue of |cuestion de (?:la )?|tema de (?:la )?)?"
    r"(?:confidentiality|confidentialite|confidencialidad|publication|publicacion|publishing)(?: \w+){0,4})\s*,\s*"
)
_NE_QUE = re.compile(
    # not "ne ... aucun inconvénient à ce que ...": a negation of its own, and "à ce que"
    r"\b(?:ne|n) ((?:(?!(?:aucune?|pas|rien|jamais|plus|ce|personne|guere|point) )[a-z]+ ){1,6}?)que "
    r"(?=(?:(?:pour|a|au|aux|sur) )?(?:le|la|les|l|ce|cette|ces|notre|nos)\b)"
)
_NOTHING_BUT_FR = re.compile(r"\brien d autre que (.{3,120}?) (?:ne|n) ")
_NOTHING_BUT = re.compile(
    r"\b(?:nothing (?:else )?(?:but|other than|except(?: for)?|save)|nada (?:mas )?(?:que|salvo|excepto|aparte de)|"
    r"nada distinto (?:de|a)|aucun(?:e)? autre (?:document |piece )?que) "
)
_WISH_VERB = re.compile(
    r"(?:accept|admett|consent|voul|voud|souhait|desir|toler|aim|permett|autoris)\w*\s*$"
)


def _only_unless_wish(match: re.Match[str]) -> str:
    """ "ne ... que le guide" is "only the guide"; "ne saurions accepter que la liste soit
    publiée" is a refusal of what follows "que", left as it is."""
    if _WISH_VERB.search(match.group(1)):
        return match.group(0)
    return f"seulement {match.group(1)}"


_ASIDE = re.compile(
    r",\s*(?:claro esta|por supuesto|desde luego|naturalmente|evidentemente|bien sur|evidemment|"
    r"naturellement|of course|naturally|obviously|needless to say)\s*,"
)
_NUMBERED_LIST = re.compile(r"^\s*(?:\d{1,2}[.)]|\(\d{1,2}\)|[a-e][.)])\s+\S", re.MULTILINE)


@dataclass(frozen=True)
class Signal:
    polarity: str
    specificity: int
    depth: int
    evidence: str
    forwarded: bool = False  # said in a forwarded message, perhaps by someone else
    learned: bool = False  # read by the learned model where the rules found nothing
    doubt: bool = False  # the model leans to a restriction: holds a permission, decides nothing


def _negated(clause: str, start: int, after: int = 0) -> bool:
    """Whether a negation governs the words at `start` (from the last barrier, or `after`)."""
    window = clause[max(after, start - 80) : start]
    # "Nada de lo que adjuntamos tiene carácter confidencial": the relative belongs to the
    # negated subject, so its "que" does not end the negation's reach
    window = _NEGATED_SUBJECT.sub(r"\1", window)
    # "el convenio que ya no está vigente puede publicarse": the negation is of being in force
    window = _NO_LONGER_IN_FORCE.sub(" ", window)
    barrier = None
    for match in lex.NEGATION_BARRIER.finditer(window):
        barrier = match
    wish = None
    for match in _WISH_NOT.finditer(window):
        wish = match
    if wish is not None and (barrier is None or barrier.start() < wish.end()):
        return True  # "no queremos que el plan se publique": the "que" carries the wish
    if barrier is not None:
        window = window[barrier.end() :]
    return bool(lex.NEGATION.search(window))


_CONSENT_AWAITED = re.compile(
    r"\b(?:(?:a|ait|aient|has|have|haya|hayan) (?:\w+ )?(?:donne|given|dado) (?:son |leur |their |his |her |su )?"
    r"(?:accord|consent|consentement|consentimiento|conformidad)|(?:have|has|hayan|haya|aient|ait) (?:consented|agreed|consentido|accepte))\b"
)
_NO_LONGER_IN_FORCE = re.compile(
    r"\b(?:(?:ya )?no (?:esta|estan) (?:vigentes?|en vigor)|n (?:est|sont) plus (?:en vigueur|valables?|valides?)|"
    r"(?:is|are) no longer (?:in force|valid|current|in effect)|(?:is|are) not (?:in force|valid|current) any ?more)\b"
)
# A wish denied, reaching past its "que": "nous ne voulons pas que", "no queremos que".
_WISH_NOT = re.compile(
    r"\b(?:no|ne|n)\s+(?:\w+\s+)?(?:quer|quier|dese|quisi|prefer|souhait|veu|voul|voud|desir|tien|"
    r"aimer|gustar|accept|admett|admit|consent|acept|tolér|toler)\w*\s+(?:pas\s+|plus\s+)?(?:a\s+ce\s+)?que\b|"
    # "les familles n'ont pas toutes donné leur accord pour que leurs coordonnées soient diffusées"
    r"\b(?:no|ne|n|not)\b(?:\s+\w+){0,4}\s+(?:donne|given|dado)\s+(?:son|leur|su|sus|their|his|her)\s+"
    r"(?:accord|consent\w*|conformidad|autorisation|autorizacion)\s+(?:pour\s+que|para\s+que)\b"
)


_FIXED_NEGATION = re.compile(
    r"\b(?:no|not|non|sin|sans|without|nothing|rien|nada|aucune?|ningun\w*|ne|pas|cannot)\b"
)


def polarity(clause: str) -> str | None:
    """CONFIDENTIAL, PUBLIC, 'vague' (a non-statement) or None, for one folded clause."""
    if lex.VAGUE.search(clause):
        return "vague"
    clause = lex.GAZETTED.sub(" ", clause)
    bare = clause.strip(" .!:;")
    if bare in (
        "public",
        "publique",
        "publico",
        "publica",
        "all public",
        "tout public",
        "todo publico",
    ):
        return PUBLIC
    candidates = [
        (m, kind)
        for kind, pattern in (
            ("permit", lex.PERMIT),
            ("restrict", lex.RESTRICT),
            ("publish", lex.PUBLISH),
        )
        for m in pattern.finditer(clause)
    ]
    # Longest first: "no objection to the publication" is one permission, not a negated "publication".
    candidates.sort(key=lambda c: (-(c[0].end() - c[0].start()), c[0].start()))
    taken: list[tuple[int, int]] = []
    chosen: list[tuple[re.Match[str], str]] = []
    for match, kind in candidates:
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        taken.append(match.span())
        chosen.append((match, kind))
    votes: list[str] = []
    for match, kind in chosen:
        fixed = bool(_FIXED_NEGATION.search(match.group(0)))
        # A negation already spent inside an earlier phrase ("pas de souci pour la mise en
        # ligne") does not reach past it.
        after = max((e for s, e in taken if e <= match.start()), default=0)
        negated = not fixed and _negated(clause, match.start(), after)
        if kind == "restrict":
            votes.append(PUBLIC if negated else CONFIDENTIAL)
        else:
            votes.append(CONFIDENTIAL if negated else PUBLIC)
    if lex.CONDITION.search(clause):
        return CONFIDENTIAL
    if not votes:
        return None
    if (
        PUBLIC in votes
        and lex.PERMISSION_WAITS.search(clause)
        and not lex.ATTRIBUTION.search(clause)
    ):
        return CONFIDENTIAL
    # Within one clause a restriction qualifies a permission ("may be shared with Parties only").
    return CONFIDENTIAL if CONFIDENTIAL in votes else PUBLIC


def _about_documents(clause: str) -> bool:
    clause = lex.MESSAGE_AND_ATTACHMENTS.sub("the attachments", clause)
    return not lex.ABSENT.search(clause) and not lex.NOT_ABOUT_DOCUMENTS.search(clause)


@dataclass(frozen=True)
class _Clause:
    text: str
    sentence: str
    subject_line: bool = False
    antecedent: str = ""  # for a relative clause ("..., qui est public"): what it is about


_PARENTHETICAL = re.compile(r"\(([^()]{3,200})\)")
_ALSO = re.compile(r",\s*(?:ainsi que|as well as|along with|together with|asi como|junto con)\s+")
_CONJUNCTION = re.compile(r"\b(?:and|et|y|ainsi que|as well as|asi como|junto con)\b")


def _parentheticals(folded: str, sentence: str, subject_line: bool) -> tuple[str, list[_Clause]]:
    """ "Notre mode opératoire (diffusion restreinte) et le protocole": the parenthesis speaks of
    the words just before it, not of the whole sentence."""
    found: list[_Clause] = []

    def lift(match: re.Match[str]) -> str:
        inner = match.group(1)
        if lex.EXCEPT.search(inner) or polarity(inner) not in (CONFIDENTIAL, PUBLIC):
            return match.group(0)
        before = re.split(r"[,;:]", folded[: match.start()])[-1].strip()
        if not before:
            return match.group(0)
        found.append(_Clause(inner.strip(" ."), sentence, subject_line, before))
        return " "

    return _PARENTHETICAL.sub(lift, folded), found


def _also_split(piece: str) -> list[str]:
    """ "Le projet de plan, à ne pas publier, ainsi que notre procédure": the addition after
    "ainsi que" is not under the statement before it (unless the statement comes after both)."""
    match = _ALSO.search(piece)
    if match is None:
        return [piece]
    head, tail = piece[: match.start()], piece[match.end() :]
    if polarity(head) in (CONFIDENTIAL, PUBLIC) and polarity(tail) is None:
        return [head, tail]
    return [piece]


_AND_THE = re.compile(
    r" (?:and|et|y|e) (?=(?:the|le|la|les|l|el|los|las|our|notre|nos|nuestro|nuestra|nuestros|its|su|sus)\b)"
)


def _and_split(piece: str) -> list[str]:
    """ "El plan puede publicarse y la SOP es reservada": two statements of opposite sides
    joined by "and" without a comma are two clauses."""
    for match in _AND_THE.finditer(piece):
        head, tail = piece[: match.start()], piece[match.end() :]
        sides = polarity(head), polarity(tail)
        if None not in sides and sides[0] != sides[1]:
            return [head, *_and_split(tail)]
    return [piece]


_SUBORDINATE = re.compile(
    r"^\s*(?:si|if|when|cuando|lorsque|quand|once|une fois|una vez|provided|providing|a condition|siempre que|"
    r"hasta que|until|jusqu a ce|tant que|mientras|subject to|sous reserve|a reserva|sujeto a|pending|"
    r"on condition|as long as|so long as|en attendant)\b"
)
# What a condition put first may carry before its main clause: "Subject to clearance, which is
# pending, the list may be published"; "Una vez que el Ministerio firme, prevista para mayo, ..."
_ASIDE_OF_CONDITION = re.compile(
    r"^\s*(?:which|that|qui|que|la cual|el cual|lo cual|prevista?|previsto|prevue?|expected|"
    r"actualmente|currently|attendue?|awaited|en cours|en tramite|still|encore|aun|todavia)\b"
)


def _joined_conditions(parts: list[str]) -> list[str]:
    """ "Si hubiéramos obtenido la autorización, el convenio podría publicarse": a condition put
    first belongs to the clause after it."""
    joined: list[str] = []
    open_condition = False
    for part in parts:
        if joined and open_condition:
            joined[-1] = f"{joined[-1]}, {part}"
            # an aside keeps the condition open until its main clause comes
            open_condition = bool(_ASIDE_OF_CONDITION.match(part))
        else:
            joined.append(part)
            open_condition = bool(_SUBORDINATE.match(part))
    return joined


# "Pour la confidentialité, c'est ma collègue qui est compétente ; elle vous répondra": a decision
# put off is one statement, across the clauses that say who will give it.
_DEFERRED = re.compile(
    r"(?:confidential\w*|confidencialidad|publication|publicacion|publishing)\b[^.?!]{0,200}?\b"
    r"(?:will (?:revert|reply|respond|answer|come back|get back|let you know)|"
    r"(?:vous )?(?:repondra|repondrons|repondront|redirons|reviendrons|ferons connaitre)|"
    r"(?:le |les )?(?:respondera|responderemos|contestara|informaremos|comunicaremos)|"
    r"(?:te|le|les) (?:aviso|avisamos|avisare|avisaremos))\b"
)


def _clauses(sentence: str) -> list[_Clause]:
    subject_line = bool(_SUBJECT.match(sentence))
    folded = _EXCEPT_MARKED.sub(" ", fold_for_rules(sentence))
    if _DEFERRED.search(folded):
        return [_Clause(folded.strip(" ."), sentence, subject_line)]
    folded = _TOPIC_FIRST.sub(r"\1 ", folded)
    # "(menos, claro está, el contrato)": an aside between commas does not cut the clause
    folded = _ASIDE.sub(" ", folded)
    # "de ne rendre public que le guide": "only", not a negation
    folded = _NE_QUE.sub(_only_unless_wish, folded)
    # "Rien d'autre que la fiche n'a vocation à sortir", "Nothing but the SOP may go online"
    folded = _NOTHING_BUT_FR.sub(r"seulement \1 ", folded)
    folded = _NOTHING_BUT.sub("only ", folded)
    # "Publish everything but the annex": an exception, not a contrast.
    folded = re.sub(r"\b(everything|anything|all|todo|tout) but\b", r"\1 except", folded)
    result: list[_Clause] = []
    if not subject_line:  # "Asunto: ... (uso exclusivo de la Secretaría)" covers the whole message
        folded, result = _parentheticals(folded, sentence, subject_line)
    for piece in (
        p
        for whole in lex.CONTRAST.split(folded)
        if whole
        for also in _also_split(whole)
        for p in _and_split(also)
    ):
        if not piece or not piece.strip():
            continue
        for part in _joined_conditions(
            re.split(
                # Not before a relative pronoun: ", el cual contiene..." continues the same clause.
                r",\s+(?!(?:(?:el|la|los|las) cual|lequel|laquelle|lesquel|which|who)\b(?!\s+(?:may|can|is|are|puede|pueden|es|son|peut|peuvent|est|sont)\b))"
                r"(?=(?:the|le|la|les|l |el|lo|los|las|its?|their|leur|su|sus|whereas|et|y|and|as|because|since|though|although|"
                r"car|puisque|porque|ya que|dado que|pues|qui|que|which|who|el cual|la cual|lequel|laquelle|"
                r"asi que|por lo tanto|por eso|so|therefore|donc|c est pourquoi)\b)"
                # "qu'il reste entre nous : il décrit nos installations": the reason after a
                # spaced colon is a clause of its own
                r"|\s:\s(?=(?:il|elle|ils|elles|it|they|this|these|ce|cela|ceci|car|because|puisque|since)\b)"
                # "but its annex is not: the rates were negotiated for us only": the elided
                # answer ends its clause, and the reason follows
                r"|(?:(?<= not)|(?<= no)|(?<= pas)|(?<= non))\s?:\s",
                piece,
            )
        ):
            if not part.strip(" .:"):
                continue
            # ", qui est public," / ", which is public,": the relative clause speaks of what
            # precedes it, and what follows it belongs to the main clause again.
            relative = _RELATIVE.match(part)
            if relative and result:
                inner, _, rest = part.partition(",")
                result.append(_Clause(inner.strip(" ."), sentence, subject_line, result[-1].text))
                if rest.strip(" .:"):
                    result.append(_Clause(rest.strip(" ."), sentence, subject_line))
                continue
            result.append(_Clause(part.strip(" ."), sentence, subject_line))
    return _exception_put_after(result)


def _exception_put_after(clauses: list[_Clause]) -> list[_Clause]:
    """ "À part la délibération, qui est au Journal officiel, rien n'est pour le site": an
    exception put first, cut from its clause by a relative one, goes after that clause."""
    for i, clause in enumerate(clauses):
        opening = lex.EXCEPT.match(clause.text)
        if opening is None or clause.antecedent or polarity(clause.text) is not None:
            continue
        following = next((j for j in range(i + 1, len(clauses)) if not clauses[j].antecedent), None)
        if following is None:
            continue
        main = clauses[following]
        clauses[following] = _Clause(
            f"{main.text} {clause.text}", main.sentence, main.subject_line, main.antecedent
        )
        return clauses[:i] + clauses[i + 1 :]
    return clauses


class SegmentReader:
    """Reads one segment clause by clause, remembering what it said of which documents."""

    def __init__(
        self,
        segment: Segment,
        docs: Sequence[DocumentFacts],
        signals: dict[int, list[Signal]],
        stated_elsewhere: frozenset[int] = frozenset(),
        descriptions: dict[int, set[str]] | None = None,
        below: str = "",
    ) -> None:
        self.segment = segment
        self.docs = docs
        self.signals = signals
        # "The others" are the documents nothing else speaks of, here or in the messages below.
        self.reading = Reading(mentioned=set(stated_elsewhere), descriptions=descriptions or {})
        self.numbered = bool(_NUMBERED_LIST.search(segment.text))
        # The sender's own numbered list ("1. Procedure ... 2. MOU ..."): its numbers may not be
        # the order in which the files arrived.
        self.listed = _listed_documents(segment.text, docs)
        self.previous = self.current = ""  # the sentence before the one being read, and it
        folded = fold_for_rules(segment.text)
        self.condition_met = bool(lex.CONDITION_MET.search(folded))
        # The question may be in the message quoted below ("pregunta si puede publicar el
        # convenio ..."), answered here with "convenio sí ... Directorio no".
        self.about_publishing = any(
            p.search(text)
            for text in (folded, fold_for_rules(below))
            for p in (lex.PUBLISH, lex.PERMIT, lex.RESTRICT)
        )

    def read(self) -> None:
        text = self._inline_answers(without_mentions(without_disclaimers(self.segment.text)))
        # "SOP [x] public [ ] limited access": the option chosen, as "SOP: public"
        text = _TICKED.sub(": ", _UNTICKED.sub(" ", text))
        if len(_HEADER_LINE.findall(text)) >= 2:
            # A quoted message's "De : ... / Date : ... / Objet : ..." lines are one sentence each.
            text = _HEADER_LINE.sub(lambda m: m.group(0) + "\n\n", text)
        for sentence in sentences_of(text):
            self.previous, self.current = self.current, sentence
            if "|" in sentence or "\t" in sentence:
                continue  # table rows are read by table_signals
            # "El acta-convenio no la suban, ¿dale?": a statement with a tag, not a question
            if not _ASKING.match(sentence):
                sentence = _TAG_QUESTION.sub(".", sentence)
            if (
                sentence.rstrip().endswith("?") or sentence.lstrip().startswith("¿")
            ) and not _REQUEST.search(fold_for_rules(sentence).lstrip(" ¿")):
                continue  # a question states nothing, unless it asks for a restriction
            if self._tagged_item(sentence):
                continue
            self._list_item(sentence)
            for clause in _clauses(sentence):
                self._clause(clause)

    def _list_item(self, sentence: str) -> None:
        """ "1) Joint Administrative Order ..." then "This was published in the Gazette": an item
        of the message's list of documents is what the sentences after it speak of."""
        match = _ITEM_START.match(sentence)
        if match is None:
            return
        target = best_document(sentence[match.end() :], self.docs)
        if target is None:
            label = fold_for_rules(match.group(1) or match.group(2))
            number = int(label) if label.isdigit() else _ROMAN_NUMBERS.get(label, 0)
            if not number and len(label) == 1:
                number = ord(label) - ord("a") + 1
            target = number - 1 if 1 <= number <= len(self.docs) else None
        if target is not None:
            self.reading.last_scope = [target]

    def _inline_answers(self, text: str) -> str:
        """Answers written into the Secretariat's quoted questions ("(a) May the SOP be published?
        YES", "… doit-elle rester confidentielle ?" then "→ Non, …"): each pair decides the
        documents the question names; the rest of the text is returned for normal reading."""
        lines = text.splitlines()
        kept: list[str] = []
        i = 0
        while i < len(lines):
            question, mark, answer = lines[i].rpartition("?")
            arrow = bool(_ANSWER_MARK.match(answer))
            answer = _ANSWER_MARK.sub("", answer).strip()
            following = lines[i + 1] if i + 1 < len(lines) else ""
            if mark and not answer and _ANSWER_MARK.match(following):
                answer = _ANSWER_MARK.sub("", following).strip()
                if answer and self._answer(question, answer, marked=True):
                    kept.append("")
                    i += 2
                    continue
            elif mark and answer and self._answer(question, answer, marked=arrow):
                kept.append("")
                i += 1
                continue
            kept.append(lines[i])
            i += 1
        return "\n".join(kept)

    def _answer(self, question: str, answer: str, marked: bool = False) -> bool:
        """Decide the documents a question names from the answer written after it."""
        # "(a) May the agreement be published?": the label numbers the questions, not files.
        question = re.sub(r"^\s*(?:\(\w{1,3}\)|\w{1,3}[.)])\s+", "", question)
        asked = fold_for_rules(question)
        if not any(p.search(asked) for p in (lex.PUBLISH, lex.RESTRICT, lex.PERMIT)):
            return False
        reply = fold_for_rules(answer)
        said = polarity(reply)
        words = " ".join(re.findall(r"[a-z]+", reply)[:6])
        affirm, deny = lex.AFFIRM.search(words), lex.DENY.search(words[:25])
        marked = (
            marked
            or answer.isupper()
            or bool((affirm and affirm.start() == 0) or (deny and deny.start() == 0))
        )
        if not marked:
            return False  # the Secretariat's own next sentence, not an answer
        verdict: str | None = None
        if said == CONFIDENTIAL:
            verdict = CONFIDENTIAL  # "Yes but only the names, please remove the numbers"
        elif affirm or deny:
            yes = bool(affirm and (deny is None or affirm.start() < deny.start()))
            question_polarity = polarity(first_alternative(asked)) or polarity(asked)
            if re.search(r"objection|objecion|inconveniente|s oppose|problem", asked):
                question_polarity = CONFIDENTIAL
            verdict = PUBLIC if yes else CONFIDENTIAL
            if question_polarity == CONFIDENTIAL:
                verdict = CONFIDENTIAL if verdict == PUBLIC else PUBLIC
        elif said == PUBLIC:
            verdict = PUBLIC
        if verdict is None:
            return False
        if verdict == PUBLIC and (_WITHOUT_PART.search(reply) or lex.CONDITION.search(reply)):
            # "Afirmativo, pero sin la hoja de contactos del final": not the copy sent
            verdict = CONFIDENTIAL
        indices, specificity, why = self._scope(asked, question)
        evidence = f'answer "{answer[:60]}" to "{question.strip()[:140]}?" ({why})'
        self._emit(indices, Signal(verdict, max(specificity, TYPED), self.segment.depth, evidence))
        # "Yes, apart from the SOP": the documents excepted take the other side.
        exception = lex.EXCEPT.search(reply)
        if exception:
            excepted, excepted_specificity, _ = self._scope(reply[exception.end() :], answer)
            if excepted_specificity >= TYPED:
                other = PUBLIC if verdict == CONFIDENTIAL else CONFIDENTIAL
                signal = Signal(other, EXCEPTION, self.segment.depth, f"{evidence} (except)")
                self._emit(excepted, signal)
        return True

    def _tagged_item(self, sentence: str) -> bool:
        """A list item with its status as a tag: "[RESTRICTED] Joint protocol", "- Fiche : public"."""
        match = _TAG.search(sentence)
        if match is None or len(_TAG.findall(sentence)) > 1:
            return False  # several tagged items in one sentence: each parenthesis is read in place
        tag = fold_for_rules(next(g for g in match.groups() if g))
        verdict = (
            PUBLIC if re.fullmatch(f"{_PUBLIC_TAG}|{_OPEN_TAG}|{_YES_TAG}", tag) else CONFIDENTIAL
        )
        item = (sentence[: match.start()] + " " + sentence[match.end() :]).strip(" -*•:")
        target = best_document(item, self.docs)
        indices = [target] if target is not None else self._scope(fold_for_rules(item), item)[0]
        if (indices and len(indices) < len(self.docs)) or len(self.docs) == 1:
            self._emit(
                indices, Signal(verdict, NAMED, self.segment.depth, f'list item "{sentence[:160]}"')
            )
            return True
        return False

    def _scope(self, text: str, sentence: str) -> tuple[list[int], int, str]:
        numbered = self.numbered or bool(
            re.search(r"\d\s*(?:to|a|-|y|and|et)\s*\d", fold_for_rules(sentence))
        )
        indices, specificity, why = scope(text, sentence, self.docs, self.reading, numbered)
        if why == "named" and self.listed:
            indices = _by_the_list(text, indices, self.listed)
        return indices, specificity, why

    def _names_documents(self, text: str) -> bool:
        """Whether a clause names documents itself (not "eso sí", "that too")."""
        _, specificity, why = self._scope(text, text)
        return specificity >= TYPED and why != "as before"

    def _condition_on_one(self, text: str, sentence: str, depth: int) -> bool:
        """ "Tout peut être publié, sous réserve d'occulter les noms qui figurent dans la
        procédure": everything is public but the document the condition is about."""
        condition = lex.CONDITION.search(text)
        if condition is None or polarity(text[: condition.start()]) != PUBLIC:
            return False
        everything, specificity, _ = self._scope(text[: condition.start()], sentence)
        concerned, concerned_specificity, why = self._scope(text[condition.end() :], sentence)
        if specificity != ALL or concerned_specificity < TYPED or len(concerned) == len(everything):
            return False
        evidence = f'"{sentence[:220]}"'
        self._emit(everything, Signal(PUBLIC, ALL, depth, f"{evidence} (all documents)"))
        self._emit(
            concerned,
            Signal(CONFIDENTIAL, concerned_specificity, depth, f"{evidence} (condition on {why})"),
        )
        return True

    def _antecedent(self, text: str) -> str:
        """What a relative clause or a parenthesis speaks of: the nearest document named before
        it ("the plan and the protocol, which may be published": the protocol)."""
        last = _CONJUNCTION.split(text)[-1]
        if last.strip() and last != text and self._scope(last, last)[1] >= TYPED:
            return last
        return text

    def _named_in_parts(self, sentence: str) -> list[int]:
        """The documents a sentence names, each of its coordinated parts on its own ("the
        action plan and the contract": the file called so, and the contract)."""
        named: set[int] = set()
        sentence = _ANNOUNCED.sub("", sentence)  # "Attached are ...": not "the attached" (all)
        for part in _CONJUNCTION.split(sentence):
            indices, specificity, _ = self._scope(part, part)
            if specificity >= TYPED:
                named.update(indices)
        return sorted(named)

    def _former_or_latter(self, text: str) -> int | None:
        """The document "the former" or "the latter" points at, of the last two the previous
        sentence names (in the order they are attached)."""
        match = _FORMER_LATTER.match(text)
        if match is None or not self.previous:
            return None
        before = fold_for_rules(self.previous)
        named, specificity, _ = self._scope(before, before)
        if specificity < TYPED or len(named) < 2:
            return None
        return named[-2] if match.group(1) else named[-1]

    def _emit(self, indices: list[int], signal: Signal, mention: bool = True) -> None:
        signal = replace(signal, forwarded=self.segment.forwarded)
        for i in indices:
            self.signals[i].append(signal)
        if mention:  # "the others" later in the message leave these out
            self.reading.mentioned.update(indices)

    def _learned(
        self, indices: list[int], specificity: int, why: str, clause: _Clause, doubt: bool = False
    ) -> None:
        """A restriction in a wording the lexicon lacks ("Les coordonnées des soigneurs relèvent
        de la sphère privée"), read by the model and held for review. A clause naming nothing
        speaks of what its sentence named ("El listado debe quedar entre las autoridades, ya
        que trae los nombres"), or of the only document; it leaves the rules' reading of the
        message (what was said last, of which documents) as it was. A `doubt` (the model leans to
        a restriction without being sure) decides nothing: it holds for review what the rules
        make public, every document when it names none."""
        if specificity == UNSCOPED:
            if self.reading.last_scope and self.reading.last_sentence == clause.sentence:
                indices, specificity, why = list(self.reading.last_scope), TYPED, "as before"
            elif len(self.docs) != 1 and not doubt:
                return
        evidence = f'"{clause.sentence[:220]}" ({why})'
        signal = Signal(
            CONFIDENTIAL, specificity, self.segment.depth, evidence, learned=True, doubt=doubt
        )
        self._emit(indices, signal, mention=False)

    def _clause(self, clause: _Clause) -> None:
        text, reading, depth = clause.text, self.reading, self.segment.depth
        # "the contact list is the same as the MoU in that respect": the MoU is not spoken of
        text = _SAME_AS_WHAT.sub(r"\1", text)
        if _NOT_THAT.match(text):
            # "No es que el manual tenga nada de secreto, pero preferiríamos que no se
            # publicara": a concession that says nothing, naming what the next clause speaks of
            conceded = self._scope(text, clause.sentence)[0]
            if conceded and len(conceded) < len(self.docs):
                reading.last_scope, reading.last_sentence = conceded, clause.sentence
            return
        exception = lex.EXCEPT.search(text)
        main, excepted = (
            (text[: exception.start()], text[exception.end() :]) if exception else (text, "")
        )
        if exception and not main.strip(" ,") and "," in excepted:
            # "Con la salvedad del listado de colaboradores, puede difundirse."
            excepted, _, main = excepted.partition(",")
            if _RELATIVE_START.match(main):
                # "Salvo el contrato, que preferimos mantener en reserva, lo demás puede
                # difundirse": the relative clause belongs to what is excepted
                said, comma, after = main.partition(",")
                if comma:
                    excepted, main = f"{excepted},{said}", after
        if exception and excepted.strip() and _RELATIVE_START.match(main):
            # "(salvo el contrato,) que preferimos mantener en reserva": what is said is said of
            # the document excepted
            main, excepted, exception = f"{excepted} {main}", "", None
        # "Apart from that, the Division is content for what it has enclosed to be published":
        # what the sentence before spoke of is excepted
        said_before = (
            list(reading.last_scope)
            if _DEMONSTRATIVE.match(excepted) and reading.last_sentence != clause.sentence
            else []
        )
        found = polarity(main) if main.strip() else None
        if found is not None and (
            lex.WITHDRAWN_MARKING.search(text)
            # "the stamp was put there by mistake: the convention may be published" permits
            or (lex.WITHDRAWN_MARKING.search(fold_for_rules(clause.sentence)) and found != PUBLIC)
        ):
            found = "vague"  # "Please disregard the CONFIDENTIAL marking on the SOP"
        evidence = f'"{clause.sentence[:220]}"'
        elliptic = found is None and reading.last_polarity and self._names_documents(text)
        text = _FOR_NOW.sub("", text)  # "ese no, por ahora": the answer is "no"
        if found is None and reading.last_polarity and _THAT_ONE.match(text):
            # "el convenio tiene una cláusula en discusión, así que ese no": the document the
            # sentence just named
            elliptic = bool(reading.last_scope) and reading.last_sentence == clause.sentence
        if found is None and _REFUSAL.search(text) and self._names_documents(text):
            found = CONFIDENTIAL  # "Pour le contrat, c'est non."
        elif found is None and not reading.last_polarity and self._names_documents(text):
            # "El plan, sí; el convenio, no.", in a message about publishing.
            if _BARE_YES.search(text) and self.about_publishing:
                found = PUBLIC
            elif (_BARE_NO.search(text) or _NOT_EITHER.search(text)) and self.about_publishing:
                found = CONFIDENTIAL
        if found is None and reading.last_polarity:
            if elliptic and (_ELLIPSIS_OPPOSITE.search(text) or _NOT_THIS_ONE.match(text)):
                # "el protocolo puede publicarse, el contrato no"; "... mais pas la version annotée"
                found = PUBLIC if reading.last_polarity == CONFIDENTIAL else CONFIDENTIAL
            elif elliptic and _ELLIPSIS_SAME.search(text):  # "le plan d'action aussi"
                found = reading.last_polarity
            elif exception:  # "... except the contract" continuing the previous clause
                found, main = reading.last_polarity, ""
        if (
            found is None
            and reading.last_polarity == PUBLIC
            and reading.last_scope
            and reading.last_sentence == clause.sentence
            and _ONLY_THOSE.match(text)
        ):
            rest = [i for i in range(len(self.docs)) if i not in reading.last_scope]
            signal = Signal(
                CONFIDENTIAL, TYPED, depth, f"{evidence} (not the ones that may be published)"
            )
            self._emit(rest, signal, mention=False)
            return
        if found in (None, "vague"):
            if main.strip():
                indices, specificity, why = self._scope(main, clause.sentence)
                if found is None and depth == 0:
                    if learned_restriction(main):
                        self._learned(indices, specificity, why, clause)
                    elif learned_doubt(main) and not says_none_held(main):
                        self._learned(indices, specificity, why, clause, doubt=True)
                if indices and len(indices) < len(self.docs):
                    reading.last_scope, reading.last_sentence = indices, clause.sentence
            return
        assert found is not None
        if (
            found == CONFIDENTIAL
            and self.condition_met
            and (lex.CONDITION.search(main or text) or lex.PERMISSION_WAITS.search(main or text))
            # the copy met a condition on its content, not the consent of people still asked
            # ("L'annuaire : pas avant que chacune des personnes ... ait donné son accord")
            and not _CONSENT_AWAITED.search(main or text)
        ):
            # "May be published once the numbers are removed; this is the anonymised version."
            found = PUBLIC
        if found == CONFIDENTIAL and self._condition_on_one(main or text, clause.sentence, depth):
            return
        if (
            exception
            and found == PUBLIC
            and (
                (
                    _PART_OF_DOCUMENT.search(excepted)
                    and self._scope(excepted, clause.sentence)[1] < TYPED
                )
                # "à l'exception de son annexe 4": a part of the document just named
                or _OWN_PART.search(excepted)
            )
        ):
            # "La lista puede publicarse, salvo las columnas de teléfonos": not as sent.
            found, excepted = CONFIDENTIAL, ""
        # "Hasta que concluya el proceso judicial, el acta no debe circular": the condition
        # put first says when, not what.
        if not _about_documents(
            re.sub(r"^[^,]*,\s*", "", main or text, count=1)
            if _SUBORDINATE.match(main or text)
            else (main or text)
        ):
            return
        if clause.antecedent and not _about_documents(fold_for_rules(clause.sentence)):
            return  # "Our reports, which are confidential, are not attached."
        if main.strip():
            indices, specificity, why = self._scope(
                self._antecedent(clause.antecedent) if clause.antecedent else main,
                clause.sentence,
            )
            if clause.antecedent and specificity == UNSCOPED:
                return  # a relative clause about something that is not an attached document
            if (
                specificity == UNSCOPED
                and (_PRONOUN.match(main) or _ITS_PUBLICATION.search(main))
                and self.previous
            ):
                # "... le plan d'action et la convention signée. Celle-ci ne doit pas être
                # publiée.": the document the previous sentence named last.
                before = fold_for_rules(self.previous)
                named, named_specificity, _ = self._scope(self._antecedent(before), before)
                if named_specificity >= TYPED and len(named) == 1:
                    indices, specificity, why = named, TYPED, "the document named just before"
            if specificity <= ALL and _BOTH.search(main) and self.previous:
                # "Adjunto el protocolo ... y el convenio ... Pueden publicarse ambos.": the two
                # documents the previous sentence named, not every file of the message.
                both = self._named_in_parts(fold_for_rules(self.previous))
                if len(both) == 2:
                    indices, specificity, why = both, TYPED, "both named just before"
            former_latter = self._former_or_latter(main)
            if former_latter is not None:
                indices, specificity, why = [former_latter], TYPED, "the former or the latter"
            if (
                reading.last_excepted
                and reading.excepted_sentence == self.previous
                and _THAT_ONE.match(main)
            ):
                indices, specificity, why = list(reading.last_excepted), TYPED, "the one excepted"
            if (
                reading.last_scope
                and reading.last_sentence == clause.sentence
                and _THAT_ONE_SUBJECT.match(main)
            ):
                # "The list has home addresses on it, so could that one go in the members-only
                # part?": the document the sentence just named
                indices, specificity, why = list(reading.last_scope), TYPED, "as before"
            if (
                specificity == UNSCOPED
                and reading.last_scope
                and reading.last_sentence == clause.sentence
            ):
                # "El PACE estuvo bajo embargo hasta el 1 de febrero; ya es público."
                indices, specificity, why = list(reading.last_scope), TYPED, "as before"
            if (
                clause.subject_line
                and found == CONFIDENTIAL
                and not (specificity >= TYPED and _INSTRUCTION_ON.search(main))
            ):
                # "Confidential: contract attached" in a subject: doubt covers the whole message;
                # not "(NO PUBLICAR PROTOCOLO)", an instruction about the document it names.
                indices, specificity, why = list(range(len(self.docs))), ALL, "subject line"
            self._emit(indices, Signal(found, specificity, depth, f"{evidence} ({why})"))
            if found == PUBLIC and depth == 0 and learned_doubt(main):
                # the two readers disagree on the clause itself: a reviewer decides
                self._learned(indices, specificity, why, clause)
            if found == PUBLIC and _ONLY.search(main) and indices and specificity >= TYPED:
                # "Only the summary may be published": everything else is restricted.
                rest = [i for i in range(len(self.docs)) if i not in indices]
                self._emit(
                    rest,
                    Signal(
                        CONFIDENTIAL,
                        specificity,
                        depth,
                        f"{evidence} (not the one that may be published)",
                    ),
                    mention=False,  # "...; please keep the other documents restricted"
                )
            if indices:
                reading.last_scope, reading.last_sentence = indices, clause.sentence
        if excepted.strip():
            other = PUBLIC if found == CONFIDENTIAL else CONFIDENTIAL
            indices, specificity, why = self._scope(excepted, clause.sentence)
            if said_before:
                indices, specificity, why = said_before, TYPED, "what was said before"
            # What is excepted is not what the clause itself spoke of: a pronoun in it ("except
            # of course the leaflet, which anyone may read") does not take every document back.
            if specificity >= TYPED and indices and why != "as before":
                self._emit(indices, Signal(other, EXCEPTION, depth, f"{evidence} (except {why})"))
                # "..., salvo el listado de voluntarios. Ese déjelo en la parte restringida":
                # what a demonstrative next takes up is the document excepted last
                reading.last_excepted, reading.excepted_sentence = indices, clause.sentence
        reading.last_polarity = found


_LIST_ITEM = re.compile(r"^\s*(?:\(?(\d{1,2})[.)]|\((i{1,3}|iv|v)\))\s+(\S.{3,200})$", re.MULTILINE)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
# "Item 2", "point 3", "el 3", "la pièce 2", "attachment 2", "la deuxième pièce jointe"
_ITEM_NUMBER = re.compile(
    r"(?<![a-z])(?:(item|point|punto|numero|no|n|el|la|le)|(attachment|annex|piece jointe|piece|adjunto|anexo|documento?|fichier|archivo|file)s?)"
    r"\s*(?:n[o°]\s*)?(\d{1,2}|\(?(?:i{1,3}|iv|v)\)?)(?![a-z0-9])"
)
_ORDINAL_ATTACHMENT = re.compile(
    r"(?<![a-z])(?:(premiere?|first|primer[oa]?)|(deuxieme|seconde?|second|segund[oa])|(troisieme|third|tercer[oa]?)|"
    r"(quatrieme|fourth|cuart[oa]))\s+(?:piece jointe|piece|attachment|adjunto|archivo|fichier|document[oa]?|file)"
)


def _listed_documents(text: str, docs: Sequence[DocumentFacts]) -> dict[int, int]:
    """Position in the sender's numbered list -> the document its item describes, when every
    item describes a different document."""
    listed: dict[int, int] = {}
    for number, roman, description in _LIST_ITEM.findall(text):
        target = best_document(description, docs)
        if target is None:
            return {}
        listed[int(number) if number else _ROMAN[roman]] = target
    if len(listed) < 2 or len(set(listed.values())) != len(listed):
        return {}
    return listed


def _by_the_list(clause: str, indices: list[int], listed: dict[int, int]) -> list[int]:
    """Documents named by number: an item of the sender's list is the document it describes
    ("Item 2 is not for publication", the list's second line being the MOU); an attachment
    number could be either, so both are kept."""
    found = set(indices)
    references = [
        (bool(m.group(1)), int(n) if (n := m.group(3).strip("()")).isdigit() else _ROMAN[n])
        for m in _ITEM_NUMBER.finditer(clause)
    ] + [
        (False, next(i for i, g in enumerate(m.groups(), 1) if g))
        for m in _ORDINAL_ATTACHMENT.finditer(clause)
    ]
    for of_the_list, number in references:
        if number not in listed:
            continue
        if of_the_list and number - 1 != listed[number]:
            found.discard(number - 1)
        found.add(listed[number])
    return sorted(found)


def first_alternative(question: str) -> str:
    """ "May we publish it, or should it go in the limited part?": a yes agrees to the first."""
    return re.split(
        r",?\s+(?:or|ou|o)\s+(?=should|must|would|devrait|doit|faut|debe|deberia|is|est|es|it|il|elle|"
        r"se|do|does|prefer|prefiere|preferez|shall|will|sera|in|dans|en|to|a|au)\b",
        question,
    )[0]


def answer_side(asked_polarity: str | None, value: str) -> str:
    """A yes to "Should it stay restricted?" restricts; a yes to "May we publish it?" permits."""
    if asked_polarity == CONFIDENTIAL:
        return CONFIDENTIAL if value == PUBLIC else PUBLIC
    return value
