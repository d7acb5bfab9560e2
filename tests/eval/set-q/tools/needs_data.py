# -*- coding: utf-8 -*-
"""수요(검색어) 원본 — 카탈로그보다 먼저 작성함.

각 수요의 내부 품목 태그(want/ok/parts/shop)는 이 도구 안에서만 쓰고
공개 파일(queries.csv)에는 나가지 않는다.

필드
  id      내부 번호 (공개 번호 Q-Qnnn 은 build_queries.py 에서 섞어서 매김)
  kind    유형
  office  요청 기관(상황 설정용, 내부)
  text    수요내용. hanyeong/choseong 은 {중괄호} 부분이 변환 대상
  qty/budget  수량·예산(정수, 없으면 None)
  want    관련도 2 품목 태그
  ok      관련도 1 품목 태그 (SUBS 로 자동 추가되는 것 외에 더)
  cond    quantity 조건: max_price(단가 상한), require(제품명+규격에 모두 있어야 할 문자열)
  form    synonym/typo/spacing: 검색어 속 변형 표기 (카탈로그 어디에도 없어야 함)
  parts   multi_item: [(수요에 쓰인 품목명, [태그...]), ...]
  dongs/shop  location: 법정동 목록, 가게 유형 키
"""

# ---------------------------------------------------------------------------
# 품목 간 대체 관계: want 에 들어간 태그의 대체품은 관련도 1
SUBS = {
    "tofu": ["soft_tofu"],
    "towel": ["towel_cake"],
    "compost": ["potting_soil", "vermicompost"],
    "potting_soil": ["compost"],
    "vermicompost": ["compost"],
    "fan": ["promo_fan"],
    "banner_cloth": ["x_banner"],
    "x_banner": ["banner_cloth", "mini_banner"],
    "adult_diaper": ["diaper_pad"],
    "coffee_beans": ["drip_bag"],
    "drip_bag": ["coffee_beans"],
    "interpretation": ["translation"],
    "translation": ["interpretation"],
    "sticky_notes": ["memo_pad"],
    "cotton_bag": ["market_bag", "upcycled_bag"],
    "market_bag": ["cotton_bag", "upcycled_bag"],
    "jeungpyeon": ["rice_cake"],
    "apple_juice": ["fruit_juice_other"],
    "eggs": ["boiled_eggs"],
    "tteokbokki_kit": ["tteokbokki_tteok"],
    "coffee_catering": ["snack_platter", "buffet_catering"],
    "lunchbox": ["gimbap"],
    "rice": ["brown_rice"],
    "rice_cake_gift": ["rice_cake", "jeungpyeon"],
    "bouquet": ["flower_basket"],
    "flower_basket": ["bouquet"],
    "kimchi": ["kimchi_other"],
    "disinfection": ["pest_control"],
    "art_therapy": ["art_activity"],
    "cleaning_service": ["window_cleaning"],
    "seedlings": ["seeds"],
    "picture_book_class": ["reading_program"],
    "sikhye": ["sujeonggwa"],
    "doenjang": ["jang_gift"],
    "gochujang": ["jang_gift"],
}

RICE_CAKES = ["rice_cake", "rice_cake_gift", "jeungpyeon", "rice_cake_cake"]

# location 수요용 가게 유형 -> 그 가게가 파는 품목 태그
SHOPS = {
    "떡집": RICE_CAKES + ["rice_cake_making_exp"],
    "한지공방": ["hanji_goods", "hanji_craft_exp"],
    "반찬가게": ["banchan", "kimchi", "kimchi_other"],
    "빵집": ["bread", "cookies", "sandwich", "baking_class"],
    "세탁소": ["laundry_service"],
    "인쇄소": ["leaflet_print", "banner_cloth", "x_banner", "mini_banner", "business_card",
             "poster_print", "paper_bag"],
    "방앗간": ["sesame_oil", "perilla_oil", "pepper_powder", "misutgaru", "perilla_powder", "sesame_seeds"],
    "도자기공방": ["mug", "pottery_tableware", "pottery_exp"],
    "꽃방": ["bouquet", "flower_basket", "potted_plant", "flower_class"],
    "커피집": ["coffee_beans", "drip_bag", "cold_brew", "coffee_catering", "barista_class"],
}

# 행정동으로 부르는 이름 -> 주소 괄호에 쓰이는 법정동
DONGS = {
    "중앙동": ["중앙동1가", "중앙동2가", "중앙동3가", "중앙동4가"],
    "풍남동": ["풍남동1가", "풍남동2가", "풍남동3가"],
    "서신동": ["서신동"],
    "인후동": ["인후동1가", "인후동2가"],
    "효자동": ["효자동1가", "효자동2가", "효자동3가"],
    "팔복동": ["팔복동1가", "팔복동2가", "팔복동3가", "팔복동4가"],
    "송천동": ["송천동1가", "송천동2가"],
    "서학동": ["동서학동", "서서학동"],
    "삼천동": ["삼천동1가", "삼천동2가", "삼천동3가"],
    "덕진동": ["덕진동1가", "덕진동2가"],
}

