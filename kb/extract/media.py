"""The media told of by what they are: a medium's noun ("a hírportál", "a napilap"), the
press told of by its reports ("sajtóértesülések szerint", "a német sajtóértesüléseket")
and the social media ("a közösségi médiában"). Their own module because a medium is read
by what is said of it, not by a name: each one medium however often told.
"""

from __future__ import annotations

import re

from kb.extract.found import Draft, Found, Token
from kb.model import Name, Span

# Media told of by what they are ("a hírportál", "több kulturális portál", "a napilap").
OUTLETS = ("portál", "hírportál", "napilap", "hetilap", "folyóirat", "szakfolyóirat")


def media_told(found: Found, words: list[Token], i: int) -> int:
    """A site by its web address ("a felvi.hu"); the press told of by its reports
    ("sajtóértesülések szerint", "a német sajtóértesüléseket": the press, or a state's
    press), and the social media ("a közösségi médiában"): each one medium however often
    told."""
    word = words[i][0].lower()
    site = _WEB_ADDRESS.match(words[i][0])
    if site is not None:
        hu = site.group(1)
        known = found.lookup([(hu, 0, len(hu))])  # "Szoljon.hu-nak": the gazetteer's site
        draft = found.draft(known) if known else None
        draft = draft or found.unknown_draft("NewsAgency", Name(hu, hu), [(hu, 0, len(hu))])
        draft.add(Span(*words[i]))
        return i + 1
    if word == "közösségi" and i + 1 < len(words) and words[i + 1][0].startswith("médi"):
        medium = found.drafts.setdefault(
            "social-media",
            Draft("social-media", "NewsAgency", Name("közösségi média", "social media"), 0.5),
        )
        medium.add(found.span(words[i], words[i + 1]))
        return i + 2
    if not word.startswith(_PRESS_REPORTS):
        return 0
    state = found.adjective_of(words[i - 1][0]) if i > 0 else None
    if state is None or state.type != "State":
        press = found.drafts.setdefault(
            "press", Draft("press", "NewsAgency", Name("sajtó", "the press"), 0.5)
        )
        press.add(Span(*words[i]))
        return i + 1
    found.draft(state).add(Span(*words[i - 1]))
    key = f"{state.id}-press"
    adjective = next(iter(state.adjectives), state.name.hu.lower())
    name = Name(f"{adjective} sajtó", f"{state.adjective_en or state.name.en} press")
    press = found.drafts.setdefault(key, Draft(key, "NewsAgency", name, 0.5, affiliation=state.id))
    press.add(found.span(words[i - 1], words[i]))
    return i + 1


# A site named by its web address ("a felvi.hu", "a baon.hu-nak", "mondta a
# Szoljon.hu-nak"): news name sites that report so, capitalised or not.
_WEB_ADDRESS = re.compile(r"([A-Za-z][a-z0-9-]*\.(?:hu|com|org|net|eu))(?:-\w+)?$")
_PRESS_REPORTS = ("sajtóértesülés", "sajtóhír", "sajtójelentés", "sajtóinformáció")
