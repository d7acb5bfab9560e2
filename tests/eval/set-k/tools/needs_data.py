# -*- coding: utf-8 -*-
"""수요(needs) 원본 데이터. 카탈로그보다 먼저 작성함.
각 항목: (유형, 수요내용, 수량, 예산, 판정규칙)
판정규칙:
  {"g2": [tags], "g1": [tags]}                      태그 기반
  {"cat2": [분류], "cat1": [분류], ...}               분류 기반(category)
  {"loc": 동이름, "trade": [tags]|None, "tradecat": [분류]|None, "g1extra": ...}   location
  {"items": [(품목, [tags])...], "g1": [tags]}      multi_item
hanyeong 수요내용은 {...} 안이 영문 자판으로 입력된 부분.
"""

EXACT = [
    ("근조화환", None, None, {"g2": ["wreath_condol"], "g1": ["basket_condol"]}),
    ("천연 수세미", 200, None, {"g2": ["scrubber"]}),
    ("친환경 세탁세제 구매", None, 500000, {"g2": ["laundry_det"], "g1": ["soapnut"]}),
    ("현수막 제작", 3, None, {"g2": ["banner"]}),
    ("전통 한지 부채", 100, None, {"g2": ["hanji_fan"]}),
    ("유기농 쌀", None, None, {"g2": ["rice_organic"], "g1": ["rice", "rice_other"]}),
    ("에어컨 분해 세척 업체 있나요?", 12, None, {"g2": ["aircon_clean"]}),
    ("목공 체험 프로그램", 25, None, {"g2": ["woodwork_exp"]}),
    ("수제 쿠키 선물세트", 40, 800000, {"g2": ["cookie_gift"], "g1": ["cookie", "sweets_gift"]}),
    ("재생 토너 카트리지", None, None, {"g2": ["toner"], "g1": ["drum"]}),
    ("출장 뷔페 가능한 곳", None, None, {"g2": ["buffet"], "g1": ["fingerfood", "catering"]}),
]

SYNONYM = [  # (수요, 수량, 예산, 규칙, 카탈로그에 없어야 할 말)
    ("어린이집 방역 해 줄 업체 찾습니다", None, None, {"g2": ["pest", "disinfect"]}, "방역"),
    ("행사 홍보 찌라시 만들어 주는 곳", 2000, None, {"g2": ["flyer"], "g1": ["poster"]}, "찌라시"),
    ("경로당 창문 뽁뽁이 붙이기", None, None, {"g2": ["insulation_aircap"], "g1": ["insulation"]}, "뽁뽁이"),
    ("포스트잇 대량 구매", 100, None, {"g2": ["sticky_note"]}, "포스트잇"),
    ("호치키스 20개 필요합니다", 20, None, {"g2": ["stapler"]}, "호치키스"),
    ("직원 체육대회용 단체 잠바", 60, None, {"g2": ["jumper"], "g1": ["vest"]}, "잠바"),
    ("회의 때 먹을 벤또 주문", 30, None, {"g2": ["lunchbox"], "g1": ["light_meal"]}, "벤또"),
    ("경로당 이불 빨래 맡길 곳", None, None, {"g2": ["bedding_laundry"], "g1": ["mite"]}, "빨래"),
    ("사무실에서 신을 쓰레빠", 30, None, {"g2": ["slippers"]}, "쓰레빠"),
    ("직원 한가위 선물", 80, 2400000, {"g2": ["holiday_gift"], "g1": ["cookie_gift", "sweets_gift", "honey"]}, "한가위"),
    ("매직 한 박스", 1, None, {"g2": ["marker"]}, "매직"),
]