NEEDS = []


def N(**kw):
    kw.setdefault("qty", None)
    kw.setdefault("budget", None)
    kw.setdefault("want", [])
    kw.setdefault("ok", [])
    NEEDS.append(kw)


# ---------------------------------------------------------------- exact (11)
N(id="ex01", kind="exact", office="학교급식지원센터", text="국산콩 두부", want=["tofu"])
N(id="ex02", kind="exact", office="농업기술센터", text="유기질 퇴비", want=["compost"])
N(id="ex03", kind="exact", office="한옥마을 관리사무소", text="전통 부채", want=["fan"])
N(id="ex04", kind="exact", office="전주국제영화제 사무국", text="현수막 제작", want=["banner_cloth"])
N(id="ex05", kind="exact", office="시립 요양원", text="성인용 기저귀", want=["adult_diaper"])
N(id="ex06", kind="exact", office="지역아동센터", text="보드게임", want=["board_game"])
N(id="ex07", kind="exact", office="청년센터", text="커피 원두", want=["coffee_beans"])
N(id="ex08", kind="exact", office="다문화가족지원센터", text="통역 서비스", want=["interpretation"])
N(id="ex09", kind="exact", office="전주시설공단 수영장", text="수건", want=["towel"])
N(id="ex10", kind="exact", office="우체국", text="택배 박스", want=["shipping_box"])
N(id="ex11", kind="exact", office="전북교육청 행정실", text="복사용지", want=["copy_paper"])

# -------------------------------------------------------------- synonym (11)
# form 은 상표명·옛말·외래어·사투리·속어. 카탈로그에는 표준 상품명만 쓸 것.
N(id="sy01", kind="synonym", office="우체국", text="뽁뽁이", form="뽁뽁이", want=["bubble_wrap"])
N(id="sy02", kind="synonym", office="학교급식지원센터", text="정구지 있나요", form="정구지", want=["chives"])
N(id="sy03", kind="synonym", office="전북교육청 행정실", text="포스트잇", form="포스트잇", want=["sticky_notes"])
N(id="sy04", kind="synonym", office="전주국제영화제 사무국", text="에코백 제작", form="에코백", want=["cotton_bag"])
N(id="sy05", kind="synonym", office="경찰서 행정과", text="호치키스", form="호치키스", want=["stapler"])
N(id="sy06", kind="synonym", office="지역아동센터", text="아이들 츄리닝 단체로", form="츄리닝", want=["tracksuit"])
N(id="sy07", kind="synonym", office="시립 요양원", text="어르신 쓰레빠", form="쓰레빠", want=["slippers"])
N(id="sy08", kind="synonym", office="한옥마을 관리사무소", text="자부동", form="자부동", want=["floor_cushion"])
N(id="sy09", kind="synonym", office="자원봉사센터", text="목장갑", form="목장갑", want=["cotton_gloves"])
N(id="sy10", kind="synonym", office="시립 요양원", text="어르신 메리야스", form="메리야스", want=["undershirt"])
N(id="sy11", kind="synonym", office="비빔밥축제 사무국", text="기지떡", form="기지떡", want=["jeungpyeon"])

# ----------------------------------------------------------------- typo (11)
N(id="ty01", kind="typo", office="청년센터", text="떡케익 주문", form="케익", want=["rice_cake_cake"])
N(id="ty02", kind="typo", office="한옥마을 관리사무소", text="전통매듭 악세사리", form="악세사리", want=["knot_accessory"])
N(id="ty03", kind="typo", office="청년센터", text="회의용 센드위치", form="센드위치", want=["sandwich"])
N(id="ty04", kind="typo", office="시립 요양원", text="사과쥬스", form="쥬스", want=["apple_juice"])
N(id="ty05", kind="typo", office="지역아동센터", text="물티수", form="물티수", want=["wet_wipes"])
N(id="ty06", kind="typo", office="학교급식지원센터", text="무항생제 게란", form="게란", want=["eggs"])
N(id="ty07", kind="typo", office="지역아동센터", text="떡볶기 밀키트", form="떡볶기", want=["tteokbokki_kit"])
N(id="ty08", kind="typo", office="공공도서관", text="행사 팜플렛 인쇄", form="팜플렛", want=["leaflet_print"])
N(id="ty09", kind="typo", office="청년센터", text="커피 케터링", form="케터링", want=["coffee_catering"])
N(id="ty10", kind="typo", office="지역아동센터", text="단체 티셔트", form="티셔트", want=["tshirt"])
N(id="ty11", kind="typo", office="우체국", text="화장실 방향재", form="방향재", want=["air_freshener"])

