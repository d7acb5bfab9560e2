# -*- coding: utf-8 -*-
"""ZJ 평가셋 검증. 실패하면 종료 코드 1.

형식(UTF-8, BOM 없음, 헤더), 건수, 코드 존재, 모든 매칭 수요의 관련도 2 존재, 한영 왕복 변환,
초성 정확성, synonym/typo 단어의 카탈로그 부재, spacing 형태, location 동의 실재 여부 등을 확인한다.
"""
import collections
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..')
sys.path.insert(0, HERE)
import build_catalog  # noqa: E402
import kbd  # noqa: E402
import needs_data  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)


def read(name, header):
    path = os.path.join(ROOT, name)
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        err('%s: BOM 있음' % name)
    text = raw.decode('utf-8')
    rows = list(csv.reader(text.splitlines()))
    if rows[0] != header:
        err('%s: 헤더 %r != %r' % (name, rows[0], header))
    return [dict(zip(header, r)) for r in rows[1:]]


KINDS = ['exact', 'synonym', 'typo', 'hanyeong', 'spacing', 'choseong', 'quantity', 'long_sentence',
         'category', 'location', 'multi_item', 'no_match']
EXPECT = {k: 11 for k in KINDS}
EXPECT['multi_item'] = 10
EXPECT['no_match'] = 30

# ------------------------------------------------------------------ catalog
cat = read('catalog.csv', ['제품코드', '기업명', '기업유형', '사업자등록번호', '제품명', '분류', '규격', '단가', '단위', '설명', '주소'])
codes = [r['제품코드'] for r in cat]
if codes != ['ZJ%04d' % (i + 1) for i in range(len(cat))]:
    err('제품코드가 ZJ0001부터 연속이 아님')
ETYPES = {'사회적기업', '예비사회적기업', '마을기업', '자활기업', '협동조합'}
ent_info = {}
addr_re = re.compile(r'^전북특별자치도 전주시 (완산구|덕진구) (\S+) (\d+(?:-\d+)?) \((\S+)\)$')
for r in cat:
    if r['기업유형'] not in ETYPES:
        err('기업유형 이상: %s' % r['제품코드'])
    if not re.fullmatch(r'\d{3}-\d{2}-\d{5}', r['사업자등록번호']):
        err('사업자등록번호 형식: %s' % r['제품코드'])
    if not re.fullmatch(r'[1-9]\d*', r['단가']):
        err('단가 정수 아님: %s' % r['제품코드'])
    m = addr_re.match(r['주소'])
    if not m:
        err('주소 형식: %s %s' % (r['제품코드'], r['주소']))
    elif m.group(4) not in build_catalog.LEGAL_DONG[m.group(1)]:
        err('구-법정동 짝 오류: %s %s' % (r['제품코드'], r['주소']))
    for col in ['제품명', '분류', '규격', '단위', '설명', '기업명']:
        if not r[col].strip():
            err('빈 칸: %s %s' % (r['제품코드'], col))
    info = (r['기업유형'], r['사업자등록번호'], r['주소'])
    if ent_info.setdefault(r['기업명'], info) != info:
        err('같은 기업의 정보 불일치: %s' % r['기업명'])
bns = collections.Counter(v[1] for v in ent_info.values())
if any(c > 1 for c in bns.values()):
    err('사업자등록번호 중복')
n_prod, n_ent, n_cat = len(cat), len(ent_info), len({r['분류'] for r in cat})
if not (270 <= n_prod <= 310):
    err('제품 수 %d' % n_prod)
if not (60 <= n_ent <= 70):
    err('기업 수 %d' % n_ent)
if not (27 <= n_cat <= 33):
    err('분류 수 %d' % n_cat)
catalog_text = '\n'.join(' '.join(r.values()) for r in cat)

# ------------------------------------------------------------------ queries / kinds
qs = read('queries.csv', ['수요번호', '수요내용', '수량', '예산'])
ks = read('query_kinds.csv', ['수요번호', '유형'])
ids = ['ZJ-Q%03d' % (i + 1) for i in range(150)]
if sorted(r['수요번호'] for r in qs) != ids:
    err('queries.csv 수요번호가 ZJ-Q001..150 이 아님')
if [r['수요번호'] for r in ks] != [r['수요번호'] for r in qs]:
    err('query_kinds.csv 순서/번호 불일치')
for r in qs:
    for c in ['수량', '예산']:
        if r[c] and not re.fullmatch(r'[1-9]\d*', r[c]):
            err('%s %s 정수 아님: %r' % (r['수요번호'], c, r[c]))
