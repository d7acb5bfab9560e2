# -*- coding: utf-8 -*-
"""Label needs against the catalog mechanically, apply reviewed judgements, sweep, shuffle, write CSVs.

Order of work: needs_data.py (before catalog) -> catalog_data.py -> NO_MATCH below (after catalog)
-> mechanical labels -> sweep -> EXTRA_OK / OVERRIDES (reviewed judgements) -> shuffle & write.
"""
import csv, os, random, re, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import needs_data as ND
import build_catalog as BC
import kbd

V = ND

# ------------------------------------------------------------------ no_match needs (written after the catalog)
# (key, difficulty, voice, text, overlapping words, reason)
NO_MATCH = [
    ("nm-01", "hard", V.V_CUL, "현수막 게시대 설치 공사", "현수막, 게시대",
     "지정 게시대 구조물 시공(건설공사)은 없음. 현수막 인쇄·게시 대행만 있음"),
    ("nm-02", "hard", V.V_PUB, "복사기 임대", "복사",
     "복사용지만 있고 사무기기 임대(렌탈)는 없음"),
    ("nm-03", "hard", V.V_PUB, "온라인 배너 광고 대행", "배너, 광고",
     "같은 말 다른 활동: 카탈로그의 배너는 X배너 출력물·거치대, 포털/SNS 광고 집행 대행은 없음"),
    ("nm-04", "hard", V.V_MEAL, "급식실 식기세척기", "급식",
     "급식 식재료만 있고 주방 기계 설비는 없음"),
    ("nm-05", "hard", V.V_MEAL, "김치냉장고 구매", "김치",
     "김치(식품)만 있고 가전제품은 없음"),
    ("nm-06", "hard", V.V_MEM, "묘역 정비용 굴착기 임대", "정비, 조경(주제)",
     "조경 관리 용역은 있으나 중장비 임대는 없음"),
    ("nm-07", "hard", V.V_MEM, "화장로 내화벽돌 보수 공사", "보수, 추모시설(주제)",
     "화장 설비 보수(전문 건설·설비 공사)는 없음"),
    ("nm-08", "hard", V.V_SAN, "노면 청소차 구매", "청소",
     "청소 용역·청소용품만 있고 차량은 없음"),
    ("nm-09", "hard", V.V_SAN, "업소용 대형 세탁기", "세탁",
     "세탁 서비스만 있고 세탁 기계는 없음"),
    ("nm-10", "hard", V.V_119, "방화복 구매", "방화복",
     "방화복 특수세탁 서비스만 있음. 방화복(소방 보호장비) 자체 판매는 없음"),
    ("nm-11", "hard", V.V_119, "구급차 임차", "구급",
     "구급함·응급교육만 있고 차량 임차는 없음"),
    ("nm-12", "hard", V.V_NHIS, "방문간호 간호사 파견", "방문, 돌봄(주제)",
     "방문요양·간병은 있으나 간호사 면허가 필요한 방문간호는 없음"),
    ("nm-13", "hard", V.V_NHIS, "텀블러 세척기 렌탈", "텀블러",
     "텀블러(제품)만 있고 세척 기기 렌탈은 없음"),
    ("nm-14", "hard", V.V_MBC, "무대 음향 장비 대여", "무대, 공연(주제)",
     "공연팀·행사 대행은 있으나 음향 장비 대여는 없음"),
    ("nm-15", "hard", V.V_MBC, "불꽃놀이 연출", "행사(주제)",
     "화약류 취급 면허가 필요한 불꽃 연출은 없음"),
    ("nm-16", "hard", V.V_RES, "마을 정자 신축", "목재(주제)",
     "목공 가구·표지판은 있으나 건축물 신축 공사는 없음"),
    ("nm-17", "hard", V.V_RES, "떡 제조기 구입", "떡",
     "떡(식품)만 있고 떡 기계는 없음"),
    ("nm-18", "hard", V.V_HANJI, "한지 건조기 수리", "한지",
     "한지 원지·공예품만 있고 설비 수리는 없음"),
    ("nm-19", "hard", V.V_CUL, "한옥마을 셔틀버스 운행", "한옥마을",
     "한옥마을 도보 투어·시티 투어(버스 포함 상품)는 있으나 셔틀버스 운행 용역은 없음"),
    ("nm-20", "hard", V.V_PUB, "도서관 자동 대출기", "도서",
     "도서 발송·제본은 있으나 도서관 기기는 없음"),
    ("nm-21", "easy", V.V_NHIS, "데스크톱 컴퓨터 20대", "-", "컴퓨터·전산 장비 없음"),
    ("nm-22", "easy", V.V_119, "차량 타이어 교체", "-", "차량 정비 없음"),
    ("nm-23", "easy", V.V_CUL, "해외 항공권 발권", "-", "항공권 없음"),
    ("nm-24", "easy", V.V_MBC, "골프공", "-", "스포츠 용품 없음"),
    ("nm-25", "easy", V.V_SAN, "러닝머신", "-", "운동 기구 없음"),
    ("nm-26", "easy", V.V_RES, "반려견 미용", "-", "반려동물 서비스 없음"),
    ("nm-27", "easy", V.V_PUB, "스마트폰 액정 수리", "-", "휴대폰 수리 없음"),
    ("nm-28", "easy", V.V_MEM, "CCTV 설치", "-", "보안 설비 없음"),
    ("nm-29", "easy", V.V_HANJI, "웹 서버 호스팅", "-", "IT 서비스 없음"),
    ("nm-30", "easy", V.V_MEAL, "에어컨 냉매 충전", "-", "냉난방 설비 정비 없음"),
]

