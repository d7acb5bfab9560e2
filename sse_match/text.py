"""Korean user-facing text, kept in one place. Code uses stable ASCII keys; pages look labels up here."""

from __future__ import annotations

from typing import Any

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
    "signing_in": "로그인하는 중입니다…",
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
    "price_note": "단가 조건: {said} (넘는 제품은 뒤에 보입니다)",
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


FIELD_LABELS = {  # stable field names → the Korean names forms, files and errors use
    "name": "제품명", "spec": "규격", "description": "설명", "unit": "단위", "category": "분류",
    "unit_price": "단가", "enterprise_name": "기업명", "representative": "대표자", "address": "주소",
    "phone": "전화", "email": "전자우편", "homepage": "홈페이지", "main_business": "주요 사업",
    "cert_no": "인증번호", "biz_no": "사업자등록번호", "workers": "근로자 수", "vulnerable": "취약계층 근로자",
    "youth": "청년 근로자", "cert_date": "인증일", "cert_expiry": "인증 만료일", "code": "제품코드",
    "purchased_on": "구매일자", "amount": "구매금액", "kind": "구분", "contract_method": "계약방법",
    "institution": "기관명", "enterprise": "업체명", "product": "제품", "purchase": "구매 실적",
    "target": "협약 목표", "total": "물품·용역 총구매액", "se_type": "기업 유형", "review_reason": "반려 사유",
    "source_record_id": "원본 레코드 번호"}


