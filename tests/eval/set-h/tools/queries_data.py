# -*- coding: utf-8 -*-
"""Needs (queries) for evaluation set H with their judgements.

Each entry: dict(kind, text, qty, budget, rel={product_key: grade}, items={product_key: 품목})
 - grade 2 = what the need asks for, 1 = acceptable substitute
 - items only for multi_item, only on grade-2 keys
 - no_match entries carry sub='hard'|'easy' and note (shared word / why nothing fits)
 - hanyeong entries are given as segments [(text, typed_in_english_mode)], converted by kbd.to_keys
"""

Q = []


def add(kind, text, rel=None, qty="", budget="", items=None, **kw):
    d = dict(kind=kind, text=text, rel=rel or {}, qty=qty, budget=budget, items=items or {})
    d.update(kw)
    Q.append(d)


# ---------------------------------------------------------------- exact (11)
add("exact", "두루마리 화장지 구매", {"toilet_roll": 2, "jumbo_roll": 1}, qty=50, budget=850000)
add("exact", "웹 접근성 진단 컨설팅", {"access_audit": 2, "access_cert": 1})
add("exact", "한지 스탠드 조명", {"hanji_lamp": 2}, qty=12)
add("exact", "방문목욕 서비스 업체", {"bath": 2, "home_care": 1})
add("exact", "폐현수막 재활용 에코백", {"banner_bag": 2, "banner_shopbag": 1}, qty=400)
add("exact", "구내식당 위탁 운영", {"cafeteria": 2})
add("exact", "재생 토너 카트리지", {"toner": 2, "printer_maint": 1})
add("exact", "영상 한글 자막 제작", {"caption": 2})
add("exact", "어르신 스마트폰 활용 교육", {"smartphone_edu": 2, "kiosk_edu": 1})
add("exact", "행사용 천막 대여", {"tent": 2}, qty=10)
add("exact", "저온압착 참기름", {"sesame_oil": 2, "perilla_oil": 1})

# ---------------------------------------------------------------- synonym (11)
add("synonym", "사무실 휴지 구매", {"toilet_roll": 2, "jumbo_roll": 2, "tissue": 1})
add("synonym", "퀵서비스로 서류 전달", {"doc_delivery": 2, "parcel": 1})
add("synonym", "장례식장 조화 보내기", {"wreath": 2})
add("synonym", "공원 풀베기", {"mowing": 2})
add("synonym", "탁주 납품", {"makgeolli": 2, "sul_gift": 1}, qty=100)
add("synonym", "팜플렛 제작", {"leaflet": 2})
add("synonym", "리퍼 PC 구입", {"refurb_pc": 2}, qty=10, budget=3500000)
add("synonym", "바퀴벌레 퇴치", {"pest": 2})
add("synonym", "포스트잇 로고 인쇄", {"sticky_memo": 2, "tteok_memo": 1}, qty=1000)
add("synonym", "크리넥스 갑티슈", {"tissue": 2})
add("synonym", "경로당 영정사진 촬영", {"longevity_photo": 2})

# ---------------------------------------------------------------- typo (11)
add("typo", "에코벡 제작", {"canvas_bag": 2, "banner_bag": 2, "banner_shopbag": 1}, qty=300)
add("typo", "현수먁 제작", {"banner": 2})
add("typo", "카스테라", {"castella": 2})
add("typo", "리플렛 인쇄", {"leaflet": 2}, budget=300000)
add("typo", "방충만 교체", {"screen": 2})
add("typo", "도시략 주문", {"event_dosirak": 2, "premium_dosirak": 2, "sandwich": 1, "gimbap": 1})
add("typo", "간벙인 파견", {"caregiver": 2, "shared_care": 1})
add("typo", "스튜키 화분", {"air_plant": 2})
add("typo", "웹 접근썽 점검", {"access_audit": 2, "access_cert": 1})
add("typo", "콜드부루 선물세트", {"cold_brew": 2})
add("typo", "키오스그 교육", {"kiosk_edu": 2, "smartphone_edu": 1})

# ---------------------------------------------------------------- hanyeong (11)
add("hanyeong", [("화장지", True)], {"toilet_roll": 2, "jumbo_roll": 2, "hand_towel": 1, "tissue": 1})
add("hanyeong", [("현수막", True), (" 제작", False)], {"banner": 2})
add("hanyeong", [("도시락", True), (" 40개", False)],
    {"event_dosirak": 2, "premium_dosirak": 2, "sandwich": 1, "gimbap": 1}, qty=40)
