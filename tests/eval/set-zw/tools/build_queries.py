"""4·5단계: 태그로 기계적 관련도 부여 + 스윕 검토 반영 + 섞어서 번호 매기기."""
import csv, json, os, re, random, sys
import needs_data as nd
import kbd

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
meta = json.load(open(os.path.join(HERE, 'catalog_meta.json'), encoding='utf-8'))
ENTS = {e['name']: e for e in meta['enterprises']}
PRODS = meta['products']
try:
    from review_data import OVERRIDES, REVIEWED
except ImportError:
    OVERRIDES, REVIEWED = {}, {}


def keyed_needs():
    out, cnt = [], {}
    for n in nd.NEEDS + nd.NO_MATCH:
        cnt[n['kind']] = cnt.get(n['kind'], 0) + 1
        n = dict(n)
        n['key'] = f"{n['kind']}-{cnt[n['kind']]:02d}"
        out.append(n)
    return out


def base_dong(d):
    return re.sub(r'\d가$', '', d)


def judge(p, want, ok, max_price=None, spec=None):
    tags = set(p['tags'])
    if tags & set(want):
        good = (max_price is None or p['price'] <= max_price)
        text = p['pname'] + ' ' + p['spec']
        good = good and all(re.search(s, text) for s in (spec or []))
        return 2 if good else 1
    if tags & set(ok):
        return 1
    return 0


def label(n):
    """returns {code: (rel, item)} from tags only"""
    res = {}
    if n['kind'] == 'no_match':
        return res
    cap = n.get('max_price')
    if cap is None and n.get('budget') and n.get('qty'):
        cap = n['budget'] // n['qty']
    for p in PRODS:
        if n['kind'] == 'location':
            e = ENTS[p['ent']]
            if e['shop'] == n['shop']:
                res[p['code']] = (2 if base_dong(e['dong']) == n['dong'] else 1, '')
            continue
        if n['kind'] == 'multi_item':
            best = (0, '')
            for it in n['items']:
                r = judge(p, it['want'], it.get('ok', []))
                if r > best[0]:
                    best = (r, it['item'])
            if best[0]:
                res[p['code']] = best
            continue
        want = nd.GROUPS[n['group']] if n['kind'] == 'category' else n['want']
        r = judge(p, want, n.get('ok', []), cap, n.get('spec'))
        if r:
            res[p['code']] = (r, '')
    return res


STOP = set('업체 구매 제작 필요 납품 주문 찾습니다 찾고 있습니다 부탁드립니다 문의드립니다 구합니다 싶습니다 합니다 '
           '용품 가능한 수 있는 주실 해 주실 때 시 중 및 위해 위한 하고 이랑 있으면 좋겠습니다 바랍니다 알려 주시기 '
           '월 일 년 주 회 개 권 세트 이하 이내 예산 만원 천원 크기 기간 조건 정기적으로 매달 '
           '에서 행사 시간 활동 관내 전후 기념 사용할 드릴 나눠드릴 맞아 대상 진행 참석자들 시민들 직원들 '.split())
KEEP = {'어린이', '경로잔치', '백설기', '컬러링북', '조화'}
JOSA = ('에서', '으로', '에게', '께', '까지', '하고', '이랑', '들과', '님들과', '들의', '들이', '을', '를', '이', '가', '은', '는', '에', '로', '과', '와', '의', '도')


def content_words(n):
    texts = [n['text']]
    if n.get('intended'):
        texts.append(n['intended'])
    for it in n.get('items', []):
        texts.append(it['item'])
    words = set()
    for t in texts:
        for w in re.findall(r'[가-힣A-Za-z0-9]+', t):
            if re.fullmatch(r'[A-Za-z]+', w) and n['kind'] == 'hanyeong':
                continue
            for j in (() if w in KEEP else JOSA):
                if w.endswith(j) and len(w) - len(j) >= 2:
                    w = w[:-len(j)]
                    break
            if w[0].isdigit():
                continue
            if len(w) >= 2 and w not in STOP and not re.fullmatch(r'[0-9A-Za-z]+', w):
                words.add(w)
    return words


