class CountOrders < ActiveRecord::Migration[7.1]
  def up
    # execute "SELECT my_cleanup()"
    say "SELECT setval('orders_id_seq', 1)"
    execute "SELECT count(*) FROM orders"
  end

  def down
    execute "SELECT my_cleanup()"
  end
end
