# -*- coding: utf-8 -*-
"""1단계: 카탈로그 없이 먼저 쓴 수요 120건 (매칭 가능).
각 수요: 유형, 기관, 수요내용, want(원하는 품목 태그), ok(허용 대체품 태그), 조건(cap=단가 상한, spec=규격 정규식),
수량/예산, 유형별 부가정보(term=사전에 없어야 할 말, intended=의도한 한글, dong/shop, items, groups).
NO_MATCH 는 카탈로그 작성 이후 이 파일 끝에 추가함 (3단계)."""

INST = {
 "도로": "전주시 도로관리사업소", "새만금": "새만금개발청", "세관": "전주세관",
 "환경": "한국환경공단 전북환경본부", "LH": "LH 전북지역본부 주거복지지사",
 "소각": "전주시 광역소각자원센터", "매립": "전주 광역매립장 주민지원협의체",
 "호국원": "국립임실호국원", "태권": "전주시 태권도 시범단", "양궁": "전주시청 양궁·사격 실업팀",
}

NEEDS = []
def N(kind, inst, text, want=(), ok=(), qty=None, budget=None, cap=None, spec=None, **kw):
    d = dict(kind=kind, inst=inst, text=text, want=list(want), ok=list(ok), qty=qty, budget=budget,
             cap=cap, spec=spec)
    d.update(kw)
    NEEDS.append(d)

# ---------------- exact (11) ----------------
N("exact", "환경", "명함", ["business_card"])
N("exact", "호국원", "근조화환", ["wreath_funeral"], ["chrysanthemum"])
N("exact", "새만금", "축하화환", ["wreath_congrats"], ["flower_basket", "potted_plant"])
N("exact", "도로", "안전모", ["safety_helmet"])
N("exact", "세관", "도시락", ["lunchbox"], ["catering"])
N("exact", "환경", "드립백 커피", ["drip_bag"], ["coffee_beans"])
N("exact", "태권", "태극기", ["taegeukgi"])
N("exact", "양궁", "감사패", ["plaque"], ["trophy"])
N("exact", "매립", "방역소독", ["pest_control"])
N("exact", "소각", "면장갑", ["cotton_gloves"], ["coated_gloves"])
N("exact", "LH", "입주청소", ["move_in_cleaning"], ["cleaning_service"])

# ---------------- synonym (11): term 은 카탈로그에 나오면 안 됨 ----------------
N("synonym", "세관", "포스트잇", ["post_it"], term="포스트잇", note="상표명→점착메모지")
N("synonym", "소각", "목장갑", ["cotton_gloves"], ["coated_gloves"], term="목장갑", note="속어→면장갑")
N("synonym", "도로", "라바콘", ["traffic_cone"], term="라바콘", note="상표/외래어→교통콘(PE 콘)")
N("synonym", "새만금", "찌라시 인쇄", ["leaflet"], ["poster"], term="찌라시", note="일본어투→전단지")
N("synonym", "LH", "뽁뽁이", ["air_cap"], term="뽁뽁이", note="속어→단열 에어캡")
N("synonym", "매립", "구루마", ["hand_cart"], term="구루마", note="일본어투→손수레")
N("synonym", "태권", "츄리닝", ["training_suit"], term="츄리닝", note="속어→트레이닝복")
N("synonym", "양궁", "대일밴드", ["bandage"], ["first_aid_kit"], term="대일밴드", note="상표명→일회용 반창고")
N("synonym", "호국원", "모찌", ["chapssal_tteok"], ["rice_cake"], term="모찌", note="일본어투→찹쌀떡")
N("synonym", "환경", "가새", ["scissors"], term="가새", note="전라 방언→가위")
N("synonym", "세관", "출장뷔페", ["catering"], ["lunchbox"], term="출장뷔페", note="→케이터링/행사음식")

