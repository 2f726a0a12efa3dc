class AddNotesWithSay < ActiveRecord::Migration[7.1]
  def up
    # Rake::Task["data:purge_orders"].invoke
    say "Rake::Task['data:purge_orders'].invoke"
    say_with_time "adding notes" do
      add_column :orders, :notes, :text
    end
    add_region
  end

  def down
    Rake::Task["data:restore_orders"].invoke
    cleanup_orphans
    remove_column :orders, :notes
  end

  private

  def add_region
    add_column :orders, :region, :text
  end
end
