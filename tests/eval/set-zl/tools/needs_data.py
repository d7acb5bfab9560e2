"""120 matchable needs, written BEFORE any catalog existed.

Each need notes (tools file only) the item tags the officer actually wants:
  want : tag alternatives that are exactly right (relevance 2 if conditions hold)
         "a+b" means the product must carry both tags a and b
  ok   : acceptable substitutes (relevance 1)
  cond : conditions; a product with a want tag that fails them gets 1
         max_price -> 단가 must be <= value; spec -> string must appear in 제품명/규격
  kw   : extra canonical words for the omission sweep (the need text itself is tokenised too)
Kind-specific fields:
  synonym/typo : word   (must appear nowhere in the catalog)
  hanyeong     : intended (Hangul the officer meant); whole / mixed
  choseong     : intended
  spacing      : form (as written in the need) and catalog_form (how sellers write it)
  location     : dong (base 동 name, matches 법정동 that start with it) and shop
  multi_item   : items = [(item as written, want, ok, cond), ...]

Voices: 한국농수산대학교(농수산대), 한국전력공사 전북본부(한전), 전주 경기전 관리사무소(경기전),
전북도립국악원(국악원), 전주시 위생과(위생과), 전주시 공동체지원과(공동체), 전주소방서 예방과(소방서),
전주시 여성가족과(여성가족), 전주시 기록관(기록관), 전주시 다문화가족지원센터(다문화)
"""

NEEDS = []


def N(key, kind, voice, text, want=(), ok=(), cond=None, qty=None, budget=None, kw=(), **extra):
    d = dict(key=key, kind=kind, voice=voice, text=text, want=list(want), ok=list(ok),
             cond=cond or {}, qty=qty, budget=budget, kw=list(kw))
    d.update(extra)
    NEEDS.append(d)


# ---------------------------------------------------------------- exact (11)
N("E01", "exact", "한전", "복사용지", want=["copy_paper"])
N("E02", "exact", "농수산대", "명함 제작", want=["business_card"])
N("E03", "exact", "공동체", "현수막", want=["banner"])
N("E04", "exact", "국악원", "도시락", want=["lunchbox"], ok=["lunchbox_light"])
N("E05", "exact", "농수산대", "꽃다발", want=["bouquet"], ok=["flower_basket", "bouquet_soap"])
N("E06", "exact", "기록관", "보존상자", want=["archive_box"])
N("E07", "exact", "소방서", "소화기", want=["fire_extinguisher"], ok=["fire_ext_spray"])
N("E08", "exact", "다문화", "통번역 서비스", want=["translation", "interpretation"])
N("E09", "exact", "위생과", "위생장갑", want=["gloves_disposable"])
N("E10", "exact", "한전", "쌀", want=["rice"])
N("E11", "exact", "국악원", "방석", want=["cushion"])

# ---------------------------------------------------------------- synonym (11)
# brand names used generically, Japanese-origin words, dialect, loanwords
N("S01", "synonym", "기록관", "스카치테이프", word="스카치테이프", want=["tape_clear"], kw=["테이프"])
N("S02", "synonym", "경기전", "호치키스", word="호치키스", want=["stapler"], ok=["staples"], kw=["스테이플러"])
N("S03", "synonym", "기록관", "뽁뽁이 포장재", word="뽁뽁이", want=["bubble_wrap"], kw=["에어캡", "완충"])
N("S04", "synonym", "한전", "포스트잇", word="포스트잇", want=["sticky_note"], kw=["메모지", "점착"])
N("S05", "synonym", "공동체", "플래카드 제작", word="플래카드", want=["banner"], kw=["현수막"])
N("S06", "synonym", "기록관", "물먹는하마", word="물먹는하마", want=["dehumidifier"], ok=["dehumidifier_charcoal"], kw=["제습", "습기"])
N("S07", "synonym", "소방서", "찌라시 인쇄", word="찌라시", want=["leaflet"], kw=["전단", "리플릿"])
N("S08", "synonym", "국악원", "연습실 쓰레빠", word="쓰레빠", want=["slipper"], kw=["슬리퍼", "실내화"])
N("S09", "synonym", "여성가족", "참지름", word="참지름", want=["sesame_oil"], ok=["perilla_oil"], kw=["참기름"])
N("S10", "synonym", "다문화", "천가방", word="천가방", want=["ecobag"], ok=["upcycled_bag"], kw=["에코백", "가방"])
N("S11", "synonym", "위생과", "크리넥스 티슈", word="크리넥스", want=["tissue"], kw=["티슈", "화장지"])