# ---------------- typo (11): term(오타)은 카탈로그에 나오면 안 됨 ----------------
N("typo", "새만금", "플랜카드", ["banner"], term="플랜카드", note="플래카드(현수막)")
N("typo", "LH", "베게", ["pillow"], term="베게", note="베개")
N("typo", "매립", "설겆이 세제", ["dish_detergent"], term="설겆이", note="설거지")
N("typo", "세관", "케익", ["cake"], ["bread"], term="케익", note="케이크")
N("typo", "태권", "떡뽁이", ["tteokbokki"], term="떡뽁이", note="떡볶이")
N("typo", "소각", "대걸래", ["mop"], term="대걸래", note="대걸레")
N("typo", "환경", "쓰래기봉투", ["trash_bag"], ["sack"], term="쓰래기", note="쓰레기")
N("typo", "호국원", "육계장", ["yukgaejang"], term="육계장", note="육개장")
N("typo", "도로", "명암 제작", ["business_card"], term="명암", note="명함")
N("typo", "양궁", "손소독재", ["hand_sanitizer"], term="손소독재", note="손소독제")
N("typo", "새만금", "감사페", ["plaque"], ["trophy"], term="감사페", note="감사패")

# ---------------- hanyeong (8 전부 영문키 + 3 혼합) ----------------
N("hanyeong", "LH", "tnrjs", ["towel"], ["handkerchief"], intended="수건")
N("hanyeong", "세관", "audgka", ["business_card"], intended="명함")
N("hanyeong", "새만금", "gustnakr", ["banner"], intended="현수막")
N("hanyeong", "매립", "ejr", ["rice_cake", "rice_cake_gift", "chapssal_tteok"], intended="떡")
N("hanyeong", "태권", "ehqhr", ["taekwondo_uniform"], intended="도복")
N("hanyeong", "환경", "dntks", ["umbrella"], intended="우산")
N("hanyeong", "도로", "xjaqmffj", ["tumbler"], intended="텀블러")
N("hanyeong", "호국원", "rnrghk", ["chrysanthemum"], ["wreath_funeral"], intended="국화")
N("hanyeong", "소각", "gkswl 공예 체험", ["hanji_experience"], intended="한지 공예 체험")
N("hanyeong", "도로", "안전 whRl", ["safety_vest"], intended="안전 조끼")
N("hanyeong", "양궁", "아이스 vor", ["ice_pack"], intended="아이스 팩")

# ---------------- spacing (11): catalog_form = 카탈로그에서 쓸 형태 ----------------
N("spacing", "도로", "안전 조끼", ["safety_vest"], catalog_form="안전조끼")
N("spacing", "세관", "종이 컵", ["paper_cup"], catalog_form="종이컵")
N("spacing", "LH", "물 티슈", ["wet_wipes"], catalog_form="물티슈")
N("spacing", "태권", "태권도띠", ["tkd_belt"], catalog_form="태권도 띠")
N("spacing", "호국원", "손 수건", ["handkerchief"], ["towel"], catalog_form="손수건")
N("spacing", "매립", "답례 떡", ["rice_cake_gift"], ["rice_cake", "chapssal_tteok"], catalog_form="답례떡")
N("spacing", "소각", "밀폐 용기", ["food_container"], catalog_form="밀폐용기")
N("spacing", "환경", "에코 백", ["eco_bag"], catalog_form="에코백")
N("spacing", "호국원", "헌화용국화", ["chrysanthemum"], catalog_form="헌화용 국화")
N("spacing", "새만금", "원두 커피", ["coffee_beans"], ["drip_bag"], catalog_form="원두커피")
N("spacing", "양궁", "양궁과녁지", ["archery_target"], catalog_form="양궁 과녁지")

