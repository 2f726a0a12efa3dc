class AddRegionToOrders < ActiveRecord::Migration[7.1]
  def change
    add_column :orders, :region, :text
  end
end
