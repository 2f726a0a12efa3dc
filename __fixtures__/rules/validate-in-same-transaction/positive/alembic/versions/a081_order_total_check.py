from alembic import op

revision = "a081ordertot"
down_revision = None


def upgrade():
    op.execute("ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID")
    op.execute("ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check")  # mg:expect


def downgrade():
    pass
