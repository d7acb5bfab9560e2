# -*- coding: utf-8 -*-
"""수요(검색어) 원본 데이터 — Y 세트.

작성 순서: 이 파일의 MATCHABLE(120건)은 카탈로그를 만들기 전에 먼저 썼다.
NO_MATCH(30건)는 카탈로그를 다 만든 뒤 파일 끝에 덧붙였다.
카탈로그가 생긴 뒤에는 수요 문장(text)을 고치지 않는다.

각 항목 필드
  kind   : 유형(exact, synonym, typo, hanyeong, spacing, choseong, quantity,
           long_sentence, category, location, multi_item, no_match)
  inst   : 검색어를 친 담당자(기관)
  text   : 검색창에 입력한 그대로의 수요 문장
  want   : 담당자가 실제로 원하는 품목 태그 (관련도 2)
  ok     : 대체로 받아들일 만한 품목 태그 (관련도 1)
  qty    : 수량(문장에 명시된 경우), budget: 총예산(원)
  cond   : 조건. max_price(개당 단가 상한), spec_all / spec_any(제품명·규격·설명에
           들어 있어야 하는 말). 조건을 못 맞추면 같은 품목이라도 관련도 1.
  word   : synonym/typo 의 핵심어 — 카탈로그 어디에도 없어야 함
  intended : hanyeong 의 의도한 한글 (전체 문장)
  chos   : choseong 의 (초성, 의도한 단어) 목록
  form / catalog_form : spacing 의 검색어 표기 / 카탈로그 표기
  dong, shop : location 의 법정동 이름(가 제외)과 가게 유형
  items  : multi_item 의 품목 목록 (적힌 말, want, ok)
"""

INSTITUTIONS = {
    '보건지소': '전주시 완산구·덕진구 보건지소',
    '산후조리': '전주시 공공산후조리 지원 담당',
    '청소년수련관': '전주시 청소년수련관 운영팀',
    '드림스타트': '전주시 드림스타트센터',
    '생활문화센터': '전주시 생활문화센터',
    '한벽문화관': '전주 한벽문화관',
    '시민놀이터': '전주시 시민놀이터',
    '도시재생': '전주시 도시재생지원센터',
    '1인가구': '전주시 1인가구지원센터',
    '반려동물': '전주시 반려동물 문화센터',
    '공예품전시관': '전주시 공예품전시관',
    '연금구내식당': '국민연금공단 본부 구내식당 운영 담당',
}

# 넓은 수요(category)에서 쓰는 품목 묶음
STATIONERY = ['복사용지', '볼펜', '테이프', '스테이플러심', '스테이플러', '점착메모지',
              '마커', '클리어파일']
PROMO_PRINT = ['현수막', '배너', '포스터', '리플릿', '전단지']
BABY = ['배냇저고리', '속싸개', '거즈손수건', '아기내의', '턱받이']
KITCHEN_FOOD = ['쌀', '잡곡', '부추', '두부', '콩나물', '김치', '고춧가루', '참기름',
                '채소', '장류', '달걀']
PET = ['반려견간식', '반려묘간식', '배변봉투', '펫방석', '펫장난감']
CRAFT = ['부채', '한지공예품', '도자기', '목공예품', '천연염색스카프', '천연염색손수건']
MAKING_KIT = ['목공체험키트', '한지공예체험', '천연염색체험키트', '만들기키트']
REFRESH = ['떡', '쿠키', '빵', '한과', '식혜', '주스', '전통차', '커피']
HYGIENE = ['물티슈', '손소독제', '주방세제', '위생장갑', '아크릴수세미', '수세미',
           '마스크', '각티슈', '세탁세제']
SOLO_FOOD = ['반찬꾸러미', '반찬', '밀키트', '미역국밀키트']

