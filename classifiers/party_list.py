"""The Parties to CITES and the domain lists used to decide which Party sent a message.

The data lives in ``config/parties.toml``; this module reads it with :mod:`tomllib`, checks it
once and returns immutable objects. The default file is read only once per process.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "LANGUAGES",
    "DomainLists",
    "Party",
    "load_domain_lists",
    "load_parties",
]

#: The three working languages of CITES, the keys of :attr:`Party.names`.
LANGUAGES: tuple[str, ...] = ("en", "fr", "es")

_CODE_RE = re.compile(r"^[A-Z]{2}$")
_TLD_RE = re.compile(r"^[a-z]{2,63}$")
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_DOMAIN_RE = re.compile(rf"^{_LABEL}(?:\.{_LABEL})*$")
# Entries of the personal / international lists: a domain, optionally ending in ".*".
_DOMAIN_PATTERN_RE = re.compile(rf"^{_LABEL}(?:\.{_LABEL})*(?:\.\*)?$")


@dataclass(frozen=True)
class Party:
    """One Party to CITES.

    ``names`` maps "en", "fr" and "es" to the name as the UN and CITES write it. It is a plain
    dict because that is what callers expect; treat it as read-only (the objects are shared
    through a cache).
    """

    code: str
    names: dict[str, str] = field(hash=False)
    variants: tuple[str, ...]
    tlds: tuple[str, ...]
    gov_domains: tuple[str, ...]

    @property
    def name(self) -> str:
        """The English name."""
        return self.names["en"]


@dataclass(frozen=True)
class DomainLists:
    """Domains and TLDs that never identify a Party by themselves.

    ``personal`` and ``international`` hold domains; an entry ending in ".*" stands for the
    same name under any TLD (one or more labels, e.g. "yahoo.*" covers "yahoo.co.uk").
    """

    personal: tuple[str, ...]
    international: tuple[str, ...]
    generic_tlds: tuple[str, ...]


def _default_text() -> str:
    resource = importlib.resources.files("config") / "parties.toml"
    return resource.read_text(encoding="utf-8")


def _parse(text: str, source: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{source}: invalid TOML: {exc}") from exc


def _str_list(value: object, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}: {key!r} must be a list of strings")
    items = tuple(v.strip() for v in value)
    if any(not v for v in items):
        raise ValueError(f"{where}: {key!r} contains an empty string")
    duplicates = sorted({v for v in items if items.count(v) > 1})
    if duplicates:
        raise ValueError(f"{where}: {key!r} repeats {', '.join(map(repr, duplicates))}")
    return items


def _build_parties(data: Mapping[str, Any], source: str) -> tuple[Party, ...]:
    raw = data.get("party")
    if not isinstance(raw, list) or not raw:
        raise ValueError(f"{source}: no [[party]] tables found")
    parties: list[Party] = []
    first_seen: dict[str, int] = {}
    tld_owner: dict[str, str] = {}
    gov_owner: dict[str, str] = {}
    for index, entry in enumerate(raw, start=1):
        where = f"{source}: [[party]] #{index}"
        if not isinstance(entry, dict):
            raise ValueError(f"{where}: not a table")
        code = entry.get("code")
        if not isinstance(code, str) or not _CODE_RE.match(code):
            raise ValueError(
                f"{where}: bad code {code!r} (expected two capital letters, ISO 3166-1 alpha-2)"
            )
        where = f"{source}: party {code}"
        if code in first_seen:
            raise ValueError(f"{where}: duplicate code (also [[party]] #{first_seen[code]})")
        first_seen[code] = index

        names: dict[str, str] = {}
        for lang in LANGUAGES:
            name = entry.get(f"name_{lang}")
            if not isinstance(name, str) or not name.strip():
                raise ValueError(f"{where}: missing or empty name_{lang}")
            names[lang] = name.strip()

        variants = _str_list(entry.get("variants"), where, "variants")
        tlds = _str_list(entry.get("tlds"), where, "tlds")
        for tld in tlds:
            if not _TLD_RE.match(tld):
                raise ValueError(f"{where}: bad TLD {tld!r} (lower case, without the dot)")
            if tld in tld_owner:
                raise ValueError(f"{where}: TLD {tld!r} already belongs to {tld_owner[tld]}")
            tld_owner[tld] = code
        gov_domains = _str_list(entry.get("gov_domains"), where, "gov_domains")
        for domain in gov_domains:
            if not _DOMAIN_RE.match(domain):
                raise ValueError(f"{where}: bad government domain {domain!r}")
            if domain in gov_owner:
                raise ValueError(
                    f"{where}: government domain {domain!r} already belongs to {gov_owner[domain]}"
                )
            gov_owner[domain] = code

        parties.append(
            Party(
                code=code,
                names=names,
                variants=variants,
                tlds=tlds,
                gov_domains=gov_domains,
            )
        )
    return tuple(parties)


def _build_domain_lists(data: Mapping[str, Any], source: str) -> DomainLists:
    raw = data.get("domains")
    if not isinstance(raw, dict):
        raise ValueError(f"{source}: missing [domains] table")
    where = f"{source}: [domains]"
    lists: dict[str, tuple[str, ...]] = {}
    for key in ("personal", "international", "generic_tlds"):
        if key not in raw:
            raise ValueError(f"{where}: missing {key!r}")
        items = tuple(v.lower() for v in _str_list(raw[key], where, key))
        pattern = _TLD_RE if key == "generic_tlds" else _DOMAIN_PATTERN_RE
        for item in items:
            if not pattern.match(item):
                raise ValueError(f"{where}: bad entry {item!r} in {key!r}")
        lists[key] = items
    return DomainLists(
        personal=lists["personal"],
        international=lists["international"],
        generic_tlds=lists["generic_tlds"],
    )


@functools.lru_cache(maxsize=1)
def _default_data() -> tuple[tuple[Party, ...], DomainLists]:
    source = "config/parties.toml"
    data = _parse(_default_text(), source)
    return _build_parties(data, source), _build_domain_lists(data, source)


def _load(path: Path) -> dict[str, Any]:
    return _parse(Path(path).read_text(encoding="utf-8"), str(path))


def load_parties(path: Path | None = None) -> tuple[Party, ...]:
    """The Parties listed in ``path`` (default: the bundled ``config/parties.toml``).

    Raises :class:`ValueError` when the file is malformed: duplicate or badly formed codes,
    missing names, TLDs or government domains claimed by two Parties.
    """
    if path is None:
        return _default_data()[0]
    return _build_parties(_load(path), str(path))


def load_domain_lists(path: Path | None = None) -> DomainLists:
    """The ``[domains]`` table of ``path`` (default: the bundled ``config/parties.toml``)."""
    if path is None:
        return _default_data()[1]
    return _build_domain_lists(_load(path), str(path))
