# -*- coding: utf-8 -*-
"""Validate set-m files. Exit code 1 on any failure."""
import csv, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kbd, needs_data as ND

ERR = []
def err(m): ERR.append(m)
def read(name, header):
    with open(os.path.join(OUT, name), encoding='utf-8', newline='') as f:
        rd = csv.reader(f); h = next(rd); rows = list(rd)
    if h != header: err('%s header %r' % (name, h))
    for i, r in enumerate(rows):
        if len(r) != len(header): err('%s row %d has %d fields' % (name, i + 2, len(r)))
    return [dict(zip(header, r)) for r in rows]

WAN = ['중앙동', '효자동1가', '효자동2가', '효자동3가', '삼천동1가', '삼천동2가', '삼천동3가', '평화동1가', '평화동2가', '서신동',
       '중화산동1가', '중화산동2가', '서노송동', '풍남동1가', '풍남동2가', '풍남동3가', '교동', '전동', '동완산동', '서완산동1가',
       '서완산동2가', '태평동', '다가동', '고사동', '경원동', '완산동', '대성동', '색장동', '석구동', '원당동', '중인동', '용복동', '상림동']
DEOK = ['인후동1가', '인후동2가', '덕진동1가', '덕진동2가', '금암동', '팔복동1가', '팔복동2가', '팔복동3가', '팔복동4가', '송천동1가',
        '송천동2가', '호성동1가', '호성동2가', '호성동3가', '우아동1가', '우아동2가', '우아동3가', '산정동', '진북동', '여의동', '반월동',
        '만성동', '중동', '장동', '도도동', '동산동', '고랑동', '전미동1가', '전미동2가', '도덕동', '용정동', '성덕동', '원동', '남정동',
        '강흥동', '화전동', '조촌동']
TYPES = {'사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'}

cat = read('catalog.csv', ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소'])
codes = [r['제품코드'] for r in cat]
if codes != ['M%04d' % i for i in range(1, len(cat) + 1)]: err('catalog codes not M0001.. sequential')
if not 250 <= len(cat) <= 310: err('catalog size %d' % len(cat))
ents = {}
for r in cat:
    if r['기업유형'] not in TYPES: err('type ' + r['기업유형'])
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']): err('brn ' + r['사업자등록번호'])
    if not re.fullmatch(r'[1-9]\d*', r['단가']): err('price ' + r['단가'])
    m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) \S+ \d+(-\d+)? \((\S+)\)', r['주소'])
    if not m: err('addr ' + r['주소'])
    else:
        gu, dong = m.group(1), m.group(3)
        if dong not in (WAN if gu == '완산구' else DEOK): err('dong/gu mismatch ' + r['주소'])
    key = r['기업명']
    if key in ents and ents[key] != (r['기업유형'], r['사업자등록번호'], r['주소']): err('enterprise inconsistent ' + key)
    ents[key] = (r['기업유형'], r['사업자등록번호'], r['주소'])
if len(set(v[1] for v in ents.values())) != len(ents): err('duplicate brn')
ncat = len(set(r['분류'] for r in cat))
CTEXT = '\n'.join(v for r in cat for v in r.values())
CNOSP = CTEXT.replace(' ', '')

qs = read('queries.csv', ['수요번호', '수요내용', '수량', '예산'])
if [q['수요번호'] for q in qs] != ['M-Q%03d' % i for i in range(1, 151)]: err('query ids')
for q in qs:
    for f in ('수량', '예산'):
        if q[f] and not re.fullmatch(r'\d+', q[f]): err('int field %s %s' % (q['수요번호'], q[f]))
kinds = {r['수요번호']: r['유형'] for r in read('query_kinds.csv', ['수요번호', '유형'])}
want = {k: 11 for k in ['exact', 'synonym', 'typo', 'hanyeong', 'spacing', 'choseong', 'quantity', 'long_sentence',
                        'category', 'location']}
want.update(multi_item=10, no_match=30)
cnt = collections.Counter(kinds.values())
if dict(cnt) != want: err('kind counts %r' % dict(cnt))
if set(kinds) != {q['수요번호'] for q in qs}: err('kinds ids differ')
text = {q['수요번호']: q['수요내용'] for q in qs}
# first 30 ids must not all be one kind (shuffled)
if len(set(kinds['M-Q%03d' % i] for i in range(1, 31))) < 6: err('numbering looks unshuffled')

qr = read('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'])
cs = set(codes); by = collections.defaultdict(list); seen = set()
for r in qr:
    if r['제품코드'] not in cs: err('qrels code missing ' + r['제품코드'])
    if r['관련도'] not in ('1', '2'): err('grade ' + r['관련도'])
    if (r['수요번호'], r['제품코드']) in seen: err('dup qrel %s %s' % (r['수요번호'], r['제품코드']))
    seen.add((r['수요번호'], r['제품코드'])); by[r['수요번호']].append(r)
    k = kinds.get(r['수요번호'])
    if k == 'no_match': err('qrel for no_match ' + r['수요번호'])
    if k == 'multi_item' and r['관련도'] == '2' and not r['품목']: err('multi 품목 empty ' + r['수요번호'])
    if (k != 'multi_item' or r['관련도'] == '1') and r['품목']: err('품목 set wrongly ' + r['수요번호'])
