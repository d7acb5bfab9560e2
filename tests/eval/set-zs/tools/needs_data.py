# -*- coding: utf-8 -*-
"""1단계: 카탈로그 없이 먼저 쓴 수요 120건 (매칭 가능한 수요).

필드
  key   : 내부 키 (유형 접두어+번호, 최종 번호와 무관)
  kind  : exact/synonym/typo/hanyeong/spacing/choseong/quantity/long_sentence/category/location/multi_item
  inst  : 수요 기관
  text  : 검색창에 입력하는 문장 (카탈로그 작성 후 수정 금지)
  want  : 원하는 품목 태그 (관련도 2)
  ok    : 허용 대체품 태그 (관련도 1)
  qty, budget : 수량/예산 (정수, 수요 문장에 있을 때만)
  cap   : 단가 상한(원). 예산만 있으면 예산 ÷ 수량
  spec  : 규격 조건 정규식 목록 (제품명+규격+설명에 모두 일치해야 2, 아니면 1)
  absent: 카탈로그에 나오면 안 되는 말 (synonym/typo)
  intended: hanyeong/choseong 의 의도한 한글
  form  : spacing 유형에서 카탈로그가 쓸 띄어쓰기 형태
  dong, shop : location 유형의 법정동과 가게 종류
  items : multi_item 의 품목별 조건 (item 은 수요 문장에 쓰인 그대로)
"""

INSTITUTIONS = ['전주시 산림과', '전주시 덕진구 세무과', '전북특별자치도 119종합상황실', '전주시 노인보호전문기관',
                '전주 한국어교육센터(이주민)', '전주시 공공도서관 북스타트 담당', '전주시 축산과', '전주시립국악단',
                '전북지방우정청 물류과', '전주시 송천동 주민자치회']

# 카테고리 수요가 뜻하는 품목 묶음
GROUPS = {
    'office_supplies': dict(want=['ballpen', 'pencil', 'highlighter', 'marker', 'whiteboard_marker', 'stapler', 'staple_refill',
                                  'file_folder', 'sticky_note', 'correction_tape', 'clear_tape', 'notebook', 'copy_paper', 'color_paper'],
                            ok=['toner']),
    'night_snack': dict(want=['bread', 'cookie', 'rice_cake', 'hangwa', 'cake'],
                        ok=['coffee_beans', 'drip_coffee', 'tea', 'sikhye', 'juice', 'rice_cake_cake']),
    'safety_goods': dict(want=['hard_hat', 'safety_vest', 'cotton_gloves', 'coated_gloves', 'dust_mask', 'safety_shoes'],
                         ok=['flashlight', 'rubber_boots', 'arm_cover']),
    'packaging': dict(want=['box', 'air_cap', 'packing_tape', 'styrofoam_box', 'cushioning'],
                      ok=['plastic_bag']),
    'biosecurity': dict(want=['protective_suit', 'hand_sanitizer', 'kf_mask', 'rubber_boots', 'disinfectant'],
                        ok=['dust_mask', 'wet_wipes', 'coated_gloves']),
    'promo_print': dict(want=['poster', 'leaflet'],
                        ok=['banner', 'x_banner', 'business_card']),
    'kids_art': dict(want=['crayon', 'colored_pencil', 'sketchbook', 'color_paper', 'paint'],
                     ok=[]),
    'tradition_experience': dict(want=['kimchi_experience', 'songpyeon_experience', 'ricecake_experience', 'hanji_experience',
                                       'hanbok_experience', 'gugak_experience', 'bibimbap_experience'],
                                 ok=['hanbok_rental']),
    'event_souvenir': dict(want=['eco_bag', 'towel', 'tumbler', 'fan', 'badge', 'umbrella'],
                           ok=['handkerchief']),
    'hygiene_goods': dict(want=['hand_sanitizer', 'kf_mask', 'wet_wipes', 'soap'],
                          ok=['towel', 'handkerchief']),
    'refreshments': dict(want=['rice_cake', 'hangwa', 'bread', 'cookie'],
                         ok=['coffee_beans', 'drip_coffee', 'tea', 'sikhye', 'juice']),
}

