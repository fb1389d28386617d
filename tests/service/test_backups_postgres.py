import pytest

from app.domain.errors import DomainError
from app.services import backups


@pytest.mark.pg_only
def test_postgres_backups_point_to_pg_dump(demo_ctx, login, backend):
    with pytest.raises(DomainError) as err:
        backups.backup_now(demo_ctx, login("admin"))
    assert "pg_dump" in err.value.message
