"""1단계: 수요(검색어) 먼저 작성 - 카탈로그 없이 작성함.
각 수요: kind, inst(기관), text(검색창 입력), want(원하는 품목 태그), ok(허용 대체품 태그),
cap(단가 상한 원), spec(규격 정규식; 제품명+규격+설명에 일치해야 조건 충족), qty(수량), budget(예산).
synonym/typo: word = 카탈로그에 나오면 안 되는 말.  hanyeong: intended = 의도한 한글.
choseong: intended = 초성이 가리키는 한글.  spacing: form = 수요에 쓴 띄어쓰기(카탈로그엔 다른 띄어쓰기로 쓸 것).
location: dong(법정동), shop(가게 종류).  multi_item: items = [(품목 표기, want, ok, cap, spec)].
category: group = GROUPS 키.
"""
INSTS = {
 "도축": "전주 도축장 위생검사소", "딸기": "전주 딸기 재배 작목반", "블루": "전주 블루베리 농장 체험단",
 "견인": "전주 차량 견인보관소", "면허": "전북 운전면허시험장", "주차": "전주 공영주차장 관리소",
 "우주": "전주 우주과학 체험관", "메이커": "전주 메이커 스페이스", "팹랩": "전주 3D 프린팅 팹랩",
 "금융": "전주 금융복지상담센터",
}

# 범주형 수요가 뜻하는 품목 묶음 (카탈로그 작성 전에 정함)
GROUPS = {
 "위생용품": ["mask", "nitrile_glove", "hyg_cap", "sanitizer", "hyg_gown"],
 "농작업용품": ["work_pants", "arm_sleeve", "straw_hat", "farm_stool", "cotton_glove"],
 "체험간식": ["snack_box", "cookie", "bread", "juice", "blueberry_juice", "water", "rice_cake"],
 "안전용품": ["safety_vest", "cone", "baton", "flashlight", "helmet", "reflective_tape"],
 "사무용품": ["pen", "stapler", "staple", "sticky_note", "marker", "file", "tape", "paper_a4"],
 "방한용품": ["hotpack", "winter_glove", "neck_warmer"],
 "과학교구": ["science_kit", "water_rocket", "telescope_kit", "star_chart"],
 "목공재료": ["wood_board", "sandpaper", "wood_glue"],
 "포장자재": ["aircap", "box", "packing_tape"],
 "기념품": ["ecobag", "tumbler", "towel", "umbrella", "keyring", "badge"],
 "청소용품": ["broom", "mop", "trash_bag", "rubber_glove", "bucket", "detergent"],
}
GROUP_OK = {  # 범주 수요에서 1점(대체 가능)으로 볼 품목
 "위생용품": ["apron_waterproof", "rubber_glove", "wet_tissue"],
 "농작업용품": ["boots", "rubber_glove"],
 "체험간식": ["lunchbox", "blueberry_jam", "ricecake_cake", "drip_coffee"],
 "안전용품": ["safety_glasses", "first_aid_kit"],
 "사무용품": ["envelope"],
 "방한용품": [],
 "과학교구": ["arduino_kit"],
 "목공재료": [],
 "포장자재": ["icebox", "strawberry_box"],
 "기념품": ["tshirt", "cap"],
 "청소용품": ["basin", "nitrile_glove", "cleaning_service"],
}

def N(kind, inst, text, want=(), ok=(), cap=None, spec=None, qty=None, budget=None, **kw):
    d = dict(kind=kind, inst=inst, text=text, want=list(want), ok=list(ok), cap=cap, spec=spec, qty=qty, budget=budget)
    d.update(kw)
    if budget and qty and not cap:
        d["cap"] = budget // qty
    return d