# ------------------------------------------------------------------ reviewed judgements (filled after the sweep)
# key: (need key, product code) -> (grade, reason).  grade 0 = reviewed, stays unlabelled.
# For multi_item needs the value is (grade, reason, 품목).
# Additions: products the tag match missed that deserve a grade.  (need, code, grade, reason[, 품목])
_EXTRA = [
    ("hy-08", "ZE0162", 1, "김밥 세트: 도시락은 아니지만 한 끼 대체 식사"),
    ("ch-06", "ZE0162", 1, "김밥 세트: 도시락 대체 식사"),
    ("qt-06", "ZE0162", 1, "김밥 세트: 단가는 맞지만 도시락이 아닌 대체 식사"),
    ("cat-09", "ZE0162", 2, "김밥 세트: 잔치 음식으로 그대로 쓸 수 있음"),
    ("cat-09", "ZE0164", 1, "주먹밥 간식팩: 간식용이라 잔치 음식으로는 대체 수준"),
    ("cat-06", "ZE0164", 2, "주먹밥 간식팩: 야간 근무자 간식용, 대원 간식에 딱 맞음"),
    ("cat-06", "ZE0220", 2, "쌀 강정: 한과 간식"),
    ("cat-06", "ZE0209", 2, "식혜: 음료 간식(주스와 같은 역할)"),
    ("cat-06", "ZE0288", 2, "수정과: 음료 간식"),
    ("cat-11", "ZE0209", 2, "식혜: 탕비실 음료"),
    ("cat-11", "ZE0288", 2, "수정과: 탕비실 음료"),
    ("cat-11", "ZE0191", 1, "미숫가루: 타 마시는 곡물 음료, 대체"),
    ("exact-07", "ZE0265", 1, "타월 케이크: 수건 3장이지만 선물 포장 상품, 대체"),
    ("hy-11", "ZE0265", 1, "타월 케이크: 수건 선물 포장, 대체"),
    ("mi-07", "ZE0265", 1, "타월 케이크: 수건 선물 포장, 대체", "수건"),
    ("mi-04", "ZE0010", 1, "배너 거치대 단품: 출력물 없이 거치대만, 대체", "X배너"),
    ("cat-08", "ZE0010", 1, "배너 거치대 단품: 홍보물 일부"),
    ("cat-08", "ZE0014", 1, "홍보물 편집디자인: 인쇄 없는 디자인만, 대체"),
    ("cat-08", "ZE0016", 1, "카드뉴스: 온라인 홍보물, 대체"),
    ("typo-02", "ZE0014", 1, "홍보물 편집디자인: 팸플릿 디자인만(인쇄 별도), 대체"),
    ("cat-05", "ZE0102", 1, "안전화 깔창: 안전화 부속, 대체"),
    ("cat-05", "ZE0258", 1, "보건용 마스크 KF94: 방진 등급은 아니지만 대체"),
    ("cat-05", "ZE0286", 1, "방한 귀마개: 방한 보호구, 대체"),
    ("cat-02", "ZE0198", 1, "김장 양념 속: 가공 양념, 급식 재료로는 대체"),
    ("cat-02", "ZE0147", 2, "가래떡(떡국·떡볶이용): 급식 식재료"),
    ("cat-02", "ZE0180", 2, "쌀국수 면: 급식 식재료"),
    ("ls-10", "ZE0196", 1, "생배추: 절이지 않은 배추, 대체"),
    ("mi-09", "ZE0196", 1, "생배추: 절임배추 대체", "절임배추"),
    ("mi-09", "ZE0198", 1, "김장 양념 속: 고춧가루·젓갈이 섞인 양념, 대체", "고춧가루"),
    ("hy-07", "ZE0124", 1, "근조화환(생화 국화): 국화로 만든 화환, 대체"),
    ("mi-05", "ZE0124", 1, "근조화환(생화 국화): 국화 대체", "국화"),
    ("loc-09", "ZE0214", 1, "금암동 카페의 상품이지만 커피·음료가 아닌 퇴비"),
    ("typo-06", "ZE0052", 1, "한지 손거울: 몸에 지니는 소품, 액세서리에 가까운 대체"),
    ("cat-07", "ZE0121", 1, "특수 청소: 일반 건물 청소는 아니지만 청소 용역"),
]

