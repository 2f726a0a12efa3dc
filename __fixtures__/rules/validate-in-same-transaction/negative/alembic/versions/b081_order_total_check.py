from alembic import op

revision = "b081ordertot"
down_revision = None


def upgrade():
    op.execute("ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID")
    with op.get_context().autocommit_block():
        pass  # "ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check" runs in the next revision


def downgrade():
    op.execute("ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID")
    op.execute("ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check")
