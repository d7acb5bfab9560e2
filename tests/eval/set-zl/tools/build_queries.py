"""Mechanical labelling + omission sweep + shuffled output.

python3 tools/build_queries.py
  -> queries.csv, query_kinds.csv, qrels.csv, no_match_detail.csv, hanyeong_intended.csv,
     tools/sweep_report.txt, tools/id_map.csv

Relevance:
  2 = a want tag matches and the need's conditions (max_price / spec) hold
  1 = a want tag matches but a condition fails, or an ok (substitute) tag matches
  location: product sells the shop's items and its 법정동 starts with the need's 동 -> 2;
            same kind of product in another 동 -> 1
  multi_item: each item graded separately; a product keeps its best grade and 품목 = that item
              (first item listed wins a tie)
After the automatic pass, EXTRA_OK adds/raises judgements and OVERRIDES sets final grades
(0 = reviewed in the sweep and judged not relevant). Every entry has a reason.
"""
import csv
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_catalog  # noqa: E402
import needs_data  # noqa: E402
import nomatch_data  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SEED = 4717

PRODUCTS = build_catalog.products()
BYCODE = {p["row"]["제품코드"]: p for p in PRODUCTS}

# --------------------------------------------------------------------------- judgements
# Recorded after reviewing every candidate in tools/sweep_report.txt.
# (need key, product code): (grade, 품목 for multi_item or None, reason)
EXTRA_OK = {}
# (need key, product code): (grade, reason)   grade 0 = reviewed, not relevant
OVERRIDES = {}


def _ok(keys, codes, grade, reason, item=None):
    for k in keys.split():
        for c in codes.split():
            EXTRA_OK[(k, "ZL" + c)] = (grade, item, reason)


def _set(keys, codes, grade, reason):
    for k in keys.split():
        for c in codes.split():
            OVERRIDES[(k, "ZL" + c)] = (grade, reason)


# ---- omissions found by the sweep (raised to 1 or 2)
_ok("O07", "0037", 2, "중화산동 빵집(밀알베이커리)이 만든 빵 간식박스: 그 동의 빵집 제품")
_ok("O07", "0041", 1, "다른 동(송천동) 제과점의 빵·쿠키 꾸러미: 같은 종류, 다른 동")
_ok("O07", "0038", 1, "중화산동 빵집이지만 빵이 아니라 제빵 체험 수업: 가게는 맞고 물건은 다름")
_ok("A09", "0159", 2, "천연비누 만들기 체험도 가족 단위 만들기 체험 프로그램")
_ok("A09", "0228 0259", 1, "체험 프로그램이지만 문화 체험이 아님(안전교육) / 행사 부스 운영형")
_ok("P07", "0242", 1, "천연염색 제품(체험 아님): 스카프·손수건과 같은 대체 등급")
_ok("A05", "0238", 2, "합죽선 모양 열쇠고리는 전통 공예 기념품 그 자체")
_ok("A05", "0242", 2, "천연염색 테이블 러너는 전통 공예품(스카프·손수건과 같은 급)")
_ok("A05", "0032", 1, "전통차 선물세트: 한과와 같은 전통 식품 기념품(공예품은 아님)")
_ok("A06 L11", "0129", 1, "입주·준공 청소는 건물 청소지만 1회성: 정기 관리 용역의 대체")
_ok("A07", "0197 0199 0201 0202 0210 0230 0276", 1,
    "로고·문구를 넣는 홍보물품: 인쇄 홍보물은 아니지만 물티슈·부채와 같은 대체 등급")
_ok("T01 S07", "0267", 1, "리플릿 편집 디자인만(인쇄 별도): 브로셔 수요와 같은 대체 등급")
_ok("M03", "0048", 1, "떡·과일·음료가 든 다과 세트: 떡(과 음료)을 부분적으로 대신함", item="떡")
_ok("M03", "0105 0107", 1, "커피 원액·더치커피: 바로 마시는 음료는 아니고 희석형", item="음료")
_ok("S11", "0186", 1, "두루마리 화장지는 책상용 티슈 대용으로 흔히 씀")
_ok("T06", "0106", 1, "행사장 출장 커피: 음료 중심 출장 서비스, 음식 케이터링의 부분 대체")
_ok("P10", "0098", 1, "실내 식물 관리(교체 포함) 서비스: 식물 자체 구매의 대체")

