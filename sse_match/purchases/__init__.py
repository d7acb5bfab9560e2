"""Purchases against agreements: records, imports, statistics and reports.

Pages use only the names below (an import-linter contract checks it).
"""

from sse_match.purchases.records import (
    CONTRACT_METHODS,
    FIELD_LABELS,
    KINDS,
    apply_import,
    correct,
    default_mapping,
    institutions_frame,
    preview_import,
    purchases_version,
    record,
    remove,
    set_agreement,
    version_of,
)
from sse_match.purchases.reports import purchases_for_people, report_xlsx
from sse_match.purchases.stats import (
    PurchaseCache,
    agency_suspects,
    department_view,
    evaluation_rule,
    growers,
    institution_view,
    jobs_by_plan_year,
    plan_budget,
    targets,
    workers_by_place,
)

__all__ = [
    "CONTRACT_METHODS",
    "FIELD_LABELS",
    "KINDS",
    "PurchaseCache",
    "agency_suspects",
    "apply_import",
    "correct",
    "default_mapping",
    "department_view",
    "evaluation_rule",
    "growers",
    "institution_view",
    "institutions_frame",
    "jobs_by_plan_year",
    "plan_budget",
    "preview_import",
    "purchases_for_people",
    "purchases_version",
    "record",
    "remove",
    "report_xlsx",
    "set_agreement",
    "targets",
    "version_of",
    "workers_by_place",
]
