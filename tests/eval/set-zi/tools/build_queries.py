# -*- coding: utf-8 -*-
"""수요 + 카탈로그 -> queries.csv, query_kinds.csv, qrels.csv, no_match_detail.csv,
hanyeong_intended.csv, tools/sweep_report.txt

관련도 규칙 (기계적):
  - 제품 품목태그가 수요 want 에 있으면 2, 단 cond(가격/규격) 를 못 맞추면 1
  - 제품 품목태그가 수요 ok 에 있으면 1
  - location: 가게종류가 맞고 같은 동(○○동1가 등 포함)이면 2, 가게종류만 맞으면 1
  - multi_item: 품목별로 위 규칙, 한 제품은 가장 높은 등급 하나만 (품목 칸에 수요에 적힌 품목)
  - EXTRA_OK / OVERRIDES: 스윕에서 사람이 판단한 예외 (이유 기록)
수요 문장은 여기서 바꾸지 않는다.
"""
import csv
import os
import random
import re

import build_catalog
import needs_data

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
SEED = 7150

# (수요 입력, 제품명) -> (관련도, 이유). 스윕에서 기계 규칙이 놓친 것을 추가로 인정.
EXTRA_OK = {
    ("떡 주문", "가래떡"): (1, "가래떡도 그대로 먹는 떡이지만 행사용 떡으로는 대체품 수준"),
    ("화분", "토분 (빈 화분)"): (1, "'화분'은 빈 그릇일 수도 있음. 민원실용이면 식물이 든 화분이 목적이라 1"),
    ("화분", "분청 토분 (다육용)"): (1, "식물 없는 빈 화분 - '화분'의 다른 뜻이라 대체품 수준"),
    ("건물 청소용역", "유리창 청소"): (1, "건물 청소의 일부 작업만 하는 용역"),
    ("청사 위생관리 용역", "유리창 청소"): (1, "위생관리 용역의 일부 작업"),
    ("생활관 쓰레빠", "학생 실내화 (흰색)"): (1, "생활관 실내에서 신을 수 있는 대체품이지만 슬리퍼는 아님"),
    ("떡볶기 간식", "쌀떡볶이떡"): (1, "떡볶이 재료(떡)만으로 직접 조리해야 함"),
    ("수료증 용지와 상장 케이스", "상장·수료증 내용 인쇄"): (1, "용지 대신 수료증 인쇄 서비스로 대체 가능 (품목: 수료증 용지)"),
    ("사회적경제 한마당 행사(9월 20일, 전주 한옥마을 일원) 홍보를 위해 행사 당일 현장 스케치 영상과 사진 촬영을 "
     "해 주실 업체를 구합니다.", "드론 항공 촬영"): (1, "현장 영상 촬영의 일부로 쓸 수 있는 항공 촬영"),
    ("주민설명회 홍보물 제작", "홍보물 디자인 (리플릿·포스터)"): (1, "홍보물 '디자인'만 하고 인쇄는 별도"),
    ("rlsuavna", "스테인리스 텀블러 (로고 각인)"): (1, "로고 판촉물도 기념품으로 쓰이나 박물관 기념품의 전형은 아님"),
    ("rlsuavna", "로고 머그컵"): (1, "로고 판촉물 머그 - 기념품 대체 가능"),
    ("rlsuavna", "캔버스 에코백 (로고 인쇄)"): (1, "설명에 '행사 기념품용' - 대체 가능"),
    ("명절에 보낼 지역 먹거리 선물", "천연 수제 비누 선물세트"): (0, "먹거리가 아님 (선물세트 태그만 겹침)"),
    ("보드 게임", "보드게임 활용 환경교육 (출강)"): (1, "보드게임을 가지고 오는 수업 - 게임 자체 구매는 아님"),
    ("수제 쵸콜렛", "초콜릿 만들기 체험 키트"): (1, "직접 만들 수는 있으나 완제품 초콜릿은 아님"),
    ("뮤지엄숍에 들일 전주 전통공예품", "색한지 보석함 만들기 키트"): (1, "한지 공예 관련이지만 완성품이 아닌 체험 재료"),
    ("청사 내 보존기간이 지난 기록물 약 2톤을 보안이 유지되는 방식으로 파쇄 처리해야 합니다. 파쇄 과정 참관과 파쇄 확인서 "
     "발급이 가능한 업체였으면 합니다.", "폐지 재활용 수거"): (0, "보안 파쇄 없는 일반 폐지 수거라 부적합"),
    ("민원실 ghkqns", "토분 (빈 화분)"): (1, "'화분' 정확 수요와 같은 판단: 식물 없는 빈 화분"),
    ("민원실 ghkqns", "분청 토분 (다육용)"): (1, "'화분' 정확 수요와 같은 판단: 식물 없는 빈 화분"),
    ("실내화분", "토분 (빈 화분)"): (1, "'화분' 정확 수요와 같은 판단: 식물 없는 빈 화분"),
    ("실내화분", "분청 토분 (다육용)"): (1, "'화분' 정확 수요와 같은 판단: 식물 없는 빈 화분"),
    ("교육생 간식거리", "회의용 샌드위치 박스"): (1, "간식보다는 가벼운 식사지만 교육 간식으로 대체 가능"),
    ("떡 과일 음료", "회의 다과 세트"): (1, "떡·과일·음료를 한 상자에 담은 다과 세트 - 세 품목을 따로 사는 대신 쓸 수 있는 대체품 (품목: 떡)"),
    ("하반기 공공구매 설명회(10월 16일, 전북지방조달청 2층 회의실) 참석자 80명에게 제공할 다과를 준비해 주실 "
     "사회적기업을 찾습니다.", "마들렌·휘낭시에 답례세트"): (1, "구움과자 - 쿠키와 같은 다과 대체품"),
    ("하반기 공공구매 설명회(10월 16일, 전북지방조달청 2층 회의실) 참석자 80명에게 제공할 다과를 준비해 주실 "
     "사회적기업을 찾습니다.", "모닝빵 간식 박스"): (1, "회의 간식용 빵 박스 - 다과 대체품"),
    ("하반기 공공구매 설명회(10월 16일, 전북지방조달청 2층 회의실) 참석자 80명에게 제공할 다과를 준비해 주실 "
     "사회적기업을 찾습니다.", "행사용 컵과일"): (1, "다과상에 오르는 과일 - 대체품"),
    ("청소년 만들기 체험 재료", "나무 곤충 만들기 목공 체험"): (1, "재료가 아니라 강사 진행 체험이지만 만들기 체험 목적은 충족"),
    ("청소년 만들기 체험 재료", "도자기 만들기 체험 (출강)"): (1, "재료가 아니라 강사 진행 체험이지만 만들기 체험 목적은 충족"),
    ("청소년 만들기 체험 재료", "다식 만들기 체험 (출강)"): (1, "재료가 아니라 강사 진행 체험이지만 만들기 체험 목적은 충족"),
    ("봉사활동 나갈 때 챙길 안전용품", "봉사활동 조끼 (망사)"): (1, "봉사자 식별 조끼 - 반사띠가 없어 안전조끼 대용 수준"),
    ("플라스틱 줄이는 친환경 생활용품", "스테인리스 다회용 도시락 용기"): (1, "일회용 플라스틱 용기를 대신하는 다회용기"),
    ("플라스틱 줄이는 친환경 생활용품", "유리 밀폐용기 3종"): (1, "플라스틱 반찬통 대신 쓰는 유리 용기"),
    ("명절에 보낼 지역 먹거리 선물", "찹쌀떡"): (1, "선물 상자 포장 떡 - 지역 먹거리 선물로 쓸 수 있음"),
    ("명절에 보낼 지역 먹거리 선물", "사과 5kg"): (1, "명절 과일 상자로 흔히 보내는 먹거리 (선물 포장 아님)"),
    ("명절에 보낼 지역 먹거리 선물", "배 7.5kg"): (1, "명절 과일 상자로 흔히 보내는 먹거리 (선물 포장 아님)"),
}
# 기계 규칙의 결과를 뒤집는 판단 (필요한 경우만)
_ECO = "친환경 tjsanftpxm"
_ECO_REASON = "선물세트이지만 '친환경'이라는 조건이 설명에 드러나지 않음 -> 조건 미충족 1"
OVERRIDES = {
    (_ECO, n): (1, _ECO_REASON) for n in [
        "참기름·들기름 선물세트", "쌀쿠키 선물세트", "드립백 선물세트", "더치커피 선물세트",
        "잡곡 선물세트 5종", "사과·배 혼합 선물세트", "전통 장 선물세트", "한과 선물세트 2단",
        "꿀 선물세트", "전통주 선물세트"]
}


