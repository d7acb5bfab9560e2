"""Database schema (SQLAlchemy Core).

The Alembic migrations in ``sse_match/migrations`` create exactly this; a test compares the two
so they never drift. Money is integer 원 (BigInteger) everywhere, never float.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

# Stable constraint names so migrations can refer to them on SQLite and PostgreSQL alike.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

SE_TYPES = ("사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합", "사회적협동조합")
PLACEMENTS = ("exact", "행정동", "법정동", "구", "none")
PURCHASE_KINDS = ("물품", "용역", "공사")
PRODUCT_STATUSES = ("pending", "approved", "rejected", "retired")
ROLES = ("admin", "officer", "enterprise")


def _in(col: str, values: tuple[str, ...]) -> str:
    return f"{col} IN (" + ", ".join(f"'{v}'" for v in values) + ")"


enterprises = Table(
    "enterprises",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("se_type", String(20), nullable=False),
    Column("name", String(200), nullable=False),
    # 사업자등록번호: 10 digits, no dashes; NULL when an official list omits it.
    Column("biz_no", String(10), unique=True),
    Column("representative", String(100)),
    Column("address", String(300)),
    Column("gu", String(10)),
    Column("adm_code", String(10)),
    Column("dong", String(20)),
    Column("lat", Float),
    Column("lon", Float),
    Column("placement", String(10), nullable=False, server_default="none"),
    Column("cert_no", String(40)),
    Column("cert_date", Date),
    Column("cert_expiry", Date),
    Column("founded_on", Date, nullable=False),
    Column("closed_on", Date),
    Column("main_business", String(300)),
    Column("categories", String(300)),
    Column("phone", String(40)),
    Column("email", String(200)),
    Column("homepage", String(300)),
    Column("status", String(10), nullable=False, server_default="active"),
    Column("source_record_id", String(100), unique=True),
    Column("is_demo", Boolean, nullable=False, server_default=false()),
    Column("version", Integer, nullable=False, server_default="1"),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    CheckConstraint(_in("se_type", SE_TYPES), name="se_type"),
    CheckConstraint(_in("placement", PLACEMENTS), name="placement"),
    CheckConstraint(_in("status", ("active", "closed", "suspended")), name="status"),
)

workforce = Table(
    "workforce_snapshots",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("enterprise_id", ForeignKey("enterprises.id", ondelete="CASCADE"), nullable=False),
    Column("as_of", Date, nullable=False),
    Column("workers", Integer, nullable=False),
    Column("vulnerable", Integer, nullable=False, server_default="0"),
    Column("youth", Integer, nullable=False, server_default="0"),
    UniqueConstraint("enterprise_id", "as_of", name="uq_workforce_enterprise_date"),
    CheckConstraint("workers >= 0 AND vulnerable >= 0 AND youth >= 0", name="nonneg"),
    CheckConstraint("vulnerable <= workers AND youth <= workers", name="parts"),
)

products = Table(
    "products",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("enterprise_id", ForeignKey("enterprises.id", ondelete="CASCADE"), nullable=False),
    Column("code", String(30), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("category", String(40), nullable=False),
    Column("spec", String(300)),
    Column("unit_price", BigInteger, nullable=False),
    Column("unit", String(20), nullable=False),
    Column("description", Text),
    Column("status", String(10), nullable=False, server_default="pending"),
    Column("review_reason", String(500)),
    Column("version", Integer, nullable=False, server_default="1"),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    CheckConstraint(_in("status", PRODUCT_STATUSES), name="status"),
    CheckConstraint("unit_price > 0", name="price_positive"),
    Index("ix_products_enterprise_status", "enterprise_id", "status"),
)

institutions = Table(
    "institutions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("kind", String(40), nullable=False),
    Column("city_affiliated", Boolean, nullable=False, server_default=false()),
    Column("gu", String(10)),
    Column("lat", Float),
    Column("lon", Float),
    Column("is_demo", Boolean, nullable=False, server_default=false()),
)

agreements = Table(
    "agreements",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("institution_id", ForeignKey("institutions.id", ondelete="CASCADE"), nullable=False),
    Column("year", Integer, nullable=False),
    # A target is either an amount in 원 or a ratio of the institution's 물품·용역 purchases.
    Column("target_amount", BigInteger),
    Column("target_ratio", Numeric(7, 4)),
    # The institution's total 물품·용역 purchases of the year, for ratio targets.
    Column("total_goods_services", BigInteger),
    Column("signed_on", Date),
    Column("version", Integer, nullable=False, server_default="1"),
    UniqueConstraint("institution_id", "year", name="uq_agreements_institution_year"),
    CheckConstraint(
        "(target_amount IS NOT NULL AND target_ratio IS NULL)"
        " OR (target_amount IS NULL AND target_ratio IS NOT NULL)",
        name="one_target",
    ),
)

purchases = Table(
    "purchases",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("institution_id", ForeignKey("institutions.id"), nullable=False),
    Column("enterprise_id", ForeignKey("enterprises.id"), nullable=False),
    Column("product_id", ForeignKey("products.id", ondelete="SET NULL")),
    Column("purchased_on", Date, nullable=False),
    Column("amount", BigInteger, nullable=False),
    Column("kind", String(4), nullable=False),
    Column("contract_method", String(20), nullable=False),
    Column("category", String(40)),
    Column("description", String(500)),
    Column("created_by", ForeignKey("users.id", ondelete="SET NULL")),
    Column("version", Integer, nullable=False, server_default="1"),
    Column("created_at", DateTime, nullable=False),
    CheckConstraint(_in("kind", PURCHASE_KINDS), name="kind"),
    CheckConstraint("amount > 0", name="amount_positive"),
    Index("ix_purchases_institution_date", "institution_id", "purchased_on"),
    Index("ix_purchases_enterprise", "enterprise_id"),
    Index("ix_purchases_date", "purchased_on"),
)

plan_budget = Table(
    "plan_budget",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("year", Integer, nullable=False),
    Column("period_label", String(20), nullable=False),
    Column("source", String(4), nullable=False),
    Column("amount", BigInteger, nullable=False),
    Column("spent", BigInteger),
    UniqueConstraint("year", "source", name="uq_plan_budget_year_source"),
    CheckConstraint(_in("source", ("국비", "도비", "시비")), name="source"),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("login", String(100), nullable=False, unique=True),
    Column("password_hash", String(200)),
    Column("role", String(12), nullable=False),
    Column("institution_id", ForeignKey("institutions.id")),
    Column("enterprise_id", ForeignKey("enterprises.id")),
    Column("email", String(200)),
    Column("display_name", String(100)),
    Column("disabled", Boolean, nullable=False, server_default=false()),
    Column("failed_attempts", Integer, nullable=False, server_default="0"),
    Column("locked_until", DateTime),
    Column("version", Integer, nullable=False, server_default="1"),
    Column("created_at", DateTime, nullable=False),
    CheckConstraint(_in("role", ROLES), name="role"),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime, nullable=False),
    Column("user_id", ForeignKey("users.id", ondelete="SET NULL")),
    Column("action", String(20), nullable=False),
    Column("table_name", String(40), nullable=False),
    Column("record_id", Integer),
    Column("before", Text),
    Column("after", Text),
    Index("ix_audit_log_table_record", "table_name", "record_id"),
)

# Small key/value facts about the database, e.g. the catalog version every catalog write bumps.
meta = Table(
    "app_meta",
    metadata,
    Column("key", String(40), primary_key=True),
    Column("value", String(200), nullable=False),
)

# What officers searched for and whether anything fitted: the gap map's evidence of unmet demand.
search_log = Table(
    "search_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime, nullable=False),
    Column("user_id", ForeignKey("users.id", ondelete="SET NULL")),
    Column("institution_id", ForeignKey("institutions.id", ondelete="SET NULL")),
    Column("query", String(300), nullable=False),
    Column("no_match", Boolean, nullable=False),
    Column("category", String(40)),  # best match's category, or the nearest one when nothing fitted
    Column("gu", String(10)),  # a 구 named in the query
    Index("ix_search_log_at", "at"),
)


# --- sessions and account security (issue 13) ---


# --- matching: stored analyses, learned synonyms (issue 11) ---
product_analyses = Table(  # Kiwi analysis of a product's eojeols, written with the product (issue 11)
    "product_analyses",
    metadata,
    Column("product_id", ForeignKey("products.id", ondelete="CASCADE"), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("eojeols", Text, nullable=False),  # JSON: eojeol → [morphemes]
    Column("analysed_at", DateTime, nullable=False),
)


# --- quotes (issue 14) ---


# --- city plan records (issue 15) ---


# --- reliability (issue 12) ---


# --- learning from use (issue 11) ---

FOLLOWUP_KINDS = ("open", "match")
LEARNED_STATUSES = ("approved", "rejected")

# What an officer did with a search result right after searching: opened it or took it into a match.
# With search_log and purchases this is the evidence `learning.suggestions` reads.
search_followups = Table(
    "search_followups",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime, nullable=False),
    Column("user_id", ForeignKey("users.id", ondelete="SET NULL")),
    Column("kind", String(10), nullable=False),
    Column("query", String(300)),  # the search the result came from
    Column("product_id", ForeignKey("products.id", ondelete="SET NULL")),
    Column("enterprise_id", ForeignKey("enterprises.id", ondelete="SET NULL")),
    CheckConstraint(_in("kind", FOLLOWUP_KINDS), name="kind"),
    Index("ix_search_followups_user_at", "user_id", "at"),
)

# Query word → catalog word pairs the department decided on; approved ones act as synonyms.
learned_synonyms = Table(
    "learned_synonyms",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("query_word", String(60), nullable=False),
    Column("catalog_word", String(60), nullable=False),
    Column("status", String(10), nullable=False),
    Column("support", Integer, nullable=False, server_default="0"),  # sessions behind it when decided
    Column("decided_by", ForeignKey("users.id", ondelete="SET NULL")),
    Column("decided_at", DateTime, nullable=False),
    Column("version", Integer, nullable=False, server_default="1"),
    UniqueConstraint("query_word", "catalog_word", name="uq_learned_synonyms_pair"),
    CheckConstraint(_in("status", LEARNED_STATUSES), name="status"),
)
