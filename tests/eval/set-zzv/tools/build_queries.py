# -*- coding: utf-8 -*-
"""4~5단계: 태그로 관련도를 기계적으로 매기고, 스윕(누락 점검) 결과를 반영한 뒤,
수요를 고정 시드로 섞어 ZZV-Q001~Q150 번호를 붙인다."""
import csv, os, random, re
import needs_data, catalog_data, jeonju_dong
from sweep_decisions import OVERRIDES, REVIEWED, REVIEWED_WORDS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 150417


def load_products():
    prods, n = [], 0
    for e in catalog_data.ENTERPRISES:
        for p in e['products']:
            n += 1
            d = dict(p)
            d.update(code='ZZV%04d' % n, shop=e['shop'], dong=e['dong'], ent=e['name'])
            prods.append(d)
    return prods


def unit_cap(need_or_item, need):
    cap = need_or_item.get('cap')
    if cap is None and need.get('budget') and need.get('qty'):
        cap = need['budget'] // need['qty']
    return cap


def rel_for(spec, need, p):
    """spec: want/ok/cap/spec 를 가진 dict (need 자체 또는 multi 의 item)."""
    cap = unit_cap(spec, need)
    tags = set(p['tags'])
    if tags & set(spec['want']):
        ok_price = cap is None or p['price'] <= cap
        ok_spec = spec.get('spec') is None or re.search(spec['spec'], p['name'] + ' ' + p['spec'])
        return 2 if ok_price and ok_spec else 1
    if tags & set(spec['ok']):
        return 1 if (cap is None or p['price'] <= cap) else 0
    return 0


def expand_category(need):
    want, ok = [], []
    for g in need['groups']:
        want += needs_data.CATEGORY_GROUPS[g]['want']
        ok += needs_data.CATEGORY_GROUPS[g]['ok']
    return dict(want=want, ok=[t for t in ok if t not in want], cap=None, spec=None)


def label_need(need, prods):
    """returns {code: (rel, 품목)}"""
    res = {}
    kind = need['kind']
    if kind == 'no_match':
        return res
    for p in prods:
        if kind == 'location':
            if p['shop'] == need['shop']:
                r = 2 if jeonju_dong.base(p['dong']) == need['dong'] else 1
                res[p['code']] = (r, '')
        elif kind == 'multi_item':
            best = (0, '')
            for it in need['items']:
                r = rel_for(it, need, p)
                if r > best[0]:
                    best = (r, it['item'])
            if best[0]:
                res[p['code']] = best
        else:
            spec = expand_category(need) if kind == 'category' else need
            r = rel_for(spec, need, p)
            if r:
                res[p['code']] = (r, '')
    return res


# ------------------------------------------------------------------ sweep
PARTICLES = ['에서', '으로', '에게', '까지', '부터', '하고', '이랑', '들', '을', '를', '은', '는', '에', '의', '로', '과', '와', '께']
STOP = set('''주문 구매 제작 업체 곳 가능 가능한 개당 장당 이하 이내 예산 부탁드립니다 합니다 찾습니다 구합니다
찾고 있습니다 주실 주시기 바랍니다 진행합니다 하오니 구매하고자 추천 의뢰드리고자 앞두고 맞추고자 하니 견적
위해 매월 매일 동안 새로 하려고 준비하려고 제작하려고 구입하려고 좋겠습니다 제품이면 쉬운 하는데 옮겨야 알려
나눠 드릴 드리고자 제공할 배달해 걸 넣어 입을 함께 참가하는 열리는 출연하는 전달할 당일 오후 배송해 수 있는
있는 때 드릴 새긴 줄 참여할 하나 둘째 주에 중 이용 아동 정기 소독해 구입 개별 포장된 준비 맞아 진행 참여
및 하고 이랑 만원 천원 세트를'''.split())


def words_of(need):
    src = need.get('intended') or need['text']
    toks = re.findall(r'[가-힣A-Za-z0-9]+', src)
    out = []
    for t in toks:
        for suf in PARTICLES:
            if t.endswith(suf) and len(t) - len(suf) >= 2:
                t = t[:-len(suf)]
                break
        if t in STOP or re.fullmatch(r'[0-9A-Za-z]*[0-9][0-9A-Za-z가-힣]*', t):
            continue
        if len(t) < 2 and t != '떡':
            continue
        out.append(t)
    if need['kind'] == 'spacing':
        out.append(need['text'].replace(' ', ''))
    if need['kind'] == 'location':
        out = [need['shop']]
    return list(dict.fromkeys(out))