# ---------------------------------------------------------------- typo (11)
N("T01", "typo", "소방서", "리후렛 인쇄", word="리후렛", want=["leaflet"], kw=["리플릿", "전단"])
N("T02", "typo", "여성가족", "떡케익", word="떡케익", want=["ricecake_cake"], kw=["떡케이크", "케이크"])
N("T03", "typo", "한전", "디퓨져", word="디퓨져", want=["diffuser"], kw=["디퓨저", "방향"])
N("T04", "typo", "위생과", "손새정제", word="손새정제", want=["hand_soap", "hand_sanitizer"], kw=["세정제", "소독제"])
N("T05", "typo", "다문화", "설겆이 세제", word="설겆이", want=["dish_soap"], ok=["cleaner_multi"], kw=["주방세제", "설거지", "세제"])
N("T06", "typo", "국악원", "캐터링 업체", word="캐터링", want=["catering"], ok=["refreshments"], kw=["케이터링", "뷔페", "출장"])
N("T07", "typo", "경기전", "에어콘 청소", word="에어콘", want=["aircon_cleaning"], kw=["에어컨", "청소"])
N("T08", "typo", "공동체", "브로셔 제작", word="브로셔", want=["leaflet", "booklet"], ok=["editorial_design"], kw=["브로슈어", "리플릿", "팸플릿"])
N("T09", "typo", "농수산대", "사과쥬스", word="쥬스", want=["juice_apple"], ok=["juice"], kw=["사과", "주스", "사과즙"])
N("T10", "typo", "공동체", "카스테라", word="카스테라", want=["castella"], kw=["카스텔라"])
N("T11", "typo", "기록관", "전시 판넬 출력", word="판넬", want=["panel_print"], ok=["foamex"], kw=["패널", "전시"])

# ---------------------------------------------------------------- hanyeong (11: 8 whole + 3 mixed)
N("H01", "hanyeong", "농수산대", "audgka wpwkr", intended="명함 제작", mode="whole", want=["business_card"])
N("H02", "hanyeong", "공동체", "gustnakr", intended="현수막", mode="whole", want=["banner"])
N("H03", "hanyeong", "한전", "qhrtkdydwl", intended="복사용지", mode="whole", want=["copy_paper"])
N("H04", "hanyeong", "국악원", "ehtlfkr 50ro", intended="도시락 50개", mode="whole", qty=50, want=["lunchbox"], ok=["lunchbox_light"])
N("H05", "hanyeong", "여성가족", "Rhcekqkf", intended="꽃다발", mode="whole", want=["bouquet"], ok=["flower_basket", "bouquet_soap"])
N("H06", "hanyeong", "위생과", "thsthehrwp", intended="손소독제", mode="whole", want=["hand_sanitizer"], ok=["hand_soap"])
N("H07", "hanyeong", "경기전", "gkswlqnco", intended="한지부채", mode="whole", want=["fan_hanji"], ok=["fan_traditional"])
N("H08", "hanyeong", "기록관", "qhwhstkdwk", intended="보존상자", mode="whole", want=["archive_box"])
N("H09", "hanyeong", "다문화", "친환경 tpwp", intended="친환경 세제", mode="mixed",
  want=["detergent_laundry+eco", "dish_soap+eco", "cleaner_multi+eco"], ok=["detergent_laundry", "dish_soap"])
N("H10", "hanyeong", "소방서", "반사 whRl", intended="반사 조끼", mode="mixed", want=["safety_vest"], ok=["vest"])
N("H11", "hanyeong", "국악원", "국악 rhddus", intended="국악 공연", mode="mixed", want=["gugak_performance"], ok=["gugak_class"])