# ---- found while reading every need's final list (not word hits)
_ok("O09", "0019", 1, "롤업배너(효자동 현수막 업체): 현수막집 제품, 다른 동")
_ok("M02", "0019", 1, "롤업배너: X배너와 같은 스탠드형 배너(대체)", item="X배너")
_ok("A07", "0019", 2, "롤업배너도 X배너와 같은 급의 홍보물")
_ok("O10", "0068", 1, "볶은 참깨(삼천동 깨 가공): 방앗간 품목, 다른 동")
_set("M10", "0052 0059", 1, "깍두기·총각김치: 김치지만 보통 말하는 김장김치(배추 포기김치)는 아님")
_set("A07", "0262", 0, "공연 실황 촬영: 화재예방 홍보물과 무관")
_set("A07", "0208", 0, "로고 없는 사무실용 캡형 물티슈: 홍보물이 아님")
_set("L03 T08", "0250", 0, "다국어 안내문 번역 서비스: 팸플릿/브로슈어 제작이 아님")

# ---- condition the automatic rule cannot see
_set("Q01", "0179", 1, "80g이지만 A3 규격: A4 조건 불충족")

# ---- reviewed, not relevant (0)
UPC = "0203 0204 0205 0206 0287"
_set("E03 C02 H02 S05 Q04 M02 O09", UPC, 0, "폐현수막 재활용 제품·체험: 현수막 자체가 아님")
_set("E02 H01 C05", "0084 0086", 0, "명함꽂이·명함지갑: 명함 인쇄물이 아님")
_set("E07 Q08 M07", "0080", 0, "소화기 받침대(목공품): 소화기가 아님")
_set("E04 H04 C03 L01 Q07 O08", "0211", 0, "보냉 도시락 가방: 음식이 아님")
_set("Q05 M04", "0145", 0, "마스크 스트랩: 마스크가 아님")
_set("P04 H06 Q09 T04", "0150", 0, "손소독제 거치대(소독제 별도): 소독제가 아님")
_set("T04", "0154", 0, "다목적 세정제는 욕실·주방용, 손 세정용 아님")
_set("P01 L08 A06", "0146 0147 0148 0150", 0, "손소독제는 공간 방역소독 용역이 아님")
_set("A06", "0269 0294", 0, "가사 지원·생리대: 건물 관리 용역 아님")
_set("L11 T07", "0133 0269 0294", 0, "저수조 청소·가사 지원·생리대 키트: 요청 청소 아님")
_set("T07", "0127 0128 0129 0130 0137 0138", 0, "다른 청소 용역: 에어컨 세척이 아님")
_set("E10 Q06 M10", "0020 0029 0064 0117 0119 0121", 0, "쌀로 만든 가공품(떡·유과·미숫가루·쌀과자·조청)·귀리: 쌀이 아님")
_set("E10 Q06 M10", "0099 0100 0101", 0, "쌀화환은 화환(쌀은 복지시설 기부): 쌀 구매가 아님")
_set("M10 O06", "0042 0046", 0, "도시락: 반찬 구매·반찬가게가 아님")
_set("P09 H07 M09", "0209", 0, "플라스틱 홍보 부채: 한지 부채가 아님")
_set("P09 L02", "0231 0232 0233 0234", 0, "다른 한지 공예품·체험: 부채가 아님")
_set("M09", "0231 0232 0234", 0, "다른 한지 공예품·체험: 부채가 아님")
_set("P09 M09 L02", "0237", 0, "부채 만들기 체험: 부채 납품이 아님")
_set("M09", "0088", 0, "가죽공예 체험: 책갈피 제품이 아님")
_set("E11", "0281", 0, "방석 커버만(솜 없음): 방석으로 쓸 수 없음")
_set("L03", "0072 0089 0255 0256 0262 0263 0264 0265", 0, "공연 관련 다른 서비스·로고·카드뉴스: 팸플릿 인쇄 아님")
_set("H11 C07", "0011 0072 0089 0262 0263", 0, "공연 팸플릿·공연복 세탁·꽃다발·촬영: 공연 자체가 아님")
_set("A10", "0011 0016 0072 0089 0133 0191 0194 0255 0256", 0, "공연·사진이라는 말만 겹침: 촬영 용역 아님")
PRINT_OTHER = "0001 0004 0005 0006 0007 0009 0010 0011"
PROMO = "0197 0201 0202 0207 0209 0210 0212 0214 0230"
_set("T01 S07", PRINT_OTHER + " " + PROMO, 0, "다른 인쇄물·로고 인쇄 판촉물: 전단/리플릿이 아님")
_set("C05", "0003 0004 0005 0006 0008 0009 0010 0011 0267 " + PROMO, 0, "명함 외 인쇄물·판촉물: 명함이 아님")
_set("L04", "0001 0003 0004 0005 0006 0007 0008 0009 0010 0011 0197 0201 0202 0209 0210 0212 0214 0230 0261 0267",
     0, "다른 인쇄물·판촉물·홍보영상: 로고 물티슈가 아님")
