# -*- coding: utf-8 -*-
"""4·5단계: 태그로 관련도를 기계적으로 매기고(qrels), 스윕 후보를 뽑고, 섞어서 번호를 매긴다."""
import sys, os as _os
sys.path.insert(0, _os.path.dirname(_os.path.abspath(__file__)))
import csv, os, random, re
import needs_data as N
import build_catalog as BC
import review_data as RV
import kbd

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 7319


def dong_match(need_dong, prod_dong):
    return prod_dong == need_dong or re.fullmatch(re.escape(need_dong) + r'\d가', prod_dong) is not None


def rel_for(want, ok, cap, spec, p):
    tags = set(p['_tags'])
    if tags & set(want):
        good = True
        if cap is not None and p['단가'] > cap:
            good = False
        if spec and not re.search(spec, p['제품명'] + ' ' + p['규격']):
            good = False
        return 2 if good else 1
    if tags & set(ok):
        return 1
    return 0


def unit_cap(need):
    if need.get('cap') is not None:
        return need['cap']
    if need.get('budget') and need.get('qty'):
        return need['budget'] // need['qty']
    return None


def label(need, prods):
    """return {code: (rel, 품목)} before overrides"""
    res = {}
    if need['kind'] == 'location':
        for p in prods:
            if p['_shop'] == need['shop']:
                res[p['제품코드']] = (2 if dong_match(need['dong'], p['_dong']) else 1, '')
        return res
    if need['kind'] == 'multi_item':
        for (lab, want, ok, cap, spec) in need['items']:
            for p in prods:
                r = rel_for(want, ok, cap, spec, p)
                if r and r > res.get(p['제품코드'], (0, ''))[0]:
                    res[p['제품코드']] = (r, lab)
        return res
    cap = unit_cap(need)
    for p in prods:
        r = rel_for(need['want'], need['ok'], cap, need.get('spec'), p)
        if r:
            res[p['제품코드']] = (r, '')
    return res


# ---------------------------------------------------------------- sweep
STOP = set('''전주 행사 대회 교실 동호회 협회 센터 구매 구입 제작 주문 부탁 부탁드립니다 드립니다 합니다 하고자 하오니 하려고 하니
필요 가능 가능한 가능한지 알려주세요 알려주십시오 알려주시기 바랍니다 안내해 주십시오 문의드립니다 싶습니다 싶은데 좋겠습니다 찾습니다
제품 업체 사회적기업 견적 정도 이면 있는 하는 위한 위해 때 함께 새로 다음 매주 정기적으로 곳이면 관리소 봉사단 공연단 창작센터 스튜디오
세트 이내 이하 개당 규격 단가 납품 소량 장당 최소 수량 2025년 5월 17일(토) 6월부터 7월 8월 10월 11월 초까지 둘째 주 토요일 오전 기간 총 다는 앞에 녹음 시 심해서 이용하시는 어르신들께 나눠드릴
'''.split())
SUFFIX = ['에서', '으로', '에게', '이랑', '하고', '까지', '부터', '께서', '를', '을', '이', '가', '은', '는', '의', '에', '로', '와', '과', '도']


def content_words(text):
    words = set()
    for t in re.split(r'[\s,·()\[\]「」/]+', text):
        t = t.strip()
        if not t or t in STOP or re.fullmatch(r'[\d\w]*\d[\d\w]*', t) and re.search(r'\d', t) and len(t) < 2:
            continue
        base = t
        for s in SUFFIX:
            if base.endswith(s) and len(base) - len(s) >= 2:
                base = base[:-len(s)]
                break
        if base in STOP or len(base) < 2 or re.fullmatch(r'[\dA-Za-z]+', base):
            continue
        if re.fullmatch(r'\d+\D{0,2}', base):  # 10개, 20벌 ...
            continue
        words.add(base)
    return words


def sweep_text(need):
    if need['kind'] in ('hanyeong', 'choseong'):
        return need['intended']
    return need['text']


