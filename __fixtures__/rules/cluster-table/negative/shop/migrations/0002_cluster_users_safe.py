from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("shop", "0001_initial")]

    # CLUSTER users USING users_pkey is what we avoid
    operations = [
        migrations.RunSQL("ANALYZE users", reverse_sql="CLUSTER users USING users_pkey"),
    ]
