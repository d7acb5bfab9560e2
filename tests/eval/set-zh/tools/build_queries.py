"""수요 + 카탈로그 → queries.csv, query_kinds.csv, qrels.csv, hanyeong_intended.csv,
no_match_detail.csv, tools/id_map.csv, tools/sweep_report.txt

채점(기계적):
  - 제품 태그 ∩ want → 2 (cond 를 못 맞추면 1), 제품 태그 ∩ ok → 1
  - location: 그 가게 종류의 본업 품목 + 같은 동(○○동1가 등 포함) → 2, 다른 동 → 1
  - multi_item: 품목별로 위와 같이 채점하고 품목 칸에 수요에 적힌 품목을 적는다
그 뒤 스윕(sweep): 수요의 내용어가 제품명·규격·설명에 들어 있는데 채점되지 않은 제품을 모두 뽑아
검토하고, 판단을 EXTRA_OK(올림) / OVERRIDES(고침) / REVIEWED_0(관련 없음 확인)에 이유와 함께 적는다.
"""
import csv
import os
import random
import re

import build_catalog
import needs_data as nd
from no_match_data import NO_MATCH

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
SEED = 4242

# ----------------------------------------------------------------------------- 판단 기록
# (내부 수요키, 제품명) -> (관련도, 이유). 기계적 채점에서 빠졌지만 관련 있다고 판단한 것.
# multi_item 은 이유 앞에 "품목 |" 을 적는다.
EXTRA_OK = {
    ("category-10", "개별포장 전통 약과 20개"): (1, "곡물 가공 과자. 한과 선물세트와 같은 수준의 대체"),
    ("typo-06", "입주·준공 청소"): (1, "건물 청소 업체의 일회성 청소. 카펫 세척 대신 맡길 수 있는 건물 청소라 1"),
    ("hanyeong-05", "와이셔츠 세탁·다림질"): (1, "옷 세탁 서비스라 근무복 세탁의 대체로 받아들일 만함"),
    ("hanyeong-05", "정장 드라이클리닝"): (1, "옷 세탁 서비스라 근무복 세탁의 대체로 받아들일 만함"),
    ("hanyeong-09", "합죽선 50살 백선"): (1, "한지를 바른 전통 부채. 한지 공예품에 가까운 대체"),
    ("hanyeong-09", "보급형 합죽선 40살"): (1, "한지를 바른 전통 부채. 한지 공예품에 가까운 대체"),
    ("hanyeong-09", "태극선"): (1, "한지로 만든 부채. 한지 공예품에 가까운 대체"),
    ("hanyeong-09", "단체 인쇄 접이부채"): (1, "한지로 만든 부채. 한지 공예품에 가까운 대체"),
    ("spacing-05", "부직포 쇼핑백"): (1, "종이는 아니지만 같은 용도의 쇼핑백"),
    ("long-01", "회의용 샌드위치 박스"): (1, "회의 간식용 상자. 다과 세트의 대체로 받아들일 만함"),
    ("long-03", "개업 축하 금전수 화분"): (1, "축하용 화분. 축하 화환 대신 보내는 일이 흔함 (동양란과 같은 취급)"),
    ("long-06", "목공 체험 (도마·연필꽂이)"): (1, "아이들이 직접 만드는 공예 체험. 한지 체험의 대체"),
    ("category-04", "단체 인쇄 접이부채"): (2, "문구를 인쇄해 나눠 주는 판촉용 부채. 기념품 그 자체"),
    ("category-04", "거즈 면 손수건"): (2, "자수 넣어 나눠 주는 기념품으로 흔히 쓰임"),
    ("category-04", "보급형 합죽선 40살"): (1, "기념품용 보급형이지만 단가가 높아 학생 기념품으로는 대체 수준"),
    ("category-04", "보냉 도시락 가방"): (1, "판촉물로 쓰이기도 하는 가방류. 대체 수준"),
    ("category-09", "동계 작업복 상하"): (1, "안감 기모 겨울 작업복. 방한용품에 가까운 대체"),
    ("multi-04", "리플릿·포스터 편집 디자인"): (1, "포스터 | 디자인만 하고 인쇄는 별도. 포스터 제작의 일부"),
    ("multi-08", "행사용 다과상 (20인)"): (1, "떡 | 떡·한과·과일을 차린 다과상. 떡을 포함하지만 떡 자체 주문은 아님"),
    ("multi-08", "커피·떡·과일 다과 케이터링"): (1, "떡 | 떡이 들어간 다과 케이터링. 대체 수준"),
    ("multi-08", "전통 다과 꾸러미 (1인)"): (1, "떡 | 떡 2종과 식혜가 든 꾸러미. 대체 수준"),
    ("multi-10", "행사 기획·운영 대행"): (1, "행사 사회자 | 행사 대행사가 진행자 섭외까지 맡는 경우가 많아 대체 수준"),
}
# (내부 수요키, 제품명) -> (관련도, 이유). 기계적 채점 결과를 고친 것 (0 이면 삭제).
OVERRIDES = {
    ("category-08", "떡국용 썬 떡 1kg"): (1, "끓여 먹는 재료라 간식거리로는 대체 수준"),
    ("category-08", "떡국떡 1kg (방앗간)"): (1, "끓여 먹는 재료라 간식거리로는 대체 수준"),
    ("category-10", "신고배 선물세트 7.5kg"): (0, "생과일이라 가공식품이 아님 (선물세트 태그로 1이 붙었던 것을 뺌)"),
    ("category-10", "사과 선물세트 5kg"): (0, "생과일이라 가공식품이 아님 (선물세트 태그로 1이 붙었던 것을 뺌)"),
    ("category-06", "탄소중립 실천 교육 (성인)"): (0, "성인 대상 강의라 어린이 체험 프로그램이 아님"),
    ("long-01", "행사용 다과상 (20인)"): (1, "차려 주는 다과상이라 참석자에게 나눠 줄 개별 다과 세트로는 대체 수준"),
    ("long-01", "커피·떡·과일 다과 케이터링"): (1, "현장 세팅형 케이터링이라 배부용 다과 세트로는 대체 수준"),
    ("long-01", "회의용 모닝빵 간식 세트 (20인)"): (1, "20인분 모둠이라 배부용 개별 세트로는 대체 수준"),
    ("long-10", "한지 스탠드 조명"): (1, "한지 공예품이지만 관람객에게 나눠 줄 소품으로는 크고 비쌈"),
    ("long-05", "수제 과일청 선물세트 3종"): (1, "선물세트지만 레몬·자몽 등 지역 농산물이 아님"),
    ("category-05", "수제 과일청 선물세트 3종"): (1, "선물세트지만 레몬·자몽 등 지역 특산물이 아님"),
    ("synonym-06", "리플릿 3단 접지 A4 1,000부"): (1, "찌라시는 낱장 전단지. 접지 리플릿은 대체 수준"),
    ("synonym-06", "팸플릿 8면 중철 1,000부"): (1, "찌라시는 낱장 전단지. 여러 면 팸플릿은 대체 수준"),
    ("typo-02", "전단지 A4 단면 4,000장"): (1, "리플렛은 접지 홍보물. 낱장 전단지는 대체 수준"),
    ("multi-06", "맞춤 원목 수납장 제작"): (1, "원목 책꽂이 | 치수 상담 후 주문 제작하는 수납장이라 대체 수준"),
    ("category-04", "탁상 달력 제작 100부"): (1, "기념품 태그 묶음에 넣었지만 입학식 기념품으로는 어색해 1로 낮춤"),
    ("multi-06", "원목 스툴"): (1, "열람실 의자 | 등받이 없는 보조 의자라 열람실 의자로는 대체 수준"),
}
# (내부 수요키, 내용어) -> 이유. 그 말로 걸린 미채점 제품을 검토했고 관련 없다고 본 것.
REVIEWED_0 = {
    ("exact-02", "명함"): "나전 명함 케이스는 명함을 넣는 지갑이지 명함 인쇄가 아님",
    ("choseong-02", "명함"): "나전 명함 케이스는 명함을 넣는 지갑이지 명함 인쇄가 아님",
    ("multi-07", "명함"): "나전 명함 케이스는 명함을 넣는 지갑이지 명함 인쇄가 아님",
    ("exact-03", "현수막"): "폐현수막으로 만든 가방·파우치·체험은 현수막이 아님",
    ("choseong-01", "현수막"): "폐현수막으로 만든 가방·파우치·체험은 현수막이 아님",
    ("quantity-06", "현수막"): "폐현수막으로 만든 가방·파우치·체험은 현수막이 아님",
    ("multi-04", "현수막"): "폐현수막으로 만든 가방·파우치·체험은 현수막이 아님",
    ("exact-05", "도시락"): "보냉 도시락 가방은 음식이 아님",
    ("choseong-04", "도시락"): "보냉 도시락 가방은 음식이 아님",
    ("quantity-05", "도시락"): "보냉 도시락 가방은 음식이 아님",
    ("exact-06", "수건"): "손수건은 수건(타월)이 아님",
    ("exact-07", "방역"): "방역용 마스크는 소독 용역이 아님",
    ("exact-07", "소독"): "저수조 청소의 소독, 손소독제는 시설 방역 소독이 아님",
    ("exact-11", "세트"): "'세트'만 겹치는 다른 품목",
    ("exact-11", "한과"): "한과 만들기 체험·행사 다과상은 한과 세트 구매가 아님",
    ("typo-04", "커피"): "드립백이 아닌 커피 관련 서비스·원액·탈취제",
    ("hanyeong-11", "커피"): "원두가 아닌 커피 관련 서비스·원액·탈취제",
    ("typo-06", "청소"): "유리창·저수조 청소, 청소 도구는 카펫 청소가 아님",
    ("typo-11", "청소"): "에어컨 세척이 아닌 다른 청소와 청소 도구",
    ("hanyeong-05", "근무복"): "근무복 제작·방한 내피는 세탁 서비스가 아님",
    ("hanyeong-05", "세탁"): "커튼·이불·운동화·침구 세탁과 세제는 근무복 세탁과 다른 서비스/물건",
    ("hanyeong-09", "한지"): "한지 명함·한지 체험은 한지 공예품(물건)이 아님",
    ("hanyeong-10", "전통"): "'전통'만 겹치는 다른 품목",
    ("spacing-02", "공기"): "'공공기관'의 부분 문자열",
    ("spacing-02", "식물"): "식물 관리 서비스, 식물성 세제는 식물(화분)이 아님",
    ("spacing-04", "답례"): "답례용이지만 떡이 아님",
    ("spacing-05", "종이"): "종이컵·한지 제품은 쇼핑백이 아님",
    ("spacing-11", "안전"): "안전봉투는 조끼가 아님",
    ("choseong-07", "한지"): "부채가 아닌 한지 제품·체험",
    ("choseong-11", "국악"): "국악기 체험 교실은 공연이 아님",
    ("choseong-11", "공연"): "공연장 커튼 세탁은 공연이 아님",
    ("quantity-01", "A4"): "A4 규격의 다른 품목",
    ("quantity-02", "검정"): "검정색의 다른 품목",
    ("quantity-04", "개당"): "개별 단가가 있는 떡이 아닌 식품",
    ("quantity-07", "호환"): "토너가 아닌 잉크·드럼",
    ("long-01", "간식"): "검토함",
    ("long-01", "세트"): "'세트'만 겹치는 식사·문구·선물 품목",
    ("long-02", "건물"): "유리창 청소는 계단·화장실 정기 청소가 아님",
    ("long-02", "계단"): "대걸레는 청소 용역이 아님",
    ("long-02", "내부"): "'내부'만 겹침",
    ("long-02", "화장실"): "화장지·핸드타월·표백제는 청소 용역이 아님",
    ("long-03", "축하"): "꽃다발, 축하 연주는 로비에 세울 화환이 아님",
    ("long-03", "화환"): "근조화환(용도가 반대), 화환 리본 인쇄는 축하 화환이 아님",
    ("long-04", "강당"): "'강당'만 겹침",
    ("long-04", "로고"): "로고를 넣는 다른 기념품·인쇄물",
    ("long-04", "텀블러"): "텀블러 파우치는 텀블러가 아님",
    ("long-05", "명절"): "떡국떡은 선물세트가 아님",
    ("long-05", "선물세트"): "드립백·비누 선물세트는 지역 농산물 선물이 아님",
    ("long-06", "만들기"): "떡·한과 만들기는 음식 체험이라 한지 체험의 대체로 보지 않음",
    ("long-06", "어린"): "어린이 블록(물건), 마술 공연은 만들기 체험이 아님",
    ("long-06", "운영"): "'운영'만 겹침",
    ("long-06", "체험"): "떡·한과·국악기 체험은 만드는 공예 체험이 아님",
    ("long-06", "한지"): "한지 제품은 체험 강사가 아님",
    ("long-07", "촬영"): "사진 촬영은 영상 제작이 아님",
    ("long-10", "국악"): "국악 공연은 기념품이 아님",
    ("long-10", "한지"): "한지 명함·체험은 기념 소품이 아님",
    ("long-11", "배포"): "'배포'만 겹침",
    ("category-02", "청소"): "청소 도구·앞치마는 용역이 아님",
    ("category-03", "전통"): "전통 식품·한지 명함은 공예품이 아님",
    ("category-04", "기념품"): "검토함",
    ("category-04", "입학식"): "입학 꽃다발은 나눠 주는 기념품이 아님",
    ("category-05", "명절"): "떡국떡은 선물이 아님",
    ("category-05", "선물"): "쇼핑백·커피·꽃·비누는 지역 특산물 선물이 아님",
    ("category-06", "어린"): "원목 블록은 장난감(물건)이지 체험 프로그램이 아님",
    ("category-09", "동계"): "검토함",
    ("category-10", "전주"): "쌀은 가공식품이 아니고, 나머지는 '전주'만 겹침",
    ("category-11", "사무실"): "'사무실'만 겹침. 식물 관리는 서비스",
    ("multi-01", "토너"): "폐토너 회수, 드럼은 토너가 아님",
    ("multi-03", "한지"): "한지 조명이 아닌 한지 제품·체험",
    ("multi-04", "포스터"): "검토함",
    ("multi-06", "열람실"): "카펫 세척은 가구가 아님",
    ("multi-06", "원목"): "책꽂이·의자가 아닌 원목 제품 (열람 테이블 포함)",
    ("multi-08", "과일"): "과일 케이크·과일청은 과일이 아님",
    ("multi-08", "식혜"): "검토함",
    ("multi-10", "공연"): "공연장 커튼 세탁은 공연이 아님",
    ("multi-10", "국악"): "국악기 체험 교실은 공연이 아님",
    ("multi-10", "행사"): "'행사'만 겹치는 다른 품목",
}


