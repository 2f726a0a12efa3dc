class ChangeZipToInteger < ActiveRecord::Migration[7.1]
  def up
    change_column :addresses, :zip, :integer # mg:expect
  end

  def down
    change_column :addresses, :zip, :string
  end
end
