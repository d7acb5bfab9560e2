# -*- coding: utf-8 -*-
"""매칭 가능한 수요 120건 (카탈로그를 만들기 전에 먼저 작성함).

각 수요의 필드
  key    : 내부 키 (셔플 전). 최종 번호는 build_queries.py 가 고정 시드로 섞어 ZC-Q001.. 부여
  kind   : 유형
  org    : 말하는 사람(기관)
  text   : 검색창에 칠 문장 (카탈로그 작성 후에는 수정 금지)
  want   : 담당자가 실제로 원하는 품목 태그 (관련도 2 후보)
  ok     : 대체로 받아들일 만한 품목 태그 (관련도 1)
  cond   : 조건 (max_price: 단가 상한, attrs: 규격 속성 모두 필요, min_ml: 용량 하한)
           want 품목이지만 조건을 못 맞추면 관련도 1
  qty / budget : queries.csv 의 수량/예산 (정수 또는 None)
유형별 추가 필드
  synonym/typo : absent (카탈로그에 나오면 안 되는 말), canonical (표준어/바른 표기)
  hanyeong     : intended (의도한 한글)
  choseong     : intended (초성을 풀어 쓴 원래 말)
  spacing      : catalog_form (카탈로그가 쓰는 띄어쓰기 형태)
  location     : dong, shop
  multi_item   : items = [dict(label=수요에 쓰인 품목 표현, want=[..], ok=[..])]
"""

LX = '한국국토정보공사 본사'
RDA = '농촌진흥청 운영지원과'
NAS = '국립농업과학원'
KFRI = '한국식품연구원'
PRISON = '전주교도소'
POLICE = '전북경찰청 경무과'
LEARN = '전주시 평생학습관'
RECYC = '전주시 자원순환과'
CHILD = '육아종합지원센터'
DEMEN = '치매안심센터'


def N(key, kind, org, text, want=(), ok=(), cond=None, qty=None, budget=None, **kw):
    d = dict(key=key, kind=kind, org=org, text=text, want=list(want), ok=list(ok),
             cond=cond, qty=qty, budget=budget)
    d.update(kw)
    return d


NEEDS = []

# ---------------------------------------------------------------- exact (11)
NEEDS += [
    N('EX01', 'exact', LX, '복사용지', ['copy_paper']),
    N('EX02', 'exact', POLICE, '명함 제작', ['business_card']),
    N('EX03', 'exact', RECYC, '에코백', ['ecobag'], ['upcycle_bag']),
    N('EX04', 'exact', DEMEN, '컬러링북', ['coloring_book'], ['cognitive_kit']),
    N('EX05', 'exact', CHILD, '장난감 소독', ['toy_disinfection'], ['disinfection']),
    N('EX06', 'exact', KFRI, '원두커피', ['coffee_beans'], ['drip_bag', 'cold_brew']),
    N('EX07', 'exact', RDA, '근조화환', ['wreath_condol']),
    N('EX08', 'exact', PRISON, '이불 세탁', ['bedding_laundry'], ['laundry']),
    N('EX09', 'exact', LEARN, '도자기 체험', ['pottery_class'], ['craft_class']),
    N('EX10', 'exact', NAS, '화분', ['potted_plant'], ['orchid', 'empty_pot']),
    N('EX11', 'exact', RECYC, '재생토너', ['toner_recycled']),
]

