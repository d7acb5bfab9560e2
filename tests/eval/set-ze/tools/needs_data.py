# -*- coding: utf-8 -*-
"""120 matchable needs, written BEFORE any catalog existed.

Each need:
  key    : internal key (kind-NN); public ids are assigned after shuffling
  kind   : exact, synonym, typo, hanyeong, spacing, choseong, quantity,
           long_sentence, category, location, multi_item
  voice  : the institution whose officer typed it
  text   : what is typed into the search box (never edited after the catalog)
  qty / budget : ints or None (only when the text states them)
  want   : item tags the officer actually wants (grade 2 candidates)
  sub    : item tags acceptable as substitutes (grade 1)
  cond   : conditions a grade-2 product must meet, else it drops to 1
           max_price (단가 <= n), spec_re (regex over 제품명+규격+설명),
           size (a mm size that must be inside a "230~290" style range or named)
  word   : (synonym/typo) the odd word that must not occur in the catalog
  intended: (hanyeong/choseong) the Hangul the officer meant
  dong/shop: (location)
  items  : (multi_item) list of {as, want, sub}
"""

V_CUL = "전주시 문화관광체육국"
V_HANJI = "전주 한지산업지원센터"
V_PUB = "한국출판문화산업진흥원"
V_MEAL = "전북특별자치도 교육청 급식팀"
V_MEM = "전주시 공설 화장장·추모공원"
V_SAN = "전주시 환경미화원 노조 사무실"
V_119 = "전북 119 특수대응단"
V_NHIS = "국민건강보험공단 지사"
V_MBC = "전주 MBC 행사팀 (공공 협찬)"
V_RES = "전주 완산구 주민자치협의회"


def N(key, kind, voice, text, want=(), sub=(), cond=None, qty=None, budget=None, note="", **kw):
    d = dict(key=key, kind=kind, voice=voice, text=text, want=list(want), sub=list(sub),
             cond=cond or {}, qty=qty, budget=budget, note=note)
    d.update(kw)
    return d


NEEDS = []
A = NEEDS.append

# ---------------------------------------------------------------- exact (11)
A(N("exact-01", "exact", V_PUB, "복사용지", ["복사용지"], note="사무실 복사용지"))
A(N("exact-02", "exact", V_NHIS, "명함 제작", ["명함"], note="직원 명함 인쇄"))
A(N("exact-03", "exact", V_CUL, "현수막", ["현수막"], note="행사 현수막 제작"))
A(N("exact-04", "exact", V_MEAL, "친환경 쌀", ["쌀"], cond={"spec_re": "친환경|무농약|유기농|우렁이"},
    note="급식용 친환경 인증 쌀; 일반 쌀은 1"))
A(N("exact-05", "exact", V_MEM, "근조화환", ["근조화환"], ["근조바구니"], note="근조 화환; 근조 꽃바구니는 대체"))
A(N("exact-06", "exact", V_SAN, "작업복", ["작업복"], note="근무용 작업복"))
A(N("exact-07", "exact", V_119, "수건", ["수건"], note="대원용 수건"))
A(N("exact-08", "exact", V_MBC, "꽃다발", ["꽃다발"], ["꽃바구니"], note="시상용 꽃다발"))
A(N("exact-09", "exact", V_RES, "백설기", ["백설기"], ["떡"], note="백설기; 다른 떡은 대체"))
A(N("exact-10", "exact", V_HANJI, "한지", ["한지"], note="한지 원지(종이)"))
A(N("exact-11", "exact", V_MEAL, "두부", ["두부"], note="급식용 두부"))

# -------------------------------------------------------------- synonym (11)
A(N("syn-01", "synonym", V_PUB, "호치키스", ["스테이플러"], ["스테이플러심"], word="호치키스",
    note="상표명→스테이플러; 심은 대체"))
A(N("syn-02", "synonym", V_NHIS, "포스트잇", ["점착메모지"], word="포스트잇", note="상표명→점착 메모지"))
A(N("syn-03", "synonym", V_HANJI, "뽁뽁이", ["에어캡"], word="뽁뽁이", note="속어→에어캡 완충재(작품 포장)"))
A(N("syn-04", "synonym", V_119, "츄리닝", ["트레이닝복"], word="츄리닝", note="일본식/속어→트레이닝복"))
A(N("syn-05", "synonym", V_SAN, "목장갑", ["면장갑"], ["코팅장갑"], word="목장갑",
    note="속칭→면장갑; 코팅장갑은 대체"))