# Changes to mechanical grades.  (need, code, grade, reason[, 품목])
_OVR = [
    ("hy-01", "ZE0006", 1, "인쇄+제본 일괄 상품: 제본만 원하는 경우 대체"),
    ("hy-01", "ZE0024", 1, "소량 인쇄+제본 상품: 대체"),
    ("sp-02", "ZE0006", 1, "인쇄+제본 일괄 상품: 제본만 원하는 경우 대체"),
    ("sp-02", "ZE0024", 1, "소량 인쇄+제본 상품: 대체"),
    ("ls-07", "ZE0108", 0, "침구류 세탁: 방화복 세탁 대체 불가"),
    ("ls-07", "ZE0111", 0, "커튼 세탁: 대체 불가"),
    ("ls-07", "ZE0112", 0, "운동화 세탁: 대체 불가"),
    ("ls-07", "ZE0113", 0, "숙박·체육시설 대형 세탁물: 대체 불가"),
    ("syn-08", "ZE0084", 1, "작업용 방한 점퍼: 점퍼지만 행사 스태프용으로는 대체"),
    ("mi-03", "ZE0201", 1, "어묵탕 세트: 급식 식재료로는 대체", "어묵"),
    ("cat-02", "ZE0201", 1, "어묵탕 세트: 급식 식재료로는 대체"),
    ("sp-07", "ZE0057", 1, "한지 초롱등: 스탠드가 아닌 등, 대체"),
    ("sp-08", "ZE0133", 1, "수목 전정: 조경관리의 일부 작업만, 대체"),
    ("sp-08", "ZE0134", 1, "잔디 깎기·제초: 조경관리의 일부 작업만, 대체"),
    ("sp-10", "ZE0169", 1, "장조림 단품: 세트가 아님, 대체"),
    ("mi-01", "ZE0036", 1, "볼펜이 든 문구 세트: 대체", "볼펜"),
    ("mi-05", "ZE0128", 1, "대국 화분: 헌화용 꽃 대신 화분, 대체", "국화"),
    ("mi-05", "ZE0136", 1, "소국 화분: 헌화용 꽃 대신 화분, 대체", "국화"),
    ("cat-09", "ZE0215", 0, "커피 케이터링: 음식이 아님"),
    ("cat-11", "ZE0215", 0, "출장 커피 부스 운영: 탕비실 비치용이 아님"),
    ("cat-11", "ZE0212", 1, "아메리카노 배달: 탕비실 비치용은 아니나 대체"),
    ("ls-05", "ZE0119", 1, "유리창·외벽 청소: 봉안당·주차장 일반 청소로는 대체"),
]

