class CreateInvoices < ActiveRecord::Migration[6.1]
  def change
    create_table :invoices do |t|
      t.references :customer, null: false
      t.string :number, :currency, null: false
      t.column :total, :decimal, precision: 12, scale: 2
      t.timestamps
      t.index :number, unique: true
    end

    create_table :settings, id: false, force: :cascade do |t|
      t.string :key
      t.jsonb :value
    end

    create_table :tags, if_not_exists: true
    create_join_table :invoices, :tags
    drop_table :old_invoices
    rename_table :payments, :transactions
  end
end
