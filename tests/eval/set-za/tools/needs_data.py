# -*- coding: utf-8 -*-
"""매칭 가능한 수요 120건 (카탈로그를 만들기 전에 먼저 작성함).

각 수요: key(내부 키), kind(유형), voice(누가 쓰는지), text(검색창에 치는 말),
want(관련도 2 품목 태그), ok(관련도 1 대체품 태그), cond(조건: 어기면 2 -> 1),
qty/budget(queries.csv 의 수량·예산), 그 밖에 유형별 부가 정보.

품목 태그는 공무원이 실제로 원하는 물건을 적은 것이다. 태그 이름은 영어 소문자.
GROUPS 는 넓은 말(사무용품, 다과 …)이나 가게 종류(떡집, 꽃집 …)를 품목 태그 묶음으로 푼 것.

cond 키: max_price(단가 상한), text_all(제품명·규격·설명에 모두 있어야 할 말),
text_any(하나 이상 있어야 할 말).
"""

V_COUNCIL = "전주시의회 사무국"
V_ARCH = "완산구청 건축과"
V_MMA = "전북지방병무청"
V_COURT = "전주지방법원 총무과"
V_STATION = "전주역 (코레일 역무)"
V_TP = "전북테크노파크"
V_FILM = "전주국제영화제 사무국"
V_PARK = "덕진공원 관리사무소"
V_JOB = "고용복지플러스센터"
V_ZOO = "전주동물원"

# 넓은 말 -> 품목 태그 묶음
GROUPS = {
    "office_supply": ["copy_paper", "office_tape", "packing_tape", "stapler", "staples",
                      "sticky_note", "memo_pad", "file_folder", "pen", "envelope_plain",
                      "correction_tape", "highlighter"],
    "refreshment": ["rice_cake", "chapssal_tteok", "hangwa", "cookie", "bread", "juice",
                    "sikhye", "tea", "drip_coffee", "chocolate", "refreshment_set"],
    "promo": ["custom_merch", "eco_bag_print", "tumbler", "promo_pen", "umbrella", "towel"],
    "traditional_craft": ["hanji_craft", "fan_craft", "ceramics", "najeon_craft"],
    "print": ["business_card", "leaflet", "booklet_print", "envelope_print", "sticker_print",
              "poster"],
    "hygiene": ["hand_sanitizer", "wet_wipes", "mask", "toilet_paper", "facial_tissue",
                "hand_soap", "paper_towel"],
    "beverage": ["juice", "sikhye", "tea", "drip_coffee", "cafe_drink"],
    "local_food": ["honey", "jam", "fruit_syrup", "sesame_oil", "perilla_oil", "grains",
                   "jang", "chili_powder", "grain_powder", "hangwa", "tea"],
    "cleaning_supplies": ["dish_detergent", "laundry_detergent", "cleaner", "scrubber"],
    "green_maintenance": ["landscaping_service", "tree_pruning", "lawn_mowing"],
    "event_service": ["event_planning", "performance"],
    # 가게 종류 (location 유형)
    "shop_tteok": ["rice_cake"],
    "shop_flower": ["wreath", "flower_bouquet", "flower_basket", "potted_plant", "orchid"],
    "shop_print": ["business_card", "leaflet", "booklet_print", "envelope_print",
                   "sticker_print", "poster", "banner", "x_banner"],
    "shop_laundry": ["laundry_service"],
    "shop_craft": ["craft"],
    "shop_sidedish": ["side_dish", "kimchi"],
    "shop_bakery": ["bread", "cookie", "cake"],
    "shop_cafe": ["coffee_beans", "drip_coffee", "cafe_drink"],
    "shop_wood": ["woodwork"],
    "shop_lunchbox": ["lunchbox"],
    "shop_mill": ["sesame_oil", "perilla_oil", "chili_powder", "grain_powder"],
}

NEEDS = []


def N(key, kind, voice, text, want, ok=(), cond=None, qty=None, budget=None, **kw):
    d = dict(key=key, kind=kind, voice=voice, text=text, want=list(want), ok=list(ok),
             cond=cond or {}, qty=qty, budget=budget)
    d.update(kw)
    NEEDS.append(d)


