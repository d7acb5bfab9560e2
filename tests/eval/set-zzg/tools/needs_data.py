"""수요(검색어) 데이터. 1단계: 카탈로그 없이 먼저 작성한 120개 매칭 수요.
NO_MATCH(30개)는 카탈로그 작성 뒤에 아래쪽에 추가했다.
want: 원하는 품목 태그(조건 충족 시 관련도 2), ok: 허용 대체품(관련도 1),
cap: 단가 상한(원), spec: 제품명+규격에 모두 맞아야 하는 정규식 목록, qty/budget: 수량/예산.
"""
INST = {
    'I1': '전주교육대학교 부설초등학교 행정실',
    'I2': '전주시 덕진구 산업경제과',
    'I3': '전주시 완산구 공원녹지과',
    'I4': '전주시 도시재생과 새뜰마을팀',
    'I5': '전주시 복지정책과 희망복지팀',
    'I6': '전주시 인권다양성과',
    'I7': '전주시 관광거점도시추진단',
    'I8': '전주시 농생명산업과 로컬푸드팀',
    'I9': '전주시 기후변화대응과',
    'I10': '전주시 대중교통본부 시내버스팀',
}

# category 수요가 뜻하는 품목 묶음
GROUPS = {
    '행사 다과': ['rice_cake', 'cookie', 'madeleine', 'bread', 'chocopie', 'hangwa', 'refreshment_set', 'sikhye', 'trad_drink', 'juice'],
    '사무용품': ['copy_paper', 'stapler', 'pen', 'sticky_note', 'tape', 'correction_tape', 'marker', 'whiteboard_marker', 'binder', 'clip'],
    '안전용품': ['helmet', 'safety_vest', 'safety_shoes', 'work_gloves', 'coated_gloves', 'first_aid_kit', 'bandage', 'traffic_cone'],
    '위생용품': ['hand_sanitizer', 'mask', 'wet_tissue', 'toilet_paper'],
    '친환경 생활용품': ['soap', 'scrubber', 'beeswax_wrap', 'bamboo_toothbrush', 'solid_shampoo', 'eco_detergent'],
    '관광 기념품': ['hanji_craft', 'hand_fan', 'natural_dye', 'ceramic_craft', 'postcard'],
    '홍보물 제작': ['banner', 'xbanner', 'flyer', 'leaflet', 'poster', 'booklet', 'sticker_print'],
    '농산물 가공품': ['jam', 'fruit_syrup', 'yuja_syrup', 'sesame_oil', 'jang', 'red_pepper_powder', 'juice', 'ginger_tea'],
    '학습준비물': ['notebook', 'crayon', 'colored_paper', 'glue', 'scissors'],
    '방한용품': ['winter_liner', 'neck_warmer', 'hotpack', 'thermal_gloves'],
}
GROUP_OK = {
    '행사 다과': ['drip_bag', 'coffee_bean', 'tea'],
    '사무용품': ['toner', 'notebook', 'envelope'],
    '안전용품': [],
    '위생용품': ['eco_detergent', 'soap'],
    '친환경 생활용품': ['ecobag', 'upcycle_bag', 'tumbler'],
    '관광 기념품': ['promo_mug'],
    '홍보물 제작': ['design', 'video', 'business_card'],
    '농산물 가공품': ['kimchi', 'kimchi_baechu', 'buchu_kimchi', 'grain'],
    '학습준비물': ['pen', 'colored_pencil'],
    '방한용품': ['work_gloves', 'coated_gloves'],
}

# location 수요의 가게 말 -> 카탈로그 업체 업종(shop kind)
SHOP_WORD = {'떡집': '떡집', '인쇄소': '인쇄소', '꽃집': '꽃집', '반찬가게': '반찬가게', '한지공방': '한지공방',
             '도시락집': '도시락', '카페': '카페', '청소업체': '청소업체', '빵집': '제과점', '세탁소': '세탁소', '목공방': '목공방'}

NEEDS = []
def n(kind, inst, text, want=(), ok=(), **kw):
    d = dict(kind=kind, inst=inst, text=text, want=list(want), ok=list(ok))
    d.update(kw)
    NEEDS.append(d)

