# -*- coding: utf-8 -*-
"""Validate set-n files. Exit code 1 on any error."""
import csv, os, re, sys
from collections import Counter, defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kbd, needs_data as ND

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
ERR = []
def err(m): ERR.append(m)
def load(name, header):
    with open(os.path.join(BASE, name), encoding='utf-8', newline='') as f:
        r = list(csv.reader(f))
    if r[0] != header: err('%s header %r' % (name, r[0]))
    return [dict(zip(header, x)) for x in r[1:]]

WANSAN = '중앙동 효자동1가 효자동2가 효자동3가 삼천동1가 삼천동2가 삼천동3가 평화동1가 평화동2가 서신동 중화산동1가 중화산동2가 서노송동 풍남동1가 풍남동2가 풍남동3가 교동 전동 동완산동 서완산동1가 서완산동2가 태평동 다가동 고사동 경원동 완산동 대성동 색장동 석구동 원당동 중인동 용복동 상림동'.split()
DEOKJIN = '인후동1가 인후동2가 덕진동1가 덕진동2가 금암동 팔복동1가 팔복동2가 팔복동3가 팔복동4가 송천동1가 송천동2가 호성동1가 호성동2가 호성동3가 우아동1가 우아동2가 우아동3가 산정동 진북동 여의동 반월동 만성동 중동 장동 도도동 동산동 고랑동 전미동1가 전미동2가 도덕동 용정동 성덕동 원동 남정동 강흥동 화전동 조촌동'.split()
TYPES = {'사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'}

cat = load('catalog.csv', ['제품코드','기업명','기업유형','사업자등록번호','제품명','분류','규격','단가','단위','설명','주소'])
codes = [c['제품코드'] for c in cat]
if codes != ['N%04d' % i for i in range(1, len(cat) + 1)]: err('catalog codes not sequential')
for c in cat:
    if c['기업유형'] not in TYPES: err('type ' + c['제품코드'])
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', c['사업자등록번호']): err('brn ' + c['제품코드'])
    if not re.fullmatch(r'\d+', c['단가']): err('price ' + c['제품코드'])
    m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) \S+ [\d-]+ \((\S+)\)', c['주소'])
    if not m: err('addr ' + c['제품코드']); continue
    if m.group(2) not in (WANSAN if m.group(1) == '완산구' else DEOKJIN): err('dong/gu ' + c['제품코드'])
cat_text = '\n'.join(' '.join(c.values()) for c in cat)
n_ent = len({c['기업명'] for c in cat}); n_cat = len({c['분류'] for c in cat})
if not (250 <= len(cat) <= 320): err('catalog size %d' % len(cat))
byname = defaultdict(set)
for c in cat: byname[c['기업명']].add((c['기업유형'], c['사업자등록번호'], c['주소']))
for k, v in byname.items():
    if len(v) != 1: err('enterprise inconsistent ' + k)

qs = load('queries.csv', ['수요번호','수요내용','수량','예산'])
if [q['수요번호'] for q in qs] != ['N-Q%03d' % i for i in range(1, 151)]: err('query ids')
for q in qs:
    for k in ('수량', '예산'):
        if q[k] and not re.fullmatch(r'\d+', q[k]): err('int %s %s' % (k, q['수요번호']))
qtext = {q['수요번호']: q['수요내용'] for q in qs}
if len(set(qtext.values())) != 150: err('duplicate need texts')

kinds = {r['수요번호']: r['유형'] for r in load('query_kinds.csv', ['수요번호','유형'])}
cnt = Counter(kinds.values())
want = {k: 11 for k in 'exact synonym typo hanyeong spacing choseong quantity long_sentence category location'.split()}
want['multi_item'] = 10; want['no_match'] = 30
if dict(cnt) != want: err('kind counts %r' % dict(cnt))
if set(kinds) != set(qtext): err('kind ids')

rel = load('qrels.csv', ['수요번호','제품코드','관련도','품목'])
cs = set(codes); by = defaultdict(list)
seen = set()
for r in rel:
    if r['제품코드'] not in cs: err('qrels code ' + r['제품코드'])
    if r['관련도'] not in ('1', '2'): err('grade ' + str(r))
    if (r['수요번호'], r['제품코드']) in seen: err('dup qrel ' + str(r))
    seen.add((r['수요번호'], r['제품코드']))
    by[r['수요번호']].append(r)
    k = kinds.get(r['수요번호'])
    if k == 'no_match': err('qrels for no_match ' + r['수요번호'])
    if k == 'multi_item' and r['관련도'] == '2' and not r['품목']: err('multi 품목 missing ' + str(r))
    if (k != 'multi_item' or r['관련도'] == '1') and r['품목']: err('품목 should be empty ' + str(r))
