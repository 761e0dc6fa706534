"""Document type from the file name, the title and the first page, in English, French, Spanish.

Three kinds of evidence, on text folded to lower case without accents (with OCR slips such as
"C0NFlSQUES" repaired first, and a word OCR split in two, "Obj ective", rejoined when its halves
make a word the rules look for):

- the names of the types ("action plan", "arrêté", "convenio") in the file name, the metadata
  title and the heading lines. The first type name of the heading is the document's own title
  and weighs most: a decree that approves a protocol is a decree, and where two names start
  together the longer wins ("protocole d'accord" and "lettre d'accord" are contracts, a "joint
  procedure" is a protocol, a "protocole de soins" is species guidance, an "acta de compromiso"
  is a contract). The heading ends at a sentence, a list item that reads as one, a list of
  enclosures or a table's row: a name inside them is content, not a title. Nor is a name in a
  cross-reference ("(see SOP C-2)") or one that a task will produce ("Consultancy to develop a
  national action plan"). A file name and a metadata title with the same name count little
  more than one;
- the structure of each type: formulas of letters and official memoranda, articles and enacting
  words of laws, parties named once for all ('("the Custodian")'), undertakings and signatures
  of contracts, numbered, lettered or ticked instructions and document control of SOPs,
  services that agree jointly on a protocol (or are counted, or sit on its committee, or are
  listed as having adopted it), objectives, activities, indicators, quarters and costs of plans,
  tables (tabs, bars, semicolons or CSV) whose columns are a plan's, a directory's of centres
  or figures by year, taxa (binomials, families, orders) and care sections of species guidance
  (not species in a table's cells), slides, minutes, blank forms, judgments, terms of reference,
  press releases and findings of other documents; and the subject of the title, its readers
  left out: a clinical, veterinary or biosecurity course of action is a protocol ("procedure"
  names both an SOP and a protocol, the rest decides; so do a flowchart and a decision tree);
- the same names elsewhere on the page, a little and capped: a passing mention is not a title.

A letter or a transmittal slip recognised by its formulas (salutation, closing, transmittal or
compliments, reference line) is a cover letter whatever it describes at length;
a letter the two sides sign to agree on obligations is a contract.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from classifiers.doc_type_learned import load_model, mix
from classifiers.doc_type_names import TERMS
from intake.domain import Decision


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern for normalised text, where apostrophes are spaces."""
    return re.compile(pattern.replace("'", " "), flags)


# Services that act together, the mark of a protocol (one pattern, counted once).
_JOINT_WORK = (
    # agreed jointly, by consensus, in concert
    r"\bjointly\b|\bconjointement\b|\bconjunta(mente)?\b|\bconsensuad[oa]s?\b|"
    r"\bconcertee?s?\b|\bconcertad[oa]s?\b",
    # the signatory services, or several of them counted: "all three agencies"
    r"signatory (agencies|services|authorities)|services signataires|"
    r"(organos|organismos|instituciones) firmantes",
    r"\b(all|the|les|des|las|los) (two|three|four|five|deux|trois|quatre|cinq|dos|tres|"
    r"cuatro|cinco) (agencies|services|institutions|administrations|organismes|instituciones|"
    r"organismos|entidades)\b",
    # what each of them does: "each agency records its decision", "cada entidad designa"
    r"\b(each|every|chaque|cada) (agency|institution|administration|organisme|entity|"
    r"institucion|organismo|entidad)\b",
    # a committee whose member bodies are listed: "Comité Técnico (MAATE, Agrocalidad, ...)"
    r"\b(committee|comite|comision|commission|working group|groupe de travail|"
    r"grupo de trabajo|mesa tecnica|task force)\b[^\n(]{0,60}\(([^,)\n]+,){2,}",
)
# Adopted by a list of services: "Endorsed by: Customs, Police and the Wildlife Service",
# "Validé par la DGDDI, l'OFB, la DGAL et la DEB", "Acordada entre la Corporación, la Policía
# y la Fiscalía". The rest of the line is the list; _services counts the bodies in it.
_ADOPTED_BY = _rx(
    r"\b(agreed|approved|adopted|endorsed|signed|validated|arretee?s?|approuvee?s?|adoptee?s?|"
    r"validee?s?|convenue?s?|aprobad[oa]s?|acordad[oa]s?|suscrit[oa]s?|validad[oa]s?|"
    r"consensuad[oa]s?) (jointly |conjointement |conjuntamente )?(by|between|among|par|entre|"
    r"por)\b\s*:?(?P<list>[^\n]*)"
)
# A body, not a person: a ministry, a service, an authority... or an acronym with its article
# ("l'OFB", "la DGAL"; "QA" and "CEO" are people).
_BODY = _rx(
    r"\b(authorit(y|ies)|autorite|autoridad|ministr\w*|customs|douanes?|aduanas?|police|"
    r"policia|gendarmerie|services?|servicios?|department|departement|departamento|direction|"
    r"direccion|directorate|agency|agence|agencia|office|oficina|fiscal\w*|parquet|"
    r"procura\w*|prosecut\w*|corporacion|institut\w*|board|commission|comision|council|"
    r"conseil|consejo|unit|unite|unidad|force|bureau|organe|organo|organismo|organisme|"
    r"secretariat|secretaria|division|brigade|brigada|guard|garde|guardia)\b"
)
_ACRONYM = re.compile(r"(the|l|la|le|les|el|los|las) [a-z]{2,6}")
JOINT_SERVICES = 3  # this many bodies adopting a text make it inter-agency

