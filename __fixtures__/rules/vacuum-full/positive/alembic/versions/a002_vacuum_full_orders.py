from alembic import op

revision = "a002vacuum_f"
down_revision = None


def upgrade():
    op.execute("VACUUM FULL orders")  # mg:expect


def downgrade():
    pass