A(N("syn-06", "synonym", V_CUL, "찌라시", ["전단지"], ["리플릿"], word="찌라시", note="일본어→전단지"))
A(N("syn-07", "synonym", V_MEAL, "오뎅", ["어묵"], word="오뎅", note="일본어→어묵"))
A(N("syn-08", "synonym", V_MBC, "스태프용 잠바", ["점퍼"], word="잠바", note="옛말/일본식→점퍼"))
A(N("syn-09", "synonym", V_MEM, "바께쓰", ["양동이"], word="바께쓰", note="일본어(bucket)→양동이"))
A(N("syn-10", "synonym", V_RES, "모찌", ["찹쌀떡"], word="모찌", note="일본어→찹쌀떡"))
A(N("syn-11", "synonym", V_119, "대일밴드", ["일회용밴드"], ["구급함"], word="대일밴드",
    note="상표명→일회용 밴드(반창고); 구급함 세트는 대체"))

# ----------------------------------------------------------------- typo (11)
A(N("typo-01", "typo", V_RES, "플랜카드", ["현수막"], word="플랜카드", note="플래카드 오기→현수막"))
A(N("typo-02", "typo", V_CUL, "관광 팜플렛", ["리플릿"], ["전단지"], word="팜플렛", note="팸플릿 오기"))
A(N("typo-03", "typo", V_MBC, "케익", ["케이크"], ["떡케이크"], word="케익", note="케이크 오기; 떡케이크는 대체"))
A(N("typo-04", "typo", V_119, "쥬스", ["주스"], word="쥬스", note="주스 오기"))
A(N("typo-05", "typo", V_PUB, "카다로그 인쇄", ["카탈로그인쇄"], ["책자인쇄"], word="카다로그",
    note="카탈로그 오기; 일반 책자 인쇄는 대체"))
A(N("typo-06", "typo", V_HANJI, "한지 악세사리", ["한지액세서리"], word="악세사리", note="액세서리 오기"))
A(N("typo-07", "typo", V_SAN, "썬크림", ["선크림"], word="썬크림", note="선크림 오기; 야외 근무"))
A(N("typo-08", "typo", V_MEM, "근조하환", ["근조화환"], ["근조바구니"], word="근조하환", note="ㅘ→ㅏ 타자 실수"))
A(N("typo-09", "typo", V_NHIS, "센드위치", ["샌드위치"], word="센드위치", note="샌드위치 오기; 회의 간식"))
A(N("typo-10", "typo", V_MEAL, "돈까스", ["돈가스"], word="돈까스", note="돈가스 오기"))
A(N("typo-11", "typo", V_RES, "바베큐", ["바비큐"], word="바베큐", note="바비큐 오기; 마을 행사"))

# ------------------------------------------------------------- hanyeong (11)
# text is produced from `intended` with kbd.to_qwerty and checked in validate.py
A(N("hy-01", "hanyeong", V_PUB, "wpqhs", ["제본"], intended="제본"))
A(N("hy-02", "hanyeong", V_MEAL, "rlacl", ["김치"], intended="김치"))
A(N("hy-03", "hanyeong", V_CUL, "rlsuavna", ["기념품"], intended="기념품"))
A(N("hy-04", "hanyeong", V_SAN, "dkswjsghk", ["안전화"], intended="안전화"))
A(N("hy-05", "hanyeong", V_119, "qkdwlsaktmzm", ["방진마스크"], ["마스크"], intended="방진마스크"))
A(N("hy-06", "hanyeong", V_NHIS, "dpzhqor", ["에코백"], intended="에코백"))
A(N("hy-07", "hanyeong", V_MEM, "rnrghk", ["국화"], intended="국화"))
A(N("hy-08", "hanyeong", V_MBC, "ehtlfkr", ["도시락"], intended="도시락"))
A(N("hy-09", "hanyeong", V_HANJI, "한지 qnco", ["한지부채"], ["부채"], intended="한지 부채", note="혼합"))
A(N("hy-10", "hanyeong", V_RES, "김장용 qocn", ["배추", "절임배추"], intended="김장용 배추", note="혼합"))
A(N("hy-11", "hanyeong", V_119, "수건 wpwkr", ["수건"], intended="수건 제작", note="혼합"))

