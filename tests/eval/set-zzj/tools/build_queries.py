"""Step 4/5: mechanical labelling from tags, sweep, shuffle + ids."""
import csv, json, os, re, random, sys
from needs_data import NEEDS, NO_MATCH, CATEGORY_GROUPS
from dongs import base
import review_data
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
META = json.load(open(os.path.join(OUT, 'tools', 'catalog_tags.json'), encoding='utf-8'))
CAT = {r['제품코드']: r for r in csv.DictReader(open(os.path.join(OUT, 'catalog.csv'), encoding='utf-8'))}

def keyed_needs():
    cnt = {}
    out = []
    for x in NEEDS:
        cnt[x['k']] = cnt.get(x['k'], 0) + 1
        out.append(('%s-%02d' % (x['k'], cnt[x['k']]), x))
    for i, t in enumerate(NO_MATCH, 1):
        out.append(('no_match-%02d' % i, dict(k='no_match', text=t[0], level=t[1], overlap=t[2], reason=t[3], inst=t[4])))
    return out

def ptext(code):
    r = CAT[code]; return r['제품명'] + ' ' + r['규격'] + ' ' + r['설명']

def judge(code, want, ok, cap=None, spec=None):
    tags = set(META[code]['tags'])
    if tags & set(want):
        good = True
        if cap is not None and int(CAT[code]['단가']) > cap: good = False
        if spec and not re.search(spec, ptext(code)): good = False
        return 2 if good else 1
    if tags & set(ok or []):
        return 1
    return 0

def label(key, x):
    """returns {code: (rel, 품목)}"""
    res = {}
    k = x['k']
    if k == 'no_match':
        return res
    if k == 'location':
        for code, m in META.items():
            if x['shop'] in m['kinds']:
                res[code] = (2 if base(m['dong']) == x['dong'] else 1, '')
        return res
    if k == 'multi_item':
        for it in x['items']:
            for code in META:
                r = judge(code, it['want'], it.get('ok'), it.get('cap'), it.get('spec'))
                if r and r > res.get(code, (0, ''))[0]:
                    res[code] = (r, it['item'])
        return res
    if k == 'category':
        g = CATEGORY_GROUPS[x['group']]
        want, ok, cap, spec = g['want'], g['ok'], None, None
    else:
        want, ok, spec = x['want'], x.get('ok', []), x.get('spec')
        cap = x.get('cap')
        if cap is None and x.get('budget') and x.get('qty'):
            cap = x['budget'] // x['qty']
    for code in META:
        r = judge(code, want, ok, cap, spec)
        if r: res[code] = (r, '')
    return res

# ---------------- sweep
STOP = set('''및 이랑 하고 제작 구매 구매하고자 구매하려고 주문 주문하고 주문하려고 문의드립니다 가능한지 가능한 가능 합니다 있습니다 하오니 부탁드립니다
견적 정도 필요합니다 찾습니다 찾고 있는데 위해 위한 하는데 다음 이번 매일 해서 드릴 나눠 받고 싶은데 싶습니다 좋겠고 좋겠습니다 연락 바랍니다
개최하며 여는데 진행하는데 준비하고 개당 이하 이내 예산 각 전주 행사 행사용 용 사용 납품 대량 정기적으로 매달 희망하며 포함 기관 업체 곳 곳은 곳을
이었으면 참석자 참가자 어르신 학생들이 조사원들이 방문객 인분 때 쓸 세워 둘 입구에 걸 열리는 새로 가꾸려고 하는데 심을 구입하고자 착용할 소재면 들어가지 않은'''.split())
SUFFIX = ['에서는', '에서', '에게', '으로', '이랑', '하고', '까지', '부터', '에는', '께서', '께', '을', '를', '이', '가', '은', '는', '에', '로', '의', '와', '과', '도', '랑']
SWEEP_EXTRA = {  # standard words behind synonym/typo/hanyeong/choseong needs, used only by the sweep
 '포스트잇': ['메모지'], '딱풀': ['풀'], '스카치테이프': ['테이프'], '찌라시 인쇄': ['전단'], '뽁뽁이': ['에어캡', '완충'],
 '네임펜': ['마커', '매직'], '구루마': ['카트', '수레'], '대일밴드': ['밴드', '반창고'], '바께스': ['양동이', '물통'],
 '크리넥스': ['티슈'], '사무실 쓰레빠': ['슬리퍼', '실내화'], '스테플러': ['스테이플러'], '볼팬': ['볼펜'], '수정태이프': ['수정테이프'],
 '플랜카드 제작': ['현수막', '플래카드'], '메세지 카드': ['메시지', '카드'], '설겆이 세제': ['주방세제', '세제'], '찹살떡': ['찹쌀떡', '찰떡'],
 '손소독재': ['소독'], '쓰래기 봉투': ['쓰레기', '봉투'], '케익': ['케이크'], '베게': ['베개'],
}

