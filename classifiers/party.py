"""Which Party sent a message: the sender's domain first, then what the text says.

Order of evidence:
1. a configured override, or a government domain (gouv.fr, gob.mx, gov.uk, europa.eu), unless
   the message is sent expressly on behalf of another Party (an EU Council Presidency);
2. a permanent mission, embassy or delegation writing for a Party ("The Permanent Mission of
   Ghana ... presents its compliments"), which beats the host country's domain (.ch, .at);
3. a country-code domain, when a government body signs (a zoo or a university in Denmark is
   not Denmark) — and a non-Party's domain (.ht, .ss) means no Party;
4. a forwarded message from a government domain;
5. the text (`party_text.weigh`): the Party's name, capital, region or postal address in the
   signature, the letterhead or the body, with a provider's country as a weak hint. A personal
   address (gmail) or an organisation's own domain is decided this way only when a government
   body signs (or, from a personal mailbox, the opening names the government body whose
   documents are sent), and is flagged. An organisation that writes, or signs, without a
   ministry or an authority behind it writes in its own name.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from classifiers.party_list import DomainLists, Party, load_domain_lists, load_parties
from classifiers.party_text import NO_PARTY, Places, load_places, names_in, weigh
from intake.domain import Decision

_MISSION = re.compile(
    r"\b(?:permanent mission|mission permanente|misi[oó]n permanente|permanent representation|"
    r"repr[ée]sentation permanente|representaci[oó]n permanente|embassy|ambassade|embajada|"
    r"high commission|haut[- ]commissariat|delegation|d[ée]l[ée]gation|delegaci[oó]n|consulate|consulat|consulado)"
    r"\s+(?:of|de|du|de la|de l'|des|del|of the)\s+(?:the\s+)?(.{3,80})",
    re.IGNORECASE,
)
_ON_BEHALF = re.compile(
    r"\b(?:on behalf of|for the government of|at the request of|au nom d[eu]|pour le compte d[eu]|"
    r"pour le gouvernement d[eu]|[àa] la demande d[eu]|en nombre de|por cuenta de|en representaci[oó]n de|"
    r"para el gobierno de|a (?:solicitud|petici[oó]n|pedido) de|por encargo de(?:l)?|em nome d[ao])\s+(?:the\s+|la\s+|le\s+|el\s+|l')?(.{3,160})",
    re.IGNORECASE,
)
_FORWARDED_FROM = re.compile(
    r"^\s*(?:>\s*)*(?:from|de|von)\s*:\s*.*?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)", re.I | re.M
)
_GOVERNMENT_BODY = re.compile(
    r"\b(?:ministry|minist[eè]re|ministerio|minist[eé]rio|ministerium|department|d[ée]partement|departamento|"
    r"management authority|scientific authority|organe de gestion|autorit[ée] (?:administrative|scientifique)|"
    r"autoridad (?:administrativa|cient[ií]fica)|government|gouvernement|gobierno|governo|direction g[ée]n[ée]rale|"
    r"direcci[oó]n (?:general|nacional)|direc?[cç][ãa]o (?:geral|nacional)|direction (?:de la|des|du|nationale)|"
    r"national (?:\w+ ){0,3}(?:agency|authority|service|institute)|environment(?:al)? (?:protection )?(?:agency|authority)|"
    r"institut (?:national|congolais|ivoirien|b[ée]ninois|malgache|camerounais|gabonais|s[ée]n[ée]galais)|wildlife (?:service|authority|department|division)|"
    r"forestry (?:commission|department|division)|forest department|customs|douanes?|aduanas?|national park|"
    r"parcs? nationa|secretar[ií]a de|servicio (?:nacional|agr[ií]cola)|instituto nacional|office (?:national|f[ée]d[ée]ral)|"
    r"agence nationale|agencia nacional|guardia civil|seprona|police|polic[ií]a|gendarmerie|brigade|corpo forestale|"
    r"regional council|conseil r[ée]gional|island administration|provincial (?:department|government|authority)|"
    r"federal (?:ministry|office|agency)|state (?:department|agency)|gobierno (?:regional|provincial|aut[oó]nomo)|"
    r"viceconsejer[ií]a|consejer[ií]a|presidency|pr[ée]sidence|presidencia|bundesamt|umhv[øo]rvis|министерств|департамент|"
    r"general administration|administraci[oó]n general|administration g[ée]n[ée]rale|procuradur[ií]a|inspector|"
    r"fiscal[ií]a|oficina de representaci[oó]n|guarder[ií]a ambiental|destacamento|guardia nacional|guardaparques|"
    r"park rangers?|gardes? forestiers?|forest guards?|eaux et for[eê]ts)",
    re.IGNORECASE,
)
_NOT_GOVERNMENT = re.compile(
    r"\b(?i:university|universit[ée]|universidad|universidade|museum|mus[ée]e|museo|zoo|zool[oó]gico|zoological|"
    r"fundaci[oó]n|foundation|fondation|association|asociaci[oó]n|rescue (?:centre|center|team)|sanctuary|refuge|"
    r"private|privado|priv[ée]e?|school|[ée]cole|escuela|lab(?:oratory|oratoire|oratorio)?)\b|\b(?:AG|Ltd|GmbH|S\.A\.)\b|"
    r"\b(?i:volunteer|b[ée]n[ée]vole|voluntari|researcher|investigador(?:a)?|chercheu(?:r|se)|student|estudiante|"
    r"[ée]tudiant|doctorant|network|r[ée]seau|task force|experts? group|intergovernmental|regional organi[sz]ation)\b",
)
_NOT_OFFICIAL = re.compile(
    r"not an official|no es una comunicaci[oó]n oficial|pas une (?:communication|contribution) officielle|"
    r"in (?:my|our) own name|nicht um eine stellungnahme|n[ãa]o [ée] uma comunica[cç][ãa]o oficial|"
    r"school project|projet scolaire|proyecto escolar|\bmy students\b|\bi teach\b|mes [ée]l[eè]ves|"
    r"mis (?:alumnos|estudiantes)|j'enseigne|ense[ñn]o en",
    re.IGNORECASE,
)
_ON_INSTRUCTION = re.compile(
    r"on behalf of|at the request of|engaged by|working for|on the instructions of|por instrucciones de|"
    r"a (?:solicitud|petici[oó]n|pedido) de|por encargo de|pour le compte d|[àa] la demande d|sur (?:instruction|demande) d|"
    r"mandat[ée]e? par|contratad[oa] por|en nombre de|em nome d",
    re.IGNORECASE,
)
_AS_AUTHORITY = re.compile(
    r"(?:capacity|role|function) as (?:the )?(?:cites )?(?:scientific|management) authority|"
    r"en (?:sa|su) (?:qualit[ée]|calidad|condici[oó]n) d[e']\s*(?:l')?(?:organe|autorit[ée]|autoridad)",
    re.IGNORECASE,
)
# Words a department of a non-governmental organisation signs with too.
_WEAK_GOVERNMENT = re.compile(
    r"department|d[ée]partement|departamento|direction (?:de la|des|du)|inspector|brigade|"
    r"network|presidency|pr[ée]sidence|presidencia",
    re.IGNORECASE,
)
# "La Fundación Vida Silvestre Argentina comparte...": an organisation is the one writing.
_NGO_SUBJECT = re.compile(
    r"(?:^|[.!]\s+|\n)(?:the |la |le |el |l'|our |notre |nuestra |nuestro )?"
    r"(?:foundation|fundaci[oó]n|fondation|association|asociaci[oó]n|university|universidad|"
    r"universit[ée]|museum|museo|mus[ée]e|zoo)\s+[A-Z]",
    re.IGNORECASE,
)
_NON_PARTY_TLDS = {"ht", "ss", "tl", "kp", "nr", "mh", "fm", "ki", "tw", "ps", "eh"}


@dataclass(frozen=True)
class PartyDirectory:
    """The Parties, places, providers and domain lists, indexed for lookups."""

    parties: tuple[Party, ...]
    domains: DomainLists
    overrides: Mapping[str, str]
    places: Places
    isp_countries: Mapping[str, str]

    @property
    def codes(self) -> set[str]:
        return {p.code for p in self.parties}


def load_isp_countries() -> dict[str, str]:
    text = resources.files("config").joinpath("isp_countries.toml").read_text(encoding="utf-8")
    return dict(tomllib.loads(text).get("isp", {}))


@lru_cache(maxsize=1)
def default_directory() -> PartyDirectory:
    return PartyDirectory(
        load_parties(), load_domain_lists(), {}, load_places(), load_isp_countries()
    )


def _matches_domain(domain: str, pattern: str) -> bool:
    pattern = pattern.lower().lstrip("@.")
    if pattern.endswith(".*"):
        base = pattern[:-2]
        return domain == base or domain.startswith(base + ".") or f".{base}." in f".{domain}"
    return domain == pattern or domain.endswith("." + pattern)


def _is_listed(domain: str, patterns: Sequence[str]) -> bool:
    return any(_matches_domain(domain, p) for p in patterns)


def _government_domain(domain: str, directory: PartyDirectory) -> Decision | None:
    for pattern, code in directory.overrides.items():
        if _matches_domain(domain, pattern):
            return Decision("party", code, 0.98, f"domain {domain} (configured: {pattern})")
    best: tuple[int, Party, str] | None = None
    for party in directory.parties:
        for suffix in party.gov_domains:
            if _matches_domain(domain, suffix) and (best is None or len(suffix) > best[0]):
                best = (len(suffix), party, suffix)
    if best is not None:
        return Decision("party", best[1].code, 0.97, f"government domain {domain} ({best[2]})")
    return None


def _country_domain(domain: str, directory: PartyDirectory) -> Decision | None:
    if _is_listed(domain, directory.domains.personal) or _is_listed(
        domain, directory.domains.international
    ):
        return None
    tld = domain.rsplit(".", 1)[-1]
    for party in directory.parties:
        if tld in party.tlds:
            return Decision("party", party.code, 0.85, f"country-code domain .{tld} ({domain})")
    return None


def party_from_domain(domain: str, directory: PartyDirectory) -> Decision | None:
    """The Party a sender's domain names, if any (None: the domain says nothing)."""
    domain = domain.lower().strip(".")
    if not domain:
        return None
    return _government_domain(domain, directory) or _country_domain(domain, directory)


