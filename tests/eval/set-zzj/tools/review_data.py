# -*- coding: utf-8 -*-
"""Sweep decisions (step 4). Every unlabelled product that shares a content word with a need
was looked at; the decision and reason are recorded here. OVERRIDES change a mechanical label."""
OVERRIDES = {}   # (need key, code) -> (rel, 품목, reason)
REVIEWED = {}    # (need key, code) -> reason (left at 0)

def O(keys, codes, rel, reason, item=''):
    for k in keys:
        for c in codes:
            OVERRIDES[(k, c)] = (rel, item, reason)

def R(keys, codes, reason):
    for k in keys:
        for c in codes:
            REVIEWED[(k, c)] = reason

def rule_for(key, x, code, ws, row, meta):
    return None

# ---------------- overrides (label changed)
O(['category-05'], ['ZZJ0245'], 2, '전주 합죽선은 전통 공예 기념품 그 자체(태그상 fan이라 1로 나왔음)')
O(['category-05'], ['ZZJ0248'], 1, '한지 무드등 만들기 키트: 공예 체험 재료라 기념품 대용 정도')
O(['category-09'], ['ZZJ0285'], 2, '화장실용 페달 휴지통은 화장실 비품')
O(['category-09'], ['ZZJ0281'], 1, '리드 디퓨저는 방향제 대용')
O(['category-11'], ['ZZJ0029'], 2, '기관 홍보용 탁상 달력은 홍보 인쇄물')
O(['category-11'], ['ZZJ0028'], 1, '초대장 인쇄는 인쇄물이지만 홍보물은 아님')
O(['category-01'], ['ZZJ0113'], 2, '스테이플러 심은 사무용품')
O(['category-01'], ['ZZJ0131', 'ZZJ0130', 'ZZJ0267', 'ZZJ0095'], 1, '토너·제본표지·떡메모지·펜꽂이: 사무용품 언저리')
O(['category-03'], ['ZZJ0284'], 2, '밀대 걸레 교체 패드는 청소용품')
O(['category-03'], ['ZZJ0285'], 1, '휴지통은 청소용품이라기보다 비품')
O(['category-06'], ['ZZJ0249'], 2, '광고용 인쇄 부채는 판촉물(분류도 판촉물)')
O(['category-06'], ['ZZJ0246', 'ZZJ0107'], 1, '문구 인쇄 한지 부채·각인 머그컵: 판촉물로 쓸 수 있는 기념품')
O(['category-10'], ['ZZJ0001', 'ZZJ0006', 'ZZJ0259'], 1, '1인 답례 떡팩은 명절 선물세트라기엔 작음(태그 tteok_gift라 2로 나왔음)')
O(['exact-11', 'choseong-07', 'quantity-10', 'long_sentence-04'], ['ZZJ0071', 'ZZJ0064'], 1, '김밥(도시락 용기 포장)은 도시락 대용')
O(['hanyeong-05'], ['ZZJ0247', 'ZZJ0248'], 1, '한지 엽서·한지 무드등 키트: 한지 제품이지만 종이 자체는 아님')
O(['long_sentence-02', 'spacing-04'], ['ZZJ0287'], 1, '무지 가방에 그리는 에코백 키트: 가방이 들어 있어 대용 가능')
O(['multi_item-11'], ['ZZJ0287'], 1, '무지 가방에 그리는 에코백 키트: 가방이 들어 있어 대용 가능', '에코백')
O(['long_sentence-07'], ['ZZJ0183'], 1, '허브 모종은 꽃 모종 대용(화단용)')
O(['long_sentence-11'], ['ZZJ0037'], 1, '탁상용 미니 배너는 X배너 대용')
O(['multi_item-02'], ['ZZJ0124', 'ZZJ0282'], 1, '무지 서류봉투: 인쇄는 아니지만 봉투 대용', '봉투 인쇄')
O(['spacing-01'], ['ZZJ0219'], 1, '비닐 쇼핑백은 종이 쇼핑백 대용')
O(['synonym-01'], ['ZZJ0267'], 1, '떡메모지는 점착식이 아니지만 메모지 대용')
O(['synonym-03'], ['ZZJ0220'], 1, 'OPP 박스테이프는 투명 테이프이나 포장용(폭 48mm)')

