# -*- coding: utf-8 -*-
"""수요(검색어) 원자료 — 1단계: 카탈로그가 존재하기 전에 작성한 매칭 가능 수요 120건.

각 수요 필드
  kind   : exact / synonym / typo / hanyeong / spacing / choseong / quantity /
           long_sentence / category / location / multi_item
  voice  : 이 검색어를 입력한다고 상상한 기관(담당자)
  text   : 검색창에 입력하는 그대로의 문장 (카탈로그 작성 후 수정 금지)
  qty, budget : queries.csv 의 수량/예산 (정수 또는 None)
  want   : 담당자가 실제로 원하는 품목 태그 (관련도 2 후보)
  ok     : 받아들일 만한 대체 품목 태그 (관련도 1)
  group  : category 수요에서 원하는 품목 묶음 이름 (GROUPS 참조, want 에 합쳐짐)
  cond   : 조건. max_price(개당 단가 상한, 원) / spec_re(제품명+규격에 있어야 하는 정규식)
           조건을 못 맞춘 같은 품목은 관련도 1
  word   : synonym/typo 의 핵심 단어 — 카탈로그 어디에도 나오면 안 됨
  intended : hanyeong/choseong 의 의도한 한글
  catalog_form : spacing 수요에서 카탈로그가 쓸 띄어쓰기(붙여쓰기) 형태 (검증용)
  dong, shop : location 수요의 동과 가게 종류
  items  : multi_item 수요의 품목 목록 [(필요에 적힌 말, want, ok)]
  note   : 담당자 의도 메모
"""

V_LAW = "전주시 법무담당관실"
V_DJ = "덕진구 산업경제과"
V_SEW = "전주시 하수관리과"
V_HANOK = "전주시 한옥마을사업소"
V_LIB = "전주시 아중도서관"
V_GEN = "전주시 양성평등센터"
V_CLI = "전주시 기후변화대응과"
V_POL = "전북특별자치도 자치경찰위원회"
V_PAT = "전주시 자율방범연합대"
V_ENV = "전주시 환경교육센터"

# category 수요가 뜻하는 품목 묶음 (담당자의 말을 품목 태그로 풀어 쓴 것)
GROUPS = {
    "사무용품": ["복사용지", "볼펜", "투명테이프", "스테이플러", "스테이플러침", "수정테이프", "점착메모지",
             "파일", "L자파일", "고체풀", "문서보관상자", "가위", "노트", "색연필"],
    "농산가공식품": ["잼", "주스", "참기름", "들기름", "누룽지", "부각", "장류", "조청", "한과", "과일칩",
               "식품선물세트", "전통차"],
    "현장안전용품": ["안전조끼", "목장갑", "작업장갑", "마스크", "우비", "장화", "쿨토시", "안전모"],
    "전통공예기념품": ["한지공예품", "한지부채", "한지액세서리", "한지조명", "한지상자", "전통매듭", "자개소품",
                "목공예품", "도자기"],
    "어린이간식": ["떡", "빵", "쿠키", "주스", "과일칩", "한과"],
    "홍보물품": ["부채", "한지부채", "배지", "에코백", "손거울", "키링", "반사키링", "홍보물티슈", "우산",
             "장바구니", "텀블러", "머그컵", "볼펜"],
    "친환경생활용품": ["대나무칫솔", "밀랍랩", "천연수세미", "천연비누", "고체치약", "고체샴푸", "다회용빨대",
                "밀폐용기", "면생리대", "텀블러", "장바구니", "에코백"],
    "교통안전캠페인": ["반사키링", "반사밴드", "반사스티커", "안전우산"],
    "방범장비": ["경광봉", "손전등", "호루라기", "방범조끼", "안전조끼", "반사밴드"],
    "환경교구": ["씨앗키트", "새집키트", "비누만들기키트", "업사이클링키트", "환경보드게임", "밀랍랩만들기키트"],
    "홍보인쇄물": ["전단지", "리플릿", "포스터", "현수막", "배너", "스티커", "분리배출스티커"],
}

