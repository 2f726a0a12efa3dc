class PriceToInteger < ActiveRecord::Migration[7.1]
  def up
    change_column :products, :price, :integer # mg:expect
  end

  def down
    change_column :products, :price, :decimal, precision: 10, scale: 2
  end
end
