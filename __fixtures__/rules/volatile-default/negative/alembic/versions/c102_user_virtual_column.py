import sqlalchemy as sa
from alembic import op

revision = "c102"
down_revision = "c101"


# sa.Computed("first || last") alone would be stored and rewrite the table
def upgrade():
    op.add_column("users", sa.Column("full_name", sa.Text(), sa.Computed("first || last", persisted=False)))
    op.add_column("users", sa.Column("note", sa.Text(), server_default="sa.Identity()"))


def downgrade():
    op.add_column("users", sa.Column("seq", sa.BigInteger(), sa.Identity()))
