# -*- coding: utf-8 -*-
"""4·5단계: 태그로 관련도를 기계적으로 매기고, 스윕 결과(sweep_decisions.py)를 반영한 뒤
수요 150건을 고정 시드로 섞어 ZZY-Q001… 번호를 붙인다."""
import csv, os, random, re
import needs_data as nd
import kbd

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 7341


def load_catalog():
    cat = {r['제품코드']: r for r in csv.DictReader(open(os.path.join(OUT, 'catalog.csv'), encoding='utf-8'))}
    meta = {r['제품코드']: r for r in csv.DictReader(open(os.path.join(HERE, 'product_tags.csv'), encoding='utf-8'))}
    for c, r in cat.items():
        r['tags'] = set(meta[c]['품목태그'].split())
        r['shop'] = meta[c]['가게종류']
        r['dong'] = meta[c]['동']
    return cat


def unit_cap(n):
    if n.get('cap') is not None:
        return n['cap']
    if n.get('budget') and n.get('qty'):
        return n['budget'] // n['qty']
    return None


def rel_item(spec, p, cap=None):
    """spec: dict with want/ok/spec. 2 = 원하는 품목이고 조건 충족, 1 = 대체품 또는 조건 미충족."""
    if p['tags'] & set(spec.get('want', [])):
        ok = True
        if cap is not None and int(p['단가']) > cap:
            ok = False
        for rx in spec.get('spec', []):
            if not re.search(rx, p['제품명'] + ' ' + p['규격'], re.I):
                ok = False
        return 2 if ok else 1
    if p['tags'] & set(spec.get('ok', [])):
        return 1
    return 0


def mechanical(n, cat):
    """return {code: (rel, item_label)}"""
    out = {}
    for code, p in cat.items():
        if n['kind'] == 'location':
            if p['shop'] == n['shop']:
                out[code] = (2 if p['dong'] == n['dong'] else 1, '')
        elif n['kind'] == 'multi_item':
            best = (0, '')
            for it in n['items']:
                r = rel_item(it, p, it.get('cap'))
                if r > best[0]:
                    best = (r, it['label'])
            if best[0]:
                out[code] = best
        else:
            r = rel_item(n, p, unit_cap(n))
            if r:
                out[code] = (r, '')
    return out


STOP = set('''전주 구입 구매 주문 제작 하고자 합니다 희망 업체 찾습니다 부탁드립니다 요청드립니다 제품 좋겠습니다
위해 위하여 가능한 하려고 하니 하오니 견적 검토 바랍니다 예정이라 열리는 있는 등 중 때 뒤 첫째 주 토요일 월요일 목요일
정기적으로 이하 예산 개당 발당 이면 제공할 나누어 줄 세워 둘 의뢰드리고자 수여할 입을 맞아 사용할 닦을 끝난 비치할
구입하려 구매하고자 주문하고자 제작하고자 제작하려고 납품받고자 배달받고자 세탁해 찾습니다. 합니다. 한 달간 회 및
이랑 하고 용 님 분 곳 세 두 수 것 들 도 것을 희망합니다. 소속 주관 참여하는 참가팀 방문 고객에게 배부할 후원사
안내를 위해 개회식 요청드립니다. 바랍니다. 드립니다 열릴 있도록 대한 관련'''.split())
PARTICLES = ('에서', '으로', '에게', '이랑', '하고', '을', '를', '이', '가', '은', '는', '에', '의', '와', '과', '로', '도', '랑')


def content_words(n):
    base = n.get('intended') or n['text']
    words = set()
    for tok in re.split(r'[\s,.()·/]+', base):
        if not tok or re.search(r'\d', tok) or not re.search(r'[가-힣]', tok):
            continue
        if re.fullmatch(r'[ㄱ-ㅎ]+', tok):
            continue
        t = tok
        for pa in PARTICLES:
            if t.endswith(pa) and len(t) - len(pa) >= 2:
                t = t[: -len(pa)]
                break
        if len(t) >= 2 and t not in STOP and tok not in STOP:
            words.add(t)
    return sorted(words)