# Sweep hits reviewed one by one and left unlabelled.  (need, codes, reason)
_ZERO = [
    ("exact-02", "ZE0059", "명함지갑은 명함 인쇄가 아님"),
    ("ch-02", "ZE0059", "명함지갑은 명함 인쇄가 아님"),
    ("exact-03", "ZE0069 ZE0070 ZE0073 ZE0270", "폐현수막 가방·파우치·수거, 현수막 게시 대행: 현수막 제작이 아님"),
    ("typo-01", "ZE0069 ZE0070 ZE0073 ZE0270", "폐현수막 가방·파우치·수거, 게시 대행: 현수막 제작이 아님"),
    ("ch-04", "ZE0069 ZE0070 ZE0073 ZE0270", "폐현수막 가방·파우치·수거, 게시 대행: 현수막 제작이 아님"),
    ("qt-04", "ZE0069 ZE0070 ZE0073 ZE0270", "폐현수막 가방·파우치·수거, 게시 대행: 현수막 제작이 아님"),
    ("mi-04", "ZE0069 ZE0070 ZE0073 ZE0270", "폐현수막 가방·파우치·수거, 게시 대행: 현수막 제작이 아님"),
    ("cat-08", "ZE0069 ZE0070 ZE0073 ZE0270", "현수막 재활용 제품·게시 대행: 홍보물 제작이 아님"),
    ("exact-04", "ZE0035 ZE0178", "친환경 복사지·채소 꾸러미: 쌀이 아님"),
    ("exact-06", "ZE0092 ZE0107 ZE0114", "작업복 수선·세탁 서비스: 작업복 구매가 아님"),
    ("exact-07", "ZE0113 ZE0251 ZE0261", "수건 세탁·수건걸이·세면도구 세트(수건 1장 포함): 수건 구매 아님"),
    ("hy-11", "ZE0113 ZE0251 ZE0261", "수건 세탁·수건걸이·세면도구 세트: 수건 제작 아님"),
    ("mi-07", "ZE0113 ZE0251", "수건 세탁·수건걸이: 수건이 아님"),
    ("exact-10", "ZE0041 ZE0042 ZE0043 ZE0047 ZE0048 ZE0049 ZE0050 ZE0051 ZE0052 ZE0053 ZE0054 ZE0055 ZE0056 ZE0057 ZE0285",
     "한지로 만든 공예품·체험·시공·원료·마스크팩: 한지(종이) 자체가 아님"),
    ("qt-10", "ZE0041 ZE0042 ZE0043 ZE0047 ZE0048 ZE0049 ZE0050 ZE0051 ZE0052 ZE0053 ZE0054 ZE0055 ZE0056 ZE0057 ZE0285",
     "한지 공예품·체험·시공·원료: 장 단위 한지가 아님"),
    ("exact-11", "ZE0187", "두부 만들기 체험: 두부 납품이 아님"),
    ("syn-07", "ZE0148", "떡볶이 밀키트(어묵 일부 포함): 어묵이 아님"),
    ("mi-03", "ZE0148 ZE0187", "떡볶이 밀키트·두부 만들기 체험: 해당 품목 아님"),
    ("cat-02", "ZE0148 ZE0173 ZE0187 ZE0205", "밀키트·체험·바비큐 세트: 급식 식재료 아님"),
    ("typo-02", "ZE0221 ZE0225 ZE0227", "관광 투어·통역·안내판 번역: 팸플릿이 아님"),
    ("typo-03", "ZE0265", "타월 케이크: 먹는 케이크가 아님"),
    ("typo-05", "ZE0001 ZE0003 ZE0004 ZE0005 ZE0014 ZE0022 ZE0023 ZE0041 ZE0065 ZE0088 ZE0090 ZE0091 ZE0143 ZE0270 ZE0276 ZE0279 ZE0281 ZE0282 ZE0283",
     "명함·전단·리플릿·포스터·판촉물 인쇄, 편집, 출판 대행: 카탈로그 인쇄가 아님"),
    ("typo-06", "ZE0040 ZE0041 ZE0042 ZE0043 ZE0045 ZE0046 ZE0047 ZE0048 ZE0051 ZE0053 ZE0054 ZE0055 ZE0056 ZE0057 ZE0285",
     "한지 원지·부채·조명·함·책갈피·체험·시공·마스크팩: 액세서리가 아님"),
    ("hy-01", "ZE0019 ZE0021 ZE0045", "손제본 노트(완제품)·책 만들기 체험·제본용 한지: 제본 서비스 아님"),
    ("sp-02", "ZE0019 ZE0021 ZE0045", "손제본 노트(완제품)·책 만들기 체험·제본용 한지: 제본 서비스 아님"),
    ("hy-02", "ZE0173", "김치 담그기 체험: 김치 납품 아님"),
    ("hy-04", "ZE0102", "안전화 깔창: 안전화가 아님"),
    ("ch-05", "ZE0102", "안전화 깔창: 안전화가 아님"),
    ("qt-05", "ZE0102", "안전화 깔창: 안전화가 아님"),
    ("mi-06", "ZE0102", "안전화 깔창: 안전화가 아님"),
    ("hy-07", "ZE0137 ZE0154", "국화차·국화빵: 꽃이 아님"),
    ("ch-07", "ZE0071 ZE0124 ZE0130 ZE0131 ZE0137 ZE0154", "다른 화분·근조화환·국화차·국화빵: 국화 화분 아님"),
    ("qt-07", "ZE0071 ZE0124 ZE0130 ZE0131 ZE0137 ZE0154", "다른 화분·근조화환·국화차·국화빵: 국화 화분 아님"),
    ("mi-05", "ZE0137 ZE0154 ZE0190", "국화차·국화빵·태양초 고춧가루(‘양초’ 글자만 겹침): 해당 없음"),
    ("cat-04", "ZE0075 ZE0137 ZE0138 ZE0154 ZE0275 ZE0276 ZE0278", "양초·향·리본·제기·화단 조성·국화차·국화빵: 헌화용 꽃이 아님"),
    ("hy-08", "ZE0284", "보냉 도시락 가방: 도시락(음식)이 아님"),
    ("ch-06", "ZE0284", "보냉 도시락 가방: 도시락(음식)이 아님"),
    ("qt-06", "ZE0284", "보냉 도시락 가방: 도시락(음식)이 아님"),
    ("cat-09", "ZE0277 ZE0284", "제수 음식(차례용)·도시락 가방: 잔치 음식 아님"),
    ("loc-08", "ZE0157 ZE0284", "빵집의 샌드위치 도시락·판촉물 가방: 도시락집이 아님"),
    ("loc-09", "ZE0248 ZE0249", "목공소 가구(북카페용 문구): 카페가 아님"),
    ("hy-09", "ZE0040 ZE0042 ZE0043 ZE0045 ZE0046 ZE0047 ZE0048 ZE0049 ZE0050 ZE0051 ZE0052 ZE0053 ZE0054 ZE0055 ZE0056 ZE0057 ZE0234 ZE0285",
     "한지 원지·다른 공예품·부채 만들기 체험/키트·부채춤 공연: 한지 부채 완제품이 아님"),
    ("ls-01", "ZE0040 ZE0042 ZE0043 ZE0045 ZE0046 ZE0047 ZE0048 ZE0049 ZE0050 ZE0051 ZE0052 ZE0053 ZE0054 ZE0055 ZE0056 ZE0057 ZE0221 ZE0222 ZE0224 ZE0234 ZE0285",
     "배포용 한지 부채가 필요: 다른 한지 제품·체험·투어·부채춤 공연은 해당 없음"),
    ("hy-10", "ZE0167 ZE0171 ZE0190 ZE0197 ZE0198", "배추김치·고춧가루·새우젓·양념: 김장용 배추가 아님"),
    ("ch-10", "ZE0021 ZE0040 ZE0041 ZE0042 ZE0045 ZE0046 ZE0047 ZE0048 ZE0049 ZE0050 ZE0051 ZE0052 ZE0056 ZE0057 ZE0064 ZE0148 ZE0173 ZE0187 ZE0230 ZE0236 ZE0254 ZE0255 ZE0271 ZE0285 ZE0289",
     "한지 완제품·다른 체험·다른 키트: 한지 체험 키트가 아님"),
    ("ch-11", "ZE0067", "텀블러 가방: 텀블러가 아님"),
    ("qt-02", "ZE0067", "텀블러 가방: 텀블러가 아님"),
    ("mi-02", "ZE0067", "텀블러 가방: 텀블러가 아님"),
    ("sp-04", "ZE0086 ZE0093 ZE0094 ZE0095 ZE0100 ZE0102", "보온 내피 조끼·안전화·안전모·깔창: 안전조끼 아님"),
    ("sp-05", "ZE0084 ZE0096 ZE0097 ZE0104 ZE0105 ZE0286", "방한 점퍼·귀마개·면/코팅/고무장갑·장갑 인형: 방한장갑 아님"),
    ("sp-10", "ZE0159 ZE0163", "도시락: 반찬 세트가 아님"),
    ("sp-11", "ZE0079 ZE0152 ZE0210", "선크림·생크림 케이크·핸드드립 원두: 핸드크림 아님"),
    ("ls-02", "ZE0021 ZE0040 ZE0041 ZE0042 ZE0045 ZE0046 ZE0047 ZE0048 ZE0049 ZE0050 ZE0051 ZE0052 ZE0056 ZE0057 ZE0064 ZE0173 ZE0187 ZE0230 ZE0236 ZE0254 ZE0271 ZE0285 ZE0289",
     "한지 완제품·재료 또는 한지가 아닌 체험: 한지 공예 체험 진행이 아님"),
    ("ls-03", "ZE0055", "체험 키트(책갈피 재료 포함): 완성 책갈피가 아님"),
    ("ls-04", "ZE0167 ZE0181 ZE0182 ZE0183 ZE0200 ZE0202", "다른 급식 식재료: 된장이 아님"),
    ("ls-06", "ZE0082 ZE0083 ZE0085 ZE0092 ZE0101 ZE0103 ZE0107 ZE0114 ZE0286",
     "작업복·안전조끼·방한장갑·귀마개·수선·세탁: 방한 내피 조끼 아님"),
    ("ls-08", "ZE0080", "세탁비누: 선물용 천연 세안 비누가 아님"),
    ("ls-09", "ZE0153 ZE0164", "샌드위치·주먹밥: 떡이 아님"),
    ("ls-10", "ZE0190 ZE0197 ZE0198", "고춧가루·새우젓·양념: 절임배추 아님"),
    ("ls-11", "ZE0224", "외국어 해설 투어: 안내소 통역 인력 파견이 아님"),
    ("mi-09", "ZE0167 ZE0185", "배추김치·고추장: 해당 품목 아님"),
    ("mi-10", "ZE0051 ZE0105 ZE0148 ZE0255", "한지 보석함·장갑 인형·밀키트·구급함: 해당 품목 아님"),
    ("cat-01", "ZE0005 ZE0040 ZE0044 ZE0045 ZE0050 ZE0051 ZE0052 ZE0058 ZE0061 ZE0186 ZE0209 ZE0217 ZE0236 ZE0288",
     "‘전통’·‘공연’ 글자만 겹치는 상품, 전통무용 체험 교실(교육): 공연 섭외 아님"),
    ("cat-07", "ZE0104 ZE0114 ZE0132 ZE0259 ZE0260 ZE0271 ZE0272", "청소용품·세탁·조경·청소년 교육: 청소·방역 용역 아님"),
    ("cat-10", "ZE0040 ZE0043 ZE0045 ZE0046 ZE0047 ZE0048 ZE0053 ZE0054 ZE0055 ZE0285",
     "한지 원지·체험·키트·시공·마스크팩: 한지 공예품(완제품) 아님"),
    ("cat-11", "ZE0071 ZE0157 ZE0162 ZE0214 ZE0284", "커피박 화분·퇴비, 도시락류, 도시락 가방: 음료 아님"),
]