for qid, k in kinds.items():
    if k == 'no_match': continue
    if not any(r['관련도'] == '2' for r in by[qid]): err('no grade-2 ' + qid)
    if k == 'multi_item':
        labs = {r['품목'] for r in by[qid] if r['관련도'] == '2'}
        if len(labs) < 2: err('multi needs >=2 item labels ' + qid)

nm = load('no_match_detail.csv', ['수요번호','난이도','겹치는 말','해당 없음 이유'])
if {r['수요번호'] for r in nm} != {q for q, k in kinds.items() if k == 'no_match'}: err('no_match_detail ids')
if Counter(r['난이도'] for r in nm) != Counter({'hard': 20, 'easy': 10}): err('no_match difficulty counts')

hy = load('hanyeong_intended.csv', ['수요번호','입력','의도한 한글'])
if {r['수요번호'] for r in hy} != {q for q, k in kinds.items() if k == 'hanyeong'}: err('hanyeong ids')
for r in hy:
    if r['입력'] != qtext[r['수요번호']]: err('hanyeong input mismatch ' + r['수요번호'])
    if not re.search('[A-Za-z]', r['입력']): err('hanyeong has no latin ' + r['수요번호'])
    if kbd.to_kor(r['입력']) != r['의도한 한글']: err('hanyeong round-trip ' + r['수요번호'])
    if kbd.to_kor(kbd.to_eng(r['의도한 한글'])) != r['의도한 한글']: err('hanyeong reverse ' + r['수요번호'])

# kind-specific checks via the source needs (matched by text)
src = {n['text']: n for n in ND.NEEDS}
cat_nospace = None
for qid, k in kinds.items():
    if k == 'no_match': continue
    n = src.get(qtext[qid])
    if n is None or n['kind'] != k: err('need source mismatch ' + qid); continue
    if k in ('synonym', 'typo'):
        for wd in n['absent']:
            if wd in cat_text: err('%s word present in catalog: %s (%s)' % (k, wd, qid))
    if k == 'choseong':
        tok = qtext[qid].split()[0]
        if not all('ㄱ' <= ch <= 'ㅎ' for ch in tok): err('choseong token ' + qid)
        if kbd.choseong(n['cho']) != tok: err('choseong mismatch ' + qid)
        if n['cho'] not in cat_text: err('choseong word not in catalog ' + qid)
    if k == 'spacing':
        spc = n['spc']; core = spc.replace(' ', '')
        if spc not in cat_text: err('spacing catalog form missing ' + qid)
        t = qtext[qid]
        # find the query substring that equals spc without spaces
        variant = None
        for i in range(len(t)):
            for j in range(i + 1, len(t) + 1):
                if t[i:j].replace(' ', '') == core and t[i] != ' ' and t[j-1] != ' ':
                    variant = t[i:j]
        if variant is None: err('spacing variant not found ' + qid)
        elif variant == spc or variant in cat_text: err('spacing variant present in catalog ' + qid)
    if k == 'location':
        dong = n['loc'][0]
        if not qtext[qid].startswith(dong): err('location text ' + qid)
        cmap = {c['제품코드']: c for c in cat}
        g2 = [r for r in by[qid] if r['관련도'] == '2']; g1 = [r for r in by[qid] if r['관련도'] == '1']
        if any('(' + dong not in cmap[r['제품코드']]['주소'] for r in g2): err('location grade2 outside dong ' + qid)
        if not any('(' + dong not in cmap[r['제품코드']]['주소'] for r in g1): err('location lacks same-trade elsewhere ' + qid)
    if k == 'exact':
        for lab, tags, kw in n['items']:
            if lab not in cat_text: err('exact word not in catalog ' + qid)

kpos = [kinds['N-Q%03d' % i] for i in range(1, 151)]
runs = sum(1 for a, b in zip(kpos, kpos[1:]) if a == b)
print('catalog %d products / %d enterprises / %d categories; queries %d; qrels %d (grade2 %d); same-kind neighbours %d'
      % (len(cat), n_ent, n_cat, len(qs), len(rel), sum(1 for r in rel if r['관련도'] == '2'), runs))
print('kinds', dict(sorted(cnt.items())))
if ERR:
    print('FAIL', len(ERR)); [print(' -', e) for e in ERR[:60]]; sys.exit(1)
print('PASS')