# --- sessions, password change, templates (issue 13) ---
# Internal values as people read them; tables never show the stored code (`active`, `create`, `true`).
VALUE_LABELS: dict[str, dict[str, str]] = {
    "status": {"active": "활동 중", "closed": "폐업", "suspended": "지정 취소·정지", "pending": "심사 중",
               "approved": "승인", "rejected": "반려", "retired": "판매 종료"},
    "role": {"admin": "사회적경제지원과", "officer": "구매담당자", "enterprise": "기업"},
    "action": {"create": "등록", "update": "수정", "delete": "삭제", "import": "파일로 가져오기",
               "approve": "승인", "reject": "반려", "retire": "판매 종료", "pending": "심사 요청",
               "disable": "계정 끄기", "enable": "계정 켜기", "reset_password": "비밀번호 재설정",
               "change_password": "비밀번호 변경", "lock": "로그인 잠금", "place": "좌표 수정",
               "snapshot": "근로자 현황 기록"},
    "table_name": {"products": "제품·서비스", "enterprises": "기업", "users": "사용자", "purchases": "구매 실적",
                   "agreements": "구매 협약", "workforce_snapshots": "근로자 현황", "needs": "수요"},
    "placement": {"exact": "정확한 좌표", "행정동": "행정동 중심", "법정동": "법정동 대표점", "구": "구 중심",
                  "none": "위치 없음"},
}
BOOL_LABELS = {True: "예", False: "아니요"}
# Field names inside the change log, for the readable 바뀐 내용 column.
FIELD_NAMES = {
    "name": "이름", "unit_price": "단가", "unit": "단위", "category": "분류", "spec": "규격", "description": "설명",
    "status": "상태", "review_note": "심사 의견", "amount": "금액", "purchased_on": "구매일자", "kind": "구분",
    "contract_method": "계약방법", "biz_no": "사업자등록번호", "representative": "대표자", "address": "주소",
    "cert_no": "인증번호", "cert_date": "인증일", "cert_expiry": "인증 만료일", "main_business": "주요 사업",
    "categories": "분야", "phone": "전화", "email": "전자우편", "homepage": "누리집", "lat": "위도", "lon": "경도",
    "disabled": "꺼짐", "password": "비밀번호", "role": "역할", "login": "아이디", "display_name": "표시 이름",
    "target_amount": "목표 금액", "target_ratio": "목표 비율", "total_goods_services": "물품·용역 총구매액",
    "institution_id": "기관", "enterprise_id": "기업", "product_id": "제품", "se_type": "기업 유형",
    "locked_until": "잠김 해제", "failed_attempts": "틀린 횟수", "version": "판", "code": "제품코드",
}
ONCE = {
    "duplicate": "방금 저장한 내용과 같아 다시 저장하지 않았습니다 (두 번 누름). 같은 내용을 한 번 더 넣으려면 아래 칸을 고르고 다시 저장하세요.",
    "again": "같은 내용을 한 번 더 저장합니다",
}
PAGE_TITLES["account"] = "내 계정"
ACCOUNT = {
    "title": "내 계정",
    "last_sign_in": "지난 로그인: {at}",
    "first_sign_in": "이번이 첫 로그인입니다.",
    "change": "비밀번호 바꾸기",
    "old": "지금 비밀번호",
    "new": "새 비밀번호 (10자 이상, 아이디와 다르게)",
    "new2": "새 비밀번호 한 번 더",
    "mismatch": "새 비밀번호 두 칸이 서로 다릅니다.",
    "changed": "비밀번호를 바꿨습니다. 다른 곳에서 로그인한 세션은 모두 끝났습니다. 새 비밀번호로 다시 로그인해 주세요.",
}
UPLOADER = {"browse": "파일 고르기", "drop": "끌어다 놓아도 됩니다 · 파일당 200MB"}
PLACEHOLDER_MULTI = "고르세요"
PLACEHOLDER_ONE = "고르세요"
EMPTY_TABLE = "표시할 항목이 없습니다."
MY.update({
    "rejected_note": "반려된 제품: **{name}** ({code}) — 사유: {reason}. 아래 '제품 고치기'에서 고쳐 저장하면 다시 심사를 요청합니다.",
    "no_products": "아직 등록한 제품이 없습니다. 아래 '새 제품 등록'이나 '엑셀로 한꺼번에 올리기'로 추가해 주세요.",
})
HOME.update({
    "new_jobs": "늘어난 일자리",
    "new_jobs_help": "2018.6.30 기준 근로자 1,253명 대비 지금까지 늘어난 수 (계획 기간 2018.7~2022.6의 목표는 1,000개)",
    "jobs_periods": ("일자리 계획 기간(2018.7~2022.6)에 {plan:,}개 늘어 목표 1,000개의 {ratio}를 이뤘고, "
                     "2018.6 기준 이후 지금까지 모두 {since:,}개 늘었습니다."),
    "officer_title": "{inst} · {year}년 우선구매",
    "recent": "최근 구매 실적",
    "reminders": "할 일",
    "remind_plan": "1월 말까지 올해 구매계획을 입력해 주세요 (구매 실적 → 협약 목표).",
    "remind_behind": "달성률이 같은 날짜 기준 목표 진도({pace})보다 낮습니다. 남은 금액 {remaining}.",
    "remind_none": "지금은 할 일이 없습니다.",
    "no_target": "올해 협약 목표가 아직 없습니다.",
})
JOBS.update({"plan_note": HOME["jobs_periods"], "plan_metric": "계획 기간 일자리", "plan_help": "2018.7~2022.6, 목표 1,000개"})
PURCHASES.update({"top10": "상위 10개 비중", "total": "{year}년 구매액", "inside": "전주 기업 비중"})
MAP.update({
    "no_boundary": "행정동 경계 파일이 없어 행정동 이름으로 위치를 표시합니다. 경계를 그리려면 관리자에게 경계 파일 설정을 요청하세요.",
    "gap_empty": "최근 2년 동안 구매나 검색이 있었는데 전주 공급 기업이 없는 분야는 아직 없습니다.",
    "legend_type": "점 색깔: 기업 유형",
    "legend_size": "점 크기: 근로자 수 (클수록 많음)",
    "legend_column": "기둥 높이: 근로자 수",
    "legend_hex": "육각형 높이: 그 안의 기업 수",
})
# 양식 내려받기: for each upload, the columns (Korean header → one example value) and what each means.
TEMPLATES: dict[str, dict[str, Any]] = {
    "purchases": {
        "file": "구매실적_양식.xlsx", "sheet": "구매실적",
        "columns": {"기관명": "전주시청", "업체명": "(예시)전주사회적협동조합", "사업자등록번호": "418-81-35067",
                    "구매일자": "2026-03-15", "구매금액": 777000, "구분": "물품", "계약방법": "수의계약(1인 견적)",
                    "품명": "행사용 도시락 50개"},
        "notes": {"기관명": "구매한 기관 (구매담당자는 자기 기관만 올릴 수 있습니다)",
                  "업체명": "사회적경제기업 이름 (등록부의 이름, 사업자등록번호가 있으면 그것으로 찾습니다)",
                  "사업자등록번호": "10자리 숫자, 하이픈은 있어도 없어도 됩니다",
                  "구매일자": "YYYY-MM-DD, 오늘 이후는 안 됩니다", "구매금액": "원 단위 정수, 0보다 커야 합니다",
                  "구분": "물품, 용역, 공사 중 하나", "계약방법": "수의계약, 입찰 등", "품명": "산 물건이나 용역"},
    },
    "catalog": {
        "file": "제품등록_양식.xlsx", "sheet": "제품",
        "columns": {"제품명": "행사용 도시락", "분류": "식품·도시락·케이터링", "규격": "1인분, 친환경 용기", "단가": 9000,
                    "단위": "개", "설명": "전주산 쌀과 제철 반찬"},
        "notes": {"제품명": "꼭 적어야 합니다", "분류": "꼭 적어야 합니다. 앱의 분류 이름 중 하나",
                  "규격": "크기·용량 등 (선택)", "단가": "원 단위 정수 (꼭 적어야 합니다)",
                  "단위": "개, 식, 회, 월 등 (꼭 적어야 합니다)", "설명": "구매담당자가 읽을 설명 (선택)"},
    },
    "needs": {
        "file": "수요목록_양식.xlsx", "sheet": "수요",
        "columns": {"수요번호": 1, "수요내용": "청사 정기 방역 용역", "수량": 12, "예산": 3600000},
        "notes": {"수요번호": "목록 안에서 겹치지 않는 번호", "수요내용": "사려는 것을 평소 말로 (꼭 적어야 합니다)",
                  "수량": "선택", "예산": "원 단위 (선택)"},
    },
    "registry": {
        "file": "기업명단_양식.xlsx", "sheet": "기업명단",
        "columns": {"레코드ID": 1001, "기업명": "(예시)전주사회적협동조합", "기업유형": "사회적협동조합",
                    "주소": "전북특별자치도 전주시 완산구 노송광장로 10", "주요사업": "도시락 제조",
                    "사업자등록번호": "418-81-35067", "대표자": "홍길동", "전화번호": "063-000-0000"},
        "notes": {"레코드ID": "공식 명단의 고유 번호 (다음 가져오기 때 같은 기업을 찾습니다)",
                  "기업명": "꼭 적어야 합니다", "기업유형": "사회적기업, 예비사회적기업, 마을기업, 자활기업, 협동조합, 사회적협동조합",
                  "주소": "도로명 주소", "주요사업": "선택", "사업자등록번호": "10자리 숫자",
                  "대표자": "선택", "전화번호": "선택"},
    },
}
TEMPLATE_BUTTON = "양식 내려받기 (엑셀)"
ADMIN.update({
    "pick": "표 왼쪽 칸을 눌러 심사할 제품을 고르세요 (여러 개 고를 수 있습니다).",
    "picked": "제품 {n}개를 골랐습니다.",
    "queue_filter": "제품명·기업명·제품코드로 거르기",
    "none_picked": "표 왼쪽 칸을 눌러 제품을 먼저 고르세요.",
    "user_changed": "{login} 계정을 바꿨습니다. 그 계정의 로그인 세션은 모두 끝났습니다.",
    "audit_empty": "이 조건에 맞는 변경 기록이 없습니다. 기간이나 대상을 바꿔 보세요.",
    "reason_needed": "반려할 때는 기업이 고칠 수 있게 반려 사유를 적어 주세요.",
})


