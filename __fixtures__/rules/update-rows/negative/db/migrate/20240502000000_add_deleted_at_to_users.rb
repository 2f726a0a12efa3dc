class AddDeletedAtToUsers < ActiveRecord::Migration[7.1]
  def up
    add_column :users, :deleted_at, :datetime
    execute "UPDATE users SET deleted_at = now() WHERE banned"
  end

  def down
    remove_column :users, :deleted_at
  end
end