def content_words(x):
    if x['k'] in ('hanyeong', 'choseong'):
        text = x['intended']
    elif x['k'] == 'multi_item':
        text = ' '.join(it['item'] for it in x['items'])
    else:
        text = x['text']
    ws = set()
    for t in re.split(r'[\s,]+', text):
        for s in SUFFIX:
            if t.endswith(s) and len(t) - len(s) >= 2:
                t = t[:-len(s)]; break
        if len(t) >= 2 and t not in STOP and not re.search(r'\d', t) and not re.fullmatch(r'[ㄱ-ㅎ]+', t):
            ws.add(t)
    if x['k'] == 'location':
        ws = {x['shop'].replace('집', '') if x['shop'].endswith('집') and len(x['shop']) > 2 else x['shop']}
    for w in SWEEP_EXTRA.get(x['text'], []):
        ws.add(w)
    return ws

def sweep(key, x, labels):
    hits = []
    for code in CAT:
        if code in labels: continue
        t = ptext(code)
        ws = [w for w in content_words(x) if w in t]
        if ws: hits.append((code, ws))
    return hits

def main(check_only=False):
    kn = keyed_needs()
    allq, unreviewed, review_log = {}, [], []
    for key, x in kn:
        lab = label(key, x)
        for (k2, code), (rel, item, why) in review_data.OVERRIDES.items():
            if k2 == key:
                lab[code] = (rel, item) if rel else None
                if rel == 0: del lab[code]
                review_log.append([key, code, rel, why])
        if x['k'] != 'no_match':
            for code, ws in sweep(key, x, lab):
                if (key, code) in review_data.REVIEWED:
                    review_log.append([key, code, 0, review_data.REVIEWED[(key, code)]])
                elif (key, code) in review_data.OVERRIDES:
                    pass
                else:
                    rule = review_data.rule_for(key, x, code, ws, CAT[code], META[code])
                    if rule: review_log.append([key, code, 0, rule])
                    else: unreviewed.append((key, x['text'], code, CAT[code]['제품명'], ws))
        allq[key] = lab
    for u in unreviewed: print('UNREVIEWED', *u)
    print('unreviewed:', len(unreviewed))
    if check_only or unreviewed:
        return
    # -------- shuffle and write
    rng = random.Random(4711)
    order = [k for k, _ in kn]
    rng.shuffle(order)
    idmap = {k: 'ZZJ-Q%03d' % i for i, k in enumerate(order, 1)}
    X = dict(kn)
    def w(name, header, rows):
        with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='') as f:
            cw = csv.writer(f); cw.writerow(header); cw.writerows(rows)
    w('queries.csv', ['수요번호', '수요내용', '수량', '예산'],
      [[idmap[k], X[k]['text'], X[k].get('qty', ''), X[k].get('budget', '')] for k in order])
    w('query_kinds.csv', ['수요번호', '유형'], [[idmap[k], X[k]['k']] for k in order])
    qrows = []
    for k in order:
        for code in sorted(allq[k]):
            rel, item = allq[k][code]
            qrows.append([idmap[k], code, rel, item if X[k]['k'] == 'multi_item' else ''])
    w('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'], qrows)
    w('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'],
      [[idmap[k], X[k]['level'], X[k]['overlap'], X[k]['reason']] for k in order if X[k]['k'] == 'no_match'])
    w('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'],
      [[idmap[k], X[k]['text'], X[k]['intended']] for k in order if X[k]['k'] == 'hanyeong'])
    w('tools/id_map.csv', ['수요번호', '내부키', '유형', '기관'], [[idmap[k], k, X[k]['k'], X[k]['inst']] for k in order])
    w('tools/review_log.csv', ['내부키', '수요번호', '수요내용', '제품코드', '제품명', '결정관련도', '이유'],
      [[r[0], idmap[r[0]], X[r[0]]['text'], r[1], CAT[r[1]]['제품명'], r[2], r[3]] for r in review_log])
    print('written', len(order), 'needs', len(qrows), 'qrels')

if __name__ == '__main__':
    main('--check' in sys.argv)