def strip_ga(dong):
    return re.sub(r"\d가$", "", dong)


def cond_ok(cond, p):
    if not cond:
        return True
    if "max_price" in cond and p["price"] > cond["max_price"]:
        return False
    if "min_price" in cond and p["price"] < cond["min_price"]:
        return False
    for a in cond.get("attrs", []):
        if a not in p["attrs"]:
            return False
    for k, v in cond.get("min_num", {}).items():
        if p["num"].get(k, -1) < v:
            return False
    return True


def grade_tags(want, ok, cond, p):
    tags = set(p["tags"])
    if tags & set(want):
        return 2 if cond_ok(cond, p) else 1
    if tags & set(ok):
        return 1
    return 0


def label_need(n, products):
    """-> {code: (grade, 품목)}"""
    out = {}
    for p in products:
        g, item = 0, ""
        if n["kind"] == "location":
            dong, shop = n["loc"]
            if shop in p["shop"]:
                g = 2 if strip_ga(p["dong"]) == dong else 1
        elif n["kind"] == "multi_item":
            for (item_text, want, ok) in n["items"]:
                gi = grade_tags(want, ok, n["cond"], p)
                if gi > g:
                    g, item = gi, item_text
        else:
            g = grade_tags(n["want"], n["ok"], n["cond"], p)
        key = (n["text"], p["name"])
        for table in (EXTRA_OK, OVERRIDES):
            if key in table and table[key] is not None:
                g = table[key][0]
                if n["kind"] == "multi_item" and g > 0 and not item:
                    item = n["items"][0][0]
        if g > 0:
            out[p["code"]] = (g, item if n["kind"] == "multi_item" else "")
    return out


