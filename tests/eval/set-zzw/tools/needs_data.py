"""수요(검색어) 정의. 1단계: 카탈로그 없이 먼저 작성한 매칭 수요 120건.
NO_MATCH 는 카탈로그 작성 뒤에 파일 맨 아래에 추가했다.

필드
  key      내부 키 (셔플 전). id_map.csv 로 ZZW-Qnnn 과 연결
  kind     유형
  inst     가정한 기관
  text     검색창 입력 그대로
  qty/budget  수량/예산(원) — 수량은 '물건의 개수'를 말한 경우만
  want     원하는 품목 태그 (관련도 2 후보)
  ok       허용 대체품 태그 (관련도 1)
  price_max  단가 상한(원). budget 만 있으면 budget/qty 로 계산
  spec_re  규격 조건 정규식 (제품명+규격에 적용)
  absent   카탈로그에 나오면 안 되는 말 (synonym/typo)
  intended 의도한 한글 (hanyeong/choseong/typo/synonym의 표준어)
  group    category 수요의 품목 묶음 이름 (GROUPS)
  dong/shop  location 수요의 법정동/가게 종류
  items    multi_item 수요의 품목별 정의
"""

SO = "전주 소년원"
YB = "전주 향토예비군 부대 복지회관"
PH = "전주 공공 심야약국"
CA = "전주 성당 무료급식소"
ST = "전주 교회 연합 지역 공부방"
RO = "전주 롤러스케이트장"
CL = "전주 실내 클라이밍장"
IC = "전주 아이스링크"
FC = "전주 유소년 축구클럽"
SB = "전주시 생활체육회 소프트볼팀"


def N(key, kind, inst, text, **kw):
    d = dict(key=key, kind=kind, inst=inst, text=text, qty=None, budget=None, want=[], ok=[],
             price_max=None, spec_re=None, absent=None, intended=None, group=None, dong=None,
             shop=None, items=None)
    d.update(kw)
    return d


# category 수요가 뜻하는 품목 묶음 (want 태그 / ok 태그)
GROUPS = {
    "event_snack": dict(name="행사 다과", want=["rice_cake", "rice_cake_gift", "hangwa", "cookie", "bread", "cake",
                                              "rice_cake_cake", "sikhye", "juice", "chocolate"],
                        ok=["fruit_extract", "traditional_tea", "drip_coffee"]),
    "office": dict(name="사무용품", want=["a4_paper", "ballpen", "stapler", "staple_refill", "clear_file", "binder",
                                       "sticky_note", "clear_tape", "correction_tape"],
                   ok=["notebook", "pencil"]),
    "safety_roller": dict(name="롤러장 안전용품", want=["helmet", "knee_pad", "elbow_pad", "wrist_guard", "protector_set"],
                          ok=["first_aid_kit", "grip_socks"]),
    "hygiene_kitchen": dict(name="급식소 위생용품", want=["sanitary_gloves", "mask", "hand_sanitizer", "apron", "hair_cap"],
                            ok=["nitrile_gloves", "wet_wipes", "rubber_gloves"]),
    "cleaning_goods": dict(name="청소용품", want=["mop", "bucket", "rubber_gloves", "cleaner_multi", "cleaning_cloth"],
                           ok=["dish_detergent", "recycling_bin", "knit_scrubber"]),
    "school_supplies": dict(name="학용품", want=["notebook", "colored_pencil", "pencil", "eraser", "sketchbook", "ballpen"],
                            ok=["clear_file", "crayon"]),
    "soccer_training": dict(name="축구 훈련용품", want=["soccer_ball", "bib", "marker_cone"],
                            ok=["futsal_ball", "sport_bottle"]),
    "winter_warm": dict(name="방한용품", want=["hot_pack", "blanket", "knit_gloves", "neck_warmer", "rechargeable_warmer"],
                        ok=["thermos"]),
    "team_wear": dict(name="단체복", want=["team_tshirt", "uniform_softball", "training_suit"],
                      ok=["logo_cap", "uniform_soccer"]),
    "holiday_gift": dict(name="명절 선물세트", want=["gift_set"], ok=["rice_cake_gift"]),
    "daily_goods": dict(name="생활용품", want=["towel", "toothbrush_set", "soap", "shampoo", "slippers"],
                        ok=["sports_towel", "wet_wipes"]),
}

