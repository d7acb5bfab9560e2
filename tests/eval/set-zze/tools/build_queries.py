# -*- coding: utf-8 -*-
"""4·5단계: 태그로 관련도를 기계적으로 매기고, 스윕(미표지 후보) 검토 결과를 반영한 뒤,
150개 수요를 고정 시드로 섞어 ZZE-Q001… 번호를 붙여 출력한다."""
import csv, os, random, re, sys
from needs_data import NEEDS, NO_MATCH, INST
from sweep_decisions import OVERRIDES, REVIEWED, WORD_REASONS
import kbd

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 73021


def load_catalog():
    cat = {r["제품코드"]: r for r in csv.DictReader(open(os.path.join(OUT, "catalog.csv"), encoding="utf-8"))}
    for r in csv.DictReader(open(os.path.join(HERE, "product_tags.csv"), encoding="utf-8")):
        c = cat[r["제품코드"]]
        c["tags"] = set(r["태그"].split())
        c["shop"] = r["가게종류"]
        c["dong"] = r["법정동"]
    return cat


def cond_ok(p, cap, spec):
    if cap is not None and int(p["단가"]) > cap:
        return False
    if spec is not None and not re.search(spec, p["제품명"] + " " + p["규격"]):
        return False
    return True


def rel_item(p, want, ok, cap, spec):
    if p["tags"] & set(want):
        return 2 if cond_ok(p, cap, spec) else 1
    if p["tags"] & set(ok):
        return 1
    return 0


def label_need(n, cat):
    """returns {code: (rel, 품목)}"""
    out = {}
    if n["kind"] == "location":
        for code, p in cat.items():
            if p["shop"] == n["shop"]:
                out[code] = (2 if p["dong"].startswith(n["dong"]) else 1, "")
        return out
    if n["kind"] == "multi_item":
        for code, p in cat.items():
            best = (0, "")
            for it in n["items"]:
                r = rel_item(p, it["want"], it["ok"], it["cap"], it["spec"])
                if r > best[0]:
                    best = (r, it["label"])
            if best[0]:
                out[code] = best
        return out
    cap = n["cap"]
    if cap is None and n["budget"] and n["qty"]:
        cap = n["budget"] // n["qty"]
    for code, p in cat.items():
        r = rel_item(p, n["want"], n["ok"], cap, n["spec"])
        if r:
            out[code] = (r, "")
    return out


STOP = set("""및 이랑 하고 제작 인쇄 부탁드립니다 찾습니다 찾고 있습니다 구합니다 의뢰드립니다 문의드립니다 견적 업체 있는지요 주실 해
수 곳을 곳 있으며 합니다 하니 구매하고자 나눠 나누어 줄 드릴 때 동안 정도 가능한지 맡길 전문 진행할 진행해 운영해 위한 대상 제공할 놓을 둘 쓸
참석하는 참여하는 입는 이하 이하였으면 개당 단가 통당 장당 예산 1인 있습니다 배송해 배달 다음 주 월요일까지 까지 만들기 행사
전주시니어클럽 완산구청 도서관 있는 세트 공간 높이는 높이 낮은 입구 여름 주간 송년 참여자 일자리 점심 오전 세계
시민 시민들 분과 넷째 성수기 초 날 학생 직업체험 특수교육대상 시민위원 주민참여예산 강조기간 산불조심""".split())
PARTICLES = ["에서", "으로", "까지", "에게", "하고", "이랑", "을", "를", "에", "의", "로", "은", "는", "와", "과", "도", "랑"]


def content_words(n):
    text = n["text"]
    if n["kind"] in ("hanyeong",):
        text = n["intended"]
    words = []
    for t in re.split(r"[\s,()~·]+", text):
        if not t or re.search(r"\d", t) or re.fullmatch(r"[A-Za-z]+", t) or kbd.is_choseong_only(t):
            continue
        for s in PARTICLES:
            if t.endswith(s) and len(t) > len(s) + 1:
                t = t[: -len(s)]
                break
        if t in STOP:
            continue
        if len(t) >= 2 or t == "떡":
            words.append(t)
    return words


