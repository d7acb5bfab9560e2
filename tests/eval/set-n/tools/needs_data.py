# -*- coding: utf-8 -*-
"""Needs (수요) written BEFORE any catalog existed.
Each need: kind, text, qty, budget, items=[(label, [tags], kw|None)], sub=[tags] (grade-1),
plus kind-specific fields: absent (synonym/typo words), hy (intended hangul), cho (intended word),
spc (catalog-side spacing form), loc (dong, [trade tags]).
Tags are an abstract item vocabulary; products are tagged with the same vocabulary later."""

def N(kind, text, qty=None, budget=None, items=(), sub=None, **kw):
    d = dict(kind=kind, text=text, qty=qty, budget=budget, items=list(items), sub=sub)
    d.update(kw)
    return d

# grade-1 substitutes used when a need gives sub=None
DEFAULT_SUB = {
 'banner':['x_banner','foamex'], 'x_banner':['banner','foamex'], 'foamex':['x_banner','banner'],
 'lunchbox':['buffet','snackbox'], 'buffet':['lunchbox','snackbox'], 'snackbox':['rice_cake','cookie','bread'],
 'rice_cake':['hangwa'], 'hangwa':['rice_cake'], 'bread':['cookie','cake'], 'cookie':['bread','hangwa'],
 'cake':['bread','rice_cake'], 'coffee_bean':['drip_coffee'], 'drip_coffee':['coffee_bean','tea'],
 'tea':['drip_coffee','juice'], 'juice':['sikhye','tea'], 'sikhye':['juice'],
 'rice':['mixed_grain'], 'mixed_grain':['rice'], 'honey':['jam'], 'jam':['honey'],
 'kimchi':['side_dish'], 'side_dish':['kimchi'], 'jang':['sesame_oil'], 'sesame_oil':['jang'],
 'gift_set':['honey','hangwa','jang','sesame_oil'],
 'soap':['hand_sanitizer'], 'hand_sanitizer':['soap','wet_wipe'], 'dish_detergent':['detergent'],
 'detergent':['dish_detergent','bleach'], 'bleach':['detergent'], 'wet_wipe':['tissue'],
 'tissue':['toilet_paper','wet_wipe'], 'toilet_paper':['tissue'],
 'adult_diaper':['underpad'], 'underpad':['adult_diaper'],
 'cleaning_service':['aircon_cleaning','disinfection'], 'aircon_cleaning':['cleaning_service'],
 'disinfection':['cleaning_service'], 'water_tank_cleaning':['cleaning_service'],
 'leaflet':['booklet'], 'booklet':['leaflet'], 'tumbler':['mug'], 'mug':['tumbler'],
 'hand_fan':['hanji_craft'], 'hanji_craft':['hand_fan'],
 'pungmul':['gugak'], 'gugak':['pungmul'], 'magic_show':['recreation'], 'recreation':['magic_show'],
 'sound_system':['event_planning'], 'event_planning':['sound_system','recreation'],
 'promo_video':['event_photo','drone'], 'event_photo':['promo_video'], 'drone':['promo_video'],
 'wreath':['flower_basket'], 'flower_basket':['wreath','potted_plant'], 'potted_plant':['flower_basket'],
 'group_tshirt':['vest'], 'vest':['group_tshirt','work_wear'], 'work_wear':['vest'],
 'bookshelf':['shoe_rack'], 'shoe_rack':['bookshelf'], 'sticky_note':[],
}

NEEDS = []
A = NEEDS.append

