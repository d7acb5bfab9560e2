"""3·4단계: 매칭 없는 수요 30건(카탈로그 작성 뒤에 씀)을 더하고, 고정 시드로 섞어 번호를 매긴 뒤 라벨링.
라벨링: 제품마다 붙인 품목 태그로 수요별 해당 제품을 '모두' 고른 다음, 키워드 스윕으로 태그 누락을 점검한다.
"""
import csv, os, random, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from needs_data import NEEDS
from build_catalog import build

OUT = os.path.join(os.path.dirname(__file__), "..")

# (문구, 난이도, 겹치는 말, 해당 없음 이유)
NO_MATCH = [
    ("복합기 고장 수리 출장", "hard", "복합기, 출장", "재생 토너 같은 소모품만 팔고 복합기 수리 서비스는 없음"),
    ("복합기 월 렌탈 계약", "hard", "복합기", "복합기 임대(렌탈)를 하는 곳이 없음"),
    ("사무실 벽걸이 에어컨 구매 및 설치", "hard", "벽걸이, 에어컨", "냉난방기 세척만 있고 기기 판매·설치는 없음"),
    ("현수막 지정 게시대 신규 설치 공사", "hard", "현수막", "현수막 출력만 있고 게시대 구조물 공사는 없음"),
    ("청사 옥상 우레탄 방수 공사", "hard", "청사, 옥상", "집수리는 도배·장판·도장 수준이며 방수 공사는 없음"),
    ("행사 참가자 이동용 45인승 버스 임차", "hard", "행사", "차량 임차·전세버스 없음"),
    ("전기안전관리자 선임 대행", "hard", "대행", "전기 분야 면허 인력 서비스 없음"),
    ("소방시설 작동기능 종합점검", "hard", "소방, 점검", "방화복 세탁만 있고 소방시설관리업 점검은 없음"),
    ("떡 절단기·떡메 기계 구입", "hard", "떡", "떡은 팔지만 떡 제조 기계는 없음"),
    ("업소용 에스프레소 커피 머신 구매", "hard", "업소용, 에스프레소, 커피", "원두·카페 운영만 있고 커피 머신 판매 없음"),
    ("업소용 대형 세탁기 건조기 구매", "hard", "업소용, 대형", "세탁 대행 서비스만 있고 세탁 설비 판매 없음"),
    ("승마 체험 프로그램", "hard", "체험", "농촌·공예·목공·환경 체험만 있고 승마 체험은 없음"),
    ("카약 수상 레저 체험 교실", "hard", "체험, 교실", "수상 레저 체험 없음"),
    ("대형 실사 출력기 프린터 구매", "hard", "대형, 실사, 프린터", "실사 출력물만 팔고 출력 장비는 없음"),
    ("야간 병동 간호사 파견", "hard", "야간, 파견", "간병인은 있으나 면허 간호 인력 파견은 없음"),
    ("청사 리모델링 건축 설계 용역", "hard", "청사, 용역", "건축사 설계 용역 없음"),
    ("예초기 잔디깎이 기계 구매", "hard", "잔디", "제초·잔디 관리 용역만 있고 장비 판매 없음"),
    ("국제회의 동시통역 부스 및 수신기 대여", "hard", "통역", "현장 통역 인력만 있고 통역 장비 대여 없음"),
    ("물품 하역용 지게차 임차", "hard", "물품", "화물 운송만 있고 지게차 임차 없음"),
    ("도자기 전기 가마 구입", "hard", "도자기", "도자기 제품·체험만 있고 가마 설비 판매 없음"),
    ("해외 출장 항공권 예매", "easy", "", "여행·항공 상품 없음"),
    ("업무용 노트북 20대 구매", "easy", "", "전자기기 없음"),
    ("관용차 자동차 보험 갱신", "easy", "", "보험 상품 없음"),
    ("홈페이지 웹 서버 호스팅", "easy", "", "IT 인프라 서비스 없음"),
    ("직원 치과 스케일링 단체 예약", "easy", "", "의료 서비스 없음"),
    ("법인카드 추가 발급", "easy", "", "금융 상품 없음"),
    ("기금 주식 투자 자문", "easy", "", "금융 자문 없음"),
    ("골프장 단체 이용권", "easy", "", "레저 시설 이용권 없음"),
    ("반려견 미용 예약", "easy", "", "반려동물 서비스 없음"),
    ("업무폰 통신 요금제 변경", "easy", "", "통신 서비스 없음"),
]