# ---------------------------------------------------------------- exact (11)
# 흔히 쓰는 이름 그대로
N("ex01", "exact", V_COURT, "복사용지", ["copy_paper"], note="A4 복사용지")
N("ex02", "exact", V_COUNCIL, "명함 제작", ["business_card"])
N("ex03", "exact", V_FILM, "현수막", ["banner"], note="현수막 제작. 현수막으로 만든 가방은 아님")
N("ex04", "exact", V_MMA, "떡", ["rice_cake"], ok=["rice_cake_ingredient"],
  note="먹는 떡. 떡국떡 같은 재료용 떡은 대체(1)")
N("ex05", "exact", V_COUNCIL, "화환", ["wreath"], ok=["flower_basket", "orchid"],
  note="화환(축하·근조 모두). 꽃바구니·난은 대체")
N("ex06", "exact", V_TP, "도시락", ["lunchbox"], note="먹는 도시락. 도시락통 아님")
N("ex07", "exact", V_FILM, "에코백", ["eco_bag"], ok=["upcycled_bag"],
  note="천 가방. 폐현수막 재활용 가방은 대체(1)")
N("ex08", "exact", V_ZOO, "방역 소독", ["disinfection_service"],
  note="방역 소독 용역. 손소독제 같은 물건 아님")
N("ex09", "exact", V_JOB, "원두커피", ["coffee_beans"], ok=["drip_coffee"])
N("ex10", "exact", V_ARCH, "화분", ["potted_plant"], ok=["empty_pot"],
  note="사무실에 둘 식물 화분. 빈 화분(토분)은 대체(1)")
N("ex11", "exact", V_PARK, "꽃모종", ["flower_seedlings"], ok=["flower_seeds"])

# ---------------------------------------------------------------- synonym (11)
# 상표명 일반화, 옛말, 외래어, 일본어 잔재, 속어. term 은 카탈로그에 없어야 함
N("sy01", "synonym", V_ARCH, "스카치테이프", ["office_tape"], ok=["packing_tape"],
  term="스카치테이프", canon=["테이프", "투명테이프"], note="상표명 -> 투명 테이프")
N("sy02", "synonym", V_COURT, "호치키스", ["stapler"], ok=["staples"],
  term="호치키스", canon=["스테이플러"], note="상표명 -> 스테이플러. 심은 대체")
N("sy03", "synonym", V_COUNCIL, "포스트잇", ["sticky_note"], ok=["memo_pad"],
  term="포스트잇", canon=["메모지", "점착"], note="상표명 -> 접착 메모지")
N("sy04", "synonym", V_ZOO, "창문 뽁뽁이", ["insulation_bubble"], ok=["bubble_wrap"],
  term="뽁뽁이", canon=["에어캡", "단열"], note="겨울 창문 단열용 에어캡. 포장용 에어캡은 대체")
N("sy05", "synonym", V_STATION, "크리넥스", ["facial_tissue"], ok=["toilet_paper"],
  term="크리넥스", canon=["티슈", "화장지"], note="상표명 -> 미용티슈")
N("sy06", "synonym", V_ARCH, "찌라시 인쇄", ["leaflet"], term="찌라시",
  canon=["전단", "리플릿"], note="일본어 잔재 -> 전단지")
N("sy07", "synonym", V_PARK, "플래카드 제작", ["banner"], term="플래카드",
  canon=["현수막"], note="옛 외래어 -> 현수막")
N("sy08", "synonym", V_MMA, "모찌", ["chapssal_tteok"], ok=["rice_cake"], term="모찌",
  canon=["찹쌀떡"], note="일본어 -> 찹쌀떡. 다른 떡은 대체")
N("sy09", "synonym", V_TP, "벤또 주문", ["lunchbox"], term="벤또", canon=["도시락"],
  note="일본어 -> 도시락")
N("sy10", "synonym", V_STATION, "곤색 조끼", ["vest"], term="곤색", canon=["남색", "조끼"],
  cond={"text_any": ["남색", "네이비"]}, note="곤색=남색. 남색이 없는 조끼는 1")
N("sy11", "synonym", V_FILM, "영화제 굿즈", ["custom_merch"], ok=["souvenir"], term="굿즈",
  canon=["기념품", "키링", "배지"], note="속어 -> 주문제작 기념품. 기성 기념품은 대체")

