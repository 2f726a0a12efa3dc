class RenameUsersLogin < ActiveRecord::Migration[7.1]
  def change
    rename_column :users, :login, :username # mg:expect
  end
end
