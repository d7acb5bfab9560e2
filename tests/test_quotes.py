"""견적 요청 rules at the function layer, on SQLite and PostgreSQL: who may see and do what, one send per
form, no answers after the 마감일 or once closed, drafts that count only when confirmed, files checked by
their bytes, and e-mail through a real SMTP server on loopback."""

import io
import zipfile
from datetime import date, datetime, timedelta

import polars as pl
import pytest
from sqlalchemy import func, insert, select

from sse_match import workforce as stats
from sse_match.accounts.access import Actor, Conflict, PermissionDenied
from sse_match.catalog import supplier
from sse_match.catalog.products import NotFound
from sse_match.catalog.validation import ValidationFailed
from sse_match.files import export
from sse_match.purchases import stats as purchase_stats
from sse_match.quotes import notify
from sse_match.quotes import requests as quotes
from sse_match.storage import audit, schema

pytestmark = pytest.mark.pg
TODAY = date(2026, 5, 4)
NOW = datetime(2026, 5, 4, 10, 0)
EVIL = '<script>alert("x")</script> & =1+1'
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _hwpx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/hwp+zip")
        zf.writestr("Contents/section0.xml", "<x/>")
    return buf.getvalue()


@pytest.fixture
def world(engine):
    with engine.begin() as conn:
        def ent(name, se_type, gu, dong, email=None, rep=None, status="active"):
            return conn.execute(insert(schema.enterprises).returning(schema.enterprises.c.id), dict(
                se_type=se_type, name=name, gu=gu, dong=dong, email=email, representative=rep, status=status,
                founded_on=date(2019, 1, 1), created_at=NOW, updated_at=NOW)).scalar_one()
        e1 = ent("가나도시락", "사회적기업", "완산구", "효자동1동", email="ga@example.org", rep="김대표")
        e2 = ent("다라식품", "협동조합", "덕진구", "송천1동", email="da@example.org")
        e3 = ent("마바청소", "자활기업", "완산구", "중앙동")

        def inst(name, gu):
            return conn.execute(insert(schema.institutions).returning(schema.institutions.c.id),
                                dict(name=name, kind="지방공기업", city_affiliated=True, gu=gu)).scalar_one()
        i1, i2 = inst("전주시설공단", "완산구"), inst("전주문화재단", "덕진구")
        conn.execute(insert(schema.agreements), dict(institution_id=i1, year=2026, target_amount=100_000_000))
        conn.execute(insert(schema.purchases), dict(
            institution_id=i1, enterprise_id=e2, purchased_on=date(2026, 2, 1), amount=7_000_000, kind="물품",
            contract_method="수의계약", category="식품", description="행사 도시락", created_at=NOW))

        def user(login, role, inst_id=None, ent_id=None, email=None):
            uid = conn.execute(insert(schema.users).returning(schema.users.c.id), dict(
                login=login, role=role, institution_id=inst_id, enterprise_id=ent_id, email=email,
                display_name=login, created_at=NOW)).scalar_one()
            return Actor(uid, login, role, institution_id=inst_id, enterprise_id=ent_id, display_name=login)
        a = user("officer-a", "officer", inst_id=i1, email="officer-a@example.org")
        b = user("officer-b", "officer", inst_id=i2)
        u1 = user("ent1", "enterprise", ent_id=e1)
        u2 = user("ent2", "enterprise", ent_id=e2)
        u3 = user("ent3", "enterprise", ent_id=e3)
        admin = user("boss", "admin")
    return dict(engine=engine, e1=e1, e2=e2, e3=e3, i1=i1, i2=i2, a=a, b=b, u1=u1, u2=u2, u3=u3, admin=admin)


def values(**over):
    v = dict(item_name="행사 도시락", quantity=200, unit="개", deliver_by=TODAY + timedelta(days=20),
             delivery_place="전주시설공단 본관", estimated_price=1_800_000, answer_by=TODAY + timedelta(days=7),
             memo="알레르기 표시 부탁드립니다", category="식품")
    v.update(over)
    return v


def send(w, to=("e1", "e2"), token="tok-1", actor="a", **over):
    return quotes.create_request(w["engine"], w[actor], values(**over), [w[k] for k in to], token, TODAY, NOW)


