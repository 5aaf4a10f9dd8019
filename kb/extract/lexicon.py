"""Small closed word lists the entity rules read: offices, troops, media, leaderships.

Kept apart from the rules so that extending kb to a new kind of article means adding
words here, not code. Each maps a Hungarian nominative to its English rendering.
"""

from __future__ import annotations

from kb.model import EntityType

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
# takes the singular). Not crowds that only watch or are counted (viewers,
# "háromezer embert"): news tells of those as numbers, not as actors.
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
    "állatpark",
)  # fmt: skip
# Heads of an armed unit's name: "MH 25. Klapka György Lövészdandár", "Honvéd Ezred".
ARMED_WORDS = ("dandár", "ezred", "zászlóalj", "hadosztály", "hadtest", "brigád", "légierő")
MEDIA_WORDS = (
    "televízió", "hírtelevízió", "rádió", "napló", "hírlap", "híradó", "napilap",
    "hetilap", "újság", "magazin", "hírportál", "portál", "folyóirat", "szakfolyóirat",
    "hírügynökség",
)  # fmt: skip
"""Heads of a medium's name or description: "Szolnok TV", "Kisalföld napilap" ("TV" is
a head only as a whole word: "István" ends in no medium)."""
PLACE_WORDS = (
    "megye", "vármegye", "terület", "tartomány", "régió", "város", "sziget", "tenger",
    "folyó", "hegység", "félsziget", "köztársaság", "körzet", "járás", "kerület", "tó",
    "patak", "völgy", "utca", "körút", "pályaudvar", "állomás", "repülőtér", "kikötő",
    "erdő", "falu", "község", "öböl", "csatorna", "aréna", "stadion", "csarnok", "palota",
    "kastély", "híd", "erőmű", "képtár", "ház", "zátony", "park", "liget",
)  # fmt: skip
# A description that refers back to a body named by another noun: "a Központi Nyomozó
# Főügyészség" … "a vádhatóság", "az Építési és Közlekedési Minisztérium" … "a tárca".
SYNONYMS = {"vádhatóság": "ügyészség", "tárca": "minisztérium"}
# Possessed parts of a body, each a body of its own: "az MVLSZ elnöksége", "a kórház
# vezetőivel", "a kórház belgyógyászati osztálya", "az egyetem kutatócsoportja".
UNITS = (
    "elnöksége", "vezetősége", "vezetői", "osztály", "főosztály", "kutatócsoportj", "csoportj",
    "tanácsa", "frakciój", "igazgatóság", "vezetése",
    "elnökségé", "vezetőségé", "tanácsá", "vezetésé",  # before an ending: "a Kúria tanácsának"
)  # fmt: skip
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
    "képviselő-testület": "GovernmentBody",
    "városvezetés": "GovernmentBody",
    "minisztérium": "GovernmentBody",
    "tárca": "GovernmentBody",
    "hatóság": "GovernmentBody",
    "hatóságok": "GovernmentBody",
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
    "egyházmegye": "Organization",
    "egyetem": "Organization",
    "válogatott": "Organization",
    "vasúttársaság": "Organization",
    "társaság": "Organization",
    "vállalat": "Organization",
    "cég": "Organization",
    "szakszervezet": "Organization",
    "ellenzék": "Organization",
    "frakció": "Organization",
    "frakciók": "Organization",
    "kormánypártok": "Organization",
    "szövetség": "Organization",
    "egyesület": "Organization",
    "képviselők": "Organization",
    "többség": "Organization",
}
