# -*- coding: utf-8 -*-
"""1단계: 카탈로그 없이 먼저 쓴 수요 120건 (+ 카탈로그 작성 후 덧붙인 NO_MATCH 30건).
필드: kind, inst(기관), text(수요내용), qty, budget, want(원하는 품목 태그), ok(대체 허용 태그),
cap(단가 상한), spec(규격 정규식), absent(카탈로그에 없어야 할 낱말: synonym/typo),
intended(한영/초성의 의도한 한글), dong/shop(location), items(multi_item 품목별)."""

INST = {
    "SL": "산림청 서부지방산림청",
    "GH": "문화재청 전주 국가유산 관리소",
    "TG": "전주교육지원청 특수교육지원센터",
    "CN": "전주시 청소년 자유공간",
    "SN": "전주시니어클럽",
    "JS": "전주시 자살예방센터",
    "JC": "전주시 주민참여예산 시민위원회 사무국",
    "MA": "전주 모악산 도립공원 관리사무소",
    "SG": "전주 서곡 작은도서관",
    "MW": "전주시 완산구 민원봉사과",
}

# category 수요와 multi_item '간식' 등이 뜻하는 품목 묶음
GROUPS = {
    "행사다과": ["rice_cake", "baekseolgi", "rice_cake_gift", "cookie", "bread", "juice", "drink", "coffee",
             "meeting_snacks", "fruit_cup", "traditional_tea", "snack_pack"],
    "사무용품": ["copy_paper", "ballpen", "stapler", "sticky_note", "clear_file", "tape", "marker",
             "correction_tape"],
    "안전용품": ["helmet", "safety_vest", "work_gloves", "coated_gloves", "first_aid_kit", "flashlight", "bandage"],
    "청소용품": ["detergent", "mop", "broom", "rag", "basin", "eco_cleaner", "trash_tongs"],
    "홍보물인쇄": ["flyer", "leaflet", "banner", "x_banner", "sticker", "poster", "printed_wet_tissue"],
    "어르신답례품": ["towel", "ecobag", "rice_cake_gift", "soap_gift", "traditional_tea", "tumbler"],
    "전통공예품": ["hanji_fan", "hanji_craft", "hanji_lamp", "hanji_accessory", "knot_craft", "wood_craft"],
    "특수교육교구": ["teaching_aid", "sensory_toy", "art_supplies"],
    "청소년체험": ["craft_experience", "barista_experience", "hanji_experience", "knot_experience",
              "cooking_experience", "woodwork_experience"],
    "어린이간식": ["snack_pack", "cookie", "juice", "bread", "fruit_cup"],
    "방한용품": ["neck_warmer", "winter_gloves", "hand_warmer", "thermal_vest"],
}
GROUP_OK = {  # 묶음 수요에서 1점으로 볼 인접 품목
    "특수교육교구": ["board_game"],
    "어린이간식": ["rice_cake", "baekseolgi", "drink"],
    "행사다과": ["lunchbox"],
    "어르신답례품": ["hanji_craft", "wood_craft"],
    "방한용품": ["work_gloves", "coated_gloves"],
}


def N(kind, inst, text, want=(), ok=(), qty=None, budget=None, cap=None, spec=None, absent=None,
      intended=None, dong=None, shop=None, items=None, group=None, note=""):
    want = list(want)
    ok = list(ok)
    if group:
        want = want + GROUPS[group]
        ok = ok + GROUP_OK.get(group, [])
    return dict(kind=kind, inst=inst, text=text, want=want, ok=ok, qty=qty, budget=budget, cap=cap,
                spec=spec, absent=absent, intended=intended, dong=dong, shop=shop, items=items,
                group=group, note=note)


def I(label, want, ok=(), cap=None, spec=None):
    return dict(label=label, want=list(want), ok=list(ok), cap=cap, spec=spec)


