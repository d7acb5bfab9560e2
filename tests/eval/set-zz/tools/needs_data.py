# -*- coding: utf-8 -*-
"""1단계: 카탈로그 없이 먼저 쓴 수요(검색어) 120개.
각 수요: kind, inst(기관), text(검색창 입력), qty, budget, want(원하는 품목 태그), ok(대체 가능 태그),
cap(단가 상한, 원), spec(제품명+규격에 걸 정규식), 그리고 유형별 보조 필드.
NO_MATCH 는 카탈로그를 쓴 뒤(3단계) 이 파일 맨 아래에 덧붙였다."""

INST = ["전주시 건축안전과", "덕진구 차량등록사업소", "전주시 기업지원과", "전주시 자치행정과",
        "전북교육문화회관", "전주시의회 의회사무국", "전주시 선거관리위원회", "전주문화원",
        "전주시 건강가정·다문화가족지원센터", "전주시 맑은물사업본부"]
A, B, C, D, E, F, G, H, I, J = INST

# category 수요가 뜻하는 품목 묶음 (want) 과 대체 품목 (ok)
GROUPS = {
    "행사 다과": dict(want=["rice_cake", "baekseolgi", "tteok_set", "hangwa", "cookie", "bread", "castella",
                        "sandwich", "cake", "snack_box", "sikhye", "juice", "tea", "fruit_cup"],
                  ok=["drip_bag", "coffee_beans", "coffee_catering", "catering"]),
    "사무용품": dict(want=["ballpen", "stapler", "file_folder", "sticky_note", "notebook", "copy_paper",
                       "office_set", "scissors_tape"],
                 ok=["toner"]),
    "안전용품": dict(want=["hard_hat", "safety_vest", "safety_shoes", "work_gloves", "traffic_cone", "mask",
                       "rain_boots", "safety_sign", "first_aid"],
                 ok=["work_uniform"]),
    "민원실 위생용품": dict(want=["hand_sanitizer", "facial_tissue", "toilet_paper", "hand_towel", "mask",
                           "hand_soap", "wet_wipes"],
                     ok=["soap"]),
    "홍보물 인쇄": dict(want=["leaflet", "poster", "booklet", "sticker", "envelope_print"],
                   ok=["banner", "xbanner", "business_card"]),
    "전통 공예품": dict(want=["hanji_craft", "hanji_lamp", "hanji_accessory", "fan", "hapjukseon", "ceramics",
                         "wood_craft", "najeon"],
                   ok=["natural_dye"]),
    "아동 교구": dict(want=["board_game", "edu_kit", "puzzle", "picture_book"],
                  ok=["craft_kit"]),
    "청소용품": dict(want=["detergent", "bleach", "mop", "rubber_gloves", "trash_bag", "scrubber", "hand_towel"],
                 ok=["hand_soap"]),
    "기념품": dict(want=["ecobag", "tumbler", "umbrella", "keyring", "handkerchief", "hanji_craft",
                      "hanji_accessory", "fan", "hapjukseon", "ceramics", "towel", "soap"],
                ok=["gift_set", "diffuser"]),
    "농특산물 선물": dict(want=["gift_set", "honey", "sesame_oil", "rice", "jam", "dried_fruit", "tea"],
                     ok=["hangwa", "kimchi"]),
    "축하 화훼": dict(want=["bouquet", "flower_basket", "wreath", "orchid"],
                  ok=["pot_plant", "corsage"]),
}

# location 수요의 가게 말 -> 가게 종류, 그 종류의 핵심 품목(다른 종류 가게가 팔면 1)
SHOP_WORDS = {"떡집": ("tteok", ["rice_cake", "baekseolgi", "tteok_set"]),
              "인쇄소": ("print", ["business_card", "leaflet", "poster", "booklet", "envelope_print"]),
              "꽃집": ("flower", ["bouquet", "flower_basket", "wreath", "orchid"]),
              "빵집": ("bakery", ["bread", "cake", "castella", "cookie"]),
              "도시락집": ("lunch", ["lunchbox"]),
              "공방": ("craft", []),
              "카페": ("cafe", ["coffee_beans", "drip_bag", "coffee_catering"]),
              "현수막집": ("banner", ["banner", "xbanner"]),
              "세탁소": ("laundry", ["laundry"])}