# ---------------------------------------------------------------- typo (11)
# 흔한 맞춤법 오류·외래어 표기 오류. term 은 카탈로그에 없어야 함
N("ty01", "typo", V_FILM, "팜플렛 인쇄", ["leaflet"], ok=["booklet_print"], term="팜플렛",
  canon=["팸플릿", "리플릿"], note="팸플릿 오기")
N("ty02", "typo", V_ARCH, "리플렛", ["leaflet"], term="리플렛", canon=["리플릿"],
  note="리플릿 오기")
N("ty03", "typo", V_JOB, "생일 케익", ["cake"], term="케익", canon=["케이크"],
  note="케이크 오기")
N("ty04", "typo", V_COUNCIL, "명암 제작", ["business_card"], term="명암", canon=["명함"],
  note="명함을 소리 나는 대로 씀")
N("ty05", "typo", V_MMA, "취임 축하 화한", ["wreath_congrats"],
  ok=["wreath", "flower_basket", "orchid"], term="화한", canon=["화환", "축하"],
  note="화환 오기. 근조화환·꽃바구니·난은 1")
N("ty06", "typo", V_ZOO, "설겆이 세제", ["dish_detergent"], term="설겆이",
  canon=["설거지", "주방세제"], note="옛 표기")
N("ty07", "typo", V_FILM, "에코벡", ["eco_bag"], ok=["upcycled_bag"], term="에코벡",
  canon=["에코백"])
N("ty08", "typo", V_TP, "카다로그 제작", ["booklet_print"], ok=["leaflet"], term="카다로그",
  canon=["카탈로그", "책자"], note="카탈로그 오기")
N("ty09", "typo", V_JOB, "과일 쥬스", ["juice"], ok=["fruit_syrup"], term="쥬스",
  canon=["주스", "즙"], note="주스 오기. 희석용 청은 대체")
N("ty10", "typo", V_STATION, "수제 초콜렛", ["chocolate"], term="초콜렛", canon=["초콜릿"])
N("ty11", "typo", V_COURT, "손소독재", ["hand_sanitizer"], ok=["ethanol_spray"],
  term="손소독재", canon=["손소독제"], note="제/재 혼동")

# ---------------------------------------------------------------- hanyeong (11)
# 영문 자판 상태에서 친 한글. 8건 전체, 3건 한글과 섞임. intended = 의도한 한글
N("hy01", "hanyeong", V_COURT, "qhfvps", ["pen"], intended="볼펜")
N("hy02", "hanyeong", V_FILM, "gustnakr", ["banner"], intended="현수막")
N("hy03", "hanyeong", V_TP, "ehtlfkr", ["lunchbox"], intended="도시락")
N("hy04", "hanyeong", V_ARCH, "ghkqns", ["potted_plant"], ok=["empty_pot"], intended="화분")
N("hy05", "hanyeong", V_JOB, "whddlzjq", ["paper_cup"], intended="종이컵")
N("hy06", "hanyeong", V_STATION, "anfxltb", ["wet_wipes"], intended="물티슈")
N("hy07", "hanyeong", V_FILM, "dpzhqor", ["eco_bag"], ok=["upcycled_bag"], intended="에코백")
N("hy08", "hanyeong", V_MMA, "ekqfPEjr", ["rice_cake"], intended="답례떡",
  note="Shift 로 ㅖ, ㄸ 입력")
N("hy09", "hanyeong", V_JOB, "zjvl 원두", ["coffee_beans"], ok=["drip_coffee"],
  intended="커피 원두", mixed=True)
N("hy10", "hanyeong", V_ZOO, "친환경 tpwp", ["dish_detergent", "laundry_detergent", "cleaner"],
  intended="친환경 세제", mixed=True, cond={"text_any": ["친환경", "천연"]})
N("hy11", "hanyeong", V_COUNCIL, "명함 wpwkr", ["business_card"], intended="명함 제작",
  mixed=True)

# ---------------------------------------------------------------- spacing (11)
# variant = 수요에 쓴 띄어쓰기, catalog_form = 카탈로그에 쓸 띄어쓰기 (카탈로그 작성 시 지킴)
N("sp01", "spacing", V_STATION, "손 소독제", ["hand_sanitizer"], ok=["ethanol_spray"],
  variant="손 소독제", catalog_form="손소독제")
