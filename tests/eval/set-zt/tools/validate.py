# -*- coding: utf-8 -*-
"""평가셋 검사: 형식, 개수, 코드 존재, 관련도 2 존재, 한영 왕복, 초성, synonym/typo 말 부재, 띄어쓰기, 동 이름."""
import csv, os, re, sys
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kbd
from needs_data import NEEDS, NO_MATCH

ERR = []
def err(m): ERR.append(m)

# 실제 전주시 법정동 (구별)
REAL = {
    '완산구': '''중앙동1가 중앙동2가 중앙동3가 중앙동4가 경원동1가 경원동2가 경원동3가 풍남동1가 풍남동2가 풍남동3가
        전동 전동3가 다가동1가 다가동2가 다가동3가 다가동4가 고사동 교동 태평동 중노송동 남노송동 서노송동
        동완산동 서완산동1가 서완산동2가 동서학동 서서학동 중화산동1가 중화산동2가 서신동 석구동 원당동
        평화동1가 평화동2가 중인동 용복동 삼천동1가 삼천동2가 삼천동3가 효자동1가 효자동2가 효자동3가
        대성동 색장동 상림동'''.split(),
    '덕진구': '''진북동 인후동1가 인후동2가 덕진동1가 덕진동2가 금암동 팔복동1가 팔복동2가 팔복동3가 팔복동4가
        산정동 금상동 우아동1가 우아동2가 우아동3가 호성동1가 호성동2가 호성동3가 전미동1가 전미동2가
        송천동1가 송천동2가 반월동 화전동 용정동 성덕동 원동 고랑동 여의동 만성동 장동 도도동 강흥동
        도덕동 남정동 중동 동산동'''.split(),
}
ALLDONG = set(REAL['완산구']) | set(REAL['덕진구'])
BASEDONG = {re.sub(r'\d가$', '', d) for d in ALLDONG}

HEAD = {
    'catalog.csv': ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소'],
    'queries.csv': ['수요번호', '수요내용', '수량', '예산'],
    'query_kinds.csv': ['수요번호', '유형'],
    'qrels.csv': ['수요번호', '제품코드', '관련도', '품목'],
    'no_match_detail.csv': ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'],
    'hanyeong_intended.csv': ['수요번호', '입력', '의도한 한글'],
}
data = {}
for fn, h in HEAD.items():
    p = os.path.join(OUT, fn)
    raw = open(p, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err('%s has BOM' % fn)
    raw.decode('utf-8')
    rows = list(csv.reader(open(p, encoding='utf-8')))
    if rows[0] != h: err('%s header %r' % (fn, rows[0]))
    for r in rows[1:]:
        if len(r) != len(h): err('%s bad row %r' % (fn, r))
    data[fn] = [dict(zip(h, r)) for r in rows[1:]]

# ---- catalog
cat = data['catalog.csv']
codes = [r['제품코드'] for r in cat]
if codes != ['ZT%04d' % i for i in range(1, len(cat) + 1)]: err('product codes not sequential')
if not 280 <= len(cat) <= 320: err('product count %d' % len(cat))
ents = {r['기업명'] for r in cat}
if not 60 <= len(ents) <= 70: err('enterprise count %d' % len(ents))
cats = {r['분류'] for r in cat}
if not 25 <= len(cats) <= 36: err('category count %d' % len(cats))
TYPES = {'사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'}
bizmap = defaultdict(set)
for r in cat:
    if r['기업유형'] not in TYPES: err('type %s' % r['기업유형'])
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']): err('biz %s' % r['사업자등록번호'])
    if not re.fullmatch(r'\d+', r['단가']): err('price %s' % r['단가'])
    m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) \S+ \d+ \((\S+)\)', r['주소'])
    if not m: err('addr %s' % r['주소'])
    elif m.group(2) not in REAL[m.group(1)]: err('dong %s not in %s' % (m.group(2), m.group(1)))
    bizmap[r['기업명']].add(r['사업자등록번호'])
