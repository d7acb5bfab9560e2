# -*- coding: utf-8 -*-
"""1단계: 카탈로그 없이 먼저 쓴 수요(검색어) 120건 + (카탈로그 작성 후 추가한) 해당없음 30건.

필드: key, kind, inst(기관), text, want(원하는 품목 태그), ok(대체 가능 태그),
      qty(수량), budget(예산), cap(단가 상한), spec(규격 정규식, 제품명+규격에서 검사),
      absent(synonym/typo: 카탈로그에 없어야 하는 말), intended(한영/초성: 의도한 한글),
      items(multi_item: [(품목, want, ok, cap, spec)]), dong/shop(location)
"""

INST = {
    'EDU': '전북교육청 학생교육원(수련 활동)',
    'ALT': '전주 대안학교',
    'LIT': '성인 문해교육 야간학교',
    'GIF': '전주교육지원청 영재교육원',
    'KIN': '전주 공립 병설유치원',
    'CAL': '강암서예관',
    'NOG': '전주기접놀이 보존회(농악)',
    'THE': '전주시립극단',
    'OPE': '전북 민간 오페라단',
    'GAL': '전주 사립 갤러리',
}

# category 수요가 뜻하는 품목 묶음 (want / ok)
GROUPS = {
    'safety':      (['first_aid_kit', 'safety_vest', 'whistle', 'glowstick', 'hardhat'], ['raincoat', 'work_gloves']),
    'garden':      (['seedling', 'soil', 'garden_tools', 'watering_can', 'garden_gloves'], ['work_gloves']),
    'writing':     (['pencil', 'ballpen', 'marker', 'signpen'], ['eraser']),
    'science':     (['science_kit', 'arduino_kit', 'coding_robot'], []),
    'kids_snack':  (['ricecake', 'bread', 'cookie', 'juice'], ['ricecake_cake', 'hangwa', 'ricecake_gift']),
    'munbang':     (['brush', 'meok', 'hwaseonji', 'inkstone'], ['liquid_ink', 'paperweight', 'hanji', 'brush_holder']),
    'nongak_inst': (['kkwaenggwari', 'janggu', 'buk', 'jing', 'sogo'], ['janggu_stick']),
    'refresh':     (['ricecake', 'ricecake_gift', 'hangwa', 'cookie', 'bread', 'coffee', 'tea', 'juice'], ['water', 'catering', 'ricecake_cake']),
    'promo_print': (['poster_print', 'leaflet', 'pamphlet', 'banner', 'x_banner', 'ticket_print'], ['business_card', 'exhibit_catalog']),
    'art_pack':    (['bubble_wrap', 'art_box', 'packing_tape'], ['box', 'tape']),
    'cleaning':    (['detergent', 'scrubber', 'rubber_gloves', 'mop', 'broom', 'trash_bag'], ['tissue', 'wet_wipes']),
}

NEEDS = []


def N(key, kind, inst, text, want=(), ok=(), **kw):
    d = dict(key=key, kind=kind, inst=inst, text=text, want=list(want), ok=list(ok))
    d.update(kw)
    NEEDS.append(d)


# ---------------- exact ----------------
N('E01', 'exact', 'EDU', '생수', ['water'])
N('E02', 'exact', 'CAL', '화선지', ['hwaseonji'], ['hanji'])
N('E03', 'exact', 'THE', '공연 포스터 인쇄', ['poster_print'])
N('E04', 'exact', 'KIN', '크레파스', ['crayon'], ['colored_pencil'])
N('E05', 'exact', 'GAL', '액자', ['frame'], ['mounting'])
N('E06', 'exact', 'NOG', '상모', ['sangmo'])
N('E07', 'exact', 'LIT', '공책', ['notebook'])
N('E08', 'exact', 'OPE', '꽃다발', ['bouquet'], ['flower_basket'])
N('E09', 'exact', 'GIF', '보드게임', ['boardgame'])
N('E10', 'exact', 'ALT', '앞치마', ['apron'])
N('E11', 'exact', 'EDU', '단체티', ['group_tshirt'], ['training_wear'])