# ---------------- exact (11) ----------------
A(N('exact', '현수막', 10, None, [('현수막',['banner'],None)]))
A(N('exact', '성인용 기저귀', 30, None, [('성인용 기저귀',['adult_diaper'],None)]))
A(N('exact', '재생토너', None, None, [('재생토너',['toner'],None)], sub=[]))
A(N('exact', '백설기', 100, None, [('백설기',['rice_cake'],['백설기'])], sub=['rice_cake','hangwa']))
A(N('exact', '에코백', 300, None, [('에코백',['eco_bag'],None)], sub=[]))
A(N('exact', '앞치마', 20, None, [('앞치마',['apron'],None)], sub=[]))
A(N('exact', '방역 소독', None, None, [('방역',['disinfection'],None)]))
A(N('exact', '명함', None, None, [('명함',['business_card'],None)], sub=[]))
A(N('exact', '꽃바구니', 2, None, [('꽃바구니',['flower_basket'],['바구니'])], sub=['flower_basket','potted_plant']))
A(N('exact', '원두커피', None, None, [('원두',['coffee_bean'],None)]))
A(N('exact', '목공체험', None, None, [('목공체험',['woodwork_class'],None)], sub=[]))

# ---------------- synonym (11) : word must be absent from catalog ----------------
A(N('synonym', '플래카드 제작 문의', None, None, [('현수막',['banner'],None)], absent=['플래카드','플랜카드']))
A(N('synonym', '포스트잇 대량으로 사요', 100, None, [('점착메모지',['sticky_note'],None)], sub=['stationery'], absent=['포스트잇']))
A(N('synonym', '락스 20통', 20, None, [('염소계 표백제',['bleach'],None)], absent=['락스']))
A(N('synonym', '퐁퐁 업소용 큰 거', None, None, [('주방세제',['dish_detergent'],None)], absent=['퐁퐁']))
A(N('synonym', '우드락 안내판 만들어 주는 곳', None, None, [('폼보드',['foamex'],None)], absent=['우드락']))
A(N('synonym', '곽티슈 한 박스', 1, None, [('미용티슈',['tissue'],None)], absent=['곽티슈','갑티슈','각티슈']))
A(N('synonym', '행사 찌라시 인쇄', 3000, None, [('전단',['leaflet'],None)], absent=['찌라시']))
A(N('synonym', '케이터링 업체 구해요', None, None, [('출장뷔페',['buffet'],None)], absent=['케이터링']))
A(N('synonym', '정구지 김치', None, None, [('부추김치',['kimchi'],['부추'])], sub=['kimchi'], absent=['정구지']))
A(N('synonym', '모찌 답례품', 150, None, [('찹쌀떡',['rice_cake'],['찹쌀떡'])], sub=['rice_cake','hangwa'], absent=['모찌']))
A(N('synonym', '답례용 타올', 200, None, [('수건',['towel'],None)], sub=[], absent=['타올','타월']))

# ---------------- typo (11) : misspelt form must be absent ----------------
A(N('typo', '도시략 50개', 50, None, [('도시락',['lunchbox'],None)], absent=['도시략']))
A(N('typo', '출장부페', None, None, [('출장뷔페',['buffet'],None)], absent=['부페']))
A(N('typo', '명합 500장', 500, None, [('명함',['business_card'],None)], sub=[], absent=['명합']))
A(N('typo', '에코벡 주문제작', None, None, [('에코백',['eco_bag'],None)], sub=[], absent=['에코벡']))
A(N('typo', '천연비느', None, None, [('천연비누',['soap'],None)], absent=['비느']))
A(N('typo', '개업 화한 배달', 1, None, [('화환',['wreath'],None)], absent=['화한']))
A(N('typo', '손소독재 대용량', None, None, [('손소독제',['hand_sanitizer'],None)], absent=['소독재']))
A(N('typo', '미끄럼방지 양발', 60, None, [('미끄럼방지 양말',['antislip_socks'],None)], sub=[], absent=['양발']))
A(N('typo', '생일 케익 주문', 3, None, [('케이크',['cake'],None)], absent=['케익']))
A(N('typo', '된장 고추장 셋트', None, None, [('장류 세트',['jang'],None)], absent=['셋트']))
A(N('typo', '레크레이션 강사 섭외', None, None, [('레크리에이션',['recreation'],None)], absent=['레크레이션']))