def N(kind, inst, text, want=(), ok=(), qty=None, budget=None, cap=None, spec=None, **kw):
    d = dict(kind=kind, inst=inst, text=text, want=list(want), ok=list(ok), qty=qty, budget=budget,
             cap=cap, spec=spec)
    d.update(kw)
    return d


NEEDS = [
    # ---------------- exact (11)
    N("exact", A, "안전모", ["hard_hat"]),
    N("exact", B, "복사용지", ["copy_paper"]),
    N("exact", C, "에코백", ["ecobag"]),
    N("exact", D, "명함 제작", ["business_card"]),
    N("exact", E, "포스터 인쇄", ["poster"], ["leaflet"]),
    N("exact", F, "명패", ["name_plate"], ["plaque"]),
    N("exact", C, "현수막", ["banner"], ["xbanner"]),
    N("exact", H, "합죽선", ["hapjukseon"], ["fan"]),
    N("exact", I, "보드게임", ["board_game"], ["edu_kit"]),
    N("exact", J, "작업복", ["work_uniform"], ["training_suit"]),
    N("exact", G, "도시락", ["lunchbox"], ["catering"]),
    # ---------------- synonym (11): absent = 카탈로그에 없어야 할 말
    N("synonym", D, "호치키스", ["stapler"], absent="호치키스"),
    N("synonym", B, "포스트잇", ["sticky_note"], absent="포스트잇"),
    N("synonym", A, "현장용 구루마", ["hand_cart"], absent="구루마"),
    N("synonym", J, "락스 대용량", ["bleach"], ["detergent"], absent="락스"),
    N("synonym", G, "선거 찌라시 인쇄", ["leaflet"], ["poster"], absent="찌라시"),
    N("synonym", F, "사무실 쓰레빠", ["slipper"], absent="쓰레빠"),
    N("synonym", B, "제록스 종이", ["copy_paper"], absent="제록스"),
    N("synonym", F, "크리넥스 티슈", ["facial_tissue"], ["toilet_paper"], absent="크리넥스"),
    N("synonym", C, "단체 카라티", ["polo"], ["tshirt"], absent="카라티"),
    N("synonym", I, "체육대회 츄리닝", ["training_suit"], ["tshirt"], absent="츄리닝"),
    N("synonym", E, "뽁뽁이 포장재", ["air_cap"], absent="뽁뽁이"),
    # ---------------- typo (11): absent = 잘못 쓴 말
    N("typo", G, "플랜카드 제작", ["banner"], ["xbanner"], absent="플랜카드"),
    N("typo", I, "생일 케익", ["cake"], ["rice_cake_cake"], absent="케익"),
    N("typo", H, "한지 악세사리", ["hanji_accessory"], ["hanji_craft"], absent="악세사리"),
    N("typo", D, "사과쥬스", ["juice_apple"], ["juice"], absent="쥬스"),
    N("typo", G, "돈까스 도시락", ["lunch_tonkatsu"], ["lunchbox"], absent="돈까스"),
    N("typo", C, "홍보 영상 컨텐츠 제작", ["video"], ["photo"], absent="컨텐츠"),
    N("typo", H, "관광 안내 팜플렛", ["leaflet"], ["booklet"], absent="팜플렛"),
    N("typo", F, "명암 제작", ["business_card"], absent="명암"),
    N("typo", J, "텀플러", ["tumbler"], absent="텀플러"),
    N("typo", B, "스테플러", ["stapler"], absent="스테플러"),
    N("typo", E, "카스테라", ["castella"], ["bread", "cake"], absent="카스테라"),
    # ---------------- hanyeong (11): 8 완전 영문, 3 한글 섞임
    N("hanyeong", B, "qhrtkdydwl", ["copy_paper"], intended="복사용지"),
    N("hanyeong", G, "gustnakr", ["banner"], ["xbanner"], intended="현수막"),
    N("hanyeong", G, "ehtlfkr", ["lunchbox"], ["catering"], intended="도시락"),
    N("hanyeong", F, "audgka", ["business_card"], intended="명함"),
    N("hanyeong", A, "dkswjsghk", ["safety_shoes"], ["rain_boots"], intended="안전화"),
    N("hanyeong", D, "Rhcqkrnsl", ["flower_basket"], ["bouquet"], intended="꽃바구니"),
    N("hanyeong", C, "dpzhqor", ["ecobag"], intended="에코백"),
    N("hanyeong", F, "ghkghks", ["wreath"], ["flower_basket", "orchid"], intended="화환"),
    N("hanyeong", H, "gkswl 공예 체험", ["hanji_experience"], ["craft_experience"], intended="한지 공예 체험"),
    N("hanyeong", E, "zjvl 원두", ["coffee_beans"], ["drip_bag"], intended="커피 원두"),
    N("hanyeong", C, "tjsanf 세트", ["gift_set"], ["tteok_set", "hangwa"], intended="선물 세트"),
    # ---------------- spacing (11): form_need 는 카탈로그에 없고 form_cat 로 쓰여야 함
    N("spacing", B, "손 소독제", ["hand_sanitizer"], ["hand_soap"], form_need="손 소독제", form_cat="손소독제"),
    N("spacing", D, "꽃 바구니", ["flower_basket"], ["bouquet"], form_need="꽃 바구니", form_cat="꽃바구니"),
    N("spacing", J, "작업용장갑", ["work_gloves"], ["rubber_gloves"], form_need="작업용장갑", form_cat="작업용 장갑"),
    N("spacing", G, "종이 컵", ["paper_cup"], form_need="종이 컵", form_cat="종이컵"),
    N("spacing", E, "드립 백 커피", ["drip_bag"], ["coffee_beans"], form_need="드립 백", form_cat="드립백"),
    N("spacing", F, "답례 떡", ["tteok_set"], ["rice_cake", "baekseolgi"], form_need="답례 떡", form_cat="답례떡"),
    N("spacing", D, "공기정화식물", ["pot_plant"], ["orchid"], form_need="공기정화식물", form_cat="공기정화 식물"),
    N("spacing", I, "천연 비누", ["soap"], ["hand_soap"], form_need="천연 비누", form_cat="천연비누"),
    N("spacing", H, "한지공예체험", ["hanji_experience"], ["craft_experience"], form_need="한지공예체험",
      form_cat="한지 공예 체험"),
    N("spacing", F, "의정보고서 인쇄", ["booklet"], ["leaflet"], form_need="의정보고서", form_cat="의정 보고서"),
    N("spacing", A, "안전 조끼", ["safety_vest"], form_need="안전 조끼", form_cat="안전조끼"),
    # ---------------- choseong (11)
    N("choseong", B, "ㅂㅅㅇㅈ", ["copy_paper"], intended="복사용지"),
    N("choseong", C, "ㅎㅅㅁ", ["banner"], ["xbanner"], intended="현수막"),
    N("choseong", G, "ㄷㅅㄹ", ["lunchbox"], ["catering"], intended="도시락"),
    N("choseong", D, "ㅁㅎ 인쇄", ["business_card"], intended="명함 인쇄"),
    N("choseong", A, "ㅇㅈㅁ", ["hard_hat"], intended="안전모"),
    N("choseong", F, "ㄲㄷㅂ", ["bouquet"], ["flower_basket"], intended="꽃다발"),
    N("choseong", J, "ㅌㅂㄹ", ["tumbler"], intended="텀블러"),
    N("choseong", I, "ㅂㄷㄱㅇ", ["board_game"], ["edu_kit"], intended="보드게임"),
    N("choseong", H, "ㅎㅈ 공예품", ["hanji_craft", "hanji_lamp", "hanji_accessory"], ["fan"], intended="한지 공예품"),
    N("choseong", F, "ㅂㅅㄱ", ["baekseolgi"], ["rice_cake", "tteok_set"], intended="백설기"),
    N("choseong", J, "ㅈㅇㅂ", ["work_uniform"], ["training_suit"], intended="작업복"),
    # ---------------- quantity (11)
    N("quantity", B, "A4 복사용지 80g 10박스", ["copy_paper"], qty=10, spec=r"A4.*80\s*g|80\s*g.*A4"),
    N("quantity", C, "에코백 200개 개당 5천원 이하", ["ecobag"], qty=200, cap=5000),
    N("quantity", D, "도시락 50개 1만원 이내", ["lunchbox"], ["catering"], qty=50, cap=10000),
    N("quantity", E, "현수막 5m x 0.9m 3장", ["banner"], qty=3, spec=r"5\s*m\s*[x×*]\s*0\.9\s*m|5000\s*[x×*]\s*900"),
    N("quantity", F, "감사패 12개 개당 7만원 이내", ["plaque"], ["name_plate"], qty=12, cap=70000),
    N("quantity", G, "볼펜 1000자루 예산 50만원", ["ballpen"], qty=1000, budget=500000),
    N("quantity", H, "합죽선 20개 예산 100만원", ["hapjukseon"], ["fan"], qty=20, budget=1000000),
    N("quantity", I, "김장김치 10kg 15박스", ["kimchi"], qty=15, spec=r"10\s*kg"),
    N("quantity", J, "안전장화 260mm 40켤레", ["rain_boots"], ["safety_shoes"], qty=40, spec=r"260"),
    N("quantity", A, "XL 안전조끼 50벌 벌당 1만원", ["safety_vest"], qty=50, cap=10000, spec=r"XL"),
    N("quantity", F, "답례떡 100세트 예산 300만원", ["tteok_set"], ["rice_cake", "baekseolgi"], qty=100,
      budget=3000000),
    # ---------------- long_sentence (11)
    N("long_sentence", A, "다음 달 15일 덕진구 송천동 공사현장 합동 안전점검 때 점검반원들이 착용할 형광 안전조끼를 "
      "구매하고자 하오니 사회적기업 제품으로 추천 부탁드립니다", ["safety_vest"]),
    N("long_sentence", B, "2025년 하반기 차량등록 민원 안내 리플릿을 3천 부 정도 제작하려고 하는데 전주 지역 "
      "사회적경제기업 인쇄업체를 찾고 있습니다", ["leaflet"], ["booklet", "poster"], qty=3000),
    N("long_sentence", C, "11월 사회적경제 박람회 부스 방문객에게 나누어 줄 친환경 텀블러를 알아보고 있으니 "
      "단가와 최소 주문 수량을 알려 주시기 바랍니다", ["tumbler"]),
    N("long_sentence", D, "이번 주 금요일 오후 2시 시청 강당에서 열리는 주민자치위원 위촉식에 쓸 축하 꽃다발 "
      "열두 개를 준비해야 합니다", ["bouquet"], ["flower_basket", "corsage"], qty=12),
    N("long_sentence", E, "여름방학 기간 동안 초등학생과 학부모를 대상으로 하는 주말 가족 프로그램으로 목공 체험 "
      "수업을 운영해 줄 수 있는 업체를 찾고 있습니다", ["wood_experience"], ["craft_experience"]),
    N("long_sentence", F, "정례회 기간 중 의원 간담회 때 곁들일 전통 다과로 약과나 유과 같은 한과를 주문하고 "
      "싶은데 전주 업체 제품이면 좋겠습니다", ["hangwa"], ["rice_cake", "tteok_set"]),
    N("long_sentence", G, "선거일 밤 개표 사무원들의 야간 근무용 간식으로 샌드위치를 대량으로 주문할 수 있는 "
      "곳을 알려 주시기 바랍니다", ["sandwich"], ["bread", "snack_box"]),
    N("long_sentence", H, "단오 행사 때 한옥마을을 찾은 관광객을 대상으로 부채 만들기 체험 부스를 운영해 줄 "
      "수 있는 단체를 찾습니다", ["fan_experience"], ["hanji_experience", "craft_experience"]),
    N("long_sentence", I, "결혼이민자 가족 상담 때 베트남어 통역을 지원해 줄 수 있는 업체가 있는지 문의드립니다",
      ["translation"], spec=r"베트남"),
    N("long_sentence", J, "정수장 직원들이 여름철 현장 근무 때 입을 하계 작업복 상하의를 새로 맞추려고 "
      "하는데 사회적기업 제품을 우선 검토하려 합니다", ["work_uniform"], spec=r"하계|여름"),
    N("long_sentence", D, "다음 달 초 동 주민센터 열두 곳의 화단을 정비하려고 하니 계절 꽃 식재와 화단 관리를 "
      "맡아 줄 곳을 찾고 있습니다", ["landscaping"], ["seedling"]),
    # ---------------- category (11)
    N("category", C, "행사 다과", group="행사 다과"),
    N("category", D, "사무용품", group="사무용품"),
    N("category", A, "안전용품", group="안전용품"),
    N("category", B, "민원실 위생용품", group="민원실 위생용품"),
    N("category", G, "홍보물 인쇄", group="홍보물 인쇄"),
    N("category", H, "전통 공예품", group="전통 공예품"),
    N("category", I, "아동 교구", group="아동 교구"),
    N("category", J, "청소용품", group="청소용품"),
    N("category", E, "기념품", group="기념품"),
    N("category", F, "농특산물 선물", group="농특산물 선물"),
    N("category", D, "축하 화훼", group="축하 화훼"),
    # ---------------- location (11)
    N("location", F, "효자동 떡집", dong="효자동", shop="떡집"),
    N("location", G, "서신동 인쇄소", dong="서신동", shop="인쇄소"),
    N("location", D, "송천동 꽃집", dong="송천동", shop="꽃집"),
    N("location", I, "인후동 빵집", dong="인후동", shop="빵집"),
    N("location", G, "중화산동 도시락집", dong="중화산동", shop="도시락집"),
    N("location", H, "평화동 공방", dong="평화동", shop="공방"),
    N("location", E, "덕진동 카페", dong="덕진동", shop="카페"),
    N("location", F, "삼천동 떡집", dong="삼천동", shop="떡집"),
    N("location", C, "팔복동 현수막집", dong="팔복동", shop="현수막집"),
    N("location", J, "금암동 세탁소", dong="금암동", shop="세탁소"),
    N("location", B, "중앙동 인쇄소", dong="중앙동", shop="인쇄소"),
    # ---------------- multi_item (10): items = (품목 표기, want, ok)
    N("multi_item", A, "안전모 및 안전화", items=[("안전모", ["hard_hat"], []), ("안전화", ["safety_shoes"], ["rain_boots"])]),
    N("multi_item", B, "손소독제, 화장지", items=[("손소독제", ["hand_sanitizer"], ["hand_soap"]),
                                             ("화장지", ["toilet_paper"], ["facial_tissue", "hand_towel"])]),
    N("multi_item", C, "현수막이랑 X배너", items=[("현수막", ["banner"], []), ("X배너", ["xbanner"], [])]),
    N("multi_item", D, "명함하고 봉투 인쇄", items=[("명함", ["business_card"], []), ("봉투 인쇄", ["envelope_print"], [])]),
    N("multi_item", E, "포스터 리플릿", items=[("포스터", ["poster"], []), ("리플릿", ["leaflet"], ["booklet"])]),
    N("multi_item", F, "백설기 및 식혜", items=[("백설기", ["baekseolgi"], ["rice_cake", "tteok_set"]),
                                            ("식혜", ["sikhye"], ["juice"])]),
    N("multi_item", G, "쿠키랑 드립백", items=[("쿠키", ["cookie"], ["bread", "castella"]),
                                          ("드립백", ["drip_bag"], ["coffee_beans"])]),
    N("multi_item", H, "합죽선하고 한지 조명", items=[("합죽선", ["hapjukseon"], ["fan"]),
                                               ("한지 조명", ["hanji_lamp"], ["hanji_craft"])]),
    N("multi_item", I, "김치 반찬", items=[("김치", ["kimchi"], []), ("반찬", ["side_dish"], [])]),
    N("multi_item", J, "작업복, 장화, 장갑", items=[("작업복", ["work_uniform"], ["training_suit"]),
                                              ("장화", ["rain_boots"], []),
                                              ("장갑", ["work_gloves"], ["rubber_gloves"])]),
]

