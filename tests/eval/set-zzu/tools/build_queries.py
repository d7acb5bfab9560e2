# -*- coding: utf-8 -*-
"""4·5단계: 태그로 기계적 관련도 부여 -> 스윕(누락 후보 검토) -> 섞어서 번호 부여 -> CSV 출력."""
import csv, os, re, random
import needs_data as nd
from dongs import base
from kbd import to_hangul

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 7351

def load_catalog():
    cat = {r['제품코드']: r for r in csv.DictReader(open(os.path.join(OUT, 'catalog.csv'), encoding='utf-8'))}
    tags = {}
    for r in csv.DictReader(open(os.path.join(HERE, 'product_tags.csv'), encoding='utf-8')):
        tags[r['제품코드']] = dict(tags=set(r['품목태그'].split('|')), shop=r['가게종류'], dong=r['법정동'])
    return cat, tags

def ptext(p):
    return ' '.join([p['제품명'], p['규격'], p['설명']])

def cap_of(n):
    if n.get('max_price'):
        return n['max_price']
    if n.get('budget') and n.get('qty'):
        return n['budget'] // n['qty']
    return None

def rel_for(want, ok, p, t, cap=None, spec=None):
    if t['tags'] & set(want):
        r = 2
        if cap is not None and int(p['단가']) > cap:
            r = 1
        if spec and not re.search(spec, ptext(p)):
            r = 1
        return r
    if t['tags'] & set(ok):
        return 1
    return 0

def label(n, cat, tags):
    """-> list of (code, rel, 품목)"""
    out = []
    for code, p in cat.items():
        t = tags[code]
        if n['kind'] == 'location':
            if t['shop'] == n['shop']:
                out.append((code, 2 if base(t['dong']) == n['dong'] else 1, ''))
        elif n['kind'] == 'multi_item':
            best = None
            for it in n['items']:
                r = rel_for(it['want'], it['ok'], p, t)
                if r and (best is None or r > best[1]):
                    best = (code, r, it['label'])
            if best:
                out.append(best)
        else:
            r = rel_for(n['want'], n['ok'], p, t, cap_of(n), n.get('spec'))
            if r:
                out.append((code, r, ''))
    return out

PARTICLES = ['으로', '에게', '에서', '까지', '이나', '이랑', '하고', '을', '를', '이', '가', '은', '는', '에', '의', '로', '과', '와', '나', '도', '께']
STOP = set('''다음 참가하는 먹을 주문하고자 하니 배달 가능한 업체를 알려주시기 바랍니다 대상 나눠드릴 넣은 제작하려고 합니다 정도
필요합니다 참가자 나눠줄 구매하려 하는데 아이들 머리 크기 맞는 제품 있는지 문의드립니다 함께 진행할 예정이어서 입을 구입하고자
오시는 따뜻한 제공하려고 하는데 같은 대량 납품해 주실 곳을 찾고 있습니다 배포할 제작해야 가능한 찾습니다 열고 있어서 정기적 배달해
수 있는 업체와 계약하고 싶습니다 드릴 새길 알아보고 앞두고 위해 구매하려고 깔 구매하고 쉴 있도록 대비해 놓아드릴 구입하려고 하며
쉬운 제품이면 좋겠습니다 필요 매달 마지막 금요일 다음 주 명분 개당 이하 예산 인분 박스 관리 용품 활동 행사'''.split())

def words(n):
    text = n.get('intended') or n['text']
    if n['kind'] == 'hanyeong':
        text = n['intended']
    toks = re.split(r'[\s,.()~·]+', text)
    out = []
    for w in toks:
        if not w or re.search(r'[ㄱ-ㅎ]', w) or re.search(r'\d', w):
            continue
        for pa in PARTICLES:
            if w.endswith(pa) and len(w) - len(pa) >= 2:
                w = w[:-len(pa)]; break
        if len(w) >= 2 and w not in STOP and re.match(r'^[가-힣]+$', w):
            out.append(w)
    return out

def main():
    cat, tags = load_catalog()
    try:
        import sweep_review as sr
        OVERRIDES, REVIEWED = sr.OVERRIDES, sr.REVIEWED
    except ImportError:
        OVERRIDES, REVIEWED = {}, {}
    allneeds = nd.NEEDS + nd.NO_MATCH
    labels = {}
    for n in nd.NEEDS:
        lab = {c: (r, it) for c, r, it in label(n, cat, tags)}
        for (k, c), (r, why) in OVERRIDES.items():
            if k == n['key']:
                item = ''
                if n['kind'] == 'multi_item':
                    item, r = r  # (품목, 관련도)
                if r == 0:
                    lab.pop(c, None)
                else:
                    lab[c] = (r, item)
        labels[n['key']] = lab
    # sweep
    cand = []
    for n in nd.NEEDS:
        ws = words(n)
        for code, p in cat.items():
            if code in labels[n['key']]:
                continue
            hit = [w for w in ws if w in ptext(p)]
            if hit:
                cand.append((n['key'], code, '|'.join(hit), p['제품명']))
    unreviewed = [c for c in cand if (c[0], c[1]) not in REVIEWED and (c[0], c[1]) not in OVERRIDES]
    with open(os.path.join(HERE, 'sweep_candidates.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f); w.writerow(['need_key', '제품코드', '겹친말', '제품명', '결정', '이유'])
        for k, c, h, nm in cand:
            dec = REVIEWED.get((k, c)) or (('override', OVERRIDES[(k, c)][1]) if (k, c) in OVERRIDES else ('미검토', ''))
            w.writerow([k, c, h, nm, dec[0], dec[1]])
    print('sweep candidates', len(cand), 'unreviewed', len(unreviewed))
    for c in unreviewed:
        print('  UNREVIEWED', c)
    # shuffle + ids
    order = list(allneeds)
    random.Random(SEED).shuffle(order)
    ids = {n['key']: f'ZZU-Q{i + 1:03d}' for i, n in enumerate(order)}
    W = lambda name: csv.writer(open(os.path.join(OUT, name), 'w', encoding='utf-8', newline=''))
    w = W('queries.csv'); w.writerow(['수요번호', '수요내용', '수량', '예산'])
    for n in order:
        w.writerow([ids[n['key']], n['text'], n['qty'] if n.get('qty') else '', n['budget'] if n.get('budget') else ''])
    w = W('query_kinds.csv'); w.writerow(['수요번호', '유형'])
    for n in order:
        w.writerow([ids[n['key']], n['kind']])
    w = W('qrels.csv'); w.writerow(['수요번호', '제품코드', '관련도', '품목'])
    for n in order:
        if n['key'] in labels:
            for c in sorted(labels[n['key']]):
                r, it = labels[n['key']][c]
                w.writerow([ids[n['key']], c, r, it])
    w = W('no_match_detail.csv'); w.writerow(['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
    for n in order:
        if n['kind'] == 'no_match':
            w.writerow([ids[n['key']], n['level'], n['overlap'], n['reason']])
    w = W('hanyeong_intended.csv'); w.writerow(['수요번호', '입력', '의도한 한글'])
    for n in order:
        if n['kind'] == 'hanyeong':
            w.writerow([ids[n['key']], n['text'], n['intended']])
    w = csv.writer(open(os.path.join(HERE, 'id_map.csv'), 'w', encoding='utf-8', newline=''))
    w.writerow(['수요번호', '내부키', '유형', '기관'])
    for n in order:
        w.writerow([ids[n['key']], n['key'], n['kind'], n['inst']])

if __name__ == '__main__':
    main()
