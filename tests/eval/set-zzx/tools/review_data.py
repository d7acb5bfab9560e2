"""4단계 스윕 검토 결과. 키는 내부 수요키(id_map.csv 참조).
OVERRIDES: (내부키, 제품코드, 관련도, 품목 또는 "", 이유) - 태그 규칙 결과를 덮어씀/추가
REVIEWED: (내부키, 제품코드 또는 "tag:태그", 이유) - 스윕에 걸렸지만 라벨 없음이 맞다고 판단
  내부키 "*" 는 어떤 매칭 수요도 원하지 않는 태그(체험·교육·공예 등)에 대한 일괄 판단."""
OVERRIDES = []
def OV(key, codes, rel, why, item=""):
    for c in codes.split(): OVERRIDES.append((key, c, rel, item, why))

A3 = "A3 복사용지: 크기 명시 없는 '복사용지'에는 같은 품목의 다른 규격이라 대체 가능(1)"
for k in ["exact-06", "choseong-05"]: OV(k, "ZZX0044", 1, A3)
OV("multi_item-05", "ZZX0044", 1, A3, item="복사용지")
TK = "다른 어린이 과학 만들기 키트: 수요에 적은 대체품(science_kit)과 같은 성격이라 1"
for k in ["exact-08", "choseong-07", "quantity-08"]: OV(k, "ZZX0195", 1, TK)
OV("spacing-08", "ZZX0193 ZZX0194", 1, TK)
OV("choseong-08", "ZZX0193 ZZX0194 ZZX0195", 1, TK)
OV("hanyeong-11", "ZZX0047 ZZX0048", 1, "일회용 니트릴 장갑도 작업용 장갑으로 쓸 수 있음(고무장갑을 대체품으로 둔 것과 같은 기준)")
OV("spacing-03", "ZZX0290", 1, "방수 위생 토시: 토시이나 햇볕 차단용이 아닌 식품 작업용 → 대체 1")
OV("multi_item-02", "ZZX0290", 1, "방수 위생 토시: 토시이나 용도 다름 → 대체 1", item="팔토시")
OV("long_sentence-10", "ZZX0012", 1, "중철 안내 책자: 리플릿 대신 쓸 수 있는 안내 인쇄물 → 1")
OV("multi_item-07", "ZZX0020", 1, "포토존 대형 배너: 스탠드형 배너의 일종이나 용도(포토존) 다름 → 배너 품목 1", item="배너")
# 범주 수요: 사전 묶음에 없던 품목을 카탈로그 분류별로 검토
OV("category-05", "ZZX0030 ZZX0031 ZZX0032 ZZX0037 ZZX0038", 2, "분류 '사무용품'의 명백한 사무용품(사전 묶음 누락)")
OV("category-05", "ZZX0044", 2, "A3 복사용지: 복사용지는 사무용품 묶음에 포함, 규격만 다름")
OV("category-01", "ZZX0052 ZZX0283", 2, "덧신·손세정 폼: 위생용품(사전 묶음 누락)")
OV("category-04", "ZZX0079 ZZX0080 ZZX0081", 2, "고임목·차단봉·안내판: 분류 '안전용품', 보관소·주차장 안전용품")
OV("category-06", "ZZX0093 ZZX0094", 2, "귀마개·발열 조끼: 방한용품(사전 묶음 누락)")
OV("category-06", "ZZX0291", 1, "방한 작업복: 방한용이나 의류(작업복) → 1")
OV("category-06", "ZZX0089", 1, "팥 온열 찜질팩: 보온용이나 전자레인지 재사용 찜질팩 → 1")
OV("category-07", "ZZX0116 ZZX0120", 2, "분무기·수세미: 분류 '청소용품'의 청소용품")
OV("category-07", "ZZX0117", 1, "다용도 바구니: 청소도구 정리용 → 1")
OV("category-10", "ZZX0183 ZZX0184", 2, "OPP 봉투·쇼핑백: 포장 자재(사전 묶음 누락)")
OV("category-10", "ZZX0175 ZZX0176 ZZX0182", 1, "딸기 포장 용기·아이스팩: 특정 용도 포장재 → 1")
OV("category-02", "ZZX0191", 2, "딸기 수확 바구니: 농작업 용품")
OV("category-02", "ZZX0190 ZZX0192", 1, "부직포·차광망: 농자재에 가까움 → 1")
OV("category-08", "ZZX0199", 2, "태양 관측 안경: 분류 '과학교구'의 관찰 교구")
OV("category-09", "ZZX0219", 2, "우드 오일: 목공 마감 재료")
OV("category-09", "ZZX0212", 1, "아크릴 판재: 가공 재료이나 목재 아님 → 1")
OV("category-11", "ZZX0230 ZZX0237 ZZX0225 ZZX0233", 2, "손수건·스티커팩·각인 머그·판촉 볼펜: 설명상 기념품·판촉물")
OV("category-11", "ZZX0154", 1, "드립백 선물세트: 답례용 식품 → 1")
OV("category-03", "ZZX0155", 1, "수제청 에이드: 음료 간식으로 대체 가능 → 1")

