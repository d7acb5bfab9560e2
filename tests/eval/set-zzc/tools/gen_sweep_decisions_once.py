import os, sys
if os.path.exists('sweep_decisions.py') and '--force' not in sys.argv:
    sys.exit('sweep_decisions.py already exists; this one-off generator was run once on the first sweep (318 hits). Not re-running.')
# one-off: turn my review of sweep_unresolved.csv into literal entries in sweep_decisions.py
import csv
hits = list(csv.DictReader(open('sweep_unresolved.csv', encoding='utf-8')))
# (need key, tag) -> (rel, item, reason) for individual reviewed products (applied per code)
POS = {
 ("exact-05","snack_box"):(1,"","떡·과일·음료가 든 다과 상자: 떡이 들어 있어 대체품"),
 ("multi_item-06","snack_box"):(1,"떡","떡과 과일이 함께 든 다과 상자: 두 품목을 함께 충족하는 대체품"),
 ("multi_item-06","snack_catering"):(1,"떡","떡·과일로 차리는 다과상 서비스: 대체품"),
 ("exact-06","cold_brew"):(1,"","원두는 아니지만 사무실 커피 대용(드립백과 같은 대체품 수준)"),
 ("choseong-10","cold_brew"):(1,"","원두는 아니지만 사무실 커피 대용"),
 ("quantity-05","cold_brew"):(1,"","원두는 아니지만 커피 대용"),
 ("multi_item-09","cold_brew"):(1,"커피 원두","원두는 아니지만 커피 대용"),
 ("exact-07","rice_wreath"):(1,"","쌀화환은 화환 대용으로 널리 쓰임"),
 ("spacing-11","rice_wreath"):(1,"","쌀화환은 근조용으로도 쓰이는 화환 대용"),
 ("quantity-11","rice_wreath"):(1,"","화환 대용(단가 150,000원으로 상한 초과라도 대체품 1)"),
 ("quantity-11","potted_plant"):(1,"","축하 화분은 축하 화환 대신 보내는 대체품"),
 ("exact-09","eco_bag_kit"):(1,"","무지 에코백이 든 꾸미기 키트: 대체품"),
 ("hanyeong-01","eco_bag_kit"):(1,"","무지 에코백이 든 꾸미기 키트: 대체품"),
 ("choseong-07","eco_bag_kit"):(1,"","무지 에코백이 든 꾸미기 키트: 대체품"),
 ("quantity-08","eco_bag_kit"):(1,"","에코백 대체품(단가 6,000원)"),
 ("long_sentence-02","eco_bag_kit"):(1,"","방문객 배포용 에코백 대체품"),
 ("multi_item-07","eco_bag_kit"):(1,"에코백","에코백 대체품"),
 ("hanyeong-09","upcycle_experience"):(1,"","만들기(공예) 체험: 한지 체험의 대체품(ok에 도자기·목공 체험을 둔 것과 같은 기준)"),
 ("hanyeong-09","fan_experience"):(1,"","부채 만들기 공예 체험: 대체품"),
 ("hanyeong-09","beeswax_experience"):(1,"","초 만들기 공예 체험: 대체품"),
 ("hanyeong-09","leather_experience"):(1,"","가죽 공예 체험: 대체품"),
 ("choseong-08","upcycle_experience"):(1,"","만들기(공예) 체험: 대체품"),
 ("choseong-08","fan_experience"):(1,"","부채 만들기 공예 체험: 대체품"),
 ("choseong-08","beeswax_experience"):(1,"","초 만들기 공예 체험: 대체품"),
 ("choseong-08","leather_experience"):(1,"","가죽 공예 체험: 대체품"),
 ("typo-04","fruit_syrup"):(1,"","물에 타 마시는 과일청: 주스 대체품"),
 ("spacing-08","kitchen_towel"):(1,"","종이 타월이라 핸드타월 대체품"),
 ("spacing-08","towel"):(1,"","'핸드 타월'을 천 수건으로 읽을 수도 있어 대체품"),
 ("long_sentence-05","pottery_experience"):(1,"","흙놀이 감각 체험: 감각 놀이지만 교구가 아닌 프로그램이라 대체품"),
 ("long_sentence-08","rice_cake"):(1,"","지역 쌀로 만든 떡 선물 세트: 대체품"),
 ("long_sentence-08","produce_box"):(1,"","지역 농산물 꾸러미: 선물세트는 아니지만 대체품"),
 ("category-08","rice_cake"):(1,"","떡 선물 세트: 지역 농특산 가공품 선물 대체품"),
 ("category-08","produce_box"):(1,"","지역 농산물 꾸러미: 대체품"),
 ("category-01","snack_box"):(2,"","행사·회의 다과 그 자체"),
 ("category-01","snack_catering"):(2,"","행사 다과상 차림 그 자체"),
 ("category-06","potted_plant"):(1,"","설명에 '답례·기념품용' 미니 화분: 기념품 대체품"),
 ("category-09","tteok_experience"):(2,"","체험 프로그램"),
 ("category-09","flower_class"):(2,"","꽃꽂이 체험 수업"),
 ("category-09","barista_experience"):(2,"","체험 프로그램"),
 ("category-09","upcycle_experience"):(2,"","체험 프로그램"),
 ("category-09","fan_experience"):(2,"","체험 프로그램"),
 ("category-09","beeswax_experience"):(2,"","체험 프로그램"),
 ("category-09","tea_experience"):(2,"","체험 프로그램"),
 ("category-09","pansori_experience"):(2,"","체험 프로그램"),
 ("category-09","leather_experience"):(2,"","체험 프로그램"),
 ("multi_item-01","envelope_plain"):(1,"봉투","인쇄 없는 봉투: 봉투 대체품"),
 ("multi_item-10","soap_flower"):(1,"꽃다발","비누꽃 꽃다발: 꽃다발 대체품"),
}
NEG_TAG = {
 "card_holder":"명함지갑(가죽 소품)은 명함이 아님",
 "upcycle_bag":"폐현수막으로 만든 가방: 현수막이 아님",
 "upcycle_experience":"현수막을 재료로 쓰는 체험: 원하는 품목 아님",
 "coffee_catering":"커피 배달 서비스: 원두·드립백이 아님",
 "upcycle_pouch":"커피자루 원단 파우치: 커피 아님",
 "mask_pack":"화장품 마스크팩: 보건용 마스크 아님",
 "lunch_bag":"도시락 가방: 도시락(음식) 아님",
 "board_game_class":"게임 제작 수업: 보드게임 제품 아님",
 "laundry":"세탁 서비스: 물품 아님",
 "handkerchief":"손수건: 수건과 다른 품목",
 "hanji_craft":"한지 공예품: 체험 아님",
 "skin_toner":"화장품 토너: 프린터 토너 아님",
 "ink":"잉크젯 잉크 리필: 레이저 토너 아님",
 "safety_training":"안전교육 용역: 물품 아님",
 "furniture":"교구장(수납 가구): 교구 아님",
 "tteokbokki":"떡볶이 밀키트: 떡(떡집 떡) 아님",
 "tteok_experience":"떡메치기 체험: 떡 물품 아님",
 "video":"영상: 인쇄물 아님", "design_service":"디자인 용역(웹배너): 인쇄물·배너 아님",
 "vinyl_gloves":"일회용 위생 비닐장갑: 안전 장갑 아님",
 "aircon_cleaning":"에어컨 세척: 건물 정기 청소 아님",
}
out_over, out_rev = [], []
for h in hits:
    k, c = h["수요키"], h["제품코드"]
    tags = h["태그"].split("|")
    pos = [POS[(k, t)] for t in tags if (k, t) in POS]
    if pos:
        rel, item, why = pos[0]
        out_over.append((k, c, rel, item, why + " / " + h["제품명"]))
        continue
    why = next((NEG_TAG[t] for t in tags if t in NEG_TAG), None)
    if why is None:
        why = "'%s'만 겹침, 원하는 품목 아님" % h["겹친말"]
    out_rev.append((k, c, why + " / " + h["제품명"]))
