"""Learning from use: words officers search for that the catalog does not know, and what they meant.

Evidence is what one officer did within one sitting: a search that found nothing, followed shortly by a
search that found something, an opened result or a recorded purchase. The word of the failed search
that the catalog does not know, paired with the catalog word of what followed, is a candidate synonym
(찌라시 → 리플릿) or correction (rkqkd → 가방). Candidates backed by enough sittings of enough officers
are suggested to the department; approved ones are stored here and read by the search index, which is
rebuilt when `synonyms_version` changes, so they take effect without a restart.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from functools import lru_cache

import polars as pl
from rapidfuzz import fuzz
from sqlalchemy import Engine, insert, literal, select, update
from sqlalchemy.exc import IntegrityError

from sse_match.accounts.access import Actor, require_admin
from sse_match.catalog.listing import approved
from sse_match.catalog.validation import FieldError, ValidationFailed
from sse_match.matching import hangul, hanyeong
from sse_match.matching.index import ACTION_NOUNS, STOPWORDS, load_synonyms
from sse_match.places import geo
from sse_match.storage import audit, db, schema
from sse_match.storage.db import read_frame

SESSION_GAP = timedelta(minutes=30)  # a pause this long ends a sitting (the usual cut in web analytics)
FOLLOW_WINDOW = timedelta(minutes=15)  # what comes later than this after a failed search answers something else
LOOKBACK_DAYS = 365  # older searches describe an older catalog
MIN_SESSIONS = 2  # one sitting is an anecdote
MIN_USERS = 2  # one officer's habit is not the office's vocabulary
MIN_SHARE = 0.3  # of the sittings where the word failed, the share that ended at this catalog word
TYPO_SIMILARITY = 75.0  # jamo similarity from which a pair is a correction (same as the engine's typo cut)
MAX_WORD = 60  # the learned_synonyms columns
COUNTER = "synonyms_version"
EVIDENCE_ROLES = ("officer",)  # what buyers type; an admin trying words out or an enterprise is not evidence

KINDS = ("correction", "hanyeong", "synonym")
_TOKEN = hangul.TOKEN_RE.pattern


def _stopwords() -> frozenset[str]:

    return STOPWORDS | ACTION_NOUNS


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """구 and 동 names, with the stems officers type (효자동 for 효자1동…효자5동)."""

    words = set(geo.GUS)
    for dong in [*geo.admin_dongs_all()["dong"].to_list(), *geo.legal_dongs()["legal_dong"].to_list()]:
        words.add(dong)
        words.add(dong.rstrip("동").rstrip("0123456789") + "동")
    return frozenset(words)


def catalog_vocabulary(catalog: pl.DataFrame) -> dict[str, float]:
    """Words of product names, categories and specs → idf (rarer words say more about a product)."""
    text = pl.concat_str([pl.col(c).fill_null("") for c in ("name", "category", "spec")], separator=" ")
    words = (catalog.select(doc=pl.int_range(pl.len()), tok=text.str.to_lowercase().str.extract_all(_TOKEN))
             .explode("tok").drop_nulls("tok").unique(["doc", "tok"]).group_by("tok").agg(df=pl.len()))
    n = max(catalog.height, 1)
    return dict(zip(words["tok"].to_list(), (n / words["df"]).log1p().to_list(), strict=True))


def _events(engine: Engine, since: datetime) -> pl.DataFrame:
    """Searches, opened results and recorded purchases per officer, in time order."""

    s, f, p, b = schema.search_log.c, schema.search_followups.c, schema.products.c, schema.purchases.c
    officers = select(schema.users.c.id).where(schema.users.c.role.in_(EVIDENCE_ROLES))
    types = {"user_id": pl.Int64, "at": pl.Datetime("us"), "text": pl.String, "failed": pl.Boolean, "kind": pl.String}
    stmts = (
        select(s.user_id, s.at, s.query.label("text"), s.no_match.label("failed"), literal("search").label("kind"))
        .where(s.at >= since, s.user_id.in_(officers)),
        select(f.user_id, f.at, p.name.label("text"), literal(False).label("failed"), f.kind)
        .select_from(schema.search_followups.join(schema.products, f.product_id == p.id))
        .where(f.at >= since, f.user_id.in_(officers)),
        select(b.created_by.label("user_id"), b.created_at.label("at"), p.name.label("text"),
               literal(False).label("failed"), literal("purchase").label("kind"))
        .select_from(schema.purchases.join(schema.products, b.product_id == p.id))
        .where(b.created_at >= since, b.created_by.in_(officers)),
    )
    with engine.connect() as conn:
        parts = [read_frame(conn, stmt, types).select(list(types)).cast(types) for stmt in stmts]  # type: ignore[arg-type]
    return pl.concat(parts).sort("user_id", "at")


def _words(text: str) -> list[str]:
    return [t for t in hangul.tokens(hangul.strip_quantities(text)) if len(t) >= 2 and not t.isdigit()]


def _unknown_words(query: str, vocab: dict[str, float], stop: frozenset[str]) -> list[str]:
    places = _place_words()
    return [w for w in dict.fromkeys(_words(query))
            if w not in vocab and w not in stop and w not in places and len(w) <= MAX_WORD]


def _catalog_word(word: str, answer: str, vocab: dict[str, float], stop: frozenset[str]) -> str | None:
    """The catalog word of the answer that the unknown word most likely meant: the one sharing the most
    syllables with it (스카치테이프 → 테이프), else the rarest (찌라시 → 리플릿, not 인쇄)."""
    read = (hanyeong.candidates(word) or [word])[0] if hanyeong.looks_like_hanyeong(word) else word
    options = [w for w in dict.fromkeys(_words(answer)) if w in vocab and w not in stop and w != word]
    if not options or word in _words(answer):
        return None
    return max(options, key=lambda c: (len(set(read) & set(c)), vocab[c]))


def _kind(word: str, catalog_word: str) -> str:
    if hanyeong.looks_like_hanyeong(word) and catalog_word in hanyeong.candidates(word):
        return "hanyeong"
    if fuzz.ratio(hangul.jamo(word), hangul.jamo(catalog_word)) >= TYPO_SIMILARITY:
        return "correction"
    return "synonym"


EMPTY = pl.DataFrame(schema={"query_word": pl.String, "catalog_word": pl.String, "kind": pl.String,
                             "sessions": pl.Int64, "users": pl.Int64, "share": pl.Float64, "last_seen": pl.Date,
                             "example": pl.String})


def suggestions_from(events: pl.DataFrame, vocab: dict[str, float], known: set[tuple[str, str]]) -> pl.DataFrame:
    """The suggestion logic on an event frame (user_id, at, text, failed, kind), without the database."""
    if events.is_empty():
        return EMPTY
    ev = events.sort("user_id", "at").with_columns(
        session=((pl.col("user_id") != pl.col("user_id").shift()) | ((pl.col("at") - pl.col("at").shift()) > SESSION_GAP))
        .fill_null(True).cum_sum())
    failed = ev.filter((pl.col("kind") == "search") & pl.col("failed")).sort("at")
    answers = (ev.filter(~((pl.col("kind") == "search") & pl.col("failed")))
               .select("session", answer_at="at", answer="text").sort("answer_at"))
    joined = failed.join_asof(answers, left_on="at", right_on="answer_at", by="session", strategy="forward",
                              tolerance=FOLLOW_WINDOW, check_sortedness=False)  # both sorted by time above
    stop = _stopwords()
    rows = []  # one per (failed search, unknown word)
    for r in joined.iter_rows(named=True):
        for w in _unknown_words(r["text"], vocab, stop):
            target = _catalog_word(w, r["answer"], vocab, stop) if r["answer"] is not None else None
            rows.append((w, target, r["session"], r["user_id"], r["at"], r["text"]))
    if not rows:
        return EMPTY
    pairs = pl.DataFrame(rows, schema={"query_word": pl.String, "catalog_word": pl.String, "session": pl.Int64,
                                       "user_id": pl.Int64, "at": pl.Datetime("us"), "example": pl.String},
                         orient="row")
    tried = pairs.group_by("query_word").agg(tried=pl.col("session").n_unique())
    out = (pairs.drop_nulls("catalog_word").group_by("query_word", "catalog_word")
           .agg(sessions=pl.col("session").n_unique(), users=pl.col("user_id").n_unique(),
                last_seen=pl.col("at").max().dt.date(), example=pl.col("example").sort_by("at").last())
           .join(tried, on="query_word")
           .with_columns(share=pl.col("sessions") / pl.col("tried"))
           .filter((pl.col("sessions") >= MIN_SESSIONS) & (pl.col("users") >= MIN_USERS)
                   & (pl.col("share") >= MIN_SHARE)))
    keep = [(q, c) not in known for q, c in zip(out["query_word"], out["catalog_word"], strict=True)]
    out = out.filter(pl.Series(keep, dtype=pl.Boolean)) if out.height else out
    kinds = [_kind(q, c) for q, c in zip(out["query_word"], out["catalog_word"], strict=True)]
    return (out.with_columns(kind=pl.Series(kinds, dtype=pl.String))
            .sort(["sessions", "users", "share", "query_word", "catalog_word"], descending=[True, True, True, False, False])
            .select(EMPTY.columns).cast(dict(EMPTY.schema)))  # type: ignore[arg-type]


def _known_pairs(engine: Engine) -> set[tuple[str, str]]:
    """Pairs already decided here or already in the same group of data/synonyms.csv."""

    known: set[tuple[str, str]] = set()
    for group in load_synonyms():
        known.update((a, b) for a in group for b in group if a != b)
    ls = schema.learned_synonyms.c
    with engine.connect() as conn:
        known.update((q, c) for q, c in conn.execute(select(ls.query_word, ls.catalog_word)))
    return known


def suggestions(engine: Engine, today: date) -> pl.DataFrame:
    """Suggested query word → catalog word pairs, best supported first: query_word, catalog_word,
    kind (correction | hanyeong | synonym), sessions, users, share, last_seen, example."""

    since = datetime.combine(today - timedelta(days=LOOKBACK_DAYS), time.min)
    vocab = catalog_vocabulary(approved(engine, today))
    return suggestions_from(_events(engine, since), vocab, _known_pairs(engine))


# ---- decisions --------------------------------------------------------------------------------
def _clean_word(value: str, column: str, errors: list[FieldError]) -> str:
    word = re.sub(r"\s+", "", hangul.normalise(value or ""))
    if not word:
        errors.append(FieldError(None, column, "단어를 입력하세요."))
    elif len(word) > MAX_WORD:
        errors.append(FieldError(None, column, f"{MAX_WORD}자 이하로 입력하세요."))
    return word


def _decide(engine: Engine, actor: Actor, query_word: str, catalog_word: str, status: str, now: datetime,
            support: int) -> bool:
    require_admin(actor)
    errors: list[FieldError] = []
    q = _clean_word(query_word, "검색어", errors)
    c = _clean_word(catalog_word, "카탈로그 단어", errors)
    if not errors and q == c:
        errors.append(FieldError(None, "카탈로그 단어", "검색어와 같은 단어입니다."))
    if errors:
        raise ValidationFailed(errors)
    t = schema.learned_synonyms
    for _ in range(2):  # another admin may insert the same pair between our read and our insert
        try:
            with engine.begin() as conn:
                row = conn.execute(select(t).where(t.c.query_word == q, t.c.catalog_word == c)).mappings().first()
                if row is not None and row["status"] == status:
                    return False  # already so: a second click or a second admin changes nothing
                if row is None:
                    after = dict(query_word=q, catalog_word=c, status=status, support=support, decided_by=actor.user_id,
                                 decided_at=now, version=1)
                    rid = conn.execute(insert(t).returning(t.c.id), after).scalar_one()
                    audit.record(conn, actor, "insert", t.name, rid, None, after, now)
                else:
                    before = dict(row)
                    after = {**before, "status": status, "support": support, "decided_by": actor.user_id,
                             "decided_at": now, "version": row["version"] + 1}
                    conn.execute(update(t).where(t.c.id == row["id"], t.c.version == row["version"]).values(
                        status=status, support=support, decided_by=actor.user_id, decided_at=now,
                        version=row["version"] + 1))
                    audit.record(conn, actor, "update", t.name, row["id"], before, after, now)
                db.bump_counter(conn, COUNTER)
                return True
        except IntegrityError:
            continue
    return False


def approve(engine: Engine, actor: Actor, query_word: str, catalog_word: str, now: datetime, *,
            support: int = 0) -> bool:
    """Make query_word a synonym of catalog_word (admin only, audited). False when it already was."""
    return _decide(engine, actor, query_word, catalog_word, "approved", now, support)


def reject(engine: Engine, actor: Actor, query_word: str, catalog_word: str, now: datetime, *,
           support: int = 0) -> bool:
    """Never suggest this pair again; withdraws it if it was approved. False when it already was rejected."""
    return _decide(engine, actor, query_word, catalog_word, "rejected", now, support)


def decisions(engine: Engine) -> pl.DataFrame:
    """Decided pairs, newest first, with who decided."""

    t, u = schema.learned_synonyms.c, schema.users.c
    stmt = (select(t.query_word, t.catalog_word, t.status, t.support, t.decided_at, u.login)
            .select_from(schema.learned_synonyms.outerjoin(schema.users, t.decided_by == u.id))
            .order_by(t.decided_at.desc(), t.id.desc()))
    with engine.connect() as conn:
        return read_frame(conn, stmt, {"query_word": pl.String, "catalog_word": pl.String, "status": pl.String,
                                  "support": pl.Int64, "decided_at": pl.Datetime, "login": pl.String})


def approved_synonyms(engine: Engine) -> list[tuple[str, str]]:
    t = schema.learned_synonyms.c
    with engine.connect() as conn:
        return [(q, c) for q, c in conn.execute(select(t.query_word, t.catalog_word).where(t.status == "approved")
                                                .order_by(t.query_word, t.catalog_word))]


def synonyms_version(engine: Engine) -> int:
    """Bumped by every decision: the search index cache keys on it, in every app replica."""
    return db.counter(engine, COUNTER)


# ---- evidence ---------------------------------------------------------------------------------
def log_followup(engine: Engine, user_id: int | None, kind: str, product_code: str, query: str | None,
                 now: datetime) -> None:
    """An officer opened a search result (or took it into a match): the answer to what they searched.
    Products are named by their code, which every result list shows; an unknown code records nothing."""
    if kind not in schema.FOLLOWUP_KINDS:
        raise ValueError(kind)
    p = schema.products.c
    with engine.begin() as conn:
        prod = conn.execute(select(p.id, p.enterprise_id).where(p.code == product_code)).first()
        if prod is None:
            return
        conn.execute(insert(schema.search_followups).values(at=now, user_id=user_id, kind=kind, product_id=prod.id,
                                                            enterprise_id=prod.enterprise_id,
                                                            query=(query or "")[:300] or None))
