class AddAndDropFlag < ActiveRecord::Migration[7.1]
  def change
    add_column :users, :tmp_flag, :boolean
    remove_column :users, :tmp_flag, :boolean
  end
end
