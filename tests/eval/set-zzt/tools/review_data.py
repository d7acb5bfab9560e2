# -*- coding: utf-8 -*-
"""4단계 스윕 검토 결과. build_queries.py 가 만든 후보(이름·규격·설명에 수요의 내용어가 들어 있으나 라벨이 없는 제품)를
하나씩 보고 기록했다. 결과 전체는 sweep_review.csv 에 후보별로 남는다.

OVERRIDES: (수요키, 제품코드) -> (관련도, 이유)   태그 규칙 결과를 바꾼다 (0 이면 행 삭제).
           multi_item 은 이유를 '품목|이유' 로 쓴다.
REVIEW_RULES: (수요키, 제품태그) -> 이유        그 태그의 후보는 검토 결과 0(라벨 없음) 유지
REVIEWED: (수요키, 제품코드) -> 이유             개별 후보 0 유지
"""
OVERRIDES = {
    ('hanyeong-043', 'ZZT0274'): (1, '한지 등 만들기 키트는 아이들이 센터에서 직접 한지 공예를 해 볼 수 있어 체험 프로그램의 대체품'),
    ('spacing-054', 'ZZT0126'): (1, '상장 용지를 사서 인쇄하는 대신 상장 인쇄를 주문하는 대체 수단'),
    ('choseong-064', 'ZZT0268'): (1, '종합세트 구성에 누룽지가 들어 있음 (누룽지 단품은 아님)'),
    ('long_sentence-082', 'ZZT0169'): (1, '모종 심기 체험은 텃밭 교육과 비슷한 도시농업 프로그램이나 대상이 어린이라 대체품'),
    ('long_sentence-083', 'ZZT0132'): (1, '요구의 절반(동물 사진 촬영)은 충족, 영상 제작은 아님'),
    ('long_sentence-084', 'ZZT0056'): (1, '태그상 전통 음료이나 뜨겁게 타 먹는 액상 스틱이라 시원한 병·캔 음료 조건에 못 미침 (2->1)'),
    ('synonym-017', 'ZZT0209'): (1, '츄르는 짜 먹이는 액상 스틱 간식, 동결건조 간식은 다른 고양이 간식이라 대체품 (2->1)'),
    ('synonym-018', 'ZZT0247'): (1, '생존배낭 구성품에 보온시트가 들어 있음'),
    ('category-095', 'ZZT0269'): (1, '어묵 꼬치는 매점에서 파는 간식이지만 조리가 필요한 식품이라 대체품'),
    ('category-095', 'ZZT0045'): (1, '주먹밥 간식 세트는 간식이지만 식사류에 가까워 대체품'),
    ('multi_item-110', 'ZZT0098'): (1, '초|아로마 향초도 초이지만 제례용이 아니라 대체품 (향 품목으로는 0)'),
    ('multi_item-120', 'ZZT0159'): (1, '담요|극세사 반려동물 담요도 담요로 쓸 수는 있어 대체품 (typo 담뇨 요구의 ok 와 일치)'),
    ('hanyeong-034', 'ZZT0015'): (1, '떡국떡은 떡이지만 끓여 먹는 재료용이라 대체품 (스윕 1음절 누락분을 떡 제품 전수 확인 중 추가)'),
    ('hanyeong-034', 'ZZT0048'): (1, '다과 세트 구성에 떡이 들어 있어 대체품'),
}

R = {}


def rule(key, tags, why):
    for t in tags.split():
        R[(key, t)] = why