N("sp02", "spacing", V_JOB, "종이 컵", ["paper_cup"], variant="종이 컵", catalog_form="종이컵")
N("sp03", "spacing", V_COUNCIL, "꽃 바구니", ["flower_basket"], ok=["flower_bouquet"],
  variant="꽃 바구니", catalog_form="꽃바구니")
N("sp04", "spacing", V_FILM, "단체티셔츠 제작", ["tshirt"], variant="단체티셔츠",
  catalog_form="단체 티셔츠")
N("sp05", "spacing", V_ZOO, "친환경주방세제", ["dish_detergent"], variant="친환경주방세제",
  catalog_form="친환경 주방세제", cond={"text_any": ["친환경", "천연"]})
N("sp06", "spacing", V_MMA, "떡 케이크", ["tteok_cake"], ok=["cake"], variant="떡 케이크",
  catalog_form="떡케이크", note="떡케이크. 일반 케이크는 대체")
N("sp07", "spacing", V_ARCH, "원목명패", ["nameplate"], variant="원목명패",
  catalog_form="원목 명패")
N("sp08", "spacing", V_TP, "재생토너", ["toner_recycled"], ok=["toner_new"], variant="재생토너",
  catalog_form="재생 토너", note="재생(리필) 토너. 새 호환 토너는 대체")
N("sp09", "spacing", V_PARK, "공기정화식물", ["air_plant"], ok=["potted_plant"],
  variant="공기정화식물", catalog_form="공기정화 식물")
N("sp10", "spacing", V_TP, "출장 뷔페", ["catering"], variant="출장 뷔페",
  catalog_form="출장뷔페")
N("sp11", "spacing", V_JOB, "수제 쿠키", ["cookie"], variant="수제 쿠키", catalog_form="수제쿠키")

# ---------------------------------------------------------------- choseong (11)
# intended = 초성이 가리키는 말 (초성 부분은 intended 의 초성과 같아야 함)
N("ch01", "choseong", V_COURT, "ㅂㅅㅇㅈ", ["copy_paper"], intended="복사용지")
N("ch02", "choseong", V_FILM, "ㅎㅅㅁ", ["banner"], intended="현수막")
N("ch03", "choseong", V_TP, "ㄷㅅㄹ", ["lunchbox"], intended="도시락")
N("ch04", "choseong", V_COUNCIL, "ㅁㅎ 제작", ["business_card"], intended="명함 제작")
N("ch05", "choseong", V_PARK, "ㄲㄷㅂ", ["flower_bouquet"], ok=["flower_basket"],
  intended="꽃다발")
N("ch06", "choseong", V_FILM, "ㅇㅋㅂ", ["eco_bag"], ok=["upcycled_bag"], intended="에코백")
N("ch07", "choseong", V_MMA, "ㅊㅆㄸ", ["chapssal_tteok"], ok=["rice_cake"], intended="찹쌀떡")
N("ch08", "choseong", V_STATION, "ㅅㅅㄷㅈ", ["hand_sanitizer"], ok=["ethanol_spray"],
  intended="손소독제")
N("ch09", "choseong", V_JOB, "ㅈㅇㅋ", ["paper_cup"], intended="종이컵")
N("ch10", "choseong", V_ZOO, "ㅁㅌㅅ", ["wet_wipes"], intended="물티슈")
N("ch11", "choseong", V_ARCH, "친환경 ㅅㅅㅁ", ["scrubber"], intended="친환경 수세미",
  cond={"text_any": ["친환경", "천연"]}, note="아크릴 등 친환경이라 하지 않은 수세미는 1")

# ---------------------------------------------------------------- quantity (11)
N("qt01", "quantity", V_COURT, "A4 복사용지 80g 10박스", ["copy_paper"],
  cond={"text_all": ["A4", "80g"]}, qty=10)
N("qt02", "quantity", V_COUNCIL, "명함 200매씩 10명분", ["business_card"], qty=10)
N("qt03", "quantity", V_FILM, "현수막 5m x 0.9m 6장", ["banner"], qty=6)
N("qt04", "quantity", V_TP, "도시락 개당 8,000원 이하 150개", ["lunchbox"],
  cond={"max_price": 8000}, qty=150)
