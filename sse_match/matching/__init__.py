"""Matching: reading a need (Korean morphology, typos, 초성, 한영), the product index, evaluation.

Pages use only the names below (an import-linter contract checks it).
"""

from sse_match.matching.analysis_store import load
from sse_match.matching.index import MAX_NEED_CHARS, Reason, SearchIndex, SearchResult, search
from sse_match.matching.learning import (
    MIN_SESSIONS,
    MIN_USERS,
    approve,
    approved_synonyms,
    decisions,
    log_followup,
    reject,
    suggestions,
    synonyms_version,
)
from sse_match.matching.needs import (
    MAX_NEEDS,
    SORTS,
    filter_mask,
    load_rules,
    match_needs,
    results_for_people,
    search_frame,
    single_source_hint,
    strong,
)

__all__ = [
    "MAX_NEEDS",
    "MAX_NEED_CHARS",
    "MIN_SESSIONS",
    "MIN_USERS",
    "Reason",
    "SORTS",
    "SearchIndex",
    "SearchResult",
    "approve",
    "approved_synonyms",
    "decisions",
    "filter_mask",
    "load",
    "load_rules",
    "log_followup",
    "match_needs",
    "reject",
    "results_for_people",
    "search",
    "search_frame",
    "single_source_hint",
    "strong",
    "suggestions",
    "synonyms_version",
]
