# -*- coding: utf-8 -*-
"""STEP 1 — 수요(검색어) 작성. 카탈로그가 존재하기 전에 작성함.
각 수요: key, kind, inst, text, want(원하는 품목 태그), ok(허용 대체품 태그), 조건(max_price, spec_re, qty, budget)
synonym/typo 는 word(카탈로그에 나오면 안 되는 말), spacing 은 catalog_form(카탈로그가 쓸 표기),
choseong/hanyeong 은 intended(의도한 한글), location 은 dong(동 기본이름)+shop(가게 종류),
multi_item 은 items=[(품목 표기, want, ok, 조건)]."""

INSTITUTIONS = {
    "T": "전주고속버스터미널 관리사무소",
    "X": "전주개인택시운송사업조합",
    "G": "한국가스안전공사 전북본부",
    "C": "대한건설기계안전관리원 전북지사",
    "K": "국토안전관리원 호남지사",
    "D": "전주시 공공디자인팀",
    "H": "전주시 효자4동 행정복지센터",
    "M": "전주시 민원콜센터",
    "B": "전주시 마을버스 운영팀",
    "R": "전북대학교 학군단(ROTC)",
}

# 품목 태그 어휘 (수요 작성 단계에서 정의)
ITEMS = {
    "paper_a4": "A4 복사용지", "paper_a3": "A3 복사용지", "envelope": "무지 서류봉투", "envelope_print": "인쇄 봉투",
    "memo_sticky": "점착 메모지", "stapler": "스테이플러", "staples": "스테이플러 심", "ballpen": "볼펜",
    "file_binder": "파일·바인더", "tape_clear": "투명테이프", "correction_tape": "수정테이프", "scissors": "가위",
    "marker": "유성 마커", "notebook": "노트·수첩", "calendar": "탁상달력",
    "namecard": "명함", "leaflet": "리플렛·전단", "poster": "포스터", "booklet": "책자 인쇄", "certificate": "상장·임명장",
    "sticker_print": "스티커 인쇄", "banner_hang": "현수막", "banner_x": "X배너", "large_print": "실사출력(폼보드 등)",
    "signboard_a": "입간판·안내판", "acrylic_sign": "아크릴 표지",
    "promo_pen": "판촉 볼펜", "ecobag": "에코백", "tumbler": "텀블러", "fan_promo": "판촉 부채", "umbrella": "우산",
    "wet_tissue_promo": "홍보용 인쇄 물티슈", "towel_gift": "기념 인쇄 수건",
    "tteok_baekseolgi": "백설기", "tteok_jeolpyeon": "절편", "tteok_garae": "가래떡·떡국떡", "tteok_gift": "답례떡·떡세트",
    "tteok_injeolmi": "인절미", "tteok_sirutteok": "시루떡", "cookie": "쿠키", "bread": "빵", "cake": "케이크",
    "lunchbox": "도시락", "buffet": "출장뷔페", "finger_food": "핑거푸드·다과 케이터링", "snack_box": "간식 꾸러미",
    "coffee_beans": "원두", "drip_bag": "드립백 커피", "coffee_catering": "커피차·출장 바리스타", "juice": "주스",
    "sikhye": "식혜", "tea": "차(티백·전통차)", "throat_tea": "목에 좋은 차·청(도라지·배)",
    "rice": "쌀", "grain_mix": "잡곡", "sweet_potato": "고구마", "apple": "사과", "kimchi": "김치", "jang": "장류",
    "sesame_oil": "참기름·들기름", "hangwa": "한과", "jam_cheong": "수제청·잼", "gift_set_food": "명절 식품 선물세트",
    "broom": "빗자루", "mop": "대걸레·밀대", "rubber_gloves": "고무장갑", "cleaner_bleach": "염소계 표백제",
    "detergent_dish": "주방세제", "detergent_laundry": "세탁세제", "trash_bag": "쓰레기봉투(비닐)", "trash_bin": "분리수거함·쓰레기통",
    "rag": "걸레·행주", "toilet_paper": "화장지", "hand_towel": "핸드타월", "wet_tissue": "물티슈", "hand_sanitizer": "손소독제",
    "mask": "마스크", "soap": "비누", "bandage": "일회용 반창고", "first_aid_kit": "구급상자",
    "cleaning_service": "청소 용역", "disinfection_service": "방역 소독", "aircon_cleaning": "에어컨 세척", "laundry_service": "세탁 서비스",
    "hardhat": "안전모", "safety_vest": "안전조끼", "work_gloves": "작업장갑(면·코팅)", "safety_shoes": "안전화",
    "traffic_cone": "라바콘", "light_baton": "경광봉",
    "work_clothes": "작업복·근무복", "uniform_vest": "근무조끼", "group_tshirt": "단체 티셔츠", "winter_jacket": "방한 점퍼",
    "training_suit": "트레이닝복", "apron": "앞치마", "towel": "수건", "blanket": "담요", "cap": "모자", "slippers": "실내화·슬리퍼",
    "potted_plant": "화분", "congrat_wreath": "축하화환", "funeral_wreath": "근조화환", "bouquet": "꽃다발",
    "flower_basket": "꽃바구니", "orchid": "축하란",
    "hanji_craft": "한지 공예품", "fan_craft": "전통 부채", "ceramics": "도자기", "plaque": "감사패·기념패",
    "trophy": "트로피", "medal": "메달", "woodcraft": "목공 소품",
    "desk": "책상", "chair": "의자", "bookshelf": "책장", "shoe_rack": "신발장", "bulletin_board": "게시판",
    "car_air_freshener": "차량용 방향제", "microfiber_towel": "극세사 세차타월", "car_seat_cover": "차량 시트·쿨방석",
    "car_shampoo": "카샴푸", "car_wash_service": "출장 세차",
    "diffuser": "디퓨저", "candle": "캔들", "deodorant_spray": "탈취제", "cushion": "방석·쿠션",
}

