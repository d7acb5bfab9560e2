"""수요·정답 생성 (카탈로그 작성 뒤에 실행).

1) needs_data.NEEDS(매칭 가능 120건) + 여기 적은 NO_MATCH(30건, 카탈로그를 본 뒤 작성)
2) 기계적 라벨링: 제품 태그 × 수요 태그
     want 태그 + 조건(spec, price_max) 충족 → 2, want 태그지만 조건 불충족 → 1, ok 태그 → 1
     location: 가게 유형 일치 + 같은 동(○○동1가 등 포함) → 2, 가게 유형 일치 + 다른 동 → 1
     multi_item: 품목별로 위 규칙, 제품별 최고 등급을 쓰고 품목 칸에 수요에 적힌 품목을 적는다
3) SWEEP: 수요의 내용어가 제품명/규격/설명에 들어 있는데 라벨이 없는 제품을 모두 나열하고
   하나씩 검토한 결과를 EXTRA_OK(추가) / OVERRIDES(등급 변경) / REVIEWED_NOT(관련 없음 확인)에 적는다.
   검토되지 않은 후보가 남으면 sweep_report.txt 에 UNREVIEWED 로 표시되고 validate.py 가 실패한다.
4) 150건을 고정 시드로 섞어 W-Q001… 번호를 붙인다.
"""
import csv
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import needs_data  # noqa: E402
from build_catalog import load_products, dong_base  # noqa: E402
import kbd  # noqa: E402

PFX = "W"
SEED = 7250