def sweep(need, prods, labels):
    hits = []
    for p in prods:
        if p['code'] in labels:
            continue
        text = ' '.join([p['name'], p['spec'], p['desc']])
        ws = [w for w in words_of(need) if w in text]
        if ws:
            hits.append((p, ws))
    return hits


def main():
    prods = load_products()
    pmap = {p['code']: p for p in prods}
    allneeds = needs_data.NEEDS + needs_data.NO_MATCH
    labels, sweep_rows, unreviewed = {}, [], []
    for n in allneeds:
        lab = label_need(n, prods)
        if n['kind'] != 'no_match':
            for (key, code), (rel, item, reason) in OVERRIDES.items():
                if key == n['key']:
                    if rel == 0:
                        lab.pop(code, None)
                    else:
                        lab[code] = (rel, item)
            for p, ws in sweep(n, prods, lab):
                if (n['key'], p['code']) in OVERRIDES:
                    rel, item, reason = OVERRIDES[(n['key'], p['code'])]
                    dec = 'override->%d' % rel
                elif (n['key'], p['code']) in REVIEWED:
                    dec, reason = 'keep0', REVIEWED[(n['key'], p['code'])]
                else:
                    rs = [REVIEWED_WORDS.get((n['key'], w)) or REVIEWED_WORDS.get(('*', w)) for w in ws]
                    if all(rs):
                        dec, reason = 'keep0', ' / '.join(dict.fromkeys(rs))
                    else:
                        dec, reason = 'UNREVIEWED', ''
                        unreviewed.append((n['key'], n['text'], p['code'], p['name'], ws))
                sweep_rows.append([n['key'], n['text'], '|'.join(ws), p['code'], p['name'], dec, reason])
        labels[n['key']] = lab
    for (key, code), (rel, item, reason) in OVERRIDES.items():
        sweep_rows.append([key, '', '', code, pmap[code]['name'], 'override->%d' % rel, reason])

    # ---- shuffle & ids
    order = list(allneeds)
    random.Random(SEED).shuffle(order)
    ids = {n['key']: 'ZZV-Q%03d' % (i + 1) for i, n in enumerate(order)}

    def w(name, header, rows):
        with open(name, 'w', encoding='utf-8', newline='') as f:
            wr = csv.writer(f)
            wr.writerow(header)
            wr.writerows(rows)

    w(os.path.join(OUT, 'queries.csv'), ['수요번호', '수요내용', '수량', '예산'],
      [[ids[n['key']], n['text'], n['qty'] if n['qty'] is not None else '', n['budget'] if n['budget'] is not None else '']
       for n in order])
    w(os.path.join(OUT, 'query_kinds.csv'), ['수요번호', '유형'], [[ids[n['key']], n['kind']] for n in order])
    qrows = []
    for n in order:
        for code in sorted(labels[n['key']]):
            rel, item = labels[n['key']][code]
            qrows.append([ids[n['key']], code, rel, item if n['kind'] == 'multi_item' else ''])
    w(os.path.join(OUT, 'qrels.csv'), ['수요번호', '제품코드', '관련도', '품목'], qrows)
    w(os.path.join(OUT, 'no_match_detail.csv'), ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'],
      [[ids[n['key']], n['level'], n['overlap'], n['reason']] for n in order if n['kind'] == 'no_match'])
    w(os.path.join(OUT, 'hanyeong_intended.csv'), ['수요번호', '입력', '의도한 한글'],
      [[ids[n['key']], n['text'], n['intended']] for n in order if n['kind'] == 'hanyeong'])
    w(os.path.join(HERE, 'id_map.csv'), ['수요번호', '작성키', '유형', '기관'],
      [[ids[n['key']], n['key'], n['kind'], n['inst']] for n in order])
    w(os.path.join(HERE, 'sweep_report.csv'), ['작성키', '수요내용', '겹친 말', '제품코드', '제품명', '결정', '이유'], sweep_rows)
    print('qrels rows', len(qrows))
    print('unreviewed', len(unreviewed))
    for u in unreviewed:
        print(*u)


if __name__ == '__main__':
    main()