# 가게 종류 (location 수요용)
SHOPS = {
    "laundry": "세탁소", "car_care": "세차장·차량관리", "print": "인쇄소", "workwear": "작업복·유니폼 업체",
    "lunchbox": "도시락집", "sign": "현수막·실사출력 업체", "tteok": "떡집", "cafe": "카페", "flower": "꽃집",
    "bakery": "빵집", "cleaning": "청소업체",
}

# category 수요가 뜻하는 품목 묶음
GROUPS = {
    "청소용품": (["broom", "mop", "rubber_gloves", "cleaner_bleach", "trash_bag", "rag"], ["detergent_dish", "trash_bin"]),
    "세차용품": (["microfiber_towel", "car_shampoo"], ["rag"]),
    "안전용품": (["hardhat", "safety_vest", "work_gloves", "safety_shoes", "traffic_cone", "light_baton"], ["first_aid_kit"]),
    "판촉물": (["promo_pen", "ecobag", "tumbler", "fan_promo", "umbrella", "wet_tissue_promo", "towel_gift"], ["notebook"]),
    "사무용품": (["stapler", "staples", "ballpen", "file_binder", "tape_clear", "correction_tape", "scissors", "memo_sticky", "marker"],
              ["paper_a4", "paper_a3", "notebook"]),
    "기념품": (["hanji_craft", "fan_craft", "ceramics", "woodcraft"], ["ecobag", "tumbler", "towel_gift", "promo_pen"]),
    "행사 다과": (["tteok_gift", "tteok_baekseolgi", "tteok_jeolpyeon", "tteok_injeolmi", "cookie", "bread", "finger_food", "snack_box", "sikhye", "juice"],
              ["cake", "hangwa"]),
    "탕비실 음료": (["coffee_beans", "drip_bag", "tea", "throat_tea", "sikhye", "juice"], ["jam_cheong"]),
    "위생용품": (["toilet_paper", "hand_towel", "wet_tissue", "hand_sanitizer", "mask", "soap"], ["cleaner_bleach", "bandage"]),
    "축하용 꽃": (["bouquet", "congrat_wreath", "flower_basket", "orchid"], ["potted_plant"]),
}

NEEDS = []


def N(key, kind, inst, text, want=(), ok=(), **kw):
    d = dict(key=key, kind=kind, inst=inst, text=text, want=list(want), ok=list(ok))
    d.update(kw)
    NEEDS.append(d)