# ---------------- hanyeong (11) : typed in English mode; hy = intended text ----------------
A(N('hanyeong', 'gustnakr', 5, None, [('현수막',['banner'],None)], hy='현수막'))
A(N('hanyeong', 'ehtlfkr 50개', 50, None, [('도시락',['lunchbox'],None)], hy='도시락 50개'))
A(N('hanyeong', 'tnrjs', None, None, [('수건',['towel'],None)], sub=[], hy='수건'))
A(N('hanyeong', 'Ejr 답례품', None, None, [('떡',['rice_cake'],None)], hy='떡 답례품'))
A(N('hanyeong', 'dpzhqor', None, None, [('에코백',['eco_bag'],None)], sub=[], hy='에코백'))
A(N('hanyeong', 'ghkghks', None, None, [('화환',['wreath'],None)], hy='화환'))
A(N('hanyeong', 'anfxltb 대용량', None, None, [('물티슈',['wet_wipe'],None)], hy='물티슈 대용량'))
A(N('hanyeong', 'dnjsen', None, None, [('원두',['coffee_bean'],None)], hy='원두'))
A(N('hanyeong', 'qkddur', None, None, [('방역',['disinfection'],None)], hy='방역'))
A(N('hanyeong', 'audgka 인쇄', None, None, [('명함',['business_card'],None)], sub=[], hy='명함 인쇄'))
A(N('hanyeong', 'Rhcekqkf', None, None, [('꽃다발',['flower_basket'],['꽃다발'])], sub=['flower_basket','potted_plant'], hy='꽃다발'))

# ---------------- spacing (11) : spc = the catalog's form ----------------
A(N('spacing', '엑스 배너', None, None, [('엑스배너',['x_banner'],None)], spc='엑스배너'))
A(N('spacing', '손 소독제', None, None, [('손소독제',['hand_sanitizer'],None)], spc='손소독제'))
A(N('spacing', '드립 백 커피', None, None, [('드립백',['drip_coffee'],None)], spc='드립백'))
A(N('spacing', '에어컨청소', None, None, [('에어컨 청소',['aircon_cleaning'],None)], spc='에어컨 청소'))
A(N('spacing', '천연염색체험 프로그램', None, None, [('천연염색 체험',['dyeing_class'],None)], sub=[], spc='천연염색 체험'))
A(N('spacing', '저수조청소', None, None, [('저수조 청소',['water_tank_cleaning'],None)], spc='저수조 청소'))
A(N('spacing', '한지조명', None, None, [('한지 조명',['hanji_craft'],['조명'])], sub=['hanji_craft'], spc='한지 조명'))
A(N('spacing', '원목 신발 장', None, None, [('신발장',['shoe_rack'],None)], spc='신발장'))
A(N('spacing', '행사사진촬영', None, None, [('행사 사진 촬영',['event_photo'],None)], spc='행사 사진 촬영'))
A(N('spacing', '공기 정화 식물', None, None, [('공기정화식물',['potted_plant'],None)], spc='공기정화식물'))
A(N('spacing', '이불세탁', None, None, [('이불 세탁',['laundry'],['이불'])], sub=['laundry'], spc='이불 세탁'))

# ---------------- choseong (11) : cho = intended word ----------------
A(N('choseong', 'ㅎㅅㅁ 제작', None, None, [('현수막',['banner'],None)], cho='현수막'))
A(N('choseong', 'ㄷㅅㄹ', None, None, [('도시락',['lunchbox'],None)], cho='도시락'))
A(N('choseong', 'ㅁㅌㅅ', None, None, [('물티슈',['wet_wipe'],None)], cho='물티슈'))
A(N('choseong', 'ㄱㅈㅎㅎ', 1, None, [('근조화환',['wreath'],['근조'])], sub=['wreath'], cho='근조화환'))
A(N('choseong', 'ㅈㅅㅌㄴ', None, None, [('재생토너',['toner'],None)], sub=[], cho='재생토너'))
A(N('choseong', 'ㅊㅈㅂㅍ', None, None, [('출장뷔페',['buffet'],None)], cho='출장뷔페'))
A(N('choseong', 'ㅂㅅㄱ', None, None, [('백설기',['rice_cake'],['백설기'])], sub=['rice_cake','hangwa'], cho='백설기'))
A(N('choseong', 'ㅇㅋㅂ', None, None, [('에코백',['eco_bag'],None)], sub=[], cho='에코백'))
A(N('choseong', 'ㄷㅊㅌ 30장', 30, None, [('단체티',['group_tshirt'],None)], cho='단체티'))
A(N('choseong', 'ㅁㅎ 200매', 200, None, [('명함',['business_card'],None)], sub=[], cho='명함'))
A(N('choseong', 'ㅍㅁㄱㅇ', None, None, [('풍물공연',['pungmul'],None)], cho='풍물공연'))

