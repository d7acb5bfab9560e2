"""1단계: 카탈로그를 보기 전에 쓴 매칭 가능 수요 120건.
전주 소재 '먼저 떠올리지 않는' 공공기관(시설공단, 대학병원 행정팀, 교육지원청, 소방서, 우체국,
보훈회관, 청소년수련관, 농업기술센터, 국립박물관, 시립도서관, 상수도사업본부 등) 담당자가
검색창에 칠 법한 말로 적었다.

필드: kind, text, qty, budget, g2(정확히 원하는 품목 태그), g1(대체 가능 태그)
kind별 추가 필드:
  exact: term (카탈로그에 그대로 있어야 하는 일반명)
  synonym/typo: word (카탈로그에 없어야 하는 말)
  hanyeong: intended (의도한 한글)
  spacing: catalog_form (카탈로그 쪽 띄어쓰기)
  choseong: cho, word
  location: dong, trade (태그 목록)
  multi_item: items = [(품목 라벨, [태그...])]
태그 이름은 품목 개념이며, 카탈로그 작성 때 각 제품에 붙였다.
"""

def N(kind, text, qty=None, budget=None, g2=(), g1=(), **kw):
    d = dict(kind=kind, text=text, qty=qty, budget=budget, g2=list(g2), g1=list(g1))
    d.update(kw)
    return d

