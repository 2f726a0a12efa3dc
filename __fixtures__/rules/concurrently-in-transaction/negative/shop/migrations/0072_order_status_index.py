from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("shop", "0001_initial")]

    # BEGIN; CREATE INDEX CONCURRENTLY would fail
    operations = [
        migrations.RunSQL(
            "CREATE INDEX order_status_idx ON shop_order (status);",
            reverse_sql="BEGIN; DROP INDEX CONCURRENTLY order_status_idx; COMMIT;",
        ),
    ]
