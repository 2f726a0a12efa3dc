from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("shop", "0001_initial")]

    operations = [
        migrations.RunSQL("CLUSTER users USING users_pkey", reverse_sql=migrations.RunSQL.noop),  # mg:expect
    ]
