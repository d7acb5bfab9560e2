# -*- coding: utf-8 -*-
"""4~5단계: 태그로 기계적 관련도 부여 + 스윕 + 섞기/번호 부여.
출력: ../queries.csv ../query_kinds.csv ../qrels.csv ../no_match_detail.csv ../hanyeong_intended.csv
      id_map.csv sweep.csv"""
import csv, os, re, random
from needs_data import NEEDS, NO_MATCH, INSTITUTIONS
from build_catalog import load
from sweep_review import OVERRIDES, REVIEWED, REVIEW_WORD, REVIEW_NEED, override_rules

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 20250611


def all_needs():
    out, cnt = [], {}
    for n in NEEDS:
        cnt[n['kind']] = cnt.get(n['kind'], 0) + 1
        d = dict(n)
        d['key'] = '%s-%02d' % (n['kind'], cnt[n['kind']])
        out.append(d)
    for i, (inst, diff, text, overlap, reason) in enumerate(NO_MATCH, 1):
        out.append(dict(kind='no_match', inst=inst, text=text, want=[], ok=[], key='no_match-%02d' % i,
                        difficulty=diff, overlap=overlap, reason=reason))
    return out


def dong_match(addr_dong, dong):
    return addr_dong == dong or (addr_dong.startswith(dong[:-1]) and re.fullmatch(re.escape(dong[:-1]) + r'동\d가', addr_dong) is not None)


def judge(spec_text, price, tags, want, ok, cap=None, spec=None):
    """태그 기반 관련도: 2=원하는 품목+조건 충족, 1=대체품 또는 조건 미충족, 0=해당 없음"""
    if set(tags) & set(want):
        good = True
        if cap is not None and price > cap:
            good = False
        if spec and not re.search(spec, spec_text, re.I):
            good = False
        return 2 if good else 1
    if set(tags) & set(ok):
        return 1
    return 0


def label(need, rows, meta):
    res = {}  # code -> (rel, item)
    for r, m in zip(rows, meta):
        tags = m['태그'].split('|')
        st = r['제품명'] + ' ' + r['규격']
        price = int(r['단가'])
        code = r['제품코드']
        if need['kind'] == 'no_match':
            continue
        if need['kind'] == 'location':
            if m['가게종류'] == need['shop']:
                res[code] = (2 if dong_match(m['법정동'], need['dong']) else 1, '')
            continue
        if need['kind'] == 'multi_item':
            best = (0, '')
            for it in need['items']:
                rel = judge(st, price, tags, it['want'], it['ok'], it.get('cap'), it.get('spec'))
                if rel > best[0]:
                    best = (rel, it['item'])
            if best[0]:
                res[code] = best
            continue
        rel = judge(st, price, tags, need['want'], need['ok'], need.get('cap'), need.get('spec'))
        if rel:
            res[code] = (rel, '')
    for (k, code), (rel, reason) in OVERRIDES.items():
        if k == need['key']:
            item = res.get(code, (0, ''))[1]
            if rel == 0:
                res.pop(code, None)
            else:
                res[code] = (rel, item or OVERRIDE_ITEM.get((k, code), ''))
    return res


OVERRIDE_ITEM = {}

STOP = set('제작 구매 업체 서비스 필요 요청 견적 납품 가능 주문 대량 사용 전주 전주시 개당 이하 이내 예산 다음 달 '
           '하고 하오니 합니다 주세요 주시기 바랍니다 구합니다 찾습니다 있습니다 위한 관련 우선 제품 사회적기업 사회적경제기업 '
           '일괄 당일 오후 매주 수요일 화요일 둘째 올해 하반기부터 계약하려고 교체가 여부 알려 추천해 가능한 '
           '에서 쓰는 자라 작업 용역 이상 정도 기관 센터 주 회 개 장 벌 박스 켤레 명 분 매 원 만원 천원'.split())
JOSA = ('에서는', '에게는', '으로', '에서', '에게', '까지', '부터', '께서', '하고', '이랑', '랑', '께', '을', '를', '이', '가',
        '은', '는', '에', '로', '과', '와', '의', '도', '만')


def content_words(need):
    text = need['text']
    if need['kind'] in ('hanyeong', 'choseong'):
        text = need['intended']
    if need['kind'] == 'typo':
        text = text + ' ' + need['correct']
    if need['kind'] == 'synonym':
        pass  # 동의어 자체는 카탈로그에 없음: 스윕은 나머지 낱말로
    words = set()
    for tok in re.split(r'[^0-9A-Za-z가-힣]+', text):
        if not tok:
            continue
        for j in JOSA:
            if tok.endswith(j) and len(tok) - len(j) >= 2:
                tok = tok[:-len(j)]
                break
        if len(tok) >= 2 and tok not in STOP and not re.fullmatch(r'[0-9a-zA-Z]+', tok) and not re.match(r'^\d', tok):
            words.add(tok)
    return sorted(words)