TYPO = [  # (수요, 수량, 예산, 규칙, 오타어)
    ("개업 축하 화한 보내려고요", 1, None, {"g2": ["wreath_congrats"], "g1": ["plant_pot", "orchid", "flower_basket"]}, "화한"),
    ("캐이터링 업체 추천", None, None, {"g2": ["buffet", "fingerfood", "catering"], "g1": ["lunchbox", "coffee_truck", "drink_catering"]}, "캐이터링"),
    ("현수먁 3개", 3, None, {"g2": ["banner"]}, "현수먁"),
    ("텀불러 주문 제작", None, None, {"g2": ["tumbler"], "g1": ["mug"]}, "텀불러"),
    ("애코백 인쇄 제작", None, None, {"g2": ["ecobag"], "g1": ["banner_bag"]}, "애코백"),
    ("리플랫 인쇄", 1000, None, {"g2": ["flyer"], "g1": ["booklet", "poster"]}, "리플랫"),
    ("도베 시공 업체", None, None, {"g2": ["wallpaper"]}, "도베"),
    ("독거 어르신 밑밤찬", None, None, {"g2": ["sidedish"], "g1": ["hmr"]}, "밑밤찬"),
    ("기관 홈패이지 제작 의뢰", 1, 15000000, {"g2": ["homepage"], "g1": ["homepage_maint"]}, "홈패이지"),
    ("간벙인 구해요", None, None, {"g2": ["caregiver"], "g1": ["home_care", "companion"]}, "간벙인"),
    ("드립벡 커피 답례품", 300, None, {"g2": ["dripbag"], "g1": ["coffee_bean"]}, "드립벡"),
]

HANYEONG = [  # {} 안은 영문 자판 입력
    ("{도시락}", None, None, {"g2": ["lunchbox"], "g1": ["light_meal"]}),
    ("근조 {화환}", 1, None, {"g2": ["wreath_condol"], "g1": ["basket_condol"]}),
    ("{현수막} 제작", None, None, {"g2": ["banner"]}),
    ("답례품 {떡} 60개", 60, None, {"g2": ["ricecake", "baekseolgi"]}),
    ("{방충망 교체}", None, None, {"g2": ["screen_repair"]}),
    ("{에코백} 100개", 100, None, {"g2": ["ecobag"], "g1": ["banner_bag"]}),
    ("{원두 커피}", None, None, {"g2": ["coffee_bean"], "g1": ["dripbag"]}),
    ("침구 {세탁}", None, None, {"g2": ["bedding_laundry"], "g1": ["mite"]}),
    ("{명함 인쇄}", 10, None, {"g2": ["business_card"]}),
    ("{한지 공예 체험}", 30, None, {"g2": ["hanji_exp", "fan_exp"], "g1": ["craft_exp"]}),
    ("{해충 방제}", None, None, {"g2": ["pest"], "g1": ["disinfect"]}),
]

SPACING = [
    ("에어 컨세척", None, None, {"g2": ["aircon_clean"]}),
    ("출장뷔페50인분", 50, None, {"g2": ["buffet"], "g1": ["fingerfood", "catering"]}),
    ("친환경세탁세제구매", None, None, {"g2": ["laundry_det"], "g1": ["soapnut"]}),
    ("수제 쿠 키", None, None, {"g2": ["cookie_gift", "cookie"], "g1": ["sweets_gift"]}),
    ("현수 막제작", None, None, {"g2": ["banner"]}),
    ("방충 망교체", None, None, {"g2": ["screen_repair"]}),
    ("한지부채만들기체험", 20, None, {"g2": ["fan_exp"], "g1": ["hanji_exp"]}),
    ("홍보 영상제 작", 1, None, {"g2": ["promo_video"], "g1": ["livestream", "photo"]}),
    ("사무실정기청소", None, None, {"g2": ["office_clean"], "g1": ["window_clean", "floor_wax", "carpet"]}),
    ("재생토 너", None, None, {"g2": ["toner"], "g1": ["drum"]}),
    ("단체 티셔 츠", 50, None, {"g2": ["tshirt"]}),
]