with open("sweep_decisions.py", "w", encoding="utf-8") as f:
    f.write('# -*- coding: utf-8 -*-\n"""스윕 검토 결정 (sweep_unresolved.csv 의 모든 행을 한 건씩 검토).\n'
            '키의 수요키는 id_map.csv 의 내부키(유형-순번), 제품코드는 catalog.csv.\n'
            'OVERRIDES[(수요키, 제품코드)] = (관련도, 품목, 이유)  -- 관련도 0 이면 기계 라벨 삭제\n'
            'TAG_OVERRIDES[(수요키, 품목태그)] = (관련도, 품목, 이유) -- 스윕에 안 걸린 같은 종류 제품도 검토해 태그 단위로 부여\n'
            'REVIEWED[(수요키, 제품코드)] = 이유  -- 검토 후 관련 없음(0)"""\n\n')
    f.write("OVERRIDES = {\n")
    for k, c, rel, item, why in out_over:
        f.write("    (%r, %r): (%d, %r, %r),\n" % (k, c, rel, item, why))
    f.write("}\n\nTAG_OVERRIDES = {\n")
    for (k, t, r, i, w) in [
        ("category-06", "keyring", 2, "", "가죽 키링: 전형적인 기념품"),
        ("category-06", "mug", 1, "", "수제 머그컵: 기념품 대체품"),
        ("category-06", "hanji_craft", 1, "", "한지 조명: 기념품 대체품(고가)"),
        ("category-11", "cold_brew", 2, "", "콜드브루 원액: 음료"),
        ("category-11", "sujeonggwa", 2, "", "수정과: 전통 음료"),
        ("category-11", "fruit_syrup", 1, "", "과일청: 타 마시는 음료 원료"),
        ("category-11", "coffee_catering", 1, "", "커피 배달: 음료 서비스"),
        ("category-01", "finger_food", 1, "", "핑거푸드: 다과에 가까운 행사 음식"),
        ("category-08", "jerky", 1, "", "한우 육포: 지역 축산 가공품"),
        ("category-04", "vinyl_gloves", 1, "", "위생 비닐장갑: 위생용품"),
        ("category-03", "traffic_cone", 1, "", "라바콘: 현장 안전용품"),
        ("category-03", "warning_tape", 1, "", "안전 경고 테이프: 현장 안전용품"),
        ("category-05", "scrubber", 2, "", "수세미: 청소용품"),
        ("category-05", "em", 1, "", "EM 발효액: 세정 보조"),
        ("category-02", "staples", 2, "", "스테이플러 침: 사무용품"),
        ("category-02", "correction_tape", 2, "", "수정테이프: 사무용품"),
        ("category-02", "scissors", 2, "", "가위: 사무용품"),
        ("category-02", "packing_tape", 2, "", "박스 테이프: 사무용품"),
        ("category-02", "notebook", 2, "", "노트: 사무용품"),
        ("category-07", "certificate_print", 1, "", "상장 인쇄: 인쇄물이나 홍보용 아님"),
        ("category-07", "sticker", 1, "", "로고 스티커: 홍보 인쇄물 대체품"),
        ("category-07", "signboard", 1, "", "폼보드 안내판: 실사 출력물"),
        ("category-10", "board_game_class", 0, "", "(검토) 제작 수업은 교구 아님"),
        ("synonym-01", "staples", 1, "", "스테이플러 침: 본체는 아니지만 함께 찾는 소모품"),
        ("typo-01", "staples", 1, "", "스테이플러 침: 소모품"),
        ("synonym-03", "packing_tape", 1, "", "OPP 투명 박스 테이프: 투명 테이프 대체품"),
        ("synonym-08", "vinyl_gloves", 0, "", "(검토) 관련 없음"),
    ]:
        if r:
            f.write("    (%r, %r): (%d, %r, %r),\n" % (k, t, r, i, w))
    f.write("}\n\nREVIEWED = {\n")
    for k, c, why in out_rev:
        f.write("    (%r, %r): %r,\n" % (k, c, why))
    f.write("}\n")
print(len(out_over), len(out_rev))
