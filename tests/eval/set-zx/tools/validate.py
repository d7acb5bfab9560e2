# -*- coding: utf-8 -*-
"""형식·개수·코드·관련도·한영·초성·동의어/오타 부재·법정동 실재 점검. 문제가 없으면 'OK' 출력."""
import csv, os, re, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
from kbd import hangul_to_keys, keys_to_hangul, choseong
from needs_data import NEEDS, NO_MATCH

TOOLS = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(TOOLS)
ERR = []
def err(m): ERR.append(m)

# 전주시 법정동 (구별). 'N가'가 붙는 동은 범위를 적는다.
DONG = {
    '완산구': {'중앙동': 4, '경원동': 3, '풍남동': 3, '전동': 0, '전동3가': 0, '다가동': 4, '고사동': 0, '교동': 0, '태평동': 0,
             '중노송동': 0, '남노송동': 0, '서노송동': 0, '동완산동': 0, '서완산동': 2, '동서학동': 0, '서서학동': 0,
             '중화산동': 2, '서신동': 0, '효자동': 3, '삼천동': 3, '평화동': 2, '대성동': 0, '색장동': 0, '석구동': 0,
             '원당동': 0, '중인동': 0, '용복동': 0, '상림동': 0},
    '덕진구': {'진북동': 0, '인후동': 2, '덕진동': 2, '금암동': 0, '팔복동': 4, '산정동': 0, '금상동': 0, '우아동': 3,
             '호성동': 3, '전미동': 2, '송천동': 2, '반월동': 0, '화전동': 0, '용정동': 0, '성덕동': 0, '원동': 0,
             '고랑동': 0, '여의동': 0, '만성동': 0, '남정동': 0, '중동': 0, '장동': 0, '도도동': 0, '강흥동': 0,
             '도덕동': 0, '용흥동': 0, '동산동': 0, '쌍정동': 0},
}
def real_dongs(gu):
    s = set()
    for d, n in DONG[gu].items():
        if n == 0: s.add(d)
        else: s.update('%s%d가' % (d, i) for i in range(1, n + 1))
    return s
BASE = set(DONG['완산구']) | set(DONG['덕진구'])

def read(name, header):
    p = os.path.join(OUT, name)
    raw = open(p, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(name + ': BOM')
    raw.decode('utf-8')
    rows = list(csv.reader(open(p, encoding='utf-8', newline='')))
    if rows[0] != header: err('%s: header %r' % (name, rows[0]))
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header): err('%s line %d: %d cols' % (name, i, len(r)))
    return [dict(zip(header, r)) for r in rows[1:]]

CAT_H = ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소']
cat = read('catalog.csv', CAT_H)
queries = read('queries.csv', ['수요번호', '수요내용', '수량', '예산'])
kinds = read('query_kinds.csv', ['수요번호', '유형'])
qrels = read('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'])
nmd = read('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
hy = read('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'])
idm = read('tools/id_map.csv', ['수요번호', '내부키', '유형', '기관'])

# ---- catalog
codes = [r['제품코드'] for r in cat]
if codes != ['ZX%04d' % i for i in range(1, len(codes) + 1)]: err('catalog codes not sequential')
if not 280 <= len(cat) <= 320: err('catalog size %d' % len(cat))
ents = {r['기업명'] for r in cat}
if not 60 <= len(ents) <= 72: err('enterprises %d' % len(ents))
cats = {r['분류'] for r in cat}
if not 25 <= len(cats) <= 36: err('categories %d' % len(cats))
bizof = {}
for r in cat:
    if r['기업유형'] not in {'사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'}: err('type ' + r['제품코드'])
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']): err('bizno ' + r['제품코드'])
    if not re.fullmatch(r'[1-9]\d*', r['단가']): err('price ' + r['제품코드'])
    m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) (\S+) (\d+) \((\S+)\)', r['주소'])
    if not m: err('addr ' + r['제품코드'])
    elif m.group(4) not in real_dongs(m.group(1)): err('addr dong %s %s' % (r['제품코드'], m.group(4)))
    if bizof.setdefault(r['기업명'], (r['사업자등록번호'], r['주소'], r['기업유형'])) != (r['사업자등록번호'], r['주소'], r['기업유형']):
        err('enterprise inconsistent ' + r['기업명'])
if len({v[0] for v in bizof.values()}) != len(bizof): err('duplicate bizno')
cattext = '\n'.join(' '.join(r.values()) for r in cat)

# ---- needs / ids
ids = ['ZX-Q%03d' % i for i in range(1, 151)]
if [r['수요번호'] for r in queries] != ids: err('query ids')
for r in queries:
    for f in ('수량', '예산'):
        if r[f] and not re.fullmatch(r'[1-9]\d*', r[f]): err('%s %s %s' % (r['수요번호'], f, r[f]))
KINDS = ['exact', 'synonym', 'typo', 'hanyeong', 'spacing', 'choseong', 'quantity', 'long_sentence', 'category', 'location', 'multi_item', 'no_match']
kc = collections.Counter(r['유형'] for r in kinds)
for k in kc:
    if k not in KINDS: err('kind ' + k)
for k in KINDS[:-1]:
    if not 10 <= kc[k] <= 11: err('kind count %s %d' % (k, kc[k]))