N = []
def add(**kw):
    kw.setdefault('want', [])
    kw.setdefault('ok', [])
    N.append(kw)

# ---------------- exact (11) ----------------
add(key='ex01', kind='exact', inst='전주시 덕진구 세무과', text='명함 제작', want=['business_card'])
add(key='ex02', kind='exact', inst='전주시 산림과', text='묘목', want=['tree_seedling'], ok=['flower_seedling'])
add(key='ex03', kind='exact', inst='전북특별자치도 119종합상황실', text='원두커피', want=['coffee_beans'], ok=['drip_coffee'])
add(key='ex04', kind='exact', inst='전주시 노인보호전문기관', text='수건', want=['towel'], ok=['handkerchief'])
add(key='ex05', kind='exact', inst='전주 한국어교육센터(이주민)', text='명찰', want=['name_tag'])
add(key='ex06', kind='exact', inst='전주시 공공도서관 북스타트 담당', text='그림책', want=['picture_book'])
add(key='ex07', kind='exact', inst='전주시 축산과', text='달걀', want=['eggs'])
add(key='ex08', kind='exact', inst='전주시립국악단', text='공연 영상 촬영', want=['video_shoot'], ok=['photo_shoot'])
add(key='ex09', kind='exact', inst='전북지방우정청 물류과', text='안전화', want=['safety_shoes'])
add(key='ex10', kind='exact', inst='전주시 송천동 주민자치회', text='방역 소독', want=['disinfection_service'])
add(key='ex11', kind='exact', inst='전주 한국어교육센터(이주민)', text='번역 서비스', want=['translation'], ok=['interpretation'])

# ---------------- synonym (11) ----------------
add(key='sy01', kind='synonym', inst='전북지방우정청 물류과', text='뽁뽁이', want=['air_cap'], ok=['cushioning'], absent=['뽁뽁이'])
add(key='sy02', kind='synonym', inst='전주시 노인보호전문기관', text='찌라시 인쇄', want=['leaflet'], ok=['poster'], absent=['찌라시'])
add(key='sy03', kind='synonym', inst='전주시 산림과', text='하이바', want=['hard_hat'], absent=['하이바'])
add(key='sy04', kind='synonym', inst='전북특별자치도 119종합상황실', text='쓰레빠', want=['slipper'], absent=['쓰레빠'])
add(key='sy05', kind='synonym', inst='전주시 송천동 주민자치회', text='플랜카드', want=['banner'], ok=['x_banner', 'flag'], absent=['플랜카드'])
add(key='sy06', kind='synonym', inst='전주시 덕진구 세무과', text='포스트잇', want=['sticky_note'], absent=['포스트잇'])
add(key='sy07', kind='synonym', inst='전북지방우정청 물류과', text='구루마', want=['hand_cart'], absent=['구루마'])
add(key='sy08', kind='synonym', inst='전북특별자치도 119종합상황실', text='스뎅 컵', want=['stainless_cup'], ok=['tumbler'], absent=['스뎅'])
add(key='sy09', kind='synonym', inst='전주시립국악단', text='단원 연습용 츄리닝', want=['training_suit'], ok=['work_clothes'], absent=['츄리닝'])
add(key='sy10', kind='synonym', inst='전주 한국어교육센터(이주민)', text='화이트보드 매직', want=['whiteboard_marker'], ok=['marker'], absent=['매직'])
add(key='sy11', kind='synonym', inst='전주시 산림과', text='후레쉬', want=['flashlight'], absent=['후레쉬', '후래쉬'])

