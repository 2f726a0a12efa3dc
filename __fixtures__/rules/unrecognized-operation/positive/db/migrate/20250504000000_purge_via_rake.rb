class PurgeViaRake < ActiveRecord::Migration[7.1]
  def up
    say "purging"
    Rake::Task["data:purge_orders"].invoke # mg:expect
    cleanup_orphans # mg:expect
  end

  def down
    say "nothing to restore"
  end
end