REVIEWED = []
def RV(key, targets, why):
    for t in targets.split(): REVIEWED.append((key, t, why))

# 어떤 매칭 수요도 원하지 않는 태그: 글자만 겹침
for t, why in {
 "experience": "체험 프로그램(서비스)이지 물품이 아님", "edu_program": "교육 서비스이지 물품이 아님",
 "craft_kit": "공예 만들기 키트: 찾는 품목 아님", "leather_craft": "가죽 공예품(명함 지갑): 명함 아님",
 "knit_craft": "핫팩을 넣는 뜨개 주머니: 핫팩 아님", "bead_craft": "마스크 스트랩 공예품: 마스크 아님",
 "fabric_craft": "자투리 원단 파우치: 공예품", "wood_craft": "완제품 공예품", "flower_pot": "화분(장화 모양·커피박 화분 포함): 찾는 품목 아님",
 "laundry": "세탁 대행 서비스: 위생복·작업복 자체가 아님", "performance": "공연 서비스", "book": "도서", "translation": "번역 서비스",
 "counseling": "상담 서비스: 상담실 다과·물품 아님", "design_service": "디자인만(인쇄물 납품 아님)", "seedling": "묘목",
 "fruit_strawberry": "딸기 생과: 포장재·박스 아님", "strawberry_jam": "딸기잼: 포장재 아님", "fruit_blueberry": "블루베리 생과: 주스·잼·간식꾸러미 아님",
 "harvest_basket": "수확용 바구니(설명에 출하 포장용 아님 명시)", "print_service": "기존 티셔츠 인쇄 가공만: 티셔츠 미포함",
 "photo_wall": "포토존 배경물: 현수막 수요 아님", "lunch_bag": "보냉 가방: 도시락 아님", "cafe_drink": "음료 배달", "cap": "모자",
 "paper_a3": "A4 명시 또는 다른 품목", "work_uniform": "작업복(의류): 찾는 품목 아님", "work_vest": "공구 조끼: 안전조끼·앞치마 아님",
 "hyg_sleeve": "위생 토시: 찾는 품목 아님", "opp_bag": "과자 포장 봉투", "shopping_bag": "쇼핑백", "solar_glasses": "관측용 종이 안경: 보호구·포장재 아님",
 "sticker_label": "스티커: 찾는 품목 아님", "ticket": "번호표·주차권 인쇄: 찾는 품목 아님", "envelope": "봉투 인쇄물: 쓰레기봉투·간식 아님",
 "office_label": "견출지", "file": "파일·박스파일: 찾는 품목 아님", "scrubber": "수세미", "floor_coating": "바닥 왁스 코팅: 방역 아님",
 "shoe_cover": "덧신: 방역 서비스 아님", "detergent": "세정제(물품): 방역 서비스 아님", "repellent": "모기 기피제", "sunscreen": "자외선 차단제: 간식 아님",
 "mug": "머그컵: 에코백 아님", "diffuser": "디퓨저", "catering": "출장 케이터링: 개별 포장 떡 아님", "poster": "포스터: 리플릿 아님",
 "signboard": "입간판", "sign": "안내판", "print3d_service": "출력 대행: 리플릿 아님", "wheel_chock": "고임목: 찾는 품목 아님",
 "acrylic_board": "아크릴 판재", "correction_tape": "수정테이프: 반사 테이프 아님", "ear_muff": "귀마개: 장갑 아님",
 "handkerchief": "손수건(범주 외 수요)", "aircon_cleaning": "에어컨 청소",
}.items():
    RV("*", "tag:" + t, why)

