"""Learning from use: suggestions from a hand-made log, decisions, permissions, and the index using them."""

from datetime import date, datetime, timedelta

import polars as pl
import pytest
from sqlalchemy import func, insert, select

from sse_match.accounts import auth
from sse_match.accounts.access import SYSTEM, PermissionDenied
from sse_match.catalog import listing as catalog
from sse_match.catalog.validation import ValidationFailed
from sse_match.matching import index as search
from sse_match.matching import learning
from sse_match.storage import schema

pytestmark = pytest.mark.pg
TODAY = date(2026, 11, 25)
T0 = datetime(2026, 11, 20, 10, 0)
PRODUCTS = (("리플릿 인쇄", "인쇄·출판"), ("수정테이프", "사무용품"), ("투명 테이프", "사무용품"), ("천 가방", "생활·위생용품"),
            ("현수막 제작", "인쇄·출판"))


@pytest.fixture
def world(engine):
    with engine.begin() as conn:
        ent = conn.execute(insert(schema.enterprises).returning(schema.enterprises.c.id), dict(
            se_type="사회적기업", name="가나협동조합", founded_on=date(2020, 1, 1), created_at=T0, updated_at=T0,
            gu="완산구")).scalar_one()
        inst = conn.execute(insert(schema.institutions).returning(schema.institutions.c.id),
                            dict(name="전주시청", kind="지방자치단체")).scalar_one()
        prod = {}
        for k, (name, cat) in enumerate(PRODUCTS):
            prod[name] = conn.execute(insert(schema.products).returning(schema.products.c.id), dict(
                enterprise_id=ent, code=f"P{k}", name=name, category=cat, unit_price=1000, unit="개", status="approved",
                created_at=T0, updated_at=T0)).scalar_one()
    users = {}
    for key, role in (("admin1", "admin"), ("o1", "officer"), ("o2", "officer"), ("o3", "officer")):
        users[key] = auth.create_user(engine, SYSTEM, login=f"user-{key}", password="password-123", role=role, now=T0,
                                      institution_id=inst if role == "officer" else None)
    return {"engine": engine, "ent": ent, "inst": inst, "prod": prod, **users,
            "admin": auth.authenticate(engine, "user-admin1", "password-123", T0),
            "officer": auth.authenticate(engine, "user-o1", "password-123", T0)}


def _search(conn, user, at, query, no_match):
    conn.execute(insert(schema.search_log).values(at=at, user_id=user, query=query, no_match=no_match))


def _open(conn, user, at, product):
    conn.execute(insert(schema.search_followups).values(at=at, user_id=user, kind="open", product_id=product))


def _buy(conn, w, user, at, product):
    conn.execute(insert(schema.purchases).values(
        institution_id=w["inst"], enterprise_id=w["ent"], product_id=product, purchased_on=at.date(), amount=5000,
        kind="물품", contract_method="수의계약", created_by=user, created_at=at))


@pytest.fixture
def log(world):
    """Sittings of three officers. Minutes after T0 on different days keep sittings apart."""
    w, p = world, world["prod"]
    d = [T0 + timedelta(days=i) for i in range(5)]
    m = timedelta(minutes=1)
    with w["engine"].begin() as conn:
        # 찌라시 → 리플릿: o1 searches again, o2 opens a result; o3 finds it only two hours later (no evidence).
        _search(conn, w["o1"], d[0], "찌라시 500장 삼천동", True)
        _search(conn, w["o1"], d[0] + 2 * m, "리플릿 인쇄", False)
        _search(conn, w["o2"], d[1], "찌라시", True)
        _open(conn, w["o2"], d[1] + 3 * m, p["리플릿 인쇄"])
        _search(conn, w["o3"], d[2], "찌라시 급함", True)
        _search(conn, w["o3"], d[2] + 120 * m, "리플릿", False)
        # 화이트 → 수정테이프: twice, but by one officer only (o1 buys, then searches on another day).
        _search(conn, w["o1"], d[3], "화이트", True)
        _buy(conn, w, w["o1"], d[3] + 5 * m, p["수정테이프"])
        _search(conn, w["o1"], d[4], "화이트 10개", True)
        _search(conn, w["o1"], d[4] + m, "수정테이프", False)
        # rkqkd (가방 in English mode) → 가방: o2 searches again, o3 opens the product.
        _search(conn, w["o2"], d[3], "rkqkd", True)
        _search(conn, w["o2"], d[3] + m, "천 가방", False)
        _search(conn, w["o3"], d[4], "rkqkd", True)
        _open(conn, w["o3"], d[4] + 2 * m, p["천 가방"])
        # 스카치테이프 → 테이프 (the shared word, not 투명), by o2 and o3.
        _search(conn, w["o2"], d[2], "스카치테이프", True)
        _search(conn, w["o2"], d[2] + m, "투명 테이프", False)
        _search(conn, w["o3"], d[3], "스카치테이프", True)
        _open(conn, w["o3"], d[3] + m, p["투명 테이프"])
        # Another officer's success does not answer o1's failed search in the same minute.
        h = timedelta(hours=5)
        _search(conn, w["o1"], d[0] + h, "걸개", True)
        _search(conn, w["o2"], d[0] + h + m, "현수막", False)
        _search(conn, w["o1"], d[1] + h, "걸개", True)
        _search(conn, w["o3"], d[1] + h + m, "현수막", False)
    return world


