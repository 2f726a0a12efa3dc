from django.db import migrations

BACKFILL = (
    "UPDATE shop_order "
    "SET status = 'new' WHERE status IS NULL"
)


class Migration(migrations.Migration):
    operations = [
        migrations.RunSQL("ALTER TABLE shop_order DROP COLUMN legacy", reverse_sql="SELECT 1"),
        migrations.RunSQL(
            sql="""
            DELETE FROM shop_cart;
            """,
        ),
        migrations.RunSQL(
            [
                "TRUNCATE shop_log",
                ("DELETE FROM shop_tag WHERE id = %s", [1]),
            ],
            migrations.RunSQL.noop,
        ),
        migrations.RunSQL(BACKFILL, reverse_sql=migrations.RunSQL.noop),
        migrations.RunSQL(r"UPDATE shop_item SET path = '\d'", migrations.RunSQL.noop),
        migrations.RunSQL("UPDATE shop_item SET note = 'it\'s'", migrations.RunSQL.noop),
        migrations.RunSQL(f"DROP TABLE {table}", migrations.RunSQL.noop),
        migrations.RunSQL(migrations.RunSQL.noop, "DROP TABLE shop_x"),
    ]
