"""Synthetic (예시) search sittings, so 관리 › 검색어 학습 shows suggestions on a fresh demo database.

Generated with a fixed seed by disabled demo accounts that cannot sign in ("demo-searcher-N", named
"(예시)"). Each sitting is a search that found nothing, followed a few minutes later by the search,
opened result or purchase that answered it — the evidence `learning.suggestions` reads. A few sittings
that answer nothing, or answer it only much later, keep the list honest.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import Engine, insert, select

from sse_match.accounts import auth
from sse_match.accounts.access import SYSTEM
from sse_match.storage import schema

SEED = 20261201
SEARCHERS = 4  # enough distinct officers to pass learning.MIN_USERS
DAYS = 60  # sittings spread over the last two months

# (failed query, answer kind, answer text or product-name word, sittings, officers)
PATTERNS = (
    ("찌라시 500부", "search", "리플릿 인쇄", 4, 3),
    ("찌라시", "open", "리플릿", 1, 1),
    ("화이트 10개", "open", "수정테이프", 3, 2),
    ("걸개 제작", "search", "현수막 제작", 3, 3),
    ("ehtlfkr 50개", "search", "행사용 도시락", 2, 2),
)
NOISE = ("드론 촬영", "꽃게 30kg", "화이트", "걸개그림 전시")  # failed searches that nothing answered


def _searchers(engine: Engine, now: datetime, rng: random.Random) -> list[int]:
    with engine.connect() as conn:
        insts = conn.execute(select(schema.institutions.c.id).order_by(schema.institutions.c.id)).scalars().all()
    ids = []
    for n in range(1, SEARCHERS + 1):
        login = f"demo-searcher-{n}"
        ids.append(auth.create_user(engine, SYSTEM, login=login, password=None, role="officer",
                                    institution_id=rng.choice(insts), display_name=f"(예시) 검색 기록 담당자 {n}",
                                    now=now))
        auth.set_disabled(engine, SYSTEM, login)
    return ids


def seed(engine: Engine, now: datetime, seed: int = SEED) -> int:
    """Write the demo sittings; returns the number of log rows written."""
    rng = random.Random(seed)
    users = _searchers(engine, now, rng)
    p = schema.products.c
    with engine.connect() as conn:
        products = conn.execute(select(p.id, p.name).where(p.status == "approved").order_by(p.id)).all()
    searches, opens = [], []
    for query, kind, answer, sittings, officers in PATTERNS:
        who = rng.sample(users, officers)
        for k in range(sittings):
            at = now - timedelta(days=rng.randint(1, DAYS), minutes=rng.randint(0, 600))
            user = who[k % officers]
            searches.append(dict(at=at, user_id=user, query=query, no_match=True))
            later = at + timedelta(minutes=rng.randint(1, 5))
            if kind == "search":
                searches.append(dict(at=later, user_id=user, query=answer, no_match=False))
            else:
                pid = rng.choice([i for i, name in products if answer in name])
                opens.append(dict(at=later, user_id=user, kind="open", product_id=pid))
    for query in NOISE:
        at = now - timedelta(days=rng.randint(1, DAYS), minutes=rng.randint(0, 600))
        searches.append(dict(at=at, user_id=rng.choice(users), query=query, no_match=True))
    with engine.begin() as conn:
        conn.execute(insert(schema.search_log), searches)
        if opens:
            conn.execute(insert(schema.search_followups), opens)
    return len(searches) + len(opens)
