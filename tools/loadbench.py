"""`bench load`: many officers and enterprises on several app replicas sharing one database.

Starts N Streamlit processes on free loopback ports (and a throwaway PostgreSQL cluster when no URL is
given), then drives U simulated users over Streamlit's own websocket protocol (the BackMsg/ForwardMsg
protobufs the browser sends and receives): each logs in through the login form, then searches, matches
needs, opens dashboards, records purchases and adds products, pausing 5-10 s between actions like a
person. Every write carries a unique marker; afterwards the database must hold each confirmed write
exactly once. With --kill-one one replica is killed with SIGKILL halfway: its users reconnect to another
replica and log in again. A probe checks that a purchase recorded on one replica shows on another in
its next run. Prints JSON.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script: the repo root holds sse_match


from sse_match import clock, config
from sse_match.demo import generator as demo
from sse_match.storage import db, pgcluster, schema

if TYPE_CHECKING:
    from collections.abc import Awaitable

    from streamlit.proto.Element_pb2 import Element
    from streamlit.proto.WidgetStates_pb2 import WidgetState
    from websockets.asyncio.client import ClientConnection

THINK_S = (5.0, 10.0)  # pause between one user's actions, like an officer reading the screen
RERUN_TIMEOUT_S = 60.0  # one rerun slower than this counts as an error
MAX_ACTIONS_PER_USER = 1_000  # the loop is bounded by count as well as by time
MARK = "LB"  # prefix of every write's marker
QUERIES = ("도시락", "현수막 인쇄", "청소 용역", "사무용품", "커피 케이터링", "방역", "기념품", "조경 관리", "로컬푸드", "행사 대행")
NEEDS = "도시락 200개\n청소 용역 3개월\n현수막 10장\n기념품 100개\n방역 소독"
ACCOUNTS = {"officer": ("officer", "demo-officer"), "enterprise": ("enterprise", "demo-enterprise")}
OFFICER_SHARE = 0.75
PROBE_AMOUNT = 7_770_001  # the cross-replica probe's purchases (odd amounts no simulated user types)
RECORD_SECTION = "실적 입력"  # the purchases page section with the form (text.PURCHASES sections)  # three in four simulated users are procurement officers


# ---- the protocol -----------------------------------------------------------------------------
@dataclass
class Run:
    ms: float
    elements: list[Element]
    pages: dict[str, str]  # url path → page script hash
    failed: bool


class Session:
    """One browser tab: a websocket to a replica, the widgets of the last run, the app's pages."""

    def __init__(self, port: int):
        self.port = port
        self.ws: ClientConnection | None = None
        self.pages: dict[str, str] = {}
        self.page = ""  # url path of the page shown ("" = the default page)
        # widget key (or form submitter) → proto; the protos are of many message types (TextInput, MultiSelect…)
        self.widgets: dict[str, Any] = {}

    async def connect(self) -> None:
        import websockets
        from websockets.typing import Subprotocol

        self.ws = await websockets.connect(f"ws://127.0.0.1:{self.port}/_stcore/stream",
                                           subprotocols=[Subprotocol("streamlit")],
                                           max_size=None, open_timeout=20)

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()

    async def rerun(self, widgets: list[WidgetState] | None = None, page: str | None = None) -> Run:
        from streamlit.proto.BackMsg_pb2 import BackMsg
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        bm = BackMsg()
        cs = bm.rerun_script
        cs.query_string = ""
        self.page = self.page if page is None else page  # a rerun stays on the page, as the browser does
        if self.page:
            cs.page_script_hash = self.pages.get(self.page, "")
            cs.page_name = self.page
        for w in widgets or []:
            cs.widget_states.widgets.append(w)
        ws = self.ws
        if ws is None:
            raise RuntimeError("rerun before connect")
        t = time.perf_counter()
        await ws.send(bm.SerializeToString())
        elements: list[Element] = []
        failed = False
        while True:
            raw = await asyncio.wait_for(ws.recv(), RERUN_TIMEOUT_S)
            fm = ForwardMsg()
            fm.ParseFromString(raw)
            kind = fm.WhichOneof("type")
            if kind == "delta" and fm.delta.WhichOneof("type") == "new_element":
                el = fm.delta.new_element
                elements.append(el)
                etype = el.WhichOneof("type")
                assert etype is not None  # a new_element delta always carries one element kind
                if etype == "exception":
                    failed = True
                sub = getattr(el, etype)
                wid = getattr(sub, "id", "")
                if wid and wid.startswith("$$ID-"):
                    self.widgets[wid.split("-", 2)[2]] = sub
            elif kind == "navigation":
                self.pages = {p.url_pathname: p.page_script_hash for p in fm.navigation.app_pages}
            elif kind == "script_finished":
                return Run((time.perf_counter() - t) * 1000, elements, self.pages, failed)

    def state(self, key: str, **value: Any) -> WidgetState:
        from streamlit.proto.WidgetStates_pb2 import WidgetState

        w = WidgetState(id=self.widgets[key].id)
        for k, v in value.items():
            if k == "string_array_value":
                w.string_array_value.data.extend(v)
            else:
                setattr(w, k, v)
        return w

    def submitter(self, form: str) -> WidgetState:
        from streamlit.proto.WidgetStates_pb2 import WidgetState

        key = next(k for k in self.widgets if k.startswith(f"FormSubmitter:{form}-"))
        return WidgetState(id=self.widgets[key].id, trigger_value=True)


