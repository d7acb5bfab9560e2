"""4·5단계: 태그에서 기계적으로 관련도를 매기고, 스윕(미표시 후보 검토)을 거쳐 섞은 뒤 파일을 쓴다."""
import csv, json, os, random, re, sys
import needs_data as ND
from review_data import OVERRIDES, REVIEWED, SWEEP_STOP

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
META = json.load(open(os.path.join(HERE, 'catalog_meta.json'), encoding='utf-8'))
BYNAME = {m['name']: c for c, m in META.items()}


def unit_price(m):
    return m['price'] / (m['pack'] or 1)


def judge(m, want, ok, cap=None, spec=None):
    tags = set(m['tags'])
    if tags & set(want):
        good = True
        if cap is not None and unit_price(m) > cap:
            good = False
        if spec and not re.search(spec, m['name'] + ' ' + m['spec'], re.I):
            good = False
        return 2 if good else 1
    if tags & set(ok):
        return 1
    return 0


def dong_match(pdong, ndong):
    return re.fullmatch(re.escape(ndong) + r'(\d가)?', pdong) is not None


def label(need):
    """return {code: (rel, 품목)}"""
    res = {}
    k = need['kind']
    if k == 'no_match':
        return res
    if k == 'location':
        for c, m in META.items():
            if m['shop'] == need['shop']:
                res[c] = (2 if dong_match(m['dong'], need['dong']) else 1, '')
        return res
    if k == 'multi_item':
        for item, want, ok, cond in need['items']:
            for c, m in META.items():
                r = judge(m, want, ok, cond.get('cap'), cond.get('spec'))
                if r and r > res.get(c, (0, ''))[0]:
                    res[c] = (r, item)
        return res
    if k == 'category':
        g = ND.CATEGORY_GROUPS[need['group']]
        want, ok = g['want'], g['ok']
    else:
        want, ok = need['want'], need['ok']
    cap = need.get('cap')
    if need.get('budget') and need.get('qty'):
        cap = need['budget'] / need['qty']
    for c, m in META.items():
        r = judge(m, want, ok, cap, need.get('spec'))
        if r:
            res[c] = (r, '')
    return res


PARTICLES = ['에게','으로','까지','부터','하고','이랑','에서','을','를','이','가','은','는','에','의','로','와','과','도']


def content_words(need):
    texts = [need['text']]
    for f in ('intended', 'means'):
        if need.get(f):
            texts.append(need[f])
    if need['kind'] == 'multi_item':
        texts += [it[0] for it in need['items']]
    words = set()
    for t in texts:
        for w in re.findall(r'[가-힣A-Za-z0-9]+', t):
            if re.fullmatch(r'[ㄱ-ㅎ]+', w):
                continue
            if not re.search(r'[가-힣]', w) and len(w) < 3:
                continue
            for p in PARTICLES:
                if w.endswith(p) and len(w) - len(p) >= 2:
                    w = w[:-len(p)]
                    break
            if len(w) >= 2 and w not in SWEEP_STOP and not re.fullmatch(r'[a-z]+', w):
                words.add(w)
    return words


def main():
    allneeds = ND.NEEDS + ND.NO_MATCH
    labels = {}
    for n in allneeds:
        labels[n['key']] = label(n)
    # overrides (스윕 검토 결과 관련도를 주거나 바꾼 것)
    for (key, pname), (rel, item, why) in OVERRIDES.items():
        c = BYNAME[pname]
        if rel == 0:
            labels[key].pop(c, None)
        else:
            labels[key][c] = (rel, item)
    # sweep
    report = []
    unreviewed = []
    for n in allneeds:
        ws = content_words(n)
        for c, m in META.items():
            if c in labels[n['key']]:
                continue
            hay = ' '.join([m['name'], m['spec'], m['desc']])
            hit = sorted(w for w in ws if w in hay)
            if not hit:
                continue
            key = (n['key'], m['name'])
            if key in REVIEWED:
                report.append([n['key'], c, m['name'], '/'.join(hit), '0 유지', REVIEWED[key]])
            else:
                unreviewed.append((n['key'], n['text'], m['name'], '/'.join(hit)))
    for (key, pname), (rel, item, why) in OVERRIDES.items():
        report.append([key, BYNAME[pname], pname, '', '%d 부여' % rel if rel else '0으로 변경', why])
    with open(os.path.join(HERE, 'sweep_report.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f); w.writerow(['수요키','제품코드','제품명','겹친 말','결정','이유']); w.writerows(report)
    if unreviewed:
        for u in unreviewed:
            print('UNREVIEWED', u)
        print(len(unreviewed), 'unreviewed'); sys.exit(1)
    # shuffle + ids
    rnd = random.Random(77)
    order = list(allneeds)
    rnd.shuffle(order)
    ids = {}
    for i, n in enumerate(order, 1):
        ids[n['key']] = 'ZZR-Q%03d' % i
    def wcsv(name, header, rows):
        with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f); w.writerow(header); w.writerows(rows)
    wcsv('tools/id_map.csv', ['수요번호','내부키','유형','기관'],
         [[ids[n['key']], n['key'], n['kind'], ND.ORGS[n['org']]] for n in order])
    wcsv('queries.csv', ['수요번호','수요내용','수량','예산'],
         [[ids[n['key']], n['text'], n.get('qty') or '', n.get('budget') or ''] for n in order])
    wcsv('query_kinds.csv', ['수요번호','유형'], [[ids[n['key']], n['kind']] for n in order])
    rows = []
    for n in order:
        for c in sorted(labels[n['key']]):
            rel, item = labels[n['key']][c]
            rows.append([ids[n['key']], c, rel, item if n['kind'] == 'multi_item' else ''])
    wcsv('qrels.csv', ['수요번호','제품코드','관련도','품목'], rows)
    wcsv('no_match_detail.csv', ['수요번호','난이도','겹치는 말','해당 없음 이유'],
         [[ids[n['key']], n['level'], n['overlap'], n['reason']] for n in order if n['kind'] == 'no_match'])
    wcsv('hanyeong_intended.csv', ['수요번호','입력','의도한 한글'],
         [[ids[n['key']], n['text'], n['intended']] for n in order if n['kind'] == 'hanyeong'])
    print('needs', len(order), 'qrels', len(rows), 'sweep reviewed', len(report))


if __name__ == '__main__':
    main()
