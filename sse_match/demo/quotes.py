"""A year of synthetic 견적 요청 for the demo, so the department's funnel shows something on first start.

Invented like the rest of the demo (fixed seed, `is_demo` on every request, "예시" in every memo). Requests
that ended in a purchase are tied to demo purchases that already exist, so the demo's purchase and
agreement figures stay exactly what `demo.load` made them. Some enterprises never answer (the coaching
list), replies come after a few days, and about half the answered requests lead to a choice.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from sse_match.storage import schema

REQUESTS_PER_YEAR = 300  # about 25 a month across Jeonju's public bodies
PURCHASED_SHARE = 0.2  # of the requests: tied to an existing demo purchase
SILENT_SHARE = 0.12  # enterprises that never answer a request
REPLY_RATE = 0.75
DECLINE_RATE = 0.15
ANSWER_DAYS = 7
DELIVERY_DAYS = 21
SEED_OFFSET = 14  # issue 14: independent of the other demo streams


def _at(rng: random.Random, day: date) -> datetime:
    return datetime.combine(day, time(rng.randint(9, 17), rng.randint(0, 59)))


def load(conn: Connection, today: date, seed: int) -> int:
    """Write the demo requests, recipients and answers inside demo.load's transaction; returns requests."""
    rng = random.Random(seed + SEED_OFFSET)
    p, e, pu, i = schema.products.c, schema.enterprises.c, schema.purchases.c, schema.institutions.c
    offers: dict[str, list[tuple[int, int, str, int, str]]] = {}
    for pid, eid, cat, price, unit, name in conn.execute(
            select(p.id, p.enterprise_id, p.category, p.unit_price, p.unit, p.name)
            .join(schema.enterprises, e.id == p.enterprise_id)
            .where(p.status == "approved", e.status == "active").order_by(p.id)):
        offers.setdefault(cat, []).append((eid, pid, unit, price, name))
    if not offers:
        return 0
    enterprise_ids = sorted({o[0] for v in offers.values() for o in v})
    silent = set(rng.sample(enterprise_ids, k=round(len(enterprise_ids) * SILENT_SHARE)))
    insts = [(r.id, r.name) for r in conn.execute(select(i.id, i.name).order_by(i.id))]
    inst_name = dict(insts)
    start = today - timedelta(days=365)
    bought = conn.execute(select(pu.id, pu.institution_id, pu.enterprise_id, pu.product_id, pu.purchased_on,
                                 pu.amount, pu.category)
                          .where(pu.purchased_on > start + timedelta(days=45), pu.purchased_on <= today,
                                 pu.kind != "공사", pu.category.is_not(None), pu.product_id.is_not(None))
                          .order_by(pu.id)).all()
    bought = [b for b in bought if b.category in offers and b.enterprise_id not in silent]
    n_purchased = min(len(bought), round(REQUESTS_PER_YEAR * PURCHASED_SHARE))
    tied = rng.sample(bought, k=n_purchased)

    requests: list[dict[str, Any]] = []
    recipients: list[dict[str, Any]] = []  # rows for the insert: values of many column types
    links: list[dict[str, int]] = []
    rec_id = 0
    for n in range(REQUESTS_PER_YEAR):
        rid = n + 1
        buy = tied[n] if n < len(tied) else None
        if buy is not None:
            created_day = buy.purchased_on - timedelta(days=rng.randint(15, 40))
            category, inst_id = buy.category, buy.institution_id
        else:
            created_day = start + timedelta(days=rng.randint(1, 364))
            category, inst_id = rng.choice(sorted(offers)), rng.choice(insts)[0]
        pool = offers[category]
        first = next((o for o in pool if o[1] == buy.product_id), None) if buy is not None else None
        if first is None:  # not tied after all (its product is no longer offered)
            buy, first = None, rng.choice(pool)
        others = [o for o in pool if o[0] != first[0]]
        picked = [first] + rng.sample(others, k=min(len(others), rng.randint(1, 4)))
        picked = list({o[0]: o for o in picked}.values())
        created = _at(rng, created_day)
        answer_by = created_day + timedelta(days=ANSWER_DAYS)
        qty = max(1, round(rng.lognormvariate(2.0, 1.0)))
        req = dict(id=rid, institution_id=inst_id, created_by=None, item_name=first[4][:200], category=category,
                   quantity=qty, unit=first[2], deliver_by=created_day + timedelta(days=DELIVERY_DAYS),
                   delivery_place=f"{inst_name[inst_id]} (예시)", estimated_price=first[3] * qty,
                   answer_by=answer_by, memo="예시 데이터로 만든 견적 요청입니다.", status="open",
                   chosen_recipient_id=None, submission_token=f"demo-{rid}", is_demo=True, version=1,
                   created_at=created, updated_at=created)
        answered_ids = []
        for k, (eid, pid, _unit, price, _name) in enumerate(picked):
            rec_id += 1
            row = dict(id=rec_id, request_id=rid, enterprise_id=eid, product_id=pid, status="sent", amount=None,
                       vat_included=None, delivery_on=None, memo=None, decline_reason=None, answered_at=None,
                       version=1)
            must = buy is not None and k == 0  # the supplier the institution really bought from
            reply_at = created + timedelta(hours=rng.expovariate(1 / 60))
            if must or (eid not in silent and rng.random() < REPLY_RATE and reply_at.date() <= min(answer_by, today)):
                if not must and rng.random() < DECLINE_RATE:
                    row.update(status="declined", decline_reason="일정상 어렵습니다 (예시)", answered_at=reply_at,
                               version=2)
                else:
                    amount = buy.amount if must and buy is not None else max(1, round(price * qty * rng.uniform(0.9, 1.15), -2))
                    row.update(status="answered", amount=amount, vat_included=True, answered_at=reply_at,
                               delivery_on=created_day + timedelta(days=rng.randint(7, DELIVERY_DAYS)),
                               memo="예시 답변입니다.", version=2)
                    answered_ids.append(rec_id)
            recipients.append(row)
        if buy is not None:
            req.update(status="purchased", chosen_recipient_id=answered_ids[0], version=3)
            links.append({"pid": buy.id, "rid": rid})
        elif answer_by < today:
            if answered_ids and rng.random() < 0.5 and created_day > today - timedelta(days=40):
                req.update(status="chosen", chosen_recipient_id=rng.choice(answered_ids), version=2)
            else:
                req.update(status="cancelled" if rng.random() < 0.05 else "closed", version=2)
        requests.append(req)
    conn.execute(insert(schema.quote_requests), requests)
    conn.execute(insert(schema.quote_recipients), recipients)
    if links:
        conn.execute(update(schema.purchases).where(pu.id == bindparam("pid"))
                     .values(quote_request_id=bindparam("rid")), links)
    drafts = []
    by_id = {r["id"]: r for r in recipients}
    for req in requests:
        if req["status"] == "chosen":
            rec = by_id[req["chosen_recipient_id"]]
            drafts.append(dict(institution_id=req["institution_id"], enterprise_id=rec["enterprise_id"],
                               product_id=rec["product_id"], purchased_on=min(rec["delivery_on"], today),
                               amount=rec["amount"],
                               kind="물품", contract_method="수의계약", category=req["category"],
                               description=req["item_name"], created_by=None, version=1,
                               created_at=req["updated_at"], quote_request_id=req["id"], status="draft"))
    if drafts:
        conn.execute(insert(schema.purchases), drafts)
    if conn.dialect.name == "postgresql":  # explicit ids were written: move sequences past them
        for t in (schema.quote_requests, schema.quote_recipients):
            conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{t.name}', 'id'), "  # noqa: S608
                                 f"COALESCE((SELECT MAX(id) FROM {t.name}), 0) + 1, false)")
    return len(requests)