# ---------------- choseong (11) ----------------
N("choseong", "세관", "ㅂㅅㅇㅈ", ["copy_paper"], intended="복사용지")
N("choseong", "환경", "ㅁㅎ 제작", ["business_card"], intended="명함 제작")
N("choseong", "새만금", "ㅎㅅㅁ", ["banner"], intended="현수막")
N("choseong", "도로", "ㅇㅈㅈㄲ", ["safety_vest"], intended="안전조끼")
N("choseong", "태권", "태권도 ㄷㅂ", ["taekwondo_uniform"], intended="태권도 도복")
N("choseong", "호국원", "ㄱㅈㅎㅎ", ["wreath_funeral"], ["chrysanthemum"], intended="근조화환")
N("choseong", "매립", "ㄷㄹㄸ", ["rice_cake_gift"], ["rice_cake", "chapssal_tteok"], intended="답례떡")
N("choseong", "양궁", "ㅅㅅㄷㅈ", ["hand_sanitizer"], intended="손소독제")
N("choseong", "LH", "ㅌㅂㄹ", ["tumbler"], intended="텀블러")
N("choseong", "호국원", "헌화용 ㄱㅎ", ["chrysanthemum"], intended="헌화용 국화")
N("choseong", "소각", "ㅆㄹㄱㅂㅌ", ["trash_bag"], ["sack"], intended="쓰레기봉투")

# ---------------- quantity (11) ----------------
N("quantity", "세관", "A4 복사용지 75g 30박스", ["copy_paper"], qty=30, spec=r"A4.*75\s*g|75\s*g.*A4")
N("quantity", "도로", "형광 안전조끼 XL 50벌 벌당 15,000원 이하", ["safety_vest"], qty=50, cap=15000, spec=r"XL|프리|free|FREE")
N("quantity", "소각", "코팅장갑 200켤레 예산 100만원", ["coated_gloves"], ["cotton_gloves"], qty=200, budget=1000000)
N("quantity", "호국원", "헌화용 국화 500송이 송이당 2천원 이내", ["chrysanthemum"], qty=500, cap=2000)
N("quantity", "태권", "태권도 도복 170호 20벌", ["taekwondo_uniform"], qty=20, spec=r"170")
N("quantity", "양궁", "80cm 양궁 과녁지 100장", ["archery_target"], qty=100, spec=r"80\s*cm")
N("quantity", "LH", "창문 단열 에어캡 폭 1m 20롤", ["air_cap"], qty=20, spec=r"1\s*m|100\s*cm|1,000\s*mm|1000\s*mm")
N("quantity", "환경", "350ml 텀블러 100개 예산 150만원", ["tumbler"], qty=100, budget=1500000, spec=r"350\s*ml|350\s*mL")
N("quantity", "새만금", "현수막 5m×0.9m 10장", ["banner"], qty=10, spec=r"5\s*m|500\s*cm|5,000\s*mm|자유|맞춤")
N("quantity", "매립", "PP 마대 100장 장당 400원 이하", ["sack"], qty=100, cap=400)
N("quantity", "세관", "행사 도시락 60개 개당 1만원", ["lunchbox"], ["catering"], qty=60, cap=10000)

