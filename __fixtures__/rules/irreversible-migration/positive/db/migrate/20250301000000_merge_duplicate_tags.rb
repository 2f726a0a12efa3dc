class MergeDuplicateTags < ActiveRecord::Migration[7.1]
  def up
    add_column :tags, :merged, :boolean
  end

  def down
    raise ActiveRecord::IrreversibleMigration # mg:expect
  end
end
