# -*- coding: utf-8 -*-
"""형식·개수·코드·관련도2 존재·한영 왕복·초성·동의어/오타 부재·법정동 실재 검사. 문제 없으면 OK."""
import csv, os, re, sys, collections
from kbd import keys_to_hangul, hangul_to_keys, choseong
import needs_data as ND

HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
ERR = []; WARN = []
def err(*a): ERR.append(' '.join(str(x) for x in a))

def g(prefix, rng): return [prefix + '%d가' % i for i in rng]
DONG = {
 '완산구': set(g('중앙동', range(1, 5)) + g('경원동', range(1, 4)) + g('풍남동', range(1, 4)) + g('다가동', range(1, 5))
   + g('서완산동', range(1, 3)) + g('중화산동', range(1, 3)) + g('효자동', range(1, 4)) + g('삼천동', range(1, 4))
   + g('평화동', range(1, 4)) + g('전동', range(3, 4)) +
   '전동 고사동 교동 태평동 중노송동 남노송동 서노송동 동완산동 완산동 동서학동 서서학동 서신동 석구동 원당동 중인동 용복동 대성동 색장동 상림동'.split()),
 '덕진구': set(g('인후동', range(1, 3)) + g('덕진동', range(1, 3)) + g('팔복동', range(1, 5)) + g('우아동', range(1, 4))
   + g('호성동', range(1, 4)) + g('전미동', range(1, 3)) + g('송천동', range(1, 3)) +
   '진북동 금암동 산정동 금상동 반월동 화전동 용정동 성덕동 원동 고랑동 여의동 만성동 장동 도도동 강흥동 도덕동 남정동 중동'.split()),
}
ALL_DONG = DONG['완산구'] | DONG['덕진구']

def read(name, header):
    p = os.path.join(OUT, name)
    raw = open(p, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(name, 'BOM 있음')
    rows = list(csv.reader(raw.decode('utf-8').splitlines()))
    if rows[0] != header: err(name, '헤더 불일치', rows[0])
    for r in rows[1:]:
        if len(r) != len(header): err(name, '열 개수', r)
    return rows[1:]

cat = read('catalog.csv', '제품코드,기업명,기업유형,사업자등록번호,제품명,분류,규격,단가,단위,설명,주소'.split(','))
q = read('queries.csv', ['수요번호', '수요내용', '수량', '예산'])
qk = read('query_kinds.csv', ['수요번호', '유형'])
qr = read('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'])
nm = read('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
hy = read('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'])
idm = {r[0]: r for r in csv.reader(open(os.path.join(HERE, 'id_map.csv'), encoding='utf-8'))}

# ---- catalog ----
codes = [r[0] for r in cat]
if codes != ['ZZM%04d' % (i + 1) for i in range(len(codes))]: err('제품코드 연번 아님')
if not 280 <= len(cat) <= 320: err('제품 수', len(cat))
ents = {}
for r in cat:
    code, en, typ, biz, name, cl, spec, price, unit, desc, addr = r
    if typ not in {'사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'}: err(code, '기업유형', typ)
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', biz): err(code, '사업자번호', biz)
    if not re.fullmatch(r'[1-9]\d*', price): err(code, '단가', price)
    m = re.fullmatch(r'전북특별자치도 전주시 (완산구|덕진구) \S+ \d+ \((\S+)\)', addr)
    if not m: err(code, '주소 형식', addr)
    elif m.group(2) not in DONG[m.group(1)]: err(code, '법정동/구 불일치', addr)
    if not all([en, name, cl, spec, unit, desc]): err(code, '빈 칸')
    ents.setdefault(en, set()).add((typ, biz, addr))
for en, v in ents.items():
    if len(v) != 1: err('기업 정보 불일치', en, v)
bizs = collections.Counter(list(v)[0][1] for v in ents.values())
if any(c > 1 for c in bizs.values()): err('사업자번호 중복')
ncat = len(set(r[5] for r in cat))
if not 25 <= ncat <= 36: err('분류 수', ncat)
cat_text = '\n'.join('\n'.join(r[1:]) for r in cat)  # 열끼리 붙여 생기는 가짜 일치를 막으려 열마다 줄바꿈

# ---- queries / kinds ----
ids = [r[0] for r in q]
if ids != ['ZZM-Q%03d' % (i + 1) for i in range(150)]: err('수요번호 형식/개수')
for r in q:
    for x in r[2:]:
        if x and not re.fullmatch(r'[1-9]\d*', x): err(r[0], '수량/예산 정수 아님', x)
kind = {r[0]: r[1] for r in qk}
KINDS = 'exact synonym typo hanyeong spacing choseong quantity long_sentence category location multi_item no_match'.split()
cnt = collections.Counter(kind.values())
for k in KINDS:
    if k == 'no_match':
        if cnt[k] != 30: err('no_match 개수', cnt[k])
    elif not 10 <= cnt[k] <= 11: err(k, '개수', cnt[k])
if set(kind) != set(ids): err('query_kinds 수요번호 불일치')
if sum(cnt[k] for k in KINDS if k != 'no_match') != 120: err('매칭 수요 120개 아님')

