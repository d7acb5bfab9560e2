# -*- coding: utf-8 -*-
"""매칭 가능한 수요 120건 (카탈로그 작성 전에 먼저 작성함).

각 수요의 필드
  id      내부 번호 (유형 약어 + 번호) - 최종 파일에는 나오지 않음
  kind    유형
  org     입력하는 기관 (목소리 설정용, 최종 파일에는 나오지 않음)
  text    검색창에 입력한 문장 (hanyeong 은 intended 로부터 생성)
  qty/budget  수량/예산 (정수, 없으면 None)
  t2      관련도 2 가 되는 품목 태그 (담당자가 실제로 원하는 것)
  t1      관련도 1 이 되는 품목 태그 (같은 용도의 대체품)
  form    synonym/typo: 카탈로그에 절대 나오면 안 되는 표현
  intended  hanyeong/choseong: 의도한 한글. hanyeong 은 [ ] 안을 영문 자판으로 변환
  cond    quantity: 조건 - max_price(단가 상한) 또는 spec(제품명+규격에 모두 들어가야 할 문자열)
          조건을 못 맞춘 같은 품목은 1
  dong/shop location: 동 이름과 가게 말 (SHOP_TYPES 의 키)
  items   multi_item: [(수요에 적힌 품목명, t2 태그들, t1 태그들), ...]
"""

# 떡 전체 (떡집/“떡” 요구에 쓰는 묶음)
TTEOK = ['baekseolgi', 'seolgi_variant', 'rainbow_tteok', 'chapssal_tteok', 'garaetteok',
         'tteokguk_tteok', 'tteok_cake', 'tteok_gift', 'tteok_misc']

# location 수요의 가게 말 -> 그 가게가 파는 품목 태그
SHOP_TYPES = {
    '떡집': TTEOK,
    '한지공방': ['hanji_fan', 'hanji_lamp', 'hanji_craft', 'hanji_experience', 'hanji_experience_other',
             'hanji_kit', 'hanji_stationery'],
    '꽃집': ['potted_plant', 'air_plant', 'flower_basket', 'congratulatory_wreath',
             'condolence_wreath', 'bouquet'],
    '세탁소': ['bedding_laundry', 'laundry_general', 'curtain_laundry'],
    '반찬가게': ['side_dish', 'side_dish_delivery', 'kimchi', 'kimchi_other'],
    '빵집': ['bread', 'cake', 'cookie', 'baked_snack'],
    '인쇄소': ['banner', 'xbanner', 'flyer', 'pamphlet', 'poster', 'business_card', 'envelope', 'booklet'],
    '기름집': ['sesame_oil', 'perilla_oil', 'chili_powder', 'misutgaru', 'oil_set', 'sesame_seed'],
    '도자기공방': ['pottery', 'pottery_mug', 'pottery_pot', 'pottery_experience'],
    '목공방': ['wood_products', 'wood_diy_kit', 'certificate_frame', 'woodwork_experience', 'wood_furniture'],
    '커피집': ['coffee_beans', 'drip_bag', 'dutch_coffee'],
}

