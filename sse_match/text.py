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
    "search": "제품 검색",
    "match": "수요 매칭",
}

# Column labels for result tables (stable ASCII names inside, Korean at the edge).
RESULT_COLUMNS = {
    "rank": "순위", "need_id": "수요번호", "need": "수요내용", "name": "제품·서비스", "enterprise_name": "기업",
    "unit_price": "단가(원)", "unit": "단위", "se_type": "기업 유형", "place": "위치", "category": "분류",
    "badges": "표시", "reason": "찾은 이유", "score": "적합도", "hint": "1인 견적 수의계약", "code": "제품코드",
    "spec": "규격", "nearest": "가까운 분류",
}

SEARCH = {
    "title": "제품 검색",
    "intro": "구매하려는 물품·용역을 평소 쓰는 말로 적어 주세요. 오타, 띄어쓰기, 초성(ㅎㅅㅁ), 비슷한 말도 찾습니다.",
    "query": "무엇을 구매하시나요?",
    "placeholder": "예: 행사용 도시락 200개, 청사 청소 용역, ㅎㅅㅁ, 효자동 방역",
    "submit": "검색",
    "filters": "검색 조건",
    "types": "기업 유형",
    "cert_only": "인증·지정 유효 기업만",
    "categories": "분류",
    "places": "구·행정동",
    "place_mode": "위치 단어 처리",
    "place_boost": "해당 지역을 먼저",
    "place_filter": "해당 지역만",
    "price_min": "최저 단가(원)",
    "price_max": "최고 단가(원)",
    "sort": "정렬",
    "sort_relevance": "적합도순",
    "sort_price_asc": "단가 낮은순",
    "sort_price_desc": "단가 높은순",
    "empty": "검색어를 입력하거나 아래 분류를 골라 보세요.",
    "suggest": "자주 찾는 분류",
    "found": "{n}개 공급 제품을 찾았습니다.",
    "understood": "이렇게 이해했습니다: {words}",
    "place_note": "위치: {places}",
    "no_match": "‘{q}’에 맞는 사회적경제기업 제품이 카탈로그에 없습니다.",
    "no_match_hint": "가까운 분류에서 찾아보세요:",
    "download_csv": "CSV 내려받기",
    "download_xlsx": "엑셀 내려받기",
    "badge_cert": "인증",
    "badge_local": "지역",
    "price_range_bad": "최저 단가가 최고 단가보다 큽니다. 가격 범위를 확인해 주세요.",
    "budget": "예산(원, 추정가격)",
    "budget_help": "예산을 넣으면 기업마다 1인 견적 수의계약 가능 여부를 안내합니다. 검색어에 ‘예산 500만원’처럼 써도 됩니다.",
    "budget_note": "예산(추정가격)을 넣으면 1인 견적 수의계약 가능 여부도 함께 안내합니다 (참고용, 법률 자문 아님).",
}

MATCH = {
    "title": "수요 매칭",
    "intro": "여러 구매 수요를 한 번에 공급 기업과 맞춰 봅니다. 한 줄에 한 건씩 붙여 넣거나 파일을 올려 주세요.",
    "mode": "입력 방식",
    "mode_paste": "붙여넣기",
    "mode_file": "파일 올리기",
    "paste": "수요 목록 (한 줄에 한 건)",
    "paste_placeholder": "행사용 도시락 200개\n청사 청소 용역 12개월\n현수막 5장 제작",
    "file": "CSV 또는 엑셀 (수요번호, 수요내용, 수량, 예산)",
    "file_help": "CSV는 UTF-8 또는 CP949(엑셀 기본) 모두 됩니다. 열 이름은 ‘품명’, ‘내용’, ‘추정가격’ 등도 알아봅니다.",
    "top": "수요마다 추천 기업 수",
    "submit": "매칭하기",
    "progress": "매칭하는 중… {pct}%",
    "empty": "매칭할 수요가 없습니다. 내용을 한 줄 이상 입력해 주세요.",
    "too_many": "한 번에 {max:,}건까지 매칭할 수 있습니다. 파일을 나눠 주세요.",
    "summary": "수요 {n}건 중 {matched}건에 공급 기업을 찾았고, {none}건은 카탈로그에 맞는 제품이 없습니다.",
    "no_match": "맞는 제품 없음",
    "nearest": "가까운 분류: {cats}",
    "download_xlsx": "결과 엑셀 내려받기",
    "sheet_results": "매칭결과",
    "sheet_needs": "수요",
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
