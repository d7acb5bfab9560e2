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
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

from sse_match import plan

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

SE_TYPES = plan.SE_TYPES  # the CHECK constraint lists exactly the plan's types
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
    # (issue 14) a purchase chosen from a 견적 요청 is a draft until delivery is confirmed; drafts count nowhere
    Column("quote_request_id", ForeignKey("quote_requests.id", ondelete="SET NULL")),
    Column("status", String(10), nullable=False, server_default="confirmed"),
    CheckConstraint(_in("kind", PURCHASE_KINDS), name="kind"),
    CheckConstraint(_in("status", ("draft", "confirmed")), name="status"),
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
# A signed-in browser: only the SHA-256 of its random cookie token is stored, never the token itself.
# `code_hash` is the one-time code the login page hands to the cookie route (then cleared); a row with
# `revoked_at` set, or idle longer than the inactivity timeout, no longer signs anyone in.
sessions = Table(
    "sessions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("token_hash", String(64), unique=True),
    Column("code_hash", String(64), unique=True),
    Column("created_at", DateTime, nullable=False),
    Column("last_seen_at", DateTime, nullable=False),
    Column("revoked_at", DateTime),
    Index("ix_sessions_user", "user_id"),
)


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
QUOTE_STATUSES = ("open", "closed", "cancelled", "chosen", "purchased")
RECIPIENT_STATUSES = ("sent", "answered", "declined")

# An officer's request for quotes, sent to 1–5 enterprises (or a need's matches).
quote_requests = Table(
    "quote_requests",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("institution_id", ForeignKey("institutions.id"), nullable=False),
    Column("created_by", ForeignKey("users.id", ondelete="SET NULL")),
    Column("item_name", String(200), nullable=False),
    Column("category", String(40)),
    Column("quantity", Integer, nullable=False),
    Column("unit", String(20), nullable=False),
    Column("deliver_by", Date, nullable=False),
    Column("delivery_place", String(300), nullable=False),
    Column("estimated_price", BigInteger),
    Column("answer_by", Date, nullable=False),
    Column("memo", Text),
    Column("status", String(10), nullable=False, server_default="open"),
    Column("chosen_recipient_id", Integer),  # quote_recipients.id (no FK: the two tables point at each other)
    Column("submission_token", String(64), nullable=False, unique=True),  # one send per form, however many clicks
    Column("is_demo", Boolean, nullable=False, server_default=false()),
    Column("version", Integer, nullable=False, server_default="1"),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    CheckConstraint(_in("status", QUOTE_STATUSES), name="status"),
    CheckConstraint("quantity > 0", name="quantity_positive"),
    Index("ix_quote_requests_institution", "institution_id", "created_at"),
)

quote_recipients = Table(
    "quote_recipients",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("request_id", ForeignKey("quote_requests.id", ondelete="CASCADE"), nullable=False),
    Column("enterprise_id", ForeignKey("enterprises.id"), nullable=False),
    Column("product_id", ForeignKey("products.id", ondelete="SET NULL")),
    Column("status", String(10), nullable=False, server_default="sent"),
    Column("amount", BigInteger),
    Column("vat_included", Boolean),
    Column("delivery_on", Date),
    Column("memo", Text),
    Column("decline_reason", String(500)),
    Column("answered_at", DateTime),
    Column("version", Integer, nullable=False, server_default="1"),
    UniqueConstraint("request_id", "enterprise_id", name="uq_quote_recipients_request_enterprise"),
    CheckConstraint(_in("status", RECIPIENT_STATUSES), name="status"),
    CheckConstraint("amount IS NULL OR amount > 0", name="amount_positive"),
    Index("ix_quote_recipients_enterprise", "enterprise_id"),
)

# Files stay in the database and are served only after a permission check, never by a path.
quote_attachments = Table(
    "quote_attachments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("request_id", ForeignKey("quote_requests.id", ondelete="CASCADE"), nullable=False),
    Column("recipient_id", ForeignKey("quote_recipients.id", ondelete="CASCADE")),  # NULL: the officer's file
    Column("filename", String(200), nullable=False),
    Column("kind", String(8), nullable=False),
    Column("size", Integer, nullable=False),
    Column("content", LargeBinary, nullable=False),
    Column("uploaded_by", ForeignKey("users.id", ondelete="SET NULL")),
    Column("created_at", DateTime, nullable=False),
    Index("ix_quote_attachments_request", "request_id"),
)