# ---------------- exact (11)
n('exact', 'I1', '복사용지', ['copy_paper'])
n('exact', 'I2', '명함 제작', ['business_card'])
n('exact', 'I4', '현수막', ['banner'])
n('exact', 'I5', '백설기', ['baekseolgi'], ['rice_cake'])
n('exact', 'I6', '꽃다발', ['bouquet'], ['flower_basket'])
n('exact', 'I7', '드립백 커피', ['drip_bag'], ['coffee_bean'])
n('exact', 'I5', '김장김치', ['kimchi_baechu'], ['kimchi'])
n('exact', 'I9', '에코백', ['ecobag'], ['upcycle_bag'])
n('exact', 'I3', '안전조끼', ['safety_vest'])
n('exact', 'I10', '손소독제', ['hand_sanitizer'])
n('exact', 'I9', '텀블러', ['tumbler'])

# ---------------- synonym (11)  word: 카탈로그에 없어야 하는 말
n('synonym', 'I1', '호치키스', ['stapler'], word='호치키스', means='스테이플러')
n('synonym', 'I6', '포스트잇', ['sticky_note'], word='포스트잇', means='점착 메모지')
n('synonym', 'I9', '창문 단열 뽁뽁이', ['bubble_insul'], ['draft_stopper'], word='뽁뽁이', means='단열 에어캡')
n('synonym', 'I3', '하이바', ['helmet'], word='하이바', means='안전모')
n('synonym', 'I8', '구루마', ['hand_cart'], word='구루마', means='손수레·운반카트')
n('synonym', 'I7', '찌라시', ['flyer'], ['leaflet'], word='찌라시', means='전단지')
n('synonym', 'I2', '스카치테이프', ['tape'], word='스카치테이프', means='투명테이프')
n('synonym', 'I4', '매직 검정', ['marker'], ['whiteboard_marker'], word='매직', means='유성 마커')
n('synonym', 'I10', '깔깔이', ['winter_liner'], ['vest'], word='깔깔이', means='방한 내피')
n('synonym', 'I5', '정구지 김치', ['buchu_kimchi'], ['kimchi'], word='정구지', means='부추')
n('synonym', 'I1', '대일밴드', ['bandage'], ['first_aid_kit'], word='대일밴드', means='일회용 반창고')

# ---------------- typo (11)  word: 잘못 친 말(카탈로그에 없어야 함), correct: 바른 말
n('typo', 'I4', '프랭카드', ['banner'], word='프랭카드', correct='플래카드(현수막)')
n('typo', 'I2', '명암 제작', ['business_card'], word='명암', correct='명함')
n('typo', 'I1', '볼팬', ['pen'], word='볼팬', correct='볼펜')
n('typo', 'I5', '도시략 주문', ['lunchbox'], word='도시략', correct='도시락')
n('typo', 'I6', '캐이터링', ['catering'], ['refreshment_set'], word='캐이터링', correct='케이터링')
n('typo', 'I7', '마들랜', ['madeleine'], ['cookie'], word='마들랜', correct='마들렌')
n('typo', 'I10', '손소독재', ['hand_sanitizer'], word='손소독재', correct='손소독제')
n('typo', 'I3', '안전조기', ['safety_vest'], word='안전조기', correct='안전조끼')
n('typo', 'I7', '관광 팜플랫', ['leaflet'], ['flyer', 'booklet'], word='팜플랫', correct='팸플릿')
n('typo', 'I2', '개업 축하화한', ['wreath_congrats'], ['flower_basket'], word='화한', correct='화환')
n('typo', 'I1', '수정태이프', ['correction_tape'], word='태이프', correct='테이프')

