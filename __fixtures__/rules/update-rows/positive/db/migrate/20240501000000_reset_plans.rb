class ResetPlans < ActiveRecord::Migration[7.1]
  def up
    execute "UPDATE accounts SET plan = 'free'" # mg:expect
  end

  def down
    raise ActiveRecord::IrreversibleMigration
  end
end