def test_suggestions_from_a_hand_made_log(log):
    got = learning.suggestions(log["engine"], TODAY)
    rows = {(r["query_word"], r["catalog_word"]): r for r in got.iter_rows(named=True)}
    assert set(rows) == {("찌라시", "리플릿"), ("rkqkd", "가방"), ("스카치테이프", "테이프")}
    assert (rows["찌라시", "리플릿"]["sessions"], rows["찌라시", "리플릿"]["users"]) == (2, 2)
    assert rows["찌라시", "리플릿"]["share"] == pytest.approx(2 / 3)
    assert rows["rkqkd", "가방"]["kind"] == "hanyeong"
    assert rows["스카치테이프", "테이프"]["kind"] == "synonym"
    assert rows["찌라시", "리플릿"]["last_seen"] == (T0 + timedelta(days=1)).date()
    assert got.columns == learning.EMPTY.columns


def test_thresholds_are_what_keeps_a_pair_out(log):
    events = learning._events(log["engine"], datetime(2026, 1, 1))
    vocab = learning.catalog_vocabulary(catalog.approved(log["engine"], TODAY))
    base = learning.suggestions_from(events, vocab, set())
    assert ("화이트", "수정테이프") not in set(zip(base["query_word"], base["catalog_word"], strict=True))
    # with one officer enough, 화이트 → 수정테이프 (purchase, then a search) comes through
    try:
        learning.MIN_USERS = 1
        loose = learning.suggestions_from(events, vocab, set())
    finally:
        learning.MIN_USERS = 2
    pair = loose.filter((pl.col("query_word") == "화이트") & (pl.col("catalog_word") == "수정테이프"))
    assert pair["sessions"].to_list() == [2]
    assert pair["kind"].to_list() == ["synonym"]


def test_only_officers_searches_are_evidence(log):
    eng, w = log["engine"], log
    with eng.begin() as conn:  # the admin tries a word out twice; it must not become a suggestion
        for day in (1, 2):
            at = T0 + timedelta(days=day, hours=8)
            _search(conn, w["admin1"], at, "괘도", True)
            _search(conn, w["admin1"], at + timedelta(minutes=1), "현수막", False)
    with eng.begin() as conn:
        _search(conn, w["o1"], T0 + timedelta(days=1, hours=8), "괘도", True)
        _search(conn, w["o1"], T0 + timedelta(days=1, hours=8, minutes=1), "현수막", False)
    assert "괘도" not in learning.suggestions(eng, TODAY)["query_word"].to_list()
    with eng.begin() as conn:  # a second officer makes it two officers
        _search(conn, w["o2"], T0 + timedelta(days=2, hours=8), "괘도", True)
        _search(conn, w["o2"], T0 + timedelta(days=2, hours=8, minutes=1), "현수막", False)
    got = learning.suggestions(eng, TODAY).filter(pl.col("query_word") == "괘도")
    assert got.select("catalog_word", "sessions", "users").rows() == [("현수막", 2, 2)]


def test_place_and_filler_words_are_not_query_words(log):
    vocab = learning.catalog_vocabulary(catalog.approved(log["engine"], TODAY))
    assert learning._unknown_words("찌라시 500장 삼천동 급함 구매", vocab, learning._stopwords()) == ["찌라시", "급함"]


def test_empty_log_gives_an_empty_frame(world):
    got = learning.suggestions(world["engine"], TODAY)
    assert got.is_empty()
    assert got.schema == learning.EMPTY.schema


def test_old_searches_are_not_evidence(log):
    later = TODAY + timedelta(days=learning.LOOKBACK_DAYS + 10)
    assert learning.suggestions(log["engine"], later).is_empty()


def test_approve_is_idempotent_audited_and_bumps_the_version(log):
    eng, admin = log["engine"], log["admin"]
    v0 = learning.synonyms_version(eng)
    assert learning.approve(eng, admin, "찌라시", "리플릿", T0, support=2) is True
    assert learning.approve(eng, admin, " 찌라시", "리플릿", T0, support=2) is False
    assert learning.synonyms_version(eng) == v0 + 1
    assert learning.approved_synonyms(eng) == [("찌라시", "리플릿")]
    with eng.connect() as conn:
        audits = conn.execute(select(func.count()).select_from(schema.audit_log)
                              .where(schema.audit_log.c.table_name == "learned_synonyms")).scalar_one()
    assert audits == 1
    pairs = set(zip(*learning.suggestions(eng, TODAY).select("query_word", "catalog_word").to_dict().values(),
                    strict=True))
    assert ("찌라시", "리플릿") not in pairs
    assert ("rkqkd", "가방") in pairs