def alerts(run: Run, fmt: str) -> list[str]:
    """Texts of st.success/st.error/… alerts in a run (fmt: SUCCESS, ERROR, WARNING, INFO)."""
    from streamlit.proto.Alert_pb2 import Alert

    want = Alert.Format.Value(fmt)
    return [el.alert.body for el in run.elements if el.WhichOneof("type") == "alert" and el.alert.format == want]


# ---- simulated users ----------------------------------------------------------------------------
@dataclass
class Stats:
    rerun_ms: list[float] = field(default_factory=list)
    by_action: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    actions: int = 0
    writes_expected: list[str] = field(default_factory=list)  # purchase markers confirmed on screen
    products_expected: list[str] = field(default_factory=list)
    reconnects: int = 0


class User:
    def __init__(self, n: int, role: str, ports: list[int], stats: Stats, rng: random.Random):
        self.n, self.role, self.ports, self.stats, self.rng = n, role, ports, stats, rng
        self.port_index = n % len(ports)
        self.session: Session | None = None
        self.writes = 0
        self.current = "login"

    async def _timed(self, coro: Awaitable[Run]) -> Run:
        run = await coro
        self.stats.rerun_ms.append(run.ms)
        self.stats.by_action.setdefault(self.current, []).append(run.ms)
        if run.failed:
            self.stats.errors.append(f"user {self.n}: exception on screen")
        return run

    async def login(self) -> None:
        self.current = "login"
        s = Session(self.ports[self.port_index])
        await s.connect()
        self.session = s
        await self._timed(s.rerun())
        name, password = ACCOUNTS[self.role]
        run = await self._timed(s.rerun([s.state("login_name", string_value=name),
                                         s.state("login_password", string_value=password),
                                         s.submitter("login_form")]))
        if alerts(run, "ERROR"):
            self.stats.errors.append(f"user {self.n}: login refused: {alerts(run, 'ERROR')[0]}")
        await self._timed(s.rerun())  # the run after st.rerun with the signed-in page set

    async def reconnect(self, dead: set[int]) -> None:
        self.stats.reconnects += 1
        alive = [k for k, p in enumerate(self.ports) if p not in dead]
        self.port_index = alive[self.n % len(alive)]
        await self.login()

    async def act(self) -> None:
        s = self.session
        assert s is not None  # live() logs in (and reconnect() logs in again) before any action
        if self.role == "officer":
            choice = self.rng.choices(["search", "match", "home", "purchases", "record"], [3, 2, 2, 2, 2])[0]
        else:
            choice = self.rng.choices(["search", "home", "catalog", "add_product"], [3, 1, 2, 2])[0]
        self.current = choice
        if choice == "search":
            await self._timed(s.rerun(page="search"))
            await self._timed(s.rerun([s.state("search_q", string_value=self.rng.choice(QUERIES)),
                                       s.submitter("search_form")]))
        elif choice == "match":
            await self._timed(s.rerun(page="match"))
            await self._timed(s.rerun([s.state("match_text", string_value=NEEDS), s.submitter("match_form")]))
        elif choice == "home":
            await self._timed(s.rerun(page="home"))
        elif choice in ("purchases", "catalog"):
            await self._timed(s.rerun(page="purchases" if choice == "purchases" else "my-enterprise"))
        elif choice == "record":
            await self._timed(s.rerun(page="purchases"))
            section = s.state("purchase_section", string_array_value=[RECORD_SECTION])
            await self._timed(s.rerun([section]))
            options = list(s.widgets["rec_ent"].options)
            marker = f"{MARK}-{self.n}-{self.writes}"
            self.writes += 1
            run = await self._timed(s.rerun([
                section, s.state("rec_ent", string_value=self.rng.choice(options)),
                s.state("rec_amount", double_value=float(self.rng.randrange(10, 500) * 10_000)),
                s.state("rec_desc", string_value=marker), s.submitter("purchase_form")]))
            if any("저장했습니다" in a for a in alerts(run, "SUCCESS")):
                self.stats.writes_expected.append(marker)
            else:
                self.stats.errors.append(f"user {self.n}: purchase not saved: {alerts(run, 'ERROR')}")
        elif choice == "add_product":
            await self._timed(s.rerun(page="my-enterprise"))
            marker = f"{MARK}상품-{self.n}-{self.writes}"
            self.writes += 1
            run = await self._timed(s.rerun([
                s.state("new_name", string_value=marker),
                s.state("new_price", double_value=float(self.rng.randrange(1, 100) * 1000)),
                s.submitter("new_product")]))
            if any("등록했습니다" in a for a in alerts(run, "SUCCESS")):
                self.stats.products_expected.append(marker)
            else:
                self.stats.errors.append(f"user {self.n}: product not saved: {alerts(run, 'ERROR')}")
        self.stats.actions += 1

    async def live(self, until: float, dead: set[int]) -> None:
        await asyncio.sleep(self.rng.uniform(0, THINK_S[1]))  # users arrive spread out
        try:
            await self.login()
        except Exception as exc:
            self.stats.errors.append(f"user {self.n}: login failed: {type(exc).__name__}: {exc}"[:300])
            return
        for _ in range(MAX_ACTIONS_PER_USER):
            if time.monotonic() >= until:
                break
            try:
                await self.act()
            except Exception as exc:  # a dropped connection: reconnect to a live replica
                if self.ports[self.port_index] not in dead:  # only a killed replica excuses a failure
                    self.stats.errors.append(f"user {self.n}: {type(exc).__name__}: {exc}"[:300])
                try:
                    await self.reconnect(dead)
                except Exception as again:
                    self.stats.errors.append(f"user {self.n}: reconnect failed: {type(again).__name__}"[:300])
                    return
            await asyncio.sleep(self.rng.uniform(*THINK_S))
        try:
            if self.session is not None:
                await self.session.close()
        except Exception:  # already closed by a killed replica
            pass


