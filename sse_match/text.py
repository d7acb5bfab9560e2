"""Korean user-facing text, kept in one place. Code uses stable ASCII keys; pages look labels up here."""

from __future__ import annotations

APP_TITLE = "사회적경제 공공구매 매칭"
DEMO_BADGE = "예시 데이터"
DEMO_NOTE = (
    "이 화면의 기업·제품·구매 자료는 코드로 만든 **예시 데이터**입니다. "
    "2018년 6월말 기업 수와 근로자 수만 전주시 계획(사회적경제 일자리 1,000개 육성)의 실제 수치와 같습니다."
)
DB_UNAVAILABLE = (
    "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요. "
    "문제가 계속되면 사회적경제지원과 시스템 담당자에게 알려 주세요."
)
DB_NOT_INITIALISED = (
    "데이터베이스가 아직 준비되지 않았습니다. 관리자는 `python -m sse_match init --demo`를 실행해 주세요."
)

# The four groups of the 2018 baseline table: 예비사회적기업 counts with 사회적기업,
# 사회적협동조합 with 협동조합, as the city plan's table does.
GROUPS = ("사회적기업", "마을기업", "자활기업", "협동조합")
GROUP_OF_TYPE = {
    "사회적기업": "사회적기업",
    "예비사회적기업": "사회적기업",
    "마을기업": "마을기업",
    "자활기업": "자활기업",
    "협동조합": "협동조합",
    "사회적협동조합": "협동조합",
}

PAGE_TITLES = {
    "home": "홈",
}

HOME = {
    "title": "전주시 사회적경제 공공구매 현황",
    "as_of": "{date} 기준",
    "orgs": "사회적경제조직",
    "workers": "근로자",
    "new_jobs": "늘어난 일자리 (2018.6 이후)",
    "new_jobs_help": "2018.6.30 기준 근로자 1,253명 대비 증가분 (목표 1,000개, 2018~2022.6)",
    "purchases": "{year}년 우선구매 실적",
    "purchases_help": "협약 기관의 올해 구매액 ÷ 올해 협약 목표액",
    "target": "목표 {target}",
    "achievement": "협약 목표 달성률 {ratio}",
    "progress": "{year}년 우선구매 협약 목표 {target} 중 {ratio} 달성",
    "by_type": "유형별 조직·근로자",
    "chart": "유형별 근로자 추이",
    "col_group": "유형",
    "col_orgs": "조직 수",
    "col_workers": "근로자 수",
    "col_date": "기준일",
    "unit_orgs": "개",
    "unit_people": "명",
    "unit_jobs": "개",
}
