from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("shop", "0001_initial")]

    operations = [
        migrations.RunSQL("DELETE FROM shop_coupon WHERE expires_at < now()"),  # mg:expect
    ]
