# Written for Migration Guard's tests: one of each schema operation.
import uuid

import django.db.models.deletion
from django.contrib.postgres.operations import AddIndexConcurrently, RemoveIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("shop", "0001_initial")]

    operations = [
        migrations.CreateModel(
            name="Coupon",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                ("code", models.CharField(max_length=32)),
                ("tags", models.ManyToManyField(to="shop.tag")),
            ],
            options={"db_table": "coupons"},
        ),
        migrations.AddField(
            model_name="order",
            name="note",
            field=models.TextField(null=True),
        ),
        migrations.AddField("order", "status", models.CharField(max_length=20)),
        migrations.AddField("order", "priority", models.IntegerField(default=0)),
        migrations.AddField("order", "token", models.UUIDField(default=uuid.uuid4)),
        migrations.AddField(
            "order", "customer", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to="shop.customer")
        ),
        migrations.RemoveField(model_name="order", name="legacy_code"),
        migrations.RenameField(model_name="order", old_name="total", new_name="amount"),
        migrations.AlterField(
            model_name="order",
            name="amount",
            field=models.DecimalField(max_digits=12, decimal_places=2),
        ),
        migrations.DeleteModel(name="Wishlist"),
        migrations.RenameModel(old_name="Basket", new_name="Cart"),
        migrations.AlterModelTable(name="coupon", table="shop_coupons"),
        migrations.AddIndex(
            model_name="order",
            index=models.Index(fields=["status", "-created_at"], name="order_status_idx"),
        ),
        AddIndexConcurrently("order", models.Index(fields=["note"], name="order_note_idx")),
        migrations.RemoveIndex(model_name="order", name="order_old_idx"),
        RemoveIndexConcurrently(model_name="order", name="order_older_idx"),
        migrations.AddConstraint(
            model_name="order",
            constraint=models.CheckConstraint(condition=models.Q(amount__gte=0), name="amount_positive"),
        ),
        migrations.AddConstraint(
            model_name="order",
            constraint=models.UniqueConstraint(fields=["customer", "status"], name="one_status"),
        ),
        migrations.RemoveConstraint(model_name="order", name="old_check"),
        migrations.AlterUniqueTogether(name="order", unique_together={("customer", "token")}),
        migrations.AlterIndexTogether(name="order", index_together=set()),
        migrations.AlterModelOptions(name="order", options={"ordering": ["-id"]}),
        # migrations.DeleteModel(name="Order") stays commented out
    ]