# -------------------------------------------------------------- spacing (11)
A(N("sp-01", "spacing", V_NHIS, "에코 백", ["에코백"]))
A(N("sp-02", "spacing", V_PUB, "책자제본", ["제본"], ["책자인쇄"], note="제본 서비스; 인쇄+제본 책자는 대체"))
A(N("sp-03", "spacing", V_MEAL, "깐 마늘", ["깐마늘"], ["마늘"]))
A(N("sp-04", "spacing", V_SAN, "안전 조끼", ["안전조끼"]))
A(N("sp-05", "spacing", V_119, "방한 장갑", ["방한장갑"]))
A(N("sp-06", "spacing", V_CUL, "한옥마을투어", ["한옥마을투어"], ["관광투어"]))
A(N("sp-07", "spacing", V_HANJI, "한지스탠드", ["한지조명"], note="한지 스탠드 조명"))
A(N("sp-08", "spacing", V_MEM, "조경관리", ["조경관리"]))
A(N("sp-09", "spacing", V_MBC, "포토존제작", ["포토존"]))
A(N("sp-10", "spacing", V_RES, "밑반찬세트", ["반찬"]))
A(N("sp-11", "spacing", V_NHIS, "핸드 크림", ["핸드크림"]))

# ------------------------------------------------------------- choseong (11)
A(N("ch-01", "choseong", V_PUB, "ㅂㅅㅇㅈ", ["복사용지"], intended="복사용지"))
A(N("ch-02", "choseong", V_NHIS, "ㅁㅎ 제작", ["명함"], intended="명함 제작"))
A(N("ch-03", "choseong", V_MEAL, "ㄲㄷㄱ", ["깍두기"], ["김치"], intended="깍두기"))
A(N("ch-04", "choseong", V_CUL, "ㅎㅅㅁ", ["현수막"], intended="현수막"))
A(N("ch-05", "choseong", V_SAN, "ㅇㅈㅎ", ["안전화"], intended="안전화"))
A(N("ch-06", "choseong", V_119, "ㄷㅅㄹ", ["도시락"], intended="도시락"))
A(N("ch-07", "choseong", V_MEM, "ㄱㅎ 화분", ["국화화분"], ["국화"], intended="국화 화분"))
A(N("ch-08", "choseong", V_MBC, "ㄲㄷㅂ", ["꽃다발"], ["꽃바구니"], intended="꽃다발"))
A(N("ch-09", "choseong", V_RES, "ㅅㅍ", ["송편"], ["떡"], intended="송편"))
A(N("ch-10", "choseong", V_HANJI, "한지 ㅊㅎ ㅋㅌ", ["한지체험키트"], ["한지공예체험"], intended="한지 체험 키트"))
A(N("ch-11", "choseong", V_NHIS, "ㅌㅂㄹ", ["텀블러"], intended="텀블러"))

# ------------------------------------------------------------- quantity (11)
A(N("qt-01", "quantity", V_PUB, "A4 복사용지 80g 박스(2500매) 20개", ["복사용지"],
    cond={"spec_re": r"(?=.*A4)(?=.*80\s*g)"}, qty=20, note="A4 80g만 2"))
A(N("qt-02", "quantity", V_NHIS, "텀블러 300개 개당 8,000원 이하", ["텀블러"], cond={"max_price": 8000}, qty=300))
A(N("qt-03", "quantity", V_MEAL, "배추김치 10kg", ["배추김치"], ["김치"], cond={"spec_re": r"10\s*kg"}))
A(N("qt-04", "quantity", V_CUL, "현수막 5m×0.9m 10장", ["현수막"],
    cond={"spec_re": r"5\s*m?\s*[x×X*]\s*0\.9|맞춤|자유"}, qty=10, note="크기 맞춤 가능하면 2"))
A(N("qt-05", "quantity", V_SAN, "안전화 270mm 30켤레", ["안전화"], cond={"size": 270}, qty=30))
A(N("qt-06", "quantity", V_119, "도시락 50개 1인 8천원 이내", ["도시락"], cond={"max_price": 8000}, qty=50))
A(N("qt-07", "quantity", V_MEM, "국화 화분 30개 개당 1만원 이하", ["국화화분"], ["국화"],
    cond={"max_price": 10000}, qty=30))
A(N("qt-08", "quantity", V_MBC, "단체 티셔츠 200장 예산 200만원", ["티셔츠"], cond={"max_price": 10000},
    qty=200, budget=2000000, note="장당 1만원 이하"))
A(N("qt-09", "quantity", V_RES, "답례떡 300개 개당 1,500원 이하", ["떡"], cond={"max_price": 1500}, qty=300))
A(N("qt-10", "quantity", V_HANJI, "한지 100장 장당 2,000원 이하", ["한지"], cond={"max_price": 2000}, qty=100))
A(N("qt-11", "quantity", V_119, "방진마스크 1급 500매", ["방진마스크"], ["마스크"],
    cond={"spec_re": "1급|특급"}, qty=500))

