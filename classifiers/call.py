"""Which call a message answers: its reference, the thread it replies to, its subject matter.

In this order:

1. An automatic reply, a bounce or a newsletter answers no call, even when it echoes a call's
   subject; nor does a third party's enquiry (a student, a journalist).
2. A reference written in the message (subject, body, then attachments) wins: the call's number
   in its written forms ("Notificación a las Partes No. 2021/008", "Notif. 2021-008", "2021/08",
   "008/2021"), an alias, or the call's title. A number that is the sender's own file reference
   ("Our ref: 2021/008") is not a reference. Only another notification's number -> no call.
3. The thread: a reply to a message of a call (known thread, or the call's reference in a "RE:"
   subject) belongs to it, unless the message is plainly about another subject.
4. Subject matter: the call's keywords (config/calls/*.toml), stemmed, weighed by length and by
   place (subject counts double), among the calls opened by the time of receipt. A call that
   closed (or, without a deadline, opened) years before competes at a fraction of its weight.
   Other business of the Convention (annual reports, permits, quotas, seized ivory or timber,
   meetings, finance) outweighs it when named in the subject.
5. The only current call (open, or closed less than two years ago) that has a deadline, when
   the message has some of its subject matter, that of no other call and no other business:
   flagged `call_by_default`. A call without a deadline is "open" for ever and is never a
   default: every message about anything else would land in it.

Otherwise no call, flagged `call_unmatched` for triage.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from classifiers.doc_type import fold
from classifiers.kind import _AUTO_SUBJECT, _BOUNCE_SUBJECT
from intake.calls import Call
from intake.domain import Decision

ThreadLookup = Callable[[Sequence[str]], str | None]

MIN_SUBJECT_MATTER = 3.0  # a phrase in the subject, or three words, or two different keywords
PLACE_WEIGHTS = {"subject": 2.0, "body": 1.0, "documents": 1.0}
OFF_TOPIC_PLACE_WEIGHTS = {"subject": 3.0, "body": 0.5, "documents": 0.5}
OFF_TOPIC_MIN = 1.5

_REPLY_PREFIX = re.compile(r"^\s*((re|aw|r|antw|sv|vs|odp)\s*:\s*)+", re.IGNORECASE)
_PREFIXES = re.compile(
    r"^\s*((re|aw|r|antw|sv|vs|odp|fw|fwd|tr|rv|wg|enc|i)\s*:\s*)+", re.IGNORECASE
)
# Where the quoted message starts in a reply.
_QUOTE_START = re.compile(
    r"^\s*(>|on .{4,120} wrote\s*:|le .{4,120} a [ée]crit\s*:|el .{4,120} escribi[óo]\s*:|"
    r"-{2,}\s*(original message|message d'origine|mensaje original)|"
    r"(from|de|von)\s*:.*\n\s*(sent|envoy[ée]|enviado|gesendet|date|fecha)\s*:)",
    re.IGNORECASE | re.MULTILINE,
)
_NOTIFICATION_WORD = re.compile(r"notif", re.IGNORECASE)
_OWN_REFERENCE = re.compile(
    r"\b(our|your|my|n|v|nuestra|su|notre|votre)\s*/?\s*(ref|r[ée]f|reference|référence|"
    r"referencia)\b|\b(file|dossier|expediente|oficio)\s*(no|n°|nº)?\.?\s*:?\s*$",
    re.IGNORECASE,
)
_OTHER_NOTIFICATION = re.compile(
    r"notif\w*\.?(\s+(to the parties|aux parties|a las partes))?\s*(no\.?|n[°º]\.?|nr\.?|"
    r"num\.?|número|numero)?\s*(?P<year>(19|20)\d\d)\s*[/.-]\s*(?P<number>\d{1,3})(?![\d/])",
    re.IGNORECASE,
)
# Automatic replies that keep the subject, bounces, and mailing-list mail answer no call.
_AUTOMATED_BODY = re.compile(
    r"\bout of (the )?office\b|\baway from the office\b|limited access to e-?mail|"
    r"\bi will be back on\b|absente? du bureau|je suis absente?\b|fuera de la oficina|"
    r"estar[ée] ausente|\bdelivery has failed\b|could not be delivered|\bundeliverable\b|"
    r"mail delivery (subsystem|failed)|mailbox (is )?full|non remis|no se (ha )?pudo entregar|"
    r"\bunsubscribe\b|se desabonner|se desinscrire|darse de baja|cancelar (la )?suscripcion|"
    r"view this e-?mail in your browser",
)
AUTOMATED_BODY_CHARS = 1500
# Third parties asking for information (a student, a journalist) answer no call.
_ENQUIRER = re.compile(
    r"\b(i am|i'm|we are) (a |an )?(\w+ )?(student|journalist|researcher|phd candidate)s?\b|"
    r"\b(my|our) (master'?s |phd |doctoral )?(thesis|dissertation|research project)\b|"
    r"\bje suis (un |une )?(etudiant|etudiante|journaliste|chercheur|chercheuse|doctorant)|"
    r"\b(ma|notre) (these|memoire)\b|\bsoy (un |una )?(estudiante|periodista|investigador)|"
    r"\b(mi|nuestra) tesis\b",
)
# A request for information with nothing sent is not a reply to a call.
_REQUEST = re.compile(
    r"\b(could|can|would) you (please |kindly )?(send|provide|share|forward|give|tell) (me|us)\b|"
    r"\bplease (send|provide|share) (me|us)\b|\bwe would like to (receive|obtain|know)\b|"
    r"\bpourriez-vous (me |nous )?(envoyer|transmettre|communiquer|fournir|indiquer)|"
    r"\bnous souhaiterions (obtenir|recevoir|savoir)|"
    r"\bpodria(n)? (usted(es)? )?(enviarme|enviarnos|proporcionarme|proporcionarnos|"
    r"indicarme|indicarnos|facilitarme|facilitarnos)|\bquisieramos (recibir|obtener|saber)",
)
_CONTRIBUTION = re.compile(
    r"attach|enclos|herewith|ci-joint|joint|adjunt|anexo|remit|our (reply|response|"
    r"contribution|submission|documents?)|notre (reponse|contribution)|nos documents|"
    r"nuestra (respuesta|contribucion)|nuestros documentos|we (send|submit|share)|"
    r"nous (transmettons|envoyons|adressons)|enviamos|le envio|te envio",
)
# Words of a reply to a call, on stems: what the only current call's default needs at least.
_ANSWER_WORDS = re.compile(
    r" (notif\w*|reply|repli|respons|respuest|repons|contribution|contribucion|submission|"
    r"deadlin|dat limit|fech limit|plaz|prorrog|extension|delai|questionnair|cuestionari) "
)
_ARTICLES = ("the", "la", "le", "les", "l", "el", "los", "las", "d", "de", "des", "du", "del")

# Other business of the Convention: subjects no configured call asks about. A word that a call
# lists among its keywords is never off-topic for that call.
OFF_TOPIC: dict[str, float] = {
    **dict.fromkeys(
        [
            "annual report", "illegal trade report", "rapport annuel", "informe anual",
            "permit", "permits", "export permit", "permis", "permiso", "permisos",
            "e-permit", "e-permitting", "electronic permit", "permis electronique",
            "permiso electronico", "permit application", "demande de permis",
            "solicitud de permiso", "quota", "quotas", "cupo", "cupos", "contingent",
            "registration", "captive-breeding operation", "enregistrement",
            "security stamp", "timbre de securite", "sello de seguridad",
            "newsletter", "unsubscribe", "se desabonner", "darse de baja",
            "ivory", "ivoire", "marfil", "timber", "madera", "rosewood", "palo de rosa",
            "bois de rose", "dalbergia", "pangolin scales", "ecailles", "escamas",
            "skins", "peaux", "pieles", "rhino horn", "corne de rhinoceros", "caviar",
            "captive breeding", "captive-breeding", "elevage en captivite",
            "cria en cautividad", "cria en cautiverio", "trust fund", "assessed contribution",
            "arrears", "invoice", "fonds d'affectation speciale", "arrieres", "facture",
            "fondo fiduciario", "cuotas atrasadas", "factura", "non-detriment finding",
            "avis de commerce non prejudiciable", "dictamen de extraccion no perjudicial",
        ],
        3.0,
    ),
    **dict.fromkeys(
        [
            "enquiry", "inquiry", "demande de renseignements", "consulta",
            "solicitud de informacion", "change of address", "new address",
            "nouvelle adresse", "nueva direccion", "update the link", "bois", "wood",
            "budget", "presupuesto", "standing committee", "comite permanent",
            "comite permanente", "animals committee", "plants committee", "agenda",
            "ordre du jour", "orden del dia", "visa", "credentials", "pouvoirs",
            "credenciales", "vacancy", "internship",
        ],
        2.0,
    ),
    **dict.fromkeys(["meeting", "reunion", "workshop", "atelier", "taller"], 1.0),
}  # fmt: skip


def reference_pattern(reference: str) -> re.Pattern[str]:
    """A pattern for a reference in its written forms: '2021/008', '2021 / 8', '2021-008',
    '2021/08', '2021.008', '008/2021'; a date such as 2021-08-15 is not one."""
    numeric = re.fullmatch(r"(\d{4})/(\d+)", reference)
    if numeric:
        year, number = numeric.groups()
        n = int(number)
        return re.compile(
            rf"(?<![\d/]){year}\s*[/.-]\s*0*{n}(?![\d/]|[.-]\d)|"
            rf"(?<![\d/.-])0*{n:03d}\s*/\s*{year}(?![\d/])"
        )
    return re.compile(rf"(?<!\w){re.escape(reference)}(?!\w)", re.IGNORECASE)


def _alias_pattern(alias: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in alias.split()]
    return re.compile(r"(?<!\w)" + r"\s*".join(words) + r"(?!\w)", re.IGNORECASE)


def _snippet(text: str, start: int, end: int) -> str:
    return re.sub(r"\s+", " ", text[max(0, start - 40) : min(len(text), end + 40)]).strip()


def _stem(word: str) -> str:
    """A light stem shared by English, French and Spanish: 'seized'/'seize' -> 'seiz',
    'decomisados'/'decomisada' -> 'decomisad', 'centres'/'centro' -> 'centr'."""
    if len(word) <= 3 or not word.isalpha():
        return word
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    while len(word) > 4 and word[-1] in "aeo":
        word = word[:-1]
    return word


def stems(text: str) -> str:
    """The text as a line of stems, for matching keywords in any inflection."""
    words = re.findall(r"[a-z0-9]+(?:\.[0-9]+)*", fold(text).replace("-", " "))
    return " " + " ".join(_stem(w) for w in words) + " "


@lru_cache(maxsize=512)
def _phrase(words: str) -> tuple[re.Pattern[str], float]:
    """The pattern of a keyword over stems (an article may come between its words) and its
    weight: one per word (articles aside), two for a number such as '18.159', at most three."""
    tokens = stems(words).split()
    article = "|".join(_ARTICLES)
    joiner = rf" (?:(?:{article}) )?"
    pattern = re.compile(" " + joiner.join(re.escape(t) for t in tokens) + " ")
    weight = sum(
        2.0 if any(ch.isdigit() for ch in t) else 1.0 for t in tokens if t not in _ARTICLES
    )
    return pattern, min(3.0, max(1.0, weight))


@dataclass(frozen=True)
class _Places:
    """A message's texts, as written and as stems."""

    texts: dict[str, str]
    stemmed: dict[str, str]

    @classmethod
    def of(cls, subject: str, body: str, documents: str) -> _Places:
        texts = {"subject": subject, "body": body, "documents": documents[:20000]}
        return cls(texts, {k: stems(v) for k, v in texts.items()})


