from alembic import op

revision = "b002vacuum_f"
down_revision = None


# VACUUM FULL orders is what we avoid
def upgrade():
    op.execute("VACUUM (ANALYZE) orders")
    print("VACUUM FULL orders")


def downgrade():
    op.execute("VACUUM FULL orders")
