class WidenIds < ActiveRecord::Migration[6.1]
  def up
    change_column :orders, :id, :bigint
    change_column :orders, :note, :text
    change_column :orders, :code, :string, limit: 64
    change_column :orders, :total, :integer
    change_column :orders, :shipped_at, :date
    change_column :orders, :unknown_before, :string
  end

  def down
    change_column :orders, :id, :integer
    change_column :orders, :note, :string
    change_column :orders, :code, :string, limit: 32
    change_column :orders, :total, :decimal, precision: 10, scale: 2
    change_column :orders, :shipped_at, :datetime
  end
end
