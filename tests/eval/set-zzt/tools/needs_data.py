# -*- coding: utf-8 -*-
"""수요(검색어) 원본. 1단계: 카탈로그 없이 작성한 120개 매칭 수요.
NO_MATCH(30개)는 카탈로그를 만든 뒤 작성하여 파일 맨 아래에 덧붙였다.

필드
  key      내부 키 (섞기 전)
  kind     유형
  inst     수요 기관
  text     검색창에 입력한 문장 (카탈로그 작성 후 수정 금지)
  want     원하는 품목 태그 (관련도 2)
  ok       대체 가능 품목 태그 (관련도 1)
  cap      단가 상한(원). budget 만 있으면 budget // qty 로 계산
  spec     규격 조건 정규식 (제품명+규격에 적용, 대소문자 무시)
  qty      수량(요구 문장에 물건 개수가 있을 때만)
  budget   예산(원)
  intended 한영/초성/오타/동의어 요구의 의도한 한글 낱말
  word     동의어/오타 요구에서 카탈로그에 나오면 안 되는 낱말
  dong, shop  location 요구의 법정동과 가게 종류
  items    multi_item 요구의 품목별 [품목명(요구 문장 그대로), want, ok]
"""

INSTITUTIONS = {
    'HG': '전주향교(석전대제)',
    'GY': '전라감영 복원 관리사무소',
    'OM': '전주 오목대 전망 쉼터 관리팀',
    'SL': '전주 전통술 빚기 교육원',
    'NJ': '전주 시민 주말농장 협동조합',
    'YG': '전주 유기동물 보호센터',
    'PK': '전주시 공원 매점 운영팀',
    'JR': '전주 장애인 직업재활시설',
    'DB': '전주 다함께돌봄센터 연합',
    'JN': '전주시 재난 대피소 관리팀',
}

NEEDS = []


def N(kind, inst, text, want=(), ok=(), **kw):
    n = dict(kind=kind, inst=inst, text=text, want=list(want), ok=list(ok))
    n.update(kw)
    NEEDS.append(n)


# ---------------- exact (11) ----------------
N('exact', 'HG', '한지', ['hanji'], [])
N('exact', 'GY', '명함 제작', ['business_card'])
N('exact', 'OM', '야외 벤치', ['bench'], ['pyeongsang'])
N('exact', 'SL', '면보', ['cheesecloth'])
N('exact', 'NJ', '호미', ['hoe'], ['trowel'])
N('exact', 'YG', '고양이 사료', ['cat_food'])
N('exact', 'PK', '커피 원두', ['coffee_beans'], ['drip_coffee'])
N('exact', 'JR', '쇼핑백', ['shopping_bag'])
N('exact', 'DB', '수제 쿠키', ['cookie'])
N('exact', 'JN', '생수', ['water'])

# ---------------- synonym (11) : 카탈로그에 나오면 안 되는 말 ----------------
N('synonym', 'GY', '포스트잇', ['sticky_note'], word='포스트잇', intended='점착메모지')
N('synonym', 'JR', '뽁뽁이', ['bubble_wrap'], word='뽁뽁이', intended='에어캡')
N('synonym', 'PK', '매점 홍보 찌라시', ['leaflet'], ['poster'], word='찌라시', intended='전단')
N('synonym', 'NJ', '구루마', ['hand_cart'], word='구루마', intended='손수레')
N('synonym', 'SL', '다라이', ['basin'], word='다라이', intended='대야')
N('synonym', 'DB', '빨간약', ['povidone'], ['first_aid_kit'], word='빨간약', intended='포비돈 소독약')
N('synonym', 'YG', '츄르', ['cat_treat'], word='츄르', intended='고양이 액상 간식')
N('synonym', 'JN', '은박담요', ['emergency_blanket'], ['blanket'], word='은박담요', intended='응급 보온시트')
N('synonym', 'JN', '쓰레빠', ['slipper'], word='쓰레빠', intended='슬리퍼')
N('synonym', 'OM', '대일밴드', ['bandage'], ['first_aid_kit'], word='대일밴드', intended='일회용 밴드')
N('synonym', 'PK', '오뎅', ['fish_cake'], word='오뎅', intended='어묵')