NEEDS = [
    # ---------------- exact (11) ----------------
    dict(kind="exact", voice=V_LAW, text="복사용지", want=["복사용지"], note="A4 등 복사용지면 모두"),
    dict(kind="exact", voice=V_DJ, text="명함 제작", want=["명함"], note="명함 인쇄"),
    dict(kind="exact", voice=V_SEW, text="목장갑", want=["목장갑"], ok=["작업장갑"], note="면 목장갑; 코팅장갑 등 작업장갑은 대체"),
    dict(kind="exact", voice=V_HANOK, text="한지 부채", want=["한지부채"], ok=["부채"], note="한지로 만든 부채; 다른 재질 부채는 대체"),
    dict(kind="exact", voice=V_LIB, text="책갈피", want=["책갈피"], note=""),
    dict(kind="exact", voice=V_GEN, text="텀블러", want=["텀블러"], note=""),
    dict(kind="exact", voice=V_CLI, text="대나무 칫솔", want=["대나무칫솔"], note=""),
    dict(kind="exact", voice=V_POL, text="현수막", want=["현수막"], note="현수막 제작"),
    dict(kind="exact", voice=V_PAT, text="경광봉", want=["경광봉"], note="LED 경광봉"),
    dict(kind="exact", voice=V_ENV, text="밀랍랩", want=["밀랍랩"], ok=["밀랍랩만들기키트"], note="완제품 밀랍랩; 만들기 키트는 대체"),
    dict(kind="exact", voice=V_HANOK, text="도시락", want=["도시락"], ok=["케이터링"], note="행사용 도시락"),

    # ---------------- synonym (11) ----------------
    dict(kind="synonym", voice=V_LAW, text="스카치테이프", word="스카치테이프", want=["투명테이프"], note="상표명을 일반명사로"),
    dict(kind="synonym", voice=V_LAW, text="호치키스 심", word="호치키스", want=["스테이플러침"], ok=["스테이플러"], note="스테이플러 침"),
    dict(kind="synonym", voice=V_HANOK, text="기념품 포장용 뽁뽁이", word="뽁뽁이", want=["에어캡"], ok=["완충재"], note="에어캡(버블랩)"),
    dict(kind="synonym", voice=V_POL, text="플래카드 제작", word="플래카드", want=["현수막"], note="외래어 플래카드=현수막"),
    dict(kind="synonym", voice=V_DJ, text="전통시장 세일 찌라시 인쇄", word="찌라시", want=["전단지"], ok=["리플릿", "포스터"], note="일본어투 찌라시=전단지"),
    dict(kind="synonym", voice=V_PAT, text="방범대 겨울 잠바", word="잠바", want=["점퍼"], ok=["방한조끼"], note="잠바=점퍼"),
    dict(kind="synonym", voice=V_GEN, text="포스트잇", word="포스트잇", want=["점착메모지"], note="상표명=점착 메모지"),
    dict(kind="synonym", voice=V_CLI, text="락앤락 통", word="락앤락", want=["밀폐용기"], ok=["도시락통"], note="상표명=밀폐용기"),
    dict(kind="synonym", voice=V_LIB, text="크리넥스", word="크리넥스", want=["미용티슈"], ok=["화장지"], note="상표명=미용(각)티슈"),
    dict(kind="synonym", voice=V_SEW, text="현장 점심 벤또", word="벤또", want=["도시락"], note="일본어투 벤또=도시락"),
    dict(kind="synonym", voice=V_ENV, text="종이 봉다리", word="봉다리", want=["종이봉투"], ok=["종이쇼핑백"], note="사투리 봉다리=봉지/봉투"),

    # ---------------- typo (11) ----------------
    dict(kind="typo", voice=V_DJ, text="플랭카드", word="플랭카드", want=["현수막"], note="플래카드의 흔한 오기"),
    dict(kind="typo", voice=V_HANOK, text="한옥마을 안내 팜플렛", word="팜플렛", want=["리플릿"], ok=["전단지"], note="팸플릿 오기; 안내 리플릿/팸플릿"),
    dict(kind="typo", voice=V_GEN, text="캠페인 뱃지", word="뱃지", want=["배지"], note="배지 오기"),
    dict(kind="typo", voice=V_LIB, text="떡케잌", word="케잌", want=["떡케이크"], ok=["케이크"], note="떡케이크"),
    dict(kind="typo", voice=V_LAW, text="L자 화일", word="화일", want=["L자파일"], ok=["파일"], note="L자 파일(홀더)"),
    dict(kind="typo", voice=V_POL, text="탁상 카렌다", word="카렌다", want=["탁상달력"], ok=["달력"], note="캘린더 오기"),
    dict(kind="typo", voice=V_ENV, text="분리배출 스티카", word="스티카", want=["분리배출스티커"], ok=["스티커"], note="스티커 오기"),
    dict(kind="typo", voice=V_DJ, text="명암 인쇄", word="명암", want=["명함"], note="명함 오타"),
    dict(kind="typo", voice=V_CLI, text="사과쥬스", word="쥬스", want=["사과주스"], ok=["주스"], note="주스 오기; 다른 과일 주스는 대체"),
    dict(kind="typo", voice=V_HANOK, text="한지 악세사리", word="악세사리", want=["한지액세서리"], ok=["한지공예품"], note="액세서리 오기"),
    dict(kind="typo", voice=V_SEW, text="썬크림", word="썬크림", want=["선크림"], note="선크림 오기"),

    # ---------------- hanyeong (11: 8 전체 + 3 한글 섞임) ----------------
    dict(kind="hanyeong", voice=V_LAW, text="qhfvps", intended="볼펜", want=["볼펜"], note=""),
    dict(kind="hanyeong", voice=V_POL, text="ghdqhdyd dntks", intended="홍보용 우산", want=["우산"], ok=["안전우산"], note="로고 인쇄 우산"),
    dict(kind="hanyeong", voice=V_GEN, text="ajrmzjq 300ro", intended="머그컵 300개", qty=300, want=["머그컵"], ok=["텀블러"], note=""),
    dict(kind="hanyeong", voice=V_LIB, text="qnrzjqj", intended="북커버", want=["북커버"], note=""),
    dict(kind="hanyeong", voice=V_CLI, text="ghkqns", intended="화분", want=["화분", "화분식물"], note="빈 화분 또는 화분에 심은 식물 둘 다 '화분'"),
    dict(kind="hanyeong", voice=V_PAT, text="thswjsemd 60ro", intended="손전등 60개", qty=60, want=["손전등"], note=""),
    dict(kind="hanyeong", voice=V_ENV, text="cjsdusqlsn", intended="천연비누", want=["천연비누"], ok=["비누만들기키트"], note=""),
    dict(kind="hanyeong", voice=V_DJ, text="tjsanftpxm", intended="선물세트", want=["식품선물세트"], ok=["선물세트"], note="명절 선물세트(주로 식품)"),
    dict(kind="hanyeong", voice=V_HANOK, text="한지 rhddPvna", intended="한지 공예품", want=["한지공예품", "한지부채", "한지액세서리", "한지조명", "한지상자"], note="한글 섞임"),
    dict(kind="hanyeong", voice=V_SEW, text="작업용 wkdrkq", intended="작업용 장갑", want=["작업장갑", "목장갑"], note="한글 섞임"),
    dict(kind="hanyeong", voice=V_LIB, text="어린이 ehtj", intended="어린이 도서", want=["아동도서", "그림책"], note="한글 섞임"),

    # ---------------- spacing (11) ----------------
    dict(kind="spacing", voice=V_CLI, text="공기 정화 식물", catalog_form="공기정화식물", want=["공기정화식물"], ok=["화분식물"], note=""),
    dict(kind="spacing", voice=V_ENV, text="천연수세미", catalog_form="천연 수세미", want=["천연수세미"], note=""),
    dict(kind="spacing", voice=V_PAT, text="반사 조끼", catalog_form="반사조끼", want=["안전조끼", "방범조끼"], note="반사띠 달린 조끼"),
    dict(kind="spacing", voice=V_HANOK, text="한지공예 체험", catalog_form="한지 공예 체험", want=["한지체험"], ok=["공예체험"], note="체험 프로그램"),
    dict(kind="spacing", voice=V_DJ, text="떡답례품", catalog_form="떡 답례품", want=["떡답례품"], ok=["떡"], note=""),
    dict(kind="spacing", voice=V_LIB, text="그림 책", catalog_form="그림책", want=["그림책"], ok=["아동도서"], note=""),
    dict(kind="spacing", voice=V_GEN, text="면 생리대", catalog_form="면생리대", want=["면생리대"], note=""),
    dict(kind="spacing", voice=V_LAW, text="문서 보관 상자", catalog_form="문서보관상자", want=["문서보관상자"], note=""),
    dict(kind="spacing", voice=V_POL, text="야광밴드", catalog_form="야광 밴드", want=["반사밴드"], ok=["반사키링"], note="팔/발목에 차는 야광(반사) 밴드"),
    dict(kind="spacing", voice=V_SEW, text="방역소독", catalog_form="방역 소독", want=["방역"], note="방역 소독 서비스"),
    dict(kind="spacing", voice=V_ENV, text="새 집 만들기", catalog_form="새집 만들기", want=["새집키트"], ok=["목공체험"], note="새집(버드하우스) 만들기 키트/체험"),

    # ---------------- choseong (11) ----------------
    dict(kind="choseong", voice=V_LAW, text="ㅅㅈㅌㅇㅍ", intended="수정테이프", want=["수정테이프"], note=""),
    dict(kind="choseong", voice=V_DJ, text="ㄹㅍㄹ 인쇄", intended="리플릿 인쇄", want=["리플릿"], ok=["전단지"], note="초성+일반어"),
    dict(kind="choseong", voice=V_SEW, text="ㅋㅌㅅ", intended="쿨토시", want=["쿨토시"], note=""),
    dict(kind="choseong", voice=V_HANOK, text="ㅎㅈ ㅈㅁ", intended="한지 조명", want=["한지조명"], note="한지 조명등/무드등"),
    dict(kind="choseong", voice=V_LIB, text="ㄷㅅ 프로그램 강사", intended="독서 프로그램 강사", want=["독서프로그램"], ok=["교육강사"], note="초성+일반어"),
    dict(kind="choseong", voice=V_GEN, text="ㅅㄱㅇ", intended="손거울", want=["손거울"], note=""),
    dict(kind="choseong", voice=V_CLI, text="ㅌㅅㅈㄹ 교육", intended="탄소중립 교육", want=["탄소중립교육"], ok=["환경교육"], note="초성+일반어"),
    dict(kind="choseong", voice=V_POL, text="ㅎㄹㄹㄱ", intended="호루라기", want=["호루라기"], note=""),
    dict(kind="choseong", voice=V_PAT, text="ㅂㅂ ㅈㄲ", intended="방범 조끼", want=["방범조끼"], ok=["안전조끼"], note="방범 문구 조끼"),
    dict(kind="choseong", voice=V_ENV, text="ㅂㄷㄱㅇ", intended="보드게임", want=["환경보드게임", "보드게임"], note="환경 보드게임"),
    dict(kind="choseong", voice=V_DJ, text="ㅋㅍ ㅇㄷ", intended="커피 원두", want=["원두커피"], ok=["드립백"], note="원두; 드립백은 대체"),

    # ---------------- quantity (11) ----------------
    dict(kind="quantity", voice=V_LAW, text="A4 복사용지 80g 30박스", qty=30, want=["복사용지"],
         cond={"spec_re": r"A4.*80\s*g|80\s*g.*A4"}, note="A4 80g만 2"),
    dict(kind="quantity", voice=V_DJ, text="떡 답례품 1세트 5,000원 이하 300세트", qty=300, want=["떡답례품"], ok=["떡"],
         cond={"max_price": 5000}, note=""),
    dict(kind="quantity", voice=V_SEW, text="KF94 마스크 1000매", qty=1000, want=["마스크"], cond={"spec_re": r"KF94"}, note="KF94만 2"),
    dict(kind="quantity", voice=V_HANOK, text="부채 개당 3,000원 이하 500개", qty=500, want=["부채", "한지부채"],
         cond={"max_price": 3000}, note=""),
    dict(kind="quantity", voice=V_LIB, text="에코백 300개 예산 150만원", qty=300, budget=1500000, want=["에코백"], ok=["장바구니"],
         cond={"max_price": 5000}, note="개당 5,000원 이하"),
    dict(kind="quantity", voice=V_GEN, text="텀블러 350ml 200개", qty=200, want=["텀블러"], cond={"spec_re": r"350\s*(ml|mL|ML)"}, note="350ml"),
    dict(kind="quantity", voice=V_CLI, text="책상용 공기정화 화분 개당 1만원 이하 50개", qty=50, want=["공기정화식물"], ok=["화분식물"],
         cond={"max_price": 10000}, note=""),
    dict(kind="quantity", voice=V_POL, text="현수막 5m x 0.9m 3장", qty=3, want=["현수막"], cond={"spec_re": r"5\s*m?\s*[x×X*]\s*0\.9"}, note="5×0.9m 규격"),
    dict(kind="quantity", voice=V_PAT, text="경광봉 개당 2만원 이하 30개", qty=30, want=["경광봉"], cond={"max_price": 20000}, note=""),
    dict(kind="quantity", voice=V_ENV, text="도시락 1개 8천원 이하 40개", qty=40, want=["도시락"], cond={"max_price": 8000}, note=""),
    dict(kind="quantity", voice=V_LAW, text="재생토너 HP CF283A 5개", qty=5, want=["재생토너"], cond={"spec_re": r"CF283A"}, note="모델 맞아야 2"),

    # ---------------- long_sentence (11) ----------------
    dict(kind="long_sentence", voice=V_LAW, qty=100,
         text="2025년 하반기 법률상담 민원 서류를 정리하려고 문서 보관용 박스를 구매하려 합니다. 수량은 100개 정도이고 12월 10일까지 시청 본관으로 납품 가능한지 문의드립니다.",
         want=["문서보관상자"], note="문서 보관 박스"),
    dict(kind="long_sentence", voice=V_DJ,
         text="다음 달 모래내시장에서 열리는 전통시장 활성화 행사 때 방문객에게 나눠 드릴 장바구니를 구매하고자 합니다. 사회적경제기업 제품 우선구매 실적으로 잡을 예정이니 견적 부탁드립니다.",
         want=["장바구니"], ok=["에코백"], note="장바구니; 에코백은 대체"),
    dict(kind="long_sentence", voice=V_SEW, qty=40,
         text="장마철 하수관로 점검 현장에 나가는 직원들이 비 오는 날 입을 우비가 필요합니다. 7월 초 납품을 희망하며 수량은 40벌입니다.",
         want=["우비"], note=""),
    dict(kind="long_sentence", voice=V_HANOK, qty=200,
         text="한옥마을을 찾는 외국인 관광객에게 드릴 기념품으로 전주 한지로 만든 작은 소품을 알아보고 있습니다. 9월 관광주간 행사에 맞춰 200개 정도 필요합니다.",
         want=["한지공예품", "한지부채", "한지액세서리", "한지상자"], ok=["한지조명"], note="작은 한지 소품; 조명은 크기가 커서 대체"),
    dict(kind="long_sentence", voice=V_LIB,
         text="2월 중 도서관 어린이 열람실에서 인형극 공연을 해 주실 수 있는 단체를 찾고 있습니다. 유아 대상 40분 내외 공연이면 좋겠습니다.",
         want=["인형극"], ok=["어린이공연"], note=""),
    dict(kind="long_sentence", voice=V_GEN,
         text="하반기 직원 대상 성인지 감수성 교육을 진행해 주실 강사 파견이 가능한 기관을 찾습니다. 회당 2시간, 10월 중 2회 예정입니다.",
         want=["성인지교육"], ok=["교육강사"], note="양성평등/성인지 교육"),
    dict(kind="long_sentence", voice=V_CLI, qty=300,
         text="탄소중립 실천 주간(6월 첫째 주)을 맞아 청사 내 일회용 컵 줄이기 캠페인을 하려고 합니다. 직원들에게 나눠 줄 개인 컵(머그컵 또는 텀블러) 300개 구매를 검토 중입니다.",
         want=["텀블러", "머그컵"], note=""),
    dict(kind="long_sentence", voice=V_POL, qty=1000,
         text="초등학교 등굣길 교통안전 캠페인 때 어린이들 가방에 달아 줄 반사 키링(야광 키홀더)을 구매하려 합니다. 11월 중순까지 1,000개가 필요합니다.",
         want=["반사키링"], ok=["반사밴드", "키링"], note="반사 키링"),
    dict(kind="long_sentence", voice=V_PAT, qty=150,
         text="자율방범연합대 대원 150명이 입을 단체 티셔츠를 제작하려고 합니다. 등판에 '전주시 자율방범연합대' 문구를 인쇄해야 하며 4월 발대식 전까지 받아야 합니다.",
         want=["단체티"], ok=["단체복"], note="인쇄 단체 티셔츠"),
    dict(kind="long_sentence", voice=V_ENV, qty=30,
         text="5월 환경의 날 기념 어린이 환경교실에서 쓸 업사이클링 만들기 재료(폐현수막이나 병뚜껑 등을 활용한 키트)를 30세트 구입하고 싶습니다.",
         want=["업사이클링키트"], ok=["환경교구"], note="업사이클 만들기 키트"),
    dict(kind="long_sentence", voice=V_DJ, qty=60,
         text="덕진구 골목상권 상인회 워크숍(11월 20일, 구청 2층 대회의실)에 참석하는 60명에게 점심 식사를 케이터링으로 준비하려 합니다. 가능한 업체 연락 부탁드립니다.",
         want=["케이터링"], ok=["도시락"], note="출장 뷔페/케이터링; 도시락은 대체"),

    # ---------------- category (11) ----------------
    dict(kind="category", voice=V_LAW, text="사무용품 일괄 구매", group="사무용품", note=""),
    dict(kind="category", voice=V_DJ, text="우리 지역 농산물로 만든 가공식품", group="농산가공식품", ok=["떡", "빵"], note="떡/빵은 대체"),
    dict(kind="category", voice=V_SEW, text="하수도 현장 작업자 안전용품", group="현장안전용품", ok=["선크림"], note=""),
    dict(kind="category", voice=V_HANOK, text="한옥마을 전통 공예 기념품", group="전통공예기념품", ok=["부채"], note=""),
    dict(kind="category", voice=V_LIB, text="어린이 독서행사 간식거리", group="어린이간식", ok=["떡케이크", "전통차"], note=""),
    dict(kind="category", voice=V_GEN, text="캠페인 때 나눠줄 홍보물품", group="홍보물품", note="판촉물"),
    dict(kind="category", voice=V_CLI, text="플라스틱 줄이는 친환경 생활용품", group="친환경생활용품", note=""),
    dict(kind="category", voice=V_POL, text="어린이 교통안전 캠페인 물품", group="교통안전캠페인", ok=["키링", "우산", "호루라기"], note=""),
    dict(kind="category", voice=V_PAT, text="야간 방범 순찰 장비", group="방범장비", note=""),
    dict(kind="category", voice=V_ENV, text="환경교육 교구 체험키트", group="환경교구", ok=["환경교육"], note=""),
    dict(kind="category", voice=V_DJ, text="상가 홍보 인쇄물", group="홍보인쇄물", ok=["명함", "탁상달력"], note=""),

    # ---------------- location (11) ----------------
    dict(kind="location", voice=V_LAW, text="서노송동 인쇄소", dong="서노송동", shop="인쇄소", note=""),
    dict(kind="location", voice=V_DJ, text="인후동 반찬가게", dong="인후동", shop="반찬가게", note=""),
    dict(kind="location", voice=V_SEW, text="팔복동 세탁소", dong="팔복동", shop="세탁소", note="작업복 세탁"),
    dict(kind="location", voice=V_HANOK, text="교동 공방", dong="교동", shop="공방", note=""),
    dict(kind="location", voice=V_LIB, text="우아동 빵집", dong="우아동", shop="빵집", note=""),
    dict(kind="location", voice=V_GEN, text="효자동 꽃집", dong="효자동", shop="꽃집", note=""),
    dict(kind="location", voice=V_CLI, text="중노송동 제로웨이스트샵", dong="중노송동", shop="제로웨이스트샵", note=""),
    dict(kind="location", voice=V_POL, text="중앙동 카페", dong="중앙동", shop="카페", note=""),
    dict(kind="location", voice=V_PAT, text="삼천동 떡집", dong="삼천동", shop="떡집", note=""),
    dict(kind="location", voice=V_ENV, text="서신동 목공방", dong="서신동", shop="목공방", note=""),
    dict(kind="location", voice=V_SEW, text="진북동 도시락집", dong="진북동", shop="도시락집", note=""),

    # ---------------- multi_item (10) ----------------
    dict(kind="multi_item", voice=V_LAW, text="복사용지 및 스테이플러 침",
         items=[("복사용지", ["복사용지"], []), ("스테이플러 침", ["스테이플러침"], ["스테이플러"])]),
    dict(kind="multi_item", voice=V_DJ, text="현수막이랑 X배너",
         items=[("현수막", ["현수막"], []), ("X배너", ["배너"], [])]),
    dict(kind="multi_item", voice=V_SEW, text="안전조끼 장화 목장갑",
         items=[("안전조끼", ["안전조끼"], ["방범조끼"]), ("장화", ["장화"], []), ("목장갑", ["목장갑"], ["작업장갑"])]),
    dict(kind="multi_item", voice=V_HANOK, text="청소 용역 및 방역 소독",
         items=[("청소 용역", ["청소용역"], []), ("방역 소독", ["방역"], [])]),
    dict(kind="multi_item", voice=V_LIB, text="그림책, 색연필, 스케치북",
         items=[("그림책", ["그림책"], ["아동도서"]), ("색연필", ["색연필"], []), ("스케치북", ["스케치북"], [])]),
    dict(kind="multi_item", voice=V_GEN, text="텀블러랑 에코백",
         items=[("텀블러", ["텀블러"], []), ("에코백", ["에코백"], ["장바구니"])]),
    dict(kind="multi_item", voice=V_CLI, text="대나무 칫솔하고 고체치약",
         items=[("대나무 칫솔", ["대나무칫솔"], []), ("고체치약", ["고체치약"], [])]),
    dict(kind="multi_item", voice=V_POL, text="호루라기, 반사 키링",
         items=[("호루라기", ["호루라기"], []), ("반사 키링", ["반사키링"], ["반사밴드"])]),
    dict(kind="multi_item", voice=V_PAT, text="핫팩이랑 넥워머",
         items=[("핫팩", ["핫팩"], []), ("넥워머", ["넥워머"], [])]),
    dict(kind="multi_item", voice=V_ENV, text="씨앗 키트랑 화분",
         items=[("씨앗 키트", ["씨앗키트"], []), ("화분", ["화분", "화분식물"], [])]),
]