# ---------------- long_sentence (11) ----------------
N("long_sentence", "도로", "오는 3월 12일부터 도로관리사업소 포트홀 긴급보수 현장 작업자들이 야간에 착용할 반사 안전조끼가 필요하오니 사회적경제기업 제품으로 구매 가능한지 안내 부탁드립니다.", ["safety_vest"])
N("long_sentence", "새만금", "새만금개발청 개청 기념행사(5월 중, 군산 본청 대회의실) 참석자 답례품으로 지역 사회적기업에서 만든 수제 쿠키 세트를 구입하고자 합니다.", ["cookie"], ["bread", "snack_box", "hangwa"])
N("long_sentence", "세관", "전주세관 민원실에 비치할 손소독제를 분기마다 구매하려고 하는데, 펌프형 500ml 제품을 납품해 주실 수 있는 업체를 찾고 있습니다.", ["hand_sanitizer"], spec=r"500\s*ml|500\s*mL")
N("long_sentence", "환경", "6월 5일 환경의 날 기념 캠페인(전주 한옥마을 일원)에서 시민들께 나누어 드릴 에코백을 제작하려고 하니 기관 로고 인쇄가 가능한 곳을 추천해 주시기 바랍니다.", ["eco_bag"])
N("long_sentence", "LH", "주거복지지사에서 올겨울 취약계층 임대주택 입주민 가정에 전달할 극세사 이불을 지원하려고 하오니, 퀸 사이즈 이상으로 납품 가능한 곳을 알려주십시오.", ["blanket"], spec=r"퀸|킹|Q|K")
N("long_sentence", "소각", "12월 둘째 주 광역소각자원센터 견학을 오는 초등학생들에게 나누어 줄 간식 꾸러미 40개를 마련하고자 하니 사회적기업 제품으로 추천 바랍니다.", ["snack_box"], ["cookie", "bread", "hangwa"], qty=40)
N("long_sentence", "매립", "주민지원협의체 정기총회(2월 말 예정)에 참석하시는 마을 어르신들께 드릴 기념 수건을 구매하고자 하니, 이름 인쇄 가능 여부와 함께 견적을 부탁드립니다.", ["towel"], ["handkerchief"])
N("long_sentence", "호국원", "현충일 추념식(6월 6일, 국립임실호국원 현충탑 앞)에 사용할 근조화환 3개를 주문하려고 하니 당일 오전까지 배송 가능한 업체를 알려 주시기 바랍니다.", ["wreath_funeral"], ["chrysanthemum"], qty=3)
N("long_sentence", "태권", "전주시 태권도 시범단이 10월 해외 시범공연을 앞두고 단원 25명이 입을 단체 트레이닝복을 맞추려고 하는데, 등판에 시 로고 자수가 가능한 곳이면 좋겠습니다.", ["training_suit"], qty=25)
N("long_sentence", "양궁", "양궁·사격 실업팀이 1월 동계 전지훈련 기간 동안 선수 근육 회복용으로 사용할 냉찜질 아이스팩을 넉넉히 구매하려고 합니다.", ["ice_pack"])
N("long_sentence", "환경", "한국환경공단 전북환경본부 직원 대상 2분기 청렴교육 때 배부할 교육 자료집 50부 제본 인쇄를 의뢰하고자 합니다.", ["booklet"], qty=50)

# ---------------- category (11): groups = 그 범주가 뜻하는 품목 묶음 ----------------
GROUPS = {
 "행사 다과": ["rice_cake", "rice_cake_gift", "chapssal_tteok", "cookie", "bread", "cake", "snack_box", "juice", "sikhye", "drip_bag", "tea", "hangwa"],
 "사무용품": ["copy_paper", "ballpen", "stapler", "post_it", "file_folder", "scissors", "correction_tape", "glue_stick", "notebook"],
 "안전용품": ["safety_vest", "safety_helmet", "safety_boots", "cotton_gloves", "coated_gloves", "dust_mask", "rain_suit", "traffic_cone"],
 "청소용품": ["mop", "broom", "trash_bag", "sack", "detergent", "dish_detergent", "rubber_gloves", "scrubber", "dishcloth", "litter_picker"],
 "위생용품": ["hand_sanitizer", "dust_mask", "wet_wipes", "toilet_paper", "facial_tissue", "soap"],
 "명절 선물세트": ["sesame_oil", "honey", "hangwa", "jam_set", "tea", "rice"],
 "홍보 인쇄물": ["leaflet", "booklet", "poster", "sticker"],
 "선수 컨디셔닝 용품": ["ice_pack", "sports_tape", "foam_roller"],
 "참배 용품": ["chrysanthemum", "incense", "candle", "artificial_flower"],
 "기념품": ["towel", "tumbler", "eco_bag", "umbrella", "keyring", "handkerchief"],
 "주방용품": ["dish_detergent", "rubber_gloves", "scrubber", "dishcloth", "food_container", "tray"],
}
GROUP_OK = {  # 범주 경계의 허용 대체 (관련도 1)
 "행사 다과": ["coffee_beans", "lunchbox", "catering"],
 "사무용품": ["business_card", "envelope"],
 "안전용품": ["first_aid_kit", "rubber_gloves"],
 "청소용품": ["cleaning_service", "toilet_paper", "wet_wipes"],
 "위생용품": ["detergent", "bandage", "first_aid_kit"],
 "명절 선물세트": ["hangwa", "coffee_beans", "drip_bag"],
 "홍보 인쇄물": ["banner", "xbanner", "business_card", "envelope"],
 "선수 컨디셔닝 용품": ["bandage", "first_aid_kit", "towel"],
 "참배 용품": ["wreath_funeral"],
 "기념품": ["keyring", "hanji_craft"],
 "주방용품": ["paper_cup"],
}
def C(inst, text, group):
    N("category", inst, text, GROUPS[group], [t for t in GROUP_OK[group] if t not in GROUPS[group]], group=group)