# -------------------------------------------------------- long_sentence (11)
A(N("ls-01", "long_sentence", V_CUL,
    "10월 전주비빔밥축제 기간 한옥마을 홍보 부스에서 관람객에게 나눠 줄 전주 한지로 만든 부채를 구매하려고 하니 견적 부탁드립니다.",
    ["한지부채"], ["부채"]))
A(N("ls-02", "long_sentence", V_HANJI,
    "다음 달 한지문화축제 체험 부스에서 초등학생을 대상으로 2시간 정도 한지 공예 체험을 진행해 주실 강사나 단체를 찾고 있습니다.",
    ["한지공예체험"], ["한지체험키트"]))
A(N("ls-03", "long_sentence", V_PUB,
    "독서의 달 작가 북토크에 참석하시는 분들께 드릴 작은 답례품으로 책과 어울리는 책갈피를 200개쯤 준비하려고 합니다.",
    ["책갈피"], qty=200))
A(N("ls-04", "long_sentence", V_MEAL,
    "도내 학교 급식에 쓸 국산 콩 된장을 2학기 동안 정기적으로 납품받고자 하며, 가능하면 HACCP 인증 업체였으면 합니다.",
    ["된장"], note="HACCP은 희망사항이라 조건으로 보지 않음"))
A(N("ls-05", "long_sentence", V_MEM,
    "추석 성묘객 증가에 대비하여 9월 둘째 주부터 2주간 봉안당과 주차장 주변을 청소해 줄 업체를 구합니다.",
    ["청소용역"]))
A(N("ls-06", "long_sentence", V_SAN,
    "올겨울 새벽 작업하는 조합원 120명에게 지급할 따뜻한 방한 조끼(작업복 안에 입는 내피)를 알아보고 있으니 추천 부탁드립니다.",
    ["방한조끼"], ["방한복"], qty=120))
A(N("ls-07", "long_sentence", V_119,
    "화재 진압 후 오염된 방화복과 기동복을 정기적으로 수거해서 세탁해 줄 수 있는 업체가 있는지 문의드립니다.",
    ["특수세탁"], ["세탁서비스"]))
A(N("ls-08", "long_sentence", V_NHIS,
    "지사 개소 10주년을 맞아 11월 중 민원실을 찾는 어르신들께 드릴 천연 수제 비누를 선물용으로 구입하고자 합니다.",
    ["천연비누"]))
A(N("ls-09", "long_sentence", V_MBC,
    "10월 셋째 주 일요일 덕진공원에서 열리는 시민 걷기대회 참가자 간식으로 떡을 하나씩 개별 포장해서 1,500개 납품해 주실 곳 찾습니다.",
    ["떡"], cond={"spec_re": r"개별\s*포장|낱개\s*포장|개별포장"}, qty=1500))
A(N("ls-10", "long_sentence", V_RES,
    "완산구 주민자치협의회 연말 김장 나눔 행사(12월 첫 토요일)에 쓸 절임배추 200박스를 산지에서 바로 받을 수 있을까요?",
    ["절임배추"], qty=200))
A(N("ls-11", "long_sentence", V_CUL,
    "전주국제영화제 기간 동안 관광안내소에서 외국인 관광객을 응대할 영어·중국어 통역 인력을 하루 단위로 지원받고 싶습니다.",
    ["통역"], ["번역"]))

# ------------------------------------------------------------- category (11)
FOOD_INGR = ["쌀", "잡곡", "두부", "콩나물", "어묵", "김치", "배추김치", "깍두기", "깐마늘", "마늘", "된장",
             "고추장", "간장", "고춧가루", "돈가스", "단무지", "달걀", "채소", "참기름", "들기름", "배추", "절임배추", "젓갈"]
A(N("cat-01", "category", V_CUL, "전통 공연 섭외", ["국악공연", "풍물공연", "전통무용공연", "판소리공연"],
    note="전통 공연팀 일체"))
A(N("cat-02", "category", V_MEAL, "학교 급식 식재료", FOOD_INGR, note="급식에 들어가는 식재료 전반"))
A(N("cat-03", "category", V_PUB, "사무용품",
    ["복사용지", "볼펜", "스테이플러", "스테이플러심", "점착메모지", "투명테이프", "파일", "노트", "사무용품"]))
A(N("cat-04", "category", V_MEM, "추모 헌화용 꽃", ["국화", "국화화분", "헌화꽃", "근조화환", "근조바구니"]))
A(N("cat-05", "category", V_SAN, "현장 작업 안전용품",
    ["안전화", "안전조끼", "면장갑", "코팅장갑", "방진마스크", "팔토시", "안전모", "방한장갑"]))
