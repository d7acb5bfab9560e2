# -*- coding: utf-8 -*-
"""1단계: 카탈로그 없이 먼저 쓴 수요 120건 (매칭 가능).
각 수요: kind, inst(기관), text(검색창 입력), qty, budget, want(원하는 품목 태그), ok(대체 가능 태그),
cap(단가 상한, 원), spec(제품명+규격에 걸 정규식), items(multi_item), dong/shop(location).
NO_MATCH 는 카탈로그 작성 후 파일 끝에 추가했다."""

INSTITUTIONS = ["전주기상지청", "전주 농산물도매시장 관리사무소", "축협 전주지점", "전주우편집중국",
                "전북특별자치도 교육연수원", "전북연구원", "LH 전북지역본부",
                "익산지방국토관리청 전주국토관리사무소", "전북특별자치도 특수교육원", "국립전북기상과학관"]
I = INSTITUTIONS

# 품목 태그 설명 (카탈로그 작성 때 이 태그로 제품을 표시한다)
ITEMS = {
    "copy_paper": "복사용지(A4 등)", "business_card": "명함", "banner_cloth": "현수막",
    "standing_banner": "배너(X배너/롤업)", "safety_vest": "안전조끼", "rice_cake": "떡(답례떡, 설기 등)",
    "coffee_beans": "커피 원두", "drip_coffee": "드립백 커피", "wreath_congrat": "축하화환",
    "wreath_funeral": "근조화환", "flower_basket": "꽃바구니", "mask": "마스크", "eco_bag": "에코백",
    "upcycle_bag": "업사이클 가방", "lunchbox": "도시락", "board_game": "보드게임", "edu_toy": "교구(일반)",
    "sensory_toy": "감각 교구", "stapler": "스테이플러", "sticky_note": "점착 메모지",
    "tape_clear": "투명 테이프", "glue_stick": "고체풀", "adhesive_bandage": "일회용 밴드",
    "first_aid_kit": "구급함", "flyer": "전단지", "leaflet": "리플릿/브로슈어", "poster": "포스터",
    "booklet_print": "책자 인쇄·제본", "facial_tissue": "미용티슈", "hand_towel_paper": "핸드타월",
    "toilet_roll": "두루마리 화장지", "zipper_bag": "지퍼백", "hand_cart": "운반 카트(손수레)",
    "bucket": "양동이", "training_wear": "트레이닝복", "cake": "케이크", "juice": "주스",
    "file_folder": "파일(클리어파일 등)", "sunscreen": "선크림", "badge": "배지", "hand_sanitizer": "손소독제",
    "mop": "대걸레", "calendar": "달력/캘린더", "potted_plant": "화분", "towel": "수건",
    "hanji_experience": "한지 체험", "coated_gloves": "코팅 장갑", "cotton_gloves": "면장갑",
    "paper_cup": "종이컵", "wet_wipes": "물티슈", "wood_experience": "목공 체험", "group_tshirt": "단체 티셔츠",
    "holiday_gift": "명절 선물세트", "toner": "토너", "safety_helmet": "안전모", "cool_sleeve": "쿨토시",
    "hangwa": "한과", "cleaning_service": "건물 청소 용역", "name_tag": "명찰", "cookie": "쿠키",
    "fruit": "과일", "bread": "빵", "ballpoint_pen": "볼펜", "safety_shoes": "안전화", "detergent": "세제",
    "rubber_gloves": "고무장갑", "cleaning_cloth": "걸레/극세사 행주", "tumbler": "텀블러", "umbrella": "우산",
    "fan": "부채", "rice": "쌀", "jam": "잼", "sesame_oil": "참기름·들기름", "honey": "꿀",
    "beef_gift": "한우 선물세트", "pottery_experience": "도자기 체험", "farm_experience": "농촌 체험",
    "baking_experience": "베이킹 체험", "tea": "차(잎차·티백)", "envelope_print": "봉투 인쇄",
    "sikhye": "식혜", "bouquet": "꽃다발",
}