if any(len(v) != 1 for v in bizmap.values()): err('enterprise with several biz numbers')
if len({next(iter(v)) for v in bizmap.values()}) != len(bizmap): err('duplicate biz numbers')
cattext = '\n'.join(' '.join(r.values()) for r in cat)
prodtext = '\n'.join(' '.join([r['제품명'], r['규격'], r['설명'], r['분류']]) for r in cat)

# ---- queries / kinds
qs = {r['수요번호']: r for r in data['queries.csv']}
if sorted(qs) != ['ZT-Q%03d' % i for i in range(1, 151)]: err('query ids')
for r in data['queries.csv']:
    for c in ('수량', '예산'):
        if r[c] and not re.fullmatch(r'\d+', r[c]): err('%s %s' % (c, r))
kind = {r['수요번호']: r['유형'] for r in data['query_kinds.csv']}
KINDS = ['exact', 'synonym', 'typo', 'hanyeong', 'spacing', 'choseong', 'quantity', 'long_sentence', 'category', 'location', 'multi_item', 'no_match']
kc = Counter(kind.values())
for k in KINDS[:-1]:
    if not 10 <= kc[k] <= 11: err('kind %s count %d' % (k, kc[k]))
if kc['no_match'] != 30: err('no_match count')
if set(kc) - set(KINDS): err('bad kinds')
if sum(kc.values()) != 150 or set(kind) != set(qs): err('kinds/queries mismatch')

# ---- id map and need texts unchanged
idmap = {r['수요번호']: r['내부키'] for r in csv.DictReader(open(os.path.join(HERE, 'id_map.csv'), encoding='utf-8'))}
byk = {n['key']: n for n in NEEDS + NO_MATCH}
for qid, k in idmap.items():
    n = byk[k]
    if qs[qid]['수요내용'] != n['text']: err('text mismatch %s' % qid)
    if kind[qid] != n['kind']: err('kind mismatch %s' % qid)
    if n['kind'] not in ('no_match',) and len(set(n['want'] + n['ok'])) == 0 and not n['items'] and n['kind'] != 'location':
        err('need without tags %s' % k)

# ---- qrels
qr = defaultdict(list)
seen = set()
codeset = set(codes)
for r in data['qrels.csv']:
    q, c = r['수요번호'], r['제품코드']
    if q not in qs: err('qrels unknown query %s' % q)
    if c not in codeset: err('qrels unknown code %s' % c)
    if r['관련도'] not in ('1', '2'): err('rel %s' % r)
    if (q, c) in seen: err('dup %s %s' % (q, c))
    seen.add((q, c))
    if kind.get(q) == 'multi_item':
        if not r['품목']: err('multi_item without 품목 %s' % r)
    elif r['품목']: err('품목 outside multi_item %s' % r)
    qr[q].append(r)
for q, k in kind.items():
    if k == 'no_match':
        if qr[q]: err('no_match with qrels %s' % q)
    elif not any(r['관련도'] == '2' for r in qr[q]):
        err('no relevance-2 product for %s' % q)
    if k == 'multi_item':
        n = byk[idmap[q]]
        for it in n['items']:
            if not any(r['관련도'] == '2' and r['품목'] == it['item'] for r in qr[q]):
                err('multi_item %s item %s has no relevance 2' % (q, it['item']))
            if it['item'] not in n['text']: err('품목 %s not as written in need %s' % (it['item'], q))

# ---- hanyeong
hy = {r['수요번호']: r for r in data['hanyeong_intended.csv']}
if set(hy) != {q for q, k in kind.items() if k == 'hanyeong'}: err('hanyeong_intended ids')
full = mixed = 0
for q, r in hy.items():
    inp, want = r['입력'], r['의도한 한글']
    if inp != qs[q]['수요내용']: err('hanyeong input mismatch %s' % q)
    if re.fullmatch(r'[\x20-\x7e]+', inp):
        full += 1
        if kbd.keys_to_hangul(inp) != want or kbd.hangul_to_keys(want) != inp: err('round trip %s %s' % (inp, want))
    else:
        mixed += 1
        if kbd.convert_mixed(inp) != want: err('mixed convert %s -> %s' % (inp, kbd.convert_mixed(inp)))
        # 영문 부분은 의도한 한글 부분을 자판으로 친 것과 같아야 함
        back = re.sub(r'[가-힣]+', lambda m: m.group(0), want)
        parts_in, parts_w = inp.split(), want.split()
        if len(parts_in) != len(parts_w): err('mixed token count %s' % q)
        for a, b in zip(parts_in, parts_w):
            if re.fullmatch(r'[A-Za-z]+', a) and kbd.hangul_to_keys(b) != a: err('mixed part %s %s' % (a, b))
            if re.search(r'[가-힣]', a) and a != b: err('mixed hangul part %s %s' % (a, b))
