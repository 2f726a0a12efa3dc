class AddAgeToUsers < ActiveRecord::Migration[7.1]
  def change
    add_column :users, :age :integer # mg:expect
  end
end
