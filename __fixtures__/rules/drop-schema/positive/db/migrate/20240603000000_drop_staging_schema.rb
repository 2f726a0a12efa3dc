class DropStagingSchema < ActiveRecord::Migration[6.1]
  def up
    drop_schema :staging # mg:expect
    execute "DROP SCHEMA archive CASCADE" # mg:expect
  end

  def down
    create_schema :staging
    create_schema :archive
  end
end