# In-app notices, addressed to an institution's officers or an enterprise's users.
notices = Table(
    "notices",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime, nullable=False),
    Column("institution_id", ForeignKey("institutions.id", ondelete="CASCADE")),
    Column("enterprise_id", ForeignKey("enterprises.id", ondelete="CASCADE")),
    Column("request_id", ForeignKey("quote_requests.id", ondelete="CASCADE")),
    Column("kind", String(20), nullable=False),
    Column("message", String(500), nullable=False),
    Column("read_at", DateTime),
    Index("ix_notices_enterprise", "enterprise_id"),
    Index("ix_notices_institution", "institution_id"),
)


# --- city plan records (issue 15) ---
# The plan's stage 1 and 2 programmes and its 향후 추진계획 as records (sse_match/plan_records.py). Every
# table carries is_demo, a version for optimistic locking and who created it.
PLAN_CANDIDATE_PRELIM = ("예비 단계", "전주형 사회적기업")
PLAN_CANDIDATE_CONVERTED = ("마을기업", "협동조합", "(예비)사회적기업")
PLAN_YOUTH_FIELDS = ("야호학교", "전주푸드", "박물관 큐레이터", "청년혁신가", "지역공동체", "복지")
PLAN_FOLLOWUP_KINDS = ("고령자친화기업", "청년자립도전 자활사업단", "정부 일자리사업 공모")


def _plan_common() -> list:
    return [Column("is_demo", Boolean, nullable=False, server_default=false()),
            Column("version", Integer, nullable=False, server_default="1"),
            Column("created_by", ForeignKey("users.id", ondelete="SET NULL")),
            Column("created_at", DateTime, nullable=False)]


plan_candidates = Table(
    "plan_candidates", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("people", Integer, nullable=False, server_default="0"),
    Column("gu", String(10)),
    Column("ondure_on", Date),  # 온두레 공동체로 선정된 날
    Column("prelim_kind", String(20)),
    Column("prelim_on", Date),
    Column("converted_type", String(20)),
    Column("converted_on", Date),
    Column("enterprise_id", ForeignKey("enterprises.id", ondelete="SET NULL")),
    Column("note", String(500)),
    *_plan_common(),
    CheckConstraint("people >= 0", name="people"),
    CheckConstraint("ondure_on IS NOT NULL OR prelim_on IS NOT NULL OR converted_on IS NOT NULL", name="some_stage"),
)

plan_grants = Table(
    "plan_grants", metadata,
    Column("id", Integer, primary_key=True),
    Column("enterprise_id", ForeignKey("enterprises.id"), nullable=False),
    Column("programme", String(60), nullable=False),
    Column("amount", BigInteger, nullable=False),
    Column("start_on", Date, nullable=False),
    Column("end_on", Date, nullable=False),
    Column("jobs_promised", Integer, nullable=False),
    *_plan_common(),
    CheckConstraint("amount > 0", name="amount_positive"),
    CheckConstraint("jobs_promised >= 0", name="jobs"),
    Index("ix_plan_grants_enterprise", "enterprise_id"),
)

plan_youth_placements = Table(
    "plan_youth_placements", metadata,
    Column("id", Integer, primary_key=True),
    Column("participant", String(50), nullable=False),
    Column("field", String(20), nullable=False),
    Column("host_enterprise_id", ForeignKey("enterprises.id", ondelete="SET NULL")),
    Column("host_name", String(200), nullable=False),
    Column("start_on", Date, nullable=False),
    Column("end_on", Date),
    Column("stayed_employed", Boolean),
    *_plan_common(),
    CheckConstraint(_in("field", PLAN_YOUTH_FIELDS), name="field"),
)

plan_local_projects = Table(
    "plan_local_projects", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("enterprise_id", ForeignKey("enterprises.id", ondelete="SET NULL")),
    Column("start_on", Date, nullable=False),
    Column("end_on", Date),
    Column("amount", BigInteger),
    Column("jobs_created", Integer, nullable=False),
    *_plan_common(),
    CheckConstraint("jobs_created >= 0", name="jobs"),
)