# ------------------------------------------------------------------ sweep
STOP = set("""구매 구입 제작 주문 업체 필요 필요합니다 찾습니다 찾고 있습니다 합니다 있을까요 주세요 해 주실 하려 하고자
가능한 가능해야 정도 이상 이하 이전 포함 추천해 미리 준비하고자 위해 대상으로 운영해 줄 구합니다 하니 때 드릴 내빈께
기념 개막식 사용할 진행됩니다 끝난 뒤 한꺼번에 수 있는 있는 받을 있을 직접 만들어 볼 방식으로 처리해야 과정 것 곳을
단체 약 개 명 부 점 인분 세트 박스 포 벌 통 다음 달 본원 당일 오는 관내 정기적으로 약 에서 에게 으로 어린""".split())
# 품목이 아니라 수식어·일반어라서 겹쳐도 관련 근거가 되지 않는 말 (스윕 판정 문구용)
GENERIC = set("""행사 인쇄 전통 전주 포장 상자 교육 교육생 친환경 체험 프로그램 안내 납품 로고 사무실 설명회 회의실
민원실 선물 수제 강사 간식 재료 만들기 청소년 사회적경제 한마당 홍보 현장 사진 주간 출강 코딩 어린 발급 컬러
크기 내외 구역 정원 식재 관리 쓰는 자재 인증 무농약 봉사활동 줄이 플라스틱 용역 김장 방수 용지 케이스 종이
출장 보드 게임 소독 청소 과일 음료 카페 공방 합죽선 기념품 화분 건물 화환 축하 한지 키트""".split())
PARTICLES = ["에서", "으로", "이나", "에게", "께서", "이랑", "하고", "까지", "부터", "을", "를", "이", "가", "은", "는",
             "에", "의", "로", "과", "와", "도", "만", "랑", "께"]


def content_words(text):
    toks = re.split(r"[\s,.·()~?!\"'/]+", text)
    words = set()
    for t in toks:
        t = t.strip()
        if not t or re.fullmatch(r"[\dA-Za-z.×%원]+", t):
            continue
        for pt in PARTICLES:
            if t.endswith(pt) and len(t) - len(pt) >= 2:
                t = t[: -len(pt)]
                break
        if len(t) < 2 or t in STOP or re.search(r"\d", t):
            continue
        words.add(t)
    return words


