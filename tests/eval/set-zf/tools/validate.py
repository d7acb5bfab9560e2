"""평가셋 검증. 실패하면 종료 코드 1.

검사: 파일·헤더·BOM, 건수, 코드 존재, 유형별 건수, 매칭 수요마다 관련도 2 제품,
한영 왕복 변환, 초성 정확성, 동의어/오타 말이 카탈로그에 없는지, 띄어쓰기 수요,
위치 수요의 동 유효성, 카탈로그 주소의 구-법정동 조합.
"""
import csv, json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kbd
import needs_data as ND

_ga = lambda base, n: ['%s%d가' % (base, i) for i in range(1, n + 1)]
JEONJU_DONG = {
    '완산구': set(_ga('중앙동', 4) + _ga('경원동', 3) + _ga('풍남동', 3) + ['전동', '전동3가'] + _ga('다가동', 4) +
               ['고사동', '교동', '태평동', '중노송동', '남노송동', '서노송동', '동완산동', '서완산동1가', '서완산동2가',
                '동서학동', '서서학동', '중화산동1가', '중화산동2가', '서신동', '석구동', '원당동', '중인동', '용복동',
                '대성동', '색장동', '상림동'] + _ga('평화동', 3) + _ga('삼천동', 3) + _ga('효자동', 3)),
    '덕진구': set(_ga('인후동', 2) + _ga('덕진동', 2) + _ga('팔복동', 4) + _ga('우아동', 3) + _ga('호성동', 3) +
               _ga('전미동', 2) + _ga('송천동', 2) +
               ['금암동', '산정동', '금상동', '반월동', '화전동', '용정동', '성덕동', '원동', '고랑동', '여의동', '만성동',
                '장동', '도도동', '강흥동', '도덕동', '남정동', '동산동', '진북동']),
}
DONG_BASES = {re.sub(r'\d+가$', '', d) for s in JEONJU_DONG.values() for d in s}

KINDS = {'exact': 11, 'synonym': 11, 'typo': 11, 'hanyeong': 11, 'spacing': 11, 'choseong': 11, 'quantity': 11,
         'long_sentence': 11, 'category': 11, 'location': 11, 'multi_item': 10, 'no_match': 30}

errors = []


def err(msg):
    errors.append(msg)


def read(name, header):
    path = os.path.join(OUT, name)
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        err('%s: BOM' % name)
    text = raw.decode('utf-8')
    rows = list(csv.reader(text.splitlines()))
    if rows[0] != header:
        err('%s: header %r' % (name, rows[0]))
    return [dict(zip(header, r)) for r in rows[1:]]


cat = read('catalog.csv', ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소'])
qs = read('queries.csv', ['수요번호', '수요내용', '수량', '예산'])
kinds = read('query_kinds.csv', ['수요번호', '유형'])
qrels = read('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'])
nmd = read('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
hy = read('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'])

# ---- catalog
codes = [r['제품코드'] for r in cat]
if codes != ['ZF%04d' % i for i in range(1, len(codes) + 1)]:
    err('catalog codes not sequential ZF0001..')
if not 270 <= len(cat) <= 310:
    err('catalog size %d' % len(cat))
ents = {r['기업명'] for r in cat}
if not 60 <= len(ents) <= 70:
    err('enterprise count %d' % len(ents))
cats = Counter(r['분류'] for r in cat)
if not 25 <= len(cats) <= 36:
    err('category count %d' % len(cats))
ent_info = defaultdict(set)
for r in cat:
    if r['기업유형'] not in {'사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'}:
        err('bad type %s' % r['제품코드'])
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']):
        err('bad bizno %s' % r['제품코드'])
    if not re.fullmatch(r'\d+', r['단가']):
        err('bad price %s' % r['제품코드'])
    m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) \S+ \d+ \((\S+)\)', r['주소'])
    if not m:
        err('bad address %s %s' % (r['제품코드'], r['주소']))
    elif m.group(2) not in JEONJU_DONG[m.group(1)]:
        err('bad gu-dong pair %s %s' % (r['제품코드'], r['주소']))
    ent_info[r['기업명']].add((r['기업유형'], r['사업자등록번호'], r['주소']))