# ---------------- typo (11) ----------------
N('typo', 'HG', '플랭카드', ['hyunsumak'], ['x_banner'], word='플랭카드', intended='현수막(플래카드)')
N('typo', 'JR', '스테플러', ['stapler'], ['staples'], word='스테플러', intended='스테이플러')
N('typo', 'GY', '팜플렛', ['leaflet'], ['booklet'], word='팜플렛', intended='팸플릿')
N('typo', 'SL', '누륵', ['nuruk'], word='누륵', intended='누룩')
N('typo', 'SL', '막거리', ['makgeolli'], word='막거리', intended='막걸리')
N('typo', 'YG', '배변페드', ['pee_pad'], word='배변페드', intended='배변패드')
N('typo', 'OM', '손소독재', ['hand_sanitizer'], word='손소독재', intended='손소독제')
N('typo', 'JN', '담뇨', ['blanket'], ['emergency_blanket', 'pet_blanket'], word='담뇨', intended='담요')
N('typo', 'NJ', '묘종', ['seedling'], word='묘종', intended='모종')
N('typo', 'DB', '보드개임', ['board_game'], word='보드개임', intended='보드게임')
N('typo', 'PK', '식헤', ['sikhye'], ['trad_drink'], word='식헤', intended='식혜')

# ---------------- hanyeong (11: 8 전체 영문, 3 혼합) ----------------
N('hanyeong', 'GY', 'qhrtkdydwl', ['copy_paper'], intended='복사용지')
N('hanyeong', 'HG', 'Ejr', ['rice_cake'], intended='떡')
N('hanyeong', 'YG', 'tkfy', ['dog_food', 'cat_food'], intended='사료')
N('hanyeong', 'NJ', 'ahwhd', ['seedling'], intended='모종')
N('hanyeong', 'SL', 'snfnr', ['nuruk'], intended='누룩')
N('hanyeong', 'OM', 'todtn', ['water'], intended='생수')
N('hanyeong', 'JR', 'audgka', ['business_card'], intended='명함')
N('hanyeong', 'DB', 'tmzpclqnr', ['sketchbook'], intended='스케치북')
N('hanyeong', 'JN', 'qkdwls 마스크', ['dust_mask'], ['mask_kf'], intended='방진 마스크')
N('hanyeong', 'PK', 'rhkwk 세트', ['snack_set'], ['cookie', 'rice_cracker'], intended='과자 세트')
N('hanyeong', 'DB', 'gkswl 공예 체험', ['hanji_craft_exp'], ['craft_exp'], intended='한지 공예 체험')

# ---------------- spacing (11) ----------------
N('spacing', 'PK', '종이 컵', ['paper_cup'], intended='종이컵')
N('spacing', 'OM', '쓰레기 봉투', ['trash_bag'], intended='쓰레기봉투')
N('spacing', 'YG', '고양이모래', ['cat_litter'], intended='고양이 모래')
N('spacing', 'DB', '만들기키트', ['craft_kit'], intended='만들기 키트')
N('spacing', 'SL', '막걸리공병', ['liquor_bottle'], intended='막걸리 공병')
N('spacing', 'JN', '비상 식량', ['emergency_food'], intended='비상식량')
N('spacing', 'NJ', '유기질비료', ['fertilizer'], ['compost'], intended='유기질 비료')
N('spacing', 'HG', '기념 타월', ['towel'], intended='기념타월')
N('spacing', 'JR', '작업 장갑', ['work_gloves'], ['rubber_gloves'], intended='작업장갑')
N('spacing', 'GY', '안내 책자', ['booklet'], ['leaflet'], intended='안내책자')
N('spacing', 'DB', '상장 용지', ['certificate_paper'], intended='상장용지')

# ---------------- choseong (11) ----------------
N('choseong', 'HG', 'ㅂㅅㄱ', ['baekseolgi'], ['rice_cake'], intended='백설기')
N('choseong', 'GY', 'ㅎㅅㅁ', ['hyunsumak'], ['x_banner'], intended='현수막')
N('choseong', 'SL', 'ㅇㄱ 항아리', ['onggi_jar'], intended='옹기 항아리')
N('choseong', 'DB', 'ㄷㅅㄹ', ['lunchbox'], intended='도시락')
N('choseong', 'OM', 'ㅇㅋㅂ', ['eco_bag'], intended='에코백')
N('choseong', 'HG', 'ㅎㄱ 선물세트', ['hangwa_set'], ['hangwa'], intended='한과 선물세트')
N('choseong', 'YG', 'ㄱㅇㅈ 간식', ['dog_treat'], intended='강아지 간식')
N('choseong', 'NJ', 'ㅁㅉㅁㅈ', ['straw_hat'], intended='밀찝모자', catalog_word='밀짚모자',
  note='검증 단계에서 발견: 초성 ㅁㅉㅁㅈ 는 표준어 밀짚모자(ㅁㅈㅁㅈ)가 아니라 흔한 발음형 밀찝모자의 초성. 문장은 고치지 않고 의도어 주석만 바로잡음')