add("hanyeong", [("방역 소독", True)], {"pest": 2, "infection": 2, "toy_sanitize": 1})
add("hanyeong", [("경로당 ", False), ("웃음치료", True)], {"laughter": 2})
add("hanyeong", [("막걸리", True)], {"makgeolli": 2, "sul_gift": 1})
add("hanyeong", [("참기름", True), (" 350ml", False)], {"sesame_oil": 2, "perilla_oil": 1})
add("hanyeong", [("에코백", True)], {"canvas_bag": 2, "banner_bag": 2, "banner_shopbag": 1})
add("hanyeong", [("꽃바구니", True), (" 배달", False)], {"flower_basket": 2, "orchid": 1, "wreath": 1})
add("hanyeong", [("떡케이크", True)], {"tteok_cake": 2, "birthday_cake": 1})
add("hanyeong", [("간병인 파견", True)], {"caregiver": 2, "shared_care": 1})

# ---------------------------------------------------------------- spacing (11)
add("spacing", "떡 케이크 주문", {"tteok_cake": 2, "birthday_cake": 1})
add("spacing", "폐현 수막 가방", {"banner_bag": 2, "banner_shopbag": 1})
add("spacing", "방 충망교체", {"screen": 2})
add("spacing", "어르신스마트폰교육", {"smartphone_edu": 2, "kiosk_edu": 1})
add("spacing", "에어 컨 청소", {"aircon": 2})
add("spacing", "창호단열필름시공", {"insulation_film": 2, "insulation_repair": 1})
add("spacing", "행사용천막대여", {"tent": 2})
add("spacing", "수어통역영상제작", {"sign_video": 2, "caption": 1})
add("spacing", "상자 텃 밭 키트", {"box_garden": 2, "seedlings": 1}, qty=30)
add("spacing", "근무 복 세탁", {"uniform_laundry": 2})
add("spacing", "판 소리 체험", {"pansori_class": 2, "janggu_class": 1})

# ---------------------------------------------------------------- choseong (11)
add("choseong", "ㅎㅅㅁ", {"banner": 2, "banner_hang": 1})
add("choseong", "ㄷㅅㄹ 30개", {"event_dosirak": 2, "premium_dosirak": 2, "sandwich": 1, "gimbap": 1}, qty=30)
add("choseong", "ㄷㅈ 2kg", {"doenjang": 2, "jang_gift": 1})
add("choseong", "ㅂㅁㅁㅇ 서비스", {"bath": 2, "home_care": 1})
add("choseong", "경로당 ㄱㅇㄱㅇ", {"gugak_show": 2, "village_perf": 1})
add("choseong", "ㅁㄱㄹ 선물세트", {"sul_gift": 2, "makgeolli": 1})
add("choseong", "ㄱㅁㅂ 제작", {"jumper": 2, "chef_uniform": 1})
add("choseong", "ㄱㄴㅅㄷ 위탁운영", {"cafeteria": 2})
add("choseong", "ㅂㅊㅁ 교체", {"screen": 2})
add("choseong", "ㅅㅁㅌㅍ 교육", {"smartphone_edu": 2, "kiosk_edu": 1})
add("choseong", "ㄸㅁㅁㅈ", {"tteok_memo": 2, "sticky_memo": 1})

# ---------------------------------------------------------------- quantity (11)
add("quantity", "A4 복사용지 80g 2500매 40박스", {"a4": 2}, qty=40, budget=960000)
add("quantity", "LED 평판등 640*640 50W 120개", {"led_panel": 2, "led_replace": 1}, qty=120)
add("quantity", "KF94 대형 2,000매 개별포장", {"kf94": 2}, qty=2000)
add("quantity", "현수막 5m×0.9m 20장 (5/3 행사)", {"banner": 2}, qty=20, budget=700000)
add("quantity", "생막걸리 750ml 60병 9월27일 납품", {"makgeolli": 2}, qty=60)
add("quantity", "쿠키 선물세트 12입 300세트 10/15까지", {"cookie_set": 2}, qty=300, budget=4500000)
add("quantity", "HP CF217A 호환 토너 15개", {"toner": 2}, qty=15)
add("quantity", "근무복 점퍼 XL 40벌 L 30벌 로고자수", {"jumper": 2}, qty=70)
add("quantity", "고춧가루 1kg x 50봉 (11/20 김장나눔)", {"gochugaru": 2}, qty=50)
add("quantity", "두루마리 3겹 30m 30롤 50팩", {"toilet_roll": 2}, qty=50)
add("quantity", "스피커 2조 무선마이크 4개 6/14(토) 하루 임대", {"sound_rent": 2}, qty=1)

