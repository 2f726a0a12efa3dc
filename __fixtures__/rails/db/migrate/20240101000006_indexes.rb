class IndexUsers < ActiveRecord::Migration[6.1]
  disable_ddl_transaction!

  def change
    add_index :users, :email, unique: true, algorithm: :concurrently
    add_index :users, [:last_name, :first_name], name: "index_users_on_names"
    add_index :users, "lower(email)", name: "index_users_on_lower_email"
    remove_index :users, :nickname, algorithm: :concurrently
    remove_index :users, column: :phone
    remove_index :users, name: "index_users_on_legacy"
  end
end
