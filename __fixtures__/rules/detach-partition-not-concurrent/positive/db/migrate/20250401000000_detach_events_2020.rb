class DetachEvents2020 < ActiveRecord::Migration[7.1]
  def up
    execute "ALTER TABLE events DETACH PARTITION events_2020" # mg:expect
  end

  def down
  end
end