# ---------------------------------------------------------------- long_sentence (11)
add("long_sentence",
    "10월 24일(금) 완산구청 3층 대회의실에서 주민자치위원 워크숍이 있습니다. 참석 인원은 60명이고 점심으로 1인 1개씩 한식 도시락을 받고 싶습니다. 11시 30분까지 배달 가능한지 확인 부탁드립니다.",
    # 정찬 도시락(14,000원)은 60개면 예산 60만 원을 넘어 대체품(1)으로 둠
    {"event_dosirak": 2, "premium_dosirak": 1, "sandwich": 1, "gimbap": 1, "buffet": 1}, qty=60, budget=600000)
add("long_sentence",
    "복지관 이용 어르신 중 거동이 불편하신 분들 댁으로 주 2회 반찬을 가져다 드리는 사업을 준비하고 있습니다. 대상은 25가구 정도이며 내년 1월부터 12월까지 진행할 예정입니다. 안부 확인까지 해 주시면 더 좋겠습니다.",
    {"senior_delivery": 2, "weekly_banchan": 1, "banchan_set": 1}, qty=25)
add("long_sentence",
    "여름방학 중(7.28~8.8) 초등 돌봄교실 아동 20명을 대상으로 버려지는 물건을 활용해 새 물건을 만드는 환경 수업을 2회 하려고 합니다. 재료비 포함 견적 부탁드립니다.",
    {"upcycle_class": 2}, qty=2, budget=800000)
add("long_sentence",
    "본관 1층 민원실 창이 서향이라 여름마다 덥다는 민원이 계속 들어옵니다. 창 면적은 약 45㎡이고 8월 중에 유리에 열 차단 필름을 붙이는 시공을 하고자 합니다.",
    {"insulation_film": 2}, qty=45)
add("long_sentence",
    "12월 20일 덕진공원 일대에서 주민 300명이 참여하는 송년 행사를 엽니다. 무대 옆에 사진 찍을 수 있는 공간을 꾸미려 하는데, 디자인부터 설치·철거까지 맡아 줄 곳을 찾습니다.",
    {"photozone": 2, "balloon": 1, "festival_ops": 1})
add("long_sentence",
    "7월 물놀이 안전 캠페인을 삼천 일대에서 진행합니다. 시민 500명에게 나눠 줄 부채에 캠페인 문구와 로고를 넣고 싶고, 개당 6천 원 안쪽이면 좋겠습니다.",
    {"hanji_fan": 2}, qty=500, budget=3000000)
add("long_sentence",
    "○○어린이집입니다. 5월 가정의 달 행사로 원아 35명이 직접 쿠키를 만들어 보는 활동을 계획하고 있습니다. 강사님이 원으로 방문해 주실 수 있는지 문의드립니다.",
    {"cookie_class": 2})
add("long_sentence",
    "송천1동 행정복지센터 2층 프로그램실 에어컨 4대에서 켤 때마다 냄새가 납니다. 6월 초 본격 사용 전에 분해해서 깨끗이 세척해 줄 업체를 구합니다.",
    {"aircon": 2}, qty=4)
add("long_sentence",
    "시립도서관 홈페이지가 내년 웹 접근성 인증 갱신 대상입니다. 현재 상태 점검과 수정, 인증 심사 대응까지 한 번에 맡길 업체를 찾고 있습니다.",
    {"access_cert": 2, "access_audit": 2})
add("long_sentence",
    "시청 민원실 로비와 각 층 복도에 둔 식물이 관리가 안 되어 시들고 있습니다. 월 1회 방문해서 물 주고 상한 식물은 바꿔 주는 방식으로 1년간 맡기고 싶습니다.",
    {"indoor_garden": 2, "air_plant": 1}, budget=2400000)
add("long_sentence",
    "○○요양원입니다. 입소자 80명분 침대 시트와 이불을 주 2회 수거해 세탁한 뒤 다시 가져다주는 계약을 하려 합니다. 수거·배송 포함 단가를 알려 주세요.",
    {"linen": 2, "blanket": 1, "hotel_laundry": 1})

