# -*- coding: utf-8 -*-
"""4~5단계: 태그로 관련도를 기계적으로 매기고, 스윕 결정(OVERRIDES/REVIEWED)을 반영한 뒤
150개 수요를 고정 시드로 섞어 ZZM-Q001~Q150을 붙인다.
실행: python3 build_queries.py [--sweep]   (--sweep: 라벨 없는 후보 목록 출력)"""
import csv, os, re, random, sys
from needs_data import NEEDS, NO_MATCH, GROUPS, ORGS
from build_catalog import build
from catalog_data import E
from sweep_decisions import OVERRIDES, REVIEWED

HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
SEED = 20250607

def load_products():
    rows, tags = build()
    P = []
    for r, t in zip(rows, tags):
        P.append(dict(code=r[0], ent=r[1], name=r[4], cat=r[5], spec=r[6], price=int(r[7]), unit=r[8],
                      desc=r[9], addr=r[10], tags=set(t[1].split()), shop=t[2], dong=t[3]))
    return P

def cond_ok(p, cap, specs):
    if cap is not None and p['price'] > cap: return False
    text = ' '.join([p['name'], p['spec'], p['desc']])
    for rx in specs or []:
        if not re.search(rx, text): return False
    return True

def rel_item(p, want, ok, cap=None, specs=None):
    if p['tags'] & set(want): return 2 if cond_ok(p, cap, specs) else 1
    if p['tags'] & set(ok): return 1
    return 0

def dong_match(pdong, ndong):
    return pdong == ndong or re.fullmatch(re.escape(ndong) + r'\d가', pdong) is not None

def label(n, P):
    """{code: (rel, 품목)}"""
    out = {}
    cap = n.get('cap')
    if cap is None and n.get('budget') and n.get('qty'): cap = n['budget'] // n['qty']
    kind = n['kind']
    for p in P:
        if kind == 'location':
            if p['shop'] == n['shop']:
                out[p['code']] = (2 if dong_match(p['dong'], n['dong']) else 1, '')
        elif kind == 'category':
            g = GROUPS[n['group']]
            r = rel_item(p, g['want'], g['ok'], None, g.get('spec'))
            if r: out[p['code']] = (r, '')
        elif kind == 'multi_item':
            best = (0, '')
            for item, want, ok in n['items']:
                r = rel_item(p, want, ok)
                if r > best[0]: best = (r, item)
            if best[0]: out[p['code']] = best
        else:
            r = rel_item(p, n['want'], n['ok'], cap, n.get('spec'))
            if r: out[p['code']] = (r, '')
    return out

STOP = set('및 이랑 하고 제작 주문 구매 구입 인쇄 업체 가능 문의 견적 정도 하려고 하는데 합니다 싶습니다 주세요 부탁드립니다 곳을 알려 있는 위해 다음 위한'.split())

def content_words(n):
    text = n.get('intended') or n['text']
    if n['kind'] == 'multi_item': text = ' '.join(i for i, _, _ in n['items'])
    ws = set()
    for w in re.findall(r'[가-힣A-Za-z0-9]+', text):
        w2 = re.sub(r'(을|를|이|가|은|는|에|에서|에게|으로|로|과|와|의|도|만|께서|이나|나)$', '', w)
        for x in (w, w2):
            if len(x) >= 2 and x not in STOP and not re.fullmatch(r'[0-9]+.*', x): ws.add(x)
    return ws

def main():
    P = load_products(); pc = {p['code']: p for p in P}
    labels = {}
    for n in NEEDS:
        lab = label(n, P)
        for (k, code), (rel, why) in OVERRIDES.items():
            if k == n['key']:
                assert code in pc, code
                if rel == 0: lab.pop(code, None)
                else: lab[code] = (rel, lab.get(code, (0, ''))[1] if n['kind'] != 'multi_item' else why.split('|')[0])
        labels[n['key']] = lab
    if '--sweep' in sys.argv:
        cnt = 0
        for n in NEEDS:
            for w in sorted(content_words(n)):
                for p in P:
                    if p['code'] in labels[n['key']]: continue
                    if (n['key'], p['code']) in REVIEWED or (n['key'], p['code']) in OVERRIDES: continue
                    if w in ' '.join([p['name'], p['spec'], p['desc']]):
                        cnt += 1
                        print('%s\t%s\t[%s]\t%s\t%s | %s | %s' % (n['key'], n['text'][:20], w, p['code'], p['name'], p['spec'], p['desc'][:40]))
        print('UNREVIEWED', cnt); return
    # 5단계: 섞고 번호 매기기
    allkeys = [n['key'] for n in NEEDS] + [x[0] for x in NO_MATCH]
    rnd = random.Random(SEED); order = allkeys[:]; rnd.shuffle(order)
    idmap = {k: 'ZZM-Q%03d' % (i + 1) for i, k in enumerate(order)}
    nd = {n['key']: n for n in NEEDS}; xd = {x[0]: x for x in NO_MATCH}
    def W(name, header, rows, sub=''):
        with open(os.path.join(OUT, sub, name), 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f); w.writerow(header); w.writerows(rows)
    q, kinds, qrels, han, idrows, nm = [], [], [], [], [], []
    for k in order:
        qid = idmap[k]
        if k in nd:
            n = nd[k]
            q.append([qid, n['text'], n.get('qty') or '', n.get('budget') or ''])
            kinds.append([qid, n['kind']])
            for code in sorted(labels[k]):
                rel, item = labels[k][code]
                qrels.append([qid, code, rel, item if n['kind'] == 'multi_item' else ''])
            if n['kind'] == 'hanyeong': han.append([qid, n['text'], n['intended']])
            idrows.append([qid, k, n['kind'], n['org']])
        else:
            x = xd[k]
            q.append([qid, x[2], '', '']); kinds.append([qid, 'no_match'])
            nm.append([qid, x[3], x[4], x[5]]); idrows.append([qid, k, 'no_match', ORGS[x[1]]])
    W('queries.csv', ['수요번호', '수요내용', '수량', '예산'], q)
    W('query_kinds.csv', ['수요번호', '유형'], kinds)
    W('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'], qrels)
    W('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'], han)
    W('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'], nm)
    W('id_map.csv', ['수요번호', '작성키', '유형', '기관'], sorted(idrows), 'tools')
    # 리뷰 기록
    rv = [[idmap[k], k, c, 'override', r, why] for (k, c), (r, why) in OVERRIDES.items()] + \
         [[idmap[k], k, c, 'reviewed', 0 if c not in labels[k] else labels[k][c][0], why] for (k, c), why in REVIEWED.items()]
    W('sweep_review.csv', ['수요번호', '작성키', '제품코드', '결정', '관련도', '이유'], sorted(rv), 'tools')
    print('queries', len(q), 'qrels', len(qrels))

if __name__ == '__main__':
    main()
