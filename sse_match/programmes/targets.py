"""The city plan's targets (지속가능한 사회적경제 일자리 1,000개 육성, 2018–2022) against the records.

Every target number below is the plan's own (../seed, 추진절차 and 향후 추진계획); `plan_table` puts
each next to what the records show for a year, with the percentage, the trend against the year
before, and a traffic light whose rule is stated in `LIGHT_RULE`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

import polars as pl
from sqlalchemy import Engine, Table, select

from sse_match import clock
from sse_match.files.export import _FORMULA_START
from sse_match.plan import BASELINE, JOB_TARGETS, PLAN_BUDGET_EOK
from sse_match.programmes.records import _PL_TYPES, KINDS
from sse_match.purchases.stats import jobs_by_plan_year
from sse_match.storage import db, schema
from sse_match.storage.db import read_frame
from sse_match.storage.schema import PLAN_YOUTH_FIELDS
from sse_match.workforce import Workforce

STAGE1 = "1단계 사회적경제조직 발굴 및 육성"
STAGE2 = "2단계 사회적경제 생태계 조성"
FOLLOWUP = "향후 추진계획"
YEARLY = "연도별 목표"
STAGES = (YEARLY, STAGE1, STAGE2, FOLLOWUP)

PLAN_START = date(2018, 7, 1)  # 1단계 ('18. 7. ~ 계속)
STAGE2_START = date(2019, 1, 1)  # 2단계 ('19. 1. ~ 계속) and 지역산업맞춤형 ('19. 1. ~)
PLAN_END = date(2022, 6, 30)  # 사업기간 2018 ~ 2022.6 (임기 내)
YOUTH_PERIOD = (date(2018, 8, 1), date(2020, 7, 31))  # 지역주도형 청년일자리 ('18. 8. ~ '20. 7.)
PLAN_TOTAL_EOK = 231.4  # 총사업비 231.4억원
EOK = 100_000_000
MILLION = 1_000_000

GREEN, YELLOW, RED, GREY = "green", "yellow", "red", "grey"
LIGHT_LABELS = {GREEN: "초록", YELLOW: "노랑", RED: "빨강", GREY: "회색"}
YELLOW_FROM = 0.8  # at least 80% of where the target should be by now is "behind but close"
LIGHT_RULE = ("목표 × 기간 경과 비율(기준일까지 지난 기간의 몫)을 '지금까지 와 있어야 할 값'으로 보고, 실적이 그 100% 이상이면 초록, "
              "80% 이상이면 노랑, 그 아래면 빨강. 숫자 목표가 없거나 기간이 시작하기 전이면 회색 (실적만 관리).")


@dataclass(frozen=True)
class Target:
    key: str
    stage: str
    name: str
    unit: str
    target: float | int | None  # the plan's number; None: the plan names the programme without a number
    scope: str  # "year": each year; "period": one span (start, end); "cumulative": from start up to the year
    start: date = PLAN_START
    end: date | None = None
    note: str = ""


TARGETS: tuple[Target, ...] = (
    Target("jobs", YEARLY, "사회적경제 일자리", "개", None, "year", PLAN_START,
           note="연도별 목표: 2018년 220개, 2019년 220개, 2020년 200개, 2021년 200개, 2022년 6월 160개"),
    Target("discovery_orgs", STAGE1, "견실한 사회적경제조직 발굴 (조직)", "개", 50, "year",
           note="년 50개: 마을기업·협동조합·(예비)사회적기업으로 전환한 후보 수"),
    Target("discovery_people", STAGE1, "견실한 사회적경제조직 발굴 (인원)", "명", 100, "year",
           note="년 100명: 전환한 후보의 참여 인원"),
    Target("grants_orgs", STAGE1, "재정지원 (조직)", "개", 40, "year", note="년 40개: 그 해 지원을 시작한 기업 수"),
    Target("grants_jobs", STAGE1, "재정지원 일자리 (인원)", "명", 200, "year", note="년 200여명: 약정 일자리 합계"),
    Target("grants_amount", STAGE1, "재정지원 금액", "백만원", 2600, "year", note="년 2,600백만원"),
    Target("youth", STAGE1, "지역주도형 청년일자리 (6개 분야)", "명", 132, "period", *YOUTH_PERIOD,
           note="'18. 8. ~ '20. 7. 6개분야 132명: 야호학교, 전주푸드, 박물관 큐레이터, 청년혁신가, 지역공동체, 복지"),
    Target("local_projects", STAGE1, "지역산업맞춤형 일자리창출 지원사업", "명", None, "year", STAGE2_START,
           note="'19. 1. ~ : 사업이 만든 일자리"),
    Target("budget_year", STAGE1, "사업비 집행 (그 해 예산 대비)", "억원", None, "year", PLAN_START, PLAN_END,
           note="연도별 자원투자: 2018년 42억, 2019년 44.1억, 2020년 46.2억, 2021년 48.4억, 2022.6 50.7억"),
    Target("budget_total", STAGE1, "사업비 집행 (총사업비 누적)", "억원", PLAN_TOTAL_EOK, "cumulative", PLAN_START,
           PLAN_END, note="총사업비 231.4억원 (국비 165.4, 도비 22, 시비 44)"),
    Target("mentoring", STAGE2, "신규-선도기업 1:1 멘토링 (짝)", "쌍", None, "year", STAGE2_START),
    Target("startup_people", STAGE2, "청년 창업 프로그램 (참여자)", "명", None, "year", STAGE2_START,
           note="지역거점별 소통협력공간"),
    Target("startup_founded", STAGE2, "청년 창업 프로그램 (창업)", "개", None, "year", STAGE2_START),
    Target("school_sessions", STAGE2, "청소년 사회적경제학교 (운영)", "회", None, "year", STAGE2_START),
    Target("school_students", STAGE2, "청소년 사회적경제학교 (학생)", "명", None, "year", STAGE2_START),
    Target("senior_sites", FOLLOWUP, "협동조합 고령자친화기업 (개소)", "개소", 2, "cumulative", PLAN_START, PLAN_END,
           note="협동조합설립을 통한 고령자친화기업 운영(2개소 20명)"),
    Target("senior_people", FOLLOWUP, "협동조합 고령자친화기업 (인원)", "명", 20, "cumulative", PLAN_START, PLAN_END),
    Target("selfreliance_groups", FOLLOWUP, "청년자립도전 자활사업단 (사업단)", "개", 2, "cumulative", PLAN_START,
           PLAN_END, note="청년자립도전 자활사업단 운영(2개사업단 12명)"),
    Target("selfreliance_people", FOLLOWUP, "청년자립도전 자활사업단 (인원)", "명", 12, "cumulative", PLAN_START,
           PLAN_END),
    Target("jeonju_type", FOLLOWUP, "전주형 사회적기업 발굴", "개", None, "year",
           note="(예비)사회적기업 육성을 위한 '전주형 사회적기업' 발굴"),
    Target("gov_applied", FOLLOWUP, "정부부처 일자리창출 지원사업 공모 지원", "건", None, "year"),
    Target("gov_won", FOLLOWUP, "정부부처 일자리창출 지원사업 공모 선정", "건", None, "year"),
)
TARGET_BY_KEY = {t.key: t for t in TARGETS}
# The plan's own table "연도별 목표 및 추진계획" (seed), word for word: the second sheet of the report.
_GROW = "사회적경제조직 지속적인 발굴 및 육성"
_EDU = "사회적경제 생태계조성을 위한 교육프로그램 운영"
_BUY = "사회적경제조직 생산품 공공구매활성화"
YEAR_PLANS: dict[int, tuple[str, tuple[str, ...]]] = {
    2018: ("2018년", (_GROW, "공공구매우선 확산을 위한 지원활동추진", "지속가능한 온두레공동체 지속적인 발굴 및 육성")),
    2019: ("2019년", (_GROW, _EDU, _BUY, "지속가능한 온두레공동체 지속적인 발굴 및 육성")),
    2020: ("2020년", (_GROW, _EDU, _BUY, "온두레공동체의 사회적경제조직으로 성장지원")),
    2021: ("2021년", (_GROW, _EDU, _BUY, "온두레공동체의 사회적경제조직으로 성장지원")),
    2022: ("2022년 6월", (_GROW, _EDU, _BUY, "온두레공동체의 사회적경제조직으로 성장지원")),
}
# Which record kind (sse_match.plan_records) lies behind each target, for the drill-down and its forms.
RECORD_KIND = {"discovery_orgs": "candidates", "discovery_people": "candidates", "jeonju_type": "candidates",
               "grants_orgs": "grants", "grants_jobs": "grants", "grants_amount": "grants", "youth": "youth",
               "local_projects": "local_projects", "budget_year": "spending", "budget_total": "spending",
               "mentoring": "pairs", "startup_people": "cohorts", "startup_founded": "cohorts",
               "school_sessions": "school", "school_students": "school", "senior_sites": "followups",
               "senior_people": "followups", "selfreliance_groups": "followups", "selfreliance_people": "followups",
               "gov_applied": "followups", "gov_won": "followups", "jobs": None}


def budget_target_eok(year: int) -> float | None:
    """The year's budget in 억원 as the plan's table writes it (2022 = 2022.6)."""
    sources = PLAN_BUDGET_EOK.get(year)
    return round(sum(sources.values()), 1) if sources else None


def target_value(t: Target, year: int) -> float | int | None:
    if t.key == "jobs":
        return JOB_TARGETS.get(year)
    if t.key == "budget_year":
        return budget_target_eok(year)
    return t.target


def window(t: Target, year: int) -> tuple[date, date] | None:
    """The dates the year's actual counts over, or None when the programme has not started by then."""
    if t.scope == "period" and t.end is not None:
        a, b = t.start, min(t.end, date(year, 12, 31))
    elif t.scope == "cumulative":
        a, b = t.start, date(year, 12, 31)
    else:
        a, b = max(t.start, date(year, 1, 1)), date(year, 12, 31)
        if t.key in ("jobs", "budget_year") and year == 2022:
            b = PLAN_END
    return (a, b) if a <= b else None