# ---------------- quantity (11) : quantities, sizes, model numbers ----------------
A(N('quantity', '현수막 500x90 20장', 20, None, [('현수막',['banner'],None)]))
A(N('quantity', 'HP 85A 토너 10개', 10, None, [('재생토너 CE285A',['toner'],['285A'])], sub=['toner']))
A(N('quantity', 'A4 80g 10박스', 10, None, [('A4 복사용지',['copy_paper'],['80g'])], sub=['copy_paper']))
A(N('quantity', '수건 40수 180g 300장', 300, None, [('수건',['towel'],['180g'])], sub=['towel']))
A(N('quantity', '쌀 10kg 50포', 50, None, [('쌀 10kg',['rice'],['10kg'])], sub=['rice','mixed_grain']))
A(N('quantity', '도시락 1인 8천원 120개', 120, 960000, [('도시락',['lunchbox'],None)]))
A(N('quantity', '반팔 단체티 L 30장 XL 20장', 50, None, [('단체티',['group_tshirt'],None)]))
A(N('quantity', '성인용 기저귀 대형 20팩', 20, None, [('성인용 기저귀 대형',['adult_diaper'],['대형'])], sub=['adult_diaper','underpad']))
A(N('quantity', '엑스배너 600*1800 5개', 5, None, [('엑스배너',['x_banner'],None)]))
A(N('quantity', '꿀 2.4kg 10병', 10, None, [('꿀 2.4kg',['honey'],['2.4kg'])], sub=['honey']))
A(N('quantity', '명함 1인 200매 x 12명', 2400, None, [('명함',['business_card'],None)], sub=[]))

# ---------------- long_sentence (11) ----------------
A(N('long_sentence', '안녕하세요, ○○초등학교 행정실입니다. 5월 15일 스승의 날 행사 때 교직원 45명에게 드릴 떡을 준비하려고 하는데 개별 포장된 답례떡으로 납품 가능하신지 문의드립니다.', 45, None,
    [('떡',['rice_cake'],None)]))
A(N('long_sentence', '저희 요양원 어르신들 침대에 까는 방수 매트가 낡아서 전부 교체하려고 합니다. 세탁해서 다시 쓸 수 있는 제품이면 좋겠고 7월 중순까지 40장 정도 납품 부탁드려요.', 40, None,
    [('방수 매트',['underpad'],None)], sub=['adult_diaper']))
A(N('long_sentence', '당 공사 창립기념일(10. 12.) 행사와 관련하여 임직원 기념품으로 활용할 텀블러를 사회적경제기업 제품으로 구매하고자 하오니 견적서를 제출하여 주시기 바랍니다.', 250, 5000000,
    [('텀블러',['tumbler'],None)]))
A(N('long_sentence', '복지관 2층 프로그램실에 책장이 부족해서요, 아이들 키에 맞는 낮은 원목 책장 3~4개 정도 맞춰 주실 수 있는 곳 찾습니다. 모서리 라운드 처리는 꼭 필요합니다.', 4, None,
    [('원목 책장',['bookshelf'],None)]))
A(N('long_sentence', '여름방학 기간(8월 첫째 주) 중에 센터 아동 20명이 참여할 만들기 활동을 찾고 있어요. 나무로 뭔가 만들어 가져갈 수 있으면 좋겠고 강사님이 센터로 와 주시면 더 좋겠습니다.', 20, None,
    [('목공 체험',['woodwork_class'],None)], sub=['hanji_class','dyeing_class']))