# 상점 종류 (location 수요용)
SHOP_WORDS = {"떡집": "rice_cake_shop", "인쇄소": "print_shop", "꽃집": "flower_shop", "카페": "cafe",
              "빵집": "bakery", "공방": "craft_workshop", "도시락": "lunchbox_shop", "반찬가게": "side_dish_shop"}

# category 수요가 뜻하는 품목 묶음
GROUPS = {
    "행사 다과": dict(want=["rice_cake", "cookie", "hangwa", "juice", "bread", "cake", "fruit", "sikhye", "drip_coffee", "tea"],
                  ok=["coffee_beans", "lunchbox"]),
    "사무용품": dict(want=["stapler", "sticky_note", "tape_clear", "glue_stick", "file_folder", "ballpoint_pen"],
                 ok=["copy_paper", "toner", "calendar"]),
    "안전용품": dict(want=["safety_helmet", "safety_vest", "coated_gloves", "safety_shoes", "first_aid_kit"],
                 ok=["cotton_gloves", "cool_sleeve", "adhesive_bandage", "mask"]),
    "위생용품": dict(want=["mask", "hand_sanitizer", "wet_wipes", "facial_tissue", "hand_towel_paper", "toilet_roll"],
                 ok=["adhesive_bandage", "detergent", "rubber_gloves"]),
    "청소용품": dict(want=["mop", "detergent", "rubber_gloves", "bucket", "cleaning_cloth"],
                 ok=["wet_wipes", "hand_towel_paper"]),
    "기념품": dict(want=["eco_bag", "tumbler", "umbrella", "badge", "fan", "calendar"],
                ok=["upcycle_bag", "towel", "ballpoint_pen"]),
    "홍보 인쇄물": dict(want=["banner_cloth", "flyer", "leaflet", "poster", "booklet_print", "standing_banner"],
                   ok=["business_card", "calendar", "envelope_print"]),
    "지역 농특산물 선물": dict(want=["holiday_gift", "rice", "hangwa", "jam", "sesame_oil", "honey", "beef_gift"],
                       ok=["tea", "juice", "coffee_beans"]),
    "체험 프로그램": dict(want=["hanji_experience", "wood_experience", "pottery_experience", "farm_experience", "baking_experience"],
                    ok=[]),
    "특수교육 교구": dict(want=["sensory_toy", "board_game", "edu_toy"], ok=[]),
    "음료": dict(want=["coffee_beans", "drip_coffee", "juice", "tea", "sikhye"], ok=[]),
}


def N(kind, inst, text, want=(), ok=(), qty=None, budget=None, cap=None, spec=None, **kw):
    d = dict(kind=kind, inst=inst, text=text, want=list(want), ok=list(ok), qty=qty, budget=budget, cap=cap, spec=spec)
    d.update(kw)
    return d