# ------------------------------------------------------------------------- no_match (카탈로그 작성 후)
# (key, 난이도, 기관, 수요내용, 겹치는 말, 해당 없음 이유)
NO_MATCH = [
    ("nm-01", "hard", "한국탄소산업진흥원 총무팀", "복합기 임대 업체", "복사용지, 재생토너(사무 출력)",
     "카탈로그에는 용지·토너 같은 소모품만 있고 복합기·복사기 임대(렌탈)는 없음"),
    ("nm-02", "hard", "전주시 환경관리원(청소행정과)", "현수막 지정게시대 설치 공사", "현수막, 지정게시대(게시 대행)",
     "현수막 제작·게시 대행은 있으나 게시대 구조물 설치 공사(시설물 공사)는 없음"),
    ("nm-03", "hard", "한국탄소산업진흥원 총무팀", "사무실 에어컨 수리 및 냉매 충전", "에어컨(분해 세척)",
     "에어컨 분해 세척(청소)만 있고 고장 수리·냉매 충전은 없음"),
    ("nm-04", "hard", "전주시 환경관리원(청소행정과)", "가로 청소차 임차", "청소(청소 용역)",
     "청소 용역·청소 도구는 있으나 청소 차량 임차는 없음"),
    ("nm-05", "hard", "전주종합경기장 관리팀", "승용식 잔디깎기 기계 구입", "잔디 깎기(관리 용역)",
     "잔디 깎기 용역은 있으나 잔디깎기 장비(기계) 판매는 없음"),
    ("nm-06", "hard", "전주종합경기장 관리팀", "경기장 야간 조명탑 전기공사", "경기장",
     "전기공사업 면허가 필요한 시설 공사로 카탈로그에 없음"),
    ("nm-07", "hard", "전주시 보훈회관", "소방시설 작동기능 점검 대행", "점검, 안전",
     "소방시설관리업 등록이 필요한 점검 용역으로 카탈로그에 없음"),
    ("nm-08", "hard", "전주시 사회복지협의회", "떡 제조기(떡메 기계) 구입", "떡",
     "떡은 팔지만 떡 만드는 기계는 없음"),
    ("nm-09", "hard", "전북특별자치도 농업기술원", "업소용 드럼 세탁기 구매", "세탁(세탁 서비스), 드럼 겸용 세제",
     "세탁 대행 서비스와 세제는 있으나 세탁기(가전·설비)는 없음"),
    ("nm-10", "hard", "전주시 자원봉사센터", "봉사자 이동용 행사 셔틀버스 대절", "행사, 봉사",
     "행사 대행·진행 요원은 있으나 버스 대절(여객 운송)은 없음"),
    ("nm-11", "hard", "전주시립국악단 사무국", "가야금 줄 교체 및 악기 수리", "가야금(국악 공연 편성)",
     "국악 공연·국악기 체험은 있으나 악기 수리는 없음"),
    ("nm-12", "hard", "청소년상담복지센터", "커피머신 렌탈", "커피(원두·커피 케이터링), 에스프레소 머신",
     "원두·출장 커피는 있으나 커피머신 대여는 없음"),
    ("nm-13", "hard", "전북특별자치도 농업기술원", "드론 방제 (논 농약 살포)", "드론(항공 촬영), 방제(해충 방제)",
     "드론 항공 촬영·건물 해충 방제는 있으나 농약 살포 드론 방제 용역은 없음"),
    ("nm-14", "hard", "전북특별자치도 농업기술원", "트랙터·관리기 농기계 임대", "농업, 텃밭, 모종",
     "모종·상토·퇴비 같은 원예 자재는 있으나 농기계 임대는 없음"),
    ("nm-15", "hard", "전주시립국악단 사무국", "대형 실사출력기(현수막 프린터) 구입", "실사출력, 현수막",
     "현수막 출력 서비스는 있으나 출력 장비 판매는 없음"),
    ("nm-16", "hard", "대한적십자사 전북지사", "도시락 배송용 냉장 탑차 구입", "도시락, 배송",
     "도시락은 있으나 냉장 차량 판매는 없음"),
    ("nm-17", "hard", "전주종합경기장 관리팀", "관람석 노후 의자 교체 공사", "관람석(청소 용역 설명), 의자(재사용 가구)",
     "관람석 청소·중고 사무가구는 있으나 경기장 좌석 교체 공사는 없음"),
    ("nm-18", "hard", "전주시 보훈회관", "어르신용 전동 휠체어 구입", "어르신, 돌봄",
     "간병·가사 돌봄 서비스는 있으나 보조기기(휠체어) 판매는 없음"),
    ("nm-19", "hard", "덕진공원·건지산 관리사무소", "공원 자전거 보관대 설치", "자전거(재생 자전거), 공원",
     "재생 자전거 판매는 있으나 보관대 구조물 설치 공사는 없음"),
    ("nm-20", "hard", "전주시립국악단 사무국", "공연용 장구·북 구입", "장구(국악기 체험·국악 공연)",
     "장구를 쓰는 공연·체험 수업은 있으나 국악기 판매는 없음"),
    ("nm-21", "easy", "한국탄소산업진흥원 총무팀", "해외 출장 항공권 발권 대행", "", "항공권 발권 서비스 없음"),
    ("nm-22", "easy", "전주시 가족센터", "직원 종합건강검진 기관", "", "의료·검진 기관 없음"),
    ("nm-23", "easy", "전주종합경기장 관리팀", "관용차 자동차보험 갱신", "", "보험 상품 없음"),
    ("nm-24", "easy", "청소년상담복지센터", "업무용 스마트폰 단말기 구입", "", "휴대전화 단말기 없음"),
    ("nm-25", "easy", "전주시 사회복지협의회", "법률 자문 변호사 선임", "", "법률 서비스 없음"),
    ("nm-26", "easy", "대한적십자사 전북지사", "세무 기장 대리 사무소", "", "세무 대리 서비스 없음"),
    ("nm-27", "easy", "전주시 자원봉사센터", "반려견 미용", "", "반려동물 서비스 없음"),
    ("nm-28", "easy", "덕진공원·건지산 관리사무소", "골프장 단체 부킹", "", "골프장 예약 서비스 없음"),
    ("nm-29", "easy", "전주시 환경관리원(청소행정과)", "주유 카드 발급", "", "유류·카드 상품 없음"),
    ("nm-30", "easy", "전북특별자치도 농업기술원", "사무실 건물 감정평가 의뢰", "", "감정평가 서비스 없음"),
]

# ------------------------------------------------------------------------- 스윕 검토 결과
# EXTRA_OK[(수요키, 제품코드)] = (등급, 이유, 품목)  — 기계 라벨에 없던 관련 제품 추가
# OVERRIDES[(수요키, 제품코드)] = (등급, 이유, 품목) — 기계 라벨을 바꿈(0이면 삭제)
# REVIEWED_NOT[(수요키, 제품코드)] = 이유             — 스윕 후보였지만 관련 없음으로 판정
EXTRA_OK, OVERRIDES, REVIEWED_NOT = {}, {}, {}


def _ok(keys, codes, grade, why, item=""):
    for k in keys.split():
        for c in codes.split():
            EXTRA_OK[(k, c)] = (grade, why, item)


