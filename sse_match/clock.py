"""The app's one clock: every page, command and test asks here for today's date.

`SSE_TODAY` (YYYY-MM-DD) pins the date, so the suite and a demo can run as if on any day;
unset, it is the machine's date. Domain functions still take `today` as an argument.
"""

from __future__ import annotations

import os
from datetime import date, datetime, time

TODAY_ENV = "SSE_TODAY"


def today() -> date:
    """`SSE_TODAY` if set, else the machine's date."""
    pinned = os.environ.get(TODAY_ENV, "").strip()
    if pinned:
        return date.fromisoformat(pinned)
    return date.today()  # noqa: DTZ011 - the one place the bare date is read


def now() -> datetime:
    """Now, on the app's date: with `SSE_TODAY` set the time of day is kept and the date pinned."""
    real = datetime.now()
    pinned = os.environ.get(TODAY_ENV, "").strip()
    if pinned:
        return datetime.combine(date.fromisoformat(pinned), time(real.hour, real.minute, real.second))
    return real
