# Safe: a new table, with its index built while it is still empty.
class CreateInvoices < ActiveRecord::Migration[6.1]
  def change
    create_table :invoices do |t|
      t.references :order, null: false, foreign_key: true
      t.integer :amount_cents, null: false
      t.timestamps
    end
  end
end