def base_dong(dong):
    return re.sub(r"\d+가$", "", dong)


def spec_text(p):
    return p["제품명"] + " " + p["규격"]


def meets(p, cond):
    if not cond:
        return True
    t = spec_text(p)
    if "max_price" in cond and p["단가"] > cond["max_price"]:
        return False
    if "spec_all" in cond and not all(s in t for s in cond["spec_all"]):
        return False
    if "spec_any" in cond and not any(s in t for s in cond["spec_any"]):
        return False
    if "min_g" in cond:
        grams = [int(x) for x in re.findall(r"(\d+)g(?![/a-zA-Z])", t)]
        if not grams or max(grams) < cond["min_g"]:
            return False
    return True


def grade_one(p, want, ok, cond=None):
    tags = set(p["tags"])
    if tags & set(want):
        return 2 if meets(p, cond) else 1
    if tags & set(ok or []):
        return 1
    return 0


def label(need, prods):
    """{code: (grade, 품목)}"""
    out = {}
    kind = need["kind"]
    if kind == "location":
        items = set(nd.SHOP_ITEMS[need["shop"]])
        for p in prods:
            if need["shop"] in p["shops"] and set(p["tags"]) & items:
                g = 2 if base_dong(p["dong"]) == need["dong"] else 1
                out[p["code"]] = (g, "")
    elif kind == "multi_item":
        for p in prods:
            best = (0, "")
            for (item, want, ok) in need["items"]:
                g = grade_one(p, want, ok)
                if g > best[0]:
                    best = (g, item)
            if best[0]:
                out[p["code"]] = best
    else:
        for p in prods:
            g = grade_one(p, need.get("want", []), need.get("ok", []), need.get("cond"))
            if g:
                out[p["code"]] = (g, "")
    return out


