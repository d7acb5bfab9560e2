# -*- coding: utf-8 -*-
"""평가셋 검사: 형식, 개수, 코드 존재, 관련도 2 존재, 한영 왕복, 초성, 동의어/오타 부재, 띄어쓰기, 법정동."""
import csv, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from kbd import hangul_to_keys, keys_to_hangul, choseong  # noqa
from needs_data import NEEDS  # noqa

ERR = []
WARN = []
# 수요 글은 카탈로그 작성 후 고치지 않는다는 규칙 때문에 남겨 둔 알려진 예외(검사에서 경고로만 표시)
KNOWN_HY_EXCEPTIONS = {
    'akcmzm': '1단계에서 마스크(aktmzm)를 잘못 옮겨 적음: ㅅ(t) 자리에 ㅊ(c). 자판 변환하면 "마츠크"가 되어 '
              '한영+오타가 겹친 수요가 됨. 수요 글 수정 금지 규칙에 따라 그대로 두고 의도는 마스크로 기록.',
}


def err(msg):
    ERR.append(msg)


# 전주시 법정동 (완산구/덕진구)
WANSAN = (['중앙동%d가' % i for i in range(1, 5)] + ['경원동%d가' % i for i in range(1, 4)] +
          ['풍남동%d가' % i for i in range(1, 4)] + ['전동', '전동3가'] + ['다가동%d가' % i for i in range(1, 5)] +
          ['고사동', '교동', '태평동', '중노송동', '남노송동', '서노송동', '동완산동', '서완산동1가', '서완산동2가',
           '동서학동', '서서학동', '중화산동1가', '중화산동2가', '서신동', '석구동', '원당동', '중인동', '용복동',
           '대성동', '색장동', '상림동'] + ['평화동%d가' % i for i in range(1, 4)] +
          ['삼천동%d가' % i for i in range(1, 4)] + ['효자동%d가' % i for i in range(1, 4)])
DEOKJIN = (['진북동', '인후동1가', '인후동2가', '덕진동1가', '덕진동2가', '금암동', '산정동', '금상동', '반월동', '화전동',
            '용정동', '성덕동', '원동', '고랑동', '여의동', '만성동', '장동', '도도동', '강흥동', '도덕동', '남정동',
            '중동', '동산동', '쌍정동', '전미동1가', '전미동2가', '송천동1가', '송천동2가'] +
           ['팔복동%d가' % i for i in range(1, 5)] + ['우아동%d가' % i for i in range(1, 4)] +
           ['호성동%d가' % i for i in range(1, 4)])
LEGAL = {'완산구': set(WANSAN), '덕진구': set(DEOKJIN)}
ALLDONG = set(WANSAN) | set(DEOKJIN)
ALLBASE = ALLDONG | {re.sub(r'\d가$', '', d) for d in ALLDONG}


def read(name, header):
    p = os.path.join(OUT, name)
    raw = open(p, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        err('%s: BOM 있음' % name)
    raw.decode('utf-8')
    rows = list(csv.reader(open(p, encoding='utf-8', newline='')))
    if rows[0] != header:
        err('%s: 헤더 %r != %r' % (name, rows[0], header))
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err('%s:%d 열 수 %d' % (name, i, len(r)))
    return [dict(zip(header, r)) for r in rows[1:]]


cat = read('catalog.csv', ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소'])
qs = read('queries.csv', ['수요번호', '수요내용', '수량', '예산'])
kinds = read('query_kinds.csv', ['수요번호', '유형'])
qrels = read('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'])
nmd = read('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
hy = read('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'])
idmap = list(csv.DictReader(open(os.path.join(HERE, 'id_map.csv'), encoding='utf-8')))

# ---- catalog
codes = set()
ents = {}
for r in cat:
    c = r['제품코드']
    if not re.fullmatch(r'ZZN\d{4}', c): err('코드 형식 ' + c)
    if c in codes: err('코드 중복 ' + c)
    codes.add(c)
    if r['기업유형'] not in ('사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'): err('기업유형 ' + c)
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']): err('사업자번호 ' + c)
    if not re.fullmatch(r'\d+', r['단가']): err('단가 ' + c)
    m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) \S+ \d+ \((\S+)\)', r['주소'])
    if not m: err('주소 형식 ' + c)
    elif m.group(2) not in LEGAL[m.group(1)]: err('법정동/구 불일치 %s %s' % (c, r['주소']))
    ents.setdefault(r['기업명'], set()).add((r['기업유형'], r['사업자등록번호'], r['주소']))