async def probe_cross_replica(ports: list[int], stats: Stats) -> dict[str, Any]:
    """Record a purchase on replica 0 and look for it on replica 1 in its very next run."""
    if len(ports) < 2:
        return {"checked": 0}
    a, b = Session(ports[0]), Session(ports[1])
    for s in (a, b):
        await s.connect()
        await s.rerun()
        await s.rerun([s.state("login_name", string_value="officer"), s.state("login_password", string_value="demo-officer"),
                       s.submitter("login_form")])
        await s.rerun()
        await s.rerun(page="purchases")
        await s.rerun([s.state("purchase_section", string_array_value=[RECORD_SECTION])])  # b: recent purchases
    section = a.state("purchase_section", string_array_value=[RECORD_SECTION])
    seen = 0
    checks = 3
    for k in range(checks):
        marker = f"{MARK}-probe-{k}"
        amount = PROBE_AMOUNT + k * 10  # unique, and shown in the other replica's list of recent purchases
        run = await a.rerun([section, a.state("rec_ent", string_value=list(a.widgets["rec_ent"].options)[0]),
                             a.state("rec_amount", double_value=float(amount)), a.state("rec_desc", string_value=marker),
                             a.submitter("purchase_form")])
        if any("저장했습니다" in x for x in alerts(run, "SUCCESS")):
            stats.writes_expected.append(marker)
        await b.rerun([b.state("purchase_section", string_array_value=[RECORD_SECTION])])  # one rerun on replica b
        seen += any(f"{amount:,}원" in o for o in b.widgets["fix_pick"].options)
    await a.close()
    await b.close()
    return {"checked": checks, "visible_on_other_replica_next_run": seen}