# ----------------------------------------------------------------------------- 스윕
SUFFIXES = ["으로", "에게", "에서", "까지", "부터", "하고", "이랑", "하오니", "하려고", "하려는데", "할",
            "을", "를", "이", "가", "은", "는", "에", "의", "로", "와", "과", "랑", "도", "만", "께",
            "용"]
STOP = set("""업체 구입 구매 제작 인쇄 주문 알려 주시기 바랍니다 찾고 있습니다 가능한 가능 있는 찾습니다
구합니다 궁금합니다 합니다 하고자 주십시오 알아보고 정도 새로 함께 가격 단가 최소 수량 이하 이내 이상
예산 내외 때 중 등 및 위해 앞두고 맞춰 관련 개최되는 참석자 행사 직원 대원 어르신 아이들 직접 프로그램
기관 사용할 사용하는 쓰는 쓸 드릴 나눠 배부할 정기적으로 정기 분기마다 매주 매월 하루를 운영하려고
섭외하고자 납품 납품받을 곳 찾고 곳을 있을 수 해 줄 줄 전날 오후 배송 배송이 세워 둘 놓을 새겨진
하반기 상반기 내년 여는 올릴 합동 구성된 지역 투입되는 격려하기 분류 작업 소개하는 리뉴얼 편집해
촬영하고 수거해서 세탁해 구입하고자 번역해 배포할 자료 안내문 국제 포럼 공공시설 용역 인쇄소""".split())


