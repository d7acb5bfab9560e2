"""120개 매칭 가능 수요 (카탈로그를 만들기 전에 작성).

목소리(기관):
  A 전주시 회계과 계약팀      B 전주시설공단           C 국립무형유산원
  D 전주교육대학교 총무과     E 전북지방우정청         F 전주시 완산도서관
  G 한국탄소산업진흥원        H 전주시 노인복지관      I 전북경찰청 기동대
  J 전주 한벽문화관

각 수요의 필드
  key   : 내부 키 (유형-번호). 최종 수요번호(ZH-Q###)는 build_queries.py 에서 섞어서 매긴다.
  kind  : 유형
  who   : 목소리
  text  : 검색창에 입력한 그대로의 문장 (카탈로그 작성 후에는 고치지 않는다)
  want  : 담당자가 실제로 원하는 품목 태그 (맞으면 관련도 2)
  ok    : 받아들일 만한 대체 품목 태그 (관련도 1)
  cond  : 수량/규격/단가 조건. 못 맞추면 2 → 1
          max_price: 단가 상한(원), spec_all: 제품명+규격에 모두 있어야 할 문자열,
          spec_any: 하나 이상 있어야 할 문자열, min_g: 규격의 g 수치 하한
  absent: (synonym/typo) 카탈로그 어디에도 없어야 하는 단어
  intended: (hanyeong/choseong) 의도한 한글
  catalog_form: (spacing) 카탈로그에서 쓸 띄어쓰기 형태 (작성 계획)
  dong, shop: (location) 동 이름과 가게 종류
  items: (multi_item) [(수요에 적힌 품목, want, ok), ...]
  qty, budget: queries.csv 의 수량/예산 (정수)
"""

# 여러 수요에서 공통으로 쓰는 태그 묶음
RICE_CAKES = ["rice_cake", "baekseolgi", "rice_cake_gift", "garaetteok", "tteokguk", "rice_cake_cake"]
STATIONERY = ["ballpen", "stapler", "staples", "clear_tape", "sticky_note", "sticky_index",
              "correction_tape", "file_binder", "highlighter", "marker", "clip", "scissors"]
FACILITY_HYGIENE = ["building_cleaning", "move_in_cleaning", "window_cleaning", "carpet_cleaning",
                    "floor_wax", "disinfection", "pest_control", "water_tank_cleaning",
                    "aircon_cleaning"]
TRAD_CRAFT = ["hanji_craft", "hanji_lamp", "fan", "hapjukseon", "knot_craft", "najeon", "lacquer"]
SOUVENIR = ["ecobag", "tumbler", "umbrella", "towel", "mug", "promo_pen", "lanyard", "notebook",
            "calendar"]
GIFT_FOOD = ["holiday_gift_set", "fruit_gift"]
KIDS_EXPERIENCE = ["hanji_experience", "craft_experience", "woodwork_experience", "fan_experience",
                   "knot_experience", "env_education", "coding_education", "science_experience",
                   "rice_cake_experience", "food_experience", "gugak_experience"]
PROMO_PRINT = ["leaflet", "poster", "banner", "x_banner", "booklet", "sticker"]
ELDER_SNACK = RICE_CAKES + ["bread", "cookie", "hangwa", "sikhye", "refreshment", "nurungji"]
WINTER = ["hotpack", "padded_liner", "neck_warmer", "winter_gloves", "padded_jacket"]
LOCAL_PROCESSED = ["fruit_syrup", "jam", "nurungji", "bugak", "sesame_oil", "perilla_oil",
                   "red_pepper_powder", "doenjang", "gochujang", "pear_juice", "misugaru"]
INDOOR_PLANTS = ["plant_pot", "air_plant", "orchid"]

