# Risky: builds an index on a large existing table without CONCURRENTLY, blocking writes meanwhile.
class AddIndexToOrdersStatus < ActiveRecord::Migration[6.1]
  def change
    add_index :orders, :status
  end
end