if (full, mixed) != (8, 3): err('hanyeong full/mixed %d/%d' % (full, mixed))
for q, r in hy.items():
    if r['의도한 한글'] != byk[idmap[q]]['intended']: err('intended mismatch %s' % q)

# ---- choseong
for n in NEEDS:
    if n['kind'] == 'choseong':
        ti, ii = n['text'].split(), n['intended'].split()
        if len(ti) != len(ii): err('choseong token count %s' % n['text'])
        for a, b in zip(ti, ii):
            if a != b and kbd.choseong(b) != a: err('choseong %s %s' % (a, b))
        if not re.fullmatch(r'[ㄱ-ㅎ]+', ti[0]): err('choseong first token %s' % n['text'])
        if not re.search(r'[ㄱ-ㅎ]{2,}', n['text']): err('choseong letters %s' % n['text'])

# ---- synonym / typo words absent from catalog
for n in NEEDS:
    if n['kind'] in ('synonym', 'typo'):
        if not n['word'] or n['word'] not in n['text']: err('word missing in need %s' % n['key'])
        elif n['word'] in cattext: err('%s word %s appears in catalog' % (n['kind'], n['word']))

# ---- spacing: 수요 표기는 카탈로그에 없고, 띄어쓰기만 다른 표기는 있다
SPACED_FORM = {'SP03': '나무 이름표', 'SP05': '단체 티셔츠', 'SP10': '겨울 이불'}
for n in NEEDS:
    if n['kind'] == 'spacing':
        t = n['text']
        if t in prodtext: err('spacing text as written appears in catalog %s' % t)
        other = SPACED_FORM.get(n['key']) or t.replace(' ', '')
        if other.replace(' ', '') != t.replace(' ', ''): err('spacing form differs in letters %s' % t)
        if other not in prodtext: err('catalog form %s missing' % other)

# ---- location dong names real
for n in NEEDS:
    if n['kind'] == 'location':
        if n['dong'] not in BASEDONG: err('dong %s not real' % n['dong'])
        if not n['text'].startswith(n['dong']): err('location text %s' % n['text'])

# ---- no_match detail
nmd = data['no_match_detail.csv']
if len(nmd) != 30 or {r['수요번호'] for r in nmd} != {q for q, k in kind.items() if k == 'no_match'}: err('no_match_detail ids')
lv = Counter(r['난이도'] for r in nmd)
if lv != Counter({'어려움': 20, '쉬움': 10}): err('no_match levels %r' % lv)
for r in nmd:
    if r['난이도'] == '어려움':
        for w in [x.strip() for x in r['겹치는 말'].split(',') if x.strip()]:
            if w not in prodtext: err('hard no_match overlap word %s not in catalog' % w)

# ---- quantity field only for counted needs
for qid, k in idmap.items():
    n = byk[k]
    if qs[qid]['수량'] and str(n['qty']) not in n['text'].replace(',', ''):
        err('수량 %s not stated in need %s' % (qs[qid]['수량'], qid))

# ---- sweep fully reviewed
if open(os.path.join(HERE, 'sweep_unreviewed.txt'), encoding='utf-8').read().strip():
    err('unreviewed sweep hits remain')

print('products=%d enterprises=%d categories=%d queries=%d qrels=%d' % (len(cat), len(ents), len(cats), len(qs), len(data['qrels.csv'])))
print('kinds', dict(kc))
if ERR:
    print('ERRORS (%d):' % len(ERR))
    for e in ERR: print('  -', e)
    sys.exit(1)
print('OK')
