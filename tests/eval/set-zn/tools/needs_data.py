# -*- coding: utf-8 -*-
"""1단계: 매칭 가능한 수요 120건 (카탈로그를 만들기 전에 작성).

각 수요 = dict(
  key    : 내부 키 (종류 접두어 + 번호, 최종 번호 ZN-Q### 는 build_queries.py 에서 섞어서 부여)
  kind   : exact / synonym / typo / hanyeong / spacing / choseong / quantity /
           long_sentence / category / location / multi_item
  voice  : 이 검색어를 입력했다고 상상한 기관·부서
  text   : 검색창에 입력한 그대로의 문장 (카탈로그 작성 후에는 고치지 않음)
  qty, budget : 수요에 명시된 수량·예산 (정수) 또는 None
  want   : 담당자가 실제로 원하는 품목 태그 -> 관련도 2 후보
  alt    : 받아들일 만한 대체 품목 태그 -> 관련도 1
  cond   : 조건. max_price(단가 상한, 원), spec_all(규격/제품명에 모두 들어 있어야 할 말)
           조건을 못 맞춘 want 품목은 관련도 1
  norm   : (동의어·오타·한영·초성) 담당자가 뜻한 표준 말. 카탈로그 스윕과 검증에 사용
  items  : (multi_item) [(필요서에 적힌 품목 그대로, want, alt), ...]
  dong, shop : (location) 동 이름과 가게 종류
)
"""

V_AGRI = '전주시 농업정책과'
V_HEALTH = '전주시 보건소 의약관리과'
V_RIVER = '전주시 생태하천과'
V_JOBS = '전주시 일자리정책과'
V_REGEN = '전주시 도시재생지원센터'
V_YMALL = '전주 남부시장 청년몰 상인회'
V_KIDS = '전주시 어린이창의체험관'
V_EDU = '전북특별자치도교육청 학교지원과'
V_YOUTH = '전주 솔내청소년수련관'
V_YEOUI = '전주시 여의동 행정복지센터'


def N(key, kind, voice, text, want=(), alt=(), qty=None, budget=None, cond=None, norm=(), **kw):
    d = dict(key=key, kind=kind, voice=voice, text=text, want=list(want), alt=list(alt),
             qty=qty, budget=budget, cond=cond or {}, norm=list(norm))
    d.update(kw)
    return d


# 품목 묶음 (category 수요에서 사용)
OFFICE = ['복사용지', '중질지', '볼펜', '스테이플러', '스테이플러심', '투명테이프', '점착메모지',
          '파일', '노트', '보드마커', '유성마커', '서류봉투']
PROMO_PRINT = ['현수막', '배너', '전단지', '리플릿', '포스터']
CLEAN_HYGIENE = ['화장지', '미용티슈', '키친타월', '주방세제', '세탁세제', '염소표백제', '산소표백제',
                 '다목적세정제', '손소독제', '손세정제', '물티슈', '홍보물티슈', '고무장갑', '수세미',
                 '천연수세미', '쓰레기봉투', '마스크', '위생장갑']
KIDS_TOYS = ['보드게임', '원목교구', '원목장난감', '퍼즐']
CATERING = ['케이터링', '도시락', '다과세트', '커피케이터링']
ECO_LIVING = ['천연수세미', '대나무칫솔', '소창행주', '밀랍랩', '다회용빨대', '천연비누', '고체치약',
              '설거지비누', '종이빨대']
PERFORM = ['공연', '국악공연', '인형극', '마술공연']
CLASSES = ['강사파견', '캘리그라피', '공예체험', '요리교실', '목공체험', '꽃꽂이교실', '국악교실',
           '도시농업교육', '업사이클체험', '도자기체험']
GARDEN = ['모종', '퇴비', '상토', '씨앗']