# ---------------- typo (11) ----------------
add(key='ty01', kind='typo', inst='전주시 덕진구 세무과', text='스테플러 심', want=['staple_refill'], ok=['stapler'], absent=['스테플러'])
add(key='ty02', kind='typo', inst='전주시 노인보호전문기관', text='팜플렛 제작', want=['leaflet'], ok=['poster'], absent=['팜플렛'])
add(key='ty03', kind='typo', inst='전북특별자치도 119종합상황실', text='생일 케잌', want=['cake'], ok=['rice_cake_cake'], absent=['케잌'])
add(key='ty04', kind='typo', inst='전주시 산림과', text='썬크림', want=['sunscreen'], absent=['썬크림'])
add(key='ty05', kind='typo', inst='전주시 송천동 주민자치회', text='뱃지 제작', want=['badge'], absent=['뱃지'])
add(key='ty06', kind='typo', inst='전주시립국악단', text='꽹가리', want=['kkwaenggwari'], ok=['gugak_instrument'], absent=['꽹가리'])
add(key='ty07', kind='typo', inst='전주시 축산과', text='스티로폴 박스', want=['styrofoam_box'], absent=['스티로폴'])
add(key='ty08', kind='typo', inst='전북지방우정청 물류과', text='박스테잎', want=['packing_tape'], ok=['paper_tape'], absent=['테잎'])
add(key='ty09', kind='typo', inst='전주시 공공도서관 북스타트 담당', text='스켓치북', want=['sketchbook'], absent=['스켓치북'])
add(key='ty10', kind='typo', inst='전주 한국어교육센터(이주민)', text='L자 화일', want=['file_folder'], absent=['화일'])
add(key='ty11', kind='typo', inst='전북특별자치도 119종합상황실', text='휴게실 베게', want=['pillow'], ok=['cushion'], absent=['베게'])

# ---------------- hanyeong (8 전체 + 3 혼합) ----------------
add(key='hy01', kind='hanyeong', inst='전주시 덕진구 세무과', text='qhrtkdydwl', intended='복사용지', want=['copy_paper'])
add(key='hy02', kind='hanyeong', inst='전주시 축산과', text='audgka', intended='명함', want=['business_card'])
add(key='hy03', kind='hanyeong', inst='전주시 송천동 주민자치회', text='rkfoEjr', intended='가래떡', want=['garaetteok'], ok=['rice_cake'])
add(key='hy04', kind='hanyeong', inst='전주시 노인보호전문기관', text='ghkqns', intended='화분', want=['potted_plant'])
add(key='hy05', kind='hanyeong', inst='전주시 산림과', text='dkswjsah', intended='안전모', want=['hard_hat'])
add(key='hy06', kind='hanyeong', inst='전주시 축산과', text='qkddurqhr', intended='방역복', want=['protective_suit'])
add(key='hy07', kind='hanyeong', inst='전주시 공공도서관 북스타트 담당', text='rmflacor', intended='그림책', want=['picture_book'])
add(key='hy08', kind='hanyeong', inst='전북특별자치도 119종합상황실', text='ehtlfkr', intended='도시락', want=['lunchbox'])
add(key='hy09', kind='hanyeong', inst='전주 한국어교육센터(이주민)', text='rlacl 만들기 체험', intended='김치 만들기 체험', want=['kimchi_experience'], ok=['tradition_food_experience'])
add(key='hy10', kind='hanyeong', inst='전주시립국악단', text='gksqhr 공연복', intended='한복 공연복', want=['hanbok_make', 'stage_costume'], ok=['hanbok_rental'])
add(key='hy11', kind='hanyeong', inst='전북지방우정청 물류과', text='xorqo 박스', intended='택배 박스', want=['box'])