# ---- processes ----------------------------------------------------------------------------------
def _rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def _wait_healthy(port: int, timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                if r.read().decode().strip() == "ok":
                    return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"replica on port {port} did not start")


def start_replicas(n: int, url: str, logdir: Path) -> list[tuple[int, subprocess.Popen]]:
    out = []
    env = dict(os.environ, SSE_DATABASE_URL=url)
    for k in range(n):
        port = pgcluster._free_port()
        log = (logdir / f"replica{k}.log").open("w")
        proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(config.ROOT / "app.py"),
                                 "--server.port", str(port), "--server.address", "127.0.0.1",
                                 "--server.headless", "true", "--browser.gatherUsageStats", "false",
                                 "--server.fileWatcherType", "none"],  # a served app never reloads modules
                                cwd=config.ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        out.append((port, proc))
    for port, _ in out:
        _wait_healthy(port)
    return out


def prepare_database(url: str) -> None:
    from datetime import datetime


    engine = db.make_engine(url)
    db.migrate(engine)
    if demo.is_empty(engine):
        demo.load(engine, clock.today())
    if demo.needs_demo_accounts(engine):
        demo.create_demo_accounts(engine, datetime.now())
    engine.dispose()


def count_markers(url: str) -> tuple[dict[str, int], dict[str, int]]:
    engine = db.make_engine(url)
    p, pr = schema.purchases.c, schema.products.c
    with engine.connect() as conn:
        bought: dict[str, int] = dict(conn.execute(select(p.description, func.count()).where(p.description.like(f"{MARK}-%"))
                                   .group_by(p.description)).all())
        added: dict[str, int] = dict(conn.execute(select(pr.name, func.count()).where(pr.name.like(f"{MARK}상품-%"))
                                  .group_by(pr.name)).all())
    engine.dispose()
    return bought, added


def _p95(values: list[float]) -> float | None:
    v = sorted(values)
    return round(v[max(int(len(v) * 0.95) - 1, 0)], 1) if v else None