NEEDS = [
    # ---- exact (11)
    N("exact", I[5], "복사용지", ["copy_paper"]),
    N("exact", I[4], "명함 제작", ["business_card"]),
    N("exact", I[6], "현수막", ["banner_cloth"], ["standing_banner"]),
    N("exact", I[7], "안전조끼", ["safety_vest"]),
    N("exact", I[2], "떡", ["rice_cake"], ["hangwa"]),
    N("exact", I[0], "커피 원두", ["coffee_beans"], ["drip_coffee"]),
    N("exact", I[6], "화환", ["wreath_congrat", "wreath_funeral"], ["flower_basket"]),
    N("exact", I[3], "마스크", ["mask"]),
    N("exact", I[9], "에코백", ["eco_bag"], ["upcycle_bag"]),
    N("exact", I[4], "도시락", ["lunchbox"]),
    N("exact", I[8], "보드게임", ["board_game"], ["edu_toy", "sensory_toy"]),
    # ---- synonym (11): 낱말 자체는 카탈로그에 없어야 함
    N("synonym", I[5], "호치키스", ["stapler"], word="호치키스"),
    N("synonym", I[4], "포스트잇", ["sticky_note"], word="포스트잇"),
    N("synonym", I[3], "스카치테이프", ["tape_clear"], word="스카치테이프"),
    N("synonym", I[8], "딱풀", ["glue_stick"], word="딱풀"),
    N("synonym", I[7], "대일밴드", ["adhesive_bandage"], ["first_aid_kit"], word="대일밴드"),
    N("synonym", I[6], "찌라시 인쇄", ["flyer"], ["leaflet", "poster"], word="찌라시"),
    N("synonym", I[0], "크리넥스", ["facial_tissue"], ["hand_towel_paper", "toilet_roll"], word="크리넥스"),
    N("synonym", I[2], "지퍼락", ["zipper_bag"], word="지퍼락"),
    N("synonym", I[1], "구루마", ["hand_cart"], word="구루마"),
    N("synonym", I[1], "바께쓰", ["bucket"], word="바께쓰"),
    N("synonym", I[8], "츄리닝", ["training_wear"], ["group_tshirt"], word="츄리닝"),
    # ---- typo (11): 틀린 낱말은 카탈로그에 없어야 함
    N("typo", I[5], "스테플러", ["stapler"], word="스테플러"),
    N("typo", I[6], "플랜카드 제작", ["banner_cloth"], ["standing_banner"], word="플랜카드"),
    N("typo", I[4], "케익 주문", ["cake"], ["bread"], word="케익"),
    N("typo", I[9], "과일 쥬스", ["juice"], ["sikhye"], word="쥬스"),
    N("typo", I[0], "행사 리플렛", ["leaflet"], ["flyer", "booklet_print"], word="리플렛"),
    N("typo", I[5], "클리어 화일", ["file_folder"], word="화일"),
    N("typo", I[7], "썬크림", ["sunscreen"], word="썬크림"),
    N("typo", I[9], "기념 뱃지", ["badge"], word="뱃지"),
    N("typo", I[3], "손소독재", ["hand_sanitizer"], ["wet_wipes"], word="손소독재"),
    N("typo", I[1], "대걸래", ["mop"], ["cleaning_cloth"], word="대걸래"),
    N("typo", I[0], "탁상 캘랜더", ["calendar"], word="캘랜더"),
    # ---- hanyeong (11): 8 완전 영문, 3 한글 섞임
    N("hanyeong", I[9], "dpzhqor", ["eco_bag"], ["upcycle_bag"], intended="에코백"),
    N("hanyeong", I[5], "qhrtkdydwl", ["copy_paper"], intended="복사용지"),
    N("hanyeong", I[6], "gustnakr", ["banner_cloth"], ["standing_banner"], intended="현수막"),
    N("hanyeong", I[4], "audgka", ["business_card"], intended="명함"),
    N("hanyeong", I[3], "aktmzm", ["mask"], intended="마스크"),
    N("hanyeong", I[4], "ehtlfkr", ["lunchbox"], intended="도시락"),
    N("hanyeong", I[6], "ghkqns", ["potted_plant"], ["flower_basket"], intended="화분"),
    N("hanyeong", I[2], "tnrjs", ["towel"], intended="수건"),
    N("hanyeong", I[8], "gkswl 체험", ["hanji_experience"], ["pottery_experience", "wood_experience"], intended="한지 체험"),
    N("hanyeong", I[2], "떡 tjsanf", ["rice_cake"], ["hangwa", "holiday_gift"], intended="떡 선물"),
    N("hanyeong", I[3], "안전 wkdrkq", ["coated_gloves"], ["cotton_gloves", "rubber_gloves"], intended="안전 장갑"),
    # ---- spacing (11)
    N("spacing", I[4], "종이 컵", ["paper_cup"]),
    N("spacing", I[3], "손 소독제", ["hand_sanitizer"], ["wet_wipes"]),
    N("spacing", I[2], "답례떡세트", ["rice_cake"], ["hangwa"]),
    N("spacing", I[0], "드립 백", ["drip_coffee"], ["coffee_beans"]),
    N("spacing", I[8], "목공체험프로그램", ["wood_experience"], ["hanji_experience", "pottery_experience"]),
    N("spacing", I[1], "물 티슈", ["wet_wipes"]),
    N("spacing", I[6], "단체 티셔츠", ["group_tshirt"], ["training_wear"]),
    N("spacing", I[7], "핸드 타월", ["hand_towel_paper"], ["facial_tissue"]),
    N("spacing", I[6], "명절선물세트", ["holiday_gift"], ["beef_gift", "hangwa", "rice", "honey", "sesame_oil"]),
    N("spacing", I[5], "레이저토너", ["toner"]),
    N("spacing", I[2], "근조 화환", ["wreath_funeral"], ["wreath_congrat"]),
    # ---- choseong (11)
    N("choseong", I[5], "ㅂㅅㅇㅈ", ["copy_paper"], intended="복사용지"),
    N("choseong", I[4], "ㅁㅎ", ["business_card"], intended="명함"),
    N("choseong", I[6], "ㅎㅅㅁ", ["banner_cloth"], ["standing_banner"], intended="현수막"),
    N("choseong", I[4], "ㄷㅅㄹ", ["lunchbox"], intended="도시락"),
    N("choseong", I[7], "ㅇㅈㅈㄲ", ["safety_vest"], intended="안전조끼"),
    N("choseong", I[3], "ㅅㅅㄷㅈ", ["hand_sanitizer"], ["wet_wipes"], intended="손소독제"),
    N("choseong", I[9], "ㅇㅋㅂ", ["eco_bag"], ["upcycle_bag"], intended="에코백"),
    N("choseong", I[8], "ㅎㅈ 체험", ["hanji_experience"], ["pottery_experience", "wood_experience"], intended="한지 체험"),
    N("choseong", I[6], "ㄷㅊㅌ 제작", ["group_tshirt"], ["training_wear"], intended="단체티 제작"),
    N("choseong", I[0], "커피 ㅇㄷ", ["coffee_beans"], ["drip_coffee"], intended="커피 원두"),
    N("choseong", I[8], "ㅂㄷㄱㅇ", ["board_game"], ["edu_toy", "sensory_toy"], intended="보드게임"),
    # ---- quantity (11)
    N("quantity", I[5], "A4 복사용지 80g 10박스", ["copy_paper"], qty=10, spec=r"A4.*80\s*g|80\s*g.*A4"),
    N("quantity", I[7], "안전모 30개 개당 2만원 이하", ["safety_helmet"], qty=30, cap=20000),
    N("quantity", I[4], "도시락 50개 1개 8천원 이내", ["lunchbox"], qty=50, cap=8000),
    N("quantity", I[3], "KF94 마스크 500매", ["mask"], qty=500, spec=r"KF\s*94"),
    N("quantity", I[0], "커피 원두 1kg 4봉 예산 12만원", ["coffee_beans"], ["drip_coffee"], qty=4, budget=120000, spec=r"1\s*kg"),
    N("quantity", I[2], "답례용 떡 100개 예산 30만원", ["rice_cake"], ["hangwa"], qty=100, budget=300000),
    N("quantity", I[7], "형광 안전조끼 20벌", ["safety_vest"], qty=20),
    N("quantity", I[9], "에코백 300개 개당 5000원 이하", ["eco_bag"], ["upcycle_bag"], qty=300, cap=5000),
    N("quantity", I[5], "HP CF500A 호환 토너 2개", ["toner"], qty=2, spec=r"CF500A"),
    N("quantity", I[3], "손소독제 500ml 20개", ["hand_sanitizer"], qty=20, spec=r"500\s*ml"),
    N("quantity", I[6], "축하 화환 1개 10만원 이내", ["wreath_congrat"], ["flower_basket", "wreath_funeral"], qty=1, cap=100000),
    # ---- long_sentence (11)
    N("long_sentence", I[4], "2025년 10월 15일 교육연수원 대강당에서 열리는 신규 공무원 연수 참석자에게 제공할 점심 도시락 120개를 구매하고자 하오니 견적 부탁드립니다", ["lunchbox"], qty=120),
    N("long_sentence", I[9], "국립전북기상과학관 개관 기념행사(11월 3일) 방문객에게 나눠 드릴 친환경 에코백을 제작하려고 합니다", ["eco_bag"], ["upcycle_bag"]),
    N("long_sentence", I[0], "전주기상지청 기후변화 교육 주간 홍보를 위해 청사 외벽에 게시할 대형 현수막을 제작해 주실 업체를 찾고 있습니다", ["banner_cloth"], ["standing_banner"]),
    N("long_sentence", I[3], "전주우편집중국 야간 소포 분류 작업자들이 사용할 코팅 목장갑을 분기별로 납품받고자 합니다", ["coated_gloves"], ["cotton_gloves"]),
    N("long_sentence", I[8], "특수교육원 방과후 프로그램에서 학생들이 손으로 만지며 놀 수 있는 감각 교구를 구입하고 싶습니다", ["sensory_toy"], ["edu_toy", "board_game"]),
    N("long_sentence", I[7], "여름철 도로 보수 현장에서 근무하는 직원들에게 지급할 쿨토시를 7월 초까지 구매하려고 합니다", ["cool_sleeve"]),
    N("long_sentence", I[5], "전북연구원 연구보고서 200부를 11월 말까지 인쇄하고 제본까지 해 주실 업체를 찾습니다", ["booklet_print"], qty=200),
    N("long_sentence", I[6], "LH 전북지역본부 직원 설 명절 선물로 지역 농산물로 만든 선물세트를 1월 중순까지 구매하고자 합니다", ["holiday_gift"], ["hangwa", "rice", "honey", "sesame_oil", "beef_gift", "jam"]),
    N("long_sentence", I[2], "축협 전주지점 3월 조합원 총회 참석자께 드릴 답례품으로 전통 한과를 준비하려고 합니다", ["hangwa"], ["rice_cake", "holiday_gift"]),
    N("long_sentence", I[1], "농산물도매시장 관리사무소 청사 화장실과 사무실 정기 청소를 맡아 주실 업체를 찾습니다", ["cleaning_service"]),
    N("long_sentence", I[4], "교육연수원 연수생 명찰 300개를 목걸이형으로 다음 주까지 제작 가능한 곳이 있을까요", ["name_tag"], qty=300),
    # ---- category (11)
    N("category", I[4], "행사 다과", group="행사 다과"),
    N("category", I[5], "사무용품", group="사무용품"),
    N("category", I[7], "안전용품", group="안전용품"),
    N("category", I[3], "위생용품", group="위생용품"),
    N("category", I[1], "청소용품", group="청소용품"),
    N("category", I[9], "기념품", group="기념품"),
    N("category", I[0], "홍보 인쇄물", group="홍보 인쇄물"),
    N("category", I[6], "지역 농특산물 선물", group="지역 농특산물 선물"),
    N("category", I[8], "체험 프로그램", group="체험 프로그램"),
    N("category", I[8], "특수교육 교구", group="특수교육 교구"),
    N("category", I[2], "음료", group="음료"),
    # ---- location (11)
    N("location", I[4], "효자동 떡집", dong="효자동", shop="떡집"),
    N("location", I[5], "서신동 인쇄소", dong="서신동", shop="인쇄소"),
    N("location", I[6], "중화산동 꽃집", dong="중화산동", shop="꽃집"),
    N("location", I[0], "송천동 카페", dong="송천동", shop="카페"),
    N("location", I[2], "인후동 빵집", dong="인후동", shop="빵집"),
    N("location", I[8], "풍남동 공방", dong="풍남동", shop="공방"),
    N("location", I[1], "삼천동 도시락", dong="삼천동", shop="도시락"),
    N("location", I[3], "덕진동 인쇄소", dong="덕진동", shop="인쇄소"),
    N("location", I[7], "평화동 떡집", dong="평화동", shop="떡집"),
    N("location", I[9], "금암동 꽃집", dong="금암동", shop="꽃집"),
    N("location", I[2], "진북동 반찬가게", dong="진북동", shop="반찬가게"),
    # ---- multi_item (10)
    N("multi_item", I[4], "명함 및 봉투 인쇄", items=[dict(w="명함", want=["business_card"], ok=[]),
                                                 dict(w="봉투", want=["envelope_print"], ok=[])]),
    N("multi_item", I[4], "도시락이랑 식혜", items=[dict(w="도시락", want=["lunchbox"], ok=[]),
                                              dict(w="식혜", want=["sikhye"], ok=["juice"])]),
    N("multi_item", I[7], "안전모하고 안전화", items=[dict(w="안전모", want=["safety_helmet"], ok=[]),
                                                dict(w="안전화", want=["safety_shoes"], ok=[])]),
    N("multi_item", I[3], "마스크, 손소독제", items=[dict(w="마스크", want=["mask"], ok=[]),
                                               dict(w="손소독제", want=["hand_sanitizer"], ok=["wet_wipes"])]),
    N("multi_item", I[6], "현수막 배너", items=[dict(w="현수막", want=["banner_cloth"], ok=["standing_banner"]),
                                           dict(w="배너", want=["standing_banner"], ok=["banner_cloth"])]),
    N("multi_item", I[2], "떡 과일", items=[dict(w="떡", want=["rice_cake"], ok=["hangwa"]),
                                         dict(w="과일", want=["fruit"], ok=["juice"])]),
    N("multi_item", I[9], "에코백 및 텀블러", items=[dict(w="에코백", want=["eco_bag"], ok=["upcycle_bag"]),
                                               dict(w="텀블러", want=["tumbler"], ok=[])]),
    N("multi_item", I[5], "복사용지, 토너, 볼펜", items=[dict(w="복사용지", want=["copy_paper"], ok=[]),
                                                  dict(w="토너", want=["toner"], ok=[]),
                                                  dict(w="볼펜", want=["ballpoint_pen"], ok=[])]),
    N("multi_item", I[0], "커피 원두하고 종이컵", items=[dict(w="커피 원두", want=["coffee_beans"], ok=["drip_coffee"]),
                                                  dict(w="종이컵", want=["paper_cup"], ok=[])]),
    N("multi_item", I[6], "화분이랑 꽃다발", items=[dict(w="화분", want=["potted_plant"], ok=["flower_basket"]),
                                               dict(w="꽃다발", want=["bouquet"], ok=["flower_basket"])]),
]

