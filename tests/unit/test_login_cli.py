"""`apptoto-sheets login` / `logout` end to end against the sandbox, the system browser being the stand-in
(tests/helpers/fake_browser.py through BROWSER); then `submit` and `diff` on the sign-in, with no API key anywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gui.apptoto.credentials import SERVICE
from gui.apptoto.sandbox import DEMO_CLIENT_ID, SandboxServer
from gui.apptoto.tokens import Tokens
from gui.cli import main
from tests.helpers.apptoto import with_calendars

ROOT = Path(__file__).resolve().parents[2]
HEADER = "calendar,title,start_time,end_time,participant_name,participant_phone\n"
ROWS = "".join(f"Dr Adams,Check-up {n},2025-03-0{n + 1} 09:00,2025-03-0{n + 1} 09:30,Pat {n},555000{n:04d}\n"
               for n in range(3))


@pytest.fixture
def env(monkeypatch, tmp_path, memory_keyring, fake_browser):
    """No API key, no e-mail, no client id in the environment; journal in a temp folder."""
    for name in ("APPTOTO_USER", "APPTOTO_API_KEY", "APPTOTO_CLIENT_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("APPTOTO_SHEETS_DATA_DIR", str(tmp_path / "data"))
    (tmp_path / "s.csv").write_text(HEADER + ROWS, encoding="utf-8")
    return tmp_path


@pytest.fixture
def clocked(clock):
    with with_calendars(SandboxServer(clock=clock, token_lifetime=3600)) as sb:
        yield sb


def login(sb, *extra: str) -> int:
    return main(["login", "--base-url", sb.url, "--client-id", DEMO_CLIENT_ID, "--timeout", "20", *extra])


def submit(sb, env: Path) -> int:
    return main(["submit", str(env / "s.csv"), "--base-url", sb.url, "--time-zone", "America/New_York"])


def saved(ring, sb) -> Tokens | None:
    return Tokens.from_json(ring.store.get((SERVICE, f"oauth {DEMO_CLIENT_ID} @ {sb.url}")))


def methods(sb) -> list[str]:
    return [m for m, p in sb.requests if not p.startswith("/oauth/")]


def written(env: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in (env / "data").rglob("*") if p.is_file())


def test_login_then_submit_on_the_token_with_no_api_key(env, sandbox, memory_keyring, fake_browser, capsys):
    assert login(sandbox) == 0
    out = capsys.readouterr()
    tokens = saved(memory_keyring, sandbox)
    assert tokens is not None and "Signed in to Apptoto" in out.err
    assert submit(sandbox, env) == 0
    out2 = capsys.readouterr()
    assert len(sandbox.events) == 3 and "Sent: 3 created" in out2.err
    assert set(sandbox.auth_schemes[2:]) == {"bearer"}       # after the authorize page and the token exchange
    code = fake_browser.codes()[0]
    for secret in (*tokens.secrets, code):
        assert secret not in out.out + out.err + out2.out + out2.err and secret not in written(env)
    assert main(["diff", str(env / "s.csv"), "--base-url", sandbox.url, "--time-zone", "America/New_York"]) == 0


def test_an_expired_sign_in_is_renewed_and_the_send_goes_through(env, clocked, memory_keyring, clock, capsys):
    assert login(clocked) == 0
    first = saved(memory_keyring, clocked)
    clock.now += 3601                                     # the access token has expired at Apptoto
    assert submit(clocked, env) == 0
    renewed = saved(memory_keyring, clocked)
    assert len(clocked.events) == 3 and renewed.access_token != first.access_token
    assert [p for m, p in clocked.requests].count("/oauth/token") == 2
    for secret in (*first.secrets, *renewed.secrets):
        assert secret not in capsys.readouterr().err and secret not in written(env)


def test_a_refused_renewal_exits_2_and_sends_nothing(env, clocked, memory_keyring, capsys):
    assert login(clocked) == 0
    clocked.oauth.revoke_all()                            # removed under Authorized Applications
    capsys.readouterr()
    assert submit(clocked, env) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("apptoto-sheets: your sign-in with Apptoto has ended (Apptoto would not renew it")
    assert "apptoto-sheets login" in err[-1] and err[-1].endswith("Nothing was sent.")
    assert "PUT" not in methods(clocked) and clocked.events == []
    assert saved(memory_keyring, clocked) is None


def test_logout_forgets_the_sign_in_and_then_submit_exits_2(env, sandbox, memory_keyring, capsys):
    assert login(sandbox) == 0
    assert main(["logout", "--base-url", sandbox.url]) == 0
    assert "Signed out" in capsys.readouterr().err
    assert not [name for _service, name in memory_keyring.store if name.startswith("oauth")]
    before = len(sandbox.requests)
    assert submit(sandbox, env) == 2
    assert "not signed in on this server (apptoto-sheets login)" in capsys.readouterr().err
    assert sandbox.requests[before:] == [] and sandbox.events == []
    assert main(["logout", "--base-url", sandbox.url]) == 0
    assert "nothing to forget" in capsys.readouterr().err


@pytest.mark.parametrize(("knob", "says"), [
    ("state", "did not come from this sign-in"),
    ("code", "Apptoto refused the sign-in (400: invalid_grant: the code was already used)"),
])
def test_a_forged_state_or_a_replayed_code_is_refused(env, sandbox, memory_keyring, fake_browser, capsys, knob, says):
    if knob == "code":
        assert login(sandbox) == 0
        memory_keyring.store.clear()
        fake_browser.set(code=fake_browser.codes()[0])
    else:
        fake_browser.set(state="forged-state")
    capsys.readouterr()
    assert login(sandbox) == 2
    err = capsys.readouterr().err
    assert says in err and "Nothing was saved" in err
    assert memory_keyring.store == {}


def test_nobody_signing_in_times_out(env, sandbox, memory_keyring, fake_browser, capsys):
    fake_browser.set(idle="1")
    assert main(["login", "--base-url", sandbox.url, "--client-id", DEMO_CLIENT_ID, "--timeout", "0.3"]) == 2
    assert "No sign-in came back from the browser within 0.3 s" in capsys.readouterr().err
    assert memory_keyring.store == {}


def test_login_without_a_client_id_says_where_to_get_one(env, sandbox, capsys):
    assert main(["login", "--base-url", sandbox.url]) == 2
    err = capsys.readouterr().err
    assert "no client id" in err and "--client-id" in err and "$APPTOTO_CLIENT_ID" in err
    assert sandbox.requests == []


def test_login_without_a_keyring_exits_2(env, sandbox, broken_keyring, capsys):
    assert login(sandbox) == 2
    assert "keyring is not available, so the Apptoto sign-in cannot be saved" in capsys.readouterr().err
    assert sandbox.requests == []


def test_the_whole_round_in_real_processes(env, sandbox, tmp_path):
    """login, submit, logout, submit: four processes of the app sharing a keyring file, BROWSER the stand-in."""
    child = {**os.environ, "PYTHON_KEYRING_BACKEND": "tests.helpers.fakes.FileKeyring",
             "FAKE_KEYRING_FILE": str(tmp_path / "keyring.json"), "PYTHONPATH": str(ROOT)}

    def app(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "gui", *args], env=child, cwd=ROOT, capture_output=True,
                              text=True, timeout=60)

    signed = app("login", "--base-url", sandbox.url, "--client-id", DEMO_CLIENT_ID, "--timeout", "20")
    assert signed.returncode == 0, signed.stderr
    ring = json.loads((tmp_path / "keyring.json").read_text())
    tokens = Tokens.from_json(ring[f"{SERVICE}\noauth {DEMO_CLIENT_ID} @ {sandbox.url}"])
    sent = app("submit", str(env / "s.csv"), "--base-url", sandbox.url, "--time-zone", "America/New_York")
    assert sent.returncode == 0, sent.stderr
    assert len(sandbox.events) == 3 and sandbox.auth_schemes[-1] == "bearer"
    assert app("logout", "--base-url", sandbox.url).returncode == 0
    puts = methods(sandbox).count("PUT")
    again = app("submit", str(env / "s.csv"), "--base-url", sandbox.url, "--time-zone", "America/New_York")
    assert again.returncode == 2 and "not signed in" in again.stderr
    assert methods(sandbox).count("PUT") == puts
    everything = signed.stdout + signed.stderr + sent.stdout + sent.stderr + again.stderr
    assert not any(secret in everything for secret in tokens.secrets)