# ---------------- exact (11)
N("ex01", "exact", "T", "A4 복사용지", ["paper_a4"])
N("ex02", "exact", "X", "차량용 방향제", ["car_air_freshener"], ["diffuser"])
N("ex03", "exact", "G", "안전조끼", ["safety_vest"])
N("ex04", "exact", "C", "안전모", ["hardhat"])
N("ex05", "exact", "K", "작업복", ["work_clothes"])
N("ex06", "exact", "D", "현수막", ["banner_hang"], ["banner_x"])
N("ex07", "exact", "H", "백설기", ["tteok_baekseolgi"], ["tteok_gift"])
N("ex08", "exact", "M", "드립백 커피", ["drip_bag"], ["coffee_beans"])
N("ex09", "exact", "B", "물티슈", ["wet_tissue"])
N("ex10", "exact", "R", "명함 제작", ["namecard"])
N("ex11", "exact", "T", "화장지", ["toilet_paper"], ["hand_towel"])

# ---------------- synonym (11): word 는 카탈로그에 나오면 안 됨
N("sy01", "synonym", "D", "호치키스", ["stapler"], ["staples"], word="호치키스")
N("sy02", "synonym", "H", "포스트잇", ["memo_sticky"], word="포스트잇")
N("sy03", "synonym", "T", "락스", ["cleaner_bleach"], word="락스")
N("sy04", "synonym", "C", "목장갑", ["work_gloves"], word="목장갑")
N("sy05", "synonym", "X", "찌라시 인쇄", ["leaflet"], ["poster"], word="찌라시")
N("sy06", "synonym", "R", "츄리닝 단체복", ["training_suit"], ["group_tshirt"], word="츄리닝")
N("sy07", "synonym", "M", "대일밴드", ["bandage"], ["first_aid_kit"], word="대일밴드")
N("sy08", "synonym", "B", "마포걸레", ["mop"], word="마포")
N("sy09", "synonym", "G", "매직 검정", ["marker"], word="매직")
N("sy10", "synonym", "H", "스카치테이프", ["tape_clear"], word="스카치")
N("sy11", "synonym", "C", "쓰레빠 사무실용", ["slippers"], word="쓰레빠")

# ---------------- typo (11): word 는 카탈로그에 나오면 안 됨
N("ty01", "typo", "T", "쓰래기봉투", ["trash_bag"], word="쓰래기")
N("ty02", "typo", "X", "차량용 방행제", ["car_air_freshener"], ["diffuser"], word="방행제")
N("ty03", "typo", "G", "안전조기", ["safety_vest"], word="안전조기")
N("ty04", "typo", "C", "코딩장갑", ["work_gloves"], word="코딩장갑")
N("ty05", "typo", "K", "현수먁", ["banner_hang"], ["banner_x"], word="현수먁")
N("ty06", "typo", "D", "캘리그래피", ["calligraphy"], word="캘리그래피")
N("ty07", "typo", "H", "떢국떡", ["tteok_garae"], word="떢국떡")
N("ty08", "typo", "M", "텀블로", ["tumbler"], word="텀블로")
N("ty09", "typo", "B", "손소득제", ["hand_sanitizer"], word="손소득제")
N("ty10", "typo", "R", "기념페", ["plaque"], ["trophy"], word="기념페")
N("ty11", "typo", "T", "대걸래", ["mop"], word="대걸래")
ITEMS["calligraphy"] = "캘리그라피"

# ---------------- hanyeong (11: 8 full, 3 mixed)
N("hy01", "hanyeong", "T", "ghkwkdwl", ["toilet_paper"], ["hand_towel"], intended="화장지")
N("hy02", "hanyeong", "X", "tpckxkdnjf", ["microfiber_towel"], intended="세차타월")
N("hy03", "hanyeong", "G", "dkswjsah", ["hardhat"], intended="안전모")
N("hy04", "hanyeong", "C", "dkswjsghk", ["safety_shoes"], intended="안전화")
N("hy05", "hanyeong", "K", "ehtlfkr", ["lunchbox"], intended="도시락")
N("hy06", "hanyeong", "D", "vhtmxj", ["poster"], intended="포스터")
N("hy07", "hanyeong", "H", "ghkqns", ["potted_plant"], intended="화분")
N("hy08", "hanyeong", "M", "dnjsenzjvl", ["coffee_beans"], ["drip_bag"], intended="원두커피")
N("hy09", "hanyeong", "B", "ckfid 방향제", ["car_air_freshener"], ["diffuser"], intended="차량 방향제")
N("hy10", "hanyeong", "R", "ekscp 티셔츠", ["group_tshirt"], intended="단체 티셔츠")
N("hy11", "hanyeong", "H", "audwjf 선물세트", ["gift_set_food"], intended="명절 선물세트")

