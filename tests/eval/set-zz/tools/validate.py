# -*- coding: utf-8 -*-
"""세트 검사: 형식, 개수, 코드 존재, 관련도 2 존재, 한영 왕복, 초성, 동의어·오타 부재, 띄어쓰기, 동 이름."""
import csv, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kbd
from dongs import BY_GU, ALL_BASE
from needs_data import NEEDS, NO_MATCH

ERR = []


def err(m):
    ERR.append(m)


def read(name, header):
    path = os.path.join(OUT, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(name + ": BOM 있음")
    text = raw.decode("utf-8")
    rows = list(csv.reader(text.splitlines()))
    if rows[0] != header:
        err("%s: 헤더 %r" % (name, rows[0]))
    return [dict(zip(header, r)) for r in rows[1:]], rows


KINDS = ["exact", "synonym", "typo", "hanyeong", "spacing", "choseong", "quantity", "long_sentence", "category",
         "location", "multi_item", "no_match"]

cat, raw = read("catalog.csv", ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"])
codes = [r["제품코드"] for r in cat]
if codes != ["ZZ%04d" % i for i in range(1, len(codes) + 1)]:
    err("제품코드가 ZZ0001부터 연속이 아님")
if not 280 <= len(cat) <= 320:
    err("제품 수 %d" % len(cat))
ents = {r["기업명"] for r in cat}
cats = {r["분류"] for r in cat}
for r in cat:
    if any(len(v) == 0 for k, v in r.items()):
        err("빈 칸: " + r["제품코드"])
    if r["기업유형"] not in ("사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"):
        err("기업유형 " + r["제품코드"])
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
        err("사업자등록번호 " + r["제품코드"])
    if not re.fullmatch(r"[1-9]\d*", r["단가"]):
        err("단가 " + r["제품코드"])
    m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) \S+ \d+ \((\S+)\)", r["주소"])
    if not m:
        err("주소 형식 " + r["제품코드"])
    elif m.group(2) not in BY_GU[m.group(1)]:
        err("주소 동이 그 구의 법정동이 아님 " + r["제품코드"] + " " + m.group(2))
# 한 기업은 한 번호·한 주소·한 유형
info = collections.defaultdict(set)
for r in cat:
    info[r["기업명"]].add((r["기업유형"], r["사업자등록번호"], r["주소"]))
for k, v in info.items():
    if len(v) != 1:
        err("기업 정보 불일치 " + k)
if len({next(iter(v))[1] for v in info.values()}) != len(info):
    err("사업자등록번호 중복")

q, _ = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
qids = [r["수요번호"] for r in q]
if qids != ["ZZ-Q%03d" % i for i in range(1, 151)]:
    err("수요번호가 ZZ-Q001..Q150 이 아님")
for r in q:
    for c in ("수량", "예산"):
        if r[c] and not re.fullmatch(r"[1-9]\d*", r[c]):
            err("%s %s" % (c, r["수요번호"]))
qtext = {r["수요번호"]: r["수요내용"] for r in q}

kinds_rows, _ = read("query_kinds.csv", ["수요번호", "유형"])
kind = {r["수요번호"]: r["유형"] for r in kinds_rows}
if sorted(kind) != sorted(qids):
    err("query_kinds 수요번호 불일치")
cnt = collections.Counter(kind.values())
for k in KINDS:
    if k == "no_match":
        if cnt[k] != 30:
            err("no_match %d" % cnt[k])
    elif not 10 <= cnt[k] <= 11:
        err("%s 개수 %d" % (k, cnt[k]))
if set(cnt) - set(KINDS):
    err("알 수 없는 유형")
if sum(v for k, v in cnt.items() if k != "no_match") != 120:
    err("매칭 수요가 120 이 아님")

qr, _ = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
seen = set()
has2 = collections.Counter()
qcount = collections.Counter()
codeset = set(codes)
for r in qr:
    key = (r["수요번호"], r["제품코드"])
    if key in seen:
        err("qrels 중복 %s" % (key,))
    seen.add(key)
    if r["수요번호"] not in kind:
        err("qrels 수요번호 없음 " + r["수요번호"])
        continue
    if r["제품코드"] not in codeset:
        err("qrels 제품코드 없음 " + r["제품코드"])
    if r["관련도"] not in ("1", "2"):
        err("관련도 " + str(key))
    k = kind[r["수요번호"]]
    if k == "no_match":
        err("no_match 에 qrels " + r["수요번호"])
    if k == "multi_item":
        if not r["품목"] or r["품목"] not in qtext[r["수요번호"]]:
            err("multi_item 품목이 수요에 없음 %s %s" % (key, r["품목"]))
    elif r["품목"]:
        err("multi_item 아닌데 품목 " + str(key))
    if r["관련도"] == "2":
        has2[r["수요번호"]] += 1
    qcount[r["수요번호"]] += 1
for qid in qids:
    if kind[qid] != "no_match" and has2[qid] == 0:
        err("관련도 2 제품 없음 " + qid)
# multi_item: 각 품목마다 관련도 2 가 있는지
items_by_q = collections.defaultdict(set)
for r in qr:
    if r["관련도"] == "2" and r["품목"]:
        items_by_q[r["수요번호"]].add(r["품목"])

idmap, _ = read("tools/id_map.csv", ["수요번호", "내부키", "유형", "기관"])
key2q = {r["내부키"]: r["수요번호"] for r in idmap}
cnt_i = collections.Counter()
for r in idmap:
    if kind.get(r["수요번호"]) != r["유형"]:
        err("id_map 유형 불일치 " + r["수요번호"])
    cnt_i[r["기관"]] += 1
if len(cnt_i) != 10:
    err("기관 수 %d" % len(cnt_i))

# 수요 자료와 출력 대조
catalog_text = "\n".join(",".join(r.values()) for r in cat)
ck = collections.Counter()
for d in NEEDS:
    ck[d["kind"]] += 1
    k = "%s-%02d" % (d["kind"], ck[d["kind"]])
    qid = key2q[k]
    if qtext[qid] != d["text"]:
        err("수요내용 불일치 " + k)
    if d["kind"] == "multi_item":
        want_items = {it for it, _, _ in d["items"]}
        if items_by_q[qid] != want_items:
            err("multi_item 품목별 관련도 2 부족 %s %s" % (qid, want_items - items_by_q[qid]))
    if d["kind"] in ("synonym", "typo"):
        if d["absent"] not in d["text"]:
            err("absent 말이 수요에 없음 " + k)
        if d["absent"] in catalog_text:
            err("동의어/오타 말이 카탈로그에 있음: " + d["absent"])
    if d["kind"] == "spacing":
        if d["form_need"] not in d["text"] or d["form_need"] in catalog_text or d["form_cat"] not in catalog_text:
            err("띄어쓰기 검사 실패 " + k)
        if d["form_need"].replace(" ", "") != d["form_cat"].replace(" ", ""):
            err("띄어쓰기 형태가 공백 외에 다름 " + k)
    if d["kind"] == "hanyeong":
        t, it = d["text"], d["intended"]
        if kbd.to_hangul(t) != it:
            err("한영 변환 실패 %s %s -> %s" % (k, t, kbd.to_hangul(t)))
        # 영문 부분은 의도한 한글의 자판 입력과 같아야 함
        conv = " ".join(kbd.to_keys(w) if re.fullmatch(r"[A-Za-z]+", tw) else w
                        for w, tw in zip(it.split(), t.split()))
        if conv != t:
            err("한영 왕복 실패 %s" % k)
    if d["kind"] == "choseong":
        t, it = d["text"], d["intended"]
        tw, iw = t.split(), it.split()
        if len(tw) != len(iw):
            err("초성 어절 수 " + k)
        for a, b in zip(tw, iw):
            if re.fullmatch("[ㄱ-ㅎ]+", a):
                if kbd.choseong(b) != a:
                    err("초성 불일치 %s %s %s" % (k, a, b))
            elif a != b:
                err("초성 수요 일반어 불일치 " + k)
        if not re.search("[ㄱ-ㅎ]{2,}", t):
            err("초성 없음 " + k)
    if d["kind"] == "location":
        if d["dong"] not in ALL_BASE:
            err("실재하지 않는 동 " + d["dong"])
        if not d["text"].startswith(d["dong"]):
            err("location 수요가 동으로 시작하지 않음 " + k)
    if d["kind"] == "quantity":
        qrow = [r for r in q if r["수요번호"] == qid][0]
        if not qrow["수량"]:
            err("quantity 수요에 수량 없음 " + k)
hy = [d for d in NEEDS if d["kind"] == "hanyeong"]
full = sum(1 for d in hy if re.fullmatch(r"[A-Za-z]+", d["text"]))
if full != 8 or len(hy) - full != 3:
    err("한영 8+3 구성 아님 (%d 완전)" % full)

hi, _ = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])
for r in hi:
    if kind.get(r["수요번호"]) != "hanyeong" or qtext[r["수요번호"]] != r["입력"]:
        err("hanyeong_intended 불일치 " + r["수요번호"])
    if kbd.to_hangul(r["입력"]) != r["의도한 한글"]:
        err("hanyeong_intended 변환 " + r["수요번호"])
