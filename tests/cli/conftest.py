import json

import pytest

from app.bootstrap import open_context
from app.cli.main import run


class CLI:
    def __init__(self, capsys, monkeypatch, clock, db):
        self.capsys, self.monkeypatch, self.clock, self.db = capsys, monkeypatch, clock, db

    def __call__(self, *argv, pin="123456", new_pin=None):
        if pin is None:
            self.monkeypatch.delenv("KOPDES_PIN", raising=False)
        else:
            self.monkeypatch.setenv("KOPDES_PIN", pin)
        if new_pin:
            self.monkeypatch.setenv("KOPDES_NEW_PIN", new_pin)
        args = [*argv, "--db", str(self.db)] if self.db else list(argv)
        code = run(args, open_context=lambda db, url, upgrade=True: open_context(
            db, url, clock=self.clock, upgrade=upgrade), run_gui=lambda _f: 99)
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *argv, **kw):
        code, out, err = self(*argv, "--json", **kw)
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def cli(demo_ctx, capsys, monkeypatch, clock):
    # Without a file the CLI would open the user's own data folder: mark such tests sqlite_only.
    assert demo_ctx.sqlite_path is not None, "the cli fixture needs the demo's SQLite file"
    demo_ctx.close()
    return CLI(capsys, monkeypatch, clock, demo_ctx.sqlite_path)


@pytest.fixture
def fresh_cli(tmp_path, capsys, monkeypatch, clock):
    return CLI(capsys, monkeypatch, clock, tmp_path / "baru" / "kopdes.sqlite3")