# ---------------------------------------------------------------- synonym (11)
# 상표의 일반명사화, 일본어 잔재, 외래어, 방언, 속어. absent 의 말은 카탈로그 어디에도 없어야 한다.
NEEDS += [
    N('SY01', 'synonym', POLICE, '스카치테이프', ['tape_clear'], ['tape_other'],
      absent=['스카치'], canonical='셀로판테이프'),                      # 상표
    N('SY02', 'synonym', LX, '호치키스', ['stapler'], ['staples'],
      absent=['호치키스', '호치케스'], canonical='스테이플러'),           # 상표
    N('SY03', 'synonym', NAS, '사무실 창문 뽁뽁이', ['insulation_aircap'], ['packing_aircap'],
      absent=['뽁뽁이'], canonical='단열 에어캡'),                       # 속어
    N('SY04', 'synonym', LEARN, '포스트잇', ['sticky_memo'],
      absent=['포스트잇', '포스트-잇'], canonical='점착 메모지'),          # 상표
    N('SY05', 'synonym', DEMEN, '찌라시 인쇄', ['flyer'], ['leaflet'],
      absent=['찌라시'], canonical='전단지'),                            # 일본어
    N('SY06', 'synonym', RECYC, '플래카드 제작', ['banner'], ['xbanner'],
      absent=['플래카드', '플랜카드', '플랭카드'], canonical='현수막'),      # 외래어
    N('SY07', 'synonym', PRISON, '곤색 조끼', ['vest'], ['safety_vest'], cond=dict(attrs=['navy']),
      absent=['곤색'], canonical='남색 조끼'),                            # 일본어 (紺)
    N('SY08', 'synonym', KFRI, '마호병', ['vacuum_bottle'], ['tumbler'],
      absent=['마호병'], canonical='보온병'),                            # 일본어
    N('SY09', 'synonym', CHILD, '모찌 간식', ['chapssal_tteok'], ['rice_cake'],
      absent=['모찌', '모치'], canonical='찹쌀떡'),                       # 일본어
    N('SY10', 'synonym', RDA, '정구지김치', ['chive_kimchi'], ['kimchi'],
      absent=['정구지'], canonical='부추김치'),                           # 방언(경상)
    N('SY11', 'synonym', POLICE, '단체 츄리닝', ['training_wear'], ['team_tshirt'],
      absent=['츄리닝', '추리닝', '트레이닝'], canonical='운동복(체육복)'),   # 속어/외래어 변형
]

# ---------------------------------------------------------------- typo (11)
NEEDS += [
    N('TY01', 'typo', LX, '출장부페', ['buffet'], ['catering'],
      absent=['부페'], canonical='출장뷔페'),
    N('TY02', 'typo', RDA, '홍보 팜플렛 제작', ['leaflet', 'booklet'], ['flyer'],
      absent=['팜플렛', '팜플랫'], canonical='팸플릿'),
    N('TY03', 'typo', KFRI, '리플렛 인쇄', ['leaflet'], ['flyer', 'booklet'],
      absent=['리플렛'], canonical='리플릿'),
    N('TY04', 'typo', POLICE, '명암 제작', ['business_card'],
      absent=['명암'], canonical='명함'),
    N('TY05', 'typo', CHILD, '떡케잌', ['rice_cake_cake'], ['rice_cake'],
      absent=['케잌'], canonical='떡케이크'),
    N('TY06', 'typo', NAS, '제품 카다로그 제작', ['booklet'], ['leaflet'],
      absent=['카다로그', '카달로그'], canonical='카탈로그'),
    N('TY07', 'typo', LEARN, '한지 악세사리', ['hanji_accessory'], ['hanji_goods'],
      absent=['악세사리', '악세서리'], canonical='한지 액세서리'),
    N('TY08', 'typo', PRISON, '캐터링 업체', ['catering'],
      absent=['캐터링'], canonical='케이터링'),
    N('TY09', 'typo', RECYC, '애코백 제작', ['ecobag'], ['upcycle_bag'],
      absent=['애코백'], canonical='에코백'),
    N('TY10', 'typo', DEMEN, '사과쥬스', ['juice'], ['extract'], cond=dict(attrs=['apple']),
      absent=['쥬스'], canonical='사과주스'),
    N('TY11', 'typo', LEARN, '팀빌딩 워크샵 프로그램', ['workshop_program'], ['lecture'],
      absent=['워크샵'], canonical='워크숍'),
]