for qid, k in kinds.items():
    if k != 'no_match' and not any(r['관련도'] == '2' for r in by[qid]): err('no grade-2 for ' + qid)
    if k == 'multi_item':
        n_items = len({r['품목'] for r in by[qid] if r['품목']})
        if n_items < 2: err('multi_item with <2 covered items ' + qid)

nm = read('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
if sorted(r['수요번호'] for r in nm) != sorted(q for q, k in kinds.items() if k == 'no_match'): err('no_match_detail ids')
if collections.Counter(r['난이도'] for r in nm) != collections.Counter(hard=20, easy=10): err('no_match difficulty counts')
for r in nm:
    if r['난이도'] == 'easy' and any(w in CTEXT for w in text[r['수요번호']].split() if len(w) >= 2):
        err('easy no_match shares a word with catalog: ' + text[r['수요번호']])

hy = read('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'])
if sorted(r['수요번호'] for r in hy) != sorted(q for q, k in kinds.items() if k == 'hanyeong'): err('hanyeong ids')
for r in hy:
    if r['입력'] != text[r['수요번호']]: err('hanyeong input differs from query ' + r['수요번호'])
    if kbd.to_hangul(r['입력']) != r['의도한 한글']: err('hanyeong decode %s -> %s' % (r['입력'], kbd.to_hangul(r['입력'])))
    enc = ' '.join(kbd.to_keys(t) if re.fullmatch(r'[a-zA-Z]+', s) else s
                   for s, t in zip(r['입력'].split(' '), r['의도한 한글'].split(' ')))
    if enc != r['입력']: err('hanyeong encode %s -> %s' % (r['의도한 한글'], enc))
    if not re.search(r'[a-zA-Z]{2,}', r['입력']): err('hanyeong has no latin run')

# per-kind checks using the needs source (matched by text)
src = {n['text']: n for n in ND.NEEDS}
prod = {r['제품코드']: r for r in cat}
for qid, k in kinds.items():
    if k == 'no_match': continue
    n = src.get(text[qid])
    if not n or n['kind'] != k: err('query not traceable to needs_data ' + qid); continue
    g2 = [prod[r['제품코드']] for r in by[qid] if r['관련도'] == '2']
    if k in ('synonym', 'typo'):
        if n['word'] not in text[qid]: err('word not in query ' + qid)
        if n['word'] in CTEXT or n['word'] in CNOSP: err('%s word present in catalog: %s' % (k, n['word']))
    if k == 'spacing':
        qf = next(t for t in [text[qid]] )
        cf = n['cat']
        if cf not in CTEXT: err('spacing catalog form missing ' + cf)
        # the query variant (its tokens covering the catalog form) must not occur in catalog
        nosp = cf.replace(' ', '')
        m = None
        for i in range(len(qf)):
            for j in range(i + 1, len(qf) + 1):
                if qf[i:j].replace(' ', '') == nosp and qf[i] != ' ' and qf[j - 1] != ' ':
                    m = qf[i:j]
        if not m: err('spacing variant not found in query ' + qid)
        elif m == cf or m in CTEXT: err('spacing variant same as catalog ' + m)
    if k == 'choseong':
        tok = text[qid].split()[0]
        if not all('ㄱ' <= ch <= 'ㅎ' for ch in tok): err('choseong token ' + tok)
        if kbd.choseong(n['word']) != tok: err('choseong mismatch %s %s' % (tok, n['word']))
        if n['word'] not in CTEXT: err('choseong word not in catalog ' + n['word'])
        if not any(n['word'] in (p['제품명'] + p['설명']) for p in g2): err('no grade-2 product contains ' + n['word'])
    if k == 'location':
        if n['dong'] not in text[qid]: err('dong not in query ' + qid)
        if not any(('(' + n['dong']) in p['주소'] for p in g2): err('location grade-2 not in dong ' + qid)
        g1 = [prod[r['제품코드']] for r in by[qid] if r['관련도'] == '1']
        if any(('(' + n['dong']) in p['주소'] for p in g1): err('location grade-1 inside dong ' + qid)
        if not re.search(r'(집|소|방|가게)', text[qid].replace(n['dong'], '')): err('no shop word ' + qid)

if not os.path.exists(os.path.join(OUT, 'README.md')): err('README.md missing')
print('catalog %d products, %d enterprises, %d categories; queries %d; qrels %d' % (len(cat), len(ents), ncat, len(qs), len(qr)))
print('kinds', dict(cnt))
if ERR:
    print('FAIL', len(ERR)); [print(' -', e) for e in ERR[:60]]; sys.exit(1)
print('OK')