kind_of = {r['수요번호']: r['유형'] for r in ks}
cnt = collections.Counter(kind_of.values())
for k in KINDS:
    if cnt.get(k, 0) != EXPECT[k]:
        err('유형 %s 건수 %d != %d' % (k, cnt.get(k, 0), EXPECT[k]))
if set(cnt) - set(KINDS):
    err('알 수 없는 유형 %s' % (set(cnt) - set(KINDS)))
text_of = {r['수요번호']: r['수요내용'] for r in qs}

# needs_data 와 대조 (need_ids.csv 로 key 매핑)
idmap = {r['수요번호']: r['key'] for r in csv.DictReader(open(os.path.join(HERE, 'need_ids.csv'), encoding='utf-8'))}
need_by_key = {n['key']: n for n in needs_data.ALL_NEEDS}
for qid, key in idmap.items():
    n = need_by_key[key]
    if n['text'] != text_of[qid] or n['kind'] != kind_of[qid]:
        err('needs_data 와 queries 불일치: %s %s' % (qid, key))
# 섞기 확인: 번호 순서가 유형별로 몰리지 않았는지
first = [kind_of[i] for i in ids[:20]]
if len(set(first)) < 5:
    err('섞기가 안 된 것 같음')

# ------------------------------------------------------------------ qrels
qr = read('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'])
codeset = set(codes)
seen = set()
g2 = collections.Counter()
for r in qr:
    q, c = r['수요번호'], r['제품코드']
    if q not in kind_of:
        err('qrels 수요번호 없음 %s' % q)
        continue
    if c not in codeset:
        err('qrels 제품코드 없음 %s' % c)
    if r['관련도'] not in ('1', '2'):
        err('관련도 값 %s %s %r' % (q, c, r['관련도']))
    if (q, c) in seen:
        err('qrels 중복 %s %s' % (q, c))
    seen.add((q, c))
    if kind_of[q] == 'no_match':
        err('no_match 에 qrels 있음 %s' % q)
    if kind_of[q] == 'multi_item':
        items = [it[0] for it in need_by_key[idmap[q]]['items']]
        if r['품목'] not in items:
            err('multi_item 품목 이상 %s %s %r' % (q, c, r['품목']))
    elif r['품목']:
        err('multi_item 아닌데 품목 있음 %s %s' % (q, c))
    if r['관련도'] == '2':
        g2[q] += 1
for q, k in kind_of.items():
    if k != 'no_match' and g2[q] == 0:
        err('관련도 2 제품 없음 %s (%s)' % (q, text_of[q]))
# multi_item: 품목마다 관련도 2 가 하나 이상
for q, k in kind_of.items():
    if k == 'multi_item':
        have = {r['품목'] for r in qr if r['수요번호'] == q and r['관련도'] == '2'}
        for it in need_by_key[idmap[q]]['items']:
            if it[0] not in have:
                err('multi_item 품목 %s 에 관련도 2 없음 (%s)' % (it[0], q))

# ------------------------------------------------------------------ no_match_detail
nm = read('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
if sorted(r['수요번호'] for r in nm) != sorted(q for q, k in kind_of.items() if k == 'no_match'):
    err('no_match_detail 수요번호 불일치')
lv = collections.Counter(r['난이도'] for r in nm)
if lv != collections.Counter({'어려움': 20, '쉬움': 10}):
    err('no_match 난이도 분포 %s' % dict(lv))
for r in nm:
    if not r['해당 없음 이유'] or not r['겹치는 말']:
        err('no_match_detail 빈 칸 %s' % r['수요번호'])

# ------------------------------------------------------------------ 한영
if not kbd._selftest():
    err('kbd 자체 점검 실패')
hy = read('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'])
hy_ids = sorted(q for q, k in kind_of.items() if k == 'hanyeong')
if sorted(r['수요번호'] for r in hy) != hy_ids:
    err('hanyeong_intended 수요번호 불일치')