def recipient(w, rid, user):
    row = quotes.inbox(w["engine"], w[user], TODAY).filter(id=rid).row(0, named=True)
    return row["recipient_id"], row["my_version"]


def answer(w, rid, user, amount, vat=True, file=None, today=TODAY):
    rec, ver = recipient(w, rid, user)
    return quotes.answer(w["engine"], w[user], rec, dict(amount=amount, vat_included=vat,
                                                          delivery_on=TODAY + timedelta(days=15), memo="가능합니다"),
                         ver, today, NOW, file=file)


def test_quote_officer_of_another_institution_cannot_read_or_act(world):
    w = world
    rid = send(w)
    eng, b = w["engine"], w["b"]
    assert quotes.requests_for(eng, b).height == 0
    assert quotes.requests_for(eng, w["a"])["id"].to_list() == [rid]
    assert quotes.requests_for(eng, w["admin"])["id"].to_list() == [rid]
    with pytest.raises(PermissionDenied):
        quotes.view(eng, b, rid, TODAY)
    with pytest.raises(PermissionDenied):
        quotes.close(eng, b, rid, 1, NOW)
    with pytest.raises(PermissionDenied):
        quotes.cancel(eng, b, rid, 1, NOW)
    answer(w, rid, "u1", 1_700_000)
    rec, _ = recipient(w, rid, "u1")
    with pytest.raises(PermissionDenied):
        quotes.choose(eng, b, rid, rec, 1, NOW)
    with pytest.raises(PermissionDenied):
        quotes.create_request(eng, b, values(), [w["e1"]], "tok-b", TODAY, NOW, institution_id=w["i1"])
    assert quotes.view(eng, w["a"], rid, TODAY).request["status"] == "open"  # nothing changed


def test_quote_enterprise_sees_only_requests_sent_to_it_and_only_its_own_answer(world):
    w = world
    rid = send(w)
    eng = w["engine"]
    with pytest.raises(PermissionDenied):
        quotes.view(eng, w["u3"], rid, TODAY)
    assert quotes.inbox(eng, w["u3"], TODAY).height == 0
    with pytest.raises(PermissionDenied):
        quotes.requests_for(eng, w["u1"])
    answer(w, rid, "u2", 1_650_000)
    seen = quotes.view(eng, w["u1"], rid, TODAY)
    assert seen.answers["enterprise_id"].to_list() == [w["e1"]]  # not 다라식품's price
    rec2, ver2 = recipient(w, rid, "u2")
    with pytest.raises(PermissionDenied):  # answering for another enterprise
        quotes.answer(eng, w["u1"], rec2, dict(amount=1, vat_included=True, delivery_on=TODAY), ver2, TODAY, NOW)


def test_quote_closed_or_cancelled_or_past_deadline_takes_no_answer(world):
    w = world
    eng = w["engine"]
    rid = send(w)
    quotes.close(eng, w["a"], rid, 1, NOW)
    with pytest.raises(PermissionDenied, match="마감"):
        answer(w, rid, "u1", 1_000_000)
    rid2 = send(w, token="tok-2")
    quotes.cancel(eng, w["a"], rid2, 1, NOW)
    with pytest.raises(PermissionDenied):
        answer(w, rid2, "u1", 1_000_000)
    rid3 = send(w, token="tok-3")
    with pytest.raises(PermissionDenied, match="마감일"):
        answer(w, rid3, "u1", 1_000_000, today=TODAY + timedelta(days=8))
    assert answer(w, rid3, "u1", 1_000_000, today=TODAY + timedelta(days=7)) == 2  # the 마감일 itself is fine
    r = schema.quote_recipients.c
    with eng.connect() as conn:
        answered = conn.execute(select(func.count()).where(r.status != "sent")).scalar_one()
    assert answered == 1


def test_quote_double_send_makes_one_request(world):
    w = world
    first = send(w, token="same")
    second = send(w, token="same")
    assert first == second
    with w["engine"].connect() as conn:
        assert conn.execute(select(func.count()).select_from(schema.quote_requests)).scalar_one() == 1
        assert conn.execute(select(func.count()).select_from(schema.quote_recipients)).scalar_one() == 2
        notices = conn.execute(select(func.count()).select_from(schema.notices)).scalar_one()
    assert notices == 2  # one per enterprise, not four
    assert send(w, token="other") != first