NEEDS = [
    # ------------------------------------------------------------------ exact (11)
    dict(key="exact-01", kind="exact", who="A", text="복사용지", want=["copy_paper"]),
    dict(key="exact-02", kind="exact", who="G", text="명함 제작", want=["business_card"]),
    dict(key="exact-03", kind="exact", who="J", text="현수막", want=["banner"]),
    dict(key="exact-04", kind="exact", who="E", text="근조화환", want=["flower_condolence"],
         ok=["condolence_basket"]),
    dict(key="exact-05", kind="exact", who="I", text="도시락", want=["lunchbox"], ok=["gimbap"]),
    dict(key="exact-06", kind="exact", who="H", text="수건", want=["towel"]),
    dict(key="exact-07", kind="exact", who="F", text="방역 소독", want=["disinfection"],
         ok=["pest_control"]),
    dict(key="exact-08", kind="exact", who="D", text="에코백", want=["ecobag"],
         ok=["upcycle_bag", "nonwoven_bag"]),
    dict(key="exact-09", kind="exact", who="C", text="원두커피", want=["coffee_beans"],
         ok=["dripbag"]),
    dict(key="exact-10", kind="exact", who="B", text="화분", want=["plant_pot"]),
    dict(key="exact-11", kind="exact", who="J", text="한과 세트", want=["hangwa"]),

    # ------------------------------------------------------------------ synonym (11)
    dict(key="synonym-01", kind="synonym", who="A", text="호치키스", want=["stapler"],
         absent=["호치키스"]),
    dict(key="synonym-02", kind="synonym", who="F", text="스카치테이프", want=["clear_tape"],
         absent=["스카치"]),
    dict(key="synonym-03", kind="synonym", who="E", text="뽁뽁이", want=["air_cap"],
         ok=["air_cap_envelope"], absent=["뽁뽁이"]),
    dict(key="synonym-04", kind="synonym", who="C", text="플래카드", want=["banner"],
         absent=["플래카드"]),
    dict(key="synonym-05", kind="synonym", who="I", text="깔깔이", want=["padded_liner"],
         ok=["padded_jacket"], absent=["깔깔이"]),
    dict(key="synonym-06", kind="synonym", who="B", text="찌라시 인쇄", want=["leaflet"],
         absent=["찌라시"]),
    dict(key="synonym-07", kind="synonym", who="D", text="포스트잇", want=["sticky_note"],
         ok=["sticky_index"], absent=["포스트잇"]),
    dict(key="synonym-08", kind="synonym", who="I", text="목토시", want=["neck_warmer"],
         absent=["목토시", "토시"]),
    dict(key="synonym-09", kind="synonym", who="B", text="락스", want=["bleach"],
         absent=["락스"]),
    dict(key="synonym-10", kind="synonym", who="H", text="쓰레빠", want=["slippers"],
         absent=["쓰레빠"]),
    dict(key="synonym-11", kind="synonym", who="E", text="손난로", want=["hotpack"],
         absent=["손난로", "난로"]),

    # ------------------------------------------------------------------ typo (11)
    dict(key="typo-01", kind="typo", who="B", text="스테플러", want=["stapler"],
         absent=["스테플러"]),
    dict(key="typo-02", kind="typo", who="J", text="리플렛 제작", want=["leaflet"],
         ok=["leaflet_design"], absent=["리플렛"]),
    dict(key="typo-03", kind="typo", who="H", text="떡케익", want=["rice_cake_cake"],
         ok=["cake"], absent=["케익"]),
    dict(key="typo-04", kind="typo", who="G", text="커피 드립빽", want=["dripbag"],
         ok=["coffee_beans"], absent=["드립빽"]),
    dict(key="typo-05", kind="typo", who="A", text="근조화한", want=["flower_condolence"],
         ok=["condolence_basket"], absent=["화한"]),
    dict(key="typo-06", kind="typo", who="F", text="카페트 청소", want=["carpet_cleaning"],
         ok=["building_cleaning"], absent=["카페트"]),
    dict(key="typo-07", kind="typo", who="D", text="수정태이프", want=["correction_tape"],
         absent=["태이프"]),
    dict(key="typo-08", kind="typo", who="H", text="떡꾹떡", want=["tteokguk"],
         ok=["garaetteok"], absent=["떡꾹"]),
    dict(key="typo-09", kind="typo", who="E", text="핸드타올", want=["paper_towel"],
         absent=["타올"]),
    dict(key="typo-10", kind="typo", who="J", text="케터링", want=["catering"],
         ok=["refreshment", "coffee_catering"], absent=["케터링"]),
    dict(key="typo-11", kind="typo", who="B", text="에어콘 청소", want=["aircon_cleaning"],
         absent=["에어콘"]),

    # ------------------------------------------------------------------ hanyeong (8 whole + 3 mixed)
    dict(key="hanyeong-01", kind="hanyeong", who="D", text="qhfvps", intended="볼펜",
         want=["ballpen"], ok=["promo_pen"]),
    dict(key="hanyeong-02", kind="hanyeong", who="H", text="Rhcekqkf", intended="꽃다발",
         want=["bouquet"], ok=["flower_basket", "preserved_flower"]),
    dict(key="hanyeong-03", kind="hanyeong", who="B", text="whddlzjq", intended="종이컵",
         want=["paper_cup"]),
    dict(key="hanyeong-04", kind="hanyeong", who="H", text="anfxltb", intended="물티슈",
         want=["wet_wipes"]),
    dict(key="hanyeong-05", kind="hanyeong", who="I", text="rmsanqhr tpxkr", intended="근무복 세탁",
         want=["uniform_laundry"]),
    dict(key="hanyeong-06", kind="hanyeong", who="F", text="qortjfrl", intended="백설기",
         want=["baekseolgi"], ok=["rice_cake", "rice_cake_gift"]),
    dict(key="hanyeong-07", kind="hanyeong", who="D", text="ekscpxl", intended="단체티",
         want=["group_tshirt"]),
    dict(key="hanyeong-08", kind="hanyeong", who="E", text="aktmzm", intended="마스크",
         want=["mask"], ok=["dust_mask"]),
    dict(key="hanyeong-09", kind="hanyeong", who="J", text="한지 rhddPvna", intended="한지 공예품",
         want=["hanji_craft"], ok=["hanji_lamp"], mixed=True),
    dict(key="hanyeong-10", kind="hanyeong", who="C", text="wjsxhd 매듭", intended="전통 매듭",
         want=["knot_craft"], ok=["knot_experience"], mixed=True),
    dict(key="hanyeong-11", kind="hanyeong", who="G", text="커피 dnjsen", intended="커피 원두",
         want=["coffee_beans"], ok=["dripbag"], mixed=True),

    # ------------------------------------------------------------------ spacing (11)
    dict(key="spacing-01", kind="spacing", who="E", text="손 소독제", catalog_form="손소독제",
         want=["hand_sanitizer"]),
    dict(key="spacing-02", kind="spacing", who="G", text="공기 정화 식물", catalog_form="공기정화식물",
         want=["air_plant"], ok=["plant_pot"]),
    dict(key="spacing-03", kind="spacing", who="B", text="두루마리휴지", catalog_form="두루마리 휴지",
         want=["toilet_paper"]),
    dict(key="spacing-04", kind="spacing", who="H", text="답례 떡", catalog_form="답례떡",
         want=["rice_cake_gift"], ok=["rice_cake", "baekseolgi"]),
    dict(key="spacing-05", kind="spacing", who="J", text="종이 쇼핑백", catalog_form="종이쇼핑백",
         want=["paper_shopping_bag"]),
    dict(key="spacing-06", kind="spacing", who="I", text="방한장갑", catalog_form="방한 장갑",
         want=["winter_gloves"]),
    dict(key="spacing-07", kind="spacing", who="C", text="수제과일청", catalog_form="수제 과일청",
         want=["fruit_syrup"]),
    dict(key="spacing-08", kind="spacing", who="F", text="커튼세탁", catalog_form="커튼 세탁",
         want=["curtain_laundry"]),
    dict(key="spacing-09", kind="spacing", who="D", text="원목책상", catalog_form="원목 책상",
         want=["wood_desk"], ok=["wood_table"]),
    dict(key="spacing-10", kind="spacing", who="B", text="저수조청소", catalog_form="저수조 청소",
         want=["water_tank_cleaning"]),
    dict(key="spacing-11", kind="spacing", who="I", text="안전 조끼", catalog_form="안전조끼",
         want=["safety_vest"], ok=["vest"]),

    # ------------------------------------------------------------------ choseong (11)
    dict(key="choseong-01", kind="choseong", who="A", text="ㅎㅅㅁ", intended="현수막",
         want=["banner"]),
    dict(key="choseong-02", kind="choseong", who="G", text="ㅁㅎ ㅈㅈ", intended="명함 제작",
         want=["business_card"]),
    dict(key="choseong-03", kind="choseong", who="C", text="ㅊㅎㅎㅎ", intended="축하화환",
         want=["flower_congrats"], ok=["flower_basket", "orchid"]),
    dict(key="choseong-04", kind="choseong", who="I", text="ㄷㅅㄹ", intended="도시락",
         want=["lunchbox"], ok=["gimbap"]),
    dict(key="choseong-05", kind="choseong", who="H", text="ㅂㅅㄱ", intended="백설기",
         want=["baekseolgi"], ok=["rice_cake", "rice_cake_gift"]),
    dict(key="choseong-06", kind="choseong", who="B", text="친환경 ㅅㅈ", intended="친환경 세제",
         want=["detergent"]),
    dict(key="choseong-07", kind="choseong", who="J", text="ㅎㅈ 부채", intended="한지 부채",
         want=["fan"], ok=["fan_experience"]),
    dict(key="choseong-08", kind="choseong", who="D", text="ㅅㅈ비누", intended="수제비누",
         want=["natural_soap"]),
    dict(key="choseong-09", kind="choseong", who="E", text="ㄱㄹㄸ", intended="가래떡",
         want=["garaetteok"], ok=["tteokguk"]),
    dict(key="choseong-10", kind="choseong", who="F", text="ㅎㅍ", intended="핫팩",
         want=["hotpack"]),
    dict(key="choseong-11", kind="choseong", who="C", text="국악 ㄱㅇ", intended="국악 공연",
         want=["gugak_performance"], ok=["performance_other"]),

    # ------------------------------------------------------------------ quantity (11)
    dict(key="quantity-01", kind="quantity", who="A", text="A4 복사용지 80g 2,500매 30박스",
         want=["copy_paper"], cond=dict(spec_all=["A4", "80g"]), qty=30),
    dict(key="quantity-02", kind="quantity", who="D", text="볼펜 0.7mm 검정 500자루",
         want=["ballpen"], ok=["promo_pen"], cond=dict(spec_all=["0.7"], spec_any=["검정", "흑색"]),
         qty=500),
    dict(key="quantity-03", kind="quantity", who="I", text="핫팩 150g 이상 1,000개",
         want=["hotpack"], cond=dict(min_g=150), qty=1000),
    dict(key="quantity-04", kind="quantity", who="H", text="개당 3,000원 이하 답례떡 300개",
         want=["rice_cake_gift"], ok=["rice_cake", "baekseolgi"], cond=dict(max_price=3000), qty=300),
    dict(key="quantity-05", kind="quantity", who="I", text="1인 8천원 이내 도시락 120개",
         want=["lunchbox"], ok=["gimbap"], cond=dict(max_price=8000), qty=120),
    dict(key="quantity-06", kind="quantity", who="J", text="현수막 5m×90cm 10장",
         want=["banner"], cond=dict(spec_any=["5m", "맞춤"]), qty=10),
    dict(key="quantity-07", kind="quantity", who="G", text="HP CF283A 호환 재생토너 20개",
         want=["toner"], cond=dict(spec_any=["CF283A"]), qty=20),
    dict(key="quantity-08", kind="quantity", who="E", text="근조화환 3단 10만원 이하",
         want=["flower_condolence"], ok=["condolence_basket"],
         cond=dict(spec_all=["3단"], max_price=100000)),
    dict(key="quantity-09", kind="quantity", who="B", text="종이컵 6.5온스 1,000개입 5박스",
         want=["paper_cup"], cond=dict(spec_all=["6.5"]), qty=5),
    dict(key="quantity-10", kind="quantity", who="D", text="예산 200만원으로 단체티 150벌 (M~XXL)",
         want=["group_tshirt"], cond=dict(max_price=13333), qty=150, budget=2000000),
    dict(key="quantity-11", kind="quantity", who="C", text="합죽선 30자루 자루당 3만원 이내",
         want=["hapjukseon"], ok=["fan"], cond=dict(max_price=30000), qty=30),

    # ------------------------------------------------------------------ long_sentence (11)
    dict(key="long-01", kind="long_sentence", who="A",
         text="2025년 하반기 청렴교육(11월 5일, 시청 4층 대회의실) 참석자에게 배부할 간식용 다과 세트를 구입하려고 하니 납품 가능한 업체를 알려 주시기 바랍니다",
         want=["refreshment"], ok=["hangwa", "cookie", "rice_cake_gift"]),
    dict(key="long-02", kind="long_sentence", who="B",
         text="덕진공원 관리사무소 건물 내부 계단과 화장실을 주 2~3회 정기적으로 청소해 줄 용역업체를 알아보고 있습니다",
         want=["building_cleaning"], ok=["move_in_cleaning"]),
    dict(key="long-03", kind="long_sentence", who="C",
         text="12월 중 개최되는 무형유산 보유자 초청 간담회 때 로비에 세워 둘 축하 화환을 주문하려는데 행사 전날 오후까지 배송이 가능한지 궁금합니다",
         want=["flower_congrats"], ok=["flower_basket", "orchid"]),
    dict(key="long-04", kind="long_sentence", who="D",
         text="신입생 오리엔테이션(2월 말, 교내 강당) 때 나눠 줄 학교 로고가 새겨진 텀블러를 제작하고자 하오니 단가와 최소 주문 수량을 알려 주십시오",
         want=["tumbler"]),
    dict(key="long-05", kind="long_sentence", who="E",
         text="설 명절을 앞두고 우편물 분류 작업에 투입되는 집배원들을 격려하기 위해 지역 농산물로 구성된 명절 선물세트를 구매하려고 합니다",
         want=["holiday_gift_set"], ok=["fruit_gift", "rice"]),
    dict(key="long-06", kind="long_sentence", who="F",
         text="여름방학 어린이 독서교실(7월 28일~8월 1일) 프로그램 중 하루를 아이들이 직접 참여하는 한지 만들기 체험으로 운영하려고 강사를 섭외하고자 합니다",
         want=["hanji_experience"], ok=["craft_experience", "fan_experience"]),
    dict(key="long-07", kind="long_sentence", who="G",
         text="탄소소재 홍보관 리뉴얼에 맞춰 기관을 소개하는 3분 내외의 홍보영상을 새로 촬영하고 편집해 줄 업체를 찾습니다",
         want=["promo_video"], ok=["event_video", "drone_video"]),
    dict(key="long-08", kind="long_sentence", who="H",
         text="매월 마지막 주 금요일에 여는 어르신 합동 생신잔치에 올릴 떡케이크를 정기적으로 납품받을 수 있는 곳을 찾고 있습니다",
         want=["rice_cake_cake"], ok=["cake"]),
    dict(key="long-09", kind="long_sentence", who="I",
         text="기동대 숙소에서 대원들이 쓰는 이불과 베개커버 등 침구류를 분기마다 수거해서 세탁해 줄 업체를 구합니다",
         want=["bedding_laundry"]),
    dict(key="long-10", kind="long_sentence", who="J",
         text="가을 국악 상설공연(9~10월 매주 토요일) 관람객에게 기념품으로 드릴 한지 공예 소품을 200개 정도 구입하고자 합니다",
         want=["hanji_craft"], ok=["fan"], qty=200),
    dict(key="long-11", kind="long_sentence", who="C",
         text="내년 상반기 국제 무형유산 포럼에서 배포할 발표 자료와 안내문을 영어와 중국어로 번역해 줄 수 있는 업체를 찾고 있습니다",
         want=["translation"], ok=["interpretation"]),

    # ------------------------------------------------------------------ category (11)
    dict(key="category-01", kind="category", who="A", text="사무용품",
         want=STATIONERY, ok=["copy_paper", "toner"]),
    dict(key="category-02", kind="category", who="B", text="공공시설 청소·위생관리 용역",
         want=FACILITY_HYGIENE),
    dict(key="category-03", kind="category", who="C", text="전통 공예품", want=TRAD_CRAFT,
         ok=["knot_experience", "fan_experience", "hanji_experience"]),
    dict(key="category-04", kind="category", who="D", text="입학식 기념품", want=SOUVENIR,
         ok=["upcycle_bag", "nonwoven_bag", "tumbler_pouch", "pouch"]),
    dict(key="category-05", kind="category", who="E", text="직원 명절 선물 지역 특산물",
         want=GIFT_FOOD, ok=["hangwa", "rice", "sesame_oil", "fruit_syrup", "pear_juice", "doenjang",
                             "gochujang", "grains"]),
    dict(key="category-06", kind="category", who="F", text="어린이 체험 프로그램",
         want=KIDS_EXPERIENCE, ok=["performance_other"]),
    dict(key="category-07", kind="category", who="G", text="행사 홍보물 인쇄", want=PROMO_PRINT,
         ok=["table_banner", "rollup_banner", "leaflet_design"]),
    dict(key="category-08", kind="category", who="H", text="어르신 간식거리", want=ELDER_SNACK,
         ok=["fruit", "pear_juice"]),
    dict(key="category-09", kind="category", who="I", text="동계 방한용품", want=WINTER),
    dict(key="category-10", kind="category", who="J", text="전주 농산물 가공식품",
         want=LOCAL_PROCESSED, ok=["holiday_gift_set"]),
    dict(key="category-11", kind="category", who="A", text="사무실에 둘 화초", want=INDOOR_PLANTS),

    # ------------------------------------------------------------------ location (11)
    dict(key="location-01", kind="location", who="H", text="효자동 떡집", dong="효자동", shop="떡집"),
    dict(key="location-02", kind="location", who="A", text="서신동 꽃집", dong="서신동", shop="꽃집"),
    dict(key="location-03", kind="location", who="G", text="중화산동 인쇄소", dong="중화산동", shop="인쇄소"),
    dict(key="location-04", kind="location", who="I", text="인후동 세탁소", dong="인후동", shop="세탁소"),
    dict(key="location-05", kind="location", who="J", text="풍남동 공방", dong="풍남동", shop="공방"),
    dict(key="location-06", kind="location", who="B", text="송천동 반찬가게", dong="송천동", shop="반찬가게"),
    dict(key="location-07", kind="location", who="F", text="삼천동 빵집", dong="삼천동", shop="빵집"),
    dict(key="location-08", kind="location", who="E", text="금암동 방앗간", dong="금암동", shop="방앗간"),
    dict(key="location-09", kind="location", who="D", text="평화동 도시락집", dong="평화동", shop="도시락집"),
    dict(key="location-10", kind="location", who="E", text="덕진동 카페", dong="덕진동", shop="카페"),
    dict(key="location-11", kind="location", who="C", text="우아동 목공방", dong="우아동", shop="목공방"),

    # ------------------------------------------------------------------ multi_item (10)
    dict(key="multi-01", kind="multi_item", who="A", text="복사용지 및 토너",
         items=[("복사용지", ["copy_paper"], []), ("토너", ["toner"], [])]),
    dict(key="multi-02", kind="multi_item", who="B", text="대걸레랑 고무장갑",
         items=[("대걸레", ["mop"], ["mop_refill"]), ("고무장갑", ["rubber_gloves"], [])]),
    dict(key="multi-03", kind="multi_item", who="C", text="합죽선하고 한지 조명",
         items=[("합죽선", ["hapjukseon"], ["fan"]), ("한지 조명", ["hanji_lamp"], [])]),
    dict(key="multi-04", kind="multi_item", who="D", text="현수막, X배너, 포스터",
         items=[("현수막", ["banner"], []), ("X배너", ["x_banner"], ["rollup_banner", "table_banner"]),
                ("포스터", ["poster"], [])]),
    dict(key="multi-05", kind="multi_item", who="E", text="에어캡 박스테이프",
         items=[("에어캡", ["air_cap"], ["air_cap_envelope"]), ("박스테이프", ["box_tape"], [])]),
    dict(key="multi-06", kind="multi_item", who="F", text="원목 책꽂이랑 열람실 의자",
         items=[("원목 책꽂이", ["bookshelf"], []), ("열람실 의자", ["wood_chair"], [])]),
    dict(key="multi-07", kind="multi_item", who="G", text="명함하고 사원증 목걸이",
         items=[("명함", ["business_card"], []), ("사원증 목걸이", ["lanyard"], [])]),
    dict(key="multi-08", kind="multi_item", who="H", text="떡, 식혜, 과일",
         items=[("떡", RICE_CAKES, []), ("식혜", ["sikhye"], []), ("과일", ["fruit"], ["fruit_gift"])]),
    dict(key="multi-09", kind="multi_item", who="I", text="핫팩 넥워머 방한장갑",
         items=[("핫팩", ["hotpack"], []), ("넥워머", ["neck_warmer"], []),
                ("방한장갑", ["winter_gloves"], [])]),
    dict(key="multi-10", kind="multi_item", who="J", text="국악 공연과 행사 사회자",
         items=[("국악 공연", ["gugak_performance"], ["performance_other"]),
                ("행사 사회자", ["event_mc"], ["recreation"])]),
]

