class CreateInvoices < ActiveRecord::Migration[7.1]
  def change
    create_table :invoices do |t|
      t.bigint :account_id
    end
    add_index :invoices, :account_id
  end
end
