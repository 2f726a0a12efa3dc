from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("shop", "0001_initial")]

    operations = [
        migrations.RenameModel(old_name="Coupon", new_name="Voucher"),  # mg:expect
    ]
