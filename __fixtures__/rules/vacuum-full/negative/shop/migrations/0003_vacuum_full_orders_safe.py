from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("shop", "0001_initial")]

    # VACUUM FULL orders is what we avoid
    operations = [
        migrations.RunSQL("VACUUM (ANALYZE) orders", reverse_sql="VACUUM FULL orders"),
    ]
