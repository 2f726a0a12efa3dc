class DetachEvents2020Safe < ActiveRecord::Migration[7.1]
  # ALTER TABLE events DETACH PARTITION events_2020 is what we avoid
  def up
    say "ALTER TABLE events DETACH PARTITION events_2020 would lock the table"
    execute "ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY"
  end

  def down
    execute "ALTER TABLE events DETACH PARTITION events_2020"
  end
end
