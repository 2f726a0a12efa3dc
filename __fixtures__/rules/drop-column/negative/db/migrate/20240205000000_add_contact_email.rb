class AddContactEmail < ActiveRecord::Migration[7.1]
  def change
    # remove_column :users, :email waits for the next release.
    add_column :users, :contact_email, :string
    say "remove_column :users, :email runs in a later migration"
  end
end