# ------------------------------------------------------------- hanyeong (11)
# {…} 부분을 한글 자판 그대로 영문 모드에서 친 것으로 바꾼다.
N(id="hy01", kind="hanyeong", office="경찰서 행정과", text="{도시락}", want=["lunchbox"])
N(id="hy02", kind="hanyeong", office="전주시설공단 체육관", text="{수건} 50장", want=["towel"])
N(id="hy03", kind="hanyeong", office="학교급식지원센터", text="친환경 {쌀}", want=["rice"])
N(id="hy04", kind="hanyeong", office="비빔밥축제 사무국", text="{현수막 제작}", want=["banner_cloth"])
N(id="hy05", kind="hanyeong", office="다문화가족지원센터", text="{떡 답례품}", want=["rice_cake_gift"])
N(id="hy06", kind="hanyeong", office="지역아동센터", text="{보드게임}", want=["board_game"])
N(id="hy07", kind="hanyeong", office="시립 요양원", text="{실내화} 20켤레", want=["slippers"])
N(id="hy08", kind="hanyeong", office="우체국", text="{장바구니}", want=["market_bag"])
N(id="hy09", kind="hanyeong", office="청년센터", text="{꽃다발}", want=["bouquet"])
N(id="hy10", kind="hanyeong", office="자원봉사센터", text="{배추김치}", want=["kimchi"])
N(id="hy11", kind="hanyeong", office="공공도서관", text="{화분} 배달", want=["potted_plant"])

# -------------------------------------------------------------- spacing (11)
# form = 검색어 쪽 띄어쓰기. 카탈로그는 다르게 붙이거나 띄어 쓴다.
N(id="sp01", kind="spacing", office="다문화가족지원센터", text="천연 비누", form="천연 비누", want=["natural_soap"])
N(id="sp02", kind="spacing", office="한옥마을 관리사무소", text="한지공예체험", form="한지공예체험", want=["hanji_craft_exp"])
N(id="sp03", kind="spacing", office="지역아동센터", text="방역소독 업체", form="방역소독", want=["disinfection"])
N(id="sp04", kind="spacing", office="공공도서관", text="분리 수거함", form="분리 수거함", want=["recycling_bin"])
N(id="sp05", kind="spacing", office="시립 요양원", text="미술 심리 치료", form="미술 심리 치료", want=["art_therapy"])
N(id="sp06", kind="spacing", office="다문화가족지원센터", text="막걸리빚기 체험", form="막걸리빚기", want=["makgeolli_exp"])
N(id="sp07", kind="spacing", office="경찰서 행정과", text="건물청소용역", form="건물청소용역", want=["cleaning_service"])
N(id="sp08", kind="spacing", office="우체국", text="수제 청 선물세트", form="수제 청", want=["fruit_syrup"])
N(id="sp09", kind="spacing", office="청년센터", text="캘리 그라피 강좌", form="캘리 그라피", want=["calligraphy_class"])
N(id="sp10", kind="spacing", office="시립 요양원", text="주방 세제", form="주방 세제", want=["dish_soap"])
N(id="sp11", kind="spacing", office="공공도서관", text="종이 봉투 인쇄", form="종이 봉투", want=["paper_bag"])

# ------------------------------------------------------------- choseong (11)
N(id="cs01", kind="choseong", office="시립 요양원", text="{성인용 기저귀}", want=["adult_diaper"])
N(id="cs02", kind="choseong", office="전주국제영화제 사무국", text="{현수막} 제작", want=["banner_cloth"])
N(id="cs03", kind="choseong", office="우체국", text="{수제청}", want=["fruit_syrup"])
N(id="cs04", kind="choseong", office="지역아동센터", text="{물티슈}", want=["wet_wipes"])
N(id="cs05", kind="choseong", office="청년센터", text="{떡케이크}", want=["rice_cake_cake"])
N(id="cs06", kind="choseong", office="전북교육청 행정실", text="{복사용지}", want=["copy_paper"])
N(id="cs07", kind="choseong", office="다문화가족지원센터", text="{천연비누}", want=["natural_soap"])
N(id="cs08", kind="choseong", office="전주시설공단 수영장", text="{방역} 소독", want=["disinfection"])
N(id="cs09", kind="choseong", office="자원봉사센터", text="{배추김치}", want=["kimchi"])
N(id="cs10", kind="choseong", office="우체국", text="{택배} 박스", want=["shipping_box"])
N(id="cs11", kind="choseong", office="청년센터", text="커피 {케이터링}", want=["coffee_catering"])

# ------------------------------------------------------------- quantity (11)
N(id="qt01", kind="quantity", office="전주시설공단 수영장", text="수건 40수 200장, 장당 3천원 이하",
  qty=200, budget=600000, want=["towel"], cond=dict(max_price=3000, require=["40수"]))
N(id="qt02", kind="quantity", office="경찰서 행정과", text="도시락 45개 1개당 8000원 이내",
  qty=45, budget=360000, want=["lunchbox"], cond=dict(max_price=8000))
