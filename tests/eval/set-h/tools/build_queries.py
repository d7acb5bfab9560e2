# -*- coding: utf-8 -*-
"""Write queries.csv, query_kinds.csv, qrels.csv and no_match_detail.csv.

Needs are shuffled with a fixed seed before ids H-Q001.. are assigned.
Run build_catalog.py first (it writes tools/keymap.json)."""
import csv
import json
import os
import random

import kbd
from queries_data import Q

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")
SEED = 8128


def render(q):
    if q["kind"] == "hanyeong":
        typed = "".join(kbd.to_keys(t) if conv else t for t, conv in q["text"])
        intended = "".join(t for t, _ in q["text"])
        return typed, intended
    return q["text"], q["text"]


def main():
    keymap = json.load(open(os.path.join(HERE, "keymap.json"), encoding="utf-8"))
    qs = list(Q)
    random.Random(SEED).shuffle(qs)
    qrows, krows, rrows, nrows, hrows = [], [], [], [], []
    for i, q in enumerate(qs, 1):
        qid = "H-Q%03d" % i
        text, intended = render(q)
        qrows.append([qid, text, str(q["qty"]) if q["qty"] != "" else "", str(q["budget"]) if q["budget"] != "" else ""])
        krows.append([qid, q["kind"]])
        rel = sorted(q["rel"].items(), key=lambda kv: (-kv[1], keymap[kv[0]]["code"]))
        for key, grade in rel:
            item = q["items"].get(key, "") if (q["kind"] == "multi_item" and grade == 2) else ""
            rrows.append([qid, keymap[key]["code"], str(grade), item])
        if q["kind"] == "no_match":
            nrows.append([qid, q["sub"], q["shared"], q["note"]])
        if q["kind"] == "hanyeong":
            hrows.append([qid, text, intended])
    w = lambda name, header, rows: _write(os.path.join(OUT, name), header, rows)
    w("queries.csv", ["수요번호", "수요내용", "수량", "예산"], qrows)
    w("query_kinds.csv", ["수요번호", "유형"], krows)
    w("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"], rrows)
    w("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"], nrows)
    w("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"], hrows)
    print("queries", len(qrows), "qrels", len(rrows))


def _write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f)
        wr.writerow(header)
        wr.writerows(rows)


if __name__ == "__main__":
    main()
