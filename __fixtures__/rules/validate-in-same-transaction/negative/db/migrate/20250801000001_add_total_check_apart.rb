class AddTotalCheckApart < ActiveRecord::Migration[7.1]
  disable_ddl_transaction!

  # each statement commits on its own, so validate_check_constraint runs under its own lock
  def up
    add_check_constraint :orders, "total >= 0", name: "orders_total_check", validate: false
    validate_check_constraint :orders, name: "orders_total_check"
  end

  def down
    remove_check_constraint :orders, name: "orders_total_check"
  end
end