# ---------------- spacing (11): catalog_form = 카탈로그가 쓸 표기
N("sp01", "spacing", "T", "분리 수거함", ["trash_bin"], catalog_form="분리수거함")
N("sp02", "spacing", "X", "극세사세차타월", ["microfiber_towel"], catalog_form="극세사 세차 타월")
N("sp03", "spacing", "G", "손 소독제", ["hand_sanitizer"], catalog_form="손소독제")
N("sp04", "spacing", "C", "라바 콘", ["traffic_cone"], catalog_form="라바콘")
N("sp05", "spacing", "K", "구급 상자", ["first_aid_kit"], ["bandage"], catalog_form="구급상자")
N("sp06", "spacing", "D", "실사 출력", ["large_print"], ["banner_hang", "poster"], catalog_form="실사출력")
N("sp07", "spacing", "H", "꽃 바구니", ["flower_basket"], ["bouquet"], catalog_form="꽃바구니")
N("sp08", "spacing", "M", "무릎 담요", ["blanket"], catalog_form="무릎담요")
N("sp09", "spacing", "B", "차량용방향제", ["car_air_freshener"], ["diffuser"], catalog_form="차량용 방향제")
N("sp10", "spacing", "R", "단체티셔츠", ["group_tshirt"], catalog_form="단체 티셔츠")
N("sp11", "spacing", "T", "페이퍼 타월", ["hand_towel"], ["toilet_paper"], catalog_form="페이퍼타월")

# ---------------- choseong (11)
N("ch01", "choseong", "T", "ㅎㅈㅈ", ["toilet_paper"], ["hand_towel"], intended="화장지")
N("ch02", "choseong", "X", "ㅊㄹㅇ ㅂㅎㅈ", ["car_air_freshener"], ["diffuser"], intended="차량용 방향제")
N("ch03", "choseong", "G", "ㅇㅈㅈㄱ", ["safety_vest"], intended="안전조끼")
N("ch04", "choseong", "C", "ㅈㅇㅂ", ["work_clothes"], intended="작업복")
N("ch05", "choseong", "K", "ㄷㅅㄹ", ["lunchbox"], intended="도시락")
N("ch06", "choseong", "D", "ㅎㅅㅁ", ["banner_hang"], ["banner_x"], intended="현수막")
N("ch07", "choseong", "H", "ㅂㅅㄱ", ["tteok_baekseolgi"], ["tteok_gift"], intended="백설기")
N("ch08", "choseong", "M", "ㅁㅌㅅ", ["wet_tissue"], intended="물티슈")
N("ch09", "choseong", "B", "ㄱㅁㅈㄱ", ["rubber_gloves"], intended="고무장갑")
N("ch10", "choseong", "R", "ㅁㅎ 제작", ["namecard"], intended="명함 제작")
N("ch11", "choseong", "H", "ㅊㅎ 화환", ["congrat_wreath"], ["orchid"], intended="축하 화환")

# ---------------- quantity (11)
N("qt01", "quantity", "T", "A4 복사용지 80g 10박스", ["paper_a4"], qty=10, spec_re=r"80\s?g")
N("qt02", "quantity", "X", "차량용 방향제 200개 개당 5천원 이하", ["car_air_freshener"], ["diffuser"], qty=200, max_price=5000)
N("qt03", "quantity", "G", "안전조끼 XL 50벌", ["safety_vest"], qty=50, spec_re=r"XL")
N("qt04", "quantity", "C", "코팅장갑 500켤레 예산 50만원", ["work_gloves"], qty=500, budget=500000)
N("qt05", "quantity", "K", "도시락 40개 1인 1만원 이내", ["lunchbox"], qty=40, max_price=10000)
N("qt06", "quantity", "D", "X배너 600x1800 2개", ["banner_x"], qty=2, spec_re=r"600\s*[x×X*]\s*1800")
N("qt07", "quantity", "H", "백설기 100개 개별포장", ["tteok_baekseolgi"], ["tteok_gift"], qty=100, spec_re=r"개별\s?포장")
N("qt08", "quantity", "M", "드립백 커피 300개 예산 30만원", ["drip_bag"], ["coffee_beans"], qty=300, budget=300000)
N("qt09", "quantity", "B", "물티슈 100매 캡형 50개", ["wet_tissue"], qty=50, spec_re=r"100매")
N("qt10", "quantity", "R", "단체 티셔츠 60벌 1벌당 15000원 이하", ["group_tshirt"], qty=60, max_price=15000)
N("qt11", "quantity", "T", "화장지 30롤 10팩", ["toilet_paper"], qty=10, spec_re=r"30\s?롤")

