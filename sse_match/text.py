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
    "my_enterprise": "내 기업 · 카탈로그",
    "purchases": "구매 실적",
    "jobs": "일자리",
    "map": "기업 지도",
    "admin": "관리",
}

AUTH = {
    "title": "로그인",
    "intro": "전주시 사회적경제 공공구매 매칭 서비스입니다. 발급받은 아이디로 로그인해 주세요.",
    "login": "아이디",
    "password": "비밀번호",
    "submit": "로그인",
    "oidc": "기관 통합 계정으로 로그인",
    "oidc_unknown": "{email} 계정은 아직 등록되지 않았습니다. 사회적경제지원과에 사용자 등록을 요청해 주세요.",
    "signed_in": "{name} · {role}",
    "logout": "로그아웃",
    "expired": "{minutes}분 동안 사용하지 않아 로그아웃되었습니다. 다시 로그인해 주세요.",
    "forbidden": "이 화면을 볼 권한이 없습니다.",
    "demo_hint": "예시 계정: admin / demo-admin, officer / demo-officer, enterprise / demo-enterprise",
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

STATUS_LABELS = {"pending": "심사 중", "approved": "승인", "rejected": "반려", "retired": "판매 중지"}

MY = {
    "title": "내 기업 · 카탈로그",
    "sections": {"catalog": "카탈로그", "profile": "기업 정보", "upload": "엑셀로 한꺼번에 올리기"},
    "products": "등록한 제품·서비스",
    "new": "새 제품·서비스 등록",
    "edit": "고칠 제품 고르기",
    "edit_form": "제품 고치기",
    "save": "저장",
    "add": "등록 (심사 요청)",
    "retire": "판매 중지",
    "added": "등록했습니다. 사회적경제지원과 심사 뒤 검색에 나옵니다.",
    "saved": "저장했습니다. 바뀐 제품은 다시 심사를 받습니다.",
    "retired": "판매를 중지했습니다.",
    "profile_saved": "기업 정보를 저장했습니다.",
    "workers": "현재 근로자 (오늘 날짜로 기록)",
    "cert_note": "인증번호·인증일·만료일은 사회적경제지원과가 관리합니다.",
    "upload_help": "열: 제품명, 분류, 규격, 단가, 단위, 설명 (CSV는 UTF-8 또는 CP949, 또는 엑셀). 한 행이라도 틀리면 아무것도 "
                   "등록하지 않고 틀린 곳을 모두 알려 드립니다.",
    "upload_ok": "{n}개 행을 확인했습니다. 아래 내용으로 등록할까요?",
    "upload_bad": "파일에 고칠 곳이 {n}군데 있어 아무것도 등록하지 않았습니다:",
    "upload_submit": "{n}개 모두 등록",
    "uploaded": "{n}개 제품을 등록했습니다 (심사 중).",
    "no_enterprise": "이 계정에 연결된 기업이 없습니다. 사회적경제지원과에 문의해 주세요.",
    "conflict_keep": "입력하신 내용은 화면에 그대로 있습니다.",
    "reload": "최신 내용으로 다시 불러오기",
}


def md_escape(value: object) -> str:
    """User-written text placed in a markdown element is shown as typed, never as formatting or links."""
    s = "" if value is None else str(value)
    for ch in "\\`*_{}[]()<>#+-.!|~":
        s = s.replace(ch, "\\" + ch)
    return s

ADMIN = {
    "title": "관리",
    "sections": {"moderation": "제품 심사", "registry": "기업 등록부", "import": "공식 명단 가져오기",
                 "reminders": "인증·카탈로그 알림", "users": "사용자", "audit": "변경 기록"},
    "queue_empty": "심사를 기다리는 제품이 없습니다.",
    "queue": "심사 대기 {n}건",
    "pick": "심사할 제품 (여러 개 고를 수 있습니다)",
    "pick_placeholder": "기업명이나 제품명을 입력해 고르세요",
    "approve": "선택한 제품 승인",
    "reject": "선택한 제품 반려",
    "reason": "반려 사유 (반려할 때 꼭 적어 주세요)",
    "approved": "{n}건을 승인했습니다. 다음 검색부터 나옵니다.",
    "rejected": "{n}건을 반려했습니다.",
    "none_picked": "먼저 표에서 제품을 선택해 주세요.",
    "import_help": "행정안전부 마을기업 현황, 한국자활복지개발원 자활기업현황 같은 공식 명단(CSV·엑셀)을 올리면 "
                   "기존 기업과 맞춰 새로 추가·변경·변경 없음으로 나눠 보여 드립니다.",
    "mapping": "열 연결",
    "preview": "새로 추가 {new}건 · 변경 {updated}건 · 변경 없음 {unchanged}건",
    "apply": "가져오기",
    "applied": "가져왔습니다: 새로 추가 {new}건, 변경 {updated}건.",
    "new_enterprise": "기업 새로 등록",
    "edit_enterprise": "기업 정보 고치기 (인증·사업자등록번호 포함)",
    "ent_saved": "기업 정보를 저장했습니다.",
    "approx": "위치가 대략적인 기업 {n}곳 (좌표로 고치기)",
    "approx_help": "주소에 행정동이 없어 법정동이나 구 중심에 놓인 기업입니다. 정확한 위도·경도를 넣으면 그 좌표가 우선합니다.",
    "placed": "좌표를 저장했습니다.",
    "created": "기업을 등록했습니다.",
    "reminders_empty": "알림이 없습니다.",
    "download": "엑셀 내려받기",
    "new_user": "사용자 만들기",
    "user_created": "사용자를 만들었습니다.",
    "reset": "비밀번호 바꾸기",
    "toggle": "계정 끄기/켜기",
}

PURCHASES = {
    "title": "구매 실적",
    "sections": {"institution": "기관 현황", "department": "전체 현황", "record": "실적 입력", "import": "파일로 올리기",
                 "agreements": "협약 목표", "check": "구매대행 점검"},
    "year": "연도",
    "institution": "기관",
    "target": "협약 목표",
    "purchased": "구매액",
    "achievement": "달성률",
    "remaining": "남은 금액",
    "forecast": "연말 예상",
    "points": "경영평가 가점",
    "no_agreement": "{year}년 협약 목표가 없습니다.",
    "chart_title": "월별 누적 구매액과 목표 안분선",
    "cumulative": "누적 구매액",
    "pro_rata": "목표 안분선",
    "total": "{year}년 구매액 (사회적경제기업)",
    "inside": "전주 안 기업 비중",
    "top10": "상위 10개 기업 비중",
    "hhi": "집중도 (HHI)",
    "sole": "수의계약 비중",
    "first_time": "처음 거래한 기업",
    "drill": "표에서 행을 고르면 해당 구매 내역이 아래에 나옵니다.",
    "rows_of": "{what}의 구매 내역 {n:,}건",
    "report": "보고서 엑셀 (요약·기관별·기업별·월별·일자리)",
    "rows_csv": "올해 구매 내역 CSV",
    "recorded": "구매 실적을 저장했습니다.",
    "imported": "{n:,}건을 올렸습니다.",
    "dupes": "중복으로 보이는 행이 {n}건 있습니다 (같은 기관·기업·날짜·금액):",
    "dupes_ok": "중복으로 보이는 행도 모두 넣기",
    "import_ok": "{n:,}행을 확인했습니다 (합계 {amount}).",
    "import_submit": "{n:,}건 올리기",
    "agreement_saved": "협약 목표를 저장했습니다.",
    "check_intro": "기업이 등록한 사업 분야 밖의 품목을 납품한 구매입니다. 사회적경제기업을 거쳐 다른 업체 물품을 사는 "
                   "구매대행이 아닌지 확인해 보세요.",
    "corrected": "고쳤습니다.",
    "deleted": "지웠습니다.",
}

JOBS = {
    "title": "일자리",
    "plan": "일자리 1,000개 계획 대비 (2018.7 ~ 2022.6)",
    "new_jobs": "늘어난 일자리",
    "cumulative": "누적",
    "target": "목표",
    "by_type": "유형별 근로자 추이",
    "by_place": "구·행정동별 근로자",
    "grew": "지난 1년 근로자가 가장 많이 는 기업",
    "shrank": "지난 1년 근로자가 가장 많이 준 기업",
    "budget": "사업비 (연도별·재원별, 231.4억원)",
    "vulnerable": "취약계층 근로자",
    "youth": "청년 근로자",
}

MAP = {
    "title": "기업 지도",
    "intro": "사회적경제기업이 어디에 있고, 일자리와 공공구매가 어디로 가는지 봅니다. 지도 배경 없이도 읽히도록 "
             "행정동 경계나 이름을 그립니다.",
    "mode": "표시",
    "modes": {"points": "기업 (점)", "hexagon": "육각 집계", "columns": "근로자 기둥"},
    "measure": "행정동 색칠 기준",
    "flows": "기관 → 기업 구매 흐름 (상위)",
    "gaps": "공급 없는 분야 표시",
    "types": "기업 유형", "categories": "분야", "places": "구·행정동", "cert_only": "인증·지정 유효만", "year": "연도",
    "count": "지도에 보이는 기업 {n:,}곳 · 근로자 {w:,}명",
    "unplaced": "주소로 위치를 정하지 못한 기업 {n}곳은 지도에 없습니다 (관리 → 기업 등록부에서 고칠 수 있습니다).",
    "no_boundary": "행정동 경계 파일이 설정되지 않아 행정동 이름으로 표시합니다 (SSE_BOUNDARY_GEOJSON).",
    "pick": "기업 자세히 보기",
    "details": "기업 정보",
    "products": "승인된 제품·서비스",
    "table": "지도에 보이는 기업",
    "per_dong": "행정동별 집계",
    "gap_title": "공급 기업이 없는 분야 (최근 2년 구매·검색 기준)",
    "download": "CSV 내려받기",
    "precision": {"exact": "정확한 좌표", "행정동": "행정동 중심", "법정동": "법정동 대표점", "구": "구 중심", "none": "위치 없음"},
}


# --- sessions, password change, templates (issue 13) ---


# --- matching (issue 11) ---
RESULT_COLUMNS["item"] = "품목"  # which item of a need of several items a row answers
MATCHING = {
    "similar": "비슷한 제품 (맞는 제품은 아니지만 가장 가까운 것들입니다)",
    "items": "여러 품목으로 나눠 찾았습니다: {items}",
    "problem_empty": "찾을 내용이 없습니다. 구매할 물품이나 용역 이름을 적어 주세요.",
    "problem_no_words": "글자가 없어 찾을 수 없습니다. 물품이나 용역 이름을 한글로 적어 주세요.",
    "problem_only_digits": "숫자만으로는 찾을 수 없습니다. 수량이나 금액과 함께 물품 이름을 적어 주세요 (예: 도시락 200개).",
    "problem_lone_choseong": "초성 한 글자로는 찾을 수 없습니다. 초성을 두 글자 이상 적어 주세요 (예: ㅎㅅㅁ).",
    "problem_too_long": "내용이 길어 앞부분 {n}자까지만 읽었습니다. 수요는 한 줄로 적어 주세요.",
}


# --- quotes (issue 14) ---


# --- city plan (issue 15) ---


# --- reliability (issue 12) ---


# --- learning from use (issue 11) ---
LEARNING = {
    "section": "검색어 학습",
    "title": "검색어 학습 제안",
    "intro": "구매담당자가 찾지 못한 검색어 뒤에 바로 다시 검색하거나 열어 본·구매한 제품에서 뽑은 단어 짝입니다. "
             "승인하면 다시 시작하지 않아도 다음 검색부터 동의어로 쓰입니다.",
    "empty": "아직 제안할 단어가 없습니다. 서로 다른 담당자 {users}명 이상이 {sessions}번 이상 같은 단어로 찾지 못하고 "
             "같은 제품으로 옮겨 간 경우에 제안합니다.",
    "kinds": {"correction": "오타 교정", "hanyeong": "한영 전환", "synonym": "동의어"},
    "columns": {"query_word": "검색어", "catalog_word": "카탈로그 단어", "kind": "종류", "sessions": "검색 횟수",
                "users": "담당자 수", "share": "비율", "last_seen": "최근 검색일", "example": "검색 예",
                "status": "결정", "support": "근거 횟수", "decided_at": "결정 시각", "login": "결정한 사람"},
    "pick": "결정할 제안 (여러 개 고를 수 있습니다)",
    "pick_label": "{q} → {c} ({sessions}회, {users}명)",
    "approve": "선택한 제안 승인",
    "reject": "선택한 제안 반려",
    "none_picked": "먼저 결정할 제안을 고르세요.",
    "approved": "{n}건을 승인했습니다. 다음 검색부터 쓰입니다.",
    "rejected": "{n}건을 반려했습니다. 다시 제안하지 않습니다.",
    "unchanged": "이미 결정된 제안이라 바뀐 것이 없습니다.",
    "decided": "결정한 단어 {n}개",
    "statuses": {"approved": "승인", "rejected": "반려"},
    "withdraw_pick": "승인을 취소할 단어",
    "withdraw": "승인 취소",
    "withdrawn": "승인을 취소했습니다. 다음 검색부터 쓰이지 않습니다.",
    "opened": "열어 본 제품",
    "opened_fields": "**{name}** · {enterprise} · {price}/{unit}",
    "pick_placeholder": "검색어나 카탈로그 단어를 입력해 고르세요",
}
