# -*- coding: utf-8 -*-
"""1단계: 매칭 가능한 수요 120건 (카탈로그를 만들기 전에 작성).

각 수요는 dict 이다.
  key     : 내부 번호 (섞기 전). 최종 번호 ZK-Q### 는 build_queries.py 가 고정 시드로 섞어 붙인다.
  kind    : 유형
  org     : 말하는 사람(기관)
  text    : 검색창에 입력한 그대로
  qty/budget : 수량·예산 (정수 또는 None)
  want    : 관련도 2 품목 태그 목록. 문자열 또는 튜플(튜플은 태그 전부를 가져야 함)
  ok      : 관련도 1 (대체 가능) 품목 태그 목록
  cond    : 조건. max_price(단가 상한) / spec_all(제품명+규격에 모두 포함) / spec_any(하나 이상 포함)
            조건을 못 맞춘 want 제품은 1.
  intended: 한영·초성 유형에서 의도한 한글
  items   : 복수품목 유형의 [(품목 표기, want, ok)]
  dong/shop : 위치 유형의 동 이름과 가게 종류
  note    : 담당자가 실제로 원하는 것 (메모)
"""

ORGS = ['전주시 정신건강복지센터', '전북특별자치도 농업기술원', '전주시 송천도서관', '전주시 노인일자리지원센터',
        '전주시 민원여권과', '전주시 도로과', '전주시 세무과', '전주 시니어클럽', '전주시 교통안전과', '전주시 시민소통과']
MH, AG, LIB, JOB, CIV, ROAD, TAX, SEN, TRF, COM = ORGS

