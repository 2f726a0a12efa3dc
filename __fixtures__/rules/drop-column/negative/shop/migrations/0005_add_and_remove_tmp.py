from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("shop", "0001_initial")]

    operations = [
        migrations.AddField(model_name="order", name="tmp", field=models.IntegerField(null=True)),
        migrations.RemoveField(model_name="order", name="tmp"),
    ]
