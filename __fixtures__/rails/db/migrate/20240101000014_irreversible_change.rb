class AddDeletedAtToUsers < ActiveRecord::Migration[6.1]
  def change
    add_column :users, :deleted_at, :datetime
    User.where(deleted_at: nil).update_all(deleted_at: Time.current)
    up_only { execute "UPDATE users SET x = 1" }
  end
end