for _n in NEEDS:
    if _n["kind"] == "category":
        g = GROUPS[_n["group"]]
        _n["want"], _n["ok"] = list(g["want"]), list(g["ok"])


# ============================================================================
# 3단계: 카탈로그 작성 후 추가한 해당 없음 수요 30건 (어려움 20, 쉬움 10)
# (kind, inst, text, 난이도, 겹치는 말, 해당 없음 이유, qty)
def M(inst, text, level, overlap, reason, qty=None):
    return dict(kind="no_match", inst=inst, text=text, level=level, overlap=overlap, reason=reason,
                want=[], ok=[], qty=qty, budget=None, cap=None, spec=None)


NO_MATCH = [
    M(I[5], "복사기 임대", "어려움", "복사", "복사용지·복사 대행은 있으나 복사기(기계) 임대는 없음"),
    M(I[6], "현수막 게시대 설치 공사", "어려움", "현수막", "현수막 제작은 있으나 게시대 설치 공사(시설 공사)는 없음"),
    M(I[1], "화물 운반용 지게차 임대", "어려움", "운반", "접이식 운반카트는 있으나 지게차(장비) 임대는 없음"),
    M(I[2], "냉장 탑차 렌트", "어려움", "냉장", "한우 냉장 배송 상품은 있으나 차량 렌트는 없음"),
    M(I[0], "사무실 에어컨 설치", "어려움", "에어컨", "에어컨 분해 청소는 있으나 설치(냉동공조 시공)는 없음"),
    M(I[4], "도시락 배달용 전기 오토바이", "어려움", "도시락, 배달", "도시락·배달은 있으나 오토바이(차량)는 없음"),
    M(I[2], "떡 제조 기계", "어려움", "떡", "떡은 있으나 떡 제조 기계(설비)는 없음"),
    M(I[0], "커피 머신 수리", "어려움", "커피", "원두·커피 케이터링은 있으나 커피 머신 수리는 없음"),
    M(I[6], "청사 외벽 도색 공사", "어려움", "청사, 외벽", "외벽 게시용 현수막 등은 있으나 도색 공사는 없음"),
    M(I[7], "자전거 보관대 설치", "어려움", "자전거", "자전거 정비·재생 자전거는 있으나 보관대 설치 공사는 없음"),
    M(I[5], "레이저 프린터 구매", "어려움", "레이저", "재생 레이저 토너는 있으나 프린터(기기)는 없음"),
    M(I[9], "한지 제조 설비", "어려움", "한지", "한지 체험·공예품은 있으나 한지 제조 설비는 없음"),
    M(I[1], "업소용 세탁기 구매", "어려움", "세탁", "세탁 서비스는 있으나 세탁기(기계)는 없음"),
    M(I[7], "건설 현장 안전진단 용역", "어려움", "안전, 현장", "안전용품·현장 안전교육은 있으나 안전진단(면허 업종)은 없음"),
    M(I[2], "쌀 도정기", "어려움", "쌀", "쌀은 있으나 도정기(기계)는 없음"),
    M(I[2], "한우 경매 대행", "어려움", "한우", "한우 선물세트는 있으나 경매 대행(다른 활동)은 없음"),
    M(I[8], "보드게임 카페 대관", "어려움", "보드게임, 카페", "보드게임·카페 원두는 있으나 장소 대관은 없음"),
    M(I[4], "명함 관리 앱 개발", "어려움", "명함", "명함 인쇄·명함지갑은 있으나 앱 개발은 없음"),
    M(I[0], "우산 수리", "어려움", "우산", "판촉 우산은 있으나 우산 수리는 없음"),
    M(I[1], "화장실 배관 수리", "어려움", "화장실", "화장실 청소 용역은 있으나 배관 수리(설비 공사)는 없음"),
    M(I[5], "법률 자문", "쉬움", "", "법률 서비스 없음"),
    M(I[6], "서버 유지보수", "쉬움", "", "전산 유지보수 없음"),
    M(I[4], "항공권 예매", "쉬움", "", "여행 대행 없음"),
    M(I[3], "골프장 회원권", "쉬움", "", "해당 상품 없음"),
    M(I[0], "아이폰 액정 교체", "쉬움", "", "휴대폰 수리 없음"),
    M(I[6], "주차장 부지 매입", "쉬움", "", "부동산 없음"),
    M(I[9], "수영장 수질 검사", "쉬움", "", "수질 검사 없음"),
    M(I[5], "노트북 20대 구매", "쉬움", "", "전자기기 없음", qty=20),
    M(I[3], "건강검진 기관 지정", "쉬움", "", "의료 서비스 없음"),
    M(I[8], "소프트웨어 라이선스 갱신", "쉬움", "", "소프트웨어 없음"),
]