_set("O03", PROMO.replace("0207 ", "") + " 0207 0267", 0, "판촉물 로고 인쇄·편집 디자인 업체: 인쇄소가 아님")
_set("L09", "0038 0081 0085 0088 0159 0206 0216 0228 0241 0243 0246 0257 0259 0282 0283 0287", 0,
     "다른 체험 프로그램: 한지공예 강사·재료가 아님")
_set("L05", "0011 0038 0081 0085 0088 0159 0206 0216 0228 0234 0237 0241 0243 0246 0257 0261 0264 0282 0283 0287",
     0, "단일 체험 수업·홍보물: 행사 전체 기획·운영 대행이 아님")
_set("P07", "0033 0038 0081 0085 0088 0155 0159 0161 0186 0206 0216 0228 0234 0237 0243 0246 0257 0259 0282 0283 0287",
     0, "'천연'·'체험'만 겹침: 천연염색 체험이 아님")
_set("A09", "0216", 0, "앞치마(설명에 '체험 행사용'): 프로그램이 아님")
_set("O07", "", 0, "")
_set("O06", "", 0, "")
_set("O02", "0027 0156", 0, "앙금플라워 떡케이크·비누꽃(우아동 비누공방): 꽃집이 아님")
_set("O10", "0057", 0, "설명에 고춧가루가 나오는 김치: 방앗간 제품이 아님")
_set("O04", "0152 0269", 0, "세탁세제(삼천동)·가사 지원: 세탁소 서비스가 아님")
_set("O01", "0048", 0, "떡이 든 다과 세트(평화동 케이터링): 떡집 상품이 아님")
_set("A01", "0023 0099 0207", 0, "'문구(글귀)'라는 말만 겹침")
_set("A02", "0056 0283 0284", 0, "'마을'이라는 말만 겹침")
_set("A03 H09", "0017 0116", 0, "친환경 현수막·친환경 현미: 생활용품·세제가 아님")
_set("H09 T05", "0160", 0, "수세미(설명에 '세제'): 세제가 아님")
_set("T05", "0152", 0, "세탁세제: 설거지용 아님")
_set("L07", "0017 0116 0152 0153", 0, "다른 친환경 제품: 수세미가 아님")
_set("L10", "0246 0283 0284", 0, "김장 체험·절임배추: 김장김치 완제품이 아님")
_set("A11", "0142 0143", 0, "일회용 위생장갑: 농작업 장갑이 아님")
_set("C10", "0142 0143 0144", 0, "위생장갑·위생모: 앞치마가 아님")
_set("A05", "0024 0088 0096 0162 0210 0234 0237 0243", 0, "식혜·체험 프로그램·일반 기념품: 전통 공예 기념품이 아님")
_set("A07", "", 0, "")
_set("A08", "0036 0040 0104 0162 0200 0232 0243 0244", 0, "'선물'·'명절'만 겹침: 농산물이 아님")
_set("A08", "0032", 0, "전통차(가공 스틱차): 농산물 선물 범위 밖")
_set("S01", "0175 0183 0184", 0, "수정·박스·양면테이프: 셀로판 투명테이프가 아님")
_set("S10", "0148 0206 0211", 0, "'가방'이라는 말만 겹침")
_set("S11", "0207 0208", 0, "물티슈: 마른 티슈가 아님")
_set("T09", "0124", 0, "사과 생과일 선물세트: 주스가 아님")
_set("T06", "0196 0275", 0, "'출장'만 겹침")
_set("T11", "0242", 0, "'전시대용' 러너: 패널 출력이 아님")
_set("P03", "0022 0025 0026 0028 0048", 0, "일반 떡: 떡케이크가 아님")
_set("P10", "0127 0152", 0, "'공기'·'식물 유래'만 겹침")
_set("M03", "0037 0041", 0, "빵 간식박스·간식 꾸러미(음료 포함): 요청 품목 아님")
_set("M03", "0211", 0, "보냉 도시락 가방: 음식이 아님")


