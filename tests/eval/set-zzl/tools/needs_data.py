# -*- coding: utf-8 -*-
"""1단계: 카탈로그 없이 먼저 쓴 수요 120건(매칭 가능).
NO_MATCH(30건)는 카탈로그 작성 뒤에 이 파일 끝에 덧붙였다(3단계).
필드: kind, inst, text, qty, budget, want(원하는 품목 태그), ok(대체 가능 태그),
      price_max(단가 상한), spec_re(제품명+규격에 맞아야 할 정규식), word(동의어/오타 단어),
      intended(한영/초성의 의도한 한글), items(다품목: (품목, want, ok)), dong/shop(위치)."""

INST = {
    "A": "전주 해바라기센터(성폭력 피해자 통합지원)",
    "B": "전주시 한부모가족복지시설",
    "C": "전북광역자활센터",
    "D": "한국장애인고용공단 전북지사",
    "E": "전주시 발달장애인지원센터",
    "F": "전북 점자도서관",
    "G": "전주시 중독관리통합지원센터",
    "H": "전주시 보건소 모자보건팀",
    "I": "대한법률구조공단 전주지부",
    "J": "전주지방법원 등기국",
}

# 범주형 수요가 뜻하는 품목 묶음
GROUPS = {
    "refreshments": ["rice_cake", "tteok_gift", "hangwa", "cookie", "bread", "cake", "juice", "drip_coffee",
                     "tea", "snack_box", "fruit_cup"],
    "office": ["copy_paper", "ballpen", "stapler", "staple", "sticky_note", "correction_tape", "clear_file",
               "envelope_doc", "notebook", "inkpad", "approval_folder", "highlighter", "doc_box"],
    "hygiene": ["mask", "hand_sanitizer", "wet_wipes", "tissue", "toilet_paper", "sanitary_pad",
                "toiletry_set", "soap_bar"],
    "safety": ["safety_vest", "helmet", "first_aid", "bandage", "work_gloves", "fire_ext"],
    "kids_toys": ["wood_toy", "wood_block", "board_game", "puzzle"],
    "promo_print": ["leaflet", "banner", "x_banner", "poster", "sticker", "booklet"],
    "baby_goods": ["baby_gown", "gauze_hanky", "bib", "knit_baby_hat", "nursing_pillow", "baby_blanket"],
    "promo_goods": ["eco_bag", "tumbler", "umbrella", "keyring", "hand_fan"],
    "programs": ["craft_edu", "wood_edu", "baking_edu", "pottery_edu", "farm_experience", "horticulture_edu",
                 "tteok_edu", "kimchi_edu", "dyeing_edu"],
    "detergents": ["dish_soap", "laundry_detergent", "multi_cleaner", "fabric_softener"],
    "event_meal": ["lunchbox", "catering"],
}
GROUP_OK = {
    "refreshments": [],
    "office": ["toner", "cert_case", "business_card"],
    "hygiene": ["hand_soap", "dish_soap"],
    "safety": ["mask"],
    "kids_toys": [],
    "promo_print": ["banner_stand"],
    "baby_goods": ["hanky"],
    "promo_goods": ["towel", "ballpen", "wet_wipes"],
    "programs": ["performance"],
    "detergents": ["hand_soap"],
    "event_meal": ["snack_box"],
}

N = dict  # 짧게

