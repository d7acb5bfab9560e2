# -*- coding: utf-8 -*-
"""120개 매칭 가능 수요 (카탈로그를 만들기 전에 먼저 작성).

각 수요:
  kind   : exact / synonym / typo / hanyeong / spacing / choseong / quantity /
           long_sentence / category / location / multi_item
  voice  : 검색창에 입력한 기관 담당자
  text   : 검색창 입력 그대로 (카탈로그 작성 후에는 수정하지 않음)
  want   : 담당자가 실제로 원하는 품목 태그 (관련도 2)
  ok     : 받아들일 만한 대체 품목 태그 (관련도 1)
  cond   : 조건. max_price / min_price (단가, 원), attrs (규격 속성 모두 충족),
           min_num {속성: 최소값}. 조건을 못 맞춘 want 품목은 관련도 1.
  qty, budget : queries.csv 의 수량 / 예산 (정수 또는 None)
  variant: synonym/typo 에서 카탈로그에 절대 나오면 안 되는 낱말
  intended: hanyeong/choseong 에서 의도한 한글
  loc    : location 수요의 (동, 가게 종류)
  items  : multi_item 의 [(수요에 적힌 품목, want, ok), ...]
"""

V_VOL = "전주시 자원봉사센터"
V_PPS = "전북지방조달청"
V_HRD = "전북특별자치도 인재개발원"
V_MUS = "국립전주박물관"
V_YTH = "전주시 청소년수련관"
V_SEC = "전주시 사회적경제지원센터"
V_ARB = "한국도로공사 전주수목원"
V_PRO = "전주지방검찰청"
V_DJG = "덕진구청 민원지적과"
V_FOOD = "전주시 푸드통합지원센터"


def N(kind, voice, text, want=(), ok=(), cond=None, qty=None, budget=None,
      variant=(), intended=None, loc=None, items=None):
    return dict(kind=kind, voice=voice, text=text, want=list(want), ok=list(ok),
                cond=cond or {}, qty=qty, budget=budget, variant=list(variant),
                intended=intended, loc=loc, items=items)


