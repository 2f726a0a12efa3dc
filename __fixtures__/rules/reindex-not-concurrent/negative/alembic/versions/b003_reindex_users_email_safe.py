from alembic import op

revision = "b003reindex_"
down_revision = None


# REINDEX INDEX users_email_idx is what we avoid
def upgrade():
    op.execute("REINDEX INDEX CONCURRENTLY users_email_idx")
    print("REINDEX INDEX users_email_idx")


def downgrade():
    op.execute("REINDEX INDEX users_email_idx")
