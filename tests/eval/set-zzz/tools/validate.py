# -*- coding: utf-8 -*-
"""산출물 검증. 실행: python3 tools/validate.py  (문제 없으면 'OK' 출력, 아니면 목록 출력 후 종료코드 1)"""
import csv, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kbd
import needs_data as N

ERR = []


def err(m):
    ERR.append(m)


# 전주시 법정동(검증용). '가'가 붙는 동은 기본 이름과 가 번호 범위로 적음
WANSAN = {'중앙동': 4, '경원동': 3, '풍남동': 3, '다가동': 4, '효자동': 3, '삼천동': 3, '평화동': 2,
          '중화산동': 2, '서완산동': 2}
WANSAN_PLAIN = {'서신동', '전동', '교동', '완산동', '동완산동', '고사동', '태평동', '중노송동', '남노송동', '서노송동',
                '동서학동', '서서학동', '대성동', '색장동', '상림동', '석구동', '원당동', '중인동', '용복동', '전동3가'}
DEOKJIN = {'인후동': 2, '덕진동': 2, '팔복동': 4, '우아동': 3, '호성동': 3, '송천동': 2, '전미동': 2}
DEOKJIN_PLAIN = {'진북동', '금암동', '산정동', '금상동', '반월동', '화전동', '용정동', '성덕동', '원동', '고랑동',
                 '여의동', '만성동', '장동', '남정동', '도도동', '강흥동', '도덕동', '동산동'}


def expand(ga, plain):
    s = set(plain)
    for k, n in ga.items():
        for i in range(1, n + 1):
            s.add('%s%d가' % (k, i))
    return s


DONGS = {'완산구': expand(WANSAN, WANSAN_PLAIN), '덕진구': expand(DEOKJIN, DEOKJIN_PLAIN)}
BASE_DONGS = set(WANSAN) | set(DEOKJIN) | WANSAN_PLAIN | DEOKJIN_PLAIN


def read(name, header):
    path = os.path.join(OUT, name)
    if not os.path.exists(path):
        err('missing ' + name)
        return []
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        err(name + ': BOM')
    txt = raw.decode('utf-8')
    rows = list(csv.reader(txt.splitlines()))
    if rows[0] != header:
        err('%s: header %r' % (name, rows[0]))
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err('%s line %d: %d cols' % (name, i, len(r)))
    return [dict(zip(header, r)) for r in rows[1:]]


CAT_H = ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소']
cat = read('catalog.csv', CAT_H)
queries = read('queries.csv', ['수요번호', '수요내용', '수량', '예산'])
kinds = read('query_kinds.csv', ['수요번호', '유형'])
qrels = read('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'])
nmd = read('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
hy = read('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'])
idmap = list(csv.DictReader(open(os.path.join(HERE, 'id_map.csv'), encoding='utf-8')))

# ---------------- catalog
TYPES = {'사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'}
codes = [r['제품코드'] for r in cat]
if not 280 <= len(cat) <= 320:
    err('catalog size %d' % len(cat))
if codes != ['ZZZ%04d' % i for i in range(1, len(cat) + 1)]:
    err('product codes not ZZZ0001.. sequential')
ents = {}
for r in cat:
    if r['기업유형'] not in TYPES:
        err('type ' + r['기업유형'])
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']):
        err('brn ' + r['사업자등록번호'])
    if not re.fullmatch(r'[1-9]\d*', r['단가']):
        err('price ' + r['단가'])
    m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) (\S+) (\d+(?:-\d+)?) \((\S+)\)', r['주소'])
    if not m:
        err('address ' + r['주소'])
    elif m.group(4) not in DONGS[m.group(1)]:
        err('dong %s not in %s' % (m.group(4), m.group(1)))
    for c in CAT_H:
        if not r[c].strip():
            err('empty %s in %s' % (c, r['제품코드']))
    ents.setdefault(r['기업명'], set()).add((r['기업유형'], r['사업자등록번호'], r['주소']))