def _score(
    words: Sequence[str] | dict[str, float], places: _Places, weights: dict[str, float]
) -> tuple[float, list[str]]:
    """Each keyword found counts once, at the weight of the best place it is found in; a
    keyword found only inside a longer one ("internet" in "por internet") adds nothing."""
    phrases = sorted(
        {_phrase(w): w for w in words}.items(), key=lambda kv: len(kv[0][0].pattern), reverse=True
    )
    masked = dict(places.stemmed)
    total, found = 0.0, []
    for (pattern, weight), word in phrases:
        best = 0.0
        for place, text in masked.items():
            if pattern.search(text):
                best = max(best, weights[place])
                masked[place] = pattern.sub(lambda m: " " + "#" * (len(m.group(0)) - 2) + " ", text)
        if best:
            total += (words[word] if isinstance(words, dict) else weight) * best
            found.append(word)
    return total, found


def _is_own_reference(text: str, start: int) -> bool:
    before = text[max(0, start - 30) : start]
    return bool(_OWN_REFERENCE.search(before)) and not _NOTIFICATION_WORD.search(before)


def _title_matches(call: Call, text: str) -> bool:
    """The text (a subject, a line) is the call's title, whole or abridged."""
    words = [w for w in stems(text).split() if len(w) >= 4]
    if len(words) < 4:
        return False
    for title in call.titles.values():
        title_words = {w for w in stems(title).split() if len(w) >= 4}
        if sum(w in title_words for w in words) >= 0.8 * len(words):
            return True
    return False