# Structure of each type: (pattern on folded text, weight). Each pattern counts once.
_M = re.MULTILINE
STRUCTURE: dict[str, tuple[tuple[re.Pattern[str], float], ...]] = {
    "regulatory_measure": (
        (_rx(r"^\W*(article|art\.|articulo)\s*(1|premier|primero|1er|one)\b", _M), 2),
        (_rx(r"\bvu (la|le|les|l')|\bconsiderant\b|\bconsiderando\b|^\s*visto\b", _M), 2),
        (_rx(r"^\W*(decrete|arrete|arretent|ordonne|decide|acuerda|resuelve|dispongo|"
                    r"decreta|ordena|a decide ce qui suit|order|orders)\W*$", _M), 3),
        # a statutory instrument's number, its short title and its citation clause
        (_rx(r"^\W*(s\.\s?i\.|g\.\s?o\.\s?(\(\w+\))?|l\.\s?n\.)\s*(no\.?\s*)?\d+|"
                    r"\b(rules|regulations|act|order),? (19|20)\d\d\b", _M), 2),
        (_rx(r"may be cited as|peut etre cite(e)? (comme|sous)|(podra|puede) citarse como|"
                    r"by order of the (governor|president|minister)|par ordre du|por orden del"), 3),
        (_rx(r"unless the context otherwise requires|sauf indication contraire du contexte"),
         1.5),
        (_rx(r"in exercise of the powers|en ejercicio de (las|sus) (facultades|"
                    r"atribuciones)|en vertu (des pouvoirs|de l'article)|be it enacted|"
                    r"hereby (decreed|ordered|made)"), 2),
        (_rx(r"(comes?|shall come) into force|entre(ra)? en vigueur|"
                    r"entrara en (vigencia|vigor)|coming into force|publie au journal"), 1.5),
        (_rx(r"§\s*\d|\bsubpart\b|^\s*(part|chapter|titre|chapitre|capitulo|titulo)"
                    r"\s+([ivx]+|\d+|premier|primero)\b", _M), 1),
    ),
    "protocol": (
        (_rx("|".join(_JOINT_WORK)), 4),
    ),
    "contract": (
        # the sides named once for all: "hereinafter", '("the Custodian")'
        (_rx(r"hereinafter|ci-apres (denomme|designe|appele)|en adelante|"
                    r"denomme(e)? ci-apres|\(\s*((the|la|le|el|l') ?[\"“«]|[\"“«] ?(the|la|le|el|l') )"
                    r"[^\"”»\n]{2,40}[\"”»]\s*\)"), 2),
        (_rx(r"\bthe (undersigned(?! (is|has been|am) directed)|contractor|client)\b|"
                    r"\bles parties\b|\blas partes\b|\bd'une part\b|\bde una parte\b|"
                    r"\bcomodante\b|\ble prestataire\b|"
                    r"^\W*(between|entre)\b[^\n]*\n(\s*\n)*\W*(and|et|y)\b", _M), 1.5),
        (_rx(r"agree(s|d)? (as follows|on the following)|il a ete convenu|"
                    r"conviennent de ce qui suit|se conviene|acuerdan lo siguiente|"
                    r"convienen (en )?lo siguiente|(the parties|les parties|las partes|"
                    r"ambas partes|quienes) (agree|conviennent|acuerdan|convienen)\b"), 2),
        (_rx(r"\bclausula\b|\bclause\b|^\s*(primero|primera|segundo|segunda)\s*[:.-]",
                    _M), 1.5),
        (_rx(r"undertakes? to|s'engage a|se obliga|se compromete"), 1),
        (_rx(r"\b(pay|fees?|price|invoices?|reimburse\w*|remunerat\w*|rembours\w*|prix|"
                    r"paiement|forfaitaire|factures?|precio|pago|honorarios|facturas?|"
                    r"reembols\w*)\b"), 1.5),
        (_rx(r"in witness whereof|accepted and agreed|agreed and accepted|countersign|"
                    r"sign and return|lu et approuve|bon pour accord|en fe de lo cual|"
                    r"de conformidad (lo )?firman|en senal de conformidad|leido y aprobado|"
                    r"en prueba de conformidad|signed for (and on behalf of )?the|pour accord"),
         1.5),
        (_rx(r"terminat\w*|resiliation|rescision|in (two|duplicate) originals|"
                    r"en deux exemplaires|en dos ejemplares|signed in"), 1),
    ),
    "sop": (
        (_rx(r"^\W*(step|etape|paso)\s*\d", _M), 3),
        (_rx(r"document control|\bowner\b|next review|approved by|prepared by|"
                    r"valide par|redige par|elabore par|elaborado por|aprobado por|"
                    r"indice de revision|date d'application|fecha de vigencia|effective date"), 2),
        (_rx(r"\b(revision|version|rev)\b\s*[:.]?\s*[\w.]*\d"), 1),
        (_rx(r"^\W*(\d+(\.\d+)*\.?\s*)?(purpose|scope|responsibilities|objet|"
                    r"domaine d'application|responsabilites|objetivo|alcance|responsables|"
                    r"deroulement|desarrollo|materiel necessaire)\b", _M), 1.5),
        (_rx(r"\b(sop|pon|poe|mo)[\s-]*(n[o°]\.?\s*)?[a-z]*-?\d|^\s*codigo\s*:", _M), 1.5),
        (_rx(r"duty officer|on duty|on[- ]call|de permanence|de garde|d'astreinte|de turno|"
                    r"de guardia|officers must|keepers"), 1),
    ),
    "action_plan": (
        (_rx(r"\b(objective|objectif|objetivo)s?\s*\d|objectifs? specifiques?|"
                    r"objetivos? especificos?|specific objectives?|objectif general|"
                    r"objetivo general"), 1.5),
        (_rx(r"\b(activity|activite|actividad)\s*\d|"
                    r"^\W*(activities|activites|actividades)\W*$", _M), 1.5),
        (_rx(r"\blead( agency)?\s*:|\bresponsable\b|chef de file|lead agency"), 1),
        (_rx(r"timeline|timeframe|time frame|calendrier|chronogramme|cronograma|"
                    r"\bplazos?\b|echeancier|fecha limite|\b[qt][1-4]\s*20\d\d\b|"
                    r"\b(1er|2e|3e|4e|primer|segundo|tercer|cuarto) trimestre"), 1),
        (_rx(r"\bbudget|presupuesto|\bcosts?\b|\bcouts?\b|\bcostos?\b|"
                    r"\b(usd|eur|us\$)\s?\d|\d\s?(usd|eur|fcfa|xof|xaf)\b"), 1),
        (_rx(r"indicators?|indicateurs?|indicador(es)?|milestones?|\bhitos?\b|baseline|"
                    r"\btargets?\b|valeurs? cibles?|situation de reference|"
                    r"linea (de )?base\b|\bmetas?\b"), 1),
        (_rx(r"resultats? attendus?|expected results?|resultados? esperados?|outcomes?"),
         1),
        (_rx(r"axes? strategiques?|lignes? d'action|lineas? (de accion|estrategicas?)|"
                    r"strategic (actions?|axes|objectives?)|\bejes?\b|priority actions?|"
                    r"actions prioritaires|\bfase \d|\bphase \d"), 1.5),
        (_rx(r"monitoring and evaluation|suivi[- ]evaluation|suivi et evaluation|"
                    r"seguimiento y evaluacion|implementation matrix|matrice|matriz"), 1),
    ),
    "other": (
        (_rx(r"^\W*(slide|diapositive|diapositiva)\s*\d", _M), 4),
        (_rx(r"^\W*(present|presents|presentes|asistentes|apologies|excuses)\s*:|"
                    r"ordre du jour|orden del dia|adoption of the agenda|la seance est levee|"
                    r"action points|se levanta la sesion", _M), 3),
        (_rx(r"annual report|rapport annuel|informe anual|rapport d'activites|"
                    r"informe de gestion|message from the (chair|director)|mot du (president|"
                    r"directeur)|chiffres cles|key figures|highlights"), 2),
        (_rx(r"nature and extent|nature et ampleur|naturaleza y alcance|"
                    r"perceived problems|problemes constates|problemas percibidos|"
                    r"trade routes|routes commerciales|rutas comerciales"), 2),
        (_rx(r"signature (de l'agent|du contrevenant)|firma del (funcionario|"
                    r"infractor)|\u25a1|\[ \]"), 2),
        # the findings of an examination (a necropsy, an inspection)
        (_rx(r"^\W*(\d+\.?\s*)?(findings|hallazgos( macroscopicos| microscopicos)?|constats|"
                    r"constatations)\s*[:.]", _M), 2),
        # a court's judgment: the court heads it, the accused and the verdict follow
        (_rx(r"^\W*(juzgado|tribunal|cour|corte|court|high court|magistrates?)\b", _M), 2),
        (_rx(r"^\W*(procesad[oa]|imputad[oa]|acusad[oa]|accused|defendant|appellant|"
                    r"prevenue?|demandad[oa]|plaintiff)s?\s*:|\b(condenar|se condena|condamne a|"
                    r"convicted|sentenced to|acquitted|absuelve|relaxe)\b", _M), 3),
        # terms of reference: the work, its products and who may do it
        (_rx(r"^\W*(\d+\.?\s*)?(deliverables|livrables|entregables|productos esperados|"
                    r"(required )?qualifications|profil (du|des|requis)|perfil (del|requerido)|"
                    r"duration (of the )?(assignment|consultancy)|duree de la (mission|"
                    r"consultation)|duracion de la consultoria)\b", _M), 3),
    ),
}  # fmt: skip

