# -*- coding: utf-8 -*-
"""평가 세트 검증: 형식, 개수, 코드 존재, 관련도 2 존재, 한영 왕복, 초성, 동의어/오타 부재, 법정동 실재."""
import csv, os, re, sys, collections
import kbd
from needs_data import NEEDS, NO_MATCH

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ERR = []
def err(*a):
    ERR.append(' '.join(str(x) for x in a))

def rng(base, a, b):
    return ['%s%d가' % (base, i) for i in range(a, b + 1)]

# 전주시 법정동 (구별)
DONGS = {
    '완산구': set(rng('중앙동', 1, 4) + rng('경원동', 1, 3) + rng('풍남동', 1, 3) + rng('다가동', 1, 4) + rng('서완산동', 1, 2)
                + rng('중화산동', 1, 2) + rng('삼천동', 1, 3) + rng('효자동', 1, 3) + rng('평화동', 1, 3) + rng('전동', 3, 3)
                + ['전동', '고사동', '교동', '태평동', '중노송동', '남노송동', '서노송동', '동완산동', '완산동', '동서학동', '서서학동',
                   '서신동', '대성동', '색장동', '석구동', '원당동', '중인동', '용복동', '상림동']),
    '덕진구': set(rng('인후동', 1, 2) + rng('덕진동', 1, 2) + rng('팔복동', 1, 4) + rng('우아동', 1, 3) + rng('호성동', 1, 3)
                + rng('전미동', 1, 2) + rng('송천동', 1, 2)
                + ['진북동', '금암동', '산정동', '금상동', '반월동', '화전동', '용정동', '성덕동', '원동', '고랑동', '여의동', '만성동',
                   '장동', '도도동', '강흥동', '도덕동', '남정동', '중동', '동산동', '조촌동', '쌍정동']),
}
ALL_DONG_BASE = {re.sub(r'\d가$', '', d) for g in DONGS.values() for d in g}

def read(name, header):
    path = os.path.join(OUT, name)
    if not os.path.exists(path):
        err('없음', name); return []
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        err('BOM', name)
    raw.decode('utf-8')
    rows = list(csv.reader(open(path, encoding='utf-8', newline='')))
    if rows[0] != header:
        err('헤더', name, rows[0])
    return [dict(zip(header, r)) for r in rows[1:]]

KINDS = ['exact', 'synonym', 'typo', 'hanyeong', 'spacing', 'choseong', 'quantity', 'long_sentence', 'category', 'location',
         'multi_item', 'no_match']
TYPES = {'사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'}

cat = read('catalog.csv', ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소'])
queries = read('queries.csv', ['수요번호', '수요내용', '수량', '예산'])
kinds = read('query_kinds.csv', ['수요번호', '유형'])
qrels = read('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'])
nmd = read('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
hy = read('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'])
idmap = {r['내부키']: r for r in csv.DictReader(open(os.path.join(HERE, 'id_map.csv'), encoding='utf-8'))}

# ---- catalog ----
codes = [r['제품코드'] for r in cat]
if codes != ['ZS%04d' % (i + 1) for i in range(len(codes))]:
    err('제품코드 연번 아님')
if not 280 <= len(cat) <= 320:
    err('제품 수', len(cat))
ents = {}
for r in cat:
    if r['기업유형'] not in TYPES: err('기업유형', r['제품코드'], r['기업유형'])
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']): err('사업자번호', r['제품코드'])
    if not re.fullmatch(r'\d+', r['단가']) or int(r['단가']) <= 0: err('단가', r['제품코드'], r['단가'])
    m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) (\S+) (\d+) \((\S+)\)', r['주소'])
    if not m: err('주소 형식', r['제품코드'], r['주소'])
    elif m.group(4) not in DONGS[m.group(1)]: err('법정동/구 불일치', r['제품코드'], r['주소'])
    for k in ('제품명', '분류', '단위'):
        if not r[k].strip(): err('빈 칸', k, r['제품코드'])
    e = (r['기업유형'], r['사업자등록번호'], r['주소'])
    if ents.setdefault(r['기업명'], e) != e: err('기업 정보 불일치', r['기업명'])
brns = collections.Counter(v[1] for v in ents.values())
if any(c > 1 for c in brns.values()): err('사업자번호 중복')
ncat = len({r['분류'] for r in cat})
if not 25 <= ncat <= 35: err('분류 수', ncat)
if not 55 <= len(ents) <= 75: err('기업 수', len(ents))
cattext = '\n'.join(' '.join(r.values()) for r in cat)
cattext_ns = cattext.replace(' ', '')

# ---- queries / kinds ----
ids = ['ZS-Q%03d' % (i + 1) for i in range(150)]
if [r['수요번호'] for r in queries] != ids: err('수요번호 목록')
if [r['수요번호'] for r in kinds] != ids: err('query_kinds 수요번호')
kind_of = {r['수요번호']: r['유형'] for r in kinds}
for r in kinds:
    if r['유형'] not in KINDS: err('유형', r)
cnt = collections.Counter(kind_of.values())
for k in KINDS[:-1]:
    if not 10 <= cnt[k] <= 11: err('유형 개수', k, cnt[k])
if cnt['no_match'] != 30 or sum(cnt.values()) != 150: err('개수', cnt)
for r in queries:
    for k in ('수량', '예산'):
        if r[k] and not re.fullmatch(r'\d+', r[k]): err(k, r)
qtext = {r['수요번호']: r['수요내용'] for r in queries}
for n in NEEDS + NO_MATCH:
    i = idmap[n['key']]['수요번호']
    if qtext[i] != n['text'] or kind_of[i] != n['kind']: err('id_map 불일치', n['key'])