for e, s in ent_info.items():
    if len(s) != 1:
        err('enterprise inconsistent %s' % e)
if len({next(iter(s))[1] for s in ent_info.values()}) != len(ent_info):
    err('duplicate bizno')
cat_by = {r['제품코드']: r for r in cat}
cat_text = '\n'.join(','.join(r.values()) for r in cat)
cat_nospace = re.sub(r'\s+', '', cat_text)

# ---- queries / kinds
ids = [q['수요번호'] for q in qs]
if ids != ['ZF-Q%03d' % i for i in range(1, 151)]:
    err('query ids not ZF-Q001..ZF-Q150')
if [k['수요번호'] for k in kinds] != ids:
    err('query_kinds ids mismatch')
kind_of = {k['수요번호']: k['유형'] for k in kinds}
kc = Counter(kind_of.values())
if dict(kc) != KINDS:
    err('kind counts %s' % dict(kc))
for q in qs:
    for col in ('수량', '예산'):
        if q[col] and not re.fullmatch(r'\d+', q[col]):
            err('%s %s not int' % (q['수요번호'], col))
text_of = {q['수요번호']: q['수요내용'] for q in qs}

# ---- id map back to needs_data
idmap = json.load(open(os.path.join(HERE, 'id_map.json'), encoding='utf-8'))
need_by_id = {idmap[n['key']]: n for n in ND.NEEDS}
for qid, n in need_by_id.items():
    if text_of[qid] != n['text']:
        err('text mismatch %s' % qid)
    if kind_of[qid] != n['kind']:
        err('kind mismatch %s' % qid)
    if n['kind'] == 'quantity' and not any(q['수량'] for q in qs if q['수요번호'] == qid):
        err('quantity need without 수량 %s' % qid)

# ---- qrels
seen = set()
grades = defaultdict(list)
for r in qrels:
    key = (r['수요번호'], r['제품코드'])
    if key in seen:
        err('dup qrel %s' % (key,))
    seen.add(key)
    if r['제품코드'] not in cat_by:
        err('unknown product %s' % r['제품코드'])
    if r['수요번호'] not in kind_of:
        err('unknown need %s' % r['수요번호'])
        continue
    if kind_of[r['수요번호']] == 'no_match':
        err('qrel for no_match %s' % r['수요번호'])
    if r['관련도'] not in ('1', '2'):
        err('bad grade %s' % (key,))
    is_multi = kind_of[r['수요번호']] == 'multi_item'
    if is_multi and not r['품목']:
        err('multi_item qrel without 품목 %s' % (key,))
    if not is_multi and r['품목']:
        err('품목 on non-multi %s' % (key,))
    grades[r['수요번호']].append((int(r['관련도']), r))
for qid, k in kind_of.items():
    if k != 'no_match' and not any(g == 2 for g, _ in grades[qid]):
        err('no grade-2 product for %s' % qid)
# multi_item: 각 품목마다 관련도 2 제품이 있는지
for qid, n in need_by_id.items():
    if n['kind'] == 'multi_item':
        labs = {r['품목'] for g, r in grades[qid] if g == 2}
        for it in n['items']:
            if it['label'] not in labs:
                err('multi_item %s item %s has no grade-2' % (qid, it['label']))
        for g, r in grades[qid]:
            if r['품목'] not in {it['label'] for it in n['items']}:
                err('multi_item %s unknown 품목 %s' % (qid, r['품목']))

# ---- no_match
if [r['수요번호'] for r in nmd] != [i for i in ids if kind_of[i] == 'no_match']:
    err('no_match_detail ids mismatch')
if Counter(r['난이도'] for r in nmd) != Counter({'hard': 20, 'easy': 10}):
    err('no_match difficulty counts')
