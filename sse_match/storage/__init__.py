"""Storage: the schema, engines and migrations, audited and optimistic-locked writes. Imports no other sse_match subpackage.

Pages use only the names below (an import-linter contract checks it).
"""

from sse_match.storage.audit import entries
from sse_match.storage.db import (
    DatabaseBusy,
    Engine,
    NotADatabase,
    SchemaTooNew,
    check_reachable,
    has_demo_data,
    make_engine,
    read_frame,
)
from sse_match.storage.schema import enterprises, institutions

__all__ = [
    "DatabaseBusy",
    "Engine",
    "NotADatabase",
    "SchemaTooNew",
    "check_reachable",
    "enterprises",
    "entries",
    "has_demo_data",
    "institutions",
    "make_engine",
    "read_frame",
]
