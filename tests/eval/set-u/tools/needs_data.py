# -*- coding: utf-8 -*-
"""단계 1: 매칭 가능한 수요 120건 (카탈로그를 만들기 전에 작성).

각 수요는 전주 지역 기관 담당자가 검색창에 실제로 칠 법한 문장이다.
필드
  key    : 내부 고유키 (셔플 후 U-Q### 번호를 따로 붙인다)
  kind   : 유형
  org    : 말하는 사람(기관)
  text   : 검색창에 입력한 그대로의 수요 문장 (카탈로그 작성 후 수정 금지)
  want   : 담당자가 실제로 원하는 품목 태그 (조건 충족 시 관련도 2)
  ok     : 받아들일 만한 대체 품목 태그 (관련도 1)
  cond   : 조건 - max_price(단가 상한), spec_all(규격에 모두 포함돼야 할 문자열)
           조건을 못 맞춘 want 품목은 관련도 1
  qty/budget : queries.csv 의 수량/예산 열
  word   : synonym/typo 에서 카탈로그에 절대 나오면 안 되는 말
  intended : hanyeong/choseong 에서 의도한 한글
  shop/dong: location 에서 가게 종류 태그와 동 이름
  items  : multi_item 에서 (품목 표기, want, ok, cond)
"""

NEEDS = [
    # ------------------------------------------------------------------ exact (11)
    dict(key="X01", kind="exact", org="덕진구청 총무과", text="복사용지",
         want=["복사용지"], ok=[]),
    dict(key="X02", kind="exact", org="완산구청 총무과", text="명함 제작",
         want=["명함"], ok=[]),
    dict(key="X03", kind="exact", org="전주시설공단 승화원(화장장)", text="근조화환",
         want=["근조화환"], ok=["근조바구니"]),
    dict(key="X04", kind="exact", org="전주교육지원청", text="현수막",
         want=["현수막"], ok=[]),
    dict(key="X05", kind="exact", org="전주시립도서관", text="에코백",
         want=["에코백"], ok=["업사이클가방", "장바구니"]),
    dict(key="X06", kind="exact", org="노인복지관", text="도시락",
         want=["도시락"], ok=["김밥", "주먹밥"]),
    dict(key="X07", kind="exact", org="지역아동센터 연합회", text="방역 소독",
         want=["방역"], ok=[]),
    dict(key="X08", kind="exact", org="국립무형유산원", text="한지",
         want=["한지"], ok=[]),
    dict(key="X09", kind="exact", org="장애인종합복지관", text="손소독제",
         want=["손소독제"], ok=[]),
    dict(key="X10", kind="exact", org="전주소방서", text="단체티",
         want=["단체티"], ok=[]),
    dict(key="X11", kind="exact", org="전북지방우정청", text="커피 원두",
         want=["원두"], ok=["드립백"]),

    # ------------------------------------------------------------------ synonym (11)
    dict(key="S01", kind="synonym", org="완산구청 총무과", text="호치키스", word="호치키스",
         want=["스테이플러"], ok=["스테이플러심"]),          # 상표의 일반명사화
    dict(key="S02", kind="synonym", org="전북지방우정청(우체국)", text="뽁뽁이", word="뽁뽁이",
         want=["에어캡"], ok=[]),                          # 속어
    dict(key="S03", kind="synonym", org="전주시립도서관", text="포스트잇", word="포스트잇",
         want=["점착메모"], ok=[]),                        # 상표의 일반명사화
    dict(key="S04", kind="synonym", org="한옥마을 관광안내소", text="찌라시 인쇄", word="찌라시",
         want=["전단지"], ok=["리플릿", "포스터"]),         # 일본어 투
    dict(key="S05", kind="synonym", org="노인복지관", text="쓰레빠", word="쓰레빠",
         want=["실내화"], ok=[]),                          # 일본어 투(슬리퍼)
    dict(key="S06", kind="synonym", org="지역아동센터 연합회", text="퐁퐁", word="퐁퐁",
         want=["주방세제"], ok=[]),                        # 상표의 일반명사화
    dict(key="S07", kind="synonym", org="전북지방우정청(우체국)", text="보루박스", word="보루박스",
         want=["골판지상자"], ok=[]),                      # 일본어 투(ボール箱)
    dict(key="S08", kind="synonym", org="지역아동센터 연합회", text="츄리닝", word="츄리닝",
         want=["트레이닝복"], ok=[]),                      # 변형 외래어
    dict(key="S09", kind="synonym", org="행정복지센터 주무관", text="딱풀", word="딱풀",
         want=["고체풀"], ok=[]),                          # 상표의 일반명사화
    dict(key="S10", kind="synonym", org="전주교육지원청", text="플래카드", word="플래카드",
         want=["현수막"], ok=["배너"]),                    # 옛 외래어
    dict(key="S11", kind="synonym", org="행정복지센터 주무관", text="봉다리", word="봉다리",
         want=["비닐봉투"], ok=["쇼핑백", "장바구니"]),     # 전라도 사투리

    # ------------------------------------------------------------------ typo (11)
    dict(key="T01", kind="typo", org="덕진구청 총무과", text="복사요지", word="복사요지",
         want=["복사용지"], ok=[]),                        # 받침 ㅇ 빠짐
    dict(key="T02", kind="typo", org="전주교육지원청", text="스테플러", word="스테플러",
         want=["스테이플러"], ok=["스테이플러심"]),
    dict(key="T03", kind="typo", org="장애인종합복지관", text="손소독재", word="손소독재",
         want=["손소독제"], ok=[]),                        # 제/재 혼동
    dict(key="T04", kind="typo", org="노인복지관", text="떡케익", word="케익",
         want=["떡케이크"], ok=["케이크"]),
    dict(key="T05", kind="typo", org="한옥마을 관광안내소", text="관광 팜플렛 제작", word="팜플렛",
         want=["리플릿"], ok=["전단지", "책자"]),
    dict(key="T06", kind="typo", org="전주시설공단", text="홍보 영상 컨텐츠 제작", word="컨텐츠",
         want=["홍보영상", "영상콘텐츠"], ok=[]),
    dict(key="T07", kind="typo", org="노인복지관", text="레크레이션 강사", word="레크레이션",
         want=["레크리에이션"], ok=["체육대회"]),
    dict(key="T08", kind="typo", org="전주소방서", text="기념 타올", word="타올",
         want=["수건"], ok=["손수건"]),
    dict(key="T09", kind="typo", org="지역아동센터 연합회", text="수제 초콜렛", word="초콜렛",
         want=["초콜릿"], ok=[]),
    dict(key="T10", kind="typo", org="전주시립도서관", text="판촉 볼팬", word="볼팬",
         want=["판촉볼펜"], ok=["볼펜"]),
    dict(key="T11", kind="typo", org="국립무형유산원", text="한지 악세사리", word="악세사리",
         want=["한지액세서리"], ok=["액세서리"]),

    # ------------------------------------------------------------------ hanyeong (8 whole + 3 mixed)
    dict(key="H01", kind="hanyeong", org="완산구청 총무과", text="audgka", intended="명함",
         want=["명함"], ok=[]),
    dict(key="H02", kind="hanyeong", org="전주시설공단(월드컵경기장)", text="gustnakr", intended="현수막",
         want=["현수막"], ok=[]),
    dict(key="H03", kind="hanyeong", org="노인복지관", text="ekqfPEjr", intended="답례떡",
         want=["답례떡"], ok=["떡"]),
    dict(key="H04", kind="hanyeong", org="행정복지센터 주무관", text="ghkqns", intended="화분",
         want=["화분"], ok=[]),
    dict(key="H05", kind="hanyeong", org="전주시립도서관", text="dpzhqor", intended="에코백",
         want=["에코백"], ok=["업사이클가방", "장바구니"]),
    dict(key="H06", kind="hanyeong", org="전주시설공단 승화원(화장장)", text="cjdth dyddur", intended="청소 용역",
         want=["청소용역"], ok=["입주청소"]),
    dict(key="H07", kind="hanyeong", org="덕진구청 총무과", text="rmswhghkghks", intended="근조화환",
         want=["근조화환"], ok=["근조바구니"]),
    dict(key="H08", kind="hanyeong", org="노인복지관(경로식당)", text="dkvclak", intended="앞치마",
         want=["앞치마"], ok=[]),
    dict(key="H09", kind="hanyeong", org="지역아동센터 연합회", text="단체xl", intended="단체티",
         want=["단체티"], ok=[]),                          # 섞임
    dict(key="H10", kind="hanyeong", org="국립무형유산원", text="국악 rhddus", intended="국악 공연",
         want=["국악공연"], ok=["국악체험"]),               # 섞임
    dict(key="H11", kind="hanyeong", org="장애인종합복지관", text="수제 znzl", intended="수제 쿠키",
         want=["쿠키"], ok=[]),                            # 섞임

    # ------------------------------------------------------------------ spacing (11)
    dict(key="P01", kind="spacing", org="전주시설공단 승화원(화장장)", text="건물청소용역",
         want=["청소용역"], ok=["입주청소"]),
    dict(key="P02", kind="spacing", org="완산구청 총무과", text="근조 화환",
         want=["근조화환"], ok=["근조바구니"]),
    dict(key="P03", kind="spacing", org="전주교육지원청", text="화이트 보드",
         want=["화이트보드"], ok=[]),
    dict(key="P04", kind="spacing", org="국립무형유산원", text="한지공예체험",
         want=["한지체험"], ok=["부채체험"]),
    dict(key="P05", kind="spacing", org="전주소방서", text="안전 조끼",
         want=["안전조끼"], ok=["작업조끼"]),
    dict(key="P06", kind="spacing", org="전주시설공단", text="홍보영상제작",
         want=["홍보영상"], ok=["영상콘텐츠"]),
    dict(key="P07", kind="spacing", org="덕진구청 총무과", text="공기정화식물",
         want=["공기정화식물"], ok=["화분"]),
    dict(key="P08", kind="spacing", org="장애인종합복지관", text="핸드 크림",
         want=["핸드크림"], ok=[]),
    dict(key="P09", kind="spacing", org="행정복지센터 주무관", text="꽃 다발",
         want=["꽃다발"], ok=["꽃바구니"]),
    dict(key="P10", kind="spacing", org="전주시립도서관", text="장 바구니",
         want=["장바구니"], ok=["에코백", "업사이클가방"]),
    dict(key="P11", kind="spacing", org="전북지방우정청", text="수제잼선물세트",
         want=["잼세트"], ok=["잼"]),

    # ------------------------------------------------------------------ choseong (11)
    dict(key="K01", kind="choseong", org="덕진구청 총무과", text="ㅂㅅㅇㅈ", intended="복사용지",
         want=["복사용지"], ok=[]),
    dict(key="K02", kind="choseong", org="완산구청 총무과", text="ㄱㅈㅎㅎ", intended="근조화환",
         want=["근조화환"], ok=["근조바구니"]),
    dict(key="K03", kind="choseong", org="전주시설공단(월드컵경기장)", text="ㅎㅅㅁ 제작", intended="현수막 제작",
         want=["현수막"], ok=[]),
    dict(key="K04", kind="choseong", org="전주교육지원청", text="ㄷㅅㄹ", intended="도시락",
         want=["도시락"], ok=["김밥", "주먹밥"]),
    dict(key="K05", kind="choseong", org="전주시립도서관", text="ㅇㅋㅂ", intended="에코백",
         want=["에코백"], ok=["업사이클가방", "장바구니"]),
    dict(key="K06", kind="choseong", org="국립무형유산원", text="전통 ㅎㅈ", intended="전통 한지",
         want=["한지"], ok=[]),
    dict(key="K07", kind="choseong", org="지역아동센터 연합회", text="ㄷㅊㅌ", intended="단체티",
         want=["단체티"], ok=[]),
    dict(key="K08", kind="choseong", org="전주시설공단(공원 관리)", text="ㅈㅇㅂ 세탁", intended="작업복 세탁",
         want=["작업복세탁"], ok=["유니폼세탁"]),
    dict(key="K09", kind="choseong", org="지역아동센터 연합회", text="ㅂㅇ ㅅㄷ", intended="방역 소독",
         want=["방역"], ok=[]),
    dict(key="K10", kind="choseong", org="한옥마을 관광안내소", text="국악 ㄱㅇ", intended="국악 공연",
         want=["국악공연"], ok=["국악체험"]),
    dict(key="K11", kind="choseong", org="전북지방우정청", text="ㅁㅎ 인쇄", intended="명함 인쇄",
         want=["명함"], ok=[]),

    # ------------------------------------------------------------------ quantity (11)
    dict(key="Q01", kind="quantity", org="덕진구청 총무과", text="A4 복사용지 80g 10박스", qty=10,
         want=["복사용지"], ok=[], cond=dict(spec_all=["A4", "80g"])),
    dict(key="Q02", kind="quantity", org="노인복지관", text="답례떡 개당 3,000원 이하 200개", qty=200,
         want=["답례떡"], ok=["떡"], cond=dict(max_price=3000)),
    dict(key="Q03", kind="quantity", org="완산구청 총무과", text="근조화환 3단 10만원 이하",
         want=["근조화환"], ok=["근조바구니"], cond=dict(max_price=100000, spec_all=["3단"])),
    dict(key="Q04", kind="quantity", org="전주교육지원청", text="도시락 1인 8천원 이내 150인분", qty=150,
         want=["도시락"], ok=["김밥", "주먹밥"], cond=dict(max_price=8000)),
    dict(key="Q05", kind="quantity", org="전주시설공단(월드컵경기장)", text="현수막 5m x 0.9m 15장", qty=15,
         want=["현수막"], ok=[]),                          # 현수막은 맞춤 제작이라 크기 조건은 모두 충족으로 본다
    dict(key="Q06", kind="quantity", org="지역아동센터 연합회", text="단체티 XL 50벌 예산 50만원", qty=50, budget=500000,
         want=["단체티"], ok=[], cond=dict(max_price=10000)),   # 500,000/50 = 벌당 10,000원
    dict(key="Q07", kind="quantity", org="전주시립도서관", text="에코백 개당 5천원 이하 300개", qty=300,
         want=["에코백"], ok=["업사이클가방", "장바구니"], cond=dict(max_price=5000)),
    dict(key="Q08", kind="quantity", org="전주소방서", text="수건 40수 200g 100장", qty=100,
         want=["수건"], ok=[], cond=dict(spec_all=["40수", "200g"])),
    dict(key="Q09", kind="quantity", org="전북지방우정청", text="커피 원두 1kg 5봉", qty=5,
         want=["원두"], ok=["드립백"], cond=dict(spec_all=["1kg"])),
    dict(key="Q10", kind="quantity", org="행정복지센터 주무관", text="쌀 20kg 10포 예산 70만원", qty=10, budget=700000,
         want=["쌀"], ok=[], cond=dict(max_price=70000, spec_all=["20kg"])),
    dict(key="Q11", kind="quantity", org="장애인종합복지관", text="손소독제 500ml 펌프형 50개", qty=50,
         want=["손소독제"], ok=[], cond=dict(spec_all=["500ml"])),

    # ------------------------------------------------------------------ long_sentence (11)
    dict(key="L01", kind="long_sentence", org="전주시립도서관", qty=300,
         text="10월 독서의 달 행사 참여자 기념품으로 전주 한지로 만든 책갈피를 300개 정도 구매하려고 합니다. 10월 2일까지 납품 가능한지요?",
         want=["한지책갈피"], ok=["책갈피"]),
    dict(key="L02", kind="long_sentence", org="전주시설공단(공원 관리)",
         text="덕진공원 산책로 화단에 심을 가을 꽃모종(국화, 팬지 등)을 10월 말까지 납품해 주실 업체를 찾고 있습니다.",
         want=["꽃모종"], ok=["화단조성"]),
    dict(key="L03", kind="long_sentence", org="노인복지관",
         text="치매예방 프로그램 시간에 어르신들이 함께 할 수 있는 인지활동용 보드게임이나 교구를 구입하고자 하니 추천 부탁드립니다.",
         want=["인지교구"], ok=["보드게임"]),
    dict(key="L04", kind="long_sentence", org="완산구청 총무과",
         text="구청 당직실에서 쓰는 이불과 베개 커버를 월 2회 정기적으로 세탁해 줄 수 있는 업체가 필요합니다.",
         want=["침구세탁"], ok=[]),
    dict(key="L05", kind="long_sentence", org="전주소방서", qty=2000,
         text="11월 불조심 강조의 달 캠페인 때 시민들에게 나눠 드릴 소방서 로고가 인쇄된 물티슈를 제작하려 합니다 (약 2,000개).",
         want=["판촉물티슈"], ok=["물티슈"]),
    dict(key="L06", kind="long_sentence", org="국립무형유산원",
         text="11월 15일 토요일 무형유산 체험 행사에 외국인 관람객이 많이 올 예정이라 영어·중국어 현장 통역 인력을 하루 지원받고 싶습니다.",
         want=["통역"], ok=[]),
    dict(key="L07", kind="long_sentence", org="한옥마을 관광안내소",
         text="한옥마을 관광안내소에서 외국인 관광객에게 기념품으로 드릴 전통 부채를 구매하려고 하는데 한 개 1만 원 안쪽이면 좋겠습니다.",
         want=["부채"], ok=[], cond=dict(max_price=10000)),
    dict(key="L08", kind="long_sentence", org="지역아동센터 연합회", qty=20,
         text="여름방학(8월 둘째 주) 중 센터 아이들 20명 정도가 참여할 수 있는 목공 체험 수업을 진행해 주실 강사나 업체를 찾습니다.",
         want=["목공체험"], ok=[]),
    dict(key="L09", kind="long_sentence", org="전북지방우정청",
         text="우체국 직원 휴게실에 비치할 드립백 커피를 분기마다 정기적으로 받아보고 싶은데, 가능하면 사회적기업 제품이었으면 합니다.",
         want=["드립백"], ok=["원두"]),
    dict(key="L10", kind="long_sentence", org="전주교육지원청", qty=80,
         text="9월 22일 교직원 연수에 참석하는 80명의 점심을 도시락이나 출장 뷔페로 준비하려고 하니 견적 부탁드립니다.",
         want=["도시락", "출장뷔페"], ok=["김밥"]),
    dict(key="L11", kind="long_sentence", org="장애인종합복지관", qty=30,
         text="이용인 작품 전시회(12월 예정)를 앞두고 그림 작품을 넣어 걸 수 있는 액자를 30개가량 맞추려고 합니다.",
         want=["액자"], ok=[]),

    # ------------------------------------------------------------------ category (11)
    dict(key="C01", kind="category", org="덕진구청 총무과", text="사무실에서 쓸 사무용품 일체",
         want=["복사용지", "스테이플러", "스테이플러심", "투명테이프", "점착메모", "클리어파일", "고체풀",
               "볼펜", "유성마커", "화이트보드", "화이트보드마커", "수정테이프", "바인더"],
         ok=["박스테이프"]),
    dict(key="C02", kind="category", org="한옥마을 관광안내소", text="전주를 알릴 수 있는 전통 기념품",
         want=["전통공예품"], ok=[]),
    dict(key="C03", kind="category", org="노인복지관", text="어르신 간식거리",
         want=["간식"], ok=["떡케이크", "다과케이터링"]),
    dict(key="C04", kind="category", org="전주시설공단(공원 관리)", text="공원 공중화장실에 비치할 위생·청소 소모품",
         want=["화장지", "손세정제", "손소독제", "세정제", "물티슈"],
         ok=["주방세제", "세탁세제", "수세미", "천연비누", "판촉물티슈"]),
    dict(key="C05", kind="category", org="지역아동센터 연합회", text="아이들 방과후 체험활동 프로그램",
         want=["체험프로그램"], ok=["목공키트", "점토키트"]),
    dict(key="C06", kind="category", org="전주시설공단(공원 관리)", text="공원 녹지 관리 용역",
         want=["녹지관리"], ok=[]),
    dict(key="C07", kind="category", org="완산구청 총무과", text="직원 경조사 때 보낼 꽃",
         want=["근조화환", "축하화환", "꽃바구니", "꽃다발", "동양란", "근조바구니"],
         ok=["화분", "쌀화환", "비누꽃"]),
    dict(key="C08", kind="category", org="전주교육지원청", text="행사 홍보물 제작",
         want=["현수막", "배너", "리플릿", "전단지", "포스터"],
         ok=["홍보영상", "실사출력", "책자", "카드뉴스", "디자인"]),
    dict(key="C09", kind="category", org="전북지방우정청(우체국)", text="집배원 겨울철 방한용품",
         want=["방한용품"], ok=[]),
    dict(key="C10", kind="category", org="덕진구청 총무과", text="설 명절 선물세트",
         want=["선물세트"], ok=[]),
    dict(key="C11", kind="category", org="국립무형유산원", text="기관 행사 기획·진행 대행",
         want=["행사대행"], ok=["음향", "사회자", "무대", "레크리에이션", "풍선장식"]),

    # ------------------------------------------------------------------ location (11)
    dict(key="G01", kind="location", org="완산구청 총무과", text="효자동 꽃집", shop="꽃집", dong="효자동"),
    dict(key="G02", kind="location", org="노인복지관", text="서신동 떡집", shop="떡집", dong="서신동"),
    dict(key="G03", kind="location", org="덕진구청 총무과", text="송천동 인쇄소", shop="인쇄소", dong="송천동"),
    dict(key="G04", kind="location", org="전주소방서", text="인후동 세탁소", shop="세탁소", dong="인후동"),
    dict(key="G05", kind="location", org="행정복지센터 주무관", text="평화동 반찬가게", shop="반찬가게", dong="평화동"),
    dict(key="G06", kind="location", org="국립무형유산원", text="풍남동 공방", shop="공방", dong="풍남동"),
    dict(key="G07", kind="location", org="장애인종합복지관", text="중화산동 빵집", shop="빵집", dong="중화산동"),
    dict(key="G08", kind="location", org="전북지방우정청", text="삼천동 카페", shop="카페", dong="삼천동"),
    dict(key="G09", kind="location", org="전주교육지원청", text="금암동 도시락집", shop="도시락집", dong="금암동"),
    dict(key="G10", kind="location", org="전주시립도서관", text="우아동 목공소", shop="목공소", dong="우아동"),
    dict(key="G11", kind="location", org="전주시설공단", text="진북동 수선집", shop="수선집", dong="진북동"),

    # ------------------------------------------------------------------ multi_item (10)
    dict(key="M01", kind="multi_item", org="덕진구청 총무과", text="복사용지, 볼펜, 클리어파일",
         items=[("복사용지", ["복사용지"], []), ("볼펜", ["볼펜"], []), ("클리어파일", ["클리어파일"], ["바인더"])]),
    dict(key="M02", kind="multi_item", org="노인복지관", text="떡이랑 식혜",
         items=[("떡", ["떡", "답례떡"], ["떡케이크"]), ("식혜", ["식혜"], [])]),
    dict(key="M03", kind="multi_item", org="전주교육지원청", text="현수막하고 X배너",
         items=[("현수막", ["현수막"], []), ("X배너", ["배너"], [])]),
    dict(key="M04", kind="multi_item", org="완산구청 총무과", text="근조화환 축하화환",
         items=[("근조화환", ["근조화환"], ["근조바구니"]), ("축하화환", ["축하화환"], ["쌀화환"])]),
    dict(key="M05", kind="multi_item", org="전주시립도서관", text="에코백, 텀블러",
         items=[("에코백", ["에코백"], ["업사이클가방", "장바구니"]), ("텀블러", ["텀블러"], [])]),
    dict(key="M06", kind="multi_item", org="지역아동센터 연합회", text="방역 소독이랑 건물 청소",
         items=[("방역 소독", ["방역"], []), ("건물 청소", ["청소용역"], ["입주청소"])]),
    dict(key="M07", kind="multi_item", org="한옥마을 관광안내소", text="한지 부채랑 한지 조명",
         items=[("한지 부채", ["한지부채"], ["부채"]), ("한지 조명", ["한지조명"], [])]),
    dict(key="M08", kind="multi_item", org="전주시설공단(공원 관리)", text="작업복 세탁 및 수선",
         items=[("작업복 세탁", ["작업복세탁"], ["유니폼세탁"]), ("수선", ["의류수선"], [])]),
    dict(key="M09", kind="multi_item", org="전북지방우정청", text="명함하고 대봉투 인쇄",
         items=[("명함", ["명함"], []), ("대봉투 인쇄", ["봉투인쇄"], [])]),
    dict(key="M10", kind="multi_item", org="행정복지센터 주무관", text="백미 및 포기김치",
         items=[("백미", ["쌀"], []), ("포기김치", ["포기김치"], ["김치"])]),
]

