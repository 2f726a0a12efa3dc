from alembic import op

revision = "a005rooms_no"
down_revision = None


def upgrade():
    op.execute("ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&)")  # mg:expect


def downgrade():
    pass