# ---------------- reviewed, left at 0
HOLDER = '명함꽂이·명함 케이스는 명함(인쇄물)이 아님'
R(['choseong-01', 'exact-02', 'hanyeong-02', 'quantity-02', 'multi_item-02'], ['ZZJ0096', 'ZZJ0243'], HOLDER)
R(['choseong-02'], ['ZZJ0185', 'ZZJ0191', 'ZZJ0195', 'ZZJ0196'], '약과가 아닌 다른 선물세트')
R(['choseong-04', 'exact-04', 'hanyeong-04', 'typo-04'], ['ZZJ0034'], '현수막 게시 대행은 제작이 아님')
R(['choseong-04', 'exact-04', 'hanyeong-04', 'typo-04'], ['ZZJ0038'], '폐현수막으로 만든 장바구니(함정)')
R(['choseong-04', 'exact-04', 'hanyeong-04', 'typo-04', 'location-08'], ['ZZJ0262'], '폐현수막 수거·재활용 서비스, 현수막집 아님')
R(['choseong-05', 'exact-05', 'quantity-05'], ['ZZJ0101', 'ZZJ0102', 'ZZJ0103', 'ZZJ0104', 'ZZJ0105', 'ZZJ0247', 'ZZJ0248', 'ZZJ0250'], '한지 제품이지만 부채가 아님')
R(['choseong-07', 'exact-11', 'quantity-10', 'long_sentence-04', 'location-05'], ['ZZJ0187'], '컵과일은 도시락이 아님(설명의 "과일 도시락 형태")')
R(['choseong-07', 'exact-11', 'quantity-10', 'long_sentence-04', 'location-05'], ['ZZJ0212'], '보냉 도시락 가방(함정)')
R(['long_sentence-04'], ['ZZJ0237'], '마을 식당 단체 식사, 배달 도시락 아님')
R(['choseong-09', 'exact-09', 'multi_item-06'], ['ZZJ0088'], '대걸레 세탁 서비스, 대걸레 아님')
COFFEE = '원두/드립백이 아닌 커피 음료·케이터링·퇴비'
R(['choseong-11', 'multi_item-03'], ['ZZJ0058', 'ZZJ0073', 'ZZJ0076', 'ZZJ0077', 'ZZJ0273'], COFFEE)
R(['exact-07', 'quantity-07'], ['ZZJ0176'], '모종삽은 상토가 아님')
R(['exact-08', 'multi_item-08', 'typo-08'], ['ZZJ0097'], '손소독제 거치대(소독제 별도)')
R(['typo-08'], ['ZZJ0164'], '알코올 솜은 손소독제가 아님')
R(['exact-10', 'multi_item-01', 'typo-02'], ['ZZJ0095'], '펜꽂이는 볼펜이 아님')
R(['hanyeong-05'], ['ZZJ0103'], '한지 공예 체험은 한지(물품)가 아님')
R(['hanyeong-07', 'multi_item-08', 'quantity-08'], ['ZZJ0244'], '마스크 스트랩(함정)')
R(['hanyeong-09'], ['ZZJ0052', 'ZZJ0187', 'ZZJ0191', 'ZZJ0195', 'ZZJ0196', 'ZZJ0275'], '과일 선물세트가 아님(케이크·컵과일·차·꿀·잼·주스)')
R(['hanyeong-11'], ['ZZJ0121', 'ZZJ0123', 'ZZJ0223', 'ZZJ0227', 'ZZJ0288'], '친환경이지만 세제가 아님')
R(['location-06'], ['ZZJ0209'], '카페용 앞치마, 카페 아님')
LS1 = '떡 답례품이 아님(포장·개별·답례품 말만 겹침)'
R(['long_sentence-01'], ['ZZJ0010', 'ZZJ0012', 'ZZJ0023', 'ZZJ0051', 'ZZJ0061', 'ZZJ0070', 'ZZJ0078', 'ZZJ0158', 'ZZJ0159',
    'ZZJ0164', 'ZZJ0185', 'ZZJ0193', 'ZZJ0197', 'ZZJ0207', 'ZZJ0216', 'ZZJ0220', 'ZZJ0250', 'ZZJ0274'], LS1)