# ---------------------------------------------------------------- category (11)
add("category", "경로당 어르신 여가 프로그램",
    {"laughter": 2, "senior_exercise": 2, "gugak_show": 2,
     "smartphone_edu": 1, "kiosk_edu": 1, "janggu_class": 1, "village_perf": 1})
add("category", "청사 화장실 소모품",
    {"toilet_roll": 2, "jumbo_roll": 2, "hand_towel": 2, "hand_foam": 2,
     "wet_tissue": 1, "tissue": 1, "sanitizer": 1, "cleaner": 1, "diffuser": 1, "soap": 1})
add("category", "회의 다과 간식",
    {"madeleine": 2, "snack_catering": 2, "drink_delivery": 2,
     "bread_box": 1, "muffin": 1, "castella": 1, "rollcake": 1, "seolgi": 1, "jeolpyeon": 1,
     "dripbag": 1, "sandwich": 1, "gangjeong": 1, "cookie_set": 1, "jumeokbap": 1})
add("category", "명절 선물세트",
    {"sul_gift": 2, "jang_gift": 2, "hangwa": 2, "pear": 2, "tea_gift": 2, "cookie_set": 2, "cold_brew": 2,
     "pear_juice": 1, "apple": 1, "sesame_oil": 1, "perilla_oil": 1})
add("category", "취약계층 주거환경 개선",
    {"house_repair": 2, "wallpaper": 2, "insulation_repair": 2, "grab_bar": 2, "ramp": 2,
     "screen": 1, "sink": 1, "led_replace": 1, "insulation_film": 1, "waterproof": 1, "paint": 1, "tile": 1})
add("category", "어린이집 체험학습",
    {"strawberry_exp": 2, "forest_exp": 2, "sweetpotato": 2, "cookie_class": 2,
     "forest_play": 1, "play_program": 1, "puppet": 1, "safety_puppet": 1, "soap_class": 1, "hanji_lamp_class": 1})
add("category", "장애인 표준사업장 생산품 우선구매",
    {"cookie_set": 2, "castella": 2, "madeleine": 2, "rollcake": 2, "muffin": 2, "cookie_class": 1,
     "toilet_roll": 2, "jumbo_roll": 2, "hand_towel": 2, "tissue": 2, "wet_tissue": 2, "kf94": 2,
     "tteok_memo": 2, "sticky_memo": 2, "a4": 2, "binder": 2, "pen_black": 2, "clear_file": 2, "stamp": 2})
add("category", "주민 한마당 축제 준비",
    {"festival_ops": 2, "stage": 2, "sound_rent": 2, "tent": 2, "staff": 2,
     "mc": 1, "balloon": 1, "photozone": 1, "village_perf": 1, "coffee_truck": 1, "banner": 1, "vest": 1,
     "sports_day": 1, "equipment_rent": 1})
add("category", "직원 힐링 복지 프로그램", {"counseling": 2, "healing": 2, "workshop_pkg": 1})
add("category", "친환경 먹거리 구매",
    {"pkg_small": 2, "pkg_family": 2, "rice": 2, "grains": 2, "fruit_snack": 2, "potato": 2, "daycare_food": 1, "pear": 1, "apple": 1})
add("category", "기관 홍보물 제작",
    {"banner": 2, "xbanner": 2, "leaflet": 2, "poster": 2, "car_magnet": 2,
     "pen": 1, "window_sheet": 1, "photozone": 1, "promo_video": 1, "newsletter": 1})

# ---------------------------------------------------------------- location (11)
add("location", "중화산동 반찬가게",
    {"banchan_set": 2, "kimchi": 2, "soup": 2, "senior_delivery": 2, "holiday_jeon": 2, "weekly_banchan": 1})
add("location", "송천동 빵집",
    {"cookie_set": 2, "castella": 2, "madeleine": 2, "rollcake": 2, "muffin": 2,
     "bread_box": 1, "sikppang": 1, "sandwich": 1, "morning": 1, "birthday_cake": 1})
add("location", "효자동 세탁소",
    {"linen": 2, "uniform_laundry": 2, "curtain_laundry": 2, "blanket": 2, "sports_uniform": 2,
     "hotel_laundry": 1, "rag": 1})
