"""Synthetic records for the plan's programmes (예시 데이터), generated with a fixed seed.

Only the targets are facts (sse_match.plan). The records follow the demo's job story (demo.py): a
slower 2019, a COVID 2020 and a short 2022 first half, so the 계획 이행 page has years that fall short.
Converted candidates are tied to demo enterprises founded at that time; every row carries `is_demo`.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, insert, select

from sse_match.demo.common import SEED, split_total
from sse_match.programmes import mentoring
from sse_match.programmes import targets as plan
from sse_match.storage import schema

# How each year went against a normal year (the demo's story, not a fact): 2019 slower, 2020 COVID,
# 2022 counted to June for the plan but a normal pace.
YEAR_PACE = {2018: 0.5, 2019: 0.9, 2020: 0.7, 2021: 1.05, 2022: 0.95}
LATER_PACE = 0.8  # after the plan's term the programmes carry on, smaller
SPENT_SHARE = {2018: 0.97, 2019: 0.94, 2020: 0.86, 2021: 0.98, 2022: 0.9}  # execution of each year's budget
YOUTH_PLACED = 124  # of the plan's 132 (COVID cut the last intake)
TYPES_OF = {"마을기업": ("마을기업",), "협동조합": ("협동조합", "사회적협동조합"),
            "(예비)사회적기업": ("예비사회적기업", "사회적기업")}
COMMUNITY_WORDS = ("행복", "나눔", "한옥", "모래내", "서학", "인후", "효자", "송천", "삼천", "평화", "우아", "호성",
                   "중화산", "덕진", "전통", "마을", "햇살", "두레", "풍남", "진북")
COMMUNITY_TAILS = ("공동체", "밥상 공동체", "마을학교", "공방 모임", "텃밭 모임", "돌봄 모임", "문화 모임")
SCHOOL_WORDS = ("가온", "한별", "새솔", "미르", "다온", "늘봄", "푸른", "온빛")
MEETING_TOPICS = ("공공기관 견적서 쓰기", "우선구매 상품 등록", "원가 계산", "인증 준비", "홍보물 만들기", "인력 채용",
                  "회계 정리", "판로 상담")


def _pace(year: int) -> float:
    return YEAR_PACE.get(year, LATER_PACE)


def _day(rng: random.Random, lo: date, hi: date) -> date:
    return lo + timedelta(days=rng.randint(0, max(0, (hi - lo).days)))


def load(engine: Engine, today: date, seed: int = SEED) -> dict[str, int]:
    """Write every programme's demo records in one transaction; returns rows per table."""
    rng = random.Random(seed + 15)
    now = datetime(today.year, today.month, today.day, 9, 0)
    common = dict(is_demo=True, version=1, created_by=None, created_at=now)
    e = schema.enterprises.c
    with engine.connect() as conn:
        ents = [dict[str, Any](r) for r in conn.execute(select(e.id, e.name, e.se_type, e.founded_on, e.closed_on, e.gu,
                                                     e.categories)).mappings()]
    years = [y for y in range(2018, today.year + 1)]
    rows: dict[str, list[dict[str, Any]]] = {k: [] for k in ("candidates", "grants", "youth", "local_projects", "spending",
                                                    "cohorts", "school", "followups")}

    # Discovery: conversions per year near the plan's 50, people about two per organisation.
    used: set[int] = set()
    for y in years:
        lo, hi = max(date(y, 1, 1), plan.PLAN_START), min(date(y, 12, 31), today)
        if lo > hi:
            continue
        share = (hi - lo).days / 365
        n = round(50 * _pace(y) * min(1.0, share * (2 if y == 2018 else 1)) * rng.uniform(0.95, 1.05))
        for _ in range(n):
            converted_type = rng.choices(tuple(TYPES_OF), weights=(2, 6, 3))[0]
            match = [x for x in ents if x["id"] not in used and x["se_type"] in TYPES_OF[converted_type]
                     and lo <= x["founded_on"] <= hi]
            linked = rng.choice(match) if match and rng.random() < 0.8 else None
            converted_on = linked["founded_on"] if linked else _day(rng, lo, hi)
            if linked:
                used.add(linked["id"])
            prelim_on = converted_on - timedelta(days=rng.randint(90, 300))
            rows["candidates"].append(dict(
                name=(linked["name"] if linked else rng.choice(COMMUNITY_WORDS) + " " + rng.choice(COMMUNITY_TAILS)),
                people=rng.choice((1, 2, 2, 2, 3, 3, 4)), gu=linked["gu"] if linked else rng.choice(("완산구", "덕진구")),
                ondure_on=prelim_on - timedelta(days=rng.randint(120, 400)),
                prelim_kind=rng.choice(schema.PLAN_CANDIDATE_PRELIM), prelim_on=prelim_on,
                converted_type=converted_type, converted_on=converted_on,
                enterprise_id=linked["id"] if linked else None, note=None, **common))
        for _ in range(round(n * 0.6)):  # candidates still on the way (or stalled)
            ondure_on = _day(rng, lo, hi)
            prelim = rng.random() < 0.5 and ondure_on + timedelta(days=150) <= today
            rows["candidates"].append(dict(
                name=rng.choice(COMMUNITY_WORDS) + " " + rng.choice(COMMUNITY_TAILS), people=rng.randint(3, 9),
                gu=rng.choice(("완산구", "덕진구")), ondure_on=ondure_on,
                prelim_kind=rng.choice(schema.PLAN_CANDIDATE_PRELIM) if prelim else None,
                prelim_on=_day(rng, ondure_on + timedelta(days=90), min(today, ondure_on + timedelta(days=300)))
                if prelim else None, converted_type=None, converted_on=None, enterprise_id=None, note=None, **common))

    # Financial support: about 40 organisations, 200 jobs and 26억원 in a normal year.
    for y in years:
        start = max(date(y, 1, 1), plan.PLAN_START)
        if start > today:
            continue
        alive = [x for x in ents if x["founded_on"] < start and (x["closed_on"] is None or x["closed_on"] > start)
                 and x["se_type"] in ("사회적기업", "예비사회적기업", "마을기업", "자활기업", "사회적협동조합")]
        n = min(len(alive), round(40 * _pace(y)))
        picked = rng.sample(alive, n)
        budget = round(2_600_000_000 * _pace(y) * rng.uniform(0.97, 1.02))
        jobs = split_total(round(200 * _pace(y) * rng.uniform(0.95, 1.02)), n, rng, minimum=1)
        for x, amount, j in zip(picked, split_total(budget // 100_000, n, rng, minimum=50), jobs, strict=True):
            s = _day(rng, start, min(today, start + timedelta(days=80)))
            programme = "마을기업 육성사업" if x["se_type"] == "마을기업" else rng.choices(
                ("사회적기업 일자리창출사업", "전문인력 지원사업", "사업개발비 지원사업"), weights=(6, 2, 2))[0]
            rows["grants"].append(dict(enterprise_id=x["id"], programme=programme,
                amount=amount * 100_000, start_on=s, end_on=date(y, 12, 31), jobs_promised=j, **common))

    # 지역주도형 청년일자리 ('18.8 ~ '20.7): 124 of 132 placed across the six fields.
    hosts = {"야호학교": "전주시 야호학교", "전주푸드": "재단법인 전주푸드", "박물관 큐레이터": "국립전주박물관",
             "청년혁신가": None, "지역공동체": None, "복지": None}
    a, b = plan.YOUTH_PERIOD
    for k in range(YOUTH_PLACED):
        s = _day(rng, a, min(today, date(2019, 12, 31) if k < 110 else date(2020, 3, 31)))
        if s > today:
            continue
        fld = rng.choices(schema.PLAN_YOUTH_FIELDS, weights=(18, 26, 12, 30, 24, 22))[0]
        host = rng.choice(ents) if hosts[fld] is None else None
        end = min(b, s + timedelta(days=rng.randint(300, 700)))
        ended = end <= today
        rows["youth"].append(dict(participant=f"청년-{k + 1:03d}", field=fld,
                                  host_enterprise_id=host["id"] if host else None,
                                  host_name=host["name"] if host else hosts[fld], start_on=s, end_on=end,
                                  stayed_employed=(rng.random() < 0.58) if ended else None, **common))

    # 지역산업맞춤형 ('19.1 ~): a few projects a year.
    for y in years:
        if y < 2019 or date(y, 1, 1) > today:
            continue
        for _ in range(rng.randint(2, 4)):
            s = _day(rng, date(y, 1, 1), min(today, date(y, 4, 30)))
            x = rng.choice(ents)
            rows["local_projects"].append(dict(
                name=rng.choice(("전통문화 콘텐츠", "로컬푸드 가공", "한옥마을 관광", "탄소 소재 공방", "돌봄 서비스"))
                + " 일자리", enterprise_id=x["id"], start_on=s, end_on=date(y, 12, 31),
                amount=rng.randint(60, 250) * 1_000_000, jobs_created=max(1, round(rng.randint(3, 10) * _pace(y))),
                **common))

    # Spending against the budget already in the data (plan_budget), per programme and source.
    plan_budget = plan.PLAN_BUDGET_EOK
    for y, sources in plan_budget.items():
        last = min(today, plan.PLAN_END if y == 2022 else date(y, 12, 31))
        if date(y, 1, 1) > today:
            continue
        for source, eok in sources.items():
            total = round(eok * plan.EOK * SPENT_SHARE[y] / 100_000)
            programmes = rng.sample(("사회적경제조직 발굴·육성", "재정지원 (일자리창출)", "지역주도형 청년일자리",
                                     "지역산업맞춤형 일자리창출", "1:1 멘토링", "청년 창업 프로그램", "청소년 사회적경제학교",
                                     "공공구매 활성화", "협동조합 활성화"), 5)
            for prog, amount in zip(programmes, split_total(total, 5, rng, minimum=100), strict=True):
                rows["spending"].append(dict(year=y, programme=prog, source=source, amount=amount * 100_000,
                                             spent_on=_day(rng, max(date(y, 1, 1), plan.PLAN_START), last),
                                             note=None, **common))

    # Stage 2 programmes from 2019: start-up cohorts and youth school sessions.
    for y in years:
        if y < 2019 or date(y, 1, 1) > today:
            continue
        for c, space in enumerate(("소통협력공간 완산 (예시)", "소통협력공간 덕진 (예시)")):
            s = date(y, 3 + 5 * c, 2)
            if s > today:
                continue
            people = round(rng.randint(12, 18) * _pace(y))
            rows["cohorts"].append(dict(name=f"{y}년 {c + 1}기", space=space, started_on=s, participants=people,
                                        startups_founded=max(0, round(people * rng.uniform(0.12, 0.25))), **common))
        for _ in range(round(12 * _pace(y))):
            held = _day(rng, date(y, 3, 2), min(today, date(y, 12, 20)))
            if held > today:
                continue
            rows["school"].append(dict(held_on=held, school=rng.choice(SCHOOL_WORDS) + rng.choice(("중학교", "고등학교")),
                                       topic=rng.choice(("사회적경제 개념", "진로탐색", "사회적가치 이해", "협동조합 만들기")),
                                       students=rng.randint(18, 32), **common))

    # 향후 추진계획: two 고령자친화기업 (17 of 20 people), two 자활사업단 (12 people), yearly applications.
    for kind_, name, on, people in (("고령자친화기업", "은빛손맛협동조합 (예시)", date(2020, 5, 11), 9),
                                    ("고령자친화기업", "어르신세탁협동조합 (예시)", date(2021, 9, 1), 8),
                                    ("청년자립도전 자활사업단", "청년카페 자활사업단 (예시)", date(2019, 10, 1), 6),
                                    ("청년자립도전 자활사업단", "청년집수리 자활사업단 (예시)", date(2021, 3, 2), 6)):
        if on <= today:
            rows["followups"].append(dict(kind=kind_, name=name, started_on=on, people=people, enterprise_id=None,
                                          won=None, **common))
    for y in years:
        for _ in range(round(rng.randint(4, 7) * _pace(y)) if y >= 2019 else 0):
            on = _day(rng, date(y, 2, 1), min(today, date(y, 10, 31)))
            if on > today:
                continue
            x = rng.choice(ents)
            announced = on + timedelta(days=60) <= today
            rows["followups"].append(dict(kind="정부 일자리사업 공모", name=f"{x['name']} 일자리 공모 신청",
                                          started_on=on, people=0, enterprise_id=x["id"],
                                          won=(rng.random() < 0.4) if announced else None, **common))

    tables = {"candidates": schema.plan_candidates, "grants": schema.plan_grants,
              "youth": schema.plan_youth_placements, "local_projects": schema.plan_local_projects,
              "spending": schema.plan_spending, "cohorts": schema.plan_startup_cohorts,
              "school": schema.plan_school_sessions, "followups": schema.plan_followups}
    with engine.begin() as conn:
        for key, table in tables.items():
            if rows[key]:
                conn.execute(insert(table), rows[key])
    counts = {tables[k].name: len(v) for k, v in rows.items()}
    counts.update(_mentoring(engine, rng, ents, today, common))
    return counts


def _mentoring(engine: Engine, rng: random.Random, ents: list[dict[str, Any]], today: date, common: dict[str, Any]) -> dict[str, int]:
    """Pairs from the suggestion engine (one in six overridden, with a reason) and their meetings."""
    pairs, meetings = [], []
    taken: set[int] = set()
    data = mentoring.MentorData.load(engine)  # once: a benchmark database holds a million purchases
    for y in range(2019, today.year + 1):
        for _ in range(round(8 * _pace(y))):
            start = _day(rng, date(y, 3, 1), min(today, date(y, 9, 30)))
            if start > today:
                continue
            young = [x for x in ents if x["id"] not in taken and x["closed_on"] is None
                     and start - timedelta(days=730) <= x["founded_on"] <= start and x["categories"]]
            if not young:
                continue
            mentee = rng.choice(young)
            offers = mentoring.suggest(engine, mentee["id"], start, k=3, data=data)
            if offers.height == 0:
                continue
            taken.add(mentee["id"])
            override = offers.height > 1 and rng.random() < 1 / 6
            mentor = int(offers["id"][1 if override else 0])
            end = start + timedelta(days=270)
            pairs.append(dict(mentee_id=mentee["id"], mentor_id=mentor, started_on=start,
                              ended_on=end, suggested_mentor_id=int(offers["id"][0]),
                              override_reason="멘티가 이미 알고 지내는 기업을 원함" if override else None,
                              allow_competition=False,
                              outcome=rng.choice(("판로 1곳 확보", "조달 등록 완료", "인증 신청", "계속 진행 중"))
                              if end <= today else None, **common))
    with engine.begin() as conn:
        for pair in pairs:
            pid = conn.execute(insert(schema.plan_mentoring_pairs).returning(schema.plan_mentoring_pairs.c.id),
                               pair).scalar_one()
            for m in range(rng.randint(3, 7)):
                met = pair["started_on"] + timedelta(days=20 + 35 * m)
                if met > today:
                    break
                meetings.append(dict(pair_id=pid, met_on=met, topic=rng.choice(MEETING_TOPICS),
                                     hours=rng.choice((1.0, 1.5, 2.0, 2.0, 3.0)), **common))
        if meetings:
            conn.execute(insert(schema.plan_mentoring_meetings), meetings)
    return {"plan_mentoring_pairs": len(pairs), "plan_mentoring_meetings": len(meetings)}
