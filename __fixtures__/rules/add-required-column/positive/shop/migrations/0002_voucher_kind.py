from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("shop", "0001_initial")]

    operations = [
        # Django fills the rows with "basic", then drops the default: the running release's inserts fail.
        migrations.AddField(model_name="voucher", name="kind", field=models.CharField(max_length=10, default="basic")),  # mg:expect
    ]