def _ov(keys, codes, grade, why, item=""):
    for k in keys.split():
        for c in codes.split():
            OVERRIDES[(k, c)] = (grade, why, item)


def _no(keys, codes, why):
    for k in keys.split():
        for c in codes.split():
            REVIEWED_NOT[(k, c)] = why


# --- 추가(EXTRA_OK)
_ok("exact-05 han-09 sp-02 qty-05 long-06", "W0075", 1, "샌드위치 도시락: 밥 도시락은 아니지만 행사·교육 식사로 대체 가능")
_ok("multi-03", "W0075", 1, "샌드위치 도시락: 도시락 대체", "도시락")
_ok("han-04", "W0218", 1, "근조용이지만 같은 꽃바구니 품목")
_ok("sp-11", "W0275", 1, "보드게임을 가져와 수업하는 파견 프로그램 — 구매는 아니지만 활동 목적 대체")
_ok("multi-10", "W0275", 1, "보드게임 파견 수업 — 보드게임 활동 대체", "보드게임")
_ok("long-08", "W0103", 1, "드립백은 뜨거운 물만 있으면 현장에서 내릴 수 있어 대체 가능(바리스타 없음)")
_ok("cat-03", "W0064 W0124 W0068 W0069 W0070 W0109 W0110 W0120 W0121 W0125 W0136", 1,
    "지역 농산 가공품 낱개(선물세트 아님) — 명절 선물 대체")
_ok("cat-11", "W0269", 1, "행사 진행 인력 파견 — 운영 지원의 일부")

# --- 등급 변경(OVERRIDES)
_ov("exact-04 cho-04", "W0064 W0124", 0, "가래떡·떡국떡은 생떡이라 백설기/송편 대체로 보지 않음")
_ov("multi-06", "W0064 W0124", 1, "떡이지만 축하용으로는 부적합(가래떡·떡국떡)", "축하 떡")
_ov("typo-11", "W0104 W0107 W0113 W0114", 0, "커피·차는 생과일 주스의 대체가 아님(ok 태그 '음료'가 너무 넓음)")
_ov("sp-06 cat-06", "W0227", 1, "식재 용역(모종 포함)이라 모종·자재 구매로는 대체 수준")

# --- 관련 없음 확인(REVIEWED_NOT)
_no("exact-02 qty-03", "W0243", "명함을 넣는 케이스이지 명함 인쇄가 아님")
_no("exact-03 qty-08 multi-01", "W0045 W0046", "폐현수막으로 만든 가방·자루 — 현수막이 아님")
_no("exact-03 qty-08 multi-01", "W0048", "폐현수막 수거 서비스 — 제작이 아님")
_no("exact-03 qty-08 multi-01", "W0051", "지정게시대 게시 대행 — 현수막 제작이 아님")
_no("exact-05 han-09 qty-05 long-06 multi-03", "W0185", "보냉 도시락 가방 — 도시락이 아님")
_no("exact-05 han-09 qty-05 long-06 multi-03", "W0192", "빈 도시락 용기 — 음식이 아님")
_no("exact-07", "W0145", "저수조 청소(물탱크 소독) — 건물 방역 소독 아님")
_no("exact-07", "W0148", "살균소독제 약품 판매 — 방역 소독 용역 아님")
_no("exact-07", "W0159 W0161", "손소독제 — 방역 소독 용역 아님")
_no("exact-07 sp-01 multi-02", "W0166", "손소독제 디스펜서(기기) — 소독제·용역 아님")
_no("exact-09 multi-07", "W0227", "화단 조성 용역(상토 포함) — 상토 상품이 아님")
_no("syn-04 cho-01", "W0028 W0031", "공연 프로그램 책자 — 전단/포스터 아님(찌라시·포스터 수요)")
_no("syn-04", "W0038", "포스터 디자인 파일만 — 전단 인쇄 아님")
_no("syn-04 typo-02 cho-01 long-02", "W0041", "공연장용 방염 현수막 — '공연'만 겹침(홍보물 수요 cat-02에서는 이미 현수막으로 2)")
_no("syn-04 typo-02 cho-01 long-02 cat-02", "W0053", "행사 사진 촬영 — '공연'만 겹침")
_no("syn-04 typo-02 cho-01 long-02 cat-02", "W0154", "공연장 커튼 세척 — '공연'만 겹침")
_no("syn-04 typo-02 cho-01 long-02 cat-02", "W0212", "꽃다발 — '공연 축하' 설명만 겹침")
_no("syn-04 typo-02 cho-01 long-02 cat-02", "W0263 W0264 W0265", "공연 자체(출연) — 인쇄 홍보물 아님")
_no("typo-02 long-02", "W0035", "포스터 — 팸플릿·프로그램북이 아님")
_no("typo-02 long-02", "W0038", "포스터 디자인 — 팸플릿·프로그램북이 아님")
_no("typo-03", "W0061", "무지개 백설기 — '생일'만 겹침, 케이크 아님")
_no("typo-05 multi-08", "W0153", "수건 세탁 서비스 — 수건 상품 아님")
_no("typo-05 multi-08", "W0177", "손수건 — 수건(타월)과 다른 품목")
_no("typo-05 multi-08", "W0277", "세면도구 세트(수건 1장 포함) — 답례용 수건 아님")
_no("typo-06", "W0068 W0076 W0100", "다른 간식 — 떡볶이를 찾는 수요")
_no("typo-07", "W0157", "세탁 세제 — 커튼 세탁 서비스 아님")
_no("typo-10", "W0021 W0025 W0026 W0027 W0029 W0033 W0034 W0036 W0038 W0169 W0177 W0181 W0187 W0191 "
    "W0194 W0245 W0256 W0259 W0262", "'인쇄'만 겹침 — 명함이 아님")
