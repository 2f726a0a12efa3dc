class RestoreCleanup < ActiveRecord::Migration[7.1]
  def up
    add_column :users, :archived, :boolean
  end

  def down
    execute "DELETE FROM users WHERE archived"
    remove_column :users, :archived
  end
end
