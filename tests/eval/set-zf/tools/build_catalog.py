"""catalog_data.py -> ../catalog.csv, catalog_tags.json (라벨링용 태그)."""
import csv, json, os, random
import catalog_data as C

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
COLS = ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소']


def biz_numbers():
    rng = random.Random(4417)
    seen, out = set(), {}
    for e in C.ENTERPRISES:
        while True:
            n = '%03d-%02d-%05d' % (rng.randint(101, 899), rng.randint(10, 99), rng.randint(10000, 99999))
            if n not in seen:
                seen.add(n); out[e[0]] = n; break
    return out


def build():
    biz = biz_numbers()
    rows, tags = [], {}
    i = 0
    for key, name, typ, gu, dong, road, shop in C.ENTERPRISES:
        addr = '전북특별자치도 전주시 %s %s (%s)' % (gu, road, dong)
        for (pname, cat, spec, price, unit, desc, t) in C.P[key]:
            i += 1
            code = 'ZF%04d' % i
            ts = set(t.split())
            if 'noshop' not in ts:
                ts |= set(shop.split())
            ts.discard('noshop')
            rows.append(dict(zip(COLS, [code, name, typ, biz[key], pname, cat, spec, price, unit, desc, addr])))
            tags[code] = dict(ent=key, gu=gu, dong=dong, price=price, tags=sorted(ts))
    with open(os.path.join(OUT, 'catalog.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, fieldnames=COLS)
        w.writeheader(); w.writerows(rows)
    with open(os.path.join(HERE, 'catalog_tags.json'), 'w', encoding='utf-8') as f:
        json.dump(tags, f, ensure_ascii=False, indent=0)
    print('products', len(rows), 'enterprises', len(C.ENTERPRISES))


if __name__ == '__main__':
    build()
