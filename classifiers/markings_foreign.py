"""Security markings in the languages Parties print them in, beyond English, French and Spanish.

A government prints its own classification on its documents, in its own language: "SULIT"
(Malay), "SIRI" (Swahili), "DIENESTA VAJADZĪBĀM" (Latvian, for official use), "SALASSA
PIDETTÄVÄ" (Finnish), "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ" (Russian); and sometimes a public one,
"JULKINEN / OFFENTLIG". The words are kept folded (`fold_for_rules`: lower case, no accents).
They are read as markings only where a marking is printed: in capitals, or on a short line of
their own (a stamp); the same word inside a sentence is not a marking.
"""

from __future__ import annotations

import re

from classifiers.confidentiality_lexicon import fold_for_rules

# language -> folded wordings of a restrictive marking
_RESTRICTIVE = {
    "ms/id": ["sulit", "rahsia", "rahasia", "terhad", "terbatas", "rahasia negara"],
    "sw": ["siri", "siri kuu", "kwa matumizi ya ofisi"],
    "fi": ["salassa pidettava", "salainen", "luottamuksellinen", "ei julkinen", "viranomaiskayttoon",
           "kaytto rajoitettu", "sisaiseen kayttoon"],
    "sv": ["sekretessbelagd", "sekretess", "hemlig", "hemligt", "begransad", "ej offentlig",
           "for internt bruk"],
    "da/no": ["fortrolig", "fortroligt", "begraenset", "begrenset", "konfidensielt", "konfidensiel",
              "til tjenestebrug", "unntatt offentlighet", "ikke offentlig", "til intern brug",
              "kun til intern bruk"],
    "nl": ["vertrouwelijk", "dienstvertrouwelijk", "departementaal vertrouwelijk",
           "niet openbaar", "intern gebruik", "alleen voor intern gebruik"],
    "de": ["vertraulich", "nur fur den dienstgebrauch", "vs nfd", "nicht offentlich",
           "nur fur den internen gebrauch", "verschlusssache"],
    "it/pt": ["riservato", "riservatissimo", "confidenziale", "ad uso interno", "sigiloso",
              "restrito", "reservado", "para uso interno", "uso exclusivo interno"],
    "pl": ["poufne", "zastrzezone", "do uzytku sluzbowego", "tajne", "niejawne"],
    "cs/sk": ["duverne", "vyhrazene", "neverejne", "pro vnitrni potrebu", "doverne", "vyhradene",
              "na sluzobne ucely", "pro sluzebni potrebu", "interni"],
    "hu": ["bizalmas", "korlatozott terjesztesu", "nem nyilvanos", "belso hasznalatra"],
    "sl/hr/bs/sr": ["zaupno", "interno", "povjerljivo", "poverljivo", "ograniceno",
                    "sluzbena tajna", "samo za internu upotrebu", "za sluzbenu upotrebu"],
    "ro": ["secret de serviciu", "uz intern", "strict confidential", "nedestinat publicarii"],
    "lv/lt/et": ["dienesta vajadzibam", "konfidenciali", "ierobezotas pieejamibas",
                 "konfidencialiai", "riboto naudojimo", "tarnybinio naudojimo",
                 "asutusesiseseks kasutamiseks", "konfidentsiaalne"],
    "is": ["trunadarmal", "trunadur"],
    "sq/mk/bg": ["konfidenciale", "i kufizuar", "доверливо", "поверливо", "за служебно ползване",
                 "интерно", "ограничен достъп"],
    "el": ["εμπιστευτικο", "απορρητο", "περιορισμενης χρησης", "περιορισμενης διανομης"],
    "tr/az": ["gizli", "hizmete ozel", "kisiye ozel", "kamuya acik degildir", "xidmati istifade ucun",
              "mexfi"],
    "ru/uk/be/kk/ky/mn": ["для служебного пользования", "дсп", "конфиденциально", "секретно",
                          "для службового користування", "конфіденційно", "для службовага карыстання",
                          "құпия", "қызметтік пайдалану үшін", "кызмат пайдалануу учун", "нууц",
                          "албан хэрэгцээнд", "не для публикации", "не подлежит разглашению"],
    "ka/hy": ["საიდუმლო", "კონფიდენციალური", "გაუთქმელია", "գաղտնի", "ծառայողական օգտագործման համար"],
    "ar/fa/he": ["سري", "سري للغاية", "محدود التداول", "للاستخدام الرسمي", "للاستعمال الداخلي", "مكتوم",
                 "محرمانه", "خیلی محرمانه", "סודי", "שמור", "לשימוש פנימי"],
    "zh/ja/ko": ["机密", "機密", "秘密", "内部资料", "内部資料", "部外秘", "社外秘", "取扱注意",
                 "关系者外秘", "関係者外秘", "不予公开", "内部使用", "대외비", "비밀", "기밀"],
    "th/vi/km/lo": ["ลับ", "ลับมาก", "ปกปิด", "mat", "toi mat", "luu hanh noi bo", "sat"],
    "hi/ne/bn/si/ur/am": ["गोपनीय", "গোপনীয়", "রহস্য", "රහස්‍ය", "خفیہ", "ሚስጥር", "ምስጢር"],
    "tl": ["kumpidensyal", "lihim"],
}  # fmt: skip
# language -> folded wordings of a marking that says the document is public
_PUBLIC = {
    "fi/sv/da/no": ["julkinen", "offentlig", "offentligt"],
    "nl/de": ["openbaar", "offentlich"],
    "pl/cs/sk/hu": ["jawne", "verejne", "nyilvanos", "dokument jawny"],
    "el/tr": ["δημοσιο", "kamuya acik"],
}  # fmt: skip

# Wordings too short or too common to count outside capitals: Vietnamese "MẬT" folds to "mat".
_CAPITALS_ONLY = frozenset(
    {"mat", "toi mat", "sat", "siri", "lihim", "interno", "interni", "gizli"}
)


def _alternatives(table: dict[str, list[str]]) -> re.Pattern[str]:
    words = sorted({w for group in table.values() for w in group}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


_RESTRICTIVE_RE = _alternatives(_RESTRICTIVE)
_PUBLIC_RE = _alternatives(_PUBLIC)
_SHORT_LINE = 40


def _capital_runs(original: str) -> list[str]:
    """The runs of a line written in capitals ("SALASSA PIDETTÄVÄ / SEKRETESSBELAGD")."""
    return [
        run
        for run in re.findall(r"[^\W\d_]+(?:[\s/–-]+[^\W\d_]+)*", original)
        if any(c.isupper() for c in run) and not any(c.islower() for c in run)
    ]


def _printed(original: str, found: str) -> bool:
    """Whether a wording found on a line is printed as a marking: the line is short (a stamp),
    or the wording stands in capitals. Scripts without capitals count on a stamp line only."""
    if len(fold_for_rules(original).strip()) <= _SHORT_LINE and found not in _CAPITALS_ONLY:
        return True
    wording = re.compile(rf"(?<!\w){re.escape(found)}(?!\w)")
    return any(wording.search(fold_for_rules(run)) for run in _capital_runs(original))


def foreign_marking(original: str) -> tuple[str | None, str | None]:
    """(restrictive, public) wording printed on one line of a document's margins, if any."""
    folded = fold_for_rules(original)
    for match in _RESTRICTIVE_RE.finditer(folded):
        if _printed(original, match.group(0)):
            return match.group(0), None
    for match in _PUBLIC_RE.finditer(folded):
        if _printed(original, match.group(0)):
            return None, match.group(0)
    return None, None