plan_spending = Table(
    "plan_spending", metadata,
    Column("id", Integer, primary_key=True),
    Column("year", Integer, nullable=False),
    Column("programme", String(60), nullable=False),
    Column("source", String(4), nullable=False),
    Column("amount", BigInteger, nullable=False),
    Column("spent_on", Date, nullable=False),
    Column("note", String(500)),
    *_plan_common(),
    CheckConstraint(_in("source", ("국비", "도비", "시비")), name="source"),
    CheckConstraint("amount > 0", name="amount_positive"),
    Index("ix_plan_spending_year", "year"),
)

plan_mentoring_pairs = Table(
    "plan_mentoring_pairs", metadata,
    Column("id", Integer, primary_key=True),
    Column("mentee_id", ForeignKey("enterprises.id"), nullable=False),
    Column("mentor_id", ForeignKey("enterprises.id"), nullable=False),
    Column("started_on", Date, nullable=False),
    Column("ended_on", Date),
    Column("suggested_mentor_id", ForeignKey("enterprises.id", ondelete="SET NULL")),
    Column("override_reason", String(500)),
    Column("allow_competition", Boolean, nullable=False, server_default=false()),
    Column("outcome", String(500)),
    *_plan_common(),
    CheckConstraint("mentee_id <> mentor_id", name="distinct"),
)

plan_mentoring_meetings = Table(
    "plan_mentoring_meetings", metadata,
    Column("id", Integer, primary_key=True),
    Column("pair_id", ForeignKey("plan_mentoring_pairs.id", ondelete="CASCADE"), nullable=False),
    Column("met_on", Date, nullable=False),
    Column("topic", String(200), nullable=False),
    Column("hours", Float, nullable=False),
    *_plan_common(),
    CheckConstraint("hours > 0 AND hours <= 24", name="hours"),
)

plan_startup_cohorts = Table(
    "plan_startup_cohorts", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("space", String(200), nullable=False),  # 지역거점별 소통협력공간
    Column("started_on", Date, nullable=False),
    Column("participants", Integer, nullable=False),
    Column("startups_founded", Integer, nullable=False, server_default="0"),
    *_plan_common(),
    CheckConstraint("participants >= 0 AND startups_founded >= 0", name="counts"),
)

plan_school_sessions = Table(
    "plan_school_sessions", metadata,
    Column("id", Integer, primary_key=True),
    Column("held_on", Date, nullable=False),
    Column("school", String(200), nullable=False),
    Column("topic", String(200), nullable=False),
    Column("students", Integer, nullable=False),
    *_plan_common(),
    CheckConstraint("students >= 0", name="students"),
)

plan_followups = Table(
    "plan_followups", metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(30), nullable=False),
    Column("name", String(200), nullable=False),
    Column("started_on", Date, nullable=False),  # 운영 시작일, 공모는 신청일
    Column("people", Integer, nullable=False, server_default="0"),
    Column("enterprise_id", ForeignKey("enterprises.id", ondelete="SET NULL")),
    Column("won", Boolean),  # 공모 선정 여부 (발표 전이면 비움)
    *_plan_common(),
    CheckConstraint(_in("kind", PLAN_FOLLOWUP_KINDS), name="kind"),
    CheckConstraint("people >= 0", name="people"),
)

# One row per form submission token: a double click (or a rerun) writes the record once.
plan_submissions = Table(
    "plan_submissions", metadata,
    Column("token", String(64), primary_key=True),
    Column("table_name", String(40), nullable=False),
    Column("record_id", Integer),
    Column("at", DateTime, nullable=False),
)


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


# --- reliability (issue 12) ---
# Failed logins per client (source address or browser), shared by every replica: a backoff next to the
# per-account lock, so nobody can guess one password across many accounts or lock accounts quickly.
login_throttle = Table(
    "login_throttle",
    metadata,
    Column("client", String(100), primary_key=True),
    Column("failures", Integer, nullable=False, server_default="0"),
    Column("blocked_until", DateTime),
    Column("updated_at", DateTime, nullable=False),
)
