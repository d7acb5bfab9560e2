# -*- coding: utf-8 -*-
"""catalog_data.py → ../catalog.csv

제품코드는 ENTERPRISES 순서대로 ZJ0001 부터. 사업자등록번호는 고정 시드로 만든 가짜 형식(NNN-NN-NNNNN).
"""
import csv
import os
import random

import catalog_data

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'catalog.csv')

# 전주시 법정동 (행정표준코드 기준)
LEGAL_DONG = {
    '완산구': ['중앙동1가', '중앙동2가', '중앙동3가', '중앙동4가', '경원동1가', '경원동2가', '경원동3가',
             '풍남동1가', '풍남동2가', '풍남동3가', '전동', '전동3가', '다가동1가', '다가동2가', '다가동3가',
             '다가동4가', '고사동', '교동', '태평동', '중노송동', '남노송동', '서노송동', '동완산동',
             '서완산동1가', '서완산동2가', '동서학동', '서서학동', '중화산동1가', '중화산동2가', '서신동',
             '석구동', '원당동', '평화동1가', '평화동2가', '평화동3가', '중인동', '용복동', '삼천동1가',
             '삼천동2가', '삼천동3가', '효자동1가', '효자동2가', '효자동3가', '대성동', '색장동', '상림동'],
    '덕진구': ['진북동', '인후동1가', '인후동2가', '덕진동1가', '덕진동2가', '금암동', '팔복동1가', '팔복동2가',
             '팔복동3가', '산정동', '금상동', '우아동1가', '우아동2가', '우아동3가', '호성동1가', '호성동2가',
             '호성동3가', '전미동1가', '전미동2가', '송천동1가', '송천동2가', '반월동', '화전동', '용정동',
             '성덕동', '원동', '고랑동', '여의동', '만성동', '남정동', '도도동', '강흥동', '도덕동', '용흥동',
             '장동', '중동'],
}
# 행정동 이름(검색어로 쓰일 수 있는 것) → 해당 법정동 접두
ADMIN_DONG = ['중앙동', '풍남동', '노송동', '완산동', '동서학동', '서서학동', '중화산동', '평화동', '서신동',
              '삼천동', '효자동', '진북동', '인후동', '덕진동', '금암동', '팔복동', '우아동', '호성동', '송천동',
              '조촌동', '여의동', '혁신동']

SIDO = '전북특별자치도 전주시'


def business_numbers(n, seed=20250701):
    rng = random.Random(seed)
    seen = set()
    out = []
    while len(out) < n:
        b = '%03d-%02d-%05d' % (rng.randint(101, 799), rng.choice([81, 82, 86, 88, 89, 10, 12, 21]),
                                rng.randint(10000, 99999))
        if b not in seen:
            seen.add(b)
            out.append(b)
    return out


def products():
    """제품 목록(dict) — 코드·기업정보·태그 포함. build_queries.py 도 이 함수를 쓴다."""
    ents = catalog_data.ENTERPRISES
    bns = business_numbers(len(ents))
    rows = []
    i = 0
    for e, bn in zip(ents, bns):
        assert e['dong'] in LEGAL_DONG[e['gu']], (e['name'], e['gu'], e['dong'])
        addr = '%s %s %s (%s)' % (SIDO, e['gu'], e['road'], e['dong'])
        for (name, cat, spec, price, unit, desc, tags) in e['products']:
            i += 1
            rows.append(dict(code='ZJ%04d' % i, ent=e['name'], etype=e['etype'], bn=bn, name=name, cat=cat,
                             spec=spec, price=price, unit=unit, desc=desc, addr=addr, gu=e['gu'],
                             dong=e['dong'], shop=e['shop'], tags=set(tags.split())))
    return rows


def main():
    rows = products()
    with open(OUT, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소'])
        for r in rows:
            w.writerow([r['code'], r['ent'], r['etype'], r['bn'], r['name'], r['cat'], r['spec'], r['price'],
                        r['unit'], r['desc'], r['addr']])
    print('catalog.csv:', len(rows), 'products,', len(catalog_data.ENTERPRISES), 'enterprises')


if __name__ == '__main__':
    main()