# ---------------- hanyeong (11): 8개 전부 영문, 3개 한글 섞임
n('hanyeong', 'I2', 'audgka', ['business_card'], intended='명함')
n('hanyeong', 'I4', 'gustnakr', ['banner'], intended='현수막')
n('hanyeong', 'I1', 'qhrtkdydwl', ['copy_paper'], intended='복사용지')
n('hanyeong', 'I5', 'ehtlfkr', ['lunchbox'], intended='도시락')
n('hanyeong', 'I6', 'Rhcekqkf', ['bouquet'], ['flower_basket'], intended='꽃다발')
n('hanyeong', 'I10', 'thsthehrwp', ['hand_sanitizer'], intended='손소독제')
n('hanyeong', 'I3', 'dkswjsah', ['helmet'], intended='안전모')
n('hanyeong', 'I7', 'dnjsenzjvl', ['coffee_bean'], ['drip_bag', 'cold_brew'], intended='원두커피')
n('hanyeong', 'I7', 'gkswl 공예 체험', ['hanji_experience'], ['dye_experience', 'ceramic_experience'], intended='한지 공예 체험')
n('hanyeong', 'I5', '어르신 qkscks', ['side_dish'], ['kimchi'], intended='어르신 반찬')
n('hanyeong', 'I8', '명절 tjsanftpxm', ['gift_set'], intended='명절 선물세트')

# ---------------- spacing (11): 카탈로그는 다르게 띄어 쓸 것
n('spacing', 'I9', '공기 정화 식물', ['air_plant'], ['potted_plant'], joined='공기정화식물')
n('spacing', 'I6', '떡 케이크', ['rice_cake_cake'], ['rice_cake'], joined='떡케이크')
n('spacing', 'I8', '로컬푸드꾸러미', ['local_food_box'], split='로컬푸드 꾸러미')
n('spacing', 'I7', '한지공예체험', ['hanji_experience'], split='한지 공예 체험')
n('spacing', 'I1', '에어컨청소', ['aircon_cleaning'], split='에어컨 청소')
n('spacing', 'I4', '단체티셔츠', ['group_tshirt'], split='단체 티셔츠')
n('spacing', 'I2', '홍보 영상제작', ['video'], joined='홍보영상 제작')
n('spacing', 'I9', '천연 비누', ['soap'], joined='천연비누')
n('spacing', 'I6', '출장 뷔페', ['catering'], joined='출장뷔페')
n('spacing', 'I9', '다회용기세척', ['reusable_wash'], split='다회용기 세척')
n('spacing', 'I10', '방역소독', ['disinfection'], split='방역 소독')

# ---------------- choseong (11)
n('choseong', 'I1', 'ㅂㅅㅇㅈ', ['copy_paper'], intended='복사용지')
n('choseong', 'I7', 'ㅁㅎ 제작', ['business_card'], intended='명함 제작')
n('choseong', 'I3', 'ㅎㅅㅁ', ['banner'], intended='현수막')
n('choseong', 'I2', 'ㄷㅅㄹ 배달', ['lunchbox'], intended='도시락 배달')
n('choseong', 'I6', 'ㄲㅂㄱㄴ', ['flower_basket'], ['bouquet'], intended='꽃바구니')
n('choseong', 'I3', 'ㅇㅈㅎ', ['safety_shoes'], intended='안전화')
n('choseong', 'I9', 'ㅌㅂㄹ', ['tumbler'], intended='텀블러')
n('choseong', 'I5', 'ㅂㅅㄱ 떡', ['baekseolgi'], ['rice_cake'], intended='백설기 떡')
n('choseong', 'I7', 'ㅇㅋㅂ', ['ecobag'], ['upcycle_bag'], intended='에코백')
n('choseong', 'I1', 'ㅂㄷㄱㅇ', ['board_game'], intended='보드게임')
n('choseong', 'I10', 'ㅁㅅㅋ', ['mask'], intended='마스크')