for e, v in ents.items():
    if len(v) != 1: err('기업 정보 불일치 ' + e)
if not 280 <= len(cat) <= 320: err('제품 수 %d' % len(cat))
nent, ncat = len(ents), len({r['분류'] for r in cat})
if not 55 <= nent <= 75: err('기업 수 %d' % nent)
if not 25 <= ncat <= 35: err('분류 수 %d' % ncat)
biz = collections.defaultdict(set)
for r in cat: biz[r['사업자등록번호']].add(r['기업명'])
for b, v in biz.items():
    if len(v) > 1: err('사업자번호 공유 %s %s' % (b, v))
cattext = '\n'.join(' '.join([r['기업명'], r['제품명'], r['분류'], r['규격'], r['설명']]) for r in cat)

# ---- queries / ids
ids = [q['수요번호'] for q in qs]
if ids != ['ZZN-Q%03d' % i for i in range(1, 151)]: err('수요번호가 ZZN-Q001..150 순서가 아님')
kind = {k['수요번호']: k['유형'] for k in kinds}
if set(kind) != set(ids): err('query_kinds 수요번호 불일치')
cnt = collections.Counter(kind.values())
for k in ['exact', 'synonym', 'typo', 'hanyeong', 'spacing', 'choseong', 'quantity', 'long_sentence', 'category', 'location', 'multi_item']:
    if not 10 <= cnt[k] <= 11: err('유형 %s 개수 %d' % (k, cnt[k]))
if cnt['no_match'] != 30: err('no_match %d' % cnt['no_match'])
if sum(cnt.values()) != 150: err('총 수요 %d' % sum(cnt.values()))
for q in qs:
    for f in ('수량', '예산'):
        if q[f] and not re.fullmatch(r'\d+', q[f]): err('%s %s 정수 아님' % (q['수요번호'], f))
text = {q['수요번호']: q['수요내용'] for q in qs}

# ---- qrels
rel2 = collections.defaultdict(int)
seen = set()
items2 = collections.defaultdict(set)
for r in qrels:
    if r['수요번호'] not in kind: err('qrels 없는 수요 ' + r['수요번호'])
    if r['제품코드'] not in codes: err('qrels 없는 제품 ' + r['제품코드'])
    if r['관련도'] not in ('1', '2'): err('관련도 값 %r' % r['관련도'])
    if (r['수요번호'], r['제품코드']) in seen: err('qrels 중복 %s %s' % (r['수요번호'], r['제품코드']))
    seen.add((r['수요번호'], r['제품코드']))
    k = kind.get(r['수요번호'])
    if k == 'no_match': err('no_match에 qrels ' + r['수요번호'])
    if k == 'multi_item':
        if not r['품목']: err('multi_item 품목 비어 있음 %s' % r['수요번호'])
        elif r['품목'] not in text[r['수요번호']]: err('품목이 수요 글에 없음 %s %s' % (r['수요번호'], r['품목']))
        if r['관련도'] == '2': items2[r['수요번호']].add(r['품목'])
    elif r['품목']: err('multi_item 아닌데 품목 %s' % r['수요번호'])
    if r['관련도'] == '2': rel2[r['수요번호']] += 1
for i in ids:
    if kind[i] != 'no_match' and rel2[i] == 0: err('관련도 2 없음 ' + i)
im = {m['수요번호']: m for m in idmap}
keyneed = {}
c2 = {}
for n in NEEDS:
    c2[n['kind']] = c2.get(n['kind'], 0) + 1
    keyneed['%s-%02d' % (n['kind'], c2[n['kind']])] = n
for i in ids:
    m = im[i]
    if m['유형'] != kind[i] or m['수요내용'] != text[i]: err('id_map 불일치 ' + i)
    if kind[i] == 'multi_item':
        n = keyneed[m['내부키']]
        for it in n['items']:
            if it['item'] not in items2[i]: err('multi_item 품목 %s에 관련도 2 없음 %s' % (it['item'], i))