# ---------------------------------------------------------------- hanyeong (11: 8 whole + 3 mixed)
NEEDS += [
    N('HY01', 'hanyeong', LX, 'ghkwkdwl', ['toilet_paper'], ['facial_tissue', 'hand_towel'], intended='화장지'),
    N('HY02', 'hanyeong', POLICE, 'cnfwkdqnlvp', ['buffet'], ['catering'], intended='출장뷔페'),
    N('HY03', 'hanyeong', PRISON, 'ekscpwhRl', ['vest'], ['safety_vest'], intended='단체조끼'),
    N('HY04', 'hanyeong', KFRI, 'thsthehrwp', ['hand_sanitizer'], ['hand_wash'], intended='손소독제'),
    N('HY05', 'hanyeong', NAS, 'wkrdjqqhr', ['work_uniform'], ['jumper', 'vest'], intended='작업복'),
    N('HY06', 'hanyeong', LEARN, 'tnwpznzl', ['cookie'], ['butter_cookie'], intended='수제쿠키'),
    N('HY07', 'hanyeong', CHILD, 'dnjsahrryrn', ['wooden_toy'], ['infant_toy'], intended='원목교구'),
    N('HY08', 'hanyeong', RDA, 'rmswhghkghks', ['wreath_condol'], intended='근조화환'),
    N('HY09', 'hanyeong', RECYC, '방역 thehr', ['disinfection'], ['pest_control'], intended='방역 소독'),
    N('HY10', 'hanyeong', NAS, '텀블러 dlstho', ['tumbler'], ['vacuum_bottle'], intended='텀블러 인쇄'),
    N('HY11', 'hanyeong', LX, 'dpdjzjs 청소', ['aircon_cleaning'], intended='에어컨 청소'),
]

# ---------------------------------------------------------------- spacing (11)
NEEDS += [
    N('SP01', 'spacing', POLICE, '미용 티슈', ['facial_tissue'], ['toilet_paper'], catalog_form='미용티슈'),
    N('SP02', 'spacing', LEARN, '단체티셔츠', ['team_tshirt'], ['training_wear'], catalog_form='단체 티셔츠'),
    N('SP03', 'spacing', CHILD, '답례 떡', ['tteok_gift'], ['rice_cake', 'chapssal_tteok'], catalog_form='답례떡'),
    N('SP04', 'spacing', KFRI, '종이쇼핑백', ['paper_bag'], ['ecobag'], catalog_form='종이 쇼핑백'),
    N('SP05', 'spacing', DEMEN, '배도라지 즙', ['extract'], ['juice'], cond=dict(attrs=['pear_bellflower']),
      catalog_form='배도라지즙'),
    N('SP06', 'spacing', RECYC, '친환경주방세제', ['dish_detergent'], ['laundry_detergent', 'dish_bar'],
      catalog_form='친환경 주방세제'),
    N('SP07', 'spacing', LEARN, '한지 공예체험', ['hanji_class'], ['craft_class'], catalog_form='한지공예 체험'),
    N('SP08', 'spacing', LX, '홍보 영상제작', ['video'], ['photo'], catalog_form='홍보영상 제작'),
    N('SP09', 'spacing', CHILD, '보드 게임', ['boardgame'], catalog_form='보드게임'),
    N('SP10', 'spacing', PRISON, '핸드 타월', ['hand_towel'], ['toilet_paper'], catalog_form='핸드타월'),
    N('SP11', 'spacing', RDA, '목공체험교실', ['woodwork_class'], ['craft_class'], catalog_form='목공 체험 교실'),
]