# --------------------------------------------------------------------------- labelling
def has(p, alt):
    return all(t in p["tags"] for t in alt.split("+"))


def cond_ok(p, cond):
    r = p["row"]
    if "max_price" in cond and int(r["단가"]) > cond["max_price"]:
        return False
    if "spec" in cond and cond["spec"].lower() not in (r["제품명"] + " " + r["규격"]).lower():
        return False
    return True


def grade_item(p, want, ok, cond):
    if any(has(p, a) for a in want):
        return 2 if cond_ok(p, cond) else 1
    if any(has(p, a) for a in ok):
        return 1
    return 0


def auto_labels(n):
    """code -> (grade, 품목)"""
    out = {}
    for p in PRODUCTS:
        code = p["row"]["제품코드"]
        if n["kind"] == "location":
            items = needs_data.SHOPS[n["shop"]]
            if p["tags"] & set(items):
                g = 2 if p["dong"].startswith(n["dong"]) else 1
                out[code] = (g, "")
        elif n["kind"] == "multi_item":
            best = (0, "")
            for written, want, ok, cond in n["items"]:
                g = grade_item(p, want, ok, cond)
                if g > best[0]:
                    best = (g, written)
            if best[0]:
                out[code] = best
        else:
            g = grade_item(p, n["want"], n["ok"], n["cond"])
            if g:
                out[code] = (g, "")
    return out


def overridden_auto(needs):
    """OVERRIDES that change an automatic grade (printed so none is accidental)."""
    out = []
    for n in needs:
        if n["kind"] == "no_match":
            continue
        auto = auto_labels(n)
        for (k, code), (g, why) in OVERRIDES.items():
            if k == n["key"] and code in auto and auto[code][0] != g:
                out.append("%s %s auto %d -> %d: %s" % (k, code, auto[code][0], g, why))
    return out


def final_labels(n):
    labs = auto_labels(n)
    for (k, code), (g, item, _why) in EXTRA_OK.items():
        if k == n["key"]:
            assert code in BYCODE, code
            if g > labs.get(code, (0, ""))[0]:
                labs[code] = (g, item or "")
    for (k, code), (g, _why) in OVERRIDES.items():
        if k == n["key"]:
            assert code in BYCODE, code
            if g == 0:
                labs.pop(code, None)
            else:
                labs[code] = (g, labs.get(code, (0, ""))[1])
    return labs


# --------------------------------------------------------------------------- sweep
SUFFIXES = ["으로", "에서", "에게", "까지", "부터", "이랑", "하고", "이나", "에", "의", "을", "를", "이", "가",
            "은", "는", "로", "와", "과", "도", "랑", "만"]
