class BackfillThroughServices < ActiveRecord::Migration[7.1]
  def up
    Orders::TotalsBackfill.call(batch_size: 500) # mg:expect
    LegacyImport.new(source: :archive).run # mg:expect
    say_with_time "recounting" do
      Order.find_each { |order| order.recalculate_totals! } # mg:expect
    end
    ::Billing::Sync.perform_now # mg:expect
    Kernel.system("psql", "-c", "DELETE FROM orders") # mg:expect
    IO.popen(["bin/reindex", "orders"]).read # mg:expect
    Process.spawn("bin/purge_orders") # mg:expect
    `psql -c "DELETE FROM orders"` # mg:expect
    purged = %x(bin/purge_orders #{Rails.env}) # mg:expect
  end

  def down
    say "nothing to undo"
  end
end