NEEDS = [
    # ---------------- exact (11) ----------------
    N("exact", V_PPS, "복사용지", want=["복사용지"]),
    N("exact", V_SEC, "명함 제작", want=["명함"]),
    N("exact", V_YTH, "현수막", want=["현수막"]),
    N("exact", V_HRD, "도시락", want=["도시락"], ok=["김밥"]),
    N("exact", V_DJG, "화분", want=["실내화분"], ok=["축하난"]),
    N("exact", V_MUS, "에코백", want=["에코백"], ok=["장바구니"]),
    N("exact", V_VOL, "떡 주문", want=["떡"], ok=["떡케이크"]),
    N("exact", V_PRO, "건물 청소용역", want=["건물청소"], ok=["특수청소"]),
    N("exact", V_DJG, "손소독제", want=["손소독제"]),
    N("exact", V_FOOD, "잡곡", want=["잡곡"], ok=["쌀"]),
    N("exact", V_HRD, "상패", want=["상패"], ok=["트로피", "메달"]),

    # ---------------- synonym (11) ----------------
    N("synonym", V_PPS, "호치키스", want=["스테이플러"], ok=["스테이플러심"], variant=["호치키스"]),
    N("synonym", V_PRO, "스카치테이프", want=["투명테이프"], ok=["박스테이프"], variant=["스카치테이프", "스카치"]),
    N("synonym", V_MUS, "뽁뽁이 포장재", want=["에어캡"], ok=["완충재"], variant=["뽁뽁이"]),
    N("synonym", V_PPS, "포스트잇", want=["점착메모지"], variant=["포스트잇"]),
    N("synonym", V_SEC, "행사 찌라시", want=["전단지"], ok=["리플릿", "포스터"], variant=["찌라시"]),
    N("synonym", V_YTH, "생활관 쓰레빠", want=["슬리퍼"], variant=["쓰레빠"]),
    N("synonym", V_VOL, "대일밴드", want=["반창고"], ok=["구급함"], variant=["대일밴드"]),
    N("synonym", V_DJG, "민원실 크리넥스", want=["미용티슈"], ok=["두루마리화장지"], variant=["크리넥스"]),
    N("synonym", V_FOOD, "락앤락 통", want=["밀폐용기"], ok=["다회용기"], variant=["락앤락"]),
    N("synonym", V_YTH, "캠프 츄리닝", want=["트레이닝복"], ok=["단체티"], variant=["츄리닝"]),
    N("synonym", V_VOL, "김장 다라이", want=["대야"], variant=["다라이"]),

    # ---------------- typo (11) ----------------
    N("typo", V_ARB, "플랭카드 제작", want=["현수막"], variant=["플랭카드"]),
    N("typo", V_MUS, "전통 악세사리", want=["액세서리"], ok=["기념품"], variant=["악세사리"]),
    N("typo", V_YTH, "생일 케익", want=["케이크"], ok=["떡케이크"], variant=["케익"]),
    N("typo", V_DJG, "팜플렛 인쇄", want=["리플릿"], ok=["책자인쇄", "전단지"], variant=["팜플렛"]),
    N("typo", V_FOOD, "설겆이 세제", want=["주방세제"], ok=["친환경세제"], variant=["설겆이"]),
    N("typo", V_HRD, "화이트보드 마카", want=["보드마커"], variant=["마카"]),
    N("typo", V_YTH, "떡볶기 간식", want=["떡볶이"], variant=["떡볶기"]),
    N("typo", V_HRD, "사과쥬스", want=["사과주스"], ok=["주스"], variant=["쥬스"]),
    N("typo", V_VOL, "레크레이션 강사", want=["레크리에이션"], variant=["레크레이션"]),
    N("typo", V_VOL, "수제 쵸콜렛", want=["초콜릿"], variant=["쵸콜렛", "쵸콜릿"]),
    N("typo", V_MUS, "전시 카다로그 인쇄", want=["도록인쇄"], ok=["책자인쇄"], variant=["카다로그"]),

    # ---------------- hanyeong (11: 8 whole + 3 mixed) ----------------
    N("hanyeong", V_SEC, "audgka wpwkr", want=["명함"], intended="명함 제작"),
    N("hanyeong", V_PPS, "qhrtkdydwl", want=["복사용지"], intended="복사용지"),
    N("hanyeong", V_VOL, "gustnakr", want=["현수막"], intended="현수막"),
    N("hanyeong", V_HRD, "ehtlfkr", want=["도시락"], ok=["김밥"], intended="도시락"),
    N("hanyeong", V_DJG, "cnrgkghkghks", want=["축하화환"], ok=["축하난"], intended="축하화환"),
    N("hanyeong", V_PRO, "qkddurthehr", want=["방역소독"], intended="방역소독"),
    N("hanyeong", V_YTH, "ekscpxltucm", want=["단체티"], ok=["트레이닝복"], intended="단체티셔츠"),
    N("hanyeong", V_MUS, "rlsuavna", want=["기념품"], intended="기념품"),
    N("hanyeong", V_DJG, "민원실 ghkqns", want=["실내화분"], ok=["축하난"], intended="민원실 화분"),
    N("hanyeong", V_FOOD, "dkdltmvor 구입", want=["아이스팩"], intended="아이스팩 구입"),
    N("hanyeong", V_SEC, "친환경 tjsanftpxm", want=["선물세트"], intended="친환경 선물세트"),

    # ---------------- spacing (11) ----------------
    N("spacing", V_YTH, "단체티셔츠", want=["단체티"], ok=["트레이닝복"]),
    N("spacing", V_HRD, "목걸이명찰", want=["목걸이명찰"], ok=["명찰"]),
    N("spacing", V_SEC, "공정무역커피", want=["공정무역커피"], ok=["원두커피"]),
    N("spacing", V_DJG, "실내화분", want=["실내화분"], ok=["축하난"]),
    N("spacing", V_HRD, "출장 뷔페", want=["출장뷔페"], ok=["케이터링"]),
    N("spacing", V_YTH, "보드 게임", want=["보드게임"]),
    N("spacing", V_ARB, "수목 표찰", want=["수목표찰"], ok=["나무팻말"]),
    N("spacing", V_MUS, "종이 쇼핑 백", want=["종이쇼핑백"]),
    N("spacing", V_SEC, "친환경세제", want=["친환경세제"], ok=["주방세제", "세탁세제"]),
    N("spacing", V_VOL, "떡 케이크", want=["떡케이크"], ok=["케이크"]),
    N("spacing", V_YTH, "천연비누만들기키트", want=["비누만들기키트"], ok=["체험키트"]),

    # ---------------- choseong (11) ----------------
    N("choseong", V_PPS, "ㅂㅅㅇㅈ", want=["복사용지"], intended="복사용지"),
    N("choseong", V_PPS, "ㅎㅅㅁ", want=["현수막"], intended="현수막"),
    N("choseong", V_HRD, "ㄷㅅㄹ", want=["도시락"], ok=["김밥"], intended="도시락"),
    N("choseong", V_PRO, "ㅁㅎ 제작", want=["명함"], intended="명함 제작"),
    N("choseong", V_HRD, "ㅅㅍ 제작", want=["상패"], ok=["트로피", "메달"], intended="상패 제작"),
    N("choseong", V_PPS, "축하 ㅎㅎ", want=["축하화환"], ok=["축하난"], intended="축하 화환"),
    N("choseong", V_SEC, "ㅅㅁㅅㅌ", want=["선물세트"], intended="선물세트"),
    N("choseong", V_YTH, "ㄷㅊㅌ", want=["단체티"], ok=["트레이닝복"], intended="단체티"),
    N("choseong", V_ARB, "ㅇㅋㅂ", want=["에코백"], ok=["장바구니"], intended="에코백"),
    N("choseong", V_PRO, "ㅂㅇㅅㄷ", want=["방역소독"], intended="방역소독"),
    N("choseong", V_FOOD, "포기 ㄱㅊ", want=["포기김치"], ok=["김치"], intended="포기 김치"),

    # ---------------- quantity (11) ----------------
    N("quantity", V_PPS, "A4 복사용지 80g 10박스", want=["복사용지"], cond={"attrs": ["A4", "80g"]}, qty=10),
    N("quantity", V_SEC, "개당 3,000원 이하 로고 인쇄 볼펜 500개", want=["판촉볼펜"], ok=["볼펜"],
      cond={"max_price": 3000}, qty=500),
    N("quantity", V_ARB, "현수막 5m×90cm 2개", want=["현수막"], qty=2),
    N("quantity", V_HRD, "1인 1만원 이하 도시락 50인분", want=["도시락"], ok=["김밥"],
      cond={"max_price": 10000}, qty=50, budget=500000),
    N("quantity", V_PRO, "HP CF283A 호환 재생토너 5개", want=["재생토너"], cond={"attrs": ["CF283A"]}, qty=5),
    N("quantity", V_FOOD, "쌀 20kg 30포", want=["쌀"], cond={"attrs": ["20kg"]}, qty=30),
    N("quantity", V_YTH, "반팔 단체티 120벌 장당 1만원 이하", want=["단체티"], cond={"max_price": 10000}, qty=120),
    N("quantity", V_DJG, "명함 200매 2통", want=["명함"], qty=2),
    N("quantity", V_SEC, "축하화환 10만원 이하", want=["축하화환"], ok=["축하난"], cond={"max_price": 100000}, qty=1,
      budget=100000),
    N("quantity", V_SEC, "3만원대 명절 선물세트 100세트", want=["선물세트"],
      cond={"min_price": 30000, "max_price": 39999}, qty=100),
    N("quantity", V_DJG, "손소독제 500ml 이상 20개", want=["손소독제"], cond={"min_num": {"ml": 500}}, qty=20),

    # ---------------- long_sentence (11) ----------------
    N("long_sentence", V_HRD,
      "다음 달 3일부터 5일까지 본원 생활관에서 신규공무원 합숙교육이 진행됩니다. 교육이 끝난 뒤 교육생 숙소 이불과 베개커버를 "
      "한꺼번에 세탁해 줄 수 있는 업체를 찾고 있습니다.", want=["침구세탁"], ok=["세탁"]),
    N("long_sentence", V_MUS,
      "어린이박물관 여름방학 특별 프로그램(7.22.~8.16.)에서 초등학생 참가자들이 직접 만들어 볼 수 있는 전통 한지 공예 "
      "체험 키트를 구매하려고 합니다. 약 300세트 필요합니다.", want=["한지체험키트"], ok=["체험키트"], qty=300),
    N("long_sentence", V_VOL,
      "12월 사랑의 김장나눔 행사(전주월드컵경기장 광장)에 참여하는 자원봉사자 200명이 착용할 방수 앞치마를 미리 준비하고자 하니 "
      "단체 구매 가능한 곳을 추천해 주세요.", want=["방수앞치마"], ok=["앞치마"], qty=200),
    N("long_sentence", V_PRO,
      "청사 내 보존기간이 지난 기록물 약 2톤을 보안이 유지되는 방식으로 파쇄 처리해야 합니다. 파쇄 과정 참관과 파쇄 확인서 "
      "발급이 가능한 업체였으면 합니다.", want=["문서파쇄"], cond={"attrs": ["현장참관"]}),
    N("long_sentence", V_PPS,
      "하반기 공공구매 설명회(10월 16일, 전북지방조달청 2층 회의실) 참석자 80명에게 제공할 다과를 준비해 주실 "
      "사회적기업을 찾습니다.", want=["다과세트"], ok=["떡", "쿠키", "한과"], qty=80),
    N("long_sentence", V_YTH,
      "청소년 진로체험 주간(9월)에 중학생을 대상으로 코딩이나 3D프린팅을 체험할 수 있는 출강 교육 프로그램을 운영해 줄 "
      "업체가 있을까요?", want=["코딩교육", "3D프린팅교육"], ok=["진로체험교육"]),
    N("long_sentence", V_SEC,
      "사회적경제 한마당 행사(9월 20일, 전주 한옥마을 일원) 홍보를 위해 행사 당일 현장 스케치 영상과 사진 촬영을 "
      "해 주실 업체를 구합니다.", want=["영상촬영", "사진촬영"], ok=["영상제작"]),
    N("long_sentence", V_ARB,
      "수목원 내 어린이 정원 조성 구역에 심을 수국과 화살나무 묘목을 구입하고자 합니다. 봄철 식재 시기(3월 중순) 이전에 "
      "납품이 가능해야 합니다.", want=["관목묘목"], ok=["묘목"]),
    N("long_sentence", V_DJG,
      "지적재조사 사업 주민설명회(6월 12일, 덕진구청 2층 대회의실)에서 배부할 안내 책자 300부를 인쇄하려 합니다. "
      "A4 크기 20쪽 내외 컬러 인쇄입니다.", want=["책자인쇄"], ok=["리플릿"], qty=300),
    N("long_sentence", V_FOOD,
      "관내 어린이집 공공급식에 납품할 무농약 이상 친환경 인증 채소류를 정기적으로 공급받을 수 있는 생산자 단체를 "
      "찾고 있습니다.", want=["친환경채소"], ok=["채소"]),
    N("long_sentence", V_MUS,
      "특별전 개막식(11월) 때 내빈께 드릴 기념품으로 전주 합죽선을 구매하려 합니다. 오동나무 상자 포장 포함해서 "
      "30점 정도입니다.", want=["합죽선"], ok=["부채"], qty=30),

    # ---------------- category (11) ----------------
    N("category", V_PPS, "사무실에서 쓸 사무용품 전반", want=["사무용품"]),
    N("category", V_YTH, "청소년 만들기 체험 재료", want=["체험키트"]),
    N("category", V_SEC, "명절에 보낼 지역 먹거리 선물", want=["식품선물세트"], ok=["한과", "장류", "꿀", "잡곡", "전통주"]),
    N("category", V_PRO, "청사 위생관리 용역", want=["건물청소", "방역소독", "저수조청소", "에어컨청소"], ok=["특수청소"]),
    N("category", V_MUS, "뮤지엄숍에 들일 전주 전통공예품", want=["전통공예품"], ok=["기념품"]),
    N("category", V_FOOD, "전통 장류", want=["장류"]),
    N("category", V_HRD, "교육생 간식거리", want=["간식"], ok=["음료"]),
    N("category", V_ARB, "정원 관리에 쓰는 원예 자재", want=["원예자재"]),
    N("category", V_VOL, "봉사활동 나갈 때 챙길 안전용품", want=["안전용품"]),
    N("category", V_DJG, "주민설명회 홍보물 제작", want=["홍보물"], ok=["책자인쇄"]),
    N("category", V_SEC, "플라스틱 줄이는 친환경 생활용품", want=["제로웨이스트"], ok=["친환경세제", "에코백", "장바구니"]),

    # ---------------- location (11) ----------------
    N("location", V_VOL, "효자동 떡집", loc=("효자동", "떡집")),
    N("location", V_SEC, "서신동 꽃집", loc=("서신동", "꽃집")),
    N("location", V_HRD, "송천동 인쇄소", loc=("송천동", "인쇄소")),
    N("location", V_HRD, "인후동 세탁소", loc=("인후동", "세탁소")),
    N("location", V_MUS, "풍남동 공방", loc=("풍남동", "공방")),
    N("location", V_FOOD, "삼천동 반찬가게", loc=("삼천동", "반찬가게")),
    N("location", V_YTH, "중화산동 빵집", loc=("중화산동", "빵집")),
    N("location", V_FOOD, "평화동 방앗간", loc=("평화동", "방앗간")),
    N("location", V_SEC, "금암동 카페", loc=("금암동", "카페")),
    N("location", V_ARB, "팔복동 목공소", loc=("팔복동", "목공소")),
    N("location", V_PRO, "덕진동 도시락집", loc=("덕진동", "도시락집")),

    # ---------------- multi_item (10) ----------------
    N("multi_item", V_PPS, "복사용지 및 토너",
      items=[("복사용지", ["복사용지"], []), ("토너", ["재생토너"], [])]),
    N("multi_item", V_YTH, "현수막이랑 X배너",
      items=[("현수막", ["현수막"], []), ("X배너", ["X배너"], ["롤업배너"])]),
    N("multi_item", V_VOL, "도시락하고 생수",
      items=[("도시락", ["도시락"], ["김밥"]), ("생수", ["생수"], [])]),
    N("multi_item", V_PRO, "명함, 서류봉투",
      items=[("명함", ["명함"], []), ("서류봉투", ["서류봉투"], [])]),
    N("multi_item", V_VOL, "떡 과일 음료",
      items=[("떡", ["떡"], ["떡케이크"]), ("과일", ["과일"], []), ("음료", ["음료"], ["생수"])]),
    N("multi_item", V_PRO, "방역 소독 및 저수조 청소",
      items=[("방역 소독", ["방역소독"], []), ("저수조 청소", ["저수조청소"], [])]),
    N("multi_item", V_MUS, "에코백이랑 텀블러",
      items=[("에코백", ["에코백"], ["장바구니"]), ("텀블러", ["텀블러"], ["머그컵"])]),
    N("multi_item", V_ARB, "퇴비, 상토 그리고 모종삽",
      items=[("퇴비", ["퇴비"], []), ("상토", ["상토"], []), ("모종삽", ["모종삽"], [])]),
    N("multi_item", V_FOOD, "김치하고 반찬류",
      items=[("김치", ["김치"], []), ("반찬류", ["반찬"], [])]),
    N("multi_item", V_HRD, "수료증 용지와 상장 케이스",
      items=[("수료증 용지", ["상장용지"], []), ("상장 케이스", ["상장케이스"], [])]),
]

