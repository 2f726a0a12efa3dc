from django.contrib.postgres.constraints import ExclusionConstraint
from django.contrib.postgres.fields import RangeOperators
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("shop", "0104_booking")]

    operations = [
        migrations.AddConstraint(  # mg:expect
            model_name="booking",
            constraint=ExclusionConstraint(
                name="booking_no_overlap",
                expressions=[("during", RangeOperators.OVERLAPS), ("room", RangeOperators.EQUAL)],
            ),
        ),
    ]
