"""`python -m sse_match …`: database set-up, demo data and figures from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from . import db, demo, stats


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"날짜는 YYYY-MM-DD 형식이어야 합니다: {text}") from None


def _positive(text: str) -> int:
    n = int(text)
    if n <= 0:
        raise argparse.ArgumentTypeError("양의 정수여야 합니다")
    return n


def cmd_init(args) -> int:
    engine = db.make_engine(args.db)
    db.migrate(engine)
    print(f"데이터베이스 준비 완료: {engine.url.render_as_string(hide_password=True)}")
    if args.demo:
        if demo.is_empty(engine):
            counts = demo.load(engine, args.today)
            print("예시 데이터를 넣었습니다: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
        else:
            print("이미 자료가 있어 예시 데이터를 넣지 않았습니다.")
    return 0


def cmd_demo(args) -> int:
    engine = db.make_engine(args.out_db)
    db.migrate(engine)
    if not demo.is_empty(engine):
        print("대상 데이터베이스에 이미 자료가 있습니다. 빈 데이터베이스를 지정해 주세요.", file=sys.stderr)
        return 2
    counts = demo.load(engine, args.today, demo.DemoSize(purchases=args.purchases, products=args.products))
    print(json.dumps(counts, ensure_ascii=False))
    return 0


def cmd_summary(args) -> int:
    engine = db.make_engine(args.db)
    result = stats.summary(engine, args.as_of)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(f"{result['as_of']} 기준")
        for group in result["enterprises"]:
            print(f"  {group}: {result['enterprises'][group]:,}개, {result['workers'][group]:,}명")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m sse_match", description="사회적경제 공공구매 매칭 도구")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("init", help="데이터베이스를 만들거나 최신 구조로 올립니다")
    s.add_argument("--db", help="데이터베이스 URL (기본: SSE_DATABASE_URL 또는 data/sse_match.db)")
    s.add_argument("--demo", action="store_true", help="비어 있으면 예시 데이터를 넣습니다")
    s.add_argument("--today", type=_date, default=date.today(), help="예시 데이터의 오늘 날짜")
    s.set_defaults(func=cmd_init)

    s = sub.add_parser("demo", help="벤치마크용 큰 예시 데이터베이스를 만듭니다")
    s.add_argument("--out-db", required=True, help="만들 데이터베이스 URL (비어 있어야 함)")
    s.add_argument("--purchases", type=_positive, help="구매 건수")
    s.add_argument("--products", type=_positive, help="제품 수")
    s.add_argument("--today", type=_date, default=date.today())
    s.set_defaults(func=cmd_demo)

    s = sub.add_parser("summary", help="기준일의 유형별 조직 수와 근로자 수")
    s.add_argument("--db")
    s.add_argument("--as-of", type=_date, default=date.today())
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_summary)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)