STOP = set("""구매 구입 제작 업체 필요 합니다 찾습니다 서비스 일괄 일체 관련 위해 예정 정도 가능 문의 희망 개당 이하
예산 이내 인분 참석자 행사 맡아 주실 있습니다 하려고 하고자 하려 있는 곳을 알아보고 계획입니다 실시할 실시
드릴 나눠 함께 제공할 제공해 제공 관내 추진하고 구입하고자 제작하려고 제작하고자 인쇄하려 좋겠습니다 업체면
가급적 지역 사회적경제기업 제품이었으면 합니다 납품 납품이 납품을 당일 배달 참여하는 프로그램 센터 교육장
그리고 근처 찾아요 때 쓸 나눠 먹을 외국인 관람객용 공간 정기 주 회 용역 매주 상자 단위 포장 맞춰 관객 배포용
더 편집 디자인까지 기획부터 운영까지 운영과 진행 인력 포함입니다 둘째 토요일 일원 열리는 교내 학생회관
기숙사 공용 청년농업인 초청 세미나 본관 대강당 점심 점심으로 분기별 면적 약 예방 예방을 서고 보존서고
해충과 곰팡이 맡길 기념식 강당 양성평등주간 전주시청 드릴 연말 사회공헌 활동 지역아동센터 경로당 전달하려고
김장김치를 필요합니다 불조심 강조의 달 맞아 독거노인 가구 설치해 주택용 구매를 추진 업소 배포할 로고 홍보를
관내 음식점 위생등급제 수량 여름철 무더위 대비용 정문 만든 경기전 제작하려고 초까지 가능한지 문의드립니다
결혼이민자 가족 가정 전통문화 강사와 재료를 연습실 졸업식 축하 대형 베트남어 안내문 기록물
정도이며 희망합니다 이고 예정입니다 가능한 구매하려고 열리 찾고 참여하 함께하 기록용 선물용 세트 A4 ABC
마을 출력 관리 강사 재료 문화""".split())


def strip_suffix(t):
    for s in SUFFIXES:
        if t.endswith(s) and len(t) - len(s) >= 2:
            return t[: -len(s)]
    return t


def content_words(n):
    if n["kind"] in ("hanyeong", "choseong"):
        text = n["intended"]
    else:
        text = n["text"]
    words = set()
    for t in re.split(r"[^0-9A-Za-z가-힣]+", text):
        if not t or re.fullmatch(r"[0-9]+[A-Za-z가-힣]*", t):
            continue
        t = strip_suffix(t)
        if len(t) < 2 and t not in ("떡", "쌀"):
            continue
        if t in STOP:
            continue
        words.add(t)
    if n["kind"] == "multi_item":
        for written, *_ in n["items"]:
            words.add(written)
    if n["kind"] == "location":
        words.discard(n["dong"])
        words.update({"떡집": ["떡"], "꽃집": ["꽃"], "인쇄소": ["인쇄"], "세탁소": ["세탁"], "목공방": ["목공", "원목"],
                      "반찬가게": ["반찬"], "빵집": ["빵"], "도시락집": ["도시락"], "현수막집": ["현수막"],
                      "방앗간": ["참기름", "들기름", "고춧가루"], "카페": ["커피"]}[n["shop"]])
        words.discard(n["shop"])
    words.update(w for w in n.get("kw", []) if w not in STOP)
    return sorted(words)


def sweep(needs, labels):
    lines = []
    count = 0
    for n in needs:
        if n["kind"] == "no_match":
            continue
        ws = content_words(n)
        hits = []
        for p in PRODUCTS:
            code = p["row"]["제품코드"]
            text = " ".join([p["row"]["제품명"], p["row"]["규격"], p["row"]["설명"]])
            found = [w for w in ws if w in text]
            if not found:
                continue
            auto = auto_labels(n).get(code, (0, ""))[0]
            if auto:
                continue
            fin = labels[n["key"]].get(code, (0, ""))[0]
            why = ""
            if (n["key"], code) in EXTRA_OK:
                why = "EXTRA_OK: " + EXTRA_OK[(n["key"], code)][2]
            elif (n["key"], code) in OVERRIDES:
                why = "OVERRIDES: " + OVERRIDES[(n["key"], code)][1]
            else:
                why = "UNREVIEWED"
            hits.append("    %s %s [%s] -> %d  %s" % (code, p["row"]["제품명"], ",".join(found), fin, why))
        if hits:
            lines.append("%s %s (%s) «%s» words=%s" % (n["key"], n["id"], n["kind"], n["text"], ",".join(ws)))
            lines.extend(hits)
            count += len(hits)
    return count, lines