whole = mixed = 0
for r in hy:
    inp, want = r['입력'], r['의도한 한글']
    if inp != text_of[r['수요번호']]:
        err('한영 입력이 수요내용과 다름 %s' % r['수요번호'])
    if kbd.en2ko(inp) != want:
        err('한영 변환 불일치 %s: %s → %s != %s' % (r['수요번호'], inp, kbd.en2ko(inp), want))
    # 역방향: 의도한 한글 중 영문으로 친 부분을 다시 키로 바꾸면 입력과 같아야 함
    iw, ww = inp.split(' '), want.split(' ')
    if len(iw) != len(ww):
        err('한영 단어 수 불일치 %s' % r['수요번호'])
    for a, b in zip(iw, ww):
        if re.search('[가-힣]', a):
            if a != b:
                err('한영 혼합 한글 부분 불일치 %s' % r['수요번호'])
        elif kbd.ko2en(b) != a:
            err('한영 역변환 불일치 %s: %s → %s != %s' % (r['수요번호'], b, kbd.ko2en(b), a))
    if re.search('[가-힣]', inp):
        mixed += 1
    else:
        whole += 1
if (whole, mixed) != (8, 3):
    err('한영 구성 whole=%d mixed=%d (8/3 이어야 함)' % (whole, mixed))

# ------------------------------------------------------------------ 초성, synonym/typo, spacing, location
CHO_JAMO = set(kbd.CHO)
for q, k in kind_of.items():
    n = need_by_key[idmap[q]]
    t = text_of[q]
    if k == 'choseong':
        tw, iw = t.split(' '), n['intended'].split(' ')
        if len(tw) != len(iw):
            err('초성 단어 수 불일치 %s' % q)
        has = False
        for a, b in zip(tw, iw):
            if a and all(ch in CHO_JAMO for ch in a):
                has = True
                if kbd.choseong(b) != a:
                    err('초성 오류 %s: %s ≠ choseong(%s)=%s' % (q, a, b, kbd.choseong(b)))
            elif a != b:
                err('초성 수요의 일반 단어 불일치 %s' % q)
        if not has:
            err('초성 없음 %s' % q)
    if k in ('synonym', 'typo'):
        w = n['word']
        if w not in t:
            err('%s 단어 %s 가 수요에 없음 (%s)' % (k, w, q))
        if w in catalog_text:
            err('%s 단어 %s 가 카탈로그에 있음 (%s)' % (k, w, q))
    if k == 'spacing':
        if n['spaced'] != t:
            err('spacing 형태 불일치 %s' % q)
        if n['spaced'] in catalog_text:
            err('spacing 수요 형태가 카탈로그에 그대로 있음 %s (%s)' % (q, t))
        if n['catalog_form'] not in catalog_text:
            err('spacing 카탈로그 형태 없음 %s (%s)' % (q, n['catalog_form']))
        if n['spaced'].replace(' ', '') != n['catalog_form'].replace(' ', ''):
            err('spacing 두 형태의 글자가 다름 %s' % q)
    if k == 'location':
        d = n['dong']
        if d not in t:
            err('location 동 이름이 수요에 없음 %s' % q)
        bases = set(build_catalog.ADMIN_DONG)
        for lst in build_catalog.LEGAL_DONG.values():
            for x in lst:
                bases.add(re.sub(r'\d가$', '', x))
        if d not in bases:
            err('location 동이 전주에 없음 %s %s' % (q, d))
    if k == 'quantity':
        if not re.search(r'\d', t):
            err('quantity 수요에 숫자 없음 %s' % q)
    if k == 'multi_item':
        if not 2 <= len(n['items']) <= 3:
            err('multi_item 품목 수 %s' % q)

# ------------------------------------------------------------------ tools 파일
for f in ['needs_data.py', 'catalog_data.py', 'build_catalog.py', 'build_queries.py', 'validate.py', 'kbd.py',
          'sweep_report.txt']:
    if not os.path.exists(os.path.join(HERE, f)):
        err('tools/%s 없음' % f)
sw = open(os.path.join(HERE, 'sweep_report.txt'), encoding='utf-8').read()
m = re.search(r'미검토: (\d+)', sw)
if not m or m.group(1) != '0':
    err('sweep 미검토 항목 있음')
if not os.path.exists(os.path.join(ROOT, 'README.md')):
    err('README.md 없음')

# ------------------------------------------------------------------ 요약
n1 = sum(1 for r in qr if r['관련도'] == '1')
print('제품 %d, 기업 %d, 분류 %d' % (n_prod, n_ent, n_cat))
print('수요 %d: %s' % (len(qs), ', '.join('%s %d' % (k, cnt[k]) for k in KINDS)))
print('qrels %d행 (2: %d, 1: %d)' % (len(qr), len(qr) - n1, n1))
if errors:
    print('\n실패 %d건:' % len(errors))
    for e in errors:
        print(' -', e)
    sys.exit(1)
print('검증 통과')
