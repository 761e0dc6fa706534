"""The list of CITES Parties in config/parties.toml and its loader."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from classifiers.party_list import DomainLists, Party, load_domain_lists, load_parties


@pytest.fixture(scope="module")
def parties() -> tuple[Party, ...]:
    return load_parties()


@pytest.fixture(scope="module")
def by_code(parties: tuple[Party, ...]) -> dict[str, Party]:
    return {p.code: p for p in parties}


@pytest.fixture(scope="module")
def domains() -> DomainLists:
    return load_domain_lists()


def test_count_and_eu(parties: tuple[Party, ...], by_code: dict[str, Party]) -> None:
    assert 183 <= len(parties) <= 186
    assert by_code["EU"].names["en"] == "European Union"
    assert by_code["EU"].tlds == ()
    assert "europa.eu" in by_code["EU"].gov_domains


def test_codes_unique_and_valid(parties: tuple[Party, ...]) -> None:
    codes = [p.code for p in parties]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in codes)
    # The traps: the United Kingdom is GB (not UK), Namibia's "NA" must survive TOML.
    assert {"GB", "NA", "NO", "ES"} <= set(codes)
    assert "UK" not in codes


def test_every_party_has_three_names(parties: tuple[Party, ...]) -> None:
    for p in parties:
        assert set(p.names) == {"en", "fr", "es"}, p.code
        assert all(isinstance(n, str) and n.strip() == n and n for n in p.names.values()), p.code
        assert p.name == p.names["en"]


@pytest.mark.parametrize(
    ("code", "en", "fr", "es"),
    [
        ("CH", "Switzerland", "Suisse", "Suiza"),
        ("DE", "Germany", "Allemagne", "Alemania"),
        ("US", "United States of America", "États-Unis d'Amérique", "Estados Unidos de América"),
        (
            "BO",
            "Bolivia (Plurinational State of)",
            "Bolivie (État plurinational de)",
            "Bolivia (Estado Plurinacional de)",
        ),
        ("CI", "Côte d'Ivoire", "Côte d'Ivoire", "Côte d'Ivoire"),
        ("NA", "Namibia", "Namibie", "Namibia"),
        ("TR", "Türkiye", "Türkiye", "Türkiye"),
        ("VN", "Viet Nam", "Viet Nam", "Viet Nam"),
    ],
)
def test_spot_check_names(by_code: dict[str, Party], code: str, en: str, fr: str, es: str) -> None:
    assert by_code[code].names == {"en": en, "fr": fr, "es": es}


def test_spot_check_variants(by_code: dict[str, Party]) -> None:
    assert {"UK", "Great Britain", "Royaume-Uni", "Reino Unido"} <= set(by_code["GB"].variants)
    assert "Bolivia" in by_code["BO"].variants
    assert {"Turkey", "Turquie"} <= set(by_code["TR"].variants)
    assert "Vietnam" in by_code["VN"].variants


def test_recent_accessions_and_non_parties(by_code: dict[str, Party]) -> None:
    assert "AD" in by_code  # Andorra, 2022
    assert "TM" in by_code  # Turkmenistan, 2025
    for code in ("KP", "TV", "SS"):
        assert code not in by_code


def test_tlds_unique_and_well_formed(parties: tuple[Party, ...], by_code: dict[str, Party]) -> None:
    tlds = [t for p in parties for t in p.tlds]
    assert len(tlds) == len(set(tlds))
    assert all(re.fullmatch(r"[a-z]{2}", t) for t in tlds)
    assert by_code["GB"].tlds[0] == "uk"
    assert by_code["FR"].tlds[0] == "fr"


def test_gov_domains_unique(parties: tuple[Party, ...], by_code: dict[str, Party]) -> None:
    domains = [d for p in parties for d in p.gov_domains]
    assert len(domains) == len(set(domains))
    assert all(d == d.lower() and not d.startswith(".") for d in domains)
    # No suffix of one Party's government is a (label-wise) suffix of another's.
    owner = {d: p.code for p in parties for d in p.gov_domains}
    for d, code in owner.items():
        labels = d.split(".")
        for i in range(1, len(labels)):
            parent = ".".join(labels[i:])
            assert owner.get(parent, code) == code, (d, parent)
    assert "gouv.fr" in by_code["FR"].gov_domains
    assert "gov.uk" in by_code["GB"].gov_domains
    assert "gob.mx" in by_code["MX"].gov_domains


def test_domain_lists(domains: DomainLists, parties: tuple[Party, ...]) -> None:
    assert "gmail.com" in domains.personal
    assert "yahoo.*" in domains.personal
    assert {"un.org", "cites.org", "unep.org"} <= set(domains.international)
    assert {"com", "org", "net", "int"} <= set(domains.generic_tlds)
    party_tlds = {t for p in parties for t in p.tlds}
    assert not party_tlds & set(domains.generic_tlds)
    gov = {d for p in parties for d in p.gov_domains}
    assert not gov & (set(domains.personal) | set(domains.international))


def test_no_variant_shared(parties: tuple[Party, ...]) -> None:
    counts = Counter(v for p in parties for v in set(p.variants))
    assert [v for v, n in counts.items() if n > 1] == []
    # Nor is a variant of one Party the name of another.
    name_owner = {n: p.code for p in parties for n in p.names.values()}
    for p in parties:
        for v in p.variants:
            assert name_owner.get(v, p.code) == p.code, (p.code, v)


def test_default_is_cached() -> None:
    assert load_parties() is load_parties()
    assert load_domain_lists() is load_domain_lists()


def test_party_is_hashable(by_code: dict[str, Party]) -> None:
    assert len({by_code["FR"], by_code["FR"]}) == 1


def test_explicit_path(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text(
        '[[party]]\ncode = "NA"\nname_en = "Namibia"\nname_fr = "Namibie"\n'
        'name_es = "Namibia"\ntlds = ["na"]\n'
        '[domains]\npersonal = ["gmail.com"]\ninternational = []\ngeneric_tlds = ["com"]\n',
        encoding="utf-8",
    )
    (party,) = load_parties(path)
    assert party == Party(
        "NA", {"en": "Namibia", "fr": "Namibie", "es": "Namibia"}, (), ("na",), ()
    )
    assert load_domain_lists(path) == DomainLists(("gmail.com",), (), ("com",))


_GOOD = 'name_en = "X"\nname_fr = "X"\nname_es = "X"\n'


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (f'[[party]]\ncode = "FR"\n{_GOOD}[[party]]\ncode = "FR"\n{_GOOD}', "duplicate code"),
        (f'[[party]]\ncode = "fr"\n{_GOOD}', "bad code"),
        (f'[[party]]\ncode = "FRA"\n{_GOOD}', "bad code"),
        ('[[party]]\ncode = "FR"\nname_en = "France"\nname_fr = "France"\n', "name_es"),
        (f'[[party]]\ncode = "FR"\n{_GOOD}tlds = [".fr"]\n', "bad TLD"),
        (
            f'[[party]]\ncode = "FR"\n{_GOOD}tlds = ["fr"]\n'
            f'[[party]]\ncode = "BE"\n{_GOOD}tlds = ["fr"]\n',
            "already belongs to FR",
        ),
        ("x = 1\n", "no [[party]]"),
        ("[[party]\n", "invalid TOML"),
    ],
)
def test_validation_errors(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(message)):
        load_parties(path)


def test_missing_domains_table(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(f'[[party]]\ncode = "FR"\n{_GOOD}', encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape("missing [domains]")):
        load_domain_lists(path)