# What the title and the heading say the document is about: a clinical or veterinary course of
# action is a protocol even when it is called a procedure.
SUBJECT: dict[str, tuple[tuple[re.Pattern[str], float], ...]] = {
    "protocol": (
        (_rx(r"euthanas\w*|eutanasia|quarantaine|quarantine|cuarentena|veterinar\w*|"
                    r"veterinair\w*|sanitaire|sanitari[oa]|clinical|clinique|clinic[oa]|"
                    r"health screening|depistage|zoosanitari\w*|biosecurity|biosafety|"
                    r"biosecurite|bioseguridad"), 2.5),
    ),
}  # fmt: skip

# Who the document is written for ("(para cuidadores y veterinarios)", "à l'usage des centres"):
# its readers, not its subject ("(for the quarantine of birds)" is a subject).
_READERS = (
    r"(the |all |les |le |la |los |las |el |l')?(staff|keepers|carers|cuidadores|soigneurs|"
    r"personal|personnel|agents?|officers?|inspect(ors|eurs|ores)|tecnicos|techniciens|"
    r"technicians|vets|veterinarians|veterinarios|veterinaires|centres?|centers?|centros?|"
    r"operators|operateurs|operadores|funcionarios)\b"
)
_AUDIENCE = _rx(
    rf"\((for|para|pour) {_READERS}[^)\n]*\)|\b(for (the )?use (of|by)|a l'usage d(es?|u)|"
    rf"a l'intention d(es?|u)|para (el )?uso de|destinad[oa]s? a|dirigid[oa]s? a) ?{_READERS}"
    r"[^\n]*"
)
_SALUTATION = _rx(
    r"^\W*(dear|madam|sir|excellency|madame|monsieur|mesdames|messieurs|cher|chere|"
    r"estimad[oa]s?|senor(a|es)?|distinguid[oa]s?|de mi (mayor )?consideracion|muy senor)\b",
    _M,
)
_CLOSING = _rx(
    r"yours (sincerely|faithfully|truly)|sincerely yours|kind regards|best regards|"
    r"respectfully|je vous prie d'agreer|veuillez agreer|l'assurance de (ma|mes|notre)|"
    r"l'expression de (ma|mes|notre)|salutations distinguees|(haute|highest) consideration|"
    r"atentamente|cordialmente|cordial saludo|sin otro particular|hago propicia la oportunidad|"
    r"aprovecho la (oportunidad|ocasion)|distinguida consideracion|avails itself|"
    r"saisit cette occasion|renew to .{0,40}assurances"
)
_TRANSMITTAL = _rx(
    r"please find (attached|enclosed|herewith)|find attached|(have|has) the honou?r to|"
    r"presents its compliments|presente ses compliments|j'ai l'honneur|a l'honneur de|"
    r"veuillez trouver ci-joint|vous trouverez ci-joint|tengo el (agrado|honor) de|"
    r"me dirijo a usted|me permito remitir|me refiero a|adjunto (le )?(remito|envio)|"
    r"tiene a bien remitir|saluda (muy )?atentamente|el cual adjunto|la cual adjunto|"
    r"with reference to|in (reply|response) to (your|the)|en reponse a|faisant suite a|"
    r"en atencion a|en respuesta a|i am pleased to (send|submit|transmit)|"
    r"(with|avec) (the|his|her|my|les|ses|mes) compliments|with compliments|"
    r"for your (retention|records)|"
    # official memoranda forward "herewith" what they are "directed to" send on
    r"(forward|transmit|send|enclos|submit)\w* (herewith|hereby)|herewith (enclosed|attached)|"
    r"(is|am|are|been) directed to|for onward (transmission|submission)|"
    r"pour (transmission|suite a donner)|para su (remision|tramite)"
)
# A line listing what a letter or slip encloses ends the heading: the types it names are other
# documents. It is no formula of a letter: notes de service and circulars have one too.
_ENCLOSURES = _rx(
    r"^\W*(enclosures?|encls?\.?|pieces? jointes?|p\.? ?j\.?|adjuntos?|anexos)\s*"
    r"(\(\d+\)\s*)?:",
    _M,
)
# A press release: its release line, a dateline opening the story ("Douala, 4 March 2021 -"),
# a media contact, an end mark.
_PRESS_RELEASE = {
    "release line": _rx(
        r"for immediate release|embargoed until|pour diffusion immediate|"
        r"para (su )?(difusion|publicacion) inmediata"
    ),
    "dateline": _rx(
        r"^[a-z .]{3,30}, (le )?\d{1,2}(er)?( de)? [a-z]+( de)? \d{4}\s*[-–—.]\s+\w", _M
    ),
    "media contact": _rx(
        r"media (contact|enquiries)|press (contact|office)|contact presse|"
        r"contacto (de|con) (prensa|medios)|^\W*(###|-ends-|fin du communique|fin)\W*$",
        _M,
    ),
}
PRESS_WEIGHT = 8.0
_REFERENCE_LINE = _rx(
    r"^\W*(our ref|your ref|ref|n/ref|v/ref|objet|subject|re|asunto|referencia)\s*[:.]|"
    r"^\W*(oficio|note verbale|nota verbal)\b.{0,12}\d|"
    # unofficial, demi-official and office memoranda: "U.O. No.", "D.O. No.", "O.M. No."
    r"^\W*(u|d|o)\.? ?(o|m)\.? ?(note )?(no|n°)\b",
    _M,
)
_BINOMIAL = re.compile(
    r"\(([A-Z][a-z]{2,}) (?:[a-z]{3,}|spp?\.)|\b[A-Z][a-z]{2,} spp?\.|"
    r"\b(?:genus|genre|genero|generos|géneros|género) [A-Z][a-z]{2,}|(?<![\w.])[A-Z]\. [a-z]{4,}|"
    r"\b[A-Z][a-z]{2,}(?:idae|iformes)\b"  # a family or an order: "(Felidae)", "Passeriformes"
)
_CARE = _rx(
    r"\b(diet|feeding|housing|enclosures?|husbandry|enrichment|handling|temperature|"
    r"release|rehabilitation|quarantine|alimentation|nourriture|regime|hebergement|soins|"
    r"enrichissement|relacher|remise en liberte|dieta|alimentacion|alojamiento|cuidados|"
    r"enriquecimiento|recinto|liberacion|ingreso|reception|accueil)\b"
)
# Cells of a table as text: tabs, bars, semicolons, or the commas of a CSV export, which have
# no space after them (not "1,200").
_CELL_SEPARATOR = re.compile(r"\t|\s\|\s|;|(?<!\d),(?=\S)|,(?=[^\s\d])")
_TABLE_HEADER = _rx(
    r"\b(phone|telephone|telefono|tel|e-?mail|correo|contact\w*|capacity|capacite|capacidad|"
    r"cupo|location|province|provincia|region|departement|departamento|district|municipio|"
    r"commune|town|city|ville|ciudad|localidad|address|adresse|direccion)\b"
)
_TABLE_NAMES = _rx(
    r"\b(centre|center|centro|name|nom|nombre|structure|facility|institution|sanctuary|"
    r"refuge|refugio|organisation|organization|establishment|etablissement|establecimiento|"
    r"depositari[oa]|razon social|raison sociale)s?\b"
)
# The columns of a plan's table (an implementation matrix, a POA, a logical framework): a table
# with three kinds of them is a plan.
_PLAN_COLUMNS = tuple(
    _rx(rf"\b({kind})\b")
    for kind in (
        r"activit(y|ies|es?)|actividad(es)?|actions?|acciones|tasks?|taches?|tareas?",
        r"outputs?|outcomes?|results?|resultats?|resultados?|produits?|productos?|"
        r"components?|composantes?|componentes?|objecti(ve|f)s?|objetivos?|resumen narrativo|"
        r"narrative summary|resume narratif|intervention logic|"
        r"logique d'intervention|logica de intervencion",
        r"lead( agency)?|responsables?|responsible|chef de file|partners?|support|socios",
        r"indicat(ors?|eurs?)|indicador(es)?|metas?|targets?|cibles?",
        r"(means|sources|moyens|medios|fuentes) de verifica\w*|(means|sources) of verification|"
        r"assumptions|hypotheses|supuestos",
        r"q[1-4]|quarters?|trimestres?|timeline|time ?frame|calendrier|cronograma|plazos?|"
        r"echeances?|deadlines?|status|statut|estado",
        r"budget\w*|presupuesto|costs?|couts?|costos?",
    )
)
PLAN_COLUMNS = 3  # this many kinds of column make a plan's table
# A column of years or periods: figures over time (statistics), not a directory.
_YEAR_COLUMN = _rx(r"\b(years?|annees?|anos?|anios?|periods?|periodes?|periodos?)\b")