def test_reject_hides_a_suggestion_and_withdraws_an_approval(log):
    eng, admin = log["engine"], log["admin"]
    assert learning.reject(eng, admin, "rkqkd", "가방", T0) is True
    assert "rkqkd" not in learning.suggestions(eng, TODAY)["query_word"].to_list()
    learning.approve(eng, admin, "스카치테이프", "테이프", T0)
    v = learning.synonyms_version(eng)
    assert learning.reject(eng, admin, "스카치테이프", "테이프", T0 + timedelta(minutes=1)) is True
    assert learning.approved_synonyms(eng) == []
    assert learning.synonyms_version(eng) == v + 1
    d = learning.decisions(eng)
    assert d.filter(pl.col("query_word") == "스카치테이프")["status"].to_list() == ["rejected"]
    assert d["login"].unique().to_list() == ["user-admin1"]


def test_only_an_admin_may_decide(log):
    eng = log["engine"]
    with pytest.raises(PermissionDenied):
        learning.approve(eng, log["officer"], "찌라시", "리플릿", T0)
    with pytest.raises(PermissionDenied):
        learning.reject(eng, log["officer"], "찌라시", "리플릿", T0)
    assert learning.decisions(eng).is_empty()
    assert learning.synonyms_version(eng) == 0


@pytest.mark.parametrize(("q", "c"), [("", "리플릿"), ("찌라시", "  "), ("리플릿", "리플릿"), ("가" * 61, "리플릿")])
def test_bad_words_are_refused_in_korean(log, q, c):
    with pytest.raises(ValidationFailed) as err:
        learning.approve(log["engine"], log["admin"], q, c, T0)
    assert any(str(e).split(":")[0] in ("검색어", "카탈로그 단어") for e in err.value.errors)
    assert learning.decisions(log["engine"]).is_empty()


def test_an_approved_pair_changes_what_the_index_finds(log):
    eng = log["engine"]
    cat = catalog.approved(eng, TODAY)
    before = search.SearchIndex(cat, extra_synonyms=learning.approved_synonyms(eng)).search("찌라시")
    assert before.no_match
    learning.approve(eng, log["admin"], "찌라시", "리플릿", T0)
    after = search.SearchIndex(cat, extra_synonyms=learning.approved_synonyms(eng)).search("찌라시 500장")
    assert not after.no_match
    assert cat["name"][after.matches[0].row] == "리플릿 인쇄"
    assert search.Reason("찌라시", "리플릿", "synonym") in after.matches[0].reasons


def test_a_latin_word_can_be_a_learned_synonym(world):
    cat = catalog.approved(world["engine"], TODAY)
    assert search.SearchIndex(cat).search("bag").no_match  # no 한영 reading (ㅠㅁㅎ), no catalog word
    found = search.SearchIndex(cat, extra_synonyms=[("bag", "가방")]).search("bag")
    assert not found.no_match
    assert cat["name"][found.matches[0].row] == "천 가방"
    assert search.Reason("bag", "가방", "synonym") in found.matches[0].reasons


def test_log_followup_records_the_enterprise(world):
    eng = world["engine"]
    learning.log_followup(eng, world["o1"], "open", "P1", "화이트", T0)
    learning.log_followup(eng, world["o1"], "open", "no-such-code", "화이트", T0)
    with eng.connect() as conn:
        row = conn.execute(select(schema.search_followups)).mappings().one()
    assert (row["product_id"], row["enterprise_id"], row["query"], row["kind"]) == (
        world["prod"]["수정테이프"], world["ent"], "화이트", "open")
    with pytest.raises(ValueError):
        learning.log_followup(eng, world["o1"], "peek", "P1", "화이트", T0)


def test_demo_sittings_give_suggestions_and_their_officers_cannot_sign_in(demo_url):
    from conftest import DEMO_TODAY

    from sse_match.storage import db

    eng = db.make_engine(demo_url)
    got = learning.suggestions(eng, DEMO_TODAY)
    pairs = set(zip(got["query_word"], got["catalog_word"], strict=True))
    assert {("찌라시", "리플릿"), ("걸개", "현수막"), ("화이트", "수정테이프"), ("ehtlfkr", "도시락")} <= pairs
    assert got.filter(pl.col("query_word") == "ehtlfkr")["kind"].to_list() == ["hanyeong"]
    with eng.connect() as conn:
        searchers = conn.execute(select(schema.users.c.login, schema.users.c.disabled, schema.users.c.password_hash)
                                 .where(schema.users.c.login.like("demo-searcher-%"))).all()
    assert len(searchers) == 4
    assert all(disabled and pw is None for _, disabled, pw in searchers)
    with pytest.raises(auth.AuthError):
        auth.authenticate(eng, "demo-searcher-1", "", T0)