# ---------------------------------------------------------------- spacing (11)
N("P01", "spacing", "위생과", "방역 소독 업체", form="방역 소독", catalog_form="방역소독", want=["disinfection"])
N("P02", "spacing", "기록관", "기록물스캔", form="기록물스캔", catalog_form="기록물 스캔", want=["scanning"], ok=["data_entry"])
N("P03", "spacing", "여성가족", "떡 케이크", form="떡 케이크", catalog_form="떡케이크", want=["ricecake_cake"])
N("P04", "spacing", "경기전", "손 소독제", form="손 소독제", catalog_form="손소독제", want=["hand_sanitizer"], ok=["hand_soap"])
N("P05", "spacing", "한전", "저수조청소", form="저수조청소", catalog_form="저수조 청소", want=["water_tank_cleaning"])
N("P06", "spacing", "공동체", "단체티셔츠", form="단체티셔츠", catalog_form="단체 티셔츠", want=["group_tshirt"])
N("P07", "spacing", "다문화", "천연 염색 체험", form="천연 염색", catalog_form="천연염색", want=["dye_workshop"], ok=["natural_dye_scarf", "natural_dye_handkerchief"])
N("P08", "spacing", "농수산대", "농산물선물세트", form="농산물선물세트", catalog_form="농산물 선물세트", want=["gift_set_agri"], ok=["fruit_gift", "grains"])
N("P09", "spacing", "경기전", "한지 부채", form="한지 부채", catalog_form="한지부채", want=["fan_hanji"], ok=["fan_traditional"])
N("P10", "spacing", "여성가족", "공기 정화 식물", form="공기 정화", catalog_form="공기정화", want=["potted_plant+air_purifying"], ok=["potted_plant"])
N("P11", "spacing", "국악원", "국악공연", form="국악공연", catalog_form="국악 공연", want=["gugak_performance"], ok=["gugak_class"])

# ---------------------------------------------------------------- choseong (11)
N("C01", "choseong", "한전", "ㅂㅅㅇㅈ", intended="복사용지", want=["copy_paper"])
N("C02", "choseong", "공동체", "ㅎㅅㅁ 제작", intended="현수막 제작", want=["banner"])
N("C03", "choseong", "국악원", "ㄷㅅㄹ", intended="도시락", want=["lunchbox"], ok=["lunchbox_light"])
N("C04", "choseong", "농수산대", "ㄲㄷㅂ", intended="꽃다발", want=["bouquet"], ok=["flower_basket", "bouquet_soap"])
N("C05", "choseong", "기록관", "ㅁㅎ 인쇄", intended="명함 인쇄", want=["business_card"])
N("C06", "choseong", "다문화", "ㅇㅋㅂ", intended="에코백", want=["ecobag"], ok=["upcycled_bag"])
N("C07", "choseong", "공동체", "ㄱㅇ 공연", intended="국악 공연", want=["gugak_performance"], ok=["gugak_class"])
N("C08", "choseong", "경기전", "ㅂㅇㅅㄷ", intended="방역소독", want=["disinfection"])
N("C09", "choseong", "한전", "ㅌㅂㄹ", intended="텀블러", want=["tumbler"])
N("C10", "choseong", "위생과", "위생 ㅇㅊㅁ", intended="위생 앞치마", want=["apron+hygiene"], ok=["apron"])
N("C11", "choseong", "다문화", "ㅌㅂㅇ 서비스", intended="통번역 서비스", want=["translation", "interpretation"])

# ---------------------------------------------------------------- quantity (11)
N("Q01", "quantity", "한전", "A4 복사용지 80g 30박스", qty=30, want=["copy_paper"], cond={"spec": "80g"})
N("Q02", "quantity", "공동체", "에코백 300개 개당 3,000원 이하", qty=300, want=["ecobag"], ok=["upcycled_bag"], cond={"max_price": 3000})
N("Q03", "quantity", "농수산대", "텀블러 100개 예산 150만원", qty=100, budget=1500000, want=["tumbler"], cond={"max_price": 15000})
N("Q04", "quantity", "기록관", "현수막 5m x 90cm 3장", qty=3, want=["banner"])
N("Q05", "quantity", "위생과", "KF94 마스크 대형 1,000매", qty=1000, want=["mask"], cond={"spec": "KF94"})
N("Q06", "quantity", "여성가족", "쌀 10kg 50포", qty=50, want=["rice"], cond={"spec": "10kg"})
N("Q07", "quantity", "공동체", "도시락 80인분 1인 1만원 이내", qty=80, want=["lunchbox"], ok=["lunchbox_light"], cond={"max_price": 10000})
N("Q08", "quantity", "소방서", "ABC 소화기 3.3kg 20대", qty=20, want=["fire_extinguisher"], ok=["fire_ext_spray"], cond={"spec": "3.3kg"})
N("Q09", "quantity", "경기전", "손소독제 500ml 40개", qty=40, want=["hand_sanitizer"], ok=["hand_soap"], cond={"spec": "500ml"})
N("Q10", "quantity", "국악원", "답례떡 개당 2,000원 이하로 300개", qty=300, want=["rice_cake"], cond={"max_price": 2000})
N("Q11", "quantity", "다문화", "단체 티셔츠 60장, 예산 90만원", qty=60, budget=900000, want=["group_tshirt"], cond={"max_price": 15000})