def _find_reference(call: Call, text: str, first_lines_only: bool) -> str | None:
    patterns = [reference_pattern(call.reference), *(_alias_pattern(a) for a in call.aliases)]
    for pattern in patterns:
        for match in pattern.finditer(text):
            if not _is_own_reference(text, match.start()):
                return _snippet(text, match.start(), match.end())
    lines = text.splitlines()[:3] if first_lines_only else text.splitlines()[:40]
    for line in lines:
        if _title_matches(call, line):
            return f"title: {line.strip()[:80]}"
    return None


def _references(
    calls: Sequence[Call], places: _Places, skip_subject: bool
) -> tuple[str, list[tuple[Call, str]]]:
    """The first place that names a call, and the calls it names."""
    for place in ("body", "documents") if skip_subject else ("subject", "body", "documents"):
        text = places.texts[place]
        hits = [(c, s) for c in calls if (s := _find_reference(c, text, place != "body"))]
        if hits:
            return place, hits
    return "", []


def _other_notification(calls: Sequence[Call], places: _Places) -> str | None:
    """The number of a notification that is none of the calls, named in the sender's words."""
    ours = {c.reference for c in calls}
    for text in (places.texts["subject"], places.texts["body"]):
        for match in _OTHER_NOTIFICATION.finditer(text):
            number = f"{match['year']}/{int(match['number']):03d}"
            if number not in ours:
                return number
    return None