CHOSEONG = [  # (수요, 수량, 예산, 규칙, 초성부분, 의도한 말)
    ("ㄷㅅㄹ 주문", None, None, {"g2": ["lunchbox"], "g1": ["light_meal"]}, "ㄷㅅㄹ", "도시락"),
    ("근조 ㅎㅎ", None, None, {"g2": ["wreath_condol"], "g1": ["basket_condol"]}, "ㅎㅎ", "화환"),
    ("ㅎㅅㅁ 제작", None, None, {"g2": ["banner"]}, "ㅎㅅㅁ", "현수막"),
    ("ㅇㅋㅂ 100개", 100, None, {"g2": ["ecobag"], "g1": ["banner_bag"]}, "ㅇㅋㅂ", "에코백"),
    ("ㅁㅎ 인쇄", None, None, {"g2": ["business_card"]}, "ㅁㅎ", "명함"),
    ("ㅇㅇㅋ 청소", None, None, {"g2": ["aircon_clean"]}, "ㅇㅇㅋ", "에어컨"),
    ("ㅂㅅㄱ 개별포장", 200, None, {"g2": ["baekseolgi"], "g1": ["ricecake"]}, "ㅂㅅㄱ", "백설기"),
    ("ㅌㅂㄹ 로고 인쇄", None, None, {"g2": ["tumbler"], "g1": ["mug"]}, "ㅌㅂㄹ", "텀블러"),
    ("ㄱㅂㅇ 파견", None, None, {"g2": ["caregiver"], "g1": ["home_care", "companion"]}, "ㄱㅂㅇ", "간병인"),
    ("ㅎㅈ 공예 체험", None, None, {"g2": ["hanji_exp", "fan_exp"], "g1": ["craft_exp"]}, "ㅎㅈ", "한지"),
    ("ㄷㅂ 장판 시공", None, None, {"g2": ["wallpaper", "flooring"]}, "ㄷㅂ", "도배"),
]

QUANTITY = [
    ("A4 복사용지 80g 2500매 50박스", 50, None, {"g2": ["copy_paper"]}),
    ("쌀 20kg 30포", 30, 2100000, {"g2": ["rice"]}),
    ("12/20(금) 도시락 150개 배달", 150, 1350000, {"g2": ["lunchbox"], "g1": ["light_meal"]}),
    ("현수막 5m×0.9m 10장", 10, None, {"g2": ["banner"]}),
    ("에코백 300개 (면 10수, 1도 인쇄)", 300, 1500000, {"g2": ["ecobag"], "g1": ["banner_bag"]}),
    ("재생토너 CF217A 호환 20개", 20, None, {"g2": ["toner"]}),
    ("김장김치 10kg 40박스", 40, None, {"g2": ["kimchi"], "g1": ["kimchi_other"]}),
    ("텀블러 500ml 200개", 200, None, {"g2": ["tumbler"]}),
    ("방충망 교체 창문 25개소", 25, None, {"g2": ["screen_repair"]}),
    ("드립백 커피 10g×1000개", 1000, 700000, {"g2": ["dripbag"], "g1": ["coffee_bean"]}),
    ("단체 티셔츠 XL 30장, L 40장", 70, None, {"g2": ["tshirt"]}),
]

