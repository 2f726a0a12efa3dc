from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("shop", "0001_initial")]

    operations = [
        migrations.RunSQL("ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID", reverse_sql=migrations.RunSQL.noop),
        migrations.RunSQL("ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check", reverse_sql=migrations.RunSQL.noop),  # mg:expect
    ]