_no("han-07", "W0067 W0113 W0122 W0127 W0131 W0158", "다른 선물세트 — 잡곡이 아님")
_no("han-07", "W0137", "쌀 선물세트 — 쌀은 잡곡이 아님(경계 사례)")
_no("han-11", "W0155", "작업복 세탁 — 작업복 구매 아님")
_no("sp-01", "W0148", "분무용 살균수 — 손 소독제 아님")
_no("sp-03", "W0273", "분리배출 보드게임 — 수거함 아님")
_no("sp-06", "W0230 W0233", "상토·모종삽 — 모종이 아님")
_no("sp-06", "W0238", "채소 모종 — 꽃 모종이 아님")
_no("sp-09", "W0167 W0169", "마른 티슈 — 물티슈 아님")
_no("sp-09", "W0279", "위생용품 키트(물티슈 일부 포함) — 물티슈 단품 아님")
_no("sp-11", "W0016 W0052", "'보드'(화이트보드·폼보드)만 겹침")
_no("cho-05 long-04 long-05", "W0082 W0173 W0270 W0274 W0276", "'청소년'의 '청소'만 겹침")
_no("cho-05 long-04 long-05", "W0098", "설명의 '청소년'만 겹침 — 분식 케이터링")
_no("cho-05 long-05", "W0140", "에어컨 세척 — 유리창/정기 청소 아님")
_no("cho-05 long-05", "W0145", "저수조 청소 — 유리창/관람석·화장실 청소 아님")
_no("cho-05 long-04 long-05", "W0170", "대걸레(청소 도구) — 청소 용역·쿨토시 아님")
_no("cho-05", "W0189", "유리창에 붙이는 단열 에어캡 — 유리창 청소 아님")
_no("cho-05 long-04 long-05", "W0208 W0211", "청소 도구 — 용역·쿨토시 아님")
_no("cho-05 long-04 long-05", "W0282", "가정 가사 돌봄 — 시설 청소 용역 아님")
_no("cho-07", "W0135", "유기농 쌀 — '유기농'만 겹침")
_no("cho-08", "W0008 W0014 W0024 W0158 W0174", "'종이'만 겹침 — 쇼핑백 아님")
_no("cho-09", "W0093", "반찬가게 도시락 — 반찬 배달 수요와 다름")
_no("cho-10", "W0007 W0015 W0017", "'자루'(필기구 개수 단위)만 겹침")
_no("cho-10", "W0048", "현수막 수거 서비스 — 자루 상품 아님")
_no("cho-10 multi-05", "W0170", "마대걸레(대걸레) — 마대 자루 아님")
_no("cho-10", "W0287", "커피 자루로 만든 파우치 — 마대 아님")
_no("cho-11", "W0099 W0186 W0241 W0256 W0278 W0279", "'키트'만 겹침 — 미술치료 키트 아님")
_no("qty-01", "W0021 W0025 W0027 W0029 W0032 W0034 W0254 W0255", "'A4' 규격만 겹침 — 복사용지 아님")
_no("qty-04", "W0036", "답례품 포장용 스티커 — 떡 아님")
_no("qty-04", "W0158 W0179", "다른 답례품(비누·타월) — 떡 아님")
_no("qty-06", "W0196 W0197 W0198 W0199", "'XL' 사이즈만 겹침 — 단체 티셔츠 아님")
_no("qty-09", "W0119 W0120", "'350ml' 용량만 겹침 — 참기름·들기름")
_no("qty-09", "W0245", "350ml 머그컵 — 텀블러와 다른 품목")
_no("long-01", "W0008 W0036 W0056 W0057 W0062 W0067 W0068 W0074 W0076 W0079 W0117 W0127 W0137 W0163 W0175 "
    "W0179 W0188 W0193", "'개별·포장·답례품'만 겹침 — 천연 비누 아님")
