"""Sign-in sessions (issue 13 item 2, issue 12 item 4): token in a cookie, state in the session table."""

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from sse_match.accounts import auth, sessions
from sse_match.accounts.access import SYSTEM
from sse_match.storage import schema

NOW = datetime(2027, 6, 1, 9, 0)


def _user(engine, login="kim.officer", password="long-enough-pw", role="admin"):
    return auth.create_user(engine, SYSTEM, login=login, password=password, role=role, now=NOW)


def _signed_in(engine, uid, now=NOW):
    return sessions.redeem(engine, sessions.start(engine, uid, now), now)


def test_token_is_random_and_only_its_hash_is_stored(engine):
    uid = _user(engine)
    token = _signed_in(engine, uid)
    assert len(token) >= 43  # 32 random bytes, url-safe base64
    with engine.connect() as conn:
        stored = conn.execute(select(schema.sessions.c.token_hash, schema.sessions.c.code_hash)).one()
    assert stored.token_hash != token and token not in stored.token_hash and stored.code_hash is None
    assert sessions.resolve(engine, token, NOW, 30).login == "kim.officer"


def test_code_works_once_and_only_while_fresh(engine):
    uid = _user(engine)
    code = sessions.start(engine, uid, NOW)
    assert sessions.redeem(engine, code, NOW + timedelta(seconds=sessions.CODE_SECONDS + 1)) is None
    code = sessions.start(engine, uid, NOW)
    assert sessions.redeem(engine, code, NOW) is not None
    assert sessions.redeem(engine, code, NOW) is None
    assert sessions.redeem(engine, "guess", NOW) is None


def test_inactivity_ends_a_session_and_use_extends_it(engine):
    token = _signed_in(engine, _user(engine))
    assert sessions.resolve(engine, token, NOW + timedelta(minutes=29), 30) is not None
    assert sessions.resolve(engine, token, NOW + timedelta(minutes=58), 30) is not None  # 29 after last use
    assert sessions.resolve(engine, token, NOW + timedelta(minutes=89), 30) is None
    assert sessions.resolve(engine, token, NOW + timedelta(minutes=90), 30) is None  # revoked, stays so


def test_logout_revokes(engine):
    token = _signed_in(engine, _user(engine))
    sessions.end(engine, token, NOW)
    assert sessions.resolve(engine, token, NOW, 30) is None


@pytest.mark.parametrize("how", ["disable", "reset"])
def test_disable_or_reset_ends_live_sessions(engine, how):
    _user(engine)
    admin = auth.authenticate(engine, "kim.officer", "long-enough-pw")
    uid = _user(engine, "lee.admin", "another-long-pw")
    first, second = _signed_in(engine, uid), _signed_in(engine, uid)
    assert sessions.resolve(engine, first, NOW, 30).role == "admin"
    if how == "disable":
        auth.set_disabled(engine, admin, "lee.admin", True, now=NOW)
    else:
        auth.reset_password(engine, admin, "lee.admin", "brand-new-pw-1", now=NOW)
    assert sessions.resolve(engine, first, NOW, 30) is None
    assert sessions.resolve(engine, second, NOW, 30) is None
    assert sessions.resolve(engine, _signed_in(engine, admin.user_id), NOW, 30) is not None  # others untouched


def test_disabled_user_is_refused_even_without_revocation(engine):
    from sqlalchemy import update

    uid = _user(engine)
    token = _signed_in(engine, uid)
    with engine.begin() as conn:  # disabled behind the app's back (e.g. by SQL)
        conn.execute(update(schema.users).values(disabled=True))
    assert sessions.resolve(engine, token, NOW, 30) is None


def test_change_own_password(engine):
    uid = _user(engine)
    me = sessions.resolve(engine, _signed_in(engine, uid), NOW, 30)
    other = _signed_in(engine, uid)
    with pytest.raises(auth.AuthError, match="지금 비밀번호가 맞지 않습니다"):
        auth.change_password(engine, me, "wrong-password", "brand-new-pw-1", now=NOW)
    with pytest.raises(auth.AuthError, match="10자 이상"):
        auth.change_password(engine, me, "long-enough-pw", "short", now=NOW)
    with pytest.raises(auth.AuthError, match="아이디와 같게"):
        auth.change_password(engine, me, "long-enough-pw", "Kim.Officer", now=NOW)
    with pytest.raises(auth.AuthError, match="흔한 비밀번호"):
        auth.change_password(engine, me, "long-enough-pw", "password123", now=NOW)
    auth.change_password(engine, me, "long-enough-pw", "brand-new-pw-1", now=NOW)
    assert sessions.resolve(engine, other, NOW, 30) is None
    assert auth.authenticate(engine, "kim.officer", "brand-new-pw-1").user_id == uid


def test_last_sign_in(engine):
    uid = _user(engine)
    _signed_in(engine, uid, NOW)
    later = NOW + timedelta(days=2)
    current = _signed_in(engine, uid, later)
    assert sessions.last_sign_in(engine, uid, sessions.started_at(engine, current)) == NOW