N(id="qt03", kind="quantity", office="학교급식지원센터", text="친환경 쌀 10kg 30포",
  qty=30, want=["rice"], cond=dict(require=["10kg"]))
N(id="qt04", kind="quantity", office="전북교육청 행정실", text="A4 복사용지 75g 10박스",
  qty=10, want=["copy_paper"], cond=dict(require=["A4", "75g"]))
N(id="qt05", kind="quantity", office="전주국제영화제 사무국", text="X배너 600x1800 거치대 포함 8개",
  qty=8, want=["x_banner"], cond=dict(require=["600"]))
N(id="qt06", kind="quantity", office="시립 요양원", text="성인용 기저귀 대형 20팩",
  qty=20, want=["adult_diaper"], cond=dict(require=["대형"]))
N(id="qt07", kind="quantity", office="자원봉사센터", text="생수 500ml 40박스",
  qty=40, want=["bottled_water"], cond=dict(require=["500ml"]))
N(id="qt08", kind="quantity", office="전북교육청 행정실", text="재생토너 HP CF283A 5개",
  qty=5, want=["recycled_toner"], cond=dict(require=["CF283A"]))
N(id="qt09", kind="quantity", office="지역아동센터", text="아동용 반팔 티셔츠 130사이즈 25장",
  qty=25, want=["tshirt"], cond=dict(require=["아동"]))
N(id="qt10", kind="quantity", office="한옥마을 관리사무소", text="방석 45x45 30개 개당 2만원 이하",
  qty=30, want=["floor_cushion"], cond=dict(max_price=20000, require=["45"]))
N(id="qt11", kind="quantity", office="다문화가족지원센터", text="떡 답례품 300개 개당 1500원까지",
  qty=300, budget=450000, want=["rice_cake_gift"], cond=dict(max_price=1500))

# -------------------------------------------------------- long_sentence (11)
N(id="ls01", kind="long_sentence", office="학교급식지원센터",
  text="안녕하세요 전주시 학교급식지원센터 급식팀입니다. 다음 달부터 관내 초등학교 12곳에 공급할 "
       "국산 콩나물 납품 가능한 업체를 찾고 있습니다. 매주 화·목 새벽 배송 가능 여부도 알려주시면 감사하겠습니다.",
  want=["bean_sprouts"])
N(id="ls02", kind="long_sentence", office="농업기술센터",
  text="수고 많으십니다. 농업기술센터 도시농업팀인데요, 4월 12일 시민 텃밭 개장 행사에서 나눠드릴 "
       "채소 모종(상추, 고추 등)을 구입하려고 합니다. 사회적경제기업 제품 우선구매 지침이 있어서요, 가능한 곳 있을까요?",
  want=["seedlings"])
N(id="ls03", kind="long_sentence", office="한옥마을 관리사무소",
  text="한옥마을 관리사무소입니다. 10월 가을 관광 성수기를 앞두고 관광안내소 건물과 공중화장실 정기 청소를 "
       "맡아 주실 업체를 찾습니다. 주 3회 정도 생각하고 있고 견적 부탁드립니다.",
  want=["cleaning_service"])
N(id="ls04", kind="long_sentence", office="전주국제영화제 사무국",
  text="안녕하세요, 전주국제영화제 사무국 행사지원팀입니다. 5월 초 개막식 때 자원활동가 300명에게 지급할 "
       "조끼(형광색, 등판 로고 인쇄) 제작 관련해서 문의드립니다. 납기는 4월 20일까지입니다.",
  qty=300, want=["vest"])
N(id="ls05", kind="long_sentence", office="시립 요양원",
  text="시립요양원 사회복지사입니다~ 어르신들 인지 향상 프로그램으로 주 1회 원예치료 수업 진행해 주실 "
       "강사님이나 업체가 있을까요? 3월부터 12월까지 예정이고 참여 인원은 15명 내외입니다.",
  want=["horticultural_therapy"])
N(id="ls06", kind="long_sentence", office="지역아동센터",
  text="○○지역아동센터입니다 ㅎㅎ 여름방학에 아이들 20명 데리고 갈 만한 농촌 체험(감자 캐기, 모내기 같은 거) "
       "진행하는 곳 있으면 소개 부탁드려요. 7월 말쯤 생각하고 있어요",
  want=["farm_experience"])
N(id="ls07", kind="long_sentence", office="청년센터",
  text="전주시 청년센터입니다. 다음 주 목요일(14일) 오후 2시 청년 네트워킹 행사에 참석자 60명분 다과(커피, 쿠키 등) "
       "준비를 부탁드리려고 하는데 출장으로 세팅까지 해 주실 수 있는 곳 있을까요?",
  qty=60, want=["coffee_catering"])
N(id="ls08", kind="long_sentence", office="다문화가족지원센터",
  text="다문화가족지원센터입니다. 결혼이주여성 가정에 보낼 가정통신문과 안내문을 베트남어, 캄보디아어로 "
       "번역해 주실 업체를 찾습니다. 분량은 10쪽 내외이고 이번 달 말까지 필요합니다.",
  want=["translation"])