_no("long-01", "W0091 W0093 W0282", "'가정'만 겹침")
_no("long-01", "W0168 W0171", "'천연'만 겹침 — 비누 아님")
_no("long-01", "W0173", "비누 만들기 체험 — 답례용 비누 완제품 아님")
_no("long-01", "W0223", "비누꽃 꽃다발 — 비누 세트 아님")
_no("long-01", "W0277", "세면도구 세트(비누 포함) — 천연 비누 세트 아님")
_no("long-03", "W0199 W0205 W0262", "'여름'만 겹침")
_no("long-03", "W0231 W0233", "퇴비·원예도구 — 꽃모종 아님")
_no("long-04", "W0138 W0139 W0142", "청소 용역 — 쿨토시 아님")
_no("long-04", "W0140 W0145", "청소 관련 용역 — 쿨토시 아님")
_no("long-04", "W0227", "'가로 화단'의 '가로'만 겹침")
_no("long-05", "W0091 W0144", "'정기'만 겹침")
_no("long-05", "W0139", "유리창 청소 — 관람석·화장실 정기 청소 범위 아님")
_no("long-05", "W0165", "화장실 표백제(약품) — 청소 용역 아님")
_no("long-06", "W0088 W0091 W0108 W0267", "'교육'만 겹침 — 도시락 아님")
_no("long-06", "W0282", "'식사 준비'만 겹침 — 가사 돌봄")
_no("long-07", "W0021 W0022 W0023 W0025 W0026 W0027 W0029 W0033 W0034 W0036 W0037 W0038 W0048 W0080 W0101 "
    "W0138 W0150 W0169 W0175 W0177 W0181 W0187 W0191 W0194 W0196 W0245 W0259 W0262 W0275 W0289",
    "'기관·로고·인쇄'만 겹침 — 텀블러 아님")
_no("long-08", "W0015 W0053 W0054 W0085 W0155 W0197 W0201 W0208 W0267", "'현장'만 겹침")
_no("long-08", "W0111", "현장 착즙 주스 — 커피 아님")
_no("long-08", "W0287 W0288", "커피 자루·커피박 업사이클 — 커피 음료 아님")
_no("long-09", "W0117 W0282", "'어르신'만 겹침 — 반찬 아님")
_no("long-10", "W0021 W0023 W0025 W0026 W0027 W0029 W0033 W0034 W0036 W0037 W0038 W0169 W0181 W0187 W0191 "
    "W0194 W0245 W0259 W0262", "'인쇄'만 겹침 — 손수건 아님")
