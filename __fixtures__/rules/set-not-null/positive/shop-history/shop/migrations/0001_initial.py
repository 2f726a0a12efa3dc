from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Voucher",
            fields=[
                ("id", models.BigAutoField(primary_key=True)),
                ("note", models.TextField(null=True)),
            ],
        ),
        migrations.AlterField(model_name="legacy", name="ref", field=models.TextField(null=True)),
        migrations.RunSQL("ALTER TABLE shop_legacy ALTER COLUMN ref SET NOT NULL", migrations.RunSQL.noop),  # mg:expect
    ]