NEEDS = [
    # ---------------- exact: 흔히 쓰는 이름 그대로 ----------------
    N('ex01', 'exact', V_JOBS, '복사용지', want=['복사용지'], alt=['중질지']),
    N('ex02', 'exact', V_JOBS, '명함 제작', want=['명함']),
    N('ex03', 'exact', V_HEALTH, '마스크', want=['마스크']),
    N('ex04', 'exact', V_AGRI, '현수막', want=['현수막'], alt=['배너']),
    N('ex05', 'exact', V_KIDS, '보드게임', want=['보드게임']),
    N('ex06', 'exact', V_YEOUI, '화장지', want=['화장지'], alt=['미용티슈']),
    N('ex07', 'exact', V_RIVER, '쓰레기봉투', want=['쓰레기봉투'], alt=['마대']),
    N('ex08', 'exact', V_YOUTH, '단체티', want=['단체티']),
    N('ex09', 'exact', V_EDU, '청소 용역', want=['청소용역']),
    N('ex10', 'exact', V_YMALL, '쇼핑백', want=['쇼핑백'], alt=['종이봉투']),
    N('ex11', 'exact', V_REGEN, '화분', want=['화분'], alt=['빈화분']),

    # ---------------- synonym: 상표명·옛말·외래어·사투리·속어·일본어투 ----------------
    N('sy01', 'synonym', V_JOBS, '스카치테이프', want=['투명테이프'], norm=['투명테이프', '셀로판테이프']),
    N('sy02', 'synonym', V_EDU, '호치키스', want=['스테이플러'], alt=['스테이플러심'], norm=['스테이플러']),
    N('sy03', 'synonym', V_YMALL, '뽁뽁이 포장재', want=['에어캡'], alt=['포장완충재', '단열에어캡'],
      norm=['에어캡', '완충재']),
    N('sy04', 'synonym', V_REGEN, '포스트잇', want=['점착메모지'], alt=['떡메모지'], norm=['점착 메모지', '메모지']),
    N('sy05', 'synonym', V_YEOUI, '퐁퐁 대용량', want=['주방세제'], alt=['설거지비누'], norm=['주방세제']),
    N('sy06', 'synonym', V_EDU, '락스', want=['염소표백제'], alt=['산소표백제', '다목적세정제'], norm=['표백제', '염소']),
    N('sy07', 'synonym', V_JOBS, '찌라시 인쇄', want=['전단지'], alt=['리플릿', '포스터'], norm=['전단']),
    N('sy08', 'synonym', V_AGRI, '프랑카드 제작', want=['현수막'], alt=['배너'], norm=['현수막']),
    N('sy09', 'synonym', V_YEOUI, '싱건지', want=['동치미'], alt=['물김치', '백김치'], norm=['동치미']),
    N('sy10', 'synonym', V_YOUTH, '벤또 주문', want=['도시락'], norm=['도시락']),
    N('sy11', 'synonym', V_EDU, '시험지용 갱지', want=['중질지'], alt=['복사용지'], norm=['중질지', '시험지']),

    # ---------------- typo: 흔한 맞춤법·외래어 표기 오류 ----------------
    N('ty01', 'typo', V_JOBS, '팜플렛 인쇄', want=['리플릿', '책자'], alt=['전단지'], norm=['팸플릿', '리플릿']),
    N('ty02', 'typo', V_YOUTH, '과일 쥬스', want=['주스'], alt=['과일즙', '식혜'], norm=['주스']),
    N('ty03', 'typo', V_KIDS, '생일 케잌', want=['케이크'], alt=['떡케이크'], norm=['케이크']),
    N('ty04', 'typo', V_RIVER, '썬크림', want=['선크림'], norm=['선크림']),
    N('ty05', 'typo', V_YMALL, '설겆이 세제', want=['주방세제', '설거지비누'], norm=['설거지', '주방세제']),
    N('ty06', 'typo', V_YEOUI, '메밀 베게', want=['메밀베개'], alt=['베개'], norm=['베개']),
    N('ty07', 'typo', V_EDU, '돈까스', want=['돈가스'], norm=['돈가스']),
    N('ty08', 'typo', V_KIDS, '초콜렛', want=['초콜릿'], norm=['초콜릿']),
    N('ty09', 'typo', V_YEOUI, '육계장', want=['육개장'], norm=['육개장']),
    N('ty10', 'typo', V_HEALTH, '손소독재', want=['손소독제'], alt=['손세정제'], norm=['손소독제']),
    N('ty11', 'typo', V_YMALL, '나무 젖가락', want=['나무젓가락'], norm=['젓가락']),

    # ---------------- hanyeong: 한글을 영문 자판 상태로 입력 (8건 전체, 3건 섞임) ----------------
    N('hy01', 'hanyeong', V_JOBS, 'qhrtkdydwl', want=['복사용지'], alt=['중질지'], norm=['복사용지'], intended='복사용지'),
    N('hy02', 'hanyeong', V_AGRI, 'gustnakr wpwkr', want=['현수막'], alt=['배너'], norm=['현수막'], intended='현수막 제작'),
    N('hy03', 'hanyeong', V_REGEN, 'audgka dlstho', want=['명함'], norm=['명함'], intended='명함 인쇄'),
    N('hy04', 'hanyeong', V_YOUTH, 'ehtlfkr', want=['도시락'], norm=['도시락'], intended='도시락'),
    N('hy05', 'hanyeong', V_REGEN, 'ghkqns', want=['화분'], alt=['빈화분'], norm=['화분'], intended='화분'),
    N('hy06', 'hanyeong', V_KIDS, 'qhemrpdla', want=['보드게임'], norm=['보드게임'], intended='보드게임'),
    N('hy07', 'hanyeong', V_HEALTH, 'aktmzm', want=['마스크'], norm=['마스크'], intended='마스크'),
    N('hy08', 'hanyeong', V_YMALL, 'anfxltb', want=['물티슈', '홍보물티슈'], norm=['물티슈'], intended='물티슈'),
    N('hy09', 'hanyeong', V_RIVER, '하천정화용 wkdrkq', want=['목장갑', '코팅장갑'], alt=['고무장갑'],
      norm=['장갑'], intended='하천정화용 장갑'),
    N('hy10', 'hanyeong', V_YEOUI, '명절 tjsanftpxm', want=['선물세트'], norm=['선물세트'], intended='명절 선물세트'),
    N('hy11', 'hanyeong', V_AGRI, '전통 gksrhk', want=['한과'], alt=['떡'], norm=['한과'], intended='전통 한과'),

    # ---------------- spacing: 카탈로그와 띄어쓰기가 다른 복합어 ----------------
    N('sp01', 'spacing', V_KIDS, '보드 게임', want=['보드게임'], norm=['보드게임']),
    N('sp02', 'spacing', V_JOBS, '종이 컵', want=['종이컵'], norm=['종이컵']),
    N('sp03', 'spacing', V_REGEN, '꽃 바구니', want=['꽃바구니'], alt=['꽃다발'], norm=['꽃바구니']),
    N('sp04', 'spacing', V_YEOUI, '친환경수세미', want=['천연수세미'], alt=['수세미'], norm=['친환경 수세미', '수세미']),
    N('sp05', 'spacing', V_YMALL, '커피 드립 백', want=['드립백'], alt=['원두'], norm=['드립백']),
    N('sp06', 'spacing', V_KIDS, '원목장난감', want=['원목장난감'], alt=['원목교구'], norm=['원목 장난감']),
    N('sp07', 'spacing', V_HEALTH, '천연비누만들기 키트', want=['비누만들기키트'], alt=['천연비누', '만들기키트'],
      norm=['비누 만들기', '천연 비누']),
    N('sp08', 'spacing', V_EDU, '쌀 과자', want=['쌀과자'], norm=['쌀과자']),
    N('sp09', 'spacing', V_YOUTH, '단체티셔츠', want=['단체티'], norm=['단체 티셔츠']),
    N('sp10', 'spacing', V_HEALTH, '에코 백', want=['에코백'], alt=['업사이클가방'], norm=['에코백']),
    N('sp11', 'spacing', V_YOUTH, '목공체험교실', want=['목공체험'], alt=['공예체험'], norm=['목공 체험']),

    # ---------------- choseong: 초성만, 또는 초성 + 보통 낱말 ----------------
    N('ch01', 'choseong', V_JOBS, 'ㅂㅅㅇㅈ', want=['복사용지'], alt=['중질지'], norm=['복사용지'], intended='복사용지'),
    N('ch02', 'choseong', V_AGRI, 'ㅎㅅㅁ 제작', want=['현수막'], alt=['배너'], norm=['현수막'], intended='현수막 제작'),
    N('ch03', 'choseong', V_YOUTH, 'ㄷㅅㄹ 주문', want=['도시락'], norm=['도시락'], intended='도시락 주문'),
    N('ch04', 'choseong', V_YEOUI, 'ㅅㅁㅅㅌ', want=['선물세트'], norm=['선물세트'], intended='선물세트'),
    N('ch05', 'choseong', V_HEALTH, 'ㅁㅅㅋ', want=['마스크'], norm=['마스크'], intended='마스크'),
    N('ch06', 'choseong', V_REGEN, 'ㅎㅂ', want=['화분'], alt=['빈화분'], norm=['화분'], intended='화분'),
    N('ch07', 'choseong', V_YEOUI, 'ㄱㅈㄱㅊ', want=['김장김치'], alt=['김치'], norm=['김장김치', '김장'], intended='김장김치'),
    N('ch08', 'choseong', V_YMALL, 'ㅇㅋㅂ', want=['에코백'], alt=['업사이클가방'], norm=['에코백'], intended='에코백'),
    N('ch09', 'choseong', V_JOBS, 'ㅈㄷㅈ', want=['전단지'], alt=['리플릿', '포스터'], norm=['전단'], intended='전단지'),
    N('ch10', 'choseong', V_RIVER, '친환경 ㅅㅅㅁ', want=['천연수세미'], alt=['수세미'], norm=['수세미'], intended='친환경 수세미'),
    N('ch11', 'choseong', V_KIDS, 'ㅂㄷㄱㅇ', want=['보드게임'], norm=['보드게임'], intended='보드게임'),

    # ---------------- quantity: 수량·규격·모델·단가 상한·예산 ----------------
    N('qt01', 'quantity', V_EDU, 'A4 복사용지 80g 2500매 20박스', want=['복사용지'], alt=['중질지'], qty=20,
      cond=dict(spec_all=['A4', '80g'])),
    N('qt02', 'quantity', V_AGRI, '현수막 5m x 90cm 3장', want=['현수막'], alt=['배너'], qty=3),
    N('qt03', 'quantity', V_JOBS, '개당 3,000원 이하 볼펜 500개', want=['볼펜'], qty=500, cond=dict(max_price=3000)),
    N('qt04', 'quantity', V_YOUTH, '도시락 1인 8,000원 이내 120개', want=['도시락'], qty=120, cond=dict(max_price=8000)),
    N('qt05', 'quantity', V_JOBS, '명함 200매씩 10명분', want=['명함'], qty=10),
    N('qt06', 'quantity', V_HEALTH, '에코백 300개 예산 150만원', want=['에코백'], qty=300, budget=1500000,
      cond=dict(max_price=5000)),
    N('qt07', 'quantity', V_YEOUI, '쌀 10kg 40포', want=['쌀'], qty=40, cond=dict(spec_all=['10kg'])),
    N('qt08', 'quantity', V_RIVER, '코팅장갑 10켤레 묶음으로 30묶음', want=['코팅장갑'], alt=['목장갑'], qty=30),
    N('qt09', 'quantity', V_HEALTH, 'KF94 마스크 대형 1000매', want=['마스크'], qty=1000,
      cond=dict(spec_all=['KF94', '대형'])),
    N('qt10', 'quantity', V_REGEN, '다육 화분 개당 1만원 이하 40개', want=['다육식물'], alt=['화분'], qty=40,
      cond=dict(max_price=10000)),
    N('qt11', 'quantity', V_YOUTH, '단체티 120벌 한 벌에 1만원 이하로', want=['단체티'], qty=120,
      cond=dict(max_price=10000)),

    # ---------------- long_sentence: 공문체·공손한 긴 문장 ----------------
    N('ls01', 'long_sentence', V_RIVER,
      '2025년 10월 15일 삼천 둔치에서 열리는 생태하천 정화 활동에 참여하는 시민 80명에게 나눠 줄 목장갑을 구매하고자 합니다',
      want=['목장갑', '코팅장갑'], alt=['고무장갑'], qty=80),
    N('ls02', 'long_sentence', V_HEALTH,
      '6월 3일 노송광장 금연 캠페인 때 시민 배부용으로 보건소 문구를 인쇄한 휴대용 물티슈를 제작하려고 하는데 가능한 업체가 있을까요',
      want=['홍보물티슈'], alt=['물티슈']),
    N('ls03', 'long_sentence', V_JOBS,
      '하반기 일자리 박람회 참가 기업 부스 안내용으로 거치대 포함 X배너 20개 제작을 의뢰드리고자 합니다',
      want=['배너'], alt=['현수막', '포스터'], qty=20),
    N('ls04', 'long_sentence', V_REGEN,
      '다음 주 목요일 주민협의체 월례 회의(30명 내외) 때 드실 다과를 떡과 음료 위주로 준비해 주실 수 있는 곳을 찾습니다',
      want=['다과세트'], alt=['떡', '케이터링', '식혜'], qty=30),
    N('ls05', 'long_sentence', V_YMALL,
      '청년몰 개장 기념 행사 방문객에게 드릴 가게 로고 스티커를 원형으로 3000장 정도 인쇄하려고 합니다',
      want=['스티커'], qty=3000),
    N('ls06', 'long_sentence', V_KIDS,
      '여름방학 특별 프로그램으로 초등 저학년 대상 업사이클링 만들기 수업을 진행해 주실 강사님과 재료를 함께 구할 수 있을까요',
      want=['업사이클체험'], alt=['업사이클키트']),
    N('ls07', 'long_sentence', V_EDU,
      '2026년 3월부터 12개월간 관내 초등학교 3개교의 화장실과 교실 정기 청소를 맡아 주실 업체를 찾고 있습니다',
      want=['청소용역']),
    N('ls08', 'long_sentence', V_YOUTH,
      '7월 말 청소년 여름캠프(참가자 60명) 저녁 간식으로 제공할 수제 빵이나 쿠키를 납품받고 싶습니다',
      want=['빵', '쿠키'], alt=['쌀과자'], qty=60),
    N('ls09', 'long_sentence', V_YEOUI,
      '관내 홀몸 어르신 40가구에 매주 반찬을 배달해 드리는 사업을 추진하려고 하니 반찬을 정기적으로 만들어 배달해 주실 수 있는 곳을 알려 주세요',
      want=['반찬'], alt=['김치', '도시락'], qty=40),
    N('ls10', 'long_sentence', V_AGRI,
      '로컬푸드 홍보 행사에 오시는 도농교류 방문객 200명에게 지역 농산물 꾸러미를 선물로 드리고자 하니 견적 부탁드립니다',
      want=['농산물꾸러미'], alt=['잡곡', '과일'], qty=200),
    N('ls11', 'long_sentence', V_HEALTH,
      '다음 달 경로당 순회 건강교육 때 나눠 드릴 수 있도록 보건소 로고가 들어간 손수건을 150장 정도 제작하고 싶습니다',
      want=['손수건'], alt=['수건'], qty=150),

    # ---------------- category: 여러 품목에 걸친 넓은 수요 ----------------
    N('ca01', 'category', V_JOBS, '사무실에서 쓸 사무용품 일괄 구매', want=OFFICE),
    N('ca02', 'category', V_AGRI, '행사 홍보물 인쇄 업체', want=PROMO_PRINT, alt=['명함', '스티커', '책자']),
    N('ca03', 'category', V_EDU, '학교 청소용품, 위생용품', want=CLEAN_HYGIENE, alt=['청소용역']),
    N('ca04', 'category', V_KIDS, '유아 교구·완구류', want=KIDS_TOYS, alt=['만들기키트']),
    N('ca05', 'category', V_YEOUI, '명절 선물로 드릴 지역 먹거리', want=['식품선물'],
      alt=['한과', '꿀', '참기름', '들기름', '잡곡', '과일', '쌀', '조미김']),
    N('ca06', 'category', V_YOUTH, '행사 케이터링 음식', want=CATERING, alt=['떡', '빵', '쿠키', '샌드위치']),
    N('ca07', 'category', V_RIVER, '어린이 생태교육 체험 프로그램', want=['생태교육'],
      alt=['생태체험키트', '곤충호텔', '새집', 'EM흙공']),
    N('ca08', 'category', V_HEALTH, '플라스틱 줄이는 친환경 생활용품', want=ECO_LIVING, alt=['에코백', '텀블러']),
    N('ca09', 'category', V_REGEN, '마을 축제 공연팀 섭외', want=PERFORM, alt=['행사대행']),
    N('ca10', 'category', V_YEOUI, '주민자치 프로그램 강좌 강사', want=CLASSES, alt=['생태교육', '보드게임교육']),
    N('ca11', 'category', V_AGRI, '도시농업 텃밭 자재', want=GARDEN, alt=['빈화분']),

    # ---------------- location: 동 이름 + 가게 종류 ----------------
    N('lo01', 'location', V_EDU, '효자동 떡집', dong='효자동', shop='떡집'),
    N('lo02', 'location', V_REGEN, '서신동 꽃집', dong='서신동', shop='꽃집'),
    N('lo03', 'location', V_JOBS, '인후동 인쇄소', dong='인후동', shop='인쇄소'),
    N('lo04', 'location', V_YEOUI, '송천동 세탁소', dong='송천동', shop='세탁소'),
    N('lo05', 'location', V_YEOUI, '중화산동 반찬가게', dong='중화산동', shop='반찬가게'),
    N('lo06', 'location', V_KIDS, '풍남동 한지공방', dong='풍남동', shop='한지공방'),
    N('lo07', 'location', V_YOUTH, '삼천동 빵집', dong='삼천동', shop='빵집'),
    N('lo08', 'location', V_AGRI, '여의동 방앗간', dong='여의동', shop='방앗간'),
    N('lo09', 'location', V_HEALTH, '평화동 도시락집', dong='평화동', shop='도시락집'),
    N('lo10', 'location', V_YMALL, '금암동 카페', dong='금암동', shop='카페'),
    N('lo11', 'location', V_REGEN, '팔복동 목공방', dong='팔복동', shop='목공방'),

    # ---------------- multi_item: 한 수요에 품목 2~3개 ----------------
    N('mi01', 'multi_item', V_JOBS, '복사용지 및 볼펜',
      items=[('복사용지', ['복사용지'], ['중질지']), ('볼펜', ['볼펜'], [])]),
    N('mi02', 'multi_item', V_AGRI, '현수막이랑 X배너',
      items=[('현수막', ['현수막'], []), ('X배너', ['배너'], [])]),
    N('mi03', 'multi_item', V_EDU, '현장체험학습 도시락하고 생수',
      items=[('도시락', ['도시락'], []), ('생수', ['생수'], [])]),
    N('mi04', 'multi_item', V_RIVER, '목장갑, 집게, 마대',
      items=[('목장갑', ['목장갑', '코팅장갑'], ['고무장갑']), ('집게', ['집게'], []),
             ('마대', ['마대'], ['쓰레기봉투'])]),
    N('mi05', 'multi_item', V_HEALTH, '마스크 손소독제 물티슈',
      items=[('마스크', ['마스크'], []), ('손소독제', ['손소독제'], ['손세정제']),
             ('물티슈', ['물티슈', '홍보물티슈'], [])]),
    N('mi06', 'multi_item', V_KIDS, '크레파스와 도화지',
      items=[('크레파스', ['크레파스'], ['색연필']), ('도화지', ['도화지'], ['스케치북'])]),
    N('mi07', 'multi_item', V_YEOUI, '쌀 그리고 김장김치',
      items=[('쌀', ['쌀'], []), ('김장김치', ['김장김치'], ['김치'])]),
    N('mi08', 'multi_item', V_YMALL, '앞치마랑 쇼핑백, 로고 스티커',
      items=[('앞치마', ['앞치마'], []), ('쇼핑백', ['쇼핑백'], ['종이봉투']), ('로고 스티커', ['스티커'], [])]),
    N('mi09', 'multi_item', V_YOUTH, '캠프 단체티 및 모자',
      items=[('단체티', ['단체티'], []), ('모자', ['모자'], [])]),
    N('mi10', 'multi_item', V_REGEN, '마을텃밭 모종이랑 퇴비',
      items=[('모종', ['모종'], []), ('퇴비', ['퇴비'], ['상토'])]),
]

# location 수요: 가게 종류 -> 그 가게가 파는 품목 태그
SHOP_TAGS = {
    '떡집': ['떡', '떡케이크', '한과', '약과'],
    '꽃집': ['꽃다발', '꽃바구니', '화분', '화환', '다육식물'],
    '인쇄소': ['명함', '현수막', '배너', '전단지', '리플릿', '포스터', '스티커', '책자'],
    '세탁소': ['세탁서비스', '이불세탁'],
    '반찬가게': ['반찬', '김치', '김장김치', '동치미', '물김치', '백김치', '장아찌'],
    '한지공방': ['한지'],
    '빵집': ['빵', '쿠키', '케이크'],
    '방앗간': ['참기름', '들기름', '고춧가루', '미숫가루', '참깨'],
    '도시락집': ['도시락'],
    '카페': ['원두', '드립백', '커피케이터링', '더치커피'],
    '목공방': ['목공체험', '원목장난감', '원목교구', '원목소품', '도마'],
}

if __name__ == '__main__':
    from collections import Counter
    print(len(NEEDS), Counter(n['kind'] for n in NEEDS))
    print(Counter(n['voice'] for n in NEEDS))
    assert len({n['key'] for n in NEEDS}) == len(NEEDS)