if {n['수요번호'] for n in nmd} != {i for i in ids if kind[i] == 'no_match'}: err('no_match_detail 불일치')
for n in nmd:
    if n['난이도'] not in ('hard', 'easy'): err('난이도 ' + n['수요번호'])
nd = collections.Counter(n['난이도'] for n in nmd)
if nd['hard'] != 20 or nd['easy'] != 10: err('no_match 난이도 %s' % nd)

# ---- 한영
hyids = {h['수요번호'] for h in hy}
if hyids != {i for i in ids if kind[i] == 'hanyeong'}: err('hanyeong_intended 수요번호 불일치')
full = mixed = 0
for h in hy:
    inp, want = h['입력'], h['의도한 한글']
    if inp != text[h['수요번호']]: err('한영 입력 불일치 ' + h['수요번호'])
    if re.search('[가-힣]', inp):
        mixed += 1
    else:
        full += 1
    if inp in KNOWN_HY_EXCEPTIONS:
        WARN.append('한영 예외 %s %s: %s' % (h['수요번호'], inp, KNOWN_HY_EXCEPTIONS[inp]))
        continue
    if keys_to_hangul(inp) != want: err('한영 변환 %s: %s -> %s != %s' % (h['수요번호'], inp, keys_to_hangul(inp), want))
    # 역방향: 의도 한글을 자판으로 -> 입력 (혼합이면 영문자 부분만)
    back = ''.join(hangul_to_keys(tok) if re.search('[a-zA-Z]', itok) else tok
                   for tok, itok in zip(re.split(r'(\s+)', want), re.split(r'(\s+)', inp)))
    if back != inp: err('한영 역변환 %s: %s != %s' % (h['수요번호'], back, inp))
if (full, mixed) != (8, 3): err('한영 전체/혼합 %d/%d' % (full, mixed))

# ---- 키별 검사 (초성, 동의어/오타, 띄어쓰기, 위치)
for i in ids:
    m = im[i]
    if m['유형'] == 'no_match': continue
    n = keyneed[m['내부키']]
    k = n['kind']
    if k == 'choseong':
        q, want = n['text'], n['intended']
        if not re.search('[ㄱ-ㅎ]', q): err('초성 없음 ' + i)
        qt, wt = q.split(), want.split()
        if len(qt) != len(wt): err('초성 낱말 수 ' + i)
        for a, b in zip(qt, wt):
            if re.fullmatch('[ㄱ-ㅎ]+', a):
                if choseong(b) != a: err('초성 불일치 %s %s %s' % (i, a, b))
            elif a != b: err('초성 수요의 일반 낱말 불일치 ' + i)
    if k in ('synonym', 'typo'):
        if n['word'] not in n['text']: err('동의어/오타 단어가 수요에 없음 ' + i)
        if n['word'] in cattext: err('동의어/오타 단어가 카탈로그에 있음 %s %s' % (i, n['word']))
    if k == 'spacing':
        if n['form'] not in n['text']: err('띄어쓰기 form 없음 ' + i)
        if n['form'] in cattext: err('띄어쓰기 form이 카탈로그에 있음 %s %s' % (i, n['form']))
        if n['catform'] not in cattext: err('catform이 카탈로그에 없음 %s %s' % (i, n['catform']))
        if n['form'].replace(' ', '') != n['catform'].replace(' ', ''): err('띄어쓰기 외 차이 ' + i)
    if k == 'location':
        if n['dong'] not in ALLBASE: err('실재하지 않는 동 %s %s' % (i, n['dong']))
        if not n['text'].startswith(n['dong']): err('위치 수요가 동으로 시작하지 않음 ' + i)
    if k == 'quantity':
        if not (n.get('qty') or n.get('cap') or n.get('spec') or n.get('budget')): err('quantity 조건 없음 ' + i)

print('제품 %d, 기업 %d, 분류 %d, 수요 %d, qrels %d' % (len(cat), nent, ncat, len(qs), len(qrels)))
print('유형별:', dict(cnt))
for w in WARN:
    print('경고:', w)
if ERR:
    print('오류 %d건' % len(ERR))
    for e in ERR:
        print(' -', e)
    sys.exit(1)
print('OK: 모든 검사 통과')