NEEDS = [
    # ---------------- exact: 흔히 부르는 이름 그대로 ----------------
    dict(key='EX01', kind='exact', org=TAX, text='복사용지', want=['copy_paper'], note='A4 복사용지'),
    dict(key='EX02', kind='exact', org=COM, text='명함 제작', want=['business_card'], note='직원 명함 인쇄'),
    dict(key='EX03', kind='exact', org=ROAD, text='현수막', want=['banner'], note='공사 안내 현수막 제작'),
    dict(key='EX04', kind='exact', org=JOB, text='팔토시', want=['arm_sleeve'], note='참여 어르신 팔토시'),
    dict(key='EX05', kind='exact', org=MH, text='컬러링북', want=['coloring_book'], ok=['healing_kit'],
         note='성인용 컬러링북. 컬러링북이 든 힐링키트는 대체품'),
    dict(key='EX06', kind='exact', org=AG, text='작업복', want=['work_clothes'], ok=['jacket', 'work_vest'],
         note='현장 작업복. 점퍼·작업조끼는 대체품'),
    dict(key='EX07', kind='exact', org=LIB, text='책갈피', want=['bookmark'], note='독서행사 배부용 책갈피'),
    dict(key='EX08', kind='exact', org=SEN, text='백설기', want=['seolgi'], note='백설기 (다른 떡은 아님)'),
    dict(key='EX09', kind='exact', org=CIV, text='손소독제', want=['hand_sanitizer'], note='민원실 비치 손소독제'),
    dict(key='EX10', kind='exact', org=TRF, text='안전조끼', want=['safety_vest'], note='형광·반사 안전조끼'),
    dict(key='EX11', kind='exact', org=COM, text='꽃다발', want=['bouquet'], ok=['flower_basket'],
         note='꽃다발. 꽃바구니는 대체품'),

    # ---------------- synonym: 상표명·옛말·외래어·일본어 투·속어 ----------------
    dict(key='SY01', kind='synonym', org=TAX, text='호치키스', want=['stapler'], ok=['staples'],
         note='스테이플러(상표명 호치키스). 심만 파는 것은 1'),
    dict(key='SY02', kind='synonym', org=TAX, text='스카치테이프', want=['tape_clear'],
         note='투명 셀로판테이프 (박스테이프는 아님)'),
    dict(key='SY03', kind='synonym', org=LIB, text='뽁뽁이', want=['bubble_wrap'],
         note='에어캡 완충재/단열용 에어캡'),
    dict(key='SY04', kind='synonym', org=CIV, text='포스트잇', want=['sticky_note'], note='점착식 메모지'),
    dict(key='SY05', kind='synonym', org=CIV, text='크리넥스 티슈', want=['tissue'],
         note='각티슈/미용티슈 (두루마리 화장지 아님)'),
    dict(key='SY06', kind='synonym', org=TRF, text='찌라시 인쇄', want=['leaflet'], ok=['poster'],
         note='전단(일본어 투 찌라시). 포스터는 대체품'),
    dict(key='SY07', kind='synonym', org=ROAD, text='곤색 작업복', want=['work_clothes'], ok=['jacket'],
         cond=dict(spec_any=['네이비', '남색']), note='남색(곤색) 작업복. 다른 색 작업복은 1'),
    dict(key='SY08', kind='synonym', org=SEN, text='어르신 체조용 츄리닝', want=['training_wear'], ok=['tshirt'],
         note='트레이닝복(츄리닝). 단체 티셔츠는 대체품'),
    dict(key='SY09', kind='synonym', org=AG, text='단체 잠바', want=['jacket'],
         note='점퍼(잠바) 단체 주문'),
    dict(key='SY10', kind='synonym', org=LIB, text='천가방', want=['ecobag'], ok=['upcycle_bag'],
         note='면 에코백. 현수막 재활용 가방은 대체품'),
    dict(key='SY11', kind='synonym', org=MH, text='캠페인 빠찌', want=['badge'],
         note='캠페인용 배지(빠찌)'),

    # ---------------- typo: 흔한 맞춤법·외래어 표기 오류 ----------------
    dict(key='TY01', kind='typo', org=ROAD, text='플랜카드 제작', want=['banner'], note='현수막(플래카드)'),
    dict(key='TY02', kind='typo', org=CIV, text='손소독재', want=['hand_sanitizer'], note='손소독제'),
    dict(key='TY03', kind='typo', org=MH, text='떡케익', want=['rice_cake_cake'], note='떡케이크'),
    dict(key='TY04', kind='typo', org=MH, text='디퓨져', want=['aroma'], ok=['candle'],
         note='디퓨저. 향초는 대체품'),
    dict(key='TY05', kind='typo', org=TRF, text='팜플렛 인쇄', want=['leaflet'], ok=['booklet'],
         note='팸플릿/리플릿 인쇄. 책자는 대체품'),
    dict(key='TY06', kind='typo', org=COM, text='케터링 서비스', want=['catering'], ok=['snack_box'],
         note='케이터링(출장뷔페·핑거푸드). 다과 박스는 대체품'),
    dict(key='TY07', kind='typo', org=SEN, text='보드개임', want=['board_game'], note='보드게임'),
    dict(key='TY08', kind='typo', org=CIV, text='명합 인쇄', want=['business_card'], note='명함 인쇄'),
    dict(key='TY09', kind='typo', org=LIB, text='박스테잎', want=['tape_box'], note='박스테이프(포장용)'),
    dict(key='TY10', kind='typo', org=LIB, text='에코벡', want=['ecobag'], ok=['upcycle_bag'], note='에코백'),
    dict(key='TY11', kind='typo', org=MH, text='스트래스볼', want=['stress_ball'], note='스트레스볼'),

    # ---------------- hanyeong: 한글을 영문 자판으로 입력 (8 통째 + 3 섞임) ----------------
    dict(key='HY01', kind='hanyeong', org=TAX, text='qhrtkdydwl', intended='복사용지', want=['copy_paper']),
    dict(key='HY02', kind='hanyeong', org=ROAD, text='gustnakr', intended='현수막', want=['banner']),
    dict(key='HY03', kind='hanyeong', org=COM, text='audgka', intended='명함', want=['business_card']),
    dict(key='HY04', kind='hanyeong', org=SEN, text='ekqfPEjr', intended='답례떡', want=['rice_cake_gift'],
         ok=['rice_cake'], note='개별 포장 답례떡. 다른 떡은 1'),
    dict(key='HY05', kind='hanyeong', org=JOB, text='aktmzm', intended='마스크', want=['mask']),
    dict(key='HY06', kind='hanyeong', org=MH, text='xjaqmffj', intended='텀블러', want=['tumbler']),
    dict(key='HY07', kind='hanyeong', org=CIV, text='ghkqns', intended='화분', want=['potted_plant']),
    dict(key='HY08', kind='hanyeong', org=AG, text='ehtlfkr', intended='도시락', want=['lunchbox'], ok=['gimbap']),
    dict(key='HY09', kind='hanyeong', org=TRF, text='안전 whRl', intended='안전 조끼', want=['safety_vest'],
         note='섞임: 조끼만 영문 자판'),
    dict(key='HY10', kind='hanyeong', org=TAX, text='홍보용 qhfvps', intended='홍보용 볼펜',
         want=[('pen', 'promo')], ok=['pen'], note='섞임: 인쇄 가능한 홍보 볼펜'),
    dict(key='HY11', kind='hanyeong', org=SEN, text='농산물 tjsanftpxm', intended='농산물 선물세트',
         want=['gift_set_agri'], note='섞임: 지역 농산물 선물세트'),

    # ---------------- spacing: 띄어쓰기가 카탈로그와 다름 ----------------
    dict(key='SP01', kind='spacing', org=SEN, text='단체티셔츠', want=['tshirt']),
    dict(key='SP02', kind='spacing', org=CIV, text='공기 정화 식물', want=['air_plant'], ok=['potted_plant']),
    dict(key='SP03', kind='spacing', org=COM, text='기념 수건', want=['towel']),
    dict(key='SP04', kind='spacing', org=TRF, text='반사키링', want=['refl_keyring'], ok=['reflective']),
    dict(key='SP05', kind='spacing', org=TAX, text='클리어 파일', want=['clear_file'], ok=['file_folder']),
    dict(key='SP06', kind='spacing', org=MH, text='떡 케이크', want=['rice_cake_cake']),
    dict(key='SP07', kind='spacing', org=CIV, text='사무실청소용역', want=['cleaning_service']),
    dict(key='SP08', kind='spacing', org=TAX, text='문서파쇄서비스', want=['shredding']),
    dict(key='SP09', kind='spacing', org=COM, text='탁상 달력', want=['desk_calendar'], ok=['calendar']),
    dict(key='SP10', kind='spacing', org=AG, text='종이쇼핑백', want=['paper_bag'], ok=['shopping_bag']),
    dict(key='SP11', kind='spacing', org=LIB, text='드립 백 커피', want=['drip_bag'], ok=['coffee_beans']),

    # ---------------- choseong: 초성만 또는 초성+낱말 ----------------
    dict(key='CH01', kind='choseong', org=TAX, text='ㅂㅅㅇㅈ', intended='복사용지', want=['copy_paper']),
    dict(key='CH02', kind='choseong', org=CIV, text='ㅁㅎ 제작', intended='명함 제작', want=['business_card']),
    dict(key='CH03', kind='choseong', org=ROAD, text='ㅎㅅㅁ', intended='현수막', want=['banner']),
    dict(key='CH04', kind='choseong', org=SEN, text='ㅂㅅㄱ', intended='백설기', want=['seolgi']),
    dict(key='CH05', kind='choseong', org=AG, text='ㄷㅅㄹ 50개', intended='도시락 50개', qty=50,
         want=['lunchbox'], ok=['gimbap']),
    dict(key='CH06', kind='choseong', org=CIV, text='ㅅㅅㄷㅈ', intended='손소독제', want=['hand_sanitizer']),
    dict(key='CH07', kind='choseong', org=MH, text='ㅋㄹㄹㅂ', intended='컬러링북', want=['coloring_book'],
         ok=['healing_kit']),
    dict(key='CH08', kind='choseong', org=JOB, text='ㅇㅈㅈㄲ', intended='안전조끼', want=['safety_vest']),
    dict(key='CH09', kind='choseong', org=COM, text='ㄲㄷㅂ', intended='꽃다발', want=['bouquet'],
         ok=['flower_basket']),
    dict(key='CH10', kind='choseong', org=MH, text='ㅌㅂㄹ 기념품', intended='텀블러 기념품', want=['tumbler']),
    dict(key='CH11', kind='choseong', org=SEN, text='ㅊㄱㄹ 선물세트', intended='참기름 선물세트',
         want=[('sesame_oil', 'gift_set_agri')], ok=['sesame_oil'],
         note='참기름이 든 선물세트. 낱병 참기름은 1'),

    # ---------------- quantity: 수량·규격·단가 상한·예산 ----------------
    dict(key='QT01', kind='quantity', org=TAX, text='A4 복사용지 80g 10박스', qty=10, want=['copy_paper'],
         cond=dict(spec_all=['A4', '80g']), note='A4 80g. 다른 평량·규격은 1'),
    dict(key='QT02', kind='quantity', org=ROAD, text='현수막 5m×0.9m 3장', qty=3, want=['banner'],
         note='현수막은 주문 크기 제작이라 모든 현수막 2'),
    dict(key='QT03', kind='quantity', org=SEN, text='답례떡 개당 3,000원 이하 200개', qty=200,
         want=['rice_cake_gift'], ok=['rice_cake'], cond=dict(max_price=3000),
         note='개별포장 답례떡 3,000원 이하. 넘으면 1'),
    dict(key='QT04', kind='quantity', org=MH, text='텀블러 100개 예산 150만원', qty=100, budget=1500000,
         want=['tumbler'], cond=dict(max_price=15000), note='개당 15,000원 이하'),
    dict(key='QT05', kind='quantity', org=JOB, text='KF94 마스크 대형 500매', qty=500, want=['mask'],
         cond=dict(spec_all=['KF94']), note='KF94. 덴탈·KF80 은 1'),
    dict(key='QT06', kind='quantity', org=AG, text='도시락 1인 8,000원 이내 40인분', qty=40, want=['lunchbox'],
         ok=['gimbap'], cond=dict(max_price=8000), note='8,000원 이하 도시락'),
    dict(key='QT07', kind='quantity', org=CIV, text='손소독제 500ml 20개', qty=20, want=['hand_sanitizer'],
         cond=dict(spec_all=['500ml']), note='500ml 용량'),
    dict(key='QT08', kind='quantity', org=LIB, text='에코백 300개 개당 5천원 이하', qty=300, want=['ecobag'],
         ok=['upcycle_bag'], cond=dict(max_price=5000)),
    dict(key='QT09', kind='quantity', org=TRF, text='X배너 600x1800 2개', qty=2, want=['xbanner'],
         cond=dict(spec_all=['600x1800']), note='600×1800 규격 X배너'),
    dict(key='QT10', kind='quantity', org=COM, text='커피 원두 1kg 5봉', qty=5, want=['coffee_beans'],
         cond=dict(spec_all=['1kg']), note='원두 1kg 단위'),
    dict(key='QT11', kind='quantity', org=TRF, text='장우산 60cm 100개 로고 인쇄', qty=100,
         want=['umbrella_long'], ok=['umbrella'], cond=dict(spec_all=['60cm']),
         note='60cm 장우산. 접이식 우산은 1'),

    # ---------------- long_sentence: 공문·정중한 긴 문장 ----------------
    dict(key='LS01', kind='long_sentence', org=MH, qty=300,
         text='9월 10일 세계 자살예방의 날을 맞아 전주 객리단길 일대에서 거리 캠페인을 진행할 예정입니다. '
              '시민들께 나눠 드릴 말랑한 스트레스 해소용 공을 300개가량 구매하고자 하니 가능한 업체를 알려 주시기 바랍니다.',
         want=['stress_ball'], note='스트레스볼'),
    dict(key='LS02', kind='long_sentence', org=AG, qty=60,
         text='농업인 전문교육 과정 실습 때 교육생들이 착용할 앞치마를 기관 로고를 넣어 60벌 제작하려고 합니다. '
              '다음 달 15일까지 납품이 가능한지 문의드립니다.',
         want=['apron'], note='로고 인쇄 앞치마'),
    dict(key='LS03', kind='long_sentence', org=LIB,
         text='여름방학 어린이 독서교실(7월 28일~8월 1일) 마지막 날 유아와 초등 저학년을 대상으로 40분 내외의 인형극 공연을 '
              '초청하고 싶습니다. 도서관 다목적실에서 공연 가능한 단체를 찾습니다.',
         want=['puppet_show'], note='어린이 인형극 공연'),
    dict(key='LS04', kind='long_sentence', org=JOB, qty=250,
         text='폭염 기간 공원 환경정화 활동에 참여하시는 어르신 250명께 지급할 여름용 쿨토시를 7월 초까지 납품받고자 합니다. '
              '사회적경제기업 제품으로 구매하려고 하니 검토 부탁드립니다.',
         want=[('arm_sleeve', 'cool')], ok=['arm_sleeve'], note='냉감 팔토시. 일반 팔토시는 1'),
    dict(key='LS05', kind='long_sentence', org=CIV, qty=10,
         text='민원실 대기 공간이 삭막하다는 의견이 있어 창가와 상담 창구 옆에 둘 중형 화분 10개 정도를 들이려 합니다. '
              '관리 방법 안내까지 해 주시면 좋겠습니다.',
         want=['potted_plant'], note='실내용 화분'),
    dict(key='LS06', kind='long_sentence', org=ROAD,
         text='11월 말 제설 대책 보고회 이후 도로 보수 현장 근무자들에게 지급할 겨울용 방한 장갑을 구매할 예정이오니 '
              '견적 가능한 업체를 안내해 주시기 바랍니다.',
         want=['winter_gloves'], ok=['work_gloves'], note='방한 장갑. 목장갑·코팅장갑은 1'),
    dict(key='LS07', kind='long_sentence', org=TAX, qty=2000,
         text='지방세 납부 안내 홍보를 위해 10월 한 달 동안 민원 창구에서 배부할 물티슈에 세무과 안내 문구를 인쇄해 '
              '2,000개 제작하고자 합니다.',
         want=[('wet_tissue', 'promo')], ok=['wet_tissue'], note='문구 인쇄 판촉 물티슈'),
    dict(key='LS08', kind='long_sentence', org=SEN, qty=1000,
         text='시니어클럽 공동작업장에서 만드는 참기름 병에 붙일 원형 라벨 스티커를 인쇄하려 합니다. '
              '지름 5cm 정도로 1,000장 필요합니다.',
         want=['sticker_label'], note='라벨 스티커 인쇄'),
    dict(key='LS09', kind='long_sentence', org=TRF,
         text='5월 가정의 달 어린이 보호구역 교통안전 캠페인 때 초등학교 정문 앞에서 아이들에게 나눠 줄 '
              '야광 반사 팔찌 같은 물품을 찾고 있습니다.',
         want=['reflective'], note='반사 밴드·반사 키링 등 야간 반사용품'),
    dict(key='LS10', kind='long_sentence', org=COM, qty=100,
         text='시민 소통 원탁토론회 결과를 정리한 자료집을 100부 정도 제본해 참석자와 관계 기관에 발송해야 합니다. '
              '편집 디자인부터 인쇄까지 맡아 줄 곳을 부탁드립니다.',
         want=['booklet'], ok=['design'], note='책자 인쇄. 디자인만 하는 서비스는 1'),
    dict(key='LS11', kind='long_sentence', org=MH,
         text='10월 정신건강의 날 기념 행사 부스에서 시민들이 반려식물을 직접 심어 보는 원예 치료 체험을 운영해 줄 '
              '강사나 단체를 찾고 있습니다.',
         want=['gardening_program'], note='원예치료 체험 프로그램'),

    # ---------------- category: 넓은 수요 ----------------
    dict(key='CA01', kind='category', org=TAX, text='사무용품 일체', want=['office'],
         note='문구·사무용품, 복사용지 전부'),
    dict(key='CA02', kind='category', org=AG, text='농작업용 보호용품',
         want=['work_gloves', 'arm_sleeve', 'sun_hat'], ok=['work_clothes', 'apron'],
         note='장갑·토시·챙모자. 작업복·앞치마는 1'),
    dict(key='CA03', kind='category', org=COM, text='시정 홍보 행사 기념품', want=['souvenir'],
         ok=['hanji_craft', 'mug'], note='판촉 인쇄 가능한 기념품 전반'),
    dict(key='CA04', kind='category', org=JOB, text='어르신 폭염 대비 물품',
         want=[('arm_sleeve', 'cool'), 'cool_towel', 'fan', 'sun_hat'], ok=['arm_sleeve'],
         note='쿨토시, 쿨타월, 부채, 챙모자'),
    dict(key='CA05', kind='category', org=MH, text='마음 건강 힐링 키트 구성품',
         want=['coloring_book', 'stress_ball', 'aroma', 'candle', 'healing_kit'], ok=['herbal_tea'],
         note='심리 안정용 소품'),
    dict(key='CA06', kind='category', org=LIB, text='도서관 행사 간식',
         want=['snack_box', 'baked_goods', 'rice_cake', 'sandwich', 'fruit_cup'], ok=['juice', 'sikhye'],
         note='다과·간식류'),
    dict(key='CA07', kind='category', org=CIV, text='민원실 비치용 위생용품',
         want=['hand_sanitizer', 'mask', 'wet_tissue', 'tissue'], ok=['soap'],
         note='손소독제, 마스크, 물티슈, 티슈'),
    dict(key='CA08', kind='category', org=ROAD, text='도로 현장 근로자 안전용품',
         want=['safety_vest', 'work_gloves'], ok=['work_clothes', ('arm_sleeve', 'cool'), 'reflective'],
         note='안전조끼·장갑. 작업복 등은 1'),
    dict(key='CA09', kind='category', org=TRF, text='교통안전 캠페인 홍보물',
         want=['reflective', 'leaflet', 'banner', 'xbanner', 'poster'],
         ok=['umbrella', ('wet_tissue', 'promo'), 'ecobag', ('pen', 'promo'), 'badge'],
         note='홍보 인쇄물·반사용품. 판촉물은 1'),
    dict(key='CA10', kind='category', org=SEN, text='명절 선물용 지역 농산물',
         want=['gift_set_agri', 'honey', 'grains', 'sesame_oil', 'perilla_oil'], ok=['jam', 'juice', 'tea'],
         note='농산물·선물세트'),
    dict(key='CA11', kind='category', org=COM, text='시정 홍보 콘텐츠 제작', want=['video', 'photo', 'design'],
         note='영상·사진·디자인 제작'),

    # ---------------- location: 동 이름 + 가게 ----------------
    dict(key='LO01', kind='location', org=SEN, text='효자동 떡집', dong='효자동', shop='떡집'),
    dict(key='LO02', kind='location', org=COM, text='송천동 꽃집', dong='송천동', shop='꽃집'),
    dict(key='LO03', kind='location', org=TAX, text='중화산동 인쇄소', dong='중화산동', shop='인쇄소'),
    dict(key='LO04', kind='location', org=ROAD, text='인후동 세탁소', dong='인후동', shop='세탁소'),
    dict(key='LO05', kind='location', org=MH, text='풍남동 공방', dong='풍남동', shop='공방'),
    dict(key='LO06', kind='location', org=JOB, text='삼천동 반찬가게', dong='삼천동', shop='반찬가게'),
    dict(key='LO07', kind='location', org=CIV, text='서신동 카페', dong='서신동', shop='카페'),
    dict(key='LO08', kind='location', org=AG, text='덕진동 도시락집', dong='덕진동', shop='도시락집'),
    dict(key='LO09', kind='location', org=TRF, text='평화동 현수막 업체', dong='평화동', shop='현수막'),
    dict(key='LO10', kind='location', org=CIV, text='팔복동 청소업체', dong='팔복동', shop='청소업체'),
    dict(key='LO11', kind='location', org=LIB, text='중앙동 빵집', dong='중앙동', shop='빵집'),

    # ---------------- multi_item: 한 수요에 2~3 품목 ----------------
    dict(key='MU01', kind='multi_item', org=TAX, text='A4용지 및 볼펜',
         items=[('A4용지', ['copy_paper'], []), ('볼펜', ['pen'], [])]),
    dict(key='MU02', kind='multi_item', org=SEN, text='경로잔치 떡이랑 식혜',
         items=[('떡', ['rice_cake'], []), ('식혜', ['sikhye'], ['sujeonggwa'])]),
    dict(key='MU03', kind='multi_item', org=TRF, text='현수막, X배너, 리플릿',
         items=[('현수막', ['banner'], []), ('X배너', ['xbanner'], []), ('리플릿', ['leaflet'], ['booklet'])]),
    dict(key='MU04', kind='multi_item', org=LIB, text='강연회 샌드위치하고 커피',
         items=[('샌드위치', ['sandwich'], ['baked_goods']),
                ('커피', ['coffee_catering', 'drip_bag', 'cold_brew'], ['coffee_beans'])],
         note='바로 마실 커피(출장 커피·드립백·병 커피) 2, 원두 1'),
    dict(key='MU05', kind='multi_item', org=AG, text='팔토시 밀짚모자 목장갑',
         items=[('팔토시', ['arm_sleeve'], []), ('밀짚모자', ['straw_hat'], ['sun_hat']),
                ('목장갑', ['cotton_gloves'], ['work_gloves'])]),
    dict(key='MU06', kind='multi_item', org=CIV, text='신규 직원 명함, 명찰 제작',
         items=[('명함', ['business_card'], []), ('명찰', ['name_badge'], [])]),
    dict(key='MU07', kind='multi_item', org=COM, text='개소식 꽃다발 및 축하 화환',
         items=[('꽃다발', ['bouquet'], ['flower_basket']), ('축하 화환', ['wreath_celebration'], [])]),
    dict(key='MU08', kind='multi_item', org=JOB, text='안전조끼랑 캡모자',
         items=[('안전조끼', ['safety_vest'], []), ('캡모자', ['cap'], [])]),
    dict(key='MU09', kind='multi_item', org=MH, text='컬러링북하고 색연필',
         items=[('컬러링북', ['coloring_book'], ['healing_kit']), ('색연필', ['colored_pencil'], [])]),
    dict(key='MU10', kind='multi_item', org=COM, text='퇴임식 감사패랑 꽃바구니',
         items=[('감사패', ['plaque'], []), ('꽃바구니', ['flower_basket'], ['bouquet'])]),
]