def _first_party(text: str, directory: PartyDirectory) -> str | None:
    """The first Party named in a phrase ("Mission of Peru to the UN in Geneva": Peru)."""
    named = names_in(text, directory.parties)
    if not named:
        return None
    positions = []
    for code in named:
        for party in directory.parties:
            if party.code != code:
                continue
            for name in {*party.names.values(), *party.variants}:
                index = text.lower().find(name.lower())
                if index >= 0:
                    positions.append((index, code))
    if NO_PARTY in named and not positions:
        return NO_PARTY
    return min(positions)[1] if positions else None


def acting_for(text: str, directory: PartyDirectory) -> Decision | None:
    """A mission, embassy or delegation of a Party, or someone writing on a Party's behalf."""
    for pattern, what in ((_MISSION, "mission"), (_ON_BEHALF, "on behalf of")):
        for match in pattern.finditer(text):
            code = _first_party(match.group(1), directory)
            if code and code != NO_PARTY:
                snippet = re.sub(r"\s+", " ", match.group(0))[:100]
                return Decision("party", code, 0.9, f"{what}: {snippet}")
    return None


_SIGN_OFF = re.compile(
    # "Lugupidamisega / Best regards": a sign-off in the Party's language beside the English one.
    r"^\s*(?:[^\n/]{2,30}/\s*)?(?:(?:kind |best |warm |with )?regards|sincerely|yours (?:sincerely|faithfully|truly)|best wishes|"
    r"respectfully|cheers|thanks|thank you(?: very much)?|cordialement|bien (?:cordialement|[àa] vous)|salutations|"
    r"amiti[ée]s|veuillez agr[ée]er.*|atentamente|atte\.?|saludos(?: cordiales)?|un (?:cordial )?saludo|"
    r"cordial(?:es)? saludos?|gracias|cordiali saluti|mit freundlichen gr[üu](?:ss|ß)en|freundliche gr[üu](?:ss|ß)e|"
    r"atenciosamente|с уважением|vinarliga)\s*[,.!]?\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def signature_block(body: str, lines: int = 8) -> str:
    """The signature: what follows the sign-off ("Regards,", "Atentamente"), else the last lines."""
    text = "\n".join(line for line in body.strip().splitlines() if not line.startswith(">"))
    sign_offs = list(_SIGN_OFF.finditer(text))
    if sign_offs:
        return text[sign_offs[-1].end() :].strip()
    kept = [line for line in text.splitlines() if line.strip()]
    return "\n".join(kept[-lines:])


def _unknown(domain: str, flags: tuple[str, ...], why: str = "") -> Decision:
    return Decision(
        "party",
        None,
        0.0,
        why or f"sender domain {domain or 'none'} names no Party",
        flags=(*flags, "party_unknown"),
    )


def party_from_text(
    sender: str, body: str, letterheads: str, directory: PartyDirectory
) -> Decision | None:
    """The Party the words name, with the sender's provider as a weak hint."""
    local, _, domain = sender.lower().partition("@")
    evidence = weigh(
        signature_block(body), letterheads[:600], body, local, directory.parties, directory.places
    )
    scores = evidence.scores
    isp = directory.isp_countries.get(domain)
    if isp:
        scores[isp] += 1
        evidence.where.setdefault(isp, f"provider {domain}")
    if not scores:
        return None
    ranked = scores.most_common(2)
    code, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if code == NO_PARTY:
        return Decision(
            "party", None, 0.7, f"a country that is not a Party ({evidence.where[code]})"
        )
    if score <= runner_up:
        return Decision(
            "party", code, 0.35, f"several Parties named ({ranked})", flags=("party_ambiguous",)
        )
    place = evidence.where[code]
    confidence = (
        0.8
        if place.startswith("signature")
        else 0.7
        if place.startswith(("letterhead", "body"))
        else 0.55
    )
    return Decision("party", code, confidence, f"named in the {place}")


def identify_party(
    sender: str,
    body: str,
    letterheads: str,
    forwarded_senders: Sequence[str],
    directory: PartyDirectory | None = None,
) -> Decision:
    """Decide the sending Party; flag a personal address or a sender no Party can be told for."""
    directory = directory or default_directory()
    domain = sender.rpartition("@")[2].lower().strip(".")
    if _NOT_OFFICIAL.search(body):
        return _unknown(domain, (), "the sender writes in its own name, not for a Party")
    acting = acting_for(f"{body}\n{letterheads}", directory)
    government = _government_domain(domain, directory) if domain else None
    if government is not None:
        presidency = acting is not None and acting.value == "EU" and government.value != "EU"
        return acting if presidency and acting is not None else government
    if acting is not None:
        return acting
    if domain.rsplit(".", 1)[-1] in _NON_PARTY_TLDS:
        return _unknown(domain, (), f"domain {domain} is of a country that is not a Party")
    international = _is_listed(domain, directory.domains.international)
    inline = [m for m in _FORWARDED_FROM.finditer(body) if m.group(1).lower() != sender.lower()]
    if inline and international:
        # Forwarded inline from the Secretariat's general mailbox: the original sender decides.
        return identify_party(
            inline[0].group(1).lower(), body[inline[0].start() :], letterheads, [], directory
        )
    signature = signature_block(body)
    # A government body signs, or the sender writes on its instructions ("engaged by the
    # Department of ... of Vanuatu", "por instrucciones de la Autoridad Administrativa").
    signed = [m.group(0) for m in _GOVERNMENT_BODY.finditer(f"{signature}\n{letterheads[:400]}")]
    personal = _is_listed(domain, directory.domains.personal)
    non_government = bool(_NOT_GOVERNMENT.search(f"{signature}\n{body[:600]}"))
    signed_by_government = (
        bool(signed)
        or bool(_ON_INSTRUCTION.search(body) and _GOVERNMENT_BODY.search(body))
        or bool(_AS_AUTHORITY.search(body))
        # From a personal mailbox, transmitting "le plan d'action de la Direction de la Faune".
        or (personal and not non_government and bool(_GOVERNMENT_BODY.search(body[:400])))
    )
    # "Departamento de Conservación" signing for "la Fundación ...": a department of the NGO.
    strongly = any(not _WEAK_GOVERNMENT.fullmatch(word) for word in signed) or bool(
        _AS_AUTHORITY.search(body)
    )
    own_name = (
        bool(_NOT_OFFICIAL.search(body))
        or (not signed_by_government and non_government)
        or (
            not strongly
            and bool(
                _NOT_GOVERNMENT.search(f"{signature}\n{letterheads[:400]}")
                or _NGO_SUBJECT.search(body[:600])
            )
        )
    )
    if own_name:
        return _unknown(domain, (), "an organisation or a person writing in its own name")
    country = _country_domain(domain, directory) if domain else None
    if country is not None:
        return country
    flags = ("personal_address",) if personal else ()
    for address in [*forwarded_senders, *(m.group(1).lower() for m in inline)]:
        via = party_from_domain(address.rpartition("@")[2], directory)
        if via is not None and via.value:
            return Decision(
                "party", via.value, 0.75, f"forwarded from {address}: {via.evidence}", flags=flags
            )
    if international or not signed_by_government:
        # An organisation's own domain or a private address, and no government body signs.
        return _unknown(domain, flags)
    from_text = party_from_text(sender, body, letterheads, directory)
    if from_text is None:
        return _unknown(domain, flags)
    return Decision(
        "party",
        from_text.value,
        min(from_text.confidence, 0.75),
        f"{from_text.evidence} (sender domain {domain or 'none'} decides nothing)",
        flags=flags + from_text.flags,
    )