# 원하는 태그가 다른 수요에 걸린 경우: 수요별 판단
INC = "낱말(작업·단체·키트·투명·박스·봉투·로고·개별·포장·교실 등)만 겹치고 다른 품목"
RV("exact-04", "tag:lunchbox tag:snack_box", INC)
RV("choseong-03", "tag:lunchbox tag:snack_box", INC)
RV("exact-08", "tag:arduino_kit", "코딩용 전자 키트: 물로켓 대체 아님")
RV("choseong-07", "tag:arduino_kit", "코딩용 전자 키트: 물로켓 대체 아님")
RV("quantity-08", "tag:arduino_kit", "코딩용 전자 키트: 물로켓 대체 아님")
RV("synonym-01", "tag:work_pants tag:rubber_glove tag:boots", "'고무' 소재만 겹침: 대야 아님")
RV("synonym-02", "tag:nitrile_glove tag:apron_waterproof tag:apron_cloth tag:helmet tag:flashlight tag:farm_stool tag:boots", INC)
RV("synonym-03", "tag:mask tag:nitrile_glove tag:hyg_cap", "'일회용'만 겹침: 반창고 아님")
RV("synonym-06", "tag:cone tag:reflective_tape", "'반사'만 겹침: 조끼 아님")
RV("typo-02", "tag:marker tag:rice_cake tag:strawberry_box tag:box tag:packing_tape tag:science_kit", "'박스'·'스티로폼'만 겹침: 보냉 상자 아님(일반 상자는 보냉 불가)")
RV("typo-04", "tag:snack_box tag:bread tag:cookie tag:blueberry_jam", "블루베리·주스 낱말만 겹침: 블루베리 주스 아님")
RV("typo-06", "tag:tape tag:safety_vest tag:cone tag:packing_tape", "'테이프'·'반사'만 겹침")
RV("typo-07", "tag:ecobag", "폐현수막 재활용 가방")
RV("hanyeong-05", "tag:ecobag", "폐현수막 재활용 가방")
RV("multi_item-07", "tag:ecobag", "폐현수막 재활용 가방")
RV("hanyeong-09", "tag:safety_glasses tag:wood_board tag:wood_glue", "'목공'만 겹침: 앞치마 아님")
RV("hanyeong-11", "tag:mask tag:hyg_gown tag:apron_waterproof tag:apron_cloth tag:work_pants tag:arm_sleeve tag:helmet tag:flashlight tag:safety_glasses tag:cleaning_service tag:straw_hat tag:farm_stool tag:boots", INC)
RV("spacing-05", "tag:nitrile_glove tag:rubber_glove", "방한용 아닌 장갑")
RV("spacing-07", "tag:snack_box", INC)
RV("spacing-11", "tag:trash_bag tag:snack_box", INC)
RV("quantity-01", "tag:winter_glove tag:rubber_glove tag:cotton_glove", "니트릴 장갑 수요: 다른 장갑은 수요에 대체품으로 적지 않음")
RV("quantity-09", "tag:tape tag:trash_bag tag:strawberry_pack tag:packing_tape", "'투명'만 겹침")
RV("long_sentence-01", "tag:hyg_cap", "위생모: 위생복 수요 아님")
RV("long_sentence-02", "tag:hyg_cap tag:cotton_glove", INC)
RV("long_sentence-03", "tag:marker tag:cleaning_service tag:rice_cake tag:packing_tape tag:paper_cup", INC)
RV("long_sentence-04", "tag:blueberry_jam tag:blueberry_juice tag:farm_stool tag:lunchbox", "간식 꾸러미 수요: 잼·주스 단품·식사 도시락은 아님")
RV("long_sentence-05", "tag:cone tag:baton tag:reflective_tape tag:flashlight", "'차량'·'야간'만 겹침: 핫팩 아님")
RV("long_sentence-06", "tag:banner tag:xbanner tag:trash_bag", "'규격'·'민원실'만 겹침: 생수 아님")
RV("long_sentence-08", "tag:tshirt tag:strawberry_box tag:tumbler tag:umbrella tag:pen tag:keyring tag:badge", "'로고'만 겹침: 에코백 수요")
RV("long_sentence-09", "tag:nitrile_glove tag:work_pants tag:helmet tag:flashlight tag:safety_glasses tag:farm_stool tag:boots tag:wood_board tag:wood_glue", INC)
RV("long_sentence-10", "tag:business_card tag:xbanner tag:banner tag:arduino_kit", INC)
RV("long_sentence-11", "tag:mask tag:wet_tissue tag:cookie tag:bread", "떡을 명시: 쿠키·빵 단품은 대체로 보지 않음(간식 세트만 1)")
RV("category-09", "tag:apron_cloth tag:safety_glasses", "보호구·앞치마는 '재료' 아님")
RV("category-10", "tag:mask tag:wet_tissue tag:rice_cake tag:cookie tag:bread", "'개별포장'만 겹침")
RV("location-09", "tag:apron_cloth", "공방 아닌 봉제업체 제품")
RV("multi_item-01", "tag:hyg_sleeve", "방수 토시: 앞치마 아님")
RV("multi_item-08", "tag:apron_cloth tag:safety_glasses tag:wood_board", "'목공'만 겹침: 본드·사포 아님")
RV("quantity-06", "tag:paper_a3", "A4 명시: A3는 해당 없음")
# 결과 표 점검 중 추가: 편지봉투는 '서류봉투'가 아님
OV("spacing-11", "ZZX0011", 1, "소봉투(편지봉투): 봉투이나 서류봉투(대봉투) 아님 → 1")
OV("multi_item-10", "ZZX0011", 1, "소봉투(편지봉투): 봉투이나 서류봉투(대봉투) 아님 → 1", item="서류봉투")
