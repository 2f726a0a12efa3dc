from django.db import migrations


def forwards(apps, schema_editor):
    Order = apps.get_model("shop", "Order")
    Order.objects.filter(number=None).update(number=0)


class Migration(migrations.Migration):
    dependencies = [("shop", "0008_order_number")]

    operations = [
        migrations.RunPython(forwards, reverse_code=migrations.RunPython.noop),
    ]
