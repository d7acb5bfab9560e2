# -*- coding: utf-8 -*-
"""평가 세트 검사: 형식, 개수, 코드 존재, 관련도 2 존재, 한영 왕복, 초성, 동의어·오타 부재, 띄어쓰기, 법정동."""
import csv, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kbd
import needs_data as nd

# 전주시 법정동 (완산구 / 덕진구). 숫자 '가'가 붙는 동은 기본 이름만 적고 1가~n가를 허용.
WANSAN = {'중앙동': 4, '경원동': 3, '풍남동': 3, '전동': 3, '다가동': 4, '고사동': 0, '교동': 0, '태평동': 0,
          '중노송동': 0, '남노송동': 0, '서노송동': 0, '동완산동': 0, '서완산동': 2, '동서학동': 0, '서서학동': 0,
          '중화산동': 2, '서신동': 0, '석구동': 0, '원당동': 0, '평화동': 3, '중인동': 0, '용복동': 0,
          '삼천동': 3, '효자동': 3, '대성동': 0, '색장동': 0, '상림동': 0, '완산동': 0}
DEOKJIN = {'진북동': 0, '인후동': 2, '덕진동': 2, '금암동': 0, '팔복동': 4, '산정동': 0, '금상동': 0, '우아동': 3,
           '호성동': 3, '전미동': 2, '송천동': 2, '반월동': 0, '화전동': 0, '용정동': 0, '성덕동': 0, '원동': 0,
           '고랑동': 0, '여의동': 0, '만성동': 0, '장동': 0, '팔복동': 4, '도도동': 0, '강흥동': 0, '도덕동': 0,
           '남정동': 0, '중동': 0, '동산동': 0, '쌍정동': 0}


def real_dongs(table):
    s = set()
    for d, n in table.items():
        s.add(d)
        for i in range(1, n + 1):
            s.add('%s%d가' % (d, i))
    return s


DONGS = {'완산구': real_dongs(WANSAN), '덕진구': real_dongs(DEOKJIN)}
KINDS = ['exact', 'synonym', 'typo', 'hanyeong', 'spacing', 'choseong', 'quantity', 'long_sentence', 'category',
         'location', 'multi_item', 'no_match']
errors = []


def err(msg):
    errors.append(msg)


def read(name, header):
    path = os.path.join(OUT, name)
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        err(name + ': BOM 있음')
    rows = list(csv.reader(raw.decode('utf-8').splitlines()))
    if rows[0] != header:
        err('%s: 헤더 %r' % (name, rows[0]))
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err('%s:%d 열 개수 %d' % (name, i, len(r)))
    return [dict(zip(header, r)) for r in rows[1:]]


cat = read('catalog.csv', ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소'])
queries = read('queries.csv', ['수요번호', '수요내용', '수량', '예산'])
kinds = read('query_kinds.csv', ['수요번호', '유형'])
qrels = read('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'])
nmd = read('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
hy = read('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'])
idmap = read('tools/id_map.csv', ['수요번호', '내부키', '유형', '기관'])

# ---- catalog
codes = set()
ents = set()
for i, r in enumerate(cat):
    if r['제품코드'] != 'ZR%04d' % (i + 1):
        err('제품코드 순서 ' + r['제품코드'])
    codes.add(r['제품코드'])
    ents.add(r['기업명'])
    if r['기업유형'] not in {'사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'}:
        err('기업유형 ' + r['기업유형'])
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']):
        err('사업자등록번호 ' + r['사업자등록번호'])
    if not re.fullmatch(r'\d+', r['단가']):
        err('단가 ' + r['단가'])
    m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) \S+ \d+ \((\S+)\)', r['주소'])
    if not m:
        err('주소 형식 ' + r['주소'])
    elif m.group(2) not in DONGS[m.group(1)]:
        err('법정동-구 불일치 ' + r['주소'])
    for c in ['제품명', '분류', '규격', '단위', '설명', '기업명']:
        if not r[c].strip():
            err('%s 빈 값 %s' % (c, r['제품코드']))
if not 280 <= len(cat) <= 320:
    err('제품 수 %d' % len(cat))
