class RemoveIndexFromUsers < ActiveRecord::Migration[7.1]
  disable_ddl_transaction!

  def change
    remove_index :users, :email, algorithm: :concurrently
  end
end