N(id="ls09", kind="long_sentence", office="자원봉사센터",
  text="자원봉사센터입니다. 연말 사랑의 김장나눔 행사(12월 6일, 월드컵경기장 광장)에 쓸 절임배추 20kg "
       "100박스 구합니다. 행사장까지 배송 가능하면 좋겠습니다.",
  qty=100, want=["salted_cabbage"])
N(id="ls10", kind="long_sentence", office="공공도서관",
  text="안녕하십니까. ○○도서관 운영팀입니다. 독서의 달(9월) 행사로 초등학생 대상 그림책 만들기 수업을 "
       "진행해 주실 강사 또는 단체를 찾고 있습니다. 회당 15명, 총 4회 예정입니다.",
  want=["picture_book_class"])
N(id="ls11", kind="long_sentence", office="경찰서 행정과",
  text="전주○○경찰서 행정과입니다. 경찰의 날 기념행사 관련하여 직원 및 내빈용 답례품으로 떡 세트 150개 "
       "주문이 가능할지 문의드립니다. 10월 20일 오전 중 배송 희망합니다.",
  qty=150, want=["rice_cake_gift"])

# ------------------------------------------------------------- category (11)
N(id="ct01", kind="category", office="시립 요양원", text="어르신 생신잔치 간식거리",
  want=RICE_CAKES + ["hangwa", "sikhye", "sujeonggwa", "apple_juice", "fruit_juice_other",
                     "bread", "cookies", "snack_platter", "rice_snack", "tofu_snack", "boiled_eggs"],
  ok=["coffee_catering", "herbal_tea", "omija"])
N(id="ct02", kind="category", office="전주국제영화제 사무국", text="관객들 기념품으로 나눠줄 만한 거",
  want=["fan", "promo_fan", "cotton_bag", "market_bag", "upcycled_bag", "knot_accessory",
        "hanji_goods", "mug", "pouch", "keyring", "postcard", "magnet", "handkerchief"],
  ok=["natural_soap", "towel", "drip_bag", "calligraphy_frame", "pencil"])
N(id="ct03", kind="category", office="전북교육청 행정실", text="행정실 사무용품 일체",
  want=["copy_paper", "recycled_toner", "sticky_notes", "stapler", "ballpoint_pen",
        "memo_pad", "file_folder", "staples", "pencil"],
  ok=["toner_collection"])
N(id="ct04", kind="category", office="전주시설공단 수영장", text="수영장 탈의실 위생용품",
  want=["wet_wipes", "hand_sanitizer", "toilet_paper", "natural_soap"],
  ok=["towel", "air_freshener", "mask"])
N(id="ct05", kind="category", office="한옥마을 관리사무소", text="외국인 관광객 전통문화 체험 프로그램",
  want=["hanji_craft_exp", "knot_exp", "makgeolli_exp", "hanbok_exp", "fan_exp", "pottery_exp",
        "rice_cake_making_exp", "kimchi_exp", "hangwa_exp", "tea_ceremony_exp"],
  ok=["calligraphy_class", "tofu_exp"])
N(id="ct06", kind="category", office="학교급식지원센터", text="학교급식용 친환경 농산물",
  want=["rice", "brown_rice", "multigrain", "chives", "vegetables", "bean_sprouts", "mung_sprouts"],
  ok=["eggs", "tofu", "salted_cabbage"])
N(id="ct07", kind="category", office="공공도서관", text="독서의 달 홍보물 인쇄",
  want=["leaflet_print", "banner_cloth", "x_banner", "mini_banner", "poster_print"],
  ok=["business_card", "paper_bag", "design", "promo_fan"])
N(id="ct08", kind="category", office="우체국", text="명절 선물세트 추천",
  want=["honey", "fruit_syrup", "hangwa", "jang_gift", "apple_juice", "fruit_juice_other",
        "sesame_oil", "perilla_oil"],
  ok=["towel_cake", "natural_soap", "drip_bag", "rice_cake_gift", "herbal_tea"])
N(id="ct09", kind="category", office="지역아동센터", text="방과후 아이들 프로그램 강사",
  want=["picture_book_class", "board_game_class", "woodworking_class", "reading_program",
        "baking_class"],
  ok=["calligraphy_class", "art_therapy", "farm_experience", "rice_cake_making_exp",
      "pottery_exp", "flower_class", "bilingual_class", "soap_exp", "hanji_craft_exp",
      "knot_exp", "fan_exp"])
N(id="ct10", kind="category", office="농업기술센터", text="도시텃밭 농자재",
  want=["seedlings", "seeds", "compost", "potting_soil", "vermicompost"],
  ok=["cotton_gloves"])
N(id="ct11", kind="category", office="전주시설공단 체육관", text="체육관 건물 관리 용역",
  want=["cleaning_service", "disinfection", "window_cleaning", "pest_control"],
  ok=["laundry_service"])

