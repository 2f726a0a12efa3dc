from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("shop", "0001_initial")]

    operations = [
        # migrations.AddField(model_name="voucher", name="x", field=models.IntegerField(default=0)) is a comment
        migrations.AddField(model_name="voucher", name="kind", field=models.CharField(max_length=10, null=True, default="basic")),
        migrations.AddField(model_name="voucher", name="tier", field=models.IntegerField(db_default=1)),
    ]
