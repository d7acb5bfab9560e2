"""매칭 가능한 수요 120건 (카탈로그를 만들기 전에 작성).

각 수요:
  key   : 내부 키 (최종 번호 ZF-Q### 는 build_queries.py 에서 섞어서 부여)
  kind  : 유형
  org   : 말하는 사람(기관)
  text  : 검색창에 입력한 그대로의 수요 내용
  qty, budget : 수요에 명시된 수량/예산 (없으면 None)
  items : 담당자가 실제로 원하는 품목 태그
          g2  = 정확히 원하는 품목 태그(하나라도 있으면 후보)
          g1  = 받아들일 만한 대체품 태그
          req = g2 후보가 모두 갖춰야 하는 규격 태그 (없으면 관련도 1로 내림)
          max_price = 단가 상한 (넘으면 관련도 1로 내림)
          dong = 위치 수요의 동 이름 (같은 동=2, 다른 동=1)
  absent: 동의어/오타 수요에서 카탈로그 어디에도 나오면 안 되는 말
  intended: 한영/초성 수요에서 뜻한 한글
"""

ORGS = {
    'ANI': '전주시 동물보호센터',
    'AGR': '전주시 농업기술센터 도시농업팀',
    'UNI': '전주 혁신도시 공공기관 노동조합',
    'HLT': '전주 덕진구 보건소 방문건강팀',
    'WOM': '전주시 여성회관',
    'CHD': '전주시 아동보호전문기관',
    'SAF': '전주 시민안전담당관실',
    'CUL': '전북 문화관광재단',
    'PAL': '전주 팔복예술공장',
    'WRK': '전주시 장애인종합복지관 보호작업장',
}


def it(label, g2, g1=(), req=(), max_price=None, dong=None):
    return dict(label=label, g2=list(g2), g1=list(g1), req=list(req), max_price=max_price, dong=dong)


def N(key, kind, org, text, items, qty=None, budget=None, absent=None, intended=None):
    return dict(key=key, kind=kind, org=org, text=text, items=items, qty=qty, budget=budget,
                absent=absent, intended=intended)


