class CreateCarts < ActiveRecord::Migration[6.1]
  def change
    create_table :carts do |t|
      t.references :user
      t.boolean :guest, null: false, default: false
      t.timestamps
    end
  end
end
