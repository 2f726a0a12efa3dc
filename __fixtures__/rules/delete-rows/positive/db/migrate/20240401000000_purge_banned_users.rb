class PurgeBannedUsers < ActiveRecord::Migration[7.1]
  def up
    execute "DELETE FROM users WHERE banned" # mg:expect
  end

  def down
    raise ActiveRecord::IrreversibleMigration
  end
end