C("새만금", "행사 다과", "행사 다과")
C("세관", "사무용품", "사무용품")
C("도로", "안전용품", "안전용품")
C("소각", "청소용품", "청소용품")
C("LH", "위생용품", "위생용품")
C("환경", "명절 선물세트", "명절 선물세트")
C("호국원", "홍보 인쇄물", "홍보 인쇄물")
C("양궁", "선수 컨디셔닝 용품", "선수 컨디셔닝 용품")
C("호국원", "참배 용품", "참배 용품")
C("태권", "기념품", "기념품")
C("매립", "주방용품", "주방용품")

# ---------------- location (11): dong(법정동 기본이름) + shop(가게 종류) ----------------
N("location", "매립", "서신동 떡집", dong="서신동", shop="떡집")
N("location", "환경", "효자동 인쇄소", dong="효자동", shop="인쇄소")
N("location", "호국원", "송천동 꽃집", dong="송천동", shop="꽃집")
N("location", "세관", "인후동 빵집", dong="인후동", shop="제과점")
N("location", "새만금", "중화산동 카페", dong="중화산동", shop="카페")
N("location", "LH", "평화동 반찬가게", dong="평화동", shop="반찬가게")
N("location", "매립", "덕진동 방앗간", dong="덕진동", shop="방앗간")
N("location", "태권", "삼천동 세탁소", dong="삼천동", shop="세탁소")
N("location", "도로", "팔복동 인쇄소", dong="팔복동", shop="인쇄소")
N("location", "세관", "중동 도시락", dong="중동", shop="도시락집")
N("location", "소각", "풍남동 한지공방", dong="풍남동", shop="한지공방")

# ---------------- multi_item (10): items = (품목 표기, want, ok) ----------------
def M(inst, text, items):
    N("multi_item", inst, text, [t for it in items for t in it[1]], [t for it in items for t in it[2]], items=items)
M("세관", "복사용지 및 볼펜", [("복사용지", ["copy_paper"], []), ("볼펜", ["ballpen"], [])])
M("매립", "떡이랑 식혜", [("떡", ["rice_cake", "rice_cake_gift", "chapssal_tteok"], []), ("식혜", ["sikhye"], ["juice"])])
M("도로", "안전모하고 안전화", [("안전모", ["safety_helmet"], []), ("안전화", ["safety_boots"], [])])
M("새만금", "현수막, 배너", [("현수막", ["banner"], ["xbanner"]), ("배너", ["xbanner"], ["banner"])])
M("환경", "수건 텀블러", [("수건", ["towel"], ["handkerchief"]), ("텀블러", ["tumbler"], [])])
M("호국원", "국화 및 향", [("국화", ["chrysanthemum"], ["wreath_funeral"]), ("향", ["incense"], [])])
M("태권", "도복이랑 띠", [("도복", ["taekwondo_uniform"], []), ("띠", ["tkd_belt"], [])])
M("양궁", "아이스팩, 테이핑", [("아이스팩", ["ice_pack"], []), ("테이핑", ["sports_tape"], [])])
M("LH", "이불하고 베개", [("이불", ["blanket"], []), ("베개", ["pillow"], [])])
M("소각", "마대 및 집게", [("마대", ["sack"], ["trash_bag"]), ("집게", ["litter_picker"], [])])