NEEDS = [
    # ---------------- exact (11)
    N("EX01", "exact", SO, "복사용지", want=["a4_paper"]),
    N("EX02", "exact", SB, "명함 제작", want=["namecard"]),
    N("EX03", "exact", FC, "축구공", want=["soccer_ball"], ok=["futsal_ball"]),
    N("EX04", "exact", PH, "손소독제", want=["hand_sanitizer"]),
    N("EX05", "exact", RO, "무릎보호대", want=["knee_pad"], ok=["protector_set"]),
    N("EX06", "exact", CL, "클라이밍 초크", want=["chalk"]),
    N("EX07", "exact", IC, "핫팩", want=["hot_pack"], ok=["rechargeable_warmer"]),
    N("EX08", "exact", CA, "배추김치", want=["kimchi_cabbage"], ok=["kimchi_white"]),
    N("EX09", "exact", ST, "공책", want=["notebook"], ok=["sketchbook"]),
    N("EX10", "exact", SB, "현수막", want=["banner"], ok=["mini_banner"]),
    N("EX11", "exact", YB, "수건", want=["towel"], ok=["sports_towel"]),

    # ---------------- synonym (11): 판매자가 쓰지 않을 말
    N("SY01", "synonym", SO, "호치키스", want=["stapler"], ok=["staple_refill"], absent="호치키스", intended="스테이플러"),
    N("SY02", "synonym", ST, "스카치테이프", want=["clear_tape"], absent="스카치", intended="투명테이프"),
    N("SY03", "synonym", PH, "포스트잇", want=["sticky_note"], absent="포스트잇", intended="점착메모지"),
    N("SY04", "synonym", RO, "대일밴드", want=["bandage"], ok=["first_aid_kit"], absent="대일밴드", intended="일회용 밴드"),
    N("SY05", "synonym", CA, "바께쓰", want=["bucket"], absent="바께쓰", intended="양동이"),
    N("SY06", "synonym", SO, "추리닝 상하", want=["training_suit"], absent="추리닝", intended="트레이닝복"),
    N("SY07", "synonym", SO, "쓰레빠", want=["slippers"], absent="쓰레빠", intended="슬리퍼"),
    N("SY08", "synonym", FC, "비브스", want=["bib"], absent="비브스", intended="훈련용 조끼"),
    N("SY09", "synonym", ST, "뽁뽁이", want=["bubble_wrap"], absent="뽁뽁이", intended="에어캡"),
    N("SY10", "synonym", RO, "찌라시 인쇄", want=["flyer"], ok=["leaflet"], absent="찌라시", intended="전단지"),
    N("SY11", "synonym", IC, "마호병", want=["thermos"], ok=["tumbler"], absent="마호병", intended="보온병"),

    # ---------------- typo (11)
    N("TY01", "typo", YB, "클리어화일", want=["clear_file"], ok=["binder"], absent="화일", intended="클리어파일"),
    N("TY02", "typo", ST, "떡볶기", want=["tteokbokki"], absent="떡볶기", intended="떡볶이"),
    N("TY03", "typo", RO, "팔굼치 보호대", want=["elbow_pad"], ok=["protector_set"], absent="팔굼치", intended="팔꿈치 보호대"),
    N("TY04", "typo", ST, "쵸콜릿", want=["chocolate"], ok=["hot_chocolate"], absent="쵸콜릿", intended="초콜릿"),
    N("TY05", "typo", SO, "케익", want=["cake"], ok=["rice_cake_cake"], absent="케익", intended="케이크"),
    N("TY06", "typo", FC, "프랑카드", want=["banner"], ok=["mini_banner"], absent="프랑카드", intended="플래카드(현수막)"),
    N("TY07", "typo", CA, "설겆이 세제", want=["dish_detergent"], absent="설겆이", intended="설거지 세제"),
    N("TY08", "typo", CA, "깍뚜기", want=["kkakdugi"], ok=["kimchi_cabbage", "kimchi_chonggak"], absent="깍뚜기", intended="깍두기"),
    N("TY09", "typo", YB, "육계장", want=["yukgaejang"], absent="육계장", intended="육개장"),
    N("TY10", "typo", FC, "유니펌", want=["uniform_soccer"], ok=["uniform_softball"], absent="유니펌", intended="유니폼"),
    N("TY11", "typo", IC, "쥬스", want=["juice"], ok=["fruit_extract"], absent="쥬스", intended="주스"),

    # ---------------- hanyeong (11): 8 전부 영문, 3 한글 섞임
    N("HY01", "hanyeong", PH, "anfxltb", want=["wet_wipes"], intended="물티슈"),
    N("HY02", "hanyeong", PH, "aktmzm", want=["mask"], intended="마스크"),
    N("HY03", "hanyeong", SO, "qhfvps", want=["ballpen"], ok=["promo_pen"], intended="볼펜"),
    N("HY04", "hanyeong", YB, "Ejr", want=["rice_cake", "rice_cake_gift"], ok=["rice_cake_cake", "rice_cake_soup"], intended="떡"),
    N("HY05", "hanyeong", CL, "chzm", want=["chalk"], intended="초크"),
    N("HY06", "hanyeong", RO, "gpfapt", want=["helmet"], intended="헬멧"),
    N("HY07", "hanyeong", FC, "todtn", want=["water"], intended="생수"),
    N("HY08", "hanyeong", YB, "zjvl", want=["coffee_beans", "drip_coffee", "cold_brew"], ok=["coffee_catering"], intended="커피"),
    N("HY09", "hanyeong", ST, "gkswl 공예 체험", want=["hanji_craft"], ok=["craft_experience", "maedeup_craft"], intended="한지 공예 체험"),
    N("HY10", "hanyeong", FC, "축구 dbslvha", want=["uniform_soccer"], intended="축구 유니폼"),
    N("HY11", "hanyeong", SB, "사무용 vkdlf", want=["clear_file", "binder"], intended="사무용 파일"),

    # ---------------- spacing (11)
    N("SP01", "spacing", CA, "위생 장갑", want=["sanitary_gloves"], ok=["nitrile_gloves"], intended="위생장갑"),
    N("SP02", "spacing", CA, "일회용도시락용기", want=["disposable_container"], intended="일회용 도시락 용기"),
    N("SP03", "spacing", CL, "스포츠 타월", want=["sports_towel"], ok=["towel"], intended="스포츠타월"),
    N("SP04", "spacing", ST, "분리 수거함", want=["recycling_bin"], intended="분리수거함"),
    N("SP05", "spacing", SB, "단체티셔츠", want=["team_tshirt"], intended="단체 티셔츠"),
    N("SP06", "spacing", RO, "배너거치대", want=["banner_stand"], intended="배너 거치대"),
    N("SP07", "spacing", IC, "핫 초코", want=["hot_chocolate"], intended="핫초코"),
    N("SP08", "spacing", ST, "보드 게임", want=["board_game"], ok=["board_game_program"], intended="보드게임"),
    N("SP09", "spacing", ST, "색 연필", want=["colored_pencil"], ok=["crayon"], intended="색연필"),
    N("SP10", "spacing", PH, "약 봉투", want=["pharmacy_bag"], intended="약봉투"),
    N("SP11", "spacing", RO, "미끄럼방지양말", want=["grip_socks"], intended="미끄럼 방지 양말"),

    # ---------------- choseong (11)
    N("CH01", "choseong", PH, "ㅁㅌㅅ", want=["wet_wipes"], intended="물티슈"),
    N("CH02", "choseong", PH, "ㅅㅅㄷㅈ", want=["hand_sanitizer"], intended="손소독제"),
    N("CH03", "choseong", YB, "ㅎㄱ", want=["hangwa"], intended="한과"),
    N("CH04", "choseong", FC, "ㅊㄱㄱ", want=["soccer_ball"], ok=["futsal_ball"], intended="축구공"),
    N("CH05", "choseong", CA, "ㄷㅅㄹ", want=["lunchbox"], intended="도시락"),
    N("CH06", "choseong", IC, "ㅎㅍ", want=["hot_pack"], ok=["rechargeable_warmer"], intended="핫팩"),
    N("CH07", "choseong", SO, "ㅂㅍ", want=["ballpen"], ok=["promo_pen"], intended="볼펜"),
    N("CH08", "choseong", SB, "ㅌㄹㅍ", want=["trophy"], ok=["plaque"], intended="트로피"),
    N("CH09", "choseong", CL, "클라이밍 ㅊㅋㅂ", want=["chalk_bag"], intended="클라이밍 초크백"),
    N("CH10", "choseong", FC, "ㅁㄷ 제작", want=["medal"], intended="메달 제작"),
    N("CH11", "choseong", YB, "ㅋㅍ 원두", want=["coffee_beans"], ok=["drip_coffee"], intended="커피 원두"),

    # ---------------- quantity (11)
    N("QT01", "quantity", SO, "A4 복사용지 10박스", qty=10, want=["a4_paper"]),
    N("QT02", "quantity", FC, "축구공 4호 30개", qty=30, want=["soccer_ball"], ok=["futsal_ball"], spec_re=r"4\s*호"),
    N("QT03", "quantity", RO, "무릎보호대 아동용 S사이즈 20세트", qty=20, want=["knee_pad"], ok=["protector_set"],
      spec_re=r"아동|주니어|키즈|\bS\b|S사이즈|XS"),
    N("QT04", "quantity", PH, "KF94 마스크 대형 500매", qty=500, want=["mask"], spec_re=r"KF94"),
    N("QT05", "quantity", CA, "백미 20kg 5포", qty=5, want=["rice"], spec_re=r"20\s*kg"),
    N("QT06", "quantity", YB, "수건 40수 150g 100장", qty=100, want=["towel"], ok=["sports_towel"], spec_re=r"40수"),
    N("QT07", "quantity", IC, "핫팩 100개 개당 1000원 이하", qty=100, want=["hot_pack"], price_max=1000),
    N("QT08", "quantity", SB, "단체 티셔츠 50벌 예산 50만원", qty=50, budget=500000, want=["team_tshirt"]),
    N("QT09", "quantity", SB, "트로피 높이 30cm 3개", qty=3, want=["trophy"], ok=["plaque"], spec_re=r"30\s*cm"),
    N("QT10", "quantity", FC, "생수 500ml 20박스", qty=20, want=["water"], spec_re=r"500\s*ml"),
    N("QT11", "quantity", SO, "답례떡 200개 예산 60만원", qty=200, budget=600000, want=["rice_cake_gift"], ok=["rice_cake"]),

    # ---------------- long_sentence (11)
    N("LS01", "long_sentence", SO, "다음 달 3일 소년원 제과제빵 직업훈련 과정 수료식에 쓸 수료 기념 떡케이크를 주문하고자 하니 가능 여부를 회신 바랍니다",
      want=["rice_cake_cake"], ok=["cake"]),
    N("LS02", "long_sentence", YB, "12월 예비군 동원훈련 기간 동안 복지회관 휴게실에 비치할 원두커피를 매주 납품받고자 하오니 견적서를 제출하여 주시기 바랍니다",
      want=["coffee_beans"], ok=["drip_coffee", "cold_brew"]),
    N("LS03", "long_sentence", PH, "심야 시간대 약국을 찾는 시민분들이 대기하실 때 덮을 무릎담요를 비치하려고 하니 세탁이 쉬운 제품으로 추천 부탁드립니다",
      want=["blanket"]),
    N("LS04", "long_sentence", CA, "성당 무료급식소에서 매주 화요일과 목요일 어르신 120분께 드릴 반찬을 정기적으로 납품해 주실 업체를 찾고 있습니다",
      want=["side_dish"], ok=["kimchi_cabbage", "kkakdugi", "kimchi_white", "kimchi_chonggak"]),
    N("LS05", "long_sentence", ST, "겨울방학 동안 교회 연합 공부방 아이들과 함께할 한지나 매듭 같은 전통 공예 체험 프로그램을 재료와 강사 포함으로 진행해 주실 곳을 구합니다",
      want=["hanji_craft", "maedeup_craft"], ok=["craft_experience"]),
    N("LS06", "long_sentence", RO, "롤러스케이트장 개장 10주년을 맞아 3월 말 방문객에게 나눠 드릴 로고가 인쇄된 판촉용 볼펜을 제작하려고 합니다",
      want=["promo_pen"], ok=["ballpen"]),
    N("LS07", "long_sentence", CL, "실내 클라이밍장 매트와 바닥을 주 1회 정기적으로 청소해 주실 수 있는 업체가 있는지 문의드립니다",
      want=["cleaning_service"], ok=["disinfection_service"]),
    N("LS08", "long_sentence", IC, "아이스링크 겨울 시즌 동안 관람석 매점에서 판매할 유자차나 생강차 같은 따뜻한 전통차를 매월 공급받고자 합니다",
      want=["traditional_tea"], ok=["hot_chocolate"]),
    N("LS09", "long_sentence", FC, "유소년 축구클럽 시즌 종료 시상식(11월 22일)에서 선수들에게 수여할 이름 각인 메달 30개를 제작하고자 합니다",
      qty=30, want=["medal"], ok=["trophy"]),
    N("LS10", "long_sentence", SB, "생활체육회 소프트볼팀 도민체전 출전을 앞두고 선수들이 쓸 모자에 팀 로고 자수를 넣어 주실 업체를 찾습니다",
      want=["logo_cap"], ok=["embroidery_service"]),
    N("LS11", "long_sentence", YB, "향토예비군 부대 복지회관 리모델링 개관식(4월 7일)에 화환 대신 놓을 공기정화 화분을 주문하려고 합니다",
      want=["potted_plant"], ok=["orchid"]),

    # ---------------- category (11)
    N("CT01", "category", SO, "행사 다과", group="event_snack"),
    N("CT02", "category", YB, "사무용품", group="office"),
    N("CT03", "category", RO, "안전용품", group="safety_roller"),
    N("CT04", "category", CA, "주방 위생용품", group="hygiene_kitchen"),
    N("CT05", "category", CL, "청소용품", group="cleaning_goods"),
    N("CT06", "category", ST, "학용품", group="school_supplies"),
    N("CT07", "category", FC, "축구 훈련용품", group="soccer_training"),
    N("CT08", "category", IC, "방한용품", group="winter_warm"),
    N("CT09", "category", SB, "단체복", group="team_wear"),
    N("CT10", "category", YB, "명절 선물세트", group="holiday_gift"),
    N("CT11", "category", SO, "생활용품", group="daily_goods"),

    # ---------------- location (10): 실제 전주 법정동 + 가게 종류
    N("LO01", "location", SO, "서신동 떡집", dong="서신동", shop="rice_cake_shop"),
    N("LO02", "location", RO, "효자동 인쇄소", dong="효자동", shop="print_shop"),
    N("LO03", "location", YB, "중화산동 꽃집", dong="중화산동", shop="flower_shop"),
    N("LO04", "location", CA, "인후동 반찬가게", dong="인후동", shop="side_dish_shop"),
    N("LO05", "location", ST, "송천동 빵집", dong="송천동", shop="bakery"),
    N("LO06", "location", SB, "삼천동 세탁소", dong="삼천동", shop="laundry"),
    N("LO07", "location", PH, "덕진동 카페", dong="덕진동", shop="cafe"),
    N("LO08", "location", CL, "평화동 청소업체", dong="평화동", shop="cleaning_company"),
    N("LO09", "location", ST, "우아동 공방", dong="우아동", shop="craft_workshop"),
    N("LO10", "location", FC, "금암동 체육사", dong="금암동", shop="sports_shop"),

    # ---------------- multi_item (11)
    N("MI01", "multi_item", SO, "A4용지 및 볼펜", items=[
        dict(item="A4용지", want=["a4_paper"]), dict(item="볼펜", want=["ballpen"], ok=["promo_pen"])]),
    N("MI02", "multi_item", FC, "생수랑 이온음료", items=[
        dict(item="생수", want=["water"]), dict(item="이온음료", want=["sports_drink"])]),
    N("MI03", "multi_item", FC, "축구공하고 마커콘", items=[
        dict(item="축구공", want=["soccer_ball"], ok=["futsal_ball"]), dict(item="마커콘", want=["marker_cone"])]),
    N("MI04", "multi_item", CA, "위생장갑, 앞치마", items=[
        dict(item="위생장갑", want=["sanitary_gloves"], ok=["nitrile_gloves"]), dict(item="앞치마", want=["apron"])]),
    N("MI05", "multi_item", RO, "헬멧 무릎보호대 손목보호대", items=[
        dict(item="헬멧", want=["helmet"]), dict(item="무릎보호대", want=["knee_pad"], ok=["protector_set"]),
        dict(item="손목보호대", want=["wrist_guard"], ok=["protector_set"])]),
    N("MI06", "multi_item", CL, "초크 및 초크백", items=[
        dict(item="초크", want=["chalk"]), dict(item="초크백", want=["chalk_bag"])]),
    N("MI07", "multi_item", YB, "떡이랑 식혜", items=[
        dict(item="떡", want=["rice_cake", "rice_cake_gift"], ok=["rice_cake_cake"]), dict(item="식혜", want=["sikhye"])]),
    N("MI08", "multi_item", IC, "핫팩이랑 담요", items=[
        dict(item="핫팩", want=["hot_pack"], ok=["rechargeable_warmer"]), dict(item="담요", want=["blanket"])]),
    N("MI09", "multi_item", PH, "약봉투 및 종이쇼핑백", items=[
        dict(item="약봉투", want=["pharmacy_bag"]), dict(item="종이쇼핑백", want=["paper_bag"])]),
    N("MI10", "multi_item", ST, "공책 색연필 스케치북", items=[
        dict(item="공책", want=["notebook"]), dict(item="색연필", want=["colored_pencil"], ok=["crayon"]),
        dict(item="스케치북", want=["sketchbook"])]),
    N("MI11", "multi_item", SB, "현수막하고 단체티", items=[
        dict(item="현수막", want=["banner"], ok=["mini_banner"]), dict(item="단체티", want=["team_tshirt"])]),
]


