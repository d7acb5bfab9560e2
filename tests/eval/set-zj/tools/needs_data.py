# -*- coding: utf-8 -*-
"""ZJ 평가셋 수요(needs) 정의.

작성 순서: 이 파일의 MATCHABLE(120건)은 카탈로그가 존재하기 전에 먼저 작성했다.
NO_MATCH(30건)는 카탈로그(catalog_data.py)를 만든 뒤 맨 아래 별도 구역에 덧붙였다.
카탈로그 작성 후에는 MATCHABLE 의 수요 문장(text)을 고치지 않는다.

각 수요 필드
  key     내부 키 (종류-번호). 최종 번호(ZJ-Qnnn)는 build_queries.py 가 고정 시드로 섞어 부여
  kind    exact / synonym / typo / hanyeong / spacing / choseong / quantity /
          long_sentence / category / location / multi_item / no_match
  voice   수요 기관(화자)
  text    검색창에 입력할 문장 그대로
  qty, budget   queries.csv 의 수량, 예산 (정수 또는 None)
  want    관련도 2 품목 태그(하나라도 맞으면 후보)
  ok      관련도 1 대체 품목 태그
  req     관련도 2 에 필요한 속성 태그(규격 조건). 못 맞추면 1
  maxprice  단가 상한(원). 넘으면 1
  word    synonym/typo: 카탈로그에 절대 나오면 안 되는 단어
  intended  hanyeong/choseong: 의도한 한글
  spaced, catalog_form  spacing: 수요의 띄어쓰기 형태 / 카탈로그가 쓸 형태
  dong, shop  location: 동 이름 / 가게 종류
  items   multi_item: [(품목 표기, want, ok), ...]
  sweep   누락 점검(sweep)에 쓸 한글 내용어(문장에서 자동 추출되는 것 외 추가)
  note    담당자가 실제로 원하는 것(메모)
"""

V_BLOOD = '대한적십자사 전북혈액원'
V_FOOD = '전주시 푸드뱅크'
V_JBDC = '전북개발공사'
V_CHOIR = '전주시립합창단'
V_FAMILY = '전주시 가족센터'
V_PARK = '전주시 공원녹지과'
V_HOUSE = '전주시 주거복지센터'
V_DISAB = '전주시 장애인종합복지관'
V_TOUR = '전주 천년누리 관광지원센터'
V_FAC = '전주시 시설관리과'

VOICES = [V_BLOOD, V_FOOD, V_JBDC, V_CHOIR, V_FAMILY, V_PARK, V_HOUSE, V_DISAB, V_TOUR, V_FAC]


def N(key, kind, voice, text, want=(), ok=(), req=(), maxprice=None, qty=None, budget=None, note='', **kw):
    d = dict(key=key, kind=kind, voice=voice, text=text, want=list(want), ok=list(ok), req=list(req),
             maxprice=maxprice, qty=qty, budget=budget, note=note)
    d.update(kw)
    return d


# 자주 쓰는 대체(관련도 1) 묶음
OK_BOUQUET = ['꽃바구니', '비누꽃다발']
OK_ECOBAG = ['업사이클가방', '에코백키트']