# ---------------- quantity (11)
n('quantity', 'I1', 'A4 복사용지 80g 10박스', ['copy_paper'], qty=10, spec=[r'A4', r'80\s*g'])
n('quantity', 'I4', '현수막 5m x 0.9m 3개', ['banner'], qty=3, spec=[r'5\s*m?\s*[x×X*]\s*0?\.9\s*m'])
n('quantity', 'I5', '백설기 300개 개당 2000원 이하', ['baekseolgi'], ['rice_cake_indiv'], qty=300, cap=2000)
n('quantity', 'I2', '도시락 50인분 예산 50만원', ['lunchbox'], qty=50, budget=500000)
n('quantity', 'I3', '안전인증 안전모 20개', ['helmet'], qty=20, spec=[r'인증'])
n('quantity', 'I9', '텀블러 350ml 100개', ['tumbler'], qty=100, spec=[r'350\s*ml'])
n('quantity', 'I7', '에코백 300개 예산 150만원', ['ecobag'], ['upcycle_bag'], qty=300, budget=1500000)
n('quantity', 'I10', 'KF94 마스크 대형 1000매', ['mask'], qty=1000, spec=[r'KF94', r'대형'])
n('quantity', 'I2', '재생토너 CF217A 5개', ['toner'], qty=5, spec=[r'CF217A'])
n('quantity', 'I6', '화분 10개 개당 3만원 이내', ['potted_plant'], qty=10, cap=30000)
n('quantity', 'I8', '쌀 10kg 20포', ['rice'], qty=20, spec=[r'10\s*kg'])

# ---------------- long_sentence (11)
n('long_sentence', 'I9', '다음 달 15일 덕진공원 일대에서 열리는 시민 걷기 행사 참가자 200명에게 일회용 컵 대신 나눠줄 텀블러를 준비하려고 하니 납품 가능한 곳을 알려주세요',
  ['tumbler'], qty=200)
n('long_sentence', 'I1', '3월 입학식 때 신입생 학부모님들께 드릴 답례품으로 하나씩 개별 포장된 떡을 준비하려고 합니다. 3월 4일 오전까지 학교로 배송 가능한 곳을 찾습니다',
  ['rice_cake_indiv'], ['rice_cake'])
n('long_sentence', 'I7', '10월 중 한옥마을을 찾는 외국인 관광객을 대상으로 팸투어를 진행할 예정이어서 영어로 진행 가능한 문화관광 해설 프로그램이 필요합니다',
  ['tour_guide_foreign'], ['tour_guide', 'interpretation'])
n('long_sentence', 'I3', '완산구 관내 근린공원 공중화장실과 관리사무소 정기 청소를 4월부터 12월까지 주 2회 맡아 주실 업체를 구하고 있습니다',
  ['cleaning_service', 'restroom_cleaning'], ['disinfection'])
n('long_sentence', 'I5', '희망복지팀에서 동절기 동안 홀몸 어르신 120가구에 밑반찬을 2주 간격으로 정기 배송하려고 하니 견적을 부탁드립니다',
  ['side_dish'], ['kimchi'], qty=120)
n('long_sentence', 'I6', '12월 10일 세계인권의 날 기념행사 때 시청 강당에서 직원과 시민을 대상으로 인권 감수성 교육을 해 주실 강사를 모시려고 합니다',
  ['human_rights_edu'], ['disability_edu', 'gender_edu'])
n('long_sentence', 'I8', '로컬푸드 직매장 홍보 시식 행사를 준비하고 있는데 전주 농산물로 만든 잼이나 과일청 같은 가공품을 납품받고 싶습니다',
  ['jam', 'fruit_syrup', 'yuja_syrup'])
n('long_sentence', 'I9', '기후변화주간을 맞아 관내 초등학생을 대상으로 탄소중립 체험교육을 2시간 정도 진행해 주실 단체를 찾고 있습니다',
  ['climate_edu'], ['eco_edu', 'zero_waste_workshop'])
n('long_sentence', 'I10', '시내버스 운수종사자 친절교육이 끝난 뒤 나눠드릴 간식으로 개별 포장된 샌드위치와 음료 세트가 약 80개 필요합니다',
  ['sandwich_set'], ['sandwich'], qty=80)
n('long_sentence', 'I1', '학교 도서실을 새로 꾸미면서 저학년 아이들 키에 맞는 낮은 원목 책장을 들이려고 하는데 모서리가 둥글게 마감된 제품이면 좋겠습니다',
  ['bookshelf'], spec=[r'[23]단|낮은|저상'])
n('long_sentence', 'I2', '덕진구 소상공인 지원사업 설명회를 4월 둘째 주 구청 회의실에서 여는데 안내용 리플릿을 양면 컬러로 1,000부 정도 제작하려고 합니다',
  ['leaflet'], ['flyer', 'booklet'], qty=1000)

