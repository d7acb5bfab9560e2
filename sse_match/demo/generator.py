"""Synthetic demo data (예시 데이터), generated with a fixed seed.

Only the 2018-06-30 baseline is factual (the city plan's table: 403 organisations, 1,253 workers);
names, addresses, products, purchases and later growth are invented, and every row carries
`is_demo`. Growth after the baseline follows the plan's yearly job targets with a story of its own
(a COVID dip in 2020, a short 2022 first half) so the jobs page has years that fall short.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, func, insert, select

from sse_match.accounts import auth
from sse_match.accounts.access import SYSTEM
from sse_match.catalog import bizno
from sse_match.demo import learning as demo_learning
from sse_match.demo import plan as demo_plan  # issue 15: the plan's programme records
from sse_match.demo import quotes as demo_quotes
from sse_match.demo.common import SEED, split_total
from sse_match.demo.words import GIVEN, NAME_WORDS, SURNAMES, TEMPLATES, TRADE_WORDS
from sse_match.places import geo
from sse_match.plan import BASELINE, BASELINE_TABLE, CERTIFIED_TYPES, JOB_TARGETS, PLAN_BUDGET_EOK  # noqa: F401
from sse_match.storage import schema
from sse_match.text import GROUP_OF_TYPE

# How the groups split into the six legal types (synthetic split; the plan's table merges them).
BASELINE_TYPES = {
    "사회적기업": (("사회적기업", 52), ("예비사회적기업", 16)),
    "마을기업": (("마을기업", 5),),
    "자활기업": (("자활기업", 14),),
    "협동조합": (("협동조합", 294), ("사회적협동조합", 22)),
}
# Synthetic net new jobs per half-year ending on the date: the demo's story, not a fact.
NET_JOBS_BY_PERIOD = {
    date(2018, 12, 31): 233,
    date(2019, 6, 30): 108,
    date(2019, 12, 31): 104,
    date(2020, 6, 30): 55,
    date(2020, 12, 31): 80,
    date(2021, 6, 30): 110,
    date(2021, 12, 31): 115,
    date(2022, 6, 30): 147,
    date(2022, 12, 31): 70,
    date(2023, 6, 30): 55,
    date(2023, 12, 31): 60,
    date(2024, 6, 30): 45,
    date(2024, 12, 31): 50,
    date(2025, 6, 30): 40,
    date(2025, 12, 31): 45,
}
LATER_NET_JOBS = 35  # each half-year after the table above

# Real public bodies of Jeonju (names are facts; their agreements and purchases here are synthetic).
# (name, kind, city_affiliated, 행정동 where it sits)
INSTITUTIONS = (
    ("전주시청", "지방자치단체", False, "노송동"),
    ("완산구청", "지방자치단체", False, "중화산1동"),
    ("덕진구청", "지방자치단체", False, "덕진동"),
    ("전주시설공단", "지방공기업", True, "서신동"),
    ("전주문화재단", "출연기관", True, "풍남동"),
    ("전주정보문화산업진흥원", "출연기관", True, "팔복동"),
    ("재단법인 전주푸드", "출연기관", True, "송천1동"),
    ("전북특별자치도청", "광역자치단체", False, "효자4동"),
    ("전북특별자치도교육청", "교육기관", False, "효자4동"),
    ("전주교육지원청", "교육기관", False, "서신동"),
    ("전북대학교", "국립대학", False, "덕진동"),
    ("전주교육대학교", "국립대학", False, "서서학동"),
    ("전북대학교병원", "공공의료기관", False, "금암2동"),
    ("국민연금공단", "공공기관", False, "혁신동"),
    ("한국국토정보공단", "공공기관", False, "혁신동"),
    ("농촌진흥청", "중앙행정기관", False, "혁신동"),
    ("국립농업과학원", "중앙행정기관", False, "혁신동"),
    ("국립식량과학원", "중앙행정기관", False, "혁신동"),
    ("국립원예특작과학원", "중앙행정기관", False, "혁신동"),
    ("한국농수산대학교", "국립대학", False, "혁신동"),
    ("전북개발공사", "지방공기업", False, "효자4동"),
    ("전북신용보증재단", "공공기관", False, "효자4동"),
    ("전북연구원", "출연기관", False, "효자4동"),
    ("전주지방법원", "사법기관", False, "덕진동"),
    ("전주세무서", "중앙행정기관", False, "서신동"),
    ("북전주세무서", "중앙행정기관", False, "덕진동"),
    ("전주고용노동지청", "중앙행정기관", False, "서신동"),
    ("국립전주박물관", "중앙행정기관", False, "효자4동"),
    ("전주완산경찰서", "중앙행정기관", False, "중화산2동"),
    ("전주덕진경찰서", "중앙행정기관", False, "우아1동"),
    ("전주우체국", "공공기관", False, "중앙동"),
    ("전북특별자치도소방본부", "광역자치단체", False, "효자4동"),
)

# The categories each type of enterprise tends to work in (weights are the demo's assumption).
TYPE_CATEGORY_WEIGHTS = {
    "사회적기업": {"청소·방역": 5, "인쇄·출판": 3, "식품·도시락·케이터링": 3, "시설관리": 2, "조경": 2,
                "IT·소프트웨어": 2, "디자인·홍보": 2, "집수리·인테리어": 2, "세탁": 2, "가구·목공": 1,
                "돌봄·사회서비스": 2, "영상·사진": 1, "교육": 1, "재활용·자원순환": 1, "사무용품": 2,
                "생활·위생용품": 1, "의류·봉제": 1, "기념품·판촉물": 1},
    "마을기업": {"농산물·가공식품": 4, "관광·체험": 2, "식품·도시락·케이터링": 2, "기념품·판촉물": 2,
              "공연·문화예술": 1, "교육": 1},
    "자활기업": {"청소·방역": 5, "집수리·인테리어": 3, "세탁": 2, "재활용·자원순환": 2,
              "돌봄·사회서비스": 2, "식품·도시락·케이터링": 2, "택배·운송": 1, "커피·음료": 1},
    "협동조합": {"교육": 4, "공연·문화예술": 3, "커피·음료": 2, "기념품·판촉물": 3, "농산물·가공식품": 2,
              "행사": 3, "디자인·홍보": 2, "영상·사진": 2, "관광·체험": 2, "식품·도시락·케이터링": 2,
              "의류·봉제": 1, "번역·통역": 1, "IT·소프트웨어": 1, "생활·위생용품": 1, "사무용품": 1,
              "인쇄·출판": 1, "택배·운송": 1},
}
TYPE_CATEGORY_WEIGHTS["예비사회적기업"] = TYPE_CATEGORY_WEIGHTS["사회적기업"]
TYPE_CATEGORY_WEIGHTS["사회적협동조합"] = TYPE_CATEGORY_WEIGHTS["협동조합"]

CATEGORY_KIND = {
    "집수리·인테리어": "공사",
    **{c: "용역" for c in (
        "청소·방역", "시설관리", "디자인·홍보", "조경", "세탁", "교육", "행사", "공연·문화예술",
        "관광·체험", "재활용·자원순환", "돌봄·사회서비스", "IT·소프트웨어", "영상·사진", "택배·운송",
        "번역·통역")},
}
MAX_PURCHASE = 100_000_000  # the demo keeps single purchases under 1억원
CONTRACT_METHODS = ("수의계약", "제한경쟁", "일반경쟁", "지명경쟁")
# Public spending bunches at year end (demo assumption, the familiar December peak).
MONTH_WEIGHTS = (0.5, 0.6, 0.8, 0.85, 0.9, 1.0, 0.9, 0.8, 0.95, 1.0, 1.3, 2.0)
VULNERABLE_SHARE = {"사회적기업": 0.55, "예비사회적기업": 0.45, "마을기업": 0.35, "자활기업": 0.75,
                    "협동조합": 0.25, "사회적협동조합": 0.45}


@dataclass(frozen=True)
class DemoSize:
    """How much to generate. The defaults make the demo database; benchmarks ask for more."""

    purchases: int | None = None  # None: about 100 per institution per year, growing over time
    products: int | None = None  # None: what the enterprises' catalogs come to (a few thousand)


@dataclass
class _Ent:
    id: int
    se_type: str
    founded_on: date
    category: str
    dong: dict[str, Any]
    closed_on: date | None = None
    workers: int = 0
    products: list[int] = field(default_factory=list)
    weight: float = 1.0


def half_year_ends(start: date, until: date) -> list[date]:
    """Period ends (06-30, 12-31) after start up to until, inclusive."""
    out, y = [], start.year
    while True:
        for d in (date(y, 6, 30), date(y, 12, 31)):
            if start < d <= until:
                out.append(d)
        if date(y, 12, 31) >= until:
            return out
        y += 1


def _rand_date(rng: random.Random, lo: date, hi: date) -> date:
    return lo + timedelta(days=rng.randint(0, max(0, (hi - lo).days)))


def _weighted(rng: random.Random, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


class _Generator:
    def __init__(self, today: date, size: DemoSize, seed: int = SEED):
        self.rng = random.Random(seed)
        self.today = today
        self.size = size
        self.now = datetime(today.year, today.month, today.day, 9, 0)
        self.dongs_2018 = geo.admin_dongs(BASELINE).to_dicts()
        self.legal = geo.legal_dongs().to_dicts()
        self.ents: list[_Ent] = []
        self.ent_rows: list[dict[str, Any]] = []
        self.snapshots: list[dict[str, Any]] = []
        self.product_rows: list[dict[str, Any]] = []
        self.biz_nos: set[str] = set()
        self.names: set[str] = set()
        self.product_items: dict[tuple[int, str], int] = {}
        self.item_of: list[str] = []  # template item of each product, for evaluation labels

    # ---- enterprises -------------------------------------------------------------------------
    def _biz_no(self, se_type: str) -> str:
        middle = "82" if se_type in ("사회적협동조합", "자활기업") else self.rng.choice(("81", "86", "87"))
        while True:
            first9 = "418" + middle + f"{self.rng.randint(0, 9999):04d}"
            n = first9 + str(bizno.check_digit(first9))
            if n not in self.biz_nos:
                self.biz_nos.add(n)
                return n

    def _name(self, se_type: str, category: str) -> str:
        rng = self.rng
        for _ in range(100):
            core = rng.choice(NAME_WORDS) + rng.choice(TRADE_WORDS[category])
            if se_type == "협동조합":
                name = rng.choice((f"{core}협동조합", f"{core} 협동조합", f"전주{core}협동조합"))
            elif se_type == "사회적협동조합":
                name = f"{core}사회적협동조합"
            elif se_type == "마을기업":
                name = rng.choice((f"{core}영농조합법인", f"{core}마을", f"{core}협동조합"))
            elif se_type == "자활기업":
                name = rng.choice((f"{core}", f"(유){core}", f"{core}자활"))
            else:
                name = rng.choice((f"(주){core}", f"주식회사 {core}", f"{core}(주)", f"(유){core}"))
            if name not in self.names:
                self.names.add(name)
                return name
        raise RuntimeError("name space exhausted")

    def _address(self, dong: dict[str, Any]) -> tuple[str, float, float]:
        rng = self.rng
        stem = dong["dong"].rstrip("동").rstrip("0123456789")
        road = rng.choice((f"{stem}로", f"{stem}{rng.randint(1, 12)}길", f"{stem}중앙로"))
        lat = dong["lat"] + rng.gauss(0, 0.0025)
        lon = dong["lon"] + rng.gauss(0, 0.003)
        near = min(
            (ld for ld in self.legal if ld["gu"] == dong["gu"]),
            key=lambda ld: (ld["lat"] - lat) ** 2 + (ld["lon"] - lon) ** 2,
        )
        prefix = rng.choices(("전북특별자치도 전주시", "전라북도 전주시", "전주시"), weights=(5, 3, 2))[0]
        tail = rng.choice(("", "", " 2층", " 1층", f" {rng.randint(1, 5)}0{rng.randint(1, 9)}호"))
        bracket = f" ({near['legal_dong']})" if rng.random() < 0.6 else ""
        return f"{prefix} {dong['gu']} {road} {rng.randint(1, 250)}{tail}{bracket}", lat, lon

    def _person(self) -> str:
        return self.rng.choice(SURNAMES) + self.rng.choice(GIVEN) + self.rng.choice(GIVEN)

    def add_enterprise(self, se_type: str, founded_on: date) -> _Ent:
        rng = self.rng
        category = _weighted(rng, TYPE_CATEGORY_WEIGHTS[se_type])
        dongs = geo.admin_dongs(founded_on).to_dicts()
        dong = rng.choice(dongs)
        ent = _Ent(len(self.ents) + 1, se_type, founded_on, category, dong)
        self.ents.append(ent)
        address, lat, lon = self._address(dong)
        cert_date = cert_expiry = cert_no = None
        if se_type in CERTIFIED_TYPES:
            cert_date = _rand_date(rng, founded_on, min(founded_on + timedelta(days=700), self.today))
            cert_no = f"제{cert_date.year}-{rng.randint(1, 999):03d}호"
            if se_type == "예비사회적기업":  # designation lasts three years
                cert_expiry = cert_date + timedelta(days=3 * 365)
        secondary = _weighted(rng, TYPE_CATEGORY_WEIGHTS[se_type])
        cats = category if secondary == category else f"{category},{secondary}"
        self.ent_rows.append(dict(
            id=ent.id, se_type=se_type, name=self._name(se_type, category), biz_no=self._biz_no(se_type),
            representative=self._person(), address=address, gu=dong["gu"], adm_code=dong["adm_code"],
            dong=dong["dong"], lat=round(lat, 6), lon=round(lon, 6), placement="행정동",
            cert_no=cert_no, cert_date=cert_date, cert_expiry=cert_expiry, founded_on=founded_on,
            closed_on=None, main_business=TEMPLATES[category][0][0].split()[0] + " 등 " + category,
            categories=cats, phone=f"063-{rng.randint(210, 290)}-{rng.randint(0, 9999):04d}",
            email=None, homepage=None, status="active", source_record_id=None, is_demo=True,
            version=1, created_at=self.now, updated_at=self.now,
        ))
        return ent

    def snapshot(self, ent: _Ent, as_of: date) -> None:
        rng = self.rng
        w = ent.workers
        vul = min(w, max(0, round(w * VULNERABLE_SHARE[ent.se_type] + rng.gauss(0, 0.8))))
        youth = min(w, max(0, round(w * 0.2 + rng.gauss(0, 0.8))))
        self.snapshots.append(dict(enterprise_id=ent.id, as_of=as_of, workers=w, vulnerable=vul, youth=youth))

    def baseline(self) -> None:
        rng = self.rng
        founding_floor = {"사회적기업": date(2008, 1, 1), "예비사회적기업": date(2014, 1, 1),
                          "마을기업": date(2011, 1, 1), "자활기업": date(2005, 1, 1),
                          "협동조합": date(2013, 1, 1), "사회적협동조합": date(2013, 6, 1)}
        minimum = {"사회적기업": 3, "마을기업": 3, "자활기업": 3, "협동조합": 0}
        zero_share = {"사회적기업": 0, "마을기업": 0, "자활기업": 0, "협동조합": 0.55}
        for group, (n_orgs, n_workers) in BASELINE_TABLE.items():
            group_ents = []
            for se_type, n in BASELINE_TYPES[group]:
                for _ in range(n):
                    group_ents.append(self.add_enterprise(
                        se_type, _rand_date(rng, founding_floor[se_type], BASELINE - timedelta(days=1))))
            assert len(group_ents) == n_orgs
            for ent, w in zip(group_ents, split_total(n_workers, n_orgs, rng, minimum[group], zero_share[group]),
                              strict=True):
                ent.workers = w
                self.snapshot(ent, BASELINE)

    def grow(self) -> None:
        rng = self.rng
        prev = BASELINE
        for end in half_year_ends(BASELINE, self.today):
            target = NET_JOBS_BY_PERIOD.get(end, LATER_NET_JOBS)
            alive = [e for e in self.ents if e.closed_on is None]
            # Closures: small cooperatives mostly.
            closing = rng.sample(
                [e for e in alive if e.workers <= 3 and e.founded_on < prev],
                k=rng.randint(3, 8),
            )
            lost = 0
            for e in closing:
                e.closed_on = _rand_date(rng, prev + timedelta(days=1), end)
                lost += e.workers
                self.ent_rows[e.id - 1].update(closed_on=e.closed_on, status="closed")
            # New organisations founded in the period.
            new = []
            for _ in range(rng.randint(14, 26)):
                se_type = rng.choices(
                    ("협동조합", "사회적협동조합", "예비사회적기업", "사회적기업", "마을기업", "자활기업"),
                    weights=(55, 10, 14, 6, 8, 7),
                )[0]
                e = self.add_enterprise(se_type, _rand_date(rng, prev + timedelta(days=1), end))
                e.workers = {"협동조합": rng.choice((0, 0, 1, 1, 2, 3)), "사회적협동조합": rng.randint(1, 6),
                             "예비사회적기업": rng.randint(2, 8), "사회적기업": rng.randint(4, 15),
                             "마을기업": rng.randint(2, 7), "자활기업": rng.randint(3, 9)}[se_type]
                new.append(e)
            gained = sum(e.workers for e in new)
            # Existing organisations absorb the rest so the period's net change is the target.
            existing = [e for e in alive if e.closed_on is None]
            delta = target - gained + lost
            weights = [e.workers + 1 for e in existing]
            while delta > 0:
                e = rng.choices(existing, weights=weights)[0]
                e.workers += 1
                delta -= 1
            while delta < 0:
                e = rng.choice(existing)
                if e.workers > (3 if e.se_type in ("사회적기업", "자활기업", "마을기업") else 0):
                    e.workers -= 1
                    delta += 1
            for e in existing + new:
                self.snapshot(e, end)
            prev = end

    # ---- catalog ------------------------------------------------------------------------------
    def catalog(self) -> None:
        rng = self.rng
        code = 0
        target = self.size.products
        ents = [e for e in self.ents]
        rounds = 0
        while True:
            for e in ents:
                n = rng.choice((2, 3, 4, 5, 6, 8, 10)) if rounds == 0 else rng.randint(1, 6)
                if rounds == 0 and e.se_type in ("협동조합",) and e.workers == 0 and rng.random() < 0.5:
                    n = 0
                cats = self.ent_rows[e.id - 1]["categories"].split(",")
                for _ in range(n):
                    cat = cats[0] if rng.random() < 0.75 else cats[-1]
                    name, spec, unit, lo, hi, desc = rng.choice(TEMPLATES[cat])
                    if (e.id, name) in self.product_items and rounds == 0:
                        continue  # one product per item and enterprise in the demo catalog
                    price = rng.randint(lo, hi)
                    price = max(10, round(price, -2 if price >= 1000 else -1))
                    code += 1
                    status = "approved"
                    r = rng.random()
                    if r < 0.04:
                        status = "pending"
                    elif r < 0.06:
                        status = "rejected"
                    prefix = rng.choice(("", "", "", "친환경 ", "고급 ", "맞춤 ", "전주 "))
                    created = datetime.combine(max(e.founded_on, date(2018, 1, 1)), datetime.min.time())
                    if rng.random() < 0.8 and e.closed_on is None:  # most catalogs were touched lately
                        created = max(created, self.now - timedelta(days=rng.randint(1, 330)))
                    if status == "pending":  # a review queue holds recent requests (no rng draw: same stream)
                        created = self.now - timedelta(days=1 + code % 20)
                    self.product_rows.append(dict(
                        id=code, enterprise_id=e.id, code=f"P{code:07d}", name=f"{prefix}{name}".strip(),
                        category=cat, spec=spec, unit_price=price, unit=unit, description=desc,
                        status=status, review_reason="규격 정보가 부족합니다" if status == "rejected" else None,
                        version=1, created_at=created, updated_at=created,
                    ))
                    self.product_items[(e.id, name)] = code
                    self.item_of.append(name)
                    if status == "approved":
                        e.products.append(code)
                    if target is not None and code >= target:
                        return
            rounds += 1
            if target is None or code >= target:
                return

    # ---- institutions, purchases, agreements -------------------------------------------------
    def institutions(self) -> list[dict[str, Any]]:
        dongs = {d["dong"]: d for d in self.dongs_2018}
        rows = []
        for i, (name, kind, city, dong) in enumerate(INSTITUTIONS, start=1):
            d = dongs[dong]
            rows.append(dict(id=i, name=name, kind=kind, city_affiliated=city, gu=d["gu"],
                             lat=round(d["lat"] + self.rng.gauss(0, 0.001), 6),
                             lon=round(d["lon"] + self.rng.gauss(0, 0.001), 6), is_demo=True))
        return rows

    def purchases(self, institutions: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        rng = self.rng
        years = list(range(2018, self.today.year + 1))
        scale = {i["id"]: rng.lognormvariate(0, 0.6) * (2.5 if i["kind"] in ("지방자치단체",) else 1.0)
                 for i in institutions}
        year_growth = {y: 0.6 + 0.12 * (y - 2018) for y in years}
        base_weight = sum(scale.values()) * sum(year_growth.values())
        total = self.size.purchases
        per_unit = (total / base_weight) if total else 100.0 * len(institutions) * len(years) / base_weight
        for e in self.ents:
            e.weight = rng.paretovariate(1.6)
        pid = 0
        plan = [(inst, y) for inst in institutions for y in years]
        for inst, y in plan:
            n = round(per_unit * scale[inst["id"]] * year_growth[y])
            if total is None:
                n = max(5, round(n * rng.uniform(0.8, 1.2)))
            for row in self._purchases_of(inst, y, n):
                if total is not None and pid >= total:
                    return
                pid += 1
                yield {**row, "id": pid}
        while total is not None and pid < total:  # an exact total (benchmarks): top up across the years
            inst, y = rng.choice(plan)
            for row in self._purchases_of(inst, y, min(100, total - pid)):
                pid += 1
                yield {**row, "id": pid}

    def _purchases_of(self, inst: dict[str, Any], y: int, n: int) -> Iterator[dict[str, Any]]:
        """About n purchases by one institution in one year (fewer in a year still under way)."""
        rng = self.rng
        end_day = date(y, 12, 31) if y < self.today.year else self.today
        months = [m for m in range(1, 13) if date(y, m, 1) <= end_day]
        mw = [MONTH_WEIGHTS[m - 1] for m in months]
        n = round(n * sum(mw) / sum(MONTH_WEIGHTS))  # a year still under way has bought less
        active = [e for e in self.ents if e.products and e.founded_on <= end_day
                  and (e.closed_on is None or e.closed_on.year >= y)]
        if not active or n <= 0:
            return
        picks = rng.choices(active, weights=[e.weight for e in active], k=n)
        month_picks = rng.choices(months, weights=mw, k=n)
        for e, m in zip(picks, month_picks, strict=True):
            last = (date(y, 12, 31) if m == 12 else date(y, m + 1, 1) - timedelta(days=1))
            lo = max(date(y, m, 1), e.founded_on)
            hi = min(last, end_day, e.closed_on or last)
            if hi < lo:
                continue
            on = _rand_date(rng, lo, hi)
            prod = self.product_rows[rng.choice(e.products) - 1]
            qty = max(1, round(rng.lognormvariate(1.0, 1.0)))
            amount = prod["unit_price"] * qty
            if amount > MAX_PURCHASE:
                qty = max(1, MAX_PURCHASE // prod["unit_price"])
                amount = prod["unit_price"] * qty
            method = "수의계약" if (amount <= 50_000_000 and rng.random() < 0.8) else rng.choice(
                CONTRACT_METHODS[1:])
            yield dict(
                institution_id=inst["id"], enterprise_id=e.id, product_id=prod["id"],
                purchased_on=on, amount=amount, kind=CATEGORY_KIND.get(prod["category"], "물품"),
                contract_method=method, category=prod["category"],
                description=f"{prod['name']} {qty:,}{prod['unit']}", created_by=None, version=1,
                created_at=datetime.combine(on, datetime.min.time()),
            )

    def agreements(self, institutions: list[dict[str, Any]], yearly: dict[tuple[int, int], int]) -> list[dict[str, Any]]:
        rng = self.rng
        rows = []
        for inst in institutions:
            for y in range(2019, self.today.year + 1):
                actual = yearly.get((inst["id"], y), 0)
                if y == self.today.year:  # a full-year figure from the part of the year seen so far
                    elapsed = (self.today - date(y, 1, 1)).days + 1
                    actual = actual * 365 // max(elapsed, 1)
                planned = max(10_000_000, round(actual * rng.uniform(0.8, 1.3), -6))
                if rng.random() < 0.3:
                    ratio = round(rng.uniform(0.03, 0.08), 4)
                    total_gs = round(planned / ratio, -6)
                    rows.append(dict(institution_id=inst["id"], year=y, target_amount=None, target_ratio=ratio,
                                     total_goods_services=total_gs, signed_on=date(y, 2, rng.randint(1, 28))))
                else:
                    rows.append(dict(institution_id=inst["id"], year=y, target_amount=planned, target_ratio=None,
                                     total_goods_services=None, signed_on=date(y, 2, rng.randint(1, 28))))
        return rows


# One demo account per role, printed by `init --demo` and listed in the README. Demo only: change or
# disable them before real use.
DEMO_ACCOUNTS = (
    ("admin", "demo-admin", "admin", "사회적경제지원과 (예시)"),
    ("officer", "demo-officer", "officer", "전주시청 구매담당자 (예시)"),
    ("enterprise", "demo-enterprise", "enterprise", "예시 기업 담당자"),
)


def needs_demo_accounts(engine: Engine) -> bool:
    """Demo data is loaded but nobody can log in (a database made before accounts existed)."""
    with engine.connect() as conn:
        demo_loaded = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "demo_seed")).first()
        users = conn.execute(select(func.count()).select_from(schema.users)).scalar_one()
    return bool(demo_loaded) and users == 0


def create_demo_accounts(engine: Engine, now: datetime) -> list[tuple[str, str, str]]:
    """The three demo logins: the officer at 전주시청, the enterprise user at an active certified enterprise."""

    e, i, p = schema.enterprises.c, schema.institutions.c, schema.products.c
    with engine.connect() as conn:
        inst = conn.execute(select(i.id).where(i.name == "전주시청")).scalar_one()
        ent = conn.execute(
            select(e.id).where(e.se_type == "사회적기업", e.closed_on.is_(None), e.status == "active",
                               e.id.in_(select(p.enterprise_id).where(p.status == "approved")))
            .order_by(e.id).limit(1)).scalar_one()
        ent_name = conn.execute(select(e.name).where(e.id == ent)).scalar_one()
    out = []
    for login, password, role, name in DEMO_ACCOUNTS:
        auth.create_user(engine, SYSTEM, login=login, password=password, role=role,
                         institution_id=inst if role == "officer" else None,
                         enterprise_id=ent if role == "enterprise" else None,
                         display_name=name if role != "enterprise" else f"{ent_name} 담당자 (예시)", now=now)
        out.append((login, password, role))
    demo_learning.seed(engine, now)  # synthetic search sittings for 관리 › 검색어 학습 (issue 11)
    return out


def _chunks(rows: Iterable[dict[str, Any]], n: int = 20_000) -> Iterator[list[dict[str, Any]]]:
    buf: list[dict[str, Any]] = []
    for r in rows:
        buf.append(r)
        if len(buf) >= n:
            yield buf
            buf = []
    if buf:
        yield buf


def plan_budget_rows() -> list[dict[str, Any]]:
    rows = []
    for year, sources in PLAN_BUDGET_EOK.items():  # {year: {source: 억원}}
        for source, eok in sources.items():
            rows.append(dict(year=year, period_label="2022.6" if year == 2022 else str(year), source=source,
                             amount=round(eok * 100_000_000), spent=None))
    return rows


def is_empty(engine: Engine) -> bool:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(schema.enterprises)).scalar_one() == 0


def load(engine: Engine, today: date, size: DemoSize = DemoSize(), seed: int = SEED) -> dict[str, int]:
    """Generate the demo data and write it in one transaction. Returns rows written per table."""
    gen = _Generator(today, size, seed)
    gen.baseline()
    gen.grow()
    gen.catalog()
    insts = gen.institutions()
    counts: dict[str, int] = {}
    yearly: dict[tuple[int, int], int] = {}
    with engine.begin() as conn:
        for table, rows in ((schema.enterprises, gen.ent_rows), (schema.workforce, gen.snapshots),
                            (schema.institutions, insts), (schema.plan_budget, plan_budget_rows())):
            conn.execute(insert(table), rows)
            counts[table.name] = len(rows)
        for chunk in _chunks(gen.product_rows):
            conn.execute(insert(schema.products), chunk)
        counts["products"] = len(gen.product_rows)
        counts["purchases"] = 0
        for chunk in _chunks(gen.purchases(insts)):
            conn.execute(insert(schema.purchases), chunk)
            counts["purchases"] += len(chunk)
            for r in chunk:
                if r["kind"] != "공사":
                    key = (r["institution_id"], r["purchased_on"].year)
                    yearly[key] = yearly.get(key, 0) + r["amount"]
        agreements = gen.agreements(insts, yearly)
        conn.execute(insert(schema.agreements), agreements)
        counts["agreements"] = len(agreements)
        conn.execute(insert(schema.meta), [
            dict(key="catalog_version", value="1"),
            dict(key="demo_seed", value=str(seed)),
            dict(key="demo_today", value=today.isoformat()),
        ])
        if conn.dialect.name == "postgresql":  # explicit ids were written: move sequences past them
            for t in (schema.enterprises, schema.products, schema.institutions, schema.purchases):
                sql = f"SELECT setval(pg_get_serial_sequence('{t.name}', 'id'), COALESCE((SELECT MAX(id) FROM {t.name}), 0) + 1, false)"  # noqa: S608 (names from the schema)
                conn.exec_driver_sql(sql)
        counts["quote_requests"] = demo_quotes.load(conn, today, seed)  # (issue 14) a year of 견적 요청
    counts.update(demo_plan.load(engine, today, seed))
    return counts


__all__ = ["BASELINE", "BASELINE_TABLE", "DemoSize", "GROUP_OF_TYPE", "JOB_TARGETS", "is_empty", "load",
           "plan_budget_rows", "split_total"]