MATCHABLE = [
    # ------------------------------------------------------------------ exact (11)
    N('exact-01', 'exact', V_FAC, '복사용지', want=['복사용지'],
      note='일반 복사용지(크기 무관)'),
    N('exact-02', 'exact', V_JBDC, '명함 제작', want=['명함'],
      note='명함 인쇄 제작'),
    N('exact-03', 'exact', V_BLOOD, '현수막', want=['현수막'],
      note='천 현수막 출력. 배너·현수막 재활용 가방은 아님'),
    N('exact-04', 'exact', V_FAMILY, '백설기', want=['백설기'], ok=['떡'],
      note='백설기. 다른 떡은 대체(1)'),
    N('exact-05', 'exact', V_TOUR, '에코백', want=['에코백'], ok=OK_ECOBAG,
      note='천 에코백. 현수막 재활용 가방·꾸미기 키트는 대체(1)'),
    N('exact-06', 'exact', V_CHOIR, '꽃다발', want=['꽃다발'], ok=OK_BOUQUET,
      note='생화 꽃다발(공연 축하). 꽃바구니·비누꽃다발은 대체(1)'),
    N('exact-07', 'exact', V_FOOD, '도시락', want=['도시락'],
      note='도시락'),
    N('exact-08', 'exact', V_HOUSE, '방역 소독', want=['방역'],
      note='방역·소독 서비스. 방역용 마스크 등 물품은 아님'),
    N('exact-09', 'exact', V_PARK, '화분', want=['화분'], ok=['빈화분'],
      note='식물이 심긴 화분. 빈 화분(토분)은 대체(1)'),
    N('exact-10', 'exact', V_DISAB, '반찬', want=['반찬'], ok=['김치'],
      note='밑반찬. 김치는 대체(1). 반찬통은 아님'),
    N('exact-11', 'exact', V_FAC, '작업복', want=['작업복'],
      note='작업복(상하의 등). 조끼·장갑은 아님'),

    # ------------------------------------------------------------------ synonym (11)
    N('syn-01', 'synonym', V_FAC, '스카치테이프', want=['투명테이프'], word='스카치',
      sweep=['투명테이프', '테이프'], note='사무용 소형 투명 테이프'),
    N('syn-02', 'synonym', V_JBDC, '호치키스', want=['스테이플러'], ok=['스테이플러심'], word='호치키스',
      sweep=['스테이플러'], note='스테이플러 본체. 심만은 대체(1)'),
    N('syn-03', 'synonym', V_HOUSE, '창문 뽁뽁이', want=['단열에어캡'], ok=['에어캡'], word='뽁뽁이',
      sweep=['에어캡', '단열'], note='창문 단열용 에어캡. 포장용 에어캡은 대체(1)'),
    N('syn-04', 'synonym', V_FAMILY, '포스트잇', want=['점착메모지'], ok=['메모지'], word='포스트잇',
      sweep=['메모지', '점착'], note='붙였다 떼는 메모지. 안 붙는 메모지는 대체(1)'),
    N('syn-05', 'synonym', V_TOUR, '찌라시 인쇄', want=['전단지'], ok=['리플릿'], word='찌라시',
      sweep=['전단', '전단지'], note='전단지 인쇄. 접지 리플릿은 대체(1)'),
    N('syn-06', 'synonym', V_CHOIR, '리허설 날 벤또 주문', want=['도시락'], word='벤또',
      sweep=['도시락'], note='도시락'),
    N('syn-07', 'synonym', V_FOOD, '구루마', want=['운반카트'], word='구루마',
      sweep=['카트', '수레', '운반'], note='짐 싣는 손수레/운반카트'),
    N('syn-08', 'synonym', V_DISAB, '쓰레빠', want=['실내슬리퍼'], word='쓰레빠',
      sweep=['슬리퍼', '실내화'], note='실내용 슬리퍼'),
    N('syn-09', 'synonym', V_BLOOD, '크리넥스', want=['각티슈'], ok=['휴대용티슈'], word='크리넥스',
      sweep=['티슈', '미용티슈'], note='각티슈(미용 티슈). 휴대용 티슈는 대체(1)'),
    N('syn-10', 'synonym', V_FOOD, '정구지김치', want=['부추김치'], ok=['김치'], word='정구지',
      sweep=['부추', '김치'], note='부추김치. 다른 김치는 대체(1)'),
    N('syn-11', 'synonym', V_FAC, '화이바', want=['안전모'], word='화이바',
      sweep=['안전모', '헬멧'], note='작업용 안전모'),

    # ------------------------------------------------------------------ typo (11)
    N('typo-01', 'typo', V_BLOOD, '플랭카드', want=['현수막'], word='플랭카드',
      sweep=['현수막'], note='현수막'),
    N('typo-02', 'typo', V_FAMILY, '생일케익', want=['케이크'], ok=['떡케이크', '케이크류'], word='케익',
      sweep=['케이크', '생일'], note='생일 케이크. 떡케이크·롤케이크 등은 대체(1)'),
    N('typo-03', 'typo', V_BLOOD, '마들랜', want=['마들렌'], ok=['구움과자'], word='마들랜',
      sweep=['마들렌'], note='마들렌. 다른 구움과자는 대체(1)'),
    N('typo-04', 'typo', V_JBDC, '쇼핑빽 제작', want=['쇼핑백'], word='쇼핑빽',
      sweep=['쇼핑백'], note='종이 쇼핑백'),
    N('typo-05', 'typo', V_TOUR, '텀불러', want=['텀블러'], word='텀불러',
      sweep=['텀블러'], note='텀블러'),
    N('typo-06', 'typo', V_CHOIR, '악보 재본', want=['제본'], ok=['책자'], word='재본',
      sweep=['제본', '악보'], note='악보 제본. 책자 인쇄(인쇄+제본)는 대체(1)'),
    N('typo-07', 'typo', V_TOUR, '리플렛 인쇄', want=['리플릿'], ok=['전단지'], word='리플렛',
      sweep=['리플릿'], note='접지 리플릿. 전단지는 대체(1)'),
    N('typo-08', 'typo', V_HOUSE, '방충만 교체', want=['방충망'], ok=['방충망키트'], word='방충만',
      sweep=['방충망'], note='방충망 교체 시공. 셀프 교체 키트는 대체(1)'),
    N('typo-09', 'typo', V_DISAB, '판촉 볼팬', want=['볼펜'], req=['로고인쇄'], word='볼팬',
      sweep=['볼펜', '판촉'], note='로고 인쇄 판촉 볼펜. 로고 없는 볼펜은 조건 미달(1)'),
    N('typo-10', 'typo', V_FAMILY, '사과쥬스', want=['사과주스'], ok=['과일주스'], word='쥬스',
      sweep=['주스', '사과즙'], note='사과주스/사과즙. 다른 과일 주스는 대체(1)'),
    N('typo-11', 'typo', V_JBDC, '근조화한', want=['근조화환'], word='화한',
      sweep=['근조', '화환'], note='근조화환'),

    # ------------------------------------------------------------------ hanyeong (8 whole + 3 mixed)
    N('hy-01', 'hanyeong', V_FAC, 'qhrtkdydwl', intended='복사용지', want=['복사용지'], note='복사용지'),
    N('hy-02', 'hanyeong', V_BLOOD, 'gustnakr', intended='현수막', want=['현수막'], note='현수막'),
    N('hy-03', 'hanyeong', V_CHOIR, 'Rhcekqkf', intended='꽃다발', want=['꽃다발'], ok=OK_BOUQUET, note='꽃다발'),
    N('hy-04', 'hanyeong', V_FAMILY, 'qortjfrl', intended='백설기', want=['백설기'], ok=['떡'], note='백설기'),
    N('hy-05', 'hanyeong', V_TOUR, 'dpzhqor', intended='에코백', want=['에코백'], ok=OK_ECOBAG, note='에코백'),
    N('hy-06', 'hanyeong', V_PARK, 'ghkqns', intended='화분', want=['화분'], ok=['빈화분'], note='화분'),
    N('hy-07', 'hanyeong', V_HOUSE, 'qkddurthehr', intended='방역소독', want=['방역'], note='방역소독'),
    N('hy-08', 'hanyeong', V_DISAB, 'tnrjs', intended='수건', want=['수건'], ok=['수건선물'], note='수건. 수건 케이크 등 선물 포장은 대체(1)'),
    N('hy-09', 'hanyeong', V_JBDC, '명함 wpwkr', intended='명함 제작', want=['명함'], note='명함 제작(뒤 단어만 영문 상태)'),
    N('hy-10', 'hanyeong', V_FAMILY, '친환경 tpwp', intended='친환경 세제', want=['친환경세제'], note='친환경 세제(세탁·주방)'),
    N('hy-11', 'hanyeong', V_CHOIR, '원두 zjvl', intended='원두 커피', want=['원두커피'], ok=['드립백'], note='원두커피. 드립백은 대체(1)'),

    # ------------------------------------------------------------------ spacing (11)
    N('sp-01', 'spacing', V_BLOOD, '물 티슈', spaced='물 티슈', catalog_form='물티슈', want=['물티슈'], note='물티슈'),
    N('sp-02', 'spacing', V_FAC, '손 소독제', spaced='손 소독제', catalog_form='손소독제', want=['손소독제'], note='손소독제'),
    N('sp-03', 'spacing', V_CHOIR, '단체티셔츠', spaced='단체티셔츠', catalog_form='단체 티셔츠', want=['단체티셔츠'], note='단체 티셔츠'),
    N('sp-04', 'spacing', V_FAMILY, '꽃 바구니', spaced='꽃 바구니', catalog_form='꽃바구니', want=['꽃바구니'], ok=['꽃다발'], note='꽃바구니. 꽃다발은 대체(1)'),
    N('sp-05', 'spacing', V_JBDC, '입주청소', spaced='입주청소', catalog_form='입주 청소', want=['입주청소'], ok=['준공청소'], note='입주(이사) 청소. 준공 청소는 대체(1)'),
    N('sp-06', 'spacing', V_FOOD, '보냉 가방', spaced='보냉 가방', catalog_form='보냉가방', want=['보냉가방'], ok=['보냉박스'], note='보냉가방. 보냉박스는 대체(1)'),
    N('sp-07', 'spacing', V_DISAB, '떡 케이크', spaced='떡 케이크', catalog_form='떡케이크', want=['떡케이크'], ok=['케이크'], note='떡케이크. 생크림 케이크는 대체(1)'),
    N('sp-08', 'spacing', V_TOUR, '한지공예체험', spaced='한지공예체험', catalog_form='한지 공예 체험', want=['한지공예체험'], note='한지 공예 체험 프로그램'),
    N('sp-09', 'spacing', V_PARK, '원목벤치', spaced='원목벤치', catalog_form='원목 벤치', want=['원목벤치'], note='원목 벤치'),
    N('sp-10', 'spacing', V_BLOOD, '아이스 팩', spaced='아이스 팩', catalog_form='아이스팩', want=['아이스팩'], note='아이스팩'),
    N('sp-11', 'spacing', V_HOUSE, '미니화분', spaced='미니화분', catalog_form='미니 화분', want=['미니화분'], ok=['화분'], note='작은 화분(입주민 선물). 큰 화분은 대체(1)'),

    # ------------------------------------------------------------------ choseong (11)
    N('cho-01', 'choseong', V_FAC, 'ㅂㅅㅇㅈ', intended='복사용지', want=['복사용지'], note='복사용지'),
    N('cho-02', 'choseong', V_BLOOD, 'ㅎㅅㅁ', intended='현수막', want=['현수막'], note='현수막'),
    N('cho-03', 'choseong', V_FOOD, 'ㄷㅅㄹ', intended='도시락', want=['도시락'], note='도시락'),
    N('cho-04', 'choseong', V_JBDC, 'ㅁㅎ 제작', intended='명함 제작', want=['명함'], note='명함 제작'),
    N('cho-05', 'choseong', V_CHOIR, 'ㄲㄷㅂ', intended='꽃다발', want=['꽃다발'], ok=OK_BOUQUET, note='꽃다발'),
    N('cho-06', 'choseong', V_FAMILY, '천연 ㅂㄴ', intended='천연 비누', want=['천연비누'], note='천연비누'),
    N('cho-07', 'choseong', V_TOUR, 'ㅇㅋㅂ', intended='에코백', want=['에코백'], ok=OK_ECOBAG, note='에코백'),
    N('cho-08', 'choseong', V_HOUSE, 'ㅂㅇㅅㄷ', intended='방역소독', want=['방역'], note='방역소독'),
    N('cho-09', 'choseong', V_PARK, 'ㅈㅇㅂ', intended='작업복', want=['작업복'], note='작업복'),
    N('cho-10', 'choseong', V_DISAB, 'ㅁㅌㅅ', intended='물티슈', want=['물티슈'], note='물티슈'),
    N('cho-11', 'choseong', V_JBDC, '떡 ㄷㄹㅍ', intended='떡 답례품', want=['떡답례품'], ok=['떡'], note='개별 포장 답례떡. 일반 떡은 대체(1)'),

    # ------------------------------------------------------------------ quantity (11)
    N('qty-01', 'quantity', V_FAC, 'A4 복사용지 80g 10박스', want=['복사용지'], req=['A4', '80g'], qty=10,
      note='A4 80g 복사용지. 다른 크기·평량은 조건 미달(1)'),
    N('qty-02', 'quantity', V_BLOOD, '로고 인쇄 볼펜 500개 (개당 3,000원 이하)', want=['볼펜'], req=['로고인쇄'], maxprice=3000, qty=500,
      note='로고 인쇄 볼펜, 개당 3,000원 이하'),
    N('qty-03', 'quantity', V_TOUR, '에코백 300개 개당 5천원 이하', want=['에코백'], ok=OK_ECOBAG, maxprice=5000, qty=300,
      note='에코백 개당 5,000원 이하'),
    N('qty-04', 'quantity', V_DISAB, '도시락 120개, 1인 8,000원 이하', want=['도시락'], maxprice=8000, qty=120,
      note='도시락 8,000원 이하'),
    N('qty-05', 'quantity', V_FAC, '두루마리 화장지 30롤 20팩', want=['화장지'], req=['30롤'], qty=20,
      note='30롤 묶음 두루마리 화장지'),
    N('qty-06', 'quantity', V_JBDC, '근조화환 1개 10만원 이내', want=['근조화환'], maxprice=100000, qty=1, budget=100000,
      note='근조화환 10만원 이하'),
    N('qty-07', 'quantity', V_FAMILY, '떡 답례품 200개 예산 50만원', want=['떡답례품'], ok=['떡'], maxprice=2500, qty=200, budget=500000,
      note='개별 포장 답례떡, 예산÷수량=개당 2,500원 이하'),
    N('qty-08', 'quantity', V_BLOOD, 'KF94 마스크 대형 1,000매', want=['마스크'], req=['KF94', '대형'], qty=1000,
      note='KF94 대형 마스크. 다른 등급·소형은 조건 미달(1)'),
    N('qty-09', 'quantity', V_FOOD, '쌀 10kg 50포', want=['쌀'], req=['10kg'], qty=50,
      note='쌀 10kg 포장. 다른 중량은 조건 미달(1)'),
    N('qty-10', 'quantity', V_BLOOD, 'X배너 600x1800 4개', want=['X배너'], ok=['배너'], req=['600x1800'], qty=4,
      note='600×1800 X배너. 다른 크기·미니배너는 1'),
    N('qty-11', 'quantity', V_CHOIR, '단체 티셔츠 80장 장당 1만원 이하', want=['단체티셔츠'], maxprice=10000, qty=80,
      note='단체 티셔츠 장당 10,000원 이하'),

    # ------------------------------------------------------------------ long_sentence (11)
    N('long-01', 'long_sentence', V_BLOOD,
      '6월 14일 세계 헌혈자의 날 기념행사 때 헌혈자분들께 드릴 기념품으로 우산을 구매하려고 합니다. 사회적기업 제품으로 견적 받을 수 있을까요?',
      want=['우산'], note='판촉용 우산'),
    N('long-02', 'long_sentence', V_CHOIR,
      '제45회 정기연주회(9월 5일, 한국소리문화의전당) 관객 배부용 공연 프로그램북 약 24쪽 컬러 1,500부 인쇄를 맡길 곳을 찾습니다.',
      want=['책자'], ok=['제본'], qty=1500, note='소책자 인쇄(중철 등). 제본만은 대체(1)'),
    N('long-03', 'long_sentence', V_FAMILY,
      '여름방학 가족캠프(8월 2일) 프로그램으로 부모와 아이가 함께하는 목공 체험을 진행해 주실 업체를 찾고 있습니다. 참가 인원은 약 20가족입니다.',
      want=['목공체험'], ok=['목공키트'], note='목공 체험 프로그램 운영. 목공 키트 판매는 대체(1)'),
    N('long-04', 'long_sentence', V_PARK,
      '10월 덕진공원 가을꽃 전시 화단 조성에 쓸 국화 화분 500개를 구매할 예정이니 납품 가능한 곳을 알려 주세요.',
      want=['국화화분'], ok=['화분', '꽃모종'], qty=500, note='국화 화분. 다른 화분·모종은 대체(1)'),
    N('long-05', 'long_sentence', V_HOUSE,
      '저소득 가구 주거환경 개선 사업으로 올해 하반기 3가구 도배·장판 교체 시공을 의뢰드리고자 하오니 가능 여부 회신 바랍니다.',
      want=['도배장판'], ok=['소규모집수리'], qty=3, note='도배·장판 시공. 다른 소규모 집수리는 대체(1)'),
    N('long-06', 'long_sentence', V_DISAB,
      '12월 19일 복지관 송년 한마당 행사에 이용인과 가족 200명이 참석할 예정이라 출장 뷔페를 알아보고 있습니다.',
      want=['출장뷔페'], ok=['다과케이터링', '도시락'], qty=200, note='출장 뷔페. 다과 케이터링·도시락은 대체(1)'),
    N('long-07', 'long_sentence', V_TOUR,
      '외국인 관광객을 대상으로 한옥마을 야간 해설 투어를 운영해 줄 수 있는 업체에 위탁하려 합니다. 영어 해설 가능 여부도 알려 주세요.',
      want=['관광투어'], ok=['통역'], note='해설 투어 운영. 통역만은 대체(1)'),
    N('long-08', 'long_sentence', V_FAC,
      '관리 중인 청사 3개동의 정기 청소 용역(주 3회)을 사회적기업과 계약하는 방안을 검토 중이니 관련 업체 정보를 부탁드립니다.',
      want=['건물청소'], note='건물 정기 청소 용역'),
    N('long-09', 'long_sentence', V_FOOD,
      '기부받은 식품을 가정별로 나눠 담아 전달할 때 쓸 골판지 택배 상자를 여러 크기로 구매하고 싶습니다.',
      want=['택배박스'], note='골판지 택배 박스'),
    N('long-10', 'long_sentence', V_BLOOD,
      '단체헌혈 행사 때 헌혈하신 분들께 드릴 간식으로 낱개 포장된 쿠키나 구움과자 종류를 찾고 있습니다.',
      want=['구움과자'], ok=['빵'], note='개별 포장 쿠키·구움과자. 빵은 대체(1)'),
    N('long-11', 'long_sentence', V_CHOIR,
      '정기연주회가 끝나면 단원 공연 의상 약 60벌을 드라이클리닝해야 하는데, 수거와 배송까지 해 주는 세탁 업체가 있으면 연결 부탁드립니다.',
      want=['세탁'], ok=['산업세탁'], qty=60, note='드라이클리닝(수거·배송). 산업용 물세탁은 대체(1)'),

    # ------------------------------------------------------------------ category (11)
    N('cat-01', 'category', V_JBDC, '사무용품', want=['사무용품'], ok=['메모지', '볼펜', '인쇄봉투'],
      note='사무용 소모품 전반(용지·필기구·테이프·파일 등)'),
    N('cat-02', 'category', V_BLOOD, '헌혈자 기념품', want=['판촉기념품'], ok=['전통기념품'],
      note='대량 배부용 판촉 기념품(텀블러·우산·에코백 등)'),
    N('cat-03', 'category', V_FAC, '청소용품', want=['청소용품'], ok=['주방세제'],
      note='걸레·고무장갑·세정제 등 청소 소모품. 청소 용역은 아님'),
    N('cat-04', 'category', V_TOUR, '전주 전통 기념품', want=['전통기념품'], ok=['공예품', '전통식품선물'],
      note='한지·부채·매듭 등 전통 공예 기념품'),
    N('cat-05', 'category', V_FAMILY, '유아 교구·놀잇감', want=['교구완구'],
      note='보드게임·원목 블록·만들기 키트 등'),
    N('cat-06', 'category', V_FAMILY, '친환경 생활용품', want=['친환경생활용품'], ok=['에코백', '업사이클가방'],
      note='천연비누·친환경 세제·대나무 칫솔·소창 행주 등'),
    N('cat-07', 'category', V_DISAB, '프로그램 간식', want=['간식'], ok=['음료', '샌드위치'],
      note='빵·과자·떡 등 간식. 음료·샌드위치는 대체(1)'),
    N('cat-08', 'category', V_PARK, '화단 조성용 꽃과 나무', want=['꽃모종', '국화화분', '묘목'], ok=['화분'],
      note='화단에 심을 모종·묘목·국화. 실내 화분은 대체(1)'),
    N('cat-09', 'category', V_HOUSE, '집수리 서비스', want=['집수리'], ok=['단열에어캡', '방충망키트'],
      note='도배·장판·방충망·소규모 수리 시공. 자재만은 대체(1)'),
    N('cat-10', 'category', V_TOUR, '관광 홍보물 인쇄', want=['인쇄홍보물'], ok=['현수막', 'X배너', '배너'],
      note='리플릿·전단·포스터·책자·지도 인쇄. 현수막·배너는 대체(1)'),
    N('cat-11', 'category', V_BLOOD, '위생용품', want=['위생용품'], ok=['각티슈', '화장지', '반창고'],
      note='마스크·손소독제·물티슈·위생장갑. 티슈·화장지·반창고는 대체(1)'),

    # ------------------------------------------------------------------ location (11)
    N('loc-01', 'location', V_FAMILY, '효자동 떡집', dong='효자동', shop='떡집', note='효자동 떡집'),
    N('loc-02', 'location', V_CHOIR, '송천동 꽃집 추천', dong='송천동', shop='꽃집', note='송천동 꽃집'),
    N('loc-03', 'location', V_JBDC, '중화산동 근처 인쇄소', dong='중화산동', shop='인쇄소', note='중화산동 인쇄소'),
    N('loc-04', 'location', V_CHOIR, '인후동 세탁소', dong='인후동', shop='세탁소', note='인후동 세탁소'),
    N('loc-05', 'location', V_TOUR, '풍남동 공방', dong='풍남동', shop='공방', note='풍남동 공방'),
    N('loc-06', 'location', V_FOOD, '삼천동 반찬가게', dong='삼천동', shop='반찬가게', note='삼천동 반찬가게'),
    N('loc-07', 'location', V_BLOOD, '서신동 빵집', dong='서신동', shop='빵집', note='서신동 빵집'),
    N('loc-08', 'location', V_DISAB, '평화동 떡집', dong='평화동', shop='떡집', note='평화동 떡집'),
    N('loc-09', 'location', V_PARK, '덕진동 꽃집', dong='덕진동', shop='꽃집', note='덕진동 꽃집'),
    N('loc-10', 'location', V_FAC, '금암동 인쇄소', dong='금암동', shop='인쇄소', note='금암동 인쇄소'),
    N('loc-11', 'location', V_HOUSE, '우아동 반찬가게', dong='우아동', shop='반찬가게', note='우아동 반찬가게'),

    # ------------------------------------------------------------------ multi_item (10)
    N('multi-01', 'multi_item', V_FAC, '복사용지 및 볼펜',
      items=[('복사용지', ['복사용지'], []), ('볼펜', ['볼펜'], [])], note='복사용지 + 볼펜'),
    N('multi-02', 'multi_item', V_FAMILY, '떡이랑 식혜',
      items=[('떡', ['떡'], []), ('식혜', ['식혜'], ['음료'])], note='떡 + 식혜(다른 전통음료는 1)'),
    N('multi-03', 'multi_item', V_BLOOD, '현수막하고 X배너 제작',
      items=[('현수막', ['현수막'], []), ('X배너', ['X배너'], ['배너'])], note='현수막 + X배너'),
    N('multi-04', 'multi_item', V_JBDC, '명함, 봉투 인쇄',
      items=[('명함', ['명함'], []), ('봉투', ['인쇄봉투'], ['서류봉투'])], note='명함 + 로고 인쇄 봉투(무지 봉투는 1)'),
    N('multi-05', 'multi_item', V_CHOIR, '꽃다발 화환',
      items=[('꽃다발', ['꽃다발'], OK_BOUQUET), ('화환', ['축하화환'], ['쌀화환'])],
      note='꽃다발 + 공연 축하 화환(근조화환은 아님, 쌀화환은 1)'),
    N('multi-06', 'multi_item', V_FAMILY, '천연비누 및 수세미',
      items=[('천연비누', ['천연비누'], []), ('수세미', ['수세미'], [])], note='천연비누 + 수세미'),
    N('multi-07', 'multi_item', V_HOUSE, '방역소독하고 입주청소',
      items=[('방역소독', ['방역'], []), ('입주청소', ['입주청소'], ['준공청소'])], note='방역 + 입주 청소'),
    N('multi-08', 'multi_item', V_TOUR, '에코백, 텀블러, 손수건',
      items=[('에코백', ['에코백'], OK_ECOBAG), ('텀블러', ['텀블러'], []), ('손수건', ['손수건'], [])],
      note='기념품 3종'),
    N('multi-09', 'multi_item', V_PARK, '묘목이랑 퇴비, 목장갑',
      items=[('묘목', ['묘목'], []), ('퇴비', ['퇴비'], ['상토']), ('목장갑', ['목장갑'], ['코팅장갑'])],
      note='묘목 + 퇴비(상토는 1) + 목장갑(코팅장갑은 1)'),
    N('multi-10', 'multi_item', V_FOOD, '쌀 김치',
      items=[('쌀', ['쌀'], []), ('김치', ['김치'], [])], note='쌀 + 김치'),
]