NEEDS = [
    # ---------------- exact (11)
    N("exact", "방충망 교체", g2=["repair_screen"], term="방충망 교체"),
    N("exact", "저수조 청소", budget=1000000, g2=["cleaning_tank"], term="저수조 청소"),
    N("exact", "공기정화식물", qty=20, g2=["plant_air"], g1=["flower_pot"], term="공기정화식물"),
    N("exact", "근무복", qty=40, g2=["uniform_work"], g1=["jumper", "vest"], term="근무복"),
    N("exact", "떡국떡", qty=30, g2=["tteokguk"], term="떡국떡"),
    N("exact", "보드게임", g2=["boardgame"], g1=["edu_env"], term="보드게임"),
    N("exact", "국악 공연", budget=1000000, g2=["perform_gugak"], g1=["perform_other"], term="국악 공연"),
    N("exact", "홍보 영상 제작", budget=5000000, g2=["video_promo"], g1=["video_event"], term="홍보 영상 제작"),
    N("exact", "영문 번역", g2=["translate_en"], g1=["translate_review"], term="영문 번역"),
    N("exact", "재생 토너", g2=["toner"], g1=["ink", "toner_drum"], term="재생 토너"),
    N("exact", "한과 선물세트", qty=50, g2=["hangwa_set"], g1=["hangwa", "gift_set_holiday"], term="한과 선물세트"),

    # ---------------- synonym (11): word 는 카탈로그 어디에도 없어야 함
    N("synonym", "플래카드 제작", g2=["banner"], g1=["xbanner"], word="플래카드"),
    N("synonym", "행사 안내 찌라시", g2=["flyer"], g1=["print_leaflet", "poster"], word="찌라시"),
    N("synonym", "벤또 40개", qty=40, g2=["lunchbox"], g1=["gimbap"], word="벤또"),
    N("synonym", "더치커피", g2=["coldbrew"], g1=["coffee_bean", "drip_bag"], word="더치"),
    N("synonym", "직원 겨울 잠바", g2=["jumper"], g1=["jumper_light", "uniform_work"], word="잠바"),
    N("synonym", "다육이 화분", g2=["succulent"], g1=["flower_pot", "plant_air"], word="다육이"),
    N("synonym", "하이바", g2=["helmet"], word="하이바"),
    N("synonym", "창문 뽁뽁이", g2=["aircap"], word="뽁뽁이"),
    N("synonym", "포스트잇 로고 인쇄", g2=["sticky_memo"], word="포스트잇"),
    N("synonym", "직원 네임택", g2=["name_tag"], word="네임택"),
    N("synonym", "보루박스", g2=["box_corrugated"], word="보루"),

    # ---------------- typo (11): word 는 카탈로그에 없어야 함
    N("typo", "현수먁", g2=["banner"], g1=["xbanner"], word="현수먁"),
    N("typo", "설겆이 세제", g2=["detergent_dish"], g1=["cleaner_general"], word="설겆이"),
    N("typo", "상장 엑자", g2=["frame"], g1=["frame_art"], word="엑자"),
    N("typo", "수련관 숙소 배게", g2=["pillow"], g1=["pillow_cover", "bedding"], word="배게"),
    N("typo", "깍뚜기", g2=["kkakdugi"], g1=["kimchi"], word="깍뚜기"),
    N("typo", "에어콘 청소", g2=["aircon_clean"], word="에어콘"),
    N("typo", "팜플렛 제작", g2=["print_leaflet"], g1=["print_book", "design"], word="팜플렛"),
    N("typo", "커텐 세탁", g2=["laundry_curtain"], word="커텐"),
    N("typo", "출장 부페", g2=["buffet"], g1=["lunchbox"], word="부페"),
    N("typo", "퇴임식 떡케익", g2=["tteok_cake"], g1=["cake"], word="떡케익"),
    N("typo", "복사요지", g2=["copy_paper"], word="복사요지"),

    # ---------------- hanyeong (11)
    N("hanyeong", "tnrjs", g2=["towel"], intended="수건"),
    N("hanyeong", "ehtlfkr", g2=["lunchbox"], g1=["gimbap"], intended="도시락"),
    N("hanyeong", "cjdth 용역", g2=["cleaning_building"], g1=["cleaning_window"], intended="청소 용역"),
    N("hanyeong", "gksrhk", g2=["hangwa"], intended="한과"),
    N("hanyeong", "ghkqns", g2=["flower_pot", "plant_air", "succulent"], intended="화분"),
    N("hanyeong", "tlrgP", g2=["sikhye"], g1=["juice", "tea"], intended="식혜"),
    N("hanyeong", "wkrdjqqhr", g2=["uniform_work"], g1=["vest", "jumper", "vest_safety"], intended="작업복"),
    N("hanyeong", "답례 Ejr", g2=["tteok_gift"], g1=["tteok"], intended="답례 떡"),
    N("hanyeong", "Tkf 20kg", g2=["rice_20kg"], g1=["rice"], intended="쌀 20kg"),
    N("hanyeong", "tpxkr", g2=["laundry"], g1=["detergent_laundry"], intended="세탁"),
    N("hanyeong", "rksqud", g2=["care_hospital"], g1=["care_home"], intended="간병"),

    # ---------------- spacing (11)
    N("spacing", "단체티셔츠", g2=["tshirt_group"], catalog_form="단체 티셔츠"),
    N("spacing", "세탁 세제", g2=["detergent_laundry"], g1=["bleach"], catalog_form="세탁세제"),
    N("spacing", "종이쇼핑백", g2=["paper_bag"], catalog_form="종이 쇼핑백"),
    N("spacing", "핸드 타월", g2=["paper_towel"], g1=["towel"], catalog_form="핸드타월"),
    N("spacing", "손세정제", g2=["hand_soap"], g1=["sanitizer", "soap_bar"], catalog_form="손 세정제"),
    N("spacing", "유리창청소", g2=["cleaning_window"], g1=["cleaning_building"], catalog_form="유리창 청소"),
    N("spacing", "문서파쇄", g2=["waste_shred"], catalog_form="문서 파쇄"),
    N("spacing", "한지조명", g2=["hanji_lamp"], catalog_form="한지 조명"),
    N("spacing", "명절선물 세트", g2=["gift_set_holiday"], g1=["hangwa", "fruit", "honey"], catalog_form="명절 선물세트"),
    N("spacing", "안전 조끼", g2=["vest_safety"], g1=["vest"], catalog_form="안전조끼"),
    N("spacing", "구급 상자", g2=["first_aid"], catalog_form="구급상자"),

    # ---------------- choseong (11)
    N("choseong", "ㅎㅅㅁ", g2=["banner"], g1=["xbanner"], cho="ㅎㅅㅁ", word="현수막"),
    N("choseong", "ㄱㅊ 10kg", g2=["kimchi"], cho="ㄱㅊ", word="김치"),
    N("choseong", "ㅁㅎ 인쇄", g2=["print_card"], cho="ㅁㅎ", word="명함"),
    N("choseong", "ㅂㅇ 소독", g2=["disinfection"], g1=["pest"], cho="ㅂㅇ", word="방역"),
    N("choseong", "ㅁㅅㅋ", g2=["mask"], cho="ㅁㅅㅋ", word="마스크"),
    N("choseong", "ㅎㄱㄱㅇ", g2=["edu_env"], g1=["boardgame"], cho="ㅎㄱㄱㅇ", word="환경교육"),
    N("choseong", "ㅎㅈ 부채", g2=["hanji_fan"], g1=["edu_craft_hanji"], cho="ㅎㅈ", word="한지"),
    N("choseong", "ㅈㄱ", g2=["grain"], g1=["rice"], cho="ㅈㄱ", word="잡곡"),
    N("choseong", "ㅋㅍ 원두", g2=["coffee_bean"], g1=["drip_bag"], cho="ㅋㅍ", word="커피"),
    N("choseong", "ㄷㅂ 시공", g2=["repair_wallpaper"], cho="ㄷㅂ", word="도배"),
    N("choseong", "ㅅㅈ 촬영", g2=["photo"], g1=["video_event"], cho="ㅅㅈ", word="사진"),

    # ---------------- quantity (11)
    N("quantity", "A4 복사용지 80g 2500매 10박스", qty=10, g2=["copy_paper_a4_80"], g1=["copy_paper"]),
    N("quantity", "에코백 20수 캔버스 500개", qty=500, g2=["ecobag_20"], g1=["ecobag"]),
    N("quantity", "TN-2480 호환 토너 12개", qty=12, g2=["toner_tn2480"], g1=["toner"]),
    N("quantity", "근조화환 3단 2개", qty=2, g2=["wreath_condolence_3"], g1=["wreath_condolence"]),
    N("quantity", "쌀 10kg 30포", qty=30, g2=["rice_10kg"], g1=["rice"]),
    N("quantity", "원목 책상 1200×600 6개", qty=6, g2=["wood_desk_1200"], g1=["wood_desk"]),
    N("quantity", "손난로 150g 1000개", qty=1000, g2=["hotpack_150"], g1=["hotpack"]),
    N("quantity", "수건 40수 150g 300장", qty=300, g2=["towel_40_150"], g1=["towel"]),
    N("quantity", "드립백 10g 500개", qty=500, g2=["drip_bag"]),
    N("quantity", "아크릴 명패 250×60 15개", qty=15, g2=["nameplate_250"], g1=["nameplate"]),
    N("quantity", "3단 책장 폭 800 10개", qty=10, g2=["wood_shelf_3_800"], g1=["wood_shelf"]),

    # ---------------- long_sentence (11)
    N("long_sentence", "2026년 3월 14일(토) 전주교육지원청 3층 대회의실에서 열리는 학부모 연수 참석자 120명에게 제공할 점심 도시락을 구매하고자 하오니 견적을 보내 주시기 바랍니다.",
      qty=120, budget=1440000, g2=["lunchbox"], g1=["buffet", "gimbap"]),
    N("long_sentence", "전주시설공단 완산체련공원 관리동 외벽 칠이 벗겨져 4월 중 도색 작업을 맡길 업체를 찾고 있습니다. 작업 가능 여부와 ㎡당 단가를 알려 주시면 감사하겠습니다.",
      g2=["repair_paint"]),
    N("long_sentence", "국립전주박물관 어린이박물관에서 여름방학(7월 22일~8월 14일) 동안 운영할 전통 한지 공예 체험 수업에 강사와 재료를 함께 지원해 주실 수 있는 곳을 찾습니다.",
      g2=["edu_craft_hanji"], g1=["edu_craft_exp", "craft_kit"]),
    N("long_sentence", "덕진소방서 개서 기념식(11월 9일)에 보낼 축하 화환 두 개를 당일 오전까지 배송받고 싶습니다. 리본 문구는 별도로 전달드리겠습니다.",
      qty=2, g2=["wreath_congrats"], g1=["bouquet", "orchid"]),
    N("long_sentence", "전주우체국 집배원 등 직원 150명에게 설 명절 선물로 지역에서 생산된 농산물 선물세트를 드리려고 합니다. 1인당 3만원 이내로 구성 가능한 상품을 안내 부탁드립니다.",
      qty=150, budget=4500000, g2=["gift_set_holiday"], g1=["hangwa", "fruit", "honey", "rice_gift"]),
    N("long_sentence", "보훈회관에서 6월 25일 보훈가족 위로 행사를 개최하는데, 2시간 정도 행사 전체 진행을 맡아 줄 사회자를 섭외하고자 합니다. 가능하신 분 연락 바랍니다.",
      g2=["event_mc"], g1=["perform_gugak", "perform_other"]),
    N("long_sentence", "청소년수련관 여름 캠프(8월 5일~7일) 참가 중학생 40명을 대상으로 나무를 이용한 만들기 체험을 하루 운영해 주실 업체를 구합니다.",
      qty=40, g2=["edu_wood_exp"], g1=["edu_craft_exp"]),
    N("long_sentence", "농업기술센터 귀농귀촌 교육(매주 목요일 오후) 수강생 60명에게 드릴 오후 간식으로 빵이나 쿠키를 정기적으로 납품받고 싶습니다.",
      qty=60, g2=["bread", "cookie"], g1=["cake", "snackbox", "tteok"]),
    N("long_sentence", "전북대학교병원 행정팀입니다. 별관 입원 병동에서 사용하는 이불과 시트 등 침구류를 주 2회 수거해 세탁해 주실 업체를 찾습니다.",
      g2=["laundry_bedding"], g1=["laundry"]),
    N("long_sentence", "전주시립도서관 어린이 열람실에 바퀴벌레가 자주 나타나 휴관일인 월요일에 방제 작업을 받고자 합니다. 견적 부탁드립니다.",
      g2=["pest"], g1=["disinfection"]),
    N("long_sentence", "상수도사업본부 정수장 부지 내 수목 가지치기와 잔디 관리를 5월부터 10월까지 월 1회 맡아 주실 곳을 찾고 있습니다.",
      g2=["landscaping"]),

    # ---------------- category (11): 담당자 말로 쓴 넓은 수요, 답은 여러 분류
    N("category", "직원 복리후생 물품", g2=["gift_set_holiday", "hangwa", "honey", "fruit"], g1=["towel_gift", "tumbler", "coffee_bean", "drip_bag"]),
    N("category", "청사 시설 유지관리", g2=["cleaning_building", "cleaning_window", "cleaning_tank", "aircon_clean", "disinfection", "pest",
                                        "repair_screen", "repair_wallpaper", "repair_floor", "repair_paint", "repair_misc", "landscaping"]),
    N("category", "행사 홍보물 제작", g2=["banner", "xbanner", "print_leaflet", "poster", "sticker"], g1=["promo_pen", "ecobag", "tumbler", "design", "video_promo"]),
    N("category", "사무실 소모품 구입", g2=["copy_paper", "toner", "sticky_memo", "file_folder", "envelope", "ink", "toner_drum"], g1=["promo_pen", "tape"]),
    N("category", "교육생 식사 및 간식", g2=["lunchbox", "buffet", "snackbox", "bread", "cookie", "tteok", "gimbap"], g1=["sikhye", "juice", "coffee_service", "cake"]),
    N("category", "현장 출동 대원 안전용품", g2=["helmet", "vest_safety", "first_aid", "mask"], g1=["hotpack", "cool_sleeve", "neckwarmer"]),
    N("category", "박물관 방문객 기념품", g2=["hanji_fan", "hanji_craft", "ceramics", "promo_pen", "ecobag", "tumbler"], g1=["hanji_lamp", "soap_bar", "umbrella", "pouch", "cup", "usb"]),
    N("category", "청소년 체험활동 프로그램", g2=["edu_env", "edu_wood_exp", "edu_craft_exp", "edu_farm", "edu_boardgame"], g1=["perform_other"]),
    N("category", "직원 피복 지급", g2=["uniform_work", "jumper", "jumper_light", "tshirt_group", "cap", "vest_safety", "vest"], g1=["apron", "uniform_kitchen"]),
    N("category", "화장실 탕비실 위생용품", g2=["hand_soap", "sanitizer", "soap_bar", "detergent_dish", "paper_towel", "toilet_paper", "cleaner_general"], g1=["diffuser", "deodorant"]),
    N("category", "기록물 이관 및 정리", g2=["box_corrugated", "file_folder", "waste_shred", "moving"], g1=["delivery"]),

    # ---------------- location (11): 그 동의 그 업종 = 2, 다른 동의 같은 업종 = 1
    N("location", "인후동 떡집", dong="인후동", trade=["tteok", "tteok_cake"]),
    N("location", "효자동 꽃집", dong="효자동", trade=["bouquet", "wreath", "flower_pot", "plant_air", "succulent", "orchid"]),
    N("location", "서신동 빵집", dong="서신동", trade=["bread", "cookie", "cake"]),
    N("location", "팔복동 인쇄소", dong="팔복동", trade=["print_card", "print_leaflet", "print_book", "envelope", "poster", "sticker", "print_form"]),
    N("location", "송천동 세탁소", dong="송천동", trade=["laundry"]),
    N("location", "삼천동 반찬가게", dong="삼천동", trade=["banchan", "kimchi"]),
    N("location", "풍남동 공방", dong="풍남동", trade=["craft"]),
    N("location", "중화산동 목공소", dong="중화산동", trade=["wood"]),
    N("location", "호성동 정미소", dong="호성동", trade=["rice"]),
    N("location", "평화동 커피집", dong="평화동", trade=["coffee_bean", "coldbrew", "drip_bag", "coffee_service"]),
    N("location", "진북동 수선집", dong="진북동", trade=["alteration"]),

    # ---------------- multi_item (10)
    N("multi_item", "현수막이랑 X배너 같이 제작", items=[("현수막", ["banner"]), ("X배너", ["xbanner"])]),
    N("multi_item", "답례용 수건 및 비누", items=[("수건", ["towel"]), ("비누", ["soap_bar"])]),
    N("multi_item", "회의 도시락, 떡 간식", items=[("도시락", ["lunchbox"]), ("떡", ["tteok"])], g1=["gimbap", "snackbox"]),
    N("multi_item", "커피 원두랑 드립백", items=[("원두", ["coffee_bean"]), ("드립백", ["drip_bag"])], g1=["coldbrew"]),
    N("multi_item", "방역 및 저수조 청소", items=[("방역", ["disinfection"]), ("저수조 청소", ["cleaning_tank"])], g1=["pest"]),
    N("multi_item", "명함, 봉투, 리플릿 인쇄", items=[("명함", ["print_card"]), ("봉투", ["envelope"]), ("리플릿", ["print_leaflet"])]),
    N("multi_item", "안전조끼랑 모자", items=[("안전조끼", ["vest_safety"]), ("모자", ["cap"])], g1=["vest"]),
    N("multi_item", "화분 및 화환", items=[("화분", ["flower_pot", "plant_air", "succulent"]), ("화환", ["wreath"])], g1=["bouquet"]),
    N("multi_item", "쌀, 김치, 된장", items=[("쌀", ["rice"]), ("김치", ["kimchi"]), ("된장", ["doenjang"])], g1=["jang", "grain"]),
    N("multi_item", "도배와 장판", items=[("도배", ["repair_wallpaper"]), ("장판", ["repair_floor"])]),
]
