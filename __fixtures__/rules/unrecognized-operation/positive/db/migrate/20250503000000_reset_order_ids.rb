class ResetOrderIds < ActiveRecord::Migration[7.1]
  def up
    execute "SELECT setval('orders_id_seq', 1, false)" # mg:expect
  end

  def down
    execute "SELECT 1"
  end
end