# ---------------------------------------------------------------- long_sentence (11)
N("L01", "long_sentence", "농수산대",
  "11월 20일(목) 본관 대강당에서 열리는 청년농업인 초청 세미나 참석자 120명에게 점심으로 제공할 도시락을 구매하려고 합니다. 당일 11시 30분까지 배달 가능한 곳을 찾습니다.",
  qty=120, want=["lunchbox"], ok=["lunchbox_light", "catering"])
N("L02", "long_sentence", "경기전",
  "여름철 관람객 무더위 대비용으로 경기전 정문에서 나눠 드릴 한지로 만든 부채를 제작하려고 합니다. 7월 초까지 납품이 가능한지 문의드립니다.",
  want=["fan_hanji"], ok=["fan_traditional", "fan_promo"], kw=["부채", "한지"])
N("L03", "long_sentence", "국악원",
  "12월 5일 정기공연에 맞춰 관객 배포용 공연 팸플릿 3,000부를 인쇄하려 합니다. 편집 디자인까지 함께 맡아 주실 업체면 더 좋겠습니다.",
  qty=3000, want=["booklet", "leaflet"], ok=["editorial_design", "poster"], kw=["팸플릿", "리플릿", "책자"])
N("L04", "long_sentence", "위생과",
  "관내 음식점 위생등급제 홍보를 위해 업소에 배포할 로고 인쇄 물티슈를 제작하고자 합니다. 수량은 5,000개 정도이며 10월 중 납품을 희망합니다.",
  qty=5000, want=["wet_tissue"], kw=["물티슈"])
N("L05", "long_sentence", "공동체",
  "10월 둘째 주 토요일 전주종합경기장 일원에서 열리는 마을공동체 한마당 행사를 기획부터 운영까지 맡아 줄 업체를 찾고 있습니다. 체험 부스 운영과 진행 인력 포함입니다.",
  want=["event_agency"], ok=["booth_operation", "sound_operation"], kw=["행사 대행", "행사"])
N("L06", "long_sentence", "소방서",
  "불조심 강조의 달(11월)을 맞아 관내 독거노인 가구에 설치해 드릴 주택용 화재경보기(단독경보형 감지기) 150개 구매를 추진하고 있습니다.",
  qty=150, want=["smoke_detector"], kw=["감지기", "화재경보기"])
N("L07", "long_sentence", "여성가족",
  "9월 양성평등주간 기념식(전주시청 강당) 참석자 200명에게 드릴 친환경 수세미 세트를 구입하고자 합니다. 가급적 지역 사회적경제기업 제품이었으면 합니다.",
  qty=200, want=["scrubber"], kw=["수세미"])
N("L08", "long_sentence", "기록관",
  "기록관 보존서고의 해충과 곰팡이 예방을 위해 정기 소독 용역을 맡길 곳을 찾습니다. 서고 면적은 약 330㎡이고 분기별 1회 실시 예정입니다.",
  want=["disinfection"], kw=["소독", "방역"])
N("L09", "long_sentence", "다문화",
  "결혼이민자 가족 20가정이 참여하는 전통문화 체험 프로그램(11월 중, 센터 교육장)에 한지공예 강사와 재료를 함께 제공해 주실 곳을 알아보고 있습니다.",
  want=["hanji_workshop"], ok=["fan_workshop"], kw=["한지공예", "체험"])
N("L10", "long_sentence", "한전",
  "연말 사회공헌 활동으로 관내 지역아동센터와 경로당에 김장김치를 전달하려고 합니다. 10kg 단위 포장으로 100상자 정도 필요합니다.",
  qty=100, want=["kimchi"], cond={"spec": "10kg"}, kw=["김치", "김장"])