A(N("cat-06", "category", V_119, "출동 대원 간식", ["떡", "백설기", "송편", "찹쌀떡", "빵", "쿠키", "주스",
                                                 "견과", "에너지바", "샌드위치"]))
A(N("cat-07", "category", V_NHIS, "건물 청소 및 방역 용역", ["청소용역", "방역소독"]))
A(N("cat-08", "category", V_MBC, "행사 홍보물 제작", ["현수막", "배너", "전단지", "포스터", "리플릿", "포토존"]))
A(N("cat-09", "category", V_RES, "경로잔치 음식 준비", ["떡", "백설기", "송편", "찹쌀떡", "도시락", "케이터링", "반찬"]))
A(N("cat-10", "category", V_HANJI, "한지 공예품", ["한지부채", "한지조명", "한지액세서리", "한지함", "한지공예품"]))
A(N("cat-11", "category", V_NHIS, "탕비실 커피 차 음료", ["커피", "원두", "드립백", "차", "주스"]))

# ------------------------------------------------------------- location (11)
A(N("loc-01", "location", V_RES, "효자동 떡집", dong="효자동", shop="떡집"))
A(N("loc-02", "location", V_MEM, "서신동 꽃집", dong="서신동", shop="꽃집"))
A(N("loc-03", "location", V_PUB, "중화산동 인쇄소", dong="중화산동", shop="인쇄소"))
A(N("loc-04", "location", V_119, "인후동 세탁소", dong="인후동", shop="세탁소"))
A(N("loc-05", "location", V_HANJI, "풍남동 공방", dong="풍남동", shop="공방"))
A(N("loc-06", "location", V_RES, "송천동 반찬가게", dong="송천동", shop="반찬가게"))
A(N("loc-07", "location", V_MBC, "평화동 빵집", dong="평화동", shop="빵집"))
A(N("loc-08", "location", V_SAN, "삼천동 도시락집", dong="삼천동", shop="도시락집"))
A(N("loc-09", "location", V_NHIS, "금암동 카페", dong="금암동", shop="카페"))
A(N("loc-10", "location", V_CUL, "팔복동 목공소", dong="팔복동", shop="목공소"))
A(N("loc-11", "location", V_MEAL, "우아동 방앗간", dong="우아동", shop="방앗간"))

# ----------------------------------------------------------- multi_item (10)
def I(as_, want, sub=()):
    return dict(**{"as": as_, "want": list(want), "sub": list(sub)})

A(N("mi-01", "multi_item", V_PUB, "복사용지 및 볼펜",
    items=[I("복사용지", ["복사용지"]), I("볼펜", ["볼펜"])]))
A(N("mi-02", "multi_item", V_NHIS, "에코백이랑 텀블러",
    items=[I("에코백", ["에코백"]), I("텀블러", ["텀블러"])]))
A(N("mi-03", "multi_item", V_MEAL, "두부, 콩나물, 어묵",
    items=[I("두부", ["두부"]), I("콩나물", ["콩나물"]), I("어묵", ["어묵"])]))
A(N("mi-04", "multi_item", V_CUL, "현수막하고 X배너",
    items=[I("현수막", ["현수막"]), I("X배너", ["배너"])]))
A(N("mi-05", "multi_item", V_MEM, "국화 향 양초",
    items=[I("국화", ["국화", "헌화꽃"], ["국화화분"]), I("향", ["향"]), I("양초", ["양초"], ["향초"])],
    note="향초는 향(선향)이 아님; 양초의 대체로만 1"))
A(N("mi-06", "multi_item", V_SAN, "안전화랑 방한장갑",
    items=[I("안전화", ["안전화"]), I("방한장갑", ["방한장갑"])]))
A(N("mi-07", "multi_item", V_119, "수건 및 세면도구 세트",
    items=[I("수건", ["수건"]), I("세면도구 세트", ["세면도구세트"])]))
A(N("mi-08", "multi_item", V_MBC, "축하 꽃다발 3개와 떡케이크",
    items=[I("꽃다발", ["꽃다발"], ["꽃바구니"]), I("떡케이크", ["떡케이크"], ["케이크"])]))
A(N("mi-09", "multi_item", V_RES, "절임배추 고춧가루 새우젓",
    items=[I("절임배추", ["절임배추"]), I("고춧가루", ["고춧가루"]), I("새우젓", ["새우젓"], ["젓갈"])]))
A(N("mi-10", "multi_item", V_HANJI, "닥종이 인형 키트하고 색한지",
    items=[I("닥종이 인형 키트", ["닥종이인형키트"], ["한지체험키트"]), I("색한지", ["색한지"], ["한지"])]))

assert len(NEEDS) == 120, len(NEEDS)