LONG = [
    ("다음 달 15일 효자4동 주민센터에서 주민자치 프로그램 발표회를 엽니다. 참석자는 80명 정도이고, 끝나고 나눠 드릴 떡을 1인 1팩으로 준비하려고 합니다.", 80, None,
     {"g2": ["ricecake", "baekseolgi"]}),
    ("우리 동 경로당 3곳에서 여름맞이 대청소를 7월 둘째 주에 합니다. 경로당마다 겨울 이불이 15채씩 있는데 수거해서 세탁한 뒤 다시 가져다주실 업체가 필요합니다.", 45, None,
     {"g2": ["bedding_laundry"], "g1": ["mite"]}),
    ("시립 어린이도서관에서 8월 여름방학 특강을 준비 중입니다. 초등학생 20명이 두 시간 동안 버려지는 재료로 무언가를 만들어 보는 업사이클링 수업을 하고 싶어요.", 20, 600000,
     {"g2": ["upcycle_exp"], "g1": ["env_edu"]}),
    ("보건소 금연 캠페인을 5월 31일 세계 금연의 날에 맞춰 진행합니다. SNS와 청사 전광판에 올릴 1~2분짜리 홍보 영상을 만들어 줄 곳을 찾고 있습니다.", 1, 3000000,
     {"g2": ["promo_video"], "g1": ["cardnews"]}),
    ("자매도시 외국인 방문단 25명이 11월 7일 오후에 전주를 방문합니다. 두 시간 정도 한옥마을을 걸으며 영어로 설명해 줄 해설 투어를 예약하고 싶습니다.", 25, None,
     {"g2": ["hanok_tour"], "g1": ["famtour", "tour_other"]}),
    ("2월 14일 오전 10시 ○○초등학교 강당에서 졸업식이 있습니다. 졸업생 62명에게 한 다발씩 줄 꽃을 학교로 배달받고 싶습니다.", 62, 1860000,
     {"g2": ["bouquet"], "g1": ["flower_basket"]}),
    ("종합사회복지관에서 홀로 사시는 어르신 40가구를 돌보고 있습니다. 3월부터 매주 목요일에 집으로 밑반찬을 전달해 주실 수 있는 곳을 찾습니다.", 40, None,
     {"g2": ["sidedish"], "g1": ["hmr"]}),
    ("평화2동 행정복지센터 청사는 3층 건물입니다. 화장실과 계단, 복도를 주 3회 정기적으로 청소해 줄 업체와 연간 계약하려고 합니다.", None, 18000000,
     {"g2": ["office_clean"], "g1": ["floor_wax", "window_clean"]}),
    ("○○중학교 1학년 학생 180명을 대상으로 6월 중 안전교육을 계획하고 있습니다. 반별로 심폐소생술과 응급처치를 직접 실습하는 수업이면 좋겠습니다.", 180, None,
     {"g2": ["cpr_edu"], "g1": ["safety_edu"]}),
    ("덕진구 관내 국공립 어린이집 12곳에서 장마 전에 바퀴벌레와 모기를 잡는 소독을 하려고 합니다. 6월 말까지 원아 하원 후에 작업 가능한 업체를 알려 주세요.", 12, None,
     {"g2": ["pest", "disinfect"]}),
    ("10월 24일 시청 직원 워크숍을 모악산 인근 연수원에서 엽니다. 참석자는 120명이고, 쉬는 시간에 현장에서 커피를 내려 줄 커피차 같은 서비스가 필요해요.", 120, None,
     {"g2": ["coffee_truck"], "g1": ["drink_catering"]}),
]

CATEGORY = [
    ("사무용품 일체 구매하려고 합니다", None, None, {"cat2": ["사무용품·재생토너"]}),
    ("청사 방문객에게 줄 기념품", None, None, {"cat2": ["판촉물·기념품"], "cat1": ["공예·전통문화상품"], "g1": ["banner_bag", "pouch"]}),
    ("행사 참석자 먹거리 준비", None, None, {"cat2": ["도시락·케이터링"], "cat1": ["떡·제과제빵"], "g1": ["coffee_truck", "drink_catering"]}),
    ("청사 위생 관리 맡길 업체", None, None, {"cat2": ["건물위생·청소"], "cat1": ["방제·소독"]}),
    ("주민 대상 교육·체험 프로그램 운영 업체", None, None, {"cat2": ["교육·체험"]}),
    ("친환경 생활용품 구매", None, None, {"cat2": ["친환경 생활용품"], "exclude": ["pet_treat"]}),
    ("어르신 돌봄 서비스 위탁", None, None, {"g2": ["caregiver", "home_care", "housework", "companion"], "g1": ["sidedish_delivery"]}),
    ("홍보물 제작 업체", None, None, {"g2": ["banner", "xbanner", "flyer", "poster", "booklet", "sticker", "newsletter", "foamboard"],
                               "g1": ["business_card", "envelope", "design", "cardnews", "promo_video", "logo"]}),
    ("지역 농산물 가공식품 구매(공공기관 우선구매)", None, None, {"cat2": ["농산물·전통식품"]}),
    ("노후 주택 고쳐 주는 곳", None, None, {"cat2": ["집수리·주거환경개선"], "g1": ["mold"]}),
    ("청사 화단이랑 옥상 녹화", None, None, {"cat2": ["조경·녹화"], "g1": ["plant_pot", "air_plant"]}),
]

