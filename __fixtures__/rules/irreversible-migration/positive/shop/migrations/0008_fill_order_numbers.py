from django.db import migrations


def forwards(apps, schema_editor):
    Order = apps.get_model("shop", "Order")
    for order in Order.objects.filter(number=None):
        order.number = order.pk
        order.save(update_fields=["number"])


class Migration(migrations.Migration):
    dependencies = [("shop", "0007_order_number")]

    operations = [
        migrations.RunPython(forwards),  # mg:expect
    ]