def build():
    prods = BC.products()
    byname = {p['제품명']: p for p in prods}
    needs = list(N.NEEDS)
    # no-match needs as dicts
    for (key, inst, text, diff, overlap, reason, qty) in N.NO_MATCH:
        needs.append(dict(key=key, kind='no_match', inst=inst, text=text, qty=qty, budget=None,
                          want=[], ok=[], difficulty=diff, overlap=overlap, reason=reason))
    # overrides
    for (k, pname) in list(RV.OVERRIDES) + list(RV.REVIEWED):
        assert pname in byname, ('unknown product in review', k, pname)
    allkeys = {n['key'] for n in needs}
    for (k, pname) in list(RV.OVERRIDES) + list(RV.REVIEWED):
        assert k in allkeys, k

    labels = {}
    for n in needs:
        lab = label(n, prods) if n['kind'] != 'no_match' else {}
        for (k, pname), (rel, item, why) in RV.OVERRIDES.items():
            if k != n['key']:
                continue
            code = byname[pname]['제품코드']
            if rel == 0:
                lab.pop(code, None)
            else:
                lab[code] = (rel, item)
        labels[n['key']] = lab

    # sweep: products sharing a content word with a matchable need but unlabeled
    cands = []
    for n in needs:
        if n['kind'] == 'no_match':
            continue
        words = content_words(sweep_text(n))
        if n['kind'] == 'multi_item':
            words |= {it[0] for it in n['items']}
        for p in prods:
            if p['제품코드'] in labels[n['key']]:
                continue
            hay = p['제품명'] + ' ' + p['규격'] + ' ' + p['설명']
            hit = sorted(w for w in words if w in hay)
            if hit:
                cands.append((n['key'], n['text'], p['제품코드'], p['제품명'], '|'.join(hit)))
    with open(os.path.join(HERE, 'sweep_candidates.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['내부키', '수요내용', '제품코드', '제품명', '겹친 말', '결정', '이유'])
        unreviewed = 0
        for c in cands:
            key = (c[0], c[3])
            if key in RV.REVIEWED:
                w.writerow(list(c) + ['라벨 없음 유지', RV.REVIEWED[key]])
            elif key in RV.OVERRIDES:
                w.writerow(list(c) + ['override', RV.OVERRIDES[key][2]])
            else:
                w.writerow(list(c) + ['미검토', ''])
                unreviewed += 1
    # overrides made labeled products; record them too
    with open(os.path.join(HERE, 'overrides_applied.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['내부키', '제품명', '관련도', '품목', '이유'])
        for (k, pname), (rel, item, why) in sorted(RV.OVERRIDES.items()):
            w.writerow([k, pname, rel, item, why])

    # shuffle and number
    rng = random.Random(SEED)
    order = list(needs)
    rng.shuffle(order)
    idmap = {}
    for i, n in enumerate(order, 1):
        idmap[n['key']] = 'ZZZ-Q%03d' % i

    def wcsv(name, header, rows):
        with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)

    wcsv('queries.csv', ['수요번호', '수요내용', '수량', '예산'],
         [[idmap[n['key']], n['text'], n.get('qty') or '', n.get('budget') or ''] for n in order])
    wcsv('query_kinds.csv', ['수요번호', '유형'], [[idmap[n['key']], n['kind']] for n in order])
    rows = []
    for n in order:
        for code, (rel, item) in sorted(labels[n['key']].items()):
            rows.append([idmap[n['key']], code, rel, item if n['kind'] == 'multi_item' else ''])
    wcsv('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'], rows)
    wcsv('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'],
         [[idmap[n['key']], n['difficulty'], n['overlap'], n['reason']] for n in order if n['kind'] == 'no_match'])
    wcsv('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'],
         [[idmap[n['key']], n['text'], n['intended']] for n in order if n['kind'] == 'hanyeong'])
    with open(os.path.join(HERE, 'id_map.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['수요번호', '내부키', '유형', '기관', '수요내용'])
        for n in sorted(order, key=lambda n: idmap[n['key']]):
            w.writerow([idmap[n['key']], n['key'], n['kind'], n['inst'], n['text']])
    print('needs', len(order), 'qrels', len(rows), 'sweep candidates', len(cands), 'unreviewed', unreviewed)
    return unreviewed


if __name__ == '__main__':
    build()