# ---- qrels ----
codeset = set(codes)
seen = set()
by = collections.defaultdict(list)
for r in qrels:
    if r['수요번호'] not in kind_of: err('qrels 수요번호', r)
    if r['제품코드'] not in codeset: err('qrels 제품코드', r)
    if r['관련도'] not in ('1', '2'): err('관련도', r)
    k = kind_of.get(r['수요번호'])
    if k == 'no_match': err('no_match 에 qrels', r)
    if (k == 'multi_item') != bool(r['품목']): err('품목 칸', r)
    key = (r['수요번호'], r['제품코드'], r['품목'])
    if key in seen: err('중복 qrels', key)
    seen.add(key)
    by[r['수요번호']].append(r)
for n in NEEDS:
    i = idmap[n['key']]['수요번호']
    if not any(r['관련도'] == '2' for r in by[i]): err('관련도 2 없음', i, n['text'])
    if n['kind'] == 'multi_item':
        for it in n['items']:
            if it['item'] not in n['text']: err('품목이 수요문에 없음', it['item'])
            if not any(r['관련도'] == '2' and r['품목'] == it['item'] for r in by[i]): err('품목 관련도 2 없음', i, it['item'])
        if {r['품목'] for r in by[i]} - {it['item'] for it in n['items']}: err('알 수 없는 품목', i)

# ---- no_match detail ----
nmids = sorted(i for i, k in kind_of.items() if k == 'no_match')
if sorted(r['수요번호'] for r in nmd) != nmids: err('no_match_detail 수요번호')
lv = collections.Counter(r['난이도'] for r in nmd)
if lv != {'어려움': 20, '쉬움': 10}: err('난이도', lv)
for r in nmd:
    for w in [x.strip() for x in r['겹치는 말'].split(',') if x.strip()]:
        if w not in cattext: err('겹치는 말이 카탈로그에 없음', r['수요번호'], w)
    if r['난이도'] == '어려움' and not r['겹치는 말']: err('어려움인데 겹치는 말 없음', r['수요번호'])

# ---- 한영 ----
hyids = sorted(i for i, k in kind_of.items() if k == 'hanyeong')
if sorted(r['수요번호'] for r in hy) != hyids: err('hanyeong_intended 수요번호')
full = mixed = 0
for r in hy:
    if qtext[r['수요번호']] != r['입력']: err('한영 입력 불일치', r)
    if kbd.to_hangul(r['입력']) != r['의도한 한글']: err('한영 변환 실패', r, kbd.to_hangul(r['입력']))
    if kbd.to_keys(r['의도한 한글']) != kbd.to_keys(r['입력']) and kbd.to_keys(r['의도한 한글']) != r['입력']:
        err('한영 역변환 실패', r)
    if re.fullmatch(r'[A-Za-z ]+', r['입력']): full += 1
    elif re.search(r'[가-힣]', r['입력']) and re.search(r'[A-Za-z]', r['입력']): mixed += 1
    else: err('한영 입력 형태', r)
if (full, mixed) != (8, 3): err('한영 전체/혼합 개수', full, mixed)
for w in ['가방', '복사용지', '닭', '값', '왜', '읽기']:
    if kbd.to_hangul(kbd.to_keys(w)) != w: err('kbd 자체 검사', w)

# ---- 초성, 동의어/오타, 띄어쓰기, 위치 ----
for n in NEEDS:
    if n['kind'] == 'choseong':
        a, b = n['text'].split(), n['intended'].split()
        if len(a) != len(b): err('초성 단어 수', n['key'])
        has = False
        for x, y in zip(a, b):
            if re.fullmatch(r'[ㄱ-ㅎ]+', x):
                has = True
                if kbd.choseong(y) != x: err('초성 불일치', n['key'], x, y)
            elif x != y: err('초성 일반어 불일치', n['key'], x, y)
        if not has: err('초성 없음', n['key'])
    if n['kind'] in ('synonym', 'typo'):
        if not n.get('absent'): err('absent 없음', n['key'])
        if n['absent'][0] not in n['text']: err('absent 가 수요문에 없음', n['key'], n['absent'][0])
        for w in n['absent']:
            if w in cattext or w.replace(' ', '') in cattext_ns: err('동의어/오타가 카탈로그에 있음', n['key'], w)
    if n['kind'] == 'spacing':
        if n['form'] not in cattext: err('띄어쓰기 형태가 카탈로그에 없음', n['key'], n['form'])
        if n['text'] in cattext: err('수요 형태가 카탈로그에 그대로 있음', n['key'], n['text'])
        if n['text'] == n['form'] or n['text'].replace(' ', '') not in (n['form'].replace(' ', ''), '한국어' + n['form'].replace(' ', '')):
            if n['form'].replace(' ', '') not in n['text'].replace(' ', ''):
                err('띄어쓰기 차이 아님', n['key'])
    if n['kind'] == 'location':
        if n['dong'] not in ALL_DONG_BASE: err('없는 법정동', n['key'], n['dong'])
        if not n['text'].startswith(n['dong']): err('동 이름이 수요문에 없음', n['key'])
    if n['kind'] == 'quantity' and not (n.get('qty') or n.get('budget') or n.get('cap') or n.get('spec')):
        err('수량 조건 없음', n['key'])

if ERR:
    print('실패 %d건' % len(ERR))
    for e in ERR: print(' -', e)
    sys.exit(1)
print('OK: 제품 %d, 기업 %d, 분류 %d, 수요 %d, qrels %d' % (len(cat), len(ents), ncat, len(queries), len(qrels)))
print('유형별:', dict(cnt))