MATCHABLE_KINDS = ["exact", "synonym", "typo", "hanyeong", "spacing", "choseong",
                   "quantity", "long_sentence", "category", "location", "multi_item"]

if __name__ == "__main__":
    from collections import Counter
    print(len(NEEDS), Counter(n["kind"] for n in NEEDS))
    assert len({n["key"] for n in NEEDS}) == len(NEEDS)


# =============================================================================
# 단계 3: 해당 없음(no_match) 30건 — 카탈로그(catalog_data.py)를 다 쓴 뒤에 작성.
# hard 20: 카탈로그와 말·주제가 겹치지만 카탈로그에 그런 제품이 없다
#          (기계·장비, 수리, 임대, 공사, 차량, 면허 업종, 같은 말의 다른 활동)
# easy 10: 카탈로그와 무관
# overlap: 카탈로그와 겹치는 말, why: 해당 없음 이유
# =============================================================================
NO_MATCH = [
    dict(key="N01", level="hard", org="덕진구청 총무과", text="복사기 임대",
         overlap="복사(복사용지 설명의 '복사기·프린터 겸용')",
         why="사무기기 임대 — 카탈로그에는 복사용지만 있고 복사기 판매·임대 업체가 없다"),
    dict(key="N02", level="hard", org="전주교육지원청", text="현수막 게시대 설치 공사",
         overlap="현수막, 게시대(지정게시대용 현수막)",
         why="옥외광고 구조물 설치 공사 — 카탈로그는 현수막 출력물만 판다"),
    dict(key="N03", level="hard", org="전주시설공단 승화원(화장장)", text="장례식장 운구차 임차",
         overlap="장례식장(근조화환 설명)",
         why="차량 임차 — 카탈로그에 차량·운송 서비스가 없다"),
    dict(key="N04", level="hard", org="덕진구청 총무과", text="AI 가축 방역초소 운영",
         overlap="방역",
         why="같은 말의 다른 활동 — 가축전염병 방역초소 운영은 실내 소독·해충 방제와 다른 업무"),
    dict(key="N05", level="hard", org="전주시립도서관", text="시스템에어컨 분해 세척",
         overlap="세척, 청소",
         why="냉난방 설비 세척 — 카탈로그 청소업체는 건물 청소·유리창·입주 청소만 한다"),
    dict(key="N06", level="hard", org="국립무형유산원", text="국악 공연장 대관",
         overlap="국악, 공연",
         why="공연장(시설) 대관 — 카탈로그에는 공연을 해 주는 예술단만 있고 공간 임대가 없다"),
    dict(key="N07", level="hard", org="전주시설공단(공원 관리)", text="정화조 청소",
         overlap="청소",
         why="허가 업종(분뇨수집·운반, 정화조 청소) — 카탈로그 청소는 건물 위생 청소뿐"),
    dict(key="N08", level="hard", org="전주소방서", text="소방시설 종합정밀점검",
         overlap="점검(자전거 점검·정비)",
         why="면허 업종(소방시설관리업) — 카탈로그에 없음"),
    dict(key="N09", level="hard", org="장애인종합복지관", text="승강기 유지보수 용역",
         overlap="용역(건물 청소 용역)",
         why="승강기 유지관리업(등록 업종)·설비 — 카탈로그에 없음"),
    dict(key="N10", level="hard", org="전주시설공단(월드컵경기장)", text="승용 잔디깎이 기계 구매",
         overlap="잔디 깎기",
         why="장비 구매 — 카탈로그에는 잔디 깎기 용역만 있고 기계 판매가 없다"),
    dict(key="N11", level="hard", org="지역아동센터 연합회", text="체육대회 관광버스 임차",
         overlap="체육대회",
         why="차량 임차 — 체육대회 운영 대행은 있으나 버스 임차는 없다"),
    dict(key="N12", level="hard", org="노인복지관", text="떡 제조기 구입",
         overlap="떡",
         why="식품 기계 — 카탈로그는 떡(완제품)만 판다"),
    dict(key="N13", level="hard", org="전주교육지원청", text="대형 실사 출력기 구매",
         overlap="실사 출력",
         why="장비 구매 — 카탈로그는 실사 출력 서비스만 있다"),
    dict(key="N14", level="hard", org="국립무형유산원", text="가야금 구매",
         overlap="가야금(국악 앙상블 공연 규격)",
         why="악기 판매 없음 — 예술단 공연 상품에 악기 이름만 나온다"),
    dict(key="N15", level="hard", org="전북지방우정청", text="커피머신 임대",
         overlap="커피",
         why="기계 임대 — 카탈로그는 원두·드립백·음료만 판다"),
    dict(key="N16", level="hard", org="노인복지관", text="세탁기 수리",
         overlap="세탁, 수리(자전거 정비·집수리)",
         why="가전 수리 — 세탁 서비스와 집수리(문고리·방충망)는 있지만 가전 수리는 없다"),
    dict(key="N17", level="hard", org="지역아동센터 연합회", text="방역 연무기 구매",
         overlap="방역",
         why="방역 장비 구매 — 카탈로그는 방역 소독 서비스만 있다"),
    dict(key="N18", level="hard", org="완산구청 총무과", text="자전거 보관대 설치",
         overlap="자전거",
         why="구조물 설치 공사 — 재생 자전거 판매·정비만 있다"),
    dict(key="N19", level="hard", org="전주시립도서관", text="도서관 이동식 서가 설치 공사",
         overlap="서가/책장(원목 책장)",
         why="모빌랙 같은 설비 공사 — 원목 책장 한 점 납품과는 다른 일"),
    dict(key="N20", level="hard", org="전주시설공단(월드컵경기장)", text="홍보 영상 송출용 LED 전광판 설치",
         overlap="홍보 영상",
         why="전광판 설비 공사 — 영상 제작 업체는 있으나 전광판은 없다"),
    dict(key="N21", level="easy", org="전주교육지원청", text="해외연수 항공권 예약", overlap="", why="여행·항공 — 무관"),
    dict(key="N22", level="easy", org="덕진구청 총무과", text="직원 단체 상해보험 가입", overlap="", why="보험 — 무관"),
    dict(key="N23", level="easy", org="전주소방서", text="업무용 노트북 20대", overlap="", why="전산 기기 — 무관"),
    dict(key="N24", level="easy", org="완산구청 총무과", text="고문 변호사 법률 자문", overlap="", why="법률 서비스 — 무관"),
    dict(key="N25", level="easy", org="전북지방우정청", text="직원 종합 건강검진", overlap="", why="의료 — 무관"),
    dict(key="N26", level="easy", org="국립무형유산원", text="KTX 단체 승차권 예매", overlap="", why="교통 예매 — 무관"),
    dict(key="N27", level="easy", org="전주시설공단", text="관용차 주유카드 발급", overlap="", why="연료·카드 — 무관"),
    dict(key="N28", level="easy", org="전주시립도서관", text="백신 소프트웨어 라이선스 갱신", overlap="", why="소프트웨어 — 무관"),
    dict(key="N29", level="easy", org="행정복지센터 주무관", text="청사 부지 감정평가", overlap="", why="부동산 감정 — 무관"),
    dict(key="N30", level="easy", org="전주교육지원청", text="토익 시험 응시료 대납", overlap="", why="시험 응시 — 무관"),
]