def main():
    import sweep_decisions as sd
    cat = load_catalog()
    labels = {}
    for n in nd.NEEDS:
        labels[n['key']] = mechanical(n, cat)
    sweep_rows = []
    # 검토 뒤 바꾼 라벨 (태그 단위)
    for (key, tag), (rel, item, reason) in sd.OVERRIDES.items():
        n = next(x for x in nd.NEEDS if x['key'] == key)
        hit = 0
        for code, p in cat.items():
            if (tag == code or tag in p['tags']) and (code not in labels[key] or tag == code):
                labels[key][code] = (rel, item)
                sweep_rows.append([key, n['text'], code, p['제품명'], 'OVERRIDE', rel, item, reason])
                hit += 1
        assert hit, (key, tag)
    # 스윕: 내용어가 들어간 제품 중 라벨 없는 것
    unreviewed = []
    for n in nd.NEEDS + nd.NO_MATCH:
        words = content_words(n)
        lab = labels.get(n['key'], {})
        for code, p in cat.items():
            if code in lab or any(r[0] == n['key'] and r[2] == code for r in sweep_rows):
                continue
            hay = ' '.join((p['제품명'], p['규격'], p['설명']))
            hit = [w for w in words if w in hay]
            if not hit:
                continue
            dec = sd.decide(n, code, p)
            if dec is None:
                unreviewed.append((n['key'], n['text'], code, p['제품명'], ','.join(hit)))
                continue
            rel, item, reason = dec
            sweep_rows.append([n['key'], n['text'], code, p['제품명'], ' '.join(hit), rel, item, reason])
            if rel and n['key'].startswith('nm-'):
                raise SystemExit(f'no_match need {n["key"]} would get a label')
            if rel:
                labels[n['key']][code] = (rel, item)
    if unreviewed:
        with open(os.path.join(HERE, 'sweep_unreviewed.csv'), 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f); w.writerow(['need', 'text', 'code', 'name', 'hit']); w.writerows(unreviewed)
        raise SystemExit(f'{len(unreviewed)} unreviewed sweep candidates -> tools/sweep_unreviewed.csv')
    elif os.path.exists(os.path.join(HERE, 'sweep_unreviewed.csv')):
        os.remove(os.path.join(HERE, 'sweep_unreviewed.csv'))
    with open(os.path.join(HERE, 'sweep_review.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f); w.writerow(['need_key', '수요내용', '제품코드', '제품명', '겹친 말', '결정 관련도', '품목', '이유'])
        w.writerows(sweep_rows)

    # 섞기와 번호
    allneeds = [dict(n) for n in nd.NEEDS] + [dict(n, kind='no_match') for n in nd.NO_MATCH]
    rng = random.Random(SEED)
    rng.shuffle(allneeds)
    idmap = []
    for i, n in enumerate(allneeds, 1):
        n['qid'] = f'ZZY-Q{i:03d}'
        idmap.append([n['qid'], n['key'], n['kind']])

    def w(name, header, rows, sub=''):
        path = os.path.join(OUT, sub, name)
        with open(path, 'w', encoding='utf-8', newline='') as f:
            wr = csv.writer(f); wr.writerow(header); wr.writerows(rows)

    w('id_map.csv', ['수요번호', 'need_key', '유형'], idmap, 'tools')
    w('queries.csv', ['수요번호', '수요내용', '수량', '예산'],
      [[n['qid'], n['text'], n.get('qty') or '', n.get('budget') or ''] for n in allneeds])
    w('query_kinds.csv', ['수요번호', '유형'], [[n['qid'], n['kind']] for n in allneeds])
    qrows = []
    for n in allneeds:
        if n['kind'] == 'no_match':
            continue
        for code in sorted(labels[n['key']]):
            rel, item = labels[n['key']][code]
            qrows.append([n['qid'], code, rel, item if n['kind'] == 'multi_item' else ''])
    w('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'], qrows)
    w('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'],
      [[n['qid'], n['level'], n['overlap'], n['reason']] for n in allneeds if n['kind'] == 'no_match'])
    w('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'],
      [[n['qid'], n['text'], n['intended']] for n in allneeds if n['kind'] == 'hanyeong'])
    # 요약
    from collections import Counter
    kinds = Counter(n['kind'] for n in allneeds)
    r2 = Counter(); r1 = Counter()
    kind_of = {n['qid']: n['kind'] for n in allneeds}
    for q, c, r, it in qrows:
        (r2 if r == 2 else r1)[kind_of[q]] += 1
    for k in kinds:
        print(f'{k:14s} needs={kinds[k]:3d} rel2={r2[k]:4d} rel1={r1[k]:4d}')
    print('qrels rows', len(qrows), 'sweep reviewed', len(sweep_rows))


if __name__ == '__main__':
    main()