def period_label(t: Target, year: int) -> str:
    if t.scope == "period":
        return f"{t.start:%Y-%m}~{t.end:%Y-%m}"
    w = window(t, year)
    if w is None:
        return f"{year}"
    if t.scope == "cumulative":
        return f"{w[0]:%Y-%m}~{w[1]:%Y-%m} 누적"
    return f"{w[0]:%Y-%m}~{w[1]:%Y-%m}"


# ---- records as frames -------------------------------------------------------------------------



def table_frame(conn, table: Table) -> pl.DataFrame:
    """A whole table with typed (possibly empty) columns."""
    types = {c.name: next((v for k, v in _PL_TYPES.items() if isinstance(c.type, k)), pl.String) for c in table.c}
    rows = conn.execute(select(table)).mappings().all()
    return pl.DataFrame([dict[str, Any](r) for r in rows], schema=types, orient="row")


@dataclass(frozen=True)
class PlanData:
    tables: dict[str, pl.DataFrame]  # record kind → rows
    jobs: pl.DataFrame  # jobs_by_plan_year: period, new_jobs, …
    enterprise_names: pl.DataFrame  # id, name

    @classmethod
    def load(cls, engine: Engine, today: date) -> PlanData:

        with engine.connect() as conn:
            tables = {k: table_frame(conn, kind.table) for k, kind in KINDS.items()}
            names = table_frame(conn, schema.enterprises).select("id", "name")
        jobs = jobs_by_plan_year(Workforce.load(engine), today) if today > BASELINE else pl.DataFrame()
        return cls(tables, jobs, names)