EXTRA_OK, OVERRIDES = {}, {}
for _e in _EXTRA:
    EXTRA_OK[(_e[0], _e[1])] = _e[2:]
for _e in _OVR:
    OVERRIDES[(_e[0], _e[1])] = _e[2:]
for _k, _codes, _why in _ZERO:
    for _c in _codes.split():
        assert (_k, _c) not in OVERRIDES and (_k, _c) not in EXTRA_OK, (_k, _c)
        OVERRIDES[(_k, _c)] = (0, _why)

# ------------------------------------------------------------------ mechanical labelling
SIZE_RANGE = re.compile(r"(\d{3})\s*~\s*(\d{3})\s*mm")


def text_of(p):
    return " ".join([p["제품명"], p["규격"], p["설명"]])


def cond_ok(cond, p):
    t = text_of(p)
    if "max_price" in cond and not (int(p["단가"]) <= cond["max_price"]):
        return False
    if "spec_re" in cond and not re.search(cond["spec_re"], t):
        return False
    if "size" in cond:
        s = cond["size"]
        ok = str(s) in t or any(int(a) <= s <= int(b) for a, b in SIZE_RANGE.findall(t))
        if not ok:
            return False
    return True


def grade_tags(want, sub, cond, p):
    tags = set(p["_tags"])
    if tags & set(want):
        return 2 if cond_ok(cond, p) else 1
    if tags & set(sub):
        return 1
    return 0


