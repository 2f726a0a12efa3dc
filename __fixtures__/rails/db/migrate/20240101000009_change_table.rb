class ReshapeAccounts < ActiveRecord::Migration[6.1]
  def change
    change_table :accounts, bulk: true do |t|
      t.remove :legacy_flag, :other_flag
      t.rename :nm, :name
      t.string :slug, null: false, default: ""
      t.index :slug, unique: true
      t.references :plan
      t.remove_index :old_column
      t.change_default :status, from: "new", to: "active"
      t.timestamps null: true
    end
  end
end