# 위치 유형: 가게 종류 -> 그 가게가 파는 것으로 보는 품목 태그
SHOP_TAGS = {
    '떡집': ['rice_cake'],
    '꽃집': ['bouquet', 'flower_basket', 'wreath_celebration', 'wreath_funeral', 'potted_plant'],
    '인쇄소': ['business_card', 'leaflet', 'booklet', 'envelope', 'sticker_label', 'poster', 'certificate'],
    '세탁소': ['laundry'],
    '공방': ['hanji_craft', 'wood_craft', 'ceramic', 'craft_class', 'calligraphy', 'soap', 'candle', 'aroma'],
    '반찬가게': ['side_dish', 'kimchi'],
    '카페': ['coffee_beans', 'drip_bag', 'coffee_catering', 'cold_brew'],
    '도시락집': ['lunchbox'],
    '현수막': ['banner', 'xbanner'],
    '청소업체': ['cleaning_service', 'aircon_cleaning'],
    '빵집': ['baked_goods', 'sandwich'],
}

if __name__ == '__main__':
    from collections import Counter
    print(len(NEEDS), Counter(n['kind'] for n in NEEDS))
    print(Counter(n['org'] for n in NEEDS))


# =====================================================================================
# 3단계: 해당 없음(no_match) 30건 — 카탈로그(catalog_data.py)를 만든 뒤에 작성.
#   hard 20: 카탈로그와 말·주제가 겹치지만 그런 제품이 없음 (기계·장비, 수리, 임대, 공사, 차량, 면허 업종, 같은 말 다른 활동)
#   easy 10: 카탈로그와 무관
#   (key, 난이도, 기관, 수요내용, 겹치는 말, 해당 없음 이유)
# =====================================================================================
NO_MATCH = [
    ('NM01', 'hard', TAX, '복사기 임대', '복사(출력·복사 대행, 복사용지)', '복사기 기기 임대(렌탈)는 카탈로그에 없음. 복사 대행·용지만 있음'),
    ('NM02', 'hard', TRF, '현수막 게시대 설치 공사', '현수막, 게시대(게시대용 현수막)', '게시대 구조물 설치 공사. 카탈로그에는 현수막 출력물만 있음'),
    ('NM03', 'hard', CIV, '민원실 에어컨 수리', '에어컨(분해 세척)', '에어컨 고장 수리. 카탈로그에는 세척 청소만 있음'),
    ('NM04', 'hard', SEN, '업소용 세탁기 구매', '세탁(세탁 서비스)', '세탁 기계 구매. 카탈로그에는 세탁 대행 서비스만 있음'),
    ('NM05', 'hard', SEN, '떡 뽑는 기계', '떡, 가래떡', '떡 제조 기계(설비). 카탈로그에는 떡 완제품만 있음'),
    ('NM06', 'hard', COM, '커피머신 렌탈', '커피(원두·출장 커피)', '커피머신 임대. 출장 커피 서비스는 바리스타가 장비를 가져오는 음료 서비스일 뿐 기기 임대가 아님'),
    ('NM07', 'hard', ROAD, '관용차 정비', '관용차(관용차 실내 소독)', '차량 정비·수리. 카탈로그에는 실내 소독만 있음'),
    ('NM08', 'hard', TAX, '문서 파쇄기 구입', '문서 파쇄(방문 파쇄 서비스, 수거함)', '파쇄 기계 구매. 카탈로그에는 파쇄 대행 서비스와 잠금 수거함만 있음'),
    ('NM09', 'hard', CIV, 'LED 조명 교체 공사', '조명(한지 스탠드 조명)', '전기 공사(면허 업종). 카탈로그의 조명은 한지 공예 무드등뿐'),
    ('NM10', 'hard', JOB, '정화조 청소', '청소(청소 용역)', '정화조 청소는 허가 업종(분뇨 수집·운반). 카탈로그 청소 용역은 건물 일상 청소'),
    ('NM11', 'hard', AG, '1톤 화물차 임차', '1톤(복지관 물품 배송 1톤 이내), 배송', '차량 임차. 카탈로그에는 배송 대행 서비스만 있음'),
    ('NM12', 'hard', MH, '방역용 드론 구입', '방역(방역 소독 서비스)', '방역 장비(드론) 구매. 카탈로그에는 소독 서비스만 있음'),
    ('NM13', 'hard', COM, '마스크팩', '마스크(보건용 마스크)', '같은 말 다른 물건: 피부 미용 시트팩. 보건용 마스크가 아님'),
    ('NM14', 'hard', COM, '포털 배너 광고 집행', '배너(X배너, 롤업 배너)', '같은 말 다른 활동: 온라인 광고 집행. 카탈로그 배너는 인쇄 거치물'),
    ('NM15', 'hard', ROAD, '가로수 식재 조경 공사', '식물, 화분', '조경 공사(건설 면허). 카탈로그에는 실내 화분만 있음'),
    ('NM16', 'hard', MH, '정신건강의학과 전문의 자문', '마음돌봄, 명상 프로그램, 원예치료', '의료 면허가 필요한 전문의 자문. 카탈로그 프로그램은 비의료 체험'),
    ('NM17', 'hard', TAX, '세무 기장 대행', '대행(청소 대행, 기획·운영 대행 등), 기장(잡곡 선물세트의 곡물 기장)', '세무사 면허 업무. 카탈로그에 세무 서비스 없음'),
    ('NM18', 'hard', ROAD, '보도블록 교체 공사', '공사(공사 안내 현수막)', '도로 포장 공사. 카탈로그에는 공사 안내 현수막만 있음'),
    ('NM19', 'hard', LIB, '인형탈 대여', '인형(인형극, 손인형 만들기)', '탈 의상 대여. 인형극 공연·손인형 체험과 다른 것'),
    ('NM20', 'hard', MH, '텀블러 세척기', '텀블러', '세척 기계. 카탈로그에는 텀블러 제품만 있음'),
    ('NM21', 'easy', COM, '해외 출장 항공권 발권', '', '무관'),
    ('NM22', 'easy', TAX, '서버 랙 구매', '', '무관 (전산 장비)'),
    ('NM23', 'easy', MH, 'MRI 장비 유지보수', '', '무관 (의료 장비)'),
    ('NM24', 'easy', AG, '실험용 원심분리기', '', '무관 (실험 장비)'),
    ('NM25', 'easy', CIV, '골프장 회원권', '', '무관'),
    ('NM26', 'easy', SEN, '스키장 시즌권', '', '무관'),
    ('NM27', 'easy', ROAD, '굴착기 임대', '', '무관 (건설 장비)'),
    ('NM28', 'easy', TRF, '선박 엔진 부품', '', '무관'),
    ('NM29', 'easy', LIB, '주식 투자 자문', '', '무관'),
    ('NM30', 'easy', JOB, '위성 안테나 설치', '', '무관'),
]
