# RunPython followed into the functions of this file.
from django.db import connection, migrations

from accounts.models import Profile

PURGE = "DELETE FROM shop_session"


def forwards(apps, schema_editor):
    Order = apps.get_model("shop", "Order")
    Order.objects.filter(status__isnull=True).update(status="new")
    Order.objects.filter(kind="legacy").delete()
    apps.get_model("shop.Event").objects.all().delete()
    for order in Order.objects.all():
        order.total = 0
        order.save()
    Profile.objects.update(theme="dark")
    _cleanup(Order)
    with connection.cursor() as cursor:
        cursor.execute(PURGE)
    schema_editor.execute(build_sql())


def _cleanup(model):
    model.objects.exclude(archived_at__isnull=False).delete()
    _cleanup(model)


def build_sql():
    return "SELECT 1"


class Migration(migrations.Migration):
    dependencies = [("shop", "0003_remove_field_from_users")]

    operations = [
        migrations.RunPython(forwards, migrations.RunPython.noop),
        migrations.RunPython(code=lambda apps, schema_editor: None),
        migrations.RunPython(external.forwards, reverse_code=external.backwards),
    ]
