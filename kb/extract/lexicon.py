"""Small closed word lists the entity rules read: offices, troops, media, leaderships.

Kept apart from the rules so that extending kb to a new kind of article means adding
words here, not code. Each maps a Hungarian nominative to its English rendering.
"""

from __future__ import annotations

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
    "frakcióvezető": "parliamentary group leader",
    "igazgató": "director",
    "kormányzó": "governor",
    "jegybankelnök": "central bank governor",
    "főpolgármester": "mayor",
}
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
LEADERSHIPS = {"vezetés": "leadership", "kormány": "government", "kormányzat": "government"}
# A capital's adjective before one of these stands for the state ("szöuli értesülések").
SOURCE_NOUNS = frozenset({"értesülés", "forrás", "jelentés", "tisztviselő", "közlés", "adat"})
# After a place name these keep it literal: "Phenjan mellett", "Kijev közelében".
POSTPOSITIONS = frozenset(
    {"mellett", "közelében", "felett", "fölött", "alatt", "előtt", "után", "környékén",
     "térségében", "határán", "ellen", "felé", "körül", "közötti", "között", "irányába"}
)  # fmt: skip
# Words that make a sentence about war, so "az ukránok" are Ukraine's forces.
MILITARY_CONTEXT = ("összecsap", "harc", "katon", "front", "támad", "csat", "ütköz", "hadsereg")
# Last words that make an unknown name an organisation, a government body or a place.
ORGANIZATION_WORDS = frozenset(
    {"párt", "bizottság", "szövetség", "társaság", "bank", "egyetem", "intézet",
     "ügynökség", "alap", "szervezet", "tanács", "zrt.", "kft.", "nyrt.", "csoport",
     "koalíció", "mozgalom", "unió", "szakszervezet", "kamara", "egyesület", "alapítvány"}
)  # fmt: skip
GOVERNMENT_WORDS = frozenset(
    {"minisztérium", "hivatal", "kormány", "parlament", "kormányhivatal", "főparancsnokság",
     "vezérkar", "nemzetgyűlés", "kongresszus", "szenátus", "duma", "kreml"}
)  # fmt: skip
PLACE_WORDS = frozenset(
    {"megye", "terület", "tartomány", "régió", "város", "sziget", "tenger", "folyó",
     "hegység", "félsziget", "köztársaság", "körzet", "járás"}
)  # fmt: skip
