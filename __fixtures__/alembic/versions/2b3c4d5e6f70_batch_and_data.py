"""batch and data

Revision ID: 2b3c4d5e6f70
"""
from alembic import op
import sqlalchemy as sa

revision: str = "2b3c4d5e6f70"
down_revision = "1a2b3c4d5e6f"

orders = sa.table("orders", sa.column("status"), sa.column("kind"))
CLEANUP = "DELETE FROM sessions"


def upgrade():
    with op.batch_alter_table("users") as batch_op:
        batch_op.add_column(sa.Column("age", sa.Integer(), nullable=True))
        batch_op.drop_column("nickname")
        batch_op.alter_column("email", nullable=False)
        batch_op.create_index("ix_users_age", ["age"])
    _backfill()
    with op.get_context().autocommit_block():
        op.create_index("ix_users_email", "users", ["email"], postgresql_concurrently=True)


def _backfill():
    events = sa.table("events", sa.column("id"))
    op.execute(events.delete())
    op.execute(orders.delete().where(orders.c.kind == "legacy"))
    op.execute(orders.update().where(orders.c.status.is_(None)).values(status="new"))
    op.execute(orders.update().values(kind="x"))
    conn = op.get_bind()
    conn.execute(sa.text(CLEANUP))
    op.execute(f"DROP TABLE {name}")
    _backfill()


def downgrade():
    """Nothing to undo."""
    pass