def content_words(need):
    src = need.get("intended") or need["text"]
    words = set()
    for tok in re.split(r"[\s,·()~\-/]+", src):
        tok = tok.strip()
        if not tok or re.fullmatch(r"[\d,.]+[a-zA-Z가-힣]*", tok):
            continue
        changed = True
        while changed:
            changed = False
            for s in SUFFIXES:
                if tok.endswith(s) and len(tok) - len(s) >= 2:
                    tok = tok[: -len(s)]
                    changed = True
                    break
        if len(tok) >= 2 and tok not in STOP and not re.fullmatch(r"[ㄱ-ㅎ]+", tok):
            words.add(tok)
    if need["kind"] == "multi_item":
        for (item, _, _) in need["items"]:
            for w in item.split():
                if len(w) >= 2:
                    words.add(w)
    return sorted(words)


def sweep(needs, prods, labels):
    lines = []
    unresolved = 0
    for need in needs:
        lab = labels[need["key"]]
        hits = []
        for w in content_words(need):
            for p in prods:
                if p["code"] in lab:
                    continue
                blob = p["제품명"] + " " + p["규격"] + " " + p["설명"]
                if w in blob:
                    hits.append((w, p))
        if not hits:
            continue
        lines.append("## %s [%s] %s" % (need["key"], need["kind"], need["text"]))
        for w, p in hits:
            r = REVIEWED_0.get((need["key"], w))
            if r is None:
                r = "** 미검토 **"
                unresolved += 1
            lines.append("  - '%s' %s %s (%s) → 0: %s" % (w, p["code"], p["제품명"], p["기업명"], r))
    # 판단으로 바뀐 것도 보고서에 남긴다
    lines.append("")
    lines.append("## 판단으로 올리거나 고친 것 (EXTRA_OK / OVERRIDES)")
    for (k, name), (g, why) in sorted(EXTRA_OK.items()):
        lines.append("  + %s | %s → %d : %s" % (k, name, g, why))
    for (k, name), (g, why) in sorted(OVERRIDES.items()):
        lines.append("  * %s | %s → %d : %s" % (k, name, g, why))
    return lines, unresolved