# --------------------------------------------------------------------------- output
def write_csv(name, cols, rows):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        w.writerows(rows)


def main():
    needs = list(needs_data.NEEDS) + list(nomatch_data.NO_MATCH)
    order = list(range(len(needs)))
    random.Random(SEED).shuffle(order)
    for i, idx in enumerate(order, 1):
        needs[idx]["id"] = "ZL-Q%03d" % i
    needs_sorted = sorted(needs, key=lambda n: n["id"])

    labels = {n["key"]: (final_labels(n) if n["kind"] != "no_match" else {}) for n in needs}

    def fmt(v):
        return "" if v is None else str(int(v))

    write_csv("queries.csv", ["수요번호", "수요내용", "수량", "예산"],
              [[n["id"], n["text"], fmt(n["qty"]), fmt(n["budget"])] for n in needs_sorted])
    write_csv("query_kinds.csv", ["수요번호", "유형"], [[n["id"], n["kind"]] for n in needs_sorted])
    rows = []
    for n in needs_sorted:
        for code in sorted(labels[n["key"]]):
            g, item = labels[n["key"]][code]
            rows.append([n["id"], code, g, item if n["kind"] == "multi_item" else ""])
    write_csv("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"], rows)
    write_csv("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"],
              [[n["id"], n["level"], n["overlap"], n["reason"]] for n in needs_sorted if n["kind"] == "no_match"])
    write_csv("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"],
              [[n["id"], n["text"], n["intended"]] for n in needs_sorted if n["kind"] == "hanyeong"])
    with open(os.path.join(HERE, "id_map.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["수요번호", "내부키", "유형", "기관", "수요내용"])
        for n in needs_sorted:
            w.writerow([n["id"], n["key"], n["kind"], n["voice"], n["text"]])

    for line in overridden_auto(needs_sorted):
        print("override of automatic grade:", line)
    cnt, lines = sweep(needs_sorted, labels)
    unrev = sum(1 for l in lines if l.endswith("UNREVIEWED"))
    head = ["# Omission sweep: products whose 제품명/규격/설명 contain a content word of a need but that the",
            "# automatic tag match did not label. Each was reviewed; the decision and reason come from",
            "# EXTRA_OK / OVERRIDES in build_queries.py. '-> g' is the final relevance.",
            "# candidates: %d, unreviewed: %d" % (cnt, unrev), ""]
    nm = ["", "# no_match check: catalog products sharing a word (2+ chars) with a no_match need.",
          "# All reviewed: none is the thing asked for nor an acceptable substitute (see no_match_detail.csv)."]
    for n in needs_sorted:
        if n["kind"] != "no_match":
            continue
        ws = [w for w in n["text"].split() if len(w) >= 2]
        hits = []
        for p in PRODUCTS:
            t = p["row"]["제품명"] + " " + p["row"]["규격"] + " " + p["row"]["설명"]
            f = [w for w in ws if w in t]
            if f:
                hits.append("    %s %s [%s] -> 0" % (p["row"]["제품코드"], p["row"]["제품명"], ",".join(f)))
        nm.append("%s %s (%s) «%s» reason: %s" % (n["key"], n["id"], n["level"], n["text"], n["reason"]))
        nm.extend(hits)
    with open(os.path.join(HERE, "sweep_report.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(head + lines + nm) + "\n")
    print("needs", len(needs), "qrels", len(rows), "sweep candidates", cnt, "unreviewed", unrev)


if __name__ == "__main__":
    main()