def run(replicas: int = 2, users: int = 20, minutes: float = 10.0, database_url: str | None = None,
        kill_one: bool = False, seed: int = 12) -> dict[str, Any]:
    cluster = None
    logdir = Path(tempfile.mkdtemp(prefix="sse-load-"))
    if database_url is None:
        cluster = pgcluster.new_cluster()
        cluster.start()
        database_url = cluster.create_database("loadbench")
    procs: list[tuple[int, subprocess.Popen]] = []
    try:
        t = time.perf_counter()
        prepare_database(database_url)
        prepared_s = round(time.perf_counter() - t, 1)
        before_bought, before_added = count_markers(database_url)
        procs = start_replicas(replicas, database_url, logdir)
        ports = [p for p, _ in procs]
        stats = Stats()
        rng = random.Random(seed)
        dead: set[int] = set()
        rss_peak: dict[int, float] = {}

        async def main() -> dict[str, Any]:
            probe = await probe_cross_replica(ports, stats)
            start = time.monotonic()
            until = start + minutes * 60
            crowd = [User(k, "officer" if rng.random() < OFFICER_SHARE else "enterprise", ports, stats,
                          random.Random(seed * 1000 + k)) for k in range(users)]
            tasks = [asyncio.create_task(u.live(until, dead)) for u in crowd]

            async def watch():
                killed = False
                while time.monotonic() < until:
                    for port, proc in procs:
                        if proc.poll() is None and (r := _rss_mb(proc.pid)):
                            rss_peak[port] = max(rss_peak.get(port, 0), r)
                    if kill_one and not killed and time.monotonic() > start + minutes * 30 and len(procs) > 1:
                        port, proc = procs[0]
                        dead.add(port)
                        os.kill(proc.pid, signal.SIGKILL)
                        killed = True
                    await asyncio.sleep(2)

            watcher = asyncio.create_task(watch())
            await asyncio.gather(*tasks)
            watcher.cancel()
            return {"probe": probe, "elapsed_s": time.monotonic() - start, "roles": {
                "officer": sum(u.role == "officer" for u in crowd),
                "enterprise": sum(u.role == "enterprise" for u in crowd)}}

        info = asyncio.run(main())
        bought, added = count_markers(database_url)
        bought = {k: v - before_bought.get(k, 0) for k, v in bought.items()}
        added = {k: v - before_added.get(k, 0) for k, v in added.items()}
        expected = stats.writes_expected + stats.products_expected
        found = {**bought, **added}
        ms = sorted(stats.rerun_ms)
        result = {
            "replicas": replicas, "users": users, "minutes": minutes, "kill_one": kill_one,
            "database": "throwaway PostgreSQL on loopback" if cluster else db.make_engine(database_url).url.render_as_string(
                hide_password=True),
            "database_prepared_s": prepared_s,
            "roles": info["roles"],
            "think_time_s": list(THINK_S),
            "reruns": len(ms),
            "p50_rerun_ms": round(statistics.median(ms), 1) if ms else None,
            "p95_rerun_ms": round(ms[int(len(ms) * 0.95) - 1], 1) if ms else None,
            "max_rerun_ms": round(ms[-1], 1) if ms else None,
            # a login runs argon2 once per session; the 1,000 ms target is about working screens
            "p95_rerun_ms_excluding_login": _p95([v for k, vs in stats.by_action.items() if k != "login" for v in vs]),
            "rerun_ms_by_action": {k: {"n": len(v), "p50": round(statistics.median(v), 1),
                                       "p95": round(sorted(v)[max(int(len(v) * 0.95) - 1, 0)], 1)}
                                   for k, v in sorted(stats.by_action.items())},
            "actions": stats.actions,
            "actions_per_minute": round(stats.actions / (info["elapsed_s"] / 60), 1),
            "actions_per_user_minute": round(stats.actions / (info["elapsed_s"] / 60) / max(users, 1), 2),
            "errors": len(stats.errors),
            "error_samples": stats.errors[:10],
            "reconnects": stats.reconnects,
            "writes_expected": len(expected),
            "writes_found": sum(1 for m in expected if found.get(m) == 1),
            "writes_lost": [m for m in expected if found.get(m, 0) == 0],
            "writes_doubled": [m for m, c in found.items() if c > 1],
            "writes_unconfirmed_but_committed": sorted(set(found) - set(expected)),
            "cross_replica": info["probe"],
            "replica_rss_mb_peak": {f"replica{k}": rss_peak.get(p) for k, (p, _) in enumerate(procs)},
            "replica_rss_mb_end": {f"replica{k}": _rss_mb(proc.pid) if proc.poll() is None else "killed"
                                   for k, (_, proc) in enumerate(procs)},
            "logs": str(logdir),
        }
        result["targets"] = {"p95_le_1000ms": bool(ms) and result["p95_rerun_ms"] <= 1000,
                             "no_errors": result["errors"] == 0,
                             "nothing_lost_or_doubled": not result["writes_lost"] and not result["writes_doubled"]}
        return result
    finally:
        for _, proc in procs:
            if proc.poll() is None:
                proc.terminate()
        for _, proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        if cluster is not None:
            cluster.stop()


def cmd(args) -> int:
    result = run(replicas=args.replicas, users=args.users, minutes=args.minutes, database_url=args.database_url,
                 kill_one=args.kill_one)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


def main(argv: list[str] | None = None) -> int:
    """`python -m sse_match bench load …` runs this script, so that sse_match itself never imports streamlit."""
    import argparse

    p = argparse.ArgumentParser(prog="tools/loadbench.py")
    p.add_argument("--replicas", type=int, default=2)
    p.add_argument("--users", type=int, default=20)
    p.add_argument("--minutes", type=float, default=10.0)
    p.add_argument("--database-url")
    p.add_argument("--kill-one", action="store_true")
    return cmd(p.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