# ---------------- long_sentence (11)
N("ls01", "long_sentence", "T", "2025년 설 연휴 귀성객 안내를 위해 1월 20일부터 고속버스터미널 대합실에 세워 둘 안내용 X배너 4개를 제작하려고 합니다.", ["banner_x"], ["banner_hang", "signboard_a"], qty=4)
N("ls02", "long_sentence", "X", "조합원 하계 안전교육(7월 10일, 조합 교육장) 때 기념품으로 나눠 드릴 운전석용 여름 쿨방석을 구매하려 하니 제품 안내 부탁드립니다.", ["car_seat_cover"], ["cushion"])
N("ls03", "long_sentence", "G", "가스안전 캠페인(5월 둘째 주, 남부시장 일원)에서 시민에게 배포할 기관 로고가 인쇄된 홍보용 물티슈를 제작하고자 합니다.", ["wet_tissue_promo"], ["wet_tissue"])
N("ls04", "long_sentence", "C", "건설기계 정기검사 현장에서 근무하는 검사원들이 겨울철 야외에서 입을 방한 점퍼를 12월 전에 구매할 예정입니다.", ["winter_jacket"], ["work_clothes"])
N("ls05", "long_sentence", "K", "10월 중 시설물 안전점검의 날 행사를 마친 뒤 참석자 40명에게 제공할 점심 도시락을 주문하고 싶습니다.", ["lunchbox"], ["buffet"])
N("ls06", "long_sentence", "D", "공공디자인 시민공모전 시상식(11월 5일, 시청 강당)에서 수상자에게 수여할 상장과 상장 케이스를 준비하려고 합니다.", ["certificate"])
N("ls07", "long_sentence", "H", "효자4동 행정복지센터에서 11월 말 홀몸 어르신 김장 나눔 행사를 진행하는데 어르신들께 전달할 포기김치를 구매하고자 합니다.", ["kimchi"])
N("ls08", "long_sentence", "M", "민원콜센터 상담사들이 장시간 통화로 목이 자주 상해서 휴게실에 비치할 도라지나 배로 만든 목에 좋은 차를 찾고 있습니다.", ["throat_tea"], ["tea"])
N("ls09", "long_sentence", "B", "마을버스 기사님들 근무복을 봄·가을용으로 새로 맞추려고 하는데 회사 로고를 자수로 넣어 줄 수 있는 곳을 알려 주세요.", ["work_clothes"], spec_re=r"자수", spec_field="all")
N("ls10", "long_sentence", "R", "학군단 임관 축하 행사(3월 초, 학내 체육관)에서 후보생 가족들에게 대접할 떡과 음료 등 다과를 차려 줄 케이터링 업체를 찾습니다.", ["finger_food"], ["buffet", "tteok_gift", "snack_box"])
N("ls11", "long_sentence", "T", "터미널 화장실 악취 민원이 계속 들어와 화장실에 비치할 천연 탈취제나 디퓨저를 구매하고자 하오니 연락 바랍니다.", ["deodorant_spray", "diffuser"], ["candle"])

