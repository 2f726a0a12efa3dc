class CreateClearances < ActiveRecord::Migration[6.1]
  def up
    add_column :clearances, :level, :integer
  end

  def down
    remove_column :clearances, :level
    drop_table :clearances
  end
end
