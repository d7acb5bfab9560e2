# -*- coding: utf-8 -*-
"""4·5단계: 기계적 라벨링, 스윕(OVERRIDES/REVIEWED), 섞기, 출력."""
import csv, os, random, sys
import needs_data as N
from label_core import load_catalog, label, content_words, unit_cap, HERE, OUT
from sweep_decisions import OVERRIDES, REVIEWED, REVIEWED_WORDS

SEED = 150_2025


def sweep_text(need):
    if need["kind"] in ("hanyeong", "choseong"):
        return need["intended"]
    return need["text"]


def main():
    cat = load_catalog()
    needs = list(N.NEEDS)
    for (key, inst, text, diff, overlap, reason) in N.NO_MATCH:
        needs.append(dict(key=key, kind="no_match", inst=inst, text=text, qty=None, budget=None,
                          diff=diff, overlap=overlap, reason=reason))
    assert len(needs) == 150
    labels = {}
    for n in needs:
        labels[n["key"]] = {} if n["kind"] == "no_match" else label(n, cat)
    # 재검토 결과 적용
    for (key, code, rel, item, why) in OVERRIDES:
        assert code in cat, code
        if rel == 0:
            labels[key].pop(code, None)
        else:
            labels[key][code] = (rel, item)
    # 스윕
    rep, unrev = [], []
    for n in needs:
        for w in content_words(sweep_text(n)):
            for c, p in cat.items():
                if c in labels[n["key"]]:
                    continue
                blob = " ".join([p["제품명"], p["규격"], p["설명"]])
                if w in blob:
                    why = REVIEWED.get((n["key"], c)) or REVIEWED_WORDS.get((n["key"], w))
                    rep.append([n["key"], w, c, p["제품명"], "라벨 없음 유지" if why else "미검토", why or ""])
                    if not why:
                        unrev.append((n["key"], n["text"], w, c, p["제품명"], p["설명"][:40]))
    for (key, code, rel, item, why) in OVERRIDES:
        rep.append([key, "", code, cat[code]["제품명"], "관련도 %d로 지정" % rel if rel else "라벨 삭제", why])
    with open(os.path.join(HERE, "sweep_report.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["내부키", "겹친 말", "제품코드", "제품명", "결정", "이유"])
        w.writerows(rep)
    if unrev:
        for u in unrev:
            print("UNREVIEWED", *u)
        print(len(unrev), "unreviewed")
        if "--force" not in sys.argv:
            sys.exit(1)
    # 섞기
    keys = [n["key"] for n in needs]
    rng = random.Random(SEED)
    rng.shuffle(keys)
    idmap = {k: "ZZI-Q%03d" % (i + 1) for i, k in enumerate(keys)}
    byk = {n["key"]: n for n in needs}
    order = sorted(needs, key=lambda n: idmap[n["key"]])

    def wcsv(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)

    wcsv("queries.csv", ["수요번호", "수요내용", "수량", "예산"],
         [[idmap[n["key"]], n["text"], n.get("qty") or "", n.get("budget") or ""] for n in order])
    wcsv("query_kinds.csv", ["수요번호", "유형"], [[idmap[n["key"]], n["kind"]] for n in order])
    qr = []
    for n in order:
        for c in sorted(labels[n["key"]]):
            rel, item = labels[n["key"]][c]
            qr.append([idmap[n["key"]], c, rel, item if n["kind"] == "multi_item" else ""])
    wcsv("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"], qr)
    wcsv("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"],
         [[idmap[n["key"]], n["diff"], n["overlap"], n["reason"]] for n in order if n["kind"] == "no_match"])
    wcsv("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"],
         [[idmap[n["key"]], n["text"], n["intended"]] for n in order if n["kind"] == "hanyeong"])
    with open(os.path.join(HERE, "id_map.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["수요번호", "내부키", "유형", "기관", "수요내용", "단가상한", "규격조건"])
        for n in order:
            w.writerow([idmap[n["key"]], n["key"], n["kind"], N.INST[n["inst"]], n["text"],
                        unit_cap(n) or "" if n["kind"] != "no_match" else "", n.get("spec") or ""])
    print("needs", len(needs), "qrels", len(qr), "sweep rows", len(rep))


if __name__ == "__main__":
    main()