# --- matching (issue 11) ---
RESULT_COLUMNS["item"] = "품목"  # which item of a need of several items a row answers
RESULT_COLUMNS["unanswered"] = "찾지 못한 품목"  # items of a need nothing fits, kept in the download
MATCHING = {
    "similar": "비슷한 제품 (맞는 제품은 아니지만 가장 가까운 것들입니다)",
    "items": "여러 품목으로 나눠 찾았습니다: {items}",
    "unanswered": "‘{items}’에 맞는 제품은 찾지 못했습니다. 그 품목만 다른 말로 다시 검색해 보세요.",
    "problem_empty": "찾을 내용이 없습니다. 구매할 물품이나 용역 이름을 적어 주세요.",
    "problem_no_words": "글자가 없어 찾을 수 없습니다. 물품이나 용역 이름을 한글로 적어 주세요.",
    "problem_only_digits": "숫자만으로는 찾을 수 없습니다. 수량이나 금액과 함께 물품 이름을 적어 주세요 (예: 도시락 200개).",
    "problem_lone_choseong": "초성 한 글자로는 찾을 수 없습니다. 초성을 두 글자 이상 적어 주세요 (예: ㅎㅅㅁ).",
    "problem_too_long": "내용이 길어 앞부분 {n}자까지만 읽었습니다. 수요는 한 줄로 적어 주세요.",
}


