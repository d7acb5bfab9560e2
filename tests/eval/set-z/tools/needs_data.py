# -*- coding: utf-8 -*-
"""매칭 가능한 수요 120건 (카탈로그를 만들기 전에 작성).

각 수요 옆의 want/ok 는 담당자가 실제로 원하는 품목 태그(want)와
대체로 받아들일 만한 품목 태그(ok)이다. 카탈로그 작성 후 이 파일의 문장(text)은 고치지 않는다.

cond:
  price_max : 단가 상한(원). 넘으면 같은 품목이라도 관련도 1
  spec_all  : 제품명+규격+설명에 모두 들어 있어야 하는 말 (없으면 1)
  spec_any  : 제품명+규격+설명에 하나라도 있어야 하는 말 (없으면 1)
loc (location): dong = 사용자가 쓴 동 이름, shops = 가게 유형
items (multi_item): 품목별 want/ok, label 은 수요에 적힌 그대로
absent (synonym/typo): 카탈로그 어디에도 나오면 안 되는 말
intended (hanyeong/choseong): 의도한 한글 문장
"""

I_EDU = '전북특별자치도교육청 총무과'
I_CARE = '초등학교 돌봄교실 담당'
I_SPED = '특수학교 행정실'
I_VOC = '전주시 장애인복지관 직업재활팀'
I_SENIOR = '전주시 노인종합복지관 경로식당'
I_WOMEN = '전주시 여성새로일하기센터'
I_FOREIGN = '전주시 외국인주민지원센터'
I_SELF = '전주시 지역자활센터'
I_FOOD = '전주시 푸드뱅크'
I_JBDC = '전북개발공사 시설관리팀'
I_PARK = '전주시 공원녹지과'
I_BUS = '전주시 교통행정과(버스승강장 관리)'


def N(key, kind, inst, text, want=(), ok=(), qty=None, budget=None, cond=None, **kw):
    d = dict(key=key, kind=kind, inst=inst, text=text, want=list(want), ok=list(ok),
             qty=qty, budget=budget, cond=cond or {})
    d.update(kw)
    return d


