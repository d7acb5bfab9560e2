# -*- coding: utf-8 -*-
"""세트 검증: 형식, 개수, 코드 존재, 관련도 2 존재, 한영 왕복, 초성, 동의어/오타 부재, 동 이름 실재 등."""
import csv, os, re, sys, collections
import kbd
import needs_data as ND
from catalog_data import DONG

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
errors, notes = [], []


def err(m):
    errors.append(m)


def read(name, header, d=OUT):
    path = os.path.join(d, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: BOM 있음")
    txt = raw.decode("utf-8")
    rows = list(csv.reader(txt.splitlines()))
    if rows[0] != header:
        err(f"{name}: 헤더 {rows[0]} != {header}")
    return [dict(zip(header, r)) for r in rows[1:]], rows


KINDS = ["exact", "synonym", "typo", "hanyeong", "spacing", "choseong", "quantity", "long_sentence", "category",
         "location", "multi_item", "no_match"]

# ---------------- catalog ----------------
cat, raw = read("catalog.csv", ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"])
for r in raw[1:]:
    if len(r) != 11:
        err(f"catalog 열 수 {len(r)}: {r[:2]}")
codes = [r["제품코드"] for r in cat]
if codes != ["ZZF%04d" % (i + 1) for i in range(len(codes))]:
    err("제품코드가 ZZF0001부터 연속이 아님")
if not 280 <= len(cat) <= 320:
    err(f"제품 수 {len(cat)}")
ents = {}
for r in cat:
    if r["기업유형"] not in {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"}:
        err(f"{r['제품코드']} 기업유형 {r['기업유형']}")
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
        err(f"{r['제품코드']} 사업자등록번호")
    if not re.fullmatch(r"\d+", r["단가"]):
        err(f"{r['제품코드']} 단가 {r['단가']}")
    m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) (\S+) (\d+) \((\S+)\)", r["주소"])
    if not m:
        err(f"{r['제품코드']} 주소 형식 {r['주소']}")
    elif m.group(4) not in DONG[m.group(1)]:
        err(f"{r['제품코드']} 동 {m.group(4)} 이 {m.group(1)}에 없음")
    key = r["기업명"]
    sig = (r["기업유형"], r["사업자등록번호"], r["주소"])
    if ents.setdefault(key, sig) != sig:
        err(f"기업 {key} 정보 불일치")
brns = collections.Counter(v[1] for v in ents.values())
if any(c > 1 for c in brns.values()):
    err("사업자등록번호 중복")
cats = {r["분류"] for r in cat}
notes.append(f"catalog: 제품 {len(cat)}, 기업 {len(ents)}, 분류 {len(cats)}")
if not 60 <= len(ents) <= 70:
    err(f"기업 수 {len(ents)}")
cat_text = "\n".join(" ".join([r["기업명"], r["제품명"], r["분류"], r["규격"], r["설명"]]) for r in cat)
cat_nospace = re.sub(r"\s+", "", cat_text)

# real data 이름 복사 여부 (이름만 비교)
real_dir = "/work/shared/data/real"
if os.path.isdir(real_dir):
    for fn in os.listdir(real_dir):
        if fn.endswith(".csv"):
            for rr in csv.DictReader(open(os.path.join(real_dir, fn), encoding="utf-8")):
                nm = rr.get("name", "")
                if nm and nm in ents:
                    err(f"실제 기업명 복사: {nm}")

# ---------------- queries / kinds ----------------
qs, _ = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
ks, _ = read("query_kinds.csv", ["수요번호", "유형"])
ids = ["ZZF-Q%03d" % (i + 1) for i in range(150)]
if [q["수요번호"] for q in qs] != ids:
    err("queries 수요번호가 ZZF-Q001..Q150 이 아님")
if [k["수요번호"] for k in ks] != ids:
    err("query_kinds 수요번호 불일치")
kind = {k["수요번호"]: k["유형"] for k in ks}
text = {q["수요번호"]: q["수요내용"] for q in qs}
for q in qs:
    for c in ("수량", "예산"):
        if q[c] and not re.fullmatch(r"\d+", q[c]):
            err(f"{q['수요번호']} {c} 정수 아님")
kc = collections.Counter(kind.values())
for k in KINDS:
    if k == "no_match":
        if kc[k] != 30:
            err(f"no_match {kc[k]}")
    elif not 10 <= kc[k] <= 11:
        err(f"{k} 개수 {kc[k]}")
if sum(v for k, v in kc.items() if k != "no_match") != 120:
    err("매칭 수요가 120이 아님")
if set(kc) - set(KINDS):
    err(f"알 수 없는 유형 {set(kc) - set(KINDS)}")

# id_map
idm, _ = read("id_map.csv", ["수요번호", "내부키", "유형", "가정한 기관"], HERE)
key2id = {r["내부키"]: r["수요번호"] for r in idm}
needs = {n["key"]: n for n in ND.NEEDS}
for r in idm:
    if r["유형"] != kind[r["수요번호"]]:
        err(f"id_map 유형 불일치 {r}")
    n = needs.get(r["내부키"])
    if n and n["text"] != text[r["수요번호"]]:
        err(f"수요 문구 불일치 {r['내부키']}")
for key, t, *_ in ND.NO_MATCH:
    if text[key2id[key]] != t:
        err(f"no_match 문구 불일치 {key}")
insts = collections.Counter(n["inst"] for n in ND.NEEDS)
if len(insts) != 10:
    err(f"기관 수 {len(insts)}")

# ---------------- qrels ----------------
qr, _ = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
cset = set(codes)
seen = set()
best = collections.defaultdict(int)
item_best = collections.defaultdict(int)
for r in qr:
    qid = r["수요번호"]
    if qid not in kind:
        err(f"qrels 수요번호 없음 {qid}")
        continue
    if r["제품코드"] not in cset:
        err(f"qrels 제품코드 없음 {r['제품코드']}")
    if r["관련도"] not in ("1", "2"):
        err(f"관련도 {r['관련도']}")
    if (qid, r["제품코드"]) in seen:
        err(f"qrels 중복 {qid} {r['제품코드']}")
    seen.add((qid, r["제품코드"]))
    if kind[qid] == "no_match":
        err(f"no_match 에 qrels {qid}")
    if kind[qid] == "multi_item":
        if not r["품목"] or r["품목"] not in text[qid]:
            err(f"multi_item 품목 이상 {qid} {r['품목']}")
        item_best[(qid, r["품목"])] = max(item_best[(qid, r["품목"])], int(r["관련도"]))
    elif r["품목"]:
        err(f"품목은 multi_item 에만: {qid}")
    best[qid] = max(best[qid], int(r["관련도"]))
for qid, k in kind.items():
    if k != "no_match" and best[qid] != 2:
        err(f"{qid}({k}) 관련도 2 제품 없음")
for n in ND.NEEDS:
    if n["kind"] == "multi_item":
        for item, _, _ in n["items"]:
            if item_best[(key2id[n["key"]], item)] != 2:
                err(f"{n['key']} 품목 '{item}' 에 관련도 2 없음")

# ---------------- 유형별 검사 ----------------
hy, _ = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])
full = mixed = 0
for r in hy:
    if kind.get(r["수요번호"]) != "hanyeong" or text[r["수요번호"]] != r["입력"]:
        err(f"hanyeong_intended 불일치 {r}")
    if kbd.keys_to_hangul(r["입력"]) != r["의도한 한글"]:
        err(f"한영 변환 실패 {r['입력']} -> {kbd.keys_to_hangul(r['입력'])}")
    if re.fullmatch(r"[A-Za-z ]+", r["입력"]):
        full += 1
        if kbd.hangul_to_keys(r["의도한 한글"]) != r["입력"]:
            err(f"한영 역변환 실패 {r['의도한 한글']}")
    elif re.search(r"[가-힣]", r["입력"]) and re.search(r"[A-Za-z]", r["입력"]):
        mixed += 1
        # 영문 부분만 역변환 확인
        for a, b in zip(r["입력"].split(), r["의도한 한글"].split()):
            if re.fullmatch(r"[A-Za-z]+", a) and kbd.hangul_to_keys(b) != a:
                err(f"혼합 한영 역변환 실패 {a} {b}")