def sweep(needs, labels, cat):
    rows = []
    for n in needs:
        key = n["text"]
        ws = content_words(n)
        for code, p in cat.items():
            if code in labels[key]:
                continue
            blob = p["제품명"] + " " + p["규격"] + " " + p["설명"]
            hit = [w for w in ws if w in blob]
            if hit:
                rows.append((key, code, p["제품명"], "/".join(hit)))
    return rows


def main():
    cat = load_catalog()
    labels = {n["text"]: label_need(n, cat) for n in NEEDS}
    assert len(labels) == len(NEEDS), "need texts must be unique"
    # 스윕 검토 결과 반영
    for (key, code), (rel, item, reason) in OVERRIDES.items():
        assert key in labels and code in cat, (key, code)
        if rel == 0:
            labels[key].pop(code, None)
        else:
            labels[key][code] = (rel, item)
    cand = sweep(NEEDS, labels, cat)
    def reason(c):
        if (c[0], c[1]) in REVIEWED:
            return REVIEWED[(c[0], c[1])]
        rs = [WORD_REASONS.get((c[0], w)) for w in c[3].split("/")]
        if all(rs):
            return " / ".join(dict.fromkeys(rs))
        return None
    unreviewed = [c for c in cand if reason(c) is None]
    with open(os.path.join(HERE, "sweep_log.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["수요내용", "제품코드", "제품명", "겹친말", "결정", "이유"])
        for key, code, name, hit in cand:
            w.writerow([key, code, name, hit, "0 유지", reason((key, code, name, hit)) or "미검토"])
        for (key, code), (rel, item, reason) in OVERRIDES.items():
            w.writerow([key, code, cat[code]["제품명"], "", "%d로 조정" % rel, reason])
    if unreviewed:
        for u in unreviewed:
            print("UNREVIEWED", *u)
        print(len(unreviewed), "unreviewed sweep candidates", file=sys.stderr)
    # 섞기
    allneeds = [dict(n, _orig="%s-%02d" % (n["kind"], i)) for i, n in enumerate(NEEDS)] + \
               [dict(n, _orig="no_match-%s-%02d" % (n["level"], i)) for i, n in enumerate(NO_MATCH)]
    order = list(range(len(allneeds)))
    random.Random(SEED).shuffle(order)
    ids = {}
    for k, idx in enumerate(order, 1):
        ids[idx] = "ZZE-Q%03d" % k
    def W(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)
    byid = sorted(((ids[i], n) for i, n in enumerate(allneeds)), key=lambda x: x[0])
    W("queries.csv", ["수요번호", "수요내용", "수량", "예산"],
      [[q, n["text"], n["qty"] if n["qty"] is not None else "", n["budget"] if n["budget"] is not None else ""] for q, n in byid])
    W("query_kinds.csv", ["수요번호", "유형"], [[q, n["kind"]] for q, n in byid])
    qrels = []
    for q, n in byid:
        if n["kind"] == "no_match":
            continue
        for code, (rel, item) in sorted(labels[n["text"]].items()):
            qrels.append([q, code, rel, item if n["kind"] == "multi_item" else ""])
    W("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"], qrels)
    W("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"],
      [[q, n["level"], n["overlap"], n["reason"]] for q, n in byid if n["kind"] == "no_match"])
    W("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"],
      [[q, n["text"], n["intended"]] for q, n in byid if n["kind"] == "hanyeong"])
    W("tools/id_map.csv", ["수요번호", "원래순서", "유형", "기관"],
      [[q, n["_orig"], n["kind"], INST[n["inst"]]] for q, n in byid])
    print("queries", len(byid), "qrels", len(qrels))


if __name__ == "__main__":
    main()
