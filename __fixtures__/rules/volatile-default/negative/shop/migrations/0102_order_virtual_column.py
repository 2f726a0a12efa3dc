from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("shop", "0101_order_computed_columns")]

    # models.GeneratedField(..., db_persist=True) would rewrite the table
    operations = [
        migrations.AddField(
            model_name="order",
            name="total_cents",
            field=models.GeneratedField(
                expression=models.F("total") * 100,
                output_field=models.IntegerField(),
                db_persist=False,
            ),
        ),
        migrations.AddField("order", "note", models.TextField(default="models.BigAutoField()")),
    ]
