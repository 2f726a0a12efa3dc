from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("shop", "0001_initial")]

    operations = [
        migrations.RunSQL(
            "BEGIN; CREATE INDEX CONCURRENTLY order_status_idx ON shop_order (status); COMMIT;",  # mg:expect
            reverse_sql="DROP INDEX order_status_idx;",
        ),
    ]
