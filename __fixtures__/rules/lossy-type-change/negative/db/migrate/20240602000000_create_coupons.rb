class CreateCoupons < ActiveRecord::Migration[7.1]
  def up
    create_table :coupons do |t|
      t.text :code
    end
    change_column :coupons, :code, :string, limit: 16
  end

  def down
    drop_table :coupons
  end
end