# ---------------- synonym (판매자가 쓰지 않을 말) ----------------
N('S01', 'synonym', 'LIT', '호치키스', ['stapler'], ['staples'], absent='호치키스')
N('S02', 'synonym', 'GAL', '뽁뽁이', ['bubble_wrap'], absent='뽁뽁이')
N('S03', 'synonym', 'NOG', '다라이', ['basin'], absent='다라이')
N('S04', 'synonym', 'EDU', '츄리닝', ['training_wear'], absent='츄리닝')
N('S05', 'synonym', 'THE', '구루마', ['cart'], absent='구루마')
N('S06', 'synonym', 'CAL', '스카치테이프', ['tape'], ['packing_tape'], absent='스카치테이프')
N('S07', 'synonym', 'GIF', '포스트잇', ['sticky_note'], absent='포스트잇')
N('S08', 'synonym', 'KIN', '쓰레빠', ['slippers'], absent='쓰레빠')
N('S09', 'synonym', 'ALT', '몸빼', ['ilbaji'], absent='몸빼')
N('S10', 'synonym', 'THE', '나시', ['sleeveless'], ['group_tshirt'], absent='나시')
N('S11', 'synonym', 'OPE', '크리넥스', ['tissue'], ['wet_wipes'], absent='크리넥스')

# ---------------- typo ----------------
N('T01', 'typo', 'NOG', '꽹가리', ['kkwaenggwari'], absent='꽹가리')
N('T02', 'typo', 'OPE', '공연 팜플렛', ['pamphlet'], ['leaflet'], absent='팜플렛')
N('T03', 'typo', 'EDU', '출장 부페', ['catering'], absent='부페')
N('T04', 'typo', 'KIN', '소풍 돋자리', ['mat'], absent='돋자리')
N('T05', 'typo', 'EDU', '치솔', ['toothbrush'], absent='치솔')
N('T06', 'typo', 'LIT', '졸업식 플랭카드', ['banner'], ['x_banner'], absent='플랭카드')
N('T07', 'typo', 'EDU', '베게', ['pillow'], absent='베게')
N('T08', 'typo', 'GIF', '스태플러 심', ['staples'], ['stapler'], absent='스태플러')
N('T09', 'typo', 'GAL', '엑자', ['frame'], ['mounting'], absent='엑자')
N('T10', 'typo', 'KIN', '떡케잌', ['ricecake_cake'], ['cake'], absent='떡케잌')
N('T11', 'typo', 'OPE', '악보 재본', ['binding'], absent='재본')

# ---------------- hanyeong (두벌식 영문 상태로 친 한글) ----------------
N('H01', 'hanyeong', 'EDU', 'audckf', ['name_tag'], intended='명찰')
N('H02', 'hanyeong', 'CAL', 'ghktjswl', ['hwaseonji'], ['hanji'], intended='화선지')
N('H03', 'hanyeong', 'ALT', 'ehtlfkr', ['lunchbox'], intended='도시락')
N('H04', 'hanyeong', 'GAL', 'dorwk', ['frame'], ['mounting'], intended='액자')
N('H05', 'hanyeong', 'NOG', 'wkdrn', ['janggu'], ['janggu_stick'], intended='장구')
N('H06', 'hanyeong', 'LIT', 'rhdcor', ['notebook'], intended='공책')
N('H07', 'hanyeong', 'OPE', 'Rhcekqkf', ['bouquet'], ['flower_basket'], intended='꽃다발')
N('H08', 'hanyeong', 'KIN', 'torwhddl', ['color_paper'], intended='색종이')
N('H09', 'hanyeong', 'KIN', '아동 gksqhr', ['hanbok_kids'], ['hanbok'], intended='아동 한복')
N('H10', 'hanyeong', 'GIF', 'rhkgkr 키트', ['science_kit'], ['arduino_kit'], intended='과학 키트')
N('H11', 'hanyeong', 'THE', '무대 thvna', ['stage_prop'], intended='무대 소품')