# ---------------------------------------------------------------- choseong (11)
NEEDS += [
    N('CH01', 'choseong', LX, 'ㅂㅅㅇㅈ', ['copy_paper'], intended='복사용지'),
    N('CH02', 'choseong', POLICE, 'ㅎㅅㅁ 제작', ['banner'], ['xbanner'], intended='현수막 제작'),
    N('CH03', 'choseong', KFRI, 'ㄷㅅㄹ', ['lunchbox'], ['sandwich_box'], intended='도시락'),
    N('CH04', 'choseong', RECYC, 'ㅇㅋㅂ', ['ecobag'], ['upcycle_bag'], intended='에코백'),
    N('CH05', 'choseong', DEMEN, 'ㄲㅂㄱㄴ', ['flower_basket'], ['bouquet'], intended='꽃바구니'),
    N('CH06', 'choseong', CHILD, 'ㄷㄹㅍ 떡', ['tteok_gift'], ['rice_cake', 'chapssal_tteok'], intended='답례품 떡'),
    N('CH07', 'choseong', LEARN, 'ㅌㅂㄹ', ['tumbler'], ['vacuum_bottle'], intended='텀블러'),
    N('CH08', 'choseong', NAS, '원두 ㅋㅍ', ['coffee_beans'], ['drip_bag', 'cold_brew'], intended='원두 커피'),
    N('CH09', 'choseong', PRISON, 'ㅂㅇ ㅅㄷ', ['disinfection'], ['pest_control'], intended='방역 소독'),
    N('CH10', 'choseong', RDA, 'ㅁㅎ', ['business_card'], intended='명함'),
    N('CH11', 'choseong', POLICE, 'ㄷㅊㅌ', ['team_tshirt'], ['training_wear'], intended='단체티'),
]

# ---------------------------------------------------------------- quantity (11)
NEEDS += [
    N('QT01', 'quantity', LX, 'A4 복사용지 80g 2500매 20박스', ['copy_paper'],
      cond=dict(attrs=['A4', '80g']), qty=20),
    N('QT02', 'quantity', POLICE, '볼펜 500자루 개당 500원 이하', ['ballpen'],
      cond=dict(max_price=500), qty=500),
    N('QT03', 'quantity', LEARN, '텀블러 350ml 이상 100개', ['tumbler'], ['vacuum_bottle'],
      cond=dict(min_ml=350), qty=100),
    N('QT04', 'quantity', RDA, '현수막 5m x 0.9m 3장', ['banner'], qty=3),
    N('QT05', 'quantity', KFRI, '도시락 1인 1만원 이하 40개', ['lunchbox'], ['sandwich_box'],
      cond=dict(max_price=10000), qty=40),
    N('QT06', 'quantity', RECYC, '재생토너 HP CF283A 10개', ['toner_recycled'],
      cond=dict(attrs=['CF283A']), qty=10),
    N('QT07', 'quantity', CHILD, '손소독제 500ml 30개', ['hand_sanitizer'], ['hand_wash'],
      cond=dict(attrs=['500ml']), qty=30),
    N('QT08', 'quantity', PRISON, '동절기 근무 점퍼 60벌 예산 300만원', ['jumper'], ['work_uniform'],
      cond=dict(max_price=50000), qty=60, budget=3000000),
    N('QT09', 'quantity', DEMEN, '답례떡 개당 2,000원 이하 300개', ['tteok_gift'], ['rice_cake', 'chapssal_tteok'],
      cond=dict(max_price=2000), qty=300),
    N('QT10', 'quantity', POLICE, '명함 1인 200매씩 25명분', ['business_card'], qty=5000),
    N('QT11', 'quantity', NAS, '승진 축하화환 3단 10만원 이내', ['wreath_congrats'], ['orchid'],
      cond=dict(max_price=100000), qty=1, budget=100000),
]

