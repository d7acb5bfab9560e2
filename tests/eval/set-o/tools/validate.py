# -*- coding: utf-8 -*-
"""Validate set-o files. Usage: python3 validate.py [--sweep]"""
import csv, os, re, sys
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import kbd
from needs_data import NEEDS
ROOT = os.path.dirname(HERE)
ERR = []
def err(m): ERR.append(m)
def read(name, header):
    with open(os.path.join(ROOT, name), encoding='utf-8', newline='') as f:
        rows = list(csv.reader(f))
    if rows[0] != header:
        err('%s header %r' % (name, rows[0]))
    return [dict(zip(header, r)) for r in rows[1:]]

TYPES = {'사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'}
WANSAN = ['중앙동', '효자동1가', '효자동2가', '효자동3가', '삼천동1가', '삼천동2가', '삼천동3가', '평화동1가', '평화동2가',
          '서신동', '중화산동1가', '중화산동2가', '서노송동', '풍남동1가', '풍남동2가', '풍남동3가', '교동', '전동', '동완산동',
          '서완산동1가', '서완산동2가', '태평동', '다가동', '고사동', '경원동', '완산동', '대성동', '색장동', '석구동', '원당동',
          '중인동', '용복동', '상림동']
DEOKJIN = ['인후동1가', '인후동2가', '덕진동1가', '덕진동2가', '금암동', '팔복동1가', '팔복동2가', '팔복동3가', '팔복동4가',
           '송천동1가', '송천동2가', '호성동1가', '호성동2가', '호성동3가', '우아동1가', '우아동2가', '우아동3가', '산정동',
           '진북동', '여의동', '반월동', '만성동', '중동', '장동', '도도동', '동산동', '고랑동', '전미동1가', '전미동2가',
           '도덕동', '용정동', '성덕동', '원동', '남정동', '강흥동', '화전동', '조촌동']

cat = read('catalog.csv', ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소'])
codes = {}
for i, r in enumerate(cat, 1):
    if r['제품코드'] != 'O%04d' % i: err('code order ' + r['제품코드'])
    codes[r['제품코드']] = r
    if r['기업유형'] not in TYPES: err('type ' + r['제품코드'])
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']): err('brn ' + r['제품코드'])
    if not re.fullmatch(r'[1-9]\d*', r['단가']): err('price ' + r['제품코드'])
    m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) \S+로 \d+ \((\S+)\)', r['주소'])
    if not m: err('addr ' + r['주소']); continue
    gu, dong = m.groups()
    if dong not in (WANSAN if gu == '완산구' else DEOKJIN): err('dong/gu ' + r['주소'])
    for h in ['기업명', '제품명', '분류', '규격', '단위', '설명']:
        if not r[h].strip(): err('empty %s %s' % (h, r['제품코드']))
ents = {r['기업명'] for r in cat}
brn = defaultdict(set)
for r in cat: brn[r['사업자등록번호']].add(r['기업명'])
if any(len(v) > 1 for v in brn.values()): err('brn shared by enterprises')
cats = {r['분류'] for r in cat}
if not (250 <= len(cat) <= 310): err('catalog size %d' % len(cat))
if not (50 <= len(ents) <= 75): err('enterprises %d' % len(ents))
if not (20 <= len(cats) <= 30): err('categories %d' % len(cats))
CAT_TEXT = '\n'.join(' '.join(r.values()) for r in cat)
CAT_NOSP = CAT_TEXT.replace(' ', '')

qs = read('queries.csv', ['수요번호', '수요내용', '수량', '예산'])
kinds = read('query_kinds.csv', ['수요번호', '유형'])
qrels = read('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'])
nmd = read('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
hy = read('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'])
if [q['수요번호'] for q in qs] != ['O-Q%03d' % i for i in range(1, 151)]: err('query ids')
for q in qs:
    for h in ['수량', '예산']:
        if q[h] and not re.fullmatch(r'[1-9]\d*', q[h]): err('%s %s' % (h, q['수요번호']))
kind = {k['수요번호']: k['유형'] for k in kinds}
if set(kind) != {q['수요번호'] for q in qs}: err('kinds ids')
EXPECT = dict(exact=11, synonym=11, typo=11, hanyeong=11, spacing=11, choseong=11, quantity=11,
              long_sentence=11, category=11, location=11, multi_item=10, no_match=30)
if Counter(kind.values()) != Counter(EXPECT): err('kind counts %r' % Counter(kind.values()))
qtext = {q['수요번호']: q['수요내용'] for q in qs}
# map query id -> need object (by text+kind)
need_by = {}
for n in NEEDS:
    need_by[(n['kind'], n['text'])] = n
qneed = {}
for qid, t in qtext.items():
    if kind[qid] != 'no_match':
        n = need_by.get((kind[qid], t))
        if n is None: err('need not found ' + qid)
        qneed[qid] = n
rel = defaultdict(list)
seen = set()
for r in qrels:
    if r['제품코드'] not in codes: err('qrels unknown code ' + r['제품코드'])
    if r['관련도'] not in ('1', '2'): err('grade ' + str(r))
    if (r['수요번호'], r['제품코드']) in seen: err('dup qrel ' + str(r))
    seen.add((r['수요번호'], r['제품코드']))
    rel[r['수요번호']].append(r)