# ---------------- spacing ----------------
N('P01', 'spacing', 'LIT', '복사 용지', ['copy_paper'])
N('P02', 'spacing', 'CAL', '붓 걸이', ['brush_holder'])
N('P03', 'spacing', 'THE', '무대분장용품', ['stage_makeup'])
N('P04', 'spacing', 'EDU', '구급 상자', ['first_aid_kit'])
N('P05', 'spacing', 'THE', '꽃 바구니', ['flower_basket'], ['bouquet'])
N('P06', 'spacing', 'NOG', '전통한과', ['hangwa'])
N('P07', 'spacing', 'GIF', '과학실험키트', ['science_kit'], ['arduino_kit'])
N('P08', 'spacing', 'KIN', '수채 물감', ['watercolor'])
N('P09', 'spacing', 'ALT', '에코 백', ['ecobag'])
N('P10', 'spacing', 'OPE', '공연티켓인쇄', ['ticket_print'])
N('P11', 'spacing', 'GAL', '전시도록', ['exhibit_catalog'], ['pamphlet'])

# ---------------- choseong ----------------
N('C01', 'choseong', 'CAL', 'ㅎㅅㅈ', ['hwaseonji'], ['hanji'], intended='화선지')
N('C02', 'choseong', 'GAL', 'ㅁㅎ', ['business_card'], intended='명함')
N('C03', 'choseong', 'EDU', 'ㄷㅅㄹ', ['lunchbox'], intended='도시락')
N('C04', 'choseong', 'LIT', 'ㅎㅅㅁ', ['banner'], ['x_banner'], intended='현수막')
N('C05', 'choseong', 'OPE', 'ㄲㄷㅂ', ['bouquet'], ['flower_basket'], intended='꽃다발')
N('C06', 'choseong', 'NOG', '농악 ㅅㅁ', ['sangmo'], intended='농악 상모')
N('C07', 'choseong', 'GIF', 'ㅂㄷㄱㅇ', ['boardgame'], intended='보드게임')
N('C08', 'choseong', 'ALT', 'ㅇㅊㅁ', ['apron'], intended='앞치마')
N('C09', 'choseong', 'KIN', 'ㅅㅈㅇ', ['color_paper'], intended='색종이')
N('C10', 'choseong', 'THE', '공연 ㅇㅅ', ['stage_costume'], ['nongak_costume', 'hanbok'], intended='공연 의상')
N('C11', 'choseong', 'LIT', 'ㄷㅂㄱ', ['magnifier'], intended='돋보기')

# ---------------- quantity ----------------
N('Q01', 'quantity', 'LIT', 'A4 복사용지 80g 10박스', ['copy_paper'], qty=10, spec=[r'A4', r'80\s*g'])
N('Q02', 'quantity', 'EDU', '도시락 120개 개당 8000원 이하', ['lunchbox'], qty=120, cap=8000)
N('Q03', 'quantity', 'EDU', '생수 500ml 40박스 예산 40만원', ['water'], qty=40, budget=400000, spec=r'500\s*ml')
N('Q04', 'quantity', 'ALT', '단체 티셔츠 L사이즈 40벌 예산 60만원', ['group_tshirt'], qty=40, budget=600000)
N('Q05', 'quantity', 'OPE', '답례떡 300개 개당 3천원 이내', ['ricecake_gift'], ['ricecake'], qty=300, cap=3000)
N('Q06', 'quantity', 'GAL', '액자 A3 사이즈 20개', ['frame'], qty=20, spec=r'A3')
N('Q07', 'quantity', 'NOG', '장구 3대 예산 150만원', ['janggu'], qty=3, budget=1500000)
N('Q08', 'quantity', 'KIN', '크레파스 24색 30세트', ['crayon'], qty=30, spec=r'24\s*색')
N('Q09', 'quantity', 'GIF', '코딩로봇 10대 대당 15만원 이하', ['coding_robot'], ['arduino_kit'], qty=10, cap=150000)
N('Q10', 'quantity', 'THE', '공연 포스터 A2 300장', ['poster_print'], qty=300, spec=r'A2')
N('Q11', 'quantity', 'CAL', '먹물 500ml 6병', ['liquid_ink'], ['meok'], qty=6, spec=r'500\s*ml')