# ---------------- spacing (11) ----------------
add(key='sp01', kind='spacing', inst='전주시 산림과', text='산불조심깃발', form='산불조심 깃발', want=['flag'], ok=['banner'])
add(key='sp02', kind='spacing', inst='전주시 덕진구 세무과', text='수정 테이프', form='수정테이프', want=['correction_tape'])
add(key='sp03', kind='spacing', inst='전북특별자치도 119종합상황실', text='손 소독제', form='손소독제', want=['hand_sanitizer'])
add(key='sp04', kind='spacing', inst='전주시 노인보호전문기관', text='무릎 담요', form='무릎담요', want=['knee_blanket'])
add(key='sp05', kind='spacing', inst='전주 한국어교육센터(이주민)', text='한국어교재인쇄', form='교재 인쇄', want=['textbook_print'], ok=['booklet_print'])
add(key='sp06', kind='spacing', inst='전주시 공공도서관 북스타트 담당', text='손 인형', form='손인형', want=['hand_puppet'])
add(key='sp07', kind='spacing', inst='전주시 축산과', text='고무 장화', form='고무장화', want=['rubber_boots'])
add(key='sp08', kind='spacing', inst='전주시립국악단', text='공연포스터', form='공연 포스터', want=['poster'])
add(key='sp09', kind='spacing', inst='전북지방우정청 물류과', text='박스 테이프', form='박스테이프', want=['packing_tape'], ok=['paper_tape'])
add(key='sp10', kind='spacing', inst='전주시 송천동 주민자치회', text='꽃 모종', form='꽃모종', want=['flower_seedling'])
add(key='sp11', kind='spacing', inst='전주시 산림과', text='나무이름표', form='나무 이름표', want=['tree_label'])

# ---------------- choseong (11) ----------------
add(key='ch01', kind='choseong', inst='전주시 덕진구 세무과', text='ㅂㅅㅇㅈ', intended='복사용지', want=['copy_paper'])
add(key='ch02', kind='choseong', inst='전주시 송천동 주민자치회', text='ㅎㅅㅁ', intended='현수막', want=['banner'])
add(key='ch03', kind='choseong', inst='전북지방우정청 물류과', text='ㅁㅈㄱ', intended='목장갑', want=['cotton_gloves'], ok=['coated_gloves'])
add(key='ch04', kind='choseong', inst='전북특별자치도 119종합상황실', text='ㄷㅅㄹ', intended='도시락', want=['lunchbox'])
add(key='ch05', kind='choseong', inst='전주시 노인보호전문기관', text='ㅎㄱ 선물세트', intended='한과 선물세트', want=['hangwa'])
add(key='ch06', kind='choseong', inst='전주시 공공도서관 북스타트 담당', text='ㅅㅇㅍ', intended='색연필', want=['colored_pencil'])
add(key='ch07', kind='choseong', inst='전주시립국악단', text='ㅎㅂ 대여', intended='한복 대여', want=['hanbok_rental'], ok=['stage_costume_rental'])
add(key='ch08', kind='choseong', inst='전주시 산림과', text='ㅂㅈㅁㅅㅋ', intended='방진마스크', want=['dust_mask'], ok=['kf_mask'])
add(key='ch09', kind='choseong', inst='전주시 축산과', text='ㅎㅇ 선물세트', intended='한우 선물세트', want=['hanwoo_set'])
add(key='ch10', kind='choseong', inst='전주 한국어교육센터(이주민)', text='ㄱㅈ 인쇄', intended='교재 인쇄', want=['textbook_print'], ok=['booklet_print'])
add(key='ch11', kind='choseong', inst='전북지방우정청 물류과', text='ㅇㅇㅋ', intended='에어캡', want=['air_cap'], ok=['cushioning'])

