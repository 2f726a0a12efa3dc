"""The version row is bookkeeping; the price rewrite is user data."""
from alembic import op

revision = "d4e5f6a7b8c9"
down_revision = "c3d4e5f6a7b8"


def upgrade():
    op.execute("UPDATE alembic_version SET version_num = 'd4e5f6a7b8c9'")
    op.execute("UPDATE products SET price = price * 100")  # mg:expect


def downgrade():
    op.execute("UPDATE products SET price = price / 100")