NEEDS = [
    # ---------------- exact (11) ----------------
    N('exact-01', 'exact', I_EDU, '복사용지', ['copy_paper']),
    N('exact-02', 'exact', I_CARE, '색종이', ['colored_paper']),
    N('exact-03', 'exact', I_SENIOR, '두부', ['tofu'], ['soft_tofu']),
    N('exact-04', 'exact', I_WOMEN, '명함 제작', ['business_card']),
    N('exact-05', 'exact', I_FOREIGN, '번역 서비스', ['translation'], ['interpretation']),
    N('exact-06', 'exact', I_SELF, '작업복', ['work_uniform'], ['work_vest', 'cook_uniform']),
    N('exact-07', 'exact', I_FOOD, '쌀', ['rice'], ['brown_rice', 'glutinous_rice']),
    N('exact-08', 'exact', I_JBDC, '방역 소독', ['disinfection_service'], ['pest_control']),
    N('exact-09', 'exact', I_PARK, '꽃모종', ['flower_seedling']),
    N('exact-10', 'exact', I_BUS, '목장갑', ['cotton_gloves'], ['coated_gloves']),
    N('exact-11', 'exact', I_SPED, '쇼핑백', ['shopping_bag'], ['paper_bag']),

    # ---------------- synonym (11) ----------------
    N('syn-01', 'synonym', I_EDU, '스카치테이프', ['tape_clear'], ['tape_packing'], absent=['스카치테이프', '스카치']),
    N('syn-02', 'synonym', I_SPED, '호치키스', ['stapler'], ['staple_pins'], absent=['호치키스']),
    N('syn-03', 'synonym', I_VOC, '뽁뽁이', ['air_cap'], absent=['뽁뽁이']),
    N('syn-04', 'synonym', I_WOMEN, '포스트잇', ['sticky_note'], ['memo_pad'], absent=['포스트잇']),
    N('syn-05', 'synonym', I_PARK, '행사 찌라시', ['flyer'], ['leaflet', 'poster'], absent=['찌라시']),
    N('syn-06', 'synonym', I_BUS, '플래카드 제작', ['banner_cloth'], ['x_banner'], absent=['플래카드']),
    N('syn-07', 'synonym', I_SENIOR, '와리바시', ['wood_chopsticks'], absent=['와리바시']),
    N('syn-08', 'synonym', I_SENIOR, '오봉', ['tray'], ['food_tray'], absent=['오봉']),
    N('syn-09', 'synonym', I_FOOD, '보루박스', ['corrugated_box'], absent=['보루박스', '보루']),
    N('syn-10', 'synonym', I_FOOD, '오뎅', ['fishcake'], absent=['오뎅']),
    N('syn-11', 'synonym', I_VOC, '추리닝', ['training_suit'], ['hoodie'], absent=['추리닝', '츄리닝']),

    # ---------------- typo (11) ----------------
    N('typo-01', 'typo', I_WOMEN, '수료식 출장부페', ['catering_buffet'], ['refreshment_set', 'lunchbox'], absent=['부페']),
    N('typo-02', 'typo', I_CARE, '레크레이션 강사', ['recreation_program'], ['education_program'], absent=['레크레이션']),
    N('typo-03', 'typo', I_FOREIGN, '다국어 팜플렛', ['leaflet', 'multilingual_print'], ['booklet', 'flyer', 'translation'], absent=['팜플렛']),
    N('typo-04', 'typo', I_CARE, '과일쥬스', ['juice'], ['health_juice'], absent=['쥬스']),
    N('typo-05', 'typo', I_SENIOR, '육계장', ['yukgaejang'], absent=['육계장']),
    N('typo-06', 'typo', I_CARE, '떡볶기 밀키트', ['tteokbokki'], ['tteok_for_tteokbokki'], absent=['떡볶기']),
    N('typo-07', 'typo', I_SPED, '커텐 세탁', ['curtain_laundry'], ['laundry_general', 'blanket_laundry'], absent=['커텐']),
    N('typo-08', 'typo', I_BUS, '손소독재', ['hand_sanitizer'], ['hand_soap'], absent=['손소독재', '소독재']),
    N('typo-09', 'typo', I_EDU, 'X베너 거치대', ['x_banner'], ['banner_cloth'], absent=['베너']),
    N('typo-10', 'typo', I_SENIOR, '설겆이 세제', ['dish_detergent'], ['multi_cleaner'], absent=['설겆이']),
    N('typo-11', 'typo', I_CARE, '카스테라', ['castella'], ['bread', 'madeleine'], absent=['카스테라']),

    # ---------------- hanyeong (8 whole + 3 mixed) ----------------
    N('hy-01', 'hanyeong', I_PARK, 'ghkqns', ['potted_plant', 'succulent_pot'], ['empty_pot'], intended='화분'),
    N('hy-02', 'hanyeong', I_SELF, 'ekscp xltucm', ['group_tshirt'], intended='단체 티셔츠'),
    N('hy-03', 'hanyeong', I_SENIOR, 'qocnrlacl', ['kimchi'], ['kimchi_other', 'kkakdugi'],
      cond={'spec_any': ['배추', '포기']}, intended='배추김치'),
    N('hy-04', 'hanyeong', I_WOMEN, 'tnrjs', ['towel'], ['towel_gift'], intended='수건'),
    N('hy-05', 'hanyeong', I_FOREIGN, 'xhddur', ['interpretation'], ['translation'], intended='통역'),
    N('hy-06', 'hanyeong', I_FOOD, 'wkqrhr', ['mixed_grains'], ['brown_rice', 'glutinous_rice', 'beans'], intended='잡곡'),
    N('hy-07', 'hanyeong', I_VOC, 'dnjsenzjvl', ['coffee_bean'], ['coffee_dripbag', 'coffee_concentrate'], intended='원두커피'),
    N('hy-08', 'hanyeong', I_JBDC, 'cjdth dyddur', ['cleaning_service'], ['window_cleaning', 'floor_wax', 'bus_shelter_cleaning'],
      intended='청소 용역'),
    N('hy-09', 'hanyeong', I_SELF, '친환경 ghkwkdwl', ['toilet_paper'], ['facial_tissue'], intended='친환경 화장지'),
    N('hy-10', 'hanyeong', I_FOOD, '명절 tjsanf세트', ['gift_set_holiday'], ['towel_gift', 'cookie_gift'], intended='명절 선물세트'),
    N('hy-11', 'hanyeong', I_CARE, 'aksemfrl 키트', ['craft_kit'], intended='만들기 키트'),

    # ---------------- spacing (11) ----------------
    N('sp-01', 'spacing', I_WOMEN, '꽃 바구니', ['flower_basket'], ['bouquet']),
    N('sp-02', 'spacing', I_CARE, '떡 케이크', ['rice_cake_cake'], ['cake']),
    N('sp-03', 'spacing', I_FOOD, '에코 백', ['eco_bag'], ['nonwoven_bag']),
    N('sp-04', 'spacing', I_BUS, '단체티셔츠', ['group_tshirt']),
    N('sp-05', 'spacing', I_EDU, '에어컨세척', ['aircon_cleaning']),
    N('sp-06', 'spacing', I_SPED, '수제쿠키', ['cookie'], ['madeleine']),
    N('sp-07', 'spacing', I_CARE, '물 티슈', ['wet_tissue']),
    N('sp-08', 'spacing', I_SENIOR, '고무 장갑', ['rubber_gloves'], ['coated_gloves']),
    N('sp-09', 'spacing', I_SENIOR, '도시락용기', ['disposable_container']),
    N('sp-10', 'spacing', I_FOOD, '한과선물세트', ['hangwa_set'], ['hangwa']),
    N('sp-11', 'spacing', I_WOMEN, '명함인쇄', ['business_card']),

    # ---------------- choseong (11) ----------------
    N('cs-01', 'choseong', I_EDU, 'ㅂㅅㅇㅈ', ['copy_paper'], intended='복사용지'),
    N('cs-02', 'choseong', I_BUS, 'ㅎㅅㅁ', ['banner_cloth'], ['x_banner'], intended='현수막'),
    N('cs-03', 'choseong', I_FOREIGN, 'ㄷㅅㄹ', ['lunchbox'], ['sandwich_box'], intended='도시락'),
    N('cs-04', 'choseong', I_WOMEN, 'ㅁㅎ 제작', ['business_card'], intended='명함 제작'),
    N('cs-05', 'choseong', I_SPED, 'ㄲㄷㅂ', ['bouquet'], ['flower_basket'], intended='꽃다발'),
    N('cs-06', 'choseong', I_SENIOR, 'ㅇㅊㅁ', ['apron'], intended='앞치마'),
    N('cs-07', 'choseong', I_WOMEN, 'ㅌㅂㄹ', ['tumbler'], ['mug'], intended='텀블러'),
    N('cs-08', 'choseong', I_VOC, 'ㅅㄱ 기념품', ['towel'], ['towel_gift'], intended='수건 기념품'),
    N('cs-09', 'choseong', I_SELF, '친환경 ㅅㅈ', ['dish_detergent', 'laundry_detergent', 'multi_cleaner'], ['em_liquid'],
      intended='친환경 세제'),
    N('cs-10', 'choseong', I_CARE, 'ㅂㄷㄱㅇ', ['board_game'], intended='보드게임'),
    N('cs-11', 'choseong', I_PARK, '화단용 ㅌㅂ', ['compost'], ['potting_soil', 'mulch'], intended='화단용 퇴비'),

    # ---------------- quantity (11) ----------------
    N('qt-01', 'quantity', I_EDU, 'A4 복사용지 80g 10박스', ['copy_paper'], qty=10, cond={'spec_all': ['A4', '80g']}),
    N('qt-02', 'quantity', I_SENIOR, '쌀 20kg 10포', ['rice'], ['brown_rice', 'glutinous_rice'], qty=10, cond={'spec_all': ['20kg']}),
    N('qt-03', 'quantity', I_WOMEN, '수건 개당 3,000원 이하로 300장', ['towel'], ['towel_gift'], qty=300, cond={'price_max': 3000}),
    N('qt-04', 'quantity', I_SPED, '답례떡 개별포장 200개 개당 1,500원 이하', ['rice_cake'], qty=200,
      cond={'price_max': 1500, 'spec_any': ['개별포장', '개별 포장']}),
    N('qt-05', 'quantity', I_BUS, '현수막 5m x 90cm 6장', ['banner_cloth'], ['x_banner'], qty=6,
      cond={'spec_any': ['5,000×900', '5000×900', '자유 규격']}),
    N('qt-06', 'quantity', I_PARK, '꽃모종 1,000포트 예산 50만원', ['flower_seedling'], qty=1000, budget=500000,
      cond={'price_max': 500}),
    N('qt-07', 'quantity', I_SELF, '단체티 100벌 예산 150만원', ['group_tshirt'], qty=100, budget=1500000,
      cond={'price_max': 15000}),
    N('qt-08', 'quantity', I_CARE, '샌드위치 40개 개당 4천원 이하', ['sandwich'], ['sandwich_box'], qty=40,
      cond={'price_max': 4000}),
    N('qt-09', 'quantity', I_FOREIGN, '리플릿 A4 3단 1,000부', ['leaflet'], ['flyer', 'booklet'], qty=1000,
      cond={'spec_all': ['3단']}),
    N('qt-10', 'quantity', I_FOOD, '김치 10kg 5박스', ['kimchi'], ['kimchi_other', 'kkakdugi'], qty=5,
      cond={'spec_all': ['10kg']}),
    N('qt-11', 'quantity', I_JBDC, '코팅장갑 100켤레 예산 10만원', ['coated_gloves'], ['cotton_gloves', 'rubber_gloves'],
      qty=100, budget=100000, cond={'price_max': 1000}),

    # ---------------- long_sentence (11) ----------------
    N('ls-01', 'long_sentence', I_EDU,
      '11월 20일(목) 교육청 2층 대회의실에서 청렴 실천 결의대회가 있어 무대 뒤에 걸 현수막 1개를 제작하고자 합니다. '
      '사회적경제기업 우선구매 대상 업체로 견적 부탁드립니다.',
      ['banner_cloth'], ['x_banner'], qty=1),
    N('ls-02', 'long_sentence', I_CARE,
      '다음 달 셋째 주에 돌봄교실 아이들 생일잔치를 하려고 하는데요, 아이들이 같이 나눠 먹을 떡케이크나 케이크를 '
      '주문할 수 있는 곳이 있을까요?',
      ['rice_cake_cake', 'cake'], ['rice_cake']),
    N('ls-03', 'long_sentence', I_SPED,
      '본교 저학년 학생들의 소근육 발달 수업에 쓸 나무로 된 교구를 학급당 한 세트씩 구입하려고 하오니 '
      '사회적기업 제품 중 적합한 것을 추천해 주시기 바랍니다.',
      ['wooden_educational_toy', 'wooden_block'], ['sensory_toy']),
    N('ls-04', 'long_sentence', I_VOC,
      '장애인 근로자분들이 작업장에서 여름에 입을 조끼를 30벌 정도 맞추려고 하는데 센터 로고를 넣어 '
      '주문 제작할 수 있는 곳을 알려 주세요.',
      ['work_vest'], ['safety_vest', 'work_uniform'], qty=30),
    N('ls-05', 'long_sentence', I_SENIOR,
      '매주 화·목 어르신 점심 배식에 들어갈 배추김치를 국내산 재료로 정기 납품해 줄 업체를 찾고 있습니다. '
      '한 번에 20kg 정도 필요합니다.',
      ['kimchi'], ['kimchi_other', 'kkakdugi'], cond={'spec_any': ['배추', '포기']}),
    N('ls-06', 'long_sentence', I_WOMEN,
      '12월 5일 직업교육 수료식 때 수료생 30명에게 드릴 기념 수건을 준비하려 합니다. '
      '센터 이름을 인쇄하거나 자수로 넣을 수 있으면 좋겠습니다.',
      ['towel'], ['towel_gift'], qty=30, cond={'spec_any': ['인쇄', '자수', '로고']}),
    N('ls-07', 'long_sentence', I_FOREIGN,
      "결혼이민자 대상 '전주 생활 안내' 책자를 베트남어와 중국어로 옮기려고 합니다. "
      '인쇄는 따로 맡길 예정이라 우선 번역만 해 줄 수 있는 곳을 찾습니다.',
      ['translation'], ['interpretation', 'multilingual_print']),
    N('ls-08', 'long_sentence', I_SELF,
      '자활센터 사무실과 교육장(약 300㎡) 바닥 청소를 한 달에 두 번 정기적으로 맡길 청소 업체를 구합니다. '
      '내년 1월부터 계약 예정입니다.',
      ['cleaning_service'], ['floor_wax', 'window_cleaning']),
    N('ls-09', 'long_sentence', I_FOOD,
      '기부받은 식품을 취약계층 가정에 나눠 드릴 때 쓸 튼튼한 천 장바구니를 500개 정도 구매하려고 합니다. '
      '푸드뱅크 로고 인쇄가 가능하면 좋겠습니다.',
      ['eco_bag'], ['nonwoven_bag', 'shopping_bag'], qty=500),
    N('ls-10', 'long_sentence', I_JBDC,
      '저희 공사가 관리하는 임대아파트 단지의 놀이터와 커뮤니티 시설에 대해 분기마다 방역 소독을 실시하려고 합니다. '
      '계약 가능한 업체 정보를 부탁드립니다.',
      ['disinfection_service'], ['pest_control']),
    N('ls-11', 'long_sentence', I_PARK,
      '내년 3월 중순까지 덕진공원 화단에 심을 팬지와 메리골드 모종을 납품받고 싶습니다. 수량은 각 2,000포트 정도입니다.',
      ['flower_seedling'], qty=4000, cond={'spec_any': ['팬지', '메리골드']}),

    # ---------------- category (11) ----------------
    N('cat-01', 'category', I_EDU, '사무실에서 쓸 사무용품 일체',
      ['copy_paper', 'tape_clear', 'stapler', 'staple_pins', 'sticky_note', 'ballpen', 'memo_pad', 'file_folder',
       'marker', 'glue_stick'],
      ['colored_paper', 'envelope', 'tape_packing', 'scissors_kids']),
    N('cat-02', 'category', I_CARE, '아이들 오후 간식거리',
      ['cookie', 'castella', 'bread', 'madeleine', 'juice', 'rice_cake', 'sandwich', 'hangwa', 'rice_snack', 'fruit',
       'tofu_snack'],
      ['cake', 'rice_cake_cake', 'refreshment_set', 'health_juice', 'soy_milk']),
    N('cat-03', 'category', I_SPED, '특수학급 교구와 놀이 용품',
      ['wooden_educational_toy', 'wooden_block', 'sensory_toy', 'board_game'], ['craft_kit']),
    N('cat-04', 'category', I_VOC, '작업장 안전용품',
      ['safety_vest', 'cotton_gloves', 'coated_gloves', 'mask'], ['rubber_gloves', 'work_uniform', 'work_vest', 'arm_sleeve']),
    N('cat-05', 'category', I_SENIOR, '경로식당 식재료',
      ['rice', 'mixed_grains', 'brown_rice', 'glutinous_rice', 'beans', 'tofu', 'soft_tofu', 'fishcake', 'sesame_oil',
       'perilla_oil', 'sesame', 'chili_powder', 'doenjang', 'gochujang', 'soy_sauce', 'kimchi', 'kimchi_other',
       'kkakdugi', 'laver', 'garaetteok', 'tteok_for_tteokbokki'],
      ['side_dish', 'fruit', 'nurungji', 'soy_milk', 'yukgaejang']),
    N('cat-06', 'category', I_WOMEN, '행사 홍보물 인쇄',
      ['banner_cloth', 'x_banner', 'flyer', 'leaflet', 'poster', 'booklet'],
      ['sticker', 'invitation', 'signboard_foam', 'design']),
    N('cat-07', 'category', I_FOREIGN, '다문화 축제 참가자 먹거리 준비',
      ['catering_buffet', 'lunchbox', 'refreshment_set', 'sandwich', 'sandwich_box', 'rice_ball'],
      ['rice_cake', 'coffee_drink', 'cookie', 'bread', 'juice']),
    N('cat-08', 'category', I_SELF, '청소용품',
      ['dish_detergent', 'laundry_detergent', 'multi_cleaner', 'rubber_gloves', 'mop', 'broom', 'rag', 'trash_bag',
       'sprayer'],
      ['em_liquid', 'wet_tissue', 'hand_soap']),
    N('cat-09', 'category', I_FOOD, '명절 선물용 식품 세트', ['gift_set_holiday'], ['fruit', 'cookie_gift']),
    N('cat-10', 'category', I_PARK, '공원 화단 가꾸는 데 필요한 자재',
      ['flower_seedling', 'compost', 'potting_soil', 'mulch', 'garden_trowel'],
      ['potted_plant', 'empty_pot', 'landscaping_service', 'planting_service']),
    N('cat-11', 'category', I_BUS, '버스승강장 청소 등 환경 정비 용역',
      ['bus_shelter_cleaning'], ['cleaning_service', 'window_cleaning', 'disinfection_service']),

    # ---------------- location (11) ----------------
    N('loc-01', 'location', I_EDU, '효자동 꽃집', loc={'dong': '효자동', 'shops': ['flower']}),
    N('loc-02', 'location', I_WOMEN, '송천동 떡집', loc={'dong': '송천동', 'shops': ['rice_cake']}),
    N('loc-03', 'location', I_FOREIGN, '중화산동 인쇄소', loc={'dong': '중화산동', 'shops': ['print']}),
    N('loc-04', 'location', I_SPED, '인후동 세탁소', loc={'dong': '인후동', 'shops': ['laundry']}),
    N('loc-05', 'location', I_CARE, '풍남동 공방', loc={'dong': '풍남동', 'shops': ['craft', 'wood']}),
    N('loc-06', 'location', I_SENIOR, '삼천동 반찬가게', loc={'dong': '삼천동', 'shops': ['side_dish']}),
    N('loc-07', 'location', I_VOC, '평화동 빵집', loc={'dong': '평화동', 'shops': ['bakery']}),
    N('loc-08', 'location', I_SELF, '서신동 도시락집', loc={'dong': '서신동', 'shops': ['lunchbox']}),
    N('loc-09', 'location', I_FOOD, '금암동 카페', loc={'dong': '금암동', 'shops': ['cafe']}),
    N('loc-10', 'location', I_PARK, '우아동 목공방', loc={'dong': '우아동', 'shops': ['wood']}),
    N('loc-11', 'location', I_JBDC, '진북동 청소업체', loc={'dong': '진북동', 'shops': ['cleaning']}),

    # ---------------- multi_item (10) ----------------
    N('mi-01', 'multi_item', I_EDU, '복사용지랑 볼펜', items=[
        dict(label='복사용지', want=['copy_paper'], ok=[]),
        dict(label='볼펜', want=['ballpen'], ok=[])]),
    N('mi-02', 'multi_item', I_WOMEN, '현수막 및 X배너', items=[
        dict(label='현수막', want=['banner_cloth'], ok=[]),
        dict(label='X배너', want=['x_banner'], ok=[])]),
    N('mi-03', 'multi_item', I_SENIOR, '앞치마, 위생모, 고무장갑', items=[
        dict(label='앞치마', want=['apron'], ok=[]),
        dict(label='위생모', want=['hygiene_cap'], ok=[]),
        dict(label='고무장갑', want=['rubber_gloves'], ok=[])]),
    N('mi-04', 'multi_item', I_CARE, '떡하고 주스', items=[
        dict(label='떡', want=['rice_cake'], ok=['rice_cake_cake']),
        dict(label='주스', want=['juice'], ok=['health_juice'])]),
    N('mi-05', 'multi_item', I_VOC, '택배상자 에어캡', items=[
        dict(label='택배상자', want=['corrugated_box'], ok=['gift_box']),
        dict(label='에어캡', want=['air_cap'], ok=[])]),
    N('mi-06', 'multi_item', I_FOREIGN, '통역 및 번역', items=[
        dict(label='통역', want=['interpretation'], ok=[]),
        dict(label='번역', want=['translation'], ok=[])]),
    N('mi-07', 'multi_item', I_FOOD, '쌀, 잡곡, 참기름', items=[
        dict(label='쌀', want=['rice'], ok=['brown_rice', 'glutinous_rice']),
        dict(label='잡곡', want=['mixed_grains'], ok=['beans', 'brown_rice']),
        dict(label='참기름', want=['sesame_oil'], ok=['perilla_oil'])]),
    N('mi-08', 'multi_item', I_JBDC, '목장갑하고 마대자루', items=[
        dict(label='목장갑', want=['cotton_gloves'], ok=['coated_gloves']),
        dict(label='마대자루', want=['sack'], ok=[])]),
    N('mi-09', 'multi_item', I_PARK, '화분과 퇴비', items=[
        dict(label='화분', want=['potted_plant', 'succulent_pot'], ok=['empty_pot']),
        dict(label='퇴비', want=['compost'], ok=['potting_soil'])]),
    N('mi-10', 'multi_item', I_BUS, '물티슈랑 손소독제', items=[
        dict(label='물티슈', want=['wet_tissue'], ok=[]),
        dict(label='손소독제', want=['hand_sanitizer'], ok=['hand_soap'])]),
]

if __name__ == '__main__':
    from collections import Counter
    print(len(NEEDS), Counter(n['kind'] for n in NEEDS))
