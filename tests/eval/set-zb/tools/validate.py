# -*- coding: utf-8 -*-
"""set-zb 검증: 형식, 개수, 코드 존재, 관련도 2 존재, 한영 왕복, 초성, 동의어/오타 낱말 부재, 동 이름."""
import collections, csv, os, re, sys
import needs_data, kbd
from jeonju_dong import GU_DONG, ALL_BASES, base

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ERR, WARN = [], []


def err(m):
    ERR.append(m)


def read(name, header, where=OUT):
    path = os.path.join(where, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: BOM 있음" % name)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        err("%s: UTF-8 아님" % name)
    rows = list(csv.reader(open(path, encoding="utf-8", newline="")))
    if rows[0] != header:
        err("%s: 헤더 %r != %r" % (name, rows[0], header))
    return [dict(zip(header, r)) for r in rows[1:]]


KINDS = ["exact", "synonym", "typo", "hanyeong", "spacing", "choseong", "quantity",
         "long_sentence", "category", "location", "multi_item", "no_match"]


def main():
    cat = read("catalog.csv", ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"])
    qs = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
    kinds = read("query_kinds.csv", ["수요번호", "유형"])
    qrels = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
    nmd = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
    hy = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])
    idmap = read("id_map.csv", ["수요번호", "key", "유형", "화자"], where=HERE)

    # ---------------- catalog
    codes = [r["제품코드"] for r in cat]
    if codes != ["ZB%04d" % i for i in range(1, len(codes) + 1)]:
        err("제품코드가 ZB0001부터 연속이 아님")
    if not 270 <= len(cat) <= 310:
        err("카탈로그 제품 수 %d (약 290 기대)" % len(cat))
    ent = {}
    for r in cat:
        if r["기업유형"] not in ("사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"):
            err("기업유형 이상: %s" % r["기업유형"])
        if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
            err("사업자번호 형식: %s" % r["사업자등록번호"])
        if not re.fullmatch(r"\d+", r["단가"]):
            err("단가 정수 아님: %s" % r["제품코드"])
        m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) \S+(로|길)( \d+(-\d+)?)? \((\S+)\)", r["주소"])
        if not m:
            err("주소 형식: %s" % r["주소"])
        elif m.group(5) not in GU_DONG[m.group(1)]:
            err("구-법정동 짝이 틀림: %s" % r["주소"])
        key = r["기업명"]
        val = (r["기업유형"], r["사업자등록번호"], r["주소"])
        if ent.setdefault(key, val) != val:
            err("같은 기업의 정보가 다름: %s" % key)
        for c in ("제품명", "분류", "규격", "단위", "설명"):
            if not r[c].strip():
                err("빈 칸 %s %s" % (r["제품코드"], c))
    if len(set(r["사업자등록번호"] for r in cat)) != len(ent):
        err("사업자번호가 기업마다 유일하지 않음")
    ncat = len(set(r["분류"] for r in cat))
    if not 25 <= ncat <= 35:
        err("분류 수 %d (약 30 기대)" % ncat)
    if not 60 <= len(ent) <= 70:
        err("기업 수 %d (약 65 기대)" % len(ent))
    cat_text = "\n".join(" ".join(r.values()) for r in cat)
    codeset = set(codes)

    # ---------------- queries / kinds
    ids = [q["수요번호"] for q in qs]
    if ids != ["ZB-Q%03d" % i for i in range(1, 151)]:
        err("수요번호가 ZB-Q001..ZB-Q150 이 아님")
    for q in qs:
        for c in ("수량", "예산"):
            if q[c] and not re.fullmatch(r"\d+", q[c]):
                err("%s %s 정수 아님" % (q["수요번호"], c))
        if not q["수요내용"].strip():
            err("빈 수요 %s" % q["수요번호"])
    kind = {k["수요번호"]: k["유형"] for k in kinds}
    if set(kind) != set(ids):
        err("query_kinds 수요번호 불일치")
    cnt = collections.Counter(kind.values())
    want_cnt = {k: 11 for k in KINDS}
    want_cnt["multi_item"] = 10
    want_cnt["no_match"] = 30
    for k in KINDS:
        if cnt[k] != want_cnt[k]:
            err("유형 %s 개수 %d != %d" % (k, cnt[k], want_cnt[k]))
    for k in cnt:
        if k not in KINDS:
            err("알 수 없는 유형 %s" % k)

    # ---------------- needs_data 와 대조 (수요 문구가 바뀌지 않았는지)
    by_key = {n["key"]: n for n in needs_data.NEEDS}
    nm_key = {x[0]: x for x in needs_data.NOMATCH}
    m = {r["수요번호"]: r["key"] for r in idmap}
    qtext = {q["수요번호"]: q for q in qs}
    for qid, key in m.items():
        if key in by_key:
            n = by_key[key]
            if qtext[qid]["수요내용"] != n["text"] or kind[qid] != n["kind"]:
                err("수요 문구/유형 불일치 %s %s" % (qid, key))
            if str(n.get("qty", "")) != qtext[qid]["수량"] or str(n.get("budget", "")) != qtext[qid]["예산"]:
                err("수량/예산 불일치 %s" % qid)
        elif key in nm_key:
            if qtext[qid]["수요내용"] != nm_key[key][3] or kind[qid] != "no_match":
                err("no_match 불일치 %s" % qid)
        else:
            err("id_map 의 key 없음 %s" % key)
    # 섞였는지: 연속 11개가 같은 유형이면 안 됨
    run = max(len(list(g)) for _, g in __import__("itertools").groupby(kind[i] for i in ids))
    if run >= 5:
        err("같은 유형이 %d개 연속 (섞이지 않음)" % run)

    # ---------------- qrels
    rel = collections.defaultdict(list)
    seen = set()
    for r in qrels:
        qid, code = r["수요번호"], r["제품코드"]
        if qid not in kind:
            err("qrels 수요번호 없음 %s" % qid)
            continue
        if code not in codeset:
            err("qrels 제품코드 없음 %s" % code)
        if r["관련도"] not in ("1", "2"):
            err("관련도 값 %s" % r["관련도"])
        if (qid, code) in seen:
            err("qrels 중복 %s %s" % (qid, code))
        seen.add((qid, code))
        if kind[qid] == "no_match":
            err("no_match 에 qrels 있음 %s" % qid)
        if kind[qid] == "multi_item":
            if not r["품목"]:
                err("multi_item 품목 비어 있음 %s %s" % (qid, code))
        elif r["품목"]:
            err("multi_item 아닌데 품목 있음 %s" % qid)
        rel[qid].append(r)
    for qid, k in kind.items():
        if k == "no_match":
            continue
        if not any(r["관련도"] == "2" for r in rel[qid]):
            err("관련도 2 제품이 없는 수요 %s (%s)" % (qid, m[qid]))
        if k == "multi_item":
            n = by_key[m[qid]]
            for written, _, _ in n["items"]:
                if written not in n["text"]:
                    err("품목 표현이 수요 문구에 없음 %s %s" % (qid, written))
                if not any(r["관련도"] == "2" and r["품목"] == written for r in rel[qid]):
                    err("multi_item 품목 '%s'에 관련도 2 없음 %s" % (written, qid))
            for r in rel[qid]:
                if r["품목"] not in [w for w, _, _ in n["items"]]:
                    err("품목 값이 수요 품목과 다름 %s %s" % (qid, r["품목"]))

    # ---------------- no_match detail
    if sorted(r["수요번호"] for r in nmd) != sorted(q for q, k in kind.items() if k == "no_match"):
        err("no_match_detail 수요번호 불일치")
    dc = collections.Counter(r["난이도"] for r in nmd)
    if dc != {"hard": 20, "easy": 10}:
        err("no_match 난이도 개수 %r" % dc)
    for r in nmd:
        if not r["해당 없음 이유"]:
            err("no_match 이유 없음 %s" % r["수요번호"])
        if r["난이도"] == "easy":
            for tok in re.split(r"\s+", qtext[r["수요번호"]]["수요내용"]):
                if len(tok) >= 2 and tok in cat_text:
                    WARN.append("easy no_match '%s'의 낱말 '%s'이 카탈로그에 있음" % (r["수요번호"], tok))

    # ---------------- 한영
    hyq = sorted(q for q, k in kind.items() if k == "hanyeong")
    if sorted(r["수요번호"] for r in hy) != hyq:
        err("hanyeong_intended 수요번호 불일치")
    whole = mixed = 0
    for r in hy:
        inp, intended = r["입력"], r["의도한 한글"]
        if qtext[r["수요번호"]]["수요내용"] != inp:
            err("한영 입력이 수요 문구와 다름 %s" % r["수요번호"])
        if kbd.eng2kor(inp) != intended:
            err("한영 변환 불일치 %s: %s -> %s != %s" % (r["수요번호"], inp, kbd.eng2kor(inp), intended))
        a, b = inp.split(" "), intended.split(" ")
        if len(a) != len(b):
            err("한영 어절 수 다름 %s" % r["수요번호"])
        for x, y in zip(a, b):
            if re.fullmatch(r"[A-Za-z]+", x):
                if kbd.kor2eng(y) != x:
                    err("한영 왕복 실패 %s: %s -> %s" % (r["수요번호"], y, kbd.kor2eng(y)))
            elif x != y:
                err("한글 어절 불일치 %s" % r["수요번호"])
        if re.search(r"[가-힣]", inp):
            mixed += 1
        else:
            whole += 1
    if (whole, mixed) != (8, 3):
        err("한영 whole/mixed = %d/%d (8/3 기대)" % (whole, mixed))

    # ---------------- 초성
    pure = mix = 0
    for n in needs_data.NEEDS:
        if n["kind"] != "choseong":
            continue
        t, it = n["text"], n["intended"]
        if len(t) != len(it):
            err("초성 길이 다름 %s" % n["key"])
            continue
        has_cho = False
        for x, y in zip(t, it):
            if re.fullmatch(r"[ㄱ-ㅎ]", x):
                has_cho = True
                if kbd.choseong(y) != x:
                    err("초성 틀림 %s: %s vs %s" % (n["key"], x, y))
            elif x != y:
                err("초성 외 글자 불일치 %s" % n["key"])
        if not has_cho:
            err("초성 없음 %s" % n["key"])
        if re.search(r"[가-힣]", t):
            mix += 1
        else:
            pure += 1
    if (pure, mix) != (8, 3):
        err("초성 pure/mixed = %d/%d (8/3 기대)" % (pure, mix))

    # ---------------- 동의어/오타 낱말이 카탈로그에 없음, 원하는 말은 있음
    for n in needs_data.NEEDS:
        if n["kind"] in ("synonym", "typo"):
            if not n.get("words"):
                err("words 없음 %s" % n["key"])
            if n["words"][0] not in n["text"]:
                err("대표 낱말이 수요 문구에 없음 %s" % n["key"])
            for w in n["words"]:
                if w in cat_text:
                    err("%s 낱말 '%s'이 카탈로그에 있음" % (n["kind"], w))
        if n["kind"] == "spacing":
            if n["variant"] not in n["text"]:
                err("spacing 변형이 수요에 없음 %s" % n["key"])
            if n["variant"] in cat_text:
                err("spacing 변형 '%s'이 카탈로그에 그대로 있음" % n["variant"])
            if n["catalog_form"] not in cat_text:
                err("spacing 카탈로그 표기 '%s'이 카탈로그에 없음" % n["catalog_form"])
            if n["variant"].replace(" ", "") != n["catalog_form"].replace(" ", ""):
                err("spacing 변형과 카탈로그 표기가 띄어쓰기만 다른 게 아님 %s" % n["key"])
        if n["kind"] == "location":
            if n["dong"] not in ALL_BASES:
                err("전주에 없는 동 %s" % n["dong"])
            if not n["text"].startswith(n["dong"] + " "):
                err("location 수요가 동 이름으로 시작하지 않음 %s" % n["key"])

    # ---------------- 보고
    print("catalog %d rows, %d enterprises, %d categories" % (len(cat), len(ent), ncat))
    print("queries %d, kinds %s" % (len(qs), dict(cnt)))
    print("qrels %d (grade2 %d, grade1 %d)" % (len(qrels), sum(r["관련도"] == "2" for r in qrels),
                                             sum(r["관련도"] == "1" for r in qrels)))
    for w in WARN:
        print("WARN", w)
    if ERR:
        for e in ERR:
            print("ERROR", e)
        print("FAIL (%d errors)" % len(ERR))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
