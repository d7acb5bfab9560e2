"""`python -m sse_match import purchases|catalog|registry FILE --login LOGIN`: the department's batch imports.

The same checks and all-or-nothing writes as the pages, under the acting account's role and ownership:
an officer imports for its institution, an enterprise into its own catalog, the admin the official lists.
Exit 0 with a Korean summary; exit 2 with one Korean line per bad row on stderr and nothing written.
Files are size-checked before they are read, so memory stays far below 2 GB whatever the file.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from sse_match import clock
from sse_match.accounts import access, auth
from sse_match.catalog import enterprises as registry
from sse_match.catalog import products as catalog_admin
from sse_match.catalog.validation import FieldError, ValidationFailed
from sse_match.files import tables
from sse_match.purchases import records as purchases
from sse_match.storage import db

KIND_OF = {"purchases": "purchases", "catalog": "catalog", "registry": "registry"}
MAX_LINES = 200  # per-row messages printed; the rest are counted


def _fail(lines: list[str]) -> int:
    for line in lines[:MAX_LINES]:
        print(f"오류: {line}", file=sys.stderr)
    if len(lines) > MAX_LINES:
        print(f"오류: … 그 밖에 {len(lines) - MAX_LINES:,}건 더 있습니다.", file=sys.stderr)
    print("아무것도 저장하지 않았습니다.", file=sys.stderr)
    return 2


def _errors(errors: list[FieldError]) -> list[str]:
    return [str(e) for e in errors]


def read_file(path: str, kind: str) -> bytes:
    p = Path(path)
    if not p.is_file():
        raise tables.FileProblem(f"파일을 찾을 수 없습니다: {path}")
    limit = tables.UPLOAD_LIMITS[kind]
    if p.stat().st_size > limit:  # refused before a byte is read
        raise tables.FileProblem(f"파일이 너무 큽니다 ({p.stat().st_size / tables.MB:,.0f}MB). "
                                 f"한 번에 {limit / tables.MB:,.0f}MB까지 올릴 수 있습니다. 파일을 나눠 주세요.")
    return p.read_bytes()


def run(args) -> int:
    engine = db.make_engine(args.db)
    try:
        db.check_reachable(engine)
    except db.DatabaseUnavailable as exc:
        msg = str(exc) if isinstance(exc, (db.SchemaTooNew, db.NotADatabase)) else \
            "데이터베이스를 쓸 수 없습니다. `python -m sse_match init`을 먼저 실행했는지 확인해 주세요."
        return _fail([msg])
    actor = auth.actor_for_login(engine, args.login)
    if actor is None:
        return _fail([f"사용할 수 있는 계정이 아닙니다: {args.login} (없거나 꺼진 계정)"])
    try:
        raw = read_file(args.file, KIND_OF[args.what])
        return {"purchases": _purchases, "catalog": _catalog, "registry": _registry}[args.what](
            engine, actor, raw, Path(args.file).name, args)
    except tables.FileProblem as exc:
        return _fail([str(exc)])
    except ValidationFailed as exc:
        return _fail(_errors(exc.errors))
    except (access.PermissionDenied, access.Conflict, auth.AuthError, catalog_admin.NotFound) as exc:
        return _fail([str(exc)])
    except db.DatabaseBusy as exc:
        return _fail([str(exc)])
    except MemoryError:
        return _fail(["파일이 너무 커서 처리할 수 없습니다. 나눠서 올려 주세요."])
    except Exception:  # never a traceback for the operator; the log keeps it
        logging.getLogger("sse_match").exception("import failed")
        return _fail(["처리 중 알 수 없는 문제가 생겼습니다. 파일을 확인하고 다시 시도해 주세요."])


def _purchases(engine, actor, raw: bytes, name: str, args) -> int:
    preview = purchases.preview_import(engine, actor, raw, name, clock.today())
    if preview.errors:
        return _fail(_errors(preview.errors))
    if preview.duplicates.height and not args.allow_duplicates:
        return _fail([f"{int(r['row'])}행 중복: {r['where']} (그래도 넣으려면 --allow-duplicates)"
                      for r in preview.duplicates.iter_rows(named=True)])
    total = int(preview.rows["amount"].sum()) if preview.rows.height else 0
    if args.dry_run:
        print(f"확인만 했습니다: 구매 실적 {preview.rows.height:,}건, 합계 {total:,}원 (저장하지 않음)")
        return 0
    n = purchases.apply_import(engine, actor, preview, allow_duplicates=args.allow_duplicates,
                               now=clock.now())
    print(f"구매 실적 {n:,}건을 넣었습니다 (합계 {total:,}원).")
    return 0


def _catalog(engine, actor, raw: bytes, name: str, args) -> int:
    enterprise_id = actor.enterprise_id if actor.role == "enterprise" else args.enterprise
    if actor.role == "officer":
        raise access.PermissionDenied("구매담당자는 카탈로그를 올릴 수 없습니다.")
    if enterprise_id is None:
        return _fail(["관리자는 --enterprise로 기업 번호를 정해 주세요."])
    access.require_enterprise_write(actor, enterprise_id)
    rows, errors = catalog_admin.parse_bulk(raw, name)
    if errors:
        return _fail(_errors(errors))
    if args.dry_run:
        print(f"확인만 했습니다: 제품 {len(rows):,}개 (저장하지 않음)")
        return 0
    ids = catalog_admin.bulk_add(engine, actor, enterprise_id, raw, name, now=clock.now())
    print(f"제품 {len(ids):,}개를 승인 대기로 넣었습니다.")
    return 0


def _registry(engine, actor, raw: bytes, name: str, args) -> int:
    access.require_admin(actor)
    preview = registry.preview_import(engine, raw, name)
    if preview.errors:
        return _fail(_errors(preview.errors))
    c = preview.counts
    summary = f"새 기업 {c['new']:,}, 바뀐 기업 {c['updated']:,}, 그대로 {c['unchanged']:,}"
    if args.dry_run:
        print(f"확인만 했습니다: {summary} (저장하지 않음)")
        return 0
    registry.apply_import(engine, actor, preview, clock.today(), clock.now())
    print(f"공식 명단을 반영했습니다: {summary}")
    return 0


def add_parser(sub) -> None:
    s = sub.add_parser("import", help="구매 실적·카탈로그·공식 명단 파일을 한꺼번에 넣습니다")
    s.add_argument("what", choices=tuple(KIND_OF), help="purchases, catalog, registry")
    s.add_argument("file", help="CSV 또는 XLSX 파일")
    s.add_argument("--login", required=True, help="작업하는 계정 (그 계정의 역할과 소속이 적용됩니다)")
    s.add_argument("--dry-run", action="store_true", help="확인만 하고 저장하지 않습니다")
    s.add_argument("--allow-duplicates", action="store_true", help="중복으로 보이는 구매 실적도 넣습니다")
    s.add_argument("--enterprise", type=int, help="관리자가 카탈로그를 올릴 기업 번호")
    s.add_argument("--db", help="데이터베이스 URL")
    s.set_defaults(func=run)

