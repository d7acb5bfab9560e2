# -*- coding: utf-8 -*-
"""수요(검색어) 데이터. 1단계: 카탈로그 없이 먼저 작성한 120개 매칭 수요.
NO_MATCH(30개)는 카탈로그 작성 후 파일 끝에 추가했다.

필드:
  key   내부 키 (공개 번호는 build_queries.py에서 섞어서 ZR-Q### 부여)
  kind  유형, inst 기관, text 검색어
  want  원하는 품목 태그(관련도 2), ok 대체 가능 품목 태그(관련도 1)
  qty   수량(검색어에 개수가 명시된 경우만), budget 총예산(원)
  cap   단가 상한(원), spec 규격 정규식(제품명+규격에 적용)
  intended  한영/초성 유형의 의도한 한글
  location: dong(법정동), shop(가게 종류)
  multi_item: items=[{label, want, ok, cap}]
  category: group (CATEGORY_GROUPS 키)
"""

INSTITUTIONS = {
    'safety': '전주시 안전정책과',
    'garden': '전주시 정원문화과',
    'nps': '국민연금공단 전주지사',
    'senior': '전주시 경로당광역지원센터',
    'tradition': '한국전통문화전당',
    'parents': '전주 완산학원 연합 학부모회',
    'labor': '전북지방노동위원회',
    'busstop': '전주시 버스승강장 관리팀',
    'youth': '전주시 청년창업지원센터',
    'daycare': '전주 혁신도시 공동어린이집',
}

# 품목 태그 설명 (카탈로그 작성 전에 정한 품목 단위)
ITEM_TAGS = {
    'copy_paper': '복사용지', 'stapler': '스테이플러', 'sticky_note': '점착 메모지', 'memo_pad': '메모지(비점착)',
    'file_folder': '클리어파일·파일철', 'ballpen': '볼펜', 'correction_tape': '수정테이프', 'marker': '유성마커',
    'tape': '투명테이프', 'name_plate': '명패', 'envelope': '봉투',
    'business_card': '명함', 'banner': '현수막', 'xbanner': 'X배너', 'leaflet': '전단·리플릿', 'poster': '포스터',
    'sticker_label': '스티커·라벨', 'logo_design': '로고 디자인', 'website': '홈페이지 제작', 'video_production': '영상 촬영·편집',
    'safety_vest': '안전조끼', 'safety_helmet': '안전모', 'fire_extinguisher': '소화기', 'first_aid_kit': '구급상자',
    'bandage': '일회용 밴드', 'flashlight': '손전등', 'signal_baton': '경광봉', 'traffic_cone': '라바콘',
    'warning_tape': '통제선 테이프', 'disaster_kit': '재난 생존키트', 'work_gloves': '작업장갑', 'heat_pack': '핫팩',
    'mask': '마스크', 'hand_sanitizer': '손소독제', 'wet_wipes': '물티슈', 'tissue': '미용티슈', 'toilet_paper': '두루마리 화장지',
    'broom': '빗자루', 'mop': '대걸레', 'bucket': '양동이', 'basin': '대야', 'dish_detergent': '주방세제',
    'laundry_detergent': '세탁세제', 'trash_bag': '쓰레기봉투(일반 비닐)', 'rubber_gloves': '고무장갑', 'cleaner': '다목적 세정제',
    'hand_cart': '손수레', 'air_cap': '단열 에어캡',
    'cleaning_service': '청소 용역', 'bus_stop_cleaning': '버스승강장 청소', 'disinfection': '방역 소독 용역',
    'flower_seedling': '꽃모종', 'potted_plant': '화분(식물)', 'mini_pot': '미니 화분', 'chrysanthemum_pot': '국화 화분',
    'bouquet': '꽃다발', 'wreath': '화환', 'compost': '퇴비', 'potting_soil': '분갈이 흙·배양토', 'seed': '씨앗',
    'pruning_shears': '전정가위', 'garden_gloves': '원예장갑', 'planter': '플랜터', 'garden_class': '원예 교육',
    'rice': '쌀', 'kimchi': '김치', 'side_dish': '반찬', 'rice_cake': '떡', 'sikhye': '식혜', 'juice': '주스',
    'coffee': '커피', 'tea': '전통차', 'cookie': '쿠키·과자', 'cake': '케이크', 'bread': '빵', 'hangwa': '한과',
    'fruit': '과일', 'fruit_cup': '손질 과일·컵과일', 'snack_pack': '간식 꾸러미', 'lunchbox': '도시락', 'catering': '케이터링',
    'water': '생수', 'paper_cup': '종이컵', 'chopsticks': '일회용 나무젓가락', 'fishcake': '어묵',
    'hanji': '한지(종이)', 'hanji_fan': '부채', 'bojagi': '보자기', 'knot_craft': '매듭 공예품', 'ceramic': '도자기',
    'hanji_lamp': '한지 조명', 'wood_craft': '목공예품', 'hanji_craft_experience': '한지 공예 체험',
    'fan_making_experience': '부채 만들기 체험', 'knot_experience': '매듭 체험',
    'eco_bag': '에코백', 'tumbler': '텀블러', 'towel': '수건', 'umbrella': '우산', 'scarf': '목도리·머플러',
    'slippers': '실내화·슬리퍼', 'pillow': '베개', 'mat': '돗자리', 'container': '밀폐용기',
    'picture_book': '그림책', 'edu_toy': '유아 교구·원목 완구', 'board_game': '보드게임', 'crayons': '크레파스',
    'sketchbook': '스케치북',
}