# ======================================================================
# 3단계: 카탈로그를 쓴 뒤에 작성한 매칭 없음 수요 30건 (어려움 20, 쉬움 10)
# overlap = 카탈로그와 겹치는 말, reason = 해당 제품이 없는 이유
def M(key, level, inst, text, overlap, reason, qty=None, budget=None):
    return dict(key=key, kind="no_match", level=level, inst=inst, text=text, overlap=overlap, reason=reason,
                qty=qty, budget=budget)


NO_MATCH = [
    M("NM01", "어려움", SO, "복사기 임대", "복사(복사용지)", "복사용지만 있고 복사기(기계) 임대는 없음"),
    M("NM02", "어려움", FC, "축구장 인조잔디 보수 공사", "축구", "시설 공사. 축구 용품·유니폼만 있음"),
    M("NM03", "어려움", RO, "롤러스케이트 대여", "롤러스케이트(보호대 설명)", "보호대는 팔지만 스케이트 자체의 대여는 없음"),
    M("NM04", "어려움", IC, "아이스링크 제빙차 정비", "아이스링크 관련 방한용품", "차량·장비 정비 업체 없음"),
    M("NM05", "어려움", CL, "클라이밍 홀드 루트 세팅 시공", "클라이밍, 홀드(홀드 브러시)", "초크·브러시만 있고 벽 시공은 없음"),
    M("NM06", "어려움", SB, "현수막 지정게시대 설치 공사", "현수막", "현수막 인쇄는 있으나 게시대 구조물 공사는 없음"),
    M("NM07", "어려움", SO, "떡 뽑는 기계 구입", "떡, 가래떡(당일 뽑은)", "떡은 있으나 제조 기계는 없음"),
    M("NM08", "어려움", CA, "반찬 배송용 냉장 탑차 임차", "반찬, 배송", "차량 임차 없음 (반찬 정기배송 서비스는 음식 납품)"),
    M("NM09", "어려움", PH, "약포장기 수리", "약(약봉투), 포장", "약봉투는 있으나 조제 포장 기계 수리는 없음"),
    M("NM10", "어려움", CA, "김치냉장고", "김치", "김치는 있으나 가전제품은 없음"),
    M("NM11", "어려움", SB, "소프트볼 구장 조명탑 설치", "소프트볼", "소프트볼 공·배트·유니폼만 있고 시설 공사는 없음"),
    M("NM12", "어려움", FC, "유소년 축구 경기 심판 배정", "유소년 축구", "자격 심판 파견 업체 없음"),
    M("NM13", "어려움", YB, "에어컨 설치 공사", "에어컨(에어컨 분해 청소)", "청소만 있고 설치 공사(냉매·배관, 면허 업종)는 없음"),
    M("NM14", "어려움", YB, "커피머신 렌탈", "커피", "원두·커피 케이터링은 있으나 기계 렌탈 없음"),
    M("NM15", "어려움", CA, "도시락 배달용 전기 오토바이 구매", "도시락, 배달", "차량(이륜차) 판매 없음"),
    M("NM16", "어려움", YB, "수건 건조기 구입", "수건", "수건·수건 세탁은 있으나 건조기(기계)는 없음"),
    M("NM17", "어려움", RO, "헬멧 KC 안전인증 시험 대행", "헬멧, KC인증", "인증받은 헬멧은 팔지만 시험·인증 대행은 없음"),
    M("NM18", "어려움", SO, "제빵 오븐 수리", "제빵(제과제빵 직업훈련, 빵)", "오븐(장비) 수리 업체 없음"),
    M("NM19", "어려움", ST, "보드게임 카페 대관", "보드게임", "보드게임 판매·출강 교육만 있고 공간 대관은 없음"),
    M("NM20", "어려움", FC, "원정 경기 셔틀버스 임차", "경기(시합용 축구공)", "전세버스·차량 임차 없음"),
    M("NM21", "쉬움", CL, "소화기 충전", "-", "관련 제품 없음"),
    M("NM22", "쉬움", SO, "CCTV 설치", "-", "관련 제품 없음"),
    M("NM23", "쉬움", YB, "법률 자문", "-", "관련 제품 없음"),
    M("NM24", "쉬움", PH, "직원 건강검진 예약", "-", "관련 제품 없음"),
    M("NM25", "쉬움", ST, "피아노 조율", "-", "관련 제품 없음"),
    M("NM26", "쉬움", FC, "승합차 타이어 교체", "-", "관련 제품 없음"),
    M("NM27", "쉬움", IC, "해외 연수 항공권", "-", "관련 제품 없음"),
    M("NM28", "쉬움", RO, "태양광 패널", "-", "관련 제품 없음"),
    M("NM29", "쉬움", CA, "수족관 관상어", "-", "관련 제품 없음"),
    M("NM30", "쉬움", SB, "치과 스케일링", "-", "관련 제품 없음"),
]
