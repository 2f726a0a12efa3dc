# Destructive: the values in users.legacy_email are gone once this runs.
class RemoveLegacyEmailFromUsers < ActiveRecord::Migration[6.1]
  def change
    remove_column :users, :legacy_email, :string
  end
end