assert len(NEEDS) == 120, len(NEEDS)


# =====================================================================
# 아래 no_match 30개는 카탈로그(catalog_data.py)를 만든 뒤에 추가했다.
# (기관, 입력, 난이도, 겹치는 말, 해당 없음 이유)
# =====================================================================
NO_MATCH = [
    # ---- hard (20): 카탈로그와 낱말·주제가 겹치지만 그런 제품/서비스는 없음
    (V_PPS, "복사기 임대", "hard", "복사",
     "복사용지만 있고 복사기(기계) 임대 업체는 없음"),
    (V_PRO, "문서 파쇄기 구매", "hard", "문서, 파쇄기",
     "문서 파쇄 '용역'만 있고 파쇄기 장비 판매는 없음 (출장 파쇄 설명에 '파쇄기'가 나옴)"),
    (V_FOOD, "업소용 식기세척기", "hard", "식기, 세척",
     "주방 세제(식기 세척용)만 있고 세척 기계는 없음"),
    (V_DJG, "민원실 에어컨 설치", "hard", "에어컨",
     "에어컨 분해 청소만 있고 냉난방기 설치 공사는 없음"),
    (V_YTH, "수련회 단체 버스 대절", "hard", "단체",
     "단체 티셔츠·단체주문은 있으나 차량 운송(전세버스)은 없음"),
    (V_FOOD, "도시락 배송용 냉장 탑차 임차", "hard", "도시락, 배송",
     "도시락·배송 서비스는 있으나 차량 임차는 없음"),
    (V_VOL, "떡메치기 체험 도구 대여", "hard", "떡, 체험",
     "떡·체험키트는 있으나 체험 도구 대여(렌털)는 없음"),
    (V_ARB, "정원 조경 설계 용역", "hard", "정원, 조경, 용역",
     "정원 조경 '관리' 용역만 있고 설계(면허 업종)는 없음"),
    (V_ARB, "나무병원 수목 진료", "hard", "수목",
     "수목표찰·묘목은 있으나 나무의사 진료(면허 업종)는 없음"),
    (V_PRO, "청사 전기 안전점검", "hard", "안전",
     "안전용품·안전교육은 있으나 전기안전관리(면허 업종)는 없음"),
    (V_PPS, "레이저 프린터 수리", "hard", "레이저, 프린터",
     "재생토너는 있으나 프린터 수리는 없음"),
    (V_YTH, "3D프린터 장비 구입", "hard", "3D프린팅",
     "3D프린팅 교육만 있고 3D프린터 기기 판매는 없음"),
    (V_SEC, "촬영용 드론 구매", "hard", "드론, 촬영",
     "드론 항공 촬영 서비스만 있고 드론 기체 판매는 없음"),
    (V_HRD, "생활관 세탁기 수리", "hard", "세탁, 생활관",
     "세탁 서비스만 있고 세탁기 수리는 없음"),
    (V_FOOD, "김치냉장고 구입", "hard", "김치",
     "김치는 있으나 가전(김치냉장고)은 없음"),
    (V_SEC, "커피머신 렌탈", "hard", "커피",
     "원두·드립백·커피 케이터링은 있으나 커피머신 임대는 없음"),
    (V_MUS, "야외무대 음향장비 대여", "hard", "공연, 행사, 무대",
     "공연·행사 대행은 있으나 음향장비 렌털은 없음"),
    (V_DJG, "청사 옥상 방수 공사", "hard", "방수",
     "방수 앞치마·방수 반창고만 있고 방수 공사(건설)는 없음"),
    (V_SEC, "수분 마스크팩", "hard", "마스크",
     "보건용 마스크만 있고 화장품 마스크팩은 없음"),
    (V_YTH, "청소년 스노보드 강습", "hard", "보드, 청소년, 교육",
     "보드게임·보드마커는 있으나 스노보드 강습(다른 활동)은 없음"),
    # ---- easy (10): 카탈로그와 무관
    (V_PPS, "업무용 노트북 구매", "easy", "", "전산 장비 없음"),
    (V_ARB, "굴착기 임대", "easy", "", "중장비 없음"),
    (V_HRD, "해외 연수 항공권 발권", "easy", "", "여행·항공 없음"),
    (V_SEC, "골프공", "easy", "", "스포츠 용품 없음"),
    (V_PRO, "관용차 타이어 교체", "easy", "", "차량 정비 없음"),
    (V_DJG, "민원실 CCTV 설치", "easy", "", "보안 설비 없음"),
    (V_ARB, "전기차 충전기 설치", "easy", "", "충전 설비 없음"),
    (V_YTH, "강당 피아노 조율", "easy", "", "악기 조율 없음"),
    (V_SEC, "법률 자문 용역", "easy", "", "법률 서비스 없음"),
    (V_MUS, "반려견 미용", "easy", "", "반려동물 서비스 없음"),
]
assert len(NO_MATCH) == 30