A(N('long_sentence', '청년센터 개소 1주년 기념행사(9월 20일 토, 센터 다목적홀)를 기록으로 남기려고 합니다. 당일 현장 스케치 사진을 찍어 주실 분을 모십니다.', None, 500000,
    [('행사 사진',['event_photo'],None)]))
A(N('long_sentence', '○○시장 상인회 사무국입니다. 추석맞이 고객 감사 이벤트로 시장 로고를 인쇄한 장바구니를 500개 정도 나눠 드리려고 하는데, 가능한 업체 있을까요?', 500, None,
    [('장바구니',['eco_bag'],None)], sub=[]))
A(N('long_sentence', '○○농협 본점 사무실 및 하나로마트 매장 전체에 대하여 분기별 1회 방역을 실시하고자 하오니 소독 업체의 견적을 요청드립니다. 시행 예정일은 2025. 4. 7.(월)입니다.', 4, None,
    [('방역 소독',['disinfection'],None)]))
A(N('long_sentence', '완산구청 문화관광과입니다. 10월에 열리는 동네 축제 개막식에 흥을 돋울 전통 공연팀을 섭외하려 합니다. 꽹과리, 장구가 앞장서는 길놀이 형태였으면 합니다.', None, 1500000,
    [('풍물 공연',['pungmul'],None)]))
A(N('long_sentence', '○○중학교 행정실입니다. 교내 급수용 물탱크를 상·하반기 연 2회 청소해야 해서 업체 견적을 받고 있습니다. 청소 후 수질검사 결과 제출까지 가능한 곳이면 좋겠습니다.', 2, None,
    [('저수조 청소',['water_tank_cleaning'],None)]))
A(N('long_sentence', '○○산림조합 사무실입니다. 다음 달 조합원 총회 참석자 200명에게 드릴 지역 농산물 선물세트를 알아보는 중인데 1인 2만원 이내로 맞춰 주실 수 있을까요?', 200, 4000000,
    [('선물세트',['gift_set'],None)]))

# ---------------- category (11) : broad need; several grade-2 tags ----------------
A(N('category', '어르신 생신잔치 때 상에 올릴 먹거리 일체', None, None,
    [('',['rice_cake','cake','buffet','snackbox','sikhye'],None)], sub=['hangwa','bread','juice','side_dish']))
A(N('category', '사무실 탕비실 채워둘 차 종류랑 마실거리', None, None,
    [('',['coffee_bean','drip_coffee','tea'],None)], sub=['juice','sikhye']))
A(N('category', '축제 홍보물 일체(거리 게시용, 현장 안내용)', None, None,
    [('',['banner','x_banner','foamex','leaflet'],None)], sub=['sticker','graphic_design','booklet']))
A(N('category', '화장실이랑 청소할 때 쓰는 소모품들', None, None,
    [('',['toilet_paper','detergent','bleach','rubber_glove','soap'],None)], sub=['tissue','dish_detergent','hand_sanitizer','wet_wipe']))
A(N('category', '방학 중 아이들 체험활동 프로그램 뭐 있나요', None, None,
    [('',['woodwork_class','dyeing_class','hanji_class','baking_class','coding_class','farm_experience'],None)], sub=[]))
A(N('category', '행사 참가자 기념품으로 줄 만한 것', 150, None,
    [('',['eco_bag','tumbler','mug','pen','umbrella','hand_fan'],None)], sub=['hanji_craft','towel']))
A(N('category', '요양원 어르신 위생용품 정기 납품', None, None,
    [('',['adult_diaper','underpad','wet_wipe'],None)], sub=['towel','hand_sanitizer','tissue','antislip_socks']))
A(N('category', '조합원 명절 선물로 괜찮은 거 추천', 300, None,
    [('',['gift_set','hangwa','honey','sesame_oil','jang'],None)], sub=['rice','mixed_grain','tea','juice']))
A(N('category', '학교 시설 위생관리 용역', None, None,
    [('',['cleaning_service','disinfection','water_tank_cleaning','aircon_cleaning'],None)], sub=['landscaping']))
A(N('category', '상인회 행사 무대 공연이나 진행 맡아줄 팀', None, None,
    [('',['pungmul','gugak','magic_show','recreation'],None)], sub=['sound_system','event_planning']))
