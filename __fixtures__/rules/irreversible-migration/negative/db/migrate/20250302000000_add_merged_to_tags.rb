class AddMergedToTags < ActiveRecord::Migration[7.1]
  def change
    add_column :tags, :merged, :boolean
  end
end
