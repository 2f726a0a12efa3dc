from alembic import op

revision = "a006positive"
down_revision = None


def upgrade():
    op.execute("ALTER DOMAIN positive_amount ADD CONSTRAINT positive_amount_check CHECK (VALUE > 0)")  # mg:expect


def downgrade():
    pass
