from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("shop", "0001_initial")]

    # REINDEX INDEX users_email_idx is what we avoid
    operations = [
        migrations.RunSQL("REINDEX INDEX CONCURRENTLY users_email_idx", reverse_sql="REINDEX INDEX users_email_idx"),
    ]