N("qt05", "quantity", V_MMA, "답례떡 개당 3,000원 이하 300개", ["rice_cake"],
  cond={"max_price": 3000}, qty=300)
N("qt06", "quantity", V_FILM, "로고 인쇄 에코백 200개, 예산 100만원", ["eco_bag_print"],
  ok=["eco_bag", "upcycled_bag"], cond={"max_price": 5000}, qty=200, budget=1000000,
  note="로고 인쇄 가능한 에코백, 개당 5,000원 이하. 인쇄 안 되는 에코백은 1")
N("qt07", "quantity", V_COURT, "HP CF217A 호환 토너 4개", ["toner"],
  cond={"text_any": ["CF217A"]}, qty=4, note="CF217A 호환이 아닌 토너는 1")
N("qt08", "quantity", V_JOB, "종이컵 6.5온스 2,000개", ["paper_cup"],
  cond={"text_any": ["6.5oz", "184ml"]}, qty=2000)
N("qt09", "quantity", V_STATION, "단체 티셔츠 L 30벌 XL 20벌", ["tshirt"], qty=50)
N("qt10", "quantity", V_JOB, "원두 1kg 5봉 예산 20만원", ["coffee_beans"], ok=["drip_coffee"],
  cond={"text_all": ["1kg"], "max_price": 40000}, qty=5, budget=200000)
N("qt11", "quantity", V_PARK, "화단용 꽃모종 2000포트 포트당 500원 이하", ["flower_seedlings"],
  ok=["flower_seeds"], cond={"max_price": 500}, qty=2000)

# ---------------------------------------------------------------- long_sentence (11)
N("ls01", "long_sentence", V_COUNCIL,
  "전주시의회 사무국입니다. 의정 소식지(A4, 16면, 컬러)를 분기마다 2천 부씩 찍어야 하는데, "
  "편집 디자인부터 인쇄·제본까지 한 번에 맡길 수 있는 곳을 찾고 있습니다.",
  ["booklet_print"], qty=2000)
N("ls02", "long_sentence", V_ARCH,
  "내년 1월부터 바뀌는 건축 인허가 절차를 민원인께 안내하려고 합니다. 3단 접이식 안내 "
  "리플릿 1,000부를 12월 중순까지 디자인과 인쇄까지 해 주실 수 있는 업체를 알려 주세요.",
  ["leaflet"], qty=1000)
N("ls03", "long_sentence", V_MMA,
  "11월 입영 장병 환송 행사 때 입영자와 가족분들께 1인 1팩씩 드릴 답례 떡을 준비하려 "
  "합니다. 개별 포장이 되어 있고 당일 아침 병무청까지 배달 가능한 곳이면 좋겠습니다.",
  ["rice_cake"], cond={"text_any": ["개별포장", "개별 포장", "낱개 포장"]},
  note="개별 포장 안 되는 떡은 1")
N("ls04", "long_sentence", V_COURT,
  "보존기간이 끝난 재판 관련 문서 약 2톤을 폐기하려고 합니다. 보안이 중요해서 직접 와서 "
  "파쇄하고 파쇄 확인서를 발급해 주는 업체를 찾습니다.", ["document_shredding"])
N("ls05", "long_sentence", V_STATION,
  "전주역 역무원 근무복과 겨울 방한복을 계절이 바뀔 때마다 한꺼번에 세탁해야 합니다. "
  "수거와 배달까지 해 주는 세탁 업체를 찾고 있습니다.", ["laundry_service"])
N("ls06", "long_sentence", V_TP,
  "11월 20일(목) 전북테크노파크 본관에서 열리는 기업지원 성과공유회 참석자 120명분 점심 "
  "도시락이 필요합니다. 오전 11시 30분까지 배달되어야 합니다.", ["lunchbox"], qty=120)
N("ls07", "long_sentence", V_FILM,
  "내년 4월 영화제 개막 전까지 자원활동가 300명이 입을 단체복 티셔츠를 만들려고 합니다. "
  "앞면에 영화제 로고를 인쇄하고 사이즈별로 나눠 주문할 수 있어야 합니다.",
  ["tshirt"], qty=300)
