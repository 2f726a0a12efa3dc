class ValidateTotalCheck < ActiveRecord::Migration[7.1]
  def up
    say "validate_check_constraint :orders, name: \"orders_total_check\""
    validate_check_constraint :orders, name: "orders_total_check"
  end

  def down
    add_check_constraint :orders, "total >= 0", name: "orders_total_check", validate: false
    validate_check_constraint :orders, name: "orders_total_check"
  end
end