# ---------------- long_sentence ----------------
N('L01', 'long_sentence', 'EDU', '2025년 8월 12일부터 2박 3일간 학생교육원 여름 수련활동에 참가하는 중학생 150명에게 나눠 줄 모자를 구매하고자 하오니 견적 부탁드립니다', ['cap_hat'], qty=150)
N('L02', 'long_sentence', 'ALT', '저희 학교 텃밭 수업에서 학생들이 직접 심을 수 있는 고추, 상추 모종을 4월 초까지 받아볼 수 있을지 문의드립니다', ['seedling'])
N('L03', 'long_sentence', 'LIT', '야간 문해교실 어르신 학습자분들 수료식이 11월 말 평생학습관 강당에서 있어 수료증을 넣어 드릴 상장 케이스를 준비하려고 합니다', ['certificate_holder'])
N('L04', 'long_sentence', 'GIF', '영재교육원 토요 수업에서 초등 5~6학년이 사용할 아두이노 기반 교구가 필요하여 관련 상품이 있는지 알려주시기 바랍니다', ['arduino_kit'], ['coding_robot'])
N('L05', 'long_sentence', 'KIN', '병설유치원 원아들이 오후 간식으로 먹을 수 있도록 첨가물 없는 국산 과일 주스나 즙을 정기적으로 납품받고 싶습니다', ['juice'])
N('L06', 'long_sentence', 'CAL', '강암서예관 하반기 기획전 출품작 20점을 족자로 표구하여야 하므로 표구 작업이 가능한 업체를 찾고 있습니다', ['scroll_mounting'], ['mounting'], qty=20)
N('L07', 'long_sentence', 'NOG', '정월 대보름 기접놀이 시연 행사 때 바람에 펄럭이는 큰 농기를 새로 제작하려고 하는데 전통 방식으로 만들어 주실 곳을 찾습니다', ['nonggi_flag'])
N('L08', 'long_sentence', 'THE', '시립극단 정기공연 무대에 쓸 조선시대 양반 갓을 소품으로 2개 구매하고자 하니 관련 제품을 안내해 주시기 바랍니다', ['gat_prop'], ['stage_prop'], qty=2)
N('L09', 'long_sentence', 'OPE', '10월 정기 오페라 공연 종료 후 출연진 40명에게 전달할 감사 선물로 전주 특산 먹거리 선물세트를 알아보고 있습니다', ['food_giftset'], ['hangwa'], qty=40)
N('L10', 'long_sentence', 'GAL', '다음 달 개인전 오프닝 리셉션에 방문객 약 80명을 위한 핑거푸드 케이터링을 요청드리며 갤러리 내 음료 세팅도 함께 가능한지 궁금합니다', ['catering'], ['drink_service'])
N('L11', 'long_sentence', 'THE', '연말 송년 공연 관객 200명에게 나눠드릴 극단 로고 인쇄 부채(합죽선 말고 단선)를 제작하려 합니다', ['fan_promo'], ['fan_round'], qty=200)

# ---------------- category ----------------
N('G01', 'category', 'EDU', '수련회 안전용품', group='safety')
N('G02', 'category', 'ALT', '텃밭 가꾸기 용품', group='garden')
N('G03', 'category', 'LIT', '필기구', group='writing')
N('G04', 'category', 'GIF', '과학 교구', group='science')
N('G05', 'category', 'KIN', '원아 간식', group='kids_snack')
N('G06', 'category', 'CAL', '문방사우', group='munbang')
N('G07', 'category', 'NOG', '농악 악기', group='nongak_inst')
N('G08', 'category', 'THE', '행사 다과', group='refresh')
N('G09', 'category', 'OPE', '공연 홍보물 인쇄', group='promo_print')
N('G10', 'category', 'GAL', '작품 포장재', group='art_pack')
N('G11', 'category', 'KIN', '청소용품', group='cleaning')