def mechanical(need, products):
    """Return {code: (grade, 품목)}"""
    out = {}
    kind = need["kind"]
    for p in products:
        code = p["제품코드"]
        if kind == "location":
            if "@" + need["shop"] in p["_tags"]:
                g = 2 if p["_dong"].startswith(need["dong"]) else 1
                out[code] = (g, "")
        elif kind == "multi_item":
            best = (0, "")
            for it in need["items"]:
                g = grade_tags(it["want"], it["sub"], need["cond"], p)
                if g > best[0]:
                    best = (g, it["as"])
            if best[0]:
                out[code] = best
        else:
            g = grade_tags(need["want"], need["sub"], need["cond"], p)
            if g:
                out[code] = (g, "")
    return out


def apply_judgements(key, labels):
    for table in (EXTRA_OK, OVERRIDES):
        for (k, code), v in table.items():
            if k != key:
                continue
            g = v[0]
            item = v[2] if len(v) > 2 else ""
            if g == 0:
                labels.pop(code, None)
            else:
                labels[code] = (g, item)
    return labels


# ------------------------------------------------------------------ sweep
STOP = set("""위해 위한 대상 찾습니다 찾고 있습니다 구합니다 구매 구입 주문 업체 곳 있는지 있을까요 문의드립니다 부탁드립니다
견적 하려고 하니 하고자 하며 가능하면 정도 진행 준비 관련 제품 추천 싶습니다 받을 받고 주실 드릴 나눠 전주 다음 달
기간 동안 하루 단위 분들께 작은 주변 정기적으로 이상 이하 이내 개당 예산 제작 업체가 바로 있으니 알아보고 있으니
행사 세트 단체 만든 국산 천연 수제 작업 현장 인력 박스 켤레 개별 홍보 부스 시민 참가자 나눔 선물용 찾는 민원실
학교 축하 주간 초등학생 강사 대상 도내 인증 업체였으면 합니다 정기적 납품받고자 맞아 지사 어르신 드릴
따뜻한 입는 지급할 조합원 새벽 올겨울 작업하는 하나씩 열리는 셋째 일요일 포장해서 납품해 응대할 지원받고
관광안내소 외국인 관광객 전주국제영화제 완산구 주민자치협의회 연말 토요일 산지에서 첫 쓸 시간 주실 단체를
찾고 진행해 다음 한지문화축제 전주비빔밥축제 관람객 나눠 하려고 구매하려고 어울리는 참석하시는 독서의
북토크 작가 답례품으로 쯤 준비하려고 대비하여 둘째 추석 성묘객 증가에 해 줄 청소해 오염된 수거해서 세탁해
화재 진압 정기적으로 있는지 기동복과 개소 주년을 민원실을 찾는 구입하고자 선물용으로 공원 덕진공원 걷기대회""".split())
PARTICLES = ("으로", "에게", "에서", "까지", "부터", "이랑", "하고", "과", "와", "을", "를", "이", "가", "은", "는",
             "에", "의", "로", "도", "만", "께")


