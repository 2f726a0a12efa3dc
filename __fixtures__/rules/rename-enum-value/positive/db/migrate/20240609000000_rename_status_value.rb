class RenameStatusValue < ActiveRecord::Migration[7.1]
  def up
    execute "ALTER TYPE order_status RENAME VALUE 'canceled' TO 'cancelled'" # mg:expect
  end

  def down
    execute "ALTER TYPE order_status RENAME VALUE 'cancelled' TO 'canceled'"
  end
end