for qid, k in kind.items():
    rs = rel.get(qid, [])
    if k == 'no_match':
        if rs: err('no_match has qrels ' + qid)
        continue
    g2 = [r for r in rs if r['관련도'] == '2']
    if not g2: err('no grade2 ' + qid)
    n = qneed.get(qid)
    if not n: continue
    ex = n['extra']
    if k == 'multi_item':
        labs = set(ex['items'])
        if any(r['품목'] not in labs for r in g2): err('multi label missing ' + qid)
        if {r['품목'] for r in g2} != labs: err('multi item without grade2 ' + qid)
    if any(r['품목'] and (k != 'multi_item' or r['관련도'] != '2') for r in rs): err('품목 misuse ' + qid)
    if k in ('synonym', 'typo'):
        w = ex['absent']
        if w not in qtext[qid]: err('absent word not in query ' + qid)
        if w in CAT_TEXT: err('word in catalog: %s %s' % (qid, w))
    if k == 'spacing':
        v = ex['variant']
        if v not in qtext[qid]: err('variant not in query ' + qid)
        if v in CAT_TEXT: err('spacing variant present as typed ' + qid)
        if v.replace(' ', '') not in CAT_NOSP: err('spacing compound absent ' + qid)
    if k == 'choseong':
        cs, w = ex['cs'], ex['word']
        if not qtext[qid].startswith(cs) or kbd.choseong(w) != cs: err('choseong mismatch ' + qid)
        if not all('ㄱ' <= c <= 'ㅎ' for c in cs): err('choseong chars ' + qid)
        if not any(w in (codes[r['제품코드']]['제품명'] + codes[r['제품코드']]['설명'] + codes[r['제품코드']]['분류']).replace(' ', '') for r in g2):
            err('choseong word not in grade2 products ' + qid)
    if k == 'location':
        d = ex['dong']
        if d not in qtext[qid]: err('dong not in query ' + qid)
        if any(d not in codes[r['제품코드']]['주소'] for r in g2): err('location g2 wrong dong ' + qid)
        if not any(r['관련도'] == '1' for r in rs): err('location no grade1 elsewhere ' + qid)
        if not any(s in qtext[qid] for s in ('집', '소', '방', '가게')): err('location shop word ' + qid)
    if k == 'exact':
        if not any(qtext[qid].replace(' ', '') in codes[r['제품코드']]['제품명'].replace(' ', '') for r in g2):
            err('exact name not in grade2 product names ' + qid)
    if k == 'quantity':
        if not re.search(r'\d', qtext[qid]): err('quantity without number ' + qid)
# hanyeong
hyd = {h['수요번호']: h for h in hy}
if set(hyd) != {q for q, k in kind.items() if k == 'hanyeong'}: err('hanyeong ids')
for qid, h in hyd.items():
    if h['입력'] != qtext[qid]: err('hanyeong input mismatch ' + qid)
    if kbd.keys_to_hangul(h['입력']) != h['의도한 한글']: err('hanyeong decode ' + qid)
    if not re.search(r'[A-Za-z]', h['입력']): err('hanyeong no latin ' + qid)
    for run in re.findall(r'[A-Za-z]+', h['입력']):
        if kbd.hangul_to_keys(kbd.keys_to_hangul(run)) != run: err('hanyeong roundtrip ' + qid)
# no match detail
if Counter(r['난이도'] for r in nmd) != Counter(hard=20, easy=10): err('no_match difficulty counts')
if {r['수요번호'] for r in nmd} != {q for q, k in kind.items() if k == 'no_match'}: err('no_match ids')
for r in nmd:
    if r['난이도'] == 'hard' and not r['겹치는 말']: err('hard without overlap ' + r['수요번호'])
    if not r['해당 없음 이유']: err('no reason ' + r['수요번호'])

# words that the no-match needs ask for must not be offered
for w in ['렌탈', '렌털', '임대', '오븐', '수리', '방수 공사', '기와', '캠코더', '자수기', '한복', '승마', '전세버스', '탑차', '전기가마', '인쇄기', '취약점', '소방시설', '항공권', '굴착기', '임플란트', '보험', '비트코인']:
    if w in CAT_TEXT: err('no-match word offered in catalog: ' + w)
if '--sweep' in sys.argv:
    # keyword sweep: products whose 제품명 contains a query word but are not labelled
    labelled = defaultdict(set)
    for r in qrels: labelled[r['수요번호']].add(r['제품코드'])
    for qid, n in sorted(qneed.items()):
        if kind[qid] in ('hanyeong', 'choseong', 'location'): continue
        words = [w for w in re.findall(r'[가-힣A-Za-z0-9]{2,}', qtext[qid])]
        for c, p in codes.items():
            if c in labelled[qid]: continue
            hit = [w for w in words if w in p['제품명']]
            if hit:
                print('SWEEP', qid, kind[qid], qtext[qid][:30], '|', c, p['제품명'], hit)
kc = Counter(kind.values())
print('catalog %d products, %d enterprises, %d categories' % (len(cat), len(ents), len(cats)))
print('queries %d, qrels %d (g2 %d, g1 %d)' % (len(qs), len(qrels), sum(r['관련도'] == '2' for r in qrels), sum(r['관련도'] == '1' for r in qrels)))
print('kinds', dict(kc))
if ERR:
    print('ERRORS (%d):' % len(ERR)); [print(' -', e) for e in ERR[:60]]
    sys.exit(1)
print('VALIDATION PASSED')