def _decision(call: str | None, confidence: float, evidence: str, *flags: str) -> Decision:
    return Decision("call", call, confidence, evidence, flags=tuple(flags))


def _unmatched(evidence: str) -> Decision:
    return _decision(None, 0.0, evidence, "call_unmatched")


def match_call(
    calls: Sequence[Call],
    subject: str,
    body: str,
    documents_text: str,
    in_reply_to: Sequence[str],
    received_at: dt.datetime | None,
    thread_call: ThreadLookup | None = None,
) -> Decision:
    """Decide the call: a reference wins, then the thread, then subject matter, then the only
    open call with a deadline. None matched is flagged for review."""
    if _AUTO_SUBJECT.match(subject) or _BOUNCE_SUBJECT.match(subject):
        return _decision(None, 0.9, f"automated mail: {subject[:60]}")
    automated = _AUTOMATED_BODY.search(fold(body))
    if automated and (len(body) < AUTOMATED_BODY_CHARS or "subscri" in automated.group(0)):
        return _decision(None, 0.8, f"automated mail: {automated.group(0)!r}")
    enquirer = _ENQUIRER.search(fold(f"{subject}\n{body}"))
    if enquirer:
        return _unmatched(f"a third party's enquiry: {enquirer.group(0)!r}")
    is_reply = bool(_REPLY_PREFIX.match(subject))
    own, quoted = _split_quoted(body) if is_reply else (body, "")
    places = _Places.of(_PREFIXES.sub("", subject), own, documents_text)
    place, hits = _references(calls, places, skip_subject=is_reply)
    if hits:
        names = sorted({c.reference for c, _ in hits})
        if len(names) > 1:
            return _decision(
                hits[0][0].reference, 0.4, f"{place} names several calls: {', '.join(names)}",
                "call_ambiguous",
            )  # fmt: skip
        confidence = {"subject": 0.99, "body": 0.97, "documents": 0.9}[place]
        if hits[0][1].startswith("title:"):
            confidence -= 0.1
        return _decision(hits[0][0].reference, confidence, f"{place}: {hits[0][1]}")
    thread = _thread(calls, subject if is_reply else "", quoted, in_reply_to, thread_call)
    text = fold(f"{subject}\n{own}")
    if thread is None and _REQUEST.search(text) and not _CONTRIBUTION.search(text):
        return _unmatched("a request for information, nothing sent")
    other = _other_notification(calls, places)
    if other and thread is None:
        return _unmatched(f"answers notification {other}, not a configured call")
    eligible = [c for c in calls if received_at is None or _opened_by(c, received_at)]
    return _by_content(calls, eligible, places, thread, received_at)