# ---------------------------------------------------------------- long_sentence (11)
NEEDS += [
    N('LS01', 'long_sentence', LX,
      '다음 달 15일 본사 대강당에서 열리는 공간정보 세미나 참석자 150명에게 점심으로 제공할 도시락을 주문하려고 합니다. 당일 오전 11시 30분까지 배송 가능한 업체를 찾습니다.',
      ['lunchbox'], ['sandwich_box', 'buffet'], qty=150),
    N('LS02', 'long_sentence', RDA,
      '10월 중 청사 정문과 외벽에 게시할 기관 행사 안내 현수막을 제작하고자 하오니, 시안 디자인부터 출력·납품까지 가능한 업체를 추천해 주시기 바랍니다.',
      ['banner'], ['xbanner']),
    N('LS03', 'long_sentence', NAS,
      '11월 국제 심포지엄에 오시는 해외 연사 20분께 드릴 기념품으로 전주 느낌이 나는 한지 공예품을 알아보고 있습니다. 포장까지 되면 좋겠습니다.',
      ['hanji_goods'], ['hanji_accessory', 'pottery_goods'], qty=20),
    N('LS04', 'long_sentence', KFRI,
      '창립기념일(9월 둘째 주)에 직원 기념품으로 기관 로고를 새긴 텀블러를 300개 정도 제작하려고 하는데, 납기가 3주 안쪽인 곳을 찾고 있어요.',
      ['tumbler'], ['vacuum_bottle'], qty=300),
    N('LS05', 'long_sentence', PRISON,
      '교정직원 약 80명의 근무복을 주 1회 수거해서 세탁과 다림질 후 다시 가져다주는 업체가 필요합니다. 연간 계약을 검토 중입니다.',
      ['uniform_laundry'], ['laundry'], qty=80),
    N('LS06', 'long_sentence', POLICE,
      '12월 20일 본관 3층 대회의실에서 정년퇴직 기념식이 있어 퇴직하시는 분들께 드릴 꽃다발 12개를 준비하려 합니다. 당일 오후 1시까지 받아야 합니다.',
      ['bouquet'], ['flower_basket', 'soap_flower'], qty=12),
    N('LS07', 'long_sentence', LEARN,
      '하반기 시민강좌 "제로웨이스트 생활" 과정 수강생 20명이 직접 실습할 천연비누 만들기 재료 키트를 구하고 있습니다. 강사는 저희가 섭외했습니다.',
      ['soap_kit'], ['soap_class', 'craft_kit'], qty=20),
    N('LS08', 'long_sentence', CHILD,
      '장난감도서관에서 대여하는 장난감 약 600점을 매달 한 번씩 세척하고 소독해 줄 업체를 찾고 있습니다. 가능하면 스팀 방식이었으면 합니다.',
      ['toy_disinfection'], ['disinfection']),
    N('LS09', 'long_sentence', DEMEN,
      '어르신 인지강화 프로그램(주 2회, 10주 과정)에 쓸 인지 활동 교구를 30세트 구입하고자 합니다. 손 소근육 활동이 포함된 구성이면 더 좋겠습니다.',
      ['cognitive_kit'], ['coloring_book', 'dementia_program', 'senior_boardgame'], qty=30),
    N('LS10', 'long_sentence', RECYC,
      '9월 6일 자원순환의 날 시민 캠페인 현장에서 나눠 드릴 폐현수막 재활용 장바구니 500개를 구매하려고 합니다. 단가와 제작 기간을 알려 주세요.',
      ['upcycle_bag'], ['ecobag'], qty=500),
    N('LS11', 'long_sentence', RDA,
      '청사 1층 민원실과 로비, 화장실 등 공용공간을 주 3회 정기적으로 청소해 줄 용역 업체를 찾고 있습니다. 내년 1월부터 계약 예정입니다.',
      ['cleaning_service'], ['window_cleaning']),
]