# 스윕용: 태그 -> 카탈로그에서 그 품목을 가리키는 말. 말이 보이는데 태그가 없으면 보고한다.
SWEEP = {
    "banner": ["현수막"], "xbanner": ["X배너", "롤업"], "print_card": ["명함"], "print_leaflet": ["리플릿", "팸플릿", "전단"],
    "envelope": ["봉투"], "towel": ["타월"], "pillow": ["베개"], "bedding": ["이불"], "lunchbox": ["도시락"],
    "buffet": ["뷔페", "연회", "핑거푸드"], "tteok": ["떡", "인절미", "절편", "백설기", "증편"], "tteok_cake": ["떡 케이크", "떡케이크", "설기 케이크"],
    "hangwa": ["한과", "약과", "유과"], "bread": ["빵", "샌드위치"], "cookie": ["쿠키", "마들렌"], "cake": ["케이크", "롤"],
    "coffee_bean": ["원두"], "coldbrew": ["콜드브루"], "drip_bag": ["드립백"], "rice": ["쌀", "백미", "현미"],
    "grain": ["잡곡", "혼합곡", "서리태", "16곡"], "kimchi": ["김치", "깍두기", "섞박지"], "jang": ["된장", "고추장", "간장"],
    "honey": ["꿀"], "fruit": ["배 선물", "사과"], "copy_paper": ["복사용지"], "toner": ["토너"], "wreath": ["화환", "근조"],
    "flower_pot": ["화분"], "plant_air": ["공기정화", "관엽"], "succulent": ["다육"], "bouquet": ["꽃다발", "꽃바구니"],
    "hanji_fan": ["부채", "합죽선"], "wood_desk": ["책상"], "wood_shelf": ["책장"], "wood_bench": ["벤치", "평상"],
    "uniform_work": ["근무복", "작업바지"], "jumper": ["점퍼"], "vest_safety": ["안전조끼"], "cap": ["모자", "볼캡"],
    "laundry": ["세탁", "린넨"], "disinfection": ["소독"], "pest": ["방제", "해충", "흰개미"], "aircon_clean": ["냉난방기"],
    "cleaning_tank": ["저수조", "물탱크"], "repair_screen": ["방충망"], "repair_wallpaper": ["도배"], "repair_floor": ["장판"],
    "repair_paint": ["도장"], "mask": ["마스크"], "hotpack": ["손난로"], "frame": ["액자"], "ecobag": ["가방", "장바구니", "숄더백"],
    "promo_pen": ["볼펜"], "care_hospital": ["간병"], "photo": ["사진", "촬영"], "edu_wood_exp": ["목공 체험", "목공 교실"],
    "edu_craft_exp": ["체험"], "soap_bar": ["비누"], "detergent_dish": ["주방세제", "설거지"], "alteration": ["수선"],
    "name_tag": ["명찰"], "nameplate": ["명패", "실명판"], "translate_en": ["영문", "영어"],
}
SWEEP_EXEMPT = {  # (다른 체험: 목공·환경·농촌) ('edu_craft_exp', 'L0232') 등 포함.
    ('edu_craft_exp', 'L0232'), ('edu_craft_exp', 'L0241'), ('edu_craft_exp', 'L0242'), ('edu_craft_exp', 'L0243'), ('edu_craft_exp', 'L0244'),
    # 사람이 하나씩 보고 "그 품목이 아님"으로 판정한 (태그, 제품코드). 예: 폐현수막 파우치, 작업복 세탁, 명함 케이스, 떡 케이크(떡 태그로 따로 처리), 물탱크 세척의 "사진 보고서"
    ('banner', 'L0143'), ('banner', 'L0274'), ('print_card', 'L0218'), ('print_leaflet', 'L0257'), ('print_leaflet', 'L0282'), ('towel', 'L0026'),
    ('towel', 'L0188'), ('pillow', 'L0158'), ('bedding', 'L0020'), ('tteok', 'L0034'), ('tteok', 'L0041'), ('bread', 'L0039'),
    ('bread', 'L0058'), ('cookie', 'L0034'), ('cake', 'L0029'), ('cake', 'L0046'), ('cake', 'L0050'), ('cake', 'L0128'),
    ('cake', 'L0189'), ('rice', 'L0045'), ('rice', 'L0052'), ('rice', 'L0098'), ('rice', 'L0200'), ('jang', 'L0031'),
    ('wreath', 'L0207'), ('hanji_fan', 'L0223'), ('wood_desk', 'L0130'), ('wood_desk', 'L0141'), ('wood_desk', 'L0208'), ('uniform_work', 'L0019'),
    ('uniform_work', 'L0151'), ('uniform_work', 'L0155'), ('uniform_work', 'L0173'), ('jumper', 'L0156'), ('laundry', 'L0191'), ('laundry', 'L0280'),
    ('disinfection', 'L0006'), ('disinfection', 'L0007'), ('disinfection', 'L0194'), ('disinfection', 'L0287'), ('frame', 'L0220'), ('ecobag', 'L0128'),
    ('ecobag', 'L0156'), ('ecobag', 'L0274'), ('photo', 'L0007'), ('photo', 'L0010'), ('photo', 'L0253'), ('photo', 'L0254'),
    ('soap_bar', 'L0197'), ('soap_bar', 'L0199'), ('name_tag', 'L0151'), ('name_tag', 'L0155'), ('translate_en', 'L0284'),
}


