"""schema changes

Revision ID: 1a2b3c4d5e6f
Revises: 0f9e8d7c6b5a
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "1a2b3c4d5e6f"
down_revision = "0f9e8d7c6b5a"


def upgrade() -> None:
    op.create_table(
        "coupons",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.add_column("orders", sa.Column("note", sa.Text(), nullable=True))
    op.add_column("orders", sa.Column("status", sa.String(20), nullable=False))
    op.add_column("orders", sa.Column("priority", sa.Integer(), nullable=False, server_default="0"))
    op.add_column(
        "orders",
        sa.Column("ref", postgresql.UUID(), nullable=False, server_default=sa.text("gen_random_uuid()")),
    )
    op.add_column("orders", sa.Column("customer_id", sa.BigInteger(), sa.ForeignKey("customers.id")))
    op.drop_column("orders", "legacy_code")
    op.alter_column("orders", "total", new_column_name="amount")
    op.alter_column("orders", "name", existing_type=sa.String(50), type_=sa.String(100))
    op.alter_column("orders", "code", existing_type=sa.Text(), type_=sa.String(10), nullable=False)
    op.alter_column("orders", "kind", type_=sa.Integer())
    op.alter_column("orders", "memo", nullable=True, server_default=None)
    op.create_index(op.f("ix_orders_status"), "orders", ["status"], unique=False)
    op.create_index("ix_orders_note", "orders", ["note"], postgresql_concurrently=True)
    op.drop_index("ix_orders_old", table_name="orders")
    op.create_foreign_key("fk_orders_customer", "orders", "customers", ["customer_id"], ["id"])
    op.create_foreign_key(
        "fk_orders_shop", "orders", "shops", ["shop_id"], ["id"], postgresql_not_valid=True
    )
    op.create_check_constraint("ck_amount", "orders", "amount >= 0")
    op.create_unique_constraint("uq_orders_ref", "orders", ["ref"])
    op.create_primary_key("pk_items", "items", ["id"])
    op.drop_constraint("old_check", "orders", type_="check")
    op.rename_table("baskets", "carts")
    op.drop_table("wishlists")
    # op.drop_table("orders") is only a comment
    op.bulk_insert(sa.table("coupons", sa.column("code")), [{"code": "WELCOME"}])


def downgrade() -> None:
    op.drop_table("orders")
    op.drop_column("customers", "email")