# ---------------------------------------------------------------- category (11)
NEEDS += [
    N('CA01', 'category', LX, '사무용품 일괄 구매',
      ['copy_paper', 'ballpen', 'tape_clear', 'stapler', 'staples', 'sticky_memo', 'file_folder', 'colored_pencil', 'tape_other'],
      ['toner_recycled', 'notebook']),
    N('CA02', 'category', RDA, '명절 직원 선물',
      ['gift_set'], ['hangwa', 'honey', 'sauce', 'sesame_oil', 'rice', 'tea', 'extract']),
    N('CA03', 'category', KFRI, '회의 다과',
      ['snack_box', 'rice_cake', 'cookie', 'butter_cookie', 'bread', 'hangwa', 'tteok_gift', 'chapssal_tteok'],
      ['juice', 'drip_bag', 'tea', 'sikhye', 'catering']),
    N('CA04', 'category', PRISON, '청소 위생용품',
      ['toilet_paper', 'hand_towel', 'facial_tissue', 'dish_detergent', 'laundry_detergent', 'hand_sanitizer',
       'hand_wash', 'mask', 'wet_tissue'],
      ['soap', 'scrubber', 'dish_bar', 'sanitizer_tissue']),
    N('CA05', 'category', POLICE, '행사 홍보물 제작',
      ['banner', 'xbanner', 'flyer', 'leaflet', 'poster', 'rollup_banner'],
      ['booklet', 'sticker', 'design', 'foamex_sign']),
    N('CA06', 'category', LEARN, '시민 대상 만들기 체험 강좌',
      ['pottery_class', 'hanji_class', 'woodwork_class', 'soap_class', 'craft_class', 'upcycle_class', 'terrarium_class'],
      ['soap_kit', 'craft_kit']),
    N('CA07', 'category', CHILD, '영유아 놀이 교구',
      ['wooden_toy', 'infant_toy'], ['boardgame', 'puzzle']),
    N('CA08', 'category', DEMEN, '어르신 인지 프로그램 재료',
      ['cognitive_kit', 'coloring_book', 'senior_boardgame'], ['colored_pencil', 'craft_kit', 'dementia_program']),
    N('CA09', 'category', RECYC, '친환경 생활용품',
      ['eco_living'], ['ecobag', 'upcycle_bag', 'tumbler', 'soap']),
    N('CA10', 'category', NAS, '직원 단체복',
      ['team_tshirt', 'vest', 'jumper', 'work_uniform', 'training_wear'], ['apron', 'safety_vest']),
    N('CA11', 'category', POLICE, '사무실 식물 들이기',
      ['potted_plant', 'orchid', 'interior_garden'], ['terrarium_class', 'empty_pot']),
]

# ---------------------------------------------------------------- location (11)
# 법정동 이름 + 가게 말. 그 동(○○동1가 등 포함)의 해당 업종 = 2, 다른 동의 같은 업종 = 1
NEEDS += [
    N('LO01', 'location', LX, '효자동 떡집', dong='효자동', shop='떡집'),
    N('LO02', 'location', RDA, '평화동 꽃집', dong='평화동', shop='꽃집'),
    N('LO03', 'location', LEARN, '서신동 인쇄소', dong='서신동', shop='인쇄소'),
    N('LO04', 'location', PRISON, '인후동 세탁소', dong='인후동', shop='세탁소'),
    N('LO05', 'location', LEARN, '교동 공방', dong='교동', shop='공방'),
    N('LO06', 'location', CHILD, '송천동 반찬가게', dong='송천동', shop='반찬가게'),
    N('LO07', 'location', KFRI, '중화산동 빵집', dong='중화산동', shop='빵집'),
    N('LO08', 'location', DEMEN, '삼천동 근처 카페', dong='삼천동', shop='카페'),
    N('LO09', 'location', NAS, '덕진동 방앗간', dong='덕진동', shop='방앗간'),
    N('LO10', 'location', POLICE, '금암동 옷 수선집', dong='금암동', shop='수선집'),
    N('LO11', 'location', RECYC, '팔복동 목공소', dong='팔복동', shop='목공소'),
]

