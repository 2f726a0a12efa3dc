class PositiveAmountCheck < ActiveRecord::Migration[7.1]
  def up
    execute "ALTER DOMAIN positive_amount ADD CONSTRAINT positive_amount_check CHECK (VALUE > 0)" # mg:expect
  end

  def down
  end
end