for r in nmd:
    if not r['해당 없음 이유']:
        err('no reason %s' % r['수요번호'])
    if r['난이도'] == 'hard' and not r['겹치는 말']:
        err('hard no_match without overlap %s' % r['수요번호'])

# ---- hanyeong
hy_ids = [i for i in ids if kind_of[i] == 'hanyeong']
if [r['수요번호'] for r in hy] != hy_ids:
    err('hanyeong_intended ids mismatch')
mixed = 0
for r in hy:
    if r['입력'] != text_of[r['수요번호']]:
        err('hanyeong input differs from query %s' % r['수요번호'])
    if kbd.to_hangul(r['입력']) != r['의도한 한글']:
        err('hanyeong to_hangul fail %s' % r['수요번호'])
    if kbd.to_qwerty(r['의도한 한글']) != kbd.to_qwerty(r['입력']):
        err('hanyeong to_qwerty fail %s' % r['수요번호'])
    has_h = any(kbd.is_syllable(c) for c in r['입력'])
    has_a = any(c.isascii() and c.isalpha() for c in r['입력'])
    if not has_a:
        err('hanyeong without latin %s' % r['수요번호'])
    mixed += has_h
if mixed != 3 or len(hy) - mixed != 8:
    err('hanyeong whole/mixed = %d/%d' % (len(hy) - mixed, mixed))

# ---- choseong
for qid, n in need_by_id.items():
    if n['kind'] != 'choseong':
        continue
    t, it = n['text'].split(), n['intended'].split()
    if len(t) != len(it):
        err('choseong token count %s' % qid)
        continue
    nj = 0
    for a, b in zip(t, it):
        if kbd.is_jamo_token(a):
            nj += 1
            if kbd.choseong(b) != a:
                err('choseong wrong %s %s %s' % (qid, a, b))
        elif a != b:
            err('choseong plain token differs %s' % qid)
    if not nj:
        err('choseong need without jamo %s' % qid)

# ---- synonym / typo absent words
for qid, n in need_by_id.items():
    if n['kind'] in ('synonym', 'typo'):
        w = n['absent']
        if not w or w not in n['text']:
            err('absent word missing %s' % qid)
        elif w in cat_text or w in cat_nospace:
            err('absent word %s found in catalog (%s)' % (w, qid))

# ---- spacing: 그대로는 없고, 띄어쓰기를 없애면 있어야 함
for qid, n in need_by_id.items():
    if n['kind'] == 'spacing':
        if n['text'] in cat_text:
            err('spacing need text appears verbatim in catalog %s' % qid)
        if n['text'].replace(' ', '') not in cat_nospace:
            err('spacing need has no catalog counterpart %s' % qid)

# ---- location
for qid, n in need_by_id.items():
    if n['kind'] == 'location':
        dong = n['items'][0]['dong']
        if dong not in DONG_BASES or not n['text'].startswith(dong):
            err('bad location dong %s %s' % (qid, dong))
        ok = False
        for g, r in grades[qid]:
            addr = cat_by[r['제품코드']]['주소']
            in_dong = re.sub(r'\d+가$', '', re.search(r'\((\S+)\)$', addr).group(1)) == dong
            if g == 2 and not in_dong:
                err('location grade2 outside dong %s %s' % (qid, r['제품코드']))
            # 같은 동의 관련도 1은 '맞는 가게의 다른 품목'(sweep_review.EXTRA_OK)에서만 허용
            ok |= (g == 2)
        if not ok:
            err('location without in-dong product %s' % qid)

if errors:
    print('FAILED (%d)' % len(errors))
    for e in errors[:80]:
        print(' -', e)
    sys.exit(1)
print('OK: catalog %d products / %d enterprises / %d categories; needs %d; qrels %d (2: %d, 1: %d)' % (
    len(cat), len(ents), len(cats), len(qs), len(qrels),
    sum(r['관련도'] == '2' for r in qrels), sum(r['관련도'] == '1' for r in qrels)))
print('kinds:', dict(kc))