# ---- qrels ----
codeset = set(codes); seen = set(); rel2 = collections.defaultdict(set); has = collections.defaultdict(int)
for qid, code, rel, item in qr:
    if qid not in kind: err('qrels 수요번호 없음', qid)
    if code not in codeset: err('qrels 제품코드 없음', code)
    if rel not in ('1', '2'): err('관련도', qid, code, rel)
    if (qid, code) in seen: err('qrels 중복', qid, code)
    seen.add((qid, code)); has[qid] += 1
    if kind.get(qid) == 'multi_item':
        if not item: err(qid, 'multi_item 품목 빈칸')
    elif item: err(qid, '품목은 multi_item만')
    if kind.get(qid) == 'no_match': err(qid, 'no_match에 qrels 있음')
    if rel == '2': rel2[qid].add(item)
for qid in ids:
    if kind[qid] != 'no_match' and not rel2[qid]: err(qid, '관련도 2 제품 없음')
# multi_item: 품목마다 관련도 2
needs = {n['key']: n for n in ND.NEEDS}
qtext = {r[0]: r[1] for r in q}
for qid in ids:
    key = idm[qid][1]
    if key in needs:
        n = needs[key]
        if qtext[qid] != n['text']: err(qid, '수요내용이 needs_data와 다름')
        if n['kind'] != kind[qid]: err(qid, '유형 불일치')
        if n['kind'] == 'multi_item':
            want = {i for i, _, _ in n['items']}
            if rel2[qid] != want: err(qid, '품목별 관련도2 누락', want - rel2[qid])
            for i in want:
                if i not in qtext[qid]: err(qid, '품목이 수요 글에 없음', i)

# ---- no_match detail ----
if len(nm) != 30: err('no_match_detail 행 수')
c = collections.Counter(r[1] for r in nm)
if c != {'hard': 20, 'easy': 10}: err('난이도 분포', c)
for r in nm:
    if kind.get(r[0]) != 'no_match': err(r[0], 'no_match 아님')
    if r[1] == 'hard' and not r[2]: err(r[0], 'hard인데 겹치는 말 없음')

# ---- 한영 ----
full = mixed = 0
for qid, inp, intended in hy:
    if kind.get(qid) != 'hanyeong': err(qid, '한영 유형 아님')
    if qtext[qid] != inp: err(qid, '입력이 queries와 다름')
    if keys_to_hangul(inp) != intended: err(qid, '키→한글 불일치', inp, keys_to_hangul(inp), intended)
    if hangul_to_keys(intended) != re.sub(r'[가-힣]+', lambda m: m.group(0), inp) and \
       re.sub(r'[가-힣]+', lambda m: hangul_to_keys(m.group(0)), inp) != hangul_to_keys(intended):
        err(qid, '한글→키 불일치', intended)
    if re.search(r'[가-힣]', inp): mixed += 1
    else: full += 1
if (full, mixed) != (8, 3): err('한영 완전/혼합', full, mixed)
if len(hy) != cnt['hanyeong']: err('hanyeong_intended 행 수')

# ---- 초성 ----
for n in ND.NEEDS:
    if n['kind'] != 'choseong': continue
    tw, iw = n['text'].split(), n['intended'].split()
    if len(tw) != len(iw): err(n['key'], '초성 단어 수')
    ok = False
    for a, b in zip(tw, iw):
        if re.fullmatch(r'[ㄱ-ㅎ]+', a):
            ok = True
            if choseong(b) != a:
                # 된소리를 Shift 없이 친 경우(ㄲ->ㄱ 등)는 경고만: 수요 글은 카탈로그 작성 후 고치지 않음
                if choseong(b).translate(str.maketrans('ㄲㄸㅃㅆㅉ', 'ㄱㄷㅂㅅㅈ')) == a:
                    WARN.append('%s 초성 된소리 생략 %s <- %s' % (n['key'], a, b))
                else: err(n['key'], '초성 불일치', a, b)
        elif a != b: err(n['key'], '초성 외 단어 불일치', a, b)
    if not ok: err(n['key'], '초성 토큰 없음')

# ---- 카탈로그에 없어야 할 말(동의어/오타/띄어쓰기) ----
for n in ND.NEEDS:
    if n['kind'] in ('synonym', 'typo', 'spacing'):
        if not n.get('absent'): err(n['key'], 'absent 없음')
        for w in n.get('absent', []):
            if w not in n['text']: err(n['key'], 'absent 말이 수요에 없음', w)
            if w in cat_text: err(n['key'], '카탈로그에 있음', w)
    if n['kind'] == 'spacing':
        # 같은 글자를 다른 띄어쓰기로는 카탈로그에 있어야 함
        nospace = n['text'].replace(' ', '')
        if nospace not in cat_text.replace(' ', ''): err(n['key'], '붙여 쓴 형태도 카탈로그에 없음', nospace)

# ---- 위치 수요의 동 ----
for n in ND.NEEDS:
    if n['kind'] == 'location':
        d = n['dong']
        if not n['text'].startswith(d): err(n['key'], '동 이름이 수요 앞에 없음')
        if d not in ALL_DONG and not any(re.fullmatch(re.escape(d) + r'\d가', x) for x in ALL_DONG):
            err(n['key'], '실재 법정동 아님', d)

print('catalog', len(cat), 'products,', len(ents), 'enterprises,', ncat, 'categories')
print('kinds', dict(cnt)); print('qrels', len(qr), collections.Counter(r[2] for r in qr))
for w in WARN: print('WARN', w)
if ERR:
    print('\n'.join(ERR)); print('ERRORS', len(ERR)); sys.exit(1)
print('OK')