if (full, mixed) != (8, 3) or len(hy) != kc["hanyeong"]:
    err(f"한영 전체 {full} 혼합 {mixed}")

for n in ND.NEEDS:
    k = n["kind"]
    if k == "choseong":
        qw, iw = n["text"].split(), n["intended"].split()
        if len(qw) != len(iw):
            err(f"초성 단어 수 {n['key']}")
        for a, b in zip(qw, iw):
            if re.fullmatch(r"[ㄱ-ㅎ]+", a):
                if kbd.choseong(b) != a:
                    err(f"초성 불일치 {a} {b}")
            elif a != b:
                err(f"초성 수요 일반 단어 불일치 {a} {b}")
        if not re.search(r"[ㄱ-ㅎ]{2,}", n["text"]):
            err(f"초성 없음 {n['key']}")
    if k in ("synonym", "typo"):
        if n["word"] not in n["text"]:
            err(f"{n['key']} 단어가 수요에 없음")
        if n["word"] in cat_text or n["word"].replace(" ", "") in cat_nospace:
            err(f"{n['key']} '{n['word']}' 가 카탈로그에 있음")
    if k == "spacing":
        if n["term"] in cat_text:
            err(f"{n['key']} 띄어쓰기 '{n['term']}' 가 카탈로그에 그대로 있음")
        if n["term"].replace(" ", "") not in cat_nospace:
            err(f"{n['key']} 붙인 형태가 카탈로그에 없음")
    if k == "location":
        allowed = {re.sub(r"\d가$", "", d) for g in DONG.values() for d in g}
        if n["dong"] not in allowed:
            err(f"{n['key']} 동 이름 {n['dong']} 이 실제 법정동 목록에 없음")
        if not n["text"].startswith(n["dong"]):
            err(f"{n['key']} 문구에 동 없음")
    if k == "quantity":
        if not (n.get("qty") or n.get("budget") or n.get("cap")):
            err(f"{n['key']} 수량 조건 없음")
        if n.get("budget") and not n.get("qty"):
            err(f"{n['key']} 예산만 있고 수량 없음")