NEEDS = [
    # ---------------- exact ----------------
    N(kind="exact", inst="D", text="복사용지", want=["copy_paper"]),
    N(kind="exact", inst="I", text="서류봉투", want=["envelope_doc"]),
    N(kind="exact", inst="C", text="현수막", want=["banner"]),
    N(kind="exact", inst="B", text="반찬", want=["side_dish"], ok=["kimchi", "kkakdugi"]),
    N(kind="exact", inst="A", text="수건", want=["towel"], ok=["towel_cake"]),
    N(kind="exact", inst="H", text="배냇저고리", want=["baby_gown"]),
    N(kind="exact", inst="J", text="인주", want=["inkpad"], ok=["stamp_pad"]),
    N(kind="exact", inst="F", text="점자명함", want=["braille_card"], ok=["business_card"]),
    N(kind="exact", inst="G", text="손소독제", want=["hand_sanitizer"]),
    N(kind="exact", inst="E", text="보드게임", want=["board_game"]),
    N(kind="exact", inst="I", text="문서파쇄", want=["shredding"]),

    # ---------------- synonym (단어가 카탈로그에 없어야 함) ----------------
    N(kind="synonym", inst="J", text="호치키스", word="호치키스", want=["stapler"], ok=["staple"]),
    N(kind="synonym", inst="D", text="포스트잇", word="포스트잇", want=["sticky_note"]),
    N(kind="synonym", inst="I", text="화이트테이프", word="화이트", want=["correction_tape"]),
    N(kind="synonym", inst="A", text="대일밴드", word="대일밴드", want=["bandage"], ok=["first_aid"]),
    N(kind="synonym", inst="A", text="상담실 쓰레빠", word="쓰레빠", want=["slippers"]),
    N(kind="synonym", inst="B", text="퐁퐁", word="퐁퐁", want=["dish_soap"]),
    N(kind="synonym", inst="H", text="가제수건", word="가제", want=["gauze_hanky"], ok=["hanky"]),
    N(kind="synonym", inst="C", text="찌라시", word="찌라시", want=["leaflet"], ok=["poster"]),
    N(kind="synonym", inst="G", text="크리넥스", word="크리넥스", want=["tissue"], ok=["toilet_paper"]),
    N(kind="synonym", inst="E", text="레고", word="레고", want=["wood_block"], ok=["wood_toy"]),
    N(kind="synonym", inst="F", text="뽁뽁이", word="뽁뽁이", want=["air_cap"]),

    # ---------------- typo (틀린 말이 카탈로그에 없어야 함) ----------------
    N(kind="typo", inst="D", text="스테플러 심", word="스테플러", want=["staple"], ok=["stapler"]),
    N(kind="typo", inst="C", text="플랜카드", word="플랜카드", want=["banner"]),
    N(kind="typo", inst="H", text="아기 턱받기", word="턱받기", want=["bib"]),
    N(kind="typo", inst="A", text="새면도구", word="새면도구", want=["toiletry_set"]),
    N(kind="typo", inst="B", text="깍뚜기", word="깍뚜기", want=["kkakdugi"], ok=["kimchi"]),
    N(kind="typo", inst="G", text="리플렛", word="리플렛", want=["leaflet"], ok=["booklet"]),
    N(kind="typo", inst="I", text="결제판", word="결제판", want=["approval_folder"]),
    N(kind="typo", inst="J", text="크리어파일", word="크리어파일", want=["clear_file"]),
    N(kind="typo", inst="E", text="생일케익", word="케익", want=["cake"]),
    N(kind="typo", inst="F", text="점자 라밸", word="라밸", want=["braille_label"], ok=["braille_print"]),
    N(kind="typo", inst="D", text="토너 카트릿지", word="카트릿지", want=["toner"], ok=["toner_refill"]),

    # ---------------- hanyeong (두벌식 영문 상태 입력) ----------------
    N(kind="hanyeong", inst="D", text="audgka", intended="명함", want=["business_card"], ok=["braille_card"]),
    N(kind="hanyeong", inst="A", text="ekady", intended="담요", want=["blanket"], ok=["baby_blanket"]),
    N(kind="hanyeong", inst="B", text="Tkf", intended="쌀", want=["rice"]),
    N(kind="hanyeong", inst="C", text="ekscpxl", intended="단체티", want=["uniform_tshirt"]),
    N(kind="hanyeong", inst="H", text="thstnrjs", intended="손수건", want=["hanky", "gauze_hanky"]),
    N(kind="hanyeong", inst="G", text="ghkqns", intended="화분", want=["pot_plant"]),
    N(kind="hanyeong", inst="J", text="qkddur", intended="방역", want=["disinfection"]),
    N(kind="hanyeong", inst="E", text="dkvclak", intended="앞치마", want=["apron"]),
    N(kind="hanyeong", inst="F", text="wjawk 인쇄", intended="점자 인쇄", want=["braille_print"], ok=["braille_card", "braille_label"]),
    N(kind="hanyeong", inst="I", text="도장 wpwkr", intended="도장 제작", want=["stamp_seal", "rubber_stamp"]),
    N(kind="hanyeong", inst="C", text="도시락 qoekf", intended="도시락 배달", want=["lunchbox"]),

    # ---------------- spacing (카탈로그와 띄어쓰기가 다름) ----------------
    N(kind="spacing", inst="D", text="복사 용지", want=["copy_paper"]),
    N(kind="spacing", inst="C", text="에코 백", want=["eco_bag"]),
    N(kind="spacing", inst="A", text="애착 인형", want=["doll"]),
    N(kind="spacing", inst="B", text="친환경주방세제", want=["dish_soap"]),
    N(kind="spacing", inst="H", text="모유수유쿠션", want=["nursing_pillow"]),
    N(kind="spacing", inst="I", text="문서 보관 상자", want=["doc_box"]),
    N(kind="spacing", inst="J", text="에어컨청소", want=["aircon_cleaning"]),
    N(kind="spacing", inst="G", text="물 티슈", want=["wet_wipes"]),
    N(kind="spacing", inst="E", text="원목교구", want=["wood_toy", "wood_block"]),
    N(kind="spacing", inst="F", text="큰 글자 도서", want=["large_print"]),
    N(kind="spacing", inst="C", text="상장케이스", want=["cert_case"]),

    # ---------------- choseong ----------------
    N(kind="choseong", inst="D", text="ㅂㅅㅇㅈ", intended="복사용지", want=["copy_paper"]),
    N(kind="choseong", inst="C", text="ㅎㅅㅁ", intended="현수막", want=["banner"]),
    N(kind="choseong", inst="B", text="ㅂㅊ", intended="반찬", want=["side_dish"], ok=["kimchi", "kkakdugi"]),
    N(kind="choseong", inst="A", text="ㅅㅁㄷㄱ 세트", intended="세면도구 세트", want=["toiletry_set"]),
    N(kind="choseong", inst="H", text="ㅂㄴㅈㄱㄹ", intended="배냇저고리", want=["baby_gown"]),
    N(kind="choseong", inst="G", text="ㅅㅅㄷㅈ", intended="손소독제", want=["hand_sanitizer"]),
    N(kind="choseong", inst="I", text="ㅁㅅ ㅍㅅ", intended="문서 파쇄", want=["shredding"]),
    N(kind="choseong", inst="J", text="ㅋㄹㅇㅍㅇ", intended="클리어파일", want=["clear_file"]),
    N(kind="choseong", inst="E", text="ㅂㄷㄱㅇ", intended="보드게임", want=["board_game"]),
    N(kind="choseong", inst="F", text="ㅈㅈ 명함", intended="점자 명함", want=["braille_card"], ok=["business_card"]),
    N(kind="choseong", inst="C", text="ㄷㄹㄸ", intended="답례떡", want=["tteok_gift"], ok=["rice_cake"]),

    # ---------------- quantity ----------------
    N(kind="quantity", inst="D", text="A4 복사용지 80g 10박스", qty=10, want=["copy_paper"], spec_re=r"A4.*80\s*g|80\s*g.*A4"),
    N(kind="quantity", inst="C", text="현수막 3장 장당 5만원 이하", qty=3, want=["banner"], price_max=50000),
    N(kind="quantity", inst="A", text="수건 200장 장당 5천원 이하", qty=200, want=["towel"], price_max=5000),
    N(kind="quantity", inst="B", text="쌀 10kg 20포", qty=20, want=["rice"], spec_re=r"10\s*kg"),
    N(kind="quantity", inst="H", text="배냇저고리 50벌 예산 100만원", qty=50, budget=1000000, want=["baby_gown"]),
    N(kind="quantity", inst="G", text="손소독제 500ml 100개", qty=100, want=["hand_sanitizer"], spec_re=r"500\s*ml"),
    N(kind="quantity", inst="I", text="서류봉투 1000매 매당 300원 이하", qty=1000, want=["envelope_doc"], price_max=300),
    N(kind="quantity", inst="J", text="고무인 3개 개당 2만원 이하", qty=3, want=["rubber_stamp"], ok=["stamp_seal"], price_max=20000),
    N(kind="quantity", inst="E", text="보드게임 5세트 예산 30만원", qty=5, budget=300000, want=["board_game"]),
    N(kind="quantity", inst="F", text="토너 HP 78A 호환 4개", qty=4, want=["toner"], ok=["toner_refill"], spec_re=r"78A|CE278"),
    N(kind="quantity", inst="C", text="행사 도시락 150개 개당 1만원 이하", qty=150, want=["lunchbox"], price_max=10000),

    # ---------------- long_sentence ----------------
    N(kind="long_sentence", inst="A",
      text="11월 중 해바라기센터 상담실 리모델링을 마친 뒤 내담자 정서 안정을 위해 상담실과 대기실에 둘 공기정화 화분을 구입하고자 하니 관리가 쉬운 제품을 추천해 주시기 바랍니다",
      want=["pot_plant"]),
    N(kind="long_sentence", inst="B",
      text="다음 달 첫째 주 토요일 시설 입소가정 자녀 15명을 대상으로 목공 체험 교육을 진행하려 하오니 강사 파견과 재료 준비가 가능한 업체를 찾습니다",
      want=["wood_edu"], ok=["craft_edu"]),
    N(kind="long_sentence", inst="C",
      text="2025년 자활사업 성과보고회(11. 28.(금) 14:00, 전북광역자활센터 3층 대회의실) 참석자 120명에게 배부할 행사 자료집 인쇄를 의뢰드립니다",
      want=["booklet"]),
    N(kind="long_sentence", inst="D",
      text="10월 장애인 고용 인식개선 캠페인(전주 객사 일원)에서 시민들께 나눠 드릴 기념품으로 친환경 장바구니를 구매하고자 하오니 견적을 부탁드립니다",
      want=["eco_bag"]),
    N(kind="long_sentence", inst="E",
      text="발달장애인 당사자 자조모임 월례회(매월 둘째 주 토요일)에서 제공할 간식으로 개별 포장된 쿠키나 빵을 정기적으로 납품받고 싶습니다",
      want=["cookie", "bread"], ok=["snack_box"]),
    N(kind="long_sentence", inst="F",
      text="시각장애인 이용자를 위한 2026년 도서관 이용 안내서를 점자와 큰글자로 함께 제작해야 하므로 점역과 인쇄가 가능한 곳을 알려 주십시오",
      want=["braille_print", "large_print"], ok=["booklet"]),
    N(kind="long_sentence", inst="G",
      text="센터 가족 모임 프로그램(11월 매주 수요일 저녁 7시, 센터 2층 교육장)에 참석하시는 가족분들께 드릴 저녁 도시락을 주문하고자 합니다",
      want=["lunchbox"], ok=["catering"]),
    N(kind="long_sentence", inst="H",
      text="모자보건팀에서 12월에 관내 출생아 가정에 보낼 출산 축하 선물로 손뜨개 아기 모자를 구매하려 하오니 견적서를 보내 주시기 바랍니다",
      want=["knit_baby_hat"]),
    N(kind="long_sentence", inst="I",
      text="공단 전주지부 사무실이 다음 달 중순 이전함에 따라 입주 전에 사무실 전체 바닥과 유리창 청소를 해 주실 업체를 찾고 있습니다",
      want=["cleaning_service"]),
    N(kind="long_sentence", inst="J",
      text="등기국 민원 대기실 이용객이 많아 여름철 감염병 예방을 위하여 6월부터 9월까지 월 1회 정기 방역소독을 해 주실 업체를 구합니다",
      want=["disinfection"]),
    N(kind="long_sentence", inst="C",
      text="자활참여자 역량강화 교육 성과를 알리기 위한 3분 내외 홍보 영상을 촬영하고 편집까지 해 주실 업체를 찾습니다(12월 15일까지 납품)",
      want=["video_production"]),

    # ---------------- category ----------------
    N(kind="category", inst="C", text="행사 다과", group="refreshments"),
    N(kind="category", inst="D", text="사무용품", group="office"),
    N(kind="category", inst="A", text="위생용품", group="hygiene"),
    N(kind="category", inst="J", text="안전용품", group="safety"),
    N(kind="category", inst="B", text="아이들 놀이 교구", group="kids_toys"),
    N(kind="category", inst="G", text="캠페인 홍보 인쇄물", group="promo_print"),
    N(kind="category", inst="H", text="출산용품", group="baby_goods"),
    N(kind="category", inst="I", text="판촉물", group="promo_goods"),
    N(kind="category", inst="E", text="체험 프로그램", group="programs"),
    N(kind="category", inst="F", text="친환경 세제류", group="detergents"),
    N(kind="category", inst="D", text="행사 식사", group="event_meal"),

    # ---------------- location (실제 전주 법정동 + 가게 말) ----------------
    N(kind="location", inst="A", text="효자동 떡집", dong="효자동", shop="rice_cake_shop"),
    N(kind="location", inst="B", text="인후동 떡집", dong="인후동", shop="rice_cake_shop"),
    N(kind="location", inst="C", text="중화산동 인쇄소", dong="중화산동", shop="print_shop"),
    N(kind="location", inst="D", text="팔복동 인쇄소", dong="팔복동", shop="print_shop"),
    N(kind="location", inst="H", text="서신동 꽃집", dong="서신동", shop="flower_shop"),
    N(kind="location", inst="E", text="송천동 빵집", dong="송천동", shop="bakery"),
    N(kind="location", inst="B", text="평화동 반찬가게", dong="평화동", shop="side_dish_shop"),
    N(kind="location", inst="A", text="삼천동 세탁소", dong="삼천동", shop="laundry_shop"),
    N(kind="location", inst="G", text="금암동 카페", dong="금암동", shop="cafe"),
    N(kind="location", inst="J", text="덕진동 도시락집", dong="덕진동", shop="lunchbox_shop"),
    N(kind="location", inst="F", text="풍남동 공방", dong="풍남동", shop="workshop"),

    # ---------------- multi_item ----------------
    N(kind="multi_item", inst="C", text="현수막 및 배너",
      items=[("현수막", ["banner"], []), ("배너", ["x_banner"], ["banner_stand"])]),
    N(kind="multi_item", inst="B", text="쌀이랑 김치",
      items=[("쌀", ["rice"], []), ("김치", ["kimchi"], ["kkakdugi"])]),
    N(kind="multi_item", inst="A", text="수건하고 세면도구",
      items=[("수건", ["towel"], ["towel_cake"]), ("세면도구", ["toiletry_set"], [])]),
    N(kind="multi_item", inst="D", text="복사용지, 토너",
      items=[("복사용지", ["copy_paper"], []), ("토너", ["toner"], ["toner_refill"])]),
    N(kind="multi_item", inst="H", text="배냇저고리 속싸개 손수건",
      items=[("배냇저고리", ["baby_gown"], []), ("속싸개", ["baby_blanket"], []),
             ("손수건", ["hanky", "gauze_hanky"], [])]),
    N(kind="multi_item", inst="G", text="물티슈 및 볼펜",
      items=[("물티슈", ["wet_wipes"], []), ("볼펜", ["ballpen"], [])]),
    N(kind="multi_item", inst="I", text="명함이랑 서류봉투",
      items=[("명함", ["business_card"], ["braille_card"]), ("서류봉투", ["envelope_doc"], [])]),
    N(kind="multi_item", inst="J", text="인주, 스테이플러, 클리어파일",
      items=[("인주", ["inkpad"], ["stamp_pad"]), ("스테이플러", ["stapler"], ["staple"]),
             ("클리어파일", ["clear_file"], [])]),
    N(kind="multi_item", inst="E", text="앞치마하고 단체티",
      items=[("앞치마", ["apron"], []), ("단체티", ["uniform_tshirt"], [])]),
    N(kind="multi_item", inst="F", text="에어컨 청소 및 방역",
      items=[("에어컨 청소", ["aircon_cleaning"], []), ("방역", ["disinfection"], [])]),
]

