"""Point the version row at the squashed revision (Alembic's own bookkeeping, not app data)."""
from alembic import op

revision = "c3d4e5f6a7b8"
down_revision = None


def upgrade():
    op.execute("UPDATE alembic_version SET version_num = 'c3d4e5f6a7b8'")
    op.execute("DELETE FROM alembic_version WHERE version_num = 'b2c3d4e5f6a7'")


def downgrade():
    op.execute("UPDATE alembic_version SET version_num = 'b2c3d4e5f6a7'")