N("ls08", "long_sentence", V_PARK,
  "덕진공원 연못 주변 화단에 봄꽃을 심으려고 합니다. 3월 첫째 주까지 팬지나 비올라 같은 "
  "꽃모종을 관리사무소로 납품해 주실 수 있는 곳을 찾습니다.", ["flower_seedlings"])
N("ls09", "long_sentence", V_JOB,
  "집단상담 프로그램을 마친 구직자분들께 드릴 수료 기념품으로 센터 로고를 새긴 텀블러를 "
  "50개 정도 제작하고 싶습니다. 이번 달 말까지 받을 수 있을까요?", ["tumbler"], qty=50)
N("ls10", "long_sentence", V_ZOO,
  "동물원 관람객 휴게 공간과 공중화장실을 내년 1월부터 12월까지 주 3회 정기적으로 청소해 "
  "줄 업체를 찾고 있습니다. 인력이 와서 하는 청소 용역이면 됩니다.", ["cleaning_service"])
N("ls11", "long_sentence", V_ZOO,
  "코끼리와 기린 먹이로 쓸 당근을 매주 100kg 정도 정기적으로 받고 싶습니다. 농약을 적게 "
  "쓴 것이면 더 좋고, 모양이 고르지 않아도 괜찮습니다.", ["carrot"], ok=["vegetables"],
  qty=100)

# ---------------------------------------------------------------- category (11)
# want 에 GROUPS 이름을 쓰면 그 묶음으로 풀린다
N("ca01", "category", V_COURT, "사무용품", ["office_supply"], ok=["toner"],
  note="문구·복사용지 등. 토너는 OA 소모품이라 1")
N("ca02", "category", V_COUNCIL, "간담회 다과", ["refreshment"], ok=["cake", "catering"],
  note="떡·한과·쿠키·음료 등 바로 내놓는 것")
N("ca03", "category", V_ZOO, "친환경 청소용품", ["cleaning_supplies"],
  ok=["rubber_gloves", "soap"], cond={"text_any": ["친환경", "천연"]})
N("ca04", "category", V_FILM, "홍보용 판촉물", ["promo"], ok=["eco_bag", "souvenir"],
  note="로고를 넣어 만드는 판촉물")
N("ca05", "category", V_FILM, "해외 게스트 선물용 전통 공예품", ["traditional_craft"])
N("ca06", "category", V_ARCH, "각종 인쇄물 제작", ["print"], ok=["banner", "x_banner"],
  note="명함·리플릿·책자·봉투 등. 현수막류는 1")
N("ca07", "category", V_PARK, "공원 녹지 관리 용역", ["green_maintenance"],
  ok=["flower_seedlings"])
N("ca08", "category", V_MMA, "직원 명절 선물세트", ["gift_set"], ok=["local_food"],
  note="세트로 구성된 선물. 낱개 지역 식품은 1")
N("ca09", "category", V_STATION, "역사 내 위생용품", ["hygiene"], ok=["ethanol_spray"])
N("ca10", "category", V_TP, "지역 농산물 가공품", ["local_food"], ok=["gift_set", "juice"],
  note="꿀·청·잼·참기름·장류 등")
N("ca11", "category", V_JOB, "구직자 직업체험 교육 프로그램", ["edu_program"])

# ---------------------------------------------------------------- location (11)
# dong = 법정동(…1가 등 포함), shop = GROUPS 의 가게 묶음
N("lo01", "location", V_MMA, "효자동 떡집", [], dong="효자동", shop="shop_tteok")
N("lo02", "location", V_COUNCIL, "서신동 꽃집", [], dong="서신동", shop="shop_flower")
N("lo03", "location", V_ARCH, "인후동 인쇄소", [], dong="인후동", shop="shop_print")
N("lo04", "location", V_STATION, "송천동 세탁소", [], dong="송천동", shop="shop_laundry")
N("lo05", "location", V_FILM, "풍남동 공방", [], dong="풍남동", shop="shop_craft")
N("lo06", "location", V_JOB, "평화동 반찬가게", [], dong="평화동", shop="shop_sidedish")
N("lo07", "location", V_TP, "중화산동 빵집", [], dong="중화산동", shop="shop_bakery")
N("lo08", "location", V_COURT, "삼천동 카페", [], dong="삼천동", shop="shop_cafe")
N("lo09", "location", V_PARK, "팔복동 목공소", [], dong="팔복동", shop="shop_wood")
N("lo10", "location", V_ZOO, "덕진동 도시락집", [], dong="덕진동", shop="shop_lunchbox")
N("lo11", "location", V_JOB, "우아동 방앗간", [], dong="우아동", shop="shop_mill")