def _between(col: str, w: tuple[date, date]) -> pl.Expr:
    return pl.col(col).is_between(w[0], w[1])


def records_for(data: PlanData, key: str, year: int) -> pl.DataFrame:
    """The rows behind one target's actual in a year (the drill-down)."""
    t = TARGET_BY_KEY[key]
    w = window(t, year)
    tb = data.tables
    if key == "jobs":
        return data.jobs.filter(pl.col("period") == str(year)) if data.jobs.height else data.jobs
    kind = RECORD_KIND[key]
    assert kind is not None  # only "jobs" has no records of its own
    df = tb[kind]
    if w is None:
        return df.head(0)
    if key in ("discovery_orgs", "discovery_people"):
        return df.filter(_between("converted_on", w))
    if key == "jeonju_type":
        return df.filter(_between("prelim_on", w) & (pl.col("prelim_kind") == "전주형 사회적기업"))
    if kind == "grants":
        return df.filter(_between("start_on", w))
    if kind in ("youth", "local_projects"):
        return df.filter(_between("start_on", w))
    if kind == "spending":
        return df.filter(_between("spent_on", w))
    if kind == "pairs":
        return df.filter(_between("started_on", w))
    if kind == "cohorts":
        return df.filter(_between("started_on", w))
    if kind == "school":
        return df.filter(_between("held_on", w))
    followup_kind = {"senior_sites": "고령자친화기업", "senior_people": "고령자친화기업",
                     "selfreliance_groups": "청년자립도전 자활사업단", "selfreliance_people": "청년자립도전 자활사업단",
                     "gov_applied": "정부 일자리사업 공모", "gov_won": "정부 일자리사업 공모"}[key]
    out = df.filter(_between("started_on", w) & (pl.col("kind") == followup_kind))
    return out.filter(pl.col("won").fill_null(False)) if key == "gov_won" else out