# ---------------- quantity (11) ----------------
add(key='qt01', kind='quantity', inst='전주시 덕진구 세무과', text='A4 복사용지 80g 10박스', qty=10, want=['copy_paper'], spec=['A4', '80g'])
add(key='qt02', kind='quantity', inst='전북특별자치도 119종합상황실', text='도시락 25개 1인 1만원 이하', qty=25, cap=10000, want=['lunchbox'])
add(key='qt03', kind='quantity', inst='전주시 산림과', text='산딸나무 묘목 200주', qty=200, want=['tree_seedling'], spec=['산딸나무'])
add(key='qt04', kind='quantity', inst='전주시 노인보호전문기관', text='무릎담요 50개 예산 150만원', qty=50, budget=1500000, want=['knee_blanket'])
add(key='qt05', kind='quantity', inst='전주 한국어교육센터(이주민)', text='공책 300권 권당 1,500원 이하', qty=300, cap=1500, want=['notebook'])
add(key='qt06', kind='quantity', inst='전주시 공공도서관 북스타트 담당', text='그림책 120권 예산 300만원', qty=120, budget=3000000, want=['picture_book'])
add(key='qt07', kind='quantity', inst='전주시 축산과', text='일회용 방역복 200벌', qty=200, want=['protective_suit'], spec=['일회용'])
add(key='qt08', kind='quantity', inst='전주시립국악단', text='꽃다발 10개 개당 5만원 이하', qty=10, cap=50000, want=['bouquet'], ok=['flower_basket'])
add(key='qt09', kind='quantity', inst='전북지방우정청 물류과', text='택배상자 5호 1,000개', qty=1000, want=['box'], spec=['5호'])
add(key='qt10', kind='quantity', inst='전주시 송천동 주민자치회', text='개별포장 떡 300개 개당 2천원 이하', qty=300, cap=2000, want=['rice_cake'], spec=['개별'])
add(key='qt11', kind='quantity', inst='전주시 덕진구 세무과', text='HP CF283A 호환 토너 6개', qty=6, want=['toner'], spec=['283A'])

# ---------------- long_sentence (11) ----------------
add(key='ls01', kind='long_sentence', inst='전주시 산림과',
    text='2025년 4월 5일 식목일 나무 나눠주기 행사(건지산 일원)에서 시민들께 배부할 유실수 묘목을 구매하고자 하오니 견적을 부탁드립니다.',
    want=['tree_seedling'], spec=['유실수'])
add(key='ls02', kind='long_sentence', inst='전주시 덕진구 세무과',
    text='10월 정기분 지방세 체납 안내문 일괄 발송을 위하여 주소가 보이는 창봉투에 기관명을 인쇄하여 납품해 주실 업체를 찾습니다.',
    want=['envelope_print'], spec=['창봉투|창 봉투'])
add(key='ls03', kind='long_sentence', inst='전북특별자치도 119종합상황실',
    text='12월 연말 야간 상황근무자 격려를 위해 종합상황실로 직접 배달해 주실 수 있는 빵이나 쿠키 간식 세트를 구매하려고 합니다.',
    want=['bread', 'cookie'], ok=['cake', 'rice_cake'])
add(key='ls04', kind='long_sentence', inst='전주시 노인보호전문기관',
    text='6월 15일 노인학대 예방의 날 기념 거리 캠페인(풍패지관 앞)에서 시민들께 나눠드릴 홍보용 장바구니에 기관 로고를 넣어 제작하고자 합니다.',
    want=['eco_bag'], spec=['인쇄|로고|제작'])
add(key='ls05', kind='long_sentence', inst='전주 한국어교육센터(이주민)',
    text='추석을 앞두고 결혼이민자 가족 30명이 함께 송편을 빚어 보는 명절 체험 수업을 9월 중 센터 강의실에서 진행해 주실 수 있는 곳을 찾습니다.',
    qty=None, want=['songpyeon_experience'], ok=['ricecake_experience', 'tradition_food_experience'])
add(key='ls06', kind='long_sentence', inst='전주시 공공도서관 북스타트 담당',
    text='하반기 북스타트 사업의 하나로 영유아와 보호자를 대상으로 한 책놀이 프로그램(총 4회)을 도서관 유아실에서 운영해 주실 기관을 모집합니다.',
    want=['book_play_program'], ok=['storytelling'])
add(key='ls07', kind='long_sentence', inst='전주시 축산과',
    text='가을철 구제역·조류인플루엔자 특별방역 기간 동안 현장 초소 근무자들이 입을 일회용 방역복을 긴급히 구매하고자 하니 납품 가능 여부를 알려 주십시오.',
    want=['protective_suit'], spec=['일회용'])
add(key='ls08', kind='long_sentence', inst='전주시립국악단',
    text='11월 정기연주회 관람객께 드릴 기념품으로 전통 문양이 들어간 부채 300개를 제작하려고 하며 10월 말까지 납품이 가능해야 합니다.',
    qty=300, want=['fan'])