for e, v in ents.items():
    if len(v) != 1:
        err('enterprise inconsistent ' + e)
brns = [list(v)[0][1] for v in ents.values()]
if len(set(brns)) != len(brns):
    err('duplicate brn')
ncat = len({r['분류'] for r in cat})
if not 25 <= ncat <= 35:
    err('categories %d' % ncat)
cattext = '\n'.join(' '.join(r[c] for c in CAT_H) for r in cat)
cattext_ns = cattext.replace(' ', '')

# ---------------- queries / kinds
ids = ['ZZZ-Q%03d' % i for i in range(1, 151)]
if [q['수요번호'] for q in queries] != ids:
    err('query ids not ZZZ-Q001..150 in order')
if sorted(k['수요번호'] for k in kinds) != ids:
    err('query_kinds ids')
for q in queries:
    for c in ('수량', '예산'):
        if q[c] and not re.fullmatch(r'[1-9]\d*', q[c]):
            err('%s %s %r' % (q['수요번호'], c, q[c]))
kind_of = {k['수요번호']: k['유형'] for k in kinds}
cnt = collections.Counter(kind_of.values())
KINDS = ['exact', 'synonym', 'typo', 'hanyeong', 'spacing', 'choseong', 'quantity', 'long_sentence', 'category', 'location', 'multi_item']
for k in KINDS:
    if not 10 <= cnt[k] <= 11:
        err('kind %s count %d' % (k, cnt[k]))
if cnt['no_match'] != 30 or sum(cnt[k] for k in KINDS) != 120 or set(cnt) - set(KINDS) - {'no_match'}:
    err('kind counts %r' % cnt)
# id_map consistency
key_of = {r['수요번호']: r['내부키'] for r in idmap}
need_by_key = {n['key']: n for n in N.NEEDS}
text_of = {q['수요번호']: q['수요내용'] for q in queries}
for qid, key in key_of.items():
    n = need_by_key.get(key)
    if n:
        if n['text'] != text_of.get(qid) or n['kind'] != kind_of.get(qid):
            err('id_map mismatch ' + qid)
    elif kind_of.get(qid) != 'no_match':
        err('id_map unknown ' + qid)

# ---------------- qrels
codeset = set(codes)
by_q = collections.defaultdict(list)
seen = set()
for r in qrels:
    if r['제품코드'] not in codeset:
        err('qrels unknown code ' + r['제품코드'])
    if r['수요번호'] not in kind_of:
        err('qrels unknown need ' + r['수요번호'])
    if r['관련도'] not in ('1', '2'):
        err('qrels rel ' + r['관련도'])
    if (r['수요번호'], r['제품코드']) in seen:
        err('qrels dup')
    seen.add((r['수요번호'], r['제품코드']))
    multi = kind_of.get(r['수요번호']) == 'multi_item'
    if multi != bool(r['품목']):
        err('품목 field wrong for %s %s' % (r['수요번호'], r['제품코드']))
    by_q[r['수요번호']].append(r)
for qid, k in kind_of.items():
    rows = by_q.get(qid, [])
    if k == 'no_match':
        if rows:
            err('no_match has qrels ' + qid)
        continue
    if not any(r['관련도'] == '2' for r in rows):
        err('no rel-2 for %s (%s)' % (qid, k))
    if k == 'multi_item':
        n = need_by_key[key_of[qid]]
        for it in n['items']:
            if not any(r['관련도'] == '2' and r['품목'] == it[0] for r in rows):
                err('multi item %s has no rel 2 in %s' % (it[0], qid))
            if it[0] not in n['text']:
                err('품목 %s not as written in %s' % (it[0], qid))

# ---------------- no_match detail
if len(nmd) != 30 or collections.Counter(r['난이도'] for r in nmd) != {'hard': 20, 'easy': 10}:
    err('no_match_detail counts')
