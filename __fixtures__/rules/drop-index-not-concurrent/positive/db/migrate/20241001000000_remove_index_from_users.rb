class RemoveIndexFromUsers < ActiveRecord::Migration[7.1]
  def change
    remove_index :users, :email # mg:expect
  end
end