def content_words(need):
    base = need.get("intended") or need["text"]
    if need["kind"] == "choseong":
        base = need["intended"]
    words = set()
    for tok in re.split(r"[\s,·()「」.?!/×~]+", base):
        tok = re.sub(r"[0-9,]+", "", tok)
        for pt in PARTICLES:
            if tok.endswith(pt) and len(tok) - len(pt) >= 2:
                tok = tok[: -len(pt)]
                break
        if len(tok) >= 2 and tok not in STOP and re.search("[가-힣]", tok):
            words.add(tok)
    tags = list(need.get("want", [])) + [t for it in need.get("items", []) for t in it["want"]]
    for t in tags:
        if len(t) >= 2:
            words.add(t)
    if need["kind"] == "location":
        words.add(need["shop"][:-1] if need["shop"].endswith("집") and len(need["shop"]) > 2 else need["shop"])
    return sorted(words)


def sweep(needs, products, labels_by_key):
    lines = []
    for n in needs:
        labels = labels_by_key[n["key"]]
        words = content_words(n)
        for p in products:
            if p["제품코드"] in labels:
                continue
            t = text_of(p)
            hit = [w for w in words if w in t]
            if not hit:
                continue
            j = OVERRIDES.get((n["key"], p["제품코드"])) or EXTRA_OK.get((n["key"], p["제품코드"]))
            verdict = ("REVIEWED grade %d: %s" % (j[0], j[1])) if j else "UNREVIEWED"
            lines.append("%s\t%s\t%s\t%s %s\t[%s]\t%s" % (n["key"], n["text"], p["제품코드"], p["기업명"], p["제품명"],
                                                       ",".join(hit), verdict))
    return lines


# ------------------------------------------------------------------ output
SEED = 20250917
NM_QTY = {"nm-21": 20}  # quantities stated in no_match texts


def all_needs():
    needs = list(ND.NEEDS)
    for key, diff, voice, text, overlap, why in NO_MATCH:
        needs.append(dict(key=key, kind="no_match", voice=voice, text=text, qty=NM_QTY.get(key), budget=None,
                          want=[], sub=[], cond={}, difficulty=diff, overlap=overlap, reason=why))
    return needs


