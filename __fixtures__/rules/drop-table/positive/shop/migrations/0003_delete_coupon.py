from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("shop", "0001_initial")]

    operations = [
        migrations.DeleteModel(name="Coupon"),  # mg:expect
    ]