NEEDS = [
    # ---------------- exact ----------------
    N('EX01', 'exact', 'ANI', '강아지 배변패드', [it('배변패드', ['pet_pad'])]),
    N('EX02', 'exact', 'AGR', '원예용 상토', [it('상토', ['soil'])]),
    N('EX03', 'exact', 'UNI', '단체 티셔츠', [it('단체 티셔츠', ['tshirt'])]),
    N('EX04', 'exact', 'HLT', '손소독제', [it('손소독제', ['hand_sanitizer'])]),
    N('EX05', 'exact', 'WOM', '천연비누 만들기 체험', [it('비누 만들기 체험', ['soap_class'], g1=['soap_kit'])]),
    N('EX06', 'exact', 'CHD', '보드게임', [it('보드게임', ['board_game'])]),
    N('EX07', 'exact', 'SAF', '구급함', [it('구급함', ['first_aid_kit'])]),
    N('EX08', 'exact', 'CUL', '리플릿 인쇄', [it('리플릿', ['leaflet_print'], g1=['flyer_print', 'booklet_print'])]),
    N('EX09', 'exact', 'PAL', '현수막 제작', [it('현수막', ['banner_print'])]),
    N('EX10', 'exact', 'WRK', '목장갑', [it('목장갑', ['gloves_cotton'], g1=['gloves_coated'])]),
    N('EX11', 'exact', 'UNI', '명함 제작', [it('명함', ['business_card'])]),

    # ---------------- synonym (말 자체는 카탈로그에 없어야 함) ----------------
    N('SY01', 'synonym', 'WRK', '뽁뽁이', [it('에어캡', ['air_cap'])], absent='뽁뽁이'),
    N('SY02', 'synonym', 'UNI', '스카치테이프', [it('투명테이프', ['clear_tape'])], absent='스카치'),
    N('SY03', 'synonym', 'WOM', '호치키스', [it('스테이플러', ['stapler'], g1=['staples'])], absent='호치키스'),
    N('SY04', 'synonym', 'SAF', '곤색 조끼', [it('남색 조끼', ['vest'], req=['navy'])], absent='곤색'),
    N('SY05', 'synonym', 'CUL', '찌라시 인쇄', [it('전단', ['flyer_print'], g1=['leaflet_print'])], absent='찌라시'),
    N('SY06', 'synonym', 'HLT', '포스트잇', [it('점착메모지', ['sticky_note'])], absent='포스트잇'),
    N('SY07', 'synonym', 'CHD', '크리넥스 티슈', [it('미용티슈', ['facial_tissue'])], absent='크리넥스'),
    N('SY08', 'synonym', 'AGR', '정구지 모종', [it('부추 모종', ['seedling_chive'])], absent='정구지'),
    N('SY09', 'synonym', 'SAF', '후라시', [it('손전등', ['flashlight'], g1=['headlamp'])], absent='후라시'),
    N('SY10', 'synonym', 'ANI', '고양이 츄르', [it('고양이 짜먹는 간식', ['cat_lickable'], g1=['cat_snack'])], absent='츄르'),
    N('SY11', 'synonym', 'PAL', '모찌 답례품', [it('찹쌀떡', ['chapssaltteok'], g1=['tteok_gift'])], absent='모찌'),

    # ---------------- typo (틀린 말은 카탈로그에 없어야 함) ----------------
    N('TY01', 'typo', 'CUL', '한지 악세사리', [it('한지 액세서리', ['hanji_accessory'], g1=['hanji_goods'])], absent='악세사리'),
    N('TY02', 'typo', 'UNI', '플랜카드 제작', [it('현수막', ['banner_print'])], absent='플랜카드'),
    N('TY03', 'typo', 'WOM', '생일 케잌', [it('케이크', ['cake'], g1=['tteok_cake'])], absent='케잌'),
    N('TY04', 'typo', 'CHD', '상담실 쇼파', [it('소파', ['sofa'])], absent='쇼파'),
    N('TY05', 'typo', 'CUL', '관광 팜플렛', [it('팸플릿', ['leaflet_print'], g1=['booklet_print', 'flyer_print'])], absent='팜플렛'),
    N('TY06', 'typo', 'HLT', '손소독재', [it('손소독제', ['hand_sanitizer'])], absent='손소독재'),
    N('TY07', 'typo', 'ANI', '배변페드', [it('배변패드', ['pet_pad'])], absent='배변페드'),
    N('TY08', 'typo', 'AGR', '모종 트래이', [it('육묘 트레이', ['seed_tray'], g1=['seed_pot'])], absent='트래이'),
    N('TY09', 'typo', 'UNI', '워크샵 다과', [it('다과', ['catering_snack'], g1=['snack_box'])], absent='워크샵'),
    N('TY10', 'typo', 'CHD', '떡볶기 밀키트', [it('떡볶이 밀키트', ['tteokbokki_kit'], g1=['tteokbokki_rice'])], absent='떡볶기'),
    N('TY11', 'typo', 'PAL', '전시 카달로그 인쇄', [it('도록', ['exhibit_catalog_print'], g1=['booklet_print'])], absent='카달로그'),

    # ---------------- hanyeong (한글을 영문 자판 상태로 입력) ----------------
    N('HY01', 'hanyeong', 'HLT', 'qhrtkdydwl', [it('복사용지', ['copy_paper'])], intended='복사용지'),
    N('HY02', 'hanyeong', 'SAF', 'todwhsqoskd', [it('생존배낭', ['survival_bag'])], intended='생존배낭'),
    N('HY03', 'hanyeong', 'ANI', 'rhdiddl ahfo', [it('고양이 모래', ['cat_litter'])], intended='고양이 모래'),
    N('HY04', 'hanyeong', 'WRK', 'wnqkdtpwp', [it('주방세제', ['dish_detergent'])], intended='주방세제'),
    N('HY05', 'hanyeong', 'CUL', 'Rhcekqkf', [it('꽃다발', ['bouquet'], g1=['soap_flower_bouquet'])], intended='꽃다발'),
    N('HY06', 'hanyeong', 'AGR', 'xhlql', [it('퇴비', ['compost'])], intended='퇴비'),
    N('HY07', 'hanyeong', 'CHD', 'shfdlaoxm', [it('놀이매트', ['play_mat'])], intended='놀이매트'),
    N('HY08', 'hanyeong', 'WRK', 'vhwkd qkrtm', [it('포장 박스', ['box'], g1=['gift_box'])], intended='포장 박스'),
    N('HY09', 'hanyeong', 'UNI', 'tjsanf 세트', [it('선물 세트', ['gift_set'])], intended='선물 세트'),
    N('HY10', 'hanyeong', 'CHD', '아이들 rmflacor', [it('그림책', ['picture_book'])], intended='아이들 그림책'),
    N('HY11', 'hanyeong', 'HLT', 'dhsduf 찜질팩', [it('온열 찜질팩', ['heat_pack'])], intended='온열 찜질팩'),

    # ---------------- spacing (카탈로그와 띄어쓰기가 다름) ----------------
    N('SP01', 'spacing', 'CUL', '에코 백', [it('에코백', ['eco_bag'], g1=['eco_bag_alt'])]),
    N('SP02', 'spacing', 'ANI', '고양이 숨숨 집', [it('숨숨집', ['cat_house'])]),
    N('SP03', 'spacing', 'WOM', '수제쿠키선물세트', [it('수제 쿠키 선물세트', ['cookie_gift'], g1=['cookie'])]),
    N('SP04', 'spacing', 'UNI', '친환경 종이 컵', [it('종이컵', ['paper_cup'])]),
    N('SP05', 'spacing', 'AGR', '상자 텃밭', [it('상자텃밭', ['box_garden'])]),
    N('SP06', 'spacing', 'SAF', '안전 조끼', [it('안전조끼', ['safety_vest'])]),
    N('SP07', 'spacing', 'PAL', '한지공예체험', [it('한지 공예 체험', ['hanji_class'])]),
    N('SP08', 'spacing', 'HLT', '미끄럼방지매트', [it('미끄럼 방지 매트', ['antislip_mat'])]),
    N('SP09', 'spacing', 'WRK', '재생 토너', [it('재생토너', ['toner'])]),
    N('SP10', 'spacing', 'CHD', '색 연필', [it('색연필', ['color_pencil'], g1=['crayon'])]),
    N('SP11', 'spacing', 'WRK', '박스 테이프', [it('박스테이프', ['box_tape'])]),

    # ---------------- choseong (초성만, 또는 초성+일반 낱말) ----------------
    N('CH01', 'choseong', 'UNI', 'ㄷㅅㄹ', [it('도시락', ['lunchbox'])], intended='도시락'),
    N('CH02', 'choseong', 'SAF', 'ㅎㅅㅁ', [it('현수막', ['banner_print'])], intended='현수막'),
    N('CH03', 'choseong', 'PAL', 'ㅍㅅㅌ 인쇄', [it('포스터', ['poster_print'])], intended='포스터 인쇄'),
    N('CH04', 'choseong', 'CUL', 'ㄷㄹㅂ ㅋㅍ', [it('드립백 커피', ['drip_bag'], g1=['coffee_bean'])], intended='드립백 커피'),
    N('CH05', 'choseong', 'ANI', '반려견 ㄱㅅ', [it('강아지 간식', ['dog_snack'])], intended='반려견 간식'),
    N('CH06', 'choseong', 'AGR', '고추 ㅁㅈ', [it('고추 모종', ['seedling_pepper'])], intended='고추 모종'),
    N('CH07', 'choseong', 'PAL', '축하 ㅎㅎ', [it('축하 화환', ['wreath_congrats'], g1=['rice_wreath', 'flower_basket', 'orchid'])], intended='축하 화환'),
    N('CH08', 'choseong', 'CHD', 'ㄱㅈㅋㄷ', [it('감정카드', ['emotion_card'])], intended='감정카드'),
    N('CH09', 'choseong', 'WRK', 'ㅂㅇ ㅅㄷ', [it('방역 소독', ['disinfection_service'])], intended='방역 소독'),
    N('CH10', 'choseong', 'CUL', '한지 ㅂㅊ', [it('한지 부채', ['hanji_fan'], g1=['fan_class'])], intended='한지 부채'),
    N('CH11', 'choseong', 'WOM', '요리교실 ㅇㅊㅁ', [it('앞치마', ['apron'])], intended='요리교실 앞치마'),

    # ---------------- quantity (수량·규격·모델·단가 상한·예산) ----------------
    N('QT01', 'quantity', 'SAF', 'A4 복사용지 80g 2500매 10박스',
      [it('A4 복사용지', ['copy_paper'], req=['a4', 'g80'])], qty=10),
    N('QT02', 'quantity', 'CUL', '에코백 300개 개당 3,000원 이하',
      [it('에코백', ['eco_bag'], g1=['eco_bag_alt'], max_price=3000)], qty=300),
    N('QT03', 'quantity', 'UNI', '단체티 150벌 예산 200만원',
      [it('단체티', ['tshirt'], max_price=13333)], qty=150, budget=2000000),
    N('QT04', 'quantity', 'ANI', '배변패드 대형 60x90 20팩',
      [it('배변패드 대형', ['pet_pad'], req=['large'])], qty=20),
    N('QT05', 'quantity', 'HLT', 'KF94 마스크 대형 2,000매',
      [it('KF94 마스크', ['mask'], req=['kf94', 'large'])], qty=2000),
    N('QT06', 'quantity', 'UNI', '도시락 120개 1인 8,000원 이내',
      [it('도시락', ['lunchbox'], max_price=8000)], qty=120),
    N('QT07', 'quantity', 'PAL', '현수막 5m x 90cm 4장',
      [it('현수막', ['banner_print'])], qty=4),
    N('QT08', 'quantity', 'WRK', 'HP CF217A 재생토너 6개',
      [it('재생토너 CF217A', ['toner'], req=['hp217'])], qty=6),
    N('QT09', 'quantity', 'AGR', '상토 50L 40포 예산 40만원',
      [it('상토 50L', ['soil'], req=['l50'], max_price=10000)], qty=40, budget=400000),
    N('QT10', 'quantity', 'WOM', '떡 답례품 200세트 개당 5,000원 이하',
      [it('떡 답례품', ['tteok_gift'], max_price=5000)], qty=200),
    N('QT11', 'quantity', 'CHD', '그림책 50권 권당 15,000원 이하',
      [it('그림책', ['picture_book'], max_price=15000)], qty=50),

    # ---------------- long_sentence (공문체·정중한 긴 문장) ----------------
    N('LS01', 'long_sentence', 'PAL',
      '5월 5일 어린이날 팔복예술공장 야외마당 행사에 참여하는 어린이 약 300명에게 나눠줄 간식 꾸러미를 구매하려고 합니다. 견과류가 들어가지 않은 구성이면 좋겠습니다.',
      [it('어린이 간식 꾸러미', ['kids_snack_pack'], req=['nut_free'])], qty=300),
    N('LS02', 'long_sentence', 'AGR',
      '4월 셋째 주 농업기술센터 대강당에서 시민텃밭 분양자 교육이 있어 참석자분들께 나눠드릴 채소 씨앗 세트를 찾고 있습니다.',
      [it('채소 씨앗 세트', ['seed_set'], g1=['seed'])]),
    N('LS03', 'long_sentence', 'UNI',
      '노동조합 창립 기념행사(10월 중순)에서 조합원 400명에게 기념품으로 드릴 텀블러를 알아보고 있습니다. 조합 로고 인쇄가 가능했으면 합니다.',
      [it('텀블러', ['tumbler'], req=['logo_print'])], qty=400),
    N('LS04', 'long_sentence', 'HLT',
      '겨울철 방문건강관리 대상 독거 어르신 80가구에 보온용 담요를 전달하려고 하니 적합한 제품을 추천해 주시기 바랍니다.',
      [it('담요', ['blanket'])], qty=80),
    N('LS05', 'long_sentence', 'WOM',
      '여성회관 하반기 직업훈련 과정(9~11월, 주 2회) 수강생 점심으로 도시락을 납품해 주실 수 있는 곳을 찾습니다.',
      [it('도시락', ['lunchbox'])]),
    N('LS06', 'long_sentence', 'CHD',
      '11월 19일 아동학대 예방의 날 캠페인에서 시민들께 배부할 홍보용 물티슈에 기관 로고와 신고전화 번호를 넣어 제작하고 싶습니다.',
      [it('홍보용 물티슈', ['promo_wet_tissue'], g1=['wet_tissue'])]),
    N('LS07', 'long_sentence', 'SAF',
      '여름철 폭염에 대비하여 야외 근무자 및 폭염 취약계층에게 지급할 쿨토시 구매를 요청드립니다.',
      [it('쿨토시', ['cool_sleeve'], g1=['cooling_scarf'])]),
    N('LS08', 'long_sentence', 'CUL',
      '10월 주말에 한옥마을 방문객을 대상으로 하는 전통문화 체험 프로그램(회당 20명 내외) 운영을 맡아 주실 업체를 찾고 있습니다.',
      [it('전통문화 체험 프로그램', ['trad_program'], g1=['hanji_class', 'fan_class'])]),
    N('LS09', 'long_sentence', 'ANI',
      '유기동물 입양 캠페인에 사용할 3분 내외의 홍보 영상을 10월 말까지 제작해 주실 업체를 구합니다.',
      [it('홍보 영상 제작', ['video_production'], g1=['video_short'])]),
    N('LS10', 'long_sentence', 'WRK',
      '보호작업장 임가공 납품 물량 포장을 위해 손잡이가 달린 크라프트 종이 쇼핑백을 대량으로 구매하고자 합니다.',
      [it('크라프트 쇼핑백', ['paper_bag'])]),
    N('LS11', 'long_sentence', 'WOM',
      '3월 8일 세계 여성의 날 기념식 참석자 150명께 드릴 답례품으로 전주 지역 농산물로 만든 수제청이나 잼 같은 것을 찾고 있습니다.',
      [it('수제청·잼', ['fruit_syrup_jam'])], qty=150),

    # ---------------- category (여러 품목에 걸친 넓은 수요) ----------------
    N('CA01', 'category', 'ANI', '보호 중인 고양이들한테 필요한 용품 일체',
      [it('고양이 용품', ['cat_litter', 'cat_food', 'cat_snack', 'cat_lickable', 'cat_house', 'cat_scratcher'],
          g1=['pet_blanket', 'litter_mat'])]),
    N('CA02', 'category', 'AGR', '도시텃밭 운영에 필요한 원예 자재',
      [it('원예 자재', ['soil', 'compost', 'seed', 'seed_set', 'seedling', 'seed_tray', 'seed_pot', 'box_garden', 'garden_tool'])]),
    N('CA03', 'category', 'UNI', '조합원 명절 선물',
      [it('명절 선물', ['gift_set'])]),
    N('CA04', 'category', 'HLT', '방문간호 나갈 때 쓸 위생용품',
      [it('위생용품', ['mask', 'hand_sanitizer', 'wet_tissue', 'disposable_gloves'], g1=['hand_wash'])]),
    N('CA05', 'category', 'WOM', '수강생 대상 공예 체험 프로그램',
      [it('공예 체험', ['soap_class', 'hanji_class', 'candle_class', 'wood_class', 'leather_class', 'pottery_class', 'fan_class'],
          g1=['soap_kit', 'craft_kit'])]),
    N('CA06', 'category', 'CHD', '아이들 놀이 학습 교구',
      [it('교구', ['board_game', 'puzzle', 'block', 'emotion_card', 'wood_toy'], g1=['picture_book', 'play_mat', 'coloring_book'])]),
    N('CA07', 'category', 'SAF', '재난 대비 비상용품',
      [it('비상용품', ['survival_bag', 'flashlight', 'first_aid_kit', 'whistle', 'emergency_food'], g1=['headlamp'])]),
    N('CA08', 'category', 'CUL', '전주 관광 기념품',
      [it('관광 기념품', ['souvenir', 'hanji_fan', 'hanji_accessory', 'hanji_goods'])]),
    N('CA09', 'category', 'PAL', '전시 오프닝 리셉션 다과',
      [it('리셉션 다과', ['catering_snack', 'finger_food', 'coffee_catering'], g1=['cookie', 'snack_box', 'buffet'])]),
    N('CA10', 'category', 'WRK', '작업장 청소 위생 소모품',
      [it('청소·위생 소모품', ['dish_detergent', 'multi_cleaner', 'laundry_detergent', 'hand_wash', 'toilet_roll',
                        'scrubber', 'rubber_gloves', 'disposable_gloves'], g1=['wet_tissue', 'hand_sanitizer'])]),
    N('CA11', 'category', 'SAF', '사무실 사무용품 일괄 구매',
      [it('사무용품', ['copy_paper', 'pen', 'sticky_note', 'stapler', 'staples', 'clear_tape', 'file',
                    'highlighter', 'correction_tape'], g1=['box_tape', 'toner'])]),

    # ---------------- location (동 이름 + 가게 말) ----------------
    N('LO01', 'location', 'UNI', '효자동 떡집', [it('떡집', ['tteok'], dong='효자동')]),
    N('LO02', 'location', 'AGR', '인후동 꽃집', [it('꽃집', ['florist'], dong='인후동')]),
    N('LO03', 'location', 'CUL', '서신동 인쇄소', [it('인쇄소', ['print_shop'], dong='서신동')]),
    N('LO04', 'location', 'WRK', '송천동 세탁소', [it('세탁소', ['laundry_service'], dong='송천동')]),
    N('LO05', 'location', 'PAL', '팔복동 공방', [it('공방', ['craft_studio'], dong='팔복동')]),
    N('LO06', 'location', 'HLT', '중화산동 반찬가게', [it('반찬가게', ['side_dish'], dong='중화산동')]),
    N('LO07', 'location', 'CHD', '삼천동 빵집', [it('빵집', ['bakery'], dong='삼천동')]),
    N('LO08', 'location', 'WOM', '평화동 도시락집', [it('도시락집', ['lunchbox'], dong='평화동')]),
    N('LO09', 'location', 'PAL', '진북동 카페', [it('카페', ['cafe'], dong='진북동')]),
    N('LO10', 'location', 'CUL', '풍남동 한지공방', [it('한지공방', ['hanji_craft'], dong='풍남동')]),
    N('LO11', 'location', 'WOM', '금암동 방앗간', [it('방앗간', ['mill'], dong='금암동')]),

    # ---------------- multi_item (2~3 품목) ----------------
    N('MU01', 'multi_item', 'ANI', '강아지 사료랑 배변패드',
      [it('강아지 사료', ['dog_food']), it('배변패드', ['pet_pad'])]),
    N('MU02', 'multi_item', 'AGR', '상토, 퇴비, 모종삽',
      [it('상토', ['soil']), it('퇴비', ['compost']), it('모종삽', ['trowel'], g1=['garden_tool'])]),
    N('MU03', 'multi_item', 'UNI', '현수막 및 X배너 제작',
      [it('현수막', ['banner_print']), it('X배너', ['x_banner'], g1=['rollup_banner'])]),
    N('MU04', 'multi_item', 'HLT', '마스크 손소독제 물티슈',
      [it('마스크', ['mask']), it('손소독제', ['hand_sanitizer']), it('물티슈', ['wet_tissue'])]),
    N('MU05', 'multi_item', 'WOM', '앞치마하고 위생모',
      [it('앞치마', ['apron']), it('위생모', ['hygiene_cap'])]),
    N('MU06', 'multi_item', 'CHD', '그림책이랑 색연필',
      [it('그림책', ['picture_book']), it('색연필', ['color_pencil'], g1=['crayon'])]),
    N('MU07', 'multi_item', 'SAF', '구급함 및 손전등',
      [it('구급함', ['first_aid_kit']), it('손전등', ['flashlight'], g1=['headlamp'])]),
    N('MU08', 'multi_item', 'CUL', '리플릿과 포스터 인쇄',
      [it('리플릿', ['leaflet_print']), it('포스터', ['poster_print'])]),
    N('MU09', 'multi_item', 'PAL', '커피 케이터링이랑 쿠키',
      [it('커피 케이터링', ['coffee_catering']), it('쿠키', ['cookie', 'cookie_gift'])]),
    N('MU10', 'multi_item', 'WRK', '박스, 에어캡, 박스테이프',
      [it('박스', ['box'], g1=['gift_box']), it('에어캡', ['air_cap']), it('박스테이프', ['box_tape'])]),
]

assert len(NEEDS) == 120, len(NEEDS)
assert len({n['key'] for n in NEEDS}) == 120