if sum(kc[k] for k in KINDS[:-1]) != 120 or kc['no_match'] != 30: err('kind totals %r' % kc)
kindof = {r['수요번호']: r['유형'] for r in kinds}
keyof = {r['수요번호']: r['내부키'] for r in idm}
allneeds = {n['key']: n for n in NEEDS + NO_MATCH}
qtext = {r['수요번호']: r['수요내용'] for r in queries}
for q in ids:
    n = allneeds[keyof[q]]
    if n['text'] != qtext[q]: err('text mismatch ' + q)
    if n['kind'] != kindof[q]: err('kind mismatch ' + q)
    if str(n.get('qty') or '') != next(r['수량'] for r in queries if r['수요번호'] == q): err('qty ' + q)

# ---- qrels
seen = set(); best = collections.defaultdict(int); itembest = collections.defaultdict(int)
codeset = set(codes)
for r in qrels:
    q = r['수요번호']
    if q not in kindof: err('qrels id ' + q); continue
    if r['제품코드'] not in codeset: err('qrels code ' + r['제품코드'])
    if r['관련도'] not in ('1', '2'): err('rel ' + str(r))
    if (q, r['제품코드']) in seen: err('dup ' + str(r))
    seen.add((q, r['제품코드']))
    if kindof[q] == 'no_match': err('no_match has qrels ' + q)
    if kindof[q] == 'multi_item':
        if not r['품목']: err('품목 empty ' + q)
        itembest[(q, r['품목'])] = max(itembest[(q, r['품목'])], int(r['관련도']))
    elif r['품목']: err('품목 set for non-multi ' + q)
    best[q] = max(best[q], int(r['관련도']))
for q in ids:
    n = allneeds[keyof[q]]
    if kindof[q] != 'no_match' and best[q] != 2: err('no relevance-2 product for ' + q)
    if kindof[q] == 'multi_item':
        for it in n['items']:
            if it['item'] not in n['text']: err('item not in text %s %s' % (q, it['item']))
            if itembest[(q, it['item'])] != 2: err('multi item without rel 2: %s %s' % (q, it['item']))

# ---- 한영
hyq = {r['수요번호']: r for r in hy}
full = mixed = 0
for q in ids:
    n = allneeds[keyof[q]]
    if n['kind'] != 'hanyeong': continue
    r = hyq.get(q)
    if not r or r['입력'] != n['text'] or r['의도한 한글'] != n['intended']: err('hanyeong file ' + q); continue
    if keys_to_hangul(n['text']) != n['intended']: err('keys->hangul %s %s' % (n['text'], keys_to_hangul(n['text'])))
    tt, it = n['text'].split(' '), n['intended'].split(' ')
    if len(tt) != len(it): err('hanyeong token count ' + q)
    for a, b in zip(tt, it):
        if re.fullmatch('[A-Za-z]+', a):
            if hangul_to_keys(b) != a: err('hangul->keys %s %s' % (b, hangul_to_keys(b)))
        elif a != b: err('hanyeong hangul part differs ' + q)
    if re.search('[가-힣]', n['text']): mixed += 1
    else: full += 1
if len(hy) != 11 or full != 8 or mixed != 3: err('hanyeong counts %d full %d mixed %d' % (len(hy), full, mixed))

# ---- 초성, 동의어·오타·띄어쓰기, 위치
for n in NEEDS:
    k = n['kind']
    if k == 'choseong':
        if not re.fullmatch('[ㄱ-ㅎ]+', n['cho']) or n['cho'] not in n['text']: err('choseong form ' + n['key'])
        if choseong(n['intended']).replace(' ', '') != n['cho']: err('choseong mismatch ' + n['key'])
    if k in ('synonym', 'typo'):
        if n['word'] not in n['text']: err('word not in text ' + n['key'])
        if n['word'] in cattext: err('%s word in catalog: %s' % (k, n['word']))
    if k == 'spacing':
        if n['form'] not in n['text']: err('form ' + n['key'])
        if n['form'] in cattext: err('spacing form in catalog: ' + n['form'])
        if n['form'].replace(' ', '') not in cattext.replace(' ', ''): err('spacing item absent ' + n['key'])
    if k == 'location':
        if n['dong'] not in BASE: err('dong not real ' + n['dong'])
        if not n['text'].startswith(n['dong']): err('location text ' + n['key'])

# ---- no_match detail
if len(nmd) != 30: err('no_match_detail rows')
lv = collections.Counter(r['난이도'] for r in nmd)
if lv['어려움'] != 20 or lv['쉬움'] != 10: err('no_match levels %r' % lv)
for r in nmd:
    if kindof.get(r['수요번호']) != 'no_match': err('nmd id ' + r['수요번호'])
    n = allneeds[keyof[r['수요번호']]]
    if n['level'] == 'hard':
        for wd in re.split(r',\s*', re.sub(r'\(.*?\)', '', r['겹치는 말'])):
            if wd and wd not in cattext: err('hard overlap word not in catalog %s %s' % (r['수요번호'], wd))
    else:
        for tok in re.findall(r'[가-힣A-Za-z]{2,}', n['text']):
            if tok in cattext and tok not in r['겹치는 말']:
                err('easy no_match word in catalog, not recorded %s %s' % (r['수요번호'], tok))

# ---- sweep 기록 완결
sw = list(csv.DictReader(open(os.path.join(TOOLS, 'sweep_review.csv'), encoding='utf-8')))
if any(r['결정'] == 'UNREVIEWED' for r in sw): err('unreviewed sweep rows')
if any(r['결정'] == 'REVIEWED' and not r['이유'] for r in sw): err('reviewed without reason')

if ERR:
    print('\n'.join(ERR)); print('ERRORS', len(ERR)); sys.exit(1)
print('OK: products %d, enterprises %d, categories %d, needs 150, qrels %d, kinds %s' % (
    len(cat), len(ents), len(cats), len(qrels), dict(kc)))