R(['quantity-11'], ['ZZJ0023'], '답례품용 스티커 인쇄, 떡 아님')
PRINT = '인쇄·로고·친환경 말만 겹치는 다른 물품'
R(['long_sentence-02'], ['ZZJ0006', 'ZZJ0015', 'ZZJ0016', 'ZZJ0017', 'ZZJ0019', 'ZZJ0022', 'ZZJ0023', 'ZZJ0024', 'ZZJ0025',
    'ZZJ0028', 'ZZJ0030', 'ZZJ0121', 'ZZJ0123', 'ZZJ0140', 'ZZJ0141', 'ZZJ0159', 'ZZJ0201', 'ZZJ0205', 'ZZJ0206', 'ZZJ0207',
    'ZZJ0223', 'ZZJ0227', 'ZZJ0239', 'ZZJ0246', 'ZZJ0249', 'ZZJ0288'], PRINT + '(에코백 아님)')
R(['long_sentence-03'], ['ZZJ0062', 'ZZJ0184', 'ZZJ0225', 'ZZJ0226', 'ZZJ0240', 'ZZJ0255', 'ZZJ0260'], '교육·방문·가구 말만 겹침, 우산 아님')
R(['long_sentence-05'], ['ZZJ0009', 'ZZJ0038', 'ZZJ0049', 'ZZJ0100', 'ZZJ0102', 'ZZJ0103', 'ZZJ0104', 'ZZJ0105', 'ZZJ0106',
    'ZZJ0123', 'ZZJ0189', 'ZZJ0207', 'ZZJ0245', 'ZZJ0246', 'ZZJ0247', 'ZZJ0248', 'ZZJ0250', 'ZZJ0282'], '책갈피가 아님')
R(['long_sentence-06'], ['ZZJ0093'], '앞치마 세탁 서비스')
R(['long_sentence-06'], ['ZZJ0095', 'ZZJ0166', 'ZZJ0167', 'ZZJ0168'], '작업용·방수·정리 말만 겹침, 앞치마 아님')
R(['long_sentence-07'], ['ZZJ0176', 'ZZJ0177', 'ZZJ0184'], '모종 관련 도구·컨설팅, 모종 아님')
R(['long_sentence-08'], ['ZZJ0075', 'ZZJ0080'], '설탕에 재운 청·유자차: 무설탕 조건 위반')
R(['long_sentence-09', 'category-09'], ['ZZJ0139'], '청소 용역(서비스)')
R(['long_sentence-09'], ['ZZJ0145', 'ZZJ0151', 'ZZJ0254', 'ZZJ0285'], '화장실 비품이지만 두루마리 화장지가 아님')
R(['long_sentence-10'], ['ZZJ0053'], '모닝빵은 한과가 아님(다과 말만 겹침)')
R(['long_sentence-11'], ['ZZJ0067', 'ZZJ0077', 'ZZJ0096', 'ZZJ0097', 'ZZJ0170'], '행사장·거치대·입구 말만 겹침')
R(['multi_item-02'], ['ZZJ0006', 'ZZJ0017', 'ZZJ0022', 'ZZJ0023', 'ZZJ0024', 'ZZJ0025', 'ZZJ0028', 'ZZJ0123', 'ZZJ0199',
    'ZZJ0200', 'ZZJ0201', 'ZZJ0205', 'ZZJ0206', 'ZZJ0207', 'ZZJ0239', 'ZZJ0246', 'ZZJ0249'], '명함·봉투가 아닌 인쇄물/인쇄 가능 물품')