NEEDS = [
    # ---------------- exact (11)
    N("exact", "MW", "복사용지", ["copy_paper"]),
    N("exact", "JC", "명함 제작", ["business_card"]),
    N("exact", "SL", "현수막", ["banner"]),
    N("exact", "CN", "보드게임", ["board_game"]),
    N("exact", "SN", "백설기", ["baekseolgi"], ok=["rice_cake", "rice_cake_gift"]),
    N("exact", "MA", "목장갑", ["work_gloves"], ok=["coated_gloves"]),
    N("exact", "GH", "한지 부채", ["hanji_fan"], ok=["fan"]),
    N("exact", "JS", "화분", ["plant_pot", "air_plant"]),
    N("exact", "SG", "책갈피", ["bookmark"]),
    N("exact", "TG", "감각 교구", ["sensory_toy"], ok=["teaching_aid"]),
    N("exact", "JC", "도시락", ["lunchbox"]),
    # ---------------- synonym (11)
    N("synonym", "MW", "호치키스", ["stapler"], absent="호치키스"),
    N("synonym", "MW", "포스트잇", ["sticky_note"], absent="포스트잇"),
    N("synonym", "JS", "찌라시 인쇄", ["flyer"], ok=["leaflet", "poster"], absent="찌라시"),
    N("synonym", "JC", "플래카드", ["banner"], ok=["x_banner"], absent="플래카드"),
    N("synonym", "MA", "대일밴드", ["bandage"], ok=["first_aid_kit"], absent="대일밴드"),
    N("synonym", "SL", "후레쉬", ["flashlight"], absent="후레쉬"),
    N("synonym", "MA", "구루마", ["hand_cart"], absent="구루마"),
    N("synonym", "GH", "다라이", ["basin"], absent="다라이"),
    N("synonym", "TG", "매직", ["marker"], absent="매직"),
    N("synonym", "SG", "쓰레빠", ["slippers"], absent="쓰레빠"),
    N("synonym", "JC", "크리넥스", ["tissue"], ok=["wet_tissue"], absent="크리넥스"),
    # ---------------- typo (11)
    N("typo", "CN", "떡뽁이", ["tteokbokki"], absent="떡뽁이"),
    N("typo", "SN", "케잌", ["cake", "rice_cake_cake"], absent="케잌"),
    N("typo", "SG", "쥬스", ["juice"], ok=["drink"], absent="쥬스"),
    N("typo", "GH", "팜플렛", ["leaflet"], ok=["flyer"], absent="팜플렛"),
    N("typo", "SL", "썬크림", ["sunscreen"], absent="썬크림"),
    N("typo", "SG", "방향재", ["air_freshener"], absent="방향재"),
    N("typo", "MW", "손소독재", ["hand_sanitizer"], absent="손소독재"),
    N("typo", "JC", "카렌다 제작", ["calendar"], absent="카렌다"),
    N("typo", "TG", "클리어화일", ["clear_file"], absent="화일"),
    N("typo", "JS", "스티카 인쇄", ["sticker"], absent="스티카"),
    N("typo", "GH", "한지 악세사리", ["hanji_accessory"], ok=["hanji_craft"], absent="악세사리"),
    # ---------------- hanyeong (8 full + 3 mixed)
    N("hanyeong", "SN", "tnrjs", ["towel"], intended="수건"),
    N("hanyeong", "JC", "audgka", ["business_card"], intended="명함"),
    N("hanyeong", "SL", "gustnakr", ["banner"], intended="현수막"),
    N("hanyeong", "MW", "ghkqns", ["plant_pot", "air_plant"], intended="화분"),
    N("hanyeong", "TG", "ryrn", ["teaching_aid", "sensory_toy"], intended="교구"),
    N("hanyeong", "JS", "dpzhqor", ["ecobag"], intended="에코백"),
    N("hanyeong", "JC", "zjvl", ["coffee"], intended="커피"),
    N("hanyeong", "MA", "wkdrkq", ["work_gloves", "coated_gloves", "winter_gloves"], intended="장갑"),
    N("hanyeong", "GH", "gkswl 체험", ["hanji_experience"], ok=["craft_experience"], intended="한지 체험"),
    N("hanyeong", "SG", "독서 vmfhrmfoa", ["reading_program"], ok=["storytelling"], intended="독서 프로그램"),
    N("hanyeong", "MW", "청소 eogod", ["cleaning_service"], intended="청소 대행"),
    # ---------------- spacing (11)
    N("spacing", "JC", "종이 컵", ["paper_cup"]),
    N("spacing", "JS", "에코 백", ["ecobag"]),
    N("spacing", "MA", "형광안전조끼", ["safety_vest"]),
    N("spacing", "CN", "단체 티셔츠", ["group_tshirt"]),
    N("spacing", "SN", "떡 케이크", ["rice_cake_cake"], ok=["cake"]),
    N("spacing", "SL", "구급 상자", ["first_aid_kit"], ok=["bandage"]),
    N("spacing", "GH", "전통차세트", ["traditional_tea"]),
    N("spacing", "SG", "독서 대", ["book_stand"]),
    N("spacing", "MA", "쓰레기 집게", ["trash_tongs"]),
    N("spacing", "TG", "미술재료세트", ["art_supplies"], ok=["colored_pencil"]),
    N("spacing", "JS", "생화꽃다발", ["flower_bouquet"]),
    # ---------------- choseong (10)
    N("choseong", "SL", "ㅎㅅㅁ", ["banner"], intended="현수막"),
    N("choseong", "SN", "ㄷㅅㄹ", ["lunchbox"], intended="도시락"),
    N("choseong", "MW", "ㅅㅅㄷㅈ", ["hand_sanitizer"], intended="손소독제"),
    N("choseong", "GH", "ㅎㅈ 공예품", ["hanji_craft", "hanji_fan", "hanji_lamp", "hanji_accessory"], intended="한지 공예품"),
    N("choseong", "JS", "ㄹㅍㄹ 인쇄", ["leaflet"], ok=["flyer"], intended="리플릿 인쇄"),
    N("choseong", "TG", "ㄱㄱ 세트", ["teaching_aid", "sensory_toy"], intended="교구 세트"),
    N("choseong", "CN", "ㅂㄷㄱㅇ", ["board_game"], intended="보드게임"),
    N("choseong", "MA", "ㅇㅈㅁ", ["helmet"], intended="안전모"),
    N("choseong", "SG", "ㄷㅎ 구연", ["storytelling"], ok=["reading_program"], intended="동화 구연"),
    N("choseong", "JC", "ㅁㅊ", ["name_tag"], intended="명찰"),
    # ---------------- quantity (11)
    N("quantity", "MW", "A4 복사용지 80g 20박스", ["copy_paper"], qty=20, spec=r"80\s*g"),
    N("quantity", "JC", "명함 10통 통당 1만원 이하", ["business_card"], qty=10, cap=10000),
    N("quantity", "SL", "현수막 5m x 0.9m 6개", ["banner"], qty=6, spec=r"5\s*m\s*[x×X*]\s*0?\.9\s*m|500\s*[x×X*]\s*90"),
    N("quantity", "MA", "생수 500ml 40박스", ["water"], qty=40, spec=r"500\s*ml"),
    N("quantity", "SN", "답례품 수건 200장 장당 3천원 이하", ["towel"], qty=200, cap=3000),
    N("quantity", "JC", "도시락 30개 1인 1만원 이하", ["lunchbox"], qty=30, cap=10000),
    N("quantity", "MA", "목장갑 100켤레 예산 30만원", ["work_gloves"], ok=["coated_gloves"], qty=100, budget=300000),
    N("quantity", "SN", "떡 답례품 50세트 예산 100만원", ["rice_cake_gift"], ok=["rice_cake", "baekseolgi"], qty=50, budget=1000000),
    N("quantity", "CN", "보드게임 5종 개당 5만원 이하", ["board_game"], qty=5, cap=50000),
    N("quantity", "SL", "안전모 KC인증 20개", ["helmet"], qty=20, spec=r"KC"),
    N("quantity", "JS", "에코백 300개 단가 4,000원 이하", ["ecobag"], qty=300, cap=4000),
    # ---------------- long_sentence (11)
    N("long_sentence", "SG", "2025년 10월 18일 서곡 작은도서관 가을 독서축제에 참여하는 어린이 40명에게 나눠 줄 간식 꾸러미를 구매하고자 하니 견적 부탁드립니다",
      ["snack_pack"], ok=["cookie", "bread", "juice", "fruit_cup"], qty=40),
    N("long_sentence", "SL", "산불조심 강조기간(11월 1일~12월 15일) 동안 산불감시원 25명이 입는 근무복을 주 1회 세탁해 주실 업체를 찾습니다",
      ["laundry_service"], qty=25),
    N("long_sentence", "GH", "2025년 5월 국가유산 주간 행사 때 관람객 체험 부스에서 진행할 전통 매듭 만들기 체험 프로그램을 운영해 주실 업체를 구합니다",
      ["knot_experience"], ok=["craft_experience", "hanji_experience"]),
    N("long_sentence", "TG", "특수교육대상 학생 12명을 위한 11월 직업체험 주간에 바리스타 체험 수업을 진행해 주실 수 있는 곳을 찾고 있습니다",
      ["barista_experience"], ok=["cooking_experience"]),
    N("long_sentence", "CN", "12월 20일 청소년 자유공간 송년 행사에서 30분 정도 공연해 줄 청소년 밴드나 공연팀 섭외가 가능한지 문의드립니다",
      ["performance"]),
    N("long_sentence", "SN", "어르신 일자리 참여자 120명 대상 안전교육 날 점심으로 제공할 도시락을 11월 5일 오전 11시 30분까지 전주시니어클럽으로 배달 부탁드립니다",
      ["lunchbox"], qty=120),
    N("long_sentence", "JS", "9월 10일 세계 자살예방의 날 캠페인에서 시민들에게 나눠 드릴 생명존중 문구 인쇄 물티슈 1,000개 제작을 의뢰드립니다",
      ["printed_wet_tissue"], ok=["wet_tissue"], qty=1000),
    N("long_sentence", "JC", "주민참여예산 시민위원 60명이 참석하는 분과 회의 때 쓸 회의 자료 제본을 3월 넷째 주까지 부탁드립니다",
      ["bookbinding"], qty=60),
    N("long_sentence", "MA", "여름 성수기 전 7월 초에 모악산 도립공원 등산로 입구 공중화장실 4곳의 전문 청소를 맡길 업체를 찾습니다",
      ["cleaning_service"], qty=4),
    N("long_sentence", "MW", "민원실 대기 공간에 둘 공기정화 식물 화분 10개를 다음 주 월요일까지 완산구청 1층으로 배송해 주실 수 있는지요",
      ["air_plant"], ok=["plant_pot"], qty=10),
    N("long_sentence", "SG", "도서관 어린이 열람실에 놓을 낮은 원목 책장 2개를 제작해 주실 목공방을 찾고 있으며 높이는 90cm 이하였으면 합니다",
      ["bookshelf_low"], ok=["bookshelf"], qty=2),
    # ---------------- category (11)
    N("category", "JC", "행사 다과", group="행사다과"),
    N("category", "MW", "사무용품", group="사무용품"),
    N("category", "MA", "안전용품", group="안전용품"),
    N("category", "GH", "청소용품", group="청소용품"),
    N("category", "JS", "홍보물 인쇄", group="홍보물인쇄"),
    N("category", "SN", "어르신 답례품", group="어르신답례품"),
    N("category", "GH", "전통 공예품", group="전통공예품"),
    N("category", "TG", "특수교육 교구", group="특수교육교구"),
    N("category", "CN", "청소년 체험 프로그램", group="청소년체험"),
    N("category", "SG", "어린이 간식", group="어린이간식"),
    N("category", "SL", "산불감시원 방한용품", group="방한용품"),
    # ---------------- location (11)
    N("location", "SN", "효자동 떡집", dong="효자동", shop="떡집"),
    N("location", "JC", "중앙동 인쇄소", dong="중앙동", shop="인쇄소"),
    N("location", "JS", "서신동 꽃집", dong="서신동", shop="꽃집"),
    N("location", "SG", "송천동 빵집", dong="송천동", shop="빵집"),
    N("location", "TG", "인후동 도시락집", dong="인후동", shop="도시락집"),
    N("location", "MA", "평화동 세탁소", dong="평화동", shop="세탁소"),
    N("location", "MW", "팔복동 청소업체", dong="팔복동", shop="청소업체"),
    N("location", "GH", "풍남동 한지공방", dong="풍남동", shop="한지공방"),
    N("location", "CN", "삼천동 카페", dong="삼천동", shop="카페"),
    N("location", "SG", "중화산동 방역업체", dong="중화산동", shop="방역업체"),
    N("location", "SL", "우아동 목공소", dong="우아동", shop="목공방"),
    # ---------------- multi_item (11)
    N("multi_item", "MW", "복사용지 및 볼펜", items=[I("복사용지", ["copy_paper"]), I("볼펜", ["ballpen"])]),
    N("multi_item", "SL", "현수막이랑 X배너", items=[I("현수막", ["banner"]), I("X배너", ["x_banner"])]),
    N("multi_item", "JC", "도시락하고 생수", items=[I("도시락", ["lunchbox"]), I("생수", ["water"])]),
    N("multi_item", "MA", "목장갑, 마대자루", items=[I("목장갑", ["work_gloves"], ["coated_gloves"]), I("마대자루", ["sack"])]),
    N("multi_item", "SN", "떡 음료", items=[I("떡", ["rice_cake", "baekseolgi", "rice_cake_gift"], ["rice_cake_cake"]),
                                          I("음료", ["drink", "juice"], ["coffee", "traditional_tea"])]),
    N("multi_item", "CN", "보드게임 및 간식", items=[I("보드게임", ["board_game"]),
                                               I("간식", GROUPS["어린이간식"], ["rice_cake", "baekseolgi", "drink"])]),
    N("multi_item", "JS", "화분이랑 꽃다발", items=[I("화분", ["plant_pot", "air_plant"]), I("꽃다발", ["flower_bouquet"])]),
    N("multi_item", "JC", "명찰, 명함, 회의자료 제본", items=[I("명찰", ["name_tag"]), I("명함", ["business_card"]),
                                                    I("회의자료 제본", ["bookbinding"])]),
    N("multi_item", "JS", "에코백하고 텀블러", items=[I("에코백", ["ecobag"]), I("텀블러", ["tumbler"])]),
    N("multi_item", "MA", "안전조끼 및 구급함", items=[I("안전조끼", ["safety_vest"]), I("구급함", ["first_aid_kit"], ["bandage"])]),
    N("multi_item", "SG", "그림책 색연필", items=[I("그림책", ["picture_book"]), I("색연필", ["colored_pencil"], ["art_supplies"])]),
]