N("L11", "long_sentence", "농수산대",
  "교내 학생회관과 기숙사 공용 공간의 정기 청소를 맡아 줄 청소 용역 업체를 찾습니다. 2026년 1월부터 주 2회 실시할 계획입니다.",
  want=["building_cleaning"], ok=["window_cleaning", "carpet_cleaning"], kw=["청소"])

# ---------------------------------------------------------------- category (11)
OFFICE = ["copy_paper", "stapler", "staples", "tape_clear", "tape_packing", "tape_double", "sticky_note",
          "ballpen", "correction_tape", "marker", "file_folder", "binder", "label_paper"]
N("A01", "category", "한전", "사무용품 일괄 구매", want=OFFICE, ok=["toner", "bubble_wrap"], kw=["사무용품", "문구"])
N("A02", "category", "공동체", "마을 행사 때 나눠 먹을 간식거리",
  want=["rice_cake", "bread", "castella", "cookie", "snack_box", "refreshments", "hangwa", "rice_snack"],
  ok=["ricecake_cake", "beverage", "lunchbox_light"], kw=["간식"])
N("A03", "category", "여성가족", "친환경 생활용품",
  want=["detergent_laundry+eco", "dish_soap+eco", "cleaner_multi+eco", "scrubber", "soap_handmade", "ecobag",
        "upcycled_bag", "upcycled_pouch"],
  ok=["tumbler", "sanitary_pad+eco", "dehumidifier_charcoal", "deodorizer"], kw=["친환경", "생활용품"])
N("A04", "category", "위생과", "위생용품 일체",
  want=["mask", "gloves_disposable", "hair_cap", "hand_sanitizer", "hand_soap", "apron+hygiene"],
  ok=["wet_tissue", "tissue", "sanitizer_stand", "apron"], kw=["위생"])
N("A05", "category", "경기전", "외국인 관람객용 전통 공예 기념품",
  want=["fan_hanji", "fan_traditional", "hanji_lamp", "hanji_box", "bookmark+traditional", "natural_dye_scarf",
        "natural_dye_handkerchief"],
  ok=["hangwa", "bookmark"], kw=["공예", "기념품", "전통"])
N("A06", "category", "기록관", "청사 건물 관리 용역 (청소, 소독 등)",
  want=["building_cleaning", "window_cleaning", "disinfection", "water_tank_cleaning", "aircon_cleaning", "carpet_cleaning"],
  ok=["laundry_curtain"], kw=["청소", "소독", "용역"])
N("A07", "category", "소방서", "화재예방 홍보물 제작",
  want=["leaflet", "poster", "banner", "x_banner", "sticker_print", "booklet"],
  ok=["wet_tissue", "fan_promo", "card_news", "video_production"], kw=["홍보물", "홍보"])
N("A08", "category", "한전", "명절 선물용 지역 농산물",
  want=["rice", "grains", "gift_set_agri", "honey", "fruit_gift"],
  ok=["sesame_oil", "perilla_oil", "juice_apple", "juice", "chili_powder", "misugaru", "hangwa", "fruit_syrup"],
  kw=["선물", "농산물", "명절"])
N("A09", "category", "다문화", "가족이 함께하는 문화 체험 프로그램",
  want=["hanji_workshop", "dye_workshop", "traditional_play", "cooking_class", "kimchi_experience", "wood_workshop",
        "fan_workshop", "farm_experience", "gugak_class", "leather_workshop", "bread_class", "upcycle_workshop"],
  ok=["env_education"], kw=["체험", "프로그램"])
N("A10", "category", "국악원", "공연 기록용 영상 촬영이나 사진 촬영",
  want=["video_production", "photography"], ok=["card_news"], kw=["영상", "사진", "촬영"])
N("A11", "category", "농수산대", "농작업 실습복 일체",
  want=["work_clothes", "boots", "work_gloves"], ok=["apron", "vest"], kw=["작업복", "장화", "장갑"])

