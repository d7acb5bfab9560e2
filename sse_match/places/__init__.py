"""Places: Jeonju's 구/동, placing addresses, the map.

Pages use only the names below (an import-linter contract checks it).
"""

from sse_match.places.geo import GUS, JEONJU_LAT, JEONJU_LON, admin_dongs
from sse_match.places.maps import (
    MEASURES,
    TYPE_COLORS,
    arcs,
    boundary_path,
    boundary_with_measure,
    build_deck,
    dong_aggregates,
    enterprises_frame,
    filter_frame,
    gap_labels,
    gap_table,
    load_boundary,
    log_search,
    place_labels,
    with_received,
)

__all__ = [
    "GUS",
    "JEONJU_LAT",
    "JEONJU_LON",
    "MEASURES",
    "TYPE_COLORS",
    "admin_dongs",
    "arcs",
    "boundary_path",
    "boundary_with_measure",
    "build_deck",
    "dong_aggregates",
    "enterprises_frame",
    "filter_frame",
    "gap_labels",
    "gap_table",
    "load_boundary",
    "log_search",
    "place_labels",
    "with_received",
]
