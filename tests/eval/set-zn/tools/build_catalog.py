# -*- coding: utf-8 -*-
"""2단계: catalog_data.py -> ../catalog.csv

python3 tools/build_catalog.py
제품코드는 ENTERPRISES 순서(각 기업의 기본 제품 뒤에 ADD 제품)대로 ZN0001부터 붙인다.
사업자등록번호는 고정 시드 난수로 만든 가짜 번호(NNN-NN-NNNNN).
"""
import csv
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import catalog_data as CD  # noqa: E402

COLS = ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소']


def products():
    rng = random.Random(20251207)
    out, used = [], set()
    n = 0
    for name, etype, gu, road, dong, prods in CD.ENTERPRISES:
        while True:
            brn = '%03d-%02d-%05d' % (rng.randint(101, 899), rng.randint(10, 99), rng.randint(1, 99999))
            if brn not in used:
                used.add(brn)
                break
        addr = '전북특별자치도 전주시 %s %s (%s)' % (gu, road, dong)
        for p in list(prods) + list(CD.ADD.get(name, [])):
            n += 1
            pname, cat, spec, price, unit, desc, tags = p
            out.append(dict(제품코드='ZN%04d' % n, 기업명=name, 기업유형=etype, 사업자등록번호=brn,
                            제품명=pname, 분류=cat, 규격=spec, 단가=price, 단위=unit, 설명=desc, 주소=addr,
                            _tags=list(tags), _gu=gu, _dong=dong))
    return out


def text_of(p):
    """검색 대상이 되는 글(제품명·규격·설명)."""
    return ' '.join([p['제품명'], p['규격'], p['설명']])


def all_text(p):
    return ' '.join(str(p[c]) for c in COLS)


if __name__ == '__main__':
    ps = products()
    with open(os.path.join(ROOT, 'catalog.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(COLS)
        for p in ps:
            w.writerow([p[c] for c in COLS])
    print('catalog.csv', len(ps), 'products,', len({p['기업명'] for p in ps}), 'enterprises,',
          len({p['분류'] for p in ps}), 'categories')