def test_quote_form_errors_name_the_field_and_limit_recipients(world):
    w = world
    with pytest.raises(ValidationFailed) as exc:
        quotes.create_request(w["engine"], w["a"], values(item_name=" ", quantity=0,
                                                          answer_by=TODAY + timedelta(days=30)),
                              [w["e1"], w["e2"], w["e3"], w["e1"] + 100, w["e1"] + 101, w["e1"] + 102], "t",
                              TODAY, NOW)
    msgs = [str(e) for e in exc.value.errors]
    assert "품명: 비어 있습니다" in msgs
    assert "수량: 1 이상의 정수로 적어 주세요" in msgs
    assert "답변 마감일: 납기보다 늦을 수 없습니다" in msgs
    assert "받는 기업: 한 번에 5곳까지 보낼 수 있습니다" in msgs


def test_quote_choice_makes_a_draft_that_counts_only_when_confirmed(world):
    w = world
    eng = w["engine"]
    rid = send(w)
    answer(w, rid, "u1", 1_500_000, vat=False)
    answer(w, rid, "u2", 1_700_000, vat=True)
    before_progress = stats.agreement_progress(eng, 2026).filter(id=w["i1"])["purchased"][0]
    before_data = purchase_stats.PurchaseData.load(eng).purchases["amount"].sum()
    cmp = quotes.view(eng, w["a"], rid, TODAY).answers.sort("recipient_id")
    assert cmp["amount_with_vat"].to_list() == [1_650_000, 1_700_000]
    assert cmp["first_time"].to_list() == [True, False]  # 다라식품 sold to 전주시설공단 in February
    assert cmp["own_total"].to_list() == [0, 7_000_000]
    assert cmp["place"].to_list() == ["완산구 효자동1동 · 같은 구", "덕진구 송천1동 · 다른 구"]
    rec1 = cmp["recipient_id"][0]
    pid = quotes.choose(eng, w["a"], rid, rec1, 1, NOW)
    draft = quotes.draft_purchase(eng, w["a"], rid)
    assert (draft["id"], draft["status"], draft["amount"], draft["quote_request_id"]) == (pid, "draft", 1_650_000, rid)
    assert stats.agreement_progress(eng, 2026).filter(id=w["i1"])["purchased"][0] == before_progress
    assert purchase_stats.PurchaseData.load(eng).purchases["amount"].sum() == before_data
    assert quotes.inbox(eng, w["u2"], TODAY)["outcome"].to_list() == ["not_chosen"]
    assert quotes.inbox(eng, w["u1"], TODAY)["outcome"].to_list() == ["chosen"]
    with pytest.raises(PermissionDenied):  # chosen: no more answers, even before the 마감일
        answer(w, rid, "u2", 1_000)
    with pytest.raises(ValidationFailed):  # delivery not yet made
        quotes.confirm_purchase(eng, w["a"], rid, TODAY + timedelta(days=1), 1_640_000, 2, TODAY, NOW)
    with pytest.raises(PermissionDenied):
        quotes.confirm_purchase(eng, w["b"], rid, TODAY, 1_640_000, 2, TODAY, NOW)
    quotes.confirm_purchase(eng, w["a"], rid, TODAY, 1_640_000, 2, TODAY, NOW)
    after = stats.agreement_progress(eng, 2026).filter(id=w["i1"])["purchased"][0]
    assert after - before_progress == 1_640_000
    view = purchase_stats.institution_view(purchase_stats.PurchaseData.load(eng), w["i1"], 2026, TODAY)
    assert view.purchased == 7_000_000 + 1_640_000
    with pytest.raises(PermissionDenied):  # confirmed once
        quotes.confirm_purchase(eng, w["a"], rid, TODAY, 1, 3, TODAY, NOW)
    with eng.connect() as conn:
        acts = [r.action for r in conn.execute(select(schema.audit_log.c.action).order_by(schema.audit_log.c.id))]
    assert acts == ["create", "answer", "answer", "choose", "create", "confirm", "confirm"]