def sweep(needs, products, labels):
    lines = ["# 스윕 보고서: 수요의 내용어가 제품명/규격/설명에 나오는데 관련도가 없는 제품",
             "# 형식: [수요 유형] 수요 입력 | 내용어 -> 제품코드 제품명 : 판정",
             "# 판정: EXTRA_OK/OVERRIDES 에 기록된 것은 그 판단과 이유, 나머지는 검토 후 '무관(0) 유지'",
             ""]
    n_cand = 0
    for n in needs:
        text = n["intended"] if n["kind"] in ("hanyeong", "choseong") else n["text"]
        words = content_words(text)
        if n["kind"] == "location":
            words = {n["loc"][1]}
        lab = labels[n["text"]]
        cands = []
        for p in products:
            blob = " ".join([p["name"], p["spec"], p["desc"]])
            hit = sorted(w for w in words if w in blob)
            if not hit:
                continue
            key = (n["text"], p["name"])
            decided = EXTRA_OK.get(key) or OVERRIDES.get(key)
            if p["code"] in lab and not decided:
                continue
            if decided:
                verdict = "판단 %d: %s" % (decided[0], decided[1])
            elif all(h in GENERIC for h in hit):
                verdict = "무관(0) 유지 - 수식어·일반어만 겹침"
            else:
                verdict = "무관(0) 유지 - 같은 낱말이 들어간 다른 품목(헷갈림 제품)"
            cands.append("  %s -> %s %s : %s" % ("/".join(hit), p["code"], p["name"], verdict))
        if cands:
            lines.append("[%s] %s" % (n["kind"], text))
            lines.extend(cands)
            lines.append("")
            n_cand += len(cands)
    lines.append("후보 총 %d건" % n_cand)
    lines.append("")
    lines.append("# 사람 판단 전체 목록 (EXTRA_OK / OVERRIDES) - 위 후보에 안 잡힌 것 포함")
    for name, table in (("EXTRA_OK", EXTRA_OK), ("OVERRIDES", OVERRIDES)):
        for (t, nm), (g, why) in table.items():
            lines.append("%s | %s | %s -> %d : %s" % (name, t[:40], nm, g, why))
    return lines


def main():
    products = build_catalog.load_products()
    needs = list(needs_data.NEEDS)
    names = {p["name"] for p in products}
    texts = {n["text"] for n in needs}
    for table in (EXTRA_OK, OVERRIDES):
        for (t, nm) in table:
            assert t in texts, "판단 표의 수요 없음: %s" % t
            assert nm in names, "판단 표의 제품 없음: %s" % nm
    labels = {n["text"]: label_need(n, products) for n in needs}

    allneeds = [("m", n) for n in needs] + [("x", x) for x in needs_data.NO_MATCH]
    rng = random.Random(SEED)
    rng.shuffle(allneeds)
    ids = {}
    for i, (t, n) in enumerate(allneeds, 1):
        ids[n["text"] if t == "m" else n[1]] = "ZI-Q%03d" % i

    def w(name, header, rows):
        with open(os.path.join(ROOT, name), "w", encoding="utf-8", newline="") as f:
            cw = csv.writer(f)
            cw.writerow(header)
            cw.writerows(rows)

    q_rows, k_rows, r_rows, h_rows, nm_rows = [], [], [], [], []
    for t, n in allneeds:
        if t == "m":
            qid = ids[n["text"]]
            q_rows.append([qid, n["text"], "" if n["qty"] is None else n["qty"],
                           "" if n["budget"] is None else n["budget"]])
            k_rows.append([qid, n["kind"]])
            for code, (g, item) in sorted(labels[n["text"]].items(), key=lambda kv: (-kv[1][0], kv[0])):
                r_rows.append([qid, code, g, item])
            if n["kind"] == "hanyeong":
                h_rows.append([qid, n["text"], n["intended"]])
        else:
            voice, text, diff, overlap, reason = n
            qid = ids[text]
            q_rows.append([qid, text, "", ""])
            k_rows.append([qid, "no_match"])
            nm_rows.append([qid, diff, overlap, reason])
    w("queries.csv", ["수요번호", "수요내용", "수량", "예산"], q_rows)
    w("query_kinds.csv", ["수요번호", "유형"], k_rows)
    w("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"], r_rows)
    w("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"], h_rows)
    w("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"], nm_rows)

    rep = sweep(needs, products, labels)
    with open(os.path.join(HERE, "sweep_report.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(rep) + "\n")
    n2 = sum(1 for r in r_rows if r[2] == 2)
    print("queries %d, qrels %d (grade2 %d, grade1 %d), sweep candidates: %s" % (
        len(q_rows), len(r_rows), n2, len(r_rows) - n2, next(l for l in rep if l.startswith("후보 총"))))


if __name__ == "__main__":
    main()
