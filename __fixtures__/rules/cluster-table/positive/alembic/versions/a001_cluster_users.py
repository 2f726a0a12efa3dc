from alembic import op

revision = "a001cluster_"
down_revision = None


def upgrade():
    op.execute("CLUSTER users USING users_pkey")  # mg:expect


def downgrade():
    pass