# 범주형 수요가 뜻하는 품목 묶음
CATEGORY_GROUPS = {
    'refreshments': {'want': ['rice_cake', 'hangwa', 'cookie', 'sikhye', 'juice', 'tea', 'coffee', 'fruit_cup', 'snack_pack', 'bread'],
                     'ok': ['cake', 'fruit', 'catering', 'water']},
    'office': {'want': ['copy_paper', 'stapler', 'sticky_note', 'memo_pad', 'file_folder', 'ballpen', 'correction_tape', 'marker', 'tape', 'envelope'],
               'ok': ['name_plate']},
    'safety': {'want': ['safety_vest', 'safety_helmet', 'fire_extinguisher', 'first_aid_kit', 'flashlight', 'signal_baton',
                        'traffic_cone', 'warning_tape', 'disaster_kit', 'work_gloves'],
               'ok': ['mask', 'bandage', 'heat_pack']},
    'gardening': {'want': ['flower_seedling', 'compost', 'potting_soil', 'seed', 'pruning_shears', 'garden_gloves', 'planter'],
                  'ok': ['potted_plant', 'mini_pot']},
    'print_promo': {'want': ['leaflet', 'poster', 'banner', 'xbanner', 'sticker_label'],
                    'ok': ['business_card', 'envelope']},
    'souvenir': {'want': ['tumbler', 'eco_bag', 'towel', 'umbrella'],
                 'ok': ['hanji_fan', 'bojagi', 'knot_craft', 'ceramic', 'wood_craft', 'hanji_lamp']},
    'senior_living': {'want': ['slippers', 'scarf', 'toilet_paper', 'tissue', 'laundry_detergent', 'dish_detergent', 'towel'],
                      'ok': ['rubber_gloves', 'pillow', 'basin']},
    'crafts': {'want': ['hanji_fan', 'bojagi', 'knot_craft', 'ceramic', 'hanji_lamp', 'wood_craft'],
               'ok': ['hanji']},
    'cleaning_supplies': {'want': ['broom', 'mop', 'bucket', 'trash_bag', 'rubber_gloves', 'cleaner'],
                          'ok': ['basin', 'hand_cart', 'wet_wipes', 'dish_detergent']},
    'edu_toys': {'want': ['edu_toy'],
                 'ok': ['picture_book', 'crayons', 'sketchbook', 'board_game']},
    'hygiene': {'want': ['mask', 'hand_sanitizer', 'wet_wipes', 'tissue'],
                'ok': ['toilet_paper', 'first_aid_kit', 'bandage']},
}