# ---------------------------------------------------------------- multi_item (10)
# items = [(수요에 쓴 품목 표기, want, ok), …]
N("mi01", "multi_item", V_COURT, "복사용지 및 토너", [],
  items=[("복사용지", ["copy_paper"], []), ("토너", ["toner"], [])])
N("mi02", "multi_item", V_FILM, "현수막이랑 X배너", [],
  items=[("현수막", ["banner"], []), ("X배너", ["x_banner"], [])])
N("mi03", "multi_item", V_TP, "도시락하고 음료", [],
  items=[("도시락", ["lunchbox"], []), ("음료", ["beverage"], [])])
N("mi04", "multi_item", V_MMA, "떡, 식혜, 한과", [],
  items=[("떡", ["rice_cake"], []), ("식혜", ["sikhye"], []), ("한과", ["hangwa"], [])])
N("mi05", "multi_item", V_COUNCIL, "명함 대봉투 소봉투", [],
  items=[("명함", ["business_card"], []),
         ("대봉투", ["envelope_large"], ["envelope_small"]),
         ("소봉투", ["envelope_small"], ["envelope_large"])])
N("mi06", "multi_item", V_FILM, "에코백, 텀블러 및 볼펜", [],
  items=[("에코백", ["eco_bag"], ["upcycled_bag"]), ("텀블러", ["tumbler"], []),
         ("볼펜", ["pen"], [])])
N("mi07", "multi_item", V_STATION, "손소독제 물티슈", [],
  items=[("손소독제", ["hand_sanitizer"], ["ethanol_spray"]), ("물티슈", ["wet_wipes"], [])])
N("mi08", "multi_item", V_PARK, "꽃모종, 퇴비", [],
  items=[("꽃모종", ["flower_seedlings"], ["flower_seeds"]),
         ("퇴비", ["compost"], ["potting_soil"])])
N("mi09", "multi_item", V_JOB, "원두랑 쿠키", [],
  items=[("원두", ["coffee_beans"], ["drip_coffee"]), ("쿠키", ["cookie"], [])])
N("mi10", "multi_item", V_ZOO, "주방세제 및 수세미, 고무장갑", [],
  items=[("주방세제", ["dish_detergent"], []), ("수세미", ["scrubber"], []),
         ("고무장갑", ["rubber_gloves"], [])])


