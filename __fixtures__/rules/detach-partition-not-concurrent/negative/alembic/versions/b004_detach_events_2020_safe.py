from alembic import op

revision = "b004detach_e"
down_revision = None


# ALTER TABLE events DETACH PARTITION events_2020 is what we avoid
def upgrade():
    op.execute("ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY")
    print("ALTER TABLE events DETACH PARTITION events_2020")


def downgrade():
    op.execute("ALTER TABLE events DETACH PARTITION events_2020")