# ------------------------------------------------------------- location (10)
N(id="lo01", kind="location", office="경찰서 행정과", text="중앙동 떡집", dongs=DONGS["중앙동"], shop="떡집")
N(id="lo02", kind="location", office="한옥마을 관리사무소", text="풍남동 한지공방 찾아요", dongs=DONGS["풍남동"], shop="한지공방")
N(id="lo03", kind="location", office="시립 요양원", text="서신동 반찬가게", dongs=DONGS["서신동"], shop="반찬가게")
N(id="lo04", kind="location", office="청년센터", text="인후동쪽 빵집", dongs=DONGS["인후동"], shop="빵집")
N(id="lo05", kind="location", office="전주시설공단 체육관", text="효자동 세탁소", dongs=DONGS["효자동"], shop="세탁소")
N(id="lo06", kind="location", office="전주국제영화제 사무국", text="팔복동 인쇄소", dongs=DONGS["팔복동"], shop="인쇄소")
N(id="lo07", kind="location", office="자원봉사센터", text="송천동 방앗간", dongs=DONGS["송천동"], shop="방앗간")
N(id="lo08", kind="location", office="다문화가족지원센터", text="서학동 도자기 공방", dongs=DONGS["서학동"], shop="도자기공방")
N(id="lo09", kind="location", office="공공도서관", text="삼천동 꽃방", dongs=DONGS["삼천동"], shop="꽃방")
N(id="lo10", kind="location", office="청년센터", text="덕진동 커피집", dongs=DONGS["덕진동"], shop="커피집")

# ----------------------------------------------------------- multi_item (11)
N(id="mi01", kind="multi_item", office="경찰서 행정과", text="도시락이랑 생수",
  parts=[("도시락", ["lunchbox"]), ("생수", ["bottled_water"])])
N(id="mi02", kind="multi_item", office="전주시설공단 수영장", text="수건 및 실내화",
  parts=[("수건", ["towel"]), ("실내화", ["slippers"])])
N(id="mi03", kind="multi_item", office="비빔밥축제 사무국", text="현수막, X배너",
  parts=[("현수막", ["banner_cloth"]), ("X배너", ["x_banner"])])
N(id="mi04", kind="multi_item", office="시립 요양원", text="떡 식혜",
  parts=[("떡", RICE_CAKES), ("식혜", ["sikhye"])])
N(id="mi05", kind="multi_item", office="전북교육청 행정실", text="복사용지 토너 메모지",
  parts=[("복사용지", ["copy_paper"]), ("토너", ["recycled_toner"]), ("메모지", ["sticky_notes", "memo_pad"])])
N(id="mi06", kind="multi_item", office="학교급식지원센터", text="두부와 콩나물",
  parts=[("두부", ["tofu"]), ("콩나물", ["bean_sprouts"])])
N(id="mi07", kind="multi_item", office="청년센터", text="원두 드립백 머그컵",
  parts=[("원두", ["coffee_beans"]), ("드립백", ["drip_bag"]), ("머그컵", ["mug"])])
N(id="mi08", kind="multi_item", office="자원봉사센터", text="면장갑하고 조끼",
  parts=[("면장갑", ["cotton_gloves"]), ("조끼", ["vest"])])
N(id="mi09", kind="multi_item", office="우체국", text="꿀, 수제청 그리고 한과",
  parts=[("꿀", ["honey"]), ("수제청", ["fruit_syrup"]), ("한과", ["hangwa"])])
N(id="mi10", kind="multi_item", office="우체국", text="에어캡 택배상자 박스테이프",
  parts=[("에어캡", ["bubble_wrap"]), ("택배상자", ["shipping_box"]), ("박스테이프", ["packing_tape"])])
N(id="mi11", kind="multi_item", office="자원봉사센터", text="김치와 된장 고추장",
  parts=[("김치", ["kimchi", "kimchi_other"]), ("된장", ["doenjang"]), ("고추장", ["gochujang"])])