def actual_value(data: PlanData, key: str, year: int) -> float | int:
    rows = records_for(data, key, year)
    if key == "jobs":
        return int(rows["new_jobs"][0]) if rows.height else 0
    measure = {
        "discovery_people": lambda r: int(r["people"].sum()),
        "grants_orgs": lambda r: int(r["enterprise_id"].n_unique()),
        "grants_jobs": lambda r: int(r["jobs_promised"].sum()),
        "grants_amount": lambda r: int(r["amount"].sum()) / MILLION,
        "local_projects": lambda r: int(r["jobs_created"].sum()),
        "budget_year": lambda r: int(r["amount"].sum()) / EOK,
        "budget_total": lambda r: int(r["amount"].sum()) / EOK,
        "startup_people": lambda r: int(r["participants"].sum()),
        "startup_founded": lambda r: int(r["startups_founded"].sum()),
        "school_students": lambda r: int(r["students"].sum()),
        "senior_people": lambda r: int(r["people"].sum()),
        "selfreliance_people": lambda r: int(r["people"].sum()),
    }
    return measure[key](rows) if key in measure else rows.height


def elapsed_share(t: Target, year: int, today: date) -> float | None:
    """How much of the target's span has passed by the year's end, or by `today` within the year."""
    w = window(t, year)
    if w is None or today < w[0]:
        return None
    a, b = (t.start, t.end) if t.scope in ("period", "cumulative") and t.end else w
    ref = min(today, w[1])  # a past year is judged at its own end, not by today
    if ref >= b:
        return 1.0
    return ((ref - a).days + 1) / ((b - a).days + 1)


def light(target: float | None, actual: float, share: float | None) -> str:
    if target is None or share is None or target == 0:
        return GREY
    expected = target * share
    if actual >= expected:
        return GREEN
    return YELLOW if actual >= YELLOW_FROM * expected else RED


def _trend(now: float, before: float | None) -> str:
    if before is None:
        return "-"
    return "↑" if now > before else "↓" if now < before else "→"


def plan_table(engine: Engine, year: int, today: date, data: PlanData | None = None) -> pl.DataFrame:
    """One row per target for `year`: stage, name, unit, target, actual, percent, previous year, trend,
    the traffic light and the key for the drill-down."""
    data = data or PlanData.load(engine, today)
    rows = []
    for t in TARGETS:
        tv = target_value(t, year)
        actual = actual_value(data, t.key, year)
        prev = actual_value(data, t.key, year - 1) if year - 1 >= PLAN_START.year else None
        share = elapsed_share(t, year, today)
        lt = light(tv, actual, share)
        rows.append(dict(key=t.key, stage=t.stage, name=t.name, unit=t.unit,
                         target=float(tv) if tv is not None else None, actual=float(actual),
                         percent=(actual / tv * 100) if tv else None, previous=float(prev) if prev is not None else None,
                         trend=_trend(actual, prev), light=lt, light_label=LIGHT_LABELS[lt],
                         period=period_label(t, year), note=t.note))
    return pl.DataFrame(rows, schema={"key": pl.String, "stage": pl.String, "name": pl.String, "unit": pl.String,
                                      "target": pl.Float64, "actual": pl.Float64, "percent": pl.Float64,
                                      "previous": pl.Float64, "trend": pl.String, "light": pl.String,
                                      "light_label": pl.String, "period": pl.String, "note": pl.String})


def plan_records(engine: Engine, key: str, year: int, today: date, data: PlanData | None = None) -> pl.DataFrame:
    """The drill-down: the records behind one target, with enterprise names where a row names one."""
    data = data or PlanData.load(engine, today)
    rows = records_for(data, key, year)
    names = data.enterprise_names
    for col in ("enterprise_id", "host_enterprise_id", "mentee_id", "mentor_id"):
        if col in rows.columns:
            rows = rows.join(names.rename({"id": col, "name": col.removesuffix("_id") + "_name"}), on=col, how="left")
    return rows