ncat = len({r['분류'] for r in cat})
print('catalog: products %d, enterprises %d, 분류 %d' % (len(cat), len(ents), ncat))
brn = collections.defaultdict(set)
for r in cat:
    brn[r['사업자등록번호']].add(r['기업명'])
if any(len(v) > 1 for v in brn.values()):
    err('사업자등록번호 중복')

# ---- queries / kinds
ids = ['ZR-Q%03d' % i for i in range(1, 151)]
if [q['수요번호'] for q in queries] != ids:
    err('queries 수요번호가 ZR-Q001..150 순서가 아님')
for q in queries:
    for c in ['수량', '예산']:
        if q[c] and not re.fullmatch(r'\d+', q[c]):
            err('%s %s=%s' % (q['수요번호'], c, q[c]))
kind_of = {k['수요번호']: k['유형'] for k in kinds}
if set(kind_of) != set(ids):
    err('query_kinds 수요번호 불일치')
cnt = collections.Counter(kind_of.values())
for k in KINDS:
    if k == 'no_match':
        if cnt[k] != 30:
            err('no_match %d' % cnt[k])
    elif not 10 <= cnt[k] <= 11:
        err('%s %d' % (k, cnt[k]))
if set(cnt) - set(KINDS):
    err('모르는 유형 %s' % (set(cnt) - set(KINDS)))
text_of = {q['수요번호']: q['수요내용'] for q in queries}
key_of = {r['수요번호']: r['내부키'] for r in idmap}
need_by_key = {n['key']: n for n in nd.NEEDS + nd.NO_MATCH}
for i in ids:
    n = need_by_key[key_of[i]]
    if n['text'] != text_of[i] or n['kind'] != kind_of[i]:
        err('id_map 불일치 ' + i)

# ---- qrels
qr = collections.defaultdict(list)
seen = set()
for r in qrels:
    if r['수요번호'] not in kind_of:
        err('qrels 모르는 수요 ' + r['수요번호'])
    if r['제품코드'] not in codes:
        err('qrels 모르는 제품 ' + r['제품코드'])
    if r['관련도'] not in ('1', '2'):
        err('관련도 ' + r['관련도'])
    if (r['수요번호'], r['제품코드']) in seen:
        err('qrels 중복 %s %s' % (r['수요번호'], r['제품코드']))
    seen.add((r['수요번호'], r['제품코드']))
    k = kind_of.get(r['수요번호'])
    if k == 'multi_item' and not r['품목']:
        err('multi_item 품목 빈칸 ' + r['수요번호'])
    if k != 'multi_item' and r['품목']:
        err('품목은 multi_item만 ' + r['수요번호'])
    qr[r['수요번호']].append(r)
for i in ids:
    k = kind_of[i]
    if k == 'no_match':
        if qr[i]:
            err('no_match에 qrels ' + i)
        continue
    if not any(r['관련도'] == '2' for r in qr[i]):
        err('관련도 2 없음 %s %s' % (i, text_of[i]))
    if k == 'multi_item':
        n = need_by_key[key_of[i]]
        for it in n['items']:
            if it['label'] not in text_of[i]:
                err('품목 표기가 수요문에 없음 %s %s' % (i, it['label']))
            if not any(r['관련도'] == '2' and r['품목'] == it['label'] for r in qr[i]):
                err('multi_item 품목별 관련도 2 없음 %s %s' % (i, it['label']))

# ---- 한영
allcat = ' '.join(' '.join(r.values()) for r in cat)
hyk = [i for i in ids if kind_of[i] == 'hanyeong']
if sorted(r['수요번호'] for r in hy) != sorted(hyk):
    err('hanyeong_intended 수요번호 불일치')
full = mixed = 0
for r in hy:
    t, want = r['입력'], r['의도한 한글']
    if t != text_of[r['수요번호']]:
        err('한영 입력 불일치 ' + r['수요번호'])
    if kbd.keys_to_hangul(t) != want:
        err('한영 변환 불일치 %s %s -> %s' % (t, kbd.keys_to_hangul(t), want))
    for tok in t.split():
        if re.fullmatch(r'[A-Za-z]+', tok) and kbd.hangul_to_keys(kbd.keys_to_hangul(tok)) != tok:
            err('한영 왕복 실패 ' + tok)
    if re.fullmatch(r'[A-Za-z ]+', t):
        full += 1
    elif re.search(r'[A-Za-z]', t) and re.search(r'[가-힣]', t):
        mixed += 1
    else:
        err('한영 입력 형태 ' + t)