# ---------------- category (10): 묶음은 GROUPS
for inst, g in [('I4', '행사 다과'), ('I1', '사무용품'), ('I3', '안전용품'), ('I10', '위생용품'), ('I9', '친환경 생활용품'),
                ('I7', '관광 기념품'), ('I2', '홍보물 제작'), ('I8', '농산물 가공품'), ('I1', '학습준비물'), ('I10', '방한용품')]:
    n('category', inst, g, GROUPS[g], GROUP_OK[g], group=g)

# ---------------- location (11): 실제 법정동 + 가게 말
for inst, dong, shop in [('I5', '효자동', '떡집'), ('I2', '중화산동', '인쇄소'), ('I6', '송천동', '꽃집'), ('I5', '인후동', '반찬가게'),
                         ('I7', '풍남동', '한지공방'), ('I4', '평화동', '도시락집'), ('I2', '덕진동', '카페'), ('I10', '팔복동', '청소업체'),
                         ('I4', '서신동', '빵집'), ('I10', '금암동', '세탁소'), ('I1', '우아동', '목공방')]:
    n('location', inst, f'{dong} {shop}', dong=dong, shop=SHOP_WORD[shop])

# ---------------- multi_item (11)
def it(item, want, ok=(), **kw):
    d = dict(item=item, want=list(want), ok=list(ok)); d.update(kw); return d
n('multi_item', 'I1', '복사용지 및 토너', items=[it('복사용지', ['copy_paper']), it('토너', ['toner'])])
n('multi_item', 'I4', '떡이랑 식혜', items=[it('떡', ['rice_cake']), it('식혜', ['sikhye'], ['trad_drink'])])
n('multi_item', 'I7', '현수막, 배너', items=[it('현수막', ['banner']), it('배너', ['xbanner'])])
n('multi_item', 'I3', '안전조끼 안전모 목장갑', items=[it('안전조끼', ['safety_vest']), it('안전모', ['helmet']), it('목장갑', ['work_gloves'], ['coated_gloves'])])
n('multi_item', 'I2', '명함하고 봉투', items=[it('명함', ['business_card']), it('봉투', ['envelope'])])
n('multi_item', 'I8', '생강차랑 유자청', items=[it('생강차', ['ginger_tea'], ['tea']), it('유자청', ['yuja_syrup'], ['fruit_syrup'])])
n('multi_item', 'I10', '손소독제 마스크 물티슈', items=[it('손소독제', ['hand_sanitizer']), it('마스크', ['mask']), it('물티슈', ['wet_tissue'])])
n('multi_item', 'I6', '화분이랑 꽃다발', items=[it('화분', ['potted_plant']), it('꽃다발', ['bouquet'], ['flower_basket'])])
n('multi_item', 'I10', '샌드위치하고 음료', items=[it('샌드위치', ['sandwich', 'sandwich_set']), it('음료', ['juice', 'sikhye', 'trad_drink', 'cold_brew'], ['tea', 'ginger_tea'])])
n('multi_item', 'I9', '에코백 및 텀블러', items=[it('에코백', ['ecobag'], ['upcycle_bag']), it('텀블러', ['tumbler'])])
n('multi_item', 'I7', '부채랑 엽서', items=[it('부채', ['hand_fan']), it('엽서', ['postcard'])])

# 내부 키 부여
_cnt = {}
for d in NEEDS:
    _cnt[d['kind']] = _cnt.get(d['kind'], 0) + 1
    d['key'] = f"{d['kind']}-{_cnt[d['kind']]:02d}"