# 가게 종류 → 그 가게의 "본업" 품목 태그 (location 수요 채점용)
SHOP_ITEMS = {
    "떡집": RICE_CAKES,
    "꽃집": ["flower_congrats", "flower_condolence", "condolence_basket", "bouquet", "flower_basket",
            "preserved_flower", "plant_pot", "air_plant", "orchid"],
    "인쇄소": ["business_card", "leaflet", "poster", "booklet", "sticker", "envelope", "certificate",
             "calendar", "binding", "ribbon_print"],
    "세탁소": ["uniform_laundry", "curtain_laundry", "bedding_laundry", "dry_cleaning", "shoe_laundry"],
    "공방": ["hanji_craft", "hanji_lamp", "fan", "hapjukseon", "knot_craft", "najeon", "lacquer",
            "hanji_experience", "craft_experience", "fan_experience", "knot_experience",
            "woodwork_experience", "natural_soap", "diffuser", "candle", "upcycle_bag", "pouch",
            "wood_desk", "bookshelf", "wood_chair", "nameplate", "cutting_board", "wood_toy",
            "wood_table", "wood_bench"],
    "반찬가게": ["side_dish", "kimchi"],
    "빵집": ["bread", "cake", "cookie"],
    "방앗간": ["sesame_oil", "perilla_oil", "red_pepper_powder", "garaetteok", "tteokguk",
             "misugaru", "milling_service", "sesame"],
    "도시락집": ["lunchbox", "gimbap", "riceball"],
    "카페": ["coffee_beans", "dripbag", "coffee_drink", "coldbrew", "coffee_catering", "tea", "sikhye"],
    "목공방": ["wood_desk", "bookshelf", "wood_chair", "nameplate", "cutting_board", "wood_toy",
             "wood_table", "wood_bench", "woodwork_experience"],
}