def test_quote_stale_version_is_a_conflict_not_an_overwrite(world):
    w = world
    eng = w["engine"]
    rid = send(w)
    rec, ver = recipient(w, rid, "u1")
    quotes.answer(eng, w["u1"], rec, dict(amount=1_000, vat_included=True, delivery_on=TODAY), ver, TODAY, NOW)
    with pytest.raises(Conflict):
        quotes.answer(eng, w["u1"], rec, dict(amount=2_000, vat_included=True, delivery_on=TODAY), ver, TODAY, NOW)
    assert quotes.inbox(eng, w["u1"], TODAY)["amount"].to_list() == [1_000]
    quotes.close(eng, w["a"], rid, 1, NOW)
    with pytest.raises(Conflict):
        quotes.cancel(eng, w["a"], rid, 1, NOW)


def test_quote_files_checked_by_content_and_served_only_to_parties(world):
    w = world
    eng = w["engine"]
    xlsx = export.xlsx_bytes({"견적": __import__("polars").DataFrame({"a": [1]})})
    for name, data in (("견적서.pdf", PDF), ("내역.xlsx", xlsx), ("공문.hwpx", _hwpx()),
                       ("공문.hwp", quotes.OLE2 + b"\0" * 504 + quotes.HWP_SIGNATURE)):
        assert quotes.file_kind(quotes.Upload(name, data)) == name.rsplit(".", 1)[1]
    for name, data, why in (("견적서.pdf", b"MZ\x90\x00 not a pdf", "PDF, XLSX"),
                            ("견적서.xlsx", PDF, "확장자"),
                            ("큰파일.pdf", PDF + b"0" * quotes.MAX_FILE_BYTES, "10MB"),
                            ("압축.xlsx", _hwpx(), "확장자")):
        with pytest.raises(ValidationFailed, match=why):
            quotes.file_kind(quotes.Upload(name, data))
    rid = quotes.create_request(eng, w["a"], values(), [w["e1"], w["e2"]], "tok-f", TODAY, NOW,
                                files=[quotes.Upload("사양서.pdf", PDF)])
    answer(w, rid, "u1", 1_000_000, file=quotes.Upload("견적서.xlsx", xlsx))
    atts = quotes.view(eng, w["a"], rid, TODAY).attachments.sort("id")
    officer_file, answer_file = atts["id"].to_list()
    got = quotes.attachment(eng, w["a"], answer_file)
    assert (got.filename, got.content) == ("견적서.xlsx", xlsx)
    assert quotes.attachment(eng, w["u2"], officer_file).content == PDF  # the request's own file: every recipient
    with pytest.raises(PermissionDenied):  # another enterprise's quote
        quotes.attachment(eng, w["u2"], answer_file)
    assert quotes.view(eng, w["u2"], rid, TODAY).attachments["id"].to_list() == [officer_file]
    with pytest.raises(PermissionDenied):
        quotes.attachment(eng, w["b"], officer_file)
    with pytest.raises(PermissionDenied):
        quotes.attachment(eng, w["u3"], officer_file)
    with pytest.raises(NotFound):
        quotes.attachment(eng, w["a"], answer_file + 1000)


def test_quote_supplier_detail_hides_empty_fields_and_counts_confirmed_purchases(world):
    w = world
    d = supplier.detail(w["engine"], w["e2"], w["i1"], TODAY)
    assert d.contact_rows() == [("이메일", "da@example.org"), ("주소 (구·동)", "덕진구 송천1동")]
    assert (d.purchase_count, d.purchase_total, d.institution_count, d.last_purchase) == (1, 7_000_000, 1,
                                                                                          date(2026, 2, 1))
    assert d.first_time is False
    d1 = supplier.detail(w["engine"], w["e1"], w["i1"], TODAY)
    assert d1.first_time is True and d1.purchase_count == 0 and d1.last_purchase is None
    assert ("대표자", "김대표") in d1.contact_rows()
    assert supplier.detail(w["engine"], w["e1"], None, TODAY).first_time is None


def test_quote_audit_has_every_write(world):
    w = world
    rid = send(w)
    rec, ver = recipient(w, rid, "u2")
    quotes.decline(w["engine"], w["u2"], rec, "일정이 맞지 않습니다", ver, TODAY, NOW)
    entries = audit.entries(w["engine"], table="quote_recipients")
    assert entries["action"].to_list() == ["decline"]
    assert "일정이 맞지 않습니다" in entries["after"][0]


