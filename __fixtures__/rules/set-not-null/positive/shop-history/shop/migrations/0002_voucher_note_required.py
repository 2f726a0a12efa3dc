from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("shop", "0001_initial")]

    operations = [
        # note was null=True: restating it without null makes the column NOT NULL.
        migrations.AlterField(model_name="voucher", name="note", field=models.TextField()),  # mg:expect
    ]
