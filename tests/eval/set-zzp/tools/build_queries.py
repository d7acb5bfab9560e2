# -*- coding: utf-8 -*-
"""4~5단계: 태그로 기계적 관련도 부여 -> 스윕 -> 섞어서 번호 매기기 -> CSV 출력."""
import csv, os, re, random
from collections import defaultdict
import needs_data as ND
import build_catalog as BC
from labels_review import OVERRIDES, REVIEWED, REVIEWED_WORDS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 3150


def load_products():
    rows, tags = BC.build()
    prods = []
    for r, t in zip(rows, tags):
        prods.append(dict(code=r[0], ent=r[1], name=r[4], cat=r[5], spec=r[6], price=int(r[7]), desc=r[9],
                          tags=set(t[1].split()), shop=t[2], dong=t[3]))
    return prods


def cond_ok(p, cap, spec):
    if cap is not None and p['price'] > cap:
        return False
    if spec:
        specs = spec if isinstance(spec, list) else [spec]
        txt = p['name'] + ' ' + p['spec']
        if not all(re.search(s, txt) for s in specs):
            return False
    return True


def rel_for(p, want, ok, cap=None, spec=None):
    if p['tags'] & set(want):
        return 2 if cond_ok(p, cap, spec) else 1
    if p['tags'] & set(ok):
        return 1
    return 0


def mechanical(need, prods):
    """{code: (rel, 품목)}"""
    out = {}
    k = need['kind']
    if k == 'location':
        for p in prods:
            if p['shop'] == need['shop']:
                out[p['code']] = (2 if p['dong'].startswith(need['dong']) else 1, '')
        return out
    if k == 'multi_item':
        for p in prods:
            best, items = 0, []
            for (label, want, ok, cap, spec) in need['items']:
                r = rel_for(p, want, ok, cap, spec)
                if r > best:
                    best, items = r, [label]
                elif r == best and r > 0:
                    items.append(label)
            if best:
                out[p['code']] = (best, '/'.join(items))
        return out
    if k == 'category':
        want, ok = ND.GROUPS[need['group']]
        cap = spec = None
    else:
        want, ok = need['want'], need['ok']
        cap = need.get('cap')
        if cap is None and need.get('budget') and need.get('qty'):
            cap = need['budget'] // need['qty']
        spec = need.get('spec')
    for p in prods:
        r = rel_for(p, want, ok, cap, spec)
        if r:
            out[p['code']] = (r, '')
    return out


STOP = set('''부탁드립니다 구매 구매하고자 견적 문의드립니다 있을지 제작 제작하려 제작하려고 필요하여 필요 관련 상품 제품 제품을 안내해 주시기 바랍니다 있는지 알려주시기
찾고 있습니다 싶습니다 하려고 합니다 준비하려고 저희 학교 위한 함께 가능한지 궁금합니다 요청드리며 새로 하는데 주실 곳을 찾습니다 하오니 사용할 하므로 하여야
업체를 가능한 작업이 나눠 나눠드릴 정기적으로 납품받고 먹을 있도록 받아볼 직접 심을 있는 수 때 말고 등 전달할 알아보고 약 다음 달 종료 후 넣어 드릴 있어 이하 이내 사이즈 개당 대당 예산 박스'''.split())
PARTICLES = ['에서', '으로', '이랑', '하고', '에게', '까지', '부터', '을', '를', '이', '가', '은', '는', '에', '로', '와', '과', '의', '도', '및']


def content_words(need):
    text = need.get('intended') or need['text']
    if need['kind'] == 'multi_item':
        text = ' '.join(i[0] for i in need['items'])
    toks = re.split(r'[\s,()~\.\'"]+', text)
    words = []
    for t in toks:
        if not t or t in STOP:
            continue
        if re.fullmatch(r'\d+.*', t) and not re.fullmatch(r'\d+(ml|g|색)', t):
            continue
        for pa in PARTICLES:
            if t.endswith(pa) and len(t) - len(pa) >= 2:
                t = t[:-len(pa)]
                break
        if t in STOP or len(t) < 2:
            continue
        words.append(t)
    return list(dict.fromkeys(words))


