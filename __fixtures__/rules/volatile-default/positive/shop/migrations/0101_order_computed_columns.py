from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("shop", "0100_order")]

    operations = [
        migrations.AddField("order", "legacy_id", models.BigAutoField(primary_key=True)),  # mg:expect
        migrations.AddField(  # mg:expect
            model_name="order",
            name="total_cents",
            field=models.GeneratedField(
                expression=models.F("total") * 100,
                output_field=models.IntegerField(),
                db_persist=True,
            ),
        ),
    ]