add(key='ls09', kind='long_sentence', inst='전북지방우정청 물류과',
    text='설 명절 우편물 특별소통기간(1월 13일부터 1월 31일까지) 동안 우편집중국 분류 작업자들이 사용할 손바닥 코팅 작업장갑을 구매하고자 합니다.',
    want=['coated_gloves'], ok=['cotton_gloves'])
add(key='ls10', kind='long_sentence', inst='전주시 송천동 주민자치회',
    text='5월 마을축제 당일 자원봉사자와 주민 200명에게 제공할 점심 도시락을 1인 8천원 이하로 주문하고자 하니 배달 가능한 업체는 연락 바랍니다.',
    cap=8000, want=['lunchbox'])
add(key='ls11', kind='long_sentence', inst='전북특별자치도 119종합상황실',
    text='교대 근무자들이 쉬는 상황실 휴게 공간의 공기 질 개선을 위하여 관리가 쉬운 공기정화 식물 화분 몇 개를 들여놓고 싶습니다.',
    want=['potted_plant'], spec=['공기정화|공기 정화'])

# ---------------- category (11) ----------------
add(key='ca01', kind='category', inst='전주시 덕진구 세무과', text='사무용품', group='office_supplies')
add(key='ca02', kind='category', inst='전북특별자치도 119종합상황실', text='야간 근무자 간식', group='night_snack')
add(key='ca03', kind='category', inst='전주시 산림과', text='산불감시원 안전용품', group='safety_goods')
add(key='ca04', kind='category', inst='전북지방우정청 물류과', text='소포 포장재', group='packaging')
add(key='ca05', kind='category', inst='전주시 축산과', text='가축 방역용품', group='biosecurity')
add(key='ca06', kind='category', inst='전주시립국악단', text='공연 홍보 인쇄물', group='promo_print')
add(key='ca07', kind='category', inst='전주시 공공도서관 북스타트 담당', text='유아 미술 재료', group='kids_art')
add(key='ca08', kind='category', inst='전주 한국어교육센터(이주민)', text='전통문화 체험 프로그램', group='tradition_experience')
add(key='ca09', kind='category', inst='전주시 송천동 주민자치회', text='마을 행사 기념품', group='event_souvenir')
add(key='ca10', kind='category', inst='전주시 노인보호전문기관', text='위생용품', group='hygiene_goods')
add(key='ca11', kind='category', inst='전주시립국악단', text='공연 대기실 다과', group='refreshments')

# ---------------- location (10) ----------------
add(key='lo01', kind='location', inst='전주시 송천동 주민자치회', text='송천동 떡집', dong='송천동', shop='ricecake')
add(key='lo02', kind='location', inst='전주 한국어교육센터(이주민)', text='효자동 인쇄소', dong='효자동', shop='print')
add(key='lo03', kind='location', inst='전주시립국악단', text='서신동 꽃집', dong='서신동', shop='flower')
add(key='lo04', kind='location', inst='전북특별자치도 119종합상황실', text='인후동 빵집', dong='인후동', shop='bakery')
add(key='lo05', kind='location', inst='전주시 노인보호전문기관', text='중화산동 도시락', dong='중화산동', shop='lunchbox')
add(key='lo06', kind='location', inst='전북지방우정청 물류과', text='팔복동 포장재', dong='팔복동', shop='packaging')
add(key='lo07', kind='location', inst='전주시 공공도서관 북스타트 담당', text='금암동 현수막', dong='금암동', shop='banner')
add(key='lo08', kind='location', inst='전주시 덕진구 세무과', text='삼천동 카페', dong='삼천동', shop='cafe')
add(key='lo09', kind='location', inst='전주시 축산과', text='평화동 작업복', dong='평화동', shop='workwear')
add(key='lo10', kind='location', inst='전주시 산림과', text='우아동 묘목 농원', dong='우아동', shop='nursery')

# ---------------- multi_item (11) ----------------
def it(item, want, ok=(), **kw):
    d = dict(item=item, want=list(want), ok=list(ok))
    d.update(kw)
    return d