N('choseong', 'JR', 'ㅈㅇㅂ', ['work_clothes'], intended='작업복')
N('choseong', 'PK', 'ㄴㄹㅈ', ['nurungji'], intended='누룽지')
N('choseong', 'JN', 'ㅅㅈㄷ', ['flashlight'], intended='손전등')

# ---------------- quantity (11) ----------------
N('quantity', 'GY', 'A4 복사용지 80g 10박스', ['copy_paper'], spec=r'80\s*g', qty=10)
N('quantity', 'JN', '생수 500ml 2000병 병당 300원 이하', ['water'], spec=r'500\s*ml', cap=300, qty=2000)
N('quantity', 'YG', '강아지 사료 15kg 10포 예산 60만원', ['dog_food'], spec=r'15\s*kg', qty=10, budget=600000)
N('quantity', 'DB', '도시락 80개 개당 8천원 이하', ['lunchbox'], cap=8000, qty=80)
N('quantity', 'NJ', '퇴비 20kg 30포', ['compost'], ['fertilizer'], spec=r'20\s*kg', qty=30)
N('quantity', 'SL', '누룩 1kg 20봉 예산 30만원', ['nuruk'], spec=r'(?<![\d.])1\s*kg', qty=20, budget=300000)
N('quantity', 'JR', '앞치마 30장 장당 1만원 이하', ['apron'], cap=10000, qty=30)
N('quantity', 'PK', '드립백 커피 200개 개당 700원 이하', ['drip_coffee'], ['coffee_beans'], cap=700, qty=200)
N('quantity', 'OM', '기념 부채 100개 개당 15000원 이하', ['fan'], cap=15000, qty=100)
N('quantity', 'HG', '석전 제주용 청주 1.8L 6병', ['cheongju'], spec=r'1\.8\s*l', qty=6)
N('quantity', 'JN', '손전등 50개 예산 100만원', ['flashlight'], qty=50, budget=1000000)

# ---------------- long_sentence (11) ----------------
N('long_sentence', 'HG', '2025년 추계 석전대제(9월 중 봉행)를 앞두고 대성전 분향에 사용할 제례용 향을 구입하고자 하오니 납품 가능한 업체를 안내해 주시기 바랍니다',
  ['incense'])
N('long_sentence', 'HG', '석전대제 당일 참석하시는 유림과 내빈께 드릴 답례품으로 전통 한과 세트 150개를 준비하고자 하니 견적 가능한 곳을 알려 주십시오',
  ['hangwa_set'], ['hangwa'], qty=150)
N('long_sentence', 'GY', '전라감영 선화당 앞 잔디와 수목 관리를 위해 5월부터 10월까지 월 2회 조경 관리 용역을 맡아 줄 업체를 찾습니다',
  ['landscaping_service'])
N('long_sentence', 'OM', '오목대 전망 쉼터 방문객이 늘어 화장실과 데크 주변을 주 3회 청소해 줄 청소 용역 업체를 구하고 있습니다',
  ['cleaning_service'])
N('long_sentence', 'SL', '다음 달 전통주 교육 과정 수료식 때 수강생들께 기념품으로 드릴 도자기 술잔을 구입하려 하는데 지역 공방 제품이면 좋겠습니다',
  ['sake_cup'])
N('long_sentence', 'NJ', '주말농장 신규 회원을 대상으로 4월 셋째 주 토요일에 텃밭 가꾸기 기초 교육을 진행해 줄 도시농업 강사를 찾고 있습니다',
  ['garden_edu'])
N('long_sentence', 'YG', '보호 중인 유기견과 유기묘의 입양 홍보를 위해 동물 사진을 촬영하고 짧은 홍보 영상을 만들어 줄 곳을 찾습니다',
  ['video_production'], ['design'])
