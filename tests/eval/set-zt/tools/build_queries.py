# -*- coding: utf-8 -*-
"""4·5단계: 태그로 기계적 관련도 부여 -> 스윕(라벨 없는 말 겹침 제품 목록) -> OVERRIDES/REVIEWED 적용 -> 섞어서 번호 매김."""
import csv, os, re, random
from needs_data import NEEDS, NO_MATCH
from review_data import OVERRIDES, REVIEWED

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 20250611


def load_catalog():
    cat = {r['제품코드']: r for r in csv.DictReader(open(os.path.join(OUT, 'catalog.csv'), encoding='utf-8'))}
    for r in csv.DictReader(open(os.path.join(HERE, 'catalog_tags.csv'), encoding='utf-8')):
        c = cat[r['제품코드']]
        c['tags'] = set(r['태그'].split('|'))
        c['shop'] = r['가게종류']
        c['dong'] = r['법정동']
    return cat


def ptext(p):
    return ' '.join([p['제품명'], p['규격'], p['설명']])


def dong_match(need_dong, prod_dong):
    if prod_dong == need_dong:
        return True
    return bool(re.fullmatch(re.escape(need_dong) + r'\d가', prod_dong))


def rel_simple(n, p, want, ok):
    if p['tags'] & set(want):
        good = True
        if n.get('cap') is not None and int(p['단가']) > n['cap']:
            good = False
        if n.get('spec') and not re.search(n['spec'], ptext(p)):
            good = False
        return 2 if good else 1
    if p['tags'] & set(ok):
        return 1
    return 0


def auto_labels(n, cat):
    """{code: (rel, 품목)}"""
    out = {}
    for code, p in cat.items():
        if n['kind'] == 'no_match':
            continue
        if n['kind'] == 'location':
            if p['shop'] == n['shop']:
                out[code] = (2 if dong_match(n['dong'], p['dong']) else 1, '')
            continue
        if n['kind'] == 'multi_item':
            best = (0, '')
            for it in n['items']:
                r = rel_simple(n, p, it['want'], it['ok'])
                if r > best[0]:
                    best = (r, it['item'])
            if best[0]:
                out[code] = best
            continue
        r = rel_simple(n, p, n['want'], n['ok'])
        if r:
            out[code] = (r, '')
    return out


STOP = set('''구매 구입 제작 주문 제품 업체 가능 가능한 부탁드립니다 희망 희망합니다 좋겠습니다 필요합니다 하고자 하려고 합니다 하오니
견적 요청드립니다 추천 바랍니다 알려 주세요 주시기 있는 있도록 위해 때 쓸 드릴 나눠드릴 나누어 줄 수 있고 되는 제품으로 것으로 찾습니다
다음 달 당일 오전 분기별로 정기 대량으로 단체로 함께 관내 참석자에게 시민들께 방문객께 직원들이 학생들 어르신 작은 선물로 준비하려고
인쇄하려고 구입하고자 구매하고자 구입하려고 구매하려고 주문하려 주문하고 싶습니다 싶은데 하니 하는데 이하 이내 예산 개당 사이즈
일원에서 열리는 전달할 배송 배달 까지 원 만원 개 박스 장 벌 포 봉 타'''.split())
JOSA = ['으로', '에서', '에게', '이랑', '하고', '까지', '부터', '을', '를', '이', '가', '은', '는', '에', '의', '로', '와', '과', '도', '께', '랑', '및']


def content_words(n):
    t = n['text']
    if n['kind'] in ('hanyeong', 'choseong'):
        t = n['intended']
    if n['kind'] == 'location':
        t = n['shop']  # 가게 종류 말만 본다 (동 이름은 주소에 있으므로 제품 본문 대상 아님)
    words = set()
    for tok in re.findall(r'[0-9A-Za-z가-힣]+', t):
        cands = {tok}
        for j in JOSA:
            if tok.endswith(j) and len(tok) - len(j) >= 2:
                cands.add(tok[:-len(j)])
        for c in cands:
            if len(c) >= 2 and c not in STOP and not re.fullmatch(r'[0-9]+[A-Za-z가-힣]?', c):
                words.add(c)
    return words