# --- quotes (issue 14) ---
PAGE_TITLES["quotes"] = "견적 요청"
QUOTE_STATUS = {"open": "답변 받는 중", "closed": "마감", "cancelled": "취소", "chosen": "업체 선정 (납품 확인 전)",
                "purchased": "구매 확정"}
QUOTE_REPLY = {"sent": "답변 전", "answered": "견적 보냄", "declined": "사양"}
QUOTE_OUTCOME = {"open": "답변 받는 중", "closed": "마감", "cancelled": "취소됨", "chosen": "선정됨",
                 "not_chosen": "선정되지 않음"}
QUOTES = {
    "title": "견적 요청",
    "intro": "찾은 사회적경제기업에 견적을 요청하고, 답변을 비교해 한 곳을 고른 뒤 납품이 끝나면 구매 실적으로 확정합니다.",
    "sections": {"mine": "요청 목록", "funnel": "현황 (사회적경제지원과)"},
    "none": "아직 보낸 견적 요청이 없습니다. 제품 검색이나 수요 매칭 결과에서 기업을 골라 견적을 요청해 보세요.",
    "pick": "견적 요청 고르기",
    "notices": "알림 {n}건",
    "no_notices": "새 알림이 없습니다.",
    "mark_read": "모두 읽음으로 표시",
    "request": "요청 내용",
    "files": "첨부 파일",
    "download": "{name} 내려받기",
    "compare": "답변 비교",
    "no_answers": "아직 답변이 없습니다.",
    "choose": "이 견적으로 선정",
    "choose_pick": "선정할 기업",
    "choose_submit": "선정하고 구매 초안 만들기",
    "chosen_ok": "{name}을(를) 선정했습니다. 구매 초안이 만들어졌고, 납품이 끝나면 아래에서 확정해 주세요.",
    "close": "지금 마감 (더 이상 답변 받지 않음)",
    "cancel": "요청 취소",
    "closed_ok": "마감했습니다.",
    "cancelled_ok": "취소했습니다.",
    "draft": "구매 초안: {name} · {amount} · 예정일 {on}. 확정 전에는 협약 실적에 들어가지 않습니다.",
    "confirm": "납품 확인 후 구매 실적 확정",
    "confirm_on": "실제 납품일",
    "confirm_amount": "실제 구매 금액 (원, 부가세 포함)",
    "confirm_submit": "구매 실적으로 확정",
    "confirmed_ok": "구매 실적으로 확정했습니다: {amount}. 기관의 협약 달성률에 반영됩니다.",
    "purchased": "구매 실적으로 확정된 요청입니다.",
    "hint_note": "참고용",
    "funnel_year": "연도",
    "funnel_totals": "요청 {requests:,}건 → 답변 받음 {answered:,}건 → 선정 {chosen:,}건 → 구매 확정 {purchased:,}건",
    "median": "첫 답변까지 (중앙값)",
    "median_value": "{days:.1f}일",
    "share": "요청을 거친 구매 비중",
    "share_help": "올해 확정된 구매 실적 중 견적 요청에서 이어진 것의 비율 (건수 기준, 괄호는 금액 기준)",
    "by": "나눠 보기",
    "silent": "요청을 받고 한 번도 답하지 않은 기업 (코칭 대상)",
    "silent_none": "마감이 지난 요청에 모두 답했습니다.",
}
QUOTE_COLUMNS = {
    "id": "요청번호", "institution_name": "기관", "item_name": "품명", "quantity": "수량", "unit": "단위",
    "deliver_by": "납기", "answer_by": "답변 마감일", "status": "상태", "sent": "보낸 곳", "answered": "견적",
    "declined": "사양", "created_at": "보낸 때", "enterprise_name": "기업", "se_type": "유형", "amount": "견적 금액(원)",
    "vat": "부가세", "amount_with_vat": "부가세 포함 금액(원)", "delivery_on": "납품 가능일", "memo": "메모",
    "cert": "인증·지정", "place": "위치 (구·동)", "first_time": "처음 거래", "own_count": "우리 기관 구매 건수",
    "own_total": "우리 기관 구매액(원)", "file": "파일", "reply": "답변", "outcome": "결과", "requests": "요청",
    "chosen": "선정", "purchased": "구매 확정", "received": "받은 요청", "last_received": "마지막 요청일",
    "institution": "기관", "category": "분야", "month": "월", "decline_reason": "사양 사유",
}
SUPPLIER = {
    "title": "기업 정보와 견적 요청",
    "cert": "인증·지정",
    "cert_valid": "{type} · 유효{until}",
    "cert_invalid": "{type} · 인증·지정 기간이 지났습니다{until}",
    "until": " (만료 {date})",
    "record": "공공구매 실적",
    "record_line": "{count:,}건 · {total} · {insts:,}개 기관 · 마지막 구매 {last}",
    "record_none": "기록된 공공구매 실적이 없습니다.",
    "first_time": "우리 기관과는 처음 거래하는 기업입니다.",
    "repeat": "우리 기관이 {count:,}번 구매했습니다 ({total}).",
    "products": "승인된 제품·서비스 ({n}개)",
    "picker": "견적을 요청할 기업 고르기 (1~5곳)",
    "picker_help": "결과에서 기업을 골라 자세히 보거나 견적을 요청합니다.",
    "open": "자세히 보기 · 견적 요청",
    "need_mode": "수요 하나의 매칭 기업 모두에게 보내기",
    "need_pick": "수요",
    "form": "견적 요청서",
    "to": "받는 기업: {names}",
    "item_name": "품명", "quantity": "수량", "unit": "단위", "deliver_by": "납기", "delivery_place": "납품 장소",
    "estimated_price": "추정가격 (원, 부가세 제외)", "answer_by": "답변 마감일", "memo": "메모",
    "files": "첨부 (PDF, XLSX, HWP, HWPX · 파일당 10MB 이하)",
    "send": "보내기",
    "sent": "견적 요청을 보냈습니다 (요청번호 {id}). 견적 요청 화면에서 답변을 볼 수 있습니다.",
    "again": "새 요청 쓰기",
    "hint": "1인 견적 수의계약 안내 (참고용, 법률 자문 아님)",
    "only_officer": "견적 요청은 구매담당자 계정으로 보낼 수 있습니다.",
    "too_many": "한 번에 5곳까지 고를 수 있습니다.",
}
QUOTE_INBOX = {
    "section": "받은 견적 요청",
    "section_n": "받은 견적 요청 ({n})",
    "home": "답변을 기다리는 견적 요청이 {n}건 있습니다. 내 기업 · 카탈로그 → 받은 견적 요청에서 답해 주세요.",
    "none": "받은 견적 요청이 없습니다.",
    "pick": "견적 요청 고르기",
    "answer": "견적 보내기",
    "amount": "견적 금액 (원)",
    "vat": "부가가치세",
    "vat_in": "포함", "vat_out": "별도",
    "delivery_on": "납품 가능일",
    "memo": "메모",
    "file": "견적서 파일 (선택: PDF, XLSX, HWP, HWPX · 10MB 이하)",
    "send": "견적 보내기",
    "sent": "견적을 보냈습니다.",
    "decline": "사양하기",
    "reason": "사양 사유",
    "decline_submit": "사양하기",
    "declined": "사양했습니다.",
    "closed": "답변을 받지 않는 요청입니다 (마감·취소 또는 마감일 지남).",
    "mine": "보낸 답변: {amount} (부가세 {vat}) · 납품 가능일 {on}",
    "mine_declined": "사양함: {reason}",
}