for _n in NEEDS:
    for _k in ("qty", "budget", "price_max", "spec_re", "word", "intended", "group", "dong", "shop"):
        _n.setdefault(_k, None)
    _n.setdefault("want", [])
    _n.setdefault("ok", [])
    _n.setdefault("items", None)
    if _n["kind"] == "category":
        _n["want"] = list(GROUPS[_n["group"]])
        _n["ok"] = list(GROUP_OK[_n["group"]])
    if _n["budget"] and _n["qty"] and not _n["price_max"]:
        _n["price_max"] = _n["budget"] // _n["qty"]

# =====================================================================
# 3단계: 카탈로그를 쓴 뒤 작성한 매칭 불가 수요 30건 (hard 20, easy 10)
# (수요, 난이도, 카탈로그와 겹치는 말, 해당 없음 이유)
NO_MATCH = [
    ("복사기 임대", "hard", "복사", "복사용지만 있고 복사기(기계) 임대·렌탈 제품은 없음"),
    ("현수막 게시대 설치 공사", "hard", "현수막", "현수막 출력만 있고 게시대 구조물 시공(공사)은 없음"),
    ("떡 제조기 구입", "hard", "떡", "떡 완제품·체험만 있고 떡 만드는 기계는 없음"),
    ("벽걸이 에어컨 설치", "hard", "에어컨, 벽걸이", "에어컨 청소·커버만 있고 냉방기 설치 공사는 없음"),
    ("문서 세단기 구매", "hard", "문서", "출장 파쇄 용역은 있으나 세단기(장비) 판매는 없음"),
    ("점자 프린터 구입", "hard", "점자", "점역·점자 인쇄 서비스는 있으나 점자 출력 장비 판매는 없음"),
    ("세탁기 수리", "hard", "세탁", "세탁 대행 서비스만 있고 가전 수리는 없음"),
    ("커피머신 렌탈", "hard", "커피", "원두·드립백·출장 바리스타만 있고 기계 렌탈은 없음"),
    ("도시락 배달용 승합차 임차", "hard", "도시락, 배달", "도시락은 있으나 차량 임차는 없음"),
    ("법인 등기 신청 대행", "hard", "대행", "법무사 업무(자격 필요)로 카탈로그의 행사·문서 대행과 다름"),
    ("소화기 충전 및 소방시설 점검", "hard", "소화기, 점검", "소화기 판매만 있고 소방시설 점검(면허 업종)·충전은 없음"),
    ("건물 옥상 간판 제작 설치", "hard", "제작, 광고물", "현수막·배너만 있고 옥외 간판 제작·설치(허가 업종)는 없음"),
    ("청사 앞 화단 조경 공사", "hard", "조경, 화분", "화분·실내 식물 관리만 있고 조경 공사는 없음"),
    ("쌀 도정기", "hard", "쌀", "쌀(농산물)만 있고 도정 기계는 없음"),
    ("수건 건조기 구입", "hard", "수건", "수건·수건 세탁만 있고 건조기(가전)는 없음"),
    ("방역 연무 소독기 구입", "hard", "방역, 소독", "방역소독 용역만 있고 소독 장비 판매는 없음"),
    ("보드게임 카페 대관", "hard", "보드게임", "보드게임 판매·강사 파견만 있고 공간 대관은 없음"),
    ("공공자전거 대여", "hard", "자전거", "자전거 수리·재생 자전거 판매만 있고 대여는 없음"),
    ("김치냉장고 구입", "hard", "김치", "김치(식품)만 있고 가전은 없음"),
    ("사무실 유리창 교체 공사", "hard", "유리창, 사무실", "유리창 청소만 있고 창호 교체 공사는 없음"),
    ("제주도 왕복 항공권", "easy", "", "항공권 없음"),
    ("업무용 데스크톱 컴퓨터", "easy", "", "컴퓨터 없음"),
    ("골프공", "easy", "", "스포츠 용품 없음"),
    ("반려견 사료", "easy", "", "반려동물 용품 없음"),
    ("자동차 타이어", "easy", "", "자동차 부품 없음"),
    ("헬스장 회원권", "easy", "", "운동 시설 이용권 없음"),
    ("주식 투자 강의", "easy", "", "금융 교육 없음"),
    ("명품 손목시계", "easy", "", "시계 없음"),
    ("캠핑용 텐트", "easy", "", "캠핑 용품 없음"),
    ("스마트폰 보조배터리", "easy", "", "전자기기 없음"),
]