def write_csv(name, header, rows):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def main():
    products = BC.rows()
    codes = {p["제품코드"] for p in products}
    for (k, c) in list(EXTRA_OK) + list(OVERRIDES):
        assert c in codes, c
    needs = all_needs()
    assert len(needs) == 150
    labels = {}
    for n in needs:
        if n["kind"] == "no_match":
            labels[n["key"]] = {}
        else:
            labels[n["key"]] = apply_judgements(n["key"], mechanical(n, products))

    order = list(needs)
    random.Random(SEED).shuffle(order)
    ids = {n["key"]: "ZE-Q%03d" % i for i, n in enumerate(order, 1)}

    write_csv("queries.csv", ["수요번호", "수요내용", "수량", "예산"],
              [[ids[n["key"]], n["text"], n["qty"] if n["qty"] is not None else "",
                n["budget"] if n["budget"] is not None else ""] for n in order])
    write_csv("query_kinds.csv", ["수요번호", "유형"], [[ids[n["key"]], n["kind"]] for n in order])
    qrows = []
    for n in order:
        for code, (g, item) in sorted(labels[n["key"]].items(), key=lambda x: (-x[1][0], x[0])):
            if n["kind"] == "multi_item":
                assert item, (n["key"], code)
            else:
                item = ""
            qrows.append([ids[n["key"]], code, g, item])
    write_csv("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"], qrows)
    write_csv("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"],
              [[ids[n["key"]], n["difficulty"], n["overlap"], n["reason"]] for n in order if n["kind"] == "no_match"])
    write_csv("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"],
              [[ids[n["key"]], n["text"], n["intended"]] for n in order if n["kind"] == "hanyeong"])
    # internal map (tools/): key -> id, voice, note, wanted tags
    with open(os.path.join(HERE, "need_map.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["수요번호", "key", "유형", "기관", "수요내용", "want", "sub", "조건", "메모"])
        for n in sorted(order, key=lambda n: ids[n["key"]]):
            want = n["want"] if n["kind"] != "multi_item" else [
                "%s=%s" % (it["as"], "/".join(it["want"])) for it in n["items"]]
            if n["kind"] == "location":
                want = ["@%s in %s" % (n["shop"], n["dong"])]
            w.writerow([ids[n["key"]], n["key"], n["kind"], n["voice"], n["text"], " ".join(want),
                        " ".join(n.get("sub", [])), n.get("cond") or "", n.get("note", "")])

    # sweep report
    matchable = [n for n in needs if n["kind"] != "no_match"]
    lines = sweep(matchable, products, labels)
    unreviewed = [l for l in lines if l.endswith("UNREVIEWED")]
    with open(os.path.join(HERE, "sweep_report.txt"), "w", encoding="utf-8") as f:
        f.write("SWEEP: products whose 제품명/규격/설명 contain a content word of a need but are not labelled.\n")
        f.write("content words = need text tokens (intended Hangul for 한영/초성) minus stop words, plus wanted item tags.\n")
        f.write("Every hit was reviewed; verdicts come from EXTRA_OK / OVERRIDES in build_queries.py.\n")
        f.write("Hits later labelled (EXTRA_OK) no longer appear; they are listed at the end.\n\n")
        f.write("hits still unlabelled: %d, unreviewed: %d\n\n" % (len(lines), len(unreviewed)))
        f.write("need\ttext\tcode\tproduct\t[matched words]\tverdict\n")
        for l in lines:
            f.write(l + "\n")
        f.write("\n# EXTRA_OK additions (grade, reason)\n")
        for (k, c), v in sorted(EXTRA_OK.items()):
            f.write("%s\t%s\t%s\t%d\t%s\n" % (k, ids[k], c, v[0], v[1]))
        f.write("\n# OVERRIDES that change a mechanical grade (grade, reason)\n")
        for (k, c), v in sorted(OVERRIDES.items()):
            if not any(k == z[0] and c in z[1].split() for z in _ZERO):
                f.write("%s\t%s\t%s\t%d\t%s\n" % (k, ids[k], c, v[0], v[1]))
        f.write("\n# NO_MATCH check: catalog products sharing a word with each no_match need (all reviewed: none fits)\n")
        for n in needs:
            if n["kind"] != "no_match":
                continue
            ws = [w for w in re.split(r"[\s]+", n["text"]) if len(w) >= 2 and re.search("[가-힣]", w)]
            hits = [p for p in products if any(w in text_of(p) for w in ws)]
            f.write("%s\t%s\t%s\t%d hits\t%s\n" % (n["key"], ids[n["key"]], n["text"], len(hits), n["reason"]))
            for p in hits:
                f.write("\t\t%s %s %s\n" % (p["제품코드"], p["기업명"], p["제품명"]))
    print("needs:", len(needs), "qrels rows:", len(qrows), "sweep hits:", len(lines), "unreviewed:", len(unreviewed))
    return unreviewed


if __name__ == "__main__":
    un = main()
    for l in un:
        print("UNREVIEWED", l)