def _split_quoted(body: str) -> tuple[str, str]:
    """A reply's own words, and the message it quotes."""
    match = _QUOTE_START.search(body)
    return (body[: match.start()], body[match.start() :]) if match else (body, "")


def _thread(
    calls: Sequence[Call],
    reply_subject: str,
    quoted: str,
    in_reply_to: Sequence[str],
    thread_call: ThreadLookup | None,
) -> tuple[str, str] | None:
    """The call of the conversation a reply belongs to: known from the thread, or named in the
    subject it keeps ("RE: Notification 2021/008") or in the message it quotes."""
    if thread_call is not None and in_reply_to:
        reference = thread_call(in_reply_to)
        if reference:
            return reference, f"reply to a message of call {reference}"
    for text in (reply_subject, quoted):
        named = {c.reference for c in calls if text and _find_reference(c, text, True)}
        if len(named) == 1:
            reference = named.pop()
            return reference, f"reply in the thread of {reference}"
    return None


def _opened_by(call: Call, at: dt.datetime) -> bool:
    return call.opened is None or call.is_open(at) or call.is_late(at) is True


def _currency(call: Call, at: dt.datetime | None) -> float:
    """How likely a message is to answer this call rather than another, by the time since the
    call closed (or opened, when it has no deadline): Parties answer within a year or two, and
    subject matter alone does not bring a message to a call of long ago."""
    since = call.deadline or call.opened
    if at is None or since is None:
        return 1.0
    years = (at.date() - since).days / 365.25
    return 1.0 if years <= 2 else 0.5 if years <= 4 else 0.25


def _by_content(
    calls: Sequence[Call],
    eligible: Sequence[Call],
    places: _Places,
    thread: tuple[str, str] | None,
    received_at: dt.datetime | None,
) -> Decision:
    keywords = {kw for c in calls for kw in c.keywords}
    off_words = {w: v for w, v in OFF_TOPIC.items() if w not in keywords}
    off, off_found = _score(off_words, places, OFF_TOPIC_PLACE_WEIGHTS)
    off_topic = off >= OFF_TOPIC_MIN
    scored = [(*_score(c.keywords, places, PLACE_WEIGHTS), c) for c in eligible]
    if thread is not None:
        reference, evidence = thread
        on = next((s for s, _, c in scored if c.reference == reference), 0.0)
        if off_topic and off > on:
            return _unmatched(f"in a call's thread, but about {', '.join(off_found[:3])}")
        return _decision(reference, 0.9, evidence)
    if not scored:
        return _unmatched("no call had opened by the time of receipt")
    ranked = sorted(
        ((s * _currency(c, received_at), s, f, c) for s, f, c in scored),
        key=lambda r: r[0],
        reverse=True,
    )
    weighted, score, found, call = ranked[0]
    runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
    if off_topic and off >= score:
        return _unmatched(f"about other business: {', '.join(off_found[:3])}")
    enough = weighted >= MIN_SUBJECT_MATTER or (len(found) >= 2 and weighted >= 2)
    if enough and weighted >= 2 * runner_up:
        return _decision(
            call.reference, min(0.85, 0.5 + 0.05 * score),
            "subject matter: " + ", ".join(found[:5]),
        )  # fmt: skip
    current = [c for c in eligible if _currency(c, received_at) == 1.0]
    if len(current) != 1 or off_topic or runner_up > 0 or received_at is None:
        return _unmatched("no reference, thread or subject matter matched")
    (call,) = current
    own = next(s for s, _, c in scored if c is call)
    answer = _ANSWER_WORDS.search(places.stemmed["subject"] + places.stemmed["body"])
    if own >= 2 or answer:
        why = f"some of its subject matter: {', '.join(found)}" if own >= 2 else (
            f"a reply to a call: {answer.group(0).strip() if answer else ''!r}"
        )  # fmt: skip
        return _decision(
            call.reference, 0.6 if own >= 2 else 0.5, f"the only current call; {why}",
            "call_by_default",
        )  # fmt: skip
    return _unmatched("no reference, thread or subject matter matched")
