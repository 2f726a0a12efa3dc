from alembic import op

revision = "e105"
down_revision = None


def upgrade():
    op.create_exclude_constraint("booking_no_overlap", "bookings", ("during", "&&"), using="gist")  # mg:expect


def downgrade():
    op.drop_constraint("booking_no_overlap", "bookings")