def _is_table_row(line: str) -> bool:
    """A row of a table as text: four cells or more, two of them filled."""
    cells = _CELL_SEPARATOR.split(line)
    return len(cells) >= 4 and sum(bool(cell.strip()) for cell in cells) >= 2


# A numbered, lettered or ticked item of five words or more: content, not a title.
_LIST_SENTENCE = _rx(
    r"(^\W*(\d+(\.\d+)*[.)]?|[a-z][.)]|(step|etape|paso) \d+\W*|[-–•□▪*])|^\s*(\[ ?\]|☐))"
    r"\s*(\S+\s+){4,}\S"
)
# A sentence of six words or more, ended by a full stop: prose, not a title ("Douanes : retenue
# des animaux, procès-verbal, appel à l'OFB.").
_PROSE_LINE = re.compile(r"^(\S+\s+){5,}\S*[a-z)]\.$")
# Steps of an SOP: numbered, lettered ("a)") or ticked ("[ ]") lines that start with an
# instruction, after an optional label ("Transport : utiliser ..."). English imperatives are
# listed; French and Spanish steps start with an infinitive. Plans also list verbs, but ones that
# develop and strengthen; guidance lists its advice in bullets, not in numbered steps.
_STEP_LINE = _rx(
    r"(^\W*(\d+(\.\d+)*[.)]?|(step|etape|paso) \d+\W*|[a-h][.)])|^\s*(\[ ?\]|[□☐])\W*)\s*"
    r"([^:\n]{0,40}:\s*)?(do not |never |ne (pas|jamais) |no )?(?P<verb>[a-z]+)\b",
    _M,
)
_IMPERATIVES = frozenset((
    "check", "count", "record", "call", "take", "go", "fill", "place", "put", "send", "enter",
    "photograph", "open", "close", "keep", "contact", "complete", "verify", "inform", "notify",
    "hand", "transfer", "wear", "ensure", "use", "inspect", "remove", "label", "weigh",
    "isolate", "move", "store", "attach", "obtain", "wait", "switch", "give", "ask", "leave",
    "return", "report", "submit", "seal", "secure", "clean", "disinfect", "feed", "separate",
    "register", "log", "print", "request", "confirm", "collect", "bring", "handle", "examine",
    "measure", "restrain", "forward", "alert", "escort", "lock", "load", "unload", "carry",
    "deliver", "retain", "sample", "mark", "tag", "scan", "upload", "update"
))  # fmt: skip
# Infinitives that start the activities of a plan rather than the steps of a procedure.
_PLANNING_VERBS = frozenset((
    "renforcer", "elaborer", "developper", "former", "etablir", "adopter", "promouvoir",
    "sensibiliser", "ameliorer", "harmoniser", "organiser", "mobiliser", "appuyer",
    "doter", "construire", "rehabiliter", "evaluer", "publier", "creer", "mettre", "assurer",
    "realiser", "fortalecer", "elaborar", "desarrollar", "capacitar", "establecer",
    "implementar", "promover", "sensibilizar", "mejorar", "armonizar", "organizar",
    "construir", "ampliar", "evaluar", "publicar", "consolidar", "gestionar", "disenar",
    "adoptar", "actualizar", "crear", "impulsar", "fomentar"
))  # fmt: skip
_INFINITIVE = re.compile(r"[a-z]{3,}(er|ir|ar|dre|tre|ire|vre)")
_NOT_INFINITIVE = frozenset((
    "centre", "titre", "chapitre", "cadre", "ordre", "nombre", "lettre", "membre", "registre",
    "ministre", "autre", "entre", "contre", "notre", "votre", "premier", "dernier",
    "particulier", "dossier", "papier", "fichier", "calendrier", "courrier", "janvier",
    "fevrier", "sobre", "libre", "padre", "other", "after", "under", "water", "number",
    "order", "chapter", "member", "paper", "letter", "never", "either", "whether", "over",
    "clear", "their", "year", "lugar", "mujer", "caracter", "hogar", "metre", "theatre",
    "entire", "empire", "questionnaire", "regular", "similar", "particular", "calendar",
    "dollar", "chair", "repair"
))  # fmt: skip
STEP_LINES, STEPS_WEIGHT = 3, 3.5  # this many steps make a list of instructions
# Bulleted or plain lines of four words or more that start with an instruction ("Préparer la
# cage ...", "- Put the animal ..."): a staff manual's or a pocket guide's orders,
# or a species guide's advice; which of the two, the taxa decide (see _generic_manual).
_BULLET_LINE = _rx(
    r"^\s*([-–•▪*]\s*([^:\n]{0,40}:\s*)?)?(do not |never |ne (pas|jamais) |no )?"
    r"(?P<verb>[a-z]+)\b(?=(\s+\S+){3})",
    _M,
)
# The generic names of a guide ("guide", "manual"): species guidance when it names its taxa, the
# organisation's own instructions when it names none and gives orders.
_GENERIC_GUIDES = frozenset(("guide", "guia", "manual", "manuel"))
_BLANKS = re.compile(r"\.{5,}|_{4,}")
# A blank to sign or stamp, or one signed: every signed document has them, not only forms.
_SIGNATURE_BLANK = _rx(
    r"(sign\w*|firma\w*|visa|cachet|sello|stamp)[^\n_.]{0,30}?(\.{5,}|_{4,})|"
    r"(\.{5,}|_{4,})?\s*\((signed|signe|firmado|sgd|sd)\)\s*(\.{5,}|_{4,})?"
)
# The Convention and the CITES resolutions are named everywhere: not a contract, not a law.
_CITES_NAMES = re.compile(
    r"convention (on international trade|sur le commerce international)|"
    r"convencion sobre el comercio internacional|resolu\w+ conf\.?\s*[\d.]+"
)
# A task whose product is a document: "to develop a", "pour l'élaboration du", "para elaborar
# el". A type named after it is that product, not the document at hand.
_OBJECT_OF_WORK = _rx(
    r"\b((to|pour|para|a) (develop|prepare|draft|elaborate|formulate|write|elaborer|preparer|"
    r"rediger|formuler|elaborar|preparar|redactar|formular)|(development|preparation|drafting|"
    r"elaboration|formulation|redaction|elaboracion|preparacion|redaccion|formulacion) "
    r"(of|de|du|d'|del))(\s*\b(a|an|the|un|une|le|la|les|l'|el|los|las|du|des|del)\b)?"
    r"(\s+[a-z]+){0,2}\s*$"  # and up to two words more: "to develop a national (action plan)"
)
# A reference to another document in brackets: its type is not this document's.
_CROSS_REFERENCE = re.compile(r"\((see|voir|ver|vease|cf\.?|refer to|consult\w*)\s[^)\n]*\)")
_UNINFORMATIVE_NAME = re.compile(
    r"^(scan|img|image|dsc|doc|document|documento|book|classeur|libro|sheet|untitled|"
    r"sans titre|sin titulo|file|fichier|archivo|attachment|pieza|new|nuevo|nouveau)"
    r"[\s\d()_-]*$"
)