LOCATION = [
    ("효자동 꽃집", None, None, {"loc": "효자동", "tradecat": ["화훼·꽃배달"]}),
    ("인후동 도시락집", None, None, {"loc": "인후동", "trade": ["lunchbox", "light_meal"]}),
    ("송천동 인쇄소", None, None, {"loc": "송천동", "tradecat": ["인쇄·출력"]}),
    ("서신동 청소업체", None, None, {"loc": "서신동", "tradecat": ["건물위생·청소"]}),
    ("팔복동 세탁 업체", None, None, {"loc": "팔복동", "tradecat": ["세탁·린넨"]}),
    ("삼천동 떡집", None, None, {"loc": "삼천동", "trade": ["ricecake", "baekseolgi"]}),
    ("중화산동 카페", None, None, {"loc": "중화산동", "tradecat": ["커피·음료·차"]}),
    ("풍남동 한지 공예", None, None, {"loc": "풍남동", "trade": ["hanji_fan", "hanji_lamp", "hanji_gift", "hanji_exp", "fan_exp"]}),
    ("우아동 집수리", None, None, {"loc": "우아동", "tradecat": ["집수리·주거환경개선"]}),
    ("평화동 반찬가게", None, None, {"loc": "평화동", "tradecat": ["반찬·가정간편식"], "g1local": ["kimchi", "kimchi_other"]}),
    ("덕진동 방제 업체", None, None, {"loc": "덕진동", "tradecat": ["방제·소독"]}),
]

MULTI = [
    ("도시락 50개랑 떡 50개", 100, None, {"items": [("도시락", ["lunchbox"]), ("떡", ["ricecake", "baekseolgi"])], "g1": ["light_meal"]}),
    ("현수막 2개, X배너 3개 제작", 5, None, {"items": [("현수막", ["banner"]), ("X배너", ["xbanner"])]}),
    ("기념품으로 에코백이랑 텀블러", None, None, {"items": [("에코백", ["ecobag"]), ("텀블러", ["tumbler"])], "g1": ["banner_bag", "mug"]}),
    ("명함과 봉투 인쇄 같이 할 곳", None, None, {"items": [("명함", ["business_card"]), ("봉투", ["envelope"])]}),
    ("도배, 장판, 방충망 한 번에 해 주는 업체", None, None,
     {"items": [("도배", ["wallpaper"]), ("장판", ["flooring"]), ("방충망", ["screen_repair"])]}),
    ("사무실 청소하고 해충 방제도 같이 부탁드려요", None, None,
     {"items": [("청소", ["office_clean"]), ("해충 방제", ["pest"])], "g1": ["disinfect", "window_clean"]}),
    ("복사용지와 재생토너 구매", None, None, {"items": [("복사용지", ["copy_paper"]), ("재생토너", ["toner"])], "g1": ["drum"]}),
    ("천연 비누랑 친환경 주방세제", None, None, {"items": [("천연 비누", ["natural_soap"]), ("주방세제", ["dish_soap"])], "g1": ["hand_wash", "soapnut"]}),
    ("체육대회 단체티와 모자", 80, None, {"items": [("단체티", ["tshirt"]), ("모자", ["cap"])]}),
    ("연말 이웃돕기용 쌀과 김치", None, 5000000, {"items": [("쌀", ["rice"]), ("김치", ["kimchi"])], "g1": ["kimchi_other"]}),
]