A(N('category', '사무실 분위기 살릴 초록 식물이나 꽃', None, None,
    [('',['potted_plant','flower_basket'],None)], sub=['landscaping']))

# ---------------- location (11) : loc = (dong, trade tags) ----------------
A(N('location', '인후동 떡집', None, None, [('떡집',[],None)], loc=('인후동', ['rice_cake','hangwa'])))
A(N('location', '서신동 꽃집', None, None, [('꽃집',[],None)], loc=('서신동', ['wreath','flower_basket','potted_plant'])))
A(N('location', '효자동 빵집', None, None, [('빵집',[],None)], loc=('효자동', ['bread','cookie','cake'])))
A(N('location', '송천동 반찬가게', None, None, [('반찬가게',[],None)], loc=('송천동', ['side_dish','kimchi'])))
A(N('location', '팔복동 인쇄소', None, None, [('인쇄소',[],None)], loc=('팔복동', ['business_card','leaflet','booklet','envelope','sticker','certificate','calendar'])))
A(N('location', '중화산동 세탁소', None, None, [('세탁소',[],None)], loc=('중화산동', ['laundry'])))
A(N('location', '호성동 정미소', None, None, [('정미소',[],None)], loc=('호성동', ['rice','mixed_grain'])))
A(N('location', '삼천동 목공방', None, None, [('목공방',[],None)], loc=('삼천동', ['bookshelf','shoe_rack','wooden_bench','wooden_desk','wooden_toy','woodwork_class'])))
A(N('location', '풍남동 한지공방', None, None, [('한지공방',[],None)], loc=('풍남동', ['hanji_craft','hanji_class','hand_fan'])))
A(N('location', '금암동 커피집', None, None, [('커피집',[],None)], loc=('금암동', ['coffee_bean','drip_coffee'])))
A(N('location', '평화동 도시락집', None, None, [('도시락집',[],None)], loc=('평화동', ['lunchbox','buffet'])))

# ---------------- multi_item (10) ----------------
A(N('multi_item', '현수막이랑 엑스배너 같이 주문', None, None, [('현수막',['banner'],None), ('엑스배너',['x_banner'],None)], sub=['foamex']))
A(N('multi_item', '도시락 50개 및 식혜 50병', 50, None, [('도시락',['lunchbox'],None), ('식혜',['sikhye'],['식혜'])], sub=['buffet','juice','sikhye']))
A(N('multi_item', '수건, 물티슈, 손소독제 요양원 비품', None, None, [('수건',['towel'],None), ('물티슈',['wet_wipe'],None), ('손소독제',['hand_sanitizer'],None)], sub=['tissue','soap']))
A(N('multi_item', '명함이랑 대봉투 인쇄', None, None, [('명함',['business_card'],None), ('봉투',['envelope'],None)], sub=[]))
A(N('multi_item', '근조화환 및 축하 난 화분', None, None, [('근조화환',['wreath'],['근조']), ('축하 화분',['potted_plant'],None)], sub=['wreath','flower_basket']))
A(N('multi_item', '단체티랑 모자 30세트', 30, None, [('단체티',['group_tshirt'],None), ('모자',['cap'],None)], sub=['vest']))
A(N('multi_item', '풍물공연과 음향장비 운영', None, None, [('풍물공연',['pungmul'],None), ('음향장비',['sound_system'],None)], sub=['gugak','event_planning']))
A(N('multi_item', '쌀, 김치, 된장 이웃돕기 물품', None, None, [('쌀',['rice'],None), ('김치',['kimchi'],None), ('된장',['jang'],['된장'])], sub=['mixed_grain','side_dish','jang']))
A(N('multi_item', '에코백과 텀블러 세트로 150개', 150, None, [('에코백',['eco_bag'],None), ('텀블러',['tumbler'],None)], sub=['mug']))
A(N('multi_item', '리플릿 및 홍보영상 제작', None, None, [('리플릿',['leaflet'],None), ('홍보영상',['promo_video'],None)], sub=['booklet','drone']))