# =====================================================================================
# 아래 NO_MATCH 는 카탈로그(catalog_data.py, catalog.csv)를 만든 뒤에 작성했다.
# 관련 제품이 없으므로 qrels 행이 없다. overlap = 카탈로그와 겹치는 말(주제), reason = 해당 없음 이유
# =====================================================================================

def NM(key, level, voice, text, overlap, reason):
    return dict(key=key, kind='no_match', level=level, voice=voice, text=text, overlap=overlap, reason=reason,
                want=[], ok=[], req=[], maxprice=None, qty=None, budget=None, note=reason)


NO_MATCH = [
    # ---------------- hard 20
    NM('nm-h01', '어려움', V_JBDC, '복사기 임대', '복사(복사지·복사용지)',
       '사무기기 임대(렌탈). 카탈로그에는 복사용지만 있고 기기 임대 업체 없음'),
    NM('nm-h02', '어려움', V_BLOOD, '현수막 게시대 설치 공사', '현수막, 게시대(지정게시대용 현수막)',
       '게시대 구조물 설치 공사. 카탈로그는 현수막 출력만 있음'),
    NM('nm-h03', '어려움', V_FAMILY, '가정용 떡 제조기', '떡',
       '떡을 만드는 기계(가전). 카탈로그에는 떡 제품과 떡 체험만 있음'),
    NM('nm-h04', '어려움', V_FAC, '세탁기 수리', '세탁',
       '가전 수리. 카탈로그의 세탁은 의류·린넨 세탁 서비스'),
    NM('nm-h05', '어려움', V_HOUSE, '노후 가스보일러 교체 시공', '교체, 시공(집수리)',
       '가스시설 시공업 면허가 필요한 보일러 교체. 카탈로그 집수리는 도배·장판·방충망·소규모 수리'),
    NM('nm-h06', '어려움', V_HOUSE, '주택 지붕 방수 공사', '시공·집수리 주제',
       '방수 건설공사. 카탈로그에 지붕·방수 공사 없음'),
    NM('nm-h07', '어려움', V_FAC, '벽걸이 에어컨 설치', '벽걸이 에어컨(분해 세척)',
       '냉난방기 설치. 카탈로그에는 에어컨 세척 서비스만 있음'),
    NM('nm-h08', '어려움', V_PARK, '예초기 5대 구매', '제초(녹지 제초 작업)',
       '장비 구매. 카탈로그에는 제초 작업 용역만 있음'),
    NM('nm-h09', '어려움', V_PARK, '어린이 놀이시설 안전점검', '놀이(놀이 교구), 공원',
       '법정 안전검사기관의 점검 업무. 카탈로그에 없음'),
    NM('nm-h10', '어려움', V_FOOD, '냉장 탑차 임대', '탑차(1톤 탑차 화물 운송), 냉장',
       '차량 임대. 카탈로그의 운송은 기사 포함 운송 서비스이고 냉장차 임대 없음'),
    NM('nm-h11', '어려움', V_TOUR, '관광객 한복 대여', '한복(매듭 노리개 설명), 관광, 체험',
       '의상 대여. 카탈로그에 한복·대여 없음'),
    NM('nm-h12', '어려움', V_TOUR, '관광버스 대절', '관광(해설 투어)',
       '전세버스(차량) 운송. 카탈로그 투어는 차량 별도인 도보 해설'),
    NM('nm-h13', '어려움', V_CHOIR, '그랜드피아노 조율', '공연(공연 실황 촬영) 주제',
       '악기 조율·수리 기술 서비스. 카탈로그에 없음'),
    NM('nm-h14', '어려움', V_CHOIR, '무대 음향 장비 대여', '공연·행사 주제',
       '장비 임대. 카탈로그에 음향 장비 없음'),
    NM('nm-h15', '어려움', V_FAMILY, '꽃꽂이 자격증 과정', '꽃꽂이(원데이 꽃꽂이 클래스)',
       '자격 취득 교육과정. 카탈로그는 하루 체험 수업뿐'),
    NM('nm-h16', '어려움', V_DISAB, '업소용 세탁 건조기 구매', '세탁',
       '세탁 기계 구매. 카탈로그의 세탁은 서비스'),
    NM('nm-h17', '어려움', V_FOOD, '김치냉장고 구매', '김치',
       '가전 구매. 카탈로그에는 김치 식품만 있음'),
    NM('nm-h18', '어려움', V_FAC, '레이저 프린터 토너', '출력·인쇄·사무용품 주제',
       '사무기기 소모품(토너). 카탈로그 사무용품에 없음'),
    NM('nm-h19', '어려움', V_FAC, '방역 연무기 구매', '방역',
       '방역 장비 구매. 카탈로그에는 방역 소독 서비스만 있음'),
    NM('nm-h20', '어려움', V_HOUSE, '도배 기술 교육 과정 위탁', '도배',
       '직업훈련 교육. 카탈로그에는 도배 시공만 있음'),
    # ---------------- easy 10
    NM('nm-e01', '쉬움', V_BLOOD, '직원 법률 자문', '없음', '법률 서비스, 카탈로그와 무관'),
    NM('nm-e02', '쉬움', V_JBDC, '해외 출장 항공권 예약', '없음', '항공권 발권, 카탈로그와 무관'),
    NM('nm-e03', '쉬움', V_CHOIR, '단원 건강검진', '없음', '의료 검진, 카탈로그와 무관'),
    NM('nm-e04', '쉬움', V_FAMILY, '반려견 미용', '없음', '반려동물 미용, 카탈로그와 무관'),
    NM('nm-e05', '쉬움', V_PARK, '태블릿 PC 20대', '없음', '전자기기, 카탈로그와 무관'),
    NM('nm-e06', '쉬움', V_HOUSE, '부동산 감정평가', '없음', '감정평가 업무, 카탈로그와 무관'),
    NM('nm-e07', '쉬움', V_DISAB, '치과 스케일링', '없음', '의료 서비스, 카탈로그와 무관'),
    NM('nm-e08', '쉬움', V_TOUR, '외화 환전', '없음', '금융 업무, 카탈로그와 무관'),
    NM('nm-e09', '쉬움', V_FAC, '관용차 자동차보험 갱신', '없음', '보험, 카탈로그와 무관'),
    NM('nm-e10', '쉬움', V_FOOD, '결산 회계감사 용역', '없음', '회계감사, 카탈로그와 무관'),
]

ALL_NEEDS = MATCHABLE + NO_MATCH
