from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("shop", "0001_initial")]

    # ALTER TABLE events DETACH PARTITION events_2020 is what we avoid
    operations = [
        migrations.RunSQL("ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY", reverse_sql="ALTER TABLE events DETACH PARTITION events_2020"),
    ]
