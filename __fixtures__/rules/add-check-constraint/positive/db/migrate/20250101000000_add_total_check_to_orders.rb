class AddTotalCheckToOrders < ActiveRecord::Migration[7.1]
  def change
    add_check_constraint :orders, "total >= 0", name: "orders_total_positive" # mg:expect
  end
end