# =====================================================================
# 3단계: 카탈로그 작성 뒤에 쓴 해당 없음(no_match) 수요 30개.
# (난이도, 기관, 수요, 겹치는 말, 해당 없음 이유, 수량)
NO_MATCH = [
    ('어려움', 'I1', '복사기 임대', '복사', '복사용지만 있고 복사기(기계) 임대 상품은 없음', None),
    ('어려움', 'I1', '교실 에어컨 교체 설치', '에어컨', '에어컨 청소 용역만 있고 에어컨 기기 판매·설치는 없음', None),
    ('어려움', 'I10', '시내버스 에어컨 수리', '에어컨, 시내버스', '차량 냉방장치 수리는 없음(에어컨 청소·차량 소독뿐)', None),
    ('어려움', 'I10', '저상 전기버스 구매', '버스', '차량 판매 업체 없음', None),
    ('어려움', 'I3', '공원 벤치 보수 도색 공사', '벤치, 공원', '원목 벤치 제작 판매만 있고 기존 시설 보수·도장 공사는 없음', None),
    ('어려움', 'I3', '화단 스프링클러 설치', '화단', '화단 조성·식재 관리는 있으나 관수 설비 시공은 없음', None),
    ('어려움', 'I8', '떡 제조기 구입', '떡', '떡 판매·체험만 있고 떡 기계(장비)는 없음', None),
    ('어려움', 'I5', '경로당 김치냉장고', '김치', '김치는 있으나 가전제품은 없음', None),
    ('어려움', 'I7', '커피머신 렌탈', '커피', '원두·드립백 판매뿐이고 기계 임대는 없음', None),
    ('어려움', 'I5', '도시락 배달용 오토바이', '도시락, 배달', '도시락 판매만 있고 이륜차는 없음', None),
    ('어려움', 'I5', '복지관 세탁기 수리', '세탁', '세탁 용역은 있으나 세탁기 수리는 없음', None),
    ('어려움', 'I9', '태양광 에너지 설비 설치', '에너지', '단열용품·에너지 진단뿐이고 발전설비 시공은 없음', None),
    ('어려움', 'I7', '한옥 기와 보수 공사', '한옥', '한옥마을 해설·체험은 있으나 건축 보수 공사는 없음', None),
    ('어려움', 'I7', '관광버스 전세', '관광, 버스', '관광 해설은 있으나 전세버스(운송업) 없음', None),
    ('어려움', 'I2', '인쇄기 수리', '인쇄', '인쇄물 제작만 있고 인쇄 장비 수리는 없음', None),
    ('어려움', 'I6', '동시통역 장비 대여', '통역', '통역 인력은 있으나 통역 수신기 등 장비 대여는 없음', None),
    ('어려움', 'I3', '노면 청소차 구매', '청소', '청소 용역은 있으나 청소 차량은 없음', None),
    ('어려움', 'I4', '전기 안전점검 대행', '안전, 점검', '전기안전관리는 면허 업종이며 해당 업체 없음(에너지 진단·안전용품은 다른 것)', None),
    ('어려움', 'I2', '불법 현수막 철거', '현수막', '현수막 제작만 있고 철거 용역은 없음', None),
    ('어려움', 'I4', '일회용 도시락 용기 1000개', '도시락, 용기', '다회용기 세척 서비스만 있고 포장 용기 판매는 없음', 1000),
    ('쉬움', 'I10', '주차장 차단기', '', '관련 업종 없음', None),
    ('쉬움', 'I5', '러닝머신', '', '운동기구 없음', None),
    ('쉬움', 'I6', '법률 자문', '', '법률 서비스 없음', None),
    ('쉬움', 'I7', '항공권 예약', '', '여행사 업무 없음', None),
    ('쉬움', 'I2', '골프공', '', '스포츠용품 없음', None),
    ('쉬움', 'I1', '피아노 조율', '', '악기 관련 업체 없음', None),
    ('쉬움', 'I9', '스마트폰 보호필름', '', '전자기기 용품 없음', None),
    ('쉬움', 'I6', '반려견 미용', '', '반려동물 서비스 없음', None),
    ('쉬움', 'I2', '세무 기장 대행', '', '세무 서비스 없음', None),
    ('쉬움', 'I4', '드럼 세트', '', '악기 없음', None),
]
for _i, (_lv, _inst, _t, _ov, _why, _q) in enumerate(NO_MATCH, 1):
    NEEDS.append(dict(kind='no_match', inst=_inst, text=_t, want=[], ok=[], level=_lv, overlap=_ov, why=_why,
                      qty=_q, key=f'no_match-{_i:02d}'))