# =========================================================================
# no_match (30) — 카탈로그 작성 후에 씀. 관련 제품 없음(qrels 행 없음).
# (id, 난이도, 수요내용, 겹치는 말, 해당 없음 이유)
NO_MATCH = [
    ("nm01", "hard", "체육관 세탁기 고장났는데 수리 업체", "세탁", "세탁 서비스는 있으나 세탁기(가전) 수리 업체는 없음"),
    ("nm02", "hard", "체육시설 바닥 우레탄 코팅 공사", "체육시설", "체육시설 운동복 세탁만 있고 바닥 공사(건설)는 없음"),
    ("nm03", "hard", "행사용 음향 장비 대여 (스피커, 무선마이크)", "행사용", "행사용 물품·케이터링은 있으나 음향 장비 대여는 없음"),
    ("nm04", "hard", "외국인 관광객 투어용 45인승 버스 대절", "외국인, 관광", "관광 안내 통역은 있으나 차량 대절(운송)은 없음"),
    ("nm05", "hard", "사무실 정수기 렌탈", "사무실, 먹는샘물(물)", "생수 판매만 있고 정수기 임대는 없음"),
    ("nm06", "hard", "한옥 기와 보수 공사 업체", "한옥", "한옥 관련 기념품·방석만 있고 지붕 보수 공사는 없음"),
    ("nm07", "hard", "현수막 게시대 설치 공사", "현수막", "현수막 제작은 있으나 게시대 설치(시설 공사)는 없음"),
    ("nm08", "hard", "프린터 수리 출장 가능한 곳", "재생토너(프린터 소모품)", "토너 판매·회수만 있고 프린터 수리는 없음"),
    ("nm09", "hard", "복사기 임대 월 계약", "복사용지", "복사용지 판매만 있고 복사기 임대는 없음"),
    ("nm10", "hard", "떡 뽑는 기계 구입", "떡", "떡 제품·체험만 있고 떡 제조 기계는 없음"),
    ("nm11", "hard", "에스프레소 커피머신 임대", "커피, 에스프레소", "원두·케이터링·바리스타 교육만 있고 커피머신 임대는 없음"),
    ("nm12", "hard", "업소용 김치냉장고", "김치, 업소용", "김치는 있으나 냉장고(가전)는 없음"),
    ("nm13", "hard", "농업용 드론 방제 대행", "방제", "건물 해충 방제만 있고 드론 농약 살포(장비·자격 필요)는 없음"),
    ("nm14", "hard", "지역아동센터 어린이 통학차량 운행 업체", "어린이, 아동센터", "어린이 체험·교육은 있으나 통학 차량 운행은 없음"),
    ("nm15", "hard", "건물 소방시설 정기 점검", "건물, 정기", "건물 청소·방역 정기 용역은 있으나 소방시설 점검(면허 업종)은 없음"),
    ("nm16", "hard", "도시락 배달용 냉장 탑차 임차", "도시락, 배달", "도시락은 있으나 차량 임차는 없음"),
    ("nm17", "hard", "방역 연무기 구매", "방역", "방역 소독 서비스는 있으나 방역 장비 판매는 없음"),
    ("nm18", "hard", "어르신 방문간호 간호사 파견", "어르신, 방문", "간병·방문 목욕은 있으나 간호사 방문간호(의료 면허)는 없음"),
    ("nm19", "hard", "도자기 가마 수리", "도자기, 가마", "도자기 제품·체험만 있고 가마(설비) 수리는 없음"),
    ("nm20", "hard", "결혼이민자 운전면허 취득 교육", "결혼이민자, 교육", "통번역·이중언어 교육은 있으나 운전 교육(면허 학원)은 없음"),
    ("nm21", "easy", "제주도 왕복 항공권 예매", "없음", "항공권은 사회적경제 제품 목록과 무관"),
    ("nm22", "easy", "주식 투자 상담", "없음", "금융 투자 상담은 목록과 무관"),
    ("nm23", "easy", "아파트 분양 정보", "없음", "부동산 분양은 목록과 무관"),
    ("nm24", "easy", "골프채 풀세트", "없음", "골프 용품은 목록에 없음"),
    ("nm25", "easy", "중고 스마트폰 매입", "없음", "휴대폰 매입은 목록과 무관"),
    ("nm26", "easy", "반려견 호텔 예약", "없음", "반려동물 숙박은 목록과 무관"),
    ("nm27", "easy", "해외 유학 컨설팅", "없음", "유학 알선은 목록과 무관"),
    ("nm28", "easy", "자동차 보험 비교", "없음", "보험은 목록과 무관"),
    ("nm29", "easy", "로또 번호 추천", "없음", "복권은 목록과 무관"),
    ("nm30", "easy", "명품 시계 수리", "없음", "시계 수리는 목록과 무관"),
]

# ---------------------------------------------------------------------------
# 검토(sweep) 결과
# build_queries.py 는 "제품명에 수요 낱말이 들어 있는데 라벨이 없는 제품"을 _sweep.txt 에 뽑는다.
# 아래 낱말은 검토해 보니 품목이 아니라 꾸밈말이어서, 이 낱말로만 걸린 제품은 0 으로 확정.
GENERIC = set("""세트 선물세트 상하세트 체험 프로그램 인쇄 행사 친환경 어르신 전통 국산 로고 정기 만들기
수제 단체 포함 A4 대형 배달 관광 강사 수업 인지 향상 외국인 천연 종이 화장실 치료 심리 밀키트""".split())

# 검토 판정: {내부id: {제품명: (관련도, 사유)}}  (multi_item 의 2 는 사유를 "품목|사유" 로)
REVIEW = {}


def _r(ids, names, g, why):
    for i in ids:
        for nm in names:
            REVIEW.setdefault(i, {})[nm] = (g, why)