def sweep(n, labels):
    hits = []
    words = content_words(n)
    for p in PRODS:
        if p['code'] in labels:
            continue
        text = ' '.join([p['pname'], p['spec'], p['desc']])
        found = sorted(w for w in words if w in text)
        if found:
            hits.append((p['code'], found))
    return hits


def main():
    needs = keyed_needs()
    pmap = {p['code']: p for p in PRODS}
    all_labels, unreviewed = {}, []
    for n in needs:
        lab = label(n)
        for (k, code), v in OVERRIDES.items():
            if k == n['key']:
                rel, item, _reason = v
                if rel == 0:
                    lab.pop(code, None)
                else:
                    lab[code] = (rel, item)
        if n['kind'] != 'no_match':
            for code, found in sweep(n, lab):
                if (n['key'], code) in OVERRIDES:
                    continue
                if (n['key'], code) in REVIEWED or all((n['key'], '*' + w) in REVIEWED for w in found):
                    continue
                unreviewed.append((n['key'], n['text'], code, pmap[code]['pname'], pmap[code]['desc'][:30], found))
        all_labels[n['key']] = lab
    if os.path.exists(os.path.join(HERE, 'sweep_unreviewed.txt')):
        os.remove(os.path.join(HERE, 'sweep_unreviewed.txt'))
    if unreviewed:
        with open(os.path.join(HERE, 'sweep_unreviewed.txt'), 'w', encoding='utf-8') as fh:
            for u in unreviewed:
                fh.write(repr(u) + '\n')
        print('UNREVIEWED sweep hits:', len(unreviewed), '-> tools/sweep_unreviewed.txt')
    # 5단계: 섞어서 번호 매기기
    order = list(range(len(needs)))
    random.Random(7291).shuffle(order)
    idmap = {}
    for new_i, old_i in enumerate(order, 1):
        idmap[needs[old_i]['key']] = f'ZW-Q{new_i:03d}'
    byid = sorted(needs, key=lambda n: idmap[n['key']])

    def W(name, header, rows):
        with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='') as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows(rows)
    W('queries.csv', ['수요번호', '수요내용', '수량', '예산'],
      [[idmap[n['key']], n['text'], n.get('qty') or '', n.get('budget') or ''] for n in byid])
    W('query_kinds.csv', ['수요번호', '유형'], [[idmap[n['key']], n['kind']] for n in byid])
    rows = []
    for n in byid:
        lab = all_labels[n['key']]
        for code in sorted(lab):
            rel, item = lab[code]
            rows.append([idmap[n['key']], code, rel, item if n['kind'] == 'multi_item' else ''])
    W('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'], rows)
    W('tools/id_map.csv', ['수요번호', '내부키', '유형', '기관', '수요내용'],
      [[idmap[n['key']], n['key'], n['kind'], n['inst'], n['text']] for n in byid])
    W('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'],
      [[idmap[n['key']], n['text'], n['intended']] for n in byid if n['kind'] == 'hanyeong'])
    # no_match 상세: 겹치는 말은 카탈로그 제품명·설명에 실제로 나오는 수요 단어
    cat_text = ' '.join(p['pname'] + ' ' + p['spec'] + ' ' + p['desc'] for p in PRODS)
    nm = []
    for n in byid:
        if n['kind'] != 'no_match':
            continue
        ov = []
        for w in re.findall(r'[가-힣]+', n['text']):
            best = ''
            for i in range(len(w)):
                for j in range(len(w), i + 1, -1):
                    if j - i > len(best) and w[i:j] in cat_text:
                        best = w[i:j]
            if len(best) >= 2 or (len(w) == 1 and w in cat_text):
                ov.append(best or w)
        nm.append([idmap[n['key']], n['level'], ' '.join(ov), n['reason']])
    W('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'], nm)
    # 검토 기록
    W('tools/review_log.csv', ['수요번호', '내부키', '제품코드/단어', '결정 관련도', '이유'],
      [[idmap[k], k, c, v[0], v[2]] for (k, c), v in sorted(OVERRIDES.items())] +
      [[idmap[k], k, c, 0, r] for (k, c), r in sorted(REVIEWED.items())])
    print('needs', len(needs), 'qrels', len(rows))


if __name__ == '__main__':
    main()