def sweep(n, cat, labels):
    hits = []
    ws = content_words(n)
    for code, p in cat.items():
        if code in labels:
            continue
        txt = ptext(p)
        m = sorted(w for w in ws if w in txt)
        if m:
            hits.append((code, m))
    return hits


def main():
    cat = load_catalog()
    allneeds = NEEDS + NO_MATCH
    final, unreviewed, sweep_log = {}, [], []
    used_over, used_rev = set(), set()
    for n in allneeds:
        labels = auto_labels(n, cat)
        for code, (rel, item) in list(labels.items()):
            pass
        hits = sweep(n, cat, labels)
        for code, words in hits:
            k = (n['key'], code)
            if k in OVERRIDES:
                rel, item, why = OVERRIDES[k]
                used_over.add(k)
                sweep_log.append([n['key'], code, cat[code]['제품명'], '/'.join(words), 'OVERRIDE->%d' % rel, why])
            elif k in REVIEWED:
                used_rev.add(k)
                sweep_log.append([n['key'], code, cat[code]['제품명'], '/'.join(words), 'REVIEWED->0', REVIEWED[k]])
            else:
                unreviewed.append((n['key'], n['text'], code, cat[code]['제품명'], words))
        # OVERRIDES may also change an existing automatic label
        for (k, code), (rel, item, why) in OVERRIDES.items():
            if k == n['key']:
                used_over.add((k, code))
                if rel == 0:
                    labels.pop(code, None)
                else:
                    labels[code] = (rel, item)
                if not any(r[0] == k and r[1] == code for r in sweep_log):
                    sweep_log.append([k, code, cat[code]['제품명'], '', 'OVERRIDE->%d' % rel, why])
        final[n['key']] = labels
    stale = (set(OVERRIDES) - used_over) | (set(REVIEWED) - used_rev)
    with open(os.path.join(HERE, 'sweep_unreviewed.txt'), 'w', encoding='utf-8') as f:
        for u in unreviewed:
            f.write('%s\t%s\t%s\t%s\t%s\n' % (u[0], u[1], u[2], u[3], '/'.join(u[4])))
    with open(os.path.join(HERE, 'sweep_log.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f); w.writerow(['내부키', '제품코드', '제품명', '겹친 말', '결정', '이유']); w.writerows(sweep_log)
    # ---- shuffle & number
    keys = [n['key'] for n in allneeds]
    rnd = random.Random(SEED)
    rnd.shuffle(keys)
    idmap = {k: 'ZT-Q%03d' % i for i, k in enumerate(keys, 1)}
    byk = {n['key']: n for n in allneeds}
    W = lambda name: csv.writer(open(os.path.join(OUT, name), 'w', encoding='utf-8', newline=''))
    q = W('queries.csv'); q.writerow(['수요번호', '수요내용', '수량', '예산'])
    qk = W('query_kinds.csv'); qk.writerow(['수요번호', '유형'])
    qr = W('qrels.csv'); qr.writerow(['수요번호', '제품코드', '관련도', '품목'])
    nm = W('no_match_detail.csv'); nm.writerow(['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
    hy = W('hanyeong_intended.csv'); hy.writerow(['수요번호', '입력', '의도한 한글'])
    im = csv.writer(open(os.path.join(HERE, 'id_map.csv'), 'w', encoding='utf-8', newline=''))
    im.writerow(['수요번호', '내부키', '유형', '기관'])
    for k in keys:
        n, qid = byk[k], idmap[k]
        q.writerow([qid, n['text'], n['qty'] or '', n['budget'] or ''])
        qk.writerow([qid, n['kind']])
        im.writerow([qid, k, n['kind'], n['inst']])
        for code, (rel, item) in sorted(final[k].items(), key=lambda x: (-x[1][0], x[0])):
            qr.writerow([qid, code, rel, item if n['kind'] == 'multi_item' else ''])
        if n['kind'] == 'no_match':
            nm.writerow([qid, n['level'], n['overlap'], n['reason']])
        if n['kind'] == 'hanyeong':
            hy.writerow([qid, n['text'], n['intended']])
    print('needs', len(keys), 'qrels', sum(len(v) for v in final.values()),
          'unreviewed', len(unreviewed), 'stale review entries', len(stale))
    for s in sorted(stale):
        print('  stale', s)


if __name__ == '__main__':
    main()