MATCHABLE = [
    # ---------------- exact: 평범한 일반 명칭 ----------------
    dict(kind='exact', inst='보건지소', text='복사용지', want=['복사용지']),
    dict(kind='exact', inst='도시재생', text='명함 제작', want=['명함']),
    dict(kind='exact', inst='생활문화센터', text='현수막', want=['현수막']),
    dict(kind='exact', inst='산후조리', text='배냇저고리', want=['배냇저고리'], ok=['아기내의']),
    dict(kind='exact', inst='시민놀이터', text='보드게임', want=['보드게임']),
    dict(kind='exact', inst='산후조리', text='건미역', want=['미역'], ok=['미역국밀키트']),
    dict(kind='exact', inst='보건지소', text='손소독제', want=['손소독제']),
    dict(kind='exact', inst='공예품전시관', text='부채', want=['부채']),
    dict(kind='exact', inst='반려동물', text='강아지 간식', want=['반려견간식']),
    dict(kind='exact', inst='청소년수련관', text='단체티 제작', want=['단체티']),
    dict(kind='exact', inst='도시재생', text='도시락', want=['도시락']),

    # ---------------- synonym: 상표명·옛말·외래어·사투리·일본어 투 ----------------
    dict(kind='synonym', inst='드림스타트', text='스카치테이프', word='스카치테이프',
         want=['테이프'], ok=['박스테이프', '양면테이프']),
    dict(kind='synonym', inst='보건지소', text='호치키스 심', word='호치키스',
         want=['스테이플러심'], ok=['스테이플러']),
    dict(kind='synonym', inst='공예품전시관', text='택배 포장용 뽁뽁이', word='뽁뽁이',
         want=['에어캡']),
    dict(kind='synonym', inst='연금구내식당', text='와리바시', word='와리바시',
         want=['나무젓가락']),
    dict(kind='synonym', inst='생활문화센터', text='행사 찌라시 인쇄', word='찌라시',
         want=['전단지'], ok=['리플릿', '포스터']),
    dict(kind='synonym', inst='산후조리', text='산모실 쓰레빠', word='쓰레빠',
         want=['실내화'], ok=['욕실화']),
    dict(kind='synonym', inst='청소년수련관', text='포스트잇 대량', word='포스트잇',
         want=['점착메모지'], ok=['떡메모지']),
    dict(kind='synonym', inst='보건지소', text='대기실 크리넥스', word='크리넥스',
         want=['각티슈'], ok=['두루마리화장지']),
    dict(kind='synonym', inst='연금구내식당', text='정구지 납품', word='정구지',
         want=['부추']),
    dict(kind='synonym', inst='청소년수련관', text='지도자용 츄리닝', word='츄리닝',
         want=['트레이닝복']),
    dict(kind='synonym', inst='시민놀이터', text='매직 12색', word='매직',
         want=['마커'], ok=['사인펜']),

    # ---------------- typo: 흔한 맞춤법·외래어 표기 오류 ----------------
    dict(kind='typo', inst='도시재생', text='플랭카드 제작', word='플랭카드', want=['현수막']),
    dict(kind='typo', inst='보건지소', text='리플렛 인쇄', word='리플렛',
         want=['리플릿'], ok=['전단지']),
    dict(kind='typo', inst='1인가구', text='생일케익', word='케익',
         want=['케이크'], ok=['떡케이크']),
    dict(kind='typo', inst='공예품전시관', text='전시 카다로그 제작', word='카다로그',
         want=['도록'], ok=['책자']),
    dict(kind='typo', inst='연금구내식당', text='친환경 주방세재', word='세재',
         want=['주방세제']),
    dict(kind='typo', inst='1인가구', text='애코백', word='애코백', want=['에코백']),
    dict(kind='typo', inst='한벽문화관', text='행사 캐터링', word='캐터링',
         want=['케이터링'], ok=['다과케이터링']),
    dict(kind='typo', inst='산후조리', text='베넷저고리', word='베넷저고리',
         want=['배냇저고리'], ok=['아기내의']),
    dict(kind='typo', inst='청소년수련관', text='과일쥬스', word='쥬스', want=['주스']),
    dict(kind='typo', inst='드림스타트', text='수제 쵸콜렛', word='쵸콜렛', want=['초콜릿']),
    dict(kind='typo', inst='청소년수련관', text='떡볶기 간식', word='떡볶기',
         want=['떡볶이'], ok=['떡볶이떡']),

    # ---------------- hanyeong: 한/영 전환을 잊고 친 입력 ----------------
    dict(kind='hanyeong', inst='보건지소', text='qhrtkdydwl', intended='복사용지',
         want=['복사용지']),
    dict(kind='hanyeong', inst='연금구내식당', text='dkvclak', intended='앞치마',
         want=['앞치마']),
    dict(kind='hanyeong', inst='연금구내식당', text='dbrlshdTkf', intended='유기농쌀',
         want=['쌀'], ok=['현미'], cond=dict(spec_any=['유기농'])),
    dict(kind='hanyeong', inst='생활문화센터', text='Rhcekqkf', intended='꽃다발',
         want=['꽃다발'], ok=['꽃바구니']),
    dict(kind='hanyeong', inst='1인가구', text='dpzhqor', intended='에코백',
         want=['에코백']),
    dict(kind='hanyeong', inst='시민놀이터', text='qhemrpdla', intended='보드게임',
         want=['보드게임']),
    dict(kind='hanyeong', inst='드림스타트', text='anfxltb', intended='물티슈',
         want=['물티슈']),
    dict(kind='hanyeong', inst='한벽문화관', text='gksrhk tpxm', intended='한과 세트',
         want=['한과'], cond=dict(spec_any=['세트'])),
    dict(kind='hanyeong', inst='반려동물', text='반려견 rkstlr', intended='반려견 간식',
         want=['반려견간식']),
    dict(kind='hanyeong', inst='산후조리', text='산모용 rjwm 손수건',
         intended='산모용 거즈 손수건', want=['거즈손수건'], ok=['손수건']),
    dict(kind='hanyeong', inst='청소년수련관', text='한지 rhddP 체험',
         intended='한지 공예 체험', want=['한지공예체험']),

    # ---------------- spacing: 띄어쓰기가 카탈로그와 다름 ----------------
    dict(kind='spacing', inst='공예품전시관', text='종이 쇼핑백', form='종이 쇼핑백',
         catalog_form='종이쇼핑백', want=['종이쇼핑백']),
    dict(kind='spacing', inst='산후조리', text='미역국밀키트', form='미역국밀키트',
         catalog_form='미역국 밀키트', want=['미역국밀키트'], ok=['미역']),
    dict(kind='spacing', inst='공예품전시관', text='천연 염색 스카프', form='천연 염색 스카프',
         catalog_form='천연염색 스카프', want=['천연염색스카프']),
    dict(kind='spacing', inst='연금구내식당', text='위생 장갑', form='위생 장갑',
         catalog_form='위생장갑', want=['위생장갑']),
    dict(kind='spacing', inst='1인가구', text='반찬꾸러미', form='반찬꾸러미',
         catalog_form='반찬 꾸러미', want=['반찬꾸러미'], ok=['반찬']),
    dict(kind='spacing', inst='드림스타트', text='떡 케이크', form='떡 케이크',
         catalog_form='떡케이크', want=['떡케이크'], ok=['케이크']),
    dict(kind='spacing', inst='반려동물', text='배변 봉투', form='배변 봉투',
         catalog_form='배변봉투', want=['배변봉투']),
    dict(kind='spacing', inst='시민놀이터', text='목공 체험 키트', form='목공 체험 키트',
         catalog_form='목공체험키트', want=['목공체험키트'], ok=['만들기키트']),
    dict(kind='spacing', inst='드림스타트', text='방역소독', form='방역소독',
         catalog_form='방역 소독', want=['방역소독']),
    dict(kind='spacing', inst='한벽문화관', text='전통차세트', form='전통차세트',
         catalog_form='전통차 세트', want=['전통차'], cond=dict(spec_any=['세트'])),
    dict(kind='spacing', inst='1인가구', text='아크릴수세미', form='아크릴수세미',
         catalog_form='아크릴 수세미', want=['아크릴수세미'], ok=['수세미']),

    # ---------------- choseong: 초성만 / 초성+낱말 ----------------
    dict(kind='choseong', inst='도시재생', text='ㅎㅅㅁ', chos=[('ㅎㅅㅁ', '현수막')],
         want=['현수막']),
    dict(kind='choseong', inst='도시재생', text='ㅁㅎ 제작', chos=[('ㅁㅎ', '명함')],
         want=['명함']),
    dict(kind='choseong', inst='도시재생', text='ㄷㅅㄹ 주문', chos=[('ㄷㅅㄹ', '도시락')],
         want=['도시락']),
    dict(kind='choseong', inst='생활문화센터', text='ㄲㄷㅂ', chos=[('ㄲㄷㅂ', '꽃다발')],
         want=['꽃다발'], ok=['꽃바구니']),
    dict(kind='choseong', inst='한벽문화관', text='ㅈㅌㅊ 선물세트',
         chos=[('ㅈㅌㅊ', '전통차')], want=['전통차'], cond=dict(spec_any=['세트'])),
    dict(kind='choseong', inst='보건지소', text='ㄹㅍㄹ 인쇄', chos=[('ㄹㅍㄹ', '리플릿')],
         want=['리플릿']),
    dict(kind='choseong', inst='드림스타트', text='ㅁㅌㅅ', chos=[('ㅁㅌㅅ', '물티슈')],
         want=['물티슈']),
    dict(kind='choseong', inst='연금구내식당', text='ㅇㅊㅁ', chos=[('ㅇㅊㅁ', '앞치마')],
         want=['앞치마']),
    dict(kind='choseong', inst='산후조리', text='ㅂㄴㅈㄱㄹ',
         chos=[('ㅂㄴㅈㄱㄹ', '배냇저고리')], want=['배냇저고리'], ok=['아기내의']),
    dict(kind='choseong', inst='반려동물', text='강아지 ㄱㅅ', chos=[('ㄱㅅ', '간식')],
         want=['반려견간식']),
    dict(kind='choseong', inst='생활문화센터', text='ㅍㅅㅌ 인쇄', chos=[('ㅍㅅㅌ', '포스터')],
         want=['포스터']),

    # ---------------- quantity: 수량·규격·단가 상한·예산 ----------------
    dict(kind='quantity', inst='보건지소', text='A4 복사용지 80g 10박스', qty=10,
         want=['복사용지'], cond=dict(spec_all=['A4', '80g'])),
    dict(kind='quantity', inst='생활문화센터', text='기념품 볼펜 개당 500원 이하 500자루',
         qty=500, want=['볼펜'], cond=dict(max_price=500)),
    dict(kind='quantity', inst='도시재생', text='현수막 5m×90cm 4장', qty=4,
         want=['현수막']),
    dict(kind='quantity', inst='연금구내식당', text='백미 20kg 10포', qty=10,
         want=['쌀'], ok=['현미'], cond=dict(spec_all=['20kg'])),
    dict(kind='quantity', inst='도시재생', text='도시락 1인 8천원 이하 40개', qty=40,
         want=['도시락'], cond=dict(max_price=8000)),
    dict(kind='quantity', inst='1인가구', text='에코백 200개 예산 100만원', qty=200,
         budget=1000000, want=['에코백'], cond=dict(max_price=5000)),
    dict(kind='quantity', inst='한벽문화관', text='답례 떡 개당 2,000원 이하 150개', qty=150,
         want=['떡'], cond=dict(max_price=2000)),
    dict(kind='quantity', inst='연금구내식당', text='종이컵 6.5온스 1,000개', qty=1000,
         want=['종이컵'], cond=dict(spec_any=['6.5'])),
    dict(kind='quantity', inst='청소년수련관', text='단체티 면100% 30장', qty=30,
         want=['단체티'], cond=dict(spec_any=['면 100%', '면100%', '순면'])),
    dict(kind='quantity', inst='1인가구', text='공기정화 식물 화분 개당 1만원 이하 20개',
         qty=20, want=['화분'], cond=dict(max_price=10000)),
    dict(kind='quantity', inst='보건지소', text='A5 리플릿 2,000부', qty=2000,
         want=['리플릿'], cond=dict(spec_any=['A5'])),

    # ---------------- long_sentence: 공문체·긴 문장 ----------------
    dict(kind='long_sentence', inst='생활문화센터', qty=100,
         text='5월 10일(토) 생활문화센터 가정의 달 행사 참가자 기념품으로 천연염색 손수건 '
              '100장을 구매하려고 합니다. 납품 가능한 업체를 알려주세요.',
         want=['천연염색손수건'], ok=['손수건', '천연염색스카프']),
    dict(kind='long_sentence', inst='산후조리',
         text='공공산후조리 지원사업 대상 산모님께 퇴원 선물로 드릴 아기 속싸개를 준비하고자 '
              '합니다. 가급적 유기농 면 소재였으면 합니다.',
         want=['속싸개']),
    dict(kind='long_sentence', inst='연금구내식당',
         text='국민연금공단 본부 구내식당에서 사용할 국산콩 두부를 주 3회 정기 납품받고자 '
              '하오니 공급 가능한 업체를 추천하여 주시기 바랍니다.',
         want=['두부']),
    dict(kind='long_sentence', inst='청소년수련관', qty=60,
         text='7월 말 청소년수련관 여름캠프(2박 3일)에 참가하는 청소년 60명에게 나눠 줄 '
              '수제 쿠키를 개별 포장으로 주문하고 싶습니다.',
         want=['쿠키']),
    dict(kind='long_sentence', inst='드림스타트', qty=20,
         text='드림스타트 사례관리 가정 중 겨울철 난방이 어려운 아동 가정에 전달할 '
              '극세사 이불을 20채 정도 구매할 예정입니다.',
         want=['이불']),
    dict(kind='long_sentence', inst='한벽문화관', qty=300,
         text='정월대보름 세시풍속 행사 때 한벽문화관 방문객에게 나눠 드릴 부럼(땅콩, 호두 등) '
              '소포장 300봉 구매 문의드립니다.',
         want=['부럼'], ok=['견과']),
    dict(kind='long_sentence', inst='도시재생', qty=100,
         text='도시재생지원센터 주민공모사업 성과공유회(11월 중순) 자료집을 100부 정도 '
              '제본해서 인쇄하려고 합니다. 견적 부탁드립니다.',
         want=['책자']),
    dict(kind='long_sentence', inst='1인가구',
         text='1인가구지원센터에서 중장년 1인가구를 대상으로 정리수납 교육을 4회 진행하려 '
              '합니다. 강사 파견이 가능한 곳을 찾고 있습니다.',
         want=['정리수납교육'], ok=['정리수납서비스']),
    dict(kind='long_sentence', inst='반려동물', qty=10,
         text='반려동물 문화센터 유기견 입양의 날 행사 부스에 놓을 반려견 방석(쿠션)을 '
              '10개 정도 구매하고자 합니다.',
         want=['펫방석']),
    dict(kind='long_sentence', inst='보건지소',
         text='보건지소 1층 대기실이 건조하고 답답하다는 민원이 있어 공기정화 식물 화분을 '
              '몇 개 비치하려고 합니다.',
         want=['화분']),
    dict(kind='long_sentence', inst='공예품전시관', qty=80,
         text='공예품전시관 가을 기획전 개막식(9월 5일 오후 3시)에 내빈 80명 정도 오실 '
              '예정이라 다과 케이터링을 의뢰드립니다.',
         want=['다과케이터링'], ok=['케이터링', '한과', '떡']),

    # ---------------- category: 여러 품목에 걸친 넓은 수요 ----------------
    dict(kind='category', inst='보건지소', text='사무용품 일괄 구매', want=STATIONERY,
         ok=['떡메모지', '박스테이프', '양면테이프', '사인펜']),
    dict(kind='category', inst='생활문화센터', text='행사 홍보물 제작 업체', want=PROMO_PRINT,
         ok=['실사출력']),
    dict(kind='category', inst='산후조리', text='출산 축하 선물용 아기용품', want=BABY,
         ok=['손수건']),
    dict(kind='category', inst='연금구내식당', text='구내식당 식재료 납품', want=KITCHEN_FOOD,
         ok=['현미', '들기름', '참깨']),
    dict(kind='category', inst='반려동물', text='반려동물 용품', want=PET,
         ok=['배변봉투케이스']),
    dict(kind='category', inst='공예품전시관', text='전주 전통 공예품', want=CRAFT,
         ok=['한지공예체험', '천연염색체험키트']),
    dict(kind='category', inst='청소년수련관', text='청소년 만들기 체험 재료',
         want=MAKING_KIT, ok=['원목교구', '초콜릿체험키트', '부채체험키트']),
    dict(kind='category', inst='도시재생', text='회의용 다과 간식', want=REFRESH,
         ok=['다과케이터링', '떡케이크', '초콜릿']),
    dict(kind='category', inst='드림스타트', text='청소 위생용품', want=HYGIENE,
         ok=['두루마리화장지', '비누']),
    dict(kind='category', inst='1인가구', text='혼자 사는 어르신 먹거리 지원', want=SOLO_FOOD,
         ok=['도시락', '김치']),
    dict(kind='category', inst='연금구내식당', text='직원 명절 선물세트', want=['선물세트'],
         ok=['한과', '참기름', '전통차', '장류']),

    # ---------------- location: 동 이름 + 가게 ----------------
    dict(kind='location', inst='한벽문화관', text='효자동 떡집', dong='효자동', shop='떡집'),
    dict(kind='location', inst='생활문화센터', text='서신동 근처 꽃집', dong='서신동', shop='꽃집'),
    dict(kind='location', inst='도시재생', text='인후동 인쇄소', dong='인후동', shop='인쇄소'),
    dict(kind='location', inst='청소년수련관', text='송천동 세탁소', dong='송천동', shop='세탁소'),
    dict(kind='location', inst='공예품전시관', text='교동 공방', dong='교동', shop='공방'),
    dict(kind='location', inst='1인가구', text='삼천동 반찬가게', dong='삼천동', shop='반찬가게'),
    dict(kind='location', inst='드림스타트', text='중화산동 빵집', dong='중화산동', shop='빵집'),
    dict(kind='location', inst='도시재생', text='평화동 도시락집', dong='평화동', shop='도시락집'),
    dict(kind='location', inst='생활문화센터', text='덕진동 카페', dong='덕진동', shop='카페'),
    dict(kind='location', inst='연금구내식당', text='우아동 방앗간', dong='우아동', shop='방앗간'),
    dict(kind='location', inst='한벽문화관', text='풍남동 전통찻집', dong='풍남동', shop='찻집'),

    # ---------------- multi_item: 한 수요에 2~3 품목 ----------------
    dict(kind='multi_item', inst='생활문화센터', text='현수막 및 X배너',
         items=[('현수막', ['현수막'], []), ('X배너', ['배너'], [])]),
    dict(kind='multi_item', inst='한벽문화관', text='떡이랑 식혜',
         items=[('떡', ['떡'], ['떡케이크']), ('식혜', ['식혜'], [])]),
    dict(kind='multi_item', inst='드림스타트', text='복사용지, 볼펜, 클리어파일',
         items=[('복사용지', ['복사용지'], []), ('볼펜', ['볼펜'], []),
                ('클리어파일', ['클리어파일'], [])]),
    dict(kind='multi_item', inst='연금구내식당', text='앞치마하고 위생모',
         items=[('앞치마', ['앞치마'], []), ('위생모', ['위생모'], [])]),
    dict(kind='multi_item', inst='산후조리', text='배냇저고리 속싸개 거즈손수건',
         items=[('배냇저고리', ['배냇저고리'], ['아기내의']), ('속싸개', ['속싸개'], []),
                ('거즈손수건', ['거즈손수건'], ['손수건'])]),
    dict(kind='multi_item', inst='연금구내식당', text='쌀 잡곡 김치',
         items=[('쌀', ['쌀'], ['현미']), ('잡곡', ['잡곡'], ['현미']), ('김치', ['김치'], [])]),
    dict(kind='multi_item', inst='반려동물', text='강아지 간식 및 배변봉투',
         items=[('강아지 간식', ['반려견간식'], []), ('배변봉투', ['배변봉투'], [])]),
    dict(kind='multi_item', inst='도시재생', text='명함이랑 서류봉투 인쇄',
         items=[('명함', ['명함'], []), ('서류봉투', ['봉투인쇄'], [])]),
    dict(kind='multi_item', inst='생활문화센터', text='꽃다발, 화분',
         items=[('꽃다발', ['꽃다발'], ['꽃바구니']), ('화분', ['화분'], [])]),
    dict(kind='multi_item', inst='시민놀이터', text='보드게임하고 원목 교구',
         items=[('보드게임', ['보드게임'], []), ('원목 교구', ['원목교구'], [])]),
]

