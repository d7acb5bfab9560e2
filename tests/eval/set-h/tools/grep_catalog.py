# -*- coding: utf-8 -*-
"""Tiny helper for writing qrels: list catalog products whose text contains any given word.
usage: python3 grep_catalog.py 단어1 단어2 ...   (matches 제품명/분류/규격/설명/기업명/주소)"""
import csv, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
km = json.load(open(os.path.join(HERE, "keymap.json"), encoding="utf-8"))
code2key = {v["code"]: k for k, v in km.items()}
rows = list(csv.DictReader(open(os.path.join(HERE, "..", "catalog.csv"), encoding="utf-8")))
words = sys.argv[1:]
for r in rows:
    text = " ".join(r[c] for c in ("제품명", "분류", "규격", "설명", "기업명", "주소"))
    hits = [w for w in words if w in text]
    if hits:
        print(r["제품코드"], code2key[r["제품코드"]], "|", r["제품명"], "|", r["분류"], "|", r["주소"].split("(")[-1], "<-", ",".join(hits))