# ---------------- category (10): group = GROUPS 키
N("ca01", "category", "T", "청소용품", group="청소용품")
N("ca02", "category", "X", "세차용품", group="세차용품")
N("ca03", "category", "G", "안전용품", group="안전용품")
N("ca04", "category", "C", "홍보용 판촉물", group="판촉물")
N("ca05", "category", "K", "사무용품", group="사무용품")
N("ca06", "category", "D", "행사 기념품", group="기념품")
N("ca07", "category", "H", "행사 다과", group="행사 다과")
N("ca08", "category", "M", "탕비실 음료", group="탕비실 음료")
N("ca09", "category", "B", "위생용품", group="위생용품")
N("ca10", "category", "R", "축하용 꽃", group="축하용 꽃")
for _n in NEEDS:
    if _n["kind"] == "category":
        _n["want"], _n["ok"] = list(GROUPS[_n["group"]][0]), list(GROUPS[_n["group"]][1])

# ---------------- location (11): dong = 법정동 기본이름(…1가~3가 포함), shop = SHOPS 키
N("lo01", "location", "T", "금암동 세탁소", dong="금암동", shop="laundry")
N("lo02", "location", "X", "팔복동 세차장", dong="팔복동", shop="car_care")
N("lo03", "location", "G", "효자동 인쇄소", dong="효자동", shop="print")
N("lo04", "location", "C", "송천동 유니폼 업체", dong="송천동", shop="workwear")
N("lo05", "location", "K", "서신동 도시락집", dong="서신동", shop="lunchbox")
N("lo06", "location", "D", "중화산동 현수막 업체", dong="중화산동", shop="sign")
N("lo07", "location", "H", "효자동 떡집", dong="효자동", shop="tteok")
N("lo08", "location", "M", "삼천동 카페", dong="삼천동", shop="cafe")
N("lo09", "location", "B", "인후동 꽃집", dong="인후동", shop="flower")
N("lo10", "location", "R", "덕진동 빵집", dong="덕진동", shop="bakery")
N("lo11", "location", "T", "평화동 청소업체", dong="평화동", shop="cleaning")

# ---------------- multi_item (11): items = [(need 에 쓰인 품목 표기, want, ok, 조건)]
N("mi01", "multi_item", "T", "화장지 및 핸드타월", items=[("화장지", ["toilet_paper"], [], {}), ("핸드타월", ["hand_towel"], [], {})])
N("mi02", "multi_item", "X", "세차타월이랑 차량용 방향제", items=[("세차타월", ["microfiber_towel"], ["rag"], {}), ("차량용 방향제", ["car_air_freshener"], ["diffuser"], {})])
N("mi03", "multi_item", "G", "안전모하고 안전화", items=[("안전모", ["hardhat"], [], {}), ("안전화", ["safety_shoes"], [], {})])
N("mi04", "multi_item", "C", "작업복, 코팅장갑, 안전조끼", items=[("작업복", ["work_clothes"], [], {}), ("코팅장갑", ["work_gloves"], [], {}), ("안전조끼", ["safety_vest"], [], {})])
N("mi05", "multi_item", "K", "도시락 식혜", items=[("도시락", ["lunchbox"], [], {}), ("식혜", ["sikhye"], [], {})])
N("mi06", "multi_item", "D", "X배너 현수막", items=[("X배너", ["banner_x"], [], {}), ("현수막", ["banner_hang"], [], {})])
N("mi07", "multi_item", "H", "백설기랑 절편", items=[("백설기", ["tteok_baekseolgi"], ["tteok_gift"], {}), ("절편", ["tteok_jeolpyeon"], ["tteok_gift"], {})])
N("mi08", "multi_item", "M", "원두커피 및 텀블러", items=[("원두커피", ["coffee_beans"], ["drip_bag"], {}), ("텀블러", ["tumbler"], [], {})])
N("mi09", "multi_item", "B", "물티슈, 손소독제", items=[("물티슈", ["wet_tissue"], [], {}), ("손소독제", ["hand_sanitizer"], [], {})])
N("mi10", "multi_item", "R", "트로피하고 메달", items=[("트로피", ["trophy"], ["plaque"], {}), ("메달", ["medal"], [], {})])
N("mi11", "multi_item", "H", "화분 및 꽃다발", items=[("화분", ["potted_plant"], [], {}), ("꽃다발", ["bouquet"], ["flower_basket"], {})])

# NO_MATCH 는 카탈로그 작성 뒤에 아래(STEP 3)에 추가함.