SHOP_KINDS = {
    'rice_cake_shop': '떡집', 'print_shop': '인쇄소', 'florist': '꽃집', 'side_dish_shop': '반찬가게', 'bakery': '빵집',
    'craft_workshop': '공방', 'lunchbox_shop': '도시락집', 'cafe': '카페', 'laundry': '세탁소', 'cleaning_co': '청소업체',
    'mill': '방앗간',
}


def N(key, kind, inst, text, want=(), ok=(), **kw):
    d = dict(key=key, kind=kind, inst=inst, text=text, want=list(want), ok=list(ok))
    d.update(kw)
    return d


NEEDS = [
    # ---- exact (11)
    N('E01', 'exact', 'nps', '복사용지', ['copy_paper']),
    N('E02', 'exact', 'youth', '명함 제작', ['business_card']),
    N('E03', 'exact', 'safety', '현수막', ['banner'], ['xbanner']),
    N('E04', 'exact', 'safety', '소화기', ['fire_extinguisher']),
    N('E05', 'exact', 'garden', '꽃다발', ['bouquet']),
    N('E06', 'exact', 'tradition', '한지', ['hanji']),
    N('E07', 'exact', 'nps', '텀블러', ['tumbler']),
    N('E08', 'exact', 'senior', '김장김치', ['kimchi']),
    N('E09', 'exact', 'labor', '방역 소독', ['disinfection']),
    N('E10', 'exact', 'senior', '떡', ['rice_cake']),
    N('E11', 'exact', 'daycare', '그림책', ['picture_book']),
    # ---- synonym (11): word = 판매자가 쓰지 않을 말
    N('S01', 'synonym', 'labor', '호치키스', ['stapler'], word='호치키스'),
    N('S02', 'synonym', 'nps', '포스트잇', ['sticky_note'], ['memo_pad'], word='포스트잇'),
    N('S03', 'synonym', 'youth', '찌라시 인쇄', ['leaflet'], ['poster'], word='찌라시'),
    N('S04', 'synonym', 'senior', '창문 뽁뽁이', ['air_cap'], word='뽁뽁이'),
    N('S05', 'synonym', 'senior', '김장용 다라이', ['basin'], ['bucket'], word='다라이'),
    N('S06', 'synonym', 'senior', '경로당 쓰레빠', ['slippers'], word='쓰레빠'),
    N('S07', 'synonym', 'labor', '행사용 와리바시', ['chopsticks'], word='와리바시'),
    N('S08', 'synonym', 'safety', '재난용 후레쉬', ['flashlight'], ['signal_baton'], word='후레쉬'),
    N('S09', 'synonym', 'daycare', '대일밴드', ['bandage'], ['first_aid_kit'], word='대일밴드'),
    N('S10', 'synonym', 'busstop', '구루마', ['hand_cart'], word='구루마'),
    N('S11', 'synonym', 'senior', '어르신 마후라', ['scarf'], word='마후라'),
    # ---- typo (11): word = 틀린 말
    N('T01', 'typo', 'safety', '플랭카드', ['banner'], ['xbanner'], word='플랭카드'),
    N('T02', 'typo', 'labor', '명암 인쇄', ['business_card'], word='명암'),
    N('T03', 'typo', 'nps', '복사융지', ['copy_paper'], word='복사융지'),
    N('T04', 'typo', 'daycare', '생일 케잌', ['cake'], word='케잌'),
    N('T05', 'typo', 'parents', '과일 쥬스', ['juice'], word='쥬스'),
    N('T06', 'typo', 'daycare', '돚자리', ['mat'], word='돚자리'),
    N('T07', 'typo', 'daycare', '낮잠 베게', ['pillow'], word='베게'),
    N('T08', 'typo', 'senior', '설겆이 세제', ['dish_detergent'], word='설겆이'),
    N('T09', 'typo', 'labor', '클리어화일', ['file_folder'], word='클리어화일'),
    N('T10', 'typo', 'busstop', '안전쪼끼', ['safety_vest'], word='안전쪼끼'),
    N('T11', 'typo', 'daycare', '손소독재', ['hand_sanitizer'], word='손소독재'),
    # ---- hanyeong (8 full + 3 mixed)
    N('H01', 'hanyeong', 'youth', 'audgka', ['business_card'], intended='명함'),
    N('H02', 'hanyeong', 'safety', 'gustnakr', ['banner'], ['xbanner'], intended='현수막'),
    N('H03', 'hanyeong', 'nps', 'xjaqmffj', ['tumbler'], intended='텀블러'),
    N('H04', 'hanyeong', 'garden', 'ghkqns', ['potted_plant', 'mini_pot', 'chrysanthemum_pot'], intended='화분'),
    N('H05', 'hanyeong', 'tradition', 'gkswl', ['hanji'], intended='한지'),
    N('H06', 'hanyeong', 'labor', 'todtn', ['water'], intended='생수'),
    N('H07', 'hanyeong', 'parents', 'ehtlfkr', ['lunchbox'], intended='도시락'),
    N('H08', 'hanyeong', 'daycare', 'aktmzm', ['mask'], intended='마스크'),
    N('H09', 'hanyeong', 'safety', 'dkswjsah 구매', ['safety_helmet'], intended='안전모 구매'),
    N('H10', 'hanyeong', 'tradition', 'qnco 만들기 체험', ['fan_making_experience'], ['hanji_craft_experience', 'knot_experience'], intended='부채 만들기 체험'),
    N('H11', 'hanyeong', 'senior', '경로당 Tkf', ['rice'], intended='경로당 쌀'),
    # ---- spacing (11): joined = 띄어쓰기 없앤 형태가 카탈로그 표기
    N('P01', 'spacing', 'nps', '에코 백', ['eco_bag']),
    N('P02', 'spacing', 'daycare', '구급 상자', ['first_aid_kit']),
    N('P03', 'spacing', 'garden', '분갈이흙', ['potting_soil']),
    N('P04', 'spacing', 'tradition', '한지공예체험', ['hanji_craft_experience'], ['fan_making_experience', 'knot_experience']),
    N('P05', 'spacing', 'daycare', '물 티슈', ['wet_wipes']),
    N('P06', 'spacing', 'labor', '종이 컵', ['paper_cup']),
    N('P07', 'spacing', 'parents', '보드 게임', ['board_game']),
    N('P08', 'spacing', 'youth', '로고디자인', ['logo_design']),
    N('P09', 'spacing', 'youth', '스티커라벨제작', ['sticker_label']),
    N('P10', 'spacing', 'garden', '미니화분', ['mini_pot'], ['potted_plant']),
    N('P11', 'spacing', 'busstop', '라바 콘', ['traffic_cone']),
    # ---- choseong (11)
    N('C01', 'choseong', 'nps', 'ㅂㅅㅇㅈ', ['copy_paper'], intended='복사용지'),
    N('C02', 'choseong', 'youth', 'ㅁㅎ 제작', ['business_card'], intended='명함 제작'),
    N('C03', 'choseong', 'safety', 'ㅎㅅㅁ', ['banner'], ['xbanner'], intended='현수막'),
    N('C04', 'choseong', 'safety', 'ㅅㅎㄱ', ['fire_extinguisher'], intended='소화기'),
    N('C05', 'choseong', 'busstop', 'ㅇㅈㅈㄲ', ['safety_vest'], intended='안전조끼'),
    N('C06', 'choseong', 'garden', 'ㄲㄷㅂ', ['bouquet'], intended='꽃다발'),
    N('C07', 'choseong', 'parents', 'ㄷㅅㄹ', ['lunchbox'], intended='도시락'),
    N('C08', 'choseong', 'daycare', 'ㅁㅅㅋ', ['mask'], intended='마스크'),
    N('C09', 'choseong', 'nps', 'ㅌㅂㄹ', ['tumbler'], intended='텀블러'),
    N('C10', 'choseong', 'senior', 'ㅍㄱㄱㅊ', ['kimchi'], intended='포기김치'),
    N('C11', 'choseong', 'tradition', 'ㅎㅈ 부채', ['hanji_fan'], intended='한지 부채'),
    # ---- quantity (11)
    N('Q01', 'quantity', 'nps', '복사용지 A4 80g 50박스 박스당 25,000원 이하', ['copy_paper'], qty=50, cap=25000, spec=r'A4'),
    N('Q02', 'quantity', 'safety', '안전모 200개 개당 15,000원 이하', ['safety_helmet'], qty=200, cap=15000),
    N('Q03', 'quantity', 'labor', '생수 500ml 40박스', ['water'], qty=40, spec=r'500\s*ml'),
    N('Q04', 'quantity', 'busstop', '라바콘 700mm 30개', ['traffic_cone'], qty=30, spec=r'700\s*mm'),
    N('Q05', 'quantity', 'senior', '쌀 20kg 30포 예산 200만원', ['rice'], qty=30, budget=2000000, spec=r'20\s*kg'),
    N('Q06', 'quantity', 'safety', '분말소화기 3.3kg 50대', ['fire_extinguisher'], qty=50, spec=r'3\.3\s*kg'),
    N('Q07', 'quantity', 'nps', '텀블러 300개 개당 1만원 이내', ['tumbler'], qty=300, cap=10000),
    N('Q08', 'quantity', 'daycare', '물티슈 100매 캡형 200팩', ['wet_wipes'], qty=200, spec=r'100\s*매'),
    N('Q09', 'quantity', 'parents', '도시락 60개 1개 8천원 이하', ['lunchbox'], qty=60, cap=8000),
    N('Q10', 'quantity', 'daycare', 'KF94 마스크 3000매 예산 150만원', ['mask'], qty=3000, budget=1500000, spec=r'KF94'),
    N('Q11', 'quantity', 'garden', '꽃다발 3개 개당 5만원 이하', ['bouquet'], qty=3, cap=50000),
    # ---- long_sentence (11)
    N('L01', 'long_sentence', 'safety', '2025년 10월 15일 전주시청 노송광장에서 열리는 시민안전체험 행사에서 참여 시민께 나눠 드릴 재난대비 생존키트를 구매하고자 하오니 납품 가능한 업체를 알려 주시기 바랍니다.', ['disaster_kit']),
    N('L02', 'long_sentence', 'garden', '오는 4월 덕진공원에서 열리는 정원 행사장 입구를 꾸미려고 팬지, 비올라 같은 봄꽃 모종을 구매하려고 합니다. 심는 작업은 저희 직원들이 직접 할 예정입니다.', ['flower_seedling']),
    N('L03', 'long_sentence', 'nps', '공단 창립기념일(9월 18일)을 맞아 전 직원에게 나눠 줄 기념 수건을 제작하려 합니다. 공단 로고를 자수나 인쇄로 넣을 수 있으면 좋겠습니다.', ['towel']),
    N('L04', 'long_sentence', 'senior', '동절기를 맞아 관내 경로당 어르신들께서 드실 김장김치를 11월 중순까지 각 경로당으로 배송해 주실 수 있는 곳을 찾습니다. 어르신들 입맛에 맞게 덜 맵게 해 주시면 감사하겠습니다.', ['kimchi']),
    N('L05', 'long_sentence', 'tradition', '12월 외국인 관광객 대상 전통문화 주간에 우리 전당 교육장에서 진행할 전통 매듭 팔찌 만들기 체험을 맡아 주실 강사와 재료 일체를 지원받고 싶습니다.', ['knot_experience'], ['hanji_craft_experience', 'fan_making_experience']),
    N('L06', 'long_sentence', 'parents', '중간고사 기간에 밤늦게까지 공부하는 학생들을 응원하려고 학원가 앞에서 나눠 줄 간식 꾸러미를 준비하려 합니다. 하나씩 개별 포장된 것이면 좋겠습니다.', ['snack_pack'], ['cookie', 'hangwa', 'bread']),
    N('L07', 'long_sentence', 'labor', '다음 달 심판회의 때 공익위원님들 자리에 놓을 명패를 새로 만들려고 합니다. 아크릴 재질에 성함과 직함이 들어가야 합니다.', ['name_plate']),
    N('L08', 'long_sentence', 'busstop', '여름철 폭염에 대비해 관내 버스승강장 120곳의 의자와 유리벽을 7월부터 9월까지 주 1회 물청소해 줄 업체를 찾고 있습니다.', ['bus_stop_cleaning'], ['cleaning_service']),
    N('L09', 'long_sentence', 'youth', '11월 넷째 주 센터 3층 대강당에서 열리는 데모데이에 앞서 참가 창업팀별 1분 분량의 소개 영상을 촬영하고 편집해 주실 곳을 찾습니다.', ['video_production']),
    N('L10', 'long_sentence', 'daycare', '공동어린이집 아이들이 봄 소풍 때 먹을 수 있도록 제철 과일을 한 입 크기로 손질해서 소풍 전날까지 배달해 주실 수 있는지 문의드립니다.', ['fruit_cup'], ['fruit']),
    N('L11', 'long_sentence', 'garden', '가을철 전주천 산책로 국화 전시에 맞춰 10월 첫째 주까지 국화 화분을 납품받고자 하오니 가능한 업체를 추천해 주시기 바랍니다.', ['chrysanthemum_pot'], ['potted_plant']),
    # ---- category (11)
    N('G01', 'category', 'labor', '회의용 다과', group='refreshments'),
    N('G02', 'category', 'nps', '사무용품', group='office'),
    N('G03', 'category', 'safety', '안전용품', group='safety'),
    N('G04', 'category', 'garden', '원예용품', group='gardening'),
    N('G05', 'category', 'youth', '홍보물 인쇄', group='print_promo'),
    N('G06', 'category', 'nps', '직원 기념품', group='souvenir'),
    N('G07', 'category', 'senior', '경로당 생활용품', group='senior_living'),
    N('G08', 'category', 'tradition', '전통공예품', group='crafts'),
    N('G09', 'category', 'busstop', '청소용품', group='cleaning_supplies'),
    N('G10', 'category', 'daycare', '유아 교구', group='edu_toys'),
    N('G11', 'category', 'parents', '위생용품', group='hygiene'),
    # ---- location (11)
    N('N01', 'location', 'senior', '효자동 떡집', dong='효자동', shop='rice_cake_shop'),
    N('N02', 'location', 'youth', '서신동 인쇄소', dong='서신동', shop='print_shop'),
    N('N03', 'location', 'garden', '송천동 꽃집', dong='송천동', shop='florist'),
    N('N04', 'location', 'senior', '인후동 반찬가게', dong='인후동', shop='side_dish_shop'),
    N('N05', 'location', 'parents', '중화산동 빵집', dong='중화산동', shop='bakery'),
    N('N06', 'location', 'tradition', '풍남동 공방', dong='풍남동', shop='craft_workshop'),
    N('N07', 'location', 'parents', '삼천동 도시락집', dong='삼천동', shop='lunchbox_shop'),
    N('N08', 'location', 'labor', '덕진동 카페', dong='덕진동', shop='cafe'),
    N('N09', 'location', 'daycare', '평화동 세탁소', dong='평화동', shop='laundry'),
    N('N10', 'location', 'busstop', '금암동 청소업체', dong='금암동', shop='cleaning_co'),
    N('N11', 'location', 'senior', '우아동 방앗간', dong='우아동', shop='mill'),
    # ---- multi_item (10)
    N('M01', 'multi_item', 'youth', '명함 및 현수막', items=[
        dict(label='명함', want=['business_card']), dict(label='현수막', want=['banner'], ok=['xbanner'])]),
    N('M02', 'multi_item', 'labor', '생수랑 종이컵', items=[
        dict(label='생수', want=['water']), dict(label='종이컵', want=['paper_cup'])]),
    N('M03', 'multi_item', 'busstop', '안전조끼하고 경광봉', items=[
        dict(label='안전조끼', want=['safety_vest']), dict(label='경광봉', want=['signal_baton'], ok=['flashlight'])]),
    N('M04', 'multi_item', 'garden', '꽃모종, 퇴비', items=[
        dict(label='꽃모종', want=['flower_seedling']), dict(label='퇴비', want=['compost'], ok=['potting_soil'])]),
    N('M05', 'multi_item', 'senior', '떡 식혜', items=[
        dict(label='떡', want=['rice_cake']), dict(label='식혜', want=['sikhye'])]),
    N('M06', 'multi_item', 'tradition', '한지 부채 및 보자기', items=[
        dict(label='한지 부채', want=['hanji_fan']), dict(label='보자기', want=['bojagi'])]),
    N('M07', 'multi_item', 'daycare', '크레파스랑 스케치북', items=[
        dict(label='크레파스', want=['crayons']), dict(label='스케치북', want=['sketchbook'])]),
    N('M08', 'multi_item', 'parents', '도시락, 생수, 물티슈', items=[
        dict(label='도시락', want=['lunchbox']), dict(label='생수', want=['water']), dict(label='물티슈', want=['wet_wipes'])]),
    N('M09', 'multi_item', 'senior', '쌀 김치', items=[
        dict(label='쌀', want=['rice']), dict(label='김치', want=['kimchi'])]),
    N('M10', 'multi_item', 'youth', '로고 디자인하고 홈페이지 제작', items=[
        dict(label='로고 디자인', want=['logo_design']), dict(label='홈페이지 제작', want=['website'])]),
]