NAME_WEIGHT, TITLE_WEIGHT, HEAD_WEIGHT, HEADING_WEIGHT, PAGE_WEIGHT = 3.0, 3.0, 5.0, 1.5, 0.5
PAGE_CAP = 3
LETTER_WEIGHT = 10.0
STRONG = 5.0  # below this, a type the call did not ask for does not win


def fold(text: str) -> str:
    """Lower case without accents, apostrophes unified, for matching in three languages."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def _repair_word(match: re.Match[str]) -> str:
    word = match.group(0)
    letters = [ch for ch in word if ch.isalpha()]
    capitals = sum(ch.isupper() for ch in letters) >= 2 and all(
        ch.isupper() or ch == "l" for ch in letters
    )
    if capitals:
        word = word.replace("l", "I")  # "CUlDADOS"
    if any(ch.isdigit() for ch in word) and len(letters) >= 2:
        o = "O" if capitals else "o"  # "C0NFISQUES", "contr6le"
        word = re.sub(r"(?<=[A-Za-z])[06]|[06](?=[A-Za-z])", o, word)
    return re.sub(r"^l(?=[nmrtdgbcfpv])", "I", word)  # "lntroduction"


def repair_ocr(text: str) -> str:
    """Undo the commonest OCR slips: 0 for O, 6 for ó, l for I ("C0NFlSQUES", "lngreso")."""
    return re.sub(r"[^\W_]+", _repair_word, text)


def _vocabulary() -> frozenset[str]:
    """The words of five letters or more that the names, structures and subjects look for, with
    their plurals and singulars."""
    sources = [term if isinstance(term, str) else term[0] for ts in TERMS.values() for term in ts]
    for patterns in (*STRUCTURE.values(), *SUBJECT.values()):
        sources += [re.sub(r"\\[a-zA-Z]", " ", pattern.pattern) for pattern, _ in patterns]
    words = {word for text in sources for word in re.findall(r"[a-z]{5,}", text)}
    words |= {w + "s" for w in words} | {w[:-1] + "ies" for w in words if w.endswith("y")}
    return frozenset(words | {w[:-1] for w in words if w.endswith("s") and len(w) > 5})


_VOCABULARY = _vocabulary()
_SPLIT_WORD = re.compile(r"(?<![a-z])([a-z]{2,}) (?=([a-z]{2,})(?![a-z]))")


def _join_split_words(text: str) -> str:
    """Rejoin a word OCR split in two when the halves make a word the rules look for, and not
    both halves are such words themselves ("obj ective" -> "objective")."""

    def join(match: re.Match[str]) -> str:
        first, second = match.groups()
        known = first in _VOCABULARY and second in _VOCABULARY
        return first if first + second in _VOCABULARY and not known else match.group(0)

    return _SPLIT_WORD.sub(join, text)


def _normalise(text: str) -> str:
    """Folded, OCR-repaired, apostrophes as spaces ("plan d'action" = "PLAN D ACTION"), without
    the Convention's names and cross-references to other documents ("(see SOP C-2)")."""
    folded = _CITES_NAMES.sub(" ", fold(repair_ocr(text)))
    folded = _CROSS_REFERENCE.sub(" ", folded).replace("'", " ")
    return _join_split_words(folded)