def _number(v: float | None):
    """Whole numbers as ints in JSON (132, not 132.0); 억원 and 백만원 keep their decimals."""
    if v is None:
        return None
    return int(v) if float(v).is_integer() else round(v, 4)


def plan_json(engine: Engine, year: int, today: date) -> list[dict[str, Any]]:
    table = plan_table(engine, year, today)
    return [dict[str, Any](key=r["key"], stage=r["stage"], name=r["name"], unit=r["unit"], target=_number(r["target"]),
                 actual=_number(r["actual"]), period=r["period"], percent=None if r["percent"] is None
                 else round(r["percent"], 1), trend=r["trend"], light=r["light"])
            for r in table.iter_rows(named=True)]


def report_xlsx(table: pl.DataFrame, year: int, today: date, jobs: pl.DataFrame | None = None) -> bytes:
    """연도별 목표 및 추진계획: a title row, numeric cells, the light rule, A4 landscape print settings; a second
    sheet with the plan's own yearly table (일자리 목표, 추진계획) next to the jobs counted."""
    import io

    import xlsxwriter

    buf = io.BytesIO()
    with xlsxwriter.Workbook(buf, {"strings_to_formulas": False, "strings_to_numbers": False}) as wb:
        ws = wb.add_worksheet(f"{year}년 계획 이행")
        title = wb.add_format({"bold": True, "font_size": 14})
        head = wb.add_format({"bold": True, "bg_color": "#EEF2F7", "border": 1, "text_wrap": True, "valign": "vcenter"})
        cell = wb.add_format({"border": 1, "valign": "vcenter"})
        wrap = wb.add_format({"border": 1, "text_wrap": True, "valign": "vcenter"})
        num = wb.add_format({"border": 1, "num_format": "#,##0.##"})
        pct = wb.add_format({"border": 1, "num_format": "0.0"})
        ws.merge_range(0, 0, 0, 9, f"지속가능한 사회적경제 일자리 1,000개 육성 · 연도별 목표 및 추진계획 이행 ({year}년)", title)
        ws.write_string(1, 0, f"기준일 {today.isoformat()} · 전주시 사회적경제지원과")
        headers = ("단계", "목표", "단위", "기간", "목표값", "실적", "달성률(%)", "전년 실적", "추세", "신호등")
        widths = (26, 38, 8, 22, 10, 10, 10, 10, 6, 8)
        for c, (h, wd) in enumerate(zip(headers, widths, strict=True)):
            ws.write_string(3, c, h, head)
            ws.set_column(c, c, wd)

        def safe(s: str) -> str:
            return "'" + s if s.startswith(_FORMULA_START) else s

        for r, row in enumerate(table.iter_rows(named=True), start=4):
            ws.write_string(r, 0, safe(row["stage"]), wrap)
            ws.write_string(r, 1, safe(row["name"]), wrap)
            ws.write_string(r, 2, row["unit"], cell)
            ws.write_string(r, 3, row["period"], cell)
            for c, k, f in ((4, "target", num), (5, "actual", num), (6, "percent", pct), (7, "previous", num)):
                if row[k] is None:
                    ws.write_string(r, c, "-", cell)
                else:
                    ws.write_number(r, c, row[k], f)
            ws.write_string(r, 8, row["trend"], cell)
            ws.write_string(r, 9, row["light_label"], cell)
        end = 4 + table.height
        ws.merge_range(end + 1, 0, end + 1, 9, "신호등 규칙: " + LIGHT_RULE, wrap)
        ws.set_row(end + 1, 45)
        ws.freeze_panes(4, 0)
        ws.repeat_rows(3)
        ws.set_landscape()
        ws.set_paper(9)  # A4
        ws.fit_to_pages(1, 0)
        ws.set_margins(0.4, 0.4, 0.6, 0.6)
        ws.set_footer("&C&P / &N")
        ws.print_area(0, 0, end + 1, 9)

        yp = wb.add_worksheet("연도별 목표 및 추진계획")
        yp.merge_range(0, 0, 0, 3, "연도별 목표 및 추진계획 (계획 원문과 일자리 실적)", title)
        for c, (h, wd) in enumerate(zip(("연도", "목표 (일자리, 개)", "실적 (늘어난 일자리, 개)", "추진계획"),
                                        (12, 16, 22, 70), strict=True)):
            yp.write_string(2, c, h, head)
            yp.set_column(c, c, wd)
        counted = dict(zip(jobs["period"], jobs["new_jobs"], strict=True)) if jobs is not None and jobs.height else {}
        for r, (y, (label, steps)) in enumerate(YEAR_PLANS.items(), start=3):
            yp.write_string(r, 0, label, cell)
            yp.write_number(r, 1, JOB_TARGETS[y], num)
            if str(y) in counted:
                yp.write_number(r, 2, int(counted[str(y)]), num)
            else:
                yp.write_string(r, 2, "-", cell)
            yp.write_string(r, 3, "\n".join(f"· {s}" for s in steps), wrap)
            yp.set_row(r, 16 * len(steps))
        yp.repeat_rows(2)
        yp.set_landscape()
        yp.set_paper(9)
        yp.fit_to_pages(1, 0)
        yp.set_footer("&C&P / &N")
    return buf.getvalue()


