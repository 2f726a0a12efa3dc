from django.db import models


class Product(models.Model):
    name = models.CharField(max_length=100)
    legacy = models.CharField(max_length=100, null=True)