_no("long-10", "W0040 W0053 W0263 W0267 W0268 W0269", "'기념식'만 겹침 — 손수건 아님")
_no("long-10", "W0175 W0256", "다른 기념품(타월·텀블러) — 손수건 아님")
_no("long-10", "W0240 W0261", "'태극'만 겹침 — 부채·배지")
_no("long-11", "W0091 W0142 W0279", "'위생'만 겹침 — 앞치마 아님")
_no("long-11", "W0121", "'김장'만 겹침 — 고춧가루")
_no("long-11", "W0194 W0248", "'봉사'만 겹침")
_no("long-11", "W0261", "'나라사랑'의 '사랑'만 겹침")
_no("long-11", "W0278", "'방수 가방'의 '방수'만 겹침")
_no("cat-01", "W0142", "화장실 소모품 보충 용역 — 사무용 소모품 아님")
_no("cat-01", "W0253", "사무용 책상(가구) — 소모품 아님")
_no("cat-03", "W0078", "버터쿠키 — 지역 농특산물 아님")
_no("cat-03", "W0091 W0282", "'어르신'만 겹침")
_no("cat-03", "W0097", "명절 전(반찬) — 선물용 농특산물 아님")
_no("cat-03", "W0215", "꽃바구니 — 농특산물 아님")
_no("cat-04", "W0139 W0143", "'작업'만 겹침 — 청소 용역")
_no("cat-04", "W0155", "작업복 세탁 — 안전용품 아님")
_no("cat-05", "W0028 W0031", "'프로그램'만 겹침 — 인쇄물")
_no("cat-05", "W0082", "쿠키 만들기 체험 — 간식 구매 아님")
_no("cat-05", "W0173 W0270 W0274 W0276", "'청소년'만 겹침 — 간식 아님")
_no("cat-05", "W0272", "집단상담 프로그램 운영 — 간식 아님")
_no("cat-06", "W0142", "'공원 화장실'의 '공원'만 겹침")
_no("cat-06", "W0211", "쓰레기 집게 — 화단 자재 아님")
_no("cat-06", "W0228", "잔디 깎기 용역 — 화단 자재 아님")
_no("cat-06", "W0250", "공원 벤치 — 화단 자재 아님")
_no("cat-08", "W0028 W0031 W0272", "'프로그램'만 겹침")
_no("cat-08", "W0082 W0128 W0173 W0186 W0222 W0251", "체험이지만 전통문화 체험은 아님(베이킹·밀랍초·비누·가방·꽃꽂이·목공)")
_no("cat-09", "W0055", "경기장 항공 촬영 — 위생관리 아님")
_no("cat-09", "W0134 W0178 W0224 W0277", "'시설'만 겹침")
_no("cat-09", "W0151 W0153 W0154", "세탁 서비스 — 시설 위생관리(청소·방역) 아님")
_no("cat-11", "W0075 W0091 W0108", "'교육'만 겹침 — 행사 운영 지원 아님")
_no("cat-11", "W0101 W0272", "'운영'만 겹침 — 구내식당·상담 프로그램")
_no("cat-11", "W0277 W0279", "'지원'만 겹침 — 구호 물품")
_no("multi-01", "W0043", "배너 거치대 단품 — 배너 출력물이 없음")
_no("multi-03", "W0088", "다과 케이터링(음료 포함) — 음료 상품이 아님")
_no("multi-06", "W0213 W0220 W0224 W0263", "'축하'만 겹침 — 꽃다발·떡 아님")
_no("multi-10", "W0082 W0113 W0222 W0241", "'재료'만 겹침 — 미술 재료 아님")

# ------------------------------------------------------------------------- 라벨링
def item_grade(want, ok, spec, price_max, p):
    tags = set(p["tags"])
    if tags & set(want):
        cond = all(s in p["stags"] for s in spec) and (price_max is None or p["price"] <= price_max)
        return 2 if cond else 1
    if tags & set(ok):
        return 1
    return 0


def label_need(n, products):
    """{code: (grade, 품목)}"""
    res = {}
    for p in products:
        if n["kind"] == "location":
            if n["shop"] in p["shop"]:
                res[p["code"]] = (2 if dong_base(p["dong"]) == n["dong"] else 1, "")
        elif n["kind"] == "multi_item":
            best = (0, "")
            for it in n["items"]:
                g = item_grade(it["want"], it["ok"], it["spec"], it["price_max"], p)
                if g > best[0]:
                    best = (g, it["text"])
            if best[0]:
                res[p["code"]] = best
        else:
            g = item_grade(n["want"], n["ok"], n.get("spec", []), n.get("price_max"), p)
            if g:
                res[p["code"]] = (g, "")
    return res


def apply_reviews(key, labels):
    for (k, code), (g, why, item) in EXTRA_OK.items():
        if k == key and g > labels.get(code, (0, ""))[0]:
            labels[code] = (g, item or labels.get(code, (0, ""))[1])
    for (k, code), (g, why, item) in OVERRIDES.items():
        if k == key:
            if g == 0:
                labels.pop(code, None)
            else:
                labels[code] = (g, item or labels.get(code, (0, ""))[1])
    return labels


# ------------------------------------------------------------------------- 스윕
JOSA = ["에서는", "에게는", "으로는", "에서", "에게", "께서", "으로", "하고", "이랑", "이나", "까지", "부터",
        "처럼", "마다", "은", "는", "이", "가", "을", "를", "에", "의", "와", "과", "도", "로", "랑", "께", "만"]