# ---------------------------------------------------------------------------
# 3단계: 카탈로그를 다 쓴 뒤에 쓴 해당 없음 수요 30개 (20 어려움 + 10 쉬움)
# (inst, text, 난이도, 겹치는 말, 해당 없음 이유)
NO_MATCH = [
    (A, "안전모 충격 시험 장비", "hard", "안전모", "안전모 자체는 있으나 시험용 기계·장비는 어느 기업도 팔지 않음"),
    (B, "복사기 임대", "hard", "복사", "복사용지만 있고 복사기 임대(렌탈)는 없음"),
    (C, "현수막 게시대 설치 공사", "hard", "현수막, 게시대", "현수막 제작·게첨 대행은 있으나 게시대 구조물 설치 공사는 없음"),
    (D, "꽃집 창업 컨설팅", "hard", "꽃", "꽃 판매·꽃꽂이 강좌만 있고 창업 컨설팅은 없음"),
    (E, "공연장 무대 조명 설비 교체 공사", "hard", "공연, 조명", "국악 공연·한지 조명은 있으나 무대 조명 설비 공사는 없음"),
    (F, "회의실 음향 장비 구매", "hard", "음향", "행사 음향 운영(인력 서비스)만 있고 음향 장비 판매는 없음"),
    (G, "투표함 운반 차량 임차", "hard", "운반, 차량", "운반용 핸드카트·차량용 자석 스티커만 있고 차량 임차는 없음"),
    (H, "한지 제조용 닥나무 삶는 솥 구매", "hard", "한지", "한지 공예품·체험은 있으나 한지 제조 설비는 없음"),
    (I, "통역사 자격증 시험 대비 강의", "hard", "통역", "통역 서비스는 있으나 통역사 양성 교육은 없음"),
    (J, "작업복 세탁용 산업용 세탁기 구매", "hard", "작업복, 세탁", "작업복 세탁 서비스는 있으나 세탁기(기계) 판매는 없음"),
    (A, "안전화 밑창 수선", "hard", "안전화, 수선", "안전화 판매·옷 수선은 있으나 신발 수선은 없음"),
    (B, "민원실 대기 의자 수리", "hard", "의자, 수리", "재생 사무용 의자 판매·집수리는 있으나 의자 수리 서비스는 없음"),
    (C, "촬영용 드론 구매", "hard", "드론, 촬영", "드론 항공 촬영 서비스만 있고 드론 기체 판매는 없음"),
    (D, "도시락 배달용 오토바이 임차", "hard", "도시락, 배달", "도시락 판매·배달은 있으나 오토바이(차량) 임차는 없음"),
    (E, "원목 책상 수리", "hard", "원목 책상", "원목 책상 주문 제작은 있으나 수리 서비스는 없음"),
    (I, "떡 만들기 기계 구입", "hard", "떡 만들기", "떡·떡 만들기 체험은 있으나 떡 제조 기계는 없음"),
    (G, "개표장 커피머신 렌탈", "hard", "커피", "원두·커피 케이터링은 있으나 커피머신 렌탈은 없음"),
    (H, "전통 공예품 감정 평가", "hard", "전통공예품, 공예", "공예품 판매만 있고 감정·평가 업무는 없음"),
    (I, "보드게임 카페 대관", "hard", "보드게임", "보드게임 판매·강사 파견은 있으나 공간 대관은 없음"),
    (J, "사무실 정수기 렌탈", "hard", "정수", "정수 현장용 장화 설명에만 나올 뿐 정수기 렌탈은 없음"),
    (C, "전기 승용차 구매", "easy", "", "차량 판매 기업 없음"),
    (F, "국외 연수 항공권 예약", "easy", "", "여행·항공 서비스 없음"),
    (D, "청사 주차장 아스팔트 포장", "easy", "", "도로 포장 공사 없음"),
    (B, "엘리베이터 정기 점검", "easy", "", "승강기 유지관리(면허 업종) 없음"),
    (J, "소화기 약제 충전", "easy", "", "소방 업종 없음"),
    (D, "법률 자문 위탁", "easy", "", "법률 서비스 없음"),
    (E, "전산실 서버 유지보수", "easy", "", "IT 유지보수 없음"),
    (F, "직원 건강검진 위탁 기관", "easy", "", "의료기관 없음"),
    (G, "선거사무원 단체 상해보험", "easy", "", "보험 상품 없음"),
    (A, "측량 용역", "easy", "", "측량(면허 업종) 없음"),
]
