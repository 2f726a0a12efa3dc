from alembic import op

revision = "a003reindex_"
down_revision = None


def upgrade():
    op.execute("REINDEX INDEX users_email_idx")  # mg:expect


def downgrade():
    pass