# =====================================================================
# NO_MATCH — 카탈로그(catalog_data.py)를 다 만든 뒤에 작성.
# hard: 카탈로그와 말·주제가 겹치지만 카탈로그에 해당 제품·서비스가 없다
#       (기계·장비, 수리, 임대, 공사, 차량, 면허 업종, 같은 말의 다른 활동).
# easy: 카탈로그와 무관.
# overlap: 카탈로그와 겹치는 말, reason: 해당 없음 이유
# =====================================================================
NO_MATCH = [
    dict(kind='no_match', level='hard', inst='보건지소', text='복사기 임대',
         overlap='복사(복사용지)', reason='복사용지는 있으나 복사기 임대(장비 렌탈)는 없음'),
    dict(kind='no_match', level='hard', inst='도시재생', text='현수막 게시대 설치 공사',
         overlap='현수막', reason='현수막 제작만 있고 게시대 구조물 설치 공사는 없음'),
    dict(kind='no_match', level='hard', inst='연금구내식당', text='구내식당 식기세척기 수리',
         overlap='구내식당, 세척', reason='주방세제·청소 용역은 있으나 주방 기계 수리는 없음'),
    dict(kind='no_match', level='hard', inst='생활문화센터', text='행사용 음향 장비 대여',
         overlap='행사, 공연', reason='공연·행사 진행 인력은 있으나 음향 장비 임대는 없음'),
    dict(kind='no_match', level='hard', inst='청소년수련관', text='여름캠프 45인승 버스 임차',
         overlap='캠프, 청소년', reason='차량 임차(운송) 업체 없음'),
    dict(kind='no_match', level='hard', inst='반려동물', text='반려견 광견병 예방접종',
         overlap='반려견', reason='반려견 간식·용품만 있고 수의 진료(면허 업종)는 없음'),
    dict(kind='no_match', level='hard', inst='산후조리', text='산후도우미 가정 파견',
         overlap='산모, 파견', reason='산모 용품·미역은 있으나 산모·신생아 건강관리사 파견은 없음'),
    dict(kind='no_match', level='hard', inst='한벽문화관', text='한복 대여',
         overlap='전통, 한지·한옥 체험', reason='전통 공예·차 체험은 있으나 한복 대여는 없음'),
    dict(kind='no_match', level='hard', inst='한벽문화관', text='떡 절단기',
         overlap='떡, 가래떡', reason='떡 제품은 많지만 떡 가공 기계는 없음'),
    dict(kind='no_match', level='hard', inst='드림스타트', text='레이저 프린터 토너',
         overlap='레이저(복사용지 설명), 인쇄', reason='복사용지·인쇄 대행은 있으나 프린터 소모품(토너)은 없음'),
    dict(kind='no_match', level='hard', inst='청소년수련관', text='업소용 세탁기 렌탈',
         overlap='세탁, 업소용', reason='세탁 대행 서비스는 있으나 세탁기 임대는 없음'),
    dict(kind='no_match', level='hard', inst='보건지소', text='연막 소독기 구매',
         overlap='소독, 방역', reason='방역 소독 용역은 있으나 소독 장비 판매는 없음'),
    dict(kind='no_match', level='hard', inst='공예품전시관', text='도자기 가마 수리',
         overlap='도자기', reason='도자기 제품·체험은 있으나 가마(설비) 수리는 없음'),
    dict(kind='no_match', level='hard', inst='시민놀이터', text='보드게임 카페 대관',
         overlap='보드게임, 카페', reason='보드게임 판매·강사는 있으나 공간 대관은 없음'),
    dict(kind='no_match', level='hard', inst='연금구내식당', text='커피 자판기 임대',
         overlap='커피, 종이컵', reason='원두·출장 커피는 있으나 자판기 임대는 없음'),
    dict(kind='no_match', level='hard', inst='생활문화센터', text='콘센트 증설 전기공사',
         overlap='집수리', reason='도배·장판 집수리는 있으나 전기공사(면허 업종)는 없음'),
    dict(kind='no_match', level='hard', inst='연금구내식당', text='쌀 도정기',
         overlap='쌀, 도정', reason='쌀은 있으나 도정 기계는 없음'),
    dict(kind='no_match', level='hard', inst='1인가구', text='김치냉장고 지원',
         overlap='김치', reason='김치는 있으나 가전제품은 없음'),
    dict(kind='no_match', level='hard', inst='1인가구', text='부채 상담',
         overlap='부채', reason='부채(손부채) 제품은 있으나 빚(채무) 상담은 다른 뜻의 활동'),
    dict(kind='no_match', level='hard', inst='도시재생', text='홈페이지 배너 광고 게재',
         overlap='배너, 광고', reason='X배너·현수막 출력은 있으나 온라인 배너 광고 게재는 없음'),

    dict(kind='no_match', level='easy', inst='드림스타트', text='업무용 노트북 구매',
         overlap='', reason='전자기기 없음'),
    dict(kind='no_match', level='easy', inst='도시재생', text='관용차 타이어 교체',
         overlap='', reason='차량 정비 없음'),
    dict(kind='no_match', level='easy', inst='공예품전시관', text='해외 공예박람회 항공권 예매',
         overlap='', reason='여행·항공 없음'),
    dict(kind='no_match', level='easy', inst='생활문화센터', text='엘리베이터 유지보수',
         overlap='', reason='승강기 관리 없음'),
    dict(kind='no_match', level='easy', inst='반려동물', text='CCTV 설치',
         overlap='', reason='보안 설비 없음'),
    dict(kind='no_match', level='easy', inst='1인가구', text='스마트폰 액정 수리',
         overlap='', reason='전자기기 수리 없음'),
    dict(kind='no_match', level='easy', inst='도시재생', text='법률 자문 계약',
         overlap='', reason='법률 서비스 없음'),
    dict(kind='no_match', level='easy', inst='청소년수련관', text='인공암벽 홀드 교체',
         overlap='', reason='체육 시설 장비 없음'),
    dict(kind='no_match', level='easy', inst='연금구내식당', text='주차 관제 시스템',
         overlap='', reason='주차 설비 없음'),
    dict(kind='no_match', level='easy', inst='보건지소', text='서버 호스팅 연장',
         overlap='', reason='IT 서비스 없음'),
]