# ---------------------------------------------------------------- multi_item (10)
NEEDS += [
    N('MI01', 'multi_item', LX, '복사용지 및 볼펜', items=[
        dict(label='복사용지', want=['copy_paper']),
        dict(label='볼펜', want=['ballpen'])]),
    N('MI02', 'multi_item', RDA, '현수막하고 X배너 같이 제작', items=[
        dict(label='현수막', want=['banner']),
        dict(label='X배너', want=['xbanner'], ok=['rollup_banner', 'xbanner_stand'])]),
    N('MI03', 'multi_item', KFRI, '떡이랑 식혜', items=[
        dict(label='떡', want=['rice_cake', 'tteok_gift', 'chapssal_tteok', 'rice_cake_cake'], ok=['rice_cake_raw']),
        dict(label='식혜', want=['sikhye'])]),
    N('MI04', 'multi_item', PRISON, '화장지, 핸드타월, 주방세제', items=[
        dict(label='화장지', want=['toilet_paper'], ok=['facial_tissue']),
        dict(label='핸드타월', want=['hand_towel']),
        dict(label='주방세제', want=['dish_detergent'], ok=['dish_bar'])]),
    N('MI05', 'multi_item', POLICE, '근조화환 축하화환', items=[
        dict(label='근조화환', want=['wreath_condol']),
        dict(label='축하화환', want=['wreath_congrats'], ok=['orchid'])]),
    N('MI06', 'multi_item', LEARN, '명함이랑 수료증 인쇄', items=[
        dict(label='명함', want=['business_card']),
        dict(label='수료증', want=['certificate_print'])]),
    N('MI07', 'multi_item', CHILD, '원목 교구와 장난감 소독', items=[
        dict(label='원목 교구', want=['wooden_toy'], ok=['infant_toy']),
        dict(label='장난감 소독', want=['toy_disinfection'], ok=['disinfection'])]),
    N('MI08', 'multi_item', DEMEN, '컬러링북, 색연필', items=[
        dict(label='컬러링북', want=['coloring_book'], ok=['cognitive_kit']),
        dict(label='색연필', want=['colored_pencil'])]),
    N('MI09', 'multi_item', RECYC, '에코백하고 텀블러', items=[
        dict(label='에코백', want=['ecobag'], ok=['upcycle_bag']),
        dict(label='텀블러', want=['tumbler'], ok=['vacuum_bottle'])]),
    N('MI10', 'multi_item', NAS, '원두커피 및 종이컵', items=[
        dict(label='원두커피', want=['coffee_beans'], ok=['drip_bag', 'cold_brew']),
        dict(label='종이컵', want=['paper_cup'])]),
]

assert len(NEEDS) == 120, len(NEEDS)
assert len({n['key'] for n in NEEDS}) == 120


