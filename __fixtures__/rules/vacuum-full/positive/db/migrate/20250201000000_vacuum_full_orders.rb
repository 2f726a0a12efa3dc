class VacuumFullOrders < ActiveRecord::Migration[7.1]
  def up
    execute "VACUUM FULL orders" # mg:expect
  end

  def down
  end
end
