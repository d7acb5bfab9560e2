"""The city plan's programmes: discovery, support, youth jobs, mentoring, and the plan table.

Pages use only the names below (an import-linter contract checks it).
"""

from sse_match.programmes.mentoring import outcomes, record_pair, suggest
from sse_match.programmes.records import (
    KINDS,
    Field,
    Kind,
    apply_import,
    create,
    link_candidate,
    list_records,
    preview_import,
    remove,
    template_xlsx,
    update,
)
from sse_match.programmes.targets import (
    LIGHT_RULE,
    PLAN_START,
    RECORD_KIND,
    PlanData,
    budget_execution,
    candidate_stages,
    conversions_by_year,
    display_frame,
    grant_jobs_observed,
    plan_records,
    plan_table,
    report_xlsx,
    value_text,
    youth_by_field,
)

__all__ = [
    "Field",
    "KINDS",
    "Kind",
    "LIGHT_RULE",
    "PLAN_START",
    "PlanData",
    "RECORD_KIND",
    "apply_import",
    "budget_execution",
    "candidate_stages",
    "conversions_by_year",
    "create",
    "display_frame",
    "grant_jobs_observed",
    "link_candidate",
    "list_records",
    "outcomes",
    "plan_records",
    "plan_table",
    "preview_import",
    "record_pair",
    "remove",
    "report_xlsx",
    "suggest",
    "template_xlsx",
    "update",
    "value_text",
    "youth_by_field",
]