N('long_sentence', 'PK', '덕진공원 매점에서 여름철에 판매할 시원한 전통 음료를 납품받고자 하며 냉장 보관이 가능한 병이나 캔 제품이면 좋겠습니다',
  ['trad_drink'])
N('long_sentence', 'JR', '장애인 근로자 작업장 실내 공기 정화를 위해 작업대 옆에 둘 공기정화 식물 화분을 20개 정도 구입하려고 합니다',
  ['potted_plant'], qty=20)
N('long_sentence', 'DB', '방학 중 돌봄센터 아이들과 하루 체험 활동으로 전통 떡 만들기를 하려고 하는데 강사가 센터로 출장 와 줄 수 있는 곳을 찾습니다',
  ['rice_cake_exp'], ['cooking_exp'])
N('long_sentence', 'JN', '태풍 등 재난 발생 시 대피소에서 이재민 사생활 보호를 위해 설치할 실내용 칸막이 텐트를 미리 비축해 두려고 합니다',
  ['partition_tent'])

# ---------------- category (11): want = 그 범주가 뜻하는 품목 묶음 ----------------
CATEGORY_GROUPS = {
    '석전대제 제례용품': ['incense', 'ritual_candle', 'jegi', 'jerye_po', 'cheongju'],
    '행사 다과': ['rice_cake', 'hangwa', 'cookie', 'bread', 'trad_drink', 'drip_coffee'],
    '사무용품': ['copy_paper', 'stapler', 'staples', 'ballpen', 'sticky_note', 'file_folder', 'correction_tape'],
    '쉼터 청소용품': ['trash_bag', 'mop', 'broom', 'detergent', 'rubber_gloves', 'trash_tongs'],
    '술 빚기 재료': ['nuruk', 'glutinous_rice', 'rice'],
    '텃밭 농자재': ['seedling', 'seeds', 'compost', 'fertilizer', 'mulch_film', 'hoe', 'trowel', 'hand_cart'],
    '유기동물 보호 용품': ['dog_food', 'cat_food', 'pee_pad', 'cat_litter', 'cat_treat', 'dog_treat', 'leash', 'pet_blanket'],
    '매점 판매용 간식': ['snack_set', 'cookie', 'rice_cracker', 'nurungji', 'bread'],
    '포장재': ['shopping_bag', 'gift_box', 'bubble_wrap', 'packing_tape', 'parcel_box'],
    '아이들 놀이 교구': ['board_game', 'craft_kit', 'puzzle'],
    '재난 구호용품': ['emergency_kit', 'blanket', 'emergency_blanket', 'water', 'emergency_food', 'flashlight',
                'mask_kf', 'dust_mask', 'partition_tent', 'air_mat', 'wet_tissue'],
}
CATEGORY_OK = {
    '석전대제 제례용품': ['hanji'],
    '행사 다과': ['catering', 'hangwa_set'],
    '사무용품': ['certificate_paper'],
    '쉼터 청소용품': ['hand_sanitizer', 'work_gloves'],
    '술 빚기 재료': [],
    '텃밭 농자재': ['garden_gloves', 'straw_hat'],
    '유기동물 보호 용품': ['blanket', 'towel'],
    '매점 판매용 간식': ['hangwa', 'rice_cake'],
    '포장재': [],
    '아이들 놀이 교구': ['sketchbook', 'colored_pencil'],
    '재난 구호용품': ['slipper', 'hand_sanitizer', 'first_aid_kit'],
}
for inst, text, g in [
    ('HG', '석전대제 제례용품', '석전대제 제례용품'),
    ('GY', '행사 다과', '행사 다과'),
    ('GY', '사무용품', '사무용품'),
    ('OM', '쉼터 청소용품', '쉼터 청소용품'),
    ('SL', '술 빚기 재료', '술 빚기 재료'),
    ('NJ', '텃밭 농자재', '텃밭 농자재'),
    ('YG', '유기동물 보호 용품', '유기동물 보호 용품'),
    ('PK', '매점 판매용 간식', '매점 판매용 간식'),
    ('JR', '포장재', '포장재'),
    ('DB', '아이들 놀이 교구', '아이들 놀이 교구'),
    ('JN', '재난 구호용품', '재난 구호용품'),
]:
    N('category', inst, text, CATEGORY_GROUPS[g], CATEGORY_OK[g], group=g)