if (full, mixed) != (8, 3):
    err('한영 전체/혼합 %d/%d' % (full, mixed))

# ---- 초성
for i in ids:
    if kind_of[i] != 'choseong':
        continue
    n = need_by_key[key_of[i]]
    t, want = text_of[i], n['intended']
    if not re.search('[ㄱ-ㅎ]', t):
        err('초성 없음 ' + t)
    tt, ww = t.split(), want.split()
    if len(tt) != len(ww):
        err('초성 어절 수 ' + t)
        continue
    for a, b in zip(tt, ww):
        if re.fullmatch('[ㄱ-ㅎ]+', a):
            if kbd.choseong(b) != a:
                err('초성 불일치 %s %s' % (a, b))
        elif a != b:
            err('초성 수요의 보통 낱말 불일치 %s %s' % (a, b))
    for a, b in zip(tt, ww):
        if re.fullmatch('[ㄱ-ㅎ]+', a) and b not in allcat.replace(' ', '') and b not in allcat:
            err('초성 의도어가 카탈로그에 없음 ' + b)

# ---- 동의어·오타 낱말이 카탈로그에 없어야 함
for n in nd.NEEDS:
    if n['kind'] in ('synonym', 'typo'):
        if n['word'] not in n['text']:
            err('word가 수요문에 없음 ' + n['key'])
        if n['word'] in allcat:
            err('%s 낱말이 카탈로그에 있음: %s' % (n['kind'], n['word']))

# ---- 띄어쓰기: 수요문 그대로는 카탈로그 제품명에 없고, 공백을 뺀 형태는 있음
names = [r['제품명'] for r in cat]
for n in nd.NEEDS:
    if n['kind'] == 'spacing':
        t = n['text']
        if any(t in x for x in names):
            err('띄어쓰기 수요가 제품명에 그대로 있음 ' + t)
        if not any(t.replace(' ', '') in x.replace(' ', '') for x in names):
            err('띄어쓰기 수요의 붙인 형태가 제품명에 없음 ' + t)

# ---- 위치: 실제 법정동 + 카탈로그에 그 동 주소가 있음
alld = DONGS['완산구'] | DONGS['덕진구']
for n in nd.NEEDS:
    if n['kind'] == 'location':
        if n['dong'] not in alld:
            err('실재하지 않는 법정동 ' + n['dong'])
        if not n['text'].startswith(n['dong']):
            err('위치 수요문에 동 없음 ' + n['text'])
        if not any(re.search(r'\(' + re.escape(n['dong']) + r'(\d가)?\)', r['주소']) for r in cat):
            err('카탈로그에 그 동 주소 없음 ' + n['dong'])

# ---- 해당 없음 상세
if sorted(r['수요번호'] for r in nmd) != sorted(i for i in ids if kind_of[i] == 'no_match'):
    err('no_match_detail 수요번호 불일치')
dc = collections.Counter(r['난이도'] for r in nmd)
if dc != {'hard': 20, 'easy': 10}:
    err('no_match 난이도 %s' % dc)
for r in nmd:
    if r['난이도'] == 'hard':
        ws = [w.strip() for w in r['겹치는 말'].split(',') if w.strip()]
        if not ws or not all(w in allcat for w in ws):
            err('hard no_match 겹치는 말이 카탈로그에 없음 ' + r['수요번호'])

# ---- 요약
rc = collections.Counter()
for i in ids:
    for r in qr[i]:
        rc[(kind_of[i], r['관련도'])] += 1
print('kind            needs  rel2  rel1')
for k in KINDS:
    print('%-15s %5d %5d %5d' % (k, cnt[k], rc[(k, '2')], rc[(k, '1')]))
print('total qrels', len(qrels))
if errors:
    print('ERRORS (%d):' % len(errors))
    for e in errors:
        print(' -', e)
    sys.exit(1)
print('OK: 오류 없음')
