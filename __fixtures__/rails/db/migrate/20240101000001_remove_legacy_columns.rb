# Removing columns nobody reads any more.
class RemoveLegacyColumns < ActiveRecord::Migration[6.1]
  def change
    # remove_column :users, :ignored_in_comment
    remove_column :users, :legacy_token, :string
    remove_column :users, :nickname
    rename_column :users, :fullname, :full_name
    say "remove_column :users, :in_a_string"
  end
end
