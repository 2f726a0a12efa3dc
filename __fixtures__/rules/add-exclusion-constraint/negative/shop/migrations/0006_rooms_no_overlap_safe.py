from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("shop", "0001_initial")]

    # ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) is what we avoid
    operations = [
        migrations.RunSQL("ALTER TABLE bookings ADD CONSTRAINT bookings_nights_check CHECK (nights > 0) NOT VALID", reverse_sql="ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&)"),
    ]