add("location", "팔복동 인쇄소",
    {"business_card": 2, "leaflet": 2, "poster": 2, "envelope": 2, "binding": 2})
add("location", "삼천동 카페",
    {"dripbag": 2, "beans": 2, "drink_delivery": 2, "citron": 2, "tea_gift": 2,
     "inhouse_cafe": 1, "coffee_truck": 1, "cold_brew": 1, "bean_sub": 1})
add("location", "인후동 꽃집",
    {"flower_basket": 2, "air_plant": 2, "wreath": 2, "orchid": 2, "indoor_garden": 1})
add("location", "서신동 떡집",
    {"seolgi": 2, "tteok_cake": 2, "garaetteok": 2, "jeolpyeon": 2, "hangwa": 2, "mill_service": 1})
add("location", "풍남동 공방",
    {"hanji_fan": 2, "hanji_lamp": 2, "hanji_cardcase": 2, "hanji_souvenir": 2, "hanji_lamp_class": 2,
     "jangji": 1, "hanji_notebook": 1, "hanji_letter": 1, "dakjong_doll": 1,
     "bookshelf": 1, "nameplate": 1, "wood_toy": 1, "woodwork_class": 1, "cutting_board": 1})
add("location", "금암동 집수리 업체",
    {"house_repair": 2, "wallpaper": 2, "screen": 2, "grab_bar": 2, "sink": 2,
     "senior_center_remodel": 1, "waterproof": 1, "paint": 1, "tile": 1, "ramp": 1, "insulation_repair": 1})
add("location", "평화동 청소업체",
    {"office_clean": 2, "stair_clean": 2, "move_in": 2, "window_clean": 2, "toilet_manage": 2,
     "school_clean": 1, "toy_sanitize": 1, "carpet": 1})
add("location", "덕진동 방앗간",
    {"sesame_oil": 2, "perilla_oil": 2, "gochugaru": 2, "misutgaru": 2, "roasted_sesame": 2, "mill_service": 2,
     "garaetteok": 1})

# ---------------------------------------------------------------- multi_item (10)
add("multi_item", "현수막 3장이랑 X배너 2개",
    {"banner": 2, "xbanner": 2}, items={"banner": "현수막", "xbanner": "X배너"})
add("multi_item", "행사 천막 10동, 진행요원 8명, 음향장비 임대",
    {"tent": 2, "staff": 2, "sound_rent": 2}, items={"tent": "천막", "staff": "진행요원", "sound_rent": "음향장비"})
add("multi_item", "A4용지 20박스, 볼펜, 3공바인더",
    {"a4": 2, "pen_black": 2, "binder": 2, "pen": 1}, items={"a4": "복사용지", "pen_black": "볼펜", "binder": "바인더"})
add("multi_item", "도배 장판 하고 방충망도 교체",
    {"wallpaper": 2, "screen": 2, "house_repair": 1}, items={"wallpaper": "도배·장판", "screen": "방충망"})
add("multi_item", "화장지, 핸드타월, 손세정제 일괄 구매",
    {"toilet_roll": 2, "jumbo_roll": 2, "hand_towel": 2, "hand_foam": 2, "tissue": 1, "sanitizer": 1},
    items={"toilet_roll": "화장지", "jumbo_roll": "화장지", "hand_towel": "핸드타월", "hand_foam": "손세정제"})
add("multi_item", "된장 고추장 간장 각 20개씩",
    {"doenjang": 2, "gochujang": 2, "ganjang": 2, "jang_gift": 1},
    items={"doenjang": "된장", "gochujang": "고추장", "ganjang": "간장"}, qty=60)
add("multi_item", "직원 워크숍 점심 도시락이랑 커피 배달",
    {"event_dosirak": 2, "premium_dosirak": 2, "drink_delivery": 2, "sandwich": 1, "gimbap": 1, "coffee_truck": 1},
    items={"event_dosirak": "도시락", "premium_dosirak": "도시락", "drink_delivery": "커피"})
add("multi_item", "에어컨 청소하고 방역 소독도 같이",
    {"aircon": 2, "pest": 2, "infection": 2, "toy_sanitize": 1},
    items={"aircon": "에어컨 세척", "pest": "방역 소독", "infection": "방역 소독"})
add("multi_item", "홍보영상에 자막이랑 수어통역 넣어야 함",
    {"caption": 2, "sign_video": 2}, items={"caption": "자막", "sign_video": "수어통역"})
