class MentionsServices < ActiveRecord::Migration[7.1]
  def up
    # Orders::TotalsBackfill.call runs after the deploy, not here.
    say_with_time "Orders::TotalsBackfill.call is a separate job" do
      add_column :orders, :total_cents, :bigint
    end
    note = "LegacyImport.new.run"
    Order.reset_column_information
    Rails.logger.info("added total_cents (#{note})")
    ActiveRecord::Base.logger.info("done")
    say Order.table_name
  end

  def down
    Orders::TotalsBackfill.undo!
    remove_column :orders, :total_cents
  end
end