# ---- 3단계: 카탈로그 작성 뒤에 쓴 해당 없음 수요 (아래에 추가)
def NM(level, inst, text, overlap, reason):
    return dict(kind="no_match", level=level, inst=inst, text=text, overlap=overlap, reason=reason,
                qty=None, budget=None)


NO_MATCH = [
    # hard 20: 카탈로그와 낱말을 공유하지만 어떤 제품도 원하는 것이 아님
    NM("hard", "MW", "복사기 임대", "복사", "복사용지만 있고 복사기(기계) 임대는 없음"),
    NM("hard", "SL", "현수막 게시대 설치 공사", "현수막, 게시대", "현수막 제작·게첨 대행은 있으나 게시대 구조물 설치 공사는 없음"),
    NM("hard", "CN", "보드게임 대여", "보드게임", "보드게임 판매·강사 수업뿐, 대여는 없음"),
    NM("hard", "MA", "등산로 목재 데크 보수 공사", "목재, 등산로", "목재 안내판·벤치 제작은 있으나 데크 시설 공사는 없음"),
    NM("hard", "SL", "산불 진화 차량", "산불", "산불예방 현수막·근무복은 있으나 차량은 없음"),
    NM("hard", "SN", "떡방아 기계 구입", "떡", "떡 제품·체험뿐, 떡 제조 기계(설비)는 없음"),
    NM("hard", "JC", "커피머신 렌탈", "커피", "원두·드립백·커피차는 있으나 커피머신 임대는 없음"),
    NM("hard", "MW", "에어컨 설치", "에어컨", "에어컨 분해 청소만 있고 설치(설비 공사)는 없음"),
    NM("hard", "GH", "한옥 기와 보수 공사", "한옥", "한옥마을 투어만 있고 문화재 보수(면허 공사)는 없음"),
    NM("hard", "SN", "관광버스 임차", "관광", "관광 해설 투어·번역은 있으나 버스 임차는 없음"),
    NM("hard", "SG", "도서 대출 반납 관리 프로그램", "도서, 프로그램", "독서 프로그램(교육)은 있으나 도서관리 소프트웨어는 없음"),
    NM("hard", "SN", "어르신 건강검진", "어르신", "어르신 방문 돌봄은 있으나 의료 검진(면허 필요)은 없음"),
    NM("hard", "GH", "전기 안전 점검", "안전", "안전모·안전 조끼 등 용품뿐, 전기 안전 점검(면허 업종)은 없음"),
    NM("hard", "JS", "화분 렌탈 관리", "화분", "화분 판매·분갈이는 있으나 정기 임대 관리는 없음"),
    NM("hard", "JC", "리소그래프 인쇄기 구매", "인쇄", "인쇄 대행만 있고 인쇄 기계 판매는 없음"),
    NM("hard", "MA", "업소용 세탁기", "세탁", "세탁 서비스만 있고 세탁기(기계)는 없음"),
    NM("hard", "SG", "방역 연무기 구매", "방역", "방역 서비스만 있고 방역 장비 판매는 없음"),
    NM("hard", "TG", "직업훈련용 목공 기계", "목공", "목공 체험·가구는 있으나 목공 기계는 없음"),
    NM("hard", "GH", "한지 체험관 대관", "한지, 체험", "한지 체험 프로그램은 있으나 공간 대관은 없음"),
    NM("hard", "CN", "청소년 밴드 악기 대여", "청소년 밴드", "청소년 밴드 공연은 있으나 악기 대여는 없음"),
    # easy 10: 카탈로그와 관계없는 수요
    NM("easy", "MW", "항공권 예약", "", "여행사 관련 제품은 한옥마을 투어·한복 대여뿐이며 항공권과 무관"),
    NM("easy", "JC", "골프공", "", "관련 제품 없음"),
    NM("easy", "SG", "열대어 수조", "", "관련 제품 없음"),
    NM("easy", "MA", "자동차 타이어 교체", "", "관련 제품 없음"),
    NM("easy", "JS", "변호사 법률 자문", "", "관련 제품 없음"),
    NM("easy", "CN", "스키 장비", "", "관련 제품 없음"),
    NM("easy", "TG", "서버 컴퓨터", "", "관련 제품 없음"),
    NM("easy", "SL", "낚싯대", "", "관련 제품 없음"),
    NM("easy", "SN", "치아 스케일링", "", "관련 제품 없음"),
    NM("easy", "GH", "피아노 조율", "", "관련 제품 없음"),
]
