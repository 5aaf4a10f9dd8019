"""Trigger words: the Hungarian stems that tell of an event, by event type.

A stem matches the start of a lower-case word, after a verb prefix ("megtámadják",
"kisiklott"); a stem of six letters or more also matches inside a compound
("kamatcsökkentést", "erdőtűz"). Kept apart from the participant rules so that a new
domain means new words here, not code.
"""

from __future__ import annotations

from kb.model import EventType

# An authority's ruling told by its verb: "kötelezte Magyarországot", "bírságot szabott
# ki", "2 millió forintra bírságolták": what it decided and announced, a statement whose
# speaker is the authority named and whose subject is whom it binds or fines.
RULINGS = ("kötelez", "kiszab", "bírságol")

TRIGGERS: dict[str, EventType] = {
    # diplomacy, war
    "látogat": "visit",
    "találkoz": "meeting",
    "tárgyal": "meeting",
    "ülés": "meeting",
    "tanácskoz": "meeting",
    "egyeztet": "meeting",
    "mérkőzés": "meeting",
    "legyőz": "meeting",
    "győzött": "meeting",
    "kikapott": "meeting",
    "döntetlen": "meeting",
    "vereséget": "meeting",
    "kijelent": "statement",
    "hangsúlyoz": "statement",
    "biztosít": "statement",
    "közöl": "statement",
    "nyilatkoz": "statement",
    "bejelent": "statement",
    "hozzátet": "statement",
    "elmond": "statement",
    "írta": "statement",
    "írták": "statement",  # "többen azt írták, hogy"; "írták alá" is a signing
    "kifogásol": "statement",  # "azt kifogásolta, hogy": a complaint
    "értesít": "statement",
    "gratulál": "statement",
    "jelezte": "statement",
    "állít": "statement",
    "ítél": "statement",
    "vádol": "statement",
    "fellebbez": "statement",
    "bírál": "statement",
    "kritizál": "statement",
    "mond": "statement",
    "fogalmaz": "statement",
    "tájékoztat": "statement",
    "ígér": "statement",
    "emlékeztet": "statement",
    "felszólal": "statement",
    "hangoztat": "statement",
    "felszólít": "statement",
    "elítél": "statement",
    "kiemel": "statement",
    "üdvözöl": "statement",
    "elárul": "statement",
    "sürget": "statement",
    "válaszol": "statement",
    "panaszkod": "statement",
    "kezdeményez": "statement",
    "elrendel": "statement",
    "követel": "statement",
    "javasol": "statement",
    "reagál": "statement",
    "ismertet": "statement",
    "kéri": "statement",  # "arra kéri a lakókat", "kérik"; not "kérdés"
    "kérte": "statement",
    "kérésére": "statement",  # "a török kormány kérésére": asked by its possessor
    "kérték": "statement",
    "véli": "statement",  # "úgy véli", "vélik"
    "erősít": "statement",  # "megerősítette, hogy", "az MTI-nek megerősítette" (events.py)
    "becsül": "statement",  # "úgy becsülte, hogy"; "becslése szerint" is no act
    "vélte": "statement",
    "nevezte": "statement",  # "lépésnek nevezte az incidenst"; not "kinevezte"
    "elismerte": "statement",  # "ismerte el" (admitted; "nem ismeri el" does not recognise)
    "beismerte": "statement",
    "értesülés": "report",  # "cáfolta azokat a sajtóértesüléseket": what the press reported
    "jelentette": "report",  # "– jelentette az AFP"; "jelentette be/ki" are bejelent/kijelent
    **dict.fromkeys(RULINGS, "statement"),
    "tagad": "denial",
    "cáfol": "denial",
    "visszautasít": "denial",  # "visszautasította, hogy", "utasította vissza a vádakat"
    "figyelmeztet": "warning",
    "idéz": "report",
    "beszámol": "report",
    "publikál": "report",
    "küld": "troop-deployment",
    "vezényel": "troop-deployment",
    "telepít": "troop-deployment",
    "betör": "incursion",
    "behatol": "incursion",
    "összecsap": "armed-clash",
    "harcol": "armed-clash",
    "támad": "attack",
    "merénylet": "attack",
    "lövöldöz": "attack",
    "rabol": "attack",  # "kirabolta a postát", "rabolt ki"
    "rablás": "attack",
    "megöl": "attack",  # "megölte", "ölte meg"
    "gyilkosság": "attack",
    "szállít": "arms-transfer",
    "ratifikál": "ratification",
    "szerződés": "treaty-signing",
    "szövetség": "alliance",
    "háború": "war",
    "együttműködés": "military-cooperation",
    "gyakorlat": "military-cooperation",  # an exercise; a flood drill is retyped a rescue
    "támogat": "military-cooperation",
    # politics
    "választás": "election",
    "megválaszt": "election",
    "újraválaszt": "election",
    "kinevez": "appointment",
    "lemond": "resignation",
    "menesztett": "resignation",
    "leváltott": "resignation",
    "tüntet": "protest",
    "tiltakoz": "protest",
    "demonstr": "protest",
    "sztrájk": "protest",
    "megállapodás": "agreement",
    "megállapodt": "agreement",
    "egyezmény": "agreement",
    "aláír": "agreement",
    "megvásárol": "agreement",
    "felvásárl": "agreement",
    "felvásárol": "agreement",
    "meghosszabbít": "agreement",
    "elfogad": "legislation",
    "szavaz": "legislation",
    "voksol": "legislation",
    "benyújt": "legislation",
    "jóváhagy": "legislation",
    "döntött": "legislation",
    "feloszlat": "legislation",
    # disasters, accidents, rescue
    "árvíz": "disaster",
    "áradás": "disaster",
    "árad": "disaster",
    "árhullám": "disaster",
    "elönt": "disaster",
    "földrengés": "disaster",
    "utórengés": "disaster",
    "erdőtűz": "disaster",
    "tűzvész": "disaster",
    "tüzek": "disaster",
    "lángok": "disaster",
    "leég": "disaster",
    "vihar": "disaster",
    "felhőszakadás": "disaster",
    "jégeső": "disaster",
    "aszály": "disaster",
    "földcsuszamlás": "disaster",
    "katasztrófa": "disaster",
    "járvány": "disaster",
    "kitört": "disaster",
    "fertőzés": "disaster",
    "megbeteged": "disaster",
    "baleset": "accident",
    "karambol": "accident",
    "kisikl": "accident",
    "összeütköz": "accident",
    "ütközött": "accident",
    "elgázol": "accident",
    "felborul": "accident",
    "lezuhan": "accident",
    "robbanás": "accident",
    "szivárg": "accident",  # "vegyszer szivárgott", "a szivárgás": a leak
    "járőr": "troop-deployment",  # "járőröznek", "a járőrözést", "járőrszolgálatban"
    "tűzben": "disaster",  # "a tűzben", "a tűzeset"; not "tűzoltó"
    "tűzeset": "disaster",
    "zivatar": "disaster",
    "megment": "rescue",
    "kiment": "rescue",
    "evakuál": "rescue",
    "kitelepít": "rescue",
    "kimenekít": "rescue",
    "kiürít": "rescue",
    "lezár": "rescue",
    "bezár": "rescue",
    # economy
    "emelked": "price-change",
    "drágul": "price-change",
    "olcsóbb": "price-change",
    "csökken": "price-change",
    "lassul": "price-change",
    "gyorsul": "price-change",
    "kamatlépés": "price-change",
    "megugr": "price-change",
    "nőtt": "price-change",  # "nőttek", "megnőtt"; not "felnőtt" (NO_EVENT)
    "mérséklőd": "price-change",
    "emelés": "price-change",  # "áremelés", "díjemelést"; not "kiemelése" (a speech act's noun)
    "emeli": "price-change",
    "előrejelzés": "economic-report",
    "közzétett": "economic-report",
    "közzétesz": "economic-report",  # "jövő májusban teszi közzé"
    "gyorsbecslés": "economic-report",
    "beruház": "investment",
    "befektet": "investment",
    "korszerűsít": "investment",
    "felújít": "investment",
    "megépít": "investment",
    "építkezés": "investment",
    "fejleszt": "investment",
    "berendez": "investment",
    "betonoz": "investment",
    "kártérítés": "investment",
    "kárenyhítés": "investment",
    "kifizet": "investment",
    "elkülönít": "investment",
    "kiépít": "investment",
    "felépít": "investment",
    "felavat": "investment",
    "helyreállít": "investment",
    "konferenci": "meeting",
    "kerekasztal": "meeting",
    "fórum": "meeting",
    "ünnepség": "meeting",
    "kongresszus": "meeting",
    "megnyitó": "meeting",
    "bajnokság": "meeting",
    "osztályozó": "meeting",
    # contests and festivals told by their nouns: "a tornán", "a döntőben", "a gálán"
    "torná": "meeting",  # "tornán", "tornát"; not "tornaterem"
    "döntőb": "meeting",  # "a döntőben", "a döntőbe jutott"; not "döntően"
    "döntőj": "meeting",
    "fesztivál": "meeting",
    "gálán": "meeting",
    "nagydíj": "meeting",  # a Grand Prix: "nyerte a Magyar Nagydíjat"
    "versenyen": "meeting",  # "a versenyen"; not "versenyképes", "versenytárs"
    "terepszemle": "visit",
    "megtekint": "visit",  # "megtekintette a kiállítást", "tekintette meg"; not "tekintettel"
    "szankció": "legislation",
    "megrendez": "meeting",  # "rendezik meg", "megrendezték"
    "edzőtábor": "meeting",
    "világkup": "meeting",  # "világkupán", "világkupa-viadal"
    "viadal": "meeting",
    "előfutam": "meeting",
    "esőzés": "disaster",
    "ciklon": "disaster",
    "hurrikán": "disaster",
    "tájfun": "disaster",
    "tornádó": "disaster",
    "szökőár": "disaster",
    "cunami": "disaster",
    "lavina": "disaster",
    "hőhullám": "disaster",
}
# What is carried in an arms transfer: "szállít" tells of one only when its sentence names
# arms ("nehézfegyvereket … szállít Moszkvának"); passengers, medicines or a supply ship
# carried are no arms transfer.
ARMS = ("fegyver", "lőszer", "rakét", "löveg", "harckocsi", "tank", "drón", "lövedék", "tüzérs")
# What makes cooperation military: "támogat", "együttműködés" or "gyakorlat" tells of
# military cooperation only when its sentence names armed forces, arms or war ("a két
# hadsereg közötti együttműködés", "harcászati gyakorlat"); support for an initiative
# or a company's investments is none.
MILITARY = ("katon", "hadsereg", "haderő", "honvéd", "harc", "háború", "nato", "hadász", "védelmi")
# What a price change is of: a verb of growing or falling ("csökkent", "nőttek",
# "emelkedett") tells of one only when its sentence, maybe the word itself
# ("kamatcsökkentés", "áremelés"), names a price, a rate, a fee, a wage or a cost ("18
# százalékkal csökkent a várakozók száma" is no price change).
PRICES = (
    "ár",
    "kamat",
    "díj",
    "bér",
    "kereset",
    "költség",
    "infláció",
    "drág",
    "olcsó",
    "tarifa",
    "jegyár",
)
# Occasions a speech act is told at, by the noun that names them again ("mondta a
# polgármester az átadáson") → the stems that told of them first ("Kedden átadták a
# rendelőt"): a speech act with no time of its own was made then.
OCCASIONS: dict[str, tuple[str, ...]] = {
    "átadás": ("átad",),
    "ünnepség": ("ünnepség",),
    "sajtótájékoztató": ("sajtótájékoztató",),
    "ülés": ("ülés",),
    "fórum": ("fórum",),
    "gyakorlat": ("gyakorlat",),
    "vita": ("vita", "vitá"),
    "tárgyalás": ("tárgyal",),
    "megnyitó": ("megnyit",),
    "ítélet": ("ítél",),
    "találkozó": ("találkoz",),
    "bejelentés": ("bejelent", "jelentette be"),  # "– mondta a bejelentésen"
    "konferencia": ("konferenci",),
    "rendezvény": ("rendezvény",),
}
# Word starts that look like a trigger and name no event: a person ("felnőtt"), a charge
# ("vádemelés"), a cost or a budget ("költsége", "költségvetés"), equipment
# ("berendezések"), a courtroom ("tárgyalóteremben"), a quarrel breaking out ("a bérvita
# kirobbanása"), trees knocked down ("fákat döntött ki"), attendance ("látogatottsága"),
# something concluded ("lezárult").
NO_EVENT = (
    "felnőtt",
    "vádemel",
    "költség",
    "berendezés",
    "tárgyalóterem",
    "kirobban",
    "kidönt",
    "látogatottság",
    "lezárul",  # "a szerdán lezárult árverés": ended, nothing closed off
    "gyakorlatban",  # "a gyakorlatban": in practice, no exercise
    "gyakorlati",  # "gyakorlati", "gyakorlatilag": practical, practically
    "kötelezettség",  # an obligation, no ruling
    "szavazat",  # "a szavazatok 54 százalékát kapta": the ballots counted, no vote held
    "lezárás",  # "a lezárás idejére", "a vizsgálat lezárásáig": a closure lasting, a
    "bezárás",  # procedure ended, a plant's closing planned; closing off is told by a verb
)
# Noun + light verb phrases, either order, both words the anchor: "emelt vádat",
# "sajtótájékoztatót tartott". The noun in the accusative → the verb stems and the type.
PHRASES: dict[str, tuple[tuple[str, ...], EventType]] = {
    "vádat": (("emel",), "statement"),
    "szóvá": (("tesz", "tett", "tet"), "statement"),  # "szóvá tette"; not "szóváltás"
    "sérülést": (("szenved",), "accident"),  # also a compound's head: "vállsérülést"
    "húzódást": (("szenved",), "accident"),
    "szerződést": (("köt",), "agreement"),
    "irodát": (("nyit",), "investment"),
    "érmet": (("szerez", "szerz", "nyer"), "meeting"),  # a medal won: a contest
    "aranyat": (("szerez", "szerz", "nyer"), "meeting"),
    "sajtótájékoztatót": (("tart",), "statement"),
    "nyilatkozatot": (("tesz", "tett", "ad"), "statement"),
    "javaslatot": (("tesz", "tett", "tet"), "statement"),  # "javaslatot tesz": a proposal
    "jegyzéket": (("ad", "átad"), "statement"),  # "tiltakozó jegyzéket adott át": a protest note
    "szállást": (("biztosít",), "rescue"),  # "40 embernek biztosítanak szállást": shelter
    "vendége": (("lesz", "volt", "lett"), "meeting"),  # "a szlovének vendége lesz"
    "kapuit": (("megnyit", "nyit"), "investment"),  # "megnyitotta kapuit": an opening
    "üzembe": (("helyez",), "investment"),  # "2027 nyarán helyezik üzembe"
    "rendeletet": (("alkot", "hoz"), "legislation"),  # "rendeletet alkot", "hozott"
    "előre": (("jelez", "jelz"), "economic-report"),  # "amit a jegybank előre jelzett"
    "ezüstöt": (("szerez", "szerz", "nyer"), "meeting"),
    "bronzot": (("szerez", "szerz", "nyer"), "meeting"),
    "címét": (("megvéd",), "meeting"),  # "megvédte címét": a title kept in a contest
    "katonai": (("jelenlét",), "troop-deployment"),  # "megerősítette katonai jelenlétét"
    "figyelmeztetést": (("ad", "kiad"), "warning"),  # "piros figyelmeztetést adott ki"
    "jelentést": (("ad", "kiad", "tesz", "készít"), "report"),  # "előzetes jelentést ad ki"
    "riasztást": (("ad", "kiad", "rendel", "elrendel"), "warning"),  # "hőségriasztást rendel"
    "medréből": (("kilép", "kiönt"), "disaster"),  # a river bursting its banks: a flood
    "medrét": (("elhagy",), "disaster"),
    "katona": (("szolgál",), "troop-deployment"),  # "400 magyar katona szolgál"
    "katonák": (("szolgál",), "troop-deployment"),
}
# The head nouns of the bodies that make laws ("az Országgyűlés", "a közgyűlés", "a
# képviselő-testület", "a szenátus"): what they approve is legislation, what any other
# body approves its decision.
LEGISLATURES = ("gyűlés", "parlament", "testület", "szenátus", "kongresszus", "képviselőház")
# What a bill is called: a submission naming one ("a javaslatot nyújtotta be", "a
# költségvetés tervezetét nyújtja be") is lawmaking, any other (a complaint, an appeal,
# a claim) a request.
BILLS = ("javaslat", "törvény", "költségvetés", "tervezet", "rendelet", "módosító")
# Verbs of giving, spending or raising that tell of funding when their clause names a sum
# of money ("60 millió forinttal segíti", "150 millió eurót vontak be", "a bevételt az
# adósság csökkentésére fordítják"): investment; with no sum they tell of nothing.
FUNDING = (
    "odaítél",  # a grant, a prize awarded: "a támogatást a tanács ítélte oda"
    "segít",
    "bevon",
    "fordít",
    "költ",
    "juttat",
    "elkülönít",
    "különít",
    "támogat",
    "nyújt",
    "biztosít",
    "fedez",
    "finanszíroz",
)
MONEY = ("forint", "euró", "dollár", "bevétel", "forrás")
# Verbs of handing over or opening that tell of an opening when what is handed over or
# opened is new: "2014-ben adott át új villamosvonalat", "átadták a felújított szakaszt",
# "új laboratóriumot nyit" (a new thing in the accusative, the verb's object; not "átadta
# a hatalmat az új elnöknek"): investment.
OPENING = ("átad", "nyit", "megnyit")
NEW = ("új", "megújult", "felújított")
# Verb prefixes a trigger stem may follow ("megtámadják", "kisiklott", "elöntötte").
PREFIXES = ("", "meg", "el", "ki", "be", "át", "fel", "le", "össze", "szét", "újra")
# The same prefixes standing after the verb as particles: "ürítették ki", "tört ki",
# "írták alá" (a signing, not a speech act).
PARTICLES = frozenset(p for p in PREFIXES if p) | {
    "vissza",
    "hozzá",
    "jóvá",
    "fenn",
    "közzé",
    "alá",
    "oda",  # "ítélte oda": awarded
}
# A word in the sentence that turns one type into another: "kórházba szállították"
# is a rescue, not an arms transfer.
RETYPED: dict[tuple[EventType, str], EventType] = {
    ("arms-transfer", "kórház"): "rescue",
    ("arms-transfer", "mentő"): "rescue",
    ("military-cooperation", "forint"): "investment",  # "420 millió forinttal támogatta"
    ("military-cooperation", "euró"): "investment",
    ("military-cooperation", "árvíz"): "rescue",  # "árvízvédelmi gyakorlat": a drill
    ("military-cooperation", "katasztrófavédel"): "rescue",
}
