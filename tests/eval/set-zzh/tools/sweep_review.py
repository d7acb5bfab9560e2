# -*- coding: utf-8 -*-
"""스윕 검토 결과. 스윕 = 수요의 내용어가 제품명·규격·설명에 나오는데 라벨이 없는 제품.
하나씩 보고 결정함. OVERRIDES: 관련도를 바꾼 것, REVIEWED: 무관(0)으로 둔 것."""

OVERRIDES = {
    ("long_sentence-08", "ZZH0141"): (1, "손소독 물티슈도 물티슈 형태라 로고 없는 대체품으로 인정(ok=물티슈와 같은 취급)"),
    ("category-04", "ZZH0146"): (1, "고무장화는 숲 작업 보호구로 쓸 수 있어 대체품(1). 품목군(안전모·조끼·기피제·구급함·안전화)에는 없음"),
}

_R = """
exact-02 ZZH0259 배냇저고리 만들기 체험 수업이지 옷이 아님
exact-03 ZZH0137 빨래집게는 쓰레기 집게가 아님(함정)
exact-03 ZZH0153 마대는 쓰레기를 담는 자루, 집게 아님
exact-03 ZZH0160 쓰레기봉투는 집게 아님
exact-04 ZZH0166 야자매트 고정핀(부속품)만으로는 매트가 아님
exact-06 ZZH0213 꽃다발 만들기 수업(체험)이지 꽃다발 상품 아님
exact-09 ZZH0077 일반 원형 스티커 인쇄, 점자 없음
exact-09 ZZH0292 점자안내판은 판 제품이고 스티커 아님(대체 목록에 없음)
exact-09 ZZH0294 점자 명함은 스티커 아님
exact-09 ZZH0295 점자 그림책은 스티커 아님
exact-09 ZZH0301 야광 스티커, 점자 아님
hanyeong-09 ZZH0077 일반 원형 스티커 인쇄, 점자 없음
hanyeong-09 ZZH0292 점자안내판은 스티커 아님
hanyeong-09 ZZH0294 점자 명함은 스티커 아님
hanyeong-09 ZZH0295 점자 그림책은 스티커 아님
hanyeong-09 ZZH0301 야광 스티커, 점자 아님
choseong-09 ZZH0077 일반 원형 스티커 인쇄, 점자 없음
choseong-09 ZZH0292 점자안내판은 스티커 아님
choseong-09 ZZH0294 점자 명함은 스티커 아님
choseong-09 ZZH0295 점자 그림책은 스티커 아님
choseong-09 ZZH0301 야광 스티커, 점자 아님
quantity-09 ZZH0077 일반 원형 스티커 인쇄, 점자 없음
quantity-09 ZZH0292 점자안내판은 스티커 아님
quantity-09 ZZH0294 점자 명함은 스티커 아님
quantity-09 ZZH0295 점자 그림책은 스티커 아님
quantity-09 ZZH0301 야광 스티커, 점자 아님
exact-10 ZZH0064 생수 라벨 인쇄, 수료증 아님
exact-10 ZZH0070 명함 인쇄, 수료증 아님
exact-10 ZZH0073 리플릿 인쇄, 수료증 아님
exact-10 ZZH0074 포스터 인쇄, 수료증 아님
exact-10 ZZH0077 스티커 인쇄, 수료증 아님
exact-10 ZZH0082 봉투 인쇄, 수료증 아님
exact-10 ZZH0084 전단지 인쇄, 수료증 아님
exact-10 ZZH0087 교재 인쇄, 수료증 아님
exact-10 ZZH0109 명찰 속지 인쇄, 수료증 아님
exact-10 ZZH0110 부채 로고 인쇄, 수료증 아님
exact-10 ZZH0111 볼펜 로고 인쇄, 수료증 아님
exact-10 ZZH0114 에코백 로고 인쇄, 수료증 아님
exact-10 ZZH0139 물티슈 로고 인쇄, 수료증 아님
exact-10 ZZH0246 티셔츠 인쇄, 수료증 아님
exact-10 ZZH0252 에코백 인쇄, 수료증 아님
exact-10 ZZH0262 수건 인쇄, 수료증 아님
exact-10 ZZH0268 수영모 로고 인쇄, 수료증 아님
choseong-10 ZZH0064 생수 라벨 인쇄, 명함 아님
choseong-10 ZZH0073 리플릿 인쇄, 명함 아님
choseong-10 ZZH0074 포스터 인쇄, 명함 아님
choseong-10 ZZH0076 상장·수료증 인쇄, 명함 아님
choseong-10 ZZH0077 스티커 인쇄, 명함 아님
choseong-10 ZZH0082 봉투 인쇄, 명함 아님
choseong-10 ZZH0084 전단지 인쇄, 명함 아님
choseong-10 ZZH0085 임명장 인쇄, 명함 아님
choseong-10 ZZH0087 교재 인쇄, 명함 아님
choseong-10 ZZH0109 명찰 속지 인쇄, 명함 아님
choseong-10 ZZH0110 부채 로고 인쇄, 명함 아님
choseong-10 ZZH0111 볼펜 로고 인쇄, 명함 아님
choseong-10 ZZH0114 에코백 로고 인쇄, 명함 아님
choseong-10 ZZH0139 물티슈 로고 인쇄, 명함 아님
choseong-10 ZZH0238 명함지갑은 명함을 넣는 지갑이지 명함 인쇄 아님(함정)
choseong-10 ZZH0246 티셔츠 인쇄, 명함 아님
choseong-10 ZZH0252 에코백 인쇄, 명함 아님
choseong-10 ZZH0262 수건 인쇄, 명함 아님
choseong-10 ZZH0268 수영모 로고 인쇄, 명함 아님
typo-06 ZZH0119 '대형'은 마스크 크기, 타월 아님
typo-06 ZZH0160 대형 비닐봉투, 타월 아님
typo-06 ZZH0209 대형 꽃다발, 타월 아님
typo-06 ZZH0278 침구 세탁 서비스, 타월 아님
typo-06 ZZH0280 대형 세탁 서비스, 타월 아님
typo-06 ZZH0299 대형 매트, 타월 아님
typo-09 ZZH0153 마대는 집게 아님
typo-09 ZZH0160 쓰레기봉투는 집게 아님
hanyeong-01 ZZH0256 출산 선물세트(손수건 포함), 수건 구매 수요와 다름
hanyeong-01 ZZH0257 아기 거즈 손수건은 목욕·체육용 수건이 아님
hanyeong-01 ZZH0265 수건 케이크는 선물 포장 상품, 수건 구매로 보기 어려움(판단 갈림)
hanyeong-01 ZZH0277 수건 세탁 서비스이지 수건 아님
hanyeong-02 ZZH0189 마스크팩은 화장품(함정)
hanyeong-03 ZZH0213 꽃다발 만들기 수업, 꽃다발 상품 아님
hanyeong-04 ZZH0048 도시락 가방, 도시락(음식) 아님(함정)
hanyeong-05 ZZH0166 고정핀 부속품, 매트 아님
hanyeong-10 ZZH0253 에코백 만들기 체험 키트, 완성 에코백 제작 주문 아님
hanyeong-11 ZZH0230 한지 부채 완제품, 체험 아님
hanyeong-11 ZZH0231 한지 무드등 완제품, 체험 아님
hanyeong-11 ZZH0232 한지 책갈피 완제품, 체험 아님
spacing-01 ZZH0115 위생모, 장갑 아님
spacing-01 ZZH0125 위생복, 장갑 아님
spacing-01 ZZH0127 위생 두건, 장갑 아님
spacing-01 ZZH0136 설거지용 고무장갑, 식품위생용 위생장갑 아님
spacing-01 ZZH0144 작업용 목장갑, 위생장갑 아님
spacing-01 ZZH0145 작업용 목장갑, 위생장갑 아님
spacing-02 ZZH0250 장바구니(가방)는 꽃바구니 아님(함정)
spacing-02 ZZH0251 장바구니(가방)는 꽃바구니 아님(함정)
spacing-02 ZZH0254 장바구니(가방)는 꽃바구니 아님(함정)
spacing-04 ZZH0063 '사무실 비치용' 생수(함정)
spacing-05 ZZH0253 에코백 만들기 체험 키트, 완성 에코백 아님
spacing-07 ZZH0289 점자 스티커는 이 수요의 대체 목록(점자명판)에 없음, 안내판 아님
spacing-07 ZZH0290 점자 스티커는 안내판 아님
spacing-07 ZZH0294 점자 명함, 안내판 아님
spacing-07 ZZH0295 점자 그림책, 안내판 아님
spacing-08 ZZH0002 꿀설기(일반 떡), 떡케이크 아님
spacing-08 ZZH0006 떡 만들기 체험
spacing-08 ZZH0009 시루떡, 떡케이크 아님
spacing-08 ZZH0010 찰떡, 떡케이크 아님
spacing-08 ZZH0012 떡국떡, 떡케이크 아님
spacing-08 ZZH0013 가래떡, 떡케이크 아님
spacing-08 ZZH0047 간식 세트, 떡케이크 아님
spacing-08 ZZH0051 다과 세트, 떡케이크 아님
spacing-08 ZZH0106 떡메모지는 문구(함정)
spacing-08 ZZH0265 수건 케이크는 수건 선물(함정)
spacing-10 ZZH0136 고무장갑, 장화 아님
spacing-10 ZZH0198 고무 문풍지, 장화 아님
spacing-11 ZZH0248 단체 조끼, 티셔츠 아님
spacing-11 ZZH0268 단체 주문 수영모, 티셔츠 아님
choseong-01 ZZH0250 폐현수막 재활용 장바구니, 현수막 제작 아님(함정)
choseong-04 ZZH0166 고정핀 부속품, 매트 아님
choseong-06 ZZH0048 도시락 가방, 도시락 아님(함정)
choseong-11 ZZH0005 떡케이크는 백설기 대체로 보지 않음(대체 목록은 일반 떡)
choseong-11 ZZH0006 떡 만들기 체험
choseong-11 ZZH0011 떡케이크는 백설기 대체로 보지 않음
choseong-11 ZZH0012 떡국떡은 요리용, 답례·간식 떡 대체 아님
choseong-11 ZZH0013 가래떡은 요리용, 간식 떡 대체 아님(판단 갈림)
choseong-11 ZZH0047 떡이 일부 든 간식 세트, 백설기 아님
choseong-11 ZZH0051 미니 떡이 든 다과 상차림, 백설기 아님
choseong-11 ZZH0106 떡메모지는 문구(함정)
quantity-01 ZZH0022 샌드위치 박스, 복사용지 아님
quantity-01 ZZH0099 유성 마커, 복사용지 아님
quantity-02 ZZH0186 실리콘 팔찌, 수영모 아님
quantity-02 ZZH0270 실리콘 패킹 수경, 수영모 아님
quantity-03 ZZH0022 샌드위치 박스, 장갑 아님
quantity-03 ZZH0099 유성 마커, 장갑 아님
quantity-03 ZZH0136 주방 고무장갑, 니트릴 위생장갑 아님
quantity-03 ZZH0144 NBR 코팅 작업 목장갑, 위생장갑 아님(판단 갈림: NBR=니트릴 코팅)
quantity-03 ZZH0145 면 목장갑, 위생장갑 아님
quantity-04 ZZH0250 폐현수막 재활용 장바구니(함정)
quantity-06 ZZH0166 고정핀 부속품, 매트 아님
quantity-07 ZZH0150 LED 손전등, 전구 아님
quantity-08 ZZH0253 에코백 만들기 체험 키트, 완성 에코백 아님
quantity-10 ZZH0110 PP 부채, 마대 아님
quantity-10 ZZH0137 PP 빨래집게, 마대 아님
quantity-10 ZZH0138 마대걸레(대걸레)는 청소도구(함정)
quantity-10 ZZH0156 PP 양동이, 마대 아님
quantity-11 ZZH0022 샌드위치 박스, 생수 아님
quantity-11 ZZH0099 유성 마커, 생수 아님
long_sentence-01 ZZH0115 일회용 위생모, 마스크 아님
long_sentence-01 ZZH0117 일회용 비닐장갑, 마스크 아님
long_sentence-01 ZZH0149 일회용 밴드, 마스크 아님
long_sentence-02 ZZH0019 쿠키 선물세트, 농산물 위주 명절 선물 아님
long_sentence-02 ZZH0256 출산 선물세트
long_sentence-02 ZZH0265 수건 선물세트
long_sentence-03 ZZH0158 EM 흙공, 장갑 아님
long_sentence-03 ZZH0160 쓰레기봉투, 장갑 아님
long_sentence-03 ZZH0162 흙공 체험, 장갑 아님
long_sentence-03 ZZH0181 공기정화 화분('정화'만 겹침)
long_sentence-03 ZZH0212 공기정화 화분('정화'만 겹침)
long_sentence-04 ZZH0167 수목 표찰, 새집 아님
long_sentence-04 ZZH0170 원목 벤치, 새집 아님
long_sentence-04 ZZH0174 원목 장난감, 새집 아님
long_sentence-04 ZZH0176 원목 의자, 새집 아님
long_sentence-04 ZZH0178 나무 이름표, 새집 아님
long_sentence-04 ZZH0180 묘목, 새집 아님
long_sentence-04 ZZH0230 한지 부채(대나무 살), 새집 아님
long_sentence-05 ZZH0308 택배 완충용 에어캡, 창문 단열용 아님(이 수요는 '단열 에어캡'이라 명시)
long_sentence-06 ZZH0048 도시락 가방, 도시락 아님(함정)
long_sentence-07 ZZH0130 바닥 살균용 표백제, 매트 아님
long_sentence-07 ZZH0144 미끄럼 방지 코팅 장갑, 매트 아님
long_sentence-07 ZZH0164 야자매트(숲길용), 욕실·통로 미끄럼 방지 매트 아님
long_sentence-07 ZZH0165 야자매트(숲길용), 미끄럼 방지 매트 아님
long_sentence-07 ZZH0166 야자매트 고정핀
long_sentence-07 ZZH0260 손톱 긁힘 방지 손싸개
long_sentence-07 ZZH0269 김서림 방지 수경
long_sentence-07 ZZH0272 논슬립 슬리퍼는 신발, 매트 아님(판단 갈림)
long_sentence-07 ZZH0274 요가 매트는 운동용, 물기 있는 바닥 미끄럼 방지용 아님
long_sentence-07 ZZH0287 샤워실 청소 서비스, 매트 아님
long_sentence-08 ZZH0114 홍보용 에코백, 물티슈 아님
long_sentence-09 ZZH0294 점자 명함, 안내판 아님
long_sentence-09 ZZH0295 점자 그림책, 안내판 아님
category-02 ZZH0019 쿠키 선물세트, 출산 선물 아님
category-02 ZZH0055 명절 한과 선물세트, 출산 선물 아님
category-02 ZZH0059 잡곡 선물세트, 출산 선물 아님
category-02 ZZH0067 오미자청 선물세트, 출산 선물 아님
category-02 ZZH0216 과일 꽃바구니, 출산 선물로 쓸 수 있으나 유아용품 아님(판단 갈림)
category-02 ZZH0265 수건 케이크 선물세트, 돌·개업 답례품(판단 갈림)
category-03 ZZH0162 흙공 만들기 체험(교육 서비스), 물품 아님
category-04 ZZH0169 풀베기 대행 서비스, 안전용품 아님
category-04 ZZH0177 작업용 테이블, 안전용품 아님
category-09 ZZH0144 미끄럼 방지 코팅 장갑, 낙상 방지 용품 아님
category-09 ZZH0260 손톱 긁힘 방지 손싸개
category-09 ZZH0269 김서림 방지 수경
location-06 ZZH0124 '카페 유니폼용' 앞치마를 만드는 봉제공장, 카페 아님
multi_item-02 ZZH0258 아기 이불, 손수건·배냇저고리 아님
multi_item-02 ZZH0259 배냇저고리 만들기 체험 수업
multi_item-03 ZZH0137 빨래집게(함정)
multi_item-03 ZZH0138 마대걸레(함정)
multi_item-06 ZZH0213 꽃다발 만들기 수업
multi_item-06 ZZH0250 폐현수막 재활용 장바구니(함정)
multi_item-07 ZZH0183 수경재배 키트(함정)
multi_item-11 ZZH0189 마스크팩은 화장품(함정)
"""
REVIEWED = {}
for _line in _R.strip().splitlines():
    _k, _c, _why = _line.split(" ", 2)
    REVIEWED[(_k, _c)] = _why
