from alembic import op

revision = "a004detach_e"
down_revision = None


def upgrade():
    op.execute("ALTER TABLE events DETACH PARTITION events_2020")  # mg:expect


def downgrade():
    pass