# ---------------------------------------------------------------- location (11)
# shop word -> item tags that make a product "that kind of shop"
SHOPS = {
    "떡집": ["rice_cake", "ricecake_cake"],
    "꽃집": ["bouquet", "flower_basket", "wreath", "orchid", "potted_plant"],
    "인쇄소": ["business_card", "leaflet", "booklet", "poster", "envelope", "certificate", "sticker_print"],
    "세탁소": ["laundry_service"],
    "목공방": ["wood_desk", "bookshelf", "nameplate", "cutting_board", "wood_bench", "plant_stand",
             "extinguisher_stand", "card_holder", "wood_workshop"],
    "반찬가게": ["side_dish", "kimchi"],
    "빵집": ["bread", "castella", "cookie"],
    "도시락집": ["lunchbox", "lunchbox_light"],
    "현수막집": ["banner", "x_banner", "foamex", "panel_print"],
    "방앗간": ["sesame_oil", "perilla_oil", "chili_powder", "misugaru"],
    "카페": ["coffee_beans", "drip_bag", "coffee_cold_brew", "coffee_service"],
}
N("O01", "location", "여성가족", "효자동 떡집", dong="효자동", shop="떡집")
N("O02", "location", "국악원", "서신동 근처 꽃집", dong="서신동", shop="꽃집")
N("O03", "location", "농수산대", "송천동 인쇄소", dong="송천동", shop="인쇄소")
N("O04", "location", "국악원", "삼천동 세탁소", dong="삼천동", shop="세탁소")
N("O05", "location", "공동체", "인후동 목공방", dong="인후동", shop="목공방")
N("O06", "location", "여성가족", "평화동 반찬가게", dong="평화동", shop="반찬가게")
N("O07", "location", "위생과", "중화산동 빵집", dong="중화산동", shop="빵집")
N("O08", "location", "한전", "우아동 도시락집", dong="우아동", shop="도시락집")
N("O09", "location", "소방서", "팔복동 현수막집", dong="팔복동", shop="현수막집")
N("O10", "location", "다문화", "금암동 방앗간", dong="금암동", shop="방앗간")
N("O11", "location", "기록관", "덕진동 카페", dong="덕진동", shop="카페")

# ---------------------------------------------------------------- multi_item (10)
N("M01", "multi_item", "한전", "복사용지 및 재생토너",
  items=[("복사용지", ["copy_paper"], [], {}), ("재생토너", ["toner"], [], {})])
N("M02", "multi_item", "공동체", "현수막이랑 X배너",
  items=[("현수막", ["banner"], [], {}), ("X배너", ["x_banner"], [], {})])
N("M03", "multi_item", "국악원", "도시락, 떡, 음료",
  items=[("도시락", ["lunchbox"], ["lunchbox_light"], {}), ("떡", ["rice_cake"], ["ricecake_cake"], {}),
         ("음료", ["beverage"], ["fruit_syrup", "drip_bag", "tea"], {})])
N("M04", "multi_item", "위생과", "마스크 위생장갑 위생모",
  items=[("마스크", ["mask"], [], {}), ("위생장갑", ["gloves_disposable"], [], {}), ("위생모", ["hair_cap"], [], {})])
N("M05", "multi_item", "농수산대", "졸업식 꽃다발이랑 축하 화환",
  items=[("꽃다발", ["bouquet"], ["flower_basket", "bouquet_soap"], {}), ("화환", ["wreath"], ["wreath_rice"], {})])
N("M06", "multi_item", "기록관", "보존상자, 중성지 폴더",
  items=[("보존상자", ["archive_box"], [], {}), ("중성지 폴더", ["acid_free_folder"], ["acid_free_envelope"], {})])
N("M07", "multi_item", "소방서", "소화기하고 후레쉬",
  items=[("소화기", ["fire_extinguisher"], ["fire_ext_spray"], {}), ("후레쉬", ["flashlight"], [], {})],
  word="후레쉬")
N("M08", "multi_item", "다문화", "베트남어 통역하고 안내문 번역",
  items=[("통역", ["interpretation"], [], {}), ("번역", ["translation"], [], {})])
N("M09", "multi_item", "경기전", "한지 부채랑 책갈피",
  items=[("한지 부채", ["fan_hanji"], ["fan_traditional"], {}), ("책갈피", ["bookmark"], [], {})])
N("M10", "multi_item", "여성가족", "김장김치, 반찬 그리고 쌀",
  items=[("김장김치", ["kimchi"], [], {}), ("반찬", ["side_dish"], [], {}), ("쌀", ["rice"], [], {})])


if __name__ == "__main__":
    from collections import Counter
    print(len(NEEDS), Counter(n["kind"] for n in NEEDS))
    print(Counter(n["voice"] for n in NEEDS))
