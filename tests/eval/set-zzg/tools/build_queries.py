"""4·5단계: 태그로 기계적 관련도 부여 -> 검토 결정(review_data) 반영 -> 섞어서 번호 부여 -> CSV 출력.
   실행할 때마다 sweep_candidates.csv(미라벨 후보)를 다시 만들고, 검토되지 않은 후보가 있으면 알린다."""
import csv, os, re, random
import needs_data as N
from review_data import OVERRIDES, REVIEWED, add_no_match

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 20250611

def load_catalog():
    cat = {r['제품코드']: r for r in csv.DictReader(open(os.path.join(OUT, 'catalog.csv'), encoding='utf-8'))}
    tags = {r['제품코드']: r for r in csv.DictReader(open(os.path.join(HERE, 'product_tags.csv'), encoding='utf-8'))}
    for c, r in cat.items():
        r['tags'] = set(tags[c]['품목태그'].split()); r['shop'] = tags[c]['업종']; r['dong'] = tags[c]['법정동']
    return cat

def unit_cap(d):
    if d.get('cap'): return d['cap']
    if d.get('budget'):
        return d['budget'] // d['qty'] if d.get('qty') else d['budget']
    return None

def grade(p, want, ok, d):
    t = p['tags']
    if t & set(want):
        cap = unit_cap(d)
        good = True
        if cap is not None and int(p['단가']) > cap: good = False
        for rx in d.get('spec') or []:
            if not re.search(rx, p['제품명'] + ' ' + p['규격'], re.I): good = False
        return 2 if good else 1
    if t & set(ok): return 1
    return 0

def dong_match(need_dong, dong):
    return dong == need_dong or re.fullmatch(re.escape(need_dong) + r'\d가', dong) is not None

def label(d, cat):
    """-> {code: (rel, 품목)}"""
    res = {}
    k = d['kind']
    if k == 'no_match': return res
    for c, p in cat.items():
        if k == 'location':
            if p['shop'] == d['shop']:
                res[c] = (2 if dong_match(d['dong'], p['dong']) else 1, '')
        elif k == 'multi_item':
            best = (0, '')
            for it in d['items']:
                r = grade(p, it['want'], it['ok'], it)
                if r > best[0]: best = (r, it['item'])
            if best[0]: res[c] = best
        else:
            r = grade(p, d['want'], d['ok'], d)
            if r: res[c] = (r, '')
    for (key, code), (rel, why, *item) in OVERRIDES.items():
        if key != d['key']: continue
        if rel == 0: res.pop(code, None)
        else: res[code] = (rel, item[0] if item else res.get(code, (0, ''))[1])
    return res

STOP = set('및 이랑 하고 개 곳 분 등 위해 대상 있는 하는 하려고 합니다 찾습니다 필요합니다 주세요 알려주세요 부탁드립니다 '
           '있습니다 정도 때 중 후 뒤 전 각 약 좀 것 수 이 그 저 제 를 을 의 에 로 으로 다음 달 일 월 주 회 간격 동안 '
           '제작 주문 배달 납품 가능한 준비하려고 진행 진행해 구하고 맡아 주실 업체 단체 개당 이하 이내 예산 만원 인분 '
           '관내 전주 전주시 시민 직원 행사 대신 하나씩 같은 좋겠습니다 들이려고 새로 꾸미면서 모시려고 해 드릴 나눠줄 나눠드릴 '
           '견적을 정기 운영 시설 사업 추진 세트 용품 물품 기념 체험 교육 마을 안내 홍보'.split())
PARTICLES = ['으로', '에게', '에서', '이나', '과', '와', '을', '를', '은', '는', '이', '가', '의', '에', '로', '도', '만']

def content_words(d):
    text = d['text']
    extra = [d.get(x) for x in ('intended', 'means', 'correct', 'joined', 'split', 'group') if d.get(x)]
    if d['kind'] == 'multi_item': extra += [it['item'] for it in d['items']]
    words = set()
    for s in [text] + extra:
        for w in re.split(r'[\s,.()·/]+', s):
            if not w or re.fullmatch(r'[\w]*\d[\w]*', w) or re.fullmatch(r'[A-Za-z]+', w) or re.fullmatch(r'[ㄱ-ㅎ]+', w):
                continue
            cands = {w}
            for pz in PARTICLES:
                if w.endswith(pz) and len(w) - len(pz) >= 2: cands.add(w[:-len(pz)])
            for c in cands:
                if len(c) >= 2 and c not in STOP: words.add(c)
    return words

def sweep(needs, cat, labels):
    out = []
    for d in needs:
        ws = content_words(d)
        for c, p in cat.items():
            if c in labels[d['key']]: continue
            blob = ' '.join([p['제품명'], p['규격'], p['설명']])
            hit = sorted(w for w in ws if w in blob)
            if hit: out.append((d['key'], c, '|'.join(hit), p['제품명']))
    return out

def main():
    cat = load_catalog()
    needs = N.NEEDS
    labels = {d['key']: label(d, cat) for d in needs}
    cands = sweep(needs, cat, labels)
    add_no_match([(k, c) for k, c, _, _ in cands])
    with open(os.path.join(HERE, 'sweep_candidates.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f); w.writerow(['수요키', '제품코드', '겹친 말', '제품명', '결정', '이유'])
        unrev = 0
        for key, c, hit, name in cands:
            if (key, c) in REVIEWED: w.writerow([key, c, hit, name, '0(검토)', REVIEWED[(key, c)]])
            else: w.writerow([key, c, hit, name, '미검토', '']); unrev += 1
        for (key, c), (rel, why, *_) in sorted(OVERRIDES.items()):
            w.writerow([key, c, '', cat[c]['제품명'], f'{rel}(수정)', why])
    print('sweep candidates:', len(cands), 'unreviewed:', unrev)
    # 섞기
    keys = [d['key'] for d in needs]
    rng = random.Random(SEED); rng.shuffle(keys)
    qid = {k: f'ZZG-Q{i:03d}' for i, k in enumerate(keys, 1)}
    byk = {d['key']: d for d in needs}
    W = lambda name: csv.writer(open(os.path.join(OUT, name), 'w', encoding='utf-8', newline=''))
    wq = W('queries.csv'); wq.writerow(['수요번호', '수요내용', '수량', '예산'])
    wk = W('query_kinds.csv'); wk.writerow(['수요번호', '유형'])
    wr = W('qrels.csv'); wr.writerow(['수요번호', '제품코드', '관련도', '품목'])
    wm = W('tools/id_map.csv'); wm.writerow(['수요번호', '내부키', '유형', '기관'])
    wn = W('no_match_detail.csv'); wn.writerow(['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
    wh = W('hanyeong_intended.csv'); wh.writerow(['수요번호', '입력', '의도한 한글'])
    nq = 0
    for k in keys:
        d = byk[k]; q = qid[k]
        wq.writerow([q, d['text'], d.get('qty') or '', d.get('budget') or ''])
        wk.writerow([q, d['kind']])
        wm.writerow([q, k, d['kind'], N.INST[d['inst']]])
        for c, (rel, item) in sorted(labels[k].items(), key=lambda x: (-x[1][0], x[0])):
            wr.writerow([q, c, rel, item if d['kind'] == 'multi_item' else '']); nq += 1
        if d['kind'] == 'no_match': wn.writerow([q, d['level'], d['overlap'], d['why']])
        if d['kind'] == 'hanyeong': wh.writerow([q, d['text'], d['intended']])
    print('queries', len(keys), 'qrels', nq)

if __name__ == '__main__':
    main()
