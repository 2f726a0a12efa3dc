from django.db import migrations


class Migration(migrations.Migration):
    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(model_name="order", name="amount"),
                migrations.DeleteModel(name="Cart"),
            ],
            database_operations=[
                migrations.RunSQL(
                    sql="""
                    ALTER TABLE shop_order DROP COLUMN amount;
                    """,
                    reverse_sql=migrations.RunSQL.noop,
                ),
            ],
        ),
    ]