# 수요 텍스트가 포함하는 수량 표기(명시된 것만)
for _n in NEEDS:
    _n.setdefault("qty", None)
    _n.setdefault("budget", None)
    _n.setdefault("want", [])
    _n.setdefault("ok", [])
    _n.setdefault("cond", {})
    _n.setdefault("note", "")
    if _n.get("group"):
        _n["want"] = list(dict.fromkeys(_n["want"] + GROUPS[_n["group"]]))


# =====================================================================
# 3단계: 카탈로그를 만든 뒤에 작성한 매칭 불가(no_match) 수요 30건.
# hard: 카탈로그와 말이나 주제가 겹치지만 그런 제품이 없음 (기계·장비, 수리, 임대,
#       공사, 차량, 면허 업종, 같은 말의 다른 활동)
# easy: 카탈로그와 무관
# (text, voice, 난이도, 겹치는 말, 해당 없음 이유)
# =====================================================================
NO_MATCH = [
    ("복사기 임대", V_LAW, "hard", "복사(복사지)", "복사용지는 있으나 복사기 임대(렌탈) 업체 없음"),
    ("문서 파쇄기", V_LAW, "hard", "문서(문서보관상자)", "기계·장비; 카탈로그에 사무기기 없음"),
    ("프린터 수리", V_LAW, "hard", "프린터(재생토너 설명)", "토너·잉크만 있고 프린터 수리 서비스 없음"),
    ("전통시장 아케이드 보수 공사", V_DJ, "hard", "전통시장(장바구니 설명)", "시설 공사; 건설업 기업 없음"),
    ("떡 제조기", V_DJ, "hard", "떡", "떡은 팔지만 떡을 만드는 기계는 없음"),
    ("현수막 게시대 신규 설치 공사", V_DJ, "hard", "현수막, 게시대(게첩 대행)", "게첩 대행·현수막 제작은 있으나 게시대 구조물 설치 공사 없음"),
    ("하수관로 CCTV 조사", V_SEW, "hard", "하수(장화 설명)", "관로 조사 장비·전문 용역 없음"),
    ("한복 대여", V_HANOK, "hard", "한옥마을 관광 주제", "한복 판매·대여 업체 없음(대여 업종)"),
    ("한옥 기와 보수", V_HANOK, "hard", "한옥(한옥마을 해설 투어 등)", "문화재·한옥 보수 공사(면허 업종) 없음"),
    ("도서 자동 대출 반납기", V_LIB, "hard", "도서, 도서관(독서대·열람 의자 설명)", "도서관 기계·장비 없음"),
    ("홈페이지 웹배너 광고 게재", V_POL, "hard", "배너, 홈페이지", "X배너(실물)와 홈페이지 제작은 있으나 온라인 광고 게재(매체 구매)는 없음 — 같은 말 다른 활동"),
    ("여성 안심귀갓길 CCTV 설치", V_GEN, "hard", "안심·방범 주제", "CCTV 설치 공사(정보통신 공사업) 없음"),
    ("태양광 발전설비 설치", V_CLI, "hard", "탄소중립·기후 주제", "발전설비 공사 없음"),
    ("전기차 충전기 설치", V_CLI, "hard", "충전(충전식 손전등·경광봉)", "충전 설비 설치 공사 없음"),
    ("텀블러 세척기", V_CLI, "hard", "텀블러, 세척(텀블러 세척솔)", "텀블러와 손 세척솔은 있으나 세척 기계는 없음"),
    ("과속 단속 카메라", V_POL, "hard", "교통안전 주제", "교통 단속 장비 없음"),
    ("순찰차 렌트", V_PAT, "hard", "순찰(경광봉·손전등 설명)", "차량 임대 없음"),
    ("방범용 LED 보안등 설치", V_PAT, "hard", "방범, LED(경광봉·손전등)", "가로등·보안등 설치(전기공사업) 없음"),
    ("음식물 쓰레기 처리기", V_ENV, "hard", "친환경·음식 주제", "가전·처리 기계 없음"),
    ("공공자전거 수리", V_ENV, "hard", "자전거(재생 자전거)", "재생 자전거 판매만 있고 수리 서비스는 카탈로그에 없음"),
    ("굴착기 임차", V_SEW, "easy", "", "중장비 임대, 무관"),
    ("항공권 예약 대행", V_GEN, "easy", "", "여행 예약, 무관"),
    ("골프장 회원권", V_DJ, "easy", "", "무관"),
    ("자동차 타이어 교체", V_PAT, "easy", "", "차량 정비, 무관"),
    ("스마트폰 액정 수리", V_LAW, "easy", "", "전자기기 수리, 무관"),
    ("피아노 조율", V_LIB, "easy", "", "악기 조율, 무관"),
    ("반려견 훈련", V_ENV, "easy", "", "무관"),
    ("엘리베이터 정기 점검", V_HANOK, "easy", "", "승강기 유지보수(면허 업종), 무관"),
    ("수영장 수질 검사", V_CLI, "easy", "", "수질 검사 기관, 무관"),
    ("외국어 번역 공증", V_POL, "easy", "", "번역·공증, 무관"),
]