for r in nmd:
    if kind_of.get(r['수요번호']) != 'no_match':
        err('no_match_detail id ' + r['수요번호'])
    if r['난이도'] == 'hard':
        for w in r['겹치는 말'].split(', '):
            if w and w not in cattext:
                err('hard overlap word %s not in catalog' % w)

# ---------------- per-kind checks on need definitions
full = mixed = 0
hy_ids = {r['수요번호'] for r in hy}
if hy_ids != {q for q, k in kind_of.items() if k == 'hanyeong'}:
    err('hanyeong_intended ids')
for r in hy:
    inp, want = r['입력'], r['의도한 한글']
    if kbd.convert_mixed(inp) != want:
        err('hanyeong keys->hangul %r -> %r != %r' % (inp, kbd.convert_mixed(inp), want))
    back = re.sub(r'[가-힣]+', lambda m: m.group(0), inp)
    # 한글->키 왕복: 영문 덩어리마다 의도 한글을 다시 키로 바꿔 같아야 함
    for seg in re.findall(r'[A-Za-z]+', inp):
        if kbd.hangul_to_keys(kbd.keys_to_hangul(seg)) != seg:
            err('hanyeong round trip failed ' + seg)
    if re.fullmatch(r'[A-Za-z]+', inp):
        full += 1
    elif re.search(r'[가-힣]', inp) and re.search(r'[A-Za-z]', inp):
        mixed += 1
if (full, mixed) != (8, 3):
    err('hanyeong full/mixed %d/%d' % (full, mixed))
for n in N.NEEDS:
    k = n['kind']
    if k == 'choseong':
        ta, ia = n['text'].split(), n['intended'].split()
        if len(ta) != len(ia):
            err('choseong token count ' + n['key'])
        for t, i in zip(ta, ia):
            if re.fullmatch('[ㄱ-ㅎ]+', t):
                if kbd.choseong(i) != t:
                    err('choseong %s: %s != %s' % (n['key'], kbd.choseong(i), t))
            elif t != i:
                err('choseong plain word differs %s' % n['key'])
        if not re.search('[ㄱ-ㅎ]', n['text']):
            err('choseong without jamo ' + n['key'])
    if k in ('synonym', 'typo'):
        for w in n['absent']:
            if w not in n['text'].replace(' ', '') and w not in n['text']:
                err('absent word %s not in need %s' % (w, n['key']))
            if w in cattext or w.replace(' ', '') in cattext_ns:
                err('%s word %s appears in catalog' % (k, w))
    if k == 'spacing':
        if n['form'] not in n['text']:
            err('spacing form not in text ' + n['key'])
        if n['form'] in cattext:
            err('spacing form %s appears in catalog' % n['form'])
        if n['catalog_form'] not in cattext:
            err('spacing catalog form %s missing' % n['catalog_form'])
        if n['form'].replace(' ', '') != n['catalog_form'].replace(' ', ''):
            err('spacing forms differ beyond spaces ' + n['key'])
    if k == 'location':
        if n['dong'] not in BASE_DONGS:
            err('location dong not real ' + n['dong'])
        if not n['text'].startswith(n['dong']):
            err('location text ' + n['key'])
    if k == 'quantity':
        if not (n.get('qty') or n.get('cap') or n.get('budget') or n.get('spec')):
            err('quantity need without condition ' + n['key'])

if ERR:
    print('\n'.join(ERR))
    print('FAILED: %d problems' % len(ERR))
    sys.exit(1)
print('OK  catalog %d products / %d enterprises / %d categories; needs %d; qrels %d' % (
    len(cat), len(ents), ncat, len(queries), len(qrels)))
print('kinds', dict(cnt))

# sweep must be fully reviewed
sw = list(csv.DictReader(open(os.path.join(HERE, 'sweep_candidates.csv'), encoding='utf-8')))
if any(r['결정'] == '미검토' for r in sw):
    print('FAILED: unreviewed sweep candidates')
    sys.exit(1)
print('sweep candidates %d, all reviewed' % len(sw))