# ======================================================================
# no_match 30건 — 카탈로그(catalog_data.py)를 다 쓴 뒤에 추가한 부분.
# 위의 매칭 가능 수요 120건은 카탈로그를 쓴 뒤 고치지 않았다.
# (key, 난이도, voice, text, 겹치는 말, 해당 없음 이유)
NO_MATCH = [
    ("nm01", "hard", V_COURT, "문서 세단기", "문서, 파쇄",
     "카탈로그에는 업체가 와서 파쇄해 주는 용역만 있고 사무실에 둘 파쇄 기계는 없음"),
    ("nm02", "hard", V_COURT, "복사기 임대", "복사(복사용지)",
     "복사용지는 있으나 복사기 임대·렌탈 업체는 없음"),
    ("nm03", "hard", V_COURT, "레이저 프린터 수리", "레이저, 프린터(토너 설명)",
     "토너 재생·판매만 있고 프린터 수리 서비스는 없음"),
    ("nm04", "hard", V_ARCH, "현수막 게시대 설치 공사", "현수막, 게시대",
     "현수막 제작과 지정게시대 게시 대행은 있으나 게시대 구조물을 세우는 공사는 없음"),
    ("nm05", "hard", V_PARK, "공원 벤치 도색 보수", "공원, 벤치",
     "새 원목 벤치 판매만 있고 기존 벤치를 칠하고 고치는 보수 업체는 없음"),
    ("nm06", "hard", V_PARK, "잔디깎기 기계 구입", "잔디 깎기",
     "잔디 깎기 용역은 있으나 예초기·잔디깎기 기계 판매는 없음"),
    ("nm07", "hard", V_PARK, "공원 가로등 교체 공사", "공원, 조명",
     "전기공사업 면허가 필요한 공사. 카탈로그의 조명은 한지 스탠드뿐"),
    ("nm08", "hard", V_STATION, "역무원 근무복 대여", "근무복",
     "근무복 제작·세탁은 있으나 근무복을 빌려주는(린넨 대여) 업체는 없음"),
    ("nm09", "hard", V_TP, "행사용 몽골텐트 대여", "행사",
     "행사 기획·공연은 있으나 텐트 같은 장비 대여는 없음"),
    ("nm10", "hard", V_TP, "교육용 드론 구매", "드론, 교육",
     "드론 진로체험 교육(강사 파견)만 있고 드론 기체 판매는 없음"),
    ("nm11", "hard", V_FILM, "영화 상영용 영사기 임대", "영화, 영상",
     "영상 제작·자막 번역은 있으나 영사 장비 임대는 없음"),
    ("nm12", "hard", V_JOB, "바리스타 실습용 커피 로스터기", "커피, 바리스타, 로스팅",
     "원두와 바리스타 교육은 있으나 로스팅 기계 판매는 없음"),
    ("nm13", "hard", V_COUNCIL, "명패 레이저 각인기", "명패, 레이저 각인",
     "각인한 명패 완제품만 있고 각인 기계는 없음"),
    ("nm14", "hard", V_MMA, "청사 구내식당 위탁 운영", "식당, 도시락, 급식",
     "도시락·출장뷔페 납품은 있으나 구내식당을 맡아 운영하는 업체는 없음"),
    ("nm15", "hard", V_COURT, "커피머신 렌탈", "커피",
     "원두·드립백은 있으나 커피머신 렌탈은 없음"),
    ("nm16", "hard", V_ZOO, "꽃사슴 먹이용 건초", "먹이, 농산물",
     "당근·채소는 있으나 건초(목초)를 파는 곳은 없음"),
    ("nm17", "hard", V_ZOO, "업소용 세탁기 수리", "세탁",
     "세탁 대행은 있으나 세탁기 수리는 없음"),
    ("nm18", "hard", V_TP, "도시락 배달용 냉장 탑차", "도시락, 배달",
     "도시락 업체는 있으나 차량 판매·임차는 없음"),
    ("nm19", "hard", V_STATION, "센서형 자동 손소독기", "손소독",
     "손소독제(약품)만 있고 자동 분사 기기는 없음"),
    ("nm20", "hard", V_ARCH, "정화조 청소", "청소",
     "건물·화장실 청소 용역은 있으나 정화조 청소(허가 업종)는 없음"),
    ("ne01", "easy", V_COUNCIL, "의원 해외연수 항공권", "", "항공권 판매 업체 없음"),
    ("ne02", "easy", V_COURT, "법률 판례 데이터베이스 구독", "", "정보 서비스 없음"),
    ("ne03", "easy", V_ARCH, "건축 설계 CAD 소프트웨어 라이선스", "", "소프트웨어 판매 없음"),
    ("ne04", "easy", V_STATION, "철도 신호 케이블", "", "철도 자재 없음"),
    ("ne05", "easy", V_TP, "반도체 클린룸 장비 유지보수", "", "산업 장비 정비 없음"),
    ("ne06", "easy", V_FILM, "해외 영화 상영권 구매", "", "영화 배급권 거래 없음"),
    ("ne07", "easy", V_PARK, "분수대 펌프 모터", "", "기계 부품 없음"),
    ("ne08", "easy", V_JOB, "전산 서버 유지보수 계약", "", "IT 유지보수 업체 없음"),
    ("ne09", "easy", V_ZOO, "동물 마취제", "", "의약품 없음"),
    ("ne10", "easy", V_MMA, "신체검사용 자동 혈압계", "", "의료기기 없음"),
]


def expand(tags):
    """GROUPS 이름을 품목 태그로 푼다."""
    out = set()
    for t in tags:
        if t in GROUPS:
            out |= expand(GROUPS[t])
        else:
            out.add(t)
    return out


if __name__ == "__main__":
    from collections import Counter
    print(len(NEEDS), Counter(n["kind"] for n in NEEDS))
    print(Counter(n["voice"] for n in NEEDS))