NEEDS = [
    # ------------------------------------------------------------------ exact
    dict(id='ex01', kind='exact', org='전주시의회 사무국', text='현수막 제작', t2=['banner'], t1=[]),
    dict(id='ex02', kind='exact', org='전주시 노인복지관', text='백설기 주문', t2=['baekseolgi'],
         t1=['seolgi_variant', 'rainbow_tteok']),
    dict(id='ex03', kind='exact', org='국립 전북대학교 학생처', text='에코백', t2=['ecobag'], t1=[]),
    dict(id='ex04', kind='exact', org='전북대학교병원 총무팀', text='도시락 단체주문',
         t2=['lunchbox', 'bibimbap_lunchbox'], t1=[]),
    dict(id='ex05', kind='exact', org='중·고등학교 행정실', text='복사용지', t2=['copy_paper'], t1=[]),
    dict(id='ex06', kind='exact', org='전북특별자치도청 사회적경제과', text='재생토너 구매',
         t2=['recycled_toner'], t1=[]),
    dict(id='ex07', kind='exact', org='전주 한옥마을 관광안내소', text='한지 부채', t2=['hanji_fan'], t1=[]),
    dict(id='ex08', kind='exact', org='전주시 평생학습관', text='천연비누', t2=['natural_soap'], t1=[]),
    dict(id='ex09', kind='exact', org='읍·면·동 주민자치회', text='사무실 화분',
         t2=['potted_plant', 'air_plant'], t1=[]),
    dict(id='ex10', kind='exact', org='장애인종합복지관', text='간병인 파견', t2=['caregiving'],
         t1=['elderly_care', 'hospital_escort']),
    dict(id='ex11', kind='exact', org='전북개발공사', text='원두커피', t2=['coffee_beans'],
         t1=['drip_bag', 'dutch_coffee']),

    # ---------------------------------------------------------------- synonym
    dict(id='sy01', kind='synonym', org='전북특별자치도청 사회적경제과', text='회의용 모찌 50개', qty=50,
         form='모찌', t2=['chapssal_tteok'], t1=['tteok_gift']),
    dict(id='sy02', kind='synonym', org='전북개발공사', text='깜밥 선물세트', form='깜밥',
         t2=['nurungji'], t1=['nurungji_snack']),
    dict(id='sy03', kind='synonym', org='읍·면·동 주민자치회', text='행사 찌라시 인쇄', form='찌라시',
         t2=['flyer'], t1=['pamphlet', 'poster']),
    dict(id='sy04', kind='synonym', org='전북대학교병원 총무팀', text='크리넥스 대량구매', form='크리넥스',
         t2=['tissue'], t1=['roll_tissue']),
    dict(id='sy05', kind='synonym', org='중·고등학교 행정실', text='호치키스 10개', qty=10, form='호치키스',
         t2=['stapler'], t1=['staples']),
    dict(id='sy06', kind='synonym', org='전주시의회 사무국', text='포스트잇', form='포스트잇',
         t2=['sticky_note'], t1=[]),
    dict(id='sy07', kind='synonym', org='전주시 도시재생지원센터', text='벤또 40개 배달 되나요', qty=40,
         form='벤또', t2=['lunchbox', 'bibimbap_lunchbox'], t1=[]),
    dict(id='sy08', kind='synonym', org='전주시 노인복지관', text='어르신 잔치에 감주', form='감주',
         t2=['sikhye'], t1=['sujeonggwa', 'drink_set']),
    dict(id='sy09', kind='synonym', org='전주시 마을공동체지원센터', text='아이들 주전부리', form='주전부리',
         t2=['snack_box'], t1=['cookie', 'baked_snack', 'hangwa', 'bread']),
    dict(id='sy10', kind='synonym', org='국립 전북대학교 학생처', text='천가방 로고 인쇄', form='천가방',
         t2=['ecobag'], t1=['pouch']),
    dict(id='sy11', kind='synonym', org='읍·면·동 주민자치회', text='마을잔치 지짐이', form='지짐이',
         t2=['jeon_platter'], t1=['catering_buffet']),

    # ------------------------------------------------------------------- typo
    dict(id='ty01', kind='typo', org='전주시 도시재생지원센터', text='개소식 플랜카드', form='플랜카드',
         t2=['banner'], t1=[]),
    dict(id='ty02', kind='typo', org='전주시 평생학습관', text='디퓨져 답례품', form='디퓨져',
         t2=['diffuser'], t1=['candle', 'air_freshener']),
    dict(id='ty03', kind='typo', org='장애인종합복지관', text='생일 케잌', form='케잌',
         t2=['cake'], t1=['tteok_cake']),
    dict(id='ty04', kind='typo', org='전북개발공사', text='출장부페', form='부페',
         t2=['catering_buffet'], t1=['jeon_platter', 'food_truck']),
    dict(id='ty05', kind='typo', org='전주 한옥마을 관광안내소', text='관광안내 팜플렛 제작', form='팜플렛',
         t2=['pamphlet'], t1=['flyer', 'booklet']),
    dict(id='ty06', kind='typo', org='국립 전북대학교 학생처', text='텀불러 단체주문', form='텀불러',
         t2=['tumbler'], t1=['mug']),
    dict(id='ty07', kind='typo', org='전북특별자치도청 사회적경제과', text='종이 쇼핑벡', form='쇼핑벡',
         t2=['paper_shopping_bag'], t1=['ecobag']),
    dict(id='ty08', kind='typo', org='전주시 노인복지관', text='어르신 레크레이션 강사', form='레크레이션',
         t2=['recreation'], t1=['senior_program']),
    dict(id='ty09', kind='typo', org='중·고등학교 행정실', text='표창장 엑자', form='엑자',
         t2=['certificate_frame'], t1=[]),
    dict(id='ty10', kind='typo', org='전주시의회 사무국', text='수재청 선물', form='수재청',
         t2=['syrup'], t1=['traditional_tea']),
    dict(id='ty11', kind='typo', org='전주 한옥마을 관광안내소', text='전통 매듭 악세사리', form='악세사리',
         t2=['knot_accessory'], t1=['knot_keyring', 'knot_bookmark']),

    # --------------------------------------------------------------- hanyeong
    dict(id='hy01', kind='hanyeong', org='중·고등학교 행정실', intended='[앞치마]', t2=['apron'], t1=[]),
    dict(id='hy02', kind='hanyeong', org='전주 한옥마을 관광안내소', intended='[천연염색] 스카프',
         t2=['natural_dye_scarf'], t1=[]),
    dict(id='hy03', kind='hanyeong', org='전주시 마을공동체지원센터', intended='[명함 인쇄]',
         t2=['business_card'], t1=[]),
    dict(id='hy04', kind='hanyeong', org='전주시 노인복지관', intended='[떡케이크]', t2=['tteok_cake'], t1=['cake']),
    dict(id='hy05', kind='hanyeong', org='전북개발공사', intended='[축하화환]', t2=['congratulatory_wreath'],
         t1=['flower_basket']),
    dict(id='hy06', kind='hanyeong', org='전주 한옥마을 관광안내소', intended='[한지] 조명', t2=['hanji_lamp'], t1=[]),
    dict(id='hy07', kind='hanyeong', org='전북대학교병원 총무팀', intended='[참기름]', t2=['sesame_oil'],
         t1=['perilla_oil', 'oil_set']),
    dict(id='hy08', kind='hanyeong', org='장애인종합복지관', intended='[포기김치]', t2=['kimchi'],
         t1=['kimchi_other']),
    dict(id='hy09', kind='hanyeong', org='전주시 평생학습관', intended='[목공체험]', t2=['woodwork_experience'],
         t1=['wood_diy_kit']),
    dict(id='hy10', kind='hanyeong', org='전주시 노인복지관', intended='[꽃바구니]', t2=['flower_basket'],
         t1=['bouquet']),
    dict(id='hy11', kind='hanyeong', org='장애인종합복지관', intended='[반찬] 배달', t2=['side_dish_delivery'],
         t1=['side_dish']),

    # ---------------------------------------------------------------- spacing
    dict(id='sp01', kind='spacing', org='전주시 도시재생지원센터', text='사무실청소', t2=['office_cleaning'],
         t1=['building_cleaning']),
    dict(id='sp02', kind='spacing', org='국립 전북대학교 학생처', text='천연 염색손수건',
         t2=['natural_dye_handkerchief'], t1=['handkerchief']),
    dict(id='sp03', kind='spacing', org='전주 한옥마을 관광안내소', text='비빔밥도시락', t2=['bibimbap_lunchbox'],
         t1=['lunchbox']),
    dict(id='sp04', kind='spacing', org='전주시 평생학습관', text='보드 게임', t2=['board_game'], t1=['boardgame_class']),
    dict(id='sp05', kind='spacing', org='장애인종합복지관', text='방충망교체', t2=['screen_replace'], t1=[]),
    dict(id='sp06', kind='spacing', org='전북대학교병원 총무팀', text='공기정화식물', t2=['air_plant'],
         t1=['potted_plant']),
    dict(id='sp07', kind='spacing', org='전주 한옥마을 관광안내소', text='전통매듭 열쇠 고리', t2=['knot_keyring'],
         t1=['knot_accessory']),
    dict(id='sp08', kind='spacing', org='전주시 노인복지관', text='도배 장판', t2=['wallpaper_floor'],
         t1=['wallpaper_only', 'floor_only']),
    dict(id='sp09', kind='spacing', org='읍·면·동 주민자치회', text='친환경세제', t2=['detergent'], t1=['dish_soap']),
    dict(id='sp10', kind='spacing', org='중·고등학교 행정실', text='한지 뜨기체험', t2=['hanji_experience'],
         t1=['hanji_experience_other']),
    dict(id='sp11', kind='spacing', org='전주시의회 사무국', text='캘리그라피액자', t2=['calligraphy_frame'], t1=[]),

    # --------------------------------------------------------------- choseong
    dict(id='ch01', kind='choseong', org='전북개발공사', text='ㅅㅈㅊ', intended='수제청', t2=['syrup'], t1=[]),
    dict(id='ch02', kind='choseong', org='장애인종합복지관', text='ㄸㅋㅇㅋ', intended='떡케이크', t2=['tteok_cake'],
         t1=['cake']),
    dict(id='ch03', kind='choseong', org='전주시 마을공동체지원센터', text='ㅎㅅㅁ 제작', intended='현수막 제작',
         t2=['banner'], t1=[]),
    dict(id='ch04', kind='choseong', org='전주시 노인복지관', text='ㄱㄹㄸ', intended='가래떡', t2=['garaetteok'],
         t1=['tteokguk_tteok']),
    dict(id='ch05', kind='choseong', org='전북대학교병원 총무팀', text='ㄷㄱㄹ', intended='들기름', t2=['perilla_oil'],
         t1=['sesame_oil', 'oil_set']),
    dict(id='ch06', kind='choseong', org='국립 전북대학교 학생처', text='ㅇㅋㅂ 인쇄', intended='에코백 인쇄',
         t2=['ecobag'], t1=[]),
    dict(id='ch07', kind='choseong', org='전주시 평생학습관', text='ㅂㄷㄱㅇ', intended='보드게임', t2=['board_game'],
         t1=['boardgame_class']),
    dict(id='ch08', kind='choseong', org='전주시의회 사무국', text='ㅇㄱ 선물세트', intended='약과 선물세트',
         t2=['yakgwa_set'], t1=['hangwa_set', 'yakgwa']),
    dict(id='ch09', kind='choseong', org='전주시 도시재생지원센터', text='ㄷㅍㅈ', intended='디퓨저', t2=['diffuser'],
         t1=['candle', 'air_freshener']),
    dict(id='ch10', kind='choseong', org='전북특별자치도청 사회적경제과', text='ㄷㅊㅋㅍ', intended='더치커피',
         t2=['dutch_coffee'], t1=['coffee_beans', 'drip_bag']),
    dict(id='ch11', kind='choseong', org='장애인종합복지관', text='ㅂㅁㅁㅇ 서비스', intended='방문목욕 서비스',
         t2=['home_bath'], t1=['elderly_care']),

    # --------------------------------------------------------------- quantity
    dict(id='qt01', kind='quantity', org='중·고등학교 행정실', text='A4 복사용지 80g 10박스', qty=10,
         t2=['copy_paper'], t1=[], cond={'spec': ['A4', '80g']}),
    dict(id='qt02', kind='quantity', org='전주시 평생학습관', text='도시락 120개 예산 96만원', qty=120, budget=960000,
         t2=['lunchbox', 'bibimbap_lunchbox'], t1=[], cond={'max_price': 8000}),
    dict(id='qt03', kind='quantity', org='국립 전북대학교 학생처', text='에코백 300개 개당 3천원 이내', qty=300,
         t2=['ecobag'], t1=[], cond={'max_price': 3000}),
    dict(id='qt04', kind='quantity', org='전주시의회 사무국', text='현수막 5m x 0.9m 3장', qty=3,
         t2=['banner'], t1=[], cond={'spec': ['5×0.9']}),
    dict(id='qt05', kind='quantity', org='전북특별자치도청 사회적경제과', text='CF283A 재생토너 5개', qty=5,
         t2=['recycled_toner'], t1=[], cond={'spec': ['CF283A']}),
    dict(id='qt06', kind='quantity', org='전주시 노인복지관', text='백설기 200개 개당 2,000원 이하', qty=200,
         t2=['baekseolgi'], t1=['seolgi_variant'], cond={'max_price': 2000}),
    dict(id='qt07', kind='quantity', org='읍·면·동 주민자치회', text='수건 40수 150g 200장', qty=200,
         t2=['towel'], t1=[], cond={'spec': ['40수', '150g']}),
    dict(id='qt08', kind='quantity', org='장애인종합복지관', text='쌀 20kg 5포', qty=5,
         t2=['rice'], t1=[], cond={'spec': ['20kg']}),
    dict(id='qt09', kind='quantity', org='전북개발공사', text='원두 1kg 3봉', qty=3,
         t2=['coffee_beans'], t1=[], cond={'spec': ['1kg']}),
    dict(id='qt10', kind='quantity', org='전주시 마을공동체지원센터', text='참기름 350ml 30병 (선물용)', qty=30,
         t2=['sesame_oil'], t1=['oil_set'], cond={'spec': ['350ml']}),
    dict(id='qt11', kind='quantity', org='전주시 노인복지관', text='떡 답례품 80명분 1인 5천원 이하', qty=80,
         t2=['tteok_gift'], t1=[], cond={'max_price': 5000}),

    # ---------------------------------------------------------- long_sentence
    dict(id='ls01', kind='long_sentence', org='국립 전북대학교 학생처', qty=500,
         text='안녕하세요. 전북대학교 학생처 학생지원과입니다. 2025학년도 신입생 오리엔테이션(2월 26일, 삼성문화회관)에서 '
              '배부할 기념품으로 학과 로고를 인쇄한 머그컵 약 500개를 제작하고자 하오니 견적 부탁드립니다.',
         t2=['mug'], t1=['pottery_mug', 'tumbler']),
    dict(id='ls02', kind='long_sentence', org='전주시 노인복지관', qty=150,
         text='복지관 어르신 합동 생신잔치가 4월 10일(목) 오전 11시에 있어서요, 무지개떡을 150인분 정도 맞추고 싶은데 '
              '당일 아침에 복지관까지 배달 가능한 곳 찾습니다.',
         t2=['rainbow_tteok'], t1=['baekseolgi', 'seolgi_variant']),
    dict(id='ls03', kind='long_sentence', org='전주시 도시재생지원센터',
         text='전주시 도시재생지원센터입니다. 센터 사무실과 주민 공유공간(약 200㎡)에 대해 분기별 정기 방역소독을 '
              '위탁하려고 합니다. 하절기 해충 민원이 많아 6월 중 1회차 시행을 희망합니다.',
         t2=['disinfection'], t1=[]),
    dict(id='ls04', kind='long_sentence', org='전주시 마을공동체지원센터',
         text='수고 많으십니다. 마을공동체 활동 사례를 소개하는 3분 내외 홍보영상을 제작하려 합니다. 촬영은 5~6월 중 '
              '마을 3곳에서 진행하고 자막 작업까지 포함되었으면 좋겠습니다.',
         t2=['promo_video'], t1=['event_video', 'shortform']),
    dict(id='ls05', kind='long_sentence', org='전주 한옥마을 관광안내소',
         text='한옥마을 관광안내소입니다. 외국인 관광객용 안내 리플릿 원고(A4 4쪽 분량)를 영어와 중국어로 번역해 주실 '
              '업체를 찾고 있습니다. 7월 말까지 납품 가능하면 좋겠습니다.',
         t2=['translation'], t1=['interpretation']),
    dict(id='ls06', kind='long_sentence', org='읍·면·동 주민자치회',
         text='안녕하세요~ 저희 동 주민자치회에서 가을 마을축제(10월 18일 토요일, 주민센터 앞마당)를 준비 중인데요 '
              '개막 때 30분 정도 국악 공연 해주실 팀 섭외 부탁드립니다',
         t2=['gugak_performance'], t1=['performance_other']),
    dict(id='ls07', kind='long_sentence', org='중·고등학교 행정실',
         text='○○중학교 행정실입니다. 6월 환경의 날 주간에 1학년 6개 반 대상으로 환경교육을 진행하려고 하는데, '
              '학교로 방문해서 수업해 주실 강사 파견이 가능한지 문의드립니다.',
         t2=['env_education'], t1=['upcycling_class']),
    dict(id='ls08', kind='long_sentence', org='전주시 평생학습관', qty=20,
         text='평생학습관 하반기 주말 강좌 "나만의 원목 소품 만들기" 재료로 쓸 목공 DIY 키트(도마나 트레이 등) 20인분 '
              '구입 예정입니다. 공구 없이 조립 가능한 제품이면 더 좋겠습니다.',
         t2=['wood_diy_kit'], t1=['woodwork_experience']),
    dict(id='ls09', kind='long_sentence', org='장애인종합복지관',
         text='장애인종합복지관 생활실에서 사용하는 이불, 베개커버 등 침구류를 월 2회 수거해서 세탁 후 다시 가져다 '
              '주시는 업체를 찾습니다. 물량은 회당 40채 정도입니다.',
         t2=['bedding_laundry'], t1=['laundry_general']),
    dict(id='ls10', kind='long_sentence', org='전주시의회 사무국', qty=1,
         text='전주시의회 사무국입니다. 전직 의원 부친상 관련하여 금일 오후 3시까지 시내 장례식장으로 근조화환 1개 '
              '배송 부탁드립니다.',
         t2=['condolence_wreath'], t1=[]),
    dict(id='ls11', kind='long_sentence', org='전북대학교병원 총무팀',
         text='전북대학교병원 총무팀입니다. 개원 기념 직원 체육행사(5월 17일)의 행사 사진 촬영을 맡아주실 곳을 '
              '찾습니다. 오전 9시~오후 4시, 보정 후 원본 파일 제공 조건입니다.',
         t2=['event_photo'], t1=['event_video']),

    # --------------------------------------------------------------- category
    dict(id='ca01', kind='category', org='전북개발공사', text='직원 명절 선물세트 추천',
         t2=['food_gift_set'], t1=['craft_gift_set']),
    dict(id='ca02', kind='category', org='전북특별자치도청 사회적경제과', text='회의 때 먹을 다과',
         t2=['refreshment'], t1=['cookie', 'baked_snack', 'hangwa', 'sikhye', 'drip_bag', 'tteok_gift', 'bread',
                                  'traditional_tea']),
    dict(id='ca03', kind='category', org='국립 전북대학교 학생처', text='학생들 나눠줄 기념품 뭐가 있을까요',
         t2=['ecobag', 'tumbler', 'mug', 'towel', 'knot_keyring', 'natural_dye_handkerchief', 'pen', 'umbrella', 'electric_fan'],
         t1=['knot_bookmark', 'hanji_fan', 'pouch', 'paper_shopping_bag', 'hanji_stationery',
             'handkerchief', 'pottery_mug']),
    dict(id='ca04', kind='category', org='전주시 노인복지관', text='어르신 여가 프로그램 강사',
         t2=['senior_program', 'recreation'],
         t1=['hanji_experience', 'hanji_experience_other', 'woodwork_experience', 'boardgame_class',
             'upcycling_class', 'dye_experience', 'plant_class', 'folk_game_experience']),
    dict(id='ca05', kind='category', org='읍·면·동 주민자치회', text='친환경 생활용품',
         t2=['natural_soap', 'detergent', 'knit_scrubber', 'eco_misc', 'dish_soap'], t1=['ecobag', 'tumbler', 'handkerchief']),
    dict(id='ca06', kind='category', org='전주 한옥마을 관광안내소', text='관광객 판매용 전통공예품',
         t2=['hanji_fan', 'hanji_lamp', 'hanji_craft', 'knot_keyring', 'knot_accessory', 'knot_bookmark',
             'pottery', 'pottery_mug', 'najeon', 'jogakbo', 'natural_dye_scarf'],
         t1=['natural_dye_handkerchief', 'calligraphy_frame', 'hanji_stationery']),
    dict(id='ca07', kind='category', org='중·고등학교 행정실', text='중학생 진로체험 프로그램',
         t2=['woodwork_experience', 'hanji_experience', 'hanji_experience_other', 'baking_experience',
             'barista_experience', 'bibimbap_experience', 'pottery_experience', 'dye_experience',
             'tteok_experience', 'kimchi_experience', 'candle_experience', 'knot_experience'],
         t1=['env_education', 'upcycling_class', 'boardgame_class', 'folk_game_experience']),
    dict(id='ca08', kind='category', org='전주시 도시재생지원센터', text='건물 관리 용역 업체 (청소, 소독 등)',
         t2=['office_cleaning', 'building_cleaning', 'disinfection', 'window_cleaning'],
         t1=['move_in_cleaning', 'screen_replace']),
    dict(id='ca09', kind='category', org='전주시의회 사무국', text='행사 홍보물 제작',
         t2=['banner', 'xbanner', 'flyer', 'pamphlet', 'poster'],
         t1=['booklet', 'promo_video', 'card_news', 'banner_stand']),
    dict(id='ca10', kind='category', org='전주시 마을공동체지원센터', text='마을잔치 음식 준비',
         t2=['catering_buffet', 'jeon_platter', 'food_truck'] + TTEOK + ['sikhye'],
         t1=['lunchbox', 'kimchi', 'side_dish', 'sujeonggwa', 'drink_set']),
    dict(id='ca11', kind='category', org='장애인종합복지관', text='재가 돌봄 서비스 연계 가능한 곳',
         t2=['home_bath', 'housework_help', 'elderly_care', 'disability_support'],
         t1=['caregiving', 'hospital_escort', 'side_dish_delivery']),

    # --------------------------------------------------------------- location
    dict(id='lo01', kind='location', org='전주시 노인복지관', text='중앙동 떡집', dong='중앙동', shop='떡집'),
    dict(id='lo02', kind='location', org='전주 한옥마을 관광안내소', text='풍남동 한지공방', dong='풍남동', shop='한지공방'),
    dict(id='lo03', kind='location', org='전북개발공사', text='효자동 꽃집', dong='효자동', shop='꽃집'),
    dict(id='lo04', kind='location', org='장애인종합복지관', text='송천동 세탁소', dong='송천동', shop='세탁소'),
    dict(id='lo05', kind='location', org='전주시 노인복지관', text='인후동 반찬가게', dong='인후동', shop='반찬가게'),
    dict(id='lo06', kind='location', org='전주시 평생학습관', text='서신동 빵집', dong='서신동', shop='빵집'),
    dict(id='lo07', kind='location', org='전주시의회 사무국', text='팔복동 인쇄소', dong='팔복동', shop='인쇄소'),
    dict(id='lo08', kind='location', org='전주시 마을공동체지원센터', text='금암동 기름집', dong='금암동', shop='기름집'),
    dict(id='lo09', kind='location', org='전주 한옥마을 관광안내소', text='교동 도자기 공방', dong='교동', shop='도자기공방'),
    dict(id='lo10', kind='location', org='전주시 평생학습관', text='덕진동 목공방', dong='덕진동', shop='목공방'),
    dict(id='lo11', kind='location', org='전주시 도시재생지원센터', text='삼천동 커피집', dong='삼천동', shop='커피집'),

    # ------------------------------------------------------------- multi_item
    dict(id='mu01', kind='multi_item', org='전주시의회 사무국', text='현수막 2장이랑 X배너 1개',
         items=[('현수막', ['banner'], []), ('X배너', ['xbanner'], ['banner_stand'])]),
    dict(id='mu02', kind='multi_item', org='전주시 노인복지관', text='떡하고 식혜',
         items=[('떡', TTEOK, []), ('식혜', ['sikhye'], ['sujeonggwa', 'drink_set'])]),
    dict(id='mu03', kind='multi_item', org='중·고등학교 행정실', text='급식실 앞치마, 토시, 위생모',
         items=[('앞치마', ['apron'], []), ('토시', ['arm_sleeve'], []), ('위생모', ['hygiene_cap'], [])]),
    dict(id='mu04', kind='multi_item', org='전북개발공사', text='사내카페용 원두랑 드립백',
         items=[('원두', ['coffee_beans'], ['dutch_coffee']), ('드립백', ['drip_bag'], [])]),
    dict(id='mu05', kind='multi_item', org='전북특별자치도청 사회적경제과', text='복사용지/토너/볼펜',
         items=[('복사용지', ['copy_paper'], []), ('토너', ['recycled_toner'], []), ('볼펜', ['pen'], [])]),
    dict(id='mu06', kind='multi_item', org='전주시 평생학습관', text='명함이랑 봉투 인쇄',
         items=[('명함', ['business_card'], []), ('봉투', ['envelope'], [])]),
    dict(id='mu07', kind='multi_item', org='장애인종합복지관', text='생신잔치 떡케이크 + 꽃바구니',
         items=[('떡케이크', ['tteok_cake'], ['cake']), ('꽃바구니', ['flower_basket'], ['bouquet'])]),
    dict(id='mu08', kind='multi_item', org='읍·면·동 주민자치회', text='천연비누, 수세미, 친환경 세제 같이 주문',
         items=[('천연비누', ['natural_soap'], []), ('수세미', ['knit_scrubber'], []),
                ('친환경 세제', ['detergent'], ['dish_soap'])]),
    dict(id='mu09', kind='multi_item', org='전주 한옥마을 관광안내소', text='한지부채 + 매듭 책갈피',
         items=[('한지부채', ['hanji_fan'], []), ('매듭 책갈피', ['knot_bookmark'], ['knot_keyring'])]),
    dict(id='mu10', kind='multi_item', org='전북대학교병원 총무팀', text='포기김치랑 밑반찬 세트 납품',
         items=[('포기김치', ['kimchi'], ['kimchi_other']), ('밑반찬 세트', ['side_dish'], ['side_dish_delivery'])]),
]

for _n in NEEDS:
    _n.setdefault('qty', None)
    _n.setdefault('budget', None)
    _n.setdefault('t2', [])
    _n.setdefault('t1', [])