_r(["mi11"], ["김치 담그기 체험"], 0, "체험 상품, 김치 물품 아님")
_r(["mi01", "qt02", "hy01"], ["보냉 도시락 가방"], 0, "도시락 가방(잡화)")
_r(["qt01", "mi02", "hy02", "ex09"], ["업소용 수건·가운 세탁"], 0, "세탁 서비스")
_r(["qt01", "mi02", "hy02", "ex09"], ["전통문양 손수건"], 0, "손수건은 다른 품목")
_r(["cs10", "ex10"], ["행사용 샌드위치 박스", "투명 박스테이프", "택배 포장 대행"], 0, "택배 상자 아님")
_r(["hy04", "ex04", "cs02", "mi03"], ["현수막 업사이클 가방", "폐현수막 장바구니"], 0, "현수막으로 만든 가방")
_r(["ex03"], ["부채 만들기 체험"], 0, "체험 상품, 부채 물품 아님")
_r(["ex06", "hy06"], ["보드게임 강사 파견"], 0, "강사 파견 서비스, 보드게임 물품 아님")
_r(["mi04"], ["떡볶이용 쌀떡", "쌀 떡볶이 떡", "떡볶이 밀키트", "국물 떡볶이 밀키트"], 0, "조리용 떡·밀키트, 간식 떡 아님")
_r(["mi04"], ["떡 만들기 체험", "인절미 떡메치기 체험"], 0, "체험 상품")
_r(["mi04"], ["떡메모지"], 0, "문구")
_r(["ls05"], ["어르신 인지향상 미술활동"], 1, "같은 목적(어르신 인지 향상)의 다른 주 1회 프로그램")
_r(["cs03", "mi09", "sp08"], ["수제청 만들기 원데이 클래스"], 0, "체험 수업, 수제청 물품 아님")
_r(["mi06", "ex01"], ["콩비지 두부과자", "두부 만들기 체험"], 0, "과자·체험")
_r(["mi06", "ls01"], ["콩나물국밥 밀키트"], 0, "밀키트, 콩나물 아님")
_r(["ty07"], ["콩나물국밥 밀키트", "부추전 밀키트", "어묵탕 밀키트"], 0, "다른 밀키트")
_r(["ty11"], ["공중화장실 청소"], 0, "청소 용역")
_r(["sp05"], ["원예치료 프로그램", "개인 심리상담"], 0, "미술치료가 아닌 다른 치료·상담")
_r(["cs11", "ty09", "ls07", "ex07"], ["드립백 커피", "커피박 업사이클 화분 (다육식물 포함)", "커피박 연필 세트"], 0, "커피 물품·업사이클")
_r(["ex07"], ["커피·다과 케이터링", "이동식 커피바 케이터링"], 0, "케이터링 서비스, 원두 아님")
_r(["ls07"], ["수제 쿠키 선물세트", "버터 쿠키"], 0, "출장 세팅 다과 요청, 쿠키 물품만은 아님")
_r(["mi09"], ["개별포장 답례떡 (꿀설기)"], 0, "떡")
_r(["mi09"], ["한과 만들기 체험"], 0, "체험 상품")
_r(["mi02", "hy07"], ["실내화 주머니"], 0, "신발주머니")
_r(["mi05"], ["폐토너 회수 서비스"], 0, "회수 서비스, 토너 아님")
_r(["cs08"], ["손소독제 (겔)", "KF94 방역 마스크", "손소독제 (스프레이)"], 0, "방역 소독 서비스 아님")
_r(["sp11"], ["종이컵"], 0, "종이봉투 아님")
_r(["ct08"], ["수제 쿠키 선물세트"], 1, "선물세트로 쓸 수 있는 과자 세트")
_r(["sp09"], ["캘리그라피 액자", "캘리그라피 로고 디자인"], 0, "강좌가 아닌 작품·디자인")
_r(["sp10"], ["친환경 액상 세탁세제"], 0, "세탁세제")
_r(["ls02"], ["친환경 상추", "제철 채소 꾸러미", "찹쌀 고추장", "장류 선물세트 (된장·고추장·간장)"], 0, "모종이 아닌 채소·장류")
_r(["ty02"], ["전통매듭 체험"], 0, "체험 상품")
_r(["sp01"], ["비누 만들기 체험"], 0, "체험 상품")
_r(["ls06"], ["인절미 떡메치기 체험"], 1, "체험마을에서 하는 다른 농촌 체험")
_r(["ls08"], ["번역 서비스 (영어·중국어·일본어)"], 1, "번역이지만 요청 언어(베트남어·캄보디아어)를 다루지 않음")
_r(["ls07"], ["이동식 커피바 케이터링"], 1, "커피만 내는 출장 바, 쿠키 등 다과는 없음")
_r(["ct08"], ["100% 사과 주스", "볶음 참기름", "저온압착 참기름", "국산 생들기름", "깨강정", "수제 생강청", "매실청"], 1,
   "선물용 품목이지만 세트·상자가 아닌 낱개 상품")