add(key='mi01', kind='multi_item', inst='전주시 덕진구 세무과', text='복사용지 및 볼펜',
    items=[it('복사용지', ['copy_paper']), it('볼펜', ['ballpen'])])
add(key='mi02', kind='multi_item', inst='전북특별자치도 119종합상황실', text='커피 원두랑 종이컵',
    items=[it('커피 원두', ['coffee_beans'], ['drip_coffee']), it('종이컵', ['paper_cup'])])
add(key='mi03', kind='multi_item', inst='전주시 산림과', text='방진마스크, 안전조끼',
    items=[it('방진마스크', ['dust_mask'], ['kf_mask']), it('안전조끼', ['safety_vest'])])
add(key='mi04', kind='multi_item', inst='전주시 노인보호전문기관', text='리플릿 포스터 인쇄',
    items=[it('리플릿', ['leaflet']), it('포스터', ['poster'])])
add(key='mi05', kind='multi_item', inst='전주 한국어교육센터(이주민)', text='공책하고 연필',
    items=[it('공책', ['notebook']), it('연필', ['pencil'], ['colored_pencil'])])
add(key='mi06', kind='multi_item', inst='전주시 공공도서관 북스타트 담당', text='그림책이랑 에코백',
    items=[it('그림책', ['picture_book']), it('에코백', ['eco_bag'])])
add(key='mi07', kind='multi_item', inst='전주시 축산과', text='장화 및 우비',
    items=[it('장화', ['rubber_boots']), it('우비', ['raincoat'])])
add(key='mi08', kind='multi_item', inst='전주시립국악단', text='꽃다발 및 축하화환',
    items=[it('꽃다발', ['bouquet'], ['flower_basket']), it('축하화환', ['wreath'])])
add(key='mi09', kind='multi_item', inst='전북지방우정청 물류과', text='택배박스 에어캡 박스테이프',
    items=[it('택배박스', ['box']), it('에어캡', ['air_cap'], ['cushioning']), it('박스테이프', ['packing_tape'], ['paper_tape'])])
add(key='mi10', kind='multi_item', inst='전주시 송천동 주민자치회', text='떡하고 식혜',
    items=[it('떡', ['rice_cake']), it('식혜', ['sikhye'])])
add(key='mi11', kind='multi_item', inst='전북특별자치도 119종합상황실', text='수건, 비누',
    items=[it('수건', ['towel']), it('비누', ['soap'])])

NEEDS = N

# ---------------- 3단계: 카탈로그 작성 후에 쓴 매칭 불가 수요 30건 ----------------
# (아래 30건은 catalog.csv 를 만든 뒤에 작성했다. 어떤 제품도 원하는 것이 아님)
NO_MATCH = []
def nm(key, level, inst, text, overlap, reason):
    NO_MATCH.append(dict(key=key, kind='no_match', level=level, inst=inst, text=text, overlap=overlap, reason=reason,
                         want=[], ok=[]))