def main():
    prods = load_products()
    pmap = {p['code']: p for p in prods}
    needs = list(ND.NEEDS)
    labels = {}
    for n in needs:
        lab = mechanical(n, prods)
        for (nk, code), (r, why) in OVERRIDES.items():
            if nk != n['key']:
                continue
            assert code in pmap, code
            if r == 0:
                lab.pop(code, None)
            else:
                lab[code] = (r, lab.get(code, (0, ''))[1] or (why.split('|')[0] if n['kind'] == 'multi_item' else ''))
        labels[n['key']] = lab
    # ---- sweep ----
    sweep = []
    for n in needs:
        lab = labels[n['key']]
        for w in content_words(n):
            for p in prods:
                if p['code'] in lab:
                    continue
                if w in (p['name'] + ' ' + p['spec'] + ' ' + p['desc']):
                    key = (n['key'], p['code'])
                    if key in REVIEWED:
                        dec = REVIEWED[key]
                    elif (n['key'], w) in REVIEWED_WORDS:
                        dec = REVIEWED_WORDS[(n['key'], w)]
                    elif key in OVERRIDES:
                        dec = '재정의됨: ' + OVERRIDES[key][1]
                    else:
                        dec = ''
                    sweep.append([n['key'], n['text'], w, p['code'], p['name'], dec])
    undecided = [s for s in sweep if not s[5]]
    print('sweep candidates', len(sweep), 'undecided', len(undecided))
    for s in undecided:
        print('  ', s[:5])
    # ---- shuffle & ids ----
    allneeds = [(n['key'], n['kind'], n['text'], n.get('qty'), n.get('budget'), n) for n in needs]
    allneeds += [(x[0], 'no_match', x[3], None, None, None) for x in ND.NO_MATCH]
    rnd = random.Random(SEED)
    rnd.shuffle(allneeds)
    idmap = {}
    for i, a in enumerate(allneeds, 1):
        idmap[a[0]] = 'ZZP-Q%03d' % i

    def wcsv(name, head, rows):
        with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f); w.writerow(head); w.writerows(rows)
    wcsv('queries.csv', ['수요번호', '수요내용', '수량', '예산'],
         [[idmap[a[0]], a[2], '' if a[3] is None else a[3], '' if a[4] is None else a[4]] for a in allneeds])
    wcsv('query_kinds.csv', ['수요번호', '유형'], [[idmap[a[0]], a[1]] for a in allneeds])
    qrows = []
    for a in allneeds:
        if a[1] == 'no_match':
            continue
        lab = labels[a[0]]
        for code in sorted(lab, key=lambda c: (-lab[c][0], c)):
            r, item = lab[code]
            qrows.append([idmap[a[0]], code, r, item if a[1] == 'multi_item' else ''])
    wcsv('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'], qrows)
    wcsv('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'],
         sorted([[idmap[x[0]], x[1], x[4], x[5]] for x in ND.NO_MATCH]))
    wcsv('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'],
         sorted([[idmap[n['key']], n['text'], n['intended']] for n in needs if n['kind'] == 'hanyeong']))
    with open(os.path.join(HERE, 'id_map.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f); w.writerow(['수요번호', 'need_key', '유형', '기관'])
        for a in allneeds:
            inst = a[5]['inst'] if a[5] else [x for x in ND.NO_MATCH if x[0] == a[0]][0][2]
            w.writerow([idmap[a[0]], a[0], a[1], ND.INST[inst]])
    with open(os.path.join(HERE, 'sweep_review.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['수요번호', 'need_key', '수요내용', '겹친 말', '제품코드', '제품명', '판단(라벨 없음 유지 이유)'])
        w.writerows([[idmap[s[0]]] + s for s in sweep])
    print('needs', len(allneeds), 'qrels', len(qrows))


if __name__ == '__main__':
    main()