STOP = set("""구매 구입 제작 업체 필요 필요합니다 관련 일체 있는 있나요 근처 추천 부탁드립니다 부탁 합니다 하려고
하려 하고 하는 해 주실 주시기 바랍니다 좋겠습니다 찾습니다 찾고 있습니다 가능한 가능한지 가능하면 곳을 곳 분께 드릴
드릴 위해 위한 때 동안 중 정도 내외 기준 예상 확인 문의 문의드립니다 이며 하오니 하고자 하니 오신 열리는 진행하는
참여하는 참석하시는 착용할 제공할 전달하고 전달할 배달받고 싶습니다 받아 볼 수 있는 줄 맞춰 함께 그리고 및 또는
약 더 개 장 매 부 명 분 벌 켤레 박스 포 가구 잔 이하 이내 예산 원 만원 개당 장당 포당 1인 세트 용 등 것 것들
이면 재질이면 제품이면 되는 나눠줄 사용할 쓸 심을 넣을 드리는 드릴 들어간 정기적으로 위생적으로 조리해서 납품해
납품받고자 납품 납품이 납품받으려 배달 전주시 전주 전북 전북지사 대한적십자사 한국탄소산업진흥원 사회복지협의회
보훈회관 가족센터 자원봉사센터 농업기술원 전주시립국악단 전주종합경기장 덕진공원 청소행정과 본관 교육장 대강당
강당 앞마당 광장 층 3층 상반기 월 일 주 회 차례 두 첫째 중순 매주 목요일 토 잦은 7월 9월 10월 11월 12월 5월 6월
외부 업체에 위탁하려고 계약 견적을 작업까지 알려 주시기 경우 행사 행사에 행사용""".split())


def content_words(n):
    if n["kind"] == "hanyeong":
        text = n["intended"]
    elif n["kind"] == "choseong":
        text = n["text"]
        for c, w in n["cho"]:
            text = text.replace(c, w)
    else:
        text = n["text"]
    words = []
    for tok in re.split(r"[^0-9A-Za-z가-힣]+", text):
        if not tok:
            continue
        t = tok
        for j in JOSA:
            if t.endswith(j) and len(t) - len(j) >= 2:
                t = t[: -len(j)]
                break
        if t in STOP or tok in STOP:
            continue
        if re.fullmatch(r"[0-9,]+[A-Za-z가-힣]*", t) and not re.search(r"[A-Za-z]{2,}", t):
            continue
        if len(t) < 2:
            continue
        if n["kind"] in ("synonym", "typo") and n.get("term") and n["term"] in t:
            continue
        words.append(t)
    return list(dict.fromkeys(words))


def sweep(needs, products, labels_by_key, machine_by_key):
    lines, unreviewed, stats = [], 0, {"candidates": 0, "extra": 0, "override": 0, "not": 0}
    for n in needs:
        key = n["key"]
        labeled = machine_by_key[key]
        words = content_words(n)
        cand = {}
        for p in products:
            hay = " ".join([p["name"], p["spec"], p["desc"]])
            hit = [w for w in words if w in hay]
            if hit and (p["code"] not in labeled or (key, p["code"]) in OVERRIDES):
                cand[p["code"]] = (p, hit)
        # 라벨이 붙었지만 검토로 바뀐 것도 보고
        if not cand:
            continue
        lines.append("## %s [%s] %s  — 내용어: %s" % (key, n["kind"], n["text"], ", ".join(words)))
        for code, (p, hit) in sorted(cand.items()):
            stats["candidates"] += 1
            k = (key, code)
            if k in EXTRA_OK:
                st = "EXTRA_OK %d: %s" % EXTRA_OK[k][:2]
                stats["extra"] += 1
            elif k in OVERRIDES:
                st = "OVERRIDE %d: %s" % OVERRIDES[k][:2]
                stats["override"] += 1
            elif k in REVIEWED_NOT:
                st = "NOT: " + REVIEWED_NOT[k]
                stats["not"] += 1
            else:
                st = "UNREVIEWED"
                unreviewed += 1
            lines.append("  %s %s | %s | 겹친 말: %s | %s" % (code, p["name"], p["ent"], ",".join(hit), st))
    # 스윕 후보가 아니었지만(겹치는 말 없음) 검토로 추가·변경한 판정도 기록
    cand_keys = set()
    for n in needs:
        key = n["key"]
        words = content_words(n)
        for p in products:
            hay = " ".join([p["name"], p["spec"], p["desc"]])
            if any(w in hay for w in words):
                cand_keys.add((key, p["code"]))
    byc = {p["code"]: p for p in products}
    extra_lines = []
    for d, tag in ((EXTRA_OK, "EXTRA_OK"), (OVERRIDES, "OVERRIDE")):
        for (k, c), v in sorted(d.items()):
            if (k, c) not in cand_keys or c in machine_by_key[k] and d is EXTRA_OK:
                extra_lines.append("  %s %s %s | %s %d: %s" % (k, c, byc[c]["name"], tag, v[0], v[1]))
    stale = sorted(k for k in REVIEWED_NOT if k not in cand_keys or k[1] in labels_by_key[k[0]])
    if extra_lines:
        lines += ["", "## 내용어 겹침 없이(스윕 밖에서) 검토로 내린 판정"] + extra_lines
    if stale:
        lines += ["", "## STALE REVIEWED_NOT (후보가 아니거나 라벨이 있음)"] + ["  %s %s" % k for k in stale]
        unreviewed += len(stale)
    head = ["SWEEP REPORT — 내용어가 제품명/규격/설명에 있으나 기계 라벨이 없는 제품 (수요 %d건 대상)" % len(needs),
            "후보 %(candidates)d건: EXTRA_OK %(extra)d, OVERRIDE %(override)d, 관련없음 확인 %(not)d" % stats,
            "UNREVIEWED %d" % unreviewed, ""]
    return head + lines, unreviewed