# 어려움 20: 카탈로그와 말이 겹치지만 원하는 것은 기계·장비, 수리, 임대, 공사, 차량, 면허 업무, 같은 대상의 다른 활동
nm('nm01', '어려움', '전주시 산림과', '산불 진화용 등짐펌프', '산불', '진화 장비(기계). 카탈로그의 산불 관련 제품은 깃발·손전등뿐')
nm('nm02', '어려움', '전주시 산림과', '예초기 수리', '수리', '기계 수리. 카탈로그의 수리는 자전거·국악기·교복 수선뿐')
nm('nm03', '어려움', '전주시 산림과', '묘목 식재용 소형 굴착기 임차', '묘목', '건설 장비 임대. 묘목 자체가 아니라 장비를 원함')
nm('nm04', '어려움', '전주시 덕진구 세무과', '복사기 임대', '복사', '사무기기 임대. 복사용지·토너는 원하는 것이 아님')
nm('nm05', '어려움', '전주시 덕진구 세무과', '명함 스캐너', '명함', '명함을 읽는 기기. 명함 인쇄·명함 지갑과 다름')
nm('nm06', '어려움', '전북특별자치도 119종합상황실', '도시락 배달용 전기 오토바이', '도시락, 배달', '차량 구매')
nm('nm07', '어려움', '전북특별자치도 119종합상황실', '커피머신 렌탈', '커피', '기계 임대. 원두·드립백·핸드드립 세트는 원하는 것이 아님')
nm('nm08', '어려움', '전주시 노인보호전문기관', '무릎담요 세탁용 세탁기 구입', '무릎담요, 세탁', '가전 기기 구매. 담요나 세탁 서비스를 원하는 것이 아님')
nm('nm09', '어려움', '전주시 노인보호전문기관', '어르신 학대 피해 법률 상담', '어르신', '변호사 등 면허 업무')
nm('nm10', '어려움', '전주 한국어교육센터(이주민)', '김치냉장고 구매', '김치', '가전 기기. 김치·김치 만들기 체험과 다름')
nm('nm11', '어려움', '전주 한국어교육센터(이주민)', '이주민 체류 연장 서류 행정사 대행', '대행', '행정사 면허 업무')
nm('nm12', '어려움', '전주시 공공도서관 북스타트 담당', '그림책 전시용 진열장 제작', '그림책', '가구 제작. 그림책 자체는 원하는 것이 아님')
nm('nm13', '어려움', '전주시 축산과', '달걀 선별기', '달걀', '농기계. 달걀 자체가 아님')
nm('nm14', '어려움', '전주시 축산과', '한우 인공수정 시술', '한우', '수의·인공수정사 면허 업무')
nm('nm15', '어려움', '전주시 축산과', '방역 소독 차량 구입', '방역, 소독', '차량 구매. 방역 소독 서비스·소독제와 다름')
nm('nm16', '어려움', '전주시립국악단', '공연장 음향 장비 대여', '공연, 대여', '음향 장비 임대. 한복·무대의상 대여와 다름')
nm('nm17', '어려움', '전북지방우정청 물류과', '택배 차량 임차', '택배', '차량 임대. 택배 박스·발송 대행과 다름')
nm('nm18', '어려움', '전북지방우정청 물류과', '에어캡 제조 기계', '에어캡', '생산 설비. 에어캡 자재가 아님')
nm('nm19', '어려움', '전주시 송천동 주민자치회', '현수막 게시대 설치 공사', '현수막, 게시대', '구조물 공사. 게시대용 현수막 출력과 다름')
nm('nm20', '어려움', '전주시 송천동 주민자치회', '떡집 창업 교육', '떡', '창업 교육. 떡이나 떡 만들기 체험이 아님')

# 쉬움 10: 카탈로그와 무관
nm('nm21', '쉬움', '전주시 덕진구 세무과', '지방세 전산 시스템 유지보수', '', '정보시스템 유지보수')
nm('nm22', '쉬움', '전북특별자치도 119종합상황실', '구급차 구매', '', '특수 차량')
nm('nm23', '쉬움', '전주시 산림과', '드론 조종 자격 교육', '', '자격 교육')
nm('nm24', '쉬움', '전주시 노인보호전문기관', '직원 건강검진 위탁', '', '의료기관 업무')
nm('nm25', '쉬움', '전주 한국어교육센터(이주민)', '해외 항공권 발권', '', '여행 업무')
nm('nm26', '쉬움', '전주시 공공도서관 북스타트 담당', '도서관리 소프트웨어 라이선스', '', '소프트웨어')
nm('nm27', '쉬움', '전주시 축산과', '사무실 노트북 컴퓨터 10대', '', '전산 장비'); NO_MATCH[-1]['qty'] = 10
nm('nm28', '쉬움', '전주시립국악단', '해외 공연 화물 운송 보험', '', '보험')
nm('nm29', '쉬움', '전북지방우정청 물류과', '청사 엘리베이터 정기 점검', '', '승강기 점검 면허 업무')
nm('nm30', '쉬움', '전주시 송천동 주민자치회', '경로당 에어컨 설치', '', '냉방기 설치 공사')