# --- city plan (issue 15) ---
PAGE_TITLES["plan"] = "계획 이행"
PLAN = {
    "title": "계획 이행",
    "intro": "지속가능한 사회적경제 일자리 1,000개 육성 (2018 ~ 2022.6) 계획의 목표마다 목표·실적·달성률·추세를 봅니다.",
    "sections": {"table": "목표와 실적", "record": "기록 입력·고치기", "import": "파일로 올리기", "mentoring": "멘토링 짝 추천"},
    "year": "연도",
    "today": "기준일 {today}",
    "rule": "신호등 규칙",
    "xlsx": "연도별 목표 및 추진계획 엑셀",
    "drill": "자세히 볼 목표",
    "drill_none": "표에서 행을 고르거나 위에서 목표를 고르면 실적 뒤의 기록이 나옵니다.",
    "rows": "{name}: 기록 {n:,}건",
    "no_rows": "이 연도에 해당하는 기록이 없습니다.",
    "no_target": "목표 없음",
    "kind": "기록 종류",
    "new": "새 기록",
    "saved": "저장했습니다.",
    "updated": "고쳤습니다.",
    "deleted": "지웠습니다.",
    "edit": "고칠 기록 (번호)",
    "save": "저장",
    "change": "고치기",
    "delete": "지우기",
    "template": "{label} 양식 내려받기 (엑셀)",
    "upload": "{label} 파일 (CSV 또는 엑셀, 양식의 머리글 그대로)",
    "import_bad": "고칠 곳이 {n}군데 있어 아무것도 올리지 않았습니다:",
    "import_ok": "{n:,}행을 확인했습니다. 모두 올릴까요?",
    "import_go": "{n:,}건 올리기",
    "imported": "{n:,}건을 올렸습니다.",
    "mentee": "멘티 기업 (신규)",
    "suggestions": "추천 멘토 (같은·가까운 분야, 운영 연수·근로자·공공구매 실적, 가까운 곳 순)",
    "no_suggestion": "조건에 맞는 선도기업이 없습니다. 경쟁 허용을 켜 보거나 직접 고르세요.",
    "allow": "같은 기관에 납품하는 기업도 보기 (경쟁 허용)",
    "mentor": "멘토 기업",
    "reason": "조정 사유 (추천 1순위와 다른 멘토를 고를 때 꼭 적어 주세요)",
    "start": "시작일",
    "pair_saved": "멘토링 짝을 저장했습니다.",
    "outcomes": "멘토링 효과: 멘티의 다음 해 공공구매 판매·근로자 변화와 비슷한 비(非)멘티 기업 평균",
    "conversions": "연도별 전환 (목표 년 50개 100명)",
    "stalls": "단계별 후보와 멈춘 곳 (한 단계에 1년 넘게 머문 후보)",
    "observed": "재정지원 약정 일자리와 실제 근로자 변화 (지원 시작 6개월·12개월 뒤 근로자 기록)",
    "youth_fields": "분야별 참여와 종료 후 계속 고용",
    "execution": "연도·재원별 예산 대비 집행률",
    "by_programme": "사업별 집행액",
    "enterprise_title": "재정지원 · 1:1 멘토링",
    "enterprise_grants": "우리 기업이 받은 재정지원",
    "enterprise_pairs": "우리 기업의 멘토링",
    "enterprise_meetings": "멘토링 만남",
    "enterprise_none": "기록이 없습니다.",
    "link_title": "발굴 후보와 기업 연결 (온두레 → 예비 → 전환)",
    "link_candidate": "전환한 후보",
    "link_enterprise": "연결할 기업",
    "link_save": "연결 저장",
    "linked": "후보와 기업을 연결했습니다.",
    "yes": "예",
    "no": "아니오",
    "blank": "(비움)",
}
PLAN_LIGHTS = {"green": "● 초록", "yellow": "● 노랑", "red": "● 빨강", "grey": "○ 회색"}
# Cell colours of the light column (text, background): the word stays, so the colour is never the only cue.
PLAN_LIGHT_COLOURS = {"green": ("#1b5e20", "#e8f5e9"), "yellow": ("#7a5b00", "#fff8e1"), "red": ("#b71c1c", "#ffebee"),
                      "grey": ("#555555", "#f5f5f5")}