def text_of(p):
    return " ".join(str(p[k]) for k in ("제품명", "분류", "규격", "설명"))


def sweep(products):
    issues = []
    for tag, words in SWEEP.items():
        for p in products:
            name = p["제품명"] + " " + p["설명"]
            if tag not in p["_tags"] and any(w in name for w in words):
                if (tag, p["제품코드"]) in SWEEP_EXEMPT:
                    continue
                issues.append((tag, p["제품코드"], p["제품명"]))
    return issues


def label(need, products):
    """returns {code: (grade, item_label)}"""
    res = {}
    k = need["kind"]
    if k == "location":
        for p in products:
            if p["_tags"] & set(need["trade"]):
                res[p["제품코드"]] = (2 if p["_dong"].startswith(need["dong"]) else 1, "")
        return res
    if k == "multi_item":
        for p in products:
            labs = [lab for lab, tags in need["items"] if p["_tags"] & set(tags)]
            if labs:
                res[p["제품코드"]] = (2, ";".join(labs))
            elif p["_tags"] & set(need["g1"]):
                res[p["제품코드"]] = (1, "")
        return res
    for p in products:
        if p["_tags"] & set(need["g2"]):
            res[p["제품코드"]] = (2, "")
        elif p["_tags"] & set(need["g1"]):
            res[p["제품코드"]] = (1, "")
    return res


def main():
    products = build()
    allneeds = [dict(n) for n in NEEDS]
    for text, diff, overlap, reason in NO_MATCH:
        allneeds.append(dict(kind="no_match", text=text, qty=None, budget=None, diff=diff, overlap=overlap, reason=reason))
    rnd = random.Random(20260314)
    rnd.shuffle(allneeds)
    for i, n in enumerate(allneeds, 1):
        n["id"] = f"L-Q{i:03d}"

    def w(name, header, rows):
        with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
            wr = csv.writer(f)
            wr.writerow(header)
            wr.writerows(rows)

    w("queries.csv", ["수요번호", "수요내용", "수량", "예산"],
      [[n["id"], n["text"], "" if n["qty"] is None else n["qty"], "" if n["budget"] is None else n["budget"]] for n in allneeds])
    w("query_kinds.csv", ["수요번호", "유형"], [[n["id"], n["kind"]] for n in allneeds])
    qrows = []
    for n in allneeds:
        if n["kind"] == "no_match":
            continue
        lab = label(n, products)
        for code in sorted(lab):
            g, item = lab[code]
            qrows.append([n["id"], code, g, item])
    w("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"], qrows)
    w("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"],
      [[n["id"], n["diff"], n["overlap"], n["reason"]] for n in allneeds if n["kind"] == "no_match"])
    w("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"],
      [[n["id"], n["text"], n["intended"]] for n in allneeds if n["kind"] == "hanyeong"])

    iss = sweep(products)
    print("needs", len(allneeds), "qrels rows", len(qrows))
    print("sweep issues:", len(iss))
    for t in iss:
        print("  ", t)


if __name__ == "__main__":
    main()
