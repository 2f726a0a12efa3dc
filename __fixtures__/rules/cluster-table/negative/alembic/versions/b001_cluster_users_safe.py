from alembic import op

revision = "b001cluster_"
down_revision = None


# CLUSTER users USING users_pkey is what we avoid
def upgrade():
    op.execute("ANALYZE users")
    print("CLUSTER users USING users_pkey")


def downgrade():
    op.execute("CLUSTER users USING users_pkey")