add("multi_item", "근무복 새로 맞추고 세탁도 맡길 곳",
    {"jumper": 2, "uniform_laundry": 2, "chef_uniform": 1},
    items={"jumper": "근무복 제작", "uniform_laundry": "근무복 세탁"})

# ---------------------------------------------------------------- no_match (30: 20 hard, 10 easy)
NM = [
    ("hard", "사무실 정수기 렌탈", "정수기", "정수기 살균·필터 교체만 있고 정수기 판매·임대는 없음"),
    ("hard", "복합기 임대 계약", "복합기", "복합기 점검과 재생 토너만 있고 기기 임대는 없음"),
    ("hard", "화장실 점보롤 디스펜서 설치", "점보롤", "점보롤 화장지(소모품)만 있고 홀더·디스펜서는 없음"),
    ("hard", "LED 전광판 임대", "LED", "LED 조명·평판등만 있고 전광판은 없음"),
    ("hard", "업소용 제빵기 구매", "제빵", "빵·과자 완제품과 체험만 있고 기계는 없음"),
    ("hard", "세탁기 고장 수리", "세탁", "세탁 대행 서비스만 있고 가전 수리는 없음"),
    ("hard", "자전거 보관대 설치", "자전거", "재생 자전거·수리·교육만 있고 보관대 시설물은 없음"),
    ("hard", "현수막 지정게시대 신규 설치 공사", "현수막, 게시대", "현수막 제작과 게시대 게첨 대행만 있고 게시대 구조물 공사는 없음"),
    ("hard", "어르신용 스마트폰 단말기 구매", "스마트폰, 어르신", "스마트폰 활용 교육만 있고 단말기는 없음"),
    ("hard", "막걸리 빚기 체험 프로그램", "막걸리, 체험", "막걸리 완제품과 다른 체험(장 담그기 등)만 있음"),
    ("hard", "청사 옥상 태양광 발전설비 설치", "옥상, 에너지", "단열·LED·에너지 진단은 있으나 태양광 설비는 없음"),
    ("hard", "관광버스 대절 45인승", "관광", "관광 해설·체험은 있으나 차량 대절은 없음"),
    ("hard", "생수 500ml 납품", "음료", "커피·차·발효음료는 있으나 생수는 없음"),
    ("hard", "잔디깎기 기계 구입", "잔디, 예초", "예초 작업·잔디 식재 용역만 있고 장비는 없음"),
    ("hard", "소방시설 정기 점검", "점검, 시설", "방역·정수기·프린터 점검은 있으나 소방 점검은 없음"),
    ("hard", "어린이집 통학차량 운행 위탁", "어린이집, 배송", "문서·물품 배송과 어린이집 서비스는 있으나 통학 차량 운행은 없음"),
    ("hard", "외빈 체험용 한복 대여", "체험, 한옥마을 관광", "관광 체험은 있으나 한복 대여는 없음"),
    ("hard", "반려견 돌봄 서비스", "돌봄", "돌봄은 사람(어르신·아동·산모) 대상만 있음"),
    ("hard", "생존수영 강습 위탁", "강습, 체육", "뉴스포츠·체조 교육은 있으나 수영 강습은 없음"),
    ("hard", "전동휠체어 구입", "전동휠체어", "휠체어 수리와 배터리 교체만 있고 휠체어 판매는 없음"),
    ("easy", "하천 준설용 굴삭기 임대", "", "중장비 임대 없음"),
    ("easy", "공용차량 타이어 교체", "", "차량 정비 없음"),
    ("easy", "해외 출장 비행기표 예매", "", "여행·교통권 없음"),
    ("easy", "법률 자문 변호사 계약", "", "법률 서비스 없음"),
    ("easy", "아스팔트 도로 포장 보수", "", "도로 공사 없음"),
    ("easy", "구급차 구입", "", "차량 없음"),
    ("easy", "청사 엘리베이터 유지보수", "", "승강기 없음"),
    ("easy", "의료용 산소통 납품", "", "의료 가스 없음"),
    ("easy", "사무실 금고 구입", "", "금고·보안 설비 없음"),
    ("easy", "직원 단체상해보험 가입", "", "보험 없음"),
]
for sub, text, shared, note in NM:
    add("no_match", text, sub=sub, shared=shared, note=note)
