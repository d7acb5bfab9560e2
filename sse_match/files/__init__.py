"""Files in and out: reading uploaded tables safely, and CSV/XLSX exports.

Pages use only the names below (an import-linter contract checks it).
"""

from sse_match.files.export import XLSX_MIME, csv_bytes, grid_safe, template_xlsx, xlsx_bytes

__all__ = [
    "XLSX_MIME",
    "csv_bytes",
    "grid_safe",
    "template_xlsx",
    "xlsx_bytes",
]
