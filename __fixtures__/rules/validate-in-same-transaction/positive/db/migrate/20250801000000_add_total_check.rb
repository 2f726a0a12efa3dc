class AddTotalCheck < ActiveRecord::Migration[7.1]
  def up
    add_check_constraint :orders, "total >= 0", name: "orders_total_check", validate: false
    validate_check_constraint :orders, name: "orders_total_check" # mg:expect
    add_foreign_key :orders, :users, validate: false
    validate_foreign_key :orders, :users # mg:expect
  end

  def down
    remove_foreign_key :orders, :users
    remove_check_constraint :orders, name: "orders_total_check"
  end
end
