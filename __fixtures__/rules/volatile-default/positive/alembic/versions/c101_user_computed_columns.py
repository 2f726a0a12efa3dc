import sqlalchemy as sa
from alembic import op

revision = "c101"
down_revision = None


def upgrade():
    op.add_column("users", sa.Column("seq", sa.BigInteger(), sa.Identity(), nullable=False))  # mg:expect
    op.add_column("users", sa.Column("full_name", sa.Text(), sa.Computed("first || last")))  # mg:expect


def downgrade():
    op.drop_column("users", "full_name")
    op.drop_column("users", "seq")