# ---------------- location (실제 전주 법정동 + 가게 말) ----------------
N('O01', 'location', 'KIN', '효자동 떡집', dong='효자동', shop='떡집')
N('O02', 'location', 'THE', '서신동 인쇄소', dong='서신동', shop='인쇄소')
N('O03', 'location', 'OPE', '송천동 꽃집', dong='송천동', shop='꽃집')
N('O04', 'location', 'EDU', '인후동 빵집', dong='인후동', shop='빵집')
N('O05', 'location', 'CAL', '풍남동 필방', dong='풍남동', shop='필방')
N('O06', 'location', 'GAL', '중화산동 표구사', dong='중화산동', shop='표구사')
N('O07', 'location', 'ALT', '평화동 도시락집', dong='평화동', shop='도시락집')
N('O08', 'location', 'LIT', '금암동 카페', dong='금암동', shop='카페')
N('O09', 'location', 'NOG', '경원동 한복집', dong='경원동', shop='한복집')
N('O10', 'location', 'GIF', '삼천동 공방', dong='삼천동', shop='공방')

# ---------------- multi_item ----------------
N('M01', 'multi_item', 'CAL', '화선지 및 먹물', items=[('화선지', ['hwaseonji'], ['hanji'], None, None), ('먹물', ['liquid_ink'], ['meok'], None, None)])
N('M02', 'multi_item', 'EDU', '생수랑 종이컵', items=[('생수', ['water'], [], None, None), ('종이컵', ['paper_cup'], [], None, None)])
N('M03', 'multi_item', 'LIT', '현수막, 배너', items=[('현수막', ['banner'], [], None, None), ('배너', ['x_banner'], [], None, None)])
N('M04', 'multi_item', 'KIN', '크레파스 스케치북', items=[('크레파스', ['crayon'], ['colored_pencil'], None, None), ('스케치북', ['sketchbook'], [], None, None)])
N('M05', 'multi_item', 'NOG', '꽹과리 장구 북', items=[('꽹과리', ['kkwaenggwari'], [], None, None), ('장구', ['janggu'], ['janggu_stick'], None, None), ('북', ['buk'], ['sogo'], None, None)])
N('M06', 'multi_item', 'THE', '공연 포스터 및 리플릿', items=[('공연 포스터', ['poster_print'], [], None, None), ('리플릿', ['leaflet'], ['pamphlet'], None, None)])
N('M07', 'multi_item', 'OPE', '꽃다발이랑 축하 화환', items=[('꽃다발', ['bouquet'], ['flower_basket'], None, None), ('축하 화환', ['wreath'], ['flower_basket'], None, None)])
N('M08', 'multi_item', 'GAL', '액자, 작품 캡션 인쇄', items=[('액자', ['frame'], ['mounting'], None, None), ('작품 캡션 인쇄', ['caption_print'], [], None, None)])
N('M09', 'multi_item', 'LIT', '연필 지우개', items=[('연필', ['pencil'], [], None, None), ('지우개', ['eraser'], [], None, None)])
N('M10', 'multi_item', 'GIF', '코딩로봇 및 보드게임', items=[('코딩로봇', ['coding_robot'], ['arduino_kit'], None, None), ('보드게임', ['boardgame'], [], None, None)])
N('M11', 'multi_item', 'ALT', '앞치마하고 목장갑', items=[('앞치마', ['apron'], [], None, None), ('목장갑', ['work_gloves'], ['garden_gloves'], None, None)])

# ---------------- no_match (3단계: 카탈로그를 쓴 뒤에 작성) ----------------
NO_MATCH = []

