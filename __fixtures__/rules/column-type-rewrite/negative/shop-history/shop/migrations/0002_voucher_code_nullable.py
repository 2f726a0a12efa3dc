from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("shop", "0001_initial")]

    operations = [
        # Only null changes: the column keeps varchar(32), nothing is rewritten.
        migrations.AlterField(model_name="voucher", name="code", field=models.CharField(max_length=32, null=True)),
        # A longer max_length only updates the catalog.
        migrations.AlterField(model_name="voucher", name="note", field=models.TextField(null=True, blank=True)),
    ]
