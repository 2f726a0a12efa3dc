# CONCURRENTLY without disable_ddl_transaction!: PostgreSQL refuses it inside the migration's transaction.
class AddIndexToOrdersStatus < ActiveRecord::Migration[6.1]
  def change
    add_index :orders, :status, algorithm: :concurrently # mg:expect
  end
end