# ---------------- no_match ----------------
nm, _ = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
if len(nm) != 30:
    err(f"no_match_detail {len(nm)}")
dc = collections.Counter(r["난이도"] for r in nm)
if dc != {"어려움": 20, "쉬움": 10}:
    err(f"난이도 분포 {dc}")
for r in nm:
    if kind.get(r["수요번호"]) != "no_match":
        err(f"no_match_detail 유형 불일치 {r['수요번호']}")
    if r["난이도"] == "어려움":
        for w in [x.strip() for x in r["겹치는 말"].split(",") if x.strip()]:
            if w not in text[r["수요번호"]] or w not in cat_text:
                err(f"{r['수요번호']} 겹치는 말 '{w}' 이 수요나 카탈로그에 없음")

# ---------------- sweep ----------------
sw, _ = read("sweep_candidates.csv", ["내부키", "수요번호", "제품코드", "제품명", "겹친 말", "결정"], HERE)
und = [r for r in sw if r["결정"] == "미검토"]
if und:
    err(f"스윕 미검토 {len(und)}건")
notes.append(f"sweep 후보 {len(sw)} (OVERRIDE {sum(r['결정'] == 'OVERRIDE' for r in sw)}, REVIEWED {sum(r['결정'] == 'REVIEWED' for r in sw)})")

notes.append(f"qrels {len(qr)} (2: {sum(r['관련도'] == '2' for r in qr)}, 1: {sum(r['관련도'] == '1' for r in qr)})")
notes.append("유형별: " + ", ".join(f"{k} {kc[k]}" for k in KINDS))
for m in notes:
    print(m)
if errors:
    print("ERRORS:")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