# =====================================================================================
# no_match 30건 — 카탈로그(catalog_data.py)를 다 쓴 다음에 작성함. 위 120건의 문장은 이후 고치지 않았다.
# (key, 난이도, 기관, 수요 문장, 겹치는 말, 해당 없음 이유)
NOMATCH = [
    ('NM01', 'hard', LX, '복사기 임대 (월 렌탈)', '복사',
     '복사용지·재생토너는 있으나 복사기 같은 사무기기 판매·임대 상품이 없음'),
    ('NM02', 'hard', RDA, '사무실 벽걸이 에어컨 설치 공사', '에어컨',
     '에어컨 분해 세척 서비스만 있고 냉방기 설치(배관·전기) 공사는 없음'),
    ('NM03', 'hard', PRISON, '업소용 대형 세탁기 구매', '세탁',
     '세탁 대행 서비스와 세제만 있고 세탁 기계는 팔지 않음'),
    ('NM04', 'hard', KFRI, '커피머신 렌탈', '커피',
     '원두·드립백·커피트럭 출장은 있으나 커피머신 판매·임대 없음'),
    ('NM05', 'hard', CHILD, '떡 뽑는 기계 구입', '떡',
     '떡 제품과 떡 만들기 체험만 있고 제조 기계는 없음'),
    ('NM06', 'hard', LX, '청사 승강기 유지보수 계약', '유지보수(유지관리)',
     '홈페이지 유지관리뿐이며 승강기 유지보수(면허 업종)는 없음'),
    ('NM07', 'hard', POLICE, '전기 배선 공사', '공사·시공',
     '도배·방충망 등 소규모 집수리만 있고 전기공사업(면허) 상품은 없음'),
    ('NM08', 'hard', RECYC, '자전거 보관대 설치', '자전거',
     '재생 자전거·출장 수리·안전교육만 있고 보관대 시설물 제작·설치는 없음'),
    ('NM09', 'hard', NAS, '업무용 노트북 구매', '노트',
     '재생지 스프링 노트(공책)만 있고 컴퓨터는 없음'),
    ('NM10', 'hard', RDA, '행사 참가자 셔틀버스 대절', '행사',
     '행사 기획·운영 대행은 있으나 차량 대절(운송업)은 없음'),
    ('NM11', 'hard', RECYC, '현수막 실사 출력기 구입', '현수막·출력',
     '현수막 출력 서비스만 있고 출력 장비 판매는 없음'),
    ('NM12', 'hard', DEMEN, '방역용 연무 소독기 구입', '방역·소독',
     '방역 소독 용역만 있고 소독 장비 판매는 없음'),
    ('NM13', 'hard', POLICE, '관용차량 실내 세차', '세척·청소',
     '건물 청소, 에어컨 세척, 장난감 세척은 있으나 차량 세차는 없음'),
    ('NM14', 'hard', LEARN, '바리스타 자격증 취득 과정', '바리스타·커피',
     '앞치마 설명에 바리스타 체험이 언급되고 커피 상품은 있으나 자격증 교육 과정은 없음'),
    ('NM15', 'hard', LX, '에어컨 냉매 충전 수리', '에어컨',
     '세척만 가능하고 냉방기 수리(냉매 충전)는 없음'),
    ('NM16', 'hard', PRISON, '수용자용 겨울 이불 구매', '이불',
     '이불 세탁 서비스만 있고 이불(침구) 판매는 없음'),
    ('NM17', 'hard', KFRI, '일회용 도시락 용기', '도시락',
     '완성된 도시락과 보냉 도시락 가방은 있으나 빈 포장 용기는 없음'),
    ('NM18', 'hard', NAS, '연구동 옥상 방수 공사', '시공·집수리',
     '실내 도배·도장 같은 소규모 집수리만 있고 방수 공사는 없음'),
    ('NM19', 'hard', CHILD, '컬러 레이저 프린터 구매', '프린터·토너',
     '재생토너는 있으나 프린터 본체는 없음'),
    ('NM20', 'hard', LEARN, '인쇄기 고장 수리', '인쇄',
     '인쇄물 제작 업체만 있고 인쇄 장비 수리는 없음'),
    ('NM21', 'easy', LX, '직원 단체 상해보험 가입', '-', '보험 상품 없음'),
    ('NM22', 'easy', RDA, '업무용 소프트웨어 라이선스 구매', '-', '소프트웨어 라이선스 판매 없음'),
    ('NM23', 'easy', NAS, '해외 출장 항공권 발권', '-', '여행·항공 상품 없음'),
    ('NM24', 'easy', DEMEN, '자동심장충격기 구매', '-', '의료기기 없음'),
    ('NM25', 'easy', PRISON, '난방용 등유 공급', '-', '연료 공급 없음'),
    ('NM26', 'easy', POLICE, '법률 자문 변호사 위촉', '-', '법률 서비스 없음'),
    ('NM27', 'easy', RECYC, '지게차 구입', '-', '중장비·차량 없음'),
    ('NM28', 'easy', KFRI, '직원 건강검진 위탁 기관', '-', '의료기관 서비스 없음'),
    ('NM29', 'easy', LX, '클라우드 서버 이용료', '-', '클라우드·서버 서비스 없음'),
    ('NM30', 'easy', CHILD, '일간 신문 정기 구독', '-', '신문 구독 없음'),
]
assert len(NOMATCH) == 30
