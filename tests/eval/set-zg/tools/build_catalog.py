"""catalog_data.py 로부터 catalog.csv 를 만든다. 제품코드 ZG0001…, 사업자등록번호는 가짜 형식."""
import csv
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalog_data import ENTERPRISES  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'catalog.csv')
COLS = ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소']


def fake_bizno(rng, used):
    while True:
        n = f"{rng.randint(101, 899):03d}-{rng.randint(10, 99):02d}-{rng.randint(10000, 99999):05d}"
        if n not in used:
            used.add(n)
            return n


def build():
    rng = random.Random(20250612)
    used = set()
    rows, meta = [], []
    i = 0
    for ent in ENTERPRISES:
        bizno = fake_bizno(rng, used)
        addr = f"전북특별자치도 전주시 {ent['gu']} {ent['road']} ({ent['dong']})"
        for (name, cat, spec, price, unit, desc, tags) in ent['products']:
            i += 1
            code = f"ZG{i:04d}"
            rows.append({'제품코드': code, '기업명': ent['name'], '기업유형': ent['type'], '사업자등록번호': bizno,
                         '제품명': name, '분류': cat, '규격': spec, '단가': price, '단위': unit, '설명': desc,
                         '주소': addr})
            taglist = [t.strip() for t in tags.split(',') if t.strip()]
            noshop = '-noshop' in taglist
            meta.append({'code': code, 'tags': [t for t in taglist if t != '-noshop'],
                         'shop': None if noshop else ent['shop'], 'dong': ent['dong'], 'gu': ent['gu'],
                         'name': name, 'spec': spec, 'desc': desc, 'price': price, 'cat': cat,
                         'ent': ent['name']})
    return rows, meta


if __name__ == '__main__':
    rows, meta = build()
    with open(OUT, 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, fieldnames=COLS)
        w.writeheader()
        w.writerows(rows)
    cats = sorted(set(r['분류'] for r in rows))
    print(len(rows), 'products,', len(ENTERPRISES), 'enterprises,', len(cats), 'categories')
    print(cats)
