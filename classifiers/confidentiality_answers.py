"""Confidentiality stated as answers: to the Secretariat's questions quoted below a reply, and
in tables of documents with a confidentiality or remarks column."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial

from classifiers import confidentiality_lexicon as lex
from classifiers.confidentiality_legend import legend_of
from classifiers.confidentiality_lexicon import fold_for_rules
from classifiers.confidentiality_reading import (
    CONFIDENTIAL,
    PUBLIC,
    Signal,
    answer_side,
    first_alternative,
    polarity,
)
from classifiers.confidentiality_scope import (
    EXCEPTION,
    NAMED,
    TYPED,
    DocumentFacts,
    Reading,
    best_document,
    scope,
)
from classifiers.statements import (
    Segment,
    sentences_of,
    without_disclaimers,
)


def _answer_sentence(top: str) -> tuple[str, str | None]:
    """The sentence of a short reply that answers, and its yes (PUBLIC) or no (CONFIDENTIAL):
    the first word decides ("Yes, no problem." is a yes; "No." is a no), after a greeting or a
    preamble ("Dear Sofie, I checked with our Legal Unit. Yes, provided ...")."""
    content = [s for s in sentences_of(top) if not _GREETING.fullmatch(s)]
    for index, sentence in enumerate(content[:4]):
        words = " ".join(re.findall(r"[a-z]+", sentence)[:6])
        affirm, deny = lex.AFFIRM.search(words), lex.DENY.search(words[:25])
        # The first sentence answers; a later one only if it starts with the answer.
        first = index == 0
        if (
            affirm
            and (
                deny is None
                or affirm.start() < deny.start()
                # "No veo por qué no": the longer answer from the same word
                or (affirm.start() == deny.start() and affirm.end() > deny.end())
            )
            and (first or affirm.start() == 0)
        ):
            return sentence, PUBLIC
        if deny and (first or deny.start() == 0):
            return sentence, CONFIDENTIAL
    if re.search(r"\b(?:si|oui|yes)\s*[.!]?\s*$", top.split("\n")[0]):
        return top.split("\n")[0], PUBLIC
    return "", None


# A line of a reply that answers for one document: "Pour l'avenant : ...", "As for the list: ..."
_TOPIC_LINE = re.compile(
    r"(?m)^\s*(?:pour|for|para|as for|as to|quant a|en cuanto a|respecto (?:a|de)|sobre) [^:\n]{2,60}:\s*\S"
)
_GREETING = re.compile(
    r"(?:dear|hi|hello|estimad[oa]s?|hola|bonjour|madame|monsieur|chere?|buenos dias|buenas tardes)\b[^.!?]{0,40}[,:]?"
)
# Answers that say the access itself, not yes or no to what was asked ("3 - also limited").
_ABSOLUTE = {
    **dict.fromkeys(
        ("limited", "restricted", "confidential", "internal", "limite", "limitee", "restreint",
         "confidentiel", "confidentielle", "interne", "limitado", "restringido", "confidencial",
         "reservado", "interno"),
        CONFIDENTIAL,
    ),
    **dict.fromkeys(("public", "publique", "publico", "publica", "open"), PUBLIC),
}  # fmt: skip
_POSITIONAL_ANSWER = re.compile(
    r"((?:\d|[ivx]{1,3}|[a-e])(?:\s*(?:,|and|et|y|&)\s*(?:\d|[ivx]{1,3}|[a-e]))*)\s*[:=-]?\s*"
    r"(?:(?:also|too|aussi|egalement|tambien|idem) )?"
    rf"(yes|no|oui|non|si|ok|{'|'.join(_ABSOLUTE)})\b"
)
_ENUMERATED = re.compile(r"\((\d|[ivx]{1,3}|[a-e])\)\s*([^()?]+)")


def _positional_answers(
    top: str, question: str, docs: Sequence[DocumentFacts]
) -> list[tuple[list[int], str, bool]]:
    """ "1 and 2 yes. 3 no." to "May we publish (1) the SOP, (2) the list and (3) the agreement?"."""
    items: dict[str, int] = {}
    for label, description in _ENUMERATED.findall(question):
        target = best_document(description, docs)
        if target is not None:
            items[label] = target
    answers = []
    for labels, word in _POSITIONAL_ANSWER.findall(top):
        absolute = word in _ABSOLUTE  # "3 - also limited": whatever the question asked
        verdict = _ABSOLUTE[word] if absolute else CONFIDENTIAL if word in ("no", "non") else PUBLIC
        indices = [
            items[label] if label in items else int(label) - 1
            for label in re.findall(r"\d|[ivx]{1,3}|[a-e]", labels)
            if label in items or (label.isdigit() and 1 <= int(label) <= len(docs))
        ]
        if indices:
            answers.append((indices, verdict, absolute))
    return answers


def answers_on_top(
    parts: list[Segment], docs: Sequence[DocumentFacts], signals: dict[int, list[Signal]]
) -> str | None:
    """A short reply on top of a quoted question from the Secretariat about publishing: yes or
    no, with a condition ("Yes, provided ... before posting"), an exception ("Sí a todo, salvo
    al convenio") or by the question's numbers ("1 and 2 yes. 3 no."). Returns the sentence that
    answered (folded; empty for answers by number), or None when the reply answers nothing."""
    if len(parts) < 2:
        return None
    top_text = without_disclaimers(parts[0].text)
    top = fold_for_rules(top_text)
    if len(re.findall(r"[a-z]+", top)) > 40:
        return None
    if len(_TOPIC_LINE.findall(top)) >= 2:
        return None  # "Pour la convention : non ... Pour l'avenant : faites comme bon vous semble"
    answer, verdict = _answer_sentence(top)
    positional = bool(_POSITIONAL_ANSWER.search(top))
    if verdict is None and not positional:
        _names_for_which(top, parts[1:], docs, signals)
        return None
    for segment in parts[1:]:
        sentences = sentences_of(segment.text)
        for index, sentence in enumerate(sentences):
            folded = fold_for_rules(sentence)
            asks = lex.QUESTION_PUBLISH.search(folded) or lex.PUBLISH.search(folded)
            if not ("?" in sentence and (asks or lex.RESTRICT.search(folded))):
                continue
            # The answer takes the question's side: "Should the list stay restricted?" - "Yes".
            asked_polarity = polarity(first_alternative(folded)) or polarity(folded)
            if re.search(r"objection|objecion|inconveniente|s oppose|problem", folded):
                asked_polarity = CONFIDENTIAL  # "Is there any objection to publishing...?"
            side = partial(answer_side, asked_polarity)

            evidence = f'answer "{top.strip()[:60]}" to "{sentence[:160]}"'
            by_number = _positional_answers(top, folded, docs) if positional else []
            if by_number:
                for indices, value, absolute in by_number:
                    for i in indices:
                        said = value if absolute else side(value)
                        signals[i].append(Signal(said, NAMED, 0, f"{evidence} (by number)"))
                return ""
            if verdict is None:
                return None
            asked, specificity, why = scope(folded, sentence, docs, Reading())
            # "El listado sí", "Pour la fiche, oui": the answer names which documents it is
            # about, even one the question named in words the scope does not know.
            exception = lex.EXCEPT.search(answer)
            main = answer[: exception.start()] if exception else answer
            if _ASKS_WHICH.search(folded):
                # "Is there anything you would like us to keep off?" - "Sounds good. Just the
                # spreadsheet": a yes says nothing until the reply names what.
                main = top
            named, named_specificity, _ = scope(main, main, docs, Reading())
            if _ASKS_WHICH.search(folded) and (named_specificity < TYPED or not named):
                return None
            one_verdict = not (lex.AFFIRM.search(main) and lex.DENY.search(main))
            if named_specificity >= TYPED and named and set(named) != set(asked) and one_verdict:
                # "Confirmed - and the same goes for the SOP": the answer adds to the question's
                # documents; otherwise it names the ones it answers for.
                also = re.search(
                    r"\b(?:same|also|too|as well|aussi|egalement|tambien|idem)\b", main
                )
                asked = sorted(set(asked) | set(named)) if also else named
                why = "named in the answer"
            # "Yes, provided the bank details are removed before posting": not as sent.
            value = CONFIDENTIAL if polarity(main) == CONFIDENTIAL else side(verdict)
            for i in asked:
                signals[i].append(Signal(value, max(specificity, TYPED), 0, f"{evidence} ({why})"))
            if why != "named in the answer":
                _either_or(folded, sentences[index + 1 : index + 2], docs, signals, evidence)
            if exception:
                excepted, excepted_specificity, _ = scope(
                    answer[exception.end() :], answer[exception.end() :], docs, Reading()
                )
                if excepted_specificity >= TYPED:
                    other = PUBLIC if value == CONFIDENTIAL else CONFIDENTIAL
                    for i in excepted:
                        signals[i].append(Signal(other, EXCEPTION, 0, f"{evidence} (except)"))
            return answer
    return None


def rest_of_reply(top: Segment, answered: str, docs: Sequence[DocumentFacts]) -> Segment:
    """The sentences of the reply on top after the one that answered which name documents of
    their own, to read like any message: "Yes, the plan and the contract. The SOP we would
    rather keep to ourselves" ("Elle reste en accès restreint" only goes on with the answer).
    """
    if not answered:  # an answer by numbers: the reply holds nothing more to read
        return Segment("", top.depth)
    kept = []
    for sentence in sentences_of(top.text):
        folded = fold_for_rules(sentence).strip()
        _, specificity, why = scope(folded, sentence, docs, Reading())
        if folded not in answered and specificity >= TYPED and why != "as before":
            kept.append(sentence)
    return Segment("\n".join(kept), top.depth)


# A question that asks which documents, not whether: "Is there anything you would like us to
# keep off the public site?", "¿Hay algún documento que prefieran reservar?"
_ASKS_WHICH = re.compile(
    r"\b(?:anything|any of (?:them|the \w+)|any (?:document|file|attachment)s?|which (?:one|document|file)s?|"
    r"quelque chose|un document|lesquel(?:le)?s|quels? documents?|algo|algun(?:o|a)? (?:documento|archivo)?|cual(?:es)?)\b"
)


def _names_for_which(
    top: str, quoted: list[Segment], docs: Sequence[DocumentFacts], signals: dict[int, list[Signal]]
) -> None:
    """ "Le dernier seulement." to "Pourriez-vous nous indiquer lesquels de ces documents doivent
    être placés en accès limité ?": a reply that opens by naming documents answers a question
    asking which; the rest of the reply is read as usual."""
    content = [s for s in sentences_of(top) if not _GREETING.fullmatch(s)]
    if not content or len(re.findall(r"[a-z]+", content[0])) > 8 or polarity(content[0]):
        return
    named, specificity, why = scope(content[0], content[0], docs, Reading())
    if specificity < TYPED or not named or len(named) == len(docs):
        return
    for segment in quoted:
        for sentence in sentences_of(segment.text):
            folded = fold_for_rules(sentence)
            asked = polarity(folded)
            if "?" not in sentence or not _ASKS_WHICH.search(folded) or asked is None:
                continue
            evidence = f'answer "{content[0][:60]}" to "{sentence[:160]}" ({why})'
            for i in named:
                signals[i].append(Signal(asked, NAMED, 0, evidence))
            return


_OR_QUESTION = re.compile(r"^\s*(?:>\s*)*(?:or|ou|o)\b")


def _either_or(
    question: str,
    following: Sequence[str],
    docs: Sequence[DocumentFacts],
    signals: dict[int, list[Signal]],
    evidence: str,
) -> None:
    """ "May we publish the SOP and the agreement? Or should the agreement stay restricted?":
    a bare yes or no answers either; the documents the second alternative names stay in doubt."""
    first = first_alternative(question)
    alternative = question[len(first) :]
    if not alternative.strip():
        alternative = next(
            (
                fold_for_rules(s)
                for s in following
                if "?" in s and _OR_QUESTION.match(fold_for_rules(s))
            ),
            "",
        )
    if not alternative.strip() or polarity(alternative) is None:
        return
    named, specificity, _ = scope(alternative, alternative, docs, Reading())
    if specificity >= TYPED:
        for i in named:
            signals[i].append(
                Signal(CONFIDENTIAL, NAMED, 0, f"{evidence} (either alternative: doubt)")
            )


_TABLE_YES = re.compile(
    r"^(?:yes|oui|si|y|x|confidential|confidentiel(?:le)?|confidencial|restricted|restreint|"
    r"reservado|internal|interne|interno)\b"
)
_TABLE_NO = re.compile(r"^(?:no|non|n|public|publique?|publico|publica)\b")
# "Confidentiality: None" says nothing either way (as a "néant" in a slip's remarks)
_TABLE_NOTHING = re.compile(r"^(?:none|nil|aucune?|neant|ninguno?a?|nada|n a|na|-+)$")
# "Y*" with "* Once signed by the Minister" under the table: the answer waits on its footnote
_FOOTNOTE_MARK = re.compile(r"(\*+|\(\d\)|\[\d\])\s*$")
# Words that say the access whatever the column asks ("Disclosure: Open", "Publication : limitée").
_TABLE_OPEN = re.compile(
    r"^(?:open|ouverte?|abiert[oa]|libre|unrestricted|sin restriccion|"
    r"(?:seccion|parte|partie|section|part|base|site|sitio) (?:\w+ )?(?:publica|publique|public|abierta|ouverte|open)|"
    r"public (?:part|section|database|site|website))\b"
)
# "TBC", "(a definir – lo está revisando Jurídico)", "à voir": a position still reserved
_TABLE_PENDING = re.compile(
    r"^\(?\s*(?:tbc|tbd|to be (?:confirmed|decided|determined)|pending|a definir|por definir|por confirmar|"
    r"pendiente|en revision|a confirmer|a voir|a decider|en attente)\b"
)
# "Sí, sin el anexo 2", "Yes, without the annex": a part of the copy as sent is left out
_TABLE_PARTIAL = re.compile(
    r"^(?:yes|oui|si|ok|y),? (?:but |mais |pero )?(?:only )?(?:without|sans|sin|minus|moins)\b"
)
_TABLE_LIMITED = re.compile(
    r"^(?:limited|limitee?|limitad[oa]|restringid[oa]|reserved|reservee?|closed|fermee?|cerrad[oa])\b"
)


def _cell_verdict(value: str, inverted: bool) -> str | None:
    """What a folded cell of a confidentiality column says; `inverted` when the column asks
    about publication ("Publish?") rather than confidentiality."""
    if _TABLE_NOTHING.match(value):
        return None
    if _TABLE_PENDING.match(value):
        return CONFIDENTIAL
    if lex.CONDITION.search(value) or lex.EXCEPT.search(value) or _TABLE_PARTIAL.match(value):
        # "Sí, pero sin la columna de celulares", "Sí, salvo la hoja de firmas": not as sent
        return CONFIDENTIAL
    if _TABLE_OPEN.match(value):
        return PUBLIC
    if _TABLE_LIMITED.match(value):
        return CONFIDENTIAL
    if _TABLE_YES.match(value):
        return PUBLIC if inverted else CONFIDENTIAL
    if _TABLE_NO.match(value):
        return CONFIDENTIAL if inverted else PUBLIC
    return polarity(value)  # "Only to other MAs"


# "Agreement with the zoo - Confidential: Yes": one line per document, a label and its answer.
_LABELLED_LINE = re.compile(
    r"^\s*(?:[-*•]\s*)?(?P<name>\S.{2,150}?)\s+[-–—:]\s+(?P<label>confidential(?:ity)?|confidentiel(?:le)?|"
    r"confidentialite|confidencial(?:idad)?|public(?:ation)?|publish|publi(?:er|cacion|car)|access|acces|acceso)"
    r"\s*\??\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE | re.MULTILINE,
)


def labelled_line_signals(
    segment: Segment, docs: Sequence[DocumentFacts], signals: dict[int, list[Signal]]
) -> None:
    """Lines that each give a document and its answer ("SOP - Confidential: No")."""
    lines = list(_LABELLED_LINE.finditer(segment.text))
    if len(lines) < 2:
        return  # one such line is a sentence like the others
    for line in lines:
        label = fold_for_rules(line.group("label"))
        value = fold_for_rules(line.group("value")).strip(" ?.")
        verdict = _cell_verdict(value, inverted=bool(re.search(r"publi", label)))
        target = best_document(line.group("name"), docs)
        if verdict is not None and target is not None:
            evidence = f'line "{line.group(0).strip()[:160]}"'
            signals[target].append(Signal(verdict, NAMED, segment.depth, evidence))


def _waits_on_footnote(cell: str, text: str) -> bool:
    """Whether a cell's footnote ("* Once signed by the Minister") makes its answer wait on a
    condition the message does not show met."""
    mark = _FOOTNOTE_MARK.search(cell)
    if mark is None:
        return False
    footnote = re.search(rf"^\s*{re.escape(mark.group(1))}\s*(.+)$", text, re.MULTILINE)
    if footnote is None:
        return False
    note = fold_for_rules(footnote.group(1))
    waits = lex.CONDITION.search(note) or lex.PERMISSION_WAITS.search(note)
    return bool(waits) and not lex.CONDITION_MET.search(note)


def table_signals(
    segment: Segment, docs: Sequence[DocumentFacts], signals: dict[int, list[Signal]]
) -> None:
    """A table of documents with a confidentiality column ("Document | Type | Confidential?")."""
    rows = [
        [c.strip() for c in re.split(r"\s*\|\s*|\t+", line.strip(" |"))]
        for line in segment.text.splitlines()
        if "|" in line or "\t" in line
    ]
    rows = [r for r in rows if len(r) >= 2]
    if len(rows) < 2:
        return
    header = [fold_for_rules(c) for c in rows[0]]
    column = next(
        (
            i
            for i, c in enumerate(header)
            # public, publish, publier, disclosure, diffusion...
            # "Web?", "En ligne", "Destino": where each document may go
            if re.search(
                r"confiden|restric|publi|acces|disclos|divulga|diffusion|difusion|\bweb\b|online|"
                r"en ligne|en linea|^destin(?:o|ation)\b",
                c,
            )
        ),
        None,
    )
    remarks = False
    if column is None:
        # A slip's "Observations" column: each remark is read as a statement ("diffusion
        # restreinte"; "néant" says nothing).
        column = next(
            (
                i
                for i, c in enumerate(header)
                if re.search(
                    r"observations?|remarks?|remarques?|observaciones|comments?|commentaires?|comentarios|notes?|notas?",
                    c,
                )
            ),
            None,
        )
        remarks = True
    if column is None:
        return
    inverted = bool(re.search(r"publi|\bweb\b|online|en ligne|en linea", header[column]))
    legend = legend_of(segment.text)
    for row in rows[1:]:
        if column >= len(row):
            continue
        value = fold_for_rules(row[column]).strip(" ?.")
        code = row[column].strip()
        if code in legend:  # a code the message's legend explains
            coded, wording = legend[code]
            target = best_document(" ".join(c for i, c in enumerate(row) if i != column), docs)
            if target is not None:
                evidence = f'table row "{" | ".join(row)[:120]}", where {code} = "{wording[:80]}"'
                signals[target].append(Signal(coded, NAMED, segment.depth, evidence))
            continue
        verdict = (
            (polarity(value) if value else None) if remarks else _cell_verdict(value, inverted)
        )
        if verdict is None:
            continue
        evidence = f'table row "{" | ".join(row)[:160]}"'
        if verdict == PUBLIC and _waits_on_footnote(code, segment.text):
            verdict, evidence = CONFIDENTIAL, f"{evidence}, whose footnote sets a condition not met"
        target = best_document(" ".join(c for i, c in enumerate(row) if i != column), docs)
        if target is not None:
            signals[target].append(Signal(verdict, NAMED, segment.depth, evidence))