# ---- e-mail on loopback ------------------------------------------------------------------------
@pytest.fixture
def smtp_server():
    from aiosmtpd.controller import Controller
    from aiosmtpd.handlers import Message

    received = []

    class Keep(Message):
        def handle_message(self, message):
            received.append(message)

    from tests.browser import free_port

    ctl = Controller(Keep(), hostname="127.0.0.1", port=free_port())
    ctl.start()
    yield ctl, received
    ctl.stop()


def test_quote_mails_reach_a_real_smtp_server_with_user_text_escaped(world, smtp_server, monkeypatch):
    ctl, received = smtp_server
    monkeypatch.setenv("SSE_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("SSE_SMTP_PORT", str(ctl.port))
    monkeypatch.setenv("SSE_SMTP_FROM", "sse@jeonju.example")
    w = world
    rid = send(w, item_name=EVIL)
    assert sorted(m["To"] for m in received) == ["da@example.org", "ga@example.org"]
    mail = received[0]
    assert "\n" not in mail["Subject"] and EVIL in mail["Subject"]
    parts = _parts(mail)
    assert EVIL in parts["text/plain"]
    assert "<script>" not in parts["text/html"]
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; =1+1" in parts["text/html"]
    received.clear()
    answer(w, rid, "u1", 1_234_000)
    assert [m["To"] for m in received] == ["officer-a@example.org"]
    assert "1,234,000원" in _parts(received[0])["text/plain"]


def _parts(mail) -> dict[str, str]:
    return {p.get_content_type(): p.get_payload(decode=True).decode(p.get_content_charset()) for p in mail.walk()
            if not p.is_multipart()}


def test_quote_without_smtp_nothing_is_sent_and_nothing_fails(world, monkeypatch, tmp_path):
    for k in ("SSE_SMTP_HOST", "SSE_SMTP_PORT", "SSE_SMTP_FROM"):
        monkeypatch.delenv(k, raising=False)
    monkeypatch.setattr(notify.config, "SECRETS_FILE", tmp_path / "secrets.toml")  # no [smtp] anywhere
    assert notify.smtp_settings() is None
    calls = []
    monkeypatch.setattr(notify.smtplib, "SMTP", lambda *a, **k: calls.append(a))
    rid = send(world)
    assert calls == []
    assert notify.for_actor(world["engine"], world["u1"])["request_id"].to_list() == [rid]


# ---- the department's funnel, against figures worked out by hand ---------------------------------
def test_quote_funnel_matches_a_hand_computed_fixture(world):
    from sse_match.quotes import stats as quote_stats

    w = world
    eng = w["engine"]
    with eng.begin() as conn:
        e4 = conn.execute(insert(schema.enterprises).returning(schema.enterprises.c.id), dict(
            se_type="마을기업", name="사아공방", founded_on=date(2019, 1, 1), created_at=NOW,
            updated_at=NOW)).scalar_one()
    u4 = Actor(None, "ent4", "enterprise", enterprise_id=e4)

    def at(d, h=9):
        return datetime(d.year, d.month, d.day, h)

    def req(actor, ents, day, token, category):
        return quotes.create_request(eng, actor, values(category=category, answer_by=day + timedelta(days=7),
                                                        deliver_by=day + timedelta(days=14)),
                                     ents, token, day, at(day))

    def reply(user_actor, rid, day, amount=None):
        row = quotes.inbox(eng, user_actor, day).filter(id=rid).row(0, named=True)
        if amount is None:
            quotes.decline(eng, user_actor, row["recipient_id"], "바쁩니다", row["my_version"], day, at(day))
        else:
            quotes.answer(eng, user_actor, row["recipient_id"], dict(amount=amount, vat_included=True,
                                                                      delivery_on=day + timedelta(days=5)),
                          row["my_version"], day, at(day))
        return row["recipient_id"]

    r1 = req(w["a"], [w["e1"], w["e2"]], date(2026, 3, 2), "f1", "식품")
    rec_e1 = reply(w["u1"], r1, date(2026, 3, 4), 1_500_000)  # 2 days
    reply(w["u2"], r1, date(2026, 3, 3))  # declined after 1 day: the first reply
    quotes.choose(eng, w["a"], r1, rec_e1, 1, at(date(2026, 3, 5)))
    quotes.confirm_purchase(eng, w["a"], r1, date(2026, 3, 20), 1_500_000, 2, date(2026, 3, 20),
                            at(date(2026, 3, 20)))
    r2 = req(w["a"], [w["e2"], w["e3"]], date(2026, 4, 1), "f2", "청소·방역")
    rec_e3 = reply(w["u3"], r2, date(2026, 4, 5), 900_000)  # 4 days
    quotes.choose(eng, w["a"], r2, rec_e3, 1, at(date(2026, 4, 6)))
    req(w["b"], [w["e1"], e4], date(2026, 4, 10), "f3", "식품")
    assert quotes.inbox(eng, u4, TODAY)["outcome"].to_list() == ["closed"]

    data = quote_stats.QuoteData.load(eng)
    steps = ["requests", "answered", "chosen", "purchased"]

    def table(by):
        return {r[by]: tuple(r[s] for s in steps) for r in quote_stats.funnel(data, by, 2026).iter_rows(named=True)}
    assert table("institution_name") == {"전주시설공단": (2, 2, 2, 1), "전주문화재단": (1, 0, 0, 0)}
    assert table("category") == {"식품": (2, 1, 1, 1), "청소·방역": (1, 1, 1, 0)}
    assert table("se_type") == {"사회적기업": (2, 1, 1, 1), "협동조합": (2, 0, 0, 0), "자활기업": (1, 1, 1, 0),
                                "마을기업": (1, 0, 0, 0)}
    assert table("month") == {"2026-03": (1, 1, 1, 1), "2026-04": (2, 1, 1, 0)}
    assert quote_stats.totals(data, 2026) == {"requests": 3, "answered": 2, "chosen": 2, "purchased": 1}
    assert quote_stats.funnel(data, "month", 2025).is_empty()
    assert quote_stats.median_days_to_first_answer(data, 2026) == 2.5  # median of 1 and 4
    silent = quote_stats.silent_enterprises(data, TODAY)
    assert silent.select("enterprise_name", "received").rows() == [("사아공방", 1)]
    via = quote_stats.through_requests(data, 2026)
    assert (via.purchases, via.via_request, via.amount, via.via_amount) == (2, 1, 8_500_000, 1_500_000)
    assert via.share == 0.5
    sheet = quote_stats.report_sheet(data, 2026, TODAY)
    assert sheet.row(0) == ("요약", "2026년 전체", 3, 2, 2, 1, None)
    assert sheet.filter(pl.col("구분") == "답변 없는 기업")["항목"].to_list() == ["사아공방"]


def test_quote_sheet_in_the_report_xlsx_has_numeric_cells(world):
    from sse_match.purchases import reports
    from sse_match.quotes import stats as quote_stats

    w = world
    rid = send(w)
    answer(w, rid, "u1", 1_000_000)
    eng = w["engine"]
    view = purchase_stats.department_view(purchase_stats.PurchaseData.load(eng), 2026)
    sheet = quote_stats.report_sheet(quote_stats.QuoteData.load(eng), 2026, TODAY)
    raw = reports.report_xlsx(view, stats.Workforce.load(eng), TODAY, {"견적 요청": sheet})
    sheets = pl.read_excel(io.BytesIO(raw), sheet_id=0, read_options={"header_row": 3})  # title and date rows first
    assert list(sheets) == [*reports.SHEETS, "견적 요청"]
    got = sheets["견적 요청"]
    first = got.row(0, named=True)
    assert (first["구분"], first["요청"], first["답변 받음"], first["선정"], first["구매 확정"]) == ("요약", 1, 1, 0, 0)
    assert got.schema["요청"].is_integer()


def test_quote_saved_even_when_the_mail_server_is_down(world, monkeypatch):
    from tests.browser import free_port

    monkeypatch.setenv("SSE_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("SSE_SMTP_PORT", str(free_port()))  # nothing listens there
    rid = send(world)
    assert quotes.view(world["engine"], world["a"], rid, TODAY).request["status"] == "open"
    assert notify.send(world["engine"], [notify.Notice("x", "s", "b", enterprise_id=world["e1"])]) == 0