# ------------------------------------------------------------------------- 출력
def main():
    products = load_products()
    codes = {p["code"] for p in products}
    for d in (EXTRA_OK, OVERRIDES, REVIEWED_NOT):
        for (k, c) in d:
            assert c in codes, c
    needs = needs_data.NEEDS
    labels_by_key, machine_by_key = {}, {}
    for n in needs:
        machine_by_key[n["key"]] = label_need(n, products)
        labels_by_key[n["key"]] = apply_reviews(n["key"], dict(machine_by_key[n["key"]]))

    rep, unrev = sweep(needs, products, labels_by_key, machine_by_key)
    with open(os.path.join(HERE, "sweep_report.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(rep) + "\n")

    allneeds = [dict(key=n["key"], kind=n["kind"], text=n["text"], qty=n.get("qty"), budget=n.get("budget"))
                for n in needs]
    for key, lvl, inst, text, overlap, why in NO_MATCH:
        allneeds.append(dict(key=key, kind="no_match", text=text, qty=None, budget=None))
    assert len(allneeds) == 150
    order = list(range(len(allneeds)))
    random.Random(SEED).shuffle(order)
    idmap = {}
    for i, idx in enumerate(order):
        idmap[allneeds[idx]["key"]] = "%s-Q%03d" % (PFX, i + 1)
    ordered = [allneeds[idx] for idx in order]

    def wcsv(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)

    wcsv("queries.csv", ["수요번호", "수요내용", "수량", "예산"],
         [[idmap[a["key"]], a["text"], "" if a["qty"] is None else a["qty"],
           "" if a["budget"] is None else a["budget"]] for a in ordered])
    wcsv("query_kinds.csv", ["수요번호", "유형"], [[idmap[a["key"]], a["kind"]] for a in ordered])
    qrows = []
    for a in ordered:
        if a["kind"] == "no_match":
            continue
        lab = labels_by_key[a["key"]]
        for code in sorted(lab, key=lambda c: (-lab[c][0], c)):
            g, pin = lab[code]
            qrows.append([idmap[a["key"]], code, g, pin])
    wcsv("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"], qrows)
    nm = sorted(NO_MATCH, key=lambda r: idmap[r[0]])
    wcsv("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"],
         [[idmap[r[0]], r[1], r[4], r[5]] for r in nm])
    hy = sorted([n for n in needs if n["kind"] == "hanyeong"], key=lambda n: idmap[n["key"]])
    wcsv("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"],
         [[idmap[n["key"]], n["text"], n["intended"]] for n in hy])
    # 내부 대응표 (검증용)
    wcsv(os.path.join("tools", "id_map.csv"), ["수요번호", "내부키"], [[idmap[a["key"]], a["key"]] for a in ordered])
    print("queries: %d, qrels rows: %d, unreviewed sweep candidates: %d" % (len(ordered), len(qrows), unrev))


if __name__ == "__main__":
    main()