# =====================================================================
# 3단계: 카탈로그 작성 이후에 쓴 매칭 없는 수요 30건 (hard 20 + easy 10)
# (기관, 수요내용, 난이도, 겹치는 말, 해당 없음 이유)
NO_MATCH = [
 ("세관", "복사기 임대", "hard", "복사", "복사용지만 있고 복사기(장비) 임대 상품은 없음"),
 ("새만금", "현수막 출력기 구매", "hard", "현수막; 출력", "현수막 출력 서비스는 있으나 출력 장비(기계) 판매는 없음"),
 ("도로", "교통콘 자동 수거 차량 구입", "hard", "교통콘", "교통콘은 있으나 차량(장비) 판매는 없음"),
 ("매립", "가래떡 뽑는 기계", "hard", "가래떡", "가래떡(식품)은 있으나 떡 제조 기계는 없음"),
 ("LH", "세탁기 수리", "hard", "세탁", "세탁 대행 서비스만 있고 가전 수리는 없음"),
 ("새만금", "커피머신 렌탈", "hard", "커피", "원두·드립백·커피 케이터링은 있으나 커피머신 임대는 없음"),
 ("호국원", "태극기 게양대 설치 공사", "hard", "태극기", "태극기(깃발)는 있으나 게양대 설치 공사는 없음"),
 ("도로", "자전거 보관대 설치 공사", "hard", "자전거", "재생 자전거·정비는 있으나 보관대 시공은 없음"),
 ("호국원", "국화 재배용 비닐하우스 시공", "hard", "국화", "국화(꽃·화분)는 있으나 온실 시공은 없음"),
 ("양궁", "리커브 양궁 활 구매", "hard", "양궁", "양궁 과녁지·매트는 있으나 활(경기 장비)은 없음"),
 ("양궁", "10m 공기소총 구입", "hard", "공기소총; 10m", "공기소총 표적지는 있으나 총기는 없음 (허가 품목)"),
 ("태권", "태권도 훈련장 바닥 매트 시공", "hard", "태권도; 매트", "도복·띠·보호대는 있으나 바닥 매트 시공은 없음 (과녁 매트는 다른 물건)"),
 ("매립", "연막 소독기 구입", "hard", "연막; 소독", "연막·분무 소독 서비스는 있으나 소독 장비 판매는 없음"),
 ("LH", "정화조 청소", "hard", "청소", "입주·사무실·유리창 청소는 있으나 정화조 청소(허가 업종)는 없음"),
 ("환경", "명함 스캐너", "hard", "명함", "명함 인쇄·명함케이스·명함꽂이는 있으나 스캐너(기기)는 없음"),
 ("세관", "도시락 배달용 오토바이 구입", "hard", "도시락; 배달", "도시락은 있으나 오토바이(차량)는 없음"),
 ("새만금", "행사 사진 촬영용 카메라 구입", "hard", "행사 사진 촬영", "촬영 서비스는 있으나 카메라(장비) 판매는 없음"),
 ("소각", "압착식 쓰레기 수거 차량 구입", "hard", "쓰레기", "쓰레기봉투·집게는 있으나 수거 차량은 없음"),
 ("환경", "텀블러 세척기", "hard", "텀블러", "텀블러는 있으나 세척 기계는 없음"),
 ("소각", "한옥 창호 한지 바르기 시공", "hard", "한지", "한지 공예품·체험은 있으나 창호 시공은 없음"),
 ("세관", "서버 유지보수 계약", "easy", "", "전산 장비 용역은 카탈로그에 없음"),
 ("새만금", "항공권 발권 대행", "easy", "", "여행 업무 대행 없음"),
 ("환경", "법률 자문 용역", "easy", "", "전문 자문 서비스 없음"),
 ("LH", "승강기 유지관리 계약", "easy", "", "승강기 관리 없음"),
 ("도로", "CCTV 설치", "easy", "", "보안 장비 설치 없음"),
 ("호국원", "회계 감사 용역", "easy", "", "회계 서비스 없음"),
 ("태권", "전기차 충전기 설치", "easy", "", "전기 설비 없음"),
 ("매립", "지적 측량 용역", "easy", "", "측량 서비스 없음"),
 ("양궁", "선수 건강검진 위탁", "easy", "", "의료 서비스 없음"),
 ("소각", "독일어 기술 매뉴얼 번역", "easy", "", "번역 서비스 없음"),
]
