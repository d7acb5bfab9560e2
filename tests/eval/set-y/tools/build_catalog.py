# -*- coding: utf-8 -*-
"""catalog_data.py → catalog.csv (Y0001…).

사업자등록번호는 NNN-NN-NNNNN 모양만 맞춘 가짜 번호(고정 시드).
주소: "전북특별자치도 전주시 {구} {도로명} ({법정동})".
"""
import csv
import os
import random
import re

import catalog_data

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PFX = 'Y'

# 실제 전주시 구–법정동 짝(이 세트에서 검증에 쓰는 범위)
LEGAL_DONG = {
    '완산구': ['중앙동1가', '중앙동2가', '중앙동3가', '중앙동4가', '경원동1가', '경원동2가',
             '경원동3가', '풍남동1가', '풍남동2가', '풍남동3가', '전동', '전동3가',
             '다가동1가', '다가동2가', '다가동3가', '다가동4가', '고사동', '교동', '태평동',
             '중노송동', '남노송동', '서노송동', '동완산동', '서완산동1가', '서완산동2가',
             '동서학동', '서서학동', '중화산동1가', '중화산동2가', '서신동', '석구동',
             '원당동', '평화동1가', '평화동2가', '평화동3가', '중인동', '용복동',
             '삼천동1가', '삼천동2가', '삼천동3가', '효자동1가', '효자동2가', '효자동3가',
             '대성동', '색장동', '상림동'],
    '덕진구': ['진북동', '인후동1가', '인후동2가', '덕진동1가', '덕진동2가', '금암동',
             '팔복동1가', '팔복동2가', '팔복동3가', '팔복동4가', '산정동', '금상동',
             '우아동1가', '우아동2가', '우아동3가', '호성동1가', '호성동2가', '호성동3가',
             '전미동1가', '전미동2가', '송천동1가', '송천동2가', '반월동', '화전동',
             '용정동', '성덕동', '원동', '고랑동', '여의동', '만성동', '장동', '도도동',
             '강흥동', '도덕동', '남정동', '동산동', '조촌동'],
}


def dong_base(dong):
    """'효자동2가' → '효자동'"""
    return re.sub(r'\d가$', '', dong)


def load():
    """제품 목록(태그·가게 유형·법정동 포함)을 돌려준다."""
    rng = random.Random(7129)
    used = set()
    rows = []
    n = 0
    for e in catalog_data.E:
        while True:
            brn = '%03d-%02d-%05d' % (rng.randint(101, 899), rng.randint(10, 99),
                                      rng.randint(10000, 99999))
            if brn not in used:
                used.add(brn)
                break
        addr = '전북특별자치도 전주시 %s %s (%s)' % (e['gu'], e['road'], e['dong'])
        for (name, cat, spec, price, unit, desc, tags) in e['products']:
            n += 1
            rows.append(dict(code='%s%04d' % (PFX, n), ent=e['name'], etype=e['type'],
                             brn=brn, name=name, cat=cat, spec=spec, price=price,
                             unit=unit, desc=desc, addr=addr, gu=e['gu'], dong=e['dong'],
                             shop=e['shop'], tags=list(tags)))
    return rows


COLUMNS = ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가',
           '단위', '설명', '주소']


def main():
    rows = load()
    names = [r['name'] for r in rows]
    assert len(names) == len(set(names)), '제품명 중복'
    with open(os.path.join(OUT, 'catalog.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([r['code'], r['ent'], r['etype'], r['brn'], r['name'], r['cat'],
                        r['spec'], r['price'], r['unit'], r['desc'], r['addr']])
    print('catalog.csv: %d products, %d enterprises, %d categories' % (
        len(rows), len(catalog_data.E), len({r['cat'] for r in rows})))


if __name__ == '__main__':
    main()