# ======================================================================
# STEP 3 — 해당 없음 수요 (카탈로그 작성 뒤에 작성). 수요 문구는 이후 수정하지 않음.
# (key, inst, text, 난이도, 해당 없음 이유)
NO_MATCH = [
    ("nm01", "T", "대합실 에어컨 실외기 교체 공사", "hard", "에어컨 세척 서비스만 있고 실외기 교체(설비 공사)는 없음"),
    ("nm02", "X", "택시 블랙박스 설치", "hard", "차량 장비 구매·장착은 카탈로그에 없음(차량용품은 방향제·시트·타월뿐)"),
    ("nm03", "G", "가스누설 경보기 구매", "hard", "경보기(기기)는 없음. '가스'는 안전교육 설명에만 나옴"),
    ("nm04", "C", "작업복 건조기 구매", "hard", "작업복·세탁 서비스는 있으나 건조기(기계)는 없음"),
    ("nm05", "K", "시설물 점검용 드론 구매", "hard", "드론 촬영 서비스만 있고 드론 기체 판매는 없음"),
    ("nm06", "D", "버스 승강장 디자인 시공", "hard", "디자인 용역·실사출력은 있으나 승강장 시공(건설)은 없음"),
    ("nm07", "H", "복사기 임대", "hard", "복사용지·복사 제본 서비스는 있으나 복사기 임대는 없음"),
    ("nm08", "M", "커피머신 렌탈", "hard", "원두·드립백·커피차는 있으나 커피머신 렌탈은 없음"),
    ("nm09", "B", "마을버스 타이어 교체", "hard", "세차·자전거 수리는 있으나 버스 타이어 정비는 없음"),
    ("nm10", "R", "임관식 단체 버스 대절", "hard", "행사 대행은 있으나 전세버스(운송 면허 업종)는 없음"),
    ("nm11", "T", "화장실 변기 교체 공사", "hard", "화장실용 소모품·청소는 있으나 위생도기 교체 공사는 없음"),
    ("nm12", "X", "택시 미터기 검정 수리", "hard", "미터기 검정·수리(허가 업종)는 없음"),
    ("nm13", "G", "도시가스 배관 공사", "hard", "가스시설 시공(면허 업종)은 없음"),
    ("nm14", "C", "안전화 밑창 수선", "hard", "안전화 판매와 의류 수선은 있으나 신발 수선은 없음(같은 물건에 다른 일)"),
    ("nm15", "K", "안전모 충격 성능 시험 의뢰", "hard", "안전모 판매만 있고 성능 시험(시험기관 업무)은 없음"),
    ("nm16", "D", "불법 현수막 철거 용역", "hard", "현수막 제작만 있고 철거 용역은 없음(같은 물건에 다른 일)"),
    ("nm17", "H", "떡 방앗간 기계 구매", "hard", "떡·방앗간 업체는 있으나 떡 제조 기계 판매는 없음"),
    ("nm18", "M", "민원실 공기청정기 렌탈", "hard", "공기정화 화분은 있으나 공기청정기(가전) 렌탈은 없음"),
    ("nm19", "B", "마을버스 운전기사 파견", "hard", "운전 인력 파견(면허·허가 업종)은 없음"),
    ("nm20", "R", "훈련용 방탄조끼", "hard", "안전조끼·근무조끼는 있으나 방탄조끼(방호장비)는 없음"),
    ("nm21", "T", "노트북 컴퓨터", "easy", "전자기기 없음"),
    ("nm22", "X", "자동차 보험 가입", "easy", "보험 상품 없음"),
    ("nm23", "G", "법률 자문 용역", "easy", "법률 서비스 없음"),
    ("nm24", "C", "골프공", "easy", "스포츠 용품 없음"),
    ("nm25", "K", "항공권 예약", "easy", "여행 서비스 없음"),
    ("nm26", "D", "3D 프린터 필라멘트", "easy", "3D 프린터 소모품 없음"),
    ("nm27", "H", "반려견 미용", "easy", "반려동물 서비스 없음"),
    ("nm28", "M", "모니터 암", "easy", "전산 비품 없음"),
    ("nm29", "B", "휴대폰 요금제", "easy", "통신 서비스 없음"),
    ("nm30", "R", "소총 멜빵", "easy", "군용 장구 없음"),
]
