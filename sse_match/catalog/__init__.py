"""The catalog: enterprises, their products, validation and moderation.

Pages use only the names below (an import-linter contract checks it).
"""

from sse_match.catalog.enterprises import (
    apply_import,
    approximate,
    create_enterprise,
    default_mapping,
    names,
    preview_import,
    registry_frame,
    reminders,
    set_coordinates,
)
from sse_match.catalog.listing import approved, catalog_version, needs_from_lines, read_needs, read_table
from sse_match.catalog.products import (
    NotFound,
    add_product,
    bulk_add,
    enterprise,
    enterprise_products,
    moderate,
    moderation_queue,
    parse_bulk,
    retire_product,
    update_product,
    update_profile,
)
from sse_match.catalog.supplier import SupplierDetail, detail
from sse_match.catalog.validation import LABELS, FieldError, ValidationFailed, categories, units

__all__ = [
    "FieldError",
    "LABELS",
    "NotFound",
    "SupplierDetail",
    "ValidationFailed",
    "add_product",
    "apply_import",
    "approved",
    "approximate",
    "bulk_add",
    "catalog_version",
    "categories",
    "create_enterprise",
    "default_mapping",
    "detail",
    "enterprise",
    "enterprise_products",
    "moderate",
    "moderation_queue",
    "names",
    "needs_from_lines",
    "parse_bulk",
    "preview_import",
    "read_needs",
    "read_table",
    "registry_frame",
    "reminders",
    "retire_product",
    "set_coordinates",
    "units",
    "update_product",
    "update_profile",
]