# ---------------- location (11): 법정동 + 가게 종류 ----------------
N('location', 'HG', '효자동 떡집', dong='효자동', shop='떡집')
N('location', 'GY', '서신동 인쇄소', dong='서신동', shop='인쇄소')
N('location', 'OM', '풍남동 꽃집', dong='풍남동', shop='꽃집')
N('location', 'SL', '송천동 양조장', dong='송천동', shop='양조장')
N('location', 'SL', '평화동 방앗간', dong='평화동', shop='방앗간')
N('location', 'DB', '삼천동 빵집', dong='삼천동', shop='빵집')
N('location', 'JR', '인후동 도시락집', dong='인후동', shop='도시락집')
N('location', 'NJ', '전미동 농원', dong='전미동', shop='농원')
N('location', 'JN', '중화산동 세탁소', dong='중화산동', shop='세탁소')
N('location', 'PK', '금암동 카페', dong='금암동', shop='카페')
N('location', 'YG', '우아동 애견용품점', dong='우아동', shop='반려동물용품점')

# ---------------- multi_item (11) ----------------
N('multi_item', 'HG', '향 및 초', items=[['향', ['incense'], []], ['초', ['ritual_candle'], []]])
N('multi_item', 'GY', '볼펜이랑 수정테이프', items=[['볼펜', ['ballpen'], []], ['수정테이프', ['correction_tape'], []]])
N('multi_item', 'GY', '현수막하고 배너', items=[['현수막', ['hyunsumak'], []], ['배너', ['x_banner'], []]])
N('multi_item', 'OM', '쓰레기봉투 하고 집게', items=[['쓰레기봉투', ['trash_bag'], []], ['집게', ['trash_tongs'], []]])
N('multi_item', 'SL', '누룩, 찹쌀', items=[['누룩', ['nuruk'], []], ['찹쌀', ['glutinous_rice'], []]])
N('multi_item', 'NJ', '씨앗 모종 퇴비', items=[['씨앗', ['seeds'], []], ['모종', ['seedling'], []], ['퇴비', ['compost'], ['fertilizer']]])
N('multi_item', 'YG', '사료 및 배변패드', items=[['사료', ['dog_food', 'cat_food'], []], ['배변패드', ['pee_pad'], []]])
N('multi_item', 'PK', '생수랑 종이컵', items=[['생수', ['water'], []], ['종이컵', ['paper_cup'], []]])
N('multi_item', 'JR', '작업복 앞치마 위생모', items=[['작업복', ['work_clothes'], []], ['앞치마', ['apron'], []], ['위생모', ['hygiene_cap'], []]])
N('multi_item', 'DB', '색연필 및 스케치북', items=[['색연필', ['colored_pencil'], []], ['스케치북', ['sketchbook'], []]])
N('multi_item', 'JN', '담요, 손전등, 물티슈', items=[['담요', ['blanket'], ['emergency_blanket']], ['손전등', ['flashlight'], []], ['물티슈', ['wet_tissue'], []]])

for i, n in enumerate(NEEDS):
    n.setdefault('key', '%s-%03d' % (n['kind'], i + 1))

# ======== 3단계: 카탈로그 작성 후에 쓴 해당 없음 요구 (아래에 추가) ========
NO_MATCH = []


def NM(difficulty, inst, text, overlap, reason):
    NO_MATCH.append(dict(kind='no_match', inst=inst, text=text, difficulty=difficulty, overlap=overlap, reason=reason,
                         want=[], ok=[]))


