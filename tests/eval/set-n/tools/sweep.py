# -*- coding: utf-8 -*-
"""Keyword sweep: list unlabelled products whose name contains a key word of the need (for manual review)."""
import os, sys, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_queries as BQ, kbd
meta, products = BQ.main()
import csv
rel = {}
for r in csv.DictReader(open(os.path.join(BQ.BASE, 'qrels.csv'), encoding='utf-8')):
    rel.setdefault(r['수요번호'], {})[r['제품코드']] = int(r['관련도'])
STOP = set('제작 문의 주문 대량 구해요 업체 인쇄 납품 같이 세트 행사 사무실 대용량 프로그램 원목 답례품 답례용'.split())
for qid, n in meta:
    words = set()
    for lab, tags, kw in n['items']:
        words |= set(lab.split())
    for k in ('cho', 'spc', 'hy'):
        if n.get(k): words |= set(n[k].split())
    if n['kind'] in ('exact', 'quantity', 'multi_item', 'spacing'):
        words |= set(re.findall(r'[가-힣]{2,}', n['text']))
    words = {w for w in words if len(w) >= 2 and w not in STOP and not re.search(r'\d', w)}
    miss = [(p['code'], p['row'][4]) for p in products if p['code'] not in rel.get(qid, {}) and any(w in p['row'][4] for w in words)]
    if miss:
        print(qid, n['kind'], n['text'][:25], '|', sorted(words), '->', miss[:6])