def main():
    prods = build_catalog.load_products()
    by_name = {p["제품명"]: p for p in prods}
    needs = nd.NEEDS
    labels = {n["key"]: label(n, prods) for n in needs}
    need_by_key = {n["key"]: n for n in needs}

    for table in (EXTRA_OK, OVERRIDES):
        for (k, name), (g, why) in table.items():
            assert k in need_by_key, k
            assert name in by_name, name
            code = by_name[name]["code"]
            if g == 0:
                labels[k].pop(code, None)
            else:
                item = ""
                if need_by_key[k]["kind"] == "multi_item":
                    item = why.split("|")[0].strip()
                labels[k][code] = (g, item)

    lines, unresolved = sweep(needs, prods, labels)
    with open(os.path.join(HERE, "sweep_report.txt"), "w", encoding="utf-8") as f:
        f.write("스윕 보고서: 수요의 내용어가 들어 있지만 채점되지 않은 제품과 그 판단\n")
        f.write("미검토 %d건\n\n" % unresolved)
        f.write("\n".join(lines) + "\n")

    # ---- 섞어서 번호 매기기
    allneeds = [dict(n) for n in needs] + [dict(n, kind="no_match") for n in NO_MATCH]
    rng = random.Random(SEED)
    rng.shuffle(allneeds)
    for i, n in enumerate(allneeds, 1):
        n["id"] = "ZH-Q%03d" % i

    def w(name, header, rows):
        with open(os.path.join(ROOT, name), "w", encoding="utf-8", newline="") as f:
            wr = csv.writer(f)
            wr.writerow(header)
            wr.writerows(rows)

    w("queries.csv", ["수요번호", "수요내용", "수량", "예산"],
      [[n["id"], n["text"], n.get("qty", ""), n.get("budget", "")] for n in allneeds])
    w("query_kinds.csv", ["수요번호", "유형"], [[n["id"], n["kind"]] for n in allneeds])
    qrows = []
    for n in allneeds:
        if n["kind"] == "no_match":
            continue
        for code, (g, item) in sorted(labels[n["key"]].items(), key=lambda x: (-x[1][0], x[0])):
            qrows.append([n["id"], code, g, item])
    w("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"], qrows)
    w("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"],
      [[n["id"], n["text"], n["intended"]] for n in allneeds if n["kind"] == "hanyeong"])
    lvl = {"hard": "어려움", "easy": "쉬움"}
    w("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"],
      [[n["id"], lvl[n["level"]], n["overlap"], n["reason"]] for n in allneeds if n["kind"] == "no_match"])
    with open(os.path.join(HERE, "id_map.csv"), "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f)
        wr.writerow(["수요번호", "내부키", "유형", "목소리"])
        for n in allneeds:
            wr.writerow([n["id"], n["key"], n["kind"], n["who"]])
    print("needs %d, qrels %d, sweep unresolved %d" % (len(allneeds), len(qrows), unresolved))


if __name__ == "__main__":
    main()