# 어려움(hard) 20: 카탈로그와 말이 겹치지만 원하는 것이 제품이 아님
NM('어려움', 'HG', '석전대제 제례복 한복 대여', '한복', '카탈로그의 한복은 해설사용 생활한복 조끼 판매뿐이며, 제례복을 빌려주는 대여 업체는 없음')
NM('어려움', 'HG', '현수막 지정 게시대 설치 공사', '현수막', '현수막 인쇄만 있고 옥외광고물 게시대 설치 공사는 없음')
NM('어려움', 'GY', '선화당 기와 지붕 보수 시공', '시공', '집수리 기업은 도배·장판·방충망만 하며 문화재 기와 보수(문화재수리업 면허)는 없음')
NM('어려움', 'GY', '고문서 한지 보존처리 용역', '한지, 용역', '한지 판매·공예 체험뿐이고 고문서 보존처리 전문 용역은 없음')
NM('어려움', 'OM', '쉼터 원목 벤치 도색 보수', '원목 벤치', '원목 벤치는 새 제품 판매만 있고 도색·보수 서비스는 없음')
NM('어려움', 'OM', '전망 데크 목재 교체 공사', '데크', '청소 용역 설명에 데크가 나오지만 목재 데크 교체 시공은 없음')
NM('어려움', 'SL', '전통주 증류기 구입', '전통주, 증류', '전통주와 술병은 있으나 증류 설비(기계)는 없음')
NM('어려움', 'SL', '막걸리 제조 면허 취득 대행', '막걸리', '막걸리 제품·체험은 있으나 주류 제조 면허 대행(행정 업무)은 없음')
NM('어려움', 'SL', '막걸리 빈 병 수거 재활용 처리', '막걸리, 병', '막걸리 공병은 새 병 판매이고 폐병 수거·재활용 처리 업체는 없음')
NM('어려움', 'NJ', '텃밭 관리기 임대', '텃밭', '텃밭 농자재·교육은 있으나 농기계 임대는 없음')
NM('어려움', 'NJ', '주말농장 지하수 관정 굴착', '주말', '주말 농촌 체험은 있으나 지하수 개발(착정 공사)은 없음')
NM('어려움', 'YG', '유기견 중성화 수술', '유기', '수의사 진료 행위로 카탈로그에 동물병원 없음 (유기묘 뱃지·사료 등만)')
NM('어려움', 'YG', '고양이 자동 화장실 기계', '고양이', '고양이 모래·사료는 있으나 자동 화장실 기기는 없음')
NM('어려움', 'YG', '동물 구조용 탑차 구입', '동물', '반려동물 용품은 있으나 차량 판매 없음')
NM('어려움', 'PK', '매점 에스프레소 커피 머신', '커피', '원두·드립백은 있으나 커피 머신(기계) 판매·임대는 없음')
NM('어려움', 'JR', '종이 쇼핑백 자동 제작 기계', '종이 쇼핑백', '쇼핑백 완제품만 있고 제작 기계는 없음')
NM('어려움', 'JR', '복사기 임대', '복사', '복사용지만 있고 복사기·복합기 임대는 없음')
NM('어려움', 'DB', '돌봄센터 아이들 통학 차량 운행', '돌봄', '돌봄 서비스·교구는 있으나 어린이 통학 차량(여객 운송)은 없음')
NM('어려움', 'JN', '대피소 비상 발전기 설치', '대피소, 비상', '대피소용 구호용품은 있으나 발전 설비 설치는 없음')
NM('어려움', 'JN', '생수 정수기 렌탈', '생수', '생수 판매·배달은 있으나 정수기 렌탈은 없음')
# 쉬움(easy) 10: 카탈로그와 무관
NM('쉬움', 'GY', '청사 엘리베이터 정기 점검', '', '승강기 유지보수, 카탈로그와 무관')
NM('쉬움', 'JR', '직원 건강검진 기관 추천', '', '의료기관, 카탈로그와 무관')
NM('쉬움', 'PK', '매점 카드 단말기 교체', '', '결제 단말기, 카탈로그와 무관')
NM('쉬움', 'DB', '노트북 컴퓨터 20대', '', '전산 장비, 카탈로그와 무관')
NM('쉬움', 'OM', '관용 차량 타이어 교체', '', '차량 정비, 카탈로그와 무관')
NM('쉬움', 'NJ', '조합 결산 세무 대리', '', '세무 업무, 카탈로그와 무관')
NM('쉬움', 'YG', '홈페이지 서버 호스팅', '', '웹 호스팅, 카탈로그와 무관')
NM('쉬움', 'JN', '직원 해외 연수 항공권', '', '항공권, 카탈로그와 무관')
NM('쉬움', 'HG', '스마트폰 요금제 변경', '', '통신 요금, 카탈로그와 무관')
NM('쉬움', 'SL', '법률 자문 변호사 선임', '', '법률 서비스, 카탈로그와 무관')

for i, n in enumerate(NO_MATCH):
    n['key'] = 'no_match-%03d' % (i + 1)
