class CreateInvoiceSequence < ActiveRecord::Migration[6.1]
  def up
    execute "CREATE SEQUENCE invoice_number_seq"
  end

  def down
    execute "DROP SEQUENCE invoice_number_seq"
  end
end