def main():
    rows, meta = load()
    needs = all_needs()
    OVERRIDES.update(override_rules(rows, meta))
    labels = {n['key']: label(n, rows, meta) for n in needs}
    # ---- sweep
    sweep = []
    for n in needs:
        ws = content_words(n)
        for r in rows:
            if r['제품코드'] in labels[n['key']]:
                continue
            txt = ' '.join([r['제품명'], r['규격'], r['설명']])
            hit = [w for w in ws if w in txt]
            if hit:
                code = r['제품코드']
                dec = REVIEWED.get((n['key'], code))
                if dec is None:
                    for w in hit:
                        if (n['key'], w) in REVIEW_WORD:
                            dec = REVIEW_WORD[(n['key'], w)]
                            break
                        if ('*', w) in REVIEW_WORD:
                            dec = REVIEW_WORD[('*', w)]
                            break
                if dec is None and n['key'] in REVIEW_NEED:
                    dec = REVIEW_NEED[n['key']]
                if dec is None and (n['key'], code) in OVERRIDES:
                    dec = 'OVERRIDE: ' + OVERRIDES[(n['key'], code)][1]
                sweep.append([n['key'], n['text'], code, r['제품명'], '/'.join(hit), dec or 'UNREVIEWED'])
    with open(os.path.join(HERE, 'sweep.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['내부키', '수요내용', '제품코드', '제품명', '겹친 낱말', '판단'])
        w.writerows(sweep)
    unrev = [s for s in sweep if s[-1] == 'UNREVIEWED']
    name = {r['제품코드']: r['제품명'] for r in rows}
    with open(os.path.join(HERE, 'overrides.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['내부키', '제품코드', '제품명', '관련도', '이유'])
        for (k, code), (rel, reason) in sorted(OVERRIDES.items()):
            w.writerow([k, code, name[code], rel, reason])
    # ---- shuffle & ids
    order = list(range(len(needs)))
    random.Random(SEED).shuffle(order)
    ids = {}
    for i, idx in enumerate(order, 1):
        ids[needs[idx]['key']] = 'ZZN-Q%03d' % i
    ordered = sorted(needs, key=lambda n: ids[n['key']])

    def wcsv(name, header, data):
        with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(data)

    wcsv('queries.csv', ['수요번호', '수요내용', '수량', '예산'],
         [[ids[n['key']], n['text'], n.get('qty') or '', n.get('budget') or ''] for n in ordered])
    wcsv('query_kinds.csv', ['수요번호', '유형'], [[ids[n['key']], n['kind']] for n in ordered])
    qrels = []
    for n in ordered:
        for code, (rel, item) in sorted(labels[n['key']].items()):
            qrels.append([ids[n['key']], code, rel, item if n['kind'] == 'multi_item' else ''])
    wcsv('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'], qrels)
    wcsv('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'],
         [[ids[n['key']], n['difficulty'], n['overlap'], n['reason']] for n in ordered if n['kind'] == 'no_match'])
    wcsv('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'],
         [[ids[n['key']], n['text'], n['intended']] for n in ordered if n['kind'] == 'hanyeong'])
    with open(os.path.join(HERE, 'id_map.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['수요번호', '내부키', '유형', '기관', '수요내용', '원하는 품목', '허용 대체품', '조건'])
        for n in ordered:
            cond = []
            if n.get('cap'): cond.append('단가<=%d' % n['cap'])
            if n.get('spec'): cond.append('규격~/%s/' % n['spec'])
            if n['kind'] == 'location': cond.append('%s + %s' % (n['dong'], n['shop']))
            want = '|'.join(n['want'])
            ok = '|'.join(n['ok'])
            if n['kind'] == 'multi_item':
                want = ' ; '.join('%s:%s' % (it['item'], '|'.join(it['want'])) for it in n['items'])
                ok = ' ; '.join('%s:%s' % (it['item'], '|'.join(it['ok'])) for it in n['items'] if it['ok'])
            if n['kind'] == 'category':
                want = ' ; '.join('%s=%s' % (g, '|'.join(v)) for g, v in n['groups'].items())
            w.writerow([ids[n['key']], n['key'], n['kind'], INSTITUTIONS[n['inst']], n['text'], want, ok, ' '.join(cond)])
    print('needs', len(needs), 'qrels', len(qrels), 'sweep', len(sweep), 'unreviewed', len(unrev))
    return unrev


if __name__ == '__main__':
    import sys
    u = main()
    if '-v' in sys.argv:
        for s in u:
            print(s)