Owners = tuple[tuple[str, float], ...]


def _compile_terms() -> tuple[re.Pattern[str], dict[str, Owners]]:
    owners: dict[str, Owners] = {}
    for doc_type, terms in TERMS.items():
        for entry in terms:
            term, weight = (entry, 1.0) if isinstance(entry, str) else entry
            key = term.replace("'", " ")
            owners[key] = (*owners.get(key, ()), (doc_type, weight))
    alternatives = "|".join(re.escape(t) for t in sorted(owners, key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])"), owners


_TERMS_RE, _TERM_OWNERS = _compile_terms()


def _terms(text: str) -> list[tuple[str, Owners]]:
    """Each type name in the text with the types it names (most name one), longest name first
    where two start at the same place."""
    return [(m.group(0), _TERM_OWNERS[m.group(0)]) for m in _TERMS_RE.finditer(text)]


def _name_text(filename: str) -> str:
    """The words of a file name ("ActionPlan2021.docx" -> "action plan 2021"); empty when the
    name says nothing ("scan0001.pdf", "Document1.docx")."""
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", filename)
    stem = re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])", " ", stem)
    stem = re.sub(r"[_.]+|(?<=\w)-(?=\w)|\s-\s", " ", stem)
    stem = " ".join(_CITES_NAMES.sub(" ", fold(stem)).replace("'", " ").split())
    return "" if _UNINFORMATIVE_NAME.match(stem) else stem


def _split_heading(page: str, lines: int = 8) -> tuple[list[str], str]:
    """The first lines (letterhead and title, up to a salutation, a sentence, a list item that
    reads as a sentence, a list of enclosures or a table's row), and the rest."""
    all_lines = page.splitlines()
    heading: list[str] = []
    end = 0
    while end < len(all_lines) and len(heading) < lines:
        line = all_lines[end].strip()
        if line and (
            len(line) > 160
            or _SALUTATION.match(line)
            or _LIST_SENTENCE.match(line)
            or _PROSE_LINE.match(line)
            or _ENCLOSURES.match(line)
            or _is_table_row(line)
        ):
            break
        if line:
            heading.append(line)
        end += 1
    return heading, "\n".join(all_lines[end:])


class _Scores:
    def __init__(self) -> None:
        self.points: dict[str, float] = {}
        self.evidence: dict[str, list[str]] = {}
        self.generic_guide = 0.0  # species guidance's points from a generic name only

    def add(self, doc_type: str, points: float, why: str) -> None:
        self.points[doc_type] = self.points.get(doc_type, 0.0) + points
        self.evidence.setdefault(doc_type, []).append(why)


def _add_term(scores: _Scores, term: str, owners: Owners, points: float, why: str) -> None:
    for doc_type, weight in owners:
        scores.add(doc_type, points * weight, why.format(term))
        if term in _GENERIC_GUIDES:
            scores.generic_guide += points * weight


def _score_names(scores: _Scores, name: str, title: str, heading: list[str], body: str) -> None:
    in_name = dict(_terms(name))
    for term, owners in in_name.items():
        _add_term(scores, term, owners, NAME_WEIGHT, "file name: {}")
    for term, owners in dict(_terms(title)).items():
        # A file name is mostly its title shortened: the same name twice is one piece of evidence.
        weight = TITLE_WEIGHT / 3 if term in in_name else TITLE_WEIGHT
        _add_term(scores, term, owners, weight, "title: {}")
    head_found = False
    for line in heading:
        found = _terms(line)
        if found and not head_found and not _names_work_to_do(line):
            _add_term(scores, *found[0], HEAD_WEIGHT, "heading: {}")
            found, head_found = found[1:], True
        for term, owners in found:
            _add_term(scores, term, owners, HEADING_WEIGHT, "heading mentions {}")
    counts: dict[str, int] = {}
    for term, _owners in _terms(body):
        counts[term] = counts.get(term, 0) + 1
    for term, n in counts.items():
        points = PAGE_WEIGHT * min(n, PAGE_CAP)
        _add_term(scores, term, _TERM_OWNERS[term], points, "page mentions {}")


def _names_work_to_do(line: str) -> bool:
    """Whether the first type the line names is the object of a task ("Consultancy to develop a
    national action plan"): that document is still to be written, this one is not it."""
    first = _TERMS_RE.search(line)
    return bool(first and _OBJECT_OF_WORK.search(line[: first.start()]))