rule('exact-001', 'drip_coffee craft_exp hanji_craft_exp hanji_lamp fan craft_kit', '한지를 재료로 쓴 완제품·체험·포장이지 한지(종이) 자체가 아님')
rule('exact-002', 'card_wallet', '명함 지갑은 명함 제작이 아님')
rule('exact-003', 'cushion broom', '벤치용 방석·야외 빗자루는 벤치가 아님')
rule('exact-005', 'souvenir', '호미 모양 병따개 기념품, 농기구 아님')
rule('exact-006', 'storage_box dog_food cat_treat cat_litter postcard', '고양이 사료가 아님 (개 사료·간식·모래·보관함·엽서)')
rule('exact-007', 'coffee_exp compost', '로스팅 체험·커피박 퇴비는 원두 구매가 아님')
rule('exact-009', 'sikhye card_wallet hoe dog_treat fish_cake', '"수제"만 겹침, 쿠키 아님')
rule('exact-010', 'delivery_service', '생수 대금 별도인 정기 배달 서비스, 생수 자체가 아님 (같은 기업의 생수 제품은 2)')
rule('hanyeong-038', 'delivery_service', '생수 대금 별도인 정기 배달 서비스, 생수 자체가 아님')
rule('quantity-067', 'delivery_service', '생수 대금 별도인 정기 배달 서비스, 생수 자체가 아님')
rule('multi_item-117', 'delivery_service craft_kit', '배달 서비스·종이컵 전화기 키트는 생수·종이컵 아님')
rule('synonym-013', 'sikhye paper_cup fish_cake', '"매점"만 겹침, 홍보 전단 아님')
rule('synonym-017', 'cooler_bag bread snack_meal tea trad_drink cat_food cat_litter dog_treat postcard nurungji rice_cracker', '고양이 간식(츄르) 아님')
rule('synonym-018', 'safety_edu', '"응급"만 겹침, 교육 서비스')
rule('synonym-020', 'slipper', '"일회용"만 겹침, 슬리퍼')
rule('typo-022', 'pouch eco_bag pencil_case', '폐현수막 재활용품, 현수막 제작이 아님')
rule('choseong-056', 'pouch eco_bag pencil_case', '폐현수막 재활용품, 현수막 제작이 아님')
rule('multi_item-112', 'pouch eco_bag pencil_case', '폐현수막 재활용품, 현수막·배너 아님')
rule('typo-025', 'soap', '누룩 비누, 누룩 아님')
rule('hanyeong-037', 'soap', '누룩 비누, 누룩 아님')
rule('quantity-071', 'soap', '누룩 비누, 누룩 아님')
rule('multi_item-114', 'soap rice_cake hangwa makgeolli', '찹쌀·누룩으로 만든 가공품이지 재료 자체가 아님')
rule('typo-026', 'bread brewing_exp vinegar liquor_bottle nuruk', '막걸리 관련 가공품·체험·병·재료, 막걸리 술이 아님')
rule('spacing-048', 'bread makgeolli brewing_exp vinegar nuruk', '막걸리 빈 병(공병)이 아님')
rule('typo-029', 'laundry_service', '담요 세탁 서비스, 담요 아님')
rule('multi_item-120', 'laundry_service craft_kit', '담요 세탁·손전등 만들기 키트는 담요·손전등 아님')
rule('typo-030', 'garden_exp trowel', '모종 심기 체험·모종삽은 모종 아님')
rule('hanyeong-036', 'garden_exp trowel', '모종 심기 체험·모종삽은 모종 아님')
rule('multi_item-115', 'garden_exp trowel', '모종 심기 체험·모종삽은 씨앗·모종·퇴비 아님')
rule('typo-031', 'teacher_edu', '교사 대상 교육 서비스, 보드게임 아님')
rule('hanyeong-035', 'storage_box', '사료 보관함, 사료 아님')
rule('multi_item-116', 'storage_box', '사료 보관함, 사료 아님')
rule('quantity-068', 'storage_box cat_food dog_treat pet_service', '강아지 사료가 아님 (고양이 사료·간식·보관함·산책)')
rule('hanyeong-039', 'card_wallet', '명함 지갑은 명함이 아님')
rule('hanyeong-043', 'drip_coffee hanji hanji_lamp fan', '한지·한지 제품이지 공예 체험 프로그램이 아님')
rule('spacing-044', 'hangwa hangwa_set hanji ballpen shopping_bag craft_kit', '"종이"만 겹침, 종이컵 아님 (종이컵 전화기 키트는 교구)')
rule('spacing-045', 'trash_tongs', '쓰레기 집게, 쓰레기봉투 아님')
rule('spacing-046', 'cat_food cat_treat postcard', '고양이 모래가 아님')
rule('spacing-047', 'rice_flour craft_exp hanji_craft_exp garden_exp meal_kit', '강사 체험 프로그램·밀키트·쌀가루, 만들기 키트(물품) 아님')
rule('spacing-049', 'emergency_kit', '생존배낭 구성(식수·보온시트·랜턴·구급품)에 식량 없음')
rule('spacing-052', 'mug copy_paper work_clothes apron hygiene_cap straw_hat arm_sleeve laundry_service helmet shopping_bag', '"작업"만 겹침, 장갑 아님')
rule('spacing-053', 'hanbok signboard translation', '"안내"만 겹침, 책자 아님')
rule('spacing-054', 'copy_paper', '"용지"만 겹침, 일반 복사용지는 상장 용지 아님')
rule('choseong-057', 'planter', '옹기 화분, 술·장 담는 항아리 아님')
rule('choseong-058', 'cooler_bag', '도시락 가방, 도시락 아님')
rule('quantity-069', 'cooler_bag', '도시락 가방, 도시락 아님')
rule('choseong-060', 'drip_coffee diffuser', '"선물세트"만 겹침, 한과 아님')
rule('choseong-061', 'cooler_bag bread snack_meal dog_food cat_treat pet_service nurungji rice_cracker', '강아지 간식이 아님 (사람 간식·사료·고양이 간식·산책)')
rule('choseong-063', 'laundry_service', '작업복 세탁 서비스, 작업복 아님')
rule('multi_item-118', 'laundry_service', '작업복 세탁 서비스, 작업복 아님')
rule('choseong-065', 'craft_kit', '손전등 만들기 과학 키트(교구), 손전등 아님')
rule('quantity-076', 'craft_kit', '손전등 만들기 과학 키트(교구), 손전등 아님')
rule('quantity-066', 'water packing_tape parcel_box', '"박스"만 겹침')
rule('quantity-073', 'compost', '커피박 퇴비, 커피 아님')
rule('quantity-074', 'craft_exp', '부채 만들기 체험, 부채 물품 아님')
rule('long_sentence-077', 'rice_cake cheongju ritual_candle ritual_vessel', '"제례용"만 겹침, 향 아님 (향로는 그릇)')
rule('long_sentence-078', 'baekseolgi rice_cake drip_coffee sticker gift_box', '답례품이지만 한과 세트가 아님 (떡·커피·스티커·빈 상자)')
rule('long_sentence-079', 'garden_edu cleaning_service', '"관리"·"용역"만 겹침, 조경 용역 아님')
rule('long_sentence-080', 'lunchbox landscaping_service planter bench pyeongsang detergent broom rubber_gloves', '청소 용역(서비스)이 아님 (청소 용품·쉼터 시설물·다른 용역)')
rule('long_sentence-081', 'craft_exp onggi_jar potted_plant bouquet', '도자기 술잔이 아님')
rule('long_sentence-082', 'straw_hat garden_gloves work_gloves seedling mulch_film trowel hand_cart', '텃밭 물품, 교육(강사) 아님')
rule('long_sentence-083', 'pet_blanket badge', '홍보 영상·촬영 서비스 아님')
rule('long_sentence-084', 'catering makgeolli paper_cup fish_cake', '전통 음료가 아님 (막걸리는 주류라 매점 음료 요구에서 제외)')
rule('long_sentence-085', 'cookie planter business_card copy_paper card_wallet apron hygiene_cap garden_exp trowel work_gloves shopping_bag', '공기정화 식물이 든 화분이 아님 (빈 화분·작업장 물품 등)')
rule('long_sentence-086', 'rice_flour craft_exp hanji_craft_exp garden_exp craft_kit', '떡 만들기 체험이 아님 (다른 만들기 체험·키트·쌀가루)')
rule('long_sentence-087', 'laundry_service flashlight safety_edu craft_kit slipper', '"대피소"·"재난"만 겹침, 칸막이 텐트 아님')
rule('category-091', 'planter bench pyeongsang', '"쉼터"만 겹침, 청소용품 아님')
rule('category-092', 'cooking_exp rice_cake_exp brewing_exp', '빚기 체험 서비스, 재료 아님')
rule('category-093', 'garden_edu', '교육 서비스, 농자재 아님')
rule('category-095', 'cooler_bag sikhye trad_drink cat_treat dog_treat paper_cup', '매점 판매용 간식이 아님 (음료·반려동물 간식·가방·컵)')
rule('category-097', 'performance', '"놀이"만 겹침, 공연')
rule('category-098', 'safety_edu craft_kit', '"재난"만 겹침, 교육·교구')
rule('location-108', 'apron', '"카페"용 앞치마, 카페 업체 아님')
rule('multi_item-110', 'chili_powder cookie cheongju vinegar jerye_po ritual_vessel sachet mulch_film landscaping_service',
     '1음절 "향"/"초"가 다른 낱말 속에 겹친 것, 향·초 아님 (향낭·향로는 향 아님)')
rule('multi_item-113', 'clothespin', '빨래집게, 쓰레기 줍는 집게 아님')
rule('hanyeong-034', 'cooking_exp rice_cake_exp cooler_bag rice_flour cheesecloth meal_kit', '떡 체험·떡 배달 가방·쌀가루·면보·떡볶이 밀키트는 떡(먹는 떡) 아님')
REVIEW_RULES = R
REVIEWED = {}