def cmd_plan(args) -> int:
    """`python -m sse_match plan --year 2020 [--json]`."""
    import sys


    today = clock.today()
    if not PLAN_START.year <= args.year <= today.year:
        print(f"오류: 연도는 {PLAN_START.year}년부터 {today.year}년까지입니다.", file=sys.stderr)
        return 2
    engine = db.make_engine(args.db)
    try:
        db.check_reachable(engine)
    except db.DatabaseUnavailable:
        print("오류: 데이터베이스에 연결할 수 없습니다. init을 먼저 실행해 주세요.", file=sys.stderr)
        return 2
    rows = plan_json(engine, args.year, today)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    for r in rows:
        tgt = "-" if r["target"] is None else f"{r['target']:,}"
        print(f"[{r['stage']}] {r['name']}: 목표 {tgt}{r['unit']} · 실적 {r['actual']:,}{r['unit']} ({r['period']})")
    return 0


def add_parser(sub) -> None:
    s = sub.add_parser("plan", help="계획 이행: 목표별 목표·실적 (연도별 목표 및 추진계획)")
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--json", action="store_true")
    s.add_argument("--db")
    s.set_defaults(func=cmd_plan)


# ---- drill-down views --------------------------------------------------------------------------
STALL_DAYS = 365  # a candidate a year in one stage without moving on has stalled


def candidate_stages(data: PlanData, today: date) -> pl.DataFrame:
    """Where candidates are now and where they stall: stage, candidates, stalled (a year or more there)."""
    c = data.tables["candidates"]
    now = c.with_columns(
        stage=pl.when(pl.col("converted_on").is_not_null()).then(pl.lit("전환 (마을기업·협동조합·(예비)사회적기업)"))
        .when(pl.col("prelim_on").is_not_null()).then(pl.col("prelim_kind"))
        .otherwise(pl.lit("온두레 공동체")),
        since=pl.coalesce("converted_on", "prelim_on", "ondure_on"))
    order = ["온두레 공동체", "예비 단계", "전주형 사회적기업", "전환 (마을기업·협동조합·(예비)사회적기업)"]
    agg = now.group_by("stage").agg(
        candidates=pl.len().cast(pl.Int64),
        stalled=((pl.lit(today) - pl.col("since")).dt.total_days() >= STALL_DAYS)
        .and_(~pl.col("stage").str.starts_with("전환")).sum().cast(pl.Int64))
    return pl.DataFrame({"stage": order}).join(agg, on="stage", how="left").with_columns(
        pl.col("candidates", "stalled").fill_null(0))