def _title_lines(heading: list[str]) -> list[str]:
    """The heading line that names a type, and the subtitle after it."""
    start = next((i for i, line in enumerate(heading) if _TERMS_RE.search(line)), len(heading))
    return heading[start : start + 2]


def _score_subject(scores: _Scores, title: str, heading: list[str]) -> None:
    """Points for what the title is about, its readers left out: a veterinary procedure is a
    protocol, a procedure written for keepers and vets is not one for that reason."""
    text = _AUDIENCE.sub(" ", "\n".join([title, *_title_lines(heading)]))
    for doc_type, patterns in SUBJECT.items():
        for pattern, weight in patterns:
            match = pattern.search(text)
            if match:
                scores.add(doc_type, weight, f"subject: {match.group(0)}")


def _score_letter(scores: _Scores, raw_head: str, page: str) -> None:
    parts = {
        "salutation": bool(_SALUTATION.search(page[:1500])),
        "closing": bool(_CLOSING.search(page)),
        "transmittal": bool(_TRANSMITTAL.search(page)),
        "reference line": bool(_REFERENCE_LINE.search(page[:1500])),
    }
    found = [k for k, v in parts.items() if v]
    if len(found) >= 2 and len(raw_head) < 5000:
        scores.add(
            "cover_letter", LETTER_WEIGHT + 2 * (len(found) - 2), "letter: " + ", ".join(found)
        )
    elif found:
        scores.add("cover_letter", 1.5, "letter: " + found[0])


def _score_press_release(scores: _Scores, page: str) -> None:
    """Two marks of a press release make one, whatever species or seizure it reports."""
    found = [name for name, pattern in _PRESS_RELEASE.items() if pattern.search(page)]
    if len(found) >= 2:
        scores.add("other", PRESS_WEIGHT, "press release: " + ", ".join(found))
    elif found:
        scores.add("other", 1.5, "press release: " + found[0])


def _is_instruction(word: str) -> bool:
    if word in _IMPERATIVES:
        return True
    return (
        bool(_INFINITIVE.fullmatch(word))
        and word not in _NOT_INFINITIVE
        and word not in _PLANNING_VERBS
    )


def _services(listed: str) -> int:
    """How many bodies a list names ("the Management Authority, HM Customs and the Police")."""
    items = re.split(r",|;|&|\s(?:and|et|y|e)\s", re.sub(r"\([^)]*\)", " ", listed))
    return sum(bool(_BODY.search(item) or _ACRONYM.fullmatch(item.strip())) for item in items)


def _adopted_by_services(page: str) -> int:
    """The most bodies a line says adopted or agreed the text."""
    return max((_services(m.group("list")) for m in _ADOPTED_BY.finditer(page)), default=0)


def _score_structure(scores: _Scores, page: str, raw: str) -> None:
    """Points for each type's structure: its patterns, the services that adopted a protocol, an
    SOP's steps, guidance's taxa, a table's columns and a form's blanks."""
    for doc_type, patterns in STRUCTURE.items():
        for pattern, weight in patterns:
            match = pattern.search(page)
            if match:
                scores.add(doc_type, weight, f"{match.group(0).strip()[:30]!r}")
    _score_adoption(scores, page)
    _score_steps(scores, page)
    _score_taxa(scores, page, raw)
    _generic_manual(scores, page)
    _score_table(scores, page)
    _score_contacts(scores, raw)
    _score_genre_cues(scores, page)
    if len(_BLANKS.findall(_SIGNATURE_BLANK.sub(" ", page))) >= 4:
        scores.add("other", 3, "blank form")


# A telephone number: seven digits or more, with spaces, dots, dashes or brackets between.
_PHONE = re.compile(r"(?<![\w/])\+?\(?\d[\d().\s-]{5,}\d(?![\w/])")
# Cues of a genre in the page's words ("rapport de présentation" heads a decree; "to be
# followed by all officers" issues an instruction; a letter asking for more time transmits
# nothing).
_GENRE_CUES: tuple[tuple[str, re.Pattern[str], float], ...] = (
    (
        "regulatory_measure",
        re.compile(
            r"rapport de presentation(?=[\s\S]{0,3000}\b(?:decret|decrete|arrete|ordonnance|loi)\b)"
        ),
        4.0,
    ),
    (
        "sop",
        re.compile(
            r"\b(?:to be (?:followed|applied|complied with) by (?:all )?|a (?:suivre|respecter|appliquer) par (?:tous |toutes |l ensemble )?|de (?:cumplimiento|aplicacion) obligatori[oa] (?:para|por) )"
        ),
        3.0,
    ),
    (
        "other",
        re.compile(
            r"\b(?:prorroga|ampliacion del plazo|extension (?:of|de) (?:the )?(?:deadline|plazo|delai)|prolongation du delai|report (?:du delai|de la date limite)|additional time to (?:submit|reply))\b"
        ),
        LETTER_WEIGHT + 2,
    ),
)


def _score_contacts(scores: _Scores, raw: str) -> None:
    """Rows of a table or list that each give a telephone number: a directory of contacts,
    whatever its columns are called ("First call | Backup", "Actor | Rol | Teléfono")."""
    rows = [line for line in raw.splitlines() if len(_CELL_SEPARATOR.split(line)) >= 3]
    with_phone = [
        line
        for line in rows
        if any(sum(ch.isdigit() for ch in m.group(0)) >= 7 for m in _PHONE.finditer(line))
    ]
    if len(with_phone) >= 3:
        scores.add("network_resources", 4, f"{len(with_phone)} rows with a telephone number")


def _score_genre_cues(scores: _Scores, page: str) -> None:
    for doc_type, pattern, points in _GENRE_CUES:
        match = pattern.search(page)
        if match:
            scores.add(doc_type, points, f"{match.group(0).strip()[:30]!r}")


def _score_adoption(scores: _Scores, page: str) -> None:
    """Services listed as having adopted or agreed the text make it a protocol, unless joint
    work already counted (one piece of evidence, counted once)."""
    if any(pattern.search(page) for pattern, _ in STRUCTURE["protocol"]):
        return
    services = _adopted_by_services(page)
    if services >= JOINT_SERVICES:
        scores.add("protocol", 3, f"adopted by {services} services")


