"""`python -m sse_match …`: database set-up, demo data and figures from the command line."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from datetime import date, datetime

import polars as pl

from sse_match import clock, config
from sse_match import workforce as stats
from sse_match.demo import generator as demo
from sse_match.errors import UserError
from sse_match.storage import db


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
            accounts = demo.create_demo_accounts(engine, datetime.now())
            print("예시 계정 (운영 전에 비밀번호를 바꾸거나 계정을 끄세요):")
            for login, password, role in accounts:
                print(f"  {role:10} 아이디 {login:10} 비밀번호 {password}")
        else:
            print("이미 자료가 있어 예시 데이터를 넣지 않았습니다.")
            if demo.needs_demo_accounts(engine):  # demo data from before accounts existed
                for login, password, role in demo.create_demo_accounts(engine, datetime.now()):
                    print(f"  예시 계정을 만들었습니다: {role:10} 아이디 {login:10} 비밀번호 {password}")
    return 0


def _password(args) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    import getpass

    first = getpass.getpass("비밀번호: ")
    if getpass.getpass("비밀번호 확인: ") != first:
        raise SystemExit(_fail("두 비밀번호가 다릅니다."))
    return first


def cmd_user(args) -> int:
    from sse_match.accounts import auth
    from sse_match.accounts.access import SYSTEM

    engine = db.make_engine(args.db)
    try:
        if args.action == "add":
            uid = auth.create_user(engine, SYSTEM, login=args.login, password=_password(args), role=args.role,
                                   institution_id=args.institution, enterprise_id=args.enterprise,
                                   email=args.email, display_name=args.name)
            print(f"사용자를 만들었습니다: {args.login} (id {uid}, {args.role})")
        elif args.action == "disable":
            auth.set_disabled(engine, SYSTEM, args.login, True)
            print(f"{args.login} 계정을 껐습니다.")
        elif args.action == "enable":
            auth.set_disabled(engine, SYSTEM, args.login, False)
            print(f"{args.login} 계정을 켰습니다.")
        elif args.action == "unlock":
            auth.unlock(engine, SYSTEM, args.login)
            print(f"{args.login} 계정의 잠금을 풀었습니다.")
        else:
            auth.reset_password(engine, SYSTEM, args.login, _password(args))
            print(f"{args.login}의 비밀번호를 바꿨습니다.")
    except UserError as exc:
        return _fail(exc.message)
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


def _fail(message: str) -> int:
    print(f"오류: {message}", file=sys.stderr)
    return 2


def cmd_match(args) -> int:
    from pathlib import Path

    from sse_match.catalog import listing as catalog
    from sse_match.files import export
    from sse_match.matching import index as search
    from sse_match.matching import needs as matching

    try:
        if args.catalog:
            cat = catalog.read_catalog(Path(args.catalog))
        else:
            engine = db.make_engine(args.db)
            db.check_reachable(engine)
            cat = catalog.approved(engine, clock.today())
        needs = catalog.read_needs(Path(args.needs).read_bytes(), args.needs)
    except FileNotFoundError as exc:
        return _fail(f"파일을 찾을 수 없습니다: {exc.filename}")
    except catalog.FileProblem as exc:
        return _fail(str(exc))
    except db.DatabaseUnavailable:
        return _fail("데이터베이스에 연결할 수 없습니다. --catalog로 카탈로그 파일을 지정하거나 init을 먼저 실행해 주세요.")
    if cat.height == 0:
        return _fail("카탈로그에 제품이 없습니다.")
    if needs.height == 0:
        return _fail("수요 파일에 내용이 있는 행이 없습니다.")
    index = search.SearchIndex(cat)  # a catalog file is analysed in bulk here (distinct eojeols, one Kiwi batch)
    out = matching.cli_output(matching.match_needs(needs, index, limit=args.top))
    Path(args.out).write_bytes(export.csv_bytes(out))
    no_match = out.filter(pl.col("제품코드") == "")["수요번호"].n_unique()
    print(f"{needs.height}건 매칭 완료, 맞는 제품이 없는 수요 {no_match}건 → {args.out}", file=sys.stderr)
    return 0


def cmd_eval(args) -> int:
    from sse_match.matching import evaluation

    result = evaluation.evaluate(args.folds)
    if not result["needs"]:
        return _fail("평가 세트를 찾을 수 없습니다 (../shared/eval/set-a 또는 tests/eval).")
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(f"평가 세트: {json.dumps(result['sets'], ensure_ascii=False)}, {result['folds']}겹 교차검증 (out-of-fold)")
        print(evaluation.format_table(result))
    if args.save_model:
        evaluation.save_model(result)
        print(f"모델을 저장했습니다: {result['final_model']}", file=sys.stderr)
    return 0


def cmd_bench(args) -> int:
    from sse_match.matching import bench

    if args.what == "load":  # a client of Streamlit's protocol: a script outside the package, in its own process
        argv = [sys.executable, str(config.ROOT / "tools" / "loadbench.py"), "--replicas", str(args.replicas),
                "--users", str(args.users), "--minutes", str(args.minutes)]
        argv += ["--database-url", args.database_url] if args.database_url else []
        argv += ["--kill-one"] if args.kill_one else []
        return subprocess.call(argv)
    if args.what == "search":
        result = bench.run_search_bench(products=args.products, large=args.large, batch_needs=args.needs)
    else:
        from sse_match.purchases import bench as purchases_bench

        result = purchases_bench.run(rows=args.rows, db_url=args.db)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m sse_match", description="사회적경제 공공구매 매칭 도구")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("init", help="데이터베이스를 만들거나 최신 구조로 올립니다")
    s.add_argument("--db", help="데이터베이스 URL (기본: SSE_DATABASE_URL 또는 data/sse_match.db)")
    s.add_argument("--demo", action="store_true", help="비어 있으면 예시 데이터를 넣습니다")
    s.add_argument("--today", type=_date, default=clock.today(), help="예시 데이터의 오늘 날짜")
    s.set_defaults(func=cmd_init)

    s = sub.add_parser("demo", help="벤치마크용 큰 예시 데이터베이스를 만듭니다")
    s.add_argument("--out-db", required=True, help="만들 데이터베이스 URL (비어 있어야 함)")
    s.add_argument("--purchases", type=_positive, help="구매 건수")
    s.add_argument("--products", type=_positive, help="제품 수")
    s.add_argument("--today", type=_date, default=clock.today())
    s.set_defaults(func=cmd_demo)

    s = sub.add_parser("summary", help="기준일의 유형별 조직 수와 근로자 수")
    s.add_argument("--db")
    s.add_argument("--as-of", type=_date, default=clock.today())
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_summary)

    s = sub.add_parser("user", help="사용자 계정 관리 (add, disable, enable, reset-password, unlock)")
    s.add_argument("action", choices=("add", "disable", "enable", "reset-password", "unlock"))
    s.add_argument("--login", required=True)
    s.add_argument("--role", choices=("admin", "officer", "enterprise"))
    s.add_argument("--institution", type=int, help="구매담당자의 기관 id")
    s.add_argument("--enterprise", type=int, help="기업 사용자의 기업 id")
    s.add_argument("--email", help="OIDC 로그인과 연결할 전자우편")
    s.add_argument("--name", help="표시 이름")
    s.add_argument("--password-stdin", action="store_true", help="비밀번호를 표준 입력 첫 줄에서 읽습니다")
    s.add_argument("--db")
    s.set_defaults(func=cmd_user)

    s = sub.add_parser("match", help="수요 목록을 카탈로그와 매칭해 CSV로 씁니다")
    s.add_argument("--catalog", help="카탈로그 CSV/XLSX (없으면 데이터베이스의 승인된 카탈로그)")
    s.add_argument("--needs", required=True, help="수요 CSV/XLSX (수요번호,수요내용,수량,예산)")
    s.add_argument("--top", type=_positive, default=5, help="수요마다 추천할 제품 수")
    s.add_argument("--out", required=True, help="결과 CSV (UTF-8 BOM)")
    s.add_argument("--db")
    s.set_defaults(func=cmd_match)

    s = sub.add_parser("eval", help="라벨된 평가 세트로 매칭 품질을 잽니다")
    s.add_argument("--folds", type=_positive, default=5, help="교차검증 겹 수 (5 이상)")
    s.add_argument("--json", action="store_true", help="표 대신 JSON")
    s.add_argument("--save-model", action="store_true", help="전체 세트로 맞춘 매칭 없음 모델을 data/match_model.json에 저장")
    s.set_defaults(func=cmd_eval)

    s = sub.add_parser("bench", help="속도 벤치마크 (JSON)")
    s.add_argument("what", choices=("search", "purchases", "load"))
    s.add_argument("--replicas", type=_positive, default=2, help="부하 시험: 앱 프로세스 수")
    s.add_argument("--users", type=_positive, default=20, help="부하 시험: 동시 사용자 수")
    s.add_argument("--minutes", type=float, default=10.0, help="부하 시험: 시간(분)")
    s.add_argument("--database-url", help="부하 시험: 공유 데이터베이스 (없으면 임시 PostgreSQL)")
    s.add_argument("--kill-one", action="store_true", help="부하 시험 중간에 앱 하나를 kill -9")
    s.add_argument("--products", type=_positive, default=100_000)
    s.add_argument("--large", type=int, default=1_000_000, help="큰 카탈로그 크기 (0이면 생략)")
    s.add_argument("--needs", type=_positive, default=1_000)
    s.add_argument("--rows", type=_positive, default=1_000_000)
    s.add_argument("--db", help="구매 벤치마크용 데이터베이스 URL")
    s.set_defaults(func=cmd_bench)

    # --- import, backup, restore (issue 12) ---
    from sse_match import cli_import

    cli_import.add_parser(sub)
    from sse_match.storage import backup

    backup.add_parsers(sub)

    # --- plan (issue 15) ---
    from sse_match.programmes.targets import add_parser as add_plan_parser

    add_plan_parser(sub)

    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except (db.SchemaTooNew, db.NotADatabase, db.DatabaseBusy) as exc:  # Korean already; no traceback
        return _fail(str(exc))