def grant_jobs_observed(engine: Engine, grants: pl.DataFrame, today: date) -> pl.DataFrame:
    """Per grant: workers when it started and 6 and 12 months later (from the workforce snapshots),
    against the jobs promised; later points not reached yet stay empty."""

    wf = Workforce.load(engine)
    out = []
    for g in grants.iter_rows(named=True):
        points: dict[str, int | None] = {}
        for label, months in (("at_start", 0), ("after_6m", 6), ("after_12m", 12)):
            m = g["start_on"].month - 1 + months
            day = date(g["start_on"].year + m // 12, m % 12 + 1, min(g["start_on"].day, 28))
            if day > today:
                points[label] = None
                continue
            snap = wf.snapshots.filter((pl.col("enterprise_id") == g["enterprise_id"]) & (pl.col("as_of") <= day))
            points[label] = int(snap.sort("as_of")["workers"][-1]) if snap.height else 0
        start, later = points["at_start"], points["after_12m"]
        gained = None if later is None or start is None else later - start
        out.append(dict(id=g["id"], enterprise_id=g["enterprise_id"], start_on=g["start_on"],
                        jobs_promised=g["jobs_promised"], **points, gained_12m=gained))
    return pl.DataFrame(out, schema={"id": pl.Int64, "enterprise_id": pl.Int64, "start_on": pl.Date,
                                     "jobs_promised": pl.Int64, "at_start": pl.Int64, "after_6m": pl.Int64,
                                     "after_12m": pl.Int64, "gained_12m": pl.Int64})


def youth_by_field(data: PlanData) -> pl.DataFrame:
    """Placements per field, how many ended, and how many stayed employed after."""

    y = data.tables["youth"]
    agg = y.group_by("field").agg(placed=pl.len().cast(pl.Int64),
                                  ended=pl.col("stayed_employed").is_not_null().sum().cast(pl.Int64),
                                  stayed=pl.col("stayed_employed").fill_null(False).sum().cast(pl.Int64))
    return (pl.DataFrame({"field": list(PLAN_YOUTH_FIELDS)}).join(agg, on="field", how="left")
            .with_columns(pl.col("placed", "ended", "stayed").fill_null(0))
            .with_columns(stay_rate=pl.when(pl.col("ended") > 0).then(pl.col("stayed") / pl.col("ended"))))


def budget_execution(engine: Engine, data: PlanData) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(year × source budget, spent and rate; spending per year and programme) against plan_budget."""

    b = schema.plan_budget.c
    with engine.connect() as conn:
        budget = read_frame(conn, select(b.year, b.period_label, b.source, b.amount),
                       {"year": pl.Int64, "period_label": pl.String, "source": pl.String, "amount": pl.Int64})
    s = data.tables["spending"]
    spent = s.group_by("year", "source").agg(spent=pl.col("amount").sum())
    rates = (budget.join(spent, on=["year", "source"], how="left").with_columns(pl.col("spent").fill_null(0))
             .with_columns(rate=pl.when(pl.col("amount") > 0).then(pl.col("spent") / pl.col("amount")))
             .sort("year", "source"))
    by_programme = s.group_by("year", "programme").agg(spent=pl.col("amount").sum()).sort("year", "programme")
    return rates, by_programme


def value_text(v: float | None, none: str = "-") -> str:
    """132 → '132', 2368.2 → '2,368.2', 39.732 → '39.7' (억원 and 백만원 to one decimal), None → '-'."""
    if v is None:
        return none
    return f"{int(v):,}" if float(v).is_integer() else f"{v:,.1f}"


def display_frame(table: pl.DataFrame, no_target: str) -> pl.DataFrame:
    """The plan table as people read it: numbers as text with separators, no empty cells."""
    return table.with_columns(
        target_text=pl.Series([value_text(v, no_target) for v in table["target"]], dtype=pl.String),
        actual_text=pl.Series([value_text(v) for v in table["actual"]], dtype=pl.String),
        previous_text=pl.Series([value_text(v) for v in table["previous"]], dtype=pl.String))


def conversions_by_year(data: PlanData, today: date) -> pl.DataFrame:
    """Candidates converted each plan year against the plan's 50 organisations and 100 people."""
    c = data.tables["candidates"].filter(pl.col("converted_on").is_not_null())
    per = c.group_by(year=pl.col("converted_on").dt.year().cast(pl.Int64)).agg(
        organisations=pl.len().cast(pl.Int64), people=pl.col("people").sum().cast(pl.Int64))
    years = pl.DataFrame({"year": list(range(PLAN_START.year, today.year + 1))}, schema={"year": pl.Int64})
    return (years.join(per, on="year", how="left").with_columns(pl.col("organisations", "people").fill_null(0))
            .with_columns(target_organisations=pl.lit(TARGET_BY_KEY["discovery_orgs"].target, pl.Int64),
                          target_people=pl.lit(TARGET_BY_KEY["discovery_people"].target, pl.Int64)))