assert len(NEEDS) == 120, len(NEEDS)

# ===================================================================
# 3단계: 카탈로그 작성 후 추가한 해당 없음 수요 30개 (hard 20, easy 10)
# (key, inst, 난이도, 검색어, 겹치는 말, 해당 없음 이유, 수량)
_NM = [
    ('X01', 'nps', 'hard', '복사기 임대', '복사', '복사용지만 있고 복사기(기계) 임대 제품이 없음'),
    ('X02', 'safety', 'hard', '현수막 게시대 설치 공사', '현수막', '현수막 인쇄만 있고 게시대 구조물 설치 공사는 없음'),
    ('X03', 'safety', 'hard', '옥내소화전 설치 공사', '소화', '소화기 판매·충약만 있고 소방시설 공사(면허 업종)는 없음'),
    ('X04', 'busstop', 'hard', '버스승강장 온열의자 설치', '버스승강장, 의자', '승강장 세척 용역만 있고 온열의자(설비) 설치는 없음'),
    ('X05', 'senior', 'hard', '가래떡 뽑는 기계 구입', '가래떡', '가래떡(식품)만 있고 떡 제조 기계는 없음'),
    ('X06', 'senior', 'hard', '김치냉장고 구매', '김치', '김치(식품)만 있고 가전제품은 없음'),
    ('X07', 'labor', 'hard', '에어컨 구매 및 설치', '에어컨', '에어컨 분해 세척 서비스만 있고 냉방기 판매·설치는 없음'),
    ('X08', 'senior', 'hard', '경로당 안마의자 렌탈', '경로당', '경로당 대상 반찬·원예 프로그램은 있으나 안마의자 렌탈은 없음'),
    ('X09', 'labor', 'hard', '카페 커피머신 수리', '카페, 커피', '원두·커피 케이터링만 있고 커피머신 수리는 없음'),
    ('X10', 'daycare', 'hard', '업소용 세탁기 건조기 구매', '세탁', '세탁 서비스·세탁세제만 있고 세탁 기계는 없음'),
    ('X11', 'safety', 'hard', '건축물 정기안전점검 용역', '안전, 점검', '안전용품·소화기 점검만 있고 건축물 안전진단(면허 업종)은 없음'),
    ('X12', 'youth', 'hard', '명함 스캐너 구매', '명함', '명함 인쇄만 있고 스캐너(기기)는 없음'),
    ('X13', 'labor', 'hard', '생수 대신 냉온정수기 렌탈', '생수', '생수(물)만 있고 정수기 렌탈은 없음'),
    ('X14', 'tradition', 'hard', '도자기 가마 구입', '도자기', '도자기 제품·체험만 있고 가마(설비)는 없음'),
    ('X15', 'daycare', 'hard', '어린이집 통학차량 운행 위탁', '어린이집', '어린이집용 물품·소독은 있으나 차량 운행 용역은 없음'),
    ('X16', 'senior', 'hard', '쌀 도정기 구입', '쌀', '쌀(식품)만 있고 도정 기계는 없음'),
    ('X17', 'busstop', 'hard', '방역 연막 소독기 구매', '방역, 소독', '방역 소독 용역만 있고 소독 장비 판매는 없음'),
    ('X18', 'senior', 'hard', '경로당 보일러 수리', '경로당, 수리', '도배·장판·단열 집수리는 있으나 보일러(가스 면허 업종) 수리는 없음'),
    ('X19', 'busstop', 'hard', '승강장 LED 조명 전기공사', 'LED', 'LED 손전등·경광봉만 있고 전기공사(면허 업종)는 없음'),
    ('X20', 'garden', 'hard', '정원 자동 관수시설 공사', '정원', '정원 조성·관리 용역과 물뿌리개는 있으나 관수 설비 공사는 없음'),
    ('X21', 'nps', 'easy', '공용차량 타이어 교체', '', '차량 정비 제품 없음'),
    ('X22', 'labor', 'easy', '청사 엘리베이터 유지보수', '', '승강기 유지보수 제품 없음'),
    ('X23', 'labor', 'easy', '노무 법률 자문', '', '법률 자문 제품 없음'),
    ('X24', 'youth', 'easy', '해외 출장 항공권 예약', '', '여행·항공권 제품 없음'),
    ('X25', 'nps', 'easy', '직원 독감 예방접종', '', '의료 서비스 제품 없음'),
    ('X26', 'busstop', 'easy', '주차장 아스팔트 재포장', '', '도로 포장 공사 제품 없음'),
    ('X27', 'youth', 'easy', '한글 오피스 소프트웨어 라이선스', '', '소프트웨어 라이선스 제품 없음'),
    ('X28', 'tradition', 'easy', '청사 경비 용역', '', '경비 용역 제품 없음'),
    ('X29', 'parents', 'easy', '노트북 20대 구매', '', '전자기기 제품 없음'),
    ('X30', 'garden', 'easy', '전기차 충전기 설치', '', '충전 설비 제품 없음'),
]
NO_MATCH = [dict(key=k, kind='no_match', inst=i, difficulty=d, text=t, overlap=o, reason=r, want=[], ok=[],
                 **({'qty': 20} if k == 'X29' else {}))
            for k, i, d, t, o, r in _NM]
assert len(NO_MATCH) == 30