PLAN_COLUMNS = {
    "stage": "단계", "name": "목표", "unit": "단위", "period": "기간", "target": "목표값", "actual": "실적",
    "percent": "달성률(%)", "previous": "전년 실적", "trend": "추세", "light": "신호등", "note": "계획 원문",
    "id": "번호", "enterprise_name": "기업", "host_enterprise_name": "참여 기업", "mentee_name": "멘티",
    "mentor_name": "멘토", "people": "인원", "gu": "구", "ondure_on": "온두레 선정일", "prelim_kind": "예비 단계 구분",
    "prelim_on": "예비 단계일", "converted_type": "전환 유형", "converted_on": "전환일", "programme": "사업",
    "amount": "금액(원)", "start_on": "시작일", "end_on": "종료일", "jobs_promised": "약정 일자리", "participant": "참여자",
    "field": "분야", "host_name": "참여 기관", "stayed_employed": "계속 고용", "jobs_created": "창출 일자리",
    "year": "연도", "source": "재원", "spent_on": "집행일", "started_on": "시작일", "ended_on": "종료일",
    "override_reason": "조정 사유", "outcome": "성과", "space": "소통협력공간", "participants": "참여 인원",
    "startups_founded": "창업 수", "held_on": "운영일", "school": "학교", "topic": "주제", "students": "학생 수",
    "kind": "구분", "won": "선정", "new_jobs": "늘어난 일자리", "cumulative": "누적", "workers": "근로자",
}


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

SECURITY = {
    "locked": "잠긴 계정",
    "unlock": "잠금 풀기",
    "none_locked": "잠긴 계정이 없습니다.",
    "unlocked": "{login} 계정의 잠금을 풀었습니다.",
}
DB_BUSY = "다른 작업이 데이터베이스를 쓰고 있어 저장하지 못했습니다. 입력한 내용은 그대로 있으니 잠시 후 다시 시도해 주세요."
DB_NEWER = ("데이터베이스가 이 프로그램보다 새 버전({found})으로 만들어졌습니다. 자료를 지키려고 아무것도 쓰지 않았습니다. "
            "프로그램을 최신 버전으로 올려 주세요.")
DB_NOT_A_DATABASE = "지정한 파일은 이 프로그램의 데이터베이스가 아닙니다 (SQLite 파일이 아니거나 손상됨). 경로를 확인해 주세요."
DB_NO_VERSION = "데이터베이스에 구조 버전 기록(alembic_version)이 없습니다. `python -m sse_match init`으로 준비해 주세요."
UNEXPECTED = "처리 중 문제가 생겼습니다. 입력한 내용은 그대로 있습니다. 잠시 후 다시 시도하고, 계속되면 사회적경제지원과에 알려 주세요."