assert len(NEEDS) == 120, len(NEEDS)

# ---------------- no_match (30) : written after the catalog ----------------
# (text, 난이도, 겹치는 말, 해당 없음 이유, qty, budget)
NOMATCH = [
 ('사무실 복합기 임대 (월 렌탈)', 'hard', '토너·복사용지', '토너·용지 등 소모품만 있고 복합기 임대는 없음', 1, None),
 ('현수막 실사출력기 장비 구입', 'hard', '현수막·실사출력', '현수막 제작 서비스만 있고 출력 장비 판매는 없음', 1, None),
 ('교무실 에어컨 신규 설치 공사', 'hard', '에어컨', '에어컨 청소만 있고 설치 공사는 없음', None, None),
 ('체험학습 통학버스 임차 45인승', 'hard', '체험학습', '차량 임차·운송 서비스 없음', 2, None),
 ('세무 기장 대행 및 결산', 'hard', '대행', '세무사 자격이 필요한 전문 서비스 없음', None, None),
 ('직원 노트북 액정 수리', 'hard', '노트북', '리퍼브 노트북 판매만 있고 수리는 없음', 3, None),
 ('떡 제조기(떡 기계) 구입', 'hard', '떡', '떡 완제품만 있고 제조 기계는 없음', 1, None),
 ('요양원 간호조무사 파견', 'hard', '요양원·어르신', '의료 인력 파견 서비스 없음', None, None),
 ('어린이집 실내놀이터 시공', 'hard', '어린이집·원목', '원목 가구·교구만 있고 시공 공사는 없음', None, None),
 ('정수기 렌탈 및 필터 관리', 'hard', '저수조·수질', '정수기 렌탈·관리 상품 없음', None, None),
 ('행사용 커피머신 대여', 'hard', '커피·행사', '원두·드립백만 있고 기계 대여는 없음', 1, None),
 ('도자기 물레 체험 수업', 'hard', '체험 수업', '도예 체험 프로그램 없음', 20, None),
 ('노무사 인사노무 자문 계약', 'hard', '자문·계약', '공인노무사 자문 서비스 없음', None, None),
 ('청사 외벽 도색 공사', 'hard', '건물·외벽', '청소 용역만 있고 도장 공사는 없음', None, None),
 ('업소용 세탁기 고장 수리', 'hard', '세탁', '세탁 서비스만 있고 세탁기 수리는 없음', 1, None),
 ('전기안전 정기점검 대행', 'hard', '정기점검·대행', '전기안전관리자 자격 업무 없음', None, None),
 ('축제장 이동식 화장실 대여', 'hard', '축제·화장실', '이동식 화장실 임대 없음', 5, None),
 ('드론 조종 자격증 과정', 'hard', '드론', '드론 촬영·코딩 체험만 있고 자격 교육은 없음', 10, None),
 ('LED 간판 교체 공사', 'hard', 'LED·사인', '간판 제작·설치 공사 없음', 1, None),
 ('지게차 임대 (창고 정리용)', 'hard', '임대', '중장비 임대 없음', 1, None),
 ('해외 항공권 단체 예매', 'easy', '', '여행·항공 서비스 없음', 10, None),
 ('주식 투자 상담', 'easy', '', '금융 상담 없음', None, None),
 ('반려견 미용 예약', 'easy', '', '반려동물 서비스 없음', None, None),
 ('관용차 타이어 교체', 'easy', '', '차량 정비 없음', 4, None),
 ('치과 스케일링 예약', 'easy', '', '의료 서비스 없음', None, None),
 ('아파트 분양 정보', 'easy', '', '부동산 정보 없음', None, None),
 ('골프 레슨 10회', 'easy', '', '스포츠 레슨 없음', 10, None),
 ('휴대폰 요금제 변경', 'easy', '', '통신 서비스 없음', None, None),
 ('비트코인 채굴기', 'easy', '', '해당 품목 없음', None, None),
 ('수입 자동차 리스 견적', 'easy', '', '차량 리스 없음', None, None),
]
assert len(NOMATCH) == 30