def _score_steps(scores: _Scores, page: str) -> None:
    """Numbered, lettered or ticked lines that start with an instruction are an SOP's steps."""
    steps = [m.group("verb") for m in _STEP_LINE.finditer(page)]
    steps = [verb for verb in steps if _is_instruction(verb)]
    if len(steps) >= STEP_LINES:
        scores.add("sop", STEPS_WEIGHT, f"{len(steps)} steps ({steps[0]} ...)")


def _generic_manual(scores: _Scores, page: str) -> None:
    """A guide or manual that names no taxon and gives orders (numbered or bulleted lines that
    start with an instruction) is the organisation's own instructions: an SOP. Its generic
    name's points go to the SOP."""
    if not scores.generic_guide or any(
        why.startswith("taxon") for why in scores.evidence.get("species_guidance", ())
    ):
        return
    verbs = [m.group("verb") for m in _STEP_LINE.finditer(page)]
    verbs += [m.group("verb") for m in _BULLET_LINE.finditer(page)]
    orders = [verb for verb in verbs if _is_instruction(verb)]
    if len(orders) >= STEP_LINES:
        moved = min(scores.generic_guide, scores.points.get("species_guidance", 0.0))
        scores.points["species_guidance"] -= moved
        scores.add("sop", moved, f"a manual naming no species, of {len(orders)} orders")


def _score_taxa(scores: _Scores, page: str, raw: str) -> None:
    """Species guidance names its taxa in its prose, the more so in its title, and speaks of
    their care; species in the cells of a table are records (seizures, permits), not advice."""
    prose = [line for line in raw.strip().splitlines() if not _is_table_row(line)]
    taxa = [m.group(0) for m in _BINOMIAL.finditer("\n".join(prose))]
    if taxa:
        in_heading = any(_BINOMIAL.search(line) for line in prose[:4])
        points = 2 + 2 * in_heading + min(len(set(_CARE.findall(page))), 4)
        scores.add("species_guidance", points, f"taxon {taxa[0].strip('(')}")


def _score_table(scores: _Scores, page: str) -> None:
    """A table's header says what it holds: a plan's activities, leads, indicators, quarters and
    costs; centres with their places and contacts; or figures by year."""
    rows = [line for line in page.splitlines() if _is_table_row(line)]
    if len(rows) < 3:
        return
    header = " ".join(rows[:2])
    plan_columns = sum(bool(column.search(header)) for column in _PLAN_COLUMNS)
    if plan_columns >= PLAN_COLUMNS:
        scores.add("action_plan", 6, f"table of a plan ({plan_columns} kinds of column)")
    elif _TABLE_HEADER.search(header) and _TABLE_NAMES.search(header):
        scores.add("network_resources", 6, "table of centres and contacts")
    elif _YEAR_COLUMN.search(rows[0]):
        scores.add("other", 3, "table of figures by year")
    else:
        scores.add("network_resources", 1, "table")


TYPES = (
    "action_plan", "protocol", "regulatory_measure", "sop", "species_guidance", "contract",
    "network_resources", "cover_letter", "other",
)  # fmt: skip


def _by_form(evidence: str) -> bool:
    """Whether the rules' "other" rests on the document's form (a press release's dateline, an
    invoice, a judgment, a title), not only on a word the page mentions in passing."""
    cues = [c.strip() for c in evidence.split(";") if c.strip()]
    return any(not re.match(r"(?:page|heading) mentions\b", c) for c in cues)


def classify_doc_type(
    filename: str, first_page: str, title: str = "", requested: Sequence[str] = ()
) -> Decision:
    """The type the rules and the learned model together find most likely (half each, see
    `classifiers.doc_type_learned`), with the evidence of the one that decided; the rules alone
    when no model is shipped."""
    rules = rules_doc_type(filename, first_page, title, requested)
    model = load_model()
    if model is None or rules.value is None:
        return rules
    if (
        rules.value == "other"
        and "doc_type_unknown" not in rules.flags
        and _by_form(rules.evidence)
    ):
        # "Other" is a class by exclusion (press releases, invoices, judgments, terms of
        # reference...): the rules know these genres by their form, a word model cannot learn
        # them from a few examples each, so a recognised genre stands.
        return rules
    allowed = [t for t in TYPES if not requested or t in requested or t in ("other", rules.value)]
    learned = model.posterior(filename, title, first_page)
    belief = mix(rules.value, rules.confidence, learned, allowed)
    best = max(allowed, key=lambda t: (belief[t], t == rules.value))
    confidence = round(belief[best], 3)
    flags = tuple(rules.flags)  # a low mixed belief raises low_confidence (flags_of)
    if best == rules.value:
        return Decision("doc_type", best, confidence, rules.evidence, flags)
    words = ", ".join(model.reasons(best, filename, title, first_page)) or "its words"
    evidence = (
        f"learned from the labelled set ({words}); the rules said {rules.value} ({rules.evidence})"
    )
    return Decision("doc_type", best, confidence, evidence, flags)


def rules_doc_type(
    filename: str, first_page: str, title: str = "", requested: Sequence[str] = ()
) -> Decision:
    """The most likely type by the rules, with what decided it; 'other' when nothing matches.

    `requested` is the call's list of document types: a type the call did not ask for wins only
    on strong evidence, since a passing word ("acuerdo de colaboración") is not a contract.
    """
    raw = first_page[:6000]
    page = _normalise(raw)
    scores = _Scores()
    name = _name_text(filename)
    heading, body = _split_heading(page)
    _score_names(scores, name, _normalise(title), heading, body)
    _score_subject(scores, _normalise(title), heading)
    _score_letter(scores, raw, page)
    _score_press_release(scores, page)
    _score_structure(scores, page, repair_ocr(raw))
    points = scores.points
    if requested:
        for doc_type in list(points):
            if doc_type not in requested and doc_type != "other" and points[doc_type] < STRONG:
                del points[doc_type]
    if not points:
        why = "uninformative file name; " if filename and not name else ""
        return Decision(
            "doc_type", "other", 0.4, f"{why}no type evidence in name, title or first page",
            flags=("doc_type_unknown",),
        )  # fmt: skip
    ranked = sorted(points.items(), key=lambda kv: kv[1], reverse=True)
    best, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    margin = (score - runner_up) / score
    confidence = round(min(0.95, 0.5 + 0.04 * score) * (0.6 + 0.4 * margin), 3)
    return Decision("doc_type", best, confidence, "; ".join(scores.evidence[best][:4]))
