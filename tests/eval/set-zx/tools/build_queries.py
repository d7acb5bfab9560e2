# -*- coding: utf-8 -*-
"""4·5단계: 태그로 기계적 관련도 부여 -> 전수 점검(sweep) -> 섞어서 번호 부여 -> CSV 출력.
관련도: 2 = 원하는 품목이며 조건(단가 상한·규격) 충족, 1 = 허용 대체품 또는 원하는 품목이나 조건 미충족.
location: 그 동(○○동1가~n가 포함)의 해당 가게 종류 제품 = 2, 다른 동의 같은 가게 종류 = 1.
"""
import csv, os, re, sys, random
sys.path.insert(0, os.path.dirname(__file__))
from needs_data import NEEDS, NO_MATCH, GROUPS, INSTITUTIONS
from review_data import OVERRIDES, REVIEWED

TOOLS = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(TOOLS)
SEED = 4417


def load_catalog():
    prods = {}
    with open(os.path.join(OUT, 'catalog.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            prods[r['제품코드']] = r
    with open(os.path.join(TOOLS, 'product_tags.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            p = prods[r['제품코드']]
            p['tags'] = set(r['품목태그'].split('|'))
            p['shop'] = r['가게종류']
            p['dong'] = r['법정동']
    return prods


def base_dong(d):
    return re.sub(r'\d+가$', '', d)


def text_of(p):
    return ' '.join([p['제품명'], p['규격'], p['설명']])


def rel_simple(p, want, ok, cap=None, spec=None):
    if p['tags'] & set(want):
        good = True
        if cap is not None and int(p['단가']) > cap:
            good = False
        if spec and not re.search(spec, text_of(p)):
            good = False
        return 2 if good else 1
    if p['tags'] & set(ok):
        return 1
    return 0


def unit_cap(n):
    if n.get('cap') is not None:
        return n['cap']
    if n.get('budget') and n.get('qty'):
        return n['budget'] // n['qty']
    return None


def label(n, prods):
    """-> {code: (rel, 품목)}"""
    res = {}
    k = n['kind']
    if k == 'no_match':
        return res
    for code, p in prods.items():
        if k == 'category':
            g = GROUPS[n['group']]
            r = rel_simple(p, g['want'], g['ok'])
            if r: res[code] = (r, '')
        elif k == 'location':
            if p['shop'] == n['shop']:
                res[code] = (2 if base_dong(p['dong']) == n['dong'] else 1, '')
        elif k == 'multi_item':
            best = None
            for it in n['items']:
                r = rel_simple(p, it['want'], it.get('ok', []), it.get('cap'), it.get('spec'))
                if r and (best is None or r > best[0]):
                    best = (r, it['item'])
            if best: res[code] = best
        else:
            r = rel_simple(p, n['want'], n['ok'], unit_cap(n), n.get('spec'))
            if r: res[code] = (r, '')
    return res


JOSA = ['에서', '에게', '으로', '께서', '까지', '부터', '을', '를', '이', '가', '은', '는', '에', '로', '와', '과', '의', '도', '께', '랑', '하고']
STOP = set('''구매 구입 제작 필요 문의 견적 부탁 가능 여부 알려 주세요 주시기 바랍니다 합니다 하려고 하오니 있으면 안내 있을까요 찾습니다 찾고 있습니다
드릴 드리는 드실 나눠 하는데 하려 위해 관련 준비 사업 업체 곳이 곳을 제품 사회적기업 사회적경제기업 지역 이하 이내 개당 장당 예산 만원 전주 전주시
다음 달 때 약 몇 개 좋은 것으로 추천 이상 있는 있도록 해당 그리고 또는 함께 앞서 맡길 수 있는 이용 하는 열리는 여는'''.split())


def content_words(n):
    if n['kind'] == 'hanyeong':
        t = n['intended']
    elif n['kind'] == 'choseong':
        t = n['text'].replace(n['cho'], n['intended'])
    elif n['kind'] == 'multi_item':
        t = ' '.join(it['item'] for it in n['items'])
    else:
        t = n['text']
    words = set()
    for tok in re.findall(r'[가-힣A-Za-z0-9]+', t):
        for j in JOSA:
            if tok.endswith(j) and len(tok) - len(j) >= 2:
                tok = tok[:-len(j)]; break
        if len(tok) < 2 or tok in STOP or re.fullmatch(r'[0-9]+[가-힣a-zA-Z]*', tok):
            continue
        words.add(tok)
    return sorted(words)


def main():
    prods = load_catalog()
    allneeds = NEEDS + NO_MATCH
    labels, sweep = {}, []
    for n in allneeds:
        lab = label(n, prods)
        for (nk, code), (r, why) in OVERRIDES.items():
            if nk == n['key']:
                item = ''
                if n['kind'] == 'multi_item':
                    item = why.split('|')[0]
                if r == 0:
                    lab.pop(code, None)
                else:
                    lab[code] = (r, item)
        labels[n['key']] = lab
        if n['kind'] == 'no_match':
            continue
        words = content_words(n)
        for code, p in prods.items():
            hit = [w for w in words if w in text_of(p)]
            if hit:
                ov = OVERRIDES.get((n['key'], code))
                if code in lab and not ov:
                    continue
                dec = ('OVERRIDE', ov[0], ov[1]) if ov else (('REVIEWED', 0, REVIEWED[(n['key'], code)]) if (n['key'], code) in REVIEWED else ('UNREVIEWED', 0, ''))
                sweep.append([n['key'], code, p['제품명'], '|'.join(hit)] + list(dec))
    # 단어가 겹치지 않아 sweep 에 안 걸린 OVERRIDE 도 기록
    seen = {(s[0], s[1]) for s in sweep}
    for (nk, code), (r, why) in sorted(OVERRIDES.items()):
        if (nk, code) not in seen:
            sweep.append([nk, code, prods[code]['제품명'], '', 'OVERRIDE', r, why])
    # no_match 점검: 어떤 제품도 라벨이 없음
    for n in NO_MATCH:
        assert not labels[n['key']]

    # 섞기와 번호
    keys = [n['key'] for n in allneeds]
    order = keys[:]
    random.Random(SEED).shuffle(order)
    qid = {k: 'ZX-Q%03d' % (i + 1) for i, k in enumerate(order)}
    byk = {n['key']: n for n in allneeds}

    def w(name, header, rows):
        with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='') as f:
            cw = csv.writer(f); cw.writerow(header); cw.writerows(rows)

    qrows, krows, rrows, hrows, nrows, idrows = [], [], [], [], [], []
    for k in order:
        n = byk[k]; q = qid[k]
        qrows.append([q, n['text'], n.get('qty') or '', n.get('budget') or ''])
        krows.append([q, n['kind']])
        idrows.append([q, k, n['kind'], INSTITUTIONS[n['inst']]])
        for code, (r, item) in sorted(labels[k].items(), key=lambda x: (-x[1][0], x[0])):
            rrows.append([q, code, r, item if n['kind'] == 'multi_item' else ''])
        if n['kind'] == 'hanyeong':
            hrows.append([q, n['text'], n['intended']])
        if n['kind'] == 'no_match':
            nrows.append([q, '어려움' if n['level'] == 'hard' else '쉬움', n['overlap'], n['reason']])
    w('queries.csv', ['수요번호', '수요내용', '수량', '예산'], qrows)
    w('query_kinds.csv', ['수요번호', '유형'], krows)
    w('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'], rrows)
    w('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'], sorted(hrows))
    w('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'], sorted(nrows))
    w('tools/id_map.csv', ['수요번호', '내부키', '유형', '기관'], sorted(idrows))
    w('tools/sweep_review.csv', ['내부키', '수요번호', '제품코드', '제품명', '겹친 말', '결정', '관련도', '이유'],
      [[s[0], qid[s[0]]] + s[1:] for s in sweep])
    un = [s for s in sweep if s[4] == 'UNREVIEWED']
    print('needs', len(allneeds), 'qrels', len(rrows), 'sweep', len(sweep), 'unreviewed', len(un))
    if '-v' in sys.argv:
        for s in un:
            print('\t'.join(map(str, s[:4])))


if __name__ == '__main__':
    main()
