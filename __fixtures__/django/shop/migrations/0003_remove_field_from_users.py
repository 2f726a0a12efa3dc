# The name says "remove", the operations only add a nullable column.
from django.db import migrations, models

NOTE = "migrations.RemoveField(model_name='user', name='email') is only text here"


class Migration(migrations.Migration):
    dependencies = [("shop", "0002_schema_changes")]

    operations = [
        migrations.AddField(
            model_name="user",
            name="nickname",
            field=models.CharField(max_length=40, null=True, blank=True),
        ),
    ]


def unused(apps, schema_editor):
    apps.get_model("shop", "User").objects.all().delete()
