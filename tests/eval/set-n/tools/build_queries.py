# -*- coding: utf-8 -*-
"""Shuffle needs, number them, label against the catalog by item tags, write all CSVs."""
import csv, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import needs_data as ND
import build_catalog as BC

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
SEED = 20250611

# Labelling adjustments made after the catalog existed (need TEXT unchanged; only tag lists widened).
ADJUST = {
 '축제 홍보물 일체': dict(sub_add=['poster']),
 '화장실이랑 청소할 때': dict(sub_add=['paper_towel']),
 '방학 중 아이들 체험활동': dict(item_add=['craft_class', 'music_class', 'soap_class']),
 '행사 참가자 기념품': dict(item_add=['towel'], sub_add=['natural_dye_product']),
 '사무실 탕비실': dict(sub_add=['coffee_drink']),
 '어르신 생신잔치': dict(sub_add=['cookie', 'fruit']),
 '요양원 어르신 위생용품': dict(sub_add=['mask']),
 '상인회 행사 무대': dict(sub_add=['booth']),
 '저희 요양원 어르신들 침대': dict(kw=['재사용']),
 '복지관 2층 프로그램실': dict(kw=['저상', '교구장']),
 '여름방학 기간': dict(sub_add=['craft_class', 'baking_class', 'soap_class']),
}

def adjusted(need):
    n = dict(need); n['items'] = [list(i) for i in need['items']]
    for k, a in ADJUST.items():
        if n['text'].startswith(k):
            if 'item_add' in a: n['items'][0][1] = n['items'][0][1] + a['item_add']
            if 'kw' in a: n['items'][0][2] = a['kw']
            if 'sub_add' in a:
                base = n['sub'] if n['sub'] is not None else sorted({s for i in n['items'] for t in i[1] for s in ND.DEFAULT_SUB.get(t, [])})
                n['sub'] = list(base) + a['sub_add']
    return n

def text_of(p):
    r = p['row']; return r[4] + ' ' + r[6] + ' ' + r[9]

def label(need, products):
    """returns {code: (grade, item_label)}"""
    out = {}
    if need['kind'] == 'location':
        dong, trade = need['loc']
        in_dong = lambda p: p['dong'].startswith(dong)
        trade_ents = {p['eid'] for p in products if in_dong(p) and set(p['tags']) & set(trade)}
        for p in products:
            if set(p['tags']) & set(trade):
                out[p['code']] = (2 if in_dong(p) else 1, '')
            elif p['eid'] in trade_ents:
                out[p['code']] = (1, '')
        return out
    multi = need['kind'] == 'multi_item'
    for lab, tags, kw in need['items']:
        for p in products:
            if set(p['tags']) & set(tags):
                ok = kw is None or any(k in text_of(p) for k in kw)
                g = 2 if ok else 1
                if p['code'] not in out or out[p['code']][0] < g:
                    out[p['code']] = (g, lab if (multi and g == 2) else '')
    sub = need['sub']
    if sub is None:
        sub = sorted({s for i in need['items'] for t in i[1] for s in ND.DEFAULT_SUB.get(t, [])})
    for p in products:
        if p['code'] not in out and set(p['tags']) & set(sub):
            out[p['code']] = (1, '')
    return out

def main():
    products = BC.rows()
    allq = [('M', adjusted(n)) for n in ND.NEEDS] + [('X', x) for x in ND.NOMATCH]
    random.Random(SEED).shuffle(allq)
    qrows, krows, rel, nm, hy = [], [], [], [], []
    meta = []
    for i, (t, n) in enumerate(allq, 1):
        qid = 'N-Q%03d' % i
        if t == 'M':
            qrows.append([qid, n['text'], '' if n['qty'] is None else n['qty'], '' if n['budget'] is None else n['budget']])
            krows.append([qid, n['kind']])
            lab = label(n, products)
            for code, (g, item) in sorted(lab.items(), key=lambda kv: (-kv[1][0], kv[0])):
                rel.append([qid, code, g, item])
            if n['kind'] == 'hanyeong':
                hy.append([qid, n['text'], n['hy']])
            meta.append((qid, n))
        else:
            text, diff, overlap, reason, qty, budget = n
            qrows.append([qid, text, '' if qty is None else qty, '' if budget is None else budget])
            krows.append([qid, 'no_match'])
            nm.append([qid, diff, overlap, reason])
    def w(name, header, rows):
        with open(os.path.join(BASE, name), 'w', encoding='utf-8', newline='') as f:
            cw = csv.writer(f); cw.writerow(header); cw.writerows(rows)
    w('queries.csv', ['수요번호','수요내용','수량','예산'], qrows)
    w('query_kinds.csv', ['수요번호','유형'], krows)
    w('qrels.csv', ['수요번호','제품코드','관련도','품목'], rel)
    w('no_match_detail.csv', ['수요번호','난이도','겹치는 말','해당 없음 이유'], nm)
    w('hanyeong_intended.csv', ['수요번호','입력','의도한 한글'], hy)
    print('queries', len(qrows), 'qrels', len(rel), 'grade2', sum(1 for r in rel if r[2] == 2))
    return meta, products

if __name__ == '__main__':
    main()