NEEDS = [
 # ---- exact (11)
 N("exact", "도축", "위생복", ["hyg_gown"], ["apron_waterproof"]),
 N("exact", "도축", "장화", ["boots"]),
 N("exact", "딸기", "딸기 포장용기", ["strawberry_pack"], ["strawberry_box"]),
 N("exact", "블루", "단체 티셔츠", ["tshirt"]),
 N("exact", "견인", "경광봉", ["baton"]),
 N("exact", "면허", "복사용지", ["paper_a4"]),
 N("exact", "주차", "핫팩", ["hotpack"]),
 N("exact", "우주", "물로켓 키트", ["water_rocket"], ["science_kit"]),
 N("exact", "메이커", "보안경", ["safety_glasses"]),
 N("exact", "팹랩", "PLA 필라멘트", ["filament"]),
 N("exact", "금융", "명함 제작", ["business_card"]),
 # ---- synonym (11): word는 카탈로그에 없어야 함
 N("synonym", "도축", "고무다라이", ["basin"], ["bucket"], word="고무다라이", means="고무 대야"),
 N("synonym", "딸기", "몸빼바지", ["work_pants"], word="몸빼", means="일바지(작업용 고무줄 바지)"),
 N("synonym", "블루", "대일밴드", ["bandage"], ["first_aid_kit"], word="대일밴드", means="일회용 반창고"),
 N("synonym", "견인", "라바콘", ["cone"], word="라바콘", means="교통 안전콘"),
 N("synonym", "견인", "후레쉬", ["flashlight"], word="후레쉬", means="손전등"),
 N("synonym", "주차", "야광조끼", ["safety_vest"], word="야광", means="반사 안전조끼"),
 N("synonym", "면허", "호치키스", ["stapler"], ["staple"], word="호치키스", means="스테이플러"),
 N("synonym", "우주", "찌라시", ["flyer"], ["leaflet"], word="찌라시", means="전단지"),
 N("synonym", "메이커", "매직", ["marker"], word="매직", means="유성 마커"),
 N("synonym", "팹랩", "뽁뽁이", ["aircap"], word="뽁뽁이", means="에어캡"),
 N("synonym", "금융", "포스트잇", ["sticky_note"], word="포스트잇", means="점착 메모지"),
 # ---- typo (11): word는 카탈로그에 없어야 함
 N("typo", "도축", "손소독재", ["sanitizer"], word="손소독재", means="손소독제"),
 N("typo", "도축", "스티로폴 박스", ["icebox"], word="스티로폴", means="스티로폼 박스"),
 N("typo", "딸기", "밀집모자", ["straw_hat"], word="밀집모자", means="밀짚모자"),
 N("typo", "블루", "블루베리 쥬스", ["blueberry_juice"], ["juice"], word="쥬스", means="블루베리 주스"),
 N("typo", "블루", "썬크림", ["sunscreen"], word="썬크림", means="선크림"),
 N("typo", "견인", "반사 테잎", ["reflective_tape"], word="테잎", means="반사 테이프"),
 N("typo", "면허", "플랜카드 제작", ["banner"], word="플랜카드", means="플래카드(현수막)"),
 N("typo", "우주", "팜플렛", ["leaflet"], ["flyer"], word="팜플렛", means="팸플릿"),
 N("typo", "메이커", "샌드패이퍼", ["sandpaper"], word="샌드패이퍼", means="샌드페이퍼(사포)"),
 N("typo", "팹랩", "필라맨트", ["filament"], word="필라맨트", means="필라멘트"),
 N("typo", "금융", "떡케익", ["ricecake_cake"], ["rice_cake"], word="케익", means="떡케이크"),
 # ---- hanyeong (8 전부 영문 + 3 섞임)
 N("hanyeong", "도축", "dnltodah", ["hyg_cap"], intended="위생모"),
 N("hanyeong", "딸기", "Ekfrlqkrtm", ["strawberry_box"], ["strawberry_pack"], intended="딸기박스"),
 N("hanyeong", "블루", "ehtlfkr", ["lunchbox"], intended="도시락"),
 N("hanyeong", "견인", "dkswjswhRl", ["safety_vest"], intended="안전조끼"),
 N("hanyeong", "면허", "gustnakr", ["banner"], intended="현수막"),
 N("hanyeong", "주차", "rkadufwl", ["thermal_roll"], intended="감열지"),
 N("hanyeong", "우주", "qufwkflvks", ["star_chart"], ["telescope_kit"], intended="별자리판"),
 N("hanyeong", "팹랩", "slxmflfwkdrkq", ["nitrile_glove"], ["rubber_glove"], intended="니트릴장갑"),
 N("hanyeong", "메이커", "목공 dkvclak", ["apron_cloth"], ["apron_waterproof"], intended="목공 앞치마"),
 N("hanyeong", "금융", "audgka 인쇄", ["business_card"], intended="명함 인쇄"),
 N("hanyeong", "딸기", "wkrdjq 장갑", ["cotton_glove"], ["rubber_glove", "winter_glove"], intended="작업 장갑"),
 # ---- spacing (11): form = 수요 표기, catalog_form = 카탈로그에 쓸 표기
 N("spacing", "도축", "일회용마스크", ["mask"], catalog_form="일회용 마스크"),
 N("spacing", "도축", "아이스 팩", ["ice_pack"], ["icebox"], catalog_form="아이스팩"),
 N("spacing", "딸기", "팔 토시", ["arm_sleeve"], catalog_form="팔토시"),
 N("spacing", "블루", "블루베리잼", ["blueberry_jam"], catalog_form="블루베리 잼"),
 N("spacing", "견인", "방한 장갑", ["winter_glove"], ["cotton_glove"], catalog_form="방한장갑"),
 N("spacing", "면허", "안내배너", ["xbanner"], ["banner"], catalog_form="안내 배너"),
 N("spacing", "주차", "쓰레기 봉투", ["trash_bag"], catalog_form="쓰레기봉투"),
 N("spacing", "우주", "천체망원경 만들기", ["telescope_kit"], ["science_kit"], catalog_form="천체 망원경 만들기"),
 N("spacing", "메이커", "원목판재", ["wood_board"], catalog_form="원목 판재"),
 N("spacing", "팹랩", "레이저커팅", ["laser_cut"], catalog_form="레이저 커팅"),
 N("spacing", "금융", "서류 봉투", ["envelope"], catalog_form="서류봉투"),
 # ---- choseong (10): intended = 초성이 가리키는 말
 N("choseong", "도축", "ㅇㅅㅂ", ["hyg_gown"], intended="위생복"),
 N("choseong", "딸기", "ㄸㄱ 포장용기", ["strawberry_pack"], ["strawberry_box"], intended="딸기 포장용기"),
 N("choseong", "블루", "ㄷㅊ 티셔츠", ["tshirt"], intended="단체 티셔츠"),
 N("choseong", "견인", "ㄱㄱㅂ", ["baton"], intended="경광봉"),
 N("choseong", "면허", "ㅂㅅㅇㅈ", ["paper_a4"], intended="복사용지"),
 N("choseong", "주차", "ㅎㅍ", ["hotpack"], intended="핫팩"),
 N("choseong", "우주", "ㅁㄹㅋ 키트", ["water_rocket"], ["science_kit"], intended="물로켓 키트"),
 N("choseong", "메이커", "ㅇㄷㅇㄴ 키트", ["arduino_kit"], ["science_kit"], intended="아두이노 키트"),
 N("choseong", "팹랩", "ㅍㄹㅁㅌ", ["filament"], intended="필라멘트"),
 N("choseong", "금융", "ㅁㅎ", ["business_card"], intended="명함"),
 # ---- quantity (11)
 N("quantity", "도축", "니트릴 장갑 100매입 30박스", ["nitrile_glove"], qty=30, spec=r"100\s*매"),
 N("quantity", "도축", "장화 10켤레 예산 30만원", ["boots"], qty=10, budget=300000),
 N("quantity", "딸기", "딸기 포장용기 500g 2,000개", ["strawberry_pack"], ["strawberry_box"], qty=2000, spec=r"500\s*g"),
 N("quantity", "블루", "도시락 40개 개당 8천원 이하", ["lunchbox"], qty=40, cap=8000),
 N("quantity", "견인", "교통콘 70cm 20개", ["cone"], qty=20, spec=r"70\s*cm"),
 N("quantity", "면허", "A4 복사용지 80g 50박스 예산 150만원", ["paper_a4"], qty=50, budget=1500000, spec=r"80\s*g"),
 N("quantity", "주차", "감열지 79mm 100롤", ["thermal_roll"], qty=100, spec=r"79\s*mm"),
 N("quantity", "우주", "물로켓 키트 120세트 예산 60만원", ["water_rocket"], ["science_kit"], qty=120, budget=600000),
 N("quantity", "메이커", "투명 보안경 15개 개당 1만원 이하", ["safety_glasses"], qty=15, cap=10000),
 N("quantity", "팹랩", "PLA 필라멘트 1.75mm 1kg 10롤", ["filament"], qty=10, spec=r"1\.75\s*mm"),
 N("quantity", "금융", "명함 3명분 단가 2만원 이하", ["business_card"], qty=3, cap=20000),
 # ---- long_sentence (11)
 N("long_sentence", "도축", "2025년 4월 도축장 위생검사소에 새로 오는 검사원 3명이 착용할 흰색 위생복을 구매하고자 하오니 세탁 가능한 제품으로 견적 부탁드립니다", ["hyg_gown"], ["apron_waterproof"]),  # 3명은 사람 수라 수량 비움
 N("long_sentence", "도축", "위생검사소 검사실 바닥과 작업대를 월 1회 정기적으로 방역 소독해 줄 업체를 구합니다. 올해 7월부터 시작할 예정입니다", ["pest_control"], ["cleaning_service"]),
 N("long_sentence", "딸기", "다음 달 10일부터 딸기 재배 작목반 공동 출하가 시작되어 딸기를 담아 보낼 종이 박스가 필요하니 납품 가능 여부를 알려주시기 바랍니다", ["strawberry_box"], ["strawberry_pack", "box"]),
 N("long_sentence", "블루", "6월 셋째 주 토요일 블루베리 농장 체험단 어린이 30명이 수확 체험 후 나눠 먹을 간식 꾸러미를 준비하려고 합니다", ["snack_box"], ["cookie", "bread", "rice_cake"]),  # 30명은 사람 수라 수량 비움
 N("long_sentence", "견인", "견인보관소 야간 근무자들이 겨울철 차량 인수인계 때 손을 녹일 수 있도록 붙이는 핫팩을 대량으로 구매하려고 합니다", ["hotpack"]),
 N("long_sentence", "면허", "운전면허시험장 민원실 대기 공간에 민원인 편의를 위해 비치할 생수를 정기적으로 납품받고자 하니 500ml 규격으로 견적을 요청드립니다", ["water"], spec=r"500\s*ml"),
 N("long_sentence", "주차", "공영주차장 관리소 건물과 화장실을 주 2회 청소해 줄 업체를 찾고 있으며 올해 3월부터 12월까지 계약을 희망합니다", ["cleaning_service"]),
 N("long_sentence", "우주", "우주과학 체험관 개관 1주년을 기념하여 방문객에게 나눠 줄 로고 인쇄 에코백 300개를 제작하고 싶습니다", ["ecobag"], qty=300),
 N("long_sentence", "메이커", "메이커 스페이스 청소년 목공 교실에서 사용할 작업용 앞치마를 20벌 구매하려 하는데 주머니가 있는 튼튼한 면 소재였으면 좋겠습니다", ["apron_cloth"], ["apron_waterproof"], qty=20),
 N("long_sentence", "팹랩", "팹랩 이용자 교육 때 나눠 줄 3D 프린팅 안내 리플릿을 디자인부터 인쇄까지 맡아 줄 곳을 찾습니다. 수량은 500부입니다", ["leaflet"], ["flyer"], qty=500),
 N("long_sentence", "금융", "금융복지상담센터에서 11월 채무조정 상담 주간 동안 상담 대기석에 놓아둘 다과로 떡을 개별 포장해서 받고 싶습니다", ["rice_cake"], ["ricecake_cake", "snack_box"]),
 # ---- category (11)
 N("category", "도축", "위생용품", group="위생용품"),
 N("category", "딸기", "농작업 용품", group="농작업용품"),
 N("category", "블루", "체험 행사 간식", group="체험간식"),
 N("category", "견인", "안전용품", group="안전용품"),
 N("category", "면허", "사무용품", group="사무용품"),
 N("category", "주차", "방한용품", group="방한용품"),
 N("category", "주차", "청소용품", group="청소용품"),
 N("category", "우주", "과학 교구", group="과학교구"),
 N("category", "메이커", "목공 재료", group="목공재료"),
 N("category", "팹랩", "포장 자재", group="포장자재"),
 N("category", "금융", "행사 기념품", group="기념품"),
 # ---- location (11): 법정동 + 가게 종류
 N("location", "도축", "팔복동 세탁소", dong="팔복동", shop="세탁소"),
 N("location", "도축", "인후동 작업복", dong="인후동", shop="봉제"),
 N("location", "딸기", "송천동 도시락집", dong="송천동", shop="도시락"),
 N("location", "블루", "효자동 떡집", dong="효자동", shop="떡집"),
 N("location", "견인", "금암동 청소업체", dong="금암동", shop="청소"),
 N("location", "면허", "중화산동 인쇄소", dong="중화산동", shop="인쇄소"),
 N("location", "주차", "서신동 방역업체", dong="서신동", shop="방역"),
 N("location", "우주", "삼천동 빵집", dong="삼천동", shop="빵집"),
 N("location", "메이커", "평화동 공방", dong="평화동", shop="공방"),
 N("location", "팹랩", "덕진동 카페", dong="덕진동", shop="카페"),
 N("location", "금융", "중노송동 꽃집", dong="중노송동", shop="꽃집"),
 # ---- multi_item (11)
 N("multi_item", "도축", "장화 및 방수 앞치마", items=[("장화", ["boots"], [], None, None), ("방수 앞치마", ["apron_waterproof"], ["apron_cloth"], None, None)]),
 N("multi_item", "딸기", "팔토시랑 밀짚모자", items=[("팔토시", ["arm_sleeve"], [], None, None), ("밀짚모자", ["straw_hat"], [], None, None)]),
 N("multi_item", "블루", "생수하고 종이컵", items=[("생수", ["water"], [], None, None), ("종이컵", ["paper_cup"], [], None, None)]),
 N("multi_item", "견인", "경광봉, 안전조끼", items=[("경광봉", ["baton"], [], None, None), ("안전조끼", ["safety_vest"], [], None, None)]),
 N("multi_item", "면허", "복사용지 볼펜", items=[("복사용지", ["paper_a4"], [], None, None), ("볼펜", ["pen"], [], None, None)]),
 N("multi_item", "주차", "쓰레기봉투 및 빗자루", items=[("쓰레기봉투", ["trash_bag"], [], None, None), ("빗자루", ["broom"], [], None, None)]),
 N("multi_item", "우주", "현수막이랑 배너", items=[("현수막", ["banner"], [], None, None), ("배너", ["xbanner"], [], None, None)]),
 N("multi_item", "메이커", "목공 본드하고 사포", items=[("목공 본드", ["wood_glue"], [], None, None), ("사포", ["sandpaper"], [], None, None)]),
 N("multi_item", "팹랩", "필라멘트, 니트릴장갑, 마스크", items=[("필라멘트", ["filament"], [], None, None), ("니트릴장갑", ["nitrile_glove"], ["rubber_glove"], None, None), ("마스크", ["mask"], [], None, None)]),
 N("multi_item", "금융", "명함 및 서류봉투", items=[("명함", ["business_card"], [], None, None), ("서류봉투", ["envelope"], [], None, None)]),
 N("multi_item", "우주", "쿠키하고 드립백 커피", items=[("쿠키", ["cookie"], ["bread", "snack_box"], None, None), ("드립백 커피", ["drip_coffee"], ["coffee_beans"], None, None)]),
]

