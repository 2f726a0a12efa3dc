class DropInvoiceSequence < ActiveRecord::Migration[6.1]
  def up
    execute <<~SQL
      DROP SEQUENCE IF EXISTS invoice_number_seq CASCADE; -- mg:expect
    SQL
  end

  def down
    execute "CREATE SEQUENCE invoice_number_seq"
  end
end