NOMATCH_HARD = [  # (수요, 수량, 예산, 겹치는 말, 이유)
    ("사무실 복합기 1대 구매", 1, 3000000, "토너", "재생 토너·복사용지 같은 소모품만 있고 복합기(기계) 판매는 없음"),
    ("회의실 에어컨 신규 설치", 2, None, "에어컨", "에어컨 분해 세척 서비스만 있고 에어컨 판매·설치는 없음"),
    ("공공자전거 10대 대여", 10, None, "자전거", "재생 자전거 판매·정비만 있고 대여(렌탈)는 없음"),
    ("현장 견학용 45인승 관광버스 임차", 2, None, "관광, 투어", "해설 투어 상품만 있고 차량 임차는 없음"),
    ("경로당 증축 공사", None, 80000000, "경로당, 집수리", "도배·장판 등 소규모 주거 수리만 있고 건축 증축 공사는 없음"),
    ("방문간호사 파견(간호사 면허 소지자)", None, None, "방문, 돌봄, 간병", "간병·방문 돌봄은 있으나 면허가 필요한 간호 서비스는 없음"),
    ("업소용 대형 세탁기 구매", 1, None, "세탁", "세탁 대행 서비스만 있고 세탁기 판매는 없음"),
    ("커피머신 렌탈", 1, None, "커피", "원두·드립백·커피 트럭만 있고 커피머신 임대는 없음"),
    ("현수막 지정 게시대 설치 공사", 5, None, "현수막", "현수막 출력·게첨 대행만 있고 게시대 구조물 설치 공사는 없음"),
    ("업무용 1톤 화물차 구매", 1, 25000000, "1톤, 화물", "화물 배송 서비스만 있고 차량 판매는 없음"),
    ("청소년 승마 체험", 30, None, "체험", "목공·한지·농촌 체험은 있으나 승마 체험은 없음"),
    ("강당용 빔프로젝터 구매", 1, None, "영상", "영상 제작·생중계 서비스만 있고 영상 장비 판매는 없음"),
    ("고장 난 노트북 액정 수리", 3, None, "노트북", "리퍼비시 노트북 판매만 있고 전자기기 수리는 없음"),
    ("한옥 문화재 기와 보수 공사", None, None, "한옥, 보수", "한옥 투어·흰개미 방제·소규모 수리만 있고 문화재수리업 면허가 필요한 기와 공사는 없음"),
    ("급식 식재료 잔류농약 검사 의뢰", None, None, "급식, 쌀, 농산물", "농산물 판매만 있고 공인 검사기관의 검사 서비스는 없음"),
    ("도서관 신간 도서 300권 구입", 300, None, "도서, 책", "책자 인쇄·자서전 출판만 있고 출판된 도서 유통·판매는 없음"),
    ("자동심장충격기(AED) 구매", 2, None, "심폐소생술, 응급처치", "심폐소생술 교육만 있고 의료기기 판매는 없음"),
    ("길고양이 중성화 수술 위탁", 50, None, "고양이, 반려묘", "반려동물 간식만 있고 수의사 진료는 없음"),
    ("김치냉장고 구매", 2, None, "김치", "김치 판매만 있고 가전 판매는 없음"),
    ("연무 소독기 장비 구매", 1, None, "소독", "소독·방제 서비스만 있고 소독 장비 판매는 없음"),
]

NOMATCH_EASY = [
    ("해외 출장 항공권 예약", 4, None, "", "항공권 발권 서비스 없음"),
    ("기금 운용 주식 투자 자문", None, None, "", "금융 투자 자문 없음"),
    ("시도 아스팔트 포장 공사", None, None, "", "도로 포장 공사 없음"),
    ("소방차 구매", 1, None, "", "특수 차량 판매 없음"),
    ("골프장 회원권", None, None, "", "해당 상품 없음"),
    ("해외 유학 상담", None, None, "", "유학 알선 서비스 없음"),
    ("반도체 식각 장비", None, None, "", "산업 장비 판매 없음"),
    ("산불 감시용 헬리콥터 임차", 1, None, "", "항공기 임차 없음"),
    ("어업지도선 엔진 수리", 1, None, "", "선박 수리 없음"),
    ("보건소 MRI 장비 도입", 1, None, "", "의료 영상 장비 판매 없음"),
]
