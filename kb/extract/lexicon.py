"""Small closed word lists the entity rules read: offices, troops, media, leaderships.

Kept apart from the rules so that extending kb to a new kind of article means adding
words here, not code. Each maps a Hungarian nominative to its English rendering.
"""

from __future__ import annotations

from kb.extract.morphology import plural
from kb.model import EntityType


def _english_plural(noun: str) -> str:
    """ "archaeologist" → "archaeologists", "injured person" → "injured people", "head of
    state" → "heads of state"."""
    if " of " in noun:
        head, _, rest = noun.partition(" of ")
        return f"{_english_plural(head)} of {rest}"
    for singular, many in (("person", "people"), ("man", "men"), ("child", "children")):
        if noun.endswith(singular):
            return noun[: -len(singular)] + many
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


# Offices a person holds, longest first so "védelmi miniszter" wins over "miniszter".
ROLES = {
    "miniszterelnök": "prime minister",
    "külügyminiszter": "foreign minister",
    "védelmi miniszter": "defence minister",
    "hadügyminiszter": "defence minister",
    "belügyminiszter": "interior minister",
    "pénzügyminiszter": "finance minister",
    "miniszter": "minister",
    "kormányfő": "head of government",
    "államfő": "head of state",
    "alelnök": "vice president",
    "elnökjelölt": "presidential candidate",
    "házelnök": "speaker",
    "elnök": "president",
    "kormányszóvivő": "government spokesperson",
    "szóvivő": "spokesperson",
    "nagykövet": "ambassador",
    "főtitkár": "secretary-general",
    "kancellár": "chancellor",
    "király": "king",
    "államtitkár": "state secretary",
    "vezérkari főnök": "chief of staff",
    "parancsnok": "commander",
    "tábornok": "general",
    "vezető": "leader",
    "diktátor": "dictator",
    "polgármester": "mayor",
    "képviselő": "representative",
    "elemző": "analyst",
    "közgazdász": "economist",
    "sofőr": "driver",
    "edző": "coach",
    "frakcióvezető": "parliamentary group leader",
    "igazgató": "director",
    "kormányzó": "governor",
    "jegybankelnök": "central bank governor",
    "főpolgármester": "mayor",
    "alpolgármester": "deputy mayor",
    "vezérigazgató": "chief executive",
    "főigazgató": "director general",
    "ügyvezető": "managing director",
    "főorvos": "chief physician",
    "orvos": "doctor",
    "ügyész": "prosecutor",
    "bíró": "judge",
    "ügyvéd": "lawyer",
    "rendőrfőkapitány": "police chief",
    "kapitány": "captain",
    "szakértő": "expert",
    "kutató": "researcher",
    "professzor": "professor",
    "rektor": "rector",
    "kormánybiztos": "government commissioner",
    "kormánymegbízott": "government commissioner",
    "főispán": "lord lieutenant",
    "jegyző": "town clerk",
    "sajtófőnök": "press chief",
    "tisztifőorvos": "chief medical officer",
    "meteorológus": "meteorologist",
    "ombudsman": "ombudsman",
    "elnök-vezérigazgató": "chairman and chief executive",
    "tanácsadó": "adviser",
    "védő": "defence lawyer",
    "jelölt": "candidate",
    "diplomata": "diplomat",
    "különmegbízott": "special envoy",
    "főtárgyaló": "chief negotiator",
    "titkár": "secretary",
    "rendező": "film or stage director",
    "színész": "actor",
    "kurátor": "curator",
    "adjunktus": "assistant professor",
    "társszerző": "co-author",
    "pilóta": "driver",
    "versenyző": "competitor",
    "politikus": "politician",
    "szakember": "specialist",
}
# A party to a trial: "a vádlott" is the person the article is about.
PARTIES = frozenset({"vádlott", "fővádlott", "gyanúsított", "terhelt", "elítélt"})
# A nationality before one of these names a group of the state's people sent or
# fielded together ("magyar tűzoltók", "a magyar egységet"); the generic ones alone
# after "a(z)" name the last such group ("a csapat").
GROUPS = {
    "tűzoltó": ("tűzoltók", "firefighters"),
    "mentő": ("mentők", "rescuers"),
    "rendőr": ("rendőrök", "police officers"),
    "katasztrófavédő": ("katasztrófavédők", "disaster managers"),
    "önkéntes": ("önkéntesek", "volunteers"),
    "szakember": ("szakemberek", "specialists"),
    "egység": ("egység", "unit"),
    "csapat": ("csapat", "team"),
    "különítmény": ("különítmény", "detachment"),
    "küldöttség": ("küldöttség", "delegation"),
    "delegáció": ("delegáció", "delegation"),
}
# People who act together, told of by what they do, one group however often
# mentioned: "a kutatók", "Piaci elemzők szerint", "több mint 120 tűzoltó" (a count
# takes the singular). Crowds and the people things befall, counted or in the plural
# ("mintegy 4500 néző", "csaknem háromezer embert", "a túszok"), are Groups too
# (annotation-format §5.1 after the round-6 gold sweep); a count with no noun
# ("640-en") is none.
PEOPLE = {
    "kutató": ("kutatók", "researchers"),
    "csillagász": ("csillagászok", "astronomers"),
    "tudós": ("tudósok", "scientists"),
    "lakó": ("lakók", "residents"),
    "nyomozó": ("nyomozók", "investigators"),
    "elemző": ("elemzők", "analysts"),
    "szakértő": ("szakértők", "experts"),
    "szervező": ("szervezők", "organisers"),
    "küldött": ("küldöttek", "delegates"),
    "tüntető": ("tüntetők", "protesters"),
    "elkövető": ("elkövetők", "perpetrators"),
    "ismeretlen": ("ismeretlenek", "unknown persons"),
    "tűzoltó": ("tűzoltók", "firefighters"),
    "rendőr": ("rendőrök", "police officers"),
    "katona": ("katonák", "troops"),
    "önkéntes": ("önkéntesek", "volunteers"),
    "kiképző": ("kiképzők", "instructors"),
    "tagállam": ("tagállamok", "member states"),
    "gazda": ("gazdák", "farmers"),
    "gazdálkodó": ("gazdálkodók", "farmers"),
    "utas": ("utasok", "passengers"),
    "turista": ("turisták", "tourists"),
    "munkaadó": ("munkaadók", "employers"),
    "foglalkoztatott": ("foglalkoztatottak", "the employed"),
    "pilóta": ("pilóták", "pilots"),
    "ügyintéző": ("ügyintézők", "clerks"),
    "játékvezető": ("játékvezetők", "referees"),
    "befektető": ("befektetők", "investors"),
    "háziorvos": ("háziorvosok", "general practitioners"),
    "versenyző": ("versenyzők", "competitors"),
    "sérült": ("sérültek", "the injured"),
    "érintett": ("érintettek", "those affected"),
}
# People told of by what they are (round 6), nominative singular → English, grouped
# by what they denote. One of them ("egy alezredes", "az egyik sofőrt") is a person
# (descriptions.someone); the plural of an occupation, a rank or a part ("a régészek",
# "a hívek", "lakosokat"), counted or not, a group (groups.people_group): PEOPLE below
# holds those, kin in the plural ("a gyerekeknek", "a szülők") too.
OCCUPATIONS = {
    "régész": "archaeologist", "történész": "historian", "művészettörténész": "art historian",
    "restaurátor": "restorer", "építész": "architect", "mérnök": "engineer",
    "geológus": "geologist", "biológus": "biologist", "vegyész": "chemist",
    "fizikus": "physicist", "matematikus": "mathematician", "szeizmológus": "seismologist",
    "meteorológus": "meteorologist", "klimatológus": "climatologist",
    "epidemiológus": "epidemiologist", "virológus": "virologist", "orvos": "doctor",
    "szakorvos": "specialist doctor", "sebész": "surgeon", "állatorvos": "veterinarian",
    "gyógyszerész": "pharmacist", "ápoló": "nurse", "gondozó": "keeper",
    "állatgondozó": "animal keeper", "mentős": "paramedic", "mentőtiszt": "paramedic",
    "pszichológus": "psychologist", "tanár": "teacher", "pedagógus": "teacher",
    "tanító": "schoolteacher", "óvónő": "nursery teacher", "oktató": "instructor",
    "újságíró": "journalist", "riporter": "reporter", "tudósító": "correspondent",
    "fotós": "photographer", "szerkesztő": "editor", "operatőr": "camera operator",
    "színművész": "actor", "színésznő": "actress", "művész": "artist", "zenész": "musician",
    "énekes": "singer", "táncos": "dancer", "író": "writer", "költő": "poet",
    "festő": "painter", "szobrász": "sculptor", "zeneszerző": "composer",
    "karmester": "conductor", "sportoló": "athlete", "játékos": "player",
    "labdarúgó": "footballer", "úszó": "swimmer", "kajakos": "kayaker",
    "kenus": "canoeist", "vívó": "fencer", "futó": "runner", "kerékpározó": "cyclist",
    "kézilabdázó": "handball player", "vízilabdázó": "water polo player",
    "teniszező": "tennis player", "kapus": "goalkeeper", "hátvéd": "defender",
    "középpályás": "midfielder", "csatár": "forward", "átlövő": "back",
    "producer": "producer", "tervező": "designer",
    "munkás": "worker", "dolgozó": "worker", "alkalmazott": "employee",
    "munkatárs": "colleague", "munkavállaló": "employee", "köztisztviselő": "civil servant",
    "tisztviselő": "official", "hivatalnok": "clerk", "informatikus": "IT specialist",
    "programozó": "programmer", "szerelő": "mechanic", "villanyszerelő": "electrician",
    "kőműves": "bricklayer", "építőmunkás": "construction worker", "technikus": "technician",
    "búvár": "diver", "tengerész": "sailor", "matróz": "sailor", "halász": "fisher",
    "vadász": "hunter", "erdész": "forester", "bányász": "miner", "földműves": "farmer",
    "termelő": "producer", "tenyésztő": "breeder", "állattartó": "livestock keeper",
    "kertész": "gardener", "pék": "baker", "szakács": "cook", "pincér": "waiter",
    "vendéglátós": "caterer", "szállodás": "hotelier", "kereskedő": "trader",
    "nagykereskedő": "wholesaler", "kiskereskedő": "retailer", "bankár": "banker",
    "könyvelő": "accountant", "vállalkozó": "entrepreneur", "alvállalkozó": "subcontractor",
    "fejlesztő": "developer", "beszállító": "supplier", "mozdonyvezető": "train driver",
    "buszsofőr": "bus driver", "kamionsofőr": "lorry driver", "kalauz": "conductor",
    "légiutas-kísérő": "flight attendant", "portás": "porter", "takarító": "cleaner",
    "postás": "postal worker",
    "tolmács": "interpreter", "fordító": "translator", "idegenvezető": "tour guide",
    "közjegyző": "notary", "végrehajtó": "bailiff", "járőr": "patrol officer",
    "határőr": "border guard", "börtönőr": "prison guard", "vízirendőr": "river police officer",
    "mentő": "rescuer", "mentőcsapat": "rescue team", "katasztrófavédő": "disaster manager",
    "kutatómérnök": "research engineer", "doktorandusz": "doctoral student",
    "szakember": "specialist",
}  # fmt: skip
RANKS = {
    "közlegény": "private", "őrvezető": "lance corporal", "tizedes": "corporal",
    "őrmester": "sergeant", "hadnagy": "lieutenant", "főhadnagy": "first lieutenant",
    "százados": "captain", "őrnagy": "major", "alezredes": "lieutenant colonel",
    "ezredes": "colonel", "dandártábornok": "brigadier general",
    "vezérőrnagy": "major general", "altábornagy": "lieutenant general",
    "vezérezredes": "colonel general", "admirális": "admiral", "tiszt": "officer",
    "főtiszt": "senior officer", "püspök": "bishop", "megyéspüspök": "diocesan bishop",
    "érsek": "archbishop", "bíboros": "cardinal", "főpásztor": "bishop", "pap": "priest",
    "plébános": "parish priest", "lelkész": "pastor", "rabbi": "rabbi", "imám": "imam",
    "szerzetes": "monk", "apáca": "nun", "pápa": "pope",
}  # fmt: skip
PARTICIPANTS = {
    "áldozat": "victim", "sérült": "injured person", "sebesült": "wounded person",
    "halott": "dead person", "túlélő": "survivor", "eltűnt": "missing person",
    "beteg": "patient", "páciens": "patient", "fertőzött": "infected person",
    "szemtanú": "eyewitness", "tanú": "witness", "vádlott": "defendant",
    "fővádlott": "main defendant", "gyanúsított": "suspect", "terhelt": "accused",
    "elítélt": "convict", "fogvatartott": "detainee", "rab": "prisoner",
    "tettes": "perpetrator", "támadó": "attacker", "csaló": "fraudster",
    "tolvaj": "thief", "betörő": "burglar", "rabló": "robber", "zsaroló": "blackmailer",
    "gyilkos": "murderer", "bűnöző": "criminal", "sztrájkoló": "striker",
    "résztvevő": "participant", "látogató": "visitor", "vendég": "guest",
    "hívő": "believer", "zarándok": "pilgrim", "érdeklődő": "interested person",
    "jelentkező": "applicant", "felvételiző": "applicant", "pályázó": "applicant",
    "lakos": "inhabitant", "polgár": "citizen", "állampolgár": "citizen",
    "választó": "voter", "szavazó": "voter", "adófizető": "taxpayer",
    "fogyasztó": "consumer", "vásárló": "customer", "ügyfél": "client",
    "előfizető": "subscriber", "bérlő": "tenant", "tulajdonos": "owner",
    "nyugdíjas": "pensioner", "munkanélküli": "unemployed person", "diák": "student",
    "tanuló": "pupil", "hallgató": "student", "egyetemista": "university student",
    "gyalogos": "pedestrian", "kerékpáros": "cyclist", "motoros": "motorcyclist",
    "autós": "motorist", "járművezető": "driver", "menekült": "refugee",
    "migráns": "migrant", "bevándorló": "immigrant", "hajléktalan": "homeless person",
    "károsult": "aggrieved person", "sértett": "victim", "fiatal": "young person",
    "szövetséges": "ally", "partner": "partner", "versenytárs": "competitor",
    "ember": "person", "személy": "person", "néző": "spectator", "szurkoló": "fan",
    "túsz": "hostage", "kitelepített": "evacuee", "felhasználó": "user",
    "kislány": "little girl", "kisfiú": "little boy",
}  # fmt: skip
ADJECTIVAL_PERSONS = frozenset(
    {"fiatal", "sérült", "sebesült", "beteg", "nyugdíjas", "ismeretlen", "eltűnt", "idős"}
)
"""Person nouns that are adjectives too: before another person noun they tell of it ("egy
fiatal vállalkozó", "a sérült játékos"), no person of their own (descriptions.someone)."""
KINSHIP = {
    "szülő": "parent", "nagyszülő": "grandparent", "gyerek": "child", "gyermek": "child",
    "unoka": "grandchild", "testvér": "sibling", "rokon": "relative",
    "hozzátartozó": "relative", "családtag": "family member", "szomszéd": "neighbour",
}  # fmt: skip
RELATIVES = {
    "élettársa": "partner", "párja": "partner", "felesége": "wife", "férje": "husband",
    "nővére": "sister", "húga": "sister", "fivére": "brother", "bátyja": "brother",
    "öccse": "brother", "testvére": "sibling", "anyja": "mother", "édesanyja": "mother",
    "apja": "father", "édesapja": "father", "nagyanyja": "grandmother",
    "nagyapja": "grandfather", "nagymamája": "grandmother", "fia": "son",
    "lánya": "daughter", "unokája": "grandchild", "özvegye": "widow",
}  # fmt: skip
"""Someone's relative, in the possessed form that tells of them: "volt élettársa", "a
sértett nővére", "a férfi élettársát" (descriptions.relative)."""
KIN_TOLD_AGAIN = {
    "édesapa": "édesapja", "édesanya": "édesanyja", "apa": "apja", "anya": "anyja",
    "feleség": "felesége", "férj": "férje", "élettárs": "élettársa",
}  # fmt: skip
"""A kin noun after the article, not possessed → the possessed form it was told by
before: "az édesapa" is the one told of as "édesapja" (descriptions.relative)."""
_IRREGULAR_PLURALS = {
    "ügyfél": "ügyfelek", "munkatárs": "munkatársak", "osztálytárs": "osztálytársak",
    "idős": "idősek", "kiskorú": "kiskorúak",
}  # fmt: skip
PLURAL_VARIANTS = {"hívek": "hívő", "helyiek": "lakó"}
"""Second plurals: "a hívek" (the faithful); "a helyiek" (the locals), the residents
the article tells of, one set with "a lakók"."""
DESCRIBED_ROLES = {n: e for n, e in (*OCCUPATIONS.items(), *RANKS.items()) if n not in ROLES}
"""Occupations and ranks a person is told of by ("a régész", "a gondozó", "alezredes"):
roles like the offices above, read by the same rules ("Kovács Péter régész", "a múzeum
régésze"); after "a(z)" the named person who bears one (descriptions.someone)."""
ROLES.update(DESCRIBED_ROLES)
ROLE_SYNONYMS = {
    "városvezető": "polgármester", "tárcavezető": "miniszter", "főpásztor": "püspök",
    "színművész": "színész", "doktornő": "orvos",
}  # fmt: skip
"""Other words for an office or occupation: "a városvezető" is the mayor named before."""
ROLES.update((n, ROLES[o]) for n, o in ROLE_SYNONYMS.items() if n not in ROLES)
GENERIC_PERSONS = frozenset({"szakember", "politikus"})
"""Words for anyone of a trade: "a szakember" is the person just quoted, whatever their
office ("Szalay Marianna, a kamara alelnöke … a szakember")."""
PERSON_NOUNS = {
    n: e for n, e in (*ROLES.items(), *PARTICIPANTS.items(), *KINSHIP.items()) if " " not in n
}
"""One person told of by what they are, singular → English: "egy alezredes", "az egyik
ügyvéd", "egy negyedik vádlottat"."""
HOUSEHOLDS = {
    "háztartás": "household", "család": "family", "munkáltató": "employer",
    "idős": "elderly person", "felnőtt": "adult", "bizalmi": "shop steward",
    "szálloda": "hotel", "szálláshely": "accommodation", "iskola": "school",
    "startup": "startup", "kiadó": "publisher",
}  # fmt: skip
MANY_PEOPLE = {
    "hitelező": "creditor", "megrendelő": "customer", "hegesztő": "welder",
    "polgárőr": "civil guard", "túrázó": "hiker", "csempész": "smuggler",
    "embercsempész": "people smuggler", "alkotó": "creator", "osztálytárs": "classmate",
    "intézményvezető": "head of institution", "gyászoló": "mourner", "ingázó": "commuter",
    "nemesítő": "breeder", "vendégmunkás": "guest worker", "szabályszegő": "offender",
    "helyszínelő": "crime-scene investigator", "gyártó": "manufacturer",
    "kolléga": "colleague", "marhatartó": "cattle farmer",
    "baromfitartó": "poultry farmer", "vendégszerző": "guest author", "horgász": "angler",
    "kereső": "searcher", "aktivista": "activist", "menedékkérő": "asylum seeker",
    "adózó": "taxpayer", "kiskorú": "minor", "részvényes": "shareholder",
    "rászoruló": "needy person", "óvodás": "nursery child", "pályakezdő": "new entrant",
    "futár": "courier", "kamionos": "lorry driver", "hacker": "hacker",
    "evakuált": "evacuee", "kárvallott": "injured party", "demonstráló": "demonstrator",
    "hegymászó": "climber", "szereplő": "player",
}  # fmt: skip
"""People told of only as a set here: their plural, count or possessed plural ("a
hitelezők", "két hegesztőt", "a világ vezető autógyártói") is a Group; one of them alone
("a gyártó", "a kereső") is as often a firm or a thing as a person, so no person is read
from it."""
SECTORS = {
    "ipar": "industry", "ágazat": "sector", "szakma": "profession", "turizmus": "tourism",
}  # fmt: skip
"""Heads of a trade told of as the people and firms in it, a Group (groups.sector): "a
baromfiágazatnak", "a hazai űripar", "a magyar filmszakma", "a hazai turizmusnak"."""
COLLECTIVES = {
    "lakosság": ("lakosság", "population"), "közönség": ("közönség", "audience"),
    "nagyközönség": ("nagyközönség", "audience"), "közösség": ("közösség", "community"),
}  # fmt: skip
"""People told of as one, a Group (groups.collective): "a lakosságot", "a közönség"."""
SET_BODIES = frozenset({"szálloda", "szálláshely", "iskola", "startup", "kiadó"})
"""Bodies told of as a set, never one by one here ("a budapesti szállodák", "az iskolák",
"160 kiadó"); in a place case ("az iskolákban", "a szállodákba") where, no Group."""
"""Sets of people, no person one by one: in the plural or counted ("a háztartások",
"mintegy húszezer háztartás", "egyre több család"; adjectives told of as people: "az
idősek", "a felnőttek", "a bizalmiak") a Group; in the singular no person ("az idős
férfi")."""
PEOPLE.update(
    (noun, (_IRREGULAR_PLURALS.get(noun) or plural(noun), _english_plural(english)))
    for nouns in (OCCUPATIONS, RANKS, PARTICIPANTS, KINSHIP, HOUSEHOLDS, MANY_PEOPLE)
    for noun, english in nouns.items()
    if noun not in PEOPLE
)
OFFICE_HOLDERS = {
    noun: (plural(noun), _english_plural(english))
    for noun, english in ROLES.items()
    if noun not in PEOPLE and " " not in noun
}
"""Offices in the plural, read as people only when possessed ("a pártok vezetői", "a
tagállamok külügyminiszterei": several holders, a Group); bare ("199 képviselő") they
are as often one body's members, which are that body."""
TEAMS = frozenset({"kutató", "csillagász", "tudós", "tűzoltó", "mentő", "katasztrófavédő"})
"""People nouns of one body's team: researchers, astronomers, firefighters and rescuers act
as their body's team (an Organization), as the golds have them. Every other people noun
in the plural, or possessed ("az MNB elemzői"), is a Group (the ontology's "several
agents ... without their being one organization"): residents, analysts of different
firms, patients, the faithful, guests, police officers and investigators told of
together."""
GENERIC_GROUPS = frozenset({"egység", "csapat", "különítmény", "küldöttség", "delegáció"})
# After "a(z)", a kind of place refers to the last place of that kind: "a főváros",
# "a vármegye", "a települést", "a folyó".
PLACE_KINDS = {
    "főváros": "capital",
    "város": "town",
    "település": "town",
    "falu": "town",
    "község": "town",
    "nagyközség": "town",
    "kisváros": "town",
    "nagyváros": "town",
    "határváros": "town",
    "megyeszékhely": "town",
    "kistelepülés": "town",
    "kerület": "district",
    "vármegye": "county",
    "megye": "county",
    "tartomány": "province",
    "folyó": "river",
    "térség": "region",
    "régió": "region",
    "tó": "lake",
    "híd": "bridge",
    "kikötő": "port",
    "repülőtér": "airport",
    "pályaudvar": "station",
    "erőmű": "plant",
    "pálya": "venue",
    "stadion": "venue",
    "aréna": "venue",
}
# After a lone unknown capitalised word these make it a place: "Varnavasz közelében", also
# as adjectives ("a Stefánia melletti rakparton", "a Föld körüli pályán", "Maros menti").
PLACE_POSTPOSITIONS = frozenset(
    {"közelében", "környékén", "térségében", "határában", "határán", "felé", "irányába",
     "külterületén", "belterületén", "közelébe", "környékére", "térségébe",
     "melletti", "menti", "közeli", "környéki", "körüli"}
)  # fmt: skip
# Words between a nationality and an office: "orosz *védelmi* miniszter".
ROLE_MODIFIERS = {
    "védelmi": "defence",
    "katonai": "military",
    "nemzetbiztonsági": "national security",
    "külügyi": "foreign affairs",
    "belügyi": "interior",
    "pénzügyi": "finance",
    "állami": "state",
    "legfelsőbb": "supreme",
    "volt": "former",
    "leköszönő": "outgoing",
    "megválasztott": "elected",
    "megbízott": "acting",
    "országos": "national",
    "felelős": "responsible",
}
# A nationality before one of these names the state's armed force.
TROOPS = {
    "katona": ("katonák", "troops"),
    "csapat": ("csapatok", "troops"),
    "erő": ("erők", "forces"),
    "haderő": ("haderő", "armed forces"),
    "hadsereg": ("hadsereg", "army"),
    "katonaság": ("katonaság", "military"),
    "kontingens": ("kontingens", "troops"),  # the same troops as "magyar katonák"
}
# ... one of these, its media or news agency ("az észak-koreai média").
MEDIA = {
    "média": "media",
    "sajtó": "press",
    "hírügynökség": "news agency",
    "televízió": "television",
}
# ... one of these, its government ("a kijevi vezetés").
LEADERSHIPS = {
    "vezetés": "leadership", "kormány": "government", "kormányzat": "government",
    "parlament": "parliament",
}  # fmt: skip
# A capital's adjective before one of these stands for the state ("szöuli értesülések").
SOURCE_NOUNS = frozenset({"értesülés", "forrás", "jelentés", "tisztviselő", "közlés", "adat"})
# After a place name these keep it literal: "Phenjan mellett", "Kijev közelében".
POSTPOSITIONS = frozenset(
    {"mellett", "közelében", "felett", "fölött", "alatt", "előtt", "után", "környékén",
     "térségében", "határán", "ellen", "felé", "körül", "közötti", "között", "irányába",
     "elleni", "melletti", "előtti", "utáni", "körüli", "feletti", "alatti", "közeli"}
)  # fmt: skip
# Words that make a sentence about war, so "az ukránok" are Ukraine's forces.
MILITARY_CONTEXT = ("összecsap", "harc", "katon", "front", "támad", "csat", "ütköz", "hadsereg")
# Words that make a sentence about a match, so "a szerbek" are Serbia's national team.
SPORT_CONTEXT = (
    "mérkőzés", "meccs", "válogatott", "gól", "bajnok", "kupa", "legyőz", "forduló",
    "döntő", "selejtező", "csoportkör", "pontot", "győzel", "vereség", "döntetlen",
)  # fmt: skip
# Words that, twice in an article, make it a match report: "a magyarok" there are the
# national team in every sentence.
MATCH_REPORT = ("válogatott", "mérkőzés", "meccs", "selejtező", "döntő")
# Endings of an unknown name's last word (a compound's head: "Mentőszolgálat",
# "Főkapitányság") that make it a government body, an organisation or a place.
GOVERNMENT_WORDS = (
    "minisztérium", "hivatal", "kormány", "parlament", "parancsnokság", "vezérkar",
    "nemzetgyűlés", "kongresszus", "szenátus", "duma", "kreml", "igazgatóság",
    "kapitányság", "rendőrség", "ügyészség", "bíróság", "törvényszék", "ítélőtábla",
    "kúria", "önkormányzat", "katasztrófavédelem", "szolgálat", "hatóság", "felügyelet",
    "közgyűlés", "tűzoltóság", "honvédség", "ombudsman", "testület", "központ",
    "alapkezelő", "iroda",
)  # fmt: skip
ORGANIZATION_WORDS = (
    "párt", "bizottság", "szövetség", "társaság", "bank", "egyetem", "intézet",
    "ügynökség", "alap", "szervezet", "tanács", "zrt.", "kft.", "nyrt.", "zrt", "kft",
    "nyrt", "csoport", "koalíció", "mozgalom", "unió", "szakszervezet", "kamara",
    "egyesület", "alapítvány", "kórház", "klinika", "vállalat", "művek", "gyár", "iskola",
    "múzeum", "színház", "klub", "egyház", "társulás", "liga", "international", "kör",
    "elemzőház", "tőzsde", "kutatóközpont", "kutatóintézet", "konzorcium", "társulat",
    "holding", "group", "hungária", "bt.", "rt.", "ltd.", "inc.", "corp.", "co.", "plc.",
    "ltd", "fesztivál", "egyesülés", "tanszék", "hálózat", "szeretetszolgálat",
    "diákparlament", "egyházmegye", "főegyházmegye", "obszervatórium", "állatkert",
    "állatpark", "filharmonikusok", "filharmónia", "zenekar", "kórus",
    "együttes", "csapat", "kara",
)  # fmt: skip
# Heads of an armed unit's name: "MH 25. Klapka György Lövészdandár", "Honvéd Ezred".
ARMED_WORDS = ("dandár", "ezred", "zászlóalj", "hadosztály", "hadtest", "brigád", "légierő")
MEDIA_WORDS = (
    "televízió", "hírtelevízió", "rádió", "napló", "hírlap", "híradó", "napilap",
    "hetilap", "újság", "magazin", "hírportál", "portál", "folyóirat", "szakfolyóirat",
    "hírügynökség", "közlöny",
)  # fmt: skip
"""Heads of a medium's name or description: "Szolnok TV", "Kisalföld napilap", an
official gazette ("Magyar Közlöny", "Cégközlöny") ("TV" is a head only as a whole word:
"István" ends in no medium)."""
PLACE_WORDS = (
    "megye", "vármegye", "terület", "tartomány", "régió", "város", "sziget", "tenger",
    "folyó", "hegység", "félsziget", "köztársaság", "körzet", "járás", "kerület", "tó",
    "patak", "völgy", "utca", "körút", "pályaudvar", "állomás", "repülőtér", "kikötő",
    "erdő", "falu", "község", "öböl", "csatorna", "aréna", "stadion", "csarnok", "palota",
    "kastély", "híd", "erőmű", "képtár", "ház", "zátony", "park", "liget", "terem",
)  # fmt: skip
# A description that refers back to a body named by another noun: "a Központi Nyomozó
# Főügyészség" … "a vádhatóság", "az Építési és Közlekedési Minisztérium" … "a tárca",
# "a Tolna Vármegyei Rendőr-főkapitányság" … "a rendőrség", "az MNB" … "a jegybank".
SYNONYMS = {
    "vádhatóság": ("ügyészség",),
    "tárca": ("minisztérium",),
    "rendőrség": ("rendőrség", "kapitányság", "rendőr igazgatóság"),
    "bíróság": ("bíróság", "törvényszék", "ítélőtábla", "kúria"),
    "katasztrófavédelem": (
        "katasztrófavédelem",
        "katasztrófavédelmi igazgatóság",
        "katasztrófavédelmi főigazgatóság",
    ),
    "jegybank": ("bank",),
    "hatóság": ("hatóság", "hivatal", "központ", "felügyelet"),
    "állatkert": ("állatkert", "állatpark"),
    "állatpark": ("állatkert", "állatpark"),
    # Words for a kind of body, each the one body of any of these kinds named before:
    # "az Európai Unió Bírósága" … "a luxembourgi testület", "a Petz Aladár Egyetemi
    # Oktató Kórház" … "az intézmény".
    "testület": (
        "testület", "bizottság", "tanács", "bíróság", "törvényszék", "ítélőtábla",
        "kúria", "zsűri", "közgyűlés",
    ),
    "intézmény": (
        "intézmény", "kórház", "klinika", "múzeum", "egyetem", "tudományegyetem",
        "intézet", "központ", "iskola", "színház", "könyvtár", "obszervatórium",
    ),
    "klub": ("klub", "club", "kc", "fc", "sc", "tc", "ac"),
    "légitársaság": ("légitársaság", "air", "airlines", "airways"),
}  # fmt: skip
# Possessed parts of a body, each a body of its own: "az MVLSZ elnöksége", "a kórház
# vezetőivel", "a kórház belgyógyászati osztálya", "az egyetem kutatócsoportja".
UNITS = (
    "elnöksége", "vezetősége", "vezetői", "osztálya", "osztályá", "főosztálya", "főosztályá",
    "kutatócsoportj", "csoportj",
    "tanácsa", "frakciój", "igazgatóság", "vezetése",
    "elnökségé", "vezetőségé", "tanácsá", "vezetésé",  # before an ending: "a Kúria tanácsának"
)  # fmt: skip  # possessed: "a kórház osztálya", not "a Törökország elleni osztályozón"
# Common nouns that, after "a(z)", refer to one institution or group: "a rendőrség",
# "a katasztrófavédelem", "az ellenzéki frakciók". The same body named earlier
# ("Fővárosi Törvényszék" … "a törvényszék") takes the mention; else it is its own entity.
DESCRIPTIONS: dict[str, EntityType] = {
    "rendőrség": "GovernmentBody",
    "katasztrófavédelem": "GovernmentBody",
    "tűzoltóság": "GovernmentBody",
    "tűzoltók": "Organization",
    "mentőszolgálat": "GovernmentBody",
    "mentők": "Organization",
    "védelem": "GovernmentBody",
    "ügyészség": "GovernmentBody",
    "vádhatóság": "GovernmentBody",
    "bíróság": "GovernmentBody",
    "törvényszék": "GovernmentBody",
    "ítélőtábla": "GovernmentBody",
    "önkormányzat": "GovernmentBody",
    "közgyűlés": "GovernmentBody",
    "törvényhozás": "GovernmentBody",
    "vízmű": "Organization",
    "állatkert": "Organization",
    "állatpark": "Organization",
    "patika": "Organization",
    "gyógyszertár": "Organization",
    "család": "Group",
    "házaspár": "Group",
    "magyarság": "Group",
    "egyházmegye": "Organization",
    "főkapitányság": "GovernmentBody",
    "képviselő-testület": "GovernmentBody",
    "városvezetés": "GovernmentBody",
    "minisztérium": "GovernmentBody",
    "tárca": "GovernmentBody",
    "hatóság": "GovernmentBody",
    "hatóságok": "Group",
    "vízügy": "GovernmentBody",
    "kamara": "Organization",
    "igazgatóság": "GovernmentBody",
    "főigazgatóság": "GovernmentBody",
    "intézet": "Organization",
    "kutatócsoport": "Organization",
    "bank": "Organization",
    "jegybank": "GovernmentBody",
    "honvédség": "ArmedForce",
    "kórház": "Organization",
    "unió": "Organization",
    "párt": "Organization",
    "múzeum": "Organization",
    "színház": "Organization",
    "társulat": "Organization",
    "fesztivál": "Organization",
    "cégcsoport": "Organization",
    "gyártó": "Organization",
    "szolgáltató": "Organization",
    "szervezet": "Organization",
    "banda": "Organization",
    "bankcsoport": "Organization",
    "junta": "ArmedForce",
    "gyár": "Place",
    "üzem": "Place",
    "klinika": "Organization",
    "egyetem": "Organization",
    "válogatott": "Organization",
    "vasúttársaság": "Organization",
    "társaság": "Organization",
    "vállalat": "Organization",
    "cég": "Organization",
    "szakszervezet": "Organization",
    "ellenzék": "Group",
    "frakció": "Organization",
    "frakciók": "Group",
    "kormánypártok": "Group",
    "kormánykoalíció": "Group",
    "szövetség": "Organization",
    "egyesület": "Organization",
    "képviselők": "Group",
    "többség": "Group",  # "a kormánypárti többség": councillors or parties together
    "hivatal": "GovernmentBody",
    "testület": "GovernmentBody",
    "intézmény": "Organization",
    "zsűri": "Organization",
    "klub": "Organization",
    "felszámoló": "Organization",
    "bizottság": "GovernmentBody",
    "felügyelet": "GovernmentBody",
    "nemzetgyűlés": "GovernmentBody",
    "tőzsde": "Organization",
}