if len(hi) != cnt["hanyeong"]:
    err("hanyeong_intended 행 수")

nm, _ = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
if len(nm) != 30 or collections.Counter(r["난이도"] for r in nm) != {"어려움": 20, "쉬움": 10}:
    err("no_match_detail 구성")
for r in nm:
    if kind.get(r["수요번호"]) != "no_match":
        err("no_match_detail 수요번호 " + r["수요번호"])
    if r["난이도"] == "어려움":
        ws = [w.strip() for w in r["겹치는 말"].split(",") if w.strip()]
        if not ws or any(w not in catalog_text for w in ws):
            err("겹치는 말이 카탈로그에 없음 " + r["수요번호"])

# 스윕 미검토 없음
sw = list(csv.DictReader(open(os.path.join(HERE, "sweep_candidates.csv"), encoding="utf-8")))
if any(r["결정"] == "미검토" for r in sw):
    err("스윕 미검토 항목 있음")

print("제품 %d, 기업 %d, 분류 %d, 수요 %d, qrels %d" % (len(cat), len(ents), len(cats), len(q), len(qr)))
for k in KINDS:
    ids = [x for x in qids if kind[x] == k]
    print("  %-14s %3d 수요, qrels %4d (관련도2 %d)" % (k, len(ids), sum(qcount[x] for x in ids), sum(has2[x] for x in ids)))
if ERR:
    print("오류 %d건" % len(ERR))
    for e in ERR:
        print(" -", e)
    sys.exit(1)
print("OK: 모든 검사 통과")