# 3단계: 카탈로그 작성 후에 쓴 해당 없음 수요 (아래에 추가)
def NM(level, inst, text, overlap, reason):
    return dict(kind="no_match", level=level, inst=inst, text=text, overlap=overlap, reason=reason, want=[], ok=[], qty=None, budget=None, cap=None, spec=None)

NO_MATCH = [
 # 어려움(hard) 20: 카탈로그와 낱말이 겹치지만 해당 제품 없음
 NM("hard", "팹랩", "3D 프린터 본체 구매", "3D 프린터, 3D 프린팅", "카탈로그엔 필라멘트·노즐 같은 소모품과 출력 대행만 있고 프린터 장비 자체는 없음"),
 NM("hard", "메이커", "레이저 커팅기 고장 수리", "레이저 커팅", "레이저 커팅 가공 대행만 있고 장비 수리 서비스는 없음"),
 NM("hard", "면허", "복사기 임대", "복사(복사용지)", "복사용지(소모품)만 있고 복사기 임대는 없음"),
 NM("hard", "주차", "영수증 감열지 프린터 구입", "감열지, 영수증", "감열지 롤(소모품)만 있고 프린터 기기는 없음"),
 NM("hard", "주차", "주차 차단기 설치 공사", "주차, 차단", "주차 차단봉(이동식 스탠드)은 있으나 차량 차단기 설비·설치 공사는 없음"),
 NM("hard", "블루", "블루베리 체험단 관광버스 대절", "블루베리, 체험", "블루베리 상품·체험은 있으나 버스(차량) 임차는 없음"),
 NM("hard", "금융", "상담실 에어컨 신규 설치", "에어컨, 상담실", "에어컨 분해 청소만 있고 냉방기 판매·설치는 없음"),
 NM("hard", "면허", "현수막 지정게시대 설치 공사", "현수막, 게시대", "게시대용 현수막 출력은 있으나 게시대 구조물 설치 공사는 없음"),
 NM("hard", "블루", "도시락 배달용 냉장 탑차 임대", "도시락, 배달, 보냉", "도시락·보냉 가방은 있으나 냉장 차량 임대는 없음"),
 NM("hard", "금융", "떡 제조기 구입", "떡", "떡 제품·떡 만들기 체험만 있고 떡 기계(장비)는 없음"),
 NM("hard", "도축", "업소용 세탁기 수리", "세탁, 업소용", "세탁 대행 서비스만 있고 세탁기 수리는 없음"),
 NM("hard", "주차", "방역 연무기 장비 구입", "방역, 연무", "연무 소독 서비스는 있으나 연무기 장비 판매는 없음"),
 NM("hard", "금융", "채무조정 법률 상담 변호사 선임", "채무, 상담, 금융", "금융 교육·심리상담은 있으나 변호사(면허 직역) 법률 대리는 없음"),
 NM("hard", "우주", "관측용 대형 천체망원경 구입", "천체, 망원경", "교육용 망원경 만들기 키트만 있고 관측 장비는 없음"),
 NM("hard", "견인", "보관 차량 이동용 견인차 임차", "차량, 보관", "차량 고임목·주차 용품뿐, 견인 차량 임차는 없음"),
 NM("hard", "딸기", "딸기 하우스 비닐 교체 시공", "딸기, 하우스", "딸기 상품·차광망은 있으나 비닐하우스 시공은 없음"),
 NM("hard", "도축", "도축장 폐수 처리 위탁", "도축장", "폐수 처리(허가 업종) 서비스는 없음; 도축장은 장화 설명에만 나옴"),
 NM("hard", "면허", "민원실 정수기 렌탈", "정수기", "정수기용 종이컵만 있고 정수기 임대는 없음"),
 NM("hard", "우주", "체험관 관람객용 자전거 대여", "자전거", "재생 자전거 판매·수선만 있고 대여는 없음"),
 NM("hard", "견인", "보관 차량 번호판 제작", "차량, 제작, 번호", "자동차 번호판은 지정 업체만 제작하는 품목으로 카탈로그에 없음 (번호표·넘버링 인쇄와 다름)"),
 # 쉬움(easy) 10: 무관
 NM("easy", "면허", "노트북 구매", "", "전자기기 없음"),
 NM("easy", "주차", "소방시설 점검", "", "소방 점검 업체 없음"),
 NM("easy", "금융", "골프공", "", "스포츠 용품 없음"),
 NM("easy", "블루", "반려견 미용", "", "반려동물 서비스 없음"),
 NM("easy", "우주", "해외 출장 항공권", "", "여행 상품 없음"),
 NM("easy", "견인", "승용차 타이어 교체", "", "자동차 정비 없음"),
 NM("easy", "메이커", "피아노 조율", "", "악기 서비스 없음"),
 NM("easy", "딸기", "수영장 이용권", "", "체육시설 없음"),
 NM("easy", "팹랩", "헬스장 회원권", "", "체육시설 없음"),
 NM("easy", "도축", "자동차 보험 가입", "", "보험 상품 없음"),
]