R(['multi_item-02'], ['ZZJ0043', 'ZZJ0134', 'ZZJ0135', 'ZZJ0219'], '봉투라는 말만 겹침(카드 봉투·쓰레기봉투·비닐봉투)')
R(['multi_item-05'], ['ZZJ0028'], '엽서 크기 초대장 인쇄, 엽서 아님')
R(['multi_item-05'], ['ZZJ0100', 'ZZJ0102', 'ZZJ0103', 'ZZJ0104', 'ZZJ0105', 'ZZJ0246', 'ZZJ0248', 'ZZJ0250'], '한지 제품이지만 책갈피·엽서 아님')
R(['quantity-02'], ['ZZJ0017', 'ZZJ0025', 'ZZJ0129', 'ZZJ0249'], '양면·컬러 말만 겹침, 명함 아님')
R(['quantity-04'], ['ZZJ0089'], '수건 세탁 서비스')
R(['quantity-08'], ['ZZJ0035', 'ZZJ0127', 'ZZJ0134'], '대형 말만 겹침')
R(['category-05'], ['ZZJ0005', 'ZZJ0010', 'ZZJ0084', 'ZZJ0189', 'ZZJ0191', 'ZZJ0236', 'ZZJ0269'], '전통 식품·차·체험, 공예품 아님')
R(['category-05'], ['ZZJ0103'], '한지 공예 체험(서비스), 기념품 아님')
R(['category-05'], ['ZZJ0207'], '기념품 포장용 쇼핑백')
R(['spacing-01'], ['ZZJ0010', 'ZZJ0104', 'ZZJ0116', 'ZZJ0122', 'ZZJ0123', 'ZZJ0151', 'ZZJ0221', 'ZZJ0222', 'ZZJ0223', 'ZZJ0282'], '종이 말만 겹침')
R(['spacing-06'], ['ZZJ0166', 'ZZJ0171'], '다른 안전용품(안전모·안전화)')
R(['spacing-07'], ['ZZJ0037', 'ZZJ0061', 'ZZJ0173', 'ZZJ0178', 'ZZJ0180'], '미니·화분 말만 겹침')
R(['spacing-09'], ['ZZJ0239'], '분리배출 보드게임')
R(['synonym-02'], ['ZZJ0016'], '"풀컬러"의 풀')
R(['synonym-03'], ['ZZJ0115'], '수정테이프는 투명테이프가 아님')
R(['synonym-04'], ['ZZJ0006', 'ZZJ0015', 'ZZJ0016', 'ZZJ0019', 'ZZJ0022', 'ZZJ0023', 'ZZJ0024', 'ZZJ0028', 'ZZJ0030', 'ZZJ0123',
    'ZZJ0199', 'ZZJ0200', 'ZZJ0201', 'ZZJ0205', 'ZZJ0206', 'ZZJ0207', 'ZZJ0239', 'ZZJ0246', 'ZZJ0249'], '전단지가 아닌 인쇄물/인쇄 가능 물품')
R(['synonym-07'], ['ZZJ0131'], '토너 카트리지의 "카트"')
R(['synonym-10'], ['ZZJ0153'], '물티슈는 각티슈가 아님')
R(['synonym-11'], ['ZZJ0045', 'ZZJ0072', 'ZZJ0099', 'ZZJ0135', 'ZZJ0137', 'ZZJ0139', 'ZZJ0163', 'ZZJ0180', 'ZZJ0285'], '사무실 말만 겹침')
R(['typo-01'], ['ZZJ0113'], '스테이플러 심은 스테이플러가 아님')
R(['typo-06'], ['ZZJ0141', 'ZZJ0148'], '세탁세제는 주방세제가 아님')
R(['typo-09'], ['ZZJ0019', 'ZZJ0030', 'ZZJ0043', 'ZZJ0124', 'ZZJ0219', 'ZZJ0282'], '봉투 말만 겹침')
R(['typo-09'], ['ZZJ0285'], '쓰레기통은 쓰레기봉투가 아님')
R(['typo-11'], ['ZZJ0091'], '침구 세탁 서비스')

# ---------------- location refinements (multi-kind shops / non-core goods)
O(['location-08'], ['ZZJ0020'], 1, '송천동 인쇄소의 현수막 출력: 다른 동의 같은 품목')
O(['location-08'], ['ZZJ0038'], 0, '현수막집 상품이지만 현수막이 아닌 장바구니')
O(['location-04'], ['ZZJ0058', 'ZZJ0060'], 0, '빵집 겸 카페의 커피·원두는 빵집 상품이 아님')
O(['choseong-10'], ['ZZJ0038', 'ZZJ0211'], 1, '장바구니는 쇼핑백 대용')
O(['category-05'], ['ZZJ0108'], 1, '도자기 화분은 공예품이지만 기념품보다 원예용')
