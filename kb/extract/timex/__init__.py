"""Find Hungarian time expressions and normalise them against the publication date.

Our own normaliser, not `hun-date-parser`: that library returns dates without the
words they came from (we anchor every time to its span) and without a precision
(a month must stay a month), reads "október végén" as days 20-31 where docs/design.md
says 21-31, merges two expressions of one clause into one, and finds nothing for
"korábban", "nemrég" or "a hónap elején". Measured on the seed article's clauses it
took 0.1-1 ms a clause (15 ms on first use); these regular expressions take a few
microseconds. The calendar arithmetic itself is `kb.timespan`'s.

Conventions: docs/annotation-format.md §4.3 and its round-5 table "Which expressions
are times, and their bounds". A weekday, month or season without a year is the latest
one not after publication when told in the past, the next one when told of the future
(`kb.extract.tense`); a day without a year the one closest to publication; "jelenleg",
"most", "egyelőre", "továbbra is" are going on at publication; "óta", "-ig", "-ra/-re"
bound the time they follow (`_bounded`); "akkor", "azóta", "két nappal később" count
from the time just told, "a szavazás után" from the day of the event (`_from_event`).

The package, each module one job, each importing only from those above it:

- `patterns`: the words and regular expressions times are told with;
- `reading`: one expression as read (`_Reading`), and the calendar arithmetic of its bounds;
- `relative`: times counted from publication ("ma", "két éve", "hamarosan", "most");
- `dates`: calendar names (dates, months, seasons, weekdays, weeks, years, decades);
- `anchored`: times counted from another time or an event ("azóta", "a szavazás után");
- `sentence`: one sentence's readings, bounded ("óta", "-ig") and joined (from-to ranges);
- `article`: `find_times`, the pass over an article, and the days its speakers spoke.
"""

from kb.extract.timex.article import find_times

__all__ = ["find_times"]