# 3단계: 카탈로그(catalog_data.py)를 쓴 뒤 작성. (key, 난이도, 기관, 수요내용, 겹치는 말, 해당 없음 이유)
NO_MATCH = [
    ('X01', 'hard', 'LIT', '교무실 복사기 렌탈', '복사', '복사용지는 있으나 복사기 자체나 기기 임대는 카탈로그에 없음(기계·렌탈)'),
    ('X02', 'hard', 'NOG', '장구 가죽 교체 수리', '장구', '장구 판매·장구 배우기 체험만 있고 악기 수리 서비스는 없음(수리)'),
    ('X03', 'hard', 'LIT', '현수막 게시대 설치 공사', '현수막', '현수막 출력은 있으나 게시대 구조물 설치 공사는 없음(시공)'),
    ('X04', 'hard', 'EDU', '수련회 관광버스 대절', '수련회', '수련회용 물품은 있으나 차량 임차·운송은 없음(차량)'),
    ('X05', 'hard', 'THE', '무대 LED 조명기 구매', '무대', '무대 소품·분장·음향 인력은 있으나 조명 장비 판매는 없음(장비)'),
    ('X06', 'hard', 'ALT', '강당 방수 공사', '강당', '도배·장판·방충망 집수리는 있으나 방수 공사는 없음(건설 공사)'),
    ('X07', 'hard', 'ALT', '제빵 실습용 업소용 오븐', '제빵', '빵·제빵사가 구운 제품은 있으나 오븐 같은 기계는 없음(기계)'),
    ('X08', 'hard', 'THE', '공연용 한복 대여', '공연용 한복', '공연용 한복은 맞춤 판매만 있고 대여 상품은 없음(렌탈)'),
    ('X09', 'hard', 'OPE', '공연장 피아노 조율', '공연', '공연 관련 상품은 많지만 악기 조율 기술 서비스는 없음(전문 기술)'),
    ('X10', 'hard', 'GAL', '전시장 전기 배선 공사', '전시', '전시용 액자·캡션은 있으나 전기공사업 면허가 필요한 배선 공사는 없음(면허 업종)'),
    ('X11', 'hard', 'GIF', '보드게임 카페 대관', '보드게임', '보드게임 판매·연수만 있고 공간 대관은 없음(대관)'),
    ('X12', 'hard', 'GAL', '갤러리 액자 레일 설치 시공', '액자', '액자는 있으나 벽면 레일 시공은 없음(시공)'),
    ('X13', 'hard', 'GIF', '코딩로봇 고장 수리', '코딩로봇', '코딩로봇 판매만 있고 수리는 없음(수리)'),
    ('X14', 'hard', 'EDU', '생수 대신 정수기 렌탈', '생수', '생수는 있으나 정수기 기기 임대는 없음(기계·렌탈)'),
    ('X15', 'hard', 'ALT', '도시락 용기 세척기', '도시락', '도시락·보냉 가방은 있으나 세척 기계는 없음(기계)'),
    ('X16', 'hard', 'CAL', '고서화 진품 감정', '서화', '서화 표구는 있으나 감정·평가 업무는 없음(다른 활동·전문 자격)'),
    ('X17', 'hard', 'OPE', '리소그래프 인쇄기 구입', '인쇄', '인쇄 대행은 많지만 인쇄 기계 판매는 없음(기계)'),
    ('X18', 'hard', 'KIN', '유치원 통학 차량 운행', '유치원', '유치원용 간식·실내화 등은 있으나 통학 차량 운행은 없음(차량·운수업)'),
    ('X19', 'hard', 'EDU', '소방 안전 점검 대행', '안전', '안전용품·응급처치 교육은 있으나 소방시설 점검은 없음(면허 업종)'),
    ('X20', 'hard', 'NOG', '상모 돌리기 공연팀 섭외', '상모', '상모 판매·상모돌리기 강습은 있으나 공연팀 출연 섭외는 없음(같은 대상의 다른 활동)'),
    ('X21', 'easy', 'EDU', '승강기 유지보수 점검', '', '승강기 관련 상품 없음'),
    ('X22', 'easy', 'GIF', '골프공', '', '스포츠 용품 없음'),
    ('X23', 'easy', 'KIN', '열대어 수조', '', '관상어·수조 없음'),
    ('X24', 'easy', 'ALT', '자동차 엔진오일 교환', '', '차량 정비 없음'),
    ('X25', 'easy', 'THE', '러닝머신', '', '운동기구 없음'),
    ('X26', 'easy', 'GAL', '반려견 사료', '', '반려동물 용품 없음'),
    ('X27', 'easy', 'EDU', '스키 장비', '', '겨울 스포츠 장비 없음'),
    ('X28', 'easy', 'OPE', '해외 항공권 발권', '', '여행·항공 서비스 없음'),
    ('X29', 'easy', 'LIT', '휴대폰 액정 교체', '', '휴대폰 수리 없음'),
    ('X30', 'easy', 'CAL', '세무 기장 대행', '', '세무 서비스 없음'),
]
